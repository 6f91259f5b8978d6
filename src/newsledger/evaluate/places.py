"""``newsledger eval places PATH``: toponym recognition and resolution on GeoWebNews and TR-News.

PATH is ``GWN.xml``, ``TR-News.xml`` or the directory holding them (then both are scored).
Recognition: precision, recall and F1 of predicted place spans against gold toponyms, both with
exact offsets and with overlapping spans (one-to-one). Resolution, over the recognised toponyms
(overlap match) that carry gold coordinates: accuracy within 161 km, mean and median error in km,
and the AUC of the log-error curve of Gritta et al. 2018 ("What's missing in geographical parsing?",
lower is better); a toponym left without coordinates counts as the largest possible error.

Which gold toponyms count (following the pragmatic taxonomy of Gritta et al. 2019 and this
project's contract, see docs/quality/places.md):

- GeoWebNews: the literal and associative types that carry coordinates: Literal, Mixed, Coercion,
  Embedded_Literal, Literal_Modifier, Metonymic, Non_Literal_Modifier. Demonym and
  Embedded_Non_Lit (the "Washington" of "Washington Post") are not places by the contract: a
  prediction on them is neither right nor wrong. Homonym, Language, Non_Toponym and the common-noun
  expressions are not toponyms: a prediction on them is a false positive.
- TR-News: every gazetteer-tagged toponym except demonyms ("Turkish" tagged as Turkey), which the
  contract keeps as country evidence, not as places: a prediction on them is ignored.
"""

from __future__ import annotations

import argparse
import itertools
import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.config import Options
from newsledger.errors import EvaluationError
from newsledger.evaluate.common import PRF, Report, in_split, require, shared_data_dir
from newsledger.extract.places.gazetteer import distance_km, gazetteer
from newsledger.extract.places.recognise import demonym_not_place
from newsledger.pipeline import Pipeline
from newsledger.records import Article, Place

GWN_COUNTED = frozenset(
    {"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier", "Metonymic", "Non_Literal_Modifier"}
)
GWN_IGNORED = frozenset({"Demonym", "Embedded_Non_Lit"})
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst possible error
ACCURACY_KM = 161.0
ALIGN_WINDOW = 60  # characters either side in which a misplaced gold phrase is looked for


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    counted: bool  # False: a prediction on it is ignored
    kind: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class GoldArticle:
    id: str
    text: str
    outlet: str | None
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(el: ET.Element | None) -> float | None:
    if el is None or not (el.text or "").strip():
        return None
    return float((el.text or "").strip())


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _is_demonym(phrase: str) -> bool:
    """A demonym or regional adjective, by the same rule as the extractor."""
    return demonym_not_place(gazetteer(), phrase)


