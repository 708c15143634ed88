"""Ingestion benchmark: Telaah's fast path vs a plain pdfplumber extract_text loop,
on the same real-size PDF (the DKI Jakarta RPJMD 2025-2029 rendered to ~500 pages).

Each measurement runs in its own process so that peak RSS is its own.  The parser's worker
process (ingest.worker.parse_isolated: a forkserver child with memory/time/page limits) is
measured twice: cold in its own process (telaah_parse_isolated, like telaah_parse), and against
the in-process parse in the same warm process, alternating (isolation_overhead).
Usage: python bench/ingest.py [--pdf FILE] [--json] [--reps N] [--only-overhead]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _child(mode: str, pdf: str) -> dict:
    t0 = time.perf_counter()
    out: dict = {"mode": mode}
    if mode == "pdfplumber_extract_text":
        import pdfplumber

        n_chars = 0
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                n_chars += len(page.extract_text() or "")
                page.close()
            out["pages"] = len(doc.pages)
        out["chars"] = n_chars
    elif mode == "pdfium_text_only":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(pdf)
        n_chars = 0
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            n_chars += len(tp.get_text_bounded())
            tp.close()
        out["pages"] = len(doc)
        out["chars"] = n_chars
    elif mode in ("telaah_parse", "telaah_parse_warm", "telaah_parse_pdfplumber_tables"):
        import os

        from ingest import parse_file

        if mode == "telaah_parse_warm":  # start-up (imports, spaCy tokenizer build) not counted
            from ingest.segment import sentence_pipeline

            sentence_pipeline()
            out["startup_seconds"] = time.perf_counter() - t0
            t0 = time.perf_counter()
        if mode == "telaah_parse_pdfplumber_tables":
            os.environ["TELAAH_TABLES"] = "pdfplumber"
        d = parse_file(pdf)
        out.update(
            pages=d.n_pages,
            chars=len(d.text),
            passages=len(d.passages),
            tables=len(d.tables),
            sections=len(d.sections),
            table_pages_checked=d.meta.get("table_pages_checked"),
        )
    elif mode == "telaah_parse_isolated":  # cold, like telaah_parse: the parse server starts here
        from ingest.worker import parse_isolated

        d = parse_isolated(pdf)
        out.update(
            pages=d.n_pages,
            chars=len(d.text),
            passages=len(d.passages),
            tables=len(d.tables),
            sections=len(d.sections),
            table_pages_checked=d.meta.get("table_pages_checked"),
        )
    elif mode in ("first_parse_inprocess", "first_parse_isolated"):
        t0 = _first_parse(mode, pdf, out)
    elif mode.startswith("isolation_overhead"):
        out.update(_isolation_overhead(pdf, int(mode.rsplit(":", 1)[-1]) if ":" in mode else 3))
    elif mode == "telaah_ingest_store":
        from index.store import Store
        from service.pipeline import ingest_paths

        with tempfile.TemporaryDirectory() as tmp, Store(tmp) as st:
            rep = ingest_paths(st, [pdf], progress=False)
            r = rep.results[0]
            out.update(pages=r.pages, passages=r.passages, status=r.status)
    out["seconds"] = time.perf_counter() - t0
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _first_parse(mode: str, pdf: str, out: dict) -> float:
    """A first parse of the document from the same warm state (the parse server's: spaCy, tiny
    sample documents, gc.freeze): only the worker machinery differs.  Returns its start time."""
    if mode == "first_parse_inprocess":
        import ingest.preload  # noqa: F401
        from ingest import parse_file as parse
    else:
        from ingest.preload import sample_pdf
        from ingest.worker import parse_isolated as parse

        with tempfile.TemporaryDirectory() as tmp:  # wait for the server to be ready
            (Path(tmp) / "satu.pdf").write_bytes(sample_pdf())
            parse(Path(tmp) / "satu.pdf")
    stats: dict = {}
    kw = {"stats": stats} if mode == "first_parse_isolated" else {}
    c0 = _cpu()
    t0 = time.perf_counter()
    d = parse(pdf, **kw)
    out["cpu_seconds"] = _cpu() - c0 + stats.get("cpu_seconds", 0.0)  # + the worker's own (and its page reader's)
    out.update(pages=d.n_pages, passages=len(d.passages))
    return t0


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the page reader ingest.pdf forks)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _isolation_overhead(pdf: str, reps: int) -> dict:
    """In-process parse_file vs parse_isolated (warm parse server) on the same file in the same
    process, alternating, after one warm-up run of each; medians and per-run times.  Also the
    fixed cost per document (the same pair on a one-page PDF) and the cost of moving the result
    between processes (pickle dump + load of the parsed document)."""
    import pickle
    import statistics

    from ingest import parse_file
    from ingest.preload import sample_pdf
    from ingest.segment import sentence_pipeline
    from ingest.worker import parse_isolated, warm_up

    cpu: dict[str, list[float]] = {"inprocess": [], "isolated": []}

    def pair(path: str, n: int) -> tuple[list[float], list[float]]:
        a, b = [], []
        for _ in range(n):
            c, t = _cpu(), time.perf_counter()
            parse_file(path)
            a.append(time.perf_counter() - t)
            cpu["inprocess"].append(_cpu() - c)
            stats: dict = {}
            c, t = _cpu(), time.perf_counter()
            parse_isolated(path, stats=stats)
            b.append(time.perf_counter() - t)
            cpu["isolated"].append(_cpu() - c + stats["cpu_seconds"])
        return a, b

    sentence_pipeline()
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        tiny = str(Path(tmp) / "satu-halaman.pdf")
        Path(tiny).write_bytes(sample_pdf())
        small_a, small_b = pair(tiny, 20)
    d = parse_isolated(pdf)
    t = time.perf_counter()
    parse_file(pdf)  # this process's first parse of the document (its tokenizer cache is cold too)
    first = time.perf_counter() - t
    cpu["inprocess"].clear()
    cpu["isolated"].clear()
    inproc, isolated = pair(pdf, reps)
    t = time.perf_counter()
    blob = pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    transfer = time.perf_counter() - t
    a, b = statistics.median(inproc), statistics.median(isolated)
    return {
        "pages": d.n_pages,
        "passages": len(d.passages),
        "reps": reps,
        "inprocess_runs": inproc,
        "isolated_runs": isolated,
        "inprocess_median": a,
        "isolated_median": b,
        "overhead_seconds": b - a,
        "overhead_share": (b - a) / a,
        "per_document_seconds": statistics.median(small_b) - statistics.median(small_a),
        "result_mb": len(blob) / 1e6,
        "result_pickle_seconds": transfer,
        "inprocess_first_seconds": first,
        "inprocess_cpu_median": statistics.median(cpu["inprocess"]),
        "isolated_cpu_median": statistics.median(cpu["isolated"]),
    }


def run(mode: str, pdf: Path) -> dict:
    r = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--pdf", str(pdf)], capture_output=True, text=True, cwd=str(ROOT)
    )
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf")
    ap.add_argument("--child")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--reps", type=int, default=3, help="alternating runs for isolation_overhead")
    ap.add_argument("--only-overhead", action="store_true", help="only the worker-process overhead")
    a = ap.parse_args()
    if a.child:
        print(json.dumps(_child(a.child, a.pdf)))
        return
    if a.pdf:
        pdf = Path(a.pdf)
    else:
        from bench.fixtures import rpjmd_pdf

        pdf = rpjmd_pdf()
    import os

    if a.only_overhead:
        _print_first_parse(_first_parse_pairs(pdf, a.reps), pdf)
        _print_overhead(run(f"isolation_overhead:{a.reps}", pdf), pdf)
        return
    modes = (
        "pdfplumber_extract_text",
        "pdfium_text_only",
        "telaah_parse_pdfplumber_tables",
        "telaah_parse",
        "telaah_parse_warm",
        "telaah_ingest_store",
        "telaah_parse_isolated",
    )
    results = [run(m, pdf) for m in modes]
    first = _first_parse_pairs(pdf, a.reps)
    overhead = run(f"isolation_overhead:{a.reps}", pdf)
    base = results[0]

    print(f"# bench/ingest: {pdf.name} ({base['pages']} pages, {pdf.stat().st_size / 1e6:.1f} MB)")
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'mode':28s} {'seconds':>8s} {'pages/s':>8s} {'passages/s':>10s} {'peak RSS MB':>11s} {'vs plain':>8s}")
    for r in results:
        pps = r["pages"] / r["seconds"]
        pas = f"{r['passages'] / r['seconds']:.0f}" if r.get("passages") else "-"
        speed = base["seconds"] / r["seconds"]
        print(f"{r['mode']:28s} {r['seconds']:8.1f} {pps:8.1f} {pas:>10s} {r['peak_rss_mb']:11.0f} {speed:7.1f}x")
    tp = results[3]
    print(
        f"# telaah_parse also extracted {tp['tables']} tables, {tp['sections']} sections, {tp['passages']} passages "
        f"(table search on {tp['table_pages_checked']} candidate pages)"
    )
    print(
        "# telaah_parse and telaah_ingest_store include process start-up (imports, spaCy tokenizer: "
        f"{results[4].get('startup_seconds', 0):.1f} s); telaah_parse_warm does not"
    )
    print(
        "# peak RSS is the measuring process's own: for telaah_ingest_store and telaah_parse_isolated the parse runs "
        "in a worker process (not counted)"
    )
    print(
        "# telaah_parse_isolated: the same parse in a worker process (ingest.worker: forkserver child with memory, "
        "time and page limits), cold like telaah_parse (its parse server starts and preloads in that time)"
    )
    _print_first_parse(first, pdf)
    _print_overhead(overhead, pdf)
    if a.json:
        print(json.dumps(results + [overhead] + first))


def _first_parse_pairs(pdf: Path, reps: int) -> list[dict]:
    """First parses from the same warm state, each in a fresh process, in-process and isolated alternating."""
    out = []
    for _ in range(reps):
        out += [run("first_parse_inprocess", pdf), run("first_parse_isolated", pdf)]
    return out


def _print_first_parse(runs: list[dict], pdf: Path) -> None:
    import statistics

    a = [r["seconds"] for r in runs if r["mode"] == "first_parse_inprocess"]
    b = [r["seconds"] for r in runs if r["mode"] == "first_parse_isolated"]
    ma, mb = statistics.median(a), statistics.median(b)
    pairs = ", ".join(f"{x:.2f}/{y:.2f}" for x, y in zip(a, b))
    print(
        f"# worker-process overhead, first parse of {pdf.name} from the same warm state (spaCy and the parsers "
        f"loaded), a fresh process per run, {len(a)} alternating pairs (in-process/isolated s: {pairs}):"
    )
    print(
        f"#   wall: in-process parse_file {ma:.2f} s, parse_isolated {mb:.2f} s (median): overhead {mb - ma:+.2f} s "
        f"({100 * (mb - ma) / ma:+.1f}%); fastest runs {min(a):.2f} / {min(b):.2f} s ({min(b) - min(a):+.2f} s)"
    )
    ca = [r["cpu_seconds"] for r in runs if r["mode"] == "first_parse_inprocess"]
    cb = [r["cpu_seconds"] for r in runs if r["mode"] == "first_parse_isolated"]
    mca, mcb = statistics.median(ca), statistics.median(cb)
    print(
        f"#   CPU (less sensitive to other load; both processes of the two-process page read counted): in-process "
        f"{mca:.2f} s, isolated {mcb:.2f} s (median): overhead {mcb - mca:+.2f} s ({100 * (mcb - mca) / mca:+.1f}%)"
    )


def _print_overhead(o: dict, pdf: Path) -> None:
    runs = ", ".join(f"{x:.2f}/{y:.2f}" for x, y in zip(o["inprocess_runs"], o["isolated_runs"]))
    print(
        f"# worker-process overhead on {pdf.name} ({o['pages']} pages, {o['passages']} passages), same warm process, "
        f"{o['reps']} alternating runs (in-process/isolated s: {runs}):"
    )
    print(
        f"#   in-process parse_file {o['inprocess_median']:.2f} s, parse_isolated {o['isolated_median']:.2f} s "
        f"(median): overhead {o['overhead_seconds']:+.2f} s ({100 * o['overhead_share']:+.1f}%); CPU "
        f"{o['inprocess_cpu_median']:.2f} / {o['isolated_cpu_median']:.2f} s "
        f"({o['isolated_cpu_median'] - o['inprocess_cpu_median']:+.2f} s)"
    )
    print(
        f"#   of which fixed per document (fork of the warm server, limits, wait; median of 20 one-page PDFs): "
        f"{1000 * o['per_document_seconds']:.0f} ms; moving the result ({o['result_mb']:.1f} MB pickled): "
        f"{1000 * o['result_pickle_seconds']:.0f} ms; the rest: the child starts from the server's state (spaCy's "
        "tokenizer cache holds only the warm-up words) while the in-process runs re-read a document already seen "
        f"(this process's first in-process parse of it: {o['inprocess_first_seconds']:.2f} s)"
    )


if __name__ == "__main__":
    main()
