"""The sample corpus ingests completely, with the cities, kinds, periods and tables that
corpus/cases.yaml (the reference cases for later review work) says it has."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import CORPUS, run_cli

CASES = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("corpus") / "store"
    r = run_cli("ingest", str(CORPUS / "docs"), "--store", str(store), "--no-progress", "--json")
    assert r.returncode == 0, r.stderr
    results = json.loads(r.stdout)
    return store, results


def test_every_sample_file_ingested(corpus_store):
    store, results = corpus_store
    n_files = sum(len(c["files"]) for c in CASES)
    assert len(results) == n_files
    bad = [r for r in results if r["status"] != "added"]
    assert not bad, bad


@pytest.mark.parametrize("case", CASES, ids=[c["slug"] for c in CASES])
def test_city_kind_and_period(corpus_store, case):
    store, results = corpus_store
    by_name = {"/".join(r["path"].split("/")[-2:]): r for r in results}
    docs = {d["id"]: d for d in json.loads(run_cli("docs", "--json", "--store", str(store)).stdout)}
    for f in case["files"]:
        r = by_name[f["path"]]
        assert r["kind"] == f["kind"], (f["path"], r["kind"])
        assert r["city"] == case["name"], (f["path"], r["city"])
        if "pages" in f:
            assert r["pages"] == f["pages"]
        d = docs[r["doc_id"]]
        if f["kind"] == "masterplan":
            assert d["year"] == case["plan_period"]
        if f["kind"] == "rpjmd":
            assert d["year"] == case["rpjmd_period"]
        if f["kind"] == "news":
            assert d["year"] and int(str(d["year"])[:4]) >= 2020
            assert d["title"] and "banner" not in d["title"].lower()


@pytest.mark.parametrize("case", CASES, ids=[c["slug"] for c in CASES])
def test_masterplan_sections_and_programme_tables(corpus_store, case):
    store, results = corpus_store
    mp = next(r for r in results if r["kind"] == "masterplan" and r["city"] == case["name"])
    shown = json.loads(run_cli("show", mp["doc_id"], "--json", "--store", str(store)).stdout)
    paths = [s["path"] for s in shown["sections"]]
    assert any(p.startswith("BAB V") for p in paths) and any("QUICK WIN" in p for p in paths)
    prog_rows = [
        r for t in shown["tables"] if t["header"][:2] == ["No", "Program"] and "OPD" in t["header"] for r in t["rows"]
    ]
    n_prog = case["expected"].get("n_programmes")
    if n_prog:
        assert len([r for r in prog_rows if r[0].isdigit()]) >= n_prog
    # every passage has a page, a section path and offsets into the document text
    for p in shown["passages"]:
        assert p["page"] >= 1 and p["char_end"] > p["char_start"]
    assert sum(1 for p in shown["passages"] if p["section"]) >= 0.9 * len(shown["passages"])
    if "branding" in case["expected"].get("missing_dimensions", []):
        assert not any("Smart Branding" in p for p in paths)
    else:
        assert any("Smart Branding" in p for p in paths)


def test_rpjmd_isu_strategis_sections(corpus_store):
    store, results = corpus_store
    for r in results:
        if r["kind"] != "rpjmd":
            continue
        shown = json.loads(run_cli("show", r["doc_id"], "--json", "--store", str(store)).stdout)
        assert any("Isu Strategis" in s["path"] or "ISU STRATEGIS" in s["path"] for s in shown["sections"]), r["path"]
