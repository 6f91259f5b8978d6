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
    # ... or one place and the country it lies in
    ("A truck bomb exploded outside a housing complex in Khobar in eastern Saudi Arabia on Tuesday night. "
     "Washington vowed to hunt down those responsible for the bombing.", "bombing", "Khobar"),
    # a toponym that says whose, not where: a party, a mission, a vehicle
    ("Armed men stormed the U.S. consulate in Benghazi on Tuesday night.", "stormed", "Benghazi"),
    ("Hundreds of people protested outside the U.S. embassy on Wednesday.", "protested", None),
    ("A bomb killed Syria's defence minister on Wednesday.", "killed", None),
    ("Tibetan exiles staged a protest outside the Chinese embassy on Monday.", "protest", None),
    # a dateline says where the report was filed
    ("YANGON (Reuters) - Soldiers fired into crowds of protesting monks, witnesses said.", "fired", None),
    # a phrase of time or opposition is not where
    ("Hundreds protested in the capital a day after the election in the United States.", "protested", None),
    ("Millions marched on Saturday against a war on Iraq.", "marched", None),
    # a verb's topic is not where it happened, though the event the topic names is
    ("UN experts warned of the recruitment of prisoners in Russian jails.", "warned", None),
    ("UN experts warned of the recruitment of prisoners in Russian jails.", "recruitment", "Russia"),
    ("UN experts warned of the recruitment of prisoners in Moscow jails.", "warned", None),
    # a noun event: its own phrase first; its verb's place only when the verb tells the event
    ("The detention of hundreds of protesters in several Russian cities drew criticism from Brussels.",
     "detention", "Russia"),
    ("A suicide bombing at a concert killed 22 people in Manchester on Monday night.", "bombing", "Manchester"),
    ("Kofi Annan cut short his holiday in Europe after the bombing.", "bombing", None),
    ("The law was passed after a series of attacks left 130 people dead throughout Paris.", "attacks", "Paris"),
    ("The peace agreement initialled at an air base near Dayton on Tuesday ends the war.", "agreement", "Dayton"),
    # what a noun assaults, after its own locative phrase
    ("The bombardment of rebel-held eastern Aleppo by Syrian jets defied the truce.", "bombardment", "Aleppo"),
    ("The storming of the Capitol in Washington on Wednesday left five people dead.", "storming", "Washington"),
    # a demonym in a phrase under the trigger's object
    ("Security forces killed dozens of protesters in Iranian cities last weekend.", "killed", "Iran"),
    ("Protesters looted supermarkets in several Argentine cities on Wednesday.", "looted", "Argentina"),
])
def test_event_place(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    record = pipeline.extract(text, published="2023-03-11")
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r}"
    event = found[-1]
    assert (event.place.text if event.place is not None else None) == place
