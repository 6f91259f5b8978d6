"""The storage interface every backend implements (SQLite now; PostgreSQL can follow)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
