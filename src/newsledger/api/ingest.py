"""Ingest through the web: text, HTML or a JSONL batch, run through the pipeline and the single writer.

spaCy parses one request at a time (the lock), and ``newsledger.jobs.ingest_items`` stores each
article through the store's single writer; reads go on in parallel on their own connections.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator

from newsledger.api.models import ArticleIn, IngestFailureOut, IngestResult
from newsledger.errors import InputError
from newsledger.ingest.sources import parse_jsonl_line
from newsledger.jobs import ingest_items
from newsledger.pipeline import Pipeline
from newsledger.records import Article, IngestFailure
from newsledger.store.base import Store

logger = logging.getLogger(__name__)

_SLUG = re.compile(r"[^a-z0-9]+")


def make_id(title: str | None, text: str) -> str:
    """A readable id from the title (or the text's start) plus a short content hash."""
    words = _SLUG.sub("-", (title or text[:60]).lower()).strip("-")[:60].strip("-") or "article"
    return f"{words}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


class Ingester:
    """Holds the pipeline (loaded on first use) and runs one ingest at a time."""

    def __init__(self, store: Store, pipeline: Pipeline | Callable[[], Pipeline] | None = None) -> None:
        self.store = store
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def pipeline(self) -> Pipeline:
        if isinstance(self._pipeline, Pipeline):
            return self._pipeline
        self._pipeline = self._pipeline() if callable(self._pipeline) else Pipeline()
        return self._pipeline

    def article(self, item: ArticleIn, source: str = "api") -> Article:
        """Validate one article the same way a JSONL line is validated (raises InputError)."""
        body = item.text if item.text is not None else item.html or ""
        obj = {k: v for k, v in item.model_dump().items() if v is not None}
        obj["id"] = item.id or make_id(item.title, body)
        return parse_jsonl_line(json.dumps(obj), source, 1)

    def ingest_one(self, item: ArticleIn) -> IngestResult:
        article = self.article(item)
        return self._run([article])

    def ingest_jsonl(self, body: str, source: str = "api-batch") -> IngestResult:
        def items() -> Iterator[Article | IngestFailure]:
            lines = body.split("\n")
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    yield parse_jsonl_line(line, source, number)
                except InputError as exc:
                    yield IngestFailure(source, exc.reason, str(exc), number)

        return self._run(items())

    def _run(self, items: list[Article] | Iterator[Article | IngestFailure]) -> IngestResult:
        duplicates: list[str] = []

        def noting_duplicates() -> Iterator[Article | IngestFailure]:
            for item in items:
                if isinstance(item, Article):
                    existing = self.store.find_duplicate(item.text, item.url)
                    if existing:
                        duplicates.append(existing)
                yield item

        with self._lock:
            summary = ingest_items(noting_duplicates(), self.store, self.pipeline())
        logger.info("web ingest: %s", summary.format())
        return IngestResult(
            read=summary.read, stored=summary.stored, duplicates=summary.duplicates, failed=summary.failed_total,
            stored_ids=summary.stored_ids, duplicate_of=duplicates,
            failures=[IngestFailureOut(source=f.source, line=f.line, reason=f.reason, message=f.message)
                      for f in summary.failures],
        )
