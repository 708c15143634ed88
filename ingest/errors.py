"""Errors a user can act on.  Each carries a one-line reason; the CLI prints
"<file>: <reason>" and never a traceback."""


class IngestError(Exception):
    """The file cannot be ingested; `reason` says why in one line."""

    def __init__(self, reason: str, *, code: str = "failed"):
        super().__init__(reason)
        self.reason = reason
        self.code = code  # short machine-readable cause: empty, too_large, encrypted, corrupt, not_pdf, unsupported, binary


class StoreError(Exception):
    """The store cannot be opened or is inconsistent."""
