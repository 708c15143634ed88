"""The document store: one SQLite database (WAL) under the store directory.

Tables (schema version in `meta`):
  documents  one row per ingested file version (id = slug-of-name + "-" + sha256[:8])
  doc_text   the assembled document text (passage char offsets point into it)
  pages      per page: char span in doc_text, characters, columns detected; for a page read by
             OCR: ocr = 1, ocr_engine, ocr_confidence (mean word confidence, 0-100)
  page_words word boxes of OCR'd pages (page, x, y, w, h in PDF points from the top left, confidence)
  sections   the heading tree: ordinal, level, number, title, path, parent, page
  tables     tables kept as tables: header and rows as JSON
  passages   the unit of search and labelling; INTEGER ids are stable and become FAISS ids;
             toc = 1: table-of-contents entries (kept, but left out of search and evidence)
  failures   files that could not be ingested (path, reason), shown to the user
  embeddings one vector per passage (float16 blob) and the id of the model that made it;
             the source of truth the FAISS index is built from (index/vectors.py)
  classified which passages the extractor has labelled, and with which version
  passage_labels  asserted dimensions/elements/issues per passage: score, evidence (JSON)
  entities   OPD, programmes, targets, budgets, horizons, actors found in a passage
  reviews    the reviewers' audit trail: accept/reject/add a label, comment (user, time);
             keyed also by doc id + passage text sha1 so that it survives a re-ingest
Every document is written in one transaction: a crash or kill leaves either the old
state or the new one, never half a document.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.config import store_dir as resolve_store_dir
from core.locks import file_lock, pid_alive
from ingest.errors import NotInStore, StoreError
from ingest.records import ParsedDocument
from ingest.structure import looks_like_toc

SCHEMA_VERSION = 6
# v2 added the embeddings table, v3 labels, entities and reviews (additive), v4 the document
# status `empty` (a table rebuild of `documents`, see _allow_empty_status), v5 OCR: columns of
# pages and passages and the page_words table (additive, see _add_ocr_columns), v6 the passages'
# `toc` mark (additive; the passages of an older store are marked from their text, see
# _mark_toc_passages): older stores are upgraded in place
COMPATIBLE_VERSIONS = {1, 2, 3, 4, 5}
OCR_COLUMNS = {
    "pages": (("ocr", "INTEGER NOT NULL DEFAULT 0"), ("ocr_engine", "TEXT"), ("ocr_confidence", "REAL")),
    "passages": (("ocr_confidence", "REAL"), ("toc", "INTEGER NOT NULL DEFAULT 0")),
}
STATUSES = ("ingested", "needs_ocr", "empty")
DB_NAME = "telaah.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    city TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('masterplan', 'rpjmd', 'news', 'other')),
    doc_type TEXT,
    year_start INTEGER,
    year_end INTEGER,
    source_name TEXT NOT NULL,
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    fmt TEXT NOT NULL,
    n_pages INTEGER NOT NULL,
    n_passages INTEGER NOT NULL,
    n_tables INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ingested', 'needs_ocr', 'empty')),
    message TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL,
    parser_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(source_path);
CREATE INDEX IF NOT EXISTS documents_city ON documents(city);
CREATE TABLE IF NOT EXISTS doc_text (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    n_chars INTEGER,
    columns INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0,
    ocr_engine TEXT,
    ocr_confidence REAL,
    PRIMARY KEY (doc_id, page)
);
CREATE TABLE IF NOT EXISTS page_words (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    w REAL NOT NULL,
    h REAL NOT NULL,
    confidence REAL,
    PRIMARY KEY (doc_id, page, ordinal)
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    level INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    path TEXT NOT NULL,
    parent INTEGER,
    page INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS tables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    page INTEGER NOT NULL,
    section_ordinal INTEGER,
    caption TEXT NOT NULL,
    header TEXT NOT NULL,
    rows TEXT NOT NULL,
    n_rows INTEGER NOT NULL,
    n_cols INTEGER NOT NULL,
    UNIQUE (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'table')),
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    page_start INTEGER NOT NULL,
    page_end INTEGER NOT NULL,
    section_ordinal INTEGER,
    section_path TEXT NOT NULL,
    table_ordinal INTEGER,
    n_sentences INTEGER NOT NULL,
    ocr_confidence REAL,
    toc INTEGER NOT NULL DEFAULT 0,
    UNIQUE (doc_id, ordinal)
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS embeddings (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vec BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS classified (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passage_labels (
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('dimension', 'element', 'issue')),
    label TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (passage_id, kind, label)
);
CREATE INDEX IF NOT EXISTS passage_labels_label ON passage_labels(kind, label);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    value TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS entities_passage ON entities(passage_id);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    doc_id TEXT NOT NULL,
    passage_sha1 TEXT NOT NULL,
    kind TEXT,
    label TEXT,
    action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'add', 'comment')),
    comment TEXT NOT NULL DEFAULT '',
    user TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_passage ON reviews(passage_id);
CREATE TABLE IF NOT EXISTS failures (
    source_path TEXT PRIMARY KEY,
    source_name TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    attempted_at TEXT NOT NULL
);
"""


