"""Kabupaten Karang Sentosa (FICTIONAL): some programmes truly lack fields.

Style: missing fields (prose and a matrix). Some programmes state no budget ("akan ditetapkan
kemudian", or nothing), no OPD (a facility may still be named as a place), no target or no year;
their neighbours state theirs, so a field bound to the wrong programme shows up as a false value.
Gold marks the lacking fields null: missing-field detection is checked against them.
"""

from .common import Prog, Target, money, num_id, opd_text, target_phrase, years_text

PLAN = dict(
    slug="p7_karang_sentosa",
    name="Kabupaten Karang Sentosa",
    period="2024-2028",
    style="missing_fields",
    intro=[
        "Kabupaten Karang Sentosa adalah kabupaten kepulauan dengan terumbu karang dan budidaya rumput laut. "
        "Sebagian program dalam masterplan ini masih memerlukan pembahasan lanjutan dengan perangkat daerah.",
        "Program yang belum memiliki rincian anggaran, target atau penanggung jawab akan dilengkapi pada "
        "pemutakhiran masterplan.",
    ],
)

T = Target
PROSE = [
    Prog(
        "Karang Sentosa Melayani",
        "menyatukan layanan administrasi kependudukan, perizinan dan pengaduan dalam satu aplikasi",
        ["Dinas Komunikasi dan Informatika"],
        T("layanan yang tersedia dalam aplikasi", 40, "layanan", 2026),
        [2024, 2026],
        2.2e9,
        "miliar",
        v="full",
    ),
    Prog(
        "Kapal Sehat Pulau",
        "menjadwalkan kunjungan kapal kesehatan ke pulau-pulau kecil dan mencatat pasien secara "
        "elektronik; pasien rujukan dibawa ke RSUD Karang Sentosa",
        [],
        T("pulau berpenghuni yang dikunjungi setiap bulan", 100, "persen", 2026),
        [2024, 2026],
        3.4e9,
        "miliar",
        v="no_opd",
        note="no owner; the RSUD is only a place",
    ),
    Prog(
        "Rumput Laut Terdata",
        "mendata pembudidaya rumput laut, luas lahan dan hasil panen per musim",
        ["Dinas Kelautan dan Perikanan"],
        T("pembudidaya yang terdata", 2000, "orang", 2025),
        2025,
        None,
        "miliar",
        v="no_budget_explicit",
    ),
    Prog(
        "Sekolah Pulau Terhubung",
        "menyediakan akses internet satelit untuk sekolah di pulau-pulau kecil",
        ["Dinas Pendidikan"],
        None,
        [2025, 2027],
        5.6e9,
        "miliar",
        v="no_target",
    ),
    Prog(
        "Wisata Bawah Laut",
        "mengembangkan reservasi daring penyelaman dan pemandu bersertifikat",
        ["Dinas Pariwisata"],
        T("operator selam yang terdaftar daring", 25, "operator", None),
        None,
        1.1e9,
        "dots",
        v="no_year",
        note="target without a year, no year anywhere",
    ),
    Prog(
        "Dermaga Rakyat Aman",
        "memperbaiki dermaga rakyat dan memasang penerangan serta rambu pelayaran",
        [],
        T("dermaga rakyat yang diperbaiki", 12, "dermaga", 2027),
        [2025, 2027],
        None,
        "miliar",
        v="no_opd_budget",
        note="no owner, no budget",
    ),
    Prog(
        "Pengawasan Terumbu Karang",
        "melibatkan kelompok masyarakat pengawas dan memasang pelampung tanda batas kawasan konservasi",
        ["Dinas Kelautan dan Perikanan", "Dinas Lingkungan Hidup"],
        T("luas terumbu karang yang diawasi", 1500, "hektare", 2026),
        [2024, 2026],
        1.75e9,
        "miliar",
        v="full",
    ),
    Prog(
        "Listrik Surya Pulau",
        "memasang pembangkit listrik tenaga surya komunal di pulau tanpa jaringan listrik",
        ["Dinas Energi dan Sumber Daya Mineral"],
        T("pulau yang teraliri listrik surya", 9, "pulau", 2028),
        [2025, 2028],
        None,
        "miliar",
        v="no_budget_silent",
        note="budget simply not mentioned",
    ),
    Prog(
        "Puskesmas Apung Digital",
        "melengkapi Puskesmas apung dengan rekam medis elektronik dan telekonsultasi",
        [],
        None,
        None,
        None,
        "miliar",
        v="bare",
        note="name and description only",
    ),
    Prog(
        "Koperasi Nelayan Digital",
        "membantu koperasi nelayan mencatat simpan pinjam dan penjualan hasil tangkapan",
        ["Dinas Koperasi dan UKM"],
        T("koperasi nelayan yang memakai pembukuan digital", 30, "koperasi", 2026),
        [2025, 2026],
        480e6,
        "juta",
        v="full",
    ),
    Prog(
        "Air Bersih Pulau",
        "membangun penyulingan air laut skala kecil di pulau yang kesulitan air tawar",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        None,
        None,
        7.5e9,
        "miliar",
        v="no_target_year",
    ),
]
TABLE = [  # matrix; lacking cells are "-", empty or "akan ditentukan"
    Prog(
        "Pelabuhan Perikanan Nontunai",
        "",
        ["Dinas Kelautan dan Perikanan"],
        T("Transaksi di pelabuhan perikanan yang nontunai", 50, "persen", 2026),
        [2025, 2026],
        900e6,
        "juta",
    ),
    Prog(
        "Satu Data Karang",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("Dataset sektoral yang terbit", 120, "dataset", 2026),
        [2024, 2026],
        None,
        "table",
        note="budget '-'",
    ),
    Prog(
        "Perahu Sekolah",
        "",
        [],
        T("Siswa pulau yang diantar perahu sekolah", 400, "siswa", 2025),
        2025,
        1.3e9,
        "dots",
        note="OPD empty",
    ),
    Prog(
        "Pantau Cuaca Nelayan",
        "",
        ["Badan Penanggulangan Bencana Daerah"],
        None,
        [2024, 2025],
        350e6,
        "juta",
        note="target 'akan ditentukan'",
    ),
    Prog(
        "Sentra Olahan Rumput Laut",
        "",
        ["Dinas Perindustrian dan Perdagangan"],
        T("Produk olahan rumput laut yang bersertifikat", 20, "produk", None),
        None,
        2.4e9,
        "dots",
        note="year '-', and no year in the target either",
    ),
    Prog(
        "Desa Wisata Karang",
        "",
        [],
        T("Desa wisata bahari yang aktif", 6, "desa", 2027),
        [2025, 2027],
        None,
        "table",
        note="OPD and budget lacking",
    ),
    Prog(
        "Bank Sampah Pulau",
        "",
        ["Dinas Lingkungan Hidup"],
        T("Pulau dengan bank sampah aktif", 15, "pulau", 2026),
        [2024, 2026],
        420e6,
        "juta",
    ),
    Prog(
        "Jaringan Internet Desa",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("Desa yang terhubung internet", 80, "persen", 2027),
        [2025, 2027],
        4.5e9,
        "dots",
    ),
    Prog("Pos Kesehatan Pelabuhan", "", ["Dinas Kesehatan"], None, None, None, "table", note="only the owner is given"),
    Prog(
        "Mangrove Karang Lestari",
        "",
        ["Dinas Lingkungan Hidup"],
        T("Luas mangrove yang ditanam", 60, "hektare", 2028),
        [2024, 2028],
        1.9e9,
        "dots",
    ),
]


