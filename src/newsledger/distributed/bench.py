"""The scaling benchmark: articles/s of the local engine and of Ray with 1 and 2 workers.

``python -m newsledger.distributed.bench [--articles N] [--files K] [--workers 1 2]`` builds K WARC
archives from N real news texts (PolNeAR, from the gold data) and runs every engine over them.
Ray starts once, before the timed runs, so its start-up is reported apart; each timed run still
includes its workers' model load, as a real run does. Figures are wall-clock on this machine.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsledger.distributed.engine import RunReport, import_ray, run
from newsledger.distributed.sample import page_from_text, write_warc
from newsledger.errors import EvaluationError
from newsledger.evaluate.common import shared_data_dir
from newsledger.ingest.language import english_share, is_english, latin_share

logger = logging.getLogger(__name__)


@dataclass
class Measured:
    label: str
    report: RunReport

    def line(self) -> str:
        r = self.report
        rss = max(r.worker_rss_mb.values(), default=0.0)
        busy = " / ".join(f"{s:.0f}" for s in sorted(r.worker_busy_s.values()))
        return (f"| {self.label} | {r.extracted} | {r.seconds:.1f} | {r.articles_per_second:.2f} | "
                f"{r.per_worker_rate:.2f} | {r.per_core_rate:.2f} | {busy} | {rss:.0f} |")


def build_archives(folder: Path, articles: int, files: int) -> list[str]:
    texts = sorted((shared_data_dir() / "attribution" / "polnear").rglob("text/*.txt"))[:articles]
    if len(texts) < articles:
        raise EvaluationError(f"the benchmark needs {articles} PolNeAR texts under {shared_data_dir()}")
    pages = [page_from_text(f"https://example.org/{p.stem}", p.read_text(encoding="utf-8"), p.stem.split("_")[1])
             for p in texts]
    return [str(write_warc(folder / f"bench-{k}.warc.gz", pages[k::files])) for k in range(files)]


def bench(articles: int, files: int, workers: list[int], local: bool = True, batch: int = 16) -> str:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = build_archives(folder, articles, files)
        local_run = run(inputs, out=folder / "local", engine="local", rows_per_batch=batch) if local else None
        results = [Measured("local", local_run)] if local_run else []
        ray = import_ray()
        start = time.perf_counter()
        ray.init(include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False,
                 logging_level=logging.WARNING)
        startup = time.perf_counter() - start
        try:
            for n in workers:
                report = run(inputs, out=folder / f"ray-{n}", engine="ray", workers=n, rows_per_batch=batch)
                results.append(Measured(f"ray, {n} worker{'s' if n > 1 else ''}", report))
        finally:
            ray.shutdown()
    lines = [
        f"{articles} articles in {files} WARC archives, batches of {batch}; Ray start-up {startup:.1f} s "
        "(not in the runs)",
        "",
        f"load average before the runs: {load:.1f} on {os.cpu_count()} cores",
        "",
        "| engine | extracted | wall s | articles/s | per worker once started | per CPU second | busy s per worker"
        " | peak MB per worker |",
        "|---|---|---|---|---|---|---|---|",
        *[m.line() for m in results],
    ]
    rays = {m.report.workers: m.report for m in results if m.report.engine == "ray"}
    if 1 in rays and len(rays) > 1:
        top = max(rays)
        efficiency = rays[top].articles_per_second / (top * rays[1].articles_per_second)
        lines += ["", f"scaling efficiency 1 -> {top} workers (wall clock): {efficiency:.2f}"]
    return "\n".join(lines)


def language_check() -> str:
    """How the English filter does on English gold news and on spaCy's example sentences of other languages."""
    import importlib
    import pkgutil

    import spacy.lang

    english = [p.read_text(encoding="utf-8") for p in sorted(shared_data_dir().rglob("polnear/*/text/*.txt"))]
    shares = sorted(english_share(t)[0] for t in english)
    others = {}
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if module.name in ("en", "xx"):
            continue
        try:
            others[module.name] = " ".join(importlib.import_module(f"spacy.lang.{module.name}.examples").sentences)
        except ImportError:
            continue
    passed = sorted(k for k, t in others.items() if is_english(t))
    teasers = [" ".join(t.split()[:40]) for t in english]
    highest = max(others, key=lambda k: english_share(others[k])[0])
    return "\n".join([
        f"English PolNeAR texts accepted: {sum(map(is_english, english))}/{len(english)} "
        f"(lowest share {shares[0]:.3f}, median {shares[len(shares) // 2]:.3f})",
        f"their first 40 words only, accepted: {sum(map(is_english, teasers))}/{len(teasers)}",
        f"other languages accepted as English: {len(passed)}/{len(others)} {passed}",
        f"highest share among them: {highest} {english_share(others[highest])[0]:.3f} "
        f"(Latin script share {latin_share(others[highest])[0]:.2f})",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch", type=int, default=16, help="articles per batch")
    parser.add_argument("--no-local", dest="local", action="store_false", help="run the ray engine only")
    parser.add_argument("--language", action="store_true", help="measure the English filter instead")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(language_check() if args.language else bench(args.articles, args.files, args.workers, args.local,
                                                                   args.batch))


if __name__ == "__main__":
    main()
