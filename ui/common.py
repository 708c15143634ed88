"""What the app's pages share: the store path, the words, the cached review, escaping of untrusted
text, and the components (passage viewer, evidence row, gap card).

Document text is untrusted: `esc` escapes it for st.markdown, `highlighted` builds HTML from
html.escape'd text with only our own <div> and <mark> tags; anything else goes through st.text or
dataframes. Every page opens one `Telaah` per script run (`with open_store(path) as t:`), so the
store is closed on every path; the heavy resources behind it load once per process.
"""

from __future__ import annotations

import argparse
import html
import sys
import threading

import streamlit as st

from core.config import store_dir
from core.errors import TelaahError
from core.words import EVENT, KIND_WORDS, PRECISION, SEV_ICON, UI, word
from service import DIMENSIONS, ELEMENTS, ISSUES, Review, Telaah, Timeline, taxonomy

__all__ = [
    "CSS",
    "cached_review",
    "dim_short",
    "dimensions",
    "elements",
    "esc",
    "event_columns",
    "event_rows",
    "timeline_of",
    "trend_rows",
    "evidence_row",
    "gap_card",
    "highlighted",
    "issues",
    "kind_word",
    "lang",
    "open_passage",
    "open_store",
    "page_span",
    "passage_viewer",
    "review_of",
    "store_path",
    "t_",
    "warm_indexes",
]

CSS = """<style>
.tl-passage{border-left:3px solid #d0d7de;padding:4px 10px;margin:4px 0;line-height:1.5;white-space:normal}
.tl-passage mark{background:#fff3a8;padding:0 2px}
</style>"""
LABEL_KINDS = ("dimensions", "elements", "issues")


# -- state, words, store ---------------------------------------------------------------------------------
def store_path() -> str:
    """`--store DIR` after `streamlit run app.py --`, else $TELAAH_STORE, else ./telaah-data."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:])
    return str(store_dir(args.store))


def lang() -> str:
    return st.session_state.get("lang", "id")


def kind_word(kind: str) -> str:
    """A document kind (or a word that is not a kind, such as "(semua)") in the UI language."""
    return word(KIND_WORDS, kind, lang())


def t_(key: str, **fmt) -> str:
    """The app's word for `key` in the current language (`fmt` fills its {placeholders})."""
    w = word(UI, key, lang())
    return w.format(**fmt) if fmt else w


def open_store(path: str) -> Telaah:
    """This script run's own connection (SQLite connections are not shared across sessions);
    use it as a context manager so that it is closed on every path."""
    return Telaah(path, create=True)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_review(path: str, city: str, version: tuple, masterplan: str | None = None) -> Review:
    """A city's review, once per store version (`Telaah.data_version()`)."""
    with Telaah(path) as t:
        return t.review(city, masterplan=masterplan)


def review_of(t: Telaah, city: str, masterplan: str | None = None) -> Review:
    return cached_review(str(t.dir), city, t.data_version(), masterplan)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_timeline(path: str, city: str, version: tuple) -> Timeline:
    """A city's news timeline, once per store version."""
    with Telaah(path) as t:
        return t.timeline(city)


def timeline_of(t: Telaah, city: str) -> Timeline:
    return cached_timeline(str(t.dir), city, t.data_version())


def event_rows(events: list) -> list[dict]:
    """News events as table rows in the UI language (no raw type or precision ids, no "None")."""
    lg = lang()
    tax = taxonomy()

    def pillar(e) -> str:
        if not e.award:
            return ""
        d = e.award.dimension
        return (dim_short(d) if d else t_("award_general")) + (f": {e.award.programme}" if e.award.programme else "")

    rows = [
        {
            t_("col_date"): e.date if e.date and e.date_precision != "unknown" else word(PRECISION, "unknown", lg),
            t_("col_type"): word(EVENT, e.type, lg) + (f" ({t_('stage')} {e.stage})" if e.stage else ""),
            t_("col_news_score"): ", ".join(_score_text(x, tax) for x in e.scores)
            or ("" if e.score is None else f"{e.score:g}"),
            t_("col_award"): pillar(e),
            t_("col_rank"): _rank_text(e.rank),
            # the same event told by other news items of the city (one event, several sources)
            t_("col_more_news"): t_("also_reported").format(n=len(e.also_reported)) if e.also_reported else "",
            t_("col_title"): e.title or "",
            t_("programmes"): "; ".join(p["name"] for p in e.programmes),
        }
        for e in events
    ]
    # the date says its own precision (2022-05-25, 2022-05, 2022); columns empty in every row go
    empty = [k for k in (rows[0] if rows else {}) if not any(r[k] for r in rows)]
    return [{k: v for k, v in r.items() if k not in empty} for r in rows]


