"""Kabupaten Ngarai Cemara (FICTIONAL): a gap-analysis quick-win table, indicator-first programme tables
and a phased implementation chapter (fresh8 set).

Style: chapter IV "Program dan Rencana Implementasi" in three parts, each field of a programme stated in
one of them:
  (A) "4.1 Quick Win": a gap-analysis table "No | Kondisi Saat Ini | Quick Win | Kondisi yang Diharapkan |
      Penanggung Jawab | Waktu | Biaya": the name in the THIRD column; "Kondisi Saat Ini" is the baseline
      (figures with "(2025)", never the target); "Kondisi yang Diharapkan" is the target with a month and
      year ("90% pengaduan ... (Des 2026)": gold target year 2026); Waktu as month abbreviations ("Feb –
      Nov 2026": gold 2026; "Okt 2026 – Jun 2027": [2026, 2027]); Biaya "Rp. 120 Jt", "Rp 350 juta", "Rp
      210.500.000", "Rp 185 Jt"; an RSUD as the owner once (it is the penanggung jawab there).
  (B) "4.2 Indikator Kinerja dan Program": one table per dimension, INDICATOR first, as masterplans built
      on key performance indicators write them: "Kode | Indikator Kinerja | Satuan | Kondisi Awal (2025) |
      Target 2030 | Program | Perangkat Daerah" (one programme per indicator row); the header words and
      column order change per dimension ("Baseline 2025", "Target Akhir Periode (2030)", "Program
      Pendukung", "Pelaksana"; living and society put "No | Program" first). Gold target = the Target
      cell, unit = the Satuan ("%" for persen), target year = 2030 (from the header; the cells write
      no year); the kondisi awal / baseline is never the target. Owners in full ("Badan Kepegawaian dan
      Pengembangan Sumber Daya Manusia") in governance and branding, often as common abbreviations
      without a glossary in the other tables ("Disperindag", "Dinkes", "Dinas PUPR", "Diskominfo", "BPBD",
      "DLH"; the quick-win table has "DPMPTSP"): gold opd as written. These tables give no year and no
      money.
  (C) "4.3 Tahapan Implementasi": the plan's phases, "Fase I – Fondasi (2026–2027)", "Fase II – Akselerasi
      (2028–2029)", "Fase III – Keberlanjutan (2030)" (sub-headings; no jangka pendek/menengah/panjang
      words: gold horizon None). Fase I is a bullet list "Program <Name>: Rp 1,2 miliar" (with "(dimulai
      pada Fase I dan berlanjut sampai akhir 2029)", "(dilaksanakan pada 2027 saja)"); Fase II and III are
      paragraphs naming several programmes each with the money in parentheses ("Manajemen Talenta ASN (Rp
      900 juta), ..."; "hanya dilaksanakan pada 2029 dengan kebutuhan Rp 450 juta"); the Fase II paragraph
      mentions two Fase I programmes again as continuing (no new values). Gold year = the phase's years
      unless the item says otherwise ([2026, 2029], 2027, [2026, 2028], 2029); budget = the amount given.
Quick wins are kind "Quick win". Four fields are truly missing: a quick win's year (Waktu "Menunggu
integrasi dengan sistem OSS pusat"; its target names no date), a programme's target (Target cell "-*",
footnoted: the indicator is still being defined), a programme's owner (Perangkat Daerah "Belum
ditentukan*", footnoted) and a programme's budget (Fase III: financed by CSR, "nilainya belum
disepakati").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p31_kesenjangan_ngarai_cemara",
    name="Kabupaten Ngarai Cemara",
    period="2026-2030",
    style="gap-analysis quick-win table, indicator-first programme tables, phased implementation lists and prose",
    split="fresh8",
    intro=[
        "Kabupaten Ngarai Cemara adalah kabupaten pegunungan dengan ngarai yang dalam, hutan pinus dan cemara, "
        "kebun kopi serta desa-desa agrowisata. Jalan antar-kecamatan berkelok dan rawan longsor pada musim "
        "hujan, sehingga banyak layanan publik sulit dijangkau warga desa.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk periode "
        "2026-2030. Program smart city diturunkan dari indikator kinerja yang ingin dicapai pada akhir periode "
        "dan dilaksanakan secara bertahap.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


# ------------------------------------------------------------------ (A) quick wins, gap analysis
def _q(name, now, harap, target, opd, waktu, year, budget, biaya, *, note=""):
    assert target is None or num_id(target.value) in harap, name
    p = Prog(name, "", [opd], target, year, budget, "", quick_win=True, kind="Quick win", v="gap", note=note)
    INFO[name] = dict(now=now, harap=harap, waktu=waktu, biaya=biaya)
    return p


QUICK_WINS = [
    _q(
        "Layanan Pengaduan Terpadu Bupati",
        "Pengaduan masuk melalui kotak saran dan media sosial; sekitar 40% ditanggapi (2025)",
        "90% pengaduan warga ditanggapi dalam 3 hari kerja (Des 2026)",
        T("pengaduan warga ditanggapi dalam 3 hari kerja", 90, "persen", 2026),
        "Dinas Komunikasi dan Informatika",
        "Feb – Nov 2026",
        2026,
        120e6,
        "Rp. 120 Jt",
        note="baseline percentage in Kondisi Saat Ini",
    ),
    _q(
        "Antrean Poliklinik Daring",
        "Antrean poliklinik dimulai pukul 05.00; rata-rata waktu tunggu 180 menit (2025)",
        "Waktu tunggu rata-rata poliklinik turun menjadi 60 menit (Jun 2027)",
        T("waktu tunggu rata-rata poliklinik", 60, "menit", 2027),
        "RSUD Ngarai Cemara",
        "Okt 2026 – Jun 2027",
        [2026, 2027],
        350e6,
        "Rp 350 juta",
        note="an RSUD as the owner; a falling target",
    ),
    _q(
        "Izin Usaha Mikro Sehari Jadi",
        "Izin usaha mikro terbit dalam 5 sampai 7 hari kerja (2025)",
        "1.000 izin usaha mikro terbit dalam 1 hari kerja",
        T("izin usaha mikro terbit dalam 1 hari kerja", 1000, "izin"),
        "DPMPTSP",
        "Menunggu integrasi dengan sistem OSS pusat",
        None,
        210.5e6,
        "Rp 210.500.000",
        note="year truly missing; the target names no date",
    ),
    _q(
        "Peta Jalur Evakuasi Daring",
        "Peta jalur evakuasi hanya tersedia di kantor desa dalam bentuk cetak (2025)",
        "45 desa rawan bencana memiliki peta jalur evakuasi daring (Des 2026)",
        T("desa rawan bencana memiliki peta jalur evakuasi daring", 45, "desa", 2026),
        "Badan Penanggulangan Bencana Daerah",
        "Mar – Des 2026",
        2026,
        185e6,
        "Rp 185 Jt",
    ),
    _q(
        "Kantin Sekolah Nontunai",
        "Seluruh transaksi kantin sekolah tunai; 0 sekolah memakai kartu pelajar (2025)",
        "30 SMP menerapkan kantin nontunai dengan kartu pelajar (Jul 2027)",
        T("SMP menerapkan kantin nontunai dengan kartu pelajar", 30, "SMP", 2027),
        "Dinas Pendidikan dan Kebudayaan",
        "Jan – Jul 2027",
        2027,
        95e6,
        "Rp 95 juta",
    ),
]


def _qw_table(pdf) -> list:
    hdr = [
        "No",
        "Kondisi Saat Ini",
        "Quick Win",
        "Kondisi yang Diharapkan",
        "Penanggung Jawab",
        "Waktu",
        "Biaya",
    ]
    rows = []
    for i, p in enumerate(QUICK_WINS, start=1):
        f = INFO[p.name]
        rows.append([str(i), f["now"], p.name, f["harap"], p.opd[0], f["waktu"], f["biaya"]])
    return [pdf.Table(hdr, rows, caption="Tabel 4.1 Analisis Kesenjangan dan Quick Win")]


# ------------------------------------------------------------------ (B) indicator-first tables
def _k(code, name, ik, unit, awal, target, opd, year, budget, money, *, note=""):
    """target None: '-*'; opd None: 'Belum ditentukan*'; money: how the phase chapter writes the budget."""
    t = None if target is None else T(ik, target, unit, 2030)
    p = Prog(name, "", [opd] if opd else [], t, year, budget, "", v="iku", note=note)
    INFO[name] = dict(code=code, ik=ik, unit=unit, awal=awal, money=money)
    return p


GOV = [
    _k(
        "IK-G1",
        "Portal Satu Data Ngarai Cemara",
        "Persentase perangkat daerah yang memublikasikan data prioritas",
        "persen",
        30,
        100,
        "Dinas Komunikasi dan Informatika",
        [2026, 2027],
        1.2e9,
        "Rp 1,2 miliar",
    ),
    _k(
        "IK-G2",
        "Integrasi Layanan Kecamatan Digital",
        "Jumlah kecamatan yang melayani administrasi terpadu secara daring",
        "kecamatan",
        2,
        14,
        "Bagian Pemerintahan Sekretariat Daerah",
        [2026, 2029],
        3.4e9,
        "Rp 3,4 miliar (dimulai pada Fase I dan berlanjut sampai akhir 2029)",
        note="runs over two phases",
    ),
    _k(
        "IK-G3",
        "Manajemen Talenta ASN",
        "Persentase jabatan pimpinan yang diisi melalui manajemen talenta",
        "persen",
        0,
        60,
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        [2028, 2029],
        900e6,
        "Rp 900 juta",
    ),
]

BRAND = [
    _k(
        "IK-B1",
        "Promosi Agrowisata Ngarai Digital",
        "Jumlah kunjungan wisatawan ke desa agrowisata per tahun",
        "kunjungan",
        85000,
        200000,
        "Dinas Pariwisata, Pemuda dan Olahraga",
        [2028, 2029],
        2.1e9,
        "Rp 2,1 miliar",
    ),
    _k(
        "IK-B2",
        "Penanda Kawasan dan Papan Informasi Digital",
        "Jumlah papan informasi digital di kawasan publik",
        "unit",
        0,
        25,
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        2027,
        850e6,
        "Rp 850 juta (dilaksanakan pada 2027 saja)",
        note="one year inside Fase I",
    ),
]

ECON = [
    _k(
        "IK-E1",
        "Sistem Resi Gudang Kopi",
        "Volume kopi yang tercatat dalam sistem resi gudang",
        "ton",
        0,
        1500,
        "Disperindag",
        [2028, 2029],
        1.75e9,
        "Rp 1,75 miliar",
    ),
    _k(
        "IK-E2",
        "Pasar Tani Daring",
        "Jumlah kelompok tani yang menjual hasil panen melalui pasar daring",
        "kelompok tani",
        12,
        150,
        "Dinas Pertanian dan Ketahanan Pangan",
        [2026, 2027],
        600e6,
        "Rp 600 juta",
    ),
    _k(
        "IK-E3",
        "Kredit Usaha Mikro Berbasis Data",
        "Rasio kredit bermasalah usaha mikro binaan",
        "persen",
        None,
        None,
        "Dinas Koperasi dan UKM",
        2029,
        450e6,
        "",
        note="target truly missing: '-*', the indicator is still being defined",
    ),
]

LIVING = [
    _k(
        "IK-L1",
        "Telekonsultasi Puskesmas Terpencil",
        "Jumlah puskesmas yang melayani telekonsultasi dengan dokter spesialis",
        "puskesmas",
        3,
        18,
        "Dinkes",
        [2026, 2028],
        2.4e9,
        "Rp 2,4 miliar (berlanjut sampai 2028)",
    ),
    _k(
        "IK-L2",
        "Angkutan Desa Terjadwal",
        "Jumlah trayek angkutan desa dengan jadwal daring",
        "trayek",
        0,
        20,
        None,
        [2028, 2029],
        1.3e9,
        "Rp 1,3 miliar",
        note="OPD truly missing: 'Belum ditentukan*' with a footnote",
    ),
    _k(
        "IK-L3",
        "Air Bersih Desa Terpantau",
        "Persentase SPAM desa yang terpantau meter air digital",
        "persen",
        10,
        70,
        "Dinas PUPR",
        2030,
        1.6e9,
        "Rp 1,6 miliar",
    ),
]

SOCIETY = [
    _k(
        "IK-S1",
        "Sekolah Lapang Literasi Digital",
        "Jumlah warga yang mengikuti sekolah lapang literasi digital",
        "orang",
        1200,
        20000,
        "Diskominfo",
        [2026, 2027],
        750e6,
        "Rp 750 juta",
    ),
    _k(
        "IK-S2",
        "Relawan Tanggap Bencana Terdata",
        "Jumlah relawan desa tangguh bencana yang terdata dan terlatih",
        "orang",
        300,
        2000,
        "BPBD",
        2030,
        None,
        "",
        note="budget truly missing: CSR, value not agreed",
    ),
]

ENV = [
    _k(
        "IK-V1",
        "Pemantauan Longsor Berbasis Sensor",
        "Jumlah titik rawan longsor yang dipasangi sensor pergerakan tanah",
        "titik",
        2,
        30,
        "BPBD",
        [2028, 2029],
        2.8e9,
        "Rp 2,8 miliar",
    ),
    _k(
        "IK-V2",
        "Pengelolaan Sampah Desa Wisata",
        "Persentase desa wisata dengan pengelolaan sampah terpilah",
        "persen",
        15,
        80,
        "DLH",
        [2026, 2027],
        950e6,
        "Rp 950 juta",
    ),
    _k(
        "IK-V3",
        "Penghijauan Lahan Kritis Terpantau",
        "Luas lahan kritis yang direhabilitasi dan terpantau citra satelit",
        "hektare",
        0,
        800,
        "DLH",
        2030,
        1.1e9,
        "Rp 1,1 miliar",
    ),
]


def _sat(p: Prog) -> str:
    u = INFO[p.name]["unit"]
    return "%" if u == "persen" else u


def _awal(p: Prog) -> str:
    a = INFO[p.name]["awal"]
    return "-" if a is None else num_id(a)


def _tgt(p: Prog) -> str:
    return "-*" if p.target is None else num_id(p.target.value)


def _pd(p: Prog) -> str:
    return p.opd[0] if p.opd else "Belum ditentukan*"


# per dimension: header and the row of one programme (the column order changes)
LAYOUTS = {
    "gov": (
        ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal (2025)", "Target 2030", "Program", "Perangkat Daerah"],
        lambda p: [INFO[p.name]["code"], INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p), p.name, _pd(p)],
    ),
    "brand": (
        ["Kode", "Indikator Kinerja", "Satuan", "Baseline 2025", "Target 2030", "Program", "Perangkat Daerah"],
        lambda p: [INFO[p.name]["code"], INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p), p.name, _pd(p)],
    ),
    "econ": (
        [
            "Kode",
            "Indikator Kinerja",
            "Satuan",
            "Baseline 2025",
            "Target Akhir Periode (2030)",
            "Program Pendukung",
            "Pelaksana",
        ],
        lambda p: [INFO[p.name]["code"], INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p), p.name, _pd(p)],
    ),
    "living": (
        ["No", "Program", "Indikator Kinerja", "Satuan", "Kondisi Awal (2025)", "Target 2030", "Perangkat Daerah"],
        lambda p: [INFO[p.name]["code"][3:], p.name, INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p), _pd(p)],
    ),
    "society": (
        ["No", "Program", "Perangkat Daerah", "Indikator Kinerja", "Satuan", "Kondisi Awal (2025)", "Target 2030"],
        lambda p: [INFO[p.name]["code"][3:], p.name, _pd(p), INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p)],
    ),
    "env": (
        ["Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal (2025)", "Target 2030", "Program", "Perangkat Daerah"],
        lambda p: [INFO[p.name]["code"], INFO[p.name]["ik"], _sat(p), _awal(p), _tgt(p), p.name, _pd(p)],
    ),
}

DIMS = [
    ("Smart Governance", "gov", GOV),
    ("Smart Branding", "brand", BRAND),
    ("Smart Economy", "econ", ECON),
    ("Smart Living", "living", LIVING),
    ("Smart Society", "society", SOCIETY),
    ("Smart Environment", "env", ENV),
]


def _iku_table(pdf, k: int, dim: str, key: str, ps: list) -> list:
    hdr, row = LAYOUTS[key]
    out = [pdf.Table(hdr, [row(p) for p in ps], caption=f"Tabel 4.{k} Indikator Kinerja dan Program {dim}")]
    if any(p.target is None for p in ps):
        out.append(
            pdf.Para(
                "*) Indikator dan target program kredit usaha mikro masih dirumuskan bersama lembaga keuangan "
                "daerah dan ditetapkan pada reviu masterplan."
            )
        )
    if any(not p.opd for p in ps):
        out.append(
            pdf.Para(
                "*) Perangkat daerah pelaksana angkutan desa ditentukan setelah pengalihan kewenangan angkutan "
                "perdesaan ditetapkan dengan peraturan bupati."
            )
        )
    return out


# ------------------------------------------------------------------ (C) phases
def _by_name(n: str) -> Prog:
    return next(p for _, _, ps in DIMS for p in ps if p.name == n)


FASE1 = [
    "Portal Satu Data Ngarai Cemara",
    "Integrasi Layanan Kecamatan Digital",
    "Penanda Kawasan dan Papan Informasi Digital",
    "Pasar Tani Daring",
    "Telekonsultasi Puskesmas Terpencil",
    "Sekolah Lapang Literasi Digital",
    "Pengelolaan Sampah Desa Wisata",
]


def _check_phases() -> None:
    """The phase text agrees with the records (years and money)."""
    for n in FASE1:
        p = _by_name(n)
        assert p.year in ([2026, 2027], 2027, [2026, 2028], [2026, 2029]), n
    for n in ("Manajemen Talenta ASN", "Promosi Agrowisata Ngarai Digital", "Sistem Resi Gudang Kopi"):
        assert _by_name(n).year == [2028, 2029], n
    for n in ("Angkutan Desa Terjadwal", "Pemantauan Longsor Berbasis Sensor"):
        assert _by_name(n).year == [2028, 2029], n
    assert _by_name("Kredit Usaha Mikro Berbasis Data").year == 2029
    for n in ("Air Bersih Desa Terpantau", "Penghijauan Lahan Kritis Terpantau", "Relawan Tanggap Bencana Terdata"):
        assert _by_name(n).year == 2030, n
    for p in (p for _, _, ps in DIMS for p in ps):
        m = INFO[p.name]["money"]
        if p.budget is None:
            continue
        v = p.budget
        s = f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"
        assert not m or m.startswith(s), (p.name, m, s)


def _m(n: str) -> str:
    p = _by_name(n)
    v = p.budget
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _phases(pdf) -> list:
    _check_phases()
    b = [pdf.PageBreak(), pdf.Heading(2, "4.3 Tahapan Implementasi")]
    b.append(
        pdf.Para(
            "Program pada subbab 4.2 dilaksanakan dalam tiga fase. Setiap program dijalankan selama fasenya, "
            "kecuali disebutkan lain, dengan kebutuhan anggaran sebagaimana tercantum. Quick win pada subbab 4.1 "
            "tidak termasuk dalam pentahapan ini."
        )
    )
    b.append(pdf.Heading(3, "Fase I – Fondasi (2026–2027)"))
    b.append(
        pdf.Para(
            "Fase fondasi membangun data, jaringan layanan dan kebiasaan digital warga. Program yang dijalankan "
            "pada fase ini beserta kebutuhan anggarannya adalah:"
        )
    )
    b.append(pdf.Bullets([f"Program {n}: {INFO[n]['money']}" for n in FASE1]))
    b.append(pdf.Heading(3, "Fase II – Akselerasi (2028–2029)"))
    b.append(
        pdf.Para(
            "Fase akselerasi memperluas hasil fase sebelumnya ke seluruh kecamatan. Program yang dijalankan "
            f"adalah Manajemen Talenta ASN ({_m('Manajemen Talenta ASN')}), Promosi Agrowisata Ngarai Digital "
            f"({_m('Promosi Agrowisata Ngarai Digital')}), Sistem Resi Gudang Kopi ({_m('Sistem Resi Gudang Kopi')}), "
            f"Angkutan Desa Terjadwal ({_m('Angkutan Desa Terjadwal')}) dan Pemantauan Longsor Berbasis Sensor "
            f"({_m('Pemantauan Longsor Berbasis Sensor')}). Program Kredit Usaha Mikro Berbasis Data hanya "
            f"dilaksanakan pada 2029 dengan kebutuhan {_m('Kredit Usaha Mikro Berbasis Data')}. Integrasi Layanan "
            "Kecamatan Digital dan Telekonsultasi Puskesmas Terpencil yang dimulai pada Fase I diteruskan pada "
            "fase ini."
        )
    )
    b.append(pdf.Heading(3, "Fase III – Keberlanjutan (2030)"))
    b.append(
        pdf.Para(
            "Fase keberlanjutan memastikan layanan yang telah dibangun tetap berjalan setelah masa masterplan. "
            f"Pada fase ini dilaksanakan program Air Bersih Desa Terpantau dengan kebutuhan "
            f"{_m('Air Bersih Desa Terpantau')} dan Penghijauan Lahan Kritis Terpantau sebesar "
            f"{_m('Penghijauan Lahan Kritis Terpantau')}. Program Relawan Tanggap Bencana Terdata juga "
            "dilaksanakan pada fase ini dengan pembiayaan dari CSR perusahaan perkebunan; nilainya belum "
            "disepakati dengan perusahaan mitra."
        )
    )
    return b


def programmes() -> list[Prog]:
    return QUICK_WINS + [p for _, _, ps in DIMS for p in ps]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS SITUASI"))
    b.append(
        pdf.Para(
            "Kabupaten Ngarai Cemara terdiri atas empat belas kecamatan dan 176 desa. Jaringan 4G menjangkau 71% "
            "desa; desa di dasar ngarai masih sering kehilangan sinyal. Indeks SPBE kabupaten 2,4 (2025). "
            "Persoalan utama yang ditemukan adalah layanan publik yang belum menjangkau desa, rendahnya nilai "
            "tambah kopi dan hasil kebun, serta ancaman longsor dan kekeringan."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI, MISI DAN STRATEGI"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Ngarai Cemara adalah "Ngarai Cemara Terhubung, Produktif dan Lestari". '
            "Strategi ditempuh dengan menetapkan indikator kinerja yang hendak dicapai pada tahun 2030, "
            "memilih program yang mendukung setiap indikator, dan melaksanakannya secara bertahap."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM DAN RENCANA IMPLEMENTASI"))
    b.append(
        pdf.Para(
            "Bab ini menguraikan quick win hasil analisis kesenjangan, indikator kinerja beserta program "
            "pendukungnya pada enam dimensi smart city, dan tahapan implementasi program selama periode "
            "masterplan."
        )
    )
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b.append(
        pdf.Para(
            "Quick win dirumuskan dari kesenjangan antara kondisi saat ini dan kondisi yang diharapkan pada "
            "layanan yang paling sering dikeluhkan warga."
        )
    )
    b += _qw_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.2 Indikator Kinerja dan Program"))
    b.append(
        pdf.Para(
            "Setiap indikator kinerja didukung oleh satu program. Target indikator adalah kondisi pada akhir "
            "periode masterplan tahun 2030; kondisi awal adalah capaian tahun 2025."
        )
    )
    for k, (dim, key, ps) in enumerate(DIMS, start=2):
        b.append(pdf.Heading(3, f"4.2.{k - 1} Dimensi {dim}"))
        b += _iku_table(pdf, k, dim, key, ps)
    b += _phases(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Capaian indikator kinerja dan pelaksanaan setiap fase dievaluasi setiap tahun oleh Dewan Smart City "
            "Kabupaten Ngarai Cemara dan menjadi bahan penyusunan RKPD tahun berikutnya."
        )
    )
    return b
