"""Bandingkan (compare): the cities side by side (table and chart of the six dimensions), similar
programmes in every city's plan, and a city's news timeline."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from service import Review, Telaah

from .common import (
    dim_short,
    dimensions,
    event_columns,
    event_rows,
    open_store,
    review_of,
    store_path,
    t_,
    timeline_of,
    trend_rows,
)

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
    """One row per city (completeness, alignment, the six dimensions' rubric scores, gaps,
    programmes with every field, issues answered) and two charts that show where the cities differ:
    the rubric score per dimension (coverage alone is 100 for nearly every plan), and the plan-level
    figures side by side."""
    dims = dimensions()
    measures = [
        (t_("completeness"), lambda r: f"{round(100 * r.summary.completeness)}%"),
        (t_("ws_alignment_metric"), lambda r: f"{round(100 * r.alignment_score)}%"),
        (t_("issues"), lambda r: f"{r.summary.issues_addressed}/{r.summary.issues}"),
        *[
            (f"{t_('dimension')} {dim_short(d)}", lambda r, d=d: f"{round(100 * r.completeness.dimensions[d].score)}")
            for d in dims
        ],
        (f"{t_('gaps')} ({t_('high')})", lambda r: str(r.summary.high_gaps)),
        (t_("gaps"), lambda r: str(r.summary.gaps)),
        (t_("programmes"), lambda r: str(r.summary.programmes)),
        (t_("complete_programmes"), lambda r: f"{_complete_share(r)}%"),
        (t_("quick_wins"), lambda r: str(r.summary.quick_wins)),
    ]
    # one column per city: the figures of a city read down, the cities compare across
    st.caption(t_("compare_help"))
    st.dataframe(
        [{t_("col_measure"): name, **{r.city: f(r) for r in reviews}} for name, f in measures],
        width="stretch",
        hide_index=True,
        column_config={t_("col_measure"): st.column_config.TextColumn(width=200)},
        height=35 * (len(measures) + 1) + 3,  # every measure on screen, no inner scrolling
    )
    long = pd.DataFrame(
        [
            {t_("city"): r.city, "dim": dim_short(d), t_("score"): round(100 * r.completeness.dimensions[d].score)}
            for r in reviews
            for d in dims
        ]
    )
    st.markdown(f"**{t_('dim_scores')}**")
    st.altair_chart(_grouped_bars(long, "dim", [dim_short(d) for d in dims], t_("score")), width="stretch")
    figures = pd.DataFrame(
        [
            {t_("city"): r.city, "what": name, t_("score"): value}
            for r in reviews
            for name, value in (
                (t_("completeness"), round(100 * r.summary.completeness)),
                (t_("ws_alignment_metric"), round(100 * r.alignment_score)),
                (t_("issues_share"), round(100 * r.summary.issues_addressed / max(1, r.summary.issues))),
                (t_("complete_programmes"), _complete_share(r)),
            )
        ]
    )
    st.markdown(f"**{t_('plan_figures')}**")
    st.altair_chart(_grouped_bars(figures, "what", None, t_("score")), width="stretch")


def _complete_share(r: Review) -> int:
    """Share of the plan's programmes that state target, year, budget and OPD (percent)."""
    return round(100 * sum(1 for p in r.programmes if not p.missing) / len(r.programmes)) if r.programmes else 0


def _grouped_bars(data: pd.DataFrame, x: str, order: list | None, y: str):
    city = t_("city")
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(f"{x}:N", title=None, sort=order, axis=alt.Axis(labelAngle=0, labelLimit=200)),
            y=alt.Y(f"{y}:Q", title=y, scale=alt.Scale(domain=[0, 100])),
            color=alt.Color(f"{city}:N", title=city, legend=alt.Legend(labelLimit=240)),
            xOffset=f"{city}:N",
            tooltip=[city, x, y],
        )
        .properties(height=300)
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
    """A city's news events (the review links them to the plan's programmes), the evaluation score
    trend of the cities over the years (a line chart) and the awards per pillar."""
    st.subheader(t_("timeline"))
    city = st.selectbox(t_("city"), cities, key="tl_city")
    tl = timeline_of(t, city)
    if not tl.events:
        st.caption(t_("news_none"))
    else:
        st.dataframe(event_rows(tl.events), width="stretch", hide_index=True, column_config=event_columns())
    score_trend(t, cities)
    awards = trend_rows([tl], kind="award")
    if awards:
        st.markdown(f"**{t_('awards_per_pillar')}**")
        st.altair_chart(
            alt.Chart(pd.DataFrame(awards))
            .mark_bar()
            .encode(
                x=alt.X("pillar:N", title=t_("col_award")),
                y=alt.Y("count():Q", title=""),
                color=alt.Color("year:O", title=t_("col_year")),
                tooltip=["pillar", "year", "programme"],
            ),
            width="stretch",
        )


def score_trend(t: Telaah, cities: list[str]) -> None:
    """Each city's overall evaluation score over the years, one line per city."""
    rows = trend_rows([timeline_of(t, c) for c in cities])
    st.markdown(f"**{t_('score_trend')}**")
    if not rows:
        st.caption(t_("no_scores"))
        return
    st.altair_chart(
        alt.Chart(pd.DataFrame(rows))
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=t_("col_year")),
            y=alt.Y("score:Q", title=t_("col_news_score"), scale=alt.Scale(zero=False)),
            color=alt.Color("city:N", title=t_("city")),
            tooltip=["city", "year", "score"],
        ),
        width="stretch",
    )
