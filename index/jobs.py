"""Tables of the HTTP API in the store's database: ingestion jobs and API tokens.

They live beside the documents (so that a job survives a restart of the server and a token
works for every worker), are created on first use with CREATE TABLE IF NOT EXISTS, and are
read and written only through the functions below (the service layer never touches SQL).

  jobs        one row per submitted job: kind (ingest | delete), status (queued | running |
              done | failed), progress 0..1, stage, params (JSON: files, city, kind, limits),
              results (JSON: one object per file), error, who submitted it, times, attempts
  api_tokens  name, role (reader | reviewer | admin), sha256 of the token (never the token),
              created_at, revoked_at

Every write is one statement or one BEGIN IMMEDIATE transaction: SQLite's busy timeout (set
by Store) makes a writer wait for another instead of failing with "database is locked".
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

JOB_STATUSES = ("queued", "running", "done", "failed")
ROLES = ("reader", "reviewer", "admin")

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'ingest' CHECK (kind IN ('ingest', 'delete')),
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress REAL NOT NULL DEFAULT 0,
    stage TEXT NOT NULL DEFAULT 'queued',
    params TEXT NOT NULL DEFAULT '{}',
    results TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    submitted_by TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, created_at);
CREATE TABLE IF NOT EXISTS api_tokens (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('reader', 'reviewer', 'admin')),
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
"""


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def ensure_tables(store: Store) -> None:
    store.conn.executescript(SCHEMA)


def _job(row: sqlite3.Row | None) -> dict[str, Any] | None:
    if row is None:
        return None
    d = dict(row)
    d["params"] = json.loads(d["params"] or "{}")
    d["results"] = json.loads(d["results"] or "[]")
    return d


# -- jobs ---------------------------------------------------------------------------------------------
def create_job(store: Store, job_id: str, *, kind: str, params: dict, submitted_by: str | None) -> None:
    store.conn.execute(
        "INSERT INTO jobs(id, kind, status, stage, params, submitted_by, created_at) VALUES (?, ?, 'queued', 'queued', ?, ?, ?)",
        (job_id, kind, json.dumps(params, ensure_ascii=False), submitted_by, now()),
    )


def get_job(store: Store, job_id: str) -> dict[str, Any] | None:
    return _job(store.conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone())


def list_jobs(store: Store, *, limit: int = 50, status: str | None = None) -> list[dict[str, Any]]:
    q, args = "SELECT * FROM jobs", []
    if status:
        q += " WHERE status = ?"
        args.append(status)
    q += " ORDER BY created_at DESC, rowid DESC LIMIT ?"
    args.append(int(limit))
    return [_job(r) for r in store.conn.execute(q, args)]


def count_jobs(store: Store) -> dict[str, int]:
    out = dict.fromkeys(JOB_STATUSES, 0)
    for status, n in store.conn.execute("SELECT status, count(*) FROM jobs GROUP BY status"):
        out[status] = n
    return out


def update_job(store: Store, job_id: str, **fields: Any) -> None:
    """Set some columns of a job (results/params as JSON)."""
    if not fields:
        return
    cols, args = [], []
    for k, v in fields.items():
        if k not in ("status", "progress", "stage", "results", "error", "started_at", "finished_at", "params"):
            raise ValueError(f"unknown job column {k!r}")
        cols.append(f"{k} = ?")
        args.append(json.dumps(v, ensure_ascii=False) if k in ("results", "params") else v)
    store.conn.execute(f"UPDATE jobs SET {', '.join(cols)} WHERE id = ?", (*args, job_id))


def requeue_running(store: Store, *, max_attempts: int) -> tuple[list[str], list[str]]:
    """Jobs left 'running' by a runner that died (the caller holds the runner lock, so no live
    runner owns them): back to the queue, or failed after `max_attempts` starts. Returns
    (requeued ids, failed ids)."""
    requeued, failed = [], []
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        for r in c.execute("SELECT id, attempts FROM jobs WHERE status = 'running'").fetchall():
            if r["attempts"] >= max_attempts:
                c.execute(
                    "UPDATE jobs SET status = 'failed', stage = 'failed', finished_at = ?, error = ? WHERE id = ?",
                    (now(), f"the server stopped {r['attempts']} times while running this job; not retried", r["id"]),
                )
                failed.append(r["id"])
            else:
                c.execute(
                    "UPDATE jobs SET status = 'queued', stage = 'queued', progress = 0, results = '[]' WHERE id = ?",
                    (r["id"],),
                )
                requeued.append(r["id"])
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise
    return requeued, failed


def claim_next(store: Store) -> dict[str, Any] | None:
    """The oldest queued job, marked running (atomically: one claimer wins)."""
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        row = c.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at, rowid LIMIT 1").fetchone()
        if row is None:
            c.execute("COMMIT")
            return None
        c.execute(
            "UPDATE jobs SET status = 'running', stage = 'starting', started_at = ?, attempts = attempts + 1 "
            "WHERE id = ?",
            (now(), row["id"]),
        )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise
    return get_job(store, row["id"])


# -- tokens -------------------------------------------------------------------------------------------
def add_token(store: Store, name: str, role: str, token_hash: str) -> bool:
    """Store a token's hash under `name`; False when an active token has that name (a revoked
    one is replaced)."""
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        row = c.execute("SELECT revoked_at FROM api_tokens WHERE name = ?", (name,)).fetchone()
        if row is not None and row["revoked_at"] is None:
            c.execute("COMMIT")
            return False
        c.execute("DELETE FROM api_tokens WHERE name = ?", (name,))
        c.execute(
            "INSERT INTO api_tokens(name, role, hash, created_at) VALUES (?, ?, ?, ?)", (name, role, token_hash, now())
        )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise
    return True


def list_tokens(store: Store) -> list[dict[str, Any]]:
    return [
        dict(r) for r in store.conn.execute("SELECT name, role, created_at, revoked_at FROM api_tokens ORDER BY name")
    ]


def revoke_token(store: Store, name: str) -> bool:
    cur = store.conn.execute(
        "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (now(), name)
    )
    return cur.rowcount > 0


def token_by_hash(store: Store, token_hash: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT name, role FROM api_tokens WHERE hash = ? AND revoked_at IS NULL", (token_hash,)
    ).fetchone()
    return dict(row) if row else None
