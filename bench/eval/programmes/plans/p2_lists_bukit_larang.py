"""Kota Bukit Larang (FICTIONAL): programmes as lettered and numbered lists with sub-bullets.

Style: lists. "a. Program X" followed by sub-bullets for the fields; "1) X: ..." items; "Inovasi X"
and "Kegiatan X" headings with their bullets (fields in another order); a quick-win chapter whose
numbered items carry their fields inline, two of them naming programmes of chapter IV again (one
programme each, a quick win). Every programme states every field.
"""

from .common import Prog, Target, money, opd_text, target_phrase, years_text

PLAN = dict(
    slug="p2_bukit_larang",
    name="Kota Bukit Larang",
    period="2025-2029",
    style="lists",
    intro=[
        "Kota Bukit Larang adalah kota jasa dan pendidikan di kaki pegunungan. Kota ini memiliki dua perguruan "
        "tinggi negeri, kawasan kuliner malam dan pasar bunga yang ramai dikunjungi pada akhir pekan.",
        "Masterplan disusun bersama perangkat daerah, perguruan tinggi, pelaku usaha dan komunitas. Program "
        "disajikan dalam bentuk daftar agar mudah dipantau oleh Tim Pelaksana.",
    ],
)

T = Target
LETTERED = [  # 4.1 Smart Governance: "a. Program X" + sub-bullets
    Prog(
        "Larang Melayani",
        "Aplikasi layanan administrasi kependudukan dan perizinan dalam satu akun warga.",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        T("layanan adminduk yang dapat diajukan daring", 100, "persen", 2026),
        [2025, 2026],
        2.4e9,
        "miliar",
    ),
    Prog(
        "e-Kinerja ASN",
        "Penilaian kinerja pegawai berbasis capaian harian yang terhubung dengan tunjangan.",
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
        T("ASN yang menggunakan e-kinerja", 100, "persen", 2025),
        2025,
        650e6,
        "juta",
    ),
    Prog(
        "Kelurahan Digital",
        "Layanan surat keterangan kelurahan secara daring dengan tanda tangan elektronik lurah.",
        ["Bagian Tata Pemerintahan Sekretariat Daerah"],
        T("kelurahan yang melayani surat secara daring", 27, "kelurahan", 2027),
        [2025, 2027],
        1.5e9,
        "M",
    ),
    Prog(
        "Pengadaan Terbuka",
        "Publikasi seluruh paket pengadaan barang dan jasa beserta progres kontraknya.",
        ["Bagian Pengadaan Barang dan Jasa"],
        T("paket pengadaan yang dipublikasikan", 100, "persen", 2026),
        [2025, 2026],
        420e6,
        "juta",
    ),
    Prog(
        "Gudang Data Kota",
        "Pusat data dan gudang data bersama bagi seluruh perangkat daerah.",
        ["Dinas Komunikasi, Informatika dan Statistik"],
        T("aplikasi perangkat daerah yang berada di pusat data kota", 80, "persen", 2028),
        [2025, 2028],
        7.8e9,
        "dots",
    ),
]
NUMBERED = [  # 4.2 Smart Living: "1) X: uraian" + sub-bullets
    Prog(
        "Puskesmas Tanpa Antre",
        "pendaftaran pasien secara daring dan panggilan antrean melalui pesan singkat",
        ["Dinas Kesehatan"],
        T("Puskesmas dengan antrean daring", 100, "persen", 2026),
        [2025, 2026],
        1.9e9,
        "miliar",
    ),
    Prog(
        "Larang Sehat Jiwa",
        "layanan konseling daring 24 jam bekerja sama dengan RSUD Bukit Larang dan psikolog kampus",
        ["Dinas Kesehatan"],
        T("warga yang mengakses konseling", 5000, "orang", 2027),
        [2026, 2027],
        780e6,
        "juta",
        note="RSUD is a partner, not the owner",
    ),
    Prog(
        "Bus Kota Terintegrasi",
        "bus kota dengan kartu pembayaran elektronik dan informasi kedatangan di halte",
        ["Dinas Perhubungan"],
        T("koridor bus kota yang beroperasi", 4, "koridor", 2028),
        [2025, 2028],
        24e9,
        "miliar",
    ),
    Prog(
        "Parkir Pintar",
        "parkir tepi jalan dengan pembayaran nontunai dan pemantauan ketersediaan lahan",
        ["Dinas Perhubungan"],
        T("titik parkir tepi jalan nontunai", 60, "titik", 2026),
        [2025, 2026],
        1.15e9,
        "dots",
    ),
    Prog(
        "Air Minum Terpantau",
        "pemantauan kebocoran jaringan pipa dengan meter air pintar di zona percontohan",
        ["Perumda Air Minum Tirta Larang", "Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("tingkat kehilangan air", 25, "persen", 2028),
        [2025, 2028],
        6.5e9,
        "miliar",
        note="two owners",
    ),
]
INOVASI = [  # 4.3 Smart Society: "Inovasi X" headings with bullets (fields in another order)
    Prog(
        "Kampus Kampung",
        "Mahasiswa mendampingi warga kampung dalam literasi digital dan pemasaran daring.",
        ["Dinas Komunikasi, Informatika dan Statistik", "Bappeda"],
        T("kampung yang didampingi", 30, "kampung", 2027),
        [2025, 2027],
        900e6,
        "juta",
        kind="Inovasi",
        note="owner list 'X dan Bappeda'",
    ),
    Prog(
        "Sekolah Ramah Digital",
        "Perangkat belajar dan jaringan internet untuk sekolah menengah pertama negeri.",
        ["Dinas Pendidikan dan Kebudayaan"],
        T("SMP negeri dengan kelas digital", 100, "persen", 2027),
        [2025, 2027],
        5.2e9,
        "miliar",
        kind="Inovasi",
    ),
    Prog(
        "Taman Baca Malam",
        "Pojok baca dan akses internet gratis di kawasan kuliner malam.",
        ["Dinas Perpustakaan dan Kearsipan"],
        T("pojok baca yang aktif", 12, "lokasi", 2026),
        2026,
        310e6,
        "juta",
        kind="Inovasi",
    ),
    Prog(
        "Siskamling Digital",
        "Tombol darurat warga yang terhubung ke pos ronda dan Satpol PP.",
        ["Satuan Polisi Pamong Praja"],
        T("RW yang memiliki tombol darurat", 150, "RW", 2028),
        [2026, 2028],
        1.05e9,
        "dots",
        kind="Inovasi",
    ),
]
KEGIATAN = [  # 4.4 Smart Economy and Environment: "Kegiatan X" paragraphs with bullets, other field order
    Prog(
        "Pasar Bunga Daring",
        "Etalase daring pedagang Pasar Bunga dengan layanan antar.",
        ["Dinas Perdagangan dan Perindustrian"],
        T("pedagang bunga yang berjualan daring", 200, "pedagang", 2026),
        [2025, 2026],
        560e6,
        "juta",
        kind="Kegiatan",
    ),
    Prog(
        "Kuliner Malam Nontunai",
        "Pembayaran kode QR dan retribusi elektronik di kawasan kuliner malam.",
        ["Dinas Perdagangan dan Perindustrian", "Badan Pendapatan Daerah"],
        T("pedagang kuliner yang menerima QRIS", 90, "persen", 2025),
        2025,
        275e6,
        "juta",
        kind="Kegiatan",
        note="two owners",
    ),
    Prog(
        "Kompos Kelurahan",
        "Rumah kompos di setiap kelurahan untuk sampah organik pasar dan rumah tangga.",
        ["Dinas Lingkungan Hidup"],
        T("sampah organik yang diolah menjadi kompos", 30, "persen", 2028),
        [2025, 2028],
        3.3e9,
        "miliar",
        kind="Kegiatan",
    ),
    Prog(
        "Sumur Resapan Warga",
        "Sumur resapan di permukiman padat untuk mengurangi genangan.",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("sumur resapan yang terbangun", 800, "unit", 2027),
        [2025, 2027],
        4.8e9,
        "dots",
        kind="Kegiatan",
    ),
    Prog(
        "Atap Surya Kantor",
        "Panel surya atap di kantor pemerintah kota dengan pemantauan produksi listrik.",
        ["Dinas Lingkungan Hidup"],
        T("kantor pemerintah dengan panel surya atap", 20, "kantor", 2029),
        [2026, 2029],
        2.6e9,
        "M",
        kind="Kegiatan",
    ),
]
QUICK = [  # BAB V quick wins: numbered items, fields inline
    Prog(
        "Larang Bebas Macet Sekolah",
        "pengaturan lalu lintas jam sekolah dengan petugas dan kamera di 10 sekolah",
        ["Dinas Perhubungan"],
        T("sekolah dengan pengaturan lalu lintas jam masuk", 10, "sekolah", 2025),
        2025,
        350e6,
        "juta",
        quick_win=True,
        kind="Quick win",
    ),
    Prog(
        "Wifi Taman Kota",
        "akses internet gratis di lima taman kota dengan batas waktu pemakaian",
        ["Dinas Komunikasi, Informatika dan Statistik"],
        T("taman kota dengan akses internet gratis", 5, "taman", 2025),
        2025,
        480e6,
        "juta",
        quick_win=True,
        kind="Quick win",
    ),
    Prog(
        "Posyandu Digital",
        "pencatatan penimbangan balita di Posyandu dengan aplikasi ponsel kader",
        ["Dinas Kesehatan"],
        T("Posyandu yang mencatat secara digital", 75, "persen", 2025),
        2025,
        1.5e9,
        "M",
        quick_win=True,
        kind="Quick win",
    ),
    Prog(
        "Lapak UMKM Alun-Alun",
        "lapak UMKM bergilir setiap akhir pekan dengan pembayaran nontunai",
        ["Dinas Koperasi dan Usaha Mikro"],
        T("UMKM yang mendapat lapak bergilir", 120, "UMKM", 2025),
        2025,
        220e6,
        "juta",
        quick_win=True,
        kind="Quick win",
    ),
]
# quick-win items that name programmes of chapter IV again (they stay one programme each)
QW_REPEAT = ["Larang Melayani", "Parkir Pintar"]


def programmes() -> list[Prog]:
    out = LETTERED + NUMBERED + INOVASI + KEGIATAN + QUICK
    for p in out:
        if p.name in QW_REPEAT:
            p.quick_win = True
    return out


def _when(p: Prog) -> str:
    return years_text(p.year)


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY KOTA BUKIT LARANG"))
    b.append(
        pdf.Para(
            "Program disusun per dimensi dalam bentuk daftar. Setiap program memuat uraian, indikator "
            "dan target, perangkat daerah, anggaran serta waktu pelaksanaan."
        )
    )
    b.append(pdf.Heading(2, "4.1 Program Smart Governance"))
    for letter, p in zip("abcdefghij", LETTERED):
        b.append(pdf.Para(f"{letter}. {p.kind} {p.name}"))
        b.append(
            pdf.Bullets(
                [
                    f"Uraian: {p.desc}",
                    f"Indikator dan target: {target_phrase(p.target)}",
                    f"Perangkat daerah: {opd_text(p.opd)}",
                    f"Anggaran: {money(p)}",
                    f"Waktu pelaksanaan: {_when(p)}",
                ]
            )
        )
    b.append(pdf.Heading(2, "4.2 Program Smart Living"))
    b.append(pdf.Para("Program dimensi kehidupan kota adalah sebagai berikut."))
    for i, p in enumerate(NUMBERED, start=1):
        b.append(pdf.Para(f"{i}) {p.name}: {p.desc}."))
        b.append(
            pdf.Bullets(
                [
                    f"Target: {target_phrase(p.target)}",
                    f"OPD penanggung jawab: {opd_text(p.opd)}",
                    f"Pagu indikatif: {money(p)}",
                    f"Tahun: {_when(p)}",
                ]
            )
        )
    b.append(pdf.Heading(2, "4.3 Program Smart Society"))
    for p in INOVASI:
        b.append(pdf.Heading(4, f"{p.kind} {p.name}"))
        b.append(
            pdf.Bullets(
                [
                    p.desc,
                    f"Pelaksana: {opd_text(p.opd)}",
                    f"Periode: {_when(p)}",
                    f"Biaya: {money(p)}",
                    f"Sasaran: {target_phrase(p.target, 2)}",
                ]
            )
        )
    b.append(pdf.Heading(2, "4.4 Program Smart Economy dan Smart Environment"))
    for p in KEGIATAN:
        b.append(pdf.Para(f"{p.kind} {p.name}. {p.desc}"))
        b.append(
            pdf.Bullets(
                [
                    f"Anggaran {money(p)} ({_when(p)})",
                    f"Dilaksanakan oleh {opd_text(p.opd)}",
                    f"Target {target_phrase(p.target)}",
                ]
            )
        )
    b.append(pdf.Heading(1, "BAB V QUICK WIN"))
    b.append(
        pdf.Para(
            "Quick win adalah program berdampak cepat yang dilaksanakan pada tahun pertama masterplan. "
            "Selain program di bawah ini, Larang Melayani dan Parkir Pintar (Bab IV) juga ditetapkan "
            "sebagai quick win."
        )
    )
    b.append(
        pdf.Bullets(
            [
                f"{p.kind} {p.name}: {p.desc}; OPD: {opd_text(p.opd)}; anggaran {money(p)}; "
                f"target {target_phrase(p.target)}; TA {p.year}."
                for p in QUICK
            ],
            numbered=True,
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(pdf.Para("Daftar program ini ditinjau setiap tahun bersamaan dengan penyusunan RKPD Kota Bukit Larang."))
    return b
