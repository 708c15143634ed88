"""Alignment of a masterplan with the city's RPJMD strategic issues (or, without an RPJMD,
with the 20 canonical categories as a checklist).

For each issue statement:
  supporting passages = masterplan passages labelled with one of the issue's categories whose
      e5 similarity to the statement ("query: " statement, "passage: " plan text, from the
      stored vectors) reaches rubric alignment.min_similarity;
  linked programmes = programmes labelled with one of the categories, ranked by similarity;
  status = addressed (a linked programme and a supporting passage), weak (supporting passages
      but no programme, or a programme without a supporting passage), not_addressed (nothing);
  score = 0..1 from the best similarity and the counts, shown with the evidence (pages).
In the other direction: programmes whose issues meet no RPJMD issue (unlinked). The matrix
counts supporting passages and programmes per issue and dimension.
"""

from __future__ import annotations

import numpy as np

from nlp.analysis import analyse
from nlp.taxonomy import DIMENSIONS, ISSUES, Taxonomy

from .gaps import can_be_evidence, evidence_text
from .issues import IssueStatement, rubric
from .plan import Plan


def align(store, plan: Plan, issues: list[IssueStatement], tax: Taxonomy, embedder, checklist: bool = False) -> dict:
    cfg = rubric()["alignment"]
    passages, P, prog_vecs = _plan_vectors(store, plan, embedder)
    Q = (
        embedder.embed_queries([it.text + (". " + it.detail[:200] if it.detail else "") for it in issues])
        if issues
        else np.zeros((0, P.shape[1]), np.float32)
    )
    rows = []
    linked_programmes: set[int] = set()
    matrix = {}
    for qi, it in enumerate(issues):
        cats = [c["id"] for c in it.categories]
        sup = _supporting_passages(passages, P @ Q[qi] if len(P) else np.zeros(0), cats, cfg)
        psims = prog_vecs @ Q[qi] if len(prog_vecs) else np.zeros(0)
        progs = sorted(
            [
                (float(psims[k]), k, pr)
                for k, pr in enumerate(plan.programmes)
                if set(pr.issues) & set(cats) and psims[k] >= cfg["min_similarity"] - 0.02
            ],
            key=lambda x: -x[0],
        )
        linked_programmes.update(k for _, k, _ in progs)
        matrix[str(it.n)] = _dimension_counts(sup, progs)
        rows.append(_row(it, cats, sup, progs, tax, cfg))
    rpjmd_cats = {c["id"] for it in issues for c in it.categories}
    unlinked = [
        {
            "name": pr.name,
            "dimension": pr.dimension,
            "element": pr.element,
            "issues": pr.issues,
            "page": pr.page,
            "quick_win": pr.quick_win,
        }
        for k, pr in enumerate(plan.programmes)
        if k not in linked_programmes and not (set(pr.issues) & rpjmd_cats)
    ]
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("addressed", "weak", "not_addressed")}
    return {
        "mode": "checklist" if checklist else "rpjmd",
        "issues": rows,
        "unlinked_programmes": unlinked,
        "matrix": {"dimensions": list(DIMENSIONS), "rows": matrix},
        "summary": counts,
        "score": round(sum(r["score"] for r in rows) / len(rows), 3) if rows else 0.0,
    }


def _plan_vectors(store, plan: Plan, embedder) -> tuple[list[dict], np.ndarray, np.ndarray]:
    """The plan's passages that have a vector (intro passages, the table of contents and table
    headers without a row left out), their vectors (from the store: no second embedding) and the
    programmes' vectors."""
    passages = [p for p in plan.passages if p["role"] not in ("intro",) and can_be_evidence(p)]
    vecs = store.vectors_for(embedder.model_id, [p["id"] for p in passages])
    passages = [p for p in passages if p["id"] in vecs]
    P = np.stack([vecs[p["id"]] for p in passages]) if passages else np.zeros((0, 384), np.float32)
    if plan.programme_vectors is not None:
        prog_vecs = plan.programme_vectors
    elif plan.programmes:
        prog_vecs = embedder.embed_passages([pr.text() for pr in plan.programmes])
    else:
        prog_vecs = np.zeros((0, P.shape[1] if len(P) else 384), np.float32)
    return passages, P, prog_vecs


