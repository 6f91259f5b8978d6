"""What the thirty-fourth events pass found wrong when the extractor read ACLED's own event notes:

- fire counted by ceasefire monitors ("observed 12 explosions near X"): shelling, or a clash when fired both ways or
  with small arms;
- bodies found with the marks of a killing: an attack;
- forces deployed or reinforced at a named place: ACLED's movement of forces;
- a party leader's or a candidate's men, rivals, or a counted crowd beating someone or wrecking a house at no
  protest: a mob;
- an attack that defenders fought off: a battle;
- armed men stealing goods or stripping people of them: looting;
- a protest the police stopped, told in the next sentence: an intervention; roads barricaded, or the protesters'
  own violence told next: a violent demonstration.

The sentences are our own, written for these tests (none comes from an ACLED export or another evaluation set)."""

from __future__ import annotations

import pytest

from newsledger.extract.events.observed_fire import OBSERVED_BLASTS, OBSERVED_FIRE, TWO_WAY_FIRE
from tests.extract.event_helpers import parsed_events, snippet_sub_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blasts or heavy weapons counted by a monitor are shelling, not a roadside bomb
        ("On 3 June 2019, the monitoring mission recorded 14 explosions near Horlivka.",
         "Shelling/artillery/missile attack"),
        ("On 3 June 2019, the mission observed a total of 9 projectiles/shots involving unidentified weapons near "
         "Maiorsk.", "Shelling/artillery/missile attack"),
        ("On 3 June 2019, monitors heard 21 bursts of fire involving heavy machineguns near Stanytsia.",
         "Shelling/artillery/missile attack"),
        # fired both ways, or with small arms or gunfire beside, it is a clash
        ("On 3 June 2019, the mission observed a total of 40 projectiles/explosions in both directions of the contact "
         "line near Pisky.", "Armed clash"),
        ("On 3 June 2019, monitors recorded 6 shots involving small arms near Zolote.", "Armed clash"),
        ("Residents heard explosions and gunfire near the barracks overnight.", "Armed clash"),
        # one blast heard is still a bomb; shots fired into the air hit no one
        ("Residents heard a loud explosion near the market in Kidal on Sunday.", "Remote explosive/landmine/IED"),
        ("Guards at the crossing were heard firing shots into the air near the river on Tuesday.", "NONE"),
    ],
)
def test_fire_a_monitor_counted(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body found with the marks of a killing is the only telling of an attack nobody saw
        ("On 12 June 2021, in Morelia, a man was found dead near the bus terminal. His hands were tied and he had been "
         "blindfolded.", "Attack"),
        ("On 12 June 2021, the bodies of three farmers with gunshot wounds were found on a road near Tillaberi.",
         "Attack"),
        # found dead with no mark of violence, or drowned, is no attack; a killing told by its verb is told once
        ("The singer was found dead in his hotel room on Tuesday, his manager said.", "NONE"),
        ("On 12 June 2021, the body of a fisherman was found on the beach near Mombasa. He had drowned after his boat "
         "capsized.", "NONE"),
    ],
)
def test_bodies_found(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


def test_a_body_found_is_its_victim_and_told_once(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, "On 12 June 2021, gunmen shot dead a trader in Kano and his body was found on "
                                     "a road with his hands tied.")
    assert [doc.text[e.trigger[0]:e.trigger[1]] for e in events if e.type == "ASSAULT"] == ["shot"]
    doc, events = parsed_events(nlp, "On 12 June 2021, a woman was found dead in Celaya. The body had gunshot "
                                     "wounds.")
    found = next(e for e in events if e.type == "ASSAULT")
    assert found.target is not None and found.target.text == "a woman" and found.actor is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed side's forces moved to a named place are ACLED's movement of forces
        ("On 14 March 2021, government reinforcements arrived in Mocimboa da Praia ahead of an expected offensive.",
         "Change to group/activity"),
        ("On 14 March 2021, the army deployed troops and armoured vehicles near the border with Niger.",
         "Change to group/activity"),
        # police sent to keep order, and forces deployed to no place named, are not
        ("Police deployed officers across Nairobi for the New Year celebrations.", "NONE"),
        ("More than 2,000 troops were deployed last year, the ministry said.", "NONE"),
    ],
)
def test_forces_moved(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local leader with his supporters, or rivals in a dispute, are a crowd of no armed group
        ("On 2 April 2023, a ward councillor along with his supporters assaulted and injured two shopkeepers in "
         "Bogra.", "Mob violence"),
        ("On 2 April 2023, a union chairman and four of his followers assaulted and injured a schoolteacher in "
         "Comilla.",
         "Mob violence"),
        ("On 2 April 2023, rivals hacked and injured a farmer over a land dispute in Pabna.", "Mob violence"),
        # a counted crowd, or assailants, wrecking a house riot; gunmen burning a school do not
        ("On 2 April 2023, at least 30-40 people vandalized the house of a councillor in Rangpur.", "Mob violence"),
        ("On 2 April 2023, assailants vandalized a microbus carrying a candidate in Bogra.", "Mob violence"),
        ("On 2 April 2023, gunmen burned a school near Djibo.", "Looting/property destruction"),
        # a candidate's supporters wrecking a rival's house at no protest are a mob; at a strike or a protest, rioters
        ("On 2 April 2023, supporters of the winning candidate vandalized the house of a rival's agent in Satkhira.",
         "Mob violence"),
        ("On 2 April 2023, opposition supporters vandalised buses during the strike in Khulna.",
         "Violent demonstration"),
        # with the police beside them they are not
        ("On 2 April 2023, soldiers along with local youths assaulted two traders in Goma.", "Attack"),
    ],
)
def test_crowds_by_their_companions(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack fought off, in its sentence or the next, is a battle
        ("On 3 August 2021, gunmen attacked the village of Tanwalbougou. Local defence volunteers repelled the "
         "assault and killed two of the attackers.", "Armed clash"),
        ("On 3 August 2021, bandits raided a farm near Gusau and were repulsed by the vigilantes.", "Armed clash"),
        # an advance thwarted at a front was fought off there; a bombing thwarted never happened
        ("On 3 August 2021, government forces thwarted a rebel incursion on the northern front near Ma'rib.",
         "Armed clash"),
        ("Police thwarted a suicide attack on a church in Lahore on Sunday.", "NONE"),
        # a proposal rebuffed is no fight; protesters driven back by police riot
        ("On 3 August 2021, the council rebuffed the proposal of the opposition.", "NONE"),
        ("On 3 August 2021, protesters attacked the governor's office and police repelled them with tear gas.",
         "Violent demonstration"),
    ],
)
def test_attacks_fought_off(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what armed men steal, seize or strip people of is looted
        ("On 9 October 2021, militants stole fuel and food from a depot near Diapaga.", "Looting/property destruction"),
        ("On 9 October 2021, gunmen stripped two herders of their phones and cattle near Kantchari.",
         "Looting/property destruction"),
        ("On 9 October 2021, militants seized three carts from traders near Arbinda.", "Looting/property destruction"),
        # a thief is no armed man; a state strips a citizen of a right
        ("A thief stole a car from a parking lot in Lagos on Tuesday.", "NONE"),
        ("The government stripped the opposition leader of his citizenship.", "NONE"),
    ],
)
def test_armed_men_taking_goods(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police stopping a protest, told next, is an intervention
        ("On 5 May 2022, nurses staged a rally outside the health ministry in Accra, demanding unpaid allowances. "
         "Police obstructed the marchers from reaching the minister's office.", "Protest with intervention"),
        ("On 5 May 2022, traders demonstrated in Kumasi against a new market levy. Police intervened.",
         "Protest with intervention"),
        # protesters barricading a road with burning tyres riot, as do the same protesters' acts told next
        ("On 5 May 2022, demonstrators barricaded the highway with burning tyres near Kairouan to demand jobs.",
         "Violent demonstration"),
        ("On 5 May 2022, residents barricaded the main road in Kaya against the suspension of their mayor.",
         "Violent demonstration"),
        ("On 5 May 2022, students demonstrated in Bobo-Dioulasso for the release of their leaders. Students erected "
         "barricades and threw stones at police.", "Violent demonstration"),
        # a protest that nobody stopped stays peaceful
        ("On 5 May 2022, teachers staged a protest in Tamale demanding higher pay. Police said the protest was "
         "peaceful and nobody was stopped.", "Peaceful protest"),
    ],
)
def test_protests_the_police_stopped(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert snippet_sub_type(nlp, text) == expected


def test_a_count_of_fire_is_one_event_without_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(
        nlp, "The mission observed 25 projectiles/explosions/bursts of fire near Avdiivka on Friday.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert [doc.text[e.trigger[0]:e.trigger[1]] for e in assault] == ["bursts"]
    assert assault[0].target is None and assault[0].actor is None


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The mission observed 12 explosions in both directions.", {OBSERVED_FIRE, OBSERVED_BLASTS, TWO_WAY_FIRE},
         set()),
        ("Monitors recorded 6 shots involving small arms.", {OBSERVED_FIRE}, {OBSERVED_BLASTS}),
        ("An explosion was heard in the city.", set(), {OBSERVED_FIRE}),
        ("Both directions of the road were closed.", set(), {OBSERVED_FIRE}),
    ],
)
def test_observed_fire_cue_words(nlp, text: str, present: set[str], absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract.events.extract import _cue_words

    cues = _cue_words(next(iter(nlp(text).sents)))
    assert present <= cues and not absent & cues
