"""``newsledger extract``: print the records of one or more articles without storing them."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, TextIO

import click

from newsledger.cli.common import CLIState
from newsledger.ingest import read_inputs
from newsledger.ingest.dates import parse_date
from newsledger.records import Article, ArticleRecord, IngestFailure


def _published(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except Exception as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date for articles that do not give one (relative times resolve against it).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True,
              help="json: one indented object (a list for several); jsonl: one object a line; table: a summary.")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
@click.pass_obj
def extract_command(state: CLIState, paths: tuple[str, ...], published: date | None, fmt: str, out: TextIO) -> None:
    """Extract entities, times, places, quotes and events from articles and print them.

    PATH is a .txt article, an .html page, a .jsonl file (one article a line), a folder of
    those, or - for plain text on stdin. Nothing is stored: see `newsledger ingest` for that.
    Inputs that cannot be read are reported on stderr and skipped; the exit code is then 1.
    """
    items = list(read_inputs(paths, published))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    records: list[ArticleRecord] = []
    if articles:
        for result in state.pipeline().extract_many(articles):
            if isinstance(result, IngestFailure):
                failures.append(result)
            else:
                records.append(result)
    objs = [r.to_json() for r in records]
    if fmt == "jsonl":
        for obj in objs:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    elif fmt == "json":
        payload: Any = objs[0] if len(items) == 1 and len(objs) == 1 else objs
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for record in records:
            out.write(format_table(record) + "\n")
    for failure in failures:
        click.echo(f"error: {failure.message}", err=True)
    if failures:
        sys.exit(1)


def format_table(record: ArticleRecord) -> str:
    """A readable summary of one article's records."""
    a = record.article
    text = a.text
    lines = [f"{a.id}  published {a.published or '?'}  by {a.author or '?'}  outlet {a.outlet or '?'}"]
    if a.title:
        lines.append(f"  {a.title}")
    lines.append(f"  entities ({len(record.entities)}):")
    for e in record.entities:
        forms = sorted({text[s:x] for s, x in e.mentions})
        lines.append(f"    {e.id:<4} {e.type:<7} {e.name}  [{len(e.mentions)} mentions: {'; '.join(forms)}]")
    for t in record.times:
        lines.append(f"  time   {t.text!r} -> {t.type} {t.value}{' ' + t.mod if t.mod else ''}")
    for p in record.places:
        lines.append(f"  place  {p.text!r} -> {p.name} ({p.country}, geonames {p.geonameid})")
    for q in record.quotes:
        who = q.speaker.text if q.speaker else "?"
        via = ", via " + ", ".join(v.text for v in q.via) if q.via else ""
        lines.append(f"  quote  {q.id} {q.kind} by {who}{via}: {text[q.content[0]:q.content[1]][:80]!r}")
    for v in record.events:
        actor = " and ".join(r.text for r in (v.actor, *v.co_actors) if r) or "?"
        target = " and ".join(r.text for r in (v.target, *v.co_targets) if r) or "?"
        harm = "".join(f" {word} {n}" for word, n in (("killed", v.fatalities), ("injured", v.injured))
                       if n is not None)
        told = f"{v.modality}, negated" if v.negated else v.modality
        lines.append(f"  event  {v.id} {v.type} {actor} -> {target} [{told}] "
                     f"{text[v.trigger[0]:v.trigger[1]]!r}{harm}")
    return "\n".join(lines)
