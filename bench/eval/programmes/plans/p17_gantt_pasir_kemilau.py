"""Kota Pasir Kemilau (FICTIONAL): a quick-win action plan with a month Gantt, then medium-term
programmes in prose (fresh3 set).

Style: a "Daftar Singkatan" glossary at the front expands the agency abbreviations. Chapter IV opens
with the table "Rencana Aksi Quick Win 2025" on landscape pages (pdfgen wide table): No | Quick Win |
Target 2025 | "Jadwal" over twelve month columns Jan..Des marked "X" (a
two-row header) | Anggaran (Rp) | PIC, closed by a "Jumlah" row. The PIC (person in charge) is an
agency abbreviation as the glossary lists it, two of them joined by " / " (gold OPD = the
abbreviations as written); the target cell holds value and indicator ("20 titik wifi publik ...");
gold year = 2025 (the table's year, in the caption and the headers; the months are not years).
Then "Program Jangka Menengah 2026-2029": per dimension, one paragraph per programme ("Program X
..."), the owner given by a phrase ("dengan Dinas Kesehatan sebagai koordinator", "dikoordinasikan
Bappeda bersama Diskominfo", "dipimpin oleh DKP", "menjadi tanggung jawab Disdik", "Koordinator
pelaksanaannya adalah Dinas Perhubungan"), the money as "sekitar Rp 1,5 miliar", "Rp 1.500 juta",
"Rp 2,75 miliar" or per year ("Rp 600 juta pada 2026 dan Rp 900 juta pada 2027": gold = the sum,
budget_per_year), the years as "2026-2027", "pada tahun kedua dan ketiga (2026-2027)", "tahun ketiga
sampai kelima (2027-2029)", "mulai 2026 hingga 2028" (year 1 of the masterplan = 2025). Two
paragraphs mention a quick win by name as the base they build on (a mention, not a programme).
Three programmes truly lack one field: a quick win's budget (the Anggaran cell says "CSR", no
amount), a programme's target ("indikator ... akan disusun") and a programme's agency
("koordinator ... akan ditetapkan").
"""

from .common import Prog, Target, num_id

PLAN = dict(
    slug="p17_gantt_pasir_kemilau",
    name="Kota Pasir Kemilau",
    period="2025-2029",
    style="quick-win month gantt + medium-term prose",
    split="fresh3",
    intro=[
        "Kota Pasir Kemilau adalah kota pantai di pesisir selatan yang dikenal dengan pantai berpasir putih, "
        "pelabuhan perikanan dan kuliner hasil laut. Pariwisata dan perikanan menjadi penggerak utama "
        "ekonomi kota, sementara abrasi dan gelombang tinggi menjadi ancaman bagi kelurahan pesisir.",
        "Masterplan ini menetapkan rencana aksi quick win yang dilaksanakan pada tahun pertama (2025) dengan "
        "jadwal bulanan, serta program jangka menengah yang dilaksanakan pada tahun kedua sampai kelima "
        "masa berlaku masterplan.",
    ],
)

T = Target
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

