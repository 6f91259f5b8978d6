"""Shared pieces of the evaluation commands: locating gold data, counting, reporting.

Every ``newsledger.evaluate.<kind>`` module exposes
``evaluate(path: Path, *, split: str = "all", limit: int | None = None, pipeline: Pipeline | None = None)
-> Report``; ``newsledger eval <kind> PATH`` calls it and prints ``Report.format()``.

``split``: gold sets are split deterministically (by document) into a ``dev`` part used while
developing rules and a ``test`` part kept unseen; figures in docs/quality.md are reported on
``test`` and ``all``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from newsledger.errors import EvaluationError
from newsledger.records import Article, ArticleRecord, Event, IngestFailure

if TYPE_CHECKING:
    from newsledger.pipeline import Pipeline

T = TypeVar("T")

SPLITS = ("all", "dev", "test")


def shared_data_dir() -> Path:
    """``../shared/data`` beside the checkout, or ``NEWSLEDGER_SHARED_DATA``."""
    env = os.environ.get("NEWSLEDGER_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def in_split(doc_id: str, split: str) -> bool:
    """Deterministic document split: about half ``dev``, half ``test``, by a hash of the id."""
    if split not in SPLITS:
        raise EvaluationError(f"split must be one of {SPLITS}, not {split!r}")
    if split == "all":
        return True
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2
    return (bucket == 0) == (split == "dev")


_DATED = re.compile(r"\d{4}(-W\d\d|(-\d\d){0,2})")


def share(n: int, d: int) -> str:
    """ "0.750 (3/4)", or "n/a" when there is nothing to count."""
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def date_part(value: str) -> str | None:
    """The calendar part of a TimeML value ("1998-08-07TMO" -> "1998-08-07", "1998-W32-WE" -> "1998-W32"),
    None when it has none ("PAST_REF")."""
    m = _DATED.match(value)
    return m.group(0) if m else None


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two [start, end) character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


_MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(marked: str, where: str) -> tuple[str, tuple[int, int]]:
    """A passage without its one ``[[trigger]]`` mark, and the trigger's span; EvaluationError names ``where``."""
    marks = list(_MARK.finditer(marked))
    if len(marks) != 1:
        raise EvaluationError(f"{where}: expected one [[trigger]], found {len(marks)}")
    m = marks[0]
    return marked[:m.start()] + m.group(1) + marked[m.end():], (m.start(), m.start() + len(m.group(1)))


def remark(text: str, trigger: tuple[int, int]) -> str:
    """The passage with its trigger marked again, for error listings."""
    s, e = trigger
    return f"{text[:s]}[[{text[s:e]}]]{text[e:]}"


def on_trigger(events: Sequence[Event], trigger: tuple[int, int]) -> Event | None:
    """Our event whose trigger overlaps a gold trigger."""
    return next((e for e in events if spans_overlap(e.trigger, trigger)), None)


def tsv_rows(path: Path, columns: Sequence[str], what: str) -> Iterator[tuple[str, list[str]]]:
    """The rows of one of our TSV files, each with ``where`` ("FILE line N") for error messages; the header must
    name ``columns`` and every row hold as many cells (EvaluationError otherwise)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"cannot read {what} {path}: {exc}") from exc
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(next(reader, ())) != tuple(columns):
        raise EvaluationError(f"{path}: expected the columns {', '.join(columns)}")
    for number, cells in enumerate(reader, 2):
        where = f"{path} line {number}"
        if len(cells) != len(columns):
            raise EvaluationError(f"{where}: expected {len(columns)} tab-separated cells, found {len(cells)}")
        yield where, cells


def errors_main(evaluate: Callable[..., Report], description: str, default_path: Path | None,
                argv: Sequence[str] | None, errors_help: str) -> int:
    """``python -m newsledger.evaluate.<kind> [PATH] [--split] [--limit] [--errors FILE]`` for the evaluations
    that can list each wrong item."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", type=Path, nargs="?", default=default_path)
    parser.add_argument("--split", default="all", choices=SPLITS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=Path, default=None, help=errors_help)
    args = parser.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    print(evaluate(args.path, split=args.split, limit=args.limit, errors=errors).format())
    if args.errors and errors is not None:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


class Marked(Protocol):
    """A passage of ours with its trigger marked."""

    @property
    def text(self) -> str: ...

    @property
    def trigger(self) -> tuple[int, int]: ...


def failed_passage(row: Marked, failure: IngestFailure) -> str:
    return f"FAILED {failure.message}: {remark(row.text, row.trigger)}"


@dataclass
class MarkedScores:
    """What scores over our marked passages share: the passages read, those where we find an event on the
    marked word (the others are trigger misses, not scored further), and the error lines."""

    rows: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)

    def event_on(self, row: Marked, record: ArticleRecord) -> Event | None:
        """Our event on the passage's marked word, counting the passage and whether it was found."""
        self.rows += 1
        event = on_trigger(record.events, row.trigger)
        self.found += event is not None
        return event

    def found_line(self, name: str) -> str:
        return f"{name}: {self.rows} passages, an event on the marked word in {self.found}"


def extract_each(pipeline: Pipeline, items: Sequence[T], articles: Iterable[Article],
                 failed: Callable[[T, IngestFailure], str], errors: list[str]) -> Iterator[tuple[T, ArticleRecord]]:
    """Each gold item with the record of its article; an article that fails is listed in ``errors`` (the line
    ``failed`` makes of it) and skipped, and the others are scored."""
    for item, record in zip(items, pipeline.extract_many(articles), strict=True):
        if isinstance(record, IngestFailure):
            errors.append(failed(item, record))
            continue
        yield item, record


def require(path: Path, what: str) -> Path:
    if not path.exists():
        raise EvaluationError(f"{what} not found at {path}")
    return path


@dataclass
class PRF:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, tp: float = 0, fp: float = 0, fn: float = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:6.3f}  R {self.recall:6.3f}  F1 {self.f1:6.3f}"
                f"   (tp {self.tp:g}, fp {self.fp:g}, fn {self.fn:g})")


@dataclass
class Report:
    """What an evaluation prints, and the figures a quality gate pins."""

    title: str
    lines: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)

    def format(self) -> str:
        return "\n".join([self.title, "=" * len(self.title), *self.lines])
