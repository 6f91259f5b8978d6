"""When, where and who of events, against the links of TimeML (TBAQ) and MEANTIME.

The events extractor gives each event a date (the time expression of its clause, else the publication
date, marked as such), a place (a toponym in its own locative phrase) and actor and target spans. The
type scores of ``newsledger eval events`` do not check these. Here they are checked against gold links
made for other purposes, on the events whose trigger overlaps a gold event mention:

- **time** (TBAQ and MEANTIME): a TLINK that puts the gold event inside a time expression
  (IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, or INCLUDES from the time's side) is the event's
  *anchor*; the document creation time counts as the publication date. Among events with a dated
  anchor, the event's date is *right* when its value is an anchor's value (times of day dropped),
  and *consistent* when one contains the other ("1998-08" and "1998-08-07"). Errors are split into
  a stated date missed (we gave the publication date or nothing, gold anchors the event to a time
  expression of the text) and a wrong date taken.
- **participants and place** (MEANTIME only, whose HAS_PARTICIPANT links carry PropBank roles):
  the actor is right when it overlaps a mention of the Arg0's entity; the target when it overlaps a
  mention of the Arg1's or Arg2's (PLOVER's target is the patient or the recipient); the place when
  it overlaps a mention of the Argm-LOC's.

MEANTIME's Wikinews articles are about business and its events are every event, so few of them are
PLOVER events; the counts are printed with every figure. ``evaluate`` then scores the bundled passages of our
own labelled with each event's place and date (``event_where_when``), which follow the issue's definition
where TimeML's anchoring differs from it (docs/quality/events.md, eighth pass).
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsledger.evaluate.common import (
    PRF,
    Report,
    date_part,
    errors_main,
    extract_each,
    in_split,
    share,
    shared_data_dir,
    spans_overlap,
)
from newsledger.evaluate.event_where_when import evaluate_own
from newsledger.evaluate.times import (
    _dct,
    corpus_files,
    markable_span,
    meantime_text,
    read_xml,
    tml_creation_time,
    tml_text,
)
from newsledger.extract.events import PUBLICATION_DATE_TEXT
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, Event, SpanRef

# A TLINK of these types puts the event inside the time (from the event's side, then from the time's).
EVENT_IN_TIME = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"})
TIME_AROUND_EVENT = frozenset({"INCLUDES", "DURING_INV", "SIMULTANEOUS", "IDENTITY"})
ACTOR_ROLES = frozenset({"Arg0"})
TARGET_ROLES = frozenset({"Arg1", "Arg2"})
PLACE_ROLES = frozenset({"Argm-LOC"})

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldEvent:
    start: int
    end: int
    anchors: tuple[str, ...] = ()  # dated values of the times the event lies in
    stated: tuple[str, ...] = ()  # those given by a time expression of the text, not the creation time
    roles: tuple[tuple[str, tuple[Span, ...]], ...] = ()  # PropBank role -> every mention of its entity

    def role_spans(self, roles: Iterable[str]) -> list[Span]:
        wanted = set(roles)
        return [span for role, spans in self.roles if role in wanted for span in spans]


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


# --- reading the gold --------------------------------------------------------------------------------


def load_tbaq_events(path: Path) -> GoldArticle:
    root = read_xml(path, "TimeML")
    text, elements = tml_text(root, path)
    creation = tml_creation_time(root)
    dct = creation.get("tid") if creation is not None else None
    published = _dct(creation.get("value") if creation is not None else None, path)
    times = {el.get("tid", ""): el.get("value", "") for el, _, _ in elements if el.tag == "TIMEX3"}
    if dct is not None and published is not None:
        times[dct] = published.isoformat()
    spans = {el.get("eid", ""): (s, e) for el, s, e in elements if el.tag == "EVENT"}
    event_of = {m.get("eiid", ""): m.get("eventID", "") for m in root.iter("MAKEINSTANCE")}
    anchors: dict[str, list[str]] = {}
    for link in root.iter("TLINK"):
        rel = link.get("relType", "")
        if link.get("eventInstanceID") and link.get("relatedToTime") and rel in EVENT_IN_TIME:
            eid, tid = event_of.get(link.get("eventInstanceID", ""), ""), link.get("relatedToTime", "")
        elif link.get("timeID") and link.get("relatedToEventInstance") and rel in TIME_AROUND_EVENT:
            eid, tid = event_of.get(link.get("relatedToEventInstance", ""), ""), link.get("timeID", "")
        else:
            continue
        anchors.setdefault(eid, []).append(("D" if tid == dct else "T") + times.get(tid, ""))
    events = [_gold_event(span, anchors.get(eid, [])) for eid, span in spans.items()]
    return GoldArticle(f"tbaq:{path.stem}", text, published, tuple(sorted(events, key=lambda g: g.start)))


def load_meantime_events(path: Path) -> GoldArticle:
    root = read_xml(path, "MEANTIME")
    text, token_spans = meantime_text(root)
    markables = root.find("Markables")
    relations = root.find("Relations")
    spans: dict[str, Span] = {}
    kinds: dict[str, str] = {}
    values: dict[str, str] = {}
    dct: str | None = None
    for m in markables if markables is not None else ():
        span = markable_span(m, token_spans)
        if span is not None:
            spans[m.get("m_id", "")] = span
        kinds[m.get("m_id", "")] = m.tag
        if m.tag == "TIMEX3":
            values[m.get("m_id", "")] = m.get("value", "")
            if m.get("functionInDocument") == "CREATION_TIME":
                dct = m.get("m_id")
    published = _dct(values.get(dct or ""), path)
    if dct is not None and published is not None:
        values[dct] = published.isoformat()
    mentions_of: dict[str, list[str]] = {}  # an entity instance -> its mentions
    instance_of: dict[str, str] = {}
    links = list(relations) if relations is not None else []
    for rel in links:
        if rel.tag == "REFERS_TO":
            target = _ends(rel, "target")
            for source in _all_ends(rel, "source"):
                instance_of[source] = target
                mentions_of.setdefault(target, []).append(source)
    anchors: dict[str, list[str]] = {}
    roles: dict[str, list[tuple[str, tuple[Span, ...]]]] = {}
    for rel in links:
        source, target = _ends(rel, "source"), _ends(rel, "target")
        if rel.tag == "TLINK":
            kind = rel.get("reltype", "")
            if kinds.get(target) == "TIMEX3" and kind in EVENT_IN_TIME and kinds.get(source) == "EVENT_MENTION":
                event, timex = source, target
            elif kinds.get(source) == "TIMEX3" and kind in TIME_AROUND_EVENT and kinds.get(target) == "EVENT_MENTION":
                event, timex = target, source
            else:
                continue
            anchors.setdefault(event, []).append(("D" if timex == dct else "T") + values.get(timex, ""))
        elif rel.tag == "HAS_PARTICIPANT":
            coreferent = mentions_of.get(instance_of.get(target, ""), [target])
            found = tuple(spans[m] for m in {target, *coreferent} if m in spans)
            roles.setdefault(source, []).append((rel.get("sem_role", ""), found))
    events = [
        _gold_event(spans[m], anchors.get(m, []), roles.get(m, []))
        for m, kind in kinds.items() if kind == "EVENT_MENTION" and m in spans
    ]
    return GoldArticle(f"meantime:{path.stem}", text, published, tuple(sorted(events, key=lambda g: g.start)))


def _ends(rel: ET.Element, end: str) -> str:
    found = rel.find(end)
    return found.get("m_id", "") if found is not None else ""


def _all_ends(rel: ET.Element, end: str) -> list[str]:
    return [e.get("m_id", "") for e in rel.findall(end)]


def _gold_event(span: Span, anchors: Sequence[str],
                roles: Sequence[tuple[str, tuple[Span, ...]]] = ()) -> GoldEvent:
    dated = [(a[0], date_part(a[1:])) for a in anchors]
    return GoldEvent(
        span[0], span[1],
        anchors=tuple(sorted({v for _, v in dated if v})),
        stated=tuple(sorted({v for kind, v in dated if v and kind == "T"})),
        roles=tuple(roles),
    )


# --- scoring -------------------------------------------------------------------------------------------


@dataclass
class Scores:
    """Counts over the events whose trigger overlaps a gold event."""

    events: int = 0
    matched: int = 0
    anchored: int = 0
    time_right: int = 0
    time_consistent: int = 0
    stated_missed: int = 0  # gold has a date of the text, we gave the publication date or none
    wrong_stated: int = 0  # we took a date from the text that is not the gold one
    wrong_fallback: int = 0  # the publication date, gold dates the event otherwise (and gives no text date)
    no_time: int = 0
    stated_taken: PRF = field(default_factory=PRF)  # our dates read from the text: right (tp) or not (fp)
    actor: PRF = field(default_factory=PRF)
    target: PRF = field(default_factory=PRF)
    place: PRF = field(default_factory=PRF)
    errors: list[str] = field(default_factory=list)

    def add(self, gold: GoldArticle, record: ArticleRecord) -> None:
        for event in record.events:
            self.events += 1
            found = _overlapping(gold.events, event.trigger)
            if found is None:
                continue
            self.matched += 1
            self._time(gold, event, found)
            place = event.place
            for prf, ours, roles, kind in (
                (self.actor, [event.actor, *event.co_actors], ACTOR_ROLES, "ACTOR"),
                (self.target, [event.target, *event.co_targets], TARGET_ROLES, "TARGET"),
                (self.place, [SpanRef(place.start, place.end, place.text) if place else None], PLACE_ROLES, "PLACE"),
            ):
                self._role(prf, gold, event, ours, found, roles, kind)

    def _time(self, gold: GoldArticle, event: Event, found: GoldEvent) -> None:
        if not found.anchors:
            return
        self.anchored += 1
        ours = date_part(event.time.value) if event.time is not None else None
        stated = event.time is not None and event.time.text != PUBLICATION_DATE_TEXT
        if ours is not None and ours in found.anchors:
            self.time_right += 1
            self.time_consistent += 1
            if stated:
                self.stated_taken.add(tp=1)
            return
        if ours is not None and any(a.startswith(ours) or ours.startswith(a) for a in found.anchors):
            self.time_consistent += 1
        if stated:
            self.stated_taken.add(fp=1)
            self.wrong_stated += 1
            kind = "WRONG DATE"
        elif found.stated:
            self.stated_missed += 1
            kind = "MISSED DATE"
        elif ours is None:
            self.no_time += 1
            kind = "NO DATE"
        else:
            self.wrong_fallback += 1
            kind = "PUBLICATION DATE"
        self.errors.append(f"{kind}: {gold.id} {_quote(gold.text, event.trigger)} ours "
                           f"{event.time.value if event.time else None} gold {', '.join(found.anchors)}")

    def _role(self, prf: PRF, gold: GoldArticle, event: Event, ours: Sequence[SpanRef | None],
              found: GoldEvent, roles: frozenset[str], kind: str) -> None:
        gold_spans = found.role_spans(roles)
        given = [s for s in ours if s is not None]
        if not gold_spans:
            return  # no gold for this role here: neither right nor wrong
        if any(spans_overlap((s.start, s.end), g) for s in given for g in gold_spans):
            prf.add(tp=1)
            return
        prf.add(fp=1 if given else 0, fn=1)
        wanted = ", ".join(repr(gold.text[s:e]) for s, e in gold_spans[:3])
        self.errors.append(f"{kind}: {gold.id} {_quote(gold.text, event.trigger)} ours "
                           f"{given[0].text if given else None!r} gold {wanted}")

    def lines(self, name: str) -> list[str]:
        taken = int(self.stated_taken.tp + self.stated_taken.fp)
        return [
            f"{name}: {self.events} events, {self.matched} on a gold event mention, {self.anchored} of them "
            f"with a dated gold anchor",
            f"  date right {share(self.time_right, self.anchored)}; consistent (one contains the other) "
            f"{share(self.time_consistent, self.anchored)}",
            f"  errors: a stated date missed {self.stated_missed}, a wrong date taken from the text "
            f"{self.wrong_stated}, publication date where gold dates it otherwise {self.wrong_fallback}, "
            f"no date {self.no_time}",
            f"  dates read from the text: right {share(int(self.stated_taken.tp), taken)}",
            self.actor.row("  actor = Arg0"),
            self.target.row("  target = Arg1/Arg2"),
            self.place.row("  place = Argm-LOC"),
        ]

    def metrics(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}.anchored": float(self.anchored),
            f"{prefix}.date_right": self.time_right / self.anchored if self.anchored else 0.0,
            f"{prefix}.date_consistent": self.time_consistent / self.anchored if self.anchored else 0.0,
            f"{prefix}.stated_precision": self.stated_taken.precision,
            f"{prefix}.actor_precision": self.actor.precision,
            f"{prefix}.actor_recall": self.actor.recall,
            f"{prefix}.target_precision": self.target.precision,
            f"{prefix}.target_recall": self.target.recall,
            f"{prefix}.place_precision": self.place.precision,
            f"{prefix}.place_recall": self.place.recall,
        }


def _overlapping(events: Sequence[GoldEvent], trigger: Span) -> GoldEvent | None:
    return next((g for g in events if spans_overlap((g.start, g.end), trigger)), None)


def _quote(text: str, span: Span) -> str:
    s, e = span
    return f"…{text[max(0, s - 60):s]}[[{text[s:e]}]]{text[e:e + 40]}…".replace("\n", " ")


def load(name: str, files: Sequence[Path], split: str, limit: int | None) -> list[GoldArticle]:
    loader = load_tbaq_events if name == "TBAQ" else load_meantime_events
    chosen = [f for f in files if in_split(f"{name.lower()}:{f.stem}", split)]
    return [loader(f) for f in chosen[:limit]]


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Date, actor, target and place of our events against TBAQ and MEANTIME links, per corpus, then against
    our own passages of the split.

    ``path`` is the ``temporal`` folder (or one corpus in it); ``limit`` caps each corpus's documents.
    """
    in_split("", split)  # validates the split name
    path = path if path is not None else shared_data_dir() / "temporal"
    pipeline = pipeline if pipeline is not None else Pipeline()
    report = Report(f"Events' dates, participants and places against TimeML and MEANTIME links, split {split}")
    for name, files in corpus_files(path).items():
        started = time.perf_counter()
        gold = load(name, files, split, limit)
        articles = [Article(id=g.id, text=g.text, published=g.published, source=g.id) for g in gold]
        scores = Scores()
        for g, record in extract_each(pipeline, gold, articles, lambda _, f: f"FAILED: {f.source}: {f.message}",
                                      scores.errors):
            scores.add(g, record)
        report.lines.extend(scores.lines(f"{name} ({len(gold)} documents, {time.perf_counter() - started:.1f} s)"))
        report.metrics.update(scores.metrics(name.lower()))
        if errors is not None:
            errors.extend(scores.errors)
    evaluate_own(split, pipeline, report, errors)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", shared_data_dir() / "temporal", argv,
                       "write each wrong date, actor, target or place here")


if __name__ == "__main__":
    sys.exit(main())
