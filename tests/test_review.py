"""The review engine on the sample corpus's reference cases (corpus/cases.yaml) and on the
real DKI Jakarta RPJMD, plus the reports (HTML escaped, PDF rendered, XLSX readable)."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from conftest import CORPUS, REALDATA, needs_realdata, run_cli

CASES = {c["name"]: c for c in yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))["cases"]}


@pytest.fixture(scope="module")
def reviews(corpus_store):
    out = {}
    for name in CASES:
        r = run_cli("review", name, "--store", str(corpus_store), "--json")
        assert r.returncode == 0, r.stderr
        out[name] = json.loads(r.stdout)
    return out


def test_json_contract(reviews):
    r = reviews["Kota Nusa Permai"]
    assert {"city", "coverage", "completeness", "gaps", "alignment", "unlinked_programmes"} <= set(r)
    assert set(r["coverage"]) == {"governance", "branding", "economy", "living", "society", "environment"}
    for d in r["coverage"].values():
        assert 0 <= d["score"] <= 1 and len(d["elements"]) == 3
    for a in r["alignment"]:
        assert {"issue", "categories", "status", "score", "evidence"} <= set(a)
        assert a["status"] in ("addressed", "weak", "not_addressed")
    for g in reviews["Kota Tanjung Seruni"]["gaps"]:
        assert {"type", "severity", "message", "evidence"} <= set(g) and g["severity"] in ("high", "medium", "low")


@pytest.mark.parametrize("name", list(CASES))
def test_programmes_and_quick_wins_match_the_reference(reviews, name):
    exp, r = CASES[name]["expected"], reviews[name]
    assert len(r["programmes"]) == exp["programmes"]
    assert sum(p["quick_win"] for p in r["programmes"]) == exp["quick_wins"]
    per = {}
    for p in r["programmes"]:
        per[p["dimension"]] = per.get(p["dimension"], 0) + 1
    assert {d: per.get(d, 0) for d in exp["programmes_per_dimension"]} == exp["programmes_per_dimension"]


@pytest.mark.parametrize("name", list(CASES))
def test_rpjmd_issues_are_extracted_and_categorised(reviews, name):
    exp, r = CASES[name]["expected"], reviews[name]
    assert r["alignment_mode"] == "rpjmd"
    got = [a["issue"].lower() for a in r["alignment"]]
    assert len(got) == len(exp["rpjmd_issues"])
    hits = 0
    for want, a in zip(exp["rpjmd_issues"], r["alignment"]):
        assert want["text"].lower().startswith(a["issue"].lower()[:30]) or a["issue"].lower() in want["text"].lower()
        hits += want["categories"][0] in a["categories"]
    assert hits >= len(exp["rpjmd_issues"]) - 1  # the main category, all but at most one


def test_complete_plan_has_no_high_severity_gap(reviews):
    r = reviews["Kota Nusa Permai"]
    assert [g for g in r["gaps"] if g["severity"] == "high"] == []
    assert all(a["status"] == "addressed" for a in r["alignment"])
    assert r["summary"]["completeness"] >= 0.9


def test_plan_without_branding_is_flagged_for_exactly_that_dimension(reviews):
    r = reviews["Kabupaten Lembah Sari"]
    missing = [g for g in r["gaps"] if g["type"] == "dimension_missing"]
    assert [g["dimension"] for g in missing] == ["branding"] and missing[0]["severity"] == "high"
    assert r["coverage"]["branding"]["level"] == "tidak_ada"
    assert all(r["coverage"][d]["level"] != "tidak_ada" for d in r["coverage"] if d != "branding")
    # its elements are not flagged one by one as well
    assert not [g for g in r["gaps"] if g.get("dimension") == "branding" and g["type"] != "dimension_missing"]


def test_bare_programmes_get_missing_target_and_budget_flags(reviews):
    r = reviews["Kota Tanjung Seruni"]
    types = {g["type"]: g for g in r["gaps"]}
    for t in ("programme_missing_target", "programme_missing_budget", "programme_missing_year"):
        assert types[t]["severity"] == "high" and types[t]["count"] == 30
    assert "programme_missing_opd" not in types
    assert r["completeness"]["dimensions"]["governance"]["score"] < 0.8
    # the complete plan has none of these
    assert not [g for g in reviews["Kota Nusa Permai"]["gaps"] if g["type"].startswith("programme_missing")]


def test_programme_records_say_where_each_field_came_from(reviews):
    """Issue 19: every field of a programme carries its source (page, rule, confidence); the
    programmes of tidy tables stay those of the tables (the prose describing them adds none)."""
    for name in ("Kota Nusa Permai", "Kota Tanjung Seruni"):
        for p in reviews[name]["programmes"]:
            assert p["source"] == "table" and p["confidence"] == 1.0
            assert {s["field"] for s in p["sources"]} >= {"opd"}
            for s in p["sources"]:
                assert s["page"] == p["page"] and 0 < s["confidence"] <= 1 and s["how"]
    p = reviews["Kota Nusa Permai"]["programmes"][0]
    assert p["opds"] == [p["opd"]] and p["target_value"] is not None and p["budget"] > 0


def test_missing_field_evidence_reads_in_the_ui_language(reviews):
    g = next(g for g in reviews["Kota Tanjung Seruni"]["gaps"] if g["type"] == "programme_missing_budget")
    ev = g["evidence"][0]
    assert ev["message"].endswith("belum ada target, tahun, anggaran") and f"hal. {ev['page']}" in ev["message"]
    assert ev["message_en"].endswith("missing target, year, budget")


def test_misaligned_plan_shows_its_two_ignored_issues(reviews):
    r = reviews["Kabupaten Gunung Arum"]
    ignored = {c for a in r["alignment"] if a["status"] == "not_addressed" for c in a["categories"]}
    assert ignored == set(CASES["Kabupaten Gunung Arum"]["expected"]["ignored_issues"])
    assert sum(a["status"] == "not_addressed" for a in r["alignment"]) == 2
    flags = [g for g in r["gaps"] if g["type"] == "rpjmd_issue_not_addressed"]
    assert len(flags) == 2 and all(g["severity"] == "high" for g in flags)
    for a in r["alignment"]:
        if a["status"] == "addressed":
            assert a["programmes"] and all(p["page"] for p in a["programmes"])


def test_news_timeline_and_scores(corpus_store):
    r = run_cli("timeline", "Nusa Permai", "--store", str(corpus_store), "--json")
    ev = json.loads(r.stdout)["events"]
    assert [e["type"] for e in ev] == ["mou", "bintek", "launch", "evaluation"]
    assert [e["date"] for e in ev] == sorted(e["date"] for e in ev)
    assert (
        next(e for e in ev if e["type"] == "evaluation")["score"]
        == CASES["Kota Nusa Permai"]["expected"]["evaluation_score"]
    )
    launch = next(e for e in ev if e["type"] == "launch")
    assert any("112" in p["name"] for p in launch["programmes"])


def test_compare_and_similar_programmes(corpus_store):
    r = run_cli("compare", "--store", str(corpus_store), "--json")
    rows = {x["city"]: x for x in json.loads(r.stdout)["cities"]}
    assert set(rows) == set(CASES)
    assert rows["Kabupaten Lembah Sari"]["missing_dimensions"] == ["branding"]
    assert rows["Kota Nusa Permai"]["completeness"] > rows["Kota Tanjung Seruni"]["completeness"]
    r = run_cli("compare", "--programme", "layanan darurat 112", "--quick-win", "--store", str(corpus_store), "--json")
    found = json.loads(r.stdout)
    assert found and "112" in found[0]["name"] and found[0]["quick_win"]
    r = run_cli("compare", "--benchmark", "Tanjung Seruni", "--store", str(corpus_store), "--json")
    b = json.loads(r.stdout)
    assert b["metrics"]["completeness"]["rank"] == 4 and b["metrics"]["completeness"]["of"] == 4


def test_review_without_rpjmd_uses_the_checklist_and_a_typed_issue_list(corpus_store, tmp_path):
    mp = next((CORPUS / "docs" / "tanjung_seruni").glob("masterplan_*.pdf"))
    store = tmp_path / "only-plan"
    assert run_cli("ingest", str(mp), "--store", str(store), "--no-progress", "-q").returncode == 0
    r = json.loads(run_cli("review", "Tanjung Seruni", "--store", str(store), "--json").stdout)
    assert r["alignment_mode"] == "checklist" and len(r["alignment"]) == 20
    assert not [g for g in r["gaps"] if g["type"] == "rpjmd_issue_not_addressed"]
    lst = tmp_path / "isu.txt"
    lst.write_text("1. Kemacetan lalu lintas di pusat kota\n2. Tingginya angka kemiskinan nelayan\n", encoding="utf-8")
    r = json.loads(run_cli("review", "Tanjung Seruni", "--rpjmd", str(lst), "--store", str(store), "--json").stdout)
    assert [a["issue"] for a in r["alignment"]] == [
        "Kemacetan lalu lintas di pusat kota",
        "Tingginya angka kemiskinan nelayan",
    ]
    assert r["alignment"][0]["categories"][0] == "transport" and r["alignment"][0]["status"] == "addressed"


def test_unknown_or_ambiguous_city_is_one_clear_line(corpus_store):
    r = run_cli("review", "Kota Antah Berantah", "--store", str(corpus_store))
    assert r.returncode == 2 and "no documents for" in r.stderr and "Traceback" not in r.stderr


def test_reports_render_escaped_html_pdf_and_xlsx(reviews, tmp_path):
    import dataclasses
    import subprocess

    from openpyxl import load_workbook

    from review.records import Review
    from review.report import write_report

    r = Review.from_json(reviews["Kota Tanjung Seruni"])
    r.programmes = [
        dataclasses.replace(r.programmes[0], name='<script>alert(1)</script>=HYPERLINK("x")')
    ] + r.programmes[1:]
    html_, pdf, xlsx = write_report(r, tmp_path / "out")
    page = html_.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "Laporan Telaah Masterplan Smart City" in page and "tidak mencantumkan anggaran" in page
    assert pdf.read_bytes()[:5] == b"%PDF-"
    png = (
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], capture_output=True
        )
        if shutil.which("pdftoppm")
        else None
    )
    if png is not None and png.returncode == 0:  # poppler present: the first page really renders
        assert (tmp_path / "p-1.png").stat().st_size > 5000
    wb = load_workbook(xlsx)
    assert {"Ringkasan", "Cakupan", "Celah", "Keselarasan", "Program"} <= set(wb.sheetnames)
    assert wb["Program"]["A2"].value.startswith("<script>")  # data kept, as text
    assert wb["Program"].max_row == len(r.programmes) + 1
    assert wb["Program"]["K1"].value == "Kode nomenklatur"  # the official code, appended after the page


@needs_realdata
def test_real_rpjmd_issues_from_its_chapter(tmp_path):
    """The real DKI Jakarta RPJMD 2025-2029: issues from "II.3.3 Isu Strategis 2025-2029"."""
    from index.store import Store
    from review.issues import find_issue_section, map_categories

    store = tmp_path / "dki"
    src = REALDATA / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt"
    assert run_cli("ingest", str(src), "--store", str(store), "--no-index", "-q", "--no-progress").returncode == 0
    with Store(store) as st:
        doc = st.documents()[0]
        found = find_issue_section(st, doc["id"])
    assert "Isu Strategis 2025-2029" in found["section"]["title"]
    items = found["items"]
    assert len(items) == 7 and items[0].text.startswith("Modal Manusia")
    map_categories(items)
    cats = [it.categories[0]["id"] for it in items]
    assert cats[0] == "human_capital" and cats[3] == "governance" and "transport" in cats and "environment" in cats
