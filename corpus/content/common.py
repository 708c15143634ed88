"""Shared building blocks for the fictional sample cities of the Telaah corpus.

Everything here is written by the project for FICTIONAL regions (DOKUMEN CONTOH).
A city module (nusa_permai.py, ...) defines a ``CITY`` dict; ``masterplan_blocks``,
``rpjmd_blocks`` and ``news_files`` turn it into documents.
"""

from __future__ import annotations

import hashlib
import html

from corpus.pdfgen import Bullets, Columns, Heading, PageBreak, Para, Table, Toc

SAMPLE_LINE = "DOKUMEN CONTOH (SAMPLE) - kota fiktif"

DIMENSIONS = [
    ("governance", "Smart Governance", "tata kelola pemerintahan"),
    ("branding", "Smart Branding", "branding daerah"),
    ("economy", "Smart Economy", "ekonomi"),
    ("living", "Smart Living", "kehidupan"),
    ("society", "Smart Society", "masyarakat"),
    ("environment", "Smart Environment", "lingkungan"),
]
ELEMENTS = {
    "governance": [
        ("governance.service", "Pelayanan Publik"),
        ("governance.bureaucracy", "Manajemen Birokrasi"),
        ("governance.policy", "Kebijakan Publik"),
    ],
    "branding": [
        ("branding.tourism", "Pariwisata"),
        ("branding.business", "Bisnis Daerah"),
        ("branding.city_appearance", "Wajah Kota"),
    ],
    "economy": [
        ("economy.industry", "Ekosistem Industri"),
        ("economy.welfare", "Kesejahteraan Rakyat"),
        ("economy.transaction", "Ekosistem Transaksi Keuangan"),
    ],
    "living": [
        ("living.harmony", "Harmonisasi Tata Ruang dan Pola Hidup"),
        ("living.health", "Kesehatan"),
        ("living.mobility", "Transportasi"),
    ],
    "society": [
        ("society.community", "Komunitas dan Interaksi Masyarakat"),
        ("society.learning", "Ekosistem Belajar"),
        ("society.security", "Keamanan dan Keselamatan"),
    ],
    "environment": [
        ("environment.protection", "Proteksi Lingkungan"),
        ("environment.waste", "Pengelolaan Sampah dan Limbah"),
        ("environment.energy", "Energi"),
    ],
}
ELEMENT_LABEL = {eid: lab for els in ELEMENTS.values() for eid, lab in els}
DIM_LABEL = {d: lab for d, lab, _ in DIMENSIONS}

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# ---------------------------------------------------------------- programme pool
# key: (element, name, indicator, target, opd, description)
P = {}


def _p(key, element, name, indicator, target, opd, desc):
    P[key] = dict(element=element, name=name, indicator=indicator, target=target, opd=opd, desc=desc)


