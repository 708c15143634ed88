"""Kabupaten Danau Kirana (FICTIONAL): a "Rencana Implementasi" chapter of coded tables (fresh4 set).

Style: chapter IV "Rencana Implementasi" holds one table per dimension, as many masterplans lay out
their implementation plan: Kode Program ("SG-01", "SE-03", "SEN-02") | Nama Program | Sasaran |
Indikator | Baseline 2024 | Target 2029 | [Periode Pelaksanaan] | Perangkat Daerah | Indikasi Pagu (Rp
juta). The pagu is an exact figure in million rupiah ("2.450" = Rp 2,45 miliar) for some programmes
and a range for others ("800 - 1.200": gold budget_range in rupiah, budget = its upper end). The
period is stated ONCE per dimension in a sentence above the table for three dimensions ("Seluruh
program dimensi ini dilaksanakan pada 2026-2029": gold year of every programme of that dimension)
and per programme in a "Periode Pelaksanaan" column for the other three. Target 2029 is the target
(target year 2029, from the header); Baseline 2024 is never the target. Sasaran is a qualitative
goal, not the target. Two agencies in one cell are joined by "dan" (gold: both, as written).
Three programmes truly lack one field, each footnoted: a budget (the pagu cell says "Dana Desa*":
no amount), an agency ("-": to be set after a UPTD is formed) and a target ("-" in Indikator,
Baseline and Target 2029: still being formulated).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p18_implementasi_danau_kirana",
    name="Kabupaten Danau Kirana",
    period="2025-2029",
    style="implementation tables per dimension, coded programmes, pagu ranges",
    split="fresh4",
    intro=[
        "Kabupaten Danau Kirana terletak di sekeliling danau vulkanik yang luas dan dikelilingi lereng "
        "kaldera. Sebagian besar penduduk bekerja sebagai petani padi, pembudidaya ikan nila dalam keramba "
        "dan pelaku usaha wisata danau. Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan "
        "menyusun masterplan ini bersama perangkat daerah, perguruan tinggi dan komunitas.",
        "Bab IV memuat rencana implementasi program smart city per dimensi dalam bentuk tabel yang memuat "
        "kode program, sasaran, indikator, baseline, target, perangkat daerah dan indikasi pagu.",
    ],
)

T = Target
INFO: dict[str, dict] = {}  # code, sasaran, baseline, pagu cell text of each programme


def _p(code, name, sasaran, opd, target, baseline, budget=None, *, rng=None, pagu_cell=None, year=None, note=""):
    """One programme. budget: exact pagu in rupiah; rng: (lo, hi) in rupiah; pagu_cell: the cell text
    where no amount is written; year: the period column (dimensions without a period sentence)."""
    if rng is not None:
        p = Prog(name, "", list(opd), target, year, rng[1], "range", budget_range=tuple(rng), note=note)
    else:
        p = Prog(name, "", list(opd), target, year, budget, "table", note=note)
    INFO[name] = dict(code=code, sasaran=sasaran, baseline=baseline, pagu_cell=pagu_cell)
    return p


Y = 2029  # every target is "Target 2029" (the column header)

# (title, period stated in a sentence above the table or None, introduction, programmes)
DIMENSIONS = [
    (
        "Smart Governance",
        [2025, 2029],
        "Dimensi tata kelola diarahkan pada layanan administrasi yang dapat diakses dari desa, birokrasi "
        "yang akuntabel dan keamanan informasi pemerintahan.",
        [
            _p(
                "SG-01",
                "Layanan Desa Satu Genggam",
                "Meningkatnya kecepatan layanan administrasi desa",
                ["Dinas Pemberdayaan Masyarakat dan Desa"],
                T("Persentase desa yang menerbitkan surat layanan secara daring", 100, "persen", Y),
                "18%",
                2.45e9,
            ),
            _p(
                "SG-02",
                "Integrasi Layanan Kependudukan Kecamatan",
                "Dokumen kependudukan dapat diperoleh di kecamatan",
                ["Dinas Kependudukan dan Pencatatan Sipil"],
                T("Jumlah kecamatan yang melayani cetak mandiri dokumen kependudukan", 17, "kecamatan", Y),
                "3 kecamatan",
                rng=(800e6, 1.2e9),
                note="pagu as a range in Rp juta",
            ),
            _p(
                "SG-03",
                "Sistem Akuntabilitas Kinerja Terpadu",
                "Meningkatnya akuntabilitas kinerja perangkat daerah",
                ["Bagian Organisasi Sekretariat Daerah", "Inspektorat Daerah"],
                T("Nilai SAKIP Kabupaten Danau Kirana", 75, "nilai", Y),
                "62,4",
                650e6,
                note="two agencies joined by dan",
            ),
            _p(
                "SG-04",
                "Keamanan Informasi dan Persandian Daerah",
                "Terlindunginya data dan sistem elektronik pemerintah daerah",
                ["Dinas Komunikasi, Informatika dan Persandian"],
                T("Jumlah perangkat daerah yang lulus penilaian keamanan informasi", 30, "perangkat daerah", Y),
                "4 perangkat daerah",
                rng=(1.5e9, 2e9),
            ),
        ],
    ),
    (
        "Smart Branding",
        None,
        "Dimensi branding memperkuat citra Danau Kirana sebagai destinasi wisata danau dan pusat produk "
        "olahan ikan serta kerajinan daerah.",
        [
            _p(
                "SB-01",
                "Festival Danau Kirana Berbasis Digital",
                "Meningkatnya kunjungan wisatawan ke kawasan danau",
                ["Dinas Pariwisata, Pemuda dan Olahraga"],
                T("Jumlah kunjungan wisatawan ke kawasan Danau Kirana per tahun", 320000, "orang", Y),
                "180.000 orang",
                3.75e9,
                year=[2025, 2029],
            ),
            _p(
                "SB-02",
                "Penataan Kawasan Dermaga Wisata Kirana",
                "Tertatanya kawasan dermaga sebagai ruang publik wisata",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("Panjang kawasan dermaga wisata yang tertata", 1.8, "km", Y),
                "0,4 km",
                rng=(9e9, 12e9),
                year=[2026, 2028],
                note="range in billions; period ends before the target year",
            ),
            _p(
                "SB-03",
                "Etalase Produk Unggulan Kirana",
                "Produk unggulan daerah dikenal di pasar daring",
                ["Dinas Perindustrian dan Perdagangan"],
                T("Jumlah produk unggulan daerah yang terdaftar di etalase daring", 300, "produk", Y),
                "45 produk",
                900e6,
                year=[2025, 2027],
            ),
        ],
    ),
    (
        "Smart Economy",
        [2026, 2029],
        "Dimensi ekonomi difokuskan pada budi daya ikan danau, tata niaga gabah, ekspor produk UMKM dan "
        "penguatan badan usaha milik desa.",
        [
            _p(
                "SE-01",
                "Keramba Ikan Nila Berbasis Sensor",
                "Meningkatnya produktivitas budi daya ikan danau",
                ["Dinas Perikanan"],
                T("Jumlah kelompok pembudidaya yang memakai sensor kualitas air", 40, "kelompok", Y),
                "2 kelompok",
                1.85e9,
            ),
            _p(
                "SE-02",
                "Sistem Informasi Harga Gabah",
                "Petani memperoleh informasi harga gabah yang wajar",
                ["Dinas Pertanian dan Ketahanan Pangan"],
                T("Persentase kecamatan yang melaporkan harga gabah harian", 100, "persen", Y),
                "25%",
                rng=(400e6, 600e6),
            ),
            _p(
                "SE-03",
                "Klinik Ekspor UMKM",
                "Bertambahnya UMKM yang menembus pasar ekspor",
                ["Dinas Koperasi, Usaha Kecil dan Menengah"],
                T("Jumlah UMKM yang melakukan ekspor perdana", 25, "UMKM", Y),
                "3 UMKM",
                1.2e9,
            ),
            _p(
                "SE-04",
                "BUMDes Digital Kirana",
                "Tertibnya pembukuan dan pemasaran BUMDes",
                ["Dinas Pemberdayaan Masyarakat dan Desa"],
                T("Jumlah BUMDes yang memakai aplikasi pembukuan digital", 120, "BUMDes", Y),
                "10 BUMDes",
                None,
                pagu_cell="Dana Desa*",
                note="budget truly missing: funded from Dana Desa, amount set in each APB Desa (footnote)",
            ),
        ],
    ),
    (
        "Smart Living",
        None,
        "Dimensi living meningkatkan mutu layanan kesehatan di desa tepi danau, sanitasi permukiman dan rasa "
        "aman di ruang publik.",
        [
            _p(
                "SL-01",
                "Layanan Telekonsultasi Puskesmas Danau",
                "Pasien di desa tepi danau memperoleh konsultasi dokter spesialis",
                ["Dinas Kesehatan"],
                T("Jumlah puskesmas yang melayani telekonsultasi dengan RSUD", 22, "puskesmas", Y),
                "5 puskesmas",
                2.1e9,
                year=[2025, 2029],
                note="puskesmas and RSUD in the indicator, not the owner",
            ),
            _p(
                "SL-02",
                "Pengelolaan Air Limbah Domestik Terpadu",
                "Meningkatnya akses sanitasi layak dan berkurangnya pencemaran danau",
                ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
                T("Persentase rumah tangga dengan akses sanitasi layak", 90, "persen", Y),
                "71%",
                rng=(6.5e9, 8e9),
                year=[2026, 2029],
            ),
            _p(
                "SL-03",
                "Kamera Pengawas Ruang Publik Terpadu",
                "Meningkatnya rasa aman di ruang publik dan kawasan wisata",
                [],
                T("Jumlah titik kamera pengawas ruang publik yang terhubung ruang kendali", 80, "titik", Y),
                "12 titik",
                1.6e9,
                year=[2027, 2029],
                note="OPD truly missing: '-' (to be set after the UPTD ruang kendali is formed; footnote)",
            ),
        ],
    ),
    (
        "Smart Society",
        [2027, 2029],
        "Dimensi society membangun ekosistem belajar digital di sekolah dan desa serta menumbuhkan relawan "
        "teknologi informasi di tengah masyarakat.",
        [
            _p(
                "SS-01",
                "Kelas Digital Sekolah Dasar Tepi Danau",
                "Meratanya pembelajaran digital di sekolah dasar",
                ["Dinas Pendidikan dan Kebudayaan"],
                T("Jumlah sekolah dasar yang memiliki kelas digital", 140, "sekolah", Y),
                "20 sekolah",
                4.2e9,
            ),
            _p(
                "SS-02",
                "Relawan TIK Desa Kirana",
                "Tumbuhnya relawan pendamping literasi digital di desa",
                ["Dinas Komunikasi, Informatika dan Persandian"],
                None,
                "-",
                350e6,
                note="target truly missing: '-' in Indikator, Baseline and Target (footnote)",
            ),
            _p(
                "SS-03",
                "Layanan Perpustakaan Digital Desa",
                "Meningkatnya minat baca masyarakat desa",
                ["Dinas Perpustakaan dan Kearsipan"],
                T("Jumlah desa yang memiliki pojok baca digital", 60, "desa", Y),
                "8 desa",
                rng=(300e6, 450e6),
            ),
        ],
    ),
    (
        "Smart Environment",
        None,
        "Dimensi lingkungan menjaga mutu air danau, mengendalikan gulma air dan mengurangi risiko longsor di "
        "lereng kaldera.",
        [
            _p(
                "SEN-01",
                "Stasiun Pemantau Mutu Air Danau",
                "Mutu air danau terpantau secara terus-menerus",
                ["Dinas Lingkungan Hidup"],
                T("Jumlah stasiun pemantau mutu air danau yang terhubung daring", 6, "stasiun", Y),
                "1 stasiun",
                1.45e9,
                year=[2025, 2027],
            ),
            _p(
                "SEN-02",
                "Pengendalian Eceng Gondok Berbasis Masyarakat",
                "Terkendalinya gulma air di permukaan danau",
                ["Dinas Lingkungan Hidup", "Dinas Perikanan"],
                T("Persentase permukaan danau yang bebas eceng gondok", 90, "persen", Y),
                "68%",
                2.75e9,
                year=[2025, 2029],
            ),
            _p(
                "SEN-03",
                "Sistem Peringatan Dini Gerakan Tanah Kaldera",
                "Berkurangnya risiko korban bencana longsor",
                ["Badan Penanggulangan Bencana Daerah"],
                T("Jumlah desa rawan longsor yang terpasang sensor gerakan tanah", 18, "desa", Y),
                "0 desa",
                rng=(1.8e9, 2.4e9),
                year=[2026, 2029],
            ),
        ],
    ),
]

FOOTNOTES = {
    "BUMDes Digital Kirana": "* Program BUMDes Digital Kirana dibiayai dari Dana Desa; besarannya ditetapkan dalam "
    "APB Desa masing-masing desa sehingga tidak dicantumkan dalam indikasi pagu kabupaten.",
    "Kamera Pengawas Ruang Publik Terpadu": "Perangkat daerah pengampu Program Kamera Pengawas Ruang Publik Terpadu "
    "akan ditetapkan setelah pembentukan UPTD Ruang Kendali Kabupaten.",
    "Relawan TIK Desa Kirana": "Indikator dan target Program Relawan TIK Desa Kirana masih dirumuskan bersama "
    "komunitas relawan TIK dan akan ditetapkan pada reviu masterplan.",
}


def programmes() -> list[Prog]:
    for _, period, _, ps in DIMENSIONS:
        for p in ps:
            if period is not None:
                p.year = list(period)
    return [p for _, _, _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the tables write them
def _target_cell(t: Target | None) -> str:
    if t is None:
        return "-"
    if t.unit == "persen":
        return f"{num_id(t.value)}%"
    if t.unit == "nilai":
        return num_id(t.value)
    return f"{num_id(t.value)} {t.unit}"


def _pagu(p: Prog) -> str:
    if INFO[p.name]["pagu_cell"]:
        return INFO[p.name]["pagu_cell"]
    if p.bfmt == "range":
        lo, hi = p.budget_range
        return f"{num_id(lo / 1e6)} - {num_id(hi / 1e6)}"
    return num_id(p.budget / 1e6)


def _table(pdf, no: int, dim: str, has_period: bool, ps: list) -> list:
    hdr = ["Kode Program", "Nama Program", "Sasaran", "Indikator", "Baseline 2024", "Target 2029"]
    if not has_period:
        hdr.append("Periode Pelaksanaan")
    hdr += ["Perangkat Daerah", "Indikasi Pagu (Rp juta)"]
    rows = []
    for p in ps:
        i = INFO[p.name]
        row = [i["code"], p.name, i["sasaran"], p.target.ind if p.target else "-", i["baseline"]]
        row.append(_target_cell(p.target))
        if not has_period:
            row.append(f"{p.year[0]}-{p.year[1]}" if isinstance(p.year, list) else str(p.year))
        row += [" dan ".join(p.opd) if p.opd else "-", _pagu(p)]
        rows.append(row)
    cap = f"Tabel 4.{no} Rencana Implementasi Program {dim} Kabupaten Danau Kirana"
    return [pdf.Table(hdr, rows, caption=cap)]


def blocks(pdf) -> list:
    programmes()
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS SITUASI DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Danau Kirana terdiri atas tujuh belas kecamatan dan dua ratus empat belas desa. Jaringan "
            "serat optik telah menjangkau ibu kota kabupaten dan sebagian ibu kota kecamatan di tepi danau, "
            "sedangkan desa-desa di lereng kaldera masih bergantung pada jaringan seluler. Hasil pemetaan "
            "kesiapan menunjukkan bahwa suprastruktur SPBE telah tersedia, tetapi keterpaduan data antarperangkat "
            "daerah dan kapasitas sumber daya manusia TIK masih perlu ditingkatkan."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI, MISI DAN STRATEGI SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Danau Kirana adalah "Danau Kirana Cerdas, Lestari dan Berdaya Saing". '
            "Misi dan strategi pembangunan diarahkan pada layanan publik yang menjangkau desa, ekonomi danau "
            "yang bertumpu pada data, serta perlindungan ekosistem danau dan lereng kaldera."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA IMPLEMENTASI"))
    b.append(
        pdf.Para(
            "Rencana implementasi smart city disusun per dimensi. Setiap program diberi kode program, sasaran, "
            "indikator kinerja dengan baseline tahun 2024 dan target akhir tahun 2029, perangkat daerah "
            "penanggung jawab serta indikasi pagu dalam juta rupiah. Indikasi pagu yang ditulis sebagai rentang "
            "(misalnya 500 - 750) menunjukkan batas bawah dan batas atas kebutuhan dana yang akan dipertajam "
            "dalam RKPD. Periode pelaksanaan disebutkan pada uraian dimensi atau pada kolom periode pelaksanaan."
        )
    )
    for no, (dim, period, intro, ps) in enumerate(DIMENSIONS, start=1):
        b.append(pdf.Heading(2, f"4.{no} Rencana Implementasi {dim}"))
        text = intro
        if period is not None:
            text += f" Seluruh program dimensi ini dilaksanakan pada {period[0]}-{period[1]}."
        b.append(pdf.Para(text))
        b += _table(pdf, no, dim, period is not None, ps)
        for p in ps:
            if p.name in FOOTNOTES:
                b.append(pdf.Para(FOOTNOTES[p.name]))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Rencana implementasi ini dijabarkan setiap tahun ke dalam RKPD dan Renja perangkat daerah. Tim "
            "Pelaksana Smart City memantau capaian indikator setiap semester dan melaporkannya kepada Dewan "
            "Smart City Kabupaten Danau Kirana."
        )
    )
    return b
