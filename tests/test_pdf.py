"""The PDF path on real documents: the real DKI Jakarta RPJMD rendered to 200+ pages,
the real-world PDFs from pdfplumber's test suite, and the sample masterplan."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, REAL_PDFS, needs_realdata

from ingest import IngestError, parse_file


@pytest.fixture(scope="module")
def rpjmd(rpjmd_pdf):
    return parse_file(rpjmd_pdf)


@pytest.mark.slow
def test_real_rpjmd_200_pages(rpjmd, rpjmd_pdf):
    d = rpjmd
    assert d.n_pages >= 200
    assert d.status == "ingested"
    assert d.kind == "rpjmd"
    assert d.year_start == 2025 and d.year_end == 2029
    assert d.city and "Jakarta" in d.city
    # running header/footer and page numbers are gone from the text
    assert "Lampiran Perda DKI Jakarta No. 2 Tahun 2025" not in d.text
    assert not re.search(r"^Halaman \d+$", d.text, re.MULTILINE)
    assert d.meta["running_lines_removed"] >= 2 * (d.n_pages - 2)
    # the chapter on strategic issues is a section with a path, and passages know it
    paths = [s.path for s in d.sections]
    isu = [p for p in paths if re.search(r"Isu Strategis 2025", p, re.IGNORECASE)]
    assert isu, [p for p in paths if "ISU" in p.upper()][:10]
    assert any(" > " in p for p in paths)
    # pages are monotonic and every passage has a page within the document
    assert all(1 <= p.page_start <= p.page_end <= d.n_pages for p in d.passages)
    starts = [p.page_start for p in d.passages if p.kind == "text"]
    assert starts == sorted(starts)
    # tables are kept as tables (the source has 154 HTML tables; the renderer caps width)
    assert len(d.tables) >= 100
    big = max(d.tables, key=lambda t: len(t.rows))
    assert big.n_cols >= 2 and len(big.rows) >= 10
    assert all(len(r) == len(t.header) for t in d.tables for r in t.rows)
    table_passages = [p for p in d.passages if p.kind == "table"]
    assert len(table_passages) >= len(d.tables)
    assert all("Kolom:" in p.text for p in table_passages)
    assert len(d.passages) > 1500


@pytest.mark.slow
def test_fast_text_matches_pdfplumber(rpjmd_pdf):
    """The pypdfium2 fast path reads the same words as pdfplumber's extract_text."""
    import pdfplumber
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(rpjmd_pdf))
    with pdfplumber.open(str(rpjmd_pdf)) as pl:
        for i in (5, 40, 120, 199):
            fast = pdf[i].get_textpage().get_text_bounded()
            slow = pl.pages[i].extract_text() or ""
            words_fast = re.findall(r"\w+", fast.replace("\x02", "").replace("\ufffe", ""))
            words_slow = re.findall(r"\w+", slow)
            common = len(set(words_fast) & set(words_slow))
            assert common >= 0.97 * len(set(words_slow)), (i, set(words_slow) - set(words_fast))
    pdf.close()


def test_sample_masterplan_structure_tables_columns():
    f = next((CORPUS / "docs").rglob("masterplan_smart_city_nusa_permai*.pdf"))
    d = parse_file(f)
    assert d.kind == "masterplan" and d.city == "Kota Nusa Permai"
    assert (d.year_start, d.year_end) == (2023, 2027)
    titles = [s.path for s in d.sections]
    for want in (
        "BAB I PENDAHULUAN",
        "BAB II ANALISIS STRATEGIS > 2.4 Pilar Suprastruktur",
        "BAB V PROGRAM PENGEMBANGAN > 5.1 Program Smart Governance",
        "BAB VI QUICK WIN",
        "BAB VII ROADMAP",
    ):
        assert want in titles, want
    # programme matrices come out as tables with their real columns
    prog = [t for t in d.tables if t.header[:3] == ["No", "Program", "Elemen"]]
    assert len(prog) >= 6
    assert all("OPD" in t.header and any("Anggaran" in h for h in t.header) for t in prog)
    assert all(r[1] and not r[1].startswith("No") for t in prog for r in t.rows)
    # the running header/footer of every page is gone
    assert "DOKUMEN CONTOH" not in d.text[d.pages[3]["char_start"] :]
    # the two-column page is read column by column: a sentence is not interleaved with the other column
    two_col = [p for p in d.pages if p.get("columns") == 2]
    assert two_col
    # headings are not in the TOC: "DAFTAR ISI" lines were not turned into sections
    assert sum(1 for s in d.sections if s.title.upper() == "PENDAHULUAN") == 1


