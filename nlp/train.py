"""Train the extractor head (nlp/classifier.py) on the labelled set in models/labelled.

    telaah models train [--folds 5]        (or: python -m nlp.train)

Split: a passage is in the held-out TEST split when sha1(its id) mod 5 == 0 (about 20%,
stable as files grow); training, cross-validation and threshold choice see only the TRAIN
split. The real-document test sets (bench/eval) are never read here.

Steps per label kind (dimension, element, issue):
  1. 5-fold out-of-fold probabilities of the two base models (logistic regression on the e5
     embedding; on TF-IDF);
  2. the meta model per label (logistic regression on the base logits, the description and
     example similarities, the lexicon count) fitted on those out-of-fold signals;
  3. out-of-fold meta probabilities -> the per-label threshold that maximises F1, shrunk
     towards 0.5 for rare labels and kept in [0.25, 0.75];
  4. the base models refitted on the whole train split.
Writes models/heads/extractor/{manifest.json, arrays.npz, vocab.json} and
models/taxonomy/thresholds.yaml (only the threshold numbers; a comment says they are
generated).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from .classifier import HEAD_DIR, HEAD_VERSION, Tfidf, label_texts, lexicon_counts, logit, meta_features, sigmoid
from .e5.writer import replace_dir
from .taxonomy import KINDS, THRESHOLDS_FILE, Taxonomy
from .taxonomy import default as default_taxonomy

ROOT = Path(__file__).resolve().parent.parent
LABELLED_DIR = ROOT / "models" / "labelled"
CACHE_DIR = ROOT / "bench" / "out" / "embcache"
SEED = 2026
C_EMB, C_TF, C_META = 4.0, 16.0, 1.0


def render_table(table: dict) -> str:
    """A labelled table record as the passage text ingest would store for it: the same
    ingest.segment.table_passage_texts, so training tables look exactly like stored ones."""
    from ingest.records import TableData
    from ingest.segment import table_passage_texts

    t = TableData(
        page=1,
        header=[str(h) for h in table["header"]],
        rows=[[str(c) for c in r] for r in table["rows"]],
        caption=table.get("caption", ""),
    )
    groups = table_passage_texts(t)
    return groups[0][0] if groups else ""


def load_labelled(path: Path = LABELLED_DIR) -> list[dict]:
    rows = []
    for f in sorted(path.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                r = json.loads(line)
                r["_src"] = f"{f.name}:{n}"
                if "text" not in r and isinstance(r.get("table"), dict):
                    r["text"] = render_table(r["table"])
                rows.append(r)
    return rows


STYLES = {
    "programme",
    "analysis",
    "rpjmd_problem",
    "rpjmd_target",
    "table_row",
    "news",
    "none_legal",
    "none_method",
    "none_admin",
    "none_generic",
    "none_stat",
    "none_toc",
}


def check_labelled(rows: list[dict], tax: Taxonomy) -> list[str]:
    """Problems in the labelled set, one line each (GUIDE.md rules)."""
    errs, seen = [], set()
    ids = {k: [lab.id for lab in tax.labels(k)] for k in KINDS}
    for r in rows:
        where = r.get("_src", r.get("id"))
        if not isinstance(r.get("id"), str) or not r["id"]:
            errs.append(f"{where}: no id")
            continue
        if r["id"] in seen:
            errs.append(f"{where}: duplicate id {r['id']}")
        seen.add(r["id"])
        if not isinstance(r.get("text"), str) or len(r["text"].strip()) < 3:
            errs.append(f"{where}: no text (or a table that renders to nothing)")
        for field, k in (("dimensions", "dimension"), ("elements", "element"), ("issues", "issue")):
            v = r.get(field)
            if not isinstance(v, list):
                errs.append(f"{where}: {field} is not a list")
                continue
            bad = [x for x in v if x not in ids[k]]
            if bad:
                errs.append(f"{where}: unknown {k} ids {bad}")
            if len(v) > 3:
                errs.append(f"{where}: more than 3 {field}")
        els = r.get("elements") or []
        want = [d for d in ids["dimension"] if any(e.split(".")[0] == d for e in els)]
        if sorted(r.get("dimensions") or []) != sorted(want):
            errs.append(f"{where}: dimensions {r.get('dimensions')} must be the prefixes of the elements {want}")
        st = r.get("style")
        if st not in STYLES:
            errs.append(f"{where}: unknown style {st!r}")
        elif st.startswith("none_") and (els or r.get("issues")):
            errs.append(f"{where}: style {st} but labelled")
    return errs


def is_test(row_id: str) -> bool:
    return int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 5 == 0


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    return [r for r in rows if not is_test(r["id"])], [r for r in rows if is_test(r["id"])]


def targets(rows: list[dict], tax: Taxonomy) -> dict[str, np.ndarray]:
    out = {}
    for k, field in (("dimension", "dimensions"), ("element", "elements"), ("issue", "issues")):
        ids = [lab.id for lab in tax.labels(k)]
        Y = np.zeros((len(rows), len(ids)), dtype=np.int8)
        for i, r in enumerate(rows):
            for lid in r[field]:
                Y[i, ids.index(lid)] = 1
        out[k] = Y
    return out


def embed_cached(embedder, texts: list[str]) -> np.ndarray:
    """Passage vectors, cached on disk by (model id, text) so retraining is quick."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    f = CACHE_DIR / f"{hashlib.sha1(embedder.model_id.encode()).hexdigest()[:12]}.npz"
    cache: dict[str, np.ndarray] = {}
    if f.exists():
        z = np.load(f)
        cache = dict(zip(z["keys"].tolist(), z["vecs"]))
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    if todo:
        vecs = embedder.embed_passages([texts[i] for i in todo], batch_size=32)
        for i, v in zip(todo, vecs):
            cache[keys[i]] = v
        ks = list(cache)
        tmp = f.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(ks), vecs=np.stack([cache[k] for k in ks]).astype(np.float32))
        os.replace(tmp, f)
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def _fit_lr(X, y, C: float):
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # no positive (or no negative) example: a constant
        return None, float(logit(np.array([0.02 if y.max() == 0 else 0.98]))[0])
    m = LogisticRegression(C=C, max_iter=3000, solver="liblinear")
    m.fit(X, y)
    return m.coef_[0].astype(np.float32), float(m.intercept_[0])


