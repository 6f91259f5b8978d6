"""What only PostgreSQL has to prove: migrations in lockstep with SQLite's, many concurrent writers in
separate processes losing and duplicating nothing, a lossless copy both ways, the same search."""

import contextlib
import dataclasses
import json
import random
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger import crossdoc
from newsledger.records import ArticleRecord, IngestFailure
from newsledger.store import SQLiteStore, open_store
from newsledger.store import migrate as sqlite_migrations
from newsledger.store.auth import create_user, issue_token, record_audit, verify_token
from newsledger.store.copy import copy_ledger, schema_tables
from tests.crossdoc.test_ledger import WIRE
from tests.crossdoc.test_ledger import record as ledger_record

psycopg = pytest.importorskip("psycopg")
postgres = pytest.importorskip("newsledger.store.postgres")

REPO = Path(__file__).resolve().parents[2]
# Coarse type of each declared column type: the two schemas must agree on these.
_KINDS = {"integer": "int", "bigint": "int", "text": "text", "real": "float", "double precision": "float",
          "blob": "bytes", "bytea": "bytes"}


def _column_kinds(store: Any) -> dict[tuple[str, str], str]:
    kinds = {}
    if isinstance(store, SQLiteStore):
        for table in schema_tables(store):
            for c in store.query("SELECT name, type FROM pragma_table_info(?)", (table,)):
                kinds[(table, c["name"])] = _KINDS[c["type"].lower()]
    else:
        tables = schema_tables(store)
        for c in store.query("SELECT table_name, column_name, data_type FROM information_schema.columns "
                             "WHERE table_schema = current_schema()"):
            if c["table_name"] in tables:
                kinds[(c["table_name"], c["column_name"])] = _KINDS[c["data_type"]]
    return kinds


def test_migrations_are_in_lockstep(tmp_path: Path, pg_database: Callable[[], str]) -> None:
    sqlite_versions = [v for v, _, _ in sqlite_migrations.available()]
    assert sqlite_versions == [v for v, _, _ in postgres.available()]
    assert len(set(sqlite_versions)) == len(sqlite_versions), "two migrations share a version number"
    with open_store(tmp_path / "a.db") as lite, open_store(pg_database()) as pg:
        assert schema_tables(lite) == schema_tables(pg)
        assert _column_kinds(lite) == _column_kinds(pg)


def test_postgres_migrations_apply_once_even_when_opened_concurrently(pg_database: Callable[[], str]) -> None:
    url = pg_database()
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(url) as conn:
        assert postgres.migrate(conn) == []
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [v for v, _, _ in postgres.available()]


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
        ("SELECT '?', \"a?\" FROM t WHERE x LIKE 'a%' AND y = ?",
         "SELECT '?', \"a?\" FROM t WHERE x LIKE 'a%%' AND y = %s"),
        ("SELECT 'it''s ?' -- why?\n, ? /* ? */", "SELECT 'it''s ?' -- why?\n, %s /* ? */"),
        ("SELECT 5 % 2", "SELECT 5 %% 2"),
    ],
)
def test_qmark_placeholders_translate(sql: str, expected: str) -> None:
    assert postgres.qmark_to_psycopg(sql) == expected


def test_query_placeholders_and_numbers_as_sqlite_gives_them(pg_database: Callable[[], str]) -> None:
    with open_store(pg_database()) as store:
        rows = store.query("SELECT ? AS a, 'x?%' AS b, sum(2) AS c, avg(3) AS d, count(*) AS e", (7,))
    assert rows == [{"a": 7, "b": "x?%", "c": 2, "d": 3.0, "e": 1}]


# -- concurrent ingest -----------------------------------------------------------------------------

WORKER = """
import importlib.util, json, sys, types
# Only the store is needed: skip the package's __init__, which imports spaCy (seconds per process).
package = types.ModuleType("newsledger")
package.__path__ = list(importlib.util.find_spec("newsledger").submodule_search_locations)
sys.modules["newsledger"] = package
from newsledger.records import record_from_json
from newsledger.store import open_store
url, path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = [record_from_json(r) for r in json.load(open(path))]
import random
import re
random.Random(seed).shuffle(records)
with open_store(url) as store:
    print("ready", flush=True)
    sys.stdin.readline()
    results = [(r.article.text, *store.add(r).__dict__.values()) for r in records]
print(json.dumps(results), flush=True)
"""


