"""Quality gate for events: floors a little below the figures measured (docs/quality/events.md,
passes of 2026-11-26): PLOVER all macro F1 0.738, actor 0.904, target 0.771 (0.782 after the twelfth pass,
2026-11-27; after the seventeenth pass, 2026-11-28, macro F1 0.776, actor 0.904, target 0.777); PETR2 all
precision 0.435; CASE all weighted F1 0.829, accuracy 0.849; IndiaPoliceEvents test (first 60
documents) event precision 0.917, arrest precision 0.833, FORCE recall 0.643, KILL recall 0.667
(the last two are few sentences, so their floors leave room).

PLOVER, PETRARCH2 and CASE run whole (they are small); IndiaPoliceEvents runs on its first
documents of the test split to stay within the time budget.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import Pipeline
from newsledger.evaluate.common import Report
from newsledger.evaluate.events import evaluate
from newsledger.evaluate.events_own import (
    evaluate_everyday,
    evaluate_own,
    evaluate_own_acled,
    own_acled_files,
    own_everyday_files,
    own_files,
)

EVENTS = "events"


@pytest.mark.parametrize(
    ("gold", "split", "limit", "floors"),
    [
        ("PLOVER_GSR_CAMEO.txt", "all", None,
         {"plover.macro_f1": 0.74, "plover.actor_accuracy": 0.87, "plover.target_accuracy": 0.76}),
        # the goal on the unseen half, met since the twenty-sixth pass (0.715; one sentence moves it 0.02)
        ("PLOVER_GSR_CAMEO.txt", "test", None, {"plover.macro_f1": 0.70, "plover.actor_accuracy": 0.85}),
        ("PETR2_GSR_validation.xml", "all", None, {"petr2.micro_precision": 0.40}),
        ("case2021-task2-sample.tsv", "all", None, {"case.weighted_f1": 0.80, "case.accuracy": 0.82}),
        ("india-police-events", "test", 60, {"india.event_precision": 0.85, "india.arrest_precision": 0.78,
                                              "india.force_recall": 0.50, "india.kill_recall": 0.50}),
    ],
)
def test_events_quality_floor(shared_data: Path, pipeline: Pipeline, gold: str, split: str, limit: int | None,
                              floors: dict[str, float]) -> None:
    report = evaluate(shared_data / EVENTS / gold, split=split, limit=limit, pipeline=pipeline)
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"


def test_own_sentences_quality_floor(pipeline: Pipeline) -> None:
    """Our own sentences ship with the package, so this floor holds with or without ../shared/data
    (measured 2026-11-27 on all seven files, 2,200 sentences: macro F1 0.823, actor 0.907, target 0.700; after
    the seventh pass 0.832, 0.908, 0.710; modality and negation on the correctly typed, after the eleventh pass,
    dev 0.960 / 1.000 on 1,238 sentences, test 0.980 / 1.000 on 358; after the twelfth pass actor 0.917, target
    0.793; after the fifteenth pass, whose participant rules were built on wire copy, actor 0.930: dev 1143/1235,
    test 337/356; after the sixteenth pass, on the rarer types and the PLOVER manual's conventions, macro F1 0.850,
    actor 0.933, target 0.800; after the seventeenth pass, on ten files, 2,784 sentences with the three added that
    pass, macro F1 0.876, actor 0.946, target 0.821, modality 0.971)."""
    report = Report("own sentences")
    evaluate_own(own_files("all"), "all", None, pipeline, report)
    floors = {"own.macro_f1": 0.85, "own.actor_accuracy": 0.92, "own.target_accuracy": 0.80,
              "own.modality_accuracy": 0.94, "own.negation_accuracy": 0.98}
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"


def test_own_acled_snippets_quality_floor(pipeline: Pipeline) -> None:
    """Our own ACLED-style snippets ship with the package too (measured 2026-11-27 on all four files,
    720 snippets: weighted F1 0.803, accuracy 0.804; after the seventh pass's strategic developments 0.862,
    0.847)."""
    report = Report("own ACLED snippets")
    evaluate_own_acled(own_acled_files("all"), "all", None, pipeline, report)
    floors = {"own_acled.weighted_f1": 0.83, "own_acled.accuracy": 0.82}
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"


def test_everyday_news_spurious_event_ceiling(pipeline: Pipeline) -> None:
    """Ordinary news (business, sport, health, accidents, courts, politics without events) must not fill the
    ledger with events nobody reported: a ceiling on the share of event-free sentences that get any event,
    and any ACLED-typed one (measured 2026-11-27 on all five files, 1,560 sentences of which 1,060 hold no
    event: 0.090 and 0.030, micro F1 0.819; on ee7f19f, before the everyday-senses rules, the two blind files
    gave 0.330 and 0.275)."""
    report = Report("own everyday-news sentences")
    evaluate_everyday(own_everyday_files("all"), "all", None, pipeline, report)
    ceilings = {"everyday.spurious_rate": 0.12, "everyday.acled_spurious_rate": 0.05}
    for key, ceiling in ceilings.items():
        assert report.metrics[key] <= ceiling, \
            f"{key} {report.metrics[key]:.3f} rose above {ceiling}\n{report.format()}"
    assert report.metrics["everyday.micro_f1"] >= 0.75, report.format()