_p(
    "mpp",
    "governance.service",
    "Mal Pelayanan Publik Digital",
    "Jumlah jenis layanan perizinan dan nonperizinan daring",
    "60 jenis layanan",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "menyatukan layanan perizinan, kependudukan, perpajakan dan layanan instansi vertikal dalam satu kanal daring dan satu gedung layanan",
)
_p(
    "aduan",
    "governance.service",
    "Aplikasi Pengaduan Masyarakat Terpadu",
    "Persentase aduan yang ditindaklanjuti paling lama 5 hari kerja",
    "90%",
    "Dinas Komunikasi dan Informatika",
    "menghubungkan kanal SP4N-LAPOR!, media sosial resmi dan layanan pesan singkat ke satu meja tindak lanjut dengan tenggat yang terpantau",
)
_p(
    "adminduk",
    "governance.service",
    "Digitalisasi Layanan Administrasi Kependudukan",
    "Persentase dokumen kependudukan yang terbit secara daring",
    "80%",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "memungkinkan warga mengurus akta, kartu keluarga dan perpindahan penduduk tanpa datang ke kantor, dengan tanda tangan elektronik tersertifikasi",
)
_p(
    "layanan_kec",
    "governance.service",
    "Layanan Terpadu Kecamatan Daring (PATEN Online)",
    "Jumlah kecamatan yang melayani secara daring",
    "seluruh kecamatan",
    "Bagian Tata Pemerintahan Setda",
    "mendekatkan layanan administrasi dasar ke tingkat kecamatan dan kelurahan/desa melalui satu aplikasi bersama",
)
_p(
    "spbe",
    "governance.bureaucracy",
    "Penerapan SPBE Terintegrasi",
    "Indeks SPBE Pemerintah Daerah",
    "3,50 (Sangat Baik)",
    "Dinas Komunikasi dan Informatika",
    "menata arsitektur, aplikasi umum dan layanan berbagi pakai sesuai Peraturan Presiden tentang SPBE",
)
_p(
    "ekinerja",
    "governance.bureaucracy",
    "e-Kinerja dan Presensi Daring ASN",
    "Persentase ASN yang kinerjanya terukur melalui sistem",
    "100%",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "mengaitkan sasaran kinerja pegawai dengan presensi, tunjangan dan capaian perangkat daerah",
)
_p(
    "tnde",
    "governance.bureaucracy",
    "Tata Naskah Dinas Elektronik (TNDE)",
    "Persentase perangkat daerah yang menggunakan TNDE",
    "100%",
    "Bagian Organisasi Setda",
    "menggantikan surat-menyurat kertas dengan naskah dinas bertanda tangan elektronik dan arsip digital",
)
_p(
    "datacenter",
    "governance.bureaucracy",
    "Pusat Data Daerah dan Jaringan Intra Pemerintah",
    "Persentase aplikasi perangkat daerah yang ditempatkan di pusat data daerah",
    "85%",
    "Dinas Komunikasi dan Informatika",
    "mengkonsolidasikan server yang tersebar di perangkat daerah ke satu pusat data dengan cadangan dan pengamanan yang memadai",
)
_p(
    "satudata",
    "governance.policy",
    "Portal Satu Data dan Dasbor Pimpinan",
    "Jumlah dataset sektoral yang dimutakhirkan setiap tahun",
    "500 dataset",
    "Dinas Komunikasi dan Informatika",
    "menyediakan data sektoral yang baku, bermetadata dan mudah dibaca sebagai dasar perumusan kebijakan",
)
_p(
    "eplanning",
    "governance.policy",
    "e-Planning dan e-Budgeting Terintegrasi",
    "Persentase dokumen perencanaan dan penganggaran yang disusun melalui sistem",
    "100%",
    "Bappeda",
    "menyambungkan musrenbang, RKPD, KUA-PPAS dan APBD dalam satu alur data sehingga usulan dapat ditelusuri",
)
_p(
    "jdih",
    "governance.policy",
    "Jaringan Dokumentasi dan Informasi Hukum Daring",
    "Persentase produk hukum daerah yang tersedia daring",
    "100%",
    "Bagian Hukum Setda",
    "membuka akses publik terhadap peraturan daerah, peraturan kepala daerah dan keputusan dalam format yang dapat dicari",
)
_p(
    "emusrenbang",
    "governance.policy",
    "Musrenbang Elektronik dan Konsultasi Publik Daring",
    "Jumlah usulan warga yang terekam dalam sistem",
    "3.000 usulan/tahun",
    "Bappeda",
    "memberi ruang bagi warga, kelompok perempuan, penyandang disabilitas dan pemuda untuk mengusulkan dan memantau program",
)
# branding
_p(
    "portal_wisata",
    "branding.tourism",
    "Portal dan Aplikasi Informasi Pariwisata Terpadu",
    "Jumlah kunjungan wisatawan yang tercatat",
    "meningkat 15%/tahun",
    "Dinas Kebudayaan dan Pariwisata",
    "menyajikan destinasi, kalender acara, akomodasi dan pemesanan paket wisata dalam satu kanal resmi",
)
_p(
    "desa_wisata",
    "branding.tourism",
    "Pengembangan Kampung Wisata Digital",
    "Jumlah kampung/desa wisata dengan pemasaran daring",
    "12 lokasi",
    "Dinas Kebudayaan dan Pariwisata",
    "melatih pengelola kampung wisata memasarkan paket, menerima pembayaran non-tunai dan mengelola ulasan pengunjung",
)
_p(
    "event_wisata",
    "branding.tourism",
    "Kalender Event Budaya Digital",
    "Jumlah event budaya yang dipromosikan secara daring",
    "24 event/tahun",
    "Dinas Kebudayaan dan Pariwisata",
    "menyusun agenda festival dan pertunjukan budaya setahun penuh lengkap dengan siaran langsung dan penjualan tiket daring",
)
_p(
    "peta_investasi",
    "branding.business",
    "Peta Potensi Investasi Daerah Daring",
    "Nilai realisasi investasi",
    "Rp 1,2 triliun/tahun",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "menampilkan lahan siap bangun, komoditas unggulan dan insentif investasi dalam peta interaktif berbahasa Indonesia dan Inggris",
)
_p(
    "forum_bisnis",
    "branding.business",
    "Forum Bisnis dan Temu Investor Tahunan",
    "Jumlah kesepakatan bisnis yang ditandatangani",
    "10 kesepakatan/tahun",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "mempertemukan pelaku usaha lokal dengan calon investor dan pembeli dari luar daerah",
)
_p(
    "etalase_produk",
    "branding.business",
    "Etalase Produk Unggulan Daerah Virtual",
    "Jumlah produk unggulan yang terkurasi dan dipasarkan daring",
    "300 produk",
    "Dinas Perindustrian dan Perdagangan",
    "mengkurasi dan memotret produk unggulan, lalu memasarkannya melalui lokapasar dan pameran virtual",
)
_p(
    "rth_wifi",
    "branding.city_appearance",
    "Penataan Taman Kota Tematik dan Ruang Publik Ber-WiFi",
    "Jumlah taman tematik yang tertata dan terhubung internet",
    "10 taman",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "menata taman dan alun-alun sebagai ruang publik yang bersih, terang, ramah anak dan terhubung internet gratis",
)
_p(
    "pkl_zonasi",
    "branding.city_appearance",
    "Penataan Kawasan PKL Berbasis Zonasi Digital",
    "Persentase PKL yang terdata dan menempati zona resmi",
    "85%",
    "Satuan Polisi Pamong Praja",
    "mendata pedagang kaki lima secara digital, menetapkan zona berjualan dan jam operasional sehingga trotoar kembali tertib",
)
_p(
    "signage",
    "branding.city_appearance",
    "Gerbang Kota, Penanda Arah dan Papan Informasi Digital",
    "Jumlah titik penanda kota dan papan informasi digital",
    "25 titik",
    "Dinas Perhubungan",
    "menyeragamkan gerbang, penanda arah dan papan informasi dengan identitas visual kota",
)
# economy
_p(
    "inkubator",
    "economy.industry",
    "Inkubator Bisnis Digital dan Startup Lokal",
    "Jumlah startup/usaha rintisan yang dibina",
    "40 startup",
    "Dinas Koperasi dan Usaha Mikro",
    "menyediakan ruang kerja bersama, mentor dan akses pendanaan bagi usaha rintisan berbasis teknologi",
)
_p(
    "siikm",
    "economy.industry",
    "Sistem Informasi Industri Kecil dan Menengah",
    "Jumlah IKM yang terdata dan memiliki profil daring",
    "2.500 IKM",
    "Dinas Perindustrian dan Perdagangan",
    "mendata IKM, kapasitas produksi, bahan baku dan pasar, sebagai dasar pembinaan yang tepat sasaran",
)
_p(
    "agroindustri",
    "economy.industry",
    "Sentra Agroindustri dan Rantai Pasok Digital",
    "Jumlah kelompok tani yang terhubung dengan offtaker melalui platform",
    "120 kelompok",
    "Dinas Pertanian dan Ketahanan Pangan",
    "menghubungkan kelompok tani, pengolah dan pembeli melalui platform pencatatan panen dan pesanan",
)
_p(
    "umkm_go",
    "economy.industry",
    "UMKM Go Digital",
    "Jumlah UMKM yang berjualan daring",
    "5.000 UMKM",
    "Dinas Koperasi dan Usaha Mikro",
    "melatih UMKM membuat katalog daring, mengelola pembukuan digital dan memanfaatkan lokapasar",
)
_p(
    "bursa_kerja",
    "economy.welfare",
    "Bursa Kerja Daring dan Job Fair Virtual",
    "Jumlah pencari kerja yang ditempatkan melalui bursa kerja daring",
    "1.500 orang/tahun",
    "Dinas Tenaga Kerja",
    "mempertemukan pencari kerja dan pemberi kerja secara daring, termasuk pelaporan lowongan wajib oleh perusahaan",
)
_p(
    "pelatihan_kerja",
    "economy.welfare",
    "Pelatihan Keterampilan Digital bagi Angkatan Kerja Muda",
    "Jumlah peserta pelatihan bersertifikat",
    "2.000 orang",
    "Dinas Tenaga Kerja",
    "menyelenggarakan pelatihan pemasaran digital, desain grafis dan pemrograman dasar bersama lembaga pelatihan dan industri",
)
_p(
    "dtks",
    "economy.welfare",
    "Basis Data Terpadu Kesejahteraan Sosial dan Bansos Non-Tunai",
    "Persentase keluarga miskin yang terdata dan menerima bantuan tepat sasaran",
    "95%",
    "Dinas Sosial",
    "memadankan data keluarga miskin dengan data kependudukan dan menyalurkan bantuan sosial secara non-tunai untuk mengurangi kemiskinan",
)
_p(
    "harga_pangan",
    "economy.welfare",
    "Sistem Informasi Harga dan Stok Pangan",
    "Jumlah pasar yang melaporkan harga harian",
    "seluruh pasar rakyat",
    "Dinas Pertanian dan Ketahanan Pangan",
    "memantau harga dan stok bahan pokok harian sebagai peringatan dini inflasi daerah",
)
_p(
    "etpd",
    "economy.transaction",
    "Elektronifikasi Transaksi Pemerintah Daerah (ETPD)",
    "Indeks ETPD",
    "Digital (kategori tertinggi)",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "memperluas transaksi belanja dan pendapatan daerah secara non-tunai bersama Tim Percepatan dan Perluasan Digitalisasi Daerah (TP2DD)",
)
_p(
    "qris_pajak",
    "economy.transaction",
    "Pembayaran Pajak dan Retribusi Daerah Non-Tunai",
    "Persentase penerimaan pajak daerah melalui kanal non-tunai",
    "80%",
    "Badan Pendapatan Daerah",
    "menyediakan pembayaran PBB, pajak restoran, retribusi pasar dan parkir melalui QRIS, virtual account dan gerai mitra",
)
_p(
    "epasar",
    "economy.transaction",
    "Pasar Rakyat Digital (e-Pasar)",
    "Jumlah pedagang pasar rakyat yang menerima pembayaran digital",
    "1.200 pedagang",
    "Dinas Perindustrian dan Perdagangan",
    "membiasakan pedagang pasar rakyat menerima pembayaran QRIS dan pesanan antar melalui aplikasi",
)
# living
_p(
    "sitaru",
    "living.harmony",
    "Sistem Informasi Tata Ruang dan Perizinan PBG Daring",
    "Persentase permohonan PBG yang diproses daring",
    "100%",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "menyajikan rencana detail tata ruang dalam peta daring sehingga warga dapat memeriksa peruntukan lahan sebelum membangun",
)
_p(
    "perkim",
    "living.harmony",
    "Sistem Informasi Perumahan dan Kawasan Permukiman",
    "Persentase kawasan permukiman yang terpetakan kondisinya",
    "100%",
    "Dinas Perumahan dan Kawasan Permukiman",
    "memetakan rumah tidak layak huni, kawasan kumuh dan prasarana lingkungan untuk perencanaan penanganan",
)
_p(
    "ruang_sehat",
    "living.harmony",
    "Gerakan Kota Sehat dan Ruang Aktif Warga",
    "Jumlah ruang aktif warga yang dikelola komunitas",
    "30 lokasi",
    "Dinas Kesehatan",
    "mendorong pola hidup aktif melalui jalur pejalan kaki, ruang olahraga terbuka dan kegiatan komunitas akhir pekan",
)
_p(
    "sik",
    "living.health",
    "Sistem Informasi Kesehatan Daerah Terintegrasi",
    "Persentase fasilitas kesehatan yang terhubung rekam medis elektronik",
    "100%",
    "Dinas Kesehatan",
    "menyatukan rekam medis elektronik puskesmas, rumah sakit daerah dan laboratorium sesuai standar SATUSEHAT",
)
_p(
    "telemedisin",
    "living.health",
    "Telemedisin dan Konsultasi Dokter Spesialis Jarak Jauh",
    "Jumlah puskesmas yang melayani telekonsultasi",
    "seluruh puskesmas",
    "Dinas Kesehatan",
    "menghubungkan puskesmas di wilayah terjauh dengan dokter spesialis RSUD melalui telekonsultasi terjadwal",
)
_p(
    "stunting",
    "living.health",
    "Aplikasi Pemantauan Gizi Balita dan Percepatan Penurunan Stunting",
    "Prevalensi stunting balita",
    "di bawah 14%",
    "Dinas Kesehatan",
    "mencatat penimbangan posyandu secara daring dan mengarahkan intervensi gizi kepada balita berisiko",
)
_p(
    "psc119",
    "living.health",
    "Public Safety Center 119 dan Ambulans Terpadu",
    "Waktu tanggap layanan ambulans gawat darurat",
    "kurang dari 15 menit",
    "Dinas Kesehatan",
    "mengkoordinasikan panggilan gawat darurat medis, ambulans dan rujukan rumah sakit dalam satu pusat kendali",
)
_p(
    "atcs",
    "living.mobility",
    "Area Traffic Control System (ATCS)",
    "Jumlah simpang bersinyal yang terkendali ATCS",
    "24 simpang",
    "Dinas Perhubungan",
    "mengatur lampu lalu lintas secara adaptif dan memantau kepadatan melalui kamera di simpang utama",
)
_p(
    "angkutan",
    "living.mobility",
    "Aplikasi Informasi Angkutan Umum dan Halte Pintar",
    "Jumlah halte dengan informasi kedatangan waktu nyata",
    "40 halte",
    "Dinas Perhubungan",
    "menampilkan posisi dan perkiraan kedatangan angkutan umum pada aplikasi dan papan informasi halte",
)
_p(
    "eparkir",
    "living.mobility",
    "Parkir Elektronik (e-Parkir)",
    "Persentase titik parkir tepi jalan dengan pembayaran non-tunai",
    "70%",
    "Dinas Perhubungan",
    "menerapkan juru parkir bertanda pengenal, karcis elektronik dan pembayaran non-tunai di ruas jalan utama",
)
_p(
    "jalan_desa",
    "living.mobility",
    "Sistem Informasi Kondisi Jalan dan Jembatan",
    "Persentase ruas jalan kabupaten dengan data kondisi terkini",
    "100%",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "mengumpulkan laporan kerusakan jalan dari warga dan survei berkala untuk menentukan prioritas pemeliharaan",
)
# society
_p(
    "komunitas",
    "society.community",
    "Portal Komunitas, Relawan dan Gerakan Warga",
    "Jumlah komunitas yang terdaftar dan aktif",
    "150 komunitas",
    "Dinas Komunikasi dan Informatika",
    "mendata komunitas, menyalurkan relawan ke kegiatan sosial dan membuka kanal kolaborasi dengan pemerintah",
)
_p(
    "desa_digital",
    "society.community",
    "Kampung/Desa Digital",
    "Jumlah kelurahan/desa dengan layanan dan informasi digital",
    "50 kelurahan/desa",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "menyediakan titik akses internet, situs desa dan operator terlatih di balai kelurahan/desa",
)
_p(
    "literasi",
    "society.learning",
    "Gerakan Literasi Digital Masyarakat",
    "Jumlah warga yang mengikuti literasi digital",
    "10.000 orang",
    "Dinas Komunikasi dan Informatika",
    "memberikan pelatihan keamanan digital, pengenalan hoaks dan etika bermedia sosial bersama relawan TIK",
)
_p(
    "elibrary",
    "society.learning",
    "Perpustakaan Digital Daerah",
    "Jumlah koleksi buku digital",
    "20.000 judul",
    "Dinas Perpustakaan dan Kearsipan",
    "menyediakan koleksi buku digital yang dapat dipinjam melalui aplikasi dan pojok baca digital di sekolah",
)
_p(
    "sekolah_digital",
    "society.learning",
    "Sekolah Digital dan Pembelajaran Daring",
    "Persentase sekolah negeri dengan akses internet dan kelas digital",
    "100%",
    "Dinas Pendidikan",
    "menyediakan akses internet, perangkat kelas digital dan platform pembelajaran bagi guru dan siswa",
)
_p(
    "call112",
    "society.security",
    "Layanan Panggilan Darurat 112 Terpadu",
    "Persentase panggilan darurat yang ditangani kurang dari 10 menit",
    "95%",
    "Dinas Komunikasi dan Informatika",
    "menyatukan nomor darurat kepolisian, pemadam kebakaran, ambulans dan SAR dalam satu nomor bebas pulsa 112",
)
_p(
    "cctv",
    "society.security",
    "CCTV Terintegrasi di Ruang Publik dan Titik Rawan",
    "Jumlah kamera CCTV yang terhubung ke command center",
    "300 titik",
    "Satuan Polisi Pamong Praja",
    "memasang dan mengintegrasikan kamera pengawas di persimpangan, pasar dan ruang publik ke ruang kendali",
)
_p(
    "damkar",
    "society.security",
    "Sistem Informasi Proteksi Kebakaran",
    "Waktu tanggap pemadaman kebakaran",
    "kurang dari 15 menit",
    "Dinas Pemadam Kebakaran dan Penyelamatan",
    "memetakan hidran, akses jalan dan bangunan berisiko tinggi serta melacak armada pemadam secara waktu nyata",
)
# environment
_p(
    "ews",
    "environment.protection",
    "Sistem Peringatan Dini Banjir dan Longsor",
    "Jumlah sensor tinggi muka air dan curah hujan yang beroperasi",
    "30 sensor",
    "Badan Penanggulangan Bencana Daerah",
    "memasang sensor tinggi muka air dan curah hujan yang mengirim peringatan otomatis kepada warga di kawasan rawan",
)
_p(
    "udara",
    "environment.protection",
    "Pemantauan Kualitas Udara dan Sungai Daring",
    "Jumlah stasiun pemantau kualitas lingkungan",
    "12 stasiun",
    "Dinas Lingkungan Hidup",
    "memantau kualitas udara dan sungai secara berkala dan menampilkan hasilnya kepada publik",
)
_p(
    "spam",
    "environment.protection",
    "Sistem Informasi Pelayanan Air Bersih dan Air Limbah",
    "Persentase rumah tangga dengan akses air minum layak dan sanitasi aman",
    "95%",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "memetakan jaringan SPAM, meter air pintar dan layanan penyedotan lumpur tinja terjadwal bersama Perumda air minum",
)
_p(
    "rawan_bencana",
    "environment.protection",
    "Peta Digital Kawasan Rawan Bencana",
    "Jumlah desa/kelurahan dengan peta risiko bencana digital",
    "seluruh desa/kelurahan",
    "Badan Penanggulangan Bencana Daerah",
    "menyusun peta risiko bencana tingkat desa/kelurahan yang dapat diakses warga dan dipakai dalam perencanaan",
)
_p(
    "bank_sampah",
    "environment.waste",
    "Bank Sampah Digital",
    "Jumlah nasabah bank sampah yang tercatat daring",
    "15.000 nasabah",
    "Dinas Lingkungan Hidup",
    "mencatat setoran sampah terpilah nasabah secara digital dan mengkonversinya menjadi tabungan atau pembayaran",
)
_p(
    "armada_gps",
    "environment.waste",
    "Armada Pengangkut Sampah Ber-GPS dan Sistem Informasi TPS",
    "Persentase sampah terangkut ke TPA sesuai jadwal",
    "95%",
    "Dinas Lingkungan Hidup",
    "memantau rute dan jadwal truk pengangkut sampah serta tingkat kepenuhan TPS secara waktu nyata",
)
_p(
    "tps3r",
    "environment.waste",
    "TPS3R dan Pengolahan Sampah Organik Berbasis Masyarakat",
    "Persentase sampah yang dikurangi di sumber",
    "30%",
    "Dinas Lingkungan Hidup",
    "membangun dan mendampingi tempat pengolahan sampah reduce-reuse-recycle di tingkat kelurahan/desa",
)
_p(
    "pju_surya",
    "environment.energy",
    "Penerangan Jalan Umum Tenaga Surya Cerdas",
    "Jumlah titik PJU tenaga surya dengan kendali jarak jauh",
    "1.000 titik",
    "Dinas Perhubungan",
    "mengganti lampu jalan konvensional dengan lampu LED tenaga surya yang dapat dipantau dan diredupkan dari jarak jauh",
)
_p(
    "plts_atap",
    "environment.energy",
    "PLTS Atap Gedung Pemerintah",
    "Kapasitas PLTS atap terpasang",
    "500 kWp",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "memasang panel surya atap pada kantor pemerintah, sekolah dan puskesmas untuk menekan belanja listrik",
)
_p(
    "energi_hemat",
    "environment.energy",
    "Manajemen Energi Gedung Pemerintah",
    "Penurunan konsumsi listrik gedung pemerintah",
    "15%",
    "Dinas Lingkungan Hidup",
    "mengaudit pemakaian listrik gedung pemerintah dan memasang meter pintar untuk memantau penghematan",
)


