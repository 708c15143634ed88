"""Kota Selat Mutiara (FICTIONAL): the masterplan as the annex of a Peraturan Wali Kota, with a quick-win
table printed in two column halves, ordinal prose per government affair and per-programme financing
tables (fresh10 set).

Style: the document is the "LAMPIRAN PERATURAN WALI KOTA SELAT MUTIARA NOMOR 14 TAHUN 2025" (the
regulation's number and year stand on the first page and again in the closing chapter; they are never a
programme's year). Chapter II quotes RPJMD 2025-2029 figures (indeks SPBE, IKM, IPM) that are never a
programme's target. Chapter IV "Rencana Program Smart City" in three presentations:
  (A) "4.1 Quick Win Tahun 2026": one table printed as a spreadsheet too wide for the page is printed,
      in TWO halves on consecutive pages, joined only by the row number: "Tabel 4.1 (Bagian A)": No |
      Nama Quick Win | Permasalahan (Kondisi 2025) | Sasaran Terukur, and "Tabel 4.1 (Bagian B,
      lanjutan)": No | Perangkat Daerah Pelaksana | Waktu Pelaksanaan | Anggaran (Rp). A note says the
      numbers of part B refer to those of part A. The Permasalahan cell carries baseline figures with
      "(2025)" (never the target); the Sasaran Terukur names no year (gold target year None); Waktu as
      full dates "2 Maret - 30 Juni 2026" (gold 2026), "1 Oktober 2026 - 31 Maret 2027" ([2026, 2027]);
      the money a bare dotted number, a "Jumlah" row closing part B.
  (B) "4.2 Program menurut Urusan Pemerintahan": one paragraph per government affair ("Urusan
      komunikasi dan informatika.", "Urusan perhubungan." ...), the main agency named once in the
      second sentence ("<OPD> mengampu tiga program smart city.") and the programmes then introduced
      by ordinal words, "Pertama, Program <Name>, ... Kedua, Program <Name>, ... Ketiga, ...": gold opd of
      an ordinal item = the paragraph's agency unless the item names its own ("Kedua, Program X, yang
      pengampunya adalah Rumah Sakit Umum Daerah Selat Mutiara", "yang pelaksanaannya diserahkan kepada
      Kecamatan Selat Mutiara Barat", "diampu bersama oleh A dan B": both). Inside an item the fields
      come in varying order and wording ("dijalankan pada 2026-2027 dengan pagu Rp 3,2 miliar",
      "waktunya 2027 s.d. 2028, biayanya Rp 2.750.000.000", "hanya pada tahun anggaran 2027", "Kebutuhan
      dananya Rp 2,4 miliar untuk 2028-2029", "ditargetkan 42 aplikasi ... pada 2027", "sasarannya
      ..."). Paragraphs open with context figures (a 2024 parking revenue "Rp 4,1 miliar", the RPJMD SPBE
      index, visits, tonnes of waste) that are never a budget or target. In one paragraph the first
      item names its agency itself and the paragraph names none before it.
  (C) "4.3 Program Unggulan dan Rencana Pembiayaannya": one sub-section per flagship programme
      ("4.3.1 <Name>", no "Program" word in the heading), a paragraph with the owner ("Perangkat daerah
      pengampu: ...", "Program ini dikelola oleh ... dengan ... sebagai mitra") and the target ("Indikator
      keberhasilan: ... pada 2028"), then a financing table by YEAR and SOURCE: Tahun | APBD Kota | DAK /
      APBN | Sumber Lain (CSR / KPBU) | Jumlah, one row per year ("-" for no money from a source) and a
      "Total" row; in "juta rupiah" for three tables (caption) and in full rupiah for one. Gold: budget =
      the Total of the Jumlah column, budget_per_year = the Jumlah per year, year = [first, last] year
      row; the source columns are parts, never the budget.
Chapter V "Pengendalian dan Tindak Lanjut" holds a "Rencana Tindak Lanjut" table (tasks such as a Wali
Kota decree on the team, with a Penanggung Jawab such as Bagian Hukum Sekretariat Daerah and a date):
tasks, never programmes. Quick wins are kind "Quick win". Three fields are truly missing: a quick win's
budget (Anggaran "Dianggarkan pada APBD Perubahan 2026 (nilai belum ditetapkan)"), an ordinal
programme's year ("jadwal pelaksanaannya baru dapat ditetapkan setelah Perda ... diundangkan"; its
target names no year) and a flagship's target ("Indikator keberhasilan ... akan ditetapkan setelah
asesmen ..."; the financing table is complete).
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p35_perwal_selat_mutiara",
    name="Kota Selat Mutiara",
    period="2026-2030",
    style="annex of a mayoral regulation: two-half quick-win table, ordinal prose per affair, financing tables",
    split="fresh10",
    intro=[
        "Kota Selat Mutiara adalah kota kepulauan di tepi selat dengan lima kecamatan dan 31 kelurahan. "
        "Pelabuhan penyeberangan, perdagangan hasil laut dan jasa menjadi penggerak ekonomi kota, sementara "
        "banjir rob, kepadatan kawasan pelabuhan dan layanan publik yang masih manual menjadi keluhan utama "
        "warga.",
        "Masterplan ini merupakan lampiran Peraturan Wali Kota Selat Mutiara Nomor 14 Tahun 2025 tentang "
        "Masterplan Smart City Kota Selat Mutiara Tahun 2026-2030 dan disusun bersama Dewan Smart City dan "
        "Tim Pelaksana Smart City dalam kerangka Gerakan Menuju 100 Smart City.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    """The amount a money phrase of this plan states (a check that text and record agree)."""
    m = re.fullmatch(r"(?:Rp )?([\d.,]+)(?: (miliar|juta|M))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"miliar": 1e9, "M": 1e9, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) quick wins, two column halves
def _q(name, opd, problem, target, sasaran, year, waktu, budget, bcell, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "table", quick_win=True, kind="Quick win", v="two-halves")
    p.note = note
    if budget is not None:
        assert rupiah(bcell) == budget, (bcell, budget)
    INFO[name] = dict(problem=problem, sasaran=sasaran, waktu=waktu, bcell=bcell)
    return p


QW = [
    _q(
        "Ambil Nomor Antrean Puskesmas dari Rumah",
        "Dinas Kesehatan",
        "Waktu tunggu pendaftaran pasien rata-rata 95 menit; antrean fisik sejak subuh (2025)",
        T("puskesmas menerapkan antrean daring", 8, "puskesmas"),
        "8 puskesmas menerapkan antrean daring",
        2026,
        "2 Maret - 30 Juni 2026",
        245e6,
        "245.000.000",
    ),
    _q(
        "E-Retribusi Pedagang Pasar Mutiara",
        "Dinas Koperasi, Usaha Mikro dan Perdagangan",
        "Realisasi retribusi pasar baru 61% dari potensi; penarikan tunai rawan kebocoran (2025)",
        T("pedagang pasar membayar retribusi secara nontunai", 1200, "pedagang"),
        "1.200 pedagang pasar membayar retribusi secara nontunai",
        2026,
        "1 April - 31 Agustus 2026",
        310e6,
        "310.000.000",
    ),
    _q(
        "Informasi Jadwal Kapal Penyeberangan",
        "Dinas Perhubungan",
        "Jadwal kapal hanya diumumkan di loket; 14 keberangkatan per hari di 6 dermaga (2025)",
        T("dermaga menampilkan jadwal kapal secara langsung", 6, "dermaga"),
        "6 dermaga menampilkan jadwal kapal secara langsung",
        2026,
        "1 Juni - 30 November 2026",
        420e6,
        "420.000.000",
    ),
    _q(
        "Aduan Warga Lewat Pesan Instan",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "Aduan warga masuk lewat 9 kanal berbeda; rata-rata tindak lanjut 12 hari (2025)",
        T("waktu tindak lanjut aduan warga paling lama", 3, "hari kerja"),
        "Waktu tindak lanjut aduan warga paling lama 3 hari kerja",
        2026,
        "5 Januari - 29 Mei 2026",
        None,
        "Dianggarkan pada APBD Perubahan 2026 (nilai belum ditetapkan)",
        note="budget truly missing: the amount awaits the revised budget",
    ),
    _q(
        "Izin Usaha Mikro Satu Hari Kerja",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Izin usaha mikro terbit rata-rata dalam 5 hari kerja (2025)",
        T("izin usaha mikro terbit dalam 1 hari kerja", 90, "persen"),
        "90% izin usaha mikro terbit dalam 1 hari kerja",
        [2026, 2027],
        "1 Oktober 2026 - 31 Maret 2027",
        185.5e6,
        "185.500.000",
        note="full dates over two years",
    ),
    _q(
        "Peta Genangan Rob untuk Warga",
        "Badan Penanggulangan Bencana Daerah",
        "Peta rawan banjir rob hanya tersedia dalam bentuk cetak untuk 11 kelurahan (2025)",
        T("kelurahan memiliki peta rawan banjir rob yang dapat diakses warga", 31, "kelurahan"),
        "31 kelurahan memiliki peta rawan banjir rob yang dapat diakses warga",
        2026,
        "3 Agustus - 18 Desember 2026",
        160e6,
        "160.000.000",
    ),
]


def _qw_tables(pdf) -> list:
    a = [[str(i), p.name, INFO[p.name]["problem"], INFO[p.name]["sasaran"]] for i, p in enumerate(QW, 1)]
    b = [[str(i), p.opd[0], INFO[p.name]["waktu"], INFO[p.name]["bcell"]] for i, p in enumerate(QW, 1)]
    b.append(["", "Jumlah", "", num_id(sum(p.budget or 0 for p in QW))])
    return [
        pdf.Table(
            ["No", "Nama Quick Win", "Permasalahan (Kondisi 2025)", "Sasaran Terukur"],
            a,
            caption="Tabel 4.1 Quick Win Kota Selat Mutiara Tahun 2026 (Bagian A)",
        ),
        pdf.Para(
            "Catatan: Tabel 4.1 dicetak dalam dua bagian. Nomor urut pada Bagian B merujuk pada nomor urut quick "
            "win pada Bagian A."
        ),
        pdf.PageBreak(),
        pdf.SpanTable(
            ["No", "Perangkat Daerah Pelaksana", "Waktu Pelaksanaan", "Anggaran (Rp)"],
            b,
            caption="Tabel 4.1 Quick Win Kota Selat Mutiara Tahun 2026 (Bagian B, lanjutan)",
            spans=[((1, len(b)), (2, len(b)))],
        ),
    ]


# ------------------------------------------------------------------ (B) ordinal prose per affair
def _o(name, opd, target, year, budget, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", v="ordinal", note=note)
    return p


KOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian"
BAPPERIDA = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"

ORD = [
    _o(
        "Pusat Data Kota Terpadu",
        [KOMINFO],
        T("aplikasi perangkat daerah berjalan di pusat data kota", 42, "aplikasi", 2027),
        [2026, 2027],
        3.2e9,
    ),
    _o(
        "Jaringan Intra Pemerintah Kota",
        [KOMINFO],
        T("kantor kelurahan terhubung jaringan intra pemerintah", 100, "persen", 2028),
        [2027, 2028],
        2.75e9,
    ),
    _o(
        "Keamanan Informasi Perangkat Daerah",
        [KOMINFO],
        T("perangkat daerah telah dinilai tingkat kematangan keamanan informasinya", 30, "perangkat daerah", 2030),
        [2028, 2030],
        850e6,
        note="target before money and years",
    ),
    _o(
        "Satu Data Selat Mutiara",
        [BAPPERIDA, KOMINFO],
        T("dataset prioritas terbit sesuai standar data", 250, "dataset", 2028),
        [2026, 2028],
        1.4e9,
        note="two owners: 'diampu bersama oleh A dan B'",
    ),
    _o(
        "Sinkronisasi Renja dan Anggaran Elektronik",
        [BAPPERIDA],
        T("perangkat daerah menyusun Renja melalui sistem terintegrasi", 100, "persen", 2027),
        2027,
        975e6,
    ),
    _o(
        "Mesin Parkir Koridor Pelabuhan",
        ["Dinas Perhubungan"],
        T("titik parkir memakai mesin parkir elektronik", 60, "titik parkir", 2027),
        [2026, 2027],
        1.9e9,
        note="a 2024 parking revenue 'Rp 4,1 miliar' before it is not the budget",
    ),
    _o(
        "Halte Pintar Angkutan Kota",
        ["Dinas Perhubungan"],
        T("halte menampilkan waktu kedatangan angkutan kota", 36, "halte", 2029),
        [2028, 2029],
        2.4e9,
    ),
    _o(
        "Rekam Kesehatan Pasien Puskesmas Tanpa Kertas",
        ["Dinas Kesehatan"],
        T("puskesmas menerapkan rekam medis elektronik", 8, "puskesmas", 2027),
        [2026, 2027],
        1.6e9,
        note="the paragraph names no agency before the first item; the item names its own",
    ),
    _o(
        "Rujukan Daring Rumah Sakit",
        ["Rumah Sakit Umum Daerah Selat Mutiara"],
        T("rujukan dari puskesmas diterima secara daring", 95, "persen", 2028),
        [2027, 2028],
        1.1e9,
        note="the RSUD is the owner here",
    ),
    _o(
        "Tabungan Sampah Warga Pesisir",
        ["Dinas Lingkungan Hidup"],
        T("nasabah bank sampah tercatat dalam aplikasi", 5000, "nasabah"),
        None,
        720e6,
        note="year truly missing: waits for a new Perda; the target names no year",
    ),
    _o(
        "Kelurahan Pesisir Tangguh Digital",
        ["Kecamatan Selat Mutiara Barat"],
        T("kelurahan pesisir memiliki papan informasi dan sirene peringatan yang terhubung", 7, "kelurahan", 2029),
        [2027, 2029],
        540e6,
        note="an item handed to a kecamatan inside the environment paragraph",
    ),
]

ORD_PARAS = [
    (
        "Urusan komunikasi dan informatika",
        f"Urusan komunikasi dan informatika. {KOMINFO} mengampu tiga program smart city. RPJMD Kota Selat "
        "Mutiara 2025-2029 menargetkan indeks SPBE naik dari 2,91 pada 2024 menjadi 3,60 pada 2029, dan "
        "ketiga program berikut menjadi penopangnya. Pertama, Program Pusat Data Kota Terpadu, yang "
        "memindahkan server aplikasi perangkat daerah ke satu pusat data bersertifikat. Program ini "
        "dijalankan pada 2026-2027 dengan pagu Rp 3,2 miliar dan ditargetkan 42 aplikasi perangkat daerah "
        "berjalan di pusat data kota pada 2027. Kedua, Program Jaringan Intra Pemerintah Kota, yang "
        "menyambungkan kantor kelurahan ke jaringan serat optik pemerintah kota; waktunya 2027 s.d. 2028, "
        "biayanya Rp 2.750.000.000, dengan sasaran 100% kantor kelurahan terhubung jaringan intra pemerintah "
        "pada 2028. Ketiga, Program Keamanan Informasi Perangkat Daerah: sasarannya 30 perangkat daerah telah "
        "dinilai tingkat kematangan keamanan informasinya pada 2030, dengan anggaran Rp 850 juta selama "
        "2028-2030.",
    ),
    (
        "Urusan perencanaan pembangunan",
        f"Urusan perencanaan pembangunan serta penelitian dan pengembangan. {BAPPERIDA} mengampu dua program. "
        "Pertama, Program Satu Data Selat Mutiara, yang diampu bersama oleh Badan Perencanaan Pembangunan, "
        f"Riset dan Inovasi Daerah dan {KOMINFO}. Program ini berjalan 2026 hingga 2028, memerlukan Rp 1,4 "
        "M, dan menargetkan 250 dataset prioritas terbit sesuai standar data pada 2028. Kedua, Program "
        "Sinkronisasi Renja dan Anggaran Elektronik, hanya pada tahun anggaran 2027, sebesar Rp 975.000.000; "
        "target: 100% perangkat daerah menyusun Renja melalui sistem terintegrasi pada 2027.",
    ),
    (
        "Urusan perhubungan",
        "Urusan perhubungan. Jumlah kendaraan bermotor di Kota Selat Mutiara tumbuh 7% per tahun, sementara "
        "pendapatan parkir tepi jalan baru Rp 4,1 miliar pada 2024. Dinas Perhubungan menjalankan dua "
        "program. Pertama, Program Mesin Parkir Koridor Pelabuhan, 2026-2027, Rp 1,9 miliar, dengan target 60 "
        "titik parkir memakai mesin parkir elektronik pada 2027. Kedua, Program Halte Pintar Angkutan Kota, "
        "yang memasang layar informasi dan pelacak armada angkutan kota; pada 2029 ditargetkan 36 halte "
        "menampilkan waktu kedatangan angkutan kota. Kebutuhan dananya Rp 2,4 miliar untuk 2028-2029.",
    ),
    (
        "Urusan kesehatan",
        "Urusan kesehatan. Kunjungan ke puskesmas mencapai 410 ribu kunjungan pada 2024, dan rujukan ke rumah "
        "sakit masih dikirim dengan surat fisik. Pertama, Program Rekam Kesehatan Pasien Puskesmas Tanpa Kertas, diampu "
        "Dinas Kesehatan, berjalan 2026-2027 dengan pagu Rp 1,6 miliar; targetnya 8 puskesmas menerapkan "
        "rekam medis elektronik pada 2027. Kedua, Program Rujukan Daring Rumah Sakit, yang pengampunya "
        "adalah Rumah Sakit Umum Daerah Selat Mutiara sebagai badan layanan umum daerah, dilaksanakan "
        "2027-2028 dengan biaya Rp 1,1 miliar; ditargetkan 95% rujukan dari puskesmas diterima secara "
        "daring pada 2028.",
    ),
    (
        "Urusan lingkungan hidup dan kewilayahan",
        "Urusan lingkungan hidup dan kewilayahan. Timbulan sampah kota mencapai 210 ton per hari pada 2024. "
        "Pertama, Program Tabungan Sampah Warga Pesisir, diampu Dinas Lingkungan Hidup, dengan kebutuhan biaya Rp 720 "
        "juta dan sasaran 5.000 nasabah bank sampah tercatat dalam aplikasi; jadwal pelaksanaannya baru "
        "dapat ditetapkan setelah Perda Pengelolaan Sampah yang baru diundangkan. Kedua, Program Kelurahan "
        "Pesisir Tangguh Digital, yang pelaksanaannya diserahkan kepada Kecamatan Selat Mutiara Barat karena "
        "tujuh kelurahan sasarannya berada di wilayah kecamatan itu; program berjalan 2027-2029 dengan pagu "
        "Rp 540 juta, dan pada 2029 ditargetkan 7 kelurahan pesisir memiliki papan informasi dan sirene "
        "peringatan yang terhubung.",
    ),
]


def _check_ord():
    text = " ".join(t for _, t in ORD_PARAS)
    money = {
        "Pusat Data Kota Terpadu": "Rp 3,2 miliar",
        "Jaringan Intra Pemerintah Kota": "Rp 2.750.000.000",
        "Keamanan Informasi Perangkat Daerah": "Rp 850 juta",
        "Satu Data Selat Mutiara": "Rp 1,4 M",
        "Sinkronisasi Renja dan Anggaran Elektronik": "Rp 975.000.000",
        "Mesin Parkir Koridor Pelabuhan": "Rp 1,9 miliar",
        "Halte Pintar Angkutan Kota": "Rp 2,4 miliar",
        "Rekam Kesehatan Pasien Puskesmas Tanpa Kertas": "Rp 1,6 miliar",
        "Rujukan Daring Rumah Sakit": "Rp 1,1 miliar",
        "Tabungan Sampah Warga Pesisir": "Rp 720 juta",
        "Kelurahan Pesisir Tangguh Digital": "Rp 540 juta",
    }
    for p in ORD:
        assert f"Program {p.name}" in text, p.name
        assert money[p.name] in text and rupiah(money[p.name]) == p.budget, p.name
        assert f"{num_id(p.target.value)}" in text, p.name
        for o in p.opd:
            assert o in text, o


_check_ord()


# ------------------------------------------------------------------ (C) flagships with financing tables
def _f(name, opd, target, rows, unit, para, *, note=""):
    """rows: (year, apbd, dak, lain) in the table's unit (1e6 for juta, 1 for rupiah); None = '-'."""
    per = {y: float(sum(v or 0 for v in (a, d, l)) * unit) for y, a, d, l in rows}
    years = sorted(per)
    year = [years[0], years[-1]] if len(years) > 1 else years[0]
    p = Prog(name, "", list(opd), target, year, sum(per.values()), "table", budget_per_year=per, v="financing")
    p.note = note
    INFO[name] = dict(rows=rows, unit=unit, para=para)
    return p


