"""Pustaka (library): upload with size and type checks, progress and per-file errors; the stored
documents with their status, passages and delete; the files that failed."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from core.config import KINDS, max_file_mb
from core.words import DOC_STATUS, word
from service import Telaah

from .common import esc, kind_word, lang, open_store, page_span, store_path, t_

UPLOAD_TYPES = ["pdf", "txt", "md", "html", "htm"]


def render() -> None:
    st.header(t_("library"))
    path = store_path()
    mb = max_file_mb()
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            t_("upload"), type=UPLOAD_TYPES, accept_multiple_files=True, help=t_("upload_help", mb=f"{mb:g}")
        )
        c1, c2 = st.columns(2)
        city = c1.text_input(t_("city_opt"))
        kind = c2.selectbox(t_("kind_opt"), [t_("detect")] + list(KINDS), format_func=kind_word)
        go = st.form_submit_button(t_("ingest"), type="primary")
    with open_store(path) as t:
        if go and files:
            ingest_uploads(t, files, city.strip() or None, None if kind == t_("detect") else kind, mb)
        documents(t)
        failures(t)


def ingest_uploads(t: Telaah, files, city: str | None, kind: str | None, mb: float) -> None:
    """Check and ingest each upload (the service stores it under a sanitised name, never the
    user's path), then update the indexes once; one line per file."""
    bar = st.progress(0.0, text=t_("ingesting"))
    results = []
    for i, f in enumerate(files):
        name = Path(f.name).name
        problem = upload_problem(name, f.size, mb)
        if problem:
            results.append((name, "failed", problem))
            continue
        r = t.ingest_upload(bytes(f.getbuffer()), name, city=city, kind=kind, max_mb=mb)
        results.append(
            (
                name,
                r.status,
                r.reason
                if r.status == "failed"
                else f"{r.doc_id} · {kind_word(r.kind)} · {r.city or '-'} · {r.pages} {t_('page')} · "
                f"{r.passages} {t_('passage_unit')}",
            )
        )
        bar.progress((i + 1) / len(files), text=f"{t_('ingesting')}: {name}")
    if any(s not in ("failed", "skipped") for _, s, _ in results):
        bar.progress(1.0, text=t_("indexing"))
        t.update_indexes(progress=False)
    bar.empty()
    for name, status, msg in results:
        (st.error if status == "failed" else st.success)(f"{name}: {word(DOC_STATUS, status, lang())} — {msg}")
    st.cache_data.clear()


def upload_problem(name: str, size: int, mb: float) -> str | None:
    """Why an upload is refused before it is read (type, size), or None."""
    if Path(name).suffix.lower().lstrip(".") not in UPLOAD_TYPES:
        return t_("type_bad")
    if size > mb * 1024 * 1024:
        return f"{t_('too_big')} ({size / 1048576:.0f} MB > {mb:g} MB)"
    return None


def documents(t: Telaah) -> None:
    docs = t.documents()
    if not docs:
        st.info(t_("none"))
        return
    everything = t_("all")
    cities = sorted({d.city for d in docs if d.city})
    c1, c2 = st.columns(2)
    fc = c1.selectbox(t_("city"), [everything] + cities, key="lib_city")
    fk = c2.selectbox(t_("kind"), [everything] + list(KINDS), key="lib_kind", format_func=kind_word)
    rows = [d for d in docs if fc in (everything, d.city) and fk in (everything, d.kind)]
    st.subheader(f"{t_('docs')} ({len(rows)})")
    st.dataframe(
        [
            {
                t_("col_title"): d.title,
                t_("kind"): kind_word(d.kind),
                t_("city"): d.city,
                t_("status"): word(DOC_STATUS, d.status, lang()),
                t_("year"): _text(d.year),
                t_("page"): d.pages,
                t_("passages"): d.passages,
                t_("col_note"): d.message,
                t_("col_id"): d.id,
            }
            for d in rows
        ],
        width="stretch",
        hide_index=True,
        column_config={
            t_("col_title"): st.column_config.TextColumn(width=300),
            t_("city"): st.column_config.TextColumn(width=170),
        },
    )
    if rows:
        document_detail(t, rows)


def document_detail(t: Telaah, rows: list) -> None:
    """The picked document: its note, its passages by section (first 300), delete."""
    titles = {d.id: f"{d.title[:90]} ({d.id})" for d in rows}
    pick = st.selectbox(t_("docs"), list(titles), key="lib_doc", format_func=titles.get)
    doc = next(d for d in rows if d.id == pick)
    if doc.message:
        st.warning(doc.message)
    with st.expander(f"{t_('passages')}: {doc.passages}"):
        current = None
        for p in t.document(pick, tables=False).passages[:300]:
            if p.section_path != current:
                current = p.section_path
                st.markdown(f"**{esc(current or '-')}**")
            table = f" · {t_('table_passage')}" if p.kind == "table" else ""
            st.caption(f"#{p.ordinal} · {page_span(p.page_start, p.page_end)}{table}")
            st.text(p.text)
    with st.expander(t_("delete")):
        if st.button(t_("delete_confirm"), key=f"del_{pick}"):
            t.delete(pick)
            st.success(f"{t_('deleted')}: {pick}")
            st.cache_data.clear()
            st.rerun()


def _text(v) -> str | None:
    """A column of mixed years ("2021-2025", 2023) as text, so that it shows as one type."""
    return None if v is None else str(v)


def failures(t: Telaah) -> None:
    fails = t.failures()
    if fails:
        with st.expander(f"{t_('failed')} ({len(fails)})", expanded=True):
            st.dataframe(
                [
                    {t_("col_file"): f.source_name, t_("col_reason"): f.reason, t_("col_at"): f.attempted_at}
                    for f in fails
                ],
                width="stretch",
                hide_index=True,
            )
