"""What our events count, against passages of our own labelled with each event's dead, injured and counts.

``own_counts_*.tsv`` (bundled, described in ``data/OWN_EVENTS.md``): columns ``text``, ``fatalities``,
``injured``, ``quantities``. One word of each passage is an event's trigger, marked ``[[word]]``;
``fatalities`` and ``injured`` are the people that event killed and injured as ACLED counts them (the
lowest figure reported, "dozens" = 12, an unknown plural = 10, 0 when the passage gives none);
``quantities`` lists the counts the passage gives of that event, ``N noun`` separated by ``;``.

Scored on the passages where we find an event on the marked word:

- **fatalities, injured**: right when our figure is the gold one (no figure counts as 0, as in ACLED's
  column); precision and recall of "deaths reported" (a figure above 0);
- **quantities**: precision and recall of (value, counted noun) pairs, the noun compared without case or a
  plural ending; and of the values alone.

``--errors FILE`` lists every wrong figure with its passage.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import (
    PRF,
    MarkedScores,
    Report,
    errors_main,
    extract_each,
    failed_passage,
    in_split,
    remark,
    tsv_rows,
    unmark,
)
from newsledger.evaluate.events_own import bundled_files
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, Event

COLUMNS = ("text", "fatalities", "injured", "quantities")
SPLIT_FILES: dict[str, tuple[str, ...]] = {"dev": ("own_counts_dev.tsv",), "test": ("own_counts_test.tsv",)}
SPLIT_FILES["all"] = SPLIT_FILES["dev"] + SPLIT_FILES["test"]
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?) ([a-z][a-z' -]*)")


@dataclass(frozen=True)
class CountRow:
    text: str  # without the mark
    trigger: tuple[int, int]
    fatalities: int
    injured: int
    quantities: tuple[tuple[float, str], ...]


def read_rows(path: Path) -> list[CountRow]:
    """The rows of one file; EvaluationError names the file and line of a bad row."""
    rows = []
    for where, cells in tsv_rows(path, COLUMNS, "own event counts"):
        marked, killed, hurt, counts = cells
        text, trigger = unmark(marked, where)
        if not (killed.isdigit() and hurt.isdigit()):
            raise EvaluationError(f"{where}: fatalities and injured must be whole numbers, "
                                  f"found {killed!r} and {hurt!r}")
        quantities = []
        for item in filter(None, (c.strip() for c in counts.split(";"))):
            m = _QUANTITY.fullmatch(item)
            if m is None:
                raise EvaluationError(f"{where}: the quantity {item!r} is not 'N noun'")
            quantities.append((float(m.group(1)), m.group(2)))
        rows.append(CountRow(text, trigger, int(killed), int(hurt), tuple(quantities)))
    return rows


def noun_key(noun: str | None) -> str:
    """A counted noun compared without case, surrounding words, a hyphenated tail ("passers-by") or a plural
    ending ("cities", "churches", "soldiers")."""
    word = ((noun or "").lower().split()[-1:] or [""])[0].split("-")[0]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(s|x|z|ch|sh)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@dataclass
class Scores(MarkedScores):
    fatalities_right: int = 0
    injured_right: int = 0
    deaths: PRF = field(default_factory=PRF)
    quantities: PRF = field(default_factory=PRF)
    values: PRF = field(default_factory=PRF)

    def add(self, row: CountRow, record: ArticleRecord) -> None:
        event = self.event_on(row, record)
        if event is None:
            return
        killed, hurt = event.fatalities or 0, event.injured or 0
        self.fatalities_right += killed == row.fatalities
        self.injured_right += hurt == row.injured
        self.deaths.add(tp=int(killed > 0 and row.fatalities > 0), fp=int(killed > 0 and row.fatalities == 0),
                        fn=int(killed == 0 and row.fatalities > 0))
        if killed != row.fatalities or hurt != row.injured:
            self.errors.append(f"DEAD/INJURED ours {killed}/{hurt} gold {row.fatalities}/{row.injured}: "
                               f"{remark(row.text, row.trigger)}")
        self._quantities(row, event)

    def _quantities(self, row: CountRow, event: Event) -> None:
        ours = Counter((q.value, noun_key(q.unit)) for q in event.quantities)
        gold = Counter((value, noun_key(noun)) for value, noun in row.quantities)
        hit = sum((ours & gold).values())
        self.quantities.add(tp=hit, fp=sum(ours.values()) - hit, fn=sum(gold.values()) - hit)
        our_values, gold_values = Counter(v for v, _ in ours.elements()), Counter(v for v, _ in gold.elements())
        same = sum((our_values & gold_values).values())
        self.values.add(tp=same, fp=sum(our_values.values()) - same, fn=sum(gold_values.values()) - same)
        if ours != gold:
            said = "; ".join(f"{q.value:g} {q.unit}" for q in event.quantities)
            wanted = "; ".join(f"{v:g} {n}" for v, n in row.quantities)
            self.errors.append(f"COUNTS ours [{said}] gold [{wanted}]: {remark(row.text, row.trigger)}")

    def lines(self, name: str) -> list[str]:
        found = self.found or 1
        return [
            self.found_line(name),
            f"  fatalities right {self.fatalities_right / found:.3f}; injured right {self.injured_right / found:.3f}",
            self.deaths.row("  deaths reported (> 0)"),
            self.quantities.row("  quantities (value, noun)"),
            self.values.row("  quantity values"),
        ]

    def metrics(self) -> dict[str, float]:
        found = self.found or 1
        return {
            "counts.found": self.found / (self.rows or 1),
            "counts.fatalities_right": self.fatalities_right / found,
            "counts.injured_right": self.injured_right / found,
            "counts.deaths_precision": self.deaths.precision,
            "counts.deaths_recall": self.deaths.recall,
            "counts.quantity_precision": self.quantities.precision,
            "counts.quantity_recall": self.quantities.recall,
        }


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Score the bundled passages of a split (``path`` is one counts file to score instead)."""
    in_split("", split)  # validates the split name
    paths = [path] if path is not None else [p for p in bundled_files(SPLIT_FILES[split]) if p.is_file()]
    report = Report(f"What events count: dead, injured and quantities, against our own passages, split {split}")
    if not paths:
        report.lines.append(f"own event counts ({split}): no file for this split")
        return report
    pipeline = pipeline if pipeline is not None else Pipeline()
    rows = [row for p in paths for row in read_rows(p)][:limit]
    articles = [Article(id=f"own-counts-{i}", text=r.text) for i, r in enumerate(rows)]
    scores = Scores()
    for row, record in extract_each(pipeline, rows, articles, failed_passage, scores.errors):
        scores.add(row, record)
    report.lines.extend(scores.lines(f"own passages ({split})"))
    report.metrics.update(scores.metrics())
    if errors is not None:
        errors.extend(scores.errors)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", None, argv, "write each wrong figure here")


if __name__ == "__main__":
    sys.exit(main())
