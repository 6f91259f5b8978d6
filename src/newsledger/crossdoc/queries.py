"""Reading the cross-document ledger: events with their sources, claims, stories, quotes by speaker.

All SQL goes through ``store.query`` with ``?`` placeholders, so every backend serves it.
Counts are of ledger events (real-world events), not of the reports that mention them.
"""

from __future__ import annotations

import json
from typing import Any

from newsledger.errors import NotFoundError
from newsledger.store.base import Where

_REPORTED_ACLED = (
    "(SELECT v.acled_{0} FROM event_links l JOIN events v ON v.article_rowid = l.article_rowid "
    "AND v.local_id = l.local_id WHERE l.ledger_event_id = e.id AND v.acled_{0} IS NOT NULL "
    "ORDER BY l.article_rowid, l.local_id LIMIT 1) AS acled_{0}"
)
_EVENT_COLUMNS = (
    "e.id, e.type, e.summary, e.first_day, e.last_day, e.place, e.country, e.geonameid, e.actor_text, "
    "e.target_text, e.mentions, e.independent_sources, e.status, "
    + _REPORTED_ACLED.format("event_type") + ", " + _REPORTED_ACLED.format("sub_event_type")
)


def list_events(
    store: Any,
    *,
    type: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    modality: str | None = None,
    min_sources: int | None = None,
    status: str | None = None,
    after: int | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Ledger events, filtered, oldest id first; ``after`` is the keyset cursor (the last id seen)."""
    where = Where()
    if type:
        where.add("e.type = ?", type.upper())
    if place:
        where.add("(lower(e.place) LIKE ? OR upper(e.country) = ?)", f"%{place.lower()}%", place.upper())
    if since:
        where.add("(e.last_day IS NULL OR e.last_day >= ?)", since)
    if until:
        where.add("(e.first_day IS NULL OR e.first_day <= ?)", until)
    if actor:
        needle = f"%{actor.lower()}%"
        # A party coordinated with the actor counts too ("the United States and France accused Russia").
        where.add("(lower(e.actor_text) LIKE ? OR e.actor_entity IN "
                  "(SELECT id FROM ledger_entities WHERE lower(name) LIKE ?) OR e.id IN "
                  "(SELECT l.ledger_event_id FROM event_links l JOIN event_parties p ON "
                  "p.article_rowid = l.article_rowid AND p.local_id = l.local_id "
                  "WHERE p.role = 'actor' AND lower(p.text) LIKE ?))", needle, needle, needle)
    if modality:
        where.add("e.id IN (SELECT l.ledger_event_id FROM event_links l JOIN events v ON "
                  "v.article_rowid = l.article_rowid AND v.local_id = l.local_id WHERE v.modality = ?)", modality)
    if min_sources:
        where.add("e.independent_sources >= ?", min_sources)
    if status:
        where.add("e.status = ?", status)
    if after is not None:
        where.add("e.id > ?", after)
    sql = f"SELECT {_EVENT_COLUMNS} FROM ledger_events e{where.sql()} ORDER BY e.id LIMIT ?"
    rows: list[dict[str, Any]] = store.query(sql, (*where.params, limit))
    return rows


def get_event(store: Any, event_id: int) -> dict[str, Any]:
    """One ledger event with every report of it: article, outlet, span, polarity and chain."""
    rows = store.query(f"SELECT {_EVENT_COLUMNS} FROM ledger_events e WHERE e.id = ?", (event_id,))
    if not rows:
        raise NotFoundError(f"no ledger event with id {event_id}")
    event = rows[0]
    event["sources"] = _sources(store, "l.ledger_event_id = ?", (event_id,))
    for role in ("actor", "target"):
        # The parties any report coordinates with the actor or target, once each.
        parties = store.query(
            "SELECT p.text FROM event_links l JOIN event_parties p ON p.article_rowid = l.article_rowid "
            "AND p.local_id = l.local_id WHERE l.ledger_event_id = ? AND p.role = ? ORDER BY p.article_rowid, p.start",
            (event_id, role))
        event[f"co_{role}s"] = list(dict.fromkeys(r["text"] for r in parties))
    return event


def _sources(store: Any, condition: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT l.ledger_event_id, a.id AS article_id, a.title, a.outlet, a.published, l.local_id, l.polarity, "
        "l.source_key, l.speaker, l.chain, l.evidence, v.modality, v.trigger_start, v.trigger_end, a.text, "
        "s.copy_of FROM event_links l JOIN articles a ON a.rowid = l.article_rowid "
        "JOIN events v ON v.article_rowid = l.article_rowid AND v.local_id = l.local_id "
        "LEFT JOIN article_stories s ON s.article_rowid = l.article_rowid "
        f"WHERE {condition} ORDER BY a.published, a.id, l.local_id",
        params,
    )
    out = []
    for r in rows:
        text = r.pop("text")
        start, end = r["trigger_start"], r["trigger_end"]
        r["trigger"] = text[start:end]
        r["context"] = text[max(0, start - 100) : end + 100].replace("\n", " ")
        r["chain"] = json.loads(r["chain"])
        r["evidence"] = json.loads(r["evidence"] or "[]")
        r["syndicated_copy"] = r.pop("copy_of") is not None
        out.append(r)
    return out


def list_claims(store: Any, *, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Ledger events with the claims for and against them (status: corroborated | contradicted)."""
    events = list_events(store, status=status, limit=limit)
    for event in events:
        sources = _sources(store, "l.ledger_event_id = ?", (event["id"],))
        event["asserted_by"] = [s for s in sources if s["polarity"] > 0]
        event["denied_by"] = [s for s in sources if s["polarity"] < 0]
    return events


def list_stories(store: Any, *, limit: int = 50, after: int | None = None) -> list[dict[str, Any]]:
    """Stories (articles about one development), with how many articles and syndicated copies."""
    rows: list[dict[str, Any]] = store.query(
        "SELECT st.id, st.title, st.first_published, st.last_published, count(*) AS articles, "
        "sum(CASE WHEN s.copy_of IS NULL THEN 0 ELSE 1 END) AS copies "
        "FROM stories st JOIN article_stories s ON s.story_id = st.id WHERE st.id > ? "
        "GROUP BY st.id, st.title, st.first_published, st.last_published ORDER BY st.id LIMIT ?",
        (after if after is not None else 0, limit),
    )
    return rows


def quotes_by_speaker(
    store: Any, speaker: str, *, since: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """What a person or organisation is quoted saying across the ledger, newest first."""
    sql = (
        "SELECT a.id AS article_id, a.published, a.outlet, a.title, q.local_id, q.kind, q.content, "
        "q.speaker_name, q.speaker_text, q.via FROM quotes q JOIN articles a ON a.rowid = q.article_rowid "
        "LEFT JOIN entity_links el ON el.article_rowid = q.article_rowid AND el.local_id = q.speaker_entity "
        "LEFT JOIN ledger_entities le ON le.id = el.ledger_entity_id "
        "WHERE (lower(q.speaker_name) LIKE ? OR lower(q.speaker_text) LIKE ? OR lower(le.name) LIKE ?)"
    )
    needle = f"%{speaker.lower()}%"
    params: list[Any] = [needle, needle, needle]
    if since:
        sql += " AND a.published >= ?"
        params.append(since)
    rows: list[dict[str, Any]] = store.query(sql + " ORDER BY a.published DESC, a.id, q.local_id LIMIT ?",
                                             (*params, limit))
    for r in rows:
        r["via"] = [v["text"] for v in json.loads(r["via"])]
    return rows
