"""Evaluate events against the gold sets in ``shared/data/events``.

``python -m newsledger.evaluate.events PATH [--split dev|test|all] [--limit N]`` where PATH is one
gold file or directory, or the events directory (then every set):

- ``PLOVER_GSR_CAMEO.txt``: one sentence, one PLOVER event with source and target actors. The gold
  uses PLOVER 0.5 names; DEMAND is today's REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is
  ASSAULT. A sentence's predicted type is that of its main event (the trigger nearest the root).
- ``PETR2_GSR_validation.xml``: sentences with PETRARCH2's CAMEO codes, mapped to PLOVER with the
  CAMEO-to-PLOVER table (CAMEO 02 "appeal" is REQUEST; 01 statements are not events).
- ``case2021-task2-sample.tsv``: snippets with ACLED-style sub-types; DIPLO, NATURAL_DISASTER,
  MAN_MADE_DISASTER, ORG_CRIME and ATTRIB are not ACLED types, so the right answer there is none.
- ``india-police-events/``: sentence labels of police actions (KILL, ARREST, FORCE, ANY_ACTION;
  FAIL is inaction). A sentence is predicted positive when it holds an event whose actor is the
  police (or an arrest with no actor named, which in these reports is always the police).

- our own sentences (``newsledger/data/own_events_*.tsv``), ACLED-style snippets
  (``newsledger/data/own_acled_*.tsv``, the CASE layout) and everyday-news sentences that mostly hold no
  event (``newsledger/data/own_everyday_*.tsv``, scored for spurious events), see ``events_own``: run with
  every directory of gold sets, or alone when PATH is one of those files; the test files are for
  reporting only.

Only entities and events run (times, places and quotes do not change an event's type or actors).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import PRF, Report, in_split, require, shared_data_dir
from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from newsledger.extract.events.found import _light_verb
from newsledger.extract.events.targets import DEATH_VERBS
from newsledger.pipeline import Pipeline
from newsledger.records import Event, SpanRef

logger = logging.getLogger(__name__)

PLOVER_FILE = "PLOVER_GSR_CAMEO.txt"
PETR2_FILE = "PETR2_GSR_validation.xml"
CASE_FILE = "case2021-task2-sample.tsv"
INDIA_DIR = "india-police-events"
CAMEO_TABLE = "plover/CAMEO2PLOVER-2021.txt"

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NONE = "NONE"
BOOTSTRAP_ROUNDS = 1000
CASE_SUBTYPES = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
CASE_COLUMNS = frozenset({"id", "EventSnippet", "SubType"})
NOT_ACLED = frozenset({"DIPLO", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "ATTRIB"})
# Without a parse, the most specific sub-type present names a snippet (a grenade attack that killed
# people is a Grenade event, not an Attack).
SUBTYPE_PRIORITY = (
    "Chemical weapon", "Suicide bomb", "Grenade", "Air/drone strike", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Sexual violence", "Abduction/forced disappearance",
    "Excessive force against protesters", "Protest with intervention", "Violent demonstration", "Mob violence",
    "Peaceful protest", "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
    "Disrupted weapons use", "Headquarters or base established", "Change to group/activity", "Agreement",
    "Arrests", "Looting/property destruction", "Non-violent transfer of territory", "Attack", "Other",
)
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "cop", "cops", "constable", "constables",
                          "inspector", "sub-inspector", "crpf", "raf", "srp", "cisf", "bsf", "commissioner",
                          "dsp", "sp", "si", "asi", "station", "security", "paramilitary", "para-military",
                          "rpf", "ats"})
KILL_LEMMAS = frozenset({"kill", "killing", "murder", "execute", "shoot", "massacre", "gun"})
STOPWORDS = frozenset({"the", "a", "an", "of", "and", "its", "their", "his", "her", "'s", "in", "on"})
ENTITY_TEXT = re.compile(r"\s+")


@dataclass
class _Item:
    id: str
    text: str


def evaluate(path: Path | None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None) -> Report:
    path = require(Path(path) if path is not None else shared_data_dir() / "events", "events gold data")
    pipeline = pipeline if pipeline is not None else Pipeline()
    report = Report(f"events: {path.name} (split {split})")
    sets = _gold_sets(path)
    if not sets:
        raise EvaluationError(f"no events gold data recognised at {path}")
    for name, gold in sets:
        started = time.perf_counter()
        _RUNNERS[name](gold, split, limit, pipeline, report)
        report.lines.append(f"  ({name}: {time.perf_counter() - started:.1f} s)")
    return report


def _gold_sets(path: Path) -> list[tuple[str, Path]]:
    if path.is_file():
        for name, file_name in (("plover", PLOVER_FILE), ("petr2", PETR2_FILE), ("case", CASE_FILE)):
            if path.name == file_name:
                return [(name, path)]
        if path.name.startswith("own_events") and path.suffix == ".tsv":
            return [("own", path)]
        if path.name.startswith("own_acled") and path.suffix == ".tsv":
            return [("own_acled", path)]
        if path.name.startswith("own_everyday") and path.suffix == ".tsv":
            return [("everyday", path)]
        if path.name.endswith(".jsonl") and path.parent.name == "final":
            return [("india", path.parent)]
        return []
    if (path / "sents.jsonl").exists():
        return [("india", path)]
    if (path / "final" / "sents.jsonl").exists():
        return [("india", path / "final")]
    found = []
    for name, file_name in (("plover", PLOVER_FILE), ("petr2", PETR2_FILE), ("case", CASE_FILE)):
        if (path / file_name).exists():
            found.append((name, path / file_name))
    if (path / INDIA_DIR / "final" / "sents.jsonl").exists():
        found.append(("india", path / INDIA_DIR / "final"))
    if found:
        # bundled with the package; the path only says "every set"
        found.extend([("own", path), ("own_acled", path), ("everyday", path)])
    return found


def _events(pipeline: Pipeline, texts: Sequence[str]) -> Iterator[tuple[Doc, tuple[Event, ...]]]:
    for doc in pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size):
        context = ExtractContext(entities=extract_entities(doc, None))
        yield doc, extract_events(doc, context)


# Clauses and phrases that set an event against what came before or around it ("went on strike after police
# killed a student", "marched after the killing of a leader"): the report is about the other event.
BACKGROUND_MARKS = frozenset({"after", "before", "since", "as", "while", "when", "until", "once", "following"})


def _rank(doc: Doc, event: Event) -> tuple[bool, int, int]:
    """How far an event is from being its sentence's main one: told as background, depth below the root, position."""
    span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if span is None:
        return False, 99, event.trigger[0]
    # An act named by a noun stands where the verb that carries it stands ("went on hunger strike to demand
    # their release": the strike, not the demand it is for, is what the sentence reports).
    carrier = _light_verb(span.root) if span.root.pos_ == "NOUN" else None
    head = carrier if carrier is not None else span.root
    path = (head, *head.ancestors)
    return _in_background(path), len(path) - 1, event.trigger[0]