def _predict(X, w, b) -> np.ndarray:
    z = (np.asarray(X @ w) if w is not None else np.zeros(X.shape[0])) + b
    return sigmoid(np.asarray(z).ravel())


def _folds(n: int, k: int) -> list[np.ndarray]:
    rng = np.random.default_rng(SEED)
    idx = rng.permutation(n)
    return [idx[i::k] for i in range(k)]


SEPARATORS = (" ", "\n", "\n\n", " ", "; ")
MAX_SYNTH_CHARS = 1200


def augment(rows: list[dict], folds: list[np.ndarray], per_row: int = 1) -> tuple[list[dict], list[np.ndarray]]:
    """Long passages for training: real plan passages run to 700-1200 characters and mix a
    topic with context or boilerplate, while hand-written training passages are short. Each
    training passage is joined with 1-3 others of the SAME fold (so out-of-fold predictions stay
    honest), in random order; the labels are the union. Joins of unlabelled passages stay
    unlabelled. Returns all rows (originals first) and the folds over them."""
    rng = np.random.default_rng(SEED + 1)
    out = list(rows)
    new_folds = [list(f) for f in folds]
    for fi, fold in enumerate(folds):
        fold = list(fold)
        none = [i for i in fold if not (rows[i]["elements"] or rows[i]["issues"])]
        for i in fold:
            for _ in range(per_row):
                k = int(rng.integers(1, 4))
                pool = none if (not (rows[i]["elements"] or rows[i]["issues"]) and rng.random() < 0.7) else fold
                partners = [int(x) for x in rng.choice(pool, size=min(k, len(pool)), replace=False) if x != i]
                parts = [i] + partners
                rng.shuffle(parts)
                text = ""
                used = []
                for j in parts:
                    piece = rows[j]["text"]
                    if used and len(text) + len(piece) > MAX_SYNTH_CHARS:
                        continue
                    text = piece if not used else text + SEPARATORS[int(rng.integers(len(SEPARATORS)))] + piece
                    used.append(j)
                if len(used) < 2:
                    continue
                syn = {"id": "+".join(rows[j]["id"] for j in used), "text": text, "style": "synthetic"}
                for field in ("dimensions", "elements", "issues"):
                    syn[field] = sorted({x for j in used for x in rows[j][field]})
                new_folds[fi].append(len(out))
                out.append(syn)
    return out, [np.array(f, dtype=np.int64) for f in new_folds]


