"""Store fixtures: ``store`` runs each test on SQLite and on PostgreSQL.

PostgreSQL is a throwaway cluster started once per session (see ``pgcluster``). Where it truly
cannot start (no binaries, no postgres user) its tests skip, saying why; set
``NEWSLEDGER_REQUIRE_PG=1`` (as CI should) to make that a failure instead of a skip.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from newsledger.store import open_store
from tests.store.pgcluster import ClusterUnavailable, TempCluster, create_database, drop_database

BACKENDS = ("sqlite", "postgresql")


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("NEWSLEDGER_REQUIRE_PG"):
        pytest.fail(f"PostgreSQL is required (NEWSLEDGER_REQUIRE_PG is set) but: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database, for creating test databases."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        _unavailable(f"psycopg is not installed (pip install 'psycopg[binary,pool]'): {exc}")
    existing = os.environ.get("NEWSLEDGER_TEST_PG_URL")
    if existing:
        yield existing
        return
    cluster = TempCluster()
    try:
        cluster.start()
    except ClusterUnavailable as exc:
        cluster.stop()
        _unavailable(f"PostgreSQL cannot start here: {exc}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_server: str) -> Iterator[Callable[[], str]]:
    """Makes new empty databases (as URLs) that are dropped after the test."""
    made: list[str] = []

    def make() -> str:
        made.append(create_database(pg_server))
        return made[-1]

    yield make
    for url in made:
        drop_database(pg_server, url)


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh ledger location on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    make: Callable[[], str] = request.getfixturevalue("pg_database")
    return make()


@pytest.fixture
def store(location: str):  # type: ignore[no-untyped-def]
    with open_store(location) as s:
        yield s
