"""Kota Tanjung Seruni (FICTIONAL): programmes listed without indicators, targets,
years or budgets.

Demonstrates: six dimensions present, but every programme row has empty, "-" or
"akan ditentukan" in the Indikator/Target/Tahun/Anggaran cells; quick wins and
roadmap without years; RPJMD isu strategis given as a table (No | Isu Strategis | Keterangan).
"""

_T = "akan ditentukan"

CITY = dict(
    slug="tanjung_seruni",
    name="Kota Tanjung Seruni",
    short="Tanjung Seruni",
    type="kota",
    province="Provinsi Kepulauan Seruni",
    period="2023-2027",
    evaluation_score=2.41,
    missing_dimensions=[],
    bare_programmes=True,
    ignored_issues=[],
    notes="Programme matrices name programmes and OPD only; indicator, target, year and budget cells are empty, '-' or 'akan ditentukan'.",
    signoff_place="Tanjung Seruni, Desember 2022",
    head_title="WALI KOTA TANJUNG SERUNI,",
    head_name="Drs. H. RAMLI SYAHPUTRA, M.AP.",
    kata_pengantar=[
        "Puji dan syukur kita panjatkan kepada Tuhan Yang Maha Esa, karena berkat rahmat-Nya Masterplan Smart City Kota Tanjung Seruni Tahun 2023-2027 dapat kami selesaikan. Masterplan ini merupakan salah satu keluaran dari keikutsertaan Kota Tanjung Seruni dalam Gerakan Menuju 100 Smart City bersama Kementerian Komunikasi dan Informatika.",
        "Kota Tanjung Seruni adalah kota pulau yang tumbuh dari pelabuhan dagang. Arus barang dan orang yang tinggi memberikan peluang ekonomi, sekaligus menghadirkan persoalan kemacetan, sampah, pedagang kaki lima yang memenuhi trotoar dan genangan di kawasan kota lama. Kami berharap masterplan ini menjadi titik awal penataan kota yang lebih tertib dan nyaman.",
        "Rincian target, jadwal dan kebutuhan anggaran setiap program akan ditetapkan lebih lanjut oleh perangkat daerah masing-masing. Kami mengucapkan terima kasih kepada semua pihak yang telah berkontribusi.",
    ],
    latar_belakang=[
        "Kota Tanjung Seruni merupakan pusat perdagangan dan jasa di Provinsi Kepulauan Seruni. Pelabuhan Seruni menghubungkan kota dengan pulau-pulau di sekitarnya dan menjadi pintu masuk utama barang kebutuhan pokok. Aktivitas ekonomi yang terpusat di kawasan kota lama menyebabkan kepadatan lalu lintas dan ruang kota yang semrawut.",
        "Perkembangan teknologi digital dan tuntutan masyarakat terhadap pelayanan yang cepat mendorong pemerintah kota untuk melakukan transformasi digital. Beberapa perangkat daerah telah mengembangkan aplikasi, namun belum terkoordinasi dan sebagian tidak lagi digunakan.",
        "Melalui Gerakan Menuju 100 Smart City, Pemerintah Kota Tanjung Seruni memperoleh pendampingan dalam menyusun masterplan yang mencakup enam dimensi smart city. Masterplan ini diharapkan menjadi acuan bagi seluruh perangkat daerah dalam mengembangkan program kota cerdas.",
    ],
    maksud="Maksud penyusunan masterplan adalah sebagai pedoman umum pengembangan smart city di Kota Tanjung Seruni.",
    tujuan=[
        "Memberikan arah pengembangan smart city Kota Tanjung Seruni;",
        "Mengidentifikasi program-program smart city pada enam dimensi;",
        "Menjadi acuan koordinasi antarperangkat daerah.",
    ],
    dasar_hukum_lokal=[
        "Peraturan Daerah Kota Tanjung Seruni Nomor 2 Tahun 2021 tentang RPJMD Kota Tanjung Seruni Tahun 2021-2026;",
        "Keputusan Wali Kota Tanjung Seruni tentang Pembentukan Dewan Smart City Kota Tanjung Seruni.",
    ],
    ruang_lingkup="Ruang lingkup masterplan meliputi wilayah Kota Tanjung Seruni yang terdiri atas 5 kecamatan dan 29 kelurahan, serta enam dimensi smart city: smart governance, smart branding, smart economy, smart living, smart society dan smart environment.",
    analisis_intro="Analisis strategis disusun berdasarkan data yang tersedia pada perangkat daerah dan hasil diskusi dalam rangkaian bimbingan teknis.",
    gambaran_umum=[
        (
            "2.1.1 Geografi",
            [
                "Kota Tanjung Seruni terletak di ujung barat Pulau Seruni dengan luas daratan 68,4 km2. Sebagian besar wilayah merupakan dataran rendah pantai, dengan bukit-bukit kecil di bagian timur. Kawasan kota lama berada di tepi pelabuhan dan dilalui dua kanal peninggalan masa kolonial yang kini dangkal oleh sedimen dan sampah.",
                "Saat hujan deras, genangan terjadi di sekitar Pasar Besar, Jl. Hang Tuah dan kawasan pergudangan. Keterbatasan lahan membuat pengembangan kota mengarah ke timur dan ke kawasan reklamasi di utara pelabuhan.",
            ],
        ),
        (
            "2.1.2 Penduduk",
            [
                "Penduduk Kota Tanjung Seruni berjumlah 287.650 jiwa dengan komposisi etnis yang beragam, mencerminkan sejarahnya sebagai kota dagang. Kepadatan penduduk di kecamatan kota lama mencapai lebih dari 11 ribu jiwa per km2. Tingkat pengangguran terbuka tercatat 8,4 persen, tertinggi di provinsi.",
            ],
        ),
        (
            "2.1.3 Ekonomi",
            [
                "Sektor perdagangan, transportasi dan pergudangan menyumbang lebih dari separuh PDRB. Pasar Besar Tanjung Seruni melayani pedagang dari pulau-pulau sekitar. Ribuan pedagang kaki lima berjualan di trotoar dan bahu jalan di sekitar pasar dan pelabuhan.",
                "Kota ini memiliki warisan bangunan tua, kuliner peranakan dan pantai-pantai kecil yang berpotensi dikembangkan sebagai daya tarik wisata, namun belum dipromosikan secara terarah.",
            ],
        ),
        (
            "2.1.4 Pelayanan Dasar",
            [
                "Layanan kesehatan didukung 9 puskesmas dan 2 rumah sakit. Timbulan sampah kota diperkirakan 190 ton per hari dan TPA Bukit Seruni telah melebihi kapasitas. Angkutan umum terbatas pada angkutan kota dengan trayek tumpang tindih.",
            ],
        ),
    ],
    wilayah_table_intro="Data wilayah per kecamatan disajikan pada tabel berikut.",
    wilayah_table_caption="Luas Wilayah dan Penduduk Kota Tanjung Seruni Tahun 2021",
    wilayah_table=(
        ["No", "Kecamatan", "Luas (km2)", "Kelurahan", "Penduduk (jiwa)"],
        [
            ["1", "Seruni Kota", "6,2", "7", "70.118"],
            ["2", "Pelabuhan", "9,8", "6", "61.502"],
            ["3", "Bukit Seruni", "21,6", "6", "52.277"],
            ["4", "Pantai Timur", "18,3", "5", "58.914"],
            ["5", "Tanjung Utara", "12,5", "5", "44.839"],
            ["", "Jumlah", "68,4", "29", "287.650"],
        ],
    ),
    struktur=[
        "Sumber daya manusia TIK di lingkungan Pemerintah Kota Tanjung Seruni masih terbatas dan sebagian besar berstatus tenaga kontrak. Anggaran TIK tersebar di berbagai perangkat daerah.",
        "Dewan Smart City telah dibentuk dengan keputusan wali kota. Pertemuan Dewan Smart City dan Tim Pelaksana belum berjalan secara rutin.",
    ],
    infrastruktur=[
        "Jaringan internet pemerintah telah menghubungkan sebagian kantor perangkat daerah. Pusat data belum memenuhi standar dan sering mengalami gangguan listrik. WiFi publik tersedia di beberapa lokasi.",
        "Infrastruktur jalan dan drainase di kawasan kota lama memerlukan perbaikan, sementara terminal dan halte angkutan umum kurang terawat.",
    ],
    suprastruktur=[
        "Regulasi tentang SPBE masih dalam tahap penyusunan. Indeks SPBE Kota Tanjung Seruni tahun 2021 berada pada predikat Kurang. Belum ada SOP terkait pengelolaan aplikasi dan data.",
    ],
    kesiapan_intro="Ringkasan kesiapan disajikan pada Tabel 2.2.",
    kesiapan=[
        ("Struktur", "SDM TIK", "Terbatas, sebagian tenaga kontrak", "Rendah"),
        ("Struktur", "Tata kelola", "Dewan Smart City terbentuk, belum rutin bertemu", "Sedang"),
        ("Infrastruktur", "Jaringan dan pusat data", "Belum menjangkau seluruh OPD", "Rendah"),
        ("Suprastruktur", "Regulasi SPBE", "Dalam penyusunan", "Rendah"),
    ],
    swot=dict(
        S=[
            "Posisi strategis sebagai kota pelabuhan dan pusat perdagangan;",
            "Keragaman budaya dan kuliner;",
            "Dukungan pimpinan daerah.",
        ],
        W=[
            "SDM TIK terbatas;",
            "Aplikasi tidak terintegrasi;",
            "Regulasi SPBE belum tersedia;",
            "Penataan PKL dan wajah kota belum optimal.",
        ],
        O=["Pendampingan Kominfo;", "Pertumbuhan ekonomi digital;", "Dukungan pemerintah provinsi."],
        T=["Kemacetan dan pertumbuhan kendaraan;", "TPA melebihi kapasitas;", "Persaingan antarkota pelabuhan."],
    ),
    swot_strategi="Strategi yang diambil adalah memanfaatkan posisi strategis kota dan dukungan pimpinan untuk memperbaiki tata kelola, memperkuat SDM, dan menata kawasan kota lama.",
    keselarasan_intro="Keterkaitan isu strategis RPJMD dengan masterplan disajikan berikut ini.",
    keselarasan=[
        (
            "Kemacetan dan angkutan umum",
            "Smart Living",
            "Area Traffic Control System; Aplikasi Informasi Angkutan Umum",
        ),
        ("Persampahan dan TPA", "Smart Environment", "Bank Sampah Digital; Armada Pengangkut Sampah Ber-GPS"),
        ("Penataan PKL dan wajah kota lama", "Smart Branding", "Penataan Kawasan PKL Berbasis Zonasi Digital"),
        ("Pengangguran", "Smart Economy", "Bursa Kerja Daring"),
        ("Pelayanan publik", "Smart Governance", "Mal Pelayanan Publik Digital"),
        ("Kesehatan", "Smart Living", "Sistem Informasi Kesehatan Daerah Terintegrasi"),
        ("Genangan dan banjir", "Smart Environment", "Sistem Peringatan Dini Banjir"),
        ("Daya saing ekonomi dan UMKM", "Smart Economy", "UMKM Go Digital"),
        ("Kualitas pendidikan", "Smart Society", "Sekolah Digital"),
    ],
    visi_intro="Visi smart city Kota Tanjung Seruni adalah:",
    visi="Tanjung Seruni Kota Pelabuhan Cerdas, Tertib dan Berdaya Saing",
    visi_penjelasan=[
        "Visi ini menggambarkan keinginan untuk menjadikan Tanjung Seruni kota pelabuhan yang memanfaatkan teknologi untuk pelayanan, ketertiban dan daya saing ekonomi.",
    ],
    misi=[
        "Meningkatkan kualitas tata kelola pemerintahan;",
        "Meningkatkan citra kota;",
        "Meningkatkan perekonomian;",
        "Meningkatkan kualitas hidup masyarakat;",
        "Membangun masyarakat yang cerdas;",
        "Menjaga kelestarian lingkungan.",
    ],
    tujuan_sasaran=[
        "Tujuan smart city adalah meningkatnya kualitas pelayanan publik, ketertiban kota dan kesejahteraan masyarakat. Sasaran dan indikator keberhasilan akan dirumuskan lebih lanjut bersama perangkat daerah dalam penyusunan Renstra.",
    ],
    strategi_intro="Strategi pengembangan pada setiap dimensi diuraikan secara umum sebagai berikut.",
    dim_intro=dict(
        governance="Strategi smart governance adalah meningkatkan pelayanan publik berbasis elektronik dan memperbaiki tata kelola pemerintahan.",
        branding="Strategi smart branding adalah menata wajah kota lama, mengembangkan wisata warisan budaya dan kuliner, serta mempromosikan peluang usaha.",
        economy="Strategi smart economy adalah mengembangkan UMKM, memperluas kesempatan kerja dan mendorong transaksi non-tunai.",
        living="Strategi smart living adalah memperbaiki transportasi, layanan kesehatan dan penataan ruang.",
        society="Strategi smart society adalah meningkatkan literasi digital, pendidikan dan keamanan.",
        environment="Strategi smart environment adalah memperbaiki pengelolaan sampah, mengurangi genangan dan menghemat energi.",
    ),
    element_text={
        "governance.service": [
            "Pelayanan publik akan dikembangkan secara elektronik agar lebih mudah diakses masyarakat."
        ],
        "governance.bureaucracy": ["Manajemen birokrasi akan diperbaiki melalui penerapan SPBE."],
        "governance.policy": ["Kebijakan publik akan didukung oleh data yang lebih baik."],
        "branding.tourism": [
            "Potensi bangunan tua, kuliner peranakan dan pantai akan dikembangkan sebagai daya tarik wisata kota."
        ],
        "branding.business": [
            "Peluang usaha di sektor perdagangan dan logistik pelabuhan akan dipromosikan kepada calon investor."
        ],
        "branding.city_appearance": [
            "Kawasan kota lama, trotoar dan pasar akan ditata, termasuk penataan pedagang kaki lima."
        ],
        "economy.industry": ["UMKM dan industri kecil akan dibina agar mampu memanfaatkan teknologi digital."],
        "economy.welfare": ["Kesempatan kerja akan diperluas melalui informasi lowongan dan pelatihan."],
        "economy.transaction": ["Transaksi non-tunai akan didorong di lingkungan pemerintah dan pasar."],
        "living.harmony": ["Penataan ruang akan didukung sistem informasi tata ruang."],
        "living.health": ["Layanan kesehatan akan ditingkatkan melalui sistem informasi kesehatan."],
        "living.mobility": ["Kemacetan akan diatasi melalui pengaturan lalu lintas dan perbaikan angkutan umum."],
        "society.community": ["Partisipasi komunitas akan ditingkatkan."],
        "society.learning": ["Pendidikan akan didukung dengan pemanfaatan teknologi."],
        "society.security": ["Keamanan kota akan ditingkatkan dengan CCTV dan layanan darurat."],
        "environment.protection": ["Genangan dan banjir akan ditangani melalui pemantauan dan peringatan dini."],
        "environment.waste": ["Pengelolaan sampah akan ditingkatkan melalui bank sampah dan pemantauan armada."],
        "environment.energy": ["Penghematan energi akan dilakukan di gedung pemerintah dan penerangan jalan."],
    },
    program_intro=[
        "Program pengembangan smart city Kota Tanjung Seruni disajikan dalam matriks berikut. Indikator, target, tahun pelaksanaan dan kebutuhan anggaran akan ditentukan kemudian oleh perangkat daerah penanggung jawab sesuai kemampuan keuangan daerah.",
    ],
    program_dim_text=dict(
        governance="Program dimensi smart governance:",
        branding="Program dimensi smart branding:",
        economy="Program dimensi smart economy:",
        living="Program dimensi smart living:",
        society="Program dimensi smart society:",
        environment="Program dimensi smart environment:",
    ),
    programmes=[
        ("mpp",),
        ("aduan",),
        ("spbe",),
        ("datacenter",),
        ("satudata",),
        ("event_wisata", dict(name="Wisata Warisan Kota Lama dan Kuliner Peranakan")),
        ("peta_investasi",),
        ("pkl_zonasi",),
        ("signage",),
        ("umkm_go",),
        ("bursa_kerja",),
        ("pelatihan_kerja",),
        ("epasar",),
        ("qris_pajak",),
        ("sitaru",),
        ("sik",),
        ("psc119",),
        ("atcs",),
        ("angkutan",),
        ("eparkir",),
        ("komunitas",),
        ("literasi",),
        ("sekolah_digital",),
        ("cctv",),
        ("call112",),
        ("ews", dict(name="Sistem Peringatan Dini Genangan dan Banjir")),
        ("bank_sampah",),
        ("armada_gps",),
        ("energi_hemat",),
        ("pju_surya",),
    ],
    quickwin_intro=[
        "Program quick win yang diusulkan adalah sebagai berikut. Target dan jadwal pelaksanaan akan ditetapkan kemudian.",
    ],
    quickwins=[
        ("Aplikasi Pengaduan Masyarakat Terpadu", "Smart Governance", "-", "-", "Dinas Komunikasi dan Informatika"),
        ("Penataan Kawasan PKL Berbasis Zonasi Digital", "Smart Branding", "-", _T, "Satuan Polisi Pamong Praja"),
        ("Parkir Elektronik (e-Parkir)", "Smart Living", "", "", "Dinas Perhubungan"),
        ("Bank Sampah Digital", "Smart Environment", _T, _T, "Dinas Lingkungan Hidup"),
    ],
    quickwin_after=[
        "Pelaksanaan quick win akan dikoordinasikan oleh Tim Pelaksana Smart City.",
    ],
    roadmap=[
        (
            "Tahap Awal",
            ["Tahap awal difokuskan pada penyiapan regulasi dan kelembagaan."],
            ["Penyusunan Perwal SPBE;", "Penguatan Dewan Smart City;", "Pelaksanaan quick win."],
        ),
        (
            "Tahap Pengembangan",
            ["Tahap pengembangan difokuskan pada pelaksanaan program prioritas."],
            ["Pengembangan layanan publik elektronik;", "Penataan kawasan kota lama;", "Pengembangan transportasi."],
        ),
        (
            "Tahap Keberlanjutan",
            ["Tahap keberlanjutan difokuskan pada evaluasi dan penyempurnaan."],
            ["Evaluasi program;", "Penyempurnaan masterplan."],
        ),
    ],
    roadmap_table=(
        ["Dimensi", "Tahap Awal", "Tahap Pengembangan", "Tahap Keberlanjutan"],
        [
            ["Smart Governance", "Regulasi SPBE", "MPP Digital", "Evaluasi"],
            ["Smart Branding", "Penataan PKL", "Wisata kota lama", "Evaluasi"],
            ["Smart Economy", "QRIS pajak", "UMKM Go Digital", "Evaluasi"],
            ["Smart Living", "e-Parkir", "ATCS", "Evaluasi"],
            ["Smart Society", "Literasi digital", "CCTV, 112", "Evaluasi"],
            ["Smart Environment", "Bank sampah", "Peringatan dini", "Evaluasi"],
        ],
    ),
    penutup=[
        "Masterplan Smart City Kota Tanjung Seruni Tahun 2023-2027 diharapkan menjadi pedoman bagi seluruh pemangku kepentingan dalam mewujudkan Tanjung Seruni sebagai kota pelabuhan cerdas, tertib dan berdaya saing. Penjabaran lebih rinci akan dilakukan dalam dokumen perencanaan perangkat daerah.",
    ],
    rpjmd=dict(
        period="2021-2026",
        perda="2 Tahun 2021",
        isu_style="table",
        intro=[
            "Bab ini menguraikan permasalahan pembangunan dan isu strategis Kota Tanjung Seruni yang menjadi dasar penentuan prioritas pembangunan lima tahun ke depan.",
            "Perumusan isu strategis dilakukan melalui telaahan terhadap kondisi daerah, capaian kinerja periode sebelumnya, kebijakan nasional dan provinsi, serta aspirasi masyarakat yang dihimpun dalam forum konsultasi publik dan reses DPRD.",
        ],
        permasalahan=[
            "Sebagai kota pelabuhan dengan ruang terbatas, Kota Tanjung Seruni menghadapi persoalan yang saling berkaitan: kemacetan di kawasan kota lama, timbulan sampah yang melebihi kapasitas TPA, menjamurnya pedagang kaki lima di trotoar, serta genangan di kawasan pasar dan pergudangan. Tingkat pengangguran terbuka yang tinggi juga menjadi perhatian utama.",
            "Tabel 4.1 merangkum permasalahan pokok per urusan.",
        ],
        permasalahan_table=[
            (
                "Perhubungan",
                "Kemacetan di kawasan kota lama dan pelabuhan",
                "Parkir tepi jalan, angkutan kota tumpang tindih",
            ),
            ("Lingkungan Hidup", "TPA Bukit Seruni melebihi kapasitas", "Pengurangan sampah di sumber rendah"),
            ("Ketenteraman dan Ketertiban", "PKL memenuhi trotoar dan bahu jalan", "Lokasi berjualan resmi terbatas"),
            ("Tenaga Kerja", "Pengangguran terbuka 8,4%", "Keterampilan tidak sesuai kebutuhan pasar"),
            ("Pemerintahan", "Pelayanan publik lambat", "Prosedur manual, SPBE belum berjalan"),
            (
                "Kesehatan",
                "Angka kesakitan penyakit berbasis lingkungan tinggi",
                "Permukiman padat, kebersihan lingkungan",
            ),
            ("Pekerjaan Umum", "Genangan di kawasan kota lama", "Kanal dangkal, drainase tersumbat"),
            ("Pendidikan", "Mutu pendidikan belum merata", "Sarana dan kompetensi guru"),
        ],
        isu_intro=["Isu strategis pembangunan Kota Tanjung Seruni Tahun 2021-2026 disajikan pada Tabel 4.2."],
        issues=[
            dict(
                text="Kemacetan lalu lintas dan buruknya layanan angkutan umum",
                categories=["transport"],
                explain=[
                    "Pertumbuhan kendaraan dan parkir di badan jalan menyebabkan kemacetan di kawasan kota lama dan pelabuhan."
                ],
            ),
            dict(
                text="Pengelolaan persampahan dan kapasitas TPA",
                categories=["waste"],
                explain=["Timbulan sampah 190 ton/hari, TPA telah melebihi kapasitas."],
            ),
            dict(
                text="Penataan pedagang kaki lima dan wajah kota lama",
                categories=["city_appearance", "public_order"],
                explain=["PKL berjualan di trotoar dan bahu jalan; kawasan kota lama kumuh dan tidak tertata."],
            ),
            dict(
                text="Tingginya tingkat pengangguran terbuka",
                categories=["employment"],
                explain=["TPT 8,4 persen, tertinggi di provinsi, terutama lulusan SMA/SMK."],
            ),
            dict(
                text="Kualitas pelayanan publik dan tata kelola pemerintahan",
                categories=["governance"],
                explain=["Pelayanan masih manual dan Indeks SPBE berpredikat Kurang."],
            ),
            dict(
                text="Derajat kesehatan masyarakat",
                categories=["health"],
                explain=["Penyakit berbasis lingkungan dan akses layanan kesehatan di permukiman padat."],
            ),
            dict(
                text="Genangan dan banjir di kawasan kota lama",
                categories=["disaster", "infrastructure"],
                explain=["Kanal dan drainase tidak berfungsi optimal saat hujan deras."],
            ),
            dict(
                text="Daya saing ekonomi, perdagangan dan UMKM",
                categories=["economy"],
                explain=["UMKM belum memanfaatkan teknologi digital; persaingan dengan kota pelabuhan lain."],
            ),
            dict(
                text="Mutu pendidikan",
                categories=["human_capital"],
                explain=["Mutu pendidikan antarsekolah belum merata."],
            ),
        ],
        penutup_bab=["Isu strategis tersebut menjadi dasar perumusan visi, misi, tujuan dan sasaran RPJMD."],
        visi="Visi pembangunan Kota Tanjung Seruni Tahun 2021-2026 adalah \u201cTanjung Seruni Kota Dagang yang Maju, Tertib dan Sejahtera\u201d.",
        misi=[
            "Meningkatkan daya saing ekonomi kota dagang;",
            "Mewujudkan kota yang tertib, bersih dan nyaman;",
            "Meningkatkan kualitas sumber daya manusia;",
            "Mewujudkan pemerintahan yang melayani.",
        ],
        tujuan=[
            ("Meningkatkan pertumbuhan ekonomi dan kesempatan kerja", "Laju pertumbuhan ekonomi; TPT"),
            ("Meningkatkan ketertiban dan kualitas lingkungan kota", "Indeks Kualitas Lingkungan Hidup"),
            ("Meningkatkan kualitas SDM", "Indeks Pembangunan Manusia"),
            ("Meningkatkan kualitas pelayanan publik", "Indeks Kepuasan Masyarakat"),
        ],
    ),
    site=dict(
        name="Seruni Pos",
        tagline="Dari Pelabuhan untuk Kota",
        menu=["Kota", "Ekonomi", "Pelabuhan", "Hukum", "Sosial", "Opini"],
        popular=[
            "Kapal Cepat Seruni-Pulau Laut Tambah Jadwal",
            "Pedagang Pasar Besar Keluhkan Genangan",
            "Satpol PP Tertibkan Lapak di Jl. Hang Tuah",
            "Harga Cabai di Tanjung Seruni Naik Lagi",
        ],
    ),
    news=[
        dict(
            fmt="html",
            slug="berita_mou_kominfo",
            year=2022,
            category="Kota",
            headline="Wali Kota Tanjung Seruni Teken MoU Smart City dengan Kominfo",
            date_long="Selasa, 24 Mei 2022",
            author="Redaksi",
            views=690,
            caption="Penandatanganan MoU Gerakan Menuju 100 Smart City.",
            body=[
                "TANJUNG SERUNI \u2013 Wali Kota Tanjung Seruni, Drs. H. Ramli Syahputra, M.AP., menandatangani nota kesepahaman (MoU) Gerakan Menuju 100 Smart City dengan Kementerian Komunikasi dan Informatika, Selasa (24/5/2022).",
                "Ramli mengatakan, smart city diharapkan membantu menata kota pelabuhan yang selama ini dikenal macet dan semrawut. \u201cKita mulai dari yang paling dikeluhkan warga: parkir, PKL dan sampah,\u201d ujarnya.",
                "Kepala Diskominfo Tanjung Seruni, Hendra Gunawan, S.T., menyebutkan tahap selanjutnya adalah pembentukan Dewan Smart City dan mengikuti bimbingan teknis bersama tenaga ahli Kominfo.",
            ],
            baca_juga=[
                "Satpol PP Tertibkan Lapak di Jl. Hang Tuah",
                "Diskominfo Tanjung Seruni Data Ulang Aplikasi OPD",
            ],
            byline=[("Penulis", "Irwan S."), ("Editor", "Redaksi"), ("Sumber", "Prokopim Setda Kota Tanjung Seruni")],
            tags=["smart city", "MoU", "Kominfo"],
        ),
        dict(
            fmt="html",
            slug="berita_penghargaan_inovasi",
            year=2023,
            category="Kota",
            headline="Aplikasi Pengaduan Warga Antar Tanjung Seruni Raih Penghargaan Inovasi Pelayanan Publik",
            date_long="Jumat, 11 Agustus 2023",
            author="Irwan S.",
            views=845,
            caption="Wali Kota menerima penghargaan inovasi pelayanan publik.",
            body=[
                "TANJUNG SERUNI \u2013 Aplikasi pengaduan masyarakat \u201cSeruni Lapor\u201d mengantarkan Pemerintah Kota Tanjung Seruni meraih penghargaan Inovasi Pelayanan Publik tingkat provinsi. Penghargaan diserahkan Gubernur Kepulauan Seruni, Jumat (11/8).",
                "Seruni Lapor merupakan salah satu program quick win dalam masterplan smart city kota. Sejak diluncurkan awal tahun, aplikasi ini menerima lebih dari 4.200 aduan, sebagian besar terkait parkir liar, sampah dan lampu jalan padam.",
                "Wali Kota Ramli Syahputra mengapresiasi kerja Diskominfo dan perangkat daerah yang menindaklanjuti aduan. \u201cPenghargaan ini milik warga yang mau melapor,\u201d katanya.",
                "Meski demikian, Ramli mengakui sejumlah program smart city lain belum berjalan karena target dan anggarannya belum ditetapkan. Ia meminta OPD segera melengkapi rencana aksi.",
            ],
            baca_juga=[
                "Wali Kota Tanjung Seruni Teken MoU Smart City dengan Kominfo",
                "Seruni Lapor Terima 4.200 Aduan, Terbanyak Soal Parkir",
            ],
            byline=[("Penulis", "Irwan S."), ("Editor", "Maria T."), ("Foto", "Humas Pemkot Tanjung Seruni")],
            tags=["penghargaan", "inovasi", "smart city"],
        ),
        dict(
            fmt="txt",
            slug="berita_evaluasi_smart_city",
            year=2023,
            category="Kota",
            headline="Nilai Evaluasi Smart City Tanjung Seruni 2,41, Kominfo Soroti Program Tanpa Target",
            date_long="Senin, 20 November 2023",
            author="Maria T.",
            views=1033,
            body=[
                "TANJUNG SERUNI \u2013 Evaluasi implementasi smart city Kota Tanjung Seruni tahun 2023 menghasilkan nilai 2,41. Hasil tersebut disampaikan tim evaluator Kementerian Kominfo dalam rapat di Balai Kota, Senin (20/11/2023).",
                "Evaluator menyoroti matriks program dalam masterplan yang belum mencantumkan indikator, target, tahun pelaksanaan dan anggaran. \u201cTanpa target, kemajuan program sulit diukur,\u201d ujar salah satu evaluator.",
                "Kepala Bappeda Tanjung Seruni, Dra. Siti Aminah, M.Si., menyatakan pihaknya akan memfasilitasi penyusunan indikator bersama perangkat daerah pada awal 2024.",
                "Adapun quick win aplikasi pengaduan Seruni Lapor dan bank sampah digital dinilai telah memberikan manfaat bagi warga.",
            ],
            baca_juga=[
                "Aplikasi Pengaduan Warga Antar Tanjung Seruni Raih Penghargaan Inovasi Pelayanan Publik",
                "Bank Sampah Digital Hadir di Lima Kelurahan",
            ],
            byline=[("Penulis", "Maria T."), ("Editor", "Irwan S."), ("Sumber", "Bappeda Kota Tanjung Seruni")],
            tags=["evaluasi", "smart city"],
        ),
        dict(
            fmt="txt",
            slug="berita_peluncuran_eparkir",
            year=2023,
            category="Kota",
            headline="Uji Coba Parkir Non-Tunai Dimulai di Jl. Hang Tuah",
            date_long="Kamis, 1 Juni 2023",
            author="Irwan S.",
            views=402,
            body=[
                "TANJUNG SERUNI \u2013 Dinas Perhubungan Kota Tanjung Seruni memulai uji coba parkir non-tunai di Jl. Hang Tuah dan sekitar Pasar Besar, Kamis (1/6). Pengendara dapat membayar parkir menggunakan QRIS yang ditunjukkan juru parkir.",
                "Kepala Dishub mengatakan uji coba berlangsung tiga bulan sebelum diperluas. Juru parkir dibekali rompi dan kartu identitas resmi.",
                "Sejumlah warga menyambut baik uji coba ini, namun berharap penertiban parkir liar juga dilakukan secara konsisten.",
            ],
            baca_juga=["Pedagang Pasar Besar Keluhkan Genangan"],
            byline=[("Penulis", "Irwan S."), ("Editor", "Maria T."), ("Sumber", "Dishub Kota Tanjung Seruni")],
            tags=["parkir", "smart city"],
        ),
    ],
)