def garble(text: str, rng: np.random.Generator) -> str:
    """The text as a two-column PDF page often comes out of text extraction: short lines,
    the left and the right column's lines interleaved, blank lines between them, sometimes a
    page number, and a window of it only (a passage boundary falls anywhere)."""
    words = text.split()
    lines, i = [], 0
    while i < len(words):
        k = int(rng.integers(2, 8))
        lines.append(" ".join(words[i : i + k]))
        i += k
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    mixed = []
    for a in range(half):
        mixed.append(left[a])
        if a < len(right):
            mixed.append(right[a])
    if rng.random() < 0.3:
        mixed.insert(int(rng.integers(0, len(mixed) + 1)), str(int(rng.integers(5, 400))))
    keep = max(2, int(len(mixed) * rng.uniform(0.6, 1.0)))
    start = int(rng.integers(0, len(mixed) - keep + 1))
    return "\n\n".join(mixed[start : start + keep])


def augment_garbled(
    rows: list[dict], folds: list[np.ndarray], share: float = 0.3
) -> tuple[list[dict], list[np.ndarray]]:
    """Adds, per fold, damaged copies (garble) of a share of its passages of 150+ characters,
    labels unchanged, so out-of-fold predictions stay honest."""
    rng = np.random.default_rng(SEED + 2)
    out, new_folds = list(rows), [list(f) for f in folds]
    for fi, fold in enumerate(folds):
        for i in fold:
            r = rows[int(i)]
            if r.get("style") == "synthetic" or len(r["text"]) < 150 or rng.random() >= share:
                continue
            g = {"id": r["id"] + "~2col", "text": garble(r["text"], rng), "style": "synthetic"}
            for field in ("dimensions", "elements", "issues"):
                g[field] = list(r[field])
            new_folds[fi].append(len(out))
            out.append(g)
    return out, [np.array(f, dtype=np.int64) for f in new_folds]


def oof_base(X, Y: np.ndarray, C: float, folds) -> np.ndarray:
    P = np.zeros(Y.shape, dtype=np.float32)
    for te in folds:
        tr = np.setdiff1d(np.arange(len(Y)), te)
        for j in range(Y.shape[1]):
            w, b = _fit_lr(X[tr], Y[tr, j], C)
            P[te, j] = _predict(X[te], w, b)
    return P


def fit_base(X, Y: np.ndarray, C: float, dim: int) -> tuple[np.ndarray, np.ndarray]:
    W = np.zeros((Y.shape[1], dim), dtype=np.float32)
    B = np.zeros(Y.shape[1], dtype=np.float32)
    for j in range(Y.shape[1]):
        w, b = _fit_lr(X, Y[:, j], C)
        if w is not None:
            W[j] = w
        B[j] = b
    return W, B


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in np.arange(0.2, 0.81, 0.025):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        if f1 > best[1] + 1e-9:
            best = (float(t), f1)
    return best


def label_vectors(embedder, tax: Taxonomy, kind: str):
    labs = tax.labels(kind)
    descs, exs, owner = [], [], []
    for j, lab in enumerate(labs):
        d, ex = label_texts(lab)
        descs.append(d)
        exs += ex
        owner += [j] * len(ex)
    dv = embedder.embed_passages(descs)
    ev = embedder.embed_passages(exs) if exs else np.zeros((0, dv.shape[1]), np.float32)
    return dv, ev, np.array(owner, dtype=np.int32)


def example_sims(V: np.ndarray, ev: np.ndarray, owner: np.ndarray, n_labels: int) -> np.ndarray:
    S = V @ ev.T if len(ev) else np.zeros((len(V), 0))
    out = np.zeros((len(V), n_labels), dtype=np.float32)
    for j in range(n_labels):
        cols = owner == j
        if cols.any():
            out[:, j] = S[:, cols].max(axis=1)
    return out


