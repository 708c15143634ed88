"""The review of one city: the masterplan's coverage, gaps and completeness, its alignment
with the city's RPJMD strategic issues, its programmes and the news timeline.

    review_city(store, "Nusa Permai") -> Review   (review/records.py; .to_json() is `telaah review --json`)

Documents: the city's newest masterplan (or --masterplan DOC_ID); its RPJMD (kind rpjmd,
doc_type rpjmd first; or --rpjmd DOC_ID; or --rpjmd FILE with a typed/uploaded issue list);
without an RPJMD the 20 canonical issue categories are used as a checklist.
"""

from __future__ import annotations

import time
from pathlib import Path

from index.embedder import store_embedder
from ingest.errors import NotInStore, StoreError
from nlp.classifier import get_classifier
from nlp.taxonomy import DIMENSIONS
from nlp.taxonomy import default as default_taxonomy

from .alignment import align, checklist_issues
from .gaps import chapters, completeness, coverage, gaps
from .issues import find_issue_section, map_categories, parse_user_list
from .news import events, link_programmes
from .plan import load_plan
from .records import Review

REVIEW_VERSION = 1


def city_documents(store, city: str) -> tuple[str, list[dict]]:
    """The canonical city name and its documents; a clear error when none or several match."""
    docs = store.documents(city=city)
    names = sorted({d["city"] for d in docs if d["city"]})
    exact = [n for n in names if n.lower() == city.lower()]
    if exact:
        names = exact
    elif len(names) > 1:
        ends = [n for n in names if n.lower().endswith(" " + city.lower().strip())]
        names = ends if len(ends) == 1 else names
    if not names:
        known = sorted({d["city"] for d in store.documents() if d["city"]})
        raise NotInStore(f"no documents for '{city}' in the store (cities: {', '.join(known) or 'none yet'})")
    if len(names) > 1:
        raise StoreError(f"'{city}' matches several regions: {', '.join(names)}; name one of them")
    return names[0], [d for d in docs if d["city"] == names[0]]


def pick_document(docs: list[dict], kind: str, doc_type: str | None = None) -> dict | None:
    cand = [d for d in docs if d["kind"] == kind and d["status"] == "ingested" and d["n_passages"]]
    if doc_type:
        typed = [d for d in cand if (d["meta"] or {}).get("doc_type") == doc_type]
        cand = typed or cand
    cand.sort(key=lambda d: (d["year_start"] or 0, d["n_passages"]), reverse=True)
    return cand[0] if cand else None


# long (~70 lines): most of it is the Review record literal, one key per line
def review_city(
    store,
    city: str,
    *,
    masterplan: str | None = None,
    rpjmd: str | None = None,
    embedder=None,
    classifier=None,
    with_news: bool = True,
) -> Review:
    t0 = time.perf_counter()
    tax = default_taxonomy()
    name, docs = city_documents(store, city)
    mp = _masterplan(store, name, docs, masterplan)
    emb = embedder or store_embedder(store)
    clf = classifier or get_classifier()
    plan = load_plan(store, mp["id"], tax, clf)
    if clf.manifest["embedding_model_id"] != emb.model_id:  # the store's vectors come from another model
        plan.programme_vectors = None
    cov = coverage(plan, tax)
    flags = gaps(plan, cov, tax)
    comp = completeness(plan, cov, flags, tax)  # the plan's own rubric; alignment is scored apart

    items, rp_doc, issue_source, issue_section = _issues(store, docs, rpjmd)
    if items:
        for it in items:
            it.text = it.text[:1].upper() + it.text[1:]
        map_categories(items, clf)
        al = align(store, plan, items, tax, emb)
    else:
        al = align(store, plan, checklist_issues(tax), tax, emb, checklist=True)
    flags += alignment_flags(al)
    order = {"high": 0, "medium": 1, "low": 2}
    flags.sort(key=lambda f: order[f["severity"]])
    news = events(store, docs) if with_news else []
    if news:
        link_programmes(store, news, plan.programmes, emb, plan.programme_vectors)
    high = sum(1 for f in flags if f["severity"] == "high")
    return Review.from_json(
        {
            "review_version": REVIEW_VERSION,
            "city": name,
            "masterplan": _doc_ref(mp),
            "rpjmd": _doc_ref(rp_doc) if rp_doc else None,
            "issue_source": issue_source,
            "issue_section": issue_section,
            "period": {"start": plan.period[0], "end": plan.period[1]},
            "summary": {
                "completeness": comp["overall"],
                "high_gaps": high,
                "gaps": len(flags),
                "programmes": len(plan.programmes),
                "quick_wins": sum(p.quick_win for p in plan.programmes),
                "issues": len(al["issues"]),
                **{f"issues_{k}": v for k, v in al["summary"].items()},
                "dimensions_covered": [d for d in DIMENSIONS if cov[d]["level"] != "tidak_ada"],
            },
            "coverage": cov,
            "completeness": comp,
            "chapters": chapters(plan),
            "gaps": flags,
            "alignment": al["issues"],
            "alignment_mode": al["mode"],
            "alignment_score": al["score"],
            "alignment_matrix": al["matrix"],
            "unlinked_programmes": al["unlinked_programmes"],
            "programmes": [p.to_json() for p in plan.programmes],
            "pillars": {k: len(v) for k, v in plan.pillars.items()},
            "news": news,
            "labels_version": clf.version,
            "generated_at": time.strftime("%Y-%m-%d %H:%M"),
            "seconds": round(time.perf_counter() - t0, 2),
        }
    )


