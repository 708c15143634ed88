"""News as implementation evidence: events per city (date, type, quoted evaluation score)
in a timeline, each linked to the plan programmes it reports on.

Event type from rubric.yaml news.types (MoU signing, bintek, evaluation, award, programme
launch; first match in the headline, else in the body); the date is the publication date
found at ingest (meta.published) or the first date in the text; a score is a number quoted
as "nilai 3,44". A news passage links to a programme when their e5 similarity reaches
news.link_min_similarity or the programme's name appears in the news text.
"""
from __future__ import annotations

import re

import numpy as np

from nlp.analysis import analyse

from .issues import rubric


def events(store, city_docs: list[dict]) -> list[dict]:
    cfg = rubric()["news"]
    types = {k: re.compile(v, re.IGNORECASE) for k, v in cfg["types"].items()}
    score_re = re.compile(cfg["score"], re.IGNORECASE)
    out = []
    for d in city_docs:
        if d["kind"] != "news":
            continue
        text = store.text(d["id"])
        head = d["title"] or ""
        kind = next((k for k, p in types.items() if p.search(head)), None) or \
            next((k for k, p in types.items() if p.search(text[:1500])), "other")
        m = score_re.search(head) or score_re.search(text)
        score = float(m.group(1).replace(",", ".")) if m else None
        meta = d.get("meta") or {}
        date = meta.get("published") or next((x.get("date") for x in meta.get("dates", []) if x.get("date")), None)
        out.append({"doc_id": d["id"], "date": date, "type": kind, "title": head, "score": score,
                    "dateline": meta.get("dateline"), "source": d["source_name"],
                    "summary": " ".join(text.split())[:280], "programmes": []})
    out.sort(key=lambda e: (e["date"] or "9999", e["title"]))
    return out


GENERIC = {"smart", "city", "kota", "kabupaten", "program", "sistem", "informasi", "digital", "terpadu", "daerah",
           "pemkot", "pemkab", "aplikasi", "layanan", "pelayanan", "publik", "pengembangan", "penerapan", "berbasis",
           "masyarakat", "warga", "gerakan", "menuju", "kominfo", "pemerintah", "tahap", "nilai", "evaluasi"}


def _content_tokens(text: str) -> set[str]:

    return {t for t in analyse(text, stem=False) if t not in GENERIC and not t.isdigit() or t in {"112", "119"}}


def link_programmes(store, evs: list[dict], programmes: list, embedder, programme_vectors=None) -> None:
    """A news item reports on a programme when its headline (and lead) shares a distinctive
    word with the programme's name and the two are semantically close, or when the programme's
    full name appears in the story."""
    if not evs or not programmes:
        return
    thr = rubric()["news"]["link_min_similarity"]
    PV = programme_vectors if programme_vectors is not None else embedder.embed_passages([p.text() for p in programmes])
    NV = embedder.embed_passages([e["title"] + ". " + e["summary"] for e in evs])
    S = NV @ PV.T
    ptoks = [_content_tokens(re.sub(r"\s*\(.*?\)", " ", p.name)) for p in programmes]
    for i, e in enumerate(evs):
        body = store.text(e["doc_id"]).lower()
        head = _content_tokens(e["title"] + " " + e["summary"][:200])
        picked = []
        for j in np.argsort(-S[i]):
            p = programmes[j]
            core = re.sub(r"\s*\(.*?\)", "", p.name).lower()
            shared = head & ptoks[j]
            by = "name" if len(core) > 8 and core in body else "words+similarity" if shared and S[i, j] >= thr else None
            if by:
                picked.append({"name": p.name, "similarity": round(float(S[i, j]), 4), "by": by,
                               "shared_words": sorted(shared), "quick_win": p.quick_win})
            if len(picked) >= 3:
                break
        e["programmes"] = picked
