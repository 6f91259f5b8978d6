"""Events, stories and claims as the web app shows them: the one place that knows where they come from.

When the cross-document layer (``newsledger.crossdoc``) provides ``list_events``, ``get_event``,
``list_claims`` and ``list_stories``, they answer. Until then, each event mention in the per-article
``events`` table is its own event with one source, each article its own story, and there are no
claims to compare. Either way the views receive plain dicts of one shape (see ``event_from_mention``).
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable
from typing import Any

from newsledger.api import queries
from newsledger.errors import NotFoundError
from newsledger.store.base import Store

logger = logging.getLogger(__name__)

Row = dict[str, Any]
CONTEXT = 100  # characters of context either side of a trigger in crossdoc's sources


def _crossdoc(name: str) -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("newsledger.crossdoc")
    except ImportError:
        return None
    fn = getattr(module, name, None)
    return fn if callable(fn) else None


def crossdoc_available() -> bool:
    """True when the cross-document layer answers for events, claims and stories."""
    return all(_crossdoc(n) for n in ("list_events", "get_event", "list_claims", "list_stories"))


def split_event_id(event_id: str) -> tuple[str, str]:
    """``article-id:v3`` -> (``article-id``, ``v3``); article ids may themselves contain colons."""
    article_id, sep, local_id = event_id.rpartition(":")
    if not sep or not article_id or not local_id:
        raise NotFoundError(f"no event with id {event_id!r} (expected ARTICLE_ID:LOCAL_ID)")
    return article_id, local_id


def source_chain(speaker: str | None, via: list[str], outlet: str | None) -> list[str]:
    """Who says so, outermost last: ["Prigozhin said", "according to the Moscow Times", "reported by X"]."""
    chain = [f"{speaker} said"] if speaker else []
    chain += [f"according to {v}" for v in via if v]
    chain.append(f"reported by {outlet}" if outlet else "reported by the article")
    return chain


def event_from_mention(store: Store, row: Row, *, detail: bool = False) -> Row:
    """One event (with one source) from an ``events`` row of ``queries.event_mentions``."""
    data = json.loads(row["data"])
    place = None
    if row["place_text"]:
        place = {"text": row["place_text"], "geonameid": row["geonameid"], "lat": row["lat"], "lon": row["lon"],
                 "country": row["country"]}
    speaker, via, quote_text = None, [], None
    if row["source"]:
        quote = queries.article_quote(store, row["article_rowid"], row["source"])
        if quote:
            speaker = quote["speaker_name"] or quote["speaker_text"]
            via = [v.get("text") for v in json.loads(quote["via"] or "[]")]
            quote_text = quote["content"]
    source: Row = {
        "article_id": row["article_id"], "title": row["title"], "outlet": row["outlet"],
        "published": row["published"], "url": row["url"], "event_local_id": row["local_id"],
        "trigger": [row["trigger_start"], row["trigger_end"]], "modality": row["modality"],
        "negated": bool(row["negated"]), "speaker": speaker, "via": via, "quote": quote_text,
        "chain": source_chain(speaker, via, row["outlet"]),
    }
    if detail:
        text = store.get(row["article_id"])["text"]
        start, end = row["trigger_start"], row["trigger_end"]
        left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - 300, 0)
        right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
        right = min([*right_candidates, end + 300, len(text)])
        source["sentence"] = {"before": text[left:start], "trigger": text[start:end],
                              "after": text[end : right + 1]}
    return {
        "id": f"{row['article_id']}:{row['local_id']}",
        "type": row["type"], "mode": row["mode"],
        "acled": data.get("acled"),
        "actor": row["actor_text"], "target": row["target_text"],
        "co_actors": [party["text"] for party in data.get("co_actors", [])],
        "co_targets": [party["text"] for party in data.get("co_targets", [])],
        "time": row["time_value"], "place": place,
        "negated": bool(row["negated"]), "modality": row["modality"],
        "quantities": data.get("quantities", []),
        "fatalities": data.get("fatalities"), "injured": data.get("injured"),
        "trigger_text": row["trigger_text"],
        "sources": [source],
        "n_sources": 1, "independent_sources": 1,
        "corroborated": False, "contradicted": False,
        "cursor": f"{row['article_rowid']}:{row['local_id']}",
    }


def _parse_after(after: str | None) -> tuple[int, str] | None:
    if not after:
        return None
    rowid, sep, local_id = after.partition(":")
    if not sep or not rowid.isdigit() or not local_id:
        raise ValueError("the cursor is not one this server gave out")
    return int(rowid), local_id


def _int_cursor(after: str | None) -> int | None:
    if not after:
        return None
    if not after.isdigit():
        raise ValueError("the cursor is not one this server gave out")
    return int(after)


def _phrase_chain(chain: list[Any], speaker: str | None) -> list[str]:
    """The cross-document chain [speaker, via..., reporter] in the words the views use."""
    links = [str(c) for c in chain if c]
    if not links:
        return []
    out = []
    for i, link in enumerate(links):
        if i == 0 and speaker and link == speaker and len(links) > 1:
            out.append(f"{link} said")
        elif i == len(links) - 1:
            out.append(f"reported by {link}")
        else:
            out.append(f"according to {link}")
    return out


def _whole_words(text: str, cut_start: bool, cut_end: bool) -> str:
    """``text`` without the partial words a fixed-width context window cut at either end."""
    if cut_start and " " in text:
        text = "…" + text[text.index(" ") :]
    if cut_end and " " in text:
        text = text[: text.rindex(" ")] + " …"
    return text


def _crossdoc_source(src: Row) -> Row:
    out = dict(src)
    trigger = src.get("trigger")
    context = src.get("context")
    # The layer's context is a window of CONTEXT characters either side of the trigger: a side that
    # long was cut mid-text, a shorter one reached the article's start or end.
    if isinstance(trigger, str) and isinstance(context, str) and trigger and trigger in context:
        before, _, after = context.partition(trigger)
        cut_start, cut_end = len(before) >= CONTEXT, len(after) >= CONTEXT
        out["context"] = _whole_words(context, cut_start, cut_end)
        out["sentence"] = {"before": _whole_words(before, cut_start, False), "trigger": trigger,
                           "after": _whole_words(after, False, cut_end)}
    out["chain"] = _phrase_chain(list(src.get("chain") or []), src.get("speaker"))
    polarity = src.get("polarity", 1)
    out["stance"] = "denies" if polarity < 0 else "asserts" if polarity > 0 else "mentions as possible or planned"
    return out


def _interval(first: str | None, last: str | None) -> str | None:
    """A day, or an ISO 8601 interval with ``..`` for an open end (the layer stores 9999-12-31)."""
    if not first and not last:
        return None
    if first == last:
        return first
    ends = [d if d and not d.startswith("9999") and not d.startswith("0001") else ".." for d in (first, last)]
    return "/".join(ends)


def _crossdoc_event(store: Store, row: Row, coords: dict[int, Row]) -> Row:
    """A cross-document ledger event in the shape the views and the API share."""
    event = dict(row)
    first, last = row.get("first_day"), row.get("last_day")
    place = None
    if row.get("place") or row.get("geonameid"):
        where = coords.get(int(row["geonameid"])) if row.get("geonameid") is not None else None
        place = {"text": row.get("place"), "geonameid": row.get("geonameid"),
                 "country": row.get("country") or (where or {}).get("country"),
                 "lat": (where or {}).get("lat"), "lon": (where or {}).get("lon")}
    sources = [_crossdoc_source(s) for s in row.get("sources") or []]
    acled = None
    if row.get("acled_event_type"):
        acled = {"event_type": row["acled_event_type"], "sub_event_type": row.get("acled_sub_event_type")}
    event.update({
        "id": str(row["id"]),
        "acled": acled,
        "actor": row.get("actor_text"), "target": row.get("target_text"),
        "co_actors": row.get("co_actors", []), "co_targets": row.get("co_targets", []),
        "time": _interval(first, last),
        "place": place,
        "modality": row.get("modality"),
        "status": row.get("status"),
        "negated": False,
        "trigger_text": row.get("summary"),
        "n_sources": row.get("mentions") or len(sources),
        "independent_sources": row.get("independent_sources"),
        "corroborated": row.get("status") == "corroborated",
        "contradicted": row.get("status") == "contradicted",
        "sources": sources,
        "cursor": str(row["id"]),
    })
    return event


def _crossdoc_claim(store: Store, row: Row) -> Row:
    """A claim with one side per distinct statement: copies of one report count once, with their number."""
    sides: dict[tuple[str, tuple[str, ...], str], Row] = {}
    for src in (row.get("asserted_by") or []) + (row.get("denied_by") or []):
        side = _crossdoc_source(src)
        side["text"] = side.get("context")
        key = (side["stance"], tuple(side.get("chain") or ()), side.get("trigger") or "")
        if key in sides:
            sides[key]["reports"] += 1
        else:
            sides[key] = {**side, "reports": 1}
    return {"id": str(row["id"]), "event_id": str(row["id"]), "status": row.get("status"),
            "summary": row.get("summary"), "type": row.get("type"), "sides": list(sides.values())}


def list_events(
    store: Store, *, type: str | None = None, place: str | None = None, since: str | None = None,
    until: str | None = None, actor: str | None = None, modality: str | None = None,
    min_sources: int | None = None, after: str | None = None, limit: int = 50, located: bool = False,
) -> list[Row]:
    """Events matching every filter given, at most ``limit``, after the opaque cursor ``after``."""
    crossdoc = _crossdoc("list_events") if crossdoc_available() else None
    if crossdoc is not None:
        found: list[Row] = crossdoc(store, type=type, place=place, since=since, until=until, actor=actor,
                                    modality=modality, min_sources=min_sources, after=_int_cursor(after),
                                    limit=limit)
        coords = queries.coordinates(store, [e["geonameid"] for e in found if e.get("geonameid") is not None])
        events = [_crossdoc_event(store, e, coords) for e in found]
        return [e for e in events if not located or (e.get("place") or {}).get("lat") is not None]
    if min_sources is not None and min_sources > 1:
        return []  # one article, one source: nothing has more until the cross-document layer exists
    rows = queries.event_mentions(store, type=type, place=place, since=since, until=until, actor=actor,
                                  modality=modality, after=_parse_after(after), limit=limit, located=located)
    return [event_from_mention(store, r) for r in rows]


def reported_figures(store: Store, sources: list[Row], field: str) -> list[tuple[int, str]]:
    """What each report of an event says it killed (``field`` "fatalities") or injured: (figure, the report's
    outlet or article id), for the reports that give one (records stored before events carried figures give
    none)."""
    out: list[tuple[int, str]] = []
    for source in sources:
        local = source.get("local_id") or source.get("event_local_id")
        record = store.get(source["article_id"]) or {}
        out.extend((int(event[field]), str(source.get("outlet") or source["article_id"]))
                   for event in record.get("events", ()) if event["id"] == local and event.get(field) is not None)
    return out


def reported_figure(store: Store, sources: list[Row], field: str) -> int | None:
    """The event's figure: where its reports differ, the lowest, as ACLED keeps the most conservative
    estimate; None when no report gives one."""
    return min((figure for figure, _ in reported_figures(store, sources, field)), default=None)


def disputed_figures(store: Store, sources: list[Row], field: str) -> str:
    """ "6 (Kivu Daily), 9 (Wire Service)" when the reports give different figures, else "": ACLED notes a
    dispute over fatalities in its notes."""
    figures = sorted(set(reported_figures(store, sources, field)))
    if len({figure for figure, _ in figures}) < 2:
        return ""
    return ", ".join(f"{figure} ({who})" for figure, who in figures)


def get_event(store: Store, event_id: str) -> Row:
    """One event with every source and the chain of each; NotFoundError when there is none.

    ``ARTICLE_ID:LOCAL_ID`` names an event mention in one article; with the cross-document layer it
    resolves to the ledger event that mention belongs to, so links from an article page keep working.
    """
    crossdoc = _crossdoc("get_event") if crossdoc_available() else None
    if crossdoc is not None:
        number: int | None = int(event_id) if event_id.isdigit() else None
        if number is None:
            article_id, local_id = split_event_id(event_id)
            number = queries.ledger_event_of_mention(store, article_id, local_id)
        if number is not None:
            found = crossdoc(store, number)
            coords = queries.coordinates(store, [found["geonameid"]] if found.get("geonameid") else [])
            event = _crossdoc_event(store, found, coords)
            for field in ("fatalities", "injured"):
                event[field] = reported_figure(store, found.get("sources") or [], field)
                event[f"{field}_disputed"] = disputed_figures(store, found.get("sources") or [], field) or None
            event["claims"] = [_crossdoc_claim(store, {**found, "asserted_by": [s for s in found["sources"]
                                                                                if s.get("polarity", 1) > 0],
                                                       "denied_by": [s for s in found["sources"]
                                                                     if s.get("polarity", 1) < 0]})
                               ] if event["contradicted"] or event["corroborated"] else []
            return event
    article_id, local_id = split_event_id(event_id)
    row = queries.event_mention(store, article_id, local_id)
    if row is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    event = event_from_mention(store, row, detail=True)
    event["claims"] = []
    return event


def list_claims(store: Store, *, status: str | None = None) -> list[Row]:
    """Claims (corroborated or contradicted); none without the cross-document layer, which compares them."""
    crossdoc = _crossdoc("list_claims") if crossdoc_available() else None
    if crossdoc is None:
        return []
    rows = crossdoc(store, status=status) if status else [
        c for s in ("contradicted", "corroborated") for c in crossdoc(store, status=s)]
    return [_crossdoc_claim(store, dict(c)) for c in rows]


def list_stories(store: Store, *, after: str | None = None, limit: int = 50) -> list[Row]:
    """Stories (groups of articles about one development); each article alone without cross-doc."""
    crossdoc = _crossdoc("list_stories") if crossdoc_available() else None
    if crossdoc is not None:
        return [{**s, "id": str(s["id"]), "cursor": str(s["id"])}
                for s in crossdoc(store, after=_int_cursor(after), limit=limit)]
    if after is not None and not after.isdigit():
        raise ValueError("the cursor is not one this server gave out")
    rows = queries.list_articles(store, after=int(after) if after else None, limit=limit)
    return [
        {"id": r["id"], "title": r["title"], "articles": 1, "copies": 0,
         "first_published": r["published"], "last_published": r["published"], "cursor": str(r["rowid"])}
        for r in rows
    ]
