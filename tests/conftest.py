"""Fixtures shared by the whole suite: the spaCy model loads once per session; ``location`` gives a
fresh ledger on each backend, SQLite and PostgreSQL.

PostgreSQL is a throwaway cluster started once per session (see ``tests/store/pgcluster.py``).
Where it truly cannot start (no binaries, no postgres user) its tests skip, saying why; set
``NEWSLEDGER_REQUIRE_PG=1`` (as CI does) to make that a failure instead of a skip.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from newsledger import Options, Pipeline
from newsledger.evaluate.common import shared_data_dir
from tests.store.pgcluster import ClusterUnavailable, TempCluster, create_database, drop_database

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "wagner-prison-recruitment-2023-03-11.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Options())


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_record(pipeline: Pipeline, sample_text: str):  # type: ignore[no-untyped-def]
    return pipeline.extract(sample_text, id=SAMPLE.stem)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"gold data not found at {path} (set NEWSLEDGER_SHARED_DATA)")
    return path


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
