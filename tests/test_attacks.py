"""Hostile input (issue 14, ingest side): each attack is generated small inside the test, with
the limits lowered so that each guard trips fast.  Every case checks the one line the user gets,
the exit status of `telaah ingest`, that the other files of the same batch are ingested, and that
the store stays consistent (PRAGMA integrity_check, no orphan rows)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import run_cli

from index.store import Store
from ingest import EMPTY_STATUS, IngestError, parse_file
from ingest.worker import ParseLimits, parse_isolated, warm_up

GOOD = (
    "BAB I PENDAHULUAN\n\n1.1 Latar Belakang\n\nKabupaten Contoh Jaya menyusun masterplan smart city sebagai "
    "pedoman pembangunan kota cerdas. Dokumen ini memuat program layanan publik digital per dimensi.\n"
)
LINES = [
    f"Program {w} dilaksanakan oleh perangkat daerah Kota Contoh Jaya pada tahun 202{i % 5}."
    for i, w in enumerate(
        "air bersih sanitasi pendidikan kesehatan transportasi pasar digital perizinan "
        "kependudukan pariwisata pertanian perikanan".split()
    )
]


# -- PDFs in raw syntax ---------------------------------------------------------------------
def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< " + extra + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def xobject_bomb(depth: int) -> bytes:
    """A page drawing form XObject 1, which draws XObject 2 twice, ... `depth` levels (2^depth texts)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> "
        b"/XObject << /X 6 0 R >> >> /Contents 5 0 R >>",
        FONT,
        _stream(b"BT /F1 12 Tf 72 720 Td (Halaman bom) Tj ET q /X Do Q"),
    ]
    for k in range(depth):
        me = 6 + k
        if k < depth - 1:
            res = b"/Resources << /XObject << /X %d 0 R >> /Font << /F1 4 0 R >> >>" % (me + 1)
            data = b"q /X Do Q q 1 0 0 1 1 0 cm /X Do Q"
        else:
            res, data = b"/Resources << /Font << /F1 4 0 R >> >>", b"BT /F1 10 Tf 72 700 Td (program layanan) Tj ET"
        objs.append(_stream(data, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + res))
    return _pdf(objs)


def page_tree_bomb(levels: int = 6, fanout: int = 10) -> bytes:
    """A /Pages tree whose Kids name the same node `fanout` times per level: /Count 10^6."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for k in range(levels):
        kids = b" ".join([b"%d 0 R" % (3 + k)] * fanout)
        parent = b" /Parent %d 0 R" % (1 + k) if k else b""
        objs.append(b"<< /Type /Pages /Kids [%s] /Count %d%s >>" % (kids, fanout ** (levels - k), parent))
    leaf = 2 + levels
    objs.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Contents %d 0 R >>" % (leaf - 1, leaf + 1, leaf + 2)
    )
    objs += [FONT, _stream(b"BT /F1 12 Tf 72 720 Td (Halaman) Tj ET")]
    return _pdf(objs)


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold these lines of text (Helvetica 11, 14 pt apart)."""
    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), FONT]
    for i, lines in enumerate(pages):
        body = b" T* ".join(b"(%s) Tj" % l.encode("latin-1") for l in lines)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * i)
        )
        objs.append(_stream(b"BT /F1 11 Tf 14 TL 60 780 Td " + body + b" ET"))
    return _pdf(objs)


# -- helpers ---------------------------------------------------------------------------------
@pytest.fixture(scope="module", autouse=True)
def _parse_server():
    warm_up()  # the forkserver preloads while the first test builds its files


def batch(tmp_path: Path, name: str, data: bytes) -> list[Path]:
    """The attack file between two good files."""
    files = []
    for fname, content in (
        ("a-baik.txt", GOOD.encode()),
        (name, data),
        ("z-baik.md", ("# Rencana\n\n" + GOOD).encode()),
    ):
        p = tmp_path / "batch" / fname
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(content)
        files.append(p)
    return files


def ingest(store: Path, *paths: Path, env: dict | None = None, subprocess_: bool = False):
    return run_cli(
        "ingest",
        *map(str, paths),
        "--store",
        str(store),
        "--no-progress",
        "--no-index",
        env=env,
        subprocess_=subprocess_,
    )


def one_line(r, name: str) -> str:
    assert "Traceback" not in r.stdout + r.stderr
    lines = [l for l in (r.stdout + r.stderr).splitlines() if name in l]
    assert len(lines) == 1, r.stdout + r.stderr
    return lines[0]


