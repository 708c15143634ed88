"""Errors a user can act on in ingestion and storage.  Each carries a one-line reason; the CLI
prints "<file>: <reason>" and never a traceback."""

from core.errors import NotFoundError, TelaahError


class IngestError(TelaahError):
    """The file cannot be ingested; `reason` says why in one line."""

    code = "failed"

    def __init__(self, reason: str, *, code: str = "failed"):
        super().__init__(reason)
        self.reason = reason
        # short machine-readable cause: empty, too_large, encrypted, corrupt, not_pdf, unsupported, binary,
        # too_many_pages, too_complex (the parser hit its memory or time limit), crashed, memory (in-process
        # parse only), internal, missing, io
        self.code = code


class StoreError(TelaahError):
    """The store cannot be opened or is inconsistent."""

    code = "store"


class NotInStore(StoreError, NotFoundError):
    """An unknown document, passage or city in the store (a StoreError that front ends answer
    as "not found": API 404)."""

    code = "not_found"
    http_status = 404
