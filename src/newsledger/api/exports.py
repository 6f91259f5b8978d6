"""Downloads of the whole ledger: JSONL records, ACLED-style CSV and GeoJSON of events.

Each export streams: records and events are read page by page (keyset), never all at once.
The set of exports is fixed; a name outside it is simply not found, so no path from a request
ever reaches the file system.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from newsledger.api import ledger
from newsledger.store.base import Store

PAGE = 500

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country",
    "location", "latitude", "longitude", "source", "source_scale", "notes", "newsledger_event",
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


def acled_csv(store: Store, **filters: Any) -> Iterator[str]:
    """Events ACLED would record (those with an ACLED type), one row each, in ACLED's column names."""
    yield _csv_line(ACLED_COLUMNS)
    for n, event in enumerate(iter_events(store, **filters), 1):
        acled = event.get("acled") or {}
        if not acled:
            continue
        place = event.get("place") or {}
        sources = event.get("sources") or []
        outlets = sorted({s.get("outlet") or "" for s in sources} - {""})
        day = str(event.get("time") or "")[:10]
        notes = " | ".join(" ".join(s.get("chain") or []) for s in sources)
        yield _csv_line((
            f"NL{n}", day, day[:4], acled.get("event_type", ""), acled.get("sub_event_type", ""),
            event.get("actor") or "", event.get("target") or "", country_name(place.get("country")),
            place.get("text") or "", place.get("lat") if place.get("lat") is not None else "",
            place.get("lon") if place.get("lon") is not None else "", "; ".join(outlets), "", notes, event["id"],
        ))


def geojson(store: Store, **filters: Any) -> Iterator[str]:
    """A FeatureCollection of the events that have coordinates, written feature by feature."""
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for event in iter_events(store, located=True, **filters):
        place = event.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {
                "id": event["id"], "type": event.get("type"), "modality": event.get("modality"),
                "actor": event.get("actor"), "target": event.get("target"), "time": event.get("time"),
                "place": place.get("text"), "sources": len(event.get("sources") or []),
                "trigger": event.get("trigger_text"),
            },
        }
        yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


# name -> (media type, producer). Only these names can be downloaded.
EXPORTS: dict[str, tuple[str, Callable[..., Iterator[str]]]] = {
    "ledger.jsonl": ("application/x-ndjson", lambda store, **_: jsonl(store)),
    "events-acled.csv": ("text/csv; charset=utf-8", acled_csv),
    "events.geojson": ("application/geo+json", geojson),
}
