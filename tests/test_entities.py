"""Entities (spaCy id pipeline + EntityRuler + rule component) on varied planning text,
including table passages as the PDF parser renders them, and the `telaah entities` CLI."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from nlp.entities import column_role, extract, parse_number, rupiah


def ents(text, kind="text", type_=None):
    r = extract(text, kind)
    return [e for e in r["entities"] if type_ is None or e["type"] == type_]


@pytest.mark.parametrize(
    "text,amount",
    [
        ("dengan anggaran Rp 1,5 miliar per tahun", 1.5e9),
        ("pagu sebesar Rp1.500.000.000 untuk tahun 2024", 1.5e9),
        ("kebutuhan dana Rp 850 juta", 8.5e8),
        ("total Rp. 12,5 triliun dalam lima tahun", 1.25e13),
        ("alokasi Rp2,3 M dari APBD", 2.3e9),
        ("biaya 4,75 miliar rupiah", 4.75e9),
        ("sebesar IDR 250.000.000", 2.5e8),
    ],
)
def test_budgets_are_normalised_to_rupiah(text, amount):
    b = ents(text, type_="budget")
    assert len(b) == 1 and b[0]["value"]["amount"] == pytest.approx(amount)
    assert text[b[0]["start"] : b[0]["end"]] == b[0]["text"]


def test_numbers_in_indonesian_format():
    assert parse_number("1.500.000") == 1_500_000
    assert parse_number("1,5") == 1.5
    assert parse_number("2.5") == 2.5
    assert rupiah("2,3", "M") == pytest.approx(2.3e9)
    # a year or a percentage is not a budget
    assert ents("Pada tahun 2024 cakupan mencapai 87,5 persen.", type_="budget") == []


def test_agencies_long_names_abbreviations_and_region_tail():
    t = (
        "Program ini dilaksanakan oleh Dinas Pekerjaan Umum dan Penataan Ruang Kota Nusa Permai bersama "
        "Bappeda, Diskominfo, Satpol PP dan Badan Penanggulangan Bencana Daerah."
    )
    names = [e["value"]["name"] for e in ents(t, type_="opd")]
    assert names == [
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Bappeda",
        "Diskominfo",
        "Satpol PP",
        "Badan Penanggulangan Bencana Daerah",
    ]
    assert [e["text"] for e in ents("Koordinasi DINAS KESEHATAN dan RSUD Sekar Wangi.", type_="opd")] == [
        "DINAS KESEHATAN",
        "RSUD Sekar Wangi",
    ]


def test_targets_indicator_value_unit_year_and_baseline():
    t = (
        "Target cakupan air bersih 95% pada 2026, sedangkan persentase rumah tangga dengan akses sanitasi "
        "layak meningkat dari 62 persen menjadi 80 persen pada tahun 2027."
    )
    tg = ents(t, type_="target")
    assert [(e["value"]["indicator"], e["value"]["value"], e["value"]["unit"], e["value"]["year"]) for e in tg] == [
        ("cakupan air bersih", 95, "%", 2026),
        ("persentase rumah tangga dengan akses sanitasi layak", 80, "persen", 2027),
    ]
    assert tg[1]["value"]["baseline"] == 62


def test_horizons_actors_and_programmes_in_text():
    t = (
        "Dewan Smart City dan Tim Pelaksana melibatkan unsur penta helix. Pada jangka pendek (2023-2024) "
        "strategi diwujudkan melalui program: Layanan Panggilan Darurat 112 Terpadu, CCTV Terintegrasi di "
        "Ruang Publik. Quick win Pasar Nontunai dijalankan oleh Disperindag dengan anggaran Rp 600 juta."
    )
    r = extract(t)
    kinds = {(e["type"], e["text"]) for e in r["entities"]}
    assert {
        ("actor", "Dewan Smart City"),
        ("actor", "Tim Pelaksana"),
        ("actor", "penta helix"),
        ("horizon", "jangka pendek"),
        ("horizon", "2023-2024"),
    } <= kinds
    progs = {p["name"]: p for p in r["programmes"]}
    assert {"Layanan Panggilan Darurat 112 Terpadu", "CCTV Terintegrasi di Ruang Publik", "Pasar Nontunai"} <= set(
        progs
    )
    assert progs["Pasar Nontunai"]["opd"] == "Disperindag" and progs["Pasar Nontunai"]["budget"] == 6e8


def test_table_rows_become_programme_records():
    t = (
        "Tabel 5.1 Matriks Program Smart Governance\n"
        "Kolom: No | Program | Elemen | Indikator | Target | Tahun | Anggaran (Rp) | OPD\n"
        "No: 1; Program: Mal Pelayanan Publik Digital; Elemen: Pelayanan Publik; Indikator: Jumlah layanan daring; "
        "Target: 120 layanan; Tahun: 2024-2025; Anggaran (Rp): 2.500.000.000; OPD: Dinas Penanaman Modal dan "
        "Pelayanan Terpadu Satu Pintu\n"
        "No: 2; Program: Aplikasi Pengaduan Masyarakat Terpadu; Elemen: Pelayanan Publik; Target: -; "
        "Anggaran (Rp): akan ditentukan; OPD: Dinas Komunikasi dan Informatika"
    )
    r = extract(t, "table")
    p1, p2 = r["programmes"]
    assert p1 == {
        "name": "Mal Pelayanan Publik Digital",
        "opd": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "target": "120 layanan",
        "year": "2024-2025",
        "budget": 2.5e9,
        "indicator": "Jumlah layanan daring",
        "horizon": None,
        "source": "table",
    }
    assert p2["name"] == "Aplikasi Pengaduan Masyarakat Terpadu" and p2["target"] is None and p2["budget"] is None
    # no entity is made of the "Header: value" syntax, offsets point at the cell text
    for e in r["entities"]:
        assert ":" not in e["text"] and t[e["start"] : e["end"]] == e["text"]
    assert column_role("Anggaran (Rp juta)") == "budget" and column_role("Perangkat Daerah") == "opd"


def test_table_budget_in_millions_column():
    t = "Kolom: Program | Pagu (Rp juta) | PJ\nProgram: Bank Sampah Digital; Pagu (Rp juta): 450; PJ: DLH"
    (p,) = extract(t, "table")["programmes"]
    assert p["budget"] == pytest.approx(4.5e8) and p["opd"] == "DLH"


def test_entities_cli_jsonl(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Bappeda menyiapkan Rp 2 miliar untuk jangka menengah."},
        {"id": 7, "text": "Kalimat tanpa entitas."},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = run_cli("entities", "--json", str(f))
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    assert {e["type"] for e in out[0]["entities"]} == {"opd", "budget", "horizon"}
    assert out[1]["entities"] == []


def test_prose_programmes_bind_fields_only_inside_their_own_paragraph():
    """Issue 19: the owner, budget and target of one paragraph never land on the next programme,
    a facility is no owner, and "pada tahun 2026" inside a target sentence gives the year."""
    t = (
        "Program Sapa Warga Kota menyatukan kanal aduan. Target: 85 persen aduan selesai dalam tujuh hari pada "
        "tahun 2026. Penanggung jawab: Dinas Komunikasi dan Informatika. Anggaran: Rp 2,3 miliar untuk periode "
        "2025-2026.\n\nProgram Izin Praktik Daring melayani izin praktik tenaga kesehatan, juga dari loket di "
        "Puskesmas Melati. Program ini ditargetkan izin yang terbit daring mencapai 90 persen pada tahun 2026."
    )
    progs = {p["name"]: p for p in extract(t)["programmes"]}
    a, b = progs["Sapa Warga Kota"], progs["Izin Praktik Daring"]
    assert (a["opd"], a["budget"], a["year"]) == ("Dinas Komunikasi dan Informatika", 2.3e9, "2025-2026")
    assert (b["opd"], b["budget"], b["year"]) == (None, None, "2026")
    assert "90 persen" in b["target"] and set(b) == set(a) == {
        "name",
        "opd",
        "target",
        "year",
        "budget",
        "indicator",
        "horizon",
        "source",
    }


def test_table_roles_of_real_layouts():
    assert column_role("Urusan/Bidang Urusan/Program Perangkat Daerah") == "programme"
    assert column_role("Satuan") == "unit" and column_role("Kondisi Kinerja Awal") == "baseline"
    assert column_role("Rp") == "budget" and column_role("Kondisi Kinerja pada Akhir Periode") == "target"
    # where the money comes from is a column of its own, never the amount ("Sumber Pendanaan: APBD")
    assert column_role("Sumber Dana") == column_role("Sumber Pendanaan") == "source"
    assert column_role("Estimasi Biaya (Rp juta)") == column_role("Perkiraan Biaya") == "budget"
