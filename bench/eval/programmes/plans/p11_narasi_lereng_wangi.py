"""Kabupaten Lereng Wangi (FICTIONAL): narrative programme sub-sections (fresh held-out set).

Style: as many masterplans write their programme chapter: one numbered sub-section per programme
("4.2.3 Program X") with one or two paragraphs in which the target, the years, the owner and the
budget come in different orders and sentences ("diampu oleh", "dengan alokasi anggaran", "selama tiga
tahun (2025-2027)", "mulai 2026 hingga 2029", "ditargetkan ... pada akhir 2027", owner first, budget
first, target first), often after a baseline sentence ("Pada tahun 2024 baru 45 persen ...": the
baseline is not the target). Budgets per year are always written with their total. A quick-win
bullet list names three programmes again (they stay one programme each, quick_win) and adds two
quick wins of its own with their fields inline. Chapter V repeats eight programmes in an indicator
table with one target per year 2025..2029 ("-" outside the programme's years; gold target = the
final-year value, per_year). Three programmes truly lack one field: a budget ("akan dihitung
setelah ..."), a target (none written) and a year (none written).
"""

from .common import Prog, Target, money, num_id

PLAN = dict(
    slug="p11_narasi_lereng_wangi",
    name="Kabupaten Lereng Wangi",
    period="2025-2029",
    style="narrative sub-sections",
    split="fresh",
    intro=[
        "Kabupaten Lereng Wangi berada di lereng pegunungan dengan perkebunan teh, kopi dan sayuran dataran "
        "tinggi. Jalan antardesa yang berkelok dan rawan longsor menjadi tantangan utama pelayanan publik, "
        "sementara kawasan kebun teh mulai berkembang sebagai tujuan wisata.",
        "Program smart city kabupaten diuraikan per dimensi pada Bab IV, masing-masing dalam satu subbab. "
        "Indikator kinerja tahunan program prioritas disajikan pada Bab V sebagai dasar pemantauan.",
    ],
)

T = Target
YEARS = (2025, 2026, 2027, 2028, 2029)
WORDS = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima"}

# extra text per programme: (what it does, baseline sentence or "", funding source)
EXTRA: dict[str, dict] = {}


def _p(name, desc, opd, target, year, budget, bfmt, v, *, base="", sumber="APBD", per_year=None, awal=None, note=""):
    p = Prog(name, desc, list(opd), target, year, budget, bfmt, budget_per_year=per_year, v=v, note=note)
    EXTRA[name] = dict(base=base, sumber=sumber, awal=awal)
    return p


def _t(ind, unit, per_year: dict) -> Target:
    """A target given per year in chapter V: the final year's value is the target."""
    last = max(per_year)
    return Target(ind, per_year[last], unit, last, dict(per_year))


