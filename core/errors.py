"""One exception base for every problem a user can act on.

Each carries a one-line, user-facing message. The front ends (CLI, app, API) catch
`TelaahError` in one place each and turn it into that line (CLI: exit status 2; API: a JSON
error with the status of `http_status`); anything else is a bug and shows as "unexpected error".
"""

from __future__ import annotations


class TelaahError(Exception):
    """A problem the user can act on; `str(e)` is the one-line message."""

    code = "error"
    http_status = 400


class UsageError(TelaahError):
    """A bad argument or option value."""

    code = "usage"
    http_status = 422


class NotFoundError(TelaahError):
    """An unknown city, document or job."""

    code = "not_found"
    http_status = 404


class ModelError(TelaahError):
    """A model (embedding model, extractor head, taxonomy) is missing, broken or mismatched."""

    code = "model"
    http_status = 500
