"""Kota Sekar Mayang (FICTIONAL): programme cards (fresh held-out set).

Style: every quick win and flagship programme ("Program Unggulan") is described on its own card, as
real masterplans do: a small two-column key/value table (with or without a "Komponen | Uraian"
header) or a key/value list ("Nama Program : ..."). Keys: Nama Program, Dimensi, Kategori, Latar
Belakang, Tujuan, Keluaran (Output), Target / KPI, Waktu Pelaksanaan, Perangkat Daerah Penanggung
Jawab, Mitra, Perkiraan Biaya, Sumber Pendanaan; their wording varies from card to card
("Penanggung Jawab", "OPD Pengampu", "Leading Sector"; "Estimasi Anggaran", "Kebutuhan Anggaran";
"Indikator Kinerja / Target"; "Jadwal Pelaksanaan", "Periode"). Long cards run over a page break.
Mitra (companies, universities, Puskesmas, RSUD, BUMD, communities) are never the OPD. Money as
"Rp 450 juta", "Rp 600.000.000", "1,2 M", "Rp 3 M", "Rp 3,5 miliar", "Rp 85.000.000.000,00", per
year with the total, or per year only (gold budget = the sum, budget_per_year). Three programmes
truly lack one field: an OPD ("akan ditetapkan"; Mitra given), a year ("menyesuaikan ...") and a
budget ("dalam perhitungan").
"""

from .common import Prog, Target, money, num_id, years_text

PLAN = dict(
    slug="p10_kartu_sekar_mayang",
    name="Kota Sekar Mayang",
    period="2025-2029",
    style="programme cards",
    split="fresh",
    intro=[
        "Kota Sekar Mayang adalah kota jasa dan perdagangan yang tumbuh di sekitar stasiun kereta dan "
        "pasar induk regional. Kota ini dikenal dengan batik bermotif bunga mayang dan festival budaya "
        'tahunan. Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menetapkan visi "Sekar '
        'Mayang Kota Cerdas yang Melayani".',
        "Bab IV menyajikan program quick win dan program unggulan dalam bentuk kartu program. Setiap kartu "
        "memuat latar belakang, tujuan, keluaran, target, waktu pelaksanaan, perangkat daerah, mitra dan "
        "kebutuhan anggaran sehingga dapat langsung dijadikan acuan penyusunan Renja perangkat daerah.",
    ],
)

T = Target

# key labels per card variant: field -> label
KEYS = [
    dict(
        name="Nama Program",
        dim="Dimensi",
        cat="Kategori",
        bg="Latar Belakang",
        goal="Tujuan",
        out="Keluaran (Output)",
        tgt="Target / KPI",
        when="Waktu Pelaksanaan",
        opd="Perangkat Daerah Penanggung Jawab",
        mitra="Mitra",
        cost="Perkiraan Biaya",
        fund="Sumber Pendanaan",
    ),
    dict(
        name="Nama Program",
        dim="Dimensi Smart City",
        cat="Jenis Program",
        bg="Latar Belakang",
        goal="Tujuan",
        out="Keluaran",
        tgt="Indikator Kinerja / Target",
        when="Jadwal Pelaksanaan",
        opd="Penanggung Jawab",
        mitra="Mitra Kerja Sama",
        cost="Estimasi Anggaran",
        fund="Sumber Dana",
    ),
    dict(
        name="Program",
        dim="Dimensi",
        cat="Kategori",
        bg="Permasalahan",
        goal="Tujuan",
        out="Output",
        tgt="Target Kinerja (KPI)",
        when="Periode",
        opd="OPD Pengampu",
        mitra="Pihak Terkait",
        cost="Kebutuhan Anggaran",
        fund="Sumber Pendanaan",
    ),
    dict(
        name="Nama Program",
        dim="Dimensi",
        cat="Kategori",
        bg="Latar Belakang",
        goal="Sasaran",
        out="Keluaran (Output)",
        tgt="Target / KPI",
        when="Tahun Pelaksanaan",
        opd="Leading Sector",
        mitra="Mitra",
        cost="Perkiraan Biaya",
        fund="Sumber Pendanaan",
    ),
]


