"""Time expressions against TimeML gold: TBAQ (TimeBank + AQUAINT) and MEANTIME.

Scores are the TempEval-3 timex measures (UzZaman et al. 2013):

- strict span P/R/F1: the predicted span equals a gold span exactly;
- relaxed span P/R/F1: the predicted span overlaps a gold span (one-to-one matching);
- attribute F1 for ``type`` and ``value``: among relaxed matches, those with the right
  attribute, counted against every predicted (precision) and every gold (recall) expression,
  so attribute F1 = attribute accuracy x relaxed F1.

TBAQ: the ``.tml`` files of ``TimeBank/`` and ``AQUAINT/``; the text is the ``<TEXT>`` element
with its tags removed and the publication date is the TIMEX3 with
``functionInDocument="CREATION_TIME"`` (it sits outside ``<TEXT>`` and is not scored).
MEANTIME: one XML file per Wikinews article with ``<token>`` elements (no spacing given) and
``<TIMEX3>`` markables pointing at token ids; the text is rebuilt from the tokens (title and
date line on lines of their own) and the date line's CREATION_TIME timex is scored like any
other, since it is part of the text. Markables without tokens (implicit times) are skipped.
MEANTIME annotates only the title, the date line and the first four sentences of each article,
so the text is cut after the last annotated sentence.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import PRF, Report, in_split, require, shared_data_dir
from newsledger.extract.context import ExtractContext
from newsledger.extract.times import extract_times
from newsledger.pipeline import Pipeline
from newsledger.records import TimeExpression

logger = logging.getLogger(__name__)

CORPORA = ("TBAQ", "MEANTIME")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: date | None
    timexes: tuple[GoldTimex, ...]


@dataclass
class Scores:
    """The TempEval-3 timex counts of one corpus."""

    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    type: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    matched: int = 0
    docs: int = 0
    seconds: float = 0.0

    def add(self, gold: Sequence[GoldTimex], predicted: Sequence[TimeExpression]) -> list[str]:
        """Count one document; returns its errors as readable lines (for ``--errors``)."""
        self.docs += 1
        n_gold, n_pred = len(gold), len(predicted)
        exact = {(g.start, g.end) for g in gold}
        strict_tp = sum(1 for p in predicted if (p.start, p.end) in exact)
        self.strict.add(tp=strict_tp, fp=n_pred - strict_tp, fn=n_gold - strict_tp)
        pairs = match(gold, predicted)
        self.relaxed.add(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs))
        self.matched += len(pairs)
        type_ok = sum(1 for g, p in pairs if g.type == p.type)
        value_ok = sum(1 for g, p in pairs if g.value == p.value)
        self.type.add(tp=type_ok, fp=n_pred - type_ok, fn=n_gold - type_ok)
        self.value.add(tp=value_ok, fp=n_pred - value_ok, fn=n_gold - value_ok)
        return describe_errors(gold, predicted, pairs)

    def lines(self, name: str) -> list[str]:
        type_acc = self.type.tp / self.matched if self.matched else 0.0
        value_acc = self.value.tp / self.matched if self.matched else 0.0
        return [
            f"{name}: {self.docs} documents, {self.strict.tp + self.strict.fn:g} gold expressions, "
            f"{self.seconds:.1f} s",
            self.strict.row("  strict span"),
            self.relaxed.row("  relaxed span"),
            self.type.row("  type (attribute F1)"),
            self.value.row("  value (attribute F1)"),
            f"  type accuracy {type_acc:.3f}, value accuracy {value_acc:.3f} (over {self.matched} matches)",
        ]

    def metrics(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}.strict_p": self.strict.precision,
            f"{prefix}.strict_r": self.strict.recall,
            f"{prefix}.strict_f1": self.strict.f1,
            f"{prefix}.relaxed_p": self.relaxed.precision,
            f"{prefix}.relaxed_r": self.relaxed.recall,
            f"{prefix}.relaxed_f1": self.relaxed.f1,
            f"{prefix}.type_f1": self.type.f1,
            f"{prefix}.value_f1": self.value.f1,
            f"{prefix}.type_accuracy": self.type.tp / self.matched if self.matched else 0.0,
            f"{prefix}.value_accuracy": self.value.tp / self.matched if self.matched else 0.0,
        }


def match(
    gold: Sequence[GoldTimex], predicted: Sequence[TimeExpression]
) -> list[tuple[GoldTimex, TimeExpression]]:
    """One-to-one overlap matching; an exact span wins over a mere overlap."""
    pairs: list[tuple[GoldTimex, TimeExpression]] = []
    used: set[int] = set()
    for g in gold:
        best: int | None = None
        for i, p in enumerate(predicted):
            if i in used or p.end <= g.start or p.start >= g.end:
                continue
            if best is None or (p.start, p.end) == (g.start, g.end):
                best = i
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best]))
    return pairs


def describe_errors(
    gold: Sequence[GoldTimex],
    predicted: Sequence[TimeExpression],
    pairs: Sequence[tuple[GoldTimex, TimeExpression]],
) -> list[str]:
    out: list[str] = []
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in matched_gold:
            out.append(f"MISS  {g.type:8} {g.value:16} [{g.start}:{g.end}]")
    for p in predicted:
        if id(p) not in matched_pred:
            out.append(f"FALSE {p.type:8} {p.value:16} {p.text!r}")
    for g, p in pairs:
        if (g.start, g.end) != (p.start, p.end):
            out.append(f"SPAN  gold [{g.start}:{g.end}] pred {p.text!r}")
        if g.type != p.type or g.value != p.value:
            out.append(f"VALUE {p.text!r}: gold {g.type} {g.value}, pred {p.type} {p.value}")
    return out


# --- reading the corpora ---------------------------------------------------------------------


def _dct(value: str | None, source: Path) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value.strip())  # one MEANTIME file writes MM-DD-YYYY
    try:
        if m:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:
        pass
    logger.warning("%s: creation time %r is not a calendar date", source, value)
    return None


def read_xml(path: Path, what: str) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise EvaluationError(f"cannot read {what} file {path}: {exc}") from exc


def tml_text(root: ET.Element, path: Path) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The text of a TimeML file's ``<TEXT>`` element with its tags removed, and each element inside
    it with its character span in that text."""
    text_el = root.find("TEXT")
    if text_el is None:
        raise EvaluationError(f"{path} has no <TEXT> element")
    parts: list[str] = []
    elements: list[tuple[ET.Element, int, int]] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        elements.append((el, start, length))

    text_el.tail = None
    walk(text_el)
    return "".join(parts), elements


