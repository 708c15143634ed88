"""Configuration in one place: where the data lives, and the environment variables, each parsed
once and tolerantly (a bad value falls back to the default instead of crashing a front end).

Paths: `models/` (taxonomy, lexicons, gazetteer, labelled data, heads: versioned data that ships
with the package) is found through `importlib.resources`, so a non-editable install works; the
built embedding model goes to `models/built/` unless `TELAAH_BUILT_DIR` says otherwise.

Precedence for the embedding model, everywhere: an explicit argument (`--model`), then the
model the store was embedded with, then `$TELAAH_MODEL`, then the built e5 (`DEFAULT_MODEL_DIR`).

Environment variables (all optional):

| variable | meaning | default |
|---|---|---|
| TELAAH_STORE | store directory | ./telaah-data |
| TELAAH_MODEL | embedding model for a new store | the built multilingual-e5-small |
| TELAAH_BUILT_DIR | where `telaah models build` writes | models/built |
| TELAAH_MAX_FILE_MB | largest file accepted (MB, decimals allowed) | 200 |
| TELAAH_MAX_PAGES | most pages parsed per document (checked before any page is read) | 3000 |
| TELAAH_PARSE_MEM_MB | memory limit of the parser process (MB, RLIMIT_AS of the child) | 3072 |
| TELAAH_PARSE_SECONDS | time limit of the parser process (s, wall clock; decimals allowed) | 300 |
| TELAAH_OCR | OCR of pages without a usable text layer: auto, force (every page), off | auto |
| TELAAH_OCR_DPI | resolution pages are rendered at for OCR (dpi) | 300 |
| TELAAH_OCR_JOBS | Tesseract processes run at once | the number of cores |
| TELAAH_OCR_MAX_PAGES | most pages OCR'd per document (more: the document stays `needs_ocr`) | 500 |
| TELAAH_OCR_PAGE_SECONDS | parse time added per page to OCR (the parser's limit grows by it); one page may take twice this (at least 20 s) | 30 |
| TELAAH_TESSERACT | the Tesseract program | tesseract |
| TELAAH_DEBUG | show tracebacks | off |
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

KINDS = ("masterplan", "rpjmd", "news", "other")
LANGS = ("id", "en")


def _models_dir() -> Path:
    try:
        return Path(str(resources.files("models")))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - a source checkout without models/__init__
        return Path(__file__).resolve().parent.parent / "models"


MODELS_DIR = _models_dir()
ROOT = MODELS_DIR.parent  # the source checkout (corpus/, bench/) in an editable install


def env_str(name: str, default: str | None = None) -> str | None:
    v = os.environ.get(name)
    return v if v not in (None, "") else default


def env_float(name: str, default: float, *, minimum: float | None = 0.0) -> float:
    """A number from the environment; an unparsable or out-of-range value gives the default."""
    v = os.environ.get(name, "").strip()
    if not v:
        return default
    try:
        x = float(v.replace(",", "."))
    except ValueError:
        return default
    if x != x or (minimum is not None and x <= minimum):  # NaN, zero, negative
        return default
    return x


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    x = env_float(name, float(default), minimum=None)
    return int(x) if x >= minimum and x < 2**62 else default


def env_flag(name: str, default: bool = False) -> bool:
    v = os.environ.get(name, "").strip().lower()
    if not v:
        return default
    return v not in ("0", "false", "no", "off")


BUILT_DIR = Path(env_str("TELAAH_BUILT_DIR") or MODELS_DIR / "built")
DEFAULT_MODEL_DIR = BUILT_DIR / "multilingual-e5-small"
DEFAULT_MAX_MB = 200.0
DEFAULT_MAX_PAGES = 3000
DEFAULT_PARSE_MEM_MB = 3072
DEFAULT_PARSE_SECONDS = 300.0
OCR_MODES = ("auto", "force", "off")
DEFAULT_OCR_DPI = 300
DEFAULT_OCR_MAX_PAGES = 500
DEFAULT_OCR_PAGE_SECONDS = 30.0


def max_file_mb() -> float:
    return env_float("TELAAH_MAX_FILE_MB", DEFAULT_MAX_MB)


def max_pages() -> int:
    return env_int("TELAAH_MAX_PAGES", DEFAULT_MAX_PAGES, minimum=1)


def parse_mem_mb() -> int:
    return env_int("TELAAH_PARSE_MEM_MB", DEFAULT_PARSE_MEM_MB, minimum=64)


def parse_seconds() -> float:
    return env_float("TELAAH_PARSE_SECONDS", DEFAULT_PARSE_SECONDS)


def ocr_mode() -> str:
    v = (env_str("TELAAH_OCR") or "auto").strip().lower()
    v = {"1": "auto", "on": "auto", "yes": "auto", "true": "auto", "0": "off", "no": "off", "false": "off"}.get(v, v)
    return v if v in OCR_MODES else "auto"


def ocr_dpi() -> int:
    return min(600, env_int("TELAAH_OCR_DPI", DEFAULT_OCR_DPI, minimum=72))


def ocr_jobs() -> int:
    return env_int("TELAAH_OCR_JOBS", os.cpu_count() or 1, minimum=1)


def ocr_max_pages() -> int:
    return env_int("TELAAH_OCR_MAX_PAGES", DEFAULT_OCR_MAX_PAGES, minimum=0)


def ocr_page_seconds() -> float:
    return env_float("TELAAH_OCR_PAGE_SECONDS", DEFAULT_OCR_PAGE_SECONDS)


def store_dir(store: str | os.PathLike | None = None) -> Path:
    return Path(store or env_str("TELAAH_STORE") or "telaah-data").expanduser()


def debug() -> bool:
    return env_flag("TELAAH_DEBUG")
