"""The ledger's behaviour, on every backend: the ``store`` fixture (tests/store/conftest.py) runs each
test that takes it on SQLite and on PostgreSQL."""

import dataclasses
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsledger.errors import ConfigError, NotFoundError, QueryError, StoreError
from newsledger.records import IngestFailure
from newsledger.store import SQLiteStore, content_hash, normalise_url, open_store
from newsledger.store.migrate import available


def test_store_and_read_back(store: Any, sample_record) -> None:  # type: ignore[no-untyped-def]
    result = store.add(sample_record)
    assert result.status == "stored"
    assert store.get(result.id) == sample_record.to_json()
    counts = store.counts()
    assert counts["articles"] == 1
    assert counts["entities"] == len(sample_record.entities)


def test_duplicates_by_content_and_url(store: Any, pipeline) -> None:  # type: ignore[no-untyped-def]
    first = pipeline.extract("Rebels seized the town of Bunia on Monday.", id="a", url="https://www.x.org/a?utm_source=t")
    same_text = pipeline.extract("Rebels  seized the town of BUNIA on Monday.", id="b")
    same_url = pipeline.extract("A different text entirely.", id="c", url="http://x.org/a/")
    assert store.add(first).status == "stored"
    assert store.add(same_text).status == "duplicate"
    assert store.add(same_url).status == "duplicate"
    assert store.counts()["articles"] == 1


def test_same_id_different_text_gets_a_new_id(store: Any, pipeline) -> None:  # type: ignore[no-untyped-def]
    assert store.add(pipeline.extract("First text.", id="x")).id == "x"
    assert store.add(pipeline.extract("Second text.", id="x")).id == "x-2"


def test_search_articles_and_quotes(store: Any, sample_record) -> None:  # type: ignore[no-untyped-def]
    store.add(sample_record)
    hits = store.search("Prigozhin")
    assert hits and hits[0].article_id == sample_record.article.id
    assert "[Prigozhin]" in hits[0].snippet
    assert store.search("nonexistentword") == []


@pytest.mark.parametrize("query", ['"unterminated', "AND", "NEAR(", ""])
def test_bad_search_syntax_is_a_clear_error(store: Any, query: str) -> None:
    with pytest.raises(QueryError):
        store.search(query)


def test_missing_article(store: Any) -> None:
    with pytest.raises(NotFoundError, match="no article with id 'nope'"):
        store.get("nope")


def test_failures_are_recorded_once(store: Any) -> None:
    failure = IngestFailure("a.txt", "empty", "a.txt: the file is empty")
    store.record_failure(failure)
    store.record_failure(failure)
    assert [f.reason for f in store.failures()] == ["empty"]


def test_sqlite_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _, _ in available()]


def test_failed_write_rolls_back(store: Any) -> None:
    def half_then_fail(conn: Any) -> None:
        conn.execute("INSERT INTO failures (source, reason, message, at) VALUES ('x', 'r', 'm', 't')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.execute_write_fn(half_then_fail)
    assert store.failures() == []


def test_reads_run_while_the_writer_writes(store: Any, pipeline) -> None:  # type: ignore[no-untyped-def]
    records = [pipeline.extract(f"Report number {i} about shelling in Kharkiv.", id=f"r{i}") for i in range(20)]
    seen: list[int] = []

    def reader() -> None:
        for _ in range(50):
            seen.append(store.counts()["articles"])

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for r in records:
        store.add(r)
    for t in threads:
        t.join()
    assert store.counts()["articles"] == 20
    assert seen == sorted(seen) or all(0 <= n <= 20 for n in seen)


@pytest.mark.parametrize("where", [":memory:", ""])
def test_unsupported_locations(where: str) -> None:
    with pytest.raises(ConfigError):
        open_store(where)


def test_unreachable_postgres_is_a_store_error() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match=r"cannot open the ledger at postgresql://u:\*\*\*@127.0.0.1:1/db"):
        open_store("postgresql://u:secret@127.0.0.1:1/db")


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://www.example.com/a/b/?utm_source=x&id=2#top", "example.com/a/b?id=2"),
        ("http://example.com/a/b", "example.com/a/b"),
        (None, None),
    ],
)
def test_normalise_url(url: str | None, normal: str | None) -> None:
    assert normalise_url(url) == normal


def test_content_hash_folds_case_space_and_quotes() -> None:
    assert content_hash("He said “no”.\n") == content_hash('he  said "no".')


def test_query_returns_dict_rows(store: Any, sample_record) -> None:  # type: ignore[no-untyped-def]
    store.add(sample_record)
    rows = store.query("SELECT name, type FROM entities WHERE type = ? ORDER BY name", ("OUTLET",))
    assert rows == [{"name": "EuropePress", "type": "OUTLET"}, {"name": "Moscow Times", "type": "OUTLET"}]


def test_query_is_read_only(store: Any) -> None:
    with pytest.raises(StoreError, match="query failed"):
        store.query("DELETE FROM articles")


def test_writes_with_qmarks_and_upserts_work_on_every_backend(store: Any) -> None:
    """The SQL contract of ``execute_write_fn`` (the cross-document layer and auth write through it):
    ``?`` placeholders, ``INSERT ... ON CONFLICT`` and ``RETURNING``, rows read by position or name."""

    def write(conn: Any) -> None:
        first = conn.execute("INSERT INTO failures (source, reason, message, at) VALUES (?, ?, ?, ?) RETURNING id",
                             ("a", "r", "first", "t1")).fetchone()
        assert first[0] == first["id"] == 1
        conn.execute("INSERT INTO failures (id, source, reason, message, at) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING", (1, "b", "r", "ignored", "t2"))
        conn.execute("INSERT INTO failures (id, source, reason, message, at) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (id) DO UPDATE SET message = excluded.message", (1, "a", "r", "updated", "t3"))
        conn.executemany("INSERT INTO failures (source, reason, message, at) VALUES (?, ?, ?, ?)",
                         [("c", "r", "100% new", "t4")])

    store.execute_write_fn(write)
    assert [(f.source, f.message) for f in store.failures()] == [("a", "updated"), ("c", "100% new")]


def test_migration_5_marks_events_only_denied(tmp_path: Path) -> None:
    """Ledgers stored before 0005 had 'single' for events their sources only deny; the migration recounts."""
    from newsledger import crossdoc
    from newsledger.records import EventTime
    from newsledger.store.migrate import migrate
    from tests.crossdoc.test_ledger import record

    db = tmp_path / "old.db"
    with open_store(str(db)) as store:
        store.add(record("kivu", "Kivu Daily", "M23 denied that its fighters attacked a convoy on Wednesday.",
                         "attacked", negated=True))
        later = record("wire", "Wire Service", "M23 fighters ambushed a convoy of trucks in Rutshuru on Monday.",
                       "ambushed", published=date(2024, 1, 9))
        store.add(dataclasses.replace(later, events=(dataclasses.replace(
            later.events[0], time=EventTime("2024-01-08", "on Monday")),)))
        crossdoc.update(store, crossdoc.pending(store))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE ledger_events SET status = 'single'")
    conn.execute("DELETE FROM schema_migrations WHERE version = 5")
    conn.commit()
    assert migrate(conn) == [name for version, name, _ in available() if version == 5]
    assert sorted(status for (status,) in conn.execute("SELECT status FROM ledger_events")) == ["denied", "single"]
    conn.close()
