"""Ingestion: files -> ParsedDocument (text, pages, sections, tables, passages, metadata).

`parse_file` is the single entry point.  It checks the file (size, type, magic bytes),
dispatches to the PDF or text parser, assembles structure, segments passages and fills
metadata.  It raises `IngestError` with a one-line reason for any file it cannot take.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from core import config

from .errors import IngestError, StoreError
from .records import ParsedDocument, Passage, Section, TableData

PARSER_VERSION = "1"
PDF_EXTS = {".pdf"}
TEXT_EXTS = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"}
SUPPORTED_EXTS = PDF_EXTS | TEXT_EXTS
DEFAULT_MAX_MB = config.DEFAULT_MAX_MB
MAX_META_JSON = 64 * 1024  # documents.meta larger than this is trimmed (largest entries first)
EMPTY_STATUS = "empty"  # parsed, but no passages: `message` says why

__all__ = [
    "parse_file",
    "IngestError",
    "StoreError",
    "ParsedDocument",
    "Passage",
    "Section",
    "TableData",
    "SUPPORTED_EXTS",
    "EMPTY_STATUS",
    "display_name",
    "max_bytes",
    "sha256_file",
]


def max_bytes(max_mb: float | None = None) -> int:
    return int((config.max_file_mb() if max_mb is None else max_mb) * 1024 * 1024)


def display_name(path: Path | str) -> str:
    """A file name safe to print: control characters and terminal escapes removed."""
    s = str(path)
    s = re.sub(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", "?", s)
    return s


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_file(path: Path, max_mb: float | None = None) -> str:
    """Validate a file before parsing; return its format ("pdf" or "text")."""
    if not path.exists():
        raise IngestError("file not found", code="missing")
    if not path.is_file():
        raise IngestError("not a regular file", code="unsupported")
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTS:
        raise IngestError(
            f"unsupported file type '{ext or '(none)'}'; Telaah reads " + ", ".join(sorted(SUPPORTED_EXTS)),
            code="unsupported",
        )
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file (0 bytes)", code="empty")
    limit = max_bytes(max_mb)
    if size > limit:
        raise IngestError(
            f"file too large ({size / 1048576:.1f} MB; the limit is {limit / 1048576:.0f} MB, "
            "set --max-mb or TELAAH_MAX_FILE_MB to change it)",
            code="too_large",
        )
    with open(path, "rb") as f:
        head = f.read(1024)
    if ext in PDF_EXTS:
        if b"%PDF-" not in head:
            kind = (
                "HTML"
                if re.search(rb"(?i)<(!doctype|html)", head)
                else "a ZIP/Office file"
                if head.startswith(b"PK")
                else "an image"
                if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8")
                else "text"
                if all(32 <= c < 127 or c in (9, 10, 13) for c in head[:200])
                else "binary data"
            )
            raise IngestError(f"not a PDF (the file has a .pdf name but holds {kind})", code="not_pdf")
        return "pdf"
    return "text"


def parse_file(
    path: Path | str,
    *,
    city: str | None = None,
    kind: str | None = None,
    max_mb: float | None = None,
    max_pages: int | None = None,
    ocr: str | None = None,
) -> ParsedDocument:
    """Parse one file into a ParsedDocument with passages and metadata, in this process.

    Hostile input (decompression or page-tree bombs, nested XObjects) is contained by
    `ingest.worker.parse_isolated`, which runs this in a child process with limits; call that
    from anything that takes files from users.  A document without passages gets status
    `empty` (or stays `needs_ocr`) and a message saying why.  `ocr`: auto | force | off for pages
    without a usable text layer (None: TELAAH_OCR, see ingest.ocr)."""
    from .metadata import fill_metadata
    from .segment import segment
    from .structure import assemble

    path = Path(path)
    fmt = check_file(path, max_mb)
    doc = ParsedDocument(source_name=path.name, fmt="pdf" if fmt == "pdf" else path.suffix.lower().lstrip("."))
    if fmt == "pdf":
        items = _parse_pdf_items(path, doc, config.max_pages() if max_pages is None else max_pages, ocr)
        assemble(items, doc, strip_running=True)
    else:
        from .text import parse_text_file

        data = path.read_bytes()
        doc.meta["kind_hint"] = kind  # a text the user calls news is cleaned as news
        try:
            items = parse_text_file(path, data, doc)
        finally:
            doc.meta.pop("kind_hint", None)
        assemble(items, doc, strip_running=False)
        doc.n_pages = 1
        if not doc.pages:
            doc.pages = [{"page": 1, "char_start": 0, "char_end": len(doc.text)}]
        if not doc.text.strip():
            raise IngestError("no readable text left after removing markup and boilerplate", code="empty")
    segment(doc)
    fill_metadata(doc, stem=path.stem, city=city, kind=kind)
    _mark_empty(doc)
    _cap_meta(doc)
    return doc


def _parse_pdf_items(path: Path, doc: ParsedDocument, max_pages: int, ocr: str | None = None) -> list:
    from .pdf import parse_pdf
    from .segment import sentence_pipeline

    try:
        # spaCy (for the sentences) loads while a worker process reads pages
        loaded = sentence_pipeline.cache_info().currsize > 0
        return parse_pdf(path, doc, while_reading=None if loaded else sentence_pipeline, max_pages=max_pages, ocr=ocr)
    except IngestError:
        raise
    except MemoryError:
        raise IngestError("out of memory while parsing the PDF", code="memory") from None
    except RecursionError:
        raise IngestError("PDF structure nested too deeply to read", code="corrupt") from None
    except Exception as e:  # pdfium/pdfminer internals: the file is damaged
        raise IngestError(f"damaged PDF, cannot be read ({type(e).__name__}: {str(e)[:120]})", code="corrupt") from None


EMPTY_NO_TEXT = "no text: nothing readable was found in the document"
EMPTY_RUNNING = "all its text is page numbers and running headers/footers repeated on every page"
EMPTY_HEADINGS = "no body text: the document holds only {n} heading(s), no paragraphs or tables"


def _mark_empty(doc: ParsedDocument) -> None:
    """A document that yields no passages is never silently "ingested": status `empty` and the
    reason in the message (a scanned PDF keeps `needs_ocr`)."""
    if doc.passages or doc.status != "ingested":
        return
    headings = sum(1 for b in doc.blocks if b.kind == "heading")
    if headings:
        reason = EMPTY_HEADINGS.format(n=headings)
    elif doc.meta.get("running_lines_removed"):
        reason = EMPTY_RUNNING
    else:
        reason = EMPTY_NO_TEXT
    doc.status = EMPTY_STATUS
    doc.message = f"{reason}; {doc.message}" if doc.message else reason


def _cap_meta(doc: ParsedDocument) -> None:
    """Keep documents.meta under MAX_META_JSON: the largest entries go first, with a note."""

    def size(v) -> int:
        return len(json.dumps(v, ensure_ascii=False, default=str))

    total = size(doc.meta)
    dropped = []
    while total > MAX_META_JSON and doc.meta:
        key = max(doc.meta, key=lambda k: size(doc.meta[k]))
        total -= size(doc.meta.pop(key))
        dropped.append(key)
    if dropped:
        doc.note(f"metadata over {MAX_META_JSON // 1024} KB: {', '.join(dropped)} not kept")
