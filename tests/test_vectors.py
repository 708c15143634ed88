"""index/vectors.py (VectorIndex): the FAISS mirror of the store's `embeddings` table, on a
tiny store of random unit vectors (dim 32) written through the Store API."""

from __future__ import annotations

import json

import numpy as np
import pytest

from index import vectors as V
from index.store import Store, StoreError
from index.vectors import FaissBackend, VectorIndex, open_index
from ingest.records import ParsedDocument, Passage

DIM = 32
MODEL = "test-model@0001"


def _add_doc(store: Store, name: str, n: int, seed: int, model: str = MODEL) -> tuple[np.ndarray, np.ndarray]:
    """A document of n one-line passages with one random unit vector each; returns (ids, the
    vectors as the store keeps them: float16, back to float32)."""
    text = "".join(f"passage {name} {i}\n" for i in range(n))
    doc = ParsedDocument(
        source_name=f"{name}.txt",
        fmt="txt",
        text=text,
        n_pages=1,
        title=name,
        pages=[{"page": 1, "char_start": 0, "char_end": len(text)}],
    )
    pos = 0
    for i in range(n):
        t = f"passage {name} {i}"
        doc.passages.append(Passage(i, "text", t, pos, pos + len(t), 1, 1, None, 1))
        pos += len(t) + 1
    res = store.write_document(
        doc, source_path=f"/src/{name}.txt", sha256=f"{seed:064x}", size=len(text), parser_version="1"
    )
    ids = np.array([p["id"] for p in store.passages(res.doc_id)], dtype=np.int64)
    v = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    assert store.write_embeddings(model, ids.tolist(), v) == n
    return ids, v.astype(np.float16).astype(np.float32)


def _brute(ids: np.ndarray, vecs: np.ndarray, q: np.ndarray, k: int) -> list[int]:
    s = vecs @ q
    return ids[np.argsort(-s, kind="stable")[:k]].tolist()


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store") as st:
        yield st


def test_empty_store_has_no_index_and_searches_to_nothing(store):
    vi = VectorIndex(store, MODEL)
    assert vi.sync() == {"added": 0, "removed": 0, "rebuilt": False}
    assert vi.check() == []
    sims, got = vi.search(np.ones(DIM, np.float32), 5)
    assert len(sims) == len(got) == 0
    assert not (store.dir / "vectors" / f"{V.model_slug(MODEL)}.faiss").exists()


def test_build_persists_and_search_returns_the_nearest_ids(store):
    ids, vecs = _add_doc(store, "a", 300, seed=1)
    vi = VectorIndex(store, MODEL)
    rep = vi.sync()
    assert rep["rebuilt"] is True
    meta = json.loads((store.dir / "vectors" / f"{V.model_slug(MODEL)}.json").read_text())
    assert (meta["count"], meta["id_sum"]) == store.embedding_state(MODEL) == (300, int(ids.sum()))
    assert (meta["dim"], meta["type"], meta["model_id"]) == (DIM, "flat", MODEL)
    assert vi.check() == []
    assert vi.sync() == {"added": 0, "removed": 0, "rebuilt": False}  # nothing to do the second time

    rng = np.random.default_rng(7)
    for j in (0, 57, 299):  # a stored vector finds itself first, with cosine ~1
        sims, got = vi.search(vecs[j], 5)
        assert got[0] == ids[j] and sims[0] == pytest.approx(1.0, abs=1e-3)
        assert got.tolist() == _brute(ids, vecs, vecs[j], 5)
        assert list(sims) == sorted(sims, reverse=True)
    q = rng.standard_normal(DIM).astype(np.float32)
    sims, got = vi.search(q, 10)
    assert got.tolist() == _brute(ids, vecs, q, 10)
    assert np.allclose(sims, np.sort(vecs @ q)[::-1][:10], atol=1e-4)
    # k larger than the index: everything, once
    assert sorted(vi.search(q, 1000)[1].tolist()) == sorted(ids.tolist())

    # a fresh VectorIndex loads the saved file instead of rebuilding
    vi2 = VectorIndex(store, MODEL)
    assert vi2.sync() == {"added": 0, "removed": 0, "rebuilt": False} and vi2.repairs == []
    assert vi2.search(q, 10)[1].tolist() == got.tolist()


