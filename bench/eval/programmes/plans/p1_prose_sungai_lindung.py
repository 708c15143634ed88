"""Kabupaten Sungai Lindung (FICTIONAL): every programme is one prose paragraph.

Style: prose. The usual shape ("Program X menerapkan ... Target: ... pada tahun 2026. Penanggung
jawab: Dinas ... . Anggaran: Rp 4,2 miliar untuk periode 2024-2026.") and its variants: fields in
another order or in separate sentences, the owner as "dilaksanakan oleh", "OPD pengampu:",
"leading sector", the owner first, two owners joined by "dan", and facilities (Puskesmas, RSUD,
Mal Pelayanan Publik) named as places that are not the owner. Every programme states every field.
"""

from .common import Prog, Target, money, opd_text, target_phrase, years_text

PLAN = dict(
    slug="p1_sungai_lindung",
    name="Kabupaten Sungai Lindung",
    period="2024-2028",
    style="prose",
    intro=[
        "Kabupaten Sungai Lindung terletak di dataran rendah yang dialiri tiga sungai besar. Sebagian besar "
        "penduduknya bekerja di sektor perkebunan, perikanan darat dan perdagangan. Pemerintah kabupaten "
        "mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan ini setelah tiga kali bimbingan teknis.",
        "Bab IV memuat program smart city per dimensi. Setiap program diuraikan dalam satu paragraf yang "
        "menyebutkan sasaran, perangkat daerah penanggung jawab, kebutuhan anggaran dan waktu pelaksanaan.",
    ],
)

