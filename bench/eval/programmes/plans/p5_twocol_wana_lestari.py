"""Kabupaten Wana Lestari (FICTIONAL): the programme chapter is set in two columns.

Style: two-column (corpus/pdfgen Columns: a real two-frame page layout). Prose paragraphs in the
variants of plan 1 and, for the quick wins, short bullet lists, flowing from the left column into the
right one and over pages. Every programme states every field.
"""

from .common import Prog, Target, money, opd_text, target_phrase
from .p1_prose_sungai_lindung import paragraph

PLAN = dict(
    slug="p5_wana_lestari",
    name="Kabupaten Wana Lestari",
    period="2024-2028",
    style="two_column",
    intro=[
        "Kabupaten Wana Lestari adalah kabupaten berhutan di dataran tinggi dengan kebun kopi, teh dan sayuran. "
        "Sebagian desa berada di kawasan penyangga taman nasional.",
        "Bab program masterplan ini disusun dalam tata letak dua kolom, seperti buku masterplan yang dicetak "
        "oleh pemerintah kabupaten.",
    ],
)

T = Target
PROGS = [
    Prog(
        "Desa Kopi Digital",
        "mencatat produksi kopi petani, harga di tingkat desa dan pembeli melalui aplikasi koperasi",
        ["Dinas Pertanian"],
        T("petani kopi yang tercatat di aplikasi", 2500, "orang", 2026),
        [2024, 2026],
        1.4e9,
        "miliar",
        v="std",
    ),
    Prog(
        "Wana Melayani",
        "menyediakan layanan administrasi kependudukan keliling dengan perangkat perekaman portabel "
        "di desa-desa terpencil",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        T("desa terpencil yang dilayani perekaman keliling", 60, "desa", 2025),
        2025,
        560e6,
        "juta",
        v="leading",
    ),
    Prog(
        "Hutan Desa Terpantau",
        "memantau tutupan hutan desa dengan citra satelit dan patroli berbasis aplikasi",
        ["Dinas Lingkungan Hidup dan Kehutanan"],
        T("hutan desa yang dipantau bulanan", 30, "hutan desa", 2027),
        [2024, 2027],
        2.15e9,
        "dots",
        v="split",
    ),
    Prog(
        "Teh Wana Mendunia",
        "membantu pekebun teh memperoleh sertifikasi dan menjual teh premium melalui lokapasar",
        ["Dinas Perdagangan, Koperasi dan UKM"],
        T("merek teh lokal yang tersertifikasi", 15, "merek", 2026),
        [2025, 2026],
        900e6,
        "juta",
        v="owner_first",
    ),
    Prog(
        "Jalur Evakuasi Longsor",
        "memasang rambu, sirene dan sensor gerakan tanah di desa rawan longsor",
        ["Badan Penanggulangan Bencana Daerah"],
        T("desa rawan longsor yang memiliki sistem peringatan", 25, "desa", 2026),
        [2024, 2026],
        3.3e9,
        "miliar",
        v="std",
    ),
    Prog(
        "Klinik Desa Telemedis",
        "menghubungkan Poskesdes dengan dokter Puskesmas melalui telekonsultasi video",
        ["Dinas Kesehatan"],
        T("Poskesdes yang melayani telekonsultasi", 40, "Poskesdes", 2026),
        [2024, 2026],
        1.9e9,
        "miliar",
        v="facility_first",
        note="Puskesmas and Poskesdes are places",
    ),
    Prog(
        "Sekolah Alam Digital",
        "menyediakan perangkat belajar dan koneksi satelit bagi sekolah di kawasan penyangga",
        ["Dinas Pendidikan dan Kebudayaan"],
        T("sekolah penyangga yang terhubung internet", 35, "sekolah", 2027),
        [2025, 2027],
        4.1e9,
        "miliar",
        v="budget_first",
    ),
    Prog(
        "Ekowisata Lereng Wana",
        "mengelola reservasi daring dan kuota pengunjung jalur pendakian dan air terjun",
        ["Dinas Pariwisata"],
        T("destinasi ekowisata dengan reservasi daring", 8, "destinasi", 2025),
        None,
        480e6,
        "juta",
        v="std_year_in_target",
    ),
    Prog(
        "Pasar Sayur Tanpa Perantara",
        "mempertemukan kelompok tani sayur dengan pembeli hotel dan restoran melalui aplikasi pesanan",
        ["Dinas Pertanian", "Dinas Perdagangan, Koperasi dan UKM"],
        T("kelompok tani yang menjual langsung", 50, "kelompok", 2026),
        [2025, 2026],
        750e6,
        "juta",
        v="split",
        note="two owners",
    ),
    Prog(
        "Air Bersih Mata Air",
        "melindungi mata air desa dan memasang meter air pada jaringan perpipaan desa",
        ["Dinas Pekerjaan Umum dan Perumahan Rakyat"],
        T("rumah tangga dengan sambungan air bermeter", 4000, "rumah tangga", 2027),
        [2024, 2027],
        6.8e9,
        "dots",
        v="reorder",
    ),
    Prog(
        "Jalan Produksi Tani",
        "membangun dan memelihara jalan produksi menuju sentra kopi dan sayur dengan prioritas berbasis peta digital",
        ["Dinas Pekerjaan Umum dan Perumahan Rakyat"],
        T("jalan produksi yang terbangun", 45, "km", 2028),
        [2024, 2028],
        22.5e9,
        "miliar",
        v="leading",
    ),
    Prog(
        "Energi Mikrohidro Desa",
        "membangun pembangkit mikrohidro di desa yang belum teraliri listrik",
        ["Dinas Energi dan Sumber Daya Mineral"],
        T("desa yang teraliri listrik mikrohidro", 12, "desa", 2027),
        [2025, 2027],
        7.2e9,
        "miliar",
        v="std",
    ),
    Prog(
        "Kader Literasi Desa",
        "melatih kader desa sebagai pendamping literasi digital dan keuangan warga",
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        T("kader literasi yang aktif", 300, "orang", 2025),
        2025,
        350e6,
        "juta",
        v="reorder",
    ),
    Prog(
        "Siskeudes Terbuka",
        "menampilkan anggaran dan realisasi dana desa di papan informasi dan situs desa",
        ["Dinas Pemberdayaan Masyarakat dan Desa", "Inspektorat Daerah"],
        T("desa yang mempublikasikan APBDes secara daring", 100, "persen", 2026),
        [2025, 2026],
        420e6,
        "juta",
        v="owner_first",
        note="two owners first",
    ),
    Prog(
        "Sampah Wisata Terkelola",
        "menyediakan tempat sampah terpilah dan pengangkutan terjadwal di destinasi wisata",
        ["Dinas Lingkungan Hidup dan Kehutanan"],
        T("destinasi wisata dengan pengangkutan sampah terjadwal", 10, "destinasi", 2026),
        [2025, 2026],
        610e6,
        "juta",
        v="budget_first",
    ),
    Prog(
        "Ternak Sapi Perah Sehat",
        "mencatat kesehatan dan produksi susu sapi perah peternak rakyat",
        ["Dinas Peternakan"],
        T("peternak sapi perah yang tercatat", 700, "orang", 2026),
        [2024, 2026],
        1.05e9,
        "dots",
        v="split",
    ),
]
QUICK = [
    Prog(
        "Kios Layanan Desa",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("kantor desa dengan kios layanan mandiri", 20, "desa", 2024),
        2024,
        400e6,
        "juta",
        quick_win=True,
    ),
    Prog(
        "Ambulans Desa Siaga",
        "",
        ["Dinas Kesehatan"],
        T("kecamatan dengan ambulans siaga 24 jam", 14, "kecamatan", 2024),
        2024,
        1.5e9,
        "M",
        quick_win=True,
    ),
    Prog(
        "Info Harga Kopi",
        "",
        ["Dinas Pertanian"],
        T("pesan harga kopi harian yang terkirim ke petani", 100, "persen", 2024),
        2024,
        150e6,
        "juta",
        quick_win=True,
    ),
    Prog(
        "Lapak Daring Teh Wana",
        "",
        ["Dinas Perdagangan, Koperasi dan UKM"],
        T("produk teh lokal di lapak daring", 30, "produk", 2024),
        2024,
        200e6,
        "juta",
        quick_win=True,
    ),
]


