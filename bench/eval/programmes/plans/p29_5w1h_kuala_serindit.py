"""Kabupaten Kuala Serindit (FICTIONAL): a 5W+1H quick-win matrix, pillar tables with a separate
funding-source table per dimension, and a narrative environment section (fresh8 set).

Style: chapter IV "Rencana Program Smart City" in three presentations, as Kominfo-guided kabupaten
masterplans often combine them:
  (A) "4.1 Quick Win": one "Analisis 5W+1H" matrix on landscape pages (pdfgen wide table): No | Apa
      (What) | Mengapa (Why) | Siapa (Who) | Kapan (When) | Di mana (Where) | Bagaimana (How) | Berapa
      (How Much). The quick win's name is the whole "Apa" cell; the "Mengapa" cell gives the reason and
      ends with "Sasaran: <value> <indicator> (<month> <year>)" (gold target, target year = that year);
      the "Siapa" cell names the owner with "(penanggung jawab)" and partners or supporting agencies
      after "didukung" / "mitra" (never the owner); "Kapan" is a month span ("Maret - Agustus 2026":
      gold year 2026; "Juli 2026 - Juni 2027": [2026, 2027]); "Di mana" names places and facilities
      (RSUD, puskesmas, TPI, dermaga: never the owner); "Berapa" the cost ("Rp 185 juta (APBD)", "Rp
      420.000.000", "Rp 95 jt", "Rp 0,31 M").
  (B) per dimension (governance .. society) a programme table "No | Program | Pilar | Indikator Kinerja |
      Target Akhir (Tahun) | Jangka Waktu | Perangkat Daerah": Pilar = Suprastruktur / Infrastruktur /
      Infostruktur (the Kominfo readiness pillars, not a field); the target cell "100% (2027)", "42 kantor
      (2028)" (the unit in the cell, the indicator in its own column); Jangka Waktu "2026 – 2028" with an
      en dash or one year; the agency cell "Leading sector: <OPD>. Pendukung: <OPD>; <OPD>" (gold opd =
      the leading sector only). Right after it a second table "Indikasi Pendanaan Program Smart <Dim>
      (dalam juta rupiah)": No | Program | APBD Kabupaten | DAK / APBN | CSR / KPBU | Jumlah, "-" for no
      money from a source, the name written again; gold budget = Jumlah x 1.000.000 (the sources are
      parts of it). A "Total" row closes each funding table.
  (C) "4.7 Dimensi Smart Environment": no tables, one paragraph per programme ("Program <Name> ...",
      "Leading sector program ini adalah ... dengan dukungan ...", "Target: ... pada 2028.", "Program
      berjalan 2027 – 2028.", "Skema pendanaan: APBD Rp 750 juta dan DAK Rp 1,5 miliar (jumlah Rp 2,25
      miliar)": gold budget = the jumlah).
Quick wins are kind "Quick win" (quick_win true); the rest kind "Program". Five fields are truly
missing: a quick win's cost (Berapa "CSR perbankan (nilai dalam pembahasan)"), a programme's target
(Target cell "Belum ditetapkan*" with a footnote; its indicator is still written), a programme's budget
("p.m." in every source and in Jumlah; the note under the table explains p.m. = pro memori, value not
yet set), a programme's owner (agency cell "Leading sector: belum ditetapkan (menunggu Keputusan
Bupati). Pendukung: ..." - the supporting agencies are not the owner) and an environment programme's
year ("jadwal pelaksanaan menyesuaikan selesainya pembangunan TPS3R ..."; its target names no year).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p29_5w1h_kuala_serindit",
    name="Kabupaten Kuala Serindit",
    period="2026-2030",
    style="5W+1H quick-win matrix, pillar programme tables with a separate funding-source table, environment prose",
    split="fresh8",
    intro=[
        "Kabupaten Kuala Serindit terletak di muara sungai besar dan pesisir timur dengan puluhan desa "
        "nelayan, kebun kelapa dan hutan bakau. Pusat pemerintahan berada di kota kecamatan Kuala, sementara "
        "sebagian desa hanya dapat dijangkau dengan perahu motor atau speedboat.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini bersama Tim "
        "Pelaksana Smart City dengan pendampingan tenaga ahli. Rencana program disusun per dimensi dan per "
        "pilar kesiapan: suprastruktur, infrastruktur dan infostruktur.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def _val(t: Target) -> str:
    if t.unit == "persen":
        return f"{num_id(t.value)}%"
    return f"{num_id(t.value)} {t.unit}"


def _tv(t: Target) -> str:
    """Value with the indicator: '90% aduan warga ...', '14 puskesmas yang ...' (ind starts with the unit)."""
    if t.unit == "persen":
        return f"{num_id(t.value)}% {t.ind}"
    assert t.ind.startswith(t.unit + " "), t.ind
    return f"{num_id(t.value)} {t.ind}"


def _yr(y) -> str:
    return f"{y[0]} – {y[1]}" if isinstance(y, list) else str(y)


# ------------------------------------------------------------------ (A) quick wins, 5W+1H
def _q(name, why, opd, who_more, target, month, when, year, where, how, budget, cost, *, note=""):
    p = Prog(name, how, [opd], target, year, budget, "", quick_win=True, kind="Quick win", v="5w1h", note=note)
    INFO[name] = dict(why=why, who=f"{opd} (penanggung jawab); {who_more}", month=month, when=when, where=where)
    INFO[name]["cost"] = cost
    return p


QUICK_WINS = [
    _q(
        "Kanal Aduan Warga Satu Nomor",
        "Aduan warga tersebar di banyak kanal (surat, media sosial, telepon) dan sering tidak terjawab.",
        "Dinas Komunikasi dan Informatika",
        "didukung admin aduan di 11 kantor kecamatan",
        T("aduan warga yang ditanggapi paling lama dua hari kerja", 90, "persen", 2026),
        "Desember",
        "Maret – Agustus 2026",
        2026,
        "Kantor Diskominfo dan 11 kantor kecamatan",
        "Menyatukan nomor layanan pesan, media sosial dan aplikasi aduan ke satu dasbor; aduan diteruskan "
        "otomatis ke perangkat daerah terkait dan dipantau setiap pekan.",
        185e6,
        "Rp 185 juta (APBD)",
    ),
    _q(
        "Antrean Daring Layanan Kesehatan",
        "Pasien datang sejak subuh untuk mengambil nomor antrean dan menunggu berjam-jam.",
        "Dinas Kesehatan",
        "didukung Dinas Komunikasi dan Informatika",
        T("puskesmas yang melayani antrean daring", 14, "puskesmas", 2027),
        "Juni",
        "Juli 2026 – Juni 2027",
        [2026, 2027],
        "RSUD Kuala Serindit dan 14 puskesmas",
        "Pendaftaran dan nomor antrean melalui aplikasi pesan dan anjungan mandiri; layar antrean di ruang "
        "tunggu; tahap pertama di puskesmas kota kecamatan.",
        420e6,
        "Rp 420.000.000",
        note="RSUD and puskesmas only in Di mana; a month span over two years",
    ),
    _q(
        "Retribusi Pasar Nontunai",
        "Retribusi harian pedagang pasar dipungut tunai sehingga setoran sulit diawasi.",
        "Dinas Perdagangan, Koperasi dan UKM",
        "mitra: Bank Pembangunan Daerah sebagai penyedia QRIS",
        T("pedagang pasar yang membayar retribusi dengan QRIS", 1200, "pedagang", 2026),
        "Desember",
        "April – Desember 2026",
        2026,
        "Pasar Induk Kuala dan 4 pasar kecamatan",
        "Kode QR dipasang di setiap los dan kios; petugas pasar mendampingi pedagang yang belum memiliki rekening.",
        95e6,
        "Rp 95 jt",
        note="a bank as partner (mitra), never the owner; an agency name with a comma",
    ),
    _q(
        "Jadwal Speedboat Antarpulau Daring",
        "Warga pulau tidak mengetahui jadwal dan ketersediaan kursi speedboat sebelum tiba di dermaga.",
        "Dinas Perhubungan",
        "didukung operator speedboat dan syahbandar",
        T("dermaga yang menampilkan jadwal speedboat secara daring", 5, "dermaga", 2026),
        "November",
        "Agustus – November 2026",
        2026,
        "Dermaga Kuala, Dermaga Teluk Bayur Kecil dan 3 dermaga pulau",
        "Jadwal keberangkatan dan sisa kursi diumumkan melalui laman dan papan informasi digital di dermaga.",
        310e6,
        "Rp 0,31 M",
        note="cost below one billion written as 'Rp 0,31 M'",
    ),
    _q(
        "Kelas Literasi Digital Nelayan",
        "Nelayan belum memanfaatkan informasi cuaca laut dan penjualan hasil tangkapan secara daring.",
        "Dinas Perikanan",
        "didukung penyuluh perikanan dan relawan TIK",
        T("nelayan yang lulus kelas literasi digital", 1500, "nelayan", 2027),
        "April",
        "Mei 2026 – April 2027",
        [2026, 2027],
        "Tempat pelelangan ikan (TPI) dan balai desa pesisir",
        "Kelas tatap muka dua kali sepekan di TPI dengan materi aplikasi cuaca laut, pembayaran digital dan "
        "pemasaran daring.",
        None,
        "CSR perbankan (nilai dalam pembahasan)",
        note="budget truly missing: CSR, value still being negotiated",
    ),
    _q(
        "Peta Rawan Banjir Rob Daring",
        "Informasi genangan rob belum tersedia bagi warga dan petugas lapangan.",
        "Badan Penanggulangan Bencana Daerah",
        "didukung Dinas Pekerjaan Umum dan Penataan Ruang",
        T("desa pesisir yang tercakup peta rawan rob", 40, "desa pesisir", 2027),
        "Juni",
        "Januari – Juni 2027",
        2027,
        "Seluruh desa pesisir Kecamatan Kuala dan Kecamatan Muara Hilir",
        "Pemetaan partisipatif bersama perangkat desa dan publikasi peta rawan rob pada laman kebencanaan.",
        240e6,
        "Rp 240 juta (APBD)",
    ),
]


def _qw_table(pdf) -> list:
    hdr = [
        "No",
        "Apa (What)",
        "Mengapa (Why)",
        "Siapa (Who)",
        "Kapan (When)",
        "Di mana (Where)",
        "Bagaimana (How)",
        "Berapa (How Much)",
    ]
    rows = []
    for i, p in enumerate(QUICK_WINS, start=1):
        f = INFO[p.name]
        why = f"{f['why']} Sasaran: {_tv(p.target)} ({f['month']} {p.target.year})."
        rows.append([str(i), p.name, why, f["who"], f["when"], f["where"], p.desc, f["cost"]])
    return [pdf.Table(hdr, rows, caption="Tabel 4.1 Analisis 5W+1H Quick Win Kabupaten Kuala Serindit", wide=True)]


# ------------------------------------------------------------------ (B) pillar tables + funding tables
def _p(name, pilar, target, year, opd, pendukung, funds, *, ind=None, note=""):
    """funds: (APBD, DAK/APBN, CSR/KPBU) in Rp juta (0 = '-'), or None = p.m. in every cell."""
    budget = None if funds is None else sum(funds) * 1e6
    p = Prog(name, "", list(opd), target, year, budget, "", v="pilar", note=note)
    INFO[name] = dict(pilar=pilar, pendukung=pendukung, funds=funds, ind=ind or (target.ind if target else ""))
    return p


GOV = [
    _p(
        "Regulasi dan Tata Kelola Satu Data Kuala Serindit",
        "Suprastruktur",
        T("perangkat daerah yang menerbitkan data sesuai standar Satu Data", 100, "persen", 2027),
        [2026, 2027],
        ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"],
        ["Dinas Komunikasi dan Informatika", "Bagian Hukum Sekretariat Daerah"],
        (450, 0, 0),
        ind="Persentase perangkat daerah yang menerbitkan data sesuai standar Satu Data",
        note="Bapperida with commas in the name",
    ),
    _p(
        "Jaringan Intra Pemerintah dan Pusat Data",
        "Infrastruktur",
        T("kantor perangkat daerah yang terhubung jaringan intra pemerintah", 42, "kantor", 2028),
        [2026, 2028],
        ["Dinas Komunikasi dan Informatika"],
        ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"],
        (2100, 1500, 0),
        ind="Jumlah kantor perangkat daerah yang terhubung jaringan intra pemerintah",
    ),
    _p(
        "Perizinan dan Nonperizinan Terpadu Daring",
        "Infostruktur",
        T("jenis izin yang dapat diajukan secara daring", 85, "jenis izin", 2028),
        [2027, 2028],
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        ["Dinas Komunikasi dan Informatika"],
        (780, 0, 0),
        ind="Jumlah jenis izin yang dapat diajukan secara daring",
    ),
]

BRAND = [
    _p(
        "Kalender Wisata Bahari Digital",
        "Infostruktur",
        T("wisatawan yang memesan paket wisata melalui kalender digital", 8000, "wisatawan", 2029),
        [2027, 2029],
        ["Dinas Pariwisata dan Kebudayaan"],
        ["Dinas Komunikasi dan Informatika", "Kelompok Sadar Wisata (Pokdarwis)"],
        (600, 0, 250),
        ind="Jumlah wisatawan yang memesan paket wisata melalui kalender digital",
    ),
    _p(
        "Penataan Wajah Tepian Kuala",
        "Infrastruktur",
        T("kawasan tepian sungai yang tertata dan dilengkapi wifi publik", 2.5, "km", 2030),
        [2028, 2030],
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        ["Dinas Perhubungan", "Dinas Komunikasi dan Informatika"],
        (4500, 6000, 0),
        ind="Panjang kawasan tepian sungai yang tertata dan dilengkapi wifi publik",
        note="decimal target '2,5 km'",
    ),
]

ECON = [
    _p(
        "Informasi Harga Ikan dan Hasil Laut",
        "Infostruktur",
        T("tempat pelelangan ikan yang melaporkan harga harian", 6, "TPI", 2027),
        [2026, 2027],
        ["Dinas Perikanan"],
        ["Dinas Komunikasi dan Informatika"],
        (380, 0, 0),
        ind="Jumlah tempat pelelangan ikan yang melaporkan harga harian secara daring",
    ),
    _p(
        "Inkubator Bisnis Digital UMKM",
        "Infrastruktur",
        T("UMKM yang lulus program inkubasi", 150, "UMKM", 2029),
        [2027, 2029],
        ["Dinas Perdagangan, Koperasi dan UKM"],
        ["Dinas Komunikasi dan Informatika", "Perguruan tinggi mitra"],
        (900, 0, 600),
        ind="Jumlah UMKM yang lulus program inkubasi",
    ),
    _p(
        "Kawasan Pengolahan Ikan Terpadu",
        "Infrastruktur",
        None,
        [2028, 2030],
        ["Dinas Perindustrian dan Tenaga Kerja"],
        ["Dinas Perikanan", "Dinas Pekerjaan Umum dan Penataan Ruang"],
        (1200, 8000, 0),
        ind="Nilai tambah produk olahan ikan di kawasan pengolahan",
        note="target truly missing: 'Belum ditetapkan*' with a footnote",
    ),
]

LIVING = [
    _p(
        "Rekam Medis Elektronik Puskesmas",
        "Infostruktur",
        T("puskesmas yang memakai rekam medis elektronik", 100, "persen", 2027),
        [2026, 2027],
        ["Dinas Kesehatan"],
        ["Dinas Komunikasi dan Informatika", "RSUD Kuala Serindit"],
        (1350, 900, 0),
        ind="Persentase puskesmas yang memakai rekam medis elektronik",
        note="an RSUD among the supporting agencies, never the owner",
    ),
    _p(
        "Bus Air Sungai Serindit",
        "Infrastruktur",
        T("dermaga bus air yang dilengkapi tiket elektronik", 8, "dermaga", 2029),
        [2027, 2029],
        ["Dinas Perhubungan"],
        ["Badan Usaha Milik Daerah Kuala Serindit"],
        None,
        ind="Jumlah dermaga bus air yang dilengkapi tiket elektronik",
        note="budget truly missing: p.m. (pro memori) in every funding cell",
    ),
    _p(
        "Basis Data Rumah Tidak Layak Huni",
        "Infostruktur",
        T("rumah tidak layak huni yang terdata secara spasial", 4800, "rumah", 2026),
        2026,
        ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
        ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"],
        (320, 0, 0),
        ind="Jumlah rumah tidak layak huni yang terdata secara spasial",
        note="one year",
    ),
]

SOCIETY = [
    _p(
        "Sekolah Pesisir Terhubung",
        "Infrastruktur",
        T("sekolah pesisir yang memiliki sambungan internet", 45, "sekolah", 2028),
        [2026, 2028],
        ["Dinas Pendidikan"],
        ["Dinas Komunikasi dan Informatika"],
        (1800, 2700, 0),
        ind="Jumlah sekolah pesisir yang memiliki sambungan internet",
    ),
    _p(
        "Tim Siaga Kampung Berbasis Aplikasi",
        "Infostruktur",
        T("desa yang memiliki tim siaga terhubung aplikasi", 60, "desa", 2028),
        [2027, 2028],
        [],
        ["Satuan Polisi Pamong Praja", "Dinas Sosial"],
        (560, 0, 0),
        ind="Jumlah desa yang memiliki tim siaga terhubung aplikasi",
        note="OPD truly missing: leading sector 'belum ditetapkan'; the supporting agencies are not the owner",
    ),
]

DIMS = [
    (
        "Smart Governance",
        GOV,
        "Dimensi tata kelola menitikberatkan pada data yang dapat dipercaya, jaringan pemerintahan yang andal "
        "dan layanan perizinan yang dapat diakses dari desa.",
    ),
    (
        "Smart Branding",
        BRAND,
        "Dimensi branding memperkuat citra Kuala Serindit sebagai tujuan wisata bahari dan menata wajah kawasan "
        "tepian sungai di pusat kabupaten.",
    ),
    (
        "Smart Economy",
        ECON,
        "Dimensi ekonomi diarahkan pada nilai tambah hasil perikanan, transparansi harga dan penguatan UMKM.",
    ),
    (
        "Smart Living",
        LIVING,
        "Dimensi kehidupan mencakup layanan kesehatan dasar, transportasi sungai dan perumahan layak huni.",
    ),
    (
        "Smart Society",
        SOCIETY,
        "Dimensi masyarakat mencakup akses pendidikan di desa pesisir serta keamanan dan ketertiban lingkungan.",
    ),
]


def _agency(p: Prog) -> str:
    lead = " dan ".join(p.opd) if p.opd else "belum ditetapkan (menunggu Keputusan Bupati tentang Tim Pelaksana)"
    return f"Leading sector: {lead}. Pendukung: {'; '.join(INFO[p.name]['pendukung'])}"


def _target_cell(p: Prog) -> str:
    if p.target is None:
        return "Belum ditetapkan*"
    return f"{_val(p.target)} ({p.target.year})"


def _prog_table(pdf, k: int, dim: str, ps: list) -> list:
    hdr = ["No", "Program", "Pilar", "Indikator Kinerja", "Target Akhir (Tahun)", "Jangka Waktu", "Perangkat Daerah"]
    rows = [
        [str(i), p.name, INFO[p.name]["pilar"], INFO[p.name]["ind"], _target_cell(p), _yr(p.year), _agency(p)]
        for i, p in enumerate(ps, start=1)
    ]
    out = [pdf.Table(hdr, rows, caption=f"Tabel 4.{k}.a Program Smart City Dimensi {dim}")]
    if any(p.target is None for p in ps):
        out.append(
            pdf.Para(
                "*) Target nilai tambah ditetapkan setelah studi kelayakan kawasan dan kajian rantai pasok ikan "
                "selesai disusun pada tahun 2027."
            )
        )
    return out


def _fund_cell(v) -> str:
    return "-" if not v else num_id(v)


def _fund_table(pdf, k: int, dim: str, ps: list) -> list:
    hdr = ["No", "Program", "APBD Kabupaten", "DAK / APBN", "CSR / KPBU", "Jumlah"]
    rows, tot = [], [0, 0, 0, 0]
    for i, p in enumerate(ps, start=1):
        f = INFO[p.name]["funds"]
        if f is None:
            rows.append([str(i), p.name, "p.m.", "p.m.", "p.m.", "p.m."])
            continue
        rows.append([str(i), p.name] + [_fund_cell(v) for v in f] + [num_id(sum(f))])
        for j, v in enumerate(list(f) + [sum(f)]):
            tot[j] += v
    rows.append(["", "Total"] + [_fund_cell(v) for v in tot])
    out = [
        pdf.Table(hdr, rows, caption=f"Tabel 4.{k}.b Indikasi Pendanaan Program Smart {dim[6:]} (dalam juta rupiah)")
    ]
    if any(INFO[p.name]["funds"] is None for p in ps):
        out.append(
            pdf.Para(
                "Keterangan: p.m. (pro memori) = nilai belum dapat ditetapkan; pembiayaan bus air menunggu hasil "
                "kajian skema kerja sama dengan badan usaha."
            )
        )
    return out


# ------------------------------------------------------------------ (C) environment in prose
ENV = [
    Prog(
        "Sensor Pasang Surut dan Peringatan Dini Rob",
        "memasang sensor tinggi muka air laut di muara dan pesisir yang mengirim peringatan otomatis kepada "
        "perangkat desa dan warga melalui pesan singkat",
        ["Badan Penanggulangan Bencana Daerah"],
        T("sensor pasang surut yang beroperasi", 12, "sensor", 2028),
        [2027, 2028],
        2.25e9,
        "",
        v="prose",
    ),
    Prog(
        "Aplikasi Setor Sampah Terpilah",
        "mencatat setoran sampah terpilah warga di bank sampah dan TPS3R desa dalam satu aplikasi, lengkap "
        "dengan saldo tabungan sampah",
        ["Dinas Lingkungan Hidup"],
        T("bank sampah yang mencatat setoran melalui aplikasi", 30, "bank sampah"),
        None,
        275e6,
        "",
        v="prose",
        note="year truly missing: schedule follows the TPS3R construction; target names no year",
    ),
    Prog(
        "Penerangan Jalan Tenaga Surya Cerdas",
        "mengganti lampu penerangan jalan umum di jalan desa pesisir dengan lampu tenaga surya yang dapat "
        "dipantau dan diredupkan dari ruang kendali",
        ["Dinas Perhubungan"],
        T("titik penerangan jalan tenaga surya yang terpantau", 1200, "titik", 2030),
        [2028, 2030],
        12.6e9,
        "",
        v="prose",
        note="KPBU part in the jumlah",
    ),
]
ENV_MONEY = {
    "Sensor Pasang Surut dan Peringatan Dini Rob": "APBD Rp 750 juta dan DAK Rp 1,5 miliar (jumlah Rp 2,25 miliar)",
    "Aplikasi Setor Sampah Terpilah": "APBD Rp 275 juta",
    "Penerangan Jalan Tenaga Surya Cerdas": "APBD Rp 3,6 miliar dan KPBU Rp 9 miliar (jumlah Rp 12,6 miliar)",
}


def _env_para(p: Prog) -> str:
    money = ENV_MONEY[p.name]
    assert money.endswith(f"Rp {num_id(p.budget / 1e9)} miliar)") or money == f"APBD Rp {num_id(p.budget / 1e6)} juta"
    s = f"Program {p.name} {p.desc}. "
    if p.name.startswith("Sensor"):
        s += (
            f"Leading sector program ini adalah {p.opd[0]} dengan dukungan Dinas Komunikasi dan Informatika serta "
            f"pemerintah desa pesisir. Target: {_tv(p.target)} pada {p.target.year}. Program berjalan "
            f"{_yr(p.year)}. Skema pendanaan: {money}."
        )
    elif p.name.startswith("Aplikasi"):
        s += (
            f"Program ini dipimpin oleh {p.opd[0]} sebagai leading sector, bekerja sama dengan kelompok bank "
            f"sampah. Target: {_tv(p.target)}. Jadwal pelaksanaan menyesuaikan selesainya pembangunan TPS3R di "
            f"desa percontohan yang masih menunggu ketersediaan lahan. Skema pendanaan: {money}."
        )
    else:
        s += (
            f"Program berjalan {_yr(p.year)} dengan {p.opd[0]} sebagai leading sector; Dinas Pekerjaan Umum dan "
            f"Penataan Ruang menyiapkan data ruas jalan. Target: {_tv(p.target)} pada {p.target.year}. Skema "
            f"pendanaan: {money}."
        )
    return s


def programmes() -> list[Prog]:
    return QUICK_WINS + [p for _, ps, _ in DIMS for p in ps] + ENV


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Kuala Serindit terdiri atas sebelas kecamatan dan 132 desa, 58 di antaranya desa pesisir. "
            "Jaringan 4G telah menjangkau seluruh ibu kota kecamatan, tetapi 21 desa pulau masih mengandalkan "
            "sinyal 3G dan internet satelit. Penilaian kesiapan menunjukkan suprastruktur (regulasi dan "
            "kelembagaan) cukup siap, sedangkan infrastruktur jaringan dan infostruktur (data dan aplikasi) "
            "masih perlu dibangun."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PENGEMBANGAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Kuala Serindit adalah "Kuala Serindit Pesisir Cerdas, Sejahtera dan '
            'Tangguh". Strategi pengembangan ditempuh melalui quick win pada dua tahun pertama dan program '
            "pengembangan pada enam dimensi smart city yang dipetakan ke tiga pilar kesiapan daerah."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Bab ini memuat quick win dan program pengembangan smart city Kabupaten Kuala Serindit. Quick win "
            "dianalisis dengan kerangka 5W+1H: apa yang dilakukan, mengapa, siapa pelaksananya, kapan, di mana, "
            "bagaimana caranya dan berapa biayanya. Program pengembangan disajikan per dimensi dalam tabel "
            "program, diikuti tabel indikasi pendanaan menurut sumber dana dalam juta rupiah."
        )
    )
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b.append(
        pdf.Para(
            "Quick win dipilih dari usulan perangkat daerah yang berbiaya rendah, dapat selesai dalam satu tahun "
            "dan langsung dirasakan warga. Analisis 5W+1H setiap quick win disajikan pada tabel berikut."
        )
    )
    b += _qw_table(pdf)
    for k, (dim, ps, intro) in enumerate(DIMS, start=2):
        if k > 2:  # each dimension on a new page (the first follows the landscape quick-win pages)
            b.append(pdf.PageBreak())
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        b.append(pdf.Para(intro))
        b += _prog_table(pdf, k, dim, ps)
        b += _fund_table(pdf, k, dim, ps)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.7 Dimensi Smart Environment"))
    b.append(
        pdf.Para(
            "Dimensi lingkungan diarahkan pada ketangguhan pesisir terhadap banjir rob, pengelolaan sampah "
            "berbasis desa dan efisiensi energi. Program dimensi ini diuraikan sebagai berikut."
        )
    )
    for p in ENV:
        b.append(pdf.Para(_env_para(p)))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Rencana program ini dijabarkan ke dalam Renja perangkat daerah dan RKPD Kabupaten Kuala Serindit "
            "setiap tahun. Program yang belum memiliki leading sector, target atau nilai pendanaan dilengkapi "
            "pada reviu masterplan oleh Dewan Smart City."
        )
    )
    return b
