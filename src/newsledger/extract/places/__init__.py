"""Places: every toponym in the text, resolved to a GeoNames entry offline.

``extract_places(doc, context)`` finds toponyms (``recognise``), resolves each to the gazetteer
(``resolve``) and returns ``Place`` records in text order. A toponym the gazetteer does not hold
(a street, a building, a river) is still a place, with ``geonameid`` and coordinates None.
``demonym_country("Russian") == "RU"`` gives other extractors the country a demonym points to.

Gazetteer data: GeoNames (https://www.geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from newsledger.extract.context import ExtractContext
from newsledger.extract.places.gazetteer import gazetteer
from newsledger.extract.places.lexicon import GENERIC_TLDS, OUTLET_COUNTRIES, TLD_COUNTRIES
from newsledger.extract.places.recognise import demonym_country, find_mentions
from newsledger.extract.places.resolve import resolve
from newsledger.records import Place

logger = logging.getLogger(__name__)

__all__ = ["demonym_country", "extract_places", "outlet_country"]

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:/.*)?$")


def extract_places(doc: Doc, context: ExtractContext) -> tuple[Place, ...]:
    gaz = gazetteer()
    mentions, demonym_countries = find_mentions(doc, context, gaz)
    choices = resolve(mentions, gaz, demonym_countries=demonym_countries,
                      outlet_country=outlet_country(context.outlet))
    places: list[Place] = []
    for m in mentions:
        choice = choices[id(m)]
        e = choice.entry
        if e is None:
            places.append(Place(m.start, m.end, m.text, m.name, None, None, None, None, None))
            continue
        division = gaz.admin1_of(e)
        places.append(Place(
            start=m.start, end=m.end, text=m.text, name=e.name, geonameid=e.geonameid, country=e.country,
            lat=e.lat, lon=e.lon, feature=e.feature, confidence=choice.confidence,
            admin1=division.name if division is not None else None,
        ))
    return tuple(places)


def outlet_country(outlet: str | None) -> str | None:
    """The home country of an outlet name or web domain, when known ("The Moscow Times" -> RU)."""
    if not outlet:
        return None
    low = outlet.strip().lower().removeprefix("the ")
    for name, iso in OUTLET_COUNTRIES.items():
        if name in low:
            return iso
    match = _DOMAIN.match(low)
    if match:
        tld = match.group(1).rsplit(".", 1)[-1]
        if tld in TLD_COUNTRIES:
            return TLD_COUNTRIES[tld]
        if len(tld) == 2 and tld not in GENERIC_TLDS:
            return tld.upper()
    return None
