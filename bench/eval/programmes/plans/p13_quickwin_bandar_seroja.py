"""Kota Bandar Seroja (FICTIONAL): a quick-win table, bullet sub-field programmes and a roadmap (fresh2 set).

Style: (A) a quick-win table "No | Quick Win | Deskripsi | Lokasi | Waktu Pelaksanaan | Biaya (Rp) |
Penanggung Jawab" whose Deskripsi ends with a "Target: ..." sentence, the time written as "Triwulan
III 2025", "Jan-Jun 2026", "Agustus-Desember 2025" (gold year = that year) and the cost as
"Rp. 350.000.000,-" or "Rp350 jt", closed by a "Total" row; (B) the programmes of each dimension
written as a bold one-line heading "Program X" followed by sub-fields on separate lines, either as
paragraphs starting with a bullet sign ("• Penanggung jawab : Bagian Organisasi Setda", "• Indikator :
...", "• Target : >= 80% pada 2027", "• Pendanaan : APBD Rp 1,1 miliar", "• Waktu : 2025 s/d 2027")
or as a pdfgen bullet list with the same keys; one programme gives the pendanaan per year with its
total, one gives two sources with their total; (C) in chapter V a roadmap table listing programme
names with an "X" under each year 2025..2029 (it defines no programme; its marks agree with the
"Waktu" lines). pdfgen's fonts are cp1252, which has no "≥": the plan writes ">=". Three programmes
truly lack one field: a quick win's cost (CSR, "nilai belum ditetapkan"), a programme's year (no
"Waktu" line, not in the roadmap; its target names no year) and a programme's target (no Indikator
or Target line).
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p13_quickwin_bandar_seroja",
    name="Kota Bandar Seroja",
    period="2025-2029",
    style="quick-win table + bullet sub-fields + roadmap",
    split="fresh2",
    intro=[
        "Kota Bandar Seroja adalah kota pelabuhan di pesisir barat yang tumbuh dari perdagangan rempah dan "
        "perikanan. Kawasan kota lama di sekitar pelabuhan menyimpan bangunan bersejarah, sementara pusat "
        "kota baru berkembang di sepanjang jalan lingkar dengan pusat perbelanjaan dan perumahan.",
        "Masterplan ini menetapkan program quick win yang dapat segera dilaksanakan, program smart city per "
        "dimensi beserta penanggung jawab, indikator, target, pendanaan dan waktu pelaksanaannya, serta "
        "peta jalan (roadmap) pelaksanaan program selama lima tahun.",
    ],
)

T = Target
YEARS = (2025, 2026, 2027, 2028, 2029)

# ------------------------------------------------------------------ (A) quick wins
QW_EXTRA: dict[str, dict] = {}


def _q(name, desc, target, tstyle, lokasi, waktu, year, opd, budget, bfmt, note=""):
    """One quick-win row: `waktu` is the time as the table writes it (its year is `year`)."""
    p = Prog(name, desc, [opd], target, year, budget, bfmt, quick_win=True, kind="Quick win", note=note)
    QW_EXTRA[name] = dict(tstyle=tstyle, lokasi=lokasi, waktu=waktu)
    return p


QUICK_WINS = [
    _q(
        "Wifi Gratis Taman Kota",
        "Penyediaan akses internet gratis dengan portal masuk dan batas waktu pemakaian di taman dan ruang "
        "terbuka publik.",
        T("titik akses internet publik yang aktif", 20, "titik"),
        "count",
        "Taman Seroja, Alun-Alun Kota, Taman Pantai Bandar",
        "Triwulan III 2025",
        2025,
        "Dinas Komunikasi dan Informatika",
        350e6,
        "rp_dash",
    ),
    _q(
        "Antrean Daring Rawat Jalan",
        "Pendaftaran dan nomor antrean rawat jalan melalui aplikasi dan layanan pesan, dengan layar antrean "
        "di ruang tunggu.",
        T("waktu tunggu pendaftaran rawat jalan", 15, "menit"),
        "down",
        "RSUD Bandar Seroja",
        "Jan-Jun 2026",
        2026,
        "RSUD Bandar Seroja",
        275e6,
        "jt",
        note="the RSUD is the owner here (Penanggung Jawab column)",
    ),
    _q(
        "Parkir Tepi Jalan Nontunai",
        "Pembayaran retribusi parkir tepi jalan dengan kode QR dan kartu uang elektronik melalui juru parkir resmi.",
        T("ruas jalan yang menerapkan parkir nontunai", 12, "ruas jalan"),
        "count",
        "Koridor Jalan Pelabuhan dan Jalan Lingkar",
        "Agustus-Desember 2025",
        2025,
        "Dinas Perhubungan",
        180e6,
        "rp_dash",
    ),
    _q(
        "Lapor Sampah Seroja",
        "Kanal pelaporan tumpukan sampah liar melalui aplikasi pesan dengan foto dan titik lokasi.",
        T("laporan yang ditindaklanjuti dalam 2 x 24 jam", 90, "persen"),
        "count",
        "Seluruh kelurahan",
        "Triwulan IV 2025",
        2025,
        "Dinas Lingkungan Hidup",
        95e6,
        "jt",
    ),
    _q(
        "Katalog Digital UMKM Pesisir",
        "Kurasi, foto produk dan katalog daring produk olahan ikan dan kerajinan kerang pelaku UMKM pesisir.",
        T("produk UMKM yang tampil di katalog daring", 300, "produk"),
        "count",
        "Kampung Nelayan Seroja, Pasar Ikan Bandar",
        "Triwulan I 2026",
        2026,
        "Dinas Koperasi dan UKM",
        None,
        "none",
        note="budget truly missing: CSR, 'nilai belum ditetapkan'",
    ),
    _q(
        "Surat Pengantar Kelurahan Daring",
        "Permohonan surat pengantar dan surat keterangan kelurahan melalui aplikasi, dengan tanda tangan "
        "elektronik lurah.",
        T("kelurahan yang melayani surat pengantar secara daring", 25, "kelurahan"),
        "count",
        "25 kelurahan",
        "Jan-Jun 2026",
        2026,
        "Bagian Tata Pemerintahan Setda",
        420e6,
        "rp_dash",
    ),
]

# ------------------------------------------------------------------ (B) programmes per dimension
PG_EXTRA: dict[str, dict] = {}


def _g(name, uraian, opd, target, year, budget, pendanaan, layout, *, tstyle="plain", per_year=None, note=""):
    """A programme: heading + sub-fields. `pendanaan`: how the funding line writes the money ("{rp}" is
    the budget phrase); layout: "dot" (paragraphs starting with a bullet sign) or "list" (pdfgen bullets)."""
    p = Prog(name, uraian, list(opd), target, year, budget, "miliar", budget_per_year=per_year, note=note)
    PG_EXTRA[name] = dict(pendanaan=pendanaan, layout=layout, tstyle=tstyle)
    return p


DIMENSIONS = [
    (
        "Smart Governance",
        [
            _g(
                "Sistem Kinerja Pegawai Elektronik",
                "penyusunan dan penilaian sasaran kinerja pegawai secara elektronik yang terhubung dengan "
                "tunjangan kinerja",
                ["Bagian Organisasi Setda"],
                T("Persentase ASN yang mengisi sasaran kinerja pegawai melalui aplikasi", 80, "persen", 2027),
                [2025, 2027],
                1.1e9,
                "APBD {rp}",
                "dot",
                tstyle="ge",
            ),
            _g(
                "Seroja Satu Data",
                "katalog data, portal satu data kota dan forum satu data antarperangkat daerah",
                ["Dinas Komunikasi dan Informatika", "Bappeda"],
                T("Jumlah dataset sektoral yang terbit di portal satu data", 500, "dataset", 2026),
                [2025, 2026],
                850e6,
                "APBD {rp}",
                "list",
                note="two owners joined by 'dan'",
            ),
            _g(
                "Pengaduan Terpadu Seroja Lapor",
                "penyatuan kanal pengaduan warga dari aplikasi, media sosial dan layanan pesan ke satu dasbor "
                "tindak lanjut",
                ["Dinas Komunikasi dan Informatika"],
                T("Persentase pengaduan warga yang ditindaklanjuti", 90, "persen", 2026),
                [2025, 2026],
                None,
                "APBD {rp}",
                "dot",
                tstyle="min",
                per_year={2025: 250e6, 2026: 350e6},
                note="pendanaan per year with the total",
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            _g(
                "Bandar Seroja Kota Bahari",
                "kalender acara bahari tahunan, promosi digital destinasi pantai dan paket wisata kota lama",
                ["Dinas Pariwisata dan Kebudayaan"],
                T("Kunjungan wisatawan nusantara per tahun", 350000, "orang", 2028),
                [2026, 2028],
                2.4e9,
                "APBD {rp}",
                "list",
            ),
            _g(
                "Revitalisasi Kawasan Kota Lama Pelabuhan",
                "penataan fasad bangunan bersejarah, jalur pejalan kaki dan penerangan kawasan kota lama",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("Luas kawasan kota lama yang direvitalisasi", 6, "hektare", 2029),
                [2027, 2029],
                14.5e9,
                "APBD dan APBN {rp}",
                "dot",
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            _g(
                "Pelabuhan Perikanan Digital",
                "lelang ikan elektronik, timbangan digital dan pencatatan produksi di tempat pelelangan ikan",
                ["Dinas Kelautan dan Perikanan"],
                T("Produksi ikan yang tercatat dalam sistem lelang elektronik", 75, "persen", 2027),
                [2025, 2027],
                1.8e9,
                "APBD {dots}",
                "dot",
                tstyle="ge",
            ),
            _g(
                "UMKM Go Digital",
                "pelatihan pemasaran daring, pendaftaran di lokapasar dan klinik kemasan bagi UMKM",
                ["Dinas Koperasi dan UKM"],
                T("UMKM yang memiliki toko daring aktif", 2000, "UMKM", 2028),
                [2025, 2028],
                1.2e9,
                "APBD Rp 900 juta dan CSR Rp 300 juta (total {rp})",
                "list",
                note="two funding sources with their total",
            ),
            _g(
                "Investasi Kawasan Industri Maritim",
                "profil peluang investasi, peta lahan siap bangun dan layanan pendampingan investor di kawasan "
                "industri maritim",
                ["Dinas Penanaman Modal dan PTSP"],
                T("Investor yang merealisasikan investasi di kawasan industri maritim", 15, "investor"),
                None,
                750e6,
                "APBD {rp}",
                "dot",
                note="year truly missing: no Waktu line, not in the roadmap",
            ),
        ],
    ),
    (
        "Smart Living",
        [
            _g(
                "Seroja Sehat Terintegrasi",
                "rekam medis elektronik puskesmas yang terhubung dengan sistem rujukan rumah sakit",
                ["Dinas Kesehatan"],
                T("Puskesmas yang menerapkan rekam medis elektronik terintegrasi", 100, "persen", 2026),
                [2025, 2026],
                2.2e9,
                "APBD {rp}",
                "list",
            ),
            _g(
                "Angkutan Kota Terintegrasi",
                "koridor bus kota terjadwal dengan halte informasi kedatangan dan pembayaran nontunai",
                ["Dinas Perhubungan"],
                T("Koridor angkutan kota dengan informasi kedatangan waktu nyata", 4, "koridor", 2029),
                [2026, 2029],
                6.5e9,
                "APBD {rp}",
                "dot",
            ),
            _g(
                "Penanganan Banjir Rob Berbasis Sensor",
                "sensor muka air laut, sirene dan dasbor peringatan dini di kelurahan pesisir",
                ["Badan Penanggulangan Bencana Daerah"],
                T("Kelurahan pesisir yang terpasang sensor muka air dan sirene", 18, "kelurahan", 2027),
                [2025, 2027],
                1.35e9,
                "APBD {rp}",
                "list",
            ),
        ],
    ),
    (
        "Smart Society",
        [
            _g(
                "Sekolah Pesisir Terhubung",
                "sambungan internet dan kelas digital bagi sekolah dasar dan menengah di kawasan pesisir",
                ["Dinas Pendidikan"],
                T("Sekolah yang terhubung internet dan memiliki kelas digital", 60, "sekolah", 2027),
                [2025, 2027],
                1.5e9,
                "APBD {rp}",
                "dot",
            ),
            _g(
                "Kampung Digital Seroja",
                "pendampingan warga kampung nelayan dan kampung kota agar cakap memakai layanan digital "
                "pemerintah dan aman bertransaksi daring",
                ["Dinas Komunikasi dan Informatika"],
                None,
                [2026, 2027],
                480e6,
                "APBD {rp}",
                "list",
                note="target truly missing: no Indikator or Target line",
            ),
        ],
    ),
    (
        "Smart Environment",
        [
            _g(
                "Mangrove Seroja Lestari",
                "penanaman, pemantauan dan wisata edukasi mangrove bersama kelompok masyarakat pesisir",
                ["Dinas Lingkungan Hidup"],
                T("Luas mangrove yang ditanam dan dipantau", 120, "hektare", 2029),
                [2025, 2029],
                1.25e9,
                "APBD {rp}",
                "dot",
            ),
            _g(
                "Pengelolaan Sampah Terpadu TPS3R",
                "pembangunan tempat pengolahan sampah reduce-reuse-recycle di kelurahan dengan pencatatan "
                "volume olahan secara daring",
                ["Dinas Lingkungan Hidup"],
                T("Persentase sampah kota yang terolah di TPS3R", 30, "persen", 2028),
                [2026, 2028],
                3.2e9,
                "APBD {rp}",
                "list",
                tstyle="ge",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    out = QUICK_WINS + [p for _, ps in DIMENSIONS for p in ps]
    for p in out:
        if p.budget_per_year and p.budget is None:
            p.budget = sum(p.budget_per_year.values())
    return out


# ------------------------------------------------------------------ values as the plan writes them
def _rp(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _biaya(p: Prog) -> str:
    if p.budget is None:
        return "- (CSR, nilai belum ditetapkan)"
    if p.bfmt == "rp_dash":
        return f"Rp. {num_id(p.budget)},-"
    if p.bfmt == "jt":
        return f"Rp{num_id(p.budget / 1e6)} jt"
    raise ValueError(p.bfmt)


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _qw_target(p: Prog) -> str:
    t, style = p.target, QW_EXTRA[p.name]["tstyle"]
    if style == "down":
        return f"Target: {t.ind} turun menjadi {_val(t)}."
    ind = t.ind
    if t.unit != "persen" and ind.startswith(t.unit + " "):
        ind = ind[len(t.unit) + 1 :]
    return f"Target: {_val(t)} {ind}."


def _qw_table(pdf) -> list:
    hdr = ["No", "Quick Win", "Deskripsi", "Lokasi", "Waktu Pelaksanaan", "Biaya (Rp)", "Penanggung Jawab"]
    rows = []
    for i, p in enumerate(QUICK_WINS, start=1):
        ex = QW_EXTRA[p.name]
        rows.append([str(i), p.name, f"{p.desc} {_qw_target(p)}", ex["lokasi"], ex["waktu"], _biaya(p), p.opd[0]])
    total = sum(p.budget for p in QUICK_WINS if p.budget is not None)
    rows.append(["", "Total", "", "", "", f"Rp. {num_id(total)},-", ""])
    spans = [((1, len(rows)), (4, len(rows)))]
    return [pdf.SpanTable(hdr, rows, caption="Tabel 4.1 Program Quick Win Kota Bandar Seroja", spans=spans)]


def _target_line(p: Prog) -> str:
    t, style = p.target, PG_EXTRA[p.name]["tstyle"]
    yr = f" pada {t.year}" if t.year else ""
    if style == "ge":
        return f">= {_val(t)}{yr}"
    if style == "min":
        return f"minimal {_val(t)}{yr}"
    return f"{_val(t)}{yr}"


def _pendanaan(p: Prog) -> str:
    fmt = PG_EXTRA[p.name]["pendanaan"]
    s = fmt.format(rp=_rp(p.budget), dots=f"Rp {num_id(p.budget)}")
    if p.budget_per_year:
        s += " (" + "; ".join(f"{y}: {_rp(v)}" for y, v in p.budget_per_year.items()) + ")"
    return s


def _fields(p: Prog) -> list[tuple[str, str]]:
    f = [("Penanggung jawab", " dan ".join(p.opd)), ("Uraian", p.desc[0].upper() + p.desc[1:])]
    if p.target is not None:
        f += [("Indikator", p.target.ind), ("Target", _target_line(p))]
    f.append(("Pendanaan", _pendanaan(p)))
    if p.year is not None:
        f.append(("Waktu", f"{p.year[0]} s/d {p.year[1]}"))
    return f


def _programme(pdf, p: Prog) -> list:
    b = [pdf.Heading(4, f"Program {p.name}")]
    lines = [f"{k} : {v}" for k, v in _fields(p)]
    if PG_EXTRA[p.name]["layout"] == "list":
        b.append(pdf.Bullets(lines))
    else:
        b += [pdf.Para(f"\u2022 {ln}") for ln in lines]
    return b


def _roadmap(pdf) -> list:
    hdr = ["No", "Program", "Dimensi"] + [str(y) for y in YEARS]
    rows, i = [], 0
    for dim, ps in DIMENSIONS:
        for p in ps:
            if p.year is None:
                continue
            i += 1
            lo, hi = p.year
            rows.append([str(i), p.name, dim] + ["X" if lo <= y <= hi else "" for y in YEARS])
    return [pdf.Table(hdr, rows, caption="Tabel 5.1 Roadmap Program Smart City Kota Bandar Seroja 2025-2029")]


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Bandar Seroja terdiri atas lima kecamatan dan dua puluh lima kelurahan. Seluruh kelurahan telah "
            "terjangkau jaringan seluler 4G dan serat optik, dan pemerintah kota telah memiliki ruang kendali "
            "kota. Kelemahan utama terletak pada keterpaduan aplikasi antarperangkat daerah, kecakapan digital "
            "warga kampung nelayan dan kerentanan kawasan pesisir terhadap banjir rob."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Bandar Seroja adalah "Bandar Seroja Cerdas, Bahari dan Berbudaya". Strategi '
            "ditempuh melalui dua jalur: quick win yang memberi manfaat dalam waktu kurang dari satu tahun, dan "
            "program per dimensi yang dilaksanakan bertahap selama masa berlaku masterplan."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Program Quick Win"))
    b.append(
        pdf.Para(
            "Quick win dipilih dari usulan perangkat daerah yang dapat dilaksanakan dalam waktu singkat dengan "
            "biaya relatif kecil dan manfaat yang langsung dirasakan warga."
        )
    )
    b += _qw_table(pdf)
    for i, (dim, ps) in enumerate(DIMENSIONS, start=2):
        b.append(pdf.Heading(2, f"4.{i} Program {dim}"))
        for p in ps:
            b += _programme(pdf, p)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V ROADMAP PELAKSANAAN"))
    b.append(
        pdf.Para(
            "Tabel berikut menunjukkan tahun pelaksanaan program smart city per dimensi. Tanda X menunjukkan "
            "tahun program dilaksanakan."
        )
    )
    b += _roadmap(pdf)
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City Kota Bandar Seroja. Program yang belum "
            "memiliki jadwal, target atau rincian biaya akan dilengkapi pada reviu masterplan."
        )
    )
    return b
