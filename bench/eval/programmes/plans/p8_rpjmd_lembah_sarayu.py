"""Kabupaten Lembah Sarayu (FICTIONAL): programmes in RPJMD-style programme matrices only.

Style: the programme table of an RPJMD ("Program Perangkat Daerah Disertai Pagu Indikatif"), on
landscape pages in a small font. (A) the usual layout: a code column (1.02.03), one column
"Urusan/Bidang Urusan/Program Perangkat Daerah" in which urusan and bidang header rows (a code and a
title across the row) sit between the programme rows, the programme cell holding "PROGRAM X Outcome:
...", one row per indicator (code, programme, money and agency cells merged over them), satuan, kondisi
awal, then "Capaian Kinerja Program dan Kerangka Pendanaan (dalam juta rupiah)" over the years
2026..2030, each year over "Target | Rp", then "Kondisi Akhir" (Target | Rp, the total) and the
"Perangkat Daerah Penanggung Jawab"; a three-row header repeated on every page. (B) the same
programmes' shape with the targets and the money grouped: "Target Kinerja" over 2026..2030, then
"Pagu Indikatif (dalam juta rupiah)" over 2026..2030 and "Jumlah"; a two-row header. Before them, as
an RPJMD has: a strategy chapter (strategy bullets that start with a verb, prose that names programmes
of the matrix, in a chapter whose title says "Program Prioritas"), and a cross-reference table
"Sasaran | Outcome | Program Prioritas" listing several programmes per cell (no programme is defined
there: the matrix defines them).
Every programme states every field; the gold follows the real rows' conventions (budget = the sum
of the per-year pagu in rupiah, target = the final-year value of the first indicator, year = [2026,
2030]).
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p8_rpjmd_lembah_sarayu",
    name="Kabupaten Lembah Sarayu",
    period="2025-2029",
    style="rpjmd matrix",
    intro=[
        "Kabupaten Lembah Sarayu terletak di lembah sungai yang subur dengan kota kecamatan yang tumbuh "
        "di sepanjang jalan provinsi. Program smart city kabupaten dilaksanakan melalui program perangkat "
        "daerah dalam RPJMD.",
        "Bab IV memuat tabel program perangkat daerah disertai pagu indikatif sesuai nomenklatur "
        "perencanaan dan keuangan daerah.",
    ],
)

YEARS = (2026, 2027, 2028, 2029, 2030)


def _t(ind: str, unit: str, start: float, step: float) -> Target:
    per = {y: round(start + step * i, 2) for i, y in enumerate(YEARS)}
    return Target(ind, per[2030], unit, 2030, per)


def _p(name: str, opd: str, t: Target, pagu: tuple, note: str = "") -> Prog:
    """A programme: pagu in million rupiah per year 2026..2030."""
    per = {y: v * 1e6 for y, v in zip(YEARS, pagu)}
    return Prog(name, "", [opd], t, [2026, 2030], sum(per.values()), "table", budget_per_year=per, note=note)


# extra indicators of a programme (rows under its first): (indicator, unit, kondisi awal, start, step)
EXTRA: dict[str, list[tuple]] = {}

# (A) urusan -> bidang -> programmes: (code, urusan or bidang title, [(code, prog), ...])
URUSAN = [
    ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
    ("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"),
]
A: list[tuple[str, str, str, list[tuple[str, Prog]]]] = [
    (
        "1",
        "1.01",
        "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
        [
            (
                "1.01.02",
                _p(
                    "Pemerataan Akses Sekolah Digital",
                    "Dinas Pendidikan",
                    _t("Persentase sekolah dasar yang terhubung internet pembelajaran", "persen", 62, 8),
                    (18250, 19100, 19875, 20640, 21415),
                ),
            ),
            (
                "1.01.03",
                _p(
                    "Penguatan Literasi dan Numerasi Daerah",
                    "Dinas Pendidikan",
                    _t("Rata-rata skor literasi peserta didik jenjang SMP", "indeks", 61.5, 1.5),
                    (4320, 4455, 4610, 4780, 4925),
                ),
            ),
            (
                "1.01.05",
                _p(
                    "Beasiswa Anak Lembah Sarayu",
                    "DINAS PENDIDIKAN",
                    _t("Jumlah penerima beasiswa pendidikan menengah", "orang", 1200, 150),
                    (9600, 10800, 12000, 13200, 14400),
                ),
            ),
        ],
    ),
    (
        "1",
        "1.02",
        "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
        [
            (
                "1.02.02",
                _p(
                    "Layanan Kesehatan Keluarga Terpadu",
                    "Dinas Kesehatan",
                    _t("Persentase puskesmas dengan rekam medis elektronik terintegrasi", "persen", 55, 10),
                    (35400, 36950, 38410, 39900, 41275),
                    "several indicators; a facility (puskesmas) in the indicator",
                ),
            ),
            (
                "1.02.03",
                _p(
                    "Peningkatan Mutu Tenaga Kesehatan Desa",
                    "Dinas Kesehatan",
                    _t("Rasio bidan desa terlatih terhadap jumlah desa", "rasio", 0.82, 0.04),
                    (2150, 2260, 2375, 2490, 2600),
                ),
            ),
            (
                "1.02.04",
                _p(
                    "Pengendalian Penyakit Berbasis Data",
                    "DINAS KESEHATAN",
                    _t("Persentase kasus demam berdarah yang terlapor kurang dari 24 jam", "persen", 70, 6),
                    (1875, 1940, 2010, 2085, 2150),
                ),
            ),
            (
                "1.02.06",
                _p(
                    "Rumah Sakit Daerah Tanpa Antre",
                    "Rumah Sakit Umum Daerah Lembah Sarayu",
                    _t("Waktu tunggu rawat jalan rumah sakit daerah", "menit", 90, -10),
                    (12400, 12950, 13480, 14020, 14600),
                    "a decreasing target",
                ),
            ),
        ],
    ),
    (
        "1",
        "1.03",
        "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
        [
            (
                "1.03.05",
                _p(
                    "Pengelolaan Air Minum Lembah",
                    "Dinas Pekerjaan Umum dan Penataan Ruang",
                    _t("Persentase rumah tangga yang terlayani air minum perpipaan", "persen", 48, 5),
                    (28750, 30125, 31480, 32900, 34250),
                ),
            ),
            (
                "1.03.06",
                _p(
                    "Pengendalian Genangan Kota Kecamatan",
                    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                    _t("Persentase titik genangan yang surut kurang dari 2 jam", "persen", 72, 4),
                    (15200, 15800, 16450, 17100, 17760),
                ),
            ),
            (
                "1.03.10",
                _p(
                    "Penataan Ruang Berbasis Peta Digital",
                    "Dinas Pekerjaan Umum dan Penataan Ruang",
                    _t("Persentase rencana detail tata ruang yang tersedia daring", "persen", 30, 15),
                    (1350, 1420, 1490, 1560, 1630),
                ),
            ),
        ],
    ),
    (
        "1",
        "1.05",
        "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
        [
            (
                "1.05.03",
                _p(
                    "Tanggap Darurat Terpadu 112",
                    "Badan Penanggulangan Bencana Daerah",
                    _t("Persentase panggilan darurat yang ditangani kurang dari 10 menit", "persen", 65, 7),
                    (3100, 3250, 3400, 3560, 3720),
                ),
            ),
            (
                "1.05.04",
                _p(
                    "Ketertiban Umum Berbasis Kamera Kota",
                    "Satuan Polisi Pamong Praja",
                    _t("Jumlah titik kamera pemantau ketertiban yang aktif", "titik", 40, 20),
                    (2750, 2900, 3050, 3200, 3350),
                ),
            ),
        ],
    ),
    (
        "2",
        "2.07",
        "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA",
        [
            (
                "2.07.03",
                _p(
                    "Pelatihan Kerja Digital Pemuda",
                    "Dinas Tenaga Kerja dan Transmigrasi",
                    _t("Jumlah lulusan pelatihan kerja bersertifikat", "orang", 800, 100),
                    (2400, 2520, 2640, 2760, 2880),
                ),
            ),
        ],
    ),
    (
        "2",
        "2.11",
        "URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
        [
            (
                "2.11.09",
                _p(
                    "Pengelolaan Sampah Lembah Bersih",
                    "Dinas Lingkungan Hidup",
                    _t("Persentase sampah rumah tangga yang terkelola", "persen", 58, 6),
                    (11200, 11750, 12300, 12850, 13400),
                ),
            ),
            (
                "2.11.05",
                _p(
                    "Pemantauan Kualitas Udara dan Air Sungai",
                    "DINAS LINGKUNGAN HIDUP",
                    _t("Jumlah stasiun pemantau kualitas lingkungan yang daring", "stasiun", 4, 2),
                    (950, 1010, 1070, 1130, 1190),
                ),
            ),
        ],
    ),
    (
        "2",
        "2.15",
        "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN",
        [
            (
                "2.15.03",
                _p(
                    "Angkutan Perdesaan Terjadwal",
                    "Dinas Perhubungan",
                    _t("Jumlah trayek angkutan perdesaan dengan jadwal daring", "trayek", 6, 3),
                    (4300, 4520, 4740, 4960, 5180),
                ),
            ),
            (
                "2.15.04",
                _p(
                    "Manajemen Lalu Lintas Cerdas",
                    "Dinas Perhubungan",
                    _t("Jumlah simpang dengan lampu lalu lintas adaptif", "simpang", 5, 4),
                    (6250, 6500, 6780, 7040, 7300),
                ),
            ),
        ],
    ),
    (
        "2",
        "2.16",
        "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
        [
            (
                "2.16.02",
                _p(
                    "Pengelolaan Aplikasi Informatika Terpadu",
                    "Dinas Komunikasi dan Informatika",
                    _t("Indeks Sistem Pemerintahan Berbasis Elektronik", "indeks", 2.9, 0.2),
                    (8450, 8800, 9150, 9500, 9850),
                    "several indicators",
                ),
            ),
            (
                "2.16.03",
                _p(
                    "Satu Data Lembah Sarayu",
                    "DINAS KOMUNIKASI DAN INFORMATIKA",
                    _t("Persentase data sektoral yang terbit di portal satu data", "persen", 35, 13),
                    (1250, 1310, 1375, 1440, 1500),
                ),
            ),
            (
                "2.16.04",
                _p(
                    "Jaringan Internet Desa",
                    "Dinas Komunikasi dan Informatika",
                    _t("Jumlah desa yang terlayani titik akses internet publik", "desa", 40, 12),
                    (5600, 5850, 6100, 6350, 6600),
                ),
            ),
        ],
    ),
]

# (B) the supporting functions, targets and money grouped
B: list[tuple[str, str, str, list[tuple[str, Prog]]]] = [
    (
        "5",
        "5.01",
        "PERENCANAAN",
        [
            (
                "5.01.02",
                _p(
                    "Perencanaan Pembangunan Berbasis Bukti",
                    "Badan Perencanaan Pembangunan Daerah",
                    _t("Persentase program RKPD yang selaras dengan RPJMD", "persen", 84, 3),
                    (2900, 3010, 3120, 3230, 3340),
                ),
            ),
            (
                "5.01.03",
                _p(
                    "Koordinasi dan Evaluasi Smart City",
                    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
                    _t("Nilai evaluasi pelaksanaan masterplan smart city", "nilai", 2.8, 0.2),
                    (780, 820, 860, 900, 940),
                ),
            ),
        ],
    ),
    (
        "5",
        "5.02",
        "KEUANGAN",
        [
            (
                "5.02.02",
                _p(
                    "Pengelolaan Keuangan Daerah Nontunai",
                    "Badan Keuangan dan Aset Daerah",
                    _t("Persentase transaksi belanja daerah secara nontunai", "persen", 82, 4),
                    (5150, 5300, 5460, 5620, 5780),
                ),
            ),
            (
                "5.02.04",
                _p(
                    "Pendapatan Daerah Daring",
                    "Badan Pendapatan Daerah",
                    _t("Persentase wajib pajak daerah yang membayar melalui kanal daring", "persen", 45, 9),
                    (3600, 3720, 3840, 3960, 4080),
                ),
            ),
        ],
    ),
    (
        "5",
        "5.03",
        "KEPEGAWAIAN",
        [
            (
                "5.03.02",
                _p(
                    "Manajemen Talenta Aparatur",
                    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                    _t("Persentase jabatan pimpinan yang diisi melalui manajemen talenta", "persen", 20, 15),
                    (1450, 1510, 1570, 1630, 1690),
                ),
            ),
        ],
    ),
]

EXTRA.update(
    {
        "Layanan Kesehatan Keluarga Terpadu": [
            ("Persentase ibu hamil yang mendapat layanan antenatal sesuai standar", "persen", 88, 90, 2),
            ("Cakupan imunisasi dasar lengkap", "persen", 91, 92, 1.5),
            ("Prevalensi balita stunting", "persen", 17.5, 16, -1.5),
        ],
        "Pengelolaan Aplikasi Informatika Terpadu": [
            ("Persentase layanan publik yang dapat diakses daring", "persen", 40, 50, 10),
            ("Jumlah aplikasi daerah yang terintegrasi", "aplikasi", 12, 16, 4),
        ],
        "Pengelolaan Air Minum Lembah": [("Kehilangan air tidak berekening", "persen", 34, 32, -2)],
        "Pengelolaan Sampah Lembah Bersih": [("Jumlah bank sampah aktif", "unit", 60, 70, 10)],
        "Perencanaan Pembangunan Berbasis Bukti": [("Nilai SAKIP perangkat daerah", "nilai", 68, 70, 2)],
    }
)

OUTCOME = {
    "1.01": "Meningkatnya akses dan mutu pendidikan",
    "1.02": "Meningkatnya derajat kesehatan masyarakat",
    "1.03": "Meningkatnya layanan infrastruktur dasar",
    "1.05": "Meningkatnya rasa aman masyarakat",
    "2.07": "Meningkatnya daya saing tenaga kerja",
    "2.11": "Meningkatnya kualitas lingkungan hidup",
    "2.15": "Meningkatnya layanan transportasi",
    "2.16": "Meningkatnya tata kelola pemerintahan digital",
    "5.01": "Meningkatnya kualitas perencanaan daerah",
    "5.02": "Meningkatnya akuntabilitas keuangan daerah",
    "5.03": "Meningkatnya profesionalitas aparatur",
}


def programmes() -> list[Prog]:
    return [p for _, _, _, ps in A + B for _, p in ps]


def _v(x: float) -> str:
    return num_id(x)


def _indicators(p: Prog) -> list[tuple]:
    """(indicator, unit, kondisi awal, per-year targets) of each of the programme's indicators."""
    t = p.target
    step = t.per_year[2027] - t.per_year[2026]
    first = [(t.ind, t.unit, round(t.per_year[2026] - step, 2), [t.per_year[y] for y in YEARS])]
    extra = [
        (ind, unit, awal, [round(s + d * i, 2) for i in range(5)]) for ind, unit, awal, s, d in EXTRA.get(p.name, [])
    ]
    return first + extra


