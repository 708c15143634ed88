"""Programmes as plans write them (issue 19): segmentation of prose and lists, the fields as plans
write them (owner, budget, year/term, target), real table layouts (two-row headers, per-year
columns, split tables, merged cells, road-map cells, the RPJMD matrix), where each field came from,
and gap flags that are high only when the plan truly lacks the field.

The fixtures are small texts and tables written here in the shapes of the programme gold plans
(bench/eval/programmes), with their own names, agencies and figures: no store, no model."""

from __future__ import annotations

import pytest

from nlp.entities import agencies, horizon_map, segment_programmes, span_budget
from nlp.taxonomy import default as default_taxonomy
from review.gaps import programme_gaps
from review.plan import NameIndex, Plan, Programme, merge_programmes, normalise_tables, table_programmes

TAX = default_taxonomy()
NAMES = NameIndex(TAX)


def progs(text: str, terms: dict | None = None) -> dict[str, dict]:
    return {r["name"]: r for r in segment_programmes(text, terms=terms)}


# -- prose -------------------------------------------------------------------------------------------
PROSE = (
    "Program pada dimensi lingkungan diarahkan pada ruang publik yang sehat.\n\n"
    "Program Taman Cerdas Warga menyediakan wifi dan sensor kualitas udara di taman kota, termasuk taman "
    "di depan Puskesmas Kenanga. Target: 60 persen taman kota yang terhubung wifi pada tahun 2027. "
    "Penanggung jawab: Dinas Lingkungan Hidup. Anggaran: Rp 2,75 miliar untuk periode 2025-2027.\n\n"
    "Program Antrean Sehat Daring memindahkan antrean Puskesmas dan RSUD Kenanga ke aplikasi warga.\n\n"
    "Program ini ditargetkan kunjungan yang memakai antrean daring mencapai 70 persen pada tahun 2026. "
    "Penanggung jawab program ini adalah Dinas Kesehatan, bukan rumah sakit. Kebutuhan anggaran Rp 1.500.000.000,00. "
    "Jangka waktu pelaksanaan 2025-2026.\n\n"
    "Dinas Perhubungan menjalankan Program Halte Pintar Kota yang memasang papan jadwal digital di halte. "
    "Dengan anggaran Rp 950 juta pada TA 2026, program ini menargetkan 40 halte halte dengan papan digital "
    "pada tahun 2026.\n\n"
    "Dengan alokasi Rp 4,2 miliar untuk tahun 2025-2028, Program Pajak Daerah Terpadu menyatukan pembayaran "
    "pajak daerah. Sasarannya adalah wajib pajak yang membayar daring sebesar 12.000 orang di tahun 2028. "
    "OPD pengampu: Dinas Komunikasi dan Informatika dan Badan Pendapatan Daerah.\n\n"
    "Program Klinik Apung Kenanga melengkapi Puskesmas keliling dengan rekam medis elektronik yang terhubung "
    "dengan Program Taman Cerdas Warga."
)


def test_each_paragraph_owns_its_fields():
    p = progs(PROSE)
    assert list(p) == [
        "Taman Cerdas Warga",
        "Antrean Sehat Daring",
        "Halte Pintar Kota",
        "Pajak Daerah Terpadu",
        "Klinik Apung Kenanga",
    ]  # the general sentence and the mention are no programmes
    t = p["Taman Cerdas Warga"]
    assert (t["opds"], t["budget"], t["year"]) == (["Dinas Lingkungan Hidup"], 2.75e9, "2025-2027")
    assert (t["target_value"], t["target_unit"], t["target_year"]) == (60, "persen", 2027)
    # a programme split over two paragraphs; the facility named in it is not its owner
    a = p["Antrean Sehat Daring"]
    assert (a["opd"], a["budget"], a["year"], a["target_value"]) == ("Dinas Kesehatan", 1.5e9, "2025-2026", 70)
    # owner named first; a budget year ("TA 2026")
    h = p["Halte Pintar Kota"]
    assert (h["opd"], h["budget"], h["year"], h["target_value"]) == ("Dinas Perhubungan", 9.5e8, "2026", 40)
    # budget first; two owners joined by "dan"; "sebesar N di tahun Y"
    j = p["Pajak Daerah Terpadu"]
    assert j["opds"] == ["Dinas Komunikasi dan Informatika", "Badan Pendapatan Daerah"]
    assert (j["budget"], j["year"], j["target_value"], j["target_year"]) == (4.2e9, "2025-2028", 12000, 2028)
    # nothing of its neighbours: no owner (Puskesmas is a place), no budget, no target, no year
    k = p["Klinik Apung Kenanga"]
    assert (k["opd"], k["budget"], k["target"], k["year"]) == (None, None, None, None)


def test_fields_carry_their_source_and_confidence():
    t = progs(PROSE)["Taman Cerdas Warga"]
    by = {s["field"]: s for s in t["sources"]}
    assert set(by) == {"opd", "target", "year", "budget"}
    assert PROSE[by["budget"]["start"] : by["budget"]["end"]] == "Rp 2,75 miliar"
    assert by["budget"]["how"] == "budget cue" and 0 < by["opd"]["confidence"] <= 1
    assert PROSE[by["opd"]["start"] : by["opd"]["end"]].endswith("Dinas Lingkungan Hidup")


def test_the_year_of_the_target_only_when_no_other():
    p = progs(
        "Program Lapak Malam Kota menata pedagang malam. Target: 300 pedagang pedagang yang berjualan "
        "nontunai pada tahun 2026. Penanggung jawab: Dinas Perdagangan. Anggaran: Rp 640 juta."
    )
    assert p["Lapak Malam Kota"]["year"] == "2026"
    assert p["Lapak Malam Kota"]["sources"][2]["how"] == "target year"


LISTS = (
    "a. Program Kelurahan Melayani\n\n- Uraian: Surat keterangan kelurahan secara daring.\n\n"
    "- Indikator dan target: 32 kelurahan kelurahan yang melayani daring pada tahun 2027\n\n"
    "- Perangkat daerah: Bagian Tata Pemerintahan Sekretariat Daerah\n\n- Anggaran: Rp 1,5 M\n\n"
    "- Waktu pelaksanaan: 2025-2027\n\n"
    "2) Bus Sekolah Gratis: bus sekolah dengan kartu elektronik.\n\n- Target: 12 rute rute bus sekolah pada tahun "
    "2026\n\n- OPD penanggung jawab: Dinas Perhubungan dan Dinas Pendidikan\n\n- Pagu indikatif: Rp 3,2 miliar\n\n"
    "- Tahun: 2025-2026\n\n"
    "Inovasi Pojok Baca Pasar\n\n- Pojok baca di pasar tradisional.\n\n- Pelaksana: Dinas Perpustakaan dan Kearsipan\n\n"
    "- Periode: 2026\n\n- Biaya: Rp 310 juta\n\n- Sasaran: pasar dengan pojok baca mencapai 9 pasar pada tahun 2026 "
    "Kegiatan Sumur Resapan Kota. Sumur resapan di permukiman padat.\n\n- Anggaran Rp 4.800.000.000 (2025-2027)\n\n"
    "- Dilaksanakan oleh Dinas Pekerjaan Umum dan Penataan Ruang\n\n"
    "- Target 500 unit sumur resapan yang terbangun pada tahun 2027\n\n"
    "1. Quick win Parkir Tertib Sekolah: pengaturan parkir jam sekolah; OPD: Dinas Perhubungan; anggaran "
    "Rp 180 juta; target 8 sekolah sekolah dengan parkir tertib pada tahun 2025; TA 2025.\n\n"
    "- Tahun: 2025 Quick win Lapak Akhir Pekan\n\n- Target: 90 UMKM UMKM di lapak akhir pekan pada tahun 2025\n\n"
    "- OPD: Dinas Koperasi dan Usaha Mikro\n\n- Anggaran: Rp 150 juta\n\n- Tahun: 2025"
)


def test_list_items_and_headings_own_their_bullets():
    p = progs(LISTS)
    assert list(p) == [
        "Kelurahan Melayani",
        "Bus Sekolah Gratis",
        "Pojok Baca Pasar",
        "Sumur Resapan Kota",
        "Parkir Tertib Sekolah",
        "Lapak Akhir Pekan",
    ]
    k = p["Kelurahan Melayani"]
    assert (k["opd"], k["budget"], k["year"], k["target_value"]) == (
        "Bagian Tata Pemerintahan Sekretariat Daerah",
        1.5e9,
        "2025-2027",
        32,
    )
    assert p["Bus Sekolah Gratis"]["opds"] == ["Dinas Perhubungan", "Dinas Pendidikan"]
    # a heading run into the bullet before it starts a new programme; the bullet stays with its own
    assert (p["Pojok Baca Pasar"]["target_value"], p["Pojok Baca Pasar"]["year"]) == (9, "2026")
    s = p["Sumur Resapan Kota"]
    assert (s["budget"], s["year"], s["target_value"], s["opd"]) == (
        4.8e9,
        "2025-2027",
        500,
        "Dinas Pekerjaan Umum dan Penataan Ruang",
    )
    q = p["Parkir Tertib Sekolah"]
    assert (q["quick_win"], q["budget"], q["year"], q["target_value"]) == (True, 1.8e8, "2025", 8)
    assert (p["Lapak Akhir Pekan"]["opd"], p["Lapak Akhir Pekan"]["budget"]) == (
        "Dinas Koperasi dan Usaha Mikro",
        1.5e8,
    )


HORIZONS = (
    "Tahapan jangka pendek mencakup tahun 2026-2027, jangka menengah tahun 2028-2030 dan jangka panjang tahun "
    "2031-2035.\n\n"
    "1. Satu Data Muara - portal data sektoral. Tahapan: jangka pendek. Anggaran: antara Rp 600 juta sampai "
    "Rp 1,1 miliar. Target: 200 dataset dataset terbuka pada tahun 2027. Penanggung jawab: Diskominfo.\n\n"
    "2. Dermaga Pintar Kota - dermaga dengan tiket daring. Tahapan: jangka panjang (2031-2035). Anggaran: 38 M. "
    "Target: 5 dermaga dermaga pintar pada tahun 2035. Penanggung jawab: Dinas Perhubungan.\n\n"
    "3. Izin Usaha Kilat - perizinan berusaha daring. Pelaksanaan: TA 2026 (jangka pendek). Anggaran: Rp 2,5 milyar. "
    "Target: 95 persen izin terbit tepat waktu pada tahun 2026. Penanggung jawab: DPMPTSP.\n\n"
    "4. Rumah Sakit Tanpa Antre - antrean daring di RSUD. Tahapan: jangka menengah. Anggaran: Rp 4-6 miliar. "
    "Target: 100 persen poliklinik dengan antrean daring pada tahun 2030. Penanggung jawab: Dinas Kesehatan."
)


def test_terms_take_the_plans_own_years_and_money_as_written():
    terms = horizon_map(HORIZONS)
    assert terms == {"short": (2026, 2027), "medium": (2028, 2030), "long": (2031, 2035)}
    p = progs(HORIZONS, terms)
    sd = p["Satu Data Muara"]
    assert (sd["horizon"], sd["year"], sd["budget"], sd["budget_range"]) == ("short", "2026-2027", 1.1e9, [6e8, 1.1e9])
    assert (p["Dermaga Pintar Kota"]["year"], p["Dermaga Pintar Kota"]["budget"]) == ("2031-2035", 3.8e10)
    assert (p["Izin Usaha Kilat"]["year"], p["Izin Usaha Kilat"]["horizon"], p["Izin Usaha Kilat"]["budget"]) == (
        "2026",
        "short",
        2.5e9,
    )
    rs = p["Rumah Sakit Tanpa Antre"]
    assert (rs["year"], rs["budget_range"], rs["opd"]) == ("2028-2030", [4e9, 6e9], "Dinas Kesehatan")


@pytest.mark.parametrize(
    "text,amount",
    [
        ("Anggaran: Rp 1.500.000.000,00.", 1.5e9),
        ("Anggaran: Rp 1,5 miliar.", 1.5e9),
        ("Anggaran: Rp 950 juta.", 9.5e8),
        ("Anggaran: 1,5 M.", 1.5e9),
        ("Kebutuhan anggaran Rp 2,5 milyar.", 2.5e9),
        ("dengan target Rp 1,2 triliun/tahun. Anggaran: Rp 300 juta", 3e8),  # a target in rupiah is no budget
    ],
)
def test_budgets_as_plans_write_them(text, amount):
    b, src = span_budget(text, 0, len(text))
    assert b["amount"] == pytest.approx(amount) and src["confidence"] > 0.9


def test_agencies_as_written():
    assert agencies("Dinas Koperasi, Usaha Kecil dan Menengah, dengan anggaran") == [
        "Dinas Koperasi, Usaha Kecil dan Menengah"
    ]
    assert agencies("Bagian Organisasi Sekretariat Daerah. Program") == ["Bagian Organisasi Sekretariat Daerah"]
    assert agencies("Perumda Air Minum Tirta Kenanga dan Dinas Pekerjaan Umum dan Penataan Ruang") == [
        "Perumda Air Minum Tirta Kenanga",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
    ]
    assert agencies("Dinas Kesehatan Kota Kenanga dan Bappeda") == ["Dinas Kesehatan", "Bappeda"]


# -- tables ------------------------------------------------------------------------------------------
def table(caption, header, rows, page=4, section=1, **kw):
    return dict(caption=caption, header=header, rows=rows, page=page, section_ordinal=section, **kw)


SECTIONS = [
    {
        "ordinal": 1,
        "title": "Program Smart Living",
        "path": "BAB IV > 4.2 Program Smart Living",
        "parent": None,
        "level": 2,
        "page": 4,
    }
]


def tprogs(tables, terms=None) -> dict[str, Programme]:
    return {p.name: p for p in merge_programmes(table_programmes(tables, {1: "programme"}, SECTIONS, NAMES, terms))}


def test_two_row_header_per_year_targets_and_budgets_joined_and_split_tables():
    target = table(
        "Tabel 4.2 Indikator dan Target Kinerja",
        ["No", "Program", "Indikator Kinerja", "Satuan", "Target Kinerja", "", "", "Perangkat Daerah"],
        [
            ["No", "Program", "Indikator Kinerja", "Satuan", "2025", "2026", "2027", "Perangkat Daerah"],
            [
                "1",
                "Air Minum Kampung",
                "Rumah tangga dengan air minum layak",
                "persen",
                "70",
                "75",
                "80",
                "Dinas Perumahan dan Kawasan Permukiman",
            ],
        ],
    )
    cont = table(
        "",
        ["No", "Program", "Indikator Kinerja", "Satuan", "Target Kinerja", "", "", "Perangkat Daerah"],
        [
            ["No", "Program", "Indikator Kinerja", "Satuan", "2025", "2026", "2027", "Perangkat Daerah"],
            ["2", "Gizi Anak Kenanga", "Prevalensi gizi kurang", "persen", "11", "10", "8,5", "Dinas Kesehatan"],
        ],
        page=5,
    )
    money = table(
        "Tabel 4.3 Pagu Indikatif",
        ["No", "Program", "Pagu Indikatif (dalam juta rupiah)", "", "", "", "Sumber Dana"],
        [
            ["No", "Program", "2025", "2026", "2027", "Jumlah", "Sumber Dana"],
            ["1", "Air Minum Kampung", "1.000", "1.500", "2.000", "4.500", "APBD"],
            ["2", "Gizi Anak Kenanga", "300", "350", "400", "1.050", "APBD"],
        ],
        page=5,
    )
    p = tprogs([target, cont, money])
    a = p["Air Minum Kampung"]
    assert (a.target_value, a.target_year, a.year, a.opd) == (
        80,
        2027,
        "2025-2027",
        "Dinas Perumahan dan Kawasan Permukiman",
    )
    assert [x["value"] for x in a.target_per_year] == [70, 75, 80]
    assert a.budget == pytest.approx(4.5e9) and [x["amount"] for x in a.budget_per_year] == [1e9, 1.5e9, 2e9]
    g = p["Gizi Anak Kenanga"]
    assert (g.target_value, g.budget, g.table) == (8.5, pytest.approx(1.05e9), "Tabel 4.2 Indikator dan Target Kinerja")
    assert any(s["field"] == "budget" and "Jumlah" in s["how"] for s in a.sources)


