"""Kota Kuala Pinangsari (FICTIONAL): one action matrix for all dimensions with Leading Sector / Mitra
columns and money in "Rp Miliar", continued on the next page without its header, one-line supporting
programmes separated by dashes, a quick-win table with money written "75.500.000,-", and the glossary
at the back (fresh13 set).

Style: a kota masterplan drafted by the Bappelitbangda with a local consultant:
  (0) chapter II inventories the existing applications ("Nama Aplikasi | Pengelola | Tahun Dibangun |
      Status"): never programmes; chapter III states city figures (IKM, SPBE index): never targets.
  (A) "Tabel 4.1 Matriks Rencana Aksi Smart City": "Kode | Nama Program | Leading Sector | Mitra |
      Sasaran / Target | Thn. Pelaksanaan | Kebutuhan Dana (Rp Milyar)" with dimension title rows ("A.
      SMART GOVERNANCE") over the whole width; codes "SG-01", "SE-02". The intro states that the Leading
      Sector is the responsible agency and Mitra the partners (gold opd = Leading Sector as written, two
      agencies joined by "&": both; Mitra never an owner). Target cells in three shapes: "Th 2028: 75%
      kelurahan ...", "<ind>: <value> <unit>" (no year: target year None), "<value> <unit> <ind> di akhir
      2029". Years "2026 - 2028", "TA 2027", "2026 s/d 2030", "2028 s.d. 2030". Money in billion rupiah
      with a decimal comma ("0,85" = Rp 850 juta, "1,125"); one cell "0,6 *" (the note under the table,
      "* belum termasuk dukungan DAK", describes the money; gold = 0,6 miliar). The table breaks to the
      next page after the Smart Living rows; the continuation has the caption "(lanjutan)" and no header.
      A programme name keeps the writer's typo ("Terintergrasi").
  (B) "4.2 Program Penunjang": a numbered list, each item one line "Name -- Agency -- years -- money --
      target: ..." (em dashes): money "Rp 3,6 M", "Rp 780 jt", "Rp1,05 miliar", "Rp 2.200.000.000,-".
  (C) "BAB V QUICK WIN": "No | Program Quick Win | Perangkat Daerah | Output yang Diharapkan | Waktu |
      Anggaran (Rp)"; money "75.500.000,-"; Waktu "Semester I 2026", "Feb s/d Mei 2026", "TW III-2026";
      outputs without a year (target year None). Quick wins are kind "Quick win".
  (D) "LAMPIRAN DAFTAR SINGKATAN" at the end expands the abbreviations.
Three fields are truly missing: a matrix programme's year ("Menyesuaikan kemampuan keuangan daerah"; its
target names no year), a supporting programme's budget ("anggaran belum dialokasikan"), and a quick win's
target ("Belum ditentukan, menunggu rapat Dewan Smart City").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p44_leadingsector_kuala_pinangsari",
    name="Kota Kuala Pinangsari",
    period="2026-2030",
    style="one action matrix with Leading Sector / Mitra and Rp Milyar continued headerless, dash-line supporting programmes, quick wins in Rp ,-",
    split="fresh13",
    intro=[
        "Kota Kuala Pinangsari adalah kota pelabuhan sungai dengan 6 kecamatan dan 41 kelurahan. Perdagangan, "
        "jasa angkutan sungai dan industri pengolahan hasil perikanan menjadi tulang punggung ekonomi kota, "
        "sementara genangan air pasang, kemacetan di sekitar pelabuhan dan antrean layanan publik menjadi keluhan "
        "warga yang paling sering disampaikan.",
        "Masterplan smart city ini disusun oleh Bappelitbangda bersama tenaga ahli dalam kerangka Gerakan "
        "Menuju 100 Smart City, dan menjadi rujukan penyusunan Renja perangkat daerah tahun 2026-2030.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def _years(cell: str):
    ys = [int(y) for y in re.findall(r"20\d\d", cell)]
    if not ys:
        return None
    return ys[0] if len(set(ys)) == 1 else [min(ys), max(ys)]


def rupiah(s: str) -> float:
    """ "Rp 3,6 M", "Rp 780 jt", "Rp1,05 miliar", "Rp 2.200.000.000,-", bare "75.500.000,-"."""
    m = re.fullmatch(r"(?:Rp ?)?([\d.,]+?)(?:,-)?(?: (M|jt|miliar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "miliar": 1e9, "jt": 1e6}[unit]


# ------------------------------------------------------------------ (A) the action matrix
def _m(code, name, lead, mitra, target, tcell, ycell, bcell, *, note=""):
    opd = lead.split(" & ")
    num = re.match(r"[\d,]+", bcell).group(0)
    budget = round(float(num.replace(",", ".")) * 1e9)
    p = Prog(name, "", opd, target, _years(ycell), float(budget), "table", v="leading-sector-matrix", note=note)
    if target is not None:
        assert num_id(target.value) in tcell, name
        assert (target.year is None) or str(target.year) in tcell, name
    INFO[name] = dict(code=code, lead=lead, mitra=mitra, tcell=tcell, ycell=ycell, bcell=bcell)
    return p


GOV = [
    _m(
        "SG-01",
        "Layanan Perizinan Terpadu Daring",
        "DPMPTSP",
        "Diskominfotik; Ombudsman RI Perwakilan",
        T("izin yang diterbitkan secara daring", 90, "persen", 2027),
        "Th 2027: 90% izin diterbitkan secara daring",
        "2026 - 2027",
        "0,85",
    ),
    _m(
        "SG-02",
        "Arsip Dinamis Elektronik",
        "Dinas Kearsipan dan Perpustakaan",
        "Bagian Organisasi Setda",
        T("perangkat daerah yang menggunakan aplikasi arsip elektronik", 100, "persen"),
        "PD yang menggunakan aplikasi arsip elektronik: 100%",
        "TA 2027",
        "0,4",
        note="target without a year",
    ),
    _m(
        "SG-03",
        "Integrasi Data Kependudukan Layanan Publik",
        "Disdukcapil & Diskominfotik",
        "Dinsos; Dinkes; BPJS Kesehatan",
        T("layanan publik yang memakai verifikasi NIK otomatis", 24, "layanan", 2029),
        "24 layanan publik yang memakai verifikasi NIK otomatis di akhir 2029",
        "2026 s/d 2029",
        "1,125",
        note="two owners joined by '&'; partners in Mitra",
    ),
]

ECO = [
    _m(
        "SE-01",
        "Pelabuhan Rakyat Nontunai",
        "Dishub",
        "UPT Pelabuhan Sungai; Bank Kalbar Sejahtera",
        T("transaksi tiket angkutan sungai yang dibayar nontunai", 70, "persen", 2028),
        "Th 2028: 70% transaksi tiket angkutan sungai dibayar nontunai",
        "2026 - 2028",
        "1,6",
    ),
    _m(
        "SE-02",
        "Sentra Olahan Ikan Go Digital",
        "Diskoperindag",
        "Dinas Perikanan; Perguruan Tinggi",
        T("UMKM olahan ikan yang memiliki toko daring", 400, "UMKM", 2030),
        "400 UMKM olahan ikan yang memiliki toko daring di akhir 2030",
        "2027-2030",
        "0,6 *",
        note="a note mark after the money; the note describes the money",
    ),
    _m(
        "SE-03",
        "Retribusi Daerah Elektronik",
        "Bapenda",
        "BPKAD; Diskominfotik",
        T("jenis retribusi daerah yang dipungut secara elektronik", 12, "jenis retribusi"),
        "Jenis retribusi yang dipungut secara elektronik: 12 jenis retribusi",
        "Menyesuaikan kemampuan keuangan daerah",
        "0,95",
        note="year truly missing",
    ),
]

LIV = [
    _m(
        "SL-01",
        "Sistem Informasi Kesehatan Terintergrasi",
        "Dinkes",
        "RSUD Pinangsari; 12 Puskesmas",
        T("puskesmas yang tersambung dengan sistem rujukan daring", 12, "puskesmas", 2028),
        "Th 2028: 12 puskesmas tersambung dengan sistem rujukan daring",
        "2026 s/d 2028",
        "2,4",
        note="the writer's typo kept in the name; RSUD and Puskesmas as partners",
    ),
    _m(
        "SL-02",
        "Pemantauan Genangan Air Pasang",
        "DPUPRKP",
        "BPBD; BMKG Stasiun Maritim",
        T("titik sensor genangan yang aktif", 20, "titik", 2029),
        "20 titik sensor genangan yang aktif di akhir 2029",
        "2027 - 2029",
        "1,85",
    ),
]

SOC = [
    _m(
        "SS-01",
        "Kelurahan Cakap Digital",
        "Diskominfotik",
        "Kecamatan; Relawan TIK",
        T("warga yang mengikuti pelatihan literasi digital", 5000, "orang", 2030),
        "Th 2030: 5.000 warga mengikuti pelatihan literasi digital",
        "2026 s/d 2030",
        "0,75",
    ),
    _m(
        "SS-02",
        "Sekolah Ramah Digital",
        "Dinas Pendidikan",
        "Cabang Dinas Pendidikan Provinsi",
        T("SD dan SMP negeri yang memiliki ruang belajar digital", 45, "sekolah", 2029),
        "45 sekolah SD dan SMP negeri yang memiliki ruang belajar digital di akhir 2029",
        "2028 s.d. 2030",
        "2,05",
    ),
    _m(
        "SS-03",
        "Pengaduan Warga Satu Pintu",
        "Bagian Organisasi Setda & Diskominfotik",
        "Seluruh PD",
        T("aduan warga yang ditindaklanjuti dalam 5 hari kerja", 85, "persen"),
        "Aduan warga yang ditindaklanjuti dalam 5 hari kerja: 85%",
        "TA 2026",
        "0,3",
    ),
]

HDR = [
    "Kode",
    "Nama Program",
    "Leading Sector",
    "Mitra",
    "Sasaran / Target",
    "Thn. Pelaksanaan",
    "Kebutuhan Dana (Rp Milyar)",
]


def _rows(groups):
    rows, spans = [], []
    for title, ps in groups:
        spans.append(((0, len(rows) + 1), (6, len(rows) + 1)))
        rows.append([title, "", "", "", "", "", ""])
        for p in ps:
            f = INFO[p.name]
            rows.append([f["code"], p.name, f["lead"], f["mitra"], f["tcell"], f["ycell"], f["bcell"]])
    return rows, spans


# ------------------------------------------------------------------ (B) dash-line supporting programmes
def _l(name, opd, target, year, budget, line, *, money=None, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", v="dash-line", note=note)
    assert line.startswith(name + " \u2014 "), name
    for o in opd:
        assert o in line, name
    if money:
        assert money in line and abs(rupiah(money) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in line, name
    INFO[name] = dict(line=line)
    return p


SUP = [
    _l(
        "Pusat Data Kota",
        ["Diskominfotik"],
        T("pusat data pemerintah kota yang tersertifikasi", 1, "pusat data", 2029),
        [2027, 2029],
        3.6e9,
        "Pusat Data Kota \u2014 Diskominfotik \u2014 2027-2029 \u2014 Rp 3,6 M \u2014 target: 1 pusat data pemerintah "
        "kota tersertifikasi pada 2029",
        money="Rp 3,6 M",
    ),
    _l(
        "Jaringan Intra Pemerintah",
        ["Diskominfotik"],
        T("kantor kelurahan yang tersambung jaringan intra pemerintah", 41, "kelurahan", 2028),
        [2026, 2028],
        None,
        "Jaringan Intra Pemerintah \u2014 Diskominfotik \u2014 2026-2028 \u2014 anggaran belum dialokasikan \u2014 "
        "target: 41 kelurahan tersambung jaringan intra pemerintah pada 2028",
        note="budget truly missing",
    ),
    _l(
        "Manajemen Kinerja ASN Berbasis Aplikasi",
        ["BKPSDM"],
        T("ASN yang mengisi sasaran kinerja pegawai secara daring", 100, "persen", 2027),
        2027,
        780e6,
        "Manajemen Kinerja ASN Berbasis Aplikasi \u2014 BKPSDM \u2014 2027 \u2014 Rp 780 jt \u2014 target: 100% ASN "
        "mengisi sasaran kinerja pegawai secara daring pada 2027",
        money="Rp 780 jt",
    ),
    _l(
        "Kanal Promosi Wisata Sungai",
        ["Disbudpar"],
        T("kunjungan wisatawan ke kawasan tepian sungai", 250000, "kunjungan", 2030),
        [2028, 2030],
        1.05e9,
        "Kanal Promosi Wisata Sungai \u2014 Disbudpar \u2014 2028-2030 \u2014 Rp1,05 miliar \u2014 target: 250.000 "
        "kunjungan wisatawan ke kawasan tepian sungai pada 2030 (2024: 118.000 kunjungan)",
        money="Rp1,05 miliar",
        note="a baseline in parentheses",
    ),
    _l(
        "Bank Sampah Digital",
        ["DLH"],
        T("bank sampah yang mencatat setoran secara daring", 60, "bank sampah", 2029),
        [2026, 2029],
        2.2e9,
        "Bank Sampah Digital \u2014 DLH \u2014 2026-2029 \u2014 Rp 2.200.000.000,- \u2014 target: 60 bank sampah "
        "mencatat setoran secara daring pada 2029",
        money="Rp 2.200.000.000,-",
    ),
]


# ------------------------------------------------------------------ (C) quick wins
def _q(name, opd, target, ocell, wcell, bcell, *, note=""):
    budget = rupiah(bcell)
    p = Prog(name, "", list(opd), target, _years(wcell), budget, "table", quick_win=True, kind="Quick win")
    p.v, p.note = "qw-table-koma-strip", note
    if target is not None:
        assert num_id(target.value) in ocell, name
    INFO[name] = dict(ocell=ocell, wcell=wcell, bcell=bcell)
    return p


QW = [
    _q(
        "Antrean Daring Disdukcapil",
        ["Disdukcapil"],
        T("warga yang mengambil nomor antrean secara daring", 60, "persen"),
        "60% warga mengambil nomor antrean secara daring",
        "Semester I 2026",
        "75.500.000,-",
    ),
    _q(
        "Peta Genangan Warga",
        ["BPBD"],
        T("laporan genangan warga yang dipetakan", 300, "laporan"),
        "300 laporan genangan warga dipetakan",
        "Feb s/d Mei 2026",
        "48.000.000,-",
    ),
    _q(
        "Wifi Taman Kota",
        ["Diskominfotik"],
        T("taman kota yang menyediakan wifi publik", 8, "taman"),
        "8 taman kota menyediakan wifi publik",
        "TW III-2026",
        "126.400.000,-",
    ),
    _q(
        "Kanal Informasi Harga Ikan",
        ["Dinas Perikanan"],
        None,
        "Belum ditentukan, menunggu rapat Dewan Smart City",
        "Semester II 2026",
        "35.000.000,-",
        note="target truly missing",
    ),
    _q(
        "Pembayaran PBB lewat QRIS",
        ["Bapenda"],
        T("wajib pajak PBB yang membayar melalui QRIS", 15000, "wajib pajak"),
        "15.000 wajib pajak PBB membayar melalui QRIS",
        "Apr s/d Sept 2026",
        "62.250.000,-",
    ),
]

GLOSSARY = [
    ("Bapenda", "Badan Pendapatan Daerah"),
    ("Bappelitbangda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("DAK", "Dana Alokasi Khusus"),
    ("Disbudpar", "Dinas Kebudayaan dan Pariwisata"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Dishub", "Dinas Perhubungan"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Dinsos", "Dinas Sosial"),
    ("Diskominfotik", "Dinas Komunikasi, Informatika dan Statistik"),
    ("Diskoperindag", "Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan"),
    ("DLH", "Dinas Lingkungan Hidup"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("DPUPRKP", "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman"),
    ("PD", "Perangkat Daerah"),
    ("QRIS", "Quick Response Code Indonesian Standard"),
    ("TW", "Triwulan"),
]


def programmes() -> list[Prog]:
    return GOV + ECO + LIV + SOC + SUP + QW


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KONDISI EKSISTING"))
    b.append(
        pdf.Para(
            "Pemerintah Kota Kuala Pinangsari telah mengoperasikan sejumlah aplikasi layanan. Inventarisasi "
            "aplikasi yang masih digunakan hingga akhir 2025 disajikan berikut."
        )
    )
    b.append(
        pdf.Table(
            ["Nama Aplikasi", "Pengelola", "Tahun Dibangun", "Status"],
            [
                ["SIMPEG Kuala", "BKPSDM", "2016", "Aktif, perlu pembaruan"],
                ["e-Retribusi Pasar", "Diskoperindag", "2019", "Tidak aktif"],
                ["Lapor Pinangsari", "Diskominfotik", "2020", "Aktif"],
                ["SIPD Kota", "Bappelitbangda", "2021", "Aktif"],
                ["SIMPUS", "Dinkes", "2018", "Aktif di 7 puskesmas"],
            ],
            caption="Tabel 2.3 Inventarisasi Aplikasi Eksisting",
        )
    )
    b.append(pdf.Heading(1, "BAB III ANALISIS KESIAPAN"))
    b.append(
        pdf.Para(
            "Indeks SPBE Kota Kuala Pinangsari tahun 2024 sebesar 2,61 (baik) dan Indeks Kepuasan Masyarakat "
            "mencapai 79,4. Sebanyak 18 dari 41 kantor kelurahan belum tersambung jaringan serat optik. Angka ini "
            "menjadi titik awal, bukan target program."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA AKSI SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Matriks Rencana Aksi"))
    b.append(
        pdf.Para(
            "Matriks berikut memuat program smart city per dimensi. Kolom Leading Sector menunjukkan perangkat daerah "
            "yang bertanggung jawab atas program, sedangkan kolom Mitra memuat pihak yang mendukung pelaksanaan. "
            "Kebutuhan dana dinyatakan dalam miliar rupiah untuk seluruh masa pelaksanaan program."
        )
    )
    r1, s1 = _rows(
        [("A. SMART GOVERNANCE", GOV), ("B. SMART ECONOMY", ECO), ("C. SMART LIVING", LIV)],
    )
    b.append(pdf.SpanTable(HDR, r1, caption="Tabel 4.1 Matriks Rencana Aksi Smart City", spans=s1))
    b.append(pdf.PageBreak())
    r2, s2 = _rows([("D. SMART SOCIETY", SOC)])
    b.append(pdf.Para("Tabel 4.1 Matriks Rencana Aksi Smart City (lanjutan)"))
    b.append(pdf.SpanTable([], r2, spans=[((a[0], a[1] - 1), (c[0], c[1] - 1)) for a, c in s2]))
    b.append(
        pdf.Para(
            "* belum termasuk dukungan DAK Bidang Industri Kecil dan Menengah yang diusulkan untuk tahun 2028. "
            "Sumber: hasil FGD perangkat daerah, September 2025 (diolah)."
        )
    )
    b.append(pdf.Heading(2, "4.2 Program Penunjang"))
    b.append(
        pdf.Para(
            "Selain program pada matriks, Smart Branding dan Smart Environment serta infrastruktur pendukung "
            "dijalankan melalui program penunjang berikut (nama program \u2014 perangkat daerah \u2014 waktu \u2014 "
            "anggaran \u2014 target):"
        )
    )
    b.append(pdf.Bullets([INFO[p.name]["line"] for p in SUP], numbered=True))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V QUICK WIN"))
    b.append(
        pdf.Para(
            "Program quick win dilaksanakan pada tahun 2026 dengan biaya kecil agar manfaat smart city segera "
            "dirasakan warga."
        )
    )
    rows = [
        [
            f"{i}.",
            p.name,
            ", ".join(p.opd),
            INFO[p.name]["ocell"],
            INFO[p.name]["wcell"],
            INFO[p.name]["bcell"],
        ]
        for i, p in enumerate(QW, 1)
    ]
    tot = sum(p.budget for p in QW)
    rows.append(["", "Jumlah", "", "", "", num_id(tot) + ",-"])
    b.append(
        pdf.Table(
            ["No", "Program Quick Win", "Perangkat Daerah", "Output yang Diharapkan", "Waktu", "Anggaran (Rp)"],
            rows,
            caption="Tabel 5.1 Program Quick Win Kota Kuala Pinangsari",
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City. Perubahan program ditetapkan melalui "
            "Keputusan Wali Kota."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "LAMPIRAN DAFTAR SINGKATAN"))
    b.append(pdf.Table(["Singkatan", "Kepanjangan"], [list(g) for g in GLOSSARY]))
    return b
