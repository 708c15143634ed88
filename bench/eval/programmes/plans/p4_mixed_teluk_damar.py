"""Kota Teluk Damar (FICTIONAL): programmes partly in prose, partly in tables.

Style: mixed. Governance and environment programmes are prose paragraphs; economy programmes sit in
a programme matrix; living programmes are a lettered list; quick wins are a table of their own, one
of whose rows names a governance programme again (one programme, a quick win). Every programme
states every field.
"""

from .common import Prog, Target, money, num_id, opd_text, target_phrase, years_text

PLAN = dict(
    slug="p4_teluk_damar",
    name="Kota Teluk Damar",
    period="2025-2029",
    style="mixed",
    intro=[
        "Kota Teluk Damar adalah kota pelabuhan perikanan di pesisir timur. Pelabuhan perikanan nusantara, pasar "
        "ikan dan kawasan wisata bahari menjadi penggerak ekonomi kota.",
        "Program smart city disajikan dalam bentuk uraian, tabel matriks dan daftar sesuai karakter setiap dimensi.",
    ],
)

T = Target
PROSE_GOV = [
    Prog(
        "Damar Cepat Tanggap",
        "menghubungkan aduan warga dari aplikasi, media sosial dan layanan 112 ke satu ruang kendali kota",
        ["Dinas Komunikasi dan Informatika"],
        T("aduan warga yang selesai ditangani dalam tujuh hari", 85, "persen", 2026),
        [2025, 2026],
        2.3e9,
        "miliar",
        v="std",
    ),
    Prog(
        "Perizinan Kapal Daring",
        "melayani izin tambat, pas kecil dan rekomendasi kapal perikanan secara daring, "
        "termasuk dari loket di Pelabuhan Perikanan Nusantara",
        ["Dinas Perikanan"],
        T("izin kapal yang diajukan secara daring", 90, "persen", 2026),
        [2025, 2026],
        870e6,
        "juta",
        v="split",
        note="the port is a place, not the owner",
    ),
    Prog(
        "Arsip Kota Digital",
        "mengalihmediakan arsip statis dan dinamis pemerintah kota ke dalam sistem arsip elektronik",
        ["Dinas Perpustakaan dan Kearsipan"],
        T("arsip vital yang telah dialihmediakan", 70, "persen", 2027),
        [2025, 2027],
        1.45e9,
        "dots",
        v="reorder",
    ),
    Prog(
        "Musrenbang Elektronik",
        "menampung usulan warga untuk musyawarah perencanaan pembangunan melalui aplikasi "
        "dan menampilkan status usulan",
        ["Bappeda", "Bagian Pemerintahan Sekretariat Daerah"],
        T("kelurahan yang mengusulkan secara elektronik", 100, "persen", 2025),
        2025,
        520e6,
        "juta",
        v="two",
    ),
]
TABLE_ECO = [
    Prog(
        "Lelang Ikan Elektronik",
        "",
        ["Dinas Perikanan"],
        T("Volume ikan yang dilelang elektronik", 40, "persen", 2027),
        [2025, 2027],
        3.2e9,
        "dots",
    ),
    Prog(
        "Rantai Dingin Nelayan",
        "",
        ["Dinas Perikanan"],
        T("Cold storage nelayan yang terpantau suhunya", 12, "unit", 2026),
        [2025, 2026],
        4.6e9,
        "dots",
    ),
    Prog(
        "UMKM Olahan Laut Go Digital",
        "",
        ["Dinas Koperasi dan UKM"],
        T("UMKM olahan hasil laut yang berjualan daring", 350, "UMKM", 2027),
        [2025, 2027],
        1.2e9,
        "dots",
    ),
    Prog(
        "Retribusi Pasar Ikan Nontunai",
        "",
        ["Dinas Perdagangan", "Badan Pendapatan Daerah"],
        T("Retribusi pasar ikan yang dibayar nontunai", 80, "persen", 2026),
        [2025, 2026],
        450e6,
        "juta",
    ),
    Prog(
        "Bursa Kerja Pelabuhan",
        "",
        ["Dinas Tenaga Kerja"],
        T("Pencari kerja yang ditempatkan melalui bursa daring", 1500, "orang", 2028),
        [2026, 2028],
        800e6,
        "juta",
    ),
]
LIST_LIVING = [
    Prog(
        "Puskesmas Pesisir Terhubung",
        "Telekonsultasi dokter spesialis RSUD Teluk Damar bagi Puskesmas di pulau-pulau kecil.",
        ["Dinas Kesehatan"],
        T("Puskesmas pulau yang melayani telekonsultasi", 6, "Puskesmas", 2026),
        [2025, 2026],
        1.75e9,
        "miliar",
        note="RSUD and Puskesmas named; the owner is Dinas Kesehatan",
    ),
    Prog(
        "Kapal Penyeberangan Terjadwal",
        "Jadwal, tiket daring dan posisi kapal penyeberangan antarpulau.",
        ["Dinas Perhubungan"],
        T("Lintasan penyeberangan dengan tiket daring", 5, "lintasan", 2027),
        [2025, 2027],
        2.9e9,
        "miliar",
    ),
    Prog(
        "Kampung Nelayan Sehat",
        "Perbaikan sanitasi, air bersih dan drainase di kampung nelayan.",
        ["Dinas Perumahan dan Kawasan Permukiman"],
        T("Kampung nelayan yang tertata", 8, "kampung", 2028),
        [2025, 2028],
        15e9,
        "miliar",
    ),
    Prog(
        "Pantai Aman Wisata",
        "Menara pantau, papan peringatan dan petugas penyelamat di pantai wisata.",
        ["Dinas Pariwisata", "Badan Penanggulangan Bencana Daerah"],
        T("Pantai wisata dengan petugas penyelamat", 4, "pantai", 2026),
        2026,
        680e6,
        "juta",
    ),
    Prog(
        "Sekolah Bahari Digital",
        "Kelas digital dan kurikulum kebaharian di sekolah pesisir.",
        ["Dinas Pendidikan"],
        T("Sekolah pesisir dengan kelas digital", 25, "sekolah", 2027),
        [2025, 2027],
        2.2e9,
        "miliar",
    ),
]
PROSE_ENV = [
    Prog(
        "Mangrove Terpantau",
        "memetakan dan memantau kawasan mangrove dengan citra drone serta melibatkan kelompok sadar lingkungan",
        ["Dinas Lingkungan Hidup"],
        T("luas mangrove yang direhabilitasi", 45, "hektare", 2027),
        [2025, 2027],
        1.3e9,
        "dots",
        v="owner_first",
    ),
    Prog(
        "Sampah Laut Terkendali",
        "memasang jaring sampah di muara kanal dan mencatat volume sampah yang terangkat",
        ["Dinas Lingkungan Hidup"],
        T("muara kanal yang dipasang jaring sampah", 10, "muara", 2026),
        [2025, 2026],
        960e6,
        "juta",
        v="std",
    ),
    Prog(
        "Rob Waspada",
        "memasang sensor pasang surut dan mengirim peringatan banjir rob ke warga pesisir",
        ["Badan Penanggulangan Bencana Daerah"],
        T("kelurahan pesisir yang menerima peringatan rob", 14, "kelurahan", 2026),
        [2025, 2026],
        1.6e9,
        "miliar",
        v="split",
    ),
]
QW_TABLE = [
    Prog(
        "Kartu Nelayan Digital",
        "",
        ["Dinas Perikanan"],
        T("Nelayan yang memiliki kartu digital", 3000, "orang", 2025),
        2025,
        380e6,
        "juta",
        quick_win=True,
    ),
    Prog(
        "Taman Pesisir Wifi",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("Titik wifi publik di taman pesisir", 10, "titik", 2025),
        2025,
        250e6,
        "juta",
        quick_win=True,
    ),
    Prog(
        "Antar Jemput Pasien Pulau",
        "",
        ["Dinas Kesehatan"],
        T("Pulau yang dilayani ambulans laut", 4, "pulau", 2025),
        2025,
        1.1e9,
        "dots",
        quick_win=True,
    ),
]
QW_REPEAT = "Damar Cepat Tanggap"