def test_matrix_split_without_its_header_merged_cells_and_per_year_columns():
    head = [
        "Elemen",
        "Program",
        "Indikator",
        "Target 2026",
        "OPD",
        "Anggaran 2025 (juta Rp)",
        "Anggaran 2026 (juta Rp)",
    ]
    t1 = table(
        "Tabel 4.4 Matriks Program",
        head,
        [
            ["Pariwisata", "Festival Sungai Digital", "Kunjungan", "50.000 orang", "Dinas Pariwisata", "400", "450"],
            ["", "Peta Wisata Kenanga", "Destinasi di peta", "40 destinasi", "", "100", "120"],
        ],
    )
    t2 = table("", ["", "Kuliner Malam Kenanga", "Pedagang terdaftar", "200 pedagang", "", "150", "150"], [], page=5)
    p = tprogs([t1, t2])
    assert set(p) == {"Festival Sungai Digital", "Peta Wisata Kenanga", "Kuliner Malam Kenanga"}
    f = p["Peta Wisata Kenanga"]
    assert (f.opd, f.budget, f.year, f.target_year) == ("Dinas Pariwisata", pytest.approx(2.2e8), "2025-2026", 2026)
    assert p["Kuliner Malam Kenanga"].opd == "Dinas Pariwisata" and p["Kuliner Malam Kenanga"].page == 5


def test_a_blank_owner_of_a_numbered_row_stays_blank():
    t = table(
        "Tabel 4.1 Matriks",
        ["No", "Program", "Target", "Tahun", "Anggaran (Rp)", "OPD"],
        [
            ["1", "Pasar Ikan Nontunai", "50 persen", "2025-2026", "900 juta", "Dinas Perikanan"],
            ["2", "Perahu Sekolah Kenanga", "400 siswa", "2025", "1.300.000.000", ""],
            ["3", "Pantau Cuaca Laut", "akan ditentukan", "-", "350 juta", "BPBD"],
        ],
    )
    p = tprogs([t])
    assert p["Perahu Sekolah Kenanga"].opd is None and p["Perahu Sekolah Kenanga"].missing == ["opd"]
    assert p["Pantau Cuaca Laut"].missing == ["target", "year"]


def test_road_map_cells_list_names_with_the_plans_years_for_the_term():
    t = table(
        "Tabel 5.1 Peta Jalan",
        ["Tahapan", "Periode", "Program"],
        [
            ["Jangka Pendek", "2026-2027", "Satu Data Muara; Izin Usaha Kilat"],
            ["Jangka Menengah", "", "Rumah Sakit Tanpa Antre"],
        ],
    )
    p = tprogs([t], {"medium": (2028, 2030)})
    assert set(p) == {"Satu Data Muara", "Izin Usaha Kilat", "Rumah Sakit Tanpa Antre"}
    assert (p["Satu Data Muara"].horizon, p["Satu Data Muara"].year, p["Satu Data Muara"].confidence) == (
        "short",
        "2026-2027",
        0.5,
    )
    assert (p["Rumah Sakit Tanpa Antre"].year, p["Rumah Sakit Tanpa Antre"].confidence) == ("2028-2030", 1.0)


def test_rpjmd_programme_matrix_reads_only_programme_rows():
    t = table(
        "Tabel IV.1 Program Perangkat Daerah Disertai Pagu Indikatif (dalam juta rupiah)",
        [
            "Kode",
            "Urusan/Bidang Urusan/Program Perangkat Daerah",
            "Indikator Kinerja Program",
            "Satuan",
            "Target Kinerja dan Kerangka Pendanaan",
            "",
            "",
            "",
            "Perangkat Daerah Penanggung Jawab",
        ],
        [
            [
                "Kode",
                "Urusan/Bidang Urusan/Program Perangkat Daerah",
                "Indikator Kinerja Program",
                "Satuan",
                "2026",
                "",
                "2027",
                "",
                "Perangkat Daerah Penanggung Jawab",
            ],
            [
                "Kode",
                "Urusan/Bidang Urusan/Program Perangkat Daerah",
                "Indikator Kinerja Program",
                "Satuan",
                "Target",
                "Rp",
                "Target",
                "Rp",
                "Perangkat Daerah Penanggung Jawab",
            ],
            ["1", "URUSAN PEMERINTAHAN WAJIB PELAYANAN DASAR", "", "", "", "", "", "", ""],
            ["1.02", "Bidang Urusan Kesehatan", "", "", "", "", "", "", ""],
            [
                "1.02.02",
                "Program Pemenuhan Upaya Kesehatan Perorangan",
                "Cakupan layanan",
                "persen",
                "90",
                "1.200",
                "95",
                "1.300",
                "Dinas Kesehatan",
            ],
        ],
    )
    p = tprogs([t])
    assert list(p) == ["Program Pemenuhan Upaya Kesehatan Perorangan"]
    x = p["Program Pemenuhan Upaya Kesehatan Perorangan"]
    assert (x.target_value, x.year, x.opd) == (95, "2026-2027", "Dinas Kesehatan")
    assert x.budget == pytest.approx(2.5e9) and [b["year"] for b in x.budget_per_year] == [2026, 2027]


def test_normalised_header_keeps_both_rows():
    [t] = normalise_tables(
        [
            table(
                "T",
                ["No", "Program", "Target Kinerja", "", "OPD"],
                [["No", "Program", "2025", "2026", "OPD"], ["1", "A B", "1", "2", "Dinas X"]],
            )
        ]
    )
    assert t["header"] == ["No", "Program", "Target Kinerja 2025", "Target Kinerja 2026", "OPD"]
    assert t["rows"] == [["1", "A B", "1", "2", "Dinas X"]] and t["roles"][2] == "target"


# -- gaps --------------------------------------------------------------------------------------------
def _plan(programmes) -> Plan:
    return Plan(
        doc={"id": "p"},
        passages=[],
        sections=[],
        programmes=programmes,
        roles={},
        pillars={},
        horizons=[],
        period=(2025, 2029),
        tables=[],
    )


def _full(name: str, **over) -> Programme:
    p = Programme(name=name, opd="Dinas Kesehatan", target="80 persen", year="2026", budget=1e9, page=3)
    for k, v in over.items():
        setattr(p, k, v)
    return p


def test_a_plan_that_states_every_field_gets_no_missing_field_gap():
    assert programme_gaps(_plan([_full(f"Program {i}") for i in range(6)])) == []


def test_high_only_when_the_plan_truly_lacks_the_field():
    ps = [_full(f"Program {i}") for i in range(10)]
    for p in ps[:6]:
        p.budget = None
    for p in ps[1:6]:
        p.confidence = 0.5  # names only listed (a road-map cell): not read in full
    [f] = programme_gaps(_plan(ps))
    assert (f["type"], f["count"], f["severity"]) == ("programme_missing_budget", 6, "medium")
    for p in ps[1:6]:
        p.confidence = 1.0
    assert programme_gaps(_plan(ps))[0]["severity"] == "high"


def test_gap_evidence_lists_each_programme_once_with_what_it_lacks_in_words():
    ps = [_full("Program Lengkap"), _full("Program Tanpa Rincian", budget=None, year=None, page=7)]
    flags = {f["type"]: f for f in programme_gaps(_plan(ps))}
    assert set(flags) == {"programme_missing_budget", "programme_missing_year"}
    [ev] = flags["programme_missing_budget"]["evidence"]
    assert ev["programme"] == "Program Tanpa Rincian" and ev["page"] == 7 and ev["missing"] == ["year", "budget"]
    assert ev["message"] == "Program Tanpa Rincian (hal. 7): belum ada tahun, anggaran"
    assert ev["message_en"] == "Program Tanpa Rincian (p. 7): missing year, budget"


# -- RPJMD programme matrices as a wide PDF table reads back (merged cells blank, header of 3 rows) ----
WIDE_HEAD = (
    ["Kode", "Urusan/Bidang Urusan/Program Perangkat Daerah", "Indikator Kinerja Program", "Satuan"]
    + ["Kondisi Awal", "Capaian Kinerja Program dan Kerangka Pendanaan (dalam juta rupiah)"]
    + [""] * 5
    + ["Kondisi Akhir", "", "Perangkat Daerah Penanggung Jawab"]
)
WIDE_YEARS = [""] * 5 + ["2027", "", "2028", "", "2029", ""] + ["", "", ""]
WIDE_KINDS = [""] * 5 + ["Target", "Rp"] * 4 + [""]


def test_rpjmd_matrix_with_a_three_row_header_of_merged_cells():
    """The programme matrix of an RPJMD as it reads back from a landscape PDF: the labels of merged
    header cells stand in their first row only, the years and "Target | Rp" in rows of their own,
    urusan and bidang title rows between the programmes, a programme's later indicators in rows whose
    code, name, money and agency cells are blank (merged)."""
    t = table(
        "Tabel 4.1 Program Perangkat Daerah Disertai Pagu Indikatif",
        WIDE_HEAD,
        [
            WIDE_YEARS,
            WIDE_KINDS,
            ["2", "URUSAN PEMERINTAHAN WAJIB NON PELAYANAN DASAR"] + [""] * 12,
            ["2.09", "URUSAN PEMERINTAHAN BIDANG PANGAN"] + [""] * 12,
            ["2.09.02", "PROGRAM LUMBUNG PANGAN DESA Outcome: Meningkatnya ketersediaan pangan"]
            + ["Desa dengan lumbung aktif", "Desa", "12", "20", "2.500", "28", "2.750", "36", "3.000"]
            + ["36", "8.250", "DINAS KETAHANAN PANGAN"],
            ["", "", "Cadangan beras daerah", "Ton", "40", "50", "", "60", "", "70", "", "70", "", ""],
            ["2.09.03", "PROGRAM PASAR TANI DARING Outcome: Meningkatnya akses pasar petani"]
            + ["Petani yang berjualan daring", "Orang", "150", "300", "1.200", "450", "1.250", "600", "1.300"]
            + ["600", "3.750", "Dinas Ketahanan Pangan"],
        ],
    )
    p = tprogs([t])
    assert len(p) == 2 and all(n.startswith("PROGRAM ") for n in p)
    assert set(p) == {"PROGRAM LUMBUNG PANGAN DESA", "PROGRAM PASAR TANI DARING"}  # the outcome is no name
    a = p["PROGRAM LUMBUNG PANGAN DESA"]
    assert (a.target_value, a.target_year, a.year, a.opd) == (36, 2029, "2027-2029", "DINAS KETAHANAN PANGAN")
    assert a.indicator == "Desa dengan lumbung aktif" and a.baseline == 12
    assert a.budget == pytest.approx(8.25e9) and [b["amount"] for b in a.budget_per_year] == [2.5e9, 2.75e9, 3e9]
    assert a.missing == []
    b = p["PROGRAM PASAR TANI DARING"]
    assert (b.target_value, b.budget) == (600, pytest.approx(3.75e9))
    # the review raises no missing-field gap on such a matrix
    assert programme_gaps(_plan(list(p.values()))) == []


def test_rpjmd_matrix_with_targets_and_money_grouped_and_function_rows():
    head = ["Kode", "Program Perangkat Daerah", "Indikator Kinerja Program", "Kondisi Awal"]
    head += ["Target Kinerja", "", "Pagu Indikatif (dalam juta rupiah)", "", "", "Perangkat Daerah"]
    t = table(
        "Tabel 4.2 Program Penunjang",
        head,
        [
            ["", "", "", "", "2027", "2028", "2027", "2028", "Jumlah", ""],
            ["5.04", "FUNGSI PENUNJANG PENGAWASAN"] + [""] * 8,
            ["5.04.02", "PROGRAM AUDIT BERBASIS RISIKO", "Temuan yang ditindaklanjuti", "70", "80", "90"]
            + ["640", "660", "1.300", "Inspektorat Daerah"],
        ],
    )
    p = tprogs([t])
    assert list(p) == ["PROGRAM AUDIT BERBASIS RISIKO"]
    x = p["PROGRAM AUDIT BERBASIS RISIKO"]
    assert (x.target_value, x.year, x.opd, x.budget) == (90, "2027-2028", "Inspektorat Daerah", pytest.approx(1.3e9))


