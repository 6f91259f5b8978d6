"""Whether events happened as the text tells it, against MEANTIME's factuality and TimeBank's polarity.

Each event record says whether it is ``negated`` and its ``modality``: asserted, reported, hypothetical
("could be war crimes", "urged them to withdraw") or future ("will open", "plans to deploy"). An analyst
counts only what the text says happened, so these fields decide what gets counted. They are checked here
against gold made for this purpose:

- **MEANTIME** gives every event mention a polarity (POS, NEG), a certainty (CERTAIN, PROBABLE, POSSIBLE)
  and a time (NON_FUTURE, FUTURE). A mention is *negated* when its polarity is NEG, *future* when its time
  is FUTURE, *uncertain* when its certainty is PROBABLE or POSSIBLE, and *not a fact* when any of the three
  holds. Ours: ``negated``; ``modality == "future"``; ``modality == "hypothetical"``; and any of them.
  (Reported events count as facts on both sides: MEANTIME judges certainty as the text's source tells it.)
- **TimeBank** (TBAQ-cleaned) gives each event instance a polarity; only negation is scored there, and on
  the words against our negation words alone ("not", "never", "no one"), as TimeBank marks "failed to
  report" or "denied the charges" POS. The AQUAINT half of TBAQ-cleaned is left out: in about half of its
  files nearly every event is marked NEG.

Two populations are scored. *Words*: the rules (``extract.events.factuality``) applied to the head word of
every gold event mention, whatever its type, which measures them on far more cases than our events give.
*Events*: the events the extractor finds whose trigger overlaps a gold event mention. A gold attribute
left UNDERSPECIFIED (or empty) is not scored.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from newsledger.evaluate.common import PRF, Report, errors_main, in_split, shared_data_dir, spans_overlap
from newsledger.evaluate.times import (
    _dct,
    corpus_files,
    markable_span,
    meantime_text,
    read_xml,
    tml_creation_time,
    tml_text,
)
from newsledger.extract.events.extract import _quote_of
from newsledger.extract.events.factuality import factuality
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord

logger = logging.getLogger(__name__)

ATTRIBUTES = ("negated", "future", "uncertain", "not_fact")
UNCERTAIN = frozenset({"PROBABLE", "POSSIBLE"})


@dataclass(frozen=True)
class GoldMention:
    """One gold event mention; an attribute is None where the gold leaves it unspecified."""

    start: int
    end: int
    negated: bool | None
    future: bool | None = None
    uncertain: bool | None = None

    @property
    def not_fact(self) -> bool | None:
        told = (self.negated, self.future, self.uncertain)
        return None if None in told else any(told)


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: date | None
    mentions: tuple[GoldMention, ...]


# --- reading the gold --------------------------------------------------------------------------------


def _choice(value: str | None, yes: frozenset[str], no: frozenset[str]) -> bool | None:
    return True if value in yes else False if value in no else None


def load_meantime(path: Path) -> GoldArticle:
    root = read_xml(path, "MEANTIME")
    text, token_spans = meantime_text(root)
    markables = root.find("Markables")
    mentions = []
    for m in markables if markables is not None else ():
        if m.tag != "EVENT_MENTION":
            continue
        span = markable_span(m, token_spans)
        if span is None:
            continue
        mentions.append(GoldMention(
            span[0], span[1],
            negated=_choice(m.get("polarity"), frozenset({"NEG"}), frozenset({"POS"})),
            future=_choice(m.get("time"), frozenset({"FUTURE"}), frozenset({"NON_FUTURE"})),
            uncertain=_choice(m.get("certainty"), UNCERTAIN, frozenset({"CERTAIN"})),
        ))
    creation = tml_creation_time(root)  # MEANTIME marks it as TimeML does
    published = _dct(creation.get("value") if creation is not None else None, path)
    return GoldArticle(f"meantime:{path.stem}", text, published, tuple(sorted(mentions, key=lambda g: g.start)))


def load_timebank(path: Path) -> GoldArticle:
    root = read_xml(path, "TimeML")
    text, elements = tml_text(root, path)
    polarity = {m.get("eventID", ""): m.get("polarity") for m in root.iter("MAKEINSTANCE")}
    creation = tml_creation_time(root)
    mentions = [
        GoldMention(start, end, negated=_choice(polarity.get(el.get("eid", "")), frozenset({"NEG"}),
                                                frozenset({"POS"})))
        for el, start, end in elements if el.tag == "EVENT"
    ]
    return GoldArticle(f"tbaq:{path.stem}", text, _dct(creation.get("value") if creation is not None else None, path),
                       tuple(sorted(mentions, key=lambda g: g.start)))


def load(path: Path, split: str, limit: int | None) -> dict[str, list[GoldArticle]]:
    """MEANTIME's articles and TimeBank's (not AQUAINT's) in the split, by corpus."""
    corpora: dict[str, list[GoldArticle]] = {}
    for name, files in corpus_files(path).items():
        if name == "TBAQ":
            name, files = "TimeBank", [f for f in files if f.parent.name == "TimeBank"]
        loader, prefix = (load_meantime, "meantime") if name == "MEANTIME" else (load_timebank, "tbaq")
        chosen = [f for f in files if in_split(f"{prefix}:{f.stem}", split)]
        corpora[name] = [loader(f) for f in chosen[:limit]]
    return corpora


# --- scoring -------------------------------------------------------------------------------------------


Told = dict[str, bool]


def _ours(negated: bool, modality: str) -> Told:
    told = {"negated": negated, "future": modality == "future", "uncertain": modality == "hypothetical"}
    told["not_fact"] = any(told.values())
    return told


def _gold(mention: GoldMention) -> dict[str, bool | None]:
    return {a: getattr(mention, a) for a in ATTRIBUTES}


@dataclass
class Scores:
    """Per attribute, our judgement against the gold one (the attribute holding is the positive class)."""

    items: int = 0
    prf: dict[str, PRF] = field(default_factory=lambda: {a: PRF() for a in ATTRIBUTES})
    errors: list[str] = field(default_factory=list)

    def add(self, gold: GoldArticle, mention: GoldMention, ours: Told, trigger: tuple[int, int]) -> None:
        self.items += 1
        for attribute, wanted in _gold(mention).items():
            if wanted is None:
                continue
            said = ours[attribute]
            self.prf[attribute].add(tp=said and wanted, fp=said and not wanted, fn=wanted and not said)
            if said != wanted and attribute != "not_fact":
                kind = ("MISSED " if wanted else "WRONG ") + attribute.upper()
                self.errors.append(f"{kind}: {gold.id} {_quote(gold.text, trigger)}")

    def lines(self, name: str, scored: Sequence[str]) -> list[str]:
        return [f"{name}: {self.items} scored", *(self.prf[a].row(f"  {a}") for a in scored)]

    def metrics(self, prefix: str, scored: Sequence[str]) -> dict[str, float]:
        out = {}
        for a in scored:
            out[f"{prefix}.{a}_precision"] = self.prf[a].precision
            out[f"{prefix}.{a}_recall"] = self.prf[a].recall
            out[f"{prefix}.{a}_f1"] = self.prf[a].f1
        return out


def _quote(text: str, span: tuple[int, int]) -> str:
    s, e = span
    return f"…{text[max(0, s - 80):s]}[[{text[s:e]}]]{text[e:e + 50]}…".replace("\n", " ")


def score_article(gold: GoldArticle, doc: Doc, record: ArticleRecord, words: Scores, events: Scores,
                  grammatical: bool = False) -> None:
    """Score the rules on each gold mention's head word, and our events that lie on a gold mention.
    ``grammatical``: the gold marks negation words only, so the words are scored on them (not on denials or
    acts a governing word undoes, which the events carry as negated)."""
    for mention in gold.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        told = factuality(head, _quote_of(head.idx, record.quotes))
        # TimeBank's polarity marks negation words only; MEANTIME's says whether the event happened.
        negated, modality = (told.negated or told.by_no_one, told.modality) if grammatical else told.recorded
        words.add(gold, mention, _ours(negated, modality), (head.idx, head.idx + len(head.text)))
    for event in record.events:
        found = next((g for g in gold.mentions if spans_overlap((g.start, g.end), event.trigger)), None)
        if found is not None:
            events.add(gold, found, _ours(event.negated, event.modality), event.trigger)


def _parsed(pipeline: Pipeline, articles: Sequence[GoldArticle],
            errors: list[str]) -> Iterator[tuple[GoldArticle, Doc, ArticleRecord]]:
    for gold, doc in zip(articles, pipeline.nlp.pipe(a.text for a in articles), strict=True):
        article = Article(id=gold.id, text=gold.text, published=gold.published, source=gold.id)
        try:
            record = pipeline.records_from_doc(doc, article)
        except Exception as exc:  # one broken article is listed and skipped; the others are scored
            logger.exception("extraction failed for %s", gold.id)
            errors.append(f"FAILED: {gold.id}: {exc!r}")
            continue
        yield gold, doc, record


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Negation, future and uncertainty of event words and of our events against MEANTIME and TimeBank.

    ``path`` is the ``temporal`` folder (or one corpus in it); ``limit`` caps each corpus's documents.
    """
    in_split("", split)  # validates the split name
    path = path if path is not None else shared_data_dir() / "temporal"
    pipeline = pipeline if pipeline is not None else Pipeline()
    report = Report(f"Whether events happened: negation, future and uncertainty against MEANTIME and TimeBank, "
                    f"split {split}")
    for name, articles in load(path, split, limit).items():
        started = time.perf_counter()
        words, events = Scores(), Scores()
        failures: list[str] = []
        for gold, doc, record in _parsed(pipeline, articles, failures):
            score_article(gold, doc, record, words, events, grammatical=name == "TimeBank")
        scored = ATTRIBUTES if name == "MEANTIME" else ("negated",)
        report.lines.append(f"{name} ({len(articles)} documents, {time.perf_counter() - started:.1f} s)"
                            + (f", {len(failures)} failed" if failures else ""))
        report.lines.extend(words.lines("  every gold event word", scored))
        report.lines.extend(events.lines("  our events on a gold event word", scored))
        report.metrics.update(words.metrics(f"{name.lower()}.words", scored))
        report.metrics.update(events.metrics(f"{name.lower()}.events", scored))
        if errors is not None:
            errors.extend(failures + words.errors)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", shared_data_dir() / "temporal", argv,
                       "write each gold event word whose negation, future or uncertainty we got wrong here")


if __name__ == "__main__":
    sys.exit(main())
