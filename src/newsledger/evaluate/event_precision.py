"""Events in real news articles, judged by hand: are they events, of the right type, with the right parties?

The other event sets are sentences written for the purpose or gold records of conflict news. A user runs the
extractor on everything a paper prints, so we sampled the events it finds in real articles (GeoWebNews and
TR-News, local and world news of many outlets; PolNeAR, 2016 US campaign coverage), at most two per article, and
judged each by the PLOVER manual: is it an event PLOVER codes at all (``real``; everyday, figurative,
commercial and sporting senses are not), is its type right, are its actor and target right (empty is right only
when the text names none), are its modality and negation right. ``own_realnews_judged_{dev,test}.tsv`` hold the
judgments, keyed by article and trigger offsets (the text stays in ``../shared/data``); ``dev`` comes from the
dev halves of the articles and was read to find errors, ``test`` from the other halves and was not.

The extractor is run again on the judged articles and each judged trigger looked up:

- **judged**: the event at the trigger is one that was judged (same type, actor, target, modality, negation);
  precision is the share of those that are real and of the right type, and actor / target accuracy are over
  the real ones of the right type;
- **dropped**: no event at the trigger now (told apart by whether the judged event was right);
- **unjudged**: an event is there but differs from every judged version: it needs judging again, and is left
  out of the figures rather than guessed.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvaluationError, NewsledgerError
from newsledger.evaluate.common import Report, errors_main, require, share, shared_data_dir, tsv_rows
from newsledger.evaluate.events_own import bundled_files
from newsledger.evaluate.places import read_gwn, read_trnews
from newsledger.pipeline import Pipeline
from newsledger.records import Event

COLUMNS = ("article", "start", "end", "type", "actor", "target", "modality", "negated", "real", "type_ok",
           "right_type", "actor_ok", "target_ok", "modality_ok")
SPLIT_FILES = {"dev": ("own_realnews_judged_dev.tsv",), "test": ("own_realnews_judged_test.tsv",),
               "all": ("own_realnews_judged_dev.tsv", "own_realnews_judged_test.tsv")}
# Judged articles: GeoWebNews and TR-News by their ids, PolNeAR texts as "polnear/<folder>/<stem>".
POLNEAR_PREFIX = "polnear/"


@dataclass(frozen=True)
class Judgment:
    """One judged version of the event at a trigger."""

    article: str
    trigger: tuple[int, int]
    version: tuple[str, str, str, str, bool]  # type, actor, target, modality, negated
    real: bool
    type_ok: bool
    actor_ok: bool
    target_ok: bool
    modality_ok: bool

    @property
    def right(self) -> bool:
        return self.real and self.type_ok


def read_judgments(files: Sequence[Path]) -> list[Judgment]:
    judgments = []
    for path in files:
        for where, cells in tsv_rows(path, COLUMNS, "judged events"):
            row = dict(zip(COLUMNS, cells, strict=True))
            try:
                trigger = (int(row["start"]), int(row["end"]))
            except ValueError as exc:
                raise EvaluationError(f"{where}: start and end must be character offsets") from exc
            yes = {key: row[key] == "yes" for key in ("real", "type_ok", "actor_ok", "target_ok", "modality_ok")}
            judgments.append(Judgment(row["article"], trigger, (row["type"], row["actor"], row["target"],
                                                                row["modality"], row["negated"] == "yes"), **yes))
    return judgments


def version_of(event: Event) -> tuple[str, str, str, str, bool]:
    return (event.type, event.actor.text if event.actor else "", event.target.text if event.target else "",
            event.modality, event.negated)


def read_articles(root: Path, ids: set[str]) -> dict[str, str]:
    """The texts of the judged articles under the shared data folder."""
    texts: dict[str, str] = {}
    geo = root / "geo"
    if any(not i.startswith(POLNEAR_PREFIX) for i in ids):
        for article in read_gwn(require(geo / "GWN.xml", "GeoWebNews")) + read_trnews(
                require(geo / "TR-News.xml", "TR-News")):
            if article.id in ids:
                texts[article.id] = article.text
    for article_id in sorted(i for i in ids if i.startswith(POLNEAR_PREFIX)):
        folder, stem = article_id.removeprefix(POLNEAR_PREFIX).split("/", 1)
        path = require(root / "attribution" / "polnear" / folder / "text" / f"{stem}.txt", "PolNeAR text")
        texts[article_id] = path.read_text(encoding="utf-8")
    missing = ids - texts.keys()
    if missing:
        raise EvaluationError(f"judged articles not found under {root}: {', '.join(sorted(missing)[:5])}")
    return texts


@dataclass
class Tally:
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [judged, right]
    judged: int = 0
    right: int = 0
    real: int = 0
    actor_ok: int = 0
    target_ok: int = 0
    modality_ok: int = 0
    dropped_right: int = 0
    dropped_wrong: int = 0
    unjudged: int = 0

    def lines(self, name: str) -> list[str]:
        return [
            f"{name}: {self.judged + self.dropped_right + self.dropped_wrong + self.unjudged} judged triggers",
            f"  events judged now          {self.judged}",
            f"  real events                {share(self.real, self.judged)}",
            f"  real, right type (precision) {share(self.right, self.judged)}",
            f"  actor right (of those)     {share(self.actor_ok, self.right)}",
            f"  target right (of those)    {share(self.target_ok, self.right)}",
            f"  modality right (of those)  {share(self.modality_ok, self.right)}",
            f"  dropped since judging      {self.dropped_wrong} wrong, {self.dropped_right} right",
            f"  changed, not judged again  {self.unjudged}",
            "  real and of the right type, by the type given:",
            *(f"    {t:<10} {share(right, judged)}" for t, (judged, right) in
              sorted(self.by_type.items(), key=lambda kv: -kv[1][0])),
        ]


def score(judgments: Sequence[Judgment], events: dict[str, tuple[Event, ...]], errors: list[str]) -> Tally:
    by_trigger: dict[tuple[str, tuple[int, int]], list[Judgment]] = defaultdict(list)
    for j in judgments:
        by_trigger[(j.article, j.trigger)].append(j)
    tally = Tally()
    for (article, trigger), versions in by_trigger.items():
        event = next((e for e in events.get(article, ()) if e.trigger == trigger), None)
        if event is None:
            if versions[0].right:
                tally.dropped_right += 1
                errors.append(f"DROPPED (was right) {article} {trigger}")
            else:
                tally.dropped_wrong += 1
            continue
        judged = next((j for j in versions if j.version == version_of(event)), None)
        if judged is None:
            tally.unjudged += 1
            errors.append(f"UNJUDGED {article} {trigger} {version_of(event)}")
            continue
        tally.judged += 1
        tally.real += judged.real
        tally.right += judged.right
        counts = tally.by_type.setdefault(event.type, [0, 0])
        counts[0] += 1
        counts[1] += judged.right
        if judged.right:
            tally.actor_ok += judged.actor_ok
            tally.target_ok += judged.target_ok
            tally.modality_ok += judged.modality_ok
        else:
            errors.append(f"WRONG {article} {trigger} {version_of(event)}")
    return tally


def judged_articles_events(ids: Sequence[str], path: Path | None,
                           pipeline: Pipeline | None) -> tuple[dict[str, tuple[Event, ...]], list[str]]:
    """The extractor's events in each judged article, read from the shared data folder ``path``, and a FAILED line
    for each article the extractor rejected."""
    pipeline = pipeline if pipeline is not None else Pipeline()
    texts = read_articles(path if path is not None else shared_data_dir(), set(ids))
    failed: list[str] = []
    events: dict[str, tuple[Event, ...]] = {}
    for article_id in ids:
        # As a user's plain text goes in (a date line or byline at the top is read), which the offsets are of.
        try:
            events[article_id] = pipeline.extract(texts[article_id], id=article_id).events
        except NewsledgerError as exc:
            failed.append(f"FAILED {article_id}: {exc}")
    return events, failed


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Score events found in real articles against our hand judgments (``path``: the shared data folder)."""
    if split not in SPLIT_FILES:
        raise EvaluationError(f"split must be one of {', '.join(SPLIT_FILES)}, not {split!r}")
    judgments = read_judgments(bundled_files(SPLIT_FILES[split]))
    ids = sorted({j.article for j in judgments})[:limit]
    wanted = set(ids)
    judgments = [j for j in judgments if j.article in wanted]
    events, found = judged_articles_events(ids, path, pipeline)
    tally = score(judgments, events, found)
    report = Report(f"Events in real news, judged by hand (GeoWebNews, TR-News, PolNeAR), split {split}")
    report.lines.extend(tally.lines(f"{len(ids)} articles"))
    report.metrics.update({
        "realnews.precision": tally.right / tally.judged if tally.judged else 0.0,
        "realnews.actor_accuracy": tally.actor_ok / tally.right if tally.right else 0.0,
        "realnews.target_accuracy": tally.target_ok / tally.right if tally.right else 0.0,
        "realnews.unjudged": float(tally.unjudged),
    })
    if errors is not None:
        errors.extend(found)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", None, argv,
                       "write each wrong, dropped or unjudged event here")


if __name__ == "__main__":
    sys.exit(main())
