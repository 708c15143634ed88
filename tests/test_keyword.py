"""index/keyword.py: the Indonesian analyser and the BM25 index persisted beside a tiny store.

The analyser (analyse, stop words, stemming switch, term_spans) lives in nlp/analysis.py, shared
with the extractor; before that move it was part of index/keyword.py. `A` is whichever module
holds it, so these tests follow the code, not its address."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from index import keyword as K
from index.keyword import KeywordIndex
from index.store import Store
from ingest.records import ParsedDocument, Passage

try:
    from nlp import analysis as A
except ImportError:  # the analyser before it moved to nlp/
    A = K
analyse, stopwords, term_spans = A.analyse, A.stopwords, A.term_spans

PASSAGES_A = [
    "Pengelolaan sampah kota melalui bank sampah di setiap kelurahan kota.",
    "Transportasi umum kota terintegrasi dengan bus listrik dan halte pintar.",
    "Pembangkit listrik tenaga panas bumi geotermal di lereng gunung kota.",
    "Pelayanan publik kota secara daring melalui mal pelayanan publik digital.",
    "Anak-anak sekolah di kota belajar dengan perpustakaan digital.",
]
PASSAGES_B = [
    "Pariwisata pantai kota dan desa wisata untuk wisatawan mancanegara.",
    "Penanganan banjir rob di pesisir utara kota dengan tanggul laut.",
]


def _add_doc(store: Store, name: str, texts: list[str]) -> list[int]:
    text = "\n".join(texts)
    doc = ParsedDocument(
        source_name=f"{name}.txt",
        fmt="txt",
        text=text,
        n_pages=1,
        title=name,
        pages=[{"page": 1, "char_start": 0, "char_end": len(text)}],
    )
    pos = 0
    for i, t in enumerate(texts):
        doc.passages.append(Passage(i, "text", t, pos, pos + len(t), 1, 1, None, 1))
        pos += len(t) + 1
    res = store.write_document(
        doc,
        source_path=f"/src/{name}.txt",
        sha256=name.encode().hex().ljust(64, "0"),
        size=len(text),
        parser_version="1",
    )
    return [p["id"] for p in store.passages(res.doc_id)]


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.delenv("TELAAH_BM25_STEM", raising=False)
    with Store(tmp_path / "store") as st:
        yield st


# -- the analyser ------------------------------------------------------------------------------
def test_analyser_lowercases_normalises_and_splits_reduplication():
    assert analyse("SAMPAH Sampah sampah", stem=False) == ["sampah"] * 3
    # NFKC: full-width letters and the "fi" ligature become plain ASCII terms
    assert analyse("ｓａｍｐａｈ eﬁsiensi", stem=False) == ["sampah", "efisiensi"]
    # reduplication keeps one base word; a hyphenated compound keeps both parts
    assert analyse("anak-anak", stem=False) == ["anak"]
    assert analyse("kota-kota besar", stem=False) == ["kota", "besar"]
    assert analyse("sosial-ekonomi", stem=False) == ["sosial", "ekonomi"]
    # single letters dropped, digit runs kept (e.g. "112", "5"); underscores separate words
    assert analyse("a 5 layanan 112 x", stem=False) == ["5", "layanan", "112"]
    assert analyse("bank_sampah", stem=False) == ["bank", "sampah"]
    assert analyse("", stem=False) == [] and analyse("— … !!", stem=False) == []


def test_stop_words_come_from_the_lexicon_file():
    sw = stopwords()
    listed = [
        w.strip()
        for w in A.STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    assert set(listed) == sw and len(sw) > 100
    for w in ("yang", "dan", "di", "adalah"):
        assert w in sw
    assert analyse("Yang DAN di adalah", stem=False) == []
    assert analyse("sampah yang dikelola dan didaur ulang", stem=False) == ["sampah", "dikelola", "didaur", "ulang"]
    # no sector term is a stop word
    assert not {"sampah", "kota", "program", "anggaran", "transportasi"} & sw


def test_stemming_follows_the_argument_and_the_environment(monkeypatch):
    assert analyse("pengelolaan pembangunan", stem=True) == ["elola", "bangun"]
    assert analyse("pengelolaan pembangunan", stem=False) == ["pengelolaan", "pembangunan"]
    monkeypatch.setenv("TELAAH_BM25_STEM", "0")
    assert A.stemming_enabled() is False and analyse("pengelolaan") == ["pengelolaan"]
    monkeypatch.setenv("TELAAH_BM25_STEM", "1")
    assert A.stemming_enabled() is True and analyse("pengelolaan") == ["elola"]
    monkeypatch.delenv("TELAAH_BM25_STEM")
    assert A.stemming_enabled() is True  # on by default
    # stop words are removed before stemming: a stop word never comes back as a stem
    assert analyse("yang pengelolaan", stem=True) == ["elola"]


def test_term_spans_highlight_matching_words_only():
    text = "Pengelolaan sampah-sampah yang ada di Kota"
    spans = term_spans(text, "pengelolaannya SAMPAH yang")
    assert [text[a:b] for a, b in spans] == ["Pengelolaan", "sampah", "sampah"]  # stems match, stop words never
    assert term_spans(text, "yang di") == [] and term_spans(text, "banjir") == []


def test_term_spans_stay_inside_a_word_that_nfkc_expands():
    text = "layanan eﬁsien kota"
    assert [text[a:b] for a, b in term_spans(text, "efisien")] == ["eﬁsien"]


# -- the index -----------------------------------------------------------------------------------
def test_build_ranks_the_rare_term_first_and_records_its_meta(store):
    ids = _add_doc(store, "a", PASSAGES_A)
    kw = KeywordIndex(store)
    rep = kw.sync()
    assert rep["rebuilt"] is True
    meta = json.loads((store.dir / "keyword" / "meta.json").read_text())
    assert meta == kw.meta
    assert (meta["count"], meta["id_sum"]) == store.passage_state() == (len(ids), sum(ids))
    assert meta["analyser"] == A.ANALYSER_VERSION and meta["stem"] is True
    vocab = {t for p in PASSAGES_A for t in analyse(p)}
    # bm25s keeps an empty-string placeholder term in its vocabulary, and meta counts it
    assert set(kw.bm25.vocab_dict) - {""} == vocab and meta["vocab"] == len(kw.bm25.vocab_dict)
    assert np.load(store.dir / "keyword" / "ids.npy").tolist() == sorted(ids)

    # "kota" is in every passage, "geotermal" in one: that one comes first
    got, scores = kw.search("kota geotermal", 5)
    assert got[0] == ids[2] and len(got) == len(ids)
    assert list(scores) == sorted(scores, reverse=True) and scores[0] > scores[1] > 0
    # a term of one passage finds that passage only (BM25 rows with a zero score are not ranked)
    got, _ = kw.search("publik", 5)
    assert got.tolist() == [ids[3]]
    got, _ = kw.search("listrik", 5)  # two passages, one each
    assert set(got.tolist()) == {ids[1], ids[2]}
    # stemmed both sides: "mengelola" finds "Pengelolaan"; reduplication "anak" finds "Anak-anak"
    assert kw.search("mengelola", 3)[0].tolist() == [ids[0]]
    assert kw.search("anak", 3)[0].tolist() == [ids[4]]
    # nothing to match: no rows (stop words only, unknown words, empty)
    for q in ("yang dan di", "zzzqqq", ""):
        r_ids, r_sc = kw.search(q, 5)
        assert len(r_ids) == len(r_sc) == 0
    assert not kw.scores("zzzqqq").any() and len(kw.scores("kota")) == len(ids)
    # k limits, and the row mask filters
    assert len(kw.search("kota", 2)[0]) == 2
    mask = np.zeros(len(ids), bool)
    mask[np.searchsorted(kw.ids, [ids[0], ids[4]])] = True
    assert set(kw.search("kota", 10, mask=mask)[0].tolist()) == {ids[0], ids[4]}


def test_equal_scores_are_ordered_by_passage_id(store):
    ids = _add_doc(store, "dup", ["taman kota hijau", "taman kota hijau", "taman kota hijau"])
    kw = KeywordIndex(store)
    kw.sync()
    got, sc = kw.search("taman", 3)
    assert got.tolist() == sorted(ids) and len(set(sc.tolist())) == 1


def test_deleted_passages_are_masked_and_new_ones_trigger_a_rebuild(store):
    a = _add_doc(store, "a", PASSAGES_A)
    b = _add_doc(store, "b", PASSAGES_B)
    kw = KeywordIndex(store)
    kw.sync()
    assert kw.search("banjir", 3)[0].tolist() == [b[1]]
    built_at = kw.meta["built_at"], kw.meta["id_sum"]

    store.delete_document(store.passages(ids=[b[0]])[0]["doc_id"])
    rep = kw.sync()
    assert rep == {"rebuilt": False, "masked": len(b)}
    assert (kw.meta["built_at"], kw.meta["id_sum"]) == built_at  # no rebuild
    assert len(kw.search("banjir", 3)[0]) == 0 and len(kw.search("wisatawan pantai", 3)[0]) == 0
    assert set(kw.search("kota", 20)[0].tolist()) == set(a)
    # a fresh instance loading the old files masks the same rows
    kw2 = KeywordIndex(store)
    assert kw2.sync() == {"rebuilt": False, "masked": len(b)}
    assert len(kw2.search("banjir", 3)[0]) == 0

    c = _add_doc(store, "c", ["Irigasi sawah dan ketahanan pangan petani kota."])
    rep = kw.sync()
    assert rep["rebuilt"] is True and rep["count"] == len(a) + 1
    assert kw.search("irigasi", 3)[0].tolist() == c
    assert kw.ids.tolist() == sorted(a + c) and kw.alive.all()
    assert kw.sync() == {"rebuilt": False}


def test_empty_store_and_emptied_store(store):
    kw = KeywordIndex(store)
    rep = kw.sync()
    assert rep["rebuilt"] is True and rep["count"] == 0 and rep["id_sum"] == 0
    assert len(kw.search("kota", 5)[0]) == 0
    ids = _add_doc(store, "a", PASSAGES_A[:2])
    assert kw.sync()["rebuilt"] is True and len(kw.search("kota", 5)[0]) == 2
    store.delete_document(store.passages(ids=ids[:1])[0]["doc_id"])
    assert kw.sync() == {"rebuilt": False, "masked": 2}
    assert len(kw.search("kota", 5)[0]) == 0


def test_persisted_index_is_reused_and_rebuilt_when_stale_or_damaged(store, monkeypatch):
    ids = _add_doc(store, "a", PASSAGES_A)
    KeywordIndex(store).sync()
    kw = KeywordIndex(store)
    assert kw.sync() == {"rebuilt": False} and kw.repairs == []
    assert kw.search("geotermal", 1)[0].tolist() == [ids[2]]

    # another analyser setting: rebuilt, and said so
    monkeypatch.setenv("TELAAH_BM25_STEM", "0")
    kw = KeywordIndex(store)
    rep = kw.sync()
    assert rep["rebuilt"] is True and rep["stem"] is False
    assert any("another analyser" in r for r in kw.repairs)
    assert kw.search("mengelola", 3)[0].tolist() == []  # no stemming now
    assert kw.search("pengelolaan", 3)[0].tolist() == [ids[0]]
    monkeypatch.delenv("TELAAH_BM25_STEM")

    KeywordIndex(store).sync()
    shutil.rmtree(store.dir / "keyword" / "bm25")  # damaged
    kw = KeywordIndex(store)
    assert kw.sync()["rebuilt"] is True and any("could not be read" in r for r in kw.repairs)
    assert kw.search("geotermal", 1)[0].tolist() == [ids[2]]

    np.save(store.dir / "keyword" / "ids.npy", np.array(ids[:2], np.int64))  # files disagree with each other
    kw = KeywordIndex(store)
    assert kw.sync()["rebuilt"] is True and any("disagree" in r for r in kw.repairs)
    assert kw.ids.tolist() == sorted(ids)
    assert not list(store.dir.glob("keyword.tmp*")) and not list(store.dir.glob("keyword.old*"))
