"""Parsing in a child process with limits: a hostile file costs a one-line failure, never the
process that ingests (the CLI, the app's server, a batch).

Every document is parsed by `parse_isolated` in a child process that has

* a memory limit (RLIMIT_AS, `TELAAH_PARSE_MEM_MB`, 3072 MB): an 8 KB PDF of nested form
  XObjects makes pdfium's text extraction grow to 8-15 GB and abort; in the child the
  allocation fails at the limit and the child dies alone;
* a wall-time limit (`TELAAH_PARSE_SECONDS`, 300 s): the parent kills the child's process
  group (the child and the page reader that ingest.pdf forks for long PDFs) when it is over;
* a page limit (`TELAAH_MAX_PAGES`, 3000), checked from the page tree before any page is read;
* OCR: when the child starts OCR of N pages (ingest.ocr) it tells the parent, whose time limit
  grows by N x `TELAAH_OCR_PAGE_SECONDS` (30 s) and whose `on_ocr` callback draws a progress
  bar; the child's CPU-time backstop grows likewise.  At most `TELAAH_OCR_MAX_PAGES` (500) pages
  are OCR'd per document, so a 2,000-page scan is one clear line, not hours of waiting.

The children come from a `multiprocessing` *forkserver* whose server has imported the parsers
and built spaCy's sentence tokenizer once (`ingest.preload`): each document costs a fork of that
warm process (milliseconds) and the pickled result, not a new interpreter.  The server is a
fresh single-threaded process, so forking it is safe even when the caller is threaded (the
Streamlit app); inside the child, ingest.pdf may fork once more for the second half of a long PDF.

`ParseLimits(isolate=False)` parses in the calling process (tests, benchmarks only).
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from core import config

from .errors import IngestError
from .records import ParsedDocument

# "__main__": the caller's main module is imported once by the server, not once per child
# (multiprocessing's spawn preparation re-runs a main *script* in every child otherwise)
PRELOAD = ["__main__", "ingest.preload"]
POLL_SECONDS = 0.05  # how often the parent samples the child's memory while it waits
MEMORY_SHARE = 0.5  # a child killed by a signal after using this share of its limit ran out of memory
_CTX = None


@dataclass(frozen=True)
class ParseLimits:
    """Limits of one parse; `from_config()` reads the TELAAH_* environment variables."""

    max_pages: int = config.DEFAULT_MAX_PAGES
    mem_mb: int = config.DEFAULT_PARSE_MEM_MB
    seconds: float = config.DEFAULT_PARSE_SECONDS
    isolate: bool = True  # False: parse in this process (tests and benchmarks only)
    ocr: str | None = None  # auto | force | off (None: TELAAH_OCR)

    @classmethod
    def from_config(cls, **overrides) -> ParseLimits:
        base = cls(
            max_pages=config.max_pages(),
            mem_mb=config.parse_mem_mb(),
            seconds=config.parse_seconds(),
            ocr=config.ocr_mode(),
        )
        return dataclasses.replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _context():
    """The forkserver context, its server preloading the parsers (started on first use)."""
    global _CTX
    if _CTX is None:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        _CTX = ctx
    return _CTX


def warm_up() -> None:
    """Start the parse server now (it preloads in the background) so that the first
    document does not wait for it."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def parse_isolated(
    path: Path | str,
    *,
    city: str | None = None,
    kind: str | None = None,
    max_mb: float | None = None,
    limits: ParseLimits | None = None,
    stats: dict | None = None,
    on_ocr=None,
) -> ParsedDocument:
    """`ingest.parse_file` in a child process with memory, time and page limits.
    Raises IngestError with one line when the file cannot be read or a limit is hit.
    `stats`, if given, receives what the child measured: cpu_seconds (its own and its page
    reader's), max_rss_mb.  `on_ocr(done, total)` is called as pages are OCR'd."""
    from . import parse_file

    limits = limits or ParseLimits.from_config()
    if not limits.isolate:
        return parse_file(path, city=city, kind=kind, max_mb=max_mb, max_pages=limits.max_pages, ocr=limits.ocr)
    path = Path(path).absolute()
    label = "PDF" if path.suffix.lower() == ".pdf" else "file"
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    env = {k: v for k, v in os.environ.items() if k.startswith("TELAAH_")}
    proc = ctx.Process(
        target=_child, args=(str(path), city, kind, max_mb, limits, env, send), name="telaah-parse", daemon=False
    )
    try:
        proc.start()
    except (OSError, EOFError, ConnectionError) as e:
        recv.close()
        send.close()
        raise IngestError(f"cannot start the parser process ({e})", code="internal") from None
    send.close()
    answered = False
    try:
        doc, child_stats = _await(proc, recv, limits, label, on_ocr)
        answered = True
        if stats is not None:
            stats.update(child_stats)
        return doc
    finally:  # also on an error answer, a limit, or KeyboardInterrupt in this process
        recv.close()
        _reap(proc, answered)


