"""Less usual wording of the common PLOVER types (THREATEN, PROTEST, REJECT, REQUEST, AGREE, COERCE,
ASSAULT), and ACLED sub-types decided by the words around an event. The sentences are our own, written
for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import snippet_subtype
from tests.extract.event_helpers import event_on
from tests.extract.event_helpers import main_event_of as _main
from tests.extract.event_helpers import parsed_events as _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia pledged more attacks on the capital in a new video.", "THREATEN"),
        ("Tehran promised a crushing response to any strike on its soil.", "THREATEN"),
        ("The envoy said the rebels would face military action if they attacked the town.", "THREATEN"),
        ("Dock workers blockaded the port for two days in protest at the new tax.", "PROTEST"),
        ("Thousands of students poured into the streets of the capital.", "PROTEST"),
        ("Nurses walked off the job at three hospitals over unpaid wages.", "PROTEST"),
        ("Parliament threw out the government's budget bill by 40 votes.", "REJECT"),
        ("The finance minister withheld his approval for the new package.", "REJECT"),
        ("The government applied for a loan from the monetary fund.", "REQUEST"),
        ("Both armies committed to a permanent cessation of hostilities.", "AGREE"),
        ("The city was locked down after the outbreak.", "COERCE"),
        ("Authorities cut internet access across the region after the vote.", "COERCE"),
        ("Gunmen seized dozens of hostages at a school.", "ASSAULT"),
        ("Forty rebels gave themselves up to the army on Sunday.", "RETREAT"),
        # The tagger lemmatises "raped" as "rap" (to criticise); the lexicon's own row for the word comes first.
        ("Soldiers raped a woman in Goma.", "ASSAULT"),
        ("The gang rapes women in the camps.", "ASSAULT"),
        ("Critics rapped the government over its handling of the crisis.", "ACCUSE"),
        # Armed forces strike and target whatever they hit; what else strikes or is targeted is no attack.
        ("Russian forces struck military infrastructure overnight.", "ASSAULT"),
        ("Its forces had struck energy facilities in the east.", "ASSAULT"),
        ("Russian forces targeted civilians in Kharkiv.", "ASSAULT"),
        # A state that protests complains officially (CAMEO 114); people who protest demonstrate.
        ("China protested strongly against the visit.", "ACCUSE"),
        ("The two sides came to an agreement on Friday.", "AGREE"),
        ("Thousands of students protested against the government.", "PROTEST"),
    ],
)
def test_type_of_the_main_event(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == expected, (text, event)


@pytest.mark.parametrize(
    "text",
    [
        "The cease-fire unraveled, raising the specter of a bloody end to the siege.",
        "Graduates will be ready to walk into jobs when they leave school.",
        "Phone lines to many villages have been cut off by the floods.",
        "Montana offered $69 per prisoner per day, while the company is seeking $75.",
        "A car struck a pedestrian on the ring road.",
        "The agreement came days after the talks had stalled.",
        "The court struck down the law on Tuesday.",
        "The campaign targeted young voters in the suburbs.",
    ],
)
def test_look_alikes_stay_silent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is None or event.type not in ("THREATEN", "PROTEST", "COERCE", "AGREE"), (text, event)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two militants were killed in an encounter with security forces in Shopian district.", "Armed clash"),
        ("Police used a lathi charge to disperse job seekers who had blocked the crossing.",
         "Protest with intervention"),
        ("Nearly 900 detainees were released by both sides in a prisoner exchange overseen by the Red Cross.",
         "Agreement"),
        ("The army, backed by local militia, recaptured the village from the insurgents.",
         "Government regains territory"),
        ("A group of students beat a young man to death in a university hall after accusing him of theft.",
         "Mob violence"),
        ("Five passengers were killed when their bus hit an explosive device on the road.",
         "Remote explosive/landmine/IED"),
        ("The two countries signed a currency swap agreement during the president's visit.", "NONE"),
        ("Armed dacoits looted cash from a petrol pump on the highway.", "NONE"),
    ],
)
def test_acled_sub_type(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc, events = _events(nlp, text)
    assert snippet_subtype(events, doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state, or one who holds its office, that protests complains officially (CAMEO 114); others demonstrate
        ("President Gustavo Petro suspended the talks in protest.", "ACCUSE"),
        ("Iran's foreign ministry summoned the British ambassador to protest against interference.", "ACCUSE"),
        ("The opposition boycotted parliament in protest.", "PROTEST"),
    ],
)
def test_who_protests_decides_the_type(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, "protest").type == expected
