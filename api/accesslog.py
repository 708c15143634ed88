"""The structured access log: one JSON line per request, written when the response is done.

    {"time": "2026-12-07T10:15:02.113Z", "token": "dashboard", "method": "GET",
     "route": "/v1/search", "status": 200, "ms": 23.4}

`route` is the route's template (`/v1/documents/{doc_id}`), never the query string (search
text stays out of the log); `token` is the token's name (null before authentication).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import time

from .errors import HttpMiddleware

log = logging.getLogger("telaah.access")


def configure(target: str) -> None:
    """Send the access log to a file, or to stderr ("-")."""
    log.setLevel(logging.INFO)
    log.propagate = False
    for h in list(log.handlers):
        log.removeHandler(h)
        h.close()
    h = logging.StreamHandler(sys.stderr) if target in ("", "-") else logging.FileHandler(target, encoding="utf-8")
    h.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(h)


class AccessLog(HttpMiddleware):
    """One JSON line per request: time, token name, method, route, status, ms."""

    async def handle(self, scope, receive, send):
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            state = scope.get("state") or {}
            log.info(
                json.dumps(
                    {
                        "time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                        "token": state.get("token_name"),
                        "method": scope.get("method"),
                        "route": getattr(route, "path", None) or scope.get("path", "")[:200],
                        "status": status["code"],
                        "ms": round((time.perf_counter() - t0) * 1000, 1),
                    },
                    ensure_ascii=False,
                )
            )
