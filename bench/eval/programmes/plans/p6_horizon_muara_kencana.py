"""Kota Muara Kencana (FICTIONAL): budgets and time written in every way plans write them.

Style: horizons and money formats. A ten-year plan (2025-2034) whose road-map chapter states its own
mapping of the terms (jangka pendek = 2025-2026, jangka menengah = 2027-2029, jangka panjang =
2030-2034); many programmes give only the term (their gold year is the plan's mapping), others "TA 2025",
a term with its years, or a year range. Budgets as "1,5 M", "Rp 1.500.000.000,00", "Rp 950 juta",
"Rp 2,5 milyar", ranges ("Rp 1-2 miliar", "antara Rp 800 juta sampai Rp 1,2 miliar"; gold: the range,
any value inside counts). A road-map table lists programme names per term (it defines no programme).
Every programme states every field.
"""

from .common import Prog, Target, money, opd_text, target_phrase

PLAN = dict(
    slug="p6_muara_kencana",
    name="Kota Muara Kencana",
    period="2025-2034",
    style="horizons_budgets",
    horizon_map={"pendek": [2025, 2026], "menengah": [2027, 2029], "panjang": [2030, 2034]},
    intro=[
        "Kota Muara Kencana tumbuh di muara sungai sebagai kota perdagangan dan industri pengolahan kelapa. "
        "Masterplan ini disusun untuk sepuluh tahun, 2025-2034, dan dibagi dalam tiga tahapan.",
        "Tahapan jangka pendek mencakup tahun 2025-2026, jangka menengah tahun 2027-2029 dan jangka panjang "
        "tahun 2030-2034. Setiap program pada Bab IV menyebutkan tahapannya.",
    ],
)

