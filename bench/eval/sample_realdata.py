"""Seeded, stratified sample of real planning-text passages for hand labelling (evaluation only).

The passages come from a store into which the real documents were ingested:

    .venv/bin/python cli.py ingest /work/shared/realdata/dki_jakarta \
        /work/shared/realdata/rpjmn_2025_2029 --store bench/out/label-store

Usage (from the repository root):

    .venv/bin/python bench/eval/sample_realdata.py                 # print the sample, numbered
    .venv/bin/python bench/eval/sample_realdata.py --from 80 --to 160
    .venv/bin/python bench/eval/sample_realdata.py --meta          # JSON lines: index, doc, sha1, chars, section
    .venv/bin/python bench/eval/sample_realdata.py --check         # validate bench/eval/realdata_labels.jsonl
    .venv/bin/python bench/eval/sample_realdata.py --counts        # label counts (for LABELLING.md)
    .venv/bin/python bench/eval/sample_realdata.py --emit FILE     # labels.jsonl from `index | elements | issues | note` lines

The sample text is printed to stdout only; nothing of it is written into the repository. The labels
file (realdata_labels.jsonl) refers to each passage by document, a short locator phrase and the
sha1 of the passage text as stored.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import nlp.taxonomy as _tax  # noqa: E402

sys.path.insert(0, str(ROOT))

SEED = 2026
MIN_CHARS = 80
LABELS = ROOT / "bench" / "eval" / "realdata_labels.jsonl"
# --set fresh: a second, later sample (other seed, smaller strata, no passage of the first set),
# labelled blind before the extractor changes it is used to judge were evaluated on it
SETS = {
    "first": (2026, ROOT / "bench" / "eval" / "realdata_labels.jsonl", 1.0, None),
    "fresh": (
        4711,
        ROOT / "bench" / "eval" / "realdata_labels_fresh.jsonl",
        0.6,
        ROOT / "bench" / "eval" / "realdata_labels.jsonl",
    ),
}
EXCLUDE: set[str] = set()
SCALE = 1.0

# stratum name -> (predicate on the document key "realdata/<dir>/<file>", sample size)
STRATA: list[tuple[str, str, int]] = [
    ("dki_rpjmd", "realdata/dki_jakarta/RPJMD_DKI_Jakarta_2025-2029.txt", 90),
    ("dki_rpjpd", "realdata/dki_jakarta/RPJPD_DKI_Jakarta_2025-2045.txt", 50),
    ("dki_rkpd", "realdata/dki_jakarta/RKPD_DKI_Jakarta_2025.txt", 60),
    ("dki_perda", "realdata/dki_jakarta/Perda_DKI_No2_2025_RPJMD_batang_tubuh.txt", 20),
    ("rpjmn", "realdata/rpjmn_2025_2029/", 100),  # prefix: all RPJMN chapter files pooled
]

# the taxonomy's ids, from their one home (nlp/taxonomy.py)
DIMENSIONS = list(_tax.DIMENSIONS)
ELEMENTS = list(_tax.ALL_ELEMENTS)
ISSUES = list(_tax.ISSUES)


def doc_key(source_path: str) -> str:
    p = Path(source_path)
    parts = p.parts
    if "realdata" in parts:
        return "/".join(parts[parts.index("realdata") :])
    return p.name


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load(store_dir: str) -> dict[str, list[dict]]:
    from index.store import Store

    store = Store(store_dir, create=False, readonly=True)
    by_doc: dict[str, list[dict]] = {}
    for d in store.documents():
        key = doc_key(d["source_path"] or d["source_name"])
        by_doc[key] = store.passages(d["id"])
    return by_doc


def draw(by_doc: dict[str, list[dict]]) -> list[tuple[str, str, dict]]:
    """(stratum, doc key, passage) in document/reading order, deterministic for SEED."""
    rng = random.Random(SEED)
    out = []
    for name, key, n in STRATA:
        pool = [
            (k, p)
            for k in sorted(by_doc)
            if (k == key or (key.endswith("/") and k.startswith(key)))
            for p in by_doc[k]
            if len(p["text"].strip()) >= MIN_CHARS
        ]
        pool = [(k, p) for k, p in pool if sha1(p["text"]) not in EXCLUDE]
        n = round(n * SCALE)
        pick = rng.sample(pool, min(n, len(pool)))
        pick.sort(key=lambda kp: (kp[0], kp[1]["ordinal"]))
        out += [(name, k, p) for k, p in pick]
    return out


def locator(text: str, doc_passages: list[dict], n_words: int = 7) -> str:
    """A phrase of n_words consecutive words of `text`, preferring one unique within the document
    and made of ordinary words (no table pipes, no OCR debris)."""
    words = text.split()
    good = re.compile(r"^[\w(),.:;/%'\"-]+$")
    best = None
    for n in (n_words, n_words + 2, 10, 5):
        for i in range(0, max(1, len(words) - n + 1)):
            win = words[i : i + n]
            if len(win) < min(n, 5) or not all(good.match(w) for w in win):
                continue
            if sum(ch.isascii() for w in win for ch in w) < sum(len(w) for w in win):
                continue
            phrase = " ".join(win)
            if phrase not in text:
                continue
            hits = sum(phrase in q["text"] for q in doc_passages)
            if hits == 1:
                return phrase
            best = best or phrase
    if best:
        return best
    # Fallback for text whose words are separated by newlines (column fragments): a phrase taken
    # from a single line is a true substring of the text; prefer one unique within the document.
    lines = []
    for ln in (x.strip() for x in text.splitlines()):
        if len(ln) > 60:
            ln = ln[:60].rsplit(" ", 1)[0] or ln[:60]
        if ln:
            lines.append(ln)
    lines.sort(key=len, reverse=True)
    for ln in lines:
        if sum(ln in q["text"] for q in doc_passages) == 1:
            return ln
    return lines[0] if lines else text.strip()[:60]


def emit(by_doc: dict[str, list[dict]], sample: list[tuple[str, str, dict]], compact: Path) -> int:
    """Write realdata_labels.jsonl from a compact label file: one line per sampled passage,
    `index | element,element | issue,issue | note`, dimensions derived from the elements."""
    rows = []
    for line in compact.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [x.strip() for x in line.split("|")]
        parts += [""] * (4 - len(parts))
        idx, els, iss, note = int(parts[0]), parts[1], parts[2], "|".join(parts[3:]).strip(" |")
        _, key, p = sample[idx]
        elements = [e for e in els.replace(" ", "").split(",") if e]
        issues = [x for x in iss.replace(" ", "").split(",") if x]
        bad = (set(elements) - set(ELEMENTS)) | (set(issues) - set(ISSUES))
        if bad:
            raise SystemExit(f"index {idx}: unknown ids {sorted(bad)}")
        dims = [d for d in DIMENSIONS if any(e.split(".")[0] == d for e in elements)]
        rows.append(
            {
                "doc": key,
                "contains": locator(p["text"], by_doc[key]),
                "text_sha1": sha1(p["text"]),
                "chars": len(p["text"]),
                "section": p["section_path"] or "",
                "elements": elements,
                "dimensions": dims,
                "issues": issues,
                "note": note,
                "_i": idx,
            }
        )
    rows.sort(key=lambda r: r.pop("_i"))
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {LABELS}")
    return 0


def check(by_doc: dict[str, list[dict]], sample: list[tuple[str, str, dict]]) -> int:
    index: dict[tuple[str, str], list[dict]] = {}
    for k, ps in by_doc.items():
        for p in ps:
            index.setdefault((k, sha1(p["text"])), []).append(p)
    wanted = {(k, sha1(p["text"])) for _, k, p in sample}
    errors, seen = [], set()
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows, 1):
        key = (r["doc"], r["text_sha1"])
        same = index.get(key)
        if not same:
            errors.append(f"line {i}: no passage with this sha1 in {r['doc']}")
            continue
        # identical text can occur in several sections: compare with the copy whose section matches
        p = next((q for q in same if (q["section_path"] or "") == (r.get("section") or "")), same[0])
        if key in seen:
            errors.append(f"line {i}: duplicate passage")
        seen.add(key)
        if key not in wanted:
            errors.append(f"line {i}: passage is not in the seeded sample")
        if r["contains"] not in p["text"]:
            errors.append(f"line {i}: 'contains' phrase not in the passage")
        n_hits = sum(r["contains"] in q["text"] for q in by_doc[r["doc"]])
        if n_hits > 1:
            errors.append(f"line {i}: note: 'contains' phrase occurs in {n_hits} passages of the document")
        if r["chars"] != len(p["text"]):
            errors.append(f"line {i}: chars {r['chars']} != {len(p['text'])}")
        if (r.get("section") or "") != (p["section_path"] or ""):
            errors.append(f"line {i}: section differs from the stored one")
        if not set(r["elements"]) <= set(ELEMENTS):
            errors.append(f"line {i}: unknown element {set(r['elements']) - set(ELEMENTS)}")
        if not set(r["issues"]) <= set(ISSUES):
            errors.append(f"line {i}: unknown issue {set(r['issues']) - set(ISSUES)}")
        prefixes = sorted({e.split(".")[0] for e in r["elements"]})
        if sorted(r["dimensions"]) != prefixes:
            errors.append(f"line {i}: dimensions {r['dimensions']} != prefixes of elements {prefixes}")
    hard = [e for e in errors if ": note:" not in e]
    for e in errors:
        print(e)
    print(
        f"{len(rows)} labelled rows, {len(wanted - seen)} sampled passages still unlabelled, "
        f"{len(hard)} errors, {len(errors) - len(hard)} notes"
    )
    return 1 if hard else 0


def counts() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_stratum = collections.Counter(
        r["doc"].split("/")[1] if "rpjmn" in r["doc"] else r["doc"].split("/")[-1] for r in rows
    )
    print(
        f"passages: {len(rows)}; with no label at all: "
        f"{sum(not (r['elements'] or r['issues']) for r in rows)}; "
        f"with no element: {sum(not r['elements'] for r in rows)}; with no issue: {sum(not r['issues'] for r in rows)}"
    )
    print("by document: " + ", ".join(f"{k} {v}" for k, v in sorted(by_stratum.items())))
    for field, names in (("dimensions", DIMENSIONS), ("elements", ELEMENTS), ("issues", ISSUES)):
        c = collections.Counter(x for r in rows for x in r[field])
        print(f"\n{field}:")
        for n in names:
            print(f"  {n:26s} {c[n]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", default=str(ROOT / "bench" / "out" / "label-store"))
    ap.add_argument("--from", dest="start", type=int, default=0)
    ap.add_argument("--to", dest="end", type=int, default=None)
    ap.add_argument("--meta", action="store_true", help="JSON lines of sample metadata (no text)")
    ap.add_argument("--check", action="store_true", help="validate realdata_labels.jsonl against the store")
    ap.add_argument("--counts", action="store_true", help="label counts of realdata_labels.jsonl")
    ap.add_argument("--emit", type=Path, help="write realdata_labels.jsonl from a compact label file")
    ap.add_argument(
        "--set",
        choices=sorted(SETS),
        default="first",
        help="which sample: the first one (seed 2026) or the fresh one (other seed, disjoint)",
    )
    a = ap.parse_args()
    global SEED, LABELS, SCALE
    SEED, LABELS, SCALE, excl = SETS[a.set]
    if excl is not None and excl.exists():
        EXCLUDE.update(json.loads(x)["text_sha1"] for x in excl.read_text(encoding="utf-8").splitlines() if x.strip())
    if a.counts:
        counts()
        return 0
    by_doc = load(a.store)
    sample = draw(by_doc)
    if a.check:
        return check(by_doc, sample)
    if a.emit:
        return emit(by_doc, sample, a.emit)
    for i, (name, key, p) in enumerate(sample):
        if i < a.start or (a.end is not None and i >= a.end):
            continue
        if a.meta:
            print(
                json.dumps(
                    {
                        "index": i,
                        "stratum": name,
                        "doc": key,
                        "ordinal": p["ordinal"],
                        "text_sha1": sha1(p["text"]),
                        "chars": len(p["text"]),
                        "section": p["section_path"] or "",
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(
                f"=== [{i}] {name} {key} #{p['ordinal']} ({p['kind']}, {len(p['text'])} ch)\n"
                f"    section: {p['section_path'] or ''}\n{p['text']}\n"
            )
    if not a.meta:
        print(
            f"# {len(sample)} passages (seed {SEED}): "
            + ", ".join(f"{n} {sum(s == n for s, _, _ in sample)}" for n, _, _ in STRATA),
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
