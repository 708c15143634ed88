"""Across cities: side-by-side comparison, a city benchmarked against the rest of the store,
and programmes similar to a query in every plan ("which cities have a quick win for e-KTP?")."""

from __future__ import annotations

import numpy as np

from ingest.errors import NotInStore
from nlp.analysis import analyse
from nlp.taxonomy import DIMENSIONS
from nlp.taxonomy import default as default_taxonomy

from .engine import city_documents, pick_document, review_city
from .plan import load_plan
from .records import Benchmark, CityRow, Comparison, Metric, ProgrammeHit


def cities_with_plans(store) -> list[str]:
    return sorted({d["city"] for d in store.documents(kind="masterplan") if d["city"]})


def compare(store, cities: list[str] | None = None, embedder=None) -> Comparison:
    """Rows per city: completeness, coverage per dimension, gaps, alignment counts."""
    names = cities or cities_with_plans(store)
    rows = []
    for c in names:
        r = review_city(store, c, embedder=embedder, with_news=False)
        s = r.summary
        rows.append(
            CityRow(
                city=r.city,
                masterplan=r.masterplan.id,
                completeness=s.completeness,
                coverage={d: r.coverage[d].score for d in DIMENSIONS},
                levels={d: r.coverage[d].level for d in DIMENSIONS},
                high_gaps=s.high_gaps,
                gaps=s.gaps,
                programmes=s.programmes,
                quick_wins=s.quick_wins,
                issues=s.issues,
                issues_addressed=s.issues_addressed,
                issues_not_addressed=s.issues_not_addressed,
                alignment_mode=r.alignment_mode,
                alignment_score=r.alignment_score,
                missing_dimensions=[g.dimension for g in r.gaps if g.type == "dimension_missing"],
            )
        )
    return Comparison(cities=rows, dimensions=list(DIMENSIONS))


def benchmark(store, city: str, embedder=None) -> Benchmark:
    """The city's figures next to the median and range of all other cities with a masterplan."""
    allc = compare(store, None, embedder).cities
    name, _ = city_documents(store, city)
    me = next((r for r in allc if r.city == name), None)
    if me is None:
        raise NotInStore(f"{name}: no masterplan to benchmark")
    others = [r for r in allc if r.city != name]
    metrics = {
        "completeness": lambda r: r.completeness,
        "high_gaps": lambda r: r.high_gaps,
        "programmes": lambda r: r.programmes,
        "quick_wins": lambda r: r.quick_wins,
        "alignment_score": lambda r: r.alignment_score,
        **{f"coverage.{d}": (lambda r, d=d: r.coverage[d]) for d in DIMENSIONS},
    }
    out = {}
    for k, f in metrics.items():
        vals = [f(r) for r in others]
        mine = f(me)
        out[k] = Metric(
            value=mine,
            median_others=float(np.median(vals)) if vals else None,
            min_others=min(vals) if vals else None,
            max_others=max(vals) if vals else None,
            rank=1 + sum(1 for v in vals if (v > mine if k != "high_gaps" else v < mine)),
            of=len(vals) + 1,
        )
    return Benchmark(city=name, metrics=out, compared_with=[r.city for r in others])


_PROG_CACHE: dict = {}


def all_programmes(store, classifier=None) -> list[dict]:
    key = (str(store.dir), store.data_version(), store.counts()["passages"])
    if _PROG_CACHE.get("key") == key:
        return _PROG_CACHE["rows"]
    tax = default_taxonomy()
    rows = []
    for c in cities_with_plans(store):
        _, docs = city_documents(store, c)
        mp = pick_document(docs, "masterplan")
        if mp is None:
            continue
        for p in load_plan(store, mp["id"], tax, classifier).programmes:
            rows.append({"city": c, "doc_id": mp["id"], **p.to_json()})
    _PROG_CACHE.update(key=key, rows=rows)
    return rows


def similar_programmes(
    store, query: str, embedder, k: int = 10, quick_win: bool = False, exclude_city: str | None = None
) -> list[ProgrammeHit]:
    """Programmes of every plan ranked by e5 similarity to the query (plus a small bonus for
    shared words), one row per programme with its city."""

    progs = [
        p
        for p in all_programmes(store)
        if (not quick_win or p["quick_win"]) and (not exclude_city or p["city"] != exclude_city)
    ]
    if not progs:
        return []
    texts = [". ".join(x for x in (p["name"], p.get("indicator") or "") if x) for p in progs]
    V = embedder.embed_passages(texts)
    q = embedder.embed_query(query)
    qt = set(analyse(query, stem=False))
    s = V @ q + np.array([0.03 * len(qt & set(analyse(t, stem=False))) for t in texts])
    order = np.argsort(-s)[:k]
    return [ProgrammeHit.from_json(dict(progs[i], score=round(float(s[i]), 4))) for i in order]
