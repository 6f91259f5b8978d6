"""Team mode: users with roles, API tokens and an audit trail, stored in the ledger itself.

Roles are ordered: a ``reader`` may read, an ``editor`` may also write (ingest, corrections), an
``admin`` may also manage users and tokens. A token is shown once, when issued; only its SHA-256
hash is stored. Tokens are 256 random bits, so a fast hash is enough: there is nothing to guess
by brute force, unlike a password. Every write a user makes is recorded with ``record_audit``
(who, when, what), in the same transaction when the write is one of this module's.

The web server authenticates each request with ``authenticate(store, authorization_header, role)``.
Works on both backends: writes go through ``execute_write_fn`` with ``?`` placeholders.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from newsledger.errors import NewsledgerError

logger = logging.getLogger(__name__)
T = TypeVar("T")

ROLES = ("reader", "editor", "admin")
TOKEN_PREFIX = "nl_"
# How much of a token is kept in clear to tell tokens apart in listings: the prefix and 6 characters.
_SHOWN = len(TOKEN_PREFIX) + 6


class AuthStore(Protocol):
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def execute_write_fn(self, fn: Callable[[Any], T]) -> T: ...


class AuthError(NewsledgerError):
    """A request is not allowed; ``status_code`` is the HTTP status a server should answer with."""

    status_code = 403


class Unauthenticated(AuthError):
    """No token, an unknown token or a revoked token (HTTP 401)."""

    status_code = 401


class Forbidden(AuthError):
    """A known user whose role does not allow the action (HTTP 403)."""

    status_code = 403


class UserError(NewsledgerError):
    """A user or token cannot be created or changed as asked (unknown role, name taken...)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        """Whether this user has ``role`` or a higher one."""
        return ROLES.index(self.role) >= ROLES.index(_check_role(role))


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; choose from {', '.join(ROLES)}")
    return role


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _audit(conn: Any, user: User | None, action: str, target: str | None, detail: dict[str, Any] | None) -> None:
    conn.execute(
        "INSERT INTO audit (at, user_id, user_name, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        (_now(), user.id if user else None, user.name if user else None, action, target,
         json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail is not None else None),
    )


def record_audit(store: AuthStore, user: User | None, action: str, target: str | None = None,
                 detail: dict[str, Any] | None = None) -> None:
    """Record that ``user`` (None: the local command line) did ``action`` to ``target``."""
    store.execute_write_fn(lambda conn: _audit(conn, user, action, target, detail))


def audit_log(store: AuthStore, limit: int = 100) -> list[dict[str, Any]]:
    """The latest audit entries, newest first."""
    return store.query(
        "SELECT id, at, user_id, user_name, action, target, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)
    )


def create_user(store: AuthStore, name: str, role: str, *, actor: User | None = None) -> User:
    """A new user; ``actor`` (an admin, or None for the local command line) is recorded in the audit."""
    _check_role(role)
    name = name.strip()
    if not name:
        raise UserError("a user needs a name")
    if actor is not None:
        require_role(actor, "admin")

    def write(conn: Any) -> User:
        if conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise UserError(f"there is already a user called {name!r}")
        row = conn.execute(
            "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?) RETURNING id", (name, role, _now())
        ).fetchone()
        user = User(int(row[0]), name, role)
        _audit(conn, actor, "user.create", name, {"role": role})
        return user

    return store.execute_write_fn(write)


def get_user(store: AuthStore, name: str) -> User:
    rows = store.query("SELECT id, name, role FROM users WHERE name = ?", (name,))
    if not rows:
        raise UserError(f"no user called {name!r}")
    return User(int(rows[0]["id"]), rows[0]["name"], rows[0]["role"])


def list_users(store: AuthStore) -> list[dict[str, Any]]:
    """Every user with how many live tokens they hold."""
    return store.query(
        "SELECT u.id, u.name, u.role, u.created_at, "
        "(SELECT count(*) FROM tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS tokens "
        "FROM users u ORDER BY u.name"
    )


