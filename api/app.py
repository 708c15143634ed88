"""The FastAPI application: routes, errors, auth state, CORS (closed unless origins are listed),
the access log, and the start-up that every worker process does once: the job tables, the job
runner, and the models and indexes loaded into memory (search, the query embedder, the
extractor) so that the first request does not pay for them.
"""

from __future__ import annotations

import sys
import threading
from contextlib import asynccontextmanager
from importlib import metadata

from fastapi import FastAPI

from core.errors import TelaahError
from service import Telaah, classify
from service import jobs as jobs_mod

from . import accesslog, errors, routes
from .auth import RateLimiter, TokenCache
from .cache import LRU, VersionedCache
from .errors import error_response
from .settings import Settings


def _version() -> str:
    try:
        return metadata.version("telaah")
    except metadata.PackageNotFoundError:  # pragma: no cover - a source tree without an install
        return "0"


def warm(app: FastAPI) -> None:
    """Load the search indexes, the query embedder and the extractor head once per worker."""
    try:
        with Telaah(app.state.settings.store) as t:
            if t.documents():
                t.search("smart city", k=1)
        classify(["layanan publik berbasis elektronik"])
    except TelaahError as e:  # an empty or half-built store: the routes say what is wrong when used
        print(f"telaah serve: note: models not preloaded: {e}", file=sys.stderr, flush=True)
    app.state.warm = True


class BodyLimit:
    """413 for a declared body over the limit on the JSON routes (uploads stream with their own
    limit), before anything reads it."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("path") != "/v1/documents":
            for k, v in scope.get("headers") or ():
                if k == b"content-length" and v.isdigit() and int(v) > self.limit:
                    resp = error_response(
                        413,
                        "too_large",
                        f"request body too large ({int(v) / 1048576:.1f} MB; at most {self.limit >> 20} MB)",
                    )
                    await resp(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    accesslog.configure(settings.access_log)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.runner.start()
        if settings.preload:
            threading.Thread(target=warm, args=(app,), name="telaah-warm", daemon=True).start()
        try:
            yield
        finally:
            app.state.runner.stop()

    app = FastAPI(
        title="Telaah API",
        version=_version(),
        lifespan=lifespan,
        description="Ingestion, search and review of Indonesian smart-city masterplans. Every `/v1` "
        "route needs `Authorization: Bearer <token>` (`telaah tokens add NAME --role reader|reviewer|"
        "admin`). Answers are the JSON of the CLI's `--json`.",
    )
    app.state.settings = settings
    app.state.warm = not settings.preload
    app.state.limiter = RateLimiter(settings.rate_per_minute)
    app.state.tokens = TokenCache()
    app.state.reviews = VersionedCache(settings.review_cache, settings.review_stale_seconds)
    app.state.reports = LRU(settings.review_cache)
    app.state.runner = jobs_mod.JobRunner(settings.store, poll=settings.job_poll, in_process=settings.jobs_inline)
    with Telaah(settings.store, create=True) as t:  # a new server may start on an empty store
        jobs_mod.ensure_tables(t)
    errors.install(app)
    app.include_router(routes.router)
    if settings.cors_origins:  # closed unless asked: no CORS headers, browsers refuse cross-origin calls
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=routes.MAX_JSON_BYTES)
    app.add_middleware(errors.CatchAll)
    app.add_middleware(accesslog.AccessLog)  # the last added is the outermost: it logs the final status
    return app
