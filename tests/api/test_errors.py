"""Every 4xx and 5xx of the API has one JSON shape; bodies over the limit are refused."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.store import SQLiteStore


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return error


@pytest.mark.parametrize(
    ("method", "url", "status", "code"),
    [
        ("get", "/api/no-such-thing", 404, "not_found"),
        ("get", "/api/articles/no-such-article", 404, "not_found"),
        ("get", "/api/entities/Nobody%20At%20All", 404, "not_found"),
        ("get", "/api/events/no-colon", 404, "not_found"),
        ("get", "/api/events/missing-article:v1", 404, "not_found"),
        ("delete", "/api/articles", 405, "method_not_allowed"),
        ("get", "/api/articles?limit=0", 422, "invalid_request"),
        ("get", "/api/articles?limit=abc", 422, "invalid_request"),
        ("get", "/api/articles?since=March", 422, "invalid_request"),
        ("get", "/api/events?modality=certain", 422, "invalid_request"),
        ("get", "/api/claims?status=maybe", 422, "invalid_request"),
        ("get", "/api/search", 422, "invalid_request"),
        ("get", "/api/articles?after=not-a-cursor", 400, "bad_cursor"),
        ("get", "/api/quotes?after=x", 400, "bad_cursor"),
        ("get", "/api/quotes?article=nope", 404, "not_found"),
    ],
)
def test_error_shape(client: TestClient, method: str, url: str, status: int, code: str) -> None:
    assert_error(getattr(client, method)(url), status, code)


def test_validation_error_names_the_field(client: TestClient) -> None:
    error = assert_error(client.get("/api/articles?limit=9999"), 422, "invalid_request")
    assert error["details"][0]["field"] == "query.limit"
    assert "limit" in error["message"]


@pytest.mark.parametrize(
    ("body", "field_or_message"),
    [
        ({}, 'exactly one of "text" or "html"'),
        ({"text": "a", "html": "<p>a</p>"}, 'exactly one of "text" or "html"'),
        ({"text": "   "}, "the article is empty"),
        ({"text": "Some text.", "colour": "red"}, "body.colour"),
        ({"text": 42}, "body.text"),
    ],
)
def test_ingest_validation(client: TestClient, body: dict[str, Any], field_or_message: str) -> None:
    error = assert_error(client.post("/api/articles", json=body), 422, "invalid_request")
    assert field_or_message in error["message"]


def test_malformed_json_body(client: TestClient) -> None:
    response = client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid_request")


def test_body_over_the_limit_is_refused(client: TestClient) -> None:
    error = assert_error(client.post("/api/articles", json={"text": "x" * 300_000}), 413, "too_large")
    assert "200,000 bytes" in error["message"]


def test_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(50):
            yield b'{"id": "a", "text": "' + b"y" * 10_000 + b'"}\n'

    response = client.post("/api/articles/batch", content=chunks(), headers={"content-type": "application/x-ndjson"})
    assert_error(response, 413, "too_large")


def test_bad_date_in_ingest_is_a_clear_400(client: TestClient) -> None:
    error = assert_error(client.post("/api/articles", json={"text": "Rebels took Bunia.", "published": "soon"}),
                         400, "bad_input")
    assert "soon" in error["message"] or "date" in error["message"]


def test_unexpected_errors_are_500_in_the_same_shape(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger.api import queries

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "counts", broken)
    with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
        error = assert_error(c.get("/api/stats"), 500, "internal_error")
    assert "boom" not in error["message"]  # internals stay in the log


def test_html_pages_answer_errors_as_pages(client: TestClient) -> None:
    response = client.get("/articles/nope", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no article with id" in response.text
