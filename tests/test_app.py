"""The app's pages with Streamlit's AppTest (each page's logic, no browser), untrusted text
escaped, and the reviewer audit trail behind the passage viewer."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_cli


def app(monkeypatch, store, **state):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TELAAH_STORE", str(store))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    for k, v in state.items():
        at.session_state[k] = v
    return at.run()


def test_library_page_lists_documents_and_escapes_text(tmp_path, monkeypatch):
    store = tmp_path / "store"
    evil = tmp_path / "berita.html"
    evil.write_text(
        "<html><body><h1>Judul &lt;script&gt;alert(1)&lt;/script&gt; Kota Contoh</h1>"
        "<p>TEGAL – Pemkot Tegal meluncurkan layanan, Senin (6/6/2022). " * 3 + "</p></body></html>",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(evil), "--store", str(store), "--no-progress").returncode == 0
    at = app(monkeypatch, store, page="library")
    assert not at.exception
    assert any("Pustaka dokumen" in h.value for h in at.header)
    assert at.dataframe and len(at.dataframe[0].value) == 1
    assert all("<script>" not in m.value for m in at.markdown)


def test_review_page(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store, page="review", rev_city="Kabupaten Gunung Arum")
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Program"] == "34" and metrics["Isu RPJMD dijawab"] == "6/8"
    assert metrics["Celah (berat)"] == "2"
    labels = [e.label for e in at.expander]
    assert sum("tidak dijawab oleh masterplan" in x for x in labels) == 2
    assert any(h.value.startswith("Keselarasan") for h in at.subheader)
    # English switch
    at = app(monkeypatch, corpus_store, page="review", rev_city="Kabupaten Lembah Sari", lang="en")
    assert not at.exception
    assert any("Dimension Smart Branding is not addressed" in x.label for x in at.expander)


def test_search_page_highlights_and_viewer(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store, page="search", q="bank sampah digital")
    assert not at.exception, at.exception
    html_blocks = [m.value for m in at.markdown if "tl-passage" in m.value]
    assert html_blocks and any("<mark>" in b for b in html_blocks)
    assert any("hasil" in c.value for c in at.caption)
    # a result opened in the viewer shows its labels
    from index.store import Store

    with Store(corpus_store) as st:
        pid = st.conn.execute("SELECT id FROM passages WHERE text LIKE '%Bank Sampah Digital%' LIMIT 1").fetchone()[0]
    at = app(monkeypatch, corpus_store, page="search", q="bank sampah digital", passage=pid)
    assert not at.exception
    assert any(m.value == "**Label dari model**" for m in at.markdown)


def test_compare_page(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store, page="compare", cmp_q="air bersih")
    assert not at.exception, at.exception
    tables = [d.value for d in at.dataframe]
    # the four sample cities side by side, one column each, their figures read down
    assert list(tables[0].columns)[1:] == [
        "Kabupaten Gunung Arum",
        "Kabupaten Lembah Sari",
        "Kota Nusa Permai",
        "Kota Tanjung Seruni",
    ]
    rows = tables[0].set_index("Ukuran")
    # the rubric score per dimension shows real differences: Tanjung Seruni's 30 programmes lack
    # target, year and budget, so each of its dimensions scores below the other plans'
    dims = [i for i in rows.index if i.startswith("Dimensi ")]
    assert len(dims) == 6
    seruni = [int(rows.loc[d, "Kota Tanjung Seruni"]) for d in dims]
    arum = [int(rows.loc[d, "Kabupaten Gunung Arum"]) for d in dims]
    assert all(s < a for s, a in zip(seruni, arum)), (seruni, arum)
    assert rows.loc["Program lengkap", "Kota Tanjung Seruni"] == "0%"
    # the dimension scores and the headline figures as bars, then the news score trend
    assert len(at.get("vega_lite_chart")) >= 3
    assert any("Program serupa" in h.value for h in at.subheader)
    similar = tables[1]
    assert "air bersih" in similar["Nama"].iloc[0].lower()


def test_language_switch_keeps_the_page_and_its_state(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store, page="review")
    at.selectbox(key="rev_city").set_value("Kabupaten Lembah Sari").run()
    assert [h.value for h in at.header] == ["Telaah kota"]
    at.radio(key="lang").set_value("en").run()
    assert not at.exception, at.exception
    assert [h.value for h in at.header] == ["City review"]
    assert at.selectbox(key="rev_city").value == "Kabupaten Lembah Sari"
    assert any("Dimension Smart Branding is not addressed" in x.label for x in at.expander)


def test_reports_are_built_only_when_asked(corpus_store, monkeypatch):
    from service import Telaah
    from service.workspace import WorkspaceService

    built = []
    monkeypatch.setattr(Telaah, "report", staticmethod(lambda *a, **k: built.append(a) or b""))
    monkeypatch.setattr(WorkspaceService, "report", lambda *a, **k: built.append(a) or b"")
    at = app(monkeypatch, corpus_store, page="review", rev_city="Kabupaten Gunung Arum")
    at.run()  # a rerun builds nothing either
    assert not at.exception, at.exception
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["Unduh surat (DOCX)", "Unduh surat (PDF)", "HTML", "PDF", "XLSX"]
    assert all(b.proto.deferred_file_id and not b.proto.url for b in buttons[2:])  # reports built on click
    assert built == []


def test_decimal_upload_limit_and_empty_store(tmp_path, monkeypatch):
    monkeypatch.setenv("TELAAH_MAX_FILE_MB", "1.5")
    at = app(monkeypatch, tmp_path / "empty", page="library")
    assert not at.exception, at.exception
    assert any("Belum ada dokumen" in x.value for x in at.info)
    for page in ("home", "review", "search", "compare"):
        at = app(monkeypatch, tmp_path / "empty", page=page)
        assert not at.exception, (page, at.exception)


def test_app_calls_only_the_service_layer():
    import ast

    for f in [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]:
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module.split(".")[0] not in ("index", "review", "nlp", "ingest"), (f.name, node.module)
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] not in ("index", "review", "nlp", "ingest") for a in node.names)
            assert not (isinstance(node, ast.Attribute) and node.attr == "conn"), f.name


def test_reviewer_decisions_are_an_audit_trail_and_export(corpus_store, tmp_path):
    import shutil

    from index.store import Store
    from ingest.errors import StoreError

    store = tmp_path / "s"
    shutil.copytree(corpus_store, store)
    with Store(store) as st:
        (pid,) = st.conn.execute(
            "SELECT passage_id FROM passage_labels WHERE label = 'living.health' LIMIT 1"
        ).fetchone()
        st.add_review(pid, action="accept", user="Budi (Kominfo)", kind="element", label="living.health")
        st.add_review(pid, action="reject", user="Budi (Kominfo)", kind="issue", label="health")
        st.add_review(
            pid, action="add", user="Sari", kind="element", label="society.community", comment="kader posyandu"
        )
        st.add_review(pid, action="add", user="Sari", kind="issue", label="social_welfare")
        with pytest.raises(StoreError):
            st.add_review(pid, action="accept", user="", kind="element", label="living.health")
        revs = st.reviews(passage_id=pid)
        assert [r["action"] for r in revs] == ["accept", "reject", "add", "add"] and all(r["at"] for r in revs)
        (row,) = st.corrected_labels()
        assert "living.health" in row["elements"] and "society.community" in row["elements"]
        assert "health" not in row["issues"] and "social_welfare" in row["issues"]
        assert set(row["dimensions"]) >= {"living", "society"}
        json.dumps(row)  # a training row as in models/labelled


def test_home_page_says_what_telaah_does_and_leads_on(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store)
    assert not at.exception, at.exception
    assert [h.value for h in at.header] == ["Beranda"]
    assert any("4 masterplan dari 4 daerah" in x.value for x in at.info)
    at.selectbox(key="home_city").set_value("Kota Nusa Permai")
    at.button(key="home_go").click().run()
    at.run()
    assert not at.exception, at.exception
    assert [h.value for h in at.header] == ["Telaah kota"] and at.selectbox(key="rev_city").value == "Kota Nusa Permai"


def test_review_workspace_decisions_and_letter(corpus_store, tmp_path, monkeypatch):
    """The reviewer's job in the review page: open the RPJMD passage of an ignored issue (its page
    image), disagree with the gap (the name asked for first, in Indonesian; a second save changes
    nothing), accept a label with a note, write overall feedback; the letter draft follows."""
    import shutil

    store = tmp_path / "store"
    shutil.copytree(corpus_store, store)
    at = app(monkeypatch, store, page="review", rev_city="Kabupaten Gunung Arum")
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Keselarasan RPJMD"].endswith("%") and metrics["Kelengkapan"] == "98%"
    at.button(key="g0_src").click().run()  # the RPJMD passage stating the first ignored issue
    assert not at.exception, at.exception
    assert len(at.get("image")) == 1  # the original page
    assert any("Penampil petikan" in m.value for m in at.markdown)
    at.radio(key="gapd_0").set_value("disagree")
    at.text_area(key="gapn_0").set_value("Isu ini dijawab di bab 4.")
    next(b for b in at.button if b.key and "gapf" in b.key).click().run()
    assert [e.value for e in at.error] == ["Isi nama penelaah dulu (di kolom Nama penelaah)."]
    at.sidebar.text_input(key="ws_user_field").set_value("Rina").run()
    at.radio(key="gapd_0").set_value("disagree")
    at.text_area(key="gapn_0").set_value("Isu ini dijawab di bab 4.")
    next(b for b in at.button if b.key and "gapf" in b.key).click().run()
    assert [s.value for s in at.success] == ["Tersimpan."]
    next(b for b in at.button if b.key and "gapf" in b.key).click().run()
    assert [s.value for s in at.info] == ["Tidak ada perubahan: keputusan ini sudah tersimpan."]
    radio = next(r for r in at.radio if r.key and r.key.startswith("lab_"))
    assert ":" in radio.label and "dimension:" not in radio.label  # a human label, not its id
    radio.set_value("accept")
    next(x for x in at.text_area if x.key and x.key.startswith("labnote_")).set_value("Label tepat")
    next(b for b in at.button if b.key and "labf" in b.key).click().run()
    assert [s.value for s in at.success] == ["1 keputusan tersimpan."]
    next(x for x in at.text_area if x.key and x.key.startswith("ws_overall_")).set_value("Mohon lengkapi anggaran.")
    next(b for b in at.button if b.key and "ws_feedback" in b.key).click().run()
    assert not at.exception, at.exception
    letter = next(x for x in at.text_area if x.key and x.key.startswith("ws_letter_")).value
    assert "Mohon lengkapi anggaran." in letter and "Isu ini dijawab di bab 4." not in letter
    # another city closes the viewer
    at.selectbox(key="rev_city").set_value("Kota Nusa Permai").run()
    assert not at.exception and not any("Penampil petikan" in m.value for m in at.markdown)


def test_programme_gaps_list_each_programme_once_with_an_open_button(corpus_store, monkeypatch):
    at = app(monkeypatch, corpus_store, page="review", rev_city="Kota Tanjung Seruni")
    assert not at.exception, at.exception
    cards = [e.label for e in at.expander if "Program yang datanya belum lengkap" in e.label]
    assert cards == [":red[■] berat · Program yang datanya belum lengkap (25)"]
    rows = [m.value for m in at.markdown if "— belum ada" in m.value]
    assert len(rows) == len(set(rows)) == 25 and all("year" not in x and "budget" not in x for x in rows)
    at.button(key="gp_p0").click().run()  # its passage on the original page
    assert not at.exception, at.exception
    assert len(at.get("image")) == 1


def _screen_text(at) -> list[str]:
    """Every word the page puts on screen that AppTest can read: table headers and cells, text,
    captions, expander and metric labels."""
    out = []
    for df in at.dataframe:
        v = df.value
        out += [str(c) for c in v.columns]
        out += [str(x) for col in v.columns for x in v[col].tolist()]
    out += [m.value for m in (*at.markdown, *at.caption, *at.subheader, *at.header)]
    out += [e.label for e in at.expander] + [m.label for m in at.metric]
    return out


@pytest.mark.parametrize(
    "page,lang,state",
    [
        ("review", "id", {"rev_city": "Kabupaten Gunung Arum"}),
        ("review", "en", {"rev_city": "Kabupaten Tanjung Seruni"}),
        ("compare", "id", {"tl_city": "Kabupaten Gunung Arum"}),
        ("compare", "en", {"tl_city": "Kabupaten Lembah Sari"}),
        ("library", "id", {}),
        ("search", "en", {"q": "air bersih"}),
    ],
)
def test_pages_show_no_raw_ids_and_one_language(corpus_store, monkeypatch, page, lang, state):
    """What a reviewer reads: taxonomy ids (governance.service, clean_water), field, kind, status,
    event-type and precision ids, "None", bilingual "x / y" headers, are never on screen; the
    Indonesian screen has none of the English words the app used to leak."""
    import re

    from service import DIMENSIONS, ELEMENTS, ISSUES

    at = app(monkeypatch, corpus_store, page=page, lang=lang, **state)
    assert not at.exception, at.exception
    text = _screen_text(at)
    assert at.dataframe or page == "search", "the page shows its tables"
    ids = {e for els in ELEMENTS.values() for e in els} | {i for i in ISSUES if "_" in i}
    raw = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")(?![\w/-])")
    cells = {"None", "nan", "ingested", "needs_ocr", "not_addressed", "dimension", "day", "mou", "bintek"}
    for s in text:
        assert not raw.search(s), f"raw taxonomy id on the {page} page ({lang}): {s[:120]}"
        assert s not in cells and s not in DIMENSIONS, f"raw value on the {page} page ({lang}): {s}"
        assert not re.search(r"\b(dimension|element|issue):[a-z_.]+", s), s
    headers = [str(c) for df in at.dataframe for c in df.value.columns]
    assert not [h for h in headers if " / " in h], headers
    if lang == "id":
        english = re.compile(r"\b(passage|passages|title|date|score|type|precision|pillar|rank|news)\b", re.I)
        leaks = [s for s in headers + [e.label for e in at.expander] if english.search(s)]
        assert not leaks, leaks


def test_escaped_text_keeps_quotes_readable():
    """Untrusted text for st.markdown: markup and Markdown are neutralised, quotes and apostrophes
    stay readable (an "&#x27;" entity whose "#" got escaped showed raw on real RPJMD evidence)."""
    from ui.common import esc

    out = esc("Indikator 'Indeks Modal Manusia' dan \"IPM\" <b>tebal</b> **x** [tautan](http://a)")
    assert "&#x27;" not in out and "&quot;" not in out and "'Indeks Modal Manusia'" in out
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "\\*\\*x\\*\\*" in out and "\\[tautan\\]" in out


def test_every_word_the_app_asks_for_exists_in_both_languages():
    """Each literal key of `t_("...")` in the app's pages has its word in Indonesian and English (a
    missing key would show raw on screen: "quick_win_note" did, under the programme table)."""
    import re
    from pathlib import Path

    from core.words import UI

    root = Path(__file__).resolve().parent.parent
    keys = set()
    for f in [root / "app.py", *sorted((root / "ui").glob("*.py"))]:
        keys |= set(re.findall(r"""\bt_\(\s*["']([A-Za-z0-9_]+)["']\s*[,)]""", f.read_text(encoding="utf-8")))
    assert len(keys) > 50
    missing = {lg: sorted(k for k in keys if k not in UI[lg]) for lg in ("id", "en")}
    assert missing == {"id": [], "en": []}, missing
