"""``newsledger migrate``, ``copy`` and ``user``, and the ledger commands, on both backends."""

from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from newsledger.cli import cli
from newsledger.cli.common import CLIState
from newsledger.store import open_store
from newsledger.store.auth import verify_token
from newsledger.store.migrate import available
from tests.conftest import SAMPLE


def _run(pipeline: Any, db: str, *args: str) -> Result:
    state = CLIState(db=db)
    state._pipeline = pipeline  # the session's model, loaded once
    return CliRunner().invoke(cli, ["--db", db, *args], obj=state)


def test_migrate_applies_each_migration_once(location: str, pipeline: Any) -> None:
    first = _run(pipeline, location, "migrate")
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines() == [f"applied {name}" for _, name, _ in available()]
    again = _run(pipeline, location, "migrate", "--db", location)
    assert again.exit_code == 0, again.output
    assert "up to date" in again.stdout


def test_ingest_search_show_on_each_backend(location: str, pipeline: Any) -> None:
    assert _run(pipeline, location, "ingest", str(SAMPLE)).exit_code == 0
    again = _run(pipeline, location, "ingest", str(SAMPLE))
    assert "1 duplicates skipped" in again.stderr
    found = _run(pipeline, location, "search", "Prigozhin")
    assert found.exit_code == 0 and SAMPLE.stem in found.stdout and "[Prigozhin]" in found.stdout
    assert _run(pipeline, location, "show", SAMPLE.stem, "--format", "json").exit_code == 0
    bad = _run(pipeline, location, "search", '"unterminated')
    assert bad.exit_code != 0


def test_users_and_tokens(location: str, pipeline: Any) -> None:
    added = _run(pipeline, location, "user", "add", "ana", "--role", "admin")
    assert added.exit_code == 0, added.output
    token = added.stdout.strip()
    with open_store(location) as store:
        assert verify_token(store, token).role == "admin"
    listed = _run(pipeline, location, "user", "list", "--tokens")
    assert token not in listed.stdout and token[:9] in listed.stdout
    token_id = listed.stdout.split()[0]
    assert _run(pipeline, location, "user", "revoke", token_id).exit_code == 0
    assert "revoked" in _run(pipeline, location, "user", "list", "--tokens").stdout
    assert "0 live token(s)" in _run(pipeline, location, "user", "list").stdout


def test_copy_command(tmp_path: Path, pg_database: Any, pipeline: Any) -> None:
    lite = str(tmp_path / "a.db")
    assert _run(pipeline, lite, "ingest", str(SAMPLE)).exit_code == 0
    target = pg_database()
    result = CliRunner().invoke(cli, ["copy", "--from", f"sqlite:///{lite}", "--to", target], obj=CLIState())
    assert result.exit_code == 0, result.output
    assert "(1 articles)" in result.stderr
    with open_store(target) as pg:
        assert pg.get(SAMPLE.stem)["id"] == SAMPLE.stem
    refused = CliRunner().invoke(cli, ["copy", "--from", lite, "--to", target], obj=CLIState())
    assert refused.exit_code != 0
