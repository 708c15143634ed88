"""Kabupaten Watu Anggrek (FICTIONAL): programmes grouped by the RPJMD's strategic issues, each issue in its
own presentation, and a quick-win table with first-semester realisation columns (fresh12 set).

Style: a reviewed kabupaten masterplan ("Reviu 2026") whose chapter IV answers the five strategic issues
of the RPJMD 2025-2029 one by one, each section opening with the issue's figures (prevalence, poverty,
flood events, IKM, visitor numbers, RPJMD targets: never a programme's target or year), then programmes
written by a different team per issue:
  (0) a "KATA PENGANTAR" signed by the Bupati before BAB I; chapter II lists the five issues with RPJMD
      figures; chapter III maps issues to the six dimensions in a table (issue | dimensions): no programme.
  (A) "4.1 Isu Strategis 1 ...": "Program | Penanggung Jawab | Keluaran / Target | Periode | Pagu (Rp)";
      the Keluaran / Target cell holds "Keluaran: <outputs with counts>; Target: <value and indicator>
      (2028)": the outputs are never the target (gold target = after "Target:", target year = the year in
      parentheses); two agencies in one cell joined by "bersama"; Periode "2026 \u2013 2028" (en dash),
      "2027\u20132029"; the money a bare dotted number in rupiah.
  (B) "4.2 Isu Strategis 2 ...": "Nama Program | Tahun | Sasaran (2029) | Biaya | Pelaksana": the target
      year comes from the header (gold target year 2029 for every row); money "Rp1,1 M" (no space), "Rp 750
      jt", "Rp2.400.000.000"; two agencies joined by "dan" (gold: both).
  (C) "4.3 Isu Strategis 3 ...": one paragraph per programme, the name in double quotes after "Program"
      (gold name without the quotes), the fields in changing orders: the money first ("Dengan anggaran Rp
      2,85 miliar, program ... dijalankan oleh ... pada 2026 sampai 2028"), "dikerjakan bersama oleh A dan
      B" (two owners), "TA 2027\u20132028", "Rp 1.150.000.000,00", "Rp 3,2 M", a supporting agency ("dengan
      dukungan ...") and a university partner never owners.
  (D) "4.4 Isu Strategis 4 ...": "No | Inovasi / Program | Uraian | PD | Target Kinerja | Jangka Waktu |
      Anggaran (Rp juta)"; names carry their branded acronym in parentheses ("Sistem Informasi Pelayanan
      Terpadu Satu Atap (SIPANTAS)": gold name as written, acronym included); Jangka Waktu as a duration
      with its start, "3 tahun (mulai 2026)" = 2026-2028, "2 tahun (mulai 2026)" = 2026-2027; money in
      million rupiah ("1.450" = Rp 1,45 miliar).
  (E) "4.5 Isu Strategis 5 ...": "Program / Kegiatan | Target | Tahun | Biaya (Rp juta) | Perangkat Daerah"
      with a programme row ("Program <Name>", target, years, the programme's total, the owner) followed by
      its activity rows ("a. Pelatihan ...", each with its own year and part of the money, no owner):
      activities are never programmes; gold budget = the programme row's total (the sum of its activities);
      a "Jumlah Isu Strategis 5" row closes the table.
  (F) "BAB V QUICK WIN DAN CAPAIAN SEMESTER I 2026": "No | Quick Win | Perangkat Daerah | Target 2026 |
      Realisasi s.d. Juni 2026 | Anggaran (Rp) | Realisasi Anggaran (Rp) | Ket." (gold target = the Target
      2026 cell, target year 2026; year 2026 as the section states; budget = Anggaran; the realisation
      columns are never the target or the budget). Quick wins are kind "Quick win".
Chapter VI recaps the money per issue (no programme); the text keeps a writer's misspelling ("resiko"). Three fields are truly missing: a (C) programme's
target ("ukuran keberhasilannya menunggu selesainya kajian risiko bencana ..."), a (D) programme's year
(Jangka Waktu "Menunggu kesiapan jaringan serat optik ke kantor kecamatan"; its target names no year)
and a quick win's budget (Anggaran "Ditanggung mitra (CSR bank daerah); nilai tidak dilaporkan").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p43_isustrategis_watu_anggrek",
    name="Kabupaten Watu Anggrek",
    period="2026-2030",
    style="programmes grouped by RPJMD strategic issue, a presentation per issue, quick wins with realisation",
    split="fresh12",
    intro=[
        "Kabupaten Watu Anggrek adalah kabupaten pegunungan dengan 19 kecamatan dan 212 desa. Kopi, sayuran "
        "dataran tinggi dan wisata alam menjadi penggerak ekonomi, sedangkan stunting, kemiskinan di desa-desa "
        "terpencil dan banjir bandang di musim hujan menjadi persoalan yang dihadapi pemerintah daerah.",
        "Dokumen ini adalah hasil reviu masterplan smart city tahun 2026. Program smart city disusun ulang "
        "untuk menjawab isu strategis RPJMD Kabupaten Watu Anggrek 2025-2029, dan capaian quick win semester I "
        "2026 dicantumkan sebagai bahan evaluasi.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def _years(cell: str):
    ys = [int(y) for y in re.findall(r"20\d\d", cell)]
    return ys[0] if len(set(ys)) == 1 else [min(ys), max(ys)]


def rupiah(s: str) -> float:
    """A money phrase of this plan: "Rp1,1 M", "Rp 750 jt", "Rp2.400.000.000", "Rp 1.150.000.000,00",
    "Rp 2,85 miliar", or a bare "1.250.000.000"."""
    m = re.fullmatch(r"(?:Rp ?)?([\d.,]+?)(?:,00)?(?: (M|jt|juta|miliar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "miliar": 1e9, "jt": 1e6, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) issue 1: stunting
def _a(name, opd, ocell, keluaran, target, tpart, ycell, bcell, *, note=""):
    p = Prog(name, "", list(opd), target, _years(ycell), rupiah(bcell), "table", v="issue-output-target")
    p.note = note
    assert all(o in ocell for o in opd), name
    assert num_id(target.value) in tpart and f"({target.year})" in tpart, name
    INFO[name] = dict(ocell=ocell, kt=f"Keluaran: {keluaran}; Target: {tpart}", ycell=ycell, bcell=bcell)
    return p


ISU1 = [
    _a(
        "Posyandu Digital Pemantauan Tumbuh Kembang",
        ["Dinas Kesehatan"],
        "Dinas Kesehatan",
        "aplikasi pencatatan posyandu, 650 tablet untuk kader",
        T("posyandu mencatat penimbangan balita secara digital", 612, "posyandu", 2028),
        "612 posyandu mencatat penimbangan balita secara digital (2028)",
        "2026 \u2013 2028",
        "1.250.000.000",
        note="the number of tablets is an output, not the target",
    ),
    _a(
        "Data Keluarga Berisiko Stunting Terpadu",
        ["Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Kesehatan"],
        "Dinas Pengendalian Penduduk dan Keluarga Berencana bersama Dinas Kesehatan",
        "1 basis data terpadu, 212 operator desa terlatih",
        T("desa memutakhirkan data keluarga berisiko stunting", 100, "persen", 2027),
        "100% desa memutakhirkan data keluarga berisiko stunting (2027)",
        "2026-2027",
        "680.000.000",
        note="two owners joined by 'bersama'",
    ),
    _a(
        "Ambulans Desa Terhubung",
        ["Dinas Kesehatan"],
        "Dinas Kesehatan",
        "1 pusat panggilan 119, 45 perangkat GPS",
        T("ambulans desa terpantau GPS dari pusat panggilan", 40, "ambulans", 2029),
        "40 ambulans desa terpantau GPS dari pusat panggilan (2029)",
        "2027\u20132029",
        "1.900.000.000",
    ),
]


# ------------------------------------------------------------------ (B) issue 2: poverty, target year in the header
def _b(name, opd, ocell, target, scell, ycell, bcell, *, note=""):
    p = Prog(name, "", list(opd), target, _years(ycell), rupiah(bcell), "table", v="header-year-target")
    p.note = note
    assert all(o in ocell for o in opd), name
    assert scell.startswith(num_id(target.value)) and target.year == 2029, name
    INFO[name] = dict(ocell=ocell, scell=scell, ycell=ycell, bcell=bcell)
    return p


ISU2 = [
    _b(
        "Satu Data Kemiskinan Desa",
        ["Dinas Sosial"],
        "Dinas Sosial",
        T("desa memutakhirkan data sosial ekonomi setiap bulan", 212, "desa", 2029),
        "212 desa memutakhirkan data sosial ekonomi setiap bulan",
        "2026-2029",
        "Rp1,1 M",
    ),
    _b(
        "Bursa Kerja Daring",
        ["Dinas Tenaga Kerja dan Transmigrasi"],
        "Dinas Tenaga Kerja dan Transmigrasi",
        T("pencari kerja terdaftar dan tersalurkan melalui bursa kerja daring", 3000, "pencari kerja", 2029),
        "3.000 pencari kerja terdaftar dan tersalurkan melalui bursa kerja daring",
        "2027-2029",
        "Rp 750 jt",
    ),
    _b(
        "Penyaluran Bantuan Sosial Berbasis Kode QR",
        ["Dinas Sosial", "Bagian Kesejahteraan Rakyat Setda"],
        "Dinas Sosial dan Bagian Kesejahteraan Rakyat Setda",
        T("penerima bantuan sosial daerah terverifikasi dengan kode QR", 100, "persen", 2029),
        "100% penerima bantuan sosial daerah terverifikasi dengan kode QR",
        "2028-2029",
        "Rp2.400.000.000",
        note="two owners joined by 'dan'; the target year comes from the header",
    ),
]


# ------------------------------------------------------------------ (C) issue 3: floods, prose with quoted names
def _c(name, opd, target, year, budget, money, text, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", v="quoted-prose", note=note)
    assert f'Program "{name}"' in text, name
    assert all(o in text for o in opd), name
    assert money in text and abs(rupiah(money) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


ISU3 = [
    _c(
        "Sungai Watu Terpantau",
        ["Badan Penanggulangan Bencana Daerah"],
        T("pos duga air otomatis terhubung ke pusat pengendalian operasi", 15, "pos", 2028),
        [2026, 2028],
        2.85e9,
        "Rp 2,85 miliar",
        'Dengan anggaran Rp 2,85 miliar, Program "Sungai Watu Terpantau" dijalankan oleh Badan Penanggulangan '
        "Bencana Daerah pada 2026 sampai 2028. Pos duga air dipasang di hulu tiga sungai utama dan datanya "
        "dikirim ke pusat pengendalian operasi setiap sepuluh menit. Targetnya 15 pos duga air otomatis "
        "terhubung ke pusat pengendalian operasi pada 2028.",
        note="money first",
    ),
    _c(
        "Peta Rawan Bencana Desa",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        None,
        2027,
        640e6,
        "Rp 640 juta",
        'Program "Peta Rawan Bencana Desa" menyusun peta rawan banjir bandang dan longsor hingga tingkat dusun. '
        "Pelaksananya Dinas Pekerjaan Umum dan Penataan Ruang dengan dukungan Badan Penanggulangan Bencana "
        "Daerah dan Universitas Watu Anggrek, pada tahun 2027 dengan biaya Rp 640 juta. Adapun ukuran "
        "keberhasilannya menunggu selesainya kajian risiko bencana kabupaten yang sedang disusun.",
        note="target truly missing; a supporting agency and a university",
    ),
    _c(
        "Sirene Peringatan Dini Terpadu",
        ["Badan Penanggulangan Bencana Daerah", "Dinas Komunikasi dan Informatika"],
        T("sirene peringatan dini dapat dibunyikan dari pusat pengendalian operasi", 24, "sirene", 2028),
        [2027, 2028],
        1.15e9,
        "Rp 1.150.000.000,00",
        'Program "Sirene Peringatan Dini Terpadu" dikerjakan bersama oleh Badan Penanggulangan Bencana Daerah dan '
        "Dinas Komunikasi dan Informatika pada TA 2027\u20132028. Kebutuhan anggarannya Rp 1.150.000.000,00 dan "
        "ditargetkan 24 sirene peringatan dini dapat dibunyikan dari pusat pengendalian operasi pada 2028.",
        note="two owners",
    ),
    _c(
        "Drainase Kota Terpantau",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("saluran drainase ibu kota kabupaten dipantau sensor", 12, "km", 2030),
        [2028, 2030],
        3.2e9,
        "Rp 3,2 M",
        "Genangan di ibu kota kabupaten terjadi 37 kali sepanjang 2024. Ditargetkan 12 km saluran drainase ibu "
        'kota kabupaten dipantau sensor pada 2030 melalui Program "Drainase Kota Terpantau", yang dilaksanakan '
        "Dinas Pekerjaan Umum dan Penataan Ruang pada 2028-2030 dengan pagu Rp 3,2 M.",
        note="target first, name in the middle; a 2024 count is a baseline",
    ),
]


# ------------------------------------------------------------------ (D) issue 4: branded names, durations
def _d(name, uraian, opd, target, tcell, jcell, year, juta, *, note=""):
    p = Prog(name, "", list(opd), target, year, juta * 1e6, "table", v="branded-duration", note=note)
    if target is not None:
        assert num_id(target.value) in tcell and (target.year is None or str(target.year) in tcell), name
    INFO[name] = dict(uraian=uraian, tcell=tcell, jcell=jcell, juta=juta)
    return p


ISU4 = [
    _d(
        "Sistem Informasi Pelayanan Terpadu Satu Atap (SIPANTAS)",
        "Permohonan izin dan nonizin diajukan dan dilacak secara daring",
        ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
        T("izin terbit paling lama 3 hari kerja", 90, "persen", 2028),
        "90% izin terbit paling lama 3 hari kerja pada 2028",
        "3 tahun (mulai 2026)",
        [2026, 2028],
        1450,
        note="a branded acronym in the name; a duration with its start",
    ),
    _d(
        "Layanan Kecamatan Dalam Jaringan (LAKON)",
        "Layanan administrasi kecamatan diajukan dari desa melalui aplikasi",
        ["Bagian Tata Pemerintahan Setda"],
        T("kecamatan melayani administrasi kependudukan dan perizinan ringan secara daring", 19, "kecamatan"),
        "19 kecamatan melayani administrasi kependudukan dan perizinan ringan secara daring",
        "Menunggu kesiapan jaringan serat optik ke kantor kecamatan",
        None,
        820,
        note="year truly missing",
    ),
    _d(
        "Arsip Dinamis Elektronik (SRIKANDI Daerah)",
        "Naskah dinas dibuat, dikirim dan diarsipkan dalam satu aplikasi",
        ["Dinas Perpustakaan dan Kearsipan"],
        T("naskah dinas perangkat daerah tercatat dalam aplikasi", 100, "persen", 2027),
        "100% naskah dinas perangkat daerah tercatat dalam aplikasi pada 2027",
        "2 tahun (mulai 2026)",
        [2026, 2027],
        390,
    ),
]


# ------------------------------------------------------------------ (E) issue 5: programme rows over activity rows
def _e(name, opd, target, tcell, ycell, acts, *, note=""):
    """acts: (activity, year cell, Rp juta)."""
    juta = sum(a[2] for a in acts)
    p = Prog(name, "", list(opd), target, _years(ycell), juta * 1e6, "table", v="programme-over-activities")
    p.note = note
    assert tcell.startswith(num_id(target.value)) and f"({target.year})" in tcell, name
    INFO[name] = dict(tcell=tcell, ycell=ycell, acts=acts, juta=juta)
    return p


ISU5 = [
    _e(
        "Kopi Watu Anggrek Go Digital",
        ["Dinas Pertanian dan Perkebunan"],
        T("petani kopi menjual melalui lokapasar", 250, "petani kopi", 2028),
        "250 petani kopi menjual melalui lokapasar (2028)",
        "2026-2028",
        [
            ("a. Pendataan kebun dan ketertelusuran kopi", "2026", 210),
            ("b. Pelatihan pemasaran daring dan foto produk", "2027", 450),
            ("c. Kemitraan dengan lokapasar dan roastery", "2027-2028", 300),
        ],
    ),
    _e(
        "Desa Wisata Cerdas",
        ["Dinas Pariwisata dan Kebudayaan"],
        T("desa wisata menerima pemesanan daring", 12, "desa wisata", 2029),
        "12 desa wisata menerima pemesanan daring (2029)",
        "2027-2029",
        [
            ("a. Laman desa wisata dan sistem pemesanan", "2027-2028", 520),
            ("b. Wifi dan papan informasi digital di 12 desa", "2028-2029", 800),
        ],
    ),
    _e(
        "Sertifikasi Halal dan Kemasan UMKM Daring",
        ["Dinas Koperasi, Usaha Kecil dan Menengah"],
        T("UMKM tersertifikasi halal melalui layanan daring", 600, "UMKM", 2027),
        "600 UMKM tersertifikasi halal melalui layanan daring (2027)",
        "2026-2027",
        [
            ("a. Klinik kemasan dan pendampingan daring", "2026", 240),
            ("b. Fasilitasi sertifikasi halal gratis", "2026-2027", 300),
        ],
    ),
]


def _isu5_table(pdf) -> list:
    rows, spans = [], []
    for p in ISU5:
        f = INFO[p.name]
        rows.append([f"Program {p.name}", f["tcell"], f["ycell"], num_id(f["juta"]), p.opd[0]])
        for act, yc, j in f["acts"]:
            rows.append([act, "", yc, num_id(j), ""])
    rows.append(["Jumlah Isu Strategis 5", "", "", num_id(sum(INFO[p.name]["juta"] for p in ISU5)), ""])
    spans.append(((0, len(rows)), (2, len(rows))))
    hdr = ["Program / Kegiatan", "Target", "Tahun", "Biaya (Rp juta)", "Perangkat Daerah"]
    return [pdf.SpanTable(hdr, rows, caption="Tabel 4.5 Program dan Kegiatan Isu Strategis 5", spans=spans)]


# ------------------------------------------------------------------ (F) quick wins with realisation
def _f(name, opd, target, tcell, real, budget, acell, rcell, ket, *, note=""):
    p = Prog(name, "", [opd], target, 2026, budget, "table", quick_win=True, kind="Quick win", v="qw-realisasi")
    p.note = note
    assert tcell.startswith(num_id(target.value)), name
    if budget is not None:
        assert rupiah(acell) == budget, name
    target.year = 2026
    INFO[name] = dict(tcell=tcell, real=real, acell=acell, rcell=rcell, ket=ket)
    return p


QW = [
    _f(
        "Pendaftaran Online Puskesmas",
        "Dinas Kesehatan",
        T("puskesmas melayani pendaftaran online", 25, "puskesmas"),
        "25 puskesmas melayani pendaftaran online",
        "14 puskesmas",
        210e6,
        "210.000.000",
        "96.500.000",
        "Berjalan",
    ),
    _f(
        "Wifi Balai Desa",
        "Dinas Komunikasi dan Informatika",
        T("balai desa dengan akses wifi publik", 60, "balai desa"),
        "60 balai desa dengan akses wifi publik",
        "38 balai desa",
        450e6,
        "450.000.000",
        "301.200.000",
        "Berjalan",
    ),
    _f(
        "Pembayaran PBB lewat QRIS",
        "Badan Pendapatan Daerah",
        T("wajib pajak PBB membayar secara nontunai", 30, "persen"),
        "30% wajib pajak PBB membayar secara nontunai",
        "12%",
        120e6,
        "120.000.000",
        "45.000.000",
        "Berjalan; puncak pembayaran Agustus",
    ),
    _f(
        "Aduan Lampu Jalan Padam",
        "Dinas Perhubungan",
        T("aduan lampu jalan padam ditangani dalam 3 hari", 85, "persen"),
        "85% aduan lampu jalan padam ditangani dalam 3 hari",
        "91%",
        75e6,
        "75.000.000",
        "70.250.000",
        "Tercapai",
        note="realisation above the target",
    ),
    _f(
        "Kelas Literasi Digital Kader PKK",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        T("kader PKK mengikuti kelas literasi digital", 1200, "kader"),
        "1.200 kader PKK mengikuti kelas literasi digital",
        "430 kader",
        None,
        "Ditanggung mitra (CSR bank daerah); nilai tidak dilaporkan",
        "-",
        "Berjalan",
        note="budget truly missing",
    ),
]


def programmes() -> list[Prog]:
    return ISU1 + ISU2 + ISU3 + ISU4 + ISU5 + QW


def _juta(ps) -> float:
    return sum(p.budget for p in ps if p.budget is not None) / 1e6


def blocks(pdf) -> list:
    b = [pdf.Heading(1, "KATA PENGANTAR")]
    b.append(
        pdf.Para(
            "Puji syukur kami panjatkan kepada Tuhan Yang Maha Esa atas tersusunnya Reviu Masterplan Smart City "
            "Kabupaten Watu Anggrek. Reviu ini menyelaraskan program smart city dengan isu strategis RPJMD dan "
            "mencatat capaian quick win yang telah berjalan. Kami berterima kasih kepada seluruh perangkat daerah, "
            "perguruan tinggi, dunia usaha dan komunitas yang terlibat."
        )
    )
    b.append(pdf.Para("Watu Anggrek, Juli 2026"))
    b.append(pdf.Para("Bupati Watu Anggrek,"))
    b.append(pdf.Para("ttd."))
    b.append(pdf.Para("H. Darmawan Suryaatmaja, S.Sos., M.Si."))
    b.append(pdf.PageBreak())
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ISU STRATEGIS DAERAH"))
    b.append(pdf.Para("RPJMD Kabupaten Watu Anggrek 2025-2029 merumuskan lima isu strategis:"))
    b.append(
        pdf.Bullets(
            [
                "Stunting dan layanan kesehatan dasar: prevalensi stunting 24,1% (2024), target RPJMD 14% pada 2029;",
                "Kemiskinan dan ketepatan sasaran bantuan sosial: penduduk miskin 11,2% (2024), target 8,5% pada 2029;",
                "Banjir bandang dan kebencanaan: 37 kejadian banjir dan longsor pada 2024;",
                "Kualitas pelayanan publik dan tata kelola: indeks kepuasan masyarakat 78,3 dan indeks SPBE 2,18 "
                "(2024);",
                "Daya saing UMKM dan pariwisata: 310 ribu kunjungan wisatawan (2024), target 500 ribu pada 2029.",
            ],
            numbered=True,
        )
    )
    b.append(pdf.Heading(1, "BAB III KERANGKA SMART CITY"))
    b.append(
        pdf.Para(
            "Setiap isu strategis dijawab oleh program dari satu atau beberapa dimensi smart city sebagaimana "
            "dipetakan berikut."
        )
    )
    b.append(
        pdf.Table(
            ["Isu Strategis", "Dimensi Smart City"],
            [
                ["1. Stunting dan layanan kesehatan dasar", "Smart Living, Smart Society"],
                ["2. Kemiskinan dan bantuan sosial", "Smart Economy, Smart Governance"],
                ["3. Banjir bandang dan kebencanaan", "Smart Environment"],
                ["4. Pelayanan publik dan tata kelola", "Smart Governance"],
                ["5. Daya saing UMKM dan pariwisata", "Smart Economy, Smart Branding"],
            ],
            caption="Tabel 3.1 Pemetaan Isu Strategis dan Dimensi Smart City",
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY BERBASIS ISU STRATEGIS"))
    b.append(pdf.Heading(2, "4.1 Isu Strategis 1: Stunting dan Layanan Kesehatan Dasar"))
    b.append(
        pdf.Para(
            "Prevalensi stunting Kabupaten Watu Anggrek turun dari 27,6% pada 2022 menjadi 24,1% pada 2024, masih "
            "jauh dari target RPJMD sebesar 14% pada 2029. Dari 612 posyandu, baru 96 yang mencatat hasil "
            "penimbangan secara digital."
        )
    )
    rows = [
        [p.name, INFO[p.name]["ocell"], INFO[p.name]["kt"], INFO[p.name]["ycell"], INFO[p.name]["bcell"]] for p in ISU1
    ]
    b.append(
        pdf.Table(
            ["Program", "Penanggung Jawab", "Keluaran / Target", "Periode", "Pagu (Rp)"],
            rows,
            caption="Tabel 4.1 Program Isu Strategis 1",
        )
    )
    b.append(pdf.Heading(2, "4.2 Isu Strategis 2: Kemiskinan dan Ketepatan Sasaran Bantuan Sosial"))
    b.append(
        pdf.Para(
            "Persentase penduduk miskin pada 2024 sebesar 11,2% atau sekitar 58 ribu jiwa. Pemutakhiran data penerima "
            "bantuan baru dilakukan dua kali setahun, sehingga penyaluran bantuan sering tidak tepat sasaran."
        )
    )
    rows = [
        [p.name, INFO[p.name]["ycell"], INFO[p.name]["scell"], INFO[p.name]["bcell"], INFO[p.name]["ocell"]]
        for p in ISU2
    ]
    b.append(
        pdf.Table(
            ["Nama Program", "Tahun", "Sasaran (2029)", "Biaya", "Pelaksana"],
            rows,
            caption="Tabel 4.2 Program Isu Strategis 2",
        )
    )
    b.append(pdf.Heading(2, "4.3 Isu Strategis 3: Banjir Bandang dan Kebencanaan"))
    b.append(
        pdf.Para(
            "Sepanjang 2024 terjadi 37 kejadian banjir bandang dan tanah longsor yang berdampak pada 2.140 rumah. "
            "Program berikut disusun bersama Badan Penanggulangan Bencana Daerah dan forum pengurangan resiko "
            "bencana."
        )
    )
    for p in ISU3:
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.Heading(2, "4.4 Isu Strategis 4: Kualitas Pelayanan Publik dan Tata Kelola"))
    b.append(
        pdf.Para(
            "Indeks kepuasan masyarakat 78,3 dan indeks SPBE 2,18 pada 2024 menunjukkan layanan publik belum "
            "sepenuhnya mudah dan cepat. Sebagian inovasi telah memiliki nama aplikasi yang dikenal warga."
        )
    )
    rows = [
        [
            str(i),
            p.name,
            INFO[p.name]["uraian"],
            p.opd[0],
            INFO[p.name]["tcell"],
            INFO[p.name]["jcell"],
            num_id(INFO[p.name]["juta"]),
        ]
        for i, p in enumerate(ISU4, 1)
    ]
    b.append(
        pdf.Table(
            ["No", "Inovasi / Program", "Uraian", "PD", "Target Kinerja", "Jangka Waktu", "Anggaran (Rp juta)"],
            rows,
            caption="Tabel 4.4 Program Isu Strategis 4",
        )
    )
    b.append(pdf.Heading(2, "4.5 Isu Strategis 5: Daya Saing UMKM dan Pariwisata"))
    b.append(
        pdf.Para(
            "Kunjungan wisatawan mencapai 310 ribu pada 2024, sedangkan baru 14% UMKM yang memasarkan produknya "
            "secara daring. Setiap program dirinci menurut kegiatannya; biaya program adalah jumlah biaya kegiatannya."
        )
    )
    b += _isu5_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V QUICK WIN DAN CAPAIAN SEMESTER I 2026"))
    b.append(
        pdf.Para(
            "Seluruh quick win dilaksanakan pada tahun anggaran 2026. Tabel berikut memuat target dan anggaran "
            "setiap quick win beserta realisasinya sampai dengan akhir Juni 2026."
        )
    )
    rows = []
    for i, p in enumerate(QW, 1):
        f = INFO[p.name]
        rows.append([str(i), p.name, p.opd[0], f["tcell"], f["real"], f["acell"], f["rcell"], f["ket"]])
    b.append(
        pdf.Table(
            [
                "No",
                "Quick Win",
                "Perangkat Daerah",
                "Target 2026",
                "Realisasi s.d. Juni 2026",
                "Anggaran (Rp)",
                "Realisasi Anggaran (Rp)",
                "Ket.",
            ],
            rows,
            caption="Tabel 5.1 Quick Win dan Capaian Semester I 2026",
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    per = [("Isu Strategis 1", _juta(ISU1)), ("Isu Strategis 2", _juta(ISU2)), ("Isu Strategis 3", _juta(ISU3))]
    per += [("Isu Strategis 4", _juta(ISU4)), ("Isu Strategis 5", _juta(ISU5)), ("Quick Win", _juta(QW))]
    b.append(
        pdf.Para(
            "Kebutuhan anggaran program smart city hasil reviu ini direkapitulasi per isu strategis sebagai bahan "
            "penyusunan KUA-PPAS."
        )
    )
    b.append(
        pdf.Table(
            ["Kelompok", "Kebutuhan (Rp juta)"],
            [[k, num_id(v)] for k, v in per] + [["Jumlah", num_id(sum(v for _, v in per))]],
            caption="Tabel 6.1 Rekapitulasi Kebutuhan Anggaran per Isu Strategis",
        )
    )
    return b
