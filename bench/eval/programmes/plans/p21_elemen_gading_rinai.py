"""Kabupaten Gading Rinai (FICTIONAL): a "Matriks Program per Elemen" (fresh5 set).

Style: chapter IV holds one long matrix "Program | Deskripsi Singkat | Lokasi | Tahun Mulai | Tahun
Selesai | Biaya (Rp) | OPD" in which the 18 elements of the six dimensions (Pelayanan Publik, Manajemen
Birokrasi, ... Pengelolaan Energi) are group rows merged across all seven columns ("1.1 Elemen
Pelayanan Publik (Smart Governance)"), each followed by its programmes (one or two per element). The
matrix runs over several pages with its header repeated. The target is the last sentence of the
Deskripsi Singkat ("Target: 120 desa ... pada 2026."), the cost a bare dotted number under "Biaya (Rp)"
(the header gives the currency), the years two columns (start = end: gold year is that one year), the
OPD column holds full agency names (two joined by "dan" once, an RSUD as owner once); the Lokasi column
names facilities (puskesmas, RSUD, pasar) that are never the owner. A "Jumlah" row closes the matrix. A
short prose paragraph before it and a closing paragraph name no programme. Two programmes truly lack
one field: one's cost ("belum dihitung" in the Biaya column) and one's target (its description states
no target).
"""

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p21_elemen_gading_rinai",
    name="Kabupaten Gading Rinai",
    period="2025-2029",
    style="matriks program per elemen",
    split="fresh5",
    intro=[
        "Kabupaten Gading Rinai adalah kabupaten dataran tinggi yang bertumpu pada pertanian kopi, sayuran dan "
        "rempah. Sebagian besar penduduknya tinggal di desa-desa yang tersebar di lereng perbukitan, sehingga "
        "jarak ke pusat layanan pemerintahan menjadi tantangan utama.",
        "Pemerintah kabupaten mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini sebagai "
        "acuan lima tahun. Program disusun mengikuti delapan belas elemen dari enam dimensi smart city dan "
        "disajikan dalam satu matriks program per elemen.",
    ],
)

T = Target
LOKASI: dict[str, str] = {}


def _p(name, desc, lokasi, opd, target, year, budget, note=""):
    """One matrix row; year = (mulai, selesai), given as an int in the gold when both are the same."""
    y = year[0] if year[0] == year[1] else list(year)
    p = Prog(name, desc, list(opd), target, y, budget, "table", note=note)
    LOKASI[name] = lokasi
    return p