FLAG = [
    _f(
        "Gerai Layanan Publik dalam Satu Aplikasi",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("jenis layanan perizinan dan nonperizinan dapat diajukan secara daring", 120, "jenis layanan", 2028),
        [(2026, 800, None, None), (2027, 600, 900, None), (2028, 500, None, None)],
        1e6,
        "Perangkat daerah pengampu: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu. Program ini "
        "menghadirkan seluruh layanan mal pelayanan publik dalam satu aplikasi dengan antrean, konsultasi "
        "dan pelacakan berkas. Program ini mendukung sasaran RPJMD meningkatnya kualitas pelayanan publik, "
        "dengan indeks kepuasan masyarakat 85 pada 2029. Indikator keberhasilan: 120 jenis layanan perizinan "
        "dan nonperizinan dapat diajukan secara daring pada 2028.",
    ),
    _f(
        "Digitalisasi Tempat Pelelangan Ikan",
        ["Dinas Kelautan dan Perikanan"],
        T("tempat pelelangan ikan mencatat transaksi lelang secara elektronik", 4, "TPI", 2029),
        [
            (2027, 350_000_000, 600_000_000, None),
            (2028, 400_000_000, None, 150_000_000),
            (2029, 300_000_000, None, None),
        ],
        1,
        "Program ini dikelola oleh Dinas Kelautan dan Perikanan, dengan koperasi nelayan dan bank daerah "
        "sebagai mitra. Timbangan digital, papan harga dan aplikasi lelang dipasang bertahap di tempat "
        "pelelangan ikan (TPI) kota, yang pada 2024 mencatat produksi 18.400 ton. Indikator keberhasilan: 4 "
        "tempat pelelangan ikan mencatat transaksi lelang secara elektronik pada 2029.",
        note="amounts in full rupiah; TPI as places, never the owner",
    ),
    _f(
        "Sekolah Digital Selat Mutiara",
        ["Dinas Pendidikan"],
        None,
        [
            (2026, 500, None, 250),
            (2027, 600, 400, None),
            (2028, 600, 400, None),
            (2029, 500, None, None),
            (2030, 250, None, None),
        ],
        1e6,
        "Perangkat daerah pengampu: Dinas Pendidikan. Program ini melengkapi sekolah dasar dan sekolah "
        "menengah pertama negeri dengan jaringan internet, perangkat kelas digital dan pelatihan guru. "
        "Indikator keberhasilan program akan ditetapkan setelah asesmen kesiapan digital sekolah pada semester "
        "I 2026, karena data dasarnya belum tersedia.",
        note="target truly missing: to be set after an assessment",
    ),
    _f(
        "Lampu Jalan Kota Hemat Energi Terkendali",
        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
        T("titik penerangan jalan umum dikendalikan dari jarak jauh", 3500, "titik", 2030),
        [(2028, 700, None, 1300), (2029, 500, None, 1000), (2030, 300, None, None)],
        1e6,
        "Perangkat daerah pengampu: Dinas Perumahan, Kawasan Permukiman dan Pertanahan. Lampu jalan diganti "
        "dengan lampu hemat energi yang dapat diredupkan dan dipantau dari ruang kendali; sebagian dibiayai "
        "melalui skema KPBU dengan pembayaran ketersediaan layanan. Indikator keberhasilan: 3.500 titik "
        "penerangan jalan umum dikendalikan dari jarak jauh pada 2030.",
    ),
]


