"""Kabupaten Lubuk Jentera (FICTIONAL): a road map by implementation stage whose programme sub-sections
carry name, target and period while the owner and money sit in a separate financing table, a year-first
table with year cells merged over programmes, and quick-win paragraphs with monthly costs (fresh13 set).

Style: a kabupaten masterplan of 2026-2030 written by a consultant team:
  (0) chapter II quotes kabupaten figures (internet coverage, poverty, stunting 2024): never targets.
  (A) "BAB IV PETA JALAN IMPLEMENTASI": "4.1 Tahap I - Fondasi (2026-2027)", "4.2 Tahap II - Akselerasi
      (2028-2029)", "4.3 Tahap III - Keberlanjutan (2030)"; each programme a numbered sub-heading "4.1.2
      <Name>" with one paragraph: what it does and "Capaian yang diharapkan pada akhir tahap: ..." (target;
      gold target year = the stage's last year where the sentence says "pada akhir tahap", else the year it
      names). The programme's year is the stage's years (the chapter intro says so) unless the paragraph
      states its own ("khusus program ini hanya dilaksanakan pada 2026": gold 2026; "berlanjut hingga
      2030": gold [2028, 2030]). Owner and money only in "Tabel 4.4 Indikasi Pembiayaan dan
      Penanggungjawab Program" ("No | Program | Tahap | Penanggungjawab | Indikasi Biaya | Sumber Dana"):
      money "Rp 1,2 M", "Rp 850 jt", "Rp 800 jt - 1 M" (a range: budget_range, gold budget = its upper
      end), "Rp 2.350.000.000"; two owners separated by "/" under a header note that says "/" joins
      joint owners; Sumber Dana "APBD / DAK" never an owner.
  (B) "4.5 Program Tahunan Penunjang": "Tahun | Program | Target Capaian | Biaya (Rp juta) | OPD" with the
      year cell merged over the programmes of the same year (gold year = that year; target year None
      unless the cell names one). A target cell "-" with the note "indikator menyusul" is truly missing.
  (C) "BAB V QUICK WIN": one paragraph per quick win, "Quick Win #n \u2013 <Name>." then "PIC: ...",
      "Periode: Maret\u2013Agustus 2026", money "Rp 45 juta per bulan selama 6 bulan (total Rp 270 juta)"
      (gold = the total), "Rp 120 juta", "Rp 37,5 juta"; "Target capaian: ..." without a year. Quick wins
      are kind "Quick win".
Three fields are truly missing: a road-map programme's budget (financing cell "belum dihitung, menunggu
DED"), a (B) programme's target ("-", note "indikator menyusul") and a quick win's owner ("PIC: akan
ditunjuk oleh Sekretaris Daerah").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p45_tahapan_lubuk_jentera",
    name="Kabupaten Lubuk Jentera",
    period="2026-2030",
    style="stage road map with owners and money in a separate financing table, year-first merged table, quick-win paragraphs",
    split="fresh13",
    intro=[
        "Kabupaten Lubuk Jentera adalah kabupaten perbukitan di hulu Sungai Jentera dengan 12 kecamatan dan 167 "
        "desa. Karet, kopi robusta dan perikanan air tawar menjadi sumber penghidupan utama warga, sedangkan "
        "jangkauan sinyal seluler dan jarak desa ke pusat layanan pemerintahan masih menjadi kendala.",
        "Masterplan ini menjabarkan peta jalan smart city Kabupaten Lubuk Jentera dalam tiga tahap selama 2026-"
        "2030, disusun bersama tenaga ahli pendamping Gerakan Menuju 100 Smart City.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    m = re.fullmatch(r"Rp ?([\d.,]+?)(?: (M|jt|juta))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "jt": 1e6, "juta": 1e6}[unit]


STAGES = {1: ("Fondasi", [2026, 2027]), 2: ("Akselerasi", [2028, 2029]), 3: ("Keberlanjutan", 2030)}


# ------------------------------------------------------------------ (A) road map + financing table
def _r(stage, name, opd, ocell, target, year, budget, bcell, sumber, text, *, brange=None, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "table", budget_range=brange, v="roadmap-stage", note=note)
    if brange:
        p.bfmt = "range"
    elif budget is not None:
        assert abs(rupiah(bcell) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in text, name
    for o in opd:
        assert o in ocell, name
    INFO[name] = dict(stage=stage, ocell=ocell, bcell=bcell, sumber=sumber, text=text)
    return p


ROAD = [
    _r(
        1,
        "Jaringan Internet Desa",
        ["Dinas Komunikasi dan Informatika"],
        "Dinas Komunikasi dan Informatika",
        T("desa yang memiliki titik akses internet di kantor desa", 120, "desa", 2027),
        [2026, 2027],
        2.35e9,
        "Rp 2.350.000.000",
        "APBD / BAKTI Kominfo",
        "Pembangunan titik akses internet di kantor desa yang belum terjangkau jaringan serat optik, bekerja sama "
        "dengan penyedia jaringan dan BAKTI. Capaian yang diharapkan pada akhir tahap: 120 desa memiliki titik "
        "akses internet di kantor desa.",
    ),
    _r(
        1,
        "Sistem Informasi Desa Terpadu",
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        "Dinas Pemberdayaan Masyarakat dan Desa",
        T("desa yang memutakhirkan profil dan APBDes secara daring", 167, "desa", 2027),
        [2026, 2027],
        1.2e9,
        "Rp 1,2 M",
        "APBD",
        "Seluruh desa menggunakan satu aplikasi untuk profil desa, administrasi surat dan laporan APBDes. "
        "Capaian yang diharapkan pada akhir tahap: 167 desa memutakhirkan profil dan APBDes secara daring.",
    ),
    _r(
        1,
        "Penyusunan Arsitektur SPBE Kabupaten",
        ["Dinas Komunikasi dan Informatika", "Bappeda"],
        "Dinas Komunikasi dan Informatika / Bappeda",
        T("dokumen arsitektur dan peta rencana SPBE yang ditetapkan", 1, "dokumen", 2026),
        2026,
        850e6,
        "Rp 850 jt",
        "APBD",
        "Arsitektur SPBE dan peta rencananya menjadi acuan setiap pengembangan aplikasi. Khusus program ini hanya "
        "dilaksanakan pada 2026, dengan capaian 1 dokumen arsitektur dan peta rencana SPBE ditetapkan dengan "
        "Peraturan Bupati pada 2026.",
        note="own year inside stage I; two joint owners separated by '/'",
    ),
    _r(
        1,
        "Puskesmas Tanpa Antre",
        ["Dinas Kesehatan"],
        "Dinas Kesehatan",
        T("puskesmas yang menerapkan pendaftaran dan rekam medis elektronik", 18, "puskesmas", 2027),
        [2026, 2027],
        1.0e9,
        "Rp 800 jt - 1 M",
        "APBD / DAK Nonfisik",
        "Pendaftaran daring, nomor antrean dan rekam medis elektronik di puskesmas. Capaian yang diharapkan pada "
        "akhir tahap: 18 puskesmas menerapkan pendaftaran dan rekam medis elektronik.",
        brange=(800e6, 1e9),
        note="a money range",
    ),
    _r(
        2,
        "Pasar Kopi Jentera Daring",
        ["Dinas Perdagangan, Koperasi dan UKM"],
        "Dinas Perdagangan, Koperasi dan UKM",
        T("kelompok tani kopi yang menjual melalui lokapasar", 40, "kelompok tani", 2029),
        [2028, 2029],
        1.45e9,
        "Rp 1,45 M",
        "APBD / CSR",
        "Pemasaran kopi robusta Jentera melalui lokapasar dan lelang daring, termasuk pelatihan pengemasan. Saat "
        "ini baru 6 kelompok tani yang berjualan daring. Capaian yang diharapkan pada akhir tahap: 40 kelompok "
        "tani kopi menjual melalui lokapasar.",
        note="a baseline in the paragraph",
    ),
    _r(
        2,
        "Irigasi Pintar Perikanan Air Tawar",
        ["Dinas Perikanan"],
        "Dinas Perikanan",
        T("kolam yang dipantau sensor kualitas air", 300, "kolam", 2030),
        [2028, 2030],
        None,
        "belum dihitung, menunggu DED",
        "-",
        "Pemantauan kualitas air kolam budidaya dengan sensor dan peringatan melalui pesan singkat. Program ini "
        "dimulai pada tahap II dan berlanjut hingga 2030, dengan target 300 kolam dipantau sensor kualitas air "
        "pada 2030.",
        note="budget truly missing; own years beyond the stage",
    ),
    _r(
        2,
        "Layanan Administrasi Kependudukan di Desa",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        "Dinas Kependudukan dan Pencatatan Sipil",
        T("desa yang dapat mencetak dokumen kependudukan secara mandiri", 90, "desa", 2029),
        [2028, 2029],
        640e6,
        "Rp 640 jt",
        "APBD",
        "Operator desa dilatih dan diberi akses untuk mencetak kartu keluarga dan akta kelahiran di kantor desa. "
        "Capaian yang diharapkan pada akhir tahap: 90 desa dapat mencetak dokumen kependudukan secara mandiri.",
    ),
    _r(
        2,
        "Angkutan Desa Terjadwal",
        ["Dinas Perhubungan"],
        "Dinas Perhubungan",
        T("trayek angkutan desa yang jadwalnya tampil di aplikasi", 10, "trayek", 2029),
        [2028, 2029],
        975e6,
        "Rp 975 jt",
        "APBD",
        "Jadwal dan posisi angkutan desa dapat dipantau warga melalui aplikasi. Capaian yang diharapkan pada "
        "akhir tahap: 10 trayek angkutan desa yang jadwalnya tampil di aplikasi.",
    ),
    _r(
        3,
        "Pusat Komando Kabupaten",
        ["Dinas Komunikasi dan Informatika"],
        "Dinas Komunikasi dan Informatika",
        T("layanan darurat dan aduan yang terhubung ke pusat komando", 8, "layanan", 2030),
        2030,
        3.1e9,
        "Rp 3,1 M",
        "APBD / Bantuan Keuangan Provinsi",
        "Satu ruang kendali untuk layanan darurat 112, aduan warga, CCTV dan dasbor data. Capaian yang diharapkan "
        "pada akhir tahap: 8 layanan darurat dan aduan terhubung ke pusat komando.",
    ),
    _r(
        3,
        "Ekowisata Bukit Jentera Terpadu",
        ["Dinas Pariwisata dan Kebudayaan", "Dinas Lingkungan Hidup"],
        "Dinas Pariwisata dan Kebudayaan / Dinas Lingkungan Hidup",
        T("kunjungan ke kawasan ekowisata Bukit Jentera", 60000, "kunjungan", 2030),
        2030,
        1.6e9,
        "Rp 1,6 M",
        "APBD / CSR",
        "Tiket daring, informasi jalur pendakian dan pemantauan sampah di kawasan ekowisata Bukit Jentera. "
        "Capaian yang diharapkan pada akhir tahap: 60.000 kunjungan ke kawasan ekowisata Bukit Jentera "
        "(2024: 21.500 kunjungan).",
    ),
]


# ------------------------------------------------------------------ (B) year-first table
def _y(year, name, opd, target, tcell, bcell, *, note=""):
    budget = float(bcell.replace(".", "").replace(",", ".")) * 1e6
    p = Prog(name, "", list(opd), target, year, budget, "table", v="year-first-merged", note=note)
    if target is not None:
        assert num_id(target.value) in tcell, name
    INFO[name] = dict(tcell=tcell, bcell=bcell, ocell=", ".join(opd))
    return p


ANNUAL = [
    _y(
        2026,
        "Literasi Digital Perangkat Desa",
        ["Dinas Komunikasi dan Informatika"],
        T("perangkat desa yang lulus pelatihan literasi digital", 500, "orang"),
        "500 orang perangkat desa lulus pelatihan literasi digital",
        "325",
    ),
    _y(
        2026,
        "Publikasi Data Statistik Sektoral",
        ["Dinas Komunikasi dan Informatika"],
        None,
        "- *)",
        "180",
        note="target truly missing",
    ),
    _y(
        2027,
        "Beasiswa Talenta Digital",
        ["Dinas Pendidikan"],
        T("pelajar penerima beasiswa pelatihan talenta digital", 150, "pelajar"),
        "150 pelajar penerima beasiswa pelatihan talenta digital",
        "1.125",
    ),
    _y(
        2027,
        "Posyandu Digital",
        ["Dinas Kesehatan"],
        T("posyandu yang mencatat pertumbuhan balita secara daring", 85, "persen", 2027),
        "85% posyandu mencatat pertumbuhan balita secara daring (2027)",
        "410",
    ),
    _y(
        2028,
        "Bank Sampah Desa Berbasis Aplikasi",
        ["Dinas Lingkungan Hidup"],
        T("bank sampah desa yang mencatat transaksi dengan aplikasi", 35, "bank sampah"),
        "35 bank sampah desa mencatat transaksi dengan aplikasi",
        "290,5",
    ),
]


# ------------------------------------------------------------------ (C) quick-win paragraphs
def _q(n, name, opd, target, year, budget, text, *, money, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", quick_win=True, kind="Quick win")
    p.v, p.note = "qw-paragraph-pic", note
    assert text.startswith(f"Quick Win #{n} \u2013 {name}."), name
    assert money in text and abs(rupiah(money) - budget) < 1, name
    for o in opd:
        assert o in text, name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


QW = [
    _q(
        1,
        "Layanan Perizinan Lewat WhatsApp",
        ["DPMPTSP"],
        T("permohonan izin usaha mikro yang diterima melalui WhatsApp", 1200, "permohonan"),
        2026,
        270e6,
        "Quick Win #1 \u2013 Layanan Perizinan Lewat WhatsApp. PIC: DPMPTSP. Periode: Maret\u2013Agustus 2026. "
        "Biaya operator dan pulsa Rp 45 juta per bulan selama 6 bulan (total Rp 270 juta). Target capaian: "
        "1.200 permohonan izin usaha mikro diterima melalui WhatsApp.",
        money="Rp 270 juta",
        note="a monthly cost and its total",
    ),
    _q(
        2,
        "Informasi Harga Kopi Harian",
        ["Dinas Pertanian"],
        T("petani kopi yang menerima informasi harga harian", 2500, "petani"),
        2026,
        120e6,
        "Quick Win #2 \u2013 Informasi Harga Kopi Harian. PIC: Dinas Pertanian, dibantu penyuluh lapangan. "
        "Periode: Mei\u2013Desember 2026. Biaya Rp 120 juta. Target capaian: 2.500 petani kopi menerima "
        "informasi harga harian melalui pesan singkat.",
        money="Rp 120 juta",
    ),
    _q(
        3,
        "Lapor Jalan Desa",
        [],
        T("laporan kerusakan jalan desa yang terverifikasi", 200, "laporan"),
        2026,
        37.5e6,
        "Quick Win #3 \u2013 Lapor Jalan Desa. PIC: akan ditunjuk oleh Sekretaris Daerah. Periode: Juni\u2013"
        "November 2026. Biaya Rp 37,5 juta. Target capaian: 200 laporan kerusakan jalan desa terverifikasi dan "
        "dipetakan.",
        money="Rp 37,5 juta",
        note="owner truly missing",
    ),
    _q(
        4,
        "Kartu Antrean Digital Samsat Keliling",
        ["Badan Pendapatan Daerah"],
        T("wajib pajak kendaraan yang dilayani dengan antrean digital", 4000, "wajib pajak"),
        2026,
        66e6,
        "Quick Win #4 \u2013 Kartu Antrean Digital Samsat Keliling. PIC: Badan Pendapatan Daerah bersama UPT "
        "Samsat Provinsi. Periode: April\u2013September 2026. Biaya Rp 11 juta per bulan selama 6 bulan (total "
        "Rp 66 juta). Target capaian: 4.000 wajib pajak kendaraan dilayani dengan antrean digital.",
        money="Rp 66 juta",
        note="a provincial partner is not the owner",
    ),
    _q(
        5,
        "Wifi Balai Desa",
        ["Dinas Komunikasi dan Informatika"],
        T("balai desa yang menyediakan wifi gratis", 30, "balai desa"),
        2026,
        144e6,
        "Quick Win #5 \u2013 Wifi Balai Desa. PIC: Dinas Komunikasi dan Informatika. Periode: Juli\u2013Desember "
        "2026. Biaya Rp 144 juta. Target capaian: 30 balai desa menyediakan wifi gratis bagi warga.",
        money="Rp 144 juta",
    ),
]


def programmes() -> list[Prog]:
    return ROAD + ANNUAL + QW


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II PROFIL DAERAH"))
    b.append(
        pdf.Para(
            "Pada tahun 2024, 61% desa di Kabupaten Lubuk Jentera terjangkau sinyal 4G, angka kemiskinan 11,2% dan "
            "prevalensi stunting 19,8%. Data tersebut menjadi dasar penyusunan prioritas, bukan target program."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI DAN STRATEGI"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Lubuk Jentera adalah "Jentera Terhubung, Desa Berdaya". Strategi ditempuh '
            "dengan membangun fondasi infrastruktur dan tata kelola, mempercepat layanan digital dan ekonomi desa, "
            "lalu menjaga keberlanjutan."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PETA JALAN IMPLEMENTASI"))
    b.append(
        pdf.Para(
            "Program smart city dilaksanakan dalam tiga tahap. Setiap program dilaksanakan sepanjang tahapnya, "
            "kecuali disebutkan lain pada uraian program. Penanggungjawab dan indikasi biaya setiap program "
            "dirangkum pada Tabel 4.4."
        )
    )
    for s, (label, yrs) in STAGES.items():
        ytxt = f"{yrs[0]}-{yrs[1]}" if isinstance(yrs, list) else str(yrs)
        b.append(pdf.Heading(2, f"4.{s} Tahap {'I' * s} - {label} ({ytxt})"))
        for k, p in enumerate([p for p in ROAD if INFO[p.name]["stage"] == s], 1):
            b.append(pdf.Heading(3, f"4.{s}.{k} {p.name}"))
            b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.Heading(2, "4.4 Indikasi Pembiayaan"))
    b.append(
        pdf.Para(
            "Tanda / pada kolom Penanggungjawab berarti program diampu bersama oleh kedua perangkat daerah. Pada "
            "kolom Sumber Dana, tanda / memisahkan sumber pendanaan."
        )
    )
    rows = [
        [
            f"{i}",
            p.name,
            "I" * INFO[p.name]["stage"],
            INFO[p.name]["ocell"],
            INFO[p.name]["bcell"],
            INFO[p.name]["sumber"],
        ]
        for i, p in enumerate(ROAD, 1)
    ]
    b.append(
        pdf.Table(
            ["No", "Program", "Tahap", "Penanggungjawab", "Indikasi Biaya", "Sumber Dana"],
            rows,
            caption="Tabel 4.4 Indikasi Pembiayaan dan Penanggungjawab Program",
        )
    )
    b.append(pdf.Heading(2, "4.5 Program Tahunan Penunjang"))
    b.append(
        pdf.Para(
            "Program penunjang berikut dijalankan satu tahun anggaran sesuai kolom Tahun. Biaya dalam juta rupiah."
        )
    )
    rows, spans, cur = [], [], None
    for p in ANNUAL:
        f = INFO[p.name]
        if p.year != cur:
            spans.append([len(rows) + 1, len(rows) + 1])
            rows.append([str(p.year), p.name, f["tcell"], f["bcell"], f["ocell"]])
            cur = p.year
        else:
            spans[-1][1] = len(rows) + 1
            rows.append(["", p.name, f["tcell"], f["bcell"], f["ocell"]])
    b.append(
        pdf.SpanTable(
            ["Tahun", "Program", "Target Capaian", "Biaya (Rp juta)", "OPD"],
            rows,
            caption="Tabel 4.5 Program Tahunan Penunjang",
            spans=[((0, a), (0, c)) for a, c in spans if c > a],
        )
    )
    b.append(pdf.Para("*) indikator menyusul, dirumuskan bersama BPS Kabupaten Lubuk Jentera."))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V QUICK WIN"))
    b.append(
        pdf.Para(
            "Quick win berikut dilaksanakan pada tahun 2026, tahun pertama masterplan, untuk menunjukkan manfaat "
            "smart city kepada warga desa."
        )
    )
    for p in QW:
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Pemantauan dan evaluasi pelaksanaan peta jalan dilakukan setiap semester oleh Tim Pelaksana Smart "
            "City dan dilaporkan kepada Bupati."
        )
    )
    return b
