"""The web UI: server-rendered pages over the same queries as the API (Jinja2 escapes every text)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Form, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from newsledger.api import highlight, ledger, queries
from newsledger.api.errors import APIError
from newsledger.api.ingest import Ingester
from newsledger.api.models import ArticleIn
from newsledger.api.routes import DATE, int_cursor, store_of
from newsledger.errors import InputError, QueryError
from newsledger.extract.coref import only_refers

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE = 50
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(pattern=DATE)]


def configure(templates: Jinja2Templates) -> None:
    env = templates.env
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    env.filters["web_url"] = web_url
    env.filters["referent"] = referent
    env.globals["KINDS"] = highlight.KINDS
    env.globals["PLURALS"] = {"entity": "entities", "time": "times", "place": "places", "quote": "quotes",
                              "event": "events"}


def web_url(value: object) -> str:
    """``value`` if it is an http(s) URL, else "": a stored ``javascript:`` URL must never become a link."""
    text = str(value or "").strip()
    return text if urlsplit(text).scheme.lower() in ("http", "https") else ""


def referent(ref: dict[str, Any] | None, record: dict[str, Any]) -> str:
    """The name of whom a participant's "he" or "the group" stands for, as the article resolved it, or ""."""
    if not ref or not ref.get("entity") or not only_refers(str(ref.get("text") or "")):
        return ""
    return next((str(e["name"]) for e in record.get("entities") or () if e.get("id") == ref["entity"]), "")


def render(request: Request, _template: str, _status: int = 200, **context: Any) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, _template, context, status_code=_status)


def with_query(request: Request, **changes: Any) -> str:
    params = {k: v for k, v in request.query_params.items() if k not in changes}
    params.update({k: v for k, v in changes.items() if v is not None})
    return f"{request.url.path}?{urlencode(params)}"


@router.get("/")
def home(request: Request) -> Response:
    store = store_of(request)
    return render(request, "home.html", counts=queries.counts(store),
                  articles=queries.list_articles(store, limit=10),
                  types=queries.event_types(store), crossdoc=ledger.crossdoc_available())


@router.get("/search")
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "") -> Response:
    hits, error = [], None
    if q.strip():
        try:
            hits = store_of(request).search(q, 50)
        except QueryError as exc:
            error = str(exc)
    return render(request, "search.html", q=q, hits=hits, error=error, _status=400 if error else 200)


@router.get("/articles")
def articles(request: Request, outlet: Text = None, since: Day = None, until: Day = None,
             after: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    rows = queries.list_articles(store_of(request), outlet=outlet, since=since, until=until,
                                 after=int_cursor(after), limit=PAGE + 1)
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    next_url = with_query(request, after=str(rows[-1]["rowid"])) if more else None
    return render(request, "articles.html", rows=rows, next_url=next_url, outlet=outlet or "", since=since or "",
                  until=until or "", outlets=queries.outlets(store_of(request)))


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[str, Path(max_length=300)]) -> Response:
    record = store_of(request).get(article_id)
    segments, refs = highlight.segments(record)
    counts = {kind: sum(1 for r in refs.values() if r["kind"] == kind) for kind in highlight.KINDS}
    return render(request, "article.html", record=record, segments=segments, refs=refs, counts=counts)


@router.get("/ingest")
def ingest_form(request: Request) -> Response:
    return render(request, "ingest.html", values={}, error=None)


