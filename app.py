"""Telaah: the Streamlit reviewer app.

    streamlit run app.py -- --store DIR      (default: $TELAAH_STORE or ./telaah-data)

Pages (sidebar): Pustaka (library: upload, status, delete), Telaah (review of one city:
coverage heatmap and radar, gaps, RPJMD alignment, passage viewer with labels and evidence,
reviewer decisions, report downloads), Cari (hybrid search with filters), Bandingkan
(cities side by side, similar programmes, news timeline). Indonesian first, English switch.

Document text is untrusted: it is shown escaped (st.text, dataframes, or HTML built here
from html.escape'd text with only our own <mark> tags), never as raw HTML.
Heavy resources (search indexes, embedding model, extractor) load once per process
(st.cache_resource); each script run opens its own SQLite connection.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.store import Store, resolve_store_dir  # noqa: E402
from nlp.taxonomy import DIMENSIONS, ELEMENTS, ISSUES, default as taxonomy  # noqa: E402

MAX_UPLOAD_MB = int(os.environ.get("TELAAH_MAX_FILE_MB", "200"))
UPLOAD_TYPES = ["pdf", "txt", "md", "html", "htm"]
KINDS = ["masterplan", "rpjmd", "news", "other"]

T = {
    "id": {
        "title": "Telaah — telaah masterplan smart city", "nav": "Halaman", "library": "Pustaka dokumen",
        "review": "Telaah kota", "search": "Cari", "compare": "Bandingkan", "lang": "Bahasa", "store": "Penyimpanan",
        "none": "Belum ada dokumen. Unggah dokumen di halaman Pustaka, atau jalankan `telaah ingest PATH`.",
        "upload": "Unggah PDF masterplan / RPJMD atau berita (.pdf, .txt, .md, .html)",
        "upload_help": f"Maksimal {MAX_UPLOAD_MB} MB per file.", "city_opt": "Kota/kabupaten (kosongkan: dideteksi)",
        "kind_opt": "Jenis dokumen", "detect": "(deteksi otomatis)", "ingest": "Proses dokumen",
        "ingesting": "Memproses", "indexing": "Membuat indeks dan label", "done": "Selesai",
        "docs": "Dokumen", "failed": "Gagal diproses", "delete": "Hapus dokumen", "delete_confirm": "Ya, hapus",
        "deleted": "Dokumen dihapus", "city": "Kota/Kabupaten", "kind": "Jenis", "all": "(semua)",
        "passages": "Passage", "page": "hal.", "section": "Bagian", "pick_city": "Pilih kota/kabupaten",
        "no_plan": "Belum ada masterplan untuk daerah ini.", "completeness": "Kelengkapan", "gaps": "Celah",
        "high": "berat", "medium": "sedang", "low": "ringan", "programmes": "Program", "quick_wins": "Quick win",
        "issues": "Isu RPJMD dijawab", "coverage": "Cakupan dimensi dan elemen", "radar": "Skor enam dimensi",
        "gap_list": "Daftar celah", "evidence": "Bukti", "alignment": "Keselarasan dengan isu strategis RPJMD",
        "matrix": "Matriks isu x dimensi", "unlinked": "Program tanpa kaitan isu RPJMD",
        "viewer": "Penampil passage", "open": "Buka", "labels": "Label", "score": "Skor",
        "reviewer": "Nama penelaah", "accept": "Terima", "reject": "Tolak", "add_label": "Tambah label",
        "comment": "Komentar", "save": "Simpan", "saved": "Tersimpan di jejak audit", "audit": "Jejak audit",
        "export": "Unduh koreksi sebagai data latih (JSONL)", "report": "Unduh laporan",
        "query": "Kata kunci atau pertanyaan (Indonesia atau Inggris)", "mode": "Mode", "year": "Tahun",
        "dimension": "Dimensi", "issue": "Isu", "results": "hasil", "no_results": "Tidak ada hasil.",
        "cities": "Kota/kabupaten yang dibandingkan", "similar": "Program serupa di semua kota",
        "similar_q": "Cari program (mis. e-KTP, air bersih)", "qw_only": "Hanya quick win",
        "timeline": "Linimasa berita", "status": "Status", "addressed": "dijawab", "weak": "dijawab lemah",
        "not_addressed": "tidak dijawab", "checklist": "Tanpa RPJMD: 20 kategori isu dipakai sebagai daftar periksa.",
        "nothing": "Tidak ada.", "pick_passage": "Pilih passage dari daftar celah, keselarasan atau hasil pencarian.",
        "model_labels": "Label dari model", "element": "Elemen", "name": "Nama", "opd": "OPD", "target": "Target",
        "budget": "Anggaran", "missing": "Belum ada", "rubric": "Butir rubrik", "passed": "terpenuhi",
        "failed_item": "belum", "too_big": "terlalu besar", "type_bad": "jenis file tidak didukung",
        "rpjmd_doc": "RPJMD", "masterplan_doc": "Masterplan", "news_none": "Belum ada berita untuk daerah ini.",
        "close": "Tutup",
    },
    "en": {
        "title": "Telaah — smart-city masterplan review", "nav": "Page", "library": "Document library",
        "review": "City review", "search": "Search", "compare": "Compare", "lang": "Language", "store": "Store",
        "none": "No documents yet. Upload documents on the Library page, or run `telaah ingest PATH`.",
        "upload": "Upload masterplan / RPJMD PDFs or news (.pdf, .txt, .md, .html)",
        "upload_help": f"At most {MAX_UPLOAD_MB} MB per file.", "city_opt": "City/regency (empty: detected)",
        "kind_opt": "Document kind", "detect": "(detect)", "ingest": "Ingest", "ingesting": "Ingesting",
        "indexing": "Indexing and labelling", "done": "Done", "docs": "Documents", "failed": "Failed files",
        "delete": "Delete document", "delete_confirm": "Yes, delete", "deleted": "Document deleted",
        "city": "City/Regency", "kind": "Kind", "all": "(all)", "passages": "Passages", "page": "p.",
        "section": "Section", "pick_city": "Choose a city/regency", "no_plan": "No masterplan for this region yet.",
        "completeness": "Completeness", "gaps": "Gaps", "high": "high", "medium": "medium", "low": "low",
        "programmes": "Programmes", "quick_wins": "Quick wins", "issues": "RPJMD issues addressed",
        "coverage": "Coverage of dimensions and elements", "radar": "Six-dimension scores", "gap_list": "Gaps",
        "evidence": "Evidence", "alignment": "Alignment with the RPJMD strategic issues",
        "matrix": "Issue x dimension matrix", "unlinked": "Programmes linked to no RPJMD issue",
        "viewer": "Passage viewer", "open": "Open", "labels": "Labels", "score": "Score", "reviewer": "Reviewer name",
        "accept": "Accept", "reject": "Reject", "add_label": "Add label", "comment": "Comment", "save": "Save",
        "saved": "Saved to the audit trail", "audit": "Audit trail",
        "export": "Download corrections as training data (JSONL)", "report": "Download report",
        "query": "Keywords or a question (Indonesian or English)", "mode": "Mode", "year": "Year",
        "dimension": "Dimension", "issue": "Issue", "results": "results", "no_results": "No results.",
        "cities": "Cities to compare", "similar": "Similar programmes in every city",
        "similar_q": "Find programmes (e.g. e-KTP, clean water)", "qw_only": "Quick wins only",
        "timeline": "News timeline", "status": "Status", "addressed": "addressed", "weak": "weakly addressed",
        "not_addressed": "not addressed", "checklist": "No RPJMD: the 20 issue categories are used as a checklist.",
        "nothing": "None.", "pick_passage": "Pick a passage from the gaps, the alignment or the search results.",
        "model_labels": "Model labels", "element": "Element", "name": "Name", "opd": "OPD", "target": "Target",
        "budget": "Budget", "missing": "Missing", "rubric": "Rubric items", "passed": "passed",
        "failed_item": "not yet", "too_big": "too large", "type_bad": "unsupported file type",
        "rpjmd_doc": "RPJMD", "masterplan_doc": "Masterplan", "news_none": "No news for this region yet.",
        "close": "Close",
    },
}
# colour badges in Streamlit markdown (no emoji: browsers without an emoji font show boxes)
SEV_ICON = {"high": ":red[■]", "medium": ":orange[■]", "low": ":gray[■]"}
STATUS_ICON = {"addressed": "●", "weak": "◐", "not_addressed": "○"}
LEVEL_SCORE = {"tidak_ada": 0, "disebut": 1, "lemah": 2, "cukup": 3, "kuat": 4}


# -- resources -----------------------------------------------------------------------------------------
def store_dir() -> Path:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:])
    return resolve_store_dir(args.store)


def open_store(path: str) -> Store:
    """A connection for this script run (SQLite connections are not shared across sessions)."""
    return Store(path, create=True)


@st.cache_resource(show_spinner=False)
def searcher(path: str):
    """The search indexes, once per process; a lock serialises use across sessions."""
    from index.search import Searcher

    return Searcher(Store(path, create=True)), threading.Lock()


@st.cache_resource(show_spinner=False)
def embedder(path: str):
    from index.library import store_embedder

    with Store(path, create=True) as s:
        return store_embedder(s)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_review(path: str, city: str, version: tuple) -> dict:
    from review.engine import review_city

    with Store(path) as s:
        return review_city(s, city, embedder=embedder(path))


def data_version(store: Store) -> tuple:
    c = store.counts()
    last = store.conn.execute("SELECT max(ingested_at) FROM documents").fetchone()[0]
    lab = store.get_meta("labels_version")
    return c["documents"], c["passages"], last, lab


# -- safe rendering ---------------------------------------------------------------------------------------
def esc(s) -> str:
    """Escape untrusted text for st.markdown (HTML and Markdown control characters)."""
    s = html.escape("" if s is None else str(s))
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|>~$" else ch for ch in s)


def highlighted(text: str, spans: list) -> str:
    """HTML of `text` (escaped) with the given [start, end) spans in <mark>; nothing else
    from the text can become markup."""
    out, pos = [], 0
    for a, b in sorted({(int(a), int(b)) for a, b in spans}):
        if a < pos or a >= len(text):
            continue
        out.append(html.escape(text[pos:a]))
        out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "<div class='tl-passage'>" + "".join(out).replace("\n", "<br>") + "</div>"


CSS = """<style>
.tl-passage{border-left:3px solid #d0d7de;padding:4px 10px;margin:4px 0;line-height:1.5;white-space:normal}
.tl-passage mark{background:#fff3a8;padding:0 2px}
</style>"""


def t_(key: str) -> str:
    return T[st.session_state.get("lang", "id")][key]


def open_passage(pid: int) -> None:
    st.session_state["passage"] = int(pid)  # 0 closes the viewer


# -- pages ----------------------------------------------------------------------------------------------
def page_library(path: str) -> None:
    st.header(t_("library"))
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(t_("upload"), type=UPLOAD_TYPES, accept_multiple_files=True, help=t_("upload_help"))
        c1, c2 = st.columns(2)
        city = c1.text_input(t_("city_opt"))
        kind = c2.selectbox(t_("kind_opt"), [t_("detect")] + KINDS)
        go = st.form_submit_button(t_("ingest"), type="primary")
    if go and files:
        ingest_uploads(path, files, city.strip() or None, None if kind == t_("detect") else kind)
    store = open_store(path)
    docs = store.documents()
    fails = store.failures()
    if not docs:
        st.info(t_("none"))
    else:
        cities = sorted({d["city"] for d in docs if d["city"]})
        c1, c2 = st.columns(2)
        fc = c1.selectbox(t_("city"), [t_("all")] + cities, key="lib_city")
        fk = c2.selectbox(t_("kind"), [t_("all")] + KINDS, key="lib_kind")
        rows = [d for d in docs if (fc == t_("all") or d["city"] == fc) and (fk == t_("all") or d["kind"] == fk)]
        st.subheader(f"{t_('docs')} ({len(rows)})")
        st.dataframe([{"id": d["id"], t_("kind"): d["kind"], t_("city"): d["city"], t_("year"): d["year"],
                       t_("page"): d["pages"], t_("passages"): d["passages"], t_("status"): d["status"],
                       "judul / title": d["title"], "catatan / note": d["message"]} for d in rows],
                     use_container_width=True, hide_index=True)
        if rows:
            pick = st.selectbox(t_("docs"), [d["id"] for d in rows], key="lib_doc",
                                format_func=lambda i: next(f"{d['title'][:90]} ({d['id']})" for d in rows if d["id"] == i))
            doc = store.document(pick)
            if doc["message"]:
                st.warning(doc["message"])
            with st.expander(f"{t_('passages')}: {doc['passages']}"):
                current = None
                for p in store.passages(pick)[:300]:
                    if p["section_path"] != current:
                        current = p["section_path"]
                        st.markdown(f"**{esc(current or '-')}**")
                    pages = f"{t_('page')} {p['page_start']}" + (f"–{p['page_end']}" if p["page_end"] != p["page_start"] else "")
                    st.caption(f"#{p['ordinal']} · {pages}" + (" · tabel" if p["kind"] == "table" else ""))
                    st.text(p["text"])
            with st.expander(t_("delete")):
                if st.button(t_("delete_confirm"), key=f"del_{pick}"):
                    store.delete_document(pick)
                    st.success(f"{t_('deleted')}: {pick}")
                    st.rerun()
    if fails:
        with st.expander(f"{t_('failed')} ({len(fails)})", expanded=True):
            st.dataframe([{"file": f["source_name"], "alasan / reason": f["reason"], "waktu / at": f["attempted_at"]}
                          for f in fails], use_container_width=True, hide_index=True)
    store.close()


def ingest_uploads(path: str, files, city: str | None, kind: str | None) -> None:
    """Save each upload under a temporary name (never the user's path), ingest it, report."""
    from index.library import ingest_one, update_indexes

    store = open_store(path)
    bar = st.progress(0.0, text=t_("ingesting"))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, f in enumerate(files):
            name = Path(f.name).name
            ext = Path(name).suffix.lower().lstrip(".")
            if ext not in UPLOAD_TYPES:
                results.append((name, "failed", t_("type_bad")))
                continue
            if f.size > MAX_UPLOAD_MB * 1024 * 1024:
                results.append((name, "failed", f"{t_('too_big')} ({f.size / 1048576:.0f} MB > {MAX_UPLOAD_MB} MB)"))
                continue
            # the user's name, sanitised, in a folder of its own (never a path the upload chose)
            safe = Path(tmp) / f"{i:03d}" / "".join(c if c.isalnum() or c in "._-" else "_" for c in name)[-120:]
            safe.parent.mkdir()
            safe.write_bytes(f.getbuffer())
            r = ingest_one(store, safe, city=city, kind=kind, max_mb=MAX_UPLOAD_MB, source_name=name,
                           source_path=f"upload:{name}")
            results.append((name, r.status, r.reason if r.status == "failed" else
                            f"{r.doc_id} · {r.kind} · {r.city or '-'} · {r.pages} {t_('page')} · {r.passages} passage"))
            bar.progress((i + 1) / len(files), text=f"{t_('ingesting')}: {name}")
        if any(s not in ("failed", "skipped") for _, s, _ in results):
            bar.progress(1.0, text=t_("indexing"))
            update_indexes(store, progress=False)
    bar.empty()
    for name, status, msg in results:
        (st.error if status == "failed" else st.success)(f"{name}: {status} — {msg}")
    store.close()
    st.cache_data.clear()


def page_review(path: str) -> None:
    import pandas as pd

    tax = taxonomy()
    lang = st.session_state.get("lang", "id")
    st.header(t_("review"))
    store = open_store(path)
    cities = sorted({d["city"] for d in store.documents(kind="masterplan") if d["city"]})
    if not cities:
        st.info(t_("no_plan"))
        return
    city = st.selectbox(t_("pick_city"), cities, key="rev_city")
    with st.spinner("…"):
        r = cached_review(path, city, data_version(store))
    s = r["summary"]
    st.caption(f"{t_('masterplan_doc')}: {r['masterplan']['title']} · {t_('rpjmd_doc')}: "
               f"{(r['rpjmd'] or {}).get('title', '-')}")
    c = st.columns(6)
    c[0].metric(t_("completeness"), f"{round(100 * s['completeness'])}%")
    c[1].metric(f"{t_('gaps')} ({t_('high')})", s["high_gaps"])
    c[2].metric(t_("gaps"), s["gaps"])
    c[3].metric(t_("programmes"), s["programmes"])
    c[4].metric(t_("quick_wins"), s["quick_wins"])
    c[5].metric(t_("issues"), f"{s['issues_addressed']}/{s['issues']}")
    if st.session_state.get("passage"):
        with st.container(border=True):
            passage_viewer(path)

    left, right = st.columns([3, 2])
    with left:
        st.subheader(t_("coverage"))
        heat = []
        for d in DIMENSIONS:
            for i, e in enumerate(ELEMENTS[d]):
                x = r["coverage"][d]["elements"][e]
                heat.append({"dim": tax.name("dimension", d, lang).split(" (")[0], "el": f"{i + 1}",
                             "element": tax.name("element", e, lang),
                             "cell": f"{tax.name('element', e, lang)[:26]} · {x['level_label'][lang]}",
                             "level": x["level_label"][lang],
                             "value": LEVEL_SCORE[x["level"]], "programmes": x["programmes"], "passages": x["passages"]})
        import altair as alt

        chart = alt.Chart(pd.DataFrame(heat)).mark_rect(stroke="white").encode(
            x=alt.X("el:N", title=t_("element"), axis=None),
            y=alt.Y("dim:N", title=None, sort=[tax.name("dimension", d, lang).split(" (")[0] for d in DIMENSIONS]),
            color=alt.Color("value:Q", scale=alt.Scale(domain=[0, 4], range=["#c62828", "#e36d2a", "#d4a72c",
                                                                              "#4d9a2f", "#1a7f37"]), legend=None),
            tooltip=["element", "level", "programmes", "passages"])
        text = alt.Chart(pd.DataFrame(heat)).mark_text(fontSize=10, color="white").encode(
            x="el:N", y=alt.Y("dim:N", sort=[tax.name("dimension", d, lang).split(" (")[0] for d in DIMENSIONS]),
            text="cell:N")
        st.altair_chart((chart + text).properties(height=300), use_container_width=True)
    with right:
        st.subheader(t_("radar"))
        import plotly.graph_objects as go

        names = [tax.name("dimension", d, lang).split(" (")[0] for d in DIMENSIONS]
        vals = [round(100 * r["coverage"][d]["score"]) for d in DIMENSIONS]
        comp = [round(100 * r["completeness"]["dimensions"][d]["score"]) for d in DIMENSIONS]
        fig = go.Figure()
        fig.add_trace(go.Scatterpolar(r=vals + vals[:1], theta=names + names[:1], fill="toself",
                                      name=t_("coverage").split(" ")[0]))
        fig.add_trace(go.Scatterpolar(r=comp + comp[:1], theta=names + names[:1], name=t_("completeness")))
        fig.update_layout(polar={"radialaxis": {"range": [0, 100]}}, height=330, margin={"l": 30, "r": 30, "t": 20, "b": 20},
                          legend={"orientation": "h"})
        st.plotly_chart(fig, use_container_width=True)

    st.subheader(f"{t_('gap_list')} ({len(r['gaps'])})")
    if not r["gaps"]:
        st.success(t_("nothing"))
    for gi, g in enumerate(r["gaps"]):
        msg = g["message_en"] if lang == "en" else g["message"]
        with st.expander(f"{SEV_ICON[g['severity']]} {t_(g['severity'])} · {msg}"):
            if not g.get("evidence"):
                st.caption(t_("nothing"))
            for ei, ev in enumerate(g["evidence"][:8]):
                if "passage_id" in ev:
                    cc = st.columns([6, 1])
                    cc[0].markdown(f"{t_('page')} {ev['page']} · {esc(ev['section'])}: {esc(ev['text'])}")
                    cc[1].button(t_("open"), key=f"g{gi}_{ei}", on_click=open_passage, args=(ev["passage_id"],))
                elif "programme" in ev:
                    miss = ", ".join(ev.get("missing", []))
                    st.markdown(f"{esc(ev['programme'])} ({t_('page')} {ev.get('page')}) — {t_('missing')}: {esc(miss)}")
    with st.expander(f"{t_('rubric')} · {t_('completeness')} {round(100 * s['completeness'])}%"):
        rows = []
        for key, item in list(r["completeness"]["dimensions"].items()) + [("plan", r["completeness"]["plan"])]:
            for it in item["items"]:
                rows.append({t_("dimension"): tax.name("dimension", key, lang) if key != "plan" else "Dokumen",
                             "butir / item": it["label"][lang], t_("status"): t_("passed") if it["passed"] else
                             t_("failed_item"), "bobot / weight": it["weight"]})
        st.dataframe(rows, use_container_width=True, hide_index=True)

    st.subheader(t_("alignment"))
    if r["alignment_mode"] == "checklist":
        st.caption(t_("checklist"))
    st.dataframe([{"#": a["n"], t_("issue"): a["issue"], "kategori / categories": ", ".join(
        tax.name("issue", c, lang) for c in a["categories"]), t_("status"): f"{STATUS_ICON[a['status']]} {t_(a['status'])}",
        t_("score"): round(100 * a["score"]), t_("programmes"): "; ".join(p["name"] for p in a["programmes"][:3])}
        for a in r["alignment"]], use_container_width=True, hide_index=True)
    pick = st.selectbox(t_("evidence"), [a["n"] for a in r["alignment"]], key="al_pick",
                        format_func=lambda n: next(f"{n}. {a['issue'][:90]}" for a in r["alignment"] if a["n"] == n))
    a = next(x for x in r["alignment"] if x["n"] == pick)
    for ei, ev in enumerate(a["evidence"]):
        cc = st.columns([6, 1])
        cc[0].markdown(f"{t_('page')} {ev['page']} · {esc(ev['section'])}: {esc(ev['text'])}")
        cc[1].button(t_("open"), key=f"a{pick}_{ei}", on_click=open_passage, args=(ev["passage_id"],))
    if not a["evidence"]:
        st.caption(t_("nothing"))
    with st.expander(t_("matrix")):
        st.dataframe([{"#": n, **{tax.name("dimension", d, lang).split(" (")[0]: v for d, v in row.items()}}
                      for n, row in r["alignment_matrix"]["rows"].items()], use_container_width=True, hide_index=True)
    with st.expander(f"{t_('unlinked')} ({len(r['unlinked_programmes'])})"):
        st.dataframe([{t_("name"): p["name"], t_("dimension"): p["dimension"], t_("page"): p["page"]}
                      for p in r["unlinked_programmes"]], use_container_width=True, hide_index=True)
    with st.expander(f"{t_('programmes')} ({len(r['programmes'])})"):
        st.dataframe([{t_("name"): p["name"] + (" ★" if p["quick_win"] else ""), t_("element"): p["element"],
                       t_("opd"): p["opd"], t_("target"): p["target"] or p["indicator"], t_("year"): p["year"],
                       t_("budget"): p["budget"], t_("missing"): ", ".join(p["missing"]), t_("page"): p["page"]}
                      for p in r["programmes"]], use_container_width=True, hide_index=True)
    report_downloads(r, lang)
    store.close()


def report_downloads(r: dict, lang: str) -> None:
    from review.report import render_html, render_pdf, render_xlsx

    st.subheader(t_("report"))
    c = st.columns(3)
    base = "telaah-" + "".join(ch if ch.isalnum() else "-" for ch in r["city"].lower())
    c[0].download_button("HTML", render_html(r, lang).encode("utf-8"), f"{base}.html", "text/html")
    with tempfile.TemporaryDirectory() as tmp:
        pdf, xlsx = Path(tmp) / "r.pdf", Path(tmp) / "r.xlsx"
        render_pdf(r, pdf, lang)
        render_xlsx(r, xlsx, lang)
        c[1].download_button("PDF", pdf.read_bytes(), f"{base}.pdf", "application/pdf")
        c[2].download_button("XLSX", xlsx.read_bytes(), f"{base}.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def passage_viewer(path: str) -> None:
    """The selected passage in its section, with page, labels, highlighted evidence and the
    reviewer's accept / reject / relabel / comment controls (stored with user and time)."""
    tax = taxonomy()
    lang = st.session_state.get("lang", "id")
    st.subheader(t_("viewer"))
    pid = st.session_state.get("passage")
    if not pid:
        st.caption(t_("pick_passage"))
        return
    store = open_store(path)
    rows = store.passages(ids=[pid])
    if not rows:
        st.caption(t_("pick_passage"))
        return
    p = rows[0]
    st.button("✕ " + t_("close"), key=f"close_{pid}", on_click=open_passage, args=(0,))
    doc = store.document(p["doc_id"])
    labels = store.labels_for([pid]).get(pid, {"dimensions": [], "elements": [], "issues": []})
    pages = f"{t_('page')} {p['page_start']}" + (f"–{p['page_end']}" if p["page_end"] != p["page_start"] else "")
    st.markdown(f"**{esc(doc['title'])}** · {esc(doc['city'] or '-')} · {pages}  \n{t_('section')}: "
                f"{esc(p['section_path'] or '-')}")
    spans = [(tm["start"], tm["end"]) for k in ("elements", "issues", "dimensions") for x in labels[k]
             for tm in (x.get("evidence") or {}).get("terms", [])]
    st.markdown(CSS + highlighted(p["text"], spans), unsafe_allow_html=True)
    st.markdown(f"**{t_('model_labels')}**")
    rows = [{"jenis / kind": k[:-1], "label": (tax.name(k[:-1], x["id"], lang)), "id": x["id"],
             t_("score"): round(x["score"], 2), t_("evidence"): ", ".join(
                 sorted({tm["text"] for tm in (x.get("evidence") or {}).get("terms", [])}))}
            for k in ("dimensions", "elements", "issues") for x in labels[k]]
    st.dataframe(rows or [{"label": "abstain"}], use_container_width=True, hide_index=True)
    with st.form(f"rev_{pid}"):
        user = st.text_input(t_("reviewer"), value=st.session_state.get("user", ""))
        choices = [f"{k[:-1]}:{x['id']}" for k in ("dimensions", "elements", "issues") for x in labels[k]]
        acc = st.multiselect(t_("accept"), choices)
        rej = st.multiselect(t_("reject"), choices)
        add_opts = [f"dimension:{d}" for d in DIMENSIONS] + [f"element:{e}" for d in DIMENSIONS for e in ELEMENTS[d]] + \
            [f"issue:{i}" for i in ISSUES]
        add = st.multiselect(t_("add_label"), [o for o in add_opts if o not in choices])
        comment = st.text_area(t_("comment"), max_chars=2000)
        ok = st.form_submit_button(t_("save"))
    if ok:
        if not user.strip():
            st.error(t_("reviewer"))
        else:
            st.session_state["user"] = user.strip()
            for action, items in (("accept", acc), ("reject", rej), ("add", add)):
                for it in items:
                    kind, lab = it.split(":", 1)
                    store.add_review(pid, action=action, user=user, kind=kind, label=lab, comment=comment)
            if comment.strip() and not (acc or rej or add):
                store.add_review(pid, action="comment", user=user, comment=comment)
            st.success(t_("saved"))
    revs = store.reviews(passage_id=pid)
    if revs:
        st.markdown(f"**{t_('audit')}**")
        st.dataframe([{"waktu / at": r_["at"], "user": r_["user"], "aksi / action": r_["action"],
                       "label": f"{r_['kind'] or ''}:{r_['label'] or ''}", t_("comment"): r_["comment"]}
                      for r_ in revs], use_container_width=True, hide_index=True)
    corr = store.corrected_labels()
    if corr:
        st.download_button(t_("export"), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in corr).encode("utf-8"),
                           "telaah-koreksi.jsonl", "application/jsonl")
    store.close()


def page_search(path: str) -> None:
    tax = taxonomy()
    lang = st.session_state.get("lang", "id")
    st.header(t_("search"))
    q = st.text_input(t_("query"), key="q")
    store = open_store(path)
    docs = store.documents()
    store.close()
    cities = sorted({d["city"] for d in docs if d["city"]})
    c = st.columns(6)
    city = c[0].selectbox(t_("city"), [t_("all")] + cities, key="s_city")
    kind = c[1].selectbox(t_("kind"), [t_("all")] + KINDS, key="s_kind")
    dim = c[2].selectbox(t_("dimension"), [""] + list(DIMENSIONS), key="s_dim",
                         format_func=lambda x: tax.name("dimension", x, lang) if x else t_("all"))
    iss = c[3].selectbox(t_("issue"), [""] + list(ISSUES), key="s_iss",
                         format_func=lambda x: tax.name("issue", x, lang) if x else t_("all"))
    year = c[4].number_input(t_("year"), min_value=0, max_value=2100, value=0, step=1, key="s_year")
    mode = c[5].selectbox(t_("mode"), ["hybrid", "dense", "keyword"], key="s_mode")
    if q.strip():
        s, lock = searcher(path)
        with lock:
            hits = s.search(q, k=20, mode=mode, city=None if city == t_("all") else city,
                            kind=None if kind == t_("all") else kind, dimension=dim or None, issue=iss or None,
                            year=int(year) or None)
        st.caption(f"{len(hits)} {t_('results')}")
        if st.session_state.get("passage"):
            with st.container(border=True):
                passage_viewer(path)
        if not hits:
            st.info(t_("no_results"))
        for h in hits:
            pages = f"{t_('page')} {h.page}" + (f"–{h.page_end}" if h.page_end != h.page else "")
            labs = ", ".join(tax.name("dimension", x["id"], lang).split(" (")[0] for x in h.labels.get("dimensions", []))
            cc = st.columns([8, 1])
            cc[0].markdown(f"**{h.rank}. {esc(h.city or '-')} · {esc(h.kind)} · {esc(h.title[:80])}** · {pages}  \n"
                           f"§ {esc(h.section[:140] or '-')}" + (f"  \n{esc(labs)}" if labs else ""))
            cc[1].button(t_("open"), key=f"s_{h.passage_id}", on_click=open_passage, args=(h.passage_id,))
            st.markdown(CSS + highlighted(h.text[:900], [s_ for s_ in h.highlights if s_[1] <= 900]),
                        unsafe_allow_html=True)


def page_compare(path: str) -> None:
    import pandas as pd

    from review.compare import similar_programmes
    tax = taxonomy()
    lang = st.session_state.get("lang", "id")
    st.header(t_("compare"))
    store = open_store(path)
    cities = sorted({d["city"] for d in store.documents(kind="masterplan") if d["city"]})
    if not cities:
        st.info(t_("no_plan"))
        return
    pick = st.multiselect(t_("cities"), cities, default=cities[:4], key="cmp_cities")
    if pick:
        rows = [cached_review(path, c, data_version(store)) for c in pick]
        table = []
        for r in rows:
            row = {t_("city"): r["city"], t_("completeness"): round(100 * r["summary"]["completeness"])}
            row.update({tax.name("dimension", d, lang).split(" (")[0]: round(100 * r["coverage"][d]["score"])
                        for d in DIMENSIONS})
            row.update({f"{t_('gaps')} ({t_('high')})": r["summary"]["high_gaps"], t_("programmes"): r["summary"]["programmes"],
                        t_("issues"): f"{r['summary']['issues_addressed']}/{r['summary']['issues']}"})
            table.append(row)
        st.dataframe(table, use_container_width=True, hide_index=True)
        long = [{"city": r["city"], "dim": tax.name("dimension", d, lang).split(" (")[0],
                 "score": round(100 * r["coverage"][d]["score"])} for r in rows for d in DIMENSIONS]
        import altair as alt

        st.altair_chart(alt.Chart(pd.DataFrame(long)).mark_bar().encode(
            x=alt.X("dim:N", title=None), y=alt.Y("score:Q", scale=alt.Scale(domain=[0, 100])),
            color="city:N", xOffset="city:N", tooltip=["city", "dim", "score"]), use_container_width=True)
    st.subheader(t_("similar"))
    c1, c2 = st.columns([4, 1])
    q = c1.text_input(t_("similar_q"), key="cmp_q")
    qw = c2.checkbox(t_("qw_only"), key="cmp_qw")
    if q.strip():
        found = similar_programmes(store, q, embedder(path), k=15, quick_win=qw)
        st.dataframe([{t_("city"): p["city"], t_("name"): p["name"] + (" ★" if p["quick_win"] else ""),
                       t_("opd"): p["opd"], t_("page"): p["page"], t_("score"): round(p["score"], 3)} for p in found],
                     use_container_width=True, hide_index=True)
    st.subheader(t_("timeline"))
    tcity = st.selectbox(t_("city"), cities, key="tl_city")
    evs = cached_review(path, tcity, data_version(store))["news"]  # the review links news to programmes
    if not evs:
        st.caption(t_("news_none"))
    else:
        st.dataframe([{"tanggal / date": e["date"], "jenis / type": e["type"], "nilai / score": e["score"],
                       "judul / title": e["title"], t_("programmes"): "; ".join(p["name"] for p in e["programmes"])}
                      for e in evs], use_container_width=True, hide_index=True)
    store.close()


PAGES = {"library": page_library, "review": page_review, "search": page_search, "compare": page_compare}


def main() -> None:
    st.set_page_config(page_title="Telaah", page_icon="🏙️", layout="wide")
    lang = st.sidebar.radio("Bahasa / Language", ["id", "en"], key="lang", horizontal=True,
                            format_func=lambda x: "Indonesia" if x == "id" else "English")
    st.title(T[lang]["title"])
    path = str(store_dir())
    page = st.sidebar.radio(T[lang]["nav"], list(PAGES), key="page", format_func=lambda k: T[lang][k])
    st.sidebar.caption(f"{T[lang]['store']}: {path}")
    PAGES[page](path)
    # after the page is on screen: load the search indexes and the query embedder once per
    # process, so that the first search answers in well under a second
    if Path(path, "telaah.db").exists():
        searcher(path)


main()
