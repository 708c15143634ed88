"""Kabupaten Lembayung (FICTIONAL): real-world quirks in three shapes (fresh2 set).

Style: (A) a governance and branding matrix "No | Program | Indikator Kinerja | Target | Waktu |
Anggaran | Pelaksana" whose header is an ordinary first row (no shading) and is NOT repeated where the
table runs on over a page break (as a word processor's table without "repeat header row"; its caption
is a plain line); (B) an "Inovasi Kecamatan" table "No | Pengampu | Program Inovasi | Target | Waktu |
Biaya" where the owner is a kecamatan, alone or with a dinas, and the target cell holds value and
indicator; (C) living and society programmes as prose on a two-column page (pdfgen Columns): owner
first, "Penanggung jawab program adalah ...", "(penanggung jawab: BPBD)", "Melalui Program X, Dinas Y
...", "Pelaksana: ...", the budget per year with its total. Owners as real plans write them: "Bagian
Organisasi Sekretariat Daerah", "Kecamatan Lembayung Kota", "RSUD Lembayung", "UPTD Pusat Data",
"Satpol PP", abbreviations ("DPMPTSP", "Dinas PUPR", "Dinas Kominfo", "BPBD"), several joined by "dan"
or " / ". Targets "100%", ">= 75%" (pdfgen's cp1252 fonts have no "≥"), "12 unit (kumulatif)", "2,4
km"; money "Rp. 1.250.000.000,-", "Rp1,25 M", "Rp 750 jt", "IDR 2 miliar", "IDR 500 juta", "Rp 250 jt
per tahun selama 2026-2029 (total Rp 1 M)"; years "2025 s/d 2027", "TW IV 2026" (gold 2026), "mulai
2026 s/d 2028" (gold [2026, 2028]); no target in the tables names a year. Three programmes truly lack
one field: an OPD ("(belum ditetapkan)"), a year (none written; its target names none) and a budget
("Swadaya dan CSR (belum dihitung)").
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p14_campuran_lembayung",
    name="Kabupaten Lembayung",
    period="2025-2029",
    style="mixed quirks: matrix without repeated header, two-column prose, kecamatan table",
    split="fresh2",
    intro=[
        "Kabupaten Lembayung mengelilingi Danau Lembayung, danau vulkanik yang menjadi sumber air baku, "
        "perikanan dan pariwisata. Ibu kota kabupaten berada di tepi utara danau, sedangkan desa-desa di "
        "seberang danau dan di lereng bukit masih bergantung pada kapal penyeberangan dan jalan yang rawan "
        "longsor.",
        "Masterplan ini disusun oleh Tim Pelaksana Smart City bersama perangkat daerah dan kecamatan. Program "
        "disajikan dalam matriks, uraian program dan daftar inovasi kecamatan sesuai bahan yang dihimpun dari "
        "masing-masing pengusul.",
    ],
)

T = Target
ROW: dict[str, dict] = {}  # how a table row writes the target, the time and the owners


def _m(name, ind, target, tstyle, year, wstyle, budget, bfmt, opd, join=" dan ", note=""):
    """A matrix / kecamatan-table row. tstyle: how the target cell is written (pct, ge, kumulatif,
    count, count_ind, ge_ind); wstyle: how the time is written (sd, tw3, tw4, mulai); bfmt: how the
    money is written (see _money)."""
    p = Prog(name, ind, list(opd), target, year, budget, bfmt, note=note)
    ROW[name] = dict(tstyle=tstyle, wstyle=wstyle, join=join)
    return p


# ------------------------------------------------------------------ (A) matrix, header not repeated
MATRIX = [
    _m(
        "Mal Pelayanan Publik Digital Lembayung",
        "Persentase layanan MPP yang dapat diajukan secara daring",
        T("layanan MPP yang dapat diajukan secara daring", 100, "persen"),
        "pct",
        [2025, 2027],
        "sd",
        1.25e9,
        "rp_dash",
        ["DPMPTSP", "Bagian Organisasi Sekretariat Daerah"],
        join=" / ",
        note="two owners joined by ' / '",
    ),
    _m(
        "Pusat Data Daerah Terpadu",
        "Aplikasi perangkat daerah yang ditempatkan di pusat data daerah",
        T("aplikasi perangkat daerah yang ditempatkan di pusat data daerah", 75, "persen"),
        "ge",
        2026,
        "tw4",
        2e9,
        "idr",
        ["UPTD Pusat Data"],
        note="'TW IV 2026': year 2026",
    ),
    _m(
        "Digitalisasi Proses Bisnis Perangkat Daerah",
        "Perangkat daerah yang memiliki peta proses bisnis terdigitalisasi",
        T("perangkat daerah yang memiliki peta proses bisnis terdigitalisasi", 32, "perangkat daerah"),
        "count",
        [2025, 2026],
        "sd",
        750e6,
        "jt",
        ["Bagian Organisasi Sekretariat Daerah"],
    ),
    _m(
        "Tanda Tangan Elektronik ASN",
        "ASN yang memiliki sertifikat elektronik",
        T("ASN yang memiliki sertifikat elektronik", 100, "persen"),
        "pct",
        2025,
        "tw4",
        180e6,
        "jt",
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
    ),
    _m(
        "Ketertiban Umum Berbasis CCTV",
        "Titik CCTV ketertiban umum yang terhubung ke ruang kendali",
        T("CCTV ketertiban umum yang terhubung ke ruang kendali", 12, "unit"),
        "kumulatif",
        [2026, 2028],
        "mulai",
        1.25e9,
        "M_tight",
        ["Satpol PP", "Dinas Kominfo"],
        join=" / ",
        note="two owners joined by ' / '; 'mulai 2026 s/d 2028'",
    ),
    _m(
        "Kecamatan Tanpa Antre",
        "Jenis layanan PATEN yang dapat diajukan secara daring",
        T("jenis layanan PATEN yang dapat diajukan secara daring", 15, "layanan"),
        "count",
        2026,
        "tw3",
        320e6,
        "jt",
        ["Kecamatan Lembayung Kota"],
        note="a kecamatan as the owner",
    ),
    _m(
        "Festival Senja Danau Lembayung",
        "Pengunjung festival yang membeli tiket elektronik",
        T("pengunjung festival yang membeli tiket elektronik", 25000, "orang"),
        "count",
        [2025, 2029],
        "sd",
        3.5e9,
        "rp_dash",
        ["Dinas Pariwisata dan Kebudayaan"],
    ),
    _m(
        "Penataan Koridor Tepi Danau",
        "Panjang koridor tepi danau yang tertata",
        T("koridor tepi danau yang tertata", 2.4, "km"),
        "count",
        [2026, 2028],
        "sd",
        9.8e9,
        "M_tight",
        ["Dinas PUPR", "Kecamatan Tepi Danau"],
        note="two owners joined by 'dan'",
    ),
    _m(
        "Citra Lembayung di Media Digital",
        "Pengikut akun media sosial resmi pemerintah daerah",
        T("pengikut akun media sosial resmi pemerintah daerah", 100000, "akun"),
        "count",
        [2025, 2026],
        "sd",
        450e6,
        "jt",
        [],
        note="OPD truly missing: '(belum ditetapkan)'",
    ),
]

# ------------------------------------------------------------------ (C) two-column prose
PROSE = [
    Prog(
        "Rumah Sakit Tanpa Kertas",
        "penerapan rekam medis elektronik di poliklinik rawat jalan, rawat inap dan instalasi gawat darurat",
        ["RSUD Lembayung"],
        T("rekam medis rawat jalan yang tercatat elektronik", 100, "persen", 2026),
        [2025, 2026],
        2.75e9,
        "rp_dash",
        v="owner_first",
        note="the RSUD is the owner; target year written 'TW IV 2026'",
    ),
    Prog(
        "Puskesmas Keliling Terhubung",
        "membawa layanan pemeriksaan dan telekonsultasi dokter spesialis ke desa-desa terpencil di seberang danau",
        ["Dinas Kesehatan", "RSUD Lembayung"],
        T("desa terpencil yang terlayani telekonsultasi setiap bulan", 20, "desa"),
        [2026, 2027],
        1.6e9,
        "M_tight",
        v="pj_sentence",
        note="two owners joined by 'dan'; 'mulai 2026 hingga 2027'",
    ),
    Prog(
        "Peringatan Dini Longsor dan Banjir Bandang",
        "memasang sensor curah hujan dan pergerakan tanah serta sirene di desa rawan bencana",
        ["BPBD"],
        T("desa rawan bencana yang terpasang sensor dan sirene", 30, "desa", 2027),
        [2025, 2027],
        2.4e9,
        "idr",
        v="pj_paren",
    ),
    Prog(
        "Angkutan Danau Terjadwal",
        "menyiapkan jadwal kapal penyeberangan yang dapat dipantau melalui aplikasi dan papan jadwal digital",
        ["Dinas Perhubungan"],
        T("dermaga yang dilengkapi papan jadwal digital", 6, "dermaga"),
        2026,
        850e6,
        "jt",
        v="owner_verb",
        note="'TW IV 2026': year 2026",
    ),
    Prog(
        "Lembayung Cakap Digital",
        "melatih warga, terutama ibu rumah tangga, pelaku usaha kecil dan warga lanjut usia, agar mampu "
        "memakai layanan digital pemerintah dan waspada terhadap penipuan daring",
        ["Dinas Komunikasi dan Informatika"],
        T("warga yang mengikuti kelas literasi digital", 5000, "warga"),
        None,
        600e6,
        "jt",
        v="no_year",
        note="year truly missing: none written; its target names no year",
    ),
    Prog(
        "Beasiswa Talenta Digital Daerah",
        "memberikan beasiswa kursus pemrograman, analisis data dan desain grafis bagi lulusan SMA/SMK",
        ["Dinas Pendidikan"],
        T("penerima beasiswa talenta digital", 150, "penerima", 2029),
        [2026, 2029],
        None,
        "per_year",
        budget_per_year={2026: 250e6, 2027: 250e6, 2028: 250e6, 2029: 250e6},
        v="per_year",
        note="the same amount per year with the total",
    ),
]

# ------------------------------------------------------------------ (B) inovasi kecamatan
KECAMATAN = [
    _m(
        "Pasar Ikan Danau Nontunai",
        "",
        T("pedagang ikan bertransaksi nontunai", 80, "persen"),
        "count_ind",
        2025,
        "tw4",
        210e6,
        "jt",
        ["Kecamatan Sawo Rendah"],
    ),
    _m(
        "Kopi Bukit Tinjau Go Digital",
        "",
        T("kelompok tani kopi terdaftar di lokapasar", 40, "kelompok tani"),
        "count_ind",
        [2025, 2027],
        "sd",
        None,
        "none",
        ["Kecamatan Bukit Tinjau", "Dinas Pertanian"],
        join=" / ",
        note="budget truly missing; two owners joined by ' / '",
    ),
    _m(
        "Desa Bebas Sampah Plastik",
        "",
        T("desa bebas sampah plastik sekali pakai", 12, "desa"),
        "count_ind",
        [2026, 2027],
        "mulai",
        375e6,
        "jt",
        ["Kecamatan Tepi Danau"],
    ),
    _m(
        "Taman Kota Cerdas Lembayung",
        "",
        T("taman kota dilengkapi penyiraman otomatis dan sensor kualitas udara", 75, "persen"),
        "ge_ind",
        [2026, 2028],
        "sd",
        1.1e9,
        "rp_dash",
        ["Kecamatan Lembayung Kota", "Dinas Lingkungan Hidup"],
        note="two owners joined by 'dan'",
    ),
    _m(
        "Homestay Desa Wisata Daring",
        "",
        T("homestay terdaftar di aplikasi pemesanan", 50, "homestay"),
        "count_ind",
        2026,
        "tw3",
        500e6,
        "idr",
        ["Kecamatan Sawo Rendah"],
    ),
]


def programmes() -> list[Prog]:
    out = MATRIX + KECAMATAN + PROSE
    for p in out:
        if p.budget_per_year and p.budget is None:
            p.budget = sum(p.budget_per_year.values())
    return out


# ------------------------------------------------------------------ values as the plan writes them
def _money_v(v: float, bfmt: str) -> str:
    if bfmt == "rp_dash":
        return f"Rp. {num_id(v)},-"
    if bfmt == "M_tight":
        return f"Rp{num_id(v / 1e9)} M"
    if bfmt == "jt":
        return f"Rp {num_id(v / 1e6)} jt"
    if bfmt == "M":
        return f"Rp {num_id(v / 1e9)} M"
    if bfmt == "idr":
        return f"IDR {num_id(v / 1e9)} miliar" if v >= 1e9 else f"IDR {num_id(v / 1e6)} juta"
    raise ValueError(bfmt)


def _money(p: Prog) -> str:
    if p.budget is None:
        return "Swadaya dan CSR (belum dihitung)"
    return _money_v(p.budget, p.bfmt)


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _count(t: Target) -> str:
    """ "100% rekam medis ...", "20 desa terpencil ..." (the unit word not repeated)."""
    ind = t.ind
    if t.unit != "persen" and ind.startswith(t.unit + " "):
        ind = ind[len(t.unit) + 1 :]
    return f"{_val(t)} {ind}"


def _target_cell(p: Prog) -> str:
    t, style = p.target, ROW[p.name]["tstyle"]
    return {
        "pct": _val(t),
        "count": _val(t),
        "ge": f">= {_val(t)}",
        "kumulatif": f"{_val(t)} (kumulatif)",
        "count_ind": _count(t),
        "ge_ind": f">= {_count(t)}",
    }[style]


def _waktu(p: Prog) -> str:
    style, y = ROW[p.name]["wstyle"], p.year
    if style == "sd":
        return f"{y[0]} s/d {y[1]}"
    if style == "mulai":
        return f"mulai {y[0]} s/d {y[1]}"
    if style == "tw3":
        return f"TW III {y}"
    if style == "tw4":
        return f"TW IV {y}"
    raise ValueError(style)


def _owners(p: Prog) -> str:
    return ROW[p.name]["join"].join(p.opd) if p.opd else "(belum ditetapkan)"


def _matrix(pdf) -> list:
    hdr = ["No", "Program", "Indikator Kinerja", "Target", "Waktu", "Anggaran", "Pelaksana"]
    rows = [hdr]
    for i, p in enumerate(MATRIX, start=1):
        rows.append([str(i), p.name, p.desc, _target_cell(p), _waktu(p), _money(p), _owners(p)])
    # no pdfgen header: the header is an ordinary first row and is not repeated on the next page
    return [pdf.Para("Tabel 4.1 Matriks Program Smart Governance dan Smart Branding"), pdf.Table([], rows)]


def paragraph(p: Prog) -> str:
    t, o = p.target, " dan ".join(p.opd)
    if p.v == "owner_first":
        return (
            f"{o} menjalankan Program {p.name}, yaitu {p.desc}. Program dilaksanakan {p.year[0]} s/d "
            f"{p.year[1]} dengan biaya {_money(p)}. Target: {_count(t)} pada TW IV {t.year}."
        )
    if p.v == "pj_sentence":
        return (
            f"Program {p.name} {p.desc}. Penanggung jawab program adalah {o}. Pelaksanaan mulai {p.year[0]} "
            f"hingga {p.year[1]}, dengan anggaran {_money(p)}. Sasaran yang ingin dicapai: {_count(t)}."
        )
    if p.v == "pj_paren":
        return (
            f"Program {p.name} (penanggung jawab: {o}) {p.desc}. Target minimal {_count(t)} pada {t.year}. "
            f"Waktu pelaksanaan {p.year[0]} s/d {p.year[1]}; kebutuhan dana {_money(p)}."
        )
    if p.v == "owner_verb":
        return (
            f"Melalui Program {p.name}, {o} {p.desc}. Ditargetkan {_count(t)}. Waktu pelaksanaan TW IV {p.year}, "
            f"anggaran {_money(p)}."
        )
    if p.v == "no_year":
        return (
            f"Program {p.name} {p.desc}. Pelaksana: {o}. Target: {_count(t)}. Anggaran {_money(p)}, bersumber "
            "dari APBD dan dukungan CSR operator seluler."
        )
    if p.v == "per_year":
        py = p.budget_per_year
        ys = list(py)
        assert len(set(py.values())) == 1, "written as one amount per year"
        return (
            f"Program {p.name} {p.desc}. Program dikelola oleh {o} dengan target {_count(t)} pada {t.year}. "
            f"Anggaran {_money_v(py[ys[0]], 'jt')} per tahun selama {ys[0]}-{ys[-1]} (total "
            f"{_money_v(p.budget, 'M')})."
        )
    raise ValueError(p.v)


def _two_column(pdf) -> list:
    inner = [
        pdf.Heading(2, "4.3 Program Smart Living dan Smart Society"),
        pdf.Para(
            "Program kehidupan dan kemasyarakatan diarahkan agar warga di seberang danau dan di lereng bukit "
            "memperoleh layanan kesehatan, angkutan dan kesempatan belajar yang setara dengan warga ibu kota "
            "kabupaten."
        ),
        pdf.Heading(4, "a. Kesehatan"),
    ]
    for i, p in enumerate(PROSE):
        if i == 2:
            inner.append(pdf.Heading(4, "b. Kebencanaan dan Transportasi"))
        if i == 4:
            inner.append(pdf.Heading(4, "c. Masyarakat Cakap Digital"))
        inner.append(pdf.Para(paragraph(p)))
    return [pdf.Columns(inner)]


def _kecamatan(pdf) -> list:
    hdr = ["No", "Pengampu", "Program Inovasi", "Target", "Waktu", "Biaya"]
    rows = [
        [str(i), _owners(p), p.name, _target_cell(p), _waktu(p), _money(p)] for i, p in enumerate(KECAMATAN, start=1)
    ]
    return [pdf.Table(hdr, rows, caption="Tabel 4.2 Inovasi Kecamatan Bidang Ekonomi dan Lingkungan")]


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Lembayung memiliki sembilan kecamatan. Jaringan serat optik baru menjangkau kecamatan di "
            "tepi utara danau, sedangkan kecamatan di seberang danau dan di lereng bukit dilayani jaringan "
            "seluler yang belum stabil. Pemerintah kabupaten telah membentuk UPTD yang mengelola pusat data dan "
            "ruang kendali, serta menetapkan peraturan bupati tentang tata kelola SPBE."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB III VISI DAN STRATEGI"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Lembayung adalah "Lembayung Cerdas, Danau Lestari, Warga Sejahtera". Visi '
            "ini dicapai melalui empat strategi: mendekatkan layanan publik ke desa di seberang danau dan di "
            "lereng bukit, menjaga danau sebagai sumber air dan daya tarik wisata, menyiapkan warga yang cakap "
            "digital, serta mendorong kecamatan menjadi pusat inovasi pelayanan."
        )
    )
    b.append(
        pdf.Para(
            "Setiap perangkat daerah dan kecamatan menyampaikan usulan program beserta indikator, target, waktu "
            "pelaksanaan dan kebutuhan anggarannya. Usulan tersebut dibahas dalam forum Dewan Smart City dan "
            "ditetapkan sebagai program smart city kabupaten."
        )
    )
    b.append(pdf.Heading(1, "BAB IV PROGRAM DAN KEGIATAN SMART CITY"))
    b.append(
        pdf.Para(
            "Program smart city Kabupaten Lembayung dihimpun dari usulan perangkat daerah, kecamatan dan unit "
            "pelaksana teknis. Karena bahan usulan disampaikan dalam bentuk yang berbeda-beda, program disajikan "
            "dalam tiga bagian: matriks program tata kelola dan branding daerah, daftar inovasi kecamatan di "
            "bidang ekonomi dan lingkungan, serta uraian program kehidupan dan kemasyarakatan."
        )
    )
    b.append(pdf.Heading(2, "4.1 Program Smart Governance dan Smart Branding"))
    b.append(
        pdf.Para(
            "Tata kelola pemerintahan diarahkan pada layanan perizinan dan administrasi yang dapat diakses "
            "secara daring, keamanan data daerah dan ketertiban umum. Branding daerah bertumpu pada panorama "
            "senja di danau, kawasan tepi danau yang tertata dan promosi melalui media digital. Target dalam "
            "matriks merupakan target akhir periode pelaksanaan masing-masing program."
        )
    )
    b += _matrix(pdf)
    b.append(pdf.Heading(2, "4.2 Inovasi Kecamatan"))
    b.append(
        pdf.Para(
            "Kecamatan mengusulkan inovasi di bidang ekonomi dan lingkungan yang dikelola langsung oleh camat "
            "bersama perangkat daerah terkait."
        )
    )
    b += _kecamatan(pdf)
    b += _two_column(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Program yang belum memiliki pelaksana, jadwal atau perhitungan biaya akan dilengkapi oleh Tim "
            "Pelaksana Smart City bersama perangkat daerah pengusul pada reviu tahunan masterplan."
        )
    )
    return b
