"""The records that flow from parsing to the store.

A parser turns a file into a stream of *items* (text lines, heading hints, paragraph
breaks, tables), page by page.  `ingest.structure.assemble` turns the items into a
`ParsedDocument`: one document text, its blocks (heading / paragraph / table) with
character offsets and pages, and its section tree.  `ingest.segment` cuts the blocks
into `Passage`s.  Everything downstream (store, index, classifier, review) reads
these records; their fields are described in the README's architecture section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


# --- parser output: items -------------------------------------------------------------
@dataclass
class Line:
    """One visual line of running text on a page (page numbers are 1-based)."""

    page: int
    text: str


@dataclass
class HeadingHint:
    """A heading whose status is known from markup (Markdown '#', HTML <h1>-<h4>)."""

    page: int
    text: str
    level: int | None = None


@dataclass
class Break:
    """A paragraph break known from the source (blank line, HTML block end)."""

    page: int


@dataclass
class TableData:
    """A table kept as a table: header row + body rows of cell strings."""

    page: int
    header: list[str]
    rows: list[list[str]]
    caption: str = ""
    bbox: tuple[float, float, float, float] | None = None  # PDF points, top-left origin
    chars_above: int = 0  # PDF: characters of running text above the table on its page

    @property
    def n_cols(self) -> int:
        return max([len(self.header)] + [len(r) for r in self.rows]) if (self.header or self.rows) else 0


Item = Line | HeadingHint | Break | TableData


# --- assembled document -------------------------------------------------------------------
@dataclass
class Section:
    ordinal: int
    level: int
    number: str  # "BAB II", "2.3", "A", "" for unnumbered headings
    title: str
    path: str  # "BAB II Gambaran Umum > 2.3 Isu Strategis"
    parent: int | None  # ordinal of the parent section
    page: int
    char_start: int


@dataclass
class Block:
    kind: str  # "heading" | "para" | "table"
    text: str
    char_start: int
    char_end: int
    page_start: int
    page_end: int
    section: int | None  # Section.ordinal
    table: int | None = None  # index into ParsedDocument.tables
    toc: bool = False  # a table-of-contents block (DAFTAR ISI / TABEL / GAMBAR entries)


@dataclass
class Passage:
    ordinal: int
    kind: str  # "text" | "table"
    text: str
    char_start: int
    char_end: int
    page_start: int
    page_end: int
    section: int | None
    n_sentences: int
    table: int | None = None
    toc: bool = False  # table-of-contents entries: kept, but out of search and evidence


@dataclass
class ParsedDocument:
    source_name: str
    fmt: str  # "pdf" | "txt" | "md" | "html"
    text: str = ""
    pages: list[dict[str, Any]] = field(
        default_factory=list
    )  # {"page", "char_start", "char_end", "n_chars", "columns"}
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tables: list[TableData] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    title: str = ""
    city: str | None = None
    kind: str = "other"
    year_start: int | None = None
    year_end: int | None = None
    status: str = "ingested"  # "ingested" | "needs_ocr" | "empty" (no passages; message says why)
    message: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    n_pages: int = 0

    def note(self, text: str) -> None:
        """Add a sentence to the message shown with the document ("; "-separated)."""
        self.message = f"{self.message}; {text}" if self.message else text
