"""Team mode: once any user holds an API token, every request needs one.

Reads need the role *reader*, writes *editor* (admins may do both); every successful write is
audited (who, when, what). The token comes from ``Authorization: Bearer <token>`` or, for the
pages in a browser, the ``newsledger_token`` cookie. Without tokens the app is open, and
``newsledger serve`` then listens on localhost only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool

from newsledger.api.errors import APIError, error_response
from newsledger.store import auth

PUBLIC_PREFIXES = ("/static/", "/api/health", "/favicon")
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
COOKIE = "newsledger_token"


def credentials(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header:
        return header
    cookie = request.cookies.get(COOKIE)
    return f"Bearer {cookie}" if cookie else None


def install(app: FastAPI, store: Any) -> None:
    @app.middleware("http")
    async def team_mode(request: Request, call_next: Callable[[Request], Any]) -> Response:
        path = request.url.path
        if path.startswith(PUBLIC_PREFIXES) or not await run_in_threadpool(auth.auth_configured, store):
            response: Response = await call_next(request)
            return response
        role = "reader" if request.method in READ_METHODS else "editor"
        try:
            user = await run_in_threadpool(auth.authenticate, store, credentials(request), role)
        except auth.AuthError as exc:
            headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
            return error_response(request, APIError(exc.status_code, str(exc)), headers=headers)
        request.state.user = user
        response = await call_next(request)
        if role == "editor" and response.status_code < 400:
            await run_in_threadpool(auth.record_audit, store, user, f"{request.method} {path}", None,
                                    {"status": response.status_code})
        return response
