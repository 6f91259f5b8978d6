"""Recall of violent and coercive events (ASSAULT, COERCE, PROTEST, MOBILIZE) and the words that must
stay silent. The sentences are our own, written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import main_event
from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events


def _main_type(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    event = main_event(doc, extract_events(doc, ExtractContext(entities=extract_entities(doc, None))))
    return event.type if event is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ASSAULT
        ("Gunmen stormed a hotel in the capital on Sunday.", "ASSAULT"),
        ("A mob pelted stones at the police station.", "ASSAULT"),
        ("The suicide bomber blew himself up at the checkpoint.", "ASSAULT"),
        ("A rocket hit a residential building in the north of the city.", "ASSAULT"),
        ("Troops exchanged fire with the militants for two hours.", "ASSAULT"),
        ("The militants held three aid workers hostage.", "ASSAULT"),
        ("Attackers hacked the shopkeeper to death.", "ASSAULT"),
        ("Police resorted to a lathi charge near the station.", "ASSAULT"),
        # COERCE
        ("The suspect was taken into custody on Monday.", "COERCE"),
        ("The two men were remanded in judicial custody.", "COERCE"),
        ("Authorities suspended internet services in the valley.", "COERCE"),
        ("Police searched the houses of the suspects.", "COERCE"),
        # PROTEST
        ("Hundreds of farmers staged a dharna outside the office.", "PROTEST"),
        ("Dock workers went on strike over unpaid wages.", "PROTEST"),
        ("Students took to the streets against the fee rise.", "PROTEST"),
        ("The crowd burnt an effigy of the minister.", "PROTEST"),
        ("Protesters raised slogans against the government.", "PROTEST"),
        # MOBILIZE
        ("Police conducted a flag march in the old city.", "MOBILIZE"),
        ("The government called in the army after the riots.", "MOBILIZE"),
        ("Security has been beefed up in the district.", "MOBILIZE"),
        # Not events: these words are not violence or coercion here.
        ("He suffered a heart attack last year.", None),
        ("The bill was killed in committee.", None),
        ("The club fired the coach after the defeat.", None),
        ("They shot a film in Mumbai last year.", None),
        ("A storm killed eight people on the coast.", None),
        ("The company will hold its annual meeting in March.", None),
        ("Hospitals held the line during the flu season.", None),
    ],
)
def test_violent_and_coercive_wording(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _main_type(nlp, text) == expected
