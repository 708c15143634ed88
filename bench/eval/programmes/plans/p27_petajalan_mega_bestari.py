"""Kota Mega Bestari (FICTIONAL): a year-by-year road map with a separate role matrix (fresh7 set).

Style: chapter IV "Peta Jalan Tahunan" is organised by YEAR, as many masterplans write their road map
("Tahun 2026: Fondasi", "Tahun 2027: Integrasi", ...): one sub-section per year 2026..2030, each with a
short paragraph and a table of the programmes that run in that year. A programme running several
years appears again in every year's table, with its code ("MB.03"), its name written again, a Status
("Baru" in its first year, "Lanjutan" after, "Quick Win" for the one-year quick wins of 2026: gold
quick_win), that year's cumulative target and that year's allocation in million rupiah. The first
appearance writes the target with its indicator ("150 dataset perangkat daerah terbit di portal satu
data"), later ones only value and unit ("300 dataset"). The table header changes from year to year in
words and column order: "Kode | Program | Status | Sasaran Akhir Tahun 2026 | Pagu Indikatif (Rp
juta)", "... | Pagu Indikatif (Rp juta) | Sasaran Akhir Tahun 2027", "Target Kumulatif s.d. 2028 |
Alokasi (Rp juta)", "No | Kode | Program | Alokasi (Rp juta) | Target Kumulatif s.d. 2029 | Status",
"Target Akhir Periode". The chapter's opening paragraph states the conventions: targets are cumulative,
a programme's total need is the sum of its yearly allocations. Gold (the p8 / p20 conventions): year
= [first, last] year the programme appears in (an int for one year), budget = the sum of the yearly
allocations (budget_per_year), target = the last year's value (per_year), target year = that year.
The tables name NO agency: the owner is given only in "Tabel 4.7 Matriks Peran Perangkat Daerah" after
the year tables, a wide landscape table "Kode | Program | Bappeda | Diskominfo | ... | DLH" with one
column per agency (abbreviations, expanded in a "Singkatan" note after it) whose cells hold "PJ"
(penanggung jawab), "P" (pelaksana pendukung) or "K" (koordinasi; Bappeda coordinates every
programme): gold opd = the PJ column(s) as written (abbreviations, as p9 / p17); two PJ once. A
sub-section "4.6 Program Belum Terjadwal" lists a programme with its target and estimated cost but no
year. The matrix sits alone on a landscape page; its key (PJ / P / K), the footnote and the
abbreviations follow on the next portrait page. A note under the 2028 table explains "CSR"; a recap
table of the yearly totals closes the document (it names no programme). Four programmes truly lack one field: a
year (the unscheduled one; its target names no year), a budget (allocation cells "CSR" in every year:
gold None), a target (target cells "indikator dalam penyusunan") and an owner (no PJ in the role
matrix: only P and K marks, with a note that the PJ will be set by a Keputusan Wali Kota).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p27_petajalan_mega_bestari",
    name="Kota Mega Bestari",
    period="2026-2030",
    style="year-by-year road map tables (programmes repeated per year), owner only in a PJ/P/K role matrix",
    split="fresh7",
    intro=[
        "Kota Mega Bestari adalah kota penyangga metropolitan yang tumbuh pesat karena kawasan industri dan "
        "permukiman baru. Setiap hari ratusan ribu warga bepergian ke pusat metropolitan, sementara kemacetan, "
        "genangan dan pelayanan publik yang belum merata menjadi keluhan utama warga.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk periode lima "
        "tahun. Rencana program disajikan sebagai peta jalan tahunan agar mudah diturunkan ke dalam RKPD setiap "
        "tahun.",
    ],
)

YEARS = (2026, 2027, 2028, 2029, 2030)
AGENCIES = [
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("Bapenda", "Badan Pendapatan Daerah"),
    ("Disparbud", "Dinas Pariwisata dan Kebudayaan"),
    ("Diskopdag", "Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan"),
    ("Disnaker", "Dinas Tenaga Kerja"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Dishub", "Dinas Perhubungan"),
    ("Disdik", "Dinas Pendidikan"),
    ("Satpol PP", "Satuan Polisi Pamong Praja"),
    ("Dinsos", "Dinas Sosial"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("DLH", "Dinas Lingkungan Hidup"),
]
ABBR = [a for a, _ in AGENCIES]
INFO: dict[str, dict] = {}


def _p(code, name, y0, ind, unit, targets, budgets, pj, p=(), *, qw=False, note=""):
    """One programme from y0 for len(budgets or targets) years. targets: cumulative values per year (None:
    no target); budgets: Rp juta per year (None: "CSR"); y0 None: not scheduled (one target and one
    estimated cost, no year); pj: the PJ agencies (abbreviations), p: the supporting ones."""
    assert all(a in ABBR for a in list(pj) + list(p)), name
    if y0 is None:
        t = Target(ind, targets[0], unit)
        prog = Prog(name, "", list(pj), t, None, budgets[0] * 1e6, "table", v="unscheduled", note=note)
        INFO[name] = dict(code=code, years=(), p=list(p), ind=ind)
        return prog
    n = len(budgets) if budgets else len(targets)
    assert targets is None or budgets is None or len(targets) == len(budgets), name
    yrs = YEARS[YEARS.index(y0) : YEARS.index(y0) + n]
    t = Target(ind, targets[-1], unit, yrs[-1], dict(zip(yrs, targets))) if targets else None
    bpy = {y: v * 1e6 for y, v in zip(yrs, budgets)} if budgets else None
    year = yrs[0] if n == 1 else [yrs[0], yrs[-1]]
    budget = sum(bpy.values()) if bpy else None
    prog = Prog(name, "", list(pj), t, year, budget, "table", budget_per_year=bpy, quick_win=qw, note=note)
    INFO[name] = dict(code=code, years=yrs, p=list(p), ind=ind)
    return prog


PROGS = [
    _p(
        "MB.01",
        "Portal Layanan Publik Terpadu",
        2026,
        "layanan publik dapat diajukan melalui portal",
        "layanan",
        [40, 85, 120],
        [850, 600, 450],
        ["Diskominfo"],
        ["DPMPTSP", "Disdukcapil"],
    ),
    _p(
        "MB.02",
        "Antrean Daring Adminduk",
        2026,
        "layanan administrasi kependudukan memakai antrean daring",
        "persen",
        [100],
        [275],
        ["Disdukcapil"],
        ["Diskominfo"],
        qw=True,
        note="a one-year quick win (Status 'Quick Win')",
    ),
    _p(
        "MB.03",
        "Satu Data Mega Bestari",
        2026,
        "dataset perangkat daerah terbit di portal satu data",
        "dataset",
        [150, 300, 450, 600],
        [400, 350, 350, 300],
        ["Bappeda", "Diskominfo"],
        note="two PJ; Bappeda's K marks in the other rows are not ownership",
    ),
    _p(
        "MB.05",
        "Pajak Daerah Nontunai",
        2026,
        "wajib pajak hotel dan restoran membayar secara nontunai",
        "persen",
        [80],
        [320],
        ["Bapenda"],
        ["Diskominfo"],
        qw=True,
    ),
    _p(
        "MB.06",
        "Kalender Event Kota Digital",
        2026,
        "event kota dipublikasikan melalui kalender digital",
        "event",
        [24, 48],
        [150, 150],
        ["Disparbud"],
    ),
    _p(
        "MB.09",
        "Pasar Induk Cerdas",
        2026,
        "pedagang pasar induk bertransaksi nontunai",
        "persen",
        [25, 60],
        [1200, 800],
        ["Diskopdag"],
        ["Bapenda"],
    ),
    _p(
        "MB.10",
        "Bursa Kerja Industri Daring",
        2026,
        "pencari kerja terdaftar di bursa kerja daring",
        "pencari kerja",
        [5000],
        [380],
        ["Disnaker"],
        ["Diskominfo"],
        qw=True,
    ),
    _p(
        "MB.12",
        "Telekonsultasi Puskesmas Kota",
        2026,
        "puskesmas melayani telekonsultasi dengan dokter spesialis",
        "puskesmas",
        [6, 12, 18],
        [700, 650, 500],
        ["Dinkes"],
        ["Diskominfo"],
    ),
    _p(
        "MB.14",
        "Parkir Elektronik Tepi Jalan",
        2026,
        "titik parkir tepi jalan memakai pembayaran elektronik",
        "titik",
        [120],
        [450],
        ["Dishub"],
        ["Bapenda"],
        qw=True,
    ),
    _p(
        "MB.16",
        "Sekolah Digital Bestari",
        2026,
        "sekolah menerapkan pembelajaran digital",
        "sekolah",
        [20, 45, 70, 95, 120],
        [1500, 1500, 1250, 1000, 750],
        ["Disdik"],
        ["Diskominfo"],
        note="runs through all five year tables",
    ),
    _p(
        "MB.19",
        "Sensor Genangan Kota",
        2026,
        "titik rawan genangan dipasangi sensor tinggi air",
        "titik",
        [15, 30],
        [525, 487.5],
        ["BPBD"],
        ["DLH"],
        note="an allocation with a decimal comma (487,5)",
    ),
    _p(
        "MB.04",
        "Perizinan Bangunan Gedung Daring",
        2027,
        "persetujuan bangunan gedung terbit dalam 28 hari kerja",
        "persen",
        [60, 90],
        [500, 300],
        ["DPMPTSP"],
        note="'28 hari kerja' inside the indicator is not the target",
    ),
    _p(
        "MB.08",
        "Ruang Kreatif Bestari",
        2027,
        "pelaku ekonomi kreatif memanfaatkan ruang kreatif",
        "pelaku",
        [300, 700, 1200],
        [1750, 900, 600],
        ["Diskopdag"],
        ["Disparbud"],
    ),
    _p(
        "MB.13",
        "Bus Pengumpan Terjadwal",
        2027,
        "koridor bus pengumpan beroperasi terjadwal",
        "koridor",
        [2, 4, 6, 8],
        [3200, 2800, 2800, 2500],
        ["Dishub"],
    ),
    _p(
        "MB.15",
        "Pemantauan Gizi Balita Posyandu",
        2027,
        "",
        "",
        None,
        [300, 300, 300],
        ["Dinkes"],
        ["Dinsos"],
        note="target truly missing: target cells 'indikator dalam penyusunan'",
    ),
    _p(
        "MB.17",
        "CCTV Analitik Kawasan Rawan",
        2027,
        "titik CCTV analitik terhubung ke command center",
        "titik",
        [150, 300],
        [2250, 2100],
        ["Satpol PP"],
        ["Diskominfo", "Dishub"],
    ),
    _p(
        "MB.07",
        "Kampung Tematik Digital",
        2028,
        "kampung tematik memiliki profil dan pemesanan daring",
        "kampung",
        [5, 10, 15],
        None,
        ["Disparbud"],
        ["Diskopdag"],
        note="budget truly missing: allocation cells 'CSR'",
    ),
    _p(
        "MB.11",
        "Inkubator Startup Kota",
        2028,
        "startup lokal lulus inkubasi",
        "startup",
        [10, 25, 40],
        [1100, 950, 950],
        [],
        ["Diskominfo", "Diskopdag"],
        note="OPD truly missing: no PJ mark in the role matrix (note: set by Keputusan Wali Kota)",
    ),
    _p(
        "MB.18",
        "Layanan Sosial Terpadu Kelurahan",
        2029,
        "kelurahan memiliki layanan sosial terpadu",
        "kelurahan",
        [20, 42],
        [600, 650],
        ["Dinsos"],
    ),
    _p(
        "MB.20",
        "Penerangan Jalan Umum Hemat Energi",
        2029,
        "titik penerangan jalan umum dipantau jarak jauh",
        "titik",
        [1500, 3000],
        [2400, 2600],
        ["Dishub"],
        ["DLH"],
    ),
    _p(
        "MB.21",
        "Pengangkutan Sampah Terpantau GPS",
        None,
        "armada pengangkut sampah terpantau GPS",
        "armada",
        [85],
        [1350],
        ["DLH"],
        note="year truly missing: listed under 'Program Belum Terjadwal'",
    ),
]

BY_CODE = sorted(PROGS, key=lambda p: INFO[p.name]["code"])


def programmes() -> list[Prog]:
    return list(PROGS)  # in the order they first appear in the year tables


# ------------------------------------------------------------------ cells
def _target_cell(p: Prog, y: int) -> str:
    t = p.target
    if t is None:
        return "indikator dalam penyusunan"
    v = t.per_year[y]
    val = f"{num_id(v)}%" if t.unit == "persen" else f"{num_id(v)} {t.unit}"
    if y == INFO[p.name]["years"][0]:
        ind = INFO[p.name]["ind"]
        if t.unit != "persen":
            ind = ind[len(t.unit) + 1 :] if ind.startswith(t.unit + " ") else ind
        return f"{val} {ind}"
    return val


def _money_cell(p: Prog, y: int) -> str:
    if p.budget_per_year is None:
        return "CSR"
    return num_id(p.budget_per_year[y] / 1e6)


def _status(p: Prog, y: int) -> str:
    if p.quick_win:
        return "Quick Win"
    return "Baru" if y == INFO[p.name]["years"][0] else "Lanjutan"


YEAR_SECTIONS = {
    2026: (
        "Tahun 2026: Fondasi Layanan Digital",
        "Tahun pertama diarahkan pada fondasi layanan digital dan program quick win yang hasilnya dapat "
        "langsung dirasakan warga.",
    ),
    2027: (
        "Tahun 2027: Integrasi Data dan Layanan",
        "Pada tahun kedua program fondasi dilanjutkan dan mulai diintegrasikan; beberapa program baru "
        "diarahkan pada perizinan, ekonomi kreatif dan transportasi.",
    ),
    2028: (
        "Tahun 2028: Perluasan Layanan",
        "Tahun ketiga difokuskan pada perluasan layanan ke seluruh kecamatan serta penguatan ekonomi kreatif "
        "dan kewirausahaan.",
    ),
    2029: (
        "Tahun 2029: Penguatan Ekosistem",
        "Tahun keempat memperkuat ekosistem kota cerdas melalui layanan sosial dan infrastruktur kota yang "
        "hemat energi.",
    ),
    2030: (
        "Tahun 2030: Keberlanjutan",
        "Tahun terakhir masterplan diarahkan pada keberlanjutan program dan penyiapan masterplan periode berikutnya.",
    ),
}


def _year_table(pdf, k: int, y: int) -> list:
    ps = [p for p in BY_CODE if y in INFO[p.name]["years"]]
    cap = f"Tabel 4.{k} Peta Jalan Program Smart City Tahun {y}"

    def base(p):
        return INFO[p.name]["code"], p.name, _status(p, y), _target_cell(p, y), _money_cell(p, y)

    if y == 2026:
        hdr = ["Kode", "Program", "Status", f"Sasaran Akhir Tahun {y}", "Pagu Indikatif (Rp juta)"]
        rows = [list(base(p)) for p in ps]
    elif y == 2027:
        hdr = ["Kode", "Program", "Status", "Pagu Indikatif (Rp juta)", f"Sasaran Akhir Tahun {y}"]
        rows = [[c, n, s, m, t] for c, n, s, t, m in map(base, ps)]
    elif y == 2028:
        hdr = ["Kode", "Program", "Status", f"Target Kumulatif s.d. {y}", "Alokasi (Rp juta)"]
        rows = [list(base(p)) for p in ps]
    elif y == 2029:
        hdr = ["No", "Kode", "Program", "Alokasi (Rp juta)", f"Target Kumulatif s.d. {y}", "Status"]
        rows = [[str(i), c, n, m, t, s] for i, (c, n, s, t, m) in enumerate(map(base, ps), start=1)]
    else:
        hdr = ["Kode", "Program", "Status", "Target Akhir Periode", "Alokasi (Rp juta)"]
        rows = [list(base(p)) for p in ps]
    total = sum((p.budget_per_year or {}).get(y, 0) for p in ps) / 1e6
    money_col = hdr.index(next(h for h in hdr if "Rp juta" in h))
    tot = [""] * len(hdr)
    tot[money_col] = num_id(total)
    tot[1 if hdr[0] != "No" else 2] = "Jumlah"
    rows.append(tot)
    return [pdf.Table(hdr, rows, caption=cap)]


def _unscheduled(pdf, k: int) -> list:
    ps = [p for p in PROGS if p.year is None]
    rows = []
    for p in ps:
        t = p.target
        rows.append(
            [
                INFO[p.name]["code"],
                p.name,
                f"{num_id(t.value)} {t.ind}" if t.ind.startswith(t.unit) else f"{num_id(t.value)} {t.unit} {t.ind}",
                num_id(p.budget / 1e6),
                "Menunggu pengadaan armada baru melalui skema sewa; tahun pelaksanaan ditetapkan setelah kajian "
                "skema sewa selesai",
            ]
        )
    hdr = ["Kode", "Program", "Target", "Perkiraan Biaya (Rp juta)", "Keterangan"]
    return [pdf.Table(hdr, rows, caption=f"Tabel 4.{k} Program Belum Terjadwal")]


def _role_matrix(pdf, k: int) -> list:
    hdr = ["Kode", "Program"] + ABBR
    rows = []
    for p in BY_CODE:
        i = INFO[p.name]
        r = [i["code"], p.name + ("*)" if not p.opd else "")]
        for a in ABBR:
            if a in p.opd:
                r.append("PJ")
            elif a in i["p"]:
                r.append("P")
            elif a == "Bappeda":
                r.append("K")
            else:
                r.append("")
        rows.append(r)
    cap = f"Tabel 4.{k} Matriks Peran Perangkat Daerah dalam Program Smart City"
    return [pdf.SpanTable(hdr, rows, caption=cap, wide=True)]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kota Mega Bestari terdiri atas sepuluh kecamatan dan 52 kelurahan. Jaringan serat optik dan 4G telah "
            "menjangkau seluruh kelurahan, tetapi layanan digital perangkat daerah masih berjalan sendiri-sendiri. "
            "Kesiapan struktur dan infrastruktur dinilai baik, sedangkan tata kelola data dan integrasi layanan "
            "masih perlu diperkuat."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PEMBANGUNAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Mega Bestari adalah "Mega Bestari Terhubung, Nyaman dan Produktif". Strategi '
            "pembangunan ditempuh bertahap setiap tahun: membangun fondasi layanan digital, mengintegrasikan data "
            "dan layanan, memperluas jangkauan, memperkuat ekosistem dan menjaga keberlanjutan."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PETA JALAN TAHUNAN"))
    b.append(
        pdf.Para(
            "Peta jalan disusun per tahun. Setiap tabel tahunan memuat program yang dilaksanakan pada tahun "
            "tersebut: program baru, program lanjutan dari tahun sebelumnya dan program quick win. Sasaran atau "
            "target ditulis secara kumulatif sampai akhir tahun berkenaan. Pagu indikatif dinyatakan dalam juta "
            "rupiah; kebutuhan anggaran total sebuah program adalah jumlah pagu indikatifnya pada seluruh tahun "
            "pelaksanaan. Perangkat daerah penanggung jawab setiap program tercantum pada Matriks Peran Perangkat "
            "Daerah (Tabel 4.7)."
        )
    )
    k = 0
    for y in YEARS:
        k += 1
        title, para = YEAR_SECTIONS[y]
        b.append(pdf.Heading(2, f"4.{k} {title}"))
        b.append(pdf.Para(para))
        b += _year_table(pdf, k, y)
        if y == 2028:
            b.append(
                pdf.Para(
                    "Catatan: alokasi bertanda CSR dibiayai oleh mitra swasta melalui program tanggung jawab sosial "
                    "perusahaan; nilainya tidak dicantumkan dalam APBD."
                )
            )
    k += 1
    b.append(pdf.Heading(2, f"4.{k} Program Belum Terjadwal"))
    b.append(
        pdf.Para(
            "Program berikut telah disepakati dalam forum perangkat daerah, tetapi tahun pelaksanaannya belum "
            "dapat ditetapkan."
        )
    )
    b += _unscheduled(pdf, k)
    k += 1
    b.append(pdf.Heading(2, f"4.{k} Matriks Peran Perangkat Daerah"))
    b += _role_matrix(pdf, k)
    b.append(
        pdf.Para(
            "Keterangan: PJ = penanggung jawab program; P = pelaksana pendukung; K = koordinasi dan pemantauan. "
            "Setiap program memiliki satu perangkat daerah penanggung jawab, kecuali yang dinyatakan lain."
        )
    )
    b.append(
        pdf.Para(
            "*) Perangkat daerah penanggung jawab Program Inkubator Startup Kota akan ditetapkan dengan Keputusan "
            "Wali Kota setelah pembahasan kelembagaan inkubator."
        )
    )
    b.append(pdf.Para("Singkatan: " + "; ".join(f"{a} = {n}" for a, n in AGENCIES) + "."))
    b.append(pdf.Heading(1, "BAB V PENGENDALIAN DAN EVALUASI"))
    tot = [sum((p.budget_per_year or {}).get(y, 0) for p in PROGS) / 1e6 for y in YEARS]
    cnt = [sum(1 for p in PROGS if y in INFO[p.name]["years"]) for y in YEARS]
    b.append(
        pdf.Para(
            "Capaian peta jalan dievaluasi setiap akhir tahun oleh Tim Pelaksana Smart City bersama Bappeda. "
            "Rekapitulasi pagu indikatif per tahun disajikan pada tabel berikut."
        )
    )
    rows = [[str(y), str(c), num_id(t)] for y, c, t in zip(YEARS, cnt, tot)]
    rows.append(["Jumlah", "", num_id(sum(tot))])
    b.append(
        pdf.Table(
            ["Tahun", "Jumlah Program", "Pagu Indikatif (Rp juta)"],
            rows,
            caption="Tabel 5.1 Rekapitulasi Pagu Indikatif per Tahun",
        )
    )
    return b
