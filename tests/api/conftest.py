"""Fixtures for the web API tests: ledgers built from hand-made records (fast) or the sample (real)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger import Pipeline
from newsledger.api import create_app
from newsledger.records import Article, ArticleRecord, Entity, Quote, SpanRef
from newsledger.store import SQLiteStore, open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "wagner-prison-recruitment-2023-03-11.txt"


def make_record(article_id: str, text: str, *, outlet: str | None = "Test Wire", title: str | None = None,
                published: date | None = date(2023, 3, 11), url: str | None = None,
                speaker: str | None = None) -> ArticleRecord:
    """A record with one entity (the first word) and, with ``speaker``, one quote of the whole text."""
    first = text.split()[0]
    entities = (Entity("e1", speaker or first, "PERSON", ((0, len(first)),)),)
    quotes = ()
    if speaker:
        quotes = (Quote("q1", "direct", (0, len(text)), None, SpanRef(0, len(first), speaker, "e1")),)
    article = Article(article_id, text, title=title or f"Title of {article_id}", published=published,
                      outlet=outlet, url=url, source=article_id)
    return ArticleRecord(article=article, entities=entities, quotes=quotes)


@pytest.fixture
def store(location: str) -> Iterator[SQLiteStore]:
    """A fresh ledger, once on each backend (SQLite and PostgreSQL)."""
    with open_store(location) as s:
        yield s  # type: ignore[misc]


@pytest.fixture
def client(store: SQLiteStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, max_body_bytes=200_000)) as c:
        yield c


@pytest.fixture(scope="module")
def sample_client(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[TestClient]:
    """A ledger holding the sample article, ingested through ``POST /api/articles``."""
    with open_store(tmp_path_factory.mktemp("sample") / "ledger.db") as s, \
            TestClient(create_app(store=s, pipeline=pipeline)) as c:
        response = c.post("/api/articles", json={"text": SAMPLE.read_text(encoding="utf-8"),
                                                 "id": SAMPLE.stem, "outlet": "Sample Outlet"})
        assert response.status_code == 201, response.text
        yield c
