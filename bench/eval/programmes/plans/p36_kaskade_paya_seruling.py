"""Kabupaten Paya Seruling (FICTIONAL): a performance cascade (tujuan - sasaran - program), quick wins
grouped by funding source and a summary table with packed "Keterangan" cells (fresh10 set).

Style: chapter IV "Program Smart City" in three presentations, as a Bappeda that writes its masterplan
in the language of its RPJMD and Renstra often does:
  (A) "4.1 Cascading Kinerja Smart City": one wide table on landscape pages (pdfgen wide table) in the
      shape of a "pohon kinerja" cascade: Kode | Tujuan / Sasaran / Program | Indikator Kinerja | Satuan
      | Target | Periode | Pagu Indikatif (one header cell merged over TWO columns: a narrow "Rp" column
      and the amount, as spreadsheets with accounting format print it) | Perangkat Daerah. Three kinds of
      rows told apart by the code and the first word: "1" / "TUJUAN: ..." with an impact indicator and
      its 2029 value (Indeks SPBE 3,50; pertumbuhan ekonomi 5,6; IPM 72,10), "1.1" / "Sasaran: ..." with an
      outcome indicator, its value and the SUM of its programmes' pagu on the Rp columns, and "1.1.1" /
      "Program <Name>" rows (gold: only these; name without "Program"). Tujuan and sasaran rows carry
      "2025-2029" under Periode and no agency: never programmes, their figures never a programme's
      target or budget. Programme targets: value under Target, unit under Satuan ("%" = persen), no
      year (gold target year None). Periode "2025-2026", "TA 2026", "2025 s.d. 2027", "Tahun Jamak
      2026-2028", "2027-2029". One agency cell holds two agencies joined by "dan"; one owner is the
      Sekretariat DPRD; one is a Bagian of the Sekretariat Daerah.
  (B) "4.2 Quick Win menurut Sumber Pendanaan": a table "No | Quick Win | Keluaran dan Sasaran |
      Penanggung Jawab | Jadwal | Nilai (Rp)" whose rows are grouped under funding-source rows merged
      across the columns ("A. APBD KABUPATEN", "B. DAK NONFISIK", "C. CSR DAN HIBAH PIHAK KETIGA"),
      each group closed by a "Jumlah A" / "Jumlah B" / "Jumlah C" row, the table by "JUMLAH SELURUHNYA".
      Keluaran dan Sasaran: "Keluaran: <deliverable>. Sasaran: <value> <indicator>." (the deliverable
      is never the target; no year). Jadwal as a start month and a duration, "Mei 2025, selama 5 bulan"
      (gold 2025), "mulai November 2025 selama 6 bulan" (gold [2025, 2026]: it ends April 2026). Nilai a
      bare dotted number.
  (C) "4.3 Ringkasan Program Dimensi Smart Society dan Smart Environment": a table "No | Program |
      Keterangan" in which every field is packed into
      the Keterangan cell as labelled parts separated by semicolons, in an order that changes from row
      to row: "PD: ...; Mitra: ...; Target: 25 titik ... (2027); Waktu: 2026-2027; Biaya: Rp 780 jt".
      Mitra (communities, a university, Polsek) are never the owner; "PD: A bersama B" = both owners;
      one owner is "Satuan Polisi Pamong Praja dan Pemadam Kebakaran" (ONE agency whose name holds
      "dan"). Money "Rp 780 jt", "Rp 1,35 M", "Rp 2.400.000.000", "Rp 1,2 M"; the target with its year
      in parentheses (gold target year).
Quick wins are kind "Quick win". Three fields are truly missing: a cascade programme's owner (agency
cell "Akan ditunjuk dengan Keputusan Bupati"), a quick win's value (Nilai "Menunggu penandatanganan
PKS dengan mitra"; left out of the totals, "Jumlah C" "-") and a summary programme's target ("Target: menunggu data
dasar survei literasi digital 2025").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p36_kaskade_paya_seruling",
    name="Kabupaten Paya Seruling",
    period="2025-2029",
    style="performance cascade (tujuan-sasaran-program), quick wins by funding source, packed summary cells",
    split="fresh10",
    intro=[
        "Kabupaten Paya Seruling adalah kabupaten dataran rendah berawa di sepanjang Sungai Seruling dengan "
        "17 kecamatan dan 236 desa. Perikanan darat, padi pasang surut dan perkebunan kelapa menjadi tumpuan "
        "ekonomi, sedangkan banjir musiman dan jarak layanan ke ibu kota kabupaten menjadi tantangan utama.",
        "Masterplan smart city ini disusun selaras dengan RPJMD Kabupaten Paya Seruling 2025-2029. Program "
        "smart city diturunkan dari tujuan dan sasaran RPJMD melalui pohon kinerja, sehingga setiap program "
        "memiliki indikator yang mendukung sasaran daerah.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    m = re.fullmatch(r"(?:Rp )?([\d.,]+)(?: (M|jt))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "jt": 1e6}[unit]


# ------------------------------------------------------------------ (A) cascade
def _c(code, name, opd, ind, value, unit, ucell, year, pcell, budget, *, ocell=None, note=""):
    target = T(ind, value, unit)
    p = Prog(name, "", list(opd), target, year, budget, "dots", v="cascade", note=note)
    INFO[name] = dict(code=code, ind=ind, ucell=ucell, pcell=pcell, ocell=ocell or " dan ".join(opd))
    return p


CASCADE = [
    (
        "1",
        "TUJUAN: Mewujudkan tata kelola pemerintahan yang efektif dan berbasis digital",
        ("Indeks SPBE", "indeks", "3,50"),
        [
            (
                "1.1",
                "Sasaran: Meningkatnya kualitas manajemen birokrasi",
                ("Nilai SAKIP", "nilai", "72"),
                [
                    _c(
                        "1.1.1",
                        "Tata Naskah Dinas Tanpa Kertas",
                        ["Bagian Umum Sekretariat Daerah"],
                        "Persentase naskah dinas yang ditandatangani secara elektronik",
                        100,
                        "persen",
                        "%",
                        [2025, 2026],
                        "2025-2026",
                        650e6,
                    ),
                    _c(
                        "1.1.2",
                        "Manajemen Kepegawaian Terintegrasi",
                        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
                        "Persentase ASN yang datanya dimutakhirkan secara mandiri",
                        95,
                        "persen",
                        "%",
                        [2025, 2027],
                        "2025 s.d. 2027",
                        820e6,
                    ),
                ],
            ),
            (
                "1.2",
                "Sasaran: Meningkatnya keterbukaan informasi dan partisipasi publik",
                ("Indeks Keterbukaan Informasi Publik", "nilai", "85"),
                [
                    _c(
                        "1.2.1",
                        "Portal Keterbukaan Anggaran",
                        ["Badan Pengelolaan Keuangan dan Aset Daerah"],
                        "Persentase dokumen anggaran yang dipublikasikan di portal",
                        100,
                        "persen",
                        "%",
                        2026,
                        "TA 2026",
                        280e6,
                    ),
                    _c(
                        "1.2.2",
                        "Aspirasi Warga Daring DPRD",
                        ["Sekretariat DPRD"],
                        "Jumlah aspirasi warga yang diterima melalui kanal daring",
                        1500,
                        "aspirasi",
                        "aspirasi",
                        [2026, 2027],
                        "2026-2027",
                        375e6,
                        note="the Sekretariat DPRD as owner",
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "TUJUAN: Meningkatkan daya saing ekonomi daerah dan kesejahteraan masyarakat",
        ("Pertumbuhan ekonomi", "%", "5,6"),
        [
            (
                "2.1",
                "Sasaran: Meningkatnya nilai tambah produk perikanan dan pertanian",
                ("Nilai Tukar Petani", "indeks", "112"),
                [
                    _c(
                        "2.1.1",
                        "Sistem Informasi Harga Komoditas",
                        ["Dinas Ketahanan Pangan"],
                        "Jumlah pasar yang melaporkan harga komoditas harian",
                        14,
                        "pasar",
                        "pasar",
                        [2025, 2027],
                        "2025 s.d. 2027",
                        540e6,
                    ),
                    _c(
                        "2.1.2",
                        "Budidaya Ikan Terpantau Sensor",
                        ["Dinas Perikanan"],
                        "Jumlah kolam budidaya yang dipantau sensor kualitas air",
                        300,
                        "kolam",
                        "kolam",
                        [2027, 2029],
                        "2027-2029",
                        1.86e9,
                    ),
                ],
            ),
            (
                "2.2",
                "Sasaran: Meningkatnya kunjungan wisata",
                ("Jumlah kunjungan wisatawan", "orang", "450.000"),
                [
                    _c(
                        "2.2.1",
                        "Pemasaran Paket Wisata Perdesaan",
                        ["Dinas Pariwisata, Pemuda dan Olahraga"],
                        "Jumlah desa wisata yang menjual paket wisata secara daring",
                        20,
                        "desa",
                        "desa",
                        [2026, 2028],
                        "Tahun Jamak 2026-2028",
                        960e6,
                    ),
                    _c(
                        "2.2.2",
                        "Tiket Daring Event Daerah",
                        [],
                        "Jumlah event daerah yang tiketnya dijual secara daring",
                        24,
                        "event",
                        "event",
                        2025,
                        "2025",
                        210e6,
                        ocell="Akan ditunjuk dengan Keputusan Bupati",
                        note="owner truly missing",
                    ),
                ],
            ),
        ],
    ),
    (
        "3",
        "TUJUAN: Meningkatkan kualitas hidup dan pelayanan dasar masyarakat",
        ("Indeks Pembangunan Manusia", "indeks", "72,10"),
        [
            (
                "3.1",
                "Sasaran: Meningkatnya derajat kesehatan masyarakat",
                ("Angka Harapan Hidup", "tahun", "70,5"),
                [
                    _c(
                        "3.1.1",
                        "Pencatatan Ibu Hamil dan Balita Terpadu",
                        ["Dinas Kesehatan"],
                        "Persentase posyandu yang mencatat ibu hamil dan balita secara elektronik",
                        100,
                        "persen",
                        "%",
                        [2025, 2026],
                        "2025-2026",
                        730e6,
                    ),
                    _c(
                        "3.1.2",
                        "Panggilan Darurat Ambulans Desa",
                        ["Dinas Kesehatan", "RSUD Paya Seruling"],
                        "Jumlah desa dengan ambulans desa yang terhubung pusat panggilan darurat",
                        40,
                        "desa",
                        "desa",
                        [2026, 2028],
                        "Tahun Jamak 2026-2028",
                        1.45e9,
                        note="two owners joined by 'dan', the RSUD one of them",
                    ),
                ],
            ),
            (
                "3.2",
                "Sasaran: Meningkatnya akses air minum",
                ("Akses air minum layak", "%", "88"),
                [
                    _c(
                        "3.2.1",
                        "Pemantauan SPAM Perdesaan",
                        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                        "Jumlah SPAM desa yang melaporkan debit air secara daring",
                        45,
                        "SPAM desa",
                        "SPAM desa",
                        [2027, 2029],
                        "2027-2029",
                        1.32e9,
                    ),
                ],
            ),
        ],
    ),
]


def _cascade_table(pdf) -> list:
    hdr = [
        "Kode",
        "Tujuan / Sasaran / Program",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Periode",
        "Pagu Indikatif",
        "",
        "Perangkat Daerah",
    ]
    rows = []
    for code, tujuan, (ti, tu, tv), sasarans in CASCADE:
        rows.append([code, tujuan, ti, tu, tv, "2025-2029", "", "", ""])
        for scode, sasaran, (si, su, sv), ps in sasarans:
            rows.append([scode, sasaran, si, su, sv, "2025-2029", "Rp", num_id(sum(p.budget for p in ps)), ""])
            for p in ps:
                f = INFO[p.name]
                rows.append(
                    [
                        f["code"],
                        f"Program {p.name}",
                        f["ind"],
                        f["ucell"],
                        num_id(p.target.value),
                        f["pcell"],
                        "Rp",
                        num_id(p.budget),
                        f["ocell"],
                    ]
                )
    cap = "Tabel 4.1 Cascading Kinerja Smart City Kabupaten Paya Seruling 2025-2029"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=[((6, 0), (7, 0))], wide=True)]


# ------------------------------------------------------------------ (B) quick wins by funding source
def _q(name, opd, output, target, year, jadwal, budget, ncell, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "dots", quick_win=True, kind="Quick win", v="by-source")
    p.note = note
    if budget is not None:
        assert rupiah(ncell) == budget
    INFO[name] = dict(output=output, jadwal=jadwal, ncell=ncell)
    return p


QW_GROUPS = [
    (
        "A",
        "APBD KABUPATEN",
        [
            _q(
                "Layanan Surat Desa dalam Genggaman",
                "Dinas Pemberdayaan Masyarakat dan Desa",
                "aplikasi layanan surat desa dan pelatihan 100 operator desa",
                T("desa menerbitkan surat keterangan secara daring", 50, "desa"),
                2025,
                "Mei 2025, selama 5 bulan",
                190e6,
                "190.000.000",
            ),
            _q(
                "Pembayaran Pajak Daerah dengan QRIS",
                "Badan Pendapatan Daerah",
                "kode QRIS untuk setiap jenis pajak daerah",
                T("jenis pajak daerah dapat dibayar dengan QRIS", 6, "jenis pajak"),
                2025,
                "Juli 2025, selama 4 bulan",
                135e6,
                "135.000.000",
            ),
            _q(
                "Layanan Adminduk Jemput Bola Kecamatan",
                "Dinas Kependudukan dan Pencatatan Sipil",
                "2 unit mobil layanan keliling dan perangkat perekaman",
                T("kecamatan dilayani perekaman dan cetak dokumen kependudukan keliling", 17, "kecamatan"),
                [2025, 2026],
                "mulai November 2025 selama 6 bulan",
                240e6,
                "240.000.000",
                note="start month + duration: ends April 2026",
            ),
        ],
    ),
    (
        "B",
        "DAK NONFISIK",
        [
            _q(
                "Papan Antrean Digital Puskesmas",
                "Dinas Kesehatan",
                "papan antrean dan pemanggil suara di ruang tunggu",
                T("puskesmas memiliki papan antrean digital", 22, "puskesmas"),
                2025,
                "Agustus 2025, selama 3 bulan",
                310e6,
                "310.000.000",
            ),
            _q(
                "Mobil Baca Digital Desa",
                "Dinas Perpustakaan dan Kearsipan",
                "1 unit mobil perpustakaan dengan 20 tablet dan koleksi buku elektronik",
                T("desa dikunjungi perpustakaan keliling digital setiap bulan", 30, "desa"),
                2025,
                "Juni 2025, selama 6 bulan",
                175e6,
                "175.000.000",
                note="the deliverable counts (1 mobil, 20 tablet) are not the target",
            ),
        ],
    ),
    (
        "C",
        "CSR DAN HIBAH PIHAK KETIGA",
        [
            _q(
                "Wifi Publik Alun-Alun dan Pasar",
                "Dinas Komunikasi dan Informatika",
                "titik akses wifi di alun-alun kabupaten dan pasar kecamatan",
                T("titik wifi publik aktif", 25, "titik"),
                2025,
                "September 2025, selama 2 bulan",
                None,
                "Menunggu penandatanganan PKS dengan mitra",
                note="value truly missing: awaits the cooperation agreement",
            ),
        ],
    ),
]


def _qw_table(pdf) -> list:
    hdr = ["No", "Quick Win", "Keluaran dan Sasaran", "Penanggung Jawab", "Jadwal", "Nilai (Rp)"]
    rows, spans, n, grand = [], [], 0, 0
    for letter, title, ps in QW_GROUPS:
        rows.append([letter, title, "", "", "", ""])
        spans.append(((1, len(rows)), (5, len(rows))))
        sub = 0
        for p in ps:
            n += 1
            f = INFO[p.name]
            t = p.target
            rows.append(
                [
                    str(n),
                    p.name,
                    f"Keluaran: {f['output']}. Sasaran: {num_id(t.value)} {t.ind}.",
                    p.opd[0],
                    f["jadwal"],
                    f["ncell"],
                ]
            )
            sub += p.budget or 0
        rows.append(["", f"Jumlah {letter}", "", "", "", num_id(sub) if sub else "-"])
        spans.append(((1, len(rows)), (4, len(rows))))
        grand += sub
    rows.append(["", "JUMLAH SELURUHNYA", "", "", "", num_id(grand)])
    spans.append(((1, len(rows)), (4, len(rows))))
    cap = "Tabel 4.2 Quick Win Tahun 2025 menurut Sumber Pendanaan"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]


# ------------------------------------------------------------------ (C) packed summary
def _r(name, opd, target, year, budget, parts, *, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "packed", v="packed-cell", note=note)
    cell = "; ".join(parts)
    b = next(x for x in parts if x.startswith("Biaya: "))[len("Biaya: ") :]
    assert rupiah(b) == budget, (b, budget)
    INFO[name] = dict(cell=cell)
    return p


SUMMARY = [
    _r(
        "Pemantauan Kualitas Air Sungai Seruling",
        ["Dinas Lingkungan Hidup"],
        T("titik pantau kualitas air sungai yang mengirim data daring", 25, "titik", 2027),
        [2026, 2027],
        780e6,
        [
            "PD: Dinas Lingkungan Hidup",
            "Mitra: komunitas pecinta sungai dan universitas negeri setempat",
            "Target: 25 titik pantau kualitas air sungai yang mengirim data daring (2027)",
            "Waktu: 2026-2027",
            "Biaya: Rp 780 jt",
        ],
    ),
    _r(
        "Pos Pantau Muka Air Sungai Seruling",
        ["Badan Penanggulangan Bencana Daerah"],
        T("pos pantau muka air yang mengirim peringatan otomatis", 12, "pos pantau", 2027),
        [2025, 2027],
        1.35e9,
        [
            "Waktu: 2025 s.d. 2027",
            "Biaya: Rp 1,35 M",
            "PD: Badan Penanggulangan Bencana Daerah",
            "Target: 12 pos pantau muka air yang mengirim peringatan otomatis (2027)",
            "Mitra: relawan desa tangguh bencana",
        ],
    ),
    _r(
        "Literasi Digital Pelajar Seruling",
        ["Dinas Pendidikan dan Kebudayaan"],
        None,
        [2026, 2029],
        2.4e9,
        [
            "PD: Dinas Pendidikan dan Kebudayaan",
            "Biaya: Rp 2.400.000.000",
            "Waktu: 2026-2029",
            "Target: menunggu data dasar survei literasi digital 2025",
            "Mitra: perguruan tinggi keguruan",
        ],
        note="target truly missing: awaits a baseline survey",
    ),
    _r(
        "Pos Ronda Terhubung CCTV",
        ["Satuan Polisi Pamong Praja dan Pemadam Kebakaran"],
        T("desa dengan pos ronda terhubung CCTV ke ruang kendali", 60, "desa", 2028),
        [2026, 2028],
        960e6,
        [
            "Target: 60 desa dengan pos ronda terhubung CCTV ke ruang kendali (2028)",
            "PD: Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
            "Mitra: Polsek dan linmas desa",
            "Waktu: 2026-2028",
            "Biaya: Rp 960 jt",
        ],
        note="one agency whose name holds 'dan'",
    ),
    _r(
        "Pengolahan Sampah Desa Berbasis Aplikasi",
        ["Dinas Lingkungan Hidup", "Dinas Pemberdayaan Masyarakat dan Desa"],
        T("desa yang mencatat pengolahan sampah melalui aplikasi", 40, "desa", 2029),
        [2027, 2029],
        1.2e9,
        [
            "PD: Dinas Lingkungan Hidup bersama Dinas Pemberdayaan Masyarakat dan Desa",
            "Waktu: 2027-2029",
            "Target: 40 desa yang mencatat pengolahan sampah melalui aplikasi (2029)",
            "Biaya: Rp 1,2 M",
            "Mitra: BUMDes dan kelompok bank sampah",
        ],
        note="two owners joined by 'bersama'",
    ),
]


def _summary_table(pdf) -> list:
    rows = [[str(i), p.name, INFO[p.name]["cell"]] for i, p in enumerate(SUMMARY, 1)]
    cap = "Tabel 4.3 Ringkasan Program Dimensi Smart Society dan Smart Environment"
    return [pdf.Table(["No", "Program", "Keterangan"], rows, caption=cap)]


def programmes() -> list[Prog]:
    cascade = [p for _, _, _, ss in CASCADE for _, _, _, ps in ss for p in ps]
    qw = [p for _, _, ps in QW_GROUPS for p in ps]
    return cascade + qw + SUMMARY


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAERAH"))
    b.append(
        pdf.Para(
            "Pada 2024 indeks SPBE Kabupaten Paya Seruling tercatat 2,38, nilai SAKIP 64,5 dan IPM 69,84. Baru 46% "
            "desa terjangkau jaringan 4G, dan 9 dari 17 kantor kecamatan telah tersambung serat optik. Belanja "
            "teknologi informasi seluruh perangkat daerah pada APBD 2024 sebesar Rp 9,8 miliar."
        )
    )
    b.append(pdf.Heading(1, "BAB III POHON KINERJA SMART CITY"))
    b.append(
        pdf.Para(
            "Pohon kinerja menurunkan tiga tujuan RPJMD yang paling terkait dengan smart city menjadi sasaran dan "
            "program. Indikator tujuan dan sasaran adalah indikator daerah dengan target akhir periode RPJMD "
            "(2029); indikator program adalah ukuran keberhasilan program itu sendiri."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Cascading Kinerja Smart City"))
    b.append(
        pdf.Para(
            "Tabel 4.1 menyajikan tujuan, sasaran dan program smart city dalam satu susunan. Pagu pada baris "
            "sasaran adalah jumlah pagu program di bawahnya."
        )
    )
    b += _cascade_table(pdf)
    b.append(pdf.Heading(2, "4.2 Quick Win menurut Sumber Pendanaan"))
    b.append(
        pdf.Para(
            "Quick win dilaksanakan pada tahun 2025 dan dikelompokkan menurut sumber pendanaannya. Jadwal ditulis "
            "sebagai bulan mulai dan lama pelaksanaan."
        )
    )
    b += _qw_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.3 Ringkasan Program Dimensi Smart Society dan Smart Environment"))
    b.append(
        pdf.Para(
            "Program dimensi masyarakat dan lingkungan telah dibahas rinci dalam dokumen Analisis Strategis; "
            "bagian ini menyajikan ringkasannya. PD = perangkat daerah pengampu."
        )
    )
    b += _summary_table(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Program dalam masterplan ini dijabarkan dalam Renstra dan Renja perangkat daerah. Perangkat daerah, "
            "nilai dan target yang belum ditetapkan dilengkapi pada reviu masterplan tahun 2026."
        )
    )
    return b
