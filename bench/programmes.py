"""Programme extraction quality (issue 19): per field, against the programme gold set.

    .venv/bin/python bench/programmes.py [--split dev|test|fresh|fresh2..fresh13|real|real2|all] [--json] [--keep DIR]

1. Renders the gold plans (bench/eval/programmes/build.py -> bench/out/programmes/*.pdf) and, for the
   real split, the DKI Jakarta RPJMD 2025-2029 as the ~490-page PDF of bench/fixtures.py (cached in
   tests/.cache; its wide tables, the 18-column programme matrix among them, on landscape pages with
   every column, merged cells and a header of several rows, as the printed RPJMD has them).
2. Ingests them into a temporary store with Telaah's own pipeline (service.pipeline.ingest_paths with
   kind masterplan and the plan's city, then update_indexes: embed, label, entities, BM25).
3. Loads each plan's programme records exactly as the review does (review.plan.load_plan) and runs
   the review (review.engine.review_city, without news) for its programme gap flags.
4. Matches extracted programmes to gold by name (normalised: case, punctuation, trigger words such as
   "Program"/"Inovasi"/"Kegiatan"/"Quick win" and an "Outcome: ..." tail dropped; fuzzy; one-to-one,
   best pairs first) and prints per split and field precision, recall and accuracy over the matched
   programmes, the false "missing field" count (a field the gold has and the record lacks), the gap
   flags against the gold's truly missing fields, and the most common failure shapes.

Fields: name (P = matched / extracted, R = matched / gold, accuracy = exact normalised name among the
matched), opd (every gold agency found in the record, nothing else but connectors and the region's
name; OCR-tolerant), target (the gold value among the numbers of the record's target and indicator),
year (the record's years equal the gold year or [start, end]), budget (within 0.5 %, or inside the gold
range), horizon (pendek/menengah/panjang = short/medium/long). Per field over matched programmes:
P = correct / records with a value, R = correct / gold with a value, accuracy = (correct + both
empty) / matched. Real rows (realdata_gold.yaml: split real; realdata_gold2.yaml, 40 other rows of the
same table written later: split real2) are evaluation only: never tune on them; extracted programmes of
the RPJMD outside the gold rows are not counted against precision there. `held` pools the held-out
programme set: the written test plans and the real rows.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT / "bench" / "eval" / "programmes"
REAL_SRC = (ROOT.parent / "shared" / "realdata" / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt").resolve()
REAL_CITY = "Provinsi DKI Jakarta"
FIELDS = ("name", "opd", "target", "year", "budget", "horizon")
GAP_FIELDS = ("target", "year", "budget", "opd")
# the synthetic splits: dev/test (set before any tuning) and the fresh sets, each written blind after
# the one before it had been measured; then the real rows (evaluation only)
SYNTHETIC = (
    "dev",
    "test",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
)
SPLITS = (*SYNTHETIC, "real", "real2")
TERMS = {
    "short": "pendek",
    "medium": "menengah",
    "long": "panjang",
    "pendek": "pendek",
    "menengah": "menengah",
    "panjang": "panjang",
    "jangka pendek": "pendek",
    "jangka menengah": "menengah",
    "jangka panjang": "panjang",
}
TRIGGER = re.compile(
    r"^(?:program(?:\s+(?:unggulan|prioritas|quick\s+win))?|quick\s+wins?|kegiatan|inovasi|"
    r"layanan|aplikasi)\s+",
    re.IGNORECASE,
)
FACILITY = re.compile(
    r"\b(puskesmas|poskesdes|posyandu|rsud|rumah sakit|pelabuhan|mal pelayanan|sekolah|pasar)\b", re.IGNORECASE
)
CONNECT = {
    "dan",
    "serta",
    "selaku",
    "sebagai",
    "bersama",
    "dengan",
    "kota",
    "kabupaten",
    "kab",
    "provinsi",
    "pemerintah",
    "pemkab",
    "pemkot",
    "yang",
    "bertanggung",
    "jawab",
    "oleh",
    "opd",
    "pd",
}


# -------------------------------------------------------------------------------- normalising
def words(s) -> list[str]:
    return re.findall(r"[a-z0-9]+", str(s or "").lower())


def norm_name(s: str) -> str:
    s = re.split(r"\s*\b(?:outcome|outcome\s*:)", str(s or ""), flags=re.IGNORECASE)[0]
    s = re.sub(r"^\s*(?:[a-z]\.|\d+[.)])\s+", "", s.strip(), flags=re.IGNORECASE)
    for _ in range(2):
        s = TRIGGER.sub("", s.strip())
    return " ".join(words(s))


def name_sim(g: str, e: str) -> float:
    a, b = norm_name(g), norm_name(e)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    ta, tb = a.split(), b.split()
    if len(ta) >= 2 and " ".join(tb[: len(ta)]) == a:  # the record's name runs on past the gold name
        ratio = max(ratio, 0.6 + 0.4 * len(ta) / len(tb))
    elif len(tb) >= 2 and " ".join(ta[: len(tb)]) == b:  # the record holds the start of the name
        ratio = max(ratio, 0.5 + 0.4 * len(tb) / len(ta))
    return ratio


def parse_id_numbers(s: str) -> list[float]:
    out = []
    for m in re.finditer(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?", str(s)):
        t = m.group(0)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
            out.append(float(t.replace(".", "").replace(",", ".")))
        else:
            out.append(float(t.replace(",", ".")))
    return out


def years_of(v) -> list[int]:
    if v is None or v == "" or v == []:
        return []
    if isinstance(v, dict):
        ys = [v.get(k) for k in ("start", "end", "year") if v.get(k)]
        return sorted({int(y) for y in ys})
    if isinstance(v, (list, tuple)):
        return sorted({y for x in v for y in years_of(x)})
    return sorted({int(y) for y in re.findall(r"(?<!\d)(20[0-5]\d)(?!\d)", str(v))})


# -------------------------------------------------------------------------------- records
def rec_of(p) -> dict:
    """The fields of one extracted programme record (review.plan.Programme), whatever their shape."""
    g = (lambda k: p.get(k)) if isinstance(p, dict) else (lambda k: getattr(p, k, None))
    opd = g("opd")
    if isinstance(opd, (list, tuple)):
        opd = [o.get("name", o.get("text")) if isinstance(o, dict) else o for o in opd]
        opd = [o for o in opd if o]
        opd = " ; ".join(map(str, opd)) or None
    target, ind = g("target"), g("indicator")
    if isinstance(target, dict):
        tv = target.get("value")
        target_text = " ".join(str(target.get(k) or "") for k in ("text", "indicator", "raw")) + (
            f" {tv}" if tv is not None else ""
        )
    else:
        target_text = str(target) if target else ""
    if ind and str(ind) not in target_text:
        target_text = (target_text + " " + str(ind)).strip()
    budget = g("budget")
    if isinstance(budget, dict):
        budget = budget.get("amount", budget.get("total"))
    hz = g("horizon")
    if isinstance(hz, dict):
        hz = hz.get("term")
    return {
        "name": g("name") or "",
        "opd": opd or None,
        "target": target_text or None,
        "target_value": target.get("value") if isinstance(target, dict) else None,
        "year": g("year"),
        "budget": budget,
        "horizon": TERMS.get(str(hz).lower()) if hz else None,
        "quick_win": bool(g("quick_win")),
        "page": g("page"),
        "missing": list(g("missing") or []),
    }


# -------------------------------------------------------------------------------- field judges
def present(field: str, gold: dict | None, rec: dict | None) -> bool:
    if gold is not None:
        v = gold.get(field)
        return bool(v) if field == "opd" else v is not None
    v = rec.get(field)
    return v not in (None, "", [], {})


def opd_ok(gold: list[str], ext: str | None, region: str) -> bool:
    if not ext:
        return False
    toks = words(ext)
    used = [False] * len(toks)
    for g in gold:
        gt = words(g)
        n, best, at = len(gt), 0.0, None
        for w in range(max(1, n - 2), n + 3):
            for i in range(0, max(0, len(toks) - w) + 1):
                r = difflib.SequenceMatcher(None, " ".join(gt), " ".join(toks[i : i + w])).ratio()
                if r > best:
                    best, at = r, (i, w)
        if best < 0.86 or at is None:
            return False
        for k in range(at[0], min(len(toks), at[0] + at[1])):  # a window may run past a short record
            used[k] = True
    rest = {t for t, u in zip(toks, used) if not u}
    return rest <= (CONNECT | set(words(region)))


def target_ok(gold: dict, rec: dict) -> bool:
    if rec.get("target_value") is not None:
        try:
            if abs(float(rec["target_value"]) - gold["value"]) <= 1e-6 * max(1.0, abs(gold["value"])):
                return True
        except (TypeError, ValueError):
            pass
    nums = parse_id_numbers(rec.get("target") or "")
    return any(abs(x - gold["value"]) <= 1e-6 * max(1.0, abs(gold["value"])) for x in nums)


def year_ok(gold, rec) -> bool:
    ys = years_of(rec)
    if not ys:
        return False
    if isinstance(gold, list):
        return ys[0] == gold[0] and ys[-1] == gold[1]
    return ys == [gold]


def budget_ok(g: dict, amount) -> bool:
    try:
        v = float(amount)
    except (TypeError, ValueError):
        return False
    if g.get("budget_range"):
        lo, hi = g["budget_range"]
        return lo * 0.995 <= v <= hi * 1.005
    return abs(v - g["budget"]) <= 0.005 * g["budget"]


def judge(field: str, g: dict, r: dict, region: str) -> bool:
    """True when the record's value of `field` is right, given the gold has one."""
    if field == "opd":
        return opd_ok(g["opd"], r["opd"], region)
    if field == "target":
        return bool(r["target"] or r["target_value"] is not None) and target_ok(g["target"], r)
    if field == "year":
        return year_ok(g["year"], r["year"])
    if field == "budget":
        return r["budget"] is not None and budget_ok(g, r["budget"])
    if field == "horizon":
        return r["horizon"] == g["horizon"]
    raise ValueError(field)


