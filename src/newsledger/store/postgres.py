"""The PostgreSQL ledger: the SQLite ledger's schema and behaviour for a team sharing one database.

Unlike SQLite there is no single writer: every write runs in its own transaction on a pooled
connection, so many threads and processes can ingest at once. Deduplication therefore rests on
the database's unique constraints (content hash, URL, id) with ``INSERT ... ON CONFLICT DO NOTHING``:
a writer that loses a race sees the winner's row on its retry and reports a duplicate, so nothing
is lost and nothing is stored twice. Full-text search uses PostgreSQL's own tsvector GIN indexes.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, TypeVar

import psycopg
from psycopg import sql as pgsql
from psycopg.adapt import Loader
from psycopg.rows import RowFactory
from psycopg_pool import ConnectionPool, PoolTimeout

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

logger = logging.getLogger(__name__)
T = TypeVar("T")

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Any fixed number: it only has to be the same for every process that migrates this database.
_MIGRATION_LOCK = 7_351_204_918
# An article whose unique keys keep colliding with concurrent writers is retried this many times.
_INSERT_TRIES = 20
# The ranked top rows first, then headlines for those only: ts_headline re-parses the whole text.
_SEARCH_ARTICLES = (
    "WITH tsq AS (SELECT {q} AS q), top AS ("
    " SELECT f.article_rowid AS rowid, ts_rank(f.vector, tsq.q) AS rank FROM articles_fts f, tsq"
    " WHERE f.vector @@ tsq.q ORDER BY rank DESC, f.article_rowid LIMIT %s)"
    " SELECT a.id, a.title, a.published, a.outlet, ts_headline('english', a.text, tsq.q, %s) AS snip"
    " FROM top JOIN articles a ON a.rowid = top.rowid, tsq ORDER BY top.rank DESC, a.rowid"
)
_SEARCH_QUOTES = (
    "WITH tsq AS (SELECT {q} AS q), top AS ("
    " SELECT f.quote_rowid AS rowid, ts_rank(f.vector, tsq.q) AS rank FROM quotes_fts f, tsq"
    " WHERE f.vector @@ tsq.q ORDER BY rank DESC, f.quote_rowid LIMIT %s)"
    " SELECT a.id, a.title, a.published, a.outlet, q.speaker_name, ts_headline('english', q.content, tsq.q, %s) AS snip"
    " FROM top JOIN quotes q ON q.rowid = top.rowid JOIN articles a ON a.rowid = q.article_rowid, tsq"
    " ORDER BY top.rank DESC, q.rowid"
)
_HEADLINE = 'StartSel="[", StopSel="]", MaxWords=12, MinWords=5, MaxFragments=2, FragmentDelimiter=" … "'
_QUOTE_HEADLINE = 'StartSel="[", StopSel="]", MaxWords=16, MinWords=5, MaxFragments=2, FragmentDelimiter=" … "'


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def available() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every PostgreSQL migration shipped with the package, in order."""
    found = []
    for entry in resources.files("newsledger.store").joinpath("migrations_pg").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(conn: psycopg.Connection[Any]) -> list[str]:
    """Apply every migration ``conn``'s database has not had yet, each in its own transaction;
    returns the names applied. An advisory lock makes concurrent openers wait instead of racing."""
    conn.autocommit = True
    conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, script in available():
            if version in done:
                continue
            logger.info("applying migration %s", name)
            with conn.transaction():
                conn.execute(script.encode("utf-8"))
                conn.execute(
                    "INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                    (version, name, datetime.now(UTC).isoformat()),
                )
            applied.append(name)
        return applied
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))