def stable_pick(seed: str, options):
    """Deterministic choice among options, based on a text seed."""
    h = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16)
    return options[h % len(options)]


def rupiah(n: int) -> str:
    """1500000000 -> '1.500.000.000'."""
    return f"{n:,}".replace(",", ".")


def rupiah_words(n: int) -> str:
    """1500000000 -> 'Rp 1,5 miliar'."""
    if n >= 1_000_000_000:
        v = n / 1_000_000_000
        unit = "miliar"
    else:
        v = n / 1_000_000
        unit = "juta"
    txt = ("%.2f" % v).rstrip("0").rstrip(".").replace(".", ",")
    return "Rp %s %s" % (txt, unit)


def programmes(city):
    """Expand the city's programme list into full rows (dicts)."""
    out = []
    for spec in city["programmes"]:
        key = spec[0]
        base = dict(P[key]) if key in P else {}
        row = dict(base)
        row.update(spec[1] if len(spec) > 1 else {})
        row["key"] = key
        out.append(row)
    return out


# ---------------------------------------------------------------- shared texts
DASAR_HUKUM = [
    "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024;",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah;",
    "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;",
    "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik;",
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
    "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;",
    "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik;",
]

SISTEMATIKA = [
    "BAB I PENDAHULUAN, memuat latar belakang, maksud dan tujuan, dasar hukum, ruang lingkup dan sistematika penulisan.",
    "BAB II ANALISIS STRATEGIS, memuat gambaran umum wilayah, analisis kesiapan pada pilar struktur, infrastruktur dan suprastruktur, serta analisis SWOT.",
    "BAB III VISI DAN MISI SMART CITY, memuat visi, misi, tujuan dan sasaran pembangunan kota cerdas.",
    "BAB IV STRATEGI PENGEMBANGAN, memuat arah strategi pada setiap dimensi dan elemen smart city.",
    "BAB V PROGRAM PENGEMBANGAN, memuat matriks program per dimensi beserta indikator, target, tahun, anggaran dan perangkat daerah penanggung jawab.",
    "BAB VI QUICK WIN, memuat program yang dapat segera dilaksanakan dan dirasakan manfaatnya.",
    "BAB VII ROADMAP, memuat tahapan pelaksanaan jangka pendek, menengah dan panjang.",
    "BAB VIII PENUTUP.",
]

