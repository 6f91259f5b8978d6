"""Quality gate for events: floors a little below the figures measured (docs/quality/events.md):
PLOVER all macro F1 0.685, actor 0.776, target 0.505; PETR2 all precision 0.392; CASE all weighted
F1 0.763, accuracy 0.744; IndiaPoliceEvents test (first 60 documents) event precision 0.812,
arrest precision 0.769.

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
         {"plover.macro_f1": 0.65, "plover.actor_accuracy": 0.74, "plover.target_accuracy": 0.47}),
        ("PETR2_GSR_validation.xml", "all", None, {"petr2.micro_precision": 0.35}),
        ("case2021-task2-sample.tsv", "all", None, {"case.weighted_f1": 0.72, "case.accuracy": 0.70}),
        ("india-police-events", "test", 60, {"india.event_precision": 0.75, "india.arrest_precision": 0.70}),
    ],
)
def test_events_quality_floor(shared_data: Path, pipeline: Pipeline, gold: str, split: str, limit: int | None,
                              floors: dict[str, float]) -> None:
    report = evaluate(shared_data / EVENTS / gold, split=split, limit=limit, pipeline=pipeline)
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"
