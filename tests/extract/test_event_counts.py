"""What an event counts: the people it killed and injured (ACLED's rules), and its quantities."""

from __future__ import annotations

import pytest

from newsledger.pipeline import Pipeline
from newsledger.records import Event


def _event(pipeline: Pipeline, text: str, trigger: str) -> Event:
    record = pipeline.extract(text, published="2023-03-11")
    found = [e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), [
    # the trigger is the harm itself
    ("Gunmen killed at least 12 people at a cattle market on Sunday.", "killed", 12, None),
    # the parser hangs the killed on the reporting verb (nlp.repairs.stray_subject)
    ("Missiles struck a block in Dnipro, killing at least 40 people, including three children, governor Serhiy "
     "Lysak said.", "killing", 40, None),
    ("Six soldiers were killed and nine wounded when their convoy hit a roadside bomb.", "killed", 6, 9),
    # the harm hangs on the event: a participle, a relative clause, "left ... dead"
    ("Troops shelled the town overnight, killing six civilians and wounding 20, a monitor said.", "shelled", 6, 20),
    ("Police arrested 45 protesters after clashes that left two officers dead.", "clashes", 2, None),
    ("Clashes in the capital left 3 dead and more than 100 injured.", "Clashes", 3, 100),
    # the event is the setting of the harm
    ("Twelve people were killed when a car bomb exploded outside a police station, police said.", "exploded",
     12, None),
    ("Two police officers and three militants died in the gunfight.", "gunfight", 5, None),
    # a toll, in the sentence or the next one
    ("The death toll from Tuesday's airstrike rose to 34, including 11 children.", "airstrike", 34, None),
    ("A missile slammed into an apartment block in Dnipro on Saturday. Regional authorities said 45 people "
     "were killed and 79 wounded.", "slammed", 45, 79),
    # vague figures as ACLED reads them; groups add up; one person
    ("Dozens of people were killed in fighting between rival militias.", "killed", 12, None),
    ("Riot police fired rubber bullets at protesters, injuring two dozen people.", "fired", None, 24),
    ("Commandos killed a rebel commander and five of his bodyguards in a dawn raid.", "killed", 6, None),
    ("An air strike killed a family of five.", "killed", 5, None),
    ("Twenty-one soldiers were killed when jihadists attacked a camp.", "attacked", 21, None),
    ("Mortar shells hit the palace, killing five people, three of them guards, police said.", "hit", 5, None),
    # no one, and harm that is another event's
    ("The Iron Dome system intercepted 15 rockets on Tuesday, a day after a barrage killed two Israelis.",
     "intercepted", None, None),
    ("Two people were killed in Sunday's shelling of Kramatorsk, and on Monday a missile hit a warehouse, "
     "injuring four workers.", "hit", None, 4),
    ("Militants attacked a police post, wounding seven policemen. Five years earlier an attack on the same post "
     "had killed 11.", "attacked", None, 7),
    ("Police arrested 45 protesters after clashes that left two officers dead.", "arrested", None, None),
    # no figure and not told as done: habits, wishes and threats are no deaths to count (found on PolNeAR)
    ("He said he never pledged to kill the families of terrorists.", "kill", None, None),
    ("People are usually murdered by someone they already know.", "murdered", None, None),
    ("She said people are being killed or maimed every day.", "killed", None, None),
    # beside a figure, groups without one add nothing
    ("Ottoman Turks killed approximately 1.5 million Armenians, Assyrians, Greeks and others.", "killed",
     1_500_000, None),
    # casualties said to be unknown are no figure; a closing count of fatalities replaces the others
    ("Jets struck militant positions near the border on Monday. Casualties unknown.", "struck", None, None),
    ("Insurgents ambushed an army convoy in the valley. No information on casualties was given.", "ambushed",
     None, None),
    ("Insurgents ambushed an army convoy in the valley. There were casualties.", "ambushed", 10, None),
    ("Two armed men attacked a taxi driver on Friday. The victim died. 1 fatality.", "attacked", 1, None),
    # figures the parser hangs oddly: a number word as an adjective, a figure on the name before the noun
    ("Rebels ambushed a patrol near the river, killing fifteen militants and one soldier.", "ambushed", 16, None),
    ("French forces conducted an airstrike that killed about 20 ISGS militants in the area of Tin-Hrassan.",
     "airstrike", 20, None),
    # a death the event answers is not one it caused
    ("Students marched in the capital to denounce the death of a classmate.", "marched", None, None),
    ("A crowd attacked the clinic's nurses following the death of a patient.", "attacked", None, None),
    ("Riots triggered by the death of a detainee spread to three cities.", "Riots", None, None),
    ("The bombing resulted in the deaths of 12 people.", "bombing", 12, None),
    # a headline with its own event is no toll of the sentence before
    ("Dozens of children are beaten or attacked while begging. ELEVEN POLICE KILLED IN TURKEY CAR BOMB ATTACK.",
     "attacked", None, None),
])
def test_casualties(pipeline: Pipeline, text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    event = _event(pipeline, text, trigger)
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Wagner opened recruitment centres in 42 Russian cities.", "recruitment", {(42, "cities")}),
    ("Troops shelled the town, killing six civilians and wounding 20.", "shelled",
     {(6, "civilians"), (20, "civilians")}),
    ("Herders raided the village, killing 11 villagers and setting fire to 30 houses.", "raided",
     {(11, "villagers"), (30, "houses")}),
    ("Tens of thousands of Ukrainians rallied in Kyiv on Sunday.", "rallied", {(10000, "ukrainians")}),
    ("A dozen policemen were hurt when inmates rioted at a prison.", "rioted", {(12, "policemen")}),
    # a distance, an age or a storey count is no count of what the event involves
    ("Gunmen killed two soldiers at a checkpoint 30 km north of Ramadi.", "killed", {(2, "soldiers")}),
    ("A shell killed a woman and her 8-year-old son in a five-storey block.", "killed", set()),
    # a count of another clause is not this event's
    ("Police arrested 45 protesters after clashes that left two officers dead.", "clashes", {(2, "officers")}),
])
def test_quantities(pipeline: Pipeline, text: str, trigger: str, expected: set[tuple[int, str]]) -> None:
    event = _event(pipeline, text, trigger)
    assert {(int(q.value), q.unit) for q in event.quantities} == expected


