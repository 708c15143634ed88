"""Real-size inputs for tests and benchmarks, built from ../shared/realdata (never committed)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDATA = (ROOT.parent / "shared" / "realdata").resolve()
CACHE = ROOT / "tests" / ".cache"


def rpjmd_pdf(cache: Path = CACHE) -> Path:
    """The real DKI Jakarta RPJMD 2025-2029 (MinerU Markdown) rendered to a ~500-page PDF, cached."""
    from corpus.pdfgen import markdown_to_blocks, render_pdf

    src = REALDATA / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt"
    if not src.exists():
        raise FileNotFoundError(f"{src} not found: ../shared/realdata must be beside the project")
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / "rpjmd_dki_2025_2029.pdf"
    stamp = cache / "rpjmd_dki_2025_2029.src"
    key = f"{src.stat().st_size}:{src.stat().st_mtime_ns}:{(ROOT / 'corpus' / 'pdfgen.py').stat().st_mtime_ns}"
    if not (out.exists() and stamp.exists() and stamp.read_text() == key):
        blocks = markdown_to_blocks(src.read_text(encoding="utf-8"))
        tmp = out.with_suffix(".tmp.pdf")
        render_pdf(
            blocks,
            tmp,
            title="RPJMD Provinsi DKI Jakarta 2025-2029",
            header="RPJMD Provinsi DKI Jakarta 2025-2029",
            footer="Lampiran Perda DKI Jakarta No. 2 Tahun 2025",
            cover_lines=["RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH", "PROVINSI DKI JAKARTA 2025-2029"],
        )
        os.replace(tmp, out)
        stamp.write_text(key)
    return out
