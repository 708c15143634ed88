"""Kabupaten Telaga Murni (FICTIONAL): "Indikasi Program" tables per dimension and a separate stage
matrix that alone gives the years (fresh9 set).

Style: a ten-year masterplan (2026-2035) written in the manner of a spatial plan's "indikasi program
utama", as some kabupaten planning teams borrow it. Chapter III states the plan's own mapping of the
stages (Tahap I / jangka pendek = 2026-2027, Tahap II / jangka menengah = 2028-2030, Tahap III /
jangka panjang = 2031-2035).
  (A) chapter IV "Indikasi Program Smart City": one table per dimension, with NO year column. The target
      is split over cells: an indicator, a volume (the value) and a satuan (the unit); the cost in
      billions of rupiah as a decimal ("0,45", "2,1", "0,085": the header says "(Rp Miliar)", "(Rp M)"
      or "(Miliar Rupiah)"; gold budget = the cell x 1.000.000.000). Headers and column order change per
      pair of dimensions:
        governance, branding: No | Program | Indikator Keluaran | Target | Satuan | Biaya (Rp Miliar) |
            Instansi Pelaksana;
        economy, living: No | Instansi Pelaksana | Program | Indikator | Volume Target | Satuan |
            Perkiraan Biaya (Rp M)  (the owner first);
        society, environment: Kode ("SOC-1", "ENV-2") | Program | Perkiraan Biaya (Miliar Rupiah) |
            Target Keluaran (value and unit in one cell, "25 desa") | Indikator | Pelaksana.
      Quick wins carry "(QW)" after the name in the Program cell (a legend under the first table says so;
      gold quick_win, the tag is not part of the name). The targets name no year (gold target year None).
  (B) chapter V "Tahapan Pelaksanaan": a matrix "Dimensi | Tahap I - Jangka Pendek (2026-2027) | Tahap II
      - Jangka Menengah (2028-2030) | Tahap III - Jangka Panjang (2031-2035)" whose cells list the
      programmes by name ("1) <Name>; 2) <Name> (2026 saja)"). It is the ONLY place the years and terms
      are stated: gold horizon = the column's term, year = the column's years unless the item gives its
      own years in parentheses ("(2026 saja)" -> 2026, "(2029-2030)" -> [2029, 2030]).
Owners are full agency names; "Bagian Pengadaan Barang/Jasa Sekretariat Daerah" once; two owners joined
by "dan" once. Four fields are truly missing: a target ("-" in Target and Satuan, indicator "masih
dirumuskan"), a budget ("-*", footnoted: KPBU, value not yet computed), an owner ("Akan ditetapkan
setelah pembentukan UPTD*", footnoted) and a programme's year and horizon (left out of the stage matrix;
a note under it says it is scheduled after the feasibility study).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p33_indikasi_telaga_murni",
    name="Kabupaten Telaga Murni",
    period="2026-2035",
    style="indikasi-program tables per dimension (target split over cells, cost in Rp miliar), stage matrix",
    split="fresh9",
    horizon_map={"pendek": [2026, 2027], "menengah": [2028, 2030], "panjang": [2031, 2035]},
    intro=[
        "Kabupaten Telaga Murni adalah kabupaten agraris di sekitar danau vulkanik dengan 16 kecamatan dan "
        "212 desa. Pertanian hortikultura, perikanan danau dan wisata alam menjadi tumpuan ekonomi, "
        "sementara longsor dan pencemaran danau menjadi ancaman utama.",
        "Masterplan smart city ini disusun untuk sepuluh tahun dalam kerangka Gerakan Menuju 100 Smart City. "
        "Bentuk penyajian programnya mengikuti indikasi program pada dokumen perencanaan ruang: setiap "
        "program dilengkapi indikator, volume, satuan, perkiraan biaya dan instansi pelaksana.",
    ],
)

HM = PLAN["horizon_map"]
T = Target
INFO: dict[str, dict] = {}


def _p(name, opd, ind, value, unit, budget, stage, *, own=None, qw=False, ocell=None, bcell=None, note=""):
    """stage: 'pendek' / 'menengah' / 'panjang' (year = the stage's years) or None (not scheduled);
    own: the item's own years in the stage matrix (int or [a, b])."""
    target = T(ind, value, unit) if value is not None else None
    if stage is None:
        year = None
    elif own is not None:
        year = own
    else:
        year = list(HM[stage])
    kind = "Quick win" if qw else "Program"
    p = Prog(name, "", list(opd), target, year, budget, "miliar_cell", horizon=stage, quick_win=qw, kind=kind)
    p.v, p.note = "indikasi", note
    INFO[name] = dict(ind=ind, own=own, ocell=ocell or " dan ".join(opd), bcell=bcell)
    return p


GOV = [
    _p(
        "Layanan Desa Daring Telaga",
        ["Dinas Pemberdayaan Masyarakat dan Desa"],
        "desa yang melayani surat keterangan secara daring",
        120,
        "desa",
        0.45e9,
        "pendek",
        qw=True,
    ),
    _p(
        "Pusat Data dan Jaringan Intra Pemerintah",
        ["Dinas Komunikasi dan Informatika"],
        "kantor perangkat daerah dan kecamatan yang terhubung jaringan intra",
        58,
        "kantor",
        6.8e9,
        "menengah",
    ),
    _p(
        "Pengadaan Barang dan Jasa Elektronik Terpadu",
        ["Bagian Pengadaan Barang/Jasa Sekretariat Daerah"],
        "paket pengadaan yang diproses melalui katalog elektronik daerah",
        90,
        "persen",
        0.6e9,
        "pendek",
        own=2027,
        note="own years in the stage matrix: '(2027 saja)'",
    ),
    _p(
        "Evaluasi Kinerja Perangkat Daerah Berbasis Dasbor",
        ["Badan Perencanaan Pembangunan Daerah", "Inspektorat Daerah"],
        "perangkat daerah yang dievaluasi melalui dasbor kinerja",
        100,
        "persen",
        1.2e9,
        "menengah",
        note="two owners joined by 'dan'",
    ),
]

BRAND = [
    _p(
        "Promosi Wisata Danau Terpadu",
        ["Dinas Pariwisata, Pemuda dan Olahraga"],
        "kunjungan wisatawan yang tercatat melalui tiket elektronik",
        250000,
        "kunjungan",
        1.75e9,
        "menengah",
    ),
    _p(
        "Penataan Papan Informasi Digital Kawasan Dermaga",
        ["Dinas Perhubungan"],
        "papan informasi digital yang terpasang",
        12,
        "unit",
        0.085e9,
        "pendek",
        own=2026,
        qw=True,
        note="cost 0,085 (Rp miliar) = 85 juta",
    ),
    _p(
        "Sertifikasi dan Label Produk Kopi Telaga",
        ["Dinas Pertanian dan Perkebunan"],
        "produk kopi bersertifikat indikasi geografis dengan label QR",
        40,
        "produk",
        0.9e9,
        "panjang",
        own=[2031, 2033],
    ),
]

ECON = [
    _p(
        "Pasar Tani Daring",
        ["Dinas Pertanian dan Perkebunan"],
        "kelompok tani yang menjual hasil panen melalui pasar daring",
        150,
        "kelompok tani",
        1.1e9,
        "pendek",
        qw=True,
    ),
    _p(
        "Resi Gudang Hortikultura",
        ["Dinas Perdagangan, Koperasi dan UKM"],
        "ton hasil hortikultura yang disimpan dengan resi gudang elektronik",
        3000,
        "ton",
        None,
        "menengah",
        bcell="-*",
        note="budget truly missing: '-*', KPBU footnote",
    ),
    _p(
        "Perikanan Danau Presisi",
        ["Dinas Perikanan"],
        "keramba jaring apung yang dipantau sensor kualitas air",
        400,
        "keramba",
        3.25e9,
        "panjang",
    ),
]

LIVING = [
    _p(
        "Telekonsultasi Puskesmas ke RSUD",
        ["Dinas Kesehatan"],
        "puskesmas yang terhubung telekonsultasi dengan dokter spesialis RSUD",
        22,
        "puskesmas",
        2.1e9,
        "pendek",
        note="RSUD in the indicator, never the owner",
    ),
    _p(
        "Angkutan Perdesaan Terjadwal",
        [],
        "trayek angkutan perdesaan dengan jadwal dan posisi armada daring",
        14,
        "trayek",
        1.4e9,
        "menengah",
        ocell="Akan ditetapkan setelah pembentukan UPTD*",
        note="owner truly missing: to be set after a UPTD is formed",
    ),
    _p(
        "Sistem Informasi Air Minum Perdesaan",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        "sistem penyediaan air minum desa yang melaporkan debit secara daring",
        60,
        "SPAM desa",
        2.4e9,
        "menengah",
        own=[2029, 2030],
    ),
    _p(
        "Rumah Layak Huni Terpetakan",
        ["Dinas Perumahan dan Kawasan Permukiman"],
        "rumah tidak layak huni yang terpetakan secara spasial",
        7500,
        "rumah",
        0.38e9,
        "pendek",
        qw=True,
    ),
]

SOCIETY = [
    _p(
        "Kelas Digital Sekolah Dasar",
        ["Dinas Pendidikan"],
        "sekolah dasar yang memiliki kelas digital",
        85,
        "sekolah",
        4.25e9,
        "menengah",
    ),
    _p(
        "Desa Tangguh Bencana Berbasis Aplikasi",
        ["Badan Penanggulangan Bencana Daerah"],
        "desa rawan longsor yang memiliki tim siaga terhubung aplikasi",
        25,
        "desa",
        0.75e9,
        "pendek",
    ),
    _p(
        "Perpustakaan Desa Digital",
        ["Dinas Perpustakaan dan Kearsipan"],
        "masih dirumuskan bersama Dewan Smart City",
        None,
        None,
        0.66e9,
        "panjang",
        note="target truly missing",
    ),
]

ENV = [
    _p(
        "Pemantauan Kualitas Air Danau",
        ["Dinas Lingkungan Hidup"],
        "titik pantau kualitas air danau yang mengirim data harian",
        18,
        "titik pantau",
        1.35e9,
        "pendek",
    ),
    _p(
        "Peringatan Dini Longsor",
        ["Badan Penanggulangan Bencana Daerah"],
        "sensor pergerakan tanah yang terpasang di lereng rawan",
        30,
        "sensor",
        2.7e9,
        "menengah",
    ),
    _p(
        "Pembangkit Listrik Tenaga Mikrohidro Desa Pintar",
        ["Dinas Energi dan Sumber Daya Mineral"],
        "desa yang memakai listrik mikrohidro dengan meter pintar",
        10,
        "desa",
        12.5e9,
        None,
        note="year and horizon truly missing: not in the stage matrix, a note says why",
    ),
]

DIMS = [
    ("Smart Governance", GOV, "A"),
    ("Smart Branding", BRAND, "A"),
    ("Smart Economy", ECON, "B"),
    ("Smart Living", LIVING, "B"),
    ("Smart Society", SOCIETY, "C"),
    ("Smart Environment", ENV, "C"),
]


def _m(p: Prog) -> str:
    b = INFO[p.name]["bcell"]
    if b is not None:
        return b
    return num_id(p.budget / 1e9, 3)


def _nm(p: Prog) -> str:
    return p.name + (" (QW)" if p.quick_win else "")


def _vol(p: Prog) -> tuple[str, str]:
    if p.target is None:
        return "-", "-"
    return num_id(p.target.value), ("%" if p.target.unit == "persen" else p.target.unit)


def _ind(p: Prog) -> str:
    i = INFO[p.name]["ind"]
    return i[0].upper() + i[1:]


def _table(pdf, k: int, dim: str, ps: list, shape: str) -> list:
    cap = f"Tabel 4.{k} Indikasi Program Dimensi {dim}"
    if shape == "A":
        hdr = ["No", "Program", "Indikator Keluaran", "Target", "Satuan", "Biaya (Rp Miliar)", "Instansi Pelaksana"]
        rows = [[str(i), _nm(p), _ind(p), *_vol(p), _m(p), INFO[p.name]["ocell"]] for i, p in enumerate(ps, 1)]
    elif shape == "B":
        hdr = ["No", "Instansi Pelaksana", "Program", "Indikator", "Volume Target", "Satuan", "Perkiraan Biaya (Rp M)"]
        rows = [[str(i), INFO[p.name]["ocell"], _nm(p), _ind(p), *_vol(p), _m(p)] for i, p in enumerate(ps, 1)]
    else:
        pre = "SOC" if "Society" in dim else "ENV"
        hdr = ["Kode", "Program", "Perkiraan Biaya (Miliar Rupiah)", "Target Keluaran", "Indikator", "Pelaksana"]
        rows = []
        for i, p in enumerate(ps, 1):
            tk = "-" if p.target is None else " ".join(_vol(p))
            rows.append([f"{pre}-{i}", _nm(p), _m(p), tk, _ind(p), INFO[p.name]["ocell"]])
    tot = sum(p.budget or 0 for p in ps)
    if shape == "C":
        rows.append(["", "Jumlah", num_id(tot / 1e9, 3), "", "", ""])
    out = [pdf.Table(hdr, rows, caption=cap)]
    notes = []
    if k == 1:
        notes.append("Keterangan: (QW) = program quick win.")
    if any(INFO[p.name]["bcell"] == "-*" for p in ps):
        notes.append(
            "*) Dibiayai melalui skema Kerja Sama Pemerintah dengan Badan Usaha (KPBU); nilai investasi belum "
            "dihitung dan menunggu kajian pendahuluan."
        )
    if any(not p.opd for p in ps):
        notes.append(
            "*) Instansi pelaksana ditetapkan setelah Unit Pelaksana Teknis Daerah angkutan perdesaan dibentuk "
            "dengan Peraturan Bupati."
        )
    out += [pdf.Para(n) for n in notes]
    return out


def _stage_cell(dim_ps: list, stage: str) -> str:
    items = []
    for p in dim_ps:
        if p.horizon != stage:
            continue
        own = INFO[p.name]["own"]
        s = p.name
        if isinstance(own, int):
            s += f" ({own} saja)"
        elif own:
            s += f" ({own[0]}-{own[1]})"
        items.append(s)
    return "; ".join(f"{i}) {s}" for i, s in enumerate(items, 1)) or "-"


def _stage_matrix(pdf) -> list:
    hdr = [
        "Dimensi",
        f"Tahap I - Jangka Pendek ({HM['pendek'][0]}-{HM['pendek'][1]})",
        f"Tahap II - Jangka Menengah ({HM['menengah'][0]}-{HM['menengah'][1]})",
        f"Tahap III - Jangka Panjang ({HM['panjang'][0]}-{HM['panjang'][1]})",
    ]
    rows = [[dim] + [_stage_cell(ps, s) for s in ("pendek", "menengah", "panjang")] for dim, ps, _ in DIMS]
    return [pdf.Table(hdr, rows, caption="Tabel 5.1 Tahapan Pelaksanaan Program Smart City 2026-2035")]


def programmes() -> list[Prog]:
    return [p for _, ps, _ in DIMS for p in ps]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM"))
    b.append(
        pdf.Para(
            "Sebanyak 37 desa di sekitar danau masuk kawasan rawan longsor. Jaringan seluler 4G menjangkau 81 "
            "persen desa, dan baru sepertiga kantor desa yang memiliki internet tetap. Survei kesiapan 2025 "
            "menilai tata kelola data dan infrastruktur jaringan sebagai titik terlemah."
        )
    )
    b.append(pdf.Heading(1, "BAB III KERANGKA PENTAHAPAN"))
    b.append(
        pdf.Para(
            "Masterplan berlaku sepuluh tahun dan dibagi atas tiga tahap: Tahap I atau jangka pendek (2026-2027), "
            "Tahap II atau jangka menengah (2028-2030) dan Tahap III atau jangka panjang (2031-2035). Program "
            "dipetakan ke dalam tahapan tersebut pada matriks tahapan pelaksanaan di bab V."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV INDIKASI PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Indikasi program disusun per dimensi. Setiap program dilengkapi indikator keluaran, volume target "
            "dan satuannya pada akhir masa pelaksanaan program, perkiraan biaya dalam miliar rupiah serta "
            "instansi pelaksana. Waktu pelaksanaan setiap program ditetapkan dalam matriks tahapan pada bab V."
        )
    )
    for k, (dim, ps, shape) in enumerate(DIMS, start=1):
        if k == 4:  # living, society and environment on a new page
            b.append(pdf.PageBreak())
        b.append(pdf.Heading(2, f"4.{k} Dimensi {dim}"))
        b += _table(pdf, k, dim, ps, shape)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V TAHAPAN PELAKSANAAN"))
    b.append(
        pdf.Para(
            "Matriks berikut menempatkan setiap program pada tahapannya. Program berjalan selama seluruh tahun "
            "tahapan kecuali bila tahun pelaksanaannya dituliskan dalam tanda kurung setelah nama program."
        )
    )
    b += _stage_matrix(pdf)
    b.append(
        pdf.Para(
            "Catatan: Program Pembangkit Listrik Tenaga Mikrohidro Desa Pintar belum dimasukkan ke dalam tahapan "
            "karena jadwalnya baru dapat ditetapkan setelah studi kelayakan debit sungai dan lokasi turbin "
            "selesai."
        )
    )
    b.append(pdf.Heading(1, "BAB VI PENUTUP"))
    b.append(
        pdf.Para(
            "Indikasi program ini menjadi acuan penyusunan RPJMD, Renstra dan Renja perangkat daerah. Program "
            "yang nilai, pelaksana atau jadwalnya belum ditetapkan dilengkapi pada peninjauan masterplan."
        )
    )
    return b
