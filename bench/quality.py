"""Label quality of the extractor on held-out data, per label and overall.

    .venv/bin/python bench/quality.py [--per-label] [--json]

Test sets (none of them is used for training or threshold choice):
  test      the held-out split of models/labelled (sha1(id) mod 5 == 0; nlp/train.py)
  real      320 hand-labelled passages of the real DKI Jakarta RPJMD / RPJPD / RKPD / Perda and
            RPJMN 2025-2029 chapters (bench/eval/realdata_labels.jsonl; the passages are read
            from ../shared/realdata, ingested into bench/out/label-store)
  fresh     192 more hand-labelled real passages of the same documents, a second seeded sample
            disjoint from `real`, labelled blind (without seeing any prediction) after the error
            analysis on `real` that shaped the 2026-12 training data, and evaluated once
            (bench/eval/realdata_labels_fresh.jsonl)
  isu       219 real strategic-issue statements of 22 regions (bench/eval/isu_strategis_labels.csv
            + ../shared/realdata/isu_strategis_pemda; issues and dimensions only)

Metrics: per-label precision / recall / F1, micro and macro F1 for dimensions, elements and
issues; abstention: the share of passages whose abstain decision (no label at all) is right,
and the precision / recall of abstaining.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REALDATA = (ROOT.parent / "shared" / "realdata").resolve()
LABEL_STORE = ROOT / "bench" / "out" / "label-store"
REAL_LABELS = ROOT / "bench" / "eval" / "realdata_labels.jsonl"
FRESH_LABELS = ROOT / "bench" / "eval" / "realdata_labels_fresh.jsonl"
ISU_LABELS = ROOT / "bench" / "eval" / "isu_strategis_labels.csv"
KINDS = (("dimensions", "dimension"), ("elements", "element"), ("issues", "issue"))


def test_split() -> list[dict]:
    from nlp.train import load_labelled, split

    return [
        {
            "id": r["id"],
            "text": r["text"],
            "dimensions": r["dimensions"],
            "elements": r["elements"],
            "issues": r["issues"],
        }
        for r in split(load_labelled())[1]
    ]


def real_passages(labels: Path = REAL_LABELS) -> tuple[list[dict], int]:
    """The labelled real passages, found in the label store by sha1 (else by the locator phrase)."""
    from index.store import Store

    if not (LABEL_STORE / "telaah.db").exists():
        print(f"# ingesting the real documents into {LABEL_STORE} ...", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "cli.py"),
                "ingest",
                str(REALDATA / "dki_jakarta"),
                str(REALDATA / "rpjmn_2025_2029"),
                "--store",
                str(LABEL_STORE),
                "--no-index",
                "-q",
                "--no-progress",
            ],
            check=True,
        )
    rows = [json.loads(x) for x in labels.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_doc: dict[str, list[dict]] = {}
    with Store(LABEL_STORE, readonly=True) as st:
        for d in st.documents():
            p = Path(d["source_path"])
            key = "/".join(p.parts[p.parts.index("realdata") :]) if "realdata" in p.parts else p.name
            by_doc[key] = st.passages(d["id"])
    out, lost = [], 0
    for r in rows:
        ps = by_doc.get(r["doc"], [])
        hit = next((p for p in ps if hashlib.sha1(p["text"].encode()).hexdigest() == r["text_sha1"]), None)
        hit = hit or next((p for p in ps if r["contains"] in p["text"]), None)
        if hit is None:
            lost += 1
            continue
        out.append(
            {
                "id": f"{r['doc']}#{hit['ordinal']}",
                "text": hit["text"],
                "dimensions": r["dimensions"],
                "elements": r["elements"],
                "issues": r["issues"],
            }
        )
    return out, lost


def isu_statements() -> list[dict]:
    src = REALDATA / "isu_strategis_pemda" / "isu_strategis_pemda_2025.csv"
    texts = {(r["kodepemda"], r["urutan"]): r["isu_strategis"] for r in csv.DictReader(src.open(encoding="utf-8"))}
    out = []
    for r in csv.DictReader(ISU_LABELS.open(encoding="utf-8")):
        t = texts.get((r["kodepemda"], r["urutan"]))
        if t:
            out.append(
                {
                    "id": f"{r['kodepemda']}-{r['urutan']}",
                    "text": t,
                    "dimensions": [x for x in r["dimensions"].split("|") if x] if r["dimensions"] else [],
                    "elements": None,
                    "issues": [x for x in r["issues"].split("|") if x] if r["issues"] else [],
                }
            )
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scored_fields(rows: list[dict]) -> list[str]:
    """The label fields a set is labelled with (isu statements have no elements)."""
    return [f for f, _ in KINDS if not rows or rows[0][f] is not None]


def abstains(rows: list[dict], preds: list) -> tuple[list[bool], list[bool]]:
    """Per passage: gold says no label at all; the prediction abstains."""
    fields = scored_fields(rows)
    return ([not any(r[f] for f in fields) for r in rows], [not any(getattr(p, f) for f in fields) for p in preds])


def score(rows: list[dict], preds: list, label_ids: dict[str, list[str]]) -> dict:
    res: dict = {}
    for field, kind in KINDS:
        if rows and rows[0][field] is None:
            continue
        per = {}
        TP = FP = FN = 0
        for lid in label_ids[kind]:
            tp = sum(1 for r, p in zip(rows, preds) if lid in r[field] and lid in {x["id"] for x in getattr(p, field)})
            fp = sum(
                1 for r, p in zip(rows, preds) if lid not in r[field] and lid in {x["id"] for x in getattr(p, field)}
            )
            fn = sum(
                1 for r, p in zip(rows, preds) if lid in r[field] and lid not in {x["id"] for x in getattr(p, field)}
            )
            TP, FP, FN = TP + tp, FP + fp, FN + fn
            if tp + fn or fp:
                per[lid] = dict(zip(("p", "r", "f1"), prf(tp, fp, fn)), support=tp + fn)
        micro = prf(TP, FP, FN)
        supported = [v["f1"] for v in per.values() if v["support"]]
        res[field] = {
            "micro_p": micro[0],
            "micro_r": micro[1],
            "micro_f1": micro[2],
            "macro_f1": sum(supported) / len(supported) if supported else 0.0,
            "per_label": per,
        }
    gold_none, pred_none = abstains(rows, preds)
    n = len(rows)
    agree = sum(g == p for g, p in zip(gold_none, pred_none))
    tp = sum(g and p for g, p in zip(gold_none, pred_none))
    res["abstention"] = {
        "accuracy": agree / n if n else 0.0,
        "gold_none": sum(gold_none),
        "pred_none": sum(pred_none),
        "precision": tp / sum(pred_none) if sum(pred_none) else 0.0,
        "recall": tp / sum(gold_none) if sum(gold_none) else 0.0,
    }
    return res


def bootstrap(rows: list[dict], preds: list, label_ids: dict, n: int = 1000, seed: int = 7) -> dict:
    """95% percentile intervals of the micro-F1s and the abstention accuracy, resampling passages."""
    import numpy as np

    rng = np.random.default_rng(seed)
    fields = scored_fields(rows)
    # per passage: (tp, fp, fn) per field, and whether the abstain decision is right
    per = {
        f: np.array(
            [
                [
                    len(set(r[f]) & {x["id"] for x in getattr(p, f)}),
                    len({x["id"] for x in getattr(p, f)} - set(r[f])),
                    len(set(r[f]) - {x["id"] for x in getattr(p, f)}),
                ]
                for r, p in zip(rows, preds)
            ]
        )
        for f in fields
    }
    ok = np.array([g == q for g, q in zip(*abstains(rows, preds))], dtype=float)
    out = {}
    idx = rng.integers(0, len(rows), size=(n, len(rows))) if rows else np.zeros((n, 0), int)
    for f in fields:
        s = per[f][idx].sum(axis=1)  # (n, 3)
        f1 = 2 * s[:, 0] / np.maximum(1, 2 * s[:, 0] + s[:, 1] + s[:, 2])
        out[f] = tuple(np.percentile(f1, [2.5, 97.5]))
    out["abstention"] = tuple(np.percentile(ok[idx].mean(axis=1), [2.5, 97.5])) if rows else (0.0, 0.0)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-label", action="store_true", help="print per-label precision/recall/F1")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    from nlp.classifier import get_classifier

    clf = get_classifier()
    label_ids = {k: [lab.id for lab in clf.labels[k]] for _, k in KINDS}
    real, lost = real_passages()
    fresh, lost2 = real_passages(FRESH_LABELS) if FRESH_LABELS.exists() else ([], 0)
    lost += lost2
    sets = {"test": test_split(), "real": real, "fresh": fresh, "isu": isu_statements()}
    sets = {k: v for k, v in sets.items() if v}
    print(
        f"# bench/quality: head {clf.version} ({clf.manifest['train_passages']} training passages), "
        f"model {clf.manifest['embedding_model_id']}"
    )
    print(
        f"# sets: test {len(sets['test'])} (held-out split of models/labelled), real {len(real)} "
        f"(hand-labelled real passages), fresh {len(fresh)} (second blind sample)"
        f"{f'; {lost} labelled passages not found in the store' if lost else ''}, "
        f"isu {len(sets['isu'])} (real RPJMD strategic-issue statements, issues+dimensions)"
    )
    out = {}
    for name, rows in sets.items():
        t0 = time.perf_counter()
        preds = clf.classify([r["text"] for r in rows], evidence=False)
        dt = time.perf_counter() - t0
        out[name] = score(rows, preds, label_ids)
        out[name]["seconds"] = dt
        out[name]["_rows"], out[name]["_preds"] = rows, preds
    if "real" in out and "fresh" in out:  # both real samples together
        rows = out["real"]["_rows"] + out["fresh"]["_rows"]
        preds = out["real"]["_preds"] + out["fresh"]["_preds"]
        out["real+fresh"] = score(rows, preds, label_ids)
        out["real+fresh"].update(seconds=out["real"]["seconds"] + out["fresh"]["seconds"], _rows=rows, _preds=preds)
        sets["real+fresh"] = rows
    for res in out.values():
        res["ci"] = bootstrap(res.pop("_rows"), res.pop("_preds"), label_ids)
    print(f"{'set':10s} {'kind':11s} {'micro-P':>8s} {'micro-R':>8s} {'micro-F1':>8s} {'95% CI':>13s} {'macro-F1':>8s}")
    for name, res in out.items():
        for field, _ in KINDS:
            if field in res:
                m, (lo, hi) = res[field], res["ci"][field]
                print(
                    f"{name:10s} {field:11s} {m['micro_p']:8.3f} {m['micro_r']:8.3f} {m['micro_f1']:8.3f} "
                    f"  {lo:.3f}-{hi:.3f} {m['macro_f1']:8.3f}"
                )
        ab = res["abstention"]
        lo, hi = res["ci"]["abstention"]
        print(
            f"{name:10s} {'abstention':11s} accuracy {ab['accuracy']:.3f} (95% CI {lo:.3f}-{hi:.3f}; gold none {ab['gold_none']}, predicted none "
            f"{ab['pred_none']}; precision {ab['precision']:.3f}, recall {ab['recall']:.3f}); "
            f"{len(sets[name]) / res['seconds']:.0f} passages/s"
        )
    if a.per_label:
        for name, res in out.items():
            for field, _ in KINDS:
                if field not in res:
                    continue
                print(f"\n# {name} {field}: label  P  R  F1  support")
                for lid, v in res[field]["per_label"].items():
                    print(f"  {lid:26s} {v['p']:.2f} {v['r']:.2f} {v['f1']:.2f} {v['support']:4d}")
    if a.json:
        print(json.dumps(out, indent=1, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
