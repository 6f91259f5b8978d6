"""Our own event sentences and ACLED-style snippets, written for newsledger in the style of wire news
(``newsledger/data/OWN_EVENTS.md`` says who wrote which and how).

Sentences: ``own_events_dev.tsv`` (200), ``own_events_dev2.tsv`` and ``own_events_dev3.tsv`` (500 each,
weighted to the rarer types), ``own_events_dev4.tsv`` (250, the eight common types) and
``own_events_dev5.tsv`` (250, terse wire leads of the rarer types), ``own_events_dev6.tsv`` (350, fresh
wording of every type), ``own_events_dev7.tsv`` (140, the same), ``own_events_dev8.tsv`` (289, fresh wire leads
of the rarer types), ``own_events_dev9.tsv`` (157, longer leads), ``own_events_dev10.tsv`` (49, acts announced
or refused), ``own_events_dev11.tsv`` (200, leads whose target is not the verb's object),
``own_events_dev12.tsv`` (81, leads of the rarer types) and ``own_events_dev13.tsv`` (70, leads of every type) were
used to find what the extractor gets wrong.
``own_events_test.tsv`` (240) and ``own_events_test2.tsv`` (260, weighted to the rarer types) were written blind
by two other hands, ``own_events_test3.tsv`` (94), ``own_events_test4.tsv`` (68) and ``own_events_test5.tsv`` (47)
before the work on ``own_events_dev6.tsv``, ``own_events_dev8.tsv`` and part of ``own_events_dev9.tsv``,
``own_events_test6.tsv`` (49) before the rules drawn from ``own_events_dev11.tsv``, ``own_events_test7.tsv`` (40)
before those drawn from ``own_events_dev12.tsv`` and ``own_events_test8.tsv`` (30) before those drawn from
``own_events_dev13.tsv``; they are for reporting only: never change the extractor by looking at their sentences.
Snippets: ``own_acled_dev.tsv`` (160), ``own_acled_dev2.tsv`` and ``own_acled_dev3.tsv`` (200 each) and
``own_acled_dev4.tsv`` (48) were used to find errors; ``own_acled_test.tsv`` (160, written
blind) is for reporting only. Everyday-news sentences, most of which report no event
(``own_everyday_dev.tsv``, ``own_everyday_dev2.tsv``, ``own_everyday_dev3.tsv``, 320 each, used to find
errors; ``own_everyday_test.tsv`` and ``own_everyday_test2.tsv``, 300 each, written blind), are scored for
spurious events (``evaluate_everyday``).

Each sentence row: sentence, the PLOVER type of its main event (NONE when it reports none), the actor
and target as they appear in the sentence (empty when there is none), modality and negated (yes/no).
Scored like the PLOVER gold: the predicted type is the main event's (the trigger nearest the
root); a participant is right when it, or a party coordinated with it, shares a content word with
the gold text. Modality and negation are scored on sentences whose main event has the gold type.
Snippets are scored like the CASE 2021 sample (``events.score_snippets``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import PRF, Report
from newsledger.evaluate.events import (
    NONE,
    _actor_match,
    _events,
    _parties,
    _type_table,
    main_event,
    read_case_rows,
    score_snippets,
)
from newsledger.pipeline import Pipeline

COLUMNS = ("sentence", "type", "actor", "target", "modality", "negated")
_DEV = ("own_events_dev.tsv", "own_events_dev2.tsv", "own_events_dev3.tsv", "own_events_dev4.tsv",
        "own_events_dev5.tsv", "own_events_dev6.tsv", "own_events_dev7.tsv", "own_events_dev8.tsv",
        "own_events_dev9.tsv", "own_events_dev10.tsv", "own_events_dev11.tsv", "own_events_dev12.tsv",
        "own_events_dev13.tsv")
_TEST = ("own_events_test.tsv", "own_events_test2.tsv", "own_events_test3.tsv", "own_events_test4.tsv",
         "own_events_test5.tsv", "own_events_test6.tsv", "own_events_test7.tsv",
         "own_events_test8.tsv")
SPLIT_FILES = {"dev": _DEV, "test": _TEST, "all": _DEV + _TEST}
_ACLED_DEV = ("own_acled_dev.tsv", "own_acled_dev2.tsv", "own_acled_dev3.tsv", "own_acled_dev4.tsv")
ACLED_SPLIT_FILES = {"dev": _ACLED_DEV, "test": ("own_acled_test.tsv",), "all": (*_ACLED_DEV, "own_acled_test.tsv")}
_EVERYDAY_DEV = ("own_everyday_dev.tsv", "own_everyday_dev2.tsv", "own_everyday_dev3.tsv")
_EVERYDAY_TEST = ("own_everyday_test.tsv", "own_everyday_test2.tsv")
EVERYDAY_SPLIT_FILES = {"dev": _EVERYDAY_DEV, "test": _EVERYDAY_TEST, "all": (*_EVERYDAY_DEV, *_EVERYDAY_TEST)}


@dataclass(frozen=True)
class OwnRow:
    sentence: str
    type: str
    actor: str
    target: str
    modality: str
    negated: bool


def bundled_files(names: Iterable[str]) -> list[Path]:
    """Paths of files shipped in ``newsledger/data``."""
    folder = resources.files("newsledger") / "data"
    return [Path(str(folder / name)) for name in names]


def own_files(split: str) -> list[Path]:
    """The bundled sentence files of a split."""
    return bundled_files(SPLIT_FILES[split])


def own_acled_files(split: str) -> list[Path]:
    """The bundled ACLED-style snippet files of a split."""
    return bundled_files(ACLED_SPLIT_FILES[split])


def own_everyday_files(split: str) -> list[Path]:
    """The bundled everyday-news sentence files of a split."""
    return bundled_files(EVERYDAY_SPLIT_FILES[split])


def evaluate_own_acled(files: list[Path], split: str, limit: int | None, pipeline: Pipeline,
                       report: Report) -> None:
    """Score our own snippets in the CASE 2021 task 2 layout, each file whole (its name says its split)."""
    rows = [row for path in files for row in read_case_rows(path, "own ACLED snippets")]
    if not rows:
        report.lines.append(f"own ACLED snippets ({split}): no file for this split")
        return
    rows = rows[:limit] if limit is not None else rows
    score_snippets(rows, f"own ACLED snippets ({split})", "own_acled", pipeline, report)


def read_own(path: Path) -> list[OwnRow]:
    """The rows of one own-sentences file; EvaluationError names the file and line of a bad row."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"cannot read own event sentences {path}: {exc}") from exc
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or tuple(header[: len(COLUMNS)]) != COLUMNS:
        raise EvaluationError(f"{path}: expected the columns {', '.join(COLUMNS)}")
    rows = []
    for number, cells in enumerate(reader, 2):
        if len(cells) < len(COLUMNS):
            raise EvaluationError(f"{path} line {number}: expected {len(COLUMNS)} tab-separated cells")
        sentence, type_, actor, target, modality, negated = cells[: len(COLUMNS)]
        # The first dev file writes "-" for a participant the sentence does not name, the others leave it empty.
        actor, target = ("" if cell == "-" else cell for cell in (actor, target))
        rows.append(OwnRow(sentence, type_ or NONE, actor, target, modality, negated == "yes"))
    return rows


