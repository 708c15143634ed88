"""Gap analysis of one masterplan: coverage matrix, gap flags, completeness score.

Coverage (per dimension and element): the passages labelled with it (score >= the rubric's
min_label_score), by the role of their section, and the programmes that belong to it; the
strength 0..1 and its level come from models/review/rubric.yaml.

Flags: {type, severity (high|medium|low), dimension?/element?, message (Indonesian),
message_en, evidence: [{passage_id | programme, page, text}]}. Types:
  dimension_missing, element_missing, element_no_programme, dimension_analysis_only,
  programme_missing_target / _year / _budget / _opd, no_quick_win, no_roadmap,
  chapter_missing, pillar_not_analysed, target_year_outside_period, budget_total_mismatch.

Completeness: per dimension, the rubric items it passes (weights in the rubric), and overall
= w * mean(dimension scores) + (1 - w) * plan-level items. Every item is listed with
passed/failed, so the score is never a black box.
"""

from __future__ import annotations

import re

from core.words import UI
from ingest.segment import readable_passage, table_header_only
from nlp.analysis import analyse
from nlp.entities import parse_number
from nlp.taxonomy import ALL_ELEMENTS, DIMENSIONS, ELEMENTS, Taxonomy

from .issues import rubric
from .plan import Plan, year_values


def evidence_text(p: dict, n: int = 220, focus: set[str] | None = None) -> str:
    """A passage's text as evidence: a table passage without its raw "Kolom:" header line, each
    row "Program: X · OPD: Y", rows apart by "; "; whitespace collapsed; cut at n characters.
    With `focus` (stemmed terms), the snippet starts at the sentence or row that names most of
    them ("… " before it), so a passage that covers two programmes shows the one that matters."""
    text, _ = readable_passage(p["text"])
    if p.get("kind") == "table" or text is not p["text"]:
        flat = "; ".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    else:
        flat = " ".join(text.split())
    if focus and len(flat) > n:
        starts = [0] + [m.end() for m in re.finditer(r"(?<=[.;!?])\s+|\s(?=\d{1,2}\)\s)", flat)]
        best, hits = 0, 0
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else len(flat)
            h = len(focus & set(analyse(flat[a:b], stem=True)))
            if h > hits:
                best, hits = a, h
        if best:
            return "… " + flat[best:][: n - 2]
    return flat[:n]


def can_be_evidence(p: dict) -> bool:
    """Not a table-of-contents passage (marked at ingest) nor a table header without a row."""
    return not p.get("toc") and not table_header_only(p["text"])


def body_passages(plan: Plan) -> list[dict]:
    """The plan's passages without its table of contents: a TOC entry names a chapter's topic
    and would count as a passage that discusses it."""
    return [p for p in plan.passages if not p.get("toc")]


def _ev_passage(p: dict, n: int = 220) -> dict:
    return {
        "passage_id": p["id"],
        "page": p["page_start"],
        "section": p["section_path"],
        "text": evidence_text(p, n),
    }


def _ev_programme(pr) -> dict:
    """A programme as evidence: where it is and everything it lacks (once per programme), with a
    line in each UI language (core.words) so that no code word ends up in the Indonesian text."""
    miss = pr.missing
    ev = {"programme": pr.name, "page": pr.page, "section": pr.section, "opd": pr.opd, "missing": miss}
    for lang, key in (("id", "message"), ("en", "message_en")):
        w = UI[lang]
        fields = ", ".join(w[m] if m == "opd" else w[m].lower() for m in miss)
        ev[key] = f"{pr.name} ({w['page']} {pr.page or '-'})" + (f": {w['missing'].lower()} {fields}" if miss else "")
    return ev


def coverage(plan: Plan, tax: Taxonomy) -> dict:
    cfg = rubric()["coverage"]
    smin = cfg["min_label_score"]
    out = {}
    body = body_passages(plan)
    for d in DIMENSIONS:
        dim_pass = [p for p in body if any(x["id"] == d and x["score"] >= smin for x in p["labels"]["dimensions"])]
        progs = [pr for pr in plan.programmes if pr.dimension == d]
        elements = {}
        for e in ELEMENTS[d]:
            ps = [p for p in body if any(x["id"] == e and x["score"] >= smin for x in p["labels"]["elements"])]
            pe = [pr for pr in progs if pr.element == e]
            elements[e] = _strength(ps, pe, cfg, tax.name("element", e))
        dim = _strength(dim_pass, progs, cfg, tax.name("dimension", d))
        dim["elements"] = elements
        out[d] = dim
    return out


