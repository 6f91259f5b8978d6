"""Incremental cross-document update: new articles join copies, stories, entities, events, claims.

``update(store, rowids)`` runs in the single writer, one transaction per article, and touches
only what the new articles can change: their own links, the ledger events they join, and the
stories they join. Nothing is recomputed from scratch.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from newsledger.crossdoc import dedup
from newsledger.crossdoc.entities import link_entities
from newsledger.crossdoc.events import (
    OPEN_END,
    UNDATED_WINDOW,
    EventMention,
    clause_stems,
    conflict,
    is_cessation,
    match,
    stem,
    value_interval,
)
from newsledger.crossdoc.names import name_key
from newsledger.extract.coref import BARE_PRONOUNS, only_refers

logger = logging.getLogger(__name__)

STORY_WINDOW = timedelta(days=3)
SALIENT_TYPES = ("PERSON", "ORG", "OUTLET", "NORP")


@dataclass
class UpdateSummary:
    articles: int = 0
    copies: int = 0
    new_stories: int = 0
    new_events: int = 0
    linked_events: int = 0


_INDEXES: dict[str, dedup.NearDuplicateIndex] = {}


def update(store: Any, article_ids: Sequence[str]) -> UpdateSummary:
    """Bring the cross-document tables up to date with the stored articles ``article_ids``."""
    summary = UpdateSummary()
    for article_id in article_ids:
        store.execute_write_fn(lambda conn, a=article_id: _update_article(conn, store.location, a, summary))
    return summary


def _index(conn: sqlite3.Connection, location: str) -> dedup.NearDuplicateIndex:
    index = _INDEXES.get(location)
    stored = conn.execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    if index is None or index.size != stored:
        index = dedup.NearDuplicateIndex()
        for rowid, blob in conn.execute("SELECT article_rowid, minhash FROM article_signatures"):
            index.add(rowid, dedup.from_bytes(blob))
        _INDEXES[location] = index
    return index


def _update_article(conn: sqlite3.Connection, location: str, article_id: str, summary: UpdateSummary) -> None:
    row = conn.execute(
        "SELECT a.rowid, a.record, s.story_id FROM articles a LEFT JOIN article_stories s "
        "ON s.article_rowid = a.rowid WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None or row[2] is not None:
        return  # gone, or already done: updates are idempotent
    rowid, record = row[0], json.loads(row[1])
    summary.articles += 1
    index = _index(conn, location)
    copy_of, similarity, sig = _find_original(conn, index, record["text"])
    entity_links = link_entities(conn, rowid, record)
    events = _link_events(conn, rowid, record, entity_links, copy_of, summary)
    story = _choose_story(conn, rowid, record, copy_of, events, entity_links)
    if story is None:
        story = conn.execute(
            "INSERT INTO stories (title, first_published, last_published) VALUES (?, ?, ?) RETURNING id",
            (record.get("title") or record["text"][:90], record.get("published"), record.get("published")),
        ).fetchone()[0]
        summary.new_stories += 1
    else:
        conn.execute(
            "UPDATE stories SET "
            "first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? "
            "ELSE first_published END, "
            "last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? "
            "ELSE last_published END WHERE id = ?",
            (record.get("published"),) * 4 + (story,),
        )
    if copy_of is not None:
        summary.copies += 1
    conn.execute(
        "INSERT INTO article_stories (article_rowid, story_id, copy_of, similarity) VALUES (?, ?, ?, ?)",
        (rowid, story, copy_of, similarity),
    )
    conn.execute("INSERT INTO article_signatures (article_rowid, minhash) VALUES (?, ?)",
                 (rowid, dedup.to_bytes(sig)))
    index.add(rowid, sig)
    for ledger_event in set(events.values()):
        refresh_event(conn, ledger_event)


def _find_original(
    conn: sqlite3.Connection, index: dedup.NearDuplicateIndex, text: str
) -> tuple[int | None, float | None, Any]:
    shingles = dedup.shingles(text)
    sig = dedup.signature(shingles)
    found = index.candidates(sig)
    # Only originals need checking: a copy of a copy is recorded as a copy of the original, and a
    # story syndicated a thousand times would otherwise mean a thousand texts to re-read.
    copies: set[int] = set()
    for start in range(0, len(found), 500):
        chunk = found[start : start + 500]
        copies.update(r[0] for r in conn.execute(
            f"SELECT article_rowid FROM article_stories WHERE copy_of IS NOT NULL "
            f"AND article_rowid IN ({','.join('?' * len(chunk))})", chunk))
    candidates = (
        (candidate, dedup.shingles(row[0]))
        for candidate in found if candidate not in copies
        for row in conn.execute("SELECT text FROM articles WHERE rowid = ?", (candidate,))
    )
    best = dedup.best_original(shingles, candidates)
    if best is None:
        return None, None, sig
    root = best[0]
    while True:  # a copy of a copy is a copy of the original
        up = conn.execute("SELECT copy_of FROM article_stories WHERE article_rowid = ?", (root,)).fetchone()
        if not up or up[0] is None:
            break
        root = up[0]
    return root, best[1], sig


# -- events ------------------------------------------------------------------------------------


def _participant(ref: dict[str, Any] | None, entity_links: dict[str, int]) -> str | None:
    """The key a participant is compared by: its ledger entity, else the stem of its head word; None when it has
    neither, or is only a pronoun the article did not resolve."""
    if not ref:
        return None
    if ref.get("entity") and ref["entity"] in entity_links:
        return f"E{entity_links[ref['entity']]}"
    words = [w for w in ref["text"].split() if w[:1].isalpha()]
    if not words or (len(words) == 1 and words[0].lower() in BARE_PRONOUNS):
        return None  # "he" in two reports is no evidence of one actor, nor "he" and "she" of two
    return f"t:{stem(words[-1])}"


def _participants(refs: Iterable[dict[str, Any]], entity_links: dict[str, int]) -> frozenset[str]:
    """The keys of coordinated parties, those that have one."""
    return frozenset(key for key in (_participant(ref, entity_links) for ref in refs) if key)


def mention_features(record: dict[str, Any], event: dict[str, Any], entity_links: dict[str, int]) -> EventMention:
    """What the matcher compares, from one stored event of one article."""
    text = record["text"]
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    quotes = {q["id"]: q for q in record["quotes"]}
    start, end = event["trigger"]
    quote = quotes.get(event.get("source") or "")
    stop = quote["content"][1] if quote else min(len(text), end + 80)
    ceased = is_cessation(text, end, stop)
    # A denial counts against the event; a possible or planned one ("could be war crimes", "plans to
    # attack") neither for nor against: it is linked for provenance but corroborates nothing.
    if event["negated"] or ceased:
        polarity = -1
    elif event.get("modality") in ("hypothetical", "future"):
        polarity = 0
    else:
        polarity = 1
    interval = value_interval((event.get("time") or {}).get("value"))
    # The events extractor falls back to the report date and says so in the time's text.
    timed = interval is not None and "publication" not in (event.get("time") or {}).get("text", "")
    if not timed:
        interval = (published - UNDATED_WINDOW, published) if published is not None else None
    if ceased and interval is not None and timed:
        interval = (interval[0], OPEN_END)  # "had ended in early February" denies it from then on
    place_country, place_id = None, None
    if event.get("place") and event["place"].get("geonameid"):
        for place in record["places"]:
            if place["geonameid"] == event["place"]["geonameid"]:
                place_country = place["country"]
                if not (place.get("feature") or "").startswith("PCL"):
                    place_id = place["geonameid"]
    return EventMention(
        key=event["type"],
        first=interval[0] if interval else None,
        last=interval[1] if interval else None,
        timed=timed,
        country=place_country,
        place=place_id,
        actor=_participant(event.get("actor"), entity_links),
        target=_participant(event.get("target"), entity_links),
        co_actors=_participants(event.get("co_actors", ()), entity_links),
        co_targets=_participants(event.get("co_targets", ()), entity_links),
        quantities=frozenset(q["value"] for q in event.get("quantities", ())),
        stems=clause_stems(text, start, end),
        trigger_stem=stem(text[start:end]),
        polarity=polarity,
    )


def _features_to_json(m: EventMention) -> str:
    data = asdict(m)
    for k in ("first", "last"):
        data[k] = data[k].isoformat() if data[k] else None
    data["quantities"] = sorted(m.quantities)
    data["stems"] = sorted(m.stems)
    data["co_actors"] = sorted(m.co_actors)
    data["co_targets"] = sorted(m.co_targets)
    return json.dumps(data)


def _features_from_json(raw: str) -> EventMention:
    data = json.loads(raw)
    for k in ("first", "last"):
        data[k] = date.fromisoformat(data[k]) if data[k] else None
    data["quantities"] = frozenset(data["quantities"])
    data["stems"] = frozenset(data["stems"])
    # Features stored before coordinated parties were kept have none.
    data["co_actors"] = frozenset(data.get("co_actors", ()))
    data["co_targets"] = frozenset(data.get("co_targets", ()))
    return EventMention(**data)


@dataclass(frozen=True)
class Claim:
    """Who a report of an event comes from: speaker, the outlets it passed through, the reporter."""

    speaker: str | None
    speaker_key: str | None
    via_key: str | None
    chain: list[str]


def claim_of(record: dict[str, Any], event: dict[str, Any], entity_links: dict[str, int]) -> Claim:
    quote = next((q for q in record["quotes"] if q["id"] == event.get("source")), None)
    speaker_ref = quote.get("speaker") if quote else None
    speaker = speaker_ref["text"] if speaker_ref else None
    speaker_key = None
    if speaker_ref:
        local = speaker_ref.get("entity")
        speaker_key = f"E{entity_links[local]}" if local in entity_links else name_key(speaker_ref["text"], "PERSON")
    via = [v["text"] for v in quote.get("via", ())] if quote else []
    reporter = record.get("outlet") or record.get("author") or record["id"]
    chain = [x for x in [speaker, *via, reporter] if x]
    # The outlet closest to the original speaker is the source: two articles relaying the Moscow
    # Times are one source with the Moscow Times.
    via_key = f"outlet:{name_key(via[0], 'OUTLET')}" if via else None
    return Claim(speaker, speaker_key, via_key, chain)


def _outlet_key(conn: sqlite3.Connection, rowid: int, copy_of: int | None, record: dict[str, Any]) -> str:
    """The reporting outlet as a source; a syndicated copy counts as its original's outlet."""
    if copy_of is not None:
        row = conn.execute("SELECT outlet FROM articles WHERE rowid = ?", (copy_of,)).fetchone()
        rowid, outlet = copy_of, row[0] if row else None
    else:
        outlet = record.get("outlet")
    return f"outlet:{name_key(outlet, 'OUTLET')}" if outlet else f"article:{rowid}"