def _groups(pipeline: Any) -> list[list[ArticleRecord]]:
    """Ten groups of articles; within a group every two are duplicates (by URL or by content), across
    groups none are. Every article asks for the same id, so concurrent writers also fight over ids."""

    def variant(record: ArticleRecord, text: str, url: str | None) -> ArticleRecord:
        # Same-length texts keep the extracted offsets valid without parsing again.
        assert len(text) == len(record.article.text)
        return dataclasses.replace(record, article=dataclasses.replace(record.article, text=text, url=url))

    groups = []
    for i in range(10):
        text = f"Report {i}: soldiers shelled the village of Kamianka-{i} on Monday, officials said."
        first = pipeline.extract(text, id="report", url=f"https://news.example.org/{i}" if i < 5 else None,
                                 published="2024-05-06")
        if i < 5:  # duplicates by URL
            members = [variant(first, text.upper(), f"http://www.news.example.org/{i}/?utm_source=feed"),
                       variant(first, text.replace("Report", "Notice"), f"https://news.example.org/{i}#top")]
        else:  # duplicates by content
            members = [variant(first, text.lower(), None), variant(first, text, f"https://mirror.example.net/{i}")]
        groups.append([first, *members])
    return groups


def test_parallel_ingest_processes_lose_and_duplicate_nothing(
    pipeline: Any, pg_database: Callable[[], str], tmp_path: Path
) -> None:
    url = pg_database()
    open_store(url).close()  # migrated once up front: the race under test is the ingest, not the migration
    groups = _groups(pipeline)
    records = [r for g in groups for r in g]
    path = tmp_path / "records.json"
    path.write_text(json.dumps([r.to_json() for r in records]))
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, url, str(path), str(seed)], cwd=REPO, text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for seed in range(4)
    ]
    for w in workers:
        assert w.stdout is not None
        assert w.stdout.readline().strip() == "ready", w.stderr.read() if w.stderr else ""
    for w in workers:  # all start writing at once
        assert w.stdin is not None
        w.stdin.write("go\n")
        w.stdin.flush()
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err for _, err in outputs]
    results = [tuple(r) for out, _ in outputs for r in json.loads(out)]

    stored = [(text, article_id) for text, status, article_id in results if status == "stored"]
    assert len(stored) == len(groups), "each group is stored exactly once over all workers"
    with open_store(url) as store:
        assert store.counts()["articles"] == len(groups)
        rows = store.query("SELECT id, text FROM articles ORDER BY id")
        assert sorted((r["text"], r["id"]) for r in rows) == sorted(stored)
        assert {r["id"] for r in rows} == {"report", *(f"report-{n}" for n in range(2, 11))}
        for group in groups:
            texts = {r.article.text for r in group}
            assert sum(r["text"] in texts for r in rows) == 1
        # Every duplicate points at the article its group stored, and each article has all its records.
        by_text = {r["text"]: r["id"] for r in rows}
        group_of = {r.article.text: gi for gi, g in enumerate(groups) for r in g}
        stored_id = {group_of[t]: i for t, i in by_text.items()}
        assert all(article_id == stored_id[group_of[text]] for text, _, article_id in results)
        for r in rows:
            record = store.get(r["id"])
            entities = store.query("SELECT count(*) AS n FROM entities e JOIN articles a ON a.rowid = "
                                   "e.article_rowid WHERE a.id = ?", (r["id"],))[0]["n"]
            assert entities == len(record["entities"])


# -- copy between backends ------------------------------------------------------------------------

def _fill(store: Any, sample_record: ArticleRecord, pipeline: Any) -> None:
    store.add(sample_record)
    store.add(ledger_record("wire", "Wire Service", WIRE, "ambushed"))  # an event, whatever the extractors do
    for i in range(3):
        store.add(pipeline.extract(f"Protesters gathered in Tbilisi on day {i}, police said.", id="tbilisi",
                                   url=f"https://example.ge/{i}"))
    store.record_failure(IngestFailure("bad.txt", "empty", "bad.txt: the file is empty"))
    store.record_failure(IngestFailure("feed.jsonl", "json", "feed.jsonl:3: not JSON", line=3))
    create_user(store, "ana", "admin")
    token = issue_token(store, "ana", label="ci")
    record_audit(store, verify_token(store, token), "article.add", "tbilisi-2", {"status": "stored"})


def _dump(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    tables = schema_tables(store)
    return {t: sorted((tuple(r.values()) for r in store.query(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)}'
                                                                 f' FROM "{t}"')), key=repr)
            for t, cols in sorted(tables.items())}


