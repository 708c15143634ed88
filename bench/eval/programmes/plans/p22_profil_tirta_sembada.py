"""Kota Tirta Sembada (FICTIONAL): one-line quick wins and an appendix of programme profiles (fresh5 set).

Style: (A) chapter IV lists the quick wins, each as one plain line "Quick Win 1 - <Name> (<OPD>, <Rp>,
<tahun>)" followed by a description paragraph that ends with "Target: ..." (the year "2025" or
"2025-2026", the money "Rp 175 juta" or "Rp 320.000.000"); chapter IV names no other programme and
points to the appendix. (B) "LAMPIRAN: PROFIL PROGRAM" gives every medium-term programme about half a
page of running text under a bold title "L.<n> <Name>", per dimension: a background paragraph (with a
baseline figure that is never the target: "Pada 2024 baru ..."), a paragraph naming the owner ("Pelaksanaan
program ini menjadi tanggung jawab ...", "Program ini dikoordinasikan oleh ... bersama ...", "... ditunjuk
sebagai OPD pengampu") and partners that are never the owner (a university, a BUMD, community groups),
with the target sentence, and a paragraph with the years and money ("dijadwalkan berjalan dari 2026
sampai 2028 dengan perkiraan biaya Rp 2,6 miliar", "hanya pada tahun anggaran 2026", a per-year
breakdown with its total, a range "Rp 12-15 miliar": gold budget_range). One programme gives its target
per year ("40% pada 2026, 70% pada 2027 dan 95% pada 2028": gold = the final value). Two programmes truly
lack one field: a profile's year (schedule to be set after a feasibility study) and a profile's OPD (to be
decided by the Dewan Smart City).
"""

from .common import Prog, Target, heading_blocks, money, num_id

PLAN = dict(
    slug="p22_profil_tirta_sembada",
    name="Kota Tirta Sembada",
    period="2025-2029",
    style="one-line quick wins + appendix programme profiles",
    split="fresh5",
    intro=[
        "Kota Tirta Sembada tumbuh di pertemuan dua sungai besar. Permukiman tepian sungai, pelabuhan sungai "
        "dan pasar ikan menjadi nadi ekonomi kota, sementara banjir musiman dan kualitas air sungai menjadi "
        "persoalan yang terus berulang.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk lima tahun. "
        "Program quick win diuraikan pada Bab IV, sedangkan profil setiap program jangka menengah disajikan "
        "dalam lampiran dokumen ini.",
    ],
)

T = Target


def tv(t: Target) -> str:
    """The target's value with its indicator, as the plan writes it (no year)."""
    v = num_id(t.value)
    if t.unit == "persen":
        return f"{t.ind} mencapai {v}%"
    assert t.ind.startswith(t.unit), t.ind
    return f"{v} {t.ind}"


# ------------------------------------------------------------------ (A) quick wins


def _q(name, desc, opd, target, year, budget, bfmt):
    p = Prog(name, desc, [opd], target, year, budget, bfmt, quick_win=True, kind="Quick win")
    return p


