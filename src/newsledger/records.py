"""The record types every stage shares.

Every record is a frozen dataclass that carries character offsets into ``Article.text``
(Python ``str`` indices, end exclusive), so each fact can be traced to the span it came from.
``to_json`` turns any of them into the JSON shape published in ``schema/article.schema.json``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned input article, before any NLP."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None  # where it was read from: a path, "path:line" or "<stdin>"


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that could not become an Article; recorded, then skipped."""

    source: str
    reason: str  # a short machine-readable kind: empty, binary, encoding, truncated, json, date, ...
    message: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: tuple[Offsets, ...]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    interval: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None


@dataclass(frozen=True, slots=True)
class SpanRef:
    """A span of text that may be tied to an entity (a speaker, an actor, a target)."""

    start: int
    end: int
    text: str
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: str  # direct | indirect | according_to
    content: Offsets
    cue: Offsets | None
    speaker: SpanRef | None
    via: tuple[SpanRef, ...] = ()


@dataclass(frozen=True, slots=True)
class EventTime:
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class EventPlace:
    start: int
    end: int
    text: str
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class AcledType:
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    acled: AcledType | None
    trigger: Offsets
    actor: SpanRef | None
    target: SpanRef | None
    time: EventTime | None
    place: EventPlace | None
    negated: bool
    modality: str  # asserted | reported | hypothetical | future
    source: str | None
    quantities: tuple[Quantity, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Everything extracted from one article: the JSON object of ``newsledger extract``."""

    article: Article
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "id": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "outlet": a.outlet,
            "url": a.url,
            "author": a.author,
            "text": a.text,
            "entities": [to_json(e) for e in self.entities],
            "times": [to_json(t) for t in self.times],
            "places": [to_json(p) for p in self.places],
            "quotes": [to_json(q) for q in self.quotes],
            "events": [to_json(e) for e in self.events],
        }
        out.update(self.extra)
        return out


def to_json(value: Any) -> Any:
    """Plain JSON data for a record: tuples become lists, dates ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
