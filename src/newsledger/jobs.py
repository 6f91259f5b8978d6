"""Batch jobs the CLI and the API call: ingest inputs into the ledger.

One broken input never stops a batch: it is recorded in the ledger's failures table and skipped.
Each article is stored in its own transaction, so a run killed mid-batch keeps everything
committed before it, and a re-run skips what is already stored (by content hash and URL).
The cross-document layer (copies, stories, ledger events, claims) is updated as each article
lands; ``crossdoc.update`` is idempotent, so a run killed between the two steps is finished by
``newsledger crossdoc``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsledger import crossdoc
from newsledger.ingest import read_inputs
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, IngestFailure
from newsledger.store.base import Store, content_hash, normalise_url

logger = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    stored_ids: list[str] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    def format(self) -> str:
        line = f"{self.read} read, {self.stored} stored, {self.duplicates} duplicates skipped, "
        line += f"{self.failed_total} failed"
        if self.failed:
            line += " (" + ", ".join(f"{reason}: {n}" for reason, n in sorted(self.failed.items())) + ")"
        return line


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    pipeline: Pipeline,
    *,
    published: date | None = None,
    on_article: Callable[[], None] | None = None,
) -> IngestSummary:
    """Read, extract and store every input; returns what happened. ``on_article`` ticks a progress bar."""
    return ingest_items(read_inputs(paths, published), store, pipeline, on_article=on_article)


def ingest_items(
    items: Iterable[Article | IngestFailure],
    store: Store,
    pipeline: Pipeline,
    *,
    on_article: Callable[[], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()

    def fail(failure: IngestFailure) -> None:
        logger.info("skipped %s", failure.message)
        summary.failed[failure.reason] += 1
        summary.failures.append(failure)
        store.record_failure(failure)

    def new_articles() -> Iterator[Article]:
        seen: set[str] = set()
        for item in items:
            summary.read += 1
            if isinstance(item, IngestFailure):
                fail(item)
                if on_article:
                    on_article()
                continue
            keys = {content_hash(item.text), normalise_url(item.url) or ""} - {""}
            if keys & seen or store.find_duplicate(item.text, item.url):
                summary.duplicates += 1
                if on_article:
                    on_article()
                continue
            seen |= keys
            yield item

    for result in pipeline.extract_many(new_articles()):
        if isinstance(result, ArticleRecord):
            stored = store.add(result)
            if stored.status == "stored":
                summary.stored += 1
                summary.stored_ids.append(stored.id)
                if pipeline.options.crossdoc:
                    crossdoc.update(store, [stored.id])
            else:
                summary.duplicates += 1
        else:
            fail(result)
        if on_article:
            on_article()
    if pipeline.options.crossdoc:
        # Articles a killed run stored but did not get to link.
        crossdoc.update(store, crossdoc.pending(store))
    return summary