def list_tokens(store: AuthStore, user: str | None = None) -> list[dict[str, Any]]:
    """Tokens (never their secret: id, the first characters, label, dates), optionally of one user."""
    where, params = ("WHERE u.name = ?", (user,)) if user else ("", ())
    return store.query(
        "SELECT t.id, u.name AS user_name, t.prefix, t.label, t.created_at, t.revoked_at "
        f"FROM tokens t JOIN users u ON u.id = t.user_id {where} ORDER BY t.id",
        params,
    )


def issue_token(store: AuthStore, user: str, *, label: str | None = None, actor: User | None = None) -> str:
    """A new API token for the user called ``user``. Returned once, in clear; only its hash is kept."""
    if actor is not None:
        require_role(actor, "admin")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)

    def write(conn: Any) -> None:
        row = conn.execute("SELECT id FROM users WHERE name = ?", (user,)).fetchone()
        if row is None:
            raise UserError(f"no user called {user!r}")
        conn.execute(
            "INSERT INTO tokens (user_id, token_hash, prefix, label, created_at) VALUES (?, ?, ?, ?, ?)",
            (int(row[0]), hash_token(token), token[:_SHOWN], label, _now()),
        )
        _audit(conn, actor, "token.issue", user, {"prefix": token[:_SHOWN], "label": label})

    store.execute_write_fn(write)
    return token


def revoke_token(store: AuthStore, token: str | int, *, actor: User | None = None) -> None:
    """Revoke a token, given in clear or by its id (as ``list_tokens`` shows it)."""
    if actor is not None:
        require_role(actor, "admin")
    column, key = ("id", token) if isinstance(token, int) else ("token_hash", hash_token(token))

    def write(conn: Any) -> None:
        row = conn.execute(f"SELECT id, prefix, revoked_at FROM tokens WHERE {column} = ?", (key,)).fetchone()
        if row is None:
            raise UserError("no such token")
        if row[2] is None:
            conn.execute("UPDATE tokens SET revoked_at = ? WHERE id = ?", (_now(), row[0]))
            _audit(conn, actor, "token.revoke", str(row[0]), {"prefix": row[1]})

    store.execute_write_fn(write)


def verify_token(store: AuthStore, token: str) -> User:
    """The user holding ``token``; ``Unauthenticated`` when it is unknown or revoked."""
    rows = store.query(
        "SELECT u.id, u.name, u.role, t.revoked_at FROM tokens t JOIN users u ON u.id = t.user_id "
        "WHERE t.token_hash = ?",
        (hash_token(token.strip()),),
    )
    if not rows:
        raise Unauthenticated("unknown API token")
    row = rows[0]
    if row["revoked_at"] is not None:
        raise Unauthenticated(f"this API token was revoked at {row['revoked_at']}")
    return User(int(row["id"]), row["name"], row["role"])


def require_role(user: User, role: str) -> None:
    """``Forbidden`` unless ``user`` has ``role`` or a higher one."""
    if not user.can(role):
        raise Forbidden(f"user {user.name!r} has role {user.role}; this needs {role}")


def authenticate(store: AuthStore, authorization: str | None, role: str = "reader") -> User:
    """The user behind an HTTP ``Authorization: Bearer <token>`` header value, if they have ``role``.

    Raises ``Unauthenticated`` (401: no token, a malformed header, an unknown or revoked token)
    or ``Forbidden`` (403: the user's role is too low).
    """
    _check_role(role)
    if not authorization or not authorization.strip():
        raise Unauthenticated("no API token: send the header Authorization: Bearer <token>")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("the Authorization header must be: Bearer <token>")
    user = verify_token(store, token)
    require_role(user, role)
    return user


def auth_configured(store: AuthStore) -> bool:
    """Whether team mode is set up: some user holds a live token. Without it a server must stay local."""
    return bool(store.query("SELECT 1 AS x FROM tokens WHERE revoked_at IS NULL LIMIT 1"))