SWOT_INTRO = (
    "Analisis SWOT digunakan untuk memetakan kekuatan (strengths) dan kelemahan (weaknesses) "
    "yang bersumber dari internal pemerintah daerah, serta peluang (opportunities) dan ancaman "
    "(threats) yang berasal dari lingkungan eksternal. Hasil pemetaan ini menjadi bahan perumusan "
    "strategi pada BAB IV, dengan prinsip memanfaatkan kekuatan untuk meraih peluang, memperbaiki "
    "kelemahan, dan mengantisipasi ancaman sejak dini."
)

PILAR_INTRO = (
    "Sesuai panduan Gerakan Menuju 100 Smart City yang diinisiasi Kementerian Komunikasi dan "
    "Informatika, kesiapan daerah dianalisis melalui tiga pilar, yaitu struktur, infrastruktur "
    "dan suprastruktur. Pilar struktur mencakup sumber daya manusia, anggaran dan tata kelola; "
    "pilar infrastruktur mencakup infrastruktur fisik, digital dan sosial; sedangkan pilar "
    "suprastruktur mencakup kebijakan, regulasi, kelembagaan dan prosedur operasional standar."
)

ROADMAP_INTRO = (
    "Peta jalan (roadmap) disusun untuk memastikan program dilaksanakan secara bertahap sesuai "
    "kemampuan keuangan daerah dan kesiapan perangkat daerah. Setiap tahap memiliki fokus yang "
    "berbeda: tahap jangka pendek menekankan fondasi dan program cepat, tahap jangka menengah "
    "menekankan integrasi layanan, dan tahap jangka panjang menekankan keberlanjutan serta "
    "perluasan manfaat bagi masyarakat."
)

