"""Bandingkan (compare): the cities side by side (table and chart of the six dimensions), similar
programmes in every city's plan, and a city's news timeline."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from service import Review, Telaah

from .common import dim_short, dimensions, open_store, review_of, store_path, t_

SIMILAR_K = 15


def render() -> None:
    st.header(t_("compare"))
    with open_store(store_path()) as t:
        cities = t.cities()
        if not cities:
            st.info(t_("no_plan"))
            return
        pick = st.multiselect(t_("cities"), cities, default=cities[:4], key="cmp_cities")
        if pick:
            side_by_side([review_of(t, c) for c in pick])
        similar(t)
        timeline(t, cities)


def side_by_side(reviews: list[Review]) -> None:
    """One row per city (completeness, the six dimensions, gaps, programmes, issues) and a chart."""
    dims = dimensions()
    table = []
    for r in reviews:
        s = r.summary
        row = {t_("city"): r.city, t_("completeness"): round(100 * s.completeness)}
        row.update({dim_short(d): round(100 * r.coverage[d].score) for d in dims})
        row.update(
            {
                f"{t_('gaps')} ({t_('high')})": s.high_gaps,
                t_("programmes"): s.programmes,
                t_("issues"): f"{s.issues_addressed}/{s.issues}",
            }
        )
        table.append(row)
    st.dataframe(table, width="stretch", hide_index=True)
    long = pd.DataFrame(
        [
            {"city": r.city, "dim": dim_short(d), "score": round(100 * r.coverage[d].score)}
            for r in reviews
            for d in dims
        ]
    )
    st.altair_chart(
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("dim:N", title=None, sort=[dim_short(d) for d in dims]),
            y=alt.Y("score:Q", title=t_("score"), scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("city:N", title=t_("city")),
            xOffset="city:N",
            tooltip=["city", "dim", "score"],
        ),
        width="stretch",
    )


def similar(t: Telaah) -> None:
    """Programmes like the query in every city's plan (optionally quick wins only)."""
    st.subheader(t_("similar"))
    c1, c2 = st.columns([4, 1])
    q = c1.text_input(t_("similar_q"), key="cmp_q")
    qw = c2.checkbox(t_("qw_only"), key="cmp_qw")
    if not q.strip():
        return
    found = t.similar_programmes(q, k=SIMILAR_K, quick_win=qw)
    st.dataframe(
        [
            {
                t_("city"): h.city,
                t_("name"): h.programme.name + (" ★" if h.programme.quick_win else ""),
                t_("opd"): h.programme.opd,
                t_("page"): h.programme.page,
                t_("score"): round(h.score, 3),
            }
            for h in found
        ],
        width="stretch",
        hide_index=True,
    )


def timeline(t: Telaah, cities: list[str]) -> None:
    """A city's news events (the review links them to the plan's programmes)."""
    st.subheader(t_("timeline"))
    city = st.selectbox(t_("city"), cities, key="tl_city")
    events = review_of(t, city).news
    if not events:
        st.caption(t_("news_none"))
        return
    st.dataframe(
        [
            {
                t_("col_date"): e.date,
                t_("col_type"): e.type,
                t_("col_news_score"): e.score,
                t_("col_title"): e.title,
                t_("programmes"): "; ".join(p["name"] for p in e.programmes),
            }
            for e in events
        ],
        width="stretch",
        hide_index=True,
    )
