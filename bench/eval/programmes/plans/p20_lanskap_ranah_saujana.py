"""Kabupaten Ranah Saujana (FICTIONAL): one wide programme matrix with per-year targets and budgets (fresh4).

Style: chapter IV holds the whole programme list as one wide table on landscape pages (pdfgen wide
table, font shrunk to fit), split over three pages with its two-row header repeated on each: No |
Dimensi | Elemen | Program | Deskripsi | Output | Outcome | "Target per Tahun" over 2025..2029 |
"Anggaran per Tahun (Rp juta)" over 2025..2029 | OPD Pelaksana | OPD Pendukung. The Dimensi cell is
written in every row (not merged); Elemen is the Gerakan Menuju 100 Smart City element. The Outcome
cell is the indicator the targets measure; a target cell holds the cumulative value and its unit
("45%", "18 event", "1,6 km"), "-" for a year without the programme. Several agencies in one cell
are separated by "; ". A "JUMLAH" row closes the table with the per-year budget totals; notes
follow it. The OPD Pendukung (supporting agencies, an RSUD among them) are never the owner: gold opd
= the OPD Pelaksana only. Gold (the p8 conventions): budget = the sum of the per-year cells in
rupiah (budget_per_year), target = the final value (per_year = the values by year), year = the first
and last year with a value (an int where only one year has one); target and budget cells always
cover the same years. Three programmes truly lack one field: an owner (OPD Pelaksana "-", OPD
Pendukung filled), a budget ("-" in every year: a partner builds and runs the warehouses; note) and
a target ("-" in every year, the Outcome a qualitative sentence; note).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p20_lanskap_ranah_saujana",
    name="Kabupaten Ranah Saujana",
    period="2025-2029",
    style="wide landscape matrix, per-year targets and budgets, OPD Pelaksana / Pendukung",
    split="fresh4",
    intro=[
        "Kabupaten Ranah Saujana adalah kabupaten agraris di dataran tinggi dengan hamparan sawah, kebun "
        "kopi dan hortikultura yang luas. Ibu kota kabupaten tumbuh sebagai pusat perdagangan hasil bumi "
        "dan jasa bagi nagari-nagari di sekitarnya.",
        "Bab IV memuat matriks program smart city lima tahun yang merinci deskripsi, keluaran, hasil, target "
        "dan anggaran setiap tahun serta perangkat daerah pelaksana dan pendukungnya.",
    ],
)

YEARS = (2025, 2026, 2027, 2028, 2029)
INFO: dict[str, dict] = {}  # dimension, element, output, outcome text, supporting agencies


def _p(dim, elemen, name, desc, output, outcome, y0, targets, unit, budgets, pelaksana, pendukung, note=""):
    """One programme running from y0 for len(targets or budgets) years. targets: cumulative values (None:
    no target); unit: the target's unit; budgets: Rp juta per year (None: no budget)."""
    n = len(targets) if targets else len(budgets)
    yrs = YEARS[YEARS.index(y0) : YEARS.index(y0) + n]
    assert targets is None or budgets is None or len(targets) == len(budgets)
    t = None
    if targets:
        per = dict(zip(yrs, targets))
        t = Target(outcome, targets[-1], unit, yrs[-1], per)
    bpy = {y: v * 1e6 for y, v in zip(yrs, budgets)} if budgets else None
    year = yrs[0] if n == 1 else [yrs[0], yrs[-1]]
    budget = sum(bpy.values()) if bpy else None
    p = Prog(name, desc, list(pelaksana), t, year, budget, "table", budget_per_year=bpy, note=note)
    INFO[name] = dict(dim=dim, elemen=elemen, output=output, outcome=outcome, pendukung=list(pendukung))
    return p


SG, SB, SE = "Smart Governance", "Smart Branding", "Smart Economy"
SL, SS, SEN = "Smart Living", "Smart Society", "Smart Environment"
KOMINFO = "Dinas Komunikasi dan Informatika"
PUPR = "Dinas Pekerjaan Umum dan Penataan Ruang"