def test_header_lines_shifted_against_the_columns_keep_the_agency_column():
    """A converted table whose lowest header line runs one cell too far ("Target | Rp" under the
    agency column): a column of agency names stays the agency column."""
    head = ["Kode", "Program Perangkat Daerah", "Capaian dan Pendanaan (dalam juta rupiah)", "", "", ""]
    head += ["Perangkat Daerah Penanggung Jawab", ""]
    t = table(
        "T",
        head,
        [
            ["", "", "2027", "", "2028", "", "", ""],
            ["", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
            ["3.01.02", "PROGRAM PENYULUHAN PERIKANAN", "10", "500", "12", "550", "Dinas Perikanan", ""],
            ["3.01.03", "PROGRAM KAPAL NELAYAN AMAN", "40", "900", "60", "950", "DINAS PERIKANAN", ""],
        ],
    )
    x = tprogs([t])["PROGRAM PENYULUHAN PERIKANAN"]
    assert (x.opd, x.target_value, x.budget) == ("Dinas Perikanan", 12, pytest.approx(1.05e9))


def test_wide_html_table_renders_landscape_with_every_column_and_reads_back(tmp_path):
    """pdfgen's wide tables (an HTML table of more than 8 columns, merged cells): a landscape page,
    every column, and the ingest reads the columns back (the header's merged cells once)."""
    import pypdfium2 as pdfium

    from corpus.pdfgen import markdown_to_blocks, render_pdf
    from ingest import parse_file

    cells = "".join(f"<td>{x}</td>" for x in ["2.09.02", "PROGRAM LUMBUNG PANGAN DESA", "Desa", "Desa", "12"])
    cells += "".join(f"<td>{x}</td>" for x in ["20", "2.500", "28", "2.750", "36", "3.000", "36", "8.250"])
    md = (
        '# BAB IV PROGRAM\n\nTabel 4.1 Program Perangkat Daerah\n\n<table><tr><td rowspan="3">Kode</td>'
        '<td rowspan="3">Program Perangkat Daerah</td><td rowspan="3">Indikator</td><td rowspan="3">Satuan</td>'
        '<td rowspan="3">Kondisi Awal</td><td colspan="6">Target dan Pagu (dalam juta rupiah)</td>'
        '<td colspan="2" rowspan="2">Kondisi Akhir</td><td rowspan="3">Perangkat Daerah</td><td></td></tr>'
        '<tr><td colspan="2">2027</td><td colspan="2">2028</td><td colspan="2">2029</td></tr>'
        "<tr>" + "<td>Target</td><td>Rp</td>" * 4 + "</tr><tr>" + cells + "<td>Dinas Pangan</td></tr></table>\n"
    )
    blocks = markdown_to_blocks(md)
    [tb] = [b for b in blocks if hasattr(b, "rows")]
    assert tb.wide and tb.header_rows == 3 and len(tb.header) == 14  # the blank column dropped
    out = tmp_path / "wide.pdf"
    render_pdf(blocks, out, title="Contoh")
    doc = pdfium.PdfDocument(str(out))
    assert [doc[i].get_width() > doc[i].get_height() for i in range(len(doc))] == [False, False, True]
    doc.close()
    [t] = parse_file(out).tables
    assert len(t.header) == 14 and t.header[1] == "Program Perangkat Daerah" and t.rows[0][5] == "2027"
    x = tprogs([table(t.caption, t.header, t.rows)])["PROGRAM LUMBUNG PANGAN DESA"]
    assert (x.year, x.target_value, x.opd, x.budget) == ("2027-2029", 36, "Dinas Pangan", pytest.approx(8.25e9))


def test_a_cross_reference_of_sasaran_and_programmes_defines_none():
    """An RPJMD lists its priority programmes beside the sasaran they serve ("Sasaran | Outcome |
    Program Prioritas", several in one cell): a cross-reference, not a programme matrix."""
    t = table(
        "Tabel 3.1 Sasaran dan Program Prioritas",
        ["SASARAN", "OUTCOME", "PROGRAM PRIORITAS"],
        [
            ["Meningkatnya ketahanan pangan", "Pangan tersedia", "Program Lumbung Pangan Desa Program Pasar Tani"],
            ["Meningkatnya mutu air", "Air bersih", "Program Sungai Bersih"],
        ],
    )
    assert tprogs([t]) == {}


def test_prose_of_a_plan_whose_coded_matrix_defines_the_programmes_only_names_them():
    from review.plan import coded_matrix, matrix_mentions

    t = table(
        "Tabel 4.1 Program Perangkat Daerah",
        WIDE_HEAD,
        [
            WIDE_YEARS,
            WIDE_KINDS,
            ["2.09.02", "PROGRAM LUMBUNG PANGAN DESA Outcome: Meningkatnya ketersediaan pangan"]
            + ["Desa dengan lumbung aktif", "Desa", "12", "20", "2.500", "28", "2.750", "36", "3.000"]
            + ["36", "8.250", "Dinas Ketahanan Pangan"],
            ["2.09.03", "PROGRAM PASAR TANI DARING", "Petani daring", "Orang", "150", "300", "1.200", "450"]
            + ["1.250", "600", "1.300", "600", "3.750", "Dinas Ketahanan Pangan"],
        ],
    )
    assert coded_matrix([t]) and not coded_matrix([table("T", ["No", "Program", "OPD"], [["1", "A", "B"]])])
    in_tables = table_programmes([t], {1: "programme"}, SECTIONS, NAMES)
    prose = [Programme(name="Lumbung Pangan Desa", source="text"), Programme(name="Mengoptimalkan", source="text")]
    prose.append(Programme(name="Memperluas jangkauan layanan", source="text", year="2026"))
    assert [p.name for p in matrix_mentions(in_tables, prose)] == ["Lumbung Pangan Desa"]


def test_words_glued_by_ocr_split_into_the_documents_own_words():
    """ "PENGENDALIANPENDUDUK" in an OCR'd table reads "PENGENDALIAN PENDUDUK" when the plan writes those
    words elsewhere; a name the plan writes as one word (a place) stays; a token whose pieces the plan
    never uses stays as written."""
    from nlp.unglue import unglue, vocabulary

    text = (
        "Program pengendalian penduduk dan keluarga berencana. Pengendalian penduduk menjadi prioritas. "
        "Ketahanan pangan daerah dijaga; ketahanan pangan masyarakat. Kota Banjarmasin, Banjarmasin; "
        "banjar dan masin, banjar dan masin. Pengelolaan keuangan daerah: pengelolaan keuangan."
    )
    v = vocabulary(text)
    assert unglue("PROGRAM PENGENDALIANPENDUDUK", v) == "PROGRAM PENGENDALIAN PENDUDUK"
    assert unglue("KetahananPangan Daerah", v) == "Ketahanan Pangan Daerah"
    assert unglue("PENGELOLAANKEUANGANDAERAH", v) == "PENGELOLAAN KEUANGAN DAERAH"
    assert unglue("BANJARMASIN", v) == "BANJARMASIN"
    assert unglue("PEMBERDAYAANMASYARAKAT", v) == "PEMBERDAYAANMASYARAKAT"  # "pemberdayaan" is not in this text


def test_official_programme_names_repair_ocr_damage_and_leave_the_plans_own_names():
    """Names of the regional nomenclature damaged by OCR get their official spelling and code, the
    written spelling kept; an official name stays as written; a plan's own programme, or an official
    name with another real word in it, is not changed."""
    from nlp import nomenclature as nm
    from review.plan import official_name

    m = nm.match("PROGRAM PEMBERDAYN SOSIAL")
    assert (m.name, m.code, m.changed) == ("PROGRAM PEMBERDAYAAN SOSIAL", "1.06.02", True)
    m = nm.match("Program Pengelolaan Informasi dan Komunikasi Publk")  # title case stays title case
    assert m.name == "Program Pengelolaan Informasi dan Komunikasi Publik" and m.code == "2.16.02"
    m = nm.match("PROGRAM PENGELOLAANSUMBER DAYA AIR (SDA)")  # glued words set apart
    assert m.name == "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)" and m.changed
    m = nm.match("PROGRAM PENCATATAN SIPIL")
    assert (m.name, m.changed) == ("PROGRAM PENCATATAN SIPIL", False)
    assert nm.match("Program Sipandu Sehat") is None  # a plan's own programme
    assert nm.match("PROGRAM PENGELOLAAN PERIKANAN DIGITAL") is None  # another word, not damage
    assert nm.match("PROGRAM PENANGANAN BENCANA").code != nm.match("PROGRAM PENANGGULANGAN BENCANA").code
    assert nm.match("Penyusunan masterplan") is None  # not written as a programme
    # the support programme every bidang has: its shared code, not the first bidang's
    assert nm.match("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI").code == "X.XX.01"

    p = Programme(name="PROGRAM PENYELENGGARAAN STATISTK SEKTORAL", page=12)
    official_name(p)
    assert (p.name, p.name_as_written, p.nomenclature) == (
        "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
        "PROGRAM PENYELENGGARAAN STATISTK SEKTORAL",
        "2.20.02",
    )
    assert p.sources[-1]["field"] == "name" and p.sources[-1]["how"].startswith("nomenclature 2.20.02")
    rec = p.to_json()
    assert rec["nomenclature"] == "2.20.02" and rec["name_as_written"].endswith("STATISTK SEKTORAL")


def test_matrix_money_cells_wrapped_in_narrow_columns_and_a_total_column_without_its_unit():
    """A landscape RPJMD matrix printed with narrow money columns: a number wrapped inside its cell
    ("2.50 0" for 2.500) reads as the number; the final "Kondisi Akhir | Rp" column, whose header
    does not repeat the "(dalam juta rupiah)" the per-year columns carry, takes the table's unit."""
    t = table(
        "Tabel 4.1 Program Perangkat Daerah Disertai Pagu Indikatif",
        WIDE_HEAD,
        [
            WIDE_YEARS,
            WIDE_KINDS,
            ["2.09.02", "PROGRAM LUMBUNG PANGAN DESA"]
            + ["Desa dengan lumbung aktif", "Desa", "12", "20", "2.50 0", "28", "2.75 0", "36", "3.00 0"]
            + ["36", "8.250", "DINAS KETAHANAN PANGAN"],
            ["2.09.03", "PROGRAM PASAR TANI DARING"]
            + ["Petani yang berjualan daring", "Orang", "150", "300", "1.2 00", "450", "", "600", ""]
            + ["600", "3.750", "Dinas Ketahanan Pangan"],
        ],
    )
    p = tprogs([t])
    a = p["PROGRAM LUMBUNG PANGAN DESA"]
    assert a.budget == pytest.approx(8.25e9) and [b["amount"] for b in a.budget_per_year] == [2.5e9, 2.75e9, 3e9]
    b = p["PROGRAM PASAR TANI DARING"]
    assert b.budget == pytest.approx(3.75e9), b.budget  # the total, in the table's unit


def test_agency_words_of_the_nomenclature_damaged_by_ocr_are_set_right():
    """ "PD UUSAN PEMBERINTAHAN BIDANG KESEHATAN" reads "PD URUSAN PEMERINTAHAN BIDANG KESEHATAN"; agency
    names as plans write them (places, abbreviations, the gold plans' agencies) stay as written."""
    from pathlib import Path

    import yaml

    from nlp.nomenclature import repair_words

    assert repair_words("PD UUSAN PEMBERINTAHAN BIDANG KESEHATAN") == "PD URUSAN PEMERINTAHAN BIDANG KESEHATAN"
    assert repair_words("PD INSEKTORAT DAERAH") == "PD INSPEKTORAT DAERAH"
    assert repair_words("Dinas Pemberdayan Masyarakat dan Desa") == "Dinas Pemberdayaan Masyarakat dan Desa"
    for keep in ("Diskominfo Kabupaten Tegal", "DPMPTSP", "Bappelitbangda", "RSUD Kenanga", None, ""):
        assert repair_words(keep) == keep
    gold = yaml.safe_load(
        (Path(__file__).parent.parent / "bench" / "eval" / "programmes" / "gold.yaml").read_text(encoding="utf-8")
    )
    agencies_written = {o for p in gold["plans"] for x in p["programmes"] for o in x.get("opd") or []}
    assert len(agencies_written) > 50
    assert [o for o in agencies_written if repair_words(o) != o] == []


# -- layouts of the fresh held-out plans (action-plan matrix, programme cards, narrative) ------------------
def test_action_plan_matrix_with_year_marks_money_in_juta_and_dimension_title_rows():
    """ "Tahun Pelaksanaan" over 2025 .. 2029 with a "V" in the years the programme runs, "Estimasi Biaya
    (Rp juta)", a "Sumber Dana" column (no amount), and "A | SMART GOVERNANCE" rows between programmes."""
    t = table(
        "Tabel 4.1 Rencana Aksi",
        ["No", "Program", "Target", "Tahun Pelaksanaan", "", "", "", "", "Estimasi Biaya (Rp juta)"]
        + ["Sumber Dana", "Perangkat Daerah"],
        [
            ["", "", "", "2025", "2026", "2027", "2028", "2029", "", "", ""],
            ["A", "SMART GOVERNANCE", "", "", "", "", "", "", "", "", ""],
            ["1", "Layanan Satu Pintu Kenanga", "40 layanan", "V", "V", "V", "", "", "2.750", "APBD", "Diskominfo"],
            ["", "Sub Total Smart Governance", "", "", "", "", "", "", "2.750", "", ""],
            ["B", "SMART LIVING", "", "", "", "", "", "", "", "", ""],
            ["2", "Angkutan Desa Terjadwal", "12 trayek", "", "V", "", "", "V", "487,5", "APBD, CSR", "Dishub"],
            ["3", "Beasiswa Talenta", "200 orang", "", "", "V", "", "", "-", "CSR", "Disdik"],
        ],
    )
    p = tprogs([t])
    assert set(p) == {"Layanan Satu Pintu Kenanga", "Angkutan Desa Terjadwal", "Beasiswa Talenta"}
    a, b, c = p["Layanan Satu Pintu Kenanga"], p["Angkutan Desa Terjadwal"], p["Beasiswa Talenta"]
    assert (a.year, a.budget, a.opd, a.target_value) == ("2025-2027", pytest.approx(2.75e9), "Diskominfo", 40)
    assert (b.year, b.budget) == ("2026-2029", pytest.approx(487.5e6))  # first and last marked year
    assert (c.year, c.budget) == ("2027", None)  # "-" and a source of funds only: no amount


def test_programme_cards_as_two_column_tables_split_over_a_page():
    """A card per programme: "Nama Program | X" then key/value rows; a card without its header row
    ("Komponen | Uraian"); the rest of a card after a page break (no name) belongs to the card before it.
    A partner ("Mitra") is never the owner; an owner still to be decided is no owner."""
    from review.plan import card_programmes

    def kv(rows, page=4, ordinal=0):
        return dict(
            caption="",
            header=list(rows[0]),
            rows=[list(r) for r in rows[1:]],
            page=page,
            section_ordinal=1,
            ordinal=ordinal,
        )

    tables = [
        kv(
            [
                ("Nama Program", "Sapa Warga Kenanga"),
                ("Kategori", "Quick Win"),
                ("Tujuan", "Satu kanal aduan"),
                ("Target / KPI", "85 persen aduan ditindaklanjuti dalam tiga hari pada tahun 2025"),
            ],
            ordinal=1,
        ),
        kv(
            [
                ("Waktu Pelaksanaan", "2025"),
                ("Perangkat Daerah Penanggung Jawab", "Dinas Komunikasi dan Informatika"),
                ("Mitra", "Universitas Kenanga; Puskesmas Melati"),
                ("Perkiraan Biaya", "Rp 450 juta"),
                ("Sumber Pendanaan", "APBD"),
            ],
            page=5,
            ordinal=2,
        ),
        kv(
            [
                ("Komponen", "Uraian"),
                ("Program", "Inkubator Usaha Kenanga"),
                ("Dimensi", "Smart Economy"),
                ("Indikator Kinerja / Target", "30 usaha rintisan lulus inkubasi pada akhir 2029"),
                ("Periode", "2026-2029"),
                ("OPD Pengampu", "Dinas Koperasi; Badan Riset dan Inovasi Daerah"),
                ("Kebutuhan Anggaran", "2026: Rp 350 juta; 2027: Rp 500 juta; 2028: Rp 500 juta; 2029: Rp 400 juta"),
            ],
            page=6,
            ordinal=3,
        ),
        kv(
            [
                ("Nama Program", "Literasi Digital Warga"),
                ("Penanggung Jawab", "Akan ditetapkan dengan Keputusan Wali Kota"),
                ("Estimasi Anggaran", "Dalam perhitungan"),
                ("Jadwal", "Menyesuaikan hasil kajian"),
            ],
            page=7,
            ordinal=4,
        ),
    ]
    p = {x.name: x for x in card_programmes(tables, "", [], {1: "programme"}, SECTIONS, NAMES)}
    assert list(p) == ["Sapa Warga Kenanga", "Inkubator Usaha Kenanga", "Literasi Digital Warga"]
    a, b, c = p["Sapa Warga Kenanga"], p["Inkubator Usaha Kenanga"], p["Literasi Digital Warga"]
    assert a.quick_win and (a.opd, a.budget, a.year, a.target_value) == (
        "Dinas Komunikasi dan Informatika",
        pytest.approx(450e6),
        "2025",
        85,
    )
    assert b.opds == ["Dinas Koperasi", "Badan Riset dan Inovasi Daerah"] and b.dimension == "economy"
    assert b.budget == pytest.approx(1.75e9) and [x["year"] for x in b.budget_per_year] == [2026, 2027, 2028, 2029]
    assert (b.target_value, b.year) == (30, "2026-2029")
    assert (c.opd, c.budget, c.year) == (None, None, None) and sorted(c.missing) == ["budget", "opd", "target", "year"]
    # the card tables define no programme of their own in the matrix reader ("Latar Belakang" rows)
    assert table_programmes(tables, {1: "programme"}, SECTIONS, NAMES) == []


def test_programme_cards_written_as_key_value_lines():
    """ "Nama Program : X Dimensi : ... Leading Sector : Dinas Perdagangan Perkiraan Biaya : Rp 275 juta":
    each key starts at a key word, so the value before it keeps its last words."""
    from nlp.cards import text_cards

    text = (
        "Nama Program : Retribusi Pasar Kenanga Dimensi : Smart Economy Kategori : Quick Win Latar Belakang : "
        "Retribusi masih tunai. Target / KPI : 8 pasar memungut retribusi nontunai pada tahun 2025 Tahun "
        "Pelaksanaan : 2025 Leading Sector : Dinas Perdagangan Perkiraan Biaya : Rp 275 juta Sumber Pendanaan : APBD"
    )
    cards = text_cards(text, [{"id": 7, "kind": "text", "char_start": 0, "char_end": len(text), "page_start": 5}])
    assert len(cards) == 1
    f = {role: value for role, _key, value in cards[0]["fields"]}
    assert f["name"] == "Retribusi Pasar Kenanga" and f["kind"] == "Quick Win"
    assert f["opd"] == "Dinas Perdagangan" and f["budget"] == "Rp 275 juta" and f["year"] == "2025"
    assert cards[0]["page"] == 5


@pytest.mark.parametrize(
    "value,amount",
    [
        ("Rp 400 juta per tahun (2025-2028), total Rp 1,6 miliar", 1.6e9),
        ("2026: Rp 350 juta; 2027: Rp 500 juta", 850e6),
        ("1,2 M", 1.2e9),
        ("Rp 85.000.000.000,00", 85e9),
        ("Dalam perhitungan", None),
    ],
)
def test_card_budgets(value, amount):
    from nlp.cards import card_budget

    got = card_budget(value)
    assert (got["amount"] if got else None) == (pytest.approx(amount) if amount else None)


def test_narrative_programmes_total_per_year_owner_first_and_a_target_before_the_name():
    text = (
        "Ditargetkan 35 desa rawan longsor yang terpasang sensor pada akhir 2027. Untuk itu Program Mitigasi "
        "Longsor Kenanga memasang sensor di desa rawan longsor. Program dilaksanakan selama tiga tahun "
        "(2025-2027), diampu oleh Badan Penanggulangan Bencana Daerah, dengan alokasi anggaran Rp 2,75 miliar.\n\n"
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu menjadi perangkat daerah pengampu Program "
        "Investasi Agrowisata. Kegiatan dilaksanakan mulai 2026 hingga 2029 dengan kebutuhan anggaran Rp 950 juta.\n\n"
        "Program Sekolah Terhubung menyambungkan sekolah desa dengan internet. Dalam dua tahun ditargetkan 25 "
        "sekolah terhubung pada tahun 2026, dengan alokasi anggaran Rp 300 juta per tahun, atau total Rp 600 juta.\n\n"
        "Program Sayur Presisi diampu oleh Dinas Pertanian. Anggaran disusun bertahap, yaitu Rp 500 juta pada "
        "2025, Rp 700 juta pada 2026 dan Rp 800 juta pada 2027, sehingga seluruhnya berjumlah Rp 2 miliar."
    )
    p = progs(text)
    m = p["Mitigasi Longsor Kenanga"]
    assert (m["target_value"], m["opd"], m["budget"]) == (
        35,
        "Badan Penanggulangan Bencana Daerah",
        pytest.approx(2.75e9),
    )
    assert p["Investasi Agrowisata"]["opd"] == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    s = p["Sekolah Terhubung"]
    assert (s["target_value"], s["budget"]) == (25, pytest.approx(600e6))  # the total, not one year's amount
    v = p["Sayur Presisi"]
    assert (v["budget"], v["year"]) == (pytest.approx(2e9), "2025-2027")


def test_bulleted_quick_wins_named_before_a_colon():
    text = (
        "Sejumlah program dipilih sebagai quick win, yaitu:\n\n"
        "- Program Satu Layanan Kenanga, dimulai dari izin yang paling banyak diajukan;\n\n"
        "- Lapak Digital Pasar Pagi: pendataan pedagang pasar pagi, dilaksanakan tahun 2025 oleh Dinas "
        "Perdagangan dengan anggaran Rp 150 juta; target 100 pedagang terdaftar pada akhir 2025.\n\n"
        "- Target: bukan nama program.\n"
    )
    p = progs(text)
    assert set(p) == {"Satu Layanan Kenanga", "Lapak Digital Pasar Pagi"}
    q = p["Lapak Digital Pasar Pagi"]
    assert (q["opd"], q["budget"], q["target_value"], q["year"]) == (
        "Dinas Perdagangan",
        pytest.approx(150e6),
        100,
        "2025",
    )
    assert p["Satu Layanan Kenanga"]["budget"] is None  # the next item's money is not its own


def test_renja_table_reads_programme_rows_not_their_kegiatan_and_takes_the_tables_year():
    """ "Program / Kegiatan / Sub Kegiatan": each "Program ..." row with its kegiatan rows under it; only
    the programme rows are programmes; the table is for one year ("Tahun 2026" in its caption)."""
    t = table(
        "Tabel 4.1 Rencana Program dan Kegiatan Prioritas Tahun 2026",
        ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu Indikatif (Rp)"]
        + ["Perangkat Daerah"],
        [
            ["2.16.03", "Program Satu Data Kenanga", "Data sektoral terbit", "80%", "950.000.000", "Diskominfo"],
            ["2.16.03.1.01", "Penyusunan Katalog Data", "Katalog tersusun", "1 dokumen", "350.000.000", "Diskominfo"],
            ["2.16.03.1.02", "Pengembangan Portal Data", "Portal aktif", "1 portal", "600.000.000", "Diskominfo"],
            ["2.17.02", "Program Literasi Digital Desa", "-", "-", "400.000.000", "Dinas Perpustakaan"],
            [
                "2.17.02.1.01",
                "Pelatihan Literasi Digital",
                "Peserta terlatih",
                "500 orang",
                "400.000.000",
                "Dinas Perpustakaan",
            ],
        ],
    )
    p = tprogs([t])
    assert sorted(p) == ["Program Literasi Digital Desa", "Program Satu Data Kenanga"]
    a, b = p["Program Satu Data Kenanga"], p["Program Literasi Digital Desa"]
    assert (a.budget, a.year, a.target_value) == (pytest.approx(950e6), "2026", 80)
    assert (b.year, b.target) == ("2026", None)  # the table's year; its kegiatan's target is not its own


def test_quick_win_table_target_in_the_description_and_years_from_the_road_map():
    """A quick-win table whose description ends "Target: ..." and, elsewhere, a road-map table that marks
    each programme's years with "X" (it defines no programme, but a programme the text gives no period takes
    its marked years); "(belum ditetapkan)" is no owner; "Pengampu" / "Program Inovasi" columns."""
    qw = table(
        "Tabel 4.1 Quick Win",
        ["No", "Quick Win", "Deskripsi", "Biaya (Rp)", "Penanggung Jawab"],
        [
            [
                "1",
                "Wifi Taman Kenanga",
                "Akses internet gratis di taman. Target: 20 taman kota pada akhir 2025.",
                "Rp350 jt",
            ]
            + ["(belum ditetapkan)"],
        ],
    )
    inov = table(
        "Tabel 4.2 Inovasi Kecamatan",
        ["No", "Pengampu", "Program Inovasi", "Target", "Waktu", "Biaya"],
        [["1", "Kecamatan Sawo", "Pasar Ikan Nontunai", "80% pedagang nontunai", "TW IV 2025", "Rp 210 jt"]],
    )
    road = table(
        "Tabel 5.1 Peta Jalan",
        ["No", "Program", "2025", "2026", "2027"],
        [["1", "Wifi Taman Kenanga", "X", "X", ""]],
    )
    p = tprogs([qw, inov, road])
    assert set(p) == {"Wifi Taman Kenanga", "Pasar Ikan Nontunai"}
    w, k = p["Wifi Taman Kenanga"], p["Pasar Ikan Nontunai"]
    assert (w.target_value, w.budget, w.opd) == (20, pytest.approx(350e6), None)
    assert (k.opd, k.year, k.budget) == ("Kecamatan Sawo", "TW IV 2025", pytest.approx(210e6))
    from review.plan import _roadmap_years, plan_tables

    w.year = None
    _roadmap_years([w], plan_tables([qw, inov, road]))
    assert w.year == "2025-2026"


def test_prose_quirks_of_two_column_pages():
    """A lettered heading glued to the paragraph under it; an owner in brackets after the name and an
    agency right after "Program X,"; "Pelaksana:" at the end of a column; "2025 s/d 2027"; "TW IV 2026";
    "Rp." and its amount split over a line."""
    text = (
        "a. Kesehatan RSUD Kenanga menjalankan Program Rumah Sakit Tanpa Kertas, yaitu rekam medis elektronik. "
        "Program dilaksanakan 2025 s/d 2026 dengan biaya Rp.\n\n2.750.000.000,-. Target: 100% rekam medis "
        "elektronik pada TW IV 2026.\n\n"
        "b. Kebencanaan Program Peringatan Dini Longsor (penanggung jawab: BPBD) memasang sensor. Target minimal "
        "30 desa terpasang sensor pada 2027. Waktu pelaksanaan 2025 s/d 2027; kebutuhan dana IDR 2,4 miliar.\n\n"
        "Melalui Program Angkutan Danau Terjadwal, Dinas Perhubungan menyiapkan jadwal kapal. Ditargetkan 6 "
        "dermaga berpapan jadwal digital. Waktu pelaksanaan TW IV 2026, anggaran Rp 850 jt.\n\n"
        "c. Masyarakat Program Kenanga Cakap Digital melatih warga. Pelaksana:\n\nDinas Komunikasi dan Informatika. "
        "Target: 5.000 warga terlatih."
    )
    p = progs(text)
    assert set(p) == {
        "Rumah Sakit Tanpa Kertas",
        "Peringatan Dini Longsor",
        "Angkutan Danau Terjadwal",
        "Kenanga Cakap Digital",
    }
    r = p["Rumah Sakit Tanpa Kertas"]
    assert (r["opd"], r["year"], r["budget"]) == ("RSUD Kenanga", "2025-2026", pytest.approx(2.75e9))
    d = p["Peringatan Dini Longsor"]
    assert (d["opd"], d["year"], d["budget"]) == ("BPBD", "2025-2027", pytest.approx(2.4e9))
    a = p["Angkutan Danau Terjadwal"]
    assert (a["opd"], a["year"], a["target_value"]) == ("Dinas Perhubungan", "2026", 6)
    assert p["Kenanga Cakap Digital"]["opd"] == "Dinas Komunikasi dan Informatika"


def test_renstra_table_programme_rows_with_indicator_rows_money_in_thousands_and_merged_agency_cells():
    """ "Program / Indikator Kinerja Program (Outcome)": a programme row (name, total, agency) with its
    outcome indicator row under it (targets per year); "Total Pendanaan (Rp ribu)"; an agency cell merged
    over the next programme comes back blank ("" - the agency above), while "-" is no agency."""
    t = table(
        "Tabel 4.1 Rencana Program, Indikator Kinerja dan Pendanaan Indikatif",
        ["No", "Program / Indikator Kinerja Program (Outcome)", "Satuan", "Target 2025", "Target 2026", "Target 2027"]
        + ["Total Pendanaan (Rp ribu)", "Perangkat Daerah Penanggung Jawab"],
        [
            ["1", "Program Satu Data Kenanga", "", "", "", "", "2.150.000", "Dinas Komunikasi dan Informatika"],
            ["", "Dataset sektoral yang terbit", "dataset", "100", "250", "400", "", ""],
            ["2", "Program Desa Digital Kenanga", "", "", "", "", "3.420.000", ""],
            ["", "Desa yang memakai sistem informasi desa", "desa", "-", "40", "60", "", ""],
            ["3", "Program Kawasan Industri Rotan", "", "", "", "", "-", "-"],
            ["", "Unit usaha rotan beroperasi", "unit", "10", "20", "-", "", ""],
        ],
    )
    p = tprogs([t])
    assert sorted(p) == ["Program Desa Digital Kenanga", "Program Kawasan Industri Rotan", "Program Satu Data Kenanga"]
    a, b, c = p["Program Satu Data Kenanga"], p["Program Desa Digital Kenanga"], p["Program Kawasan Industri Rotan"]
    assert (a.budget, a.target_value, a.year, a.indicator) == (
        pytest.approx(2.15e9),
        400,
        "2025-2027",
        "Dataset sektoral yang terbit",
    )
    assert (b.opd, b.target_value, b.year) == ("Dinas Komunikasi dan Informatika", 60, "2026-2027")
    assert (c.opd, c.budget, c.target_value, c.year) == (None, None, 20, "2025-2026")


def test_medium_term_programmes_under_a_heading_that_names_a_term_and_owners_as_plans_write_them():
    from review.plan import section_roles

    secs = [
        {"ordinal": 1, "title": "BAB IV RENCANA AKSI DAN PROGRAM", "parent": None},
        {"ordinal": 2, "title": "4.2 Program Jangka Menengah 2026-2029", "parent": 1},
        {"ordinal": 3, "title": "4.2.1 Smart Governance", "parent": 2},
        {"ordinal": 4, "title": "BAB V PETA JALAN JANGKA MENENGAH", "parent": None},
    ]
    assert [section_roles(secs)[i] for i in (2, 3, 4)] == ["programme", "programme", "roadmap"]
    text = (
        "Dipimpin oleh DKP, Program Kampung Nelayan Digital memperluas pencatatan setelah Quick Win Lelang Ikan "
        "Daring berjalan. Program berlangsung 2026-2028 dengan anggaran Rp 1.750 juta; targetnya 1.500 nelayan "
        "tercatat pada 2028.\n\n"
        "Program UMKM Naik Kelas Kenanga mendampingi pelaku UMKM. Program ini menjadi tanggung jawab Diskopdag, "
        "dilaksanakan pada 2027-2029 dengan anggaran sekitar Rp 900 juta.\n\n"
        "Program Pantai Destinasi Digital dilaksanakan pada 2026-2029 dengan Disparbud sebagai koordinator.\n\n"
        "Program Satu Data Kenanga dikoordinasikan Bappeda bersama Diskominfo pada 2026-2027.\n\n"
        "Program Angkutan Pantai Terjadwal menyediakan angkutan wisata. Koordinator pelaksanaannya adalah Dinas "
        "Perhubungan."
    )
    p = progs(text)
    assert set(p) == {
        "Kampung Nelayan Digital",
        "UMKM Naik Kelas Kenanga",
        "Pantai Destinasi Digital",
        "Satu Data Kenanga",
        "Angkutan Pantai Terjadwal",
    }  # the quick win named after "setelah" is a mention
    k = p["Kampung Nelayan Digital"]
    assert (k["opd"], k["year"], k["budget"], k["target_value"]) == ("DKP", "2026-2028", pytest.approx(1.75e9), 1500)
    assert p["UMKM Naik Kelas Kenanga"]["opd"] == "Diskopdag"
    assert p["Pantai Destinasi Digital"]["opd"] == "Disparbud"
    assert p["Satu Data Kenanga"]["opd"] == "Bappeda dan Diskominfo"
    assert p["Angkutan Pantai Terjadwal"]["opd"] == "Dinas Perhubungan"


def test_implementation_tables_numbered_paragraphs_and_supporting_agencies():
    """ "Indikasi Pagu (Rp juta)" with ranges ("800 - 1.200"); "OPD Pendukung" is never the owner; a
    "Sasaran" in words is no target; numbered paragraphs "(1) Nama. ..." and "Program ke-3: Nama";
    "Leading sector-nya adalah", "ditangani oleh"; a note "1. Tanda - ..." is not a programme."""
    t = table(
        "Tabel 4.1 Rencana Implementasi Smart Governance",
        ["Kode Program", "Nama Program", "Sasaran", "Target 2029", "Perangkat Daerah", "Indikasi Pagu (Rp juta)"]
        + ["OPD Pendukung"],
        [
            [
                "SG-01",
                "Layanan Desa Satu Genggam",
                "Desa melayani surat daring",
                "120 desa",
                "DPMD",
                "800 - 1.200",
                "Diskominfo",
            ],
            ["SG-02", "Relawan TIK Kenanga", "Tumbuhnya relawan digital", "-", "Diskominfo", "350", "Dispora"],
        ],
    )
    p = tprogs([t])
    a, b = p["Layanan Desa Satu Genggam"], p["Relawan TIK Kenanga"]
    assert (a.opd, a.budget, a.budget_range) == (
        "DPMD",
        pytest.approx(1.2e9),
        [pytest.approx(8e8), pytest.approx(1.2e9)],
    )
    assert (b.opd, b.target, b.budget) == ("Diskominfo", None, pytest.approx(3.5e8)) and "target" in b.missing
    text = (
        "(1) Pusat Analitik Data Kota. Program ini membangun dasbor. Leading sector-nya adalah Dinas Komunikasi dan "
        "Informatika. Sasaran kuantitatif: 40 kelurahan (2027).\n\n"
        "Program ke-3: Kampung Hemat Air Hujan. Program ini ditangani oleh Dinas Lingkungan Hidup serta Dinas PUPR "
        "dan dilaksanakan 2026-2028.\n\n"
        "Keterangan:\n1. Tanda - pada kolom target berarti program tidak dilaksanakan pada tahun tersebut."
    )
    q = progs(text)
    assert set(q) == {"Pusat Analitik Data Kota", "Kampung Hemat Air Hujan"}
    assert (q["Pusat Analitik Data Kota"]["opd"], q["Pusat Analitik Data Kota"]["target_value"]) == (
        "Dinas Komunikasi dan Informatika",
        40,
    )
    assert q["Kampung Hemat Air Hujan"]["opd"] == "Dinas Lingkungan Hidup dan Dinas PUPR"


def test_a_period_stated_above_a_table_is_its_programmes_period():
    from review.plan import table_periods

    passages = [
        {"kind": "text", "section_ordinal": 1, "text": "Seluruh program dimensi ini dilaksanakan pada 2026-2029."},
        {"kind": "table", "section_ordinal": 1, "table_ordinal": 0, "text": "..."},
        {"kind": "text", "section_ordinal": 2, "text": "Program dimensi berikut punya periode masing-masing."},
        {"kind": "table", "section_ordinal": 2, "table_ordinal": 1, "text": "..."},
    ]
    assert table_periods(passages) == {0: (2026, 2029)}
    t = table(
        "Tabel 4.2",
        ["No", "Program", "Target 2029", "OPD"],
        [["1", "Keramba Ikan Pintar", "40 unit", "DKP"]],
        ordinal=0,
    )
    p = {x.name: x for x in table_programmes([t], {1: "programme"}, SECTIONS, NAMES, None, table_periods(passages))}
    assert p["Keramba Ikan Pintar"].year == "2026-2029"


def test_element_matrix_and_one_line_quick_wins():
    """ "1.1 Elemen Pelayanan Publik (Smart Governance)" across a row is a group title; "Tahun Mulai" and
    "Tahun Selesai" give the period; "Quick Win 2 - Nama (Dinas X, Rp 320.000.000, 2025)" names its owner
    and money in brackets."""
    t = table(
        "Tabel 4.1 Matriks Program per Elemen",
        ["Program", "Deskripsi Singkat", "Tahun Mulai", "Tahun Selesai", "Biaya (Rp)", "OPD"],
        [
            ["1.1 Elemen Pelayanan Publik (Smart Governance)", "", "", "", "", ""],
            ["Adminduk Jemput Bola", "Layanan keliling. Target: 120 desa terlayani pada 2026.", "2025", "2026"]
            + ["1.150.000.000", "Disdukcapil"],
        ],
    )
    p = tprogs([t])
    assert list(p) == ["Adminduk Jemput Bola"]
    a = p["Adminduk Jemput Bola"]
    assert (a.year, a.budget, a.target_value, a.opd) == ("2025-2026", pytest.approx(1.15e9), 120, "Disdukcapil")
    q = progs(
        "Quick Win 2 - Tiket Perahu Nontunai (Dinas Perhubungan, Rp 320.000.000, 2025)\n"
        "Pembayaran tiket perahu dengan kode QR. Target: 8 dermaga melayani tiket nontunai pada 2025."
    )
    r = q["Tiket Perahu Nontunai"]
    assert (r["opd"], r["budget"], r["target_value"], r["year"]) == (
        "Dinas Perhubungan",
        pytest.approx(3.2e8),
        8,
        "2025",
    )


def test_appendix_profiles_named_by_their_heading():
    """ "LAMPIRAN: PROFIL PROGRAM" > "L.1 Satu Peta Kota": an appendix numbering is a heading (a sibling of
    the next "L.2", under the appendix), and a profile whose text never writes "Program X" is named by it
    when the text states at least two of its fields; a dimension heading names none."""
    from ingest.structure import HeadingDetector
    from review.plan import _heading_programme

    det = HeadingDetector(uses_bab=True)
    assert det.classify("L.1 Satu Peta Kota Kenanga") == (-1, "L.1", "Satu Peta Kota Kenanga")
    assert det.classify("A.2 Profil Layanan Publik") == (-1, "A.2", "Profil Layanan Publik")
    assert det.classify("L.1 Data ini disusun oleh tim.") is None  # a sentence, not a title
    text = (
        "Peta tematik dibuat terpisah oleh tiap perangkat daerah. Program ini membangun geoportal kota.\n\n"
        "Program ini dikoordinasikan oleh Badan Perencanaan Pembangunan Daerah. Sasaran yang ingin dicapai adalah "
        "40 peta tematik yang terbit di geoportal pada akhir 2027.\n\nProgram berjalan dari 2025 sampai 2027 dengan "
        "perkiraan biaya Rp 1,75 miliar."
    )
    rec = _heading_programme(text, 0, len(text), "L.1 Satu Peta Kota Kenanga", NAMES, None)
    assert rec is not None and rec["name"] == "Satu Peta Kota Kenanga"
    assert (rec["opd"], rec["target_value"], rec["year"], rec["budget"]) == (
        "Badan Perencanaan Pembangunan Daerah",
        40,
        "2025-2027",
        pytest.approx(1.75e9),
    )
    assert _heading_programme(text, 0, len(text), "4.1 Smart Governance", NAMES, None) is None
    assert _heading_programme("Latar belakang kota.", 0, 20, "L.2 Gambaran Umum Kota", NAMES, None) is None


def test_columns_named_as_other_plans_name_them_or_read_by_what_their_cells_hold():
    """Headers the lexicon knows by their synonyms ("Inisiatif Strategis", "SKPD", "Jangka Waktu", "Alokasi
    Dana", "KPI"), and a table whose headers name nothing ("Uraian Singkat", "Keterangan", blank): the
    columns are read by their cells (agencies, amounts in rupiah, periods), the first column of names is the
    programme column. A capitalised agency abbreviation and two agencies split by "/" are owners."""
    known = table(
        "Tabel 5.1 Inisiatif Prioritas",
        ["No", "Inisiatif Strategis", "SKPD", "KPI", "Jangka Waktu", "Alokasi Dana"],
        [
            ["1", "Kanal Aduan Warga Seruni", "DISKOMINFO", "90% aduan selesai", "2026 s.d. 2028", "Rp 1,2 M"],
            ["2", "Sensor Banjir Kampung", "BPBD / Dinas PUPR", "25 titik", "TA 2027", "Rp1.250 jt"],
        ],
    )
    p = tprogs([known])
    a, b = p["Kanal Aduan Warga Seruni"], p["Sensor Banjir Kampung"]
    assert (a.opds, a.target_value, a.year, a.budget) == (["DISKOMINFO"], 90, "2026 s.d. 2028", pytest.approx(1.2e9))
    assert (b.opds, b.target_value, b.budget) == (["BPBD", "Dinas PUPR"], 25, pytest.approx(1.25e9))
    unknown = table(
        "Tabel 5.2 Rencana Kerja",
        ["No", "Nama", "Uraian Singkat", "Pelaku", "Kapan", "Biaya Kira-kira", "Keterangan"],
        [
            [
                "1",
                "Pasar Ikan Digital",
                "transaksi nontunai di pasar ikan",
                "Dinas Perikanan",
                "2026",
                "Rp 800 juta",
                "-",
            ],
            ["2", "Peta Risiko Longsor", "peta risiko per kelurahan", "BPBD", "2026-2027", "Rp 1,5 miliar", "-"],
            ["3", "Ruang Baca Keliling", "mobil perpustakaan", "Dinas Perpustakaan", "2027", "Rp 650 juta", "-"],
        ],
    )
    p = tprogs([unknown])
    assert set(p) == {"Pasar Ikan Digital", "Peta Risiko Longsor", "Ruang Baca Keliling"}
    r = p["Peta Risiko Longsor"]
    assert (r.opd, r.year, r.budget) == ("BPBD", "2026-2027", pytest.approx(1.5e9))
    # a table of agencies and amounts that names no programmes, and a glossary, define none
    glossary = table(
        "Daftar Singkatan", ["Singkatan", "Kepanjangan"], [["BPBD", "Badan Penanggulangan Bencana Daerah"]] * 3
    )
    spend = table(
        "Tabel 2.3 Realisasi Belanja",
        ["Tujuan/Sasaran/Program", "Perangkat Daerah", "Realisasi"],
        [["Meningkatnya layanan publik", "Dinas Kesehatan", "Rp 2 miliar"]] * 3,
    )
    assert tprogs([glossary]) == {} and tprogs([spend]) == {}


def test_programmes_grouped_per_agency_with_plan_years_and_undecided_cells():
    """A chapter of one sub-section per agency ("4.3 Dinas Kesehatan") whose tables have no agency column:
    the heading is the owner. Timelines in plan years ("Tahun ke-2 s/d ke-4") take the plan's own first
    year; "Ditetapkan dalam Renja ...", "Akan ditetapkan ..." and "TBD (...)" cells are no values."""
    from nlp.entities import plan_year_span, plan_years

    terms = plan_years("Waktu pelaksanaan ditulis dalam tahun masterplan: tahun ke-1 adalah tahun anggaran 2026.")
    assert terms == {"year1": (2026, 2026)}
    assert [plan_year_span(v, terms) for v in ("Tahun ke-2 s/d ke-4", "Tahun ke-1", "Tahun ke-3 s.d. Tahun ke-5")] == [
        "2027-2029",
        "2026",
        "2028-2030",
    ]
    assert plan_years("Program ini berjalan sejak tahun 2026.") == {} and plan_year_span("Tahun ke-2", {}) is None
    secs = [
        {
            "ordinal": 1,
            "title": "Rencana Aksi per Perangkat Daerah",
            "number": "BAB IV",
            "path": "BAB IV",
            "parent": None,
        },
        {"ordinal": 2, "title": "Dinas Kesehatan", "number": "4.3", "path": "BAB IV > 4.3", "parent": 1},
    ]
    t = table(
        "Tabel 4.3 Rencana Aksi Dinas Kesehatan",
        ["No", "Inisiatif Strategis", "KPI", "Timeline", "Alokasi Dana"],
        [
            [
                "1",
                "Antrean Puskesmas Daring",
                "Puskesmas dengan antrean daring: dari 5 (2025) menjadi 20 puskesmas",
                "Tahun ke-2 s/d ke-3",
                "Rp. 1,4 M",
            ],
            ["2", "Surveilans Demam Berdarah", "Ditetapkan dalam Renja Tahun ke-2", "Tahun ke-1", "Rp900 jt"],
        ],
        section=2,
    )
    p = {x.name: x for x in table_programmes([t], {1: "programme", 2: "programme"}, secs, NAMES, terms)}
    a, b = p["Antrean Puskesmas Daring"], p["Surveilans Demam Berdarah"]
    assert (a.opd, a.year, a.budget, a.target_value) == ("Dinas Kesehatan", "2027-2028", pytest.approx(1.4e9), 20)
    assert (b.opd, b.year, b.target) == ("Dinas Kesehatan", "2026", None)
    cross = table(
        "Tabel 4.8 Inisiatif Lintas Perangkat Daerah",
        ["Unit Kerja Pelaksana", "Inisiatif Strategis", "KPI", "Timeline"],
        [["Akan ditetapkan dengan Keputusan Bupati", "Pantai Cerdas Wisata", "30 titik wifi", "Tahun ke-2"]],
    )
    c = tprogs([cross], terms)["Pantai Cerdas Wisata"]
    assert (c.opd, c.year) == (None, "2027")


def test_a_heading_over_a_one_row_table_of_its_fields_is_a_programme():
    """ "A.1 Ambulans Desa Terhubung (Quick Win)" over "Tahapan | Lead Agency | KPI | Timeline | Budget
    (IDR)" and one row: the heading names the programme, the tag makes it a quick win; an element
    heading over a table names none; "H.1 Bantuan Sosial Tepat Sasaran" under the programme chapter is a
    programme heading though its name has "Sasaran" in it."""
    from review.plan import section_roles

    secs = [
        {"ordinal": 0, "title": "RENCANA PROGRAM PER ELEMEN", "number": "BAB IV", "path": "BAB IV", "parent": None},
        {"ordinal": 1, "title": "Elemen Kesehatan", "number": "K", "path": "BAB IV > K", "parent": 0},
        {"ordinal": 2, "title": "Ambulans Desa Terhubung (Quick Win)", "number": "K.1", "path": "K > K.1", "parent": 1},
        {"ordinal": 3, "title": "Bantuan Sosial Tepat Sasaran", "number": "H.1", "path": "H > H.1", "parent": 1},
    ]
    roles = section_roles(secs)
    assert (roles[2], roles[3]) == ("quick_win", "programme")
    head = ["Tahapan", "Lead Agency", "KPI", "Timeline", "Budget (IDR)"]
    row = ["Jangka Pendek", "Dinas Kesehatan", "80 desa terlayani ambulans terhubung (2027)", "Q1 2026 - Q4 2027"]
    tabs = [
        table("", head, [row + ["2.200.000.000"]], section=2),
        table("", head, [row + ["TBD"]], section=3),
        table("", head, [row + ["900.000.000"]], section=1),  # under the element heading itself
    ]
    p = {x.name: x for x in table_programmes(tabs, roles, secs, NAMES, {"short": (2026, 2027)})}
    assert set(p) == {"Ambulans Desa Terhubung", "Bantuan Sosial Tepat Sasaran"}
    a, b = p["Ambulans Desa Terhubung"], p["Bantuan Sosial Tepat Sasaran"]
    assert (a.quick_win, a.opd, a.budget, a.target_value, a.year) == (
        True,
        "Dinas Kesehatan",
        pytest.approx(2.2e9),
        80,
        "Q1 2026 - Q4 2027",
    )
    assert (b.quick_win, b.budget) == (False, None)


def test_roman_quick_wins_with_owner_and_year_in_brackets_and_owners_as_prose_writes_them():
    text = (
        "i. Parkir Pasar Nontunai (Dinas Perhubungan, TA 2025): 90 titik parkir\nmenerima pembayaran nontunai; "
        "biaya ± Rp 320 juta.\n"
        "ii. Wifi Dermaga Nelayan (Dinas Komunikasi dan Informatika, TA 2025-2026): 14\ndermaga memiliki wifi "
        "publik; biaya ± Rp 210 juta.\n\n"
        "Untuk menghapus berkas kertas, pemerintah kota menjalankan Program Surat Elektronik Aparatur. Badan "
        "Kepegawaian Daerah bertanggung jawab atas program tersebut pada TA 2026.\n\n"
        "Program Pasar Ikan Tercatat mencatat lelang ikan. Pengampunya adalah Dinas Kelautan dan Perikanan.\n\n"
        "Program Dagang Daring Warga dilaksanakan pada 2025 s.d. 2027 oleh Dinas Koperasi.\n\n"
        "Adapun pajak ditempuh melalui Program Pajak Tanpa Antre. Program tersebut dijalankan Badan Pendapatan "
        "Daerah pada TA 2026."
    )
    p = progs(text)
    q = p["Parkir Pasar Nontunai"]
    assert (q["opd"], q["year"], q["budget"], q["target_value"], q["target_unit"]) == (
        "Dinas Perhubungan",
        "2025",
        3.2e8,
        90,
        "titik",
    )
    w = p["Wifi Dermaga Nelayan"]
    assert (w["opd"], w["year"], w["target_value"]) == ("Dinas Komunikasi dan Informatika", "2025-2026", 14)
    assert p["Surat Elektronik Aparatur"]["opd"] == "Badan Kepegawaian Daerah"
    assert p["Pasar Ikan Tercatat"]["opd"] == "Dinas Kelautan dan Perikanan"
    assert p["Dagang Daring Warga"]["opd"] == "Dinas Koperasi"
    assert p["Pajak Tanpa Antre"]["opd"] == "Badan Pendapatan Daerah"


def test_an_owner_appointed_for_the_programme():
    text = (
        "Program Los Ikan Tercatat merevitalisasi los pasar ikan.\n"
        "Dinas Perikanan ditunjuk sebagai OPD pengampu program ini. Dalam pelaksanaannya, Perumda Pasar Contoh "
        "menjadi mitra pengelola los. Sasaran yang ingin dicapai adalah 600 pedagang terdaftar pada akhir 2028."
    )
    r = progs(text)["Los Ikan Tercatat"]
    assert (r["opd"], r["target_value"]) == ("Dinas Perikanan", 600)


def test_profiles_side_by_side_road_map_by_year_role_matrix_and_agency_codes():
    """A profile table with the programmes as columns ("Uraian | S-01 | S-02", one row per field) is read
    per column, the owner's code expanded by the plan's legend ("PD-05 | Dinas Pendidikan"); a road map told
    year by year (one table per year, a programme again in each year it runs) gives one record per
    programme: its first to last year, the sum of its yearly allocations, the last year's target; its owner
    comes from a matrix of agencies' roles (the "PJ" column), and a "Quick Win" status marks it."""
    from review.plan import agency_codes

    legend = table(
        "Tabel 4.1 Kode Perangkat Daerah",
        ["Kode", "Perangkat Daerah"],
        [["PD-02", "Dinas Komunikasi dan Informatika"], ["PD-05", "Dinas Pendidikan"], ["PD-09", "Dinas Sosial"]],
    )
    side = table(
        "Tabel 4.6 Profil Program Smart Society",
        ["Uraian", "S-01", "S-02 (QW)"],
        [
            ["Nama Program", "Sekolah Hulu Terhubung", "Layanan Disabilitas Terpadu"],
            ["Kode PD Pengampu", "PD-05", "PD-09"],
            ["Kode PD Pendukung", "PD-02", "PD-02"],
            ["Target Outcome", "60 sekolah terhubung internet (2027)", "2.500 orang terlayani (2026)"],
            ["Jadwal", "2025 - 2027", "2026"],
            ["Estimasi Biaya", "IDR 3,6 miliar", "IDR 700 juta"],
        ],
    )
    terms = {"codes": agency_codes([legend, side])}
    p = tprogs([legend, side], terms)
    a, b = p["Sekolah Hulu Terhubung"], p["Layanan Disabilitas Terpadu"]
    assert (a.opd, a.year, a.budget, a.target_value, a.quick_win) == (
        "Dinas Pendidikan",
        "2025 - 2027",
        3.6e9,
        60,
        False,
    )
    assert (b.opd, b.budget, b.quick_win) == ("Dinas Sosial", 7e8, True)

    def year_table(y, rows, page):
        head = ["Kode", "Program", "Status", f"Sasaran Akhir Tahun {y}", "Pagu Indikatif (Rp juta)"]
        return table(f"Tabel 4.{y - 2025} Peta Jalan Tahun {y}", head, rows, page=page)

    road = [
        year_table(
            2026,
            [
                ["K.01", "Portal Layanan Warga", "Baru", "40 layanan daring", "850"],
                ["K.02", "Antrean Adminduk", "Quick Win", "100% layanan", "275"],
            ],
            3,
        ),
        year_table(2027, [["K.01", "Portal Layanan Warga", "Lanjutan", "85 layanan", "600"]], 4),
        year_table(2028, [["K.01", "Portal Layanan Warga", "Lanjutan", "120 layanan", "450"]], 4),
        table(
            "Tabel 4.7 Matriks Peran Perangkat Daerah",
            ["Kode", "Program", "Bappeda", "Diskominfo", "Disdukcapil"],
            [["K.01", "Portal Layanan Warga", "K", "PJ", "P"], ["K.02", "Antrean Adminduk", "K", "P", "PJ"]],
            page=5,
        ),
    ]
    p = {x.name: x for x in merge_programmes(table_programmes(road, {1: "programme"}, SECTIONS, NAMES, {}))}
    w, q = p["Portal Layanan Warga"], p["Antrean Adminduk"]
    assert (w.year, w.budget, w.target_value, w.target_year, w.opd) == (
        "2026-2028",
        pytest.approx(1.9e9),
        120,
        2028,
        "Diskominfo",
    )
    assert [x["amount"] for x in w.budget_per_year] == [pytest.approx(8.5e8), pytest.approx(6e8), pytest.approx(4.5e8)]
    assert (q.year, q.budget, q.quick_win, q.opd) == ("2026", pytest.approx(2.75e8), True, "Disdukcapil")


def test_a_programme_written_as_its_terms_of_reference():
    """ "4.1.1 Kerangka Acuan Kerja (KAK) Program X" / "TOR: X": the identification block, the cost table's
    JUMLAH row, numbers written again in words, the budget user and the signature over "ttd." name the owner;
    its sub-headings (lettered, roman) belong to it, the chapter title does not make a programme."""
    from review.plan import kak_programmes

    text = (
        "BAB IV KERANGKA ACUAN KERJA PROGRAM PRIORITAS\n\n"
        "4.1.1 Kerangka Acuan Kerja (KAK) Program Adminduk Desa Daring\n\n"
        "Perangkat Daerah | : | Dinas Kependudukan dan Pencatatan Sipil\nKategori | : | Quick Win\n"
        "Indikator Keluaran | : | Desa yang melayani dokumen secara daring\nSatuan Ukur | : | desa\n"
        "Volume Keluaran | : | 120\nTahun Anggaran | : | 2026\n\n"
        "A Latar Belakang\n\nPada tahun 2025 baru 18 desa memiliki operator.\n\nE Rencana Anggaran Biaya\n\n"
        "No | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp)\n"
        "1 | Aplikasi | 1 | paket | 285.000.000 | 285.000.000\n2 | Komputer | 60 | unit | 6.500.000 | 390.000.000\n"
        " | JUMLAH |  |  |  | 675.000.000\n\n"
        "4.1.2 KAK Program Data Perencanaan Terpadu\n\n"
        "Indikator keberhasilan: perangkat daerah yang menyusun Renja secara terintegrasi mencapai 100% "
        "(seratus persen) pada akhir tahun 2027.\n\nIII WAKTU PELAKSANAAN\n\nKegiatan dilaksanakan pada Tahun "
        "Anggaran 2026 sampai dengan Tahun Anggaran 2027.\n\nIV PELAKSANA KEGIATAN\n\nPengguna Anggaran (PA) "
        "kegiatan ini adalah Kepala Badan Perencanaan Pembangunan Daerah.\n\nV PEMBIAYAAN\n\nBiaya sebesar "
        "Rp 1.350.000.000,00 (satu miliar tiga ratus lima puluh juta rupiah).\n\n"
        "4.1.3 TOR: Keamanan Informasi Daerah\n\n2. Keluaran dan Indikator Indikator kinerja keluaran: aplikasi "
        "yang lulus uji, dengan target 35 aplikasi pada Desember 2027.\n\n4. Biaya yang Diperlukan Biaya "
        "sebesar Rp 690.000.000,- (enam ratus sembilan puluh juta rupiah).\n\nSukamaju, 5 Januari 2026 Kepala "
        "Dinas Komunikasi dan Informatika Kabupaten Sukamaju, ttd.\n\nNIP 19720314 199703 1 006\n"
    )
    sec = []
    for title, number, level in [
        ("KERANGKA ACUAN KERJA PROGRAM PRIORITAS", "BAB IV", 1),
        ("Kerangka Acuan Kerja (KAK) Program Adminduk Desa Daring", "4.1.1", 3),
        ("Latar Belakang", "A", 4),
        ("Rencana Anggaran Biaya", "E", 4),
        ("KAK Program Data Perencanaan Terpadu", "4.1.2", 3),
        ("WAKTU PELAKSANAAN", "III", 1),
        ("PELAKSANA KEGIATAN", "IV", 1),
        ("PEMBIAYAAN", "V", 1),
        ("TOR: Keamanan Informasi Daerah", "4.1.3", 3),
    ]:
        start = text.index(f"{number} {title}")
        sec.append(
            {
                "ordinal": len(sec),
                "title": title,
                "number": number,
                "level": level,
                "char_start": start,
                "path": f"{number} {title}",
                "parent": None,
            }
        )
    pages = [{"page": 5, "char_start": 0, "char_end": len(text)}]
    p = {x.name: x for x in kak_programmes(text, sec, pages, {})}
    assert set(p) == {"Adminduk Desa Daring", "Data Perencanaan Terpadu", "Keamanan Informasi Daerah"}
    a, b, c = p["Adminduk Desa Daring"], p["Data Perencanaan Terpadu"], p["Keamanan Informasi Daerah"]
    assert (a.opd, a.year, a.budget, a.target_value, a.target_unit, a.quick_win) == (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "2026",
        6.75e8,
        120,
        "desa",
        True,
    )
    assert (b.opd, b.year, b.budget, b.target_value) == (
        "Badan Perencanaan Pembangunan Daerah",
        "2026-2027",
        1.35e9,
        100,
    )
    assert (c.opd, c.budget, c.target_value) == ("Dinas Komunikasi dan Informatika", 6.9e8, 35)
    from review.plan import KAK_TITLE

    # a programme whose name only starts like the abbreviations is no terms of reference
    assert not any(KAK_TITLE.match(t) for t in ("Kakao Rakyat Sejahtera", "Toraja Digital", "Tortila Pasar Rakyat"))


def test_masterplan_tables_as_consultants_write_them():
    """A 5W+1H matrix ("Apa (What)", "Siapa (Who)": "Dinas X (penanggung jawab); didukung ...", "Kapan
    (When)", "Berapa (How Much)", the target as "Sasaran: ..." inside the "Mengapa" cell); agency cells
    "Leading sector: X. Pendukung: Y"; a funding table by source whose "Jumlah" is the budget (in the unit its
    caption gives); a logframe's "Input" cell of labelled parts; year columns whose cells give a step and its
    money; a lone "Target 2030" column is the target's year, not the programme's period."""
    w5 = table(
        "Tabel 4.1 Analisis 5W+1H Quick Win",
        ["No", "Apa (What)", "Mengapa (Why)", "Siapa (Who)", "Kapan (When)", "Di mana (Where)", "Berapa (How Much)"],
        [
            [
                "1",
                "Kanal Aduan Satu Nomor",
                "Aduan tersebar. Sasaran: 90% aduan ditanggapi dalam dua hari (Desember 2026).",
                "Dinas Komunikasi dan Informatika (penanggung jawab); didukung admin kecamatan",
                "Maret – Agustus 2026",
                "Kantor kecamatan",
                "Rp 185 juta (APBD)",
            ]
        ],
    )
    k = tprogs([w5])["Kanal Aduan Satu Nomor"]
    assert (k.opd, k.year, k.budget, k.target_value) == (
        "Dinas Komunikasi dan Informatika",
        "Maret – Agustus 2026",
        1.85e8,
        90,
    )
    progs_t = table(
        "Tabel 4.2.a Program Smart Governance",
        ["No", "Program", "Indikator Kinerja", "Target Akhir (Tahun)", "Jangka Waktu", "Perangkat Daerah"],
        [
            [
                "1",
                "Satu Data Kabupaten",
                "Perangkat daerah yang menerbitkan data",
                "100% (2027)",
                "2026 – 2027",
                "Leading sector: Bappeda. Pendukung: Diskominfo; Bagian Hukum",
            ],
            [
                "2",
                "Pusat Komando Kabupaten",
                "Kejadian yang ditangani",
                "80% (2028)",
                "2027 – 2028",
                "Leading sector: belum ditetapkan (menunggu Keputusan Bupati). Pendukung: Diskominfo",
            ],
        ],
    )
    funds = table(
        "Tabel 4.2.b Indikasi Pendanaan Program Smart Governance (dalam juta rupiah)",
        ["No", "Program", "APBD Kabupaten", "DAK / APBN", "CSR / KPBU", "Jumlah"],
        [
            ["1", "Satu Data Kabupaten", "450", "-", "-", "450"],
            ["2", "Pusat Komando Kabupaten", "2.100", "1.500", "-", "3.600"],
            ["", "Total", "2.550", "1.500", "-", "4.050"],
        ],
    )
    p = tprogs([progs_t, funds])
    assert set(p) == {"Satu Data Kabupaten", "Pusat Komando Kabupaten"}
    assert (p["Satu Data Kabupaten"].opd, p["Satu Data Kabupaten"].budget) == ("Bappeda", pytest.approx(4.5e8))
    assert (p["Pusat Komando Kabupaten"].opd, p["Pusat Komando Kabupaten"].budget) == (None, pytest.approx(3.6e9))
    logframe = table(
        "Tabel 4.1 Kerangka Logis",
        ["Program", "Penanggung Jawab", "Input", "Output", "Outcome (Target Kinerja)"],
        [
            [
                "Dasbor Kinerja Bupati",
                "Bappeda",
                "Anggaran: Rp 850 jt (APBD); Waktu: 2026 s/d 2027; SDM: 2 analis",
                "1 dasbor",
                "Perangkat daerah yang melapor lewat dasbor: 100% (Desember 2027)",
            ]
        ],
    )
    d = tprogs([logframe])["Dasbor Kinerja Bupati"]
    assert (d.budget, d.year, d.target_value) == (pytest.approx(8.5e8), "2026 s/d 2027", 100)
    steps = table(
        "Tabel 4.4 Tahapan dan Pembiayaan",
        ["Program", "Perangkat Daerah", "2025", "2026", "2027", "Sasaran Akhir"],
        [
            [
                "Rujukan Terpadu",
                "Dinas Kesehatan",
                "-",
                "Aplikasi dan uji coba; Rp 600 jt",
                "Perluasan; Rp 900 jt",
                "100% puskesmas (2027)",
            ]
        ],
    )
    r = tprogs([steps])["Rujukan Terpadu"]
    assert (r.year, r.budget) == ("2026-2027", pytest.approx(1.5e9))
    kpi = table(
        "Tabel 4.3 Indikator Kinerja dan Program",
        ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal (2025)", "Target 2030", "Program", "Perangkat Daerah"],
        [["IK-1", "Desa dengan sensor longsor", "titik", "2", "30", "Pemantauan Longsor Desa", "BPBD"]],
    )
    q = tprogs([kpi])["Pemantauan Longsor Desa"]
    assert (q.year, q.target_value, q.target_year, q.opd) == (None, 30, 2030, "BPBD")


def test_programmes_told_again_by_phase_take_its_years_and_the_money_after_their_name():
    from review.plan import phase_mentions

    text = (
        "4.3 Tahapan Implementasi\n\nFase I – Fondasi (2026–2027) Program yang dijalankan adalah:\n\n"
        "- Program Portal Data Desa: Rp 1,2 miliar\n\n- Program Layanan Kecamatan Daring: Rp 3,4 miliar (dimulai pada "
        "Fase I dan berlanjut sampai akhir 2029)\n\n- Program Papan Informasi Digital: Rp 850 juta (dilaksanakan pada "
        "2027 saja)\n\nFase II – Akselerasi (2028–2029) Program yang dijalankan adalah Talenta ASN (Rp 900 juta), "
        "Resi Gudang Kopi (Rp 1,75 miliar) dan Longsor Terpantau (Rp 2,8 miliar). Program Kredit Mikro Berbasis "
        "Data hanya dilaksanakan pada 2029 dengan kebutuhan Rp 450 juta. Layanan Kecamatan Daring yang dimulai pada "
        "Fase I diteruskan pada fase ini."
    )
    names = [
        "Portal Data Desa",
        "Layanan Kecamatan Daring",
        "Papan Informasi Digital",
        "Talenta ASN",
        "Resi Gudang Kopi",
        "Longsor Terpantau",
        "Kredit Mikro Berbasis Data",
    ]
    progs_ = [Programme(name=n) for n in names]
    progs_[3].year = "2028"  # a field already read is never replaced
    phase_mentions(progs_, text, [{"page": 6, "char_start": 0, "char_end": len(text)}])
    got = {p.name: (p.year, p.budget) for p in progs_}
    assert got == {
        "Portal Data Desa": ("2026-2027", 1.2e9),
        "Layanan Kecamatan Daring": ("2026-2029", 3.4e9),
        "Papan Informasi Digital": ("2027", 8.5e8),
        "Talenta ASN": ("2028", 9e8),
        "Resi Gudang Kopi": ("2028-2029", 1.75e9),
        "Longsor Terpantau": ("2028-2029", 2.8e9),
        "Kredit Mikro Berbasis Data": ("2029", 4.5e8),
    }


def test_year_group_rows_quick_win_tags_volume_columns_and_a_schedule_by_stage():
    from review.plan import _roadmap_years

    qw = table(
        "Tabel 4.1 Quick Win",
        ["No", "Quick Win", "Sasaran Terukur", "Unit Kerja", "Pagu (Rp)"],
        [
            ["", "PELAKSANAAN TAHUN 2026", "", "", ""],
            ["1", "Aduan Satu Pintu", "85% aduan ditindaklanjuti", "Diskominfo", "350.000.000"],
            ["", "PELAKSANAAN TAHUN 2027", "", "", ""],
            ["2", "Pasar Nontunai", "40 pasar", "Disperindag", "420.000.000"],
        ],
    )
    p = tprogs([qw])
    assert set(p) == {"Aduan Satu Pintu", "Pasar Nontunai"}
    assert (p["Aduan Satu Pintu"].year, p["Pasar Nontunai"].year) == ("2026", "2027")
    recap = table(
        "Tabel 4.2 Rekapitulasi Program menurut Perangkat Daerah",
        ["No", "Program", "Indikator Kinerja", "Target Akhir (2029)", "Periode", "Kebutuhan Dana"],
        [
            ["", "Perangkat Daerah: Bappeda dan Diskominfo", "", "", "", ""],
            [
                "1",
                "Satu Data Kabupaten",
                "Perangkat daerah yang menerbitkan data",
                "80%",
                "2025 - 2027",
                "Rp 1.200.000.000",
            ],
            ["", "Perangkat Daerah: Dinas Kesehatan", "", "", "", ""],
            [
                "2",
                "Antrean Puskesmas",
                "Puskesmas dengan antrean daring",
                "20 puskesmas",
                "2026 - 2027",
                "Rp 400.000.000",
            ],
        ],
    )
    r = tprogs([recap])
    assert set(r) == {"Satu Data Kabupaten", "Antrean Puskesmas"}
    assert (r["Satu Data Kabupaten"].opds, r["Antrean Puskesmas"].opd) == (["Bappeda", "Diskominfo"], "Dinas Kesehatan")
    ind = table(
        "Tabel 4.3 Indikasi Program Smart Economy",
        ["No", "Instansi Pelaksana", "Program", "Indikator", "Volume Target", "Satuan", "Perkiraan Biaya (Rp M)"],
        [
            [
                "1",
                "Dinas Pertanian",
                "Pasar Tani Daring (QW)",
                "Kelompok tani yang berjualan daring",
                "150",
                "kelompok",
                "0,45",
            ]
        ],
    )
    t = tprogs([ind])["Pasar Tani Daring"]
    assert (t.quick_win, t.target_value, t.target_unit, t.budget) == (True, 150, "kelompok", pytest.approx(4.5e8))
    stages = normalise_tables(
        [
            table(
                "Tabel 5.1 Tahapan",
                ["Dimensi", "Tahap I - Jangka Pendek (2026-2027)", "Tahap II - Jangka Menengah (2028-2030)"],
                [
                    [
                        "Smart Economy",
                        "1) Pasar Tani Daring; 2) Gudang Kopi Daring (2026 saja)",
                        "1) Perikanan Danau Presisi (2029-2030)",
                    ]
                ],
            )
        ]
    )
    progs_ = [Programme(name=n) for n in ("Pasar Tani Daring", "Gudang Kopi Daring", "Perikanan Danau Presisi")]
    _roadmap_years(progs_, stages)
    assert [(x.year, x.horizon) for x in progs_] == [("2026-2027", "short"), ("2026", "short"), ("2029-2030", "medium")]


def test_stacked_two_row_tables_boxed_coded_notes_and_months_as_periods():
    stacked = table(
        "Tabel 4.2 Rencana Program Dimensi Smart Governance",
        ["No", "Program dan Deskripsi", "", "", ""],
        [
            ["No", "Perangkat Daerah", "Target Kinerja", "Waktu", "Biaya Indikatif"],
            ["1", "Program Satu Data Kota: membangun portal data terpadu dan kalender rilis data.", "", "", ""],
            ["1", "Bappeda dan Diskominfo", "75% perangkat daerah merilis data (2028)", "2026-28", "Rp 2,5 M"],
            ["2", "Program Kinerja ASN Elektronik: mencatat sasaran kinerja pegawai dalam satu aplikasi.", "", "", ""],
            ["", "Badan Kepegawaian Daerah", "100% ASN dinilai secara elektronik (2027)", "TA 2027", "Rp 750 jt"],
        ],
    )
    # the same table continued on the next page without its header
    more = table(
        "",
        ["3", "Program Mal Pelayanan Virtual: menghadirkan layanan perizinan daring.", "", "", ""],
        [["", "Dinas Penanaman Modal dan PTSP", "60 jenis layanan (2029)", "2027 s.d. 2029", "Rp 1,25 M"]],
        page=5,
    )
    p = tprogs([stacked, more])
    assert set(p) == {"Satu Data Kota", "Kinerja ASN Elektronik", "Mal Pelayanan Virtual"}
    sd = p["Satu Data Kota"]
    assert (sd.opds, sd.year, sd.budget) == (["Bappeda", "Diskominfo"], "2026-2028", pytest.approx(2.5e9))
    assert p["Kinerja ASN Elektronik"].budget == pytest.approx(7.5e8)
    assert p["Mal Pelayanan Virtual"].opd == "Dinas Penanaman Modal dan PTSP"
    # an ordinary table whose first row is data stays as it is
    plain = table("Tabel 4.9", ["No", "Program", "", ""], [["1", "Pasar Daring", "Dinas Perdagangan", "Rp 1 M"]])
    assert normalise_tables([plain])[0]["rows"] == [["1", "Pasar Daring", "Dinas Perdagangan", "Rp 1 M"]]

    # boxed quick-win notes whose frames are gone: one paragraph of coded items
    boxed = progs(
        "Uraian Quick Win QW-1. Surat Keterangan Desa Daring. Dinas Pemberdayaan Masyarakat dan Desa akan "
        "menyiapkan aplikasi dan melatih operator desa, mulai Maret dan selesai Agustus 2025, dengan biaya Rp 150 "
        "juta. Sasaran: 60 desa menerbitkan surat keterangan daring. QW-2. Pembayaran PBB Lewat Agen Desa. "
        "Kegiatan ini dikerjakan oleh Badan Pendapatan Daerah bersama bank daerah sebagai mitra, pada Oktober 2025 "
        "s.d. Maret 2026. Biaya Rp 210 juta. QW-3. Jadwal Dokter Daring. Pelaksana: Dinas Kesehatan. Waktu: Juni "
        "- Oktober 2025. Anggaran: Rp 95.500.000."
    )
    assert list(boxed) == ["Surat Keterangan Desa Daring", "Pembayaran PBB Lewat Agen Desa", "Jadwal Dokter Daring"]
    assert all(r["quick_win"] for r in boxed.values())
    sk, pbb, jd = boxed.values()
    assert (sk["opd"], sk["year"], sk["budget"]) == ("Dinas Pemberdayaan Masyarakat dan Desa", "2025", 1.5e8)
    assert (pbb["opd"], pbb["year"]) == ("Badan Pendapatan Daerah", "2025-2026")
    assert (jd["opd"], jd["year"], jd["budget"]) == ("Dinas Kesehatan", "2025", 95_500_000)
    # an agency merely named, not the one that will do the work, is no owner
    assert (
        progs("QW-4. Wifi Taman. Warga dapat melapor ke Dinas Kesehatan bila sinyal lemah.")["Wifi Taman"]["opd"]
        is None
    )


def test_halves_cascades_packed_cells_currency_columns_and_financing_tables():
    from review.plan import financing_tables

    # a table printed in two halves, joined by the row number
    first = table(
        "Tabel 4.1 Quick Win (Bagian A)",
        ["No", "Nama Quick Win", "Permasalahan (Kondisi 2025)", "Sasaran Terukur"],
        [
            ["1", "Antrean Puskesmas Daring", "Antre 95 menit (2025)", "8 puskesmas"],
            ["2", "E-Retribusi Pasar", "-", "1.200 pedagang"],
        ],
    )
    second = table(
        "Tabel 4.1 Quick Win (Bagian B, lanjutan)",
        ["No", "Perangkat Daerah Pelaksana", "Waktu Pelaksanaan", "Anggaran (Rp)"],
        [
            ["1", "Dinas Kesehatan", "2 Maret - 30 Juni 2026", "245.000.000"],
            ["2", "Dinas Perdagangan", "1 Oktober 2026 - 31 Maret 2027", "310.000.000"],
        ],
        page=5,
    )
    p = tprogs([first, second])
    assert (p["Antrean Puskesmas Daring"].opd, p["Antrean Puskesmas Daring"].budget) == ("Dinas Kesehatan", 245e6)
    assert year_values_of(p["E-Retribusi Pasar"]) == [2026, 2027]
    # a cascade: only its Program rows; the currency printed in a column of its own; column numbers under the header
    cascade = table(
        "Tabel 4.1 Cascading Kinerja",
        [
            "Kode",
            "Tujuan / Sasaran / Program",
            "Indikator",
            "Target",
            "Periode",
            "Pagu Indikatif",
            "",
            "Perangkat Daerah",
        ],
        [
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "", "(7)"],
            ["1", "TUJUAN: Tata kelola digital", "Indeks SPBE", "3,50", "2025-2029", "", "", ""],
            ["1.1", "Sasaran: Birokrasi efektif", "Nilai SAKIP", "72", "2025-2029", "Rp", "1.470.000.000", ""],
            [
                "1.1.1",
                "Program Naskah Dinas Elektronik",
                "Naskah bertanda tangan elektronik",
                "100%",
                "2025-2026",
                "Rp",
                "650.000.000",
                "Bagian Umum",
            ],
        ],
    )
    c = tprogs([cascade])
    assert list(c) == ["Program Naskah Dinas Elektronik"]
    assert (c["Program Naskah Dinas Elektronik"].budget, c["Program Naskah Dinas Elektronik"].opd) == (
        650e6,
        "Bagian Umum",
    )
    # every field packed into one cell as labelled parts, in any order
    packed = table(
        "Tabel 4.3 Ringkasan Program",
        ["No", "Program", "Keterangan"],
        [
            [
                "1",
                "Pantau Air Sungai",
                "PD: Dinas Lingkungan Hidup; Mitra: komunitas sungai; Target: 25 titik pantau (2027); Waktu: 2026-2027; Biaya: Rp 780 jt",
            ],
            [
                "2",
                "Pos Pantau Banjir",
                "Waktu: 2025 s.d. 2027; Biaya: Rp 1,35 M; PD: Badan Penanggulangan Bencana Daerah; Target: 12 pos (2027)",
            ],
        ],
    )
    k = tprogs([packed])
    assert (k["Pantau Air Sungai"].opd, k["Pantau Air Sungai"].budget) == (
        "Dinas Lingkungan Hidup",
        pytest.approx(7.8e8),
    )
    assert k["Pos Pantau Banjir"].opd == "Badan Penanggulangan Bencana Daerah"
    # a financing table by year and source whose caption names the programme: the Jumlah column's total
    prog = Programme(name="Gerai Layanan Publik", year="2028")
    fin = normalise_tables(
        [
            table(
                "Tabel 4.2 Rencana Pembiayaan Program Gerai Layanan Publik (dalam juta rupiah)",
                ["Tahun", "APBD Kota", "DAK / APBN", "Sumber Lain (CSR / KPBU)", "Jumlah"],
                [
                    ["2026", "800", "-", "-", "800"],
                    ["2027", "600", "900", "-", "1.500"],
                    ["Total", "1.400", "900", "-", "2.300"],
                ],
            )
        ]
    )
    financing_tables([prog], fin)
    assert (prog.budget, prog.year) == (2.3e9, "2026-2027")
    assert [x["amount"] for x in prog.budget_per_year] == [8e8, 1.5e9]


