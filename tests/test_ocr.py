"""OCR at ingest (ingest/ocr.py): scanned, half-scanned and garbage-text PDFs, bad scans, the
store's OCR records, `telaah index --ocr`, and a scanned sample masterplan reviewed like its
text version.  Scans are made here from the sample corpus (bench/scan.py), small."""

from __future__ import annotations

import re
import sqlite3

import numpy as np
import pytest
from conftest import CORPUS, run_cli

from bench.scan import damage, image_pdf, render, scan_pdf
from ingest import ocr, parse_file
from ingest.worker import ParseLimits, parse_isolated

needs_tesseract = pytest.mark.skipif(
    ocr.unavailable_reason() is not None, reason=f"no Tesseract here ({ocr.unavailable_reason()})"
)
PLAN = CORPUS / "docs" / "gunung_arum" / "masterplan_smart_city_gunung_arum_2023-2027.pdf"
RPJMD = CORPUS / "docs" / "gunung_arum" / "rpjmd_gunung_arum_2021-2026_kutipan.pdf"
FAST = {"TELAAH_OCR_DPI": "200"}  # the suite's scans are 200 dpi: OCR at the same resolution


@pytest.fixture(autouse=True)
def _fast_ocr(monkeypatch):
    for k, v in FAST.items():
        monkeypatch.setenv(k, v)


# -- the text-layer check ------------------------------------------------------------------
def test_text_layer_quality_check():
    prose = (
        "Pemerintah daerah menyusun rencana pembangunan untuk meningkatkan pelayanan publik dan "
        "kualitas hidup masyarakat di kabupaten yang berada di kawasan pegunungan."
    )
    assert ocr.text_layer_problem(prose, len(prose)) is None
    assert ocr.text_layer_problem("", 0) == "no text layer"
    mojibake = "\ue000\ue013\ue02a\ue044 " * 40
    assert "garbage" in ocr.text_layer_problem(mojibake, len(mojibake))
    cid = "ÿþ ÃÆ ¢ð ËÌ Ñ×Ø ĀĂ ÐÞß þÿ Ææ ŒŠ " * 10
    assert "garbage" in ocr.text_layer_problem(cid, len(cid))
    assert "ink" in ocr.text_layer_problem("Halaman 3 dari 40, lampiran peta", 33, ink=0.12)
    assert ocr.word_share(prose) > 0.9 and ocr.dictionary_share(prose) > 0.15


# -- scans ---------------------------------------------------------------------------------
@needs_tesseract
def test_scanned_pages_are_read_with_confidence_and_word_boxes(tmp_path):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1, 5], dpi=200)
    doc = parse_file(scan, ocr="auto")
    assert doc.status == "ingested" and doc.passages
    assert "hasil OCR" in doc.message
    text = doc.text.lower()
    for w in ("kabupaten gunung arum", "smart city", "kementerian"):
        assert w in text
    assert [p["page"] for p in doc.pages] == [1, 2]
    for p in doc.pages:
        assert p["ocr"] and p["ocr_confidence"] > 70 and p["ocr_engine"].startswith("tesseract")
        assert p["words"] and all(len(w) == 6 and w[3] > 0 and w[4] > 0 for w in p["words"])
        x, y = p["words"][0][1:3]
        assert 0 <= x <= p["width"] and 0 <= y <= p["height"]  # PDF points of the page


@needs_tesseract
def test_mixed_pdf_keeps_text_pages_and_page_numbers(tmp_path):
    import pypdfium2 as pdfium

    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[6], dpi=200)
    mixed = pdfium.PdfDocument.new()
    src, sc = pdfium.PdfDocument(str(PLAN)), pdfium.PdfDocument(str(scan))
    mixed.import_pages(src, [4])  # text page -> page 1
    mixed.import_pages(sc, [0])  # scanned page -> page 2
    mixed.import_pages(src, [7])  # text page -> page 3
    mixed.save(str(tmp_path / "mixed.pdf"))
    for d in (mixed, src, sc):
        d.close()
    doc = parse_file(tmp_path / "mixed.pdf")
    assert doc.status == "ingested"
    assert [bool(p.get("ocr")) for p in doc.pages] == [False, True, False]
    assert {p.page_start for p in doc.passages} >= {1, 2, 3}
    ref = parse_file(PLAN)
    page7 = next(p for p in ref.pages if p["page"] == 7)
    got = next(p for p in doc.pages if p["page"] == 2)

    def words(t: str) -> set[str]:
        return set(re.findall(r"[a-z]{3,}", t.lower()))

    want = words(ref.text[page7["char_start"] : page7["char_end"]])
    assert len(want & words(doc.text[got["char_start"] : got["char_end"]])) / len(want) > 0.95


