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
    confidence: float | None = None  # how sure the resolution is, 0..1
    admin1: str | None = None  # name of the first-level division the place lies in, for ACLED's admin1


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
    # Where the speaker is named at this statement ("he", "the experts") when ``speaker`` names
    # the antecedent it was resolved to ("Yevgeny Prigozhin", "UN experts"); else the same span.
    speaker_mention: Offsets | None = None


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
    negated: bool  # the text says it did not happen (see schema/article.schema.json for what counts)
    modality: str  # asserted | reported | hypothetical | future
    source: str | None
    quantities: tuple[Quantity, ...] = ()
    # Parties coordinated with the actor or target ("the United States and France accused Russia"): PLOVER
    # counts all of them as actors; ``actor`` / ``target`` stay the first, so single-party readers keep working.
    co_actors: tuple[SpanRef, ...] = ()
    co_targets: tuple[SpanRef, ...] = ()
    # People the event killed and injured, counted as ACLED counts fatalities (the lowest figure reported,
    # "dozens" = 12); None when the text gives no figure for this event, 0 when it says no one was.
    fatalities: int | None = None
    injured: int | None = None
    # The event of the same sentence this one is the harm of ("shelled the town, killing six": the killing is
    # part of the shelling), so that one incident is counted once.
    part_of: str | None = None


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


def _span_ref(obj: Mapping[str, Any] | None) -> SpanRef | None:
    return SpanRef(obj["start"], obj["end"], obj["text"], obj.get("entity")) if obj else None


def _pair(value: Any) -> Offsets:
    return (int(value[0]), int(value[1]))


def record_from_json(obj: Mapping[str, Any]) -> ArticleRecord:
    """The inverse of ``ArticleRecord.to_json`` for the contract's fields (unknown extras are kept)."""
    published = date.fromisoformat(obj["published"]) if obj.get("published") else None
    article = Article(
        id=obj["id"], text=obj["text"], title=obj.get("title"), published=published,
        outlet=obj.get("outlet"), url=obj.get("url"), author=obj.get("author"),
    )
    known = {"id", "title", "published", "outlet", "url", "author", "text",
             "entities", "times", "places", "quotes", "events"}
    return ArticleRecord(
        article=article,
        entities=tuple(Entity(e["id"], e["name"], e["type"], tuple(_pair(m) for m in e["mentions"]))
                       for e in obj.get("entities", ())),
        times=tuple(_known(TimeExpression, t, interval=tuple(t["interval"]) if t.get("interval") else None)
                    for t in obj.get("times", ())),
        places=tuple(_known(Place, p) for p in obj.get("places", ())),
        quotes=tuple(
            _known(Quote, q, content=_pair(q["content"]), cue=_pair(q["cue"]) if q.get("cue") else None,
                   speaker=_span_ref(q.get("speaker")),
                   via=tuple(r for r in map(_span_ref, q.get("via", ())) if r),
                   **({"speaker_mention": _pair(q["speaker_mention"])} if q.get("speaker_mention") else {}))
            for q in obj.get("quotes", ())
        ),
        events=tuple(_event(v) for v in obj.get("events", ())),
        extra={k: v for k, v in obj.items() if k not in known},
    )


def _known(cls: type, obj: Mapping[str, Any], **override: Any) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{**{k: v for k, v in obj.items() if k in names}, **override})


def _event(v: Mapping[str, Any]) -> Event:
    return _known(
        Event, v,
        acled=AcledType(**v["acled"]) if v.get("acled") else None,
        trigger=_pair(v["trigger"]),
        actor=_span_ref(v.get("actor")),
        target=_span_ref(v.get("target")),
        time=EventTime(v["time"]["value"], v["time"]["text"]) if v.get("time") else None,
        place=_known(EventPlace, v["place"]) if v.get("place") else None,
        quantities=tuple(_known(Quantity, q) for q in v.get("quantities", ())),
        co_actors=tuple(r for r in map(_span_ref, v.get("co_actors", ())) if r),
        co_targets=tuple(r for r in map(_span_ref, v.get("co_targets", ())) if r),
    )
