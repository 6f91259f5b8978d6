"""Where, when and how many, on ACLED's own coding of its notes: the columns the ACLED export fills besides the type.

ACLED codes each note with a location (``location``, ``latitude``, ``longitude``), a date (``event_date``) and a
fatality count (``fatalities``). The main event the extractor finds in a note (the one scored for its sub-type) is
checked against them, as the export would write it:

- **place right**: the event's place is ACLED's location, by name (letter case, accents, hyphens and a trailing
  "city", "village", "district"... aside) or by coordinates within 25 km of ACLED's; a note whose event has no
  place counts as wrong. Coordinates are also scored alone, within 25 km and 161 km (100 miles, the usual
  geocoding tolerance), over the events that have them;
- **date right**: the event's date is ACLED's, over the notes that write that date out in full ("On 27 December
  2022"), as a note read with no publication date can only be dated from its own words;
- **fatalities right**: the event's dead (none said: 0) are ACLED's count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from newsledger.evaluate.common import Report, share
from newsledger.extract.places.gazetteer import distance_km, gazetteer, normalise
from newsledger.records import Event

NEAR_KM = 25.0
GEOCODING_KM = 161.0
DATE_FORMATS = ("%d %B %Y", "%d-%b-%y", "%Y-%m-%d", "%d-%B-%Y", "%d/%m/%Y")
# Words a note adds to a location's name that ACLED's ``location`` leaves out ("in Savar city", "Tanli village").
PLACE_KIND_WORDS = frozenset({"city", "town", "village", "district", "upazila", "commune", "province", "region",
                              "area", "municipality", "department", "subdistrict", "sub-district", "county", "camp",
                              "neighbourhood", "neighborhood", "locality", "the"})


@dataclass(frozen=True)
class Anchors:
    """ACLED's coding of a note's where, when and how many; None where the export does not give it."""

    day: date | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    fatalities: int | None = None


def read_anchors(row: Mapping[str, str], columns: Mapping[str, str]) -> Anchors:
    """The anchors of one export row (``columns``: lower-cased column name -> the export's own)."""
    def cell(name: str) -> str:
        return (row.get(columns.get(name, "")) or "").strip()

    return Anchors(_day(cell("event_date")), cell("location") or None, _number(cell("latitude")),
                   _number(cell("longitude")), int(cell("fatalities")) if cell("fatalities").isdigit() else None)


def _day(value: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def fold(name: str) -> str:
    """A place name as compared: the gazetteer's key (lower case, no accents, hyphens as spaces) with no other
    dash, apostrophe or full stop, and no kind word ("Savar city")."""
    words = normalise(re.sub(r"[‐–'’.]", " ", name)).split()
    return " ".join(w for w in words if w not in PLACE_KIND_WORDS)


def date_written(note: str, day: date) -> bool:
    """Whether the note writes the date out with its year: "On 27 December 2022", "On October 18, 2019"."""
    month = day.strftime("%B")
    return re.search(rf"\b({day.day} {month},? {day.year}|{month} {day.day},? {day.year})\b", note) is not None


def score_anchors(notes: Sequence[tuple[str, Anchors]], chosen: Sequence[Event | None], report: Report,
                  errors: list[str] | None) -> None:
    """Add the where/when/how-many lines and metrics for the notes (text, ACLED's anchors) and their main events."""
    counts: Counter[str] = Counter()
    for (note, gold), event in zip(notes, chosen, strict=True):
        if event is None:
            continue
        counts["events"] += 1
        _score_place(note, gold, event, counts, errors)
        if gold.day is not None and date_written(note, gold.day):
            counts["dated"] += 1
            ours = event.time.value[:10] if event.time is not None else None
            counts["date_right"] += ours == gold.day.isoformat()
            if errors is not None and ours != gold.day.isoformat():
                errors.append(f"DATE gold={gold.day.isoformat()} ours={ours} :: {note}")
        if gold.fatalities is not None:
            counts["counted"] += 1
            ours_dead = event.fatalities or 0
            counts["fatalities_right"] += ours_dead == gold.fatalities
            if errors is not None and ours_dead != gold.fatalities:
                errors.append(f"FATALITIES gold={gold.fatalities} ours={event.fatalities} :: {note}")
    n = counts["events"]
    report.lines.append(f"Where, when and how many, on the {n} notes given an event (ACLED's location, date, "
                        "fatalities):")
    report.lines.append(f"  place given {share(counts['placed'], n)}   place right (name, or within {NEAR_KM:.0f} km) "
                        f"{share(counts['place_right'], n)}")
    report.lines.append(f"  coordinates within {NEAR_KM:.0f} km {share(counts['near'], counts['located'])}   within "
                        f"{GEOCODING_KM:.0f} km {share(counts['geocoded'], counts['located'])}")
    report.lines.append(f"  date right, notes that write it out {share(counts['date_right'], counts['dated'])}   "
                        f"fatalities right {share(counts['fatalities_right'], counts['counted'])}")
    report.metrics.update({
        "acled_notes.place_accuracy": counts["place_right"] / n if n else 0.0,
        "acled_notes.date_accuracy": counts["date_right"] / counts["dated"] if counts["dated"] else 0.0,
        "acled_notes.fatalities_accuracy": (counts["fatalities_right"] / counts["counted"]
                                            if counts["counted"] else 0.0),
    })


def _score_place(note: str, gold: Anchors, event: Event, counts: Counter[str], errors: list[str] | None) -> None:
    place = event.place
    if gold.location is None:
        return
    right = False
    if place is not None:
        counts["placed"] += 1
        entry = gazetteer().by_id(place.geonameid) if place.geonameid is not None else None
        near = False
        if entry is not None and gold.lat is not None and gold.lon is not None:
            km = distance_km(entry.lat, entry.lon, gold.lat, gold.lon)
            near = km <= NEAR_KM
            counts["located"] += 1
            counts["near"] += near
            counts["geocoded"] += km <= GEOCODING_KM
        right = near or fold(place.text) == fold(gold.location)
    counts["place_right"] += right
    if errors is not None and not right:
        errors.append(f"PLACE gold={gold.location} ours={place.text if place is not None else None} :: {note}")