T = Target
HM = PLAN["horizon_map"]
PROGS = [
    Prog(
        "Kencana Smart Service",
        "aplikasi tunggal layanan publik kota untuk warga dan pelaku usaha",
        ["Dinas Komunikasi dan Informatika"],
        T("layanan publik yang tersedia dalam aplikasi tunggal", 60, "layanan", 2026),
        HM["pendek"],
        1.5e9,
        "M_bare",
        horizon="pendek",
        v="term_only",
    ),
    Prog(
        "Pusat Komando Kota",
        "ruang kendali terpadu yang menampilkan data lalu lintas, banjir dan aduan warga",
        ["Dinas Komunikasi dan Informatika"],
        T("perangkat daerah yang terhubung ke pusat komando", 30, "OPD", 2029),
        [2027, 2029],
        12e9,
        "dots00",
        horizon="menengah",
        v="term_years",
    ),
    Prog(
        "Perizinan Industri Kelapa",
        "layanan perizinan dan pengawasan industri pengolahan kelapa secara elektronik",
        ["Dinas Penanaman Modal dan PTSP"],
        T("izin industri yang terbit tepat waktu", 95, "persen", 2025),
        2025,
        950e6,
        "juta",
        horizon="pendek",
        v="ta",
    ),
    Prog(
        "Kawasan Industri Hijau",
        "penataan kawasan industri kelapa terpadu dengan pengolahan limbah bersama",
        ["Dinas Perindustrian dan Tenaga Kerja"],
        T("industri yang berada di kawasan industri terpadu", 40, "industri", 2034),
        HM["panjang"],
        None,
        "range",
        budget_range=(20e9, 30e9),
        horizon="panjang",
        v="term_only",
        note="range of billions",
    ),
    Prog(
        "Pasar Muara Modern",
        "revitalisasi pasar tradisional dengan sistem sewa kios dan retribusi daring",
        ["Dinas Perdagangan"],
        T("kios pasar yang dikelola secara daring", 600, "kios", 2029),
        HM["menengah"],
        2.5e9,
        "milyar",
        horizon="menengah",
        v="term_only",
    ),
    Prog(
        "Kelapa Terpadu Petani",
        "pendataan kebun kelapa rakyat dan kemitraan petani dengan industri",
        ["Dinas Pertanian dan Perikanan"],
        T("petani kelapa yang bermitra dengan industri", 1200, "orang", 2026),
        HM["pendek"],
        None,
        "range",
        budget_range=(800e6, 1.2e9),
        horizon="pendek",
        v="term_only",
        note="range juta..miliar",
    ),
    Prog(
        "Transportasi Sungai Terpadu",
        "dermaga, kapal bus air dan tiket terintegrasi dengan angkutan darat",
        ["Dinas Perhubungan"],
        T("dermaga bus air yang beroperasi", 6, "dermaga", 2034),
        [2030, 2034],
        45e9,
        "miliar",
        horizon="panjang",
        v="term_years",
    ),
    Prog(
        "Lampu Lalu Lintas Adaptif",
        "lampu lalu lintas yang menyesuaikan durasi dengan kepadatan kendaraan",
        ["Dinas Perhubungan"],
        T("simpang dengan lampu adaptif", 15, "simpang", 2026),
        HM["pendek"],
        3.2e9,
        "dots00",
        horizon="pendek",
        v="term_only",
    ),
    Prog(
        "Rumah Sakit Digital Kota",
        "rekam medis elektronik dan sistem rujukan di RSUD Muara Kencana dan Puskesmas",
        ["Dinas Kesehatan"],
        T("fasilitas kesehatan milik kota dengan rekam medis elektronik", 100, "persen", 2029),
        HM["menengah"],
        None,
        "range",
        budget_range=(4e9, 6e9),
        horizon="menengah",
        v="term_only",
        note="RSUD is a place here",
    ),
    Prog(
        "Kampung Iklim Muara",
        "adaptasi perubahan iklim di kampung bantaran sungai: tanggul, biopori dan kebun warga",
        ["Dinas Lingkungan Hidup"],
        T("kampung iklim yang terbentuk", 20, "kampung", 2029),
        [2027, 2029],
        1.5e9,
        "M",
        horizon="menengah",
        v="term_years",
    ),
    Prog(
        "Beasiswa Vokasi Industri",
        "beasiswa dan magang vokasi bagi lulusan SMK di industri pengolahan kelapa",
        ["Dinas Pendidikan"],
        T("lulusan SMK yang magang di industri", 500, "orang", 2026),
        2026,
        1.8e9,
        "dots",
        horizon="pendek",
        v="ta",
    ),
    Prog(
        "Sistem Drainase Pintar",
        "sensor muka air dan pintu air otomatis pada saluran primer kota",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("genangan yang surut dalam dua jam", 80, "persen", 2034),
        HM["panjang"],
        38e9,
        "M_bare",
        horizon="panjang",
        v="term_only",
    ),
    Prog(
        "Perpustakaan Kota Digital",
        "katalog daring, buku elektronik dan ruang kreatif di perpustakaan kota",
        ["Dinas Perpustakaan dan Kearsipan"],
        T("anggota perpustakaan digital", 15000, "orang", 2026),
        HM["pendek"],
        None,
        "range",
        budget_range=(1e9, 2e9),
        horizon="pendek",
        v="term_only",
    ),
    Prog(
        "Pengolahan Sampah Terpadu",
        "fasilitas pengolahan sampah menjadi bahan bakar alternatif untuk industri",
        ["Dinas Lingkungan Hidup"],
        T("sampah kota yang diolah menjadi bahan bakar", 35, "persen", 2034),
        [2030, 2034],
        60e9,
        "dots00",
        horizon="panjang",
        v="term_years",
    ),
    Prog(
        "Wisata Muara Malam",
        "atraksi tepi sungai malam hari dengan reservasi dan pembayaran nontunai",
        ["Dinas Pariwisata dan Kebudayaan"],
        T("kunjungan wisata malam per tahun", 100000, "kunjungan", 2029),
        HM["menengah"],
        4.75e9,
        "miliar",
        horizon="menengah",
        v="term_only",
    ),
    Prog(
        "Satu Peta Kota",
        "peta dasar dan peta tematik bersama bagi seluruh perangkat daerah",
        ["Bappeda"],
        T("peta tematik perangkat daerah yang terintegrasi", 25, "peta", 2025),
        2025,
        700e6,
        "juta",
        horizon="pendek",
        v="ta",
    ),
    Prog(
        "Energi Surya Pasar",
        "panel surya di atap pasar dan gedung pemerintah kota",
        ["Dinas Perindustrian dan Tenaga Kerja"],
        T("kapasitas panel surya terpasang", 2, "MW", 2034),
        HM["panjang"],
        None,
        "range",
        budget_range=(15e9, 25e9),
        horizon="panjang",
        v="term_only",
    ),
    Prog(
        "Kartu Warga Kencana",
        "kartu identitas warga untuk layanan kesehatan, transportasi dan bantuan sosial",
        ["Dinas Sosial", "Dinas Kependudukan dan Pencatatan Sipil"],
        T("warga yang memiliki kartu warga", 70, "persen", 2029),
        HM["menengah"],
        5.5e9,
        "dots00",
        horizon="menengah",
        v="term_only",
        note="two owners",
    ),
    Prog(
        "Posyandu Remaja Digital",
        "layanan kesehatan remaja dan konseling gizi melalui aplikasi dan kader",
        ["Dinas Kesehatan"],
        T("kelurahan dengan posyandu remaja aktif", 30, "kelurahan", 2026),
        HM["pendek"],
        650e6,
        "juta",
        horizon="pendek",
        v="term_only",
    ),
    Prog(
        "Kota Tangguh Banjir",
        "rencana kontinjensi, jalur evakuasi dan lumbung logistik di kelurahan rawan banjir",
        ["Badan Penanggulangan Bencana Daerah"],
        T("kelurahan rawan banjir dengan rencana kontinjensi", 18, "kelurahan", 2029),
        [2027, 2029],
        2.25e9,
        "miliar",
        horizon="menengah",
        v="term_years",
    ),
]


