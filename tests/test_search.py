"""Search: hybrid/dense/keyword over the sample corpus, filters, the JSON contract, and the
indexes staying consistent with the store (delete, damage, model mismatch)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import CORPUS, run_cli

KEYS = {"passage_id", "doc_id", "city", "kind", "page", "section", "score", "text"}


def search_json(store, *args) -> list[dict]:
    r = run_cli("search", *args, "--store", str(store), "--json")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "keyword"])
def test_modes_find_the_emergency_call_programme(corpus_store, mode):
    hits = search_json(corpus_store, "layanan panggilan darurat 112", "--mode", mode, "-k", "5")
    assert hits and KEYS <= set(hits[0])
    assert any("112" in h["text"] for h in hits[:3])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_paraphrase_and_english_queries_need_the_dense_side(corpus_store):
    # no shared words with the passage about QRIS retribution payments at markets
    q = "paying market fees without cash"
    dense = search_json(corpus_store, q, "--mode", "dense", "-k", "5")
    assert any(
        "QRIS" in h["text"] or "nontunai" in h["text"].lower() or "non-tunai" in h["text"].lower() for h in dense
    ), [h["text"][:80] for h in dense]
    hybrid = search_json(corpus_store, q, "-k", "10")
    assert {h["passage_id"] for h in dense[:3]} & {h["passage_id"] for h in hybrid}


def test_filters_city_kind_year(corpus_store):
    hits = search_json(corpus_store, "air bersih", "--city", "Gunung Arum", "--kind", "rpjmd", "-k", "20")
    assert hits and all(h["city"] == "Kabupaten Gunung Arum" and h["kind"] == "rpjmd" for h in hits)
    news = search_json(corpus_store, "evaluasi smart city nilai", "--kind", "news", "--year", "2023")
    assert news and all(h["kind"] == "news" and h["year"] == 2023 for h in news)
    assert search_json(corpus_store, "air bersih", "--city", "Kota Yang Tidak Ada") == []


def test_highlights_mark_query_words_not_stopwords(corpus_store):
    from index.keyword import analyse

    hits = search_json(corpus_store, "pengelolaan sampah di pasar", "--mode", "keyword", "-k", "3")
    assert hits
    query_stems = set(analyse("pengelolaan sampah di pasar", stem=True))
    for h in hits:
        words = {h["text"][a:b].lower() for a, b in h["highlights"]}
        # the query's words or their stems ("dikelola" ~ "pengelolaan"), never "di"
        assert words and all(set(analyse(w, stem=True)) <= query_stems for w in words), words
        assert "di" not in words


def test_text_output_names_city_page_and_section(corpus_store):
    r = run_cli("search", "kemacetan", "--store", str(corpus_store), "-k", "2")
    assert r.returncode == 0 and "hal." in r.stdout and "§" in r.stdout and "«" in r.stdout


def _small_store(tmp_path):
    store = tmp_path / "store"
    docs = sorted((CORPUS / "docs" / "nusa_permai").glob("berita_*"))
    r = run_cli("ingest", *map(str, docs), "--store", str(store), "--no-progress", "-q")
    assert r.returncode == 0, r.stderr
    return store, docs


def test_delete_and_damage_are_repaired_never_silently_wrong(tmp_path):
    from index.search import Searcher
    from index.store import Store
    from index.vectors import VectorIndex

    store, docs = _small_store(tmp_path)
    with Store(store) as st:
        doc = st.documents()[0]
        gone = {p["id"] for p in st.passages(doc["id"])}
    assert run_cli("delete", doc["id"], "--store", str(store)).returncode == 0
    hits = search_json(store, doc["title"], "-k", "50")
    assert hits and not gone & {h["passage_id"] for h in hits}
    with Store(store) as st:
        model_id = st.get_meta("embedding_model_id")
        vi = VectorIndex(st, model_id)
        vi.sync()
        assert vi.check() == [] and vi.backend.ntotal == st.counts()["passages"]
    # a damaged FAISS file and a damaged keyword index are rebuilt from the store, and said so
    (store / "vectors" / f"{vi.base.name}.faiss").write_bytes(b"garbage")
    shutil.rmtree(store / "keyword" / "bm25")
    with Store(store) as st:
        s = Searcher(st)
        assert any("rebuilt" in n for n in s.notes), s.notes
        assert s.search("smart city", k=3)
        assert s.vectors.check() == []


def test_query_model_must_match_the_index(tmp_path):
    store, _ = _small_store(tmp_path)
    fake = tmp_path / "other-model"
    shutil.copytree(
        CORPUS.parent / "models" / "built" / "multilingual-e5-small",
        fake,
        ignore=shutil.ignore_patterns("*.safetensors", "onnx"),
    )
    info = json.loads((fake / "telaah_build.json").read_text())
    info["source_sha256"] = "0" * 64
    (fake / "telaah_build.json").write_text(json.dumps(info))
    r = run_cli("search", "smart city", "--store", str(store), "--model", str(fake))
    assert r.returncode == 2 and "embedded with" in r.stderr and "Traceback" not in r.stderr


# -- tables of contents (issue 17): marked at ingest, never a hit ----------------------------------
TOC_PLAN = """Masterplan Smart City Kota Contoh

