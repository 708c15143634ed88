"""PDF parsing: pypdfium2 for text (fast path), pdfplumber for tables.

Per page:
  * text comes from PDFium (~50x faster than pdfplumber's extract_text).  Column
    layout is found from PDFium's text rectangles: a vertical gutter that no body line
    crosses splits the page into columns, read left to right; lines that span the
    gutter (titles, running headers) split the page into horizontal zones.
  * pages with vector graphics (ruled lines, cell rectangles) are handed to pdfplumber's
    table finder; the tables are kept as rows and cells and their area is cut out of
    the running text so cells never appear as shredded lines.
  * pages without a usable text layer (no text, too little text for the ink on the page, a
    garbage layer) are OCR'd with Tesseract (ingest.ocr, `TELAAH_OCR` auto|force|off) and
    their lines go through the same structure code; a PDF that OCR cannot read (no Tesseract,
    too many pages to OCR, noise) is reported as `needs_ocr` with the reason.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
from pathlib import Path

import numpy as np

from .errors import IngestError
from .records import Break, Line, ParsedDocument, TableData

log = logging.getLogger(__name__)

MIN_CHARS_TEXT_PAGE = 25  # fewer characters than this: page has no usable text layer
TABLE_PATH_OBJECTS = 8  # a page with this many path objects ...
TABLE_PATH_SEGMENTS = 24  # ... or this many path segments may hold a ruled table


def _open_pdfium(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise IngestError(
                "PDF is password-protected (encrypted); remove the password and ingest it again", code="encrypted"
            ) from None
        raise IngestError(f"PDF is damaged and cannot be read ({msg.rstrip('.')})", code="corrupt") from None


def _path_stats(page) -> tuple[int, int]:
    import pypdfium2.raw as pr

    n_obj = n_seg = 0
    for obj in page.get_objects(filter=(pr.FPDF_PAGEOBJ_PATH,), max_depth=2):
        n_obj += 1
        n_seg += max(0, pr.FPDFPath_CountSegments(obj.raw))
        if n_obj >= TABLE_PATH_OBJECTS and n_seg >= TABLE_PATH_SEGMENTS:
            break
    return n_obj, n_seg


def _rects(textpage) -> np.ndarray:
    n = textpage.count_rects()
    if n <= 0:
        return np.zeros((0, 4))
    return np.array([textpage.get_rect(i) for i in range(n)], dtype=float)  # left, bottom, right, top


def find_gutters(rects: np.ndarray, width: float) -> list[float]:
    """x positions of column gutters, or [] for a single-column page."""
    n = len(rects)
    if n < 12:
        return []
    L, R = rects[:, 0], rects[:, 2]
    xs = np.arange(0.2 * width, 0.8 * width, 2.0)
    crossing = ((L[None, :] < xs[:, None] - 1) & (R[None, :] > xs[:, None] + 1)).sum(axis=1)
    left = (R[None, :] <= xs[:, None]).sum(axis=1)
    right = (L[None, :] >= xs[:, None]).sum(axis=1)
    ok = (crossing <= max(2, 0.12 * n)) & (left >= max(5, 0.2 * n)) & (right >= max(5, 0.2 * n))
    gutters: list[float] = []
    i = 0
    while i < len(xs):
        if not ok[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(xs) and ok[j + 1]:
            j += 1
        if xs[j] - xs[i] >= 2.0:  # the gap must be at least a few points wide
            run = range(i, j + 1)
            best = min(run, key=lambda k: crossing[k])
            gutters.append(float(xs[best]))
        i = j + 1
    if not gutters:
        return []
    # columns must be filled with prose lines, not short labels (forms, key/value lists)
    edges = [0.0] + gutters + [width]
    for a, b in zip(edges, edges[1:]):
        inside = rects[(L >= a - 1) & (R <= b + 1)]
        if len(inside) < 4 or np.median(inside[:, 2] - inside[:, 0]) < 0.45 * (b - a):
            return []
    return gutters


def _zones(rects: np.ndarray, gutters: list[float], height: float) -> list[tuple[float, float, bool]]:
    """Horizontal zones, top to bottom: (bottom, top, spanning)."""
    L, R = rects[:, 0], rects[:, 2]
    span = np.zeros(len(rects), dtype=bool)
    for g in gutters:
        span |= (L < g - 1) & (R > g + 1)
    intervals = sorted(((float(b), float(t)) for (l, b, r, t), s in zip(rects, span) if s), key=lambda x: -x[1])
    merged: list[list[float]] = []
    for b, t in intervals:
        if merged and t >= merged[-1][0] - 1:
            merged[-1][0] = min(merged[-1][0], b)
        else:
            merged.append([b, t])
    zones = []
    top = height + 1
    for b, t in merged:
        if top - t > 1:
            zones.append((t + 0.5, top, False))
        zones.append((b - 0.5, t + 0.5, True))
        top = b - 0.5
    if top > 0:
        zones.append((-1.0, top, False))
    return zones


def _page_lines(
    textpage, width: float, height: float, rotation: int, exclude: list[tuple[float, float, float, float]] | None = None
) -> tuple[list[str], int]:
    """Text lines of a page in reading order, and the number of columns used.

    exclude: table areas in PDFium coordinates (left, bottom, right, top) to leave out."""
    rects = _rects(textpage)
    if exclude:
        keep = np.ones(len(rects), dtype=bool)
        for l, b, r, t in exclude:
            cx, cy = (rects[:, 0] + rects[:, 2]) / 2, (rects[:, 1] + rects[:, 3]) / 2
            keep &= ~((cx >= l) & (cx <= r) & (cy >= b) & (cy <= t))
        rects = rects[keep]
    gutters = find_gutters(rects, width) if rotation == 0 else []
    if not gutters and not exclude:
        return textpage.get_text_range().splitlines(), 1
    edges = [0.0] + gutters + [width]
    zones = _zones(rects, gutters, height) if gutters else [(-1.0, height + 1, True)]
    # cut the table areas out of the zones (tables span the text width)
    pieces: list[tuple[float, float, bool]] = []
    for zb, zt, spanning in zones:
        cuts = sorted([(b, t) for (_l, b, _r, t) in (exclude or []) if b < zt and t > zb], key=lambda x: -x[1])
        top = zt
        for b, t in cuts:
            if top > t:
                pieces.append((max(t, zb), top, spanning))
            top = min(top, b)
        if top > zb:
            pieces.append((zb, top, spanning))
    lines: list[str] = []
    for zb, zt, spanning in pieces:
        cols = [(0.0, width)] if spanning else list(zip(edges, edges[1:]))
        for a, b in cols:
            txt = textpage.get_text_bounded(left=a - 0.5, bottom=zb, right=b + 0.5, top=zt)
            if txt.strip():
                lines.extend(txt.splitlines())
    return lines, len(edges) - 1


def _pdfium_edges(page, height: float) -> tuple[list[dict], bool]:
    """Horizontal and vertical ruling segments of a page from pdfium path objects, in
    pdfplumber's edge format (top-left origin).  Also says whether curves were seen."""

    import pypdfium2.raw as pr

    edges: list[dict] = []
    curves = False
    x = ctypes.c_float()
    y = ctypes.c_float()
    m = pr.FS_MATRIX()
    for obj in page.get_objects(filter=(pr.FPDF_PAGEOBJ_PATH,), max_depth=3):
        raw = obj.raw
        n = pr.FPDFPath_CountSegments(raw)
        if n <= 0:
            continue
        if not pr.FPDFPageObj_GetMatrix(raw, ctypes.byref(m)):
            m.a, m.b, m.c, m.d, m.e, m.f = 1, 0, 0, 1, 0, 0
        pts: list[tuple[float, float, int, bool]] = []
        for i in range(n):
            seg = pr.FPDFPath_GetPathSegment(raw, i)
            pr.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            px, py = m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f
            pts.append((px, py, pr.FPDFPathSegment_GetType(seg), bool(pr.FPDFPathSegment_GetClose(seg))))
        start = None
        prev = None
        for px, py, typ, close in pts:
            if typ == pr.FPDF_SEGMENT_MOVETO:
                start = prev = (px, py)
                continue
            if typ == pr.FPDF_SEGMENT_BEZIERTO:
                curves = True
                prev = (px, py)
                continue
            if prev is not None:
                _add_edge(edges, prev, (px, py), height)
            prev = (px, py)
            if close and start is not None:
                _add_edge(edges, prev, start, height)
                prev = start
    return edges, curves


