"""Running the stages: in this process (``local``) or on a Ray cluster (``ray``), with one driver loop.

Both engines read inputs with ``read_rows`` and extract with ``BatchExtractor``; they differ only
in who calls them. With Ray, a Ray Data pipeline reads the inputs in parallel tasks and runs the
extractor in an actor pool (the spaCy model loads once per actor); Ray restarts an actor that dies
and retries its batch. The driver loop below consumes the small status rows either engine yields:
it counts, writes the ledger, and appends each finished input to the manifest.
"""

from __future__ import annotations

import logging
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.config import Options
from newsledger.distributed.manifest import MANIFEST_NAME, Manifest
from newsledger.distributed.stages import BatchExtractor, expand_inputs, iter_rows, read_rows, remove_parts
from newsledger.errors import ConfigError, NewsledgerError
from newsledger.records import ArticleRecord, IngestFailure
from newsledger.store import open_store
from newsledger.store.base import Store

logger = logging.getLogger(__name__)

ENGINES = ("local", "ray")
INSTALL_HINT = 'pip install "newsledger[distributed]"'
BLOCK_BYTES = 1 << 20


@dataclass
class RunReport:
    """What a run did: inputs, articles in and extracted, failures by reason, throughput."""

    engine: str
    workers: int
    inputs: int = 0
    inputs_skipped: int = 0
    items: int = 0
    extracted: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    stored: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    worker_rss_mb: dict[int, float] = field(default_factory=dict)
    worker_busy_s: dict[int, float] = field(default_factory=dict)
    worker_cpu_s: dict[int, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return self.extracted / self.seconds if self.seconds else 0.0

    @property
    def per_worker_rate(self) -> float:
        """Articles a worker extracts per second of its own time: start-up and waiting left out."""
        busy = sum(self.worker_busy_s.values())
        return self.items / busy if busy else 0.0

    @property
    def per_core_rate(self) -> float:
        """Articles per CPU second of the workers: what a core does, whatever else shares the machine."""
        cpu = sum(self.worker_cpu_s.values())
        return self.items / cpu if cpu else 0.0

    def format(self) -> str:
        failed = sum(self.failed.values())
        reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.failed.items()))
        lines = [
            f"engine {self.engine} with {self.workers} worker(s): {self.inputs} input(s) run, "
            f"{self.inputs_skipped} skipped as already done",
            f"articles in: {self.items}, extracted: {self.extracted}, failed: {failed}"
            + (f" ({reasons})" if reasons else ""),
            f"time: {self.seconds:.1f} s, throughput: {self.articles_per_second:.2f} articles/s "
            f"({self.per_worker_rate:.2f} per worker once started, {self.per_core_rate:.2f} per CPU second)",
        ]
        if self.stored or self.duplicates:
            lines.append(f"ledger: {self.stored} stored, {self.duplicates} duplicates skipped")
        if self.worker_rss_mb:
            peak = ", ".join(f"{mb:.0f}" for mb in sorted(self.worker_rss_mb.values()))
            lines.append(f"peak memory per worker (MB): {peak}")
        return "\n".join(lines)


@dataclass
class _Progress:
    total: int
    done: int = 0
    extracted: int = 0
    failed: int = 0


