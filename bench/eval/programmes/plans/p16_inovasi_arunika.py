"""Kota Arunika (FICTIONAL): an "Inovasi Daerah" chapter (fresh3 set).

Style: chapter IV lists the city's smart-city innovations per dimension, as the "inovasi daerah"
chapters of real masterplans do: per dimension a short introductory paragraph, then numbered
innovations "1. Inovasi <Name>". In the first three dimensions each innovation is a bold heading
followed by a paragraph; in the last three the number, the name and the sentences run on in one
paragraph ("1. Inovasi <Name>: ..."). The sentences give the stage (tahapan inisiasi / uji coba /
penerapan), the initiator ("diinisiasi oleh <OPD>", "Inovator: <OPD>", "<OPD> menginisiasi ...",
two agencies joined by "bersama"), the years ("mulai tahun 2026 hingga 2028", "pada tahun 2025",
"2025-2027"), the cost ("biaya pengembangan sebesar Rp 400 juta", "Rp 175.000.000", "Rp 1,2 miliar",
per year "Rp 300 juta pada 2026 dan Rp 450 juta pada 2027": gold budget = the sum, budget_per_year)
and the indicator ("indikator: <x> sebanyak <n> <unit> pada 2028", "... mencapai 65 persen pada
2027"); partners (universities, puskesmas, a bank, communities) are named but are never the
initiator. The stage never carries a year. A summary table at the end of the chapter repeats every
innovation (Nama Inovasi | Perangkat Daerah Penginisiasi | Tahun): it defines no innovation of its
own; the gold has one entry per innovation (kind "Inovasi", name without the word "Inovasi").
Three innovations truly lack one field: a budget ("belum dihitung"), a target ("indikator ... masih
dirumuskan") and a year ("menyesuaikan kesiapan mitra"; its indicator names no year; the summary
table writes "menyesuaikan").
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p16_inovasi_arunika",
    name="Kota Arunika",
    period="2025-2029",
    style="inovasi daerah chapter + summary table",
    split="fresh3",
    intro=[
        "Kota Arunika adalah kota pendidikan dan jasa di dataran tinggi yang dikenal dengan kebun bunga, "
        "kampus perguruan tinggi dan udara yang sejuk. Setiap tahun puluhan ribu mahasiswa dan wisatawan "
        "datang ke kota ini, sehingga kebutuhan layanan publik, transportasi dan pengelolaan sampah terus "
        "meningkat.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menjadikan inovasi daerah sebagai "
        "tulang punggung pelaksanaan masterplan. Inovasi diusulkan oleh perangkat daerah, kecamatan dan "
        "rumah sakit daerah, lalu dikurasi oleh Tim Pelaksana Smart City.",
    ],
)

T = Target
INFO: dict[str, dict] = {}  # stage, partner sentence and text variant of each innovation


def _i(
    name, desc, opd, tahap, year, budget, bfmt, target, *, v="a", mitra="", per_year=None, tstyle="sebanyak", note=""
):
    """One innovation. v: sentence order (a, b, c, d); bfmt: how the cost is written (juta, dots, miliar,
    per_year, none); tstyle: how the indicator is written (sebanyak, mencapai, target)."""
    if per_year and budget is None:
        budget = sum(per_year.values())
    p = Prog(name, desc, list(opd), target, year, budget, bfmt, budget_per_year=per_year, kind="Inovasi", note=note)
    INFO[name] = dict(tahap=tahap, v=v, mitra=mitra, tstyle=tstyle)
    return p


KOMINFO = "Dinas Komunikasi dan Informatika"
BAPPERIDA = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
DISPARBUD = "Dinas Pariwisata dan Kebudayaan"
DKPP = "Dinas Ketahanan Pangan dan Pertanian"
PERKIM = "Dinas Perumahan dan Kawasan Permukiman"
DLH = "Dinas Lingkungan Hidup"

DIMENSIONS = [
    (
        "Smart Governance",
        "Inovasi tata kelola diarahkan pada birokrasi tanpa kertas, kanal aduan yang dekat dengan warga dan "
        "pengambilan keputusan berbasis data. Sebagian inovasi telah diterapkan, sebagian lain masih diuji "
        "coba di beberapa perangkat daerah.",
        [
            _i(
                "Naskah Dinas Tanpa Kertas",
                "Naskah dinas, disposisi dan arsip surat seluruh perangkat daerah dikelola dalam satu aplikasi "
                "dengan tanda tangan elektronik.",
                ["Bagian Organisasi Sekretariat Daerah"],
                "penerapan",
                [2025, 2026],
                400e6,
                "juta",
                T("perangkat daerah yang memakai naskah dinas elektronik", 38, "perangkat daerah", 2026),
                v="a",
                mitra="Balai Sertifikasi Elektronik",
            ),
            _i(
                "Pojok Aduan Kelurahan",
                "Setiap kantor kelurahan menyediakan pojok aduan dengan tablet yang terhubung ke aplikasi aduan "
                "kota, sehingga warga yang belum terbiasa memakai ponsel pintar tetap dapat menyampaikan keluhan.",
                [KOMINFO],
                "uji coba",
                2025,
                175e6,
                "dots",
                T("kelurahan yang memiliki pojok aduan daring", 24, "kelurahan", 2025),
                v="b",
                mitra="Forum Relawan TIK Arunika",
            ),
            _i(
                "Dasbor Kinerja Wali Kota",
                "Dasbor menampilkan capaian indikator kinerja daerah dan realisasi anggaran setiap perangkat "
                "daerah secara berkala untuk bahan rapat pimpinan.",
                [BAPPERIDA],
                "inisiasi",
                [2026, 2027],
                None,
                "per_year",
                T("jumlah indikator kinerja daerah yang terpantau di dasbor", 120, "indikator", 2027),
                v="c",
                per_year={2026: 300e6, 2027: 450e6},
                note="cost per year only: gold = the sum",
            ),
            _i(
                "Pajak Daerah dalam Genggaman",
                "Wajib pajak daerah dapat melihat tagihan, membayar dan mengunduh bukti bayar pajak bumi dan "
                "bangunan, pajak hotel dan pajak restoran melalui aplikasi.",
                ["Badan Pendapatan Daerah"],
                "penerapan",
                [2025, 2027],
                1.2e9,
                "miliar",
                T("wajib pajak yang membayar melalui aplikasi", 65, "persen", 2027),
                v="d",
                mitra="Bank Arunika (BUMD)",
                tstyle="mencapai",
                note="a BUMD bank as partner",
            ),
        ],
    ),
    (
        "Smart Branding",
        "Inovasi branding memperkuat citra Arunika sebagai kota bunga dan kota pelajar melalui kalender "
        "acara, kampung kreatif dan dokumentasi kekayaan budaya kota.",
        [
            _i(
                "Kalender Wisata Bunga Arunika",
                "Kalender acara festival bunga, pameran tanaman hias dan pertunjukan seni dipublikasikan dalam "
                "satu aplikasi yang juga melayani penjualan tiket.",
                [DISPARBUD],
                "uji coba",
                [2025, 2026],
                350e6,
                "juta",
                T("pengunjung festival bunga yang membeli tiket daring", 40000, "orang", 2026),
                v="a",
                mitra="Asosiasi Petani Bunga Arunika",
            ),
            _i(
                "Kampung Kreatif Lembah Bunga",
                "Kampung di lembah kebun bunga dikembangkan menjadi kampung kreatif dengan paket wisata, kelas "
                "merangkai bunga dan penjualan produk secara daring.",
                [DISPARBUD, "Kecamatan Arunika Timur"],
                "penerapan",
                [2026, 2028],
                850e6,
                "juta",
                T("kampung kreatif yang memiliki paket wisata daring", 6, "kampung", 2028),
                v="b",
                note="two initiators joined by 'bersama' (the first holds 'dan')",
            ),
            _i(
                "Galeri Virtual Batik Arunika",
                "Motif batik khas kota didokumentasikan dalam galeri virtual yang dapat diakses perajin, "
                "sekolah dan wisatawan.",
                ["Dinas Perindustrian dan Tenaga Kerja"],
                "inisiasi",
                [2027, 2028],
                None,
                "none",
                T("motif batik yang terdokumentasi dalam galeri virtual", 150, "motif", 2028),
                v="c",
                mitra="Universitas Arunika",
                note="budget truly missing: 'belum dihitung'",
            ),
        ],
    ),
    (
        "Smart Economy",
        "Inovasi ekonomi menyasar pedagang pasar, usaha rintisan mahasiswa dan ketahanan pangan rumah tangga "
        "di kelurahan.",
        [
            _i(
                "Pasar Bunga Nontunai",
                "Pedagang pasar bunga dan tanaman hias menerima pembayaran dengan kode QR dan retribusi los "
                "dipungut secara nontunai.",
                ["Dinas Koperasi, UKM dan Perdagangan"],
                "penerapan",
                2025,
                220e6,
                "juta",
                T("pedagang pasar bunga yang menerima pembayaran nontunai", 300, "pedagang", 2025),
                v="d",
                mitra="Bank Arunika (BUMD)",
            ),
            _i(
                "Inkubator Wirausaha Kampus",
                "Mahasiswa dan lulusan perguruan tinggi di kota mendapat ruang kerja bersama, pendampingan dan "
                "temu investor untuk mengembangkan usaha rintisan.",
                [BAPPERIDA],
                "uji coba",
                [2026, 2029],
                2.4e9,
                "miliar",
                T("usaha rintisan yang lulus program inkubasi", 40, "usaha rintisan", 2029),
                v="a",
                mitra="Universitas Arunika dan Politeknik Arunika",
            ),
            _i(
                "Lumbung Pangan Digital Kelurahan",
                "Stok beras dan bahan pokok lumbung pangan kelurahan dicatat dalam aplikasi sehingga distribusi "
                "bantuan pangan dapat dipantau.",
                [DKPP],
                "inisiasi",
                [2026, 2027],
                480e6,
                "juta",
                None,
                v="b",
                mitra="Universitas Arunika",
                note="target truly missing: 'indikator ... masih dirumuskan'",
            ),
        ],
    ),
    (
        "Smart Living",
        "Inovasi lingkungan hidup perkotaan berfokus pada layanan kesehatan, penerangan jalan dan "
        "perparkiran di kawasan kampus yang padat.",
        [
            _i(
                "Antre Sehat dari Rumah",
                "Pasien mendaftar dan mengambil nomor antrean puskesmas dari rumah melalui aplikasi atau layanan "
                "pesan.",
                ["Dinas Kesehatan"],
                "penerapan",
                [2025, 2026],
                560e6,
                "juta",
                T("puskesmas yang melayani pendaftaran daring", 14, "puskesmas", 2026),
                v="a",
                mitra="Puskesmas se-Kota Arunika",
                note="puskesmas as partners, not the initiator",
            ),
            _i(
                "Layanan Rujukan Cepat Terpadu",
                "Rujukan pasien gawat darurat dari puskesmas dan klinik diterima rumah sakit melalui satu sistem "
                "dengan informasi ketersediaan tempat tidur.",
                ["RSUD Arunika"],
                "uji coba",
                [2026, 2027],
                None,
                "per_year",
                T("rujukan gawat darurat yang diterima dalam 30 menit", 90, "persen", 2027),
                v="c",
                per_year={2026: 500e6, 2027: 650e6},
                tstyle="mencapai",
                note="the RSUD is the initiator; cost per year only: gold = the sum",
            ),
            _i(
                "Lampu Jalan Pintar Hemat Energi",
                "Lampu penerangan jalan umum diganti dengan lampu hemat energi yang dapat dipantau dan diatur "
                "dari ruang kendali kota.",
                [PERKIM],
                "penerapan",
                [2025, 2029],
                7.5e9,
                "miliar",
                T("titik penerangan jalan umum yang terpantau daring", 4000, "titik", 2029),
                v="d",
            ),
            _i(
                "Parkir Pintar Kawasan Kampus",
                "Kantong parkir di sekitar kampus dilengkapi sensor ketersediaan ruang parkir dan pembayaran nontunai.",
                ["Dinas Perhubungan"],
                "inisiasi",
                None,
                950e6,
                "juta",
                T("kantong parkir yang memakai sensor dan pembayaran nontunai", 8, "kantong parkir"),
                v="b",
                mitra="pengelola parkir swasta",
                note="year truly missing: 'menyesuaikan kesiapan mitra'; the indicator names no year",
            ),
        ],
    ),
    (
        "Smart Society",
        "Inovasi kemasyarakatan mendorong warga, pelajar dan lansia agar cakap memanfaatkan layanan digital "
        "dan saling membantu.",
        [
            _i(
                "Sekolah Ramah Literasi Digital",
                "Sekolah dasar dan menengah pertama menerapkan kurikulum literasi digital dan keamanan daring "
                "bagi siswa dan guru.",
                ["Dinas Pendidikan"],
                "penerapan",
                [2025, 2027],
                1.05e9,
                "miliar",
                T("sekolah yang menerapkan kurikulum literasi digital", 80, "sekolah", 2027),
                v="a",
            ),
            _i(
                "Posyandu Lansia Terhubung",
                "Hasil pemeriksaan tekanan darah, gula darah dan berat badan warga lanjut usia di posyandu "
                "dicatat secara daring dan dapat dipantau puskesmas.",
                ["Kecamatan Arunika Barat"],
                "uji coba",
                2026,
                150e6,
                "juta",
                T("posyandu lansia yang mencatat pemeriksaan secara daring", 35, "posyandu", 2026),
                v="c",
                mitra="Puskesmas Arunika Barat dan kader posyandu",
                note="a kecamatan as initiator; a puskesmas as partner",
            ),
            _i(
                "Relawan Digital Warga",
                "Mahasiswa dan pemuda kelurahan dilatih menjadi relawan yang mendampingi warga memakai layanan "
                "digital pemerintah.",
                [KOMINFO],
                "inisiasi",
                [2026, 2028],
                300e6,
                "dots",
                T("relawan digital yang aktif mendampingi warga", 500, "orang", 2028),
                v="d",
                mitra="Universitas Arunika",
            ),
        ],
    ),
    (
        "Smart Environment",
        "Inovasi lingkungan menjaga udara kota tetap bersih, mengurangi sampah yang dibuang ke tempat "
        "pemrosesan akhir dan menghemat air untuk taman kota.",
        [
            _i(
                "Sedekah Sampah Digital",
                "Warga menyetorkan sampah anorganik ke bank sampah, dan nilai setorannya dicatat dalam aplikasi "
                "serta dapat disedekahkan untuk program sosial kelurahan.",
                [DLH],
                "penerapan",
                [2025, 2027],
                420e6,
                "juta",
                T("bank sampah yang mencatat setoran secara daring", 60, "bank sampah", 2027),
                v="b",
                mitra="Bank Sampah Induk Arunika",
            ),
            _i(
                "Sensor Kualitas Udara Kota",
                "Sensor kualitas udara berbiaya rendah dipasang di persimpangan padat dan kawasan kampus, dengan "
                "data yang ditayangkan di papan informasi dan situs kota.",
                [DLH],
                "uji coba",
                [2026, 2027],
                680e6,
                "juta",
                T("titik pemantauan kualitas udara yang terhubung daring", 12, "titik", 2027),
                v="a",
                mitra="Universitas Arunika",
            ),
            _i(
                "Penyiraman Taman Otomatis",
                "Taman kota dilengkapi penyiraman otomatis yang memakai sensor kelembapan tanah dan air hujan "
                "yang ditampung.",
                [PERKIM],
                "penerapan",
                2027,
                260e6,
                "dots",
                T("taman kota dengan penyiraman otomatis", 15, "taman", 2027),
                v="c",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the chapter writes them
def _rp(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _cost(p: Prog) -> str:
    """The cost phrase (without a leading verb)."""
    if p.bfmt == "per_year":
        parts = [f"{_rp(v)} pada {y}" for y, v in p.budget_per_year.items()]
        return ", ".join(parts[:-1]) + " dan " + parts[-1]
    if p.bfmt == "dots":
        return f"Rp {num_id(p.budget)}"
    return _rp(p.budget)


def _owners(p: Prog) -> str:
    return " bersama ".join(p.opd)


def _years(p: Prog, style: int) -> str:
    y = p.year
    if isinstance(y, list):
        return [f"mulai tahun {y[0]} hingga {y[1]}", f"pada {y[0]}-{y[1]}", f"pada tahun {y[0]} sampai {y[1]}"][style]
    return f"pada tahun {y}"


def _indicator(p: Prog) -> str:
    """The indicator sentence."""
    t = p.target
    if t is None:
        return (
            "Indikator keberhasilan inovasi masih dirumuskan bersama mitra perguruan tinggi dan akan ditetapkan "
            "dalam reviu masterplan."
        )
    yr = f" pada {t.year}" if t.year else ""
    if INFO[p.name]["tstyle"] == "mencapai":
        return f"Indikator keberhasilannya adalah {t.ind} mencapai {num_id(t.value)} {t.unit}{yr}."
    return f"Indikator: {t.ind} sebanyak {num_id(t.value)} {t.unit}{yr}."


def _stage(p: Prog, now: bool = True) -> str:
    return {
        "inisiasi": "masih berada pada tahap inisiasi",
        "uji coba": "saat ini berada pada tahap uji coba" if now else "berada pada tahap uji coba",
        "penerapan": "telah memasuki tahap penerapan",
    }[INFO[p.name]["tahap"]]


NO_YEAR = "Waktu penerapan menyesuaikan kesiapan mitra dan ketersediaan lahan parkir."
NO_COST = "Biaya pengembangan belum dihitung dan akan ditetapkan setelah kajian kebutuhan."


def sentences(p: Prog) -> str:
    """The innovation's sentences (after its name), in the order of its variant."""
    info, v, o = INFO[p.name], INFO[p.name]["v"], _owners(p)
    if v == "a":  # desc; initiator + stage; years + cost; indicator
        assert p.year is not None
        s = [p.desc, f"Inovasi ini diinisiasi oleh {o} dan {_stage(p)}."]
        if p.budget is None:
            s += [f"Inovasi dilaksanakan {_years(p, 0)}.", NO_COST]
        else:
            s.append(f"Inovasi dilaksanakan {_years(p, 0)} dengan biaya pengembangan sebesar {_cost(p)}.")
        s.append(_indicator(p))
    elif v == "b":  # desc; "Inovator: X. Tahapan: y."; indicator; years + cost
        assert p.budget is not None
        s = [p.desc, f"Inovator: {o}. Tahapan: {info['tahap']}.", _indicator(p)]
        if p.year is None:
            s += [NO_YEAR, f"Kebutuhan biaya {_cost(p)}."]
        else:
            s.append(f"Inovasi direncanakan berjalan {_years(p, 1)} dengan kebutuhan biaya {_cost(p)}.")
    elif v == "c":  # desc; cost first, then initiator, stage and years; indicator
        assert p.year is not None
        yrs = _years(p, 2)
        if p.budget is None:
            s = [p.desc, f"Inovasi yang diinisiasi oleh {o} ini {_stage(p, False)} dan dilaksanakan {yrs}.", NO_COST]
        else:
            s = [
                p.desc,
                f"Dengan biaya pengembangan {_cost(p)}, inovasi yang diinisiasi oleh {o} ini {_stage(p, False)} "
                f"dan dilaksanakan {yrs}.",
            ]
        s.append(_indicator(p))
    elif v == "d":  # initiator first; desc; years + cost; indicator
        assert p.year is not None and p.budget is not None
        s = [
            f"{o} menginisiasi inovasi ini, yang {_stage(p)}.",
            p.desc,
            f"Pelaksanaan {_years(p, 0)}, dengan biaya pengembangan sebesar {_cost(p)}.",
            _indicator(p),
        ]
    else:
        raise ValueError(v)
    if info["mitra"]:
        s.append(f"Mitra pelaksana: {info['mitra']}.")
    return " ".join(s)


