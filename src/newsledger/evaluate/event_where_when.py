"""Where and when our events happened, against passages of our own labelled with the event's place and date.

``own_anchor_*.tsv`` (bundled, described in ``data/OWN_EVENTS.md``): columns ``published``, ``text``,
``place``, ``date``. One word of each passage is the event's trigger, marked ``[[word]]``; ``place`` is the
text of where that event happened (empty when the passage does not say), ``date`` its date resolved
against the publication date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; empty when not said). The passages
are built around the traps: datelines, places and dates of reports and of other events, dated nouns that
are not the event, events retold by a noun.

Scored on the passages where we find an event on the marked word:

- **place**: right when we give none and gold has none, or ours overlaps an occurrence of the gold text;
  precision over the places we give, recall over the gold places;
- **date**: right when our date's value is the gold one, or when gold has none and we read none from the
  text (the publication date, marked as such, is then no claim); precision over the dates we read from
  the text, recall over the gold dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import (
    PRF,
    MarkedScores,
    Report,
    date_part,
    extract_each,
    failed_passage,
    remark,
    spans_overlap,
    tsv_rows,
    unmark,
)
from newsledger.evaluate.events_own import bundled_files
from newsledger.extract.events import PUBLICATION_DATE_TEXT
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, Event

COLUMNS = ("published", "text", "place", "date")
SPLIT_FILES: dict[str, tuple[str, ...]] = {"dev": ("own_anchor_dev.tsv",), "test": ("own_anchor_test.tsv",)}
SPLIT_FILES["all"] = SPLIT_FILES["dev"] + SPLIT_FILES["test"]


@dataclass(frozen=True)
class AnchorRow:
    published: date
    text: str  # without the marks
    trigger: tuple[int, int]
    place: str
    date: str


def files(split: str) -> list[Path]:
    return bundled_files(SPLIT_FILES[split])


def read_rows(path: Path) -> list[AnchorRow]:
    """The rows of one file; EvaluationError names the file and line of a bad row."""
    rows = []
    for where, cells in tsv_rows(path, COLUMNS, "own event places and dates"):
        published, marked, place, when = cells
        text, trigger = unmark(marked, where)
        if place and place not in text:
            raise EvaluationError(f"{where}: the place {place!r} is not in the text")
        if when and date_part(when) != when:
            raise EvaluationError(f"{where}: the date {when!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        try:
            day = date.fromisoformat(published)
        except ValueError as exc:
            raise EvaluationError(f"{where}: publication date {published!r} is not YYYY-MM-DD") from exc
        rows.append(AnchorRow(day, text, trigger, place, when))
    return rows


@dataclass
class Scores(MarkedScores):
    place_right: int = 0
    date_right: int = 0
    place: PRF = field(default_factory=PRF)
    date: PRF = field(default_factory=PRF)

    def add(self, row: AnchorRow, record: ArticleRecord) -> None:
        event = self.event_on(row, record)
        if event is None:
            return
        self._place(row, event)
        self._date(row, event)

    def _place(self, row: AnchorRow, event: Event) -> None:
        gold = [(m.start(), m.start() + len(row.place)) for m in re.finditer(re.escape(row.place), row.text)] \
            if row.place else []
        ours = (event.place.start, event.place.end) if event.place is not None else None
        right = ours is None if not gold else ours is not None and any(spans_overlap(ours, g) for g in gold)
        self.place_right += right
        self.place.add(tp=1 if right and gold else 0, fp=1 if ours is not None and not right else 0,
                       fn=1 if gold and not right else 0)
        if not right:
            self.errors.append(f"PLACE ours {event.place.text if event.place else None!r} gold {row.place!r}: "
                               f"{remark(row.text, row.trigger)}")

    def _date(self, row: AnchorRow, event: Event) -> None:
        stated = event.time is not None and event.time.text != PUBLICATION_DATE_TEXT
        ours = date_part(event.time.value) if event.time is not None else None
        weekend = event.time is not None and event.time.value.endswith("-WE")
        right = _same_date(ours, row.date, weekend=weekend) if row.date else not stated
        self.date_right += right
        self.date.add(tp=1 if right and row.date else 0, fp=1 if stated and not right else 0,
                      fn=1 if row.date and not right else 0)
        if not right:
            said = f"{event.time.value} ({event.time.text})" if event.time else None
            self.errors.append(f"DATE ours {said} gold {row.date or None}: {remark(row.text, row.trigger)}")

    def lines(self, name: str) -> list[str]:
        found = self.found or 1
        return [
            self.found_line(name),
            f"  place right {self.place_right / found:.3f}; date right {self.date_right / found:.3f}",
            self.place.row("  place (given / gold)"),
            self.date.row("  date read from the text"),
        ]


def _same_date(ours: str | None, gold: str, *, weekend: bool = False) -> bool:
    """Equal values; a week ("last week", 2019-W04) is right for the month all its days fall in, a weekend
    ("at the weekend", 2019-W04-WE) for the month its Saturday and Sunday fall in."""
    if ours == gold:
        return True
    week = re.fullmatch(r"(\d{4})-W(\d\d)", ours or "")
    if week is None or len(gold) != 7:
        return False
    year, number = int(week.group(1)), int(week.group(2))
    try:
        first, last = date.fromisocalendar(year, number, 6 if weekend else 1), date.fromisocalendar(year, number, 7)
    except ValueError:
        return False
    return first.strftime("%Y-%m") == last.strftime("%Y-%m") == gold


def evaluate_own(split: str, pipeline: Pipeline, report: Report, errors: list[str] | None = None) -> None:
    """Score the bundled passages of a split into ``report``."""
    paths = [p for p in files(split) if p.is_file()]
    if not paths:
        report.lines.append(f"own event places and dates ({split}): no file for this split")
        return
    rows = [row for path in paths for row in read_rows(path)]
    articles = [Article(id=f"own-anchor-{i}", text=r.text, published=r.published) for i, r in enumerate(rows)]
    scores = Scores()
    for row, record in extract_each(pipeline, rows, articles, failed_passage, scores.errors):
        scores.add(row, record)
    report.lines.extend(scores.lines(f"own passages ({split})"))
    found = scores.found or 1
    report.metrics.update({
        "own.found": scores.found / (scores.rows or 1),
        "own.place_right": scores.place_right / found,
        "own.date_right": scores.date_right / found,
        "own.place_precision": scores.place.precision,
        "own.place_recall": scores.place.recall,
        "own.date_precision": scores.date.precision,
        "own.date_recall": scores.date.recall,
    })
    if errors is not None:
        errors.extend(scores.errors)
