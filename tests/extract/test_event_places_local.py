"""Where local incidents happened, as conflict monitors write them: villages the gazetteer does not hold, places
nested in a landmark's phrase, places qualified by where they lie, fire a monitor observed, and verbs that share
their place with the verb they are coordinated with."""

from __future__ import annotations

import pytest

from newsledger.pipeline import Pipeline


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a light verb the tagger mislemmatises ("staged" -> "stag") still carries its event noun's place
    ("Students staged a protest in Savar on Monday.", "protest", "Savar"),
    ("Nurses staged a protest on campus in Rajshahi, demanding higher pay.", "protest", "Rajshahi"),
    # a place nested in a landmark's phrase
    ("Traders staged a protest in front of the press club in Bogra on Sunday.", "protest", "Bogra"),
    ("Teachers staged a protest in front of Shaheed Minar, Barisal city (Barisal Sadar), against the cuts.",
     "protest", "Barisal"),
    ("Unknown gunmen opened fire on a bus on the outskirts of Kaya on Tuesday.", "fire", "Kaya"),
    # the first of "X, Y" or "X (Y, Z)" is the place; the rest say where it lies
    ("On 3 June 2021, in Puebla, Mexico, a crowd marched against the closure of a market.", "marched", "Puebla"),
    ("A mob beat a suspected thief to death in Abomey (Zou, Benin).", "beat", "Abomey"),
    # verbs coordinated with the verb that holds their object or told their place first
    ("A crowd beat and burned to death a suspected thief in Cotonou.", "beat", "Cotonou"),
    ("Gunmen raided a market in Kaya and killed four traders.", "killed", "Kaya"),
    ("The gunmen attacked the post and fled into Niger.", "attacked", None),
    # fire that a monitor observed, heard or recorded is where the monitor placed it
    ("The monitoring mission observed a total of 12 explosions involving heavy weapons near Horlivka.",
     "explosions", "Horlivka"),
    ("Explosions and gunfire were heard in Ouagadougou on Sunday night.", "Explosions", "Ouagadougou"),
    ("Shells fired by the rebels fell in a residential street in Kharkiv.", "Shells", "Kharkiv"),
    # a village named by its frame, whatever the small model tags it
    ("Militants burned down the school in the village of Koumbri-Peulh on Monday.", "burned", "Koumbri-Peulh"),
    ("Soldiers ambushed a group of militants in the area of Tin-Hrassan.", "ambushed", "Tin-Hrassan"),
    ("Herders and farmers clashed in Loropeni (Gaoua, Sud-Ouest) over grazing land.", "clashed", "Loropeni"),
    ("Militants attacked a convoy in the area of Fili-Fili and killed three soldiers.", "killed", "Fili-Fili"),
    ("Gunmen killed two traders in Sebba (Seno, Sahel) on Sunday.", "killed", "Sebba"),
    # what an attack is against is where it struck; what a march is against is not where it marched
    ("Jets carried out airstrikes against rebel positions in the area of Tin-Hrassan.", "airstrikes",
     "Tin-Hrassan"),
    ("Millions marched on Saturday against a war on Iraq.", "marched", None),
    # a name run into the bracket that says where it lies is cut before the bracket
    ("Two farmers clashed at a market in Tchaourou (Tchaourou, Borgou) on Monday.", "clashed", "Tchaourou"),
    # an incident whose own clause names no place happened at the one place its sentence gives where something
    # was done ...
    ("Two groups of villagers clashed using sticks at Bhurkapara village (Kushtia, Khulna) over land.", "clashed",
     "Bhurkapara"),
    ("Nurses staged a protest and went on strike in Bathinda city, demanding permanent jobs.", "protest",
     "Bathinda"),
    # ... not at a place of a noun of something else, of a clause that describes someone, or of a report
    ("Tibetan exiles staged a protest outside the embassy, comparing the crackdown to the uprising in Lhasa.",
     "protest", None),
    ("Police arrested a man who had shot a guard in Lagos.", "arrested", None),
    ("Thousands gathered in Istanbul on Sunday to denounce the bombing.", "bombing", None),
    # a country that says whose forces, not where they fired
    ("Armed men fired on the positions of the military forces of Azerbaijan.", "fired", None),
    ("Hundreds protested in front of the embassy of France on Friday.", "protested", None),
])
def test_local_event_place(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    record = pipeline.extract(text)
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r}: {[text[e.trigger[0]:e.trigger[1]] for e in record.events]}"
    assert (found[0].place.text if found[0].place is not None else None) == place


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("On 12 May 2021, monitors recorded 30 explosions near Popasna.", "explosions", "2021-05-12"),
    ("On 4 March 2021, the mission observed a total of 17 projectiles near Pisky.", "projectiles", "2021-03-04"),
])
def test_observed_fire_is_dated_by_its_observation(pipeline: Pipeline, text: str, trigger: str, day: str) -> None:
    record = pipeline.extract(text)
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found and found[0].time is not None and found[0].time.value == day


@pytest.mark.parametrize("text", [
    "Investors in Apple (AAPL) sold their shares on Monday.",
    "Delegates of the Union (Brussels office) met on Monday.",
])
def test_no_village_from_a_bracket_alone(pipeline: Pipeline, text: str) -> None:
    assert not [p.text for p in pipeline.extract(text).places if p.text in ("Apple", "Union")]
