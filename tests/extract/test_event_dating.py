"""Which date an event gets: its own, its clause's, an earlier telling's, or the publication date."""

from __future__ import annotations

import pytest

from newsledger.extract.events import PUBLICATION_DATE_TEXT
from newsledger.pipeline import Pipeline
from newsledger.records import Event

PUBLISHED = "1999-06-07"  # a Monday


def _dated(pipeline: Pipeline, text: str, trigger: str) -> Event:
    record = pipeline.extract(text, published=PUBLISHED)
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r} in {[text[e.trigger[0]:e.trigger[1]] for e in record.events]}"
    return found[-1]


@pytest.mark.parametrize(("text", "trigger", "date_text"), [
    # the date of the event noun's own phrase
    ("The Aug. 7, 1998, bombings killed more than 200 people.", "killed", "Aug. 7, 1998"),
    ("Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.", "bombing", "Dec. 21, 1988"),
    ("Kopp is a suspect in sniper shootings that injured doctors in November.", "shootings", "November"),
    # the clause tells the noun's event happening
    ("Prigozhin announced the opening of recruitment centers across Russia on Friday.", "recruitment", "Friday"),
    ("She greeted 2,000 supporters at a rally in Houston on Saturday.", "rally", "Saturday"),
    # a verb's own clause, through a time noun
    ("Slepian was shot in the back on Friday night as he stood in his kitchen.", "shot", "Friday"),
    # a date that another noun carries, in a clause in the present, is that noun's
    ("That 1978 resolution calls for Israel's withdrawal from Lebanon.", "calls", PUBLICATION_DATE_TEXT),
    # the clause is about the event, not the event itself
    ("The Security Council condemned the bombing of the embassies on Tuesday.", "bombing", PUBLICATION_DATE_TEXT),
    # the date of a report is not the date of what it reports, even when the parser hangs it on the event
    ("At least 82 were killed, officials said as dawn broke Saturday.", "killed", PUBLICATION_DATE_TEXT),
    ("Police said on Thursday they had killed four suspects.", "killed", PUBLICATION_DATE_TEXT),
    # a date line says when the report was filed
    ("KYIV, March 4 (Reuters) - Ukraine's foreign minister accused Moscow of nuclear terrorism.", "accused",
     PUBLICATION_DATE_TEXT),
    # another clause's date is that clause's event's, unless it stands before the clause begins; "a day after"
    # counts from it
    ("Protesters rallied in Gaza a day after the United States opened its embassy on Monday.", "rallied",
     "a day after Monday"),
    ("Iran's Revolutionary Guards seized a tanker on Friday, two weeks after Gibraltar detained a ship.", "seized",
     "Friday"),
    # ... and so is a date inside the phrase of what the event came after; the phrase's own object is the event's
    ("Security forces beat students at Sharif University, rights groups said, weeks after the death in custody of "
     "Mahsa Amini in September.", "beat", PUBLICATION_DATE_TEXT),
    ("Protesters have rallied in the capital every day since Monday.", "rallied", "Monday"),
])
def test_event_date(pipeline: Pipeline, text: str, trigger: str, date_text: str) -> None:
    event = _dated(pipeline, text, trigger)
    assert event.time is not None and event.time.text == date_text


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Protesters rallied in Gaza a day after the United States opened its embassy on Monday.", "rallied",
     "1999-06-08"),
    ("Hundreds of people protested outside the embassy a day after Tuesday's election.", "protested", "1999-06-02"),
    ("Rebels attacked the town two weeks before the election on May 20.", "attacked", "1999-05-06"),
    # the count dates a report that tells the event
    ("The arrest of the coup leaders was announced by the prosecutor, two days after tanks rolled into Moscow "
     "on Monday.", "arrest", "1999-06-07"),
    # the event's own date comes first
    ("Troops withdrew from the town on Wednesday, two days after the deal was signed on Monday.", "withdrew",
     "1999-06-02"),
])
def test_date_counted_from_another_event(pipeline: Pipeline, text: str, trigger: str, value: str) -> None:
    event = _dated(pipeline, text, trigger)
    assert event.time is not None and event.time.value == value


@pytest.mark.parametrize(("text", "trigger", "date_text"), [
    # a retold event keeps the one day the article gave that kind of event
    ("Slepian was shot in his kitchen on Friday. Police are still investigating the killing.", "killing", "Friday"),
    # with two days given, which one is meant is a guess: the publication date, said plainly
    ("Gunmen ambushed a bus on Friday. Troops shelled a village on Sunday. Officials condemned the attack.",
     "attack", PUBLICATION_DATE_TEXT),
    # a bare plural is no retelling
    ("Slepian was shot in his kitchen on Friday. Shootings of doctors have risen.", "Shootings",
     PUBLICATION_DATE_TEXT),
])
def test_retold_event_date(pipeline: Pipeline, text: str, trigger: str, date_text: str) -> None:
    event = _dated(pipeline, text, trigger)
    assert event.time is not None and event.time.text == date_text
