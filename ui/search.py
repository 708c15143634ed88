"""Cari (search): hybrid / dense / keyword search over every stored passage, with city, kind,
dimension, issue and year filters; results with highlighted query terms and the viewer."""

from __future__ import annotations

import streamlit as st

from core.config import KINDS
from service import Telaah, taxonomy
from service.workspace import WorkspaceService

from .common import (
    CSS,
    dim_short,
    dimensions,
    esc,
    highlighted,
    issues,
    kind_word,
    lang,
    open_passage,
    open_store,
    page_span,
    passage_viewer,
    store_path,
    t_,
)

MODES = ["hybrid", "dense", "keyword"]
SHOWN_CHARS = 900


def render() -> None:
    st.header(t_("search"))
    q = st.text_input(t_("query"), key="q")
    with open_store(store_path()) as t:
        filters = search_filters(t.cities(kind=None))
        if q.strip():
            results(t, q, **filters)


def search_filters(cities: list[str]) -> dict:
    """The filter widgets; their values as `Telaah.search` keyword arguments."""
    tax, lg, everything = taxonomy(), lang(), t_("all")
    c = st.columns(6)
    city = c[0].selectbox(t_("city"), [everything] + cities, key="s_city")
    kind = c[1].selectbox(t_("kind"), [everything] + list(KINDS), key="s_kind", format_func=kind_word)
    dim = c[2].selectbox(
        t_("dimension"),
        [""] + dimensions(),
        key="s_dim",
        format_func=lambda x: tax.name("dimension", x, lg) if x else everything,
    )
    iss = c[3].selectbox(
        t_("issue"), [""] + issues(), key="s_iss", format_func=lambda x: tax.name("issue", x, lg) if x else everything
    )
    year = c[4].number_input(
        t_("year"), min_value=0, max_value=2100, value=0, step=1, key="s_year", help=t_("year_any")
    )
    mode = c[5].selectbox(t_("mode"), MODES, key="s_mode", format_func=lambda m: t_("mode_" + m))
    return {
        "mode": mode,
        "city": None if city == everything else city,
        "kind": None if kind == everything else kind,
        "dimension": dim or None,
        "issue": iss or None,
        "year": int(year) or None,
    }


def results(t: Telaah, q: str, **filters) -> None:
    found = t.search(q, k=20, **filters)
    st.caption(f"{len(found.hits)} {t_('results')}")
    for note in found.notes:
        st.caption(esc(note))
    if st.session_state.get("passage"):
        with st.container(border=True):
            passage_viewer(t)
    if not found.hits:
        st.info(t_("no_results"))
    for h in found.hits:
        hit_row(h)


def hit_row(h) -> None:
    """One `index.search.Hit`: where it is, its dimensions, its text with the query terms marked."""
    labs = ", ".join(dim_short(x["id"]) for x in h.labels.get("dimensions", []))
    cc = st.columns([8, 1])
    cc[0].markdown(
        f"**{h.rank}. {esc(h.city or '-')} · {esc(kind_word(h.kind))} · {esc(h.title[:80])}** · "
        f"{page_span(h.page, h.page_end)}  \n§ {esc(h.section[:140] or '-')}" + (f"  \n{esc(labs)}" if labs else "")
    )
    cc[1].button(t_("open"), key=f"s_{h.passage_id}", on_click=open_passage, args=(h.passage_id,))
    # a table row reads "Program: X · OPD: Y", without the raw "Kolom:" header line
    text, spans = WorkspaceService.readable(h.text, [list(s) for s in h.highlights])
    st.markdown(
        CSS + highlighted(text[:SHOWN_CHARS], [s for s in spans if s[1] <= SHOWN_CHARS]),
        unsafe_allow_html=True,
    )