def _link_events(
    conn: sqlite3.Connection, rowid: int, record: dict[str, Any], entity_links: dict[str, int],
    copy_of: int | None, summary: UpdateSummary,
) -> dict[str, int]:
    linked: dict[str, int] = {}
    outlet_key = _outlet_key(conn, rowid, copy_of, record)
    original = _original_events(conn, copy_of) if copy_of is not None else {}
    # An event told as the harm of another ("shelled the town, killing six") joins that one's ledger event, so
    # one incident is counted once: the events it is part of are linked first.
    for event in sorted(record["events"], key=lambda e: e.get("part_of") is not None):
        features = mention_features(record, event, entity_links)
        trigger = record["text"][event["trigger"][0] : event["trigger"][1]]
        ledger_event, evidence = None, []
        main = event.get("part_of")
        if main is not None and main in linked:
            ledger_event, evidence = linked[main], ["the harm of another event of the same sentence"]
        # A syndicated copy reports what its original reports: no need to search the ledger,
        # unless the copy was edited to say something else (another day, another actor).
        same = original.get((event["type"], trigger.casefold())) if ledger_event is None else None
        if same is not None and not conflict(features, same[1]):
            ledger_event, evidence = same[0], ["syndicated copy of a report of it"]
        if ledger_event is None:
            ledger_event, evidence = _best_candidate(conn, features)
        if ledger_event is None:
            ledger_event = _new_ledger_event(conn, record, event, features)
            summary.new_events += 1
        else:
            summary.linked_events += 1
        claim = claim_of(record, event, entity_links)
        conn.execute(
            "INSERT INTO event_links (article_rowid, local_id, ledger_event_id, polarity, source_key, "
            "via_key, speaker_key, reporter_key, speaker, outlet, chain, evidence, features) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, event["id"], ledger_event, features.polarity, claim.via_key or outlet_key, claim.via_key,
             claim.speaker_key, outlet_key, claim.speaker, record.get("outlet"),
             json.dumps(claim.chain, ensure_ascii=False), json.dumps(evidence), _features_to_json(features)),
        )
        linked[event["id"]] = ledger_event
    return linked


