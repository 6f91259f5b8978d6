"""The web app: ``create_app(store_location)`` builds the REST API and the pages over one ledger."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsledger import __version__
from newsledger.api import errors, ledger, pages, queries, routes, team
from newsledger.api.ingest import Ingester
from newsledger.pipeline import Pipeline
from newsledger.store import open_store
from newsledger.store.base import Store

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 10 * 1024 * 1024
# Reads whose answer depends only on the ledger's content, so the ledger's version can tag them.
_TAGGED_PREFIXES = ("/api/", "/articles", "/events", "/entities", "/speakers", "/claims", "/map", "/search",
                    "/timeline")


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes, by Content-Length up front or while reading.

    The body is read here (at most ``limit`` bytes are ever held) and replayed to the app, so an
    oversized streamed body is answered with a clean 413 before any endpoint sees a byte of it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_large = errors_body(413, "too_large", f"the request body is larger than the limit of {self.limit:,} bytes")
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _send_json(send, 413, too_large)
            return
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                chunks = []
                break
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await _send_json(send, 413, too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def errors_body(status: int, code: str, message: str) -> bytes:
    from newsledger.api.models import ErrorBody, ErrorInfo

    return ErrorBody(error=ErrorInfo(status=status, code=code, message=message)).model_dump_json().encode()


async def _send_json(send: Send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(
    store_location: str | Path | None = None,
    *,
    store: Store | None = None,
    pipeline: Pipeline | Callable[[], Pipeline] | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The app over the ledger at ``store_location`` (or an open ``store``, which the caller closes)."""
    if store is None:
        if store_location is None:
            raise ValueError("give store_location or store")
        opened: Store = open_store(store_location)
        owned = True
    else:
        opened, owned = store, False

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="Who did what to whom, where and when, and who says so: the ledger's articles, entities, "
                    "quotes, events, stories and claims. Every error answers with one shape: "
                    '`{"error": {"status", "code", "message", "details"}}`.',
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = opened
    app.state.ingester = Ingester(opened, pipeline)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    pages.configure(app.state.templates)
    errors.install(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # Swagger UI from the packaged copy, not a CDN: the machines this runs on are often offline.
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsledger API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.include_router(routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def etag(request: Request, call_next: Callable[[Request], Any]) -> Response:
        path = request.url.path
        if request.method not in ("GET", "HEAD") or not (path == "/" or path.startswith(_TAGGED_PREFIXES)) \
                or path.startswith("/api/exports/") or path == "/api/health":
            response: Response = await call_next(request)
            return response
        version = await run_in_threadpool(queries.ledger_version, opened, ledger.crossdoc_available())
        key = f"{__version__}|{version}|{path}?{request.url.query}|{request.headers.get('accept', '')[:40]}"
        tag = 'W/"' + hashlib.sha1(key.encode()).hexdigest()[:24] + '"'
        wanted = [t.strip() for t in request.headers.get("if-none-match", "").split(",")]
        if tag in wanted or "*" in wanted:
            return Response(status_code=304, headers={"ETag": tag, "Cache-Control": "no-cache"})
        response = await call_next(request)
        if response.status_code == 200:
            response.headers["ETag"] = tag
            response.headers["Cache-Control"] = "no-cache"
        return response

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.headers.get("content-type", "").startswith("text/html") and not path_is_docs(request):
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            )
        return response

    # Added last of the HTTP middlewares, so it runs first: no answer, not even a 304, without a token.
    team.install(app, opened)
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    return app


def path_is_docs(request: Request) -> bool:
    # FastAPI's /docs page loads Swagger UI from a CDN; it is not ours to restrict (and offline it degrades).
    return request.url.path in ("/docs", "/redoc") or request.url.path.startswith("/docs/")
