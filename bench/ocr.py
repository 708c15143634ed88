"""OCR quality and speed on scans of real pages (ingest/ocr.py).

    .venv/bin/python bench/ocr.py [--pages 8] [--dpis 200,300] [--labels 80] [--json]

Real pages: the real DKI Jakarta RPJMD 2025-2029 text (../shared/realdata) rendered to a PDF by
bench/fixtures.py; `--pages` text pages from its body are rendered to images at 300 dpi and
packed into image-only PDFs, clean and damaged (rotation ±2°, blur, JPEG quality 60-70, speckle,
one page turned 90°).  Each is OCR'd (Tesseract ind+eng, at each of `--dpis`) and compared with
the text those pages were rendered from (pdfium's text layer of the source PDF):

* CER: Levenshtein distance / reference length, whitespace collapsed (goal ≤ 2% clean, ≤ 5% damaged)
* word recall: share of the reference words (lower case, punctuation stripped, with
  multiplicity) found in the OCR text (goal ≥ 0.97)
* pages/s cold (first run) and warm (second run), peak RSS of this process and of one
  Tesseract process (ru_maxrss of the children)

Label quality: `--labels N` passages of bench/quality's `real` set are typeset one per page,
scanned with damage, OCR'd, and labelled by the extractor; micro-F1 of dimensions / elements /
issues on the OCR text vs the original text of the same passages.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def norm(t: str) -> str:
    t = t.replace("\r", " ").replace("\ufffe", "").replace("\x02", "-")
    t = re.sub(r"[‘’]", "'", re.sub(r"[“”]", '"', re.sub(r"[–—]", "-", t)))
    return re.sub(r"\s+", " ", t).strip()


# the rendered PDF's running header and footer: pdfium's text layer gives them before the body
# (drawn first), OCR at the page's top and bottom; they are removed from both sides, so that CER
# measures characters, not where the page template sits in the text layer's order
RUNNING = re.compile(r"RPJMD Provinsi DKI Jakarta 2025-2029|Lampiran Perda DKI Jakarta No\. 2 Tahun 2025 Halaman \d+")


def body(t: str) -> str:
    return norm(RUNNING.sub(" ", t))


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row at a time (row[j] = j + cummin(a_k - k))."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    prev = np.arange(len(b) + 1, dtype=np.int32)
    idx = np.arange(len(b) + 1, dtype=np.int32)
    for i, ch in enumerate(a, 1):
        cost = (bb != ord(ch)).astype(np.int32)
        cur = np.empty_like(prev)
        cur[0] = i
        cur[1:] = np.minimum(prev[1:] + 1, prev[:-1] + cost)
        cur = idx + np.minimum.accumulate(cur - idx)
        prev = cur
    return int(prev[-1])


def words(t: str) -> collections.Counter:
    return collections.Counter(w for w in (re.sub(r"[^\w]", "", x) for x in t.lower().split()) if w)


def recall(ref: str, hyp: str) -> float:
    r, h = words(ref), words(hyp)
    tot = sum(r.values())
    return sum(min(c, h[w]) for w, c in r.items()) / tot if tot else 1.0


def source_pages(n: int) -> tuple[Path, list[int], list[str]]:
    """n body pages of the real RPJMD PDF with plenty of prose, and their text."""
    import pypdfium2 as pdfium

    from bench.fixtures import rpjmd_pdf

    src = rpjmd_pdf()
    pdf = pdfium.PdfDocument(str(src))
    picked, texts = [], []
    start = len(pdf) // 5
    i = start
    while len(picked) < n and i < len(pdf):
        page = pdf[i]
        tp = page.get_textpage()
        t = tp.get_text_range()
        tp.close()
        page.close()
        if len(t) > 1500 and t.count("|") < 5:
            picked.append(i)
            texts.append(body(t))
        i += 7  # spread over the document
    pdf.close()
    return src, picked, texts


def make_scans(src: Path, pages: list[int], out: Path) -> dict[str, Path]:
    from bench.scan import damage, image_pdf, render

    imgs = render(src, pages, dpi=300)
    clean = image_pdf(imgs, out / "clean.pdf", dpi=300)
    rng = np.random.default_rng(3)
    dam = []
    for k, im in enumerate(imgs):
        dam.append(
            damage(
                im,
                seed=k,
                rotate=float(rng.uniform(-2, 2)),
                blur=0.7,
                jpeg=int(rng.integers(60, 71)),
                speckle=0.003,
                turn=90 if k == 1 else 0,
            )
        )
    damaged = image_pdf(dam, out / "damaged.pdf", dpi=300)
    return {"clean": clean, "damaged": damaged}


def run_ocr(pdf: Path, n: int, dpi: int) -> tuple[list[str], float, list]:
    from ingest import ocr

    t0 = time.perf_counter()
    res = ocr.ocr_pages(pdf, list(range(1, n + 1)), dpi=dpi)
    dt = time.perf_counter() - t0
    texts = [body(" ".join(l for l in res[p].lines if l)) for p in range(1, n + 1)]
    return texts, dt, [res[p] for p in range(1, n + 1)]


def label_drop(n: int, tmp: Path) -> dict:
    """Micro-F1 of the extractor on `n` real labelled passages: original text vs OCR of a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from bench.quality import KINDS, real_passages, score
    from bench.scan import damage, image_pdf, render
    from ingest import ocr
    from nlp.classifier import get_classifier

    rows, _lost = real_passages()
    rows = rows[:: max(1, len(rows) // n)][:n]
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for r in rows:
        esc = r["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        story += [Paragraph(esc, style), PageBreak()]
    typeset = tmp / "passages.pdf"
    SimpleDocTemplate(str(typeset), pagesize=A4).build(story)
    # a passage may run over a page: OCR every page, then map pages back to passages by their text
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(typeset))
    page_text = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        page_text.append(norm(tp.get_text_range()))
        tp.close()
    n_pages = len(pdf)
    pdf.close()
    imgs = [damage(im, seed=k) for k, im in enumerate(render(typeset, None, dpi=300))]
    scan = image_pdf(imgs, tmp / "passages-scan.pdf", dpi=300)
    t0 = time.perf_counter()
    res = ocr.ocr_pages(scan, list(range(1, n_pages + 1)))
    ocr_seconds = time.perf_counter() - t0
    # pages -> passages: a passage starts on a new page; consecutive pages until the next start
    starts, k = [], 0
    for r in rows:
        head = norm(r["text"])[:40]
        while k < n_pages and not page_text[k].startswith(head[:20]):
            k += 1
        starts.append(k)
        k += 1
    ocr_texts = []
    for j, s in enumerate(starts):
        e = starts[j + 1] if j + 1 < len(starts) else n_pages
        ocr_texts.append("\n".join("\n".join(res[p + 1].lines) for p in range(s, max(e, s + 1)) if p < n_pages))
    clf = get_classifier()
    label_ids = {k: [lab.id for lab in clf.labels[k]] for _, k in KINDS}
    base = score(rows, clf.classify([r["text"] for r in rows], evidence=False), label_ids)
    got = score(rows, clf.classify(ocr_texts, evidence=False), label_ids)
    cer = [levenshtein(norm(r["text"]), norm(t)) / max(1, len(norm(r["text"]))) for r, t in zip(rows, ocr_texts)]
    out = {
        "passages": len(rows),
        "pages": n_pages,
        "ocr_seconds": round(ocr_seconds, 1),
        "passage_cer_median": round(float(np.median(cer)), 4),
    }
    for field, _ in KINDS:
        if field in base:
            out[field] = {"text_f1": round(base[field]["micro_f1"], 3), "ocr_f1": round(got[field]["micro_f1"], 3)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=8)
    ap.add_argument("--dpis", default="200,300")
    ap.add_argument("--labels", type=int, default=0, help="passages for the label-quality check (0: skip)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    from ingest import ocr

    if ocr.unavailable_reason():
        print(f"bench/ocr: {ocr.unavailable_reason()}", file=sys.stderr)
        return 1
    out: dict = {"machine": f"{os.cpu_count()} cores", "engine": ocr.engine_name(), "runs": []}
    with tempfile.TemporaryDirectory(prefix="telaah-ocr-bench-") as tmpd:
        tmp = Path(tmpd)
        src, pages, refs = source_pages(a.pages)
        scans = make_scans(src, pages, tmp)
        print(
            f"# {len(pages)} real RPJMD DKI pages ({', '.join(str(p + 1) for p in pages)}), "
            f"{sum(map(len, refs))} characters; {out['engine']}, {out['machine']}"
        )
        print(f"{'scan':8s} {'dpi':>4s} {'CER':>7s} {'recall':>7s} {'conf':>5s} {'cold p/s':>9s} {'warm p/s':>9s}")
        for name, pdf in scans.items():
            for dpi in [int(x) for x in a.dpis.split(",")]:
                texts, cold, res = run_ocr(pdf, len(pages), dpi)
                _t, warm, _r = run_ocr(pdf, len(pages), dpi)
                dist = sum(levenshtein(r, h) for r, h in zip(refs, texts))
                cer = dist / sum(map(len, refs))
                rec = sum(recall(r, h) * len(r) for r, h in zip(refs, texts)) / sum(map(len, refs))
                conf = float(np.mean([r.confidence for r in res]))
                run = {
                    "scan": name,
                    "dpi": dpi,
                    "cer": round(cer, 4),
                    "word_recall": round(rec, 4),
                    "confidence": round(conf, 1),
                    "pages_per_s_cold": round(len(pages) / cold, 2),
                    "pages_per_s_warm": round(len(pages) / warm, 2),
                    "per_page_cer": [round(levenshtein(r, h) / len(r), 3) for r, h in zip(refs, texts)],
                }
                out["runs"].append(run)
                print(
                    f"{name:8s} {dpi:4d} {cer:7.2%} {rec:7.3f} {conf:5.1f} {run['pages_per_s_cold']:9.2f} "
                    f"{run['pages_per_s_warm']:9.2f}   per page CER {run['per_page_cer']}"
                )
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        out["peak_rss_mb"] = {"this_process": round(me.ru_maxrss / 1024), "tesseract": round(kids.ru_maxrss / 1024)}
        print(
            f"# peak RSS: this process {out['peak_rss_mb']['this_process']} MB, one Tesseract process "
            f"{out['peak_rss_mb']['tesseract']} MB"
        )
        if a.labels:
            lab = label_drop(a.labels, tmp)
            out["labels"] = lab
            print(
                f"# label quality, {lab['passages']} real labelled passages ({lab['pages']} pages) typeset, "
                f"scanned with damage, OCR'd in {lab['ocr_seconds']} s; median passage CER "
                f"{lab['passage_cer_median']:.2%}"
            )
            for field in ("dimensions", "elements", "issues"):
                if field in lab:
                    v = lab[field]
                    print(
                        f"  {field:11s} micro-F1 text {v['text_f1']:.3f}  OCR {v['ocr_f1']:.3f}  "
                        f"drop {v['text_f1'] - v['ocr_f1']:+.3f}"
                    )
    if a.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