def programmes() -> list[Prog]:
    for p in PROGS:
        if p.bfmt == "range":
            p.budget = p.budget_range[1]
    return PROGS


TERM = {"pendek": "jangka pendek", "menengah": "jangka menengah", "panjang": "jangka panjang"}


def item(i: int, p: Prog) -> str:
    n, o, m, t = p.name, opd_text(p.opd), money(p), target_phrase(p.target)
    if p.v == "term_only":
        when = f"Tahapan: {TERM[p.horizon]}."
    elif p.v == "term_years":
        when = f"Tahapan: {TERM[p.horizon]} ({p.year[0]}-{p.year[1]})."
    elif p.v == "ta":
        when = f"Pelaksanaan: TA {p.year} ({TERM[p.horizon]})."
    else:
        raise ValueError(p.v)
    return f"{i}. {n} - {p.desc}. {when} Anggaran: {m}. Target: {t}. Penanggung jawab: {o}."


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Program berikut disusun menurut tahapan pelaksanaan. Anggaran merupakan perkiraan; "
            "beberapa program baru dapat dirinci dalam rentang nilai."
        )
    )
    groups = [
        ("4.1 Tata Kelola dan Ekonomi", PROGS[:7]),
        ("4.2 Kehidupan dan Masyarakat", PROGS[7:14]),
        ("4.3 Lingkungan dan Ketangguhan Kota", PROGS[14:]),
    ]
    i = 1
    for title, ps in groups:
        b.append(pdf.Heading(2, title))
        for p in ps:
            b.append(pdf.Para(item(i, p)))
            i += 1
    b.append(pdf.Heading(1, "BAB V PETA JALAN"))
    b.append(
        pdf.Para(
            "Peta jalan membagi pelaksanaan masterplan dalam tiga tahapan: jangka pendek (2025-2026), "
            "jangka menengah (2027-2029) dan jangka panjang (2030-2034)."
        )
    )
    rows = []
    for term, yrs in HM.items():
        names = "; ".join(p.name for p in PROGS if p.horizon == term)
        rows.append([TERM[term].capitalize(), f"{yrs[0]}-{yrs[1]}", names])
    b.append(
        pdf.Table(["Tahapan", "Periode", "Program"], rows, caption="Tabel 5.1 Peta Jalan Smart City Kota Muara Kencana")
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(pdf.Para("Peta jalan ditinjau kembali pada akhir setiap tahapan."))
    return b
