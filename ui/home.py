"""Beranda (home): what Telaah does, the library's state, and the next step (review a city or
upload documents)."""

from __future__ import annotations

import streamlit as st

from .common import open_store, store_path, t_


def render() -> None:
    st.header(t_("ws_home"))
    st.markdown(t_("ws_home_intro"))
    with open_store(store_path()) as t:
        docs = t.documents()
        cities = t.cities()
    plans = sum(d.kind == "masterplan" for d in docs)
    st.info(t_("ws_home_state", docs=len(docs), plans=plans, cities=len(cities)) if docs else t_("ws_home_empty"))
    st.subheader(t_("ws_home_next"))
    c = st.columns(2)
    if cities:
        city = c[0].selectbox(t_("pick_city"), cities, key="home_city")
        if c[0].button(t_("ws_home_review"), type="primary", key="home_go"):
            st.session_state["rev_city"] = city
            _go("review")
    if c[1].button(t_("ws_home_upload"), type="primary" if not cities else "secondary", key="home_upload"):
        _go("library")


def _go(page: str) -> None:
    st.session_state["page"] = page
    st.session_state["_page_seen"] = None
    st.rerun()
