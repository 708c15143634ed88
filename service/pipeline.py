"""The ingest pipeline: files -> parse (ingest/, in a worker process) -> store (index/) -> embed
-> label and entities (nlp/) -> FAISS and BM25 indexes. It orchestrates the lower layers and so
lives above them, in the service layer."""
from __future__ import annotations

from ingest.worker import ParseLimits
from index.library import (FileResult, IngestReport, embed_pending, ingest_one, ingest_paths, label_pending,  # noqa: F401
                           update_indexes, walk)


def limits(max_pages: int | None = None) -> ParseLimits:
    """The parser's limits: defaults from core.config, the page limit as asked (--max-pages)."""
    return ParseLimits.from_config(max_pages=max_pages)