def _score_text(x, tax) -> str:
    dim = getattr(x, "dimension", None)
    head = f"{dim_short(dim)} " if dim else ("" if x.kind in ("overall", "dimension") else t_("score_" + x.kind) + " ")
    return f"{head}{x.value:g}" + (f" ({x.year})" if x.year else "")


def _rank_text(rank) -> str:
    if not rank or rank.position is None:
        return ""
    where = f" ({rank.scope})" if rank.scope else ""
    return f"{rank.position}{where}" + (f"; {rank.national} {t_('national')}" if rank.national else "")


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
                            "pillar": dim_short(e.award.dimension)
                            if e.award and e.award.dimension
                            else t_("award_general"),
                            "programme": (e.award.programme if e.award else None) or "",
                        }
                    )
    return rows


def event_columns() -> dict:
    cfg = st.column_config
    return {
        t_("col_date"): cfg.TextColumn(width=95),
        t_("col_title"): cfg.TextColumn(width="large"),
    }


@st.cache_resource(show_spinner=False)
def warm_indexes(path: str) -> threading.Thread:
    """Load the search indexes and the query embedder once per process, in the background
    (the script run ends at once, so no click waits for it), so that the first search answers
    in well under a second; a search that comes sooner waits for the same load."""
    th = threading.Thread(target=_load_searcher, args=(path,), name="telaah-warm-indexes", daemon=True)
    th.start()
    return th


def _load_searcher(path: str) -> None:
    try:
        with Telaah(path, create=True) as t:
            t.warm()
    except TelaahError:  # the search page says what is wrong when it is used
        pass


# -- taxonomy ---------------------------------------------------------------------------------------------
def dimensions() -> list[str]:
    return list(DIMENSIONS)


def elements(dimension: str) -> list[str]:
    return list(ELEMENTS[dimension])


def issues() -> list[str]:
    return list(ISSUES)


def dim_short(d: str) -> str:
    """A dimension's name without its parenthesised gloss (chart axes, table columns); an id the
    taxonomy does not know (a news item's) as it is."""
    try:
        return taxonomy().name("dimension", d, lang()).split(" (")[0]
    except (KeyError, ValueError):
        return d


# -- safe rendering -----------------------------------------------------------------------------------------
def esc(s) -> str:
    """Escape untrusted text for st.markdown (HTML and Markdown control characters)."""
    # quotes stay as they are: an entity such as &#x27; would have its "#" escaped below and show raw
    s = html.escape("" if s is None else str(s), quote=False)
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


def page_span(start, end) -> str:
    return f"{t_('page')} {start}" + (f"–{end}" if end != start else "")


# -- components -----------------------------------------------------------------------------------------
def open_passage(pid: int, src: str | None = None) -> None:
    """Open a passage in the viewer (0 closes it); `src` names the button that opened it, so
    that the viewer is drawn right under that button."""
    st.session_state["passage"] = int(pid)
    st.session_state["passage_src"] = src
    st.session_state["viewer_page"] = None


def evidence_row(ev: dict, key: str, review=None) -> None:
    """One evidence passage (page, section, text) with a button that opens it in the viewer,
    drawn right under this row when this is the button that opened it."""
    cc = st.columns([6, 1])
    cc[0].markdown(f"{t_('page')} {ev['page']} · {esc(ev.get('section') or '')}: {esc(ev['text'][:300])}")
    cc[1].button(t_("open"), key=key, on_click=open_passage, args=(ev["passage_id"], key))
    if st.session_state.get("passage") and st.session_state.get("passage_src") == key:
        from .workspace import inline_viewer

        inline_viewer(review)


def gap_card(g, gi: int, review=None) -> None:
    """A gap (`review.records.Gap`) as an expander: severity, message, its evidence (the RPJMD
    passage for an issue the plan ignores; each programme once, with what it lacks and a "Buka"),
    and the reviewer's decision."""
    from .workspace import gap_decision, gap_evidence

    decided = gap_decision_label(g, review)
    with st.expander(
        f"{SEV_ICON[g.severity]} {t_(g.severity)} · {g.text(lang())}{decided}",
        expanded=(st.session_state.get("passage_src") or "").startswith(f"g{gi}_"),
    ):
        gap_evidence(g, gi, review)
        if review is not None:
            gap_decision(g, gi, review)


def gap_decision_label(g, review) -> str:
    if review is None:
        return ""
    from service.workspace import gap_key

    from .workspace import current_notes

    notes = current_notes(review)
    d = notes.gap(gap_key(g)) if notes is not None else None
    return f" · ✎ {t_('ws_' + d.decision)}" if d else ""


def passage_viewer(t: Telaah) -> None:
    """The selected passage on its original page with its labels and the reviewer's decisions
    (ui/workspace.py)."""
    from .workspace import passage_viewer as viewer

    viewer(t, None)