def year_values_of(p: Programme) -> list[int]:
    from review.plan import year_values

    return year_values(p.year)


def test_slides_shares_of_money_per_agency_and_a_paragraph_that_names_its_agency_once():
    slides = progs(
        "QUICK WIN 01 - Pendaftaran Sekolah Daring Dimensi: Smart Society | Elemen: Pendidikan\n\n"
        "- PIC: Dinas Pendidikan\n\n- Timeline: Mar - Jul 2026\n\n- Budget: Rp 165 jt (APBD 2026)\n\n"
        "- KPI: 100% sekolah menerima pendaftaran daring\n\n- Deliverables: 1 aplikasi\n\n"
        "QUICK WIN 02 - Lapor Jalan Rusak Dimensi: Smart Living\n\n- KPI: 80% laporan ditanggapi dalam 7 hari\n\n"
        "- Penanggung jawab (PIC): Dinas Pekerjaan Umum dan Penataan Ruang\n\n- Didukung oleh: Dinas Komunikasi dan "
        "Informatika\n\n- Jadwal: Jun 2026 - Feb 2027\n\n- Anggaran: Rp 90 juta"
    )
    assert list(slides) == ["Pendaftaran Sekolah Daring", "Lapor Jalan Rusak"]
    sd, lj = slides.values()
    assert (sd["opd"], sd["year"], sd["budget"], sd["target_value"]) == ("Dinas Pendidikan", "2026", 1.65e8, 100)
    assert (lj["opd"], lj["year"]) == ("Dinas Pekerjaan Umum dan Penataan Ruang", "2026-2027")
    shares = progs(
        "Program Perlindungan Anak Daring dilaksanakan oleh Dinas Sosial (Rp 450 juta) dan Dinas Kesehatan (Rp 300 "
        "juta) pada 2027-2028.\n\nProgram Data Sosial Desa dijalankan Dinas Sosial (Rp 600 juta) bersama Dinas "
        "Pemberdayaan Masyarakat dan Desa (Rp 250 juta), seluruhnya Rp 850 juta, mulai 2026 hingga 2027."
    )
    pa, ds = shares.values()
    assert (pa["opds"], pa["budget"]) == (["Dinas Sosial", "Dinas Kesehatan"], 7.5e8)
    assert (ds["opds"], ds["budget"]) == (["Dinas Sosial", "Dinas Pemberdayaan Masyarakat dan Desa"], 8.5e8)
    ordinal = progs(
        "Urusan perhubungan. Pendapatan parkir baru Rp 4,1 miliar pada 2024. RPJMD Kota X 2025-2029 menargetkan "
        "indeks kepuasan 85. Dinas Perhubungan menjalankan dua program. Pertama, Program Mesin Parkir Pelabuhan, "
        "2026-2027, Rp 1,9 miliar, dengan target 60 titik parkir pada 2027. Kedua, Program Halte Pintar, yang "
        "pelaksanaannya diserahkan kepada Kecamatan Barat; kebutuhan dananya Rp 2,4 miliar untuk 2028-2029. Ketiga, "
        "Program Terminal Daring: target 3 terminal pada 2029."
    )
    mp, hp, td = ordinal.values()
    assert (mp["opd"], mp["year"], mp["budget"], mp["target_value"]) == ("Dinas Perhubungan", "2026-2027", 1.9e9, 60)
    assert hp["opd"] == "Kecamatan Barat"
    assert td["opd"] == "Dinas Perhubungan"


