"""Store fixtures: ``store`` runs each test on SQLite and on PostgreSQL (``location`` and the
PostgreSQL cluster fixtures live in ``tests/conftest.py``, so other packages' tests use them too)."""

from __future__ import annotations

import pytest

from newsledger.store import open_store


@pytest.fixture
def store(location: str):  # type: ignore[no-untyped-def]
    with open_store(location) as s:
        yield s
