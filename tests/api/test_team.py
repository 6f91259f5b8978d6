"""Team mode over HTTP: no token, wrong role, revoked token; writes audited; open without tokens."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsledger.store import auth
from newsledger.store.sqlite import SQLiteStore
from tests.api.conftest import make_record

ARTICLE = {"id": "t1", "text": "Police arrested twelve protesters in Minsk on Sunday, witnesses said.",
           "published": "2023-03-05"}


@pytest.fixture
def tokens(store: SQLiteStore) -> dict[str, str]:
    store.add(make_record("a1", "Shelling hit Kharkiv overnight, the governor said."))
    for name, role in (("rita", "reader"), ("ed", "editor")):
        auth.create_user(store, name, role)
    return {"reader": auth.issue_token(store, "rita"), "editor": auth.issue_token(store, "ed")}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    assert body["status"] == status
    return body


def test_open_without_tokens(client: TestClient) -> None:
    assert client.get("/api/stats").status_code == 200


@pytest.mark.parametrize("path", ["/api/stats", "/api/articles", "/api/articles/a1", "/api/events"])
def test_no_token_is_401_in_the_error_shape(client: TestClient, tokens: dict[str, str], path: str) -> None:
    response = client.get(path)
    assert "no API token" in error_of(response, 401)["message"]
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_unknown_and_malformed_tokens(client: TestClient, tokens: dict[str, str]) -> None:
    error_of(client.get("/api/stats", headers=bearer("nl_not-a-real-token")), 401)
    error_of(client.get("/api/stats", headers={"Authorization": "Basic abc"}), 401)


def test_reader_reads_but_cannot_write(client: TestClient, tokens: dict[str, str]) -> None:
    assert client.get("/api/articles/a1", headers=bearer(tokens["reader"])).status_code == 200
    assert "needs editor" in error_of(client.post("/api/articles", json=ARTICLE, headers=bearer(tokens["reader"])),
                                      403)["message"]


def test_editor_writes_and_is_audited(client: TestClient, store: SQLiteStore, tokens: dict[str, str]) -> None:
    response = client.post("/api/articles", json=ARTICLE, headers=bearer(tokens["editor"]))
    assert response.status_code == 201, response.text
    (entry,) = [e for e in auth.audit_log(store) if e["action"] == "POST /api/articles"]
    assert entry["user_name"] == "ed"


def test_revoked_token(client: TestClient, store: SQLiteStore, tokens: dict[str, str]) -> None:
    auth.revoke_token(store, tokens["reader"])
    error_of(client.get("/api/stats", headers=bearer(tokens["reader"])), 401)


def test_cookie_for_the_pages(client: TestClient, tokens: dict[str, str]) -> None:
    client.cookies.set("newsledger_token", tokens["reader"])
    assert client.get("/articles", headers={"accept": "text/html"}).status_code == 200
