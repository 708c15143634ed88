"""Kota Giri Purnama (FICTIONAL): a priority-scoring table, logframe tables and stage-and-money road
maps (fresh8 set).

Style: as consultant-written city masterplans that follow the Kominfo evaluation criteria (baseline,
input, output, outcome, impact):
  (0) chapter III "Penilaian Prioritas Program": "Tabel 3.1 Hasil Penilaian Prioritas Program" lists
      EVERY programme, sorted by score: No | Program | Dimensi | Urgensi (40%) | Dampak (35%) | Kelayakan
      (25%) | Skor Tertimbang ("4,35") | Kategori ("Quick Win" / "Prioritas I" / "Prioritas II"). It
      defines no field but quick_win (gold quick_win = Kategori "Quick Win"); the scores are never
      targets or budgets. Chapter IV defines the programmes (gold page).
  (A) governance, branding and economy: one "Kerangka Logis" (logframe) table per dimension, "Program |
      Penanggung Jawab | Baseline (2024) | Input | Output | Outcome (Target Kinerja) | Dampak". The
      Input cell holds the resources as labelled parts, "Anggaran: Rp 850 jt (APBD); Waktu: 2025; SDM:
      2 analis data" (the order of the parts varies; money as "Rp 850 jt", "Rp 1.950.000.000", "Rp 3,15
      Milyar", "Rp 1,2 M"; years "2025", "2026 s/d 2028", "2026–2027", "TA 2026"): gold budget and year
      come from it. The Output is a deliverable (counts of things built, never the target); the Outcome
      cell is the target ("<indicator>: 100% (Desember 2025)", "75% ... pada 2028", "Target 2029: ...");
      the Baseline is never the target; the Dampak is qualitative.
  (B) living, society and environment: one "Tahapan dan Pembiayaan" road map per dimension, "Program |
      Perangkat Daerah | 2025 | 2026 | 2027 | 2028 | 2029 | Sasaran Akhir": each year cell holds the
      year's main step and its money, "Pengembangan aplikasi dan uji coba di 4 puskesmas; Rp 600 jt"
      ("-" for a year without the programme). The text above the tables states the convention: gold
      budget = the sum of the year amounts (budget_per_year), year = [first, last] year with a step (an
      int for one year); Sasaran Akhir "100% puskesmas merujuk pasien secara daring (2028)" is the target
      (the counts in the steps are not). Two owners in one cell are separated by "; ".
  (C) "4.3 Program Lintas Dimensi": two programmes in prose ("dikoordinasikan oleh ...", "Kebutuhan
      anggarannya Rp 4.250 juta untuk 2026–2028", "Pada akhir 2028 ditargetkan ...").
Five fields are truly missing: a budget (Input "Anggaran: belum dianggarkan (menunggu hasil kajian
kebutuhan perangkat)"), a target (Outcome "Indikator outcome ditetapkan setelah survei pencari kerja
2025"; Baseline "Belum ada data dasar"), an owner (road-map cell "Belum ditetapkan*", footnoted), a
budget (road-map cells with steps but no money, "*)" KPBU footnote: value not yet computed) and a year
(prose: "waktu pelaksanaannya menunggu selesainya pembangunan gedung ..."; its target names no year).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p30_logframe_giri_purnama",
    name="Kota Giri Purnama",
    period="2025-2029",
    style="priority-scoring table, logframe tables (money and years in the Input cell), stage-and-money road maps",
    split="fresh8",
    intro=[
        "Kota Giri Purnama adalah kota perbukitan dengan pusat perdagangan, kampus dan kawasan wisata kuliner "
        "yang ramai pada malam bulan purnama. Pertumbuhan penduduk pendatang, kemacetan di jalan menanjak dan "
        "genangan di kawasan lembah menjadi persoalan utama kota.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City. Masterplan ini disusun dengan kerangka "
        "kinerja baseline, input, output, outcome dan dampak sesuai kriteria evaluasi smart city, serta "
        "memprioritaskan program berdasarkan penilaian urgensi, dampak dan kelayakan.",
    ],
)

T = Target
YEARS = (2025, 2026, 2027, 2028, 2029)
INFO: dict[str, dict] = {}


# ------------------------------------------------------------------ (A) logframe programmes
def _lf(name, opd, base, inp, output, outcome, dampak, target, year, budget, *, qw=False, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "", quick_win=qw, v="logframe", note=note)
    INFO[name] = dict(base=base, inp=inp, output=output, outcome=outcome, dampak=dampak)
    return p


GOV = [
    _lf(
        "Dasbor Kinerja Wali Kota",
        ["Badan Perencanaan Pembangunan Daerah"],
        "Laporan capaian kinerja triwulanan disusun manual",
        "Anggaran: Rp 850 jt (APBD); Waktu: 2025; SDM: 2 analis data",
        "1 dasbor kinerja yang terhubung dengan aplikasi perencanaan dan keuangan",
        "Perangkat daerah yang melaporkan capaian kinerja bulanan melalui dasbor: 100% (Desember 2025)",
        "Keputusan pimpinan lebih cepat dan berbasis data",
        T("perangkat daerah yang melaporkan capaian kinerja bulanan melalui dasbor", 100, "persen", 2025),
        2025,
        850e6,
        qw=True,
    ),
    _lf(
        "Arsip Digital Perangkat Daerah",
        ["Dinas Perpustakaan dan Kearsipan"],
        "12% arsip dinamis aktif terdigitalisasi",
        "Waktu: 2026 s/d 2028; Anggaran: Rp 1.950.000.000 (APBD); SDM: 6 arsiparis",
        "Sistem arsip elektronik dan 1 ruang alih media",
        "75% arsip dinamis aktif terdigitalisasi pada 2028",
        "Pencarian dokumen lebih cepat dan arsip aman dari kerusakan",
        T("arsip dinamis aktif terdigitalisasi", 75, "persen", 2028),
        [2026, 2028],
        1.95e9,
        note="the years before the money in the Input cell",
    ),
    _lf(
        "Layanan Adminduk Tanpa Tatap Muka",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        "28% dokumen kependudukan diterbitkan secara daring",
        "Anggaran: belum dianggarkan (menunggu hasil kajian kebutuhan perangkat); Waktu: 2026–2027; SDM: 4 operator",
        "Layanan permohonan daring, tanda tangan elektronik dan cetak mandiri di 5 kecamatan",
        "85% dokumen kependudukan diterbitkan tanpa tatap muka (2027)",
        "Warga tidak perlu antre di kantor Disdukcapil",
        T("dokumen kependudukan diterbitkan tanpa tatap muka", 85, "persen", 2027),
        [2026, 2027],
        None,
        note="budget truly missing: 'belum dianggarkan'",
    ),
    _lf(
        "Pengadaan dan Kontrak Elektronik",
        ["Bagian Pengadaan Barang dan Jasa Sekretariat Daerah"],
        "Kontrak pengadaan dikelola dengan berkas kertas",
        "Anggaran: Rp 3,15 Milyar; Waktu: 2027 s/d 2029; SDM: 3 pengelola pengadaan",
        "Aplikasi manajemen kontrak yang terhubung dengan katalog elektronik",
        "Target 2029: 100% paket pengadaan dikelola kontraknya secara elektronik",
        "Pengadaan lebih transparan dan mudah diawasi",
        T("paket pengadaan dikelola kontraknya secara elektronik", 100, "persen", 2029),
        [2027, 2029],
        3.15e9,
        note="owner is a Bagian of the Setda",
    ),
]

BRAND = [
    _lf(
        "Festival Purnama Daring",
        ["Dinas Kebudayaan dan Pariwisata"],
        "12.000 penonton festival",
        "Anggaran: Rp 1,92 M (APBD); Waktu: 2025–2027; SDM: tim produksi siaran",
        "Siaran langsung, tiket daring dan kalender acara digital",
        "60.000 penonton festival luring dan daring pada 2027",
        "Kota dikenal sebagai tujuan wisata budaya malam hari",
        T("penonton festival luring dan daring", 60000, "penonton", 2027),
        [2025, 2027],
        1.92e9,
        note="baseline count before the target",
    ),
    _lf(
        "Direktori Produk Unggulan Kota",
        ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
        "Belum ada direktori produk",
        "Anggaran: Rp 175.000.000; Waktu: 2025; SDM: 2 admin konten",
        "1 direktori daring dan 40 sesi foto produk",
        "250 produk UMKM tampil di direktori daring (2025)",
        "Produk unggulan kota lebih mudah ditemukan pembeli dan investor",
        T("produk UMKM tampil di direktori daring", 250, "produk", 2025),
        2025,
        175e6,
        qw=True,
        note="an Output count (40 sesi) next to the target",
    ),
]

ECON = [
    _lf(
        "Pasar Rakyat Digital",
        ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
        "5% pedagang menerima pembayaran nontunai",
        "Anggaran: Rp 1,2 M (APBD dan DAK); Waktu: 2025–2026; SDM: 8 pendamping pasar",
        "QRIS dan timbangan digital di 6 pasar rakyat",
        "60% pedagang pasar rakyat menerima pembayaran nontunai (2026)",
        "Transaksi pasar tercatat dan pedagang mudah mengakses kredit",
        T("pedagang pasar rakyat menerima pembayaran nontunai", 60, "persen", 2026),
        [2025, 2026],
        1.2e9,
    ),
    _lf(
        "Bursa Kerja Daring Giri Purnama",
        ["Dinas Tenaga Kerja"],
        "Belum ada data dasar",
        "Waktu: TA 2026; Anggaran: Rp 720 jt; SDM: 3 pengantar kerja",
        "Portal lowongan kerja dan 4 bursa kerja virtual",
        "Indikator outcome ditetapkan setelah survei pencari kerja 2025",
        "Pencari kerja lebih cepat memperoleh pekerjaan",
        None,
        2026,
        720e6,
        note="target truly missing; 'TA 2026' in the Input cell",
    ),
    _lf(
        "Inkubasi Usaha Rintisan Digital",
        ["Badan Riset dan Inovasi Daerah"],
        "4 usaha rintisan binaan",
        "SDM: 5 mentor; Anggaran: Rp 2,4 M; Waktu: 2027 s/d 2029",
        "Ruang kerja bersama, kelas bisnis dan 3 temu investor per tahun",
        "Target 2029: 40 usaha rintisan lulus inkubasi",
        "Tumbuhnya lapangan kerja baru bagi lulusan kampus",
        T("usaha rintisan lulus inkubasi", 40, "usaha rintisan", 2029),
        [2027, 2029],
        2.4e9,
    ),
]


def _lf_table(pdf, cap: str, ps: list) -> list:
    hdr = ["Program", "Penanggung Jawab", "Baseline (2024)", "Input", "Output", "Outcome (Target Kinerja)", "Dampak"]
    rows = []
    for p in ps:
        f = INFO[p.name]
        rows.append([p.name, " dan ".join(p.opd), f["base"], f["inp"], f["output"], f["outcome"], f["dampak"]])
    return [pdf.Table(hdr, rows, caption=cap)]


# ------------------------------------------------------------------ (B) stage-and-money road maps
def _money(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} M" if v >= 1e9 else f"Rp {num_id(v / 1e6)} jt"


def _rm(name, opd, steps, target, sasaran, *, money=True, qw=False, note=""):
    """steps: {year: (step, Rp juta)}; money False: the steps carry no amount (budget None)."""
    per_year = {y: v * 1e6 for y, (_, v) in steps.items()} if money else None
    budget = sum(per_year.values()) if per_year else None
    ys = sorted(steps)
    year = ys[0] if len(ys) == 1 else [ys[0], ys[-1]]
    p = Prog(name, "", list(opd), target, year, budget, "", budget_per_year=per_year, quick_win=qw, v="roadmap")
    p.note = note
    INFO[name] = dict(steps=steps, sasaran=sasaran, money=money)
    return p


LIVING = [
    _rm(
        "Sistem Rujukan Terintegrasi",
        ["Dinas Kesehatan"],
        {
            2026: ("Pengembangan aplikasi dan uji coba di 4 puskesmas", 600),
            2027: ("Perluasan ke seluruh puskesmas dan RSUD", 900),
            2028: ("Integrasi dengan klinik swasta", 350),
        },
        T("puskesmas merujuk pasien secara daring", 100, "persen", 2028),
        "100% puskesmas merujuk pasien secara daring (2028)",
        note="RSUD in a step, never the owner",
    ),
    _rm(
        "Halte Informasi Angkutan Kota",
        ["Dinas Perhubungan"],
        {
            2025: ("Survei titik halte dan desain", 150),
            2026: ("Pembangunan 10 halte", 1500),
            2027: ("Pembangunan 10 halte", 1500),
        },
        T("halte informasi beroperasi", 20, "halte", 2027),
        "20 halte informasi beroperasi (2027)",
    ),
    _rm(
        "Posyandu Digital",
        [],
        {
            2026: ("Uji coba di 20 posyandu", 240),
            2027: ("Perluasan ke 150 posyandu", 480),
        },
        T("posyandu mencatat tumbuh kembang balita secara digital", 150, "posyandu", 2027),
        "150 posyandu mencatat tumbuh kembang balita secara digital (2027)",
        note="OPD truly missing: 'Belum ditetapkan*' with a footnote",
    ),
]

SOCIETY = [
    _rm(
        "Kelas Digital Sekolah Dasar",
        ["Dinas Pendidikan"],
        {2025: ("Pengadaan perangkat dan pelatihan guru di 15 SD", 450)},
        T("SD memiliki kelas digital", 15, "SD", 2025),
        "15 SD memiliki kelas digital (2025)",
        qw=True,
        note="one year",
    ),
    _rm(
        "Kamera Pengawas Lingkungan Terpadu",
        ["Satuan Polisi Pamong Praja", "Dinas Komunikasi dan Informatika"],
        {
            2026: ("Pemasangan 40 kamera", 1100),
            2027: ("Pemasangan 40 kamera", 1100),
            2028: ("Integrasi dengan ruang kendali kota", 400),
        },
        T("titik kamera terhubung ruang kendali kota", 80, "titik kamera", 2028),
        "80 titik kamera terhubung ruang kendali kota (2028)",
        note="two owners separated by '; '",
    ),
    _rm(
        "Data Terpadu Bantuan Sosial",
        ["Dinas Sosial"],
        {
            2025: ("Pemutakhiran data penerima", 300),
            2026: ("Aplikasi penyaluran dan pengaduan", 500),
        },
        T("penerima bantuan sosial daerah tervalidasi NIK", 100, "persen", 2026),
        "100% penerima bantuan sosial daerah tervalidasi NIK (2026)",
    ),
]

ENV = [
    _rm(
        "Pengolahan Sampah Menjadi Energi",
        ["Dinas Lingkungan Hidup"],
        {
            2026: ("Studi kelayakan dan penyiapan KPBU*", 0),
            2027: ("Lelang badan usaha*", 0),
            2028: ("Konstruksi fasilitas*", 0),
            2029: ("Operasi komersial*", 0),
        },
        T("sampah kota terolah per hari", 200, "ton", 2029),
        "200 ton sampah kota terolah per hari (2029)",
        money=False,
        note="budget truly missing: KPBU, value not yet computed (footnote)",
    ),
    _rm(
        "Sumur Resapan dan Sensor Genangan",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        {
            2025: ("Pemetaan titik genangan", 200),
            2026: ("Pembangunan 300 sumur resapan", 900),
            2027: ("Pembangunan 300 sumur resapan dan 15 sensor genangan", 1250),
        },
        T("sumur resapan terbangun", 600, "sumur resapan", 2027),
        "600 sumur resapan terbangun (2027)",
    ),
    _rm(
        "Uji Emisi Kendaraan Terdata",
        ["Dinas Lingkungan Hidup"],
        {
            2028: ("Uji emisi di 5 lokasi", 180),
            2029: ("Uji emisi di 10 lokasi", 220),
        },
        T("kendaraan teruji emisi dan tercatat", 12000, "kendaraan", 2029),
        "12.000 kendaraan teruji emisi dan tercatat (2029)",
    ),
]


def _rm_cell(p: Prog, y: int) -> str:
    f = INFO[p.name]
    if y not in f["steps"]:
        return "-"
    step, v = f["steps"][y]
    return f"{step}; {_money(v * 1e6)}" if f["money"] else step


def _rm_table(pdf, cap: str, ps: list) -> list:
    hdr = ["Program", "Perangkat Daerah"] + [str(y) for y in YEARS] + ["Sasaran Akhir"]
    rows = []
    for p in ps:
        pd = "; ".join(p.opd) if p.opd else "Belum ditetapkan*"
        rows.append([p.name, pd] + [_rm_cell(p, y) for y in YEARS] + [INFO[p.name]["sasaran"]])
    out = [pdf.Table(hdr, rows, caption=cap)]
    if any(not p.opd for p in ps):
        out.append(
            pdf.Para(
                "*) Perangkat daerah penanggung jawab ditetapkan dengan Keputusan Wali Kota setelah penataan "
                "kewenangan layanan posyandu."
            )
        )
    if any(not INFO[p.name]["money"] for p in ps):
        out.append(
            pdf.Para(
                "*) Dibiayai dengan skema Kerja Sama Pemerintah dan Badan Usaha (KPBU); nilai investasi belum "
                "dihitung dan akan ditetapkan dalam dokumen prastudi kelayakan."
            )
        )
    return out


# ------------------------------------------------------------------ (C) cross-dimension prose
CROSS = [
    Prog(
        "Satu Kartu Warga Giri Purnama",
        "",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        T("warga memakai satu kartu warga", 150000, "warga", 2028),
        [2026, 2028],
        4.25e9,
        "",
        v="prose",
    ),
    Prog(
        "Pusat Komando Kota",
        "",
        ["Dinas Komunikasi dan Informatika"],
        T("perangkat daerah terhubung ke pusat komando", 25, "perangkat daerah"),
        None,
        6.5e9,
        "",
        v="prose",
        note="year truly missing: waits for the building; target names no year",
    ),
]


def _cross_paras(pdf) -> list:
    a, c = CROSS
    return [
        pdf.Para(
            f"Program {a.name} menyatukan kartu identitas anak, kartu perpustakaan, kartu berobat dan kartu "
            "angkutan kota dalam satu kartu berbasis NIK. Program ini dikoordinasikan oleh "
            f"{a.opd[0]}, dengan bank daerah sebagai mitra penerbit kartu dan Dinas Perhubungan sebagai "
            f"pengguna layanan. Kebutuhan anggarannya Rp {num_id(a.budget / 1e6)} juta untuk {a.year[0]}–"
            f"{a.year[1]}. Pada akhir {a.target.year} ditargetkan {num_id(a.target.value)} warga memakai satu "
            "kartu warga untuk sedikitnya tiga layanan."
        ),
        pdf.Para(
            f"Program {c.name} membangun ruang kendali yang menampilkan data lalu lintas, kamera pengawas, aduan "
            f"warga dan kebencanaan dalam satu layar. Penanggung jawabnya adalah {c.opd[0]}. Sasaran program: "
            f"{num_id(c.target.value)} perangkat daerah terhubung ke pusat komando. Biaya pembangunan "
            f"diperkirakan Rp {num_id(c.budget / 1e9)} miliar, sedangkan waktu pelaksanaannya menunggu "
            "selesainya pembangunan gedung perkantoran terpadu yang jadwalnya belum ditetapkan."
        ),
    ]


LOGFRAME = [("Smart Governance", GOV), ("Smart Branding", BRAND), ("Smart Economy", ECON)]
ROADMAP = [("Smart Living", LIVING), ("Smart Society", SOCIETY), ("Smart Environment", ENV)]


def programmes() -> list[Prog]:
    return [p for _, ps in LOGFRAME + ROADMAP for p in ps] + CROSS


# ------------------------------------------------------------------ (0) priority scoring
SCORES = {  # urgensi, dampak, kelayakan (1-5)
    "Dasbor Kinerja Wali Kota": (4, 4, 5),
    "Arsip Digital Perangkat Daerah": (3, 3, 4),
    "Layanan Adminduk Tanpa Tatap Muka": (5, 4, 3),
    "Pengadaan dan Kontrak Elektronik": (3, 4, 3),
    "Festival Purnama Daring": (3, 4, 4),
    "Direktori Produk Unggulan Kota": (4, 3, 5),
    "Pasar Rakyat Digital": (4, 4, 4),
    "Bursa Kerja Daring Giri Purnama": (4, 3, 4),
    "Inkubasi Usaha Rintisan Digital": (3, 4, 3),
    "Sistem Rujukan Terintegrasi": (5, 5, 3),
    "Halte Informasi Angkutan Kota": (4, 4, 3),
    "Posyandu Digital": (4, 4, 4),
    "Kelas Digital Sekolah Dasar": (4, 4, 5),
    "Kamera Pengawas Lingkungan Terpadu": (4, 3, 4),
    "Data Terpadu Bantuan Sosial": (5, 4, 4),
    "Pengolahan Sampah Menjadi Energi": (5, 5, 2),
    "Sumur Resapan dan Sensor Genangan": (5, 4, 3),
    "Uji Emisi Kendaraan Terdata": (2, 3, 4),
    "Satu Kartu Warga Giri Purnama": (3, 4, 2),
    "Pusat Komando Kota": (4, 5, 2),
}
DIM_OF = {}
for _d, _ps in LOGFRAME + ROADMAP:
    for _p in _ps:
        DIM_OF[_p.name] = _d[6:]
for _p in CROSS:
    DIM_OF[_p.name] = "Lintas dimensi"


def _score_table(pdf) -> list:
    ps = programmes()
    assert set(SCORES) == {p.name for p in ps}
    qw = {p.name for p in ps if p.quick_win}

    def score(n):
        u, d, k = SCORES[n]
        return round(0.40 * u + 0.35 * d + 0.25 * k, 2)

    order = sorted(ps, key=lambda p: (-score(p.name), p.name))
    rows = []
    for i, p in enumerate(order, start=1):
        s = score(p.name)
        kat = "Quick Win" if p.name in qw else ("Prioritas I" if s >= 3.9 else "Prioritas II")
        u, d, k = SCORES[p.name]
        rows.append([str(i), p.name, DIM_OF[p.name], str(u), str(d), str(k), f"{s:.2f}".replace(".", ","), kat])
    hdr = ["No", "Program", "Dimensi", "Urgensi (40%)", "Dampak (35%)", "Kelayakan (25%)", "Skor Tertimbang"]
    hdr.append("Kategori")
    return [pdf.Table(hdr, rows, caption="Tabel 3.1 Hasil Penilaian Prioritas Program Smart City")]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KONDISI DAN KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Giri Purnama terdiri atas lima kecamatan dan tiga puluh kelurahan. Seluruh kelurahan telah "
            "terjangkau jaringan 4G dan serat optik, dan pemerintah kota telah menerapkan SPBE dengan indeks 2,9. "
            "Hasil analisis kesiapan menunjukkan kelembagaan dan infrastruktur cukup siap, sedangkan integrasi "
            "data antarperangkat daerah dan literasi digital pelaku usaha kecil masih lemah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN PRIORITAS PROGRAM"))
    b.append(pdf.Heading(2, "3.1 Strategi"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Giri Purnama adalah "Giri Purnama Kota Bukit yang Cerdas, Ramah dan Lestari". '
            "Strategi ditempuh dengan mendahulukan program yang mendesak, berdampak luas dan paling siap "
            "dilaksanakan, sehingga sumber daya kota yang terbatas terpakai secara efektif."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "3.2 Penilaian Prioritas Program"))
    b.append(
        pdf.Para(
            "Setiap usulan program dinilai oleh Tim Pelaksana Smart City dengan tiga kriteria berskala 1 sampai "
            "5: urgensi (bobot 40%), dampak bagi warga (35%) dan kelayakan pelaksanaan (25%). Program berbiaya "
            "kecil yang dapat diselesaikan dalam satu tahun anggaran ditetapkan sebagai Quick Win; program lain "
            "dikelompokkan menjadi Prioritas I (skor 3,90 atau lebih) dan Prioritas II."
        )
    )
    b += _score_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Rencana program disajikan dengan dua cara. Program dimensi tata kelola, branding dan ekonomi "
            "dirumuskan dalam kerangka logis (baseline, input, output, outcome dan dampak). Program dimensi "
            "kehidupan, masyarakat dan lingkungan disajikan sebagai tahapan pelaksanaan per tahun beserta "
            "kebutuhan anggarannya. Dua program lintas dimensi diuraikan pada bagian akhir bab ini."
        )
    )
    b.append(pdf.Heading(2, "4.1 Kerangka Logis Program"))
    b.append(
        pdf.Para(
            "Kolom Input memuat sumber daya program: anggaran, waktu pelaksanaan dan SDM. Kolom Outcome memuat "
            "target kinerja program yang diukur pada akhir waktu pelaksanaan; baseline adalah kondisi tahun 2024."
        )
    )
    for j, (dim, ps) in enumerate(LOGFRAME, start=1):
        if dim == "Smart Economy":
            b.append(pdf.PageBreak())
        b.append(pdf.Heading(3, f"4.1.{j} {dim}"))
        b += _lf_table(pdf, f"Tabel 4.{j} Kerangka Logis Program {dim}", ps)
    b.append(pdf.Heading(2, "4.2 Tahapan dan Pembiayaan Program"))
    b.append(
        pdf.Para(
            "Setiap kolom tahun memuat kegiatan utama program pada tahun tersebut dan kebutuhan anggarannya; "
            "tanda - berarti program tidak berjalan pada tahun itu. Kebutuhan anggaran total suatu program "
            "adalah jumlah kebutuhan seluruh tahunnya. Kolom Sasaran Akhir memuat target program."
        )
    )
    for j, (dim, ps) in enumerate(ROADMAP, start=1):
        b.append(pdf.Heading(3, f"4.2.{j} {dim}"))
        b += _rm_table(pdf, f"Tabel 4.{len(LOGFRAME) + j} Tahapan dan Pembiayaan Program {dim}", ps)
    b.append(pdf.Heading(2, "4.3 Program Lintas Dimensi"))
    b += _cross_paras(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Kerangka logis dan tahapan program menjadi dasar evaluasi tahunan oleh Dewan Smart City Kota Giri "
            "Purnama. Program yang belum memiliki anggaran, target, penanggung jawab atau jadwal dilengkapi pada "
            "reviu masterplan berikutnya."
        )
    )
    return b