DESC_FRAMES = [
    "Program {name} {desc}. Program ini menjadi tanggung jawab {opd}.",
    "Melalui program {name}, pemerintah daerah {desc}. Penanggung jawab program adalah {opd}.",
    "{name} dirancang untuk {desc_to}. Pelaksanaannya dikoordinasikan oleh {opd}.",
]


BARE_PATTERNS = [
    ("-", "-", "-", "-"),
    ("", "", "", ""),
    ("-", "akan ditentukan", "-", "akan ditentukan"),
    ("", "-", "", "-"),
    ("akan ditentukan", "akan ditentukan", "akan ditentukan", "akan ditentukan"),
]


def _desc_sentence(city, row, bare):
    frame = stable_pick(city["slug"] + row["name"], DESC_FRAMES)
    desc = row.get("desc", "")
    verb_desc = desc
    if frame.startswith("Program {name} ") and desc:
        verb_desc = "bertujuan " + desc
    s = frame.format(name=row["name"], desc=verb_desc, desc_to=desc, opd=row.get("opd") or "perangkat daerah terkait")
    if not bare and row.get("indicator"):
        s += " Keberhasilannya diukur dengan indikator %s, dengan target %s." % (
            row["indicator"][0].lower() + row["indicator"][1:],
            row.get("target", ""),
        )
    return s


