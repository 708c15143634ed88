"""Uploads streamed to disk: `multipart/form-data` is parsed as it arrives (python-multipart's
streaming parser), each file part goes straight into the job's staging folder under the store
(`<store>/uploads/<job_id>/NNN-<sanitised name>`), and the size limit is enforced while the
bytes arrive: the first byte over the limit ends the request with 413 and the partial file is
removed. A file type Telaah does not read is refused (415) from the part's headers, before its
content is read. Nothing of the client's path is used: only the base name is kept, to be shown.
"""

from __future__ import annotations

import time
from pathlib import Path

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

from core.errors import UsageError
from service import jobs

from .errors import ApiError

FILE_FIELDS = ("files", "file")
MAX_FIELD_BYTES = 4096
DRAIN_BYTES = 64 << 20  # a refused body is read on (and dropped) up to this much, so that the
DRAIN_SECONDS = 15.0  # client sees the 413/415 instead of a reset connection


class Upload:
    """The state of one streamed multipart request."""

    def __init__(self, staging: Path, max_mb: float, max_files: int):
        self.staging = staging
        self.limit = int(max_mb * 1024 * 1024)
        self.max_mb = max_mb
        self.max_files = max_files
        self.files: list[tuple[str, Path]] = []
        self.fields: dict[str, str] = {}
        self._headers: dict[bytes, bytes] = {}
        self._field = b""
        self._value = b""
        self._out = None
        self._name = ""
        self._size = 0
        self._form_name = ""
        self._form_value = bytearray()

    # python-multipart callbacks ------------------------------------------------------------------------
    def on_part_begin(self) -> None:
        self._headers = {}
        self._out = None
        self._size = 0
        self._form_name = ""
        self._form_value = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._field.strip().lower()] = self._value.strip()
        self._field, self._value = b"", b""

    def on_headers_finished(self) -> None:
        _disp, opts = parse_options_header(self._headers.get(b"content-disposition", b""))
        field = opts.get(b"name", b"").decode("utf-8", "replace")
        filename = opts.get(b"filename")
        if filename is None:
            self._form_name = field
            return
        if field not in FILE_FIELDS:
            raise UsageError(f"unexpected file field '{field[:40]}': send the files in the form field 'files'")
        if len(self.files) >= self.max_files:
            raise ApiError(413, f"too many files in one request (at most {self.max_files})", code="too_large")
        self._name = jobs.check_upload_name(filename.decode("utf-8", "replace"))
        path = self.staging / jobs.safe_file_name(self._name, len(self.files) + 1)
        self._out = open(path, "xb")  # noqa: SIM115 - closed in on_part_end / close()
        self.files.append((self._name, path))

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        if self._out is None:
            if len(self._form_value) + n > MAX_FIELD_BYTES:
                raise UsageError(
                    f"the form field '{self._form_name[:40]}' is too long (at most {MAX_FIELD_BYTES} bytes)"
                )
            self._form_value += data[start:end]
            return
        self._size += n
        if self._size > self.limit:
            raise jobs.too_large(self._name, self.max_mb)
        self._out.write(data[start:end])

    def on_part_end(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
        elif self._form_name:
            self.fields[self._form_name] = self._form_value.decode("utf-8", "replace")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def callbacks(self) -> dict:
        return {
            k: getattr(self, k)
            for k in (
                "on_part_begin",
                "on_header_field",
                "on_header_value",
                "on_header_end",
                "on_headers_finished",
                "on_part_data",
                "on_part_end",
            )
        }


async def drain(stream, max_bytes: int = DRAIN_BYTES, seconds: float = DRAIN_SECONDS) -> None:
    """Read (and drop) what is left of a refused request body, within bounds, so that the client
    reads the error instead of a reset connection; nothing of it is stored."""
    end = time.monotonic() + seconds
    n = 0
    try:
        async for chunk in stream:
            n += len(chunk)
            if n > max_bytes or time.monotonic() > end:
                return
    except Exception:  # the client went away: nothing to answer
        return


async def receive(request: Request, staging: Path, *, max_mb: float, max_files: int) -> Upload:
    """Stream the request's multipart body into `staging`; raises (413/415/422) on the first
    problem, leaving the caller to remove the staging folder."""
    ctype, opts = parse_options_header(request.headers.get("content-type", ""))
    boundary = opts.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise jobs.UnsupportedType(
            "send the files as multipart/form-data (form field 'files'; optional fields 'city' and 'kind')"
        )
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_files * max_mb * 1024 * 1024 + (1 << 20):
        raise ApiError(
            413,
            f"request too large ({int(length) / 1048576:.1f} MB; at most {max_files} files of {max_mb:g} MB)",
            code="too_large",
        )
    up = Upload(staging, max_mb, max_files)
    parser = MultipartParser(boundary, up.callbacks())
    stream = request.stream()
    try:
        async for chunk in stream:
            if chunk:
                parser.write(chunk)
        parser.finalize()
    except Exception:
        up.close()
        await drain(stream)
        raise
    finally:
        up.close()
    if not up.files:
        raise UsageError("no files: send one or more files in the form field 'files'")
    return up
