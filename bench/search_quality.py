"""Retrieval quality: MRR@10 and recall@10 of dense, keyword and hybrid search on the
evaluation set bench/eval/search_queries.yaml (Indonesian and English queries with relevant
passages in the sample corpus and in the real documents of ../shared/realdata).

    .venv/bin/python bench/search_quality.py [--store DIR] [--verbose] [--variants]

The store (default bench/out/eval-store) is built by bench/eval/check_queries.py's rules
(corpus/docs + the real documents) and indexed here. A passage is relevant to a query when
it belongs to a listed document and contains one of the listed anchor phrases.

Metrics per mode: MRR@10 (reciprocal rank of the first relevant passage), hit@10 (a relevant
passage in the top 10), recall@10 (relevant passages found in the top 10 / min(#relevant, 10)),
by language and by source (sample corpus vs real documents). `--variants` also measures the
fusion choices (RRF vs score fusion at several weights, candidate list sizes) and BM25 with
without Snowball stemming, which is how the defaults were chosen.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from bench.eval.check_queries import DEFAULT_QUERIES, DEFAULT_STORE, ensure_store, find_doc, norm  # noqa: E402


def relevant_sets(store, queries) -> dict[str, set[int]]:
    docs = store.documents()
    cache: dict[str, list[dict]] = {}
    out = {}
    for q in queries:
        rel: set[int] = set()
        for r in q["relevant"]:
            for d in find_doc(docs, r["doc"]):
                ps = cache.get(d["id"])
                if ps is None:
                    ps = cache[d["id"]] = [dict(p, _n=norm(p["text"])) for p in store.passages(d["id"])]
                a = norm(r["contains"])
                rel |= {p["id"] for p in ps if a in p["_n"]}
        out[q["id"]] = rel
    return out


def is_real(store, q) -> bool:
    return any("/realdata/" in d["source_path"] for r in q["relevant"] for d in find_doc(store.documents(), r["doc"]))


def evaluate(searcher, queries, rel, mode: str, **kw) -> dict:
    rr, hit, rec, lat = [], [], [], []
    per_q = {}
    for q in queries:
        t0 = time.perf_counter()
        hits = searcher.search(q["query"], k=10, mode=mode, **kw)
        lat.append(time.perf_counter() - t0)
        ids = [h.passage_id for h in hits]
        r = rel[q["id"]]
        rank = next((i + 1 for i, p in enumerate(ids) if p in r), None)
        rr.append(1 / rank if rank else 0.0)
        hit.append(1.0 if rank else 0.0)
        rec.append(len(set(ids) & r) / max(1, min(len(r), 10)))
        per_q[q["id"]] = rank
    n = max(1, len(queries))
    lat.sort()
    return {
        "mrr": sum(rr) / n,
        "hit": sum(hit) / n,
        "recall": sum(rec) / n,
        "n": len(queries),
        "p50_ms": 1000 * lat[len(lat) // 2] if lat else 0,
        "ranks": per_q,
    }


def table(rows: list[tuple[str, dict]]) -> None:
    print(f"{'':34s} {'n':>4s} {'MRR@10':>7s} {'hit@10':>7s} {'recall@10':>9s} {'p50 ms':>7s}")
    for name, m in rows:
        print(f"{name:34s} {m['n']:4d} {m['mrr']:7.3f} {m['hit']:7.3f} {m['recall']:9.3f} {m['p50_ms']:7.1f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default=str(DEFAULT_STORE))
    ap.add_argument("--queries", default=str(DEFAULT_QUERIES))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--variants", action="store_true", help="also measure fusion and stemming variants")
    a = ap.parse_args(argv)
    from index.search import Searcher
    from index.store import Store
    from service.pipeline import update_indexes

    store_dir = Path(a.store).resolve()
    ensure_store(store_dir)
    store = Store(store_dir)
    t0 = time.perf_counter()
    rep = update_indexes(store)
    if rep.get("embedded"):
        print(f"# embedded {rep['embedded']} passages in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    queries = yaml.safe_load(Path(a.queries).read_text(encoding="utf-8"))["queries"]
    rel = relevant_sets(store, queries)
    queries = [q for q in queries if rel[q["id"]]]
    searcher = Searcher(store)
    n_pass = store.counts()["passages"]
    print(
        f"# bench/search_quality: {len(queries)} queries, {n_pass} passages in {len(store.documents())} documents;"
        f" model {searcher.embedder.model_id} (query backend {searcher.embedder.query_backend})"
    )
    groups = {
        "all": queries,
        "lang=id": [q for q in queries if q["lang"] == "id"],
        "lang=en": [q for q in queries if q["lang"] == "en"],
        "source=sample": [q for q in queries if not is_real(store, q)],
        "source=realdata": [q for q in queries if is_real(store, q)],
    }
    results = {}
    rows = []
    for mode in ("dense", "keyword", "hybrid"):
        for g, qs in groups.items():
            m = evaluate(searcher, qs, rel, mode)
            results[(mode, g)] = m
            rows.append((f"{mode:8s} {g}", m))
    table(rows)
    h, d, k = results[("hybrid", "all")], results[("dense", "all")], results[("keyword", "all")]
    verdict = (
        "beats"
        if h["mrr"] > max(d["mrr"], k["mrr"]) and h["recall"] >= max(d["recall"], k["recall"])
        else "does NOT beat"
    )
    print(
        f"# hybrid {verdict} both alone: MRR@10 {h['mrr']:.3f} vs dense {d['mrr']:.3f} / keyword {k['mrr']:.3f};"
        f" recall@10 {h['recall']:.3f} vs {d['recall']:.3f} / {k['recall']:.3f}"
    )
    if a.variants:
        vrows = []
        for fusion, alpha in (("rrf", 0.5), ("score", 0.3), ("score", 0.5), ("score", 0.7)):
            for cand in (30, 100, 300):
                m = evaluate(searcher, queries, rel, "hybrid", fusion=fusion, alpha=alpha, candidates=cand)
                vrows.append((f"hybrid {fusion}{'' if fusion == 'rrf' else f' a={alpha}'} cand={cand}", m))
        os.environ["TELAAH_BM25_STEM"] = "0"
        plain = Searcher(store, embedder=searcher.embedder)
        vrows.append(("keyword, no stemming", evaluate(plain, queries, rel, "keyword")))
        vrows.append(("hybrid, no stemming", evaluate(plain, queries, rel, "hybrid")))
        os.environ["TELAAH_BM25_STEM"] = "1"
        Searcher(store, embedder=searcher.embedder)  # rebuild the default (stemmed) keyword index
        print("# variants (all queries)")
        table(vrows)
    if a.verbose:
        for q in queries:
            r = [results[(m, "all")]["ranks"][q["id"]] for m in ("dense", "keyword", "hybrid")]
            print(
                f"{q['id']} [{q['lang']}/{q['style']}] dense={r[0] or '-'} kw={r[1] or '-'} hyb={r[2] or '-'}"
                f"  {q['query'][:70]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
