"""What the twenty-eighth events pass found wrong when the extractor read rights groups' reports, news of aid,
sanctions and agreements, crime news and ordinary news: a campaign's "attacks" typed as violence, something "under
attack" read as an act, sentences, canings and hangings missed, a court's sentence exported as an ACLED arrest,
talks that ended read as sanctions, "Peace" in a council's name read as a peace agreement, people taken somewhere read
as ground captured, "with immediate effect" read as whom an act was with, and acts people are forbidden to do read
as done. The sentences are our own, written for these tests (none comes from an evaluation set or from the pages
read)."""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import NONE
from tests.extract.event_helpers import event_on, main_event_of, parsed_events


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "actor", "target"),
    [
        # a campaign's attacks are words (PLOVER ACCUSE)
        ("What did you make of Trump's attack on Carson last night?", "attack", "ACCUSE", "Trump", "Carson"),
        ("Cruz attacked Rubio over immigration on Tuesday.", "attacked", "ACCUSE", "Cruz", "Rubio"),
        ("The senator's assault on the bill drew criticism from both parties.", "assault", "ACCUSE", "The senator",
         "the bill"),
        # force, a country or ordinary people named by a common noun: violence
        ("A man attacked his neighbour on Friday.", "attacked", "ASSAULT", "A man", "his neighbour"),
        ("Israel attacked Gaza on Monday.", "attacked", "ASSAULT", "Israel", "Gaza"),
        ("Rebels attacked the convoy near Goma.", "attacked", "ASSAULT", "Rebels", "the convoy"),
        # blame is laid for deeds
        ("The minister blamed the Russian government for the attack on the Skripals.", "attack", "ASSAULT",
         "the Russian government", "the Skripals"),
    ],
)
def test_attacks_in_words_and_in_deeds(nlp, text: str, trigger: str, type_: str, actor: str, target: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.type == type_
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The court handed him a ten-year sentence.", "handed", "COERCE"),
        ("The three campaigners were given prison sentences of nine years.", "given", "COERCE"),
        ("The detainees said they were caned and waterboarded by masked men.", "caned", "ASSAULT"),
        ("The detainees said they were caned and waterboarded by masked men.", "waterboarded", "ASSAULT"),
        ("The activist was hanged on Thursday after a secret trial.", "hanged", "ASSAULT"),
        ("The convicted officer was sentenced to life in prison.", "sentenced", "COERCE"),
    ],
)
def test_what_rights_groups_report(nlp, text: str, trigger: str, type_: str) -> None:
    assert event_on(nlp, text, trigger).type == type_


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a court's sentence ends a trial: no arrest for ACLED
        ("A court in the capital sentenced the blogger to five years in prison.", "sentenced"),
        ("The campaigners were given prison sentences of seven years.", "given"),
        # "Peace" in a name is no peace agreement
        ("The AU Peace and Security Council reaffirmed its solidarity with the regional bloc.", "reaffirmed"),
    ],
)
def test_not_acled_rows(nlp, text: str, trigger: str) -> None:
    assert event_on(nlp, text, trigger).acled is None


def test_detention_stays_an_acled_arrest(nlp) -> None:
    event = event_on(nlp, "Security forces arrested the opposition leader at his home in the capital.", "arrested")
    assert event.acled is not None and event.acled.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The two-day talks on the dam ended on Sunday night.", "SANCTION"),
        ("Our classified information is under constant attack.", "ASSAULT"),
        ("He hanged himself in his cell.", "ASSAULT"),
        ("Police detained the academic and took him to his native Xinjiang.", "ASSAULT"),
        ("The kingdom prohibits women from protesting in public.", "PROTEST"),
    ],
)
def test_no_event_of_this_type(nlp, text: str, absent: str) -> None:
    _, events = parsed_events(nlp, text)
    assert absent not in [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The government ended its cooperation with the agency.", "SANCTION"),
        ("Rebels took the town of Goma on Tuesday.", "ASSAULT"),
        ("The union protested against the ban on Friday.", "PROTEST"),
    ],
)
def test_main_type(nlp, text: str, type_: str) -> None:
    main = main_event_of(nlp, text)
    assert (main.type if main is not None else NONE) == type_


def test_with_immediate_effect_says_when(nlp) -> None:
    event = event_on(nlp, "The bloc lifted economic sanctions on Niger, Mali and Burkina Faso with immediate effect.",
                     "lifted")
    assert event.target is not None and event.target.text == "Niger"