@needs_tesseract
def test_sideways_and_upside_down_pages_are_turned(tmp_path):
    imgs = render(PLAN, [1, 4], dpi=200)
    pdf = image_pdf([damage(imgs[0], turn=90, seed=1), damage(imgs[1], turn=180, seed=2)], tmp_path / "t.pdf")
    doc = parse_file(pdf)
    assert doc.status == "ingested"
    assert "kata pengantar" in doc.text.lower() and "bab viii penutup" in doc.text.lower()


@needs_tesseract
def test_force_and_off(tmp_path):
    one = tmp_path / "one.pdf"
    import pypdfium2 as pdfium

    d, src = pdfium.PdfDocument.new(), pdfium.PdfDocument(str(PLAN))
    d.import_pages(src, [4])
    d.save(str(one))
    d.close()
    src.close()
    assert not parse_file(one, ocr="auto").pages[0].get("ocr")  # a good text layer stays
    assert parse_file(one, ocr="force").pages[0].get("ocr")  # force: OCR'd anyway
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1], dpi=200)
    off = parse_file(scan, ocr="off")
    assert off.status == "needs_ocr" and not off.passages


def test_without_tesseract_auto_says_how_to_install_it(tmp_path):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1], dpi=100, damaged=False)
    r = run_cli(
        "ingest",
        str(scan),
        "--store",
        str(tmp_path / "s"),
        "--no-index",
        "--no-progress",
        env={"TELAAH_TESSERACT": "/nonexistent/tesseract"},
        subprocess_=True,
    )
    assert r.returncode == 0, r.stderr
    assert "needs_ocr" in r.stdout and "apt-get install tesseract-ocr tesseract-ocr-ind" in r.stdout


# -- bad scans: one clear line each -----------------------------------------------------------
def _noise_pdf(path, size=(1654, 2339)):
    from PIL import Image

    rng = np.random.default_rng(0)
    return image_pdf([Image.fromarray((rng.random(size[::-1]) * 255).astype(np.uint8))], path)


@needs_tesseract
def test_pure_noise_and_shapes_and_tiny_pages_are_needs_ocr_with_the_reason(tmp_path):
    from PIL import Image, ImageDraw

    noise = parse_isolated(_noise_pdf(tmp_path / "noise.pdf"), limits=ParseLimits(seconds=120))
    assert noise.status == "needs_ocr" and not noise.passages
    assert "OCR" in noise.message
    img = Image.new("L", (1654, 2339), 255)
    dr = ImageDraw.Draw(img)
    rng = np.random.default_rng(1)
    for _ in range(60):  # a map / photo: shapes, no writing
        x, y = rng.integers(0, 1500, 2)
        dr.ellipse([x, y, x + rng.integers(20, 200), y + rng.integers(20, 200)], fill=int(rng.integers(0, 200)))
    shapes = parse_isolated(image_pdf([img], tmp_path / "shapes.pdf"), limits=ParseLimits(seconds=120))
    assert shapes.status == "needs_ocr" and shapes.message
    tiny = image_pdf([Image.new("L", (1, 1), 0)], tmp_path / "tiny.pdf", dpi=72)
    t = parse_isolated(tiny, limits=ParseLimits(seconds=60))
    assert t.status in ("needs_ocr", "empty") and t.message and not t.passages


@needs_tesseract
def test_image_only_pdf_without_indonesian_is_read_as_english(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 1200), 255)
    dr = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default(size=40)
    for i, line in enumerate(
        [
            "The city council approved the annual budget for",
            "public transport and street lighting",
            "after a long debate about the costs of maintenance.",
        ]
    ):
        dr.text((100, 100 + 70 * i), line, fill=0, font=font)
    doc = parse_file(image_pdf([img], tmp_path / "en.pdf"))
    assert doc.status == "ingested" and "budget" in doc.text


def test_password_protected_scan_is_one_line(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = render(PLAN, [1], dpi=72)[0]
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="rahasia")
    c.drawImage(ImageReader(img), 0, 0, 595, 842)
    c.showPage()
    c.save()
    r = run_cli("ingest", str(path), "--store", str(tmp_path / "s"), "--no-index", "--no-progress")
    assert r.returncode == 1 and "password-protected" in r.stderr