def _original_events(conn: sqlite3.Connection, original: int) -> dict[tuple[str, str], tuple[int, EventMention]]:
    """(type, trigger text) -> (ledger event, report features), for the events of the article ``original``."""
    row = conn.execute("SELECT record FROM articles WHERE rowid = ?", (original,)).fetchone()
    if row is None:
        return {}
    record = json.loads(row[0])
    links = {local: (ledger_event, _features_from_json(raw)) for local, ledger_event, raw in conn.execute(
        "SELECT local_id, ledger_event_id, features FROM event_links WHERE article_rowid = ?", (original,))}
    out: dict[tuple[str, str], tuple[int, EventMention]] = {}
    for event in record["events"]:
        if event["id"] in links:
            trigger = record["text"][event["trigger"][0] : event["trigger"][1]].casefold()
            out.setdefault((event["type"], trigger), links[event["id"]])
    return out


def _best_candidate(conn: sqlite3.Connection, features: EventMention) -> tuple[int | None, list[str]]:
    best: tuple[int, int, list[str]] | None = None
    # Copies are left out: they say what their original says, and a story syndicated a thousand
    # times would otherwise make every match compare against a thousand identical reports.
    sql = ("SELECT l.ledger_event_id, l.features FROM event_links l JOIN ledger_events e "
           "ON e.id = l.ledger_event_id LEFT JOIN article_stories s ON s.article_rowid = l.article_rowid "
           "WHERE e.type = ? AND s.copy_of IS NULL")
    params: list[Any] = [features.key]
    if features.first is not None:
        # Only ledger events whose days can overlap this mention's (undated ones always can).
        sql += " AND (e.first_day IS NULL OR e.first_day <= ?) AND (e.last_day IS NULL OR e.last_day >= ?)"
        last = features.last or features.first
        params += [(last + timedelta(days=1)).isoformat() if last != OPEN_END else last.isoformat(),
                   (features.first - UNDATED_WINDOW - timedelta(days=1)).isoformat()]
    by_event: dict[int, list[EventMention]] = {}
    for ledger_event, raw in conn.execute(sql, params).fetchall():
        by_event.setdefault(ledger_event, []).append(_features_from_json(raw))
    for ledger_event, mentions in by_event.items():
        # Joining needs evidence with one report and no conflict with any: single links would
        # chain different events of one actor into one.
        if any(conflict(features, m) for m in mentions):
            continue
        evidence = max((match(features, m) for m in mentions), key=len)
        if evidence and (best is None or len(evidence) > best[1]):
            best = (ledger_event, len(evidence), evidence)
    return (best[0], best[2]) if best else (None, [])