QUICK_WINS = [
    _q(
        "Kanal Aduan Genangan Warga",
        "Warga melaporkan genangan dan banjir melalui nomor layanan pesan dengan foto dan titik lokasi; laporan "
        "diteruskan otomatis ke petugas kecamatan.",
        "Badan Penanggulangan Bencana Daerah",
        T("persentase laporan genangan yang ditanggapi dalam satu jam", 90, "persen", 2025),
        2025,
        175e6,
        "juta",
    ),
    _q(
        "Tiket Perahu Penyeberangan Nontunai",
        "Pembayaran tiket perahu penyeberangan antartepian sungai dengan kartu uang elektronik dan kode QR.",
        "Dinas Perhubungan",
        T("dermaga penyeberangan yang melayani tiket nontunai", 8, "dermaga", 2025),
        2025,
        320e6,
        "dots",
    ),
    _q(
        "Perpustakaan Digital Tepian",
        "Aplikasi peminjaman buku elektronik perpustakaan kota yang dapat dipakai warga dan pelajar tanpa "
        "datang ke gedung perpustakaan.",
        "Dinas Perpustakaan dan Kearsipan",
        T("anggota perpustakaan digital yang aktif", 5000, "anggota", 2026),
        2026,
        140e6,
        "juta",
    ),
    _q(
        "Perizinan Usaha Mikro di Kecamatan",
        "Penerbitan nomor induk berusaha dan izin usaha mikro dalam satu hari kerja dengan pendampingan "
        "petugas di kantor kecamatan.",
        "Dinas Penanaman Modal dan PTSP",
        T("izin usaha mikro yang terbit dalam satu hari kerja", 1500, "izin usaha mikro", 2025),
        2025,
        90e6,
        "juta",
    ),
    _q(
        "Peta Kuliner Tepian Sungai",
        "Peta digital gerai kuliner di kawasan tepian sungai lengkap dengan menu, jam buka dan pembayaran "
        "nontunai, dipromosikan melalui media sosial kota.",
        "Dinas Pariwisata dan Kebudayaan",
        T("gerai kuliner yang tampil di peta digital", 150, "gerai kuliner", 2026),
        2026,
        120e6,
        "juta",
    ),
    _q(
        "Stasiun Mutu Air Otomatis",
        "Stasiun pemantau kualitas air otomatis di hulu dan hilir sungai yang datanya tampil di laman kota.",
        "Dinas Lingkungan Hidup",
        T("stasiun pemantau kualitas air yang mengirim data", 12, "stasiun", 2026),
        [2025, 2026],
        410e6,
        "dots",
    ),
]


def qw_line(i: int, p: Prog) -> str:
    yr = f"{p.year[0]}-{p.year[1]}" if isinstance(p.year, list) else str(p.year)
    return f"Quick Win {i} - {p.name} ({p.opd[0]}, {money(p)}, {yr})"


# ------------------------------------------------------------------ (B) programme profiles
INFO: dict[str, dict] = {}


def _pr(name, latar, opd, target, year, budget, bfmt, *, own, mitra="", tst, yst, per_year=None, rng=None, note=""):
    """A profile. own: pj | koordinasi | pengampu | none; tst: sasaran | ditargetkan | bertahap; yst:
    range | ta | none; per_year: budget per year (budget = their total); rng: budget range."""
    if per_year:
        budget = sum(per_year.values())
    if rng:
        budget = rng[1]
        bfmt = "range"
    p = Prog(name, latar, list(opd), target, year, budget, bfmt, budget_range=rng, budget_per_year=per_year, note=note)
    INFO[name] = dict(own=own, mitra=mitra, tst=tst, yst=yst)
    return p