def qmark_to_psycopg(query: str) -> str:
    """``query`` with ``?`` placeholders as psycopg's ``%s``, and literal ``%`` doubled.

    ``?`` inside string literals, quoted identifiers and comments stays as it is.
    """
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c in "'\"":
            end = i + 1
            while end < n:
                if query[end] == c:
                    if end + 1 < n and query[end + 1] == c:  # '' or "" escapes the quote
                        end += 2
                        continue
                    break
                end += 1
            out.append(query[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif query.startswith("--", i) or query.startswith("/*", i):
            closer = "\n" if c == "-" else "*/"
            end = query.find(closer, i + 2)
            end = n if end < 0 else end + len(closer)
            out.append(query[i:end].replace("%", "%%"))
            i = end
        else:
            out.append("%s" if c == "?" else "%%" if c == "%" else c)
            i += 1
    return "".join(out)


class _NumberLoader(Loader):
    """numeric (what sum() and avg() return) as int or float, as SQLite gives them, not Decimal."""

    def load(self, data: Any) -> int | float:
        text = bytes(data).decode("ascii")
        return float(text) if any(ch in text for ch in ".eEN") else int(text)


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, like ``sqlite3.Row``: code written against
    SQLite's rows (``row[0]``, ``row["id"]``, ``dict(row)``, unpacking) works unchanged."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], Row]:
    names = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


row_factory: RowFactory[Row] = _row_factory


class QmarkConnection:
    """A psycopg connection in a write transaction that takes ``?`` placeholders, like sqlite3's,
    so that code such as ``newsledger.store.auth`` writes the same SQL to either backend (upserts
    as ``INSERT ... ON CONFLICT``, which both speak, not SQLite's ``INSERT OR IGNORE/REPLACE``)."""

    def __init__(self, conn: psycopg.Connection[Row]) -> None:
        self.raw = conn

    def execute(self, query: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Row]:
        return self.raw.execute(qmark_to_psycopg(query), tuple(params))

    def executemany(self, query: str, params: Sequence[Sequence[Any]]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(qmark_to_psycopg(query), [tuple(p) for p in params])


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_loader("numeric", _NumberLoader)


class PostgresStore:
    """A ledger in a PostgreSQL database given as a ``postgresql://`` URL."""

    def __init__(self, url: str, *, max_connections: int = 8) -> None:
        self.location = _redact(url)
        try:
            with psycopg.connect(url, connect_timeout=15) as conn:
                migrate(conn)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the ledger at {self.location}: {exc}") from exc
        self._pool: ConnectionPool[psycopg.Connection[Row]] = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            kwargs={"row_factory": row_factory},
            configure=_configure,
            check=ConnectionPool.check_connection,
            open=True,
            name="newsledger",
        )

    # -- plumbing -------------------------------------------------------------------------------

    def execute_write_fn(self, fn: Callable[[QmarkConnection], T]) -> T:
        """Run ``fn(conn)`` in one transaction on a pooled connection and return its result."""
        if self._pool.closed:
            raise StoreError(f"the ledger at {self.location} is closed")
        try:
            with self._pool.connection(timeout=60) as conn, conn.transaction():
                return fn(QmarkConnection(conn))
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(f"cannot write to the ledger at {self.location}: {exc}") from exc

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, query: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            with self._pool.connection(timeout=60) as conn:
                return conn.execute(query, tuple(params)).fetchall()
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(f"cannot read the ledger at {self.location}: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------------

    def find_duplicate(self, text: str, url: str | None) -> str | None:
        """The id of a stored article with the same content or the same URL, if any."""
        rows = self._read(
            "SELECT id FROM articles WHERE content_hash = %s OR (url IS NOT NULL AND url = %s) LIMIT 1",
            (content_hash(text), normalise_url(url)),
        )
        return rows[0]["id"] if rows else None

    def add(self, record: ArticleRecord) -> StoreResult:
        """Store ``record`` and all its records in one transaction, unless it is a duplicate."""
        if "\x00" in record.article.text:
            raise StoreError(f"article {record.article.id!r} contains a NUL character, which PostgreSQL cannot store")
        for _ in range(_INSERT_TRIES):
            result = self.execute_write_fn(lambda conn: _insert(conn.raw, record))
            if result is not None:
                return result
        raise StoreError(f"could not store article {record.article.id!r}: its id kept colliding with other writers")

    def record_failure(self, failure: IngestFailure) -> None:
        def write(conn: QmarkConnection) -> None:
            conn.raw.execute(
                "INSERT INTO failures (source, line, reason, message, at) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (source, coalesce(line, -1), reason) "
                "DO UPDATE SET message = excluded.message, at = excluded.at",
                (failure.source, failure.line, failure.reason, failure.message, _now()),
            )

        self.execute_write_fn(write)

    def sync_identities(self) -> None:
        """Move every identity sequence past the largest id stored (after rows were copied in with ids)."""
        self.execute_write_fn(sync_identities)

    # -- reads ----------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts, with ``?`` placeholders (see ``SQLiteStore.query``)."""
        try:
            with self._pool.connection(timeout=60) as conn:
                try:
                    conn.execute("SET TRANSACTION READ ONLY")
                    return [dict(r) for r in conn.execute(qmark_to_psycopg(sql), tuple(params))]
                finally:
                    conn.rollback()
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(f"query failed on the ledger at {self.location}: {exc}") from exc

    def failures(self) -> list[FailureRow]:
        rows = self._read("SELECT source, line, reason, message, at FROM failures ORDER BY id")
        return [FailureRow(**dict(r)) for r in rows]

    def get(self, article_id: str) -> dict[str, Any]:
        rows = self._read("SELECT record FROM articles WHERE id = %s", (article_id,))
        if not rows:
            raise NotFoundError(f"no article with id {article_id!r} in the ledger at {self.location}")
        record: dict[str, Any] = json.loads(rows[0]["record"])
        return record

    def iter_records(self, batch: int = 200) -> Iterator[dict[str, Any]]:
        # Pages by rowid rather than holding a cursor open, so a slow consumer does not pin a connection.
        last = 0
        while True:
            rows = self._read(
                "SELECT rowid, record FROM articles WHERE rowid > %s ORDER BY rowid LIMIT %s", (last, batch)
            )
            for row in rows:
                yield json.loads(row["record"])
            if len(rows) < batch:
                return
            last = rows[-1]["rowid"]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "times", "places", "quotes", "events", "failures")
        row = self._read("SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in tables))[0]
        return {t: int(row[t]) for t in tables}

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article text and quotes.

        Takes the query language of the SQLite ledger (words, "phrases", OR, NOT, AND, prefix*,
        parentheses) so a search means the same on both backends; each word or phrase is read by
        ``websearch_to_tsquery`` with PostgreSQL's English stemming and stop words.
        """
        tsquery, params = parse_search(query)
        try:
            with self._pool.connection(timeout=60) as conn:
                found = conn.execute(pgsql.SQL("SELECT numnode({q}) AS n").format(q=tsquery), params).fetchone()
                if not found or found["n"] == 0:
                    raise QueryError(
                        f"cannot search for {query!r}: it has only common words (stop words) that PostgreSQL's "
                        "English search ignores; add a more specific word"
                    )
                articles = conn.execute(
                    pgsql.SQL(_SEARCH_ARTICLES).format(q=tsquery), [*params, limit, _HEADLINE]
                ).fetchall()
                quotes = conn.execute(
                    pgsql.SQL(_SEARCH_QUOTES).format(q=tsquery), [*params, limit, _QUOTE_HEADLINE]
                ).fetchall()
        except (psycopg.errors.SyntaxError, psycopg.errors.DataError) as exc:
            raise QueryError(f"cannot search for {query!r}: {exc}") from exc
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreError(f"cannot search the ledger at {self.location}: {exc}") from exc
        hits = [SearchHit("article", r["id"], r["title"], r["published"], r["outlet"], r["snip"]) for r in articles]
        hits += [
            SearchHit("quote", r["id"], r["title"], r["published"], r["outlet"], r["snip"], r["speaker_name"])
            for r in quotes
        ]
        return hits


def sync_identities(conn: QmarkConnection) -> None:
    """In ``conn``'s transaction, move every identity sequence past the largest id its column holds."""
    columns = conn.raw.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    for table, column in columns:
        conn.raw.execute(
            pgsql.SQL("SELECT setval(pg_get_serial_sequence({t}, {c}), coalesce(max({col}), 0) + 1, false) FROM {tab}")
            .format(t=pgsql.Literal(table), c=pgsql.Literal(column), col=pgsql.Identifier(column),
                    tab=pgsql.Identifier(table))
        )


# -- the search language ------------------------------------------------------------------------

_SEARCH_TOKEN = re.compile(r'\s*(?:"(?P<phrase>[^"]*)(?P<closed>"?)|(?P<paren>[()])|(?P<word>[^\s"()]+))')
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass
class _Parser:
    query: str
    tokens: list[tuple[str, str]]
    pos: int = 0

    def fail(self, why: str) -> QueryError:
        return QueryError(
            f"cannot search for {self.query!r}: {why}. Put phrases in double quotes; AND, OR and NOT are "
            "operators (NOT between two terms: a NOT b); a trailing * matches a prefix"
        )

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    # Precedence as in SQLite FTS5: NOT binds tightest, then AND (also implicit), then OR.
    def parse_or(self, params: list[str]) -> pgsql.Composable:
        left = self.parse_and(params)
        while self.peek() == ("op", "OR"):
            self.take()
            left = pgsql.SQL("({} || {})").format(left, self.parse_and(params))
        return left

    def parse_and(self, params: list[str]) -> pgsql.Composable:
        left = self.parse_not(params)
        while (token := self.peek()) is not None and token not in (("op", "OR"), ("paren", ")")):
            if token == ("op", "AND"):
                self.take()
            left = pgsql.SQL("({} && {})").format(left, self.parse_not(params))
        return left

    def parse_not(self, params: list[str]) -> pgsql.Composable:
        left = self.parse_term(params)
        while self.peek() == ("op", "NOT"):
            self.take()
            left = pgsql.SQL("({} && !!{})").format(left, self.parse_term(params))
        return left

    def parse_term(self, params: list[str]) -> pgsql.Composable:
        token = self.peek()
        if token is None:
            raise self.fail("the query ends where a word or phrase should come")
        kind, value = self.take()
        if kind == "paren" and value == "(":
            inner = self.parse_or(params)
            if self.peek() != ("paren", ")"):
                raise self.fail("a parenthesis is not closed")
            self.take()
            return inner
        if kind in ("op", "paren"):
            raise self.fail(f"{value} stands where a word or phrase should come")
        if kind == "prefix":
            params.append(value + ":*")
            return pgsql.SQL("to_tsquery('english', %s)")
        # Quoted, so websearch_to_tsquery reads it as a plain phrase and never as its own operators.
        params.append(f'"{value}"')
        return pgsql.SQL("websearch_to_tsquery('english', %s)")


def parse_search(query: str) -> tuple[pgsql.Composable, list[str]]:
    """The tsquery SQL expression and its parameters for a query in the ledger's search language."""
    if not query.strip():
        raise QueryError("the search query is empty")
    tokens: list[tuple[str, str]] = []
    pos = 0
    stripped = query.rstrip()
    while pos < len(stripped):
        m = _SEARCH_TOKEN.match(stripped, pos)
        if m is None:  # pragma: no cover - the pattern matches any non-space character
            break
        pos = m.end()
        if m.group("phrase") is not None:
            if not m.group("closed"):
                raise _Parser(query, []).fail("a double quote is not closed")
            if m.group("phrase").strip():
                tokens.append(("phrase", m.group("phrase")))
        elif m.group("paren"):
            tokens.append(("paren", m.group("paren")))
        else:
            word = m.group("word")
            if word in _OPERATORS:
                tokens.append(("op", word))
            elif word == "NEAR" or word.startswith("NEAR("):
                raise _Parser(query, []).fail("NEAR is not supported here; search for a \"phrase\" instead")
            elif word.endswith("*"):
                stem = "".join(ch for ch in word if ch.isalnum())
                if not stem:
                    raise _Parser(query, []).fail(f"{word!r} has no letters before its *")
                tokens.append(("prefix", stem.lower()))
            else:
                tokens.append(("word", word))
    parser = _Parser(query, tokens)
    params: list[str] = []
    expression = parser.parse_or(params)
    if parser.peek() is not None:
        raise parser.fail(f"unexpected {parser.peek()[1]!r}")  # type: ignore[index]
    return expression, params


# -- inserting an article -------------------------------------------------------------------------

def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _redact(url: str) -> str:
    """The URL without its password, for messages and ``location``."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@]+):[^@]*@", r"\1:***@", url)


def _unique_id(conn: psycopg.Connection[Row], wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... when another article already has that id."""
    taken = {
        r["id"]
        for r in conn.execute(
            "SELECT id FROM articles WHERE id = %s OR id LIKE %s", (wanted, _like_escape(wanted) + "-%")
        ).fetchall()
    }
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _insert(conn: psycopg.Connection[Row], record: ArticleRecord) -> StoreResult | None:
    """Store ``record``; ``None`` when a concurrent writer took one of its unique keys first (retry)."""
    a = record.article
    digest, url = content_hash(a.text), normalise_url(a.url)
    dup = conn.execute(
        "SELECT id FROM articles WHERE content_hash = %s OR (url IS NOT NULL AND url = %s) LIMIT 1", (digest, url)
    ).fetchone()
    if dup:
        return StoreResult("duplicate", dup["id"])
    article_id = _unique_id(conn, a.id)
    data = record.to_json()
    data["id"] = article_id
    # DO NOTHING covers all three unique keys; it waits for a concurrent writer holding the same key
    # to commit or roll back, so a lost race shows up as no row here and the retry then sees the winner.
    row = conn.execute(
        "INSERT INTO articles (id, content_hash, url, title, published, outlet, author, source, text, record, "
        "ingested_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING rowid",
        (article_id, digest, url, a.title, data["published"], a.outlet, a.author, a.source, a.text,
         json.dumps(data, ensure_ascii=False), _now()),
    ).fetchone()
    if row is None:
        return None
    _insert_children(conn, row["rowid"], data)
    return StoreResult("stored", article_id)


def _insert_children(conn: psycopg.Connection[Row], rowid: int, data: dict[str, Any]) -> None:
    with conn.cursor() as cur:
        for table, rows in child_rows(rowid, data).items():
            if rows:
                cur.executemany(child_insert_sql(table, "%s"), rows)