def test_rows_per_year_dated_cells_forms_milestones_and_expenditure_types():
    from nlp.cards import table_cards

    per_year = table(
        "Tabel 4.2 Rincian Program per Tahun",
        [
            "No",
            "Program",
            "Indikator Kinerja",
            "Tahun",
            "Kegiatan Utama",
            "Target",
            "Pagu Indikatif (Rp)",
            "Perangkat Daerah",
        ],
        [
            [
                "1",
                "Satu Data Kabupaten",
                "Dataset terbit",
                "2026",
                "Daftar data",
                "40 dataset",
                "350.000.000",
                "Diskominfo",
            ],
            ["1", "", "", "2027", "Portal", "120 dataset", "900.000.000", "Diskominfo"],
            ["1", "", "", "2028", "Dasbor", "200 dataset", "650.000.000", "Diskominfo"],
            ["2", "Pasar Daring", "Pasar daring", "2027", "Kajian", "-", "250.000.000", "Disperindag"],
        ],
    )
    p = tprogs([per_year])
    sd = p["Satu Data Kabupaten"]
    assert (sd.year, sd.budget, sd.target_value, sd.target_year) == ("2026-2028", 1.9e9, 200, 2028)
    assert [x["amount"] for x in sd.budget_per_year] == [3.5e8, 9e8, 6.5e8]
    assert p["Pasar Daring"].year == "2027"
    dated = table(
        "Tabel 4.1 Rencana Quick Win",
        ["No", "Quick Win", "PIC", "Tanggal Mulai", "Tanggal Selesai", "Anggaran (Rp 000)"],
        [["1", "Lampu Jalan Lapor", "Dinas Perhubungan", "01/10/2026", "31/03/2027", "98.750"]],
    )
    q = tprogs([dated])["Lampu Jalan Lapor"]
    assert (q.year, q.budget) == ("2026-2027", 98_750_000)
    # a form in four columns, two fields a row
    form = table(
        "",
        ["Kode Program", "SS-01", "Dimensi / Elemen", "Smart Society / Pendidikan"],
        [
            ["Nama Program", "Sekolah Terhubung", "", ""],
            ["PD Pengampu", "Dinas Pendidikan", "PD Pendukung", "Dinas Komunikasi dan Informatika"],
            ["Kondisi Awal (2025)", "12 sekolah", "Target Akhir", "60 sekolah (2029)"],
            ["Tahun Mulai", "2027", "Tahun Selesai", "2029"],
            ["Pagu Indikatif", "Rp 450 juta per tahun (2027-2029)", "Sumber Dana", "APBD"],
        ],
    )
    cards, _parts = table_cards([form])
    assert len(cards) == 1
    from review.plan import card_programmes

    c = card_programmes([form], "", [], {1: "programme"}, SECTIONS, NAMES)[0]
    assert (c.name, c.opd, c.year, c.budget, c.target_value) == (
        "Sekolah Terhubung",
        "Dinas Pendidikan",
        "2027-2029",
        1.35e9,
        60,
    )
    # interim and final targets are milestones, not the years the programme runs; costs by type of expenditure
    swot = table(
        "Tabel 4.1 Matriks Strategi dan Program",
        [
            "Kode",
            "Strategi",
            "Program",
            "Indikator Kinerja",
            "Target Antara (2027)",
            "Target Akhir (2030)",
            "Perangkat Daerah",
        ],
        [
            [
                "PK-01",
                "SO-1 Memanfaatkan jaringan",
                "Naskah Dinas Elektronik",
                "Naskah elektronik",
                "50%",
                "100%",
                "Diskominfo",
            ]
        ],
    )
    cost = table(
        "Tabel 4.2 Kebutuhan Biaya menurut Jenis Belanja (dalam juta rupiah)",
        ["Kode", "Program", "Periode", "Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal", "Jumlah"],
        [["PK-01", "Naskah Dinas Elektronik", "2026-2028", "45", "320", "185", "550"]],
    )
    n = tprogs([swot, cost])["Naskah Dinas Elektronik"]
    assert (n.year, n.budget, n.target_value, n.target_year) == ("2026-2028", 5.5e8, 100, 2030)
    # a funding-gap table: the need is the budget, not what is available or the gap
    gap = table(
        "Tabel 4.3 Kebutuhan dan Ketersediaan Pendanaan",
        [
            "No",
            "Program Strategis",
            "Perangkat Daerah",
            "Periode",
            "Kebutuhan (Rp juta)",
            "Ketersediaan Pagu RPJMD (Rp juta)",
            "Kesenjangan (Rp juta)",
        ],
        [["1", "Angkutan Pengumpan", "Dinas Perhubungan", "2028-2030", "18.500", "6.000", "12.500"]],
    )
    assert tprogs([gap])["Angkutan Pengumpan"].budget == 1.85e10


