"""The reviewer's workspace in the app: the passage viewer with the original page (passage
boxed, previous/next page, neighbouring passages, the original file), the evidence of a gap, the
decisions on gaps and labels (human names, messages in the UI language, no duplicate saves), the
feedback, the letter editor with its downloads, the reports with the notes, and draft to draft.

Everything goes through `Telaah.workspace` (service/workspace.py)."""

from __future__ import annotations

import json

import streamlit as st

from core.errors import TelaahError
from core.words import NOTES, word
from service import Review, Telaah, taxonomy
from service.workspace import WorkspaceError, gap_key

from .common import (
    CSS,
    dim_short,
    dimensions,
    elements,
    esc,
    highlighted,
    issues,
    lang,
    open_passage,
    open_store,
    page_span,
    store_path,
    t_,
)

LABEL_KINDS = ("dimensions", "elements", "issues")
GAP_DECISIONS = ("agree", "disagree", "note")
REPORTS = (
    ("HTML", "html", "text/html"),
    ("PDF", "pdf", "application/pdf"),
    ("XLSX", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def user() -> str:
    return (st.session_state.get("user") or "").strip()


def error_text(e: TelaahError) -> str:
    return t_(f"ws_{e.key}") if isinstance(e, WorkspaceError) else str(e)


def current_notes(review: Review | None):
    if review is None:
        return None
    with open_store(store_path()) as t:
        return t.workspace.notes(review)


def reviewer_field() -> None:
    """The reviewer's name, once per session (the sidebar of the review page)."""
    v = st.sidebar.text_input(t_("reviewer"), value=user(), key="ws_user_field", max_chars=80)
    st.session_state["user"] = v.strip()


def flash(key: str, kind: str | None = None, text: str | None = None):
    """A message shown once under the form that set it (survives the rerun of a callback)."""
    box = st.session_state.setdefault("_flash", {})
    if kind is not None:
        box[key] = (kind, text)
        return
    kt = box.pop(key, None)
    if kt:
        getattr(st, kt[0])(kt[1])


# -- evidence -----------------------------------------------------------------------------------------
def _missing(fields: list[str]) -> str:
    w = {"target": t_("target"), "year": t_("year"), "budget": t_("budget"), "opd": t_("opd")}
    return ", ".join(w.get(f, f) for f in fields).lower()


def gap_evidence(g, gi: int, review: Review | None) -> None:
    from .common import evidence_row

    shown = 0
    if g.issue and review is not None:  # the RPJMD passage that states the ignored issue
        row = next((a for a in review.alignment if a.issue == g.issue), None)
        ev = _issue_passage(review, row) if row is not None else None
        if ev:
            st.caption(t_("ws_issue_source"))
            evidence_row(ev, f"g{gi}_src", review)
            shown += 1
    progs = {}
    for ev in g.evidence:
        if "programme" in ev:
            progs.setdefault(ev["programme"], ev)
    if progs:
        by_name = {p.name: p for p in (review.programmes if review else [])}
        for pi, (name, ev) in enumerate(list(progs.items())[:40]):
            p = by_name.get(name)
            pid = (
                ev.get("passage_id")
                or (p.passage_id if p else None)
                or _programme_passage(review, name, ev.get("page"))
            )
            cc = st.columns([6, 1])
            cc[0].markdown(
                f"{esc(name)} ({t_('page')} {ev.get('page') or '-'}) — "
                f"{esc(t_('ws_lacks', fields=_missing(ev.get('missing', []))))}"
            )
            if pid:
                key = f"g{gi}_p{pi}"
                cc[1].button(t_("open"), key=key, on_click=open_passage, args=(pid, key))
                if st.session_state.get("passage") and st.session_state.get("passage_src") == key:
                    inline_viewer(review)
            shown += 1
    for ei, ev in enumerate(g.evidence[:8]):
        if "passage_id" in ev and "programme" not in ev:
            evidence_row(ev, f"g{gi}_{ei}", review)
            shown += 1
    if not shown:
        st.caption(t_("nothing"))


def _programme_passage(review: Review | None, name: str, page) -> int | None:
    if review is None:
        return None
    cache = st.session_state.setdefault("_prog_src", {})
    key = (review.masterplan.id, name, page)
    if key not in cache:
        with open_store(store_path()) as t:
            cache[key] = t.workspace.programme_passage(review, name, page)
    return cache[key]


def _issue_passage(review: Review, row) -> dict | None:
    cache = st.session_state.setdefault("_issue_src", {})
    key = (review.masterplan.id, row.n)
    if key not in cache:
        with open_store(store_path()) as t:
            cache[key] = t.workspace.issue_passage(review, row)
    return cache[key]


# -- decisions on a gap ----------------------------------------------------------------------------------
def gap_decision(g, gi: int, review: Review) -> None:
    notes = current_notes(review)
    d = notes.gap(gap_key(g)) if notes else None
    opts = [None, *GAP_DECISIONS]
    names = {None: t_("ws_none"), **{k: t_(f"ws_{k}") for k in GAP_DECISIONS}}
    with st.form(f"gapf_{gap_key(g)}", border=False):
        c = st.columns([2, 5, 1], vertical_alignment="bottom")
        choice = c[0].radio(
            t_("ws_decision"),
            opts,
            index=opts.index(d.decision if d else None),
            format_func=names.get,
            key=f"gapd_{gi}",
            horizontal=False,
        )
        note = c[1].text_area(t_("ws_gap_note"), value=d.note if d else "", key=f"gapn_{gi}", height=80, max_chars=4000)
        ok = c[2].form_submit_button(t_("save"))
    if ok:
        try:
            with open_store(store_path()) as t:
                changed = t.workspace.decide_gap(review, g, choice, note, user=user())
            (st.success if changed else st.info)(t_("ws_saved") if changed else t_("ws_unchanged"))
        except TelaahError as e:
            st.error(error_text(e))


# -- the passage viewer ------------------------------------------------------------------------------------
def inline_viewer(review: Review | None) -> None:
    with st.container(border=True):
        with open_store(store_path()) as t:
            passage_viewer(t, review)


def passage_viewer(t: Telaah, review: Review | None = None) -> None:
    """The passage on its original page (boxed), previous/next page, neighbouring passages, the
    original file, the labels and the reviewer's label decisions."""
    pid = st.session_state.get("passage")
    try:
        p = t.passage(pid) if pid else None
    except TelaahError:  # deleted or re-ingested since it was opened
        p = None
    if p is None:
        st.caption(t_("pick_passage"))
        return
    head = st.columns([6, 1])
    doc = t.document_info(p["doc_id"])
    head[0].markdown(
        f"**{t_('viewer')}** · {esc(doc.title)} · {esc(doc.city or '-')} · "
        f"{page_span(p['page_start'], p['page_end'])}  \n{t_('section')}: {esc(p['section_path'] or '-')}"
    )
    head[1].button("✕ " + t_("close"), key=f"close_{pid}", on_click=open_passage, args=(0,))
    labels = t.labels(pid)
    left, right = st.columns([3, 2])
    with left:
        _page_image(t, p, doc)
    with right:
        spans = [
            (tm["start"], tm["end"])
            for k in ("elements", "issues", "dimensions")
            for x in labels[k]
            for tm in (x.get("evidence") or {}).get("terms", [])
        ]
        st.markdown(f"**{t_('ws_shown_passage')}**")
        text, spans = t.workspace.readable(p["text"], spans)
        st.markdown(CSS + highlighted(text, spans), unsafe_allow_html=True)
        with st.expander(t_("ws_neighbours")):
            for nb in t.workspace.neighbours(pid):
                nb_text = t.workspace.readable(nb["text"])[0]
                st.markdown(f"{page_span(nb['page_start'], nb['page_end'])}: {esc(nb_text[:240])}")
        _labels_table(labels)
        label_form(t, pid, labels, review)


def _page_image(t: Telaah, p: dict, doc) -> None:
    page = st.session_state.get("viewer_page") or p["page_start"]
    img = t.workspace.page_image(p["doc_id"], page, p["text"] if page == p["page_start"] else None)
    if img is None:
        pdf = (doc.source_name or "").lower().endswith(".pdf")
        st.caption(t_("ws_no_original") if pdf else t_("ws_text_document"))
        if not pdf:  # a news item or text file: the passage between the passages around it
            around = t.workspace.neighbours(p["id"], n=3)
            for nb in (x for x in around if x["char_start"] < p["char_start"]):
                st.caption(esc(t.workspace.readable(nb["text"])[0][:400]))
            st.markdown(f"**{esc(t.workspace.readable(p['text'])[0][:600])}**")
            for nb in (x for x in around if x["char_start"] > p["char_start"]):
                st.caption(esc(t.workspace.readable(nb["text"])[0][:400]))
        return
    nav = st.columns([1, 1, 1])
    nav[0].button(
        t_("ws_prev_page"), key=f"vp_prev_{p['id']}", disabled=page <= 1, on_click=_set_page, args=(page - 1,)
    )
    nav[1].markdown(f"{t_('ws_page_image')} · {t_('page')} {page}/{img['pages']}")
    nav[2].button(
        t_("ws_next_page"),
        key=f"vp_next_{p['id']}",
        disabled=page >= img["pages"],
        on_click=_set_page,
        args=(page + 1,),
    )
    st.image(img["png"], width="stretch")
    if img.get("box_source") == "ocr":
        st.caption(t_("ws_boxes_ocr"))
    orig = t.workspace.original_bytes(p["doc_id"])
    if orig:
        st.download_button(
            t_("ws_download_original"), orig[1], orig[0], "application/pdf", key=f"orig_{p['id']}", on_click="ignore"
        )


def _set_page(n: int) -> None:
    st.session_state["viewer_page"] = n


def _label_name(kind: str, lid: str) -> str:
    kinds = {"dimension": t_("dimension"), "element": t_("element"), "issue": t_("issue")}
    return f"{kinds[kind]}: {taxonomy().name(kind, lid, lang())}"


def _labels_table(labels: dict) -> None:
    rows = [
        {
            t_("ws_label_col"): _label_name(k[:-1], x["id"]),
            t_("score"): round(x["score"], 2),
            t_("evidence"): ", ".join(sorted({tm["text"] for tm in (x.get("evidence") or {}).get("terms", [])})),
        }
        for k in LABEL_KINDS
        for x in labels[k]
    ]
    st.markdown(f"**{t_('model_labels')}**")
    st.dataframe(rows or [{t_("ws_label_col"): t_("abstain")}], width="stretch", hide_index=True)


def _all_labels() -> list[str]:
    return (
        [f"dimension:{d}" for d in dimensions()]
        + [f"element:{e}" for d in dimensions() for e in elements(d)]
        + [f"issue:{i}" for i in issues()]
    )


def label_form(t: Telaah, pid: int, labels: dict, review: Review | None) -> None:
    """One decision per label: keep / accept / reject for each model label, labels to add, one
    note; the form clears after a save, and saving the same decision again changes nothing."""
    present = [f"{k[:-1]}:{x['id']}" for k in LABEL_KINDS for x in labels[k]]
    acts = {"": t_("ws_label_keep"), "accept": t_("accept"), "reject": t_("reject")}
    st.markdown(f"**{t_('ws_label_decisions')}**")
    with st.form(f"labf_{pid}", clear_on_submit=True):
        picks = {}
        for i, item in enumerate(present):
            kind, _, lid = item.partition(":")
            picks[item] = st.radio(
                _label_name(kind, lid), list(acts), format_func=acts.get, horizontal=True, key=f"lab_{pid}_{i}"
            )
        add = st.multiselect(
            t_("ws_add_labels"),
            [o for o in _all_labels() if o not in present],
            format_func=lambda o: _label_name(*o.split(":", 1)),
            key=f"labadd_{pid}",
            placeholder=t_("ws_choose"),
        )
        note = st.text_area(t_("ws_label_note"), max_chars=2000, key=f"labnote_{pid}")
        ok = st.form_submit_button(t_("save"))
    if not ok:
        return
    decisions = {k: v for k, v in picks.items() if v} | {a: "add" for a in add}
    try:
        n = t.workspace.decide_labels(review, pid, decisions, user=user(), note=note)
        (st.success if n else st.info)(t_("ws_decisions_saved", n=n) if n else t_("ws_unchanged"))
    except TelaahError as e:
        st.error(error_text(e))
    notes = t.workspace.notes(review) if review is not None else None
    mine = [x for x in (notes.labels if notes else []) if x.passage_id == pid]
    if mine:
        st.caption(
            t_(
                "ws_decided",
                d="; ".join(
                    f"{_label_name(x.kind, x.label)} → {t_('ws_' + x.action) if x.action == 'note' else acts.get(x.action, t_('add_label'))}"
                    for x in mine
                ),
            )
        )


# -- the worksheet: feedback, letter, reports ------------------------------------------------------------
def worksheet(r: Review) -> None:
    st.subheader(t_("ws_title"))
    with open_store(store_path()) as t:
        ws = t.workspace
        notes = ws.notes(r)
        c = st.columns([3, 1])
        c[0].caption(
            f"{t_('ws_status')}: **{t_('ws_' + notes.status)}**"
            + (f" · {t_('reviewer')}: {esc(notes.reviewer)}" if notes.reviewer else "")
        )
        nxt = "sent" if notes.status == "draft" else "draft"
        if c[1].button(t_("ws_mark_sent") if nxt == "sent" else t_("ws_mark_draft"), key="ws_status_btn"):
            try:
                ws.set_status(r, nxt, user=user())
                st.rerun()
            except TelaahError as e:
                st.error(error_text(e))
        _feedback_form(ws, r, notes)
        _letter(ws, r, notes)
        _reports(ws, r)
        if notes.audit:
            with st.expander(f"{t_('ws_audit')} ({len(notes.audit)})"):
                st.dataframe(
                    [audit_row(a) for a in reversed(notes.audit)],
                    width="stretch",
                    hide_index=True,
                )


def audit_row(a: dict) -> dict:
    """One change of the worksheet in words: what changed and its new value (no raw ids)."""
    try:
        v = json.loads(a["value"]) if a.get("value") else None
    except (TypeError, ValueError):
        v = a.get("value")
    what, key = a["what"], a.get("key") or ""
    if what == "feedback":
        head = t_("ws_audit_feedback") + ": " + (t_("ws_audit_overall") if key == "overall" else dim_short(key))
        value = v or ""
    elif what == "gap":
        head = t_("ws_audit_gap")
        value = "" if v is None else t_("ws_" + v.get("decision", "none")) + (f": {v['note']}" if v.get("note") else "")
    elif what == "label":
        _, kind, lab = (key.split(":", 2) + ["", ""])[:3]
        head = t_("ws_audit_label") + (
            f": {_label_name(kind, lab)}" if kind in ("dimension", "element", "issue") else ""
        )
        value = (
            "" if v is None else word(NOTES, v.get("action", ""), lang()) + (f": {v['note']}" if v.get("note") else "")
        )
    elif what == "status":
        head, value = t_("ws_status"), t_("ws_" + str(v))
    elif what == "letter":
        head, value = t_("ws_letter"), "" if v is None else t_("ws_audit_chars", n=v)
    else:
        head, value = what, "" if v is None else str(v)
    return {t_("col_at"): a["at"], t_("col_user"): a["user"], t_("ws_what"): head, t_("ws_value"): str(value)[:160]}


def _feedback_form(ws, r: Review, notes) -> None:
    with st.form("ws_feedback"):
        overall = st.text_area(
            t_("ws_overall"), value=notes.overall, height=120, max_chars=20000, key=f"ws_overall_{r.masterplan.id}"
        )
        with st.expander(t_("ws_dim_feedback")):
            dims = {
                d: st.text_area(
                    dim_short(d),
                    value=notes.dimensions.get(d, ""),
                    height=68,
                    max_chars=8000,
                    key=f"ws_dim_{d}_{r.masterplan.id}",
                )
                for d in dimensions()
            }
        ok = st.form_submit_button(t_("ws_save_feedback"))
    if ok:
        try:
            n = ws.set_feedback(r, "overall", overall, user=user())
            n += sum(ws.set_feedback(r, d, v, user=user()) for d, v in dims.items())
            (st.success if n else st.info)(t_("ws_saved") if n else t_("ws_unchanged"))
        except TelaahError as e:
            st.error(error_text(e))


def _letter(ws, r: Review, notes) -> None:
    lg = lang()
    notes = ws.notes(r)  # after this run's saves
    st.markdown(f"**{t_('ws_letter')}**")
    key = f"ws_letter_{r.masterplan.id}_{lg}"
    seen = st.session_state.setdefault("_letter_seen", {})
    # the draft follows the decisions and notes until the reviewer saves an edited letter
    version = notes.audit[-1]["id"] if notes.audit else None
    if key not in st.session_state or (notes.letter is None and seen.get(key) != version):
        st.session_state[key] = ws.letter_text(r, lg)
        seen[key] = version
    text = st.text_area(t_("ws_letter"), key=key, height=360, help=t_("ws_letter_help"), label_visibility="collapsed")
    c = st.columns([2, 3, 2, 2])
    if c[0].button(t_("ws_letter_save"), key="ws_letter_save"):
        try:
            (st.success if ws.save_letter(r, text, user=user()) else st.info)(t_("ws_saved"))
        except TelaahError as e:
            st.error(error_text(e))
    if c[1].button(t_("ws_letter_reset"), key="ws_letter_reset"):
        st.session_state[key] = ws.letter_text(r, lg, fresh=True)
        st.rerun()
    base = "".join(ch if ch.isalnum() else "-" for ch in r.city.lower())
    name = {"id": "surat-umpan-balik", "en": "feedback-letter"}.get(lg, "surat")
    # built now (about 0.1 s each) from the text on screen, so the file is what the reviewer reads
    c[2].download_button(
        t_("ws_letter_docx"),
        _letter_bytes(ws, r, "docx", lg, text),
        f"{name}-{base}.docx",
        DOCX,
        key="ws_letter_docx",
        on_click="ignore",
    )
    c[3].download_button(
        t_("ws_letter_pdf"),
        _letter_bytes(ws, r, "pdf", lg, text),
        f"{name}-{base}.pdf",
        "application/pdf",
        key="ws_letter_pdf",
        on_click="ignore",
    )


def _letter_bytes(ws, r: Review, fmt: str, lg: str, text: str) -> bytes:
    """The letter file for the text on screen, built once per text (a rerun reuses it)."""
    cache = st.session_state.setdefault("_letter_files", {})
    key = (r.masterplan.id, fmt, lg, hash(text))
    if key not in cache:
        if len(cache) > 8:
            cache.clear()
        cache[key] = ws.letter(r, fmt, lg, text)
    return cache[key]


def _reports(ws, r: Review) -> None:
    st.markdown(f"**{t_('report')}**")
    lg = lang()
    base = "telaah-" + "".join(ch if ch.isalnum() else "-" for ch in r.city.lower())
    for col, (label, fmt, mime) in zip(st.columns(len(REPORTS)), REPORTS):
        col.download_button(
            label, _report_builder(r, fmt, lg), f"{base}.{fmt}", mime, key=f"report_{fmt}", on_click="ignore"
        )


def _report_builder(r: Review, fmt: str, lg: str):
    def build() -> bytes:
        with open_store(store_path()) as t:
            return t.workspace.report(r, fmt, lg)

    return build


# -- draft to draft --------------------------------------------------------------------------------------
def versions(t: Telaah, r: Review, review_for) -> None:
    """When the city has an earlier masterplan: what the revision changed."""
    docs = t.workspace.versions(r.city)
    older = [d for d in docs if d.id != r.masterplan.id and (d.ingested_at or "") <= _ingested(docs, r)]
    if not older:
        return
    prev = older[-1]
    old = review_for(prev.id)
    diff = t.workspace.diff(old, r)
    lg = lang()
    st.subheader(t_("ws_versions"))
    st.caption(
        f"{t_('ws_prev_version')}: {esc(prev.title)} ({esc(prev.source_name)}) · {t_('completeness')} "
        f"{round(100 * diff.completeness[0])}% → {round(100 * diff.completeness[1])}%"
    )
    c = st.columns(4)
    c[0].metric(t_("ws_closed"), len(diff.gaps_closed))
    c[1].metric(t_("ws_new"), len(diff.gaps_new))
    c[2].metric(t_("ws_answered"), len(diff.issues_answered))
    c[3].metric(t_("ws_prog_added"), len(diff.programmes_added))

    def msg(g):
        return g["message_en"] if lg == "en" and g.get("message_en") else g["message"]

    cols = st.columns(2)
    with cols[0]:
        st.markdown(f"**{t_('ws_closed')}**")
        for g in diff.gaps_closed:
            st.markdown(f"- {t_(g['severity'])}: {esc(msg(g))}")
        if not diff.gaps_closed:
            st.caption(t_("nothing"))
        st.markdown(f"**{t_('ws_answered')}**")
        for x in diff.issues_answered:
            st.markdown(f"- {esc(x)}")
        if not diff.issues_answered:
            st.caption(t_("nothing"))
        st.markdown(f"**{t_('ws_notes_addressed')}**")
        for n in diff.notes_addressed:
            st.markdown(f"- {esc(msg(n))}" + (f" — {esc(n['note'])}" if n["note"] else ""))
        if not diff.notes_addressed:
            st.caption(t_("nothing"))
    with cols[1]:
        st.markdown(f"**{t_('ws_new')}**")
        for g in diff.gaps_new:
            st.markdown(f"- {t_(g['severity'])}: {esc(msg(g))}")
        if not diff.gaps_new:
            st.caption(t_("nothing"))
        st.markdown(f"**{t_('ws_prog_added')}** ({len(diff.programmes_added)})")
        st.markdown("\n".join(f"- {esc(x)}" for x in diff.programmes_added[:15]) or t_("nothing"))
        if diff.programmes_removed:
            st.markdown(f"**{t_('ws_prog_removed')}**")
            st.markdown("\n".join(f"- {esc(x)}" for x in diff.programmes_removed[:15]))


def _ingested(docs, r: Review) -> str:
    return next((d.ingested_at or "" for d in docs if d.id == r.masterplan.id), "")
