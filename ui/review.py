"""Telaah kota (city review): completeness and counts, the coverage heatmap and radar, the gaps
with their evidence, the rubric, the alignment with the RPJMD issues (table, evidence, matrix),
unlinked programmes, programmes, report downloads and the passage viewer."""

from __future__ import annotations

import html

import altair as alt
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core.words import EVENT, FIELD_WORDS, LEVEL_COLOURS, LEVEL_SCORE, SEV_ICON, STATUS_ICON, word
from service import Review, Telaah, taxonomy

from . import workspace
from .common import (
    dim_short,
    dimensions,
    elements,
    esc,
    event_columns,
    event_rows,
    evidence_row,
    gap_card,
    lang,
    open_passage,
    open_store,
    review_of,
    store_path,
    t_,
    timeline_of,
    trend_rows,
)

REPORTS = (
    ("HTML", "html", "text/html"),
    ("PDF", "pdf", "application/pdf"),
    ("XLSX", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
)


def render() -> None:
    st.header(t_("review"))
    workspace.reviewer_field()
    with open_store(store_path()) as t:
        cities = t.cities()
        if not cities:
            st.info(t_("no_plan"))
            return
        city = st.selectbox(t_("pick_city"), cities, key="rev_city")
        if st.session_state.get("viewer_city") != city:  # a viewer never outlives its city
            st.session_state["viewer_city"] = city
            open_passage(0)
        plans = t.workspace.versions(city)  # oldest first: the newest is the plan under review
        with st.spinner("…"):
            r = review_of(t, city, plans[-1].id if len(plans) > 1 else None)
        summary(r)
        workspace.versions(t, r, lambda mp: review_of(t, city, mp))
    left, right = st.columns([3, 2])
    with left:
        heatmap(r)
    with right:
        radar(r)
    gaps(r)
    alignment(r)
    programmes(r)
    with open_store(store_path()) as t:
        news(t, r)
    workspace.worksheet(r)


def summary(r: Review) -> None:
    s = r.summary
    st.caption(
        f"{t_('masterplan_doc')}: {esc(r.masterplan.title)} ({esc(r.masterplan.source or '-')}) · "
        f"{t_('rpjmd_doc')}: {esc(r.rpjmd.title) if r.rpjmd else '-'}"
    )
    c = st.columns(4)
    c[0].metric(t_("completeness"), f"{round(100 * s.completeness)}%")
    c[1].metric(t_("ws_alignment_metric"), f"{round(100 * r.alignment_score)}%")
    c[2].metric(t_("issues"), f"{s.issues_addressed}/{s.issues}")
    c[3].metric(f"{t_('gaps')} ({t_('high')})", s.high_gaps)
    c = st.columns(4)
    c[0].metric(t_("gaps"), s.gaps)
    c[1].metric(t_("programmes"), s.programmes)
    c[2].metric(t_("quick_wins"), s.quick_wins)
    st.caption(t_("ws_scores_help"))


def heatmap(r: Review) -> None:
    """Dimension x element: one cell per element, coloured by its coverage level."""
    st.subheader(t_("coverage"))
    tax, lg = taxonomy(), lang()
    heat = []
    for d in dimensions():
        for i, e in enumerate(elements(d)):
            x = r.coverage[d].elements[e]
            heat.append(
                {
                    "dim": dim_short(d),
                    "el": f"{i + 1}",
                    "element": tax.name("element", e, lg),
                    "cell": "\n".join(_wrap(tax.name("element", e, lg), 19)),
                    "level": x.level_label[lg],
                    "value": LEVEL_SCORE[x.level],
                    "programmes": x.programmes,
                    "passages": x.passages,
                }
            )
    order = [dim_short(d) for d in dimensions()]
    colours = [LEVEL_COLOURS[k] for k in sorted(LEVEL_SCORE, key=LEVEL_SCORE.get)]
    data = pd.DataFrame(heat)
    chart = (
        alt.Chart(data)
        .mark_rect(stroke="white")
        .encode(
            x=alt.X("el:N", title=t_("element"), axis=None),
            y=alt.Y("dim:N", title=None, sort=order),
            color=alt.Color("value:Q", scale=alt.Scale(domain=[0, 4], range=colours), legend=None),
            tooltip=[
                alt.Tooltip("element", title=t_("element")),
                alt.Tooltip("level", title=t_("status")),
                alt.Tooltip("programmes", title=t_("programmes")),
                alt.Tooltip("passages", title=t_("passages")),
            ],
        )
    )
    text = (
        alt.Chart(data)
        .mark_text(fontSize=10, color="white", lineHeight=12, lineBreak="\n")
        .encode(x="el:N", y=alt.Y("dim:N", sort=order), text="cell:N")
    )
    st.altair_chart((chart + text).properties(height=372), width="stretch")
    # the colour key: the coverage levels this review uses, strongest first
    levels = {}
    for d in dimensions():
        for e in elements(d):
            x = r.coverage[d].elements[e]
            levels.setdefault(x.level, x.level_label[lg])
    key = " ".join(
        f"<span style='display:inline-block;width:.8em;height:.8em;background:{LEVEL_COLOURS[k]};"
        f"margin:0 .3em 0 .8em'></span>{html.escape(levels[k])}"
        for k in sorted(levels, key=LEVEL_SCORE.get, reverse=True)
    )
    st.markdown(f"<div style='font-size:.85em;opacity:.8'>{key}</div>", unsafe_allow_html=True)


def _wrap(text: str, width: int) -> list[str]:
    """A name on lines of at most `width` characters (a chart cell shows it whole)."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


def radar(r: Review) -> None:
    """Coverage and completeness of the six dimensions."""
    st.subheader(t_("radar"))
    dims = dimensions()
    names = [dim_short(d) for d in dims]
    vals = [round(100 * r.coverage[d].score) for d in dims]
    comp = [round(100 * r.completeness.dimensions[d].score) for d in dims]
    fig = go.Figure()
    fig.add_trace(
        go.Scatterpolar(r=vals + vals[:1], theta=names + names[:1], fill="toself", name=t_("coverage").split(" ")[0])
    )
    fig.add_trace(go.Scatterpolar(r=comp + comp[:1], theta=names + names[:1], name=t_("completeness")))
    fig.update_layout(
        polar={"radialaxis": {"range": [0, 100], "showticklabels": False}, "angularaxis": {"tickfont": {"size": 11}}},
        height=380,
        margin={"l": 100, "r": 100, "t": 30, "b": 20},
        legend={"orientation": "h"},
    )
    st.plotly_chart(fig, width="stretch")


def gaps(r: Review) -> None:
    st.subheader(f"{t_('gap_list')} ({len(r.gaps)})")
    if not r.gaps:
        st.success(t_("nothing"))
    progs = [gi for gi, g in enumerate(r.gaps) if any("programme" in ev for ev in g.evidence)]
    for gi, g in enumerate(r.gaps):
        if gi not in progs:
            gap_card(g, gi, r)
    if progs:
        programme_gaps(r, progs)
    tax, lg = taxonomy(), lang()
    parts = [*r.completeness.dimensions.items(), ("plan", r.completeness.plan)]
    rows = [
        {
            t_("dimension"): tax.name("dimension", key, lg) if key != "plan" else t_("plan_items"),
            t_("col_item"): it.label[lg],
            t_("status"): t_("passed") if it.passed else t_("failed_item"),
            t_("col_weight"): it.weight,
        }
        for key, part in parts
        for it in part.items
    ]
    with st.expander(f"{t_('rubric')} · {t_('completeness')} {round(100 * r.summary.completeness)}%"):
        st.dataframe(rows, width="stretch", hide_index=True)


def programme_gaps(r: Review, idx: list[int]) -> None:
    """The gaps about programmes' missing fields as one card: each programme once, with all it
    lacks (in the UI language) and a "Buka"; then each gap's message and the reviewer's decision."""
    sev = min((r.gaps[i].severity for i in idx), key=["high", "medium", "low"].index)
    merged: dict[str, dict] = {}
    for i in idx:
        for ev in r.gaps[i].evidence:
            if "programme" in ev:
                m = merged.setdefault(ev["programme"], {**ev, "missing": []})
                m["missing"] += [f for f in ev.get("missing", []) if f not in m["missing"]]
    from types import SimpleNamespace

    label = f"{SEV_ICON[sev]} {t_(sev)} · {t_('ws_programme_gaps')} ({len(merged)})"
    src = st.session_state.get("passage_src") or ""
    with st.expander(label, expanded=src.startswith("gp_")):
        workspace.gap_evidence(SimpleNamespace(issue=None, evidence=list(merged.values())), "p", r)
        for i in idx:
            g = r.gaps[i]
            st.markdown(f"**{SEV_ICON[g.severity]} {t_(g.severity)} · {esc(g.text(lang()))}**")
            workspace.gap_decision(g, i, r)


def alignment(r: Review) -> None:
    """The RPJMD issues with their status, score and programmes; the evidence of one issue."""
    tax, lg = taxonomy(), lang()
    st.subheader(t_("alignment"))
    if r.alignment_mode == "checklist":
        st.caption(t_("checklist"))
    cfg = st.column_config
    st.dataframe(
        [
            {
                "#": a.n,
                t_("status"): f"{STATUS_ICON[a.status]} {t_(a.status)}",
                t_("score"): round(100 * a.score),
                t_("issue"): a.issue,
                t_("programmes"): "; ".join(p["name"] for p in a.programmes[:3]),
                t_("col_categories"): ", ".join(tax.name("issue", c, lg) for c in a.categories),
            }
            for a in r.alignment
        ],
        width="stretch",
        hide_index=True,
        column_config={
            "#": cfg.NumberColumn(width=40),
            t_("status"): cfg.TextColumn(width=130),
            t_("score"): cfg.ProgressColumn(min_value=0, max_value=100, format="%d", width=90),
            t_("issue"): cfg.TextColumn(width="large"),
            t_("programmes"): cfg.TextColumn(width="medium"),
        },
    )
    if not r.alignment:
        return
    titles = {a.n: f"{a.n}. {a.issue[:90]}" for a in r.alignment}
    pick = st.selectbox(t_("evidence"), list(titles), key="al_pick", format_func=titles.get)
    a = next(x for x in r.alignment if x.n == pick)
    src = workspace._issue_passage(r, a)
    if src:
        st.caption(t_("ws_issue_source"))
        evidence_row(src, f"a{pick}_src", r)
    st.caption(t_("evidence"))
    for ei, ev in enumerate(a.evidence):
        evidence_row(ev, f"a{pick}_{ei}", r)
    if not a.evidence:
        st.caption(t_("nothing"))


def programmes(r: Review) -> None:
    """The issue x dimension matrix, the programmes linked to no issue, every programme."""
    tax, lg = taxonomy(), lang()
    issue_of = {str(a.n): f"{a.n}. {a.issue}" for a in r.alignment}
    with st.expander(t_("matrix")):
        st.caption(t_("matrix_help"))
        st.dataframe(
            [
                {t_("issue"): issue_of.get(n, n), **{dim_short(d): v for d, v in row.items()}}
                for n, row in r.alignment_matrix.rows.items()
            ],
            width="stretch",
            hide_index=True,
            column_config={t_("issue"): st.column_config.TextColumn(width="large")},
        )
    with st.expander(f"{t_('unlinked')} ({len(r.unlinked_programmes)})"):
        st.dataframe(
            [
                {
                    t_("name"): p["name"],
                    t_("dimension"): tax.name("dimension", p["dimension"], lg) if p.get("dimension") else "",
                    t_("page"): p["page"],
                }
                for p in r.unlinked_programmes
            ],
            width="stretch",
            hide_index=True,
        )
    with st.expander(f"{t_('programmes')} ({len(r.programmes)})"):
        st.caption(t_("quick_win_note"))
        coded = any(p.nomenclature for p in r.programmes)
        st.dataframe(
            [
                {
                    t_("name"): p.name + (" ★" if p.quick_win else ""),
                    # the official programme code (Permendagri 90/2019) when the name is one of the list
                    **({t_("nomenclature_code"): p.nomenclature or ""} if coded else {}),
                    t_("element"): tax.name("element", p.element, lg) if p.element else "",
                    t_("opd"): p.opd or "",
                    t_("target"): p.target or p.indicator or "",
                    t_("year"): p.year or "",
                    # the amount in rupiah (a cell "28.088.037" under "dalam juta rupiah" is 28 trillion)
                    t_("budget"): f"Rp {p.budget:,.0f}".replace(",", ".")
                    if p.budget is not None
                    else p.budget_text or "",
                    t_("missing"): ", ".join(word(FIELD_WORDS, f, lg) for f in p.missing),
                    t_("page"): p.page,
                }
                for p in r.programmes
            ],
            width="stretch",
            hide_index=True,
        )


def news(t: Telaah, r: Review) -> None:
    """The city's news timeline: what the city did with its plan (MoU, bimtek, evaluations and
    their scores, awards, launches), each event with the plan's programmes it names."""
    st.subheader(t_("timeline"))
    tl = timeline_of(t, r.city)
    if not tl.events:
        st.caption(t_("news_none"))
        return
    st.dataframe(event_rows(tl.events), width="stretch", hide_index=True, column_config=event_columns())
    # an event's evidence: the news item's sentence, and its passage in the viewer
    lg = lang()
    titles = {i: f"{e.date or '?'} · {word(EVENT, e.type, lg)} · {e.title[:90]}" for i, e in enumerate(tl.events)}
    pick = st.selectbox(t_("ws_event_evidence"), list(titles), key=f"news_pick_{r.city}", format_func=titles.get)
    e = tl.events[pick]
    pid = t.workspace.event_passage(e)
    if e.evidence is not None and pid:
        evidence_row({"passage_id": pid, "page": 1, "section": e.title, "text": e.evidence.text}, f"nw{pick}", r)
    trend = trend_rows([tl])  # the first overall score quoted for each year, as the compare chart
    if trend:
        st.caption(
            f"{t_('score_trend')}: "
            + ", ".join(f"{x['year']}: {x['score']:g}" for x in sorted(trend, key=lambda x: x["year"]))
        )


def report_downloads(r: Review) -> None:
    """One button per format; the report is built only when the reviewer clicks it (Streamlit
    calls the function on click), never on a rerun."""
    st.subheader(t_("report"))
    lg = lang()
    base = "telaah-" + "".join(ch if ch.isalnum() else "-" for ch in r.city.lower())
    for col, (label, fmt, mime) in zip(st.columns(len(REPORTS)), REPORTS):
        col.download_button(label, _builder(r, fmt, lg), f"{base}.{fmt}", mime, key=f"report_{fmt}", on_click="ignore")


def _builder(r: Review, fmt: str, lg: str):
    def build() -> bytes:
        return Telaah.report(r, fmt, lg)

    return build
