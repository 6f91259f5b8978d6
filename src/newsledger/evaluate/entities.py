"""Entity recognition measured on UNER English-EWT (PER, ORG, LOC; exact spans).

Three systems are scored on the same documents: spaCy's own entities, newsledger without its
rule repairs, and newsledger as shipped, so the gain (or loss) of each step is visible.
Our types map to UNER's: PERSON -> PER; ORG, OUTLET -> ORG; GPE, LOC, FAC -> LOC. Descriptions
that join a person's mentions ("the head of Wagner") are not names and are left out.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.config import Options
from newsledger.evaluate.common import PRF, Report, in_split, require, shared_data_dir
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "OUTLET": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
GOLD_TYPES = ("PER", "ORG", "LOC")
DEFAULT_FILE = "entities/uner-english-ewt/en_ewt-ud-dev.iob2"

Span = tuple[int, int, str]


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: set[Span]


def read_uner(path: Path) -> Iterator[GoldDoc]:
    """Documents of a UNER ``.iob2`` file: tokens joined by spaces, sentences by newlines."""
    doc_id, parts, spans, offset = "", [], set(), 0
    sentence: list[tuple[str, str]] = []

    def flush_sentence() -> None:
        nonlocal offset
        if not sentence:
            return
        start_of: int | None = None
        label = ""
        pos = offset
        for token, tag in [*sentence, ("", "O")]:
            if start_of is not None and not tag.startswith("I-"):
                spans.add((start_of, pos - 1, label))
                start_of = None
            if tag.startswith("B-") or (tag.startswith("I-") and start_of is None):
                start_of, label = pos, tag[2:]
            pos += len(token) + 1
        parts.append(" ".join(t for t, _ in sentence))
        offset += len(parts[-1]) + 1  # past the sentence and its newline
        sentence.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                flush_sentence()
                if parts:
                    yield GoldDoc(doc_id, "\n".join(parts), set(spans))
                doc_id, parts, spans, offset = line.split("= ", 1)[1], [], set(), 0
            elif line.startswith("#"):
                continue
            elif not line.strip():
                flush_sentence()
            else:
                cols = line.split("\t")
                sentence.append((cols[1], cols[2]))
    flush_sentence()
    if parts:
        yield GoldDoc(doc_id, "\n".join(parts), set(spans))


def predicted_spans(record: ArticleRecord) -> set[Span]:
    text = record.article.text
    found = set()
    for entity in record.entities:
        label = TYPE_MAP.get(entity.type)
        if label is None:
            continue
        for start, end in entity.mentions:
            if text[start:start + 1].isupper() or text[start:start + 1].isdigit():
                found.add((start, end, label))
    return found


def spacy_spans(pipeline: Pipeline, text: str) -> set[Span]:
    return {(e.start_char, e.end_char, TYPE_MAP[e.label_]) for e in pipeline.nlp(text).ents if e.label_ in TYPE_MAP}


def score(gold: set[Span], predicted: set[Span], table: dict[str, PRF]) -> None:
    for label in (*GOLD_TYPES, "micro"):
        g = {s for s in gold if label in ("micro", s[2])}
        p = {s for s in predicted if label in ("micro", s[2])}
        table[label].add(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None) -> Report:
    path = require(path or shared_data_dir() / DEFAULT_FILE, "UNER English-EWT .iob2 file")
    if path.is_dir():
        path = require(path / "en_ewt-ud-dev.iob2", "UNER English-EWT .iob2 file")
    docs = [d for d in read_uner(path) if in_split(d.id, split)][:limit]
    shipped = pipeline or Pipeline(Options(extractors=("entities",)))
    bare = Pipeline(Options(model=shipped.options.model, extractors=("entities",), entity_repairs=False))
    systems = {"spaCy entities": {k: PRF() for k in (*GOLD_TYPES, "micro")},
               "newsledger, no repairs": {k: PRF() for k in (*GOLD_TYPES, "micro")},
               "newsledger": {k: PRF() for k in (*GOLD_TYPES, "micro")}}
    articles = [Article(id=d.id, text=d.text) for d in docs]
    for d, with_repairs, without in zip(
        docs, shipped.extract_many(articles), bare.extract_many(articles), strict=True
    ):
        assert isinstance(with_repairs, ArticleRecord) and isinstance(without, ArticleRecord)
        score(d.spans, spacy_spans(shipped, d.text), systems["spaCy entities"])
        score(d.spans, predicted_spans(without), systems["newsledger, no repairs"])
        score(d.spans, predicted_spans(with_repairs), systems["newsledger"])
    report = Report(f"Entities on UNER English-EWT dev ({path.name}), split={split}: {len(docs)} documents, "
                    f"{sum(len(d.spans) for d in docs)} gold names; exact spans")
    for name, table in systems.items():
        report.lines.append(f"{name}:")
        report.lines += ["  " + table[label].row(label) for label in (*GOLD_TYPES, "micro")]
        key = name.replace(", ", "_").replace(" ", "_").lower()
        for label in (*GOLD_TYPES, "micro"):
            report.metrics[f"{key}.{label}.f1"] = table[label].f1
        report.metrics[f"{key}.micro.precision"] = table["micro"].precision
        report.metrics[f"{key}.micro.recall"] = table["micro"].recall
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--split", default="all")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    print(evaluate(args.path, split=args.split, limit=args.limit).format())