def _cell_name(code: str, p: Prog) -> str:
    return f"PROGRAM {p.name.upper()} Outcome: {OUTCOME[code.rsplit('.', 1)[0]]}"


def _table_a(pdf, groups: list) -> list:
    """Layout (A): Target | Rp per year, Kondisi Akhir Target | Rp, a three-row header."""
    h1 = ["Kode", "Urusan/Bidang Urusan/Program Perangkat Daerah", "Indikator Kinerja Program", "Satuan"]
    h1 += ["Kondisi Awal RPJMD", "Capaian Kinerja Program dan Kerangka Pendanaan (dalam juta rupiah)"]
    h1 += [""] * 9 + ["Kondisi Akhir RPJMD", "", "Perangkat Daerah Penanggung Jawab"]
    h2 = [""] * 5 + [x for y in YEARS for x in (str(y), "")] + ["", "", ""]
    h3 = [""] * 5 + ["Target", "Rp"] * 6 + [""]
    rows = [h2, h3]
    spans = [((c, 0), (c, 2)) for c in (0, 1, 2, 3, 4, 17)]
    spans += [((5, 0), (14, 0)), ((15, 0), (16, 1))] + [((5 + 2 * i, 1), (6 + 2 * i, 1)) for i in range(5)]
    done = set()
    for ur, bcode, btitle, ps in groups:
        if ur not in done:
            done.add(ur)
            title = next(t for c, t in URUSAN if c == ur)
            rows.append([ur, title] + [""] * 16)
            spans.append(((1, len(rows)), (17, len(rows))))
        rows.append([bcode, btitle] + [""] * 16)
        spans.append(((1, len(rows)), (17, len(rows))))
        for code, p in ps:
            inds = _indicators(p)
            top = len(rows) + 1
            for k, (ind, unit, awal, per) in enumerate(inds):
                row = [code if k == 0 else "", _cell_name(code, p) if k == 0 else "", ind, unit.title(), _v(awal)]
                for y, tv in zip(YEARS, per):
                    row += [_v(tv), _v(p.budget_per_year[y] / 1e6) if k == 0 else ""]
                row += [_v(per[-1]), _v(p.budget / 1e6) if k == 0 else "", p.opd[0] if k == 0 else ""]
                rows.append(row)
            if len(inds) > 1:
                bottom = top + len(inds) - 1
                for c in (0, 1, 6, 8, 10, 12, 14, 16, 17):
                    spans.append(((c, top), (c, bottom)))
    return [pdf.SpanTable(h1, rows, spans=spans, header_rows=3, wide=True)]


