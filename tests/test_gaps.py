"""review/gaps.py: coverage, gap flags and completeness on small Plan objects built in the test
(no store, no model). The weights, levels and thresholds are read from models/review/rubric.yaml
so that the tests check the formulas, not a copy of today's numbers."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from nlp.taxonomy import DIMENSIONS, ELEMENTS, PILLARS
from nlp.taxonomy import default as default_taxonomy
from review.gaps import chapters, completeness, consistency, coverage, gaps
from review.plan import Plan, Programme

RUBRIC = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "models" / "review" / "rubric.yaml").read_text(encoding="utf-8")
)
COV = RUBRIC["coverage"]
COMP = RUBRIC["completeness"]
TAX = default_taxonomy()

# one section title per core chapter of the rubric
CHAPTER_TITLES = {
    "analisis_strategis": "Analisis Strategis",
    "visi_misi": "Visi dan Misi",
    "program": "Program Smart City per Dimensi",
    "quick_win": "Quick Win",
    "roadmap": "Road Map Pelaksanaan",
}


def _sections(chapter_ids=tuple(CHAPTER_TITLES)) -> list[dict]:
    return [
        {
            "ordinal": i,
            "level": 1,
            "number": f"BAB {i + 1}",
            "title": CHAPTER_TITLES[c],
            "path": f"BAB {i + 1} {CHAPTER_TITLES[c]}",
            "parent": None,
            "page": 3 + 5 * i,
            "char_start": 0,
        }
        for i, c in enumerate(chapter_ids)
    ]


def _passage(pid: int, role: str, dims=(), els=(), issues=(), score: float = 0.9) -> dict:
    lab = lambda ids: [{"id": x, "score": score, "evidence": {}} for x in ids]  # noqa: E731
    return {
        "id": pid,
        "kind": "text",
        "text": f"teks passage {pid} tentang {' '.join(els or dims)}",
        "page_start": 1 + pid // 5,
        "section_path": f"BAB {role}",
        "role": role,
        "entities": [],
        "labels": {"dimensions": lab(dims), "elements": lab(els), "issues": lab(issues)},
    }


def _programme(name: str, element: str, complete: bool = True, quick_win: bool = False, **over) -> Programme:
    p = Programme(name=name, dimension=element.split(".")[0], element=element, quick_win=quick_win, page=40)
    if complete:
        p.opd, p.target, p.year, p.budget = "Diskominfo", "100%", "2026", 1_000_000.0
    for k, v in over.items():
        setattr(p, k, v)
    return p


def _complete_plan() -> Plan:
    """Every dimension analysed (3 analysis passages, one per element, and a strategy passage), one
    complete programme per element (the first of each dimension a quick win), every chapter,
    pillar and two horizon terms, years inside the period and no table totals."""
    passages, progs, pid = [], [], 0
    for d in DIMENSIONS:
        for e in ELEMENTS[d]:
            passages.append(_passage(pid, "analysis", [d], [e]))
            pid += 1
            progs.append(_programme(f"Program {e}", e, quick_win=e == ELEMENTS[d][0]))
        passages.append(_passage(pid, "strategy", [d]))
        pid += 1
    return Plan(
        doc={"id": "plan-1", "title": "Masterplan"},
        passages=passages,
        sections=_sections(),
        programmes=progs,
        roles={},
        pillars={p: [0] for p in PILLARS},
        horizons=[{"type": "horizon", "value": {"term": "pendek"}}, {"type": "horizon", "value": {"term": "panjang"}}],
        period=(2024, 2028),
        tables=[],
    )


def _without(plan: Plan, dim: str) -> Plan:
    p = copy.deepcopy(plan)
    p.passages = [x for x in p.passages if not any(y["id"] == dim for y in x["labels"]["dimensions"])]
    p.programmes = [x for x in p.programmes if x.dimension != dim]
    return p


def _expected_level(s: float) -> str:
    return next(lv["id"] for lv in COV["levels"] if s >= lv["min"] - 1e-9)


def _types(flags) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in flags:
        out.setdefault(f["type"], []).append(f)
    return out


# -- coverage ----------------------------------------------------------------------------------------
def test_coverage_strength_and_level_follow_the_rubric():
    smin = COV["min_label_score"]
    passages = [
        _passage(0, "analysis", ["governance"], ["governance.service"]),
        _passage(1, "strategy", ["governance"], ["governance.service"]),
        _passage(2, "analysis", ["governance"], ["governance.policy"], score=smin - 0.01),  # below: not counted
        _passage(3, "analysis", ["economy"], ["economy.industry"], score=smin),
    ]  # at: counted
    progs = [
        _programme("Mal Pelayanan Publik", "governance.service"),
        _programme("Satu Data", "governance.policy", complete=False, opd="Diskominfo"),
    ]
    plan = Plan({}, passages, [], progs, {}, {}, [], (None, None), [])
    cov = coverage(plan, TAX)
    assert list(cov) == list(DIMENSIONS)
    g = cov["governance"]
    s = min(1.0, COV["w_passage"] * 2 + COV["w_programme"] * 2 + COV["w_complete"] * 1)
    assert g["score"] == pytest.approx(round(s, 3))
    assert g["level"] == _expected_level(s)
    assert (g["passages"], g["programmes"], g["complete_programmes"]) == (2, 2, 1)
    assert g["passages_by_role"] == {"analysis": 1, "strategy": 1}
    assert g["programme_names"] == ["Mal Pelayanan Publik", "Satu Data"]
    assert g["name"] == TAX.name("dimension", "governance")
    assert set(g["elements"]) == set(ELEMENTS["governance"])
    svc, pol = g["elements"]["governance.service"], g["elements"]["governance.policy"]
    assert svc["score"] == pytest.approx(
        round(min(1.0, 2 * COV["w_passage"] + COV["w_programme"] + COV["w_complete"]), 3)
    )
    assert (pol["passages"], pol["programmes"], pol["complete_programmes"]) == (0, 1, 0)
    assert pol["score"] == pytest.approx(COV["w_programme"])
    assert g["elements"]["governance.bureaucracy"]["level"] == COV["levels"][-1]["id"]  # nothing: absent
    assert [e["passage_id"] for e in g["evidence"]] == [0, 1]
    e = cov["economy"]
    assert e["passages"] == 1 and e["score"] == pytest.approx(COV["w_passage"])
    assert e["level"] == _expected_level(COV["w_passage"])
    for d in ("branding", "living", "society", "environment"):
        assert cov[d]["score"] == 0 and cov[d]["level"] == COV["levels"][-1]["id"]


def test_coverage_levels_cover_the_whole_scale():
    # one passage at a time raises the strength by w_passage; the level never goes down and
    # every level is reached on the way from 0 to 1
    seen = []
    for n in range(0, int(1 / COV["w_passage"]) + 2):
        plan = Plan({}, [_passage(i, "analysis", ["living"]) for i in range(n)], [], [], {}, {}, [], (None, None), [])
        c = coverage(plan, TAX)["living"]
        assert c["score"] == pytest.approx(round(min(1.0, n * COV["w_passage"]), 3))
        assert c["level"] == _expected_level(min(1.0, n * COV["w_passage"]))
        seen.append(c["level"])
    order = [lv["id"] for lv in COV["levels"]][::-1]
    assert [order.index(x) for x in seen] == sorted(order.index(x) for x in seen)
    assert set(seen) == set(order)


# -- gaps --------------------------------------------------------------------------------------------
def test_complete_plan_has_no_gap_and_full_completeness():
    plan = _complete_plan()
    cov = coverage(plan, TAX)
    assert all(cov[d]["level"] == COV["levels"][0]["id"] for d in DIMENSIONS)
    flags = gaps(plan, cov, TAX)
    assert flags == []
    comp = completeness(plan, cov, flags, TAX)
    assert comp["overall"] == 1.0
    assert all(it["passed"] for d in comp["dimensions"].values() for it in d["items"])
    assert all(it["passed"] for it in comp["plan"]["items"])
    assert all(c["present"] for c in chapters(plan).values())


def test_dimension_without_passages_or_programmes_is_one_high_gap():
    plan = _without(_complete_plan(), "branding")
    cov = coverage(plan, TAX)
    flags = gaps(plan, cov, TAX)
    t = _types(flags)
    [f] = t["dimension_missing"]
    assert f["dimension"] == "branding" and f["severity"] == "high"
    assert TAX.name("dimension", "branding") in f["message"] and "Smart Branding" in f["message_en"]
    # its elements are covered by that flag, not listed again
    assert [x for x in flags if x.get("dimension") == "branding"] == [f]
    assert cov["branding"]["level"] == COV["levels"][-1]["id"]
    # a few passages (fewer than dimension_min_passages) still leave it missing
    few = copy.deepcopy(plan)
    few.passages += [_passage(900 + i, "analysis", ["branding"]) for i in range(COV["dimension_min_passages"] - 1)]
    assert [x["dimension"] for x in gaps(few, coverage(few, TAX), TAX) if x["type"] == "dimension_missing"] == [
        "branding"
    ]
    enough = copy.deepcopy(plan)
    enough.passages += [
        _passage(900 + i, "analysis", ["branding"], [e])
        for i, e in enumerate(ELEMENTS["branding"] * COV["element_min_passages"])
    ]
    t2 = _types(gaps(enough, coverage(enough, TAX), TAX))
    assert "dimension_missing" not in t2
    [only] = t2["dimension_analysis_only"]  # discussed, but without a programme
    assert only["dimension"] == "branding" and only["severity"] == "high"


def test_element_gaps_missing_or_without_programme():
    plan = _complete_plan()
    plan.programmes = [p for p in plan.programmes if p.element not in ("living.health", "living.mobility")]
    # living.health keeps its one analysis passage (< element_min_passages); living.mobility gets enough
    plan.passages += [
        _passage(500 + i, "analysis", ["living"], ["living.mobility"]) for i in range(COV["element_min_passages"])
    ]
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    assert [(f["element"], f["severity"]) for f in t["element_missing"]] == [("living.health", "medium")]
    assert [(f["element"], f["severity"]) for f in t["element_no_programme"]] == [("living.mobility", "medium")]
    assert "dimension_analysis_only" not in t and "dimension_missing" not in t


@pytest.mark.parametrize("n_missing", [1, 3, 4, 9, 12, 18])  # of 18: low, low, medium, high (at 0.5), high, high
def test_programme_field_gaps_take_their_severity_from_the_missing_share(n_missing):
    plan = _complete_plan()
    n = len(plan.programmes)
    for p in plan.programmes[:n_missing]:
        p.budget = None  # no budget
        p.target = None  # a target given as an indicator still counts
        p.indicator = "Indeks kepuasan"
    flags = gaps(plan, coverage(plan, TAX), TAX)
    t = _types(flags)
    share = n_missing / n
    th = RUBRIC["missing_share"]
    want = "high" if share >= th["high"] else "medium" if share >= th["medium"] else "low"
    [f] = t["programme_missing_budget"]
    assert (f["severity"], f["count"], f["share"]) == (want, n_missing, round(share, 3))
    assert f"{n_missing} dari {n} program" in f["message"]
    assert [e["programme"] for e in f["evidence"]] == [p.name for p in plan.programmes[:n_missing]]
    assert all(e["missing"] == ["budget"] for e in f["evidence"])
    assert not {"programme_missing_target", "programme_missing_year", "programme_missing_opd"} & set(t)
    # ordered by severity
    rank = {"high": 0, "medium": 1, "low": 2}
    assert [rank[x["severity"]] for x in flags] == sorted(rank[x["severity"]] for x in flags)


def test_programme_missing_lists_each_field():
    bare = Programme(name="Program Tanpa Rincian")
    assert bare.missing == ["target", "year", "budget", "opd"]
    assert Programme(name="x", indicator="IKM", year="2026", budget=0.0, opd="Dinas").missing == []  # 0 is a budget
    plan = _complete_plan()
    plan.programmes.append(bare)
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    for fld in ("target", "year", "budget", "opd"):
        [f] = t[f"programme_missing_{fld}"]
        assert f["count"] == 1 and f["evidence"][0]["programme"] == "Program Tanpa Rincian"


def test_quick_win_roadmap_chapter_and_pillar_gaps():
    plan = _complete_plan()
    for p in plan.programmes:
        p.quick_win = False
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    assert [f["severity"] for f in t["no_quick_win"]] == ["high"]

    plan = _complete_plan()
    plan.sections = _sections([c for c in CHAPTER_TITLES if c != "roadmap"])
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    [ch] = t["chapter_missing"]
    assert ch["chapter"] == "roadmap" and ch["severity"] == RUBRIC["chapters"]["roadmap"]["severity"]
    assert "no_roadmap" not in t  # two horizon terms stand in for the road map chapter
    plan.horizons = plan.horizons[:1] + [{"type": "horizon", "value": {"term": "pendek"}}]  # one distinct term
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    assert [f["severity"] for f in t["no_roadmap"]] == ["medium"]

    plan = _complete_plan()
    plan.sections = _sections(["visi_misi"])
    plan.pillars["suprastruktur"] = []
    t = _types(gaps(plan, coverage(plan, TAX), TAX))
    assert {f["chapter"]: f["severity"] for f in t["chapter_missing"]} == {
        c: RUBRIC["chapters"][c]["severity"] for c in CHAPTER_TITLES if c != "visi_misi"
    }
    assert [(f["pillar"], f["severity"]) for f in t["pillar_not_analysed"]] == [("suprastruktur", "medium")]
    # a level-3 heading is not a chapter
    plan.sections = [dict(s, level=3) for s in _sections()]
    assert not any(c["present"] for c in chapters(plan).values())

    empty = Plan({}, [], [], [], {}, {p: [] for p in PILLARS}, [], (None, None), [])
    t = _types(gaps(empty, coverage(empty, TAX), TAX))
    assert [f["severity"] for f in t["no_programmes"]] == ["high"] and "no_quick_win" not in t
    assert sorted(f["dimension"] for f in t["dimension_missing"]) == sorted(DIMENSIONS)
    assert len(t["pillar_not_analysed"]) == len(PILLARS)


def test_consistency_years_outside_the_period_and_table_totals():
    plan = _complete_plan()
    plan.programmes[0].year = "2035"  # past the period (+3 years of grace)
    plan.programmes[1].year = "2029-2031"  # inside the grace
    plan.programmes[2].year = "2020"  # before the period
    plan.tables = [
        {
            "page": 12,
            "caption": "Tabel 5 Anggaran",
            "header": ["No", "Program", "Anggaran (Rp juta)"],
            "rows": [["1", "A", "1.500"], ["2", "B", "2.500"], ["", "Jumlah", "5.000"]],
        },  # 4,000 != 5,000
        {
            "page": 13,
            "caption": "Tabel 6 Anggaran",
            "header": ["No", "Program", "Pagu"],
            "rows": [["1", "A", "1.500"], ["2", "B", "2.500"], ["", "Total", "4.000"]],
        },  # adds up
    ]
    out = _types(consistency(plan))
    [y] = out["target_year_outside_period"]
    assert [e["year"] for e in y["evidence"]] == ["2035", "2020"] and y["severity"] == "medium"
    [b] = out["budget_total_mismatch"]
    assert b["evidence"] == [{"page": 12, "table": "Tabel 5 Anggaran", "column": "Anggaran (Rp juta)"}]
    assert "5,000" in b["message"] and "4,000" in b["message"]
    plan.period = (None, None)  # no period known: no year check
    assert "target_year_outside_period" not in _types(consistency(plan))
    comp = completeness(plan, coverage(plan, TAX), gaps(plan, coverage(plan, TAX), TAX), TAX)
    assert {i["id"]: i["passed"] for i in comp["plan"]["items"]}["consistency"] is False


# -- completeness --------------------------------------------------------------------------------------
def _check_formula(comp: dict) -> None:
    for part, items_cfg in [(d, COMP["dimension_items"]) for d in comp["dimensions"].values()] + [
        (comp["plan"], COMP["plan_items"])
    ]:
        assert [i["id"] for i in part["items"]] == list(items_cfg)
        total = sum(items_cfg[i]["weight"] for i in items_cfg)
        got = sum(items_cfg[i["id"]]["weight"] for i in part["items"] if i["passed"])
        assert part["score"] == pytest.approx(round(got / total, 3))
        assert all(i["weight"] == items_cfg[i["id"]]["weight"] for i in part["items"])
    w = COMP["overall_dimension_weight"]
    mean = sum(d["score"] for d in comp["dimensions"].values()) / len(DIMENSIONS)
    assert comp["overall"] == pytest.approx(round(w * mean + (1 - w) * comp["plan"]["score"], 3))
    assert str(w) in comp["formula"]


def test_completeness_formula_matches_the_rubric_weights():
    plan = _without(_complete_plan(), "society")
    for p in plan.programmes:
        if p.dimension == "economy":
            p.year = None  # all economy programmes lack a year
        if p.dimension == "living":
            p.quick_win = False
    plan.pillars["struktur"] = []
    cov = coverage(plan, TAX)
    flags = gaps(plan, cov, TAX)
    comp = completeness(plan, cov, flags, TAX)
    _check_formula(comp)
    items = lambda d: {i["id"]: i["passed"] for i in comp["dimensions"][d]["items"]}  # noqa: E731
    assert not any(items("society").values()) and comp["dimensions"]["society"]["score"] == 0
    assert [k for k, v in items("economy").items() if not v] == ["years"]
    assert [k for k, v in items("living").items() if not v] == ["quick_win"]
    assert all(items("governance").values())
    assert {i["id"]: i["passed"] for i in comp["plan"]["items"]} == {
        "chapters": True,
        "pillars": False,
        "quick_wins": True,
        "roadmap": True,
        "consistency": True,
    }
    assert 0 < comp["overall"] < 1


def test_field_items_pass_at_the_rubric_share():
    """targets/years/budgets/owners pass when at least field_pass_share of a dimension's programmes
    have the field: checked just below and at the share with 10 programmes in one dimension."""
    share = COMP["field_pass_share"]
    for n_with in range(11):
        plan = _complete_plan()
        plan.programmes = [p for p in plan.programmes if p.dimension != "environment"] + [
            _programme(
                f"Program Lingkungan {i}", "environment.waste", quick_win=i == 0, opd="Dinas LH" if i < n_with else None
            )
            for i in range(10)
        ]
        cov = coverage(plan, TAX)
        comp = completeness(plan, cov, gaps(plan, cov, TAX), TAX)
        _check_formula(comp)
        owners = {i["id"]: i["passed"] for i in comp["dimensions"]["environment"]["items"]}["owners"]
        assert owners is (n_with / 10 >= share), n_with


def test_empty_plan_scores_only_its_passing_plan_items():
    plan = Plan({}, [], [], [], {}, {p: [] for p in PILLARS}, [], (None, None), [])
    cov = coverage(plan, TAX)
    comp = completeness(plan, cov, gaps(plan, cov, TAX), TAX)
    _check_formula(comp)
    assert all(d["score"] == 0 for d in comp["dimensions"].values())
    passed = [i["id"] for i in comp["plan"]["items"] if i["passed"]]
    assert passed == ["consistency"]  # nothing is inconsistent in an empty plan
    w = COMP["overall_dimension_weight"]
    total = sum(v["weight"] for v in COMP["plan_items"].values())
    assert comp["overall"] == pytest.approx(round((1 - w) * COMP["plan_items"]["consistency"]["weight"] / total, 3))
