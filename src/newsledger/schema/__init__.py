"""The published JSON Schema of an extracted article, and a validator for it."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema


@functools.cache
def article_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_article(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``obj`` breaks the contract, including span bounds."""
    jsonschema.validate(obj, article_schema())
    n = len(obj["text"])
    for kind in ("times", "places"):
        for rec in obj[kind]:
            _check_span(rec["start"], rec["end"], n, kind)
    for ent in obj["entities"]:
        for start, end in ent["mentions"]:
            _check_span(start, end, n, "entities")


def _check_span(start: int, end: int, n: int, kind: str) -> None:
    if not 0 <= start < end <= n:
        raise jsonschema.ValidationError(f"{kind}: span [{start}, {end}) is outside the text (length {n})")
