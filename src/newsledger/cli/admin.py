"""Ledger administration: ``migrate``, ``copy`` between backends, and team-mode ``user`` management."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from newsledger.cli.common import CLIState
from newsledger.errors import ConfigError, StoreError


def _location(state: CLIState, db: str | None) -> str:
    return db or state.options().db_location()


def apply_migrations(location: str) -> list[str]:
    """Upgrade the ledger at ``location`` (creating it if new); returns the migrations applied."""
    if location.startswith(("postgresql://", "postgres://")):
        try:
            import psycopg

            from newsledger.store.postgres import migrate as migrate_pg
        except ImportError as exc:
            raise ConfigError(f"PostgreSQL ledgers need psycopg: pip install 'newsledger[postgres]' ({exc})") from exc
        try:
            with psycopg.connect(location, connect_timeout=15) as conn:
                return migrate_pg(conn)
        except psycopg.Error as exc:
            raise StoreError(f"cannot migrate the ledger: {exc}") from exc
    from newsledger.store.migrate import migrate

    path = Path(location.removeprefix("sqlite:///"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lite = sqlite3.connect(path, isolation_level=None)
        try:
            return migrate(lite)
        finally:
            lite.close()
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot migrate the ledger at {path}: {exc}") from exc


@click.command("migrate")
@click.option("--db", help="Ledger to upgrade: a SQLite path or sqlite:///path, or postgresql://... "
              "(default: the global --db / NEWSLEDGER_DB).")
@click.pass_obj
def migrate_command(state: CLIState, db: str | None) -> None:
    """Upgrade a ledger's schema in place and say which migrations were applied.

    Safe to run at any time and from several machines at once: each migration is applied once,
    in its own transaction. Opening a ledger also upgrades it; this command does only that.
    """
    applied = apply_migrations(_location(state, db))
    if applied:
        for name in applied:
            click.echo(f"applied {name}")
    else:
        click.echo("the ledger is up to date; nothing to apply")


@click.command("copy")
@click.option("--from", "source", required=True, metavar="LOCATION",
              help="Ledger to copy from: sqlite:///a.db, a file path, or postgresql://...")
@click.option("--to", "target", required=True, metavar="LOCATION", help="New, empty ledger to copy into.")
def copy_command(source: str, target: str) -> None:
    """Copy a whole ledger to another one, e.g. from SQLite to PostgreSQL, losing nothing.

    \b
      newsledger copy --from sqlite:///ledger.db --to postgresql://user@host/newsledger
    Articles keep their ids; users, tokens, failures and the audit trail come along. The target
    must be empty; the copy lands whole or not at all.
    """
    from newsledger.store.copy import copy_ledger

    copied = copy_ledger(source, target)
    total = sum(copied.values())
    click.echo(f"copied {total} rows ({copied.get('articles', 0)} articles) from {source} to {target}", err=True)
    for table, n in sorted(copied.items()):
        if n:
            click.echo(f"  {table:<20} {n:>8}", err=True)


@click.group("user")
def user_command() -> None:
    """Team mode: users, their roles (reader, editor, admin) and API tokens for `newsledger serve`."""


@user_command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "editor", "admin"]), default="reader", show_default=True)
@click.pass_obj
def user_add(state: CLIState, name: str, role: str) -> None:
    """Create a user and print their first API token (shown only this once)."""
    from newsledger.store.auth import create_user, issue_token

    with state.store() as store:
        create_user(store, name, role)
        token = issue_token(store, name, label="first")
    click.echo(token)
    click.echo(f"created {role} {name!r}; keep the token above safe, it is not shown again", err=True)


@user_command.command("token")
@click.argument("name")
@click.option("--label", help="What the token is for (a machine, a script).")
@click.pass_obj
def user_token(state: CLIState, name: str, label: str | None) -> None:
    """Issue another API token for a user and print it (shown only this once)."""
    from newsledger.store.auth import issue_token

    with state.store() as store:
        click.echo(issue_token(store, name, label=label))


@user_command.command("revoke")
@click.argument("token_id", type=int)
@click.pass_obj
def user_revoke(state: CLIState, token_id: int) -> None:
    """Revoke a token by the id `newsledger user list --tokens` shows."""
    from newsledger.store.auth import revoke_token

    with state.store() as store:
        revoke_token(store, token_id)
    click.echo(f"revoked token {token_id}", err=True)


@user_command.command("list")
@click.option("--tokens", is_flag=True, help="List tokens (never their secret) instead of users.")
@click.pass_obj
def user_list(state: CLIState, tokens: bool) -> None:
    """Users and their roles, or their tokens."""
    from newsledger.store.auth import list_tokens, list_users

    with state.store() as store:
        if tokens:
            for t in list_tokens(store):
                status = f"revoked {t['revoked_at']}" if t["revoked_at"] else "live"
                click.echo(f"{t['id']:>4}  {t['user_name']:<16} {t['prefix']}…  {t['label'] or '':<12} "
                           f"{t['created_at']}  {status}")
        else:
            for u in list_users(store):
                click.echo(f"{u['name']:<16} {u['role']:<7} {u['tokens']} live token(s)  since {u['created_at']}")