def _masterplan(store, name: str, docs: list[dict], doc_id: str | None) -> dict:
    """The masterplan to review; a plan that cannot be reviewed (needs OCR, no passages) is
    refused with the reason the ingest gave."""
    mp = store.document(doc_id) if doc_id else pick_document(docs, "masterplan")
    if mp is None:
        unreadable = [d for d in docs if d["kind"] == "masterplan"]
        if unreadable:
            d = unreadable[0]
            raise StoreError(
                f"{name}: the masterplan {d['source_name']} cannot be reviewed: {d['status']}"
                + (f" ({d['message']})" if d["message"] else "")
            )
        raise NotInStore(f"{name}: no masterplan ingested (ingest one with --kind masterplan)")
    if not mp["n_passages"]:
        raise StoreError(
            f"{name}: the masterplan {mp['source_name']} has no passages to review"
            + (f" ({mp['message']})" if mp["message"] else "")
        )
    return mp


def _issues(store, docs: list[dict], rpjmd: str | None) -> tuple[list, dict | None, str, dict | None]:
    """The RPJMD issue statements: from a file the user gives, else from the city's RPJMD (or the
    one named); none means the canonical checklist. Returns (items, rpjmd doc, source, section)."""
    if rpjmd and Path(rpjmd).is_file():
        items = parse_user_list(Path(rpjmd).read_text(encoding="utf-8-sig"))
        if not items:
            raise StoreError(f"{rpjmd}: no issue statements found (one per line, or a CSV with an 'isu' column)")
        return items, None, f"file:{Path(rpjmd).name}", None
    rp_doc = store.document(rpjmd) if rpjmd else pick_document(docs, "rpjmd", "rpjmd")
    if rp_doc is not None:
        found = find_issue_section(store, rp_doc["id"])
        if found and found["items"]:
            section = {"path": found["section"]["path"], "page": found["section"]["page"]}
            return found["items"], rp_doc, "rpjmd", section
    return [], rp_doc, "checklist", None


def alignment_flags(al: dict) -> list[dict]:
    """RPJMD issues the plan ignores are gaps too (high), weakly answered ones medium; with the
    canonical checklist (no RPJMD) an unanswered category is only a low-severity note."""
    out = []
    for a in al["issues"]:
        if a["status"] == "addressed":
            continue
        weak = a["status"] == "weak"
        if al["mode"] == "checklist":
            if weak:
                continue
            sev = "low"
        else:
            sev = "medium" if weak else "high"
        cats = ", ".join(a["category_names"])
        cats_en = ", ".join(default_taxonomy().name("issue", c, "en") for c in a["categories"]) or cats
        ev = [
            {"passage_id": x["passage_id"], "page": x["page"], "section": x["section"], "text": x["text"]}
            for x in a["evidence"]
        ]
        if weak:
            m = f"Isu RPJMD \u201c{a['issue']}\u201d ({cats}) hanya disinggung, tanpa program yang menjawabnya."
            m_en = (
                f"RPJMD issue \u201c{a['issue']}\u201d ({cats_en}) is only mentioned, with no programme answering it."
            )
        else:
            m = f"Isu RPJMD \u201c{a['issue']}\u201d ({cats}) tidak dijawab oleh masterplan: tidak ada petikan atau program terkait."
            m_en = f"RPJMD issue \u201c{a['issue']}\u201d ({cats_en}) is not answered by the plan: no related passage or programme."
        if al["mode"] == "checklist":
            m = f"Kategori isu \u201c{a['issue']}\u201d tidak dibahas oleh masterplan (tanpa RPJMD: daftar periksa)."
            m_en = f"Issue category \u201c{a['issue']}\u201d is not discussed by the plan (no RPJMD: checklist)."
        kind = (
            "category_not_addressed"
            if al["mode"] == "checklist"
            else "rpjmd_issue_weak"
            if weak
            else "rpjmd_issue_not_addressed"
        )
        out.append(
            {
                "type": kind,
                "severity": sev,
                "issue": a["issue"],
                "categories": a["categories"],
                "message": m,
                "message_en": m_en,
                "evidence": ev,
            }
        )
    return out


def _doc_ref(d: dict) -> dict:
    return {"id": d["id"], "title": d["title"], "year": d["year"], "pages": d["pages"], "source": d["source_name"]}