def test_filter_by_an_id_subset(store):
    ids, vecs = _add_doc(store, "a", 200, seed=2)
    vi = open_index(store, MODEL)
    q = vecs[10]
    allowed = ids[::3]  # passage ids[10] is not in it
    assert ids[10] not in allowed
    sims, got = vi.search(q, 8, allowed=allowed)
    assert set(got.tolist()) <= set(allowed.tolist()) and len(got) == 8
    sub = np.isin(ids, allowed)
    assert got.tolist() == _brute(ids[sub], vecs[sub], q, 8)
    # ids outside the index (and above its largest id) are ignored; an empty subset finds nothing
    sims, got = vi.search(q, 5, allowed=np.array([ids[10], ids.max() + 1000, -1], np.int64))
    assert got.tolist() == [ids[10]]
    assert len(vi.search(q, 5, allowed=np.zeros(0, np.int64))[1]) == 0


def test_sync_adds_and_removes_by_id(store):
    a_ids, a_vecs = _add_doc(store, "a", 150, seed=3)
    vi = open_index(store, MODEL)
    b_ids, b_vecs = _add_doc(store, "b", 100, seed=4)
    assert vi.check() == ["vector index holds 150 ids, the store 250"]
    rep = vi.sync()
    assert (rep["added"], rep["removed"], rep["rebuilt"]) == (100, 0, False)
    assert vi.check() == [] and vi.backend.ids().tolist() == sorted(a_ids.tolist() + b_ids.tolist())
    assert vi.search(b_vecs[5], 1)[1].tolist() == [b_ids[5]]

    a_doc = store.passages(ids=[int(a_ids[0])])[0]["doc_id"]
    assert store.delete_document(a_doc)  # cascades to its embeddings
    rep = vi.sync()
    assert (rep["added"], rep["removed"], rep["rebuilt"]) == (0, 150, False)
    assert vi.backend.ntotal == 100 and vi.check() == []
    sims, got = vi.search(a_vecs[3], 100)
    assert not set(got.tolist()) & set(a_ids.tolist())
    meta = json.loads(vi.base.with_suffix(".json").read_text())
    assert (meta["count"], meta["id_sum"]) == (100, int(b_ids.sum()))


def test_backend_add_remove_by_id():
    be = FaissBackend.empty(DIM, 10)
    v = np.eye(DIM, dtype=np.float32)[:4]
    be.add(np.array([10, 20, 30, 40], np.int64), v)
    assert be.ntotal == 4 and be.ids().tolist() == [10, 20, 30, 40]
    assert be.remove(np.array([20, 99], np.int64)) == 1  # unknown ids are not counted
    assert be.remove(np.zeros(0, np.int64)) == 0
    assert be.ids().tolist() == [10, 30, 40]
    sims, got = be.search(v[1], 3)
    assert 20 not in got[0].tolist()
    sims, got = be.search(v[2], 1, allowed=np.array([40], np.int64))
    assert got[0].tolist() == [40]


def test_stale_index_is_detected_and_repaired_on_open(store):
    a_ids, _ = _add_doc(store, "a", 120, seed=5)
    b_ids, b_vecs = _add_doc(store, "b", 80, seed=6)
    open_index(store, MODEL)  # saved with 200 vectors
    # the store moves on without the index: one document deleted, another added
    store.delete_document(store.passages(ids=[int(a_ids[0])])[0]["doc_id"])
    c_ids, c_vecs = _add_doc(store, "c", 30, seed=8)

    stale = VectorIndex(store, MODEL)
    [problem] = stale.check()
    assert "holds 200 ids, the store 110" in problem
    with pytest.raises(StoreError, match="telaah index --repair"):
        open_index(store, MODEL, repair=False)
    vi = open_index(store, MODEL)
    assert vi.repairs == ["vector index updated: +30 / -120 vectors to match the store"]
    assert vi.check() == [] and VectorIndex(store, MODEL).check() == []
    assert vi.backend.ids().tolist() == sorted(b_ids.tolist() + c_ids.tolist())
    assert vi.search(c_vecs[0], 1)[1].tolist() == [c_ids[0]]