def assert_batch_survived(r, store: Path, expect_docs: int = 2) -> None:
    """The good files of the batch were ingested, and the store is consistent."""
    assert r.returncode == 0, r.stderr
    assert "a-baik.txt: added" in r.stdout and "z-baik.md: added" in r.stdout, r.stdout
    with Store(store) as s:
        assert s.integrity() == []
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert s.counts()["documents"] == expect_docs


def failure(store: Path, name: str) -> tuple[str, str]:
    with Store(store) as s:
        row = s.conn.execute("SELECT code, reason FROM failures WHERE source_name = ?", (name,)).fetchone()
    assert row is not None, f"no failures row for {name}"
    return row["code"], row["reason"]


# -- 1. a PDF that makes the parser grow without bound --------------------------------------
def test_nested_xobject_pdf_hits_the_memory_limit(tmp_path):
    """22 levels of form XObjects each drawing the next twice: pdfium's text extraction grows
    to many GB and aborts.  In a real CLI process, with a 600 MB limit: one line, the batch goes on."""
    data = xobject_bomb(22)
    assert len(data) < 8192
    files = batch(tmp_path, "bom-xobject.pdf", data)
    store = tmp_path / "store"
    t0 = time.monotonic()
    r = ingest(store, *files, env={"TELAAH_PARSE_MEM_MB": "600", "TELAAH_PARSE_SECONDS": "20"}, subprocess_=True)
    assert time.monotonic() - t0 < 40
    line = one_line(r, "bom-xobject.pdf")
    assert line.endswith(
        "bom-xobject.pdf: GAGAL/failed: PDF too complex to read safely: the parser used over "
        "600 MB (limit TELAAH_PARSE_MEM_MB)"
    ), line
    assert_batch_survived(r, store)
    assert failure(store, "bom-xobject.pdf")[0] == "too_complex"
    # alone: nothing ingested, exit status 1
    r = ingest(tmp_path / "store2", files[1], env={"TELAAH_PARSE_MEM_MB": "600", "TELAAH_PARSE_SECONDS": "20"})
    assert r.returncode == 1 and "the parser used over 600 MB" in r.stderr


def test_slow_pdf_hits_the_time_limit(tmp_path):
    """17 levels: ~130,000 text objects on one page, seconds of work; the limit is 1 s."""
    files = batch(tmp_path, "lambat.pdf", xobject_bomb(17))
    store = tmp_path / "store"
    t0 = time.monotonic()
    r = ingest(store, *files, env={"TELAAH_PARSE_SECONDS": "1"})
    assert time.monotonic() - t0 < 15
    line = one_line(r, "lambat.pdf")
    assert line.endswith(
        "lambat.pdf: GAGAL/failed: PDF too complex to read safely: the parser took over 1 s "
        "(limit TELAAH_PARSE_SECONDS)"
    ), line
    assert_batch_survived(r, store)
    assert failure(store, "lambat.pdf")[0] == "too_complex"


def test_page_tree_bomb_is_refused_before_any_page_is_read(tmp_path):
    data = page_tree_bomb()
    assert len(data) < 4096
    files = batch(tmp_path, "sejuta-halaman.pdf", data)
    store = tmp_path / "store"
    r = ingest(store, *files)
    line = one_line(r, "sejuta-halaman.pdf")
    assert line.endswith("GAGAL/failed: PDF has 1000000 pages; the limit is 3000 pages (--max-pages N to raise it)")
    assert_batch_survived(r, store)
    assert failure(store, "sejuta-halaman.pdf")[0] == "too_many_pages"
    # the parse server is started (and warm) first: the second below is the refusal's own time, not
    # the server's start-up, which a loaded CI machine can stretch past it
    warm = tmp_path / "hangat.pdf"
    warm.write_bytes(text_pdf([LINES[:3]]))
    parse_isolated(warm)
    t0 = time.perf_counter()
    with pytest.raises(IngestError, match="PDF has 1000000 pages"):
        parse_isolated(files[1])
    assert time.perf_counter() - t0 < 1.0
    # the limit comes from the environment too
    three = tmp_path / "tiga.pdf"
    three.write_bytes(text_pdf([LINES[:3]] * 3))
    r = ingest(store, three, env={"TELAAH_MAX_PAGES": "2"})
    assert r.returncode == 1 and "PDF has 3 pages; the limit is 2 pages" in r.stderr


