"""Kabupaten Tanah Pelita (FICTIONAL): a quick-win table with calendar dates and money in thousands, programme
tables with one row per YEAR under vertically merged programme cells, and an appendix of four-column
programme forms (fresh11 set).

Style: chapter IV "Rencana Program Smart City" in three presentations, as a kabupaten masterplan drafted
by a consultant and completed by the Bappeda planning staff:
  (A) "4.1 Rencana Quick Win": one table "No | Quick Win | PIC | Tanggal Mulai | Tanggal Selesai | Keluaran
      (Output) | Target Capaian | Anggaran (Rp 000)". The dates are written dd/mm/yyyy as spreadsheets
      export them ("02/03/2026" .. "31/08/2026": gold 2026; "01/10/2026" .. "31/03/2027": [2026, 2027]); the
      money in THOUSANDS of rupiah ("175.000" = Rp 175 juta, "240.500" = Rp 240,5 juta; gold = the cell x
      1.000), a "Jumlah" row closing the table. The Keluaran cell counts deliverables (never the target);
      the Target Capaian cell holds value and indicator and no year (gold target year None). The PIC of one
      quick win is the RSUD (it is the owner there).
  (B) "4.2 Rincian Program per Tahun": one table per dimension for governance, branding, economy and
      living, "No | Program | Indikator Kinerja | Tahun | Kegiatan Utama | Target | Pagu Indikatif (Rp) |
      Perangkat Daerah", in which every programme has ONE ROW PER YEAR it runs: the No, Program, Indikator
      Kinerja and Perangkat Daerah cells are merged vertically over its year rows (the text stands in the
      top cell only), while Tahun, Kegiatan Utama (the year's sub-activities: never programmes), Target
      (the cumulative value of that year, "-" in a preparation year) and Pagu (a bare dotted number, that
      year's money) change per row. A "Jumlah" row closes each table. The paragraph above the first table
      states the convention: gold budget = the sum of the year rows (budget_per_year), year = [first,
      last] year row, target = the last year's value (per_year = the years with a value; target year = that
      last year). Two agencies in one cell joined by "dan" once. Kegiatan Utama names facilities (pasar,
      RSUD) that are never the owner.
  (C) "LAMPIRAN II FORMULIR PROFIL PROGRAM": chapter IV only points to the appendix for society and
      environment; there every programme is a form, a FOUR-column table without a header row (label,
      value, label, value, as Indonesian forms are laid out): "Kode Program | SS-01 | Dimensi / Elemen |
      ...", "Nama Program" (value merged over three cells), "PD Pengampu | ... | PD Pendukung | ..." (the
      supporting agency is never the owner), "Indikator Kinerja" (merged), "Kondisi Awal (2025) | 12
      sekolah | Target Akhir | 60 sekolah (2029)" (the baseline is never the target; gold target year =
      the year in parentheses), "Tahun Mulai | 2027 | Tahun Selesai | 2029" or "Periode Pelaksanaan |
      2026 s.d. 2028", "Pagu Indikatif | ... | Sumber Dana | APBD, DAK", "Mitra" (partners, never the
      owner); the row order changes between forms. Money "Rp 2.350.000.000", "Rp 875 juta", "Rp 1,2 M",
      "Rp 3.100.000.000,00" and "Rp 450 juta per tahun (2027-2030)" with no total written (gold budget =
      the four years' sum, budget_per_year).
Chapter II quotes RPJMD figures (IPM, indeks SPBE, kemiskinan) that are never a programme's target;
chapter V recaps the per-year totals of (B) (no programme). Quick wins are kind "Quick win". Three
fields are truly missing: a quick win's budget (Anggaran "Dibebankan pada belanja rutin; nilai belum
dipisahkan"), a per-year programme's owner (Perangkat Daerah "Menunggu hasil evaluasi kelembagaan
(Perbup SOTK 2026)") and a form's target (Target Akhir "Ditetapkan setelah survei data dasar kualitas air
2026"; Kondisi Awal "Belum tersedia").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p38_pertahun_tanah_pelita",
    name="Kabupaten Tanah Pelita",
    period="2026-2030",
    style="dated quick-win table in Rp 000, per-year rows under merged programme cells, four-column forms",
    split="fresh11",
    intro=[
        "Kabupaten Tanah Pelita adalah kabupaten agraris di dataran tinggi dengan 16 kecamatan dan 241 desa. "
        "Pertanian lahan kering, peternakan dan industri pengolahan hasil bumi menjadi penggerak ekonomi, "
        "sedangkan jarak antardesa yang jauh dan layanan publik yang terpusat di ibu kota kabupaten menjadi "
        "tantangan utama pemerintah daerah.",
        "Masterplan smart city ini disusun Tim Pelaksana Smart City bersama konsultan pendamping dalam kerangka "
        "Gerakan Menuju 100 Smart City. Rincian program per tahun disiapkan agar mudah dipindahkan ke dalam "
        "Renja perangkat daerah setiap tahun anggaran.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    """The amount a money phrase of this plan states (a check that text and record agree)."""
    m = re.fullmatch(r"(?:Rp )?([\d.,]+)(?:,00)?(?: (M|juta|miliar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", "").split(",")[0])
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "miliar": 1e9, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) quick wins, dates and Rp 000
def _q(name, opd, start, end, output, target, tcell, year, ribu, *, acell=None, note=""):
    budget = None if ribu is None else ribu * 1000.0
    p = Prog(name, "", [opd], target, year, budget, "table", quick_win=True, kind="Quick win", v="dated-qw")
    p.note = note
    ys = {int(start[-4:]), int(end[-4:])}
    assert year == (min(ys) if len(ys) == 1 else [min(ys), max(ys)]), name
    assert num_id(target.value) in tcell, name
    INFO[name] = dict(start=start, end=end, output=output, tcell=tcell, acell=acell or num_id(ribu))
    return p


QW = [
    _q(
        "Surat Keterangan Desa Daring",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "02/03/2026",
        "31/08/2026",
        "1 aplikasi layanan desa; 48 operator desa terlatih",
        T("desa menerbitkan surat keterangan secara daring", 60, "persen"),
        "60% desa menerbitkan surat keterangan secara daring",
        2026,
        175_000,
    ),
    _q(
        "Pembayaran PBB-P2 melalui QRIS",
        "Badan Pendapatan Daerah",
        "01/04/2026",
        "30/11/2026",
        "QRIS statis di 16 kantor kecamatan dan 3 bank mitra",
        T("wajib pajak PBB-P2 membayar secara nontunai", 35, "persen"),
        "35% wajib pajak PBB-P2 membayar secara nontunai",
        2026,
        240_500,
    ),
    _q(
        "Informasi Ketersediaan Tempat Tidur Rumah Sakit",
        "RSUD Tanah Pelita",
        "01/06/2026",
        "31/12/2026",
        "3 papan informasi digital di ruang tunggu; 1 laman web",
        T("ruang rawat inap melaporkan ketersediaan tempat tidur secara real time", 100, "persen"),
        "100% ruang rawat inap melaporkan ketersediaan tempat tidur secara real time",
        2026,
        135_000,
        note="the RSUD is the owner here",
    ),
    _q(
        "Pengaduan Kerusakan Penerangan Jalan",
        "Dinas Perhubungan",
        "01/10/2026",
        "31/03/2027",
        "Kanal aduan dan peta 4.200 titik penerangan jalan umum",
        T("laporan kerusakan lampu jalan ditangani dalam 3 hari", 85, "persen"),
        "85% laporan kerusakan lampu jalan ditangani dalam 3 hari",
        [2026, 2027],
        98_750,
        note="dates over two years",
    ),
    _q(
        "Kartu Identitas Anak Jemput Bola",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "02/02/2026",
        "30/06/2026",
        "12 kali layanan keliling di sekolah dan posyandu",
        T("anak usia 0-17 tahun memiliki Kartu Identitas Anak", 70, "persen"),
        "70% anak usia 0-17 tahun memiliki Kartu Identitas Anak",
        2026,
        None,
        acell="Dibebankan pada belanja rutin; nilai belum dipisahkan",
        note="budget truly missing: inside the routine budget",
    ),
    _q(
        "Presensi dan Kinerja ASN Terpadu",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "01/07/2026",
        "28/02/2027",
        "Integrasi mesin presensi 41 kantor dengan aplikasi e-kinerja",
        T("ASN melaporkan kinerja harian secara elektronik", 95, "persen"),
        "95% ASN melaporkan kinerja harian secara elektronik",
        [2026, 2027],
        312_000,
    ),
]


def _qw_table(pdf) -> list:
    rows = []
    for i, p in enumerate(QW, 1):
        f = INFO[p.name]
        rows.append([str(i), p.name, p.opd[0], f["start"], f["end"], f["output"], f["tcell"], f["acell"]])
    tot = sum(p.budget for p in QW if p.budget) / 1000
    rows.append(["", "Jumlah", "", "", "", "", "", num_id(tot)])
    hdr = [
        "No",
        "Quick Win",
        "PIC",
        "Tanggal Mulai",
        "Tanggal Selesai",
        "Keluaran (Output)",
        "Target Capaian",
        "Anggaran (Rp 000)",
    ]
    cap = "Tabel 4.1 Rencana Quick Win Kabupaten Tanah Pelita"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=[((1, len(rows)), (6, len(rows)))])]


# ------------------------------------------------------------------ (B) one row per year
def _y(name, opd, ind, unit, rows, *, ocell=None, note=""):
    """rows: (year, kegiatan, target value or None, target cell, pagu in rupiah)."""
    years = [r[0] for r in rows]
    per_t = {y: v for y, _, v, _, _ in rows if v is not None}
    last = max(per_t)
    target = T(ind, per_t[last], unit, last, per_t)
    bpy = {y: float(b) for y, _, _, _, b in rows}
    year = years[0] if len(years) == 1 else [years[0], years[-1]]
    p = Prog(name, "", list(opd), target, year, sum(bpy.values()), "table", budget_per_year=bpy, v="year-rows")
    p.note = note
    for y, _, v, cell, _ in rows:
        assert (v is None and cell == "-") or (v is not None and num_id(v) in cell), (name, y)
    INFO[name] = dict(ind=ind, rows=rows, ocell=ocell or " dan ".join(opd))
    return p


KOMINFO = "Dinas Komunikasi dan Informatika"
BAPPEDA = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
BPKAD = "Badan Pengelolaan Keuangan dan Aset Daerah"

PERTAHUN = [
    (
        "Smart Governance",
        [
            _y(
                "Satu Data Tanah Pelita",
                [KOMINFO],
                "Jumlah dataset prioritas yang terbit di portal Satu Data",
                "dataset",
                [
                    (2026, "Penyusunan daftar data, standar data dan metadata", 40, "40 dataset", 350_000_000),
                    (2027, "Pengembangan portal dan integrasi 12 perangkat daerah", 120, "120 dataset", 900_000_000),
                    (2028, "Integrasi dengan dasbor pimpinan dan pelatihan walidata", 200, "200 dataset", 650_000_000),
                ],
            ),
            _y(
                "Perencanaan dan Penganggaran Terintegrasi",
                [BAPPEDA, BPKAD],
                "Persentase perangkat daerah yang menyusun Renja dan RKA dalam satu sistem",
                "persen",
                [
                    (2027, "Kajian proses bisnis dan rancangan sistem", None, "-", 250_000_000),
                    (
                        2028,
                        "Pembangunan modul Renja, RKA dan uji coba di 10 perangkat daerah",
                        50,
                        "50%",
                        1_100_000_000,
                    ),
                    (2029, "Penerapan di seluruh perangkat daerah dan pendampingan", 100, "100%", 700_000_000),
                ],
                note="two owners; a preparation year without a target value",
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            _y(
                "Kalender Event Digital",
                ["Dinas Kepemudaan, Olahraga dan Pariwisata"],
                "Jumlah event daerah yang dipromosikan melalui kalender digital",
                "event",
                [
                    (2026, "Pembangunan kalender event dan akun media sosial resmi", 15, "15 event", 180_000_000),
                    (2027, "Promosi berbayar dan kemitraan dengan agen perjalanan", 30, "30 event", 220_000_000),
                ],
            ),
            _y(
                "Katalog Digital Produk Unggulan Desa",
                [],
                "Jumlah produk unggulan desa yang tercantum dalam katalog digital",
                "produk",
                [
                    (2027, "Kurasi produk, foto produk dan sertifikasi halal", 100, "100 produk", 300_000_000),
                    (2028, "Integrasi katalog dengan lokapasar dan gerai oleh-oleh", 250, "250 produk", 300_000_000),
                    (
                        2029,
                        "Promosi pada pameran dagang dan pelatihan pemasaran daring",
                        400,
                        "400 produk",
                        300_000_000,
                    ),
                ],
                ocell="Menunggu hasil evaluasi kelembagaan (Perbup SOTK 2026)",
                note="owner truly missing",
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            _y(
                "Sistem Informasi Harga dan Stok Pangan",
                ["Dinas Ketahanan Pangan"],
                "Jumlah pasar yang melaporkan harga dan stok pangan setiap hari",
                "pasar",
                [
                    (2026, "Pelatihan petugas pasar; uji coba di Pasar Induk Pelita", 4, "4 pasar", 150_000_000),
                    (2027, "Perluasan ke pasar kecamatan dan dasbor stok pangan", 9, "9 pasar", 275_000_000),
                ],
                note="a market named in the activity is a place, never the owner",
            ),
            _y(
                "Pertanian Presisi Lahan Kering",
                ["Dinas Pertanian"],
                "Luas lahan kering yang dipantau sensor kelembaban tanah",
                "ha",
                [
                    (2028, "Pemasangan sensor dan stasiun cuaca mini di 3 kecamatan", 150, "150 ha", 900_000_000),
                    (2029, "Perluasan ke 6 kecamatan dan aplikasi rekomendasi tanam", 400, "400 ha", 1_250_000_000),
                    (2030, "Pendampingan kelompok tani dan pemeliharaan perangkat", 600, "600 ha", 850_000_000),
                ],
            ),
        ],
    ),
    (
        "Smart Living",
        [
            _y(
                "Rujukan Terintegrasi Puskesmas dan Rumah Sakit",
                ["Dinas Kesehatan"],
                "Persentase puskesmas yang mengirim rujukan secara elektronik",
                "persen",
                [
                    (2026, "Integrasi sistem puskesmas dengan RSUD Tanah Pelita", 30, "30%", 400_000_000),
                    (2027, "Perluasan ke seluruh puskesmas dan klinik pratama", 70, "70%", 600_000_000),
                    (2028, "Evaluasi, pemeliharaan dan pelatihan ulang petugas", 100, "100%", 350_000_000),
                ],
                note="the RSUD named in an activity is a place, never the owner",
            ),
            _y(
                "Angkutan Perdesaan Terjadwal",
                ["Dinas Perhubungan"],
                "Jumlah trayek angkutan perdesaan dengan jadwal dan pelacakan daring",
                "trayek",
                [
                    (2028, "Pemasangan pelacak armada dan papan jadwal di terminal", 4, "4 trayek", 500_000_000),
                    (2029, "Perluasan trayek dan aplikasi jadwal untuk penumpang", 10, "10 trayek", 750_000_000),
                ],
            ),
        ],
    ),
]


def _year_tables(pdf) -> list:
    hdr = [
        "No",
        "Program",
        "Indikator Kinerja",
        "Tahun",
        "Kegiatan Utama",
        "Target",
        "Pagu Indikatif (Rp)",
        "Perangkat Daerah",
    ]
    out, n = [], 0
    for k, (dim, ps) in enumerate(PERTAHUN, start=2):
        rows, spans = [], []
        for p in ps:
            n += 1
            f = INFO[p.name]
            r0 = len(rows) + 1
            for j, (y, keg, _, cell, pagu) in enumerate(f["rows"]):
                first = j == 0
                rows.append(
                    [
                        str(n) if first else "",
                        p.name if first else "",
                        f["ind"] if first else "",
                        str(y),
                        keg,
                        cell,
                        num_id(pagu),
                        f["ocell"] if first else "",
                    ]
                )
            r1 = len(rows)
            spans += [((c, r0), (c, r1)) for c in (0, 1, 2, 7)]
        rows.append(["", "Jumlah", "", "", "", "", num_id(sum(p.budget for p in ps)), ""])
        spans.append(((1, len(rows)), (5, len(rows))))
        cap = f"Tabel 4.{k} Rincian Program per Tahun Dimensi {dim}"
        out.append(pdf.SpanTable(hdr, rows, caption=cap, spans=spans))
    return out


# ------------------------------------------------------------------ (C) appendix forms
def _f(
    code,
    dim,
    name,
    opd,
    pendukung,
    ind,
    awal,
    target,
    tcell,
    year,
    ycells,
    budget,
    bcell,
    sumber,
    mitra,
    order,
    *,
    per_year=None,
    note="",
):
    p = Prog(name, "", list(opd), target, year, budget, "form", budget_per_year=per_year, v="form")
    p.note = note
    if per_year:
        assert sum(per_year.values()) == budget
    else:
        assert rupiah(bcell) == budget, (bcell, budget)
    if target is not None:
        assert tcell.startswith(num_id(target.value)) and f"({target.year})" in tcell, name
    INFO[name] = dict(
        code=code,
        dim=dim,
        pendukung=pendukung,
        ind=ind,
        awal=awal,
        tcell=tcell,
        ycells=ycells,
        bcell=bcell,
        sumber=sumber,
        mitra=mitra,
        order=order,
    )
    return p


FORMS = [
    _f(
        "SS-01",
        "Smart Society / Ekosistem Belajar",
        "Sekolah Terhubung dan Kelas Digital",
        ["Dinas Pendidikan"],
        KOMINFO,
        "Jumlah sekolah negeri yang memiliki kelas digital",
        "12 sekolah",
        T("sekolah negeri yang memiliki kelas digital", 60, "sekolah", 2029),
        "60 sekolah (2029)",
        [2027, 2029],
        ("Tahun Mulai", "2027", "Tahun Selesai", "2029"),
        2.35e9,
        "Rp 2.350.000.000",
        "APBD, DAK",
        "Perguruan tinggi mitra untuk pelatihan guru",
        "abcdefg",
    ),
    _f(
        "SS-02",
        "Smart Society / Ekosistem Belajar",
        "Perpustakaan Desa Digital",
        ["Dinas Perpustakaan dan Kearsipan"],
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "Jumlah perpustakaan desa yang terhubung katalog daring",
        "5 desa",
        T("perpustakaan desa yang terhubung katalog daring", 80, "desa", 2028),
        "80 desa (2028)",
        [2026, 2028],
        ("Periode Pelaksanaan", "2026 s.d. 2028"),
        875e6,
        "Rp 875 juta",
        "APBD, Dana Desa",
        "Perpustakaan Nasional (bantuan koleksi digital)",
        "abcgdef",
    ),
    _f(
        "SS-03",
        "Smart Society / Keamanan",
        "Tombol Darurat Desa Terhubung",
        ["Satuan Polisi Pamong Praja"],
        "Badan Penanggulangan Bencana Daerah",
        "Jumlah desa dengan tombol darurat yang terhubung ruang kendali",
        "0 desa",
        T("desa dengan tombol darurat yang terhubung ruang kendali", 40, "desa", 2030),
        "40 desa (2030)",
        [2028, 2030],
        ("Tahun Mulai", "2028", "Tahun Selesai", "2030"),
        1.2e9,
        "Rp 1,2 M",
        "APBD",
        "Kepolisian Resor Tanah Pelita; linmas desa",
        "abfcdeg",
        note="the police and the BPBD are partners / support, never the owner",
    ),
    _f(
        "SE-01",
        "Smart Environment / Pengelolaan Sampah",
        "Bank Sampah Digital",
        ["Dinas Lingkungan Hidup"],
        "Dinas Koperasi, Usaha Kecil dan Menengah",
        "Jumlah nasabah bank sampah yang tercatat dalam aplikasi",
        "1.100 nasabah",
        T("nasabah bank sampah yang tercatat dalam aplikasi", 8000, "nasabah", 2028),
        "8.000 nasabah (2028)",
        [2026, 2028],
        ("Tahun Mulai", "2026", "Tahun Selesai", "2028"),
        620e6,
        "Rp 620 juta",
        "APBD, CSR",
        "Bank sampah induk dan pengepul",
        "abcdefg",
    ),
    _f(
        "SE-02",
        "Smart Environment / Proteksi Lingkungan",
        "Peringatan Dini Banjir Sungai Pelita",
        ["Badan Penanggulangan Bencana Daerah"],
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Jumlah pos pantau muka air otomatis yang mengirim data",
        "2 pos",
        T("pos pantau muka air otomatis yang mengirim data", 14, "pos", 2030),
        "14 pos (2030)",
        [2027, 2030],
        ("Periode Pelaksanaan", "2027 s.d. 2030"),
        1.8e9,
        "Rp 450 juta per tahun (2027-2030)",
        "APBD",
        "Balai Wilayah Sungai (data hidrologi)",
        "abcgdef",
        per_year={2027: 450e6, 2028: 450e6, 2029: 450e6, 2030: 450e6},
        note="money per year without a total",
    ),
    _f(
        "SE-03",
        "Smart Environment / Energi",
        "Penerangan Jalan Umum Tenaga Surya",
        ["Dinas Perumahan dan Kawasan Permukiman"],
        "Dinas Perhubungan",
        "Jumlah titik penerangan jalan tenaga surya yang terpantau",
        "320 titik",
        T("titik penerangan jalan tenaga surya yang terpantau", 2500, "titik", 2030),
        "2.500 titik (2030)",
        [2028, 2030],
        ("Tahun Mulai", "2028", "Tahun Selesai", "2030"),
        3.1e9,
        "Rp 3.100.000.000,00",
        "APBD, DAK",
        "-",
        "abfcdeg",
    ),
    _f(
        "SE-04",
        "Smart Environment / Proteksi Lingkungan",
        "Pemantauan Kualitas Air Sungai",
        ["Dinas Lingkungan Hidup"],
        "Dinas Kesehatan",
        "Indeks kualitas air sungai utama",
        "Belum tersedia",
        None,
        "Ditetapkan setelah survei data dasar kualitas air 2026",
        [2027, 2029],
        ("Tahun Mulai", "2027", "Tahun Selesai", "2029"),
        980e6,
        "Rp 980 juta",
        "APBD",
        "Laboratorium lingkungan universitas negeri",
        "abcdefg",
        note="target truly missing",
    ),
]


def _form(pdf, p: Prog) -> list:
    f = INFO[p.name]
    yc = f["ycells"]
    parts = {
        "a": ["Kode Program", f["code"], "Dimensi / Elemen", f["dim"]],
        "b": ["Nama Program", p.name, "", ""],
        "c": ["PD Pengampu", p.opd[0], "PD Pendukung", f["pendukung"]],
        "d": ["Indikator Kinerja", f["ind"], "", ""],
        "e": ["Kondisi Awal (2025)", f["awal"], "Target Akhir", f["tcell"]],
        "f": list(yc) if len(yc) == 4 else [yc[0], yc[1], "", ""],
        "g": ["Pagu Indikatif", f["bcell"], "Sumber Dana", f["sumber"]],
    }
    rows = [parts[k] for k in f["order"]]
    rows.append(["Mitra", f["mitra"], "", ""])
    spans = []
    for i, r in enumerate(rows):
        if r[2] == "" and r[3] == "":
            spans.append(((1, i), (3, i)))
    return [pdf.Heading(3, f"Formulir {f['code']}"), pdf.SpanTable([], rows, spans=spans)]


def programmes() -> list[Prog]:
    return QW + [p for _, ps in PERTAHUN for p in ps] + FORMS


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "RPJMD Kabupaten Tanah Pelita 2025-2029 menargetkan indeks pembangunan manusia naik dari 70,85 pada "
            "2024 menjadi 73,10 pada 2029, indeks SPBE mencapai 3,20 dan tingkat kemiskinan turun menjadi 8,5%. "
            "Pada 2025 baru 62% desa yang terjangkau sinyal 4G, dan belanja teknologi informasi dalam APBD 2025 "
            "sebesar Rp 9,4 miliar atau 0,6% dari total belanja daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PENGEMBANGAN"))
    b.append(
        pdf.Para(
            "Strategi smart city ditempuh melalui quick win pada 2026-2027, program per tahun yang langsung "
            "menjadi bahan Renja perangkat daerah, dan program dimensi masyarakat dan lingkungan yang profilnya "
            "disusun dalam formulir baku."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Rencana Quick Win"))
    b.append(
        pdf.Para(
            "Quick win dilaksanakan dalam rentang tanggal pada tabel berikut. Anggaran ditulis dalam ribuan rupiah "
            "sesuai format usulan RKA perangkat daerah."
        )
    )
    b += _qw_table(pdf)
    b.append(pdf.Heading(2, "4.2 Rincian Program per Tahun"))
    b.append(
        pdf.Para(
            "Setiap program ditulis dalam satu baris per tahun pelaksanaan: kegiatan utama tahun itu, target "
            "kumulatif pada akhir tahun itu dan pagu indikatif tahun itu. Kebutuhan dana program adalah jumlah "
            "pagu seluruh tahunnya; target program adalah target tahun terakhirnya."
        )
    )
    b += _year_tables(pdf)
    b.append(pdf.Heading(2, "4.3 Program Dimensi Smart Society dan Smart Environment"))
    b.append(
        pdf.Para(
            "Program dimensi Smart Society dan Smart Environment dirinci dalam Lampiran II menggunakan formulir "
            "profil program yang ditetapkan Tim Pelaksana."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V PEMBIAYAAN"))
    b.append(
        pdf.Para(
            "Rekapitulasi pagu indikatif rincian program per tahun (Tabel 4.2 sampai Tabel 4.5) disajikan sebagai "
            "bahan penyusunan KUA-PPAS. Quick win dan program pada Lampiran II dibiayai dari pagu masing-masing "
            "perangkat daerah."
        )
    )
    per = {}
    for _, ps in PERTAHUN:
        for p in ps:
            for y, v in p.budget_per_year.items():
                per[y] = per.get(y, 0) + v
    rec = [[str(y), num_id(per[y])] for y in sorted(per)]
    rec.append(["Jumlah", num_id(sum(per.values()))])
    b.append(
        pdf.Table(["Tahun", "Pagu Indikatif (Rp)"], rec, caption="Tabel 5.1 Rekapitulasi Pagu Indikatif per Tahun")
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "LAMPIRAN I DAFTAR SINGKATAN"))
    b.append(
        pdf.Table(
            ["Singkatan", "Kepanjangan"],
            [
                ["APBD", "Anggaran Pendapatan dan Belanja Daerah"],
                ["DAK", "Dana Alokasi Khusus"],
                ["KUA-PPAS", "Kebijakan Umum Anggaran - Prioritas dan Plafon Anggaran Sementara"],
                ["PBB-P2", "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan"],
                ["QRIS", "Quick Response Code Indonesian Standard"],
                ["RKA", "Rencana Kerja dan Anggaran"],
                ["SOTK", "Susunan Organisasi dan Tata Kerja"],
            ],
            caption="Tabel L.1 Daftar Singkatan",
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "LAMPIRAN II FORMULIR PROFIL PROGRAM"))
    b.append(
        pdf.Para(
            "Formulir berikut diisi oleh perangkat daerah pengampu dan diverifikasi Tim Pelaksana Smart City. "
            "Kondisi awal adalah capaian tahun 2025."
        )
    )
    for p in FORMS:
        b += _form(pdf, p)
    return b
