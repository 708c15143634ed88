"""The routes: parse the request, call the service layer, render its records' `to_json()`.

Reads (`def` routes) run concurrently in the server's thread pool, each with its own store
connection (`Telaah`); writes (upload, delete) become jobs that the store's one job runner
executes in order. Every answer is the JSON of the CLI's `--json` for the same question.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import FileResponse, Response

from core.config import KINDS, LANGS
from core.errors import UsageError
from service import Telaah, classify, entities
from service import jobs as jobs_mod
from service.tokens import Identity

from . import uploads
from .auth import admin, reader, reviewer
from .errors import ApiError, JSONResponse

router = APIRouter()
Kind = Literal[KINDS]  # the one list of each (core.config)
Lang = Literal[LANGS]
Mode = Literal["hybrid", "dense", "keyword"]
Fmt = Literal["html", "pdf", "xlsx"]
MEDIA = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
ORIGINAL_MEDIA = {
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".markdown": "text/markdown; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xhtml": "application/xhtml+xml",
}
MAX_TEXTS = 1000  # texts in one classify/entities request
MAX_JSON_BYTES = 16 << 20  # a JSON request body (api.app.BodyLimit)
DELETE_WAIT = 30.0  # seconds a DELETE waits for its job before answering 202


def service(request: Request) -> Iterator[Telaah]:
    """This request's own connection to the store (closed by FastAPI after the response)."""
    with Telaah(request.app.state.settings.store) as t:
        yield t


# -- health ------------------------------------------------------------------------------------------------
@router.get("/health", tags=["service"], summary="Liveness and a few counts (no token needed)")
def health(request: Request, t: Telaah = Depends(service)):
    return JSONResponse(
        {
            "status": "ok",
            "version": request.app.version,
            "documents": len(t.documents()),
            "jobs": jobs_mod.job_counts(t),
            "warm": bool(request.app.state.warm),
        }
    )


# -- documents and jobs -------------------------------------------------------------------------------------
@router.post(
    "/v1/documents",
    status_code=202,
    tags=["documents"],
    summary="Upload files; returns a job",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["files"],
                        "properties": {
                            "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                            "city": {"type": "string"},
                            "kind": {"type": "string", "enum": list(KINDS)},
                        },
                    }
                }
            },
        }
    },
)
async def upload(request: Request, who: Identity = Depends(reviewer)):
    settings = request.app.state.settings
    job_id = jobs_mod.new_job_id()
    staging = jobs_mod.staging_dir(settings.store, job_id)
    try:
        up = await uploads.receive(request, staging, max_mb=settings.max_mb, max_files=jobs_mod.MAX_FILES)
        kind = up.fields.get("kind", "").strip() or None
        if kind is not None and kind not in KINDS:
            raise UsageError(f"kind: unknown kind '{kind[:40]}' (choose from {', '.join(KINDS)})")
        city = up.fields.get("city", "").strip()[:100] or None
        with Telaah(settings.store) as t:
            job = jobs_mod.submit_ingest(
                t, job_id, up.files, city=city, kind=kind, max_mb=settings.max_mb, submitted_by=who.name
            )
    except BaseException:
        jobs_mod.discard_staging(settings.store, job_id)
        raise
    request.app.state.runner.wake()
    return JSONResponse(
        {"job_id": job.job_id, "status": job.status, "files": job.files},
        status_code=202,
        headers={"Location": f"/v1/jobs/{job.job_id}"},
    )