def _summary(pdf) -> list:
    rows, n = [], 0
    for _, _, ps in DIMENSIONS:
        for p in ps:
            n += 1
            if p.year is None:
                yr = "menyesuaikan"
            elif isinstance(p.year, list):
                yr = f"{p.year[0]}-{p.year[1]}"
            else:
                yr = str(p.year)
            rows.append([str(n), p.name, "; ".join(p.opd), yr])
    return [
        pdf.Table(
            ["No", "Nama Inovasi", "Perangkat Daerah Penginisiasi", "Tahun"],
            rows,
            caption="Tabel 4.1 Rekapitulasi Inovasi Daerah Smart City Kota Arunika",
        )
    ]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Arunika terdiri atas empat kecamatan dan dua puluh empat kelurahan. Seluruh kelurahan telah "
            "terjangkau jaringan serat optik, dan pemerintah kota telah memiliki ruang kendali kota serta "
            "peraturan wali kota tentang inovasi daerah. Tantangan utama adalah keberlanjutan inovasi setelah "
            "tahap uji coba dan keterpaduan aplikasi antarperangkat daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Arunika adalah "Arunika Kota Bunga yang Cerdas dan Ramah". Strategi ditempuh '
            "dengan menumbuhkan inovasi daerah di setiap perangkat daerah dan kecamatan, menguji cobanya dalam "
            "skala kecil, lalu menerapkannya di seluruh kota bila terbukti bermanfaat."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV INOVASI DAERAH SMART CITY"))
    b.append(
        pdf.Para(
            "Bab ini menguraikan inovasi daerah yang menjadi program smart city Kota Arunika. Setiap inovasi "
            "dijelaskan tahapan, perangkat daerah penginisiasi, waktu pelaksanaan, biaya pengembangan dan "
            "indikator keberhasilannya. Tahapan inovasi terdiri atas inisiasi, uji coba dan penerapan."
        )
    )
    for j, (dim, intro, ps) in enumerate(DIMENSIONS, start=1):
        b.append(pdf.Heading(2, f"4.{j} Inovasi {dim}"))
        b.append(pdf.Para(intro))
        for i, p in enumerate(ps, start=1):
            if j <= 3:
                b.append(pdf.Heading(4, f"{i}. Inovasi {p.name}"))
                b.append(pdf.Para(sentences(p)))
            else:
                b.append(pdf.Para(f"{i}. Inovasi {p.name}: {sentences(p)}"))
    b.append(pdf.Heading(2, f"4.{len(DIMENSIONS) + 1} Rekapitulasi Inovasi Daerah"))
    b.append(
        pdf.Para("Seluruh inovasi daerah smart city beserta perangkat daerah penginisiasi dan tahun pelaksanaannya:")
    )
    b += _summary(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Inovasi daerah dievaluasi setiap tahun oleh Tim Pelaksana Smart City. Inovasi yang belum memiliki "
            "indikator, jadwal atau perhitungan biaya akan dilengkapi pada reviu masterplan."
        )
    )
    return b
