"""Every text that comes from an article is escaped: no markup, no broken attributes, no script URLs."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsledger.api.ledger import crossdoc_available
from newsledger.records import Article, ArticleRecord, Entity, Event, Quote, SpanRef
from newsledger.store import SQLiteStore

SCRIPT = "<script>alert('x')</script>"
ATTR = '" onmouseover="alert(1)" x="'
TEXT = f"{SCRIPT} Evil{ATTR} said: </script><img src=x onerror=alert(2)> and attacked the town."
NAME = f"Evil{ATTR}"


def hostile(store: SQLiteStore) -> str:
    start = TEXT.index("Evil")
    trigger = TEXT.index("attacked")
    record = ArticleRecord(
        article=Article("hostile", TEXT, title=f"Title {SCRIPT}{ATTR}", outlet=f"Outlet {SCRIPT}",
                        url="javascript:alert(3)", author=ATTR),
        entities=(Entity("e1", NAME, "PERSON", ((start, start + len(NAME)),)),),
        quotes=(Quote("q1", "direct", (0, len(TEXT)), None, SpanRef(start, start + len(NAME), NAME, "e1")),),
        events=(Event("v1", "ASSAULT", None, None, (trigger, trigger + 8), SpanRef(start, start + len(NAME), NAME,
                      "e1"), None, None, None, False, "asserted", "q1"),),
    )
    article_id = store.add(record).id
    if crossdoc_available():
        from newsledger import crossdoc

        crossdoc.update(store, [article_id])
    return article_id


def assert_inert(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'onmouseover="alert' not in html
    assert "javascript:alert" not in html
    # Only our own script elements: the external ones and the JSON data island.
    for tag in re.findall(r"<script[^>]*>", html):
        assert re.fullmatch(r'<script( src="/static/[a-z/.]+"( defer)?| type="application/json" id="records")>', tag)


@pytest.mark.parametrize("path", ["/articles/hostile", "/articles", "/", "/entities", "/speakers",
                                  f"/speakers/{quote(NAME, safe='')}", f"/entities/{quote(NAME, safe='')}",
                                  "/search?q=attacked", f"/search?q={quote(SCRIPT)}", "/events",
                                  f"/articles?outlet={quote(SCRIPT)}", f"/nowhere{quote(SCRIPT)}"])
def test_pages_escape_article_text(client: TestClient, store: SQLiteStore, path: str) -> None:
    hostile(store)
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code in (200, 400, 404)
    assert_inert(response.text)


def test_article_page_keeps_the_text_readable(client: TestClient, store: SQLiteStore) -> None:
    hostile(store)
    html = client.get("/articles/hostile").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "onmouseover=&#34;alert(1)&#34;" in html or "onmouseover=&quot;alert(1)&quot;" in html
    data = re.search(r'<script type="application/json" id="records">(.*?)</script>', html, re.S)
    assert data is not None and "<" not in data.group(1)  # the JSON island cannot close its element


def test_event_page_escapes(client: TestClient, store: SQLiteStore) -> None:
    hostile(store)
    (event,) = client.get("/api/events").json()["items"]
    response = client.get(f"/events/{quote(event['id'], safe='')}")
    assert response.status_code == 200
    assert_inert(response.text)


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
