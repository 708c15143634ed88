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
MAX_RUNNING_CHARS = 150  # a running header/footer is a short line
KEEP, RUNNING, PAGE_NO = 0, 1, 2


def _norm_edge(line: str) -> str:
    s = re.sub(r"\d+", "#", line.strip().lower())
    return re.sub(r"\s+", " ", s)


def _running_keys(pages: dict[int, list[str]]) -> tuple[set[str], set[str]]:
    """(repeated, everywhere): short lines repeated at the top/bottom of many pages, and short
    lines repeated anywhere on most pages (some producers draw the page template after the
    body, so a running header can come out in the middle of the page's text)."""
    n_pages = len(pages)
    counts: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    numbers: dict[str, set[tuple[str, ...]]] = {}
    for lines in pages.values():
        idx = [i for i, l in enumerate(lines) if l.strip()]
        for i in idx[:EDGE_LINES] + idx[-EDGE_LINES:]:
            numbers.setdefault(_norm_edge(lines[i]), set()).add(tuple(re.findall(r"\d+", lines[i])))
        for key in {_norm_edge(lines[i]) for i in idx[:EDGE_LINES] + idx[-EDGE_LINES:]}:
            counts[key] += 1
        if n_pages >= 6:
            for key in {_norm_edge(lines[i]) for i in idx}:
                anywhere[key] += 1
            for i in idx:
                numbers.setdefault(_norm_edge(lines[i]), set()).add(tuple(re.findall(r"\d+", lines[i])))
    min_pages = max(3, int(0.3 * n_pages)) if n_pages >= 6 else max(2, (n_pages + 1) // 2)
    repeated = {
        k
        for k, c in counts.items()
        if c >= min_pages and n_pages > 1 and 0 < len(k) <= MAX_RUNNING_CHARS and _one_number_varies(numbers[k])
    }
    everywhere = {
        k
        for k, c in anywhere.items()
        if c >= max(4, 0.5 * n_pages) and 8 <= len(k) <= MAX_RUNNING_CHARS and _one_number_varies(numbers.get(k, set()))
    }
    return repeated, everywhere


def _one_number_varies(variants: set[tuple[str, ...]]) -> bool:
    """A running header or footer changes from page to page in one number at most (its page number, or a
    date in a page's stamp): body lines of one template ("Program dijadwalkan berjalan dari 2025 sampai 2027
    dengan perkiraan biaya Rp 1,75"), ending several pages, differ in several."""
    if len(variants) <= 1:
        return True
    width = {len(v) for v in variants}
    if len(width) > 1:
        return False
    return sum(1 for pos in zip(*variants) if len(set(pos)) > 1) <= 1


def _continues_sentence(prev: str, line: str) -> bool:
    """A line that goes on with the sentence of the line before it (that line ends without a full stop,
    this one starts with a lower-case word): body text, never a running header or footer."""
    p, t = prev.rstrip(), line.lstrip()
    return bool(p) and bool(t) and t[0].islower() and not re.search(r"[.:;!?)\]]$", p)


def _page_marks(lines: list[str], repeated: set[str], everywhere: set[str]) -> list[int]:
    """Per line: KEEP, RUNNING (a running header/footer) or PAGE_NO."""
    idx = [i for i, l in enumerate(lines) if l.strip()]
    edge = set(idx[:EDGE_LINES] + idx[-EDGE_LINES:])
    marks = []
    prev = ""
    for i, l in enumerate(lines):
        key = _norm_edge(l)
        running = (i in edge and key in repeated) or key in everywhere
        if running and _continues_sentence(prev, l):
            running = False  # "... perkiraan biaya Rp 1,75" / "miliar yang bersumber dari APBD Kota.": body text
        prev = l if l.strip() else prev
        if (i in edge or running) and PAGE_NO_RE.match(l):
            marks.append(PAGE_NO)
        else:
            marks.append(RUNNING if running else KEEP)
    return marks


def _rescue(lines: list[str], marks: list[int], rescued: set[str]) -> None:
    """Keep the running lines of a page whose text would all go, unless an earlier page kept
    the same line (so the repeated text survives once)."""
    here = set()
    for i, l in enumerate(lines):
        key = _norm_edge(l)
        if marks[i] == RUNNING and key not in rescued:
            marks[i] = KEEP
            here.add(key)
    rescued |= here


def _has_text(lines: list[str], marks: list[int]) -> bool:
    return any(m == KEEP and l.strip() for m, l in zip(marks, lines))


def strip_running_lines(
    pages: dict[int, list[str]], pages_with_other_content: set[int] | frozenset = frozenset()
) -> tuple[dict[int, list[str]], int]:
    """Remove running headers/footers (short lines repeated at the top/bottom of many pages,
    or anywhere on most pages) and page numbers.

    A page's own content survives: a page (without tables) that has body lines beyond its top
    and bottom margins never loses all its text; its repeated lines are kept unless an earlier
    page kept them.  If the removal would leave the whole document without text, the first
    occurrence of each repeated line is kept.  So a document whose pages all repeat the same
    lines keeps those lines once, while a blank page that only holds the running header and
    footer is still emptied.  Returns the cleaned pages and how many lines were removed."""
    repeated, everywhere = _running_keys(pages)
    marks = {p: _page_marks(lines, repeated, everywhere) for p, lines in pages.items()}
    rescued: set[str] = set()
    for p, lines in pages.items():
        body = sum(1 for l in lines if l.strip()) > 2 * EDGE_LINES
        if body and p not in pages_with_other_content and not _has_text(lines, marks[p]):
            _rescue(lines, marks[p], rescued)
    if not pages_with_other_content and not any(_has_text(lines, marks[p]) for p, lines in pages.items()):
        for p, lines in pages.items():  # the document would be empty: keep the first occurrences
            _rescue(lines, marks[p], rescued)
    out = {p: [l for l, m in zip(lines, marks[p]) if m == KEEP] for p, lines in pages.items()}
    removed = sum(1 for ms in marks.values() for m in ms if m != KEEP)
    return out, removed


# ---------------------------------------------------------------------------------------
# headings
BAB_RE = re.compile(r"^\s*BAB\s+([IVXLC]+|\d{1,2})\b\.?\s*[:.\-–—]?\s*(.*)$", re.IGNORECASE)
NUM_RE = re.compile(r"^\s*((?:\d{1,2}\.){1,4}\d{1,2}|\d{1,2})\.?\s+(\S.*)$")
LETTER_RE = re.compile(r"^\s*([A-H])\.\s+(\S.*)$")
ROMAN_NUM_RE = re.compile(r"^\s*([IVX]{1,4}(?:\.\d{1,2}){1,4})\.?\s+(\S.*)$")  # "II.3.3. Isu Strategis"
# an appendix's numbering: "L.1 Satu Peta Kota" (Lampiran), "A.2 Profil Program ..."
APPENDIX_RE = re.compile(r"^\s*([A-Z]\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S.*)$")
ROMAN_H_RE = re.compile(r"^\s*((?:X{0,3})(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$")
TOC_RE = re.compile(r"(\.{4,}|…{2,}|\s\.\s\.\s\.)\s*[ivxlcdm\d]*\s*$", re.IGNORECASE)
NOT_HEADING_START = re.compile(
    r"^(tabel|table|gambar|grafik|figure|sumber|source|catatan|keterangan|no\.?)\b", re.IGNORECASE
)
BULLET_RE = re.compile(r"^\s*(?:[•●▪◦○■□\-–*·]|\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}\.(?!\d)|[a-z]\.)\s+\S")
TOP_LEVEL_TITLES = {
    "kata pengantar",
    "daftar isi",
    "daftar tabel",
    "daftar gambar",
    "daftar lampiran",
    "lampiran",
    "daftar pustaka",
    "penutup",
    "ringkasan eksekutif",
    "executive summary",
    "glosarium",
    "daftar singkatan",
    "sambutan",
    "abstrak",
    "pendahuluan",
}
MAX_HEADING_CHARS = 140
# lists with page numbers (a table of contents); a "Daftar Singkatan" heading also starts one, but
# its section's passages (a glossary) are not marked as TOC
_TOC_LISTS = "isi|tabel|gambar|grafik|lampiran"
TOC_TITLE_RE = re.compile(rf"^\s*daftar\s*({_TOC_LISTS}|singkatan)\b", re.IGNORECASE)
TOC_ENTRY_RE = re.compile(r"(\s[-–]?\s?(\d{1,4}|[ivxlc]{1,6})|\.{3,}\s*\d*)\s*$", re.IGNORECASE)
# a table of contents inside running text (its lines joined): dot leaders ending in a page number,
# and "... 12 I.2. Dasar Hukum 13 ..." (a page number, then the next entry's number or word)
TOC_LEADER_RE = re.compile(r"(?:\.\s?){4,}\s*[ivxlc\d]{0,4}|…{2,}\s*[ivxlc\d]{0,4}", re.IGNORECASE)
TOC_NEXT_ENTRY_RE = re.compile(
    r"(?:^|[\s\-–])[ivxlc\d]{1,4}\s+(?=(?:BAB|Bab|Tabel|Gambar|Grafik|Lampiran|[IVX]{1,4}\.|\d{1,2}\.\d|[A-H]\.\s?[A-Z]))"
)
TOC_DASH_PAGE_RE = re.compile(r"\w[-–]+\s?\d{1,4}\s*$")  # "Berkelanjutan-260": an entry with its page
TOC_SECTION_RE = re.compile(rf"^\s*daftar\s*({_TOC_LISTS})\b", re.IGNORECASE)


def toc_line(line: str) -> int:
    """2: a table-of-contents line with a dot leader, 1: a line ending in a page number or holding
    one between two entries ("... Daerah 19 B. Profil ..."), 0: other."""
    s = line.strip()
    if not s:
        return 0
    if TOC_RE.search(s):
        return 2
    return 1 if (TOC_ENTRY_RE.search(s) or TOC_NEXT_ENTRY_RE.search(s) or TOC_DASH_PAGE_RE.search(s)) else 0


def looks_like_toc(text: str, section_title: str = "") -> bool:
    """A passage of table-of-contents entries, from its (joined) text alone: two dot leaders (or
    one in a short text), or a run of "title page-number" entries; in a DAFTAR ISI / TABEL /
    GAMBAR section, one such sign is enough. Used at ingest for TOC pages without a title and
    to mark the passages of stores made before the mark existed."""
    t = " ".join(text.split())
    if not t:
        return False
    if t.startswith("Kolom: ") or "\nKolom: " in text[:400]:  # a table passage: only under a TOC title
        return bool(TOC_SECTION_RE.match(section_title or ""))
    leaders = len(TOC_LEADER_RE.findall(t))
    entries = len(TOC_NEXT_ENTRY_RE.findall(t)) + bool(re.search(r"[\s\-–][ivxlc\d]{1,4}$", t, re.IGNORECASE))
    if TOC_SECTION_RE.match(section_title or ""):
        return leaders >= 1 or entries >= 1
    return leaders >= 2 or (leaders == 1 and len(t) < 150) or (entries >= 3 and entries * 120 >= len(t))


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
        m = APPENDIX_RE.match(s)
        if m and _title_like(m.group(2)) and len(m.group(2).split()) <= 10 and not s.rstrip().endswith("."):
            return -1, m.group(1), m.group(2).strip()  # level: child of the enclosing section ("Lampiran")
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


def _run_in_heading(line: str, typical: float) -> bool:
    """A short lettered or numbered line in title case ("a. Desa Wisata Digital") with no full stop: a
    sub-heading over the paragraph under it, not the start of that paragraph."""
    m = BULLET_RE.match(line)
    if not m or len(line) >= 0.8 * typical or line.rstrip()[-1:] in ".,;:":
        return False
    words = line[m.end() - 1 :].split()  # the match ends on the first letter after the marker
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return 2 <= len(words) <= 10 and caps >= 0.6 * len(words) and words[0][:1].isupper()


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


def drop_running_lines(items: list[Item], doc: ParsedDocument) -> list[Item]:
    """The items without running headers/footers and page numbers (paged sources)."""
    by_page: dict[int, list[str]] = defaultdict(list)
    for it in items:
        if isinstance(it, Line):
            by_page[it.page].append(it.text)
    other = {it.page for it in items if isinstance(it, (TableData, HeadingHint))}
    cleaned, removed = strip_running_lines(by_page, pages_with_other_content=other)
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
    return kept


def assemble(items: list[Item], doc: ParsedDocument, *, strip_running: bool = True) -> ParsedDocument:
    """Fill doc.text, doc.blocks, doc.sections, doc.tables and doc.pages from items."""
    if strip_running:  # running headers/footers: only meaningful for paged sources
        items = drop_running_lines(items, doc)
    _Assembler(items, doc).run(items)
    return doc


class _Assembler:
    """Builds one document text from the items: blocks with offsets, the section tree,
    paragraphs from wrapped lines, "BAB II" + title lines joined, TOC entries kept as text."""

    def __init__(self, items: list[Item], doc: ParsedDocument):
        self.doc = doc
        line_lengths = [len(it.text.strip()) for it in items if isinstance(it, Line) and it.text.strip()]
        self.typical = sorted(line_lengths)[int(0.8 * len(line_lengths))] if line_lengths else 80.0
        uses_bab = any(isinstance(it, (Line, HeadingHint)) and BAB_RE.match(it.text) for it in items)
        self.detector = HeadingDetector(uses_bab)
        hint_levels = {it.level for it in items if isinstance(it, HeadingHint)}
        self.flat_hints = len(hint_levels) <= 1  # e.g. PDF->Markdown conversions where every heading is "#"
        self.in_toc = False
        # a heading just ended a table of contents: a wrapped entry's first line can look like a
        # heading ("III.3.1 Tercapainya Pembangunan ..."); entries that follow resume the TOC
        self.toc_recent = False
        self.parts: list[str] = []
        self.pos = 0
        self.page_first: dict[int, int] = {}
        self.stack: list[Section] = []
        self.para: list[str] = []
        self.para_pages: list[int] = []
        self.pending_bab: Section | None = None

    def run(self, items: list[Item]) -> None:
        for it in items:
            if isinstance(it, TableData):
                self.table(it)
            elif isinstance(it, Break):
                self.flush_para()
            elif isinstance(it, HeadingHint):
                self.heading_hint(it)
            else:
                self.line(it)
        self.flush_para()
        self.doc.text = "".join(self.parts)
        self.page_spans()

    # -- output ------------------------------------------------------------------------
    def emit(self, kind: str, text: str, p0: int, p1: int, table: int | None = None, toc: bool = False) -> Block:
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        for p in range(p0, p1 + 1):
            self.page_first.setdefault(p, start)
        blk = Block(kind, text, start, self.pos, p0, p1, self.stack[-1].ordinal if self.stack else None, table, toc)
        self.doc.blocks.append(blk)
        return blk

    def flush_para(self) -> None:
        if self.para:
            text = join_lines(self.para)
            if text:
                self.emit("para", text, self.para_pages[0], self.para_pages[-1], toc=self._toc_para())
            self.para.clear()
            self.para_pages.clear()

    def _toc_para(self) -> bool:
        """The paragraph being flushed is table-of-contents entries: under a DAFTAR ISI / TABEL /
        GAMBAR heading, most of its lines end in a page number; anywhere, most end in a dot
        leader. Prose under such a heading (no line ends in a number) ends the TOC."""
        kinds = [toc_line(x) for x in self.para]
        lines = sum(1 for x in self.para if x.strip())
        entries = sum(1 for k in kinds if k)
        leaders = sum(1 for k in kinds if k == 2)
        entry_like = bool(lines) and entries >= 0.5 * lines
        if (self.in_toc or self.toc_recent) and entries == 0 and (lines >= 2 or sum(map(len, self.para)) > 80):
            self.in_toc = self.toc_recent = False  # prose: the table of contents has ended
        elif self.toc_recent and entry_like:
            self.in_toc, self.toc_recent = True, False
        return bool(lines) and ((self.in_toc and entry_like) or (leaders >= 2 and leaders >= 0.5 * lines))

    def _set_toc(self, title: str) -> None:
        """A heading was opened: a DAFTAR ISI / TABEL / GAMBAR heading starts a table of contents,
        any other ends it."""
        was = self.in_toc
        self.in_toc = bool(TOC_TITLE_RE.match(title))
        self.toc_recent = was and not self.in_toc

    def add_to_para(self, text: str, page: int) -> None:
        self.para.append(text)
        self.para_pages.append(page)

    # -- sections ----------------------------------------------------------------------
    def _level(self, level: int, title: str) -> int:
        stack = self.stack
        if level == -1:  # lettered "A. Judul" or appendix "L.1 Judul": below the nearest section of another kind
            enclosing = [s for s in stack if not re.fullmatch(r"[A-H]|[A-Z]\.\d{1,2}(?:\.\d{1,2})?", s.number)]
            return min(enclosing[-1].level + 1, 5) if enclosing else 2
        if level <= 0:  # unnumbered ALL-CAPS heading: level from context
            if title.lower() in TOP_LEVEL_TITLES or not stack:
                return 1
            if self.doc.sections and self.doc.sections[-1] is stack[-1] and not stack[-1].number:
                return stack[-1].level  # sibling of the unnumbered heading just before
            return min(stack[-1].level + 1, 5)
        return level

    def open_section(self, level: int, number: str, title: str, page: int) -> Section:
        level = self._level(level, title)
        stack = self.stack
        while stack and stack[-1].level >= level:
            stack.pop()
        label = f"{number} {title}".strip()
        path = " > ".join([s.path.split(" > ")[-1] for s in stack] + [label])
        blk = self.emit("heading", label, page, page)
        sec = Section(
            len(self.doc.sections),
            level,
            number,
            title,
            path,
            stack[-1].ordinal if stack else None,
            page,
            blk.char_start,
        )
        blk.section = sec.ordinal
        self.doc.sections.append(sec)
        stack.append(sec)
        self.pending_bab = sec if (number.startswith("BAB") and not title) else None
        return sec

    def set_bab_title(self, sec: Section, title: str) -> None:
        """ "BAB II" followed by "GAMBARAN UMUM DAERAH" on the next line: one heading."""
        blk = self.doc.blocks[-1]
        extra = " " + title
        self.parts[-1] += extra
        self.pos += len(extra)
        blk.text += extra
        blk.char_end = self.pos
        sec.title = title
        sec.path = (sec.path + " " + title).strip()

    # -- items -------------------------------------------------------------------------
    def table(self, it: TableData) -> None:
        self.flush_para()
        self.pending_bab = None
        self.doc.tables.append(it)
        self.emit("table", render_table(it), it.page, it.page, table=len(self.doc.tables) - 1, toc=self.in_toc)

    def heading_hint(self, it: HeadingHint) -> None:
        self.flush_para()
        text = re.sub(r"\s+", " ", it.text).strip()
        if not text:
            return
        if self.pending_bab is not None and not BAB_RE.match(text) and not NUM_RE.match(text):
            self.set_bab_title(self.pending_bab, text)
            self.pending_bab = None
            return
        if (self.in_toc or self.toc_recent) and toc_line(text):
            self.in_toc, self.toc_recent = True, False
            self.add_to_para(text, it.page)  # a table-of-contents entry, not a heading
            self.flush_para()
            return
        self._set_toc(text)
        hint_level = None if self.flat_hints else it.level
        h = self.detector.classify(text)
        if h is not None:
            self.open_section(h[0] if h[0] else (hint_level or 0), h[1], h[2], it.page)
        else:
            self.open_section(hint_level or 0, "", text, it.page)

    def line(self, it: Line) -> None:
        line = it.text.strip()
        if not line:
            self.flush_para()
            return
        if self.pending_bab is not None:
            if is_all_caps(line) and _title_like(line) and not BAB_RE.match(line):
                self.flush_para()
                self.set_bab_title(self.pending_bab, re.sub(r"\s+", " ", line))
                return
            self.pending_bab = None
        h = self.detector.classify(line)
        if h is not None and (self.in_toc or self.toc_recent) and toc_line(line):
            h = None  # a table-of-contents entry ("II.1. GAMBARAN UMUM 17", wrapped ones too)
            self.in_toc, self.toc_recent = True, False
        if h is not None:
            self.flush_para()
            self._set_toc(h[2])
            self.open_section(h[0], h[1], re.sub(r"\s+", " ", h[2]), it.page)
            return
        if BULLET_RE.match(line):
            self.flush_para()
        self.add_to_para(line, it.page)
        if _ends_paragraph(line, self.typical) or _run_in_heading(line, self.typical):
            self.flush_para()

    # -- pages -------------------------------------------------------------------------
    def page_spans(self) -> None:
        """Page spans in the document text; a page without text gets an empty span where the
        next page starts."""
        doc = self.doc
        pages = sorted(set(self.page_first) | {p["page"] for p in doc.pages})
        spans = [{"page": p, "char_start": self.page_first.get(p)} for p in pages]
        nxt = len(doc.text)
        for s in reversed(spans):
            if s["char_start"] is None:
                s["char_start"] = nxt
            nxt = s["char_start"]
        for i, s in enumerate(spans):
            s["char_end"] = spans[i + 1]["char_start"] if i + 1 < len(spans) else len(doc.text)
        info = {p["page"]: p for p in doc.pages}
        doc.pages = [{**info.get(s["page"], {}), **s} for s in spans]