def test_crash_and_limit_lines():
    """How a worker that ended without an answer is described (a crash cannot be made on purpose)."""
    from ingest.worker import _death

    lim = ParseLimits(mem_mb=1000, seconds=30)
    assert str(_death(-11, 100 << 10, lim, "PDF")) == "PDF too complex to read safely: the parser crashed (SIGSEGV)"
    assert "used over 1000 MB" in str(_death(-6, 900 << 10, lim, "PDF"))
    assert "exit status 3" in str(_death(3, 0, lim, "file"))
    assert ParseLimits.from_config(max_pages=5).max_pages == 5


def test_limits_from_the_environment(monkeypatch):
    monkeypatch.setenv("TELAAH_PARSE_MEM_MB", "700")
    monkeypatch.setenv("TELAAH_PARSE_SECONDS", "2,5")
    monkeypatch.setenv("TELAAH_MAX_PAGES", "nonsense")
    lim = ParseLimits.from_config()
    assert (lim.mem_mb, lim.seconds, lim.max_pages, lim.isolate) == (700, 2.5, 3000, True)


# -- 2. YAML front matter ---------------------------------------------------------------------
def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        p, c = chr(96 + i), chr(97 + i)
        lines.append(f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]")
    return "\n".join(lines)


def test_yaml_billion_laughs_is_refused_in_milliseconds(tmp_path):
    from ingest.safeyaml import UnsafeYAML, load_untrusted

    fm = billion_laughs()
    assert len(fm) < 2048
    t0 = time.perf_counter()
    with pytest.raises(UnsafeYAML, match="anchors and aliases"):
        load_untrusted(fm)
    assert time.perf_counter() - t0 < 0.05
    files = batch(tmp_path, "tawa.md", f"---\ntitle: Tawa\n{fm}\n---\n\n# Catatan\n\n{GOOD}".encode())
    store = tmp_path / "store"
    r = ingest(store, *files)
    assert "tawa.md: added" in one_line(r, "tawa.md")
    assert_batch_survived(r, store, expect_docs=3)
    with Store(store) as s:
        row = s.conn.execute(
            "SELECT message, length(meta) AS n, id FROM documents WHERE source_name = 'tawa.md'"
        ).fetchone()
    assert "YAML front matter ignored: YAML anchors and aliases (&, *) are not accepted" in row["message"]
    assert row["n"] < 2048
    shown = json.loads(run_cli("show", row["id"], "--json", "--store", str(store)).stdout)
    assert "lol" not in " ".join(p["text"] for p in shown["passages"])  # the refused block is not text either


