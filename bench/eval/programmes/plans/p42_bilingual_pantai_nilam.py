"""Kota Pantai Nilam (FICTIONAL): a consultant's bilingual masterplan: an executive summary, an English
priority-programme table, packed per-year cells, a year-by-year implementation narrative and English
quick-win paragraphs (fresh12 set).

Style: a ten-year city masterplan (2026-2035) written by a consulting firm in Indonesian with English
headings, labels and tables where the consultant's template had them:
  (0) "RINGKASAN EKSEKUTIF / EXECUTIVE SUMMARY" before BAB I names a few programmes (a listing, not a
      definition) and the total indicative cost ("IDR 40,2 billion"); chapter II quotes as-is figures
      (indeks SPBE, household internet) and chapter III a "Target Kota 2035" table per dimension: neither
      is a programme's target.
  (A) "4.1 Program Prioritas (Priority Programmes)": one English table "No | Programme | Objective | Lead
      Agency | Supporting Agency | KPI & Target | Timeline | Est. Cost". Lead Agency in full Indonesian
      nomenclature ("Dinas Komunikasi, Informatika, Statistik dan Persandian": one agency with commas); two
      leads separated by "; " (gold: both); the supporting agencies and partners (Bank Pembangunan Daerah,
      UPTD) never owners. KPI & Target "Indicator: value by YEAR" ("100% by 2027", "45 segments by 2028",
      "2,000 by 2029" with an English thousands comma: value 2000; "1,500 persons in 2027"): gold target
      year = that year. Timeline "FY2026-FY2027", "Q3 2026 - Q2 2028", "2027 (Q1-Q4)". Money in English
      words and decimals: "IDR 3,5 billion" (a comma), "IDR 1.2 billion" (an English decimal point: 1,2
      miliar), "IDR 850 million", "IDR 600 mio", "IDR 2.75 bn", "IDR 12.5 billion".
  (B) "4.2 Rencana Aksi Smart Living dan Smart Society": "Kode | Program | Indikator | Target Kumulatif |
      Alokasi (Rp juta) | Perangkat Daerah | Ket." whose target and money cells pack the years: "2026: 30%;
      2027: 70%; 2028: 100%", "2026: 450; 2027: 600; 2028: 300". Gold: budget = the sum x 1.000.000
      (budget_per_year), year = [first, last] year listed, target = the last year's value (target year =
      that year, per_year). Two agencies separated by "; "; the Ket. cell names partners (RSUD as the
      referral hospital, Perumda Angkutan, Polres) that are never owners.
  (C) "4.3 Rencana Implementasi per Tahun (Smart Branding dan Smart Environment)": sub-headings "Tahun
      2026", "Tahun 2027", ..., each a paragraph that introduces the programmes starting that year ("Pada
      tahun 2027 dimulai dua program. Program ... ; program kedua, ..."), with their end year ("berjalan
      sampai 2029"), owner, money ("Rp 780 juta", "Rp 1,6 miliar", "Rp 4.200.000.000", "Rp 1,35 miliar")
      and target; the year of the heading is the start year.
  (D) "BAB V QUICK WINS": one English run-in paragraph per quick win, "QW-n <Name>. <what it does>.
      Owner: ... Timeline: ... Budget: IDR ... KPI: ...", the label order changing; "Timeline: January -
      June 2026", "Q2 2026", "July 2026 - February 2027"; the RSUD as the owner of its own quick win;
      Bank Indonesia a partner. Quick wins are kind "Quick win"; their KPIs state no year.
Four fields are truly missing: a priority programme's owner (Lead Agency "To be confirmed (pending SOTK
review 2026)"), a priority programme's year (Timeline "Subject to funding availability (KPBU scheme)"; its
KPI names no year), a chapter 4.3 programme's budget ("besarannya masih dihitung ...") and a quick win's
target ("KPI: to be agreed with the Smart City Council").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p42_bilingual_pantai_nilam",
    name="Kota Pantai Nilam",
    period="2026-2035",
    style="bilingual consultant masterplan: English priority table, packed per-year cells, year narrative, English quick wins",
    split="fresh12",
    intro=[
        "Kota Pantai Nilam adalah kota pelabuhan dan perikanan di pesisir selatan dengan lima kecamatan dan 27 "
        "kelurahan. Pelabuhan perikanan, perdagangan dan wisata bahari menggerakkan ekonomi kota, sementara rob, "
        "kemacetan di koridor pantai dan permukiman padat di sekitar pelabuhan menjadi tantangan utama.",
        "Masterplan smart city 2026-2035 ini disusun oleh konsultan perencana bersama Tim Pelaksana Smart City. "
        "Sebagian tabel dan istilah mengikuti templat konsultan dalam bahasa Inggris; nama program dan perangkat "
        "daerah ditulis sesuai nomenklatur Pemerintah Kota Pantai Nilam.",
    ],
)

T = Target
INFO: dict[str, dict] = {}
DISKOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian"


def _years(cell: str):
    ys = [int(y) for y in re.findall(r"20\d\d", cell)]
    return ys[0] if len(set(ys)) == 1 else [min(ys), max(ys)]


# ------------------------------------------------------------------ (A) English priority table
def idr(s: str) -> float:
    """An English money phrase: "IDR 1.2 billion" (point = decimal), "IDR 3,5 billion" (comma = decimal)."""
    m = re.fullmatch(r"IDR ([\d.,]+) (billion|bn|million|mio)", s)
    assert m, s
    return float(m.group(1).replace(",", ".")) * {"billion": 1e9, "bn": 1e9, "million": 1e6, "mio": 1e6}[m.group(2)]


def _a(name, objective, lead, lcell, support, target, kcell, ycell, budget, bcell, *, note=""):
    year = None if ycell.startswith("Subject") else _years(ycell)
    p = Prog(name, "", list(lead), target, year, budget, "table", v="english-priority", note=note)
    assert abs(idr(bcell) - budget) < 1, name
    if target is not None:
        assert f"{target.value:,.0f}" in kcell, name
        assert (target.year is None) == (str(target.year) not in kcell), name
    INFO[name] = dict(objective=objective, lcell=lcell, support=support, kcell=kcell, ycell=ycell, bcell=bcell)
    return p


PRIORITY = [
    _a(
        "Jaringan Intra Pemerintah Kota",
        "Connect all government and kelurahan offices to one secure network",
        [DISKOMINFO],
        DISKOMINFO,
        "Bagian Umum Setda",
        T("kelurahan and OPD offices connected to the intranet", 100, "persen", 2027),
        "Kelurahan and OPD offices connected to the intranet: 100% by 2027",
        "FY2026-FY2027",
        3.5e9,
        "IDR 3,5 billion",
        note="an owner with commas in its name; decimal comma in English money",
    ),
    _a(
        "Government Command Center",
        "Monitor city services and emergencies from one operations room",
        [DISKOMINFO],
        DISKOMINFO,
        "Dinas Perhubungan, Satpol PP, BPBD",
        T("city services monitored in the command center", 20, "services"),
        "City services monitored in the command center: 20 services",
        "Subject to funding availability (KPBU scheme)",
        12.5e9,
        "IDR 12.5 billion",
        note="year truly missing; the supporting agencies are not owners",
    ),
    _a(
        "e-Planning dan e-Budgeting Terintegrasi",
        "One system from Renja to RKA and budget execution",
        ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Badan Keuangan dan Aset Daerah"],
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah; Badan Keuangan dan Aset Daerah",
        "Inspektorat Daerah",
        T("OPD using one planning and budgeting system", 100, "persen", 2028),
        "OPD using one planning and budgeting system: 100% by 2028",
        "Q3 2026 - Q2 2028",
        1.2e9,
        "IDR 1.2 billion",
        note="two leads; an English decimal point",
    ),
    _a(
        "Smart Parking Tepi Jalan",
        "Replace cash parking fees on city streets with electronic payment",
        ["Dinas Perhubungan"],
        "Dinas Perhubungan",
        "Bank Pembangunan Daerah (payment partner)",
        T("street segments with e-parking", 45, "segments", 2028),
        "Street segments with e-parking: 45 segments by 2028",
        "FY2026-FY2028",
        850e6,
        "IDR 850 million",
    ),
    _a(
        "Marketplace UMKM Pantai Nilam",
        "Bring local MSME products to one city marketplace with digital payment",
        [],
        "To be confirmed (pending SOTK review 2026)",
        "Dinas Koperasi dan UKM; Dinas Perdagangan",
        T("registered MSMEs on the city marketplace", 2000, "MSMEs", 2029),
        "Registered MSMEs on the city marketplace: 2,000 by 2029",
        "2027-2029",
        600e6,
        "IDR 600 mio",
        note="owner truly missing; thousands comma in the KPI",
    ),
    _a(
        "Pelabuhan Perikanan Digital",
        "Record fish landings and auctions electronically",
        ["Dinas Kelautan dan Perikanan"],
        "Dinas Kelautan dan Perikanan",
        "UPTD Pelabuhan Perikanan Nilam",
        T("fish auctions recorded electronically", 90, "persen", 2029),
        "Fish auctions recorded electronically: 90% by 2029",
        "FY2027-FY2029",
        2.75e9,
        "IDR 2.75 bn",
    ),
    _a(
        "Talenta Digital Pemuda",
        "Train and certify young people in digital skills",
        ["Dinas Pemuda dan Olahraga", "Dinas Tenaga Kerja"],
        "Dinas Pemuda dan Olahraga; Dinas Tenaga Kerja",
        "Politeknik Kelautan Nilam (training partner)",
        T("youth certified in digital skills", 1500, "persons", 2027),
        "Youth certified in digital skills: 1,500 persons in 2027",
        "2027 (Q1-Q4)",
        950e6,
        "IDR 950 million",
    ),
]


def _priority_table(pdf) -> list:
    rows = []
    for i, p in enumerate(PRIORITY, 1):
        f = INFO[p.name]
        rows.append([str(i), p.name, f["objective"], f["lcell"], f["support"], f["kcell"], f["ycell"], f["bcell"]])
    hdr = [
        "No",
        "Programme",
        "Objective",
        "Lead Agency",
        "Supporting Agency",
        "KPI & Target",
        "Timeline",
        "Est. Cost",
    ]
    return [pdf.Table(hdr, rows, caption="Table 4.1 Priority Programmes / Program Prioritas")]


# ------------------------------------------------------------------ (B) packed per-year cells
def _b(code, name, opd, ind, unit, targets, money, ket, *, tfmt="{v} {u}", note=""):
    """targets: {year: value}; money: {year: Rp juta}."""
    last = max(targets)
    target = T(ind, targets[last], unit, last, dict(targets))
    bpy = {y: v * 1e6 for y, v in money.items()}
    ys = sorted(set(targets) | set(money))
    p = Prog(name, "", list(opd), target, [ys[0], ys[-1]], sum(bpy.values()), "table", budget_per_year=bpy)
    p.v, p.note = "packed-years", note
    tcell = "; ".join(
        f"{y}: " + (f"{num_id(v)}%" if unit == "persen" else tfmt.format(v=num_id(v), u=unit))
        for y, v in sorted(targets.items())
    )
    mcell = "; ".join(f"{y}: {num_id(v)}" for y, v in sorted(money.items()))
    INFO[name] = dict(code=code, ind=ind, tcell=tcell, mcell=mcell, ket=ket)
    return p


PACKED = [
    _b(
        "LV-01",
        "Rujukan Daring Puskesmas ke Rumah Sakit",
        ["Dinas Kesehatan"],
        "Persentase puskesmas yang mengirim rujukan secara daring",
        "persen",
        {2026: 30, 2027: 70, 2028: 100},
        {2026: 450, 2027: 600, 2028: 300},
        "RSUD Pantai Nilam sebagai rumah sakit rujukan utama",
        note="the RSUD in the remarks is a partner",
    ),
    _b(
        "LV-02",
        "Halte Pintar Koridor Pantai",
        ["Dinas Perhubungan"],
        "Jumlah halte dengan informasi kedatangan bus",
        "halte",
        {2027: 10, 2028: 24},
        {2027: 1200, 2028: 1650},
        "Armada bus dioperasikan Perumda Angkutan Pantai Nilam (mitra)",
    ),
    _b(
        "LV-03",
        "Pendataan Hunian Sewa dan Rumah Kos",
        ["Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Kependudukan dan Pencatatan Sipil"],
        "Jumlah kelurahan dengan data hunian sewa terpetakan",
        "kelurahan",
        {2028: 12, 2029: 27},
        {2028: 350, 2029: 400},
        "-",
        note="two owners separated by '; '",
    ),
    _b(
        "SS-01",
        "Sekolah Digital Pesisir",
        ["Dinas Pendidikan"],
        "Jumlah SD dan SMP negeri dengan kelas digital",
        "sekolah",
        {2026: 15, 2027: 40, 2028: 65, 2029: 80},
        {2026: 500, 2027: 750, 2028: 750, 2029: 400},
        "Lanjutan uji coba kelas digital 2025 di 4 sekolah",
        note="a 2025 pilot in the remarks is not a year of the programme",
    ),
    _b(
        "SS-02",
        "CCTV Lingkungan Terhubung",
        ["Satuan Polisi Pamong Praja"],
        "Jumlah titik CCTV lingkungan yang terhubung ke ruang kendali",
        "titik",
        {2027: 80, 2028: 150},
        {2027: 900, 2028: 700},
        "Polres Pantai Nilam sebagai pengguna data (mitra)",
    ),
]


def _packed_table(pdf) -> list:
    rows = []
    for p in PACKED:
        f = INFO[p.name]
        rows.append([f["code"], p.name, f["ind"], f["tcell"], f["mcell"], "; ".join(p.opd), f["ket"]])
    hdr = ["Kode", "Program", "Indikator", "Target Kumulatif", "Alokasi (Rp juta)", "Perangkat Daerah", "Ket."]
    return [pdf.Table(hdr, rows, caption="Tabel 4.2 Rencana Aksi Smart Living dan Smart Society")]


# ------------------------------------------------------------------ (C) year-by-year narrative
def rupiah(s: str) -> float:
    m = re.fullmatch(r"Rp ([\d.,]+?)(?: (miliar|juta))?", s)
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"miliar": 1e9, "juta": 1e6}[unit]


def _c(name, opd, target, year, budget, money, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", v="year-narrative", note=note)
    if budget is not None:
        assert abs(rupiah(money) - budget) < 1, name
    INFO[name] = dict(money=money)
    return p


KALENDER = _c(
    "Kalender Wisata Bahari Digital",
    ["Dinas Pariwisata dan Kebudayaan"],
    T("event wisata bahari dipromosikan melalui kalender digital", 35, "event", 2027),
    [2026, 2027],
    780e6,
    "Rp 780 juta",
)
AIR = _c(
    "Pemantauan Kualitas Air Pantai",
    ["Dinas Lingkungan Hidup"],
    T("titik pantau kualitas air pantai mengirim data secara real time", 8, "titik", 2029),
    [2027, 2029],
    1.6e9,
    "Rp 1,6 miliar",
)
SAMPAH = _c(
    "Pengangkutan Sampah Terjadwal Berbasis Aplikasi",
    ["Dinas Lingkungan Hidup"],
    T("armada pengangkut sampah mengikuti jadwal dan rute dalam aplikasi", 40, "armada", 2028),
    [2027, 2028],
    None,
    "",
    note="budget truly missing",
)
PJU = _c(
    "Penerangan Jalan Tenaga Surya Pesisir",
    ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
    T("titik penerangan jalan tenaga surya terpantau dari jarak jauh", 1200, "titik", 2030),
    [2028, 2030],
    4.2e9,
    "Rp 4.200.000.000",
)
INFOWISATA = _c(
    "Pusat Informasi Pariwisata Digital",
    ["Dinas Pariwisata dan Kebudayaan"],
    T("kunjungan wisatawan tercatat melalui tiket elektronik", 450, "ribu kunjungan", 2031),
    [2029, 2031],
    1.35e9,
    "Rp 1,35 miliar",
)

YEAR_TEXT = [
    (
        "Tahun 2026",
        "Tahun pertama difokuskan pada promosi wisata bahari yang dapat segera berjalan. Dinas Pariwisata dan "
        "Kebudayaan memulai Program Kalender Wisata Bahari Digital yang berjalan sampai 2027 dengan kebutuhan "
        "Rp 780 juta. Kalender ini memuat jadwal festival, lomba perahu dan pasar ikan malam; sasarannya 35 event "
        "wisata bahari dipromosikan melalui kalender digital pada 2027.",
    ),
    (
        "Tahun 2027",
        "Pada tahun 2027 dimulai dua program lingkungan. Program Pemantauan Kualitas Air Pantai dilaksanakan Dinas "
        "Lingkungan Hidup sampai 2029 dengan biaya Rp 1,6 miliar, dengan target 8 titik pantau kualitas air pantai "
        "mengirim data secara real time pada 2029; pada 2025 pemantauan masih dilakukan manual dua kali setahun di "
        "3 titik. Program kedua, Program Pengangkutan Sampah Terjadwal Berbasis Aplikasi, juga diampu Dinas "
        "Lingkungan Hidup dan berjalan sampai 2028 dengan target 40 armada pengangkut sampah mengikuti jadwal dan "
        "rute dalam aplikasi pada 2028. Pembiayaannya akan diusulkan melalui Perubahan APBD 2027; besarannya masih "
        "dihitung bersama konsultan persampahan.",
    ),
    (
        "Tahun 2028",
        "Mulai 2028 kota mengganti lampu jalan di kawasan pesisir dengan lampu tenaga surya yang dapat dipantau "
        "dari jarak jauh. Program Penerangan Jalan Tenaga Surya Pesisir dilaksanakan oleh Dinas Perumahan Rakyat "
        "dan Kawasan Permukiman hingga 2030 dengan anggaran Rp 4.200.000.000; targetnya 1.200 titik penerangan "
        "jalan tenaga surya terpantau dari jarak jauh pada 2030.",
    ),
    (
        "Tahun 2029 dan seterusnya",
        "Program Pusat Informasi Pariwisata Digital dimulai 2029 dan berakhir 2031, dilaksanakan Dinas Pariwisata "
        "dan Kebudayaan dengan biaya Rp 1,35 miliar. Pusat informasi menggabungkan tiket elektronik, pemandu "
        "digital dan data kunjungan; ditargetkan 450 ribu kunjungan wisatawan tercatat melalui tiket elektronik "
        "pada 2031. Program lain pada 2030-2035 akan ditetapkan dalam reviu masterplan.",
    ),
]
NARRATIVE = [KALENDER, AIR, SAMPAH, PJU, INFOWISATA]
for _p in NARRATIVE:
    _txt = next(t for _, t in YEAR_TEXT if f"Program {_p.name}" in t)
    assert all(o in _txt for o in _p.opd) and num_id(_p.target.value) in _txt, _p.name
    assert _p.budget is None or INFO[_p.name]["money"] in _txt, _p.name


# ------------------------------------------------------------------ (D) English quick wins
def _d(n, name, opd, target, year, budget, text, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", quick_win=True, kind="Quick win", v="english-qw")
    p.note = note
    assert text.startswith(f"QW-{n} {name}."), name
    assert all(o in text for o in opd), name
    m = re.search(r"Budget: (IDR [\d.,]+ \w+)", text)
    assert abs(idr(m.group(1).rstrip(".")) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


QW = [
    _d(
        1,
        "Layanan Adminduk Online Kelurahan",
        ["Dinas Kependudukan dan Pencatatan Sipil"],
        T("kelurahan serving online civil registration", 27, "kelurahan"),
        2026,
        275e6,
        "QW-1 Layanan Adminduk Online Kelurahan. Residents apply for family cards and birth certificates at the "
        "kelurahan office without visiting the Dukcapil office. Owner: Dinas Kependudukan dan Pencatatan Sipil. "
        "Timeline: January - June 2026. Budget: IDR 275 million. KPI: 27 kelurahan serving online civil "
        "registration.",
    ),
    _d(
        2,
        "Free Wifi Taman Kota",
        [DISKOMINFO],
        T("public parks with free wifi", 15, "parks"),
        2026,
        180e6,
        "QW-2 Free Wifi Taman Kota. Free internet access with a login portal in city parks. Timeline: Q2 2026. "
        f"Owner: {DISKOMINFO}. KPI: 15 public parks with free wifi. Budget: IDR 180 million.",
    ),
    _d(
        3,
        "Antrean Online RSUD",
        ["RSUD Pantai Nilam"],
        T("outpatient visits booked online", 60, "persen"),
        [2026, 2027],
        320e6,
        "QW-3 Antrean Online RSUD. Online booking of outpatient clinics with queue numbers sent by WhatsApp. "
        "Owner: RSUD Pantai Nilam. Budget: IDR 320 million. Timeline: July 2026 - February 2027. KPI: 60% of "
        "outpatient visits booked online.",
        note="the RSUD is the owner here",
    ),
    _d(
        4,
        "Lapor Rob dan Banjir",
        ["Badan Penanggulangan Bencana Daerah"],
        None,
        2026,
        95e6,
        "QW-4 Lapor Rob dan Banjir. Residents report tidal and rain floods with photos and locations through one "
        "WhatsApp number. Owner: Badan Penanggulangan Bencana Daerah. Timeline: October - December 2026. Budget: "
        "IDR 95 million. KPI: to be agreed with the Smart City Council.",
        note="target truly missing",
    ),
    _d(
        5,
        "Retribusi Pasar QRIS",
        ["Dinas Perdagangan"],
        T("markets collecting retribution through QRIS", 6, "markets"),
        2026,
        140e6,
        "QW-5 Retribusi Pasar QRIS. Market traders pay daily retribution by QRIS, supported by Bank Indonesia "
        "as a partner. Owner: Dinas Perdagangan. KPI: 6 markets collecting retribution through QRIS. Timeline: "
        "2026. Budget: IDR 140 million.",
        note="Bank Indonesia is a partner",
    ),
]


def programmes() -> list[Prog]:
    return PRIORITY + PACKED + NARRATIVE + QW


def _total() -> float:
    return sum(p.budget for p in programmes() if p.budget is not None)


def blocks(pdf) -> list:
    tot = _total()
    b = [pdf.Heading(1, "RINGKASAN EKSEKUTIF / EXECUTIVE SUMMARY")]
    b.append(
        pdf.Para(
            "Masterplan Smart City Kota Pantai Nilam 2026-2035 memuat program prioritas, rencana aksi, rencana "
            "implementasi per tahun dan quick wins. Flagship programmes include Jaringan Intra Pemerintah Kota, "
            "Government Command Center and Sekolah Digital Pesisir. Total indicative cost of the programmes with a "
            f"stated budget is IDR {num_id(round(tot / 1e8) / 10)} billion, of which about 65% is expected from the "
            "APBD and the rest from DAK, KPBU and CSR."
        )
    )
    b.append(pdf.PageBreak())
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KONDISI SAAT INI (AS-IS)"))
    b.append(
        pdf.Para(
            "Indeks SPBE Kota Pantai Nilam tahun 2024 tercatat 2,96 dengan target RPJMD 3,80 pada 2029. Sebanyak 71% "
            "rumah tangga telah mengakses internet (Susenas 2024), tetapi baru 18 dari 27 kantor kelurahan yang "
            "terhubung jaringan pemerintah. Realisasi belanja TIK tahun 2025 sebesar Rp 14,2 miliar."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI DAN TARGET KOTA (TO-BE)"))
    b.append(
        pdf.Table(
            ["Dimensi", "Target Kota 2035"],
            [
                ["Smart Governance", "100% layanan perizinan dapat diajukan secara daring"],
                ["Smart Branding", "1 juta kunjungan wisatawan per tahun"],
                ["Smart Economy", "50% transaksi pasar rakyat nontunai"],
                ["Smart Living", "Waktu tempuh koridor pantai turun 30%"],
                ["Smart Society", "Seluruh sekolah negeri memiliki kelas digital"],
                ["Smart Environment", "Indeks kualitas air 70"],
            ],
            caption="Tabel 3.1 Target Kota 2035 per Dimensi",
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM DAN ROADMAP IMPLEMENTASI"))
    b.append(pdf.Heading(2, "4.1 Program Prioritas (Priority Programmes)"))
    b.append(
        pdf.Para(
            "Priority programmes are the programmes with the largest impact on the city targets. Lead Agency is the "
            "perangkat daerah responsible for delivery; Supporting Agency contributes data, staff or facilities. "
            "Est. Cost covers the whole timeline."
        )
    )
    b += _priority_table(pdf)
    b.append(pdf.Para("Source: consultant analysis and FGD with perangkat daerah, November 2025."))
    b.append(pdf.Heading(2, "4.2 Rencana Aksi Smart Living dan Smart Society"))
    b.append(
        pdf.Para(
            "Target kumulatif dan alokasi anggaran ditulis per tahun pelaksanaan dalam satu sel. Alokasi dalam "
            "jutaan rupiah; kebutuhan program adalah jumlah alokasi seluruh tahunnya."
        )
    )
    b += _packed_table(pdf)
    b.append(pdf.Heading(2, "4.3 Rencana Implementasi per Tahun (Smart Branding dan Smart Environment)"))
    b.append(
        pdf.Para("Program dimensi Smart Branding dan Smart Environment diuraikan menurut tahun dimulainya program.")
    )
    for head, text in YEAR_TEXT:
        b.append(pdf.Heading(3, head))
        b.append(pdf.Para(text))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V QUICK WINS"))
    b.append(
        pdf.Para(
            "Quick wins are low-cost programmes delivered within the first year to build public trust in the smart "
            "city agenda. Each quick win is described with its owner, timeline, budget and KPI."
        )
    )
    for p in QW:
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini ditinjau ulang pada tahun 2030. Program yang belum memiliki pagu diusulkan melalui "
            "mekanisme KUA-PPAS dan, bila layak, melalui skema KPBU."
        )
    )
    return b
