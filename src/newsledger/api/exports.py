"""Downloads of the whole ledger: JSONL records, ACLED-style CSV and GeoJSON of events.

Each export streams: records and events are read page by page (keyset), never all at once.
The set of exports is fixed; a name outside it is simply not found, so no path from a request
ever reaches the file system.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from newsledger.api import ledger
from newsledger.extract.events.acled_actors import ACTOR_TYPES, acled_parties, actor_types, interaction
from newsledger.store.base import Store

PAGE = 500

# ACLED's own names and order; assoc_actor_1/2 hold the parties coordinated with actor1/2, "; "-separated, and
# inter1/inter2/interaction their actor types in ACLED's names, as its current exports write them.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "location", "latitude", "longitude",
    "source", "source_scale", "notes", "fatalities", "newsledger_event",
)


def iter_events(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    after: str | None = None
    while True:
        page = ledger.list_events(store, after=after, limit=PAGE, **filters)
        yield from page
        if len(page) < PAGE:
            return
        after = str(page[-1].get("cursor") or page[-1]["id"])


def jsonl(store: Store) -> Iterator[str]:
    for record in store.iter_records():
        yield json.dumps(record, ensure_ascii=False) + "\n"


@lru_cache(maxsize=256)
def country_name(iso2: str | None) -> str:
    if not iso2:
        return ""
    from newsledger.extract.places.gazetteer import gazetteer

    entry = gazetteer().country(iso2)
    return entry.name if entry else iso2


def _csv_line(values: tuple[Any, ...] | list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _admin1(store: Store, sources: list[dict[str, Any]], geonameid: int | None) -> str:
    """The first-order division of the event's place, from the first report whose record resolved it."""
    if not geonameid:
        return ""
    for source in sources:
        for place in (store.get(source["article_id"]) or {}).get("places", ()):
            if place.get("geonameid") == geonameid and place.get("admin1"):
                return str(place["admin1"])
    return ""


# ACLED records events that took place: one that sources only deny, or only call possible or planned, is left out.
NOT_TAKEN_PLACE = frozenset({"denied", "unconfirmed"})


def acled_side_columns(acled: dict[str, Any], event: dict[str, Any], detail: dict[str, Any]) -> tuple[str, ...]:
    """actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2 and interaction of a stored event: its sides
    (``acled_actors.acled_parties``) and their actor types in ACLED's names ("State forces", "Rebel group-Civilians"),
    read against the country of its place and the triggers its reports give it."""
    triggers = [str(source.get("trigger") or "") for source in detail.get("sources") or ()]
    event_type, sub_event_type = str(acled.get("event_type") or ""), str(acled.get("sub_event_type") or "")
    actor1, assoc1, actor2, assoc2 = acled_parties(
        event_type, event.get("actor") or "", list(detail.get("co_actors") or ()), event.get("target") or "",
        list(detail.get("co_targets") or ()), triggers)
    country = (event.get("place") or {}).get("country")
    inter1, inter2 = actor_types(event_type, sub_event_type, actor1, actor2, country=country, triggers=triggers)
    return (actor1, assoc1, ACTOR_TYPES.get(inter1, ""), actor2, assoc2, ACTOR_TYPES.get(inter2, ""),
            interaction(inter1, inter2))


def acled_csv(store: Store, **filters: Any) -> Iterator[str]:
    """Events ACLED would record (those with an ACLED type that some source says took place), one row each, in
    ACLED's column names."""
    yield _csv_line(ACLED_COLUMNS)
    for n, event in enumerate(iter_events(store, **filters), 1):
        acled = event.get("acled") or {}
        if not acled or event.get("status") in NOT_TAKEN_PLACE:
            continue
        place = event.get("place") or {}
        detail = ledger.get_event(store, str(event["id"]))  # list pages carry no reports or coordinated parties
        sources = detail.get("sources") or []
        outlets = sorted({s.get("outlet") or "" for s in sources} - {""})
        admin1 = _admin1(store, sources, place.get("geonameid"))
        day = str(event.get("time") or "")[:10]
        notes = " | ".join(" ".join(s.get("chain") or []) for s in sources)
        disputed = ledger.disputed_figures(store, sources, "fatalities")
        if disputed:
            notes += f" | fatalities reported: {disputed}; the lowest is kept"
        yield _csv_line((
            f"NL{n}", day, day[:4], acled.get("event_type", ""), acled.get("sub_event_type", ""),
            *acled_side_columns(acled, event, detail), country_name(place.get("country")), admin1,
            place.get("text") or "", place.get("lat") if place.get("lat") is not None else "",
            place.get("lon") if place.get("lon") is not None else "", "; ".join(outlets), "", notes,
            ledger.reported_figure(store, sources, "fatalities") or 0, event["id"],
        ))


def event_features(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """A GeoJSON Feature for every event that has coordinates."""
    for event in iter_events(store, located=True, **filters):
        place = event.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {
                "id": event["id"], "type": event.get("type"), "modality": event.get("modality"),
                "actor": event.get("actor"), "target": event.get("target"), "time": event.get("time"),
                "place": place.get("text"), "sources": len(event.get("sources") or []),
                "trigger": event.get("trigger_text"),
            },
        }


def feature_collection(features: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A GeoJSON FeatureCollection written feature by feature, never held whole."""
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for feature in features:
        yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def geojson(store: Store, **filters: Any) -> Iterator[str]:
    """A FeatureCollection of the events that have coordinates."""
    return feature_collection(event_features(store, **filters))


def place_features(store: Store) -> Iterator[dict[str, Any]]:
    """A GeoJSON Feature for every resolved place mention, with its article and span."""
    for record in store.iter_records():
        for place in record.get("places", ()):
            if place.get("lat") is None or place.get("lon") is None:
                continue
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {
                    "kind": "place", "article": record["id"], "published": record.get("published"),
                    "outlet": record.get("outlet"), "start": place["start"], "end": place["end"],
                    "text": place["text"], "name": place["name"], "geonameid": place["geonameid"],
                    "country": place["country"], "feature": place["feature"],
                },
            }


def places_and_events_geojson(store: Store) -> Iterator[str]:
    """One FeatureCollection: every place mention (kind "place") and every located event (kind "event")."""
    events = ({**f, "properties": {**f["properties"], "kind": "event"}} for f in event_features(store))
    return feature_collection(itertools.chain(place_features(store), events))


# name -> (media type, producer). Only these names can be downloaded.
EXPORTS: dict[str, tuple[str, Callable[..., Iterator[str]]]] = {
    "ledger.jsonl": ("application/x-ndjson", lambda store, **_: jsonl(store)),
    "events-acled.csv": ("text/csv; charset=utf-8", acled_csv),
    "events.geojson": ("application/geo+json", geojson),
}