def test_front_matter_size_caps(tmp_path):
    big = "---\n" + "\n".join(f"k{i}: {'x' * 60}" for i in range(1000)) + "\n---\n\n" + GOOD  # 66 KB of YAML
    wide = "---\ntags:\n" + "- a\n" * 15000 + "---\n\n" + GOOD  # 60 KB, 75 KB as JSON
    deep = "---\nx: " + "[" * 200 + "]" * 200 + "\n---\n\n" + GOOD
    store = tmp_path / "store"
    paths = []
    for name, text in (("besar.md", big), ("lebar.md", wide), ("dalam.md", deep)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    r = ingest(store, *paths)
    assert r.returncode == 0 and r.stdout.count(": added") == 3, r.stdout + r.stderr
    with Store(store) as s:
        rows = {
            x["source_name"]: x for x in s.conn.execute("SELECT source_name, message, length(meta) AS n FROM documents")
        }
        assert s.integrity() == []
    assert all(x["n"] < 64 * 1024 for x in rows.values())
    assert "YAML front matter ignored: YAML of 65 KB (the limit is 64 KB)" in rows["besar.md"]["message"]
    assert "KB of metadata (the limit is 64 KB)" in rows["lebar.md"]["message"]
    assert "nested more than 32 levels" in rows["dalam.md"]["message"]


# -- 3. decoding ------------------------------------------------------------------------------
def test_utf32_utf16_and_binary_bytes(tmp_path):
    text = "Kota Contoh Jaya – “Smart City” resmi diluncurkan; biaya Rp 2,3 M. Ini café. " * 3
    cases = {
        "u32le.txt": b"\xff\xfe\x00\x00" + text.encode("utf-32-le"),
        "u32be.txt": b"\x00\x00\xfe\xff" + text.encode("utf-32-be"),
        "u16le-tanpa-bom.txt": text.encode("utf-16-le"),
        "u16be-tanpa-bom.txt": text.encode("utf-16-be"),
    }
    store = tmp_path / "store"
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    rnd = tmp_path / "acak.txt"
    rnd.write_bytes(os.urandom(4096))
    ctrl = tmp_path / "kendali.txt"
    ctrl.write_bytes(("Program layanan \x01\x02\x03\x04 publik digital.\x05\x06\n" * 40).encode())
    r = ingest(store, *(tmp_path / n for n in cases), rnd, ctrl)
    assert r.returncode == 0
    for name in ("acak.txt", "kendali.txt"):
        assert one_line(r, name).endswith(f"{name}: GAGAL/failed: not a text file (binary content)")
        assert failure(store, name)[0] == "binary"
    with Store(store) as s:
        assert s.integrity() == []
        rows = s.conn.execute(
            "SELECT d.source_name, d.meta, t.text FROM documents d JOIN doc_text t ON t.doc_id = d.id"
        ).fetchall()
    assert len(rows) == 4  # the random bytes were not stored (as news or anything else)
    for row in rows:
        assert "“Smart City”" in row["text"] and "café" in row["text"] and "\x00" not in row["text"], row["source_name"]
        assert json.loads(row["meta"])["encoding"].startswith(("utf-32", "utf-16"))


# -- 4. HTML nesting --------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [2000, 200_000])
def test_deeply_nested_html(tmp_path, depth):
    html = (
        "<html><body><h1>Pemkot Contoh Luncurkan Aplikasi Layanan</h1>"
        + "<div><span>" * (depth // 2)
        + "<p>TEGAL – Pemkot Tegal meluncurkan aplikasi layanan publik digital, Senin (6/6/2022). "
        "Aplikasi ini memudahkan warga.</p>" + "</span></div>" * (depth // 2) + "</body></html>"
    )
    files = batch(tmp_path, "dalam.html", html.encode())
    store = tmp_path / "store"
    t0 = time.monotonic()
    r = ingest(store, *files)
    assert time.monotonic() - t0 < 20
    assert "dalam.html: added" in one_line(r, "dalam.html")
    assert "RecursionError" not in r.stdout + r.stderr
    assert_batch_survived(r, store, expect_docs=3)
    with Store(store) as s:
        text = s.conn.execute(
            "SELECT t.text FROM doc_text t JOIN documents d ON d.id = t.doc_id WHERE d.source_name = 'dalam.html'"
        ).fetchone()[0]
    assert "meluncurkan aplikasi layanan publik digital" in text


# -- 5. no silent empties -----------------------------------------------------------------------
def test_pages_that_all_repeat_the_same_lines_keep_them_once(tmp_path):
    pdf = tmp_path / "berulang.pdf"
    pdf.write_bytes(text_pdf([LINES] * 6))
    d = parse_file(pdf)
    assert d.status == "ingested" and d.passages
    for line in LINES:
        assert d.text.count(line) == 1, line
    # and a running header on real pages still goes
    towns = "Arum Seruni Permai Jaya Makmur Sentosa".split()
    pages = [
        ["Masterplan Smart City Kota Contoh Jaya 2024"]
        + [f"Kecamatan {t} menjalankan {l[8:]}" for l in LINES[:6]]
        + [f"Halaman {i}"]
        for i, t in enumerate(towns, 1)
    ]
    pdf.write_bytes(text_pdf(pages))
    d = parse_file(pdf)
    assert "Masterplan Smart City Kota Contoh Jaya 2024" not in d.text and len(d.passages) >= 6


def test_document_without_passages_is_never_silently_ingested(tmp_path):
    headings = tmp_path / "judul-saja.pdf"
    headings.write_bytes(text_pdf([["BAB I PENDAHULUAN DAN GAMBARAN UMUM"], ["BAB II ANALISIS STRATEGIS DAERAH"]]))
    d = parse_isolated(headings)
    assert d.status == EMPTY_STATUS and not d.passages
    assert d.message == "no body text: the document holds only 2 heading(s), no paragraphs or tables"
    files = batch(tmp_path, "judul-saja.pdf", headings.read_bytes())
    store = tmp_path / "store"
    r = ingest(store, *files)
    line = one_line(r, "judul-saja.pdf")
    assert "no body text: the document holds only 2 heading(s)" in line and ": added" not in line
    with Store(store) as s:
        row = s.conn.execute("SELECT status FROM documents WHERE source_name = 'judul-saja.pdf'").fetchone()
    if row is None:  # a store whose schema has no 'empty' status: a failure with code `empty`
        assert "GAGAL/failed" in line and failure(store, "judul-saja.pdf")[0] == "empty"
        assert_batch_survived(r, store)
    else:
        assert row["status"] == EMPTY_STATUS
        assert_batch_survived(r, store, expect_docs=3)
    alone = ingest(tmp_path / "store2", headings)
    assert alone.returncode == 1  # nothing usable was ingested
