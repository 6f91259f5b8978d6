"""Threats told without the word "threaten": an act of one's own made to hang on what another does ("unless"), a
warning of action, an arrest warrant (PLOVER: a threat to arrest). The sentences are our own, written for these
tests (none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The utility said it would cut power unless the ministry paid its debts.", "cut", "The utility",
         "the ministry"),
        ("The rebels served notice that they would resume attacks unless the army pulled back.", "resume",
         "The rebels", "the army"),
        ("Ankara warned Baghdad of military action unless it closed the camps.", "warned", "Ankara", "Baghdad"),
        ("The union said it will shut the ports unless the government raises wages.", "shut", "The union",
         "the government"),
    ],
)
def test_an_act_on_a_condition_is_a_threat(nlp, text: str, trigger: str, actor: str,  # type: ignore[no-untyped-def]
                                          target: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.type == "THREATEN", (text, event)
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target
    # The threat is made when it is said, whatever may come of it.
    assert event.modality in ("asserted", "reported") and not event.negated


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the country would lose the war unless its allies sent more weapons.",  # a forecast
        "The economy will shrink unless the central bank cuts rates.",
        "He said he would not attend the talks unless the army withdrew.",  # a refusal, not a threat
        "The company said it would be difficult to expand unless demand recovered.",
    ],
)
def test_forecasts_and_refusals_on_a_condition_are_no_threats(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if e.type == "THREATEN"], (text, events)


def test_a_warning_of_action_to_a_party_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, "The president said he had warned Mr Lukashenko of serious consequences.", "warned")
    assert event.type == "THREATEN" and event.target is not None
    assert event.target.text == "Mr Lukashenko"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A court in Lima issued an arrest warrant for the former governor.", "the former governor"),
        ("The tribunal issued an arrest warrant in absentia for the fugitive general.", "the fugitive general"),
        ("An arrest warrant was issued for the mayor on Monday.", "the mayor"),
    ],
)
def test_an_arrest_warrant_is_a_threat_to_arrest(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", "arrest"), (text, event)
    assert event.target is not None and event.target.text == target


def test_a_search_warrant_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, "Police obtained a search warrant for the house.")
    assert not [e for e in events if e.type == "THREATEN"]