def test_damaged_or_foreign_index_files_are_rebuilt_and_said_so(store):
    ids, vecs = _add_doc(store, "a", 100, seed=9)
    vi = open_index(store, MODEL)
    ff, fj = vi.base.with_suffix(".faiss"), vi.base.with_suffix(".json")

    ff.write_bytes(b"not a faiss index" * 10)
    assert VectorIndex(store, MODEL).check() == ["no vector index for 100 stored vectors"]
    with pytest.raises(StoreError):
        open_index(store, MODEL, repair=False)
    vi = open_index(store, MODEL)
    assert any("could not be read" in r for r in vi.repairs)
    assert vi.check() == [] and vi.search(vecs[4], 1)[1].tolist() == [ids[4]]

    # the record disagrees with the file: checked against the store (and here the file is right)
    meta = json.loads(fj.read_text())
    fj.write_text(json.dumps(dict(meta, count=7)))
    vi = VectorIndex(store, MODEL)
    rep = vi.sync()
    assert any("its record says 7" in r for r in vi.repairs)
    assert (rep["added"], rep["removed"]) == (0, 0) and json.loads(fj.read_text())["count"] == 100

    # made by another model (or index version): rebuilt
    fj.write_text(json.dumps(dict(meta, model_id="other@1")))
    vi = VectorIndex(store, MODEL)
    assert vi.sync()["rebuilt"] is True and any("another version or model" in r for r in vi.repairs)
    fj.write_text(json.dumps(dict(meta, version=V.INDEX_VERSION + 1)))
    vi = VectorIndex(store, MODEL)
    assert vi.sync()["rebuilt"] is True and vi.check() == []


def test_index_holds_only_its_models_vectors(store):
    a_ids, a_vecs = _add_doc(store, "a", 60, seed=10, model=MODEL)
    b_ids, _ = _add_doc(store, "b", 40, seed=11, model="other@2")
    vi = open_index(store, MODEL)
    assert vi.backend.ids().tolist() == a_ids.tolist()
    other = open_index(store, "other@2")
    assert other.backend.ids().tolist() == b_ids.tolist()
    assert other.base != vi.base and other.base.with_suffix(".faiss").exists()
    sims, got = vi.search(a_vecs[0], 100)
    assert set(got.tolist()) == set(a_ids.tolist())


def test_large_index_switches_to_ivf_and_back(store, monkeypatch):
    """Past FLAT_MAX the index is IVF-SQ8 (lowered here to keep the test tiny): ids, filtered
    search and add/remove work the same; when the store shrinks below half it is exact again."""
    monkeypatch.setattr(V, "FLAT_MAX", 300)
    a_ids, a_vecs = _add_doc(store, "a", 200, seed=12)
    vi = open_index(store, MODEL)
    assert vi.backend.kind == "flat"
    b_ids, b_vecs = _add_doc(store, "b", 200, seed=13)
    rep = vi.sync()
    assert rep["rebuilt"] is True and vi.backend.kind == "ivf_sq8"
    assert vi.meta["type"] == "ivf_sq8" and vi.meta["params"]["trained_for"] == 400
    assert vi.check() == [] and vi.backend.ids().tolist() == sorted(a_ids.tolist() + b_ids.tolist())
    # nprobe covers every list at this size: a stored vector still finds itself (SQ8: approximately 1)
    assert vi.backend.params["nprobe"] >= vi.backend.params["nlist"]
    assert vi.search(b_vecs[3], 1)[1].tolist() == [b_ids[3]]
    sims, got = vi.search(b_vecs[3], 5, allowed=a_ids)
    assert len(got) == 5 and set(got.tolist()) <= set(a_ids.tolist())
    # a fresh instance loads the IVF file and agrees
    assert VectorIndex(store, MODEL).check() == []

    c_ids, c_vecs = _add_doc(store, "c", 20, seed=14)  # still IVF: added by id, not rebuilt
    rep = vi.sync()
    assert (rep["added"], rep["rebuilt"]) == (20, False) and vi.backend.kind == "ivf_sq8"
    assert vi.search(c_vecs[1], 1)[1].tolist() == [c_ids[1]]
    for ids in (a_ids, b_ids):
        store.delete_document(store.passages(ids=[int(ids[0])])[0]["doc_id"])
    rep = vi.sync()  # 20 left < FLAT_MAX // 2: exact again
    assert rep["rebuilt"] is True and vi.backend.kind == "flat" and vi.backend.ids().tolist() == c_ids.tolist()


def test_index_of_an_emptied_store_is_repaired(store):
    ids, _ = _add_doc(store, "a", 10, seed=15)
    open_index(store, MODEL)
    store.delete_document(store.passages(ids=[int(ids[0])])[0]["doc_id"])
    vi = open_index(store, MODEL)
    assert len(vi.search(np.ones(DIM, np.float32), 5)[1]) == 0  # search is right ...
    assert VectorIndex(store, MODEL).check() == []  # ... but the check is not
