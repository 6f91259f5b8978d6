"""Read endpoints over a ledger of hand-made records: lists, keyset pages, ETags, search, downloads."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import date

import pytest
from fastapi.testclient import TestClient

from newsledger.records import Entity, Event, SpanRef
from newsledger.store import SQLiteStore
from tests.api.conftest import make_record
from tests.api.test_errors import assert_error


def fill(store: SQLiteStore, n: int, prefix: str = "a", **kwargs: object) -> list[str]:
    return [store.add(make_record(f"{prefix}{i}", f"Person{prefix}{i} spoke about item {prefix}{i}.",
                                  **kwargs)).id for i in range(n)]  # type: ignore[arg-type]


def all_pages(client: TestClient, url: str, limit: int) -> list[list[str]]:
    pages, after = [], None
    while True:
        params = {"limit": limit, **({"after": after} if after else {})}
        body = client.get(url, params=params).json()
        pages.append([item.get("id") or item.get("name") for item in body["items"]])
        after = body["next"]
        if after is None:
            return pages


def test_stats(client: TestClient, store: SQLiteStore) -> None:
    fill(store, 3, speaker="Someone")
    body = client.get("/api/stats").json()
    assert body["articles"] == 3
    assert body["quotes"] == 3
    assert isinstance(body["crossdoc"], bool)


def test_articles_pages_cover_everything_once(client: TestClient, store: SQLiteStore) -> None:
    ids = fill(store, 7)
    pages = all_pages(client, "/api/articles", 3)
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i for p in pages for i in p] == list(reversed(ids))  # newest ingested first


def test_pages_are_stable_under_concurrent_ingest(client: TestClient, store: SQLiteStore) -> None:
    before = fill(store, 40)
    stop = threading.Event()
    added: list[str] = []

    def writer() -> None:
        n = 0
        while not stop.is_set() and n < 200:
            added.append(store.add(make_record(f"new{n}", f"Newcomer{n} arrived with fresh text {n}.")).id)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen = [i for p in all_pages(client, "/api/articles", 5) for i in p]
    finally:
        stop.set()
        thread.join()
    assert added, "the writer stored nothing while the pages were read"
    assert len(seen) == len(set(seen)), "an article appeared on two pages"
    assert [i for i in seen if i in set(before)] == list(reversed(before)), "an old article was skipped or moved"


def test_article_filters(client: TestClient, store: SQLiteStore) -> None:
    fill(store, 2, prefix="x", outlet="Kyiv Independent", published=date(2023, 1, 5))
    fill(store, 3, prefix="y", outlet="Meduza", published=date(2023, 3, 1))
    assert len(client.get("/api/articles", params={"outlet": "meduza"}).json()["items"]) == 3
    assert len(client.get("/api/articles", params={"until": "2023-02"}).json()["items"]) == 2
    assert len(client.get("/api/articles", params={"since": "2023-02-01"}).json()["items"]) == 3


def test_article_detail_segments_cover_the_text(client: TestClient, store: SQLiteStore) -> None:
    (article_id,) = fill(store, 1, speaker="Ann")
    body = client.get(f"/api/articles/{article_id}").json()
    text = body["record"]["text"]
    assert "".join(s["text"] for s in body["segments"]) == text
    first = body["segments"][0]
    assert set(first["kinds"]) == {"entity", "quote"}
    assert first["href"].startswith("/entities/")
    assert body["annotations"]["quote-q1"]["speaker"] == "Ann"


def test_etag_and_304(client: TestClient, store: SQLiteStore) -> None:
    fill(store, 2)
    first = client.get("/api/articles")
    tag = first.headers["etag"]
    again = client.get("/api/articles", headers={"If-None-Match": tag})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get("/api/articles?limit=1", headers={"If-None-Match": tag}).status_code == 200
    fill(store, 1, prefix="later")
    changed = client.get("/api/articles", headers={"If-None-Match": tag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != tag


def test_entities_merge_by_name_across_articles(client: TestClient, store: SQLiteStore) -> None:
    store.add(make_record("one", "Zelensky met reporters."))
    store.add(make_record("two", "ZELENSKY left Kyiv."))
    store.add(make_record("three", "Alpha came too."))
    pages = all_pages(client, "/api/entities", 1)
    assert [p for p in pages if p] == [["Alpha"], ["ZELENSKY"]]
    detail = client.get("/api/entities/zelensky").json()
    assert {m["article_id"] for m in detail["mentions"]} == {"one", "two"}
    assert {m["mention"] for m in detail["mentions"]} == {"Zelensky", "ZELENSKY"}
    assert client.get("/api/entities", params={"name": "zel"}).json()["items"][0]["articles"] == 2


def test_quotes_by_speaker_and_content(client: TestClient, store: SQLiteStore) -> None:
    store.add(make_record("q-a", "Ceasefire talks resume tomorrow.", speaker="Ann Smith"))
    store.add(make_record("q-b", "Nothing was agreed at 100% of sessions.", speaker="Bob"))
    assert [q["article_id"] for q in client.get("/api/quotes?speaker=ann%20smith").json()["items"]] == ["q-a"]
    assert [q["article_id"] for q in client.get("/api/quotes?contains=CEASEFIRE").json()["items"]] == ["q-a"]
    # LIKE wildcards in the input are taken literally
    assert [q["article_id"] for q in client.get("/api/quotes?contains=100%25").json()["items"]] == ["q-b"]
    assert client.get("/api/quotes?contains=%25").json()["items"][0]["article_id"] == "q-b"
    assert client.get("/api/quotes?contains=_").json()["items"] == []
    assert [s["name"] for s in client.get("/api/speakers").json()] == ["Ann Smith", "Bob"]


def test_search_and_its_syntax_errors(client: TestClient, store: SQLiteStore) -> None:
    store.add(make_record("s1", "Shelling hit Kharkiv overnight.", speaker="Mayor"))
    hits = client.get("/api/search", params={"q": "kharkiv"}).json()
    assert {h["kind"] for h in hits} == {"article", "quote"}
    for bad in ['"unbalanced', "AND", "kharkiv NEAR(", "(("]:
        error = assert_error(client.get("/api/search", params={"q": bad}), 400, "bad_query")
        assert "double quotes" in error["message"]


def test_exports(client: TestClient, store: SQLiteStore) -> None:
    fill(store, 3)
    jsonl = client.get("/api/exports/ledger.jsonl")
    assert jsonl.status_code == 200
    assert "attachment" in jsonl.headers["content-disposition"]
    assert [json.loads(line)["id"] for line in jsonl.text.splitlines()] == ["a0", "a1", "a2"]
    csv_lines = client.get("/api/exports/events-acled.csv").text.splitlines()
    assert csv_lines[0].startswith("event_id_cnty,event_date,year,event_type,sub_event_type,actor1")
    geo = client.get("/api/exports/events.geojson").json()
    assert geo["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    "url",
    [
        "/api/exports/..%2F..%2Fpyproject.toml",
        "/api/exports/%2e%2e%2fapp.py",
        "/api/exports/../../pyproject.toml",
        "/api/exports/%2Fetc%2Fpasswd",
        "/api/exports/ledger.jsonl%00.txt",
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2Fapp.py",
        "/static/%2e%2e/%2e%2e/records.py",
        "/static//etc/passwd",
    ],
)
def test_no_path_traversal_in_downloads(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404, response.text[:200]
    assert "import" not in response.text and "root:" not in response.text


def test_static_assets_are_served(client: TestClient) -> None:
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    basemap = client.get("/static/basemap/countries.geojson").json()
    assert len(basemap["features"]) > 150
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "newsledger"


def test_etag_changes_when_the_cross_document_layer_catches_up(client: TestClient, store: SQLiteStore) -> None:
    from newsledger.api.ledger import crossdoc_available

    if not crossdoc_available():
        pytest.skip("no cross-document layer: the article count alone versions the ledger")
    from newsledger import crossdoc

    (article_id,) = fill(store, 1)
    tag = client.get("/api/events").headers["etag"]
    crossdoc.update(store, [article_id])
    assert client.get("/api/events", headers={"If-None-Match": tag}).status_code == 200


def test_the_article_page_names_whom_a_pronoun_actor_stands_for(store, client) -> None:  # type: ignore[no-untyped-def]
    text = "Yevgeny Prigozhin spoke on Friday. He opened recruitment centres in 42 cities."
    record = make_record("centres", text)
    he, opened = text.index("He "), text.index("opened")
    event = Event(id="v1", type="MOBILIZE", mode=None, acled=None, trigger=(opened, opened + 6),
                  actor=SpanRef(he, he + 2, "He", "e1"), target=None, time=None, place=None, negated=False,
                  modality="asserted", source=None)
    store.add(dataclasses.replace(record, entities=(Entity("e1", "Yevgeny Prigozhin", "PERSON", ((0, 17),)),),
                                  events=(event,)))
    html = client.get("/articles/centres").text
    assert "by He (Yevgeny Prigozhin)" in html