def programmes() -> list[Prog]:
    return PROSE + TABLE


def paragraph(p: Prog) -> str:
    n = f"{p.kind} {p.name}"
    o = opd_text(p.opd)
    y = years_text(p.year) if p.year else ""
    if p.v == "full":
        return (
            f"{n} {p.desc}. Target: {target_phrase(p.target)}. Penanggung jawab: {o}. Anggaran: {money(p)} "
            f"untuk periode {y}."
        )
    if p.v == "no_opd":
        return (
            f"{n} {p.desc}. Target: {target_phrase(p.target)}. Anggaran: {money(p)} untuk periode {y}. "
            "Perangkat daerah penanggung jawab belum ditetapkan."
        )
    if p.v == "no_budget_explicit":
        return (
            f"{n} {p.desc}. Target: {target_phrase(p.target)}. Penanggung jawab: {o}. Anggaran: akan ditetapkan "
            f"kemudian. Pelaksanaan pada tahun {y}."
        )
    if p.v == "no_target":
        return f"{n} {p.desc}. Penanggung jawab: {o}. Anggaran: {money(p)} untuk periode {y}."
    if p.v == "no_year":
        return (
            f"{n} {p.desc}, dengan target {num_id(p.target.value)} {p.target.unit} {p.target.ind}. "
            f"Penanggung jawab: {o}. Anggaran: {money(p)}."
        )
    if p.v == "no_opd_budget":
        return f"{n} {p.desc}. Target: {target_phrase(p.target)}. Waktu pelaksanaan {y}."
    if p.v == "no_budget_silent":
        return f"{n} {p.desc}. Program ini ditargetkan {target_phrase(p.target, 2)}. OPD pengampu: {o}. Periode {y}."
    if p.v == "bare":
        return f"{n} {p.desc}."
    if p.v == "no_target_year":
        return f"{n} {p.desc}. Penanggung jawab: {o}. Kebutuhan anggaran {money(p)}."
    raise ValueError(p.v)


def _cell_budget(p: Prog, i: int) -> str:
    if p.budget is None:
        return ["-", "", "akan ditentukan"][i % 3]
    return num_id(p.budget) if p.bfmt == "dots" else f"{num_id(p.budget / 1e6)} juta"


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Program Prioritas Kepulauan"))
    b.append(pdf.Para("Program prioritas diuraikan sebagai berikut. Sebagian rincian masih dalam pembahasan."))
    b += [pdf.Para(paragraph(p)) for p in PROSE]
    b.append(pdf.Heading(2, "4.2 Matriks Program Pendukung"))
    rows = []
    for i, p in enumerate(TABLE, start=1):
        rows.append(
            [
                str(i),
                p.name,
                p.target.ind if p.target else "-",
                f"{num_id(p.target.value)} {p.target.unit}" if p.target else "akan ditentukan",
                years_text(p.year) if p.year else "-",
                _cell_budget(p, i),
                " dan ".join(p.opd),
            ]
        )
    b.append(
        pdf.Table(
            ["No", "Program", "Indikator", "Target", "Tahun", "Anggaran (Rp)", "OPD"],
            rows,
            caption="Tabel 4.1 Matriks Program Pendukung Smart City Kabupaten Karang Sentosa",
        )
    )
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(pdf.Para("Rincian yang belum lengkap akan dibahas dalam rapat Dewan Smart City berikutnya."))
    return b