# (dimension, [(element, [programmes])])
MATRIX = [
    (
        "Smart Governance",
        [
            (
                "Pelayanan Publik",
                [
                    _p(
                        "Layanan Adminduk Jemput Bola Desa",
                        "Perekaman KTP-el, penerbitan kartu keluarga dan akta kelahiran dengan mobil layanan "
                        "keliling yang terjadwal melalui aplikasi.",
                        "14 kecamatan",
                        ["Dinas Kependudukan dan Pencatatan Sipil"],
                        T("desa yang terlayani perekaman KTP-el keliling", 120, "desa", 2026),
                        (2025, 2026),
                        1.15e9,
                    ),
                ],
            ),
            (
                "Manajemen Birokrasi",
                [
                    _p(
                        "Tata Naskah Tanpa Kertas Rinai",
                        "Surat masuk, disposisi dan surat keluar seluruh perangkat daerah dikelola dalam satu "
                        "aplikasi dengan tanda tangan elektronik.",
                        "Kompleks Perkantoran Pemkab",
                        ["Bagian Organisasi Sekretariat Daerah"],
                        T("persentase perangkat daerah yang memakai naskah dinas elektronik", 100, "persen", 2025),
                        (2025, 2025),
                        480e6,
                        note="start = end year: gold year is that year",
                    ),
                ],
            ),
            (
                "Kebijakan Publik",
                [
                    _p(
                        "Dasbor Perencanaan Pembangunan Desa",
                        "Usulan musrenbang desa, APBDes dan realisasi pembangunan desa ditampilkan dalam satu "
                        "dasbor untuk penyusunan kebijakan kabupaten.",
                        "Seluruh desa",
                        ["Badan Perencanaan Pembangunan Daerah"],
                        T("desa yang datanya tampil di dasbor perencanaan", 150, "desa", 2028),
                        (2026, 2028),
                        900e6,
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Branding",
        [
            (
                "Pariwisata",
                [
                    _p(
                        "Jelajah Agrowisata Gading Rinai",
                        "Paket wisata kebun kopi, petik sayur dan desa adat dipasarkan melalui laman pemesanan "
                        "daring dan konten promosi digital.",
                        "Kawasan Agrowisata Lereng Rinai",
                        ["Dinas Pariwisata, Pemuda dan Olahraga"],
                        T("wisatawan yang berkunjung per tahun", 300000, "wisatawan", 2029),
                        (2025, 2029),
                        2.75e9,
                    ),
                ],
            ),
            (
                "Ekosistem Bisnis",
                [
                    _p(
                        "Etalase Kopi dan Rempah Dataran Tinggi",
                        "Kurasi produk, sertifikasi mutu dan etalase daring bagi pelaku usaha kopi dan rempah "
                        "untuk menjangkau pembeli di luar daerah.",
                        "Gedung Promosi Produk Daerah",
                        ["Dinas Perindustrian dan Perdagangan"],
                        T("pelaku usaha yang tampil di etalase daring", 250, "pelaku usaha", 2027),
                        (2026, 2027),
                        1.4e9,
                    ),
                ],
            ),
            (
                "Wajah Kota",
                [
                    _p(
                        "Penataan Koridor Ibu Kota Kabupaten",
                        "Penataan trotoar, taman, penerangan dan papan informasi digital di sepanjang koridor "
                        "utama ibu kota kabupaten.",
                        "Jalan Merdeka - Jalan Pasar Baru",
                        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
                        T("kilometer koridor utama yang tertata", 4.5, "kilometer", 2029),
                        (2027, 2029),
                        8.5e9,
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Economy",
        [
            (
                "Industri",
                [
                    _p(
                        "Sentra Pengolahan Hasil Tani Terpadu",
                        "Pembangunan sentra pengeringan, sangrai dan pengemasan hasil tani yang dikelola "
                        "bersama kelompok tani dengan pencatatan produksi digital.",
                        "Kecamatan Rinai Hulu, Kecamatan Gading Timur",
                        ["Dinas Pertanian dan Ketahanan Pangan"],
                        T("sentra pengolahan hasil tani yang beroperasi", 3, "sentra", 2028),
                        (2026, 2028),
                        5.2e9,
                    ),
                ],
            ),
            (
                "Kesejahteraan Rakyat",
                [
                    _p(
                        "Data Terpadu Bantuan Sosial Desa",
                        "Pemutakhiran data penerima bantuan sosial oleh operator desa dengan verifikasi "
                        "lapangan dan publikasi daftar penerima.",
                        "Kantor desa",
                        ["Dinas Sosial"],
                        T("persentase desa yang memutakhirkan data bantuan sosial setiap bulan", 95, "persen", 2026),
                        (2025, 2026),
                        750e6,
                    ),
                ],
            ),
            (
                "Ekosistem Transaksi Keuangan",
                [
                    _p(
                        "Pasar Desa Nontunai",
                        "Pembayaran retribusi dan transaksi pedagang pasar desa dengan kode QR bekerja sama "
                        "dengan bank daerah.",
                        "Pasar Gading, Pasar Rinai, pasar desa",
                        ["Dinas Koperasi, Usaha Kecil dan Menengah"],
                        T("pasar desa yang menerapkan pembayaran nontunai", 20, "pasar desa", 2027),
                        (2025, 2027),
                        600e6,
                        note="OPD name with a comma",
                    ),
                    _p(
                        "Retribusi Daerah Elektronik",
                        "Penetapan, pembayaran dan pelaporan retribusi daerah secara elektronik yang terhubung "
                        "dengan kas daerah.",
                        "Seluruh objek retribusi",
                        ["Badan Pendapatan Daerah"],
                        T("persentase penerimaan retribusi yang dibayar secara elektronik", 85, "persen", 2026),
                        (2025, 2026),
                        1.05e9,
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Society",
        [
            (
                "Komunitas",
                [
                    _p(
                        "Relawan TIK Desa",
                        "Pembentukan dan pelatihan relawan teknologi informasi di desa yang mendampingi warga "
                        "memakai layanan digital pemerintah.",
                        "Seluruh desa",
                        ["Dinas Komunikasi dan Informatika"],
                        T("relawan TIK desa yang aktif", 300, "relawan", 2029),
                        (2025, 2029),
                        350e6,
                    ),
                ],
            ),
            (
                "Ekosistem Belajar",
                [
                    _p(
                        "Sekolah Dataran Tinggi Terhubung",
                        "Sambungan internet satelit dan serat optik serta kelas digital bagi sekolah dasar dan "
                        "menengah pertama di desa terpencil.",
                        "SD dan SMP di desa terpencil",
                        ["Dinas Pendidikan"],
                        T("sekolah yang terhubung internet", 85, "sekolah", 2027),
                        (2025, 2027),
                        3.1e9,
                    ),
                ],
            ),
            (
                "Sistem Keamanan",
                [
                    _p(
                        "Kamera Pemantau Simpang dan Jembatan",
                        "Pemasangan kamera pemantau di simpang jalan, jembatan dan pusat keramaian yang "
                        "terhubung ke ruang kendali kabupaten.",
                        "Simpang utama dan jembatan kabupaten",
                        ["Dinas Perhubungan", "Satuan Polisi Pamong Praja"],
                        T("titik kamera pemantau yang terhubung ke ruang kendali", 60, "titik", 2028),
                        (2026, 2028),
                        2.3e9,
                        note="two owners joined by 'dan'",
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Living",
        [
            (
                "Harmonisasi Tata Ruang Wilayah",
                [
                    _p(
                        "Peta Tata Ruang Digital Desa",
                        "Penyusunan peta penggunaan lahan desa berbasis foto udara yang dapat diakses warga "
                        "dan investor melalui portal peta.",
                        "Desa di kawasan perkotaan dan agropolitan",
                        ["Dinas Perumahan, Kawasan Permukiman dan Pertanahan"],
                        T("desa yang memiliki peta tata ruang digital", 60, "desa", 2027),
                        (2026, 2027),
                        1.8e9,
                    ),
                ],
            ),
            (
                "Kesehatan",
                [
                    _p(
                        "Posyandu Digital Rinai Sehat",
                        "Pencatatan tumbuh kembang balita dan pemantauan ibu hamil di posyandu melalui aplikasi "
                        "yang terhubung dengan puskesmas.",
                        "22 Puskesmas dan posyandu desa",
                        ["Dinas Kesehatan"],
                        T("posyandu yang mencatat secara digital", 420, "posyandu", 2026),
                        (2025, 2026),
                        1.25e9,
                        note="Puskesmas in the Lokasi column is not the owner",
                    ),
                    _p(
                        "Telekonsultasi Puskesmas dan Rumah Sakit",
                        "Konsultasi dokter puskesmas dengan dokter spesialis rumah sakit melalui video untuk "
                        "mengurangi rujukan yang tidak perlu.",
                        "RSUD Gading Rinai dan puskesmas rawat inap",
                        ["RSUD Gading Rinai"],
                        None,
                        (2026, 2027),
                        950e6,
                        note="target truly missing: the description states none; the RSUD is the owner here",
                    ),
                ],
            ),
            (
                "Sarana Transportasi",
                [
                    _p(
                        "Jadwal Pasti Angkot Desa",
                        "Trayek angkutan perdesaan dengan jadwal tetap dan informasi kedatangan melalui "
                        "aplikasi pesan.",
                        "Terminal Gading dan trayek perdesaan",
                        ["Dinas Perhubungan"],
                        T("trayek angkutan perdesaan yang terjadwal", 6, "trayek", 2029),
                        (2027, 2029),
                        3.6e9,
                    ),
                ],
            ),
        ],
    ),
    (
        "Smart Environment",
        [
            (
                "Proteksi Lingkungan",
                [
                    _p(
                        "Pemantauan Longsor dan Banjir Bandang",
                        "Pemasangan alat peringatan dini longsor dan banjir bandang dengan sirene dan pesan "
                        "singkat ke warga di lereng rawan.",
                        "Desa rawan longsor di lereng Rinai",
                        ["Badan Penanggulangan Bencana Daerah"],
                        T("titik alat peringatan dini yang terpasang", 35, "titik", 2027),
                        (2025, 2027),
                        2.05e9,
                    ),
                ],
            ),
            (
                "Pengelolaan Sampah",
                [
                    _p(
                        "Tabungan Sampah Warga Daring",
                        "Pencatatan tabungan sampah warga dan penjualan sampah terpilah melalui aplikasi bank "
                        "sampah yang dikelola kelompok masyarakat.",
                        "Desa dan kelurahan",
                        ["Dinas Lingkungan Hidup"],
                        T("bank sampah desa yang memakai aplikasi", 80, "bank sampah", 2028),
                        (2025, 2028),
                        None,
                        note="budget truly missing: 'belum dihitung' in the Biaya column",
                    ),
                ],
            ),
            (
                "Pengelolaan Energi",
                [
                    _p(
                        "Penerangan Jalan Tenaga Surya Desa",
                        "Pemasangan lampu penerangan jalan tenaga surya dengan pemantauan nyala lampu dari jarak jauh.",
                        "Jalan desa dan jalan poros kecamatan",
                        ["Dinas Perhubungan"],
                        T("titik lampu penerangan jalan tenaga surya", 1200, "titik", 2029),
                        (2026, 2029),
                        4.4e9,
                    ),
                ],
            ),
        ],
    ),
]


def programmes() -> list[Prog]:
    return [p for _, els in MATRIX for _, ps in els for p in ps]


# ------------------------------------------------------------------ values as the plan writes them
def target_text(t: Target) -> str:
    v = num_id(t.value)
    if t.unit == "persen":
        return f"Target: {t.ind} mencapai {v}% pada {t.year}."
    assert t.ind.startswith(t.unit), t.ind
    return f"Target: {v} {t.ind} pada {t.year}."


def _year_cells(p: Prog) -> list[str]:
    if isinstance(p.year, list):
        return [str(p.year[0]), str(p.year[1])]
    return [str(p.year), str(p.year)]


def _biaya(p: Prog) -> str:
    return "belum dihitung" if p.budget is None else num_id(p.budget)


def _matrix(pdf) -> list:
    hdr = ["Program", "Deskripsi Singkat", "Lokasi", "Tahun Mulai", "Tahun Selesai", "Biaya (Rp)", "OPD"]
    rows, spans = [], []
    for i, (dim, els) in enumerate(MATRIX, start=1):
        for j, (el, ps) in enumerate(els, start=1):
            rows.append([f"{i}.{j} Elemen {el} ({dim})", "", "", "", "", "", ""])
            r = len(rows)
            spans.append(((0, r), (6, r)))
            for p in ps:
                desc = p.desc + (" " + target_text(p.target) if p.target else "")
                rows.append([p.name, desc, LOKASI[p.name], *_year_cells(p), _biaya(p), " dan ".join(p.opd)])
    total = sum(p.budget for p in programmes() if p.budget is not None)
    rows.append(["Jumlah", "", "", "", "", num_id(total), ""])
    r = len(rows)
    spans.append(((0, r), (4, r)))
    return [
        pdf.SpanTable(
            hdr, rows, caption="Tabel 4.1 Matriks Program per Elemen Smart City Kabupaten Gading Rinai", spans=spans
        )
    ]


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II ANALISIS KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Kabupaten Gading Rinai terdiri atas empat belas kecamatan dan 186 desa. Jaringan serat optik baru "
            "menjangkau ibu kota kabupaten dan enam ibu kota kecamatan, sedangkan desa-desa di lereng perbukitan "
            "masih mengandalkan jaringan seluler. Ancaman longsor pada musim hujan, jarak ke fasilitas kesehatan "
            "dan nilai tambah hasil pertanian yang rendah menjadi persoalan utama daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI SMART CITY"))
    b.append(
        pdf.Para(
            'Visi smart city Kabupaten Gading Rinai adalah "Gading Rinai Desa Terhubung, Tani Berdaya". Strategi '
            "pembangunan diturunkan ke dalam delapan belas elemen smart city, yaitu tiga elemen untuk setiap "
            "dimensi: tata kelola, branding, ekonomi, masyarakat, lingkungan hidup dan lingkungan alam."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV MATRIKS PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Matriks berikut memuat program smart city per elemen beserta deskripsi singkat, lokasi, tahun mulai "
            "dan selesai, perkiraan biaya dan perangkat daerah (OPD) penanggung jawab. Biaya merupakan perkiraan "
            "kebutuhan seluruh tahun pelaksanaan yang bersumber dari APBD kabupaten."
        )
    )
    b += _matrix(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Matriks program ini dijabarkan setiap tahun ke dalam RKPD dan Renja perangkat daerah. Biaya program "
            "yang belum dihitung akan ditetapkan pada reviu masterplan oleh Dewan Smart City Kabupaten Gading Rinai."
        )
    )
    return b