def programmes() -> list[Prog]:
    return PROGS + QUICK


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    inner = [
        pdf.Heading(1, "BAB IV PROGRAM SMART CITY"),
        pdf.Para(
            "Program disusun menurut enam dimensi smart city. Uraian setiap program memuat sasaran, "
            "perangkat daerah, anggaran dan waktu pelaksanaan."
        ),
    ]
    for i, p in enumerate(PROGS):
        if i in (0, 5, 10):
            inner.append(
                pdf.Heading(
                    3,
                    {
                        0: "4.1 Ekonomi dan Tata Kelola",
                        5: "4.2 Kehidupan dan Masyarakat",
                        10: "4.3 Infrastruktur dan Lingkungan",
                    }[i],
                )
            )
        inner.append(pdf.Para(paragraph(p)))
    inner.append(pdf.Heading(1, "BAB V QUICK WIN"))
    inner.append(pdf.Para("Quick win berikut dilaksanakan pada tahun 2024."))
    for p in QUICK:
        inner.append(pdf.Para(f"Quick win {p.name}"))
        inner.append(
            pdf.Bullets(
                [
                    f"Target: {target_phrase(p.target)}",
                    f"OPD: {opd_text(p.opd)}",
                    f"Anggaran: {money(p)}",
                    f"Tahun: {p.year}",
                ]
            )
        )
    b.append(pdf.Columns(inner))
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(pdf.Para("Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City Kabupaten Wana Lestari."))
    return b