def evaluate_own(files: list[Path], split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    rows = [row for path in files for row in read_own(path)]
    rows = rows[:limit] if limit is not None else rows
    gold = [row.type for row in rows]
    predicted: list[str] = []
    scores = {"actor": PRF(), "target": PRF()}
    modality_right = negation_right = typed_right = 0
    for row, (doc, events) in zip(rows, _events(pipeline, [row.sentence for row in rows]), strict=True):
        main = main_event(doc, events)
        predicted.append(main.type if main is not None else NONE)
        if main is not None and main.type == row.type:
            typed_right += 1
            modality_right += main.modality == row.modality
            negation_right += main.negated == row.negated
        match = main_event(doc, events, [row.type]) if row.type != NONE else None
        for field, text in (("actor", row.actor), ("target", row.target)):
            if not text or row.type == NONE:
                continue
            if match is None:
                scores[field].add(fn=1)
            elif any(_actor_match(ref.text, [text]) for ref in _parties(match, field)):
                scores[field].add(tp=1)
            else:
                scores[field].add(fp=1)
    _type_table(f"own sentences ({split})", gold, predicted, report, "own")
    metrics = {}
    for field, counts in scores.items():
        judged = counts.tp + counts.fp
        accuracy = counts.tp / judged if judged else 0.0
        metrics[f"own.{field}_accuracy"] = accuracy
        report.lines.append(f"  {field} accuracy on events of the gold type{' ' * (8 - len(field))}{accuracy:.3f} "
                            f"({counts.tp:g}/{judged:g}; {counts.fn:g} gold events not found)")
    if typed_right:
        metrics["own.modality_accuracy"] = modality_right / typed_right
        metrics["own.negation_accuracy"] = negation_right / typed_right
        report.lines.append(f"  modality / negation on correctly typed      {modality_right / typed_right:.3f} / "
                            f"{negation_right / typed_right:.3f} ({typed_right} sentences)")
    report.metrics.update(metrics)


def evaluate_everyday(files: list[Path], split: str, limit: int | None, pipeline: Pipeline,
                      report: Report) -> None:
    """Spurious events in everyday news: sentences from business, sport, health, science, weather, accident,
    arts and local pages, most of which report no PLOVER event though they use words that can name one
    ("demonstrated its new phone", "fighting cancer", "demand for diesel engines", "a bus overturned,
    killing the driver"). The share of those sentences with any event at all is the false-event rate a user
    reading ordinary news would meet; the rest are typed like the other sentences."""
    rows = [row for path in files for row in read_own(path)]
    if not rows:
        report.lines.append(f"own everyday-news sentences ({split}): no file for this split")
        return
    rows = rows[:limit] if limit is not None else rows
    predicted: list[str] = []
    quiet = [0, 0]  # sentences with no gold event: with any event, with any ACLED-typed event
    for row, (doc, events) in zip(rows, _events(pipeline, [row.sentence for row in rows]), strict=True):
        main = main_event(doc, events)
        predicted.append(main.type if main is not None else NONE)
        if row.type == NONE:
            quiet[0] += bool(events)
            quiet[1] += any(event.acled is not None for event in events)
    _type_table(f"own everyday-news sentences ({split})", [row.type for row in rows], predicted, report, "everyday")
    none_rows = sum(row.type == NONE for row in rows)
    rates = [count / none_rows if none_rows else 0.0 for count in quiet]
    report.lines.append(f"  sentences with no gold event that get any event      {rates[0]:.3f} "
                        f"({quiet[0]}/{none_rows})")
    report.lines.append(f"  ... that get an event with an ACLED type            {rates[1]:.3f} "
                        f"({quiet[1]}/{none_rows})")
    report.metrics.update({"everyday.spurious_rate": rates[0], "everyday.acled_spurious_rate": rates[1]})
