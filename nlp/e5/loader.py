"""Load a built model directory with sentence-transformers, strictly offline and without the
harmless transformers notices about the absent pooler weights (unused: mean pooling)."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from core.config import DEFAULT_MODEL_DIR
from nlp.e5.source import E5BuildError

_NOISY_LOGGERS = ("transformers", "transformers.modeling_utils", "sentence_transformers")


class _DropPoolerNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        return not (
            "pooler" in msg or "incorrect regex pattern" in msg or "newly initialized" in msg or "MISSING" in msg
        )


def load_sentence_transformer(path: Path | str = DEFAULT_MODEL_DIR, device: str = "cpu", dtype: str | None = "float32"):
    """SentenceTransformer for a built directory, loaded strictly offline. The harmless
    transformers notices about the absent pooler weights (unused: mean pooling) are hidden.
    ``dtype`` is the compute dtype (default float32, also for a float16-stored build on CPU);
    None keeps the stored dtype."""
    path = Path(path)
    if not (path / "modules.json").is_file():
        raise E5BuildError(f"{path} is not a built model directory: run `telaah models build` first")
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    filt = _DropPoolerNoise()
    loggers = [logging.getLogger(n) for n in _NOISY_LOGGERS]
    for lg in loggers:
        lg.addFilter(filt)
    for h in logging.getLogger("transformers").handlers:
        h.addFilter(filt)
    old_verbosity = hf_logging.get_verbosity()
    bar_was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    model_kwargs = {"dtype": getattr(torch, dtype)} if dtype else {}
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*pooler.*")
            warnings.filterwarnings("ignore", message=".*incorrect regex pattern.*")
            model = SentenceTransformer(str(path), device=device, local_files_only=True, model_kwargs=model_kwargs)
    finally:
        hf_logging.set_verbosity(old_verbosity)
        if bar_was_on:
            hf_logging.enable_progress_bar()
        for lg in loggers:
            lg.removeFilter(filt)
    return model
