"""The type scores of the events evaluation, their bootstrap intervals, and the IndiaPoliceEvents label mapping."""

from __future__ import annotations

import pytest

from newsledger.errors import EvaluationError
from newsledger.evaluate.events import (
    NONE,
    bootstrap_interval,
    evaluate,
    main_event,
    police_labels,
    read_case_rows,
    snippet_subtype,
    type_scores,
)
from newsledger.evaluate.events_own import read_own
from tests.extract.event_helpers import parsed_events


@pytest.mark.parametrize(
    ("gold", "predicted", "macro", "weighted"),
    [
        (["A", "A", "B"], ["A", "A", "B"], 1.0, 1.0),
        (["A", "A", "B", "B"], ["A", "A", NONE, NONE], 0.5, 0.5),
        # A wrong type is a false negative of the gold type and a false positive of the predicted one.
        (["A", "A", "A", "B"], ["A", "A", "A", "A"], (6 / 7 + 0) / 2, (6 / 7) * 3 / 4),
        # A type predicted where gold has none costs precision only.
        (["A", NONE], ["A", "A"], 2 / 3, 2 / 3),
    ],
)
def test_type_scores(gold: list[str], predicted: list[str], macro: float, weighted: float) -> None:
    _, got_macro, got_weighted, _ = type_scores(gold, predicted)
    assert got_macro == pytest.approx(macro)
    assert got_weighted == pytest.approx(weighted)


def test_bootstrap_interval_is_a_point_when_every_item_is_right() -> None:
    gold = ["A", "B", "C", "A"] * 5
    assert bootstrap_interval(gold, gold, rounds=200) == ((1.0, 1.0), (1.0, 1.0))


def test_bootstrap_interval_brackets_the_figure_and_narrows_with_more_items() -> None:
    gold = ["A", "B"] * 10
    predicted = ["A", "A"] * 10
    _, macro, _, _ = type_scores(gold, predicted)
    (low, high), _ = bootstrap_interval(gold, predicted, rounds=300)
    assert low <= macro <= high
    (low_big, high_big), _ = bootstrap_interval(gold * 10, predicted * 10, rounds=300)
    assert high_big - low_big < high - low
    assert bootstrap_interval(gold, predicted, rounds=300) == bootstrap_interval(gold, predicted, rounds=300)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Police arrested three men in Hyderabad.", {"ANY_ACTION", "ARREST"}),
        ("as many as 98 people were killed in police firing, he said.", {"ANY_ACTION", "FORCE", "KILL"}),
        # Dying in an act of force by the police is a killing by the police.
        ("police say 125 persons have died in police firing.", {"ANY_ACTION", "FORCE", "KILL"}),
        ("three persons were injured in police firing.", {"ANY_ACTION", "FORCE"}),
        # Forces put out with no one named putting them out are the police acting.
        ("Four companies of para-military forces have been deployed in Bhavnagar.", {"ANY_ACTION"}),
        ("Security has been beefed up around the two workshops.", {"ANY_ACTION"}),
        ("Troops were deployed along the border.", set()),
        # Violence with no police doer.
        ("A mob attacked the shop and burnt it.", set()),
    ],
)
def test_police_labels(nlp, text: str, labels: set[str]) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, text)
    assert police_labels(doc, events, 0, len(text)) == labels


def test_own_sentences_are_read_and_scored(tmp_path, pipeline) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_events_mine.tsv"
    gold.write_text("sentence\ttype\tactor\ttarget\tmodality\tnegated\n"
                    "Police arrested three protesters in the city.\tCOERCE\tPolice\tprotesters\tasserted\tno\n"
                    "The team won the final on Sunday.\tNONE\t\t\t\t\n", encoding="utf-8")
    report = evaluate(gold, pipeline=pipeline)
    assert report.metrics["own.macro_f1"] == 1.0
    assert (report.metrics["own.actor_accuracy"], report.metrics["own.target_accuracy"]) == (1.0, 1.0)


