"""Kota Labuhan Suryamas (FICTIONAL): a ten-column landscape programme matrix with baseline and final-year
target columns, roman-numbered dimension rows and money written "Rp 1.250.000.000,-", programme
descriptions that name the owner through its head ("Kepala ... selaku penanggung jawab"), and a quick-win
table with quarter timelines (fresh13 set).

Style: a kota masterplan aligned to the RPJMD 2025-2029, written by the Bappeda with a consultant:
  (0) chapter II gives city figures of 2024 and the RPJMD targets (IKM, SPBE index): never a programme's.
  (A) "Tabel 4.1 Matriks Program Smart City 2025-2029" on a landscape page (wide table; its
      caption stays on the portrait page before it): "No | Program | Kegiatan Utama | Indikator | Satuan | Baseline (2024) | Target 2029 |
      Tahun | Perkiraan Biaya (Rp) | Penanggung Jawab"; title rows "I. SMART GOVERNANCE" (one keeps the
      writer's typo "PEMERINTAHAAN"), programme numbers "I.1", "II.3". Gold target = the Target 2029 cell
      with the Satuan cell as unit and the Indikator as indicator, target year 2029 for every row (the
      header); the baseline is never the target. Tahun as lists "2025, 2026, 2027" (gold [2025, 2027]),
      "2026 & 2027", "2025 s/d 2029", one year "2026". Money "Rp 1.250.000.000,-"; owners abbreviated
      (legend under the table "Ket.: ..."), two owners joined by "+" (gold both, as written).
  (B) "4.2 Program Dimensi Smart Environment dan Smart Branding": a heading "Program 4.2.n: <Name>" and a
      paragraph: the owner as "Kepala Dinas Lingkungan Hidup selaku penanggung jawab" (gold opd = "Dinas
      Lingkungan Hidup"), "dengan melibatkan ..." (support, never an owner), periods "tiga tahun anggaran
      sejak 2026" (= 2026-2028), "pada tahun anggaran 2027", "2027 hingga 2029"; money with its wording
      in words ("Rp 2,1 miliar (dua koma satu miliar rupiah)", "Rp 875.000.000,- (delapan ratus tujuh puluh
      lima juta rupiah)"); targets "dengan sasaran ...", "indikator keberhasilan: ...".
  (C) "BAB V QUICK WIN": "Kode | Quick Win | Unit Kerja | Indikator Keberhasilan | Timeline | Pagu" with
      codes "QW-01", timelines "Q2 2025", "Q3-Q4 2025", money "Rp 95 jt", "Rp 140,5 jt"; indicators
      without a year. Quick wins are kind "Quick win".
Three fields are truly missing: a matrix programme's budget ("Dlm proses penghitungan"), a (B) programme's
year ("waktu pelaksanaan belum dapat dipastikan, menunggu ..."; its target names no year), and a quick
win's target ("akan ditetapkan setelah uji coba").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p46_matriksluas_labuhan_suryamas",
    name="Kota Labuhan Suryamas",
    period="2025-2029",
    style="ten-column landscape matrix with baseline / Target 2029 and Rp ,- money, head-of-agency prose, quarter quick wins",
    split="fresh13",
    intro=[
        "Kota Labuhan Suryamas adalah kota pesisir dengan 5 kecamatan dan 34 kelurahan yang tumbuh dari "
        "kegiatan pelabuhan, perdagangan antarpulau dan wisata bahari. Rob di kawasan pesisir, kepadatan lalu "
        "lintas menuju pelabuhan dan pengelolaan sampah menjadi isu utama kota.",
        "Masterplan smart city ini diselaraskan dengan RPJMD Kota Labuhan Suryamas 2025-2029 dan disusun dalam "
        "rangka Gerakan Menuju 100 Smart City bersama tenaga ahli pendamping.",
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
    m = re.fullmatch(r"Rp ?([\d.,]+?)(?:,-)?(?: (jt|miliar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"jt": 1e6, "miliar": 1e9}[unit]


# ------------------------------------------------------------------ (A) the wide matrix
def _m(no, name, keg, ind, unit, base, val, ycell, bcell, pj, *, note=""):
    budget = rupiah(bcell) if bcell.startswith("Rp") else None
    target = T(ind, val, unit, 2029)
    p = Prog(name, "", pj.split(" + "), target, _years(ycell), budget, "table", v="wide-matrix", note=note)
    INFO[name] = dict(no=no, keg=keg, ind=ind, unit=unit, base=base, tcell=num_id(val), ycell=ycell, bcell=bcell, pj=pj)
    return p


GOV = [
    _m(
        "I.1",
        "Tata Naskah Dinas Elektronik",
        "Penerapan aplikasi naskah dinas dan TTE",
        "Perangkat daerah yang menggunakan naskah dinas elektronik",
        "persen",
        "35",
        100,
        "2025, 2026, 2027",
        "Rp 1.250.000.000,-",
        "Diskominfo",
    ),
    _m(
        "I.2",
        "Satu Data Suryamas",
        "Portal data, walidata pendukung, forum satu data",
        "Dataset sektoral yang dipublikasikan",
        "dataset",
        "84",
        400,
        "2025 s/d 2029",
        "Rp 2.700.000.000,-",
        "Bappeda + Diskominfo",
        note="two owners joined by '+'",
    ),
    _m(
        "I.3",
        "Pelayanan Perizinan Tanpa Tatap Muka",
        "Integrasi OSS-RBA dan perizinan daerah",
        "Jenis izin daerah yang dilayani daring",
        "jenis izin",
        "12",
        48,
        "2026 & 2027",
        "Rp 780.000.000,-",
        "DPMPTSP",
    ),
]

ECO = [
    _m(
        "II.1",
        "Pelabuhan Perikanan Digital",
        "Sistem lelang ikan daring dan pencatatan hasil tangkapan",
        "Transaksi lelang ikan yang tercatat daring",
        "persen",
        "0",
        75,
        "2026, 2027, 2028",
        "Rp 3.400.000.000,-",
        "DKP",
    ),
    _m(
        "II.2",
        "UMKM Bahari Naik Kelas",
        "Pelatihan pemasaran digital dan sertifikasi halal",
        "UMKM yang memiliki toko daring aktif",
        "UMKM",
        "210",
        1200,
        "2025 s/d 2029",
        "Rp 1.480.000.000,-",
        "Diskop UKM",
    ),
    _m(
        "II.3",
        "Pajak Hotel dan Restoran Daring",
        "Pemasangan alat perekam transaksi",
        "Wajib pajak hotel dan restoran yang terpasang alat perekam",
        "wajib pajak",
        "46",
        320,
        "2026",
        "Dlm proses penghitungan",
        "Bapenda",
        note="budget truly missing",
    ),
]

LIV = [
    _m(
        "III.1",
        "Sistem Peringatan Dini Rob",
        "Sensor pasang surut dan sirene di kawasan pesisir",
        "Kelurahan pesisir yang terlayani peringatan dini",
        "kelurahan",
        "3",
        14,
        "2025, 2026, 2027, 2028",
        "Rp 2.150.000.000,-",
        "BPBD",
    ),
    _m(
        "III.2",
        "Manajemen Lalu Lintas Kawasan Pelabuhan",
        "ATCS di simpang menuju pelabuhan",
        "Simpang yang dikendalikan ATCS",
        "simpang",
        "2",
        12,
        "2027 & 2028",
        "Rp 4.600.000.000,-",
        "Dishub",
    ),
    _m(
        "III.3",
        "Rujukan Pasien Terintegrasi",
        "Aplikasi rujukan puskesmas ke RSUD Suryamas",
        "Rujukan puskesmas yang diproses melalui aplikasi",
        "persen",
        "20",
        90,
        "2025 s/d 2027",
        "Rp 960.000.000,-",
        "Dinkes",
        note="the RSUD in the activity column is a facility",
    ),
]

SOC = [
    _m(
        "IV.1",
        "Kampung Digital Pesisir",
        "Pendampingan warga kampung nelayan memanfaatkan internet",
        "Kampung nelayan yang memiliki fasilitator digital",
        "kampung",
        "1",
        10,
        "2026, 2027, 2028, 2029",
        "Rp 690.000.000,-",
        "Diskominfo + Dinsos",
    ),
]

HDR = [
    "No",
    "Program",
    "Kegiatan Utama",
    "Indikator",
    "Satuan",
    "Baseline (2024)",
    "Target 2029",
    "Tahun",
    "Perkiraan Biaya (Rp)",
    "Penanggung Jawab",
]


def _wide_rows(groups):
    rows, spans = [], []
    for title, ps in groups:
        spans.append(((0, len(rows) + 1), (9, len(rows) + 1)))
        rows.append([title] + [""] * 9)
        for p in ps:
            f = INFO[p.name]
            rows.append(
                [f["no"], p.name, f["keg"], f["ind"], f["unit"], f["base"], f["tcell"], f["ycell"], f["bcell"], f["pj"]]
            )
    return rows, spans


# ------------------------------------------------------------------ (B) head-of-agency prose
def _s(name, opd, target, year, budget, text, *, money=None, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", v="kepala-selaku-pj", note=note)
    for o in opd:
        assert o in text, name
    if money:
        assert money in text and abs(rupiah(money) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


ENV = [
    _s(
        "Pengelolaan Sampah Berbasis Aplikasi",
        ["Dinas Lingkungan Hidup"],
        T("sampah kota yang tertangani dan tercatat di aplikasi", 85, "persen", 2028),
        [2026, 2028],
        2.1e9,
        "Program ini mencatat volume sampah dari TPS hingga TPA dan memantau armada pengangkut. Kepala Dinas "
        "Lingkungan Hidup selaku penanggung jawab program, dengan melibatkan kecamatan dan bank sampah. Program "
        "berjalan tiga tahun anggaran sejak 2026 dengan kebutuhan Rp 2,1 miliar (dua koma satu miliar rupiah), "
        "dengan sasaran 85% sampah kota tertangani dan tercatat di aplikasi pada 2028.",
        money="Rp 2,1 miliar",
        note="owner through its head; 'tiga tahun anggaran sejak 2026'",
    ),
    _s(
        "Pemantauan Kualitas Air Pesisir",
        ["Dinas Lingkungan Hidup"],
        T("titik pantau kualitas air laut yang melapor otomatis", 6, "titik pantau"),
        None,
        875e6,
        "Sensor kualitas air dipasang di muara dan kawasan wisata bahari. Kepala Dinas Lingkungan Hidup selaku "
        "penanggung jawab, bermitra dengan Politeknik Kelautan Suryamas. Kebutuhan biaya Rp 875.000.000,- "
        "(delapan ratus tujuh puluh lima juta rupiah); waktu pelaksanaan belum dapat dipastikan, menunggu "
        "hibah peralatan dari kementerian. Indikator keberhasilan: 6 titik pantau kualitas air laut melapor "
        "otomatis.",
        money="Rp 875.000.000,-",
        note="year truly missing",
    ),
    _s(
        "Ruang Terbuka Hijau Pintar",
        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
        T("taman kota yang dilengkapi penyiraman otomatis dan wifi", 7, "taman", 2029),
        [2027, 2029],
        1.35e9,
        "Penyiraman otomatis, penerangan hemat energi dan wifi publik di taman kota. Kepala Dinas Perumahan, "
        "Kawasan Permukiman dan Pertanahan selaku penanggung jawab. Dilaksanakan 2027 hingga 2029, biaya Rp "
        "1,35 miliar (satu koma tiga puluh lima miliar rupiah), dengan sasaran 7 taman kota dilengkapi "
        "penyiraman otomatis dan wifi pada 2029.",
        money="Rp 1,35 miliar",
    ),
    _s(
        "Branding Wisata Bahari Suryamas",
        ["Dinas Pariwisata"],
        T("kunjungan wisatawan nusantara", 450000, "kunjungan", 2027),
        2027,
        640e6,
        "Kampanye destinasi di media sosial, aplikasi panduan wisata dan kalender acara bahari. Kepala Dinas "
        "Pariwisata selaku penanggung jawab, dengan melibatkan asosiasi perhotelan. Dilaksanakan pada tahun "
        "anggaran 2027 dengan biaya Rp 640.000.000,- (enam ratus empat puluh juta rupiah); indikator "
        "keberhasilan: 450.000 kunjungan wisatawan nusantara pada 2027 (2024: 312.000 kunjungan).",
        money="Rp 640.000.000,-",
        note="a baseline in parentheses",
    ),
    _s(
        "Cerita Kota dalam Satu Portal",
        ["Bagian Protokol dan Komunikasi Pimpinan Setda"],
        T("konten promosi kota yang terbit di portal", 240, "konten", 2029),
        [2027, 2029],
        420e6,
        "Satu portal berita dan promosi kota yang dikelola Bagian Protokol dan Komunikasi Pimpinan Setda, yang "
        "kepalanya selaku penanggung jawab program, dengan melibatkan Diskominfo untuk hosting. Program "
        "dijalankan 2027 hingga 2029 dengan biaya Rp 420 jt, dan sasaran 240 konten promosi kota terbit di portal "
        "pada 2029.",
        money="Rp 420 jt",
    ),
]


# ------------------------------------------------------------------ (C) quick wins
def _q(code, name, opd, target, icell, tl, bcell, *, note=""):
    budget = rupiah(bcell)
    p = Prog(name, "", list(opd), target, _years(tl), budget, "table", quick_win=True, kind="Quick win")
    p.v, p.note = "qw-quarter-table", note
    if target is not None:
        assert num_id(target.value) in icell, name
    INFO[name] = dict(code=code, icell=icell, tl=tl, bcell=bcell)
    return p


QW = [
    _q(
        "QW-01",
        "Antrean Daring RSUD Suryamas",
        ["RSUD Suryamas"],
        T("pasien rawat jalan yang mendaftar daring", 50, "persen"),
        "50% pasien rawat jalan mendaftar daring",
        "Q2 2025",
        "Rp 95 jt",
        note="the RSUD as owner (a BLUD agency, the unit kerja)",
    ),
    _q(
        "QW-02",
        "Layanan Adminduk di Kelurahan",
        ["Disdukcapil"],
        T("kelurahan yang melayani cetak KK dan akta", 34, "kelurahan"),
        "34 kelurahan melayani cetak KK dan akta",
        "Q3-Q4 2025",
        "Rp 140,5 jt",
    ),
    _q(
        "QW-03",
        "Parkir Nontunai Kawasan Pelabuhan",
        ["Dishub"],
        None,
        "akan ditetapkan setelah uji coba",
        "Q3 2025",
        "Rp 78 jt",
        note="target truly missing",
    ),
    _q(
        "QW-04",
        "Peta Rob Warga",
        ["BPBD"],
        T("laporan rob warga yang tampil di peta daring", 150, "laporan"),
        "150 laporan rob warga tampil di peta daring",
        "Q4 2025",
        "Rp 42 jt",
    ),
    _q(
        "QW-05",
        "Bayar Retribusi Sampah via QRIS",
        ["Dinas Lingkungan Hidup"],
        T("pelanggan retribusi sampah yang membayar dengan QRIS", 5000, "pelanggan"),
        "5.000 pelanggan retribusi sampah membayar dengan QRIS",
        "Q2-Q4 2025",
        "Rp 60 jt",
    ),
    _q(
        "QW-06",
        "Wifi Pojok Baca Kelurahan",
        ["Dinas Perpustakaan dan Kearsipan"],
        T("pojok baca kelurahan yang menyediakan wifi", 12, "pojok baca"),
        "12 pojok baca kelurahan menyediakan wifi",
        "Q4 2025",
        "Rp 54,6 jt",
    ),
]


def programmes() -> list[Prog]:
    return GOV + ECO + LIV + SOC + ENV + QW


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAERAH"))
    b.append(
        pdf.Table(
            ["Indikator", "Kondisi 2024", "Target RPJMD 2029"],
            [
                ["Indeks Kepuasan Masyarakat", "80,2", "86,0"],
                ["Indeks SPBE", "2,74", "3,60"],
                ["Kelurahan terdampak rob", "11", "5"],
                ["Kunjungan wisatawan (orang)", "312.000", "500.000"],
            ],
            caption="Tabel 2.1 Indikator Kinerja Daerah Terkait Smart City",
        )
    )
    b.append(
        pdf.Para(
            "Indikator pada Tabel 2.1 adalah indikator kinerja daerah dalam RPJMD, bukan target program smart city."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI"))
    b.append(
        pdf.Para(
            "Strategi smart city Kota Labuhan Suryamas memprioritaskan layanan pemerintahan tanpa tatap muka, "
            "ekonomi bahari, ketangguhan pesisir dan kota yang bersih."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Matriks Program"))
    b.append(
        pdf.Para(
            "Program dimensi Smart Governance, Smart Economy, Smart Living dan Smart Society disajikan dalam matriks "
            "berikut. Target pada kolom Target 2029 adalah target akhir periode masterplan."
        )
    )
    rows, spans = _wide_rows(
        [
            ("I. SMART GOVERNANCE (TATA KELOLA PEMERINTAHAAN)", GOV),
            ("II. SMART ECONOMY", ECO),
            ("III. SMART LIVING", LIV),
            ("IV. SMART SOCIETY", SOC),
        ]
    )
    b.append(pdf.Para("Tabel 4.1 Matriks Program Smart City 2025-2029"))
    b.append(pdf.SpanTable(HDR, rows, spans=spans, wide=True))
    b.append(
        pdf.Para(
            "Ket.: Bapenda = Badan Pendapatan Daerah; Bappeda = Badan Perencanaan Pembangunan Daerah; BPBD = Badan "
            "Penanggulangan Bencana Daerah; Dinkes = Dinas Kesehatan; Dinsos = Dinas Sosial; Dishub = Dinas "
            "Perhubungan; Diskominfo = Dinas Komunikasi dan Informatika; Diskop UKM = Dinas Koperasi dan Usaha "
            "Kecil Menengah; DKP = Dinas Kelautan dan Perikanan; DPMPTSP = Dinas Penanaman Modal dan Pelayanan "
            "Terpadu Satu Pintu."
        )
    )
    b.append(pdf.Heading(2, "4.2 Program Dimensi Smart Environment dan Smart Branding"))
    for k, p in enumerate(ENV, 1):
        b.append(pdf.Heading(3, f"Program 4.2.{k}: {p.name}"))
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V QUICK WIN"))
    b.append(
        pdf.Para(
            "Quick win dilaksanakan pada tahun 2025 bersamaan dengan penetapan masterplan. Timeline ditulis per "
            "triwulan (Q1-Q4)."
        )
    )
    rows = [
        [
            INFO[p.name]["code"],
            p.name,
            ", ".join(p.opd),
            INFO[p.name]["icell"],
            INFO[p.name]["tl"],
            INFO[p.name]["bcell"],
        ]
        for p in QW
    ]
    b.append(
        pdf.Table(
            ["Kode", "Quick Win", "Unit Kerja", "Indikator Keberhasilan", "Timeline", "Pagu"],
            rows,
            caption="Tabel 5.1 Daftar Quick Win 2025",
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini ditinjau ulang paling lambat pada tahun 2027 dan disesuaikan dengan hasil evaluasi "
            "Gerakan Menuju 100 Smart City."
        )
    )
    return b