def slugify(s: str, max_len: int = 40) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s[:max_len].strip("-") or "doc"


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass
class WriteResult:
    action: str  # "added" | "replaced" | "unchanged"
    doc_id: str
    replaced: str | None = None  # id of the old version that was replaced
    same_as: str | None = None  # unchanged: the stored document with the same content


def _passage_ocr(ocr_conf: dict[int, float], first: int, last: int) -> float | None:
    """The OCR confidence of a passage: the lowest of its OCR'd pages (None: no page was OCR'd)."""
    confs = [ocr_conf[p] for p in range(first, last + 1) if p in ocr_conf]
    return min(confs) if confs else None


class Store:
    def __init__(self, directory: str | os.PathLike | None = None, *, create: bool = True, readonly: bool = False):
        self.dir = resolve_store_dir(directory)
        self.path = self.dir / DB_NAME
        if not self.path.exists():
            if not create or readonly:
                raise StoreError(f"no Telaah store at {self.dir} (run 'telaah ingest' first, or pass --store DIR)")
            try:
                self.dir.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the store directory {self.dir}: {e.strerror}") from None
        try:
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            self.conn = sqlite3.connect(uri, uri=readonly, timeout=60, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 60000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.executescript(SCHEMA)
                self._check_schema()
                self.remove_stray_temp_files()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"the store {self.path} cannot be opened: {e}") from None

    def _check_schema(self) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) in COMPATIBLE_VERSIONS:  # the new tables now exist; the new status needs a rebuild
            self._allow_empty_status()
            self._add_ocr_columns()
            self._mark_toc_passages()
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} has schema version {row[0]}, this Telaah expects "
                f"{SCHEMA_VERSION}; re-ingest into a new store"
            )

    def _add_ocr_columns(self) -> None:
        """v5: the OCR columns of `pages` and `passages` (NULL / 0 for what older versions stored)."""
        for table, cols in OCR_COLUMNS.items():
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            for name, decl in cols:
                if name not in have:
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")

    def _mark_toc_passages(self) -> None:
        """v6: mark the table-of-contents passages of a store made before the mark (from their text
        and their section's title; a re-ingest marks them from the page structure)."""
        rows = self.conn.execute("SELECT id, text, section_path FROM passages WHERE toc = 0").fetchall()
        ids = [(r[0],) for r in rows if looks_like_toc(r[1], (r[2] or "").split(" > ")[-1])]
        if ids:
            self.conn.executemany("UPDATE passages SET toc = 1 WHERE id = ?", ids)

    @property
    def has_toc(self) -> bool:
        """The passages carry the `toc` mark (False only for an older store opened read-only)."""
        if not hasattr(self, "_has_toc"):
            self._has_toc = "toc" in {r[1] for r in self.conn.execute("PRAGMA table_info(passages)")}
        return self._has_toc

    def _allow_empty_status(self) -> None:
        """Rebuild `documents` with the v4 status check, keeping every row and every reference to
        it (SQLite cannot alter a CHECK constraint; this is its documented 12-step procedure)."""
        sql = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone()
        if sql is None or "'empty'" in sql[0]:
            return
        new_sql = sql[0].replace(
            "CHECK (status IN ('ingested', 'needs_ocr'))", "CHECK (status IN ('ingested', 'needs_ocr', 'empty'))"
        )
        new_sql = re.sub(r"^CREATE TABLE (IF NOT EXISTS )?\"?documents\"?", "CREATE TABLE documents_v4", new_sql)
        self.conn.execute("PRAGMA foreign_keys = OFF")  # the other tables keep pointing at 'documents'
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(new_sql)
            self.conn.execute("INSERT INTO documents_v4 SELECT * FROM documents")
            self.conn.execute("DROP TABLE documents")
            self.conn.execute("ALTER TABLE documents_v4 RENAME TO documents")
            if self.conn.execute("PRAGMA foreign_key_check").fetchall():
                raise StoreError(f"the store {self.path} could not be upgraded (foreign keys); nothing changed")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def lock(self, name: str):
        """An exclusive lock between processes on this store (`embed`: one process embeds and
        labels the pending passages at a time; `keyword`: one process rebuilds BM25, the
        others load what it wrote)."""
        return file_lock(self.dir / "locks" / f"{name}.lock")

    def remove_stray_temp_files(self) -> list[str]:
        """Temporary index files left by a process killed while writing them (their name ends in
        `.tmp<pid>` / `.old<pid>` and that process is gone)."""
        removed = []
        for p in list(self.dir.glob("*.tmp*")) + list(self.dir.glob("*.old*")) + list(self.dir.glob("vectors/*.tmp*")):
            m = re.search(r"\.(?:tmp|old)(\d+)$", p.name)
            if not m or pid_alive(int(m.group(1))):
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            removed.append(p.name)
        return removed

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def find_by_sha(self, sha256: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT id, source_path FROM documents WHERE sha256 = ?", (sha256,)).fetchone()

    def write_document(
        self,
        doc: ParsedDocument,
        *,
        source_path: str,
        sha256: str,
        size: int,
        parser_version: str,
        replace_id: str | None = None,
    ) -> WriteResult:
        """Store a parsed document in one transaction.

        Same content already stored: nothing happens ("unchanged").  A different version
        of a file from the same path: the old version is replaced atomically.  `replace_id`: that
        stored document (same content, e.g. a `needs_ocr` one read again with OCR) is replaced."""
        c = self.conn
        doc_id = f"{slugify(Path(doc.source_name).stem)}-{sha256[:8]}"
        try:
            c.execute("BEGIN IMMEDIATE")
            same = c.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
            if same is not None and replace_id is None:
                c.execute("DELETE FROM failures WHERE source_path = ?", (source_path,))
                c.execute("COMMIT")
                return WriteResult("unchanged", same["id"], same_as=same["id"])
            old = [r["id"] for r in c.execute("SELECT id FROM documents WHERE source_path = ?", (source_path,))]
            if replace_id is not None and replace_id not in old:
                old.append(replace_id)
            for oid in old:
                c.execute("DELETE FROM documents WHERE id = ?", (oid,))  # cascades to text, pages, passages...
            self._insert_document(
                doc, doc_id, source_path=source_path, sha256=sha256, size=size, parser_version=parser_version
            )
            self._insert_parts(doc, doc_id)
            c.execute("DELETE FROM failures WHERE source_path = ?", (source_path,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return WriteResult("replaced" if old else "added", doc_id, replaced=old[0] if old else None)

    def _insert_document(
        self, doc: ParsedDocument, doc_id: str, *, source_path: str, sha256: str, size: int, parser_version: str
    ) -> None:
        """The document's row (inside write_document's transaction)."""
        c = self.conn
        meta = dict(doc.meta)
        c.execute(
            "INSERT INTO documents(id, title, city, kind, doc_type, year_start, year_end, source_name, source_path,"
            " sha256, size, fmt, n_pages, n_passages, n_tables, status, message, meta, ingested_at, parser_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                doc.title,
                doc.city,
                doc.kind,
                meta.get("doc_type"),
                doc.year_start,
                doc.year_end,
                doc.source_name,
                source_path,
                sha256,
                size,
                doc.fmt,
                doc.n_pages,
                len(doc.passages),
                len(doc.tables),
                doc.status,
                doc.message,
                json.dumps(meta, ensure_ascii=False, default=str),
                now(),
                parser_version,
            ),
        )

    # long (~70 lines): five INSERTs, one per table of the document, in the caller's transaction; splitting them apart would only move the column lists
    def _insert_parts(self, doc: ParsedDocument, doc_id: str) -> None:
        """Its text, pages (with OCR records and word boxes), sections, tables and passages
        (inside write_document's transaction)."""
        c = self.conn
        c.execute("INSERT INTO doc_text(doc_id, text) VALUES (?, ?)", (doc_id, doc.text))
        c.executemany(
            "INSERT INTO pages(doc_id, page, char_start, char_end, n_chars, columns, ocr, ocr_engine, ocr_confidence)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    p["page"],
                    p.get("char_start", 0),
                    p.get("char_end", 0),
                    p.get("n_chars"),
                    p.get("columns"),
                    1 if p.get("ocr") else 0,
                    p.get("ocr_engine"),
                    p.get("ocr_confidence"),
                )
                for p in doc.pages
            ],
        )
        c.executemany(
            "INSERT INTO page_words(doc_id, page, ordinal, text, x, y, w, h, confidence) VALUES (?,?,?,?,?,?,?,?,?)",
            [(doc_id, p["page"], i, *w) for p in doc.pages for i, w in enumerate(p.get("words") or ())],
        )
        ocr_conf = {p["page"]: p["ocr_confidence"] for p in doc.pages if p.get("ocr")}
        c.executemany(
            "INSERT INTO sections(doc_id, ordinal, level, number, title, path, parent, page, char_start)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (doc_id, s.ordinal, s.level, s.number, s.title, s.path, s.parent, s.page, s.char_start)
                for s in doc.sections
            ],
        )
        table_section = {b.table: b.section for b in doc.blocks if b.kind == "table"}
        c.executemany(
            "INSERT INTO tables(doc_id, ordinal, page, section_ordinal, caption, header, rows, n_rows, n_cols)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    i,
                    t.page,
                    table_section.get(i),
                    t.caption,
                    json.dumps(t.header, ensure_ascii=False),
                    json.dumps(t.rows, ensure_ascii=False),
                    len(t.rows),
                    t.n_cols,
                )
                for i, t in enumerate(doc.tables)
            ],
        )
        paths = {s.ordinal: s.path for s in doc.sections}
        c.executemany(
            "INSERT INTO passages(doc_id, ordinal, kind, text, char_start, char_end, page_start, page_end,"
            " section_ordinal, section_path, table_ordinal, n_sentences, ocr_confidence, toc)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    p.ordinal,
                    p.kind,
                    p.text,
                    p.char_start,
                    p.char_end,
                    p.page_start,
                    p.page_end,
                    p.section,
                    paths.get(p.section, ""),
                    p.table,
                    p.n_sentences,
                    _passage_ocr(ocr_conf, p.page_start, p.page_end),
                    1 if p.toc else 0,
                )
                for p in doc.passages
            ],
        )

    def record_failure(self, source_path: str, source_name: str, code: str, reason: str) -> None:
        """Remember a file that could not be ingested; a stored good version stays untouched."""
        self.conn.execute(
            "INSERT INTO failures(source_path, source_name, code, reason, attempted_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT(source_path) DO UPDATE SET code=excluded.code, reason=excluded.reason,"
            " attempted_at=excluded.attempted_at, source_name=excluded.source_name",
            (source_path, source_name, code, reason, now()),
        )

    def delete_document(self, doc_id: str) -> bool:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            n = c.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return n > 0

    # -- embeddings ------------------------------------------------------------------------
    def passages_without_embedding(self, model_id: str, batch: int = 256) -> Iterator[list[dict[str, Any]]]:
        """Passages that have no vector from `model_id` yet, in id order, in batches."""
        last = -1
        while True:
            rows = [
                dict(r)
                for r in self.conn.execute(
                    "SELECT p.id, p.text FROM passages p LEFT JOIN embeddings e ON e.passage_id = p.id"
                    " WHERE p.id > ? AND (e.passage_id IS NULL OR e.model != ?) ORDER BY p.id LIMIT ?",
                    (last, model_id, batch),
                )
            ]
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]

    def count_missing_embeddings(self, model_id: str) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM passages p LEFT JOIN embeddings e ON e.passage_id = p.id"
            " WHERE e.passage_id IS NULL OR e.model != ?",
            (model_id,),
        ).fetchone()[0]

    def write_embeddings(self, model_id: str, ids: list[int], vectors) -> int:
        """Store vectors (float16) for passages, in one transaction; passages deleted in the
        meantime are skipped (their ids no longer exist)."""
        import numpy as np

        v16 = np.asarray(vectors, dtype=np.float16)
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            alive = {
                r[0]
                for i in range(0, len(ids), 900)
                for r in c.execute(
                    f"SELECT id FROM passages WHERE id IN ({','.join('?' * len(ids[i : i + 900]))})", ids[i : i + 900]
                )
            }
            rows = [(int(pid), model_id, v16[k].tobytes()) for k, pid in enumerate(ids) if pid in alive]
            c.executemany("INSERT OR REPLACE INTO embeddings(passage_id, model, vec) VALUES (?,?,?)", rows)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return len(rows)

    def last_ingested_at(self) -> str | None:
        return self.conn.execute("SELECT max(ingested_at) FROM documents").fetchone()[0]

    def vectors_for(self, model_id: str, ids: list[int]) -> dict[int, np.ndarray]:
        """The stored vectors (float32) of these passages from this model; passages without one
        are absent."""
        out = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            for pid, blob in self.conn.execute(
                f"SELECT passage_id, vec FROM embeddings WHERE model = ? AND passage_id IN "
                f"({','.join('?' * len(chunk))})",
                [model_id, *chunk],
            ):
                out[pid] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        return out

    def embedding_models(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT model, count(*) FROM embeddings GROUP BY model")}

    def embedding_state(self, model_id: str) -> tuple[int, int]:
        """(count, sum of passage ids) of the vectors of `model_id`: a cheap fingerprint of
        the id set the FAISS index must hold."""
        r = self.conn.execute(
            "SELECT count(*), coalesce(sum(passage_id), 0) FROM embeddings WHERE model = ?", (model_id,)
        ).fetchone()
        return int(r[0]), int(r[1])

    def iter_embeddings(self, model_id: str, batch: int = 50000, after: int = -1):
        """Yield (ids int64 array, vectors float32 array) in id order."""
        import numpy as np

        last = after
        while True:
            rows = self.conn.execute(
                "SELECT passage_id, vec FROM embeddings WHERE model = ? AND passage_id > ? ORDER BY passage_id LIMIT ?",
                (model_id, last, batch),
            ).fetchall()
            if not rows:
                return
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16).reshape(len(rows), -1)
            yield ids, vecs.astype(np.float32)
            last = int(ids[-1])

    def embedding_ids(self, model_id: str):
        import numpy as np

        return np.fromiter(
            (
                r[0]
                for r in self.conn.execute(
                    "SELECT passage_id FROM embeddings WHERE model = ? ORDER BY passage_id", (model_id,)
                )
            ),
            dtype=np.int64,
        )

    # -- labels and entities (nlp/classifier, nlp/entities) ----------------------------------
    def passages_unclassified(self, version: str, model_id: str, batch: int = 256):
        """(ids, texts, kinds, float32 vectors) of passages not yet labelled by `version`, in batches."""
        import numpy as np

        last = -1
        while True:
            rows = self.conn.execute(
                "SELECT p.id, p.text, p.kind, e.vec FROM passages p JOIN embeddings e ON e.passage_id = p.id"
                " LEFT JOIN classified c ON c.passage_id = p.id"
                " WHERE p.id > ? AND e.model = ? AND (c.passage_id IS NULL OR c.version != ?) ORDER BY p.id LIMIT ?",
                (last, model_id, version, batch),
            ).fetchall()
            if not rows:
                return
            vecs = np.frombuffer(b"".join(r[3] for r in rows), dtype=np.float16).reshape(len(rows), -1)
            yield [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], vecs.astype(np.float32)
            last = rows[-1][0]

    def count_unclassified(self, version: str) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM passages p LEFT JOIN classified c ON c.passage_id = p.id"
            " WHERE c.passage_id IS NULL OR c.version != ?",
            (version,),
        ).fetchone()[0]

    def write_labels(self, version: str, items: list[tuple[int, dict, dict]]) -> None:
        """items: (passage id, classifier result json, entities json), one transaction."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for pid, res, ents in items:
                if c.execute("SELECT 1 FROM passages WHERE id = ?", (pid,)).fetchone() is None:
                    continue  # deleted meanwhile
                c.execute("DELETE FROM passage_labels WHERE passage_id = ?", (pid,))
                c.execute("DELETE FROM entities WHERE passage_id = ?", (pid,))
                for kind, field in (("dimension", "dimensions"), ("element", "elements"), ("issue", "issues")):
                    for lab in res.get(field, []):
                        ev = res.get("evidence", {}).get(field, {}).get(lab["id"], {})
                        c.execute(
                            "INSERT INTO passage_labels(passage_id, kind, label, score, evidence) VALUES (?,?,?,?,?)",
                            (pid, kind, lab["id"], lab["score"], json.dumps(ev, ensure_ascii=False)),
                        )
                for e in ents.get("entities", []):
                    c.execute(
                        "INSERT INTO entities(passage_id, type, text, char_start, char_end, value)"
                        " VALUES (?,?,?,?,?,?)",
                        (
                            pid,
                            e["type"],
                            e["text"],
                            e["start"],
                            e["end"],
                            json.dumps(e.get("value") or {}, ensure_ascii=False),
                        ),
                    )
                if ents.get("programmes"):
                    c.execute(
                        "INSERT INTO entities(passage_id, type, text, char_start, char_end, value)"
                        " VALUES (?,?,?,?,?,?)",
                        (pid, "programmes", "", 0, 0, json.dumps(ents["programmes"], ensure_ascii=False)),
                    )
                c.execute("INSERT OR REPLACE INTO classified(passage_id, version) VALUES (?, ?)", (pid, version))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _rows_for_passages(self, select: str, ids: list[int], order: str) -> Iterator[sqlite3.Row]:
        """`SELECT ... WHERE passage_id IN (ids)`, in chunks under SQLite's variable limit."""
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            yield from self.conn.execute(
                f"{select} WHERE passage_id IN ({','.join('?' * len(chunk))}) ORDER BY {order}", chunk
            )

    def labels_for(self, ids: list[int]) -> dict[int, dict]:
        """{passage id: {"dimensions": [{id, score, evidence}], "elements": [...], "issues": [...]}}"""
        out: dict[int, dict] = {}
        for r in self._rows_for_passages(
            "SELECT passage_id, kind, label, score, evidence FROM passage_labels", ids, "score DESC"
        ):
            d = out.setdefault(r[0], {"dimensions": [], "elements": [], "issues": []})
            d[r[1] + "s"].append({"id": r[2], "score": r[3], "evidence": json.loads(r[4])})
        return out

    def entities_for(self, ids: list[int]) -> dict[int, dict]:
        """{passage id: {"entities": [...], "programmes": [...]}}"""
        out: dict[int, dict] = {}
        for r in self._rows_for_passages(
            "SELECT passage_id, type, text, char_start, char_end, value FROM entities", ids, "passage_id, char_start"
        ):
            d = out.setdefault(r[0], {"entities": [], "programmes": []})
            if r[1] == "programmes":
                d["programmes"] = json.loads(r[5])
            else:
                d["entities"].append(
                    {"type": r[1], "text": r[2], "start": r[3], "end": r[4], "value": json.loads(r[5])}
                )
        return out

    # -- reviewer decisions (audit trail) --------------------------------------------------
    REVIEW_ACTIONS = ("accept", "reject", "add", "comment")

    def add_review(
        self,
        passage_id: int,
        *,
        action: str,
        user: str,
        kind: str | None = None,
        label: str | None = None,
        comment: str = "",
    ) -> int:
        """Record a reviewer's decision on a passage label (never updated or deleted: the
        newest decision per label wins). Returns the review id."""
        import hashlib

        if action not in self.REVIEW_ACTIONS:
            raise StoreError(f"unknown review action '{action}'")
        if action != "comment" and (kind not in ("dimension", "element", "issue") or not label):
            raise StoreError("a label decision needs the label kind and id")
        user = (user or "").strip()
        if not user:
            raise StoreError("a review needs the reviewer's name")
        row = self.conn.execute("SELECT doc_id, text FROM passages WHERE id = ?", (passage_id,)).fetchone()
        if row is None:
            raise NotInStore(f"no passage {passage_id}")
        sha = hashlib.sha1(row["text"].encode("utf-8")).hexdigest()
        cur = self.conn.execute(
            "INSERT INTO reviews(passage_id, doc_id, passage_sha1, kind, label, action, comment, user, at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (passage_id, row["doc_id"], sha, kind, label, action, comment[:2000], user[:80], now()),
        )
        return int(cur.lastrowid)

    def reviews(self, passage_id: int | None = None, doc_id: str | None = None) -> list[dict[str, Any]]:
        q, args = "SELECT * FROM reviews", []
        if passage_id is not None:
            q += " WHERE passage_id = ?"
            args.append(passage_id)
        elif doc_id is not None:
            q += " WHERE doc_id = ?"
            args.append(doc_id)
        return [dict(r) for r in self.conn.execute(q + " ORDER BY id", args)]

    def corrected_labels(self) -> list[dict[str, Any]]:
        """Reviewed passages with their labels after the reviewers' decisions (model labels,
        minus rejected, plus added; the newest decision per label wins), as training rows in
        the format of models/labelled/*.jsonl."""
        by: dict[int, list[dict]] = {}
        for r in self.reviews():
            if r["passage_id"] is not None and r["action"] != "comment":
                by.setdefault(r["passage_id"], []).append(r)
        out = []
        labels = self.labels_for(list(by))
        for pid, revs in by.items():
            p = self.conn.execute("SELECT text FROM passages WHERE id = ?", (pid,)).fetchone()
            if p is None:
                continue
            cur = {
                k: {x["id"] for x in labels.get(pid, {}).get(k + "s", [])} for k in ("dimension", "element", "issue")
            }
            for r in revs:  # in id order: later decisions override
                if r["action"] == "reject":
                    cur[r["kind"]].discard(r["label"])
                elif r["action"] in ("add", "accept"):
                    cur[r["kind"]].add(r["label"])
            els = sorted(cur["element"])
            order = ("governance", "branding", "economy", "living", "society", "environment")
            dims = sorted(
                cur["dimension"] | {e.split(".")[0] for e in els}, key=lambda d: order.index(d) if d in order else 99
            )
            out.append(
                {
                    "id": f"review-{pid}",
                    "text": p["text"],
                    "style": "reviewed",
                    "elements": els,
                    "dimensions": dims,
                    "issues": sorted(cur["issue"]),
                    "note": f"reviewed by {', '.join(sorted({r['user'] for r in revs}))}",
                }
            )
        return out

    def reset_embeddings(self) -> None:
        """Drop every vector and the recorded model (re-embedding with another model)."""
        self.conn.execute("DELETE FROM embeddings")
        self.conn.execute("DELETE FROM meta WHERE key IN ('embedding_model', 'embedding_model_id')")

    def reset_labels(self) -> None:
        """Mark every passage as not yet labelled (the next index update labels them again)."""
        self.conn.execute("DELETE FROM classified")

    def get_meta(self, key: str) -> str | None:
        r = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return r[0] if r else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    # -- reading ---------------------------------------------------------------------------
    def documents(self, *, city: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        q = "SELECT * FROM documents"
        cond, args = [], []
        if city:
            cond.append("lower(city) LIKE ?")
            args.append(f"%{city.lower()}%")
        if kind:
            cond.append("kind = ?")
            args.append(kind)
        if cond:
            q += " WHERE " + " AND ".join(cond)
        q += " ORDER BY city IS NULL, city, kind, title"
        return [self._doc_row(r) for r in self.conn.execute(q, args)]

    @staticmethod
    def _doc_row(r: sqlite3.Row) -> dict[str, Any]:
        d = dict(r)
        d["meta"] = json.loads(d["meta"] or "{}")
        d["year"] = (
            d["year_start"]
            if d["year_start"] == d["year_end"]
            else (f"{d['year_start']}-{d['year_end']}" if d["year_start"] else None)
        )
        d["pages"] = d["n_pages"]
        d["passages"] = d["n_passages"]
        return d

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM failures ORDER BY attempted_at DESC")]

    def resolve_id(self, doc_id: str) -> str:
        """Exact id, else a unique prefix; raises StoreError with candidates otherwise."""
        row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row:
            return row["id"]
        like = doc_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = [r["id"] for r in self.conn.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\'", (like,))]
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise NotInStore(f"no document with id '{doc_id}' (see 'telaah docs')")
        raise StoreError(f"'{doc_id}' matches {len(rows)} documents: " + ", ".join(rows[:5]))

    def document(self, doc_id: str) -> dict[str, Any]:
        doc_id = self.resolve_id(doc_id)
        return self._doc_row(self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone())

    def passages(self, doc_id: str | None = None, ids: list[int] | None = None) -> list[dict[str, Any]]:
        if ids is not None:
            out = []
            for i in range(0, len(ids), 900):
                chunk = ids[i : i + 900]
                out += [
                    dict(r)
                    for r in self.conn.execute(
                        f"SELECT * FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk
                    )
                ]
            return out
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM passages WHERE doc_id = ? ORDER BY ordinal", (self.resolve_id(doc_id),)
            )
        ]

    def iter_passages(self, batch: int = 5000) -> Iterator[list[dict[str, Any]]]:
        last = -1
        while True:
            rows = [
                dict(r)
                for r in self.conn.execute("SELECT * FROM passages WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
            ]
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]

    def iter_passage_texts(self, batch: int = 20000) -> Iterator[list[tuple[int, str]]]:
        """(id, text) of every passage in id order, in batches."""
        last = -1
        while True:
            rows = self.conn.execute(
                "SELECT id, text FROM passages WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield [(r[0], r[1]) for r in rows]
            last = rows[-1][0]

    def passage_state(self) -> tuple[int, int]:
        """(count, sum of ids) of all passages: the fingerprint derived indexes are checked against."""
        r = self.conn.execute("SELECT count(*), coalesce(sum(id), 0) FROM passages").fetchone()
        return int(r[0]), int(r[1])

    def toc_passage_ids(self):
        """Ids of the table-of-contents passages (kept out of search and evidence), ascending."""
        if not self.has_toc:
            return np.zeros(0, dtype=np.int64)
        return np.fromiter(
            (r[0] for r in self.conn.execute("SELECT id FROM passages WHERE toc = 1 ORDER BY id")), dtype=np.int64
        )

    def passage_ids(self):
        import numpy as np

        return np.fromiter((r[0] for r in self.conn.execute("SELECT id FROM passages ORDER BY id")), dtype=np.int64)

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite PRAGMA data_version)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def sections(self, doc_id: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM sections WHERE doc_id = ? ORDER BY ordinal", (self.resolve_id(doc_id),)
            )
        ]

    def tables(self, doc_id: str) -> list[dict[str, Any]]:
        out = []
        for r in self.conn.execute(
            "SELECT * FROM tables WHERE doc_id = ? ORDER BY ordinal", (self.resolve_id(doc_id),)
        ):
            d = dict(r)
            d["header"] = json.loads(d["header"])
            d["rows"] = json.loads(d["rows"])
            out.append(d)
        return out

    def page_words(self, doc_id: str, page: int) -> list[dict[str, Any]]:
        """Word boxes of an OCR'd page (x, y, w, h in PDF points from the top left), reading order."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT text, x, y, w, h, confidence FROM page_words WHERE doc_id = ? AND page = ? ORDER BY ordinal",
                (self.resolve_id(doc_id), page),
            )
        ]

    def pages(self, doc_id: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY page", (self.resolve_id(doc_id),))
        ]

    def text(self, doc_id: str) -> str:
        row = self.conn.execute("SELECT text FROM doc_text WHERE doc_id = ?", (self.resolve_id(doc_id),)).fetchone()
        return row["text"] if row else ""

    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "pages", "sections", "tables", "passages", "embeddings", "failures")
        }

    def integrity(self) -> list[str]:
        """Problems found (empty when consistent): SQLite integrity, orphans, count mismatches."""
        c = self.conn
        problems = []
        res = c.execute("PRAGMA integrity_check").fetchone()[0]
        if res != "ok":
            problems.append(f"sqlite integrity_check: {res}")
        for t in ("doc_text", "pages", "sections", "tables", "passages"):
            n = c.execute(f"SELECT count(*) FROM {t} WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
            if n:
                problems.append(f"{n} orphan rows in {t}")
        for r in c.execute(
            "SELECT d.id, d.n_passages, (SELECT count(*) FROM passages p WHERE p.doc_id = d.id) AS n,"
            " (SELECT count(*) FROM doc_text t WHERE t.doc_id = d.id) AS has_text FROM documents d"
        ):
            if r["n"] != r["n_passages"]:
                problems.append(f"{r['id']}: {r['n']} passages stored, {r['n_passages']} expected")
            if not r["has_text"]:
                problems.append(f"{r['id']}: text missing")
        return problems
