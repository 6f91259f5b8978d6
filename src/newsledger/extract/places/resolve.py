"""Choosing the GeoNames entry for each place mention, with a confidence.

Every mention of the same name in an article gets the same sense. A candidate's score adds a
prior (population, feature type, main name vs alternate name) to evidence from the article: a
qualifier ("Alexandria, Louisiana"), the feature type the words around it imply ("the Kherson
region"), the countries of the other places and of demonyms, the outlet's home country, the
divisions named and the distance to the other places. Two passes: the first picks by prior and
qualifier, the second rescores with the evidence of the first's picks. The confidence is the
chosen candidate's share of a softmax over the scores.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from newsledger.extract.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CAPITAL,
    CONTINENT,
    COUNTRY,
    REGION,
    Entry,
    Gazetteer,
    distance_km,
    normalise,
)
from newsledger.extract.places.recognise import Mention

FEATURE_PRIOR = {COUNTRY: 3.0, CONTINENT: 3.0, ADMIN1: 1.0, ADMIN2: -0.5, REGION: 1.0, CAPITAL: 1.5}
# "Lviv" is the main name of the city and an alias of its oblast: the alias sense needs a cue.
ALIAS_FEATURE_PRIOR = {COUNTRY: 2.0, CONTINENT: 2.0, ADMIN1: -1.5, ADMIN2: -2.5, REGION: -1.5, CAPITAL: 1.5}
# "New York": a city of a million or more shares its name with its own state; news means the city.
BIG_CITY = 1_000_000
BIG_CITY_BONUS = 2.5
# A first-level division loses its feature prior to a same-name town this many times more populous.
SMALL_DIVISION_RATIO = 5
POPULATION_WEIGHT = 0.5
MAIN_NAME_BONUS = 1.0
QUALIFIER_BONUS = 6.0
ADMIN_CUE_BONUS = 3.0
TOWN_CUE_BONUS = 2.0
COUNTRY_EVIDENCE_WEIGHT = 3.0
ADMIN_EVIDENCE_BONUS = 2.0
NEAR_KM = 250.0
NEAR_BONUS = 1.5
DEMONYM_WEIGHT = 0.5
OUTLET_WEIGHT = 1.0


@dataclass
class Choice:
    entry: Entry | None
    confidence: float | None


@dataclass
class _Group:
    key: str
    mentions: list[Mention]
    candidates: list[tuple[Entry, bool]]


def resolve(
    mentions: list[Mention], gaz: Gazetteer, *, demonym_countries: list[str], outlet_country: str | None
) -> dict[int, Choice]:
    """The choice for each mention, keyed by ``id(mention)``."""
    groups: dict[str, _Group] = {}
    for m in mentions:
        key = normalise(m.name)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key, [], gaz.lookup(m.name))
        group.mentions.append(m)
    base: dict[str, float] = defaultdict(float)
    for iso in demonym_countries:
        base[iso] += DEMONYM_WEIGHT
    if outlet_country:
        base[outlet_country] += OUTLET_WEIGHT

    first = {key: _pick(g, gaz, base, set(), [], set()) for key, g in groups.items()}
    chosen: dict[str, Choice] = {}
    for key, g in groups.items():
        countries: dict[str, float] = defaultdict(float, base)
        admins: set[tuple[str, str]] = set()
        points: list[tuple[float, float]] = []
        inside: set[tuple[str, str]] = set()  # divisions holding another chosen town
        for other, choice in first.items():
            if other == key or choice.entry is None:
                continue
            e = choice.entry
            weight = len(groups[other].mentions) * (choice.confidence or 0.0)
            if e.country:
                countries[e.country] += weight
            if e.feature == ADMIN1 and e.country and e.admin1:
                admins.add((e.country, e.admin1))
            if e.is_town:
                points.append((e.lat, e.lon))
            if e.feature != ADMIN1 and e.country and e.admin1:
                inside.add((e.country, e.admin1))
        chosen[key] = _pick(g, gaz, countries, admins, points, inside)
    return {id(m): chosen[normalise(m.name)] for m in mentions}


def _pick(
    group: _Group,
    gaz: Gazetteer,
    countries: dict[str, float],
    admins: set[tuple[str, str]],
    points: list[tuple[float, float]],
    inside: set[tuple[str, str]],
) -> Choice:
    if not group.candidates:
        return Choice(None, None)
    total = sum(countries.values())
    same_name_admin1 = {(e.country, e.admin1) for e, main in group.candidates if main and e.feature == ADMIN1}
    cues = {m.cue for m in group.mentions if m.cue}
    qualifiers = [gaz.lookup(m.qualifier.name) for m in group.mentions if m.qualifier is not None]
    biggest_town = max((e.population for e, main in group.candidates if main and e.is_town), default=0)
    scores: list[float] = []
    for entry, main in group.candidates:
        s = POPULATION_WEIGHT * math.log10(entry.population + 10)
        prior = FEATURE_PRIOR.get(entry.feature, 0.0) if main else ALIAS_FEATURE_PRIOR.get(entry.feature, 0.0)
        # "Manchester": a city of half a million outweighs a parish of Jamaica that bears its name.
        if entry.feature == ADMIN1 and biggest_town >= SMALL_DIVISION_RATIO * max(entry.population, 1):
            prior = 0.0
        s += prior
        s += MAIN_NAME_BONUS if main else 0.0
        if "admin" in cues:
            s += ADMIN_CUE_BONUS if entry.feature == ADMIN1 else 0.0
        if "admin2" in cues:
            s += ADMIN_CUE_BONUS + 1.0 if entry.feature == ADMIN2 else 0.0
        if entry.is_town and entry.population >= BIG_CITY and (entry.country, entry.admin1) in same_name_admin1:
            s += BIG_CITY_BONUS
        if "town" in cues:
            s += TOWN_CUE_BONUS if entry.is_town else 0.0
        if any(_qualifies(q, entry) for quals in qualifiers for q, _ in quals):
            s += QUALIFIER_BONUS
        if total and entry.country:
            s += COUNTRY_EVIDENCE_WEIGHT * countries.get(entry.country, 0.0) / total
        if entry.country and entry.admin1 and entry.feature != ADMIN1 and (entry.country, entry.admin1) in admins:
            s += ADMIN_EVIDENCE_BONUS
        near = entry.is_town and any(distance_km(entry.lat, entry.lon, la, lo) < NEAR_KM for la, lo in points)
        if near or (entry.feature == ADMIN1 and (entry.country, entry.admin1) in inside):
            s += NEAR_BONUS
        scores.append(s)
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    confidence = 1.0 / sum(math.exp(s - top) for s in scores)
    return Choice(group.candidates[best][0], round(confidence, 3))


def _qualifies(qualifier: Entry, entry: Entry) -> bool:
    if qualifier.feature == COUNTRY:
        return entry.country == qualifier.country and entry.feature != COUNTRY
    if qualifier.feature == ADMIN1:
        return entry.country == qualifier.country and entry.admin1 == qualifier.admin1 and entry.feature != ADMIN1
    return False

