"""Kota Puspa Arga (FICTIONAL): short numbered programme paragraphs (fresh4 set).

Style: chapter IV describes each programme in one short numbered paragraph, per dimension. In the
first three dimensions the paragraph starts "(1) <Name>." (numbering restarts per dimension, no
"Program" word before the name); in Smart Living the programme is a small heading "Program ke-12:
<Name>" followed by its paragraph; in Smart Society and Smart Environment the paragraph itself starts
"Program ke-16: <Name>." (numbering runs on through the chapter). The sentences come in varying
orders: the owner as "OPD penanggung jawab adalah ...", "Leading sector-nya adalah ...", "Program ini
dijalankan dengan ... sebagai leading sector-nya", "Program ini ditangani oleh ..." (two agencies
joined by "dan" or "serta"); the target as "Indikator kinerjanya adalah ..., dengan capaian akhir 85%
pada 2028", "Sasaran kuantitatif: 40 kelurahan ... (2027)", "Sasaran kuantitatif: waktu tanggap ...
15 menit (2027)" or "Ditargetkan ... mencapai ... pada akhir 2029"; the years as "Program
dilaksanakan pada 2025-2027", "berjalan sejak 2025 hingga 2027", "dalam kurun 2025-2029", "selama
tahun anggaran 2026" (gold 2026); the money as "perkiraan kebutuhan Rp 2.300.000.000", "Kebutuhan
dana diperkirakan Rp 3,6 miliar", "Anggaran yang disiapkan sebesar Rp 450 juta" or from two sources
with their total ("dana sebesar Rp 1,6 miliar dari APBD dan Rp 400 juta dari CSR (total Rp 2
miliar)": gold budget = the total). Some paragraphs open with a baseline sentence ("Pada 2024 baru
40% ...": never the target) or name a partner (a polytechnic, a BUMD water company, community
groups, puskesmas and RSUD as places): never the owner. One programme states its year only in its
target sentence (gold year = the target's year). Three programmes truly lack one field: an OPD
("masih akan ditetapkan melalui keputusan wali kota"), a budget ("belum dihitung") and a year
("menyesuaikan jadwal ..."; its target names no year).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p19_paragraf_puspa_arga",
    name="Kota Puspa Arga",
    period="2025-2029",
    style="numbered programme paragraphs",
    split="fresh4",
    intro=[
        "Kota Puspa Arga adalah kota perdagangan dan jasa di kaki gunung yang menjadi simpul transit "
        "antarkabupaten. Terminal, stasiun dan pasar induk kota melayani ratusan ribu orang setiap bulan, "
        "sementara permukiman padat di pusat kota terus tumbuh.",
        "Pemerintah kota mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini untuk lima "
        "tahun. Bab IV menguraikan setiap program dalam satu paragraf bernomor yang memuat tujuan, "
        "perangkat daerah, target, waktu pelaksanaan dan kebutuhan dana.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def _p(name, desc, opd, target, year, budget, *, own, tst, yst, bst, order, sources=None, base="", mitra="", j=" dan "):
    """One programme. own: owner phrase (pj, leading, leading2, ditangani, none); tst: target phrase
    (akhir, kuant, kuant_pre, ditargetkan); yst: years (dilaksanakan, sejak, kurun, ta, none, sesuai);
    bst: money (perkiraan, diperkirakan, anggaran, sumber, none); order: the sentences in order (d desc,
    B baseline, m partner, o owner, t target, y years, b money, Y years and money in one sentence);
    sources: [(rupiah, source)] for bst sumber (gold budget = their total)."""
    if sources:
        budget = sum(v for v, _ in sources)
    p = Prog(name, desc, list(opd), target, year, budget, bst)
    INFO[name] = dict(own=own, tst=tst, yst=yst, order=order, sources=sources, base=base, mitra=mitra, j=j)
    return p


DIMENSIONS = [
    (
        "Smart Governance",
        "Program tata kelola diarahkan pada perizinan yang cepat, pengambilan keputusan berbasis data dan "
        "administrasi pemerintahan tanpa kertas.",
        [
            _p(
                "Sistem Perizinan Bangunan Gedung Daring",
                "Permohonan persetujuan bangunan gedung, mulai dari pengajuan berkas, pemeriksaan teknis hingga "
                "pembayaran retribusi, dilayani sepenuhnya melalui aplikasi.",
                ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
                T("persentase persetujuan bangunan gedung yang terbit tepat waktu", 90, "persen", 2027),
                [2025, 2027],
                2.3e9,
                own="pj",
                tst="akhir",
                yst="dilaksanakan",
                bst="perkiraan",
                order="dBoYt",
                base="Pada 2024 baru 40% persetujuan bangunan gedung yang terbit tepat waktu.",
            ),
            _p(
                "Pusat Analitik Data Kota",
                "Data sektoral perangkat daerah diolah menjadi dasbor yang dipakai pimpinan daerah dalam rapat "
                "evaluasi bulanan.",
                ["Dinas Komunikasi dan Informatika"],
                T("dasbor sektoral yang aktif", 25, "dasbor", 2027),
                [2025, 2027],
                None,
                own="leading",
                tst="kuant",
                yst="sejak",
                bst="sumber",
                order="doybt",
                sources=[(1.6e9, "APBD"), (400e6, "CSR")],
            ),
            _p(
                "Pengadaan Barang dan Jasa Elektronik Terpadu",
                "Seluruh paket pengadaan perangkat daerah direncanakan, ditenderkan dan dipantau melalui satu "
                "sistem elektronik sehingga prosesnya dapat diikuti publik.",
                ["Bagian Pengadaan Barang dan Jasa Sekretariat Daerah"],
                T("persentase paket pengadaan yang diproses secara elektronik", 100, "persen", 2026),
                None,
                950e6,
                own="ditangani",
                tst="akhir",
                yst="none",
                bst="perkiraan",
                order="dotb",
            ),
            _p(
                "Kantor Kelurahan Tanpa Kertas",
                "Surat-menyurat, agenda dan arsip kantor kelurahan dikelola secara elektronik, termasuk layanan "
                "surat pengantar bagi warga.",
                [],
                T("kelurahan yang kantornya beroperasi tanpa kertas", 35, "kelurahan", 2028),
                [2026, 2028],
                1.25e9,
                own="none",
                tst="kuant",
                yst="dilaksanakan",
                bst="anggaran",
                order="dtybo",
            ),
        ],
    ),
    (
        "Smart Branding",
        "Program branding mengangkat Puspa Arga sebagai pintu gerbang wisata kaki gunung dan kota "
        "perdagangan yang berakar pada sejarahnya.",
        [
            _p(
                "Paket Wisata Kaki Gunung Terpadu",
                "Desa wisata, jalur pendakian dan pemandian air panas di kaki gunung dipromosikan sebagai satu "
                "paket wisata dengan pemesanan daring.",
                ["Dinas Pariwisata dan Kebudayaan"],
                T("jumlah kunjungan wisatawan nusantara per tahun", 450000, "orang", 2029),
                [2025, 2029],
                3.6e9,
                own="ditangani",
                tst="akhir",
                yst="kurun",
                bst="diperkirakan",
                order="domtyb",
                mitra="Program ini bermitra dengan kelompok sadar wisata dan asosiasi biro perjalanan.",
            ),
            _p(
                "Kampanye Merek Kota Puspa Arga",
                "Logo, slogan dan konten promosi kota disebarkan secara terpadu melalui akun media sosial resmi "
                "dan papan informasi digital di terminal.",
                ["Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah"],
                T("pengikut akun media sosial resmi kota", 120000, "pengikut", 2026),
                2026,
                450e6,
                own="leading2",
                tst="kuant",
                yst="ta",
                bst="anggaran",
                order="dyotb",
            ),
            _p(
                "Penataan Koridor Pecinan Puspa Arga",
                "Koridor perdagangan lama di pusat kota ditata dengan trotoar lebar, penerangan hemat energi, "
                "papan cerita sejarah berkode QR dan ruang bagi pedagang kaki lima.",
                ["Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman"],
                T("panjang koridor yang tertata", 1.2, "km", 2028),
                [2026, 2028],
                None,
                own="pj",
                tst="akhir",
                yst="sejak",
                bst="sumber",
                order="dotyb",
                sources=[(4.5e9, "APBD"), (1.5e9, "Dana Alokasi Khusus")],
                j=" serta ",
            ),
        ],
    ),
    (
        "Smart Economy",
        "Program ekonomi memperkuat rantai pasok hasil pertanian, transaksi nontunai di pasar, usaha rintisan "
        "dan penempatan tenaga kerja.",
        [
            _p(
                "Terminal Agribisnis Digital",
                "Terminal agribisnis di pintu masuk kota dilengkapi sistem pencatatan pasokan, lelang sayur dan "
                "informasi harga yang dapat diakses petani dari telepon genggam.",
                ["Dinas Pertanian dan Ketahanan Pangan"],
                T("petani yang terdaftar sebagai pemasok terminal", 800, "petani", 2027),
                [2025, 2027],
                None,
                own="leading",
                tst="kuant",
                yst="dilaksanakan",
                bst="none",
                order="dotyb",
            ),
            _p(
                "Pasar Tradisional Ramah QRIS",
                "Pedagang pasar tradisional didampingi untuk menerima pembayaran dengan kode QR dan mencatat "
                "penjualan harian secara sederhana.",
                ["Dinas Perdagangan"],
                T("persentase pedagang pasar yang menerima pembayaran QRIS", 75, "persen", 2027),
                [2025, 2027],
                780e6,
                own="ditangani",
                tst="akhir",
                yst="dilaksanakan",
                bst="perkiraan",
                order="dBoYt",
                base="Pada awal 2025 baru 20% pedagang yang menerima pembayaran nontunai.",
            ),
            _p(
                "Akselerasi Usaha Rintisan Kota",
                "Usaha rintisan digital milik anak muda kota memperoleh ruang kerja bersama, pendampingan bisnis "
                "dan temu investor setiap semester.",
                ["Dinas Koperasi dan Usaha Mikro"],
                T("usaha rintisan yang memperoleh pendanaan", 30, "usaha rintisan", 2028),
                [2026, 2028],
                None,
                own="pj",
                tst="kuant",
                yst="kurun",
                bst="sumber",
                order="dmoybt",
                sources=[(1.1e9, "APBD"), (650e6, "CSR perbankan")],
                mitra="Pendampingan dilakukan bersama Politeknik Negeri Puspa Arga.",
            ),
            _p(
                "Bursa Tenaga Kerja Daring Kota",
                "Lowongan kerja dari perusahaan di kawasan industri dan pusat perbelanjaan dihimpun dalam satu "
                "portal yang mempertemukan pencari kerja dengan pemberi kerja.",
                ["Dinas Tenaga Kerja"],
                T("jumlah pencari kerja yang ditempatkan melalui portal", 2500, "orang", 2029),
                [2026, 2029],
                640e6,
                own="pj",
                tst="ditargetkan",
                yst="dilaksanakan",
                bst="diperkirakan",
                order="doybt",
            ),
        ],
    ),
    (
        "Smart Living",
        "Program living mendekatkan layanan kesehatan ke rumah warga, memperbaiki angkutan umum, menjamin "
        "air minum yang aman dan melindungi permukiman padat dari kebakaran.",
        [
            _p(
                "Layanan Home Care Lansia",
                "Tenaga kesehatan dari puskesmas mengunjungi lansia yang sulit bepergian berdasarkan jadwal yang "
                "dipesan keluarga melalui aplikasi, dengan rujukan ke RSUD bila diperlukan.",
                ["Dinas Kesehatan"],
                T("lansia yang terlayani kunjungan rumah", 3000, "lansia", 2028),
                [2025, 2028],
                1.75e9,
                own="ditangani",
                tst="kuant",
                yst="sejak",
                bst="perkiraan",
                order="dotyb",
            ),
            _p(
                "Angkutan Pengumpan Terminal Terintegrasi",
                "Angkutan pengumpan menghubungkan permukiman dengan terminal dan stasiun kota, dengan jadwal, "
                "posisi armada dan pembayaran nontunai dalam satu aplikasi.",
                ["Dinas Perhubungan"],
                T("jumlah koridor angkutan pengumpan yang beroperasi", 8, "koridor", 2028),
                [2026, 2028],
                None,
                own="leading",
                tst="akhir",
                yst="dilaksanakan",
                bst="sumber",
                order="dotyb",
                sources=[(5e9, "APBD"), (2.5e9, "Bantuan Keuangan Provinsi")],
            ),
            _p(
                "Zona Air Minum Prima",
                "Jaringan distribusi air dibagi ke dalam zona yang dipantau tekanan dan kualitas airnya, sehingga "
                "air keran di zona tersebut layak diminum langsung.",
                ["Dinas Perumahan dan Kawasan Permukiman"],
                T("jumlah zona air minum prima", 12, "zona", 2029),
                [2025, 2029],
                8.4e9,
                own="pj",
                tst="akhir",
                yst="kurun",
                bst="anggaran",
                order="dmotyb",
                mitra="Program ini bermitra dengan Perumda Air Minum Tirta Arga sebagai operator jaringan.",
            ),
            _p(
                "Penanganan Kebakaran Permukiman Padat",
                "Hidran kering, alat pemadam ringan dan sensor asap dipasang di gang-gang permukiman padat, dan "
                "laporan kebakaran dari warga langsung diteruskan ke pos pemadam terdekat.",
                ["Dinas Pemadam Kebakaran dan Penyelamatan"],
                T("waktu tanggap kebakaran di permukiman padat", 15, "menit", 2027),
                [2025, 2027],
                2.15e9,
                own="ditangani",
                tst="kuant_pre",
                yst="dilaksanakan",
                bst="perkiraan",
                order="dotY",
            ),
        ],
    ),
    (
        "Smart Society",
        "Program society membuka kesempatan belajar yang setara, menumbuhkan pendamping digital di tingkat "
        "rukun warga dan memastikan bantuan sosial tepat sasaran.",
        [
            _p(
                "Pembelajaran Inklusif Berbantuan Teknologi",
                "Sekolah penyelenggara pendidikan inklusif dilengkapi perangkat bantu belajar, buku digital "
                "bersuara dan guru pendamping yang terlatih.",
                ["Dinas Pendidikan"],
                T("jumlah sekolah inklusif yang memakai perangkat bantu belajar", 60, "sekolah", 2028),
                [2026, 2028],
                1.35e9,
                own="pj",
                tst="akhir",
                yst="sejak",
                bst="diperkirakan",
                order="doybt",
            ),
            _p(
                "Kader Digital RW",
                "Setiap rukun warga memiliki kader yang membantu warga memakai layanan daring pemerintah kota, "
                "dari pendaftaran sekolah hingga pengaduan.",
                ["Dinas Komunikasi dan Informatika"],
                T("kader digital yang aktif", 420, "kader", 2027),
                [2025, 2027],
                600e6,
                own="leading",
                tst="kuant",
                yst="kurun",
                bst="anggaran",
                order="dtoyb",
            ),
            _p(
                "Pemadanan Data Penerima Bantuan Sosial",
                "Data penerima bantuan sosial kota dipadankan dengan data kependudukan dan diperbarui setiap "
                "bulan oleh operator kelurahan.",
                ["Dinas Sosial", "Dinas Kependudukan dan Pencatatan Sipil"],
                T("persentase data penerima bantuan sosial yang padan dengan NIK", 100, "persen", 2026),
                [2025, 2026],
                520e6,
                own="ditangani",
                tst="akhir",
                yst="dilaksanakan",
                bst="perkiraan",
                order="dotY",
            ),
        ],
    ),
    (
        "Smart Environment",
        "Program lingkungan mengurangi sampah yang dibuang ke tempat pemrosesan akhir, menahan air hujan di "
        "kampung dan menekan emisi kendaraan pemerintah.",
        [
            _p(
                "Pengolahan Sampah Pasar Menjadi Kompos",
                "Sampah organik dari pasar kota dicacah dan diolah menjadi kompos di rumah kompos dekat pasar, "
                "lalu dipakai untuk memupuk taman kota.",
                ["Dinas Lingkungan Hidup"],
                T("pasar yang sampah organiknya diolah menjadi kompos", 10, "pasar", None),
                None,
                1.1e9,
                own="pj",
                tst="kuant",
                yst="sesuai",
                bst="diperkirakan",
                order="dotyb",
            ),
            _p(
                "Kampung Hemat Air Hujan",
                "Rumah dan fasilitas umum di kampung padat dilengkapi penampung air hujan dan sumur resapan yang "
                "tinggi muka airnya dipantau dengan sensor.",
                ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                T("jumlah kampung yang menampung dan meresapkan air hujan", 50, "kampung", 2029),
                [2026, 2029],
                None,
                own="ditangani",
                tst="akhir",
                yst="sejak",
                bst="sumber",
                order="doybt",
                sources=[(2e9, "APBD"), (750e6, "CSR")],
            ),
            _p(
                "Kendaraan Dinas Listrik",
                "Kendaraan dinas operasional yang sudah tua diganti bertahap dengan kendaraan listrik, disertai "
                "stasiun pengisian daya di kompleks perkantoran.",
                ["Badan Keuangan dan Aset Daerah"],
                T("persentase kendaraan dinas operasional yang bertenaga listrik", 25, "persen", 2029),
                [2027, 2029],
                6.3e9,
                own="leading",
                tst="ditargetkan",
                yst="dilaksanakan",
                bst="perkiraan",
                order="dotY",
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, _, ps in DIMENSIONS for p in ps]


# ------------------------------------------------------------------ values as the paragraphs write them
def _amount(v: float) -> str:
    return f"Rp {num_id(v / 1e9)} miliar" if v >= 1e9 else f"Rp {num_id(v / 1e6)} juta"


def _val(t: Target) -> str:
    return f"{num_id(t.value)}%" if t.unit == "persen" else f"{num_id(t.value)} {t.unit}"


def _owner(p: Prog) -> str:
    i = INFO[p.name]
    o = i["j"].join(p.opd)
    return {
        "pj": f"OPD penanggung jawab adalah {o}.",
        "leading": f"Leading sector-nya adalah {o}.",
        "leading2": f"Program ini dijalankan dengan {o} sebagai leading sector-nya.",
        "ditangani": f"Program ini ditangani oleh {o}.",
        "none": "OPD penanggung jawab masih akan ditetapkan melalui keputusan wali kota setelah penataan "
        "kelembagaan kelurahan selesai.",
    }[i["own"]]


def _target(p: Prog) -> str:
    t, style = p.target, INFO[p.name]["tst"]
    yr = f" ({t.year})" if t.year else ""
    if style == "akhir":
        return f"Indikator kinerjanya adalah {t.ind}, dengan capaian akhir {_val(t)} pada {t.year}."
    if style == "kuant":
        what = f"{num_id(t.value)} {t.ind}" if t.ind.startswith(t.unit) else f"{_val(t)} {t.ind}"
        return f"Sasaran kuantitatif: {what}{yr}."
    if style == "kuant_pre":
        return f"Sasaran kuantitatif: {t.ind} {_val(t)}{yr}."
    if style == "ditargetkan":
        return f"Ditargetkan {t.ind} mencapai {_val(t)} pada akhir {t.year}."
    raise ValueError(style)


def _years(p: Prog) -> str:
    y, style = p.year, INFO[p.name]["yst"]
    if style == "dilaksanakan":
        return f"Program dilaksanakan pada {y[0]}-{y[1]}."
    if style == "sejak":
        return f"Kegiatannya berjalan sejak {y[0]} hingga {y[1]}."
    if style == "kurun":
        return f"Pelaksanaannya direncanakan dalam kurun {y[0]}-{y[1]}."
    if style == "ta":
        return f"Program dilaksanakan selama tahun anggaran {y}."
    if style == "sesuai":
        return "Waktu pelaksanaan menyesuaikan jadwal revitalisasi pasar oleh pemerintah provinsi."
    if style == "none":
        return ""
    raise ValueError(style)


def _money(p: Prog) -> str:
    i = INFO[p.name]
    if p.bfmt == "perkiraan":
        return f"Perkiraan kebutuhan program ini Rp {num_id(p.budget)}."
    if p.bfmt == "diperkirakan":
        return f"Kebutuhan dana diperkirakan {_amount(p.budget)}."
    if p.bfmt == "anggaran":
        return f"Anggaran yang disiapkan sebesar {_amount(p.budget)}."
    if p.bfmt == "sumber":
        parts = [f"{_amount(v)} dari {s}" for v, s in i["sources"]]
        return f"Program ini memerlukan dana sebesar {' dan '.join(parts)} (total {_amount(p.budget)})."
    if p.bfmt == "none":
        return "Kebutuhan dana belum dihitung karena menunggu hasil studi kelayakan terminal."
    raise ValueError(p.bfmt)


def sentences(p: Prog) -> str:
    i = INFO[p.name]
    out = []
    for k in i["order"]:
        if k == "d":
            out.append(p.desc)
        elif k == "B":
            out.append(i["base"])
        elif k == "m":
            out.append(i["mitra"])
        elif k == "o":
            out.append(_owner(p))
        elif k == "t":
            out.append(_target(p))
        elif k == "y":
            out.append(_years(p))
        elif k == "b":
            out.append(_money(p))
        elif k == "Y":  # years and money in one sentence
            assert p.bfmt == "perkiraan" and INFO[p.name]["yst"] == "dilaksanakan"
            out.append(
                f"Program dilaksanakan pada {p.year[0]}-{p.year[1]} dengan perkiraan kebutuhan Rp {num_id(p.budget)}."
            )
    return " ".join(s for s in out if s)


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAN KESIAPAN KOTA"))
    b.append(
        pdf.Para(
            "Kota Puspa Arga terdiri atas lima kecamatan dan tiga puluh delapan kelurahan. Seluruh kelurahan "
            "telah terjangkau jaringan serat optik, dan pemerintah kota telah memiliki pusat data sederhana serta "
            "peraturan wali kota tentang Sistem Pemerintahan Berbasis Elektronik. Kemacetan di sekitar terminal, "
            "permukiman padat yang rawan kebakaran dan sampah pasar menjadi persoalan yang paling sering diadukan "
            "warga."
        )
    )
    b.append(pdf.Heading(1, "BAB III ARAH KEBIJAKAN SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kota Puspa Arga adalah "Puspa Arga Kota Transit yang Cerdas, Nyaman dan '
            'Berbudaya". Arah kebijakan ditempuh melalui layanan publik yang cepat, ekonomi perdagangan yang '
            "bertumpu pada data, permukiman yang aman dan sehat, serta lingkungan kota yang bersih."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Program smart city Kota Puspa Arga dikelompokkan ke dalam enam dimensi. Setiap program diuraikan "
            "dalam satu paragraf bernomor yang menyebutkan perangkat daerah, target, waktu pelaksanaan dan "
            "kebutuhan dana. Seluruh nilai anggaran bersifat indikatif."
        )
    )
    n = 0
    for j, (dim, intro, ps) in enumerate(DIMENSIONS, start=1):
        b.append(pdf.Heading(2, f"4.{j} Program {dim}"))
        b.append(pdf.Para(intro))
        for i, p in enumerate(ps, start=1):
            n += 1
            if j <= 3:
                b.append(pdf.Para(f"({i}) {p.name}. {sentences(p)}"))
            elif j == 4:
                b.append(pdf.Heading(4, f"Program ke-{n}: {p.name}"))
                b.append(pdf.Para(sentences(p)))
            else:
                b.append(pdf.Para(f"Program ke-{n}: {p.name}. {sentences(p)}"))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Program smart city ini dijabarkan setiap tahun ke dalam RKPD dan Renja perangkat daerah. Program "
            "yang belum memiliki perangkat daerah penanggung jawab, jadwal atau perhitungan kebutuhan dana akan "
            "dilengkapi pada reviu masterplan oleh Tim Pelaksana Smart City."
        )
    )
    return b