PROGS = [
    _p(
        SG,
        "Pelayanan Publik",
        "Sistem Layanan Surat Desa Terpadu",
        "Surat keterangan dan pengantar desa diajukan melalui aplikasi dan terbit dengan tanda tangan elektronik.",
        "Aplikasi layanan surat desa terpasang di seluruh desa",
        "Persentase desa yang melayani surat secara daring",
        2025,
        [20, 45, 70, 90, 100],
        "persen",
        [450, 600, 600, 400, 250],
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        [KOMINFO, "Dinas Kependudukan dan Pencatatan Sipil"],
    ),
    _p(
        SG,
        "Manajemen Birokrasi",
        "Penilaian Kinerja Aparatur Harian",
        "ASN melaporkan kegiatan harian melalui aplikasi yang terhubung dengan tambahan penghasilan pegawai.",
        "Aplikasi kinerja harian ASN yang terintegrasi",
        "Persentase ASN yang mengisi laporan kinerja harian secara daring",
        2026,
        [60, 80, 95],
        "persen",
        [350, 300, 250],
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
        ["Bagian Organisasi Sekretariat Daerah"],
    ),
    _p(
        SG,
        "Kebijakan Publik",
        "Portal Regulasi Daerah Terbuka",
        "Peraturan daerah dan peraturan bupati dihimpun dalam portal yang dapat dicari menurut topik.",
        "Portal dokumentasi dan informasi hukum daerah",
        "Persentase produk hukum daerah yang dapat diakses daring",
        2025,
        [100],
        "persen",
        [450],
        ["Bagian Hukum Sekretariat Daerah"],
        [KOMINFO],
        note="a single year (gold year an int)",
    ),
    _p(
        SG,
        "Manajemen Birokrasi",
        "Jaringan Intra Pemerintah Daerah",
        "Kantor perangkat daerah dan kecamatan dihubungkan dengan serat optik milik pemerintah daerah.",
        "Jaringan intra pemerintah",
        "Jumlah perangkat daerah yang terhubung jaringan intra pemerintah",
        2025,
        [10, 20, 30, 38],
        "OPD",
        [1200, 1500, 900, 600],
        [KOMINFO],
        [],
    ),
    _p(
        SB,
        "Pariwisata",
        "Kalender Event Budaya Saujana",
        "Seni tradisi, lomba perahu naga dan festival kuliner dijadwalkan dalam satu kalender daring.",
        "Kalender event budaya daring",
        "Jumlah event budaya yang tayang di kalender daring",
        2025,
        [12, 18, 24, 30, 36],
        "event",
        [300, 300, 300, 300, 300],
        ["Dinas Pariwisata"],
        ["Dinas Pendidikan dan Kebudayaan", KOMINFO],
    ),
    _p(
        SB,
        "Bisnis",
        "Gerai Kriya Songket Saujana",
        "Perajin songket didampingi berjualan di lokapasar, dengan gerai pamer di pusat oleh-oleh.",
        "Gerai kriya daring dan gerai pamer",
        "Jumlah perajin songket yang berjualan daring",
        2025,
        [40, 90, 150],
        "orang",
        [250, 300, 300],
        [],
        ["Dinas Koperasi dan UKM", "Dinas Pariwisata"],
        note="OPD truly missing: Pelaksana '-', only Pendukung given (note)",
    ),
    _p(
        SB,
        "Wajah Kota",
        "Pedestrian Cerdas Jalan Protokol",
        "Trotoar jalan protokol diperlebar dan dilengkapi lampu pintar serta jalur pemandu difabel.",
        "Jalur pedestrian cerdas di jalan protokol",
        "Panjang jalur pedestrian cerdas yang terbangun",
        2026,
        [0.8, 1.6, 2.4],
        "km",
        [2500, 2500, 2000],
        [PUPR],
        ["Dinas Perhubungan"],
    ),
    _p(
        SE,
        "Kesejahteraan Rakyat",
        "Sistem Resi Gudang Gabah",
        "Gabah petani disimpan di gudang dengan resi elektronik yang dapat dijaminkan untuk pembiayaan.",
        "Gudang gabah dengan resi elektronik",
        "Jumlah petani yang memanfaatkan resi gudang",
        2025,
        [100, 250, 400, 600, 800],
        "orang",
        None,
        ["Dinas Pertanian"],
        ["Dinas Perdagangan", "Dinas Koperasi dan UKM"],
        note="budget truly missing: '-' in every year (warehouses built and run by a partner; note)",
    ),
    _p(
        SE,
        "Industri",
        "Sentra Pengolahan Kopi Saujana",
        "Sentra kopi dilengkapi mesin sangrai, uji cita rasa dan pelatihan sertifikasi bagi UMKM.",
        "Sentra pengolahan kopi dan UMKM bersertifikat",
        "Jumlah UMKM pengolah kopi yang bersertifikat",
        2026,
        [10, 20, 35, 50],
        "UMKM",
        [400, 450, 500, 350],
        ["Dinas Perindustrian"],
        ["Dinas Pertanian"],
    ),
    _p(
        SE,
        "Ekosistem Transaksi Keuangan",
        "Kanal Bayar Pajak Bumi dan Bangunan Desa",
        "PBB perdesaan dapat dibayar melalui agen bank, kantor pos dan dompet digital.",
        "Kanal pembayaran PBB perdesaan nontunai",
        "Persentase PBB perdesaan yang dibayar nontunai",
        2025,
        [15, 30, 45, 60, 70],
        "persen",
        [250, 200, 200, 150, 150],
        ["Badan Pendapatan Daerah"],
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
    ),
    _p(
        SE,
        "Kesejahteraan Rakyat",
        "Bursa Komoditas Hortikultura Daring",
        "Kelompok tani menawarkan cabai, bawang dan sayuran kepada pedagang besar melalui bursa daring.",
        "Bursa komoditas hortikultura daring",
        "Jumlah kelompok tani yang menjual melalui bursa daring",
        2026,
        [15, 30, 45, 60],
        "kelompok",
        [300, 250, 250, 200],
        ["Dinas Pertanian"],
        [KOMINFO],
    ),
    _p(
        SL,
        "Kesehatan",
        "Rekam Kesehatan Keluarga Digital",
        "Riwayat kesehatan anggota keluarga tercatat dalam rekam digital yang diakses puskesmas dan RSUD.",
        "Rekam kesehatan keluarga digital",
        "Persentase keluarga yang memiliki rekam kesehatan digital",
        2025,
        [10, 25, 45, 65, 80],
        "persen",
        [800, 950, 1100, 1100, 900],
        ["Dinas Kesehatan"],
        ["Rumah Sakit Umum Daerah Ranah Saujana", "Dinas Kependudukan dan Pencatatan Sipil"],
        note="an RSUD among the supporting agencies (not the owner)",
    ),
    _p(
        SL,
        "Sarana Transportasi",
        "Halte Pintar Angkutan Perdesaan",
        "Halte angkutan perdesaan dilengkapi papan informasi kedatangan dan lampu tenaga surya.",
        "Halte pintar di jalur angkutan perdesaan",
        "Jumlah halte dengan informasi kedatangan angkutan",
        2027,
        [10, 20, 30],
        "halte",
        [900, 900, 900],
        ["Dinas Perhubungan"],
        [PUPR],
    ),
    _p(
        SL,
        "Harmonisasi Tata Ruang",
        "Pemetaan Permukiman Kumuh Berbasis Drone",
        "Permukiman kumuh dipetakan dengan foto udara drone untuk menentukan prioritas penataan.",
        "Peta digital permukiman kumuh",
        "Luas kawasan kumuh yang terpetakan",
        2025,
        [120, 240, 360],
        "hektare",
        [350, 350, 287.5],
        ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
        ["Badan Perencanaan Pembangunan Daerah"],
        note="a decimal budget cell (287,5)",
    ),
    _p(
        SS,
        "Ekosistem Belajar",
        "Kelas Coding Pelajar Saujana",
        "Pelajar SMP belajar pemrograman dasar sepulang sekolah bersama guru dan mahasiswa relawan.",
        "Kelas coding di sekolah menengah pertama",
        "Jumlah pelajar SMP yang mengikuti kelas coding",
        2025,
        [200, 500, 900, 1400, 2000],
        "orang",
        [150, 250, 300, 350, 400],
        ["Dinas Pendidikan dan Kebudayaan"],
        [KOMINFO],
    ),
    _p(
        SS,
        "Keamanan",
        "Jaga Kampung Terhubung",
        "Pos ronda di setiap jorong dilengkapi radio dan aplikasi laporan kejadian.",
        "Pos ronda terhubung di setiap jorong",
        "Meningkatnya rasa aman warga di lingkungan permukiman",
        2025,
        None,
        "",
        [200, 250, 250],
        ["Satuan Polisi Pamong Praja"],
        ["Badan Kesatuan Bangsa dan Politik"],
        note="target truly missing: '-' in every year, a qualitative outcome (note)",
    ),
    _p(
        SS,
        "Komunitas Masyarakat",
        "Komunitas Kreatif Digital Pemuda",
        "Ruang kreatif daerah dibuka bagi komunitas pemuda di bidang desain, video dan aplikasi.",
        "Ruang kreatif daerah yang aktif",
        "Jumlah komunitas kreatif yang aktif di ruang kreatif daerah",
        2026,
        [8, 15, 22, 30],
        "komunitas",
        [500, 400, 400, 350],
        ["Dinas Pemuda dan Olahraga"],
        ["Dinas Pariwisata"],
    ),
    _p(
        SEN,
        "Proteksi Lingkungan",
        "Telemetri Debit Sungai dan Curah Hujan",
        "Pos telemetri di hulu sungai mengirim data debit dan curah hujan setiap sepuluh menit.",
        "Pos telemetri debit dan curah hujan",
        "Jumlah pos telemetri yang mengirim data secara daring",
        2025,
        [4, 8, 12, 16],
        "pos",
        [600, 600, 550, 500],
        ["Badan Penanggulangan Bencana Daerah"],
        [PUPR, "Dinas Lingkungan Hidup"],
    ),
    _p(
        SEN,
        "Tata Kelola Sampah dan Limbah",
        "Maggot Pengurai Sampah Organik",
        "Sampah organik diurai larva lalat tentara hitam di rumah maggot dan dijual sebagai pakan.",
        "Rumah maggot di setiap kecamatan",
        "Persentase sampah organik rumah tangga yang diolah",
        2025,
        [5, 12, 20, 28, 35],
        "persen",
        [300, 350, 350, 300, 300],
        ["Dinas Lingkungan Hidup", "Dinas Perdagangan"],
        ["Dinas Pertanian"],
        note="two agencies in the Pelaksana cell",
    ),
    _p(
        SEN,
        "Tata Kelola Energi",
        "Energi Surya Gedung Pemerintahan",
        "Atap kantor pemerintah dipasangi panel surya yang produksinya dipantau melalui dasbor energi.",
        "Panel surya atap di gedung pemerintah",
        "Jumlah gedung pemerintah yang memasang panel surya atap",
        2028,
        [6, 12],
        "gedung",
        [1800, 1800],
        [PUPR],
        ["Badan Keuangan dan Aset Daerah"],
    ),
]

