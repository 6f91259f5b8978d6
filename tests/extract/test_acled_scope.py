"""Which events ACLED would record at all (``acled_scope``): political violence, demonstrations and strategic
developments, not the same words used of campaigns, crime or things.

The sentences are our own, written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.extract.events.acled_scope import recorded, supported
from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.test_acled_subtypes import _subtype


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words of violence used of a campaign, a debate or a business rivalry.
        ("Clinton's aggressive attack on Trump dominated the coverage of the debate.", "NONE"),
        ("The senator fought back against his critics in a fiery speech on Tuesday.", "NONE"),
        ("The chief executive launched a fresh assault on the regulator's pricing rules.", "NONE"),
        # One person's rally is a candidate's, not a demonstration.
        ("Thousands of supporters cheered at his rally in Des Moines on Saturday.", "NONE"),
        ("The senator said at a rally in Ohio that he would cut taxes.", "NONE"),
        # A word that names a kind of thing is no event.
        ("Disaffected voters may cast protest ballots for the independent candidate.", "NONE"),
        # Crime and recruiting with no political or armed side.
        ("Police arrested a man on burglary charges after a break-in on Elm Street.", "NONE"),
        ("The campaign is recruiting volunteers in every county before the primary.", "NONE"),
        # The same words where ACLED would record the event.
        ("Soldiers raped at least ten women during a raid on the village, survivors said.", "Sexual violence"),
        ("Security forces arrested an opposition leader at his home in the capital.", "Arrests"),
        ("Gunmen attacked a church during Sunday mass, killing six worshippers.", "Attack"),
        ("Thousands rallied against the new tax outside parliament on Friday.", "Peaceful protest"),
        ("The rebel group recruited hundreds of fighters in the border villages.", "Change to group/activity"),
    ],
)
def test_what_acled_would_record(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("sub", "cues", "expected"),
    [
        ("Sexual violence", {"attack", "woman", "campaign"}, False),
        ("Sexual violence", {"soldier", "rape"}, True),
        ("Abduction/forced disappearance", {"judge", "attack"}, False),
        ("Abduction/forced disappearance", {"whereabouts", "take"}, True),
        ("Excessive force against protesters", {"people", "kill", "ground"}, False),
        ("Attack", {"anything"}, True),  # defined by who is hit, not by a word of the act
    ],
)
def test_an_act_the_sentence_does_not_tell_is_not_chosen(sub: str, cues: set[str], expected: bool) -> None:
    assert supported(sub, cues) is expected


@pytest.mark.parametrize(
    ("plover", "mode", "sub", "trigger", "cues", "expected"),
    [
        ("ASSAULT", "sexual", "Sexual violence", "rape", {"rape", "allege", "lawsuit"}, False),
        ("ASSAULT", "sexual", "Sexual violence", "rape", {"rape", "militiaman"}, True),
        ("COERCE", "arrest", "Arrests", "arrest", {"arrest", "drug", "charge"}, False),
        ("COERCE", "arrest", "Arrests", "arrest", {"arrest", "journalist"}, True),
        ("PROTEST", "demo", "Peaceful protest", "rally", {"rally", "candidate", "speech"}, False),
        ("PROTEST", "demo", "Peaceful protest", "rally", {"rally", "candidate", "against"}, True),
        ("PROTEST", "demo", "Peaceful protest", "rally", {"rally", "immigration"}, True),
        ("MOBILIZE", None, "Change to group/activity", "recruit", {"recruit", "delegate"}, False),
        ("RETREAT", "disarm", "Agreement", "surrender", {"surrender", "contest", "party"}, False),
        ("RETREAT", "disarm", "Agreement", "surrender", {"surrender", "rebel", "weapon"}, True),
    ],
)
def test_what_acled_records(plover: str, mode: str | None, sub: str, trigger: str, cues: set[str],
                            expected: bool) -> None:
    assert recorded(plover, mode, sub, trigger, cues) is expected


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        # Words of struggle told of an election, a career or a prank are no assault at all.
        ("Sanders beat her by fifteen points in West Virginia.", False),
        ("She has kept fighting for the party's values all year.", False),
        ("Two pranksters made a watermelon explode on a live video stream.", False),
        # The same words with armed sides, weapons or victims.
        ("Rebels fought government troops near the border on Tuesday.", True),
        ("Police beat the protesters with batons outside parliament.", True),
    ],
)
def test_struggles_told_figuratively_are_no_assault(nlp, text: str, assault: bool) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert any(e.type == "ASSAULT" for e in events) is assault


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A kind of act, not one occurrence: no row for ACLED to count.
        ("The video platform says its rules cover terrorist recruitment and content that incites violence.",
         "recruitment", None),
        ("Families of people killed in shootings want stricter background checks for buyers of rifles.",
         "shootings", None),
        ("Human rights groups say evidence gathered through torture is routinely used in the courts.", "torture", None),
        ("Police shootings are changing the debate over policing.", "shootings", None),
        # Pinned to one occurrence by its verb, its clause's place or date, or a place the reader knows.
        ("Insurgents launched attacks on army posts overnight, killing four soldiers.", "attacks", "Armed clash"),
        ("Protests erupted after the verdict was read.", "Protests", "Peaceful protest"),
        ("Residents reported heavy shelling in the northern districts on Wednesday.", "shelling",
         "Shelling/artillery/missile attack"),
        ("The militants in Idlib province suffered heavy losses in raids by government helicopters.", "raids",
         "Air/drone strike"),
        ("Witnesses described deafening explosions near the airport.", "explosions", "Remote explosive/landmine/IED"),
        pytest.param("Videos recorded the sounds of war: deafening explosions that highlighted fears of a bloodbath.",
                     "explosions", "Remote explosive/landmine/IED",
                     marks=pytest.mark.xfail(strict=True, reason="nothing in the sentence pins the explosions to one "
                                             "place or time; the sentences before do")),
    ],
)
def test_an_act_told_as_a_kind_is_not_counted(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                              expected: str | None) -> None:
    assert _sub_event_type_at(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The article has told an accident or a disaster as the cause: the blast or the damage retold is no row.
        ("An explosion at a chemical warehouse injured 12 workers and may have been caused by a gas leak, officials "
         "said. The blast shattered windows across the district.", "blast", None),
        ("A strong earthquake struck the mountain region on Monday. Six villages were destroyed, and thousands spent "
         "the night outdoors.", "destroyed", None),
        # A bomb told before, or no cause told, leaves the explosion ACLED's.
        ("Militants detonated a car bomb outside the market, killing four people. The blast shattered windows across "
         "the district.", "blast", "Remote explosive/landmine/IED"),
        ("An explosion tore through a police station in the north of the country. The blast shattered windows across "
         "the district.", "blast", "Remote explosive/landmine/IED"),
        # Tear gas is crowd control, not a leak.
        ("Police fired tear gas at the crowd. The building was destroyed.", "destroyed",
         "Looting/property destruction"),
    ],
)
def test_a_blast_the_article_told_as_an_accident_is_not_counted(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                trigger: str, expected: str | None) -> None:
    assert _sub_event_type_at(nlp, text, trigger) == expected


def _sub_event_type_at(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    return event.acled.sub_event_type if event.acled else None
