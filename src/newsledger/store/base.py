"""The storage interface every backend implements (SQLite now; PostgreSQL can follow)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsledger.records import ArticleRecord, IngestFailure

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)")


def content_hash(text: str) -> str:
    """Hash of the text with case and white space folded: the same article re-encoded is a duplicate."""
    folded = " ".join(text.casefold().replace("’", "'").replace("“", '"').replace("”", '"').split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def normalise_url(url: str | None) -> str | None:
    """The URL without scheme differences, ``www.``, fragments, tracking parameters or a trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, ""))[2:] if host else url.strip()


@dataclass(frozen=True)
class StoreResult:
    """What happened to one article: stored under ``id``, or a duplicate of ``id``."""

    status: str  # stored | duplicate
    id: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # article | quote
    article_id: str
    title: str | None
    published: str | None
    outlet: str | None
    snippet: str
    speaker: str | None = None


@dataclass(frozen=True)
class FailureRow:
    source: str
    line: int | None
    reason: str
    message: str
    at: str


class Store(Protocol):
    """A ledger: articles with every extracted record, deduplicated, searchable."""

    location: str

    def find_duplicate(self, text: str, url: str | None) -> str | None: ...

    def add(self, record: ArticleRecord) -> StoreResult: ...

    def record_failure(self, failure: IngestFailure) -> None: ...

    def failures(self) -> list[FailureRow]: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def get(self, article_id: str) -> dict[str, Any]: ...

    def iter_records(self) -> Iterator[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...


QUOTE_COLUMNS = (
    "article_rowid, local_id, kind, content_start, content_end, content, cue_start, cue_end, speaker_text, "
    "speaker_entity, speaker_name, via"
)
# table -> (column list, or "" for all columns in order; number of values a row has)
CHILD_TABLES: dict[str, tuple[str, int]] = {
    "entities": ("", 4), "mentions": ("", 4), "times": ("", 9), "places": ("", 10),
    "quotes": (QUOTE_COLUMNS, 12), "events": ("", 19), "event_parties": ("", 7),
}


def child_rows(rowid: int, data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every per-record table for one stored article (``data`` is its JSON record).

    One definition for every backend, so SQLite and PostgreSQL ledgers hold the same rows.
    """
    text = data["text"]
    names = {e["id"]: e["name"] for e in data["entities"]}
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in CHILD_TABLES}
    for e in data["entities"]:
        rows["entities"].append((rowid, e["id"], e["name"], e["type"]))
        rows["mentions"] += [(rowid, e["id"], s, end) for s, end in e["mentions"]]
    for t in data["times"]:
        first, last = t["interval"] or (None, None)
        rows["times"].append((rowid, t["start"], t["end"], t["text"], t["type"], t["value"], t["mod"], first, last))
    for p in data["places"]:
        rows["places"].append((rowid, p["start"], p["end"], p["text"], p["name"], p["geonameid"], p["country"],
                               p["lat"], p["lon"], p["feature"]))
    for q in data["quotes"]:
        speaker, cue = q["speaker"] or {}, q["cue"] or (None, None)
        start, end = q["content"]
        rows["quotes"].append((rowid, q["id"], q["kind"], start, end, text[start:end], cue[0], cue[1],
                               speaker.get("text"), speaker.get("entity"),
                               names.get(speaker.get("entity") or "", speaker.get("text")),
                               json.dumps(q["via"], ensure_ascii=False)))
    for v in data["events"]:
        actor, target = v["actor"] or {}, v["target"] or {}
        place, when, acled = v["place"] or {}, v["time"] or {}, v["acled"] or {}
        rows["events"].append((rowid, v["id"], v["type"], v["mode"], acled.get("event_type"),
                               acled.get("sub_event_type"), v["trigger"][0], v["trigger"][1], actor.get("text"),
                               actor.get("entity"), target.get("text"), target.get("entity"), when.get("value"),
                               place.get("text"), place.get("geonameid"), int(v["negated"]), v["modality"],
                               v["source"], json.dumps(v, ensure_ascii=False)))
        for role in ("actor", "target"):
            rows["event_parties"] += [(rowid, v["id"], role, party["start"], party["end"], party["text"],
                                       party.get("entity")) for party in v.get(f"co_{role}s", ())]
    return rows


def child_insert_sql(table: str, placeholder: str) -> str:
    """``INSERT INTO table [(columns)] VALUES (...)`` with the backend's placeholder."""
    columns, width = CHILD_TABLES[table]
    names = f" ({columns})" if columns else ""
    return f"INSERT INTO {table}{names} VALUES ({', '.join([placeholder] * width)})"


@dataclass
class Where:
    """The filters of a read query: each condition added together with the parameters of its ``?``s,
    so the two can never drift apart."""

    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        """`` WHERE a AND b``, or nothing when there is no condition."""
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""