def programmes() -> list[Prog]:
    out = PROSE_GOV + TABLE_ECO + LIST_LIVING + PROSE_ENV + QW_TABLE
    for p in out:
        if p.name == QW_REPEAT:
            p.quick_win = True
    return out


def paragraph(p: Prog) -> str:
    n, o, m, t, y = f"{p.kind} {p.name}", opd_text(p.opd), money(p), p.target, years_text(p.year)
    if p.v == "std":
        return f"{n} {p.desc}. Target: {target_phrase(t)}. Penanggung jawab: {o}. Anggaran: {m} untuk periode {y}."
    if p.v == "split":
        return (
            f"{n} {p.desc}. Program ini ditargetkan {target_phrase(t, 2)}. OPD pengampu: {o}. "
            f"Kebutuhan anggaran {m}. Jangka waktu pelaksanaan {y}."
        )
    if p.v == "reorder":
        return (
            f"{n} dilaksanakan oleh {o}. Program ini {p.desc}. Anggaran yang dialokasikan sebesar {m} untuk tahun "
            f"{y}. Indikator keberhasilannya adalah {target_phrase(t, 2)}."
        )
    if p.v == "two":
        return (
            f"{n} {p.desc}. Penanggung jawab program adalah {o}. Target: {target_phrase(t)}. Anggaran {m} pada TA {y}."
        )
    if p.v == "owner_first":
        return (
            f"{o} menjalankan {n} yang {p.desc}. Dengan anggaran {m} selama {y}, program ini menargetkan "
            f"{target_phrase(t)}."
        )
    raise ValueError(p.v)


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Program Smart Governance"))
    b.append(
        pdf.Para(
            "Tata kelola kota diarahkan pada layanan yang responsif bagi warga pesisir dan pelaku usaha perikanan."
        )
    )
    b += [pdf.Para(paragraph(p)) for p in PROSE_GOV]
    b.append(pdf.Heading(2, "4.2 Program Smart Economy"))
    b.append(pdf.Para("Program ekonomi disajikan dalam matriks berikut (anggaran dalam rupiah)."))
    rows = []
    for i, p in enumerate(TABLE_ECO, start=1):
        budget = num_id(p.budget) if p.bfmt == "dots" else f"{num_id(p.budget / 1e6)} juta"
        rows.append(
            [
                str(i),
                p.name,
                p.target.ind,
                f"{num_id(p.target.value)} {p.target.unit}",
                years_text(p.year),
                budget,
                " dan ".join(p.opd),
            ]
        )
    b.append(
        pdf.Table(
            ["No", "Program", "Indikator", "Target", "Tahun", "Anggaran", "Perangkat Daerah"],
            rows,
            caption="Tabel 4.1 Matriks Program Smart Economy Kota Teluk Damar",
        )
    )
    b.append(pdf.Heading(2, "4.3 Program Smart Living"))
    for letter, p in zip("abcdefgh", LIST_LIVING):
        b.append(pdf.Para(f"{letter}. Program {p.name}"))
        b.append(
            pdf.Bullets(
                [
                    p.desc,
                    f"Target: {target_phrase(p.target)}",
                    f"OPD: {opd_text(p.opd)}",
                    f"Anggaran: {money(p)}",
                    f"Tahun pelaksanaan: {years_text(p.year)}",
                ]
            )
        )
    b.append(pdf.Heading(2, "4.4 Program Smart Environment"))
    b += [pdf.Para(paragraph(p)) for p in PROSE_ENV]
    b.append(pdf.Heading(1, "BAB V QUICK WIN"))
    b.append(
        pdf.Para(
            "Quick win dilaksanakan pada tahun 2025. Program Damar Cepat Tanggap juga menjadi quick win "
            "karena ruang kendalinya dapat beroperasi pada tahun pertama."
        )
    )
    rows = []
    for i, p in enumerate(QW_TABLE, start=1):
        budget = num_id(p.budget) if p.bfmt == "dots" else f"{num_id(p.budget / 1e6)} juta"
        rows.append(
            [
                str(i),
                p.name,
                f"{num_id(p.target.value)} {p.target.unit} {p.target.ind.lower()}",
                str(p.year),
                budget,
                p.opd[0],
            ]
        )
    b.append(
        pdf.Table(
            ["No", "Program Quick Win", "Target", "Tahun", "Anggaran (Rp)", "OPD"],
            rows,
            caption="Tabel 5.1 Daftar Quick Win Kota Teluk Damar",
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(pdf.Para("Matriks dan daftar program ini dievaluasi setiap semester oleh Dewan Smart City."))
    return b
