"""Kota Bintang Sagara (FICTIONAL): a quick-win table grouped by year rows, stacked two-row programme
tables and cost-per-unit prose (fresh9 set).

Style: chapter IV "Rencana Program Smart City" in three presentations, as a city masterplan written by
a consultant and finished by Bappeda staff often mixes them:
  (A) "4.1 Quick Win": one table "No | Quick Win | Sasaran Terukur | Unit Kerja | Lokasi | Pagu (Rp)"
      whose rows are grouped under year rows merged across all columns but No ("PELAKSANAAN TAHUN 2026",
      "PELAKSANAAN TAHUN 2027"): the year of a quick win is stated ONLY by the group row above it (gold
      year = that year; the Sasaran Terukur names no year: gold target year None). Pagu as a bare dotted
      number ("350.000.000", the currency in the header); the numbering runs on across the groups.
      Lokasi names facilities (puskesmas, pasar, RSUD) that are never the owner. A "Jumlah" row closes
      the table.
  (B) governance, branding, economy and living: one "stacked" table per dimension, as word-processor
      tables too wide for a portrait page are often laid out: a two-row header ("No | Program dan
      Deskripsi" over "Perangkat Daerah | Target Kinerja | Waktu | Biaya Indikatif"), and for every
      programme TWO rows: the first a cell merged over the four field columns, "Program <Name>:
      <description>" (gold name = the text between "Program" and the colon), the second the fields. The
      No cell is merged over both rows. Target "75% layanan ... (2028)" (value, indicator, year in
      parentheses) or "120 koperasi ... pada akhir 2029"; Waktu "2026-28" (abbreviated end year: gold
      [2026, 2028]), "2027 s.d. 2029", "TA 2027"; money "Rp 2,5 M", "Rp 750 jt", "Rp 1.250.000.000",
      "Rp. 1.5 M" once (a decimal point, as English-trained consultants type it: 1,5 miliar).
      Two owners in one cell joined by "dan" once.
  (C) society and environment: one paragraph per programme under a numbered sub-heading "4.6.1 <Name>"
      (no "Program" word in the heading), the cost written as unit cost x volume WITH its total
      ("Rp 25 juta per sekolah untuk 60 sekolah, sehingga total kebutuhan Rp 1,5 miliar": gold budget =
      the total), the years as "dimulai pada 2027 dan berlangsung tiga tahun (2027-2029)", the owner as
      "Pengampu program: ..." or "... menjadi pengampu, bekerja sama dengan ..." (partners never the
      owner). The unit counts of the cost sentence (60 sekolah) are not the target unless the target
      sentence says so.
Quick wins are kind "Quick win". Four fields are truly missing: a quick win's pagu ("Hibah CSR - nilai
belum ditentukan"), a stacked-table programme's owner ("Menunggu Perwal pembentukan UPTD"), a living
programme's year (Waktu "Menyesuaikan jadwal pembangunan terminal"; its target names no year) and a
prose programme's target ("indikator kinerjanya masih dirumuskan bersama ...").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p32_tumpuk_bintang_sagara",
    name="Kota Bintang Sagara",
    period="2026-2030",
    style="quick-win table grouped by year rows, stacked two-row programme tables, cost-per-unit prose",
    split="fresh9",
    intro=[
        "Kota Bintang Sagara adalah kota pelabuhan dan perdagangan di pesisir utara dengan tujuh kecamatan "
        "dan 48 kelurahan. Pertumbuhan kawasan pergudangan, pelabuhan penyeberangan dan pusat perbelanjaan "
        "membawa kemacetan, genangan dan tekanan pada layanan publik.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini bersama Dewan "
        "Smart City, Tim Pelaksana dan tenaga ahli pendamping. Program disusun per dimensi dan diawali "
        "dengan quick win yang dapat dirasakan warga dalam dua tahun pertama.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    """The amount a money phrase of this plan states (a check that text and record agree)."""
    s = s.replace("Rp.", "Rp").strip()
    m = re.fullmatch(r"(?:Rp )?([\d.,]+)( M| jt| juta| miliar)?", s)
    assert m, s
    num, unit = m.group(1), (m.group(2) or "").strip()
    if unit == "" or (unit == "M" and "," not in num and num.count(".") == 1 and len(num.split(".")[1]) != 3):
        if unit == "M":  # "1.5 M": a decimal point
            return float(num) * 1e9
        return float(num.replace(".", ""))
    v = float(num.replace(".", "").replace(",", "."))
    return v * {"M": 1e9, "miliar": 1e9, "jt": 1e6, "juta": 1e6}[unit]


def _tv(t: Target) -> str:
    """Value with the indicator: '85% aduan warga ...', '12 puskesmas yang ...' (ind starts with the unit)."""
    if t.unit == "persen":
        return f"{num_id(t.value)}% {t.ind}"
    assert t.ind.startswith(t.unit + " "), t.ind
    return f"{num_id(t.value)} {t.ind}"


# ------------------------------------------------------------------ (A) quick wins grouped by year
def _q(name, year, opd, target, lokasi, budget, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "table", quick_win=True, kind="Quick win", v="qw-year-group")
    p.note = note
    INFO[name] = dict(lokasi=lokasi)
    return p


QW = [
    _q(
        "Pengaduan Warga Satu Pintu Sagara",
        2026,
        ["Dinas Komunikasi dan Informatika"],
        T("aduan warga yang ditindaklanjuti paling lambat 3 hari kerja", 85, "persen"),
        "Command center Balai Kota",
        350e6,
    ),
    _q(
        "Pendaftaran Puskesmas Daring",
        2026,
        ["Dinas Kesehatan"],
        T("puskesmas yang menerima pendaftaran pasien secara daring", 12, "puskesmas"),
        "12 puskesmas dan RSUD Bintang Sagara",
        285e6,
        note="puskesmas and RSUD only in Lokasi",
    ),
    _q(
        "Parkir Tepi Jalan Nontunai",
        2026,
        ["Dinas Perhubungan"],
        T("titik parkir tepi jalan yang menerima pembayaran QRIS", 140, "titik parkir"),
        "Koridor Jalan Pelabuhan dan Jalan Niaga",
        410e6,
    ),
    _q(
        "Wifi Taman Kota",
        2026,
        ["Dinas Komunikasi dan Informatika"],
        T("taman kota yang dilengkapi wifi publik", 9, "taman"),
        "Taman Alun-Alun, Taman Dermaga dan 7 taman kelurahan",
        None,
        note="budget truly missing: 'Hibah CSR - nilai belum ditentukan'",
    ),
    _q(
        "Pasar Rakyat Nontunai",
        2027,
        ["Dinas Perdagangan dan Perindustrian"],
        T("pedagang pasar yang memakai pembayaran digital", 1500, "pedagang"),
        "Pasar Sentral, Pasar Ikan dan Pasar Pagi",
        195e6,
    ),
    _q(
        "Layanan Adminduk Keliling Kelurahan",
        2027,
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        T("kelurahan yang dikunjungi layanan adminduk keliling setiap bulan", 48, "kelurahan"),
        "Kantor kelurahan dan sekolah menengah",
        260e6,
    ),
]


def _qw_table(pdf) -> list:
    hdr = ["No", "Quick Win", "Sasaran Terukur", "Unit Kerja", "Lokasi", "Pagu (Rp)"]
    rows, spans, n, total = [], [], 0, 0
    for year in (2026, 2027):
        rows.append(["", f"PELAKSANAAN TAHUN {year}", "", "", "", ""])
        spans.append(((1, len(rows)), (5, len(rows))))
        for p in QW:
            if p.year != year:
                continue
            n += 1
            pagu = "Hibah CSR - nilai belum ditentukan" if p.budget is None else num_id(p.budget)
            total += p.budget or 0
            rows.append([str(n), p.name, _tv(p.target), p.opd[0], INFO[p.name]["lokasi"], pagu])
    rows.append(["", "Jumlah", "", "", "", num_id(total)])
    spans.append(((1, len(rows)), (4, len(rows))))
    return [pdf.SpanTable(hdr, rows, caption="Tabel 4.1 Quick Win Kota Bintang Sagara 2026-2027", spans=spans)]


# ------------------------------------------------------------------ (B) stacked two-row tables
def _s(name, desc, opd, target, tcell, year, wcell, budget, bcell, *, ocell=None, note=""):
    p = Prog(name, desc, list(opd), target, year, budget, "stacked", v="stacked", note=note)
    if budget is not None:
        assert abs(rupiah(bcell) - budget) < 1, (bcell, budget)
    INFO[name] = dict(tcell=tcell, wcell=wcell, bcell=bcell, ocell=ocell or " dan ".join(opd))
    return p


GOV = [
    _s(
        "Satu Data Bintang Sagara",
        "membangun portal data terpadu, menetapkan walidata pada Bappeda dan produsen data pada setiap "
        "perangkat daerah serta menyusun kalender rilis data tahunan",
        ["Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika"],
        T("perangkat daerah yang merilis data sesuai standar", 75, "persen", 2028),
        "75% perangkat daerah yang merilis data sesuai standar (2028)",
        [2026, 2028],
        "2026-28",
        2.5e9,
        "Rp 2,5 M",
        note="two owners joined by 'dan'; Waktu with an abbreviated end year",
    ),
    _s(
        "Manajemen Kinerja ASN Elektronik",
        "mencatat sasaran kinerja, log harian dan penilaian pegawai dalam satu aplikasi yang terhubung "
        "dengan data kepegawaian dan tambahan penghasilan",
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
        T("ASN yang menilai kinerja secara elektronik", 100, "persen", 2027),
        "100% ASN yang menilai kinerja secara elektronik (2027)",
        2027,
        "TA 2027",
        750e6,
        "Rp 750 jt",
    ),
    _s(
        "Mal Pelayanan Publik Virtual",
        "menghadirkan layanan perizinan, kependudukan, pajak daerah dan BPJS dalam satu aplikasi dengan "
        "antrean dan konsultasi daring",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("jenis layanan yang tersedia di mal pelayanan publik virtual", 60, "jenis layanan", 2029),
        "60 jenis layanan yang tersedia di mal pelayanan publik virtual pada akhir 2029",
        [2027, 2029],
        "2027 s.d. 2029",
        1.25e9,
        "Rp 1.250.000.000",
    ),
]

BRAND = [
    _s(
        "Sagara Heritage Trail Digital",
        "memasang penanda QR dan narasi audio pada bangunan cagar budaya kawasan kota lama serta memetakan "
        "jalur jalan kaki wisata sejarah",
        ["Dinas Pariwisata dan Kebudayaan"],
        T("bangunan cagar budaya yang dilengkapi narasi digital", 35, "bangunan", 2027),
        "35 bangunan cagar budaya yang dilengkapi narasi digital (2027)",
        [2026, 2027],
        "2026-27",
        1.5e9,
        "Rp. 1.5 M",
        note="'Rp. 1.5 M' with a decimal point = 1,5 miliar",
    ),
    _s(
        "Katalog Produk Unggulan Pelabuhan",
        "menyusun katalog daring produk olahan ikan, kerajinan kerang dan kuliner khas yang dapat dipesan "
        "oleh penumpang kapal dan pembeli dari luar daerah",
        ["Dinas Koperasi dan Usaha Mikro"],
        T("produk unggulan yang terdaftar di katalog daring", 250, "produk", 2028),
        "250 produk unggulan yang terdaftar di katalog daring (2028)",
        [2027, 2028],
        "2027-28",
        620e6,
        "Rp 620 jt",
    ),
]

ECON = [
    _s(
        "Koperasi Digital Nelayan dan Buruh Pelabuhan",
        "mendigitalkan pembukuan, simpan pinjam dan laporan rapat anggota koperasi nelayan dan buruh "
        "pelabuhan dengan pendampingan dari perguruan tinggi",
        ["Dinas Koperasi dan Usaha Mikro"],
        T("koperasi yang memakai pembukuan digital", 120, "koperasi", 2029),
        "120 koperasi yang memakai pembukuan digital pada akhir 2029",
        [2027, 2029],
        "2027 s.d. 2029",
        1.8e9,
        "Rp 1,8 M",
    ),
    _s(
        "Sistem Logistik Pergudangan Terpadu",
        "menghubungkan data keluar-masuk barang pergudangan kawasan pelabuhan dengan sistem perizinan dan "
        "pengaturan jam bongkar muat truk",
        [],
        T("gudang yang melaporkan arus barang secara daring", 80, "gudang", 2029),
        "80 gudang yang melaporkan arus barang secara daring (2029)",
        [2028, 2029],
        "2028-29",
        3.4e9,
        "Rp 3.400.000.000",
        ocell="Menunggu Perwal pembentukan UPTD Logistik",
        note="OPD truly missing: the owner awaits a Perwal",
    ),
    _s(
        "Inkubator Startup Maritim",
        "menyediakan ruang kerja bersama, mentor dan kompetisi ide bagi usaha rintisan di bidang perikanan, "
        "logistik dan pariwisata bahari",
        ["Dinas Tenaga Kerja"],
        T("startup maritim yang lulus inkubasi", 30, "startup", 2030),
        "30 startup maritim yang lulus inkubasi (2030)",
        [2028, 2030],
        "2028-30",
        2.1e9,
        "Rp 2,1 M",
    ),
]

LIVING = [
    _s(
        "Rujukan Pasien Terintegrasi",
        "menghubungkan puskesmas, klinik swasta dan RSUD Bintang Sagara dalam satu sistem rujukan dengan "
        "informasi ketersediaan tempat tidur secara langsung",
        ["Dinas Kesehatan"],
        T("rujukan pasien yang diproses secara daring", 90, "persen", 2028),
        "90% rujukan pasien yang diproses secara daring (2028)",
        [2026, 2028],
        "2026-28",
        2.75e9,
        "Rp 2,75 M",
        note="RSUD in the description, never the owner",
    ),
    _s(
        "Bus Kota Terpantau",
        "memasang pelacak lokasi dan kamera pada armada bus kota serta menampilkan waktu kedatangan di "
        "halte dan aplikasi",
        ["Dinas Perhubungan"],
        T("halte yang menampilkan waktu kedatangan bus", 45, "halte"),
        "45 halte yang menampilkan waktu kedatangan bus",
        None,
        "Menyesuaikan jadwal pembangunan terminal terpadu",
        1.9e9,
        "Rp 1,9 M",
        note="year truly missing: Waktu follows the terminal's construction; target names no year",
    ),
    _s(
        "Peta Genangan dan Drainase Kota",
        "memetakan saluran drainase, pintu air dan titik genangan dalam sistem informasi geografis yang "
        "diperbarui petugas lapangan",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("kelurahan dengan peta drainase digital", 48, "kelurahan", 2027),
        "48 kelurahan dengan peta drainase digital (2027)",
        2027,
        "TA 2027",
        540e6,
        "Rp 540 jt",
    ),
]

STACKED = [
    ("Smart Governance", GOV, "tata kelola pemerintahan yang berbasis data dan layanan terpadu"),
    ("Smart Branding", BRAND, "citra kota pelabuhan bersejarah dan produk unggulan daerah"),
    ("Smart Economy", ECON, "ekosistem usaha maritim, koperasi dan logistik"),
    ("Smart Living", LIVING, "layanan kesehatan, transportasi kota dan pengendalian genangan"),
]


def _stacked_table(pdf, k: int, dim: str, ps: list) -> list:
    hdr = ["No", "Program dan Deskripsi", "", "", ""]
    rows = [["", "Perangkat Daerah", "Target Kinerja", "Waktu", "Biaya Indikatif"]]
    spans = [((0, 0), (0, 1)), ((1, 0), (4, 0))]
    for i, p in enumerate(ps, start=1):
        f = INFO[p.name]
        r = len(rows) + 1  # grid row of the programme's first row (row 0 = header)
        rows.append([str(i), f"Program {p.name}: {p.desc}.", "", "", ""])
        rows.append(["", f["ocell"], f["tcell"], f["wcell"], f["bcell"]])
        spans += [((0, r), (0, r + 1)), ((1, r), (4, r))]
    cap = f"Tabel 4.{k} Rencana Program Dimensi {dim}"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans, header_rows=2)]


# ------------------------------------------------------------------ (C) prose with unit costs
PROSE = [
    Prog(
        "Sekolah Terhubung Sagara",
        "",
        ["Dinas Pendidikan"],
        T("sekolah dasar dan menengah pertama yang memiliki internet minimal 50 Mbps", 60, "sekolah", 2029),
        [2027, 2029],
        1.5e9,
        "",
        v="prose",
    ),
    Prog(
        "Ronda Digital Kelurahan",
        "",
        ["Satuan Polisi Pamong Praja"],
        T("kelurahan yang memiliki kamera pemantau lingkungan terhubung", 24, "kelurahan", 2028),
        [2026, 2028],
        1.2e9,
        "",
        v="prose",
        note="partners (RW, Polsek) never the owner",
    ),
    Prog(
        "Ruang Belajar Digital Perpustakaan Kota",
        "",
        ["Dinas Perpustakaan dan Kearsipan"],
        None,
        [2028, 2029],
        720e6,
        "",
        v="prose",
        note="target truly missing: indicator still being formulated",
    ),
    Prog(
        "Sensor Kualitas Udara Kawasan Pelabuhan",
        "",
        ["Dinas Lingkungan Hidup"],
        T("sensor kualitas udara yang mengirim data setiap jam", 15, "sensor", 2027),
        2027,
        675e6,
        "",
        v="prose",
    ),
    Prog(
        "Bank Sampah Digital",
        "",
        ["Dinas Lingkungan Hidup"],
        T("nasabah bank sampah yang tercatat dalam aplikasi", 6000, "nasabah", 2030),
        [2028, 2030],
        960e6,
        "",
        v="prose",
    ),
]


def _prose(p: Prog) -> str:
    n = p.name
    if n.startswith("Sekolah"):
        return (
            "Masih banyak sekolah di kecamatan pinggiran yang hanya mengandalkan paket data guru. Program ini "
            "menyediakan sambungan internet sekolah dan perangkat kelas digital. Pengampu program: Dinas "
            "Pendidikan, dengan dukungan teknis Dinas Komunikasi dan Informatika. Program dimulai pada 2027 dan "
            "berlangsung tiga tahun (2027-2029). Kebutuhan biaya dihitung Rp 25 juta per sekolah untuk 60 "
            "sekolah, sehingga total kebutuhan Rp 1,5 miliar. Target pada 2029: 60 sekolah dasar dan menengah "
            "pertama yang memiliki internet minimal 50 Mbps."
        )
    if n.startswith("Ronda"):
        return (
            "Satuan Polisi Pamong Praja menjadi pengampu, bekerja sama dengan pengurus RW dan Polsek setempat. "
            "Program ini memasang kamera pemantau di gang dan pos ronda yang terhubung ke ruang kendali kota. "
            "Pelaksanaannya berlangsung sejak 2026 hingga 2028 dan ditargetkan mencakup 24 kelurahan yang "
            "memiliki kamera pemantau lingkungan terhubung pada 2028. Biaya satuan Rp 50 juta per kelurahan "
            "untuk 24 kelurahan, total Rp 1,2 miliar."
        )
    if n.startswith("Ruang"):
        return (
            "Perpustakaan kota akan dilengkapi ruang belajar digital berisi komputer, koleksi buku elektronik "
            "dan kelas keterampilan digital bagi pelajar dan pencari kerja. Pengampu program: Dinas "
            "Perpustakaan dan Kearsipan. Program dijadwalkan pada 2028-2029 dengan kebutuhan Rp 18 juta per "
            "unit komputer untuk 40 unit, total Rp 720 juta. Indikator kinerjanya masih dirumuskan bersama "
            "Dewan Smart City dan akan ditetapkan dalam Renja perangkat daerah."
        )
    if n.startswith("Sensor"):
        return (
            "Aktivitas bongkar muat dan truk pengangkut membuat kualitas udara di sekitar pelabuhan menurun. "
            "Dinas Lingkungan Hidup menjadi pengampu program ini, bekerja sama dengan otoritas pelabuhan "
            "sebagai penyedia lokasi. Program dilaksanakan pada tahun anggaran 2027 dengan biaya Rp 45 juta "
            "per sensor untuk 15 sensor (total Rp 675 juta). Target: 15 sensor kualitas udara yang mengirim "
            "data setiap jam pada 2027."
        )
    return (
        "Program ini mencatat setoran sampah terpilah warga, saldo tabungan sampah dan penjualan ke pengepul "
        "dalam satu aplikasi. Pengampu program: Dinas Lingkungan Hidup, dengan mitra komunitas bank sampah "
        "dan pengepul swasta. Program dimulai pada 2028 dan berlangsung tiga tahun (2028-2030). Kebutuhan "
        "biaya Rp 24 juta per bank sampah untuk 40 bank sampah, sehingga total kebutuhan Rp 960 juta. Target: "
        "6.000 nasabah bank sampah yang tercatat dalam aplikasi pada 2030."
    )


def programmes() -> list[Prog]:
    return QW + [p for _, ps, _ in STACKED for p in ps] + PROSE


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Analisis kesiapan menunjukkan jaringan serat optik telah menjangkau seluruh kantor kecamatan, "
            "tetapi data sektoral masih tersebar di masing-masing perangkat daerah. Survei persepsi warga "
            "tahun 2025 menempatkan pelayanan perizinan, antrean kesehatan dan genangan sebagai tiga keluhan "
            "utama."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI DAN STRATEGI"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Bintang Sagara adalah "Sagara Cerdas, Terbuka dan Berdaya Saing". Strategi '
            "ditempuh melalui quick win pada 2026-2027 dan program pengembangan per dimensi hingga 2030."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Bab ini memuat quick win dan program pengembangan smart city Kota Bintang Sagara. Quick win "
            "dikelompokkan menurut tahun pelaksanaannya. Program dimensi tata kelola, branding, ekonomi dan "
            "kehidupan disajikan dalam tabel bertumpuk: baris pertama memuat nama dan deskripsi program, baris "
            "kedua memuat perangkat daerah, target, waktu dan biaya indikatif."
        )
    )
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b += _qw_table(pdf)
    b.append(pdf.PageBreak())
    for k, (dim, ps, focus) in enumerate(STACKED, start=2):
        if k == 4:  # economy and living on a new page (no caption left alone at a page foot)
            b.append(pdf.PageBreak())
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        b.append(pdf.Para(f"Program dimensi {dim} diarahkan pada {focus}."))
        b += _stacked_table(pdf, k, dim, ps)
    b.append(pdf.Heading(2, "4.6 Dimensi Smart Society"))
    b.append(
        pdf.Para(
            "Dimensi masyarakat diarahkan pada akses belajar digital dan keamanan lingkungan permukiman. "
            "Kebutuhan biaya setiap program dihitung dari biaya satuan dikalikan volume."
        )
    )
    for i, p in enumerate(PROSE[:3], start=1):
        b.append(pdf.Heading(3, f"4.6.{i} {p.name}"))
        b.append(pdf.Para(_prose(p)))
    b.append(pdf.Heading(2, "4.7 Dimensi Smart Environment"))
    b.append(pdf.Para("Dimensi lingkungan difokuskan pada kualitas udara kawasan pelabuhan dan pengelolaan sampah."))
    for i, p in enumerate(PROSE[3:], start=1):
        b.append(pdf.Heading(3, f"4.7.{i} {p.name}"))
        b.append(pdf.Para(_prose(p)))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Program dalam masterplan ini dijabarkan ke dalam RKPD dan Renja perangkat daerah setiap tahun. "
            "Nilai yang belum ditetapkan dilengkapi pada reviu tahunan oleh Dewan Smart City."
        )
    )
    return b