NOTES = [
    "Tanda - pada kolom target atau anggaran berarti program tidak dilaksanakan atau tidak dianggarkan pada "
    "tahun tersebut. Target ditulis secara kumulatif.",
    "OPD Pelaksana adalah perangkat daerah penanggung jawab program; OPD Pendukung membantu pelaksanaan "
    "sesuai tugas dan fungsinya.",
    "Perangkat daerah pelaksana Program Gerai Kriya Songket Saujana masih dibahas dan akan ditetapkan dengan "
    "Keputusan Bupati.",
    "Anggaran Program Sistem Resi Gudang Gabah tidak dicantumkan karena gudang dibangun dan dikelola oleh "
    "mitra lembaga keuangan melalui skema kemitraan.",
    "Indikator dan target Program Jaga Kampung Terhubung akan ditetapkan setelah survei rasa aman warga.",
]


def programmes() -> list[Prog]:
    return list(PROGS)


# ------------------------------------------------------------------ values as the matrix writes them
def _tcell(t: Target | None, y: int) -> str:
    if t is None or y not in t.per_year:
        return "-"
    v = t.per_year[y]
    return f"{num_id(v)}%" if t.unit == "persen" else f"{num_id(v)} {t.unit}"


def _bcell(p: Prog, y: int) -> str:
    if not p.budget_per_year or y not in p.budget_per_year:
        return "-"
    return num_id(p.budget_per_year[y] / 1e6)


