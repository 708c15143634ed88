"""Real-news benchmark (issue 16): region, event dates, events, scores, titles and boilerplate
on the development set in bench/news/ (texts gitignored; gold in articles.yaml).

    python -m bench.news [--split dev|test|dev2|test2|test3|test4|devall|tune3|tune4|all] [--fixtures] [-v]
                         [--check-blind]

Splits: dev/test (first 98 articles, sha1(url) parity), dev2/test2 (the v2 batch, parity of
sha1("telaah-news-v2/" + url)), test3 (the v3 batch), test4 (the v4 batch); devall = dev + dev2,
tune3 = the four first splits (the data tuned on before test3 was measured), tune4 = tune3 + test3
(tuned on before test4 is measured); all = every split. See bench/news/README.md.

Each text goes through Telaah's own parser (ingest.parse_file) and the timeline extraction
(review.news.extract). Figures per split:
  region    exact canonical kab/kota (gold null: no region detected, or any when text lacks it)
  date      gold events with a date: a predicted event of the same type carries the gold date
            (compared at the gold precision: day, month, year; "--MM-DD" by month and day)
  events    recall / precision of (type, date) pairs, one-to-one
  scores    gold scores found as (year, value, kind, dimension)
  title     sha1 of the extracted title == title_sha1 (gold headline present)
  boiler    boilerplate lines left in the passages (pattern list below)
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "bench" / "news"
FIX = ROOT / "tests" / "fixtures" / "news"

# lines that must not survive into passages
BOILER = re.compile(
    r"^(?:bacaan\s+lainnya|simak\s+(?:berita|juga|video|selengkapnya).*|berita\s+terkait.*|baca\s+juga.*|"
    r"bagikan.*|share.*|[\w.\- ]{2,30}\s+video|(?:\d{1,2}\s+){1,9}\d{1,2}|(?:editor|penulis|pewarta|reporter|"
    r"wartawan|redaktur|sumber)\s*:.*|copyright.*|©.*|.*\.(?:jpe?g|png|webp|gif)|(?:img|dsc|wa|whatsapp[ _-]image)"
    r"[-_ ]?\d[\w\- ]*|foto\s*:.*|sebelumnya|selanjutnya|berikutnya|tags?\s*:.*)$",
    re.IGNORECASE,
)


TYPE_ID = {"bimtek": "bintek"}  # the gold says bimtek; Telaah's type id is "bintek" (the JSON contract)


def title_hash(t: str | None) -> str | None:
    if not t:
        return None
    return hashlib.sha1(re.sub(r"\s+", " ", t.strip().lower()).encode("utf-8")).hexdigest()


def date_ok(gold: str | None, prec: str | None, pred: str | None) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    if gold.startswith("--"):
        return pred[-5:] == gold[2:]
    if prec == "day" or len(gold) == 10:
        return pred[:10] == gold[:10] and len(pred) >= 10
    return pred[: len(gold)] == gold


def parse(path: Path):
    from ingest import parse_file
    from review.news import extract

    doc = parse_file(path, kind="news")
    res = extract(doc.text, doc.title, doc.meta, city=doc.city)
    return doc, res


def boiler_lines(doc) -> list[str]:
    out = []
    for p in doc.passages:
        t = getattr(p, "text", "") or ""
        for line in t.split("\n"):
            s = line.strip()
            if s and BOILER.match(s):
                out.append(s)
    # passages are sentence-built: also look at the document lines
    for line in doc.text.split("\n"):
        s = line.strip()
        if s and BOILER.match(s) and s not in out:
            out.append(s)
    return out


def score_key(s: dict):
    y = s.get("year")
    return (int(y) if y else None, round(float(s["value"]), 2), s.get("kind"), s.get("dimension"))


def evaluate(items: list[dict], base: Path, verbose: bool = False) -> dict:
    n = dict(
        region=0,
        region_ok=0,
        date=0,
        date_ok=0,
        gold_ev=0,
        pred_ev=0,
        match_ev=0,
        scores=0,
        scores_ok=0,
        pred_scores=0,
        pred_scores_ok=0,
        titles=0,
        titles_ok=0,
        boiler=0,
        docs=0,
        errors=0,
    )
    fails: list[str] = []
    for a in items:
        path = base / (a.get("file") or f"texts/{a['id']}.txt")
        if not path.exists():
            continue
        n["docs"] += 1
        try:
            doc, res = parse(path)
        except Exception as e:  # noqa: BLE001 - a benchmark reports, it does not stop
            n["errors"] += 1
            fails.append(f"{a['id']} ERROR {type(e).__name__}: {e}")
            continue
        evs = res["events"]
        if a.get("region_in_text") is not False:
            n["region"] += 1
            if (doc.city or None) == (a.get("region") or None):
                n["region_ok"] += 1
            else:
                fails.append(f"{a['id']} region {doc.city!r} != {a.get('region')!r}")
        score_events(a, evs, n, fails)
        score_rest(a, doc, res, n, fails, verbose)
    n["fails"] = fails
    return n


def score_events(a: dict, evs: list[dict], n: dict, fails: list[str]) -> None:
    """Event recall/precision on (type, date) one to one, and the date of each gold event."""
    gold = [dict(e, type=TYPE_ID.get(e["type"], e["type"])) for e in a.get("events") or []]
    n["gold_ev"] += len(gold)
    n["pred_ev"] += len(evs)
    used: set[int] = set()
    for g in gold:
        j = next(
            (
                j
                for j, p in enumerate(evs)
                if j not in used
                and p["type"] == g["type"]
                and date_ok(g.get("date"), g.get("date_precision"), p.get("date"))
            ),
            None,
        )
        if j is not None:
            used.add(j)
            n["match_ev"] += 1
        else:
            fails.append(
                f"{a['id']} event missed {g['type']} {g.get('date')} (got {[(p['type'], p.get('date')) for p in evs]})"
            )
        if g.get("date"):
            n["date"] += 1
            if any(p["type"] == g["type"] and date_ok(g["date"], g.get("date_precision"), p.get("date")) for p in evs):
                n["date_ok"] += 1
    for j, p in enumerate(evs):
        if j not in used:
            fails.append(f"{a['id']} event extra {p['type']} {p.get('date')}")


def score_rest(a: dict, doc, res: dict, n: dict, fails: list[str], verbose: bool) -> None:
    """Scores (year, value, kind, dimension), the title by its hash, boilerplate lines left."""
    gold = a.get("events") or []
    pred = {score_key(s) for s in res.get("scores") or []}
    gold_keys = {score_key(s) for g in gold for s in g.get("scores") or []}
    n["pred_scores"] += len(pred)
    n["pred_scores_ok"] += len(pred & gold_keys)
    for k in sorted(pred - gold_keys, key=str):
        fails.append(f"{a['id']} score extra {k}")
    for g in gold:
        for s in g.get("scores") or []:
            n["scores"] += 1
            if score_key(s) in pred:
                n["scores_ok"] += 1
            else:
                fails.append(f"{a['id']} score missed {score_key(s)}")
    # title
    th = a.get("title_sha1") or (title_hash(a["title"]) if a.get("title") else None)
    if th:
        n["titles"] += 1
        if title_hash(doc.title) == th:
            n["titles_ok"] += 1
        else:
            fails.append(f"{a['id']} title wrong ({len((doc.title or '').split())} words)")
    b = boiler_lines(doc)
    n["boiler"] += len(b)
    if b:
        fails.append(f"{a['id']} boilerplate left: {len(b)} line(s)" + (f" {b[:4]}" if verbose else ""))


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "   n/a"


def report(name: str, n: dict, verbose: bool) -> None:
    print(f"== {name}: {n['docs']} articles, {n['errors']} errors")
    print(f"  region            {pct(n['region_ok'], n['region'])}")
    print(f"  event date        {pct(n['date_ok'], n['date'])}")
    print(f"  event recall      {pct(n['match_ev'], n['gold_ev'])}")
    print(f"  event precision   {pct(n['match_ev'], n['pred_ev'])}")
    print(f"  score recall      {pct(n['scores_ok'], n['scores'])}")
    print(f"  score precision   {pct(n['pred_scores_ok'], n['pred_scores'])}")
    print(f"  title accuracy    {pct(n['titles_ok'], n['titles'])}")
    print(f"  boilerplate lines {n['boiler']}")
    if verbose:
        for f in n["fails"]:
            print("   -", f)


# the batches in the order they were collected; each testN was measured once, then joined the tuning data
BATCHES = [
    "dev",
    "test",
    "dev2",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
    "test13",
    "test14",
    "test15",
]
# tuning sets by the names earlier sessions used: tune3 and tune4 end before test3 and test4 (they were the
# sets tuned on before those batches were measured); tune5 .. tune9 run through test5 .. test9
TUNE = {f"tune{n}": BATCHES[: BATCHES.index(f"test{n}") + 1] for n in range(5, 15)}
TUNE = {"tune3": BATCHES[:4], "tune4": BATCHES[:5], **TUNE}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=[*BATCHES, "devall", *TUNE, "all"])
    ap.add_argument("--check-blind", action="store_true", help="fail if any article is a blind-test page of issue 16")
    ap.add_argument("--fixtures", action="store_true", help="the committed fixtures instead of bench/news")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.fixtures:
        items = yaml.safe_load((FIX / "gold.yaml").read_text(encoding="utf-8"))
        report("fixtures", evaluate(items, FIX, args.verbose), args.verbose)
        return 0
    items = yaml.safe_load((NEWS / "articles.yaml").read_text(encoding="utf-8"))
    if args.check_blind:
        return check_blind(items)
    groups = {"all": [[b] for b in BATCHES], "devall": [["dev", "dev2"]], **{k: [v] for k, v in TUNE.items()}}.get(
        args.split, [[args.split]]
    )
    for splits in groups:
        name = "+".join(splits)
        report(name, evaluate([a for a in items if a["split"] in splits], NEWS, args.verbose), args.verbose)
    return 0


def host_path(url: str) -> str:
    """The comparison key for the blind list: no scheme, no www., no /amp/ segment, no trailing slash."""
    u = re.sub(r"^https?://", "", url.strip())
    u = re.sub(r"^www\.", "", u)
    return u.replace("/amp/", "/").rstrip("/").lower()


def check_blind(items: list[dict]) -> int:
    """Compare every article url with the blind-test pages listed in issue 16 (read from `issues show 16`)."""
    import subprocess

    try:
        out = subprocess.run(["issues", "show", "16"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"cannot read issue 16: {e}")
        return 2
    blind = {host_path(u) for u in re.findall(r"^>?\s*- (https?://\S+)", out, re.M)}
    hits = [a["id"] for a in items if host_path(a["url"]) in blind]
    dups = len(items) - len({host_path(a["url"]) for a in items})
    print(f"{len(items)} articles, {len(blind)} blind pages, {len(hits)} blind hits {hits}, {dups} duplicate urls")
    return 1 if hits or dups or not blind else 0


if __name__ == "__main__":
    sys.exit(main())