def _supporting_passages(passages: list[dict], sims: np.ndarray, cats: list[str], cfg: dict) -> list[tuple]:
    """(similarity, passage) of the passages labelled with one of the issue's categories and
    similar enough to it; evidence from the plan's strategy and programme chapters first (an
    analysis passage such as a SWOT list resembles every issue), each group by similarity."""
    sup = [
        (float(sims[j]), p)
        for j, p in enumerate(passages)
        if sims[j] >= cfg["min_similarity"]
        and any(x["id"] in cats and x["score"] >= cfg["min_label_score"] for x in p["labels"]["issues"])
    ]
    sup.sort(key=lambda x: (x[1]["role"] in ("analysis", "other"), -x[0]))
    return sup


def _status(sup: list, progs: list, cfg: dict) -> tuple[str, float, float]:
    """addressed (a linked programme and a supporting passage), weak (only one of the two),
    not_addressed (neither); the score 0..1 from the best similarity and the counts."""
    smin = cfg["min_similarity"]
    best = max([s for s, _ in sup] + [s for s, _, _ in progs] + [0.0])
    status = "addressed" if progs and sup else "weak" if sup or progs else "not_addressed"
    if status == "not_addressed":
        return status, 0.0, best
    score = round(
        min(
            1.0,
            0.25
            + 0.5 * max(0.0, (best - smin) / (1 - smin))
            + 0.1 * min(len(sup), 3) / 3
            + 0.15 * min(len(progs), 2) / 2,
        ),
        3,
    )
    return status, min(score, 0.6) if status == "weak" else score, best


def _dimension_counts(sup: list, progs: list) -> dict[str, int]:
    dims = {d: 0 for d in DIMENSIONS}
    for _, p in sup:
        for x in p["labels"]["dimensions"]:
            dims[x["id"]] = dims.get(x["id"], 0) + 1
    for _, _, pr in progs:
        if pr.dimension:
            dims[pr.dimension] = dims.get(pr.dimension, 0) + 1
    return dims


def _row(it: IssueStatement, cats: list[str], sup: list, progs: list, tax: Taxonomy, cfg: dict) -> dict:
    status, score, best = _status(sup, progs, cfg)
    return {
        "n": it.n,
        "issue": it.text,
        "detail": it.detail[:300],
        "page": it.page,
        "source": it.source,
        "categories": cats,
        "category_scores": it.categories,
        "category_names": [tax.name("issue", c) for c in cats],
        "status": status,
        "status_label": cfg["status"][status]["label"],
        "score": score,
        "best_similarity": round(best, 4),
        "evidence": [
            {
                "passage_id": p["id"],
                "page": p["page_start"],
                "section": p["section_path"],
                "similarity": round(s, 4),
                "text": evidence_text(p, 260, issue_subject(it)),
            }
            for s, p in evidence_order(it, sup)[: cfg["evidence_passages"]]
        ],
        "programmes": [
            {
                "name": pr.name,
                "dimension": pr.dimension,
                "element": pr.element,
                "page": pr.page,
                "quick_win": pr.quick_win,
                "similarity": round(s, 4),
            }
            for s, _, pr in progs[: cfg["evidence_programmes"]]
        ],
        "n_passages": len(sup),
        "n_programmes": len(progs),
    }


# words that frame a problem rather than name its subject ("Tingginya", "Terbatasnya", "Belum optimalnya")
_FRAMING = frozenset(
    analyse(
        "tinggi tingginya rendah rendahnya terbatas terbatasnya keterbatasan kurang belum optimal "
        "optimalnya masih angka tingkat meningkat menurun masalah isu",
        stem=True,
    )
)


def evidence_order(it: IssueStatement, sup: list) -> list:
    """The supporting passages shown as evidence: those that name the issue's subject (its own
    words, stemmed, without the framing words) first, each group by similarity. e5 similarities of
    one plan's passages lie close together, so a passage about stunting can outrank one about
    roads for a road issue; the status and score still rest on similarity alone."""
    terms = issue_subject(it)
    if not terms:
        return sup
    # two shared words and more count alike: a long table that lists every issue must not win
    return sorted(sup, key=lambda x: (-min(2, len(terms & set(analyse(x[1]["text"], stem=True)))), -x[0]))


def issue_subject(it: IssueStatement) -> set[str]:
    return set(analyse(it.text, stem=True)) - _FRAMING


def checklist_issues(tax: Taxonomy) -> list[IssueStatement]:
    """Without an RPJMD: the 20 canonical categories, each its own statement."""
    out = []
    for n, iid in enumerate(ISSUES, 1):
        lab = tax.get("issue", iid)
        out.append(
            IssueStatement(
                n, lab.name("id"), lab.description.get("id", "")[:200], None, "checklist", [{"id": iid, "score": 1.0}]
            )
        )
    return out
