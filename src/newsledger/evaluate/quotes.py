"""Evaluate quote extraction on PolNeAR (brat attribution annotations).

PolNeAR ships ``train/`` and ``dev/`` folders, each with ``text/<stem>.txt`` and
``attributions/<stem>_<annotator>.ann``. Its own split is used, mapped onto newsledger's split
names by purpose: ``dev`` (where the rules were developed) is PolNeAR ``train/``, ``test`` (kept
unseen) is PolNeAR ``dev/``, ``all`` is both. When several annotators labelled one text, the file
whose annotator code sorts first is read, so every run scores against the same gold.

Gold attributions are the ``Attribution`` events with a ``Content`` (discontinuous contents are one
attribution). Predictions are our quotes; the parts of a quote split around one cue (same cue
offsets) count as one attribution, as PolNeAR annotates them. Spans are compared as sets of word
tokens, so quotation marks and edge punctuation do not matter:

* content exact: the word sets are equal; partial: they share a word (matched one to one, largest
  overlap first); token: precision and recall of the words themselves over matched pairs;
* source / cue accuracy: over partially matched pairs whose gold has a source (cue), the share where
  our speaker (its mention at the cue, or the antecedent it was resolved to) or cue shares a word
  with it;
* relation: a partial content match whose source is right (or absent on both sides);
* direct / indirect recall: gold contents that open with a quotation mark are direct.

``textacy.extract.triples.direct_quotations`` runs on the same parses as the baseline when textacy
is installed.
"""

from __future__ import annotations

import argparse
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from newsledger.config import Options
from newsledger.errors import EvaluationError
from newsledger.evaluate.common import PRF, SPLITS, Report, require, shared_data_dir
from newsledger.extract import EXTRACTORS, ExtractContext
from newsledger.extract.quotes import extract_quotes
from newsledger.pipeline import Pipeline
from newsledger.records import Quote

logger = logging.getLogger(__name__)

FOLDERS = {"dev": ("train",), "test": ("dev",), "all": ("train", "dev")}
_WORD = re.compile(r"\w+")
_OPENERS = "\"“„«»‘'"
Frags = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    content: Frags
    source: Frags = ()
    cue: Frags = ()


@dataclass
class GoldDoc:
    id: str
    text: str
    attributions: list[Attribution]


@dataclass
class Tally:
    """Counts for one system over many documents."""

    exact: PRF = field(default_factory=PRF)
    partial: PRF = field(default_factory=PRF)
    token: PRF = field(default_factory=PRF)
    relation: PRF = field(default_factory=PRF)
    source_right: int = 0
    source_total: int = 0
    cue_right: int = 0
    cue_total: int = 0
    direct: list[int] = field(default_factory=lambda: [0, 0])  # found, total
    indirect: list[int] = field(default_factory=lambda: [0, 0])


# -- reading PolNeAR --------------------------------------------------------------------------------


def polnear_dir(path: Path) -> Path:
    """Accept the PolNeAR folder itself, or a folder above it (the shared data root)."""
    for candidate in (path, path / "polnear", path / "attribution" / "polnear"):
        if (candidate / "train").is_dir() or (candidate / "dev").is_dir():
            return candidate
    raise EvaluationError(f"no PolNeAR train/ or dev/ folder under {path}")


def _frags(spec: str) -> Frags:
    try:
        return tuple((int(a), int(b)) for a, b in (part.split() for part in spec.split(";")))
    except ValueError as exc:
        raise EvaluationError(f"bad brat offsets {spec!r}") from exc


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat file: each event's Content with its Source and Cue."""
    spans: dict[str, Frags] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _frags(offsets)
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append({re.sub(r"\d+$", "", k): v for k, v in roles.items()})
    out = []
    for roles in events:
        if roles.get("Content") not in spans:
            continue
        out.append(
            Attribution(
                content=spans[roles["Content"]],
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
            )
        )
    return out


def default_path() -> Path:
    return shared_data_dir() / "attribution" / "polnear"