DAFTAR ISI

BAB I PENDAHULUAN ..................................... 1
1.1 Latar Belakang Pengelolaan Sampah Kota ............ 2
1.2 Pengelolaan Sampah Berbasis Bank Sampah Digital ... 4
BAB II PROGRAM PENGELOLAAN SAMPAH ...................... 7
2.1 Bank Sampah Digital dan Pengelolaan Sampah ........ 8

DAFTAR TABEL

Tabel 2.1 Timbulan Sampah dan Pengelolaan Sampah per Kecamatan 9
Tabel 2.2 Anggaran Program Pengelolaan Sampah 11

BAB I PENDAHULUAN

1.1 Latar Belakang Pengelolaan Sampah Kota

Timbulan sampah di Kota Contoh mencapai 450 ton per hari dan baru 60 persen yang terangkut ke TPA. Pengelolaan sampah menjadi isu utama karena TPA akan penuh pada 2026.

1.2 Pengelolaan Sampah Berbasis Bank Sampah Digital

Pemerintah daerah menyiapkan bank sampah digital di setiap kelurahan: warga menyetor sampah terpilah dan menerima saldo di aplikasi. Dinas Lingkungan Hidup menjadi penanggung jawab program ini.

BAB II PROGRAM PENGELOLAAN SAMPAH

2.1 Bank Sampah Digital dan Pengelolaan Sampah

Program Bank Sampah Digital dijalankan mulai 2024 dengan anggaran Rp 2 miliar per tahun dan target 100 bank sampah aktif pada 2027.
"""
TOC_QUERIES = ("pengelolaan sampah", "bank sampah digital", "latar belakang pengelolaan sampah kota")


def _toc_store(tmp_path):
    src = tmp_path / "docs" / "masterplan_smart_city_kota_contoh_2024-2028.txt"
    src.parent.mkdir()
    src.write_text(TOC_PLAN, encoding="utf-8")
    store = tmp_path / "store"
    r = run_cli("ingest", str(src), "--store", str(store), "--no-progress", "-q", "--city", "Kota Contoh")
    assert r.returncode == 0, r.stderr
    return store


def test_toc_passages_are_marked_and_never_hits(tmp_path):
    from index.store import Store
    from service import Telaah

    store = _toc_store(tmp_path)
    with Store(store) as st:
        (doc,) = st.documents()
        rows = st.passages(doc["id"])
    toc = {p["id"] for p in rows if p["toc"]}
    assert toc and len(toc) < len(rows)
    assert all("...." in p["text"] or "Tabel 2." in p["text"] for p in rows if p["id"] in toc)
    with Telaah(store) as t:
        for q in TOC_QUERIES:
            for mode in ("hybrid", "dense", "keyword"):
                for filters in ({}, {"city": "Kota Contoh"}):
                    hits = t.search(q, k=10, mode=mode, **filters).hits
                    assert hits and not toc & {h.passage_id for h in hits}, (q, mode, filters)


def test_older_store_gets_the_toc_mark_from_the_passage_text(tmp_path):
    from index.store import SCHEMA_VERSION, Store

    store = _toc_store(tmp_path)
    with Store(store) as st:
        want = {r[0] for r in st.conn.execute("SELECT id FROM passages WHERE toc = 1")}
        st.conn.execute("ALTER TABLE passages DROP COLUMN toc")
        st.conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with Store(store, readonly=True) as ro:  # read-only: opens as it is, nothing is hidden
        assert not ro.has_toc and len(ro.toc_passage_ids()) == 0
    with Store(store) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        got = {r[0] for r in st.conn.execute("SELECT id FROM passages WHERE toc = 1")}
    assert want and got == want