@needs_realdata
@pytest.mark.parametrize(
    "name,expect",
    [
        ("password-example.pdf", "encrypted"),
        ("malformed-from-issue-932.pdf", "needs_ocr"),
        ("image_structure.pdf", "ingested"),
        ("issue-33-lorem-ipsum.pdf", "ingested"),
        ("scotus-transcript-p1.pdf", "ingested"),
        ("federal-register-2020-17221.pdf", "ingested"),
        ("nics-background-checks-2015-11-rotated.pdf", "ingested"),
        ("WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "ingested"),
        ("senate-expenditures.pdf", "ingested"),
        ("la-precinct-bulletin-2014-p1.pdf", "ingested"),
        ("table-curves-example.pdf", "ingested"),
    ],
)
def test_real_world_pdfs(name, expect):
    path = REAL_PDFS / name
    if expect == "encrypted":
        with pytest.raises(IngestError) as e:
            parse_file(path)
        assert e.value.code == "encrypted" and "password" in e.value.reason
        return
    d = parse_file(path)
    assert d.status == expect
    if expect == "needs_ocr":
        assert not d.passages and "OCR" in d.message
        return
    assert d.passages
    for p in d.passages:
        assert d.text[p.char_start : p.char_end] == p.text or p.kind == "table"


@needs_realdata
def test_rotated_table_page_is_a_table():
    d = parse_file(REAL_PDFS / "nics-background-checks-2015-11-rotated.pdf")
    assert d.tables
    t = max(d.tables, key=lambda t: len(t.rows))
    # one row per state/territory (50+) and the 24 check-type columns, cells holding single numbers
    assert len(t.rows) >= 50 and t.n_cols >= 20
    assert ["Permit", "Handgun", "Long Gun"] == t.rows[0][:3]
    numeric = [c for r in t.rows[1:] for c in r if c]
    assert sum(1 for c in numeric if re.fullmatch(r"[\d,]+", c)) >= 0.95 * len(numeric)


@needs_realdata
def test_three_column_federal_register_reads_columns():
    d = parse_file(REAL_PDFS / "federal-register-2020-17221.pdf")
    assert d.n_pages == 15
    assert any((p.get("columns") or 0) >= 3 for p in d.pages)
    # a sentence that runs down a column stays whole
    assert "This proposed AD would require installing new flight control computer (FCC) software" in re.sub(
        r"\s+", " ", d.text
    )
    # the running header "Federal Register / Vol. 85 ..." is removed from the body
    assert d.text.count("Federal Register / Vol. 85") <= 1


@needs_realdata
def test_table_report_keeps_rows():
    d = parse_file(REAL_PDFS / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf")
    assert len(d.tables) >= 10
    assert sum(len(t.rows) for t in d.tables) >= 100


def test_fast_tables_equal_pdfplumber_tables(monkeypatch):
    """The pdfium table path finds the same tables, with the same cells, as pdfplumber."""
    f = next((CORPUS / "docs").rglob("masterplan_smart_city_nusa_permai*.pdf"))
    fast = parse_file(f)
    monkeypatch.setenv("TELAAH_TABLES", "pdfplumber")
    slow = parse_file(f)
    assert fast.meta["table_pages_pdfplumber"] == 0 and slow.meta["table_pages_pdfplumber"] > 0
    assert len(fast.tables) == len(slow.tables) >= 10
    for a, b in zip(fast.tables, slow.tables):
        assert (a.page, a.header, a.rows) == (b.page, b.header, b.rows)
    assert fast.text == slow.text


def test_two_process_first_pass_gives_the_same_document(monkeypatch):
    """Long PDFs are read by two processes; the result must equal the one-process read."""
    import ingest.pdf as P

    pdf = next((CORPUS / "docs" / "nusa_permai").glob("masterplan_*.pdf"))
    monkeypatch.setenv("TELAAH_PDF_WORKERS", "1")
    one = parse_file(pdf)
    monkeypatch.delenv("TELAAH_PDF_WORKERS")
    monkeypatch.setattr(P, "PARALLEL_MIN_PAGES", 4)
    two = parse_file(pdf)
    assert one.n_pages == two.n_pages > 8
    assert one.text == two.text
    assert [(t.page, t.header, t.rows) for t in one.tables] == [(t.page, t.header, t.rows) for t in two.tables]
    assert [(p.text, p.page_start, p.section) for p in one.passages] == [
        (p.text, p.page_start, p.section) for p in two.passages
    ]


def test_several_tables_on_a_page_each_follow_their_own_heading(tmp_path):
    """Three headings on one page, each over a small table: every table lands in the section of the
    heading above it (the text above the second and third tables is counted from the page top, as
    their `chars_above` is)."""
    from corpus.pdfgen import Heading, Para, Table, render_pdf

    blocks = [Heading(1, "BAB IV RENCANA PROGRAM")]
    for i, name in enumerate(["Antrean Daring Puskesmas", "Peta Rawan Banjir Desa", "Kelas Digital Guru"], 1):
        blocks += [
            Heading(2, f"4.{i} {name}"),
            Para(f"Uraian singkat program {name.lower()} untuk warga desa dan kelurahan."),
            Table(["Lead Agency", "KPI", "Timeline"], [[f"Dinas Contoh {i}", f"{10 * i} desa", "2026-2027"]]),
        ]
    out = tmp_path / "three.pdf"
    render_pdf(blocks, out, title="Contoh")
    doc = parse_file(out)
    titles = {s.ordinal: s.title for s in doc.sections}
    placed = {b.table: titles[b.section] for b in doc.blocks if b.kind == "table"}
    assert [placed[i] for i in range(3)] == ["Antrean Daring Puskesmas", "Peta Rawan Banjir Desa", "Kelas Digital Guru"]
    assert len({t.page for t in doc.tables}) == 1


def test_body_lines_of_one_template_ending_several_pages_are_not_running_lines():
    """Profiles written from one template end several pages with lines that look alike once their numbers
    are masked ("Program dijadwalkan berjalan dari 2025 sampai 2027 dengan perkiraan biaya Rp 1,75" /
    "miliar yang bersumber dari APBD Kota."): they differ in several numbers, or go on with the sentence
    of the line before, so they stay; the footer, which differs only in its page number, goes."""
    from ingest.structure import strip_running_lines

    pages = {}
    for p, (a, b, money) in enumerate(
        [(2025, 2027, "1,75"), (2026, 2028, "4,1"), (2025, 2029, "3,2"), (2026, 2027, "2,6")]
    ):
        pages[p + 1] = [
            "Masterplan Smart City Kota Contoh",
            f"L.{p + 1} Profil program ke-{p + 1}",
            f"Uraian {['peta', 'pasar', 'rujukan', 'halte'][p]} warga menjelaskan latar belakangnya.",
            "Program ini menyatukan layanan warga dalam satu aplikasi.",
            f"Sasarannya {10 * (p + 1)} kelurahan terlayani.",
            f"Program dijadwalkan berjalan dari {a} sampai {b} dengan perkiraan biaya Rp {money}",
            "miliar yang bersumber dari APBD Kota.",
            f"Halaman {p + 3}",
        ]
    out, removed = strip_running_lines(pages)
    assert removed == 8  # the header and the page number of each page
    assert all(
        any("dijadwalkan berjalan" in l for l in ls) and "miliar yang bersumber dari APBD Kota." in ls
        for ls in out.values()
    )
