"""Election coverage uses the words of conflict for votes and speeches: a candidate "beats" a rival in a
primary, holds "rallies", suspends a campaign, comes "under political attack", thanks the crowd. Those name no
PLOVER event (or name criticism); the same words about force, protest and talks keep their events. The sentences
are our own, modelled on what a hand-judged sample of events in real campaign news showed (none is taken from it
or from an evaluation set).
"""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events


@pytest.mark.parametrize(
    "text",
    [
        # wins in a vote, told in the sentence or the one before
        "In the 2016 primaries, the governor beat a crowded field of 11 Republican candidates.",
        "The poll has the senator ahead in Ohio. Only one man can beat Martin Kessler now, his aides say.",
        # rallies of a campaign
        "The governor and her aides are organizing fundraisers and rallies in four states this month.",
        "Cruz campaigned across Iowa on Friday. A planned rally on Saturday in Sioux City was moved indoors.",
        # leaving a race
        "The Florida senator suspended his presidential campaign on Tuesday night.",
        "Both governors trailed in the caucuses. They announced they will suspend their campaigns.",
        # one speaker discussing, manners, and the law's categories
        "The former ambassador discussed the differences between the foreign policies of the two nominees.",
        "After thanking the raucous crowd, the senator turned to the economy.",
        "The audience laughed and applauded.",
        "The bill includes no exceptions for rape or incest, abortion rights groups said.",
        "'Thank God, I am very healthy,' he told reporters.",
        "The party sent volunteers into the primary state to fight for Mary Hollis.",
        "The senator has fought for working families all his life.",
        # a candidate's rally, a campaign's recruits and videos, a market's rally
        "Speaking at a rally in Wilmington, Mary Hollis said taxes were too high.",
        "Her aides recruited nearly 70 politicians and activists to join the state leadership council.",
        "The governor was featured in a jihadist recruitment video.",
        "Mike Huckabee, the former governor of Arkansas, suspended his campaign on Monday night.",
        "Before this week's rally, the company's shares were barely half their offering price.",
    ],
)
def test_votes_rallies_and_manners_name_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not events, [(e.type, text[e.trigger[0]:e.trigger[1]]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # words that attack
        ("The senator says he is under political attack because of his rise in the polls.", "attack", "ACCUSE"),
        ("The frontrunner continued his verbal assault on the Democratic nominee.", "assault", "ACCUSE"),
        ("The campaign answered attacks that the governor lodged against the senator in March.", "attacks",
         "ACCUSE"),
        ("Outside groups are running attack ads against the senator before the primary.", "attack", "ACCUSE"),
        ("He offered kind words about Mr. Bush, whom he attacked viciously during the campaign.", "attacked",
         "ACCUSE"),
        ("The mayor blasted the governor's plan as reckless and cruel.", "blasted", "ACCUSE"),
        ("One superdelegate, the state party chairwoman, pledged her vote to the senator.", "pledged", "SUPPORT"),
        # force, protest, concessions and talks keep their types
        ("Police beat the protesters with batons outside the election office.", "beat", "ASSAULT"),
        ("A man assaulted the candidate with a knife at a campaign event.", "assaulted", "ASSAULT"),
        ("Thousands of opposition supporters held a rally against the government in the capital.", "rally",
         "PROTEST"),
        ("The rebels suspended their campaign of attacks on government forces.", "suspended", "CONCEDE"),
        ("The militia recruited hundreds of child soldiers in the eastern provinces.", "recruited", "MOBILIZE"),
        ("Opposition leader Raila Odinga spoke at a rally in Nairobi on Sunday.", "rally", "PROTEST"),
        ("The foreign minister discussed the border dispute with his Chinese counterpart.", "discussed", "CONSULT"),
        ("The president thanked Japan for its aid to the flood victims.", "thanked", "SUPPORT"),
    ],
)
def test_campaign_words_keep_their_political_senses(nlp, text: str, trigger: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, trigger).type == expected
