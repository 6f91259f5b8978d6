"""``newsledger eval KIND PATH`` and ``newsledger bench``."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from newsledger.cli.common import CLIState
from newsledger.errors import EvaluationError
from newsledger.evaluate.common import SPLITS, shared_data_dir

KINDS = ("entities", "times", "places", "quotes", "events", "event-anchors", "event-counts", "event-sources",
         "event-factuality", "event-precision", "acled-precision", "acled-notes", "crossdoc", "dedup")


@click.command("eval")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--split", type=click.Choice(SPLITS), default="all", show_default=True,
              help="dev: the part rules were developed on; test: the part kept unseen; all: both.")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N documents (quick checks).")
@click.pass_obj
def eval_command(state: CLIState, kind: str, path: Path | None, split: str, limit: int | None) -> None:
    """Measure one extractor against gold data and print standard metrics.

    \b
    KIND      gold data read (PATH defaults to it under ../shared/data)
    entities  UNER English-EWT .iob2
    times     TimeML TBAQ .tml folders and MEANTIME XML
    places    GeoWebNews and TR-News XML
    quotes    PolNeAR brat .ann files
    events    PLOVER and PETRARCH2 gold, CASE 2021 task 2, IndiaPoliceEvents
    event-anchors  events' places and dates against our own passages and TimeML
              (TBAQ, MEANTIME) time links; actor, target and place against
              MEANTIME's PropBank roles
    event-counts   events' dead, injured and counted things against our own
              passages (PATH: one such file instead of the bundled ones)
    event-sources  who says so: events told in someone's words and their
              source, against PolNeAR attributions
    event-factuality  whether events happened (negated, planned, only
              possible) against MEANTIME factuality and TimeBank polarity
    event-precision  events found in real articles (GeoWebNews, TR-News,
              PolNeAR) against our hand judgments of them
    acled-precision  rows the ACLED export writes from real articles: would
              ACLED record them, with the right type (hand judgments)
    acled-notes  ACLED's own event notes against the sub-event types its
              coders gave them (PATH: an ACLED export .csv, or a folder)
    crossdoc  MEANTIME cross-document entity and event coreference
    dedup     syndicated copies made from the PolNeAR texts
    """
    try:
        module = importlib.import_module(f"newsledger.evaluate.{kind.replace('-', '_')}")
    except ModuleNotFoundError as exc:
        raise EvaluationError(f"no evaluation for {kind} in this version") from exc
    report = module.evaluate(path, split=split, limit=limit, pipeline=state.pipeline())
    click.echo(report.format())


@click.command("bench")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(1), help="Use only the first N articles.")
@click.pass_obj
def bench_command(state: CLIState, folder: Path | None, limit: int | None) -> None:
    """Throughput of extract vs bare spaCy parsing, each extractor's cost, and SQLite ingest.

    FOLDER holds articles (.txt, .html, .jsonl); by default the PolNeAR texts under ../shared/data.
    """
    from newsledger.bench import run

    folder = folder or shared_data_dir() / "attribution" / "polnear"
    result = run(folder, limit, state.options())
    click.echo(result.format())
