"""What the thirty-second events pass found wrong when the extractor read ACLED's own event notes: attacks on police,
gendarmes or armed volunteers typed as attacks on civilians or given no type, battles held back because their
sentence names an armed group (which sits near the claims of responsibility) or a gang (near crime), "IS" read as a
verb, gunfights named by a split word, crowds of no armed group typed as armed attackers, what armed groups seize.
The sentences are our own, written for these tests (none comes from an ACLED export or another evaluation set)."""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import snippet_event
from tests.extract.event_helpers import parsed_events, snippet_sub_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men attacking the police, gendarmes or guards fight them: a battle, not an attack on civilians
        ("On 9 May 2021, suspected militants attacked a gendarmerie post between Kaya and Barsalogho.",
         "Armed clash"),
        ("On 2 March 2021, IS fighters attacked an army checkpoint near Tikrit.", "Armed clash"),
        ("On 14 June 2022, gunmen opened fire on park guards patrolling near Arly.", "Armed clash"),
        # an attack whose killing fell on armed men was fought with them
        ("On 4 April 2021, unidentified gunmen attacked a hamlet near Djibo, killing two volunteer fighters and a "
         "shepherd.", "Armed clash"),
        # village defence militias and army units are armed sides too
        ("On 22 May 2021, gunmen attacked a Dozo position near Gaoua.", "Armed clash"),
        ("On 7 June 2021, gunmen opened fire on a convoy of the 4th Brigade near Daraa.", "Armed clash"),
        # what else the sentence tells of the battle is part of it, recorded once
        ("On 21 March 2021, militants attacked the police station in Djibo, one attacker killed and two policemen "
         "wounded.", "Armed clash"),
        # a battle its doers claim is still the battle
        ("On 20 July 2021, the group claimed to have killed five soldiers in an ambush near Menaka.", "Armed clash"),
        # gunfights named by a split word or two words
        ("A shoot-out broke out between police and a gang in the Mare neighbourhood on Tuesday.", "Armed clash"),
        ("On 3 August 2020, soldiers were engaged in a fire fight with separatists near Bamenda.", "Armed clash"),
        # a demonstration of traders is no crime
        ("On 5 October 2021, hundreds of market traders demonstrated outside the town hall in Kumasi against new "
         "stall fees.", "Peaceful protest"),
        # crowds of no armed group riot, whoever they are (a gun makes unnamed people an armed group)
        ("On 2 June 2021, a group of people attacked a newspaper office in Lahore.", "Mob violence"),
        ("On 8 August 2022, two families clashed with each other over a plot of land in Sorong, throwing stones.",
         "Mob violence"),
        ("On 6 March 2024, members of the ruling party assaulted and injured members of the opposition in Sylhet.",
         "Mob violence"),
        ("On 6 March 2024, unidentified people shot dead a village chief near Seytenga.", "Attack"),
        ("On 2 July 2023, members of a local councillor's faction vandalized the office of a rival party in Pabna.",
         "Mob violence"),
        # what an armed group takes is looted; what the police seize is no ACLED event
        ("On 14 May 2021, suspected militants seized two trucks loaded with food near Arbinda.",
         "Looting/property destruction"),
        ("On 14 May 2021, police seized two trucks loaded with timber in Kumasi.", "NONE"),
        # blamed on nobody, a killing by named militants is not a claim
        ("On 11 January 2021, presumed ISGS militants shot dead a village chief near Seytenga.", "Attack"),
    ],
)
def test_battles_in_acled_wording(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("On 2 March 2021, IS fighters attacked an army checkpoint near Tikrit.", "IS fighters", "an army checkpoint"),
        ("On 9 May 2021, suspected militants attacked a gendarmerie post between Kaya and Barsalogho.",
         "suspected militants", "a gendarmerie post"),
    ],
)
def test_who_fought_whom(nlp, text: str, actor: str, target: str) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, text)
    event = snippet_event(events, doc)
    assert event is not None and event.actor is not None and event.target is not None
    assert (event.actor.text, event.target.text) == (actor, target)


def test_a_split_gunfight_word_is_one_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A shoot-out broke out between police and a gang in the Mare neighbourhood on Tuesday."
    doc, events = parsed_events(nlp, text)
    event = snippet_event(events, doc)
    assert event is not None and text[event.trigger[0]:event.trigger[1]] == "shoot-out"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protesters' own violence told beside their protest makes it a riot
        ("On 2 May 2024, students staged a demonstration and clashed with police near the university in Sylhet.",
         "Violent demonstration"),
        ("On 9 May 2023, about 40 members of the party staged a demonstration and exploded crude bombs in Pabna.",
         "Violent demonstration"),
        ("Traders protested violently in the market of Gaoua, blocking the main road.", "Violent demonstration"),
        # someone else's act beside it is how the protest was met; a burned effigy is a peaceful protest's rite
        ("On 5 May 2023, workers staged a demonstration and police dispersed them with batons.",
         "Protest with intervention"),
        ("On 5 May 2023, activists staged a demonstration and burned an effigy of the minister in Sylhet.",
         "Peaceful protest"),
    ],
)
def test_how_a_protest_turned(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ({"a", "dozo", "position"}, "Armed clash"),  # a village defence militia is an armed side
        ({"the", "4th", "brigade"}, "Armed clash"),  # so is an army unit
        ({"a", "village", "chief"}, None),  # a civilian is not: no battle is decided
    ],
)
def test_armed_sides_decide_a_battle(target: set[str], expected: str | None) -> None:
    from newsledger.extract.events.acled import candidates

    cands = candidates("ASSAULT", None, "attack", {"gunman", "attack", *target}, actor={"gunman"}, target=target,
                       subject={"gunman"})
    assert cands is not None and cands.decided == expected