def _strength(passages: list[dict], progs: list, cfg: dict, name: str) -> dict:
    complete = [pr for pr in progs if not pr.missing]
    s = min(1.0, cfg["w_passage"] * len(passages) + cfg["w_programme"] * len(progs) + cfg["w_complete"] * len(complete))
    level = next(lv for lv in cfg["levels"] if s >= lv["min"] - 1e-9)
    roles: dict[str, int] = {}
    for p in passages:
        roles[p["role"]] = roles.get(p["role"], 0) + 1
    return {
        "name": name,
        "score": round(s, 3),
        "level": level["id"],
        "level_label": level["label"],
        "passages": len(passages),
        "passages_by_role": roles,
        "programmes": len(progs),
        "complete_programmes": len(complete),
        "quick_wins": sum(1 for pr in progs if pr.quick_win),
        "evidence": [
            _ev_passage(p)
            for p in sorted(
                [p for p in passages if can_be_evidence(p)],
                key=lambda p: -max([x["score"] for x in p["labels"]["elements"] + p["labels"]["dimensions"]] or [0]),
            )[:3]
        ],
        "programme_names": [pr.name for pr in progs][:12],
    }


def chapters(plan: Plan) -> dict[str, dict]:
    out = {}
    titles = [(s["title"], s) for s in plan.sections if s["level"] <= 2]
    for cid, c in rubric()["chapters"].items():
        pat = re.compile(c["pattern"], re.IGNORECASE)
        hit = next((s for t, s in titles if pat.search(t)), None)
        out[cid] = {
            "present": hit is not None,
            "section": hit["path"] if hit else None,
            "page": hit["page"] if hit else None,
            "label": c["label"],
            "severity": c["severity"],
        }
    return out


def _flag(type_: str, severity: str, message: str, message_en: str, evidence=None, **kw) -> dict:
    f = {"type": type_, "severity": severity, "message": message, "message_en": message_en, "evidence": evidence or []}
    f.update({k: v for k, v in kw.items() if v is not None})
    return f


def gaps(plan: Plan, cov: dict, tax: Taxonomy) -> list[dict]:
    """Every gap flag of the plan, most severe first (rules and thresholds: rubric.yaml)."""
    flags = dimension_gaps(cov, tax) + programme_gaps(plan) + plan_gaps(plan, tax)
    flags += consistency(plan)
    order = {"high": 0, "medium": 1, "low": 2}
    flags.sort(key=lambda f: (order[f["severity"]], f["type"]))
    return flags


def dimension_gaps(cov: dict, tax: Taxonomy) -> list[dict]:
    """Dimensions and elements the plan does not address, or only analyses."""
    cc = rubric()["coverage"]
    flags: list[dict] = []
    for d in DIMENSIONS:
        c = cov[d]
        dn, dn_en = tax.name("dimension", d), tax.name("dimension", d, "en")
        if c["programmes"] == 0 and c["passages"] < cc["dimension_min_passages"]:
            flags.append(
                _flag(
                    "dimension_missing",
                    "high",
                    f"Dimensi {dn} tidak dibahas: tidak ada program dan hanya {c['passages']} petikan "
                    "yang menyinggungnya.",
                    f"Dimension {dn_en} is not addressed: no programme and only {c['passages']} passages mention it.",
                    c["evidence"],
                    dimension=d,
                )
            )
            continue  # its elements are covered by this flag
        if c["programmes"] == 0:
            flags.append(
                _flag(
                    "dimension_analysis_only",
                    "high",
                    f"Dimensi {dn} hanya dibahas dalam analisis/strategi, tanpa satu pun program.",
                    f"Dimension {dn_en} appears only in analysis or strategy, without any programme.",
                    c["evidence"],
                    dimension=d,
                )
            )
        for e in ELEMENTS[d]:
            ce = c["elements"][e]
            en, en_en = tax.name("element", e), tax.name("element", e, "en")
            if ce["programmes"] == 0 and ce["passages"] < cc["element_min_passages"]:
                flags.append(
                    _flag(
                        "element_missing",
                        "medium",
                        f"Elemen {en} ({dn}) tidak dibahas dalam masterplan.",
                        f"Element {en_en} ({dn_en}) is not addressed in the plan.",
                        ce["evidence"],
                        dimension=d,
                        element=e,
                    )
                )
            elif ce["programmes"] == 0 and c["programmes"] > 0:
                flags.append(
                    _flag(
                        "element_no_programme",
                        "medium",
                        f"Elemen {en} disebut ({ce['passages']} petikan) tetapi tidak punya program.",
                        f"Element {en_en} is mentioned ({ce['passages']} passages) but has no programme.",
                        ce["evidence"],
                        dimension=d,
                        element=e,
                    )
                )
    return flags