def read_polnear(path: Path | None, split: str = "all", limit: int | None = None) -> Iterator[GoldDoc]:
    """PolNeAR texts with their gold attributions (``path`` None: the shared data folder's copy)."""
    if split not in SPLITS:
        raise EvaluationError(f"split must be one of {SPLITS}, not {split!r}")
    root = polnear_dir(require(path if path is not None else default_path(), "PolNeAR data"))
    count = 0
    for folder in FOLDERS[split]:
        base = root / folder
        if not base.is_dir():
            continue
        anns: dict[str, list[Path]] = {}
        for ann in sorted((base / "attributions").glob("*.ann")):
            anns.setdefault(re.sub(r"_[0-9a-f]+$", "", ann.stem), []).append(ann)
        for stem in sorted(anns):
            if limit is not None and count >= limit:
                return
            text_path = base / "text" / f"{stem}.txt"
            if not text_path.exists():
                logger.warning("PolNeAR annotations without text: %s", stem)
                continue
            # Several annotators may have labelled a text: the first code in sort order is used.
            chosen = sorted(anns[stem])[0]
            yield GoldDoc(f"{folder}/{stem}", text_path.read_text(encoding="utf-8"), read_ann(chosen))
            count += 1


# -- scoring ----------------------------------------------------------------------------------------


