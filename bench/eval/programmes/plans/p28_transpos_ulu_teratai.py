"""Kabupaten Ulu Teratai (FICTIONAL): transposed programme profile tables, one per dimension (fresh7 set).

Style: chapter IV gives each dimension one "Profil Program" table in which the programmes are the
COLUMNS and the fields are the ROWS, as consultants' masterplans lay out side-by-side programme
profiles: a header "Uraian | Program 1 | Program 2 | ..." (the column heads are only labels: "Program
1", "B-1", "E.1", "Program L3 (QW)", "S-01", "LH-1", never the name), then one row per field, the name
in a row "Nama Program" / "Program". Each dimension's table has its own row labels and row order:
  governance: Nama Program | Kategori (Quick Win / Reguler: gold quick_win) | Elemen | Indikator Kinerja
      | Target Akhir ("85% (2027)") | Tahun Pelaksanaan ("2025-2027") | Perkiraan Biaya (Rp) (a bare
      dotted number) | Sumber Dana | Perangkat Daerah Pengampu (full names; two joined by "dan" once);
  branding: Program | Penanggung Jawab | Periode ("TA 2026 - TA 2028") | Indikator dan Target ("Target
      2028: 30 calon investor ...") | Kebutuhan Dana (Rp juta) | Mitra (partners, never the owner) |
      Status ("Quick Win" or "-");
  economy: Nama Program | OPD Pelaksana | Indikator Kinerja | Satuan | Kondisi Awal 2024 (a baseline,
      never the target) | Target Akhir ("6.000 (2026)": value and year; the unit is the Satuan row) |
      Waktu Pelaksanaan | Pagu 2025 .. Pagu 2029 (Rp juta, "-" outside the programme's years) | Total
      Pagu (Rp juta): gold budget = the total, budget_per_year = the year rows;
  living: the owner row first, "Perangkat Daerah Penanggung Jawab | Nama Program | Waktu ("Semester II
      2025 s.d. Semester I 2027": gold year [2025, 2027]) | Sasaran Kuantitatif ("14 puskesmas ...
      (Juni 2027)") | Anggaran ("Rp 2,4 M", "Rp 850 jt", "Rp 1.200.000.000")"; a quick win marked only in
      its column head "Program L3 (QW)"; one Anggaran cell says "lihat catatan a)" and the note under
      the table gives the amount ("a) Anggaran Program ... sebesar Rp 415 juta, terdiri atas ...": gold
      budget 415 juta);
  society: Nama Program | Kode PD Pengampu | Kode PD Pendukung | Output | Target Outcome ("60 sekolah
      ... (2027)") | Jadwal ("2025 - 2027") | Estimasi Biaya ("IDR 3,6 miliar", "IDR 950 juta");
  environment: Nama Program | Tujuan | KPI | Baseline ("4 desa (2024)") | Target ("28 desa": no year,
      gold target year None) | Tahun Mulai | Tahun Selesai | Biaya ("Rp 1.650.000.000,-") | PD Pengampu
      (kode).
In society and environment the owner is a CODE ("PD-05") that "Tabel 4.1 Kode Perangkat Daerah" at the
start of chapter IV expands: gold opd = the legend's agency name (the code is not a name); the
"Kode PD Pendukung" agencies are never the owner. Four programmes truly lack one field: an owner
(governance, "Menunggu penetapan Perbup tentang SOTK"), a year (branding, Periode "Menyesuaikan
kesiapan mitra pendamping"; its target names no year), a target (economy, Target Akhir "Menunggu hasil
survei data dasar", Satuan and Kondisi Awal "-") and a budget (environment, Biaya "Dihitung dalam
penyusunan DED").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p28_transpos_ulu_teratai",
    name="Kabupaten Ulu Teratai",
    period="2025-2029",
    style="transposed profile tables (programmes as columns, fields as rows), agency codes with a legend",
    split="fresh7",
    intro=[
        "Kabupaten Ulu Teratai terletak di hulu sungai dengan danau besar yang ditumbuhi teratai di tengah "
        "wilayahnya. Perkebunan karet dan kelapa sawit, perikanan danau dan pariwisata menjadi sumber "
        "penghidupan warga, sementara desa-desa pedalaman masih sulit dijangkau layanan kesehatan, pendidikan "
        "dan jaringan internet.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk periode "
        "lima tahun. Setiap program smart city diringkas dalam tabel profil program per dimensi pada Bab IV.",
    ],
)

T = Target
YEARS = (2025, 2026, 2027, 2028, 2029)
PD = [
    ("PD-01", "Badan Perencanaan Pembangunan Daerah"),
    ("PD-02", "Dinas Komunikasi dan Informatika"),
    ("PD-03", "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("PD-04", "Dinas Kesehatan"),
    ("PD-05", "Dinas Pendidikan dan Kebudayaan"),
    ("PD-06", "Dinas Perhubungan"),
    ("PD-07", "Dinas Pariwisata, Pemuda dan Olahraga"),
    ("PD-08", "Dinas Lingkungan Hidup"),
    ("PD-09", "Dinas Sosial"),
    ("PD-10", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("PD-11", "Satuan Polisi Pamong Praja"),
    ("PD-12", "Badan Penanggulangan Bencana Daerah"),
]
CODE = {n: c for c, n in PD}
NAME = dict(PD)
INFO: dict[str, dict] = {}


def _p(name, opd, target, year, budget, *, qw=False, per_year=None, note="", **info):
    if per_year:
        per_year = {y: v * 1e6 for y, v in per_year.items()}
        budget = sum(per_year.values())
    p = Prog(name, "", list(opd), target, year, budget, "", budget_per_year=per_year, quick_win=qw, note=note)
    INFO[name] = info
    return p


def _val(v: float, unit: str) -> str:
    return f"{num_id(v)}%" if unit == "persen" else f"{num_id(v)} {unit}"


def _ind(t: Target) -> str:
    """The indicator without its leading unit word: '120 desa memakai ...' is written value + ind."""
    return t.ind[len(t.unit) + 1 :] if t.unit != "persen" and t.ind.startswith(t.unit + " ") else t.ind


# ------------------------------------------------------------------ governance
GOV = [
    _p(
        "Sistem Informasi Desa Terpadu",
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        T("desa yang memakai sistem informasi desa", 120, "desa", 2027),
        [2025, 2027],
        1.25e9,
        elemen="Pelayanan Publik",
        ind="Jumlah desa yang memakai sistem informasi desa",
        sumber="APBD",
    ),
    _p(
        "Tanda Tangan Elektronik Pejabat",
        ["Dinas Komunikasi dan Informatika"],
        T("pejabat struktural yang memakai tanda tangan elektronik", 100, "persen", 2025),
        2025,
        185e6,
        qw=True,
        elemen="Manajemen Birokrasi",
        ind="Persentase pejabat struktural yang memakai tanda tangan elektronik",
        sumber="APBD",
    ),
    _p(
        "Musrenbang Daring",
        ["Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika"],
        T("usulan musrenbang desa yang diajukan secara daring", 90, "persen", 2026),
        [2025, 2026],
        420e6,
        elemen="Kebijakan Publik",
        ind="Persentase usulan musrenbang desa yang diajukan secara daring",
        sumber="APBD",
        note="two agencies joined by 'dan'",
    ),
    _p(
        "Mal Pelayanan Publik Ulu Teratai",
        [],
        T("jenis layanan yang tersedia di mal pelayanan publik", 150, "layanan", 2028),
        [2026, 2028],
        4.8e9,
        elemen="Pelayanan Publik",
        ind="Jenis layanan yang tersedia di mal pelayanan publik",
        sumber="APBD dan DAK",
        note="OPD truly missing: 'Menunggu penetapan Perbup tentang SOTK'",
    ),
]


def _gov_table(pdf, cap: str) -> list:
    ps = GOV
    hdr = ["Uraian"] + [f"Program {i}" for i in range(1, len(ps) + 1)]

    def yr(p):
        return f"{p.year[0]}-{p.year[1]}" if isinstance(p.year, list) else str(p.year)

    rows = [
        ["Nama Program"] + [p.name for p in ps],
        ["Kategori"] + ["Quick Win" if p.quick_win else "Reguler" for p in ps],
        ["Elemen"] + [INFO[p.name]["elemen"] for p in ps],
        ["Indikator Kinerja"] + [INFO[p.name]["ind"] for p in ps],
        ["Target Akhir"] + [f"{_val(p.target.value, p.target.unit)} ({p.target.year})" for p in ps],
        ["Tahun Pelaksanaan"] + [yr(p) for p in ps],
        ["Perkiraan Biaya (Rp)"] + [num_id(p.budget) for p in ps],
        ["Sumber Dana"] + [INFO[p.name]["sumber"] for p in ps],
        ["Perangkat Daerah Pengampu"]
        + [" dan ".join(p.opd) if p.opd else "Menunggu penetapan Perbup tentang SOTK" for p in ps],
    ]
    return [pdf.Table(hdr, rows, caption=cap)]


# ------------------------------------------------------------------ branding
BRAND = [
    _p(
        "Desa Wisata Danau Teratai Daring",
        ["Dinas Pariwisata, Pemuda dan Olahraga"],
        T("desa wisata yang memiliki pemesanan paket wisata daring", 25, "desa wisata", 2026),
        [2025, 2026],
        650e6,
        qw=True,
        mitra="Kelompok sadar wisata (Pokdarwis) dan BUMDes pengelola desa wisata",
        note="an agency name holding a comma",
    ),
    _p(
        "Promosi Investasi Perkebunan Daring",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("calon investor yang mengajukan minat investasi melalui portal", 30, "calon investor", 2028),
        [2026, 2028],
        900e6,
        mitra="Kamar Dagang dan Industri (Kadin) Kabupaten Ulu Teratai",
        note="Kadin as partner, never the owner",
    ),
    _p(
        "Penanda Digital Situs Budaya",
        ["Dinas Pendidikan dan Kebudayaan"],
        T("situs budaya yang dipasangi penanda digital berkode QR", 40, "situs budaya"),
        None,
        380e6,
        mitra="Universitas Ulu Teratai; komunitas pemerhati sejarah",
        note="year truly missing: 'Menyesuaikan kesiapan mitra pendamping'; target names no year",
    ),
]


def _brand_table(pdf, cap: str) -> list:
    ps = BRAND
    hdr = ["Komponen"] + [f"B-{i}" for i in range(1, len(ps) + 1)]

    def periode(p):
        if p.year is None:
            return "Menyesuaikan kesiapan mitra pendamping"
        return f"TA {p.year[0]} - TA {p.year[1]}" if isinstance(p.year, list) else f"TA {p.year}"

    def target(p):
        t = p.target
        s = f"{num_id(t.value)} {t.unit} {_ind(t)}" if t.unit != "persen" else f"{num_id(t.value)}% {t.ind}"
        return f"Target {t.year}: {s}" if t.year else f"Target: {s}"

    rows = [
        ["Program"] + [p.name for p in ps],
        ["Penanggung Jawab"] + [p.opd[0] for p in ps],
        ["Periode"] + [periode(p) for p in ps],
        ["Indikator dan Target"] + [target(p) for p in ps],
        ["Kebutuhan Dana (Rp juta)"] + [num_id(p.budget / 1e6) for p in ps],
        ["Mitra"] + [INFO[p.name]["mitra"] for p in ps],
        ["Status"] + ["Quick Win" if p.quick_win else "-" for p in ps],
    ]
    return [pdf.Table(hdr, rows, caption=cap)]


# ------------------------------------------------------------------ economy
ECON = [
    _p(
        "Harga Komoditas Karet dan Sawit Harian",
        ["Dinas Perkebunan dan Peternakan"],
        T("petani pekebun yang menerima informasi harga harian", 6000, "petani", 2026),
        [2025, 2026],
        None,
        per_year={2025: 350, 2026: 250},
        ind="Petani pekebun yang menerima informasi harga harian",
        awal="0",
    ),
    _p(
        "Pasar Ikan Higienis Nontunai",
        ["Dinas Perikanan"],
        T("pedagang pasar ikan yang menerima pembayaran nontunai", 70, "persen", 2028),
        [2026, 2028],
        None,
        per_year={2026: 400, 2027: 550, 2028: 300},
        ind="Persentase pedagang pasar ikan yang menerima pembayaran nontunai",
        awal="5",
    ),
    _p(
        "Koperasi Digital Petani",
        ["Dinas Koperasi, Usaha Kecil dan Menengah"],
        None,
        [2027, 2029],
        None,
        per_year={2027: 300, 2028: 300, 2029: 250},
        ind="Koperasi petani yang memakai aplikasi pembukuan digital",
        awal="-",
        note="target truly missing: 'Menunggu hasil survei data dasar'",
    ),
]


def _econ_table(pdf, cap: str) -> list:
    ps = ECON
    hdr = ["Uraian"] + [f"E.{i}" for i in range(1, len(ps) + 1)]

    def target(p):
        t = p.target
        return "Menunggu hasil survei data dasar" if t is None else f"{num_id(t.value)} ({t.year})"

    def satuan(p):
        t = p.target
        return "-" if t is None else ("%" if t.unit == "persen" else t.unit)

    rows = [
        ["Nama Program"] + [p.name for p in ps],
        ["OPD Pelaksana"] + [p.opd[0] for p in ps],
        ["Indikator Kinerja"] + [INFO[p.name]["ind"] for p in ps],
        ["Satuan"] + [satuan(p) for p in ps],
        ["Kondisi Awal 2024"] + [INFO[p.name]["awal"] for p in ps],
        ["Target Akhir"] + [target(p) for p in ps],
        ["Waktu Pelaksanaan"] + [f"{p.year[0]}-{p.year[1]}" for p in ps],
    ]
    for y in YEARS:
        rows.append(
            [f"Pagu {y} (Rp juta)"]
            + [num_id(p.budget_per_year[y] / 1e6) if y in p.budget_per_year else "-" for p in ps]
        )
    rows.append(["Total Pagu (Rp juta)"] + [num_id(p.budget / 1e6) for p in ps])
    return [pdf.Table(hdr, rows, caption=cap)]


# ------------------------------------------------------------------ living
LIVING = [
    _p(
        "Telemedisin Puskesmas Pedalaman",
        ["Dinas Kesehatan"],
        T("puskesmas pedalaman yang melayani telekonsultasi", 14, "puskesmas", 2027),
        [2025, 2027],
        2.4e9,
        waktu=((2, 2025), (1, 2027)),
        bulan="Juni",
        money="M",
    ),
    _p(
        "Rumah Tidak Layak Huni Terdata",
        ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
        T("rumah tidak layak huni yang terdata dan terverifikasi", 3200, "rumah", 2026),
        2026,
        850e6,
        waktu=((1, 2026), (2, 2026)),
        bulan="Desember",
        money="jt",
        note="Semester I 2026 s.d. Semester II 2026: gold year 2026",
    ),
    _p(
        "Jadwal Kapal Penyeberangan Danau",
        ["Dinas Perhubungan"],
        T("dermaga yang menampilkan jadwal kapal secara daring", 6, "dermaga", 2025),
        2025,
        415e6,
        qw=True,
        waktu=((1, 2025), (2, 2025)),
        bulan="Desember",
        money="note",
        note="quick win only in the column head '(QW)'; budget only in the note under the table",
    ),
    _p(
        "Air Minum Desa Terpantau",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("sistem penyediaan air minum desa yang terpantau meter air pintar", 45, "sistem", 2029),
        [2027, 2029],
        1.2e9,
        waktu=((1, 2027), (2, 2029)),
        bulan="Desember",
        money="dots",
        note="a water company named in the description only as a partner",
    ),
]


def _living_table(pdf, cap: str) -> list:
    ps = LIVING
    hdr = [""] + [f"Program L{i}" + (" (QW)" if p.quick_win else "") for i, p in enumerate(ps, start=1)]
    roman = {1: "I", 2: "II"}

    def waktu(p):
        (sa, ya), (sb, yb) = INFO[p.name]["waktu"]
        return f"Semester {roman[sa]} {ya} s.d. Semester {roman[sb]} {yb}"

    def sasaran(p):
        t = p.target
        return f"{num_id(t.value)} {t.unit} {_ind(t)} ({INFO[p.name]['bulan']} {t.year})"

    def money(p):
        m = INFO[p.name]["money"]
        if m == "M":
            return f"Rp {num_id(p.budget / 1e9)} M"
        if m == "jt":
            return f"Rp {num_id(p.budget / 1e6)} jt"
        if m == "dots":
            return f"Rp {num_id(p.budget)}"
        return "lihat catatan a)"

    rows = [
        ["Perangkat Daerah Penanggung Jawab"] + [p.opd[0] for p in ps],
        ["Nama Program"] + [p.name for p in ps],
        ["Waktu"] + [waktu(p) for p in ps],
        ["Sasaran Kuantitatif"] + [sasaran(p) for p in ps],
        ["Anggaran"] + [money(p) for p in ps],
    ]
    noted = next(p for p in ps if INFO[p.name]["money"] == "note")
    note = (
        f"Catatan: a) Anggaran Program {noted.name} sebesar Rp {num_id(noted.budget / 1e6)} juta, terdiri atas APBD "
        "Rp 265 juta dan DAK Nonfisik Rp 150 juta."
    )
    assert noted.budget == 415e6
    return [pdf.Table(hdr, rows, caption=cap), pdf.Para(note)]


# ------------------------------------------------------------------ society
SOCIETY = [
    _p(
        "Sekolah Pedalaman Terhubung",
        [NAME["PD-05"]],
        T("sekolah pedalaman yang memiliki sambungan internet", 60, "sekolah", 2027),
        [2025, 2027],
        3.6e9,
        pendukung=["PD-02"],
        output="Sambungan internet satelit dan perangkat belajar di sekolah pedalaman",
        note="owner as a code (PD-05) expanded in Tabel 4.1",
    ),
    _p(
        "Siskamling Desa Terhubung",
        [NAME["PD-11"]],
        T("pos ronda yang terhubung ke pusat panggilan kabupaten", 80, "pos ronda", 2028),
        [2027, 2028],
        950e6,
        pendukung=["PD-02", "PD-12"],
        output="Tombol darurat dan radio komunikasi di pos ronda desa",
    ),
    _p(
        "Pusat Layanan Disabilitas Terpadu",
        [NAME["PD-09"]],
        T("penyandang disabilitas yang terdata dan terlayani", 2500, "orang", 2026),
        2026,
        700e6,
        pendukung=["PD-04"],
        output="Layanan terpadu dan basis data penyandang disabilitas",
        note="the supporting Dinas Kesehatan (PD-04) is not the owner",
    ),
]


def _idr(v: float) -> str:
    return f"IDR {num_id(v / 1e9)} miliar" if v >= 1e9 else f"IDR {num_id(v / 1e6)} juta"


def _society_table(pdf, cap: str) -> list:
    ps = SOCIETY
    hdr = ["Uraian"] + [f"S-0{i}" for i in range(1, len(ps) + 1)]

    def jadwal(p):
        return f"{p.year[0]} - {p.year[1]}" if isinstance(p.year, list) else str(p.year)

    def target(p):
        t = p.target
        return f"{num_id(t.value)} {t.unit} {_ind(t)} ({t.year})"

    rows = [
        ["Nama Program"] + [p.name for p in ps],
        ["Kode PD Pengampu"] + [", ".join(CODE[o] for o in p.opd) for p in ps],
        ["Kode PD Pendukung"] + [", ".join(INFO[p.name]["pendukung"]) for p in ps],
        ["Output"] + [INFO[p.name]["output"] for p in ps],
        ["Target Outcome"] + [target(p) for p in ps],
        ["Jadwal"] + [jadwal(p) for p in ps],
        ["Estimasi Biaya"] + [_idr(p.budget) for p in ps],
    ]
    return [pdf.Table(hdr, rows, caption=cap)]


# ------------------------------------------------------------------ environment
ENV = [
    _p(
        "Peringatan Dini Banjir Sungai Ulu",
        [NAME["PD-12"]],
        T("desa rawan banjir yang memiliki sistem peringatan dini", 28, "desa"),
        [2025, 2026],
        1.65e9,
        tujuan="Memberi waktu evakuasi yang cukup bagi warga desa di bantaran Sungai Ulu",
        kpi="Desa rawan banjir yang memiliki sistem peringatan dini",
        base="4 desa (2024)",
    ),
    _p(
        "Pemantauan Kualitas Air Danau Teratai",
        [NAME["PD-08"]],
        T("titik pantau kualitas air danau yang mengirim data otomatis", 12, "titik"),
        [2026, 2028],
        None,
        tujuan="Menjaga kualitas air danau bagi perikanan, pariwisata dan air baku",
        kpi="Titik pantau kualitas air danau yang mengirim data otomatis",
        base="0 titik (2024)",
        note="budget truly missing: 'Dihitung dalam penyusunan DED'",
    ),
    _p(
        "Bank Sampah Desa Digital",
        [NAME["PD-08"]],
        T("bank sampah yang mencatat setoran secara digital", 50, "unit"),
        2025,
        275e6,
        tujuan="Mengurangi sampah yang dibuang ke danau dan sungai",
        kpi="Bank sampah yang mencatat setoran secara digital",
        base="7 unit (2024)",
        note="Tahun Mulai = Tahun Selesai: gold year 2025",
    ),
]


def _env_table(pdf, cap: str) -> list:
    ps = ENV
    hdr = ["Uraian"] + [f"LH-{i}" for i in range(1, len(ps) + 1)]

    def ys(p):
        return (p.year[0], p.year[1]) if isinstance(p.year, list) else (p.year, p.year)

    rows = [
        ["Nama Program"] + [p.name for p in ps],
        ["Tujuan"] + [INFO[p.name]["tujuan"] for p in ps],
        ["KPI"] + [INFO[p.name]["kpi"] for p in ps],
        ["Baseline"] + [INFO[p.name]["base"] for p in ps],
        ["Target"] + [_val(p.target.value, p.target.unit) for p in ps],
        ["Tahun Mulai"] + [str(ys(p)[0]) for p in ps],
        ["Tahun Selesai"] + [str(ys(p)[1]) for p in ps],
        ["Biaya"] + [f"Rp {num_id(p.budget)},-" if p.budget else "Dihitung dalam penyusunan DED" for p in ps],
        ["PD Pengampu (kode)"] + [", ".join(CODE[o] for o in p.opd) for p in ps],
    ]
    return [pdf.Table(hdr, rows, caption=cap)]


DIMENSIONS = [
    (
        "Smart Governance",
        GOV,
        _gov_table,
        "Program tata kelola diarahkan pada layanan desa yang terhubung, birokrasi tanpa kertas dan perencanaan "
        "yang partisipatif.",
    ),
    (
        "Smart Branding",
        BRAND,
        _brand_table,
        "Program branding daerah mempromosikan Danau Teratai, desa wisata, situs budaya dan peluang investasi "
        "perkebunan.",
    ),
    (
        "Smart Economy",
        ECON,
        _econ_table,
        "Program ekonomi membantu petani pekebun, nelayan danau dan koperasi memperoleh informasi harga, "
        "pembayaran nontunai dan pembukuan yang tertib. Pagu setiap tahun dinyatakan dalam juta rupiah.",
    ),
    (
        "Smart Living",
        LIVING,
        _living_table,
        "Program kehidupan menjangkau desa pedalaman dengan layanan kesehatan, perumahan, air minum dan "
        "transportasi danau. Air minum desa dikelola bersama Perumda Air Minum Tirta Teratai sebagai mitra.",
    ),
    (
        "Smart Society",
        SOCIETY,
        _society_table,
        "Program masyarakat memperkuat pendidikan di sekolah pedalaman, keamanan lingkungan dan layanan bagi "
        "penyandang disabilitas. Perangkat daerah ditulis dengan kodenya sesuai Tabel 4.1.",
    ),
    (
        "Smart Environment",
        ENV,
        _env_table,
        "Program lingkungan melindungi danau, sungai dan desa rawan banjir. Perangkat daerah pengampu ditulis "
        "dengan kodenya sesuai Tabel 4.1.",
    ),
]


def programmes() -> list[Prog]:
    return [p for _, ps, _, _ in DIMENSIONS for p in ps]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Ulu Teratai terdiri atas lima belas kecamatan dan 198 desa, 37 di antaranya berada di tepi "
            "danau. Jaringan serat optik baru menjangkau ibu kota kabupaten dan enam ibu kota kecamatan; desa "
            "pedalaman di hulu sungai mengandalkan internet satelit. Kesiapan suprastruktur dinilai cukup, "
            "sedangkan infrastruktur digital dan sumber daya manusia TIK masih perlu ditingkatkan."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Ulu Teratai adalah "Ulu Teratai Terhubung, Lestari dan Sejahtera". '
            "Strategi pembangunan ditempuh melalui program pada enam dimensi smart city yang saling mendukung, "
            "dengan prioritas pada desa pedalaman dan kawasan danau."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROFIL PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Program smart city disajikan per dimensi dalam tabel profil program. Setiap kolom tabel memuat satu "
            "program; setiap baris memuat satu komponen profil. Sebagian tabel menuliskan perangkat daerah "
            "dengan kodenya sebagaimana tercantum pada Tabel 4.1."
        )
    )
    b.append(pdf.Heading(2, "4.1 Kode Perangkat Daerah"))
    b.append(pdf.Table(["Kode", "Perangkat Daerah"], [list(r) for r in PD], caption="Tabel 4.1 Kode Perangkat Daerah"))
    for k, (dim, _, fn, intro) in enumerate(DIMENSIONS, start=2):
        if dim == "Smart Environment":
            b.append(pdf.PageBreak())
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        b.append(pdf.Para(intro))
        b += fn(pdf, f"Tabel 4.{k} Profil Program {dim}")
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Profil program dimutakhirkan setiap tahun oleh Tim Pelaksana Smart City. Komponen profil yang belum "
            "terisi dilengkapi pada reviu masterplan dan dijabarkan ke dalam Renja perangkat daerah."
        )
    )
    return b