def test_letters_minutes_and_prose_conventions_of_fresh11():
    letter = table(
        "",
        ["Kepada Yth.", ":", "Kepala Bappeda"],
        [["Dari", ":", "Kepala Dinas Kesehatan"], ["Nomor", ":", "400.7/118/Dinkes/I/2026"]],
    )
    proposals = table(
        "",
        ["No", "Usulan Program", "Indikator dan Target", "Tahun Pelaksanaan", "Kebutuhan Anggaran (Rp)"],
        [
            [
                "1",
                "Rekam Medis Puskesmas",
                "Puskesmas dengan rekam medis: 100% (2028)",
                "2026 s.d. 2028",
                "2.400.000.000",
            ]
        ],
    )
    r = tprogs([letter, proposals])["Rekam Medis Puskesmas"]
    assert (r.opd, r.year, r.budget) == ("Dinas Kesehatan", "2026 s.d. 2028", 2.4e9)
    minutes = progs(
        "Rapat menyepakati hal-hal sebagai berikut:\n\n1. Quick win Antrean Daring dilaksanakan oleh Dinas Kesehatan "
        "pada triwulan II tahun 2026, dengan sasaran 11 puskesmas menerapkan antrean daring dan anggaran sebesar Rp "
        "160.000.000,00 (seratus enam puluh juta rupiah).\n\n2. Dinas Perhubungan menjadi pelaksana quick win Parkir "
        "Nontunai Pasar, yang berjalan mulai bulan Agustus 2026 sampai dengan bulan Januari 2027 dengan anggaran Rp "
        "210.000.000,00.\n\n3. Selama enam bulan mulai November 2026 dilaksanakan quick win Izin Usaha melalui Pesan "
        "Singkat dengan pelaksana Dinas Penanaman Modal; sasarannya 5 pasar terlayani, dan anggarannya Rp 85.500.000,00."
    )
    assert list(minutes) == ["Antrean Daring", "Parkir Nontunai Pasar", "Izin Usaha melalui Pesan Singkat"]
    ad, pn, iu = minutes.values()
    assert (ad["budget"], ad["target_value"]) == (1.6e8, 11)
    assert (pn["opd"], pn["year"]) == ("Dinas Perhubungan", "2026-2027")
    assert (iu["opd"], iu["year"], iu["budget"]) == ("Dinas Penanaman Modal", "2026-2027", 85_500_000)
    prose = progs(
        "Program Ruang Kreatif Pemuda menyediakan ruang kerja. Penyelenggaranya Dinas Kepemudaan dan Olahraga selaku "
        "leading sector. Kebutuhan anggarannya TA. 2027 Rp 300 juta dan TA. 2028 Rp 450 juta.\n\nProgram Pantau Debu "
        "diselenggarakan oleh Dinas Lingkungan Hidup pada TA. 2028 s.d. TA. 2029, dibiayai Rp 600 juta dari APBD dan Rp "
        "275 juta dari CSR perusahaan.\n\nProgram Data Sosial Desa ditetapkan sebagai quick win. Dinas Sosial bersama-sama "
        "Dinas Pemberdayaan Masyarakat dan Desa menyelenggarakannya pada TA. 2026 dengan biaya Rp 1,25 M.\n\nProgram "
        "Panel Surya Atap diselenggarakan oleh Sekretariat Daerah c.q. Bagian Umum pada TA. 2027 dengan anggaran Rp 400 "
        "juta per tahun.\n\nProgram Kelas Digital diselenggarakan oleh Dinas Pendidikan pada TA. 2027 s.d. TA. 2029 "
        "dengan anggaran Rp 400 juta per tahun."
    )
    rk, pd, ds, ps, kd = prose.values()
    assert (rk["opd"], rk["year"], rk["budget"]) == ("Dinas Kepemudaan dan Olahraga", "2027-2028", 7.5e8)
    assert pd["budget"] == 8.75e8
    assert ds["opds"] == ["Dinas Sosial", "Dinas Pemberdayaan Masyarakat dan Desa"]
    assert (ps["opd"], ps["budget"]) == ("Sekretariat Daerah c.q. Bagian Umum", 4e8)
    assert (kd["year"], kd["budget"]) == ("2027-2029", 1.2e9)