def _align(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """Offsets of the annotated phrase: the given ones, or the nearest occurrence within a short window.

    Some TR-News articles (117 of 1,319 toponyms) carry offsets a few characters off their own
    ``phrase`` ("C[hurchill ]" for "Churchill", drifting by one per line break in places): the
    offsets were counted on a slightly different copy of the text. The phrase is the annotation.
    """
    phrase = (phrase or "").strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    found = [i for i in range(lo, min(len(text), start + ALIGN_WINDOW) + 1) if text.startswith(phrase, i)]
    if not found:
        return start, end
    best = min(found, key=lambda i: abs(i - start))
    return best, best + len(phrase)


def _xml_root(path: Path, corpus: str) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(f"cannot read {corpus} from {path}: {exc}") from exc


def read_gwn(path: Path) -> list[GoldArticle]:
    root = _xml_root(path, "GeoWebNews")
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = GoldArticle(f"gwn-{art.get('file')}", text, (art.findtext("link") or "").strip() or None)
        for t in art.iter("toponym"):
            kind = (t.findtext("type") or "").strip()
            lat, lon = _float(t.find("latitude")), _float(t.find("longitude"))
            if (kind in GWN_COUNTED and lat is None) or kind.endswith("Expression"):
                # Common-noun expressions ("the city") are not names: left out entirely.
                continue
            start, end = _align(text, int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                                t.findtext("extractedName"))
            if _is_demonym(text[start:end]):
                # "Russian officials" is tagged Non_Literal_Modifier; the contract keeps demonyms apart.
                kind = "Demonym"
            counted = kind in GWN_COUNTED
            if kind in GWN_IGNORED or counted:
                gold.toponyms.append(GoldToponym(start, end, text[start:end], counted, kind,
                                                 _int(t.findtext("geonamesID")), lat, lon))
            else:
                # Homonym, Language, Non_Toponym: present so that a prediction on them is a false positive.
                gold.toponyms.append(GoldToponym(start, end, text[start:end], False, "false:" + kind))
        articles.append(gold)
    return articles


def read_trnews(path: Path) -> list[GoldArticle]:
    root = _xml_root(path, "TR-News")
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = GoldArticle(f"trnews-{art.get('docid')}", text, (art.findtext("domain") or "").strip() or None)
        for t in art.iter("toponym"):
            start, end = _align(text, int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                                t.findtext("phrase"))
            phrase = text[start:end]
            tag = t.find("gaztag")
            if tag is None:
                continue
            demonym = _is_demonym(phrase)
            gold.toponyms.append(GoldToponym(
                start, end, phrase, not demonym, "demonym" if demonym else (tag.findtext("fcode") or ""),
                _int(tag.get("geonameid")), _float(tag.find("lat")), _float(tag.find("lon")),
            ))
        articles.append(gold)
    return articles


def _match(
    gold: list[GoldToponym], pred: list[Place], *, exact: bool
) -> tuple[list[tuple[GoldToponym, Place]], list[Place]]:
    """One-to-one pairs (gold, prediction) and the unmatched predictions."""
    pairs: list[tuple[GoldToponym, Place]] = []
    used: set[int] = set()
    for g in sorted(gold, key=lambda g: (not g.counted, g.start)):
        for i, p in enumerate(pred):
            if i in used:
                continue
            hit = (p.start, p.end) == (g.start, g.end) if exact else p.start < g.end and g.start < p.end
            if hit:
                pairs.append((g, p))
                used.add(i)
                break
    return pairs, [p for i, p in enumerate(pred) if i not in used]


def auc_of_errors(errors: list[float]) -> float:
    """Area under the sorted log-error curve, scaled to 0..1 (Gritta et al. 2018); lower is better."""
    if not errors:
        return 0.0
    ys = [math.log(e + 1) for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0] / math.log(MAX_ERROR_KM)
    area = sum((a + b) / 2 for a, b in itertools.pairwise(ys))
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


@dataclass
class _Scores:
    strict: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    errors: list[float] = field(default_factory=list)
    baseline_errors: list[float] = field(default_factory=list)  # most populous candidate, no context
    ids_right: int = 0
    ids_total: int = 0
    ids_in_gazetteer: int = 0
    gold_ids: int = 0
    articles: int = 0


def _score(articles: list[GoldArticle], pipeline: Pipeline) -> _Scores:
    s = _Scores()
    gaz = gazetteer()
    for art in articles:
        s.articles += 1
        record = pipeline.extract_article(Article(id=art.id, text=art.text, outlet=art.outlet))
        pred = list(record.places)
        counted = [g for g in art.toponyms if g.counted]
        for g in counted:
            if g.geonameid is not None:
                s.gold_ids += 1
                s.ids_in_gazetteer += gaz.contains_id(g.geonameid)
        for exact, prf in ((True, s.strict), (False, s.overlap)):
            pairs, unmatched = _match(art.toponyms, pred, exact=exact)
            tp = sum(1 for g, _ in pairs if g.counted)
            false_hits = sum(1 for g, _ in pairs if g.kind.startswith("false:"))
            prf.add(tp=tp, fp=len(unmatched) + false_hits, fn=len(counted) - tp)
            if exact:
                continue
            for g, p in pairs:
                if not g.counted or g.lat is None or g.lon is None:
                    continue
                err = MAX_ERROR_KM if p.lat is None or p.lon is None else distance_km(g.lat, g.lon, p.lat, p.lon)
                s.errors.append(err)
                popular = max((e for e, _ in gaz.lookup(p.text)), key=lambda e: e.population, default=None)
                s.baseline_errors.append(
                    MAX_ERROR_KM if popular is None else distance_km(g.lat, g.lon, popular.lat, popular.lon))
                if g.geonameid is not None:
                    s.ids_total += 1
                    s.ids_right += p.geonameid == g.geonameid
    return s


def _corpora(path: Path) -> list[tuple[str, Path]]:
    require(path, "geo gold data")
    if path.is_dir():
        found = [(name, path / file) for name, file in (("GeoWebNews", "GWN.xml"), ("TR-News", "TR-News.xml"))
                 if (path / file).exists()]
        if not found:
            raise EvaluationError(f"neither GWN.xml nor TR-News.xml in {path}")
        return found
    return [("TR-News" if "tr-news" in path.name.lower() else "GeoWebNews", path)]


def evaluate(path: Path | None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None) -> Report:
    # Places read only the entities' records: the other extractors would only slow the run.
    pipeline = pipeline or Pipeline(Options(extractors=("entities", "places")))
    path = Path(path) if path is not None else shared_data_dir() / "geo"
    report = Report(f"places on {path} (split {split})")
    for name, file in _corpora(path):
        reader = read_trnews if name == "TR-News" else read_gwn
        articles = [a for a in reader(file) if in_split(a.id, split)]
        if limit is not None:
            articles = articles[:limit]
        s = _score(articles, pipeline)
        key = "gwn" if name == "GeoWebNews" else "trnews"
        errs = s.errors
        acc = sum(e <= ACCURACY_KM for e in errs) / len(errs) if errs else 0.0
        mean = statistics.fmean(errs) if errs else 0.0
        median = statistics.median(errs) if errs else 0.0
        auc = auc_of_errors(errs)
        base = s.baseline_errors
        base_acc = sum(e <= ACCURACY_KM for e in base) / len(base) if base else 0.0
        coverage = s.ids_in_gazetteer / s.gold_ids if s.gold_ids else 0.0
        id_acc = s.ids_right / s.ids_total if s.ids_total else 0.0
        report.lines += [
            f"{name}: {s.articles} articles",
            s.overlap.row("  recognition (overlap)"),
            s.strict.row("  recognition (exact)"),
            f"  resolution over {len(errs)} recognised toponyms: acc@161km {acc:.3f}  mean {mean:.0f} km"
            f"  median {median:.1f} km  AUC {auc:.3f}",
            f"  population baseline on the same toponyms: acc@161km {base_acc:.3f}  AUC {auc_of_errors(base):.3f}",
            f"  GeoNames id accuracy {id_acc:.3f} (of {s.ids_total});"
            f" gazetteer holds {coverage:.3f} of {s.gold_ids} gold ids",
        ]
        report.metrics.update({
            f"{key}_overlap_p": s.overlap.precision, f"{key}_overlap_r": s.overlap.recall,
            f"{key}_overlap_f1": s.overlap.f1, f"{key}_exact_f1": s.strict.f1,
            f"{key}_acc161": acc, f"{key}_mean_km": mean, f"{key}_median_km": median, f"{key}_auc": auc,
            f"{key}_id_accuracy": id_acc, f"{key}_gazetteer_coverage": coverage,
            f"{key}_baseline_acc161": base_acc,
        })
    return report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Evaluate place recognition and resolution.")
    ap.add_argument("path", type=Path, nargs="?", default=shared_data_dir() / "geo")
    ap.add_argument("--split", default="all", choices=["all", "dev", "test"])
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    print(evaluate(args.path, split=args.split, limit=args.limit).format())


if __name__ == "__main__":
    main()
