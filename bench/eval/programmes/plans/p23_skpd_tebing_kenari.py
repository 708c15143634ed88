"""Kabupaten Tebing Kenari (FICTIONAL): a "Rencana Aksi per Perangkat Daerah" chapter (fresh6 set).

Style: chapter IV is organised by agency, not by dimension, as some masterplans hand each OPD its own
action plan: one sub-section per agency whose heading is the agency's full name ("4.3 Dinas
Kesehatan"), some with a lead sentence that names the agency again, each with a table "No | Inisiatif
Strategis | Rencana Aksi | KPI | Timeline | Alokasi Dana" that has NO agency column (gold OPD = the
agency of the sub-section heading). The KPI cell holds the indicator with its baseline and target as
"Persentase ...: dari 20% (2025) menjadi 90%" (the 2025 figure is the baseline, never the target;
the KPI names no target year: gold target year None). The Timeline is written in plan years only,
"Tahun ke-1 s/d ke-3", "Tahun ke-2 s.d. Tahun ke-4", "Tahun ke-1", whose mapping (tahun ke-1 = 2026 ..
tahun ke-5 = 2030) is stated in chapter III and in a small table at the start of chapter IV (gold year
= the mapped years). Money as "Rp. 3,4 M", "Rp2.150 jt", "Rp 480.000.000", "Rp 1,75 Miliar". A last
sub-section "Inisiatif Lintas Perangkat Daerah" holds a table with another column order: "Unit Kerja
Pelaksana | Inisiatif Strategis | KPI | Timeline | Alokasi Dana" (the agency first, two agencies
joined by "bersama"). One KPI falls ("prevalensi stunting: dari 24% menjadi 14%": target 14). Three
initiatives truly lack one field: a budget (Alokasi Dana "Menunggu hasil studi kelayakan"), a target
(KPI "Ditetapkan dalam Renja Tahun ke-2") and an agency (Unit Kerja Pelaksana "Akan ditetapkan dengan
Keputusan Bupati").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p23_skpd_tebing_kenari",
    name="Kabupaten Tebing Kenari",
    period="2026-2030",
    style="rencana aksi per perangkat daerah, plan years (tahun ke-n), baseline-to-target KPI",
    split="fresh6",
    intro=[
        "Kabupaten Tebing Kenari membentang dari pesisir utara hingga perbukitan di selatan. Sawah irigasi, "
        "kebun aren dan perikanan tangkap menjadi sumber penghidupan utama warga, sementara banjir rob di "
        "desa pesisir dan jarak ke fasilitas kesehatan di desa perbukitan menjadi tantangan yang terus "
        "berulang.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk lima "
        "tahun anggaran. Berbeda dengan dokumen sebelumnya, rencana aksi disusun per perangkat daerah agar "
        "setiap perangkat daerah dapat langsung menurunkannya ke dalam Renstra dan Renja masing-masing.",
    ],
)

T = Target
FIRST_YEAR = 2026  # tahun ke-1
BASE: dict[str, str] = {}  # the KPI's baseline as written ("20% (2025)")
ACT: dict[str, str] = {}  # the Rencana Aksi cell
TL: dict[str, tuple] = {}  # timeline in plan years (ke-a, ke-b) and its wording
KPI_LABEL: dict[str, str] = {}  # the indicator as the KPI cell writes it


def ke(n: int) -> int:
    return FIRST_YEAR + n - 1


def _a(name, act, label, target, base, tl, budget, bfmt, opd=(), *, tlv="sd", note=""):
    """One initiative. tl: (a, b) plan years; tlv: how the timeline is written (sd, sdt, one);
    bfmt: M | jt | dots | Miliar | fs (no budget)."""
    a, b = tl
    year = ke(a) if a == b else [ke(a), ke(b)]
    p = Prog(name, "", list(opd), target, year, budget, bfmt, note=note)
    BASE[name] = base
    ACT[name] = act
    TL[name] = (a, b, tlv)
    KPI_LABEL[name] = label
    return p


KOMINFO = "Dinas Komunikasi, Informatika dan Persandian"
DINKES = "Dinas Kesehatan"
DISTAN = "Dinas Pertanian dan Ketahanan Pangan"
DISHUB = "Dinas Perhubungan"
BPBD = "Badan Penanggulangan Bencana Daerah"
DPMPTSP = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"

# (agency, lead sentence or "", [initiatives])
SECTIONS = [
    (
        KOMINFO,
        "{opd} menjadi perangkat daerah pelaksana empat inisiatif strategis berikut, yang menjadi fondasi "
        "infrastruktur digital seluruh perangkat daerah.",
        [
            _a(
                "Pusat Data Kabupaten Terpadu",
                "Membangun ruang server terpusat; memindahkan aplikasi perangkat daerah ke pusat data; menyusun "
                "rencana pemulihan bencana data.",
                "Persentase aplikasi perangkat daerah yang berjalan di pusat data kabupaten",
                T("aplikasi perangkat daerah yang berjalan di pusat data kabupaten", 90, "persen"),
                "20% (2025)",
                (1, 3),
                3.4e9,
                "M",
            ),
            _a(
                "Jaringan Intra Pemerintah Kenari",
                "Menggelar serat optik dari kantor bupati ke kantor kecamatan; memasang perangkat jaringan di "
                "setiap kantor perangkat daerah.",
                "Kantor kecamatan yang terhubung jaringan intra pemerintah",
                T("kantor kecamatan yang terhubung jaringan intra pemerintah", 17, "kecamatan"),
                "4 kecamatan (2025)",
                (1, 2),
                2.15e9,
                "jt",
            ),
            _a(
                "Kanal Aduan Kenari Lapor",
                "Menyatukan kanal aduan pesan singkat, media sosial dan laman kabupaten; menetapkan admin "
                "penghubung di setiap perangkat daerah.",
                "Persentase aduan warga yang ditindaklanjuti dalam 5 hari kerja",
                T("aduan warga yang ditindaklanjuti dalam 5 hari kerja", 90, "persen"),
                "55% (2025)",
                (1, 1),
                480e6,
                "dots",
                tlv="one",
                note="one plan year: gold year = that year",
            ),
            _a(
                "Keamanan Siber Pemerintah Daerah",
                "Membentuk tim tanggap insiden siber; melakukan uji penetrasi aplikasi; melatih pengelola "
                "aplikasi perangkat daerah.",
                "Aplikasi perangkat daerah yang lulus uji keamanan",
                T("aplikasi perangkat daerah yang lulus uji keamanan", 40, "aplikasi"),
                "5 aplikasi (2025)",
                (2, 4),
                1.75e9,
                "Miliar",
                tlv="sdt",
            ),
        ],
    ),
    (
        DINKES,
        "",
        [
            _a(
                "Rekam Medis Elektronik Puskesmas",
                "Memasang aplikasi rekam medis elektronik di puskesmas; menghubungkannya dengan RSUD Tebing "
                "Kenari untuk rujukan; melatih tenaga kesehatan.",
                "Puskesmas yang memakai rekam medis elektronik",
                T("puskesmas yang memakai rekam medis elektronik", 24, "puskesmas"),
                "6 puskesmas (2025)",
                (1, 3),
                2.6e9,
                "M",
                note="puskesmas and RSUD named as places, never the owner",
            ),
            _a(
                "Pemantauan Stunting Berbasis Posyandu",
                "Mencatat penimbangan balita di posyandu melalui aplikasi; memetakan balita berisiko per desa; "
                "mengirim peringatan ke bidan desa.",
                "Prevalensi stunting",
                T("prevalensi stunting", 14, "persen"),
                "24% (2025)",
                (1, 5),
                1.8e9,
                "jt",
                note="a falling KPI: target 14 (baseline 24)",
            ),
            _a(
                "Telemedisin Puskesmas Terpencil",
                "Menyediakan konsultasi video antara dokter puskesmas di desa perbukitan dan dokter spesialis; "
                "memasang perangkat telemedisin dan sambungan satelit.",
                "Puskesmas terpencil yang melayani telekonsultasi",
                T("puskesmas terpencil yang melayani telekonsultasi", 8, "puskesmas"),
                "0 puskesmas (2025)",
                (3, 4),
                None,
                "fs",
                tlv="sdt",
                note="budget truly missing: 'Menunggu hasil studi kelayakan'",
            ),
        ],
    ),
    (
        DISTAN,
        "Inisiatif strategis sektor pertanian dilaksanakan oleh {opd} bersama kelompok tani dan koperasi gula aren.",
        [
            _a(
                "Informasi Harga Gula Aren Harian",
                "Mengumpulkan harga gula aren dari pasar dan pengepul; menyebarkan harga harian melalui pesan "
                "singkat kepada petani.",
                "Petani gula aren yang menerima informasi harga harian",
                T("petani gula aren yang menerima informasi harga harian", 2500, "petani"),
                "0 petani (2025)",
                (1, 1),
                350e6,
                "dots",
                tlv="one",
            ),
            _a(
                "Irigasi Pintar Sawah Kenari",
                "Memasang sensor ketinggian air dan pintu air otomatis pada jaringan irigasi tersier; "
                "menampilkan data di dasbor penyuluh.",
                "Luas sawah yang dipantau sensor irigasi",
                T("luas sawah yang dipantau sensor irigasi", 1200, "hektare"),
                "0 hektare (2025)",
                (2, 5),
                4.8e9,
                "Miliar",
                tlv="sdt",
            ),
            _a(
                "Kartu Tani Digital",
                "Mendata petani dan lahan garapan; menerbitkan kartu tani untuk penebusan pupuk bersubsidi; "
                "menghubungkan kios pupuk dengan aplikasi.",
                "",
                None,
                "",
                (2, 3),
                900e6,
                "jt",
                note="target truly missing: KPI 'Ditetapkan dalam Renja Tahun ke-2'",
            ),
        ],
    ),
    (
        DISHUB,
        "",
        [
            _a(
                "Terminal Tipe C Digital",
                "Menampilkan jadwal keberangkatan angkutan perdesaan di layar terminal dan aplikasi; menerapkan "
                "retribusi terminal nontunai.",
                "Terminal yang menampilkan jadwal keberangkatan secara daring",
                T("terminal yang menampilkan jadwal keberangkatan secara daring", 3, "terminal"),
                "0 terminal (2025)",
                (2, 3),
                1.1e9,
                "Miliar",
            ),
            _a(
                "Penerangan Jalan Umum Cerdas",
                "Mengganti lampu jalan dengan lampu hemat energi; memasang modul pemantauan jarak jauh; "
                "mencatat gangguan lampu melalui aduan warga.",
                "Titik penerangan jalan umum yang dipantau dari jarak jauh",
                T("titik penerangan jalan umum yang dipantau dari jarak jauh", 2000, "titik"),
                "150 titik (2025)",
                (3, 5),
                5.25e9,
                "M",
                tlv="sdt",
            ),
        ],
    ),
    (
        BPBD,
        "{opd} melaksanakan dua inisiatif strategis untuk desa pesisir dan desa rawan bencana.",
        [
            _a(
                "Peringatan Dini Banjir Rob Pesisir",
                "Memasang sensor pasang surut dan sirene di desa pesisir; mengirim peringatan melalui pesan "
                "singkat dan pengeras suara masjid.",
                "Desa pesisir yang memiliki sirene peringatan dini",
                T("desa pesisir yang memiliki sirene peringatan dini", 21, "desa"),
                "3 desa (2025)",
                (1, 3),
                1.95e9,
                "dots",
            ),
            _a(
                "Peta Risiko Bencana Desa",
                "Menyusun peta risiko banjir, rob dan longsor per desa dengan foto udara; menerbitkan peta di "
                "laman kabupaten.",
                "Desa yang memiliki peta risiko bencana digital",
                T("desa yang memiliki peta risiko bencana digital", 60, "desa"),
                "12 desa (2025)",
                (2, 2),
                600e6,
                "jt",
                tlv="one",
            ),
        ],
    ),
    (
        DPMPTSP,
        "",
        [
            _a(
                "Perizinan Berusaha Tanpa Tatap Muka",
                "Membuka layanan konsultasi perizinan melalui video; menerbitkan izin dengan tanda tangan "
                "elektronik; mengirim dokumen izin melalui surel.",
                "Persentase izin yang terbit tanpa tatap muka",
                T("izin yang terbit tanpa tatap muka", 95, "persen"),
                "30% (2025)",
                (1, 2),
                725e6,
                "dots",
            ),
            _a(
                "Mal Pelayanan Publik Kenari",
                "Menata gedung mal pelayanan publik; menghadirkan gerai instansi vertikal, BUMN dan perangkat "
                "daerah; memasang antrean daring.",
                "Jenis layanan yang tersedia di mal pelayanan publik",
                T("jenis layanan yang tersedia di mal pelayanan publik", 120, "layanan"),
                "35 layanan (2025)",
                (2, 3),
                6.5e9,
                "M",
                note="BUMN and instansi vertikal named as tenants, never the owner",
            ),
        ],
    ),
]

for _opd, _, _ps in SECTIONS:  # the agency of a sub-section is the owner of its initiatives
    for _x in _ps:
        _x.opd = [_opd]

# the cross-agency table: the agency first
CROSS = [
    _a(
        "Satu Data Tebing Kenari",
        "",
        "Dataset perangkat daerah yang terbit di portal satu data",
        T("dataset perangkat daerah yang terbit di portal satu data", 450, "dataset"),
        "80 dataset (2025)",
        (1, 3),
        1.3e9,
        "Miliar",
        ["Badan Perencanaan Pembangunan Daerah", KOMINFO],
        note="two agencies joined by 'bersama'",
    ),
    _a(
        "Gerakan Literasi Digital Desa",
        "",
        "Warga desa yang lulus kelas literasi digital",
        T("warga desa yang lulus kelas literasi digital", 8000, "warga"),
        "1.200 warga (2025)",
        (1, 4),
        950e6,
        "dots",
        ["Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Perpustakaan dan Kearsipan"],
        tlv="sdt",
    ),
    _a(
        "Pasar Desa Nontunai",
        "",
        "Persentase pedagang pasar desa yang menerima pembayaran nontunai",
        T("pedagang pasar desa yang menerima pembayaran nontunai", 70, "persen"),
        "10% (2025)",
        (2, 4),
        1.45e9,
        "jt",
        ["Dinas Koperasi, Usaha Kecil, Menengah dan Perdagangan", "Bagian Perekonomian Sekretariat Daerah"],
        note="an agency name holding a comma and 'dan'",
    ),
    _a(
        "Kawasan Wisata Pantai Cerdas",
        "",
        "Kunjungan wisatawan ke kawasan pantai per tahun",
        T("kunjungan wisatawan ke kawasan pantai per tahun", 200000, "kunjungan"),
        "80.000 kunjungan (2025)",
        (3, 5),
        3.2e9,
        "M",
        [],
        tlv="sdt",
        note="OPD truly missing: 'Akan ditetapkan dengan Keputusan Bupati'",
    ),
]


def programmes() -> list[Prog]:
    return [p for _, _, ps in SECTIONS for p in ps] + CROSS


# ------------------------------------------------------------------ values as the plan writes them
def _money(p: Prog) -> str:
    v = p.budget
    if p.bfmt == "fs":
        return "Menunggu hasil studi kelayakan"
    if p.bfmt == "M":
        return f"Rp. {num_id(v / 1e9)} M"
    if p.bfmt == "jt":
        return f"Rp{num_id(v / 1e6)} jt"
    if p.bfmt == "dots":
        return f"Rp {num_id(v)}"
    if p.bfmt == "Miliar":
        return f"Rp {num_id(v / 1e9)} Miliar"
    raise ValueError(p.bfmt)


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _kpi(p: Prog) -> str:
    if p.target is None:
        return "Ditetapkan dalam Renja Tahun ke-2"
    return f"{KPI_LABEL[p.name]}: dari {BASE[p.name]} menjadi {_val(p.target)}"


def _timeline(p: Prog) -> str:
    a, b, v = TL[p.name]
    if v == "one":
        return f"Tahun ke-{a}"
    if v == "sdt":
        return f"Tahun ke-{a} s.d. Tahun ke-{b}"
    return f"Tahun ke-{a} s/d ke-{b}"


def _section(pdf, n: int, opd: str, lead: str, ps: list) -> list:
    b = [pdf.Heading(2, f"4.{n} {opd}")]
    if lead:
        b.append(pdf.Para(lead.format(opd=opd)))
    rows = [[str(i), p.name, ACT[p.name], _kpi(p), _timeline(p), _money(p)] for i, p in enumerate(ps, start=1)]
    hdr = ["No", "Inisiatif Strategis", "Rencana Aksi", "KPI", "Timeline", "Alokasi Dana"]
    b.append(pdf.Table(hdr, rows, caption=f"Tabel 4.{n} Rencana Aksi {opd}"))
    return b


def _cross(pdf, n: int) -> list:
    rows = []
    for p in CROSS:
        owner = " bersama ".join(p.opd) if p.opd else "Akan ditetapkan dengan Keputusan Bupati"
        rows.append([owner, p.name, _kpi(p), _timeline(p), _money(p)])
    hdr = ["Unit Kerja Pelaksana", "Inisiatif Strategis", "KPI", "Timeline", "Alokasi Dana"]
    return [
        pdf.Heading(2, f"4.{n} Inisiatif Lintas Perangkat Daerah"),
        pdf.Para(
            "Inisiatif berikut melibatkan lebih dari satu perangkat daerah atau belum memiliki perangkat daerah "
            "pengampu tetap. Unit kerja yang ditulis pertama bertindak sebagai koordinator."
        ),
        pdf.Table(hdr, rows, caption=f"Tabel 4.{n} Rencana Aksi Lintas Perangkat Daerah"),
    ]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Tebing Kenari terdiri atas tujuh belas kecamatan dan 214 desa, dua puluh satu di "
            "antaranya berada di garis pantai. Jaringan serat optik baru menjangkau empat ibu kota kecamatan. "
            "Sebagian besar perangkat daerah telah memiliki aplikasi sendiri, tetapi aplikasi tersebut berjalan "
            "di server masing-masing dan datanya belum dapat dipertukarkan."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN TAHAPAN PELAKSANAAN"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Tebing Kenari adalah "Tebing Kenari Terhubung, Sejahtera dan Tangguh". '
            "Masterplan dilaksanakan dalam lima tahun anggaran. Dalam dokumen ini waktu pelaksanaan setiap "
            f"inisiatif ditulis dengan tahun pelaksanaan masterplan: tahun ke-1 adalah tahun anggaran {ke(1)}, "
            f"tahun ke-2 adalah {ke(2)}, tahun ke-3 adalah {ke(3)}, tahun ke-4 adalah {ke(4)} dan tahun ke-5 "
            f"adalah {ke(5)}."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA AKSI PER PERANGKAT DAERAH"))
    b.append(pdf.Heading(2, "4.1 Ketentuan Umum"))
    b.append(
        pdf.Para(
            "Rencana aksi disajikan per perangkat daerah. Setiap tabel memuat inisiatif strategis, rencana aksi, "
            "indikator kinerja utama (KPI) dengan kondisi awal dan target akhir, timeline dalam tahun "
            "pelaksanaan masterplan dan alokasi dana indikatif yang bersumber dari APBD kabupaten. Kondisi awal "
            "adalah capaian tahun 2025. Tahun pelaksanaan dipetakan ke tahun anggaran sebagai berikut."
        )
    )
    b.append(
        pdf.Table(
            ["Tahun Pelaksanaan", "Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"],
            [["Tahun Anggaran"] + [str(ke(i)) for i in range(1, 6)]],
            caption="Tabel 4.1 Tahun Pelaksanaan Masterplan",
        )
    )
    n = 1
    for opd, lead, ps in SECTIONS:
        n += 1
        b += _section(pdf, n, opd, lead, ps)
    b += _cross(pdf, n + 1)
    b.append(pdf.Heading(1, "BAB V PENGENDALIAN DAN EVALUASI"))
    b.append(
        pdf.Para(
            "Setiap perangkat daerah melaporkan capaian KPI inisiatifnya kepada Dewan Smart City setiap semester. "
            "Inisiatif yang belum memiliki alokasi dana, KPI atau unit kerja pelaksana dilengkapi pada reviu "
            "masterplan tahun ke-2."
        )
    )
    return b
