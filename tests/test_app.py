"""The app's library page renders the store (Streamlit AppTest) and escapes document text."""
from __future__ import annotations

from conftest import ROOT, run_cli


def test_library_page_lists_documents(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    store = tmp_path / "store"
    evil = tmp_path / "berita.html"
    evil.write_text("<html><body><h1>Judul &lt;script&gt;alert(1)&lt;/script&gt; Kota Contoh</h1>"
                    "<p>TEGAL – Pemkot Tegal meluncurkan layanan, Senin (6/6/2022). " * 3 + "</p></body></html>",
                    encoding="utf-8")
    assert run_cli("ingest", str(evil), "--store", str(store), "--no-progress").returncode == 0
    monkeypatch.setenv("TELAAH_STORE", str(store))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert any("Pustaka dokumen" in h.value for h in at.header)
    assert at.dataframe and len(at.dataframe[0].value) == 1
    # untrusted text is never rendered as HTML
    assert all("<script>" not in m.value for m in at.markdown)
