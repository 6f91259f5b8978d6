"""Rows of the ACLED export from real news, judged by hand: would ACLED record them, with the right type?

The ACLED export (``newsledger export --format acled-csv``) writes each event with an ACLED type that took place
(not negated, not only possible or planned). A conflict analyst counts those rows, so a row ACLED's coders would
not record (a candidate's "attack" on a rival, a campaign rally, a burglary, a general statement about crime) is
a wrong count. We ran the extractor on real articles (GeoWebNews and TR-News, local and world news of many
outlets; PolNeAR, 2016 US campaign coverage) and judged the rows it would export by ACLED's codebook:
``acled`` (would ACLED record this event at all) and, if so, the right sub-event type (its event type follows).
``own_realnews_acled_{dev,test}.tsv`` hold the judgments, keyed by article and trigger offsets (the text stays in
``../shared/data``). ``test`` judged every row the code of the time exported from the test halves of GeoWebNews
and TR-News and PolNeAR ``dev/``, and was not read to write rules; ``dev`` judged a sample (at most two rows an
article) from the other halves and PolNeAR ``train/``, and every row there the first rules written from it stopped
exporting, so that what rules lose is seen as well as what they remove; it was read to find errors.

The extractor is run again on the judged articles and each judged trigger looked up. The judgment is of the
event at the trigger, so it still applies when the code now gives that event another sub-type:

- **rows**: the event at the trigger is still exported; precision is the share ACLED would record, and type and
  sub-type accuracy are over all rows (a row ACLED would not record has neither right);
- **dropped**: the event at the trigger is no longer exported (told apart by whether ACLED would record it);
- **not judged**: rows exported now at triggers nobody judged. On ``test`` these are new since judging; on
  ``dev`` most are rows the sample left out.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import Report, errors_main, share, tsv_rows
from newsledger.evaluate.event_precision import judged_articles_events
from newsledger.evaluate.events_own import bundled_files
from newsledger.extract.events.acled_words import EVENT_TYPE
from newsledger.pipeline import Pipeline
from newsledger.records import Event

COLUMNS = ("article", "start", "end", "sub_event_type", "acled", "right_sub_event_type")
SPLIT_FILES = {"dev": ("own_realnews_acled_dev.tsv",), "test": ("own_realnews_acled_test.tsv",),
               "all": ("own_realnews_acled_dev.tsv", "own_realnews_acled_test.tsv")}
# What the export leaves out: events said not to have happened, or only possible or planned.
TOOK_PLACE = frozenset({"asserted", "reported"})


@dataclass(frozen=True)
class AcledJudgment:
    """The judgment of the event at one trigger: would ACLED record it, and as which sub-event type."""

    article: str
    trigger: tuple[int, int]
    given: str  # the sub-event type the judged row had
    recorded: bool
    right_sub_event_type: str | None  # None when ACLED would not record the event


def read_acled_judgments(files: Sequence[Path]) -> list[AcledJudgment]:
    judgments = []
    for path in files:
        for where, cells in tsv_rows(path, COLUMNS, "judged ACLED rows"):
            row = dict(zip(COLUMNS, cells, strict=True))
            try:
                trigger = (int(row["start"]), int(row["end"]))
            except ValueError as exc:
                raise EvaluationError(f"{where}: start and end must be character offsets") from exc
            if row["acled"] not in ("yes", "no"):
                raise EvaluationError(f"{where}: acled must be yes or no, not {row['acled']!r}")
            recorded = row["acled"] == "yes"
            right = row["right_sub_event_type"] or None
            if recorded and right not in EVENT_TYPE:
                raise EvaluationError(f"{where}: {right!r} is not an ACLED sub-event type")
            judgments.append(AcledJudgment(row["article"], trigger, row["sub_event_type"], recorded,
                                           right if recorded else None))
    return judgments


def exported(event: Event) -> bool:
    """Whether the ACLED export writes the event (for one article; the ledger also drops a denied one)."""
    return event.acled is not None and not event.negated and event.modality in TOOK_PLACE


@dataclass
class AcledTally:
    by_sub: dict[str, list[int]] = field(default_factory=dict)  # sub-event type given now -> [rows, recorded]
    rows: int = 0
    recorded: int = 0
    type_right: int = 0
    sub_right: int = 0
    dropped_recorded: int = 0
    dropped_other: int = 0
    not_judged: int = 0

    def lines(self, name: str) -> list[str]:
        return [
            f"{name}: {self.rows + self.dropped_recorded + self.dropped_other} judged triggers",
            f"  rows exported now          {self.rows}",
            f"  ACLED would record (precision) {share(self.recorded, self.rows)}",
            f"  event type right           {share(self.type_right, self.rows)}",
            f"  sub-event type right       {share(self.sub_right, self.rows)}",
            f"  dropped since judging      {self.dropped_other} not ACLED's, {self.dropped_recorded} ACLED's",
            f"  rows at triggers not judged {self.not_judged}",
            "  ACLED would record, by the sub-event type given:",
            *(f"    {sub:<36} {share(recorded, rows)}" for sub, (rows, recorded) in
              sorted(self.by_sub.items(), key=lambda kv: (-kv[1][0], kv[0]))),
        ]


def score_acled(judgments: Sequence[AcledJudgment], events: dict[str, tuple[Event, ...]],
                errors: list[str]) -> AcledTally:
    judged = {(j.article, j.trigger): j for j in judgments}
    tally = AcledTally()
    for (article, trigger), j in judged.items():
        event = next((e for e in events.get(article, ()) if e.trigger == trigger and exported(e)), None)
        if event is None or event.acled is None:
            if j.recorded:
                tally.dropped_recorded += 1
                errors.append(f"DROPPED (ACLED's) {article} {trigger} {j.right_sub_event_type}")
            else:
                tally.dropped_other += 1
            continue
        sub = event.acled.sub_event_type
        tally.rows += 1
        counts = tally.by_sub.setdefault(sub, [0, 0])
        counts[0] += 1
        if not j.recorded:
            errors.append(f"NOT ACLED {article} {trigger} {event.type} {sub}")
            continue
        tally.recorded += 1
        counts[1] += 1
        tally.type_right += EVENT_TYPE[sub] == EVENT_TYPE[j.right_sub_event_type or ""]
        tally.sub_right += sub == j.right_sub_event_type
        if sub != j.right_sub_event_type:
            errors.append(f"SUB-TYPE {article} {trigger} {sub} (right: {j.right_sub_event_type})")
    for article, found in events.items():
        for event in found:
            if exported(event) and (article, event.trigger) not in judged:
                tally.not_judged += 1
                errors.append(f"NOT JUDGED {article} {event.trigger} {event.type} "
                              f"{event.acled.sub_event_type if event.acled else ''}")
    return tally


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Score the ACLED rows exported from real articles against our judgments (``path``: the shared data folder)."""
    if split not in SPLIT_FILES:
        raise EvaluationError(f"split must be one of {', '.join(SPLIT_FILES)}, not {split!r}")
    judgments = read_acled_judgments(bundled_files(SPLIT_FILES[split]))
    ids = sorted({j.article for j in judgments})[:limit]
    wanted = set(ids)
    judgments = [j for j in judgments if j.article in wanted]
    events, failed = judged_articles_events(ids, path, pipeline)
    tally = score_acled(judgments, events, failed)
    report = Report(f"ACLED export rows from real news, judged by hand (GeoWebNews, TR-News, PolNeAR), split {split}")
    report.lines.extend(tally.lines(f"{len(ids)} articles"))
    report.metrics.update({
        "acled_export.precision": tally.recorded / tally.rows if tally.rows else 0.0,
        "acled_export.type_accuracy": tally.type_right / tally.rows if tally.rows else 0.0,
        "acled_export.sub_type_accuracy": tally.sub_right / tally.rows if tally.rows else 0.0,
        "acled_export.dropped_recorded": float(tally.dropped_recorded),
        "acled_export.not_judged": float(tally.not_judged),
    })
    if errors is not None:
        errors.extend(failed)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", None, argv,
                       "write each row ACLED would not record, each wrong sub-type, each drop and each unjudged row")


if __name__ == "__main__":
    sys.exit(main())
