"""Telaah: the Streamlit reviewer app.

Run: streamlit run app.py -- --store DIR   (default: $TELAAH_STORE or ./telaah-data)
This first version is the document library (list, status, passages by section);
review, search and comparison pages come with the later issues.
Document text is untrusted: it is shown with st.text/st.dataframe/st.markdown of escaped
text only, never as raw HTML.
"""
from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.store import Store, resolve_store_dir  # noqa: E402

T = {
    "id": {"title": "Telaah — telaah masterplan smart city", "library": "Pustaka dokumen",
           "none": "Belum ada dokumen. Jalankan `telaah ingest PATH` atau `make run`.",
           "pick": "Pilih dokumen", "passages": "Passage", "section": "Bagian", "page": "hal.",
           "failed": "Gagal diproses", "lang": "Bahasa", "store": "Penyimpanan", "city": "Kota/Kabupaten",
           "kind": "Jenis", "all": "(semua)"},
    "en": {"title": "Telaah — smart-city masterplan review", "library": "Document library",
           "none": "No documents yet. Run `telaah ingest PATH` or `make run`.",
           "pick": "Choose a document", "passages": "Passages", "section": "Section", "page": "p.",
           "failed": "Failed files", "lang": "Language", "store": "Store", "city": "City/Regency",
           "kind": "Kind", "all": "(all)"},
}


def store_dir() -> Path:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:])
    return resolve_store_dir(args.store)


@st.cache_resource
def open_store(path: str) -> Store:
    return Store(path, create=True)


def esc(s: str) -> str:
    """Escape untrusted document text for st.markdown (HTML and Markdown control characters)."""
    s = html.escape(s or "")
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|>~" else ch for ch in s)


def main() -> None:
    st.set_page_config(page_title="Telaah", layout="wide")
    lang = st.sidebar.radio("Bahasa / Language", ["id", "en"], format_func=lambda x: "Indonesia" if x == "id" else "English",
                            horizontal=True)
    t = T[lang]
    st.title(t["title"])
    sd = store_dir()
    st.sidebar.caption(f"{t['store']}: {sd}")
    store = open_store(str(sd))
    docs = store.documents()
    st.header(t["library"])
    if not docs:
        st.info(t["none"])
    else:
        cities = sorted({d["city"] for d in docs if d["city"]})
        c1, c2 = st.columns(2)
        city = c1.selectbox(t["city"], [t["all"]] + cities)
        kind = c2.selectbox(t["kind"], [t["all"], "masterplan", "rpjmd", "news", "other"])
        rows = [d for d in docs if (city == t["all"] or d["city"] == city) and (kind == t["all"] or d["kind"] == kind)]
        st.dataframe([{"id": d["id"], "jenis": d["kind"], "kota": d["city"], "tahun": d["year"], "hal": d["pages"],
                       "passage": d["passages"], "status": d["status"], "judul": d["title"]} for d in rows],
                     use_container_width=True, hide_index=True)
        if rows:
            pick = st.selectbox(t["pick"], [d["id"] for d in rows],
                                format_func=lambda i: next(f"{d['title'][:90]} ({d['id']})" for d in rows if d["id"] == i))
            doc = store.document(pick)
            if doc["message"]:
                st.warning(doc["message"])
            st.subheader(f"{t['passages']}: {doc['passages']}")
            current = None
            for p in store.passages(pick)[:400]:
                if p["section_path"] != current:
                    current = p["section_path"]
                    st.markdown(f"**{esc(current or '-')}**")
                pages = f"{t['page']} {p['page_start']}" + (f"–{p['page_end']}" if p["page_end"] != p["page_start"] else "")
                st.caption(f"#{p['ordinal']} · {pages}" + (" · tabel" if p["kind"] == "table" else ""))
                st.text(p["text"])
    fails = store.failures()
    if fails:
        with st.expander(f"{t['failed']} ({len(fails)})"):
            st.dataframe([{"file": f["source_name"], "alasan / reason": f["reason"]} for f in fails],
                         use_container_width=True, hide_index=True)


main()
