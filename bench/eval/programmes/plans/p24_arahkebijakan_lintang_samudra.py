"""Kota Lintang Samudra (FICTIONAL): an "Arah Kebijakan" chapter in long paragraphs and a separate
budget recap (fresh6 set).

Style: (A) quick wins as a roman-numeral list, each one paragraph "i. <Name> (<OPD>, TA 2025): <target>;
biaya ± Rp 450 juta." (the year also "TA 2025-2026"; the target
names no year of its own: gold target year None, year = the TA); (B) per dimension ONE long paragraph "Arah
Kebijakan Smart <Dimension>" in which every programme is introduced inside a sentence of the policy
text ("... diwujudkan melalui Program X, yaitu ...", "Untuk itu, pemerintah kota menjalankan Program
X.", "Selain itu, Program X ...") and its owner, years and target follow in later sentences that
refer back to it with "Program ini", "program tersebut", "-nya" ("Program ini diampu oleh ...",
"Dinas X bertanggung jawab atas program tersebut", "pelaksanaannya dipimpin oleh ..."; two owners
joined by "serta"); the years as "2025 s.d. 2027", "TA 2026", "TA 2026 s.d. TA 2027", "tahun 2027
sampai dengan 2029"; the target always with its baseline, "meningkat dari 35% menjadi 100% pada
2026", "turun dari ... menjadi ...", "dari 120 dataset menjadi 600 dataset" (the baseline is never
the target). The paragraphs give NO money: (C) "Tabel 4.1 Rekapitulasi Perkiraan Kebutuhan Anggaran
Program" at the end of the chapter lists every programme by name with "Perkiraan Kebutuhan (IDR)"
as a bare dotted number and "Sumber Dana", closed by a "Jumlah" row (gold budget = that cell; the
quick wins are not in it). Three programmes truly lack one field: a programme's year ("waktu
pelaksanaannya menunggu penetapan kawasan cagar budaya"; its target names no year), a programme's
owner ("perangkat daerah pengampunya masih dibahas bersama otoritas pelabuhan") and a programme's
budget (recap cell "belum dihitung", source "KPBU").
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p24_arahkebijakan_lintang_samudra",
    name="Kota Lintang Samudra",
    period="2025-2029",
    style="arah kebijakan paragraphs with pronoun references, separate budget recap table, roman quick wins",
    split="fresh6",
    intro=[
        "Kota Lintang Samudra adalah kota pelabuhan di pesisir timur yang tumbuh dari perdagangan antarpulau "
        "dan perikanan tangkap. Kawasan kota lama di sekitar pelabuhan menyimpan bangunan bersejarah, "
        "sementara permukiman nelayan di pesisir dan pulau-pulau kecil di sekitarnya masih sulit dijangkau "
        "layanan publik.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk periode "
        "lima tahun. Program smart city diturunkan dari arah kebijakan setiap dimensi sebagaimana diuraikan "
        "pada Bab IV.",
    ],
)

T = Target
BASE: dict[str, str] = {}  # the baseline as written ("35%", "120 dataset")
TXT: dict[str, str] = {}  # the sentences of a programme, {name}/{target}/{years}/{opd} filled in
SUMBER: dict[str, str] = {}
QW_YEAR_TEXT: dict[str, str] = {}


# ------------------------------------------------------------------ (A) quick wins
def _q(name, opd, target, year, budget, what):
    p = Prog(name, "", [opd], target, year, budget, "pm", quick_win=True, kind="Quick win")
    TXT[name] = what
    return p


QUICK_WINS = [
    _q(
        "Parkir Tepi Jalan Nontunai",
        "Dinas Perhubungan",
        T("titik parkir tepi jalan yang melayani pembayaran nontunai", 150, "titik"),
        2025,
        450e6,
        "150 titik parkir tepi jalan melayani pembayaran nontunai",
    ),
    _q(
        "Wifi Dermaga Rakyat",
        "Dinas Komunikasi, Informatika dan Statistik",
        T("dermaga rakyat yang memiliki wifi publik", 12, "dermaga"),
        2025,
        275e6,
        "12 dermaga rakyat memiliki wifi publik",
    ),
    _q(
        "Pendaftaran Rawat Jalan Daring",
        "RSUD Lintang Samudra",
        T("pasien rawat jalan yang mendaftar secara daring", 70, "persen"),
        [2025, 2026],
        380e6,
        "70% pasien rawat jalan mendaftar secara daring",
    ),
    _q(
        "Info Cuaca Melaut",
        "Dinas Kelautan dan Perikanan",
        T("nelayan yang menerima info cuaca melaut harian", 3000, "nelayan"),
        2025,
        150e6,
        "3.000 nelayan menerima info cuaca melaut harian melalui pesan singkat",
    ),
    _q(
        "Surat Keterangan Kelurahan Daring",
        "Bagian Tata Pemerintahan Sekretariat Daerah",
        T("kelurahan yang melayani surat keterangan secara daring", 45, "kelurahan"),
        2026,
        320e6,
        "45 kelurahan melayani surat keterangan secara daring",
    ),
]


def _qw_item(i: int, p: Prog) -> str:
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii"][i - 1]
    yr = f"TA {p.year[0]}-{p.year[1]}" if isinstance(p.year, list) else f"TA {p.year}"
    return f"{roman}. {p.name} ({p.opd[0]}, {yr}): {TXT[p.name]}; biaya ± Rp {num_id(p.budget / 1e6)} juta."


# ------------------------------------------------------------------ (B) programmes in the policy paragraphs
def _p(name, opd, target, base, year, budget, text, *, sumber="APBD", note=""):
    p = Prog(name, "", list(opd), target, year, budget, "recap", note=note)
    BASE[name] = base
    TXT[name] = text
    SUMBER[name] = sumber
    return p


KOMINFO = "Dinas Komunikasi, Informatika dan Statistik"
DLH = "Dinas Lingkungan Hidup"

# (dimension, opening sentence, [programmes], closing sentence)
POLICY = [
    (
        "Smart Governance",
        "Arah kebijakan tata kelola adalah mewujudkan pemerintahan yang bekerja dengan data bersama, "
        "aparatur yang melayani tanpa berkas kertas dan perencanaan yang terbuka bagi warga.",
        [
            _p(
                "Satu Data Lintang Samudra",
                [KOMINFO],
                T("dataset perangkat daerah yang terbit di portal data kota", 600, "dataset", 2027),
                "120 dataset",
                [2025, 2027],
                1.6e9,
                "Arah kebijakan pertama diwujudkan melalui Program {name}, yaitu penetapan standar data, "
                "wali data di setiap perangkat daerah dan portal data kota. Program ini diampu oleh {opd} dan "
                "dilaksanakan pada {years}. Indikator keberhasilannya adalah jumlah dataset perangkat daerah "
                "yang terbit di portal data kota, yang ditargetkan naik {target}.",
            ),
            _p(
                "Tanda Tangan Elektronik Aparatur",
                ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
                T("ASN yang memiliki sertifikat elektronik", 100, "persen", 2026),
                "35%",
                2026,
                420e6,
                "Untuk menghapus berkas kertas, pemerintah kota menjalankan Program {name}. {opd} bertanggung "
                "jawab atas program tersebut pada {years}. Sasarannya, persentase ASN yang memiliki sertifikat "
                "elektronik meningkat {target}.",
            ),
            _p(
                "Musrenbang Daring Terbuka",
                ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"],
                T("usulan musrenbang kelurahan yang diinput secara daring", 100, "persen", 2029),
                "40%",
                [2026, 2029],
                780e6,
                "Selain itu, Program {name} membuka proses musyawarah perencanaan dari kelurahan hingga kota "
                "dalam satu aplikasi yang dapat dipantau warga; pelaksanaannya dipimpin oleh {opd} pada "
                "{years}. Melalui program ini, usulan musrenbang kelurahan yang diinput secara daring "
                "ditargetkan berubah {target}.",
            ),
        ],
        "Ketiga program tersebut menjadi dasar bagi program pada dimensi lainnya.",
    ),
    (
        "Smart Branding",
        "Arah kebijakan branding adalah menghidupkan kembali citra Lintang Samudra sebagai kota bandar "
        "bersejarah yang ramah wisatawan.",
        [
            _p(
                "Festival Bahari Lintang Digital",
                ["Dinas Pariwisata dan Kebudayaan"],
                T("kunjungan wisatawan selama festival bahari", 60000, "kunjungan", 2029),
                "25.000 kunjungan",
                [2025, 2029],
                2.9e9,
                "Kebijakan ini diwujudkan melalui Program {name}, yang memindahkan pendaftaran peserta, tiket "
                "dan promosi festival perahu layar tahunan ke kanal digital. Program ini diampu oleh {opd} dan "
                "berjalan {years}. Kunjungan wisatawan selama festival bahari ditargetkan naik {target}.",
            ),
            _p(
                "Penataan Kawasan Kota Lama Pelabuhan",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("bangunan cagar budaya di kawasan kota lama yang direvitalisasi", 15, "bangunan", None),
                "3 bangunan",
                None,
                8.5e9,
                "Kebijakan yang sama ditempuh melalui Program {name}, yaitu revitalisasi bangunan cagar budaya, "
                "jalur pejalan kaki dan papan informasi digital di kawasan kota lama. {opd} bertanggung jawab "
                "atas program tersebut, sedangkan waktu pelaksanaannya menunggu penetapan kawasan cagar budaya "
                "oleh pemerintah provinsi. Jumlah bangunan cagar budaya yang direvitalisasi ditargetkan naik "
                "{target}.",
                note="year truly missing: 'menunggu penetapan kawasan cagar budaya'; the target names no year",
            ),
        ],
        "Kedua program dipromosikan bersama asosiasi biro perjalanan dan komunitas sejarah kota.",
    ),
    (
        "Smart Economy",
        "Arah kebijakan ekonomi adalah meningkatkan nilai tambah hasil perikanan, memperluas pasar UMKM dan "
        "memperkuat pendapatan asli daerah melalui transaksi nontunai.",
        [
            _p(
                "Pelabuhan Perikanan Terintegrasi Digital",
                ["Dinas Kelautan dan Perikanan"],
                T("produksi ikan yang tercatat secara elektronik", 85, "persen", 2028),
                "30%",
                [2026, 2028],
                3.75e9,
                "Untuk nilai tambah perikanan, pemerintah kota menjalankan Program {name}, yang mencatat "
                "pendaratan ikan, lelang dan perbekalan kapal secara elektronik di pelabuhan perikanan. "
                "Pengampunya adalah {opd}, dengan jangka waktu pelaksanaan {years}. Sasarannya, produksi ikan "
                "yang tercatat secara elektronik meningkat {target}.",
            ),
            _p(
                "UMKM Naik Kelas Digital",
                ["Dinas Koperasi dan Usaha Mikro"],
                T("UMKM yang berjualan secara daring", 3000, "UMKM", 2027),
                "800 UMKM",
                [2025, 2027],
                1.25e9,
                "Program {name} mendampingi pelaku usaha olahan ikan dan kerajinan kerang agar berjualan di "
                "lokapasar dan toko daring. Program ini dilaksanakan pada {years} oleh {opd}, dan jumlah UMKM "
                "yang berjualan secara daring ditargetkan naik {target}.",
                sumber="APBD, CSR",
            ),
            _p(
                "Pajak Daerah Elektronik",
                ["Badan Pendapatan Daerah"],
                T("penerimaan pajak daerah yang dibayar secara nontunai", 80, "persen", 2027),
                "45%",
                [2026, 2027],
                960e6,
                "Adapun penguatan pendapatan daerah ditempuh melalui Program {name}. Program tersebut "
                "dijalankan {opd} pada {years}; penerimaan pajak daerah yang dibayar secara nontunai "
                "ditargetkan meningkat {target}.",
            ),
        ],
        "",
    ),
    (
        "Smart Living",
        "Arah kebijakan kehidupan kota adalah mendekatkan layanan kesehatan, air minum dan angkutan umum kepada "
        "warga pesisir dan pulau-pulau kecil.",
        [
            _p(
                "Layanan Kesehatan Pulau Terluar",
                ["Dinas Kesehatan"],
                T("pulau berpenghuni yang terlayani telekonsultasi kesehatan", 9, "pulau", 2028),
                "2 pulau",
                [2025, 2028],
                2.4e9,
                "Kebijakan ini diwujudkan pertama-tama melalui Program {name}, yaitu telekonsultasi antara "
                "puskesmas pembantu di pulau dan dokter spesialis RSUD Lintang Samudra serta ambulans laut yang "
                "terhubung ke ruang kendali. Program ini diampu oleh {opd} dan berjalan {years}. Jumlah pulau "
                "berpenghuni yang terlayani telekonsultasi kesehatan ditargetkan naik {target}.",
                note="puskesmas pembantu and the RSUD named as places, never the owner",
            ),
            _p(
                "Meter Air Pintar Rumah Tangga",
                ["Dinas Perumahan dan Kawasan Permukiman"],
                T("sambungan rumah yang memakai meter air pintar", 15000, "sambungan", 2029),
                "0 sambungan",
                [2026, 2029],
                6.2e9,
                "Untuk air minum, pemerintah kota menjalankan Program {name}, yaitu pemasangan meter air pintar "
                "dan pemantauan kebocoran jaringan secara langsung. {opd} bertanggung jawab atas program "
                "tersebut, sedangkan Perumda Air Minum Lintang Samudra menjadi mitra operator. Program "
                "dilaksanakan {years}, dan jumlah sambungan rumah yang memakai meter air pintar ditargetkan "
                "naik {target}.",
                sumber="APBD, Perumda",
                note="a BUMD water company as partner, never the owner",
            ),
            _p(
                "Bus Pengumpan Pelabuhan",
                ["Dinas Perhubungan"],
                T("koridor bus pengumpan yang beroperasi", 4, "koridor", 2029),
                "0 koridor",
                [2027, 2029],
                7.4e9,
                "Terakhir, Program {name} menghubungkan pelabuhan penumpang, terminal dan pusat kota dengan "
                "bus pengumpan berjadwal. Pelaksanaannya dipimpin oleh {opd} pada {years}, dengan sasaran "
                "jumlah koridor bus pengumpan yang beroperasi naik {target}.",
            ),
        ],
        "",
    ),
    (
        "Smart Society",
        "Arah kebijakan kemasyarakatan adalah menyiapkan generasi pesisir yang cakap digital dan lingkungan "
        "kota yang aman.",
        [
            _p(
                "Sekolah Pesisir Terhubung",
                ["Dinas Pendidikan"],
                T("sekolah dasar dan menengah pertama yang terhubung internet", 100, "persen", 2027),
                "60%",
                [2025, 2027],
                2.1e9,
                "Kebijakan tersebut diwujudkan melalui Program {name}, yang menyediakan sambungan internet, "
                "perangkat belajar dan pelatihan guru di sekolah pesisir dan pulau. Program ini diampu oleh "
                "{opd} dan dilaksanakan pada {years}. Persentase sekolah dasar dan menengah pertama yang "
                "terhubung internet ditargetkan meningkat {target}.",
            ),
            _p(
                "Kamera Keamanan Kawasan Pelabuhan",
                [],
                T("titik kamera keamanan di kawasan pelabuhan dan pasar ikan", 80, "titik", 2028),
                "15 titik",
                [2027, 2028],
                1.9e9,
                "Untuk keamanan kota, Program {name} memasang kamera keamanan di kawasan pelabuhan, pasar ikan "
                "dan dermaga rakyat yang terhubung ke ruang kendali kota. Program ini dilaksanakan pada {years}; "
                "perangkat daerah pengampunya masih dibahas bersama otoritas pelabuhan. Jumlah titik kamera "
                "ditargetkan naik {target}.",
                note="OPD truly missing: 'pengampunya masih dibahas bersama otoritas pelabuhan'",
            ),
        ],
        "",
    ),
    (
        "Smart Environment",
        "Arah kebijakan lingkungan adalah mengurangi sampah yang berakhir di laut, menjaga pesisir dari abrasi "
        "dan memulai peralihan ke energi terbarukan.",
        [
            _p(
                "Bank Sampah Digital Pesisir",
                [DLH],
                T("sampah rumah tangga yang terpilah dan tercatat di bank sampah", 30, "persen", 2029),
                "5%",
                [2025, 2029],
                1.15e9,
                "Kebijakan pertama diwujudkan melalui Program {name}, yaitu aplikasi tabungan sampah warga dan "
                "penjemputan sampah terpilah di permukiman pesisir. Program ini diampu oleh {opd} dan berjalan "
                "{years}. Sasarannya, sampah rumah tangga yang terpilah dan tercatat di bank sampah meningkat "
                "{target}.",
            ),
            _p(
                "Pemantauan Mangrove dan Abrasi",
                [DLH, "Badan Penanggulangan Bencana Daerah"],
                T("luas hutan mangrove yang terpantau", 450, "hektare", 2028),
                "120 hektare",
                [2026, 2028],
                1.35e9,
                "Selain itu, Program {name} memantau luas mangrove dan garis pantai dengan foto udara dan citra "
                "satelit. Program tersebut dijalankan bersama oleh {opd} pada {years}, dan luas hutan mangrove "
                "yang terpantau ditargetkan naik {target}.",
                note="two owners joined by 'serta'",
            ),
            _p(
                "Energi Surya Kantor Pemerintah",
                ["Bagian Umum Sekretariat Daerah"],
                T("kapasitas panel surya terpasang di kantor pemerintah kota", 1.5, "MW", 2029),
                "0,1 MW",
                [2028, 2029],
                None,
                "Untuk energi, Program {name} memasang panel surya atap di kantor-kantor pemerintah kota. "
                "Pelaksanaannya dipimpin oleh {opd} pada {years}, dengan sasaran kapasitas panel surya terpasang "
                "naik {target}.",
                sumber="KPBU",
                note="budget truly missing: recap cell 'belum dihitung'",
            ),
        ],
        "Seluruh program lingkungan dilaporkan dalam laporan status lingkungan hidup kota setiap tahun.",
    ),
]

YEARS_V = {  # how each programme's years are written
    "Satu Data Lintang Samudra": "sd",
    "Tanda Tangan Elektronik Aparatur": "ta",
    "Musrenbang Daring Terbuka": "ta_sd",
    "Festival Bahari Lintang Digital": "sd",
    "Pelabuhan Perikanan Terintegrasi Digital": "ssd",
    "UMKM Naik Kelas Digital": "sd",
    "Pajak Daerah Elektronik": "ta_sd_ta",
    "Layanan Kesehatan Pulau Terluar": "sd",
    "Meter Air Pintar Rumah Tangga": "ssd",
    "Bus Pengumpan Pelabuhan": "ssd",
    "Sekolah Pesisir Terhubung": "sd",
    "Kamera Keamanan Kawasan Pelabuhan": "ta_sd",
    "Bank Sampah Digital Pesisir": "sd",
    "Pemantauan Mangrove dan Abrasi": "sd",
    "Energi Surya Kantor Pemerintah": "ssd",
}


def programmes() -> list[Prog]:
    return QUICK_WINS + [p for _, _, ps, _ in POLICY for p in ps]


# ------------------------------------------------------------------ values as the plan writes them
def _val(v: float, unit: str) -> str:
    return f"{num_id(v)}%" if unit == "persen" else f"{num_id(v)} {unit}"


def _target(p: Prog) -> str:
    t = p.target
    s = f"dari {BASE[p.name]} menjadi {_val(t.value, t.unit)}"
    return s + (f" pada {t.year}" if t.year else "")


def _years(p: Prog) -> str:
    if p.year is None:
        return ""
    v = YEARS_V[p.name]
    if v == "ta":
        return f"TA {p.year}"
    a, b = p.year
    return {
        "sd": f"{a} s.d. {b}",
        "ta_sd": f"TA {a} s.d. {b}",
        "ta_sd_ta": f"TA {a} s.d. TA {b}",
        "ssd": f"tahun {a} sampai dengan {b}",
    }[v]


def _para(p: Prog) -> str:
    return TXT[p.name].format(name=p.name, opd=" serta ".join(p.opd), years=_years(p), target=_target(p))


def _recap(pdf) -> list:
    rows, n = [], 0
    for dim, _, ps, _ in POLICY:
        for p in ps:
            n += 1
            cell = num_id(p.budget) if p.budget is not None else "belum dihitung"
            rows.append([str(n), p.name, dim, cell, SUMBER[p.name]])
    total = sum(p.budget for _, _, ps, _ in POLICY for p in ps if p.budget is not None)
    rows.append(["", "Jumlah", "", num_id(total), ""])
    return [
        pdf.Heading(2, "4.8 Rekapitulasi Kebutuhan Anggaran"),
        pdf.Para(
            "Perkiraan kebutuhan anggaran program pada subbab 4.2 sampai 4.7 untuk seluruh periode masterplan "
            "direkapitulasi dalam tabel berikut. Nilai merupakan perkiraan dan akan dimutakhirkan setiap tahun "
            "dalam RKPD. Program yang dibiayai melalui skema kerja sama badan usaha belum dihitung kebutuhannya."
        ),
        pdf.SpanTable(
            ["No", "Program", "Dimensi", "Perkiraan Kebutuhan (IDR)", "Sumber Dana"],
            rows,
            caption="Tabel 4.1 Rekapitulasi Perkiraan Kebutuhan Anggaran Program Smart City",
            spans=[((1, len(rows)), (2, len(rows)))],
        ),
    ]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KONDISI KOTA"))
    b.append(
        pdf.Para(
            "Kota Lintang Samudra terdiri atas lima kecamatan dan empat puluh lima kelurahan, termasuk sembilan "
            "pulau berpenghuni. Jaringan serat optik telah menjangkau seluruh kecamatan di daratan, sedangkan "
            "pulau-pulau kecil mengandalkan jaringan seluler dan satelit. Abrasi pantai, sampah laut dan kemacetan "
            "di sekitar pelabuhan menjadi persoalan yang paling sering dikeluhkan warga."
        )
    )
    b.append(pdf.Heading(1, "BAB III VISI DAN STRATEGI"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Lintang Samudra adalah "Lintang Samudra Bandar Cerdas yang Terbuka dan '
            'Lestari". Visi tersebut dijabarkan ke dalam arah kebijakan pada enam dimensi smart city. Setiap '
            "arah kebijakan diwujudkan melalui program yang dilaksanakan oleh perangkat daerah, didahului oleh "
            "quick win pada tahun pertama dan kedua."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV ARAH KEBIJAKAN DAN PROGRAM"))
    b.append(pdf.Heading(2, "4.1 Quick Win"))
    b.append(
        pdf.Para(
            "Quick win adalah kegiatan berbiaya kecil yang manfaatnya langsung dirasakan warga. Untuk setiap "
            "quick win berikut dicantumkan perangkat daerah pelaksana dan tahun anggarannya, sasaran yang ingin "
            "dicapai dan perkiraan biayanya."
        )
    )
    for i, p in enumerate(QUICK_WINS, start=1):
        b.append(pdf.Para(_qw_item(i, p)))
    for k, (dim, opening, ps, closing) in enumerate(POLICY, start=2):
        b.append(pdf.Heading(2, f"4.{k} Arah Kebijakan {dim}"))
        text = " ".join([opening] + [_para(p) for p in ps] + ([closing] if closing else []))
        b.append(pdf.Para(text))
    b += _recap(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Arah kebijakan dan program dalam masterplan ini dijabarkan setiap tahun ke dalam RKPD dan Renja "
            "perangkat daerah. Program yang belum memiliki jadwal, perangkat daerah pengampu atau perkiraan "
            "kebutuhan anggaran dilengkapi pada reviu masterplan oleh Dewan Smart City Kota Lintang Samudra."
        )
    )
    return b
