"""From parser items to a structured document.

Shared by every format: removes running headers/footers and page numbers, detects
headings (BAB I, 1.2, A., ALL-CAPS, Markdown/HTML headings), joins wrapped lines and
hyphenated words into paragraphs, and builds the section tree.  The output is one
document text in which every block (heading, paragraph, table) has character offsets
and pages.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .records import Block, Break, HeadingHint, Item, Line, ParsedDocument, Section, TableData

# ---------------------------------------------------------------------------------------
# running headers / footers / page numbers
_ROMAN = r"(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})"
PAGE_NO_RE = re.compile(
    r"^\s*(?:(?:halaman|hal\.?|page|hlm\.?)\s*)?[-–—(\[]?\s*(?:\d{1,4}|" + _ROMAN + r")\s*[-–—)\]]?"
    r"(?:\s*(?:dari|of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
EDGE_LINES = 3  # how many lines at the top and bottom of a page can be header/footer


def _norm_edge(line: str) -> str:
    s = re.sub(r"\d+", "#", line.strip().lower())
    return re.sub(r"\s+", " ", s)


def strip_running_lines(pages: dict[int, list[str]]) -> tuple[dict[int, list[str]], int]:
    """Remove lines repeated at the top/bottom of many pages, and page numbers.

    Returns the cleaned pages and how many lines were removed."""
    n_pages = len(pages)
    counts: Counter[str] = Counter()
    for lines in pages.values():
        seen = set()
        idx = [i for i, l in enumerate(lines) if l.strip()]
        for i in idx[:EDGE_LINES] + idx[-EDGE_LINES:]:
            key = _norm_edge(lines[i])
            if key and key not in seen:
                seen.add(key)
                counts[key] += 1
    min_pages = max(3, int(0.3 * n_pages)) if n_pages >= 6 else max(2, (n_pages + 1) // 2)
    repeated = {k for k, c in counts.items() if c >= min_pages and n_pages > 1}
    # a line repeated on most pages is a running header/footer wherever the PDF's content
    # order puts it (some producers draw the page template after the body)
    anywhere: Counter[str] = Counter()
    if n_pages >= 6:
        for lines in pages.values():
            for key in {_norm_edge(l) for l in lines if l.strip()}:
                anywhere[key] += 1
    everywhere = {k for k, c in anywhere.items() if c >= max(4, 0.5 * n_pages) and len(k) >= 8}
    removed = 0
    out: dict[int, list[str]] = {}
    for p, lines in pages.items():
        idx = [i for i, l in enumerate(lines) if l.strip()]
        edge = set(idx[:EDGE_LINES] + idx[-EDGE_LINES:])
        keep = []
        for i, l in enumerate(lines):
            key = _norm_edge(l)
            if (i in edge and (key in repeated or PAGE_NO_RE.match(l))) or key in everywhere:
                removed += 1
                continue
            keep.append(l)
        out[p] = keep
    return out, removed


# ---------------------------------------------------------------------------------------
# headings
BAB_RE = re.compile(r"^\s*BAB\s+([IVXLC]+|\d{1,2})\b\.?\s*[:.\-–—]?\s*(.*)$", re.IGNORECASE)
NUM_RE = re.compile(r"^\s*((?:\d{1,2}\.){1,4}\d{1,2}|\d{1,2})\.?\s+(\S.*)$")
LETTER_RE = re.compile(r"^\s*([A-H])\.\s+(\S.*)$")
ROMAN_NUM_RE = re.compile(r"^\s*([IVX]{1,4}(?:\.\d{1,2}){1,4})\.?\s+(\S.*)$")  # "II.3.3. Isu Strategis"
ROMAN_H_RE = re.compile(r"^\s*((?:X{0,3})(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$")
TOC_RE = re.compile(r"(\.{4,}|…{2,}|\s\.\s\.\s\.)\s*[ivxlcdm\d]*\s*$", re.IGNORECASE)
NOT_HEADING_START = re.compile(r"^(tabel|table|gambar|grafik|figure|sumber|source|catatan|keterangan|no\.?)\b", re.IGNORECASE)
BULLET_RE = re.compile(r"^\s*(?:[•●▪◦○■□\-–*·]|\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}\.(?!\d)|[a-z]\.)\s+\S")
TOP_LEVEL_TITLES = {
    "kata pengantar", "daftar isi", "daftar tabel", "daftar gambar", "daftar lampiran", "lampiran",
    "daftar pustaka", "penutup", "ringkasan eksekutif", "executive summary", "glosarium", "daftar singkatan",
    "sambutan", "abstrak", "pendahuluan",
}
MAX_HEADING_CHARS = 140
TOC_TITLE_RE = re.compile(r"^\s*daftar\s+(isi|tabel|gambar|grafik|lampiran|singkatan)\b", re.IGNORECASE)
TOC_ENTRY_RE = re.compile(r"(\s[-–]?\s?(\d{1,4}|[ivxlc]{1,6})|\.{3,}\s*\d*)\s*$", re.IGNORECASE)


def _letters(s: str) -> str:
    return "".join(ch for ch in s if ch.isalpha())


def is_all_caps(s: str) -> bool:
    letters = _letters(s)
    return len(letters) >= 4 and letters.isupper()


def _title_like(title: str) -> bool:
    """A heading title: starts upper-case, short, not a sentence."""
    t = title.strip()
    if not t or len(t) > MAX_HEADING_CHARS or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith((",", ";", ":")) or (t.endswith(".") and not is_all_caps(t)):
        return False
    words = t.split()
    if len(words) > 16:
        return False
    # most words capitalised (Title Case) or ALL CAPS
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return is_all_caps(t) or caps >= max(1, int(0.5 * len(words)))


class HeadingDetector:
    def __init__(self, uses_bab: bool):
        self.uses_bab = uses_bab

    def classify(self, line: str) -> tuple[int, str, str] | None:
        """Return (level, number, title) if the line is a heading, else None."""
        s = line.strip()
        if not s or len(s) > MAX_HEADING_CHARS or TOC_RE.search(s) or NOT_HEADING_START.match(s):
            return None
        m = BAB_RE.match(s)
        if m:
            rest = m.group(2).strip()
            if rest and not (_title_like(rest) or is_all_caps(rest)):
                return None
            return 1, f"BAB {m.group(1).upper()}", rest
        m = NUM_RE.match(s)
        if m:
            number, title = m.group(1), m.group(2).strip()
            depth = number.count(".") + 1
            if re.fullmatch(r"(19|20)\d\d", number) or (depth == 1 and not is_all_caps(title)):
                return None  # years, numbered list items
            if not _title_like(title):
                return None
            if depth == 1:
                return (2 if self.uses_bab else 1), number, title
            return min(depth, 5), number, title
        m = ROMAN_NUM_RE.match(s)
        if m and _title_like(m.group(2)):
            return min(m.group(1).count(".") + 1, 5), m.group(1), m.group(2).strip()
        m = ROMAN_H_RE.match(s)
        if m and m.group(1) and is_all_caps(m.group(2)) and _title_like(m.group(2)):
            return 1, m.group(1), m.group(2).strip()
        m = LETTER_RE.match(s)
        if m and _title_like(m.group(2)) and len(m.group(2).split()) <= 10:
            return -1, m.group(1), m.group(2).strip()  # level: child of the enclosing numbered section
        if is_all_caps(s) and _title_like(s):
            words = [w for w in s.split() if _letters(w)]
            if len(words) >= 2 or len(_letters(s)) >= 6:
                return 0, "", s  # level decided by context
        return None


# ---------------------------------------------------------------------------------------
# paragraph joining
SOFT_HYPHEN_CHARS = "\u00ad\x02"
HYPHEN_END_RE = re.compile(r"([a-zà-ÿ])-$")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: fix hyphenation at line ends and collapse whitespace."""
    out = ""
    for raw in lines:
        line = re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out[-1] in SOFT_HYPHEN_CHARS:
            out = out[:-1] + line
        elif HYPHEN_END_RE.search(out) and line[:1].islower():
            out = out[:-1] + line  # "pemba-" + "ngunan"
        else:
            out = out + " " + line
    return out.replace("\u00ad", "").replace("\x02", "")


