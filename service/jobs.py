"""Ingestion jobs: the one writer of a store behind the HTTP API.

An upload is streamed by the API into `<store>/uploads/<job_id>/` (sanitised names, never a
path the client chose) and becomes a *job* in the store's `jobs` table (index/jobs.py), so that
it survives a restart of the server. A `JobRunner` thread in every server process takes the
store's runner lock (`<store>/locks/jobs.lock`, an flock: a dead process releases it) and runs
the queued jobs one at a time per store, oldest first:

* `ingest`: in a child process (`python -m service.jobs STORE JOB_ID`, niced so that the
  server's reads keep the CPU) that inherits the lock: files are parsed, stored, embedded,
  labelled and indexed exactly as `telaah ingest` does (service.pipeline), the progress (0..1),
  the stage and one result per file (`FileResult` as JSON, plus `file` and `message`) are written
  to the job's row as it goes. A copy of each stored upload is kept as `<store>/files/<doc_id><ext>`
  (the original that `GET /v1/documents/{id}/file` serves).
* `delete`: a document and its file copy, in the runner thread (writes are serialised).

Status: queued -> running -> done | failed (failed: the job broke, or no file was ingested,
as `telaah ingest` exits non-zero only then). A job left `running` by a process that died is
queued again by the next runner (at most `MAX_ATTEMPTS` starts).
"""

from __future__ import annotations

import dataclasses
import fcntl
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from core import config
from core.errors import NotFoundError, TelaahError, UsageError
from core.records import Record
from core.sanitize import clean
from index import jobs as tables
from ingest import SUPPORTED_EXTS

from . import Telaah, pipeline, resources
from .pipeline import files_dir, keep_copy

__all__ = [
    "Job",
    "JobRunner",
    "UploadTooLarge",
    "UnsupportedType",
    "UPLOAD_EXTS",
    "MAX_FILES",
    "new_job_id",
    "check_upload_name",
    "too_large",
    "staging_dir",
    "discard_staging",
    "submit_ingest",
    "submit_delete",
    "get_job",
    "list_jobs",
    "job_counts",
    "wait_job",
    "stored_file",
    "ensure_tables",
    "result_json",
]

UPLOAD_EXTS = tuple(sorted(SUPPORTED_EXTS))
MAX_FILES = 50  # files in one upload request
MAX_ATTEMPTS = 3  # starts of one job (a server killed 3 times while running it: failed)
OK_STATUSES = ("added", "replaced", "unchanged", "needs_ocr")
JOB_NICE = 10  # CPU priority of an ingest job's process (TELAAH_JOB_NICE; 0: as the server)
PROGRESS_SECONDS = 1.0  # the least time between two progress commits while embedding
_JOB_ID = re.compile(r"^[a-f0-9]{20}$")
_EXT = re.compile(r"\.[A-Za-z0-9]{1,8}")


class UploadTooLarge(TelaahError):
    """An uploaded file went over the size limit while it was streamed."""

    code = "too_large"
    http_status = 413


class UnsupportedType(TelaahError):
    """An uploaded file's type is not one Telaah reads (or the request is not multipart)."""

    code = "unsupported"
    http_status = 415


@dataclass
class Job(Record):
    """`GET /v1/jobs/{id}`."""

    job_id: str
    kind: str
    status: str
    progress: float
    stage: str
    results: list[dict] = field(default_factory=list)
    error: str | None = None
    files: list[str] = field(default_factory=list)
    city: str | None = None
    doc_kind: str | None = None
    submitted_by: str | None = None
    created_at: str | None = None
    started_at: str | None = None
    finished_at: str | None = None

    @classmethod
    def from_row(cls, r: dict) -> Job:
        p = r["params"]
        return cls(
            job_id=r["id"],
            kind=r["kind"],
            status=r["status"],
            progress=round(float(r["progress"]), 3),
            stage=r["stage"],
            results=r["results"],
            error=r["error"],
            files=[f["name"] for f in p.get("files", [])] or ([p["doc_id"]] if p.get("doc_id") else []),
            city=p.get("city"),
            doc_kind=p.get("kind"),
            submitted_by=r["submitted_by"],
            created_at=r["created_at"],
            started_at=r["started_at"],
            finished_at=r["finished_at"],
        )


# -- uploads ---------------------------------------------------------------------------------------------
def new_job_id() -> str:
    return secrets.token_hex(10)