# ---------------------------------------------------------------- masterplan
def masterplan_blocks(city):
    """Full masterplan block list for a city dict."""
    name = city["name"]
    dims = [d for d in DIMENSIONS if d[0] not in city.get("missing_dimensions", ())]
    bare = city.get("bare_programmes", False)
    rows = programmes(city)
    b = []
    # Kata pengantar
    b.append(Heading(1, "KATA PENGANTAR"))
    for p in city["kata_pengantar"]:
        b.append(Para(p))
    b.append(Para(city["signoff_place"]))
    b.append(Para(city["head_title"]))
    b.append(Para(city["head_name"]))
    b.append(PageBreak())
    b.append(Toc("DAFTAR ISI"))

    # BAB I
    b.append(Heading(1, "BAB I PENDAHULUAN"))
    b.append(Heading(2, "1.1 Latar Belakang"))
    b += [Para(p) for p in city["latar_belakang"]]
    b.append(Heading(2, "1.2 Maksud dan Tujuan"))
    b.append(Para(city["maksud"]))
    b.append(Bullets(city["tujuan"], numbered=True))
    b.append(Heading(2, "1.3 Dasar Hukum"))
    b.append(Para("Penyusunan Masterplan Smart City %s berpedoman pada peraturan perundang-undangan berikut:" % name))
    b.append(Bullets(DASAR_HUKUM + city["dasar_hukum_lokal"], numbered=True))
    b.append(Heading(2, "1.4 Ruang Lingkup"))
    b.append(Para(city["ruang_lingkup"]))
    b.append(Heading(2, "1.5 Sistematika Penulisan"))
    b.append(Para("Dokumen ini disusun dengan sistematika sebagai berikut:"))
    b.append(Bullets(SISTEMATIKA))
    b.append(PageBreak())

    # BAB II
    b.append(Heading(1, "BAB II ANALISIS STRATEGIS"))
    b.append(Para(city["analisis_intro"]))
    col = [Heading(2, "2.1 Gambaran Umum Wilayah")]
    for sub, paras in city["gambaran_umum"]:
        col.append(Heading(3, sub))
        col += [Para(p) for p in paras]
    b.append(Columns(col))
    b.append(Para(city["wilayah_table_intro"]))
    b.append(
        Table(city["wilayah_table"][0], city["wilayah_table"][1], caption="Tabel 2.1 " + city["wilayah_table_caption"])
    )
    b.append(Para(PILAR_INTRO))
    for i, (pil, key) in enumerate(
        [("Struktur", "struktur"), ("Infrastruktur", "infrastruktur"), ("Suprastruktur", "suprastruktur")], start=2
    ):
        b.append(Heading(2, "2.%d Pilar %s" % (i, pil)))
        b += [Para(p) for p in city[key]]
    b.append(Para(city["kesiapan_intro"]))
    b.append(
        Table(
            ["No", "Pilar", "Aspek", "Kondisi Saat Ini", "Tingkat Kesiapan"],
            [[str(i + 1)] + list(r) for i, r in enumerate(city["kesiapan"])],
            caption="Tabel 2.2 Ringkasan Kesiapan Daerah",
        )
    )
    b.append(Heading(2, "2.5 Analisis SWOT"))
    b.append(Para(SWOT_INTRO))
    sw = city["swot"]
    for lab, key in [
        ("Kekuatan (Strengths)", "S"),
        ("Kelemahan (Weaknesses)", "W"),
        ("Peluang (Opportunities)", "O"),
        ("Ancaman (Threats)", "T"),
    ]:
        b.append(Heading(3, lab))
        b.append(Bullets(sw[key]))
    b.append(Para(city["swot_strategi"]))
    b.append(Heading(2, "2.6 Keselarasan dengan Isu Strategis RPJMD"))
    b.append(Para(city["keselarasan_intro"]))
    b.append(
        Table(
            ["No", "Isu Strategis RPJMD", "Dimensi Smart City", "Program Terkait"],
            [[str(i + 1)] + list(r) for i, r in enumerate(city["keselarasan"])],
            caption="Tabel 2.3 Keselarasan Isu Strategis RPJMD dengan Masterplan",
        )
    )
    b.append(PageBreak())

    # BAB III
    b.append(Heading(1, "BAB III VISI DAN MISI SMART CITY"))
    b.append(Heading(2, "3.1 Visi"))
    b.append(Para(city["visi_intro"]))
    b.append(Para("\u201c%s\u201d" % city["visi"]))
    b += [Para(p) for p in city["visi_penjelasan"]]
    b.append(Heading(2, "3.2 Misi"))
    b.append(Para("Untuk mewujudkan visi tersebut, ditetapkan misi smart city sebagai berikut:"))
    b.append(Bullets(city["misi"], numbered=True))
    b.append(Heading(2, "3.3 Tujuan dan Sasaran"))
    b += [Para(p) for p in city["tujuan_sasaran"]]
    b.append(PageBreak())

    # BAB IV
    b.append(Heading(1, "BAB IV STRATEGI PENGEMBANGAN"))
    b.append(Para(city["strategi_intro"]))
    for di, (dim, dlab, dind) in enumerate(dims, start=1):
        b.append(Heading(2, "4.%d %s" % (di, dlab)))
        b.append(Para(city["dim_intro"][dim]))
        for ei, (eid, elab) in enumerate(ELEMENTS[dim], start=1):
            b.append(Heading(3, "4.%d.%d %s" % (di, ei, elab)))
            for p in city["element_text"].get(eid, []):
                b.append(Para(p))
            erows = [r for r in rows if r["element"] == eid]
            if erows:
                names = ", ".join(r["name"] for r in erows)
                b.append(Para("Strategi pada elemen %s diwujudkan melalui program: %s." % (elab.lower(), names)))
    b.append(PageBreak())

    # BAB V
    b.append(Heading(1, "BAB V PROGRAM PENGEMBANGAN"))
    b += [Para(p) for p in city["program_intro"]]
    header = ["No", "Program", "Elemen", "Indikator", "Target", "Tahun", "Anggaran (Rp)", "OPD"]
    for di, (dim, dlab, dind) in enumerate(dims, start=1):
        b.append(Heading(2, "5.%d Program %s" % (di, dlab)))
        drows = [r for r in rows if r["element"].split(".")[0] == dim]
        trs = []
        for i, r in enumerate(drows, start=1):
            if bare:
                pat = BARE_PATTERNS[(i + di) % len(BARE_PATTERNS)]
                trs.append([str(i), r["name"], ELEMENT_LABEL[r["element"]]] + list(pat) + [r.get("opd", "")])
            else:
                budget = r["budget"]
                btxt = rupiah_words(budget) if r.get("budget_words") else rupiah(budget)
                trs.append(
                    [
                        str(i),
                        r["name"],
                        ELEMENT_LABEL[r["element"]],
                        r["indicator"],
                        r["target"],
                        r["year"],
                        btxt,
                        r["opd"],
                    ]
                )
        b.append(Para(city["program_dim_text"][dim]))
        b.append(Table(header, trs, caption="Tabel 5.%d Matriks Program %s" % (di, dlab)))
        b.append(Heading(3, "Uraian Program %s" % dlab))
        for i, r in enumerate(drows, start=1):
            b.append(Para("%d) %s" % (i, _desc_sentence(city, r, bare))))
    b.append(PageBreak())

    # BAB VI
    b.append(Heading(1, "BAB VI QUICK WIN"))
    b += [Para(p) for p in city["quickwin_intro"]]
    qh = ["No", "Program Quick Win", "Dimensi", "Target", "Tahun", "OPD"]
    b.append(
        Table(
            qh,
            [[str(i + 1)] + list(q) for i, q in enumerate(city["quickwins"])],
            caption="Tabel 6.1 Daftar Program Quick Win",
        )
    )
    b += [Para(p) for p in city["quickwin_after"]]
    b.append(PageBreak())

    # BAB VII
    b.append(Heading(1, "BAB VII ROADMAP"))
    b.append(Para(ROADMAP_INTRO))
    for i, (title, paras, items) in enumerate(city["roadmap"], start=1):
        b.append(Heading(2, "7.%d %s" % (i, title)))
        b += [Para(p) for p in paras]
        b.append(Bullets(items))
    b.append(Table(city["roadmap_table"][0], city["roadmap_table"][1], caption="Tabel 7.1 Peta Jalan Pelaksanaan"))
    b.append(PageBreak())

    # PENUTUP
    b.append(Heading(1, "BAB VIII PENUTUP"))
    b += [Para(p) for p in city["penutup"]]
    b.append(Para(city["signoff_place"]))
    b.append(Para(city["head_title"]))
    b.append(Para(city["head_name"]))
    return b


def masterplan_meta(city):
    name = city["name"]
    return dict(
        title="Masterplan Smart City %s %s" % (name, city["period"]),
        header="Masterplan Smart City %s %s" % (name, city["period"]),
        footer="Pemerintah %s - %s" % (name, SAMPLE_LINE),
        cover_lines=[SAMPLE_LINE, "Pemerintah %s" % name] + city.get("cover_extra", []),
    )


