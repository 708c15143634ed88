"""One place where a problem becomes an HTTP answer: `{"error": {"code", "message"}}` with the
CLI's one-line message and the status of `TelaahError.http_status` (404 unknown city/document/
job, 413 too large, 415 unsupported type, 422 bad request, 429 rate, 401/403 auth).

An unknown document, passage, city or job is a `NotFoundError` (404); a city name that matches
several regions is answered 422.
"""

from __future__ import annotations

import json
import sys
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from core import config
from core.errors import TelaahError
from core.sanitize import clean

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported",
    422: "usage",
    429: "rate_limited",
    500: "internal",
}


class JSONResponse(Response):
    """JSON exactly as the CLI prints it (`ensure_ascii=False`, `default=str`)."""

    media_type = "application/json"

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=str).encode("utf-8")


class ApiError(TelaahError):
    """An error of the HTTP layer itself (auth, rate, request shape)."""

    def __init__(self, status: int, message: str, code: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.http_status = status
        self.code = code or _HTTP_CODES.get(status, "error")
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": clean(message)}}, status_code=status, headers=headers)


def status_of(e: TelaahError) -> tuple[int, str]:
    if e.code == "store" and "matches several" in str(e):
        return 422, "ambiguous"
    return e.http_status, e.code


def install(app: FastAPI) -> None:
    @app.exception_handler(TelaahError)
    async def telaah_error(_request: Request, e: TelaahError):
        status, code = status_of(e)
        return error_response(status, code, str(e), getattr(e, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, e: RequestValidationError):
        parts = []
        for err in e.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", "invalid"))
        return error_response(422, "usage", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, e: StarletteHTTPException):
        msg = e.detail if isinstance(e.detail, str) else "request failed"
        return error_response(e.status_code, _HTTP_CODES.get(e.status_code, "error"), msg, e.headers)


class HttpMiddleware:
    """Pure ASGI middleware for HTTP requests (streams pass through untouched; other scopes go
    straight to the app): subclasses write `handle`."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope, receive, send):
        raise NotImplementedError


class CatchAll(HttpMiddleware):
    """An unexpected exception (a bug) becomes a JSON 500 with one line, and the server's log gets
    the traceback; the exception stops here, so the client's keep-alive connection stays usable
    (Starlette's own handler re-raises it and the server then drops the connection)."""

    async def handle(self, scope, receive, send):
        started = False

        async def send_wrapper(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as e:
            if config.debug():
                raise
            traceback.print_exc(file=sys.stderr)
            if started:  # part of the answer is out: nothing clean can follow
                return
            resp = error_response(
                500,
                "internal",
                f"unexpected error: {type(e).__name__}: {str(e)[:200]} (set TELAAH_DEBUG=1 for details)",
            )
            try:
                await resp(scope, receive, send)
            except Exception:  # the client is gone
                pass
