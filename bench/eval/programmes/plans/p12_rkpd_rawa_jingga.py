"""Kabupaten Rawa Jingga (FICTIONAL): an RKPD/Renja-style programme-and-activity table (fresh2 set).

Style: chapter IV holds one long table "Rencana Program dan Kegiatan Prioritas Smart City Tahun 2026"
in the layout of an RKPD / Renja: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja |
Target 2026 | Pagu Indikatif (Rp) | Lokasi | Perangkat Daerah. Each programme row ("Program X", code
a.bb.cc, its pagu = the sum of its kegiatan, printed) is followed by 1-3 kegiatan rows (code
a.bb.cc.2.dd) and, under some kegiatan, sub kegiatan rows (code a.bb.cc.2.dd.00ee) with their own
indicator, output target, smaller pagu, lokasi and perangkat daerah; the rows are told apart by the
code and the "Program" word only (pdfgen collapses leading spaces, so the names are not indented).
Only programme rows are programmes (gold). A dimension title row ("SMART GOVERNANCE") opens each
dimension; a "JUMLAH" row closes the table; footnotes follow it. The year is the plan's single year,
stated only in the caption and the "Target 2026" header (gold year 2026, target year 2026). Money as
"1.250.000.000". One programme with two perangkat daerah (one per line, "; ") whose kegiatan rows
each name one of them. Three programmes truly lack one field: a target ("-" in the programme row's
indicator and target; its kegiatan rows keep their output targets), a budget ("-" in the programme
and kegiatan rows, DAK not yet set) and an OPD ("-", to be set by a Keputusan Bupati).
"""

from dataclasses import dataclass, field

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p12_rkpd_rawa_jingga",
    name="Kabupaten Rawa Jingga",
    period="2026-2030",
    style="rkpd program-kegiatan table",
    split="fresh2",
    intro=[
        "Kabupaten Rawa Jingga adalah kabupaten dataran rendah yang sebagian besar wilayahnya berupa rawa, "
        "lahan gambut dan danau. Penduduk bekerja sebagai petani padi apung, pembudidaya ikan rawa dan perajin "
        "anyaman purun. Angkutan air masih menjadi sarana utama penghubung desa di sepanjang sungai.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City. Masterplan ini memuat analisis kesiapan "
        "daerah, strategi pembangunan smart city, serta rencana program dan kegiatan prioritas yang disusun "
        "dalam format perencanaan tahunan perangkat daerah agar dapat langsung diacu dalam penyusunan RKPD.",
    ],
)

YEAR = 2026
T = Target


@dataclass
class Keg:
    """A kegiatan or sub kegiatan row (not a programme): its own indicator, output target and pagu."""

    code: str
    name: str
    ind: str
    target: str
    pagu: float | None = None  # rupiah; a kegiatan with sub kegiatan: the sum of theirs
    lokasi: str = ""
    pd: str = ""  # the row's perangkat daerah; "" = the programme's
    subs: list = field(default_factory=list)

    def total(self):
        if self.subs:
            vals = [s.pagu for s in self.subs]
            return None if any(v is None for v in vals) else sum(vals)
        return self.pagu


KEG: dict[str, list[Keg]] = {}
CODE: dict[str, str] = {}
LOKASI: dict[str, str] = {}


def _p(code, name, opd, target, lokasi, kegiatan, note=""):
    """A programme row: its pagu is the sum of its kegiatan (None where no kegiatan has a pagu)."""
    vals = [k.total() for k in kegiatan]
    budget = None if any(v is None for v in vals) else sum(vals)
    p = Prog(name, "", list(opd), target, YEAR, budget, "table", note=note)
    KEG[name], CODE[name], LOKASI[name] = kegiatan, code, lokasi
    return p


K = Keg

