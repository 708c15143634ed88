"""Hostile input at the front end and the store (issue "Hardening from an attack run"): terminal
escapes in document text, titles and file names; bad numbers on the command line; stray temporary
index files; searches right after a crash; concurrent index updates; reviews of plans that have
nothing to review. The parser-side cases are in test_attacks.py."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

ESCAPES = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e", "\u2066")
HOSTILE_TITLE = "Rencana \x1b[2J\x1b]0;pwned\x07 Kota \x1b]8;;http://x.invalid\x1b\\klik\x1b]8;;\x1b\\ \u202eevil"


def assert_clean(text: str) -> None:
    bad = [repr(c) for c in ESCAPES if c in text]
    assert not bad, f"terminal control characters reached the output: {bad}"


def integrity(store: Path) -> None:
    con = sqlite3.connect(store / "telaah.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


@pytest.fixture()
def hostile_store(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    plain = (
        "Program Layanan Air Bersih Digital menyediakan pemantauan air bersih bagi warga pesisir. "
        "Dinas Pekerjaan Umum bertanggung jawab atas jaringan air bersih di setiap kelurahan. "
    ) * 12
    body = plain + "Teks \x1b[31mmerah\x1b[0m dan \x1b]0;judul\x07 serta \u202ebalik. " + plain
    (docs / "rencana.md").write_text(f"# {HOSTILE_TITLE}\n\n## Air bersih\n\n{body}\n", encoding="utf-8")
    (docs / "nama\x1b[2Jfile.txt").write_text("Air bersih untuk semua warga kota. " * 20, encoding="utf-8")
    store = tmp_path / "store"
    r = run_cli("ingest", str(docs), "--store", str(store), "--no-progress", "--no-index", "--city", "Kota Uji")
    assert r.returncode == 0, r.stderr
    assert_clean(r.stdout + r.stderr)
    return store


def test_terminal_escapes_never_reach_the_terminal(hostile_store):
    r = run_cli("docs", "--store", str(hostile_store))
    assert r.returncode == 0 and "Rencana" in r.stdout
    assert_clean(r.stdout + r.stderr)
    doc_id = next(line.split()[0] for line in r.stdout.splitlines() if line.startswith("rencana"))
    r = run_cli("show", doc_id, "--store", str(hostile_store))
    assert r.returncode == 0 and "Air bersih" in r.stdout
    assert_clean(r.stdout + r.stderr)
    r = run_cli("search", "air bersih", "--mode", "keyword", "--store", str(hostile_store))
    assert r.returncode == 0 and "passage" in r.stdout
    assert_clean(r.stdout + r.stderr)
    # JSON keeps the data as it is (JSON escapes control characters itself)
    r = run_cli("docs", "--json", "--store", str(hostile_store))
    assert "\\u001b" in r.stdout and "\x1b" not in r.stdout
    integrity(hostile_store)


@pytest.mark.parametrize(
    "args,what",
    [
        (["search", "air", "-k", "-5"], "at least 1"),
        (["search", "air", "--top-k", "abc"], "not a whole number"),
        (["search", "air", "--year", "99999"], "not a plausible year"),
        (["ingest", "x.pdf", "--max-mb", "0"], "above 0"),
        (["ingest", "x.pdf", "--max-mb", "nan"], "above 0"),
        (["ingest", "x.pdf", "--max-pages", "-1"], "at least 1"),
        (["show", "x", "--limit", "0"], "at least 1"),
        (["compare", "--programme", "ktp", "-k", "0"], "at least 1"),
    ],
)
def test_bad_numbers_are_usage_errors(tmp_path, args, what):
    r = run_cli(*args, "--store", str(tmp_path / "store"))
    assert r.returncode == 2
    assert what in r.stderr and "Traceback" not in r.stderr


def test_stray_temporary_index_files_are_removed_when_the_store_opens(hostile_store):
    dead = 2**22 + 12345  # above the kernel's default pid_max: no such process
    (hostile_store / f"keyword.tmp{dead}").mkdir()
    (hostile_store / f"keyword.old{dead}").mkdir()
    (hostile_store / "vectors").mkdir(exist_ok=True)
    (hostile_store / "vectors" / f"m.faiss.tmp{dead}").write_bytes(b"x")
    live = hostile_store / f"keyword.tmp{os.getpid()}"
    live.mkdir()  # a process that is still writing keeps its files
    r = run_cli("docs", "--store", str(hostile_store))
    assert r.returncode == 0
    assert not (hostile_store / f"keyword.tmp{dead}").exists()
    assert not (hostile_store / f"keyword.old{dead}").exists()
    assert not (hostile_store / "vectors" / f"m.faiss.tmp{dead}").exists()
    assert live.exists()


def test_search_says_how_many_passages_wait_for_vectors(tmp_path):
    docs = ROOT / "corpus" / "docs"
    news = sorted(docs.rglob("*.md"))[:1] + sorted(docs.rglob("*.html"))[:1]
    assert len(news) == 2
    store = tmp_path / "store"
    assert run_cli("ingest", str(news[0]), "--store", str(store), "--no-progress").returncode == 0
    # the second file is stored but not embedded: as after a crash before the index update
    assert run_cli("ingest", str(news[1]), "--store", str(store), "--no-progress", "--no-index").returncode == 0
    r = run_cli("search", "smart city", "--store", str(store), "--json")
    assert r.returncode == 0
    assert "have no vector yet" in r.stderr and "telaah index" in r.stderr
    assert run_cli("index", "--store", str(store), "--no-progress").returncode == 0
    r = run_cli("search", "smart city", "--store", str(store), "--json")
    assert "have no vector yet" not in r.stderr


def test_index_updates_of_one_store_run_one_at_a_time(tmp_path):
    """A second ingest/index waits for the first to finish embedding instead of embedding the same
    passages again (the store's `embed` lock)."""
    from core.locks import file_lock

    docs = sorted((ROOT / "corpus" / "docs").rglob("*.html"))[:2]
    store = tmp_path / "store"
    cmd = [sys.executable, str(ROOT / "cli.py"), "index", "--store", str(store), "--no-progress", "--json"]
    assert run_cli("ingest", str(docs[0]), "--store", str(store), "--no-progress").returncode == 0
    t0 = time.monotonic()
    subprocess.run(cmd, capture_output=True, check=True, cwd=str(ROOT), timeout=300)
    plain = time.monotonic() - t0  # an index run with nothing to embed: start-up and checks
    assert run_cli("ingest", str(docs[1]), "--store", str(store), "--no-progress", "--no-index").returncode == 0
    hold = 2 * plain + 3
    with file_lock(store / "locks" / "embed.lock"):
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))
        time.sleep(hold)
        assert p.poll() is None, "the index update ran while another process held the embed lock"
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    import json

    assert json.loads(out)["update"]["embedded"] > 0
    con = sqlite3.connect(store / "telaah.db")
    n_pass, n_vec = con.execute("SELECT (SELECT count(*) FROM passages), (SELECT count(*) FROM embeddings)").fetchone()
    con.close()
    assert n_pass and n_vec == n_pass
    integrity(store)


def scanned_pdf(path: Path) -> None:
    """An image-only PDF (no text layer), as a scanner makes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    img = Image.new("L", (600, 800), 255)
    d = ImageDraw.Draw(img)
    for y in range(60, 760, 24):
        d.line((50, y, 550, y), fill=40, width=6)
    ip = path.with_suffix(".png")
    img.save(ip)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(ip), 40, 40, width=500, height=750)
    c.showPage()
    c.save()


def test_review_refuses_a_plan_with_nothing_to_review(tmp_path):
    store = tmp_path / "store"
    pdf = tmp_path / "masterplan_scan.pdf"
    scanned_pdf(pdf)
    r = run_cli(
        "ingest",
        str(pdf),
        "--store",
        str(store),
        "--no-progress",
        "--kind",
        "masterplan",
        "--city",
        "Kota Pindai",
        "--no-index",
        env={"TELAAH_OCR": "off"},
    )
    assert r.returncode == 0, r.stderr
    r = run_cli("review", "Kota Pindai", "--store", str(store))
    assert r.returncode == 2
    assert "masterplan_scan.pdf" in r.stderr and "cannot be reviewed" in r.stderr
    assert "no masterplan ingested" not in r.stderr
    integrity(store)
