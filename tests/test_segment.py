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


# -- tables of contents (issue 17): marked at ingest, kept out of search and evidence -------------
TOC_TXT = """DAFTAR ISI

KATA PENGANTAR ........................................ ii
BAB I PENDAHULUAN ..................................... 1
1.1 Latar Belakang Pengelolaan Sampah ................. 2
1.2 Maksud dan Tujuan ................................. 4
BAB II GAMBARAN UMUM DAERAH ........................... 7

DAFTAR TABEL

Tabel 2.1 Timbulan Sampah per Kecamatan 9
Tabel 2.2 Cakupan Layanan Air Bersih 11
Tabel 3.1 Program Prioritas Smart Environment dan
Pengelolaan Sampah Terpadu 15

BAB I PENDAHULUAN

1.1 Latar Belakang Pengelolaan Sampah

Timbulan sampah di Kota Contoh mencapai 450 ton per hari dan baru 60 persen yang terangkut ke TPA. Pemerintah daerah menyiapkan bank sampah digital di setiap kelurahan. Dinas Lingkungan Hidup menjadi penanggung jawab program ini.

1.2 Maksud dan Tujuan

Masterplan ini menjadi pedoman perangkat daerah dalam menyusun program smart city lima tahun ke depan.
"""


def test_toc_passages_are_marked_and_body_passages_are_not(tmp_path):
    p = tmp_path / "plan_toc.txt"
    p.write_text(TOC_TXT, encoding="utf-8")
    d = parse_file(p)
    toc = [x for x in d.passages if x.toc]
    body = [x for x in d.passages if not x.toc]
    assert toc and body
    assert all(x.text.startswith(("KATA PENGANTAR", "BAB I PENDAHULUAN .", "Tabel ")) or "...." in x.text for x in toc)
    assert any("Tabel 2.2 Cakupan" in x.text for x in toc) and any(
        "Pengelolaan Sampah Terpadu 15" in x.text for x in toc
    )
    assert any("450 ton per hari" in x.text for x in body) and any("pedoman perangkat daerah" in x.text for x in body)
    assert not any("...." in x.text or "Tabel 2.1" in x.text for x in body)
    # the entries are not headings: the section tree is the TOC titles and the real chapters
    assert [s.title for s in d.sections] == [
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "PENDAHULUAN",
        "Latar Belakang Pengelolaan Sampah",
        "Maksud dan Tujuan",
    ]


def test_toc_page_without_a_title_is_marked_from_its_dot_leaders(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "toc.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for title, page in (("Kata Pengantar", "ii"), ("Bab I Pendahuluan", "1"), ("Bab II Gambaran Umum", "12")):
        c.drawString(72, y, f"{title} " + ". " * 30 + page)
        y -= 18
    c.showPage()
    c.drawString(72, 780, "BAB I PENDAHULUAN")
    text = c.beginText(72, 750)
    for line in (
        "Kota Contoh menyusun masterplan smart city untuk lima tahun ke depan. Gambaran umum daerah",
        "menunjukkan kebutuhan layanan publik digital yang merata di seluruh kecamatan dan desa.",
    ):
        text.textLine(line)
    c.drawText(text)
    c.save()
    d = parse_file(path)
    assert [x.toc for x in d.passages if x.page_start == 1] and all(x.toc for x in d.passages if x.page_start == 1)
    assert not any(x.toc for x in d.passages if x.page_start == 2)


def test_looks_like_toc_on_joined_text_and_prose():
    from ingest.structure import looks_like_toc

    assert looks_like_toc("I.1. LATAR BELAKANG 12 I.2. DASAR HUKUM PENYUSUNAN 13 I.3. HUBUNGAN ANTAR DOKUMEN 14")
    assert looks_like_toc("Bab II Gambaran Umum . . . . . . . . 12 Bab III Isu Strategis . . . . . . . 20")
    assert looks_like_toc("Tabel 2.1 Timbulan Sampah 9", "DAFTAR TABEL")
    prose = (
        "Pada tahun 2023 cakupan air bersih mencapai 78 persen. Tabel 2.1 menunjukkan timbulan sampah per "
        "kecamatan, dan Gambar 2.3 memetakan tempat pembuangan sementara... yang masih kurang."
    )
    assert not looks_like_toc(prose) and not looks_like_toc(prose, "BAB II GAMBARAN UMUM")


def test_table_passages_read_without_the_raw_header_line():
    from ingest.records import TableData
    from ingest.segment import readable_passage, table_header_only, table_passage_texts

    t = TableData(
        1,
        ["No", "Program", "OPD", "Anggaran (Rp)"],
        [["1", "Bank Sampah Digital", "DLH", "450.000.000"], ["2", "E-Parkir", "Dishub", ""]],
        caption="Tabel 5.1 Program Smart Environment",
    )
    ((text, _, _),) = table_passage_texts(t)
    assert "\nKolom: No | Program | OPD | Anggaran (Rp)\n" in text  # the stored text (and its vector) as before
    i = text.index("Bank Sampah")
    shown, spans = readable_passage(text, [(i, i + len("Bank Sampah Digital"))])
    assert shown == (
        "Tabel 5.1 Program Smart Environment\n"
        "Program: Bank Sampah Digital · OPD: DLH · Anggaran (Rp): 450.000.000\n"
        "Program: E-Parkir · OPD: Dishub"
    )
    assert [shown[a:b] for a, b in spans] == ["Bank Sampah Digital"]
    assert readable_passage("Teks biasa; tanpa tabel.") == ("Teks biasa; tanpa tabel.", [])
    assert table_header_only("Tabel 5.1 Program\nKolom: No | Program | OPD")
    assert not table_header_only(text) and not table_header_only("Teks biasa.")


def test_a_short_lettered_title_line_is_a_run_in_heading_not_its_paragraphs_first_words():
    from ingest.structure import _run_in_heading

    typical = 90
    assert _run_in_heading("a. Desa Wisata Digital", typical)
    assert _run_in_heading("d. Layanan Pengaduan Kekerasan terhadap Perempuan dan Anak", typical)
    # a list item that is a sentence, ends with a stop, or wraps at full width goes on as its paragraph
    assert not _run_in_heading("a. pojok baca di pasar tradisional", typical)
    assert not _run_in_heading("1. Target: 60 desa.", typical)
    assert not _run_in_heading(
        "b. Program Sapa Warga yang menyediakan layanan pengaduan terpadu bagi seluruh warga", typical
    )
    assert not _run_in_heading("Desa Wisata Digital", typical)  # no list marker


def test_issue_sections_under_the_programme_chapter_hold_programmes():
    from review.plan import section_roles

    secs = [
        {
            "ordinal": 1,
            "title": "BAB IV PROGRAM SMART CITY BERBASIS ISU STRATEGIS",
            "number": "",
            "parent": None,
            "level": 1,
        },
        {
            "ordinal": 2,
            "title": "Isu Strategis 1: Stunting dan Layanan Kesehatan Dasar",
            "number": "4.1",
            "parent": 1,
            "level": 2,
        },
        {"ordinal": 3, "title": "BAB II ISU STRATEGIS DAERAH", "number": "", "parent": None, "level": 1},
    ]
    roles = section_roles(secs)
    assert roles[2] == "programme" and roles[3] != "programme"
