"""ONNX Runtime encoder for a sentence-transformers (BERT-family, mean pooling) model directory,
in fp32 and with dynamic int8 quantisation: the fast path for batch ingestion on a few CPU cores.

Files, written by :func:`build_onnx` (``telaah models build`` runs it after the model)::

    <model_dir>/onnx/model.onnx         fp32 graph of the transformer (inputs input_ids,
                                        attention_mask; output last_hidden_state)
    <model_dir>/onnx/model_int8.onnx    the same, int8 weights (onnxruntime quantize_dynamic)
    <model_dir>/onnx/onnx_build.json    stamp: model identity, versions, options, accuracy

Choices, each measured on 2 cores (see bench/embed.py and the notes in QUANT below):

* export: ``torch.onnx.export(dynamo=False)`` of the Hugging Face model with *eager* attention,
  opset 17 (the SDPA graph is ~15 % slower in ONNX Runtime); ONNX Runtime fuses LayerNorm,
  GELU, attention and the int8 MatMuls at load (graph optimisation level "all").
* int8: weights per output channel (per-tensor weights cost 1.3 points of cosine: 0.984 mean
  vs 0.997), no reduce_range (7-bit weights only help CPUs without VNNI, and cost accuracy),
  MatMul + Gather (the 250k x 384 word embedding becomes int8 too: the file drops from 407 to
  120 MB, RSS after load is ~480 MB against ~860 MB for fp32, of which ~285 MB is the
  tokenizer, with no measurable cost in accuracy or speed). Activations are
  quantised per tensor at run time, so a MatMul whose input has extreme outliers (e5-small:
  the FFN output projection of layer 4, max/rms ~300) loses most of the accuracy; the build
  ranks the MatMuls by that ratio on sample texts and keeps the worst in fp32, one by one,
  until the int8 vectors match fp32 (cosine mean >= 0.998 and min >= 0.995 on the sample
  texts). For e5-small one MatMul stays fp32: mean cosine 0.9966 -> 0.9983, min 0.991 ->
  0.997 on RPJMD passages, for ~3 % of the speed.
* batching: sort by token length, then batches of at most ``batch_size`` rows and
  ``max_tokens`` (2048) padded tokens. On 2 cores batches of 32 x ~160 tokens run 20-35 %
  slower than 4-16 rows (the activations leave the caches); the token budget keeps short
  texts batched wide and long ones narrow.
* threads: intra-op = the usable cores (2), inter-op 1, sequential; the pool's idle threads do
  not spin (10-40 % faster on 2 cores shared with other work, measured interleaved).
* int8 activation scales are per tensor, i.e. per batch: a passage's vector moves slightly
  (cosine ~0.999) with the texts batched beside it. Harmless for search, but MRR on ~80
  queries moves by up to +-0.015 with the batching alone (bench/embed.py).
* pooling (attention-masked mean) and L2 normalisation run in numpy after the session: 0.1 ms
  per 2048-token batch against ~0.5 s of inference, and the graph stays the plain transformer.

This module never imports torch on the encoding path (:class:`OnnxEncoder`): only
:func:`build_onnx` needs torch, to export the graph.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import warnings
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np

from core.errors import ModelError
from nlp.e5.samples import SAMPLE_TEXTS
from nlp.e5.writer import BUILD_INFO, replace_dir

ONNX_DIR = "onnx"
FP32_NAME = "model.onnx"
INT8_NAME = "model_int8.onnx"
STAMP_NAME = "onnx_build.json"
ONNX_BUILDER_VERSION = 1  # bump when the produced files change
OPSET = 17
DEFAULT_MAX_TOKENS = 2048
# Dynamic quantisation options (measured; see the module docstring)
QUANT = {"weight_type": "QInt8", "per_channel": True, "reduce_range": False, "op_types": ["MatMul", "Gather"]}
VERIFY_MIN_MEAN = 0.997  # int8 vs fp32 ONNX on the calibration texts (0.9979 seen on some CPUs)
VERIFY_MIN_ANY = 0.995
FP32_MIN_COSINE = 0.9999  # fp32 ONNX vs the torch model it was exported from
MAX_KEEP_FP32 = 8  # at most this many MatMuls are kept in fp32 by the accuracy search

log = logging.getLogger("telaah.onnx_embed")


class OnnxBuildError(ModelError):
    """The ONNX files could not be exported, quantised or verified."""


# --------------------------------------------------------------------------------------------
# paths, identity, stamp
# --------------------------------------------------------------------------------------------
def onnx_paths(model_dir: Path | str) -> tuple[Path, Path]:
    d = Path(model_dir) / ONNX_DIR
    return d / FP32_NAME, d / INT8_NAME


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except Exception:
        return None


def _versions() -> dict:
    return {k: _version(k) for k in ("onnx", "onnxruntime", "torch", "transformers")}


def _source_id(model_dir: Path) -> str:
    """Identity of the model the ONNX files are made from: the build record of a Telaah-built
    directory (cheap), else a hash of its weight files."""
    rec = model_dir / BUILD_INFO
    h = hashlib.sha256()
    if rec.is_file():
        h.update(rec.read_bytes())
        return "telaah_build:" + h.hexdigest()
    files = sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin"))
    files += [model_dir / "config.json", model_dir / "tokenizer.json"]
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            with open(f, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 22), b""):
                    h.update(chunk)
    return "weights:" + h.hexdigest()


def _want(model_dir: Path) -> dict:
    return {
        "builder_version": ONNX_BUILDER_VERSION,
        "source": _source_id(model_dir),
        "versions": _versions(),
        "opset": OPSET,
        "quantization": dict(QUANT),
    }


def read_stamp(model_dir: Path | str) -> dict | None:
    try:
        return json.loads((Path(model_dir) / ONNX_DIR / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_current(model_dir: Path | str) -> bool:
    """True when both ONNX files exist and were built from this model with these versions."""
    model_dir = Path(model_dir)
    info = read_stamp(model_dir)
    if not info:
        return False
    want = _want(model_dir)
    if any(info.get(k) != v for k, v in want.items()):
        return False
    sizes = info.get("files", {})
    for p in onnx_paths(model_dir):
        if not p.is_file() or sizes.get(p.name) != p.stat().st_size:
            return False
    return True


# --------------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------------
def _max_seq_length(model_dir: Path) -> int:
    for name in ("sentence_bert_config.json", "tokenizer_config.json"):
        try:
            info = json.loads((model_dir / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        n = info.get("max_seq_length") or info.get("model_max_length")
        if isinstance(n, int) and 0 < n <= 100_000:
            return n
    return 512


def _calibration_texts() -> list[str]:
    """Short and passage-length Indonesian/English texts, both prompts (no data files)."""
    singles = list(SAMPLE_TEXTS)
    longs = [" ".join(singles[i : i + 6]) for i in range(0, len(singles), 3)]
    return [f"passage: {t}" for t in singles + longs] + [f"query: {t}" for t in singles[:12]]


def _load_hf_model(model_dir: Path):
    """The transformer of ``model_dir`` in fp32 with eager attention, in eval mode."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import torch
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging
    except ImportError as e:
        raise OnnxBuildError(f"exporting the ONNX model needs torch and transformers ({e})") from None
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                model = AutoModel.from_pretrained(
                    str(model_dir), attn_implementation="eager", add_pooling_layer=False, dtype=torch.float32
                )
            except TypeError:  # a model class without a pooler argument
                model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager", dtype=torch.float32)
    except Exception as e:
        raise OnnxBuildError(f"cannot load {model_dir} with transformers: {str(e).splitlines()[0][:300]}") from None
    return model.eval()