def programme_gaps(plan: Plan) -> list[dict]:
    """Programmes without target / year / budget / OPD (severity by the share lacking it)."""
    cfg = rubric()
    flags: list[dict] = []
    progs = plan.programmes
    if progs:
        shares = cfg["missing_share"]
        for fld, meta in cfg["programme_fields"].items():
            lacking = [pr for pr in progs if fld in pr.missing]
            if not lacking:
                continue
            share = len(lacking) / len(progs)
            # high only when the plan truly lacks it: programmes read in full (a table row, a
            # paragraph of their own), not names merely listed (a road-map cell)
            sure = sum(1 for pr in lacking if getattr(pr, "confidence", 1.0) >= shares.get("sure_confidence", 0.0))
            sev = "high" if sure / len(progs) >= shares["high"] else "medium" if share >= shares["medium"] else "low"
            flags.append(
                _flag(
                    f"programme_missing_{fld}",
                    sev,
                    f"{len(lacking)} dari {len(progs)} program tidak mencantumkan {meta['label']['id']}.",
                    f"{len(lacking)} of {len(progs)} programmes give no {meta['label']['en']}.",
                    [_ev_programme(pr) for pr in lacking[:25]],
                    count=len(lacking),
                    share=round(share, 3),
                )
            )
    else:
        flags.append(
            _flag(
                "no_programmes",
                "high",
                "Masterplan tidak memuat program yang dapat dikenali (tabel matriks program atau daftar program).",
                "The plan holds no recognisable programmes (programme matrix or list).",
            )
        )
    return flags


def plan_gaps(plan: Plan, tax: Taxonomy) -> list[dict]:
    """Quick wins, core chapters, road map, readiness pillars."""
    flags: list[dict] = []
    progs = plan.programmes
    if progs and not any(pr.quick_win for pr in progs):
        flags.append(_flag("no_quick_win", "high", "Tidak ada program quick win.", "No quick-win programmes."))
    ch = chapters(plan)
    for cid, c in ch.items():
        if not c["present"]:
            flags.append(
                _flag(
                    "chapter_missing",
                    c["severity"],
                    f"Bab inti tidak ditemukan: {c['label']['id']}.",
                    f"Core chapter not found: {c['label']['en']}.",
                    chapter=cid,
                )
            )
    terms = {e["value"].get("term") for e in plan.horizons if e["value"].get("term")}
    if not ch["roadmap"]["present"] and len(terms) < 2:
        flags.append(
            _flag(
                "no_roadmap",
                "medium",
                "Tidak ada peta jalan dengan tahapan jangka pendek, menengah dan panjang.",
                "No road map with short, medium and long-term phases.",
            )
        )
    for pil in tax.pillars:
        if not plan.pillars.get(pil.id):
            flags.append(
                _flag(
                    "pillar_not_analysed",
                    "medium",
                    f"Pilar kesiapan {pil.name('id')} tidak dianalisis.",
                    f"Readiness pillar {pil.name('en')} is not analysed.",
                    pillar=pil.id,
                )
            )
    return flags


