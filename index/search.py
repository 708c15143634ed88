"""Hybrid passage search: dense (e5 + FAISS), keyword (BM25) and their fusion, with filters.

    searcher = Searcher(store)            # loads / repairs the indexes once
    hits = searcher.search("layanan darurat 112", k=10, city="Kota Nusa Permai")

Filters (city, kind, doc_type, year, doc, dimension, element, issue) become one boolean mask
over the *catalog*: numpy arrays aligned with the passages in id order (document index,
label bits). The mask limits BM25 (scores outside it are zeroed) and FAISS (an id bitmap),
so a filtered search costs the same as an unfiltered one at any corpus size. Table-of-contents
passages (passages.toc, marked at ingest) are never hits: their rows are left out of every
mask, and an unfiltered dense search drops them from a few extra nearest neighbours.

Fusion: each list `candidates` long (default 100), scores min-max normalised per list and
summed with weight alpha = 0.5 (fusion="score"); reciprocal rank fusion (k=60, fusion="rrf")
is the alternative. On the evaluation set score fusion won (MRR@10 0.609 vs 0.563 for RRF;
README, "Search quality"). Modes: hybrid (default), dense, keyword.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from core.config import env_int
from core.records import Record
from ingest.errors import StoreError
from nlp.analysis import term_spans
from nlp.embed import EmbedError

from .embedder import store_embedder
from .keyword import KeywordIndex

MODES = ("hybrid", "dense", "keyword")
RRF_K = 60
CANDIDATES = 100
# OpenMP threads FAISS may use for one query (env TELAAH_SEARCH_THREADS). One: a single query
# cannot be split usefully, and FAISS's OpenMP team costs more than it gives on a busy machine
# (bench/search.py, dense search over 10k passages on 2 shared cores: p50 35 -> 2 ms, p95
# 47 -> 3 ms). Index builds keep FAISS's default.
SEARCH_THREADS = env_int("TELAAH_SEARCH_THREADS", 1, minimum=1)


@contextmanager
def faiss_threads(n: int = SEARCH_THREADS):
    """Run FAISS calls in this block (in this thread) on `n` OpenMP threads."""
    import faiss

    old = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(max(1, n))
    try:
        yield
    finally:
        faiss.omp_set_num_threads(old)


def filter_nprobe(params: dict, n_allowed: int, ntotal: int, nprobe: int | None = None) -> int:
    """IVF lists to probe under a filter: enough that about as many *allowed* vectors are scanned
    as an unfiltered search scans (nprobe / share of rows allowed), at most every list. A
    selective filter (one kabupaten/kota: < 1% of the rows) so probes every list, which costs
    little: outside the allowed rows the scan only tests ids against the bitmap. With the
    unfiltered nprobe, a 0.4% filter found a third of the exact top-10 (bench/search.py)."""
    base = int(nprobe or params.get("nprobe", 16))
    share = n_allowed / max(1, ntotal)
    return int(min(params.get("nlist", base), max(base, math.ceil(base / max(share, 1e-9)))))


@dataclass
class Hit(Record):
    passage_id: int
    doc_id: str
    title: str
    city: str | None
    kind: str
    doc_type: str | None
    year: str | int | None
    page: int
    page_end: int
    section: str
    score: float
    text: str
    passage_kind: str = "text"
    rank: int = 0
    scores: dict = field(default_factory=dict)  # dense cosine / bm25 / per-list ranks
    highlights: list = field(default_factory=list)  # [start, end) spans of query terms in text
    labels: dict = field(default_factory=dict)  # dimensions / elements / issues when classified


class Catalog:
    """Per-passage arrays (rows = ascending passage id) for vectorised filtering."""

    LABEL_KINDS = ("dimension", "element", "issue")

    def __init__(self, store, ids: np.ndarray):
        self.ids = ids
        docs = store.conn.execute("SELECT id, city, kind, year_start, year_end, meta FROM documents").fetchall()
        self.doc_ids = [d[0] for d in docs]
        code = {d: i for i, d in enumerate(self.doc_ids)}
        import json

        self.doc_city = np.array([(d[1] or "").lower() for d in docs], dtype=object)
        self.doc_kind = np.array([d[2] for d in docs], dtype=object)
        self.doc_type = np.array([json.loads(d[5] or "{}").get("doc_type") or d[2] for d in docs], dtype=object)
        self.doc_y0 = np.array([d[3] if d[3] is not None else -1 for d in docs], dtype=np.int32)
        self.doc_y1 = np.array([d[4] if d[4] is not None else -1 for d in docs], dtype=np.int32)
        self._city_docs: dict[str, np.ndarray] = {}  # city filter -> documents it matches
        # table-of-contents passages: never a hit (their entries repeat every heading's words)
        self.hidden = np.isin(ids, store.toc_passage_ids())
        self.n_hidden = int(self.hidden.sum())
        self.hidden_ids = set(ids[self.hidden].tolist())
        self.doc_of = np.full(len(ids), -1, dtype=np.int32)
        rows = store.conn.execute("SELECT id, doc_id FROM passages ORDER BY id").fetchall()
        pid = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        dcode = np.fromiter((code.get(r[1], -1) for r in rows), dtype=np.int32, count=len(rows))
        where = np.searchsorted(ids, pid)
        ok = (where < len(ids)) & (ids[np.minimum(where, len(ids) - 1)] == pid) if len(ids) else np.zeros(0, bool)
        self.doc_of[where[ok]] = dcode[ok]
        # label bits: one bit per label id, per kind
        self.label_bits: dict[str, dict[str, int]] = {k: {} for k in self.LABEL_KINDS}
        self.bits = {k: np.zeros(len(ids), dtype=np.uint64) for k in self.LABEL_KINDS}
        for kind in self.LABEL_KINDS:
            names = [
                r[0]
                for r in store.conn.execute(
                    "SELECT DISTINCT label FROM passage_labels WHERE kind = ? ORDER BY label", (kind,)
                )
            ]
            self.label_bits[kind] = {n: i for i, n in enumerate(names[:64])}
            for name, bit in self.label_bits[kind].items():
                lp = np.fromiter(
                    (
                        r[0]
                        for r in store.conn.execute(
                            "SELECT passage_id FROM passage_labels WHERE kind = ? AND label = ?", (kind, name)
                        )
                    ),
                    dtype=np.int64,
                )
                w = np.searchsorted(ids, lp)
                good = (w < len(ids)) & (ids[np.minimum(w, len(ids) - 1)] == lp) if len(ids) else np.zeros(0, bool)
                self.bits[kind][w[good]] |= np.uint64(1 << bit)

    def mask(
        self,
        *,
        city: str | None = None,
        kind: str | None = None,
        doc_type: str | None = None,
        year: int | None = None,
        doc: str | list[str] | None = None,
        dimension: str | None = None,
        element: str | None = None,
        issue: str | None = None,
    ) -> np.ndarray | None:
        """Boolean row mask, or None when no filter is set."""
        doc_ok = None

        def both(a, b):
            return b if a is None else (a & b)

        if city:
            c = city.lower().strip()
            if c not in self._city_docs:
                # "Nusa Permai" matches "Kota Nusa Permai"; an exact canonical name matches only itself
                self._city_docs[c] = np.array(
                    [c == x or x.endswith(" " + c) or (c in x and len(c) > 3) for x in self.doc_city], dtype=bool
                )
            doc_ok = both(doc_ok, self._city_docs[c])
        if kind:
            doc_ok = both(doc_ok, self.doc_kind == kind)
        if doc_type:
            doc_ok = both(doc_ok, self.doc_type == doc_type)
        if year:
            y0, y1 = self.doc_y0, np.where(self.doc_y1 < 0, self.doc_y0, self.doc_y1)
            doc_ok = both(doc_ok, (y0 >= 0) & (y0 <= int(year)) & (y1 >= int(year)))
        if doc:
            wanted = {doc} if isinstance(doc, str) else set(doc)
            doc_ok = both(doc_ok, np.array([d in wanted for d in self.doc_ids], dtype=bool))
        m = None
        if doc_ok is not None:  # one gather; rows without a document (doc_of -1) get the final False
            m = np.append(doc_ok, False)[self.doc_of]
        for kind_, val in (("dimension", dimension), ("element", element), ("issue", issue)):
            if val:
                bit = self.label_bits[kind_].get(val)
                lm = np.zeros(len(self.ids), bool) if bit is None else (self.bits[kind_] & np.uint64(1 << bit)) != 0
                m = both(m, lm)
        return m


class Searcher:
    """Search over one store: keyword index, vector index and catalog, kept in sync."""

    def __init__(self, store, model: str | None = None, *, embedder=None, dense: bool = True):
        self.store = store
        self.keyword = KeywordIndex(store)
        self.embedder = embedder
        self.model = model
        self.vectors = None
        self.want_dense = dense
        self.notes: list[str] = []  # what happened: repairs, rebuilds (each said once by the service)
        self.pending_vectors = 0  # passages stored but not yet embedded (after a crash or --no-index)
        self._version = None
        self.catalog: Catalog | None = None
        self.refresh(force=True)

    # -- consistency --------------------------------------------------------------------------
    def _dense_setup(self) -> None:
        from .vectors import open_index

        model_id = self.store.get_meta("embedding_model_id")
        if not self.want_dense:
            return
        if self.embedder is None:
            try:
                self.embedder = store_embedder(self.store, self.model)
            except EmbedError as e:
                self.notes.append(f"dense search unavailable: {e}")
                return
        if model_id and self.embedder.model_id != model_id:
            raise StoreError(
                f"the passages of this store were embedded with {model_id}, not with "
                f"{self.embedder.model_id}; search with that model (--model) or re-embed "
                "('telaah index --reembed')"
            )
        if not self.store.embedding_models().get(self.embedder.model_id):
            self.notes.append("no passage vectors yet ('telaah index' embeds them): keyword search only")
            self.vectors = None
            return
        self.vectors = open_index(self.store, self.embedder.model_id)
        self.notes += self.vectors.repairs

    def refresh(self, force: bool = False) -> None:
        """Re-check the indexes when the store changed since the last look (cheap otherwise)."""
        v = self.store.data_version()
        if not force and v == self._version:
            return
        self._version = v
        rep = self.keyword.sync()
        self.notes += self.keyword.repairs
        self.keyword.repairs = []
        if force or self.vectors is None:
            self._dense_setup()
        else:
            r = self.vectors.sync()
            if r.get("added") or r.get("removed") or r.get("rebuilt"):
                self.notes.append(f"vector index updated: +{r.get('added', 0)} / -{r.get('removed', 0)}")
        self.catalog = Catalog(self.store, self.keyword.ids)
        # a state, not an event: said with every search while it lasts (see pending_note)
        self.pending_vectors = (
            self.store.count_missing_embeddings(self.embedder.model_id) if self.vectors is not None else 0
        )
        if rep.get("rebuilt") and not force:
            self.notes.append("keyword index rebuilt")

    def pending_note(self) -> str | None:
        if not self.pending_vectors:
            return None
        return (
            f"{self.pending_vectors} passages have no vector yet and are missing from dense results "
            "('telaah index' embeds them)"
        )

    # -- search -----------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        mode: str = "hybrid",
        candidates: int = CANDIDATES,
        fusion: str = "score",
        alpha: float = 0.5,
        **filters,
    ) -> list[Hit]:
        if mode not in MODES:
            raise ValueError(f"unknown search mode '{mode}' (choose from {', '.join(MODES)})")
        query = (query or "").strip()
        if not query:
            return []
        self.refresh()
        mask = self.catalog.mask(**filters)
        if mask is not None and self.catalog.n_hidden:
            mask = mask & ~self.catalog.hidden
        if mask is not None and not mask.any():
            return []
        if mode != "keyword" and self.vectors is None:
            if mode == "dense":
                raise StoreError("dense search needs passage vectors: " + "; ".join(self.notes[-1:]))
            mode = "keyword"
        n = max(k, candidates if mode == "hybrid" else k)
        dense: list[tuple[int, float]] = []
        kw: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            qv = self.embedder.embed_query(query)
            dense = self.dense_search(qv, n, mask)
        if mode in ("hybrid", "keyword"):
            kmask = ~self.catalog.hidden if mask is None and self.catalog.n_hidden else mask
            ids, sc = self.keyword.search(query, n, kmask)
            kw = list(zip(ids.tolist(), sc.tolist()))
        fused = fuse(dense, kw, fusion, alpha) if mode == "hybrid" else (dense or kw)
        top = fused[:k]
        return self._hits(
            query,
            top,
            dict(dense),
            dict(kw),
            {p: r + 1 for r, (p, _) in enumerate(dense)},
            {p: r + 1 for r, (p, _) in enumerate(kw)},
        )

    def dense_search(self, qv: np.ndarray, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(passage id, cosine) of the n nearest passages, limited to the mask's rows; without a
        mask, the table-of-contents passages are dropped from a few more nearest ones (a filter
        over every row only when too many of those were TOC)."""
        cat = self.catalog
        if mask is None and cat is not None and cat.n_hidden:
            extra = min(cat.n_hidden, max(16, n // 2))
            got = self._dense(qv, n + extra, None)
            keep = [(p, s) for p, s in got if p not in cat.hidden_ids]
            if len(keep) >= n or len(got) < n + extra:
                return keep[:n]
            return self._dense(qv, n, ~cat.hidden)
        return self._dense(qv, n, mask)

    def _dense(self, qv: np.ndarray, n: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        allowed = self.keyword.ids[mask & self.keyword.alive] if mask is not None else None
        be = self.vectors.backend
        with faiss_threads():
            if allowed is not None and be is not None and be.kind != "flat":
                D, I = be.search(qv, n, allowed, nprobe=filter_nprobe(be.params, len(allowed), be.ntotal))
                keep = I[0] >= 0
                D, I = D[0][keep], I[0][keep]
            else:
                D, I = self.vectors.search(qv, n, allowed)
        return list(zip(I.tolist(), D.tolist()))

    def _hits(self, query, top, dense_s, kw_s, dense_r, kw_r) -> list[Hit]:
        if not top:
            return []
        ids = [p for p, _ in top]
        rows = {r["id"]: r for r in self.store.passages(ids=ids)}
        docs = {}
        labels = self.store.labels_for(ids)
        out = []
        for rank, (pid, score) in enumerate(top, 1):
            p = rows.get(pid)
            if p is None:  # deleted between search and fetch
                continue
            d = docs.get(p["doc_id"]) or docs.setdefault(p["doc_id"], self.store.document(p["doc_id"]))
            sc = {}
            if pid in dense_s:
                sc["dense"] = round(float(dense_s[pid]), 4)
                sc["dense_rank"] = dense_r[pid]
            if pid in kw_s:
                sc["keyword"] = round(float(kw_s[pid]), 4)
                sc["keyword_rank"] = kw_r[pid]
            out.append(
                Hit(
                    passage_id=pid,
                    doc_id=p["doc_id"],
                    title=d["title"],
                    city=d["city"],
                    kind=d["kind"],
                    doc_type=d["meta"].get("doc_type"),
                    year=d["year"],
                    page=p["page_start"],
                    page_end=p["page_end"],
                    section=p["section_path"],
                    score=round(float(score), 6),
                    text=p["text"],
                    passage_kind=p["kind"],
                    rank=rank,
                    scores=sc,
                    highlights=[list(s) for s in term_spans(p["text"], query)],
                    labels=labels.get(pid, {}),
                )
            )
        return out


def fuse(
    dense: list[tuple[int, float]], kw: list[tuple[int, float]], method: str = "score", alpha: float = 0.5
) -> list[tuple[int, float]]:
    """Merge two ranked lists. rrf: sum of 1/(60 + rank). score: alpha * cosine (min-max
    normalised in the list) + (1 - alpha) * bm25 (normalised likewise)."""
    acc: dict[int, float] = {}
    if method == "rrf":
        for lst in (dense, kw):
            for r, (pid, _) in enumerate(lst):
                acc[pid] = acc.get(pid, 0.0) + 1.0 / (RRF_K + r + 1)
    elif method == "score":
        for lst, w in ((dense, alpha), (kw, 1 - alpha)):
            if not lst:
                continue
            v = np.array([s for _, s in lst], dtype=np.float64)
            lo, hi = v.min(), v.max()
            norm = (v - lo) / (hi - lo) if hi > lo else np.ones_like(v)
            for (pid, _), x in zip(lst, norm):
                acc[pid] = acc.get(pid, 0.0) + w * float(x)
    else:
        raise ValueError(f"unknown fusion '{method}'")
    return sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))
