"""Kabupaten Tanjung Selasih (FICTIONAL): a "Rencana Aksi" matrix (fresh held-out set).

Style: the action-plan matrix of a Gerakan Menuju 100 Smart City masterplan. A "Daftar Singkatan"
glossary at the front expands the agency and funding abbreviations. Chapter IV holds one long
landscape table split over pages (header of two rows repeated): No | Program | Kegiatan/Uraian |
Indikator | Target | Tahun Pelaksanaan (one column per year 2025..2029 marked "V") | Estimasi Biaya
(Rp juta) | Sumber Dana | Perangkat Daerah. A dimension title row ("A. SMART GOVERNANCE") opens each
dimension and a "Sub Total" row closes it. Perangkat Daerah are written as abbreviations (gold OPD =
the abbreviation as written; two agencies in one cell are separated by a comma). Gold year = the
first and last marked year (an int where only one year is marked); budget = the Rp juta cell in
rupiah; the target cell states no year (target year None). Three programmes truly lack one field:
a budget ("-", funded by CSR), a target ("-" in Indikator and Target) and an OPD ("-").
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p9_aksi_tanjung_selasih",
    name="Kabupaten Tanjung Selasih",
    period="2025-2029",
    style="rencana aksi matrix",
    split="fresh",
    intro=[
        "Kabupaten Tanjung Selasih terletak di pesisir timur dengan hamparan sawah di bagian hulu dan "
        "pelabuhan perikanan di bagian hilir. Sebagian besar penduduk bekerja sebagai petani, nelayan dan "
        "perajin anyaman pandan. Pemerintah kabupaten bergabung dalam Gerakan Menuju 100 Smart City dan "
        "menyusun masterplan ini bersama Dewan Smart City dan Tim Pelaksana Smart City.",
        "Masterplan disusun berdasarkan hasil analisis kesiapan daerah (readiness) pada aspek struktur, "
        "infrastruktur dan suprastruktur. Rencana aksi setiap dimensi disajikan dalam bentuk matriks pada "
        "Bab IV agar mudah dijabarkan ke dalam RKPD dan Renja perangkat daerah.",
    ],
)

YEARS = (2025, 2026, 2027, 2028, 2029)

GLOSSARY = [
    ("APBD", "Anggaran Pendapatan dan Belanja Daerah"),
    ("APBN", "Anggaran Pendapatan dan Belanja Negara"),
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("CSR", "Corporate Social Responsibility (Tanggung Jawab Sosial Perusahaan)"),
    ("DAK", "Dana Alokasi Khusus"),
    ("Disdik", "Dinas Pendidikan"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Dishub", "Dinas Perhubungan"),
    ("Diskan", "Dinas Perikanan"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"),
    ("Diskopukm", "Dinas Koperasi, Usaha Kecil dan Menengah"),
    ("Disparbud", "Dinas Pariwisata dan Kebudayaan"),
    ("Dispusip", "Dinas Perpustakaan dan Kearsipan"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Dinsos", "Dinas Sosial"),
    ("Distan", "Dinas Pertanian"),
    ("DLH", "Dinas Lingkungan Hidup"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("KPBU", "Kerja Sama Pemerintah dengan Badan Usaha"),
    ("OPD", "Organisasi Perangkat Daerah"),
    ("PJU", "Penerangan Jalan Umum"),
    ("RME", "Rekam Medis Elektronik"),
    ("SPBE", "Sistem Pemerintahan Berbasis Elektronik"),
]

T = Target


def _p(name, kegiatan, opd, target, year, juta, sumber, note=""):
    """One matrix row: the budget in million rupiah as the "Estimasi Biaya (Rp juta)" cell gives it."""
    p = Prog(name, kegiatan, list(opd), target, year, None if juta is None else juta * 1e6, "table", note=note)
    SUMBER[name] = sumber
    return p


SUMBER: dict[str, str] = {}

DIMENSIONS = [
    (
        "A",
        "SMART GOVERNANCE",
        [
            _p(
                "Seruni Melayani",
                "Pengembangan aplikasi layanan publik terpadu (super-app); integrasi layanan perizinan, "
                "kependudukan dan pengaduan; sosialisasi di kecamatan",
                ["Diskominfo", "DPMPTSP"],
                T("Layanan publik yang terintegrasi dalam aplikasi", 40, "layanan"),
                [2025, 2027],
                2750,
                "APBD",
                note="two agencies in one cell",
            ),
            _p(
                "Satu Data Tanjung Selasih",
                "Penyusunan katalog data, pembangunan portal satu data, pembentukan forum satu data daerah",
                ["Diskominfo"],
                T("Data sektoral prioritas yang terbit di portal satu data", 80, "persen"),
                [2025, 2029],
                1250,
                "APBD",
            ),
            _p(
                "Penguatan Infrastruktur SPBE",
                "Pembangunan pusat data daerah dan jaringan intra pemerintah berbasis serat optik ke kantor kecamatan",
                ["Diskominfo"],
                T("Kantor kecamatan yang terhubung jaringan intra pemerintah", 18, "kecamatan"),
                [2025, 2026],
                6400,
                "APBD, APBN",
            ),
            _p(
                "Identitas Kependudukan Digital",
                "Aktivasi Identitas Kependudukan Digital melalui jemput bola ke desa dan sekolah",
                ["Disdukcapil"],
                T("Penduduk wajib KTP yang mengaktivasi Identitas Kependudukan Digital", 60, "persen"),
                [2025, 2027],
                875,
                "APBD",
            ),
            _p(
                "Perencanaan dan Penganggaran Elektronik",
                "Integrasi aplikasi perencanaan, penganggaran dan penatausahaan keuangan daerah",
                ["Bappeda", "BPKAD"],
                T("Perangkat daerah yang menyusun RKA melalui sistem terintegrasi", 100, "persen"),
                2025,
                650,
                "APBD",
                note="one marked year: gold year is an int",
            ),
        ],
    ),
    (
        "B",
        "SMART BRANDING",
        [
            _p(
                "Seruni Destinasi Pesisir",
                "Aplikasi pemandu wisata pantai dan pulau; produksi konten promosi digital; kalender event "
                "tahunan daerah",
                ["Disparbud"],
                T("Kunjungan wisatawan per tahun", 450000, "orang"),
                [2025, 2029],
                3200,
                "APBD",
            ),
            _p(
                "Sentra Kriya Anyaman Pandan",
                "Pelatihan desain dan foto produk, katalog digital motif anyaman, pendampingan pemasaran daring",
                ["Diskopukm"],
                T("Perajin anyaman yang memasarkan produk secara daring", 300, "orang"),
                [2026, 2028],
                480,
                "APBD, CSR",
            ),
            _p(
                "Penataan Kawasan Alun-Alun Seruni",
                "Penataan jalur pejalan kaki, titik wifi publik dan papan informasi digital di kawasan alun-alun",
                ["DPUPR"],
                T("Luas kawasan alun-alun yang tertata", 4.5, "hektare"),
                [2027, 2028],
                9850,
                "APBD",
            ),
        ],
    ),
    (
        "C",
        "SMART ECONOMY",
        [
            _p(
                "Pasar Ikan Higienis Digital",
                "Revitalisasi los pasar ikan, timbangan digital dan pembayaran nontunai dengan kode QR",
                ["Diskan"],
                T("Pedagang ikan yang bertransaksi nontunai", 250, "pedagang"),
                [2025, 2026],
                1875,
                "APBN (DAK)",
            ),
            _p(
                "Petani Milenial Seruni",
                "Pelatihan petani muda, aplikasi budidaya presisi dan kalender tanam berbasis data cuaca",
                ["Distan"],
                T("Petani muda yang memakai aplikasi budidaya presisi", 1000, "orang"),
                [2025, 2027],
                1100,
                "APBD",
            ),
            _p(
                "UMKM Naik Kelas Digital",
                "Pendaftaran UMKM di lokapasar, pelatihan pemasaran digital, klinik kemasan dan perizinan",
                ["Diskopukm"],
                T("UMKM yang terdaftar di lokapasar", 2500, "UMKM"),
                [2025, 2029],
                2150,
                "APBD, CSR",
            ),
            _p(
                "Kawasan Industri Perikanan Terpadu",
                "Penyiapan lahan, kajian kelayakan dan lelang kerja sama pembangunan kawasan pengolahan ikan",
                ["DPMPTSP", "Diskan"],
                T("Unit usaha pengolahan ikan yang beroperasi di kawasan", 12, "unit usaha"),
                [2027, 2029],
                45000,
                "KPBU",
            ),
        ],
    ),
    (
        "D",
        "SMART LIVING",
        [
            _p(
                "Rekam Medis Elektronik Puskesmas",
                "Pengadaan perangkat, pelatihan petugas dan integrasi RME puskesmas dengan platform nasional",
                ["Dinkes"],
                T("Puskesmas yang menerapkan RME terintegrasi", 100, "persen"),
                [2025, 2026],
                2640,
                "APBD, APBN (DAK)",
                note="Puskesmas as a place, not the owner",
            ),
            _p(
                "Peringatan Dini Banjir Rob",
                "Pemasangan sensor muka air laut dan sirene di desa pesisir; dasbor pemantauan di pusat kendali",
                ["BPBD"],
                T("Desa pesisir yang terpasang sensor muka air dan sirene", 24, "desa"),
                [2025, 2027],
                3450,
                "APBD, APBN",
            ),
            _p(
                "Angkutan Perdesaan Terjadwal",
                "Pemasangan pelacak kendaraan dan aplikasi jadwal angkutan perdesaan",
                ["Dishub"],
                T("Trayek angkutan perdesaan yang jadwalnya dapat dipantau daring", 8, "trayek"),
                [2026, 2028],
                1560,
                "APBD",
            ),
            _p(
                "PJU Cerdas",
                "Penggantian lampu PJU dengan lampu hemat energi yang dikendalikan dari pusat kendali",
                ["Dishub"],
                T("Titik PJU yang dipantau dari pusat kendali", 6000, "titik"),
                [2026, 2029],
                24500,
                "KPBU",
            ),
        ],
    ),
    (
        "E",
        "SMART SOCIETY",
        [
            _p(
                "Literasi Digital Masyarakat Pesisir",
                "Pelatihan literasi digital di perpustakaan desa dan pojok baca digital",
                ["Dispusip"],
                T("Warga yang mengikuti pelatihan literasi digital", 5000, "orang"),
                [2025, 2029],
                487.5,
                "APBD",
                note="a decimal juta value (487,5)",
            ),
            _p(
                "Beasiswa Talenta Digital",
                "Beasiswa kursus pemrograman dan desain grafis bagi lulusan SMA/SMK",
                ["Disdik"],
                T("Penerima beasiswa talenta digital", 200, "orang"),
                [2026, 2027],
                None,
                "CSR",
                note="budget truly missing: '-' (CSR)",
            ),
            _p(
                "Bantuan Sosial Nontunai Terpadu",
                "Pemutakhiran data penerima dan penyaluran bantuan sosial daerah melalui rekening bank",
                ["Dinsos"],
                T("Bantuan sosial daerah yang tersalurkan nontunai", 100, "persen"),
                [2025, 2026],
                720,
                "APBD",
            ),
        ],
    ),
    (
        "F",
        "SMART ENVIRONMENT",
        [
            _p(
                "Bank Sampah Digital",
                "Aplikasi pencatatan tabungan sampah dan pendampingan bank sampah desa",
                ["DLH"],
                T("Bank sampah yang mencatat transaksi dengan aplikasi", 60, "unit"),
                [2025, 2028],
                960,
                "APBD, CSR",
            ),
            _p(
                "Pemantauan Kualitas Air Sungai dan Pesisir",
                "Pemasangan alat pemantau kualitas air otomatis di muara sungai dan kawasan tambak",
                ["DLH"],
                None,
                [2026, 2029],
                1780,
                "APBD",
                note="target truly missing: '-' in Indikator and Target",
            ),
            _p(
                "Rehabilitasi Mangrove Berbasis Masyarakat",
                "Penanaman dan pemantauan mangrove bersama kelompok tani hutan pesisir",
                [],
                T("Luas mangrove yang direhabilitasi", 150, "hektare"),
                [2025, 2029],
                1340,
                "APBD, CSR",
                note="OPD truly missing: '-'",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, _, ps in DIMENSIONS for p in ps]


def _juta(v: float) -> str:
    return num_id(v / 1e6)


def _target_cell(t: Target) -> str:
    if t.unit == "persen":
        return f"{num_id(t.value)}%"
    return f"{num_id(t.value)} {t.unit}"


def _marks(y) -> list[str]:
    lo, hi = (y[0], y[1]) if isinstance(y, (list, tuple)) else (y, y)
    return ["V" if lo <= yr <= hi else "" for yr in YEARS]


def _row(no: int, p: Prog) -> list[str]:
    return (
        [
            str(no),
            p.name,
            p.desc,
            p.target.ind if p.target else "-",
            _target_cell(p.target) if p.target else "-",
        ]
        + _marks(p.year)
        + [
            _juta(p.budget) if p.budget is not None else "-",
            SUMBER[p.name],
            ", ".join(p.opd) if p.opd else "-",
        ]
    )


def _matrix(pdf) -> list:
    ncol = 13
    h1 = ["No", "Program", "Kegiatan/Uraian", "Indikator", "Target", "Tahun Pelaksanaan", "", "", "", ""]
    h1 += ["Estimasi Biaya (Rp juta)", "Sumber Dana", "Perangkat Daerah"]
    h2 = [""] * 5 + [str(y) for y in YEARS] + [""] * 3
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 10, 11, 12)] + [((5, 0), (9, 0))]
    no = 0
    grand = 0.0
    for letter, title, ps in DIMENSIONS:
        rows.append([letter, title] + [""] * (ncol - 2))
        spans.append(((1, len(rows)), (ncol - 1, len(rows))))
        for p in ps:
            no += 1
            rows.append(_row(no, p))
        sub = sum(p.budget for p in ps if p.budget is not None)
        grand += sub
        rows.append(["", f"Sub Total {title.title()}"] + [""] * 8 + [_juta(sub), "", ""])
        spans.append(((1, len(rows)), (9, len(rows))))
    rows.append(["", "TOTAL ESTIMASI BIAYA"] + [""] * 8 + [_juta(grand), "", ""])
    spans.append(((1, len(rows)), (9, len(rows))))
    return [pdf.SpanTable(h1, rows, spans=spans, header_rows=2, wide=True)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = [pdf.Heading(1, "DAFTAR SINGKATAN")]
    b.append(pdf.Table(["Singkatan", "Kepanjangan"], [list(g) for g in GLOSSARY]))
    b.append(pdf.PageBreak())
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Hasil pengukuran kesiapan menunjukkan bahwa infrastruktur jaringan telah menjangkau seluruh ibu "
            "kota kecamatan, tetapi belum merata hingga desa pesisir dan pulau kecil. Dari sisi suprastruktur, "
            "kabupaten telah memiliki peraturan bupati tentang SPBE dan satu data, sedangkan dari sisi "
            "struktur masih diperlukan penguatan sumber daya manusia TIK di perangkat daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Tanjung Selasih adalah "Seruni Cerdas, Pesisir Sejahtera". Strategi '
            "pembangunan diarahkan pada tiga hal: mempercepat layanan publik digital, memperkuat ekonomi "
            "perikanan dan pertanian berbasis data, serta meningkatkan ketangguhan wilayah pesisir terhadap "
            "bencana."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA AKSI SMART CITY"))
    b.append(
        pdf.Para(
            "Rencana aksi smart city Kabupaten Tanjung Selasih disusun per dimensi. Tanda V pada kolom tahun "
            "menunjukkan tahun pelaksanaan program. Estimasi biaya bersifat indikatif dan akan disesuaikan "
            "dengan kemampuan keuangan daerah setiap tahun."
        )
    )
    b.append(pdf.Para("Tabel 4.1 Matriks Rencana Aksi Smart City Kabupaten Tanjung Selasih 2025-2029"))
    b += _matrix(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Rencana aksi ini dievaluasi setiap tahun oleh Dewan Smart City. Program yang belum memiliki "
            "perangkat daerah penanggung jawab atau estimasi biaya akan dilengkapi pada reviu masterplan."
        )
    )
    return b
