"""Shared fixtures: paths to the real documents and a rendered 200+ page RPJMD PDF."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
REALDATA = SHARED / "realdata"
REAL_PDFS = REALDATA / "pdfs"
CORPUS = ROOT / "corpus"
CACHE = ROOT / "tests" / ".cache"

sys.path.insert(0, str(ROOT))

needs_realdata = pytest.mark.skipif(not REALDATA.exists(), reason="../shared/realdata is not beside the project")


@pytest.fixture(scope="session")
def realdata() -> Path:
    if not REALDATA.exists():
        pytest.skip("../shared/realdata is not beside the project")
    return REALDATA


@pytest.fixture(scope="session")
def rpjmd_pdf(realdata) -> Path:
    """The real DKI Jakarta RPJMD 2025-2029 text, rendered to a PDF of 200+ pages (cached)."""
    from corpus.pdfgen import markdown_to_blocks, render_pdf

    src = realdata / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt"
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / "rpjmd_dki_2025_2029.pdf"
    stamp = CACHE / "rpjmd_dki_2025_2029.src"
    key = f"{src.stat().st_size}:{src.stat().st_mtime_ns}:{(ROOT / 'corpus' / 'pdfgen.py').stat().st_mtime_ns}"
    if not (out.exists() and stamp.exists() and stamp.read_text() == key):
        blocks = markdown_to_blocks(src.read_text(encoding="utf-8"))
        tmp = out.with_suffix(".tmp.pdf")
        render_pdf(blocks, tmp, title="RPJMD Provinsi DKI Jakarta 2025-2029",
                   header="RPJMD Provinsi DKI Jakarta 2025-2029", footer="Lampiran Perda DKI Jakarta No. 2 Tahun 2025",
                   cover_lines=["RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH", "PROVINSI DKI JAKARTA 2025-2029"])
        os.replace(tmp, out)
        stamp.write_text(key)
    return out


@pytest.fixture()
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


class CliResult:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli(*args: str, env: dict | None = None, timeout: int = 600, subprocess_: bool = False):
    """Run the real CLI: in this process (fast: spaCy loads once) or in a subprocess."""
    import contextlib
    import io
    import subprocess

    if subprocess_:
        e = dict(os.environ)
        e.pop("TELAAH_STORE", None)
        e.update(env or {})
        return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], capture_output=True, text=True,
                              env=e, timeout=timeout, cwd=str(ROOT))
    import cli

    saved = {k: os.environ.get(k) for k in list(env or {}) + ["TELAAH_STORE"]}
    os.environ.pop("TELAAH_STORE", None)
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = cli.main(list(args))
            except SystemExit as ex:  # argparse usage errors
                rc = ex.code if isinstance(ex.code, int) else 2
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return CliResult(rc, out.getvalue(), err.getvalue())
