"""Kabupaten Rimba Seloka (FICTIONAL): a Renstra-style programme, indicator and funding table (fresh3 set).

Style: chapter IV holds one long table on portrait pages, "Rencana Program, Indikator Kinerja dan
Pendanaan Indikatif", in the layout of a Renstra / RPJMD chapter VII: No | Program / Indikator Kinerja
Program (Outcome) | Satuan | Kondisi Awal 2024 | Target Kinerja over 2025..2029 (two-row header,
repeated on every page) | Total Pendanaan (Rp ribu) | Perangkat Daerah Penanggung Jawab. Each
programme is a row "Program X" holding only its number, its name, its total and its agency; its
outcome indicator(s) sit in the row(s) under it (indicator text, satuan, kondisi awal, one target
per year, "-" for a year the programme does not run). The money is ONE total per programme in
thousands of rupiah ("2.150.000" = Rp 2,15 miliar; gold budget = the cell x 1000), merged over the
programme's rows. Several consecutive programmes of one agency share one merged agency cell (the
full name written once at the top of the group). A dimension title row ("A. SMART GOVERNANCE") opens
each dimension; a "JUMLAH" row closes the table; footnotes follow it.
Gold (the p8 / p9 conventions): target = the final value of the programme's FIRST indicator (the
last year with a value), per_year = its values by year, unit = the Satuan ("%" written for persen);
year = [first, last] year with a target value; the kondisi awal (2024 baseline) is never the target.
Two programmes have a second indicator row (not gold). Two programmes truly lack one field: a budget
("-": a KPBU scheme still under study, footnoted) and an agency ("-": to be set by a Keputusan Bupati,
footnoted).
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p15_renstra_rimba_seloka",
    name="Kabupaten Rimba Seloka",
    period="2025-2029",
    style="renstra programme-indicator-funding table",
    split="fresh3",
    intro=[
        "Kabupaten Rimba Seloka adalah kabupaten pedalaman yang dua pertiga wilayahnya berupa hutan tropis, "
        "perbukitan dan daerah aliran sungai. Penduduk bekerja sebagai petani lahan kering, pencari madu "
        "hutan, perajin rotan dan pelaku usaha ekowisata di sekitar air terjun dan hutan adat.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City. Masterplan ini memuat analisis "
        "kesiapan daerah, strategi pembangunan smart city, serta rencana program, indikator kinerja dan "
        "pendanaan indikatif yang disusun mengikuti format Rencana Strategis perangkat daerah.",
    ],
)

YEARS = (2025, 2026, 2027, 2028, 2029)
T = Target

EXTRA: dict[str, list[tuple]] = {}  # further indicator rows of a programme: (indicator, unit, awal, {year: value})
AWAL: dict[str, float] = {}  # kondisi awal (2024) of the first indicator


def _p(name, opd, ind, unit, awal, targets, ribu, extra=(), note=""):
    """A programme: `targets` = the first indicator's value per year (None = "-", not running);
    `ribu` = Total Pendanaan in thousands of rupiah (None = "-")."""
    per = {y: v for y, v in zip(YEARS, targets) if v is not None}
    ys = sorted(per)
    last = ys[-1]
    p = Prog(
        name,
        "",
        list(opd),
        T(ind, per[last], unit, last, per),
        [ys[0], last] if len(ys) > 1 else ys[0],
        None if ribu is None else ribu * 1e3,
        "table",
        note=note,
    )
    AWAL[name] = awal
    if extra:
        EXTRA[name] = list(extra)
    return p


KOMINFO = "Dinas Komunikasi dan Informatika"
DISPAR = "Dinas Pariwisata, Pemuda dan Olahraga"
DISPERINDAG = "Dinas Perindustrian dan Perdagangan"
DINKES = "Dinas Kesehatan"
DLHK = "Dinas Lingkungan Hidup dan Kehutanan"

DIMENSIONS = [
    (
        "A",
        "SMART GOVERNANCE",
        [
            _p(
                "Tata Kelola Pemerintahan Berbasis Elektronik",
                [KOMINFO],
                "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) kabupaten",
                "indeks",
                2.1,
                (2.4, 2.7, 3.0, 3.2, 3.5),
                8_750_000,
                extra=[
                    (
                        "Persentase perangkat daerah yang memakai aplikasi umum berbagi pakai",
                        "persen",
                        40,
                        {2025: 55, 2026: 70, 2027: 85, 2028: 95, 2029: 100},
                    )
                ],
                note="two indicator rows: gold = the first; agency cell merged over two programmes",
            ),
            _p(
                "Satu Data Rimba Seloka",
                [KOMINFO],
                "Persentase data sektoral prioritas yang terbit di portal satu data",
                "persen",
                25,
                (40, 55, 70, 85, None),
                2_150_000,
                note="agency cell merged from the programme above (written once)",
            ),
            _p(
                "Pelayanan Perizinan Daring Terpadu",
                ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
                "Persentase izin usaha yang terbit kurang dari 3 hari kerja",
                "persen",
                48,
                (60, 75, 90, None, None),
                1_875_000,
            ),
            _p(
                "Desa Digital Seloka",
                ["Dinas Pemberdayaan Masyarakat dan Desa"],
                "Jumlah desa yang memakai sistem keuangan dan administrasi desa daring",
                "desa",
                35,
                (60, 90, 120, 148, None),
                3_420_000,
            ),
        ],
    ),
    (
        "B",
        "SMART BRANDING",
        [
            _p(
                "Promosi Ekowisata Rimba Digital",
                [DISPAR],
                "Jumlah kunjungan wisatawan ke destinasi ekowisata",
                "orang",
                42000,
                (50000, 60000, 72000, 85000, 100000),
                4_600_000,
            ),
            _p(
                "Penataan Kawasan Air Terjun Seloka",
                [DISPAR],
                "Luas kawasan wisata air terjun yang tertata dan terlayani wifi publik",
                "hektare",
                2,
                (None, 4, 7, 10, None),
                6_250_000,
                note="agency cell merged from the programme above; runs 2026-2028",
            ),
            _p(
                "Merek Kolektif Madu Hutan Seloka",
                [DISPERINDAG],
                "Jumlah produk madu dan olahan hasil hutan yang memakai merek kolektif daerah",
                "produk",
                5,
                (10, 18, 25, None, None),
                725_000,
            ),
        ],
    ),
    (
        "C",
        "SMART ECONOMY",
        [
            _p(
                "Pemasaran Daring Hasil Hutan Bukan Kayu",
                [DISPERINDAG],
                "Jumlah pelaku usaha hasil hutan bukan kayu yang berjualan secara daring",
                "pelaku usaha",
                80,
                (150, 250, 350, 450, 550),
                1_980_000,
                note="agency cell merged with the next programme",
            ),
            _p(
                "Sentra Industri Rotan Terpadu",
                [DISPERINDAG],
                "Jumlah perajin rotan yang tergabung dalam sentra industri",
                "orang",
                120,
                (None, 200, 300, 400, 500),
                None,
                note="budget truly missing: '-' (KPBU scheme under study, footnoted); agency cell merged",
            ),
            _p(
                "Pertanian Presisi Lahan Kering",
                ["Dinas Pertanian dan Ketahanan Pangan"],
                "Jumlah kelompok tani yang memakai sensor cuaca dan kelembapan tanah",
                "kelompok tani",
                0,
                (10, 25, 40, 55, None),
                3_150_000,
                extra=[
                    ("Produktivitas jagung lahan kering", "ton/ha", 4.8, {2025: 5, 2026: 5.3, 2027: 5.6, 2028: 5.9})
                ],
                note="two indicator rows: gold = the first",
            ),
            _p(
                "Digitalisasi Koperasi dan UMKM Seloka",
                ["Dinas Koperasi, Usaha Kecil dan Menengah"],
                "Persentase UMKM binaan yang memakai pembukuan dan pembayaran digital",
                "persen",
                12,
                (20, 30, 40, 50, 60),
                2_400_000,
            ),
        ],
    ),
    (
        "D",
        "SMART LIVING",
        [
            _p(
                "Layanan Kesehatan Primer Terintegrasi",
                [DINKES],
                "Persentase puskesmas yang menerapkan rekam medis elektronik terintegrasi",
                "persen",
                30,
                (50, 75, 100, None, None),
                5_320_000,
                note="a facility (puskesmas) in the indicator; agency cell merged over two programmes",
            ),
            _p(
                "Telemedisin Desa Terpencil",
                [DINKES],
                "Jumlah desa terpencil yang terlayani telekonsultasi dokter",
                "desa",
                6,
                (12, 20, 28, 36, 45),
                2_860_000,
            ),
            _p(
                "Rawat Jalan Terjadwal Rumah Sakit Daerah",
                ["Rumah Sakit Umum Daerah Rimba Seloka"],
                "Rata-rata waktu tunggu pendaftaran rawat jalan",
                "menit",
                75,
                (60, 45, 30, 20, 15),
                3_975_000,
                note="a decreasing target; the RSUD is the agency",
            ),
            _p(
                "Transportasi Perdesaan Terjadwal",
                ["Dinas Perhubungan"],
                "Jumlah trayek angkutan perdesaan dengan informasi jadwal daring",
                "trayek",
                2,
                (None, 5, 8, 12, None),
                2_275_000,
            ),
            _p(
                "Air Minum Perdesaan Pintar",
                ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
                "Persentase rumah tangga perdesaan dengan akses air minum layak",
                "persen",
                64,
                (68, 72, 76, 80, 84),
                11_450_000,
            ),
        ],
    ),
    (
        "E",
        "SMART SOCIETY",
        [
            _p(
                "Sekolah Rimba Terhubung",
                ["Dinas Pendidikan"],
                "Jumlah sekolah di desa terpencil yang terhubung internet",
                "sekolah",
                40,
                (70, 100, 130, 160, None),
                6_480_000,
            ),
            _p(
                "Literasi Digital Masyarakat Adat",
                [],
                "Jumlah warga desa adat yang mengikuti pelatihan literasi digital",
                "orang",
                300,
                (800, 1500, 2200, None, None),
                540_000,
                note="OPD truly missing: '-' (to be set by a Keputusan Bupati, footnoted)",
            ),
            _p(
                "Perlindungan Sosial Tepat Sasaran",
                ["Dinas Sosial"],
                "Persentase data penerima bantuan sosial yang padan dengan NIK",
                "persen",
                82,
                (90, 95, 100, None, None),
                1_260_000,
            ),
        ],
    ),
    (
        "F",
        "SMART ENVIRONMENT",
        [
            _p(
                "Pemantauan Hutan dan Titik Api Terpadu",
                [DLHK],
                "Persentase titik api yang terdeteksi dan ditangani dalam 24 jam",
                "persen",
                55,
                (65, 75, 85, 90, 95),
                4_125_000,
                note="agency cell merged over two programmes",
            ),
            _p(
                "Bank Sampah Desa",
                [DLHK],
                "Jumlah desa yang memiliki bank sampah aktif",
                "desa",
                18,
                (30, 45, 60, 75, 90),
                1_650_000,
            ),
            _p(
                "Peringatan Dini Banjir Daerah Aliran Sungai",
                ["Badan Penanggulangan Bencana Daerah"],
                "Jumlah desa bantaran sungai yang terpasang sensor muka air dan sirene",
                "desa",
                4,
                (10, 16, 22, None, None),
                2_090_000,
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the table writes them
def _unit(u: str) -> str:
    return "%" if u == "persen" else u


def _v(x) -> str:
    return "-" if x is None else num_id(x)


def _ribu(p: Prog) -> str:
    return "-" if p.budget is None else num_id(p.budget / 1000)


def _indicator_rows(p: Prog) -> list[list[str]]:
    t = p.target
    inds = [(t.ind, t.unit, AWAL[p.name], t.per_year)] + EXTRA.get(p.name, [])
    return [
        ["", ind, _unit(unit), _v(awal)] + [_v(per.get(y)) for y in YEARS] + ["", ""] for ind, unit, awal, per in inds
    ]


def _groups(ps: list[Prog]) -> list[list[Prog]]:
    """Consecutive programmes of one agency (one merged agency cell); a programme without one stands alone."""
    out: list[list[Prog]] = []
    for p in ps:
        if out and p.opd and out[-1][-1].opd == p.opd:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _table(pdf) -> list:
    h1 = [
        "No",
        "Program / Indikator Kinerja Program (Outcome)",
        "Satuan",
        "Kondisi Awal 2024",
        "Target Kinerja",
        "",
        "",
        "",
        "",
        "Total Pendanaan (Rp ribu)",
        "Perangkat Daerah Penanggung Jawab",
    ]
    h2 = ["", "", "", ""] + [str(y) for y in YEARS] + ["", ""]
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 9, 10)] + [((4, 0), (8, 0))]
    n = 0
    for letter, title, ps in DIMENSIONS:
        rows.append([letter, title] + [""] * 9)
        spans.append(((1, len(rows)), (10, len(rows))))
        for group in _groups(ps):
            g_top = len(rows) + 1
            for p in group:
                n += 1
                rows.append([str(n), f"Program {p.name}"] + [""] * 7 + [_ribu(p), ""])
                top = len(rows)
                rows += _indicator_rows(p)
                spans.append(((9, top), (9, len(rows))))
            rows[g_top - 1][10] = "; ".join(group[0].opd) if group[0].opd else "-"
            if len(rows) > g_top:
                spans.append(((10, g_top), (10, len(rows))))
    total = sum(p.budget for p in programmes() if p.budget is not None)
    rows.append(["", "JUMLAH"] + [""] * 7 + [num_id(total / 1000), ""])
    spans.append(((1, len(rows)), (8, len(rows))))
    cap = "Tabel 4.1 Rencana Program, Indikator Kinerja dan Pendanaan Indikatif Smart City Kabupaten Rimba Seloka"
    return [pdf.SpanTable(h1, rows, caption=cap, spans=spans, header_rows=2)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Rimba Seloka terdiri atas sebelas kecamatan dan seratus dua puluh delapan desa. Jaringan "
            "seluler 4G telah menjangkau ibu kota kecamatan, tetapi sebagian desa di dalam dan di tepi kawasan "
            "hutan masih belum terlayani internet. Kabupaten telah memiliki peraturan bupati tentang Sistem "
            "Pemerintahan Berbasis Elektronik, sedangkan pusat data dan ruang kendali masih dalam tahap "
            "perencanaan."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Rimba Seloka adalah "Rimba Seloka Cerdas, Hutan Lestari, Desa Berdaya". '
            "Strategi pembangunan diarahkan pada layanan publik yang menjangkau desa di tepi hutan, nilai tambah "
            "hasil hutan bukan kayu dan ekowisata, serta perlindungan hutan dan daerah aliran sungai dari "
            "kebakaran dan banjir."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM, INDIKATOR KINERJA DAN PENDANAAN INDIKATIF"))
    b.append(
        pdf.Para(
            "Rencana program smart city disajikan mengikuti format Rencana Strategis perangkat daerah. Setiap "
            "program diikuti indikator kinerja program (outcome) beserta satuan, kondisi awal tahun 2024 dan "
            "target kinerja setiap tahun selama periode masterplan. Tanda - pada kolom target menunjukkan bahwa "
            "program tidak dilaksanakan pada tahun tersebut. Pendanaan indikatif merupakan total kebutuhan "
            "pendanaan program selama masa pelaksanaannya, dinyatakan dalam ribuan rupiah."
        )
    )
    b += _table(pdf)
    b.append(pdf.Para("Keterangan:"))
    b.append(
        pdf.Bullets(
            [
                "Pendanaan Program Sentra Industri Rotan Terpadu belum dicantumkan karena direncanakan melalui "
                "skema Kerja Sama Pemerintah dengan Badan Usaha yang masih dalam tahap kajian.",
                "Perangkat daerah penanggung jawab Program Literasi Digital Masyarakat Adat akan ditetapkan "
                "dengan Keputusan Bupati.",
            ],
            numbered=True,
        )
    )
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Rencana program, indikator kinerja dan pendanaan indikatif ini menjadi acuan perangkat daerah dalam "
            "menyusun Renstra, Renja dan RKPD. Capaian indikator dievaluasi setiap tahun oleh Tim Pelaksana Smart "
            "City Kabupaten Rimba Seloka."
        )
    )
    return b
