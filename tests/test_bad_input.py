"""Every kind of bad input gets one clear line (file + reason), no traceback, and never
loses or duplicates what the store already holds."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REAL_PDFS, ROOT, needs_realdata, run_cli

from index.store import Store

GOOD_TEXT = """Masterplan Smart City Kabupaten Contoh Jaya 2024-2028 (DOKUMEN CONTOH)

BAB I PENDAHULUAN

1.1 Latar Belakang

Kabupaten Contoh Jaya menyusun masterplan smart city sebagai pedoman pembangunan kota cerdas. Dokumen ini memuat program per dimensi. Kabupaten Contoh Jaya menetapkan quick win pada tahun pertama.
"""


def make_scanned_pdf(path: Path) -> None:
    """A PDF whose only page is a picture of text (no text layer), like a scanner makes."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    for i in range(40):
        draw.text((100, 100 + i * 38), "BAB I PENDAHULUAN  Latar belakang masterplan smart city " * 2, fill=0)
    png = path.with_suffix(".png")
    img.save(png)
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.drawImage(str(png), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    png.unlink()


def make_text_pdf(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    st = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(p, st["Normal"]) for p in paragraphs])


def ingest(store: Path, *paths, extra=()):
    return run_cli("ingest", *map(str, paths), "--store", str(store), "--no-progress", *extra)


def docs(store: Path) -> list[dict]:
    r = run_cli("docs", "--json", "--store", str(store))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def assert_clean_error(r, name: str, reason_words: tuple[str, ...]):
    assert "Traceback" not in r.stderr + r.stdout
    lines = [l for l in r.stderr.splitlines() if name in l and "failed" in l]
    assert len(lines) == 1, r.stderr
    assert any(w in lines[0].lower() for w in reason_words), lines[0]


@pytest.fixture()
def seeded(tmp_path):
    """A store that already holds one good document."""
    store = tmp_path / "store"
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    r = ingest(store, good)
    assert r.returncode == 0, r.stderr
    before = docs(store)
    assert len(before) == 1 and before[0]["passages"] > 0
    return store, before


def assert_unchanged(store: Path, before: list[dict]):
    after = docs(store)
    assert [(d["id"], d["passages"], d["sha256"]) for d in after] == [
        (d["id"], d["passages"], d["sha256"]) for d in before
    ]
    with Store(store) as s:
        assert s.integrity() == []


@needs_realdata
def test_encrypted_pdf(seeded):
    store, before = seeded
    r = ingest(store, REAL_PDFS / "password-example.pdf")
    assert r.returncode == 1  # nothing ingested
    assert_clean_error(r, "password-example.pdf", ("password", "encrypted"))
    assert_unchanged(store, before)