def test_conventions_of_fresh12_tables_and_prose():
    # "x Rp 1.000.000", owners before the "/" of a "PD Pengampu / Pendukung" cell, a footnote mark, money by source
    dims = table(
        "Tabel 4.1 Dimensi Smart Governance",
        ["No.", "Program", "Target", "Waktu", "Indikasi Angaran (x Rp 1.000.000)", "PD Pengampu / Pendukung"],
        [
            [
                "1",
                "Satu Data Kabupaten",
                "350 dataset (2030)",
                "2026-28",
                "3.150**)",
                "Bapperida, Diskominfo / Dukcapil",
            ],
            [
                "2",
                "Pasar Rakyat Digital",
                "9 pasar (2028)",
                "Th. 2027-2029",
                "600 (APBD); 900 (DAK)",
                "Disperindag / -",
            ],
        ],
    )
    d = tprogs([dims])
    assert (d["Satu Data Kabupaten"].opds, d["Satu Data Kabupaten"].budget) == (["Bapperida", "Diskominfo"], 3.15e9)
    assert d["Satu Data Kabupaten"].year == "2026-2028"
    assert (d["Pasar Rakyat Digital"].opd, d["Pasar Rakyat Digital"].budget) == ("Disperindag", 1.5e9)
    # values packed by year in one cell; a realisation column is neither target nor budget; "3 tahun (mulai 2026)"
    packed = table(
        "Tabel 4.2 Rencana Aksi",
        [
            "Kode",
            "Program",
            "Target Kumulatif",
            "Alokasi (Rp juta)",
            "Jangka Waktu",
            "Realisasi Anggaran (Rp)",
            "Perangkat Daerah",
        ],
        [
            [
                "L-1",
                "Rujukan Daring",
                "2026: 30%; 2027: 70%; 2028: 100%",
                "2026: 450; 2027: 600; 2028: 300",
                "3 tahun (mulai 2026)",
                "96.500.000",
                "Dinkes",
            ]
        ],
    )
    r = tprogs([packed])["Rujukan Daring"]
    assert (r.budget, r.year, r.target_value, r.target_year) == (1.35e9, "2026-2028", 100, 2028)
    # an English priority table
    english = table(
        "Table 4.1 Priority Programmes",
        ["No", "Programme", "Lead Agency", "Supporting Agency", "KPI & Target", "Timeline", "Est. Cost"],
        [
            [
                "1",
                "Government Command Center",
                "Dinas Komunikasi dan Informatika",
                "Bank Daerah",
                "Services monitored: 15 by 2028",
                "Q3 2026 - Q2 2028",
                "IDR 12.5 billion",
            ],
            [
                "2",
                "Smart Parking",
                "To be confirmed (pending SOTK review)",
                "-",
                "Streets: 45 segments by 2028",
                "FY2027",
                "IDR 600 mio",
            ],
        ],
    )
    e = tprogs([english])
    assert (e["Government Command Center"].opd, e["Government Command Center"].budget) == (
        "Dinas Komunikasi dan Informatika",
        1.25e10,
    )
    assert (e["Smart Parking"].opd, e["Smart Parking"].budget) == (None, 6e8)
    # English quick wins in run-in paragraphs, a lettered heading over its paragraph, a quoted name
    qw = progs(
        "QW-1 Antrean Online RSUD. Patients book a slot online. Owner: RSUD Pantai Nilam. Timeline: July 2026 - "
        "February 2027. Budget: IDR 185 million. KPI: 60% of outpatients book online.\n\n"
        'Program "Sungai Watu Terpantau" dijalankan oleh Badan Penanggulangan Bencana Daerah pada 2026 sampai '
        "2028 dengan anggaran Rp 2,85 miliar. Sekurang-kurangnya 15 pos duga air terhubung."
    )
    a, s = qw["Antrean Online RSUD"], qw["Sungai Watu Terpantau"]
    assert (a["opd"], a["year"], a["budget"], a["quick_win"]) == ("RSUD Pantai Nilam", "2026-2027", 1.85e8, True)
    assert (s["opd"], s["year"], s["budget"], s["target_value"]) == (
        "Badan Penanggulangan Bencana Daerah",
        "2026-2028",
        2.85e9,
        15,
    )


