"""Imported once by the parse server (see ingest.worker), never by the ingesting process:
loads and warms what every parse needs (imports, spaCy's sentence tokenizer, the gazetteer,
the regular expressions, pdfium) so that each forked parse worker starts warm, then freezes
the garbage collector's view of these objects so that the children do not copy their pages."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

SAMPLE_TEXT = (
    "BAB I PENDAHULUAN\n\n1.1 Latar Belakang\n\nKota Contoh menyusun masterplan smart city 2024-2028. "
    "Program layanan publik digital dijalankan oleh Diskominfo. Kab. Contoh, Rp. 1,5 miliar.\n"
)


def sample_pdf() -> bytes:
    """A one-page PDF with a line of text (raw PDF syntax, no writer library needed)."""
    content = (
        b"BT /F1 11 Tf 72 720 Td (BAB I PENDAHULUAN) Tj 0 -16 Td (Kota Contoh menyusun program layanan "
        b"publik digital tahun 2024.) Tj ET"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _warm() -> None:
    import charset_normalizer  # noqa: F401
    import pdfplumber  # noqa: F401
    import pdfplumber.table  # noqa: F401
    import selectolax.lexbor  # noqa: F401
    import yaml  # noqa: F401

    from . import parse_file
    from .segment import sentence_pipeline

    sentence_pipeline()  # spaCy's Indonesian tokenizer + sentencizer (~1 s to build)
    with tempfile.TemporaryDirectory(prefix="telaah-warm-") as tmp:
        samples = {
            "contoh.pdf": sample_pdf(),
            "contoh.md": ("---\ntitle: Contoh\n---\n" + SAMPLE_TEXT).encode(),
            "contoh.html": f"<html><body><h1>Judul</h1><p>{SAMPLE_TEXT}</p></body></html>".encode(),
        }
        for name, data in samples.items():
            p = Path(tmp) / name
            p.write_bytes(data)
            parse_file(p)


try:
    _warm()
except Exception:  # pragma: no cover - a worker then loads what it needs itself
    pass
gc.freeze()