def check_upload_name(name: str) -> str:
    """The user's file name as it will be stored and shown (base name only, control characters
    replaced); UnsupportedType when Telaah does not read that type (the CLI's message)."""
    base = clean(re.split(r"[\\/]", name or "")[-1]).strip()[:200]
    if not base or base in (".", ".."):
        raise UsageError("an uploaded file has no name")
    ext = Path(base).suffix.lower()
    if ext not in SUPPORTED_EXTS:
        raise UnsupportedType(
            f"{base}: unsupported file type '{ext or '(none)'}'; Telaah reads " + ", ".join(UPLOAD_EXTS)
        )
    return base


def too_large(name: str, max_mb: float) -> UploadTooLarge:
    return UploadTooLarge(
        f"{name}: file too large (more than {max_mb:g} MB; the limit is {max_mb:g} MB, set "
        "--max-mb or TELAAH_MAX_FILE_MB to change it)"
    )


def safe_file_name(name: str, n: int) -> str:
    """The name of an upload on disk: a number, then letters, digits, '.', '_', '-' only."""
    stem, ext = os.path.splitext(name)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_.")[:80] or "upload"
    ext = ext.lower() if _EXT.fullmatch(ext) else ""
    return f"{n:03d}-{stem}{ext}"


def staging_dir(store_dir: Path, job_id: str) -> Path:
    """`<store>/uploads/<job_id>/`, created private; the job id is ours (hex), never the client's."""
    if not _JOB_ID.match(job_id):
        raise UsageError(f"not a job id: '{clean(job_id)[:40]}'")
    d = Path(store_dir) / "uploads" / job_id
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    return d


def discard_staging(store_dir: Path, job_id: str) -> None:
    if _JOB_ID.match(job_id):
        shutil.rmtree(Path(store_dir) / "uploads" / job_id, ignore_errors=True)


def ensure_tables(t: Telaah) -> None:
    tables.ensure_tables(t.store)


def submit_ingest(
    t: Telaah,
    job_id: str,
    files: list[tuple[str, Path]],
    *,
    city: str | None,
    kind: str | None,
    max_mb: float,
    submitted_by: str | None,
) -> Job:
    """Queue the staged files (`(user's name, path under the staging folder)`) for ingestion."""
    if kind is not None and kind not in config.KINDS:
        raise UsageError(f"unknown kind '{kind}' (choose from {', '.join(config.KINDS)})")
    params = {
        "files": [{"name": n, "path": str(Path(p).relative_to(t.dir))} for n, p in files],
        "city": city,
        "kind": kind,
        "max_mb": max_mb,
    }
    tables.create_job(t.store, job_id, kind="ingest", params=params, submitted_by=submitted_by)
    return get_job(t, job_id)


def submit_delete(t: Telaah, doc_id: str, *, submitted_by: str | None) -> Job:
    doc_id = t.document(doc_id, tables=False).document["id"]  # unknown: NotFound before anything is queued
    job_id = new_job_id()
    tables.create_job(t.store, job_id, kind="delete", params={"doc_id": doc_id}, submitted_by=submitted_by)
    return get_job(t, job_id)


def get_job(t: Telaah, job_id: str) -> Job:
    row = tables.get_job(t.store, job_id) if _JOB_ID.match(job_id or "") else None
    if row is None:
        raise NotFoundError(f"no job '{clean(job_id)[:40]}'")
    return Job.from_row(row)


def list_jobs(t: Telaah, *, limit: int = 50, status: str | None = None) -> list[Job]:
    return [Job.from_row(r) for r in tables.list_jobs(t.store, limit=limit, status=status)]


def job_counts(t: Telaah) -> dict[str, int]:
    return tables.count_jobs(t.store)


def wait_job(t: Telaah, job_id: str, timeout: float, poll: float = 0.05) -> Job:
    """The job once it is done or failed, or as it is after `timeout` seconds."""
    end = time.monotonic() + timeout
    while True:
        job = get_job(t, job_id)
        if job.status in ("done", "failed") or time.monotonic() >= end:
            return job
        time.sleep(poll)