def _in_background(path: tuple[Token, ...]) -> bool:
    for tok in path:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_MARKS and tok.head.head.pos_ == "VERB":
            return True
    return False


def main_event(doc: Doc, events: Iterable[Event], types: Iterable[str] | None = None) -> Event | None:
    """The event nearest the root of the parse (the sentence's main event), first on ties; an event told as the
    background of another ("after police killed a student") only when no other is found."""
    wanted = set(types) if types is not None else None
    pool = [e for e in events if wanted is None or e.type in wanted]
    if not pool:
        return None
    return min(pool, key=lambda e: _rank(doc, e))


# --- PLOVER ---------------------------------------------------------------------------------------


def _plover(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read PLOVER gold {path}: {exc}") from exc
    rows = [r for r in records if "text" in r and r.get("event") != "DOCUMENT" and in_split(r["id"], split)]
    rows = rows[:limit] if limit is not None else rows
    gold = [OLD_PLOVER.get(r["event"], r["event"]) for r in rows]
    predicted: list[str] = []
    actor, target = PRF(), PRF()
    actor_all = Counter[str]()
    for row, g, (doc, events) in zip(rows, gold, _events(pipeline, [r["text"] for r in rows]), strict=True):
        main = main_event(doc, events)
        predicted.append(main.type if main is not None else NONE)
        match = main_event(doc, events, [g])
        for side, counter, field in (("source", actor, "actor"), ("target", target, "target")):
            names = _actor_texts(row.get(side))
            if not names:
                continue
            refs = _parties(match, field)
            right = any(_actor_match(ref.text, names) for ref in refs)
            if match is None:
                counter.add(fn=1)
            elif right:
                counter.add(tp=1)
            else:
                counter.add(fp=1)
            if field == "actor":
                actor_all["n"] += 1
                actor_all["ok"] += int(right)
    _type_table("PLOVER", gold, predicted, report, "plover")
    acc_actor = actor.tp / (actor.tp + actor.fp) if actor.tp + actor.fp else 0.0
    acc_target = target.tp / (target.tp + target.fp) if target.tp + target.fp else 0.0
    report.lines.append(f"  actor accuracy on events of the gold type   {acc_actor:.3f} "
                        f"({actor.tp:g}/{actor.tp + actor.fp:g}; {actor.fn:g} gold events not found)")
    report.lines.append(f"  target accuracy on events of the gold type  {acc_target:.3f} "
                        f"({target.tp:g}/{target.tp + target.fp:g}; {target.fn:g} gold events not found)")
    overall = actor_all["ok"] / actor_all["n"] if actor_all["n"] else 0.0
    report.lines.append(f"  actor accuracy over all gold actors          {overall:.3f}")
    report.metrics.update({"plover.actor_accuracy": acc_actor, "plover.target_accuracy": acc_target,
                           "plover.actor_accuracy_all": overall})


def _parties(event: Event | None, field: str) -> list[SpanRef]:
    """An event's actor (or target) and the parties coordinated with it."""
    if event is None:
        return []
    main = getattr(event, field)
    return [*([main] if main is not None else []), *getattr(event, f"co_{field}s")]


def _actor_texts(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(a.get("actorText", "")).strip() for a in value if isinstance(a, dict) and a.get("actorText")]


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", text.lower()) if w not in STOPWORDS}


def _actor_match(predicted: str, gold: Iterable[str]) -> bool:
    """A predicted participant matches when it shares a content word with a gold actor text."""
    words = _content_words(predicted)
    return any(words & _content_words(g) for g in gold)


def type_scores(gold: Sequence[str], predicted: Sequence[str]) -> tuple[dict[str, PRF], float, float, PRF]:
    """Per-type counts, macro and support-weighted F1 over the gold types, and the micro counts."""
    per: dict[str, PRF] = defaultdict(PRF)
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            if g != NONE:
                per[g].add(tp=1)
            continue
        if g != NONE:
            per[g].add(fn=1)
        if p != NONE:
            per[p].add(fp=1)
    support = Counter(g for g in gold if g != NONE)
    macro = sum(per[label].f1 for label in support) / len(support) if support else 0.0
    total = sum(support.values())
    weighted = sum(per[label].f1 * n for label, n in support.items()) / total if total else 0.0
    micro = PRF()
    for counts in per.values():
        micro.add(counts.tp, counts.fp, counts.fn)
    return per, macro, weighted, micro


def bootstrap_interval(gold: Sequence[str], predicted: Sequence[str], *, rounds: int = BOOTSTRAP_ROUNDS,
                       seed: int = 0) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% percentile intervals of macro and weighted F1 over items resampled with replacement:
    on a few dozen items one item moves the figure by several points, and the interval says so."""
    rng = random.Random(seed)
    n = len(gold)
    macros, weighteds = [], []
    for _ in range(rounds):
        picks = [rng.randrange(n) for _ in range(n)]
        _, macro, weighted, _ = type_scores([gold[i] for i in picks], [predicted[i] for i in picks])
        macros.append(macro)
        weighteds.append(weighted)

    def interval(values: list[float]) -> tuple[float, float]:
        values.sort()
        return values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))]

    return interval(macros), interval(weighteds)


def _type_table(name: str, gold: Sequence[str], predicted: Sequence[str], report: Report, key: str) -> None:
    per, macro, weighted, micro = type_scores(gold, predicted)
    support = Counter(g for g in gold if g != NONE)
    report.lines.append(f"{name}: {len(gold)} items, {sum(support.values())} with a gold type")
    for label in sorted(per):
        report.lines.append("  " + per[label].row(f"{label} (n={support[label]})"))
    report.lines.append(f"  macro F1 {macro:.3f}   weighted F1 {weighted:.3f}   micro " + micro.row("")[29:])
    if gold:
        (macro_lo, macro_hi), (weighted_lo, weighted_hi) = bootstrap_interval(gold, predicted)
        report.lines.append(f"  95% bootstrap interval ({BOOTSTRAP_ROUNDS} resamples of the items): macro F1 "
                            f"{macro_lo:.3f}-{macro_hi:.3f}   weighted F1 {weighted_lo:.3f}-{weighted_hi:.3f}")
    report.metrics.update({f"{key}.macro_f1": macro, f"{key}.weighted_f1": weighted,
                           f"{key}.micro_precision": micro.precision, f"{key}.micro_f1": micro.f1})


# --- PETRARCH2 ------------------------------------------------------------------------------------


def cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code to PLOVER type, from the CAMEO2PLOVER table (02 appeals are requests)."""
    table = {"02": "REQUEST"}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"cannot read the CAMEO-to-PLOVER table {path}: {exc}") from exc
    for line in lines:
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_of_cameo(code: str, table: dict[str, str]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _petr2(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    table = cameo_table(require(path.parent / CAMEO_TABLE, "CAMEO-to-PLOVER table"))
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"cannot read PETRARCH2 gold {path}: {exc}") from exc
    items: list[tuple[str, str, set[str]]] = []
    for m in re.finditer(r'<Sentence [^>]*id="([^"]+)"[^>]*/>(.*?)<Text>(.*?)</Text>', text, re.S):
        sid, codings, body = m.groups()
        types = {plover_of_cameo(c, table) for c in re.findall(r'eventcode="(\d+)"', codings)}
        if in_split(sid, split):
            items.append((sid, " ".join(body.split()), {t for t in types if t}))
    items = items[:limit] if limit is not None else items
    counts = PRF()
    per: dict[str, PRF] = defaultdict(PRF)
    for (_, _, gold), (_, events) in zip(items, _events(pipeline, [i[1] for i in items]), strict=True):
        predicted = {e.type for e in events}
        for t in gold | predicted:
            hit = (t in gold) + 2 * (t in predicted)
            add = {3: {"tp": 1}, 1: {"fn": 1}, 2: {"fp": 1}}[hit]
            counts.add(**add)
            per[t].add(**add)
    report.lines.append(f"PETRARCH2 gold: {len(items)} sentences, (sentence, PLOVER type) pairs")
    for label in sorted(per):
        report.lines.append("  " + per[label].row(label))
    report.lines.append("  " + counts.row("all types (micro)"))
    report.metrics.update({"petr2.micro_precision": counts.precision, "petr2.micro_recall": counts.recall,
                           "petr2.micro_f1": counts.f1})


# --- CASE 2021 ------------------------------------------------------------------------------------


HAPPENED = frozenset({"asserted", "reported"})


def snippet_subtype(events: Iterable[Event], doc: Doc | None = None) -> str:
    """The ACLED sub-type of a snippet: that of its event (``snippet_event``), NONE without one."""
    event = snippet_event(events, doc)
    return event.acled.sub_event_type if event is not None and event.acled is not None else NONE


def snippet_event(events: Iterable[Event], doc: Doc | None = None) -> Event | None:
    """The event a snippet reports: the main event (nearest the root) of its first sentence holding an event with
    an ACLED type, since a snippet opens with the event it reports and later sentences give background. Without
    the parse, the event of the most specific sub-type present (measured worse on dev)."""
    typed = [e for e in events if e.acled is not None and not e.negated]
    # ACLED records what happened: "formed a coalition to fight the M23" is no battle (a snippet that tells of
    # nothing but plans keeps them)
    typed = [e for e in typed if e.modality in HAPPENED] or typed
    if doc is not None and typed:
        first = doc.char_span(typed[0].trigger[0], typed[0].trigger[1], alignment_mode="expand")
        if first is not None:
            sent = first.sent
            typed = [e for e in typed if sent.start_char <= e.trigger[0] < sent.end_char]
    if doc is not None and typed:
        main = main_event(doc, typed)
        if main is not None and main.acled is not None:
            return main
    by_subtype = {e.acled.sub_event_type: e for e in reversed(typed) if e.acled is not None}
    return next((by_subtype[sub] for sub in SUBTYPE_PRIORITY if sub in by_subtype), None)


def read_case_rows(path: Path, what: str) -> list[dict[str, str]]:
    """Snippets in the CASE 2021 task 2 layout (id, EventSnippet, SubType); EvaluationError names the file."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
            columns = set(reader.fieldnames or ())
    except (OSError, csv.Error) as exc:
        raise EvaluationError(f"cannot read {what} {path}: {exc}") from exc
    missing = sorted(CASE_COLUMNS - columns)
    if missing:
        raise EvaluationError(f"{path}: {what} need the columns {', '.join(missing)}")
    for number, row in enumerate(rows, 2):
        if any(row.get(column) is None for column in CASE_COLUMNS):
            raise EvaluationError(f"{path} line {number}: expected {len(columns)} tab-separated cells")
    return rows


def score_snippets(rows: Sequence[dict[str, str]], title: str, key: str, pipeline: Pipeline, report: Report) -> None:
    """ACLED sub-type of each snippet against its label (labels ACLED does not count want none)."""
    gold = [NONE if r["SubType"] in NOT_ACLED else CASE_SUBTYPES.get(r["SubType"], r["SubType"]) for r in rows]
    predicted = [snippet_subtype(events, doc) for doc, events in _events(pipeline, [r["EventSnippet"] for r in rows])]
    _type_table(title, gold, predicted, report, key)
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    report.lines.append(f"  accuracy {correct / len(gold) if gold else 0.0:.3f} (none counts as a class)")
    report.metrics[f"{key}.accuracy"] = correct / len(gold) if gold else 0.0


def _case(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    rows = [r for r in read_case_rows(path, "CASE 2021 sample") if in_split(f"case-{r['id']}", split)]
    rows = rows[:limit] if limit is not None else rows
    score_snippets(rows, "CASE 2021 ACLED sub-types", "case", pipeline, report)


# --- IndiaPoliceEvents ----------------------------------------------------------------------------

def _died_in(trigger: Token) -> bool:
    """An act someone died in or of: "125 persons have died in police firing"."""
    prep = trigger.head if trigger.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() in DEATH_VERBS


def _party_words(event: Event, field: str) -> set[str]:
    """The content words of an event's actor (or target) and the parties coordinated with it."""
    return set().union(*(_content_words(ref.text) for ref in _parties(event, field)))


def police_labels(doc: Doc, events: Iterable[Event], start: int, end: int) -> set[str]:
    """The IndiaPoliceEvents labels a sentence's events support."""
    labels: set[str] = set()
    for e in events:
        if not start <= e.trigger[0] < end or e.negated or e.modality in ("hypothetical", "future"):
            continue
        police = not POLICE_WORDS.isdisjoint(_party_words(e, "actor"))
        lemma = doc.text[e.trigger[0]:e.trigger[1]].lower()
        arrest = e.type == "COERCE" and e.mode == "arrest"
        if arrest and (police or e.actor is None):
            labels.update({"ARREST", "ANY_ACTION"})
        elif e.type == "MOBILIZE" and e.actor is None and not POLICE_WORDS.isdisjoint(_party_words(e, "target")):
            # "security has been beefed up", "police were put on high alert": forces put out with no one
            # named putting them out are the police acting.
            labels.add("ANY_ACTION")
        elif police and e.type in ("ASSAULT", "COERCE", "MOBILIZE", "ACCUSE"):
            labels.add("ANY_ACTION")
            if e.type == "ASSAULT":
                labels.add("FORCE")
                span = doc.char_span(e.trigger[0], e.trigger[1], alignment_mode="expand")
                if span is not None and (span.root.lemma_.lower() in KILL_LEMMAS or lemma in KILL_LEMMAS
                                         or _died_in(span.root)):
                    labels.add("KILL")
    return labels


def _india(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    docs: dict[int, str] = {}
    sents: dict[int, list[tuple[str, set[str]]]] = defaultdict(list)
    try:
        with (path / "docs.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                docs[int(row["doc_id"])] = row["doc_text"]
        with (path / "sents.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                sents[int(row["doc_id"])].append((row["sent_text"], set(row["sent_labels"])))
    except (OSError, ValueError, KeyError) as exc:
        raise EvaluationError(f"cannot read IndiaPoliceEvents at {path}: {exc}") from exc
    ids = [d for d in sorted(docs) if d in sents and in_split(f"india-{d}", split)]
    ids = ids[:limit] if limit is not None else ids
    labels = ("ANY_ACTION", "ARREST", "FORCE", "KILL")
    per = {label: PRF() for label in labels}
    for doc_id, (doc, events) in zip(ids, _events(pipeline, [docs[d] for d in ids]), strict=True):
        cursor = 0
        for text, gold in sents[doc_id]:
            start = doc.text.find(text.strip(), cursor)
            if start < 0:
                continue
            end = start + len(text.strip())
            cursor = end
            predicted = police_labels(doc, events, start, end)
            if gold & {"KILL", "ARREST", "FORCE"}:
                gold = gold | {"ANY_ACTION"}
            for label in labels:
                per[label].add(tp=int(label in gold and label in predicted),
                               fp=int(label not in gold and label in predicted),
                               fn=int(label in gold and label not in predicted))
    report.lines.append(f"IndiaPoliceEvents: {len(ids)} documents, sentence labels")
    for label in labels:
        report.lines.append("  " + per[label].row(label))
        report.metrics[f"india.{label.lower()}_precision"] = per[label].precision
        report.metrics[f"india.{label.lower()}_recall"] = per[label].recall
    report.metrics["india.event_precision"] = per["ANY_ACTION"].precision


def _own(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    from newsledger.evaluate.events_own import evaluate_own, own_files  # it imports this module

    evaluate_own([path] if path.is_file() else own_files(split), split, limit, pipeline, report)


def _own_acled(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    from newsledger.evaluate.events_own import evaluate_own_acled, own_acled_files

    evaluate_own_acled([path] if path.is_file() else own_acled_files(split), split, limit, pipeline, report)


def _everyday(path: Path, split: str, limit: int | None, pipeline: Pipeline, report: Report) -> None:
    from newsledger.evaluate.events_own import evaluate_everyday, own_everyday_files

    evaluate_everyday([path] if path.is_file() else own_everyday_files(split), split, limit, pipeline, report)


_RUNNERS = {"plover": _plover, "petr2": _petr2, "case": _case, "india": _india, "own": _own,
            "own_acled": _own_acled, "everyday": _everyday}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsledger.evaluate.events", description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=shared_data_dir() / "events")
    parser.add_argument("--split", default="all", choices=("all", "dev", "test"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(evaluate(args.path, split=args.split, limit=args.limit).format())


if __name__ == "__main__":
    main()
