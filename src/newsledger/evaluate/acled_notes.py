"""ACLED's own coding of its event notes: does the extractor give a note the sub-event type ACLED's coders gave it?

ACLED publishes each event with a note in its coders' words ("On 27 December 2022, an unidentified armed group
kidnapped a cattle seller in Kalale (Kalale, Borgou).") beside the event and sub-event type they chose. An export
(a CSV from ACLED's export tool or API with the columns ``notes`` and ``sub_event_type``, in any letter case;
``event_type`` too when present) is a labelled set in the manner of CASE 2021 task 2, coded by ACLED itself and as
large as the export. None ships with newsledger (ACLED's terms keep its data with whoever downloaded it): PATH is an
export file or a folder of them.

Each note is scored like a CASE snippet (``events.snippet_subtype``): the ACLED sub-type of the main event of its
first sentence that holds one, against ACLED's; a note in which the extractor finds no ACLED event counts as the
class NONE. The split is by a hash of the note's text, so a note keeps its half whichever export it comes in;
``--limit N`` takes the first N notes of the split in hash order, the same sample on every run and spread over
the files. Each note is read as a user's article is, by every extractor (it has no publication date).

The same run scores the rest of what the ACLED export writes against ACLED's coding of the note: the two sides'
actor types (``inter1``, ``inter2``) and, in ``acled_note_anchors``, the event's location, date and fatalities.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from newsledger.errors import EvaluationError
from newsledger.evaluate.acled_note_anchors import Anchors, read_anchors, score_anchors
from newsledger.evaluate.common import Report, errors_main, in_split, share
from newsledger.evaluate.events import NONE, _type_table, snippet_event
from newsledger.extract.events.acled_actors import ACTOR_TYPES, acled_parties, actor_types
from newsledger.extract.events.acled_words import EVENT_TYPE
from newsledger.extract.places.gazetteer import COUNTRY, gazetteer
from newsledger.pipeline import Pipeline
from newsledger.records import Article, Event, SpanRef

TYPE_CODES = {name: code for code, name in ACTOR_TYPES.items()}

NEEDED = ("notes", "sub_event_type")


@dataclass(frozen=True)
class Note:
    source: str  # the export file's name
    note: str
    sub_event_type: str
    # ACLED's actor types of the two sides (0: no second side), None where the export does not give them
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None  # ISO2 of the export's country column
    anchors: Anchors = field(default_factory=Anchors)  # ACLED's location, date and fatalities

    @property
    def key(self) -> str:
        return hashlib.sha1(self.note.encode("utf-8")).hexdigest()


def read_notes(path: Path) -> list[Note]:
    """Every coded note of an ACLED export, or of each ``.csv`` in a folder; EvaluationError names the file."""
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files:
        raise EvaluationError(f"{path}: no .csv file of ACLED events in this folder")
    notes: dict[str, Note] = {}  # one note told in two exports is scored once
    for file in files:
        for note in _read_export(file):
            notes.setdefault(note.note, note)
    return list(notes.values())


def _read_export(file: Path) -> Iterator[Note]:
    try:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            columns = {name.strip().lower(): name for name in reader.fieldnames or ()}
            missing = [name for name in NEEDED if name not in columns]
            if missing:
                raise EvaluationError(f"{file}: an ACLED export needs the columns {', '.join(missing)}")
            for row in reader:
                note = " ".join((row.get(columns["notes"]) or "").split())
                sub = (row.get(columns["sub_event_type"]) or "").strip()
                if note and sub and note.upper() != "NA":
                    country = _iso2(row.get(columns.get("country", "")))
                    yield Note(file.name, note, sub, *_sides(row, columns), country, read_anchors(row, columns))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EvaluationError(f"cannot read ACLED export {file}: {exc}") from exc


def _type_code(value: str | None) -> int | None:
    """An actor type as older exports give it (a code) or newer ones do (its name)."""
    value = (value or "").strip()
    if value.isdigit():
        return int(value)
    return TYPE_CODES.get(value)


def _sides(row: dict[str, str], columns: dict[str, str]) -> tuple[int | None, int | None]:
    """inter1 and inter2; newer exports give inter2 only within the interaction ("State forces-Rioters",
    "Protesters only"), whose types come in code order."""
    inter1 = _type_code(row.get(columns.get("inter1", "")))
    inter2 = _type_code(row.get(columns.get("inter2", "")))
    if inter1 is None or inter2 is not None:
        return inter1, inter2
    pair = (row.get(columns.get("interaction", "")) or "").strip()
    if pair.endswith(" only"):
        return inter1, 0
    codes = [_type_code(name) for name in pair.split("-")]
    if len(codes) != 2 or None in codes or inter1 not in codes:
        return inter1, None
    codes.remove(inter1)
    return inter1, codes[0]


def _iso2(country: str | None) -> str | None:
    if not country:
        return None
    return next((e.country for e, _ in gazetteer().lookup(country) if e.feature == COUNTRY), None)


def evaluate(path: Path | None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    if path is None:
        raise EvaluationError("acled-notes needs PATH: an ACLED export (.csv with notes and sub_event_type) "
                              "or a folder of them")
    if not Path(path).exists():
        raise EvaluationError(f"{path}: no such ACLED export or folder")
    notes = sorted((n for n in read_notes(Path(path)) if in_split(f"acled-note-{n.key}", split)), key=lambda n: n.key)
    notes = notes[:limit] if limit is not None else notes
    pipeline = pipeline if pipeline is not None else Pipeline()
    report = Report(f"ACLED notes against ACLED's own sub-event types ({path}), split {split}")
    chosen = [snippet_event(events, doc) for doc, events in _note_events(pipeline, [n.note for n in notes])]
    predicted = [e.acled.sub_event_type if e is not None and e.acled is not None else NONE for e in chosen]
    gold = [n.sub_event_type for n in notes]
    _type_table("ACLED sub-event types", gold, predicted, report, "acled_notes")
    right = sum(g == p for g, p in zip(gold, predicted, strict=True))
    same_type = sum(EVENT_TYPE.get(g) == EVENT_TYPE.get(p) for g, p in zip(gold, predicted, strict=True))
    found = sum(p != NONE for p in predicted)
    report.lines.append(f"  sub-event type right {share(right, len(gold))}   event type right "
                        f"{share(same_type, len(gold))}   notes given any ACLED type {share(found, len(gold))}")
    report.metrics.update({"acled_notes.accuracy": right / len(gold) if gold else 0.0,
                           "acled_notes.event_type_accuracy": same_type / len(gold) if gold else 0.0})
    by_source: dict[str, Counter[bool]] = {}
    for note, p in zip(notes, predicted, strict=True):
        by_source.setdefault(note.source, Counter())[note.sub_event_type == p] += 1
    for source, counts in sorted(by_source.items()):
        report.lines.append(f"  {source:<40} sub-event type right {share(counts[True], counts.total())}")
    _score_sides(notes, chosen, report, errors)
    score_anchors([(n.note, n.anchors) for n in notes], chosen, report, errors)
    if errors is not None:
        errors.extend(f"WRONG gold={g} ours={p} [{n.source}] :: {n.note}"
                      for n, g, p in zip(notes, gold, predicted, strict=True) if g != p)
    return report


def _note_events(pipeline: Pipeline, texts: Sequence[str]) -> Iterator[tuple[Doc, tuple[Event, ...]]]:
    """Each note's events as a user's article gets them: every extractor run, so that places and times are there
    (a note has no publication date)."""
    for text, doc in zip(texts, pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size), strict=True):
        yield doc, pipeline.records_from_doc(doc, Article(id="acled-note", text=text, source="acled-note")).events


def _score_sides(notes: Sequence[Note], chosen: Sequence[Event | None], report: Report,
                 errors: list[str] | None) -> None:
    """ACLED's actor types of the two sides (inter1, inter2) and their interaction, on the notes given the right
    event type, against what the sub-type alone would give."""
    counts: Counter[str] = Counter()
    for note, event in zip(notes, chosen, strict=True):
        if event is None or event.acled is None or note.inter1 is None or note.inter2 is None:
            continue
        if EVENT_TYPE.get(note.sub_event_type) != event.acled.event_type:
            continue
        acled = event.acled
        trigger = note.note[event.trigger[0]:event.trigger[1]]
        sides = acled_parties(acled.event_type, _text(event.actor), [r.text for r in event.co_actors],
                              _text(event.target), [r.text for r in event.co_targets], [trigger])
        ours = actor_types(acled.event_type, acled.sub_event_type, sides[0], sides[2], country=note.country,
                           triggers=[trigger])
        bare = actor_types(acled.event_type, acled.sub_event_type, "", "")
        gold = (note.inter1, note.inter2)
        counts["n"] += 1
        counts["inter1"] += ours[0] == gold[0]
        counts["inter2"] += ours[1] == gold[1]
        counts["interaction"] += sorted(ours) == sorted(gold)
        counts["bare"] += sorted(bare) == sorted(gold)
        if errors is not None and sorted(ours) != sorted(gold):
            errors.append(f"SIDES gold={gold[0]},{gold[1]} ours={ours[0]},{ours[1]} {acled.sub_event_type} "
                          f"actor1={sides[0]!r} actor2={sides[2]!r} :: {note.note}")
    n = counts["n"]
    report.lines.append(f"ACLED actor types on the {n} notes given the right event type (country from the export):")
    report.lines.append(f"  inter1 right {share(counts['inter1'], n)}   inter2 right {share(counts['inter2'], n)}   "
                        f"interaction right {share(counts['interaction'], n)}   "
                        f"(by the sub-type alone, no party words: {share(counts['bare'], n)})")
    report.metrics.update({"acled_notes.interaction_accuracy": counts["interaction"] / n if n else 0.0})


def _text(ref: SpanRef | None) -> str:
    return ref.text if ref is not None else ""


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__ or "", None, argv, "write each wrongly typed note to this file")


if __name__ == "__main__":
    raise SystemExit(main())