def tml_creation_time(root: ET.Element) -> ET.Element | None:
    return next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)


def load_tml(path: Path) -> GoldDoc:
    """One TimeML file: the ``<TEXT>`` element's text and its TIMEX3 spans."""
    root = read_xml(path, "TimeML")
    text, elements = tml_text(root, path)
    timexes = [GoldTimex(start, end, el.get("type", ""), el.get("value", ""))
               for el, start, end in elements if el.tag == "TIMEX3"]
    dct = tml_creation_time(root)
    return GoldDoc(f"tbaq:{path.stem}", text, _dct(dct.get("value") if dct is not None else None, path),
                   tuple(timexes))


_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "#"}


def meantime_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """A MEANTIME file's text rebuilt from its tokens, and each token's span in it (by ``t_id``)."""
    # Only the title, the date line and the first sentences are annotated (all markables, not
    # just times, stop there), so the text scored ends where the last annotated sentence does.
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in root.iter("token")}
    markables = root.find("Markables")
    annotated = [
        sentence_of[a.get("t_id", "")]
        for a in (markables.iter("token_anchor") if markables is not None else ())
        if a.get("t_id", "") in sentence_of
    ]
    last_annotated = max(annotated, default=max(sentence_of.values(), default=0))
    spans: dict[str, tuple[int, int]] = {}
    text = ""
    last_sentence: str | None = None
    previous = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence", "")
        if int(sentence or 0) > last_annotated:
            break
        if last_sentence is None:
            sep = ""
        elif sentence != last_sentence and last_sentence in ("0", "1"):
            sep = "\n\n"  # the title and the date line stand on lines of their own
        elif previous in _NO_SPACE_AFTER or _NO_SPACE_BEFORE.match(word):
            sep = ""
        else:
            sep = " "
        text += sep
        spans[tok.get("t_id", "")] = (len(text), len(text) + len(word))
        text += word
        last_sentence, previous = sentence, word
    return text, spans