# -------------------------------------------------------------------------------- matching
def match(gold: list[dict], recs: list[dict], thr: float = 0.72) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, record index, similarity), best pairs first."""
    cand = []
    for i, g in enumerate(gold):
        for j, r in enumerate(recs):
            s = name_sim(g["name"], r["name"])
            if s >= thr:
                cand.append((s, i, j))
    cand.sort(key=lambda x: (-x[0], x[1], x[2]))
    gi, rj, out = set(), set(), []
    for s, i, j in cand:
        if i in gi or j in rj:
            continue
        gi.add(i)
        rj.add(j)
        out.append((i, j, s))
    return out


# -------------------------------------------------------------------------------- failure shapes
def shape(field: str, g: dict, r: dict, gold_plan: list[dict], gi: int, region: str) -> str:
    """A short description of what went wrong with one field of one matched programme."""
    val = r.get(field)
    if field == "target" and r.get("target_value") is not None:
        val = r["target_value"]
    if val in (None, "", []):
        return f"{field} missing although the plan states it"
    neigh = {
        "previous": gold_plan[gi - 1] if gi > 0 else None,
        "next": gold_plan[gi + 1] if gi + 1 < len(gold_plan) else None,
    }
    for side, ng in neigh.items():
        if ng is None:
            continue
        try:
            if field == "opd" and ng["opd"] and ng["opd"] != g["opd"] and opd_ok(ng["opd"], r["opd"], region):
                return f"owner of the {side} programme bound to this one"
            if (
                field == "budget"
                and ng.get("budget")
                and ng["budget"] != g.get("budget")
                and budget_ok(ng, r["budget"])
            ):
                return f"budget of the {side} programme bound to this one"
            if (
                field == "target"
                and ng.get("target")
                and ng["target"]["value"] != (g.get("target") or {}).get("value")
                and target_ok(ng["target"], r)
            ):
                return f"target of the {side} programme bound to this one"
        except (TypeError, ValueError, KeyError):
            pass
    if field == "opd":
        if g["opd"] == []:
            return "an OPD found where the plan names none" + (" (a facility)" if FACILITY.search(r["opd"]) else "")
        if FACILITY.search(r["opd"]) and not any(FACILITY.search(o) for o in g["opd"]):
            return "a facility named in the text taken as the owner"
        if len(g["opd"]) > 1 and any(opd_ok([o], r["opd"], region) for o in g["opd"]):
            return "one of two owners ('X dan Y') dropped"
        if (
            any(words(o)[0:2] == words(r["opd"])[0:2] for o in g["opd"])
            and len(words(r["opd"])) > max(len(words(o)) for o in g["opd"]) + 1
        ):
            return "OPD value runs on into other text"
        if any(words(o)[0:2] == words(r["opd"])[0:2] for o in g["opd"]):
            return "OPD name cut short"
        return "another agency taken as the owner"
    if field == "budget":
        try:
            v = float(r["budget"])
        except (TypeError, ValueError):
            return "budget not a number"
        if g.get("budget") is None:
            return "a budget found where the plan states none"
        if g.get("budget_per_year") and any(abs(v - x) < 1 for x in g["budget_per_year"].values()):
            return "one year's budget taken, per-year columns not summed"
        for f in (1e6, 1e3, 1e9):
            if abs(v * f - g["budget"]) <= 0.005 * g["budget"] or abs(v - g["budget"] * f) <= 0.005 * g["budget"] * f:
                return "budget unit (juta/miliar/M) not applied or applied twice"
        if g.get("budget_range"):
            return "budget range misread"
        return "wrong budget amount"
    if field == "year":
        ys = years_of(r["year"])
        gy = g["year"]
        if gy is None:
            return "a year found where the plan states none"
        if isinstance(gy, list) and len(ys) == 1 and ys[0] in gy:
            return "only one year of the programme's period read"
        if g.get("horizon") and not isinstance(gy, int):
            return "term (jangka pendek/menengah/panjang) not mapped to the plan's years"
        if (g.get("target") or {}).get("year") in ys and ys != ([gy] if isinstance(gy, int) else gy):
            return "target year taken as the programme's period"
        return "wrong year"
    if field == "target":
        if g.get("target") is None:
            return "a target found where the plan states none"
        return "wrong target value"
    if field == "horizon":
        if g.get("horizon") is None:
            return "a term found where the plan states none"
        return "term (horizon) not read"
    return f"wrong {field}"


# -------------------------------------------------------------------------------- evaluation
def new_counts():
    return {f: collections.Counter() for f in FIELDS}


def evaluate_plan(
    gold_plan: list[dict],
    recs: list[dict],
    region: str,
    counts: dict,
    shapes: collections.Counter,
    style: str,
    real: bool,
    details: list,
) -> None:
    pairs = match(gold_plan, recs)
    matched_g = {i for i, _, _ in pairs}
    matched_r = {j for _, j, _ in pairs}
    for i, g in enumerate(gold_plan):
        c = counts[g["split"]]
        c["name"]["gold"] += 1
        if i not in matched_g:
            shapes[g["split"], f"programme not found [{style}{'/' + g['variant'] if g.get('variant') else ''}]"] += 1
            details.append({"split": g["split"], "plan": style, "gold": g["name"], "record": None})
    if not real:
        for j, r in enumerate(recs):
            if j in matched_r:
                continue
            # an extra record counts against the split of the gold programme it most resembles
            best = max(gold_plan, key=lambda g: name_sim(g["name"], r["name"]), default=None)
            sp = best["split"] if best else "dev"
            counts[sp]["name"]["extra"] += 1
            shapes[sp, f"spurious programme record [{style}]"] += 1
            details.append({"split": sp, "plan": style, "gold": None, "record": r["name"][:80]})
    for i, j, s in pairs:
        g, r = gold_plan[i], recs[j]
        c = counts[g["split"]]
        c["name"]["matched"] += 1
        exact = norm_name(g["name"]) == norm_name(r["name"])
        c["name"]["exact"] += exact
        wrong = {} if exact else {"name": {"gold": g["name"], "record": r["name"][:120], "shape": "name differs"}}
        for f in FIELDS[1:]:
            gp = present(f, g, None)
            rp = present(f, None, r) if f != "target" else bool(r["target"] or r["target_value"] is not None)
            ok = gp and rp and judge(f, g, r, region)
            cf = c[f]
            cf["matched"] += 1
            cf["gold"] += gp
            cf["ext"] += rp
            cf["tp"] += ok
            cf["tn"] += not gp and not rp
            if f in GAP_FIELDS:
                cf["false_missing"] += gp and not rp
                cf["true_missing"] += not gp and not rp
                cf["missed_missing"] += not gp and rp
            if (gp or rp) and not ok and not (not gp and not rp):
                sh = shape(f, g, r, gold_plan, i, region)
                shapes[g["split"], f"{f}: {sh} [{style}]"] += 1
                wrong[f] = {
                    "gold": g.get(f) if f != "target" else (g.get("target") or {}).get("value"),
                    "record": r.get(f) if f != "target" else (r.get("target_value") or r.get("target")),
                    "shape": sh,
                }
        if wrong:
            details.append(
                {"split": g["split"], "plan": style, "gold": g["name"], "record": r["name"][:80], "wrong": wrong}
            )


def summarise(c: dict) -> dict:
    out = {}
    n = c["name"]
    ext = n["matched"] + n["extra"]
    out["name"] = {
        "gold": n["gold"],
        "matched": n["matched"],
        "extra": n["extra"],
        "precision": n["matched"] / ext if ext else None,
        "recall": n["matched"] / n["gold"] if n["gold"] else None,
        "accuracy": n["exact"] / n["matched"] if n["matched"] else None,
    }
    for f in FIELDS[1:]:
        x = c[f]
        out[f] = {
            "matched": x["matched"],
            "gold_has": x["gold"],
            "record_has": x["ext"],
            "correct": x["tp"],
            "precision": x["tp"] / x["ext"] if x["ext"] else None,
            "recall": x["tp"] / x["gold"] if x["gold"] else None,
            "accuracy": (x["tp"] + x["tn"]) / x["matched"] if x["matched"] else None,
        }
        if f in GAP_FIELDS:
            out[f].update(
                false_missing=x["false_missing"], true_missing=x["true_missing"], missed_missing=x["missed_missing"]
            )
    return out


# -------------------------------------------------------------------------------- pipeline
def load_gold(split: str):
    import yaml

    gold = yaml.safe_load((EVAL / "gold.yaml").read_text(encoding="utf-8"))
    plans = gold["plans"] if split in (*SYNTHETIC, "all") else []
    rows = []  # the real RPJMD rows of the asked real sets, each row with its own `split`
    for name, sp in (("realdata_gold.yaml", "real"), ("realdata_gold2.yaml", "real2")):
        if split in (sp, "all") and (EVAL / name).exists():
            rows += [dict(r, split=sp) for r in yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))["rows"]]
    return plans, ({"rows": rows} if rows else None)


def run(split: str, keep: str | None = None, log=print) -> dict:
    from bench.eval.programmes import build as gold_build
    from index.store import Store
    from review.plan import load_plan
    from service.pipeline import ingest_paths, update_indexes

    t0 = time.perf_counter()
    plans, real = load_gold(split)
    timings = {}
    paths = []
    if plans:
        fresh = gold_build.build(log=lambda s: None)
        import yaml

        if yaml.safe_load(yaml.safe_dump(fresh["plans"])) != yaml.safe_load(yaml.safe_dump(plans)):
            log("# note: gold.yaml differs from what the plans give now (build.py --check)")
        paths = [(gold_build.pdf_path(p["slug"]), p["city"]) for p in plans]
    if real is not None:
        if not REAL_SRC.exists():
            log(f"# real split skipped: {REAL_SRC} not found")
            real = None
        else:
            from bench.fixtures import rpjmd_pdf

            paths.append((rpjmd_pdf(), REAL_CITY))
    timings["render"] = time.perf_counter() - t0
    tmp = None
    store_dir = keep
    if store_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="telaah-programmes-")
        store_dir = tmp.name
    counts = {s: new_counts() for s in SPLITS}
    shapes: collections.Counter = collections.Counter()
    details: list = []
    gap_rows = []
    try:
        with Store(store_dir) as st:
            t1 = time.perf_counter()
            docs = {}
            for path, city in paths:
                rep = ingest_paths(st, [path], city=city, kind="masterplan", progress=False)
                res = rep.results[0]
                if res.doc_id is None:
                    raise SystemExit(f"{path.name}: ingest {res.status}: {res.reason}")
                docs[city] = res.doc_id
            timings["ingest"] = time.perf_counter() - t1
            t1 = time.perf_counter()
            update_indexes(st, progress=False)
            timings["index"] = time.perf_counter() - t1
            t1 = time.perf_counter()
            jobs = [(p["city"], p["style"], p["programmes"], False) for p in plans]
            if real is not None:
                jobs.append((REAL_CITY, "real RPJMD table", real["rows"], True))
            for city, style, gold_plan, is_real in jobs:
                plan = load_plan(st, docs[city])
                recs = [rec_of(p) for p in plan.programmes]
                # both synthetic splits are scored; only the asked one is printed
                evaluate_plan(gold_plan, recs, city, counts, shapes, style, is_real, details)
                flags = {
                    f["type"].replace("programme_missing_", ""): f
                    for f in review_gaps(st, city, docs[city], plan)
                    if f["type"].startswith("programme_missing_")
                }
                row = {"city": city, "style": style, "records": len(recs), "gold": len(gold_plan), "fields": {}}
                for fld in GAP_FIELDS:
                    truly = sum(1 for g in gold_plan if not present(fld, g, None))
                    fl = flags.get(fld)
                    row["fields"][fld] = {
                        "flagged": fl["count"] if fl else 0,
                        "severity": fl["severity"] if fl else None,
                        "truly_missing": truly,
                    }
                    if is_real and fl:  # which flagged programmes are gold rows (all of which state the field)
                        gnames = [g["name"] for g in gold_plan]
                        row["fields"][fld]["flagged_gold_rows"] = sum(
                            1 for ev in fl["evidence"] if any(name_sim(gn, ev["programme"]) >= 0.72 for gn in gnames)
                        )
                gap_rows.append(row)
            timings["evaluate"] = time.perf_counter() - t1
    finally:
        if tmp is not None:
            tmp.cleanup()
    timings["total"] = time.perf_counter() - t0
    splits = list(SPLITS) if split == "all" else [split]
    if split == "all":
        splits = [s for s in splits if counts[s]["name"]["gold"]]
    metrics = {s: summarise(counts[s]) for s in splits}
    held = [s for s in SPLITS if s != "dev" and s in splits]
    if len(held) > 1:  # the whole held-out programme set: the written test plans and the real rows
        pooled = new_counts()
        for s in held:
            for f in FIELDS:
                pooled[f].update(counts[s][f])
        metrics["held"] = summarise(pooled)
    shown = collections.Counter()
    for (sp, k), v in shapes.items():
        if sp in splits:
            shown[k] += v
    return {
        "split": split,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "plans": len(plans),
        "gold_programmes": {s: counts[s]["name"]["gold"] for s in splits},
        "metrics": metrics,
        "gaps": [
            g for g in gap_rows if split in ("all",) or split.startswith("real") == (g["style"] == "real RPJMD table")
        ],
        "failure_shapes": sorted(shown.items(), key=lambda kv: (-kv[1], kv[0])),
        "details": [d for d in details if d["split"] in splits],
        "seconds": {k: round(v, 1) for k, v in timings.items()},
        "notes": list(NOTES),
    }


NOTES: list[str] = []


def _plain(x):
    """A record (core.records-style dataclass with to_json) or a dict, as plain JSON data."""
    if hasattr(x, "to_json"):
        return x.to_json()
    if isinstance(x, dict):
        return x
    from dataclasses import asdict, is_dataclass

    return asdict(x) if is_dataclass(x) else dict(x)


def review_gaps(st, city: str, doc_id: str, plan) -> list[dict]:
    """The review's gap flags of one plan (review.engine.review_city without news); if the review
    cannot run (a broken working tree), the same gap logic on the plan (review.gaps) and a note."""
    from review.engine import review_city

    try:
        rv = _plain(review_city(st, city, masterplan=doc_id, with_news=False))
        return [_plain(f) for f in rv["gaps"]]
    except Exception as e:  # noqa: BLE001 - report it and measure what can be measured
        NOTES.append(f"review_city({city!r}) failed ({type(e).__name__}: {str(e)[:120]}); gap flags from review.gaps")
        from nlp.taxonomy import default as default_taxonomy
        from review.gaps import coverage, gaps

        tax = default_taxonomy()
        return [_plain(f) for f in gaps(plan, coverage(plan, tax), tax)]


def _f(x) -> str:
    return "   -" if x is None else f"{x:.2f}"


def print_report(r: dict) -> None:
    print(f"# bench/programmes: programme extraction against bench/eval/programmes (split {r['split']}), {r['date']}")
    print(
        f"# machine: {r['machine']}; {r['plans']} gold plans + real rows; seconds: "
        + ", ".join(f"{k} {v}" for k, v in r["seconds"].items())
    )
    print(f"{'split':5s} {'field':8s} {'n':>4s} {'P':>5s} {'R':>5s} {'acc':>5s} {'false-missing':>13s}")
    for s, m in r["metrics"].items():
        for f in FIELDS:
            x = m[f]
            n = x["gold"] if f == "name" else x["matched"]
            fm = str(x.get("false_missing", "")) if f in GAP_FIELDS else ""
            print(f"{s:5s} {f:8s} {n:4d} {_f(x['precision'])} {_f(x['recall'])} {_f(x['accuracy'])} {fm:>13s}")
        n = m["name"]
        print(f"{s:5s} # {n['matched']} of {n['gold']} gold programmes matched, {n['extra']} extra records")
    print("# review gap flags (programme_missing_*): flagged / truly missing per field (severity)")
    for g in r["gaps"]:
        cells = []
        for fld, x in g["fields"].items():
            cell = f"{fld} {x['flagged']}/{x['truly_missing']}" + (f" ({x['severity']})" if x["severity"] else "")
            if "flagged_gold_rows" in x:
                cell += f" [{x['flagged_gold_rows']} gold rows among the flagged]"
            cells.append(cell)
        print(f"  {g['city']:26s} {g['style']:18s} records {g['records']:3d} gold {g['gold']:3d}: " + "; ".join(cells))
    for n in r.get("notes", []):
        print(f"# note: {n}")
    print("# most common failure shapes")
    for k, v in r["failure_shapes"][:15]:
        print(f"  {v:4d}  {k}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--split",
        choices=[*SPLITS, "all"],
        default="all",
    )
    ap.add_argument("--json", action="store_true", help="print the full result (with per-programme details) as JSON")
    ap.add_argument("--keep", metavar="DIR", help="use (and keep) this store directory instead of a temporary one")
    a = ap.parse_args(argv)
    r = run(a.split, a.keep, log=(lambda s: print(s, file=sys.stderr)))
    if a.json:
        print(json.dumps(r, ensure_ascii=False, indent=1, default=str))
    else:
        print_report(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