def test_a_2000_page_scan_is_refused_with_the_limit_to_raise(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = ImageReader(render(PLAN, [1], dpi=30)[0])
    path = tmp_path / "big.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(2000):
        c.drawImage(img, 0, 0, 595, 842)  # the same image XObject on every page
        c.showPage()
    c.save()
    r = run_cli(
        "ingest", str(path), "--store", str(tmp_path / "s"), "--no-index", "--no-progress", "--max-pages", "1000"
    )
    assert r.returncode == 1 and "2000 pages; the limit is 1000 pages (--max-pages N" in r.stderr
    if ocr.unavailable_reason() is None:
        r = run_cli("ingest", str(path), "--store", str(tmp_path / "s"), "--no-index", "--no-progress")
        assert r.returncode == 0, r.stderr
        assert "needs_ocr" in r.stdout and "2000 pages need OCR; the limit is 500 pages" in r.stdout
        assert "TELAAH_OCR_MAX_PAGES" in r.stdout


@needs_tesseract
def test_ocr_time_limit_is_one_line_and_scales_with_pages(tmp_path, monkeypatch):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1, 2], dpi=200)
    monkeypatch.setenv("TELAAH_OCR_PAGE_SECONDS", "0.01")
    from ingest.errors import IngestError

    # 2 s: enough for the child to start and announce its OCR pages on a busy machine, far less
    # than OCR of two 200-dpi pages takes
    with pytest.raises(IngestError) as e:
        parse_isolated(scan, limits=ParseLimits(seconds=2.0))
    assert "TELAAH_PARSE_SECONDS" in e.value.reason and "TELAAH_OCR_PAGE_SECONDS" in e.value.reason
    monkeypatch.setenv("TELAAH_OCR_PAGE_SECONDS", "30")
    # 1.5 s (the child's start and the page check) + 2 x 30 s for the two pages to OCR
    doc = parse_isolated(scan, limits=ParseLimits(seconds=1.5))
    assert doc.status == "ingested"


# -- the store ------------------------------------------------------------------------------------
@needs_tesseract
def test_store_keeps_ocr_pages_words_and_show_says_hasil_ocr(tmp_path):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1], dpi=200)
    store = tmp_path / "s"
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress")
    assert r.returncode == 0 and "added" in r.stdout, r.stderr
    db = sqlite3.connect(store / "telaah.db")
    (doc_id,) = db.execute("SELECT id FROM documents").fetchone()
    ocr_flag, engine, conf = db.execute("SELECT ocr, ocr_engine, ocr_confidence FROM pages").fetchone()
    assert ocr_flag == 1 and engine.startswith("tesseract") and conf > 70
    assert db.execute("SELECT count(*) FROM page_words").fetchone()[0] > 50
    assert db.execute("SELECT count(*) FROM passages WHERE ocr_confidence IS NULL").fetchone()[0] == 0
    r = run_cli("show", doc_id, "--store", str(store))
    assert "hasil OCR" in r.stdout


def test_older_store_gets_the_ocr_columns_in_place(tmp_path):
    from index.store import SCHEMA_VERSION, Store

    with Store(tmp_path / "s") as s:
        s.conn.execute("DROP TABLE page_words")
        for col in ("ocr", "ocr_engine", "ocr_confidence"):
            s.conn.execute(f"ALTER TABLE pages DROP COLUMN {col}")
        s.conn.execute("ALTER TABLE passages DROP COLUMN ocr_confidence")
        s.conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with Store(tmp_path / "s") as s:
        cols = {r[1] for r in s.conn.execute("PRAGMA table_info(pages)")}
        assert {"ocr", "ocr_engine", "ocr_confidence"} <= cols
        assert "ocr_confidence" in {r[1] for r in s.conn.execute("PRAGMA table_info(passages)")}
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert s.conn.execute("SELECT count(*) FROM page_words").fetchone()[0] == 0


@needs_tesseract
def test_index_ocr_recognises_stored_needs_ocr_documents_in_place(tmp_path):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1], dpi=200)
    store = tmp_path / "s"
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress", "--ocr", "off")
    assert "needs_ocr" in r.stdout
    r = run_cli("index", "--ocr", "--no-embed", "--no-progress", "--store", str(store))
    assert r.returncode == 0, r.stderr
    db = sqlite3.connect(store / "telaah.db")
    rows = db.execute("SELECT id, status, n_passages FROM documents").fetchall()
    assert len(rows) == 1 and rows[0][1] == "ingested" and rows[0][2] > 0


