"""Quality gate for events: floors a little below the figures measured (docs/quality/events.md,
2026-11-26): PLOVER all macro F1 0.687, actor 0.888, target 0.704; PETR2 all precision 0.407; CASE
all weighted F1 0.801, accuracy 0.826; IndiaPoliceEvents test (first 60 documents) event precision
0.867, arrest precision 0.833.

PLOVER, PETRARCH2 and CASE run whole (they are small); IndiaPoliceEvents runs on its first
documents of the test split to stay within the time budget.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import Pipeline
from newsledger.evaluate.events import evaluate

EVENTS = "events"


@pytest.mark.parametrize(
    ("gold", "split", "limit", "floors"),
    [
        ("PLOVER_GSR_CAMEO.txt", "all", None,
         {"plover.macro_f1": 0.65, "plover.actor_accuracy": 0.85, "plover.target_accuracy": 0.67}),
        ("PETR2_GSR_validation.xml", "all", None, {"petr2.micro_precision": 0.37}),
        ("case2021-task2-sample.tsv", "all", None, {"case.weighted_f1": 0.77, "case.accuracy": 0.79}),
        ("india-police-events", "test", 60, {"india.event_precision": 0.80, "india.arrest_precision": 0.78}),
    ],
)
def test_events_quality_floor(shared_data: Path, pipeline: Pipeline, gold: str, split: str, limit: int | None,
                              floors: dict[str, float]) -> None:
    report = evaluate(shared_data / EVENTS / gold, split=split, limit=limit, pipeline=pipeline)
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"