T = Target
PROGS = {
    "governance": [
        Prog(
            "Sipandu Sehat",
            "menerapkan rekam medis elektronik dan antrean daring di seluruh Puskesmas, sehingga data "
            "kunjungan pasien dapat dipantau dari satu dasbor kabupaten",
            ["Dinas Kesehatan"],
            T("Puskesmas terhubung dengan rekam medis elektronik", 90, "persen", 2026),
            [2024, 2026],
            4.2e9,
            "miliar",
            v="std",
        ),
        Prog(
            "Izin Kilat",
            "memangkas waktu terbit perizinan berusaha melalui layanan daring yang juga dapat diakses "
            "dari gerai di Puskesmas dan kantor kecamatan bagi pelaku usaha kecil",
            ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
            T("izin usaha terbit dalam tiga hari kerja", 85, "persen", 2026),
            [2024, 2026],
            1.5e9,
            "dots",
            v="std",
            note="facility (Puskesmas) named, not the owner",
        ),
        Prog(
            "Satu Data Lindung",
            "menghimpun data sektoral seluruh perangkat daerah ke dalam portal data terbuka dengan "
            "standar metadata yang seragam",
            ["Dinas Komunikasi dan Informatika"],
            T("dataset prioritas yang terbit di portal data", 75, "persen", 2025),
            None,
            950e6,
            "juta",
            v="std_year_in_target",
            note="year only inside the target sentence",
        ),
        Prog(
            "Naskah Dinas Elektronik",
            "mengganti surat-menyurat kertas antarperangkat daerah dengan tata naskah dinas "
            "elektronik yang terintegrasi tanda tangan elektronik",
            ["Bagian Organisasi Sekretariat Daerah"],
            T("surat dinas yang diterbitkan secara elektronik", 95, "persen", 2025),
            2025,
            780e6,
            "juta",
            v="reorder",
        ),
        Prog(
            "Lapor Bupati",
            "menyatukan kanal pengaduan masyarakat (pesan singkat, media sosial dan aplikasi) dalam satu "
            "sistem tindak lanjut dengan batas waktu penyelesaian",
            ["Dinas Komunikasi dan Informatika", "Inspektorat Daerah"],
            T("pengaduan yang ditindaklanjuti paling lama lima hari kerja", 80, "persen", 2026),
            [2024, 2026],
            1.2e9,
            "miliar",
            v="split",
            note="two owners joined by dan",
        ),
    ],
    "branding": [
        Prog(
            "Pesona Tiga Sungai",
            "mempromosikan wisata susur sungai, kuliner ikan patin dan festival perahu hias melalui "
            "kanal digital terpadu dan kalender acara tahunan",
            ["Dinas Pariwisata dan Kebudayaan"],
            T("kunjungan wisatawan nusantara per tahun", 250000, "orang", 2027),
            [2024, 2027],
            3.6e9,
            "miliar",
            v="leading",
        ),
        Prog(
            "Gerai Produk Lindung",
            "menyediakan etalase daring dan gerai fisik di Mal Pelayanan Publik untuk produk "
            "olahan UMKM bersertifikat halal",
            ["Dinas Koperasi, Usaha Kecil dan Menengah"],
            T("UMKM yang menjual melalui etalase daring", 400, "UMKM", 2026),
            [2025, 2026],
            1.25e9,
            "dots",
            v="owner_first",
            note="facility (Mal Pelayanan Publik) named, not the owner",
        ),
        Prog(
            "Wajah Tepian Kota",
            "menata kawasan tepian sungai di ibu kota kabupaten dengan jalur pejalan kaki, "
            "penerangan tenaga surya dan papan informasi digital",
            ["Dinas Pekerjaan Umum dan Penataan Ruang"],
            T("panjang tepian sungai yang tertata", 2.5, "km", 2028),
            [2025, 2028],
            12.5e9,
            "miliar",
            v="budget_first",
        ),
        Prog(
            "Kampung Tenun Digital",
            "mendampingi perajin tenun songket memasarkan produknya secara daring dan "
            "mendokumentasikan motif tradisional dalam katalog digital",
            ["Dinas Pariwisata dan Kebudayaan", "Dinas Perindustrian dan Perdagangan"],
            T("perajin tenun yang memiliki toko daring", 150, "orang", 2025),
            2025,
            640e6,
            "juta",
            v="std",
            note="two owners; single year",
        ),
    ],
    "economy": [
        Prog(
            "Pasar Rakyat Nontunai",
            "menerapkan pembayaran retribusi dan transaksi pedagang dengan kode QR di pasar-pasar kabupaten",
            ["Dinas Perindustrian dan Perdagangan"],
            T("pasar rakyat yang menerima pembayaran nontunai", 12, "pasar", 2025),
            [2024, 2025],
            860e6,
            "juta",
            v="split",
        ),
        Prog(
            "Sawit Rakyat Presisi",
            "memetakan kebun sawit rakyat dengan citra satelit dan memberikan rekomendasi "
            "pemupukan melalui aplikasi penyuluh",
            ["Dinas Perkebunan dan Peternakan"],
            T("luas kebun rakyat yang terpetakan", 60, "persen", 2027),
            [2025, 2027],
            2.75e9,
            "miliar",
            v="reorder",
        ),
        Prog(
            "Kartu Tani Lindung",
            "menyalurkan pupuk bersubsidi dan bantuan bibit berbasis data petani yang diverifikasi di tingkat desa",
            ["Dinas Pertanian dan Ketahanan Pangan"],
            T("petani penerima yang terdata by name by address", 95, "persen", 2026),
            [2024, 2026],
            1.8e9,
            "dots",
            v="std",
        ),
        Prog(
            "Inkubator Usaha Muda",
            "membina wirausaha muda melalui kelas daring, pendampingan dan akses permodalan dari bank daerah",
            ["Dinas Koperasi, Usaha Kecil dan Menengah"],
            T("wirausaha muda yang naik kelas", 300, "orang", 2026),
            2026,
            900e6,
            "juta",
            v="leading",
        ),
    ],
    "living": [
        Prog(
            "Ambulans Siaga Desa",
            "menghubungkan panggilan darurat 112 dengan ambulans desa dan instalasi gawat darurat "
            "RSUD Sungai Lindung sehingga pasien rujukan tertangani lebih cepat",
            ["Dinas Kesehatan"],
            T("waktu tanggap panggilan darurat di bawah 30 menit", 85, "persen", 2026),
            [2024, 2026],
            5.4e9,
            "miliar",
            v="facility_first",
            note="RSUD named before the owner; the RSUD is a place, not the owner",
        ),
        Prog(
            "Cegah Stunting Terpadu",
            "mencatat tumbuh kembang balita di Posyandu secara elektronik dan mengirim "
            "peringatan dini kepada kader dan bidan desa",
            ["Dinas Kesehatan", "Dinas Pengendalian Penduduk dan Keluarga Berencana"],
            T("prevalensi stunting", 14, "persen", 2027),
            [2024, 2027],
            3.1e9,
            "miliar",
            v="split",
            note="two owners in an 'OPD pengampu' sentence",
        ),
        Prog(
            "Angkutan Perdesaan Terjadwal",
            "menyediakan jadwal dan posisi armada angkutan perdesaan secara waktu nyata di halte dan aplikasi",
            ["Dinas Perhubungan"],
            T("trayek perdesaan dengan jadwal waktu nyata", 8, "trayek", 2026),
            [2025, 2026],
            1.35e9,
            "dots",
            v="owner_first",
        ),
        Prog(
            "Rumah Layak Huni Digital",
            "memverifikasi calon penerima bantuan bedah rumah dengan data geospasial dan "
            "memantau progres pembangunan melalui foto berkoordinat",
            ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
            T("rumah tidak layak huni yang tertangani", 1200, "unit", 2028),
            [2024, 2028],
            18e9,
            "miliar",
            v="budget_first",
        ),
        Prog(
            "Sungai Bersih Terpantau",
            "memasang sensor kualitas air di hulu dan hilir sungai utama serta mengumumkan "
            "hasilnya di papan informasi desa",
            ["Dinas Lingkungan Hidup"],
            T("titik pantau kualitas air yang beroperasi", 15, "titik", 2025),
            2025,
            720e6,
            "juta",
            v="std",
        ),
    ],
    "society": [
        Prog(
            "Sekolah Daring Pedalaman",
            "menyediakan akses internet dan modul belajar luring-daring bagi sekolah dasar di "
            "desa-desa yang sulit dijangkau",
            ["Dinas Pendidikan"],
            T("sekolah dasar terpencil yang terhubung internet", 70, "persen", 2026),
            [2024, 2026],
            6.3e9,
            "miliar",
            v="std",
        ),
        Prog(
            "Perpustakaan Keliling Digital",
            "menghadirkan mobil perpustakaan dengan koleksi buku elektronik dan "
            "pelatihan literasi digital bagi warga desa",
            ["Dinas Perpustakaan dan Kearsipan"],
            T("desa yang dikunjungi setiap bulan", 45, "desa", 2025),
            None,
            540e6,
            "juta",
            v="std_year_in_target",
        ),
        Prog(
            "Ronda Siber Desa",
            "melatih relawan desa mengenali hoaks dan penipuan daring serta menyebarkan informasi "
            "resmi pemerintah kabupaten",
            ["Badan Kesatuan Bangsa dan Politik"],
            T("desa yang memiliki relawan literasi digital", 100, "desa", 2026),
            [2025, 2026],
            450e6,
            "juta",
            v="leading",
        ),
        Prog(
            "Kamera Pantau Simpang",
            "memasang kamera pemantau di simpang rawan kecelakaan dan menghubungkannya ke ruang "
            "kendali bersama kepolisian",
            ["Dinas Perhubungan", "Satuan Polisi Pamong Praja"],
            T("simpang rawan yang terpantau kamera", 20, "simpang", 2026),
            [2024, 2026],
            2.9e9,
            "miliar",
            v="reorder",
            note="two owners after 'dilaksanakan oleh'",
        ),
    ],
    "environment": [
        Prog(
            "Bank Sampah Terhubung",
            "mencatat setoran nasabah bank sampah secara digital dan menghubungkannya dengan "
            "pengepul serta industri daur ulang",
            ["Dinas Lingkungan Hidup"],
            T("sampah rumah tangga yang terkurangi", 25, "persen", 2027),
            [2024, 2027],
            1.1e9,
            "dots",
            v="split",
        ),
        Prog(
            "Peringatan Dini Banjir",
            "memasang pos duga air otomatis di sepanjang sungai dan mengirim peringatan ke "
            "warga bantaran melalui pesan singkat dan pengeras suara masjid",
            ["Badan Penanggulangan Bencana Daerah"],
            T("desa rawan banjir yang menerima peringatan dini", 100, "persen", 2026),
            [2024, 2026],
            3.75e9,
            "miliar",
            v="std",
        ),
        Prog(
            "Penerangan Jalan Surya",
            "mengganti lampu jalan konvensional dengan lampu tenaga surya yang dapat dipantau dari jarak jauh",
            ["Dinas Perhubungan"],
            T("titik lampu jalan tenaga surya", 1500, "titik", 2027),
            [2025, 2027],
            9.6e9,
            "miliar",
            v="owner_first",
        ),
    ],
}