DIMENSIONS = [
    (
        "SMART GOVERNANCE",
        [
            _p(
                "2.12.02",
                "Pelayanan Administrasi Kependudukan Daring",
                ["Dinas Kependudukan dan Pencatatan Sipil"],
                T("Persentase layanan administrasi kependudukan yang diajukan secara daring", 75, "persen", YEAR),
                "Kabupaten",
                [
                    K(
                        "2.12.02.2.01",
                        "Pengembangan Layanan Adminduk Mandiri",
                        "Jumlah jenis layanan pada anjungan dan aplikasi mandiri",
                        "12 layanan",
                        lokasi="Kabupaten",
                        subs=[
                            K(
                                "2.12.02.2.01.0003",
                                "Pengadaan Anjungan Dukcapil Mandiri di Kantor Kecamatan",
                                "Jumlah anjungan mandiri yang beroperasi",
                                "8 unit",
                                480e6,
                                "8 kecamatan",
                            ),
                            K(
                                "2.12.02.2.01.0007",
                                "Pemeliharaan Aplikasi Layanan Adminduk Daring",
                                "Jumlah aplikasi yang dipelihara",
                                "1 aplikasi",
                                145e6,
                                "Kantor Disdukcapil",
                            ),
                        ],
                    ),
                    K(
                        "2.12.02.2.02",
                        "Pelayanan Jemput Bola Perekaman KTP-el",
                        "Jumlah penduduk yang direkam di desa terpencil",
                        "3.000 orang",
                        210e6,
                        "Desa terpencil",
                    ),
                ],
            ),
            _p(
                "2.16.03",
                "Satu Data Rawa Jingga",
                ["Dinas Komunikasi, Informatika dan Statistik"],
                T("Persentase data sektoral prioritas yang terbit di portal satu data", 70, "persen", YEAR),
                "Kabupaten",
                [
                    K(
                        "2.16.03.2.01",
                        "Penyusunan Katalog dan Standar Data Sektoral",
                        "Jumlah dokumen katalog data",
                        "1 dokumen",
                        185e6,
                        "Kabupaten",
                    ),
                    K(
                        "2.16.03.2.02",
                        "Pengembangan Portal Satu Data dan Dasbor Pimpinan",
                        "Jumlah portal dan dasbor yang beroperasi",
                        "1 portal",
                        720e6,
                        "Ruang Kendali Kabupaten",
                    ),
                ],
            ),
            _p(
                "2.16.04",
                "Penguatan Sistem Pemerintahan Berbasis Elektronik",
                ["Dinas Komunikasi, Informatika dan Statistik"],
                T("Indeks SPBE Kabupaten", 3.1, "indeks", YEAR),
                "Kabupaten",
                [
                    K(
                        "2.16.04.2.01",
                        "Pembangunan Jaringan Intra Pemerintah ke Kantor Kecamatan",
                        "Jumlah kantor kecamatan yang terhubung serat optik",
                        "14 kecamatan",
                        lokasi="14 kecamatan",
                        subs=[
                            K(
                                "2.16.04.2.01.0002",
                                "Penarikan Kabel Serat Optik Kecamatan Wilayah Utara",
                                "Jumlah kantor kecamatan yang terhubung",
                                "6 kecamatan",
                                1.15e9,
                                "Kec. Jingga Hulu dsk.",
                            ),
                            K(
                                "2.16.04.2.01.0005",
                                "Penarikan Kabel Serat Optik Kecamatan Wilayah Selatan",
                                "Jumlah kantor kecamatan yang terhubung",
                                "8 kecamatan",
                                1.425e9,
                                "Kec. Jingga Hilir dsk.",
                            ),
                        ],
                    ),
                    K(
                        "2.16.04.2.03",
                        "Audit Keamanan Informasi Aplikasi Daerah",
                        "Jumlah aplikasi yang diaudit",
                        "20 aplikasi",
                        260e6,
                        "Kabupaten",
                    ),
                ],
            ),
            _p(
                "5.01.03",
                "Perencanaan dan Penganggaran Terintegrasi",
                ["Badan Perencanaan Pembangunan Daerah", "Badan Keuangan dan Aset Daerah"],
                T(
                    "Persentase perangkat daerah yang menyusun Renja dan RKA pada sistem terintegrasi",
                    100,
                    "persen",
                    YEAR,
                ),
                "Kabupaten",
                [
                    K(
                        "5.01.03.2.01",
                        "Integrasi Aplikasi Perencanaan dan Penganggaran Daerah",
                        "Jumlah sistem yang terintegrasi",
                        "1 sistem",
                        540e6,
                        "Kabupaten",
                        "Badan Perencanaan Pembangunan Daerah",
                    ),
                    K(
                        "5.01.03.2.02",
                        "Pendampingan Penyusunan RKA Elektronik Perangkat Daerah",
                        "Jumlah perangkat daerah yang didampingi",
                        "42 perangkat daerah",
                        160e6,
                        "Kabupaten",
                        "Badan Keuangan dan Aset Daerah",
                    ),
                ],
                note="two perangkat daerah in the programme row; each kegiatan row names one",
            ),
        ],
    ),
    (
        "SMART BRANDING",
        [
            _p(
                "3.26.02",
                "Promosi Wisata Rawa dan Danau Digital",
                ["Dinas Pariwisata, Pemuda dan Olahraga"],
                T("Jumlah kunjungan wisatawan", 185000, "orang", YEAR),
                "Kawasan Danau Jingga",
                [
                    K(
                        "3.26.02.2.01",
                        "Pengembangan Aplikasi Pemandu Wisata Rawa Jingga",
                        "Jumlah aplikasi pemandu wisata",
                        "1 aplikasi",
                        390e6,
                        "Kawasan Danau Jingga",
                    ),
                    K(
                        "3.26.02.2.04",
                        "Penyelenggaraan Festival Perahu Jingga",
                        "Jumlah event berskala regional",
                        "1 event",
                        lokasi="Danau Jingga",
                        subs=[
                            K(
                                "3.26.02.2.04.0001",
                                "Promosi Festival melalui Media Sosial dan Pemengaruh",
                                "Jumlah kampanye promosi digital",
                                "4 kampanye",
                                150e6,
                                "Kabupaten",
                            ),
                            K(
                                "3.26.02.2.04.0002",
                                "Penyediaan Sarana Festival dan Tiket Elektronik",
                                "Jumlah paket sarana festival",
                                "1 paket",
                                425e6,
                                "Danau Jingga",
                            ),
                        ],
                    ),
                ],
            ),
            _p(
                "3.31.03",
                "Pengembangan Ekonomi Kreatif Anyaman Purun",
                ["Dinas Perindustrian dan Perdagangan"],
                T("Jumlah perajin purun yang memasarkan produk secara daring", 250, "orang", YEAR),
                "Kec. Jingga Hilir",
                [
                    K(
                        "3.31.03.2.01",
                        "Pelatihan Desain dan Foto Produk Kerajinan Purun",
                        "Jumlah perajin yang dilatih",
                        "120 orang",
                        175e6,
                        "Kec. Jingga Hilir",
                    ),
                    K(
                        "3.31.03.2.02",
                        "Fasilitasi Pendaftaran Merek Kolektif Purun Jingga",
                        "Jumlah merek kolektif yang didaftarkan",
                        "1 merek",
                        65e6,
                        "Kabupaten",
                    ),
                ],
            ),
            _p(
                "1.03.10",
                "Penataan Kawasan Tepian Danau Jingga",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("Luas kawasan tepian danau yang tertata", 3.5, "hektare", YEAR),
                "Kec. Rawa Tengah",
                [
                    K(
                        "1.03.10.2.01",
                        "Pembangunan Jalur Pedestrian dan Taman Tepian Danau",
                        "Panjang jalur pedestrian yang dibangun",
                        "1.200 meter",
                        2.75e9,
                        "Kec. Rawa Tengah",
                    ),
                    K(
                        "1.03.10.2.02",
                        "Pemasangan Papan Informasi Digital dan Wifi Publik",
                        "Jumlah titik papan informasi dan wifi",
                        "6 titik",
                        310e6,
                        "Kec. Rawa Tengah",
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART ECONOMY",
        [
            _p(
                "3.30.03",
                "Pasar Rakyat Nontunai",
                ["Dinas Perindustrian dan Perdagangan"],
                T("Jumlah pasar rakyat yang menerapkan retribusi dan transaksi nontunai", 9, "pasar", YEAR),
                "9 pasar rakyat",
                [
                    K(
                        "3.30.03.2.01",
                        "Penerapan Retribusi Pasar dengan Kode QR",
                        "Jumlah pasar yang memungut retribusi dengan kode QR",
                        "9 pasar",
                        135e6,
                        "9 pasar rakyat",
                    ),
                    K(
                        "3.30.03.2.02",
                        "Sosialisasi Pembayaran Nontunai bagi Pedagang",
                        "Jumlah pedagang yang mengikuti sosialisasi",
                        "900 pedagang",
                        85e6,
                        "9 pasar rakyat",
                    ),
                ],
            ),
            _p(
                "3.25.04",
                "Perikanan Rawa Berbasis Data",
                ["Dinas Perikanan"],
                T("Jumlah pembudidaya ikan rawa yang tercatat dalam aplikasi", 1800, "orang", YEAR),
                "Kabupaten",
                [
                    K(
                        "3.25.04.2.01",
                        "Pendataan Pembudidaya dan Produksi Ikan Rawa",
                        "Jumlah pembudidaya yang didata",
                        "1.800 orang",
                        240e6,
                        "Kabupaten",
                    ),
                    K(
                        "3.25.04.2.03",
                        "Pemasangan Sensor Kualitas Air Kolam Percontohan",
                        "Jumlah sensor yang terpasang",
                        "15 unit",
                        lokasi="Kec. Sei Purun",
                        subs=[
                            K(
                                "3.25.04.2.03.0001",
                                "Pengadaan Sensor Kualitas Air",
                                "Jumlah sensor yang diadakan",
                                "15 unit",
                                330e6,
                                "Kec. Sei Purun",
                            ),
                            K(
                                "3.25.04.2.03.0004",
                                "Pelatihan Operator Sensor bagi Pokdakan",
                                "Jumlah operator yang dilatih",
                                "30 orang",
                                45e6,
                                "Kec. Sei Purun",
                            ),
                        ],
                    ),
                ],
            ),
            _p(
                "3.27.03",
                "Pertanian Padi Apung Cerdas",
                ["Dinas Pertanian dan Ketahanan Pangan"],
                T("Luas lahan padi apung yang menerapkan kalender tanam digital", 600, "hektare", YEAR),
                "Kec. Rawa Tengah, Kec. Sei Purun",
                [
                    K(
                        "3.27.03.2.01",
                        "Penyediaan Kalender Tanam Digital dan Informasi Cuaca",
                        "Jumlah aplikasi kalender tanam",
                        "1 aplikasi",
                        190e6,
                        "Kabupaten",
                    ),
                    K(
                        "3.27.03.2.02",
                        "Pendampingan Petani Milenial Padi Apung",
                        "Jumlah petani milenial yang didampingi",
                        "150 orang",
                        120e6,
                        "Kec. Rawa Tengah, Kec. Sei Purun",
                    ),
                ],
            ),
            _p(
                "2.18.04",
                "Perizinan Berusaha Terintegrasi",
                ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
                T("Persentase izin usaha yang terbit kurang dari 3 hari kerja", 90, "persen", YEAR),
                "Mal Pelayanan Publik",
                [
                    K(
                        "2.18.04.2.01",
                        "Integrasi Layanan Perizinan Daerah dengan Sistem OSS",
                        "Jumlah sistem perizinan yang terintegrasi",
                        "1 sistem",
                        280e6,
                        "Mal Pelayanan Publik",
                    ),
                ],
                note="one kegiatan only; Mal Pelayanan Publik as the place",
            ),
        ],
    ),
    (
        "SMART LIVING",
        [
            _p(
                "1.02.02",
                "Puskesmas Terhubung",
                ["Dinas Kesehatan"],
                T(
                    "Persentase puskesmas yang menerapkan rekam medis elektronik terintegrasi",
                    100,
                    "persen",
                    YEAR,
                ),
                "16 puskesmas",
                [
                    K(
                        "1.02.02.2.02",
                        "Penyediaan Perangkat Rekam Medis Elektronik Puskesmas",
                        "Jumlah puskesmas yang memperoleh perangkat",
                        "16 puskesmas",
                        lokasi="16 puskesmas",
                        subs=[
                            K(
                                "1.02.02.2.02.0011",
                                "Pengadaan Komputer dan Jaringan Puskesmas",
                                "Jumlah paket perangkat",
                                "16 paket",
                                1.12e9,
                                "16 puskesmas",
                            ),
                            K(
                                "1.02.02.2.02.0014",
                                "Pelatihan Petugas Rekam Medis Elektronik",
                                "Jumlah petugas yang dilatih",
                                "64 orang",
                                96e6,
                                "Kabupaten",
                            ),
                        ],
                    ),
                    K(
                        "1.02.02.2.05",
                        "Telekonsultasi Puskesmas dengan RSUD Rawa Jingga",
                        "Jumlah puskesmas yang terhubung telekonsultasi",
                        "16 puskesmas",
                        180e6,
                        "16 puskesmas, RSUD Rawa Jingga",
                    ),
                ],
                note="RSUD named in a kegiatan and as a place, not the owner",
            ),
            _p(
                "1.05.03",
                "Peringatan Dini Banjir dan Kebakaran Lahan",
                ["Badan Penanggulangan Bencana Daerah"],
                T("Jumlah desa rawan bencana yang terpasang sistem peringatan dini", 20, "desa", YEAR),
                "20 desa rawan bencana",
                [
                    K(
                        "1.05.03.2.01",
                        "Pemasangan Sensor Tinggi Muka Air dan Sirene",
                        "Jumlah desa yang terpasang sensor dan sirene",
                        "12 desa",
                        840e6,
                        "12 desa bantaran sungai",
                    ),
                    K(
                        "1.05.03.2.02",
                        "Patroli Titik Api Berbasis Aplikasi",
                        "Jumlah desa rawan kebakaran lahan yang dipatroli",
                        "8 desa",
                        160e6,
                        "8 desa gambut",
                    ),
                ],
            ),
            _p(
                "2.15.02",
                "Transportasi Air Terjadwal",
                ["Dinas Perhubungan"],
                T("Jumlah dermaga yang dilengkapi informasi jadwal angkutan air", 10, "dermaga", YEAR),
                "10 dermaga",
                [
                    K(
                        "2.15.02.2.01",
                        "Pemasangan Papan Jadwal Digital di Dermaga",
                        "Jumlah dermaga yang terpasang papan jadwal",
                        "10 dermaga",
                        None,
                        "10 dermaga",
                    ),
                    K(
                        "2.15.02.2.03",
                        "Pengembangan Aplikasi Tiket Angkutan Sungai",
                        "Jumlah aplikasi tiket",
                        "1 aplikasi",
                        None,
                        "Kabupaten",
                    ),
                ],
                note="budget truly missing: '-' in the programme and kegiatan rows (DAK not yet set)",
            ),
            _p(
                "1.04.02",
                "Air Minum Perpipaan Pintar",
                ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
                T("Persentase rumah tangga terlayani air minum perpipaan", 68, "persen", YEAR),
                "Kabupaten",
                [
                    K(
                        "1.04.02.2.01",
                        "Pemasangan Meter Air Pintar pada Sambungan Rumah",
                        "Jumlah sambungan rumah dengan meter pintar",
                        "2.000 sambungan",
                        1.3e9,
                        "Kec. Jingga Hulu, Kec. Rawa Tengah",
                    ),
                    K(
                        "1.04.02.2.02",
                        "Pemetaan Jaringan Pipa Berbasis SIG",
                        "Jumlah peta jaringan pipa",
                        "1 peta",
                        200e6,
                        "Kabupaten",
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART SOCIETY",
        [
            _p(
                "1.01.02",
                "Sekolah Digital Rawa Jingga",
                ["Dinas Pendidikan"],
                T("Jumlah sekolah yang memiliki kelas digital", 45, "sekolah", YEAR),
                "Kabupaten",
                [
                    K(
                        "1.01.02.2.03",
                        "Pengadaan Perangkat Kelas Digital SD dan SMP",
                        "Jumlah sekolah yang menerima perangkat",
                        "45 sekolah",
                        1.575e9,
                        "Kabupaten",
                    ),
                    K(
                        "1.01.02.2.06",
                        "Pelatihan Guru Pembelajaran Digital",
                        "Jumlah guru yang dilatih",
                        "300 guru",
                        210e6,
                        "Kabupaten",
                    ),
                ],
            ),
            _p(
                "2.23.02",
                "Literasi Digital Masyarakat Desa",
                ["Dinas Perpustakaan dan Kearsipan"],
                None,
                "Kabupaten",
                [
                    K(
                        "2.23.02.2.01",
                        "Pelatihan Literasi Digital di Perpustakaan Desa",
                        "Jumlah warga yang dilatih",
                        "2.400 orang",
                        230e6,
                        "60 perpustakaan desa",
                    ),
                    K(
                        "2.23.02.2.02",
                        "Pengembangan Perpustakaan Digital Daerah",
                        "Jumlah aplikasi perpustakaan digital",
                        "1 aplikasi",
                        145e6,
                        "Kabupaten",
                    ),
                ],
                note="target truly missing: '-' in the programme row (kegiatan rows keep output targets)",
            ),
            _p(
                "1.06.04",
                "Bantuan Sosial Tepat Sasaran",
                ["Dinas Sosial"],
                T(
                    "Persentase penerima bantuan sosial daerah yang datanya padan dengan NIK",
                    100,
                    "persen",
                    YEAR,
                ),
                "Kabupaten",
                [
                    K(
                        "1.06.04.2.01",
                        "Pemutakhiran Data Terpadu Kesejahteraan Sosial",
                        "Jumlah desa yang datanya dimutakhirkan",
                        "156 desa",
                        320e6,
                        "156 desa",
                    ),
                    K(
                        "1.06.04.2.02",
                        "Penyaluran Bantuan Sosial Nontunai",
                        "Jumlah keluarga penerima manfaat",
                        "4.500 KPM",
                        95e6,
                        "Kabupaten",
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART ENVIRONMENT",
        [
            _p(
                "2.11.07",
                "Bank Sampah Digital",
                ["Dinas Lingkungan Hidup"],
                T("Jumlah bank sampah yang mencatat transaksi secara daring", 40, "unit", YEAR),
                "Kabupaten",
                [
                    K(
                        "2.11.07.2.01",
                        "Pendampingan Bank Sampah Desa",
                        "Jumlah bank sampah yang didampingi",
                        "40 unit",
                        160e6,
                        "40 desa",
                    ),
                    K(
                        "2.11.07.2.02",
                        "Pengembangan Aplikasi Tabungan Sampah",
                        "Jumlah aplikasi",
                        "1 aplikasi",
                        120e6,
                        "Kabupaten",
                    ),
                ],
            ),
            _p(
                "2.11.04",
                "Pemantauan Kualitas Air Rawa dan Sungai",
                ["Dinas Lingkungan Hidup"],
                T("Jumlah titik pantau kualitas air yang terhubung daring", 8, "titik", YEAR),
                "Sungai Jingga, Danau Jingga",
                [
                    K(
                        "2.11.04.2.02",
                        "Pengadaan Stasiun Pemantau Kualitas Air Otomatis",
                        "Jumlah stasiun pemantau yang terpasang",
                        "8 titik",
                        1.24e9,
                        "Sungai Jingga, Danau Jingga",
                    ),
                ],
            ),
            _p(
                "2.11.09",
                "Restorasi Gambut Berbasis Masyarakat",
                [],
                T("Luas lahan gambut yang dibasahi kembali", 250, "hektare", YEAR),
                "Kec. Sei Purun",
                [
                    K(
                        "2.11.09.2.01",
                        "Pembangunan Sekat Kanal Bersama Masyarakat Peduli Api",
                        "Jumlah sekat kanal yang dibangun",
                        "25 unit",
                        500e6,
                        "Kec. Sei Purun",
                    ),
                    K(
                        "2.11.09.2.02",
                        "Pemantauan Tinggi Muka Air Gambut",
                        "Jumlah titik pantau muka air gambut",
                        "10 titik",
                        175e6,
                        "Kec. Sei Purun",
                    ),
                ],
                note="OPD truly missing: '-' in the programme and kegiatan rows",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the table writes them
def _rp(v) -> str:
    return num_id(v) if v is not None else "-"


def _target_cell(t: Target | None) -> str:
    if t is None:
        return "-"
    if t.unit == "persen":
        return f"{num_id(t.value)}%"
    if t.unit == "indeks":
        return num_id(t.value)
    return f"{num_id(t.value)} {t.unit}"


def _pd(p: Prog) -> str:
    return "; ".join(p.opd) if p.opd else "-"


def _keg_rows(p: Prog) -> list[list[str]]:
    rows = []
    for k in KEG[p.name]:
        pd = k.pd or _pd(p)
        rows.append([k.code, k.name, k.ind, k.target, _rp(k.total()), k.lokasi, pd])
        for s in k.subs:
            rows.append([s.code, s.name, s.ind, s.target, _rp(s.pagu), s.lokasi, s.pd or pd])
    return rows


def _table(pdf) -> list:
    hdr = [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        f"Target {YEAR}",
        "Pagu Indikatif (Rp)",
        "Lokasi",
        "Perangkat Daerah",
    ]
    rows, spans = [], []
    for title, ps in DIMENSIONS:
        rows.append(["", title, "", "", "", "", ""])
        spans.append(((1, len(rows)), (6, len(rows))))
        for p in ps:
            ind = p.target.ind if p.target else "-"
            rows.append(
                [CODE[p.name], f"Program {p.name}", ind, _target_cell(p.target), _rp(p.budget), LOKASI[p.name], _pd(p)]
            )
            rows += _keg_rows(p)
    total = sum(p.budget for p in programmes() if p.budget is not None)
    rows.append(["", "JUMLAH", "", "", num_id(total), "", ""])
    spans.append(((1, len(rows)), (3, len(rows))))
    cap = f"Tabel 4.1 Rencana Program dan Kegiatan Prioritas Smart City {PLAN['name']} Tahun {YEAR}"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Rawa Jingga terdiri atas empat belas kecamatan dan seratus lima puluh enam desa. Jaringan "
            "seluler 4G telah menjangkau seluruh ibu kota kecamatan, tetapi sebagian desa di sepanjang sungai "
            "masih mengandalkan jaringan 2G. Dari sisi suprastruktur, kabupaten telah memiliki peraturan bupati "
            "tentang Sistem Pemerintahan Berbasis Elektronik dan tentang satu data, sedangkan dari sisi struktur "
            "masih diperlukan penambahan pranata komputer di perangkat daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Rawa Jingga adalah "Rawa Jingga Cerdas, Terhubung dan Lestari". Strategi '
            "pembangunan diarahkan pada layanan publik yang dapat diakses dari desa, ekonomi rawa yang bertumpu "
            "pada data, kesiapsiagaan terhadap banjir dan kebakaran lahan, serta pemulihan ekosistem gambut."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM DAN KEGIATAN PRIORITAS"))
    b.append(
        pdf.Para(
            "Rencana program dan kegiatan prioritas smart city pada tahun pertama pelaksanaan masterplan disusun "
            "mengikuti format rencana kerja pemerintah daerah, sehingga setiap program dirinci ke dalam kegiatan "
            "dan sub kegiatan perangkat daerah beserta indikator kinerja, target, pagu indikatif dan lokasinya. "
            "Pagu program merupakan jumlah pagu kegiatan di bawahnya. Pagu bersifat indikatif dan akan "
            "disesuaikan dengan kemampuan keuangan daerah."
        )
    )
    b += _table(pdf)
    b.append(pdf.Para("Catatan:"))
    b.append(
        pdf.Bullets(
            [
                "Pagu Program Transportasi Air Terjadwal belum dicantumkan karena menunggu penetapan alokasi "
                "Dana Alokasi Khusus bidang transportasi.",
                "Indikator kinerja Program Literasi Digital Masyarakat Desa masih dirumuskan bersama Badan "
                "Perencanaan Pembangunan Daerah.",
                "Perangkat daerah penanggung jawab Program Restorasi Gambut Berbasis Masyarakat akan ditetapkan "
                "dengan Keputusan Bupati.",
            ],
            numbered=True,
        )
    )
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Rencana program dan kegiatan prioritas ini menjadi bahan penyusunan RKPD dan Renja perangkat daerah. "
            "Rencana untuk tahun-tahun berikutnya disusun setiap tahun oleh Tim Pelaksana Smart City berdasarkan "
            "hasil evaluasi pelaksanaan tahun sebelumnya."
        )
    )
    return b
