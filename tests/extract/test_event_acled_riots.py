"""What the thirtieth events pass found wrong in ACLED's own event notes: beatings with sticks and rods typed as an
attack on civilians, a headline's counted participle misread where the doers act on an object ("12 assailants
assaulted and injured a journalist"), a clash whose casualties the next sentence tells taken for a war of words, a
clash named by a noun after "engaged in" left without its sides, and attacks on gendarmes or on a rival armed group
typed as attacks on civilians instead of battles. The sentences are our own, written for these tests
(none comes from an ACLED export or another evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events, snippet_sub_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blunt weapons and no armed group: a riot
        ("On 4 June 2022, at least six assailants assaulted and injured a shopkeeper with iron rods in Jessore over "
         "a land dispute.", "Mob violence"),
        ("On 11 March 2021, unidentified men beat a local journalist with bamboo sticks near the market in Bogra.",
         "Mob violence"),
        # a blade or a gun beside the sticks, or armed doers: no riot
        ("On 4 June 2022, gunmen beat a trader with sticks and shot him dead near Maiduguri.", "Attack"),
        # stones thrown at the police in a clash are left to the riot rules (a demonstration)
        ("Stone-throwing youths clashed with police in the old city after Friday prayers, injuring two officers.",
         "Violent demonstration"),
        # the casualties of a clash told in the next sentence
        ("On 3 February 2023, supporters of two council candidates clashed near a polling centre in Comilla over "
         "the vote count. Eleven people were injured.", "Mob violence"),
        # the sides of a clash named by a noun after "engaged in"
        ("On 9 October 2022, two factions of the ruling party's youth wing engaged in a clash on the campus in "
         "Sylhet. At least seven people were injured in the clash.", "Mob violence"),
        # people of no armed group against the police: a riot, not a battle
        ("Residents clashed with a police patrol in the town after a motorcyclist died in a chase.", "Mob violence"),
        # an armed side on both ends: a battle
        ("On 3 June 2021, unidentified gunmen attacked the gendarmerie post in Kaya and torched two vehicles.",
         "Armed clash"),
        ("On 12 May 2022, rebels ambushed and killed three militiamen of a rival group near Bunia.", "Armed clash"),
        # a gunfight with the police told by a verb is a battle, however near the sentence sits to crime news (since
        # the thirty-second pass)
        ("On 8 August 2021, a suspect was killed after exchanging fire with police in Recife.", "Armed clash"),
    ],
)
def test_riots_and_battles_told_in_acled_notes(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clash in words stays words, even before a sentence on a death or an assault
        "The senator clashed with the governor over the budget. A man died in a fire downtown on Sunday.",
        "\"You either leave or you fight,\" he said. A gunman later killed three people in the city.",
        # one's own death is nobody's violence against anyone
        "The story of a farmer killing himself over his debts moved the country. Villagers attacked a lender later.",
    ],
)
def test_what_the_next_sentence_does_not_make_violent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    first = [e for e in events if e.trigger[0] < text.index(".")]
    assert [e.acled for e in first if e.acled is not None] == []


def test_the_doers_of_a_headline_participle_act_when_a_verb_beside_it_has_an_object(nlp) -> None:  # type: ignore[no-untyped-def]
    assaulted = event_on(nlp, "At least 12 assailants assaulted and injured a journalist and his family with iron "
                              "rods.", "assaulted")
    assert assaulted.actor is not None and assaulted.actor.text == "At least 12 assailants"
    assert assaulted.target is not None and assaulted.target.text == "a journalist"
    # a headline's count of whom it befell is still the target
    killed = event_on(nlp, "Students defy curfew; at least 25 killed and 40 injured.", "killed")
    assert killed.target is not None and "25" in killed.target.text
