"""The service layer: the one API that the CLI, the Streamlit app and the HTTP API call.

    with Telaah(store_dir) as t:
        t.ingest(["corpus/docs"])
        hits = t.search("air bersih", k=10, city="Nusa Permai").hits
        review = t.review("Nusa Permai")            # review.records.Review
        pdf = t.report(review, "pdf", "id")         # bytes

A `Telaah` is one store opened for one caller (one SQLite connection: one per thread, request
or Streamlit script run). The heavy resources (search indexes, the embedding model, the
extractor head) are loaded once per process and shared by every `Telaah` of the same store
(`resources.py`). Front ends only parse input and render output; every result they get is a
typed record (`service.records`, `review.records`, `index.search.Hit`) whose `to_json()` is
the JSON contract of the CLI and the API.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from core.config import store_dir as resolve_store_dir
from core.errors import NotFoundError, UsageError
from index.embedder import store_embedder
from index.keyword import KeywordIndex
from index.store import Store
from index.vectors import VectorIndex
from nlp.classifier import get_classifier
from nlp.entities import extract
from nlp.taxonomy import DIMENSIONS, ELEMENTS, ISSUES
from nlp.taxonomy import default as default_taxonomy
from review import compare as compare_mod
from review.engine import city_documents, pick_document, review_city
from review.news import events, link_programmes, score_series
from review.plan import load_plan
from review.records import Benchmark, Comparison, NewsEvent, ProgrammeHit, Review, ScorePoint, Timeline
from review.report import FORMATS, render, write_report

from . import pipeline, resources
from .records import DocumentDetail, DocumentInfo, Failure, FileResult, IndexState, IngestReport, SearchResult

__all__ = [
    "Telaah",
    "DIMENSIONS",
    "ELEMENTS",
    "ISSUES",
    "classify",
    "entities",
    "FileResult",
    "IngestReport",
    "SearchResult",
    "DocumentInfo",
    "DocumentDetail",
    "Failure",
    "IndexState",
    "Review",
    "Timeline",
    "Comparison",
    "Benchmark",
    "ProgrammeHit",
]


class Telaah:
    """One store for one caller; see the module doc."""

    def __init__(self, store: str | os.PathLike | None = None, *, create: bool = False):
        self.dir = resolve_store_dir(store)
        self.store = Store(self.dir, create=create)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Telaah:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- library ----------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        city: str | None = None,
        kind: str | None = None,
        max_mb: float | None = None,
        max_pages: int | None = None,
        index: bool = True,
        model: str | None = None,
        progress: bool | None = None,
        on_result: Callable[[FileResult], None] | None = None,
        ocr: str | None = None,
    ) -> IngestReport:
        """Parse (in a worker process with memory, time and page limits), store and (unless
        index=False) embed, label and index the files.  `ocr`: auto | force | off (None: TELAAH_OCR)."""
        report = pipeline.ingest_paths(
            self.store,
            paths,
            city=city,
            kind=kind,
            max_mb=max_mb,
            limits=pipeline.limits(max_pages=max_pages, ocr=ocr),
            progress=progress,
            on_result=on_result,
        )
        report.index = self.update_indexes(model=model, progress=progress) if report.n_ok and index else None
        return report

    def ingest_upload(
        self,
        data: bytes,
        name: str,
        *,
        city: str | None = None,
        kind: str | None = None,
        max_mb: float | None = None,
        max_pages: int | None = None,
    ) -> FileResult:
        """Ingest bytes uploaded under the user's file `name`: saved under a sanitised name in a
        private temporary folder (never a path the upload chose), stored with the user's name and
        kept under `<store>/files/`; a new upload of the same name replaces the old version. Indexes are not updated here (call
        `update_indexes` once after a batch)."""
        name = Path(name).name
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)[-120:] or "upload"
        with tempfile.TemporaryDirectory(prefix="telaah-upload-") as tmp:
            path = Path(tmp) / safe
            path.write_bytes(data)
            r = pipeline.ingest_one(
                self.store,
                path,
                city=city,
                kind=kind,
                max_mb=max_mb,
                limits=pipeline.limits(max_pages=max_pages),
                source_name=name,
                source_path=f"upload:{name}",
            )
            if r.doc_id and r.status not in ("failed", "skipped"):
                pipeline.keep_copy(self.dir, r.doc_id, path)  # the page view shows the original
            return r

    def ocr_pending(
        self,
        *,
        ocr: str | None = None,
        max_pages: int | None = None,
        progress: bool | None = None,
        on_result: Callable[[FileResult], None] | None = None,
    ) -> IngestReport:
        """Recognise the stored `needs_ocr` documents in place with OCR (one transaction each);
        indexes are not updated here (`index_state` does it)."""
        report = pipeline.ocr_pending(
            self.store, limits=pipeline.limits(max_pages=max_pages, ocr=ocr), progress=progress, on_result=on_result
        )
        resources.invalidate(self.dir)
        return report

    def update_indexes(
        self,
        *,
        model: str | None = None,
        embed: bool = True,
        progress: bool | None = None,
        on_batch: Callable[[int, int], None] | None = None,
    ) -> dict:
        out = pipeline.update_indexes(self.store, model=model, embed=embed, progress=progress, on_batch=on_batch)
        resources.invalidate(self.dir)
        return out

    def index_state(
        self,
        *,
        model: str | None = None,
        embed: bool = True,
        reembed: bool = False,
        relabel: bool = False,
        rebuild: bool = False,
        progress: bool | None = None,
    ) -> IndexState:
        """Bring the derived indexes up to date (after the asked-for resets) and describe them."""
        store = self.store
        if reembed:
            store.reset_embeddings()
        if relabel:
            store.reset_labels()
        if rebuild:
            shutil.rmtree(store.dir / "keyword", ignore_errors=True)
            shutil.rmtree(store.dir / "vectors", ignore_errors=True)
        rep = self.update_indexes(model=model, embed=embed, progress=progress)
        state = IndexState(
            store=str(store.dir),
            passages=store.counts()["passages"],
            embedding_model=store.get_meta("embedding_model"),
            embedding_model_id=store.get_meta("embedding_model_id"),
            vectors=store.embedding_models(),
            update=rep,
        )
        if embed:
            emb = store_embedder(store, model)
            vi = VectorIndex(store, emb.model_id)
            state.vector_index = {"problems": vi.check(), **{k: vi.meta.get(k) for k in ("type", "params", "count")}}
            state.embedder = emb.describe()
        state.labels_version = store.get_meta("labels_version")
        state.labels_note = store.get_meta("labels_note")
        kw = KeywordIndex(store)
        kw.sync()
        state.keyword_index = {k: kw.meta.get(k) for k in ("count", "vocab", "stem", "built_at")}
        return state

    def documents(self, *, city: str | None = None, kind: str | None = None) -> list[DocumentInfo]:
        return [DocumentInfo.from_row(d) for d in self.store.documents(city=city, kind=kind)]

    def document_info(self, doc_id: str) -> DocumentInfo:
        """One document's row (without its passages)."""
        return DocumentInfo.from_row(self.store.document(doc_id))

    def warm(self, model: str | None = None) -> None:
        """Load the search indexes and the query embedder of this store now (the app and the API
        call it once per process so that the first search does not wait)."""
        resources.searcher(self.dir, model=model)

    def failures(self) -> list[Failure]:
        return [Failure.from_row(f) for f in self.store.failures()]

    def document(self, doc_id: str, *, tables: bool = True) -> DocumentDetail:
        doc = self.store.document(doc_id)
        return DocumentDetail.from_rows(
            doc,
            self.store.sections(doc["id"]),
            self.store.tables(doc["id"]) if tables else [],
            self.store.passages(doc["id"]),
        )

    def original_file(self, doc_id: str) -> tuple[str, Path | None]:
        """The stored document's file name and the original on disk: the copy kept under the store
        (uploads through the app or the API), else the file it was ingested from when it is still
        there, else None."""
        doc = self.store.document(doc_id)
        kept = pipeline.kept_copy(self.dir, doc["id"])
        if kept is not None:
            return doc["source_name"], kept
        p = (
            Path(doc["source_path"])
            if doc.get("source_path") and not doc["source_path"].startswith("upload:")
            else None
        )
        return doc["source_name"], p if p is not None and p.is_file() else None

    def delete(self, doc_id: str) -> str:
        doc_id = self.store.resolve_id(doc_id)
        self.store.delete_document(doc_id)
        pipeline.remove_copies(self.dir, doc_id)
        resources.invalidate(self.dir)
        return doc_id

    def cities(self, kind: str | None = "masterplan") -> list[str]:
        return sorted({d["city"] for d in self.store.documents(kind=kind) if d["city"]})

    def data_version(self) -> tuple:
        """Changes whenever documents, passages or labels change (a cache key for reviews)."""
        c = self.store.counts()
        return c["documents"], c["passages"], self.store.last_ingested_at(), self.store.get_meta("labels_version")

    # -- search -------------------------------------------------------------------------------------
    def search(
        self, query: str, *, k: int = 10, mode: str = "hybrid", model: str | None = None, **filters
    ) -> SearchResult:
        """Hybrid / dense / keyword search with filters (city, kind, year, dimension, element,
        issue, doc). The indexes are shared by every caller of this process."""
        if k < 1:
            raise UsageError(f"top-k must be at least 1 (got {k})")
        searcher, lock = resources.searcher(self.dir, model=model, dense=mode != "keyword")
        with lock:
            hits = searcher.search(query, k=k, mode=mode, **filters)
            notes = resources.untold_notes(searcher)
            pending = searcher.pending_note() if mode != "keyword" else None
        return SearchResult(hits=hits, notes=notes + ([pending] if pending else []))

    # -- review -------------------------------------------------------------------------------------
    def review(
        self, city: str, *, masterplan: str | None = None, rpjmd: str | None = None, with_news: bool = True
    ) -> Review:
        return review_city(
            self.store,
            city,
            masterplan=masterplan,
            rpjmd=rpjmd,
            embedder=resources.embedder(self.dir),
            with_news=with_news,
        )

    def timeline(self, city: str) -> Timeline:
        name, docs = city_documents(self.store, city)
        evs = events(self.store, docs)
        mp = pick_document(docs, "masterplan")
        if mp is not None and evs:
            plan = load_plan(self.store, mp["id"])
            link_programmes(self.store, evs, plan.programmes, resources.embedder(self.dir), plan.programme_vectors)
        return Timeline(
            city=name,
            events=[NewsEvent.from_json(e) for e in evs],
            scores=[ScorePoint.from_json(p) for p in score_series(evs, self.store, docs)],
        )

    def compare(self, cities: Sequence[str] | None = None) -> Comparison:
        return compare_mod.compare(self.store, list(cities) if cities else None, resources.embedder(self.dir))

    def benchmark(self, city: str) -> Benchmark:
        return compare_mod.benchmark(self.store, city, resources.embedder(self.dir))

    def similar_programmes(self, query: str, *, k: int = 10, quick_win: bool = False) -> list[ProgrammeHit]:
        if k < 1:
            raise UsageError(f"top-k must be at least 1 (got {k})")
        return compare_mod.similar_programmes(self.store, query, resources.embedder(self.dir), k=k, quick_win=quick_win)

    @staticmethod
    def report(review: Review, fmt: str, lang: str = "id") -> bytes:
        """The review as an HTML, PDF or XLSX report (built on demand)."""
        if fmt not in FORMATS:
            raise UsageError(f"unknown report format '{fmt}' (choose from {', '.join(FORMATS)})")
        return render(review, fmt, lang)

    @staticmethod
    def write_reports(review: Review, out: str | os.PathLike, lang: str = "id", notes=None) -> list[Path]:
        """`notes` (`t.workspace.notes(review)`) fills the reports' "Catatan penelaah"."""
        return write_report(review, out, lang, notes)

    # -- passages and the reviewer's decisions -------------------------------------------------------
    def passage(self, passage_id: int) -> dict:
        rows = self.store.passages(ids=[int(passage_id)])
        if not rows:
            raise NotFoundError(f"no passage {passage_id}")
        return rows[0]

    def labels(self, passage_id: int) -> dict:
        return self.store.labels_for([int(passage_id)]).get(
            int(passage_id), {"dimensions": [], "elements": [], "issues": []}
        )

    def add_review(
        self,
        passage_id: int,
        *,
        action: str,
        user: str,
        kind: str | None = None,
        label: str | None = None,
        comment: str | None = None,
    ) -> None:
        self.store.add_review(int(passage_id), action=action, user=user, kind=kind, label=label, comment=comment)

    def reviews(self, passage_id: int | None = None, doc_id: str | None = None) -> list[dict]:
        return self.store.reviews(passage_id=passage_id, doc_id=doc_id)

    def corrections(self) -> list[dict]:
        return self.store.corrected_labels()

    # -- the reviewer's workspace (service/workspace.py) ---------------------------------------------
    @property
    def workspace(self):
        """Review records, decisions, feedback, the letter, evidence pages (`WorkspaceService`)."""
        if getattr(self, "_workspace", None) is None:
            from .workspace import WorkspaceService

            self._workspace = WorkspaceService(self)
        return self._workspace


# -- no store needed ------------------------------------------------------------------------------------
def classify(texts: list[str]):
    """Labels (dimensions, elements, issues with scores and evidence) for each text."""
    return get_classifier().classify(texts)


def entities(text: str, kind: str = "text") -> dict:
    """OPD, programmes, targets, budgets, horizons and actors of one text."""
    return extract(text, kind)


def taxonomy():
    return default_taxonomy()