DIMENSIONS = [
    (
        "Smart Governance",
        "Tata kelola diarahkan pada layanan yang dapat diakses dari desa tanpa harus datang ke ibu kota "
        "kabupaten, serta pada keamanan dan keterpaduan sistem elektronik pemerintah daerah.",
        [
            _p(
                "Lereng Wangi Satu Layanan",
                "menyatukan layanan perizinan berusaha dan nonberusaha dalam satu portal yang dapat diakses "
                "dari kantor desa",
                ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
                _t("jenis perizinan yang terbit secara daring", "persen", {2025: 60, 2026: 75, 2027: 90}),
                [2025, 2027],
                2.4e9,
                "miliar",
                "a",
                base="Pada tahun 2024 baru 45 persen jenis perizinan yang dapat diajukan dan diterbitkan secara daring.",
                awal=45,
            ),
            _p(
                "Desa Digital Mandiri",
                "mendampingi pemerintah desa mengelola profil, administrasi dan keuangan desa dengan Sistem "
                "Informasi Desa",
                ["Dinas Pemberdayaan Masyarakat dan Desa"],
                _t(
                    "desa yang menggunakan Sistem Informasi Desa",
                    "desa",
                    {2025: 40, 2026: 60, 2027: 80, 2028: 100, 2029: 120},
                ),
                [2025, 2029],
                4.5e9,
                "dots",
                "b",
                base="Saat ini baru 15 desa yang mengelola administrasinya secara elektronik.",
                awal=15,
            ),
            _p(
                "Arsip Dinamis Elektronik",
                "mengganti pengelolaan arsip kertas di perangkat daerah dengan aplikasi arsip dinamis yang "
                "terhubung dengan tata naskah dinas elektronik",
                ["Dinas Perpustakaan dan Kearsipan"],
                T("perangkat daerah yang menggunakan aplikasi arsip dinamis", 100, "persen", 2026),
                2026,
                650e6,
                "juta",
                "d",
            ),
            _p(
                "Penguatan Keamanan Siber Daerah",
                "membentuk tim tanggap insiden siber, melakukan uji kerentanan berkala dan menerapkan "
                "sertifikat elektronik pada sistem pemerintah daerah",
                ["Dinas Komunikasi, Informatika dan Statistik"],
                T("sistem elektronik pemerintah daerah yang lulus uji kerentanan", 30, "sistem", 2026),
                [2025, 2026],
                None,
                "miliar",
                "no_budget",
                note="budget truly missing: 'akan dihitung setelah ...'",
            ),
        ],
    ),
    (
        "Smart Branding",
        "Citra daerah dibangun dari kebun teh, kopi lereng dan keramahan desa wisata, dengan promosi "
        "digital yang terpadu.",
        [
            _p(
                "Wangi Tea Heritage",
                "mengemas kawasan kebun teh peninggalan kolonial sebagai destinasi wisata sejarah dan alam "
                "dengan pemandu digital, jalur jelajah kebun dan kalender acara petik teh",
                ["Dinas Pariwisata, Kepemudaan dan Olahraga"],
                _t("kunjungan wisatawan ke kawasan kebun teh", "orang", {2026: 120000, 2027: 160000, 2028: 200000}),
                [2026, 2028],
                3e9,
                "M",
                "c",
                base="Pada tahun 2024 kawasan kebun teh dikunjungi sekitar 95.000 wisatawan.",
                awal=95000,
            ),
            _p(
                "Kopi Lereng Berindikasi Geografis",
                "mendampingi kelompok petani kopi memperoleh sertifikat indikasi geografis, memperbaiki "
                "kemasan dan memasarkan kopi melalui lokapasar",
                ["Dinas Pertanian dan Perkebunan", "Dinas Perindustrian dan Perdagangan"],
                T("produk kopi bersertifikat indikasi geografis", 25, "produk", 2026),
                [2025, 2026],
                780e6,
                "juta",
                "two",
                note="two owners joined by 'bersama'",
            ),
            _p(
                "Gerbang Kota Lereng Wangi",
                "menata gerbang masuk kabupaten dan koridor jalan menuju ibu kota kabupaten dengan taman, "
                "penanda arah dan papan informasi digital",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                None,
                [2027, 2028],
                5.6e9,
                "miliar",
                "no_target",
                note="target truly missing",
            ),
        ],
    ),
    (
        "Smart Economy",
        "Ekonomi daerah bertumpu pada hortikultura, kopi dan teh. Program ekonomi diarahkan agar petani dan "
        "koperasi memperoleh harga yang lebih baik melalui data dan pemasaran digital.",
        [
            _p(
                "Pasar Tani Daring",
                "mempertemukan kelompok tani dengan pembeli dari kota melalui pasar daring, lengkap dengan "
                "informasi harga dan jadwal panen",
                ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
                _t(
                    "kelompok tani yang menjual hasil panen melalui pasar daring",
                    "kelompok tani",
                    {2025: 50, 2026: 100, 2027: 150},
                ),
                [2025, 2027],
                1.5e9,
                "miliar",
                "a",
                base="Hingga 2024 baru 10 kelompok tani yang menjual hasil panennya secara daring.",
                awal=10,
            ),
            _p(
                "Pertanian Presisi Sayur Dataran Tinggi",
                "memasang sensor tanah dan stasiun cuaca di sentra sayuran serta memberikan rekomendasi "
                "pemupukan dan jadwal tanam melalui aplikasi penyuluh",
                ["Dinas Pertanian dan Perkebunan"],
                T("lahan sayur yang dipantau sensor tanah dan cuaca", 300, "hektare", 2027),
                [2025, 2027],
                None,
                "per_year",
                "per_year",
                per_year={2025: 500e6, 2026: 700e6, 2027: 800e6},
                note="budget per year with the total stated",
            ),
            _p(
                "Koperasi Digital Lereng",
                "membantu koperasi tani dan koperasi simpan pinjam beralih ke aplikasi akuntansi dan "
                "rapat anggota daring",
                ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
                T("koperasi yang menggunakan aplikasi akuntansi", 60, "koperasi"),
                None,
                420e6,
                "juta",
                "no_year",
                note="year truly missing (target without year, no period)",
            ),
            _p(
                "Investasi Agrowisata",
                "menyiapkan profil peluang investasi, peta lahan dan layanan pendampingan bagi investor "
                "agrowisata di kawasan kebun teh dan kopi",
                ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
                T("investor agrowisata yang merealisasikan investasinya", 12, "investor", 2029),
                [2026, 2029],
                950e6,
                "juta",
                "b",
            ),
        ],
    ),
    (
        "Smart Living",
        "Kualitas hidup warga lereng ditentukan oleh akses kesehatan, jalan yang andal dan kesiapsiagaan "
        "terhadap longsor.",
        [
            _p(
                "Puskesmas Pintar",
                "menerapkan rekam medis elektronik, antrean daring dan telekonsultasi dengan dokter spesialis "
                "RSUD Lereng Wangi di seluruh puskesmas",
                ["Dinas Kesehatan"],
                _t("puskesmas yang menerapkan rekam medis elektronik terintegrasi", "persen", {2025: 60, 2026: 100}),
                [2025, 2026],
                3.6e9,
                "miliar",
                "c",
                base="Pada akhir 2024 baru 30 persen puskesmas yang menggunakan rekam medis elektronik.",
                awal=30,
                note="RSUD named as a place, not the owner",
            ),
            _p(
                "Ambulans Desa Siaga",
                "menyediakan ambulans desa yang dapat dipanggil melalui layanan darurat dan terhubung dengan "
                "instalasi gawat darurat RSUD Lereng Wangi",
                ["Dinas Kesehatan"],
                T("desa yang terlayani ambulans desa siaga", 80, "desa", 2029),
                [2025, 2029],
                6.25e9,
                "dots00",
                "owner_first",
                note="RSUD named as a place, not the owner",
            ),
            _p(
                "Jalan Produksi Terpantau",
                "memantau kondisi jalan produksi pertanian melalui laporan warga dan survei berkala berbasis "
                "peta digital, lalu memprioritaskan perbaikannya",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                _t(
                    "jalan produksi pertanian dalam kondisi mantap",
                    "persen",
                    {2026: 70, 2027: 75, 2028: 80, 2029: 85},
                ),
                [2026, 2029],
                24e9,
                "miliar",
                "b",
                base="Pada tahun 2024 baru 62 persen jalan produksi pertanian dalam kondisi mantap.",
                awal=62,
            ),
            _p(
                "Mitigasi Longsor Berbasis Sensor",
                "memasang sensor pergerakan tanah dan sirene di desa rawan longsor serta melatih tim siaga "
                "bencana desa",
                ["Badan Penanggulangan Bencana Daerah"],
                T("desa rawan longsor yang terpasang sensor pergerakan tanah dan sirene", 35, "desa", 2027),
                [2025, 2027],
                2.75e9,
                "miliar",
                "target_first",
            ),
        ],
    ),
    (
        "Smart Society",
        "Masyarakat yang cakap digital menjadi syarat agar layanan elektronik benar-benar dimanfaatkan warga desa.",
        [
            _p(
                "Sekolah Lereng Terhubung",
                "menyambungkan sekolah dasar dan sekolah menengah pertama di desa dengan internet dan "
                "menyediakan konten belajar daring",
                ["Dinas Pendidikan"],
                _t("sekolah yang terhubung internet", "sekolah", {2025: 60, 2026: 100, 2027: 140, 2028: 180}),
                [2025, 2028],
                None,
                "flat",
                "flat",
                per_year={2025: 300e6, 2026: 300e6, 2027: 300e6, 2028: 300e6},
                base="Saat ini baru 35 sekolah yang memiliki sambungan internet yang stabil.",
                awal=35,
                note="budget per year with the total stated",
            ),
            _p(
                "Relawan Digital Desa",
                "merekrut dan melatih relawan TIK dari karang taruna untuk mendampingi warga menggunakan "
                "layanan digital pemerintah",
                ["Dinas Komunikasi, Informatika dan Statistik"],
                T("relawan TIK desa yang aktif", 240, "orang", 2029),
                [2025, 2029],
                375e6,
                "juta",
                "a",
            ),
        ],
    ),
    (
        "Smart Environment",
        "Lingkungan lereng yang lestari menjadi sumber air bagi kabupaten di hilir, sehingga perlindungan "
        "mata air dan pengelolaan sampah pertanian menjadi prioritas.",
        [
            _p(
                "Konservasi Mata Air",
                "melindungi kawasan mata air dengan penanaman pohon, pemagaran dan pemasangan alat ukur debit "
                "yang terhubung daring",
                ["Dinas Lingkungan Hidup"],
                _t(
                    "mata air yang dilindungi dan dipantau debitnya",
                    "mata air",
                    {2025: 8, 2026: 16, 2027: 24, 2028: 32, 2029: 40},
                ),
                [2025, 2029],
                1.85e9,
                "milyar",
                "c",
            ),
            _p(
                "Pengolahan Sampah Organik Pertanian",
                "mengolah sisa panen sayuran menjadi kompos di rumah kompos desa dan mencatat volume olahan "
                "melalui aplikasi",
                ["Dinas Lingkungan Hidup"],
                T("desa yang memiliki rumah kompos aktif", 30, "desa", 2028),
                [2026, 2028],
                880e6,
                "juta",
                "owner_first",
            ),
        ],
    ),
]