def test_a_lettered_group_title_right_over_a_programme_is_no_programme():
    p = progs(
        "b. Kebencanaan dan Transportasi\n\nProgram Peringatan Dini Longsor (penanggung jawab: BPBD) memasang sensor. "
        "Target minimal 30 desa pada 2027. Kebutuhan dana Rp 2,4 miliar.\n\nc. Desa Wisata Digital\n\nSaat ini baru 6 "
        "desa wisata. Pengampunya Dinas Pariwisata. Anggaran Rp 1,2 miliar untuk 2027-2029."
    )
    assert list(p) == ["Peringatan Dini Longsor", "Desa Wisata Digital"]


def test_dash_lists_numbered_headings_years_from_a_start_and_stage_periods():
    from review.plan import _heading_periods

    p = progs(
        "1. Pusat Data Kota — Diskominfotik — 2027-2029 — Rp 3,6 M — target: 1 pusat data tersertifikasi pada 2029\n\n"
        "Quick Win #1 – Perizinan Lewat WhatsApp. PIC: DPMPTSP. Periode: Maret–Agustus 2026. Biaya Rp 45 juta per "
        "bulan selama 6 bulan (total Rp 270 juta). Target capaian: 1.200 permohonan izin.\n\n"
        "Program 4.2.1: Pengelolaan Sampah Berbasis Aplikasi Program ini mencatat volume sampah. Kepala Dinas "
        "Lingkungan Hidup selaku penanggung jawab program. Program berjalan tiga tahun anggaran sejak 2026 dengan "
        "kebutuhan Rp 2,1 miliar, dengan sasaran 85% sampah tercatat.\n\n"
        "Program Arsitektur SPBE menyusun peta rencana. Khusus program ini hanya dilaksanakan pada 2026, dengan "
        "anggaran Rp 300 juta."
    )
    assert list(p) == [
        "Pusat Data Kota",
        "Perizinan Lewat WhatsApp",
        "Pengelolaan Sampah Berbasis Aplikasi",
        "Arsitektur SPBE",
    ]
    assert (p["Pusat Data Kota"]["opd"], p["Pusat Data Kota"]["budget"]) == ("Diskominfotik", 3.6e9)
    assert (p["Perizinan Lewat WhatsApp"]["opd"], p["Perizinan Lewat WhatsApp"]["budget"]) == ("DPMPTSP", 2.7e8)
    assert p["Pengelolaan Sampah Berbasis Aplikasi"]["year"] == "2026-2028"
    assert p["Arsitektur SPBE"]["year"] == "2026"
    secs = [
        {"ordinal": 1, "title": "PETA JALAN IMPLEMENTASI", "number": "BAB IV", "parent": None},
        {"ordinal": 2, "title": "Tahap I - Fondasi (2026-2027)", "number": "4.1", "parent": 1},
        {"ordinal": 3, "title": "Jaringan Internet Desa", "number": "4.1.1", "parent": 2},
        {"ordinal": 4, "title": "Tahap III - Keberlanjutan (2030)", "number": "4.3", "parent": 1},
        {"ordinal": 5, "title": "Pusat Komando", "number": "4.3.1", "parent": 4},
    ]
    assert _heading_periods(secs) == {2: "2026-2027", 3: "2026-2027", 4: "2030", 5: "2030"}
