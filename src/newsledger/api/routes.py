"""The REST API under ``/api``: reads with keyset pages, ingest, search and downloads."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from newsledger.api import exports, highlight, ledger, queries
from newsledger.api.errors import APIError
from newsledger.api.ingest import Ingester
from newsledger.api.models import (
    ArticleDetail,
    ArticleIn,
    ArticleSummary,
    ClaimOut,
    Counts,
    EntityDetail,
    EntitySummary,
    ErrorBody,
    EventOut,
    IngestResult,
    Page,
    QuoteOut,
    SearchHitOut,
    Speaker,
    StoryOut,
)
from newsledger.errors import NotFoundError
from newsledger.store.base import Store

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 404, 413, 422, 500)
}

router = APIRouter(prefix="/api", responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500, description="rows per page")]
After = Annotated[str | None, Query(max_length=300, description="the `next` value of the previous page")]
Day = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def int_cursor(after: str | None) -> int | None:
    if after is None:
        return None
    if not after.isdigit():
        raise APIError(400, f"the cursor {after!r} is not one this server gave out", "bad_cursor")
    return int(after)


def page(rows: list[dict[str, Any]], limit: int, key: str) -> dict[str, Any]:
    """The first ``limit`` rows, and the cursor of the last one when more follow."""
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "next": str(rows[-1][key]) if more and rows else None, "limit": limit}


@router.get("/stats", response_model=Counts, summary="How many records the ledger holds")
def stats(request: Request) -> dict[str, Any]:
    return {**queries.counts(store_of(request)), "crossdoc": ledger.crossdoc_available()}


@router.get("/articles", response_model=Page[ArticleSummary], summary="Articles, newest ingested first")
def list_articles(
    request: Request, outlet: Annotated[str | None, Query(max_length=300)] = None, since: Day = None,
    until: Day = None, after: After = None, limit: Limit = 50,
) -> dict[str, Any]:
    rows = queries.list_articles(store_of(request), outlet=outlet, since=since, until=until,
                                 after=int_cursor(after), limit=limit + 1)
    return page(rows, limit, "rowid")


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    record = store.get(article_id)
    segments, refs = highlight.segments(record)
    return {"record": record, "segments": [s.__dict__ for s in segments], "annotations": refs}


@router.get("/articles/{article_id}", response_model=ArticleDetail,
            summary="One article: its full record and its text cut into highlighted segments")
def get_article(request: Request, article_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
    return article_detail(store_of(request), article_id)


@router.post("/articles", response_model=IngestResult, status_code=201,
             summary="Ingest one article (plain text or the HTML of its page)")
def post_article(request: Request, article: ArticleIn) -> IngestResult:
    ingester: Ingester = request.app.state.ingester
    return ingester.ingest_one(article)


@router.post(
    "/articles/batch", response_model=IngestResult, status_code=201,
    summary="Ingest a JSONL batch: one JSON object a line, as `newsledger ingest` reads .jsonl files",
    openapi_extra={"requestBody": {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                                   "required": True}},
)
async def post_batch(request: Request) -> IngestResult:
    raw = await request.body()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise APIError(400, f"the batch is not UTF-8 text (invalid byte at offset {exc.start})", "bad_input") from exc
    if not body.strip():
        raise APIError(400, "the batch is empty: send one JSON object per line", "bad_input")
    ingester: Ingester = request.app.state.ingester
    return await run_in_threadpool(ingester.ingest_jsonl, body)


@router.get("/entities", response_model=Page[EntitySummary], summary="Entities merged by name across articles")
def list_entities(
    request: Request, name: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=40)] = None, after: After = None, limit: Limit = 50,
) -> dict[str, Any]:
    rows = queries.list_entities(store_of(request), name=name, type=type, after=after, limit=limit + 1)
    return page(rows, limit, "key")


@router.get("/entities/{name}", response_model=EntityDetail, summary="Every mention of an entity")
def get_entity(request: Request, name: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    mentions = queries.entity_mentions(store_of(request), name)
    if not mentions:
        raise NotFoundError(f"no entity named {name!r} in the ledger")
    return {"name": mentions[0]["name"], "types": sorted({m["type"] for m in mentions}), "mentions": mentions}


@router.get("/quotes", response_model=Page[QuoteOut], summary="Quotes, by speaker or by what they say")
def list_quotes(
    request: Request, speaker: Annotated[str | None, Query(max_length=200)] = None,
    contains: Annotated[str | None, Query(max_length=200, description="words the quote contains")] = None,
    article: Annotated[str | None, Query(max_length=300, description="an article id")] = None,
    after: After = None, limit: Limit = 50,
) -> dict[str, Any]:
    store = store_of(request)
    rowid = None
    if article is not None:
        rowid = queries.article_rowid(store, article)
        if rowid is None:
            raise NotFoundError(f"no article with id {article!r}")
    rows = queries.list_quotes(store, speaker=speaker, contains=contains, article_rowid=rowid,
                               after=int_cursor(after), limit=limit + 1)
    return page(rows, limit, "rowid")


@router.get("/speakers", response_model=list[Speaker], summary="Who is quoted, most quoted first")
def list_speakers(request: Request, name: Annotated[str | None, Query(max_length=200)] = None) -> Any:
    return queries.speakers(store_of(request), name=name)


@router.get("/events", response_model=Page[EventOut], summary="Events, each with every source that reports it")
def list_events(
    request: Request, type: Annotated[str | None, Query(max_length=40, description="e.g. MOBILIZE")] = None,
    place: Annotated[str | None, Query(max_length=200, description="place name or country code")] = None,
    since: Day = None, until: Day = None, actor: Annotated[str | None, Query(max_length=200)] = None,
    modality: Annotated[str | None, Query(pattern="^(asserted|reported|hypothetical|future)$")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None, after: After = None, limit: Limit = 50,
) -> dict[str, Any]:
    try:
        rows = ledger.list_events(store_of(request), type=type, place=place, since=since, until=until, actor=actor,
                                  modality=modality, min_sources=min_sources, after=after, limit=limit + 1)
    except ValueError as exc:
        raise APIError(400, str(exc), "bad_cursor") from exc
    out = page(rows, limit, "id")
    if out["next"] and out["items"][-1].get("cursor"):
        out["next"] = str(out["items"][-1]["cursor"])
    return out


@router.get("/events/{event_id}", response_model=EventOut, summary="One event with all its sources and their chains")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=400)]) -> dict[str, Any]:
    return ledger.get_event(store_of(request), event_id)


@router.get("/timeline", summary="Event counts per day and type")
def timeline(request: Request, type: Annotated[str | None, Query(max_length=40)] = None, since: Day = None,
             until: Day = None) -> list[dict[str, Any]]:
    return queries.events_per_day(store_of(request), type=type, since=since, until=until)


@router.get("/stories", response_model=Page[StoryOut], summary="Stories: articles about one development")
def list_stories(request: Request, after: After = None, limit: Limit = 50) -> dict[str, Any]:
    try:
        rows = ledger.list_stories(store_of(request), after=after, limit=limit + 1)
    except ValueError as exc:
        raise APIError(400, str(exc), "bad_cursor") from exc
    out = page(rows, limit, "id")
    if out["next"] and out["items"][-1].get("cursor"):
        out["next"] = str(out["items"][-1]["cursor"])
    return out


@router.get("/claims", response_model=list[ClaimOut], summary="Claims that sources corroborate or contradict")
def list_claims(
    request: Request, status: Annotated[str | None, Query(pattern="^(corroborated|contradicted)$")] = None,
) -> list[dict[str, Any]]:
    return ledger.list_claims(store_of(request), status=status)


@router.get("/search", response_model=list[SearchHitOut], summary="Full-text search over articles and quotes")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description='words, "a phrase", OR, NOT, prefix*')],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    return [hit.__dict__ for hit in store_of(request).search(q, limit)]


@router.get("/exports/{name}", summary="Download the ledger: ledger.jsonl, events-acled.csv or events.geojson",
            response_class=StreamingResponse)
def export(
    request: Request, name: Annotated[str, Path(max_length=100)],
    type: Annotated[str | None, Query(max_length=40)] = None, since: Day = None, until: Day = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
) -> StreamingResponse:
    if name not in exports.EXPORTS:
        raise APIError(404, f"no export named {name!r}; choose one of {', '.join(exports.EXPORTS)}")
    media, produce = exports.EXPORTS[name]
    filters = {k: v for k, v in {"type": type, "since": since, "until": until, "place": place}.items() if v}
    return StreamingResponse(produce(store_of(request), **filters), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/health", include_in_schema=False)
def health() -> JSONResponse:
    return JSONResponse({"ok": True})
