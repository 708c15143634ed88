"""Kabupaten Padang Ilalang (FICTIONAL): programmes in programme matrices only.

Style: tables. (A) a long matrix with OPD, indicator, target, year and budget columns that runs
over a page break with its header repeated; (B) an indicator table with a two-row header
("Target Kinerja" over "2024 | 2025 | 2026") and (C) a budget table for the same programmes with
one column per year under "Pagu Indikatif (dalam juta rupiah)" (the programme's record joins B and C);
(D) a matrix split over two pages without the header repeated, budgets per year "(juta Rp)";
(E) a matrix with merged cells (dimension and OPD cells spanning several rows).
Every programme states every field.
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p3_padang_ilalang",
    name="Kabupaten Padang Ilalang",
    period="2024-2028",
    style="tables",
    intro=[
        "Kabupaten Padang Ilalang adalah daerah agraris dengan padang rumput luas yang dimanfaatkan untuk "
        "peternakan sapi dan kerbau. Ibu kota kabupaten berkembang sebagai pusat perdagangan ternak.",
        "Seluruh program smart city kabupaten disajikan dalam matriks program pada Bab IV, sesuai format "
        "yang digunakan dalam dokumen perencanaan daerah.",
    ],
)

T = Target
# (A) governance + economy matrix: one row each, long enough to cross a page
A = [
    Prog(
        "Sistem Informasi Desa Terpadu",
        "",
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        T("Desa yang memutakhirkan profil dan keuangan desa secara daring setiap triwulan", 100, "persen", 2026),
        [2024, 2026],
        2.1e9,
        "dots",
    ),
    Prog(
        "Ilalang Satu Pintu",
        "",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("Jenis perizinan dan nonperizinan yang dilayani secara elektronik", 95, "persen", 2025),
        [2024, 2025],
        1.35e9,
        "dots",
    ),
    Prog(
        "Keuangan Daerah Nontunai",
        "",
        ["Badan Pengelolaan Keuangan dan Aset Daerah"],
        T("Transaksi belanja daerah yang dilakukan secara nontunai", 100, "persen", 2025),
        2025,
        600e6,
        "juta",
    ),
    Prog(
        "Manajemen Aset Digital",
        "",
        ["Badan Pengelolaan Keuangan dan Aset Daerah"],
        T("Aset tanah pemerintah daerah yang bersertifikat dan terpetakan", 80, "persen", 2027),
        [2024, 2027],
        3.4e9,
        "dots",
    ),
    Prog(
        "Pajak Daerah Daring",
        "",
        ["Badan Pendapatan Daerah"],
        T("Wajib pajak daerah yang membayar melalui kanal daring", 70, "persen", 2026),
        [2025, 2026],
        1.8e9,
        "dots",
    ),
    Prog(
        "Pasar Ternak Digital",
        "",
        ["Dinas Peternakan dan Kesehatan Hewan"],
        T("Transaksi ternak di pasar hewan yang tercatat elektronik", 60, "persen", 2027),
        [2025, 2027],
        2.45e9,
        "dots",
    ),
    Prog(
        "Sapi Bertanda Elektronik",
        "",
        ["Dinas Peternakan dan Kesehatan Hewan"],
        T("Sapi dan kerbau yang memiliki penanda elektronik", 50000, "ekor", 2028),
        [2024, 2028],
        6.2e9,
        "dots",
    ),
    Prog(
        "Koperasi Susu Modern",
        "",
        ["Dinas Koperasi dan Usaha Kecil Menengah"],
        T("Koperasi peternak yang memakai aplikasi pembukuan", 25, "koperasi", 2026),
        [2025, 2026],
        750e6,
        "juta",
    ),
    Prog(
        "Sentra Olahan Daging",
        "",
        ["Dinas Perindustrian dan Perdagangan"],
        T("Pelaku usaha olahan daging yang bersertifikat halal", 150, "pelaku usaha", 2027),
        [2025, 2027],
        1.6e9,
        "dots",
    ),
    Prog(
        "Harga Pangan Harian",
        "",
        ["Dinas Ketahanan Pangan"],
        T("Pasar yang melaporkan harga bahan pokok setiap hari", 14, "pasar", 2025),
        2025,
        280e6,
        "juta",
    ),
]
# (B)+(C) living: targets per year (B) and budget per year in million rupiah (C)
BC = [
    Prog(
        "Puskesmas Keliling Padang",
        "",
        ["Dinas Kesehatan"],
        T(
            "Dusun terpencil yang dikunjungi layanan kesehatan keliling",
            85,
            "persen",
            2026,
            per_year={2024: 60, 2025: 75, 2026: 85},
        ),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 850e6, 2025: 900e6, 2026: 950e6},
    ),
    Prog(
        "Rujukan Terintegrasi",
        "",
        ["RSUD Padang Ilalang"],
        T(
            "Rujukan pasien yang tercatat dalam sistem rujukan daring",
            100,
            "persen",
            2026,
            per_year={2024: 70, 2025: 90, 2026: 100},
        ),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 1.2e9, 2025: 1.1e9, 2026: 1.0e9},
        note="the RSUD is the owner here: it is written in the OPD column",
    ),
    Prog(
        "Gizi Balita Terpantau",
        "",
        ["Dinas Kesehatan"],
        T("Prevalensi balita gizi kurang", 9, "persen", 2026, per_year={2024: 12, 2025: 10.5, 2026: 9}),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 640e6, 2025: 700e6, 2026: 760e6},
    ),
    Prog(
        "Air Bersih Perdesaan",
        "",
        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
        T(
            "Rumah tangga perdesaan dengan akses air minum layak",
            82,
            "persen",
            2026,
            per_year={2024: 74, 2025: 78, 2026: 82},
        ),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 3.5e9, 2025: 4e9, 2026: 4.25e9},
    ),
    Prog(
        "Jalan Desa Mantap",
        "",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("Jalan kabupaten dalam kondisi mantap", 78, "persen", 2026, per_year={2024: 70, 2025: 74, 2026: 78}),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 12.5e9, 2025: 13e9, 2026: 14e9},
    ),
    Prog(
        "Angkutan Pelajar Desa",
        "",
        ["Dinas Perhubungan"],
        T("Desa yang dilayani angkutan pelajar gratis", 40, "desa", 2026, per_year={2024: 15, 2025: 28, 2026: 40}),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 520e6, 2025: 610e6, 2026: 700e6},
    ),
    Prog(
        "Sanitasi Rumah Sehat",
        "",
        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan", "Dinas Kesehatan"],
        T("Desa yang bebas buang air besar sembarangan", 120, "desa", 2026, per_year={2024: 80, 2025: 100, 2026: 120}),
        [2024, 2026],
        None,
        "table",
        budget_per_year={2024: 1.5e9, 2025: 1.75e9, 2026: 2e9},
        note="two owners",
    ),
]
# (D) society + environment: split over two pages, header not repeated; budget 2025 and 2026 in million rupiah
D = [
    Prog(
        "Sekolah Peternakan Rakyat",
        "",
        ["Dinas Peternakan dan Kesehatan Hewan"],
        T("Peternak yang lulus sekolah peternakan rakyat", 400, "orang", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 350e6, 2026: 400e6},
    ),
    Prog(
        "Literasi Digital Nagari",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("Warga yang mengikuti pelatihan literasi digital", 3000, "orang", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 275e6, 2026: 300e6},
    ),
    Prog(
        "Beasiswa Anak Peternak",
        "",
        ["Dinas Pendidikan"],
        T("Penerima beasiswa dari keluarga peternak", 250, "siswa", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 1.25e9, 2026: 1.25e9},
    ),
    Prog(
        "Kampung Tangguh Kebakaran",
        "",
        ["Badan Penanggulangan Bencana Daerah"],
        T("Desa rawan kebakaran padang yang memiliki regu siaga", 35, "desa", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 480e6, 2026: 520e6},
    ),
    Prog(
        "Padang Hijau Lestari",
        "",
        ["Dinas Lingkungan Hidup"],
        T("Luas padang penggembalaan yang direhabilitasi", 1200, "hektare", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 900e6, 2026: 1.1e9},
    ),
    Prog(
        "Biogas Kotoran Ternak",
        "",
        ["Dinas Lingkungan Hidup", "Dinas Peternakan dan Kesehatan Hewan"],
        T("Unit biogas rumah tangga peternak", 300, "unit", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 1.5e9, 2026: 1.8e9},
        note="two owners in one cell",
    ),
    Prog(
        "Bank Sampah Nagari",
        "",
        ["Dinas Lingkungan Hidup"],
        T("Nagari yang memiliki bank sampah aktif", 45, "nagari", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 220e6, 2026: 260e6},
    ),
    Prog(
        "Pemantauan Titik Api",
        "",
        ["Badan Penanggulangan Bencana Daerah"],
        T("Titik api yang terdeteksi dan direspons dalam 6 jam", 90, "persen", 2026),
        [2025, 2026],
        None,
        "table",
        budget_per_year={2025: 310e6, 2026: 330e6},
    ),
]
# (E) branding: merged cells (dimension/element column and OPD cells span rows)
E = [
    Prog(
        "Festival Padang Ilalang",
        "",
        ["Dinas Pariwisata, Pemuda dan Olahraga"],
        T("Wisatawan yang hadir pada festival tahunan", 20000, "orang", 2026),
        [2024, 2026],
        2.2e9,
        "dots",
    ),
    Prog(
        "Desa Wisata Savana",
        "",
        ["Dinas Pariwisata, Pemuda dan Olahraga"],
        T("Desa wisata yang memiliki paket wisata daring", 10, "desa", 2027),
        [2025, 2027],
        1.7e9,
        "dots",
    ),
    Prog(
        "Peta Wisata Digital",
        "",
        ["Dinas Pariwisata, Pemuda dan Olahraga"],
        T("Destinasi yang tercantum dalam peta wisata digital", 60, "destinasi", 2025),
        2025,
        300e6,
        "juta",
    ),
    Prog(
        "Merek Daging Ilalang",
        "",
        ["Dinas Perindustrian dan Perdagangan"],
        T("Produk daging olahan yang memakai merek kolektif daerah", 40, "produk", 2026),
        [2025, 2026],
        650e6,
        "juta",
    ),
    Prog(
        "Temu Investor Peternakan",
        "",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("Nilai komitmen investasi sektor peternakan", 150, "miliar rupiah", 2027),
        [2025, 2027],
        900e6,
        "juta",
    ),
    Prog(
        "Gerbang Kota Ramah",
        "",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("Gerbang dan koridor masuk kota yang tertata", 3, "koridor", 2028),
        [2026, 2028],
        5.5e9,
        "dots",
    ),
]


def programmes() -> list[Prog]:
    for p in BC + D:
        p.budget = sum(p.budget_per_year.values())
    return A + BC + D + E


def _target_cell(t: Target) -> str:
    return f"{num_id(t.value)} {t.unit}"


def _yr(y) -> str:
    return f"{y[0]}-{y[1]}" if isinstance(y, list) else str(y)


def _budget_cell(p: Prog) -> str:
    if p.bfmt == "dots":
        return num_id(p.budget)
    return f"Rp {num_id(p.budget / 1e6)} juta"


def _jt(v: float) -> str:
    return num_id(v / 1e6)


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV MATRIKS PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Matriks berikut memuat program smart city Kabupaten Padang Ilalang, indikator kinerja, "
            "target, tahun pelaksanaan, kebutuhan anggaran dan perangkat daerah penanggung jawab."
        )
    )
    b.append(pdf.Heading(2, "4.1 Program Smart Governance dan Smart Economy"))
    b.append(
        pdf.Para(
            "Program tata kelola diarahkan pada pelayanan desa, perizinan dan keuangan daerah, sedangkan "
            "program ekonomi bertumpu pada rantai nilai peternakan. Anggaran dalam rupiah."
        )
    )
    rows = [
        [
            str(i),
            p.name,
            p.target.ind,
            _target_cell(p.target) + f" ({p.target.year})",
            _yr(p.year),
            _budget_cell(p),
            p.opd[0],
        ]
        for i, p in enumerate(A, start=1)
    ]
    b.append(
        pdf.Table(
            ["No", "Program", "Indikator", "Target", "Tahun", "Anggaran (Rp)", "OPD Penanggung Jawab"],
            rows,
            caption="Tabel 4.1 Matriks Program Smart Governance dan Smart Economy",
        )
    )
    b.append(pdf.Heading(2, "4.2 Program Smart Living"))
    b.append(
        pdf.Para(
            "Indikator dan target kinerja tahunan program kehidupan disajikan pada Tabel 4.2, dan pagu "
            "indikatifnya per tahun pada Tabel 4.3."
        )
    )
    h1 = ["No", "Program", "Indikator Kinerja", "Satuan", "Target Kinerja", "", "", "Perangkat Daerah"]
    h2 = ["", "", "", "", "2024", "2025", "2026", ""]
    rows = [h2] + [
        [str(i), p.name, p.target.ind, p.target.unit]
        + [num_id(p.target.per_year[y]) for y in (2024, 2025, 2026)]
        + [" dan ".join(p.opd)]
        for i, p in enumerate(BC, start=1)
    ]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)), ((4, 0), (6, 0)), ((7, 0), (7, 1))]
    b.append(
        pdf.SpanTable(
            h1, rows, caption="Tabel 4.2 Indikator dan Target Kinerja Program Smart Living", spans=spans, header_rows=2
        )
    )
    h1 = ["No", "Program", "Pagu Indikatif (dalam juta rupiah)", "", "", "", "Sumber Dana"]
    h2 = ["", "", "2024", "2025", "2026", "Jumlah", ""]
    rows = [h2] + [
        [str(i), p.name] + [_jt(p.budget_per_year[y]) for y in (2024, 2025, 2026)] + [_jt(p.budget), "APBD"]
        for i, p in enumerate(BC, start=1)
    ]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (5, 0)), ((6, 0), (6, 1))]
    b.append(
        pdf.SpanTable(h1, rows, caption="Tabel 4.3 Pagu Indikatif Program Smart Living", spans=spans, header_rows=2)
    )
    b.append(pdf.Heading(2, "4.3 Program Smart Society dan Smart Environment"))
    b.append(
        pdf.Para(
            "Program masyarakat dan lingkungan dilaksanakan pada tahun 2025 dan 2026. Tabel berlanjut "
            "ke halaman berikutnya."
        )
    )
    hdr = [
        "No",
        "Program/Kegiatan",
        "Indikator Kinerja",
        "Target 2026",
        "Perangkat Daerah",
        "Anggaran 2025 (juta Rp)",
        "Anggaran 2026 (juta Rp)",
    ]
    rows = [
        [
            str(i),
            p.name,
            p.target.ind,
            _target_cell(p.target),
            " dan ".join(p.opd),
            _jt(p.budget_per_year[2025]),
            _jt(p.budget_per_year[2026]),
        ]
        for i, p in enumerate(D, start=1)
    ]
    b.append(pdf.Table(hdr, rows[:4], caption="Tabel 4.4 Matriks Program Smart Society dan Smart Environment"))
    b.append(pdf.PageBreak())
    b.append(pdf.Table([], rows[4:]))  # the continuation: no header on the new page
    b.append(pdf.Heading(2, "4.4 Program Smart Branding"))
    b.append(pdf.Para("Program branding daerah mengangkat savana, festival dan produk daging olahan."))
    hdr = ["Elemen", "Program", "Indikator", "Target", "Tahun", "Anggaran (Rp)", "OPD"]
    elem = ["Pariwisata", "", "", "Bisnis Daerah", "", "Wajah Kota"]
    rows, spans = [], []
    for i, p in enumerate(E):
        opd = p.opd[0] if i in (0, 3, 4, 5) else ""
        rows.append([elem[i], p.name, p.target.ind, _target_cell(p.target), _yr(p.year), _budget_cell(p), opd])
    spans = [((0, 1), (0, 3)), ((0, 4), (0, 5)), ((6, 1), (6, 3))]
    b.append(pdf.SpanTable(hdr, rows, caption="Tabel 4.5 Matriks Program Smart Branding", spans=spans, header_rows=1))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(pdf.Para("Matriks program ini menjadi dasar penyusunan rencana kerja perangkat daerah setiap tahun."))
    return b
