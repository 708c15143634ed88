"""Would a learnt filter over the rule extractor's candidates help? (issue 16, an experiment kept for
reproducibility; not part of the product)

    python -m bench.news_learnt

Every sentence's trigger of each step type becomes a candidate event (dated by the sentence, the lead,
or the statement after it), with the rules' own decisions as features (kept by the strict extractor,
plan/preparation/back-reference flags, lead, quote, date source and precision) plus hashed words
around the trigger; a candidate is positive when it matches a gold event one to one (the bench's
matching). A logistic regression is scored by grouped 5-fold cross-validation (folds by article)
with the bench's event metrics, against the strict rules on the same articles.

Result on 246 articles (2026-12-07): the candidates reach at most 88.0% of the gold events (the strict
rules 85.9%); the filter gave recall 81-83% at precision 86-87% against the rules' 85.9% / 85.4%:
no gain, so the product keeps the rules. The limit is the candidates' dates and types, not filtering.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import review.news as N  # noqa: E402
from bench.news import TYPE_ID, date_ok  # noqa: E402
from ingest import parse_file  # noqa: E402

ITEMS = yaml.safe_load((ROOT / "bench" / "news" / "articles.yaml").read_text(encoding="utf-8"))
QUOTE = re.compile(r"[\"“”]")


def candidates(text, title, meta, city):
    res = N.extract(text, title, meta, city=city)
    strict = res["events"]
    art = N._Article(text, title or "", meta)
    cands = []

    def add(c):
        for o in cands:
            if o["type"] == c["type"] and o["date"] == c["date"] and o.get("stage") == c.get("stage"):
                for k, v in c["f"].items():
                    o["f"][k] = max(o["f"].get(k, 0), v)
                return
        cands.append(c)

    for e in strict:
        add(
            {
                "type": e["type"],
                "date": e["date"],
                "prec": e["date_precision"],
                "stage": e.get("stage"),
                "ev": e["evidence"],
                "f": {"strict": 1},
            }
        )
    for k, (a, b) in enumerate(art.sents):
        s = text[a:b]
        in_lead = b <= art.lead_end
        for t, p in art.types.items():
            m = p.search(s)
            if not m:
                continue
            d = art.sentence_date(k)
            src = "own"
            if d is None and in_lead and art.lead:
                d, src = art.lead, "lead"
            if d is None:
                d2 = art.said_date(k)
                if d2:
                    d, src = d2, "said"
            if d is None:
                src = "none"
            f = {
                "strict": 0,
                "in_lead": int(in_lead),
                "k0": int(k == 0),
                "head": int(s.strip() == (title or "").strip()),
                "notdone": int(bool(N.NOT_DONE.search(s[max(0, m.start() - 40) : m.start()]))),
                "notdone_after": int(bool(N.NOT_DONE_AFTER.match(s[m.end() : m.end() + 30]))),
                "plan": int(bool(art.not_event.search(s[max(0, m.start() - 50) : m.end() + 90]))),
                "again": int(bool(re.match(r"\s+(?:tersebut|itu|ini)\b", s[m.end() : m.end() + 10]))),
                "quote": int(bool(QUOTE.search(s[: m.start()]))),
                "src_" + src: 1,
                "main": int(art.main == t),
                "ntypes": len([1 for p2 in art.types.values() if p2.search(s)]),
                "sidx": min(k, 20) / 20,
            }
            add(
                {
                    "type": t,
                    "date": d["date"] if d else None,
                    "prec": d["precision"] if d else "unknown",
                    "stage": None,
                    "ev": {"text": s.strip()[:400], "start": a, "end": b, "trig": m.start()},
                    "f": f,
                }
            )
    return strict, cands


def label(gold_events, cands):
    gold = [dict(e, type=TYPE_ID.get(e["type"], e["type"])) for e in gold_events or []]
    used = set()
    y = [0] * len(cands)
    # prefer strict candidates first when matching
    order = sorted(range(len(cands)), key=lambda j: -cands[j]["f"].get("strict", 0))
    for g in gold:
        j = next(
            (
                j
                for j in order
                if j not in used
                and cands[j]["type"] == g["type"]
                and date_ok(g.get("date"), g.get("date_precision"), cands[j]["date"])
            ),
            None,
        )
        if j is not None:
            used.add(j)
            y[j] = 1
    return y


def build() -> list[dict]:
    out = []
    for a in ITEMS:
        p = ROOT / "bench" / "news" / "texts" / f"{a['id']}.txt"
        if not p.exists():
            continue
        doc = parse_file(p, kind="news")
        strict, cands = candidates(doc.text, doc.title, doc.meta, doc.city)
        y = label(a.get("events"), cands)
        out.append(
            {
                "id": a["id"],
                "gold": a.get("events") or [],
                "strict": [{"type": e["type"], "date": e["date"]} for e in strict],
                "cands": [dict(c, y=yy) for c, yy in zip(cands, y)],
            }
        )
    n = sum(len(x["cands"]) for x in out)
    pos = sum(c["y"] for x in out for c in x["cands"])
    gold = sum(len(x["gold"]) for x in out)
    print(
        f"{len(out)} articles, {n} candidates, {pos} positive of {gold} gold events: candidate ceiling {100 * pos / gold:.1f}%"
    )
    return out


def main() -> None:
    data = build()
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    TOK = re.compile(r"\w+")

    def feats(c):
        f = {k: float(v) for k, v in c["f"].items()}
        f["type=" + c["type"]] = 1
        f["prec=" + str(c["prec"])] = 1
        f["type=%s|strict=%d" % (c["type"], c["f"].get("strict", 0))] = 1
        ev = c["ev"]
        t = ev["text"]
        trig = ev.get("trig")
        if trig is not None:
            toks = TOK.findall(t.lower()[max(0, trig - 60) : trig + 80])
        else:
            toks = TOK.findall(t.lower()[:140])
        for w in toks:
            f["w=" + w] = 1
            f[c["type"] + "|w=" + w] = 1
        return f

    X, y, g, idx = [], [], [], []
    for ai, a in enumerate(data):
        for ci, c in enumerate(a["cands"]):
            X.append(feats(c))
            y.append(c["y"])
            g.append(ai)
            idx.append((ai, ci))
    H = FeatureHasher(2**18, input_type="dict")
    Xh = H.transform(X)
    y = np.array(y)
    g = np.array(g)

    def score(pred_by_art):
        n = dict(gold=0, pred=0, match=0, date=0, dok=0)
        for ai, a in enumerate(data):
            evs = pred_by_art.get(ai, [])
            gold = [dict(e, type=TYPE_ID.get(e["type"], e["type"])) for e in a["gold"]]
            n["gold"] += len(gold)
            n["pred"] += len(evs)
            used = set()
            for ge in gold:
                j = next(
                    (
                        j
                        for j, p in enumerate(evs)
                        if j not in used
                        and p["type"] == ge["type"]
                        and date_ok(ge.get("date"), ge.get("date_precision"), p["date"])
                    ),
                    None,
                )
                if j is not None:
                    used.add(j)
                    n["match"] += 1
                if ge.get("date"):
                    n["date"] += 1
                    n["dok"] += any(
                        p["type"] == ge["type"] and date_ok(ge["date"], ge.get("date_precision"), p["date"])
                        for p in evs
                    )
        return "date %.1f recall %.1f precision %.1f" % (
            100 * n["dok"] / n["date"],
            100 * n["match"] / n["gold"],
            100 * n["match"] / max(1, n["pred"]),
        )

    strict = {ai: a["strict"] for ai, a in enumerate(data)}
    print("strict rules   ", score(strict))
    for C in (0.1, 0.3, 1.0):
        for thr in (0.4, 0.5):
            prob = np.zeros(len(y))
            for tr, te in GroupKFold(5).split(Xh, y, g):
                m = LogisticRegression(C=C, max_iter=2000).fit(Xh[tr], y[tr])
                prob[te] = m.predict_proba(Xh[te])[:, 1]
            pred = {}
            for (ai, ci), p in zip(idx, prob):
                if p >= thr:
                    pred.setdefault(ai, []).append(data[ai]["cands"][ci])
            print("C", C, "thr", thr, score(pred))


if __name__ == "__main__":
    main()
