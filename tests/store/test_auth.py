"""Team mode at the function level, on both backends: users, roles, hashed tokens, audit."""

from typing import Any

import pytest

from newsledger.store.auth import (
    Forbidden,
    Unauthenticated,
    UserError,
    audit_log,
    auth_configured,
    authenticate,
    create_user,
    issue_token,
    list_tokens,
    list_users,
    record_audit,
    revoke_token,
    verify_token,
)


@pytest.fixture
def team(store: Any) -> dict[str, str]:
    """An admin, an editor and a reader, each with one token."""
    tokens = {}
    for name, role in (("ana", "admin"), ("ed", "editor"), ("rui", "reader")):
        create_user(store, name, role)
        tokens[name] = issue_token(store, name, label="laptop")
    return tokens


def test_without_tokens_auth_is_not_configured(store: Any) -> None:
    assert not auth_configured(store)
    create_user(store, "ana", "admin")
    assert not auth_configured(store)
    issue_token(store, "ana")
    assert auth_configured(store)


@pytest.mark.parametrize("header", [None, "", "   ", "Bearer", "Bearer ", "Basic abc", "nl_notatoken"])
def test_no_or_malformed_token_is_unauthenticated(store: Any, team: dict[str, str], header: str | None) -> None:
    with pytest.raises(Unauthenticated) as caught:
        authenticate(store, header)
    assert caught.value.status_code == 401


def test_unknown_token_is_unauthenticated(store: Any, team: dict[str, str]) -> None:
    with pytest.raises(Unauthenticated, match="unknown API token"):
        authenticate(store, "Bearer nl_" + "x" * 43)


@pytest.mark.parametrize(
    ("user", "role", "allowed"),
    [("rui", "reader", True), ("rui", "editor", False), ("rui", "admin", False), ("ed", "reader", True),
     ("ed", "editor", True), ("ed", "admin", False), ("ana", "admin", True), ("ana", "editor", True)],
)
def test_roles(store: Any, team: dict[str, str], user: str, role: str, allowed: bool) -> None:
    header = f"Bearer {team[user]}"
    if allowed:
        assert authenticate(store, header, role).name == user
    else:
        with pytest.raises(Forbidden) as caught:
            authenticate(store, header, role)
        assert caught.value.status_code == 403


def test_revoked_token_is_refused(store: Any, team: dict[str, str]) -> None:
    admin = verify_token(store, team["ana"])
    assert verify_token(store, team["ed"]).role == "editor"
    revoke_token(store, team["ed"], actor=admin)
    with pytest.raises(Unauthenticated, match="revoked"):
        authenticate(store, f"Bearer {team['ed']}", "reader")
    # A second token of the same user still works; revoking by id works too.
    second = issue_token(store, "ed", actor=admin)
    assert authenticate(store, f"bearer {second}", "editor").name == "ed"
    token_id = next(t["id"] for t in list_tokens(store, "ed") if t["revoked_at"] is None)
    revoke_token(store, int(token_id), actor=admin)
    with pytest.raises(Unauthenticated):
        verify_token(store, second)


def test_tokens_are_hashed_at_rest(store: Any, team: dict[str, str]) -> None:
    rows = store.query("SELECT token_hash, prefix FROM tokens")
    stored = " ".join(f"{r['token_hash']} {r['prefix']}" for r in rows)
    for token in team.values():
        assert token not in stored
        assert token[:9] in stored  # only a short prefix, to tell tokens apart
    assert all(len(r["token_hash"]) == 64 for r in rows)


def test_only_admins_manage_users_and_tokens(store: Any, team: dict[str, str]) -> None:
    editor = verify_token(store, team["ed"])
    with pytest.raises(Forbidden):
        create_user(store, "eve", "admin", actor=editor)
    with pytest.raises(Forbidden):
        issue_token(store, "ed", actor=editor)
    with pytest.raises(Forbidden):
        revoke_token(store, team["ana"], actor=editor)
    assert verify_token(store, team["ana"]).role == "admin"


@pytest.mark.parametrize(("name", "role", "message"), [("x", "owner", "unknown role"), (" ", "reader", "needs a name"),
                                                       ("ana", "reader", "already a user")])
def test_bad_users(store: Any, team: dict[str, str], name: str, role: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        create_user(store, name, role)


def test_every_write_is_audited(store: Any, team: dict[str, str]) -> None:
    admin = verify_token(store, team["ana"])
    editor = verify_token(store, team["ed"])
    create_user(store, "zoe", "reader", actor=admin)
    record_audit(store, editor, "article.add", "some-article", {"status": "stored"})
    log = audit_log(store)
    assert [(e["user_name"], e["action"], e["target"]) for e in log[:2]] == [
        ("ed", "article.add", "some-article"), ("ana", "user.create", "zoe")]
    assert log[0]["detail"] == '{"status": "stored"}'
    assert all(e["at"] for e in log)
    # The setup's writes (from the command line: no user) are in the trail too.
    assert sum(e["action"] == "token.issue" for e in log) == 3
    assert {u["name"]: u["tokens"] for u in list_users(store)} == {"ana": 1, "ed": 1, "rui": 1, "zoe": 0}
