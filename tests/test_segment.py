"""Sentence boundaries and passages on Indonesian text."""

from __future__ import annotations

from ingest import parse_file
from ingest.segment import MAX_CHARS, MAX_SENTENCES, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans([text])[0]]


def test_abbreviations_do_not_end_sentences():
    text = (
        "Rapat dipimpin dr. H. Ahmad Fauzi di Jl. Merdeka No. 12 Kab. Sleman pada tgl. 5 Mei. "
        "Anggaran sebesar Rp. 1.500.000 disetujui oleh Prof. Dr. Ir. Budi, M.Si. dan timnya. "
        "Kegiatan selesai pukul 12.00 WIB."
    )
    s = sentences(text)
    assert len(s) == 3, s
    assert s[0].startswith("Rapat dipimpin dr. H. Ahmad") and s[0].endswith("5 Mei.")
    assert s[1].startswith("Anggaran sebesar Rp. 1.500.000")


def test_passages_respect_sections_and_limits(tmp_path):
    body = " ".join(f"Kalimat nomor {i} menjelaskan program layanan publik digital di Kab. Contoh." for i in range(40))
    txt = f"BAB I PENDAHULUAN\n\n1.1 Latar Belakang\n\n{body}\n\n1.2 Maksud dan Tujuan\n\nTujuan pertama adalah koordinasi. Tujuan kedua adalah evaluasi.\n"
    p = tmp_path / "plan.txt"
    p.write_text(txt, encoding="utf-8")
    d = parse_file(p)
    secs = {s.ordinal: s for s in d.sections}
    assert [s.path for s in d.sections] == [
        "BAB I PENDAHULUAN",
        "BAB I PENDAHULUAN > 1.1 Latar Belakang",
        "BAB I PENDAHULUAN > 1.2 Maksud dan Tujuan",
    ]
    for ps in d.passages:
        assert 1 <= ps.n_sentences <= MAX_SENTENCES
        assert len(ps.text) <= MAX_CHARS
        assert d.text[ps.char_start : ps.char_end] == ps.text  # offsets point into the document text
        # a passage never crosses a section boundary
        sec = secs[ps.section]
        nxt = [s.char_start for s in d.sections if s.char_start > sec.char_start]
        assert ps.char_start >= sec.char_start and (not nxt or ps.char_end <= min(nxt))
    last = d.passages[-1]
    assert secs[last.section].title == "Maksud dan Tujuan" and last.text.startswith("Tujuan pertama")
    assert sum(p.n_sentences for p in d.passages if secs[p.section].title == "Latar Belakang") == 40


def test_vectorised_sentence_rule_equals_spacy_sentencizer(realdata):
    """sentence_starts() must give exactly the Sentencizer's boundaries (real RPJMD text and
    the sample news), so the speed-up never changes a passage."""
    from ingest.segment import sentence_pipeline, sentence_starts

    nlp = sentence_pipeline()
    texts = [
        t
        for t in (realdata / "dki_jakarta" / "RPJPD_DKI_Jakarta_2025-2045.txt")
        .read_text(encoding="utf-8")
        .split("\n\n")
        if t.strip()
    ][:1500]
    texts += ['Apa kabar?! Baik... "Ya." (Selesai.) Lalu: ok', "", "...", "1. 2. 3.", "Tanpa titik"]
    n_sent = 0
    for doc in nlp.pipe(texts):
        ref = [s.start for s in doc.sents] if len(doc) else []
        assert sentence_starts(nlp.make_doc(doc.text)) == ref, doc.text[:120]
        n_sent += len(ref)
    assert n_sent > 2000


def test_parsing_does_not_import_torch():
    """Sentence splitting imports spaCy without thinc's torch probe (2 s of start-up)."""
    import subprocess
    import sys

    from conftest import CORPUS, ROOT

    code = (
        "import sys; sys.path.insert(0, %r); from ingest import parse_file; "
        "parse_file(%r); print('torch' in sys.modules)"
    ) % (str(ROOT), str(next((CORPUS / "docs" / "nusa_permai").glob("berita_*.txt"))))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr[-500:]