# -- the child ------------------------------------------------------------------------------
def _release_server() -> None:
    """multiprocessing hands each forkserver child a copy of the server's keep-alive pipe (for
    children that start processes themselves); a parse worker does not, and without the copy the
    server ends as soon as the ingesting process ends, taking its children along (below)."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(fd, int):
        try:
            os.close(fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None


def die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (the parse server ends when the
    ingesting process ends, even by SIGKILL), so no parse outlives the ingest."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() == 1:  # the parent already went
        os._exit(1)


def _child(path: str, city, kind, max_mb, limits: ParseLimits, env: dict, conn) -> None:
    _release_server()
    die_with_parent()
    try:
        os.setpgid(0, 0)  # its own process group: a kill reaches the page reader it may fork
    except OSError:
        pass
    for k in [k for k in os.environ if k.startswith("TELAAH_")]:
        del os.environ[k]
    os.environ.update(env)  # the caller's settings now, not those of when the server started
    _set_limit(resource.RLIMIT_AS, limits.mem_mb << 20)
    if math.isfinite(limits.seconds):  # CPU seconds: a backstop for a page reader orphaned by a crash
        _set_limit(resource.RLIMIT_CPU, int(limits.seconds) + 30, soft_only=True)
    from . import ocr

    def hook(event, *args):
        if event == "start" and math.isfinite(limits.seconds):
            soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
            extra = int(args[0] * config.ocr_page_seconds())
            if soft != resource.RLIM_INFINITY:
                new = soft + extra if hard == resource.RLIM_INFINITY else min(hard, soft + extra)
                try:
                    resource.setrlimit(resource.RLIMIT_CPU, (new, hard))
                except (ValueError, OSError):
                    pass
        conn.send(("ocr", event, *args))

    ocr.set_progress_hook(hook)
    try:
        conn.send(_parse(path, city, kind, max_mb, limits))
    except MemoryError:
        conn.send(("memory",))
    except Exception as e:  # an unpicklable result: a bug
        conn.send(("exception", type(e).__name__, str(e)[:300], traceback.format_exc()))
    finally:
        conn.close()


def _set_limit(which: int, value: int, soft_only: bool = False) -> None:
    """Lower a resource limit (soft and hard, or only the soft one: it may be raised again) to
    `value`, never above the hard limit in force."""
    _soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    try:
        resource.setrlimit(which, (value, hard if soft_only else value))
    except (ValueError, OSError):
        pass


def _parse(path: str, city, kind, max_mb, limits: ParseLimits) -> tuple:
    from . import parse_file

    try:
        doc = parse_file(path, city=city, kind=kind, max_mb=max_mb, max_pages=limits.max_pages, ocr=limits.ocr)
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return (
            "ok",
            doc,
            {
                "cpu_seconds": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                "max_rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024,
            },
        )
    except IngestError as e:
        return ("memory",) if e.code == "memory" else ("error", e.code, e.reason)
    except MemoryError:
        return ("memory",)
    except Exception as e:  # a parser bug on an odd file
        return ("exception", type(e).__name__, str(e)[:300], traceback.format_exc())


# -- the parent -----------------------------------------------------------------------------
def _await(proc, conn, limits: ParseLimits, label: str, on_ocr=None) -> tuple[ParsedDocument, dict]:
    """Wait for the child's answer within the time limit (extended for pages to OCR),
    sampling its peak memory."""
    deadline = time.monotonic() + limits.seconds
    allowed = limits.seconds
    ocr_pages = 0
    peak_kb = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            _kill(proc)
            what = f" ({ocr_pages} page(s) to OCR: TELAAH_OCR_PAGE_SECONDS each)" if ocr_pages else ""
            raise IngestError(
                f"{label} too complex to read safely: the parser took over {allowed:g} s "
                f"(limit TELAAH_PARSE_SECONDS{what})",
                code="too_complex",
            )
        ready = wait([conn, proc.sentinel], timeout=min(left, POLL_SECONDS))
        peak_kb = max(peak_kb, _vm_peak_kb(proc.pid))
        if conn in ready:
            try:
                msg = conn.recv()
            except EOFError:
                msg = None  # the child died before it answered
            if msg is not None and msg[0] == "ocr":
                if msg[1] == "start":
                    ocr_pages = msg[2]
                    extra = ocr_pages * config.ocr_page_seconds()
                    deadline += extra
                    allowed += extra
                elif msg[1] == "page" and on_ocr is not None:
                    on_ocr(msg[2], msg[3])
                continue
            if msg is not None:
                return _answer(msg, limits, label)
        if ready:
            proc.join(5)
            raise _death(proc.exitcode, peak_kb, limits, label)


def _answer(msg: tuple, limits: ParseLimits, label: str) -> tuple[ParsedDocument, dict]:
    if msg[0] == "ok":
        return msg[1], msg[2]
    if msg[0] == "error":
        raise IngestError(msg[2], code=msg[1])
    if msg[0] == "memory":
        raise _memory_error(limits, label)
    if config.debug():
        raise RuntimeError(f"in the parser process:\n{msg[3]}")
    raise IngestError(f"internal error while reading this file ({msg[1]}: {msg[2][:160]})", code="internal")


def _memory_error(limits: ParseLimits, label: str) -> IngestError:
    return IngestError(
        f"{label} too complex to read safely: the parser used over {limits.mem_mb} MB (limit TELAAH_PARSE_MEM_MB)",
        code="too_complex",
    )


def _death(exitcode: int | None, peak_kb: int, limits: ParseLimits, label: str) -> IngestError:
    """The one line for a child that ended without an answer."""
    if exitcode is not None and exitcode < 0:
        if peak_kb >= MEMORY_SHARE * (limits.mem_mb << 10):
            return _memory_error(limits, label)  # pdfium aborts when an allocation fails at the limit
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if -exitcode == signal.SIGXCPU:
            return IngestError(
                f"{label} too complex to read safely: the parser took over {limits.seconds:g} s "
                "(limit TELAAH_PARSE_SECONDS)",
                code="too_complex",
            )
        return IngestError(f"{label} too complex to read safely: the parser crashed ({name})", code="crashed")
    return IngestError(
        f"{label} too complex to read safely: the parser process ended without an answer (exit status {exitcode})",
        code="crashed",
    )


def _vm_peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmPeak:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _kill(proc) -> None:
    """SIGKILL the child's process group (the child and any page reader it forked)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.kill()
    except (ProcessLookupError, OSError, ValueError):
        pass


def _reap(proc, answered: bool) -> None:
    """Collect the child: it exits right after answering; one that has not answered (limit hit,
    error line, interrupt), has crashed, or lingers is killed with its process group (so an
    orphaned page reader of a crashed child goes too)."""
    if answered and proc.exitcode is None:
        proc.join(2)
    if proc.exitcode is None or proc.exitcode < 0:
        _kill(proc)
        proc.join(5)
    try:
        proc.close()
    except ValueError:
        pass
