"""Kabupaten Lembah Sari (FICTIONAL): masterplan missing the Smart Branding dimension.

Demonstrates: no branding chapter, no tourism / regional business / city-appearance
programme or text anywhere in the masterplan (five dimensions only); RPJMD isu
strategis written as a lettered list (a., b., ...).
"""

CITY = dict(
    slug="lembah_sari",
    name="Kabupaten Lembah Sari",
    short="Lembah Sari",
    type="kabupaten",
    province="Provinsi Sungai Raya",
    period="2023-2027",
    evaluation_score=2.73,
    missing_dimensions=["branding"],
    bare_programmes=False,
    ignored_issues=[],
    notes="Masterplan covers five dimensions only: the Smart Branding dimension (tourism, regional business, city appearance) is entirely absent.",
    signoff_place="Sari Hilir, 30 November 2022",
    head_title="BUPATI LEMBAH SARI,",
    head_name="H. MUHAMMAD ZAINAL ARIFIN, S.Sos., M.M.",
    kata_pengantar=[
        "Segala puji bagi Tuhan Yang Maha Esa atas tersusunnya Masterplan Smart City Kabupaten Lembah Sari Tahun 2023-2027. Penyusunan dokumen ini merupakan tindak lanjut keikutsertaan Kabupaten Lembah Sari dalam Gerakan Menuju 100 Smart City yang difasilitasi Kementerian Komunikasi dan Informatika sejak tahun 2022.",
        "Lembah Sari dikenal sebagai lumbung padi di Provinsi Sungai Raya. Lebih dari separuh warga kami menggantungkan hidup pada sawah, kolam ikan dan kebun palawija di sepanjang aliran Sungai Sari. Oleh karena itu, masterplan ini menempatkan petani, pelayanan dasar dan ketangguhan terhadap banjir musiman sebagai pusat perhatian, dengan menata lima dimensi: smart governance, smart economy, smart living, smart society dan smart environment.",
        "Kami berterima kasih kepada seluruh perangkat daerah, penyuluh pertanian, kepala desa, Universitas Lembah Sari dan pendamping dari Kementerian Kominfo atas masukan yang berharga. Kiranya dokumen ini dapat dilaksanakan secara konsisten dan membawa manfaat nyata bagi masyarakat.",
    ],
    latar_belakang=[
        "Kabupaten Lembah Sari terdiri atas 11 kecamatan, 8 kelurahan dan 143 desa dengan luas 947 km2. Hamparan sawah irigasi teknis seluas 58 ribu hektare menjadikan kabupaten ini salah satu penyumbang beras terbesar di provinsi. Namun produktivitas padi cenderung stagnan dalam lima tahun terakhir, sementara biaya produksi terus meningkat dan generasi muda enggan menjadi petani.",
        "Penyuluh pertanian yang jumlahnya terbatas tidak mampu menjangkau seluruh kelompok tani secara rutin. Informasi mengenai jadwal tanam, serangan hama, ketersediaan pupuk bersubsidi dan harga gabah sering terlambat diterima petani. Di sisi lain, penetrasi telepon pintar di perdesaan Lembah Sari sudah mencapai 71 persen, membuka peluang untuk menyampaikan informasi tersebut secara digital.",
        "Banjir musiman akibat luapan Sungai Sari setiap tahun merendam ribuan hektare sawah dan ratusan rumah di kecamatan hilir. Kejadian banjir awal tahun 2022 menyebabkan gagal panen di 2.300 hektare sawah. Data tinggi muka air dan curah hujan telah tersedia di beberapa pos pengamatan, tetapi belum diolah menjadi peringatan dini yang sampai kepada petani dan warga.",
        "Pelayanan publik juga menghadapi tantangan. Sebagian besar layanan masih mensyaratkan kehadiran fisik dan berkas kertas, sementara jarak desa terjauh ke ibu kota kabupaten mencapai 52 km. Penyusunan masterplan ini diharapkan menyatukan upaya digitalisasi yang selama ini tersebar dan menyelaraskannya dengan RPJMD Kabupaten Lembah Sari Tahun 2021-2026.",
    ],
    maksud="Maksud penyusunan masterplan adalah memberikan arah, kerangka dan tahapan pengembangan Kabupaten Lembah Sari sebagai kabupaten cerdas yang berbasis pertanian, sebagai pedoman bagi perangkat daerah dan mitra pembangunan.",
    tujuan=[
        "Mengidentifikasi kesiapan dan kebutuhan daerah dalam pengembangan smart city;",
        "Menetapkan visi, misi dan strategi pada dimensi smart governance, smart economy, smart living, smart society dan smart environment;",
        "Menyusun program pengembangan lengkap dengan indikator, target, tahun, anggaran dan penanggung jawab;",
        "Menetapkan program quick win dan peta jalan pelaksanaan 2023-2027.",
    ],
    dasar_hukum_lokal=[
        "Peraturan Daerah Kabupaten Lembah Sari Nomor 3 Tahun 2021 tentang RPJMD Kabupaten Lembah Sari Tahun 2021-2026;",
        "Peraturan Bupati Lembah Sari Nomor 44 Tahun 2021 tentang Penyelenggaraan SPBE;",
        "Keputusan Bupati Lembah Sari Nomor 050/178/2022 tentang Dewan dan Tim Pelaksana Smart City.",
    ],
    ruang_lingkup="Masterplan ini mencakup seluruh wilayah Kabupaten Lembah Sari untuk periode 2023-2027. Pembahasan dibatasi pada lima dimensi, yakni smart governance, smart economy, smart living, smart society dan smart environment, yang dinilai paling relevan dengan kebutuhan daerah agraris dan kemampuan keuangan daerah saat ini.",
    analisis_intro="Analisis strategis memadukan data statistik, hasil survei kesiapan perangkat daerah, serta wawancara dengan kelompok tani, penyuluh dan kepala desa di enam kecamatan sampel.",
    gambaran_umum=[
        (
            "2.1.1 Bentang Alam",
            [
                "Kabupaten Lembah Sari merupakan dataran lembah yang diapit dua jajaran perbukitan di sisi utara dan selatan. Sungai Sari mengalir dari barat ke timur sepanjang 86 km dan menjadi sumber utama irigasi. Ketinggian wilayah berkisar antara 15 hingga 310 meter di atas permukaan laut, dengan bagian hilir yang sangat datar sehingga mudah tergenang.",
                "Jenis tanah aluvial yang subur mendukung budidaya padi dua hingga tiga kali setahun. Namun sedimentasi sungai dan menyempitnya daerah resapan di bagian hulu meningkatkan frekuensi banjir. Pada musim kemarau, sebagian saluran irigasi tersier di ujung jaringan mengalami kekurangan air.",
            ],
        ),
        (
            "2.1.2 Kependudukan dan Ketenagakerjaan",
            [
                "Jumlah penduduk tahun 2021 sebanyak 539.402 jiwa. Sekitar 54 persen angkatan kerja bekerja di sektor pertanian, dengan usia rata-rata petani 52 tahun. Tingkat pengangguran terbuka mencapai 6,1 persen dan didominasi lulusan SMA/SMK yang belum terserap di luar sektor pertanian.",
                "Migrasi pemuda ke kota-kota besar cukup tinggi, terutama setelah lulus sekolah menengah. Kondisi ini menimbulkan kekhawatiran akan regenerasi petani dan menuntut upaya menjadikan pertanian lebih modern dan menarik bagi generasi muda.",
            ],
        ),
        (
            "2.1.3 Struktur Ekonomi",
            [
                "Pertanian menyumbang 41 persen PDRB, diikuti perdagangan, industri penggilingan padi dan konstruksi. Terdapat 214 unit penggilingan padi skala kecil dan 3 penggilingan modern. Usaha mikro yang bergerak di bidang olahan pangan, seperti kerupuk beras, keripik singkong dan ikan asap, berjumlah sekitar 17 ribu unit.",
                "Transaksi di pasar-pasar kecamatan masih didominasi uang tunai. Petani umumnya menjual gabah kepada tengkulak segera setelah panen karena kebutuhan uang tunai, sehingga tidak menikmati harga yang lebih baik beberapa minggu kemudian.",
            ],
        ),
        (
            "2.1.4 Layanan Dasar",
            [
                "Kabupaten Lembah Sari memiliki 22 puskesmas dan 1 RSUD. Prevalensi stunting balita tercatat 23,1 persen. Pendidikan dasar dilayani 368 SD dan 71 SMP; sebagian sekolah di desa hulu masih kesulitan akses internet. Layanan persampahan baru menjangkau ibu kota kabupaten dan tiga kecamatan.",
            ],
        ),
    ],
    wilayah_table_intro="Rincian wilayah dan penduduk per kecamatan disajikan berikut ini.",
    wilayah_table_caption="Wilayah, Desa/Kelurahan dan Penduduk Kabupaten Lembah Sari Tahun 2021",
    wilayah_table=(
        ["No", "Kecamatan", "Luas (km2)", "Desa/Kel.", "Penduduk (jiwa)", "Luas Sawah (ha)"],
        [
            ["1", "Sari Hilir", "61,2", "14", "82.511", "3.120"],
            ["2", "Sari Hulu", "118,4", "13", "41.230", "6.870"],
            ["3", "Padang Luas", "97,6", "15", "52.944", "7.410"],
            ["4", "Tanjung Padi", "84,3", "14", "49.802", "6.980"],
            ["5", "Rawa Indah", "102,9", "16", "47.318", "5.660"],
            ["6", "Kali Bening", "76,1", "12", "44.605", "4.920"],
            ["7", "Lima kecamatan lainnya", "406,5", "67", "220.992", "23.040"],
            ["", "Jumlah", "947,0", "151", "539.402", "58.000"],
        ],
    ),
    struktur=[
        "Aparatur Pemerintah Kabupaten Lembah Sari berjumlah 6.480 orang, dengan 29 orang berlatar belakang teknologi informasi. Dinas Pertanian memiliki 214 penyuluh, namun rasio penyuluh terhadap desa belum memenuhi standar satu penyuluh satu desa.",
        "Anggaran urusan komunikasi dan informatika tahun 2022 sebesar Rp 11,2 miliar. Dinas Pertanian dan BPBD juga memiliki kegiatan berbasis TIK, antara lain sistem informasi kelompok tani dan pemantauan tinggi muka air, yang belum terintegrasi dengan pusat data daerah.",
        "Dewan Smart City telah dibentuk dan diketuai Bupati, dengan Sekretaris Daerah sebagai ketua Tim Pelaksana. Universitas Lembah Sari, Himpunan Kerukunan Tani dan Gabungan Pengusaha Penggilingan Padi terlibat sebagai anggota forum kemitraan.",
    ],
    infrastruktur=[
        "Jaringan serat optik pemerintah menghubungkan kantor bupati, 28 perangkat daerah dan 11 kantor kecamatan. Sebanyak 93 desa telah memiliki akses internet di balai desa, sisanya mengandalkan jaringan seluler yang belum stabil.",
        "Infrastruktur irigasi terdiri atas 4 bendung utama dan saluran sepanjang 1.430 km. Pos pengamatan tinggi muka air tersedia di 6 lokasi, tetapi baru 2 yang mengirim data secara otomatis.",
        "Modal sosial masyarakat kuat, ditandai dengan 1.268 kelompok tani dan 143 gabungan kelompok tani (gapoktan) yang aktif, serta kelompok wanita tani yang banyak mengelola usaha olahan pangan.",
    ],
    suprastruktur=[
        "Kabupaten Lembah Sari telah memiliki Peraturan Bupati tentang SPBE, dengan Indeks SPBE tahun 2021 sebesar 2,19 (Cukup). Regulasi tentang satu data daerah dan tata kelola data pertanian belum tersedia.",
        "SOP penanganan darurat banjir sudah ada, namun belum mengatur penyebaran peringatan dini melalui kanal digital. Diperlukan pula kebijakan yang mewajibkan perangkat daerah menggunakan aplikasi umum berbagi pakai.",
    ],
    kesiapan_intro="Tabel 2.2 merangkum tingkat kesiapan Kabupaten Lembah Sari pada ketiga pilar.",
    kesiapan=[
        ("Struktur", "SDM", "29 ASN TIK; penyuluh pertanian belum mencukupi", "Rendah"),
        ("Struktur", "Anggaran", "Rp 11,2 miliar untuk urusan kominfo", "Sedang"),
        ("Infrastruktur", "Jaringan", "FO sampai kecamatan; 93 desa terhubung", "Sedang"),
        ("Infrastruktur", "Pemantauan banjir", "2 dari 6 pos otomatis", "Rendah"),
        ("Suprastruktur", "Regulasi", "Perbup SPBE; belum ada Perbup Satu Data", "Sedang"),
    ],
    swot=dict(
        S=[
            "Lahan sawah irigasi luas dan subur;",
            "Kelompok tani dan gapoktan aktif di seluruh desa;",
            "Komitmen pimpinan daerah terhadap digitalisasi layanan;",
            "Jaringan serat optik hingga kecamatan.",
        ],
        W=[
            "Rendahnya jumlah ASN berkompetensi TIK;",
            "Data pertanian tersebar dan tidak mutakhir;",
            "Pelayanan publik masih berbasis kertas;",
            "Pemantauan banjir belum otomatis.",
        ],
        O=[
            "Program pertanian presisi dan kartu tani dari pemerintah pusat;",
            "Dukungan perguruan tinggi lokal;",
            "Pendampingan Gerakan Menuju 100 Smart City;",
            "Meningkatnya penggunaan telepon pintar di desa.",
        ],
        T=[
            "Banjir musiman dan perubahan iklim;",
            "Regenerasi petani yang lambat;",
            "Fluktuasi harga gabah;",
            "Serangan siber terhadap sistem pemerintah.",
        ],
    ),
    swot_strategi="Strategi yang dirumuskan antara lain membangun platform informasi pertanian terpadu dengan memanfaatkan kelompok tani sebagai simpul (S-O), mengotomatiskan pos pemantauan banjir dan menyebarkan peringatan dini kepada gapoktan (W-T), serta mendigitalkan layanan administrasi dengan memanfaatkan jaringan serat optik yang sudah ada (S-O).",
    keselarasan_intro="Tabel berikut menunjukkan keterkaitan isu strategis RPJMD Kabupaten Lembah Sari dengan dimensi dan program smart city.",
    keselarasan=[
        (
            "Ketahanan pangan dan produktivitas pertanian",
            "Smart Economy",
            "Sentra Agroindustri dan Rantai Pasok Digital; Sistem Informasi Harga dan Stok Pangan",
        ),
        ("Pengangguran usia muda", "Smart Economy", "Bursa Kerja Daring; Pelatihan Keterampilan Digital"),
        ("Kualitas pendidikan", "Smart Society", "Sekolah Digital dan Pembelajaran Daring"),
        (
            "Stunting dan layanan kesehatan",
            "Smart Living",
            "Aplikasi Pemantauan Gizi Balita; Sistem Informasi Kesehatan Daerah",
        ),
        ("Infrastruktur jalan desa dan irigasi", "Smart Living", "Sistem Informasi Kondisi Jalan dan Jembatan"),
        (
            "Banjir musiman Sungai Sari",
            "Smart Environment",
            "Sistem Peringatan Dini Banjir; Peta Digital Kawasan Rawan Bencana",
        ),
        ("Pengelolaan sampah", "Smart Environment", "Bank Sampah Digital; TPS3R"),
        ("Tata kelola dan pelayanan publik", "Smart Governance", "Mal Pelayanan Publik Digital; SPBE"),
    ],
    visi_intro="Visi RPJMD Kabupaten Lembah Sari adalah \u201cLembah Sari Sejahtera, Mandiri Pangan dan Berdaya Saing\u201d. Sejalan dengan itu, visi smart city dirumuskan sebagai berikut:",
    visi="Terwujudnya Lembah Sari Kabupaten Agraris Cerdas, Tangguh dan Melayani",
    visi_penjelasan=[
        "Agraris cerdas berarti pertanian yang dikelola dengan data: petani mengetahui kapan menanam, berapa kebutuhan pupuk, dan ke mana hasil panen dijual dengan harga terbaik. Tangguh berarti masyarakat dan lahan pertanian terlindungi dari banjir melalui peringatan dini dan perencanaan yang baik. Melayani berarti pemerintah hadir dengan layanan yang mudah, cepat dan dapat diakses dari desa.",
    ],
    misi=[
        "Menyelenggarakan pemerintahan digital yang efektif, transparan dan melayani;",
        "Meningkatkan nilai tambah pertanian dan usaha mikro melalui pemanfaatan teknologi;",
        "Meningkatkan kualitas layanan kesehatan, tata ruang dan konektivitas perdesaan;",
        "Membangun masyarakat yang terdidik, cakap digital dan aman;",
        "Mewujudkan lingkungan yang lestari dan tangguh terhadap banjir.",
    ],
    tujuan_sasaran=[
        "Tujuan smart city Kabupaten Lembah Sari adalah meningkatnya kualitas pelayanan publik, produktivitas pertanian dan ketangguhan terhadap bencana. Sasaran tahun 2027 meliputi Indeks SPBE 3,1, 120 kelompok tani terhubung dengan pembeli melalui platform digital, prevalensi stunting di bawah 14 persen, serta 30 sensor peringatan dini banjir beroperasi di sepanjang Sungai Sari.",
    ],
    strategi_intro="Strategi pengembangan diuraikan untuk lima dimensi beserta elemen-elemennya, dengan mempertimbangkan karakter daerah agraris dan kemampuan keuangan daerah.",
    dim_intro=dict(
        governance="Dimensi smart governance diarahkan pada pelayanan yang sederhana, data yang terpadu dan birokrasi yang bekerja tanpa kertas.",
        economy="Dimensi smart economy menempatkan petani dan usaha mikro olahan pangan sebagai sasaran utama, dengan memanfaatkan data harga, rantai pasok dan pembayaran digital.",
        living="Dimensi smart living berfokus pada layanan kesehatan yang menjangkau desa, tata ruang yang melindungi lahan sawah, serta jalan desa yang terpelihara.",
        society="Dimensi smart society membangun desa digital, sekolah yang terhubung internet dan layanan darurat yang cepat.",
        environment="Dimensi smart environment memprioritaskan peringatan dini banjir, pengelolaan sampah berbasis desa dan pemanfaatan energi surya untuk pompa irigasi.",
    ),
    element_text={
        "governance.service": [
            "Layanan perizinan, kependudukan dan layanan desa disatukan dalam Mal Pelayanan Publik Digital. Warga dapat mengajukan permohonan dari balai desa dengan bantuan operator, lalu menerima dokumen elektronik tanpa harus ke ibu kota kabupaten."
        ],
        "governance.bureaucracy": [
            "Birokrasi diarahkan bekerja tanpa kertas melalui TNDE dan e-Kinerja. Aplikasi perangkat daerah yang serupa akan dikonsolidasikan di pusat data daerah."
        ],
        "governance.policy": [
            "Kebijakan pertanian dan pembangunan desa akan didasarkan pada data yang dikelola melalui portal satu data, termasuk data luas tanam, produksi dan kelompok tani. Musrenbang elektronik memudahkan penelusuran usulan desa."
        ],
        "economy.industry": [
            "Ekosistem industri diperkuat dengan platform rantai pasok yang menghubungkan gapoktan, penggilingan padi modern dan pembeli. Sistem informasi IKM memetakan usaha olahan pangan untuk pembinaan yang tepat sasaran."
        ],
        "economy.welfare": [
            "Kesejahteraan petani dan pemuda ditingkatkan melalui informasi harga gabah harian, bursa kerja daring dan pelatihan keterampilan digital yang disesuaikan dengan kebutuhan industri pengolahan pangan."
        ],
        "economy.transaction": [
            "Transaksi non-tunai diperluas melalui pembayaran pajak dan retribusi daerah secara digital serta pendampingan pedagang pasar kecamatan untuk menerima pembayaran QRIS."
        ],
        "living.harmony": [
            "Sistem informasi tata ruang digunakan untuk mengendalikan alih fungsi lahan sawah berkelanjutan, sementara data permukiman membantu perencanaan prasarana lingkungan desa."
        ],
        "living.health": [
            "Rekam medis elektronik dan aplikasi pemantauan gizi balita diterapkan di seluruh puskesmas dan posyandu, dengan prioritas desa-desa berprevalensi stunting tinggi."
        ],
        "living.mobility": [
            "Sistem informasi kondisi jalan dan jembatan menerima laporan warga dan survei berkala, sehingga jalan usaha tani dan jalan desa yang rusak dapat segera diperbaiki."
        ],
        "society.community": [
            "Desa digital dikembangkan di seluruh desa dengan melibatkan karang taruna sebagai operator dan pendamping warga."
        ],
        "society.learning": [
            "Sekolah digital dan gerakan literasi digital menyasar pelajar, guru dan petani muda, termasuk pelatihan pemanfaatan aplikasi pertanian."
        ],
        "society.security": [
            "Layanan darurat 112 dan sistem informasi proteksi kebakaran memperkuat keselamatan warga, terutama saat musim kemarau ketika kebakaran lahan sering terjadi."
        ],
        "environment.protection": [
            "Sensor tinggi muka air dan curah hujan dipasang di sepanjang Sungai Sari dan terhubung dengan peringatan dini melalui pesan singkat kepada gapoktan dan perangkat desa di kawasan rawan."
        ],
        "environment.waste": [
            "Pengelolaan sampah dilakukan dari desa melalui bank sampah digital dan TPS3R yang dikelola BUMDes, dengan armada pengangkut yang terpantau."
        ],
        "environment.energy": [
            "Pompa irigasi tenaga surya dan penerangan jalan tenaga surya diterapkan untuk mengurangi ketergantungan pada bahan bakar minyak dan listrik PLN di daerah hulu."
        ],
    },
    program_intro=[
        "Program pengembangan disusun untuk lima dimensi. Setiap program dilengkapi indikator, target 2027, tahun pelaksanaan, perkiraan anggaran dan perangkat daerah penanggung jawab. Perkiraan anggaran akan disesuaikan setiap tahun melalui RKPD.",
    ],
    program_dim_text=dict(
        governance="Program tata kelola pemerintahan:",
        economy="Program ekonomi berbasis pertanian dan usaha mikro:",
        living="Program kehidupan perdesaan:",
        society="Program masyarakat:",
        environment="Program lingkungan dan ketangguhan bencana:",
    ),
    programmes=[
        ("mpp", dict(year="2023-2025", budget=3_200_000_000, target="40 jenis layanan")),
        ("adminduk", dict(year="2023", budget=700_000_000)),
        ("spbe", dict(year="2023-2027", budget=4_100_000_000, target="3,10 (Baik)")),
        ("tnde", dict(year="2023-2024", budget=550_000_000)),
        ("satudata", dict(year="2024-2025", budget=1_000_000_000, target="300 dataset")),
        ("emusrenbang", dict(year="2024", budget=650_000_000, target="2.000 usulan/tahun")),
        ("agroindustri", dict(year="2023-2026", budget=3_600_000_000)),
        ("siikm", dict(year="2024", budget=400_000_000, target="1.500 IKM")),
        ("harga_pangan", dict(year="2023", budget=300_000_000, name="Sistem Informasi Harga Gabah dan Stok Pangan")),
        ("bursa_kerja", dict(year="2024-2025", budget=500_000_000, target="1.000 orang/tahun")),
        ("qris_pajak", dict(year="2023-2024", budget=450_000_000, target="65%")),
        ("epasar", dict(year="2025", budget=600_000_000, target="800 pedagang")),
        ("sitaru", dict(year="2024-2025", budget=1_350_000_000)),
        ("perkim", dict(year="2025-2026", budget=800_000_000)),
        ("sik", dict(year="2023-2025", budget=3_900_000_000, budget_words=True)),
        ("stunting", dict(year="2023-2024", budget=1_000_000_000)),
        ("jalan_desa", dict(year="2023-2024", budget=900_000_000)),
        ("desa_digital", dict(year="2023-2027", budget=4_300_000_000, budget_words=True, target="151 desa/kelurahan")),
        ("komunitas", dict(year="2025", budget=250_000_000, target="100 komunitas")),
        ("sekolah_digital", dict(year="2024-2027", budget=5_800_000_000)),
        ("literasi", dict(year="2023-2027", budget=600_000_000, target="8.000 orang")),
        ("call112", dict(year="2024", budget=1_500_000_000)),
        ("damkar", dict(year="2025", budget=700_000_000)),
        ("ews", dict(year="2023-2024", budget=3_300_000_000, name="Sistem Peringatan Dini Banjir Sungai Sari")),
        ("rawan_bencana", dict(year="2023", budget=380_000_000)),
        ("bank_sampah", dict(year="2024-2025", budget=550_000_000, target="6.000 nasabah")),
        ("tps3r", dict(year="2024-2027", budget=2_400_000_000)),
        ("pju_surya", dict(year="2025-2027", budget=2_700_000_000, target="700 titik")),
        (
            "plts_atap",
            dict(
                year="2024-2026",
                budget=3_100_000_000,
                name="Pompa Irigasi dan PLTS Tenaga Surya",
                indicator="Jumlah pompa irigasi tenaga surya yang beroperasi",
                target="60 unit",
                opd="Dinas Pertanian dan Ketahanan Pangan",
            ),
        ),
    ],
    quickwin_intro=[
        "Program quick win Kabupaten Lembah Sari dipilih berdasarkan kesiapan pelaksanaan pada tahun 2023 dan dampaknya bagi petani dan warga desa.",
    ],
    quickwins=[
        (
            "Sistem Informasi Harga Gabah dan Stok Pangan",
            "Smart Economy",
            "Harga harian 14 pasar",
            "2023",
            "Dinas Pertanian dan Ketahanan Pangan",
        ),
        (
            "Sistem Peringatan Dini Banjir Sungai Sari (tahap I)",
            "Smart Environment",
            "10 sensor",
            "2023",
            "Badan Penanggulangan Bencana Daerah",
        ),
        (
            "Digitalisasi Layanan Administrasi Kependudukan",
            "Smart Governance",
            "Akta kelahiran daring",
            "2023",
            "Dinas Kependudukan dan Pencatatan Sipil",
        ),
        (
            "Peta Digital Kawasan Rawan Bencana",
            "Smart Environment",
            "40 desa hilir",
            "2023",
            "Badan Penanggulangan Bencana Daerah",
        ),
    ],
    quickwin_after=[
        "Keberhasilan quick win akan dievaluasi pada akhir tahun 2023 dan menjadi dasar perluasan program ke seluruh kecamatan.",
    ],
    roadmap=[
        (
            "Jangka Pendek (2023-2024)",
            ["Membangun fondasi data pertanian, peringatan dini banjir dan layanan kependudukan daring."],
            ["Harga gabah harian;", "10 sensor banjir;", "Akta kelahiran daring;", "TNDE seluruh OPD."],
        ),
        (
            "Jangka Menengah (2025-2026)",
            ["Integrasi layanan dan perluasan ke seluruh desa."],
            [
                "Platform rantai pasok gapoktan;",
                "MPP Digital;",
                "Rekam medis elektronik seluruh puskesmas;",
                "Pompa irigasi tenaga surya.",
            ],
        ),
        (
            "Jangka Panjang (2027 dan seterusnya)",
            ["Keberlanjutan dan evaluasi dampak terhadap produktivitas pertanian dan pelayanan publik."],
            ["Evaluasi dampak;", "151 desa/kelurahan digital;", "Penyusunan masterplan periode berikutnya."],
        ),
    ],
    roadmap_table=(
        ["Dimensi", "2023-2024", "2025-2026", "2027"],
        [
            ["Smart Governance", "Adminduk daring, TNDE", "MPP Digital, Satu Data", "Indeks SPBE 3,1"],
            ["Smart Economy", "Harga gabah, QRIS pajak", "Rantai pasok, e-Pasar", "120 kelompok tani terhubung"],
            ["Smart Living", "Info jalan desa, gizi balita", "SITARU, rekam medis", "Evaluasi"],
            ["Smart Society", "Desa digital tahap I", "Sekolah digital, 112", "151 desa/kelurahan digital"],
            ["Smart Environment", "EWS 10 sensor", "EWS 30 sensor, TPS3R", "PLTS irigasi"],
        ],
    ),
    penutup=[
        "Masterplan Smart City Kabupaten Lembah Sari Tahun 2023-2027 menjadi pedoman bersama untuk mewujudkan kabupaten agraris yang cerdas, tangguh dan melayani. Dokumen ini perlu dijabarkan ke dalam Renstra dan Renja perangkat daerah agar program-programnya memperoleh dukungan anggaran.",
        "Dewan Smart City akan memantau pelaksanaan masterplan setiap semester dan melakukan penyesuaian apabila diperlukan.",
    ],
    rpjmd=dict(
        period="2021-2026",
        perda="3 Tahun 2021",
        isu_style="lettered",
        intro=[
            "Bab ini memuat permasalahan pembangunan yang dihadapi Kabupaten Lembah Sari serta isu-isu strategis yang menjadi prioritas penanganan dalam lima tahun ke depan.",
        ],
        permasalahan=[
            "Evaluasi RPJMD periode 2016-2021 menunjukkan bahwa pertumbuhan ekonomi daerah relatif stabil, namun produktivitas padi tidak meningkat dan pengangguran usia muda bertambah. Banjir musiman tetap menjadi ancaman utama bagi lahan pertanian dan permukiman di hilir.",
            "Permasalahan pokok per urusan pemerintahan disajikan pada tabel berikut.",
        ],
        permasalahan_table=[
            (
                "Pertanian",
                "Produktivitas padi stagnan 5,4 ton/ha",
                "Keterbatasan penyuluh, biaya input tinggi, alih fungsi lahan",
            ),
            ("Ketenagakerjaan", "Pengangguran terbuka 6,1%", "Lapangan kerja nonpertanian terbatas"),
            ("Pendidikan", "Mutu pendidikan dasar rendah", "Sarana belajar dan akses internet sekolah terbatas"),
            ("Kesehatan", "Prevalensi stunting 23,1%", "Pola asuh dan pemantauan gizi belum optimal"),
            ("Pekerjaan Umum", "Jalan desa dan saluran irigasi rusak", "Anggaran pemeliharaan terbatas"),
            (
                "Penanggulangan Bencana",
                "Banjir tahunan merendam sawah dan rumah",
                "Sedimentasi sungai, berkurangnya resapan hulu",
            ),
            ("Lingkungan Hidup", "Layanan sampah baru 4 kecamatan", "Armada dan TPS terbatas, pemilahan rendah"),
            ("Pemerintahan", "Pelayanan masih manual", "SPBE belum terintegrasi, SDM TIK terbatas"),
        ],
        isu_intro=[
            "Berdasarkan permasalahan tersebut, isu strategis pembangunan Kabupaten Lembah Sari Tahun 2021-2026 adalah sebagai berikut:"
        ],
        issues=[
            dict(
                text="Ketahanan pangan dan produktivitas pertanian yang belum optimal",
                categories=["food_security", "economy"],
                explain=[
                    "Sebagai lumbung padi provinsi, Lembah Sari perlu meningkatkan produktivitas, menekan kehilangan hasil dan memperbaiki tata niaga gabah."
                ],
            ),
            dict(
                text="Tingginya pengangguran usia muda",
                categories=["employment"],
                explain=[
                    "Lulusan SMA/SMK sulit memperoleh pekerjaan di daerah sehingga banyak yang bermigrasi ke luar daerah."
                ],
            ),
            dict(
                text="Rendahnya mutu pendidikan dasar dan menengah",
                categories=["human_capital"],
                explain=[
                    "Hasil asesmen nasional menunjukkan kemampuan literasi dan numerasi siswa masih di bawah rata-rata provinsi."
                ],
            ),
            dict(
                text="Stunting dan kualitas layanan kesehatan",
                categories=["health"],
                explain=[
                    "Prevalensi stunting 23,1 persen memerlukan intervensi terpadu dari tingkat kabupaten hingga posyandu."
                ],
            ),
            dict(
                text="Keterbatasan infrastruktur jalan desa dan jaringan irigasi",
                categories=["infrastructure"],
                explain=[
                    "Kerusakan jalan usaha tani dan saluran irigasi tersier menghambat produksi dan distribusi hasil pertanian."
                ],
            ),
            dict(
                text="Banjir musiman di sepanjang Sungai Sari",
                categories=["disaster"],
                explain=[
                    "Banjir setiap musim hujan merendam sawah dan permukiman di kecamatan hilir, menyebabkan gagal panen dan kerugian ekonomi."
                ],
            ),
            dict(
                text="Pengelolaan persampahan yang belum menjangkau seluruh wilayah",
                categories=["waste"],
                explain=[
                    "Sebagian besar desa belum terlayani pengangkutan sampah, sehingga warga membakar atau membuang sampah ke sungai."
                ],
            ),
            dict(
                text="Tata kelola pemerintahan dan kualitas pelayanan publik",
                categories=["governance", "digital"],
                explain=[
                    "Pelayanan masih manual dan SPBE belum terintegrasi, sehingga waktu layanan lama dan biaya akses tinggi bagi warga desa."
                ],
            ),
        ],
        penutup_bab=["Isu-isu strategis tersebut menjadi dasar perumusan visi dan misi pembangunan daerah."],
        visi="Visi pembangunan Kabupaten Lembah Sari Tahun 2021-2026 adalah \u201cLembah Sari Sejahtera, Mandiri Pangan dan Berdaya Saing\u201d.",
        misi=[
            "Mewujudkan kemandirian pangan dan pertanian yang maju;",
            "Meningkatkan kualitas sumber daya manusia;",
            "Membangun infrastruktur perdesaan dan ketangguhan bencana;",
            "Mewujudkan tata kelola pemerintahan yang baik.",
        ],
        tujuan=[
            ("Meningkatkan produksi dan nilai tambah pertanian", "Produktivitas padi (ton/ha); NTP"),
            ("Meningkatkan kualitas SDM", "Indeks Pembangunan Manusia"),
            (
                "Meningkatkan kualitas infrastruktur dan ketangguhan bencana",
                "Persentase jalan kabupaten mantap; Indeks Risiko Bencana",
            ),
            ("Meningkatkan kualitas tata kelola", "Indeks Reformasi Birokrasi; Indeks SPBE"),
        ],
    ),
    site=dict(
        name="Lembah Sari Terkini",
        tagline="Berita Lumbung Padi",
        menu=["Pemerintahan", "Pertanian", "Hukum", "Pendidikan", "Kesehatan", "Opini"],
        popular=[
            "Panen Raya di Padang Luas, Harga Gabah Stabil",
            "Debit Sungai Sari Naik, Warga Hilir Diminta Waspada",
            "Bupati Resmikan Jembatan Gantung Kali Bening",
            "Pendaftaran PPPK Guru Dibuka Pekan Depan",
        ],
    ),
    news=[
        dict(
            fmt="html",
            slug="berita_bintek_smart_city",
            year=2022,
            category="Pemerintahan",
            headline="Pemkab Lembah Sari Ikuti Bintek Tahap I Gerakan Menuju 100 Smart City",
            date_long="Selasa, 21 Juni 2022",
            author="Redaksi",
            views=377,
            caption="Suasana bintek smart city di Ruang Rapat Bupati Lembah Sari.",
            body=[
                "SARI HILIR \u2013 Pemerintah Kabupaten Lembah Sari mengikuti bimbingan teknis (bintek) tahap I Gerakan Menuju 100 Smart City yang difasilitasi Kementerian Komunikasi dan Informatika, Selasa (21/6/2022), di Ruang Rapat Bupati.",
                "Bintek diikuti kepala perangkat daerah, camat dan perwakilan Universitas Lembah Sari. Materi yang dibahas meliputi konsep kota cerdas, penyusunan analisis strategis dan pembentukan Dewan Smart City.",
                "Bupati Lembah Sari, H. Muhammad Zainal Arifin, berharap smart city dapat membantu petani. \u201cKita ini daerah pertanian. Smart city kita harus bisa membuat petani tahu harga gabah hari ini dan tahu kapan banjir datang,\u201d katanya.",
                "Kepala Diskominfo Lembah Sari, Hj. Nur Hasanah, S.T., menyampaikan bahwa penyusunan masterplan ditargetkan rampung akhir tahun ini.",
            ],
            baca_juga=[
                "Penyuluh Pertanian Lembah Sari Mulai Gunakan Tablet",
                "Dua Pos Pantau Sungai Sari Kini Kirim Data Otomatis",
            ],
            byline=[("Penulis", "Fajar N."), ("Editor", "Redaksi"), ("Sumber", "Diskominfo Lembah Sari")],
            tags=["smart city", "bintek", "Lembah Sari"],
        ),
        dict(
            fmt="txt",
            slug="berita_peluncuran_harga_gabah",
            year=2023,
            category="Pertanian",
            headline="Quick Win Smart City, Petani Lembah Sari Kini Bisa Pantau Harga Gabah Lewat Ponsel",
            date_long="Jumat, 3 Maret 2023",
            author="Fajar N.",
            views=1620,
            body=[
                "SARI HILIR \u2013 Petani di Kabupaten Lembah Sari kini dapat memantau harga gabah dan beras harian di 14 pasar melalui aplikasi yang diluncurkan Dinas Pertanian dan Ketahanan Pangan, Jumat (3/3/2023).",
                "Aplikasi tersebut merupakan salah satu program quick win Masterplan Smart City Kabupaten Lembah Sari. Data harga dikumpulkan petugas pasar setiap pagi dan dapat diakses melalui ponsel maupun papan informasi di kantor gapoktan.",
                "\u201cDulu kami hanya tahu harga dari tengkulak. Sekarang bisa bandingkan dulu sebelum menjual,\u201d kata Sukardi, ketua Gapoktan Sri Makmur di Kec. Padang Luas.",
                "Kepala Dinas Pertanian menyebutkan, pada tahap berikutnya aplikasi akan dilengkapi informasi stok pupuk bersubsidi dan jadwal tanam.",
            ],
            baca_juga=[
                "Pemkab Lembah Sari Ikuti Bintek Tahap I Gerakan Menuju 100 Smart City",
                "BPBD Pasang 10 Sensor Tinggi Muka Air di Sungai Sari",
            ],
            byline=[("Penulis", "Fajar N."), ("Editor", "Dewi K."), ("Foto", "Dinas Pertanian Lembah Sari")],
            tags=["quick win", "pertanian", "smart city"],
        ),
        dict(
            fmt="txt",
            slug="berita_evaluasi_smart_city",
            year=2023,
            category="Pemerintahan",
            headline="Evaluasi Smart City 2023, Lembah Sari Raih Nilai 2,73",
            date_long="Kamis, 16 November 2023",
            author="Dewi K.",
            views=540,
            body=[
                "SARI HILIR \u2013 Kementerian Komunikasi dan Informatika memberikan nilai 2,73 untuk implementasi smart city Kabupaten Lembah Sari tahun 2023. Hasil evaluasi disampaikan kepada Tim Pelaksana, Kamis (16/11).",
                "Evaluator menilai quick win peringatan dini banjir dan informasi harga gabah sudah berjalan baik. Namun masterplan dinilai belum memuat seluruh dimensi smart city.",
                "Sekretaris Daerah Lembah Sari, Drs. H. Rusdi Hamid, mengakui catatan tersebut. \u201cKami akan lakukan reviu masterplan tahun depan agar lebih lengkap,\u201d ujarnya.",
            ],
            baca_juga=["Quick Win Smart City, Petani Lembah Sari Kini Bisa Pantau Harga Gabah Lewat Ponsel"],
            byline=[("Penulis", "Dewi K."), ("Editor", "Fajar N."), ("Sumber", "Bagian Prokopim Setda Lembah Sari")],
            tags=["evaluasi", "smart city"],
        ),
    ],
)
