"""Where an event happened: a place in its own locative phrase or its struck object, or where the article
put the event it retells."""

from __future__ import annotations

import pytest

from newsledger.pipeline import Pipeline


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Insurgents attacked 30 police posts in Rakhine state on Friday.", "attacked", "Rakhine"),
    ("Security forces shot dead six protesters in the southern city of Deraa.", "shot", "Deraa"),
    ("Thousands marched through Santiago on Monday, defying a curfew.", "marched", "Santiago"),
    ("Serb artillery pounded Sarajevo on May 2.", "pounded", "Sarajevo"),
    # a place in another clause, or of a report, is not the event's
    ("The arrests were announced hours after Houthi fighters fired a missile at Riyadh.", "arrests", None),
    ("Opposition leaders blamed Syria for the bomb that killed Rafik al-Hariri in Beirut.", "blamed", None),
    # the event retold by "the" keeps the one place the article gave events of its type
    ("Gunmen killed 12 people at a naval base in Washington on Monday. Officials said the man behind the "
     "shooting had a history of mental illness.", "shooting", "Washington"),
    ("Gunmen killed 12 people in Washington on Monday. Troops shelled villages in Donetsk. Officials condemned "
     "the attack.", "attack", None),
])
def test_event_place(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    record = pipeline.extract(text, published="2023-03-11")
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r}"
    event = found[-1]
    assert (event.place.text if event.place is not None else None) == place
