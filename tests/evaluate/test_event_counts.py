"""The counts evaluation: reading our passages, scoring dead, injured and quantities, and the gate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsledger.errors import EvaluationError
from newsledger.evaluate.event_counts import COLUMNS, CountRow, Scores, noun_key, read_rows
from newsledger.records import Article, ArticleRecord, Event, Quantity

TEXT = "Troops shelled the town, killing six civilians and wounding 20."


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "own_counts.tsv"
    path.write_text("\t".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _event(fatalities: int | None, injured: int | None, *quantities: Quantity) -> Event:
    return Event(id="v1", type="ASSAULT", mode=None, acled=None, trigger=(7, 14), actor=None, target=None,
                 time=None, place=None, negated=False, modality="asserted", source=None, quantities=quantities,
                 fatalities=fatalities, injured=injured)


def test_passages_are_read_with_the_marked_trigger(tmp_path: Path) -> None:
    (row,) = read_rows(_file(tmp_path, "Troops [[shelled]] the town, killing six civilians and wounding 20.\t6\t20\t"
                                       "6 civilians ; 20 civilians"))
    assert row == CountRow(TEXT, (7, 14), 6, 20, ((6.0, "civilians"), (20.0, "civilians")))


@pytest.mark.parametrize(("row", "problem"), [
    ("Troops shelled the town.\t0\t0\t", "one [[trigger]]"),
    ("Troops [[shelled]] the town.\tsix\t0\t", "whole numbers"),
    ("Troops [[shelled]] the town.\t0\t0\tsix civilians", "not 'N noun'"),
    ("Troops [[shelled]] the town.\t0\t0", "4 tab-separated cells"),
])
def test_bad_rows_name_the_line(tmp_path: Path, row: str, problem: str) -> None:
    with pytest.raises(EvaluationError, match=re.escape(problem)) as caught:
        read_rows(_file(tmp_path, row))
    assert "line 2" in str(caught.value)


def test_a_file_with_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wrong.tsv"
    path.write_text("text\tkilled\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="expected the columns"):
        read_rows(path)


@pytest.mark.parametrize(("gold", "ours"), [("passers-by", "passers"), ("Cities", "cities"), ("city", "cities")])
def test_nouns_compare_without_case_or_plural(gold: str, ours: str) -> None:
    assert noun_key(gold) == noun_key(ours)


def test_scores_count_figures_and_quantities() -> None:
    row = CountRow(TEXT, (7, 14), 6, 20, ((6.0, "civilians"), (20.0, "civilians")))
    record = ArticleRecord(article=Article(id="a", text=TEXT), events=(
        _event(6, None, Quantity(32, 45, "six civilians", 6.0, "civilians"), Quantity(60, 62, "20", 20.0, "people")),))
    scores = Scores()
    scores.add(row, record)
    scores.add(row, ArticleRecord(article=Article(id="b", text=TEXT)))  # no event on the trigger
    assert (scores.rows, scores.found, scores.fatalities_right, scores.injured_right) == (2, 1, 1, 0)
    assert (scores.deaths.tp, scores.deaths.fp, scores.deaths.fn) == (1, 0, 0)
    assert (scores.quantities.tp, scores.quantities.fp, scores.quantities.fn) == (1, 1, 1)
    assert (scores.values.tp, scores.values.fp, scores.values.fn) == (2, 0, 0)  # the noun of 20 is wrong
    assert len(scores.errors) == 2


def test_no_figure_counts_as_zero() -> None:
    row = CountRow("Police arrested 12 people.", (7, 15), 0, 0, ())
    record = ArticleRecord(article=Article(id="a", text=row.text), events=(
        Event(id="v1", type="COERCE", mode=None, acled=None, trigger=(7, 15), actor=None, target=None, time=None,
              place=None, negated=False, modality="asserted", source=None),))
    scores = Scores()
    scores.add(row, record)
    assert (scores.fatalities_right, scores.injured_right, scores.deaths.fp) == (1, 1, 0)


def test_event_counts_floor(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Quality gate on our blind passages (bundled, so it runs without ../shared/data)."""
    from newsledger.evaluate.event_counts import evaluate

    report = evaluate(split="test", pipeline=pipeline)
    # the marked event is found in 0.885 of the passages since the tenth pass (0.775 before)
    assert report.metrics["counts.found"] >= 0.86
    assert report.metrics["counts.fatalities_right"] >= 0.89  # measured 0.916, 0.904 on the more events found since
    assert report.metrics["counts.injured_right"] >= 0.91  # measured 0.935, then 0.944
    assert report.metrics["counts.deaths_precision"] >= 0.97  # measured 1.000
    assert report.metrics["counts.quantity_precision"] >= 0.91  # measured 0.939, then 0.934
    assert report.metrics["counts.quantity_recall"] >= 0.84  # measured 0.867, then 0.853