# -- the originals --------------------------------------------------------------------------------------
def stored_file(t: Telaah, doc_id: str) -> tuple[str, Path]:
    """(the user's file name, the path of the original) of a stored document: the copy kept at
    upload, else the file the CLI ingested when it is still there; NotFoundError otherwise."""
    doc = t.store.document(doc_id)  # the row only (not its passages)
    name, path = t.original_file(doc["id"])
    kept = path is not None and path.parent == files_dir(t.dir)
    if path is not None and not kept and path.stat().st_size != doc["size"]:
        raise NotFoundError(
            f"{doc['id']}: the file it was ingested from ({clean(str(path))}) has changed since; "
            "ingest it again to serve it"
        )
    if path is None:
        where = doc["source_path"] if not str(doc["source_path"]).startswith("upload:") else "the upload"
        raise NotFoundError(
            f"{doc['id']}: the original file is not kept (ingested from {clean(where)}, which "
            "is no longer there); ingest it again through the API to keep a copy"
        )
    return name, path


def sweep_copies(t: Telaah) -> int:
    """Remove the copies of documents that are no longer stored (deleted, replaced)."""
    d = files_dir(t.dir)
    if not d.is_dir():
        return 0
    ids = {x.id for x in t.documents()}
    n = 0
    for p in d.iterdir():
        if p.is_file() and not p.name.startswith(".") and p.name.rsplit(".", 1)[0] not in ids:
            p.unlink(missing_ok=True)
            n += 1
    return n


def result_json(r) -> dict:
    """One file's result: `FileResult.to_json()` with the CLI line's parts named as the API
    contract has them (`file`, `status`, `doc_id`, `message`)."""
    base = r.to_json() if hasattr(r, "to_json") else dataclasses.asdict(r)
    return {"file": r.path, "status": r.status, "doc_id": r.doc_id, "message": r.reason or "", **base}


# -- running a job ------------------------------------------------------------------------------------
def fail_job(store, job_id: str, error: str) -> None:
    """Mark a job failed with its one-line reason."""
    tables.update_job(store, job_id, status="failed", stage="failed", error=error, finished_at=tables.now())


# long (~70 lines): one job's life in one process: claim, stage, ingest, copy, index, finish, each step one call
def run_ingest_job(store_dir: Path, job_id: str) -> None:
    """Run one claimed ingest job (in the job's child process, or in-process in tests)."""
    with Telaah(store_dir) as t:
        row = tables.get_job(t.store, job_id)
        if row is None or row["status"] != "running":
            return
        p = row["params"]
        files, results = p.get("files", []), []
        n = max(1, len(files))
        try:
            for i, f in enumerate(files):
                tables.update_job(t.store, job_id, stage="parsing", progress=round(0.6 * i / n, 3))
                path = Path(store_dir) / f["path"]
                r = pipeline.ingest_one(
                    t.store,
                    path,
                    city=p.get("city"),
                    kind=p.get("kind"),
                    max_mb=p.get("max_mb"),
                    limits=pipeline.limits(),
                    source_name=f["name"],
                    source_path=f"upload:{f['name']}",
                )
                r.path = f["name"]
                if r.doc_id and r.status in OK_STATUSES and path.is_file():
                    keep_copy(t.dir, r.doc_id, path)
                results.append(result_json(r))
                tables.update_job(t.store, job_id, results=results, progress=round(0.6 * (i + 1) / n, 3))
            n_ok = sum(1 for r in results if r["status"] in OK_STATUSES)
            if n_ok:
                tables.update_job(t.store, job_id, stage="indexing")

                last = [0.0]

                def on_batch(done: int, total: int) -> None:
                    # at most once a second: every commit makes the server's searchers re-check the store
                    if time.monotonic() - last[0] >= PROGRESS_SECONDS:
                        last[0] = time.monotonic()
                        tables.update_job(t.store, job_id, progress=round(0.6 + 0.35 * done / max(1, total), 3))

                t.update_indexes(progress=False, on_batch=on_batch)
            sweep_copies(t)
            error = (
                None
                if n_ok
                else "no file was ingested"
                + (f" ({results[0]['file']}: {results[0]['message']})" if len(results) == 1 else "")
            )
            tables.update_job(
                t.store,
                job_id,
                status="done" if n_ok else "failed",
                stage="done" if n_ok else "failed",
                progress=1.0,
                error=error,
                finished_at=tables.now(),
            )
        except TelaahError as e:
            fail_job(t.store, job_id, str(e))
        except Exception as e:  # a bug: the job says so in one line, the server keeps running
            if config.debug():
                raise
            fail_job(t.store, job_id, f"unexpected error: {type(e).__name__}: {str(e)[:200]}")
    discard_staging(store_dir, job_id)


