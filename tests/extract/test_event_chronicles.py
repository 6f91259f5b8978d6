"""What the twenty-sixth events pass found missing when the extractor read conflict chronologies (incident timelines
of South Asia, Africa and the Middle East) and one-line news summaries: ground captured by name, charges blasted or
set off, posts targeted, villages raided by gunmen, gunfights that "took place", harm caused or inflicted, caches
uncovered, processions brought out, the "cease-fire" of wire copy, crowd-control munitions, suicide bombers told by
their vest, attacks by named groups that the likeness to claims of responsibility had hidden, acts a law forbids,
bodies told to act. The sentences are our own, written for these tests (none
comes from an evaluation set or from the chronologies read)."""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import NONE
from tests.extract.event_helpers import event_on, main_event_of, parsed_events


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "sub_event_type"),
    [
        ("Rebels blasted a police outpost near the border on Sunday.", "blasted", "ASSAULT",
         "Remote explosive/landmine/IED"),
        ("The encounter took place near a village in the district.", "encounter", "ASSAULT", "Armed clash"),
        ("Militants targeted a paramilitary checkpost in the district overnight.", "targeted", "ASSAULT",
         "Armed clash"),
        # "off" with its own object is a place, not "kill off"
        ("Nine soldiers were killed in the sea off the coast near Mannar.", "killed", "ASSAULT", "Armed clash"),
        ("Government troops captured Kilinochchi on Friday.", "captured", "ASSAULT", "Government regains territory"),
        # A place's kind decides before a person's word in its name ("the rebel stronghold").
        ("The army captured the rebel stronghold after a week of fighting.", "captured", "ASSAULT",
         "Government regains territory"),
        ("Army commandos captured the rebel leader in Kenya.", "captured", "COERCE", "Arrests"),
        ("The government extended the cease-fire by six months.", "cease-fire", "RETREAT", "Agreement"),
        # Air Force as the doer is an air strike; an Air Force base attacked is not.
        ("The Israeli Air Force struck targets in southern Lebanon.", "struck", "ASSAULT", "Air/drone strike"),
        ("Militants stormed an Air Force base in the north, killing two guards.", "stormed", "ASSAULT", "Armed clash"),
        ("The bomber detonated explosives strapped to his body at a checkpoint.", "detonated", "ASSAULT",
         "Suicide bomb"),
        # A date and a named group made the sentence read like a claim of responsibility.
        ("In March 2010, Boko Haram fighters attacked two police stations in Bauchi.", "attacked", "ASSAULT",
         "Armed clash"),
        ("Another rebel attack killed 12 villagers in the east on Monday.", "killed", "ASSAULT", "Attack"),
        ("A grenade caused splinter injuries to four policemen in the market.", "caused", "ASSAULT", "Grenade"),
        ("The army inflicted heavy losses on the rebels near the border.", "inflicted", "ASSAULT", "Armed clash"),
        ("Party workers brought out a procession against the fuel price hike.", "procession", "PROTEST",
         "Peaceful protest"),
        ("Police seized five kilograms of explosives from the house.", "seized", "COERCE", "Disrupted weapons use"),
        # Tear gas fired at protesters is no shelling; thrown into a trench it is still a weapon.
        ("Police fired tear gas shells at stone-throwing protesters in the old city.", "fired", "ASSAULT",
         "Violent demonstration"),
        ("Soldiers threw tear gas grenades into the enemy trench.", "threw", "ASSAULT", "Grenade"),
        ("Gunmen raided two villages in the district overnight.", "raided", "ASSAULT", "Attack"),
        ("Detectives uncovered a cache of rifles and explosives in a farmhouse.", "uncovered", "COERCE",
         "Disrupted weapons use"),
        ("Militants blew up a railway bridge near the border on Friday.", "blew", "ASSAULT",
         "Remote explosive/landmine/IED"),
        # "set off" detonates; "is set to" plans
        ("Guerrillas set off a bomb near an army post.", "bomb", "ASSAULT", "Remote explosive/landmine/IED"),
        # A bomb strapped to an animal is no suicide bombing.
        ("Guerrillas detonated a bomb strapped to a donkey near an army post.", "detonated", "ASSAULT",
         "Remote explosive/landmine/IED"),
        # The verb of a clause saying when tells the act, though a date opens the sentence.
        ("In May 2013 at least 40 people were killed as government troops shelled the town.", "shelled", "ASSAULT",
         "Shelling/artillery/missile attack"),
        ("The drones fired a pair of missiles at a compound near the town.", "fired", "ASSAULT", "Air/drone strike"),
        # "firing" here is gunfire, though lemmatised as a blaze
        ("Subsequent firing by the cadres claimed the lives of two civilians.", "claimed", "ASSAULT", "Attack"),
        ("The Maoists struck deep in the forest when the soldiers were returning to their base.", "struck",
         "ASSAULT", "Armed clash"),
    ],
)
def test_conflict_chronicle_wording(nlp, text: str, trigger: str, type_: str, sub_event_type: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.type == type_
    assert event.acled is not None and event.acled.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("A grenade caused splinter injuries to four policemen in the market.", "caused", "four policemen"),
        ("The army inflicted heavy losses on the rebels near the border.", "inflicted", "the rebels"),
        ("Party workers brought out a procession against the fuel price hike.", "procession",
         "the fuel price hike"),
        ("The drones fired a pair of missiles at a compound near the town.", "fired", "a compound"),
        ("Subsequent firing by the cadres claimed the lives of two civilians.", "claimed", "two civilians"),
    ],
)
def test_whom_harm_and_processions_touch(nlp, text: str, trigger: str, target: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # A body told to act is asked to (CAMEO 10); a person told to expect something is informed.
        ("Washington told the rebels to lay down their arms.", "REQUEST"),
        ("The ministry told Israel to halt the settlement expansion.", "REQUEST"),
        ("He told reporters to expect a decision soon.", NONE),
        ("Police raided the house of a suspect.", "COERCE"),
    ],
)
def test_main_type(nlp, text: str, type_: str) -> None:
    main = main_event_of(nlp, text)
    assert (main.type if main is not None else NONE) == type_


def test_a_truce_as_a_point_in_time_is_no_acled_row(nlp) -> None:
    event = event_on(nlp, "The army launched its biggest offensive since the 2009 truce.", "truce")
    assert event.acled is None


def test_a_procession_brought_out_is_led_by_who_brings_it(nlp) -> None:
    event = event_on(nlp, "Party workers brought out a procession against the fuel price hike.", "procession")
    assert event.actor is not None and event.actor.text == "Party workers"


@pytest.mark.parametrize(
    "text",
    [
        # An act a law forbids is a kind, not an occurrence; the storm's killing and a bill killed off are no assault.
        "The new law prohibits torture in police custody.",
        "Cyclone Remal hit the coast, killing 16 people.",
        "The government killed off the reform bill.",
        # a war's toll is no event, an attack's lives claimed are
        "The civil war, which began in 1975, has claimed an estimated 500,000 lives.",
    ],
)
def test_no_event_of_these_kinds(nlp, text: str) -> None:
    _, events = parsed_events(nlp, text)
    assert [e.type for e in events if e.type == "ASSAULT"] == []
