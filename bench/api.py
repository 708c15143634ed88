"""HTTP API load benchmark: N concurrent clients doing searches and review reads against a real
`telaah serve` on 127.0.0.1 while an ingest job runs.

    .venv/bin/python bench/api.py [--clients 1,10,50] [--seconds 20] [--workers 1] [--think-ms 0]
                                  [--no-ingest] [--search-share 0.8]

The store: the sample corpus plus, when ../shared/realdata is beside the project, the real
documents of bench/search.py (DKI Jakarta RPJMD/RPJPD/RKPD/Perda and the RPJMN chapters),
ingested once into bench/out/api/base-store (git-ignored) and copied for every run (the ingest
jobs of a run change the copy, never the base).

Each phase (one per client count) uploads a new ingest job first (copies of the four sample
masterplans and of the largest real text, each with a marker line appended so that it is new
content: parsed, stored, embedded, labelled and indexed by the job's niced child process), then
runs the clients for `--seconds` after a 2-second warm-up. A client is a closed loop (the next
request when the last answer has come, after `--think-ms`): `--search-share` of its requests are
`GET /v1/search` (a query of bench/eval/search_queries.yaml, a city filter on one in four), the
rest `GET /v1/review/{city}` (four sample cities). Every non-200 answer and every transport
error counts as an error. The load generator runs on the same machine (one asyncio process).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import yaml  # noqa: E402

OUT = ROOT / "bench" / "out" / "api"
REAL = ROOT.parent / "shared" / "realdata"
CITIES = ["Nusa Permai", "Gunung Arum", "Lembah Sari", "Tanjung Seruni"]
TOKEN = "bench-admin-token"
MAX_REQUESTS = 20000  # per client and phase: a bound besides the time


def base_store() -> Path:
    """The sample corpus (+ the real documents when present), ingested once."""
    from service import Telaah

    d = OUT / "base-store"
    marker = d / ".complete"
    if marker.exists():
        return d
    shutil.rmtree(d, ignore_errors=True)
    paths = [ROOT / "corpus" / "docs"]
    if REAL.exists():
        paths += [REAL / "dki_jakarta", REAL / "rpjmn_2025_2029"]
    t0 = time.time()
    with Telaah(d, create=True) as t:
        rep = t.ingest(paths, progress=False)
    print(f"# base store built in {time.time() - t0:.0f} s: {rep.n_ok} documents", flush=True)
    marker.write_text("ok")
    return d


def job_files(phase: int) -> list[tuple[str, bytes]]:
    """New content for one ingest job: the sample masterplans and the largest real text, each
    with a marker appended (a PDF comment after %%EOF, a line of text)."""
    out = []
    for p in sorted((ROOT / "corpus" / "docs").glob("*/masterplan_*.pdf")):
        out.append((f"bench{phase}_{p.name}", p.read_bytes() + f"\n% bench phase {phase}\n".encode()))
    big = REAL / "dki_jakarta" / "RPJPD_DKI_Jakarta_2025-2045.txt"
    if big.exists():
        out.append((f"bench{phase}_{big.name}", big.read_bytes() + f"\n\nCatatan bench {phase}.\n".encode()))
    return out


def queries() -> list[str]:
    data = yaml.safe_load((ROOT / "bench" / "eval" / "search_queries.yaml").read_text(encoding="utf-8"))
    return [q["query"] for q in data["queries"]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, workers: int, log: Path, job_nice: int | None) -> tuple[subprocess.Popen, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELAAH_")}
    env["TELAAH_API_TOKEN"] = TOKEN
    if job_nice is not None:
        env["TELAAH_JOB_NICE"] = str(job_nice)
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "serve",
            "--store",
            str(store),
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--no-rate-limit",
            "--access-log",
            str(log),
        ],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 180
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit("telaah serve exited")
        try:
            h = httpx.get(base + "/health", timeout=2)
            if h.status_code == 200 and h.json().get("warm"):
                return proc, base
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("telaah serve did not become ready in 180 s")


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


async def client(
    base: str, qs: list[str], end_warm: float, end: float, think: float, share: float, rec: dict, seed: int
) -> None:
    rnd = random.Random(seed)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as c:
        for _ in range(MAX_REQUESTS):
            now = time.monotonic()
            if now >= end:
                return
            if rnd.random() < share:
                kind = "search"
                params = {"q": rnd.choice(qs), "top_k": 10}
                if rnd.random() < 0.25:
                    params["city"] = rnd.choice(CITIES)
                req = c.get("/v1/search", params=params)
            else:
                kind = "review"
                req = c.get(f"/v1/review/{rnd.choice(CITIES)}")
            started = time.monotonic()
            t0 = time.perf_counter()
            try:
                r = await req
                ok = r.status_code == 200
                if not ok:
                    rec["error_samples"].append(f"{kind} {r.status_code} {r.text[:160]}")
            except httpx.HTTPError as e:
                ok = False
                rec["error_samples"].append(f"{kind} {type(e).__name__}: {e}"[:200])
            ms = (time.perf_counter() - t0) * 1000
            if started >= end_warm:  # requests of the warm-up are not counted
                rec[kind].append(ms)
                if not ok:
                    rec["errors"] += 1
            if think:
                await asyncio.sleep(think * rnd.uniform(0.5, 1.5))


def submit_job(base: str, phase: int) -> str:
    files = [("files", (n, data, "application/octet-stream")) for n, data in job_files(phase)]
    r = httpx.post(base + "/v1/documents", files=files, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    r.raise_for_status()
    return r.json()["job_id"]


def job_state(base: str, job_id: str) -> dict:
    try:
        r = httpx.get(f"{base}/v1/jobs/{job_id}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        if r.status_code == 200:
            return r.json()
        problem = f"HTTP {r.status_code}"
    except httpx.HTTPError as e:
        problem = type(e).__name__
    return {"status": f"unknown ({problem})", "progress": float("nan"), "stage": "?", "results": []}


def phase(base: str, n: int, seconds: float, think: float, share: float, qs: list[str], job_id: str | None) -> dict:
    rec: dict = {"search": [], "review": [], "errors": 0, "error_samples": []}
    j0 = job_state(base, job_id) if job_id else None
    t_start = time.monotonic()
    end_warm = t_start + 2.0
    end = end_warm + seconds

    async def run():
        await asyncio.gather(*(client(base, qs, end_warm, end, think, share, rec, 1000 * n + i) for i in range(n)))

    asyncio.run(run())
    j1 = job_state(base, job_id) if job_id else None
    rec["seconds"] = seconds
    rec["job"] = (j0, j1)
    return rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", default="1,10,50")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--think-ms", type=float, default=0.0)
    ap.add_argument("--search-share", type=float, default=0.8)
    ap.add_argument("--no-ingest", action="store_true", help="no ingest job during the phases (a baseline)")
    ap.add_argument("--job-nice", type=int, default=None, help="CPU niceness of the ingest job (default: 10)")
    args = ap.parse_args(argv)
    counts = [int(x) for x in args.clients.split(",")]
    OUT.mkdir(parents=True, exist_ok=True)
    base_dir = base_store()
    qs = queries()
    with tempfile.TemporaryDirectory(prefix="telaah-bench-api-") as tmp:
        store = Path(tmp) / "store"
        shutil.copytree(base_dir, store, ignore=shutil.ignore_patterns("locks", "uploads"))
        from service import Telaah

        with Telaah(store) as t:
            c = t.store.counts()
        proc, base = start_server(store, args.workers, Path(tmp) / "access.log", args.job_nice)
        try:
            print(
                f"# bench/api: {c['passages']} passages in {c['documents']} documents; telaah serve --workers "
                f"{args.workers} on 127.0.0.1 (job nice {10 if args.job_nice is None else args.job_nice}); {os.cpu_count()} CPUs ({platform.machine()}), Python "
                f"{platform.python_version()}; load generator: one asyncio process on the same machine"
            )
            print(
                f"# closed-loop clients, think time {args.think_ms:g} ms, {args.search_share:.0%} search / "
                f"{1 - args.search_share:.0%} review reads; {args.seconds:g} s per phase after a 2 s warm-up; "
                f"ingest job during each phase: {'no' if args.no_ingest else 'yes'}; load avg at start "
                f"{os.getloadavg()[0]:.2f}"
            )
            print(
                f"{'clients':>7} {'req/s':>7} | {'search':>6} {'p50':>6} {'p95':>6} {'p99':>6} | {'review':>6} "
                f"{'p50':>6} {'p95':>6} {'p99':>6} | {'errors':>6} | ingest job (progress at start -> end)"
            )
            for i, n in enumerate(counts):
                job_id = None if args.no_ingest else submit_job(base, i + 1)
                if job_id:  # let the job's child start and pass its start-up
                    time.sleep(1.0)
                rec = phase(base, n, args.seconds, args.think_ms / 1000, args.search_share, qs, job_id)
                s, r = rec["search"], rec["review"]
                j0, j1 = rec["job"]
                job = (
                    "-"
                    if not job_id
                    else (f"{j0['status']} {j0['progress']:.2f} -> {j1['status']} {j1['progress']:.2f} ({j1['stage']})")
                )
                print(
                    f"{n:7d} {(len(s) + len(r)) / rec['seconds']:7.1f} | {len(s):6d} {pct(s, 50):6.0f} "
                    f"{pct(s, 95):6.0f} {pct(s, 99):6.0f} | {len(r):6d} {pct(r, 50):6.0f} {pct(r, 95):6.0f} "
                    f"{pct(r, 99):6.0f} | {rec['errors']:6d} | {job}",
                    flush=True,
                )
                for e in rec["error_samples"][:3]:
                    print(f"#   error: {e}")
                if job_id:  # the next phase starts from a quiet writer
                    end = time.monotonic() + 600
                    while time.monotonic() < end and job_state(base, job_id)["status"] not in ("done", "failed"):
                        time.sleep(1)
                    final = job_state(base, job_id)
                    print(
                        f"#   job {job_id}: {final['status']}, "
                        + ", ".join(f"{x['file']}: {x['status']}" for x in final["results"])[:300]
                    )
            print(f"# latencies in ms; load avg at end {os.getloadavg()[0]:.2f}")
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
