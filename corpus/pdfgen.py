"""Small deterministic PDF renderer for the Telaah sample corpus.

Built on reportlab platypus with the standard Helvetica fonts. Blocks:

    Heading(level, text)   level 1..4
    Para(text)             a justified paragraph (plain text, escaped)
    Bullets(items, numbered=False)
    Table(header, rows, caption="", header_rows=1, spans=(), wide=False)
                           ruled grid, header repeated on page split; merged cells
                           (spans) and a header of several rows (rows[:header_rows-1]);
                           wide: on landscape pages, font shrunk until every column fits
    Columns(blocks)        blocks set in a real two-column frame layout on own page(s)
    PageBreak()
    Toc(title="DAFTAR ISI")  table of contents with page numbers (two-pass build)

``render_pdf(blocks, out_path, *, title, header="", footer="", cover_lines=())``
writes the PDF and returns its page count.  ``markdown_to_blocks(md)`` turns
Markdown (as produced by MinerU: #-headings, lists, paragraphs, HTML <table>)
into blocks.  Output is byte-for-byte deterministic for the same input.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from reportlab import rl_config

rl_config.invariant = 1  # deterministic ids and dates

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,  # noqa: E402
)
from reportlab.platypus import PageBreak as _RLPageBreak  # noqa: E402
from reportlab.platypus import Table as _RLTable  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

__all__ = [
    "Heading",
    "Para",
    "Bullets",
    "Table",
    "Columns",
    "PageBreak",
    "Toc",
    "render_pdf",
    "markdown_to_blocks",
    "clean_text",
]

MAX_TABLE_COLS = 8


# ---------------------------------------------------------------- blocks
@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str


@dataclass
class Bullets:
    items: list
    numbered: bool = False


@dataclass
class Table:
    header: list
    rows: list
    caption: str = ""
    header_rows: int = 1  # the header and the first header_rows - 1 rows: repeated on every page
    spans: list = field(default_factory=list)  # merged cells ((col0, row0), (col1, row1)); row 0 = header
    wide: bool = False  # a wide table (a real RPJMD's programme matrix): landscape page, small font


@dataclass
class Columns:
    blocks: list = field(default_factory=list)


@dataclass
class PageBreak:
    pass


@dataclass
class Toc:
    title: str = "DAFTAR ISI"


# ---------------------------------------------------------------- text helpers
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text) -> str:
    """Make text safe for the standard (cp1252) Helvetica fonts."""
    s = "" if text is None else str(text)
    s = _CTRL.sub(" ", s)
    s = s.replace("\u00a0", " ").replace("\u2212", "-").replace("\u2011", "-")
    return s.encode("cp1252", errors="replace").decode("cp1252")


def _esc(text) -> str:
    return html.escape(clean_text(text), quote=False)


# ---------------------------------------------------------------- styles
_BASE = "Helvetica"
_BOLD = "Helvetica-Bold"

STYLES = {
    "body": ParagraphStyle("body", fontName=_BASE, fontSize=11.5, leading=17, alignment=TA_JUSTIFY, spaceAfter=7),
    "col": ParagraphStyle("col", fontName=_BASE, fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=6),
    "h1": ParagraphStyle(
        "h1", fontName=_BOLD, fontSize=15, leading=20, alignment=TA_CENTER, spaceBefore=6, spaceAfter=14
    ),
    "h2": ParagraphStyle(
        "h2", fontName=_BOLD, fontSize=12.5, leading=17, spaceBefore=10, spaceAfter=6, alignment=TA_LEFT
    ),
    "h3": ParagraphStyle("h3", fontName=_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=5),
    "h4": ParagraphStyle(
        "h4", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4
    ),
    "cell": ParagraphStyle("cell", fontName=_BASE, fontSize=8.5, leading=10.5),
    "cellh": ParagraphStyle("cellh", fontName=_BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    "caption": ParagraphStyle(
        "caption", fontName=_BOLD, fontSize=9.5, leading=12, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4
    ),
    "cover_title": ParagraphStyle(
        "cover_title", fontName=_BOLD, fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=18
    ),
    "cover": ParagraphStyle("cover", fontName=_BASE, fontSize=13, leading=19, alignment=TA_CENTER, spaceAfter=10),
    "toc_title": ParagraphStyle(
        "toc_title", fontName=_BOLD, fontSize=15, leading=20, alignment=TA_CENTER, spaceAfter=14
    ),
}
_TOC_LEVELS = [
    ParagraphStyle("toc1", fontName=_BOLD, fontSize=10.5, leading=14, leftIndent=0, firstLineIndent=0, spaceBefore=4),
    ParagraphStyle("toc2", fontName=_BASE, fontSize=10, leading=13, leftIndent=18, firstLineIndent=0),
    ParagraphStyle("toc3", fontName=_BASE, fontSize=9.5, leading=12, leftIndent=36, firstLineIndent=0),
]

PAGE_W, PAGE_H = A4
MARGIN_X = 2.3 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.2 * cm
GUTTER = 0.8 * cm
WIDE_W = PAGE_H - 2 * MARGIN_X  # the frame width of a landscape page (wide tables)


# ---------------------------------------------------------------- flowables
class _HeadingPara(Paragraph):
    """Paragraph that remembers its heading level (for TOC and outline)."""

    def __init__(self, text, style, level, plain):
        super().__init__(text, style)
        self._level = level
        self._plain = plain


def _min_widths(header, rows, ncol, size, avail_w):
    """Per column: the longest single word of its cells on one line (bold in the header)."""
    minw = []
    for j in range(ncol):
        words = [t for c in (([header[j]] if header else []) + [r[j] for r in rows]) for t in c.split()]
        longest = max(
            (stringWidth(t, _BOLD if header and t in header[j].split() else _BASE, size) for t in words),
            default=10,
        )
        minw.append(min(longest + 8, avail_w * 0.3))
    return minw


def _table_flowable(tb: Table, avail_w: float):
    header = [clean_text(h) for h in (tb.header or [])]
    rows = [[clean_text(c) for c in r] for r in (tb.rows or [])]
    ncol = max([len(header)] + [len(r) for r in rows] + [1])
    if header:
        header = header + [""] * (ncol - len(header))
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    # column widths proportional to (capped) content length
    weights = []
    for j in range(ncol):
        cells = ([header[j]] if header else []) + [r[j] for r in rows]
        longest = max((min(len(c), 60) for c in cells), default=1)
        avg = sum(min(len(c), 200) for c in cells) / max(len(cells), 1)
        weights.append(max(3.0, 0.5 * longest + 0.5 * avg))
    small = ncol > 6
    cs = STYLES["cell"] if not small else ParagraphStyle("cells", parent=STYLES["cell"], fontSize=7.5, leading=9)
    hs = STYLES["cellh"] if not small else ParagraphStyle("cellhs", parent=STYLES["cellh"], fontSize=7.5, leading=9)
    if tb.wide:  # every column on the (landscape) page: the font shrinks until the longest words fit
        size = 7.0
        while size > 4.5 and sum(_min_widths(header, rows, ncol, size, avail_w)) > avail_w:
            size -= 0.5
        cs = ParagraphStyle("cellw", parent=STYLES["cell"], fontSize=size, leading=size * 1.2)
        hs = ParagraphStyle("cellhw", parent=STYLES["cellh"], fontSize=size, leading=size * 1.2)
    # minimum width: the longest single word of a column stays on one line
    minw = _min_widths(header, rows, ncol, cs.fontSize, avail_w)
    total = sum(weights)
    spare = avail_w - sum(minw)
    if spare > 0:
        widths = [m + spare * w / total for m, w in zip(minw, weights)]
    else:
        widths = [m * avail_w / sum(minw) for m in minw]
    nhead = (1 if header else 0) + max(0, tb.header_rows - 1)
    data = []
    if header:
        data.append([Paragraph(html.escape(h, quote=False), hs) for h in header])
    for i, r in enumerate(rows):
        style = hs if tb.wide and i + (1 if header else 0) < nhead else cs
        data.append([Paragraph(html.escape(c, quote=False), style) for c in r])
    if not data:
        return []
    t = _RLTable(
        data,
        colWidths=widths,
        repeatRows=nhead,
        splitInRow=1 if max((len(c) for r in rows for c in r), default=0) > 1200 and not tb.wide else 0,
        hAlign="CENTER",
    )
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 if not tb.wide else 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 if not tb.wide else 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 if not tb.wide else 2),
    ]
    if header:  # a wide table's header rows as one shaded block (no shading edge through a merged cell)
        st.append(("BACKGROUND", (0, 0), (-1, nhead - 1 if tb.wide else 0), colors.Color(0.85, 0.88, 0.93)))
    st += [("SPAN", tuple(a), tuple(b)) for a, b in tb.spans]
    if nhead > 1 and not tb.wide:
        st.append(("BACKGROUND", (0, 1), (-1, nhead - 1), colors.Color(0.85, 0.88, 0.93)))
        st.append(("VALIGN", (0, 0), (-1, nhead - 1), "MIDDLE"))
    if nhead > 1 and tb.wide:
        st.append(("VALIGN", (0, 0), (-1, nhead - 1), "MIDDLE"))
    t.setStyle(TableStyle(st))
    out = []
    if tb.caption:
        out.append(Paragraph(_esc(tb.caption), STYLES["caption"]))
    out.append(t)
    out.append(Spacer(1, 8))
    return out


def _wide_ahead(blocks, i: int) -> bool:
    """A wide table comes next, with at most short paragraphs (a caption, a page's stray line) before it:
    the landscape pages go on."""
    for b in blocks[i : i + 3]:
        if isinstance(b, Table) and b.wide:
            return True
        if not (isinstance(b, Para) and len(str(b.text)) < 200):
            return False
    return False


def _convert(blocks, avail_w, body_style, in_columns=False):
    out = []
    wide_on = False  # on landscape pages (a run of wide tables)
    for i, b in enumerate(blocks):
        if isinstance(b, Table) and b.wide and not in_columns:
            if not wide_on:
                out += [NextPageTemplate("wide"), _RLPageBreak()]
                wide_on = True
            out.extend(_table_flowable(b, WIDE_W))
            continue
        if wide_on and not _wide_ahead(blocks, i):
            out += [NextPageTemplate("normal"), _RLPageBreak()]
            wide_on = False
        if isinstance(b, Heading):
            lvl = min(max(int(b.level), 1), 4)
            style = STYLES["h%d" % lvl]
            if in_columns and lvl == 1:
                style = STYLES["h2"]
            out.append(_HeadingPara(_esc(b.text), style, lvl, clean_text(b.text)))
        elif isinstance(b, Para):
            if str(b.text).strip():
                out.append(Paragraph(_esc(b.text), body_style))
        elif isinstance(b, Bullets):
            items = [ListItem(Paragraph(_esc(it), body_style), leftIndent=18) for it in b.items if str(it).strip()]
            if items:
                if b.numbered:
                    out.append(
                        ListFlowable(
                            items,
                            bulletType="1",
                            bulletFormat="%s.",
                            leftIndent=18,
                            bulletFontName=_BASE,
                            bulletFontSize=body_style.fontSize,
                        )
                    )
                else:
                    out.append(
                        ListFlowable(
                            items,
                            bulletType="bullet",
                            start="-",
                            leftIndent=18,
                            bulletFontName=_BASE,
                            bulletFontSize=body_style.fontSize,
                        )
                    )
                out.append(Spacer(1, 4))
        elif isinstance(b, Table):
            out.extend(_table_flowable(b, avail_w))
        elif isinstance(b, PageBreak):
            out.append(_RLPageBreak())
        elif isinstance(b, Toc):
            toc = TableOfContents(levelStyles=_TOC_LEVELS, dotsMinLevel=0)
            out.append(Paragraph(_esc(b.title), STYLES["toc_title"]))
            out.append(toc)
            out.append(_RLPageBreak())
        elif isinstance(b, Columns):
            if in_columns:
                out.extend(_convert(b.blocks, avail_w, body_style, True))
            else:
                col_w = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
                out.append(NextPageTemplate("twocol"))
                out.append(_RLPageBreak())
                out.extend(_convert(b.blocks, col_w, STYLES["col"], True))
                out.append(NextPageTemplate("normal"))
                out.append(_RLPageBreak())
        else:
            raise TypeError("unknown block %r" % (b,))
    return out


class _Doc(BaseDocTemplate):
    def __init__(self, path, *, header, footer, has_toc, **kw):
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        self._header = clean_text(header)
        self._footer = clean_text(footer)
        self._has_toc = has_toc
        self._outline_n = 0
        w = PAGE_W - 2 * MARGIN_X
        h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
        col_w = (w - GUTTER) / 2
        self.addPageTemplates(
            [
                PageTemplate("cover", [Frame(MARGIN_X, MARGIN_BOTTOM, w, h, id="cover")]),
                PageTemplate("normal", [Frame(MARGIN_X, MARGIN_BOTTOM, w, h, id="main")], onPage=self._decorate),
                PageTemplate(
                    "wide",
                    [Frame(MARGIN_X, MARGIN_BOTTOM, WIDE_W, PAGE_W - MARGIN_TOP - MARGIN_BOTTOM, id="wide")],
                    onPage=self._decorate,
                    pagesize=(PAGE_H, PAGE_W),
                ),
                PageTemplate(
                    "twocol",
                    [
                        Frame(MARGIN_X, MARGIN_BOTTOM, col_w, h, id="left"),
                        Frame(MARGIN_X + col_w + GUTTER, MARGIN_BOTTOM, col_w, h, id="right"),
                    ],
                    onPage=self._decorate,
                ),
            ]
        )

    def _decorate(self, canv, doc):
        page_w, page_h = canv._pagesize  # a landscape page of wide tables too
        canv.saveState()
        canv.setFont(_BASE, 8.5)
        top = page_h - MARGIN_TOP + 0.9 * cm
        if self._header:
            canv.drawString(MARGIN_X, top, self._header)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, top - 4, page_w - MARGIN_X, top - 4)
        bottom = MARGIN_BOTTOM - 1.1 * cm
        canv.line(MARGIN_X, bottom + 11, page_w - MARGIN_X, bottom + 11)
        if self._footer:
            canv.drawString(MARGIN_X, bottom, self._footer)
        canv.drawRightString(page_w - MARGIN_X, bottom, "Halaman %d" % canv.getPageNumber())
        canv.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, _HeadingPara):
            lvl = flowable._level
            if self._has_toc and lvl <= 3:
                self.notify("TOCEntry", (lvl - 1, html.escape(flowable._plain, quote=False), self.page))
            if lvl <= 3:
                # outline levels may not skip: clamp to one below the previous
                olvl = min(lvl - 1, self._outline_prev + 1)
                self._outline_prev = olvl
                key = "h%d" % self._outline_n
                self._outline_n += 1
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable._plain, key, level=olvl, closed=True)

    def beforeDocument(self):
        self._outline_n = 0
        self._outline_prev = -1


def _cover(title, cover_lines):
    out = [Spacer(1, 5 * cm), Paragraph(_esc(title), STYLES["cover_title"])]
    for line in cover_lines:
        out.append(Paragraph(_esc(line), STYLES["cover"]))
    out.append(NextPageTemplate("normal"))
    out.append(_RLPageBreak())
    return out


def render_pdf(blocks, out_path, *, title, header="", footer="", cover_lines=()) -> int:
    """Render blocks to ``out_path``; returns the number of pages."""
    has_toc = any(isinstance(b, Toc) for b in blocks)
    doc = _Doc(
        str(out_path),
        header=header,
        footer=footer,
        has_toc=has_toc,
        title=clean_text(title),
        author="Telaah sample corpus",
        subject="DOKUMEN CONTOH (SAMPLE)",
        creator="Telaah corpus/pdfgen.py",
        producer="ReportLab",
    )
    body_w = PAGE_W - 2 * MARGIN_X
    story = _cover(title, cover_lines) + _convert(blocks, body_w, STYLES["body"])
    if has_toc:
        doc.multiBuild(story, maxPasses=6)
    else:
        doc.build(story)
    return doc.page


# ---------------------------------------------------------------- markdown
class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []
        self.spans = []  # per row, per cell: (rowspan, colspan)
        self._row = None
        self._span_row = None
        self._cell = None
        self._header_row = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._row = []
            self._span_row = []
        elif tag in ("td", "th"):
            self._cell = []
            if self._row is None:
                self._row = []
                self._span_row = []
            a = dict(attrs)
            span = [int(a[k]) if str(a.get(k) or "").isdigit() and int(a[k]) > 0 else 1 for k in ("rowspan", "colspan")]
            self._span_row.append(tuple(span))
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._cell is not None:
                self.handle_endtag("td")
            self.rows.append(self._row)
            self.spans.append(self._span_row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def close(self):
        super().close()
        if self._cell is not None:
            self.handle_endtag("td")
        if self._row:
            self.rows.append(self._row)
            self.spans.append(self._span_row)
            self._row = None


def _grid(rows: list, spans: list):
    """The cells of an HTML table on its grid (rowspan / colspan placed; a merged cell's text in its
    top-left cell, the cells it covers blank) and its merged cells in pdfgen's ((col0, row0), (col1, row1))."""
    taken: set = set()
    cells: dict = {}
    merged = []
    for r, (row, sp) in enumerate(zip(rows, spans)):
        c = 0
        for text, (rs, cs) in zip(row, sp):
            while (r, c) in taken:
                c += 1
            rs = min(rs, len(rows) - r)
            cells[r, c] = text
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            if rs > 1 or cs > 1:
                merged.append(((c, r), (c + cs - 1, r + rs - 1)))
            c += cs
    ncol = max((c for _, c in taken), default=-1) + 1
    grid = [[cells.get((r, c), "") for c in range(ncol)] for r in range(len(rows))]
    # columns blank from top to bottom (the stray empty cells of a converted table) are dropped
    keep = [c for c in range(ncol) if any(g[c] for g in grid)]
    at = {c: i for i, c in enumerate(keep)}
    grid = [[g[c] for c in keep] for g in grid]
    out = []
    for (c0, r0), (c1, r1) in merged:
        cols = [at[c] for c in range(c0, c1 + 1) if c in at]
        if cols and (len(cols) > 1 or r1 > r0):
            out.append(((cols[0], r0), (cols[-1], r1)))
    return grid, out


def _parse_html_table(src: str):
    p = _TableParser()
    p.feed(src)
    p.close()
    width = max((sum(cs for _, cs in sp) for sp in p.spans), default=0)
    if width > MAX_TABLE_COLS:  # a wide table: every column, on landscape pages, merged cells kept
        grid, spans = _grid(p.rows, p.spans)
        if not any(c for r in grid for c in r):
            return None
        # the header: the first row and the rows its merged cells reach down into
        nhead = max([r1 + 1 for (_, r0), (_, r1) in spans if r0 == 0] + [1])
        nhead = min(nhead, max(1, len(grid) - 1))
        return Table(header=grid[0], rows=grid[1:], header_rows=nhead, spans=spans, wide=True)
    rows = [r for r in p.rows if any(c for c in r)]
    if not rows:
        return None
    capped = []
    for r in rows:
        if len(r) > MAX_TABLE_COLS:
            r = r[: MAX_TABLE_COLS - 1] + [" | ".join(c for c in r[MAX_TABLE_COLS - 1 :] if c)]
        capped.append(r)
    ncol = max(len(r) for r in capped)
    capped = [r + [""] * (ncol - len(r)) for r in capped]
    return Table(header=capped[0], rows=capped[1:])


_H_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_UL_RE = re.compile(r"^\s*[-*+]\s+(.*)$")
_OL_RE = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_IMG_RE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_MD_INLINE = re.compile(r"(\*\*|__)(.+?)\1")


def _inline(s: str) -> str:
    s = _MD_INLINE.sub(r"\2", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    return s.strip()


def markdown_to_blocks(md: str) -> list:
    """Convert (MinerU-style) Markdown into pdfgen blocks."""
    lines = md.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = []
    para = []
    items = []
    numbered = False

    def flush_para():
        if para:
            text = " ".join(x.strip() for x in para if x.strip())
            if text:
                blocks.append(Para(_inline(text)))
            para.clear()

    def flush_list():
        nonlocal numbered
        if items:
            blocks.append(Bullets([_inline(x) for x in items], numbered=numbered))
            items.clear()

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        low = stripped.lower()
        if "<table" in low:
            flush_para()
            flush_list()
            before, _, rest = stripped.partition("<")
            if before.strip():
                blocks.append(Para(_inline(before)))
            buf = ["<" + rest]
            while "</table>" not in buf[-1].lower() and i + 1 < n:
                i += 1
                buf.append(lines[i])
            src = "\n".join(buf)
            end = src.lower().rfind("</table>")
            tail = src[end + len("</table>") :] if end >= 0 else ""
            tb = _parse_html_table(src[: end + len("</table>")] if end >= 0 else src)
            if tb is not None:
                blocks.append(tb)
            if tail.strip():
                txt = re.sub(r"<[^>]+>", " ", tail).strip()
                if txt:
                    blocks.append(Para(_inline(txt)))
            i += 1
            continue
        m = _H_RE.match(stripped)
        if m:
            flush_para()
            flush_list()
            text = _inline(m.group(2))
            if text:
                blocks.append(Heading(min(len(m.group(1)), 4), text))
            i += 1
            continue
        if not stripped or _IMG_RE.match(stripped):
            flush_para()
            flush_list()
            i += 1
            continue
        mu = _UL_RE.match(line)
        mo = _OL_RE.match(line)
        if mu or mo:
            flush_para()
            is_num = bool(mo)
            if items and is_num != numbered:
                flush_list()
            numbered = is_num
            items.append(mo.group(2) if mo else mu.group(1))
            i += 1
            continue
        if items and line.startswith((" ", "\t")):
            items[-1] += " " + stripped
            i += 1
            continue
        flush_list()
        para.append(stripped)
        i += 1
    flush_para()
    flush_list()
    return blocks


if __name__ == "__main__":  # pragma: no cover - manual check
    import sys
    import time

    src = open(sys.argv[1], encoding="utf-8").read()
    t0 = time.time()
    bl = markdown_to_blocks(src)
    t1 = time.time()
    pages = render_pdf(bl, sys.argv[2], title=sys.argv[1].rsplit("/", 1)[-1], header="Contoh render", footer="pdfgen")
    print("blocks=%d pages=%d parse=%.1fs render=%.1fs" % (len(bl), pages, t1 - t0, time.time() - t1))
