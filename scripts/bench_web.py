"""Benchmark the web app's first-page latency on a large ledger (not a test: figures for the docs).

Builds a ledger of N articles (default 10,000) from synthetic copies of the sample article, extracted
once with spaCy and then stored N times with different ids, outlets, dates and a unique last line
(inserted directly through the store's single writer, not by running spaCy N times), optionally runs
the cross-document update over some of them, then serves the app with uvicorn on 127.0.0.1 and times the
first page of each main view over HTTP.

    .venv/bin/python scripts/bench_web.py --db /tmp/bench/ledger.db [--articles 10000] [--crossdoc N]
        [--per-article-events]
"""

from __future__ import annotations

import argparse
import dataclasses
import socket
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn

from newsledger import Pipeline
from newsledger.api import create_app
from newsledger.records import ArticleRecord
from newsledger.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "wagner-prison-recruitment-2023-03-11.txt"
OUTLETS = ("Reuters", "AP", "AFP", "Kyiv Independent", "Meduza", "Moscow Times", "EuropePress", "BBC", "DW", "RFE/RL")


def build(db: Path, n: int, crossdoc: int) -> None:
    started = time.perf_counter()
    base = Pipeline().extract(SAMPLE.read_text(encoding="utf-8"), id=SAMPLE.stem)
    with open_store(db) as store:
        have = store.counts()["articles"]
        for i in range(have, n):
            a = base.article
            # A line appended at the end keeps every offset of the record valid and the text unique.
            article = dataclasses.replace(
                a, id=f"bench-{i:05d}", text=f"{a.text}\n\nBenchmark copy {i}.", outlet=OUTLETS[i % len(OUTLETS)],
                published=date(2023, 1, 1) + timedelta(days=i % 365), title=f"Copy {i} of the Wagner report",
                url=None)
            store.add(ArticleRecord(article, base.entities, base.times, base.places, base.quotes, base.events))
        built = time.perf_counter()
        print(f"stored {n - have} articles in {built - started:.1f} s", file=sys.stderr)
        if crossdoc:
            from newsledger import crossdoc as layer

            ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY rowid LIMIT ?", [crossdoc])]
            summary = layer.update(store, ids)
            print(f"cross-document update of {summary.articles} more articles in "
                  f"{time.perf_counter() - built:.1f} s", file=sys.stderr)


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="ledger to build (reused if it exists)")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--crossdoc", type=int, default=0, metavar="N",
                        help="run the cross-document update over the first N articles (default none)")
    parser.add_argument("--per-article-events", action="store_true",
                        help="serve events from the per-article table, as without the cross-document layer")
    args = parser.parse_args()
    if args.per_article_events:
        from newsledger.api import ledger

        ledger.crossdoc_available = lambda: False  # type: ignore[assignment]
    build(args.db, args.articles, args.crossdoc)
    server, url = serve(args.db)
    paths = ["/", "/articles", f"/articles/bench-{args.articles // 2:05d}", "/events", "/events?type=MOBILIZE",
             "/map", "/timeline", "/claims", "/speakers", "/search?q=Wagner", "/api/articles", "/api/events",
             "/api/events?type=ASSAULT", "/api/quotes?contains=recruitment", "/api/search?q=%2242%20Russian%22",
             "/api/exports/events.geojson?type=ASSAULT"]
    print("| page | median ms | p95 ms | bytes |")
    print("| --- | ---: | ---: | ---: |")
    with httpx.Client(base_url=url, timeout=120) as client:
        for path in paths:
            first = client.get(path)
            first.raise_for_status()
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                client.get(path).raise_for_status()
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"| `{path}` | {statistics.median(times):.0f} | {p95:.0f} | {len(first.content):,} |")
    server.should_exit = True


if __name__ == "__main__":
    main()