def _c(
    name,
    dim,
    bg,
    goal,
    out,
    opd,
    target,
    year,
    budget,
    bfmt,
    mitra,
    fund,
    *,
    keys=0,
    layout="table",
    tstyle="pct",
    when="plain",
    per_year=None,
    qw=False,
    note="",
):
    """One card. `when`: how the year is written; `tstyle`: how the KPI is written."""
    if per_year and budget is None:
        budget = sum(per_year.values())
    p = Prog(name, "", list(opd), target, year, budget, bfmt, budget_per_year=per_year, quick_win=qw, note=note)
    CARD[name] = dict(
        dim=dim, bg=bg, goal=goal, out=out, mitra=mitra, fund=fund, keys=keys, layout=layout, tstyle=tstyle, when=when
    )
    return p


CARD: dict[str, dict] = {}

QUICK_WINS = [
    _c(
        "Sapa Warga Sekar Mayang",
        "Smart Governance",
        "Pengaduan warga masih tersebar di media sosial, pesan singkat, surat dan kotak saran di kantor "
        "kelurahan sehingga sulit dipantau tindak lanjutnya oleh pimpinan.",
        "Menyatukan seluruh kanal pengaduan ke dalam satu aplikasi dengan batas waktu tindak lanjut yang "
        "jelas bagi setiap perangkat daerah.",
        "Aplikasi pengaduan terpadu; dasbor tindak lanjut pengaduan untuk Wali Kota dan Sekretaris Daerah.",
        ["Dinas Komunikasi dan Informatika"],
        T("pengaduan warga yang ditindaklanjuti paling lama tiga hari kerja", 85, "persen", 2025),
        2025,
        450e6,
        "juta",
        "Politeknik Sekar Mayang; komunitas relawan TIK",
        "APBD",
        keys=0,
        qw=True,
    ),
    _c(
        "Wifi Ruang Publik",
        "Smart Living",
        "Warga, pelajar dan pelaku usaha kecil yang beraktivitas di taman dan alun-alun belum memiliki akses "
        "internet yang memadai.",
        "Menyediakan akses internet gratis yang aman di ruang publik kota.",
        "Titik akses internet publik dengan portal masuk dan batas waktu pemakaian.",
        ["Dinas Komunikasi dan Informatika"],
        T("titik ruang publik dengan akses internet gratis", 15, "titik", 2025),
        2025,
        600e6,
        "dots",
        "PT Mayang Lintas Data (penyedia jaringan)",
        "APBD dan CSR",
        keys=1,
        tstyle="ind_colon",
        qw=True,
    ),
    _c(
        "Antrean Daring Puskesmas",
        "Smart Living",
        "Antrean pasien di puskesmas pada pagi hari masih panjang dan waktu tunggu tidak dapat diperkirakan "
        "oleh pasien.",
        "Mengurangi waktu tunggu pasien melalui pendaftaran dan nomor antrean daring.",
        "Aplikasi antrean daring yang terhubung dengan sistem informasi puskesmas; layar antrean di ruang tunggu.",
        ["Dinas Kesehatan"],
        T("puskesmas yang menerapkan antrean daring", 12, "puskesmas", 2025),
        2025,
        1.2e9,
        "M_bare",
        "Puskesmas se-Kota Sekar Mayang; PT Sehat Data Nusantara",
        "APBD",
        keys=2,
        layout="table_h",
        when="tw",
        qw=True,
        note="Puskesmas as Mitra, not the OPD; money '1,2 M'",
    ),
    _c(
        "Retribusi Pasar Nontunai",
        "Smart Economy",
        "Retribusi pasar masih dipungut secara tunai sehingga rawan kebocoran dan sulit direkonsiliasi.",
        "Menerapkan pembayaran retribusi pasar dengan kode QR dan kartu uang elektronik.",
        "Kode QR retribusi untuk setiap los dan kios; laporan penerimaan harian.",
        ["Dinas Perdagangan"],
        T("pasar rakyat yang memungut retribusi secara nontunai", 8, "pasar", 2025),
        2025,
        275e6,
        "juta",
        "Bank Sekar Mayang (BUMD)",
        "APBD",
        keys=3,
        layout="list",
        tstyle="phrase2",
        qw=True,
        note="BUMD bank as Mitra",
    ),
    _c(
        "Etalase UMKM Stasiun",
        "Smart Branding",
        "Stasiun kereta menjadi pintu masuk utama wisatawan, tetapi produk unggulan UMKM kota belum tampil "
        "di kawasan stasiun maupun di kanal daring resmi kota.",
        "Memperkenalkan produk unggulan kota kepada pengunjung dan memperluas pasar UMKM.",
        "Gerai etalase di kawasan stasiun; katalog daring produk terkurasi.",
        ["Dinas Koperasi dan Usaha Mikro"],
        T("produk UMKM terkurasi yang dipajang dan dijual secara daring", 150, "produk", 2025),
        2025,
        None,
        "juta",
        "Pengelola Stasiun Sekar Mayang; Asosiasi UMKM Kreatif Mayang",
        "CSR",
        keys=0,
        tstyle="plain",
        qw=True,
        note="budget truly missing: 'dalam perhitungan'",
    ),
    _c(
        "Pilah Sampah dari Rumah",
        "Smart Environment",
        "Sampah rumah tangga yang masuk ke tempat pemrosesan akhir sebagian besar belum dipilah sehingga "
        "umur pakai tempat pemrosesan akhir semakin pendek.",
        "Membiasakan warga memilah sampah organik dan anorganik sejak dari rumah.",
        "Kantong pilah untuk rumah tangga; jadwal angkut terpilah; pencatatan setoran di bank sampah.",
        ["Dinas Lingkungan Hidup"],
        T("RW yang menerapkan pemilahan sampah rumah tangga", 40, "RW", 2025),
        2025,
        320e6,
        "juta",
        "Bank Sampah Induk Mayang Lestari; Tim Penggerak PKK",
        "APBD",
        keys=1,
        layout="table_h",
        tstyle="ind_colon",
        when="ta",
        qw=True,
    ),
]

