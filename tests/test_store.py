"""index/store.py (Store): the SQLite document store, exercised directly on small documents
parsed by the real ingest parser (Markdown files written by the tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from index.store import SCHEMA_VERSION, Store, StoreError, slugify
from ingest import PARSER_VERSION, parse_file, sha256_file

PLAN_MD = """# BAB I Pendahuluan

Dokumen ini adalah masterplan smart city Kota Contoh tahun 2024-2028. Warga kota menjadi sasaran utama.

## 1.1 Latar Belakang

Pengelolaan sampah di pasar tradisional masih menjadi masalah besar. Bank sampah belum berjalan.

# BAB II Analisis Strategis

Kemacetan lalu lintas di pusat kota meningkat setiap tahun. Transportasi umum belum terintegrasi.

| Program | OPD | Target | Tahun | Anggaran (Rp juta) |
|---|---|---|---|---|
| Bank Sampah Digital | DLH | 50 unit | 2025 | 1.500 |
| Bus Listrik Kota | Dishub | 20 bus | 2026 | 12.000 |
"""

OTHER_MD = """# BAB I Gambaran Umum

Kabupaten Lain memiliki potensi pariwisata pantai yang besar. Jumlah wisatawan naik setiap tahun.

# BAB II Strategi

Strategi pengembangan ekonomi kreatif berbasis desa wisata dan UMKM digital.
"""

# every table that hangs off a passage id (ON DELETE CASCADE in the schema)
PASSAGE_CHILDREN = ("embeddings", "classified", "passage_labels", "entities")
DOC_CHILDREN = ("doc_text", "pages", "sections", "tables", "passages")


def _write(store: Store, path: Path, text: str | None = None):
    if text is not None:
        path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    res = store.write_document(
        doc, source_path=str(path), sha256=sha256_file(path), size=path.stat().st_size, parser_version=PARSER_VERSION
    )
    return doc, res


def _assert_consistent(store: Store) -> None:
    """SQLite's own checks plus the store's (orphans, counts)."""
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.integrity() == []


def _label_everything(store: Store, ids: list[int]) -> None:
    """One vector, one label set, one entity and programme record, and one review per passage."""
    store.write_embeddings("m@1", ids, np.eye(len(ids), 8, dtype=np.float32))
    store.write_labels(
        "v1",
        [
            (
                pid,
                {
                    "dimensions": [{"id": "environment", "score": 0.9}],
                    "elements": [{"id": "environment.waste", "score": 0.8}],
                    "issues": [{"id": "waste", "score": 0.7}],
                },
                {
                    "entities": [{"type": "opd", "text": "DLH", "start": 0, "end": 3}],
                    "programmes": [{"name": "Bank Sampah Digital"}],
                },
            )
            for pid in ids
        ],
    )
    for pid in ids:
        store.add_review(pid, action="accept", user="rina", kind="dimension", label="environment")


def _count(store: Store, table: str, where: str, args) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", args).fetchone()[0]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store") as st:
        yield st


def test_new_store_records_its_schema_version_and_meta(tmp_path):
    d = tmp_path / "store"
    with pytest.raises(StoreError, match="no Telaah store"):
        Store(d, create=False)
    with pytest.raises(StoreError):
        Store(d, readonly=True)
    assert not d.exists()
    with Store(d) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert st.get_meta("embedding_model") is None
        st.set_meta("embedding_model", "a")
        st.set_meta("embedding_model", "b")  # upsert, not a second row
        assert st.get_meta("embedding_model") == "b"
        assert st.conn.execute("SELECT count(*) FROM meta WHERE key='embedding_model'").fetchone()[0] == 1
        assert st.counts() == dict.fromkeys(
            ("documents", "pages", "sections", "tables", "passages", "embeddings", "failures"), 0
        )
        _assert_consistent(st)
    with Store(d, create=False) as st:  # reopening keeps the meta
        assert st.get_meta("embedding_model") == "b"


def test_older_schema_is_upgraded_and_a_newer_one_refused(tmp_path):
    d = tmp_path / "store"
    Store(d).close()
    con = sqlite3.connect(d / "telaah.db")
    con.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    con.commit()
    con.close()
    with Store(d) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
    con = sqlite3.connect(d / "telaah.db")
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="schema version"):
        Store(d)


def test_a_v3_store_gains_the_empty_status_and_keeps_every_row(tmp_path):
    """v4 adds the document status `empty`: a v3 store (old CHECK constraint) is rebuilt in place,
    its documents, passages and their references intact."""
    d = tmp_path / "store"
    with Store(d) as st:
        path = tmp_path / "Rencana.md"
        doc, _res = _write(st, path, PLAN_MD)
        n_passages = st.counts()["passages"]
        sql = st.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    con = sqlite3.connect(d / "telaah.db")  # make it a v3 store: the old status check
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'documents'",
        (sql.replace("'needs_ocr', 'empty'", "'needs_ocr'"),),
    )
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    con = sqlite3.connect(d / "telaah.db")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE documents SET status = 'empty'")
    con.close()
    with Store(d) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert st.counts()["passages"] == n_passages and len(st.documents()) == 1
        st.conn.execute("UPDATE documents SET status = 'empty'")  # now allowed
        _assert_consistent(st)
        st.delete_document(st.documents()[0]["id"])  # the references still cascade
        assert st.counts()["passages"] == 0
        _assert_consistent(st)


def test_written_document_reads_back_with_offsets_into_its_text(store, tmp_path):
    path = tmp_path / "Rencana Kota.md"
    doc, res = _write(store, path, PLAN_MD)
    sha = sha256_file(path)
    assert res.action == "added" and res.replaced is None
    assert res.doc_id == f"{slugify('Rencana Kota')}-{sha[:8]}" == f"rencana-kota-{sha[:8]}"
    _assert_consistent(store)

    [row] = store.documents()
    assert row["id"] == res.doc_id and row["sha256"] == sha and row["source_path"] == str(path)
    assert row["n_passages"] == row["passages"] == len(doc.passages) >= 4
    assert row["n_tables"] == len(doc.tables) == 1 and row["fmt"] == "md"
    assert isinstance(row["meta"], dict) and row["meta"] == doc.meta
    assert row["kind"] == doc.kind and row["city"] == doc.city
    assert store.document(res.doc_id) == row
    assert store.documents(kind="rpjmd") == []
    if doc.city:
        assert [d["id"] for d in store.documents(city=doc.city.upper())] == [res.doc_id]

    text = store.text(res.doc_id)
    assert text == doc.text
    ps = store.passages(res.doc_id)
    assert [p["ordinal"] for p in ps] == list(range(len(doc.passages)))
    assert [p["text"] for p in ps] == [p.text for p in doc.passages]
    secs = store.sections(res.doc_id)
    assert [s["ordinal"] for s in secs] == sorted(s["ordinal"] for s in secs)
    paths = {s["ordinal"]: s["path"] for s in secs}
    starts = [p["char_start"] for p in ps]
    assert starts == sorted(starts)
    for p in ps:
        assert 0 <= p["char_start"] < p["char_end"] <= len(text)
        assert p["section_path"] == paths.get(p["section_ordinal"], "")
        if p["kind"] == "text":
            assert text[p["char_start"] : p["char_end"]] == p["text"]
        else:  # a table passage is rendered "Kolom: ..."; its span still covers the table's cells
            span = text[p["char_start"] : p["char_end"]]
            assert p["table_ordinal"] == 0 and all(c in span for c in ("Program", "Bank Sampah Digital", "Dishub"))
    for s in secs:
        assert text[s["char_start"] :].startswith(f"{s['number']} {s['title']}".strip())
    assert [s["title"] for s in secs] == ["Pendahuluan", "Latar Belakang", "Analisis Strategis"]
    assert secs[1]["parent"] == secs[0]["ordinal"] and secs[1]["path"] == "BAB I Pendahuluan > 1.1 Latar Belakang"

    [t] = store.tables(res.doc_id)
    assert t["header"] == ["Program", "OPD", "Target", "Tahun", "Anggaran (Rp juta)"]
    assert t["rows"][1] == ["Bus Listrik Kota", "Dishub", "20 bus", "2026", "12.000"]
    assert (t["n_rows"], t["n_cols"]) == (2, 5)
    pages = store.pages(res.doc_id)
    assert pages[0]["page"] == 1 and pages[-1]["char_end"] <= len(text)

    # passages by id, in any order, and the id fingerprints
    ids = [p["id"] for p in ps]
    assert {p["id"] for p in store.passages(ids=ids[::-1])} == set(ids)
    assert store.passage_state() == (len(ids), sum(ids))
    assert store.passage_ids().tolist() == sorted(ids)
    assert [r for batch in store.iter_passage_texts(batch=2) for r in batch] == [(p["id"], p["text"]) for p in ps]


def test_resolve_id_exact_prefix_ambiguous_and_unknown(store, tmp_path):
    _, a = _write(store, tmp_path / "rencana_kota_a.md", PLAN_MD)
    _, b = _write(store, tmp_path / "rencana_kota_b.md", OTHER_MD)
    assert a.doc_id.startswith("rencana-kota-a-") and b.doc_id.startswith("rencana-kota-b-")
    assert store.resolve_id(a.doc_id) == a.doc_id
    assert store.resolve_id("rencana-kota-b") == b.doc_id
    assert store.document("rencana-kota-a")["id"] == a.doc_id
    with pytest.raises(StoreError, match="matches 2 documents") as ei:
        store.resolve_id("rencana-kota")
    assert a.doc_id in str(ei.value) and b.doc_id in str(ei.value)
    for bad in ("nope", "", "rencana_kota", "rencana%", "%"):
        if bad == "":  # the empty prefix matches everything: ambiguous, never a silent pick
            with pytest.raises(StoreError, match="matches 2"):
                store.resolve_id(bad)
            continue
        # LIKE wildcards are escaped: "_" and "%" are literal characters
        with pytest.raises(StoreError, match="no document with id"):
            store.resolve_id(bad)
    for reader in (store.passages, store.sections, store.tables, store.pages, store.text, store.document):
        with pytest.raises(StoreError):
            reader("nope")


def test_identical_content_is_stored_once(store, tmp_path):
    p1 = tmp_path / "plan.md"
    _, first = _write(store, p1, PLAN_MD)
    before = store.counts()
    ids = store.passage_ids().tolist()
    sha = sha256_file(p1)
    row = store.find_by_sha(sha)
    assert (row["id"], row["source_path"]) == (first.doc_id, str(p1))
    assert store.find_by_sha("0" * 64) is None

    _, again = _write(store, p1)
    assert (again.action, again.doc_id, again.same_as) == ("unchanged", first.doc_id, first.doc_id)
    # the same bytes under another name and path: still one document, the first one
    p2 = tmp_path / "copy" / "salinan.md"
    p2.parent.mkdir()
    _, copy = _write(store, p2, PLAN_MD)
    assert (copy.action, copy.doc_id) == ("unchanged", first.doc_id)
    assert store.counts() == before and store.passage_ids().tolist() == ids
    assert store.document(first.doc_id)["source_path"] == str(p1)
    _assert_consistent(store)


def test_new_version_from_the_same_path_replaces_the_old_one(store, tmp_path):
    path = tmp_path / "plan.md"
    _, v1 = _write(store, path, PLAN_MD)
    _, other = _write(store, tmp_path / "other.md", OTHER_MD)
    old_ids = [p["id"] for p in store.passages(v1.doc_id)]
    other_ids = [p["id"] for p in store.passages(other.doc_id)]
    _label_everything(store, old_ids + other_ids)
    _assert_consistent(store)

    _, v2 = _write(store, path, PLAN_MD + "\nParagraf baru tentang energi surya di gedung pemerintah kota.\n")
    assert v2.action == "replaced" and v2.replaced == v1.doc_id and v2.doc_id != v1.doc_id
    assert v2.doc_id.startswith("plan-") and v2.doc_id[-8:] == sha256_file(path)[:8]
    assert [d["id"] for d in store.documents()].count(v1.doc_id) == 0
    assert len(store.documents()) == 2
    with pytest.raises(StoreError):
        store.resolve_id(v1.doc_id)
    q = ",".join("?" * len(old_ids))
    for t in ("passages",):
        assert _count(store, t, f"id IN ({q})", old_ids) == 0
    for t in PASSAGE_CHILDREN:
        assert _count(store, t, f"passage_id IN ({q})", old_ids) == 0, t
    for t in DOC_CHILDREN:
        assert _count(store, t, "doc_id = ?", (v1.doc_id,)) == 0, t
    # the audit trail survives, detached from the deleted passages (keyed by doc id + text sha1)
    revs = store.reviews(doc_id=v1.doc_id)
    assert len(revs) == len(old_ids) and all(r["passage_id"] is None for r in revs)
    # ids are stable: never reused, so a stale FAISS/BM25 id can never point at a new passage
    new_ids = [p["id"] for p in store.passages(v2.doc_id)]
    assert len(new_ids) == len(old_ids) + 1 and min(new_ids) > max(old_ids + other_ids)
    # the other document is untouched, with its vectors and labels
    assert [p["id"] for p in store.passages(other.doc_id)] == other_ids
    assert store.embedding_state("m@1") == (len(other_ids), sum(other_ids))
    assert set(store.labels_for(other_ids)) == set(other_ids)
    assert store.count_missing_embeddings("m@1") == len(new_ids)
    _assert_consistent(store)


def test_failed_write_leaves_the_stored_version_untouched(store, tmp_path):
    path = tmp_path / "plan.md"
    _, v1 = _write(store, path, PLAN_MD)
    before = (store.counts(), store.passage_ids().tolist(), store.text(v1.doc_id))
    path.write_text(PLAN_MD + "\nVersi kedua.\n", encoding="utf-8")
    bad = parse_file(path)
    bad.passages[-1].kind = "figure"  # violates the CHECK constraint half-way through the transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.write_document(bad, source_path=str(path), sha256=sha256_file(path), size=1, parser_version="1")
    assert not store.conn.in_transaction
    assert (store.counts(), store.passage_ids().tolist(), store.text(v1.doc_id)) == before
    _assert_consistent(store)


def test_delete_document_cascades_to_every_passage_table(store, tmp_path):
    _, a = _write(store, tmp_path / "plan.md", PLAN_MD)
    _, b = _write(store, tmp_path / "other.md", OTHER_MD)
    a_ids = [p["id"] for p in store.passages(a.doc_id)]
    b_ids = [p["id"] for p in store.passages(b.doc_id)]
    _label_everything(store, a_ids + b_ids)
    per_table = {t: _count(store, t, "1", ()) for t in PASSAGE_CHILDREN}
    assert per_table["embeddings"] == per_table["classified"] == len(a_ids + b_ids)

    assert store.delete_document(a.doc_id) is True
    _assert_consistent(store)
    q = ",".join("?" * len(a_ids))
    assert _count(store, "passages", f"id IN ({q})", a_ids) == 0
    for t in PASSAGE_CHILDREN:
        assert _count(store, t, f"passage_id IN ({q})", a_ids) == 0, t
        assert _count(store, t, "1", ()) == per_table[t] * len(b_ids) // len(a_ids + b_ids), t
    for t in DOC_CHILDREN:
        assert _count(store, t, "doc_id = ?", (a.doc_id,)) == 0, t
    assert _count(store, "reviews", f"passage_id IN ({q})", a_ids) == 0
    assert len(store.reviews(doc_id=a.doc_id)) == len(a_ids)  # kept, detached
    assert [d["id"] for d in store.documents()] == [b.doc_id]
    assert store.delete_document(a.doc_id) is False
    # writes for passages deleted meanwhile are skipped, not errors
    assert store.write_embeddings("m@1", a_ids, np.ones((len(a_ids), 8), np.float32)) == 0
    store.write_labels("v1", [(a_ids[0], {"dimensions": [{"id": "economy", "score": 1.0}]}, {})])
    assert store.labels_for(a_ids) == {}
    with pytest.raises(StoreError, match="no passage"):
        store.add_review(a_ids[0], action="comment", user="rina")
    _assert_consistent(store)


def test_labels_entities_and_reviews_round_trip(store, tmp_path):
    _, a = _write(store, tmp_path / "plan.md", PLAN_MD)
    ids = [p["id"] for p in store.passages(a.doc_id)]
    _label_everything(store, ids[:2])
    lab = store.labels_for(ids)
    assert set(lab) == set(ids[:2])
    assert lab[ids[0]]["dimensions"] == [{"id": "environment", "score": 0.9, "evidence": {}}]
    ent = store.entities_for(ids)
    assert ent[ids[0]]["programmes"] == [{"name": "Bank Sampah Digital"}]
    assert [e["text"] for e in ent[ids[0]]["entities"]] == ["DLH"]
    assert store.count_unclassified("v1") == len(ids) - 2 and store.count_unclassified("v2") == len(ids)
    # relabelling replaces, never duplicates
    store.write_labels("v2", [(ids[0], {"issues": [{"id": "transport", "score": 0.6}]}, {})])
    assert store.labels_for([ids[0]])[ids[0]] == {
        "dimensions": [],
        "elements": [],
        "issues": [{"id": "transport", "score": 0.6, "evidence": {}}],
    }
    assert store.entities_for([ids[0]]) == {}
    for kw in (
        {"action": "like", "kind": "dimension", "label": "x"},
        {"action": "accept"},
        {"action": "accept", "kind": "dimension", "label": "economy", "user_": ""},
    ):
        user = kw.pop("user_", "rina")
        with pytest.raises(StoreError):
            store.add_review(ids[0], user=user, **kw)
    store.add_review(ids[0], action="reject", user="budi", kind="dimension", label="environment")
    rows = store.corrected_labels()
    mine = next(r for r in rows if r["id"] == f"review-{ids[0]}")
    assert "environment" not in mine["dimensions"] and mine["issues"] == ["transport"]
    _assert_consistent(store)


def test_failures_are_recorded_updated_and_cleared(store, tmp_path):
    path = tmp_path / "plan.md"
    store.record_failure(str(path), "plan.md", "corrupt", "damaged PDF")
    store.record_failure(str(path), "plan.md", "empty", "empty file (0 bytes)")  # one row per path, newest wins
    store.record_failure(str(tmp_path / "x.pdf"), "x.pdf", "not_pdf", "not a PDF")
    f = {r["source_path"]: r for r in store.failures()}
    assert len(f) == 2 and (f[str(path)]["code"], f[str(path)]["reason"]) == ("empty", "empty file (0 bytes)")
    assert store.counts()["failures"] == 2
    _assert_consistent(store)
    # a good version from the same path clears its failure, and only its own
    _, res = _write(store, path, PLAN_MD)
    assert [r["source_path"] for r in store.failures()] == [str(tmp_path / "x.pdf")]
    # a later failed attempt is recorded but leaves the stored document alone
    store.record_failure(str(path), "plan.md", "corrupt", "damaged")
    assert store.document(res.doc_id)["n_passages"] == len(store.passages(res.doc_id)) > 0
    # an unchanged re-ingest of the same path clears it again
    _, again = _write(store, path)
    assert again.action == "unchanged" and str(path) not in {r["source_path"] for r in store.failures()}
    _assert_consistent(store)


def test_a_second_store_on_the_same_directory_sees_the_writes(tmp_path):
    d = tmp_path / "store"
    with Store(d) as writer, Store(d) as reader:
        v0 = reader.data_version()
        _, res = _write(writer, tmp_path / "plan.md", PLAN_MD)
        assert reader.data_version() != v0  # another connection committed
        assert [x["id"] for x in reader.documents()] == [res.doc_id]
        assert reader.passage_state() == writer.passage_state()
        writer.set_meta("embedding_model_id", "m@1")
        assert reader.get_meta("embedding_model_id") == "m@1"
        with Store(d, readonly=True) as ro:
            assert ro.document(res.doc_id)["sha256"] == writer.document(res.doc_id)["sha256"]
            with pytest.raises(sqlite3.OperationalError):
                ro.set_meta("x", "y")
        assert writer.delete_document(res.doc_id)
        assert reader.documents() == []
        _assert_consistent(reader)


def test_embeddings_state_iteration_and_model_filter(store, tmp_path):
    _, a = _write(store, tmp_path / "plan.md", PLAN_MD)
    ids = [p["id"] for p in store.passages(a.doc_id)]
    vecs = np.random.default_rng(0).standard_normal((len(ids), 6)).astype(np.float32)
    assert store.write_embeddings("m@1", ids[:-1], vecs[:-1]) == len(ids) - 1
    assert store.write_embeddings("m@2", ids[-1:], vecs[-1:]) == 1
    assert store.embedding_models() == {"m@1": len(ids) - 1, "m@2": 1}
    assert store.embedding_state("m@1") == (len(ids) - 1, sum(ids[:-1]))
    assert store.embedding_ids("m@2").tolist() == ids[-1:]
    got_ids, got = zip(*store.iter_embeddings("m@1", batch=2))
    assert np.concatenate(got_ids).tolist() == ids[:-1]
    # stored as float16: equal to the float16 rounding of what was written
    assert np.array_equal(np.concatenate(got), vecs[:-1].astype(np.float16).astype(np.float32))
    assert [r["id"] for b in store.passages_without_embedding("m@1", batch=1) for r in b] == ids[-1:]
    assert store.count_missing_embeddings("m@2") == len(ids) - 1
