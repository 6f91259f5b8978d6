"""ACLED's actor types of an event's sides (inter1, inter2) and their interaction, from the parties' words and
the sub-type's definition."""

from __future__ import annotations

import pytest

from newsledger.extract.events.acled_actors import (
    CIVILIANS,
    EXTERNAL,
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    PROTESTERS,
    REBELS,
    RIOTERS,
    STATE,
    actor_types,
    interaction,
    word_type,
)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("soldiers", "BF", STATE),
        ("Burkinabe soldiers and VDP volunteers", "BF", STATE),  # the state leads its auxiliaries
        ("French troops", "BF", EXTERNAL),
        ("French troops", None, STATE),  # no country known: nothing makes them foreign
        ("military forces of Armenia", "AZ", EXTERNAL),
        ("Saudi", "YE", EXTERNAL),  # "a Saudi air raid": a country acting is its forces
        ("UN peacekeepers", "ML", EXTERNAL),
        ("Wagner mercenaries", "ML", EXTERNAL),
        ("defence and security forces", "BF", STATE),
        ("rebel forces", "CD", REBELS),
        ("JNIM militants", "BF", REBELS),
        ("the Islamic State", "SY", REBELS),
        ("Fulani herders", "BJ", IDENTITY_MILITIA),
        ("unidentified gunmen", "NG", POLITICAL_MILITIA),
        ("a gang", "MX", POLITICAL_MILITIA),
        ("demonstrators", "CL", PROTESTERS),
        ("a mob", "IN", RIOTERS),
        ("members of BNP", "BD", CIVILIANS),
        ("a passenger bus", "BD", None),  # a thing, not a person
        ("Rajdhani village area", "IN", None),
        ("", "IN", None),
    ],
)
def test_word_type(text: str, country: str | None, expected: int | None) -> None:
    assert word_type(text, country) == expected


def test_a_suspected_criminal_is_a_civilian_as_a_victim() -> None:
    assert word_type("a presumed thief", "BJ") == POLITICAL_MILITIA
    assert word_type("a presumed thief", "BJ", victim=True) == CIVILIANS


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "actor1", "actor2", "triggers", "expected"),
    [
        # the sub-type decides a side: protesters, rioters, and civilians as the target of violence against them
        ("Protests", "Peaceful protest", "teachers", "the government", ["protested"], (PROTESTERS, 0)),
        ("Protests", "Protest with intervention", "police", "3 local residents", ["detained"], (PROTESTERS, STATE)),
        ("Protests", "Protest with intervention", "workers", "", ["protest"], (PROTESTERS, STATE)),
        ("Violence against civilians", "Attack", "soldiers", "a man", ["killed"], (STATE, CIVILIANS)),
        ("Violence against civilians", "Attack", "", "a man", ["killed"], (POLITICAL_MILITIA, CIVILIANS)),
        # two crowds that fought are both rioters; the victims of one are civilians
        ("Riots", "Mob violence", "members of BNP", "members of Awami League", ["clashed"], (RIOTERS, RIOTERS)),
        ("Riots", "Mob violence", "two groups of villagers", "", ["clashed"], (RIOTERS, RIOTERS)),
        ("Riots", "Mob violence", "supporters", "a supporter", ["assaulted"], (RIOTERS, CIVILIANS)),
        ("Riots", "Mob violence", "youths", "a presumed robber", ["killed"], (RIOTERS, CIVILIANS)),
        ("Riots", "Mob violence", "Fulani and residents", "each other", ["threw"], (RIOTERS, RIOTERS)),
        ("Riots", "Violent demonstration", "students", "police forces", ["clashed"], (RIOTERS, STATE)),
        ("Riots", "Violent demonstration", "rioters", "a parked bus", ["set"], (RIOTERS, 0)),
        # battles: an unnamed side of a fight with militants is the state's, else an unidentified armed group
        ("Battles", "Armed clash", "", "two NPA militants", ["killed"], (STATE, REBELS)),
        ("Battles", "Armed clash", "JNIM militants", "", ["attacked"], (REBELS, STATE)),
        ("Battles", "Armed clash", "soldiers", "", ["attacked"], (STATE, POLITICAL_MILITIA)),
        ("Battles", "Armed clash", "military forces of Armenia", "the military forces of Azerbaijan", ["fired"],
         (EXTERNAL, STATE)),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "", "", ["shelled"], (STATE, 0)),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "", "three soldiers", ["killed"],
         (POLITICAL_MILITIA, STATE)),
        ("Strategic developments", "Looting/property destruction", "JNIM militants", "shops", ["looted"],
         (REBELS, CIVILIANS)),
    ],
)
def test_actor_types(event_type: str, sub_event_type: str, actor1: str, actor2: str, triggers: list[str],
                     expected: tuple[int, int]) -> None:
    assert actor_types(event_type, sub_event_type, actor1, actor2, country="AZ" if "Armenia" in actor1 else None,
                       triggers=triggers) == expected


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(STATE, CIVILIANS, "State forces-Civilians"), (CIVILIANS, STATE, "State forces-Civilians"),
     (PROTESTERS, 0, "Protesters only"), (RIOTERS, RIOTERS, "Rioters-Rioters"), (0, 0, "")],
)
def test_interaction_names_the_types_in_code_order(inter1: int, inter2: int, expected: str) -> None:
    assert interaction(inter1, inter2) == expected