# ---------------------------------------------------------------- RPJMD
def rpjmd_blocks(city):
    r = city["rpjmd"]
    name = city["name"]
    b = []
    b.append(
        Para(
            "Kutipan (excerpt) Lampiran Peraturan Daerah %s Nomor %s tentang Rencana "
            "Pembangunan Jangka Menengah Daerah %s Tahun %s. %s." % (name, r["perda"], name, r["period"], SAMPLE_LINE)
        )
    )
    b.append(Heading(1, "BAB II GAMBARAN UMUM KONDISI DAERAH"))
    b.append(
        Para(
            "Bab ini menyajikan ringkasan kondisi geografis, demografis, ekonomi dan "
            "pelayanan dasar %s sebagai landasan perumusan permasalahan dan isu "
            "strategis daerah." % name
        )
    )
    for i, (sub, paras) in enumerate(city["gambaran_umum"], start=1):
        b.append(Heading(2, "2.%d %s" % (i, sub.split(" ", 1)[1])))
        b += [Para(p) for p in paras]
    b.append(
        Table(city["wilayah_table"][0], city["wilayah_table"][1], caption="Tabel 2.1 " + city["wilayah_table_caption"])
    )
    b.append(PageBreak())
    b.append(Heading(1, "BAB IV PERMASALAHAN DAN ISU STRATEGIS DAERAH"))
    b += [Para(p) for p in r["intro"]]
    b.append(Heading(2, "4.1 Permasalahan Pembangunan"))
    b += [Para(p) for p in r["permasalahan"]]
    b.append(
        Table(
            ["No", "Urusan/Bidang", "Permasalahan Pokok", "Faktor Penyebab"],
            [[str(i + 1)] + list(x) for i, x in enumerate(r["permasalahan_table"])],
            caption="Tabel 4.1 Identifikasi Permasalahan Pembangunan Daerah",
        )
    )
    b.append(Heading(3, "4.1.1 Telaahan terhadap Kebijakan Nasional dan Provinsi"))
    b += [Para(p.format(name=name, prov=city.get("province", "provinsi"))) for p in RPJMD_TELAAH]
    b += [Para(p) for p in r.get("telaah_lokal", [])]
    b.append(Heading(3, "4.1.2 Hasil Konsultasi Publik"))
    b.append(Para(RPJMD_KONSULTASI.format(name=name, n=r.get("peserta_konsultasi", 312))))
    b.append(Heading(2, "4.2 Isu Strategis"))
    b += [Para(p) for p in r["isu_intro"]]
    style = r["isu_style"]
    issues = r["issues"]
    if style == "numbered":
        b.append(Bullets([i["text"] for i in issues], numbered=True))
        b.append(Para("Uraian masing-masing isu strategis disampaikan sebagai berikut."))
        for n, i in enumerate(issues, start=1):
            b.append(Heading(3, "4.2.%d %s" % (n, i["text"])))
            b += [Para(p) for p in i["explain"]]
    elif style == "lettered":
        for n, i in enumerate(issues):
            b.append(Para("%s. %s" % ("abcdefghij"[n], i["text"])))
            b += [Para(p) for p in i["explain"]]
    elif style == "table":
        b.append(
            Table(
                ["No", "Isu Strategis", "Keterangan"],
                [[str(n), i["text"], " ".join(i["explain"])] for n, i in enumerate(issues, start=1)],
                caption="Tabel 4.2 Isu Strategis Daerah",
            )
        )
    elif style == "paragraphs":
        ords = ["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan"]
        for n, i in enumerate(issues):
            first = i["explain"][0] if i["explain"] else ""
            b.append(Para("Isu strategis %s adalah %s. %s" % (ords[n], i["text"][0].lower() + i["text"][1:], first)))
            b += [Para(p) for p in i["explain"][1:]]
    b += [Para(p) for p in r["penutup_bab"]]
    b.append(PageBreak())
    b.append(Heading(1, "BAB V VISI, MISI, TUJUAN DAN SASARAN"))
    b.append(Heading(2, "5.1 Visi"))
    b.append(Para(r["visi"]))
    b.append(Para(RPJMD_VISI.format(name=name)))
    b.append(Heading(2, "5.2 Misi"))
    b.append(Bullets(r["misi"], numbered=True))
    b.append(Heading(2, "5.3 Tujuan dan Sasaran"))
    b.append(Para(RPJMD_TUJUAN.format(name=name)))
    b.append(
        Table(
            ["No", "Misi", "Tujuan", "Indikator Tujuan"],
            [[str(i + 1), m.rstrip(";."), t[0], t[1]] for i, (m, t) in enumerate(zip(r["misi"], r["tujuan"]))],
            caption="Tabel 5.1 Keterkaitan Misi, Tujuan dan Indikator Tujuan",
        )
    )
    return b


RPJMD_TELAAH = [
    "Perumusan isu strategis {name} memperhatikan arah kebijakan Rencana Pembangunan Jangka Menengah Nasional, terutama agenda pembangunan kewilayahan, peningkatan kualitas sumber daya manusia, pembangunan infrastruktur pelayanan dasar, serta reformasi birokrasi. Sasaran-sasaran nasional tersebut diterjemahkan ke dalam indikator yang relevan dengan kewenangan daerah.",
    "Selain itu, dokumen ini memperhatikan RPJMD {prov} yang menempatkan pemerataan pembangunan antarwilayah, ketahanan terhadap bencana dan penguatan ekonomi lokal sebagai prioritas. Keselarasan dengan rencana tata ruang wilayah dan kajian lingkungan hidup strategis juga menjadi pertimbangan agar program pembangunan tidak menimbulkan dampak lingkungan yang merugikan.",
]
RPJMD_KONSULTASI = "Forum konsultasi publik rancangan awal RPJMD {name} dihadiri oleh {n} peserta yang mewakili perangkat daerah, DPRD, camat, lurah/kepala desa, perguruan tinggi, organisasi kemasyarakatan, dunia usaha dan media. Masukan forum dihimpun secara tertulis dan melalui kanal daring, kemudian dibahas dalam rapat tim penyusun. Sebagian besar masukan berkaitan dengan kualitas pelayanan dasar, lapangan kerja dan infrastruktur lingkungan."
RPJMD_VISI = "Visi tersebut dijabarkan dari visi dan misi kepala daerah terpilih sebagaimana disampaikan pada masa pemilihan, dengan memperhatikan RPJPD {name} dan isu-isu strategis yang telah dirumuskan pada BAB IV."
RPJMD_TUJUAN = "Tujuan merupakan pernyataan tentang hal yang perlu dilakukan untuk mencapai visi, melaksanakan misi dan menangani isu strategis daerah. Setiap tujuan dilengkapi indikator yang akan dievaluasi setiap tahun melalui laporan kinerja pemerintah daerah {name}."


