"""News pages and other text sources: boilerplate removal, headline, dateline, dates, encodings."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import needs_realdata

from ingest import IngestError, parse_file
from ingest.text import decode_bytes, find_dates

NEWS_HTML = """<!DOCTYPE html><html><head><title>Bintek Smart City Tahap II Digelar - Portal Kota Tegal</title>
<meta property="article:published_time" content="2022-06-23T10:00:00+07:00"></head>
<body><nav class="menu"><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
<div class="ads">banner 468x60</div>
<h1>Kota Tegal Ikuti Bintek Tahap II Gerakan Menuju Smart City</h1>
<div class="entry-content">
<p>TEGAL – Pemerintah Kota Tegal mengikuti bimbingan teknis (bintek) tahap II Gerakan Menuju 100 Smart City
yang digelar Kementerian Kominfo, Selasa (21/6/2022). Seluruh kepala OPD hadir di ruang rapat Bappeda.</p>
<p>banner 468x60</p>
<p>Baca Juga : Wali Kota Tegal Resmikan Mal Pelayanan Publik</p>
<p>Sebelumnya, pada Kamis (2/6) lalu, tim Diskominfo menyusun dokumen analisis strategis bersama tenaga ahli.</p>
<p>Sumber : Diskominfo Kota Tegal<br>Penulis : Andi<br>Editor : Budi</p>
<div class="share-buttons">Bagikan: Facebook Twitter WhatsApp</div>
</div>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<p>Comment *</p><p>Name *</p></div>
<footer>Copyright © 2022 Pemkot Tegal</footer></body></html>"""

NEWS_TXT = """Tim Pelaksana Smart City Kabupaten Banyuwangi Rapat Evaluasi

banner 468x60

KANIGARAN - Tim Pelaksana Smart City menggelar rapat evaluasi implementasi quick win, Senin (6/6/2022). Rapat dipimpin Sekretaris Daerah.

Baca Juga : Festival Kopi Digelar Akhir Pekan Ini

Menurut Kepala Dinas Kominfo, nilai evaluasi tahun lalu mencapai 3,44 dan ditargetkan naik pada Jumat (17/6) saat evaluasi tahap I.

Bagikan

Penulis : Sari
Editor : Dwi
Foto : Humas

Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_html_news_boilerplate_headline_dateline_dates(tmp_path):
    p = tmp_path / "berita-bintek.html"
    p.write_text(NEWS_HTML, encoding="utf-8")
    d = parse_file(p)
    assert d.kind == "news"
    assert d.title == "Kota Tegal Ikuti Bintek Tahap II Gerakan Menuju Smart City"
    for junk in (
        "banner",
        "Baca Juga",
        "Bagikan",
        "Leave a Reply",
        "email address",
        "Penulis",
        "Editor",
        "Copyright",
        "Beranda",
        "Comment",
    ):
        assert junk.lower() not in d.text.lower(), junk
    assert "bimbingan teknis" in d.text and "analisis strategis" in d.text
    assert d.meta["dateline"] == "Tegal"
    assert d.meta["byline"]["penulis"] == "Andi" and d.meta["byline"]["sumber"].startswith("Diskominfo")
    dates = {x["text"]: x["date"] for x in d.meta["dates"]}
    assert dates["Selasa (21/6/2022)"] == "2022-06-21"
    assert dates["Kamis (2/6)"] == "2022-06-02"  # year from the publication date; 2 June 2022 was a Thursday
    assert d.year_start == 2022
    assert d.city == "Kota Tegal"
    assert d.passages and all("banner" not in p.text for p in d.passages)


def test_txt_news_without_markup(tmp_path):
    p = tmp_path / "rapat.txt"
    p.write_text(NEWS_TXT, encoding="utf-8")
    d = parse_file(p)
    assert d.kind == "news"
    assert d.meta["dateline"] == "Kanigaran"
    assert "Baca Juga" not in d.text and "banner" not in d.text and "Leave a Reply" not in d.text
    assert "Bagikan" not in d.text and "Penulis" not in d.text and "Foto :" not in d.text
    assert "nilai evaluasi tahun lalu mencapai 3,44" in d.text
    dates = {x["text"]: x["date"] for x in d.meta["dates"]}
    assert dates["Senin (6/6/2022)"] == "2022-06-06"
    assert dates["Jumat (17/6)"] == "2022-06-17"


