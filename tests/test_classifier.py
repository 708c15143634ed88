"""The extractor: taxonomy validation, the `telaah classify` contract, evidence, labels at
ingest and the dimension/issue search filters."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, run_cli

from nlp.taxonomy import ALL_ELEMENTS, DIMENSIONS, ISSUES, TaxonomyError, load

TAX = ROOT / "models" / "taxonomy" / "taxonomy.yaml"


def test_taxonomy_loads_with_the_domain_ids():
    t = load()
    assert [d.id for d in t.dimensions] == list(DIMENSIONS)
    assert [e.id for e in t.elements] == list(ALL_ELEMENTS)
    assert [i.id for i in t.issues] == list(ISSUES)
    assert all(x.label["id"] and x.label["en"] and x.lexicon for x in t.elements + t.issues)
    assert {c["maps_to"] for c in t.crosswalk} >= {"society", "living.mobility", "governance"}
    assert 0 < t.threshold("issue", "health") < 1


@pytest.mark.parametrize(
    "edit,message",
    [
        (lambda s: s.replace("id: living.health", "id: living.helth"), "'living.helth' is not an element of 'living'"),
        (lambda s: s.replace("- id: fiscal", "- id: fiskal"), "issues[19]: id 'fiskal' is not an issue category"),
        (lambda s: s.replace("version:", "versi:"), "'version' is missing"),
        (lambda s: s + "\n  - [unclosed", "not valid YAML"),
    ],
)
def test_taxonomy_errors_name_the_file_and_entry(tmp_path, edit, message):
    bad = tmp_path / "taxonomy.yaml"
    bad.write_text(edit(TAX.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(TaxonomyError) as e:
        load(bad, thresholds_path=None)
    assert message in str(e.value) and "taxonomy.yaml" in str(e.value)


@pytest.mark.parametrize(
    "content, messages",
    [
        (
            "issues:\n  health: 1.7\n  kesehatan: 0.4\n",
            ["issues.health: threshold must be a number between 0 and 1", "'kesehatan' is not a issue id"],
        ),
        (
            "decoding:\n  max_labels: 3\n  relative_to_top: 0.3\n  fallback:\n    issue: 2\n",
            ["decoding.fallback must map"],
        ),
    ],
)
def test_threshold_file_is_validated(tmp_path, content, messages):
    bad = tmp_path / "thresholds.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError) as e:
        load(TAX, thresholds_path=bad)
    for m in messages:
        assert m in str(e.value)


CASES = [
    {
        "id": "kes",
        "text": "Prevalensi stunting balita masih 24,1 persen; Dinas Kesehatan memperkuat posyandu, "
        "pemberian makanan tambahan dan pemantauan gizi di puskesmas.",
    },
    {
        "id": "air",
        "text": "Cakupan layanan air minum perpipaan baru 58 persen rumah tangga; Perumda Air Minum "
        "menambah sambungan rumah dan menekan kehilangan air.",
    },
    {
        "id": 3,
        "text": "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan. Agar setiap orang "
        "mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya "
        "dalam Lembaran Daerah.",
    },
    {
        "id": "pasar",
        "text": "Pembayaran retribusi pasar dengan QRIS bagi pedagang pasar tradisional, "
        "bekerja sama dengan bank daerah.",
    },
]


def test_classify_contract_jsonl(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n", encoding="utf-8")
    r = run_cli("classify", "--json", str(f))
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == [c["id"] for c in CASES]
    for o in out:
        assert set(o) == {"id", "dimensions", "elements", "issues", "evidence"}
        for field, valid in (("dimensions", DIMENSIONS), ("elements", ALL_ELEMENTS), ("issues", ISSUES)):
            scores = [x["score"] for x in o[field]]
            assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
            assert {x["id"] for x in o[field]} <= set(valid)
        # every asserted element's dimension is asserted too
        assert {e["id"].split(".")[0] for e in o["elements"]} <= {d["id"] for d in o["dimensions"]}
    by = {o["id"]: o for o in out}
    assert by["kes"]["elements"][0]["id"] == "living.health" and by["kes"]["issues"][0]["id"] == "health"
    assert "clean_water" in {x["id"] for x in by["air"]["issues"]}
    assert "economy.transaction" in {x["id"] for x in by["pasar"]["elements"]}
    assert by[3]["dimensions"] == [] and by[3]["elements"] == [] and by[3]["issues"] == []  # abstain
    # evidence: spans inside the text, for each asserted label
    text = CASES[0]["text"]
    ev = by["kes"]["evidence"]["elements"]["living.health"]
    assert ev["terms"] and all(text[t["start"] : t["end"]] == t["text"] for t in ev["terms"])
    assert {"stunting", "posyandu", "puskesmas"} & {t["text"].lower() for t in ev["terms"]}


def test_classify_bad_lines_do_not_stop_the_rest():
    import io
    import sys

    data = (
        '{"id": 1, "text": "Bank sampah dan TPS3R di setiap kelurahan."}\n{"id": 2, "text": \n'
        "teks biasa tanpa JSON tentang pariwisata desa wisata\n"
    )
    old = sys.stdin
    sys.stdin = io.StringIO(data)
    try:
        r = run_cli("classify", "--json", "-")
    finally:
        sys.stdin = old
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 1 and len(out) == 3 and "line 2: not valid JSON" in r.stderr
    assert "environment.waste" in {x["id"] for x in out[0]["elements"]} and out[1]["error"]
    assert out[2]["id"] == 3 and "branding.tourism" in {x["id"] for x in out[2]["elements"]}


def test_labels_are_stored_at_ingest_and_filter_search(corpus_store):
    from index.store import Store

    with Store(corpus_store) as st:
        n_lab = st.conn.execute("SELECT count(DISTINCT passage_id) FROM classified").fetchone()[0]
        assert n_lab == st.counts()["passages"]
        n_ent = st.conn.execute("SELECT count(*) FROM entities WHERE type = 'opd'").fetchone()[0]
        assert n_ent > 50
    r = run_cli("search", "program", "--dimension", "environment", "--store", str(corpus_store), "--json", "-k", "20")
    hits = [json.loads(x) for x in r.stdout.splitlines()]
    assert hits and all("environment" in {d["id"] for d in h["labels"]["dimensions"]} for h in hits)
    r = run_cli("search", "program", "--issue", "clean_water", "--store", str(corpus_store), "--json")
    hits = [json.loads(x) for x in r.stdout.splitlines()]
    assert hits and all("clean_water" in {d["id"] for d in h["labels"]["issues"]} for h in hits)


def test_relabel_after_threshold_edit(corpus_store, tmp_path):
    """Labels are re-computable: a changed taxonomy/threshold file makes them stale."""
    from index.embedder import store_embedder
    from index.store import Store
    from nlp.classifier import get_classifier
    from service.pipeline import label_pending

    store = tmp_path / "copy"
    shutil.copytree(corpus_store, store)
    v1 = get_classifier().version
    with Store(store) as st:
        assert st.count_unclassified(v1) == 0
        st.conn.execute("UPDATE classified SET version = 'old'")
        assert st.count_unclassified(v1) == st.counts()["passages"]
        assert label_pending(st, store_embedder(st)) == st.counts()["passages"]
        assert st.count_unclassified(v1) == 0


def test_labelled_set_follows_the_guide():
    from nlp.taxonomy import default
    from nlp.train import check_labelled, load_labelled, split

    rows = load_labelled()
    assert check_labelled(rows, default()) == []
    train, test = split(rows)
    assert len(rows) >= 1500 and 0.15 < len(test) / len(rows) < 0.25
    none = sum(not (r["elements"] or r["issues"]) for r in rows)
    assert none / len(rows) >= 0.2
    # table records are rendered exactly as ingest stores a table passage
    tb = next(r for r in rows if "table" in r)
    assert tb["text"].splitlines()[1 if tb["table"].get("caption") else 0].startswith("Kolom: ")


def test_check_labelled_names_the_problem():
    from nlp.taxonomy import default
    from nlp.train import check_labelled

    rows = [
        {
            "id": "x-1",
            "_src": "x.jsonl:1",
            "text": "Sampah plastik di TPA",
            "style": "analysis",
            "elements": ["environment.waste"],
            "dimensions": [],
            "issues": ["sampah"],
        },
        {
            "id": "x-1",
            "_src": "x.jsonl:2",
            "text": "Daftar isi",
            "style": "none_toc",
            "elements": [],
            "dimensions": [],
            "issues": ["waste"],
        },
    ]
    errs = check_labelled(rows, default())
    assert any("x.jsonl:1: unknown issue ids ['sampah']" in e for e in errs)
    assert any("x.jsonl:1: dimensions [] must be the prefixes" in e for e in errs)
    assert any("x.jsonl:2: duplicate id x-1" in e for e in errs)
    assert any("x.jsonl:2: style none_toc but labelled" in e for e in errs)


def test_two_column_damage_keeps_the_words_in_column_order():
    import numpy as np

    from nlp.train import garble

    text = " ".join(f"w{i}" for i in range(60))
    g = garble(text, np.random.default_rng(3))
    lines = g.split("\n\n")
    words = [w for ln in lines for w in ln.split() if w.startswith("w")]
    assert len(lines) > 4 and set(words) <= set(text.split())
    # every second line continues the left column, the others the right one: both ascend
    left = [int(w[1:]) for ln in lines[0::2] for w in ln.split() if w.startswith("w")]
    right = [int(w[1:]) for ln in lines[1::2] for w in ln.split() if w.startswith("w")]
    assert left == sorted(left) and right == sorted(right) and left and right


def test_decoding_caps_labels_and_implies_dimensions():
    import numpy as np

    from nlp.classifier import decode

    ids = {
        "dimension": ["living", "economy"],
        "element": ["living.health", "economy.welfare"],
        "issue": ["health", "poverty", "employment"],
    }
    probs = {
        "dimension": np.array([[0.2, 0.1]]),
        "element": np.array([[0.9, 0.3]]),
        "issue": np.array([[0.95, 0.6, 0.3]]),
    }
    thr = {"dimension": np.array([0.5, 0.5]), "element": np.array([0.5, 0.5]), "issue": np.array([0.5, 0.25, 0.25])}
    d = decode(probs, thr, ids, max_labels=3, relative=0.5, implies=True)[0]
    assert [x for x, _ in d["dimension"]] == ["living"] and [x for x, _ in d["issue"]] == ["health", "poverty"]
    d = decode(probs, thr, ids, max_labels=1, relative=0.0, implies=False)[0]
    assert d["dimension"] == [] and [x for x, _ in d["issue"]] == ["health"]


def test_fallback_gives_a_passage_that_is_about_something_its_best_issue():
    import numpy as np

    from nlp.classifier import decode

    ids = {
        "dimension": ["living", "economy"],
        "element": ["living.mobility", "economy.welfare"],
        "issue": ["transport", "poverty"],
    }
    thr = {k: np.array([0.5, 0.5]) for k in ids}
    # the element clears its threshold, no issue does: the fallback adds the best issue
    probs = {
        "dimension": np.array([[0.1, 0.1], [0.1, 0.1]]),
        "element": np.array([[0.8, 0.1], [0.2, 0.1]]),
        "issue": np.array([[0.3, 0.1], [0.4, 0.1]]),
    }
    d = decode(probs, thr, ids, fallback={"issue": 0.2})
    assert [x for x, _ in d[0]["issue"]] == ["transport"] and [x for x, _ in d[0]["dimension"]] == ["living"]
    # nothing cleared anywhere: still an abstain (the fallback never turns a none into a label)
    assert d[1] == {"dimension": [], "element": [], "issue": []}
    assert decode(probs, thr, ids, fallback={"issue": 0.35})[0]["issue"] == []
