"""The two stages every engine runs: read an input into rows, extract a batch of rows.

Both are plain functions of their arguments so the local engine and Ray run the very same code.
A row is ``{"input", "index", "total", "item"}``: the input file, the item's position in it, how
many items the input gave (so the driver knows when an input is complete) and the pickled
``Article`` or ``IngestFailure``.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import pickle
import resource
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsledger.config import Options
from newsledger.distributed.tables import arrow_tables
from newsledger.ingest.feeds import is_feed, read_feed
from newsledger.ingest.sources import GLOB_CHARS, is_supported, read_file
from newsledger.ingest.warc import is_warc, read_warc
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, IngestFailure

logger = logging.getLogger(__name__)

Item = Article | IngestFailure
WARM_UP = "Rebels attacked a convoy near Goma in Congo on Thursday, killing six people, the governor said."
Batch = Mapping[str, Sequence[Any]]


def is_uri(name: str) -> bool:
    """An object-storage or file URI (``s3://``, ``gs://``, ``file://``...) that pyarrow opens."""
    return "://" in name


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Every file the inputs name: files as given, folders walked, globs matched, sorted, once each."""
    found: list[str] = []
    for raw in inputs:
        if is_uri(raw):
            found += _expand_uri(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found += [str(p) for p in sorted(path.rglob("*")) if p.is_file() and is_supported(p)]
        elif not path.exists() and GLOB_CHARS & set(raw):
            # No match stays as given: reading it records a "missing" failure.
            found += expand_inputs(sorted(glob.glob(raw, recursive=True))) or [raw]
        else:
            found.append(str(path))
    return list(dict.fromkeys(found))


def _expand_uri(uri: str) -> list[str]:
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(uri)
    info = filesystem.get_file_info(path)
    if info.type != fs.FileType.Directory:
        return [uri]
    base = uri.rstrip("/")
    selector = fs.FileSelector(path, recursive=True)
    names = sorted(i.path for i in filesystem.get_file_info(selector) if i.type == fs.FileType.File)
    return [f"{base}/{Path(n).relative_to(path)}" for n in names if is_supported(Path(n))]


def read_items(name: str) -> list[Item]:
    """Articles and failures of one input; never raises for a bad input, it becomes a failure."""
    items = _read_uri(name) if is_uri(name) else list(read_file(Path(name)))
    return items or [IngestFailure(name, "empty", f"{name}: no articles in this input")]


def _read_uri(uri: str) -> list[Item]:
    from pyarrow import fs

    try:
        filesystem, path = fs.FileSystem.from_uri(uri)
        with filesystem.open_input_stream(path, compression=None) as stream:
            if is_warc(uri):
                return list(read_warc(stream, uri))
            data = stream.read()
    except (OSError, ValueError) as exc:
        return [IngestFailure(uri, "unreadable", f"{uri}: {exc}")]
    if is_feed(uri):
        return list(read_feed(data, uri))
    return [IngestFailure(uri, "unsupported", f"{uri}: only WARC archives and feeds are read from object storage")]


def read_rows(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Stage one: the rows of one input (``row["input"]``)."""
    name = str(row["input"])
    items = read_items(name)
    return [
        {"input": name, "index": i, "total": len(items), "item": pickle.dumps(item)} for i, item in enumerate(items)
    ]


def input_key(name: str) -> str:
    """The prefix of the Parquet files written for an input: a restarted run replaces them."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class BatchExtractor:
    """Stage two, one per worker: loads the pipeline once, then extracts batch after batch.

    With ``out`` set it writes the batch's rows of every table as Parquet part files named after
    the input and the batch's first index in it, so a batch retried after a crash overwrites its
    own files instead of adding a second copy. With ``keep_records`` the records travel back to
    the driver (for the ledger).
    """

    def __init__(self, options: Options, out: str | None = None, keep_records: bool = False) -> None:
        self.pipeline = Pipeline(options)
        # Extractors load their resources (the model, the gazetteer) on first use: use them all now,
        # once per worker, so no batch pays for it and memory figures include it.
        self.pipeline.extract(WARM_UP, published="2023-03-11")
        self.out = out
        self.keep_records = keep_records

    def __call__(self, batch: Batch) -> dict[str, list[Any]]:
        inputs = [str(v) for v in batch["input"]]
        indexes = [int(v) for v in batch["index"]]
        start, cpu_start = time.perf_counter(), time.process_time()
        items: list[Item] = [pickle.loads(bytes(v)) for v in batch["item"]]
        results = self.extract(items)
        if self.out is not None:
            write_parts(self.out, inputs, indexes, results)
        share = 1 / max(len(results), 1)
        busy, cpu = (time.perf_counter() - start) * share, (time.process_time() - cpu_start) * share
        rss, pid = peak_rss_mb(), os.getpid()
        return {
            "input": inputs,
            "index": indexes,
            "total": [int(v) for v in batch["total"]],
            "status": ["extracted" if isinstance(r, ArticleRecord) else "failed" for r in results],
            "reason": [r.reason if isinstance(r, IngestFailure) else "" for r in results],
            "record": [pickle.dumps(r) if self.keep_records else b"" for r in results],
            "pid": [pid] * len(results),
            "rss_mb": [rss] * len(results),
            "busy_s": [busy] * len(results),
            "cpu_s": [cpu] * len(results),
        }

    def extract(self, items: list[Item]) -> list[ArticleRecord | IngestFailure]:
        articles = [item for item in items if isinstance(item, Article)]
        try:
            extracted = iter(list(self.pipeline.extract_many(articles)))
        except Exception:
            # The parser itself failed on something in the batch: find the culprit one by one.
            logger.exception("batch extraction failed; extracting its articles one at a time")
            extracted = iter([self._one(article) for article in articles])
        return [next(extracted) if isinstance(item, Article) else item for item in items]

    def _one(self, article: Article) -> ArticleRecord | IngestFailure:
        try:
            return self.pipeline.extract_article(article)
        except Exception as exc:
            return IngestFailure(article.source or article.id, "extract", f"extraction failed: {exc!r}")


def write_parts(
    out: str, inputs: Sequence[str], indexes: Sequence[int], results: Sequence[ArticleRecord | IngestFailure]
) -> None:
    """Write the rows of ``results`` into each table under ``out``, partitioned by publication date."""
    import pyarrow.dataset as pads

    by_input: dict[str, list[int]] = {}
    for position, name in enumerate(inputs):
        by_input.setdefault(name, []).append(position)
    for name, positions in by_input.items():
        first = min(indexes[p] for p in positions)
        basename = f"{input_key(name)}-{first:07d}-{{i}}.parquet"
        for table, data in arrow_tables([(name, results[p]) for p in positions]).items():
            pads.write_dataset(
                data, f"{out}/{table}", format="parquet", partitioning=["date"], partitioning_flavor="hive",
                basename_template=basename, existing_data_behavior="overwrite_or_ignore",
            )


def remove_parts(out: str, name: str) -> int:
    """Delete the part files an unfinished earlier run wrote for input ``name``; returns how many."""
    removed = 0
    for path in Path(out).glob(f"*/date=*/{input_key(name)}-*.parquet"):
        path.unlink()
        removed += 1
    return removed


def iter_rows(batch: Batch) -> Iterator[dict[str, Any]]:
    """The rows of a column batch (the shape both engines hand back)."""
    columns = list(batch)
    for values in zip(*(batch[c] for c in columns), strict=True):
        yield dict(zip(columns, values, strict=True))