def _words(text: str, frags: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(m.start() + s for s, e in frags for m in _WORD.finditer(text[s:e]))


def _is_direct(text: str, content: Frags) -> bool:
    return all(text[s:e].lstrip()[:1] in _OPENERS for s, e in content if text[s:e].strip())


@dataclass(frozen=True)
class Prediction:
    content: Frags
    source: Frags = ()
    cue: Frags = ()


def group_quotes(quotes: Iterable[Quote]) -> list[Prediction]:
    """Our quotes as attributions: the parts of a quote split around one cue become one."""
    grouped: dict[object, list[Quote]] = {}
    for q in quotes:
        key: object = ("cue", q.cue) if q.kind == "direct" and q.cue is not None else ("id", q.id)
        grouped.setdefault(key, []).append(q)
    out = []
    for parts in grouped.values():
        first = parts[0]
        # The source is right when it is named at the cue or is the antecedent we resolved it to.
        source: Frags = tuple(
            span
            for span in (first.speaker_mention, (first.speaker.start, first.speaker.end) if first.speaker else None)
            if span is not None
        )
        out.append(Prediction(tuple(p.content for p in parts), source, (first.cue,) if first.cue else ()))
    return out


def score(text: str, gold: list[Attribution], preds: list[Prediction], tally: Tally) -> None:
    g_words = [_words(text, a.content) for a in gold]
    p_words = [_words(text, p.content) for p in preds]
    pairs = sorted(
        ((len(gw & pw), gi, pi) for gi, gw in enumerate(g_words) for pi, pw in enumerate(p_words) if gw & pw),
        reverse=True,
    )
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for _overlap, gi, pi in pairs:
        if gi not in g_used and pi not in p_used:
            g_used[gi] = pi
            p_used.add(pi)
    exact = sum(1 for gi, pi in g_used.items() if g_words[gi] == p_words[pi])
    tally.exact.add(tp=exact, fp=len(preds) - exact, fn=len(gold) - exact)
    tally.partial.add(tp=len(g_used), fp=len(preds) - len(g_used), fn=len(gold) - len(g_used))
    common = sum(len(g_words[gi] & p_words[pi]) for gi, pi in g_used.items())
    tally.token.add(tp=common, fp=sum(map(len, p_words)) - common, fn=sum(map(len, g_words)) - common)
    related = 0
    for gi, pi in g_used.items():
        g, p = gold[gi], preds[pi]
        if g.source:
            right = bool(_words(text, g.source) & _words(text, p.source))
            tally.source_total += 1
            tally.source_right += right
        else:
            right = not p.source
        related += right
        if g.cue:
            tally.cue_total += 1
            tally.cue_right += bool(_words(text, g.cue) & _words(text, p.cue))
    tally.relation.add(tp=related, fp=len(preds) - related, fn=len(gold) - related)
    for gi, g in enumerate(gold):
        bucket = tally.direct if _is_direct(text, g.content) else tally.indirect
        bucket[1] += 1
        bucket[0] += gi in g_used


def textacy_predictions(doc: Doc) -> list[Prediction] | None:
    """The baseline: textacy's direct quotation triples, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    out = []
    try:
        for triple in direct_quotations(doc):
            content = triple.content
            src = tuple((t.idx, t.idx + len(t.text)) for t in triple.speaker)
            cue = tuple((t.idx, t.idx + len(t.text)) for t in triple.cue)
            out.append(Prediction(((content.start_char, content.end_char),), src, cue))
    except (ValueError, IndexError) as exc:
        logger.debug("textacy failed on a document: %r", exc)
    return out


# -- the command ------------------------------------------------------------------------------------


def evaluate(
    path: Path | None,
    *,
    split: str = "all",
    limit: int | None = None,
    pipeline: Pipeline | None = None,
    baseline: bool = True,
) -> Report:
    """Score ``extract_quotes`` (and textacy's baseline) on PolNeAR under ``path``."""
    pipeline = pipeline or Pipeline(Options.from_env(extractors=("entities",)))
    golds = list(read_polnear(path, split, limit))
    if not golds:
        raise EvaluationError(f"no PolNeAR documents for split {split!r} under {path}")
    ours, base = Tally(), Tally()
    has_baseline = False
    parse_s = quote_s = 0.0
    started = time.perf_counter()
    docs = pipeline.nlp.pipe((g.text for g in golds), batch_size=pipeline.options.batch_size)
    for gold, doc in zip(golds, docs, strict=True):
        parse_s += time.perf_counter() - started
        # Quotes read only the entities of the earlier extractors; times and places are not run.
        context = ExtractContext(entity_repairs=pipeline.options.entity_repairs)
        context = context.with_records("entities", EXTRACTORS["entities"](doc, context))
        t0 = time.perf_counter()
        quotes = extract_quotes(doc, context)
        quote_s += time.perf_counter() - t0
        score(gold.text, gold.attributions, group_quotes(quotes), ours)
        if baseline:
            preds = textacy_predictions(doc)
            if preds is not None:
                has_baseline = True
                score(gold.text, gold.attributions, preds, base)
        started = time.perf_counter()
    folders = "+".join(f"PolNeAR {f}/" for f in FOLDERS[split])
    report = Report(f"quotes on {folders} (split {split}, {len(golds)} documents)")
    _describe(report, "newsledger", ours, "")
    if has_baseline:
        _describe(report, "textacy direct_quotations (baseline)", base, "textacy_")
    report.lines.append("")
    report.lines.append(
        f"time: spaCy parse {parse_s:.2f} s, quotes extractor {quote_s:.2f} s "
        f"({1000 * quote_s / len(golds):.1f} ms/doc, {100 * quote_s / parse_s if parse_s else 0:.1f}% of parse)"
    )
    report.metrics["docs"] = float(len(golds))
    return report


def _describe(report: Report, name: str, t: Tally, prefix: str) -> None:
    src = t.source_right / t.source_total if t.source_total else 0.0
    cue = t.cue_right / t.cue_total if t.cue_total else 0.0
    direct = t.direct[0] / t.direct[1] if t.direct[1] else 0.0
    indirect = t.indirect[0] / t.indirect[1] if t.indirect[1] else 0.0
    report.lines += [
        "",
        name,
        t.exact.row("content exact"),
        t.partial.row("content partial"),
        t.token.row("content tokens"),
        t.relation.row("relation (content+source)"),
        f"{'source accuracy':<28} {src:6.3f}   ({t.source_right}/{t.source_total} matched with a gold source)",
        f"{'cue accuracy':<28} {cue:6.3f}   ({t.cue_right}/{t.cue_total} matched with a gold cue)",
        f"{'direct recall':<28} {direct:6.3f}   ({t.direct[0]}/{t.direct[1]})",
        f"{'indirect recall':<28} {indirect:6.3f}   ({t.indirect[0]}/{t.indirect[1]})",
    ]
    for key, prf in (("exact", t.exact), ("partial", t.partial), ("token", t.token), ("relation", t.relation)):
        report.metrics[f"{prefix}{key}_p"] = prf.precision
        report.metrics[f"{prefix}{key}_r"] = prf.recall
        report.metrics[f"{prefix}{key}_f1"] = prf.f1
    report.metrics[f"{prefix}source_acc"] = src
    report.metrics[f"{prefix}cue_acc"] = cue
    report.metrics[f"{prefix}direct_r"] = direct
    report.metrics[f"{prefix}indirect_r"] = indirect


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", type=Path, nargs="?", default=None)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-baseline", action="store_true", help="skip textacy's baseline")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(evaluate(args.path, split=args.split, limit=args.limit, baseline=not args.no_baseline).format())


if __name__ == "__main__":
    main()
