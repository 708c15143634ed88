"""The extractor's labeller: passages -> dimensions, elements, RPJMD issue categories,
with calibrated scores, evidence and an explicit abstain.

Signals, per label (44 labels: 6 dimensions, 18 elements, 20 issues), combined by a
stacked logistic model trained on the labelled set (models/labelled, train split only):

  emb   logistic regression on the e5 passage embedding ("passage: " prefix)
  tfidf logistic regression on TF-IDF of word uni/bigrams (its positive term weights are
        also evidence a reviewer can read)
  sim   cosine of the passage to the label's description and to its example phrases,
        embedded with the same "passage: " prefix (zero-shot signal; MODEL_NOTES.md)
  lex   matches of the label's lexicon terms (models/taxonomy/taxonomy.yaml)

The meta model (one small logistic regression per label over those signals) is fitted on
out-of-fold predictions of the base models, so its output is a calibrated probability.
A label is asserted when its probability clears its threshold (models/taxonomy/
thresholds.yaml, chosen on out-of-fold training predictions, never on the test sets). An
asserted element implies its dimension. Nothing asserted = abstain (empty lists).

The trained head lives in models/heads/extractor/ (manifest.json + arrays.npz + vocab.json,
no pickles) with the embedding model id it was trained with; `telaah models train`
rebuilds it (nlp/train.py).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.errors import ModelError
from nlp.analysis import stopwords

from .taxonomy import KINDS, Taxonomy, lexicon_matches
from .taxonomy import default as default_taxonomy

ROOT = Path(__file__).resolve().parent.parent
HEAD_DIR = ROOT / "models" / "heads" / "extractor"
HEAD_VERSION = 1
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


class ClassifierError(ModelError, RuntimeError):
    """One-line, user-facing problem with the extractor head."""


# -- TF-IDF (own implementation: the same code at training and inference, stored as arrays) -----
def tfidf_tokens(text: str) -> list[str]:
    sw = stopwords()
    words = [w for w in TOKEN.findall(text.lower()) if not w.isdigit() and len(w) > 1]
    uni = [w for w in words if w not in sw]
    bi = [f"{a} {b}" for a, b in zip(words, words[1:]) if a not in sw and b not in sw]
    return uni + bi


class Tfidf:
    def __init__(self, vocab: dict[str, int], idf: np.ndarray):
        self.vocab, self.idf = vocab, idf

    @classmethod
    def fit(cls, texts: list[str], min_df: int = 2, max_features: int = 30000) -> Tfidf:
        df: Counter[str] = Counter()
        for t in texts:
            df.update(set(tfidf_tokens(t)))
        terms = [w for w, c in df.most_common() if c >= min_df][:max_features]
        vocab = {w: i for i, w in enumerate(sorted(terms))}
        n = len(texts)
        idf = np.array([math.log((1 + n) / (1 + df[w])) + 1 for w in sorted(terms)], dtype=np.float32)
        return cls(vocab, idf)

    def transform(self, texts: list[str]):
        from scipy.sparse import csr_matrix

        rows, cols, vals = [], [], []
        for i, t in enumerate(texts):
            c = Counter(w for w in tfidf_tokens(t) if w in self.vocab)
            if not c:
                continue
            idx = np.array([self.vocab[w] for w in c], dtype=np.int64)
            v = (1 + np.log(np.array(list(c.values()), dtype=np.float32))) * self.idf[idx]
            v /= np.linalg.norm(v) or 1.0
            rows += [i] * len(idx)
            cols += idx.tolist()
            vals += v.tolist()
        return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)), dtype=np.float32)


# -- features shared by training and inference ---------------------------------------------------
def lexicon_counts(tax: Taxonomy, labels: list, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), len(labels)), dtype=np.float32)
    for j, lab in enumerate(labels):
        for i, t in enumerate(texts):
            out[i, j] = len(lexicon_matches(lab, t))
    return out


def label_texts(lab) -> tuple[str, list[str]]:
    """The description (with the label name) and the example phrases a label is embedded as."""
    desc = f"{lab.name('id')}. {lab.description.get('id', '')}"
    return desc, list(lab.examples)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def logit(p, eps=1e-4):
    p = np.clip(p, eps, 1 - eps)
    return np.log(p / (1 - p))


def meta_features(p_emb, p_tfidf, sim_desc, sim_ex, lex, sim_mu, sim_sd) -> np.ndarray:
    """(n, L, F) per-label meta features."""
    zd = (sim_desc - sim_mu[0]) / sim_sd[0]
    ze = (sim_ex - sim_mu[1]) / sim_sd[1]
    # how far the label's description stands out from the passage's best other label
    rel = zd - zd.max(axis=1, keepdims=True)
    return np.stack([logit(p_emb), logit(p_tfidf), zd, ze, np.log1p(lex), rel], axis=2)


@dataclass
class Result:
    dimensions: list[dict] = field(default_factory=list)
    elements: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    evidence: dict = field(default_factory=dict)

    @property
    def abstain(self) -> bool:
        return not (self.dimensions or self.elements or self.issues)

    def to_json(self) -> dict:
        return {
            "dimensions": self.dimensions,
            "elements": self.elements,
            "issues": self.issues,
            "evidence": self.evidence,
        }


class Classifier:
    """Loads the trained head; `classify(texts)` -> list[Result]."""

    def __init__(self, head_dir: Path | str = HEAD_DIR, taxonomy: Taxonomy | None = None, embedder=None):
        head_dir = Path(head_dir)
        mf = head_dir / "manifest.json"
        if not mf.exists():
            raise ClassifierError(f"no trained extractor head in {head_dir}; run 'telaah models train'")
        self.manifest = json.loads(mf.read_text())
        if self.manifest.get("head_version") != HEAD_VERSION:
            raise ClassifierError(
                f"{head_dir}: head version {self.manifest.get('head_version')} is not "
                f"{HEAD_VERSION}; run 'telaah models train'"
            )
        self.tax = taxonomy or default_taxonomy()
        arr = np.load(head_dir / "arrays.npz")
        self.arr = {k: arr[k] for k in arr.files}
        self.tfidf = Tfidf(json.loads((head_dir / "vocab.json").read_text(encoding="utf-8")), self.arr["idf"])
        self.inv_vocab = {i: w for w, i in self.tfidf.vocab.items()}
        self.labels = {k: [self.tax.get(k, i) for i in self.manifest["labels"][k]] for k in KINDS}
        self._embedder = embedder
        # labels stored at ingest carry this version: retraining, or an expert editing the
        # taxonomy or the thresholds, makes them stale ('telaah index' relabels)
        import hashlib

        h = hashlib.sha1(self.manifest["version"].encode())
        for f in (self.tax.path, self.tax.path.with_name("thresholds.yaml")):
            if f.exists():
                h.update(f.read_bytes())
        self.version = f"{self.manifest['version']}+{h.hexdigest()[:8]}"
        self.max_labels = int(self.tax.decoding.get("max_labels", 3))
        self.relative = float(self.tax.decoding.get("relative_to_top", 0.5))
        self.implies = bool(self.tax.decoding.get("element_implies_dimension", True))
        self.fallback = self.tax.decoding.get("fallback") or None
        self.ids = {k: [lab.id for lab in self.labels[k]] for k in KINDS}
        self.thresholds = {k: np.array([self.tax.threshold(k, lab.id, 0.5) for lab in self.labels[k]]) for k in KINDS}

    @property
    def embedder(self):
        if self._embedder is None:
            from .embed import get_embedder

            self._embedder = get_embedder(self.manifest.get("embedding_model"))
        if self._embedder.model_id != self.manifest["embedding_model_id"]:
            raise ClassifierError(
                f"the extractor head was trained on {self.manifest['embedding_model_id']} vectors, "
                f"not {self._embedder.model_id}; run 'telaah models train' for this model"
            )
        return self._embedder

    # -- scoring ---------------------------------------------------------------------------------
    def probabilities(self, texts: list[str], vectors: np.ndarray | None = None) -> dict[str, np.ndarray]:
        if not texts:
            return {k: np.zeros((0, len(self.labels[k]))) for k in KINDS}
        if vectors is None:
            vectors = self.embedder.embed_passages(texts)
        X = self.tfidf.transform(texts)
        out = {}
        for k in KINDS:
            a = self.arr
            p_emb = sigmoid(vectors @ a[f"{k}_emb_w"].T + a[f"{k}_emb_b"])
            p_tf = sigmoid(np.asarray(X @ a[f"{k}_tf_w"].T) + a[f"{k}_tf_b"])
            sim_d = vectors @ a[f"{k}_desc"].T
            sim_e = np.stack(
                [(vectors @ ex.T).max(axis=1) if len(ex) else np.zeros(len(texts)) for ex in self._examples(k)], axis=1
            )
            lex = lexicon_counts(self.tax, self.labels[k], texts)
            F = meta_features(p_emb, p_tf, sim_d, sim_e, lex, a[f"{k}_sim_mu"], a[f"{k}_sim_sd"])
            out[k] = sigmoid((F * a[f"{k}_meta_w"][None]).sum(axis=2) + a[f"{k}_meta_b"][None])
        return out

    @functools.cached_property
    def _example_cache(self) -> dict:
        a, out = self.arr, {}
        for k in KINDS:
            idx = a[f"{k}_ex_owner"]
            vecs = a[f"{k}_ex"]
            out[k] = [vecs[idx == j] for j in range(len(self.labels[k]))]
        return out

    def _examples(self, k: str) -> list[np.ndarray]:
        return self._example_cache[k]

    def classify(
        self,
        texts: list[str],
        vectors: np.ndarray | None = None,
        evidence: bool = True,
        probs: dict[str, np.ndarray] | None = None,
    ) -> list[Result]:
        """Asserted labels per text; `probs` (from probabilities()) when the caller has them."""
        probs = probs if probs is not None else self.probabilities(texts, vectors)
        decoded = decode(probs, self.thresholds, self.ids, self.max_labels, self.relative, self.implies, self.fallback)
        out = []
        for i, text in enumerate(texts):
            res = Result()
            for k, key in (("dimension", "dimensions"), ("element", "elements"), ("issue", "issues")):
                setattr(res, key, [{"id": lid, "score": round(s, 4)} for lid, s in decoded[i][k]])
            if evidence:
                res.evidence = self.evidence(text, res)
            out.append(res)
        return out

    # -- evidence ----------------------------------------------------------------------------------
    def evidence(self, text: str, res: Result) -> dict:
        """{"dimensions"|"elements"|"issues": {id: {"terms": [...], "sentence": [a, b]}}}.

        Per asserted label: the supporting terms (lexicon matches and the words the TF-IDF
        model weighs most for that label) with their offsets, and the sentence holding most of
        them. Dimension evidence is its own lexicon plus its asserted elements' terms."""
        out: dict = {"dimensions": {}, "elements": {}, "issues": {}}
        low = text.lower()
        for kind, items in (("element", res.elements), ("issue", res.issues), ("dimension", res.dimensions)):
            labs = {lab.id: (j, lab) for j, lab in enumerate(self.labels[kind])}
            for it in items:
                j, lab = labs[it["id"]]
                terms = [
                    {"text": text[a:b], "start": a, "end": b, "source": "lexicon"}
                    for a, b in lexicon_matches(lab, text)
                ]
                w = self.arr[f"{kind}_tf_w"][j]
                seen = {t["text"].lower() for t in terms}
                # the words the TF-IDF model weighs most for the label, when the lexicon alone gives
                # little evidence (a reviewer reads lexicon terms first)
                n_model = 0 if len(terms) >= 3 else 2 if terms else 4
                weighted = sorted(
                    (
                        (w[self.tfidf.vocab[t]], t)
                        for t in set(tfidf_tokens(text))
                        if t in self.tfidf.vocab and w[self.tfidf.vocab[t]] > 0
                    ),
                    reverse=True,
                )[:n_model]
                for _, term in weighted:
                    if term in seen:
                        continue
                    m = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, term.split())) + r"(?!\w)", low)
                    if m and not any(t["start"] < m.end() and m.start() < t["end"] for t in terms):
                        terms.append(
                            {"text": text[m.start() : m.end()], "start": m.start(), "end": m.end(), "source": "model"}
                        )
                        seen.add(term)
                if kind == "dimension":
                    for el in res.elements:
                        if el["id"].startswith(lab.id + "."):
                            terms += [dict(t) for t in out["elements"].get(el["id"], {}).get("terms", [])]
                terms.sort(key=lambda t: t["start"])
                uniq, last = [], None
                for t in terms:
                    if (t["start"], t["end"]) != last:
                        uniq.append(t)
                        last = (t["start"], t["end"])
                out[kind + "s"][lab.id] = {"terms": uniq, "sentence": best_sentence(text, uniq)}
        return out


