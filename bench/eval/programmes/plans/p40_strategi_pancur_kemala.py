"""Kabupaten Pancur Kemala (FICTIONAL): a table of contents, a SWOT strategy-to-programme matrix with interim
and final targets, a cost table by type of expenditure continued over pages, and programme sub-sections
listed in the table of contents (fresh11 set).

Style: a kabupaten masterplan in the shape a planning consultant gives a strategic plan:
  (0) the document opens with a "DAFTAR ISI" (pdfgen Toc) listing every heading with its page number,
      the programme sub-sections of 4.3 among them (a listing, not a definition). Chapter II holds a SWOT
      table with figures (signal coverage, PAD, visitor numbers) and chapter III the strategies as verb-first
      bullets ("SO-1 Memanfaatkan ..."): neither defines a programme.
  (A) "4.1 Matriks Strategi dan Program": one table "Kode | Strategi | Program | Indikator Kinerja | Target
      Antara (2027) | Target Akhir (2030) | Perangkat Daerah", dimension rows merged across all columns
      ("SMART GOVERNANCE"), the Strategi cell (code and verb-first text) merged vertically over the one to
      three programmes it leads to. Two target columns: gold target = Target Akhir (2030) (target year
      2030, per_year = {2027: interim, 2030: final}; "-" in the interim column for a programme that starts
      after 2027); the cells hold value and unit ("50%", "120 dataset", "15 menit"; one falling target).
      Owners: "Sekretariat Daerah c.q. Bagian Organisasi" (written so; gold as written), two agencies
      joined by "&" once (gold: both). This table gives no year and no money.
  (B) "4.2 Kebutuhan Biaya menurut Jenis Belanja": "Kode | Program | Periode | Belanja Pegawai | Belanja
      Barang dan Jasa | Belanja Modal | Jumlah" in million rupiah (caption "(dalam juta rupiah)";
      "1.220", "550"), printed in two parts: the first ends with a line "bersambung ke halaman berikut",
      the second has the caption "Lanjutan Tabel 4.2" and the header again, then a "Jumlah" row. The code
      and the name join it to (A). Gold budget = Jumlah x 1.000.000 (the expenditure types are parts of it,
      never the budget); year = the Periode ("2026-2028", "2026 s/d 2029", "TA. 2027 - TA. 2029").
  (C) "4.3 Program Dimensi Smart Society dan Smart Environment": every programme a numbered sub-heading
      "4.3.n Program <Name>" and one paragraph: the owner as "diselenggarakan oleh ... selaku leading
      sector, dengan dukungan ..." (the supporting agency is never the owner), "Sekretariat Daerah c.q.
      Bagian Umum", two agencies "bersama-sama"; partners (Manggala Agni, companies' CSR, the police) never
      owners; the years "TA. 2027 s.d. TA. 2029", "tiga tahun anggaran, 2026-2028", "TA. 2026"; the money
      "Rp 400 juta per tahun" over the stated years with no total (gold = the sum, budget_per_year), per
      year "TA. 2027 Rp 300 juta dan TA. 2028 Rp 450 juta" (no total), two sources without a total ("Rp 600
      juta dari APBD dan Rp 275 juta dari CSR": gold = the sum), "Rp 960.000.000,-", "Rp 1,25 M"; the target
      as a floor, "sekurang-kurangnya 90 SD negeri ...", "paling sedikit 75% ..." (value = the number). A
      baseline sentence ("Pada 2025 baru 18 SD negeri ...") is never the target. One programme is called a
      quick win ("ditetapkan sebagai quick win tahun 2026").
Chapter V recaps the totals per type of expenditure (no programme). Four fields are truly missing: an
(A) programme's owner (Perangkat Daerah "Menunggu penataan kelembagaan (Perbup SOTK)"), a (B) programme's
budget (expenditure cells "-", Jumlah "Skema KPBU; nilai investasi dihitung dalam OBC"), a (C) programme's
target ("Indikator kinerjanya belum dapat ditetapkan ...") and a (C) programme's year ("jadwal
pelaksanaannya menunggu rampungnya audit energi ..."; its target names no year).
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p40_strategi_pancur_kemala",
    name="Kabupaten Pancur Kemala",
    period="2026-2030",
    style="table of contents, SWOT strategy-programme matrix, cost by type of expenditure continued, listed sub-sections",
    split="fresh11",
    intro=[
        "Kabupaten Pancur Kemala adalah kabupaten perbukitan kapur dengan 14 kecamatan dan 187 desa. Perkebunan "
        "kopi dan cengkih, industri pengolahan kapur dan wisata air terjun menjadi sumber penghidupan warga, "
        "sementara kebakaran lahan di musim kemarau dan sebaran permukiman yang jauh dari pusat layanan menjadi "
        "persoalan utama.",
        "Masterplan smart city ini disusun dengan pendekatan perencanaan strategis: analisis SWOT menghasilkan "
        "strategi, dan setiap strategi diturunkan menjadi program dengan indikator, target antara dan target "
        "akhir periode.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    """An amount as this plan writes it (a check that text and record agree)."""
    m = re.fullmatch(r"Rp ([\d.,]+?)(?:,-)?(?: (M|juta))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) + (B) strategy matrix and cost table
def _m(code, name, opd, ind, unit, antara, akhir, year, ycell, costs, *, ocell=None, jcell=None, note=""):
    """antara / akhir: (value, cell) or None; costs: (pegawai, barang dan jasa, modal) in Rp juta (None for
    '-'), or None when the budget is not stated."""
    per = {}
    if antara:
        per[2027] = antara[0]
    per[2030] = akhir[0]
    target = T(ind, akhir[0], unit, 2030, per)
    budget = None if costs is None else float(sum(c or 0 for c in costs)) * 1e6
    p = Prog(name, "", list(opd), target, year, budget, "table", v="strategy-matrix", note=note)
    for v, cell in [x for x in (antara, akhir) if x]:
        assert cell.startswith(num_id(v)), name
    INFO[name] = dict(
        code=code,
        ind=ind,
        antara=antara[1] if antara else "-",
        akhir=akhir[1],
        ycell=ycell,
        costs=costs,
        ocell=ocell or " & ".join(opd),
        jcell=jcell,
    )
    return p


KOMINFO = "Dinas Komunikasi dan Informatika"
BAPPEDA = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"

MATRIX = [
    (
        "SMART GOVERNANCE",
        [
            (
                "SO-1 Memanfaatkan jaringan serat optik provinsi untuk mengintegrasikan layanan pemerintahan",
                [
                    _m(
                        "PK-01",
                        "Tanda Tangan Elektronik Naskah Dinas",
                        [KOMINFO],
                        "Persentase naskah dinas yang ditandatangani secara elektronik",
                        "persen",
                        (50, "50%"),
                        (100, "100%"),
                        [2026, 2028],
                        "2026-2028",
                        (45, 320, 185),
                    ),
                    _m(
                        "PK-02",
                        "Manajemen Kinerja ASN Digital",
                        ["Sekretariat Daerah c.q. Bagian Organisasi"],
                        "Persentase perangkat daerah yang menilai kinerja pegawai secara elektronik",
                        "persen",
                        (40, "40%"),
                        (100, "100%"),
                        [2026, 2029],
                        "2026 s/d 2029",
                        (60, 410, 230),
                        note="owner written with c.q.",
                    ),
                ],
            ),
            (
                "WO-1 Meningkatkan kapasitas aparatur dan tata kelola data untuk menutup kelemahan integrasi data",
                [
                    _m(
                        "PK-03",
                        "Satu Data Pancur Kemala",
                        [BAPPEDA, KOMINFO],
                        "Jumlah dataset prioritas yang terbit sesuai standar data",
                        "dataset",
                        (120, "120 dataset"),
                        (400, "400 dataset"),
                        [2026, 2030],
                        "2026-2030",
                        (90, 780, 350),
                        note="two owners joined by '&'",
                    ),
                    _m(
                        "PK-04",
                        "Pengawasan Internal Berbasis Risiko Elektronik",
                        ["Inspektorat Daerah"],
                        "Persentase perangkat daerah yang diaudit melalui aplikasi pengawasan",
                        "persen",
                        (30, "30%"),
                        (100, "100%"),
                        [2027, 2029],
                        "TA. 2027 - TA. 2029",
                        (40, 260, 150),
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART BRANDING",
        [
            (
                "ST-1 Menonjolkan kekayaan budaya dan alam untuk menghadapi persaingan antardestinasi wisata",
                [
                    _m(
                        "PK-05",
                        "Pemasaran Destinasi Digital",
                        ["Dinas Pariwisata"],
                        "Jumlah kunjungan wisatawan yang tercatat melalui tiket elektronik",
                        "ribu kunjungan",
                        (150, "150 ribu kunjungan"),
                        (400, "400 ribu kunjungan"),
                        [2026, 2029],
                        "2026 s/d 2029",
                        (30, 640, 280),
                    ),
                    _m(
                        "PK-06",
                        "Arsip Digital Warisan Budaya",
                        ["Dinas Pendidikan dan Kebudayaan"],
                        "Jumlah objek warisan budaya yang terdokumentasi secara digital",
                        "objek",
                        (60, "60 objek"),
                        (150, "150 objek"),
                        [2027, 2030],
                        "2027-2030",
                        (25, 310, 90),
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART ECONOMY",
        [
            (
                "SO-2 Memanfaatkan pertumbuhan pengguna dompet digital untuk memperluas transaksi nontunai",
                [
                    _m(
                        "PK-07",
                        "Pasar Rakyat Nontunai",
                        ["Dinas Perindustrian dan Perdagangan"],
                        "Jumlah pasar rakyat yang menerapkan pembayaran nontunai",
                        "pasar",
                        (6, "6 pasar"),
                        (18, "18 pasar"),
                        [2026, 2028],
                        "2026-2028",
                        (20, 380, None),
                    ),
                    _m(
                        "PK-08",
                        "Elektronifikasi Pajak dan Retribusi Daerah",
                        ["Badan Pendapatan Daerah"],
                        "Persentase penerimaan pajak daerah yang dibayar secara nontunai",
                        "persen",
                        (45, "45%"),
                        (85, "85%"),
                        [2026, 2030],
                        "2026-2030",
                        (70, 520, 610),
                    ),
                ],
            ),
            (
                "WT-1 Mengurangi ketergantungan petani pada tengkulak melalui keterbukaan informasi pasar",
                [
                    _m(
                        "PK-09",
                        "Informasi Pasar Komoditas Perkebunan",
                        [],
                        "Jumlah kelompok tani yang menerima informasi harga harian",
                        "kelompok tani",
                        (80, "80 kelompok tani"),
                        (250, "250 kelompok tani"),
                        [2027, 2029],
                        "TA. 2027 - TA. 2029",
                        (35, 415, None),
                        ocell="Menunggu penataan kelembagaan (Perbup SOTK)",
                        note="owner truly missing",
                    ),
                ],
            ),
        ],
    ),
    (
        "SMART LIVING",
        [
            (
                "SO-3 Memanfaatkan program nasional transformasi digital kesehatan untuk layanan kesehatan desa",
                [
                    _m(
                        "PK-10",
                        "Rekam Kesehatan Elektronik Terpadu",
                        ["Dinas Kesehatan"],
                        "Persentase fasilitas kesehatan pemerintah yang terhubung rekam kesehatan elektronik",
                        "persen",
                        (60, "60%"),
                        (100, "100%"),
                        [2026, 2028],
                        "2026-2028",
                        (80, 900, 1450),
                    ),
                    _m(
                        "PK-11",
                        "Layanan Panggilan Darurat 112",
                        [KOMINFO],
                        "Waktu tanggap panggilan darurat 112",
                        "menit",
                        (15, "15 menit"),
                        (10, "10 menit"),
                        [2027, 2030],
                        "2027-2030",
                        (120, 540, 700),
                        note="a falling target",
                    ),
                ],
            ),
            (
                "ST-2 Menata infrastruktur kota untuk menekan biaya energi dan menjawab keluhan warga",
                [
                    _m(
                        "PK-12",
                        "Penerangan Jalan Umum Cerdas",
                        ["Dinas Perhubungan"],
                        "Jumlah titik penerangan jalan umum yang dikendalikan dari jarak jauh",
                        "titik",
                        None,
                        (6000, "6.000 titik"),
                        [2028, 2030],
                        "2028-2030",
                        None,
                        jcell="Skema KPBU; nilai investasi dihitung dalam OBC",
                        note="budget truly missing; starts after 2027: no interim target",
                    ),
                    _m(
                        "PK-13",
                        "Peta Digital Rumah Tidak Layak Huni",
                        ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
                        "Jumlah desa dengan data rumah tidak layak huni berbasis peta",
                        "desa",
                        (40, "40 desa"),
                        (187, "187 desa"),
                        [2026, 2028],
                        "2026-2028",
                        (55, 395, None),
                    ),
                ],
            ),
        ],
    ),
]

MPROGS = [p for _, strats in MATRIX for _, ps in strats for p in ps]


def _matrix_table(pdf) -> list:
    hdr = [
        "Kode",
        "Strategi",
        "Program",
        "Indikator Kinerja",
        "Target Antara (2027)",
        "Target Akhir (2030)",
        "Perangkat Daerah",
    ]
    rows, spans = [], []
    for dim, strats in MATRIX:
        rows.append([dim, "", "", "", "", "", ""])
        spans.append(((0, len(rows)), (6, len(rows))))
        for strat, ps in strats:
            r0 = len(rows) + 1
            for j, p in enumerate(ps):
                f = INFO[p.name]
                rows.append([f["code"], strat if j == 0 else "", p.name, f["ind"], f["antara"], f["akhir"], f["ocell"]])
            if len(ps) > 1:
                spans.append(((1, r0), (1, len(rows))))
    cap = "Tabel 4.1 Matriks Strategi dan Program Smart City Kabupaten Pancur Kemala"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]


def _cost_row(p) -> list:
    f = INFO[p.name]
    if f["costs"] is None:
        return [f["code"], p.name, f["ycell"], "-", "-", "-", f["jcell"]]
    cells = ["-" if c is None else num_id(c) for c in f["costs"]]
    return [f["code"], p.name, f["ycell"], *cells, num_id(sum(c or 0 for c in f["costs"]))]


def _cost_tables(pdf) -> list:
    hdr = ["Kode", "Program", "Periode", "Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal", "Jumlah"]
    first, rest = MPROGS[:7], MPROGS[7:]
    tot = [0.0, 0.0, 0.0]
    for p in MPROGS:
        for i, c in enumerate(INFO[p.name]["costs"] or (None, None, None)):
            tot[i] += c or 0
    last = ["", "Jumlah", "", *[num_id(v) for v in tot], num_id(sum(tot))]
    rows2 = [_cost_row(p) for p in rest] + [last]
    return [
        pdf.Table(
            hdr,
            [_cost_row(p) for p in first],
            caption="Tabel 4.2 Kebutuhan Biaya Program menurut Jenis Belanja (dalam juta rupiah)",
        ),
        pdf.Para("bersambung ke halaman berikut"),
        pdf.PageBreak(),
        pdf.SpanTable(
            hdr,
            rows2,
            caption="Lanjutan Tabel 4.2",
            spans=[((1, len(rows2)), (2, len(rows2)))],
        ),
    ]


# ------------------------------------------------------------------ (C) sub-sections in prose
def _s(name, opd, target, year, budget, text, *, per_year=None, qw=False, money=(), note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", budget_per_year=per_year, quick_win=qw, v="subsection")
    p.note = note
    for o in opd:
        assert o in text, (name, o)
    if budget is not None:
        assert money and all(m in text for m in money), name
        assert (
            abs(sum(rupiah(m) for m in money) * (len(per_year) if per_year and len(money) == 1 else 1) - budget) < 1
        ), name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


SUB = [
    _s(
        "Kelas Digital Sekolah Dasar",
        ["Dinas Pendidikan dan Kebudayaan"],
        T("SD negeri memiliki kelas digital", 90, "SD negeri", 2029),
        [2027, 2029],
        1.2e9,
        "Program ini diselenggarakan oleh Dinas Pendidikan dan Kebudayaan selaku leading sector, dengan dukungan "
        "Dinas Komunikasi dan Informatika untuk jaringan internet sekolah. Pada 2025 baru 18 SD negeri yang "
        "memiliki proyektor dan akses internet di ruang kelas. Kegiatannya meliputi pengadaan perangkat kelas "
        "digital, pelatihan guru dan penyusunan konten ajar muatan lokal. Program berjalan pada TA. 2027 s.d. TA. "
        "2029 dengan kebutuhan Rp 400 juta per tahun. Ditargetkan sekurang-kurangnya 90 SD negeri memiliki kelas "
        "digital pada akhir 2029.",
        per_year={2027: 400e6, 2028: 400e6, 2029: 400e6},
        money=("Rp 400 juta",),
        note="money per year without a total; a baseline sentence; a supporting agency",
    ),
    _s(
        "Pelaporan Gangguan Ketertiban Warga",
        ["Satuan Polisi Pamong Praja"],
        T("laporan gangguan ketertiban ditindaklanjuti dalam 24 jam", 75, "persen", 2028),
        [2026, 2028],
        960e6,
        "Warga dapat melaporkan gangguan ketertiban umum melalui aplikasi dan nomor pesan singkat, dan laporan "
        "diteruskan ke regu piket terdekat. Program ini diselenggarakan oleh Satuan Polisi Pamong Praja selama tiga "
        "tahun anggaran, 2026-2028, bekerja sama dengan Kepolisian Resor Pancur Kemala dan Komando Distrik Militer "
        "sebagai mitra. Biaya yang dibutuhkan sebesar Rp 960.000.000,- dan ditargetkan paling sedikit 75% laporan "
        "gangguan ketertiban ditindaklanjuti dalam 24 jam pada 2028.",
        money=("Rp 960.000.000,-",),
        note="police and army are partners",
    ),
    _s(
        "Ruang Kreatif Pemuda Digital",
        ["Dinas Kepemudaan dan Olahraga"],
        None,
        [2027, 2028],
        750e6,
        "Program ini menyediakan ruang kerja bersama, pelatihan konten digital dan pendampingan usaha rintisan bagi "
        "pemuda di ibu kota kabupaten dan dua kecamatan penyangga. Penyelenggaranya Dinas Kepemudaan dan Olahraga "
        "selaku leading sector, dengan dukungan komunitas kreatif setempat. Kebutuhan anggarannya TA. 2027 Rp 300 "
        "juta dan TA. 2028 Rp 450 juta. Indikator kinerjanya belum dapat ditetapkan karena masih menunggu hasil "
        "pendataan komunitas kreatif tahun 2026.",
        per_year={2027: 300e6, 2028: 450e6},
        money=("Rp 300 juta", "Rp 450 juta"),
        note="target truly missing; per-year money without a total",
    ),
    _s(
        "Data Terpadu Kesejahteraan Sosial Desa",
        ["Dinas Sosial", "Dinas Pemberdayaan Masyarakat dan Desa"],
        T("desa memutakhirkan data kesejahteraan sosial secara daring", 187, "desa", 2026),
        2026,
        1.25e9,
        "Program ini ditetapkan sebagai quick win tahun 2026 karena data penerima bantuan sosial menjadi temuan "
        "berulang dalam pemeriksaan. Dinas Sosial bersama-sama Dinas Pemberdayaan Masyarakat dan Desa "
        "menyelenggarakannya pada TA. 2026 dengan biaya Rp 1,25 M. Sasarannya sekurang-kurangnya 187 desa "
        "memutakhirkan data kesejahteraan sosial secara daring pada 2026.",
        qw=True,
        money=("Rp 1,25 M",),
        note="a quick win; two owners joined by 'bersama-sama'",
    ),
    _s(
        "Pemantauan Titik Panas dan Kebakaran Lahan",
        ["Badan Penanggulangan Bencana Daerah"],
        T("titik panas diverifikasi di lapangan dalam 6 jam", 90, "persen", 2030),
        [2027, 2030],
        2.15e9,
        "Kebakaran lahan menghanguskan 1.240 hektare pada musim kemarau 2024. Program ini diselenggarakan oleh Badan "
        "Penanggulangan Bencana Daerah selaku leading sector, bermitra dengan Manggala Agni dan kelompok Masyarakat "
        "Peduli Api, pada TA. 2027 s.d. TA. 2030. Kebutuhan biayanya Rp 2.150.000.000,- untuk kamera pemantau, "
        "aplikasi verifikasi titik panas dan pelatihan relawan. Ditargetkan sekurang-kurangnya 90% titik panas "
        "diverifikasi di lapangan dalam 6 jam pada 2030.",
        money=("Rp 2.150.000.000,-",),
        note="a burnt area in hectares before it is not the target; partners",
    ),
    _s(
        "Pengelolaan Sampah Berbasis Aplikasi Desa",
        ["Dinas Lingkungan Hidup"],
        T("desa mencatat pengelolaan sampah melalui aplikasi", 60, "desa", 2029),
        [2026, 2029],
        1e9,
        "Program ini diselenggarakan oleh Dinas Lingkungan Hidup selaku leading sector, dengan dukungan Dinas "
        "Pemberdayaan Masyarakat dan Desa untuk pendampingan pemerintah desa. Biayanya Rp 250 juta per tahun selama "
        "TA. 2026 s.d. TA. 2029, dan ditargetkan paling sedikit 60 desa mencatat pengelolaan sampah melalui aplikasi "
        "pada 2029.",
        per_year={2026: 250e6, 2027: 250e6, 2028: 250e6, 2029: 250e6},
        money=("Rp 250 juta",),
        note="money per year over four years without a total",
    ),
    _s(
        "Panel Surya Atap Gedung Pemerintahan",
        ["Sekretariat Daerah c.q. Bagian Umum"],
        T("gedung kantor pemerintah memasang panel surya atap", 25, "gedung"),
        None,
        3.4e9,
        "Program ini diselenggarakan oleh Sekretariat Daerah c.q. Bagian Umum untuk menekan tagihan listrik kantor "
        "pemerintah, yang pada 2024 mencapai Rp 6,8 miliar. Kebutuhan biayanya Rp 3,4 M, dan sasarannya "
        "sekurang-kurangnya 25 gedung kantor pemerintah memasang panel surya atap. Jadwal pelaksanaannya menunggu "
        "rampungnya audit energi gedung pemerintah yang dilakukan bersama perguruan tinggi.",
        money=("Rp 3,4 M",),
        note="year truly missing; a 2024 electricity bill is not the budget",
    ),
    _s(
        "Pemantauan Debu Kawasan Industri Kapur",
        ["Dinas Lingkungan Hidup"],
        T("sensor debu mengirim data setiap jam", 12, "sensor", 2029),
        [2028, 2029],
        875e6,
        "Warga di sekitar kawasan industri kapur mengeluhkan debu sepanjang musim kemarau. Program ini "
        "diselenggarakan oleh Dinas Lingkungan Hidup pada TA. 2028 s.d. TA. 2029, dibiayai Rp 600 juta dari APBD dan "
        "Rp 275 juta dari CSR perusahaan pengolahan kapur. Pada 2029 ditargetkan 12 sensor debu mengirim data setiap "
        "jam ke dasbor lingkungan kabupaten.",
        money=("Rp 600 juta", "Rp 275 juta"),
        note="two sources without a total; the companies are funders, never the owner",
    ),
]


def programmes() -> list[Prog]:
    return MPROGS + SUB


def blocks(pdf) -> list:
    b = [pdf.Toc()]
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS SWOT"))
    b.append(
        pdf.Para(
            "Analisis lingkungan internal dan eksternal dirangkum dalam tabel berikut. Angka yang dikutip berasal dari "
            "data perangkat daerah tahun 2024 dan 2025."
        )
    )
    b.append(
        pdf.Table(
            ["Kekuatan (S)", "Kelemahan (W)", "Peluang (O)", "Ancaman (T)"],
            [
                [
                    "Jaringan serat optik provinsi telah menjangkau 14 kantor kecamatan",
                    "Baru 41% desa terjangkau sinyal 4G (2025)",
                    "Pengguna dompet digital tumbuh 35% per tahun",
                    "Kebakaran lahan 1.240 ha pada 2024",
                ],
                [
                    "Air terjun dan situs budaya menarik 210 ribu kunjungan (2024)",
                    "Data antarperangkat daerah belum terintegrasi",
                    "Program nasional transformasi digital kesehatan",
                    "Persaingan destinasi wisata kabupaten tetangga",
                ],
                [
                    "PAD Rp 148,6 miliar (2024)",
                    "Indeks SPBE 2,35 (2024)",
                    "CSR industri pengolahan kapur",
                    "Harga komoditas perkebunan berfluktuasi",
                ],
            ],
            caption="Tabel 2.1 Matriks SWOT",
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI"))
    b.append(
        pdf.Para(
            "Strategi disusun dari pasangan faktor SWOT. Setiap strategi diturunkan menjadi satu atau beberapa program "
            "pada bab berikutnya."
        )
    )
    b.append(
        pdf.Bullets(
            [strat for _, strats in MATRIX for strat, _ in strats]
            + ["SO-4 Mengembangkan layanan masyarakat dan lingkungan berbasis data desa"]
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Matriks Strategi dan Program"))
    b.append(
        pdf.Para(
            "Target antara adalah capaian pada akhir tahun 2027 dan menjadi bahan evaluasi paruh waktu; target akhir "
            "adalah capaian pada akhir periode masterplan."
        )
    )
    b += _matrix_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.2 Kebutuhan Biaya menurut Jenis Belanja"))
    b.append(
        pdf.Para(
            "Kebutuhan biaya program pada Tabel 4.1 dirinci menurut jenis belanja sesuai klasifikasi belanja daerah. "
            "Kolom Jumlah adalah kebutuhan biaya program selama periodenya."
        )
    )
    b += _cost_tables(pdf)
    b.append(pdf.Heading(2, "4.3 Program Dimensi Smart Society dan Smart Environment"))
    b.append(
        pdf.Para(
            "Program dimensi Smart Society dan Smart Environment diturunkan dari strategi SO-4 dan diuraikan satu per "
            "satu berikut ini."
        )
    )
    for k, p in enumerate(SUB, 1):
        b.append(pdf.Heading(3, f"4.3.{k} Program {p.name}"))
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V REKAPITULASI KEBUTUHAN BIAYA"))
    tot = [0.0, 0.0, 0.0]
    for p in MPROGS:
        for i, c in enumerate(INFO[p.name]["costs"] or (None, None, None)):
            tot[i] += c or 0
    b.append(
        pdf.Para(
            "Rekapitulasi berikut hanya memuat program pada Tabel 4.2. Program pada subbab 4.3 dibiayai dari pagu "
            "perangkat daerah penyelenggaranya dan sumber lain yang disebutkan."
        )
    )
    b.append(
        pdf.Table(
            ["Jenis Belanja", "Jumlah (Rp juta)"],
            [
                ["Belanja Pegawai", num_id(tot[0])],
                ["Belanja Barang dan Jasa", num_id(tot[1])],
                ["Belanja Modal", num_id(tot[2])],
                ["Jumlah", num_id(sum(tot))],
            ],
            caption="Tabel 5.1 Rekapitulasi Kebutuhan Biaya menurut Jenis Belanja",
        )
    )
    return b
