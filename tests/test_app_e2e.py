"""End to end: start the app on the sample corpus, drive it in headless Chromium (Debian's
chromium through Playwright), upload a file, run a search, open a review, save screenshots
(tests/.cache/screenshots, and docs/ when TELAAH_SCREENSHOTS_TO_DOCS=1)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CACHE, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (make test installs it)")
SHOTS = CACHE / "screenshots"
SERVER_LOG = CACHE / "e2e-streamlit.log"
# no file watcher: a source file saved while the tests run would put up "Source file changed", and
# the status widget that wait_idle waits on would never go away
SERVER_ARGS = ["--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(corpus_store, tmp_path_factory):
    store = tmp_path_factory.mktemp("e2e") / "store"
    shutil.copytree(corpus_store, store)
    port = _free_port()
    env = dict(os.environ, TELAAH_STORE=str(store))
    CACHE.mkdir(parents=True, exist_ok=True)
    log = open(SERVER_LOG, "wb")  # a file, not a pipe nobody reads while the tests run (it could fill and block)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port), *SERVER_ARGS],
        cwd=str(ROOT),
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    import urllib.request

    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except Exception:
            time.sleep(0.5)
    else:
        proc.kill()
        log.close()
        pytest.fail("the app did not start: " + SERVER_LOG.read_text(errors="replace")[-2000:])
    yield url
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:  # a loaded machine: the server is stopped either way
        proc.kill()
        proc.wait(10)
    log.close()


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.set_default_timeout(90_000)
        pg.goto(app_url)
        pg.get_by_role("heading", name="Pustaka dokumen").wait_for()  # the page, not only its link
        wait_idle(pg)
        yield pg
        browser.close()


def shot(pg, name: str) -> Path:
    """The window (NAME.png, copied to docs/ on request) and the whole page (NAME-full.png:
    Streamlit scrolls inside its main block, so the window is made as tall as the page)."""
    p = SHOTS / f"{name}.png"
    pg.screenshot(path=str(p), full_page=True)
    if os.environ.get("TELAAH_SCREENSHOTS_TO_DOCS") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(p, ROOT / "docs" / p.name)
    size = pg.viewport_size
    height = pg.evaluate("() => document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 0")
    pg.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 8000)})
    pg.wait_for_timeout(800)  # charts re-lay out
    pg.screenshot(path=str(SHOTS / f"{name}-full.png"))
    pg.set_viewport_size(size)
    return p


def wait_idle(pg) -> None:
    """Until Streamlit has finished the script run (its status widget disappears)."""
    pg.wait_for_timeout(500)
    pg.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000)


def sidebar(pg, label: str) -> None:
    pg.locator("[data-testid='stSidebar']").get_by_text(label, exact=True).click()
    wait_idle(pg)


def test_library_upload(page, tmp_path):
    f = tmp_path / "berita_uji_e2e.html"
    f.write_text(
        "<html><body><h1>Pemkot Kota Uji Coba Luncurkan Aplikasi Antrean Puskesmas</h1>"
        "<p>UJI COBA – Pemerintah Kota Uji Coba meluncurkan aplikasi antrean puskesmas daring, "
        "Senin (6/3/2023). Warga kini dapat mengambil nomor antrean dari rumah.</p>"
        "<p>Baca Juga : Berita lain</p></body></html>",
        encoding="utf-8",
    )
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    page.locator("input[type=file]").set_input_files([str(f), str(bad)])
    page.get_by_role("button", name="Proses dokumen").click()
    page.get_by_text("berita_uji_e2e.html: added").wait_for(timeout=180_000)
    page.get_by_text("rusak.pdf: failed").wait_for()
    wait_idle(page)
    shot(page, "library")
    assert page.get_by_text("Gagal diproses").count() >= 1


def test_search_and_open_passage(page):
    sidebar(page, "Cari")
    box = page.get_by_label("Kata kunci atau pertanyaan (Indonesia atau Inggris)")
    box.fill("layanan panggilan darurat 112")
    box.press("Enter")
    page.locator("mark").first.wait_for()  # results with the query terms highlighted
    wait_idle(page)
    assert page.get_by_text("hasil").count() >= 1
    page.get_by_role("button", name="Buka").first.click()
    wait_idle(page)
    page.get_by_text("Label dari model").wait_for()
    shot(page, "search")


def test_review_page_shows_gaps_and_alignment(page):
    close = page.get_by_role("button", name="✕ Tutup")
    if close.count():
        close.first.click()
        wait_idle(page)
    sidebar(page, "Telaah kota")
    page.locator("[data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="Kabupaten Gunung Arum").click()
    wait_idle(page)
    page.get_by_text("Keselarasan dengan isu strategis RPJMD").first.wait_for()
    page.get_by_text("tidak dijawab oleh masterplan").first.wait_for()
    page.get_by_role("button", name="PDF").wait_for()  # the end of the page
    wait_idle(page)
    shot(page, "review")
    assert page.get_by_text("Daftar celah").count() == 1
    assert page.get_by_role("button", name="PDF").count() == 1
    with page.expect_download() as download:  # the report is built when it is asked for
        page.get_by_role("button", name="HTML").click()
    assert download.value.suggested_filename == "telaah-kabupaten-gunung-arum.html"
    assert "Gunung Arum" in Path(download.value.path()).read_text(encoding="utf-8")


SAMPLE_CITIES = ["Kabupaten Gunung Arum", "Kabupaten Lembah Sari", "Kota Nusa Permai", "Kota Tanjung Seruni"]


def grid_column(frame, col: int) -> list[str]:
    """The texts of one column of an st.dataframe (glide grid cells are `glide-cell-COL-ROW`)."""
    return frame.locator(f"[data-testid^='glide-cell-{col}-']").all_inner_texts()


def test_compare_page(page):
    sidebar(page, "Bandingkan")
    page.get_by_text("Program serupa di semua kota").wait_for()
    frames = page.locator("[data-testid='stDataFrame']")
    frames.first.locator("[data-testid='glide-cell-0-3']").wait_for(state="attached")  # the grid's a11y table
    assert grid_column(frames.first, 0) == SAMPLE_CITIES  # the four sample cities side by side
    chart = page.locator("[data-testid='stVegaLiteChart']")
    chart.locator("canvas, svg").first.wait_for()
    assert chart.count() == 1 and chart.first.bounding_box()["height"] > 200
    before = frames.count()  # cities (+ the news timeline)
    box = page.get_by_label("Cari program (mis. e-KTP, air bersih)")
    box.fill("air bersih")
    box.press("Enter")
    frames.nth(before).wait_for()
    wait_idle(page)
    names = grid_column(frames.nth(1), 1)  # the similar programmes, best first
    assert names and "air bersih" in names[0].lower(), names
    assert set(grid_column(frames.nth(1), 0)) <= set(SAMPLE_CITIES)
    shot(page, "compare")


def test_language_switch_keeps_the_page(page):
    sidebar(page, "English")
    page.get_by_role("heading", name="Compare").wait_for()  # same page, now in English
    assert page.url.endswith("/compare")
    assert page.get_by_text("Similar programmes in every city").count() == 1
    assert page.get_by_label("Find programmes (e.g. e-KTP, clean water)").input_value() == "air bersih"
    shot(page, "compare-en")
    sidebar(page, "Indonesia")
    page.get_by_role("heading", name="Bandingkan").wait_for()
