"""Kabupaten Gunung Arum (FICTIONAL): RPJMD issues ignored by the masterplan.

Demonstrates: the RPJMD (isu strategis written as paragraphs "Isu strategis pertama ...")
names poverty (kemiskinan) and clean water/sanitation as strategic issues, but the
masterplan never addresses them anywhere; everything else is reasonable.
"""

CITY = dict(
    slug="gunung_arum",
    name="Kabupaten Gunung Arum",
    short="Gunung Arum",
    type="kabupaten",
    province="Provinsi Tanah Tinggi",
    period="2023-2027",
    evaluation_score=3.05,
    missing_dimensions=[],
    bare_programmes=False,
    ignored_issues=["poverty", "clean_water"],
    notes="Masterplan silently omits two RPJMD strategic issues: kemiskinan and air bersih/sanitasi.",
    signoff_place="Arum Kota, 2 Desember 2022",
    head_title="BUPATI GUNUNG ARUM,",
    head_name="Dr. H. SUTRISNO WIBOWO, M.Si.",
    kata_pengantar=[
        "Assalamu'alaikum warahmatullahi wabarakatuh. Dengan mengucap syukur ke hadirat Allah SWT, kami menyambut baik tersusunnya Masterplan Smart City Kabupaten Gunung Arum Tahun 2023-2027. Dokumen ini lahir dari proses panjang sejak Kabupaten Gunung Arum dinyatakan sebagai peserta Gerakan Menuju 100 Smart City oleh Kementerian Komunikasi dan Informatika pada pertengahan tahun 2022.",
        "Kabupaten Gunung Arum adalah daerah pegunungan dengan kebun kopi, teh dan sayuran yang membentang di lereng Gunung Arum. Keindahan alam tersebut datang bersama risiko: erupsi, tanah longsor, dan desa-desa yang terpencil karena jalan yang sempit dan berkelok. Karena itu kami memaknai smart city sebagai upaya mendekatkan layanan, memperkuat kesiapsiagaan, dan membuka akses pasar bagi petani, bukan sekadar membangun aplikasi.",
        "Terima kasih kami sampaikan kepada tim bimbingan teknis Kementerian Kominfo, Dewan Smart City, seluruh perangkat daerah, Politeknik Pertanian Gunung Arum, koperasi petani kopi, para kepala desa serta rekan-rekan media. Semoga Allah SWT meridai ikhtiar kita bersama. Wassalamu'alaikum warahmatullahi wabarakatuh.",
    ],
    latar_belakang=[
        "Kabupaten Gunung Arum memiliki 14 kecamatan dan 196 desa yang sebagian besar terletak di ketinggian 600 hingga 1.800 meter di atas permukaan laut. Jarak terjauh dari desa ke ibu kota kabupaten, Arum Kota, mencapai 74 km dengan waktu tempuh lebih dari tiga jam. Bagi warga di desa-desa terjauh, mengurus dokumen kependudukan atau perizinan usaha berarti kehilangan satu hari kerja dan biaya perjalanan yang tidak sedikit.",
        "Sektor pertanian masih menyerap 58 persen tenaga kerja. Kopi arabika Gunung Arum telah memperoleh sertifikat indikasi geografis, tetapi sebagian besar petani menjual biji kopi dalam bentuk gelondong kepada pengepul dengan harga rendah. Informasi harga, permintaan pasar dan praktik budidaya yang baik belum sampai secara merata kepada petani, padahal jaringan seluler 4G kini telah menjangkau 81 persen desa.",
        "Sebagai daerah yang berada di kawasan rawan bencana gunung api, Kabupaten Gunung Arum juga menghadapi kebutuhan mendesak akan sistem informasi kebencanaan yang andal. Erupsi freatik pada tahun 2019 menunjukkan bahwa penyebaran informasi evakuasi melalui pengeras suara masjid dan pesan berantai belum cukup cepat dan akurat.",
        "Dalam kerangka tersebut, penyusunan masterplan smart city menjadi kebutuhan strategis untuk menyatukan berbagai inisiatif digital perangkat daerah yang selama ini berjalan terpisah. Dokumen ini disusun melalui empat tahap bimbingan teknis bersama Kementerian Kominfo dan mengacu pada RPJMD Kabupaten Gunung Arum Tahun 2021-2026.",
    ],
    maksud="Masterplan ini dimaksudkan sebagai dokumen perencanaan induk yang memberikan arah pengembangan Kabupaten Gunung Arum sebagai kabupaten cerdas selama periode 2023-2027, sekaligus menjadi rujukan bagi perangkat daerah dalam menyusun Renstra dan Renja.",
    tujuan=[
        "Menyediakan analisis kesiapan daerah dalam mengembangkan kabupaten cerdas;",
        "Merumuskan visi, misi dan strategi smart city yang berpijak pada karakter daerah pegunungan;",
        "Menetapkan program pengembangan, program quick win dan peta jalan pelaksanaan;",
        "Membangun komitmen bersama antara pemerintah daerah, akademisi, dunia usaha, komunitas dan media.",
    ],
    dasar_hukum_lokal=[
        "Peraturan Daerah Kabupaten Gunung Arum Nomor 6 Tahun 2021 tentang RPJMD Kabupaten Gunung Arum Tahun 2021-2026;",
        "Peraturan Bupati Gunung Arum Nomor 12 Tahun 2022 tentang Sistem Pemerintahan Berbasis Elektronik;",
        "Keputusan Bupati Gunung Arum Nomor 188.45/301/KPTS/2022 tentang Dewan Smart City Kabupaten Gunung Arum.",
    ],
    ruang_lingkup="Lingkup wilayah masterplan adalah seluruh wilayah Kabupaten Gunung Arum seluas 1.284 km2, meliputi 14 kecamatan dan 196 desa. Lingkup substansi mencakup enam dimensi smart city dengan penekanan pada pelayanan publik yang menjangkau desa terpencil, kesiapsiagaan bencana, hilirisasi kopi dan hortikultura, serta pariwisata alam pegunungan.",
    analisis_intro="Analisis strategis dilakukan melalui telaah dokumen, survei kesiapan terhadap 32 perangkat daerah, kunjungan lapangan ke enam desa, serta diskusi kelompok terarah dengan petani kopi, pelaku wisata dan relawan kebencanaan.",
    gambaran_umum=[
        (
            "2.1.1 Letak dan Kondisi Fisik",
            [
                "Kabupaten Gunung Arum berada di bagian tengah Provinsi Tanah Tinggi dan berbatasan dengan tiga kabupaten lain. Wilayahnya didominasi lereng dengan kemiringan di atas 25 persen, terutama di sekitar kerucut Gunung Arum yang masih aktif. Curah hujan tahunan rata-rata 2.900 mm menjadikan kawasan ini subur, sekaligus rawan tanah longsor pada musim penghujan.",
                "Kawasan rawan bencana gunung api meliputi 23 desa di Kec. Lereng Kidul, Kec. Sumber Wangi dan Kec. Cemara Sewu. Badan Penanggulangan Bencana Daerah mencatat 41 kejadian tanah longsor selama tahun 2021, sebagian di antaranya memutus akses jalan antarkecamatan selama beberapa hari.",
            ],
        ),
        (
            "2.1.2 Penduduk dan Sosial Budaya",
            [
                "Penduduk Kabupaten Gunung Arum berjumlah 612.870 jiwa dengan kepadatan 477 jiwa per km2. Permukiman tersebar dalam dusun-dusun kecil di lereng dan lembah. Ikatan sosial masyarakat masih kuat, terlihat dari tradisi sambatan dan kelompok arisan yang juga menjadi simpul penyebaran informasi di desa.",
                "Rata-rata lama sekolah penduduk baru 7,6 tahun. Banyak lulusan SMP di desa-desa atas tidak melanjutkan ke SMA karena jarak sekolah yang jauh. Kondisi ini menjadi tantangan bagi pengembangan sumber daya manusia yang cakap digital.",
            ],
        ),
        (
            "2.1.3 Perekonomian Daerah",
            [
                "Struktur ekonomi ditopang oleh pertanian, kehutanan dan perikanan darat (38 persen PDRB), diikuti perdagangan dan industri pengolahan skala kecil. Komoditas unggulan meliputi kopi arabika, teh, kentang, kubis dan susu sapi perah. Produksi kopi mencapai 9.400 ton per tahun, namun baru sekitar 12 persen yang diolah menjadi kopi sangrai di dalam daerah.",
                "Pariwisata alam tumbuh pesat setelah dibukanya jalur pendakian Gunung Arum dan pemandian air panas Sumber Wangi. Jumlah kunjungan wisatawan tahun 2022 mencapai 840 ribu orang, tetapi lama tinggal wisatawan rata-rata hanya 1,3 hari karena terbatasnya informasi paket wisata dan akomodasi.",
            ],
        ),
        (
            "2.1.4 Pelayanan Publik dan Konektivitas",
            [
                "Pelayanan administrasi kependudukan dan perizinan masih terpusat di Arum Kota. Mal Pelayanan Publik yang diresmikan tahun 2021 menampung 18 jenis layanan, namun warga dari kecamatan terjauh harus menempuh perjalanan panjang. Jaringan serat optik pemerintah baru menjangkau 9 dari 14 kantor kecamatan.",
                "Kondisi jalan kabupaten sepanjang 1.126 km, 64 persen dalam kondisi mantap. Angkutan perdesaan terbatas pada jam-jam tertentu sehingga petani banyak bergantung pada kendaraan bak terbuka milik pengepul untuk mengangkut hasil panen.",
            ],
        ),
    ],
    wilayah_table_intro="Luas wilayah, jumlah desa dan penduduk pada kecamatan-kecamatan utama disajikan pada tabel berikut.",
    wilayah_table_caption="Luas Wilayah, Desa dan Penduduk per Kecamatan Kabupaten Gunung Arum Tahun 2021",
    wilayah_table=(
        ["No", "Kecamatan", "Luas (km2)", "Desa", "Penduduk (jiwa)", "Ketinggian (mdpl)"],
        [
            ["1", "Arum Kota", "42,3", "12", "88.410", "640"],
            ["2", "Lereng Kidul", "121,7", "17", "39.120", "1.450"],
            ["3", "Sumber Wangi", "98,4", "15", "41.806", "1.210"],
            ["4", "Cemara Sewu", "134,2", "16", "35.947", "1.620"],
            ["5", "Kebun Teh", "87,9", "13", "44.218", "1.180"],
            ["6", "Wates Arum", "76,5", "14", "52.633", "720"],
            ["7", "Sembilan kecamatan lainnya", "723,0", "109", "310.736", "600-1.400"],
            ["", "Jumlah", "1.284,0", "196", "612.870", "-"],
        ],
    ),
    struktur=[
        "Pemerintah Kabupaten Gunung Arum memiliki 7.214 ASN, namun hanya 23 orang yang memiliki latar belakang pendidikan informatika. Dinas Komunikasi dan Informatika mengandalkan tenaga kontrak untuk pengelolaan jaringan dan pengembangan aplikasi. Di tingkat desa, operator sistem informasi desa umumnya dirangkap oleh perangkat desa yang juga menangani urusan lain.",
        "Alokasi anggaran urusan komunikasi dan informatika tahun 2022 sebesar Rp 9,8 miliar atau 0,8 persen dari belanja daerah. Sebagian besar terserap untuk langganan bandwidth dan pemeliharaan jaringan, sehingga ruang untuk pengembangan layanan baru terbatas. Dana desa berpotensi menjadi sumber pendanaan pendamping untuk program desa digital.",
        "Tata kelola smart city dipimpin Dewan Smart City yang diketuai Bupati, dengan Tim Pelaksana yang diketuai Kepala Bappeda. Politeknik Pertanian Gunung Arum dan Asosiasi Petani Kopi telah menyatakan kesediaan menjadi mitra dalam pengembangan platform pertanian.",
    ],
    infrastruktur=[
        "Infrastruktur digital menjadi tantangan utama. Sebanyak 37 desa masih berada di area dengan sinyal lemah, terutama di lembah-lembah sempit. Pemerintah daerah telah mengusulkan pembangunan BTS melalui program BAKTI dan memanfaatkan akses internet satelit di 18 balai desa.",
        "Infrastruktur fisik berupa jalan dan jembatan terus diperbaiki, tetapi longsor musiman sering merusak ruas yang baru dibangun. Data kondisi jalan belum tersedia dalam sistem yang dapat diperbarui secara cepat, sehingga penentuan prioritas pemeliharaan masih mengandalkan laporan manual kecamatan.",
        "Infrastruktur sosial cukup kuat. Terdapat 196 kelompok relawan desa tangguh bencana, 312 kelompok tani aktif, serta komunitas pemuda pegiat kopi dan pendakian. Modal sosial ini dapat menjadi penggerak adopsi layanan digital apabila didampingi dengan pelatihan yang tepat.",
    ],
    suprastruktur=[
        "Regulasi yang telah tersedia meliputi Peraturan Bupati tentang SPBE dan Peraturan Bupati tentang Pengelolaan Data dan Informasi. Indeks SPBE tahun 2021 sebesar 2,38 dengan predikat Cukup, dengan kelemahan utama pada domain layanan SPBE dan tata kelola.",
        "Kebijakan tentang integrasi sistem informasi desa dengan sistem kabupaten belum ada, sehingga data desa tidak dapat dimanfaatkan untuk perencanaan kabupaten. Selain itu, SOP penyebaran peringatan dini bencana melalui kanal digital perlu ditetapkan agar informasi dari pos pengamatan gunung api dapat sampai ke warga dalam hitungan menit.",
    ],
    kesiapan_intro="Hasil penilaian kesiapan daerah disarikan pada Tabel 2.2.",
    kesiapan=[
        ("Struktur", "SDM TIK", "23 ASN berlatar informatika, bergantung tenaga kontrak", "Rendah"),
        ("Struktur", "Anggaran", "0,8% belanja daerah untuk urusan kominfo", "Rendah"),
        ("Struktur", "Tata kelola", "Dewan Smart City dan Tim Pelaksana terbentuk", "Sedang"),
        ("Infrastruktur", "Jaringan", "37 desa bersinyal lemah; FO di 9 kecamatan", "Rendah"),
        ("Infrastruktur", "Sosial", "Relawan desa tangguh bencana dan kelompok tani aktif", "Tinggi"),
        ("Suprastruktur", "Regulasi SPBE", "Perbup SPBE tersedia; indeks 2,38", "Sedang"),
        ("Suprastruktur", "SOP kebencanaan digital", "Belum tersedia", "Rendah"),
    ],
    swot=dict(
        S=[
            "Kopi arabika bersertifikat indikasi geografis dan komoditas hortikultura unggulan;",
            "Modal sosial yang kuat melalui relawan desa tangguh bencana dan kelompok tani;",
            "Daya tarik wisata alam pegunungan yang terus meningkat;",
            "Komitmen Bupati terhadap pelayanan yang menjangkau desa.",
        ],
        W=[
            "Keterbatasan SDM TIK dan anggaran urusan kominfo;",
            "Jaringan internet belum merata di desa-desa lembah;",
            "Pelayanan publik masih terpusat di ibu kota kabupaten;",
            "Rendahnya rata-rata lama sekolah.",
        ],
        O=[
            "Program BAKTI untuk pembangunan BTS di daerah tertinggal sinyal;",
            "Permintaan pasar kopi spesialti domestik dan ekspor yang tinggi;",
            "Pendampingan Gerakan Menuju 100 Smart City;",
            "Pemanfaatan dana desa untuk desa digital.",
        ],
        T=[
            "Ancaman erupsi gunung api dan tanah longsor;",
            "Fluktuasi harga komoditas pertanian;",
            "Perubahan iklim yang memengaruhi pola tanam;",
            "Persaingan destinasi wisata pegunungan di daerah sekitar.",
        ],
    ),
    swot_strategi="Strategi prioritas yang dihasilkan adalah mendekatkan layanan ke desa melalui kanal digital dan layanan keliling (W-O), membangun platform informasi pasar dan budidaya kopi bersama politeknik dan asosiasi petani (S-O), serta memperkuat sistem peringatan dini bencana dengan melibatkan relawan desa (S-T).",
    keselarasan_intro="Keselarasan masterplan dengan isu strategis RPJMD Kabupaten Gunung Arum Tahun 2021-2026 digambarkan pada tabel berikut.",
    keselarasan=[
        (
            "Kualitas sumber daya manusia dan akses pendidikan",
            "Smart Society",
            "Sekolah Digital dan Pembelajaran Daring; Perpustakaan Digital Daerah",
        ),
        (
            "Risiko bencana erupsi gunung api dan tanah longsor",
            "Smart Environment",
            "Sistem Peringatan Dini Erupsi dan Longsor; Peta Digital Kawasan Rawan Bencana",
        ),
        (
            "Keterbatasan infrastruktur jalan dan konektivitas desa",
            "Smart Living",
            "Sistem Informasi Kondisi Jalan dan Jembatan; Desa Digital",
        ),
        (
            "Daya saing pertanian, kopi dan UMKM",
            "Smart Economy",
            "Sentra Agroindustri dan Rantai Pasok Digital; UMKM Go Digital",
        ),
        (
            "Kualitas pelayanan publik dan tata kelola pemerintahan",
            "Smart Governance",
            "Layanan Terpadu Kecamatan Daring; Penerapan SPBE Terintegrasi",
        ),
        ("Derajat kesehatan dan stunting", "Smart Living", "Telemedisin; Aplikasi Pemantauan Gizi Balita"),
    ],
    visi_intro="Dengan berpedoman pada visi RPJMD \u201cGunung Arum Maju, Mandiri dan Berdaya Saing Berlandaskan Iman dan Takwa\u201d, visi smart city Kabupaten Gunung Arum dirumuskan sebagai berikut:",
    visi="Gunung Arum Kabupaten Cerdas yang Melayani Hingga ke Desa, Siaga Bencana dan Berdaya Saing",
    visi_penjelasan=[
        "Melayani hingga ke desa mengandung makna bahwa jarak dan medan pegunungan tidak boleh lagi menjadi penghalang bagi warga untuk memperoleh layanan pemerintah. Siaga bencana menegaskan bahwa setiap warga di kawasan rawan berhak atas informasi peringatan dini yang cepat dan akurat. Berdaya saing bermakna komoditas dan destinasi Gunung Arum mampu bersaing di pasar regional maupun nasional.",
    ],
    misi=[
        "Menghadirkan layanan pemerintahan digital yang menjangkau seluruh desa;",
        "Memperkenalkan Gunung Arum sebagai destinasi wisata alam dan kopi spesialti;",
        "Meningkatkan nilai tambah pertanian dan UMKM melalui pemanfaatan teknologi;",
        "Meningkatkan layanan kesehatan dan konektivitas wilayah;",
        "Membangun masyarakat yang cakap digital dan tangguh;",
        "Memperkuat kesiapsiagaan bencana dan kelestarian lingkungan pegunungan.",
    ],
    tujuan_sasaran=[
        "Tujuan smart city Kabupaten Gunung Arum adalah meningkatnya kualitas dan jangkauan pelayanan publik, daya saing ekonomi lokal, serta ketangguhan masyarakat terhadap bencana. Sasarannya pada tahun 2027 antara lain seluruh kecamatan melayani administrasi secara daring, Indeks SPBE mencapai 3,0, 120 kelompok tani terhubung dengan pembeli melalui platform, dan seluruh desa di kawasan rawan bencana menerima peringatan dini digital.",
    ],
    strategi_intro="Strategi pengembangan dirumuskan untuk setiap dimensi dan elemen dengan memadukan hasil analisis SWOT, masukan forum penta helix dan arah kebijakan RPJMD.",
    dim_intro=dict(
        governance="Strategi smart governance menekankan pelayanan yang mendatangi warga: layanan daring di tingkat kecamatan dan desa, didukung birokrasi yang efisien dan data yang terpadu.",
        branding="Strategi smart branding memposisikan Gunung Arum sebagai tujuan wisata alam dan kopi spesialti, dengan memadukan cerita tentang petani, lanskap pegunungan dan budaya desa.",
        economy="Strategi smart economy berfokus pada hilirisasi kopi dan hortikultura, penguatan UMKM olahan pangan, serta perluasan pembayaran non-tunai di pasar dan layanan pemerintah.",
        living="Strategi smart living menyasar layanan kesehatan jarak jauh, konektivitas jalan desa dan tata ruang yang memperhitungkan risiko bencana.",
        society="Strategi smart society membangun desa digital, pendidikan yang menjangkau siswa di desa atas, serta keamanan dan keselamatan warga.",
        environment="Strategi smart environment memprioritaskan peringatan dini erupsi dan longsor, pengelolaan sampah di kawasan wisata, serta energi surya untuk desa terpencil.",
    ),
    element_text={
        "governance.service": [
            "Layanan terpadu kecamatan daring akan diterapkan di seluruh kecamatan sehingga warga dapat mengurus administrasi tanpa harus ke Arum Kota. Untuk desa tanpa sinyal memadai, layanan keliling dengan perangkat satelit dijadwalkan setiap bulan."
        ],
        "governance.bureaucracy": [
            "Penerapan SPBE difokuskan pada aplikasi umum berbagi pakai, terutama tata naskah dinas elektronik dan e-Kinerja, agar perangkat daerah tidak lagi membangun aplikasi serupa secara terpisah."
        ],
        "governance.policy": [
            "Kebijakan publik diperkuat dengan integrasi data desa ke portal satu data kabupaten serta e-planning yang menghubungkan usulan musrenbang desa dengan RKPD."
        ],
        "branding.tourism": [
            "Promosi wisata alam dilakukan melalui portal pariwisata terpadu yang memuat jalur pendakian, pemandian air panas, kebun teh dan kedai kopi desa. Desa wisata didampingi untuk mengelola pemesanan dan ulasan secara daring."
        ],
        "branding.business": [
            "Etalase produk unggulan menampilkan kopi arabika, teh dan olahan susu dengan kurasi kualitas, foto produk dan cerita asal-usul, sehingga pembeli dari luar daerah dapat bertransaksi langsung dengan produsen."
        ],
        "branding.city_appearance": [
            "Penataan wajah kabupaten dimulai dari gerbang masuk, alun-alun Arum Kota dan koridor menuju kawasan wisata. Penanda arah dan papan informasi digital memudahkan wisatawan menemukan destinasi."
        ],
        "economy.industry": [
            "Sentra agroindustri kopi di Kec. Kebun Teh dikembangkan bersama politeknik dan koperasi. Platform rantai pasok mencatat panen, mutu dan pesanan sehingga petani memperoleh harga yang lebih baik."
        ],
        "economy.welfare": [
            "Kesejahteraan rakyat ditingkatkan melalui bursa kerja daring bagi pemuda desa, pelatihan keterampilan digital, serta sistem informasi harga pangan yang membantu petani dan pedagang mengambil keputusan."
        ],
        "economy.transaction": [
            "Transaksi non-tunai diperluas pada pembayaran pajak daerah, retribusi pasar dan tiket objek wisata, bekerja sama dengan bank daerah dan TP2DD."
        ],
        "living.harmony": [
            "Harmonisasi tata ruang diarahkan pada pengendalian pembangunan di kawasan rawan bencana dan kawasan lindung melalui sistem informasi tata ruang yang dapat diakses warga, serta gerakan hidup aktif di ruang terbuka desa."
        ],
        "living.health": [
            "Telemedisin menghubungkan 26 puskesmas dengan dokter spesialis RSUD Gunung Arum. Aplikasi pemantauan gizi balita digunakan kader posyandu untuk mempercepat penurunan stunting."
        ],
        "living.mobility": [
            "Sistem informasi kondisi jalan dan jembatan menerima laporan warga melalui foto bertitik koordinat, sehingga kerusakan akibat longsor dapat segera ditangani. Informasi jadwal angkutan perdesaan disediakan melalui aplikasi pesan."
        ],
        "society.community": [
            "Desa digital menjadi pusat interaksi warga: balai desa menyediakan akses internet, situs desa dan operator terlatih, sementara komunitas pemuda dilibatkan sebagai pendamping."
        ],
        "society.learning": [
            "Sekolah digital memprioritaskan SMP dan SD di desa atas. Perpustakaan digital menyediakan bahan bacaan yang dapat diunduh di balai desa dan dibaca luring."
        ],
        "society.security": [
            "Keselamatan warga diperkuat melalui layanan panggilan darurat 112 yang terhubung dengan BPBD, pemadam kebakaran dan puskesmas, serta CCTV di jalur wisata dan pasar."
        ],
        "environment.protection": [
            "Sistem peringatan dini erupsi dan longsor memadukan data pos pengamatan gunung api, sensor curah hujan dan pergerakan tanah, lalu menyebarkan peringatan melalui sirene, pesan singkat dan grup percakapan relawan desa."
        ],
        "environment.waste": [
            "Pengelolaan sampah diprioritaskan di kawasan wisata dan pasar, melalui bank sampah digital dan TPS3R yang dikelola BUMDes."
        ],
        "environment.energy": [
            "PLTS atap dan penerangan jalan tenaga surya dipasang di desa-desa terpencil yang sering mengalami gangguan listrik, dimulai dari balai desa dan puskesmas pembantu."
        ],
    },
    program_intro=[
        "Matriks program berikut memuat program pengembangan pada enam dimensi smart city. Perkiraan anggaran bersifat indikatif dan akan dibahas lebih lanjut dalam penyusunan RKPD dan APBD, termasuk peluang pendanaan dari APBD provinsi, APBN, dana desa dan kemitraan dengan dunia usaha.",
    ],
    program_dim_text=dict(
        governance="Program tata kelola memprioritaskan layanan di kecamatan dan fondasi SPBE.",
        branding="Program branding daerah mengangkat wisata alam dan kopi spesialti.",
        economy="Program ekonomi memperkuat rantai pasok pertanian, UMKM dan transaksi non-tunai.",
        living="Program kehidupan mencakup kesehatan, tata ruang dan konektivitas jalan.",
        society="Program masyarakat membangun desa digital, pendidikan dan keamanan warga.",
        environment="Program lingkungan mengutamakan kesiapsiagaan bencana, sampah wisata dan energi surya.",
    ),
    programmes=[
        ("layanan_kec", dict(year="2023-2024", budget=2_400_000_000)),
        ("adminduk", dict(year="2023-2025", budget=1_100_000_000)),
        ("spbe", dict(year="2023-2027", budget=3_800_000_000)),
        ("tnde", dict(year="2023", budget=500_000_000)),
        ("satudata", dict(year="2024-2025", budget=950_000_000)),
        ("eplanning", dict(year="2024", budget=800_000_000)),
        ("portal_wisata", dict(year="2023-2024", budget=750_000_000)),
        ("desa_wisata", dict(year="2024-2026", budget=1_500_000_000, budget_words=True, target="15 desa wisata")),
        ("etalase_produk", dict(year="2024", budget=600_000_000)),
        ("signage", dict(year="2025-2026", budget=1_250_000_000)),
        ("agroindustri", dict(year="2023-2026", budget=4_200_000_000, budget_words=True)),
        ("umkm_go", dict(year="2023-2027", budget=1_800_000_000, target="3.000 UMKM")),
        ("bursa_kerja", dict(year="2024", budget=450_000_000, target="800 orang/tahun")),
        ("pelatihan_kerja", dict(year="2023-2025", budget=1_200_000_000)),
        ("harga_pangan", dict(year="2023", budget=350_000_000)),
        ("qris_pajak", dict(year="2023-2024", budget=400_000_000, target="60%")),
        ("etpd", dict(year="2024-2025", budget=600_000_000)),
        ("sitaru", dict(year="2025", budget=1_300_000_000)),
        ("ruang_sehat", dict(year="2024-2026", budget=700_000_000, target="25 desa")),
        ("telemedisin", dict(year="2023-2025", budget=2_600_000_000)),
        ("stunting", dict(year="2023-2024", budget=900_000_000, target="di bawah 16%")),
        ("jalan_desa", dict(year="2023-2024", budget=1_050_000_000)),
        ("desa_digital", dict(year="2023-2027", budget=5_000_000_000, budget_words=True, target="196 desa")),
        ("komunitas", dict(year="2025", budget=300_000_000, target="80 komunitas")),
        ("sekolah_digital", dict(year="2024-2027", budget=6_500_000_000)),
        ("elibrary", dict(year="2024", budget=550_000_000, target="8.000 judul")),
        ("call112", dict(year="2024", budget=1_700_000_000)),
        ("cctv", dict(year="2025-2026", budget=2_200_000_000, target="120 titik")),
        (
            "ews",
            dict(
                year="2023-2024",
                budget=4_800_000_000,
                budget_words=True,
                name="Sistem Peringatan Dini Erupsi dan Longsor",
                indicator="Jumlah desa rawan bencana yang terjangkau peringatan dini digital",
                target="23 desa",
            ),
        ),
        ("rawan_bencana", dict(year="2023", budget=450_000_000)),
        ("bank_sampah", dict(year="2024-2025", budget=600_000_000, target="5.000 nasabah")),
        ("tps3r", dict(year="2024-2027", budget=2_100_000_000, target="25%")),
        ("pju_surya", dict(year="2024-2027", budget=3_900_000_000, target="600 titik")),
        ("plts_atap", dict(year="2025-2027", budget=2_500_000_000, target="250 kWp")),
    ],
    quickwin_intro=[
        "Program quick win dipilih dari program yang telah memiliki kesiapan regulasi, anggaran dan pelaksana pada tahun 2023, serta dapat langsung dirasakan warga desa.",
    ],
    quickwins=[
        (
            "Sistem Peringatan Dini Erupsi dan Longsor (tahap I)",
            "Smart Environment",
            "8 desa Kec. Lereng Kidul",
            "2023",
            "Badan Penanggulangan Bencana Daerah",
        ),
        (
            "Layanan Terpadu Kecamatan Daring (PATEN Online)",
            "Smart Governance",
            "5 kecamatan percontohan",
            "2023",
            "Bagian Tata Pemerintahan Setda",
        ),
        (
            "Sistem Informasi Harga dan Stok Pangan",
            "Smart Economy",
            "12 pasar",
            "2023",
            "Dinas Pertanian dan Ketahanan Pangan",
        ),
        (
            "Portal dan Aplikasi Informasi Pariwisata Terpadu",
            "Smart Branding",
            "Portal aktif, 60 destinasi",
            "2023",
            "Dinas Kebudayaan dan Pariwisata",
        ),
        ("Tata Naskah Dinas Elektronik (TNDE)", "Smart Governance", "100% OPD", "2023", "Bagian Organisasi Setda"),
    ],
    quickwin_after=[
        "Setiap quick win dilengkapi rencana aksi bulanan dan dilaporkan dalam rapat Tim Pelaksana. Quick win yang berhasil akan direplikasi ke kecamatan dan desa lain pada tahun berikutnya.",
    ],
    roadmap=[
        (
            "Jangka Pendek (2023-2024)",
            ["Tahap awal difokuskan pada fondasi layanan dan kesiapsiagaan bencana."],
            [
                "PATEN Online di 5 kecamatan percontohan;",
                "Peringatan dini di 8 desa rawan;",
                "Portal pariwisata dan sistem harga pangan;",
                "Pembangunan BTS melalui BAKTI di 12 desa.",
            ],
        ),
        (
            "Jangka Menengah (2025-2026)",
            ["Tahap kedua memperluas layanan ke seluruh kecamatan dan desa serta mengintegrasikan data desa."],
            [
                "PATEN Online di 14 kecamatan;",
                "Platform rantai pasok kopi;",
                "Telemedisin seluruh puskesmas;",
                "Sistem informasi tata ruang.",
            ],
        ),
        (
            "Jangka Panjang (2027-2030)",
            ["Tahap ketiga menekankan keberlanjutan dan evaluasi dampak, termasuk kemandirian desa digital."],
            ["196 desa digital;", "PLTS di desa terpencil;", "Evaluasi dan penyusunan masterplan periode berikutnya."],
        ),
    ],
    roadmap_table=(
        ["Dimensi", "2023-2024", "2025-2026", "2027-2030"],
        [
            ["Smart Governance", "PATEN Online 5 kecamatan, TNDE", "PATEN 14 kecamatan, Satu Data", "Indeks SPBE 3,0"],
            ["Smart Branding", "Portal pariwisata", "Desa wisata digital, etalase produk", "Penanda kawasan wisata"],
            ["Smart Economy", "Harga pangan, QRIS pajak", "Rantai pasok kopi", "3.000 UMKM daring"],
            ["Smart Living", "Telemedisin tahap I, info jalan", "SITARU", "Evaluasi layanan"],
            ["Smart Society", "Desa digital tahap I", "Sekolah digital, 112", "196 desa digital"],
            ["Smart Environment", "EWS 8 desa", "EWS 23 desa, TPS3R", "PLTS desa terpencil"],
        ],
    ),
    penutup=[
        "Masterplan Smart City Kabupaten Gunung Arum Tahun 2023-2027 disusun sebagai pedoman bersama untuk menjadikan Gunung Arum kabupaten cerdas yang melayani hingga ke desa, siaga bencana dan berdaya saing. Pelaksanaannya membutuhkan komitmen pimpinan, kesungguhan perangkat daerah, serta partisipasi aktif warga desa.",
        "Dokumen ini bersifat dinamis dan akan ditinjau setiap tahun berdasarkan hasil evaluasi Dewan Smart City dan Kementerian Komunikasi dan Informatika.",
    ],
    rpjmd=dict(
        period="2021-2026",
        perda="6 Tahun 2021",
        isu_style="paragraphs",
        intro=[
            "Bab ini menguraikan permasalahan pembangunan daerah dan isu strategis yang akan menjadi fokus penanganan selama lima tahun. Permasalahan dirumuskan dari hasil evaluasi kinerja pembangunan periode sebelumnya, sedangkan isu strategis dirumuskan dengan mempertimbangkan dampak, urgensi dan kewenangan daerah.",
        ],
        permasalahan=[
            "Capaian pembangunan Kabupaten Gunung Arum menunjukkan perbaikan pada sebagian besar indikator makro, namun beberapa permasalahan mendasar masih bertahan. Persentase penduduk miskin masih 11,7 persen, di atas rata-rata provinsi, dan terkonsentrasi di desa-desa lereng atas. Akses rumah tangga terhadap air minum layak baru 68 persen dan akses sanitasi layak 62 persen, terutama karena sumber mata air yang jauh dari permukiman dan jaringan perpipaan desa yang rusak.",
            "Permasalahan lain meliputi rendahnya rata-rata lama sekolah, kerentanan terhadap bencana gunung api dan longsor, keterbatasan jalan penghubung antarkecamatan, serta nilai tambah komoditas pertanian yang rendah. Ringkasan permasalahan pokok disajikan pada tabel berikut.",
        ],
        permasalahan_table=[
            (
                "Sosial",
                "Persentase penduduk miskin 11,7%",
                "Pendapatan petani rendah, akses lapangan kerja terbatas di desa atas",
            ),
            (
                "Pekerjaan Umum",
                "Akses air minum layak 68%",
                "Mata air jauh dari permukiman, jaringan perpipaan desa rusak",
            ),
            (
                "Perumahan dan Permukiman",
                "Akses sanitasi layak 62%",
                "Kebiasaan buang air besar sembarangan di sebagian dusun",
            ),
            (
                "Pendidikan",
                "Rata-rata lama sekolah 7,6 tahun",
                "Jarak sekolah jauh, angka putus sekolah SMP ke SMA tinggi",
            ),
            (
                "Penanggulangan Bencana",
                "41 kejadian longsor tahun 2021",
                "Lereng curam, alih fungsi lahan, curah hujan tinggi",
            ),
            (
                "Pekerjaan Umum",
                "Jalan kabupaten mantap 64%",
                "Kerusakan akibat longsor, anggaran pemeliharaan terbatas",
            ),
            (
                "Pertanian",
                "Nilai tambah kopi dan hortikultura rendah",
                "Penjualan dalam bentuk bahan mentah, akses pasar terbatas",
            ),
            ("Kesehatan", "Prevalensi stunting 21,4%", "Pola asuh, akses layanan kesehatan di desa terpencil"),
            (
                "Pemerintahan Umum",
                "Pelayanan publik terpusat di ibu kota kabupaten",
                "Jaringan internet belum merata, SDM terbatas",
            ),
        ],
        isu_intro=["Isu strategis pembangunan Kabupaten Gunung Arum Tahun 2021-2026 diuraikan sebagai berikut."],
        issues=[
            dict(
                text="Tingginya angka kemiskinan di perdesaan dan kawasan lereng atas",
                categories=["poverty"],
                explain=[
                    "Persentase penduduk miskin sebesar 11,7 persen masih di atas rata-rata provinsi. Kemiskinan terkonsentrasi pada rumah tangga petani penggarap dan buruh kebun yang tidak memiliki lahan sendiri.",
                    "Penanggulangan kemiskinan memerlukan data terpadu yang akurat, perluasan perlindungan sosial, serta peningkatan pendapatan melalui pemberdayaan ekonomi desa.",
                ],
            ),
            dict(
                text="Terbatasnya akses air bersih dan sanitasi layak",
                categories=["clean_water"],
                explain=[
                    "Baru 68 persen rumah tangga yang mengakses air minum layak dan 62 persen yang mengakses sanitasi layak. Pada musim kemarau, warga di Kec. Cemara Sewu dan Kec. Lereng Kidul harus mengambil air dari mata air yang berjarak hingga dua kilometer.",
                    "Peningkatan cakupan layanan air minum perpipaan dan sanitasi berbasis masyarakat menjadi kebutuhan mendesak, termasuk perlindungan kawasan mata air.",
                ],
            ),
            dict(
                text="Rendahnya kualitas sumber daya manusia dan akses pendidikan",
                categories=["human_capital"],
                explain=[
                    "Rata-rata lama sekolah 7,6 tahun dan tingginya angka tidak melanjutkan dari SMP ke SMA menunjukkan perlunya perluasan akses dan mutu pendidikan di desa-desa terpencil."
                ],
            ),
            dict(
                text="Tingginya risiko bencana erupsi gunung api dan tanah longsor",
                categories=["disaster"],
                explain=[
                    "Sebanyak 23 desa berada di kawasan rawan bencana gunung api dan puluhan desa lain rawan longsor. Sistem peringatan dini dan kapasitas masyarakat dalam menghadapi bencana perlu diperkuat."
                ],
            ),
            dict(
                text="Keterbatasan infrastruktur jalan dan konektivitas antarwilayah",
                categories=["infrastructure"],
                explain=[
                    "Kondisi jalan kabupaten yang mantap baru 64 persen, dan longsor musiman kerap memutus akses antarkecamatan, menghambat distribusi hasil pertanian dan layanan dasar."
                ],
            ),
            dict(
                text="Rendahnya daya saing produk pertanian, kopi dan UMKM",
                categories=["economy", "food_security"],
                explain=[
                    "Sebagian besar kopi dan hortikultura dijual dalam bentuk bahan mentah. Hilirisasi, akses pasar dan penguatan UMKM olahan pangan diperlukan untuk meningkatkan nilai tambah di daerah."
                ],
            ),
            dict(
                text="Belum optimalnya kualitas pelayanan publik dan tata kelola pemerintahan",
                categories=["governance"],
                explain=[
                    "Pelayanan publik masih terpusat di ibu kota kabupaten, dan Indeks SPBE baru berpredikat Cukup. Reformasi birokrasi dan digitalisasi layanan perlu dipercepat."
                ],
            ),
            dict(
                text="Masih tingginya prevalensi stunting",
                categories=["health"],
                explain=[
                    "Prevalensi stunting 21,4 persen memerlukan konvergensi intervensi gizi spesifik dan sensitif hingga tingkat desa."
                ],
            ),
        ],
        penutup_bab=[
            "Kedelapan isu strategis tersebut menjadi pijakan dalam merumuskan visi, misi, tujuan dan sasaran pembangunan daerah Kabupaten Gunung Arum Tahun 2021-2026."
        ],
        visi="Visi pembangunan Kabupaten Gunung Arum Tahun 2021-2026 adalah \u201cGunung Arum Maju, Mandiri dan Berdaya Saing Berlandaskan Iman dan Takwa\u201d.",
        misi=[
            "Menanggulangi kemiskinan dan memperluas pelayanan dasar, termasuk air bersih dan sanitasi;",
            "Meningkatkan kualitas sumber daya manusia yang sehat, terdidik dan berakhlak;",
            "Memperkuat ekonomi kerakyatan berbasis pertanian, kopi dan pariwisata;",
            "Membangun infrastruktur wilayah dan ketangguhan terhadap bencana;",
            "Mewujudkan tata kelola pemerintahan yang bersih dan melayani.",
        ],
        tujuan=[
            (
                "Menurunkan kemiskinan dan meningkatkan akses pelayanan dasar",
                "Persentase penduduk miskin; persentase rumah tangga dengan akses air minum layak",
            ),
            ("Meningkatkan kualitas SDM", "Indeks Pembangunan Manusia"),
            ("Meningkatkan pertumbuhan ekonomi daerah", "Laju pertumbuhan PDRB sektor pertanian"),
            ("Meningkatkan kualitas infrastruktur dan ketangguhan bencana", "Indeks Risiko Bencana"),
            ("Meningkatkan kualitas tata kelola pemerintahan", "Indeks Reformasi Birokrasi"),
        ],
    ),
    site=dict(
        name="Kabar Gunung Arum",
        tagline="Suara dari Lereng",
        menu=["Daerah", "Pemerintahan", "Pertanian", "Wisata", "Peristiwa", "Opini"],
        popular=[
            "Harga Kopi Gelondong Merah Naik Jelang Panen Raya",
            "Jalur Pendakian Gunung Arum Dibuka Kembali",
            "Longsor Tutup Jalan Lereng Kidul-Sumber Wangi",
            "Ratusan Pelajar Ikuti Festival Seni Desa",
        ],
    ),
    news=[
        dict(
            fmt="txt",
            slug="berita_mou_smart_city",
            year=2022,
            category="Pemerintahan",
            headline="Gunung Arum Resmi Jadi Peserta Gerakan Menuju 100 Smart City",
            date_long="Rabu, 25 Mei 2022",
            author="Redaksi",
            views=804,
            body=[
                "ARUM KOTA \u2013 Bupati Gunung Arum, Dr. H. Sutrisno Wibowo, M.Si., menandatangani nota kesepahaman Gerakan Menuju 100 Smart City dengan Kementerian Komunikasi dan Informatika, Rabu (25/5/2022). Dengan penandatanganan ini, Kabupaten Gunung Arum akan memperoleh pendampingan penyusunan masterplan smart city selama satu tahun.",
                "Sutrisno menegaskan bahwa smart city bagi Gunung Arum harus berarti layanan yang sampai ke desa. \u201cWarga kita di Cemara Sewu itu tiga jam perjalanan ke kantor kabupaten. Kalau urusannya bisa selesai lewat kecamatan atau lewat ponsel, itu baru cerdas,\u201d katanya.",
                "Kepala Dinas Kominfo Gunung Arum, Ir. Bambang Setiadi, menyebutkan pihaknya segera membentuk Dewan Smart City dan Tim Pelaksana. Bintek tahap pertama dijadwalkan pada Juni mendatang.",
                "Selain pelayanan publik, Pemkab menaruh perhatian pada sistem peringatan dini bencana, mengingat sebagian wilayah berada di kawasan rawan erupsi dan longsor.",
            ],
            baca_juga=[
                "Kominfo Dorong Kabupaten Pegunungan Manfaatkan Internet Satelit",
                "BPBD Gunung Arum Latih 200 Relawan Desa Tangguh Bencana",
            ],
            byline=[("Penulis", "Yudha Pratama"), ("Editor", "Sri Rahayu"), ("Sumber", "Diskominfo Gunung Arum")],
            tags=["smart city", "Kominfo", "Gunung Arum"],
        ),
        dict(
            fmt="html",
            slug="berita_bintek_tahap3",
            year=2022,
            category="Pemerintahan",
            headline="Bintek Tahap III, Pemkab Gunung Arum Matangkan Program Quick Win Smart City",
            date_long="Kamis, 8 September 2022",
            author="Sri Rahayu",
            views=512,
            caption="Peserta bintek smart city di Aula Bappeda Gunung Arum.",
            body=[
                "ARUM KOTA \u2013 Pemerintah Kabupaten Gunung Arum mengikuti bimbingan teknis (bintek) tahap III Gerakan Menuju 100 Smart City, Kamis (8/9). Kegiatan yang berlangsung di Aula Bappeda itu membahas penyusunan program quick win dan peta jalan.",
                "Narasumber Kominfo meminta setiap perangkat daerah memilih program yang benar-benar siap dilaksanakan tahun depan. \u201cQuick win itu harus cepat terasa. Jangan memilih program yang anggarannya belum jelas,\u201d ujarnya.",
                "Kepala Bappeda Gunung Arum, Drs. Agus Salim, M.Si., menyebutkan lima usulan quick win telah disepakati, di antaranya sistem peringatan dini erupsi dan longsor serta layanan kecamatan daring di lima kecamatan percontohan.",
                "Bintek tahap IV, yang merupakan tahap akhir, dijadwalkan berlangsung pada bulan Oktober dengan agenda finalisasi dokumen masterplan.",
            ],
            baca_juga=[
                "Gunung Arum Resmi Jadi Peserta Gerakan Menuju 100 Smart City",
                "Petani Kopi Lereng Kidul Mulai Catat Panen Lewat Aplikasi",
            ],
            byline=[("Penulis", "Sri Rahayu"), ("Editor", "Yudha Pratama"), ("Foto", "Humas Setda Gunung Arum")],
            tags=["bintek", "quick win"],
        ),
        dict(
            fmt="html",
            slug="berita_evaluasi_smart_city",
            year=2023,
            category="Pemerintahan",
            headline="Hasil Evaluasi Kominfo, Smart City Gunung Arum Dapat Nilai 3,05",
            date_long="Selasa, 21 November 2023",
            author="Yudha Pratama",
            views=1190,
            caption="Tim Pelaksana Smart City Gunung Arum menerima hasil evaluasi.",
            body=[
                "ARUM KOTA \u2013 Implementasi smart city Kabupaten Gunung Arum memperoleh nilai 3,05 dalam evaluasi Kementerian Komunikasi dan Informatika tahun 2023. Hasil itu diumumkan dalam rapat evaluasi daring yang diikuti Tim Pelaksana, Selasa (21/11/2023).",
                "Nilai tersebut naik dari 2,73 pada evaluasi semester sebelumnya. Evaluator mengapresiasi sistem peringatan dini erupsi dan longsor yang telah menjangkau delapan desa di Kec. Lereng Kidul.",
                "Meski demikian, evaluator mencatat sejumlah program belum memiliki data dasar (baseline) yang memadai, terutama pada dimensi smart economy. \u201cKami akan lengkapi data dasar tahun depan bersama Bappeda,\u201d kata Kepala Diskominfo Bambang Setiadi.",
                "Bupati Sutrisno Wibowo meminta perangkat daerah menjadikan hasil evaluasi sebagai bahan perbaikan, bukan sekadar angka. Ia juga menargetkan layanan kecamatan daring dapat diperluas ke seluruh 14 kecamatan pada 2025.",
            ],
            baca_juga=[
                "Sirene Peringatan Dini Dipasang di Delapan Desa Lereng Gunung Arum",
                "Wisatawan Kebun Teh Kini Bisa Bayar Tiket Pakai QRIS",
            ],
            byline=[("Penulis", "Yudha Pratama"), ("Editor", "Sri Rahayu"), ("Sumber", "Diskominfo Gunung Arum")],
            tags=["evaluasi", "smart city"],
        ),
    ],
)