def _new_ledger_event(
    conn: sqlite3.Connection, record: dict[str, Any], event: dict[str, Any], f: EventMention
) -> int:
    text = record["text"]
    names = {e["id"]: e["name"] for e in record.get("entities") or ()}
    actor, target = _shown(event.get("actor"), names), _shown(event.get("target"), names)
    trigger = text[event["trigger"][0] : event["trigger"][1]]
    summary = " ".join(x for x in (actor, trigger, target) if x)
    place = event.get("place") or {}
    last = f.last or f.first
    return int(conn.execute(
        "INSERT INTO ledger_events (type, first_day, last_day, country, geonameid, place, actor_entity, "
        "target_entity, actor_text, target_text, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (event["type"], f.first.isoformat() if f.first else None, last.isoformat() if last else None, f.country,
         place.get("geonameid"), place.get("text"), _entity_id(f.actor), _entity_id(f.target), actor, target,
         summary),
    ).fetchone()[0])


def _shown(ref: dict[str, Any] | None, names: dict[str, str]) -> str | None:
    """How a ledger event names a participant: its words, or the name of the entity a pronoun or a description
    stands for ("he" -> "Yevgeny Prigozhin", "the group" -> "Wagner Group"), which alone say nothing."""
    if not ref:
        return None
    name = names.get(ref.get("entity") or "")
    return name if name and only_refers(ref["text"]) else str(ref["text"])


def _entity_id(participant: str | None) -> int | None:
    return int(participant[1:]) if participant and participant.startswith("E") else None