def train(
    folds: int = 5, out_dir: Path = HEAD_DIR, thresholds_file: Path = THRESHOLDS_FILE, embedder=None, log=print
) -> dict:
    from .embed import get_embedder

    t0 = time.perf_counter()
    tax = default_taxonomy()
    rows = load_labelled()
    train_rows, test_rows = split(rows)
    emb = embedder or get_embedder()
    fl = _folds(len(train_rows), folds)
    all_rows, fl = augment(train_rows, fl)
    n_joined = len(all_rows) - len(train_rows)
    all_rows, fl = augment_garbled(all_rows, fl)
    texts = [r["text"] for r in all_rows]
    log(
        f"train: {len(train_rows)} passages + {n_joined} joined long passages + "
        f"{len(all_rows) - len(train_rows) - n_joined} two-column copies (test split held out: {len(test_rows)}); "
        f"embedding with {emb.model_id}"
    )
    V = embed_cached(emb, texts)
    tf = Tfidf.fit(texts)
    X = tf.transform(texts)
    Y = targets(all_rows, tax)
    arrays: dict[str, np.ndarray] = {"idf": tf.idf}
    thresholds: dict[str, dict[str, float]] = {}
    report: dict = {}
    oof: dict[str, np.ndarray] = {}
    for k in KINDS:
        oof[k], thresholds[k], report[k], kind_arrays = _train_kind(k, tax, emb, V, X, texts, Y[k], fl)
        arrays.update(kind_arrays)
        log(f"  {k}: {report[k]['labels']} labels, out-of-fold micro-F1 {report[k]['oof_micro_f1']:.3f}")
    save_oof(oof, Y, thresholds)
    decoding, thresholds, report["decoding"] = tune_decoding(oof, Y, thresholds, tax)
    log(f"  decoding (out-of-fold): {decoding}; {report['decoding']}")
    data_hash = hashlib.sha1("".join(r["id"] + r["text"] for r in rows).encode()).hexdigest()[:12]
    manifest = {
        "head_version": HEAD_VERSION,
        "version": f"extractor-{tax.version}-{data_hash}",
        "taxonomy_version": tax.version,
        "embedding_model": emb.spec if os.path.isabs(emb.spec) is False else None,
        "embedding_model_id": emb.model_id,
        "labels": {k: [lab.id for lab in tax.labels(k)] for k in KINDS},
        "train_passages": len(train_rows),
        "synthetic_passages": len(all_rows) - len(train_rows),
        "test_passages": len(test_rows),
        "folds": folds,
        "C": {"emb": C_EMB, "tfidf": C_TF, "meta": C_META},
        "meta_features": ["logit_emb", "logit_tfidf", "z_sim_desc", "z_sim_examples", "log1p_lexicon", "sim_margin"],
        "oof": report,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    out_dir = Path(out_dir)
    _write_head(out_dir, arrays, tf.vocab, manifest)
    write_thresholds(thresholds_file, thresholds, manifest["version"], decoding)
    log(f"head written to {out_dir} ({manifest['seconds']} s)")
    return manifest


def _train_kind(k: str, tax, emb, V: np.ndarray, X, texts: list[str], Yk: np.ndarray, fl: list) -> tuple:
    """One label kind: base models (e5 LR, TF-IDF LR), description/example similarities and the
    lexicon stacked by a per-label meta LR; thresholds from the out-of-fold probabilities.
    Returns (out-of-fold probabilities, thresholds, report, arrays of the head)."""
    labs = tax.labels(k)
    L = len(labs)
    dv, ev, owner = label_vectors(emb, tax, k)
    sim_d = V @ dv.T
    sim_e = example_sims(V, ev, owner, L)
    mu = np.array([sim_d.mean(), sim_e.mean()], dtype=np.float32)
    sd = np.array([sim_d.std() or 1.0, sim_e.std() or 1.0], dtype=np.float32)
    lex = lexicon_counts(tax, labs, texts)
    pe = oof_base(V, Yk, C_EMB, fl)
    pt = oof_base(X, Yk, C_TF, fl)
    F = meta_features(pe, pt, sim_d, sim_e, lex, mu, sd)
    MW = np.zeros((L, F.shape[2]), dtype=np.float32)
    MB = np.zeros(L, dtype=np.float32)
    P = np.zeros(Yk.shape, dtype=np.float32)  # out-of-fold meta probabilities
    for j in range(L):
        w, b = _fit_lr(F[:, j, :], Yk[:, j], C_META)
        if w is not None:
            MW[j] = w
        MB[j] = b
        for te in fl:
            tr = np.setdiff1d(np.arange(len(texts)), te)
            w2, b2 = _fit_lr(F[tr, j, :], Yk[tr, j], C_META)
            P[te, j] = _predict(F[te, j, :], w2, b2)
    thresholds = {}
    for j, lab in enumerate(labs):
        npos = int(Yk[:, j].sum())
        t, _f1 = best_threshold(P[:, j], Yk[:, j])
        t = (npos * t + 10 * 0.5) / (npos + 10)  # few positives: trust 0.5 more
        thresholds[lab.id] = round(float(min(0.75, max(0.25, t))), 3)
    pred = P >= np.array([thresholds[lab.id] for lab in labs])[None]
    tp = int((pred & (Yk == 1)).sum())
    fp = int((pred & (Yk == 0)).sum())
    fn = int((~pred & (Yk == 1)).sum())
    report = {"oof_micro_f1": round(2 * tp / max(1, 2 * tp + fp + fn), 4), "labels": L}
    ew, eb = fit_base(V, Yk, C_EMB, V.shape[1])
    tw, tb = fit_base(X, Yk, C_TF, X.shape[1])
    arrays = {
        f"{k}_emb_w": ew,
        f"{k}_emb_b": eb,
        f"{k}_tf_w": tw,
        f"{k}_tf_b": tb,
        f"{k}_desc": dv.astype(np.float32),
        f"{k}_ex": ev.astype(np.float32),
        f"{k}_ex_owner": owner,
        f"{k}_sim_mu": mu,
        f"{k}_sim_sd": sd,
        f"{k}_meta_w": MW,
        f"{k}_meta_b": MB,
    }
    return P, thresholds, report, arrays


def _write_head(out_dir: Path, arrays: dict, vocab: dict, manifest: dict) -> None:
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(tmp / "arrays.npz", **arrays)
    (tmp / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    replace_dir(tmp, out_dir)  # the old head stays whole until the new one is in place


def decoded_scores(
    P: dict,
    Y: dict,
    thr: dict,
    ids: dict,
    max_labels: int,
    relative: float,
    implies: bool,
    fallback: dict | None = None,
) -> dict[str, float]:
    """Micro-F1 per kind and abstention accuracy of the decoded labels (classifier.decode)."""
    from .classifier import decode

    dec = decode(P, thr, ids, max_labels, relative, implies, fallback)
    out = {}
    for k in KINDS:
        pred = np.zeros(Y[k].shape, dtype=bool)
        pos = {lid: j for j, lid in enumerate(ids[k])}
        for i, d in enumerate(dec):
            for lid, _ in d[k]:
                pred[i, pos[lid]] = True
        tp = int((pred & (Y[k] == 1)).sum())
        out[k] = 2 * tp / max(1, int(pred.sum()) + int(Y[k].sum()))
    gold_none = (Y["element"].sum(1) + Y["issue"].sum(1)) == 0
    pred_none = np.array([not (d["dimension"] or d["element"] or d["issue"]) for d in dec])
    out["abstention"] = float((gold_none == pred_none).mean())
    return out


def tune_decoding(P: dict, Y: dict, thresholds: dict, tax: Taxonomy):
    """Decoding parameters (max labels, relative-to-top, element => dimension) and a per-kind
    scale of the per-label thresholds, chosen on the out-of-fold predictions of the TRAIN split
    by the mean of the three micro-F1s and the abstention accuracy (coordinate search)."""
    ids = {k: [lab.id for lab in tax.labels(k)] for k in KINDS}
    base = {k: np.array([thresholds[k][i] for i in ids[k]]) for k in KINDS}

    def score(cfg, scale, fb):
        thr = {k: np.clip(base[k] * scale[k], 0.05, 0.95) for k in KINDS}
        r = decoded_scores(P, Y, thr, ids, *cfg, fallback={k: v for k, v in fb.items() if v < 1} or None)
        return float(np.mean(list(r.values()))), r

    scale = {k: 1.0 for k in KINDS}
    fb = {k: 1.0 for k in KINDS}  # 1.0 = no fallback for that kind
    best_cfg, (best, detail) = (3, 0.5, True), score((3, 0.5, True), scale, fb)
    for _ in range(2):
        for cfg in [(m, r, imp) for m in (2, 3) for r in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7) for imp in (True, False)]:
            sc, det = score(cfg, scale, fb)
            if sc > best + 1e-6:
                best_cfg, best, detail = cfg, sc, det
        for k in KINDS:
            for f in (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0):
                trial = dict(scale, **{k: f})
                sc, det = score(best_cfg, trial, fb)
                if sc > best + 1e-6:
                    scale, best, detail = trial, sc, det
        for k in KINDS:
            for f in (0.05, 0.1, 0.15, 0.2, 0.3, 1.0):
                trial = dict(fb, **{k: f})
                sc, det = score(best_cfg, scale, trial)
                if sc > best + 1e-6:
                    fb, best, detail = trial, sc, det
    new = {k: {i: round(float(np.clip(thresholds[k][i] * scale[k], 0.05, 0.95)), 3) for i in ids[k]} for k in KINDS}
    m, r, imp = best_cfg
    dec = {"max_labels": m, "relative_to_top": r, "element_implies_dimension": imp}
    if any(v < 1 for v in fb.values()):
        dec["fallback"] = {k: v for k, v in fb.items() if v < 1}
    return dec, new, {"threshold_scale": scale, **{k: round(v, 4) for k, v in detail.items()}}


OOF_FILE = ROOT / "bench" / "out" / "oof.npz"


def save_oof(P: dict, Y: dict, thresholds: dict) -> None:
    """The out-of-fold probabilities and targets of the last training run, so the decoding can be
    re-chosen without retraining (`python -m nlp.train --retune`)."""
    OOF_FILE.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OOF_FILE,
        **{f"P_{k}": P[k] for k in KINDS},
        **{f"Y_{k}": Y[k] for k in KINDS},
        thresholds=json.dumps(thresholds),
    )


