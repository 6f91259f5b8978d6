"""Commands over the ledger: ingest, search, show, export, failures."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TextIO

import click
from tqdm import tqdm

from newsledger.cli.common import CLIState
from newsledger.cli.extract import _published
from newsledger.jobs import ingest_paths


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date for articles that do not give one.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when on a terminal).")
@click.pass_obj
def ingest_command(state: CLIState, paths: tuple[str, ...], published: date | None, progress: bool | None) -> None:
    """Extract articles and store them in the ledger.

    Takes the same inputs as `extract`. Articles already stored (same text or URL) are skipped,
    so an interrupted run can simply be started again. Inputs that fail are recorded (see
    `newsledger failures`) and skipped; the rest go on.
    """
    with state.store() as store:
        show = sys.stderr.isatty() if progress is None else progress
        with tqdm(desc="ingest", unit=" article", disable=not show, file=sys.stderr) as bar:
            summary = ingest_paths(paths, store, state.pipeline(), published=published, on_article=bar.update)
        click.echo(f"{summary.format()} -> {store.location}", err=True)
        for failure in summary.failures:
            click.echo(f"  failed: {failure.message}", err=True)


@click.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON lines.")
@click.pass_obj
def search_command(state: CLIState, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over stored articles and quotes.

    QUERY uses SQLite FTS5 syntax: words (all must match), "exact phrases", OR, NOT, prefix*.
    """
    with state.store() as store:
        hits = store.search(query, limit)
    if not hits:
        click.echo("no matches", err=True)
    for hit in hits:
        if as_json:
            click.echo(json.dumps(hit.__dict__, ensure_ascii=False))
        else:
            who = f" {hit.speaker}:" if hit.speaker else ""
            click.echo(f"{hit.kind:<7} {hit.article_id}  {hit.published or '?'}  {hit.outlet or ''}\n"
                       f"       {who} {hit.snippet}")


@click.command("show")
@click.argument("article_id")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.pass_obj
def show_command(state: CLIState, article_id: str, fmt: str) -> None:
    """Everything stored for one article (its id as `ingest` and `search` print it)."""
    with state.store() as store:
        record = store.get(article_id)
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    from newsledger.cli.extract import format_table
    from newsledger.records import record_from_json

    click.echo(format_table(record_from_json(record)))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "acled-csv", "geojson"]), default="jsonl",
              show_default=True,
              help="jsonl: one article object a line, the same records as `extract`; acled-csv: ledger events "
                   "with an ACLED type, in ACLED's columns (coordinated parties in assoc_actor_1/2); geojson: every "
                   "place mention and located event.")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
@click.pass_obj
def export_command(state: CLIState, fmt: str, out: TextIO) -> None:
    """Export the ledger: every stored record, its events for ACLED users, or a map layer."""
    from newsledger.api import exports

    producers = {"jsonl": exports.jsonl, "acled-csv": exports.acled_csv,
                 "geojson": exports.places_and_events_geojson}
    with state.store() as store:
        for chunk in producers[fmt](store):
            out.write(chunk)


@click.command("failures")
@click.pass_obj
def failures_command(state: CLIState) -> None:
    """Inputs that could not be ingested, and why."""
    with state.store() as store:
        rows = store.failures()
    if not rows:
        click.echo("no failures recorded", err=True)
    for row in rows:
        click.echo(f"{row.at}  {row.reason:<10} {row.message}")
