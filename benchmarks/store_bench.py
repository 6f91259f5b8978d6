"""Store benchmark: ingest throughput and query latency of the SQLite and PostgreSQL ledgers.

Articles are extracted once (spaCy) and cached as JSONL, so what is timed is the store alone:
``store.add`` of ready records by 1, 2 and 4 writer processes at once (each its own store and
connection(s), as separate ingest workers would be), then the latency of common reads.

    .venv/bin/python benchmarks/store_bench.py [--articles 300] [--pg-url postgresql://...]

Without --pg-url it starts a throwaway PostgreSQL cluster (tests/store/pgcluster.py) with the
server's default durability (fsync on, synchronous_commit on). Figures: docs/performance-store.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.store.pgcluster

QUERIES: dict[str, Callable[[Any], Any]] = {
    "search one word": lambda s: s.search("president"),
    "search phrase": lambda s: s.search('"White House"'),
    "search OR, prefix": lambda s: s.search("Clinton OR Trump*"),
    "get by id": lambda s: s.get(s.query("SELECT id FROM articles ORDER BY rowid LIMIT 1")[0]["id"]),
    "counts": lambda s: s.counts(),
    "query(): entity join": lambda s: s.query(
        "SELECT a.id, e.name FROM entities e JOIN articles a ON a.rowid = e.article_rowid "
        "WHERE e.type = ? ORDER BY e.name LIMIT 50", ("PERSON",)),
}


def load_records(folder: Path, limit: int, cache: Path) -> list[dict[str, Any]]:
    if cache.exists():
        records = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        if len(records) >= limit:
            return records[:limit]
    from newsledger.bench import load_articles
    from newsledger.pipeline import Pipeline

    articles = load_articles(folder, limit)
    start = time.perf_counter()
    records = [r.to_json() for r in Pipeline().extract_many(articles) if hasattr(r, "to_json")]
    print(f"extracted {len(records)} articles once in {time.perf_counter() - start:.0f} s -> {cache}", flush=True)
    cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def _writer(location: str, records: list[dict[str, Any]], barrier: Any, out: Any) -> None:
    from newsledger.records import record_from_json
    from newsledger.store import open_store

    ready = [record_from_json(r) for r in records]
    with open_store(location) as store:
        barrier.wait()
        statuses = [store.add(r).status for r in ready]
    out.put(statuses.count("stored"))


def ingest(location: str, records: list[dict[str, Any]], writers: int) -> float:
    """Seconds for ``writers`` processes to store disjoint shares of ``records`` into ``location``."""
    from newsledger.store import open_store

    open_store(location).close()  # migrated before the clock starts
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(writers + 1), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(location, records[i::writers], barrier, out)) for i in range(writers)]
    for p in procs:
        p.start()
    barrier.wait()
    start = time.perf_counter()
    stored = sum(out.get(timeout=600) for _ in procs)
    elapsed = time.perf_counter() - start
    for p in procs:
        p.join()
    if stored != len(records):
        raise SystemExit(f"expected {len(records)} articles stored, got {stored}")
    return elapsed


def latency(location: str, repeats: int) -> dict[str, tuple[float, float]]:
    """Median and 95th percentile milliseconds of each read in QUERIES."""
    from newsledger.store import open_store

    result = {}
    with open_store(location) as store:
        for name, fn in QUERIES.items():
            fn(store)  # warm caches and connections
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                fn(store)
                times.append(1000 * (time.perf_counter() - start))
            times.sort()
            result[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, help="articles (default: PolNeAR train texts under shared data)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--records", type=Path, help="JSONL cache of extracted records")
    parser.add_argument("--writers", default="1,2,4")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--pg-url", help="an existing server's maintenance database URL (a database is created)")
    args = parser.parse_args()

    from tests.store.pgcluster import TempCluster, create_database

    from newsledger.evaluate.common import shared_data_dir

    folder = args.folder or shared_data_dir() / "attribution" / "polnear" / "train" / "text"
    cache = args.records or Path(tempfile.gettempdir()) / f"newsledger-store-bench-{args.articles}.jsonl"
    records = load_records(folder, args.articles, cache)
    writers = [int(w) for w in args.writers.split(",")]
    cluster = None if args.pg_url else TempCluster().start(durable=True)
    server = args.pg_url or (cluster.url if cluster else "")
    rows: list[str] = []
    reads: dict[str, dict[str, tuple[float, float]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for backend in ("sqlite", "postgresql"):
                for w in writers:
                    location = str(Path(tmp) / f"w{w}.db") if backend == "sqlite" else create_database(server)
                    seconds = ingest(location, records, w)
                    rows.append(f"| {backend} | {w} | {len(records)} | {seconds:.2f} | {len(records) / seconds:.1f} |")
                    print(rows[-1], flush=True)
                    if w == writers[-1]:
                        reads[backend] = latency(location, args.repeats)
    finally:
        if cluster:
            cluster.stop()
    print("\n| backend | writers | articles | seconds | articles/s |\n|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n| read | SQLite median ms | SQLite p95 ms | PostgreSQL median ms | PostgreSQL p95 ms |")
    print("|---|---|---|---|---|")
    for name in QUERIES:
        lite, pg = reads["sqlite"][name], reads["postgresql"][name]
        print(f"| {name} | {lite[0]:.2f} | {lite[1]:.2f} | {pg[0]:.2f} | {pg[1]:.2f} |")


if __name__ == "__main__":
    main()