def consistency(plan: Plan) -> list[dict]:
    """Target years outside the plan period; table totals that do not add up."""
    out = []
    y0, y1 = plan.period
    if y0 and y1:
        bad = [pr for pr in plan.programmes if any(y < y0 or y > y1 + 3 for y in year_values(pr.year))]
        if bad:
            out.append(
                _flag(
                    "target_year_outside_period",
                    "medium",
                    f"{len(bad)} program bertahun di luar periode masterplan {y0}-{y1}.",
                    f"{len(bad)} programmes have years outside the plan period {y0}-{y1}.",
                    [dict(_ev_programme(pr), year=pr.year) for pr in bad[:20]],
                )
            )
    for t in plan.tables:
        for ci, h in enumerate(t["header"]):
            if not re.search(r"anggaran|pagu|biaya|jumlah|total", h, re.IGNORECASE):
                continue
            vals, total = [], None
            for row in t["rows"]:
                if ci >= len(row):
                    continue
                v = parse_number(re.sub(r"(?i)rp\.?\s*", "", row[ci]).strip()) if row[ci].strip() else None
                if any(re.fullmatch(r"(?i)\s*(jumlah|total)\s*", c or "") for c in row[:ci]):
                    total = v
                elif v is not None:
                    vals.append(v)
            if total is not None and vals and abs(sum(vals) - total) > max(1.0, 0.005 * total):
                out.append(
                    _flag(
                        "budget_total_mismatch",
                        "medium",
                        f"Jumlah pada {t['caption'] or 'tabel hal. ' + str(t['page'])} ({total:,.0f}) tidak sama "
                        f"dengan penjumlahan barisnya ({sum(vals):,.0f}).",
                        f"The total in {t['caption'] or 'the table on p. ' + str(t['page'])} ({total:,.0f}) "
                        f"is not the sum of its rows ({sum(vals):,.0f}).",
                        [{"page": t["page"], "table": t["caption"], "column": h}],
                    )
                )
    return out


def completeness(plan: Plan, cov: dict, flags: list[dict], tax: Taxonomy) -> dict:
    cfg = rubric()["completeness"]
    share = cfg["field_pass_share"]
    dims = {}
    for d in DIMENSIONS:
        c = cov[d]
        progs = [pr for pr in plan.programmes if pr.dimension == d]

        def has(field: str, progs: list = progs) -> bool:
            return bool(progs) and sum(1 for pr in progs if field not in pr.missing) / len(progs) >= share

        checks = {
            "analysed": c["passages_by_role"].get("analysis", 0) > 0,
            "strategy": c["passages_by_role"].get("strategy", 0) > 0 or c["passages_by_role"].get("programme", 0) > 0,
            "programmes": bool(progs),
            "all_elements": all(
                c["elements"][e]["programmes"] > 0
                or c["elements"][e]["passages"] >= rubric()["coverage"]["element_min_passages"]
                for e in ELEMENTS[d]
            ),
            "targets": has("target"),
            "years": has("year"),
            "budgets": has("budget"),
            "owners": has("opd"),
            "quick_win": any(pr.quick_win for pr in progs),
        }
        dims[d] = _score(checks, cfg["dimension_items"], tax.name("dimension", d))
    types = {f["type"] for f in flags}
    plan_checks = {
        "chapters": "chapter_missing" not in types,
        "pillars": "pillar_not_analysed" not in types,
        "quick_wins": "no_quick_win" not in types and "no_programmes" not in types,
        "roadmap": "no_roadmap" not in types,
        "consistency": not ({"target_year_outside_period", "budget_total_mismatch"} & types),
    }
    plan_part = _score(plan_checks, cfg["plan_items"], "plan")
    w = cfg["overall_dimension_weight"]
    overall = w * sum(v["score"] for v in dims.values()) / len(dims) + (1 - w) * plan_part["score"]
    return {
        "overall": round(overall, 3),
        "dimensions": dims,
        "plan": plan_part,
        "formula": f"{w} x rata-rata skor dimensi + {round(1 - w, 2)} x butir tingkat dokumen",
    }


def _score(checks: dict[str, bool], items: dict, name: str) -> dict:
    total = sum(items[k]["weight"] for k in checks)
    got = sum(items[k]["weight"] for k, ok in checks.items() if ok)
    return {
        "name": name,
        "score": round(got / total, 3) if total else 0.0,
        "items": [
            {"id": k, "passed": bool(ok), "weight": items[k]["weight"], "label": items[k]["label"]}
            for k, ok in checks.items()
        ],
    }


__all__ = ["coverage", "gaps", "completeness", "chapters", "ALL_ELEMENTS"]