PROFILES = [
    (
        "Smart Governance",
        [
            _pr(
                "Satu Peta Kota Tirta",
                "Peta tematik kota selama ini dibuat terpisah oleh tiap perangkat daerah dengan skala dan format "
                "yang berbeda. Pada 2024 baru 9 peta tematik yang dapat dibuka publik. Program ini membangun "
                "geoportal kota yang menyatukan peta dasar dan peta tematik dalam satu rujukan.",
                ["Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika"],
                T("peta tematik yang terbit di geoportal kota", 40, "peta tematik", 2027),
                [2025, 2027],
                1.75e9,
                "miliar",
                own="koordinasi",
                mitra="Universitas Tirta Sembada membantu penyusunan standar peta",
                tst="sasaran",
                yst="range",
                note="two owners; baseline figure before the target",
            ),
            _pr(
                "Kepegawaian Digital Terintegrasi",
                "Data kepegawaian, cuti, kenaikan pangkat dan penilaian kinerja aparatur masih dikelola dengan "
                "berkas kertas di setiap perangkat daerah. Program ini menyatukan layanan kepegawaian dalam satu "
                "aplikasi yang dapat diakses aparatur dari telepon genggam.",
                ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
                T("persentase ASN yang memakai layanan kepegawaian daring", 100, "persen", 2027),
                [2026, 2027],
                None,
                "juta",
                own="pj",
                tst="ditargetkan",
                yst="range",
                per_year={2026: 300e6, 2027: 450e6},
                note="budget per year with its total",
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            _pr(
                "Festival Sungai Tirta Sembada Digital",
                "Festival perahu hias dan pasar terapung tahunan adalah acara yang paling dikenal dari kota ini. "
                "Program ini memperluas jangkauan festival dengan siaran langsung, penjualan tiket daring dan "
                "kalender acara digital sepanjang tahun.",
                ["Dinas Pariwisata dan Kebudayaan"],
                T("pengunjung festival per tahun", 250000, "pengunjung", 2029),
                [2025, 2029],
                3.2e9,
                "miliar",
                own="pengampu",
                mitra="sanggar seni, kelompok perahu hias dan asosiasi pelaku usaha wisata terlibat sebagai mitra",
                tst="ditargetkan",
                yst="range",
            ),
            _pr(
                "Penataan Wajah Tepian Sungai",
                "Kawasan tepian sungai di pusat kota dipenuhi bangunan semipermanen dan belum memiliki jalur "
                "pejalan kaki yang menerus. Program ini menata tepian sungai menjadi ruang publik dengan jalur "
                "pejalan kaki, penerangan dan titik swafoto yang menjadi wajah baru kota.",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("kilometer tepian sungai yang tertata", 3, "kilometer", None),
                None,
                None,
                "range",
                own="pj",
                tst="sasaran",
                yst="none",
                rng=(12e9, 15e9),
                note="year truly missing: schedule after the feasibility study; budget as a range",
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            _pr(
                "Pasar Ikan Higienis Berbasis Aplikasi",
                "Pasar ikan kota melayani nelayan sungai dan pedagang dari kabupaten sekitar, tetapi pencatatan "
                "pasokan dan harga masih manual. Program ini merevitalisasi los pasar ikan dan memasang aplikasi "
                "pencatatan pasokan, harga harian dan pembayaran.",
                ["Dinas Perikanan"],
                T("pedagang ikan yang terdaftar di aplikasi pasar", 600, "pedagang ikan", 2028),
                [2026, 2028],
                4.1e9,
                "miliar",
                own="pengampu",
                mitra="Perumda Pasar Tirta Sembada menjadi mitra pengelola los pasar",
                tst="sasaran",
                yst="range",
                note="a BUMD partner, never the owner",
            ),
            _pr(
                "Inkubator Usaha Rintisan Tirta",
                "Lulusan perguruan tinggi di kota ini banyak yang merintis usaha digital tetapi belum memiliki "
                "ruang kerja dan pendampingan. Program ini menyediakan ruang kerja bersama, kelas bisnis dan "
                "temu investor bagi usaha rintisan.",
                ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
                T("usaha rintisan yang lulus inkubasi", 40, "usaha rintisan", 2029),
                [2026, 2029],
                1.9e9,
                "dots",
                own="pj",
                tst="ditargetkan",
                yst="range",
                note="OPD name with a comma",
            ),
        ],
    ),
    (
        "Smart Society",
        [
            _pr(
                "Literasi Digital Warga Tepian",
                "Warga permukiman tepian sungai banyak yang belum terbiasa memakai layanan digital dan rentan "
                "terhadap penipuan daring. Program ini menggelar kelas literasi digital di balai kelurahan dan "
                "rumah ibadah dengan materi keamanan bertransaksi daring.",
                ["Dinas Komunikasi dan Informatika"],
                T("warga yang mengikuti kelas literasi digital", 10000, "warga", 2026),
                [2025, 2026],
                650e6,
                "juta",
                own="pengampu",
                mitra="komunitas relawan TIK dan karang taruna menjadi fasilitator kelas",
                tst="sasaran",
                yst="range",
            ),
            _pr(
                "Ronda Digital Kelurahan",
                "Pos ronda kelurahan dilengkapi tombol darurat dan kamera yang terhubung dengan ruang kendali "
                "kota sehingga kejadian di lingkungan permukiman dapat segera ditangani.",
                [],
                T("kelurahan yang memiliki pos ronda digital", 45, "kelurahan", 2026),
                2026,
                980e6,
                "juta",
                own="none",
                tst="ditargetkan",
                yst="ta",
                note="OPD truly missing: to be decided by the Dewan Smart City",
            ),
        ],
    ),
    (
        "Smart Living",
        [
            _pr(
                "Rujukan Pasien Terpadu Tirta Sehat",
                "Rujukan pasien dari puskesmas ke RSUD Tirta Sembada masih dilakukan melalui telepon sehingga "
                "pasien sering menunggu lama di instalasi gawat darurat. Program ini membangun sistem rujukan "
                "daring yang menampilkan ketersediaan tempat tidur secara langsung.",
                ["Dinas Kesehatan"],
                T("persentase puskesmas yang merujuk pasien melalui sistem daring", 100, "persen", 2027),
                [2025, 2027],
                2.6e9,
                "miliar",
                own="pj",
                tst="sasaran",
                yst="range",
                note="RSUD and puskesmas named as places, never the owner",
            ),
            _pr(
                "Halte Pintar Koridor Utama",
                "Halte bus kota di koridor utama belum memberi informasi jadwal kedatangan. Program ini membangun "
                "halte dengan papan informasi kedatangan, kamera pengawas dan pembayaran nontunai.",
                ["Dinas Perhubungan"],
                T("halte pintar yang beroperasi", 30, "halte pintar", 2029),
                [2027, 2029],
                5.4e9,
                "miliar",
                own="pengampu",
                tst="ditargetkan",
                yst="range",
            ),
            _pr(
                "Rumah Susun Sewa Terkelola Daring",
                "Rumah susun sewa milik pemerintah kota dihuni keluarga berpenghasilan rendah dari permukiman "
                "tepian sungai. Program ini menyediakan aplikasi pendaftaran penghuni, pembayaran sewa nontunai "
                "dan pengaduan kerusakan.",
                ["Dinas Perumahan dan Kawasan Permukiman"],
                T(
                    "persentase penghuni yang membayar sewa secara nontunai",
                    95,
                    "persen",
                    2028,
                    per_year={2026: 40, 2027: 70, 2028: 95},
                ),
                [2026, 2028],
                1.1e9,
                "miliar",
                own="pj",
                tst="bertahap",
                yst="range",
                note="target per year: gold = the final value",
            ),
        ],
    ),
    (
        "Smart Environment",
        [
            _pr(
                "Sungai Pintar Tirta",
                "Banjir musiman merendam permukiman tepian sungai hampir setiap tahun. Program ini memasang "
                "sensor tinggi muka air dan curah hujan di sepanjang sungai yang datanya dipakai untuk "
                "peringatan dini banjir kepada warga.",
                ["Badan Penanggulangan Bencana Daerah", "Dinas Sumber Daya Air"],
                T("sensor tinggi muka air yang terpasang", 24, "sensor", 2028),
                [2025, 2028],
                3.85e9,
                "dots",
                own="koordinasi",
                mitra="Balai Besar Wilayah Sungai dan perguruan tinggi setempat memberi dukungan teknis",
                tst="ditargetkan",
                yst="range",
                note="two owners",
            ),
            _pr(
                "Rumah Kompos dan Maggot Kelurahan",
                "Sebagian besar sampah kota adalah sampah organik dari pasar dan rumah tangga. Pada 2024 baru 8% "
                "sampah organik yang diolah menjadi kompos. Program ini membangun rumah kompos dan maggot di "
                "kelurahan dengan pencatatan volume olahan secara daring.",
                ["Dinas Lingkungan Hidup"],
                T("persentase sampah organik kota yang terolah", 35, "persen", 2029),
                [2026, 2029],
                2.2e9,
                "miliar",
                own="pengampu",
                mitra="kelompok bank sampah dan pengelola pasar menjadi mitra pemilahan",
                tst="sasaran",
                yst="range",
                note="baseline percentage before the target",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return QUICK_WINS + [p for _, ps in PROFILES for p in ps]


def _owner(p: Prog) -> str:
    own = INFO[p.name]["own"]
    o = " dan ".join(p.opd)
    if own == "pj":
        return f"Pelaksanaan program ini menjadi tanggung jawab {o}."
    if own == "koordinasi":
        return f"Program ini dikoordinasikan oleh {p.opd[0]} bersama {p.opd[1]}."
    if own == "pengampu":
        return f"{o} ditunjuk sebagai OPD pengampu program ini."
    return (
        "Perangkat daerah pengampu program ini belum ditetapkan dan akan diputuskan oleh Dewan Smart City "
        "setelah pembagian kewenangan keamanan lingkungan disepakati."
    )


def _target(p: Prog) -> str:
    t, tst = p.target, INFO[p.name]["tst"]
    if tst == "sasaran":
        yr = f" pada akhir {t.year}" if t.year else " setelah program selesai"
        return f"Sasaran yang ingin dicapai adalah {tv(t)}{yr}."
    if tst == "ditargetkan":
        return f"Pada {t.year}, program ini ditargetkan menghasilkan {tv(t)}."
    if tst == "bertahap":
        steps = [f"{num_id(v)}% pada {y}" for y, v in t.per_year.items()]
        return f"Target bertahap {t.ind} adalah {', '.join(steps[:-1])} dan {steps[-1]}."
    raise ValueError(tst)


def _schedule(p: Prog) -> str:
    yst = INFO[p.name]["yst"]
    if p.budget_per_year:
        parts = [f"Rp {num_id(v / 1e6)} juta pada {y}" for y, v in p.budget_per_year.items()]
        return (
            f"Program dijadwalkan berjalan dari {p.year[0]} sampai {p.year[1]}. Kebutuhan anggarannya "
            f"{' dan '.join(parts)}, sehingga total biaya program {money(p)}."
        )
    if yst == "range":
        return (
            f"Program dijadwalkan berjalan dari {p.year[0]} sampai {p.year[1]} dengan perkiraan biaya "
            f"{money(p)} yang bersumber dari APBD Kota."
        )
    if yst == "ta":
        return f"Program dilaksanakan hanya pada tahun anggaran {p.year} dengan perkiraan biaya {money(p)}."
    if yst == "none":
        return (
            f"Perkiraan biaya program {money(p)}. Jadwal pelaksanaan akan ditetapkan setelah studi kelayakan "
            "dan desain teknis kawasan selesai disusun."
        )
    raise ValueError(yst)


def _profile(pdf, n: int, p: Prog) -> list:
    mitra = INFO[p.name]["mitra"]
    second = _owner(p) + (f" Dalam pelaksanaannya, {mitra}." if mitra else "") + " " + _target(p)
    return [pdf.Heading(3, f"L.{n} {p.name}"), pdf.Para(p.desc), pdf.Para(second), pdf.Para(_schedule(p))]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KONDISI KOTA"))
    b.append(
        pdf.Para(
            "Kota Tirta Sembada terdiri atas enam kecamatan dan empat puluh lima kelurahan, dua puluh di antaranya "
            "berada di tepian sungai. Seluruh kelurahan telah terjangkau jaringan seluler 4G, dan pemerintah kota "
            "telah memiliki ruang kendali kota sederhana. Banjir musiman, kemacetan di jembatan utama dan kualitas "
            "air sungai menjadi persoalan yang paling sering dikeluhkan warga."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Tirta Sembada adalah "Tirta Sembada Kota Sungai yang Cerdas dan Tangguh". '
            "Strategi ditempuh melalui quick win yang memberi manfaat dalam satu sampai dua tahun dan program "
            "jangka menengah pada enam dimensi smart city."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b.append(
        pdf.Para(
            "Quick win berikut dipilih karena dapat dilaksanakan dengan cepat, berbiaya kecil dan manfaatnya "
            "langsung dirasakan warga. Setiap quick win ditulis dengan perangkat daerah penanggung jawab, "
            "perkiraan biaya dan tahun pelaksanaannya."
        )
    )
    for i, p in enumerate(QUICK_WINS, start=1):
        b.append(pdf.Para(qw_line(i, p)))
        b.append(pdf.Para(f"{p.desc} Target: {tv(p.target)} pada {p.target.year}."))
    b.append(pdf.Heading(2, "4.2 Program Jangka Menengah"))
    b.append(
        pdf.Para(
            "Program jangka menengah pada enam dimensi smart city diuraikan dalam Lampiran: Profil Program, satu "
            "profil untuk setiap program, yang memuat latar belakang, perangkat daerah pengampu, target, jadwal "
            "dan perkiraan biaya."
        )
    )
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City Kota Tirta Sembada. Program yang belum "
            "memiliki jadwal atau perangkat daerah pengampu akan dilengkapi pada reviu masterplan."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "LAMPIRAN: PROFIL PROGRAM"))
    n = 0
    for dim, ps in PROFILES:
        b.append(pdf.Heading(2, f"Dimensi {dim}"))
        for p in ps:
            n += 1
            b += _profile(pdf, n, p)
    return b
