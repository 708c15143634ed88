"""Kabupaten Sela Pualam (FICTIONAL): a chapter of "Kerangka Acuan Kerja" (KAK / TOR), one per
programme (fresh7 set).

Style: as the annexes of many kabupaten masterplans and Renja proposals do, chapter IV gives every
priority programme its own Kerangka Acuan Kerja, in the formats Indonesian finance and planning
officers write them. Numbers are written with their words in parentheses ("10 (sepuluh) bulan",
"Rp 1.350.000.000,00 (satu miliar tiga ratus lima puluh juta rupiah)", "Terbilang: ..."). Three
formats, per programme:
  (a) "4.1.1 Kerangka Acuan Kerja (KAK) Program <Name>": an identification block first, a three-column
      "Label | : | Isian" table with no header: Perangkat Daerah, Program RPJMD (nomenklatur) (the
      Permendagri 90 programme the activity is budgeted under, e.g. "Program Pendaftaran Penduduk": NOT
      the masterplan programme, whose name is the KAK's title), Kategori ("Quick Win" / "Program
      Prioritas": gold quick_win), Indikator Keluaran, Satuan Ukur, Volume Keluaran (the target is split
      over three rows: indicator, unit, value; no target year: gold target year None), Tahun Anggaran
      ("2026" or "2026 s.d. 2027"); then lettered sub-headings "A. Latar Belakang" (with a baseline
      figure, never the target), "B. Penerima Manfaat", "C. Metode Pelaksanaan" (partners, never the
      owner), "D. Jadwal Pelaksanaan" ("selama 18 (delapan belas) bulan, mulai Juli 2026 sampai dengan
      Desember 2027"), "E. Rencana Anggaran Biaya": an RAB table "No | Uraian | Volume | Satuan | Harga
      Satuan (Rp) | Jumlah (Rp)" whose last row "JUMLAH" is the budget (one RAB adds "Sub Jumlah" and
      "PPN 11%" rows before "JUMLAH"), followed by "Terbilang: ...". The RAB volumes ("60 unit", "26
      puskesmas") are never the target.
  (b) "KAK Program <Name>" with upper-case roman sub-headings "I. PENDAHULUAN", "II. SASARAN DAN
      INDIKATOR KEBERHASILAN" ("Indikator keberhasilan: <indicator> sebanyak 85 (delapan puluh lima)
      <unit> pada akhir tahun 2028"), "III. WAKTU PELAKSANAAN" ("Tahun Anggaran 2027 sampai dengan Tahun
      Anggaran 2028", or a "Tahapan | Waktu" table with months), "IV. PELAKSANA KEGIATAN" (the owner as
      "Pengguna Anggaran (PA): Kepala Badan X" with a PPTK "Kepala Bidang Y pada Badan X"; "Direktur
      Rumah Sakit Umum Daerah Sela Pualam selaku Pengguna Anggaran"; "dilaksanakan secara swakelola oleh
      X"; "tim swakelola terdiri atas X selaku penanggung jawab dan Y selaku pendukung teknis": gold
      opd = X only; "dengan X sebagai Pengguna Anggaran" for a contracted job), "V. PEMBIAYAAN" (one
      sentence with ",00" and the words; three programmes give the amount per Tahun Anggaran with the
      total: gold budget = the total, budget_per_year). Sub-heading order varies (IV before III once).
  (c) "TOR: <Name>" with numbered sub-headings "1. Latar Belakang", "2. Keluaran dan Indikator"
      ("dengan target 35 aplikasi pada Desember 2027"), "3. Kurun Waktu Pencapaian Keluaran" ("2 (dua)
      tahun anggaran, yaitu Tahun Anggaran 2027 dan 2028"), "4. Biaya yang Diperlukan" ("Rp
      690.000.000,- (...) dibebankan pada DPA <OPD> ..."), a closing sentence and a signature block as
      signed KAKs end: place and date ("Sela Pualam, 5 Januari 2026"), "Kepala Dinas Perhubungan",
      "Kabupaten Sela Pualam,", "ttd.", the official's name, rank and NIP ("NIP 19720314 199703 1 006":
      the digits are a staff number, never a year or target). Gold opd = the agency of the signature
      (without "Kepala" and the region).
Dimension sub-sections "4.n Dimensi Smart ..." group the KAKs. Four programmes are quick wins (three
by the Kategori row, one by a sentence in "I. PENDAHULUAN"). Four programmes truly lack one field: a
target (b: "Indikator keberhasilan ... akan ditetapkan dalam Perjanjian Kinerja"), a year (b: "Jadwal
pelaksanaan menyesuaikan selesainya pembebasan lahan ..."; its target names no year), a budget (c: "akan
dihitung setelah studi kelayakan ... selesai") and an owner (b: "Perangkat daerah pengelola ... belum
ditetapkan ...").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p26_kak_sela_pualam",
    name="Kabupaten Sela Pualam",
    period="2026-2030",
    style="kerangka acuan kerja (KAK/TOR) per programme: identification block, RAB tables, terbilang, signature",
    split="fresh7",
    intro=[
        "Kabupaten Sela Pualam dikenal sebagai daerah penghasil batu marmer dan kerajinan pualam. Wilayahnya "
        "terdiri atas perbukitan kapur di utara, lembah sungai yang subur di tengah dan dataran rendah di "
        "selatan yang kerap tergenang banjir pada musim hujan.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk lima "
        "tahun anggaran. Agar program smart city dapat langsung dianggarkan, setiap program prioritas "
        "dilengkapi dengan Kerangka Acuan Kerja (KAK) yang disusun oleh perangkat daerah pelaksananya.",
    ],
)

T = Target
INFO: dict[str, dict] = {}

BULAN = [
    "",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


# ------------------------------------------------------------------ numbers in words (terbilang)
_SATU = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n: int) -> str:
    """Indonesian words of a whole number: 1250000000 -> "satu miliar dua ratus lima puluh juta"."""
    n = int(n)
    if n == 0:
        return "nol"

    def rest(x: int) -> str:
        return " " + terbilang(x) if x else ""

    if n < 12:
        return _SATU[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return terbilang(n // 10) + " puluh" + rest(n % 10)
    if n < 200:
        return "seratus" + rest(n - 100)
    if n < 1000:
        return terbilang(n // 100) + " ratus" + rest(n % 100)
    if n < 2000:
        return "seribu" + rest(n - 1000)
    if n < 1_000_000:
        return terbilang(n // 1000) + " ribu" + rest(n % 1000)
    if n < 1_000_000_000:
        return terbilang(n // 1_000_000) + " juta" + rest(n % 1_000_000)
    return terbilang(n // 1_000_000_000) + " miliar" + rest(n % 1_000_000_000)


def rp00(v: float) -> str:
    return f"Rp {num_id(v)},00"


def rp_words(v: float, dash: bool = False) -> str:
    """'Rp 1.350.000.000,00 (satu miliar ... rupiah)' or 'Rp 690.000.000,- (...)'."""
    num = f"Rp {num_id(v)},-" if dash else rp00(v)
    return f"{num} ({terbilang(int(v))} rupiah)"


def n_words(v: float) -> str:
    return f"{num_id(v)} ({terbilang(int(v))})"


# ------------------------------------------------------------------ programmes
def _k(v, name, opd, target, year, budget, *, quick=False, per_year=None, note="", **info):
    """One KAK. v: a (identification block + RAB), b (roman sections), c (TOR + signature)."""
    if per_year:
        per_year = {y: float(x) for y, x in per_year.items()}
        assert abs(sum(per_year.values()) - budget) < 1, name
    if v == "a":
        rab = info["rab"]
        sub = sum(vol * price for _, vol, _, price in rab)
        total = sub * 1.11 if info.get("ppn") else sub
        assert abs(total - budget) < 1, (name, total)
    p = Prog(
        name, "", list(opd), target, year, budget, "kak", budget_per_year=per_year, quick_win=quick, v=v, note=note
    )
    INFO[name] = dict(v=v, **info)
    return p


KOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian"
DLH = "Dinas Lingkungan Hidup"
PERKIM = "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"
DISPERINDAGKOP = "Dinas Perindustrian, Perdagangan, Koperasi dan UKM"

DIMENSIONS = [
    (
        "Smart Governance",
        [
            _k(
                "a",
                "Aplikasi Layanan Adminduk Desa",
                ["Dinas Kependudukan dan Pencatatan Sipil"],
                T("desa yang melayani permohonan dokumen kependudukan secara daring", 120, "desa"),
                2026,
                850e6,
                quick=True,
                nomen="Program Pendaftaran Penduduk",
                latar="Warga desa di perbukitan utara harus menempuh perjalanan hingga dua jam untuk mengurus kartu "
                "keluarga dan akta kelahiran di kantor dinas. Pada tahun 2025 baru 18 desa yang memiliki operator "
                "adminduk terlatih.",
                manfaat="Warga dari 120 desa, operator desa dan petugas pelayanan Dinas Kependudukan dan Pencatatan "
                "Sipil.",
                metode="Aplikasi dikembangkan oleh penyedia jasa melalui e-katalog; pelatihan operator desa "
                "dilaksanakan bersama Politeknik Negeri Sela Pualam.",
                jadwal=(2, 2026, 11, 2026),
                rab=[
                    ("Pengembangan aplikasi layanan adminduk desa", 1, "paket", 285_000_000),
                    ("Perangkat komputer dan printer operator desa", 60, "unit", 6_500_000),
                    ("Bimbingan teknis operator desa", 120, "orang", 1_250_000),
                    ("Sosialisasi layanan kepada warga", 5, "kali", 5_000_000),
                ],
                note="RAB volumes (60 unit, 120 orang) are not the target; a polytechnic as partner",
            ),
            _k(
                "b",
                "Integrasi Data Perencanaan dan Penganggaran",
                ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"],
                T("perangkat daerah yang menyusun Renja melalui sistem terintegrasi", 100, "persen", 2027),
                [2026, 2027],
                1.35e9,
                per_year={2026: 600e6, 2027: 750e6},
                owner="pa",
                pptk="Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
                pendahuluan="Dokumen Renja, RKPD dan APBD masih disusun dalam aplikasi yang terpisah sehingga "
                "kode program dan kegiatan sering tidak sama. Pada tahun 2025 baru 35% perangkat daerah yang "
                "menyusun Renja melalui aplikasi perencanaan daerah.",
                sasaran="Tersedianya satu alur data perencanaan dan penganggaran dari Renja sampai DPA.",
                tahapan=[
                    ("Penyusunan rancangan integrasi", "Januari - April 2026"),
                    ("Pengembangan dan uji coba", "Mei 2026 - Maret 2027"),
                    ("Penerapan di seluruh perangkat daerah", "April - Desember 2027"),
                ],
                note="a Tahapan | Waktu table gives the years; money per Tahun Anggaran with its total",
            ),
            _k(
                "c",
                "Penguatan Keamanan Informasi Pemerintah Daerah",
                [KOMINFO],
                T("aplikasi perangkat daerah yang lulus uji kerentanan", 35, "aplikasi", 2027),
                2027,
                690e6,
                latar="Sepanjang tahun 2025 tercatat 14 insiden peretasan laman perangkat daerah. Baru 6 aplikasi "
                "yang pernah menjalani uji kerentanan.",
                keluaran="tim tanggap insiden siber pemerintah kabupaten dan laporan uji kerentanan aplikasi",
                pejabat=("Drs. Bambang Wiratmoko, M.Si.", "Pembina Utama Muda (IV/c)", "19720314 199703 1 006"),
                tanggal="5 Januari 2026",
                note="owner only in the signature block (and the DPA phrase); NIP digits are no year",
            ),
            _k(
                "b",
                "Arsip Digital Kepegawaian",
                ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
                None,
                2026,
                420e6,
                owner="swakelola",
                pendahuluan="Berkas kepegawaian lebih dari 6.800 aparatur sipil negara masih tersimpan dalam map "
                "fisik di ruang arsip yang rawan rusak.",
                sasaran="Seluruh berkas kepegawaian tersimpan dalam arsip digital yang dapat ditelusuri.",
                tahun_text="Kegiatan dilaksanakan pada Tahun Anggaran 2026.",
                note="target truly missing: 'akan ditetapkan dalam Perjanjian Kinerja'",
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            _k(
                "a",
                "Katalog Daring Kerajinan Marmer",
                [DISPERINDAGKOP],
                T("perajin marmer yang memasarkan produk melalui katalog daring", 150, "perajin"),
                [2026, 2027],
                975e6,
                nomen="Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)",
                latar="Kerajinan marmer dan pualam dijual melalui pengepul dengan harga rendah. Pada tahun 2025 "
                "hanya 22 perajin yang memiliki toko daring.",
                manfaat="Perajin marmer dan pualam di sentra kerajinan Kecamatan Watugilang dan sekitarnya.",
                metode="Kurasi produk dilakukan bersama asosiasi perajin; pelatihan pemasaran digital bekerja sama "
                "dengan komunitas penggiat UMKM daring.",
                jadwal=(7, 2026, 12, 2027),
                rab=[
                    ("Pengembangan platform katalog daring", 1, "paket", 325_000_000),
                    ("Fotografi dan kurasi produk", 150, "perajin", 1_500_000),
                    ("Pelatihan pemasaran digital perajin", 6, "angkatan", 45_000_000),
                    ("Promosi dan kampanye digital", 2, "tahun", 77_500_000),
                ],
                note="an agency name holding commas",
            ),
            _k(
                "c",
                "Paket Wisata Goa Kapur Terintegrasi",
                ["Dinas Pariwisata dan Kebudayaan"],
                T("kunjungan wisatawan ke kawasan goa kapur per tahun", 60000, "kunjungan", 2028),
                2028,
                1.1e9,
                latar="Kawasan goa kapur di utara kabupaten dikunjungi sekitar 21.000 wisatawan pada tahun 2025, "
                "sebagian besar tanpa pemandu dan tanpa tiket resmi.",
                keluaran="sistem pemesanan paket wisata goa kapur, pemandu bersertifikat dan papan informasi "
                "digital di pintu masuk kawasan",
                pejabat=("Dra. Sri Handayani Rukmi, M.M.", "Pembina Tingkat I (IV/b)", "19750822 200012 2 003"),
                tanggal="8 Januari 2026",
            ),
            _k(
                "b",
                "Penataan Alun-Alun Pualam Cerdas",
                [PERKIM],
                T("titik layanan digital yang beroperasi di alun-alun", 10, "titik"),
                None,
                2.75e9,
                owner="kontraktual",
                pendahuluan="Alun-alun ibu kota kabupaten menjadi pusat kegiatan warga setiap akhir pekan, tetapi "
                "penerangan, wifi publik dan papan informasinya belum memadai.",
                sasaran="Alun-alun yang tertata dengan wifi publik, papan informasi digital, penerangan hemat energi "
                "dan kamera pengawas.",
                tahun_text="Jadwal pelaksanaan menyesuaikan selesainya pembebasan lahan di sisi timur alun-alun dan "
                "akan ditetapkan kemudian.",
                note="year truly missing (its target names no year)",
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            _k(
                "a",
                "Pasar Rakyat Nontunai",
                [DISPERINDAGKOP],
                T("pasar rakyat yang menerapkan retribusi nontunai", 8, "pasar"),
                2026,
                555e6,
                quick=True,
                ppn=True,
                nomen="Program Peningkatan Sarana Distribusi Perdagangan",
                latar="Retribusi pasar masih dipungut secara tunai dengan karcis kertas, sehingga setoran sulit "
                "diawasi. Belum ada pasar rakyat yang menerima pembayaran nontunai.",
                manfaat="Pedagang dan pengelola delapan pasar rakyat milik pemerintah kabupaten.",
                metode="Pembayaran nontunai disediakan bersama Bank Pembangunan Daerah sebagai bank penampung "
                "retribusi.",
                jadwal=(3, 2026, 10, 2026),
                rab=[
                    ("Mesin EDC dan perangkat QRIS petugas retribusi", 40, "unit", 4_500_000),
                    ("Aplikasi retribusi pasar nontunai", 1, "paket", 210_000_000),
                    ("Pelatihan petugas dan pedagang", 8, "pasar", 8_750_000),
                    ("Papan informasi dan sosialisasi", 8, "pasar", 5_000_000),
                ],
                note="RAB with Sub Jumlah and PPN 11% rows: budget = JUMLAH; a BPD bank as partner",
            ),
            _k(
                "b",
                "Sistem Informasi Pupuk dan Lahan Pertanian",
                ["Dinas Pertanian dan Ketahanan Pangan"],
                T("petani yang terdaftar dengan data lahan garapan", 18000, "petani", 2028),
                [2027, 2028],
                1.6e9,
                per_year={2027: 700e6, 2028: 900e6},
                owner="pa",
                pptk="Kepala Bidang Prasarana dan Sarana Pertanian",
                pendahuluan="Penyaluran pupuk bersubsidi sering tidak sesuai kebutuhan karena data petani dan luas "
                "lahan garapan belum mutakhir. Pada tahun 2025 baru 4.200 petani yang datanya terverifikasi.",
                sasaran="Data petani, lahan garapan dan alokasi pupuk bersubsidi tersedia dalam satu sistem.",
                tahun_text="Kegiatan dilaksanakan pada Tahun Anggaran 2027 sampai dengan Tahun Anggaran 2028 di 18 "
                "kecamatan.",
                note="18 kecamatan is a place count, never the target",
            ),
            _k(
                "c",
                "Pelatihan Wirausaha Digital Pemuda",
                ["Dinas Tenaga Kerja"],
                T("pemuda yang lulus pelatihan wirausaha digital", 1200, "pemuda", 2026),
                2026,
                360e6,
                latar="Tingkat pengangguran terbuka kabupaten pada tahun 2025 sebesar 5,8% dengan porsi terbesar "
                "pada lulusan sekolah menengah.",
                keluaran="lulusan pelatihan wirausaha digital yang memiliki usaha daring",
                pejabat=("Ir. Yohanes Setiabudi", "Pembina (IV/a)", "19790105 200501 1 009"),
                tanggal="12 Januari 2026",
            ),
        ],
    ),
    (
        "Smart Living",
        [
            _k(
                "a",
                "Rekam Medis Elektronik Puskesmas",
                ["Dinas Kesehatan"],
                T("puskesmas yang menerapkan rekam medis elektronik", 26, "puskesmas"),
                [2026, 2027],
                2.4e9,
                nomen="Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                latar="Pada tahun 2025 baru 9 dari 26 puskesmas yang mencatat pelayanan secara elektronik; rujukan "
                "ke RSUD Sela Pualam masih memakai surat rujukan kertas.",
                manfaat="Pasien dan tenaga kesehatan di 26 puskesmas serta RSUD Sela Pualam sebagai penerima rujukan.",
                metode="Aplikasi rekam medis elektronik dipasang oleh penyedia terpilih; pendampingan di puskesmas "
                "dilakukan bersama organisasi profesi kesehatan.",
                jadwal=(4, 2026, 9, 2027),
                rab=[
                    ("Lisensi dan implementasi aplikasi RME", 26, "puskesmas", 35_000_000),
                    ("Perangkat komputer klinik", 260, "unit", 4_500_000),
                    ("Jaringan lokal puskesmas", 26, "paket", 8_000_000),
                    ("Pelatihan tenaga kesehatan", 28, "angkatan", 4_000_000),
                ],
                note="puskesmas and RSUD named as places; RAB volume 26 puskesmas equals the target",
            ),
            _k(
                "b",
                "Sistem Rujukan Terintegrasi",
                ["Rumah Sakit Umum Daerah Sela Pualam"],
                T("waktu tunggu konfirmasi rujukan dari puskesmas", 30, "menit", 2027),
                2027,
                1.6e9,
                owner="direktur",
                pendahuluan="Puskesmas masih menelepon satu per satu untuk mencari tempat tidur kosong. Pada tahun "
                "2025 rata-rata waktu tunggu konfirmasi rujukan mencapai 3 jam.",
                sasaran="Rujukan dari puskesmas diterima dan dikonfirmasi melalui satu sistem rujukan daring.",
                tahun_text="Kegiatan dilaksanakan pada Tahun Anggaran 2027.",
                note="an RSUD (BLUD) as owner: 'Direktur ... selaku Pengguna Anggaran'; a falling target",
            ),
            _k(
                "c",
                "Angkutan Perdesaan Terjadwal",
                ["Dinas Perhubungan"],
                T("trayek angkutan perdesaan terjadwal yang beroperasi", 6, "trayek", 2029),
                [2028, 2029],
                None,
                latar="Angkutan perdesaan berangkat hanya apabila penumpang penuh, sehingga pelajar dan pedagang "
                "dari desa perbukitan sering menunggu lebih dari satu jam.",
                keluaran="trayek angkutan perdesaan berjadwal dengan informasi kedatangan di aplikasi",
                pejabat=("Agus Prasetyo Nugroho, S.T., M.T.", "Pembina Tingkat I (IV/b)", "19740918 199903 1 004"),
                tanggal="7 Januari 2026",
                note="budget truly missing: 'akan dihitung setelah studi kelayakan ... selesai'",
            ),
            _k(
                "a",
                "Pemetaan Rumah Tidak Layak Huni",
                [PERKIM],
                T("rumah tidak layak huni yang terpetakan dalam peta digital", 4500, "rumah"),
                2026,
                380e6,
                nomen="Program Kawasan Permukiman",
                latar="Data rumah tidak layak huni tersebar di desa, dinas dan lembaga zakat dengan angka yang "
                "berbeda-beda.",
                manfaat="Keluarga penghuni rumah tidak layak huni, pemerintah desa dan lembaga penyalur bantuan "
                "bedah rumah.",
                metode="Pendataan lapangan dilakukan oleh enumerator desa dengan aplikasi survei; hasilnya "
                "diverifikasi bersama pemerintah desa.",
                jadwal=(1, 2026, 8, 2026),
                rab=[
                    ("Survei lapangan dan pendataan", 4500, "rumah", 50_000),
                    ("Aplikasi peta RTLH berbasis web", 1, "paket", 120_000_000),
                    ("Pelatihan enumerator desa", 70, "orang", 500_000),
                ],
            ),
        ],
    ),
    (
        "Smart Society",
        [
            _k(
                "b",
                "Kelas Digital Sekolah Dasar",
                ["Dinas Pendidikan, Pemuda dan Olahraga"],
                T("sekolah dasar yang memiliki kelas digital", 85, "sekolah", 2028),
                [2026, 2028],
                3.6e9,
                per_year={2026: 1.2e9, 2027: 1.2e9, 2028: 1.2e9},
                owner="tim",
                helper=KOMINFO,
                order="pelaksana_first",
                pendahuluan="Sebagian besar sekolah dasar di desa perbukitan belum memiliki perangkat belajar "
                "digital dan sambungan internet yang stabil.",
                sasaran="Sekolah dasar memiliki kelas digital dengan perangkat belajar, sambungan internet dan guru "
                "yang terlatih.",
                tahun_text="Kegiatan dilaksanakan selama tiga tahun anggaran, Tahun Anggaran 2026 sampai dengan "
                "Tahun Anggaran 2028.",
                note="the supporting agency ('pendukung teknis') is not an owner; IV before III",
            ),
            _k(
                "b",
                "Layanan Panggilan Darurat 112",
                [],
                T("waktu tanggap panggilan darurat", 10, "menit", 2027),
                2027,
                1.25e9,
                owner="none",
                pendahuluan="Nomor pengaduan kedaruratan pemadam kebakaran, ambulans dan kepolisian resor masih "
                "terpisah-pisah dan tidak semuanya aktif selama 24 jam.",
                sasaran="Satu nomor panggilan darurat 112 yang aktif 24 jam dan meneruskan panggilan ke unit "
                "tanggap darurat terdekat.",
                tahun_text="Kegiatan dilaksanakan pada Tahun Anggaran 2027.",
                note="OPD truly missing: 'belum ditetapkan ... Keputusan Bupati'; responders are places",
            ),
            _k(
                "c",
                "Perpustakaan Desa Digital",
                ["Dinas Perpustakaan dan Kearsipan"],
                T("desa yang memiliki pojok baca digital", 40, "desa", 2029),
                [2027, 2029],
                1.05e9,
                latar="Minat baca warga desa rendah karena koleksi perpustakaan desa terbatas dan jarang diperbarui.",
                keluaran="pojok baca digital di perpustakaan desa dengan koleksi buku elektronik",
                pejabat=("Hj. Retno Wulandari, S.Sos.", "Pembina (IV/a)", "19770430 200212 2 005"),
                tanggal="9 Januari 2026",
            ),
        ],
    ),
    (
        "Smart Environment",
        [
            _k(
                "a",
                "Peringatan Dini Banjir Sungai Pualam",
                ["Badan Penanggulangan Bencana Daerah"],
                T("desa rawan banjir yang memiliki sirene peringatan dini", 14, "desa"),
                2026,
                1.18e9,
                quick=True,
                nomen="Program Penanggulangan Bencana",
                latar="Banjir luapan Sungai Pualam merendam desa-desa di dataran selatan hampir setiap tahun. Pada "
                "tahun 2025 belum ada desa yang memiliki sirene peringatan dini.",
                manfaat="Warga 14 desa rawan banjir di sepanjang Sungai Pualam.",
                metode="Sensor tinggi muka air dipasang bersama Balai Besar Wilayah Sungai; relawan desa tangguh "
                "bencana dilatih mengoperasikan sirene.",
                jadwal=(1, 2026, 6, 2026),
                rab=[
                    ("Sensor tinggi muka air otomatis", 14, "unit", 42_000_000),
                    ("Sirene peringatan dini", 14, "unit", 27_500_000),
                    ("Server dan aplikasi pusat kendali", 1, "paket", 150_000_000),
                    ("Simulasi evakuasi dan pelatihan relawan", 12, "kali", 4_750_000),
                ],
                note="a river basin authority as partner, never the owner",
            ),
            _k(
                "c",
                "Pemantauan Debu Kawasan Tambang Marmer",
                [DLH],
                T("stasiun pemantau kualitas udara yang beroperasi di kawasan tambang", 12, "stasiun", 2028),
                [2027, 2028],
                1.9e9,
                latar="Warga sekitar kawasan tambang marmer mengeluhkan debu, terutama pada musim kemarau. Data "
                "kualitas udara baru diukur dua kali setahun secara manual.",
                keluaran="stasiun pemantau kualitas udara otomatis dan dasbor kualitas udara yang terbuka bagi warga",
                pejabat=("Dr. Hendra Kusumawijaya, S.Si., M.Sc.", "Pembina Utama Muda (IV/c)", "19710227 199803 1 002"),
                tanggal="6 Januari 2026",
            ),
            _k(
                "b",
                "Bank Sampah Digital",
                [DLH],
                T("bank sampah yang mencatat setoran nasabah secara digital", 60, "bank sampah", 2026),
                2026,
                290e6,
                quick=True,
                owner="pa_short",
                pendahuluan="Kegiatan ini termasuk quick win masterplan smart city Kabupaten Sela Pualam. Pencatatan "
                "setoran nasabah bank sampah masih ditulis tangan dalam buku tabungan.",
                sasaran="Bank sampah mencatat setoran dan saldo nasabah melalui aplikasi.",
                tahun_text="Kegiatan dilaksanakan pada Tahun Anggaran 2026, mulai Maret sampai dengan Oktober.",
                note="quick win only by a sentence in I. PENDAHULUAN",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the KAKs write them
def _years(p: Prog) -> tuple[int, int]:
    return (p.year[0], p.year[1]) if isinstance(p.year, list) else (p.year, p.year)


def _ident(p: Prog) -> list:
    i = INFO[p.name]
    t = p.target
    a, b = _years(p)
    rows = [
        ["Perangkat Daerah", ":", p.opd[0]],
        ["Program RPJMD (nomenklatur)", ":", i["nomen"]],
        ["Kategori", ":", "Quick Win" if p.quick_win else "Program Prioritas"],
        ["Indikator Keluaran", ":", t.ind[0].upper() + t.ind[1:]],
        ["Satuan Ukur", ":", "persen" if t.unit == "persen" else t.unit],
        ["Volume Keluaran", ":", num_id(t.value)],
        ["Tahun Anggaran", ":", str(a) if a == b else f"{a} s.d. {b}"],
    ]
    return rows


def _jadwal(p: Prog) -> str:
    m0, y0, m1, y1 = INFO[p.name]["jadwal"]
    assert (y0, y1) == _years(p), p.name
    n = (y1 - y0) * 12 + m1 - m0 + 1
    return f"Kegiatan dilaksanakan selama {n_words(n)} bulan, mulai {BULAN[m0]} {y0} sampai dengan {BULAN[m1]} {y1}."


def _rab(pdf, p: Prog) -> list:
    i = INFO[p.name]
    rows = []
    for k, (uraian, vol, sat, price) in enumerate(i["rab"], start=1):
        rows.append([str(k), uraian, num_id(vol), sat, num_id(price), num_id(vol * price)])
    sub = sum(vol * price for _, vol, _, price in i["rab"])
    if i.get("ppn"):
        rows.append(["", "Sub Jumlah", "", "", "", num_id(sub)])
        rows.append(["", "PPN 11%", "", "", "", num_id(sub * 0.11)])
    rows.append(["", "JUMLAH", "", "", "", num_id(p.budget)])
    hdr = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]
    words = terbilang(int(p.budget)).title()
    return [pdf.Table(hdr, rows), pdf.Para(f"Terbilang: {words} Rupiah.")]


def _kak_a(pdf, num: str, p: Prog) -> list:
    i = INFO[p.name]
    a, b = _years(p)
    out = [pdf.Heading(3, f"{num} Kerangka Acuan Kerja (KAK) Program {p.name}")]
    out.append(pdf.Table([], _ident(p)))
    out.append(pdf.Heading(4, "A. Latar Belakang"))
    out.append(pdf.Para(i["latar"]))
    out.append(pdf.Heading(4, "B. Penerima Manfaat"))
    out.append(pdf.Para(i["manfaat"]))
    out.append(pdf.Heading(4, "C. Metode Pelaksanaan"))
    out.append(pdf.Para(i["metode"]))
    out.append(pdf.Heading(4, "D. Jadwal Pelaksanaan"))
    out.append(pdf.Para(_jadwal(p)))
    out.append(pdf.Heading(4, "E. Rencana Anggaran Biaya"))
    if a != b:
        out.append(pdf.Para(f"Rencana anggaran biaya berikut mencakup seluruh masa pelaksanaan ({a}-{b})."))
    out += _rab(pdf, p)
    return out


def _sasaran_b(p: Prog) -> str:
    i = INFO[p.name]
    t = p.target
    s = i["sasaran"] + " "
    if t is None:
        return s + (
            "Indikator keberhasilan dan targetnya akan ditetapkan dalam Perjanjian Kinerja kepala perangkat daerah "
            "setelah hasil pendataan awal tersedia."
        )
    yr = f" pada akhir tahun {t.year}" if t.year else ""
    if t.unit == "persen":
        return (
            s + f"Indikator keberhasilan: {t.ind} mencapai {num_id(t.value)}% ({terbilang(int(t.value))} persen){yr}."
        )
    if t.unit == "menit":
        return s + f"Indikator keberhasilan: {t.ind} paling lama {n_words(t.value)} menit{yr}."
    return s + f"Indikator keberhasilan: {t.ind} sebanyak {n_words(t.value)} {t.unit}{yr}."


def _pelaksana_b(p: Prog) -> str:
    i = INFO[p.name]
    o = i["owner"]
    if o == "pa":
        return (
            f"Pengguna Anggaran (PA) kegiatan ini adalah Kepala {p.opd[0]}. Pejabat Pelaksana Teknis Kegiatan "
            f"(PPTK) adalah {i['pptk']} pada {p.opd[0]}."
        )
    if o == "pa_short":
        return f"Pengguna Anggaran adalah Kepala {p.opd[0]}. Kegiatan dilaksanakan secara swakelola."
    if o == "direktur":
        return (
            f"Direktur {p.opd[0]} selaku Pengguna Anggaran bertanggung jawab atas pelaksanaan kegiatan ini. "
            "Puskesmas se-kabupaten menjadi pengguna sistem rujukan."
        )
    if o == "swakelola":
        return f"Kegiatan ini dilaksanakan secara swakelola oleh {p.opd[0]}."
    if o == "kontraktual":
        return (
            "Pekerjaan fisik dilaksanakan melalui penyedia jasa konstruksi yang dipilih melalui tender, dengan "
            f"{p.opd[0]} sebagai Pengguna Anggaran."
        )
    if o == "tim":
        return (
            f"Kegiatan dilaksanakan secara swakelola. Tim swakelola terdiri atas {p.opd[0]} selaku penanggung jawab "
            f"dan {i['helper']} selaku pendukung teknis jaringan internet."
        )
    if o == "none":
        return (
            "Perangkat daerah pengelola layanan panggilan darurat 112 belum ditetapkan; penetapannya menunggu "
            "Keputusan Bupati tentang pembentukan unit pelaksana teknis layanan kedaruratan."
        )
    raise ValueError(o)


def _pembiayaan_b(p: Prog) -> str:
    src = "bersumber dari APBD Kabupaten Sela Pualam"
    if p.budget_per_year:
        parts = "; ".join(f"TA {y} sebesar {rp00(v)}" for y, v in p.budget_per_year.items())
        return f"Biaya pelaksanaan kegiatan seluruhnya sebesar {rp_words(p.budget)}, terdiri atas {parts}, {src}."
    return f"Biaya pelaksanaan kegiatan sebesar {rp_words(p.budget)} {src}."


def _kak_b(pdf, num: str, p: Prog) -> list:
    i = INFO[p.name]
    out = [pdf.Heading(3, f"{num} KAK Program {p.name}")]
    out.append(pdf.Heading(4, "I. PENDAHULUAN"))
    out.append(pdf.Para(i["pendahuluan"]))
    out.append(pdf.Heading(4, "II. SASARAN DAN INDIKATOR KEBERHASILAN"))
    out.append(pdf.Para(_sasaran_b(p)))
    waktu = [pdf.Heading(4, "III. WAKTU PELAKSANAAN")]
    pel = [pdf.Heading(4, "IV. PELAKSANA KEGIATAN"), pdf.Para(_pelaksana_b(p))]
    if i.get("tahapan"):
        a, b = _years(p)
        waktu.append(
            pdf.Para(f"Kegiatan dilaksanakan pada Tahun Anggaran {a} sampai dengan {b} dengan tahapan berikut.")
        )
        waktu.append(pdf.Table(["Tahapan", "Waktu"], [list(r) for r in i["tahapan"]]))
    else:
        waktu.append(pdf.Para(i["tahun_text"]))
    if i.get("order") == "pelaksana_first":
        pel[0] = pdf.Heading(4, "III. PELAKSANA KEGIATAN")
        waktu[0] = pdf.Heading(4, "IV. WAKTU PELAKSANAAN")
        out += pel + waktu
    else:
        out += waktu + pel
    out.append(pdf.Heading(4, "V. PEMBIAYAAN"))
    out.append(pdf.Para(_pembiayaan_b(p)))
    return out


def _kak_c(pdf, num: str, p: Prog) -> list:
    i = INFO[p.name]
    t = p.target
    a, b = _years(p)
    opd = p.opd[0]
    out = [pdf.Heading(3, f"{num} TOR: {p.name}")]
    out.append(pdf.Heading(4, "1. Latar Belakang"))
    out.append(pdf.Para(i["latar"]))
    out.append(pdf.Heading(4, "2. Keluaran dan Indikator"))
    val = f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"
    out.append(
        pdf.Para(
            f"Keluaran (output) kegiatan ini adalah {i['keluaran']}. Indikator kinerja keluaran: {t.ind}, dengan "
            f"target {val} pada Desember {t.year}."
        )
    )
    out.append(pdf.Heading(4, "3. Kurun Waktu Pencapaian Keluaran"))
    n = b - a + 1
    if n == 1:
        kurun = f"Keluaran dicapai dalam {n_words(n)} tahun anggaran, yaitu Tahun Anggaran {a}."
    elif n == 2:
        kurun = f"Keluaran dicapai dalam {n_words(n)} tahun anggaran, yaitu Tahun Anggaran {a} dan {b}."
    else:
        kurun = f"Keluaran dicapai dalam {n_words(n)} tahun anggaran, yaitu Tahun Anggaran {a} sampai dengan {b}."
    out.append(pdf.Para(kurun))
    out.append(pdf.Heading(4, "4. Biaya yang Diperlukan"))
    if p.budget is None:
        out.append(
            pdf.Para(
                "Biaya yang diperlukan akan dihitung setelah studi kelayakan trayek dan Detail Engineering Design "
                "(DED) halte selesai disusun; besarannya diusulkan melalui KUA-PPAS tahun berkenaan."
            )
        )
    else:
        ta = f"Tahun Anggaran {a}" if a == b else f"Tahun Anggaran {a}-{b}"
        out.append(
            pdf.Para(
                f"Biaya yang diperlukan untuk mencapai keluaran tersebut sebesar {rp_words(p.budget, dash=True)} dan "
                f"dibebankan pada DPA {opd} {ta}."
            )
        )
    out.append(pdf.Para("Demikian Kerangka Acuan Kerja ini dibuat untuk dipergunakan sebagaimana mestinya."))
    nama, pangkat, nip = i["pejabat"]
    for line in (
        f"Sela Pualam, {i['tanggal']}",
        f"Kepala {opd}",
        "Kabupaten Sela Pualam,",
        "ttd.",
        nama,
        pangkat,
        f"NIP {nip}",
    ):
        out.append(pdf.Para(line))
    return out


KAK = {"a": _kak_a, "b": _kak_b, "c": _kak_c}


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Sela Pualam terdiri atas delapan belas kecamatan dan 246 desa. Jaringan serat optik telah "
            "menjangkau seluruh ibu kota kecamatan, tetapi desa-desa di perbukitan kapur masih bergantung pada "
            "jaringan seluler yang belum stabil. Hasil pengukuran kesiapan menunjukkan suprastruktur yang cukup "
            "baik, sementara sumber daya manusia TIK di perangkat daerah masih terbatas."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN PENGANGGARAN"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Sela Pualam adalah "Sela Pualam Cerdas, Berdaya Saing dan Tangguh". Program '
            "prioritas smart city dianggarkan melalui Renja dan DPA perangkat daerah. Untuk itu setiap program "
            "dilengkapi Kerangka Acuan Kerja (KAK) atau Term of Reference (TOR) yang memuat keluaran, waktu, "
            "pelaksana dan biaya."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV KERANGKA ACUAN KERJA PROGRAM PRIORITAS"))
    b.append(
        pdf.Para(
            "Bab ini menghimpun Kerangka Acuan Kerja program prioritas smart city menurut dimensi. Biaya yang "
            "tercantum dalam setiap KAK adalah kebutuhan untuk seluruh masa pelaksanaan kegiatan. Program yang "
            "berkategori Quick Win dilaksanakan pada tahun pertama masterplan."
        )
    )
    for k, (dim, ps) in enumerate(DIMENSIONS, start=1):
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        for j, p in enumerate(ps, start=1):
            b += KAK[INFO[p.name]["v"]](pdf, f"4.{k}.{j}", p)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Kerangka Acuan Kerja dalam masterplan ini dimutakhirkan setiap tahun pada saat penyusunan Renja "
            "perangkat daerah. KAK yang belum memuat biaya, jadwal, indikator atau pelaksana dilengkapi pada "
            "tahap penganggaran berikutnya."
        )
    )
    return b