def test_a_dash_is_no_participant(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_events_dashes.tsv"
    gold.write_text("sentence\ttype\tactor\ttarget\tmodality\tnegated\n"
                    "Clashes broke out in Tripoli.\tASSAULT\t-\t-\tasserted\tno\n", encoding="utf-8")
    (row,) = read_own(gold)
    assert (row.actor, row.target) == ("", "")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("sentence\ttype\n", "expected the columns"),
        ("sentence\ttype\tactor\ttarget\tmodality\tnegated\nPolice arrested him.\tCOERCE\n", "line 2"),
    ],
)
def test_bad_own_sentence_files_are_named(tmp_path, content: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_events_bad.tsv"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=problem):
        read_own(gold)


def test_own_acled_snippets_are_read_and_scored(tmp_path, pipeline) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_acled_mine.tsv"
    gold.write_text("id\tEventSnippet\tSubType\n"
                    "1\tAttackers lobbed a grenade at a bus stop, injuring nine people.\tGRENADE\n"
                    "2\tA strong earthquake killed eight people on Java.\tNATURAL_DISASTER\n", encoding="utf-8")
    report = evaluate(gold, pipeline=pipeline)
    assert report.metrics["own_acled.weighted_f1"] == 1.0
    assert report.metrics["own_acled.accuracy"] == 1.0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("id\tSnippet\n", "need the columns EventSnippet, SubType"),
        ("id\tEventSnippet\tSubType\n7\tPolice arrested him.\n", "line 2"),
    ],
)
def test_bad_snippet_files_are_named(tmp_path, content: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_acled_bad.tsv"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=problem):
        read_case_rows(gold, "own ACLED snippets")


def test_everyday_sentences_count_spurious_events(tmp_path, pipeline) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "own_everyday_mine.tsv"
    gold.write_text("sentence\ttype\tactor\ttarget\tmodality\tnegated\n"
                    "The carmaker demonstrated its new van to dealers.\tNONE\t\t\tasserted\tno\n"
                    "Rebels shelled the town overnight.\tNONE\t\t\tasserted\tno\n"
                    "Nurses went on strike over pay on Monday.\tPROTEST\tNurses\t\tasserted\tno\n", encoding="utf-8")
    report = evaluate(gold, pipeline=pipeline)
    # the second row is mislabelled on purpose: it does hold an event, so one of two event-free rows is spurious
    assert report.metrics["everyday.spurious_rate"] == 0.5
    assert report.metrics["everyday.acled_spurious_rate"] == 0.5


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Students went on strike on Monday after police killed a student in a raid.", "strike"),
        ("Thousands marched through the city after the killing of the opposition leader.", "marched"),
        ("Troops fired on the crowd as protesters tried to storm the parliament.", "fired"),
        # with nothing else found, the background event is the main one
        ("The town was quiet on Sunday after rebels shelled it for a week.", "shelled"),
        # an act named by a noun stands where the verb carrying it stands, above the demand it is staged for
        ("Hundreds of prisoners went on hunger strike on Monday to demand their release.", "strike"),
        ("Oil workers went on strike on Tuesday to demand higher wages.", "strike"),
    ],
)
def test_the_main_event(nlp, text: str, main: str) -> None:  # type: ignore[no-untyped-def]
    """Told as background, an event is the main one only when nothing else is found; an act a light verb
    carries ranks at the verb."""
    doc, events = parsed_events(nlp, text)
    event = main_event(doc, events)
    assert event is not None and text[event.trigger[0]:event.trigger[1]] == main, events


def test_a_snippet_is_typed_by_what_happened_not_by_what_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, "Troops were sent to retake the town after rebels stormed a police station.")
    assert {e.acled.sub_event_type for e in events if e.acled} >= {"Government regains territory"}
    assert snippet_subtype(events, doc) != "Government regains territory"
