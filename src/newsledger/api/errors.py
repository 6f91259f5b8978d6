"""One error shape for every 4xx and 5xx: ``{"error": {"status", "code", "message", "details"}}``.

API paths always answer JSON; a browser asking a page for HTML gets the same facts as a page.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.api.models import ErrorBody, ErrorDetail, ErrorInfo
from newsledger.errors import InputError, NewsledgerError, NotFoundError, QueryError

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    406: "not_acceptable", 409: "conflict", 411: "length_required", 413: "too_large",
    415: "unsupported_media_type", 422: "invalid_request", 429: "too_many_requests", 500: "internal_error",
    503: "unavailable",
}


class APIError(Exception):
    """An error the API reports on purpose, with its status and short code."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 details: Sequence[ErrorDetail] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = list(details)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def error_response(request: Request, error: APIError, headers: dict[str, str] | None = None) -> Response:
    body = ErrorBody(error=ErrorInfo(status=error.status, code=error.code, message=error.message,
                                     details=error.details))
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"error": body.error},
                                          status_code=error.status, headers=headers)
    return JSONResponse(body.model_dump(), status_code=error.status, headers=headers)


def _field(loc: Sequence[Any]) -> str:
    return ".".join(str(part) for part in loc)


def install(app: FastAPI) -> None:
    """Route every error the app can raise into the one shape."""

    @app.exception_handler(APIError)
    async def api_error(request: Request, exc: APIError) -> Response:
        return error_response(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(request, APIError(exc.status_code, message), headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [ErrorDetail(field=_field(e.get("loc", ())), message=str(e.get("msg", "invalid")))
                   for e in exc.errors()]
        summary = "; ".join(f"{d.field}: {d.message}" if d.field else d.message for d in details[:3])
        return error_response(request, APIError(422, f"the request is not valid: {summary}", details=details))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, APIError(404, str(exc)))

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return error_response(request, APIError(400, str(exc), "bad_query"))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return error_response(request, APIError(400, str(exc), "bad_input"))

    @app.exception_handler(NewsledgerError)
    async def ledger_error(request: Request, exc: NewsledgerError) -> Response:
        logger.error("request %s failed: %s", request.url.path, exc)
        return error_response(request, APIError(500, str(exc), "ledger_error"))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("request %s failed", request.url.path)
        return error_response(request, APIError(500, "internal error; the server log has the details"))


