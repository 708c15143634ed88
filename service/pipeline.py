"""The ingest pipeline: files -> parse (ingest/, in a worker process with limits) -> store
(index/) -> embed -> label and entities (nlp/) -> FAISS and BM25 indexes. It orchestrates the
lower layers, so it lives above them, in the service layer.

One bad file never stops the others: its error becomes one line in the report (and a row in
`failures`), and whatever the store held before stays untouched.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from core.config import debug
from core.records import Record
from index.embedder import store_embedder
from index.keyword import KeywordIndex
from index.store import Store
from index.vectors import VectorIndex
from ingest import PARSER_VERSION, SUPPORTED_EXTS, check_file, display_name, sha256_file
from ingest.errors import IngestError, StoreError
from ingest.worker import ParseLimits, parse_isolated
from nlp.classifier import ClassifierError, get_classifier
from nlp.entities import extract


@dataclass
class FileResult(Record):
    """One file of an ingest: the CLI prints `line()`, `--json` and the API give `to_json()`."""

    path: str  # as given/walked, sanitised for printing
    status: str  # added | replaced | unchanged | needs_ocr | empty | failed | skipped
    doc_id: str | None = None
    reason: str = ""
    code: str = ""
    passages: int = 0
    pages: int = 0
    title: str = ""
    city: str | None = None
    kind: str | None = None

    def line(self) -> str:
        if self.status == "failed":
            return f"{self.path}: GAGAL/failed: {self.reason}"
        if self.status == "skipped":
            return f"{self.path}: dilewati/skipped: {self.reason}"
        if self.status == "unchanged":
            return f"{self.path}: sudah ada/unchanged ({self.doc_id})"
        extra = f" [{self.reason}]" if self.reason else ""
        return (
            f"{self.path}: {self.status} {self.doc_id} ({self.kind}, {self.city or 'kota tidak terdeteksi'}, "
            f"{self.pages} hal., {self.passages} passages){extra}"
        )


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    index: dict | None = None  # what the index update after the ingest did (None: not run)

    @property
    def n_ok(self) -> int:
        return sum(1 for r in self.results if r.status in ("added", "replaced", "unchanged", "needs_ocr"))

    @property
    def n_failed(self) -> int:
        return sum(1 for r in self.results if r.status == "failed")

    def to_json(self) -> list[dict]:
        return [r.to_json() for r in self.results]


def walk(paths: Iterable[str | os.PathLike]) -> list[tuple[Path, bool]]:
    """Expand directories recursively (sorted, hidden files and symlink loops skipped).

    Returns (path, explicit): explicit files are reported even when unsupported;
    unsupported files found inside a directory are reported as skipped."""
    out: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    fp = Path(root) / f
                    key = fp.resolve() if fp.exists() else fp
                    if key not in seen:
                        seen.add(key)
                        out.append((fp, False))
        else:
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                out.append((p, True))
    return out


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike],
    *,
    city: str | None = None,
    kind: str | None = None,
    max_mb: float | None = None,
    progress: bool | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    limits: ParseLimits | None = None,
) -> IngestReport:
    """Ingest files and directories; each file is parsed in a worker process under `limits`
    (None: the configured defaults, see core.config)."""
    files = walk(paths)
    limits = limits or ParseLimits.from_config()
    report = IngestReport()
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show and files:
        bar = tqdm(total=len(files), unit="file", desc="ingest", file=sys.stderr, leave=False)
    try:
        for path, explicit in files:
            name = display_name(path)
            if bar is not None:
                bar.set_postfix_str(path.name[:40])
            if not explicit and path.suffix.lower() not in SUPPORTED_EXTS:
                res = FileResult(
                    name, "skipped", reason=f"unsupported file type '{path.suffix or '(none)'}'", code="unsupported"
                )
            else:
                res = ingest_one(store, path, city=city, kind=kind, max_mb=max_mb, limits=limits, progress=show)
            report.results.append(res)
            if bar is not None:
                bar.update(1)
            if on_result is not None:
                on_result(res)
    finally:
        if bar is not None:
            bar.close()
    return report


# long (~70 lines): one file's whole outcome in one try: each except branch is one failure line of the contract
def ingest_one(
    store: Store,
    path: Path,
    *,
    city: str | None = None,
    kind: str | None = None,
    max_mb: float | None = None,
    source_name: str | None = None,
    source_path: str | None = None,
    limits: ParseLimits | None = None,
    progress: bool = False,
    replace_same: bool = False,
) -> FileResult:
    """Ingest one file. `source_name` / `source_path` name an upload saved under a temporary
    name (the app): the stored document keeps the user's file name, and a new upload of the
    same name replaces the old version.  The file is parsed in a worker process with
    `limits` (memory, time, pages; None: the configured defaults): a file that breaks a
    limit or crashes the parser is one failed line and a `failures` row.  `progress`: a bar
    for the pages OCR'd.  `replace_same`: parse even when the same content is stored (a
    `needs_ocr` document recognised again, `telaah index --ocr`); it is replaced in one transaction."""
    name = display_name(source_name or path)
    source_path = source_path or (str(path.resolve()) if path.exists() else str(path.absolute()))
    try:
        check_file(path, max_mb)
        sha = sha256_file(path)
        same = store.find_by_sha(sha)
        if same is not None and not replace_same and _ocr_not_tried(store, same["id"], limits):
            replace_same = True  # a scan stored as needs_ocr before OCR was on: read it now, in place
        if same is not None and not replace_same:  # identical content already stored: nothing to do
            store.conn.execute("DELETE FROM failures WHERE source_path = ?", (source_path,))
            return FileResult(name, "unchanged", doc_id=same["id"])
        doc = _parse(path, city=city, kind=kind, max_mb=max_mb, limits=limits, progress=progress)
        if source_name:
            doc.source_name = source_name
        # replace_same: the stored version is replaced in the same transaction
        res = store.write_document(
            doc,
            source_path=source_path,
            sha256=sha,
            size=path.stat().st_size,
            parser_version=PARSER_VERSION,
            replace_id=same["id"] if same is not None else None,
        )
    except IngestError as e:
        store.record_failure(source_path, source_name or path.name, e.code, e.reason)
        return FileResult(name, "failed", reason=e.reason, code=e.code)
    except OSError as e:
        reason = f"cannot read the file ({e.strerror or e})"
        store.record_failure(source_path, source_name or path.name, "io", reason)
        return FileResult(name, "failed", reason=reason, code="io")
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:  # a parser bug on an odd file must not stop the other files
        if debug():
            raise
        reason = f"internal error while reading this file ({type(e).__name__}: {str(e)[:160]})"
        store.record_failure(source_path, source_name or path.name, "internal", reason)
        return FileResult(name, "failed", reason=reason, code="internal")
    status = res.action if doc.status == "ingested" else doc.status
    if res.action == "unchanged":
        status = "unchanged"
    return FileResult(
        name,
        status,
        doc_id=res.doc_id,
        reason=doc.message,
        passages=len(doc.passages),
        pages=doc.n_pages,
        title=doc.title,
        city=doc.city,
        kind=doc.kind,
    )


def _parse(path: Path, *, city, kind, max_mb, limits, progress: bool):
    """parse_isolated with a progress bar for the pages it OCRs (when `progress`)."""
    bar = None

    def on_ocr(done: int, total: int) -> None:
        nonlocal bar
        if not progress:
            return
        if bar is None:
            bar = tqdm(total=total, unit="page", desc=f"OCR {path.name[:30]}", file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    try:
        return parse_isolated(path, city=city, kind=kind, max_mb=max_mb, limits=limits, on_ocr=on_ocr)
    finally:
        if bar is not None:
            bar.close()


def _ocr_not_tried(store: Store, doc_id: str, limits: ParseLimits | None) -> bool:
    """A stored `needs_ocr` document whose pages were never OCR'd (OCR was off or Tesseract
    missing), while OCR can run now."""
    from ingest import ocr

    row = store.conn.execute("SELECT status, message FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None or row["status"] != "needs_ocr" or "OCR could not read" in (row["message"] or ""):
        return False
    mode = limits.ocr if limits is not None and limits.ocr else ParseLimits.from_config().ocr
    return mode != "off" and ocr.unavailable_reason() is None


# -- derived data: vectors, keyword index (and labels, see nlp/extractor) -----------------------
def _bar(total: int, desc: str, progress: bool | None):
    """A progress bar on a terminal (or when asked), else None."""
    if not (sys.stderr.isatty() if progress is None else progress):
        return None
    return tqdm(total=total, unit="passage", desc=desc, file=sys.stderr, leave=False)


def embed_pending(
    store: Store,
    embedder,
    *,
    batch: int = 128,
    progress: bool | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> int:
    """Embed every passage that has no vector from this store's model; returns the count.
    Vectors are committed batch by batch: an interrupted run resumes where it stopped."""
    recorded = store.get_meta("embedding_model_id")
    if recorded and recorded != embedder.model_id:
        raise StoreError(
            f"this store's passages are embedded with {recorded}, not {embedder.model_id}; "
            "use the same model (--model) or re-embed with 'telaah index --reembed'"
        )
    total = store.count_missing_embeddings(embedder.model_id)
    if not total:
        return 0
    if not recorded:
        store.set_meta("embedding_model", embedder.spec)
        store.set_meta("embedding_model_id", embedder.model_id)
    bar = _bar(total, "embed", progress)
    done = 0
    try:
        for rows in store.passages_without_embedding(embedder.model_id, batch=batch):
            vecs = embedder.embed_passages([r["text"] for r in rows], batch_size=32)
            store.write_embeddings(embedder.model_id, [r["id"] for r in rows], vecs)
            done += len(rows)
            if bar is not None:
                bar.update(len(rows))
            if on_batch is not None:
                on_batch(done, total)
    finally:
        if bar is not None:
            bar.close()
    return done


def update_indexes(
    store: Store,
    *,
    model: str | None = None,
    embed: bool = True,
    progress: bool | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> dict:
    """Bring every derived structure up to date with the stored passages: vectors (embedding
    what is missing), the FAISS index, the keyword index. Returns what was done."""
    out: dict = {}
    if embed:
        emb = store_embedder(store, model)
        # one process embeds and labels a store's pending passages at a time: a second ingest
        # waits here, then finds them done (instead of embedding the same passages again)
        with store.lock("embed"):
            out["embedded"] = embed_pending(store, emb, progress=progress, on_batch=on_batch)
            out["vectors"] = VectorIndex(store, emb.model_id).sync()
            out["model_id"] = emb.model_id
            out["labelled"] = label_pending(store, emb, progress=progress)
    out["keyword"] = KeywordIndex(store).sync()
    return out


def label_pending(store: Store, embedder, *, batch: int = 256, progress: bool | None = None) -> int:
    """Label (dimensions, elements, issues, evidence) and extract entities for every passage not
    yet done by the current extractor version, from the stored vectors (no re-embedding).
    Returns the count; 0 with a note in meta when the head does not fit the store's model."""
    try:
        clf = get_classifier()
        if clf.manifest["embedding_model_id"] != embedder.model_id:
            raise ClassifierError(
                f"the extractor head was trained on {clf.manifest['embedding_model_id']} vectors; "
                f"this store uses {embedder.model_id} (run 'telaah models train')"
            )
    except ClassifierError as e:
        store.set_meta("labels_note", str(e))
        return 0
    total = store.count_unclassified(clf.version)
    if not total:
        return 0
    bar = _bar(total, "label", progress)
    done = 0
    try:
        for ids, texts, kinds, vecs in store.passages_unclassified(clf.version, embedder.model_id, batch=batch):
            results = clf.classify(texts, vectors=vecs)
            items = [(pid, res.to_json(), extract(t, k)) for pid, res, t, k in zip(ids, results, texts, kinds)]
            store.write_labels(clf.version, items)
            done += len(ids)
            if bar is not None:
                bar.update(len(ids))
    finally:
        if bar is not None:
            bar.close()
    store.set_meta("labels_version", clf.version)
    store.conn.execute("DELETE FROM meta WHERE key = 'labels_note'")
    return done