def _ends_paragraph(line: str, typical: float) -> bool:
    s = line.rstrip()
    return bool(s) and s[-1] in ".:!?" and len(s) < 0.8 * typical


# ---------------------------------------------------------------------------------------
def render_table(t: TableData) -> str:
    """Readable one-table text, used inside the document text."""
    lines = []
    if t.caption:
        lines.append(t.caption)
    if t.header:
        lines.append(" | ".join(t.header))
    for r in t.rows:
        lines.append(" | ".join(r))
    return "\n".join(lines)


def assemble(items: list[Item], doc: ParsedDocument, *, strip_running: bool = True) -> ParsedDocument:
    """Fill doc.text, doc.blocks, doc.sections, doc.tables and doc.pages from items."""
    # 1. running headers/footers: only meaningful for paged sources
    if strip_running:
        by_page: dict[int, list[str]] = defaultdict(list)
        for it in items:
            if isinstance(it, Line):
                by_page[it.page].append(it.text)
        cleaned, removed = strip_running_lines(by_page)
        doc.meta["running_lines_removed"] = removed
        queues = {p: list(ls) for p, ls in cleaned.items()}
        kept: list[Item] = []
        for it in items:
            if isinstance(it, Line):
                q = queues[it.page]
                if q and q[0] == it.text:
                    q.pop(0)
                    kept.append(it)
            else:
                kept.append(it)
        items = kept

    line_lengths = [len(it.text.strip()) for it in items if isinstance(it, Line) and it.text.strip()]
    typical = sorted(line_lengths)[int(0.8 * len(line_lengths))] if line_lengths else 80.0
    uses_bab = any(isinstance(it, (Line, HeadingHint)) and BAB_RE.match(it.text) for it in items)
    detector = HeadingDetector(uses_bab)

    hint_levels = {it.level for it in items if isinstance(it, HeadingHint)}
    flat_hints = len(hint_levels) <= 1  # e.g. PDF->Markdown conversions where every heading is "#"
    in_toc = False

    parts: list[str] = []
    pos = 0
    page_first: dict[int, int] = {}
    stack: list[Section] = []
    para: list[str] = []
    para_pages: list[int] = []
    pending_bab: Section | None = None

    def emit(kind: str, text: str, p0: int, p1: int, table: int | None = None) -> Block:
        nonlocal pos
        if parts:
            parts.append("\n\n")
            pos += 2
        start = pos
        parts.append(text)
        pos += len(text)
        for p in range(p0, p1 + 1):
            page_first.setdefault(p, start)
        blk = Block(kind, text, start, pos, p0, p1, stack[-1].ordinal if stack else None, table)
        doc.blocks.append(blk)
        return blk

    def flush_para() -> None:
        if para:
            text = join_lines(para)
            if text:
                emit("para", text, para_pages[0], para_pages[-1])
            para.clear()
            para_pages.clear()

    def open_section(level: int, number: str, title: str, page: int) -> Section:
        nonlocal pending_bab
        if level == -1:  # lettered "A. Judul": below the nearest non-lettered section
            enclosing = [s for s in stack if not re.fullmatch(r"[A-H]", s.number)]
            level = min(enclosing[-1].level + 1, 5) if enclosing else 2
        elif level <= 0:  # unnumbered ALL-CAPS heading: level from context
            if title.lower() in TOP_LEVEL_TITLES or not stack:
                level = 1
            elif doc.sections and doc.sections[-1] is stack[-1] and not stack[-1].number:
                level = stack[-1].level  # sibling of the unnumbered heading just before
            else:
                level = min(stack[-1].level + 1, 5)
        while stack and stack[-1].level >= level:
            stack.pop()
        label = f"{number} {title}".strip()
        path = " > ".join([s.path.split(" > ")[-1] for s in stack] + [label])
        blk = emit("heading", label, page, page)
        sec = Section(len(doc.sections), level, number, title, path, stack[-1].ordinal if stack else None, page, blk.char_start)
        blk.section = sec.ordinal
        doc.sections.append(sec)
        stack.append(sec)
        pending_bab = sec if (number.startswith("BAB") and not title) else None
        return sec

    def set_bab_title(sec: Section, title: str) -> None:
        # "BAB II" followed by "GAMBARAN UMUM DAERAH" on the next line: one heading
        nonlocal pos
        blk = doc.blocks[-1]
        extra = " " + title
        parts[-1] += extra
        pos += len(extra)
        blk.text += extra
        blk.char_end = pos
        sec.title = title
        sec.path = (sec.path + " " + title).strip()

    for it in items:
        if isinstance(it, TableData):
            flush_para()
            pending_bab = None
            doc.tables.append(it)
            emit("table", render_table(it), it.page, it.page, table=len(doc.tables) - 1)
            continue
        if isinstance(it, Break):
            flush_para()
            continue
        if isinstance(it, HeadingHint):
            flush_para()
            text = re.sub(r"\s+", " ", it.text).strip()
            if not text:
                continue
            if pending_bab is not None and not BAB_RE.match(text) and not NUM_RE.match(text):
                set_bab_title(pending_bab, text)
                pending_bab = None
                continue
            if in_toc and TOC_ENTRY_RE.search(text):
                para.append(text)  # a table-of-contents entry, not a heading
                para_pages.append(it.page)
                flush_para()
                continue
            in_toc = bool(TOC_TITLE_RE.match(text))
            hint_level = None if flat_hints else it.level
            h = detector.classify(text)
            if h is not None:
                open_section(h[0] if h[0] else (hint_level or 0), h[1], h[2], it.page)
            else:
                open_section(hint_level or 0, "", text, it.page)
            continue
        line = it.text.strip()
        if not line:
            flush_para()
            continue
        if pending_bab is not None:
            if is_all_caps(line) and _title_like(line) and not BAB_RE.match(line):
                flush_para()
                set_bab_title(pending_bab, re.sub(r"\s+", " ", line))
                continue
            pending_bab = None
        h = detector.classify(line)
        if h is not None and in_toc and TOC_ENTRY_RE.search(line):
            h = None
        if h is not None:
            flush_para()
            in_toc = bool(TOC_TITLE_RE.match(h[2]))
            open_section(h[0], h[1], re.sub(r"\s+", " ", h[2]), it.page)
            continue
        if BULLET_RE.match(line):
            flush_para()
        para.append(line)
        para_pages.append(it.page)
        if _ends_paragraph(line, typical):
            flush_para()
    flush_para()

    doc.text = "".join(parts)
    # page spans in document text
    pages = sorted(set(page_first) | {p["page"] for p in doc.pages})
    spans = [{"page": p, "char_start": page_first.get(p)} for p in pages]
    nxt = len(doc.text)
    for s in reversed(spans):  # a page without text gets an empty span where the next page starts
        if s["char_start"] is None:
            s["char_start"] = nxt
        nxt = s["char_start"]
    for i, s in enumerate(spans):
        s["char_end"] = spans[i + 1]["char_start"] if i + 1 < len(spans) else len(doc.text)
    info = {p["page"]: p for p in doc.pages}
    doc.pages = [{**info.get(s["page"], {}), **s} for s in spans]
    return doc