FLAGSHIP = {
    "Smart Governance": [
        _c(
            "Mal Pelayanan Publik Digital",
            "Smart Governance",
            "Mal Pelayanan Publik telah beroperasi sejak 2022, tetapi sebagian besar layanan masih mengharuskan "
            "warga datang langsung dan membawa berkas fisik.",
            "Menghadirkan layanan Mal Pelayanan Publik secara daring sehingga warga cukup datang untuk "
            "pengambilan dokumen tertentu.",
            "Portal MPP Digital; integrasi layanan instansi vertikal; tanda tangan elektronik pada dokumen izin.",
            ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
            T("jenis layanan yang dapat diajukan daring melalui MPP Digital", 120, "layanan", 2027),
            [2025, 2027],
            3.5e9,
            "miliar",
            "Kantor Pertanahan Kota Sekar Mayang; Samsat; BPJS Kesehatan Cabang Sekar Mayang",
            "APBD",
            keys=0,
            tstyle="phrase2",
            note="instansi vertikal as Mitra",
        ),
        _c(
            "Satu Data dan Dasbor Kota",
            "Smart Governance",
            "Data sektoral dihasilkan oleh masing-masing perangkat daerah dengan format yang berbeda, sehingga "
            "sulit digunakan untuk perencanaan dan evaluasi pembangunan.",
            "Mewujudkan data yang akurat, mutakhir dan terpadu serta dasbor kota bagi pimpinan daerah.",
            "Portal satu data kota; katalog dan standar data; dasbor eksekutif di ruang kendali kota.",
            ["Dinas Komunikasi dan Informatika", "Badan Perencanaan Pembangunan Daerah"],
            T("data sektoral prioritas yang tersedia di portal satu data", 90, "persen", 2026),
            [2025, 2026],
            1.85e9,
            "dots",
            "Universitas Sekar Mayang",
            "APBD",
            keys=2,
            when="sd",
            note="two agencies, one per line joined by ';'",
        ),
        _c(
            "Pajak Daerah Online",
            "Smart Governance",
            "Pelaporan omzet wajib pajak hotel, restoran dan parkir masih dilakukan secara manual sehingga "
            "potensi pajak belum tergali optimal.",
            "Meningkatkan kepatuhan dan penerimaan pajak daerah melalui pelaporan dan perekaman transaksi "
            "secara daring.",
            "Alat perekam transaksi (tapping box) di usaha wajib pajak; aplikasi e-SPTPD; kanal bayar daring.",
            ["Badan Pendapatan Daerah"],
            T("wajib pajak hotel, restoran dan parkir yang melapor secara daring", 75, "persen", 2026),
            [2025, 2026],
            2.1e9,
            "miliar",
            "Bank Sekar Mayang (BUMD); asosiasi hotel dan restoran",
            "APBD",
            keys=3,
        ),
    ],
    "Smart Branding": [
        _c(
            "Sekar Mayang Kota Festival",
            "Smart Branding",
            "Kota memiliki banyak acara budaya, namun jadwalnya tidak terpadu dan promosi masih bergantung "
            "pada spanduk serta media cetak.",
            "Membangun citra Sekar Mayang sebagai kota festival melalui kalender acara terpadu dan promosi digital.",
            "Kalender acara tahunan; aplikasi informasi festival; paket wisata kota bersama pelaku usaha.",
            ["Dinas Pariwisata dan Kebudayaan"],
            T("wisatawan yang datang selama kalender acara tahunan", 300000, "orang", 2028),
            [2026, 2028],
            3e9,
            "M",
            "Asosiasi pelaku wisata; PT Mayang Kreasi Media",
            "APBD dan CSR",
            keys=1,
            layout="table_h",
            tstyle="phrase3",
        ),
        _c(
            "Kampung Batik Mayang Digital",
            "Smart Branding",
            "Perajin batik di Kampung Batik Mayang sebagian besar masih menjual melalui pengepul dengan harga "
            "rendah, dan motif khas kota belum terdokumentasi.",
            "Meningkatkan nilai jual batik khas kota melalui pemasaran daring dan pendokumentasian motif.",
            "Katalog motif batik digital; toko daring perajin; pelatihan foto produk dan pengemasan.",
            ["Dinas Perindustrian dan Tenaga Kerja"],
            T("perajin batik yang memiliki toko daring", 200, "perajin", 2027),
            [2025, 2027],
            850e6,
            "juta",
            "Koperasi Batik Sekar Mayang; Universitas Sekar Mayang",
            "APBD",
            keys=0,
            layout="list",
        ),
    ],
    "Smart Economy": [
        _c(
            "Inkubator Startup Kota",
            "Smart Economy",
            "Lulusan perguruan tinggi di kota memiliki gagasan usaha berbasis teknologi, tetapi belum ada "
            "ruang dan pendampingan yang berkelanjutan.",
            "Menumbuhkan usaha rintisan lokal yang mampu menyerap tenaga kerja muda.",
            "Ruang kerja bersama; program inkubasi tahunan; temu investor.",
            ["Badan Riset dan Inovasi Daerah"],
            T("startup lokal yang lulus program inkubasi", 30, "startup", 2029),
            [2026, 2029],
            None,
            "per_year_list",
            "Universitas Sekar Mayang; Politeknik Sekar Mayang; komunitas startup",
            "APBD",
            keys=2,
            per_year={2026: 350e6, 2027: 500e6, 2028: 500e6, 2029: 400e6},
            note="budget per year only: gold = the sum",
        ),
        _c(
            "Pasar Induk Modern Terintegrasi",
            "Smart Economy",
            "Bangunan pasar induk sudah tua, sering tergenang saat hujan dan transaksi masih sepenuhnya tunai.",
            "Membangun pasar induk yang bersih, aman dan terhubung dengan sistem pembayaran nontunai dan "
            "informasi harga.",
            "Gedung pasar induk baru; sistem informasi harga harian; pembayaran nontunai di seluruh kios.",
            ["Dinas Perdagangan"],
            T("pedagang pasar induk yang menempati kios baru dan bertransaksi nontunai", 1200, "pedagang", 2029),
            [2027, 2029],
            85e9,
            "dots00",
            "Badan usaha mitra KPBU; Bank Sekar Mayang (BUMD)",
            "KPBU",
            keys=1,
            tstyle="ind_colon",
        ),
    ],
    "Smart Living": [
        _c(
            "Sekar Mayang Sehat Terpadu",
            "Smart Living",
            "Rujukan pasien dari puskesmas ke rumah sakit masih dilakukan melalui telepon dan surat, sehingga "
            "pasien sering menunggu lama di instalasi gawat darurat.",
            "Mempercepat rujukan dan berbagi data rekam medis antarfasilitas kesehatan.",
            "Sistem rujukan terintegrasi; rekam medis elektronik yang saling terhubung; dasbor ketersediaan "
            "tempat tidur.",
            ["Dinas Kesehatan"],
            T(
                "fasilitas kesehatan milik pemerintah kota yang terhubung sistem rujukan terintegrasi",
                100,
                "persen",
                2026,
            ),
            [2025, 2026],
            2.75e9,
            "dots",
            "RSUD Sekar Mayang; Puskesmas se-Kota Sekar Mayang; BPJS Kesehatan",
            "APBD dan APBN (DAK)",
            keys=3,
            layout="table_h",
            note="RSUD and Puskesmas as Mitra, not the OPD",
        ),
        _c(
            "Transportasi Publik Terintegrasi",
            "Smart Living",
            "Angkutan kota berjalan tanpa jadwal dan kemacetan di koridor stasiun terus meningkat pada jam sibuk.",
            "Menyediakan layanan bus kota yang terjadwal dan terhubung dengan stasiun kereta.",
            "Koridor bus kota; halte dengan papan informasi kedatangan; aplikasi informasi perjalanan.",
            ["Dinas Perhubungan"],
            T("koridor bus kota dengan informasi kedatangan waktu nyata", 5, "koridor", 2029),
            [2026, 2029],
            12.5e9,
            "miliar",
            "Perumda Angkutan Mayang Trans",
            "APBD dan APBN",
            keys=0,
            tstyle="phrase2",
            when="sd",
        ),
        _c(
            "Tanggap Darurat 112",
            "Smart Living",
            "Laporan kebakaran, kecelakaan dan kedaruratan lain diterima melalui nomor yang berbeda-beda, "
            "sehingga penanganan sering terlambat.",
            "Menyatukan panggilan darurat dalam satu nomor dengan pusat panggilan yang terhubung ke seluruh "
            "unit penanganan.",
            "Pusat panggilan darurat 112; aplikasi pengiriman petugas; integrasi kamera pemantau kota.",
            ["Badan Penanggulangan Bencana Daerah"],
            T("panggilan darurat yang direspons kurang dari sepuluh menit", 90, "persen"),
            None,
            4.8e9,
            "miliar",
            "Kepolisian Resor Kota Sekar Mayang; RSUD Sekar Mayang; PMI Kota Sekar Mayang",
            "APBD",
            keys=2,
            when="none",
            note="year truly missing: 'menyesuaikan ...'; the KPI names no year",
        ),
    ],
    "Smart Society": [
        _c(
            "Sekolah Digital Mayang",
            "Smart Society",
            "Banyak sekolah negeri belum memiliki perangkat dan jaringan untuk pembelajaran digital, dan guru "
            "belum terlatih memanfaatkan platform pembelajaran.",
            "Meningkatkan mutu pembelajaran melalui kelas digital dan pelatihan guru.",
            "Kelas digital di sekolah negeri; pelatihan guru; platform pembelajaran kota.",
            ["Dinas Pendidikan"],
            T("sekolah negeri jenjang SD dan SMP dengan kelas digital", 60, "sekolah", 2028),
            [2025, 2028],
            1.6e9,
            "per_year_flat",
            "Universitas Sekar Mayang (Fakultas Keguruan)",
            "APBD",
            keys=1,
            tstyle="ind_colon",
            per_year={2025: 400e6, 2026: 400e6, 2027: 400e6, 2028: 400e6},
            note="per year with the total stated",
        ),
        _c(
            "Kampung Literasi Digital",
            "Smart Society",
            "Sebagian warga lanjut usia dan ibu rumah tangga belum dapat memanfaatkan layanan digital dan "
            "rentan terhadap penipuan daring.",
            "Meningkatkan kecakapan digital warga dan kewaspadaan terhadap penipuan daring.",
            "Kelas literasi digital di balai RW; modul belajar; relawan pendamping.",
            [],
            T("warga yang mengikuti kelas literasi digital", 4000, "orang", 2027),
            [2025, 2027],
            375e6,
            "juta",
            "Relawan TIK Sekar Mayang; Komunitas Ibu Melek Digital; Politeknik Sekar Mayang",
            "APBD dan CSR",
            keys=0,
            layout="list",
            note="OPD truly missing ('akan ditetapkan'); Mitra given",
        ),
    ],
    "Smart Environment": [
        _c(
            "Sungai Mayang Bersih",
            "Smart Environment",
            "Kualitas air Sungai Mayang menurun akibat limbah rumah tangga dan usaha, sementara pemantauan "
            "masih dilakukan dua kali setahun secara manual.",
            "Memantau kualitas air sungai secara terus-menerus dan menindak sumber pencemar lebih cepat.",
            "Stasiun pemantau kualitas air otomatis; dasbor kualitas air; kanal pelaporan pencemaran.",
            ["Dinas Lingkungan Hidup"],
            T("titik pemantauan kualitas air sungai yang terhubung daring", 10, "titik", 2028),
            [2026, 2028],
            1.45e9,
            "miliar",
            "Perumda Air Minum Tirta Mayang; Universitas Sekar Mayang",
            "APBD",
            keys=3,
            layout="table_h",
            tstyle="phrase2",
        ),
        _c(
            "Ruang Terbuka Hijau Cerdas",
            "Smart Environment",
            "Luas ruang terbuka hijau publik belum mencapai ketentuan tata ruang, dan taman kota belum "
            "dilengkapi fasilitas yang ramah anak dan lansia.",
            "Menambah luas dan mutu ruang terbuka hijau publik yang dapat dinikmati seluruh warga.",
            "Taman kota baru; penyiraman otomatis; sensor kualitas udara di taman.",
            ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
            T("luas ruang terbuka hijau publik terhadap luas wilayah kota", 20, "persen", 2029),
            [2025, 2029],
            18e9,
            "miliar",
            "Pengembang perumahan; Forum Kota Sehat",
            "APBD",
            keys=2,
            when="sd",
            tstyle="phrase3",
        ),
    ],
}


