"""``newsledger serve``: the web app (REST API and pages) over the ledger."""

from __future__ import annotations

import click

from newsledger.cli.common import CLIState


@click.command("serve")
@click.option("--db", help="Ledger database file (default: the global --db, NEWSLEDGER_DB, or your data folder).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Other addresses need team mode (API tokens: `newsledger user --help`).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--max-body", "max_body", type=click.IntRange(1024), default=10 * 1024 * 1024, show_default=True,
              help="Largest request body accepted, in bytes.")
@click.pass_obj
def serve_command(state: CLIState, db: str | None, host: str, port: int, max_body: int) -> None:
    """Serve the ledger on the web: pages at http://HOST:PORT/, the API under /api, its docs at /docs.

    Reads run in parallel; articles added through the page or the API go through the ledger's single writer.
    """
    try:
        import uvicorn

        from newsledger.api import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web app needs its extra packages ({exc.name} is missing): pip install 'newsledger[api]'"
        ) from exc
    if db:
        state.db = db
    location = state.options().db_location()
    app = create_app(location, pipeline=state.pipeline, max_body_bytes=max_body)
    from newsledger.store import auth

    if auth.auth_configured(app.state.store):
        click.echo("team mode: every request needs an API token (Authorization: Bearer <token>)", err=True)
    elif host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"no API tokens configured: serving on 127.0.0.1 only, not {host} "
                   "(create one: newsledger user add NAME --role admin)", err=True)
        host = "127.0.0.1"
    click.echo(f"serving {location} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