def test_copy_round_trips_sqlite_postgres_sqlite(
    tmp_path: Path, pg_database: Callable[[], str], sample_record: ArticleRecord, pipeline: Any
) -> None:
    first, pg_url, back = tmp_path / "first.db", pg_database(), tmp_path / "back.db"
    with open_store(first) as store:
        _fill(store, sample_record, pipeline)
        crossdoc.update(store, [r["id"] for r in store.query("SELECT id FROM articles")])
        original = _dump(store)
        assert original["article_signatures"] and original["ledger_events"]  # bytes and ledger-wide rows too
        records = list(store.iter_records())
        hits = store.search("Prigozhin")
    assert sum(len(rows) for rows in original.values()) > 50
    copied = copy_ledger(f"sqlite:///{first}", pg_url)
    assert copied["articles"] == 5 and copied["audit"] == 3
    with open_store(pg_url) as pg:
        assert _dump(pg) == original
        assert list(pg.iter_records()) == records
        assert [(h.kind, h.article_id) for h in pg.search("Prigozhin")] == [(h.kind, h.article_id) for h in hits]
        # The copy goes on working: new ids follow the copied ones, tokens still verify.
        result = pg.add(pipeline.extract("A new article about Tbilisi protests.", id="tbilisi"))
        assert result.id == "tbilisi-4"
        assert pg.query("SELECT rowid FROM articles WHERE id = 'tbilisi-4'")[0]["rowid"] == 6
    copy_ledger(pg_url, str(back))
    with open_store(back) as store:
        again = _dump(store)
    assert {t: rows for t, rows in again.items() if t not in ("articles", "entities", "mentions", "times",
                                                              "places", "quotes", "events")} == {
        t: rows for t, rows in original.items() if t not in ("articles", "entities", "mentions", "times",
                                                             "places", "quotes", "events")}
    assert len(again["articles"]) == 6
    assert [r for r in again["articles"] if r[1] != "tbilisi-4"] == original["articles"]


def test_copy_refuses_a_ledger_that_is_not_empty(
    tmp_path: Path, pg_database: Callable[[], str], pipeline: Any
) -> None:
    from newsledger.errors import StoreError

    url = pg_database()
    with open_store(url) as pg:
        pg.add(pipeline.extract("Already here.", id="x"))
    with open_store(tmp_path / "a.db") as lite:
        lite.add(pipeline.extract("Something else.", id="y"))
    with pytest.raises(StoreError, match="is not empty"):
        copy_ledger(str(tmp_path / "a.db"), url)
    with open_store(url) as pg:
        assert [r["id"] for r in pg.query("SELECT id FROM articles")] == ["x"]


# -- search means the same on both backends ---------------------------------------------------------

SEARCHES = ["Prigozhin", "prisoners", '"Wagner Group"', "Prigozhin OR Tbilisi", "Tbilisi", "Wagner NOT Tbilisi",
            "Prigoz*", "(Tbilisi OR Kyiv) AND police", "Wagner AND prison*"]
BAD_SEARCHES = ['"unterminated', "AND", "NEAR(a b)", "a OR", "(a", "a)", "*", "the", "Wagner NOT"]


@pytest.fixture
def both(tmp_path: Path, pg_database: Callable[[], str], sample_record: ArticleRecord, pipeline: Any):  # type: ignore[no-untyped-def]
    """The same articles in a SQLite and in a PostgreSQL ledger."""
    with open_store(tmp_path / "a.db") as lite, open_store(pg_database()) as pg:
        for store in (lite, pg):
            _fill(store, sample_record, pipeline)
        yield lite, pg


def test_search_finds_the_same_articles_on_both_backends(both: tuple[Any, Any]) -> None:
    lite, pg = both
    for query in SEARCHES:
        ours = {(h.kind, h.article_id) for h in pg.search(query, limit=50)}
        theirs = {(h.kind, h.article_id) for h in lite.search(query, limit=50)}
        assert ours == theirs, query
        assert {a for k, a in ours if k == "article"}, f"{query} should find articles"


def test_bad_postgres_queries_say_why(both: tuple[Any, Any]) -> None:
    from newsledger.errors import QueryError

    _, pg = both
    for query in BAD_SEARCHES:
        with pytest.raises(QueryError, match=re.escape(f"cannot search for {query!r}")):
            pg.search(query)


def test_random_search_input_never_crashes(both: tuple[Any, Any]) -> None:
    from newsledger.errors import QueryError

    _, pg = both
    rng = random.Random(7)
    alphabet = ['"', "(", ")", "*", " ", "AND", "OR", "NOT", "NEAR", "-", ":", "'", "&", "|", "!", "war", "Wagner", "é"]
    for _ in range(300):
        query = "".join(rng.choice(alphabet) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
        with contextlib.suppress(QueryError):
            pg.search(query)


def test_missing_postgres_is_reported_not_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.store import pgcluster

    monkeypatch.setattr(pgcluster.shutil, "which", lambda _: None)
    monkeypatch.setattr(pgcluster.glob, "glob", lambda _: [])
    with pytest.raises(pgcluster.ClusterUnavailable, match="apt-get install -y postgresql"):
        pgcluster.TempCluster().start()
