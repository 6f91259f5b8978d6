"""``newsledger run``: extract many inputs (WARC archives, feeds, folders) on the local or the Ray engine."""

from __future__ import annotations

import click

from newsledger.cli.common import CLIState

ENGINES = ("local", "ray")


@click.command("run")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: this process; ray: a Ray Data pipeline (the cluster in RAY_ADDRESS, else this machine).")
@click.option("--workers", type=click.IntRange(1, 100_000), default=1, show_default=True,
              help="Extraction workers (Ray actors, one CPU and one model each); the local engine uses one.")
@click.option("--out", "out", metavar="DIR", help="Write Parquet tables here (one per record kind, by date).")
@click.option("--db", "db", metavar="PATH", help="Store the records in this ledger (batched writes).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
              help="Articles per extraction batch (the unit a worker retries after a crash).")
@click.pass_obj
def run_command(
    state: CLIState, inputs: tuple[str, ...], engine: str, workers: int, out: str | None, db: str | None,
    batch_size: int,
) -> None:
    """Extract every article of many inputs into Parquet tables and/or the ledger.

    INPUT is a WARC or ARC archive (.warc, .warc.gz), an RSS/Atom feed (.rss, .atom, .xml), an
    article file, a folder, a glob ("crawl/*.warc.gz"), or an object-storage URI pyarrow can read
    (s3://bucket/crawl/). Non-English pages and unreadable records are recorded and skipped.
    Finished inputs are listed in a manifest (DIR/_manifest.jsonl, or PATH.manifest.jsonl), so
    running the same command again skips them. The ray engine needs: pip install "newsledger[distributed]".
    """
    if out is None and db is None:
        raise click.UsageError("give --out DIR (Parquet tables) and/or --db PATH (a ledger)")
    # Imported here: pyarrow (and Ray, for that engine) load only for this command.
    from newsledger.distributed import run

    report = run(
        list(inputs), out=out, db=db, engine=engine, workers=workers, options=state.options(),
        rows_per_batch=batch_size, on_input=lambda name: click.echo(f"done: {name}", err=True),
    )
    click.echo(report.format(), err=True)
