"""The offline gazetteer: GeoNames countries, divisions, continents, regions and towns.

The data (``newsledger/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) is GeoNames
data, CC BY 4.0 (https://www.geonames.org). It loads once per process on first use (``gazetteer()``
is cached) and is held as parallel arrays plus one name index, which keeps it near 100 MB of memory.
"""

from __future__ import annotations

import gzip
import logging
import math
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.errors import NewsledgerError

logger = logging.getLogger(__name__)

# Feature codes in the data: PCLI country, ADM1 first-level division, ADM2 second-level division,
# CONT continent, RGN region ("Middle East", "Balkans"), PPLC capital, PPL any other town.
COUNTRY, ADMIN1, ADMIN2, CONTINENT, REGION, CAPITAL, TOWN = "PCLI", "ADM1", "ADM2", "CONT", "RGN", "PPLC", "PPL"
EARTH_RADIUS_KM = 6371.0088
DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    row: int
    geonameid: int
    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int

    @property
    def is_town(self) -> bool:
        return self.feature in (TOWN, CAPITAL)


def normalise(name: str) -> str:
    """Index key of a name: accents dropped, hyphens as spaces, lower case, single spaces, no leading "the"."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("-", " ").lower()
    key = " ".join(folded.split())
    return key.removeprefix("the ")


class Gazetteer:
    """Name lookup over the rows; ``lookup`` gives each candidate and whether the name is its main one."""

    def __init__(self, lines: list[str]) -> None:
        self.ids = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.names: list[str] = []
        self.features: list[str] = []
        self.countries: list[str] = []
        self.admin1: list[str] = []
        self._index: dict[str, list[int]] = {}  # row * 2 + (1 if an alternate name)
        self._by_id: dict[int, int] = {}
        self._country_row: dict[str, int] = {}
        self._admin1_row: dict[tuple[str, str], int] = {}
        interned: dict[str, str] = {}
        for line in lines:
            if not line or line.startswith("#"):
                continue
            gid, name, feature, cc, adm, lat, lon, pop, alts = line.rstrip("\n").split("\t")
            row = len(self.names)
            self.ids.append(int(gid))
            self.names.append(name)
            self.features.append(interned.setdefault(feature, feature))
            self.countries.append(interned.setdefault(cc, cc))
            self.admin1.append(interned.setdefault(adm, adm))
            self.lat.append(float(lat))
            self.lon.append(float(lon))
            self.population.append(int(pop))
            self._by_id.setdefault(int(gid), row)
            if feature == COUNTRY:
                self._country_row[cc] = row
            elif feature == ADMIN1:
                self._admin1_row[(cc, adm)] = row
            self._add(normalise(name), row * 2)
            for alt in alts.split("|") if alts else ():
                self._add(normalise(alt), row * 2 + 1)

    def _add(self, key: str, code: int) -> None:
        codes = self._index.setdefault(key, [])
        if code not in codes and code ^ 1 not in codes:
            codes.append(code)

    def __len__(self) -> int:
        return len(self.names)

    def entry(self, row: int) -> Entry:
        cc = self.countries[row]
        adm = self.admin1[row]
        return Entry(row, self.ids[row], self.names[row], self.features[row], cc or None, adm or None,
                     self.lat[row], self.lon[row], self.population[row])

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Candidates for a name as written: (entry, is its main name)."""
        return [(self.entry(code >> 1), not code & 1) for code in self._index.get(normalise(name), ())]

    def has(self, name: str) -> bool:
        return normalise(name) in self._index

    def by_id(self, geonameid: int) -> Entry | None:
        row = self._by_id.get(geonameid)
        return self.entry(row) if row is not None else None

    def country(self, iso2: str) -> Entry | None:
        row = self._country_row.get(iso2)
        return self.entry(row) if row is not None else None

    def admin1_of(self, entry: Entry) -> Entry | None:
        if entry.country is None or entry.admin1 is None:
            return None
        row = self._admin1_row.get((entry.country, entry.admin1))
        return self.entry(row) if row is not None else None

    def contains_id(self, geonameid: int) -> bool:
        return geonameid in self._by_id


def _read(resource: str) -> list[str]:
    try:
        with gzip.open(DATA_DIR / resource, "rt", encoding="utf-8") as fh:
            return fh.read().split("\n")
    except (OSError, EOFError) as exc:
        raise NewsledgerError(f"cannot read the gazetteer {resource}: {exc}") from exc


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    gaz = Gazetteer(_read("gazetteer.tsv.gz"))
    logger.info("gazetteer loaded: %d places", len(gaz))
    return gaz


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym (and its plural) -> ISO2 ("Russian", "Russians" -> RU)."""
    text = (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if "\t" in line:
            word, iso = line.split("\t")
            table[word] = iso
            if not word.endswith(("s", "sh", "ch", "ese")):
                table.setdefault(word + "s", iso)
    return table


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names ("Tyler", "Brent"): US Census 1990 lists, built by ``scripts/build_gazetteer.py``."""
    text = (DATA_DIR / "first_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