QUICK_NEW = [
    Prog(
        "Lapak Digital Pasar Kaget",
        "pendataan dan pembayaran nontunai pedagang pasar kaget akhir pekan",
        ["Dinas Koperasi, Usaha Mikro dan Perdagangan"],
        T("pedagang pasar kaget yang terdaftar", 100, "pedagang", 2025),
        2025,
        150e6,
        "juta",
        quick_win=True,
        kind="Quick win",
        v="qw",
    ),
    Prog(
        "Aduan Jalan Rusak Cepat Tanggap",
        "kanal pelaporan jalan rusak melalui aplikasi pesan dengan foto dan titik lokasi",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("laporan jalan rusak yang ditindaklanjuti dalam tujuh hari", 80, "persen", 2025),
        2025,
        185e6,
        "juta",
        quick_win=True,
        kind="Quick win",
        v="qw",
    ),
]
QW_REPEAT = ["Lereng Wangi Satu Layanan", "Pasar Tani Daring", "Relawan Digital Desa"]
QW_REPEAT_WHY = {
    "Lereng Wangi Satu Layanan": "dimulai dari jenis izin yang paling banyak diajukan warga",
    "Pasar Tani Daring": "diawali uji coba di pasar kecamatan yang telah memiliki kelompok tani binaan",
    "Relawan Digital Desa": "karena relawan dapat segera direkrut dari karang taruna",
}