def programmes() -> list[Prog]:
    return QUICK_WINS + [p for ps in FLAGSHIP.values() for p in ps]


# ------------------------------------------------------------------ values as the cards write them
def _val(t: Target, pct: bool = True) -> str:
    if t.unit == "persen" and pct:
        return f"{num_id(t.value)}%"
    return f"{num_id(t.value)} {t.unit}"


def _count(t: Target) -> str:
    """value + indicator as a count phrase: "85% pengaduan warga ditindaklanjuti ...", "12 puskesmas
    menerapkan ..." (the unit word is not repeated where the indicator starts with it)."""
    ind = t.ind.replace(" yang ", " ", 1)
    if t.unit != "persen" and ind.split()[0] == t.unit:
        return f"{num_id(t.value)} {ind}"
    return f"{_val(t)} {ind}"


def _kpi(t: Target, style: str) -> str:
    yr = f" pada akhir {t.year}" if t.year else ""
    if style == "pct":
        return f"{_count(t)}{yr}"
    if style == "ind_colon":
        return f"{t.ind[0].upper() + t.ind[1:]}: {_val(t)}" + (f" ({t.year})" if t.year else "")
    if style == "phrase2":
        return f"{t.ind[0].upper() + t.ind[1:]} mencapai {_val(t, pct=False)}" + (
            f" pada tahun {t.year}" if t.year else ""
        )
    if style == "phrase3":
        return f"{t.ind[0].upper() + t.ind[1:]} sebesar {_val(t)}" + (f" di tahun {t.year}" if t.year else "")
    if style == "plain":
        return _count(t) + (f" pada tahun {t.year}" if t.year else "")
    raise ValueError(style)


