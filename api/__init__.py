"""The HTTP API of Telaah: a front end of the service layer, like the CLI and the app.

    telaah serve [--host 127.0.0.1] [--port 8000] [--store DIR] [--workers N]

`create_app(settings)` builds the FastAPI application (`api.app`); routes are in `api.routes`,
bearer-token auth, roles and the per-token rate limit in `api.auth`, the JSON error shape in
`api.errors`, streamed uploads in `api.uploads`, the structured access log in `api.accesslog`.
The API parses requests, calls `service`, and renders its typed records' `to_json()`: the same
JSON as the CLI's `--json` for the same question.
"""

from __future__ import annotations

from .settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None):
    from .app import create_app as _create

    return _create(settings)
