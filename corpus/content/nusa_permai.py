"""Kota Nusa Permai (FICTIONAL): a complete, well-formed masterplan.

Demonstrates: all six dimensions, every programme with indicator, target, year,
budget and OPD; RPJMD isu strategis as a numbered list; every RPJMD issue addressed.
"""

CITY = dict(
    slug="nusa_permai",
    name="Kota Nusa Permai",
    short="Nusa Permai",
    type="kota",
    province="Provinsi Selat Barat",
    evaluation_score=3.44,
    ignored_issues=[],
    notes="Complete, well-formed plan: six dimensions, every programme with indicator, target, year, budget and OPD.",
    period="2023-2027",
    missing_dimensions=[],
    bare_programmes=False,
    signoff_place="Nusa Permai, 14 November 2022",
    head_title="WALI KOTA NUSA PERMAI,",
    head_name="H. ARDIANSYAH RAHMAN, S.E., M.Si.",
    kata_pengantar=[
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya Masterplan Smart City Kota Nusa Permai Tahun 2023-2027 dapat diselesaikan tepat waktu. Dokumen ini merupakan hasil kerja bersama Dewan Smart City, Tim Pelaksana, perangkat daerah, akademisi, pelaku usaha, komunitas dan media yang telah mengikuti rangkaian bimbingan teknis bersama Kementerian Komunikasi dan Informatika sejak penandatanganan nota kesepahaman pada bulan Mei 2022.",
        "Sebagai kota pesisir dengan pelabuhan perikanan yang ramai, Kota Nusa Permai menghadapi tantangan yang khas: genangan rob, kepadatan lalu lintas di koridor pelabuhan, persampahan di kawasan pantai, serta tuntutan pelayanan publik yang semakin cepat. Masterplan ini kami pandang bukan sebagai daftar belanja teknologi, melainkan sebagai peta jalan untuk menata cara pemerintah bekerja, cara warga berpartisipasi, dan cara kota merawat lingkungannya.",
        "Kami menyampaikan terima kasih kepada Direktorat Jenderal Aplikasi Informatika, para narasumber bimbingan teknis, Universitas Bahari Nusa Permai, serta seluruh pihak yang memberikan masukan. Semoga dokumen ini menjadi pedoman yang hidup, dievaluasi secara berkala, dan dilaksanakan dengan penuh tanggung jawab.",
    ],
    latar_belakang=[
        "Perkembangan teknologi informasi dan komunikasi telah mengubah cara masyarakat memperoleh informasi, bertransaksi dan berinteraksi dengan pemerintah. Warga Kota Nusa Permai, yang sebagian besar berusia produktif, kini terbiasa menggunakan telepon pintar untuk berbelanja, membayar tagihan dan melaporkan keluhan melalui media sosial. Kondisi ini menuntut pemerintah kota untuk menghadirkan layanan yang sama cepat dan mudahnya, sekaligus menjaga keamanan data pribadi warga.",
        "Di sisi lain, Kota Nusa Permai mengalami pertumbuhan penduduk rata-rata 1,9 persen per tahun dalam lima tahun terakhir, didorong oleh migrasi pekerja ke kawasan pelabuhan dan industri pengolahan ikan. Pertumbuhan tersebut membawa konsekuensi berupa kepadatan permukiman di pesisir, meningkatnya timbulan sampah, tekanan terhadap layanan air bersih, serta kemacetan di Jl. Pelabuhan Raya dan Jl. Diponegoro pada jam sibuk. Permasalahan tersebut saling terkait sehingga memerlukan pendekatan yang terpadu lintas sektor.",
        "Sejak tahun 2017 Kementerian Komunikasi dan Informatika menyelenggarakan Gerakan Menuju 100 Smart City untuk mendampingi kabupaten/kota menyusun rencana induk kota cerdas. Kota Nusa Permai terpilih sebagai salah satu peserta tahun 2022 dan telah menandatangani nota kesepahaman pada tgl. 24 Mei 2022. Melalui empat tahap bimbingan teknis, pemerintah kota bersama unsur penta helix menyusun dokumen analisis strategis, masterplan, quick win dan peta jalan.",
        "Masterplan Smart City ini disusun selaras dengan Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kota Nusa Permai Tahun 2021-2026, khususnya isu strategis mengenai banjir dan rob, kemacetan, persampahan, kemiskinan, air bersih, kualitas pelayanan publik dan daya saing ekonomi lokal. Dengan demikian, setiap program smart city diharapkan memberikan kontribusi nyata terhadap pencapaian sasaran RPJMD, bukan berjalan sebagai agenda tersendiri.",
    ],
    maksud="Maksud penyusunan Masterplan Smart City Kota Nusa Permai adalah menyediakan pedoman perencanaan dan pelaksanaan pembangunan kota cerdas yang terarah, terukur dan berkelanjutan selama lima tahun, sebagai acuan bersama bagi perangkat daerah, dunia usaha, perguruan tinggi dan masyarakat.",
    tujuan=[
        "Merumuskan visi, misi dan strategi pengembangan smart city yang selaras dengan RPJMD Kota Nusa Permai;",
        "Memetakan kesiapan daerah pada pilar struktur, infrastruktur dan suprastruktur;",
        "Menetapkan program pengembangan pada enam dimensi smart city lengkap dengan indikator, target, tahun pelaksanaan, perkiraan anggaran dan perangkat daerah penanggung jawab;",
        "Menentukan program quick win yang dapat segera dirasakan manfaatnya oleh masyarakat;",
        "Menyusun peta jalan pelaksanaan jangka pendek, menengah dan panjang.",
    ],
    dasar_hukum_lokal=[
        "Peraturan Daerah Kota Nusa Permai Nomor 4 Tahun 2021 tentang Rencana Pembangunan Jangka Menengah Daerah Kota Nusa Permai Tahun 2021-2026;",
        "Peraturan Wali Kota Nusa Permai Nomor 37 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik;",
        "Keputusan Wali Kota Nusa Permai Nomor 555/212/Kep/2022 tentang Pembentukan Dewan Smart City dan Tim Pelaksana Smart City Kota Nusa Permai.",
    ],
    ruang_lingkup="Ruang lingkup masterplan meliputi seluruh wilayah administrasi Kota Nusa Permai yang terdiri atas 6 kecamatan dan 38 kelurahan, dengan jangka waktu perencanaan 2023-2027. Substansi yang dibahas mencakup analisis strategis, visi dan misi, strategi pada enam dimensi (smart governance, smart branding, smart economy, smart living, smart society dan smart environment), program pengembangan, quick win, serta peta jalan. Program yang dimuat merupakan program yang memanfaatkan teknologi maupun program non-teknologi yang menjadi prasyarat keberhasilan kota cerdas.",
    analisis_intro="Analisis strategis disusun berdasarkan data sekunder dari Badan Pusat Statistik, dokumen perencanaan daerah, hasil survei kesiapan perangkat daerah yang dilakukan pada bulan Juli 2022, serta diskusi kelompok terarah bersama unsur penta helix. Bagian ini diawali dengan gambaran umum wilayah, dilanjutkan dengan analisis tiga pilar kesiapan dan analisis SWOT.",
    gambaran_umum=[
        (
            "2.1.1 Kondisi Geografis",
            [
                "Kota Nusa Permai terletak di pesisir selatan Provinsi Selat Barat, dengan luas wilayah daratan 112,6 km2 dan garis pantai sepanjang 21 km. Bagian utara kota berupa perbukitan rendah dengan ketinggian hingga 140 meter di atas permukaan laut, sedangkan bagian selatan merupakan dataran aluvial yang dilalui Sungai Permai dan Sungai Cemara sebelum bermuara di Teluk Biru.",
                "Kondisi topografi tersebut menjadikan kawasan selatan rawan genangan, terutama ketika hujan lebat bersamaan dengan pasang tinggi. Catatan BPBD menunjukkan sedikitnya 14 kejadian banjir rob sepanjang tahun 2021 yang merendam permukiman di Kec. Teluk Biru dan Kec. Pasir Putih. Sebaliknya, kawasan perbukitan di Kec. Bukit Cempaka menjadi daerah tangkapan air yang perlu dilindungi dari alih fungsi lahan.",
            ],
        ),
        (
            "2.1.2 Kependudukan",
            [
                "Jumlah penduduk Kota Nusa Permai pada akhir tahun 2021 tercatat 486.214 jiwa, dengan kepadatan rata-rata 4.318 jiwa per km2. Kecamatan terpadat adalah Permai Barat yang menjadi pusat perdagangan lama, sementara Kec. Bukit Cempaka masih relatif jarang penduduknya. Sebanyak 69 persen penduduk berada pada usia produktif 15-64 tahun.",
                "Struktur penduduk yang muda merupakan modal penting bagi pengembangan kota cerdas. Namun angka pengangguran terbuka sebesar 7,8 persen dan angka kemiskinan 8,9 persen menunjukkan bahwa bonus demografi belum sepenuhnya termanfaatkan. Kantong kemiskinan terkonsentrasi di permukiman nelayan di sepanjang pantai yang juga memiliki akses air bersih perpipaan paling rendah.",
            ],
        ),
        (
            "2.1.3 Perekonomian",
            [
                "Perekonomian kota ditopang oleh sektor perdagangan besar dan eceran, industri pengolahan hasil perikanan, serta transportasi dan pergudangan. Pelabuhan Perikanan Nusantara Teluk Biru melayani lebih dari 1.200 kapal setiap bulan dan menjadi simpul distribusi ikan ke kota-kota di sekitarnya. Pertumbuhan ekonomi tahun 2021 mencapai 4,6 persen setelah terkontraksi pada tahun 2020.",
                "Usaha mikro, kecil dan menengah berjumlah sekitar 31 ribu unit, didominasi kuliner olahan ikan, kerajinan kerang dan jasa. Baru sekitar 18 persen UMKM yang memasarkan produknya secara daring. Kawasan Pantai Pasir Putih dan Kampung Nelayan Karang Indah mulai dikenal sebagai tujuan wisata kuliner, tetapi promosi dan pengelolaannya belum terpadu.",
            ],
        ),
        (
            "2.1.4 Sosial dan Pelayanan Dasar",
            [
                "Kota Nusa Permai memiliki 12 puskesmas, 3 rumah sakit umum dan 1 RSUD milik pemerintah kota. Angka harapan hidup mencapai 72,4 tahun. Prevalensi stunting balita tercatat 19,2 persen, lebih tinggi dari target nasional. Di bidang pendidikan, rata-rata lama sekolah 10,1 tahun dan seluruh SMP negeri telah terhubung internet, namun baru 64 persen SD negeri yang memiliki koneksi memadai.",
                "Cakupan pelayanan air minum perpipaan oleh Perumda Air Minum Tirta Permai baru menjangkau 61 persen rumah tangga, sementara sebagian warga pesisir masih mengandalkan sumur dangkal yang terintrusi air laut. Pengelolaan sampah dilayani oleh satu TPA dengan sistem controlled landfill yang diperkirakan penuh pada tahun 2027.",
            ],
        ),
    ],
    wilayah_table_intro="Sebaran luas wilayah, jumlah kelurahan dan penduduk per kecamatan disajikan pada tabel berikut.",
    wilayah_table_caption="Luas Wilayah dan Penduduk per Kecamatan Kota Nusa Permai Tahun 2021",
    wilayah_table=(
        ["No", "Kecamatan", "Luas (km2)", "Kelurahan", "Penduduk (jiwa)", "Kepadatan (jiwa/km2)"],
        [
            ["1", "Permai Barat", "9,8", "8", "118.402", "12.082"],
            ["2", "Permai Timur", "14,2", "7", "96.715", "6.811"],
            ["3", "Teluk Biru", "17,5", "6", "82.330", "4.705"],
            ["4", "Pasir Putih", "19,1", "6", "71.908", "3.765"],
            ["5", "Karang Indah", "22,7", "6", "66.441", "2.927"],
            ["6", "Bukit Cempaka", "29,3", "5", "50.418", "1.721"],
            ["", "Jumlah", "112,6", "38", "486.214", "4.318"],
        ],
    ),
    struktur=[
        "Dari sisi sumber daya manusia, Pemerintah Kota Nusa Permai memiliki 5.842 aparatur sipil negara, dengan 41 orang berlatar belakang pendidikan teknologi informasi. Sebagian besar tenaga TIK terkonsentrasi di Dinas Komunikasi dan Informatika, sedangkan perangkat daerah lain umumnya hanya memiliki operator aplikasi. Kondisi ini menyebabkan pengembangan aplikasi banyak bergantung pada pihak ketiga dan sulit dipelihara setelah kontrak berakhir.",
        "Dari sisi anggaran, belanja urusan komunikasi dan informatika pada APBD 2022 sebesar Rp 18,7 miliar atau 1,2 persen dari total belanja daerah. Angka ini meningkat dibanding tahun sebelumnya, namun belum mencakup belanja TIK yang tersebar di perangkat daerah lain. Inventarisasi tim penyusun menemukan sedikitnya 27 kegiatan pengadaan aplikasi di 14 perangkat daerah yang tidak terkoordinasi.",
        "Tata kelola smart city telah diperkuat dengan pembentukan Dewan Smart City yang diketuai Wali Kota dan Tim Pelaksana yang diketuai Sekretaris Daerah. Forum penta helix juga telah dibentuk dengan melibatkan Universitas Bahari Nusa Permai, Kamar Dagang dan Industri, komunitas relawan TIK dan media lokal. Tantangan ke depan adalah memastikan forum ini bertemu secara rutin dan keputusan-keputusannya ditindaklanjuti dalam dokumen anggaran.",
    ],
    infrastruktur=[
        "Infrastruktur fisik kota relatif memadai di pusat kota, dengan jaringan jalan sepanjang 486 km yang 82 persen di antaranya dalam kondisi mantap. Namun sistem drainase di kawasan selatan belum mampu menampung limpasan saat hujan lebat bersamaan dengan pasang. Pembangunan kolam retensi dan pintu air di muara Sungai Cemara yang dimulai tahun 2022 perlu dilengkapi dengan sensor dan sistem peringatan dini.",
        "Infrastruktur digital menunjukkan kemajuan yang berarti. Seluruh kantor kelurahan telah terhubung jaringan serat optik milik pemerintah kota, dan tersedia 146 titik WiFi publik di taman, sekolah dan pasar. Pusat data daerah telah beroperasi sejak 2020, tetapi belum memiliki pusat pemulihan bencana (disaster recovery center). Ruang Command Center di Balai Kota telah dibangun, tetapi baru mengintegrasikan 64 kamera CCTV.",
        "Infrastruktur sosial ditandai oleh tingginya partisipasi warga dalam kegiatan gotong royong dan komunitas kreatif. Terdapat lebih dari 90 komunitas aktif, mulai dari komunitas fotografi, relawan bencana, hingga pegiat literasi. Tingkat penetrasi internet rumah tangga mencapai 78 persen, namun kesenjangan masih terlihat pada kelompok lanjut usia dan keluarga nelayan.",
    ],
    suprastruktur=[
        "Pada pilar suprastruktur, Kota Nusa Permai telah memiliki Peraturan Wali Kota tentang SPBE dan Peraturan Wali Kota tentang Satu Data. Indeks SPBE Kota Nusa Permai tahun 2021 mencapai 2,71 dengan predikat Baik. Nilai terendah terdapat pada domain manajemen SPBE, khususnya manajemen risiko, manajemen keamanan informasi dan audit TIK.",
        "Regulasi yang masih diperlukan antara lain peraturan tentang tata kelola data dan pelindungan data pribadi di lingkungan pemerintah kota, standar interoperabilitas aplikasi, serta prosedur operasional standar pengelolaan Command Center. Selain itu, kelembagaan pengelola smart city perlu diperjelas agar tidak tumpang tindih dengan tugas pokok Diskominfo dan Bappeda.",
        "Dari sisi kebijakan perencanaan, integrasi program smart city ke dalam Rencana Strategis perangkat daerah belum berjalan optimal. Tim penyusun merekomendasikan agar setiap program dalam masterplan diberi kode yang sama dengan nomenklatur program dalam sistem perencanaan daerah sehingga kemajuan pelaksanaannya dapat dipantau setiap tahun.",
    ],
    kesiapan_intro="Ringkasan hasil penilaian kesiapan pada ketiga pilar disajikan pada Tabel 2.2. Tingkat kesiapan dinilai secara kualitatif oleh tim penyusun bersama perangkat daerah.",
    kesiapan=[
        ("Struktur", "Sumber daya manusia TIK", "41 ASN berlatar TIK, terkonsentrasi di Diskominfo", "Sedang"),
        ("Struktur", "Anggaran", "Belanja TIK 1,2% APBD, tersebar di 14 OPD", "Sedang"),
        ("Struktur", "Tata kelola", "Dewan Smart City dan Tim Pelaksana telah dibentuk", "Tinggi"),
        ("Infrastruktur", "Jaringan dan pusat data", "Serat optik ke seluruh kelurahan, belum ada DRC", "Tinggi"),
        ("Infrastruktur", "Fisik", "Drainase kawasan selatan belum memadai", "Rendah"),
        ("Infrastruktur", "Sosial", "90 komunitas aktif, kesenjangan digital pada lansia", "Sedang"),
        ("Suprastruktur", "Regulasi", "Perwal SPBE dan Satu Data tersedia", "Sedang"),
        ("Suprastruktur", "SOP dan kelembagaan", "SOP Command Center belum tersedia", "Rendah"),
    ],
    swot=dict(
        S=[
            "Komitmen kuat Wali Kota dan DPRD terhadap transformasi digital;",
            "Jaringan serat optik milik pemerintah telah menjangkau seluruh kelurahan;",
            "Struktur penduduk muda dengan penetrasi internet rumah tangga 78 persen;",
            "Pelabuhan perikanan sebagai simpul ekonomi regional.",
        ],
        W=[
            "Keterbatasan ASN berkompetensi TIK di luar Diskominfo;",
            "Aplikasi perangkat daerah belum terintegrasi dan banyak yang tidak aktif;",
            "Manajemen keamanan informasi dan audit TIK belum berjalan;",
            "Cakupan air minum perpipaan dan drainase kawasan selatan masih rendah.",
        ],
        O=[
            "Pendampingan Gerakan Menuju 100 Smart City oleh Kementerian Kominfo;",
            "Dukungan program TP2DD dan elektronifikasi transaksi dari Bank Indonesia;",
            "Minat investor pada industri pengolahan ikan dan logistik pelabuhan;",
            "Keberadaan perguruan tinggi dan komunitas teknologi lokal.",
        ],
        T=[
            "Kenaikan muka air laut dan intensitas rob;",
            "Ancaman serangan siber dan kebocoran data;",
            "Persaingan dengan kota pelabuhan lain dalam menarik investasi;",
            "Ketergantungan pada penyedia aplikasi pihak ketiga.",
        ],
    ),
    swot_strategi="Dari matriks tersebut dirumuskan empat arah strategi: (1) strategi S-O, memanfaatkan jaringan serat optik dan komitmen pimpinan untuk mempercepat integrasi layanan; (2) strategi W-O, memanfaatkan pendampingan Kominfo dan perguruan tinggi untuk meningkatkan kompetensi ASN; (3) strategi S-T, menggunakan data dan sensor untuk mengantisipasi rob dan banjir; serta (4) strategi W-T, memperkuat keamanan informasi dan mengurangi ketergantungan pada pihak ketiga melalui standar aplikasi.",
    keselarasan_intro="Setiap isu strategis dalam RPJMD Kota Nusa Permai Tahun 2021-2026 dipetakan ke dimensi smart city dan program yang relevan, sebagaimana ditunjukkan pada tabel berikut.",
    keselarasan=[
        (
            "Banjir, rob dan kerentanan kawasan pesisir",
            "Smart Environment",
            "Sistem Peringatan Dini Banjir dan Longsor; Peta Digital Kawasan Rawan Bencana",
        ),
        (
            "Kemacetan di koridor pelabuhan dan pusat kota",
            "Smart Living",
            "Area Traffic Control System; Parkir Elektronik",
        ),
        (
            "Peningkatan timbulan sampah dan keterbatasan TPA",
            "Smart Environment",
            "Bank Sampah Digital; Armada Pengangkut Sampah Ber-GPS",
        ),
        (
            "Kemiskinan dan kerentanan keluarga nelayan",
            "Smart Economy",
            "Basis Data Terpadu Kesejahteraan Sosial dan Bansos Non-Tunai",
        ),
        (
            "Keterbatasan akses air bersih dan sanitasi",
            "Smart Environment",
            "Sistem Informasi Pelayanan Air Bersih dan Air Limbah",
        ),
        (
            "Kualitas pelayanan publik dan reformasi birokrasi",
            "Smart Governance",
            "Mal Pelayanan Publik Digital; Penerapan SPBE Terintegrasi",
        ),
        (
            "Daya saing ekonomi lokal, UMKM dan pariwisata",
            "Smart Economy; Smart Branding",
            "UMKM Go Digital; Portal dan Aplikasi Informasi Pariwisata Terpadu",
        ),
        (
            "Stunting dan derajat kesehatan masyarakat",
            "Smart Living",
            "Aplikasi Pemantauan Gizi Balita dan Percepatan Penurunan Stunting",
        ),
    ],
    visi_intro="Visi smart city dirumuskan dengan mengacu pada visi RPJMD Kota Nusa Permai, yaitu \u201cNusa Permai yang Sejahtera, Berdaya Saing dan Berwawasan Lingkungan\u201d. Visi smart city Kota Nusa Permai adalah:",
    visi="Nusa Permai Kota Pesisir Cerdas yang Melayani, Tangguh dan Sejahtera",
    visi_penjelasan=[
        "Kota pesisir cerdas bermakna kota yang memanfaatkan data dan teknologi untuk mengelola kekhasan wilayah pesisir: pelabuhan, kampung nelayan, pantai dan ancaman rob. Melayani bermakna pemerintah yang hadir secara cepat, mudah dan transparan dalam setiap urusan warga. Tangguh bermakna kota yang mampu mengantisipasi dan pulih dari bencana, gangguan keamanan dan guncangan ekonomi.",
        "Sejahtera bermakna bahwa manfaat kota cerdas harus dirasakan oleh seluruh lapisan masyarakat, termasuk keluarga nelayan, pedagang pasar dan penyandang disabilitas. Teknologi bukan tujuan akhir, melainkan alat untuk memperluas kesempatan ekonomi dan memperbaiki kualitas hidup.",
    ],
    misi=[
        "Mewujudkan tata kelola pemerintahan yang terintegrasi, transparan dan berbasis data;",
        "Membangun citra Nusa Permai sebagai kota bahari yang ramah investasi dan wisata;",
        "Mengembangkan ekonomi lokal berbasis perikanan, UMKM dan transaksi digital yang inklusif;",
        "Meningkatkan kualitas hidup melalui layanan kesehatan, transportasi dan permukiman yang cerdas;",
        "Membangun masyarakat yang cakap digital, aman dan saling peduli;",
        "Mewujudkan lingkungan pesisir yang bersih, tangguh bencana dan hemat energi.",
    ],
    tujuan_sasaran=[
        "Tujuan pengembangan smart city adalah meningkatkan kualitas pelayanan publik dan daya saing kota melalui pemanfaatan teknologi informasi yang terintegrasi. Sasaran yang ingin dicapai pada akhir tahun 2027 antara lain Indeks SPBE minimal 3,50, indeks kepuasan masyarakat minimal 85, cakupan layanan perizinan daring 100 persen, dan penurunan waktu tanggap kedaruratan menjadi kurang dari 15 menit.",
        "Sasaran pada bidang ekonomi dan lingkungan meliputi 5.000 UMKM yang berjualan daring, 80 persen penerimaan pajak daerah melalui kanal non-tunai, pengurangan sampah di sumber sebesar 30 persen, serta tersedianya peringatan dini banjir di seluruh kelurahan rawan genangan.",
    ],
    strategi_intro="Strategi pengembangan disusun per dimensi dan per elemen mengikuti model enam dimensi Kementerian Komunikasi dan Informatika. Setiap strategi mempertimbangkan hasil analisis SWOT dan keselarasan dengan RPJMD.",
    dim_intro=dict(
        governance="Smart governance diarahkan pada penyatuan layanan dan data pemerintahan. Prinsip yang dipegang adalah satu data, satu pintu layanan dan satu jaringan, sehingga warga tidak perlu mengulang penyerahan dokumen yang sama kepada instansi yang berbeda.",
        branding="Smart branding diarahkan untuk memperkenalkan Nusa Permai sebagai kota bahari: kota pelabuhan yang bersih, kuliner laut yang khas dan kampung nelayan yang ramah dikunjungi. Branding tidak hanya berupa logo dan slogan, tetapi pengalaman nyata pengunjung dan investor ketika berada di kota.",
        economy="Smart economy diarahkan untuk memperkuat rantai nilai perikanan dan UMKM, memperluas kesempatan kerja bagi angkatan kerja muda, serta mempercepat transaksi non-tunai di lingkungan pemerintah dan pasar rakyat.",
        living="Smart living diarahkan pada kualitas hidup sehari-hari: tata ruang pesisir yang tertib, layanan kesehatan yang terhubung, serta mobilitas yang lancar di koridor pelabuhan dan pusat kota.",
        society="Smart society diarahkan untuk membangun warga yang cakap digital, komunitas yang berdaya dan lingkungan yang aman, dengan perhatian khusus kepada kelompok lanjut usia dan keluarga nelayan.",
        environment="Smart environment diarahkan pada ketangguhan pesisir terhadap banjir dan rob, pengelolaan sampah dari sumbernya, perluasan akses air bersih, serta efisiensi energi di fasilitas publik.",
    ),
    element_text={
        "governance.service": [
            "Pelayanan publik akan dikembangkan dengan pendekatan no wrong door: warga dapat memulai layanan dari kanal mana pun, baik Mal Pelayanan Publik, kantor kecamatan maupun aplikasi, dan permohonannya diteruskan secara otomatis ke perangkat daerah yang berwenang. Standar waktu layanan dipublikasikan dan dipantau melalui dasbor."
        ],
        "governance.bureaucracy": [
            "Manajemen birokrasi difokuskan pada konsolidasi aplikasi dan infrastruktur. Aplikasi yang fungsinya sama akan digabung, server perangkat daerah dipindahkan ke pusat data, dan seluruh naskah dinas beralih ke tata naskah dinas elektronik. Kinerja pegawai diukur melalui e-Kinerja yang terhubung dengan sasaran perangkat daerah."
        ],
        "governance.policy": [
            "Kebijakan publik didorong agar berbasis bukti. Portal Satu Data menjadi rujukan tunggal data sektoral, dan Bappeda memanfaatkan dasbor pimpinan untuk memantau indikator RPJMD. Konsultasi publik rancangan kebijakan dilakukan secara daring agar masukan warga terdokumentasi."
        ],
        "branding.tourism": [
            "Pariwisata kota dikembangkan dengan tema wisata bahari dan kuliner laut. Portal pariwisata terpadu menampilkan Pantai Pasir Putih, Kampung Nelayan Karang Indah dan Pasar Ikan Teluk Biru beserta agenda festival tahunan. Pengelola destinasi dilatih untuk memanfaatkan ulasan pengunjung sebagai bahan perbaikan layanan."
        ],
        "branding.business": [
            "Branding bisnis daerah diarahkan untuk menarik investasi pada pengolahan ikan, rantai dingin dan logistik pelabuhan. Peta potensi investasi menampilkan lahan siap bangun di kawasan industri Karang Indah, dan forum bisnis tahunan mempertemukan investor dengan pelaku usaha lokal."
        ],
        "branding.city_appearance": [
            "Wajah kota ditata dimulai dari koridor pantai dan alun-alun. Penataan pedagang kaki lima dilakukan dengan pendataan digital dan penetapan zona, bukan penggusuran. Taman tematik dilengkapi WiFi publik, penerangan dan fasilitas ramah anak sehingga menjadi ruang interaksi warga."
        ],
        "economy.industry": [
            "Ekosistem industri diperkuat dengan membangun inkubator bisnis digital bersama Universitas Bahari Nusa Permai dan mendata industri kecil pengolahan ikan. Data kapasitas produksi dipakai untuk menghubungkan IKM dengan pembeli dan lembaga pembiayaan."
        ],
        "economy.welfare": [
            "Kesejahteraan rakyat diwujudkan melalui data terpadu keluarga miskin yang dimutakhirkan secara berkala, penyaluran bantuan sosial non-tunai dan bursa kerja daring. Sasaran utamanya adalah keluarga nelayan dan buruh pelabuhan yang pendapatannya sangat dipengaruhi musim."
        ],
        "economy.transaction": [
            "Ekosistem transaksi keuangan dikembangkan bersama TP2DD dan perbankan daerah. Seluruh pajak dan retribusi daerah ditargetkan dapat dibayar secara non-tunai, dan pedagang pasar rakyat didampingi untuk menerima pembayaran QRIS."
        ],
        "living.harmony": [
            "Harmonisasi tata ruang difokuskan pada pengendalian pemanfaatan ruang pesisir. Rencana detail tata ruang disajikan dalam peta daring, dan permohonan PBG diproses sepenuhnya melalui sistem sehingga pelanggaran sempadan pantai dapat dicegah sejak awal."
        ],
        "living.health": [
            "Layanan kesehatan dikembangkan melalui rekam medis elektronik yang terhubung antara puskesmas dan RSUD, aplikasi pemantauan gizi balita di posyandu, serta Public Safety Center 119 yang mengkoordinasikan ambulans gawat darurat."
        ],
        "living.mobility": [
            "Transportasi kota difokuskan pada koridor pelabuhan. ATCS dipasang pada 24 simpang, parkir tepi jalan beralih ke sistem elektronik, dan informasi angkutan umum disediakan secara waktu nyata untuk mendorong perpindahan dari kendaraan pribadi."
        ],
        "society.community": [
            "Komunitas dilibatkan sebagai mitra. Portal komunitas dan relawan memudahkan kolaborasi dalam kegiatan sosial, kebencanaan dan literasi, sementara kelurahan digital menyediakan titik akses dan operator terlatih."
        ],
        "society.learning": [
            "Ekosistem belajar dibangun melalui sekolah digital, perpustakaan digital dan gerakan literasi digital yang menyasar pelajar, guru, orang tua dan lansia."
        ],
        "society.security": [
            "Keamanan dan keselamatan warga diperkuat dengan layanan darurat 112 yang terhubung ke Command Center serta perluasan CCTV di pasar, terminal dan kawasan pantai."
        ],
        "environment.protection": [
            "Proteksi lingkungan mencakup sistem peringatan dini banjir dan rob, peta risiko bencana tingkat kelurahan, pemantauan kualitas udara, serta sistem informasi pelayanan air bersih dan air limbah bersama Perumda Air Minum Tirta Permai untuk memperluas cakupan air minum perpipaan ke permukiman pesisir."
        ],
        "environment.waste": [
            "Pengelolaan sampah menekankan pengurangan di sumber melalui bank sampah digital dan TPS3R, serta pengangkutan yang terpantau melalui armada ber-GPS. Strategi ini penting mengingat TPA diperkirakan penuh pada tahun 2027."
        ],
        "environment.energy": [
            "Efisiensi energi dimulai dari fasilitas pemerintah: lampu jalan tenaga surya yang dapat dikendalikan dari jarak jauh dan PLTS atap pada gedung kantor, sekolah dan puskesmas."
        ],
    },
    program_intro=[
        "Program pengembangan disusun dalam bentuk matriks per dimensi. Setiap program memuat elemen, indikator kinerja, target akhir periode, tahun pelaksanaan, perkiraan anggaran dan perangkat daerah (OPD) penanggung jawab. Perkiraan anggaran bersifat indikatif dan akan disesuaikan dengan kemampuan keuangan daerah melalui mekanisme RKPD dan APBD setiap tahun.",
        "Sumber pendanaan program berasal dari APBD Kota Nusa Permai, dukungan APBD Provinsi Selat Barat, APBN melalui kementerian terkait, serta kerja sama dengan badan usaha dan tanggung jawab sosial perusahaan.",
    ],
    program_dim_text=dict(
        governance="Program pada dimensi smart governance memprioritaskan layanan perizinan dan kependudukan yang paling sering diakses warga, serta fondasi SPBE yang dibutuhkan seluruh perangkat daerah.",
        branding="Program dimensi smart branding difokuskan pada wisata bahari, promosi investasi sektor perikanan dan penataan wajah kota di koridor pantai.",
        economy="Program dimensi smart economy menyasar UMKM, industri pengolahan ikan, keluarga rentan dan perluasan transaksi non-tunai.",
        living="Program dimensi smart living memadukan layanan kesehatan, tata ruang dan transportasi.",
        society="Program dimensi smart society memperkuat komunitas, pendidikan dan keamanan warga.",
        environment="Program dimensi smart environment menjawab isu banjir, rob, air bersih, sampah dan energi.",
    ),
    programmes=[
        ("mpp", dict(year="2023-2024", budget=4_500_000_000)),
        ("adminduk", dict(year="2023", budget=850_000_000)),
        ("spbe", dict(year="2023-2027", budget=6_200_000_000)),
        ("tnde", dict(year="2023", budget=650_000_000)),
        ("satudata", dict(year="2023-2025", budget=1_750_000_000)),
        ("eplanning", dict(year="2024", budget=1_200_000_000)),
        ("portal_wisata", dict(year="2023-2024", budget=900_000_000, budget_words=True)),
        (
            "event_wisata",
            dict(
                year="2024-2027", budget=1_600_000_000, budget_words=True, name="Kalender Event Festival Bahari Digital"
            ),
        ),
        ("peta_investasi", dict(year="2024", budget=750_000_000)),
        ("forum_bisnis", dict(year="2024-2027", budget=2_000_000_000)),
        ("rth_wifi", dict(year="2023-2026", budget=7_500_000_000)),
        ("pkl_zonasi", dict(year="2024-2025", budget=1_100_000_000)),
        ("inkubator", dict(year="2024-2027", budget=3_200_000_000)),
        ("siikm", dict(year="2023", budget=450_000_000)),
        ("umkm_go", dict(year="2023-2027", budget=2_500_000_000)),
        ("dtks", dict(year="2023-2024", budget=1_300_000_000)),
        ("bursa_kerja", dict(year="2024", budget=600_000_000)),
        ("etpd", dict(year="2023-2025", budget=800_000_000)),
        ("qris_pajak", dict(year="2023", budget=500_000_000)),
        ("epasar", dict(year="2024-2025", budget=700_000_000)),
        ("sitaru", dict(year="2024-2025", budget=1_450_000_000)),
        ("perkim", dict(year="2025", budget=900_000_000)),
        ("sik", dict(year="2023-2025", budget=5_400_000_000)),
        ("stunting", dict(year="2023-2024", budget=1_250_000_000)),
        ("psc119", dict(year="2024", budget=2_800_000_000)),
        ("atcs", dict(year="2023-2026", budget=12_000_000_000, budget_words=True)),
        ("eparkir", dict(year="2024-2025", budget=1_800_000_000)),
        ("komunitas", dict(year="2024", budget=350_000_000)),
        (
            "desa_digital",
            dict(
                year="2023-2026",
                budget=2_300_000_000,
                name="Kelurahan Digital",
                indicator="Jumlah kelurahan dengan layanan dan informasi digital",
                target="38 kelurahan",
                opd="Bagian Tata Pemerintahan Setda",
            ),
        ),
        ("sekolah_digital", dict(year="2023-2027", budget=8_000_000_000)),
        ("literasi", dict(year="2023-2027", budget=750_000_000)),
        ("call112", dict(year="2023", budget=1_900_000_000)),
        ("cctv", dict(year="2023-2026", budget=6_000_000_000)),
        (
            "ews",
            dict(
                year="2023-2024",
                budget=3_600_000_000,
                name="Sistem Peringatan Dini Banjir dan Rob",
                indicator="Jumlah sensor tinggi muka air dan pasang surut yang beroperasi",
            ),
        ),
        ("spam", dict(year="2024-2026", budget=2_100_000_000)),
        ("rawan_bencana", dict(year="2023", budget=400_000_000)),
        ("bank_sampah", dict(year="2023-2025", budget=950_000_000)),
        ("armada_gps", dict(year="2023", budget=1_150_000_000)),
        ("pju_surya", dict(year="2024-2027", budget=9_500_000_000, budget_words=True)),
        ("plts_atap", dict(year="2025-2027", budget=4_000_000_000)),
    ],
    quickwin_intro=[
        "Quick win adalah program yang dapat dilaksanakan dalam waktu singkat, umumnya kurang dari satu tahun, dengan memanfaatkan sumber daya yang sudah tersedia, dan hasilnya segera dirasakan masyarakat. Program quick win Kota Nusa Permai dipilih berdasarkan tiga kriteria: kesiapan anggaran tahun 2023, kesiapan perangkat daerah pelaksana, dan dampak langsung terhadap isu strategis RPJMD.",
    ],
    quickwins=[
        (
            "Layanan Panggilan Darurat 112 Terpadu",
            "Smart Society",
            "Beroperasi 24 jam",
            "2023",
            "Dinas Komunikasi dan Informatika",
        ),
        (
            "Pembayaran Pajak dan Retribusi Daerah Non-Tunai",
            "Smart Economy",
            "PBB dan retribusi pasar via QRIS",
            "2023",
            "Badan Pendapatan Daerah",
        ),
        ("Tata Naskah Dinas Elektronik (TNDE)", "Smart Governance", "100% OPD", "2023", "Bagian Organisasi Setda"),
        (
            "Peta Digital Kawasan Rawan Bencana",
            "Smart Environment",
            "38 kelurahan",
            "2023",
            "Badan Penanggulangan Bencana Daerah",
        ),
        (
            "Armada Pengangkut Sampah Ber-GPS",
            "Smart Environment",
            "45 truk terpantau",
            "2023",
            "Dinas Lingkungan Hidup",
        ),
        (
            "Portal dan Aplikasi Informasi Pariwisata Terpadu",
            "Smart Branding",
            "Portal daring aktif",
            "2023",
            "Dinas Kebudayaan dan Pariwisata",
        ),
    ],
    quickwin_after=[
        "Pelaksanaan quick win dipantau oleh Tim Pelaksana setiap bulan dan dilaporkan kepada Dewan Smart City setiap triwulan. Keberhasilan quick win diharapkan membangun kepercayaan masyarakat dan perangkat daerah terhadap agenda smart city sehingga program jangka menengah dapat berjalan dengan dukungan yang lebih luas.",
    ],
    roadmap=[
        (
            "Jangka Pendek (2023-2024)",
            [
                "Tahap jangka pendek berfokus pada fondasi: regulasi, konsolidasi pusat data, layanan darurat 112, serta quick win yang dapat segera dirasakan warga."
            ],
            [
                "Penetapan Perwal tata kelola data dan SOP Command Center;",
                "Operasional layanan 112 dan TNDE;",
                "Peluncuran portal pariwisata dan pembayaran pajak non-tunai;",
                "Pemasangan sensor peringatan dini di muara Sungai Cemara.",
            ],
        ),
        (
            "Jangka Menengah (2025-2026)",
            [
                "Tahap jangka menengah berfokus pada integrasi layanan antarperangkat daerah dan perluasan cakupan program ke seluruh kecamatan."
            ],
            [
                "Integrasi rekam medis puskesmas dan RSUD;",
                "ATCS pada 24 simpang;",
                "Sistem informasi pelayanan air bersih dan air limbah;",
                "Perluasan bank sampah digital ke seluruh kelurahan.",
            ],
        ),
        (
            "Jangka Panjang (2027 dan seterusnya)",
            [
                "Tahap jangka panjang berfokus pada keberlanjutan, evaluasi dampak dan replikasi praktik baik, termasuk penyusunan masterplan periode berikutnya."
            ],
            [
                "Evaluasi dampak program terhadap indikator RPJMD;",
                "PLTS atap pada gedung pemerintah;",
                "Penyusunan Masterplan Smart City 2028-2032.",
            ],
        ),
    ],
    roadmap_table=(
        ["Dimensi", "2023", "2024", "2025", "2026", "2027"],
        [
            [
                "Smart Governance",
                "TNDE, Satu Data",
                "MPP Digital, e-Planning",
                "Integrasi SPBE",
                "Audit TIK",
                "Indeks SPBE 3,50",
            ],
            [
                "Smart Branding",
                "Portal pariwisata",
                "Forum bisnis, PKL zonasi",
                "Taman tematik",
                "Festival bahari digital",
                "Evaluasi citra kota",
            ],
            [
                "Smart Economy",
                "QRIS pajak, SIIKM",
                "Bursa kerja, e-Pasar",
                "Inkubator",
                "UMKM Go Digital",
                "5.000 UMKM daring",
            ],
            [
                "Smart Living",
                "Rekam medis tahap I",
                "PSC 119, e-Parkir",
                "SITARU",
                "ATCS 24 simpang",
                "Evaluasi layanan",
            ],
            [
                "Smart Society",
                "Layanan 112",
                "Portal komunitas",
                "Kelurahan digital",
                "CCTV 300 titik",
                "Sekolah digital 100%",
            ],
            ["Smart Environment", "EWS, GPS truk", "Bank sampah", "SPAM informasi", "PJU surya", "PLTS atap"],
        ],
    ),
    penutup=[
        "Masterplan Smart City Kota Nusa Permai Tahun 2023-2027 merupakan pedoman bersama yang mengikat komitmen pemerintah kota dan seluruh pemangku kepentingan. Keberhasilan pelaksanaannya tidak ditentukan oleh banyaknya aplikasi, tetapi oleh seberapa jauh program-program di dalamnya menjawab persoalan nyata warga: rob yang berulang, antrean layanan, kemacetan di pelabuhan dan kesempatan kerja bagi generasi muda.",
        "Dokumen ini akan dievaluasi setiap tahun oleh Dewan Smart City dan dapat ditinjau ulang apabila terjadi perubahan kebijakan nasional maupun daerah. Dengan semangat kolaborasi penta helix, kami optimistis Nusa Permai dapat tumbuh menjadi kota pesisir cerdas yang melayani, tangguh dan sejahtera.",
    ],
    rpjmd=dict(
        period="2021-2026",
        perda="4 Tahun 2021",
        isu_style="numbered",
        intro=[
            "Permasalahan pembangunan daerah merupakan kesenjangan antara kinerja pembangunan yang dicapai dengan yang direncanakan, serta antara apa yang ingin dicapai di masa datang dengan kondisi riil saat perencanaan disusun. Identifikasi permasalahan dilakukan terhadap seluruh urusan pemerintahan yang menjadi kewenangan Kota Nusa Permai.",
            "Isu strategis adalah kondisi atau hal yang harus diperhatikan atau dikedepankan dalam perencanaan pembangunan daerah karena dampaknya yang signifikan bagi daerah di masa datang. Isu strategis dirumuskan dengan memperhatikan permasalahan pembangunan daerah, isu strategis nasional dan provinsi, serta masukan dari forum konsultasi publik.",
        ],
        permasalahan=[
            "Berdasarkan evaluasi RPJMD periode sebelumnya, sebagian besar indikator kinerja urusan wajib pelayanan dasar telah tercapai, namun beberapa indikator belum memenuhi target, antara lain cakupan pelayanan air minum perpipaan, persentase jalan lingkungan dengan drainase memadai, dan prevalensi stunting. Pandemi Covid-19 juga berdampak pada meningkatnya angka kemiskinan dan pengangguran terbuka pada tahun 2020.",
            "Permasalahan pokok per urusan diidentifikasi melalui telaahan Renstra perangkat daerah, data statistik sektoral dan hasil Musrenbang RPJMD. Ringkasan permasalahan pokok disajikan pada Tabel 4.1.",
        ],
        permasalahan_table=[
            (
                "Pekerjaan Umum dan Penataan Ruang",
                "Genangan dan banjir rob di kawasan selatan kota",
                "Kapasitas drainase terbatas, penurunan muka tanah, pasang tinggi",
            ),
            (
                "Pekerjaan Umum dan Penataan Ruang",
                "Cakupan air minum perpipaan baru 61% rumah tangga",
                "Keterbatasan sumber air baku dan jaringan distribusi",
            ),
            (
                "Perhubungan",
                "Kemacetan di koridor pelabuhan pada jam sibuk",
                "Bercampurnya angkutan barang dan kendaraan pribadi, parkir tepi jalan",
            ),
            (
                "Lingkungan Hidup",
                "Timbulan sampah meningkat, TPA mendekati kapasitas",
                "Rendahnya pemilahan di sumber, terbatasnya armada",
            ),
            (
                "Sosial",
                "Angka kemiskinan naik menjadi 8,9% pada 2020",
                "Dampak pandemi, pendapatan nelayan bergantung musim",
            ),
            ("Kesehatan", "Prevalensi stunting 19,2%", "Pola asuh, akses sanitasi, pemantauan gizi belum optimal"),
            (
                "Tenaga Kerja",
                "Tingkat pengangguran terbuka 7,8%",
                "Ketidaksesuaian keterampilan dengan kebutuhan industri",
            ),
            ("Koperasi dan UKM", "Rendahnya daya saing UMKM", "Akses pasar, pembiayaan dan pemasaran digital terbatas"),
            (
                "Pariwisata",
                "Potensi wisata bahari belum dikelola terpadu",
                "Promosi terbatas, fasilitas destinasi kurang",
            ),
            (
                "Komunikasi dan Informatika",
                "Integrasi layanan dan data pemerintah belum optimal",
                "Aplikasi tersebar, SDM TIK terbatas",
            ),
        ],
        isu_intro=[
            "Dengan mempertimbangkan permasalahan pembangunan, arah kebijakan nasional dan provinsi, serta masukan masyarakat, isu strategis pembangunan Kota Nusa Permai Tahun 2021-2026 dirumuskan sebagai berikut:",
        ],
        issues=[
            dict(
                text="Tingginya risiko banjir, rob dan kerentanan kawasan pesisir",
                categories=["disaster", "environment"],
                explain=[
                    "Kawasan selatan kota berulang kali tergenang akibat kombinasi hujan lebat, pasang tinggi dan penurunan muka tanah. Perubahan iklim diperkirakan memperbesar frekuensi kejadian rob dalam sepuluh tahun ke depan."
                ],
            ),
            dict(
                text="Kemacetan lalu lintas di koridor pelabuhan dan pusat kota",
                categories=["transport"],
                explain=[
                    "Pertumbuhan kendaraan bermotor mencapai 6 persen per tahun, jauh melampaui pertambahan panjang jalan. Truk angkutan ikan dan kendaraan pribadi bercampur pada ruas yang sama."
                ],
            ),
            dict(
                text="Peningkatan timbulan sampah dan keterbatasan kapasitas TPA",
                categories=["waste"],
                explain=[
                    "Timbulan sampah kota mencapai 310 ton per hari, sementara baru 72 persen yang terangkut ke TPA. Sampah di pantai dan muara sungai menurunkan kualitas lingkungan pesisir."
                ],
            ),
            dict(
                text="Masih tingginya angka kemiskinan dan kerentanan keluarga nelayan",
                categories=["poverty", "social_welfare"],
                explain=[
                    "Angka kemiskinan meningkat menjadi 8,9 persen pada tahun 2020. Keluarga nelayan tradisional dan buruh pelabuhan merupakan kelompok paling rentan terhadap guncangan pendapatan."
                ],
            ),
            dict(
                text="Terbatasnya akses air bersih dan sanitasi layak di permukiman pesisir",
                categories=["clean_water"],
                explain=[
                    "Cakupan air minum perpipaan baru 61 persen, dan sebagian sumur warga pesisir terintrusi air laut. Akses sanitasi aman juga masih rendah di permukiman padat."
                ],
            ),
            dict(
                text="Belum optimalnya kualitas pelayanan publik dan tata kelola pemerintahan",
                categories=["governance", "digital"],
                explain=[
                    "Indeks kepuasan masyarakat baru mencapai 78,2, dan integrasi layanan antarperangkat daerah belum berjalan. Pemanfaatan teknologi informasi perlu dipercepat melalui SPBE."
                ],
            ),
            dict(
                text="Rendahnya daya saing ekonomi lokal, UMKM dan pariwisata",
                categories=["economy", "tourism_culture"],
                explain=[
                    "UMKM menghadapi keterbatasan akses pasar dan pembiayaan, sementara potensi wisata bahari belum dikelola secara terpadu."
                ],
            ),
            dict(
                text="Masih tingginya prevalensi stunting dan tantangan derajat kesehatan",
                categories=["health"],
                explain=[
                    "Prevalensi stunting sebesar 19,2 persen memerlukan intervensi gizi spesifik dan sensitif yang terkoordinasi lintas sektor."
                ],
            ),
        ],
        penutup_bab=[
            "Isu-isu strategis tersebut menjadi dasar perumusan visi, misi, tujuan dan sasaran pembangunan daerah pada BAB V, serta strategi dan arah kebijakan pada bab-bab berikutnya."
        ],
        visi="Visi pembangunan Kota Nusa Permai Tahun 2021-2026 adalah \u201cNusa Permai yang Sejahtera, Berdaya Saing dan Berwawasan Lingkungan\u201d.",
        misi=[
            "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berkarakter;",
            "Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani;",
            "Memperkuat ekonomi lokal berbasis kebaharian dan UMKM;",
            "Membangun infrastruktur kota yang tangguh dan berwawasan lingkungan;",
            "Mewujudkan kehidupan masyarakat yang aman, rukun dan sejahtera.",
        ],
        tujuan=[
            ("Meningkatkan kualitas SDM", "Indeks Pembangunan Manusia"),
            (
                "Meningkatkan kualitas tata kelola dan pelayanan publik",
                "Indeks Reformasi Birokrasi; Indeks Kepuasan Masyarakat",
            ),
            ("Meningkatkan pertumbuhan ekonomi yang inklusif", "Laju pertumbuhan ekonomi; persentase penduduk miskin"),
            (
                "Meningkatkan kualitas infrastruktur dan lingkungan",
                "Persentase kawasan bebas genangan; cakupan air minum layak",
            ),
            ("Meningkatkan ketenteraman dan kesejahteraan sosial", "Indeks kesalehan sosial; angka kriminalitas"),
        ],
    ),
    site=dict(
        name="Warta Nusa Permai",
        tagline="Kabar Terkini Kota Bahari",
        menu=["Pemerintahan", "Ekonomi", "Pendidikan", "Kesehatan", "Olahraga", "Opini"],
        popular=[
            "Ribuan Warga Padati Festival Bahari di Pantai Pasir Putih",
            "Harga Ikan Tongkol di Pasar Teluk Biru Turun Jelang Musim Angin Barat",
            "DPRD Setujui APBD Perubahan Kota Nusa Permai 2022",
            "Jembatan Sungai Cemara Mulai Diperbaiki Pekan Depan",
        ],
    ),
    news=[
        dict(
            fmt="html",
            slug="berita_mou_kominfo",
            year=2022,
            category="Pemerintahan",
            headline="Pemkot Nusa Permai Teken MoU Gerakan Menuju 100 Smart City dengan Kominfo",
            date_long="Selasa, 24 Mei 2022",
            author="Redaksi",
            views=1432,
            caption="Wali Kota Nusa Permai menandatangani nota kesepahaman di Jakarta.",
            body=[
                "NUSA PERMAI \u2013 Pemerintah Kota Nusa Permai resmi bergabung dalam Gerakan Menuju 100 Smart City setelah Wali Kota H. Ardiansyah Rahman menandatangani nota kesepahaman (MoU) dengan Kementerian Komunikasi dan Informatika, Selasa (24/5/2022). Penandatanganan berlangsung di Jakarta bersama 49 kabupaten/kota lain peserta tahun ini.",
                "Ardiansyah mengatakan keikutsertaan ini menjadi momentum untuk membenahi layanan pemerintahan yang selama ini berjalan sendiri-sendiri. \u201cKita punya banyak aplikasi, tetapi tidak saling terhubung. Lewat pendampingan Kominfo, kita ingin punya satu peta jalan yang jelas,\u201d ujarnya.",
                "Kepala Dinas Komunikasi dan Informatika Kota Nusa Permai, Rini Septiani, S.Kom., M.T., menjelaskan bahwa setelah MoU, pemkot akan mengikuti empat tahap bimbingan teknis untuk menyusun masterplan smart city. Tim penyusun melibatkan seluruh perangkat daerah, Universitas Bahari Nusa Permai serta komunitas TIK.",
                "Menurut Rini, masterplan yang disusun wajib selaras dengan RPJMD, sehingga isu seperti banjir rob, kemacetan di koridor pelabuhan dan sampah pesisir akan menjadi perhatian utama. Dokumen ditargetkan rampung pada November 2022.",
            ],
            baca_juga=[
                "Diskominfo Nusa Permai Tambah 40 Titik WiFi Publik di Taman Kota",
                "Wali Kota Minta OPD Tidak Lagi Bikin Aplikasi Sendiri-Sendiri",
            ],
            byline=[("Penulis", "Dimas Prasetyo"), ("Editor", "Lestari W."), ("Sumber", "Diskominfo Kota Nusa Permai")],
            tags=["smart city", "Kominfo", "Nusa Permai"],
        ),
        dict(
            fmt="txt",
            slug="berita_bintek_tahap2",
            year=2022,
            category="Pemerintahan",
            headline="Bintek Tahap II Smart City, OPD Nusa Permai Diminta Serius Susun Program",
            date_long="Kamis, 2 Juni 2022",
            author="Admin",
            views=611,
            body=[
                "NUSA PERMAI \u2013 Sekretaris Daerah Kota Nusa Permai, Drs. Yusuf Halim, M.M., meminta seluruh perangkat daerah serius mengikuti bimbingan teknis (bintek) tahap II Gerakan Menuju 100 Smart City yang digelar di Aula Bappeda, Kamis (2/6).",
                "Bintek tahap II membahas analisis strategis dan penyusunan visi misi smart city. Narasumber dari Kementerian Kominfo memaparkan enam dimensi smart city, yaitu smart governance, smart branding, smart economy, smart living, smart society dan smart environment.",
                "\u201cJangan sampai program yang ditulis di masterplan hanya daftar keinginan. Harus ada indikatornya, targetnya, tahunnya, dan siapa yang bertanggung jawab,\u201d tegas Yusuf di hadapan peserta.",
                "Dalam sesi diskusi, Dinas Lingkungan Hidup mengusulkan sistem peringatan dini banjir rob, sementara Dinas Perhubungan mengusulkan pengaturan lalu lintas adaptif di koridor pelabuhan. Kegiatan berlangsung selama tiga hari hingga Sabtu (4/6).",
            ],
            baca_juga=[
                "Pemkot Nusa Permai Teken MoU Gerakan Menuju 100 Smart City dengan Kominfo",
                "Mahasiswa Universitas Bahari Ikut Petakan Titik Rawan Rob",
            ],
            byline=[
                ("Penulis", "Admin Diskominfo"),
                ("Foto", "Humas Pemkot Nusa Permai"),
                ("Sumber", "nusapermaikota.go.id (fiktif)"),
            ],
            tags=["bintek", "smart city"],
        ),
        dict(
            fmt="html",
            slug="berita_evaluasi_nilai",
            year=2023,
            category="Pemerintahan",
            headline="Evaluasi Smart City, Kota Nusa Permai Raih Nilai 3,44",
            date_long="Rabu, 15 November 2023",
            author="Lestari W.",
            views=2087,
            caption="Tim evaluator Kominfo meninjau Command Center Balai Kota.",
            body=[
                "NUSA PERMAI \u2013 Kota Nusa Permai memperoleh nilai 3,44 dalam evaluasi implementasi Gerakan Menuju 100 Smart City tahun 2023 yang dilakukan Kementerian Komunikasi dan Informatika. Hasil evaluasi disampaikan dalam rapat pleno di Balai Kota, Rabu (15/11/2023).",
                "Evaluasi mencakup aspek baseline, output, outcome, impact serta pelaksanaan quick win. Layanan panggilan darurat 112 dan pembayaran pajak non-tunai dinilai sebagai quick win yang paling dirasakan warga.",
                "\u201cNilai 3,44 ini bukan akhir. Catatan evaluator soal integrasi data antar-OPD harus kita tindak lanjuti tahun depan,\u201d kata Wali Kota H. Ardiansyah Rahman.",
                "Kepala Diskominfo Rini Septiani menambahkan, pada semester pertama 2023 nilai kota masih 3,17. Kenaikan dipengaruhi beroperasinya tata naskah dinas elektronik di seluruh perangkat daerah dan peta rawan bencana tingkat kelurahan.",
                "Ke depan, pemkot akan memprioritaskan integrasi rekam medis puskesmas dan perluasan ATCS sesuai peta jalan masterplan.",
            ],
            baca_juga=[
                "Layanan 112 Nusa Permai Terima 9.000 Panggilan dalam Setahun",
                "Pedagang Pasar Teluk Biru Mulai Terima Pembayaran QRIS",
            ],
            byline=[("Penulis", "Lestari W."), ("Editor", "Dimas Prasetyo"), ("Foto", "Humas Pemkot")],
            tags=["evaluasi", "smart city", "Kominfo"],
        ),
        dict(
            fmt="txt",
            slug="berita_peluncuran_112",
            year=2023,
            category="Pemerintahan",
            headline="Quick Win Smart City: Layanan Darurat 112 Nusa Permai Resmi Diluncurkan",
            date_long="Senin, 13 Maret 2023",
            author="Redaksi",
            views=958,
            body=[
                "NUSA PERMAI \u2013 Warga Kota Nusa Permai kini cukup menghubungi satu nomor, 112, untuk melaporkan kebakaran, kecelakaan, banjir maupun gangguan keamanan. Layanan bebas pulsa itu diluncurkan Wali Kota di Command Center Balai Kota, Senin (13/3/2023).",
                "Layanan 112 merupakan salah satu program quick win dalam Masterplan Smart City Kota Nusa Permai 2023-2027. Operator bekerja dalam tiga sif selama 24 jam dan terhubung dengan Polres, Dinas Pemadam Kebakaran, BPBD serta PSC 119.",
                "\u201cDulu warga bingung harus menelepon ke mana. Sekarang satu nomor, dan laporan langsung kami teruskan ke petugas terdekat,\u201d kata Kepala Bidang Aplikasi Informatika Diskominfo, Andi Saputra.",
                "Pada hari pertama, operator menerima 46 panggilan, sebagian besar berupa panggilan uji coba dan pertanyaan warga. Diskominfo mengimbau warga tidak menyalahgunakan layanan untuk panggilan iseng.",
            ],
            baca_juga=[
                "Evaluasi Smart City, Kota Nusa Permai Raih Nilai 3,44",
                "Damkar Nusa Permai Padamkan Kebakaran Gudang Ikan di Karang Indah",
            ],
            byline=[("Penulis", "Rahmat H."), ("Editor", "Lestari W."), ("Sumber", "Diskominfo Kota Nusa Permai")],
            tags=["112", "quick win", "smart city"],
        ),
    ],
    notulen=dict(
        filename="notulen_rapat_dewan_smart_city_2023-02.md",
        text="""# NOTULEN RAPAT KOORDINASI DEWAN SMART CITY KOTA NUSA PERMAI

> DOKUMEN CONTOH (SAMPLE) - kota fiktif. Ditulis oleh proyek Telaah.

**Hari/tgl.** : Kamis, 16 Februari 2023
**Waktu** : 09.00 - 12.15 WIB
**Tempat** : Ruang Rapat Command Center, Balai Kota, Jl. Merdeka No. 1, Nusa Permai
**Pimpinan rapat** : Sekretaris Daerah Kota Nusa Permai (Drs. Yusuf Halim, M.M.)
**Notulis** : Sdri. Nurul Aini, S.Kom. (Diskominfo)

## Peserta

1. Kepala Dinas Komunikasi dan Informatika
2. Kepala Bappeda
3. Kepala Badan Pendapatan Daerah
4. Kepala Dinas Kesehatan (diwakili Sekretaris Dinas, dr. Maya Kartika)
5. Kepala Badan Penanggulangan Bencana Daerah
6. Perwakilan Universitas Bahari Nusa Permai
7. Perwakilan Kamar Dagang dan Industri Kota Nusa Permai

## Agenda

- Laporan kemajuan quick win smart city triwulan I 2023
- Persiapan peluncuran layanan darurat 112
- Tindak lanjut catatan bimbingan teknis Kominfo

## Pokok Pembahasan

1. **Layanan 112.** Diskominfo melaporkan bahwa uji coba internal telah berjalan dua minggu. Masih diperlukan SK Wali Kota tentang SOP penanganan panggilan darurat dan perjanjian kerja sama dengan Polres. Peluncuran direncanakan tgl. 13 Maret 2023.
2. **Pajak non-tunai.** Bapenda menyampaikan 61% penerimaan PBB triwulan I telah melalui kanal non-tunai. Kendala utama berada pada wajib pajak lansia di Kec. Bukit Cempaka.
3. **Peta rawan bencana.** BPBD telah menyelesaikan peta risiko 22 dari 38 kelurahan. Sisa kelurahan ditargetkan selesai Mei 2023.
4. **Catatan Kominfo.** Evaluator meminta agar indikator program dalam masterplan dicantumkan dalam Renstra OPD. Bappeda akan menerbitkan surat edaran kepada seluruh OPD.

## Kesimpulan dan Tindak Lanjut

| No. | Tindak lanjut | Penanggung jawab | Tenggat |
|---|---|---|---|
| 1 | Draf SK SOP layanan 112 | Bagian Hukum Setda, Diskominfo | 1 Maret 2023 |
| 2 | Sosialisasi pembayaran PBB non-tunai bagi lansia | Bapenda | Maret 2023 |
| 3 | Surat edaran penyelarasan Renstra OPD | Bappeda | 28 Februari 2023 |
| 4 | Penyelesaian peta risiko bencana | BPBD | Mei 2023 |

Rapat ditutup pukul 12.15 WIB.

Nusa Permai, 16 Februari 2023
Notulis,

Nurul Aini, S.Kom.
""",
    ),
)
