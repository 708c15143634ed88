"""Keyword search: BM25 (bm25s) over Indonesian tokens, persisted beside the store.

The analyser is nlp/analysis.py (shared with the extractor).

Persistence: `<store>/keyword/` holds the bm25s index files, `ids.npy` (row -> passage id,
ascending) and `meta.json` (analyser version, count and id-sum of the passages it indexes).
The index is derived from the store and rebuilt when they differ; passages deleted since the
last build are masked out until the next rebuild (so a delete costs nothing), added passages
trigger a rebuild. Writes are atomic (a new directory, then rename).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from nlp.analysis import ANALYSER_VERSION, analyse, stemming_enabled


class KeywordIndex:
    """BM25 over all passages of a store, rows aligned with ascending passage ids."""

    def __init__(self, store):
        self.store = store
        self.dir = Path(store.dir) / "keyword"
        self.bm25 = None
        self.ids = np.zeros(0, np.int64)
        self.alive = np.zeros(0, bool)
        self.meta: dict = {}
        self.repairs: list[str] = []

    # -- persistence ---------------------------------------------------------------------------
    def _load(self) -> bool:
        import bm25s

        fm = self.dir / "meta.json"
        if not fm.exists():
            return False
        try:
            meta = json.loads(fm.read_text())
            if meta.get("analyser") != ANALYSER_VERSION or meta.get("stem") != stemming_enabled():
                self.repairs.append("the keyword index was built with another analyser; rebuilt")
                return False
            ids = np.load(self.dir / "ids.npy")
            bm = bm25s.BM25.load(str(self.dir / "bm25"), mmap=True) if meta["count"] else None
        except Exception as e:  # damaged files: rebuild from the store, and say so
            self.repairs.append(f"the keyword index could not be read ({type(e).__name__}); rebuilt from the store")
            return False
        if len(ids) != meta["count"]:
            self.repairs.append("the keyword index files disagree; rebuilt")
            return False
        self.bm25, self.ids, self.meta = bm, ids, meta
        self.alive = np.ones(len(ids), bool)
        return True

    def build(self) -> dict:
        import bm25s

        t0 = time.perf_counter()
        ids, corpus = [], []
        for batch in self.store.iter_passage_texts():
            for pid, text in batch:
                ids.append(pid)
                # one str object per distinct term (not per occurrence): at 1M passages the
                # token lists are most of the build's memory (bench/search.py: peak RSS halved)
                corpus.append([sys.intern(t) for t in analyse(text)])
        ids_arr = np.asarray(ids, dtype=np.int64)
        tmp = self.dir.with_name(f"keyword.tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        bm = None
        if ids:
            bm = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
            bm.index(corpus, show_progress=False)
            bm.save(str(tmp / "bm25"))
        np.save(tmp / "ids.npy", ids_arr)
        meta = {
            "analyser": ANALYSER_VERSION,
            "stem": stemming_enabled(),
            "count": len(ids),
            "id_sum": int(ids_arr.sum()) if ids else 0,
            "k1": 1.2,
            "b": 0.75,
            "vocab": len(bm.vocab_dict) if bm is not None else 0,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "seconds": round(time.perf_counter() - t0, 2),
        }
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1))
        old = self.dir.with_name(f"keyword.old{os.getpid()}")
        if self.dir.exists():
            os.replace(self.dir, old)
        os.replace(tmp, self.dir)
        shutil.rmtree(old, ignore_errors=True)
        self.bm25 = bm25s.BM25.load(str(self.dir / "bm25"), mmap=True) if ids else None
        self.ids, self.meta = ids_arr, meta
        self.alive = np.ones(len(ids_arr), bool)
        return meta

    def sync(self) -> dict:
        """Make the index answer for exactly the store's passages."""
        if self.bm25 is None and not len(self.ids) and not self._load():
            return self._rebuild()
        if self._current():
            self.alive[:] = True
            return {"rebuilt": False}
        want = self.store.passage_ids()
        if np.isin(want, self.ids, assume_unique=True).all():  # only deletions: mask them
            self.alive = np.isin(self.ids, want, assume_unique=True)
            return {"rebuilt": False, "masked": int((~self.alive).sum())}
        return self._rebuild()

    def _current(self) -> bool:
        count, id_sum = self.store.passage_state()
        return (len(self.ids), int(self.ids.sum()) if len(self.ids) else 0) == (count, id_sum)

    def _rebuild(self) -> dict:
        """Rebuild under the store's `keyword` lock: when several processes find the index stale
        (searches right after a crash, two ingests), one builds and the others load its files."""
        with self.store.lock("keyword"):
            if self._load() and self._current():
                return {"rebuilt": False, "loaded": True}
            return {"rebuilt": True, **self.build()}

    # -- search ----------------------------------------------------------------------------------
    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row (0 where no term matches)."""
        terms = analyse(query)
        if self.bm25 is None or not terms:
            return np.zeros(len(self.ids), np.float32)
        vocab = self.bm25.vocab_dict
        terms = [t for t in terms if t in vocab]
        if not terms:
            return np.zeros(len(self.ids), np.float32)
        return np.asarray(self.bm25.get_scores(terms), dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(passage ids, scores) of the k best rows with a positive score, rows limited by mask."""
        s = self.scores(query)
        if not len(s):
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        # only the rows that match a term are ranked (and masked), not all of them: at 1M
        # passages masking and partitioning every row cost ~7 ms a query (bench/search.py)
        rows = np.flatnonzero(s > 0)
        rows = rows[self.alive[rows]]
        if mask is not None:
            rows = rows[mask[rows]]
        k = min(k, len(rows))
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        sc = s[rows]
        if k < len(rows):
            part = np.argpartition(-sc, k - 1)[:k]
            rows, sc = rows[part], sc[part]
        order = np.lexsort((rows, -sc))  # by score, ties by passage id
        return self.ids[rows[order]], sc[order]
