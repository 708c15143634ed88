"""Kabupaten Arga Wiyata (FICTIONAL): lettered element sub-sections, each programme a heading with a
one-row field table (fresh6 set).

Style: a ten-year masterplan (2026-2035) whose chapter III states its own mapping of the terms (jangka
pendek = 2026-2027, jangka menengah = 2028-2030, jangka panjang = 2031-2035). Chapter IV goes through
the 18 elements of the six dimensions as lettered sub-sections running through the chapter ("A. Elemen
Pelayanan Publik" .. "R. Elemen Pengelolaan Energi"); under each, every programme is a small heading
"A.1 <Name>" (some tagged "(Quick Win)": gold quick_win, the tag is not part of the name), a short
description (partners, facilities and places that are never the owner) and a two-row table: a header
row and ONE value row, as consultants' masterplans write their programme sheets, with English loan
words and a header that changes per pair of dimensions:
  governance, branding: Tahapan | Lead Agency | KPI | Timeline | Budget (IDR)
      KPI "Persentase ...: 60% (2026)", Timeline "Q2 2026 - Q4 2026", Budget a bare dotted number;
  economy, living: Perangkat Daerah Pelaksana | Output/Keluaran | Indikator Keberhasilan | Jangka Waktu |
      Perkiraan Kebutuhan | Tahapan; the Output is qualitative (never the target), the indicator
      "Target 2030: 1.500 peternak ...", Jangka Waktu "36 bulan (2028-2030)", money "IDR 2,5 miliar",
      "IDR 750 juta";
  society, environment: Fase | Key Output | KPI | Unit Kerja Pelaksana | Timeline | Budget; KPI "25 desa
      ... (akhir 2027)", Timeline "Q1 2031 - Q4 2035", money "Rp 1.600 juta".
Gold: horizon = the Tahapan / Fase; year = the years of the Timeline / Jangka Waktu (an int where both
ends fall in one year); target year = the year the KPI names. Two agencies in one cell are separated by
"; ". Three programmes truly lack one field, written "TBD" as such sheets do: a target (Indikator
Keberhasilan "TBD"), an agency (Unit Kerja Pelaksana "TBD (ditetapkan Dewan Smart City)") and a budget
(Budget "TBD").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p25_subelemen_arga_wiyata",
    name="Kabupaten Arga Wiyata",
    period="2026-2035",
    style="lettered element sub-sections, programme heading + one-row field table, English loan words",
    split="fresh6",
    horizon_map={"pendek": [2026, 2027], "menengah": [2028, 2030], "panjang": [2031, 2035]},
    intro=[
        "Kabupaten Arga Wiyata terletak di dataran tinggi vulkanik dengan kebun teh, peternakan sapi perah dan "
        "kawah yang menjadi tujuan wisata. Permukiman tersebar di lereng gunung, sehingga ancaman longsor, "
        "jarak ke fasilitas kesehatan dan keterbatasan jaringan internet menjadi persoalan sehari-hari.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan sepuluh tahun "
        "ini bersama tim konsultan dan perguruan tinggi. Setiap program disajikan dalam lembar program "
        "(program sheet) yang ringkas per elemen smart city.",
    ],
)

T = Target
HM = PLAN["horizon_map"]
INFO: dict[str, dict] = {}  # description, output, timeline wording of each programme


def _p(name, desc, opd, target, tl, budget, horizon, *, out="", qw=False, note=""):
    """tl: the timeline as written: ((quarter, year), (quarter, year)) or (year, year) for months."""
    (a, b) = (tl[0][1], tl[1][1]) if isinstance(tl[0], tuple) else tl
    year = a if a == b else [a, b]
    lo, hi = HM[horizon]
    assert lo <= a and b <= hi, name
    p = Prog(name, desc, list(opd), target, year, budget, "", horizon=horizon, quick_win=qw, note=note)
    INFO[name] = dict(tl=tl, out=out)
    return p


# (dimension, table variant, [(element, [programmes])])
PLAN_ELEMENTS = [
    (
        "Smart Governance",
        "v1",
        [
            (
                "Pelayanan Publik",
                [
                    _p(
                        "Layanan Adminduk Daring Desa",
                        "Warga mengajukan kartu keluarga, akta kelahiran dan pindah datang dari kantor desa "
                        "melalui operator desa, tanpa datang ke ibu kota kabupaten.",
                        ["Dinas Kependudukan dan Pencatatan Sipil"],
                        T("dokumen kependudukan yang terbit secara daring", 60, "persen", 2026),
                        ((2, 2026), (4, 2026)),
                        650e6,
                        "pendek",
                        qw=True,
                        note="quick win tag in the heading; timeline within one year: gold year 2026",
                    ),
                ],
            ),
            (
                "Manajemen Birokrasi",
                [
                    _p(
                        "E-Kinerja Aparatur Terpadu",
                        "Rencana kerja, laporan harian dan penilaian kinerja ASN dicatat dalam satu platform "
                        "yang terhubung dengan tunjangan kinerja.",
                        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
                        T("ASN yang melaporkan kinerja melalui e-kinerja", 100, "persen", 2027),
                        ((1, 2026), (4, 2027)),
                        900e6,
                        "pendek",
                    ),
                ],
            ),
            (
                "Kebijakan Publik",
                [
                    _p(
                        "Dasbor Eksekutif Bupati",
                        "Dashboard yang menampilkan capaian indikator RPJMD, realisasi anggaran dan aduan warga "
                        "secara real-time untuk bahan rapat pimpinan.",
                        ["Badan Perencanaan Pembangunan Daerah"],
                        T("indikator RPJMD yang terpantau di dasbor", 150, "indikator", 2029),
                        ((1, 2028), (4, 2029)),
                        1.4e9,
                        "menengah",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Branding",
        "v1",
        [
            (
                "Pariwisata",
                [
                    _p(
                        "Paket Wisata Kawah dan Kebun Teh Daring",
                        "Paket wisata kawah, petik teh dan homestay desa dipasarkan dan dipesan melalui satu "
                        "platform bersama asosiasi pelaku wisata dan pengelola homestay.",
                        ["Dinas Pariwisata, Kepemudaan dan Olahraga"],
                        T("wisatawan yang memesan paket wisata secara daring", 40000, "wisatawan", 2027),
                        ((3, 2026), (4, 2027)),
                        750e6,
                        "pendek",
                        note="an agency name holding a comma",
                    ),
                ],
            ),
            (
                "Bisnis Daerah",
                [
                    _p(
                        "Kurasi Produk Unggulan Arga",
                        "Kurasi, sertifikasi dan desain kemasan produk unggulan daerah seperti teh, susu olahan "
                        "dan kopi, dengan pendampingan dari Politeknik Arga Wiyata.",
                        ["Dinas Perindustrian dan Perdagangan"],
                        T("produk unggulan yang lolos kurasi dan bersertifikat", 80, "produk", 2030),
                        ((1, 2028), (4, 2030)),
                        1.1e9,
                        "menengah",
                        note="a polytechnic as partner, never the owner",
                    ),
                ],
            ),
            (
                "Wajah Kota",
                [
                    _p(
                        "Alun-Alun Cerdas Arga Wiyata",
                        "Penataan alun-alun ibu kota kabupaten dengan wifi publik, papan informasi digital, "
                        "penerangan hemat energi dan kamera pengawas.",
                        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                        T("titik layanan digital yang beroperasi di alun-alun", 12, "titik", 2030),
                        ((1, 2029), (4, 2030)),
                        4.2e9,
                        "menengah",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Economy",
        "v2",
        [
            (
                "Industri",
                [
                    _p(
                        "Sentra Susu Sapi Perah Terdata",
                        "Pencatatan produksi susu harian peternak di pos penampungan koperasi dengan timbangan "
                        "digital dan pembayaran nontunai.",
                        ["Dinas Peternakan dan Kesehatan Hewan"],
                        T("peternak yang tercatat produksi susunya setiap hari", 1500, "peternak", 2030),
                        (2028, 2030),
                        3.3e9,
                        "menengah",
                        out="Timbangan digital di pos penampungan susu; aplikasi pencatatan produksi",
                    ),
                ],
            ),
            (
                "Kesejahteraan Rakyat",
                [
                    _p(
                        "Bantuan Sosial Tepat Sasaran",
                        "Pemutakhiran data penerima bantuan sosial oleh operator desa dengan verifikasi "
                        "lapangan oleh pendamping sosial.",
                        ["Dinas Sosial"],
                        T("desa yang memutakhirkan data penerima bantuan sosial setiap bulan", 100, "persen", 2027),
                        (2026, 2027),
                        500e6,
                        "pendek",
                        out="Data terpadu penerima bantuan sosial yang mutakhir",
                    ),
                ],
            ),
            (
                "Ekosistem Transaksi Keuangan",
                [
                    _p(
                        "Retribusi Wisata Nontunai",
                        "Tiket masuk dan retribusi objek wisata dibayar dengan kode QR dan kartu uang "
                        "elektronik, bekerja sama dengan Bank Arga Wiyata sebagai bank penampung.",
                        ["Badan Pendapatan Daerah"],
                        T("objek wisata yang menerima retribusi nontunai", 12, "objek wisata", 2026),
                        (2026, 2026),
                        300e6,
                        "pendek",
                        out="Gerbang tiket nontunai di objek wisata",
                        qw=True,
                        note="a BUMD bank as partner; 12 bulan (2026): gold year 2026",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Living",
        "v2",
        [
            (
                "Harmonisasi Tata Ruang",
                [
                    _p(
                        "Peta Bangunan Gedung Digital",
                        "Pemetaan bangunan gedung dan persetujuan bangunan gedung dalam satu peta digital yang "
                        "dapat diakses warga dan investor.",
                        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
                        T("bangunan yang terpetakan dalam peta digital", 20000, "bangunan", 2029),
                        (2028, 2029),
                        1.6e9,
                        "menengah",
                        out="Peta digital bangunan gedung dan layanan informasi tata ruang",
                    ),
                ],
            ),
            (
                "Kesehatan",
                [
                    _p(
                        "Ambulans Desa Terhubung",
                        "Ambulans desa dilengkapi pelacak lokasi dan terhubung ke ruang kendali kesehatan yang "
                        "mengatur rujukan ke puskesmas rawat inap dan RSUD Arga Wiyata.",
                        ["Dinas Kesehatan"],
                        T("desa yang terlayani ambulans terhubung ruang kendali", 80, "desa", 2027),
                        (2026, 2027),
                        2.2e9,
                        "pendek",
                        out="Ruang kendali kesehatan dan pelacak lokasi ambulans",
                        qw=True,
                        note="puskesmas and RSUD named as places, never the owner",
                    ),
                    _p(
                        "Rekam Kesehatan Ibu dan Anak Digital",
                        "Buku kesehatan ibu dan anak dipindahkan ke aplikasi yang dipakai bidan desa, posyandu "
                        "dan puskesmas.",
                        ["Dinas Kesehatan"],
                        None,
                        (2026, 2027),
                        800e6,
                        "pendek",
                        out="Aplikasi buku kesehatan ibu dan anak",
                        note="target truly missing: Indikator Keberhasilan 'TBD'",
                    ),
                ],
            ),
            (
                "Transportasi",
                [
                    _p(
                        "Angkutan Wisata Terjadwal",
                        "Angkutan wisata berjadwal dari terminal kabupaten ke kawah, kebun teh dan desa wisata "
                        "dengan informasi kedatangan di aplikasi.",
                        ["Dinas Perhubungan"],
                        T("trayek angkutan wisata terjadwal yang beroperasi", 5, "trayek", 2033),
                        (2031, 2033),
                        5.5e9,
                        "panjang",
                        out="Armada angkutan wisata dan aplikasi jadwal kedatangan",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Society",
        "v3",
        [
            (
                "Komunitas",
                [
                    _p(
                        "Desa Digital Swadaya",
                        "Pendampingan desa dalam mengelola laman desa, data desa dan layanan surat desa secara "
                        "daring bersama relawan TIK.",
                        ["Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Komunikasi dan Informatika"],
                        T("desa yang memiliki laman desa aktif", 120, "desa", 2030),
                        ((1, 2028), (4, 2030)),
                        1.2e9,
                        "menengah",
                        out="Laman desa dan layanan surat desa daring",
                        note="two agencies separated by '; '",
                    ),
                ],
            ),
            (
                "Ekosistem Belajar",
                [
                    _p(
                        "Kelas Digital Sekolah Pegunungan",
                        "Kelas digital dengan perangkat belajar dan sambungan internet satelit bagi sekolah dasar "
                        "dan menengah pertama di desa pegunungan.",
                        ["Dinas Pendidikan dan Kebudayaan"],
                        T("sekolah yang memiliki kelas digital", 90, "sekolah", 2030),
                        ((3, 2028), (4, 2030)),
                        3.6e9,
                        "menengah",
                        out="Kelas digital dan pelatihan guru",
                    ),
                ],
            ),
            (
                "Keamanan",
                [
                    _p(
                        "Siskamling Digital Desa",
                        "Pos siskamling desa dilengkapi tombol darurat dan kamera yang terhubung ke ruang kendali "
                        "kabupaten dan polsek setempat.",
                        [],
                        T("pos siskamling yang terhubung ke ruang kendali", 60, "pos", 2027),
                        ((3, 2026), (4, 2027)),
                        450e6,
                        "pendek",
                        out="Tombol darurat dan kamera di pos siskamling",
                        note="OPD truly missing: 'TBD (ditetapkan Dewan Smart City)'; the polsek is a place",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Environment",
        "v3",
        [
            (
                "Proteksi Lingkungan",
                [
                    _p(
                        "Peringatan Dini Longsor Lereng Arga",
                        "Alat pendeteksi pergerakan tanah dengan sirene dan pesan singkat ke warga di desa rawan "
                        "longsor, dipasang bersama Pusat Studi Bencana Universitas Arga Wiyata.",
                        ["Badan Penanggulangan Bencana Daerah"],
                        T("desa rawan longsor yang memiliki alat peringatan dini", 25, "desa", 2027),
                        ((1, 2026), (4, 2027)),
                        1.85e9,
                        "pendek",
                        out="Alat pendeteksi pergerakan tanah dan sirene",
                        note="a university as partner, never the owner",
                    ),
                    _p(
                        "Pemantauan Mata Air dan Hutan Lindung",
                        "Sensor debit mata air dan pemantauan tutupan hutan lindung dengan citra satelit untuk "
                        "menjaga pasokan air baku.",
                        ["Dinas Lingkungan Hidup"],
                        T("mata air yang terpantau debitnya", 40, "mata air", 2035),
                        ((1, 2031), (4, 2035)),
                        None,
                        "panjang",
                        out="Sensor debit mata air dan dasbor tutupan hutan",
                        note="budget truly missing: Budget 'TBD'",
                    ),
                ],
            ),
            (
                "Pengelolaan Sampah",
                [
                    _p(
                        "TPS3R Desa Terpantau",
                        "Tempat pengolahan sampah reduce-reuse-recycle (TPS3R) desa melaporkan volume sampah "
                        "masuk dan terolah melalui aplikasi.",
                        ["Dinas Lingkungan Hidup"],
                        T("TPS3R yang melaporkan volume sampah secara daring", 30, "TPS3R", 2030),
                        ((1, 2028), (4, 2030)),
                        2.7e9,
                        "menengah",
                        out="Aplikasi pelaporan TPS3R",
                    ),
                ],
            ),
            (
                "Pengelolaan Energi",
                [
                    _p(
                        "Mikrohidro Desa Terpantau",
                        "Pembangkit listrik mikrohidro desa dilengkapi pemantauan produksi listrik jarak jauh "
                        "dan pencatatan iuran pelanggan.",
                        ["Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah"],
                        T("desa yang memakai listrik mikrohidro terpantau", 15, "desa", 2034),
                        ((1, 2031), (4, 2034)),
                        6.8e9,
                        "panjang",
                        out="Pemantauan produksi listrik mikrohidro",
                    ),
                ],
            ),
        ],
    ),
]

TERM = {"pendek": "Jangka Pendek", "menengah": "Jangka Menengah", "panjang": "Jangka Panjang"}


def programmes() -> list[Prog]:
    return [p for _, _, els in PLAN_ELEMENTS for _, ps in els for p in ps]


# ------------------------------------------------------------------ values as the plan writes them
def _quarters(p: Prog) -> str:
    (qa, ya), (qb, yb) = INFO[p.name]["tl"]
    return f"Q{qa} {ya} - Q{qb} {yb}"


def _months(p: Prog) -> str:
    a, b = INFO[p.name]["tl"]
    n = 12 * (b - a + 1)
    return f"{n} bulan ({a})" if a == b else f"{n} bulan ({a}-{b})"


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _ind(t: Target) -> str:
    """The indicator with the unit word not repeated: "80 desa yang ...", "60% dokumen ..."."""
    ind = t.ind
    if t.unit != "persen" and ind.startswith(t.unit + " "):
        ind = ind[len(t.unit) + 1 :]
    return ind


def _row(p: Prog, v: str) -> tuple[list, list]:
    t = p.target
    if v == "v1":
        hdr = ["Tahapan", "Lead Agency", "KPI", "Timeline", "Budget (IDR)"]
        kpi = f"Persentase {t.ind}: {_val(t)} ({t.year})" if t.unit == "persen" else f"{_val(t)} {_ind(t)} ({t.year})"
        return hdr, [TERM[p.horizon], "; ".join(p.opd), kpi, _quarters(p), num_id(p.budget)]
    if v == "v2":
        hdr = [
            "Perangkat Daerah Pelaksana",
            "Output/Keluaran",
            "Indikator Keberhasilan",
            "Jangka Waktu",
            "Perkiraan Kebutuhan",
            "Tahapan",
        ]
        if t is None:
            ind = "TBD"
        elif t.unit == "persen":
            ind = f"Target {t.year}: {_val(t)} {t.ind}"
        else:
            ind = f"Target {t.year}: {_val(t)} {_ind(t)}"
        b = p.budget
        money = f"IDR {num_id(b / 1e9)} miliar" if b >= 1e9 else f"IDR {num_id(b / 1e6)} juta"
        return hdr, ["; ".join(p.opd), INFO[p.name]["out"], ind, _months(p), money, TERM[p.horizon]]
    if v == "v3":
        hdr = ["Fase", "Key Output", "KPI", "Unit Kerja Pelaksana", "Timeline", "Budget"]
        kpi = f"{_val(t)} {_ind(t)} (akhir {t.year})"
        owner = "; ".join(p.opd) if p.opd else "TBD (ditetapkan Dewan Smart City)"
        money = f"Rp {num_id(p.budget / 1e6)} juta" if p.budget is not None else "TBD"
        return hdr, [TERM[p.horizon], INFO[p.name]["out"], kpi, owner, _quarters(p), money]
    raise ValueError(v)


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Arga Wiyata terdiri atas dua belas kecamatan dan 168 desa. Jaringan serat optik baru "
            "menjangkau ibu kota kabupaten dan lima ibu kota kecamatan; desa-desa di lereng gunung mengandalkan "
            "jaringan seluler yang belum stabil. Kesiapan struktur, infrastruktur dan suprastruktur dinilai "
            "sedang, dengan kekuatan pada komunitas desa wisata dan koperasi peternak."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN TAHAPAN"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Arga Wiyata adalah "Arga Wiyata Lestari, Terhubung dan Berdaya Saing". '
            "Masterplan berlaku sepuluh tahun dan dibagi dalam tiga tahapan: jangka pendek mencakup tahun "
            f"{HM['pendek'][0]}-{HM['pendek'][1]}, jangka menengah tahun {HM['menengah'][0]}-{HM['menengah'][1]} "
            f"dan jangka panjang tahun {HM['panjang'][0]}-{HM['panjang'][1]}. Program yang ditandai Quick Win "
            "dilaksanakan pada tahap awal untuk membangun kepercayaan warga."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM PER ELEMEN SMART CITY"))
    b.append(
        pdf.Para(
            "Program disusun menurut delapan belas elemen dari enam dimensi smart city. Setiap program memiliki "
            "lembar program berisi deskripsi singkat dan satu tabel ringkas: tahapan, perangkat daerah "
            "pelaksana (lead agency), output, indikator kinerja utama (KPI), timeline dan kebutuhan anggaran. "
            "Nilai anggaran adalah perkiraan untuk seluruh timeline program. Isian TBD (to be determined) "
            "berarti belum ditetapkan pada saat masterplan disusun."
        )
    )
    letter = 0
    for k, (dim, v, els) in enumerate(PLAN_ELEMENTS, start=1):
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        for el, ps in els:
            ch = chr(ord("A") + letter)
            letter += 1
            b.append(pdf.Heading(3, f"{ch}. Elemen {el}"))
            for j, p in enumerate(ps, start=1):
                b.append(pdf.Heading(4, f"{ch}.{j} {p.name}" + (" (Quick Win)" if p.quick_win else "")))
                b.append(pdf.Para(p.desc))
                hdr, row = _row(p, v)
                b.append(pdf.Table(hdr, [row]))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Lembar program dimutakhirkan setiap tahun oleh Tim Pelaksana Smart City Kabupaten Arga Wiyata. Isian "
            "TBD dilengkapi pada reviu masterplan dan dijabarkan ke dalam RKPD serta Renja perangkat daerah."
        )
    )
    return b