def run(
    inputs: Sequence[str],
    *,
    out: str | Path | None = None,
    db: str | Path | None = None,
    engine: str = "local",
    workers: int = 1,
    options: Options | None = None,
    rows_per_batch: int = 64,
    extractor: type[BatchExtractor] = BatchExtractor,
    on_input: Callable[[str], None] | None = None,
) -> RunReport:
    """Extract every article of ``inputs`` into Parquet tables under ``out`` and/or the ledger ``db``."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if out is None and db is None:
        raise ConfigError("say where the records go: an output folder (--out) and/or a ledger (--db)")
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    options = options or Options.from_env()
    out_dir = str(out) if out is not None else None
    manifest = Manifest(Path(out_dir) / MANIFEST_NAME if out_dir else Path(f"{db}.manifest.jsonl"))
    files = expand_inputs(inputs)
    todo = [name for name in files if not manifest.is_done(name)]
    workers = workers if engine == "ray" else 1  # the local engine is one process
    report = RunReport(engine=engine, workers=workers, inputs=len(todo), inputs_skipped=len(files) - len(todo))
    if out_dir:
        for name in todo:
            if remove_parts(out_dir, name):
                logger.info("%s: removed the output of an unfinished earlier run", name)
    store = open_store(db) if db is not None else None
    start = time.perf_counter()
    try:
        args = (options, out_dir, store is not None)
        if engine == "local":
            rows = _local(todo, extractor, args, rows_per_batch)
        else:
            rows = _ray(todo, extractor, args, rows_per_batch, workers)
        _consume(rows, report, manifest, store, on_input)
        if store is not None and options.crossdoc:
            # Cross-document work runs after extraction, once, over everything the run stored.
            from newsledger import crossdoc

            crossdoc.update(store, crossdoc.pending(store))
    finally:
        if store is not None:
            store.close()
    report.seconds = time.perf_counter() - start
    return report


def _consume(
    rows: Iterator[dict[str, Any]],
    report: RunReport,
    manifest: Manifest,
    store: Store | None,
    on_input: Callable[[str], None] | None,
) -> None:
    progress: dict[str, _Progress] = {}
    for row in rows:
        name = str(row["input"])
        state = progress.setdefault(name, _Progress(int(row["total"])))
        state.done += 1
        report.items += 1
        pid = int(row["pid"])
        report.worker_rss_mb[pid] = max(float(row["rss_mb"]), report.worker_rss_mb.get(pid, 0.0))
        report.worker_busy_s[pid] = report.worker_busy_s.get(pid, 0.0) + float(row["busy_s"])
        report.worker_cpu_s[pid] = report.worker_cpu_s.get(pid, 0.0) + float(row["cpu_s"])
        if row["status"] == "extracted":
            report.extracted += 1
            state.extracted += 1
        else:
            report.failed[str(row["reason"])] += 1
            state.failed += 1
        if store is not None:
            _store(store, pickle.loads(bytes(row["record"])), report)
        if state.done == state.total:
            manifest.add(name, state.total, state.extracted, state.failed)
            logger.info("%s done: %d extracted, %d failed", name, state.extracted, state.failed)
            if on_input:
                on_input(name)


def _store(store: Store, result: ArticleRecord | IngestFailure, report: RunReport) -> None:
    if isinstance(result, IngestFailure):
        store.record_failure(result)
    elif store.add(result).status == "stored":
        report.stored += 1
    else:
        report.duplicates += 1


def _local(
    files: Sequence[str], extractor: type[BatchExtractor], args: tuple[Any, ...], rows_per_batch: int
) -> Iterator[dict[str, Any]]:
    if not files:
        return
    worker = extractor(*args)
    for name in files:
        rows = read_rows({"input": name})
        for start in range(0, len(rows), rows_per_batch):
            chunk = rows[start:start + rows_per_batch]
            batch = {column: [r[column] for r in chunk] for column in chunk[0]}
            yield from iter_rows(worker(batch))


def import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise NewsledgerError(f"the ray engine needs Ray: {INSTALL_HINT}") from exc
    return ray


def _ray(
    files: Sequence[str],
    extractor: type[BatchExtractor],
    args: tuple[Any, ...],
    rows_per_batch: int,
    workers: int,
) -> Iterator[dict[str, Any]]:
    if not files:
        return
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        # Joins the cluster named by RAY_ADDRESS if there is one, else starts one on this machine.
        ray.init(
            address=os.environ.get("RAY_ADDRESS"), include_dashboard=False, logging_level=logging.WARNING,
            log_to_driver=False, **({} if os.environ.get("RAY_ADDRESS") else {"_node_ip_address": "127.0.0.1"}),
        )
        started = True
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        # Blocks of about one batch of articles, so the articles of one big archive spread over
        # every worker instead of travelling as one block to one worker.
        context.target_max_block_size = BLOCK_BYTES
        ds = ray.data.from_items([{"input": name} for name in files], override_num_blocks=len(files))
        # Reading takes a fraction of a core next to extraction; asking for none keeps the read tasks
        # from waiting behind extraction actors that hold every CPU (a deadlock on a small cluster).
        ds = ds.flat_map(read_rows, num_cpus=0)
        ds = ds.map_batches(
            extractor,
            fn_constructor_args=args,
            batch_size=rows_per_batch,
            # One batch at a time per worker: by default the first worker to finish loading its model
            # is handed several batches at once, and the others can sit idle (seen in the benchmark).
            compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
            # Ray Data's defaults for actor pools (max_restarts=-1, max_task_retries=-1) restart a worker
            # that dies (killed, out of memory) and run its batch again; tests/distributed checks it.
            num_cpus=1,
        )
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            yield from iter_rows(batch)
    finally:
        if started:
            ray.shutdown()
