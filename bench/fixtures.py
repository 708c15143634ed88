"""Real-size inputs for tests and benchmarks, built from ../shared/realdata (never committed)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDATA = (ROOT.parent / "shared" / "realdata").resolve()
CACHE = ROOT / "tests" / ".cache"


def rpjmd_pdf(cache: Path = CACHE) -> Path:
    """The real DKI Jakarta RPJMD 2025-2029 (MinerU Markdown) rendered to a PDF, cached (tables of more
    than 8 columns, such as the programme matrix, on landscape pages with all their columns)."""
    from corpus.pdfgen import markdown_to_blocks, render_pdf

    src = REALDATA / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt"
    if not src.exists():
        raise FileNotFoundError(f"{src} not found: ../shared/realdata must be beside the project")
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / "rpjmd_dki_2025_2029.pdf"
    stamp = cache / "rpjmd_dki_2025_2029.src"
    # rendered again when the source or the renderer changes (by content: wide tables, fonts, pages)
    renderer = hashlib.sha1((ROOT / "corpus" / "pdfgen.py").read_bytes()).hexdigest()[:16]
    key = f"{src.stat().st_size}:{src.stat().st_mtime_ns}:pdfgen-{renderer}"
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