GLOSSARY = [
    ("APBD", "Anggaran Pendapatan dan Belanja Daerah"),
    ("Bapenda", "Badan Pendapatan Daerah"),
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("CSR", "Corporate Social Responsibility (Tanggung Jawab Sosial Perusahaan)"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Disdik", "Dinas Pendidikan"),
    ("Dishub", "Dinas Perhubungan"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"),
    ("Diskopdag", "Dinas Koperasi, Usaha Mikro dan Perdagangan"),
    ("Disparbud", "Dinas Pariwisata dan Kebudayaan"),
    ("DKP", "Dinas Kelautan dan Perikanan"),
    ("DLH", "Dinas Lingkungan Hidup"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("PIC", "Person in Charge (penanggung jawab pelaksanaan)"),
    ("TPI", "Tempat Pelelangan Ikan"),
    ("UMKM", "Usaha Mikro, Kecil dan Menengah"),
]

# ------------------------------------------------------------------ (A) quick wins 2025, month Gantt
GANTT: dict[str, tuple[int, int]] = {}  # first and last month (1-based) of each quick win


def _q(name, target, months, budget, pic, note=""):
    p = Prog(name, "", list(pic), target, 2025, budget, "dots", quick_win=True, kind="Quick win", note=note)
    GANTT[name] = months
    return p


QUICK_WINS = [
    _q(
        "Wifi Publik Pantai Kemilau",
        T("titik wifi publik aktif di kawasan pantai", 20, "titik", 2025),
        (3, 6),
        450e6,
        ["Diskominfo"],
    ),
    _q(
        "Daftar Berobat Daring Puskesmas",
        T("puskesmas yang melayani pendaftaran daring", 10, "puskesmas", 2025),
        (2, 8),
        300e6,
        ["Dinkes"],
    ),
    _q(
        "Aduan Warga Satu Nomor",
        T("aduan warga yang ditindaklanjuti dalam 3 hari kerja", 90, "persen", 2025),
        (1, 4),
        125e6,
        ["Diskominfo"],
    ),
    _q(
        "Izin Usaha Mikro Sehari Jadi",
        T("izin usaha mikro yang terbit dalam satu hari", 1000, "izin", 2025),
        (4, 9),
        95e6,
        ["DPMPTSP"],
    ),
    _q(
        "Retribusi Parkir Pantai Nontunai",
        T("lokasi parkir pantai dengan pembayaran nontunai", 6, "lokasi", 2025),
        (6, 12),
        210e6,
        ["Dishub", "Bapenda"],
        note="two PICs joined by ' / '",
    ),
    _q(
        "Lelang Ikan Daring TPI Kemilau",
        T("TPI yang menerapkan lelang elektronik", 2, "TPI", 2025),
        (7, 12),
        380e6,
        ["DKP"],
    ),
    _q(
        "Pilah Sampah Kawasan Wisata",
        T("titik pilah sampah di kawasan wisata pantai", 15, "titik", 2025),
        (5, 11),
        None,
        ["DLH"],
        note="budget truly missing: the Anggaran cell says 'CSR' (no amount)",
    ),
    _q(
        "Katalog Daring Oleh-Oleh Khas",
        T("produk UMKM oleh-oleh yang tampil di katalog daring", 200, "produk", 2025),
        (8, 12),
        160e6,
        ["Diskopdag"],
    ),
]

# ------------------------------------------------------------------ (B) medium-term programmes, prose
TEXT: dict[str, str] = {}  # the paragraph template of each programme


def _m(name, opd, target, year, budget, bfmt, text, per_year=None, note=""):
    """A medium-term programme; `text` is its paragraph with {name}, {target}, {money} placeholders."""
    if per_year and budget is None:
        budget = sum(per_year.values())
    p = Prog(name, "", list(opd), target, year, budget, bfmt, budget_per_year=per_year, note=note)
    TEXT[name] = text
    return p


MEDIUM = [
    (
        "Smart Governance",
        [
            _m(
                "Satu Data Pasir Kemilau",
                ["Bappeda", "Diskominfo"],
                T("dataset sektoral yang terbit di portal satu data", 400, "dataset", 2027),
                [2026, 2027],
                1.5e9,
                "juta",
                "Program {name} dikoordinasikan Bappeda bersama Diskominfo dan dilaksanakan pada tahun kedua dan "
                "ketiga (2026-2027). Program ini menyusun katalog data, standar data dan portal satu data kota, "
                "dengan sasaran {target}. Kebutuhan anggaran sebesar {money} bersumber dari APBD.",
                note="two owners in 'dikoordinasikan X bersama Y'; 'tahun kedua dan ketiga (2026-2027)'",
            ),
            _m(
                "Layanan Publik Terpadu Kecamatan",
                ["DPMPTSP"],
                T(
                    "kecamatan yang melayani perizinan dan administrasi kependudukan secara terpadu",
                    5,
                    "kecamatan",
                    2028,
                ),
                [2026, 2028],
                2.2e9,
                "sekitar",
                "Melanjutkan Quick Win Izin Usaha Mikro Sehari Jadi, Program {name} menghadirkan layanan perizinan "
                "dan administrasi kependudukan di setiap kantor kecamatan. Program dilaksanakan mulai 2026 hingga "
                "2028 dengan DPMPTSP sebagai koordinator, membutuhkan anggaran {money}, dan ditargetkan mencapai "
                "{target}.",
                note="names a quick win (a mention, not a programme)",
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            _m(
                "Pantai Kemilau Destinasi Digital",
                ["Disparbud"],
                T("kunjungan wisatawan per tahun", 600000, "kunjungan", 2029),
                [2026, 2029],
                None,
                "per_year",
                "Program {name} dilaksanakan pada tahun kedua sampai kelima (2026-2029) dengan Disparbud sebagai "
                "koordinator. Kegiatannya meliputi promosi destinasi melalui media sosial, aplikasi pemandu wisata "
                "pantai dan paket wisata terpadu bersama pelaku usaha. Anggaran yang dibutuhkan {money}. Sasaran "
                "program adalah {target}.",
                per_year={2026: 500e6, 2027: 750e6, 2028: 750e6, 2029: 500e6},
                note="money per year only: gold = the sum",
            ),
            _m(
                "Festival Layang-Layang Pantai",
                [],
                T("peserta dan pengunjung festival yang terdaftar daring", 25000, "orang", 2027),
                [2026, 2027],
                1.2e9,
                "miliar",
                "Program {name} menjadikan festival layang-layang tahunan sebagai ikon kota dengan pendaftaran "
                "peserta dan tiket pengunjung secara daring. Program dilaksanakan pada 2026-2027 dengan anggaran "
                "{money} dan target {target}. Koordinator pelaksanaan program akan ditetapkan kemudian dengan "
                "Keputusan Wali Kota.",
                note="OPD truly missing: 'koordinator ... akan ditetapkan'",
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            _m(
                "Kampung Nelayan Digital",
                ["DKP"],
                T("nelayan yang tercatat dalam aplikasi hasil tangkapan", 1500, "nelayan", 2028),
                [2026, 2028],
                1.75e9,
                "juta",
                "Dipimpin oleh DKP, Program {name} memperluas pencatatan hasil tangkapan, lelang elektronik dan "
                "akses pembiayaan bagi nelayan setelah Quick Win Lelang Ikan Daring TPI Kemilau berjalan. Program "
                "berlangsung 2026-2028 dengan anggaran {money}; targetnya {target}.",
                note="owner first ('Dipimpin oleh DKP'); names a quick win (a mention)",
            ),
            _m(
                "UMKM Oleh-Oleh Naik Kelas",
                ["Diskopdag"],
                None,
                [2027, 2029],
                900e6,
                "sekitar",
                "Program {name} mendampingi pelaku UMKM oleh-oleh dalam pengemasan, sertifikasi halal dan "
                "pemasaran daring. Program ini menjadi tanggung jawab Diskopdag, dilaksanakan pada tahun ketiga "
                "sampai kelima (2027-2029) dengan anggaran {money}. Indikator keberhasilan program akan disusun "
                "bersama asosiasi UMKM.",
                note="target truly missing: 'indikator ... akan disusun'",
            ),
        ],
    ),
    (
        "Smart Living",
        [
            _m(
                "Layanan Kesehatan Terintegrasi Kota",
                ["Dinas Kesehatan"],
                T("puskesmas dan klinik pemerintah yang terhubung rekam medis elektronik", 100, "persen", 2027),
                [2026, 2027],
                1.5e9,
                "sekitar",
                "Program {name} dilaksanakan pada 2026-2027 dengan Dinas Kesehatan sebagai koordinator. Program "
                "ini menghubungkan rekam medis elektronik puskesmas, klinik pemerintah dan RSUD Pasir Kemilau, "
                "dengan kebutuhan anggaran {money}. Target program adalah {target}.",
                note="the RSUD is named as a place, not the owner",
            ),
            _m(
                "Angkutan Pantai Terjadwal",
                ["Dinas Perhubungan"],
                T("koridor angkutan wisata pantai dengan jadwal waktu nyata", 3, "koridor", 2029),
                [2027, 2029],
                3.6e9,
                "juta",
                "Program {name} menyediakan angkutan wisata pantai yang terjadwal dengan informasi kedatangan waktu "
                "nyata. Koordinator pelaksanaannya adalah Dinas Perhubungan. Program dilaksanakan pada tahun "
                "ketiga sampai kelima (2027-2029) dengan anggaran {money} dan sasaran {target}.",
            ),
            _m(
                "Peringatan Dini Abrasi dan Gelombang Tinggi",
                ["BPBD"],
                T("kelurahan pesisir yang terpasang sensor gelombang dan sirene", 9, "kelurahan", 2028),
                [2026, 2028],
                2.75e9,
                "miliar",
                "Dengan BPBD sebagai koordinator, Program {name} memasang sensor gelombang, sirene dan kanal "
                "peringatan dini melalui pesan singkat di kelurahan pesisir. Program dilaksanakan mulai 2026 "
                "hingga 2028 dengan anggaran {money} dan target {target}.",
            ),
        ],
    ),
    (
        "Smart Society",
        [
            _m(
                "Kelas Digital Sekolah Kemilau",
                ["Disdik"],
                T("sekolah dasar dan menengah pertama dengan kelas digital", 45, "sekolah", 2027),
                [2026, 2027],
                None,
                "per_year",
                "Program {name} menjadi tanggung jawab Disdik dan dilaksanakan pada tahun kedua dan ketiga "
                "(2026-2027). Program ini melengkapi sekolah dengan perangkat kelas digital dan melatih guru, dengan "
                "anggaran {money}. Sasaran program adalah {target}.",
                per_year={2026: 600e6, 2027: 900e6},
                note="money per year only: gold = the sum",
            ),
            _m(
                "Warga Kemilau Cakap Digital",
                ["Diskominfo"],
                T("warga yang lulus kelas literasi digital", 6000, "orang", 2028),
                [2026, 2028],
                450e6,
                "juta",
                "Program {name} dikoordinasikan Diskominfo dan dilaksanakan 2026-2028 melalui kelas literasi "
                "digital di kelurahan bersama relawan TIK dan perguruan tinggi. Anggaran program {money}, dengan "
                "target {target}.",
            ),
        ],
    ),
    (
        "Smart Environment",
        [
            _m(
                "Pengelolaan Sampah Pesisir Terpadu",
                ["DLH"],
                T("sampah pesisir yang terangkut dan terolah", 70, "persen", 2029),
                [2027, 2029],
                4.2e9,
                "sekitar",
                "Program {name} dipimpin oleh DLH dan dilaksanakan pada 2027-2029. Program ini membangun tempat "
                "pengolahan sampah terpadu di kawasan pesisir, menambah armada angkut dan mencatat volume sampah "
                "secara daring, dengan kebutuhan anggaran {money}. Target program adalah {target}.",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    out = QUICK_WINS + [p for _, ps in MEDIUM for p in ps]
    for p in out:
        if p.budget_per_year and p.budget is None:
            p.budget = sum(p.budget_per_year.values())
    return out


# ------------------------------------------------------------------ values as the plan writes them
def _rp(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _money(p: Prog) -> str:
    if p.bfmt == "per_year":
        parts = [f"{_rp(v)} pada {y}" for y, v in p.budget_per_year.items()]
        return ", ".join(parts[:-1]) + " dan " + parts[-1]
    if p.bfmt == "juta":
        return f"Rp {num_id(p.budget / 1e6)} juta"
    if p.bfmt == "sekitar":
        return "sekitar " + _rp(p.budget)
    if p.bfmt == "miliar":
        return _rp(p.budget)
    raise ValueError(p.bfmt)


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _count(t: Target) -> str:
    """ "20 titik wifi publik ...", "90% aduan warga ..." (the unit word not repeated)."""
    ind = t.ind
    if t.unit != "persen" and ind.startswith(t.unit + " "):
        ind = ind[len(t.unit) + 1 :]
    return f"{_val(t)} {ind}"


def _target(p: Prog) -> str:
    t = p.target
    return f"{_count(t)} pada {t.year}" if t.year else _count(t)


def paragraph(p: Prog) -> str:
    return TEXT[p.name].format(name=p.name, target=_target(p) if p.target else "", money=_money(p))


def _gantt(pdf) -> list:
    h1 = ["No", "Quick Win", "Target 2025", "Jadwal"] + [""] * 11 + ["Anggaran (Rp)", "PIC"]
    h2 = ["", "", ""] + list(MONTHS) + ["", ""]
    rows = [h2]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 15, 16)] + [((3, 0), (14, 0))]
    for i, p in enumerate(QUICK_WINS, start=1):
        lo, hi = GANTT[p.name]
        marks = ["X" if lo <= m <= hi else "" for m in range(1, 13)]
        money = num_id(p.budget) if p.budget is not None else "CSR"
        rows.append([str(i), p.name, _count(p.target)] + marks + [money, " / ".join(p.opd)])
    total = sum(p.budget for p in QUICK_WINS if p.budget is not None)
    rows.append(["", "Jumlah"] + [""] * 13 + [num_id(total), ""])
    spans.append(((1, len(rows)), (14, len(rows))))
    cap = "Tabel 4.1 Rencana Aksi Quick Win 2025"
    return [pdf.SpanTable(h1, rows, caption=cap, spans=spans, header_rows=2, wide=True)]


def blocks(pdf) -> list:
    from .common import heading_blocks

    programmes()
    b = [pdf.Heading(1, "DAFTAR SINGKATAN")]
    b.append(pdf.Table(["Singkatan", "Kepanjangan"], [list(g) for g in GLOSSARY]))
    b.append(pdf.PageBreak())
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Pasir Kemilau terdiri atas empat kecamatan dan dua puluh dua kelurahan, sembilan di antaranya "
            "berada di garis pantai. Seluruh kelurahan telah terjangkau jaringan seluler 4G. Pemerintah kota telah "
            "memiliki ruang kendali kota sederhana, tetapi aplikasi perangkat daerah belum saling terhubung dan "
            "pencatatan hasil perikanan masih manual."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Pasir Kemilau adalah "Pasir Kemilau Kota Pantai yang Cerdas dan Tangguh". '
            "Strategi ditempuh dalam dua tahap: rencana aksi quick win pada tahun pertama untuk membangun "
            "kepercayaan warga, lalu program jangka menengah pada tahun kedua sampai kelima yang memperluas "
            "hasil quick win ke seluruh kota."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA AKSI DAN PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Rencana Aksi Quick Win 2025"))
    b.append(
        pdf.Para(
            "Quick win dilaksanakan pada tahun anggaran 2025 dengan jadwal bulanan sebagaimana tabel berikut. "
            "Tanda X menunjukkan bulan pelaksanaan. Setiap quick win memiliki satu PIC dari perangkat daerah; "
            "singkatan perangkat daerah mengikuti Daftar Singkatan."
        )
    )
    b += _gantt(pdf)
    b.append(pdf.Heading(2, "4.2 Program Jangka Menengah 2026-2029"))
    b.append(
        pdf.Para(
            "Program jangka menengah dilaksanakan pada tahun kedua sampai kelima masa berlaku masterplan dan "
            "diuraikan per dimensi smart city berikut ini."
        )
    )
    for j, (dim, ps) in enumerate(MEDIUM, start=1):
        b.append(pdf.Heading(3, f"4.2.{j} {dim}"))
        for p in ps:
            b.append(pdf.Para(paragraph(p)))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Pelaksanaan rencana aksi quick win dipantau setiap bulan oleh Tim Pelaksana Smart City, sedangkan "
            "program jangka menengah dievaluasi setiap tahun dan dijabarkan dalam RKPD Kota Pasir Kemilau."
        )
    )
    return b