@router.post("/ingest")
async def ingest_submit(
    request: Request,
    text: Annotated[str, Form(max_length=2_000_000)] = "",
    title: Annotated[str, Form(max_length=1000)] = "",
    outlet: Annotated[str, Form(max_length=300)] = "",
    published: Annotated[str, Form(max_length=40)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    file: UploadFile | None = None,
) -> Response:
    values = {"text": text, "title": title, "outlet": outlet, "published": published, "url": url}
    body, is_html = text, False
    if file is not None and file.filename:
        raw = await file.read()
        try:
            body = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return render(request, "ingest.html", 400, values=values, error="the file is not UTF-8 text")
        is_html = file.filename.lower().endswith((".html", ".htm")) or body.lstrip().lower().startswith(
            ("<!doctype html", "<html"))
    try:
        item = ArticleIn(**{"html" if is_html else "text": body},
                         **{k: v.strip() for k, v in values.items() if k != "text" and v.strip()})
        ingester: Ingester = request.app.state.ingester
        result = await run_in_threadpool(ingester.ingest_one, item)
    except ValidationError as exc:
        message = "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
        return render(request, "ingest.html", 422, values=values, error=message)
    except InputError as exc:
        return render(request, "ingest.html", 400, values=values, error=str(exc))
    if result.stored_ids:
        return RedirectResponse(f"/articles/{quote(result.stored_ids[0], safe='')}?ingested=1", status_code=303)
    if result.duplicate_of:
        return RedirectResponse(f"/articles/{quote(result.duplicate_of[0], safe='')}?duplicate=1", status_code=303)
    message = "; ".join(f.message for f in result.failures) or "nothing was stored"
    return render(request, "ingest.html", 400, values=values, error=message)


def _event_filters(type: str | None, place: str | None, since: str | None, until: str | None,
                   actor: str | None, modality: str | None) -> dict[str, Any]:
    return {"type": type or None, "place": place or None, "since": since or None, "until": until or None,
            "actor": actor or None, "modality": modality or None}


@router.get("/events")
def events(
    request: Request, type: Text = None, place: Text = None, since: Day = None, until: Day = None,
    actor: Text = None, modality: Annotated[str | None, Query(pattern="^(|asserted|reported|hypothetical|future)$")]
    = None, min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
    after: Annotated[str | None, Query(max_length=300)] = None,
) -> Response:
    store = store_of(request)
    filters = _event_filters(type, place, since, until, actor, modality)
    try:
        rows = ledger.list_events(store, min_sources=min_sources, after=after, limit=PAGE + 1, **filters)
    except ValueError as exc:
        raise APIError(400, str(exc), "bad_cursor") from exc
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    next_url = with_query(request, after=str(rows[-1].get("cursor") or rows[-1]["id"])) if more else None
    return render(request, "events.html", rows=rows, next_url=next_url, filters=filters, min_sources=min_sources,
                  types=queries.event_types(store), crossdoc=ledger.crossdoc_available())


@router.get("/timeline")
def timeline(request: Request, type: Text = None, since: Day = None, until: Day = None) -> Response:
    store = store_of(request)
    per_day = queries.events_per_day(store, type=type or None, since=since or None, until=until or None)
    return render(request, "timeline.html", timeline=_timeline(per_day), types=queries.event_types(store),
                  filters={"type": type or "", "since": since or "", "until": until or ""})


def _timeline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Days (newest first, at most 60) with their counts per type, and the largest day total."""
    days: dict[str, dict[str, int]] = {}
    for row in rows:
        days.setdefault(row["day"], {})[row["type"]] = int(row["n"])
    shown = sorted(days.items(), reverse=True)[:60]
    top = max((sum(c.values()) for _, c in shown), default=0)
    return {"days": shown, "max": top, "types": sorted({t for _, c in shown for t in c})}


@router.get("/events/{event_id}")
def event(request: Request, event_id: Annotated[str, Path(max_length=400)]) -> Response:
    store = store_of(request)
    found = ledger.get_event(store, event_id)
    claims = found.get("claims") or []
    return render(request, "event.html", event=found, claims=claims, crossdoc=ledger.crossdoc_available())


@router.get("/map")
def map_page(request: Request, type: Text = None, since: Day = None, until: Day = None, place: Text = None) -> Response:
    return render(request, "map.html", types=queries.event_types(store_of(request)),
                  filters={"type": type or "", "since": since or "", "until": until or "", "place": place or ""})


@router.get("/entities")
def entities(request: Request, name: Text = None, type: Annotated[str | None, Query(max_length=40)] = None,
             after: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    rows = queries.list_entities(store_of(request), name=name, type=type or None, after=after, limit=PAGE + 1)
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    return render(request, "entities.html", rows=rows, name=name or "", type=type or "",
                  next_url=with_query(request, after=rows[-1]["key"]) if more else None)


@router.get("/entities/{name}")
def entity(request: Request, name: Annotated[str, Path(max_length=200)]) -> Response:
    mentions = queries.entity_mentions(store_of(request), name)
    if not mentions:
        raise APIError(404, f"no entity named {name!r} in the ledger")
    return render(request, "entity.html", name=mentions[0]["name"], mentions=mentions,
                  quoted=queries.speaker_quotes(store_of(request), name, limit=1))


@router.get("/speakers")
def speakers(request: Request, name: Text = None) -> Response:
    return render(request, "speakers.html", rows=queries.speakers(store_of(request), name=name), name=name or "")


@router.get("/speakers/{name}")
def speaker(request: Request, name: Annotated[str, Path(max_length=200)]) -> Response:
    rows = queries.speaker_quotes(store_of(request), name)
    if not rows:
        # "Prigozhin" finds "Yevgeny Prigozhin" when only one speaker's name contains it.
        matches = queries.speakers(store_of(request), name=name, limit=2)
        if len(matches) == 1:
            rows = queries.speaker_quotes(store_of(request), matches[0]["name"])
    if not rows:
        raise APIError(404, f"nobody named {name!r} is quoted in the ledger")
    return render(request, "speaker.html", name=rows[0]["speaker_name"], rows=rows)


@router.get("/claims")
def claims(request: Request,
           status: Annotated[str | None, Query(pattern="^(|corroborated|contradicted)$")] = "contradicted") -> Response:
    rows = ledger.list_claims(store_of(request), status=status or None)
    return render(request, "claims.html", rows=rows, status=status or "", crossdoc=ledger.crossdoc_available())
