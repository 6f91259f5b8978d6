"""The ledger store. ``open_store(location)`` picks the backend from the location."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsledger.errors import ConfigError
from newsledger.store.base import SearchHit, Store, StoreResult, content_hash, normalise_url
from newsledger.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from newsledger.store.postgres import PostgresStore


def open_store(location: str | Path) -> SQLiteStore | PostgresStore:
    """A ledger at ``location``: a file path, ``sqlite:///path`` or ``postgresql://user@host/db``."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        try:
            # Imported here so SQLite users need not install psycopg.
            from newsledger.store.postgres import PostgresStore
        except ImportError as exc:
            raise ConfigError(
                f"PostgreSQL ledgers need psycopg: pip install 'newsledger[postgres]' ({exc})"
            ) from exc
        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    if not text or text == ":memory:":
        raise ConfigError("the ledger needs a file path (an in-memory database cannot be shared with readers)")
    return SQLiteStore(text)


__all__ = ["SQLiteStore", "SearchHit", "Store", "StoreResult", "content_hash", "normalise_url", "open_store"]