def limits(max_pages: int | None = None, ocr: str | None = None) -> ParseLimits:
    """The parser's limits: defaults from core.config, the page limit as asked (--max-pages),
    OCR as asked (--ocr auto|force|off)."""
    return ParseLimits.from_config(max_pages=max_pages, ocr=ocr)


def ocr_pending(
    store: Store,
    *,
    limits: ParseLimits | None = None,
    progress: bool | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> IngestReport:
    """Recognise the stored `needs_ocr` documents in place (their files must still be on disk):
    each is parsed again with OCR and, when that yields passages or a new reason, replaced in one
    transaction (reviews follow the passage text, see index/store)."""
    limits = limits or ParseLimits.from_config()
    if limits.ocr == "off":
        limits = dataclasses.replace(limits, ocr="auto")
    show = sys.stderr.isatty() if progress is None else progress
    report = IngestReport()
    for d in store.documents():
        if d["status"] != "needs_ocr":
            continue
        path = Path(d["source_path"])
        if d["source_path"].startswith("upload:") or not path.is_file():
            res = FileResult(
                display_name(d["source_name"]),
                "skipped",
                doc_id=d["id"],
                reason="the original file is no longer on disk; ingest it again",
                code="missing",
            )
        else:
            res = ingest_one(
                store,
                path,
                city=d.get("city"),
                kind=d.get("kind"),
                limits=limits,
                progress=show,
                source_name=d["source_name"],
                source_path=d["source_path"],
                replace_same=True,
            )
        report.results.append(res)
        if on_result is not None:
            on_result(res)
    return report


# -- originals kept under the store (uploads have no other home; the page view needs the file) -------
def files_dir(store_dir: Path) -> Path:
    return Path(store_dir) / "files"


def keep_copy(store_dir: Path, doc_id: str, src: Path) -> None:
    """`<store>/files/<doc_id><ext>` (a hard link to the staged upload when possible)."""
    d = files_dir(store_dir)
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    dst = d / f"{doc_id}{src.suffix.lower()}"
    if dst.exists():
        return
    tmp = d / f".{doc_id}.tmp{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def kept_copy(store_dir: Path, doc_id: str) -> Path | None:
    """The copy kept for this document, if any."""
    return next((p for p in sorted(files_dir(store_dir).glob(f"{doc_id}.*")) if p.is_file()), None)


def remove_copies(store_dir: Path, doc_id: str) -> None:
    for p in files_dir(store_dir).glob(f"{doc_id}.*"):
        p.unlink(missing_ok=True)