def _matrix(pdf) -> list:
    h1 = ["No", "Dimensi", "Elemen", "Program", "Deskripsi", "Output", "Outcome", "Target per Tahun"]
    h1 += [""] * 4 + ["Anggaran per Tahun (Rp juta)"] + [""] * 4 + ["OPD Pelaksana", "OPD Pendukung"]
    h2 = [""] * 7 + [str(y) for y in YEARS] * 2 + ["", ""]
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 6, 17, 18)] + [((7, 0), (11, 0)), ((12, 0), (16, 0))]
    for no, p in enumerate(PROGS, start=1):
        i = INFO[p.name]
        row = [str(no), i["dim"], i["elemen"], p.name, p.desc, i["output"], i["outcome"]]
        row += [_tcell(p.target, y) for y in YEARS] + [_bcell(p, y) for y in YEARS]
        row += ["; ".join(p.opd) if p.opd else "-", "; ".join(i["pendukung"]) if i["pendukung"] else "-"]
        rows.append(row)
    tot = [sum((p.budget_per_year or {}).get(y, 0) for p in PROGS) for y in YEARS]
    rows.append(["", "JUMLAH"] + [""] * 10 + [num_id(v / 1e6) for v in tot] + ["", ""])
    spans.append(((1, len(rows)), (11, len(rows))))
    cap = f"Tabel 4.1 Matriks Program Smart City {PLAN['name']} 2025-2029"
    return [pdf.SpanTable(h1, rows, caption=cap, spans=spans, header_rows=2, wide=True)]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Ranah Saujana terdiri atas dua belas kecamatan dan seratus enam puluh nagari dengan "
            "jorong di bawahnya. Jaringan 4G telah menjangkau seluruh ibu kota kecamatan, tetapi sebagian "
            "jorong di lereng bukit masih belum terlayani. Hasil analisis kesiapan menunjukkan bahwa "
            "infrastruktur dasar dan suprastruktur SPBE telah tersedia, sementara tata kelola data dan literasi "
            "digital masyarakat masih perlu diperkuat."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Ranah Saujana adalah "Ranah Saujana Cerdas, Sejahtera dan Lestari". '
            "Strategi pembangunan diarahkan pada layanan publik yang menjangkau nagari, nilai tambah hasil "
            "pertanian dan kopi, pelayanan dasar yang merata serta perlindungan daerah aliran sungai."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV MATRIKS PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Matriks program smart city Kabupaten Ranah Saujana merinci setiap program menurut dimensi dan "
            "elemen smart city, disertai deskripsi, keluaran (output), hasil (outcome), target dan anggaran "
            "setiap tahun selama periode 2025-2029, serta perangkat daerah pelaksana dan pendukungnya. "
            "Anggaran dinyatakan dalam juta rupiah dan bersifat indikatif."
        )
    )
    b += _matrix(pdf)
    b.append(pdf.Para("Keterangan:"))
    b.append(pdf.Bullets(NOTES, numbered=True))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Matriks program ini menjadi acuan perangkat daerah dalam menyusun Renja dan RKPD setiap tahun. "
            "Capaian target dan realisasi anggaran dievaluasi setiap tahun oleh Tim Pelaksana Smart City "
            "Kabupaten Ranah Saujana."
        )
    )
    return b
