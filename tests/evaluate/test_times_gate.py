"""Quality gate for time expressions: floors a little below the figures measured (docs/quality/times.md).

Runs the first 25 documents of each corpus's test split (TBAQ and MEANTIME) to stay within
the time budget; the full figures are in the doc.
"""

from __future__ import annotations

from pathlib import Path

from newsledger import Pipeline
from newsledger.evaluate.times import evaluate

# Measured 2026-11-27 with `--split test --limit 25` (see docs/quality/times.md): TBAQ strict 0.825,
# relaxed 0.917, type 0.885, value 0.738; MEANTIME 0.910, 0.936, 0.897, 0.859.
FLOORS = {
    "tbaq.strict_f1": 0.80,
    "tbaq.relaxed_f1": 0.90,
    "tbaq.type_f1": 0.87,
    "tbaq.value_f1": 0.72,
    "meantime.strict_f1": 0.88,
    "meantime.relaxed_f1": 0.92,
    "meantime.type_f1": 0.88,
    "meantime.value_f1": 0.84,
}


def test_times_quality_floors(shared_data: Path, pipeline: Pipeline) -> None:
    report = evaluate(shared_data / "temporal", split="test", limit=25, pipeline=pipeline)
    low = {m: round(report.metrics[m], 3) for m, floor in FLOORS.items() if report.metrics[m] < floor}
    assert not low, f"below the floors {FLOORS}: {low}\n{report.format()}"
