"""Every read query the web app runs, in one place.

All SQL goes through ``store.query`` with ``?`` placeholders and SQL that PostgreSQL speaks too, so
the same module serves every backend. Lists use keyset pagination: the caller passes the sort key of
the last row it saw (``after``) and gets the rows after it, so rows inserted meanwhile never shift a
page. Values from the request only ever travel as parameters, never inside the SQL text.
"""

from __future__ import annotations

import json
from typing import Any

from newsledger.store.base import Store, Where

Row = dict[str, Any]


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own ``%`` and ``_`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def ledger_version(store: Store, crossdoc: bool = False) -> str:
    """Changes whenever an article (and so any record) is added: the basis of every ETag.

    With the cross-document layer, also when it has processed another article: it runs after the
    article is stored, and a page cached in between must not stay valid once it has.
    """
    row = store.query("SELECT count(*) AS n, max(rowid) AS top FROM articles")[0]
    version = f"{row['n']}-{row['top'] or 0}"
    if crossdoc:
        version += f"-{store.query('SELECT count(*) AS n FROM article_stories')[0]['n']}"
    return version


def counts(store: Store) -> dict[str, int]:
    out: dict[str, int] = {}
    for table in ("articles", "entities", "quotes", "events", "places", "times"):
        out[table] = int(store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])
    return out


# -- articles ------------------------------------------------------------------------------------


def list_articles(
    store: Store, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
    after: int | None = None, limit: int = 50,
) -> list[Row]:
    """Newest ingested first; ``after`` is the ``rowid`` of the last article of the previous page."""
    where = Where()
    if outlet:
        where.add("lower(outlet) = ?", outlet.lower())
    if since:
        where.add("published >= ?", since)
    if until:
        where.add("published <= ?", until)
    if after is not None:
        where.add("rowid < ?", after)
    sql = (
        "SELECT rowid, id, title, published, outlet, url, author, ingested_at, "
        "substr(text, 1, 240) AS lead FROM articles"
    )
    sql += where.sql()
    sql += " ORDER BY rowid DESC LIMIT ?"
    return store.query(sql, [*where.params, limit])


def article_rowid(store: Store, article_id: str) -> int | None:
    rows = store.query("SELECT rowid FROM articles WHERE id = ?", [article_id])
    return int(rows[0]["rowid"]) if rows else None


def outlets(store: Store) -> list[Row]:
    return store.query(
        "SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT 200"
    )


# -- entities ------------------------------------------------------------------------------------


def list_entities(
    store: Store, *, name: str | None = None, type: str | None = None, after: str | None = None,
    limit: int = 50,
) -> list[Row]:
    """Entities merged by name (case folded) across articles, alphabetically; ``after`` is a key."""
    where = Where()
    if name:
        where.add("lower(name) LIKE ? ESCAPE '\\'", like_pattern(name))
    if type:
        where.add("type = ?", type.upper())
    if after is not None:
        where.add("lower(name) > ?", after)
    sql = (
        "SELECT lower(name) AS key, min(name) AS name, min(type) AS type, "
        "count(DISTINCT article_rowid) AS articles FROM entities"
    )
    sql += where.sql()
    sql += " GROUP BY lower(name) ORDER BY lower(name) LIMIT ?"
    return store.query(sql, [*where.params, limit])


def entity_mentions(store: Store, name: str, limit: int = 200) -> list[Row]:
    """Every mention of entities named ``name`` (any case), with the article and a snippet around it."""
    rows = store.query(
        "SELECT a.id AS article_id, a.title, a.published, a.outlet, e.local_id, e.type, e.name, "
        "m.start, m.\"end\", substr(a.text, CASE WHEN m.start > 80 THEN m.start - 79 ELSE 1 END, "
        "CASE WHEN m.start > 80 THEN 80 ELSE m.start END) AS before, "
        "substr(a.text, m.start + 1, m.\"end\" - m.start) AS mention, "
        "substr(a.text, m.\"end\" + 1, 80) AS after "
        "FROM entities e JOIN articles a ON a.rowid = e.article_rowid "
        "JOIN mentions m ON m.article_rowid = e.article_rowid AND m.entity_local_id = e.local_id "
        "WHERE lower(e.name) = ? ORDER BY a.published DESC, a.rowid DESC, m.start LIMIT ?",
        [name.lower(), limit],
    )
    return rows


# -- quotes --------------------------------------------------------------------------------------


def list_quotes(
    store: Store, *, speaker: str | None = None, contains: str | None = None, article_rowid: int | None = None,
    after: int | None = None, limit: int = 50,
) -> list[Row]:
    """Quotes, newest stored first; ``after`` is the quote ``rowid`` of the previous page's last row."""
    where = Where()
    if speaker:
        where.add("lower(q.speaker_name) = ?", speaker.lower())
    if contains:
        where.add("lower(q.content) LIKE ? ESCAPE '\\'", like_pattern(contains))
    if article_rowid is not None:
        where.add("q.article_rowid = ?", article_rowid)
    if after is not None:
        where.add("q.rowid < ?", after)
    sql = (
        "SELECT q.rowid, q.local_id, q.kind, q.content, q.speaker_name, q.speaker_text, q.via, "
        "q.content_start, q.content_end, a.id AS article_id, a.title, a.published, a.outlet "
        "FROM quotes q JOIN articles a ON a.rowid = q.article_rowid"
    )
    sql += where.sql()
    sql += " ORDER BY q.rowid DESC LIMIT ?"
    rows = store.query(sql, [*where.params, limit])
    for row in rows:
        row["via"] = [v.get("text") for v in json.loads(row["via"] or "[]")]
    return rows


def speakers(store: Store, *, name: str | None = None, limit: int = 200) -> list[Row]:
    params: list[Any] = []
    sql = "SELECT min(speaker_name) AS name, count(*) AS quotes FROM quotes WHERE speaker_name IS NOT NULL"
    if name:
        sql += " AND lower(speaker_name) LIKE ? ESCAPE '\\'"
        params.append(like_pattern(name))
    sql += " GROUP BY lower(speaker_name) ORDER BY count(*) DESC, lower(speaker_name) LIMIT ?"
    return store.query(sql, [*params, limit])


def speaker_quotes(store: Store, name: str, limit: int = 500) -> list[Row]:
    """What ``name`` is quoted saying, oldest first: the speaker view reads as a chronology."""
    rows = store.query(
        "SELECT q.rowid, q.local_id, q.kind, q.content, q.speaker_name, q.via, a.id AS article_id, a.title, "
        "a.published, a.outlet FROM quotes q JOIN articles a ON a.rowid = q.article_rowid "
        "WHERE lower(q.speaker_name) = ? ORDER BY a.published, a.rowid, q.content_start LIMIT ?",
        [name.lower(), limit],
    )
    for row in rows:
        row["via"] = [v.get("text") for v in json.loads(row["via"] or "[]")]
    return rows


# -- event mentions (the per-article events table) -----------------------------------------------

_EVENT_COLUMNS = (
    "e.article_rowid, e.local_id, e.type, e.mode, e.acled_event_type, e.acled_sub_event_type, "
    "e.trigger_start, e.trigger_end, e.actor_text, e.target_text, e.time_value, e.place_text, e.geonameid, "
    "e.negated, e.modality, e.source, e.data, a.id AS article_id, a.title, a.published, a.outlet, a.url, "
    "substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text"
)


def event_mentions(
    store: Store, *, type: str | None = None, place: str | None = None, since: str | None = None,
    until: str | None = None, actor: str | None = None, modality: str | None = None,
    after: tuple[int, str] | None = None, limit: int = 50, located: bool = False,
) -> list[Row]:
    """Event mentions, newest article first; ``after`` is (article rowid, local id) of the last row seen.

    Both sort keys descend so the events primary key serves the order; coordinates come from one
    query for the whole page afterwards (a subquery per row would run for every row before sorting).
    """
    where = Where()
    if type:
        where.add("e.type = ?", type.upper())
    if place:
        where.add("(lower(e.place_text) LIKE ? ESCAPE '\\' OR e.geonameid IN "
                  "(SELECT p.geonameid FROM places p WHERE lower(p.name) LIKE ? ESCAPE '\\' OR p.country = ?))",
                  like_pattern(place), like_pattern(place), place.upper())
    if since:
        where.add("e.time_value >= ?", since)
    if until:
        # 2023-03-10T14:00 is within "until 2023-03-10", and 2023-03-31 within "until 2023-03".
        where.add("(e.time_value <= ? OR e.time_value LIKE ?)", until, until + "%")
    if actor:
        where.add("lower(e.actor_text) LIKE ? ESCAPE '\\'", like_pattern(actor))
    if modality:
        where.add("e.modality = ?", modality.lower())
    if located:
        where.add("e.geonameid IS NOT NULL")
    if after is not None:
        where.add("(e.article_rowid < ? OR (e.article_rowid = ? AND e.local_id < ?))", after[0], after[0], after[1])
    # The page's keys first, the wide columns (article text) only for them: a sort by an index that
    # does not cover the filter would otherwise carry every matching row's text through the sorter.
    keys = "SELECT e.article_rowid, e.local_id FROM events e"
    keys += where.sql()
    keys += " ORDER BY e.article_rowid DESC, e.local_id DESC LIMIT ?"
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM ({keys}) k "
        "JOIN events e ON e.article_rowid = k.article_rowid AND e.local_id = k.local_id "
        "JOIN articles a ON a.rowid = e.article_rowid ORDER BY e.article_rowid DESC, e.local_id DESC"
    )
    return with_coordinates(store, store.query(sql, [*where.params, limit]))


def with_coordinates(store: Store, rows: list[Row]) -> list[Row]:
    """``rows`` with the lat, lon and country of their geonameid added."""
    where = coordinates(store, [r["geonameid"] for r in rows if r["geonameid"] is not None])
    for row in rows:
        found = where.get(row["geonameid"]) if row["geonameid"] is not None else None
        row.update({"lat": None, "lon": None, "country": None, **(found or {})})
    return rows


def event_mention(store: Store, article_id: str, local_id: str) -> Row | None:
    rows = store.query(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article_rowid "
        "WHERE a.id = ? AND e.local_id = ?",
        [article_id, local_id],
    )
    return with_coordinates(store, rows)[0] if rows else None


def event_types(store: Store) -> list[Row]:
    return store.query("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY count(*) DESC, type")


def events_per_day(store: Store, *, type: str | None = None, since: str | None = None,
                   until: str | None = None) -> list[Row]:
    """Counts of event mentions per day (the first ten characters of their time value) and type."""
    where = Where(["e.time_value IS NOT NULL", "length(e.time_value) >= 10"])
    if type:
        where.add("e.type = ?", type.upper())
    if since:
        where.add("e.time_value >= ?", since)
    if until:
        where.add("substr(e.time_value, 1, 10) <= ?", until)
    return store.query(
        "SELECT substr(e.time_value, 1, 10) AS day, e.type, count(*) AS n FROM events e"
        + where.sql()
        + " GROUP BY substr(e.time_value, 1, 10), e.type ORDER BY substr(e.time_value, 1, 10) DESC, e.type "
        "LIMIT 2000",
        where.params,
    )


def article_quote(store: Store, article_rowid: int, local_id: str) -> Row | None:
    rows = store.query(
        "SELECT local_id, kind, content, speaker_name, speaker_text, via FROM quotes "
        "WHERE article_rowid = ? AND local_id = ?",
        [article_rowid, local_id],
    )
    return rows[0] if rows else None


def coordinates(store: Store, geonameids: list[int]) -> dict[int, Row]:
    """lat, lon and country of each geonameid as the places table has them."""
    ids = sorted({int(g) for g in geonameids if g is not None})
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = store.query(
        f"SELECT geonameid, min(lat) AS lat, min(lon) AS lon, min(country) AS country FROM places "
        f"WHERE geonameid IN ({marks}) GROUP BY geonameid",
        ids,
    )
    return {int(r["geonameid"]): r for r in rows}


def ledger_event_of_mention(store: Store, article_id: str, local_id: str) -> int | None:
    """The cross-document ledger event an article's event mention was merged into, if any."""
    rows = store.query(
        "SELECT l.ledger_event_id FROM event_links l JOIN articles a ON a.rowid = l.article_rowid "
        "WHERE a.id = ? AND l.local_id = ?",
        [article_id, local_id],
    )
    return int(rows[0]["ledger_event_id"]) if rows else None
