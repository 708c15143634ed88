"""Kabupaten Hulu Seruni (FICTIONAL): boxed quick-win notes, a recap table grouped by agency rows and
an RPJMD alignment matrix (fresh9 set).

Style: chapter IV "Program Smart City" in three presentations, as a Bappeda-edited kabupaten masterplan
often puts them together:
  (A) "4.1 Quick Win Tahun 2025": a ONE-column table "Uraian Quick Win" (a boxed list, as text boxes
      pasted into a word processor), one row per quick win, each a short run of sentences starting
      "QW-<n>. <Name>." and then, in an order that changes from row to row, the owner ("<OPD> akan ...",
      "Pelaksana: ...", "dikerjakan oleh ..."), the months ("mulai Maret dan selesai Agustus 2025": gold
      2025; "Oktober 2025 s.d. Maret 2026": [2025, 2026]), the money ("dengan biaya Rp 150 juta dari APBD
      Perubahan", "Anggaran: Rp 95.500.000") and the measurable goal ("Sasaran: ..."; no year in it:
      gold target year None).
  (B) "4.2 Rekapitulasi Program menurut Perangkat Daerah": one table "No | Program | Dimensi | Indikator
      Kinerja | Target Akhir (2029) | Periode | Kebutuhan Dana" with NO agency column: the agency is a
      row merged across all columns but No, "Perangkat Daerah: <OPD>" (two agencies joined by "dan" once), above
      its programmes (gold opd = the group row). Target Akhir (2029) holds value and unit ("80%", "35
      desa"; target year 2029 from the header). Periode "2025 - 2027", "TW II 2025 - TW IV 2026" (gold
      [2025, 2026]), "2028"; money "Rp 1.200.000.000", "Rp 2,4 miliar", or per year without a total
      ("2026: Rp 400 jt; 2027: Rp 600 jt": gold budget = the sum, budget_per_year). The numbering runs on
      across groups.
  (C) "4.3 Keselarasan Program dengan RPJMD" for society and environment: a matrix "Misi RPJMD | Sasaran
      RPJMD | Program Smart City | Indikator dan Target | Tahun | Pagu Indikatif | Perangkat Daerah"
      whose Misi and Sasaran cells are merged over two or three programmes; the RPJMD sasaran carries
      figures of its own ("IPM 74,20 pada 2029") that are never a programme's target; the Indikator dan
      Target cell "Persentase ...: 80% (2028)"; Tahun "2026-2028"; Pagu "Rp 850 juta".
Quick wins are kind "Quick win". Three fields are truly missing: a quick win's target ("Sasaran
terukur disusun setelah uji coba"), a recap programme's owner (its group row "Perangkat Daerah: belum
ditetapkan (menunggu SOTK baru)") and an alignment programme's budget (Pagu "dalam penghitungan").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p34_rekap_hulu_seruni",
    name="Kabupaten Hulu Seruni",
    period="2025-2029",
    style="boxed quick-win notes, recap table grouped by agency rows, RPJMD alignment matrix",
    split="fresh9",
    intro=[
        "Kabupaten Hulu Seruni berada di hulu daerah aliran sungai dengan kebun karet, sawit rakyat dan hutan "
        "lindung. Sebagian besar dari 188 desa terletak jauh dari ibu kota kabupaten, sehingga layanan "
        "kesehatan, pendidikan dan administrasi sering harus ditempuh berjam-jam.",
        "Masterplan smart city ini selaras dengan RPJMD Kabupaten Hulu Seruni 2025-2029 dan disusun oleh "
        "Tim Pelaksana Smart City bersama Bappeda dan Diskominfo dengan pendampingan Gerakan Menuju 100 "
        "Smart City.",
    ],
)

T = Target
TXT: dict[str, str] = {}


# ------------------------------------------------------------------ (A) boxed quick wins
def _q(name, opd, target, year, budget, text, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "box", quick_win=True, kind="Quick win", v="box", note=note)
    TXT[name] = text
    return p


QW = [
    _q(
        "Surat Keterangan Desa Daring",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        T("desa yang menerbitkan surat keterangan melalui aplikasi", 60, "desa"),
        2025,
        150e6,
        "Dinas Pemberdayaan Masyarakat dan Desa akan menyiapkan aplikasi surat keterangan desa dan melatih "
        "operator desa, mulai Maret dan selesai Agustus 2025, dengan biaya Rp 150 juta dari APBD Perubahan. "
        "Sasaran: 60 desa menerbitkan surat keterangan melalui aplikasi.",
    ),
    _q(
        "Jadwal Dokter Puskesmas Daring",
        "Dinas Kesehatan",
        T("puskesmas yang mengumumkan jadwal dokter secara daring", 19, "puskesmas"),
        2025,
        95.5e6,
        "Sasaran: 19 puskesmas mengumumkan jadwal dokter secara daring. Pelaksana: Dinas Kesehatan. Waktu: "
        "Juni - Oktober 2025. Anggaran: Rp 95.500.000.",
    ),
    _q(
        "Pembayaran PBB Lewat Agen Bank Desa",
        "Badan Pendapatan Daerah",
        T("agen bank desa yang menerima pembayaran PBB", 120, "agen"),
        [2025, 2026],
        210e6,
        "Kegiatan ini dikerjakan oleh Badan Pendapatan Daerah bersama bank daerah sebagai mitra, pada Oktober "
        "2025 s.d. Maret 2026. Sasaran: 120 agen bank desa menerima pembayaran PBB. Biaya Rp 210 juta.",
        note="a bank as partner, never the owner; months over two years",
    ),
    _q(
        "Titik Wifi Balai Desa",
        "Dinas Komunikasi dan Informatika",
        None,
        2025,
        480e6,
        "Dinas Komunikasi dan Informatika akan memasang titik wifi di balai desa yang belum terjangkau "
        "internet tetap pada April s.d. November 2025 dengan anggaran Rp 480 juta. Sasaran terukur disusun "
        "setelah uji coba di desa percontohan.",
        note="target truly missing",
    ),
    _q(
        "Laporan Harga Karet Harian",
        "Dinas Perkebunan dan Peternakan",
        T("pasar lelang karet yang melaporkan harga harian", 8, "pasar lelang"),
        2025,
        75e6,
        "Harga karet di tingkat petani sering jauh di bawah harga pabrik. Dinas Perkebunan dan Peternakan akan "
        "mengumpulkan dan menyiarkan harga harian melalui pesan singkat, Juli s.d. Desember 2025; biaya Rp 75 "
        "juta. Sasaran: 8 pasar lelang karet melaporkan harga harian.",
    ),
]


# ------------------------------------------------------------------ (B) recap grouped by agency rows
def _r(name, dim, opd, ind, value, unit, year, pcell, budget, bcell, *, per_year=None, note=""):
    target = T(ind, value, unit, 2029) if value is not None else None
    p = Prog(name, "", list(opd), target, year, budget, "recap", budget_per_year=per_year, v="agency-rows", note=note)
    if per_year:
        assert abs(sum(per_year.values()) - budget) < 1
    TXT[name] = dict(dim=dim, ind=ind, pcell=pcell, bcell=bcell)
    return p


RECAP = [
    (
        "Badan Perencanaan Pembangunan Daerah dan Dinas Komunikasi dan Informatika",
        [
            _r(
                "Satu Data Hulu Seruni",
                "Smart Governance",
                ["Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika"],
                "Persentase perangkat daerah yang menerbitkan data sesuai standar",
                80,
                "persen",
                [2025, 2027],
                "2025 - 2027",
                1.2e9,
                "Rp 1.200.000.000",
                note="two owners in the group row, joined by 'dan'",
            ),
        ],
    ),
    (
        "Dinas Komunikasi dan Informatika",
        [
            _r(
                "Jaringan Internet Kantor Kecamatan",
                "Smart Governance",
                ["Dinas Komunikasi dan Informatika"],
                "Jumlah kantor kecamatan yang terhubung serat optik",
                14,
                "kantor kecamatan",
                [2025, 2026],
                "TW II 2025 - TW IV 2026",
                2.4e9,
                "Rp 2,4 miliar",
            ),
            _r(
                "Portal Promosi Hulu Seruni",
                "Smart Branding",
                ["Dinas Komunikasi dan Informatika"],
                "Jumlah kunjungan ke portal promosi daerah per tahun",
                150000,
                "kunjungan",
                [2026, 2027],
                "2026 - 2027",
                1e9,
                "2026: Rp 400 jt; 2027: Rp 600 jt",
                per_year={2026: 400e6, 2027: 600e6},
                note="per-year money without a total",
            ),
        ],
    ),
    (
        "Dinas Pariwisata dan Kebudayaan",
        [
            _r(
                "Desa Wisata Digital",
                "Smart Branding",
                ["Dinas Pariwisata dan Kebudayaan"],
                "Jumlah desa wisata yang menjual paket wisata secara daring",
                35,
                "desa",
                [2026, 2028],
                "2026 - 2028",
                1.65e9,
                "Rp 1,65 miliar",
            ),
        ],
    ),
    (
        "Dinas Perkebunan dan Peternakan",
        [
            _r(
                "Ketertelusuran Karet Rakyat",
                "Smart Economy",
                ["Dinas Perkebunan dan Peternakan"],
                "Jumlah petani karet yang terdaftar dalam sistem ketertelusuran",
                5000,
                "petani",
                [2026, 2029],
                "2026 - 2029",
                2.2e9,
                "2026: Rp 500 jt; 2027: Rp 600 jt; 2028: Rp 600 jt; 2029: Rp 500 jt",
                per_year={2026: 500e6, 2027: 600e6, 2028: 600e6, 2029: 500e6},
            ),
            _r(
                "Layanan Kesehatan Hewan Daring",
                "Smart Economy",
                ["Dinas Perkebunan dan Peternakan"],
                "Persentase laporan penyakit ternak yang ditangani dalam 48 jam",
                90,
                "persen",
                2028,
                "2028",
                350e6,
                "Rp 350.000.000",
            ),
        ],
    ),
    (
        "Dinas Kesehatan",
        [
            _r(
                "Telemedisin Desa Terpencil",
                "Smart Living",
                ["Dinas Kesehatan"],
                "Jumlah poskesdes yang terhubung telemedisin dengan puskesmas dan RSUD",
                45,
                "poskesdes",
                [2025, 2027],
                "2025 - 2027",
                2.85e9,
                "Rp 2,85 miliar",
                note="puskesmas and RSUD in the indicator, never the owner",
            ),
            _r(
                "Pemantauan Gizi Balita Elektronik",
                "Smart Living",
                ["Dinas Kesehatan"],
                "Persentase posyandu yang mencatat tumbuh kembang balita secara elektronik",
                100,
                "persen",
                [2025, 2026],
                "TW III 2025 - TW II 2026",
                640e6,
                "Rp 640.000.000",
            ),
        ],
    ),
    (
        "Dinas Perhubungan",
        [
            _r(
                "Angkutan Sungai Terjadwal",
                "Smart Living",
                ["Dinas Perhubungan"],
                "Jumlah dermaga sungai dengan jadwal dan tiket daring",
                10,
                "dermaga",
                [2027, 2029],
                "2027 - 2029",
                1.9e9,
                "Rp 1,9 miliar",
            ),
        ],
    ),
    (
        "belum ditetapkan (menunggu SOTK baru)",
        [
            _r(
                "Pusat Layanan Logistik Desa",
                "Smart Economy",
                [],
                "Jumlah desa yang terlayani pengiriman barang terjadwal",
                40,
                "desa",
                [2027, 2028],
                "2027 - 2028",
                1.3e9,
                "Rp 1,3 miliar",
                note="owner truly missing: the group row says 'belum ditetapkan'",
            ),
        ],
    ),
]


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _recap_table(pdf) -> list:
    hdr = ["No", "Program", "Dimensi", "Indikator Kinerja", "Target Akhir (2029)", "Periode", "Kebutuhan Dana"]
    rows, spans, n = [], [], 0
    for group, ps in RECAP:
        rows.append(["", f"Perangkat Daerah: {group}", "", "", "", "", ""])
        spans.append(((1, len(rows)), (6, len(rows))))
        for p in ps:
            n += 1
            f = TXT[p.name]
            rows.append([str(n), p.name, f["dim"], f["ind"], _val(p.target), f["pcell"], f["bcell"]])
    cap = "Tabel 4.2 Rekapitulasi Program Smart City menurut Perangkat Daerah"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]


# ------------------------------------------------------------------ (C) RPJMD alignment matrix
def _a(name, opd, target, ind, year, budget, bcell, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "align", v="rpjmd-align", note=note)
    TXT[name] = dict(ind=ind, bcell=bcell)
    return p


ALIGN = [
    (
        "Misi 2: Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing",
        "Meningkatnya kualitas pendidikan masyarakat (IPM 74,20 pada 2029)",
        [
            _a(
                "Sekolah Daring Desa Terpencil",
                "Dinas Pendidikan",
                T("sekolah di desa terpencil yang menyelenggarakan kelas daring", 80, "persen", 2028),
                "Persentase sekolah di desa terpencil yang menyelenggarakan kelas daring",
                [2026, 2028],
                2.6e9,
                "Rp 2,6 miliar",
            ),
            _a(
                "Pojok Baca Digital Desa",
                "Dinas Perpustakaan dan Kearsipan",
                T("desa yang memiliki pojok baca digital", 50, "desa", 2027),
                "Jumlah desa yang memiliki pojok baca digital",
                [2026, 2027],
                None,
                "dalam penghitungan",
                note="budget truly missing",
            ),
        ],
    ),
    (
        "Misi 4: Mewujudkan masyarakat yang aman, tertib dan tangguh terhadap bencana",
        "Menurunnya risiko bencana (indeks risiko bencana 118,5 pada 2029)",
        [
            _a(
                "Peringatan Dini Banjir Bandang",
                "Badan Penanggulangan Bencana Daerah",
                T("pos pantau muka air sungai yang mengirim peringatan otomatis", 16, "pos pantau", 2027),
                "Jumlah pos pantau muka air sungai yang mengirim peringatan otomatis",
                [2025, 2027],
                1.45e9,
                "Rp 1,45 miliar",
            ),
            _a(
                "Siskamling Desa Terhubung",
                "Satuan Polisi Pamong Praja",
                T("desa yang melaporkan kejadian keamanan melalui aplikasi", 70, "desa", 2028),
                "Jumlah desa yang melaporkan kejadian keamanan melalui aplikasi",
                [2027, 2028],
                520e6,
                "Rp 520 juta",
            ),
        ],
    ),
    (
        "Misi 5: Mewujudkan pembangunan berkelanjutan yang berwawasan lingkungan",
        "Meningkatnya indeks kualitas lingkungan hidup (IKLH 72,5 pada 2029)",
        [
            _a(
                "Patroli Hutan Berbasis Drone",
                "Dinas Lingkungan Hidup dan Kehutanan",
                T("luas hutan lindung yang dipantau drone setiap bulan", 12000, "hektare", 2029),
                "Luas hutan lindung yang dipantau drone setiap bulan",
                [2027, 2029],
                1.75e9,
                "Rp 1,75 miliar",
            ),
            _a(
                "Aplikasi Retribusi Sampah",
                "Dinas Lingkungan Hidup dan Kehutanan",
                T("rumah tangga yang membayar retribusi sampah melalui aplikasi", 60, "persen", 2027),
                "Persentase rumah tangga yang membayar retribusi sampah melalui aplikasi",
                2027,
                850e6,
                "Rp 850 juta",
            ),
            _a(
                "Sensor Kualitas Air Sungai Seruni",
                "Dinas Lingkungan Hidup dan Kehutanan",
                T("titik sensor kualitas air sungai yang beroperasi", 9, "titik", 2028),
                "Jumlah titik sensor kualitas air sungai yang beroperasi",
                [2026, 2028],
                1.08e9,
                "Rp 1.080.000.000",
            ),
        ],
    ),
]


def _yr(y) -> str:
    return f"{y[0]}-{y[1]}" if isinstance(y, list) else str(y)


def _align_table(pdf) -> list:
    hdr = [
        "Misi RPJMD",
        "Sasaran RPJMD",
        "Program Smart City",
        "Indikator dan Target",
        "Tahun",
        "Pagu Indikatif",
        "Perangkat Daerah",
    ]
    rows, spans = [], []
    for misi, sasaran, ps in ALIGN:
        top = len(rows) + 1
        for i, p in enumerate(ps):
            f = TXT[p.name]
            tc = f"{f['ind']}: {_val(p.target)} ({p.target.year})"
            rows.append(
                [misi if i == 0 else "", sasaran if i == 0 else "", p.name, tc, _yr(p.year), f["bcell"], p.opd[0]]
            )
        spans += [((0, top), (0, len(rows))), ((1, top), (1, len(rows)))]
    cap = "Tabel 4.3 Keselarasan Program Smart Society dan Smart Environment dengan RPJMD 2025-2029"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]


def programmes() -> list[Prog]:
    return QW + [p for _, ps in RECAP for p in ps] + [p for _, _, ps in ALIGN for p in ps]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Baru 41 persen desa yang terjangkau sinyal 4G dan 23 desa masih belum teraliri listrik 24 jam. "
            "Kantor perangkat daerah telah terhubung internet, tetapi kantor kecamatan masih bergantung pada "
            "jaringan seluler. Data sektoral belum memiliki walidata yang ditetapkan."
        )
    )
    b.append(pdf.Heading(1, "BAB III ARAH KEBIJAKAN"))
    b.append(
        pdf.Para(
            "Arah kebijakan smart city Kabupaten Hulu Seruni mengikuti misi RPJMD 2025-2029: quick win pada "
            "tahun pertama, kemudian program per dimensi yang dilaksanakan perangkat daerah sesuai tugas dan "
            "fungsinya hingga 2029."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Quick Win Tahun 2025"))
    b.append(
        pdf.Para(
            "Quick win dipilih dalam rapat Tim Pelaksana dari usulan perangkat daerah. Setiap quick win "
            "diuraikan singkat pada kotak berikut."
        )
    )
    rows = [[f"QW-{i}. {p.name}. {TXT[p.name]}"] for i, p in enumerate(QW, 1)]
    b.append(pdf.Table(["Uraian Quick Win"], rows, caption="Tabel 4.1 Daftar Quick Win Tahun 2025"))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.2 Program menurut Perangkat Daerah"))
    b.append(
        pdf.Para(
            "Program smart city dimensi tata kelola, branding, ekonomi dan kehidupan direkapitulasi menurut "
            "perangkat daerah pengampunya. Target akhir dinyatakan untuk tahun 2029, akhir periode RPJMD."
        )
    )
    b += _recap_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.3 Keselarasan Program dengan RPJMD"))
    b.append(
        pdf.Para(
            "Program dimensi masyarakat dan lingkungan disajikan bersama misi dan sasaran RPJMD yang didukungnya. "
            "Angka pada kolom sasaran RPJMD adalah target daerah, bukan target program."
        )
    )
    b += _align_table(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Program dalam masterplan ini dimasukkan ke dalam Renja perangkat daerah dan RKPD setiap tahun. "
            "Perangkat daerah pengampu yang belum ditetapkan dan pagu yang belum dihitung dilengkapi pada "
            "reviu masterplan tahun 2026."
        )
    )
    return b
