"""The benchmark: extract end to end vs bare spaCy parsing, per-extractor cost, ingest throughput.

Every figure is CPU time of this process (``time.process_time``): the pipeline runs on one core,
so CPU time is its cost whatever else the machine is doing, where wall time on a shared machine
measures the neighbours. Wall time is printed beside it. Compare ratios, not absolute numbers,
across machines. ``newsledger bench [FOLDER] [--limit N]``.
"""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from newsledger.config import Options
from newsledger.errors import EvaluationError
from newsledger.extract import EXTRACTORS, ExtractContext
from newsledger.extract.events.acled import similarities
from newsledger.ingest import read_inputs
from newsledger.jobs import ingest_items
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord
from newsledger.store.sqlite import SQLiteStore


@dataclass
class BenchResult:
    articles: int
    words: int
    parse_s: float
    extract_s: float
    ingest_s: float
    store_only_s: float
    extractor_s: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    wall_s: float = 0.0
    first_article_s: float = 0.0

    def format(self) -> str:
        n, w = self.articles, self.words
        lines = [
            f"articles: {n}, words: {w} (figures in CPU seconds of one core; whole run {self.wall_s:.0f} s wall)",
            f"bare spaCy nlp.pipe:     {n / self.parse_s:8.2f} articles/s  {w / self.parse_s:9.0f} words/s"
            f"  ({self.parse_s:.2f} s)",
            f"extract end to end:      {n / self.extract_s:8.2f} articles/s  {w / self.extract_s:9.0f} words/s"
            f"  ({self.extract_s:.2f} s)",
            f"ratio extract / parse:   {self.extract_s / self.parse_s:8.3f}",
            f"first article, loading:  {self.first_article_s:8.2f} s (gazetteer, encoder; once per process, not above)",
            f"ingest into SQLite:      {n / self.ingest_s:8.2f} articles/s (read, extract, store, cross-document; "
            f"{self.ingest_s:.2f} s)",
            f"store only (SQLite):     {n / self.store_only_s:8.1f} articles/s ({self.store_only_s:.2f} s)",
            "extractors over parsed docs (share of bare parse time):",
        ]
        for name, seconds in self.extractor_s.items():
            lines.append(f"  {name:<10} {seconds:7.3f} s  {100 * seconds / self.parse_s:6.1f}%")
        lines.append(f"peak memory (max RSS):   {self.peak_rss_mb:8.0f} MB")
        return "\n".join(lines)


def load_articles(folder: Path, limit: int | None) -> list[Article]:
    if not folder.exists():
        raise EvaluationError(f"benchmark input {folder} not found")
    articles = [a for a in read_inputs([folder]) if isinstance(a, Article)][:limit]
    if not articles:
        raise EvaluationError(f"no readable articles in {folder}")
    return articles


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def _forget_sentences() -> None:
    """Each timed pass sees the texts for the first time: the events extractor keeps the embeddings of
    the sentences it has seen, which would make every pass after the first look cheaper than it is."""
    similarities.cache_clear()


def run(folder: Path, limit: int | None = None, options: Options | None = None) -> BenchResult:
    wall = time.perf_counter()
    pipeline = Pipeline(options or Options())
    articles = load_articles(folder, limit)
    texts = [a.text for a in articles]
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:2]))  # warm up: first-call allocations are not throughput
    # The extractors load their data (gazetteer, sentence encoder) on first use, once per process:
    # a cost of its own, reported apart from throughput.
    first_s, _ = _timed(lambda: list(pipeline.extract_many(articles[:1])))
    batch = pipeline.options.batch_size
    parse_s, docs = _timed(lambda: list(nlp.pipe(texts, batch_size=batch)))
    _forget_sentences()
    extract_s, _ = _timed(lambda: list(pipeline.extract_many(articles)))
    _forget_sentences()

    extractor_s: dict[str, float] = dict.fromkeys(EXTRACTORS, 0.0)
    records = []
    for doc, article in zip(docs, articles, strict=True):
        context = ExtractContext(published=article.published, outlet=article.outlet)
        found: dict[str, Any] = {}
        for name, extractor in EXTRACTORS.items():
            seconds, out = _timed(partial(extractor, doc, context))
            extractor_s[name] += seconds
            found[name] = out
            context = context.with_records(name, out)
        records.append(ArticleRecord(article=article, **found))

    _forget_sentences()
    with tempfile.TemporaryDirectory() as tmp:
        with SQLiteStore(Path(tmp) / "bench.db") as store:
            ingest_s, _ = _timed(lambda: ingest_items(articles, store, pipeline))
        with SQLiteStore(Path(tmp) / "store.db") as store:
            store_s, _ = _timed(lambda: [store.add(r) for r in records])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(
        wall_s=time.perf_counter() - wall,
        articles=len(articles), words=sum(len(t.split()) for t in texts), parse_s=parse_s, extract_s=extract_s,
        ingest_s=ingest_s, store_only_s=store_s, extractor_s=extractor_s, peak_rss_mb=peak, first_article_s=first_s,
    )
