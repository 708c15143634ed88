"""Kabupaten Sendang Wulan (FICTIONAL): quick wins as exported presentation slides, a landscape programme
matrix with a column-number row and a split Rp column, and cross-agency programmes with the money per
agency (fresh10 set).

Style: chapter IV "Program dan Kegiatan Smart City" in three presentations, as a kabupaten whose Tim
Pelaksana pasted its bimtek slides into the masterplan:
  (A) "4.1 Quick Win": the quick wins as exported slides, ONE PAGE each: a heading "QUICK WIN 01 -
      <Name>", a line "Dimensi: Smart Living | Elemen: Kesehatan", then short bullets "Label: value" whose
      labels mix Indonesian and the English of slide decks and whose order changes from slide to slide:
      "Latar belakang", "Apa yang dikerjakan", "PIC" / "Penanggung jawab (PIC)" (the owner; partners in a
      separate "Didukung oleh" / "Mitra" bullet, never the owner), "Timeline" / "Jadwal" ("Mar - Jul
      2026": gold 2026; "Jun 2026 - Feb 2027": [2026, 2027]), "Budget" / "Anggaran" ("Rp 165 jt (APBD
      2026)", "Rp 90 juta", "Rp 70.500.000", "Rp 0,12 M"), "KPI" (the target; no year: gold target year
      None) and "Deliverables" (counts of things delivered, never the target).
  (B) "4.2 Matriks Program Smart City 2026-2030": one wide table on landscape pages (pdfgen wide table)
      as planning matrices printed from spreadsheets look: No | Program | Indikator Kinerja | Kondisi
      Awal (2025) | Target Akhir | Lokasi | Tahun Pelaksanaan | Pagu Indikatif (Rp) (one header cell over
      TWO columns: "Rp" and the amount) | Perangkat Daerah, with a SECOND header row of column numbers
      "(1) .. (9)" (repeated with the header). Roman-numeral dimension rows ("I" | "SMART GOVERNANCE"
      merged), each dimension closed by a "Jumlah Dimensi I" subtotal row; "JUMLAH TOTAL" at the end.
      Kondisi Awal is the baseline (never the target); Target Akhir value and unit ("100%", "25 situs";
      no year: gold target year None); Lokasi names facilities and places (RSUD, puskesmas, pasar,
      kecamatan offices; never the owner, though the RSUD is the owner of one programme); Tahun
      Pelaksanaan "2026 s/d 2027", "2027", "2028 - 2030", "2026 s/d 2029".
  (C) "4.3 Program Lintas Perangkat Daerah": four lettered sub-headings "A. <Name>", each a paragraph in
      which the programme is run by two agencies, each with its own share of the money ("Dinas A (Rp 450
      juta) dan Dinas B (Rp 300 juta)"): gold opd = both, budget = the sum of the shares; two paragraphs
      also state the total ("seluruhnya Rp 850 juta"), two do not. The years ("pada 2027-2028", "mulai
      2026 hingga 2029") and the target ("ditargetkan ... pada 2028"; a falling one, "prevalensi stunting
      turun menjadi 14% pada 2029": value 14) follow; a baseline ("24,1% pada 2024") is never the target.
Chapter V holds a "Rekapitulasi Pagu Indikatif per Dimensi" table (dimension totals, no programme). Quick
wins are kind "Quick win". Three fields are truly missing: a quick win's budget ("Anggaran: akan dibahas
dalam rapat TAPD"), a matrix programme's year (Tahun Pelaksanaan "Menunggu DED terminal tipe C") and a
cross-agency programme's target ("ukuran keberhasilannya akan disepakati bersama pengelola kawasan").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p37_salindia_sendang_wulan",
    name="Kabupaten Sendang Wulan",
    period="2026-2030",
    style="quick-win slides one per page, numbered-column landscape matrix with Rp column, per-agency money shares",
    split="fresh10",
    intro=[
        "Kabupaten Sendang Wulan adalah kabupaten agraris di kaki pegunungan dengan 21 kecamatan dan 268 desa. "
        "Lumbung padi, sentra kerajinan dan mata air yang menjadi tujuan wisata membentuk wajah daerah ini, "
        "sementara kawasan industri baru di selatan membawa peluang kerja sekaligus tekanan lingkungan.",
        "Masterplan smart city ini disusun Tim Pelaksana Smart City setelah empat tahap bimbingan teknis "
        "Gerakan Menuju 100 Smart City. Bahan paparan quick win dalam bimbingan teknis dimuat apa adanya "
        "agar perangkat daerah dapat langsung memakainya.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    m = re.fullmatch(r"(?:Rp )?([\d.,]+)(?: (M|jt|juta|miliar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "miliar": 1e9, "jt": 1e6, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) slides
def _s(name, opd, target, year, budget, dim, bullets, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "slide", quick_win=True, kind="Quick win", v="slide")
    p.note = note
    if budget is not None:
        money = next(x for x in bullets if x.startswith(("Budget: ", "Anggaran: ")))
        amount = re.match(r"(?:Budget|Anggaran): (Rp [\d.,]+(?: (?:M|jt|juta))?)", money).group(1)
        assert rupiah(amount) == budget, (amount, budget)
    assert any(opd in x for x in bullets if x.startswith(("PIC", "Penanggung"))), name
    INFO[name] = dict(dim=dim, bullets=bullets)
    return p


SLIDES = [
    _s(
        "Pendaftaran Sekolah Daring",
        "Dinas Pendidikan",
        T("SD dan SMP negeri menerima pendaftaran peserta didik baru secara daring", 100, "persen"),
        2026,
        165e6,
        "Smart Society | Elemen: Pendidikan",
        [
            "Latar belakang: antrean pendaftaran di sekolah favorit sejak subuh; 312 SD dan 64 SMP negeri",
            "Apa yang dikerjakan: aplikasi pendaftaran, verifikasi berkas daring, pengumuman hasil seleksi",
            "PIC: Dinas Pendidikan",
            "Timeline: Mar - Jul 2026",
            "Budget: Rp 165 jt (APBD 2026)",
            "KPI: 100% SD dan SMP negeri menerima pendaftaran peserta didik baru secara daring",
            "Deliverables: 1 aplikasi, 376 operator sekolah terlatih",
        ],
    ),
    _s(
        "Lapor Jalan Rusak",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        T("laporan jalan rusak ditanggapi dalam 7 hari", 80, "persen"),
        2026,
        90e6,
        "Smart Living | Elemen: Transportasi",
        [
            "KPI: 80% laporan jalan rusak ditanggapi dalam 7 hari",
            "Penanggung jawab (PIC): Dinas Pekerjaan Umum dan Penataan Ruang",
            "Didukung oleh: Dinas Komunikasi dan Informatika (kanal aduan)",
            "Apa yang dikerjakan: formulir foto dan titik lokasi jalan rusak, dasbor penanganan",
            "Jadwal: Apr - Des 2026",
            "Anggaran: Rp 90 juta",
            "Latar belakang: 412 km jalan kabupaten dalam kondisi rusak ringan dan sedang (2025)",
        ],
        note="a supporting agency in its own bullet, never the owner",
    ),
    _s(
        "Penimbangan Balita Tercatat Elektronik",
        "Dinas Kesehatan",
        T("posyandu mencatat penimbangan balita secara digital", 850, "posyandu"),
        [2026, 2027],
        None,
        "Smart Living | Elemen: Kesehatan",
        [
            "Latar belakang: pencatatan penimbangan balita masih di buku register",
            "PIC: Dinas Kesehatan",
            "Mitra: Tim Penggerak PKK dan kader posyandu",
            "Timeline: Jun 2026 - Feb 2027",
            "KPI: 850 posyandu mencatat penimbangan balita secara digital",
            "Deliverables: 850 tablet untuk kader, modul pelatihan",
            "Anggaran: akan dibahas dalam rapat TAPD",
        ],
        note="budget truly missing",
    ),
    _s(
        "Info Harga Gabah Harian",
        "Dinas Pertanian",
        T("titik pembelian gabah melaporkan harga harian", 25, "titik"),
        2026,
        70.5e6,
        "Smart Economy | Elemen: Kesejahteraan Rakyat",
        [
            "Apa yang dikerjakan: penyuluh melaporkan harga gabah di penggilingan; harga disiarkan lewat pesan singkat",
            "Budget: Rp 70.500.000",
            "Timeline: Mei - Okt 2026",
            "PIC: Dinas Pertanian",
            "KPI: 25 titik pembelian gabah melaporkan harga harian",
            "Latar belakang: harga gabah di tingkat petani rata-rata Rp 5.900/kg, jauh di bawah HPP (2025)",
        ],
        note="a price per kg in the background bullet",
    ),
    _s(
        "Presensi Elektronik Kantor Kecamatan",
        "Bagian Organisasi Sekretariat Daerah",
        T("kantor kecamatan menerapkan presensi elektronik", 21, "kantor kecamatan"),
        2026,
        0.12e9,
        "Smart Governance | Elemen: Manajemen Birokrasi",
        [
            "Latar belakang: rekap kehadiran pegawai kecamatan dikirim manual setiap akhir bulan",
            "Penanggung jawab (PIC): Bagian Organisasi Sekretariat Daerah",
            "Jadwal: Jan - Apr 2026",
            "Deliverables: 21 mesin presensi wajah, integrasi dengan aplikasi kepegawaian",
            "KPI: 21 kantor kecamatan menerapkan presensi elektronik",
            "Anggaran: Rp 0,12 M",
        ],
    ),
]


def _slide_blocks(pdf) -> list:
    b = []
    for i, p in enumerate(SLIDES, 1):
        f = INFO[p.name]
        b.append(pdf.Heading(3, f"QUICK WIN {i:02d} - {p.name}"))
        b.append(pdf.Para(f"Dimensi: {f['dim']}"))
        b.append(pdf.Bullets(f["bullets"]))
        if i < len(SLIDES):
            b.append(pdf.PageBreak())
    return b


# ------------------------------------------------------------------ (B) numbered-column matrix
def _m(name, opd, ind, awal, value, unit, tcell, lokasi, year, ycell, budget, *, note=""):
    p = Prog(name, "", [opd], T(ind, value, unit), year, budget, "dots", v="numbered-matrix", note=note)
    INFO[name] = dict(ind=ind, awal=awal, tcell=tcell, lokasi=lokasi, ycell=ycell)
    return p


MATRIX = [
    (
        "I",
        "SMART GOVERNANCE",
        [
            _m(
                "Sertifikat Elektronik untuk Pejabat Struktural",
                "Dinas Komunikasi dan Informatika",
                "Persentase pejabat struktural yang memakai tanda tangan elektronik",
                "35%",
                100,
                "persen",
                "100%",
                "Seluruh perangkat daerah",
                [2026, 2027],
                "2026 s/d 2027",
                480e6,
            ),
            _m(
                "Pengadaan Elektronik Terkonsolidasi",
                "Bagian Pengadaan Barang dan Jasa Sekretariat Daerah",
                "Persentase paket pengadaan melalui katalog elektronik",
                "40%",
                85,
                "persen",
                "85%",
                "Kantor Bupati",
                2027,
                "2027",
                350e6,
            ),
        ],
    ),
    (
        "II",
        "SMART BRANDING",
        [
            _m(
                "Sendang Wulan Heritage Digital",
                "Dinas Pariwisata dan Kebudayaan",
                "Jumlah situs budaya yang dilengkapi narasi digital",
                "3 situs",
                25,
                "situs",
                "25 situs",
                "Kawasan Sendang Tujuh dan kota lama",
                [2027, 2029],
                "2027 - 2029",
                1.15e9,
            ),
            _m(
                "Pasar Produk Unggulan Daring",
                "Dinas Koperasi, Usaha Kecil dan Menengah",
                "Jumlah UMKM yang berjualan di lokapasar daerah",
                "120 UMKM",
                1500,
                "UMKM",
                "1.500 UMKM",
                "Sentra kerajinan di 6 kecamatan",
                [2026, 2028],
                "2026 s/d 2028",
                900e6,
            ),
        ],
    ),
    (
        "III",
        "SMART ECONOMY",
        [
            _m(
                "Irigasi Pintar Berbasis Sensor",
                "Dinas Pekerjaan Umum dan Penataan Ruang",
                "Jumlah pintu air irigasi yang dipantau sensor",
                "0 pintu air",
                60,
                "pintu air",
                "60 pintu air",
                "Daerah irigasi Wulan Hilir",
                [2028, 2030],
                "2028 - 2030",
                2.6e9,
            ),
            _m(
                "Kartu Petani Sendang Wulan",
                "Dinas Pertanian",
                "Jumlah petani pemegang kartu tani digital",
                "4.000 petani",
                25000,
                "petani",
                "25.000 petani",
                "Seluruh kecamatan",
                [2026, 2029],
                "2026 s/d 2029",
                1.8e9,
            ),
        ],
    ),
    (
        "IV",
        "SMART LIVING",
        [
            _m(
                "Sistem Informasi Rumah Sakit Terintegrasi",
                "RSUD Sendang Wulan",
                "Persentase layanan rawat jalan yang tercatat secara elektronik",
                "50%",
                100,
                "persen",
                "100%",
                "RSUD Sendang Wulan dan 24 puskesmas",
                [2026, 2027],
                "2026 s/d 2027",
                2.15e9,
                note="the RSUD is the owner here and also named in Lokasi",
            ),
            _m(
                "Jadwal Daring Angkutan Perdesaan",
                "Dinas Perhubungan",
                "Jumlah trayek angkutan desa dengan jadwal daring",
                "0 trayek",
                12,
                "trayek",
                "12 trayek",
                "Terminal tipe C dan 12 trayek perdesaan",
                None,
                "Menunggu DED terminal tipe C",
                1.05e9,
                note="year truly missing: awaits the terminal's detailed design",
            ),
        ],
    ),
    (
        "V",
        "SMART SOCIETY",
        [
            _m(
                "Desa Aman Terpantau",
                "Satuan Polisi Pamong Praja",
                "Jumlah desa dengan kamera pemantau terhubung ruang kendali",
                "5 desa",
                45,
                "desa",
                "45 desa",
                "Desa perbatasan dan desa wisata",
                [2027, 2029],
                "2027 - 2029",
                1.35e9,
            ),
            _m(
                "Beasiswa Daerah Daring",
                "Bagian Kesejahteraan Rakyat Sekretariat Daerah",
                "Persentase penerima beasiswa daerah yang diproses secara daring",
                "0%",
                100,
                "persen",
                "100%",
                "Kantor Bupati",
                2026,
                "2026",
                260e6,
            ),
        ],
    ),
    (
        "VI",
        "SMART ENVIRONMENT",
        [
            _m(
                "Sensor Kualitas Udara Kawasan Industri",
                "Dinas Lingkungan Hidup",
                "Jumlah sensor kualitas udara yang mengirim data setiap jam",
                "2 sensor",
                10,
                "sensor",
                "10 sensor",
                "Kawasan industri selatan",
                [2027, 2028],
                "2027 s/d 2028",
                740e6,
            ),
            _m(
                "Lampu Jalan Tenaga Surya Terpantau",
                "Dinas Perhubungan",
                "Jumlah titik lampu jalan tenaga surya yang dipantau dari ruang kendali",
                "150 titik",
                1200,
                "titik",
                "1.200 titik",
                "Jalan kabupaten dan jalan desa poros",
                [2026, 2030],
                "2026 s/d 2030",
                3.75e9,
            ),
        ],
    ),
]


def _matrix_table(pdf) -> list:
    hdr = [
        "No",
        "Program",
        "Indikator Kinerja",
        "Kondisi Awal (2025)",
        "Target Akhir",
        "Lokasi",
        "Tahun Pelaksanaan",
        "Pagu Indikatif (Rp)",
        "",
        "Perangkat Daerah",
    ]
    rows = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "", "(9)"]]
    spans = [((7, 0), (8, 0)), ((7, 1), (8, 1))]
    n, grand = 0, 0
    for roman, dim, ps in MATRIX:
        rows.append([roman, dim, "", "", "", "", "", "", "", ""])
        spans.append(((1, len(rows)), (9, len(rows))))
        for p in ps:
            n += 1
            f = INFO[p.name]
            rows.append(
                [
                    str(n),
                    p.name,
                    f["ind"],
                    f["awal"],
                    f["tcell"],
                    f["lokasi"],
                    f["ycell"],
                    "Rp",
                    num_id(p.budget),
                    p.opd[0],
                ]
            )
        sub = sum(p.budget for p in ps)
        grand += sub
        rows.append(["", f"Jumlah Dimensi {roman}", "", "", "", "", "", "Rp", num_id(sub), ""])
        spans.append(((1, len(rows)), (6, len(rows))))
    rows.append(["", "JUMLAH TOTAL", "", "", "", "", "", "Rp", num_id(grand), ""])
    spans.append(((1, len(rows)), (6, len(rows))))
    cap = "Tabel 4.1 Matriks Program Smart City Kabupaten Sendang Wulan 2026-2030"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans, header_rows=2, wide=True)]


# ------------------------------------------------------------------ (C) cross-agency programmes
def _l(name, shares, target, year, text, *, note=""):
    opd = [o for o, _ in shares]
    budget = float(sum(v for _, v in shares))
    p = Prog(name, "", opd, target, year, budget, "shares", v="agency-shares", note=note)
    for o, v in shares:
        assert o in text, o
    INFO[name] = dict(text=text)
    return p


LINTAS = [
    _l(
        "Layanan Terpadu Perlindungan Anak Daring",
        [("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", 450e6), ("Dinas Sosial", 300e6)],
        T("laporan kekerasan terhadap anak ditangani dalam 1x24 jam", 90, "persen", 2028),
        [2027, 2028],
        "Program Layanan Terpadu Perlindungan Anak Daring dilaksanakan oleh Dinas Pemberdayaan Perempuan dan "
        "Perlindungan Anak (Rp 450 juta) dan Dinas Sosial (Rp 300 juta) pada 2027-2028. Laporan kekerasan "
        "terhadap anak yang masuk melalui telepon, aplikasi dan sekolah dicatat dalam satu sistem dan "
        "diteruskan ke pendamping. Ditargetkan 90% laporan kekerasan terhadap anak ditangani dalam 1x24 jam "
        "pada 2028.",
        note="no total written: budget = the sum of the shares",
    ),
    _l(
        "Pemutakhiran Data Kesejahteraan Sosial Desa",
        [("Dinas Sosial", 600e6), ("Dinas Pemberdayaan Masyarakat dan Desa", 250e6)],
        T("desa memutakhirkan data kesejahteraan sosial secara daring", 268, "desa", 2027),
        [2026, 2027],
        "Pada 2024 baru 97 desa yang memutakhirkan data kesejahteraan sosial setiap semester. Program "
        "Pemutakhiran Data Kesejahteraan Sosial Desa dijalankan Dinas Sosial (Rp 600 juta) bersama Dinas "
        "Pemberdayaan Masyarakat dan Desa (Rp 250 juta), seluruhnya Rp 850 juta, mulai 2026 hingga 2027, "
        "dengan operator desa sebagai ujung tombak. Pada 2027 ditargetkan 268 desa memutakhirkan data "
        "kesejahteraan sosial secara daring.",
    ),
    _l(
        "Pencegahan Stunting Berbasis Data",
        [("Dinas Kesehatan", 700e6), ("Dinas Pengendalian Penduduk dan Keluarga Berencana", 350e6)],
        T("prevalensi stunting", 14, "persen", 2029),
        [2026, 2029],
        "Prevalensi stunting Kabupaten Sendang Wulan tercatat 24,1% pada 2024. Program Pencegahan Stunting "
        "Berbasis Data menghubungkan data posyandu, kunjungan keluarga berisiko dan bantuan gizi dalam satu "
        "dasbor, dengan Tim Percepatan Penurunan Stunting sebagai forum koordinasi. Pelaksananya Dinas "
        "Kesehatan, dengan alokasi Rp 700 juta, dan Dinas Pengendalian Penduduk dan Keluarga Berencana, dengan "
        "alokasi Rp 350 juta; program berjalan mulai 2026 hingga 2029, dan prevalensi stunting ditargetkan "
        "turun menjadi 14% pada 2029.",
        note="a falling target after a baseline; no total written",
    ),
    _l(
        "Pemantauan Emisi dan Limbah Kawasan Industri Selatan",
        [("Dinas Lingkungan Hidup", 500e6), ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 250e6)],
        None,
        [2028, 2030],
        "Program Pemantauan Emisi dan Limbah Kawasan Industri Selatan menghubungkan izin lingkungan, laporan swapantau limbah dan "
        "sensor emisi cerobong perusahaan penyewa lahan dalam satu dasbor. Dinas Lingkungan Hidup (Rp 500 juta) dan Dinas "
        "Penanaman Modal dan Pelayanan Terpadu Satu Pintu (Rp 250 juta) melaksanakannya pada 2028-2030, "
        "seluruhnya Rp 750 juta. Ukuran keberhasilannya akan disepakati bersama pengelola kawasan industri "
        "setelah perusahaan penyewa lahan beroperasi.",
        note="target truly missing",
    ),
]


def programmes() -> list[Prog]:
    return SLIDES + [p for _, _, ps in MATRIX for p in ps] + LINTAS


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Analisis kesiapan struktur, infrastruktur dan suprastruktur menunjukkan bahwa seluruh kantor "
            "perangkat daerah telah terhubung internet, tetapi baru 8 dari 21 kantor kecamatan yang memakai "
            "serat optik. Belanja teknologi informasi pada APBD 2025 sebesar Rp 11,2 miliar, dan 58% desa "
            "telah memiliki operator desa yang terlatih."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN TAHAPAN"))
    b.append(
        pdf.Para(
            "Strategi smart city Kabupaten Sendang Wulan dimulai dengan quick win pada 2026, dilanjutkan program "
            "per dimensi hingga 2030 dan program lintas perangkat daerah yang dibiayai bersama."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM DAN KEGIATAN SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b.append(
        pdf.Para(
            "Quick win berikut disajikan sesuai bahan paparan Tim Pelaksana pada bimbingan teknis tahap IV, satu "
            "halaman untuk setiap quick win."
        )
    )
    b.append(pdf.PageBreak())
    b += _slide_blocks(pdf)
    b.append(pdf.Heading(2, "4.2 Matriks Program Smart City 2026-2030"))
    b.append(
        pdf.Para(
            "Matriks program pada halaman berikut memuat program smart city per dimensi. Kondisi awal adalah "
            "capaian tahun 2025; pagu indikatif adalah kebutuhan dana selama tahun pelaksanaan program."
        )
    )
    b += _matrix_table(pdf)
    b.append(pdf.Heading(2, "4.3 Program Lintas Perangkat Daerah"))
    b.append(
        pdf.Para(
            "Empat program dilaksanakan bersama oleh dua perangkat daerah. Alokasi anggaran setiap perangkat "
            "daerah dicantumkan di belakang namanya."
        )
    )
    for letter, p in zip("ABCD", LINTAS):
        b.append(pdf.Heading(3, f"{letter}. {p.name}"))
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V PEMBIAYAAN"))
    b.append(
        pdf.Para(
            "Kebutuhan pagu indikatif matriks program dihimpun per dimensi sebagai bahan penyusunan KUA-PPAS. "
            "Quick win dan program lintas perangkat daerah dibiayai dari pagu masing-masing perangkat daerah."
        )
    )
    rec = [[roman, dim.title(), num_id(sum(p.budget for p in ps))] for roman, dim, ps in MATRIX]
    rec.append(["", "Jumlah", num_id(sum(p.budget for _, _, ps in MATRIX for p in ps))])
    b.append(
        pdf.Table(
            ["No", "Dimensi", "Pagu Indikatif (Rp)"], rec, caption="Tabel 5.1 Rekapitulasi Pagu Indikatif per Dimensi"
        )
    )
    return b
