"""The FAISS index of passage vectors, persisted beside the store.

Source of truth: the store's `embeddings` table (one float16 vector per passage, with the
model id). The FAISS index is a derived, rebuildable cache in `<store>/vectors/`:

  <model-slug>.faiss   the index; FAISS ids = store passage ids (IndexIDMap2 / IVF ids)
  <model-slug>.json    model id, dim, index type and parameters, count and id-sum of the
                       ids it holds, build time

Index type is chosen by size (recorded in the json):
  n <  FLAT_MAX (100k)  exact inner-product search, IndexIDMap2(IndexFlatIP)
  n >= FLAT_MAX         IVF with 8-bit scalar quantisation (IndexIVFScalarQuantizer, inner
                        product; nlist ~ 2*sqrt(n) rounded to a power of two, nprobe chosen so
                        recall@10 vs exact stays >= 0.95; see bench/search.py): 1 byte per
                        dimension (384 MB per million passages), supports add and remove by id.
Writes are atomic (temp file + os.replace, json last) under a file lock. On open the index is
checked against the store (count and id-sum of the model's vectors); a mismatch is repaired
by diffing the id sets (adding the missing vectors from the store, removing stale ids), and
reported in `VectorIndex.repairs`. It is never silently wrong.

`VectorBackend` is the seam for going past one machine: a sharded FAISS or a vector engine
(Milvus, Qdrant) implements the same four methods (see README, "Past one machine").
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np

from ingest.errors import StoreError

FLAT_MAX = int(os.environ.get("TELAAH_FLAT_MAX", "100000"))
INDEX_VERSION = 1


class VectorBackend(Protocol):
    """What search needs from a vector store: replaceable by a distributed engine."""

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None: ...
    def remove(self, ids: np.ndarray) -> int: ...
    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]: ...
    @property
    def ntotal(self) -> int: ...


def model_slug(model_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model_id)[:80]


def ivf_params(n: int) -> dict:
    nlist = 2 ** max(6, round(math.log2(max(1, 2 * math.sqrt(n)))))
    # nprobe ~ 8 sqrt(nlist), a multiple of 32: the share of lists recall@10 >= 0.95 needs falls
    # as the lists grow (bench/search.py, e5 vectors: 192 of 512 lists give 0.96 at 100k
    # passages, 384 of 2048 give 0.96 at 1M; the former nlist // 32 gave 0.68 and 0.88)
    nprobe = min(nlist, 32 * math.ceil(8 * math.sqrt(nlist) / 32))
    return {"nlist": int(nlist), "nprobe": int(nprobe), "qtype": "SQ8", "trained_for": int(n)}


def _bitmap(ids: np.ndarray, max_id: int) -> np.ndarray:
    bits = np.zeros(max_id + 1, dtype=bool)
    bits[ids[(ids >= 0) & (ids <= max_id)]] = True
    return np.packbits(bits, bitorder="little")


class FaissBackend:
    """One FAISS index (flat or IVF-SQ8) holding vectors under their passage ids."""

    def __init__(self, index, kind: str, params: dict):
        self.index = index
        self.kind = kind
        self.params = params
        self._max_id = -1

    @classmethod
    def empty(cls, dim: int, n_expected: int, train: np.ndarray | None = None) -> FaissBackend:
        import faiss

        if n_expected < FLAT_MAX or train is None:
            return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)), "flat", {})
        p = ivf_params(n_expected)
        quant = faiss.IndexFlatIP(dim)
        ix = faiss.IndexIVFScalarQuantizer(
            quant, dim, p["nlist"], faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
        )
        ix.cp.min_points_per_centroid = 5  # fewer training points than FAISS's default 39/centroid is fine here
        ix.train(np.ascontiguousarray(train, dtype=np.float32))
        ix.nprobe = p["nprobe"]
        return cls(ix, "ivf_sq8", p)

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self.index.add_with_ids(
                np.ascontiguousarray(vectors, dtype=np.float32), np.ascontiguousarray(ids, dtype=np.int64)
            )
            self._max_id = max(self._max_id, int(ids.max()))

    def remove(self, ids: np.ndarray) -> int:
        import faiss

        if not len(ids):
            return 0
        ids = np.ascontiguousarray(ids, dtype=np.int64)
        return int(self.index.remove_ids(faiss.IDSelectorBatch(len(ids), faiss.swig_ptr(ids))))

    def ids(self) -> np.ndarray:
        import faiss

        if self.kind == "flat":
            out = faiss.vector_to_array(self.index.id_map).astype(np.int64)
        else:
            inv = self.index.invlists
            parts = []
            for i in range(self.index.nlist):
                n = inv.list_size(i)
                if n:
                    parts.append(faiss.rev_swig_ptr(inv.get_ids(i), n).copy())
            out = np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)
        if len(out):
            self._max_id = max(self._max_id, int(out.max()))
        return np.sort(out)

    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None, nprobe: int | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        import faiss

        q = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if self.ntotal == 0:
            return np.zeros((len(q), 0), np.float32), np.zeros((len(q), 0), np.int64)
        k = min(k, self.ntotal)
        sel = None
        if allowed is not None:
            if self._max_id < 0:
                self.ids()
            bm = _bitmap(np.asarray(allowed, dtype=np.int64), self._max_id)
            sel = faiss.IDSelectorBitmap(len(bm), faiss.swig_ptr(bm))
        if self.kind == "flat":
            params = faiss.SearchParameters(sel=sel) if sel is not None else None
        else:
            params = (
                faiss.SearchParametersIVF(sel=sel, nprobe=nprobe or self.params.get("nprobe", 16))
                if (sel is not None or nprobe)
                else None
            )
        D, I = self.index.search(q, k, params=params) if params is not None else self.index.search(q, k)
        return D, I


class VectorIndex:
    """The persisted FAISS index of one model's vectors, kept consistent with the store."""

    def __init__(self, store, model_id: str):
        self.store = store
        self.model_id = model_id
        self.dir = Path(store.dir) / "vectors"
        self.base = self.dir / model_slug(model_id)
        self.backend: FaissBackend | None = None
        self.meta: dict = {}
        self.repairs: list[str] = []

    # -- persistence --------------------------------------------------------------------------
    @contextmanager
    def _lock(self):
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _load(self) -> bool:
        import faiss

        fj, ff = self.base.with_suffix(".json"), self.base.with_suffix(".faiss")
        if not fj.exists() or not ff.exists():
            return False
        try:
            meta = json.loads(fj.read_text())
            ix = faiss.read_index(str(ff))
        except Exception as e:  # a damaged file is rebuilt from the store, and said so
            self.repairs.append(f"the vector index file could not be read ({type(e).__name__}); rebuilt from the store")
            return False
        if meta.get("version") != INDEX_VERSION or meta.get("model_id") != self.model_id:
            self.repairs.append("the vector index was made by another version or model; rebuilt")
            return False
        if int(ix.ntotal) != meta.get("count"):
            self.repairs.append(
                f"the vector index holds {ix.ntotal} vectors, its record says {meta.get('count')}; "
                "checked against the store"
            )
        self.backend = FaissBackend(ix, meta["type"], meta.get("params", {}))
        self.meta = meta
        return True

    def save(self) -> None:
        import faiss

        assert self.backend is not None
        ids = self.backend.ids()
        self.meta = {
            "version": INDEX_VERSION,
            "model_id": self.model_id,
            "dim": int(self.backend.index.d),
            "type": self.backend.kind,
            "params": self.backend.params,
            "count": int(len(ids)),
            "id_sum": int(ids.sum()) if len(ids) else 0,
            "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.base.with_suffix(f".faiss.tmp{os.getpid()}")
        faiss.write_index(self.backend.index, str(tmp))
        os.replace(tmp, self.base.with_suffix(".faiss"))
        tj = self.base.with_suffix(f".json.tmp{os.getpid()}")
        tj.write_text(json.dumps(self.meta, indent=1))
        os.replace(tj, self.base.with_suffix(".json"))

    # -- building and syncing -----------------------------------------------------------------
    def _build(self, n: int, dim: int) -> None:
        train = None
        if n >= FLAT_MAX:
            p = ivf_params(n)
            want = min(n, max(64 * p["nlist"], 50000))
            # an evenly spread sample of the stored vectors trains the coarse quantiser
            ids = self.store.embedding_ids(self.model_id)
            pick = set(ids[np.linspace(0, len(ids) - 1, want).astype(int)].tolist())
            chunks = []
            for bid, bv in self.store.iter_embeddings(self.model_id):
                m = np.fromiter((i in pick for i in bid.tolist()), dtype=bool, count=len(bid))
                chunks.append(bv[m])
            train = np.concatenate(chunks)
        self.backend = FaissBackend.empty(dim, n, train)
        for bid, bv in self.store.iter_embeddings(self.model_id):
            self.backend.add(bid, bv)

    def sync(self, force_rebuild: bool = False) -> dict:
        """Make the index hold exactly the store's vectors of this model; persist if changed."""
        with self._lock():
            t0 = time.perf_counter()
            count, id_sum = self.store.embedding_state(self.model_id)
            loaded = False if force_rebuild else (self.backend is not None or self._load())
            dim = self._dim()
            report = {"added": 0, "removed": 0, "rebuilt": False}
            if dim is None:  # nothing embedded (yet, or any more): no index files either
                self.backend = None
                if self.base.with_suffix(".faiss").exists() or self.base.with_suffix(".json").exists():
                    self.base.with_suffix(".faiss").unlink(missing_ok=True)
                    self.base.with_suffix(".json").unlink(missing_ok=True)
                    report["removed"] = int(self.meta.get("count") or 0)
                    report["rebuilt"] = True
                    self.meta = {}
                return report
            wrong_kind = loaded and (
                (self.backend.kind == "flat" and count >= FLAT_MAX)  # grown: switch to ANN
                or (self.backend.kind != "flat" and count < FLAT_MAX // 2)  # shrunk a lot: exact again
                or (self.backend.kind != "flat" and count > 4 * self.backend.params.get("trained_for", count))
            )
            if not loaded or wrong_kind:
                self._build(count, dim)
                report["rebuilt"] = True
            elif (self.meta.get("count"), self.meta.get("id_sum")) != (count, id_sum) or self.backend.ntotal != count:
                have = self.backend.ids()
                want = self.store.embedding_ids(self.model_id)
                extra = np.setdiff1d(have, want, assume_unique=True)
                missing = np.setdiff1d(want, have, assume_unique=True)
                report["removed"] = self.backend.remove(extra)
                for bid, bv in self._vectors_for(missing):
                    self.backend.add(bid, bv)
                report["added"] = int(len(missing))
            else:
                return report
            self.save()
            report["seconds"] = round(time.perf_counter() - t0, 3)
            return report

    def _vectors_for(self, ids: np.ndarray, batch: int = 900):
        for i in range(0, len(ids), batch):
            chunk = [int(x) for x in ids[i : i + batch]]
            rows = self.store.conn.execute(
                f"SELECT passage_id, vec FROM embeddings WHERE model = ? AND passage_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY passage_id",
                [self.model_id, *chunk],
            ).fetchall()
            if rows:
                yield (
                    np.array([r[0] for r in rows], dtype=np.int64),
                    np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16)
                    .reshape(len(rows), -1)
                    .astype(np.float32),
                )

    def _dim(self) -> int | None:
        r = self.store.conn.execute(
            "SELECT length(vec) FROM embeddings WHERE model = ? LIMIT 1", (self.model_id,)
        ).fetchone()
        return r[0] // 2 if r else None

    def check(self) -> list[str]:
        """Problems (empty when the index matches the store exactly)."""
        count, id_sum = self.store.embedding_state(self.model_id)
        if self.backend is None and not self._load():
            return [] if count == 0 else [f"no vector index for {count} stored vectors"]
        have = self.backend.ids()
        out = []
        if len(have) != count or int(have.sum()) != id_sum:
            out.append(f"vector index holds {len(have)} ids, the store {count}")
        return out

    # -- search ---------------------------------------------------------------------------------
    def search(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        if self.backend is None:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        D, I = self.backend.search(qvec, k, allowed)
        keep = I[0] >= 0
        return D[0][keep], I[0][keep]


def open_index(store, model_id: str, repair: bool = True) -> VectorIndex:
    """Load the index of `model_id` and check it against the store; repair (default) or raise."""
    vi = VectorIndex(store, model_id)
    if repair:
        rep = vi.sync()
        if rep.get("added") or rep.get("removed"):
            vi.repairs.append(f"vector index updated: +{rep['added']} / -{rep['removed']} vectors to match the store")
    else:
        problems = vi.check()
        if problems:
            raise StoreError("; ".join(problems) + " (run 'telaah index --repair')")
    return vi
