"""Telaah: the Streamlit reviewer app.

    streamlit run app.py -- --store DIR      (default: $TELAAH_STORE or ./telaah-data)

Pages (ui/, one module each): Pustaka (library: upload, status, delete), Telaah kota (review of
one city: coverage heatmap and radar, gaps, RPJMD alignment, passage viewer with labels and
evidence, reviewer decisions, report downloads), Cari (hybrid search with filters), Bandingkan
(cities side by side, similar programmes, news timeline). Indonesian first, English switch.

This file only sets up the page, the language switch and the navigation; the pages call the
service layer (`service.Telaah`) and share their components through ui/common.py. A problem
the user can act on (`TelaahError`) is shown as one line here, whichever page raised it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.config import LANGS, max_file_mb  # noqa: E402
from core.errors import TelaahError  # noqa: E402
from core.words import UI, word  # noqa: E402
from ui import common, compare, home, library, review, search  # noqa: E402

PAGES = {
    "home": home.render,
    "library": library.render,
    "review": review.render,
    "search": search.render,
    "compare": compare.render,
}
# Streamlit's own English: the deploy button (hidden) and the file uploader's "Upload" button and
# "200MB per file" line, which Streamlit does not let an app translate (replaced by CSS content)
HIDE = "[data-testid='stAppDeployButton']{display:none}"
UPLOADER = (
    "[data-testid='stFileUploaderDropzoneInstructions'] span{{display:none}}"
    "[data-testid='stFileUploaderDropzoneInstructions']::after{{content:'{drop}';font-size:14px;opacity:.6}}"
    "[data-testid='stFileUploaderDropzone'] button [data-testid='stMarkdownContainer']{{display:none}}"
    "[data-testid='stFileUploaderDropzone'] button [data-has-shortcut]::after{{content:'{browse}'}}"
)


def page_css(lang: str) -> str:
    mb = f"{max_file_mb():g}"
    words = {k: word(UI, k, lang).format(mb=mb).replace("'", "\\'") for k in ("upload_drop", "upload_browse")}
    # the tables' own toolbar (search, CSV download, full screen) speaks only English: hidden on the
    # Indonesian screen, where the XLSX report gives the same data
    toolbar = "[data-testid='stElementToolbar']{display:none}" if lang == "id" else ""
    return (
        "<style>"
        + HIDE
        + toolbar
        + UPLOADER.format(drop=words["upload_drop"], browse=words["upload_browse"])
        + "</style>"
    )


def navigation(lang: str):
    """The four pages in the sidebar. A page keeps its url path whatever the language, so that
    switching the language reruns the page the reviewer is on, with its state."""
    pages = {
        key: st.Page(fn, title=word(UI, "ws_home" if key == "home" else key, lang), url_path=key, default=key == "home")
        for key, fn in PAGES.items()
    }
    current = st.navigation(list(pages.values()))
    follow_page_key(pages, current)
    return current


def follow_page_key(pages: dict, current) -> None:
    """`st.session_state["page"]` names the page on screen; set from outside (a test, a
    bookmark of the state) to another page, it switches there."""
    key = next(k for k, p in pages.items() if p.title == current.title)
    wanted, seen = st.session_state.get("page"), st.session_state.get("_page_seen")
    if wanted in pages and wanted != key and wanted != seen:
        st.session_state["_page_seen"] = wanted
        st.switch_page(pages[wanted])
    st.session_state["page"] = st.session_state["_page_seen"] = key


def main() -> None:
    st.set_page_config(page_title="Telaah", page_icon="🏙️", layout="wide")
    names = {x: word(UI, f"lang_name_{x}") for x in LANGS}  # each language by its own name
    lang = st.sidebar.radio(word(UI, "lang_switch"), LANGS, key="lang", horizontal=True, format_func=names.get)
    page = navigation(lang)
    st.markdown(page_css(lang), unsafe_allow_html=True)
    st.title(word(UI, "title", lang))
    path = common.store_path()
    st.sidebar.caption(f"{word(UI, 'store', lang)}: {path}")
    try:
        page.run()
    except TelaahError as e:
        st.error(str(e))
        return
    # after the page is on screen: the search indexes and the query embedder, once per process
    common.warm_indexes(path)


if __name__ == "__main__":  # Streamlit runs this file as __main__; a parser worker process that
    main()  # re-imports it (multiprocessing spawn/forkserver) must not run the app