def refresh_event(conn: sqlite3.Connection, ledger_event: int) -> None:
    """Recount a ledger event's mentions and independent sources, and set its status."""
    rows = conn.execute(
        "SELECT l.article_rowid, l.local_id, l.polarity, l.via_key, l.speaker_key, l.reporter_key, l.source_key, "
        "CASE WHEN s.copy_of IS NULL THEN l.features END FROM event_links l "
        "LEFT JOIN article_stories s ON s.article_rowid = l.article_rowid WHERE l.ledger_event_id = ?",
        (ledger_event,),
    ).fetchall()
    # A report with no outlet of its own counts with the outlet its article cites for the same
    # speaker on this event ("according to the Moscow Times, Prigozhin said ..." then "Prigozhin
    # said in a statement"), else as the reporting outlet (copies share their original's key).
    cited: dict[tuple[int, str], set[str]] = {}
    for article, _, _, via, speaker, *_ in rows:
        if via and speaker:
            cited.setdefault((article, speaker), set()).add(via)
    keys = []
    for article, local, polarity, via, speaker, reporter, stored, _ in rows:
        inherited = cited.get((article, speaker or ""), set())
        key = via or (next(iter(inherited)) if len(inherited) == 1 else reporter)
        keys.append((polarity, key))
        if key != stored:
            conn.execute("UPDATE event_links SET source_key = ? WHERE article_rowid = ? AND local_id = ?",
                         (key, article, local))
    positive = {key for polarity, key in keys if polarity > 0}
    negative = {key for polarity, key in keys if polarity < 0}
    # Copies (features left out above) have their original's days; reading them again is waste.
    mentions = [_features_from_json(row[-1]) for row in rows if row[-1] is not None]
    dated = [m for m in mentions if m.timed and m.first]
    if dated:
        firsts = [m.first for m in dated if m.first]
        # An open end ("ended in February", so not since) says nothing about when the event ran.
        lasts = [m.first if m.last == OPEN_END else (m.last or m.first) for m in dated if m.first]
    else:
        # Undated reports: the event's days are the days it was reported (the end of their windows).
        firsts = lasts = [m.last for m in mentions if m.last]
    if positive and negative and positive != negative:
        status = "contradicted"
    elif len(positive) >= 2:
        status = "corroborated"
    elif not positive and not negative:
        status = "unconfirmed"  # only mentioned as possible or planned
    elif not positive:
        status = "denied"  # only said not to have happened ("foiled an attack", "M23 denied attacking")
    else:
        status = "single"
    conn.execute(
        "UPDATE ledger_events SET mentions = ?, independent_sources = ?, status = ?, "
        "first_day = coalesce(?, first_day), last_day = coalesce(?, last_day) WHERE id = ?",
        (len(rows), len(positive | negative), status, min(firsts).isoformat() if firsts else None,
         max(lasts).isoformat() if lasts else None, ledger_event),
    )


# -- stories -----------------------------------------------------------------------------------


def _choose_story(
    conn: sqlite3.Connection, rowid: int, record: dict[str, Any], copy_of: int | None,
    events: dict[str, int], entity_links: dict[str, int],
) -> int | None:
    if copy_of is not None:
        row = conn.execute("SELECT story_id FROM article_stories WHERE article_rowid = ?", (copy_of,)).fetchone()
        if row:
            return int(row[0])
    votes: Counter[int] = Counter()
    for ledger_event in set(events.values()):
        for (story,) in conn.execute(
            "SELECT s.story_id FROM event_links l JOIN article_stories s ON s.article_rowid = l.article_rowid "
            "WHERE l.ledger_event_id = ? AND l.article_rowid != ?",
            (ledger_event, rowid),
        ):
            votes[story] += 2
    salient = {entity_links[e["id"]] for e in record["entities"] if e["type"] in SALIENT_TYPES}
    if record.get("published") and len(salient) >= 2:
        published = date.fromisoformat(record["published"])
        placeholders = ",".join("?" * len(salient))
        for story, shared in conn.execute(
            f"SELECT s.story_id, count(DISTINCT l.ledger_entity_id) FROM entity_links l "
            f"JOIN article_stories s ON s.article_rowid = l.article_rowid JOIN articles a ON a.rowid = l.article_rowid "
            f"WHERE l.ledger_entity_id IN ({placeholders}) AND a.published BETWEEN ? AND ? GROUP BY s.story_id",
            (*salient, (published - STORY_WINDOW).isoformat(), (published + STORY_WINDOW).isoformat()),
        ):
            if shared >= 2 and shared / len(salient) >= 0.5:
                votes[story] += 1
    return votes.most_common(1)[0][0] if votes else None


def pending(store: Any) -> list[str]:
    """Ids of stored articles the cross-document layer has not seen yet."""
    rows = store.query(
        "SELECT a.id FROM articles a LEFT JOIN article_stories s ON s.article_rowid = a.rowid "
        "WHERE s.article_rowid IS NULL ORDER BY a.rowid"
    )
    return [r["id"] for r in rows]