def programmes() -> list[Prog]:
    out = [p for _, _, ps in DIMENSIONS for p in ps] + QUICK_NEW
    for p in out:
        if p.budget_per_year and p.budget is None:
            p.budget = sum(p.budget_per_year.values())
        if p.name in QW_REPEAT:
            p.quick_win = True
    return out


# ------------------------------------------------------------------ values as the text writes them
def _val(t: Target) -> str:
    return f"{num_id(t.value)} {t.unit}"


def _count(t: Target) -> str:
    """ "45 persen jenis perizinan ...", "120 desa yang ...", "150 kelompok tani yang ..." (the unit
    word not repeated where the indicator starts with it)."""
    if t.unit != "persen" and t.ind.startswith(t.unit + " "):
        return f"{num_id(t.value)} {t.ind}"
    return f"{_val(t)} {t.ind}"


def _rp(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _span(y) -> tuple[int, int]:
    return (y[0], y[1]) if isinstance(y, (list, tuple)) else (y, y)


def _owners(p: Prog) -> str:
    return " bersama ".join(p.opd)


def paragraph(p: Prog) -> list[str]:
    """The paragraphs of one programme's sub-section."""
    ex = EXTRA[p.name]
    base = (ex["base"] + " ") if ex["base"] else ""
    t, o = p.target, _owners(p)
    y0, y1 = _span(p.year) if p.year is not None else (None, None)
    if p.v == "a":
        return [
            f"{base}Program {p.name} {p.desc}.",
            f"Program ini diampu oleh {o} dengan alokasi anggaran {money(p)} selama {WORDS[y1 - y0 + 1]} tahun "
            f"({y0}-{y1}). Pada akhir {t.year}, {t.ind} ditargetkan mencapai {_val(t)}.",
        ]
    if p.v == "b":
        return [
            f"{o} menjadi perangkat daerah pengampu Program {p.name}. {base}Program ini {p.desc}. Kegiatan "
            f"dilaksanakan mulai {y0} hingga {y1}. Target yang ingin dicapai adalah {_count(t)} pada tahun "
            f"{t.year}. Kebutuhan anggaran diperkirakan {money(p)} yang bersumber dari {ex['sumber']}."
        ]
    if p.v == "c":
        return [
            f"{base}Dengan alokasi anggaran sebesar {money(p)} yang bersumber dari {ex['sumber']}, Program "
            f"{p.name} akan {p.desc} pada periode {y0}-{y1}.",
            f"Indikator keberhasilannya ialah {t.ind} sebesar {_val(t)} di tahun {t.year}. Pelaksana utama "
            f"program ini adalah {o}.",
        ]
    if p.v == "d":  # a single year
        return [
            f"Program {p.name} {p.desc}. Program diampu oleh {o} dan dilaksanakan pada tahun anggaran {y0} "
            f"dengan kebutuhan biaya {money(p)}. Pada akhir tahun tersebut ditargetkan {_count(t)}."
        ]
    if p.v == "two":
        return [
            f"Program {p.name} {p.desc}. Program ini diampu oleh {o}. Dalam dua tahun ({y0}-{y1}) ditargetkan "
            f"{_count(t)} pada tahun {t.year}, dengan alokasi anggaran {money(p)}."
        ]
    if p.v == "owner_first":
        return [
            f"{o} melaksanakan Program {p.name}, yang {p.desc}. Program berjalan dari {y0} sampai {y1} dengan "
            f"anggaran {money(p)} dan ditargetkan {_count(t)} pada akhir {t.year}."
        ]
    if p.v == "target_first":
        return [
            f"Ditargetkan {_count(t)} pada akhir {t.year}. Untuk itu Program {p.name} akan {p.desc}. Program "
            f"dilaksanakan selama {WORDS[y1 - y0 + 1]} tahun ({y0}-{y1}), diampu oleh {o}, dengan alokasi "
            f"anggaran {money(p)}."
        ]
    if p.v == "per_year":
        py = p.budget_per_year
        ys = list(py)
        parts = ", ".join(f"{_rp(py[y])} pada {y}" for y in ys[:-1]) + f" dan {_rp(py[ys[-1]])} pada {ys[-1]}"
        return [
            f"Program {p.name} {p.desc}. Program diampu oleh {o} dan ditargetkan {_count(t)} pada akhir {t.year}.",
            f"Anggaran program disusun bertahap, yaitu {parts}, sehingga seluruhnya berjumlah {_rp(p.budget)}.",
        ]
    if p.v == "flat":
        py = p.budget_per_year
        each = py[y0]
        return [
            f"{base}Program {p.name} {p.desc}.",
            f"Program ini diampu oleh {o} dan dilaksanakan bertahap mulai {y0} sampai {y1}. Ditargetkan "
            f"{_count(t)} pada tahun {t.year}. Kebutuhan anggaran sebesar {_rp(each)} per tahun, atau total "
            f"{_rp(p.budget)} selama {WORDS[y1 - y0 + 1]} tahun.",
        ]
    if p.v == "no_budget":
        return [
            f"Program {p.name} {p.desc}. Program diampu oleh {o} pada periode {y0}-{y1}, dengan target "
            f"{_count(t)} pada tahun {t.year}. Kebutuhan anggaran akan dihitung setelah penilaian risiko "
            "keamanan informasi selesai dilakukan."
        ]
    if p.v == "no_target":
        return [
            f"Program {p.name} {p.desc}. Program diampu oleh {o} dan dilaksanakan pada {y0}-{y1} dengan "
            f"alokasi anggaran {money(p)}. Rancangan teknis gerbang dan koridor disusun bersama tokoh "
            "masyarakat dan komunitas seni setempat."
        ]
    if p.v == "no_year":
        return [
            f"Program {p.name} {p.desc}. Program diampu oleh {o} dengan kebutuhan anggaran {money(p)}, dan "
            f"ditargetkan {_count(t)}. Jadwal pelaksanaan akan disepakati bersama Dewan Koperasi Daerah."
        ]
    raise ValueError(p.v)


def _qw_item(p: Prog) -> str:
    t = p.target
    return (
        f"{p.name}: {p.desc}, dilaksanakan tahun {p.year} oleh {_owners(p)} dengan anggaran {money(p)}; "
        f"target {_count(t)} pada akhir {t.year}."
    )


def _indicator_table(pdf) -> list:
    h1 = ["No", "Program", "Indikator Kinerja", "Satuan", "Kondisi Awal (2024)", "Target Tahunan", "", "", "", ""]
    h1 += ["Perangkat Daerah"]
    h2 = [""] * 5 + [str(y) for y in YEARS] + [""]
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 10)] + [((5, 0), (9, 0))]
    progs = [p for p in programmes() if p.target is not None and p.target.per_year]
    for i, p in enumerate(progs, start=1):
        t = p.target
        awal = EXTRA[p.name]["awal"]
        rows.append(
            [
                str(i),
                p.name,
                t.ind[0].upper() + t.ind[1:],
                "%" if t.unit == "persen" else t.unit,
                num_id(awal) if awal is not None else "-",
            ]
            + [num_id(t.per_year[y]) if y in t.per_year else "-" for y in YEARS]
            + [", ".join(p.opd)]
        )
    return [pdf.SpanTable(h1, rows, spans=spans, header_rows=2, wide=True)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    progs = programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB III VISI DAN STRATEGI SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Lereng Wangi adalah "Lereng Wangi Cerdas, Desa Terhubung, Alam Lestari". '
            "Visi tersebut dijabarkan ke dalam enam dimensi smart city, yaitu smart governance, smart branding, "
            "smart economy, smart living, smart society dan smart environment."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            "Program pada bab ini dilaksanakan dalam kurun waktu 2025-2029. Sumber pendanaan utama adalah APBD "
            "kabupaten, yang dapat dilengkapi dengan dana alokasi khusus, bantuan provinsi dan kerja sama dengan "
            "badan usaha."
        )
    )
    n = 0
    for i, (dim, intro, ps) in enumerate(DIMENSIONS, start=1):
        b.append(pdf.Heading(2, f"4.{i} Program {dim}"))
        b.append(pdf.Para(intro))
        for j, p in enumerate(ps, start=1):
            b.append(pdf.Heading(3, f"4.{i}.{j} Program {p.name}"))
            b += [pdf.Para(t) for t in paragraph(p)]
            n += 1
    b.append(pdf.Heading(2, f"4.{len(DIMENSIONS) + 1} Quick Win"))
    b.append(
        pdf.Para(
            "Sejumlah program dipilih sebagai quick win karena manfaatnya cepat dirasakan warga dan tidak "
            "memerlukan pengadaan besar, yaitu:"
        )
    )
    items = [f"Program {nm}, {QW_REPEAT_WHY[nm]};" for nm in QW_REPEAT]
    items += [_qw_item(p) for p in QUICK_NEW]
    b.append(pdf.Bullets(items))
    b.append(pdf.Heading(1, "BAB V INDIKATOR KINERJA PROGRAM"))
    b.append(
        pdf.Para(
            "Pencapaian program prioritas dipantau setiap tahun melalui indikator kinerja pada Tabel 5.1. Tanda "
            "- berarti program tidak dilaksanakan pada tahun tersebut."
        )
    )
    b.append(pdf.Para("Tabel 5.1 Indikator Kinerja dan Target Tahunan Program Prioritas Smart City"))
    b += _indicator_table(pdf)
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City Kabupaten Lereng Wangi. Program yang "
            "belum memiliki rincian anggaran, target atau jadwal akan dilengkapi pada reviu masterplan."
        )
    )
    assert n + len(QUICK_NEW) == len(progs)
    return b
