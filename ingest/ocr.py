"""OCR of pages without a usable text layer: pypdfium2 renders, Tesseract 5 (`ind+eng`) reads.

* `text_layer_problem(text, n_chars, ink)` says why a page's text layer is not usable: no text,
  too little text for the ink on the page, or mostly garbage (replacement / private-use
  characters, few dictionary words: the share of tokens that are Indonesian stop words or
  ordinary lower-case words is measured against the lexicon in models/lexicons).
* `ocr_pages(path, pages, ...)` renders each page (grayscale, `TELAAH_OCR_DPI`, default 300)
  in this process and runs one `tesseract` process per page, as many at a time as there are
  cores (`TELAAH_OCR_JOBS`).  Tesseract is run as a program (no Python binding): it is the
  same engine `pytesseract` calls, needs no compiled extension, and a crash or a runaway page
  costs one child process; the parse worker's memory limit (RLIMIT_AS) is inherited by it.
  Page segmentation mode 1 (automatic layout + orientation and script detection) turns pages
  scanned sideways or upside down; Tesseract's line finder tolerates skew of a few degrees
  (deskew by measurement: a ±2° page reads as well as a straight one, bench/ocr.py).
* The TSV output gives words with boxes and confidences: lines are rebuilt block by block
  (Tesseract's layout analysis reads columns one after the other), a paragraph break between
  blocks, and the word boxes (PDF points, top-left origin) are kept for the store.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from core import config

ENGINE = "tesseract"
LANGS = "ind+eng"
INSTALL_HINT = (
    "install Tesseract with its Indonesian model: sudo apt-get install tesseract-ocr tesseract-ocr-ind "
    "(or 'make ocr-deps')"
)
MIN_CONFIDENCE = 50.0  # a page whose mean word confidence is below this is not text (noise, another script)
MIN_WORD_SHARE = 0.25  # ... or whose words are not words
GARBAGE_SHARE = 0.10  # replacement / private-use / control characters: more than this share = garbage
MIN_DICT_SHARE = 0.30  # a text layer where fewer tokens than this look like words is garbage


@functools.lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    p = config.MODELS_DIR / "lexicons" / "stopwords_id.txt"
    try:
        words = {w.strip().lower() for w in p.read_text(encoding="utf-8").split() if w.strip()}
    except OSError:
        words = set()
    # common English function words: English passages of a bilingual plan are text too
    words |= {"the", "of", "and", "to", "in", "for", "is", "on", "with", "by", "as", "at", "from", "be", "are"}
    return frozenset(words)


_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"^[(\"'“‘]?[A-Za-zÀ-ÿ]{2,}(?:-[A-Za-zÀ-ÿ]+)*[.,;:!?)\"'”’]*$")
_NUMBERLIKE = re.compile(r"^[(]?[\d.,%/\-:]+[)]?[.,;:]?$")


# characters that are never replacement, private-use, unassigned, surrogate or control ones: a page
# made only of them (nearly every Indonesian text page) has no garbage, with no per-character check
_PLAIN = re.compile(r"[\x20-\x7e\t\n\r\u00a0-\u024f\u2010-\u2027\u2030-\u205e]*")


def garbage_share(text: str) -> float:
    """Share of replacement, private-use, unassigned and control characters among the non-space ones."""
    if _PLAIN.fullmatch(text):
        return 0.0
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    bad = sum(1 for c in chars if c == "\ufffd" or c == "\ufffe" or unicodedata.category(c) in ("Co", "Cn", "Cc", "Cs"))
    return bad / len(chars)


def word_share(text: str) -> float:
    """Share of tokens that look like words (dictionary stop words, or plain alphabetic tokens of
    a mostly-lower-case shape) or numbers: ~0.9 for real Indonesian prose, low for mojibake."""
    toks = _TOKEN.findall(text)
    if not toks:
        return 0.0
    lex = _lexicon()
    good = 0
    for t in toks:
        w = t.strip("()\"'“”‘’.,;:!?").lower()
        if w in lex or _NUMBERLIKE.match(t) or (_WORDLIKE.match(t) and re.search(r"[aeiou]", w)):
            good += 1
    return good / len(toks)


def dictionary_share(text: str) -> float:
    """Share of tokens that are stop words of the lexicon (Indonesian prose: ~0.3-0.4)."""
    toks = [t.strip("()\"'“”‘’.,;:!?").lower() for t in _TOKEN.findall(text)]
    toks = [t for t in toks if t]
    if not toks:
        return 0.0
    lex = _lexicon()
    return sum(1 for t in toks if t in lex) / len(toks)


def text_layer_problem(text: str, n_chars: int, ink: float | None = None, min_chars: int = 25) -> str | None:
    """Why this text layer is not usable (None: it is).  `ink`: share of dark pixels of the page
    rendered small, see `ink_share` (None: not measured)."""
    if n_chars < min_chars:
        return "no text layer"
    if garbage_share(text) > GARBAGE_SHARE:
        return "text layer is garbage (replacement / private-use characters)"
    if len(text) >= 80 and word_share(text) < MIN_DICT_SHARE:
        return "text layer is garbage (few dictionary words)"
    if ink is not None and ink > 0.03 and n_chars < 200:
        return "too little text for the ink on the page (a scan with a few words of text layer?)"
    return None


def mode() -> str:
    """auto | force | off (TELAAH_OCR)."""
    return config.ocr_mode()


@functools.lru_cache(maxsize=1)
def _tesseract_langs() -> tuple[str | None, frozenset[str]]:
    exe = shutil.which(os.environ.get("TELAAH_TESSERACT") or "tesseract")
    if not exe:
        return None, frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None, frozenset()
    langs = frozenset(l.strip() for l in (out.stdout + out.stderr).splitlines()[1:] if l.strip())
    return exe, langs


def unavailable_reason() -> str | None:
    """None when Tesseract with the Indonesian model can run here, else what is missing."""
    exe, langs = _tesseract_langs()
    if exe is None:
        return "Tesseract OCR is not installed; " + INSTALL_HINT
    if "ind" not in langs:
        return "Tesseract has no Indonesian model (tesseract-ocr-ind); " + INSTALL_HINT
    return None


def _langs() -> str:
    _exe, langs = _tesseract_langs()
    return LANGS if "eng" in langs else "ind"


@dataclass
class OcrPage:
    page: int  # 1-based
    lines: list[str] = field(default_factory=list)
    confidence: float = 0.0  # mean word confidence, 0-100
    words: list[tuple] = field(default_factory=list)  # (text, x, y, w, h, conf) in PDF points, top-left origin
    orientation: int = 0  # degrees the page was turned (OSD)
    error: str = ""  # why nothing was read
    seconds: float = 0.0


def render_page(pdf, index: int, dpi: int):
    """A page as a grayscale PIL image at `dpi` (pages larger than A0 are rendered smaller)."""
    page = pdf[index]
    try:
        w, h = page.get_width(), page.get_height()
        scale = dpi / 72.0
        longest = max(w, h) * scale
        if longest > 12000:  # an A0 poster at 300 dpi: cap the bitmap
            scale *= 12000 / longest
        if min(w, h) * scale < 1:
            raise ValueError("page too small to render")
        bitmap = page.render(scale=scale, grayscale=True)
        img = bitmap.to_pil()
        return img, scale
    finally:
        page.close()


def ink_share(pdf, index: int) -> float:
    """Mean darkness of the page rendered at 20 dpi, 0-1 (a cheap 'is there something printed' test:
    a blank page < 0.002, three lines of text ~0.01, a full page of text ~0.04)."""
    import numpy as np

    try:
        img, _ = render_page(pdf, index, 20)
    except Exception:
        return 0.0
    a = np.asarray(img.convert("L"), dtype=np.float32)
    return float((255 - a).mean() / 255) if a.size else 0.0


def _run_tesseract(png: bytes, timeout: float) -> tuple[str, str]:
    exe, _ = _tesseract_langs()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(
            [exe, "stdin", "stdout", "-l", _langs(), "--psm", "1", "--dpi", "300", "tsv"],
            input=png,
            capture_output=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return "", f"OCR of the page took over {timeout:g} s"
    except OSError as e:
        return "", f"cannot run Tesseract ({e.strerror or e})"
    if out.returncode != 0:
        return "", "Tesseract failed: " + out.stderr.decode("utf-8", "replace").strip().splitlines()[-1:][0][
            :160
        ] if out.stderr.strip() else f"Tesseract failed (exit {out.returncode})"
    return out.stdout.decode("utf-8", "replace"), ""


def parse_tsv(tsv: str, scale: float, page: int) -> OcrPage:
    """Lines (block by block, a blank line between blocks), word boxes and mean confidence."""
    res = OcrPage(page)
    rows = tsv.splitlines()[1:]
    groups: dict[tuple[int, int, int], list] = {}
    order: list[tuple[int, int, int]] = []
    confs = []
    for r in rows:
        f = r.split("\t")
        if len(f) < 12 or f[0] != "5":
            continue
        text = f[11].strip()
        if not text:
            continue
        try:
            left, top, w, h, conf = int(f[6]), int(f[7]), int(f[8]), int(f[9]), float(f[10])
        except ValueError:
            continue
        key = (int(f[2]), int(f[3]), int(f[4]))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((left, text))
        confs.append(conf)
        res.words.append(
            (
                text,
                round(left / scale, 1),
                round(top / scale, 1),
                round(w / scale, 1),
                round(h / scale, 1),
                round(conf, 1),
            )
        )
    prev_block = None
    for key in order:
        if prev_block is not None and key[0] != prev_block:
            res.lines.append("")
        prev_block = key[0]
        res.lines.append(" ".join(t for _l, t in groups[key]))  # TSV order: reading order, also on turned pages
    res.confidence = round(sum(confs) / len(confs), 1) if confs else 0.0
    return res


def _judge(res: OcrPage) -> None:
    """A page whose OCR text is not text (noise, another script, a photo) is dropped with a reason."""
    text = "\n".join(res.lines)
    if not text.strip():
        res.error = res.error or "OCR found no text on the page"
    elif res.confidence < MIN_CONFIDENCE or word_share(text) < MIN_WORD_SHARE:
        res.error = (
            f"OCR could not read the page as Indonesian or English text (mean word confidence {res.confidence:.0f}%)"
        )
    if res.error:
        res.lines, res.words = [], []


# long (~70 lines): the page pool: start, feed, collect and clean up Tesseract processes in one place
def ocr_pages(
    path: Path | str,
    pages: list[int],
    *,
    dpi: int | None = None,
    jobs: int | None = None,
    page_seconds: float | None = None,
    on_page=None,
) -> dict[int, OcrPage]:
    """OCR the given 1-based pages of a PDF; {page: OcrPage}.  Rendering happens here, page by
    page, while up to `jobs` Tesseract processes read the pages rendered before."""
    import time

    import pypdfium2 as pdfium

    dpi = dpi or config.ocr_dpi()
    jobs = jobs or config.ocr_jobs()
    page_seconds = page_seconds or max(20.0, 2 * config.ocr_page_seconds())
    out: dict[int, OcrPage] = {}
    pdf = pdfium.PdfDocument(str(path))

    def work(pno: int, png: bytes, scale: float, t0: float) -> OcrPage:
        tsv, err = _run_tesseract(png, page_seconds)
        res = parse_tsv(tsv, scale, pno) if tsv else OcrPage(pno, error=err)
        _judge(res)
        res.seconds = round(time.monotonic() - t0, 2)
        return res

    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = []
            for pno in pages:
                t0 = time.monotonic()
                try:
                    img, scale = render_page(pdf, pno - 1, dpi)
                except Exception as e:  # a page pdfium cannot render
                    out[pno] = OcrPage(pno, error=f"page cannot be rendered ({str(e)[:80]})")
                    continue
                if img.width < 8 or img.height < 8:
                    out[pno] = OcrPage(pno, error="page too small to read")
                    continue
                import io

                buf = io.BytesIO()
                img.save(buf, format="PNG", compress_level=1)
                del img
                futures.append(pool.submit(work, pno, buf.getvalue(), scale, t0))
                # keep at most 2*jobs rendered pages in memory
                while sum(1 for f in futures if not f.done()) > 2 * jobs:
                    time.sleep(0.02)
                for f in [f for f in futures if f.done()]:
                    r = f.result()
                    out[r.page] = r
                    futures.remove(f)
                    if on_page:
                        on_page(r)
            for f in futures:
                r = f.result()
                out[r.page] = r
                if on_page:
                    on_page(r)
    finally:
        pdf.close()
    return out


# progress: the parse worker sets a hook that forwards these to the ingesting process (which
# extends its time limit by TELAAH_OCR_PAGE_SECONDS per page and draws a progress bar)
_hook = None


def set_progress_hook(fn) -> None:
    global _hook
    _hook = fn


def report(event: str, *args) -> None:
    if _hook is not None:
        try:
            _hook(event, *args)
        except Exception:  # a closed pipe must not stop the parse
            pass


@functools.lru_cache(maxsize=1)
def engine_name() -> str:
    exe, _ = _tesseract_langs()
    version = ""
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        m = re.search(r"tesseract\s+v?([\d.]+)", out.stdout + out.stderr)
        version = f" {m.group(1)}" if m else ""
    except (OSError, subprocess.SubprocessError, TypeError):
        pass
    return f"{ENGINE}{version} {_langs()}"