def test_sample_article_counts_42_cities(pipeline: Pipeline, sample_text: str) -> None:
    record = pipeline.extract(sample_text)
    centres = [e for e in record.events if any(q.value == 42 for q in e.quantities)]
    assert centres and all(e.fatalities is None for e in centres)


@pytest.mark.parametrize(("text", "parts"), [
    ("Six soldiers were killed and nine wounded when their convoy hit a roadside bomb.",
     {"killed": "hit", "wounded": "hit"}),
    ("Troops shelled the town, killing six civilians.", {"killing": "shelled"}),
    # an event noun whose harm the verb tells stays an event of its own, and the harm is part of it
    ("The car bombing outside the ministry killed nine people.", {"killed": "bombing"}),
    ("Four policemen were killed and two wounded in the ambush near the border.",
     {"killed": "ambush", "wounded": "ambush"}),
    # harm of another clause's event, or no harm told, makes no part
    ("Police arrested 45 protesters after clashes that left two officers dead.", {}),
    ("Gunmen killed 12 people in Zamfara on Sunday.", {}),
])
def test_harm_is_part_of_the_event_it_tells(pipeline: Pipeline, text: str, parts: dict[str, str]) -> None:
    record = pipeline.extract(text, published="2023-03-11")
    word = {e.id: text[e.trigger[0]:e.trigger[1]] for e in record.events}
    assert {word[e.id]: word[e.part_of] for e in record.events if e.part_of} == parts


@pytest.mark.parametrize(("text", "noun", "actor", "target", "killed"), [
    ("Gunmen killed five traders in an attack on a market in the north.", "attack", "Gunmen", "a market", 5),
    ("A Syrian army air strike on a bakery killed 11 people.", "strike", "Syrian", "a bakery", 11),
])
def test_event_noun_keeps_its_own_participants(pipeline: Pipeline, text: str, noun: str, actor: str,
                                               target: str, killed: int) -> None:
    """The noun's event names the incident (its target and kind); who killed did the attack it names."""
    record = pipeline.extract(text, published="2023-03-11")
    event = next(e for e in record.events if text[e.trigger[0]:e.trigger[1]] == noun)
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target
    assert event.fatalities == killed and event.part_of is None


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a killing that names no doer was done by whoever did the act it was part of
    ("A 19-year-old boy was killed when police fired several rounds to disperse a mob.", "killed", "police"),
    ("Five villagers were killed in an attack by gunmen on Monday.", "killed", "gunmen"),
    # a gerund after a preposition is a noun, its subject the doer
    ("Officials said 73 people have died in police firing.", "firing", "police"),
])
def test_doer_of_a_killing_told_as_part_of_another_act(pipeline: Pipeline, text: str, trigger: str,
                                                       actor: str) -> None:
    record = pipeline.extract(text, published="2023-03-11")
    event = next(e for e in record.events if text[e.trigger[0]:e.trigger[1]] == trigger)
    assert event.actor is not None and event.actor.text == actor


def test_shots_in_the_air_are_no_air_strike(pipeline: Pipeline) -> None:
    text = "Police dispersed the crowd by firing in the air."
    record = pipeline.extract(text, published="2023-03-11")
    subtypes = {e.acled.sub_event_type for e in record.events if e.acled is not None}
    assert "Air/drone strike" not in subtypes and subtypes
