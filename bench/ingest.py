"""Ingestion benchmark: Telaah's fast path vs a plain pdfplumber extract_text loop,
on the same real-size PDF (the DKI Jakarta RPJMD 2025-2029 rendered to ~500 pages).

Each measurement runs in its own process so that peak RSS is its own.
Usage: python bench/ingest.py [--pdf FILE] [--json]
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _child(mode: str, pdf: str) -> dict:
    t0 = time.perf_counter()
    out: dict = {"mode": mode}
    if mode == "pdfplumber_extract_text":
        import pdfplumber

        n_chars = 0
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                n_chars += len(page.extract_text() or "")
                page.close()
            out["pages"] = len(doc.pages)
        out["chars"] = n_chars
    elif mode == "pdfium_text_only":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(pdf)
        n_chars = 0
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            n_chars += len(tp.get_text_bounded())
            tp.close()
        out["pages"] = len(doc)
        out["chars"] = n_chars
    elif mode in ("telaah_parse", "telaah_parse_warm", "telaah_parse_pdfplumber_tables"):
        import os

        from ingest import parse_file

        if mode == "telaah_parse_warm":  # start-up (imports, spaCy tokenizer build) not counted
            from ingest.segment import sentence_pipeline

            sentence_pipeline()
            out["startup_seconds"] = time.perf_counter() - t0
            t0 = time.perf_counter()
        if mode == "telaah_parse_pdfplumber_tables":
            os.environ["TELAAH_TABLES"] = "pdfplumber"
        d = parse_file(pdf)
        out.update(pages=d.n_pages, chars=len(d.text), passages=len(d.passages), tables=len(d.tables),
                   sections=len(d.sections), table_pages_checked=d.meta.get("table_pages_checked"))
    elif mode == "telaah_ingest_store":
        from index.library import ingest_paths
        from index.store import Store

        with tempfile.TemporaryDirectory() as tmp, Store(tmp) as st:
            rep = ingest_paths(st, [pdf], progress=False)
            r = rep.results[0]
            out.update(pages=r.pages, passages=r.passages, status=r.status)
    out["seconds"] = time.perf_counter() - t0
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def run(mode: str, pdf: Path) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", mode, "--pdf", str(pdf)], capture_output=True,
                       text=True, cwd=str(ROOT))
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf")
    ap.add_argument("--child")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.child:
        print(json.dumps(_child(a.child, a.pdf)))
        return
    if a.pdf:
        pdf = Path(a.pdf)
    else:
        from bench.fixtures import rpjmd_pdf

        pdf = rpjmd_pdf()
    modes = ("pdfplumber_extract_text", "pdfium_text_only", "telaah_parse_pdfplumber_tables", "telaah_parse",
             "telaah_parse_warm", "telaah_ingest_store")
    results = [run(m, pdf) for m in modes]
    base = results[0]
    import os

    print(f"# bench/ingest: {pdf.name} ({base['pages']} pages, {pdf.stat().st_size / 1e6:.1f} MB)")
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'mode':28s} {'seconds':>8s} {'pages/s':>8s} {'passages/s':>10s} {'peak RSS MB':>11s} {'vs plain':>8s}")
    for r in results:
        pps = r["pages"] / r["seconds"]
        pas = f"{r['passages'] / r['seconds']:.0f}" if r.get("passages") else "-"
        speed = (base["seconds"] / r["seconds"])
        print(f"{r['mode']:28s} {r['seconds']:8.1f} {pps:8.1f} {pas:>10s} {r['peak_rss_mb']:11.0f} {speed:7.1f}x")
    tp = results[3]
    print(f"# telaah_parse also extracted {tp['tables']} tables, {tp['sections']} sections, {tp['passages']} passages "
          f"(table search on {tp['table_pages_checked']} candidate pages)")
    print("# telaah_parse and telaah_ingest_store include process start-up (imports, spaCy tokenizer: "
          f"{results[4].get('startup_seconds', 0):.1f} s); telaah_parse_warm does not")
    if a.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