def _add_edge(edges: list[dict], a: tuple[float, float], b: tuple[float, float], height: float) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) < 1.0 and abs(x1 - x0) >= 3:
        left, right = min(x0, x1), max(x0, x1)
        top = height - y0
        edges.append(
            {
                "x0": left,
                "x1": right,
                "top": top,
                "bottom": top,
                "width": right - left,
                "height": 0,
                "orientation": "h",
                "object_type": "line",
            }
        )
    elif abs(x0 - x1) < 1.0 and abs(y1 - y0) >= 3:
        top, bottom = height - max(y0, y1), height - min(y0, y1)
        edges.append(
            {
                "x0": x0,
                "x1": x0,
                "top": top,
                "bottom": bottom,
                "width": 0,
                "height": bottom - top,
                "orientation": "v",
                "object_type": "line",
            }
        )


def pdfium_tables(page, textpage, height: float) -> list[TableData] | None:
    """Ruled tables found from pdfium's vector paths with pdfplumber's own lattice algorithm
    (merge edges -> intersections -> cells -> tables), cell text read by pdfium.
    Returns None when the page has curved borders (then pdfplumber does the work)."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges, curves = _pdfium_edges(page, height)
    if curves:
        return None
    if len(edges) < 4:
        return []
    edges = merge_edges(edges, 3, 3, 3, 3)
    edges = [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= 3]
    cells = intersections_to_cells(edges_to_intersections(edges, 3, 3))
    out = []
    for tcells in cells_to_tables(cells):
        xs = sorted({round(c[0], 1) for c in tcells})
        tops = sorted({round(c[1], 1) for c in tcells})
        grid: dict[tuple[float, float], tuple] = {(round(c[1], 1), round(c[0], 1)): c for c in tcells}
        rows = []
        for top in tops:
            row = []
            for x0 in xs:
                c = grid.get((top, x0))
                if c is None:
                    row.append("")
                    continue
                txt = textpage.get_text_bounded(
                    left=c[0] + 0.5, bottom=height - c[3] + 0.5, right=c[2] - 0.5, top=height - c[1] - 0.5
                )
                row.append(_clean_cell(txt.replace("\x02", "-").replace("\ufffe", "")))
            rows.append(row)
        rows = [r for r in rows if any(r)]
        n_cols = max((sum(1 for c in r if c) for r in rows), default=0)
        if len(rows) < 2 or n_cols < 2:
            continue
        bbox = (
            min(c[0] for c in tcells),
            min(c[1] for c in tcells),
            max(c[2] for c in tcells),
            max(c[3] for c in tcells),
        )
        out.append(TableData(page=0, header=rows[0], rows=rows[1:], bbox=bbox))
    out.sort(key=lambda t: t.bbox[1])
    # characters of running text above each table (outside any table), to place it in reading order
    width = page.get_width()
    inside_above = 0
    for t in out:
        band = textpage.get_text_bounded(left=0, bottom=height - t.bbox[1], right=width, top=height)
        t.chars_above = len(re.sub(r"\s", "", band)) - inside_above
        cells_txt = "".join(t.header) + "".join("".join(r) for r in t.rows)
        inside_above += len(re.sub(r"\s", "", cells_txt))
    return out


def _clean_cell(c) -> str:
    return re.sub(r"\s+", " ", str(c or "")).strip()


def _plumber_tables(path: Path, page_numbers: list[int]) -> dict[int, list[TableData]]:
    """Tables found by pdfplumber on the given 1-based pages."""
    import pdfplumber

    found: dict[int, list[TableData]] = {}
    if not page_numbers:
        return found
    with pdfplumber.open(str(path), pages=page_numbers) as pdf:
        for page in pdf.pages:
            tables = []
            rotated = page.rotation in (90, 270)
            # pdfplumber sees a rotated page unrotated: visual rows are its columns.  Rows are
            # ruled lines there and columns follow the (rotated) text; transpose afterwards.
            settings = {"vertical_strategy": "text", "horizontal_strategy": "lines"} if rotated else {}
            for t in page.find_tables(settings):
                rows = [[_clean_cell(c) for c in r] for r in t.extract()]
                if rotated:
                    rows = [list(r) for r in zip(*rows)]
                    if page.rotation == 90:
                        rows = rows[::-1]
                rows = [r for r in rows if any(r)]
                n_cols = max((sum(1 for c in r if c) for r in rows), default=0)
                if len(rows) < 2 or n_cols < 2:
                    continue  # a framed text box, not a table
                header, body = rows[0], rows[1:]
                tables.append(TableData(page=page.page_number, header=header, rows=body, bbox=tuple(t.bbox)))
            if tables:
                boxes = [t.bbox for t in tables]
                outside = [
                    c
                    for c in page.chars
                    if c["text"].strip()
                    and not any(
                        b[0] <= (c["x0"] + c["x1"]) / 2 <= b[2] and b[1] <= (c["top"] + c["bottom"]) / 2 <= b[3]
                        for b in boxes
                    )
                ]
                for t in tables:
                    t.chars_above = sum(1 for c in outside if c["bottom"] <= t.bbox[1] + 1)
                found[page.page_number] = tables
            page.close()
    return found


def _caption_before(lines: list[str]) -> str:
    for l in reversed(lines[-2:]):
        if re.match(r"^\s*(tabel|table)\s+[\w.\-]+", l, re.IGNORECASE):
            return l.strip()
    return ""


PARALLEL_MIN_PAGES = 80  # long PDFs: the first pass is split over two processes


def _first_pass(pdf, lo: int, hi: int) -> tuple[list[dict], list[int], dict[int, list[TableData]]]:
    """Pages lo..hi-1 (0-based): text lines, fast ruled tables, and the pages pdfplumber must read."""
    page_info = []
    candidates = []
    fast_tables: dict[int, list[TableData]] = {}
    use_plumber_only = os.environ.get("TELAAH_TABLES", "").lower() == "pdfplumber"
    for i in range(lo, hi):
        page = pdf[i]
        tp = page.get_textpage()
        n_chars = tp.count_chars()
        n_obj, n_seg = _path_stats(page) if n_chars >= MIN_CHARS_TEXT_PAGE else (0, 0)
        rotation = page.get_rotation()
        if n_obj >= TABLE_PATH_OBJECTS or n_seg >= TABLE_PATH_SEGMENTS:
            found = None
            if rotation == 0 and not use_plumber_only:
                # fast path: ruling lines from pdfium, pdfplumber's lattice algorithm, pdfium text
                found = pdfium_tables(page, tp, page.get_height())
            if found is None:
                candidates.append(i + 1)  # curves or rotation: pdfplumber reads this page
            elif found:
                for t in found:
                    t.page = i + 1
                fast_tables[i + 1] = found
        info = {
            "page": i + 1,
            "n_chars": n_chars,
            "width": page.get_width(),
            "height": page.get_height(),
            "rotation": rotation,
        }
        if n_chars >= MIN_CHARS_TEXT_PAGE and (i + 1) not in candidates:
            # read the text now, while the page is open (opening it twice cost ~20% of the parse)
            H = info["height"]
            exclude = [
                (x0, H - bottom, x1, H - top) for (x0, top, x1, bottom) in (t.bbox for t in fast_tables.get(i + 1, []))
            ]
            info["_lines"] = _page_lines(tp, info["width"], H, rotation, exclude)
        page_info.append(info)
        tp.close()
        page.close()
    return page_info, candidates, fast_tables


def _first_pass_child(path: str, lo: int, hi: int, conn) -> None:
    from .worker import die_with_parent

    die_with_parent()
    try:
        pdf = _open_pdfium(Path(path))
        try:
            conn.send(("ok", _first_pass(pdf, lo, hi)))
        finally:
            pdf.close()
    except BaseException as e:  # the parent reads these pages itself
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def _first_pass_parallel(pdf, path: Path, n: int, while_reading=None):
    """The first pass over all pages; a long PDF's second part is read by a forked worker
    process (on its own PDFium document) while this process reads the first part. Any
    failure in the worker falls back to reading those pages here. `while_reading` is other
    start-up work this process does meanwhile (loading spaCy): the worker then takes 60% of
    the pages so that both finish together."""
    workers = min(2, os.cpu_count() or 1)
    import multiprocessing as mp
    import threading

    # fork only a single-threaded process (the parser worker of ingest.worker, a batch
    # ingest): forking while another thread holds a lock (an import in progress, the app's
    # server threads) can hang the child.  A daemonic process may not have children.
    if (
        n < PARALLEL_MIN_PAGES
        or workers < 2
        or os.environ.get("TELAAH_PDF_WORKERS") == "1"
        or threading.active_count() > 1
        or mp.current_process().daemon
    ):
        return _first_pass(pdf, 0, n)
    try:
        ctx = mp.get_context("fork")
    except ValueError:
        return _first_pass(pdf, 0, n)
    mid = int(n * 0.4) if while_reading is not None else n // 2
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    # the forked reader inherits this process's limits (memory) and process group, so the
    # parse worker's limits and kill cover it too
    proc = ctx.Process(target=_first_pass_child, args=(str(path), mid, n, child_conn), daemon=True)
    try:
        proc.start()
    except (OSError, AssertionError):
        parent_conn.close()
        child_conn.close()
        return _first_pass(pdf, 0, n)
    child_conn.close()
    try:
        if while_reading is not None:
            while_reading()
        first = _first_pass(pdf, 0, mid)
        status, second = parent_conn.recv() if parent_conn.poll(600) else ("error", "timeout")
    except EOFError:
        status, second = "error", "worker ended"
    finally:
        parent_conn.close()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
    if status != "ok":
        log.warning("PDF worker failed (%s); reading the pages here", second)
        second = _first_pass(pdf, mid, n)
    return first[0] + second[0], first[1] + second[1], {**first[2], **second[2]}


def check_page_count(n: int, max_pages: int | None) -> None:
    if n == 0:
        raise IngestError("PDF has no pages", code="corrupt")
    if max_pages is not None and n > max_pages:
        raise IngestError(
            f"PDF has {n} pages; the limit is {max_pages} pages (--max-pages N to raise it)", code="too_many_pages"
        )


def parse_pdf(
    path: Path, doc: ParsedDocument, while_reading=None, max_pages: int | None = None, ocr: str | None = None
) -> list:
    """Parse a PDF into items; fills doc.pages, doc.n_pages, doc.meta.  Raises IngestError.
    `while_reading`: start-up work to overlap with the page reading of a long PDF.
    `max_pages`: more pages than this are refused before any page is read (the page count
    comes from the page tree's /Count: a page-tree bomb costs nothing)."""
    pdf = _open_pdfium(path)
    try:
        n = len(pdf)
        check_page_count(n, max_pages)
        meta = pdf.get_metadata_dict()
        title = (meta.get("Title") or "").strip()[:500]
        if title and not re.search(r"(untitled|microsoft word|\.docx?$|\.exe$|^\d+$)", title, re.IGNORECASE):
            doc.meta["pdf_title"] = title
        page_info, candidates, fast_tables = _first_pass_parallel(pdf, path, n, while_reading)
        ocr_note = _ocr_pages(pdf, path, page_info, candidates, fast_tables, ocr)
        tables = _plumber_tables(path, candidates)
        tables.update(fast_tables)
        doc.meta["table_pages_pdfplumber"] = len(candidates)
        items = _page_items(pdf, path, page_info, tables)
        doc.pages = page_info
        doc.n_pages = n
        doc.meta["table_pages_checked"] = len(candidates) + len(fast_tables)
        _text_layer_status(doc, page_info, n, sum(len(v) for v in tables.values()), ocr_note)
        return items
    finally:
        pdf.close()


def _page_items(pdf, path: Path, page_info: list[dict], tables: dict[int, list[TableData]]) -> list:
    """Lines and tables of every page, in reading order (tables placed among the lines)."""
    items: list = []
    for info in page_info:
        pno = info["page"]
        if info["n_chars"] < MIN_CHARS_TEXT_PAGE:
            info["columns"] = 0
            continue
        page_tables = tables.get(pno, [])
        cached = info.pop("_lines", None)
        lines, cols = cached if cached is not None else _read_page_lines(pdf, path, info, page_tables)
        info["columns"] = cols
        if info.get("ocr"):  # Tesseract's paragraphs: a break between them ("" in its lines)
            for l in lines:
                items.append(Line(pno, l) if l else Break(pno))
            continue
        if not page_tables:
            items.extend(Line(pno, l) for l in lines)
            continue
        # interleave: text above each table, the table, then the rest
        for chunk, table in _split_by_tables(lines, page_tables):
            items.extend(Line(pno, l) for l in chunk)
            if table is not None:
                table.caption = table.caption or _caption_before(chunk)
                items.append(table)
    return items


def _text_layer_status(doc: ParsedDocument, page_info: list[dict], n: int, n_tables: int, ocr_note: str = "") -> None:
    """Pages without a text layer: a document that OCR could not read is `needs_ocr` with the
    reason, a few such pages a note."""
    text_pages = sum(1 for p in page_info if p["n_chars"] >= MIN_CHARS_TEXT_PAGE)
    ocr_done = [p for p in page_info if p.get("ocr")]
    doc.meta.update({"pages_without_text": n - text_pages, "tables_found": n_tables})
    if ocr_done:
        doc.meta["ocr_pages"] = len(ocr_done)
        doc.meta["ocr_confidence"] = round(sum(p["ocr_confidence"] for p in ocr_done) / len(ocr_done), 1)
    total_chars = sum(p["n_chars"] for p in page_info)
    if text_pages == 0 or (total_chars < 200 and text_pages < n):
        doc.status = "needs_ocr"
        doc.message = ocr_note or (
            f"no usable text layer ({total_chars} characters on {n} page(s)); it looks "
            "scanned and OCR was off: ingest it with --ocr auto (TELAAH_OCR=auto)"
        )
        if ocr_note and not ocr_note.startswith(("no usable", "OCR")):
            doc.message = f"no usable text layer ({total_chars} characters on {n} page(s)): {ocr_note}"
    elif ocr_done:
        doc.message = (
            f"{len(ocr_done)} of {n} pages read by OCR (hasil OCR, mean word confidence "
            f"{doc.meta['ocr_confidence']:.0f}%)"
        )
        if text_pages < n:
            doc.message += f"; {n - text_pages} page(s) without readable text skipped" + (
                f" ({ocr_note})" if ocr_note else ""
            )
    elif text_pages < n:
        doc.message = f"{n - text_pages} of {n} pages have no text layer (scanned pages?) and were skipped" + (
            f": {ocr_note}" if ocr_note else ""
        )


def _pages_to_ocr(
    pdf, page_info: list[dict], candidates: list[int], mode: str, table_pages=frozenset()
) -> dict[int, str]:
    """{page: why} for the pages whose text layer is not usable (all pages when forced)."""
    from . import ocr

    todo: dict[int, str] = {}
    for info in page_info:
        pno = info["page"]
        if mode == "force":
            todo[pno] = "forced"
            continue
        if pno in candidates or pno in table_pages:  # text and vector tables: its text layer is used
            continue
        cached = info.get("_lines")
        text = "\n".join(cached[0]) if cached else ""
        ink = None
        if info["n_chars"] < 200:
            ink = ocr.ink_share(pdf, pno - 1)
            if info["n_chars"] < MIN_CHARS_TEXT_PAGE and ink < 0.002:
                continue  # a blank page
        why = ocr.text_layer_problem(text, info["n_chars"], ink, MIN_CHARS_TEXT_PAGE)
        if why:
            todo[pno] = why
    return todo


# long (~70 lines): the OCR branch of a page: render, recognise, fall back, record; one page's steps kept together
def _ocr_pages(
    pdf,
    path: Path,
    page_info: list[dict],
    candidates: list[int],
    fast_tables: dict[int, list[TableData]],
    mode: str | None = None,
) -> str:
    """OCR the pages without a usable text layer (TELAAH_OCR: auto | force | off), in place:
    their lines, character count, OCR flag, confidence and word boxes go into page_info.
    Returns a note for the document message ("" when all went well)."""
    from core import config

    from . import ocr

    mode = mode if mode in config.OCR_MODES else config.ocr_mode()
    if mode == "off":
        return ""
    todo = _pages_to_ocr(pdf, page_info, candidates, mode, set(fast_tables))
    if not todo:
        return ""
    missing = ocr.unavailable_reason()
    if missing:
        return f"{len(todo)} page(s) need OCR, but {missing}"
    limit = config.ocr_max_pages()
    if len(todo) > limit:
        return f"{len(todo)} pages need OCR; the limit is {limit} pages per document (TELAAH_OCR_MAX_PAGES to raise it)"
    ocr.report("start", len(todo))
    done = [0]

    def on_page(_r):
        done[0] += 1
        ocr.report("page", done[0], len(todo))

    results = ocr.ocr_pages(path, sorted(todo), on_page=on_page)
    errors: dict[str, int] = {}
    by_page = {i["page"]: i for i in page_info}
    for pno, r in results.items():
        info = by_page[pno]
        if r.error:
            errors[r.error] = errors.get(r.error, 0) + 1
            if (
                todo[pno] != "forced"
                and info["n_chars"] >= MIN_CHARS_TEXT_PAGE
                and not todo[pno].startswith("text layer is garbage")
            ):
                continue  # keep the (thin) text layer
            info["n_chars"] = 0
            info.pop("_lines", None)
            continue
        text_len = sum(len(l) for l in r.lines)
        info.update(
            {
                "_lines": (r.lines, 1),
                "n_chars": text_len,
                "ocr": True,
                "ocr_engine": ocr.engine_name(),
                "ocr_confidence": r.confidence,
                "ocr_orientation": r.orientation,
                "ocr_reason": todo[pno],
                "words": r.words,
            }
        )
        fast_tables.pop(pno, None)
        if pno in candidates:
            candidates.remove(pno)
    if not errors:
        return ""
    worst = max(errors, key=errors.get)
    return f"OCR could not read {sum(errors.values())} page(s): {worst}"


def _read_page_lines(pdf, path: Path, info: dict, page_tables: list[TableData]) -> tuple[list[str], int]:
    pno, H = info["page"], info["height"]
    if page_tables and info["rotation"] != 0:
        # rotated table page: the table holds the content; keep only text outside it via pdfplumber
        return _plumber_outside_text(path, pno, page_tables), 1
    page = pdf[pno - 1]
    tp = page.get_textpage()
    try:
        exclude = [(x0, H - bottom, x1, H - top) for (x0, top, x1, bottom) in (t.bbox for t in page_tables)]
        return _page_lines(tp, info["width"], H, info["rotation"], exclude)
    finally:
        tp.close()
        page.close()


def _split_by_tables(lines: list[str], tables: list[TableData]):
    """Place tables among the page's text lines.

    The text came out top-to-bottom with the table areas removed; each table goes after
    the lines that hold the characters lying above it (counted by pdfplumber when it
    found the table, see `chars_above`)."""
    chunks = []
    start = acc = 0  # characters of the lines placed so far: `chars_above` counts from the top of the page
    for t in sorted(tables, key=lambda t: t.bbox[1]):
        cut = start
        n_above = t.chars_above
        while cut < len(lines) and acc + len(lines[cut].replace(" ", "")) <= n_above + 2:
            acc += len(lines[cut].replace(" ", ""))
            cut += 1
        chunks.append((lines[start:cut], t))
        start = cut
    chunks.append((lines[start:], None))
    return chunks


def _plumber_outside_text(path: Path, pno: int, tables: list[TableData]) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path), pages=[pno]) as pdf:
        page = pdf.pages[0]
        boxes = [t.bbox for t in tables]

        def outside(obj) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

        return (page.filter(outside).extract_text() or "").splitlines()