def _cell(v, unit) -> str:
    return "-" if v is None else num_id(v)


def _fin_table(pdf, k: int, p: Prog) -> list:
    f = INFO[p.name]
    rows, tot = [], [0, 0, 0, 0]
    for y, a, d, l in f["rows"]:
        j = sum(v or 0 for v in (a, d, l))
        rows.append([str(y), _cell(a, f["unit"]), _cell(d, f["unit"]), _cell(l, f["unit"]), num_id(j)])
        for i, v in enumerate((a, d, l, j)):
            tot[i] += v or 0
    rows.append(["Total"] + [num_id(v) if v else "-" for v in tot])
    assert tot[3] * f["unit"] == p.budget
    unit = "dalam juta rupiah" if f["unit"] == 1e6 else "dalam rupiah"
    cap = f"Tabel 4.{k} Rencana Pembiayaan Program {p.name} ({unit})"
    hdr = ["Tahun", "APBD Kota", "DAK / APBN", "Sumber Lain (CSR / KPBU)", "Jumlah"]
    return [pdf.Table(hdr, rows, caption=cap)]


def programmes() -> list[Prog]:
    return QW + ORD + FLAG


def blocks(pdf) -> list:
    b = [
        pdf.Para(
            "LAMPIRAN PERATURAN WALI KOTA SELAT MUTIARA NOMOR 14 TAHUN 2025 TENTANG MASTERPLAN SMART CITY KOTA "
            "SELAT MUTIARA TAHUN 2026-2030"
        )
    ]
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN ARAH RPJMD"))
    b.append(
        pdf.Para(
            "RPJMD Kota Selat Mutiara 2025-2029 menetapkan indeks SPBE 3,60, indeks kepuasan masyarakat 85 dan "
            "indeks pembangunan manusia 78,15 sebagai target akhir periode. Pada 2024 indeks SPBE kota baru "
            "2,91 dan 38% layanan perizinan dapat diajukan secara daring. Anggaran belanja urusan komunikasi "
            "dan informatika pada APBD 2025 sebesar Rp 14,6 miliar."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PENGEMBANGAN"))
    b.append(
        pdf.Para(
            "Strategi pengembangan ditempuh dalam tiga langkah: quick win pada tahun pertama, program per urusan "
            "pemerintahan yang diampu perangkat daerah sesuai tugas dan fungsinya, dan program unggulan yang "
            "dibiayai bersama dari APBD, DAK atau APBN, CSR dan skema KPBU."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Quick Win Tahun 2026"))
    b.append(
        pdf.Para(
            "Quick win adalah program berbiaya kecil yang hasilnya dapat dirasakan warga dalam tahun pertama "
            "pelaksanaan masterplan. Daftar quick win disepakati dalam rapat Dewan Smart City."
        )
    )
    b += _qw_tables(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.2 Program menurut Urusan Pemerintahan"))
    b.append(
        pdf.Para(
            "Program smart city berikut dikelompokkan menurut urusan pemerintahan dan perangkat daerah yang "
            "mengampunya."
        )
    )
    for _, text in ORD_PARAS:
        b.append(pdf.Para(text))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.3 Program Unggulan dan Rencana Pembiayaannya"))
    b.append(
        pdf.Para(
            "Empat program unggulan dibiayai dari beberapa sumber. Rencana pembiayaan setiap program disajikan per "
            "tahun dan per sumber dana; kolom Jumlah adalah kebutuhan dana program pada tahun itu."
        )
    )
    for k, p in enumerate(FLAG, start=1):
        b.append(pdf.Heading(3, f"4.3.{k} {p.name}"))
        b.append(pdf.Para(INFO[p.name]["para"]))
        b += _fin_table(pdf, k + 1, p)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V PENGENDALIAN DAN TINDAK LANJUT"))
    b.append(
        pdf.Para(
            "Pelaksanaan masterplan dipantau Tim Pelaksana Smart City setiap semester. Langkah tindak lanjut "
            "setelah Peraturan Wali Kota Nomor 14 Tahun 2025 diundangkan adalah sebagai berikut."
        )
    )
    b.append(
        pdf.Table(
            ["No", "Rencana Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"],
            [
                [
                    "1",
                    "Penetapan Keputusan Wali Kota tentang Tim Pelaksana Smart City",
                    "Bagian Hukum Sekretariat Daerah",
                    "31 Januari 2026",
                ],
                [
                    "2",
                    "Penyelarasan program smart city ke dalam Renja Perangkat Daerah 2027",
                    BAPPERIDA,
                    "30 April 2026",
                ],
                [
                    "3",
                    "Penyusunan SOP pemantauan dan evaluasi smart city",
                    "Bagian Organisasi Sekretariat Daerah",
                    "30 Juni 2026",
                ],
                ["4", "Laporan semester pertama pelaksanaan quick win", KOMINFO, "31 Juli 2026"],
            ],
            caption="Tabel 5.1 Rencana Tindak Lanjut",
        )
    )
    b.append(
        pdf.Para(
            "Nilai dan indikator yang belum ditetapkan dalam lampiran ini dilengkapi melalui reviu masterplan "
            "tahunan yang dikoordinasikan Dewan Smart City."
        )
    )
    return b