def rpjmd_meta(city):
    r = city["rpjmd"]
    name = city["name"]
    return dict(
        title="RPJMD %s %s" % (name, r["period"]),
        header="RPJMD %s Tahun %s (kutipan)" % (name, r["period"]),
        footer="Rencana Pembangunan Jangka Menengah Daerah - %s" % SAMPLE_LINE,
        cover_lines=[
            "Rencana Pembangunan Jangka Menengah Daerah",
            SAMPLE_LINE,
            "Kutipan BAB II, BAB IV dan BAB V",
            "Pemerintah %s" % name,
        ],
    )


# ---------------------------------------------------------------- news
def _e(s):
    return html.escape(s, quote=True)


def news_html(site, item):
    """A news page with nav menu, sidebar, boilerplate and comment form."""
    nav = "".join('<li><a href="/kategori/%s">%s</a></li>' % (m.lower().replace(" ", "-"), _e(m)) for m in site["menu"])
    side = "".join('<li><a href="/berita/%d">%s</a></li>' % (i + 101, _e(h)) for i, h in enumerate(site["popular"]))
    body = []
    for i, p in enumerate(item["body"]):
        body.append("<p>%s</p>" % _e(p))
        if i == 1 and item.get("baca_juga"):
            body.append(
                '<p><strong>Baca Juga : <a href="/berita/%d">%s</a></strong></p>'
                % (300 + len(item["baca_juga"][0]), _e(item["baca_juga"][0]))
            )
        if i == 3 and len(item.get("baca_juga", [])) > 1:
            body.append(
                '<p><strong>Baca Juga : <a href="/berita/%d">%s</a></strong></p>'
                % (300 + len(item["baca_juga"][1]), _e(item["baca_juga"][1]))
            )
    by = "".join("<p>%s : %s</p>" % (k, _e(v)) for k, v in item["byline"])
    tags = " ".join(
        '<a href="/tag/%s" rel="tag">%s</a>' % (t.lower().replace(" ", "-"), _e(t)) for t in item.get("tags", [])
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{_e(item["headline"])} - {_e(site["name"])}</title>
<meta name="description" content="{_e(item["body"][0][:150])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<!-- {SAMPLE_LINE}: berita fiktif, ditulis oleh proyek Telaah -->
<div class="topbar"><span>{_e(item["date_long"])}</span> <a href="/login">Masuk</a> <a href="/redaksi">Redaksi</a></div>
<header class="site-header">
<div class="logo"><a href="/">{_e(site["name"])}</a><span class="tagline">{_e(site["tagline"])}</span></div>
<div class="ads ads-header"><img src="/ads/banner-468x60.gif" alt="banner 468x60" width="468" height="60"></div>
<nav class="main-menu"><ul><li><a href="/">Beranda</a></li>{nav}</ul></nav>
</header>
<div class="breaking"><strong>Terkini:</strong> {_e(site["popular"][0])}</div>
<main class="content">
<article>
<div class="breadcrumb"><a href="/">Beranda</a> &raquo; <a href="/kategori/{_e(item["category"].lower())}">{_e(item["category"])}</a></div>
<h1 class="entry-title">{_e(item["headline"])}</h1>
<div class="entry-meta">Oleh <span class="author">{_e(item["author"])}</span> &middot; <time>{_e(item["date_long"])}</time> &middot; Dibaca {item["views"]} kali</div>
<figure><img src="/uploads/{_e(item["slug"])}.jpg" alt="{_e(item["headline"])}"><figcaption>{_e(item.get("caption", ""))}</figcaption></figure>
<div class="entry-content">
{chr(10).join(body)}
{by}
</div>
<div class="ads"><img src="/ads/banner-728x90.gif" alt="banner 728x90"></div>
<div class="tags">Tag: {tags}</div>
<div class="share"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Salin Tautan</a></div>
<div class="related"><h3>Berita Terkait</h3><ul>{"".join('<li><a href="#">%s</a></li>' % _e(h) for h in item.get("baca_juga", []))}</ul></div>
<div id="respond" class="comment-respond">
<h3>Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p><label>Comment *</label><textarea name="comment"></textarea></p>
<p><label>Name *</label><input name="author"></p>
<p><label>Email *</label><input name="email"></p>
<p><label>Website</label><input name="url"></p>
<p><input type="checkbox" name="cookies"> Save my name, email, and website in this browser for the next time I comment.</p>
<p><input type="submit" value="Post Comment"></p>
</form>
</div>
</article>
</main>
<aside class="sidebar">
<div class="widget"><img src="/ads/banner-300x250.gif" alt="banner 300x250"></div>
<div class="widget"><h3>Terpopuler</h3><ol>{side}</ol></div>
<div class="widget"><h3>Ikuti Kami</h3><a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">YouTube</a></div>
</aside>
<footer class="site-footer">
<ul><li><a href="/tentang">Tentang Kami</a></li><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li></ul>
<p>&copy; {item["year"]} {_e(site["name"])}. All Rights Reserved. {SAMPLE_LINE}.</p>
</footer>
</body>
</html>
"""


def news_txt(site, item):
    """A plain-text scrape of a news page, boilerplate included."""
    lines = [
        site["name"],
        site["tagline"],
        "",
        " | ".join(["Beranda"] + site["menu"]),
        "",
        "banner 468x60",
        "",
        item["category"],
        "",
        item["headline"],
        "",
        "%s - %s" % (item["date_long"], item["author"]),
        "",
    ]
    for i, p in enumerate(item["body"]):
        lines.append(p)
        lines.append("")
        if i == 1 and item.get("baca_juga"):
            lines += ["Baca Juga : " + item["baca_juga"][0], ""]
        if i == 3 and len(item.get("baca_juga", [])) > 1:
            lines += ["Baca Juga : " + item["baca_juga"][1], ""]
    for k, v in item["byline"]:
        lines.append("%s : %s" % (k, v))
    lines += [
        "",
        "banner 300x250",
        "",
        "Bagikan :",
        "Facebook Twitter WhatsApp Telegram Salin Tautan",
        "",
        "Tags: " + ", ".join(item.get("tags", [])),
        "",
        "Berita Terkait",
    ]
    lines += ["- " + h for h in item.get("baca_juga", [])]
    lines += [
        "",
        "Leave a Reply Cancel reply",
        "",
        "Your email address will not be published. Required fields are marked *",
        "",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "",
        "Save my name, email, and website in this browser for the next time I comment.",
        "",
        "Post Comment",
        "",
        "Terpopuler",
    ]
    lines += ["%d. %s" % (i + 1, h) for i, h in enumerate(site["popular"])]
    lines += [
        "",
        "Tentang Kami | Redaksi | Pedoman Media Siber | Kontak",
        "Copyright %s %s. All Rights Reserved." % (item["year"], site["name"]),
        "[%s - berita fiktif, ditulis oleh proyek Telaah]" % SAMPLE_LINE,
        "",
    ]
    return "\n".join(lines)