def test_corrupt_pdf(seeded, tmp_path):
    store, before = seeded
    src = tmp_path / "src.pdf"
    make_text_pdf(src, ["Program pengembangan layanan publik digital."] * 50)
    data = src.read_bytes()
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(data[: len(data) // 3] + b"\x00garbage" * 100)  # truncated, xref gone
    r = ingest(store, bad)
    assert "Traceback" not in r.stderr
    if r.returncode == 0:
        # pdfium may recover a truncated file: then it must have stored real text, not garbage
        d = [x for x in docs(store) if x["source_name"] == "rusak.pdf"]
        assert d and d[0]["passages"] >= 0
    else:
        assert_clean_error(r, "rusak.pdf", ("damaged", "corrupt", "cannot be read", "no pages"))
        assert_unchanged(store, before)


def test_garbage_with_pdf_header(seeded, tmp_path):
    store, before = seeded
    bad = tmp_path / "header-only.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    r = ingest(store, bad)
    assert r.returncode == 1
    assert_clean_error(r, "header-only.pdf", ("damaged", "corrupt"))
    assert_unchanged(store, before)


def test_zero_byte_file(seeded, tmp_path):
    store, before = seeded
    for name in ("kosong.pdf", "kosong.txt"):
        (tmp_path / name).write_bytes(b"")
        r = ingest(store, tmp_path / name)
        assert r.returncode == 1
        assert_clean_error(r, name, ("empty", "0 bytes"))
    assert_unchanged(store, before)


def test_scanned_pdf_is_stored_as_needs_ocr(seeded, tmp_path):
    """With OCR off (or no Tesseract): `needs_ocr`; with OCR, see tests/test_ocr.py."""
    store, before = seeded
    scan = tmp_path / "scan-masterplan.pdf"
    make_scanned_pdf(scan)
    r = ingest(store, scan, extra=("--ocr", "off"))
    assert r.returncode == 0, r.stderr  # stored, with a status the user can act on
    assert "needs_ocr" in r.stdout and "OCR" in r.stdout
    d = [x for x in docs(store) if x["source_name"] == "scan-masterplan.pdf"][0]
    assert d["status"] == "needs_ocr" and d["passages"] == 0 and d["pages"] == 2
    assert "OCR" in d["message"]
    assert len(docs(store)) == len(before) + 1


def test_not_a_pdf_renamed(seeded, tmp_path):
    store, before = seeded
    fake = tmp_path / "laporan.pdf"
    fake.write_text("<html><body>Ini halaman web, bukan PDF</body></html>", encoding="utf-8")
    r = ingest(store, fake)
    assert r.returncode == 1
    assert_clean_error(r, "laporan.pdf", ("not a pdf",))
    assert "HTML" in r.stderr
    assert_unchanged(store, before)


def test_unsupported_type(seeded, tmp_path):
    store, before = seeded
    f = tmp_path / "anggaran.xlsx"
    f.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    r = ingest(store, f)
    assert r.returncode == 1
    assert_clean_error(r, "anggaran.xlsx", ("unsupported",))
    assert_unchanged(store, before)


def test_non_utf8_text_is_ingested(seeded, tmp_path):
    store, before = seeded
    f = tmp_path / "berita-cp1252.txt"
    f.write_bytes(
        "Kota Contoh Jaya – “Smart City” resmi diluncurkan oleh Wali Kota; biaya Rp 2,3 M. Ini café.".encode("cp1252")
    )
    r = ingest(store, f)
    assert r.returncode == 0, r.stderr
    d = [x for x in docs(store) if x["source_name"] == "berita-cp1252.txt"][0]
    r = run_cli("show", d["id"], "--json", "--store", str(store))
    text = " ".join(p["text"] for p in json.loads(r.stdout)["passages"])
    assert "“Smart City”" in text and "café" in text and "�" not in text


def test_huge_file_over_limit(seeded, tmp_path):
    store, before = seeded
    f = tmp_path / "besar.txt"
    f.write_text("Program smart city. " * 60000, encoding="utf-8")  # ~1.2 MB
    r = ingest(store, f, extra=("--max-mb", "1"))
    assert r.returncode == 1
    assert_clean_error(r, "besar.txt", ("too large",))
    assert "limit" in r.stderr
    # the limit also comes from the environment
    r = run_cli("ingest", str(f), "--store", str(store), "--no-progress", env={"TELAAH_MAX_FILE_MB": "0.5"})
    assert r.returncode == 1 and "too large" in r.stderr
    assert_unchanged(store, before)


def test_directory_with_mixed_files(seeded, tmp_path):
    store, before = seeded
    d = tmp_path / "campur"
    (d / "sub").mkdir(parents=True)
    (d / "a-berita.txt").write_text(
        "TEGAL – Pemkot Tegal meluncurkan aplikasi layanan, Senin (6/6/2022). " * 3, encoding="utf-8"
    )
    make_text_pdf(
        d / "sub" / "b-plan.pdf", ["BAB I PENDAHULUAN", "Masterplan smart city memuat program layanan publik."]
    )
    (d / "sub" / "c-kosong.pdf").write_bytes(b"")
    (d / "d-palsu.pdf").write_bytes(b"PK\x03\x04 not a pdf")
    (d / "e-gambar.png").write_bytes(b"\x89PNG\r\n")
    (d / ".hidden.txt").write_text("tersembunyi", encoding="utf-8")
    r = ingest(store, d)
    assert r.returncode == 0, r.stderr  # something was ingested
    assert "Traceback" not in r.stderr
    out = r.stdout + r.stderr
    assert "a-berita.txt: added" in out and "b-plan.pdf: added" in out
    assert "c-kosong.pdf: GAGAL/failed: empty" in out
    assert "d-palsu.pdf: GAGAL/failed: not a PDF" in out
    assert "e-gambar.png: dilewati/skipped" in out
    assert ".hidden" not in out
    names = sorted(x["source_name"] for x in docs(store))
    assert names == sorted(["good.txt", "a-berita.txt", "b-plan.pdf"])
    # the failures are listed for the user, with reasons
    r = run_cli("docs", "--json", "--failures", "--store", str(store))
    failed = {x["source_name"]: x["message"] for x in json.loads(r.stdout) if x["status"] == "failed"}
    assert set(failed) == {"c-kosong.pdf", "d-palsu.pdf"}


def test_file_names_with_path_tricks(seeded, tmp_path):
    store, before = seeded
    weird = tmp_path / "-rf ..;$(rm -rf ~)\x1b[31mmerah\n.txt"
    weird.write_text("Masterplan smart city Kota Contoh. Program layanan publik digital.", encoding="utf-8")
    dotdot = tmp_path / "a" / ".." / "naik.txt"
    (tmp_path / "a").mkdir()
    (tmp_path / "naik.txt").write_text("Kota Contoh menyusun program air bersih dan sanitasi.", encoding="utf-8")
    r = run_cli("ingest", "--store", str(store), "--no-progress", "--", str(weird), str(dotdot))
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout + r.stderr  # terminal escapes are not echoed
    ids = [x["id"] for x in docs(store)]
    assert all(i.replace("-", "").isalnum() and i.islower() for i in ids), ids
    assert len(ids) == len(before) + 2
    # the store directory holds only the database and the derived indexes (no file was
    # written by the input's name)
    assert {p.name for p in store.iterdir() if not p.name.startswith("telaah.db")} <= {"keyword", "vectors", "locks"}
    missing = run_cli("ingest", str(tmp_path / "tidak-ada.pdf"), "--store", str(store), "--no-progress")
    assert missing.returncode == 1 and "file not found" in missing.stderr and "Traceback" not in missing.stderr


def test_reingest_is_noop_and_change_replaces(tmp_path):
    store = tmp_path / "store"
    f = tmp_path / "rpjmd-contoh.txt"
    f.write_text(GOOD_TEXT, encoding="utf-8")
    assert ingest(store, f).returncode == 0
    first = docs(store)
    r = ingest(store, f)
    assert r.returncode == 0 and "unchanged" in r.stdout
    assert docs(store) == first
    with Store(store) as s:
        n_pass = s.counts()["passages"]
    f.write_text(
        GOOD_TEXT + "\n1.2 Maksud dan Tujuan\n\nTujuan masterplan adalah memberi arah program.\n", encoding="utf-8"
    )
    r = ingest(store, f)
    assert r.returncode == 0 and "replaced" in r.stdout
    after = docs(store)
    assert len(after) == 1 and after[0]["id"] != first[0]["id"] and after[0]["passages"] > first[0]["passages"]
    with Store(store) as s:
        assert s.counts()["passages"] == after[0]["passages"] > n_pass
        assert s.integrity() == []
    # the same content under another name is not stored twice
    copy = tmp_path / "salinan.txt"
    shutil.copy(f, copy)
    r = ingest(store, copy)
    assert r.returncode == 0 and "unchanged" in r.stdout and len(docs(store)) == 1
    # a later failure of the same path does not remove the good version
    f.write_bytes(b"")
    r = ingest(store, f)
    assert r.returncode == 1 and len(docs(store)) == 1


def test_store_errors_are_one_line(tmp_path):
    r = run_cli("docs", "--store", str(tmp_path / "nowhere"))
    assert r.returncode == 2 and "no Telaah store" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "badstore"
    bad.mkdir()
    (bad / "telaah.db").write_bytes(b"this is not sqlite" * 100)
    r = run_cli("docs", "--store", str(bad))
    assert r.returncode == 2 and "cannot be opened" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("show", "nothing-like-this", "--store", str(tmp_path / "nowhere"))
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_kill_mid_ingest_leaves_store_consistent(tmp_path):
    """kill -9 at several moments during a long ingest: the store is always consistent
    (every document complete, none half-written) and a re-run completes the rest."""
    src = tmp_path / "banyak"
    src.mkdir()
    words = "program layanan publik digital air bersih sanitasi kemiskinan pendidikan kesehatan".split()
    for i in range(24):
        paras = "\n\n".join(
            f"{j + 1}.{k + 1} Bagian {words[(i + j + k) % len(words)].title()}\n\n"
            + " ".join(
                f"Kalimat {n} dokumen {i} membahas {words[(n + i) % len(words)]} di Kabupaten Contoh."
                for n in range(25)
            )
            for j in range(6)
            for k in range(3)
        )
        (src / f"dok-{i:02d}.txt").write_text(f"BAB I PENDAHULUAN\n\n{paras}\n", encoding="utf-8")
    store = tmp_path / "store"
    cmd = [sys.executable, str(ROOT / "cli.py"), "ingest", str(src), "--store", str(store), "--no-progress", "-q"]
    for delay in (0.8, 1.6, 2.4, 3.5):
        p = subprocess.Popen(cmd, cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        with Store(store) as s:
            assert s.integrity() == [], f"inconsistent after kill at {delay}s"
            n = s.counts()["documents"]
        assert 0 <= n <= 24
    r = ingest(store, src)
    assert r.returncode == 0, r.stderr
    with Store(store) as s:
        assert s.counts()["documents"] == 24
        assert s.integrity() == []
        rows = s.conn.execute("SELECT count(*), count(DISTINCT source_path) FROM documents").fetchone()
        assert rows[0] == rows[1] == 24  # nothing duplicated


def test_real_process_exit_codes(tmp_path):
    """The installed entry point in a fresh process: clean one-line errors and exit codes."""
    store = tmp_path / "store"
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    r = run_cli("ingest", str(empty), "--store", str(store), subprocess_=True)
    assert r.returncode == 1 and "kosong.txt: GAGAL/failed: empty file" in r.stderr and "Traceback" not in r.stderr
    good = tmp_path / "ok.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    r = run_cli("ingest", str(empty), str(good), "--store", str(store), subprocess_=True)
    assert r.returncode == 0 and "ok.txt: added" in r.stdout
