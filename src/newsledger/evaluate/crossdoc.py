"""Cross-document entity and event coreference on MEANTIME (gold mentions, within each topic).

MEANTIME's cross-document layer links entity and event mentions of 120 Wikinews articles in four
topics (airbus, apple, gm, stock) to shared instances. Setting: gold mentions, clustered within a
topic; singletons included; MUC, B-cubed, CEAF-e and CoNLL F1.

Systems:
- entities, newsledger: each gold mention takes the entity newsledger extracted over it, or the one
  ``extract.coref`` ties its head word to (a pronoun, a description, a title), and entities meet across
  articles by ``crossdoc.names.name_key`` (romanisation-aware) of their canonical names; a mention with
  neither falls back to its head lemma if it is a noun, and stays alone if it is a pronoun.
- events, newsledger: ``crossdoc.events`` matching (the ledger's own rule: no conflict of time,
  place or participants with any member, plus positive evidence), with the trigger's lemma as the
  type, participants from the trigger's subject and object mapped to newsledger entities, and the
  article date as the (untimed) time.
- the same-lemma baseline for both: mentions whose head lemma is equal corefer.
Topics are split for development: ``dev`` = airbus and apple, ``test`` = gm and stock.
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from newsledger.config import Options
from newsledger.crossdoc.events import UNDATED_WINDOW, EventMention, clause_stems, conflict, match, stem
from newsledger.crossdoc.names import name_key
from newsledger.errors import EvaluationError
from newsledger.evaluate.common import Report, require, shared_data_dir
from newsledger.evaluate.coref import conll
from newsledger.extract import ExtractContext
from newsledger.extract.coref import resolve_references
from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes
from newsledger.pipeline import Pipeline

DEFAULT_DIR = "temporal/meantime_newsreader_english_oct15/intra_cross-doc_annotation"
DEV_TOPICS = ("corpus_airbus", "corpus_apple")
_DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                   r"\s+(\d{1,2})\s*,\s*(\d{4})")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@dataclass
class GoldMention:
    doc: str
    kind: str  # entity | event
    start: int
    end: int
    instance: str


@dataclass
class GoldDoc:
    id: str
    topic: str
    text: str
    published: date | None
    mentions: list[GoldMention] = field(default_factory=list)


def read_document(path: Path, topic: str) -> GoldDoc:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    offset, sentence = 0, None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            offset += 1
        elif parts:
            parts.append(" ")
            offset += 1
        sentence = token.get("sentence")
        word = token.text or ""
        spans[token.get("t_id", "")] = (offset, offset + len(word))
        parts.append(word)
        offset += len(word)
    text = "".join(parts)
    markables: dict[str, tuple[str, int, int]] = {}
    for element in root.find("Markables") or []:
        anchors = [spans[a.get("t_id", "")] for a in element.findall("token_anchor") if a.get("t_id") in spans]
        if element.tag in ("ENTITY_MENTION", "EVENT_MENTION") and anchors:
            kind = "entity" if element.tag == "ENTITY_MENTION" else "event"
            markables[element.get("m_id", "")] = (kind, anchors[0][0], anchors[-1][1])
        elif element.tag in ("ENTITY", "EVENT"):
            markables[element.get("m_id", "")] = ("instance", 0, 0)
            markables["i" + element.get("m_id", "")] = (element.get("instance_id") or f"{doc_id}:{element.get('m_id')}",
                                                        0, 0)
    doc = GoldDoc(doc_id, topic, text, _published(text))
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        if target is None or "i" + target.get("m_id", "") not in markables:
            continue
        instance = markables["i" + target.get("m_id", "")][0]
        for source in relation.findall("source"):
            mention = markables.get(source.get("m_id", ""))
            if mention and mention[0] in ("entity", "event"):
                doc.mentions.append(GoldMention(doc_id, mention[0], mention[1], mention[2], instance))
    return doc


def _published(text: str) -> date | None:
    m = _DATE.search(text[:400])
    if not m:
        return None
    try:
        return date(int(m.group(3)), _MONTHS.index(m.group(1)) + 1, int(m.group(2)))
    except ValueError:
        return None


def read_corpus(path: Path, split: str) -> list[GoldDoc]:
    topics = sorted(p for p in path.iterdir() if p.is_dir() and p.name.startswith("corpus_"))
    if not topics:
        raise EvaluationError(f"no corpus_* topic folders in {path}")
    chosen = [t for t in topics if split == "all" or (t.name in DEV_TOPICS) == (split == "dev")]
    return [read_document(f, t.name) for t in chosen for f in sorted(t.glob("*.xml"))]


def _entity_keys(doc: Doc, *, references: bool = True) -> dict[int, str]:
    """Character offset -> ledger-style name key of the newsledger entity covering it, or of the entity a
    pronoun or description there refers to (``references``)."""
    keys: dict[int, str] = {}
    entities = extract_entities(doc, ExtractContext())
    by_id = {}
    for entity in entities:
        key = by_id[entity.id] = name_key(entity.name, entity.type)
        for start, end in entity.mentions:
            for i in range(start, end):
                keys[i] = key
    if references:
        quotes = extract_quotes(doc, ExtractContext(entities=entities))
        for ref in resolve_references(doc, entities, quotes):
            if ref.entity is not None:
                keys.setdefault(ref.start, by_id[ref.entity])
    return keys


def _head(doc: Doc, start: int, end: int):  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _participant(token, keys: dict[int, str], deps: set[str]) -> str | None:  # type: ignore[no-untyped-def]
    for child in token.children:
        if child.dep_ in deps:
            subtree = list(child.subtree)
            for t in subtree:
                if t.idx in keys:
                    return keys[t.idx]
    return None


def cluster(mentions: list[tuple[str, EventMention]]) -> list[set[str]]:
    """The ledger's rule: join the cluster with most evidence and no conflict, else start one."""
    clusters: list[tuple[set[str], list[EventMention]]] = []
    for mention_id, features in mentions:
        best, best_len = None, 0
        for members, feats in clusters:
            if feats[0].key != features.key or any(conflict(features, f) for f in feats):
                continue
            evidence = max(len(match(features, f)) for f in feats)
            if evidence > best_len:
                best, best_len = (members, feats), evidence
        if best is None:
            clusters.append(({mention_id}, [features]))
        else:
            best[0].add(mention_id)
            best[1].append(features)
    return [members for members, _ in clusters]


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None) -> Report:
    path = require(path or shared_data_dir() / DEFAULT_DIR, "MEANTIME intra_cross-doc_annotation folder")
    if (path / "intra_cross-doc_annotation").is_dir():
        path = path / "intra_cross-doc_annotation"
    docs = read_corpus(path, split)[:limit]
    pipeline = pipeline or Pipeline(Options(extractors=("entities",)))
    gold = {"entity": {}, "event": {}}  # type: dict[str, dict[str, set[str]]]
    system = {"entity": {}, "event": {}}  # type: dict[str, dict[str, set[str]]]
    lemma = {"entity": {}, "event": {}}  # type: dict[str, dict[str, set[str]]]
    events: dict[str, list[tuple[str, EventMention]]] = {}
    for gdoc, doc in zip(docs, pipeline.nlp.pipe(d.text for d in docs), strict=True):
        keys = _entity_keys(doc)
        published = gdoc.published
        for n, m in enumerate(gdoc.mentions):
            mid = f"{gdoc.topic}/{gdoc.id}/{m.kind}/{n}"
            gold[m.kind].setdefault(f"{gdoc.topic}/{m.instance}", set()).add(mid)
            head = _head(doc, m.start, m.end)
            head_lemma = head.lemma_.lower() if head is not None else gdoc.text[m.start:m.end].lower()
            lemma[m.kind].setdefault(f"{gdoc.topic}/{head_lemma}", set()).add(mid)
            if m.kind == "entity":
                key = keys.get(head.idx) if head is not None else None
                if key is None and head is not None and head.pos_ in ("NOUN", "PROPN"):
                    key = f"lemma:{head_lemma}"  # a common noun ("the company") with no name to go by
                system["entity"].setdefault(f"{gdoc.topic}/{key}" if key else mid, set()).add(mid)
            else:
                window = (published - UNDATED_WINDOW, published) if published else (None, None)
                features = EventMention(
                    key=head_lemma, first=window[0], last=window[1],
                    actor=_participant(head, keys, {"nsubj", "agent"}) if head is not None else None,
                    target=_participant(head, keys, {"dobj", "nsubjpass"}) if head is not None else None,
                    stems=clause_stems(gdoc.text, m.start, m.end), trigger_stem=stem(gdoc.text[m.start:m.end]),
                )
                events.setdefault(gdoc.topic, []).append((mid, features))
    for topic_mentions in events.values():
        for i, members in enumerate(cluster(topic_mentions)):
            system["event"][f"{i}/{min(members)}"] = members
    report = Report(f"Cross-document coreference on MEANTIME ({path.name}), split={split}: {len(docs)} articles, "
                    "gold mentions, within topic")
    for kind in ("entity", "event"):
        gold_clusters = list(gold[kind].values())
        report.lines.append(f"{kind} mentions: {sum(len(c) for c in gold_clusters)} in {len(gold_clusters)} "
                            "gold clusters")
        for name, response in (("same-lemma baseline", lemma[kind]), ("newsledger", system[kind])):
            scores = conll(gold_clusters, list(response.values()))
            parts = []
            for metric, score in scores.items():
                if isinstance(score, float):
                    parts.append(f"CoNLL F1 {score:.3f}")
                    report.metrics[f"{kind}.{name}.conll"] = score
                else:
                    parts.append(f"{metric} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
                    report.metrics[f"{kind}.{name}.{metric}.f1"] = score.f1
            report.lines.append(f"  {name:<20} " + " | ".join(parts))
    return report


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--split", default="all")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    print(evaluate(args.path, split=args.split, limit=args.limit).format())


if __name__ == "__main__":
    _main()


__all__ = ["evaluate"]