def markable_span(markable: ET.Element, spans: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The character span a MEANTIME markable's token anchors cover, or None when it has none in the text."""
    anchors = [spans[a.get("t_id", "")] for a in markable.iter("token_anchor") if a.get("t_id") in spans]
    if not anchors:
        return None
    return min(a[0] for a in anchors), max(a[1] for a in anchors)


def load_meantime(path: Path) -> GoldDoc:
    """One MEANTIME file: text rebuilt from its tokens, TIMEX3 spans from their token anchors."""
    root = read_xml(path, "MEANTIME")
    text, spans = meantime_text(root)
    markables = root.find("Markables")
    timexes: list[GoldTimex] = []
    dct: str | None = None
    for t in (markables if markables is not None else root).iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
        span = markable_span(t, spans)
        if span is not None:
            timexes.append(GoldTimex(span[0], span[1], t.get("type", ""), t.get("value", "")))
    timexes.sort(key=lambda g: g.start)
    return GoldDoc(f"meantime:{path.stem}", text, _dct(dct, path), tuple(timexes))


def corpus_files(path: Path) -> dict[str, list[Path]]:
    """The files of each corpus found at ``path`` (a corpus directory or the ``temporal`` folder)."""
    require(path, "time gold data")
    found: dict[str, list[Path]] = {}
    tbaq = [p for p in (path, path / "TBAQ-cleaned") if (p / "TimeBank").is_dir() or (p / "AQUAINT").is_dir()]
    if tbaq:
        found["TBAQ"] = sorted(f for sub in ("TimeBank", "AQUAINT") for f in (tbaq[0] / sub).glob("*.tml"))
    elif path.name in ("TimeBank", "AQUAINT"):
        found["TBAQ"] = sorted(path.glob("*.tml"))
    meantime = [p for p in (path, *path.glob("meantime*")) if (p / "intra-doc_annotation").is_dir()]
    if meantime:
        found["MEANTIME"] = sorted((meantime[0] / "intra-doc_annotation").glob("*/*.xml"))
    elif path.name == "intra-doc_annotation" or any(path.glob("corpus_*/*.xml")):
        found["MEANTIME"] = sorted(path.glob("**/*.xml"))
    if not any(found.values()):
        raise EvaluationError(
            f"no TimeML (.tml under TimeBank/ or AQUAINT/) nor MEANTIME (intra-doc_annotation/) files at {path}"
        )
    return found


def load_corpus(name: str, files: Sequence[Path], split: str, limit: int | None) -> Iterator[GoldDoc]:
    loader = load_tml if name == "TBAQ" else load_meantime
    count = 0
    for f in files:
        doc_id = f"{name.lower()}:{f.stem}"
        if not in_split(doc_id, split):
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        yield loader(f)


def evaluate(
    path: Path | None,
    *,
    split: str = "all",
    limit: int | None = None,
    pipeline: Pipeline | None = None,
    errors: list[str] | None = None,
    baseline: str | None = None,
) -> Report:
    """TempEval-3 timex scores per corpus; ``limit`` caps the documents of each corpus.

    ``baseline="dateparser"`` scores dateparser's ``search_dates`` instead of our extractor
    (to compare; it finds dates only, so every expression it returns is typed DATE);
    ``baseline="spacy"`` scores the model's DATE and TIME entities (spans and types, no values).
    """
    in_split("", split)  # validates the split name
    if baseline not in (None, "dateparser", "spacy"):
        raise EvaluationError(f"unknown baseline {baseline!r}; choose 'dateparser' or 'spacy'")
    pipeline = pipeline if pipeline is not None else Pipeline()
    nlp = pipeline.nlp
    title = "Time expressions (TempEval-3 measures)" + (f", baseline {baseline}" if baseline else "")
    report = Report(f"{title}, split {split}")
    for name, files in corpus_files(Path(path) if path is not None else shared_data_dir() / "temporal").items():
        scores = Scores()
        docs = list(load_corpus(name, files, split, limit))
        started = time.perf_counter()
        parsed = iter(()) if baseline == "dateparser" else nlp.pipe(d.text for d in docs)
        for gold in docs:
            if baseline == "dateparser":
                predicted = dateparser_times(gold.text, gold.published)
            elif baseline == "spacy":
                predicted = tuple(
                    TimeExpression(e.start_char, e.end_char, e.text, e.label_, "")
                    for e in next(parsed).ents if e.label_ in ("DATE", "TIME")
                )
            else:
                predicted = extract_times(next(parsed), ExtractContext(published=gold.published))
            found = scores.add(gold.timexes, predicted)
            if errors is not None and found:
                errors.append(f"## {gold.id} (published {gold.published})")
                errors.extend(_with_context(line, gold.text) for line in found)
        scores.seconds = time.perf_counter() - started
        report.lines.extend(scores.lines(name))
        report.metrics.update(scores.metrics(name.lower()))
    return report


def dateparser_times(text: str, published: date | None) -> tuple[TimeExpression, ...]:
    """dateparser's dates in ``text`` as time expressions, at the granularity it reports."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime.combine(published or date.today(), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = search_dates(text, languages=["en"], settings=settings) or []
    periods = DateDataParser(languages=["en"], settings=settings)
    out: list[TimeExpression] = []
    position = 0
    for substring, when in found:
        start = text.find(substring, position)
        if start < 0:
            continue
        position = start + len(substring)
        period = periods.get_date_data(substring).period or "day"
        value = {"year": f"{when.year:04d}", "month": f"{when.year:04d}-{when.month:02d}",
                 "week": f"{when.isocalendar().year}-W{when.isocalendar().week:02d}"}.get(
                     period, when.date().isoformat())  # fmt: skip
        out.append(TimeExpression(start, position, substring, "DATE", value))
    return tuple(out)


def _with_context(line: str, text: str) -> str:
    m = re.search(r"\[(\d+):(\d+)\]", line)
    if not m:
        return line
    s, e = int(m.group(1)), int(m.group(2))
    return f"{line} {text[s:e]!r}  …{text[max(0, s - 40):s]}[[{text[s:e]}]]{text[e:e + 30]}…".replace("\n", " ")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", type=Path, nargs="?", default=shared_data_dir() / "temporal")
    parser.add_argument("--split", default="all", choices=("all", "dev", "test"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=Path, default=None, help="write each document's errors here")
    parser.add_argument("--baseline", choices=("dateparser", "spacy"), default=None, help="score a library instead")
    args = parser.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    report = evaluate(args.path, split=args.split, limit=args.limit, errors=errors, baseline=args.baseline)
    print(report.format())
    if args.errors and errors is not None:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