def run_delete_job(store_dir: Path, job_id: str) -> None:
    with Telaah(store_dir) as t:
        row = tables.get_job(t.store, job_id)
        if row is None or row["status"] != "running":
            return
        try:
            doc_id = t.delete(row["params"]["doc_id"])
            sweep_copies(t)
            tables.update_job(
                t.store,
                job_id,
                status="done",
                stage="done",
                progress=1.0,
                results=[{"doc_id": doc_id, "status": "deleted"}],
                finished_at=tables.now(),
            )
        except TelaahError as e:
            fail_job(t.store, job_id, str(e))


def try_lock(path: Path) -> int | None:
    """An exclusive flock on `path` without waiting: the open descriptor, or None when held."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


class JobRunner:
    """Runs the store's queued jobs one at a time (see the module doc). `in_process=True` runs
    ingest jobs in this process (tests); the default runs each in a niced child process."""

    def __init__(self, store_dir: str | os.PathLike, *, poll: float = 1.0, in_process: bool = False):
        self.dir = Path(store_dir)
        self.poll = poll
        self.in_process = in_process
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._child: subprocess.Popen | None = None
        self.lock_path = self.dir / "locks" / "jobs.lock"

    def start(self) -> None:
        with Telaah(self.dir, create=True) as t:
            ensure_tables(t)
        self._sweep_staging()
        self._thread = threading.Thread(target=self._loop, name="telaah-jobs", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking jobs; a running child is asked to stop (its job is queued again at the
        next start)."""
        self._stop.set()
        self._wake.set()
        child = self._child
        if child is not None and child.poll() is None:
            child.send_signal(signal.SIGTERM)
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                ran = self.run_once()
            except Exception as e:  # never let the runner thread die silently
                print(f"telaah serve: job runner: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
                ran = False
            if not ran:
                self._wake.wait(self.poll)
                self._wake.clear()

    def run_once(self) -> bool:
        """Run the oldest queued job if no other runner is busy; True when one ran."""
        fd = try_lock(self.lock_path)
        if fd is None:
            return False
        try:
            with Telaah(self.dir) as t:
                tables.requeue_running(t.store, max_attempts=MAX_ATTEMPTS)
                job = tables.claim_next(t.store)
            if job is None:
                return False
            if job["kind"] == "delete":
                run_delete_job(self.dir, job["id"])
            elif self.in_process:
                run_ingest_job(self.dir, job["id"])
            else:
                self._run_child(job["id"], fd)
            resources.invalidate(self.dir)
            return True
        finally:
            os.close(fd)

    def _run_child(self, job_id: str, fd: int) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(config.ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        self._child = subprocess.Popen(
            [sys.executable, "-m", "service.jobs", str(self.dir), job_id],
            pass_fds=(fd,),
            env=env,
            stdin=subprocess.DEVNULL,
            cwd=str(config.ROOT),
        )
        rc = self._child.wait()
        self._child = None
        if self._stop.is_set():
            return  # stopped by us: the job stays 'running' and is queued again at the next start
        with Telaah(self.dir) as t:
            row = tables.get_job(t.store, job_id)
            if row is not None and row["status"] == "running":
                fail_job(t.store, job_id, f"the ingest process ended unexpectedly (exit status {rc})")
                discard_staging(self.dir, job_id)

    def _sweep_staging(self, older_than: float = 3600.0) -> None:
        """Staging folders of uploads that never became a job (a server killed mid-upload)."""
        up = self.dir / "uploads"
        if not up.is_dir():
            return
        with Telaah(self.dir) as t:
            for d in up.iterdir():
                if (
                    d.is_dir()
                    and time.time() - d.stat().st_mtime > older_than
                    and tables.get_job(t.store, d.name) is None
                ):
                    shutil.rmtree(d, ignore_errors=True)


def _main(argv: list[str]) -> int:
    """`python -m service.jobs STORE JOB_ID`: the child that runs one ingest job."""
    store_dir, job_id = Path(argv[0]), argv[1]
    try:
        os.nice(config.env_int("TELAAH_JOB_NICE", JOB_NICE, minimum=0))  # the server's reads first
    except OSError:
        pass

    def stop(_sig, _frm):
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, stop)
    run_ingest_job(store_dir, job_id)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