def _table_b(pdf, groups: list) -> list:
    """Layout (B): "Target Kinerja" over the years, then "Pagu Indikatif" over the years and Jumlah."""
    h1 = ["Kode", "Program Perangkat Daerah", "Indikator Kinerja Program", "Satuan", "Kondisi Awal (2024)"]
    h1 += ["Target Kinerja", "", "", "", "", "Pagu Indikatif (dalam juta rupiah)", "", "", "", "", ""]
    h1 += ["Perangkat Daerah Penanggung Jawab"]
    h2 = [""] * 5 + [str(y) for y in YEARS] * 2 + ["Jumlah", ""]
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 16)] + [((5, 0), (9, 0)), ((10, 0), (15, 0))]
    for _ur, bcode, btitle, ps in groups:
        rows.append([bcode, f"FUNGSI PENUNJANG {btitle}"] + [""] * 15)
        spans.append(((1, len(rows)), (16, len(rows))))
        for code, p in ps:
            inds = _indicators(p)
            top = len(rows) + 1
            for k, (ind, unit, awal, per) in enumerate(inds):
                row = [code if k == 0 else "", _cell_name(code, p) if k == 0 else "", ind, unit.title(), _v(awal)]
                row += [_v(tv) for tv in per]
                if k == 0:
                    row += [_v(p.budget_per_year[y] / 1e6) for y in YEARS] + [_v(p.budget / 1e6), p.opd[0]]
                else:
                    row += [""] * 7
                rows.append(row)
            if len(inds) > 1:
                bottom = top + len(inds) - 1
                for c in (0, 1) + tuple(range(10, 17)):
                    spans.append(((c, top), (c, bottom)))
    return [pdf.SpanTable(h1, rows, spans=spans, header_rows=2, wide=True)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB III STRATEGI, ARAH KEBIJAKAN DAN PROGRAM PRIORITAS"))
    b.append(pdf.Heading(2, "3.1 Strategi dan Arah Kebijakan"))
    b.append(
        pdf.Bullets(
            [
                "Mengoptimalkan pemanfaatan aset daerah untuk layanan publik digital.",
                "Memperluas jangkauan layanan kesehatan keluarga hingga ke desa terpencil.",
                "Mendorong keterlibatan badan usaha dalam penyediaan air minum perpipaan.",
                "Meningkatkan kapasitas aparatur dalam pengelolaan data dan aplikasi daerah.",
            ]
        )
    )
    b.append(pdf.Heading(2, "3.2 Program Prioritas"))
    b.append(
        pdf.Para(
            "Sasaran peningkatan mutu layanan dasar dicapai melalui Program Pemerataan Akses Sekolah Digital "
            "mulai tahun 2026, Program Layanan Kesehatan Keluarga Terpadu dan Program Pengelolaan Air Minum "
            "Lembah. Sasaran tata kelola pemerintahan digital dicapai melalui Program Satu Data Lembah Sarayu "
            "serta Program Pengelolaan Aplikasi Informatika Terpadu, didukung Program Perencanaan Pembangunan "
            "Berbasis Bukti. Rinciannya disajikan pada Bab IV."
        )
    )
    xref = [
        [
            "Meningkatnya mutu layanan dasar",
            "Meningkatnya akses pendidikan dan kesehatan",
            "Program Pemerataan Akses Sekolah Digital Program Beasiswa Anak Lembah Sarayu "
            "Program Layanan Kesehatan Keluarga Terpadu",
        ],
        [
            "Meningkatnya kualitas lingkungan dan infrastruktur",
            "Meningkatnya layanan air minum dan persampahan",
            "Program Pengelolaan Air Minum Lembah Program Pengelolaan Sampah Lembah Bersih",
        ],
        [
            "Meningkatnya tata kelola pemerintahan digital",
            "Meningkatnya keterpaduan data dan layanan daring",
            "Program Satu Data Lembah Sarayu",
        ],
    ]
    b.append(
        pdf.Table(["SASARAN", "OUTCOME", "PROGRAM PRIORITAS"], xref, caption="Tabel 3.1 Sasaran dan Program Prioritas")
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM PERANGKAT DAERAH"))
    b.append(
        pdf.Para(
            "Program perangkat daerah Kabupaten Lembah Sarayu beserta indikator kinerja, target dan pagu "
            "indikatifnya untuk tahun perencanaan 2026-2030 disajikan pada Tabel 4.1 dan Tabel 4.2. "
            "Pendanaan bersumber dari APBD kabupaten dan bersifat indikatif."
        )
    )
    b.append(pdf.Para("Tabel 4.1 Program Perangkat Daerah Disertai Pagu Indikatif"))
    b += _table_a(pdf, A)
    b.append(pdf.Para("Tabel 4.2 Program Penunjang Urusan Pemerintahan Disertai Target dan Pagu Indikatif"))
    b += _table_b(pdf, B)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(pdf.Para("Program perangkat daerah ini dijabarkan setiap tahun dalam RKPD dan Renja perangkat daerah."))
    return b
