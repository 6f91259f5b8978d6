"""The ledger store. ``open_store(location)`` picks the backend from the location."""

from __future__ import annotations

from pathlib import Path

from newsledger.errors import ConfigError
from newsledger.store.base import SearchHit, Store, StoreResult, content_hash, normalise_url
from newsledger.store.sqlite import SQLiteStore


def open_store(location: str | Path) -> SQLiteStore:
    """A ledger at ``location``: a file path or ``sqlite:///path``."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        raise ConfigError("PostgreSQL ledgers are not supported yet; use a SQLite file path")
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    if not text or text == ":memory:":
        raise ConfigError("the ledger needs a file path (an in-memory database cannot be shared with readers)")
    return SQLiteStore(text)


__all__ = ["SQLiteStore", "SearchHit", "Store", "StoreResult", "content_hash", "normalise_url", "open_store"]