def _when(p: Prog, style: str) -> str:
    if style == "none":
        return "Menyesuaikan hasil kajian kelayakan dan kesiapan anggaran"
    if style == "tw":  # a single year written by quarters
        return f"Triwulan II s.d. Triwulan IV {p.year}"
    if style == "ta":
        return f"Tahun Anggaran {p.year}"
    if style == "sd" and isinstance(p.year, list):
        return f"{p.year[0]} s.d. {p.year[1]}"
    return years_text(p.year)


def _rp(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _cost(p: Prog) -> str:
    if p.budget is None:
        return "Dalam perhitungan (diupayakan melalui dukungan CSR)"
    if p.bfmt == "per_year_list":
        return "; ".join(f"{y}: {_rp(v)}" for y, v in p.budget_per_year.items())
    if p.bfmt == "per_year_flat":
        ys = list(p.budget_per_year)
        each = p.budget_per_year[ys[0]]
        return f"{_rp(each)} per tahun ({ys[0]}-{ys[-1]}), total {_rp(p.budget)}"
    return money(p)


def _opd(p: Prog) -> str:
    if not p.opd:
        return "Akan ditetapkan dengan Keputusan Wali Kota"
    return "; ".join(p.opd)


def _card_rows(p: Prog, cat: str) -> list[list[str]]:
    c = CARD[p.name]
    k = KEYS[c["keys"]]
    return [
        [k["name"], p.name],
        [k["dim"], c["dim"]],
        [k["cat"], cat],
        [k["bg"], c["bg"]],
        [k["goal"], c["goal"]],
        [k["out"], c["out"]],
        [k["tgt"], _kpi(p.target, c["tstyle"])],
        [k["when"], _when(p, c["when"])],
        [k["opd"], _opd(p)],
        [k["mitra"], c["mitra"]],
        [k["cost"], _cost(p)],
        [k["fund"], c["fund"]],
    ]


def _card(pdf, p: Prog, cat: str) -> list:
    rows = _card_rows(p, cat)
    layout = CARD[p.name]["layout"]
    if layout == "list":
        return [pdf.Para(f"{k} : {v}") for k, v in rows]
    if layout == "table_h":
        return [pdf.Table(["Komponen", "Uraian"], rows)]
    return [pdf.Table([], rows)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Sekar Mayang terdiri atas enam kecamatan dan empat puluh dua kelurahan. Seluruh kelurahan "
            "telah terjangkau jaringan seluler 4G, dan pemerintah kota telah memiliki pusat data serta ruang "
            "kendali kota yang dibangun pada 2023. Tantangan utama adalah keterpaduan data antarperangkat "
            "daerah dan kecakapan digital sebagian warga."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN PRIORITAS"))
    b.append(
        pdf.Para(
            "Prioritas pembangunan smart city diarahkan pada layanan publik yang cepat dan terpadu, pasar dan "
            "UMKM yang terhubung secara digital, transportasi publik yang andal, serta lingkungan kota yang "
            "bersih. Program dipilih berdasarkan dampak, kesiapan perangkat daerah dan ketersediaan anggaran."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM QUICK WIN DAN PROGRAM UNGGULAN"))
    b.append(
        pdf.Para(
            "Program smart city Kota Sekar Mayang terdiri atas program quick win, yaitu program berdampak "
            "cepat yang dapat segera dirasakan warga, dan program unggulan (flagship) per dimensi. Setiap "
            "program diuraikan dalam satu kartu program."
        )
    )
    b.append(pdf.Heading(2, "4.1 Program Quick Win"))
    for i, p in enumerate(QUICK_WINS, start=1):
        b.append(pdf.Heading(3, f"4.1.{i} Kartu Program Quick Win {i}"))
        b += _card(pdf, p, "Quick Win")
    for j, (dim, ps) in enumerate(FLAGSHIP.items(), start=2):
        b.append(pdf.Heading(2, f"4.{j} Program Unggulan {dim}"))
        for i, p in enumerate(ps, start=1):
            b.append(pdf.Heading(3, f"4.{j}.{i} {p.name}"))
            b += _card(pdf, p, "Program Unggulan (Flagship)")
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Kartu program menjadi acuan perangkat daerah dalam menyusun Renja. Kartu yang belum lengkap akan "
            "dimutakhirkan oleh Tim Pelaksana Smart City setelah pembahasan bersama perangkat daerah terkait."
        )
    )
    return b