def decode(
    probs: dict[str, np.ndarray],
    thresholds: dict[str, np.ndarray],
    ids: dict[str, list[str]],
    max_labels: int = 3,
    relative: float = 0.5,
    implies: bool = True,
    fallback: dict[str, float] | None = None,
) -> list[dict[str, list]]:
    """Asserted labels per passage from the probabilities: per kind, the labels over their
    threshold, at most `max_labels`, each at least `relative` x the best one (GUIDE: a passage
    is about its main topics, 0-3 labels); with `implies`, an asserted element asserts its
    dimension; with `fallback` {kind: floor}, a passage on which some kind asserts a label
    (it is not abstained on) but another kind asserts none gets that kind's best label when its
    probability reaches the floor (short issue titles score below the thresholds, but they are
    about something). Returns [{kind: [(id, score), ...] highest first}]. The trainer chooses the
    decoding parameters with this same function on out-of-fold predictions."""
    n = len(next(iter(probs.values())))
    out = []
    for i in range(n):
        asserted = {}
        for k in KINDS:
            p = probs[k][i]
            above = sorted(((float(p[j]), ids[k][j]) for j in np.flatnonzero(p >= thresholds[k])), reverse=True)
            top = above[0][0] if above else 0.0
            asserted[k] = {lid: s for s, lid in above[:max_labels] if s >= relative * top}
        if implies:
            for el, s in asserted["element"].items():
                d = el.split(".")[0]
                asserted["dimension"][d] = max(asserted["dimension"].get(d, 0.0), s)
        if fallback and any(asserted.values()):
            for k in KINDS:
                if not asserted[k] and k in fallback:
                    j = int(np.argmax(probs[k][i]))
                    if probs[k][i, j] >= fallback[k]:
                        asserted[k][ids[k][j]] = float(probs[k][i, j])
            if implies:
                for el, s in asserted["element"].items():
                    d = el.split(".")[0]
                    asserted["dimension"].setdefault(d, s)
        out.append({k: sorted(asserted[k].items(), key=lambda kv: -kv[1]) for k in KINDS})
    return out


def best_sentence(text: str, terms: list[dict]) -> list[int] | None:
    if not terms:
        return None
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    best = max(spans, key=lambda ab: sum(ab[0] <= t["start"] < ab[1] for t in terms), default=None)
    return list(best) if best else None


@functools.lru_cache(maxsize=2)
def get_classifier(head_dir: str | None = None) -> Classifier:
    return Classifier(head_dir or HEAD_DIR)
