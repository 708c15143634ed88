"""The JSON contracts of the CLI (README, "CLI"): the key order of every object of
`docs/show/search/classify/entities/review/timeline/compare --json` on the sample corpus equals
the shapes recorded before the service-layer redesign (tests/golden/json_contracts.json, made
from the outputs of the code before it; values were compared byte for byte then, see the
README). Typed records read their own JSON back unchanged, and the service layer gives the same
JSON as the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

GOLDEN = Path(__file__).parent / "golden" / "json_contracts.json"
# objects whose keys are data (ids, numbers, roles), not part of the contract: their values' shapes are
MAPS = (
    "$.coverage",
    "$.coverage.*.elements",
    "$.coverage.*.passages_by_role",
    "$.coverage.*.elements.*.passages_by_role",
    "$.alignment_matrix.rows",
    "$.completeness.dimensions",
    "$.chapters",
    "$.pillars",
    "$[].evidence.dimensions",
    "$[].evidence.elements",
    "$[].evidence.issues",
    "$.document.meta",
    "$[].meta",
    "$.events[].programmes[]",
    "$.news[].programmes[]",
)


def shape(obj) -> dict[str, list[list[str]]]:
    """The key sequences of the objects at every path (list items merged, map keys as '*')."""
    out: dict[str, list[list[str]]] = {}

    def walk(o, path: str) -> None:
        if isinstance(o, dict):
            is_map = path in MAPS
            if not is_map and list(o) not in out.setdefault(path, []):
                out[path].append(list(o))
            for k, v in o.items():
                walk(v, f"{path}.{'*' if is_map else k}")
        elif isinstance(o, list):
            for x in o:
                walk(x, path + "[]")

    walk(obj, "$")
    return out


def merge(shapes: list[dict]) -> dict:
    out: dict[str, list[list[str]]] = {}
    for s in shapes:
        for p, variants in s.items():
            out.setdefault(p, []).extend(v for v in variants if v not in out[p])
    return out


def assert_same_shape(name: str, got: dict, want: dict) -> None:
    """Every object has exactly one of the key sequences (names and order) that the contract
    recorded at its path."""
    problems = []
    for path, variants in got.items():
        if path not in want:
            if not any(path.startswith(m + ".") for m in MAPS):
                problems.append(f"{path}: not in the contract")
            continue
        known = {k for v in want[path] for k in v}
        for keys in variants:
            if keys in want[path]:
                continue
            unknown = [k for k in keys if k not in known]
            problems.append(
                f"{path}: unknown keys {unknown}" if unknown else f"{path}: key order {keys} is none of {want[path]}"
            )
    assert not problems, f"{name}:\n" + "\n".join(problems)


def json_of(r) -> object:
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    return lines[0] if len(lines) == 1 else lines


@pytest.fixture(scope="module")
def golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


CASES = [
    ("docs", ["docs", "--json"]),
    ("search", ["search", "air bersih di permukiman pesisir", "--json"]),
    ("review", ["review", "Tanjung Seruni", "--json"]),
    ("review", ["review", "Gunung Arum", "--json"]),
    ("timeline", ["timeline", "Nusa Permai", "--json"]),
    ("compare", ["compare", "--json"]),
    ("compare_programme", ["compare", "--programme", "e-KTP", "--json"]),
    ("benchmark", ["compare", "--benchmark", "Nusa Permai", "--json"]),
]


@pytest.mark.parametrize("name,args", CASES, ids=[" ".join(a[:2]) for _, a in CASES])
def test_cli_json_keeps_its_contract(corpus_store, golden, name, args):
    r = run_cli(*args, "--store", str(corpus_store))
    assert r.returncode == 0, r.stderr
    data = json_of(r)
    if name == "search":
        data = data if isinstance(data, list) else [data]
        assert data, "the sample corpus answers this query"
    assert_same_shape(name, shape(data), golden[name])


def test_show_and_classify_keep_their_contract(corpus_store, golden, tmp_path):
    docs = json_of(run_cli("docs", "--json", "--store", str(corpus_store)))
    plan = next(d["id"] for d in docs if d["kind"] == "masterplan")
    r = run_cli("show", plan, "--json", "--store", str(corpus_store))
    assert r.returncode == 0, r.stderr
    assert_same_shape("show", shape(json_of(r)), golden["show"])
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "Peningkatan cakupan air bersih dan sanitasi di permukiman kumuh."}\n'
        '{"id": "b", "text": "Penguatan UMKM melalui pasar daring dan pembayaran nontunai."}\n'
    )
    for name in ("classify", "entities"):
        r = run_cli(name, "--json", str(src))
        assert r.returncode == 0, r.stderr
        assert_same_shape(name, shape(json_of(r)), golden[name])


def test_a_broken_shape_is_caught(golden):
    """The check itself: a renamed or reordered key fails it."""
    with pytest.raises(AssertionError, match="unknown keys"):
        assert_same_shape("docs", shape([{"id": 1, "titel": "x"}]), golden["docs"])
    with pytest.raises(AssertionError, match="key order"):
        assert_same_shape("docs", shape([{"title": "x", "id": 1}]), golden["docs"])


def test_records_read_their_own_json_back(corpus_store):
    from review.records import Review, Timeline
    from service import Telaah

    with Telaah(corpus_store) as t:
        for city in ("Nusa Permai", "Gunung Arum"):
            r = t.review(city)
            assert Review.from_json(r.to_json()).to_json() == r.to_json()
        tl = t.timeline("Nusa Permai")
        assert Timeline.from_json(tl.to_json()).to_json() == tl.to_json()
        assert tl.events, "the sample corpus has news for Nusa Permai"


def test_service_and_cli_give_the_same_json(corpus_store):
    """The CLI is only a front end: its JSON is the service's records."""
    from service import Telaah

    cli_review = json_of(run_cli("review", "Lembah Sari", "--json", "--store", str(corpus_store)))
    cli_docs = json_of(run_cli("docs", "--json", "--store", str(corpus_store)))
    with Telaah(corpus_store) as t:
        svc_review = t.review("Lembah Sari").to_json()
        svc_docs = [d.to_json() for d in t.documents()]
    for volatile in ("generated_at", "seconds"):
        cli_review.pop(volatile), svc_review.pop(volatile)
    assert cli_review == svc_review
    assert cli_docs == svc_docs
