"""Alignment of a masterplan with the city's RPJMD strategic issues (or, without an RPJMD,
with the 20 canonical categories as a checklist).

For each issue statement:
  supporting passages = masterplan passages labelled with one of the issue's categories whose
      e5 similarity to the statement ("query: " statement, "passage: " plan text, from the
      stored vectors) reaches rubric alignment.min_similarity;
  linked programmes = programmes labelled with one of the categories, ranked by similarity;
  status = addressed (a linked programme and a supporting passage, or enough passages with
      a strong match), weak (supporting passages but no programme), not_addressed (nothing);
  score = 0..1 from the best similarity and the counts, shown with the evidence (pages).
In the other direction: programmes whose issues meet no RPJMD issue (unlinked). The matrix
counts supporting passages and programmes per issue and dimension.
"""
from __future__ import annotations

import numpy as np

from nlp.taxonomy import DIMENSIONS, ISSUES, Taxonomy

from .issues import IssueStatement, rubric
from .plan import Plan


def _vectors(store, model_id: str, ids: list[int]) -> dict[int, np.ndarray]:
    out = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for pid, blob in store.conn.execute(
                f"SELECT passage_id, vec FROM embeddings WHERE model = ? AND passage_id IN ({','.join('?' * len(chunk))})",
                [model_id, *chunk]):
            out[pid] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
    return out


def align(store, plan: Plan, issues: list[IssueStatement], tax: Taxonomy, embedder, checklist: bool = False) -> dict:
    cfg = rubric()["alignment"]
    smin, sstrong = cfg["min_similarity"], cfg["strong_similarity"]
    passages = [p for p in plan.passages if p["role"] not in ("intro",)]
    vecs = _vectors(store, embedder.model_id, [p["id"] for p in passages])
    passages = [p for p in passages if p["id"] in vecs]
    P = np.stack([vecs[p["id"]] for p in passages]) if passages else np.zeros((0, 384), np.float32)
    if plan.programme_vectors is not None:
        prog_vecs = plan.programme_vectors
    elif plan.programmes:
        prog_vecs = embedder.embed_passages([pr.text() for pr in plan.programmes])
    else:
        prog_vecs = np.zeros((0, P.shape[1] if len(P) else 384), np.float32)
    Q = embedder.embed_queries([it.text + (". " + it.detail[:200] if it.detail else "") for it in issues]) \
        if issues else np.zeros((0, P.shape[1]), np.float32)
    rows = []
    linked_programmes: set[int] = set()
    matrix = {}
    for qi, it in enumerate(issues):
        cats = [c["id"] for c in it.categories]
        sims = P @ Q[qi] if len(P) else np.zeros(0)
        sup = []
        for j, p in enumerate(passages):
            if sims[j] < smin:
                continue
            if any(x["id"] in cats and x["score"] >= cfg["min_label_score"] for x in p["labels"]["issues"]):
                sup.append((float(sims[j]), p))
        # evidence from the plan's strategy and programme chapters first (an analysis passage such
        # as a SWOT list resembles every issue), each group by similarity
        sup.sort(key=lambda x: (x[1]["role"] in ("analysis", "other"), -x[0]))
        psims = prog_vecs @ Q[qi] if len(prog_vecs) else np.zeros(0)
        progs = sorted([(float(psims[k]), k, pr) for k, pr in enumerate(plan.programmes)
                        if set(pr.issues) & set(cats) and psims[k] >= smin - 0.02], key=lambda x: -x[0])
        best = max([s for s, _ in sup] + [s for s, _, _ in progs] + [0.0])
        if progs and sup:
            status = "addressed"
        elif len(sup) >= cfg["addressed_min_passages"] and best >= sstrong and progs:
            status = "addressed"
        elif sup or progs:
            status = "weak"
        else:
            status = "not_addressed"
        n_p, n_g = len(sup), len(progs)
        score = 0.0 if status == "not_addressed" else round(min(1.0, 0.25 + 0.5 * max(0.0, (best - smin) / (1 - smin))
                                                                + 0.1 * min(n_p, 3) / 3 + 0.15 * min(n_g, 2) / 2), 3)
        if status == "weak":
            score = min(score, 0.6)
        for _, k, _ in progs:
            linked_programmes.add(k)
        dims = {d: 0 for d in DIMENSIONS}
        for _, p in sup:
            for x in p["labels"]["dimensions"]:
                dims[x["id"]] = dims.get(x["id"], 0) + 1
        for _, _, pr in progs:
            if pr.dimension:
                dims[pr.dimension] = dims.get(pr.dimension, 0) + 1
        matrix[str(it.n)] = dims
        rows.append({
            "n": it.n, "issue": it.text, "detail": it.detail[:300], "page": it.page, "source": it.source,
            "categories": cats, "category_scores": it.categories,
            "category_names": [tax.name("issue", c) for c in cats],
            "status": status, "status_label": cfg["status"][status]["label"], "score": score,
            "best_similarity": round(best, 4),
            "evidence": [{"passage_id": p["id"], "page": p["page_start"], "section": p["section_path"],
                          "similarity": round(s, 4), "text": " ".join(p["text"].split())[:260]}
                         for s, p in sup[:cfg["evidence_passages"]]],
            "programmes": [{"name": pr.name, "dimension": pr.dimension, "element": pr.element, "page": pr.page,
                            "quick_win": pr.quick_win, "similarity": round(s, 4)}
                           for s, _, pr in progs[:cfg["evidence_programmes"]]],
            "n_passages": n_p, "n_programmes": n_g,
        })
    rpjmd_cats = {c["id"] for it in issues for c in it.categories}
    unlinked = [{"name": pr.name, "dimension": pr.dimension, "element": pr.element, "issues": pr.issues,
                 "page": pr.page, "quick_win": pr.quick_win}
                for k, pr in enumerate(plan.programmes)
                if k not in linked_programmes and not (set(pr.issues) & rpjmd_cats)]
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("addressed", "weak", "not_addressed")}
    return {"mode": "checklist" if checklist else "rpjmd", "issues": rows, "unlinked_programmes": unlinked,
            "matrix": {"dimensions": list(DIMENSIONS), "rows": matrix}, "summary": counts,
            "score": round(sum(r["score"] for r in rows) / len(rows), 3) if rows else 0.0}


def checklist_issues(tax: Taxonomy) -> list[IssueStatement]:
    """Without an RPJMD: the 20 canonical categories, each its own statement."""
    out = []
    for n, iid in enumerate(ISSUES, 1):
        lab = tax.get("issue", iid)
        out.append(IssueStatement(n, lab.name("id"), lab.description.get("id", "")[:200], None, "checklist",
                                  [{"id": iid, "score": 1.0}]))
    return out