def test_year_inferred_from_context_prefers_matching_weekday():
    # no publication date: the year comes from the years in the text, the weekday decides
    text = "Program dimulai 2021 dan dievaluasi 2023. Rapat digelar Kamis (2/6) di balai kota."
    [d] = find_dates(text, None, [2021, 2023, 2022])
    assert d["date"] == "2022-06-02"
    [d] = find_dates("Rabu (1/6) rapat", dt.date(2022, 6, 20), [])
    assert d["date"] == "2022-06-01"


def test_cp1252_text_decodes(tmp_path):
    text = "Rencana Induk “Smart City” – Kabupaten Contoh: biaya Rp 1,5 miliar · café"
    p = tmp_path / "windows.txt"
    p.write_bytes(text.encode("cp1252"))
    d = parse_file(p)
    assert d.meta["encoding"] == "cp1252"
    assert "“Smart City” – Kabupaten" in d.text and "café" in d.text


def test_latin1_and_utf8_bom():
    assert decode_bytes("Ibu kota: Cianjur, ½ luas".encode("latin-1"), "x")[0].endswith("½ luas")
    t, enc = decode_bytes("\ufeffBAB I PENDAHULUAN".encode(), "x")
    assert t == "BAB I PENDAHULUAN" and enc == "utf-8"


def test_binary_content_in_txt_is_refused(tmp_path):
    p = tmp_path / "data.txt"
    p.write_bytes(b"\x00\x01\x02\x03binary" * 50)
    with pytest.raises(IngestError) as e:
        parse_file(p)
    assert e.value.code == "binary"


def test_markdown_headings_tables_and_sections(tmp_path):
    md = """# Notulen Rapat Dewan Smart City (DOKUMEN CONTOH)

## 1. Pembukaan

Rapat dibuka oleh Kepala Bappeda Kab. Contoh pukul 09.00 WIB. Peserta terdiri dari 14 OPD.

## 2. Pembahasan Quick Win

| No | Program | OPD | Anggaran (Rp) |
|---|---|---|---|
| 1 | Aplikasi layanan terpadu | Diskominfo | 1.500.000.000 |
| 2 | Dashboard air bersih | PDAM | 750.000.000 |

<table><tr><td>Tahun</td><td>Target</td></tr><tr><td>2024</td><td>60%</td></tr></table>

Disepakati bahwa **quick win** dipantau setiap bulan.
"""
    p = tmp_path / "notulen.md"
    p.write_text(md, encoding="utf-8")
    d = parse_file(p)
    assert d.fmt == "md"
    assert len(d.tables) == 2
    assert d.tables[0].header == ["No", "Program", "OPD", "Anggaran (Rp)"]
    assert d.tables[0].rows[1] == ["2", "Dashboard air bersih", "PDAM", "750.000.000"]
    paths = {s.path for s in d.sections}
    assert any(p.endswith("2. Pembahasan Quick Win") for p in paths)
    table_passages = [p for p in d.passages if p.kind == "table"]
    assert table_passages and "Program: Aplikasi layanan terpadu" in table_passages[0].text
    sec = {s.ordinal: s.path for s in d.sections}
    assert sec[table_passages[0].section].endswith("Pembahasan Quick Win")
    assert "**" not in d.text


def test_gazetteer_normalises_kabupaten_kota_names():
    from ingest.metadata import gazetteer, normalise_city

    canon = {c for v in gazetteer().values() for c in v}
    assert sum(c.startswith("Kabupaten ") for c in canon) >= 416
    assert sum(c.startswith("Kota ") for c in canon) >= 98
    assert normalise_city("Kab. Pangkep") == "Kabupaten Pangkajene dan Kepulauan"
    assert normalise_city("kota tegal") == "Kota Tegal"
    assert normalise_city("Provinsi Daerah Khusus Ibukota Jakarta") == "Provinsi DKI Jakarta"


@needs_realdata
def test_rpjmn_markdown_export_is_a_national_plan_not_news():
    """A chapter of the RPJMN exported with YAML front matter and wiki navigation lines."""
    from conftest import REALDATA

    d = parse_file(REALDATA / "rpjmn_2025_2029" / "IV_Wilayah_3_Jawa.txt")
    assert d.kind == "other" and d.title == "Wilayah Jawa"
    assert "tags:" not in d.text and d.meta["front_matter"]["chapter"] == "BAB IV"
    d = parse_file(REALDATA / "rpjmn_2025_2029" / "V_Pendanaan_Pembangunan.txt")
    assert d.kind == "other" and d.meta["doc_type"] == "rpjmn"
    assert d.city is None and d.title == "BAB V: Pendanaan Pembangunan"
    d = parse_file(REALDATA / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt")
    assert d.kind == "rpjmd" and d.city == "Provinsi DKI Jakarta"
