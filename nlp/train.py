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
from .taxonomy import KINDS, THRESHOLDS_FILE, Taxonomy, default as default_taxonomy

ROOT = Path(__file__).resolve().parent.parent
LABELLED_DIR = ROOT / "models" / "labelled"
CACHE_DIR = ROOT / "bench" / "out" / "embcache"
SEED = 2026
C_EMB, C_TF, C_META = 4.0, 16.0, 1.0


def load_labelled(path: Path = LABELLED_DIR) -> list[dict]:
    rows = []
    for f in sorted(path.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                r = json.loads(line)
                r["_src"] = f"{f.name}:{n}"
                rows.append(r)
    return rows


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


def train(folds: int = 5, out_dir: Path = HEAD_DIR, thresholds_file: Path = THRESHOLDS_FILE, embedder=None,
          log=print) -> dict:
    from .embed import get_embedder

    t0 = time.perf_counter()
    tax = default_taxonomy()
    rows = load_labelled()
    train_rows, test_rows = split(rows)
    emb = embedder or get_embedder()
    fl = _folds(len(train_rows), folds)
    all_rows, fl = augment(train_rows, fl)
    texts = [r["text"] for r in all_rows]
    log(f"train: {len(train_rows)} passages + {len(all_rows) - len(train_rows)} joined long passages "
        f"(test split held out: {len(test_rows)}); embedding with {emb.model_id}")
    V = embed_cached(emb, texts)
    tf = Tfidf.fit(texts)
    X = tf.transform(texts)
    Y = targets(all_rows, tax)
    arrays: dict[str, np.ndarray] = {"idf": tf.idf}
    thresholds: dict[str, dict[str, float]] = {}
    report: dict = {}
    for k in KINDS:
        labs = tax.labels(k)
        L = len(labs)
        dv, ev, owner = label_vectors(emb, tax, k)
        sim_d = V @ dv.T
        sim_e = example_sims(V, ev, owner, L)
        mu = np.array([sim_d.mean(), sim_e.mean()], dtype=np.float32)
        sd = np.array([sim_d.std() or 1.0, sim_e.std() or 1.0], dtype=np.float32)
        lex = lexicon_counts(tax, labs, texts)
        pe = oof_base(V, Y[k], C_EMB, fl)
        pt = oof_base(X, Y[k], C_TF, fl)
        F = meta_features(pe, pt, sim_d, sim_e, lex, mu, sd)
        nf = F.shape[2]
        MW = np.zeros((L, nf), dtype=np.float32)
        MB = np.zeros(L, dtype=np.float32)
        P = np.zeros(Y[k].shape, dtype=np.float32)   # out-of-fold meta probabilities
        for j in range(L):
            w, b = _fit_lr(F[:, j, :], Y[k][:, j], C_META)
            if w is not None:
                MW[j] = w
            MB[j] = b
            for te in fl:
                tr = np.setdiff1d(np.arange(len(texts)), te)
                w2, b2 = _fit_lr(F[tr, j, :], Y[k][tr, j], C_META)
                P[te, j] = _predict(F[te, j, :], w2, b2)
        thresholds[k] = {}
        for j, lab in enumerate(labs):
            npos = int(Y[k][:, j].sum())
            t, f1 = best_threshold(P[:, j], Y[k][:, j])
            t = (npos * t + 10 * 0.5) / (npos + 10)     # few positives: trust 0.5 more
            thresholds[k][lab.id] = round(float(min(0.75, max(0.25, t))), 3)
        pred = P >= np.array([thresholds[k][lab.id] for lab in labs])[None]
        tp = int((pred & (Y[k] == 1)).sum())
        fp = int((pred & (Y[k] == 0)).sum())
        fn = int((~pred & (Y[k] == 1)).sum())
        report[k] = {"oof_micro_f1": round(2 * tp / max(1, 2 * tp + fp + fn), 4), "labels": L}
        ew, eb = fit_base(V, Y[k], C_EMB, V.shape[1])
        tw, tb = fit_base(X, Y[k], C_TF, X.shape[1])
        arrays.update({f"{k}_emb_w": ew, f"{k}_emb_b": eb, f"{k}_tf_w": tw, f"{k}_tf_b": tb,
                       f"{k}_desc": dv.astype(np.float32), f"{k}_ex": ev.astype(np.float32), f"{k}_ex_owner": owner,
                       f"{k}_sim_mu": mu, f"{k}_sim_sd": sd, f"{k}_meta_w": MW, f"{k}_meta_b": MB})
        log(f"  {k}: {L} labels, out-of-fold micro-F1 {report[k]['oof_micro_f1']:.3f}")
    data_hash = hashlib.sha1("".join(r["id"] + r["text"] for r in rows).encode()).hexdigest()[:12]
    manifest = {
        "head_version": HEAD_VERSION, "version": f"extractor-{tax.version}-{data_hash}",
        "taxonomy_version": tax.version, "embedding_model": emb.spec if os.path.isabs(emb.spec) is False else None,
        "embedding_model_id": emb.model_id, "labels": {k: [lab.id for lab in tax.labels(k)] for k in KINDS},
        "train_passages": len(train_rows), "synthetic_passages": len(all_rows) - len(train_rows),
        "test_passages": len(test_rows), "folds": folds,
        "C": {"emb": C_EMB, "tfidf": C_TF, "meta": C_META}, "meta_features": ["logit_emb", "logit_tfidf",
                                                                              "z_sim_desc", "z_sim_examples",
                                                                              "log1p_lexicon", "sim_margin"],
        "oof": report, "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "seconds": round(time.perf_counter() - t0, 1),
    }
    out_dir = Path(out_dir)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(tmp / "arrays.npz", **arrays)
    (tmp / "vocab.json").write_text(json.dumps(tf.vocab, ensure_ascii=False), encoding="utf-8")
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    from .e5_build import replace_dir

    replace_dir(tmp, out_dir)  # the old head stays whole until the new one is in place
    write_thresholds(thresholds_file, thresholds, manifest["version"])
    log(f"head written to {out_dir} ({manifest['seconds']} s)")
    return manifest


def write_thresholds(path: Path, thresholds: dict, version: str) -> None:
    lines = ["# Per-label decision thresholds of the extractor (probability in 0..1).",
             "# Written by `telaah models train` from out-of-fold predictions on the TRAIN split of",
             "# models/labelled (never from the test sets). An expert may edit a value: a higher",
             "# threshold asserts the label less often. Retraining overwrites this file.",
             f"# head: {version}", "",
             "# at most max_labels labels per kind, each >= relative_to_top x the best one (GUIDE: 0-3 labels)",
             "decoding:", "  max_labels: 3", "  relative_to_top: 0.5", ""]
    for k in KINDS:
        lines.append(f"{k}s:")
        for lid, t in thresholds[k].items():
            lines.append(f"  {lid}: {t}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="train the extractor head")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args(argv)
    train(folds=a.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
