"""The SQLite ledger: one writer thread for every write, parallel read connections.

Like datasette's ``execute_write_fn``, every write is a function handed to a single writer thread
that runs it in its own transaction, so writes never contend and a crash loses at most the
transaction in flight. Reads open their own connection per thread (WAL mode lets them run
while the writer writes).
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from newsledger.errors import NotFoundError, QueryError, StoreError
from newsledger.records import ArticleRecord, IngestFailure
from newsledger.store.base import (
    FailureRow,
    SearchHit,
    StoreResult,
    child_insert_sql,
    child_rows,
    content_hash,
    normalise_url,
)
from newsledger.store.migrate import migrate

logger = logging.getLogger(__name__)
T = TypeVar("T")
_STOP = object()


def _connect(path: str, readonly: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    return conn


class SQLiteStore:
    """A ledger in one SQLite file (``:memory:`` is not supported: readers need a shared file)."""

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        db = Path(path)
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
            writer = _connect(self.location)
            writer.execute("PRAGMA journal_mode = WAL")
            writer.execute("PRAGMA synchronous = NORMAL")
            migrate(writer)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the ledger at {self.location}: {exc}") from exc
        self._queue: queue.Queue[Any] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, args=(writer,), name="ledger-writer", daemon=True)
        self._writer.start()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    # -- plumbing -------------------------------------------------------------------------------

    def _write_loop(self, conn: sqlite3.Connection) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                conn.close()
                return
            fn, future = item
            try:
                conn.execute("BEGIN IMMEDIATE")
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                future.set_exception(exc)
            else:
                future.set_result(result)

    def execute_write_fn(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one transaction on the writer thread and return its result."""
        if not self._writer.is_alive():
            raise StoreError(f"the ledger at {self.location} is closed")
        future: Future[T] = Future()
        self._queue.put((fn, future))
        return future.result()

    def _read(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.location, readonly=True)
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        if self._writer.is_alive():
            self._queue.put(_STOP)
            self._writer.join()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------------

    def find_duplicate(self, text: str, url: str | None) -> str | None:
        """The id of a stored article with the same content or the same URL, if any."""
        row = self._read().execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)",
            (content_hash(text), normalise_url(url)),
        ).fetchone()
        return row["id"] if row else None

    def add(self, record: ArticleRecord) -> StoreResult:
        """Store ``record`` and all its records in one transaction, unless it is a duplicate."""
        return self.execute_write_fn(lambda conn: _insert(conn, record))

    def record_failure(self, failure: IngestFailure) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO failures (source, line, reason, message, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (source, ifnull(line, -1), reason) "
                "DO UPDATE SET message = excluded.message, at = excluded.at",
                (failure.source, failure.line, failure.reason, failure.message, _now()),
            )

        self.execute_write_fn(write)

    # -- reads ----------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts. Use ``?`` placeholders and SQL that PostgreSQL also
        speaks, so the same query serves every backend (backends translate the placeholders)."""
        try:
            return [dict(row) for row in self._read().execute(sql, tuple(params))]
        except sqlite3.Error as exc:
            raise StoreError(f"query failed on the ledger at {self.location}: {exc}") from exc

    def failures(self) -> list[FailureRow]:
        rows = self._read().execute("SELECT source, line, reason, message, at FROM failures ORDER BY id")
        return [FailureRow(**dict(r)) for r in rows]

    def get(self, article_id: str) -> dict[str, Any]:
        row = self._read().execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r} in the ledger at {self.location}")
        record: dict[str, Any] = json.loads(row["record"])
        return record

    def iter_records(self) -> Iterator[dict[str, Any]]:
        for row in self._read().execute("SELECT record FROM articles ORDER BY rowid"):
            yield json.loads(row["record"])

    def counts(self) -> dict[str, int]:
        conn = self._read()
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "entities", "times", "places", "quotes", "events", "failures")
        }

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article text and quotes (SQLite FTS5 query syntax)."""
        if not query.strip():
            raise QueryError("the search query is empty")
        conn = self._read()
        try:
            articles = conn.execute(
                "SELECT a.id, a.title, a.published, a.outlet, "
                "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
            quotes = conn.execute(
                "SELECT a.id, a.title, a.published, a.outlet, q.speaker_name, "
                "snippet(quotes_fts, 0, '[', ']', ' … ', 16) AS snip "
                "FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
                "JOIN articles a ON a.rowid = q.article_rowid "
                "WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(
                f"cannot search for {query!r}: {exc}. Put phrases in double quotes; "
                "AND, OR, NOT and NEAR are operators"
            ) from exc
        hits = [SearchHit("article", r["id"], r["title"], r["published"], r["outlet"], r["snip"]) for r in articles]
        hits += [
            SearchHit("quote", r["id"], r["title"], r["published"], r["outlet"], r["snip"], r["speaker_name"])
            for r in quotes
        ]
        return hits


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _unique_id(conn: sqlite3.Connection, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... when another article already has that id."""
    candidate, n = wanted, 1
    while conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _insert(conn: sqlite3.Connection, record: ArticleRecord) -> StoreResult:
    a = record.article
    digest, url = content_hash(a.text), normalise_url(a.url)
    dup = conn.execute(
        "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)", (digest, url)
    ).fetchone()
    if dup:
        return StoreResult("duplicate", dup["id"])
    article_id = _unique_id(conn, a.id)
    data = record.to_json()
    data["id"] = article_id
    cur = conn.execute(
        "INSERT INTO articles (id, content_hash, url, title, published, outlet, author, source, text, record, "
        "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, digest, url, a.title, data["published"], a.outlet, a.author, a.source, a.text,
         json.dumps(data, ensure_ascii=False), _now()),
    )
    rowid = cur.lastrowid
    _insert_children(conn, rowid, data)
    return StoreResult("stored", article_id)


def _insert_children(conn: sqlite3.Connection, rowid: int | None, data: dict[str, Any]) -> None:
    assert rowid is not None
    for table, rows in child_rows(rowid, data).items():
        if rows:
            conn.executemany(child_insert_sql(table, "?"), rows)
