"""What the twenty-seventh events pass found wrong when the extractor read protest and riot chronologies, conflict
reports about ground taken and bases raided, and chronologies of diplomatic crises: crowd-control gear taken for
weapons ("yellow vest" protests for suicide vests, stun grenades for grenades, a helicopter's tear gas for an air
strike), places taken for whom a clash was with, the gear used taken for whom it was used on, headline participles
("at least 25 killed") read as doers, "the accused" read as an accusation, military strikes read as walkouts, states
of emergency read as states, and tariffs, recognitions and sanctions ordered missed. The sentences are our own,
written for these tests (none comes from an evaluation set or from the pages read)."""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import NONE
from tests.extract.event_helpers import event_on, main_event_of, parsed_events


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "sub_event_type"),
    [
        # a movement's name is no explosive vest
        ("Police fired tear gas at yellow vest demonstrators near the square.", "fired", "ASSAULT",
         "Protest with intervention"),
        ("Riot police fired stun grenades to break up the march.", "fired", "ASSAULT", "Protest with intervention"),
        ("A police helicopter fired tear gas at protesters outside the palace.", "fired", "ASSAULT",
         "Protest with intervention"),
        # both sides fight: a riot, not the state's excessive force
        ("Students clashed with police outside the campus.", "clashed", "PROTEST", "Violent demonstration"),
        # neighbours fighting, no armed side named
        ("The two families clashed outside the village mosque after the funeral.", "clashed", "ASSAULT",
         "Mob violence"),
        ("The clash began when protesters tried to storm the governor's office.", "clash", "ASSAULT",
         "Violent demonstration"),
        ("Guerrillas raided a police outpost in the hills before dawn.", "raided", "ASSAULT", "Armed clash"),
        ("Warplanes carried out strikes against rebel positions along the coast.", "strikes", "ASSAULT",
         "Air/drone strike"),
        ("The separatists launched mortar strikes on the town overnight.", "strikes", "ASSAULT",
         "Shelling/artillery/missile attack"),
        # what the killing is told beside decides, not an accused's description
        ("The court freed three soldiers accused of shooting protesters in 2019.", "shooting", "ASSAULT",
         "Excessive force against protesters"),
    ],
)
def test_crowd_and_conflict_wording(nlp, text: str, trigger: str, type_: str, sub_event_type: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.type == type_
    assert event.acled is not None and event.acled.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Students clashed with police outside the campus.", "clashed", "police"),
        ("Police used water cannons to push back the marchers.", "used", "the marchers"),
        ("Water cannons were used to push back the marchers.", "used", "the marchers"),
        # people used are whom it is done to
        ("The militia used hostages as human shields.", "used", "hostages"),
        ("Fighters had taken control of three villages by nightfall.", "taken", "three villages"),
        ("The prime minister declared a state of emergency in Oromia.", "declared", "Oromia"),
        ("The United States recognized Guaido as interim president.", "recognized", "Guaido"),
        ("The ambassador expressed Canadian support for the Kurdish government.", "expressed",
         "the Kurdish government"),
        ("Washington ordered sanctions on the state oil company.", "sanctions", "the state oil company"),
        # a clash is with a side, not at a place
        ("Two groups of fans clashed at the stadium on Sunday.", "clashed", None),
    ],
)
def test_whom_the_act_touches(nlp, text: str, trigger: str, target: str | None) -> None:
    event = event_on(nlp, text, trigger)
    assert (event.target.text if event.target is not None else None) == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a headline's participle counts whom it befell
        ("Curfew defied in the capital; at least 12 killed in clashes.", "killed", None),
        ("The rally won the backing of Washington, prompting the president to break relations with the United "
         "States.", "break", "the president"),
        ("Eleven soldiers were killed, four others badly wounded and two missing after rebels ambushed a convoy.",
         "ambushed", "rebels"),
    ],
)
def test_who_acts(nlp, text: str, trigger: str, actor: str | None) -> None:
    event = event_on(nlp, text, trigger)
    assert (event.actor.text if event.actor is not None else None) == actor


def test_a_headline_participle_counts_its_victims(nlp) -> None:
    event = event_on(nlp, "Curfew defied in the capital; at least 12 killed in clashes.", "killed")
    assert event.target is not None and event.target.text == "at least 12"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("China levied new tariffs on American soybeans.", "SANCTION"),
        ("The White House announced tariffs on imported steel.", "SANCTION"),
        ("The union staged a strike on Monday.", "PROTEST"),
        ("Teachers carried out strikes across the country.", "PROTEST"),
        ("Police raided the prison and seized mobile phones.", "COERCE"),
        ("Thousands took to the streets of the capital.", "PROTEST"),
    ],
)
def test_main_type(nlp, text: str, type_: str) -> None:
    main = main_event_of(nlp, text)
    assert (main.type if main is not None else NONE) == type_


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # those charged, named by the participle
        ("Police are still searching for the other accused.", "ACCUSE"),
        ("Police have arrested the two accused.", "ACCUSE"),
        # who holds a place, told as its adjective
        ("They crossed from government-held into separatist-occupied territory.", "COERCE"),
        ("The rebels took control of the main streets of the town.", "PROTEST"),
    ],
)
def test_no_event_of_this_type(nlp, text: str, absent: str) -> None:
    _, events = parsed_events(nlp, text)
    assert absent not in [e.type for e in events]


def test_an_accusation_still_is_one(nlp) -> None:
    event = event_on(nlp, "The opposition accused the government of rigging the vote.", "accused")
    assert event.type == "ACCUSE" and event.target is not None and event.target.text == "the government"