def write_thresholds(path: Path, thresholds: dict, version: str, decoding: dict | None = None) -> None:
    decoding = decoding or {"max_labels": 3, "relative_to_top": 0.5, "element_implies_dimension": True}
    lines = [
        "# Per-label decision thresholds of the extractor (probability in 0..1).",
        "# Written by `telaah models train` from out-of-fold predictions on the TRAIN split of",
        "# models/labelled (never from the test sets). An expert may edit a value: a higher",
        "# threshold asserts the label less often. Retraining overwrites this file.",
        f"# head: {version}",
        "",
        "# at most max_labels labels per kind, each >= relative_to_top x the best one (GUIDE: 0-3 labels);",
        "# element_implies_dimension: an asserted element also asserts its dimension",
        "# (chosen with the thresholds on the out-of-fold predictions)",
        "decoding:",
        f"  max_labels: {decoding['max_labels']}",
        f"  relative_to_top: {decoding['relative_to_top']}",
        f"  element_implies_dimension: {'true' if decoding['element_implies_dimension'] else 'false'}",
    ]
    if decoding.get("fallback"):
        lines += [
            "  # a passage that is about something (some kind asserts a label) gets a kind's best label",
            "  # when nothing clears that kind's thresholds and the best one reaches this probability",
            "  fallback:",
        ] + [f"    {k}: {v}" for k, v in decoding["fallback"].items()]
    lines.append("")
    for k in KINDS:
        lines.append(f"{k}s:")
        for lid, t in thresholds[k].items():
            lines.append(f"  {lid}: {t}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="train the extractor head")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="only validate models/labelled (GUIDE.md rules)")
    ap.add_argument(
        "--retune",
        action="store_true",
        help="re-choose the decoding and threshold scale from the last run's out-of-fold predictions",
    )
    a = ap.parse_args(argv)
    if a.retune:
        if not OOF_FILE.exists():
            print(f"telaah: no out-of-fold predictions in {OOF_FILE}; run 'telaah models train' first", file=sys.stderr)
            return 2
        z = np.load(OOF_FILE)
        P = {k: z[f"P_{k}"] for k in KINDS}
        Y = {k: z[f"Y_{k}"] for k in KINDS}
        tax = default_taxonomy()
        dec, thr, rep = tune_decoding(P, Y, json.loads(str(z["thresholds"])), tax)
        version = json.loads((HEAD_DIR / "manifest.json").read_text())["version"]
        write_thresholds(THRESHOLDS_FILE, thr, version, dec)
        print(f"decoding (out-of-fold): {dec}; {rep}")
        return 0
    if a.check:
        rows = load_labelled()
        errs = check_labelled(rows, default_taxonomy())
        for e in errs:
            print(e)
        by_file: dict[str, int] = {}
        for r in rows:
            f = r["_src"].split(":")[0]
            by_file[f] = by_file.get(f, 0) + 1
        print(
            f"{len(rows)} labelled passages ({', '.join(f'{f} {n}' for f, n in sorted(by_file.items()))}); "
            f"{len(errs)} problems"
        )
        return 1 if errs else 0
    train(folds=a.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