@router.get("/v1/jobs", tags=["documents"], summary="Recent jobs, newest first")
def list_jobs(
    status: Literal["queued", "running", "done", "failed"] | None = None,
    limit: int = Query(50, ge=1, le=500),
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    return JSONResponse({"jobs": [j.to_json() for j in jobs_mod.list_jobs(t, limit=limit, status=status)]})


@router.get("/v1/jobs/{job_id}", tags=["documents"], summary="A job: status, progress, stage, per-file results")
def get_job(job_id: str, t: Telaah = Depends(service), _: Identity = Depends(reader)):
    return JSONResponse(jobs_mod.get_job(t, job_id).to_json())


@router.get("/v1/documents", tags=["documents"], summary="Stored documents (as `telaah docs --json`)")
def documents(
    city: str | None = None,
    kind: Kind | None = None,
    failures: bool = False,
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    out = [d.to_json() for d in t.documents(city=city, kind=kind)]
    if failures:
        out += [f.docs_json() for f in t.failures()]
    return JSONResponse(out)


@router.get("/v1/documents/{doc_id}", tags=["documents"], summary="A document (as `telaah show --json`)")
def document(doc_id: str, t: Telaah = Depends(service), _: Identity = Depends(reader)):
    return JSONResponse(t.document(doc_id, tables=True).to_json())


@router.get("/v1/documents/{doc_id}/file", tags=["documents"], summary="The original file")
def original(doc_id: str, t: Telaah = Depends(service), _: Identity = Depends(reader)):
    name, path = jobs_mod.stored_file(t, doc_id)
    media = ORIGINAL_MEDIA.get(path.suffix.lower(), "application/octet-stream")
    # an attachment, never rendered by the browser on this origin (an uploaded HTML page is untrusted)
    return FileResponse(
        path,
        media_type=media,
        filename=name,
        content_disposition_type="attachment",
        headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"},
    )


@router.delete("/v1/documents/{doc_id}", tags=["documents"], summary="Delete a document (admin)")
def delete(doc_id: str, request: Request, t: Telaah = Depends(service), who: Identity = Depends(admin)):
    job = jobs_mod.submit_delete(t, doc_id, submitted_by=who.name)
    request.app.state.runner.wake()
    job = jobs_mod.wait_job(t, job.job_id, DELETE_WAIT)
    if job.status == "done":
        return JSONResponse({"deleted": job.results[0]["doc_id"], "job_id": job.job_id})
    if job.status == "failed":
        raise ApiError(404 if (job.error or "").startswith("no document") else 409, job.error or "delete failed")
    return JSONResponse(
        {"job_id": job.job_id, "status": job.status}, status_code=202, headers={"Location": f"/v1/jobs/{job.job_id}"}
    )


@router.get("/v1/cities", tags=["documents"], summary="Cities with documents")
def cities(kind: Kind | None = None, t: Telaah = Depends(service), _: Identity = Depends(reader)):
    return JSONResponse(t.cities(kind=kind))


# -- search and the extractor ------------------------------------------------------------------------------
@router.get("/v1/search", tags=["search"], summary="Hybrid search (as `telaah search --json`)")
def search(
    q: str = Query(..., min_length=1, max_length=1000),
    top_k: int = Query(10, ge=1, le=200),
    mode: Mode = "hybrid",
    city: str | None = None,
    kind: Kind | None = None,
    year: int | None = Query(None, ge=1900, le=2200),
    dimension: str | None = None,
    element: str | None = None,
    issue: str | None = None,
    doc: str | None = None,
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    res = t.search(
        q,
        k=top_k,
        mode=mode,
        city=city,
        kind=kind,
        year=year,
        dimension=dimension,
        element=element,
        issue=issue,
        doc=doc,
    )
    return JSONResponse({"results": [h.to_json() for h in res.hits], "notes": res.notes})


class TextIn(BaseModel):
    id: str | int | None = None
    text: str = Field(..., max_length=200_000)
    kind: str | None = None


class TextsIn(BaseModel):
    texts: list[TextIn] = Field(..., max_length=MAX_TEXTS)


@router.post("/v1/classify", tags=["search"], summary="Labels of texts (as `telaah classify --json`)")
def classify_texts(body: TextsIn, _: Identity = Depends(reader)):
    items = [(x.id if x.id is not None else n, x.text) for n, x in enumerate(body.texts, 1)]
    labels = classify([text for _, text in items]) if items else []
    return JSONResponse({"results": [{"id": id_, **lab.to_json()} for (id_, _), lab in zip(items, labels)]})


@router.post("/v1/entities", tags=["search"], summary="Entities and programmes of texts (as `telaah entities --json`)")
def entities_of(body: TextsIn, _: Identity = Depends(reader)):
    return JSONResponse(
        {
            "results": [
                {"id": x.id if x.id is not None else n, **entities(x.text, x.kind or "text")}
                for n, x in enumerate(body.texts, 1)
            ]
        }
    )


# -- review ------------------------------------------------------------------------------------------------
def _review(request: Request, t: Telaah, city: str, masterplan: str | None, rpjmd: str | None):
    """(key, version, Review, its JSON bytes): once per store version (see api.cache). `rpjmd`
    is a document id here (the CLI's FILE form would read a path on the server)."""
    if masterplan:
        masterplan = t.document(masterplan, tables=False).document["id"]
    if rpjmd:
        rpjmd = t.document(rpjmd, tables=False).document["id"]
    key = ("review", str(t.dir), city, masterplan, rpjmd)

    def compute():
        r = t.review(city, masterplan=masterplan, rpjmd=rpjmd)
        return r, json.dumps(r.to_json(), ensure_ascii=False, default=str).encode("utf-8")

    busy = jobs_mod.job_counts(t)["running"] > 0
    version, (r, body) = request.app.state.reviews.get(key, t.data_version(), compute, writer_busy=busy)
    return key, version, r, body


@router.get("/v1/review/{city}", tags=["review"], summary="A city's review (as `telaah review --json`)")
def review(
    city: str,
    request: Request,
    masterplan: str | None = None,
    rpjmd: str | None = None,
    lang: Lang = "id",
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    _key, _version, _r, body = _review(request, t, city, masterplan, rpjmd)
    return Response(body, media_type="application/json")


@router.get("/v1/review/{city}/report.{fmt}", tags=["review"], summary="The review as an HTML, PDF or XLSX report")
def report(
    city: str,
    fmt: Fmt,
    request: Request,
    masterplan: str | None = None,
    rpjmd: str | None = None,
    lang: Lang = "id",
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    key, version, r, _body = _review(request, t, city, masterplan, rpjmd)
    data = request.app.state.reports.get_or_compute(key + (version, fmt, lang), lambda: t.report(r, fmt, lang))
    name = "telaah-" + (re.sub(r"[^a-z0-9]+", "-", r.city.lower()).strip("-") or "review") + f"-{lang}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff"}
    if fmt == "html":  # the report shows document text: no scripts, no requests from it
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return Response(data, media_type=MEDIA[fmt], headers=headers)


@router.get("/v1/timeline/{city}", tags=["review"], summary="A city's news timeline (as `telaah timeline --json`)")
def timeline(city: str, t: Telaah = Depends(service), _: Identity = Depends(reader)):
    return JSONResponse(t.timeline(city).to_json())


@router.get(
    "/v1/compare",
    tags=["review"],
    summary="Compare cities; similar programmes; benchmark a city (as `telaah compare --json`)",
)
def compare(
    city: list[str] = Query(default=[]),
    programme: str | None = Query(None, max_length=500),
    quick_win: bool = False,
    benchmark: str | None = None,
    top_k: int = Query(10, ge=1, le=200),
    t: Telaah = Depends(service),
    _: Identity = Depends(reader),
):
    if programme:
        return JSONResponse([p.to_json() for p in t.similar_programmes(programme, k=top_k, quick_win=quick_win)])
    if benchmark:
        return JSONResponse(t.benchmark(benchmark).to_json())
    return JSONResponse(t.compare(city or None).to_json())