DIM_TITLES = {
    "governance": "Smart Governance",
    "branding": "Smart Branding",
    "economy": "Smart Economy",
    "living": "Smart Living",
    "society": "Smart Society",
    "environment": "Smart Environment",
}
DIM_INTRO = {
    "governance": "Program pada dimensi tata kelola diarahkan pada pelayanan publik yang cepat dan transparan.",
    "branding": "Dimensi branding daerah mengangkat potensi sungai, budaya dan produk unggulan kabupaten.",
    "economy": "Program ekonomi menyasar petani, pekebun, pedagang pasar dan wirausaha muda.",
    "living": "Dimensi kehidupan berfokus pada kesehatan, transportasi dan permukiman yang layak.",
    "society": "Dimensi masyarakat mencakup pendidikan, literasi dan keamanan lingkungan.",
    "environment": "Dimensi lingkungan menjawab persoalan sampah, banjir dan energi.",
}


def paragraph(p: Prog) -> str:
    """One paragraph per programme; the variant decides the order and phrasing of the fields."""
    n, o, m, t = f"{p.kind} {p.name}", opd_text(p.opd), money(p), p.target
    y = years_text(p.year) if p.year else ""
    if p.v == "std":
        per = f" untuk periode {y}" if isinstance(p.year, list) else f" pada tahun anggaran {y}"
        return f"{n} {p.desc}. Target: {target_phrase(t)}. Penanggung jawab: {o}. Anggaran: {m}{per}."
    if p.v == "std_year_in_target":
        return f"{n} {p.desc}. Target: {target_phrase(t)}. Penanggung jawab: {o}. Anggaran: {m}."
    if p.v == "reorder":
        return (
            f"{n} dilaksanakan oleh {o}. Program ini {p.desc}. Anggaran yang dialokasikan sebesar {m} "
            + (f"pada TA {y}" if not isinstance(p.year, list) else f"untuk tahun {y}")
            + f". Indikator keberhasilannya adalah {target_phrase(t, 2)}."
        )
    if p.v == "split":
        return (
            f"{n} {p.desc}. Program ini ditargetkan {target_phrase(t, 2)}. OPD pengampu: {o}. "
            f"Kebutuhan anggaran {m}. Jangka waktu pelaksanaan {y}."
        )
    if p.v == "leading":
        when = f"selama {y}" if isinstance(p.year, list) else f"pada tahun {y}"
        return (
            f"{n} {p.desc}. Leading sector program ini adalah {o}, dengan anggaran {m} {when}. "
            f"Sasarannya adalah {target_phrase(t, 3)}."
        )
    if p.v == "owner_first":
        return (
            f"{o} menjalankan {n} yang {p.desc}. Dengan anggaran {m} selama {y}, program ini menargetkan "
            f"{target_phrase(t)}."
        )
    if p.v == "budget_first":
        return f"Dengan alokasi {m} untuk tahun {y}, {n} {p.desc}. Target: {target_phrase(t)}. Penanggung jawab: {o}."
    if p.v == "facility_first":
        return (
            f"{n} {p.desc}. Program ini ditargetkan {target_phrase(t, 2)}. Penanggung jawab program ini adalah "
            f"{o}, bukan rumah sakit. Anggaran: {m} untuk periode {y}."
        )
    raise ValueError(p.v)


def programmes() -> list[Prog]:
    return [p for ps in PROGS.values() for p in ps]


def blocks(pdf) -> list:
    from .common import heading_blocks

    b = heading_blocks(PLAN, pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Bab ini menguraikan program smart city Kabupaten Sungai Lindung untuk periode 2024-2028 "
            "menurut enam dimensi. Anggaran bersumber dari APBD kabupaten dan dapat didukung APBN, "
            "APBD provinsi serta kerja sama dengan badan usaha."
        )
    )
    for i, (dim, progs) in enumerate(PROGS.items(), start=1):
        b.append(pdf.Heading(2, f"4.{i} Program {DIM_TITLES[dim]}"))
        b.append(pdf.Para(DIM_INTRO[dim]))
        for p in progs:
            b.append(pdf.Para(paragraph(p)))
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(pdf.Para("Pelaksanaan program dievaluasi dua kali setahun oleh Dewan Smart City bersama Tim Pelaksana."))
    return b