# -- done when: a scanned masterplan reviews like its text version ---------------------------------
@needs_tesseract
@pytest.mark.slow
def test_scanned_masterplan_reviews_like_the_text_version(tmp_path):
    import json

    scan = scan_pdf(PLAN, tmp_path / "masterplan_smart_city_gunung_arum_2023-2027.pdf", dpi=200)
    out = {}
    for name, plan in (("text", PLAN), ("scan", scan)):
        store = tmp_path / name
        r = run_cli("ingest", str(RPJMD), "--store", str(store), "--no-progress", "-q", "--no-index")
        assert r.returncode == 0, r.stderr
        r = run_cli(
            "ingest",
            str(plan),
            "--store",
            str(store),
            "--no-progress",
            "-q",
            "--city",
            "Kabupaten Gunung Arum",
            "--kind",
            "masterplan",
        )
        assert r.returncode == 0, r.stderr
        r = run_cli("review", "Gunung Arum", "--store", str(store), "--json")
        assert r.returncode == 0, r.stderr
        out[name] = json.loads(r.stdout)

    def summary(rv):
        missing = sorted(g.get("dimension") for g in rv["gaps"] if g["type"] == "dimension_missing")
        ignored = sorted(c for a in rv["alignment"] if a["status"] == "not_addressed" for c in a["categories"])
        return missing, ignored

    assert summary(out["scan"]) == summary(out["text"])
    assert summary(out["text"])[1]  # the sample plan ignores two RPJMD issues


@needs_tesseract
def test_reingest_of_a_needs_ocr_scan_reads_it_in_place(tmp_path):
    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[1], dpi=200)
    store = tmp_path / "s"
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress", "--ocr", "off")
    assert "needs_ocr" in r.stdout
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress")
    assert r.returncode == 0 and "replaced" in r.stdout, r.stdout + r.stderr
    db = sqlite3.connect(store / "telaah.db")
    assert db.execute("SELECT status FROM documents").fetchall() == [("ingested",)]
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress")
    assert "unchanged" in r.stdout


# -- the page view of a scanned page: the passage boxed from the OCR word boxes (issue 17) ----------
@needs_tesseract
def test_page_image_boxes_a_passage_on_a_scanned_page_from_the_ocr_words(tmp_path):
    import pypdfium2 as pdfium

    from service import Telaah

    scan = scan_pdf(PLAN, tmp_path / "scan.pdf", pages=[5], dpi=200)  # page 6 (0-based index): prose, no text layer
    store = tmp_path / "s"
    r = run_cli("ingest", str(scan), "--store", str(store), "--no-index", "--no-progress")
    assert r.returncode == 0, r.stderr
    with Telaah(store) as t:
        (doc,) = t.store.documents()
        p = max((p for p in t.store.passages(doc["id"]) if p["kind"] == "text"), key=lambda p: len(p["text"]))
        img = t.workspace.page_image(doc["id"], 1, p["text"])
        assert img["box_source"] == "ocr" and img["boxes"] > 0
        # the boxes lie where the passage's words are: each of its distinctive words, where the
        # original's text layer places it (the scan is that page at 200 dpi, same size in points),
        # falls inside a box
        src = pdfium.PdfDocument(str(PLAN))
        tp, h = src[5].get_textpage(), src[5].get_height()
        page_text = tp.get_text_range()
        words = [w for w in re.findall(r"[A-Za-z]{9,}", p["text"]) if page_text.count(w) == 1]
        assert len(words) >= 3, p["text"][:200]
        for w in words[:8]:
            i = page_text.index(w)
            l, b, r_, t_ = tp.get_charbox(i)
            cx, cy = (l + r_) / 2, h - (b + t_) / 2
            assert any(x0 - 3 <= cx <= x1 + 3 and y0 - 3 <= cy <= y1 + 3 for x0, y0, x1, y1 in img["rects"]), (
                w,
                cx,
                cy,
                img["rects"],
            )
        src.close()
        # a passage that is not on the page gets no box
        assert t.workspace.page_image(doc["id"], 1, "kalimat yang tidak ada di halaman ini sama sekali")["boxes"] == 0


def test_garbage_share_fast_path_agrees_with_the_character_check():
    """Plain Latin text skips the per-character check; anything else (private-use glyphs of a
    broken font, control characters, replacement characters) is counted as before."""
    import unicodedata

    from ingest.ocr import garbage_share

    def slow(text: str) -> float:
        chars = [c for c in text if not c.isspace()]
        bad = [c for c in chars if c in "\ufffd\ufffe" or unicodedata.category(c) in ("Co", "Cn", "Cc", "Cs")]
        return len(bad) / len(chars) if chars else 0.0

    samples = [
        "Kota Tegal – “smart city” tahap II, 3,5% (2023); Rp 1.500.000,00 • é ü",
        "Program \ue000\ue001\ue002 layanan",
        "Dinas \x07 Kominfo",
        "Sasaran \ufffd\ufffd strategis",
        "Peta \u2065 wilayah",
        "",
    ]
    for s in samples:
        assert garbage_share(s) == slow(s), s
    assert garbage_share(samples[1]) > 0 and garbage_share(samples[0]) == 0
