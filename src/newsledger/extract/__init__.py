"""Extractors: pure functions ``(doc, context) -> tuple[record, ...]``, one per record kind.

``EXTRACTORS`` lists them in the order they run; a later one sees the earlier ones' records in
its ``ExtractContext``. A kind with no extractor yet stays an empty list in the output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from newsledger.extract.places import extract_places
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.times import extract_times

Extractor = Callable[[Doc, ExtractContext], tuple[Any, ...]]

EXTRACTORS: dict[str, Extractor] = {
    "entities": extract_entities,
    "times": extract_times,
    "places": extract_places,
    "quotes": extract_quotes,
    "events": extract_events,
}

__all__ = ["EXTRACTORS", "ExtractContext", "Extractor", "extract_entities"]
