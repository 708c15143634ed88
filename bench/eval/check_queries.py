"""Validate the retrieval evaluation set (bench/eval/search_queries.yaml) against a Telaah store.

    .venv/bin/python bench/eval/check_queries.py [--store DIR] [--queries FILE] [--verbose]

* Builds the store when DIR does not exist yet (default bench/out/eval-store, git-ignored):
  `telaah ingest corpus/docs <realdata files> --store DIR`. An existing store is reused; realdata
  files it lacks are ingested (ingest skips unchanged files).
* Checks every query: id unique (q001...), lang id|en, style paraphrase|keyword|question|cross_lingual
  (cross_lingual exactly for the English queries), the relevant document exists (its stored
  source path ends with `doc`), every anchor is 3-10 words and matches between 1 and 8 passages
  of that document (case-insensitive, whitespace-normalised substring), optional DOMAIN ids valid.
* Prints a summary (counts by lang / style / document kind, coverage of dimensions and issue
  categories, table passages, anchors that also occur in documents not listed) and a naive
  baseline: rank every passage by the number of distinct lowercase words it shares with the
  query; "naive recall@10" is the share of queries with a relevant passage in that top 10.
  A high value (> ~0.8) would mean the queries copy the passages' wording.
Exit status: 0 when valid, 1 on validation errors, 2 when the store cannot be built/opened.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from index.store import Store  # noqa: E402
from ingest.errors import StoreError  # noqa: E402
from nlp.taxonomy import ALL_ELEMENTS, ELEMENTS  # noqa: E402
from nlp.taxonomy import DIMENSIONS as TAX_DIMENSIONS  # noqa: E402
from nlp.taxonomy import ISSUES as TAX_ISSUES  # noqa: E402

DEFAULT_STORE = ROOT / "bench" / "out" / "eval-store"
DEFAULT_QUERIES = Path(__file__).resolve().parent / "search_queries.yaml"
CORPUS = ROOT / "corpus" / "docs"

# The real documents the set refers to (paths below the realdata root).
REALDATA_FILES = [
    "dki_jakarta/Perda_DKI_No2_2025_RPJMD_batang_tubuh.txt",
    "dki_jakarta/RKPD_DKI_Jakarta_2025.txt",
    "dki_jakarta/RPJMD_DKI_Jakarta_2025-2029.txt",
    "dki_jakarta/RPJPD_DKI_Jakarta_2025-2045.txt",
    "rpjmn_2025_2029/I_Evaluasi_dan_Tantangan_Pembangunan.txt",
    "rpjmn_2025_2029/III_Prioritas_2_Memantapkan_Sistem_Pertahanan_Keamanan.txt",
    "rpjmn_2025_2029/III_Prioritas_4_Memperkuat_Pembangunan_Sumber_Daya_Manusia.txt",
    "rpjmn_2025_2029/III_Prioritas_6_Membangun_dari_Desa_dan_dari_Bawah_untuk.txt",
    "rpjmn_2025_2029/VI_Pengendalian_Evaluasi_dan_Tata_Kelola_Data_Pembangunan.txt",
]

LANGS = {"id", "en"}
STYLES = {"paraphrase", "keyword", "question", "cross_lingual"}
# Taxonomy ids from /work/shared/DOMAIN.md (a contract).
# the taxonomy's ids, from their one home (nlp/taxonomy.py)
DIMENSIONS = {d: [e.split(".", 1)[1] for e in ELEMENTS[d]] for d in TAX_DIMENSIONS}
DIMENSION_IDS = set(DIMENSIONS) | set(ALL_ELEMENTS)
ISSUES = set(TAX_ISSUES)
ALLOWED_KEYS = {"id", "lang", "query", "relevant", "note", "style", "dimension", "issues"}
MIN_WORDS, MAX_WORDS = 3, 10
MAX_MATCHES = 8
WORD = re.compile(r"\w+", re.UNICODE)


def norm(s: str) -> str:
    """The matching rule: lowercase, every whitespace run becomes one space."""
    return re.sub(r"\s+", " ", s).strip().lower()


def realdata_root() -> Path:
    for cand in (os.environ.get("TELAAH_REALDATA"), ROOT.parent / "shared" / "realdata", "/work/shared/realdata"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    raise SystemExit("realdata not found: set TELAAH_REALDATA to the folder holding dki_jakarta/ and rpjmn_2025_2029/")


def telaah_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "telaah"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, str(ROOT / "cli.py")]  # the package is not pip-installed: run the CLI module


def ensure_store(store_dir: Path) -> None:
    """Ingest corpus/docs and the realdata files when the store is missing (or lacks some of them)."""
    rroot = realdata_root()
    real = [rroot / f for f in REALDATA_FILES]
    missing_files = [p for p in real if not p.exists()]
    if missing_files:
        print("warning: realdata files not found: " + ", ".join(str(p) for p in missing_files), file=sys.stderr)
    real = [p for p in real if p.exists()]
    targets: list[Path]
    if not (store_dir / "telaah.db").exists():
        targets = [CORPUS, *real]
        print(f"building the evaluation store in {store_dir} (first run: a minute or a few) ...", file=sys.stderr)
    else:
        with Store(store_dir, readonly=True) as s:
            have = {d["source_path"] for d in s.documents()}
        targets = [p for p in real if str(p.resolve()) not in have and str(p) not in have]
        if not any(h.startswith(str(CORPUS)) for h in have):
            targets.insert(0, CORPUS)
        if not targets:
            return
        print(f"ingesting {len(targets)} missing source(s) into {store_dir} ...", file=sys.stderr)
    cmd = [*telaah_cmd(), "ingest", *map(str, targets), "--store", str(store_dir)]
    r = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    failed = [ln for ln in r.stdout.splitlines() if "GAGAL" in ln or "failed" in ln.lower()]
    for ln in failed:
        print("  " + ln, file=sys.stderr)
    if r.returncode != 0:
        print(r.stdout[-3000:], file=sys.stderr)
        raise SystemExit(2)


def doc_kind_label(doc: dict) -> str:
    src = doc["source_path"].replace("\\", "/")
    if "/realdata/" in src:
        return "realdata:" + ("rpjmn" if "/rpjmn_" in src else "dki_jakarta")
    return "sample:" + doc["kind"]


def find_doc(docs: list[dict], path: str) -> list[dict]:
    path = path.replace("\\", "/").strip("/")
    out = []
    for d in docs:
        src = d["source_path"].replace("\\", "/")
        if src == path or src.endswith("/" + path):
            out.append(d)
    return out


class NaiveRanker:
    """Score = number of distinct lowercase words shared by query and passage; ties by passage id."""

    def __init__(self, passages: list[dict]):
        self.ids = [p["id"] for p in passages]
        self.index: dict[str, list[int]] = collections.defaultdict(list)
        for i, p in enumerate(passages):
            for w in set(WORD.findall(p["text"].lower())):
                self.index[w].append(i)

    def top(self, query: str, k: int = 10) -> list[int]:
        scores: collections.Counter[int] = collections.Counter()
        for w in set(WORD.findall(query.lower())):
            for i in self.index.get(w, ()):
                scores[i] += 1
        best = sorted(scores.items(), key=lambda kv: (-kv[1], self.ids[kv[0]]))[:k]
        return [self.ids[i] for i, _ in best]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default=str(DEFAULT_STORE), help="store directory (built when missing)")
    ap.add_argument("--queries", default=str(DEFAULT_QUERIES))
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per query (matches, naive rank)")
    args = ap.parse_args(argv)

    store_dir = Path(args.store)
    if not store_dir.is_absolute():
        store_dir = (Path.cwd() / store_dir).resolve()
    try:
        ensure_store(store_dir)
        store = Store(store_dir, readonly=True)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    data = yaml.safe_load(Path(args.queries).read_text(encoding="utf-8"))
    errors: list[str] = []
    warnings: list[str] = []
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("queries"), list):
        print("error: the file must hold 'version: 1' and a 'queries' list", file=sys.stderr)
        return 1
    queries = data["queries"]

    docs = store.documents()
    passages_by_doc: dict[str, list[dict]] = {}
    all_passages: list[dict] = []
    for d in docs:
        ps = store.passages(d["id"])
        for p in ps:
            p["_norm"] = norm(p["text"])
        passages_by_doc[d["id"]] = ps
        all_passages.extend(ps)
    ranker = NaiveRanker(all_passages)

    seen_ids: set[str] = set()
    by_lang: collections.Counter[str] = collections.Counter()
    by_style: collections.Counter[str] = collections.Counter()
    by_kind: collections.Counter[str] = collections.Counter()
    by_doc: collections.Counter[str] = collections.Counter()
    dims: collections.Counter[str] = collections.Counter()
    issues: collections.Counter[str] = collections.Counter()
    n_table = 0
    zero_or_many: list[str] = []
    cross_doc: list[str] = []
    naive_hits: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # key -> [hits, n]
    rr_sum = 0.0
    n_scored = 0
    lines: list[str] = []

    for n, q in enumerate(queries):
        qid = q.get("id") if isinstance(q, dict) else None
        where = f"query #{n + 1} ({qid or 'no id'})"
        if not isinstance(q, dict):
            errors.append(f"{where}: not a mapping")
            continue
        extra = set(q) - ALLOWED_KEYS
        if extra:
            warnings.append(f"{where}: unknown keys {sorted(extra)}")
        if not isinstance(qid, str) or not re.fullmatch(r"q\d{3,}", qid):
            errors.append(f"{where}: id must look like q001")
        elif qid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(qid)
        lang, style, text = q.get("lang"), q.get("style"), q.get("query")
        if lang not in LANGS:
            errors.append(f"{where}: lang must be one of {sorted(LANGS)}")
        if style not in STYLES:
            errors.append(f"{where}: style must be one of {sorted(STYLES)}")
        elif (style == "cross_lingual") != (lang == "en"):
            errors.append(f"{where}: style cross_lingual is for the English queries (and only them)")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty query")
            text = ""
        dim = q.get("dimension")
        if dim is not None:
            if dim not in DIMENSION_IDS:
                errors.append(f"{where}: dimension '{dim}' is not a DOMAIN.md dimension/element id")
            else:
                dims[dim.split(".")[0]] += 1
                dims[dim] += 1 if "." in dim else 0
        for iss in q.get("issues") or []:
            if iss not in ISSUES:
                errors.append(f"{where}: issue '{iss}' is not a DOMAIN.md issue id")
            else:
                issues[iss] += 1
        by_lang[lang] += 1
        by_style[style] += 1

        rel = q.get("relevant")
        if not isinstance(rel, list) or not rel:
            errors.append(f"{where}: 'relevant' must be a non-empty list")
            continue
        relevant_ids: set[int] = set()
        kinds_here: set[str] = set()
        has_table = False
        match_info = []
        for r in rel:
            if not isinstance(r, dict) or not isinstance(r.get("doc"), str) or not isinstance(r.get("contains"), str):
                errors.append(f"{where}: each relevant item needs 'doc' and 'contains' strings")
                continue
            anchor = norm(r["contains"])
            nw = len(anchor.split())
            if not (MIN_WORDS <= nw <= MAX_WORDS):
                errors.append(f"{where}: anchor '{r['contains']}' has {nw} words (allowed {MIN_WORDS}-{MAX_WORDS})")
            found = find_doc(docs, r["doc"])
            if not found:
                errors.append(f"{where}: document '{r['doc']}' is not in the store")
                continue
            if len(found) > 1:
                warnings.append(f"{where}: '{r['doc']}' matches {len(found)} stored documents")
            hits = [p for d in found for p in passages_by_doc[d["id"]] if anchor in p["_norm"]]
            match_info.append(len(hits))
            if not hits or len(hits) > MAX_MATCHES:
                zero_or_many.append(f"{qid}: '{r['contains']}' in {r['doc']}: {len(hits)} passages")
                errors.append(
                    f"{where}: anchor '{r['contains']}' matches {len(hits)} passages of {r['doc']} "
                    f"(allowed 1-{MAX_MATCHES})"
                )
            relevant_ids.update(p["id"] for p in hits)
            has_table |= any(p["kind"] == "table" for p in hits)
            for d in found:
                kinds_here.add(doc_kind_label(d))
                by_doc[r["doc"]] += 1
            found_ids = {d["id"] for d in found}
            listed = {
                d["id"]
                for r2 in rel
                if isinstance(r2, dict) and isinstance(r2.get("doc"), str)
                for d in find_doc(docs, r2["doc"])
            }
            others = sorted(
                {
                    p["doc_id"]
                    for p in all_passages
                    if p["doc_id"] not in found_ids and p["doc_id"] not in listed and anchor in p["_norm"]
                }
            )
            if others:
                cross_doc.append(f"{qid}: '{r['contains']}' also in {', '.join(o[:40] for o in others)}")
        for k in kinds_here:
            by_kind[k] += 1
        n_table += has_table
        if relevant_ids and text:
            top = ranker.top(text, 10)
            rank = next((i + 1 for i, pid in enumerate(top) if pid in relevant_ids), None)
            n_scored += 1
            rr_sum += 1.0 / rank if rank else 0.0
            for key in (
                "all",
                f"lang={lang}",
                f"style={style}",
                "realdata" if any(k.startswith("realdata") for k in kinds_here) else "sample",
            ):
                naive_hits[key][1] += 1
                naive_hits[key][0] += 1 if rank else 0
            lines.append(f"{qid} [{lang}/{style}] matches={match_info} naive_rank={rank or '-'}  {text[:70]}")

    # -- report -------------------------------------------------------------------------------------
    print(f"queries: {len(queries)}  (store: {store_dir}, {len(docs)} documents, {len(all_passages)} passages)")
    print("by lang:  " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items(), key=str)))
    print("by style: " + ", ".join(f"{k}={v}" for k, v in sorted(by_style.items(), key=str)))
    print(
        "by document kind (queries with a relevant passage there): "
        + ", ".join(f"{k}={v}" for k, v in sorted(by_kind.items()))
    )
    print(f"queries whose relevant passages include a table passage: {n_table}")
    print(f"documents used: {len(by_doc)}")
    for k, v in sorted(by_doc.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:3d}  {k}")
    print(
        "dimensions: "
        + ", ".join(f"{d}={dims.get(d, 0)}" for d in DIMENSIONS)
        + f"  (elements covered: {sum(1 for k in dims if '.' in k)}/18)"
    )
    print(f"issue categories covered: {len(issues)}/20: " + ", ".join(f"{k}={v}" for k, v in sorted(issues.items())))
    missing_issues = sorted(ISSUES - set(issues))
    if missing_issues:
        print("  not covered: " + ", ".join(missing_issues))
    print(f"anchors matching 0 or >{MAX_MATCHES} passages: {len(zero_or_many)}")
    for s in zero_or_many:
        print("  " + s)
    print(f"anchors also found in documents not listed (possible unlisted relevant passages): {len(cross_doc)}")
    for s in cross_doc:
        print("  " + s)
    if n_scored:
        print(f"naive word-overlap baseline over all {len(all_passages)} passages:")
        for key in sorted(naive_hits, key=lambda k: (k != "all", k)):
            h, m = naive_hits[key]
            print(f"  naive recall@10 {key:22s} {h / m:.3f}  ({h}/{m})")
        print(f"  naive MRR@10 all                    {rr_sum / n_scored:.3f}")
        overall = naive_hits["all"][0] / naive_hits["all"][1]
        if overall > 0.8:
            print("  WARNING: naive recall@10 is above 0.8: the queries copy too many passage words")
    if args.verbose:
        print("per query:")
        for ln in lines:
            print("  " + ln)
    for w in warnings:
        print("warning: " + w)
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
