"""What the event tests share: a sentence's events as the extractor finds them (entities first, as the
pipeline runs them), and its main event."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.evaluate.events import main_event, snippet_subtype
from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from newsledger.records import Event


def parsed_events(nlp, text: str) -> tuple[Doc, tuple[Event, ...]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return doc, extract_events(doc, ExtractContext(entities=extract_entities(doc, None)))


def event_on(nlp, text: str, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    """The (first) event whose trigger is the word ``trigger`` of ``text``; fails naming the triggers found."""
    _, events = parsed_events(nlp, text)
    found = [e for e in events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event on {trigger!r} in {text!r}: {[text[e.trigger[0]:e.trigger[1]] for e in events]}"
    return found[0]


def main_event_of(nlp, text: str) -> Event | None:  # type: ignore[no-untyped-def]
    return main_event(*parsed_events(nlp, text))


def snippet_sub_type(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    """The ACLED sub-type the CASE and ACLED-notes evaluations give ``text`` (NONE without one)."""
    return snippet_subtype(*reversed(parsed_events(nlp, text)))
