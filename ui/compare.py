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
    """A city's news events (the review links them to the plan's programmes), the evaluation score
    trend of the cities over the years (a line chart) and the awards per pillar."""
    st.subheader(t_("timeline"))
    city = st.selectbox(t_("city"), cities, key="tl_city")
    tl = t.timeline(city)
    if not tl.events:
        st.caption(t_("news_none"))
    else:
        st.dataframe(
            [
                {
                    t_("col_date"): e.date,
                    t_("col_precision"): e.date_precision,
                    t_("col_type"): e.type + (f" {e.stage}" if e.stage else ""),
                    t_("col_award"): (e.award.dimension or t_("award_general")) if e.award else None,
                    t_("col_news_score"): e.score,
                    t_("col_rank"): e.rank.position if e.rank else None,
                    t_("col_title"): e.title,
                    t_("programmes"): "; ".join(p["name"] for p in e.programmes),
                }
                for e in tl.events
            ],
            width="stretch",
            hide_index=True,
        )
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


def trend_rows(timelines: list, kind: str = "score") -> list[dict]:
    """Chart rows: overall scores per city and year (kind="score"), or awards with their pillar."""
    rows = []
    for tl in timelines:
        if kind == "score":
            seen = set()
            for p in tl.scores:
                if p.kind == "overall" and p.year and (tl.city, p.year) not in seen:
                    seen.add((tl.city, p.year))
                    rows.append({"city": tl.city, "year": p.year, "score": p.value})
        else:
            for e in tl.events:
                if e.type == "award":
                    rows.append(
                        {
                            "city": tl.city,
                            "year": (e.date or "")[:4] or "?",
                            "pillar": (e.award.dimension if e.award and e.award.dimension else t_("award_general")),
                            "programme": (e.award.programme if e.award else None) or "",
                        }
                    )
    return rows


def score_trend(t: Telaah, cities: list[str]) -> None:
    """Each city's overall evaluation score over the years, one line per city."""
    rows = trend_rows([t.timeline(c) for c in cities])
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