def _encoder_module(model):
    """A torch module (input_ids, attention_mask) -> last_hidden_state around ``model``."""
    import torch

    class _Encoder(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    return _Encoder(model).eval()


def _export_graph(wrapper, out: Path) -> str:
    """torch.onnx.export of ``wrapper`` to ``out``; returns the exporter used."""
    import torch

    # a padded dummy batch, so that no mask shortcut ("all ones -> no mask") is traced in
    ids = torch.full((2, 16), 5, dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    mask[1, 10:] = 0
    axes = {
        "input_ids": {0: "batch", 1: "sequence"},
        "attention_mask": {0: "batch", 1: "sequence"},
        "last_hidden_state": {0: "batch", 1: "sequence"},
    }
    names = dict(input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"])
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            torch.onnx.export(
                wrapper,
                (ids, mask),
                str(out),
                dynamo=False,
                opset_version=OPSET,
                dynamic_axes=axes,
                do_constant_folding=True,
                **names,
            )
        except TypeError:  # a torch without the TorchScript exporter: the dynamo one
            try:
                b, s = torch.export.Dim("batch"), torch.export.Dim("sequence", max=100_000)
                prog = torch.onnx.export(
                    wrapper,
                    (ids, mask),
                    dynamo=True,
                    opset_version=OPSET,
                    dynamic_shapes={"input_ids": {0: b, 1: s}, "attention_mask": {0: b, 1: s}},
                    external_data=False,
                    **names,
                )
                prog.save(str(out))
            except Exception as e:
                raise OnnxBuildError(
                    f"ONNX export failed (dynamo exporter; it needs onnxscript): {str(e).splitlines()[0][:300]}"
                ) from None
            return "dynamo"
        except Exception as e:
            raise OnnxBuildError(f"ONNX export failed: {str(e).splitlines()[0][:300]}") from None
    return "torchscript"


def _check_export(model_dir: Path, wrapper, out: Path) -> float:
    """Cosine min of the pooled vectors, torch vs ONNX Runtime, on a padded batch of other
    lengths than the export's; raises OnnxBuildError below FP32_MIN_COSINE."""
    import torch
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(_max_seq_length(model_dir))
    texts = _calibration_texts()[::5]
    feeds = _pad([e.ids for e in tok.encode_batch(texts)])
    with torch.no_grad():
        ref = wrapper(torch.from_numpy(feeds["input_ids"]), torch.from_numpy(feeds["attention_mask"])).numpy()
    got = _session(out, threads=None).run(None, feeds)[0]
    cos = _rowcos(_pool(ref, feeds["attention_mask"]), _pool(got, feeds["attention_mask"]))
    if cos.min() < FP32_MIN_COSINE:
        raise OnnxBuildError(
            f"the exported ONNX graph does not reproduce the model (cosine min {cos.min():.6f} < {FP32_MIN_COSINE})"
        )
    return float(cos.min())


def _export_fp32(model_dir: Path, out: Path) -> dict:
    """torch.onnx.export of the transformer; returns export details. Verifies the graph
    against the torch model on a padded batch of unseen lengths."""
    wrapper = _encoder_module(_load_hf_model(model_dir))
    exporter = _export_graph(wrapper, out)
    cos_min = _check_export(model_dir, wrapper, out)
    return {"exporter": exporter, "attention": "eager", "fp32_vs_torch_cos_min": cos_min}


def _weight_matmuls_by_outliers(fp32: Path, texts: list[str], tok) -> list[tuple[str, float]]:
    """MatMuls with a constant weight, ranked by the worst max|x| / rms(x) of their input
    activation on ``texts`` (dynamic quantisation uses one scale per tensor, so outliers
    crush the resolution of every other value)."""
    import onnx
    import onnxruntime as ort

    m = onnx.load(str(fp32))
    inits = {i.name for i in m.graph.initializer}
    nodes = [n for n in m.graph.node if n.op_type == "MatMul" and n.input[1] in inits]
    have = {o.name for o in m.graph.output}
    for n in nodes:
        if n.input[0] not in have:
            m.graph.output.append(onnx.helper.make_tensor_value_info(n.input[0], onnx.TensorProto.FLOAT, None))
            have.add(n.input[0])
    blob = m.SerializeToString()
    del m
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    sess = ort.InferenceSession(blob, so, providers=["CPUExecutionProvider"])
    del blob
    outs = [o.name for o in sess.get_outputs()]
    worst: dict[str, float] = {}
    for t in texts:
        feeds = _pad([tok.encode(t).ids])
        vals = dict(zip(outs, sess.run(outs, feeds)))
        for n in nodes:
            x = vals[n.input[0]].astype(np.float64).reshape(-1)
            r = float(np.abs(x).max() / max(np.sqrt(np.mean(x * x)), 1e-12))
            worst[n.name] = max(worst.get(n.name, 0.0), r)
    return sorted(worst.items(), key=lambda kv: -kv[1])


def _quantize(fp32: Path, out: Path, keep_fp32: list[str]) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(max(level, logging.ERROR))  # the quantiser logs its advice at INFO/WARNING
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantize_dynamic(
                str(fp32),
                str(out),
                weight_type=getattr(QuantType, QUANT["weight_type"]),
                per_channel=QUANT["per_channel"],
                reduce_range=QUANT["reduce_range"],
                op_types_to_quantize=list(QUANT["op_types"]),
                nodes_to_exclude=list(keep_fp32),
                extra_options={"DefaultTensorType": 1},
            )  # FLOAT, for custom ops
    finally:
        root.setLevel(level)


def _quantize_until_close(
    model_dir: Path, fp32: Path, int8: Path, texts: list[str], ranked: list[tuple[str, float]]
) -> tuple[list[str], list[dict]]:
    """Quantise ``fp32`` to ``int8``, keeping the worst-ranked MatMuls in fp32 one by one until
    the int8 vectors match fp32 on ``texts``; returns (MatMuls kept in fp32, the tries)."""
    ref = OnnxEncoder(model_dir, quantized=False, onnx_path=fp32).encode(texts)
    keep: list[str] = []
    tries = []
    while True:
        _quantize(fp32, int8, keep)
        got = OnnxEncoder(model_dir, onnx_path=int8).encode(texts)
        cos = _rowcos(ref, got)
        tries.append(
            {"kept_fp32": len(keep), "cos_mean": round(float(cos.mean()), 6), "cos_min": round(float(cos.min()), 6)}
        )
        log.info("int8 with %d MatMul(s) in fp32: cosine mean %.5f min %.5f", len(keep), cos.mean(), cos.min())
        if cos.mean() >= VERIFY_MIN_MEAN and cos.min() >= VERIFY_MIN_ANY:
            return keep, tries
        if len(keep) >= min(MAX_KEEP_FP32, len(ranked)):
            raise OnnxBuildError(
                f"int8 model does not match fp32 (cosine mean {cos.mean():.5f}, min "
                f"{cos.min():.5f}) even with {len(keep)} MatMuls kept in fp32"
            )
        keep.append(ranked[len(keep)][0])


def _write_onnx_files(model_dir: Path, tmp: Path) -> dict:
    """Export, quantise and verify into the folder ``tmp``, stamp included; returns the stamp."""
    from tokenizers import Tokenizer

    fp32, int8 = tmp / FP32_NAME, tmp / INT8_NAME
    t = time.perf_counter()
    info = _want(model_dir)
    info["export"] = _export_fp32(model_dir, fp32)
    info["export"]["seconds"] = round(time.perf_counter() - t, 1)
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(_max_seq_length(model_dir))
    texts = _calibration_texts()
    t = time.perf_counter()
    ranked = _weight_matmuls_by_outliers(fp32, texts, tok)
    keep, tries = _quantize_until_close(model_dir, fp32, int8, texts, ranked)
    info["quantization"] = dict(QUANT)
    info["int8"] = {
        "kept_fp32": [{"node": k, "max_over_rms": round(dict(ranked)[k], 1)} for k in keep],
        "tries": tries,
        "n_texts": len(texts),
        "seconds": round(time.perf_counter() - t, 1),
    }
    info["files"] = {p.name: p.stat().st_size for p in (fp32, int8)}
    info["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    (tmp / STAMP_NAME).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    for f in tmp.iterdir():
        f.chmod(0o644)
    tmp.chmod(0o755)
    return info


def build_onnx(model_dir: Path | str, force: bool = False) -> dict:
    """Write ``<model_dir>/onnx/model.onnx`` (fp32) and ``model_int8.onnx`` (dynamic int8),
    verified, with a stamp; a no-op when the stamp matches the model and the versions.
    Returns the stamp plus ``built`` (False for a no-op), ``dir`` and ``seconds``.
    The onnx folder is replaced atomically (built in a temporary folder, then renamed)."""
    t0 = time.perf_counter()
    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file() or not (model_dir / "tokenizer.json").is_file():
        raise OnnxBuildError(
            f"{model_dir}: not a built model directory (config.json/tokenizer.json missing); run 'telaah models build'"
        )
    final = model_dir / ONNX_DIR
    if not force and is_current(model_dir):
        info = read_stamp(model_dir) or {}
        return {**info, "built": False, "dir": str(final), "seconds": time.perf_counter() - t0}
    try:
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError as e:
        raise OnnxBuildError(f"building the ONNX model needs onnx and onnxruntime ({e})") from None
    tmp = model_dir / f".{ONNX_DIR}.tmp-{os.getpid()}-{time.time_ns()}"
    tmp.mkdir()
    try:
        info = _write_onnx_files(model_dir, tmp)
        replace_dir(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # the stamp's "quantization" must stay equal to QUANT for is_current (it is)
    return {**info, "built": True, "dir": str(final), "seconds": time.perf_counter() - t0}


# --------------------------------------------------------------------------------------------
# encoding
# --------------------------------------------------------------------------------------------
def _pad(seqs: Sequence[Sequence[int]], pad_id: int = 0) -> dict[str, np.ndarray]:
    n = len(seqs)
    width = max(len(s) for s in seqs)
    ids = np.full((n, width), pad_id, dtype=np.int64)
    mask = np.zeros((n, width), dtype=np.int64)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = s
        mask[i, : len(s)] = 1
    return {"input_ids": ids, "attention_mask": mask}


def _pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Attention-masked mean over tokens, L2-normalised (float32)."""
    m = mask.astype(np.float32)[:, :, None]
    s = np.einsum("bld,bl->bd", hidden.astype(np.float32, copy=False), m[:, :, 0])
    v = s / np.maximum(m.sum(axis=1), 1.0)
    return (v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def _rowcos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return np.sum(a.astype(np.float64) * b, axis=1)


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _session(path: Path, threads: int | None, spinning: bool = False):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads or default_threads()
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # idle pool threads sleep instead of spinning: on 2 shared cores spinning measured 10-30 %
    # slower (the spinning worker takes the core the caller thread or another program needs)
    so.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
    so.log_severity_level = 3
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


class OnnxEncoder:
    """Sentence embeddings from ``<model_dir>/onnx/model_int8.onnx`` (or ``model.onnx`` with
    ``quantized=False``): tokenizers + ONNX Runtime + numpy mean pooling, no torch.

    ``encode`` takes texts that already carry their prompt ("passage: ...", "query: ...")."""

    def __init__(
        self,
        path: Path | str,
        quantized: bool = True,
        threads: int | None = None,
        *,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        onnx_path: Path | str | None = None,
        spinning: bool = False,
    ):
        from tokenizers import Tokenizer

        self.model_dir = Path(path)
        onnx_file = Path(onnx_path) if onnx_path else onnx_paths(self.model_dir)[1 if quantized else 0]
        if not onnx_file.is_file():
            raise FileNotFoundError(f"{onnx_file} not found: run 'telaah models build'")
        tok_file = self.model_dir / "tokenizer.json"
        if not tok_file.is_file():
            raise FileNotFoundError(f"{tok_file} not found")
        self.onnx_path = onnx_file
        self.quantized = quantized
        self.threads = threads or default_threads()
        self.max_seq_length = _max_seq_length(self.model_dir)
        self.max_tokens = max(int(max_tokens), self.max_seq_length)
        self.tokenizer = Tokenizer.from_file(str(tok_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_seq_length)
        self.pad_id = 0
        try:
            cfg = json.loads((self.model_dir / "config.json").read_text(encoding="utf-8"))
            self.pad_id = int(cfg.get("pad_token_id") or 0)
            self.dim = int(cfg["hidden_size"])
        except (OSError, ValueError, KeyError, TypeError):
            self.dim = 0
        self.session = _session(onnx_file, self.threads, spinning)
        self._inputs = {i.name for i in self.session.get_inputs()}
        self._output = self.session.get_outputs()[0].name
        if not self.dim:
            shape = self.session.get_outputs()[0].shape
            self.dim = int(shape[-1]) if isinstance(shape[-1], int) else 0

    def token_lengths(self, texts: Sequence[str]) -> list[int]:
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts))]

    def _run(self, seqs: list[list[int]]) -> np.ndarray:
        feeds = _pad(seqs, self.pad_id)
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        feeds = {k: v for k, v in feeds.items() if k in self._inputs}
        hidden = self.session.run([self._output], feeds)[0]
        return _pool(
            hidden,
            feeds["attention_mask"] if "attention_mask" in feeds else np.ones(feeds["input_ids"].shape, np.int64),
        )

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(n, dim) float32, L2-normalised, in the order of ``texts``. Texts are sorted by
        token length and batched by at most ``batch_size`` rows and ``max_tokens`` padded
        tokens, then put back in order."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        seqs = [e.ids for e in self.tokenizer.encode_batch(texts)]
        lens = np.fromiter((len(s) for s in seqs), dtype=np.int64, count=len(seqs))
        order = np.argsort(-lens, kind="stable")  # longest first: the biggest batch fails first
        rows = max(1, int(batch_size))
        i = 0
        while i < len(order):
            width = int(lens[order[i]])  # the longest of this batch
            n = max(1, min(rows, self.max_tokens // max(width, 1)))
            idx = order[i : i + n]
            out[idx] = self._run([seqs[j] for j in idx])
            i += n
        return out

    def __repr__(self) -> str:
        return (
            f"OnnxEncoder({self.onnx_path}, quantized={self.quantized}, "
            f"threads={self.threads}, max_tokens={self.max_tokens})"
        )
