"""Typed records of the service layer (library, search, index state). Their `to_json()` is the
JSON of `telaah docs/show/search/index --json` and of the HTTP API; the review's records are in
review/records.py, a search hit is `index.search.Hit`, ingest results are in service/pipeline.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.records import Record, omit_none
from index.search import Hit

from .pipeline import FileResult, IngestReport

__all__ = [
    "DocumentInfo",
    "Failure",
    "PassageRow",
    "DocumentDetail",
    "SearchResult",
    "IndexState",
    "FileResult",
    "IngestReport",
]

DOC_KEYS = (
    "id",
    "title",
    "city",
    "kind",
    "doc_type",
    "year",
    "year_start",
    "year_end",
    "pages",
    "passages",
    "n_tables",
    "status",
    "message",
    "source_name",
    "sha256",
    "size",
    "ingested_at",
)


@dataclass
class DocumentInfo(Record):
    """One stored document, as `telaah docs --json` lists it."""

    id: str
    title: str
    city: str | None
    kind: str
    doc_type: str | None
    year: Any
    year_start: int | None
    year_end: int | None
    pages: int
    passages: int
    n_tables: int
    status: str
    message: str | None
    source_name: str | None
    sha256: str
    size: int
    ingested_at: str

    @classmethod
    def from_row(cls, d: dict) -> DocumentInfo:
        return cls(**{k: d.get(k) for k in DOC_KEYS})


@dataclass
class Failure(Record):
    """A file that could not be ingested (the store's `failures` table)."""

    source_path: str
    source_name: str
    code: str
    reason: str
    attempted_at: str

    @classmethod
    def from_row(cls, d: dict) -> Failure:
        return cls(d["source_path"], d["source_name"], d["code"], d["reason"], d["attempted_at"])

    def docs_json(self) -> dict:
        """The row `telaah docs --json --failures` adds for this file."""
        return {
            "id": None,
            "title": self.source_name,
            "city": None,
            "kind": None,
            "year": None,
            "pages": 0,
            "passages": 0,
            "status": "failed",
            "message": self.reason,
            "source_name": self.source_name,
            "source_path": self.source_path,
        }


@dataclass
class PassageRow(Record):
    """A passage as `telaah show --json` gives it."""

    id: int
    passage_id: int
    ordinal: int
    kind: str
    page_start: int
    page_end: int
    section_path: str | None
    char_start: int
    char_end: int
    n_sentences: int
    table_ordinal: int | None
    text: str
    page: int
    section: str | None
    ocr_confidence: float | None = None  # mean word confidence of its OCR'd page(s); None: text layer

    @classmethod
    def from_row(cls, p: dict) -> PassageRow:
        return cls(
            id=p["id"],
            passage_id=p["id"],
            ordinal=p["ordinal"],
            kind=p["kind"],
            page_start=p["page_start"],
            page_end=p["page_end"],
            section_path=p["section_path"],
            char_start=p["char_start"],
            char_end=p["char_end"],
            n_sentences=p["n_sentences"],
            table_ordinal=p["table_ordinal"],
            text=p["text"],
            page=p["page_start"],
            section=p["section_path"],
            ocr_confidence=p.get("ocr_confidence"),
        )


@dataclass
class DocumentDetail(Record):
    """`telaah show --json`: the document row (all stored columns), its sections, tables and passages."""

    document: dict
    sections: list[dict]
    tables: list[dict]
    passages: list[PassageRow]

    @classmethod
    def from_rows(cls, doc: dict, sections: list[dict], tables: list[dict], passages: list[dict]) -> DocumentDetail:
        return cls(doc, sections, tables, [PassageRow.from_row(p) for p in passages])


@dataclass
class SearchResult(Record):
    hits: list[Hit]
    notes: list[str] = field(default_factory=list)  # repairs, missing vectors: said once, never silent


@dataclass
class IndexState(Record):
    """`telaah index --json`."""

    store: str
    passages: int
    embedding_model: str | None
    embedding_model_id: str | None
    vectors: dict[str, int]
    update: dict
    vector_index: dict | None = omit_none()
    embedder: dict | None = omit_none()
    labels_version: str | None = None
    labels_note: str | None = None
    keyword_index: dict | None = None
