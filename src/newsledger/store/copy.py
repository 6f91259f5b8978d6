"""Copy a whole ledger between backends (SQLite <-> PostgreSQL) without losing anything.

Every table is copied row for row with its ids (article rowids, quote rowids, user ids...), so
links between tables, ``iter_records`` order and the audit trail survive; the full-text indexes
rebuild themselves (SQLite's FTS triggers, PostgreSQL's expression indexes). The copy runs in
one transaction on the destination: it lands whole or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol, TypeVar

from newsledger.errors import StoreError
from newsledger.store import open_store
from newsledger.store.sqlite import SQLiteStore

logger = logging.getLogger(__name__)
T = TypeVar("T")
_BATCH = 500
# PostgreSQL's search tables (SQLite's are FTS5 virtual tables): derived data each backend rebuilds itself.
SEARCH_TABLES = ("articles_fts", "quotes_fts")


class CopyableStore(Protocol):
    location: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def execute_write_fn(self, fn: Callable[[Any], T]) -> T: ...

    def close(self) -> None: ...


def _is_sqlite(store: CopyableStore) -> bool:
    return isinstance(store, SQLiteStore)


def schema_tables(store: CopyableStore) -> dict[str, list[str]]:
    """Every data table of the ledger with its columns in order; search indexes and the migration
    bookkeeping are left out (each backend builds its own)."""
    tables: dict[str, list[str]] = {}
    if _is_sqlite(store):
        rows = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        virtual = [r["name"] for r in rows if r["sql"] and r["sql"].upper().startswith("CREATE VIRTUAL TABLE")]
        for r in rows:
            name = r["name"]
            # FTS5 tables and their shadow tables (articles_fts_data, ...) are SQLite's search index.
            if name.startswith("sqlite_") or any(name == v or name.startswith(v + "_") for v in virtual):
                continue
            tables[name] = [c["name"] for c in store.query("SELECT name FROM pragma_table_info(?) ORDER BY cid",
                                                           (name,))]
    else:
        for r in store.query(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ):
            tables.setdefault(r["table_name"], []).append(r["column_name"])
    for name in ("schema_migrations", *SEARCH_TABLES):
        tables.pop(name, None)
    return tables


def migration_versions(store: CopyableStore) -> list[int]:
    return [int(r["version"]) for r in store.query("SELECT version FROM schema_migrations ORDER BY version")]


def _parents(store: CopyableStore, tables: Sequence[str]) -> dict[str, set[str]]:
    """For each table, the other tables its foreign keys point to."""
    parents: dict[str, set[str]] = {t: set() for t in tables}
    if _is_sqlite(store):
        for t in tables:
            parents[t] = {r["table"] for r in store.query('SELECT "table" FROM pragma_foreign_key_list(?)', (t,))}
    else:
        for r in store.query(
            "SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = current_schema()"
        ):
            if r["child"] in parents:
                parents[r["child"]].add(r["parent"])
    return {t: {p for p in ps if p != t and p in parents} for t, ps in parents.items()}


def _in_dependency_order(parents: dict[str, set[str]]) -> list[str]:
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(parents):
        ready = sorted(t for t, ps in parents.items() if t not in placed and ps <= placed)
        if not ready:
            raise StoreError(f"the ledger's foreign keys form a cycle among {sorted(set(parents) - placed)}")
        order += ready
        placed.update(ready)
    return order


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def copy_ledger(src: CopyableStore | str | Path, dst: CopyableStore | str | Path) -> dict[str, int]:
    """Copy every row of ledger ``src`` into the empty ledger ``dst`` (stores or locations such as
    ``sqlite:///a.db`` and ``postgresql://...``); returns the rows copied per table."""
    src_store = open_store(src) if isinstance(src, str | Path) else src
    try:
        dst_store = open_store(dst) if isinstance(dst, str | Path) else dst
        try:
            return _copy(src_store, dst_store)
        finally:
            if dst_store is not dst:
                dst_store.close()
    finally:
        if src_store is not src:
            src_store.close()


def _copy(src: CopyableStore, dst: CopyableStore) -> dict[str, int]:
    if migration_versions(src) != migration_versions(dst):
        raise StoreError(
            f"{src.location} has migrations {migration_versions(src)} but {dst.location} has "
            f"{migration_versions(dst)}; run `newsledger migrate` on the older one first"
        )
    tables, theirs = schema_tables(src), schema_tables(dst)
    if {t: set(c) for t, c in tables.items()} != {t: set(c) for t, c in theirs.items()}:
        raise StoreError(f"{src.location} and {dst.location} do not have the same tables and columns")
    busy = [t for t in tables if dst.query(f'SELECT 1 AS x FROM "{t}" LIMIT 1')]
    if busy:
        raise StoreError(f"{dst.location} is not empty ({', '.join(busy)} have rows); copy into a new ledger")
    order = _in_dependency_order(_parents(src, list(tables)))
    article_ids = [int(r["rowid"]) for r in src.query("SELECT rowid FROM articles ORDER BY rowid")]
    bounds = [0, *article_ids[_BATCH - 1 :: _BATCH]]
    if article_ids and bounds[-1] != article_ids[-1]:
        bounds.append(article_ids[-1])

    def copy_all(conn: Any) -> dict[str, int]:
        copied: dict[str, int] = {}
        for table in order:
            columns = tables[table]
            insert = f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({", ".join("?" for _ in columns)})'
            copied[table] = 0
            for rows in _pages(src, table, columns, bounds):
                conn.executemany(insert, [tuple(r[c] for c in columns) for r in rows])
                copied[table] += len(rows)
        if not _is_sqlite(dst):
            from newsledger.store.postgres import sync_identities

            sync_identities(conn)
        return copied

    copied = dst.execute_write_fn(copy_all)
    logger.info("copied %s from %s to %s", copied, src.location, dst.location)
    return copied


def _pages(src: CopyableStore, table: str, columns: list[str], bounds: list[int]) -> Any:
    """The rows of ``table`` in batches: by article for per-article tables, by id for the others."""
    select = f'SELECT {_quoted(columns)} FROM "{table}"'
    if "article_rowid" in columns:
        # Rows with no key of their own keep the order they were written in (SQLite rowid, PostgreSQL ctid).
        tiebreak = "rowid" if _is_sqlite(src) or "rowid" in columns else "ctid"
        for low, high in pairwise(bounds):
            yield src.query(f"{select} WHERE article_rowid > ? AND article_rowid <= ? ORDER BY article_rowid, "
                            f"{tiebreak}", (low, high))
        return
    key = "rowid" if "rowid" in columns else "id" if "id" in columns else None
    if key is None:
        yield src.query(f"{select} ORDER BY {_quoted(columns)}")
        return
    last = None
    while True:
        where, params = ("", ()) if last is None else (f' WHERE "{key}" > ?', (last,))
        rows = src.query(f'{select}{where} ORDER BY "{key}" LIMIT {_BATCH}', params)
        if rows:
            yield rows
        if len(rows) < _BATCH:
            return
        last = rows[-1][key]
