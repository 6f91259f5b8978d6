"""Commands across the ledger: events, one event, claims, stories, quotes by speaker."""

from __future__ import annotations

import json
from typing import Any

import click
from tqdm import tqdm

from newsledger import crossdoc
from newsledger.cli.common import CLIState
from newsledger.cli.extract import _published


def _echo_json(rows: Any) -> None:
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))


def _event_line(e: dict[str, Any]) -> str:
    when = e["first_day"] or "?"
    if e["last_day"] and e["last_day"] != e["first_day"]:
        when += f"..{e['last_day'] if not e['last_day'].startswith('9999') else 'on'}"
    where = e["place"] or e["country"] or "?"
    return (f"{e['id']:>5}  {e['type']:<9} {when:<23} {where:<12.12} sources {e['independent_sources']} "
            f"reports {e['mentions']}  {e['status']:<12} {e['summary'][:60]}")


@click.command("events")
@click.option("--type", "type_", metavar="T", help="PLOVER type, e.g. ASSAULT, MOBILIZE, PROTEST.")
@click.option("--place", metavar="P", help="Place name (part of it) or ISO country code, e.g. RU.")
@click.option("--since", callback=_published, metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--until", callback=_published, metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--actor", metavar="NAME", help="Actor name (part of it).")
@click.option("--min-sources", type=click.IntRange(1), help="At least N independent sources.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def events_command(state: CLIState, type_: str | None, place: str | None, since: Any, until: Any,
                   actor: str | None, min_sources: int | None, limit: int, as_json: bool) -> None:
    """Ledger events: each real-world event once, however many articles report it."""
    with state.store() as store:
        rows = crossdoc.list_events(store, type=type_, place=place, since=since and since.isoformat(),
                                    until=until and until.isoformat(), actor=actor, min_sources=min_sources,
                                    limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no events match", err=True)
    for row in rows:
        click.echo(_event_line(row))


def _source_line(s: dict[str, Any]) -> str:
    stance = "asserts" if s["polarity"] > 0 else "DENIES " if s["polarity"] < 0 else "raises "
    copy = " (syndicated copy)" if s["syndicated_copy"] else ""
    return (f"  {stance} {' <- '.join(reversed(s['chain']))}{copy}\n"
            f"          {s['article_id']} {s['published'] or '?'} [{s['modality']}] …{s['context']}…")


@click.command("event")
@click.argument("event_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def event_command(state: CLIState, event_id: int, as_json: bool) -> None:
    """One ledger event: every source, whether it asserts it, denies it or raises it as possible or planned, and the
    chain of each."""
    with state.store() as store:
        event = crossdoc.get_event(store, event_id)
    if as_json:
        _echo_json(event)
        return
    click.echo(_event_line(event))
    for source in event["sources"]:
        click.echo(_source_line(source))


@click.command("claims")
@click.option("--contradicted", "status", flag_value="contradicted", help="Only events sources disagree on.")
@click.option("--corroborated", "status", flag_value="corroborated", help="Only events independent sources assert.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def claims_command(state: CLIState, status: str | None, limit: int, as_json: bool) -> None:
    """Claims about ledger events: who asserts each, who denies it, and through whom."""
    with state.store() as store:
        rows = crossdoc.list_claims(store, status=status, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no claims match", err=True)
    for row in rows:
        click.echo(_event_line(row))
        for source in row["asserted_by"] + row["denied_by"]:
            click.echo(_source_line(source))


@click.command("stories")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def stories_command(state: CLIState, limit: int, as_json: bool) -> None:
    """Stories: articles grouped by the development they report, syndicated copies counted once."""
    with state.store() as store:
        rows = crossdoc.list_stories(store, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    for row in rows:
        click.echo(f"{row['id']:>5}  {row['first_published'] or '?'}  {row['articles']} articles "
                   f"({row['copies']} copies)  {row['title'][:70]}")


@click.command("quotes")
@click.option("--speaker", required=True, metavar="NAME", help="Who is quoted (part of a name is enough).")
@click.option("--since", callback=_published, metavar="YYYY-MM-DD", help="Articles published on or after.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def quotes_command(state: CLIState, speaker: str, since: Any, limit: int, as_json: bool) -> None:
    """What a person or organisation is quoted saying across the ledger, with outlet and chain.

    To search quotes by what they say, use `newsledger search`.
    """
    with state.store() as store:
        rows = crossdoc.quotes_by_speaker(store, speaker, since=since and since.isoformat(), limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo(f"no quotes by {speaker!r}", err=True)
    for r in rows:
        chain = " <- ".join([r["speaker_name"] or r["speaker_text"] or "?", *r["via"], r["outlet"] or r["article_id"]])
        click.echo(f"{r['published'] or '?'}  {r['kind']:<12} {chain}\n    “{r['content']}”")


@click.command("crossdoc")
@click.pass_obj
def crossdoc_command(state: CLIState) -> None:
    """Bring copies, stories, ledger events and claims up to date (ingest does this as it goes)."""
    with state.store() as store:
        ids = crossdoc.pending(store)
        summary = crossdoc.UpdateSummary()
        for article_id in tqdm(ids, desc="crossdoc", unit=" article", disable=not ids):
            part = crossdoc.update(store, [article_id])
            for field in ("articles", "copies", "new_stories", "new_events", "linked_events"):
                setattr(summary, field, getattr(summary, field) + getattr(part, field))
    click.echo(f"{summary.articles} articles: {summary.copies} syndicated copies, {summary.new_stories} new stories, "
               f"{summary.new_events} new ledger events, {summary.linked_events} reports joined existing events",
               err=True)
