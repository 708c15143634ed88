"""Kota Bayu Sentana (FICTIONAL): quick wins as the minutes of the Dewan Smart City meeting, programmes as
the agencies' own "nota dinas" proposals, and a funding-gap table (fresh11 set).

Style: chapter IV "Program Smart City" in three presentations, as a city Bappeda that compiles its
masterplan from the meeting records and the letters of the agencies often does:
  (A) "4.1 Kesepakatan Quick Win": the "BERITA ACARA KESEPAKATAN QUICK WIN" printed whole: its number
      ("Nomor: 027/BA.04/DSC/II/2026"), an opening paragraph with the date written in words ("Pada hari ini
      Kamis tanggal tiga belas bulan Februari tahun dua ribu dua puluh enam"), an attendance table "No |
      Instansi | Jabatan Peserta" (every agency present, owners and non-owners alike, and a university:
      attendance is never ownership), then "Rapat menyepakati hal-hal sebagai berikut:" and a numbered list,
      one agreed quick win per item ("Quick win <Name> ..."), each in one or two sentences whose order
      changes: the owner ("dilaksanakan oleh ...", "<OPD> menjadi pelaksana quick win ...", "dengan
      pelaksana ..."), the time ("pada triwulan II tahun 2026", "mulai bulan Agustus 2026 sampai dengan
      bulan Januari 2027", "dalam tahun anggaran 2026", "selama enam bulan mulai Mei 2026", "pada semester
      II tahun 2026"), the money with its words ("Rp 160.000.000,00 (seratus enam puluh juta rupiah)") and
      the target ("dengan sasaran 11 puskesmas ..."; no year: gold target year None). A closing sentence
      and a signature table (Ketua: the mayor, Sekretaris: the head of Bappeda) follow: signatories are
      never owners.
  (B) "4.2 Usulan Program Perangkat Daerah": five NOTA DINAS, one per proposing agency, each printed as
      the letter is: a header block as a three-column table without a header row ("Kepada Yth. | : | Kepala
      Badan Perencanaan Pembangunan Daerah", "Dari | : | Kepala Dinas ...", "Tembusan", "Tanggal", "Nomor |
      : | 400.7/118/Dinkes/I/2026", "Sifat", "Lampiran", "Hal"; row order varies), an opening sentence
      citing Bappeda's request letter, a table "No | Usulan Program | Indikator dan Target | Tahun
      Pelaksanaan | Kebutuhan Anggaran (Rp) | Keterangan", a closing sentence and the signature (title,
      "ttd.", name, rank and NIP). Gold opd = the agency of the "Dari" line (without "Kepala"); the
      addressee (Bappeda), the copy ("Tembusan") and agencies named in Keterangan as builders of something
      else are never the owner, except where Keterangan says "Dilaksanakan bersama Dinas Sosial" (gold: both).
      Indikator dan Target "Persentase puskesmas dengan rekam medis elektronik: 100% (2028)" (gold target
      year = the year in parentheses); Tahun Pelaksanaan "2026 s.d. 2028", "2027 - 2028", "2027"; the money
      a bare dotted number. Letter numbers, dates and NIPs are never years, targets or budgets.
  (C) "4.3 Kebutuhan dan Ketersediaan Pendanaan Program Strategis": one wide table on landscape pages (pdfgen
      wide table): No | Program Strategis | Perangkat Daerah | Target 2030 | Periode | Kebutuhan (Rp juta) |
      Ketersediaan Pagu RPJMD (Rp juta) | Kesenjangan (Rp juta) | Alternatif Pembiayaan, closed by a "Jumlah"
      row. Gold budget = Kebutuhan x 1.000.000 ("1.250,5" = Rp 1.250.500.000); the available pagu and the gap
      are never the budget. Target 2030 holds value and indicator (target year 2030 from the header); two
      agencies in one cell separated by "; ".
Chapter II quotes RPJMD figures (indeks SPBE, IKM, belanja TIK) that are never targets or budgets. Quick
wins are kind "Quick win". Four fields are truly missing: a quick win's target ("ukuran keberhasilannya
akan dibahas kembali pada rapat Dewan Smart City berikutnya"), a proposal's budget (Kebutuhan Anggaran
"Diusulkan melalui DAK Nonfisik; besaran menunggu petunjuk teknis"), a proposal's year (Tahun Pelaksanaan
"Menyesuaikan selesainya pembangunan gedung Pusat Komando"; its target names no year) and a strategic
programme's target (Target 2030 "Dirumuskan dalam Outline Business Case (OBC)").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p39_notadinas_bayu_sentana",
    name="Kota Bayu Sentana",
    period="2026-2030",
    style="quick-win minutes (berita acara), agency nota dinas proposals, funding-gap landscape table",
    split="fresh11",
    intro=[
        "Kota Bayu Sentana adalah kota jasa dan perdagangan di muara Sungai Sentana dengan enam kecamatan dan 44 "
        "kelurahan. Pertumbuhan penduduk yang cepat di kawasan pinggiran membawa kemacetan di simpang utama, "
        "genangan saat hujan deras dan antrean panjang di kantor layanan publik.",
        "Masterplan smart city ini dihimpun Badan Perencanaan Pembangunan Daerah dari hasil rapat Dewan Smart "
        "City dan usulan tertulis perangkat daerah. Dokumen sumber dimuat sebagaimana aslinya agar dapat "
        "ditelusuri kembali dalam evaluasi Gerakan Menuju 100 Smart City.",
    ],
)

T = Target
INFO: dict[str, dict] = {}


def rupiah(s: str) -> float:
    """The first amount a money phrase of this plan states (a check that text and record agree)."""
    m = re.search(r"Rp ?(\d[\d.]*)(?:,(\d+))?(?: (juta|miliar))?", s)
    assert m, s
    whole, frac, unit = m.group(1).replace(".", ""), m.group(2), m.group(3)
    if unit is None:
        return float(whole)
    return float(f"{whole}.{frac or 0}") * {"miliar": 1e9, "juta": 1e6}[unit]


# ------------------------------------------------------------------ (A) minutes of the council meeting
def _q(name, opd, target, year, budget, text, *, note=""):
    p = Prog(name, "", [opd], target, year, budget, "minutes", quick_win=True, kind="Quick win", v="berita-acara")
    p.note = note
    assert f"Quick win {name}" in text or f"quick win {name}" in text, name
    assert opd in text, name
    if budget is not None:
        assert rupiah(text) == budget, (name, rupiah(text))
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


QW = [
    _q(
        "Antrean Daring Puskesmas",
        "Dinas Kesehatan",
        T("puskesmas menerapkan antrean daring", 11, "puskesmas"),
        2026,
        160e6,
        "Quick win Antrean Daring Puskesmas dilaksanakan oleh Dinas Kesehatan pada triwulan II tahun 2026, dengan "
        "sasaran 11 puskesmas menerapkan antrean daring dan anggaran sebesar Rp 160.000.000,00 (seratus enam puluh "
        "juta rupiah) yang bersumber dari APBD Tahun Anggaran 2026.",
    ),
    _q(
        "Parkir Nontunai Kawasan Pasar Lama",
        "Dinas Perhubungan",
        T("juru parkir menerima pembayaran nontunai", 25, "juru parkir"),
        [2026, 2027],
        210e6,
        "Dinas Perhubungan menjadi pelaksana quick win Parkir Nontunai Kawasan Pasar Lama, yang berjalan mulai bulan "
        "Agustus 2026 sampai dengan bulan Januari 2027 dengan anggaran Rp 210.000.000,00 (dua ratus sepuluh juta "
        "rupiah); sasarannya 25 juru parkir menerima pembayaran nontunai.",
        note="owner first; months over two years",
    ),
    _q(
        "Anjungan Dukcapil Mandiri",
        "Dinas Kependudukan dan Pencatatan Sipil",
        T("kecamatan memiliki anjungan dukcapil mandiri yang beroperasi", 6, "kecamatan"),
        2026,
        295e6,
        "Quick win Anjungan Dukcapil Mandiri, dengan anggaran Rp 295.000.000,00 (dua ratus sembilan puluh lima juta "
        "rupiah), dilaksanakan dalam tahun anggaran 2026. Pelaksananya Dinas Kependudukan dan Pencatatan Sipil, "
        "dengan sasaran 6 kecamatan memiliki anjungan dukcapil mandiri yang beroperasi.",
    ),
    _q(
        "Izin Usaha Mikro melalui Pesan Singkat",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        None,
        2026,
        125e6,
        "Quick win Izin Usaha Mikro melalui Pesan Singkat dilaksanakan oleh Dinas Penanaman Modal dan Pelayanan "
        "Terpadu Satu Pintu mulai bulan Maret sampai dengan bulan Oktober 2026 dengan anggaran Rp 125.000.000,00 "
        "(seratus dua puluh lima juta rupiah); ukuran keberhasilannya akan dibahas kembali pada rapat Dewan Smart "
        "City berikutnya.",
        note="target truly missing",
    ),
    _q(
        "Informasi Harga Bahan Pokok Harian",
        "Dinas Perdagangan",
        T("pasar melaporkan harga bahan pokok setiap hari", 5, "pasar"),
        2026,
        85.5e6,
        "Selama enam bulan mulai Mei 2026 dilaksanakan quick win Informasi Harga Bahan Pokok Harian dengan "
        "pelaksana Dinas Perdagangan; sasarannya 5 pasar melaporkan harga bahan pokok setiap hari, dan anggarannya "
        "Rp 85.500.000,00 (delapan puluh lima juta lima ratus ribu rupiah).",
        note="six months from May: ends October 2026",
    ),
    _q(
        "Internet Publik Taman Kota",
        "Dinas Komunikasi dan Informatika",
        T("taman kota memiliki akses internet publik", 12, "taman kota"),
        2026,
        140e6,
        "Quick win Internet Publik Taman Kota dilaksanakan oleh Dinas Komunikasi dan Informatika bekerja sama dengan "
        "penyedia jaringan telekomunikasi pada semester II tahun 2026, dengan sasaran 12 taman kota memiliki akses "
        "internet publik; anggaran Rp 140.000.000,00 (seratus empat puluh juta rupiah).",
        note="the network provider is a partner",
    ),
]

ATTENDEES = [
    ["Wali Kota Bayu Sentana", "Ketua Dewan Smart City"],
    ["Badan Perencanaan Pembangunan Daerah", "Kepala"],
    ["Dinas Komunikasi dan Informatika", "Kepala"],
    ["Dinas Kesehatan", "Sekretaris"],
    ["Dinas Perhubungan", "Kepala Bidang Lalu Lintas"],
    ["Dinas Perdagangan", "Kepala Bidang Pasar"],
    ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala"],
    ["Dinas Kependudukan dan Pencatatan Sipil", "Sekretaris"],
    ["Bagian Organisasi Sekretariat Daerah", "Kepala Bagian"],
    ["Inspektorat Daerah", "Inspektur Pembantu Wilayah II"],
    ["Universitas Sentana Raya", "Dekan Fakultas Teknik (unsur akademisi)"],
]


def _minutes(pdf) -> list:
    b = [
        pdf.Heading(3, "BERITA ACARA KESEPAKATAN QUICK WIN SMART CITY KOTA BAYU SENTANA"),
        pdf.Para("Nomor: 027/BA.04/DSC/II/2026"),
        pdf.Para(
            "Pada hari ini Kamis tanggal tiga belas bulan Februari tahun dua ribu dua puluh enam, bertempat di Ruang "
            "Rapat Badan Perencanaan Pembangunan Daerah Kota Bayu Sentana, telah dilaksanakan rapat Dewan Smart City "
            "yang dihadiri oleh unsur sebagaimana daftar berikut."
        ),
        pdf.Table(
            ["No", "Instansi", "Jabatan Peserta"],
            [[str(i), a, j] for i, (a, j) in enumerate(ATTENDEES, 1)],
            caption="Daftar Hadir Rapat Dewan Smart City",
        ),
        pdf.Para("Rapat menyepakati hal-hal sebagai berikut:"),
        pdf.Bullets([INFO[p.name]["text"] for p in QW], numbered=True),
        pdf.Para(
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya. Perangkat "
            "daerah pelaksana menyampaikan laporan kemajuan quick win setiap triwulan kepada Sekretaris Dewan Smart "
            "City."
        ),
        pdf.Table(
            [],
            [
                ["Ketua Dewan Smart City,", "Sekretaris Dewan Smart City,"],
                ["Wali Kota Bayu Sentana", "Kepala Badan Perencanaan Pembangunan Daerah"],
                ["ttd.", "ttd."],
                ["H. Arifin Satyagraha, S.E., M.M.", "Ir. Wulandari Prameswari, M.T."],
            ],
        ),
    ]
    return b


# ------------------------------------------------------------------ (B) nota dinas of the agencies
def _u(name, target, tcell, year, ycell, budget, bcell, ket, *, extra_opd=(), note=""):
    """One proposal row; the owner (the letter's sender) is set by LETTERS."""
    p = Prog(name, "", list(extra_opd), target, year, budget, "table", v="nota-dinas", note=note)
    if budget is not None:
        assert float(bcell.replace(".", "")) == budget, name
    if target is not None:
        assert num_id(target.value) in tcell and (target.year is None or f"({target.year})" in tcell), name
    INFO[name] = dict(tcell=tcell, ycell=ycell, bcell=bcell, ket=ket)
    return p


LETTERS = [
    dict(
        opd="Dinas Kesehatan",
        head=[
            ("Kepada Yth.", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Dari", "Kepala Dinas Kesehatan"),
            ("Tembusan", "Sekretaris Daerah Kota Bayu Sentana"),
            ("Tanggal", "9 Januari 2026"),
            ("Nomor", "400.7/118/Dinkes/I/2026"),
            ("Sifat", "Penting"),
            ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Usulan Program Smart City 2026-2030"),
        ],
        opening="bersama ini kami sampaikan usulan program smart city Dinas Kesehatan sebagai berikut:",
        sign=(
            "Kepala Dinas Kesehatan",
            "dr. Ratna Widyaningsih, M.Kes.",
            "Pembina Utama Muda",
            "19741102 200212 2 004",
        ),
        progs=[
            _u(
                "Rekam Medis Elektronik Puskesmas",
                T("puskesmas dengan rekam medis elektronik", 100, "persen", 2028),
                "Persentase puskesmas dengan rekam medis elektronik: 100% (2028)",
                [2026, 2028],
                "2026 s.d. 2028",
                2.4e9,
                "2.400.000.000",
                "Lokasi: 11 puskesmas; kelanjutan antrean daring puskesmas",
            ),
            _u(
                "Pemantauan Kesehatan Lansia Jarak Jauh",
                T("lansia yang terpantau melalui kunjungan jarak jauh", 3000, "orang", 2029),
                "Jumlah lansia yang terpantau melalui kunjungan jarak jauh: 3.000 orang (2029)",
                [2027, 2029],
                "2027 s.d. 2029",
                1.35e9,
                "1.350.000.000",
                "Dilaksanakan bersama Dinas Sosial",
                extra_opd=["Dinas Sosial"],
                note="two owners: the sender and the agency it is carried out with",
            ),
        ],
    ),
    dict(
        opd="Dinas Perhubungan",
        head=[
            ("Nomor", "500.11/072/Dishub/I/2026"),
            ("Kepada Yth.", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Dari", "Kepala Dinas Perhubungan"),
            ("Tanggal", "12 Januari 2026"),
            ("Sifat", "Segera"),
            ("Lampiran", "-"),
            ("Hal", "Usulan Program Smart City Bidang Perhubungan"),
        ],
        opening="bersama ini kami sampaikan usulan program sebagai berikut:",
        sign=(
            "Kepala Dinas Perhubungan",
            "Drs. Hendra Kusumajaya, M.Si.",
            "Pembina Utama Muda",
            "19700817 199403 1 009",
        ),
        progs=[
            _u(
                "Lampu Lalu Lintas Adaptif",
                T("simpang dengan lampu lalu lintas adaptif", 9, "simpang", 2028),
                "Jumlah simpang dengan lampu lalu lintas adaptif: 9 simpang (2028)",
                [2027, 2028],
                "2027 - 2028",
                4.75e9,
                "4.750.000.000",
                "Didukung Satlantas Polres Bayu Sentana (mitra)",
                note="the police unit is a partner",
            ),
            _u(
                "Bus Sekolah Terpantau",
                T("siswa pengguna bus sekolah yang terpantau aplikasi", 1500, "siswa", 2027),
                "Jumlah siswa pengguna bus sekolah yang terpantau aplikasi: 1.500 siswa (2027)",
                2027,
                "2027",
                None,
                "Diusulkan melalui DAK Nonfisik; besaran menunggu petunjuk teknis",
                "Armada dari hibah Kementerian Perhubungan",
                note="budget truly missing: awaits the DAK technical guideline",
            ),
        ],
    ),
    dict(
        opd="Dinas Komunikasi dan Informatika",
        head=[
            ("Kepada Yth.", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Dari", "Kepala Dinas Komunikasi dan Informatika"),
            ("Tembusan", "1. Sekretaris Daerah; 2. Inspektur Daerah"),
            ("Tanggal", "14 Januari 2026"),
            ("Nomor", "000.7/031/Diskominfo/I/2026"),
            ("Sifat", "Biasa"),
            ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Penyampaian Usulan Program Smart City"),
        ],
        opening="dengan hormat kami sampaikan usulan program Dinas Komunikasi dan Informatika sebagai berikut:",
        sign=(
            "Kepala Dinas Komunikasi dan Informatika",
            "Bambang Setiadi Nugraha, S.Kom., M.T.",
            "Pembina Tingkat I",
            "19780605 200501 1 012",
        ),
        progs=[
            _u(
                "Jaringan Serat Optik Antarkantor Pemerintah",
                T("kantor perangkat daerah dan kelurahan terhubung serat optik", 100, "persen", 2027),
                "Persentase kantor perangkat daerah dan kelurahan terhubung serat optik: 100% (2027)",
                [2026, 2027],
                "2026 - 2027",
                3.2e9,
                "3.200.000.000",
                "44 kantor kelurahan dan 6 kantor kecamatan",
            ),
            _u(
                "Pusat Komando Kota",
                T("layanan yang dipantau di pusat komando", 15, "layanan"),
                "Jumlah layanan yang dipantau di pusat komando: 15 layanan",
                None,
                "Menyesuaikan selesainya pembangunan gedung Pusat Komando",
                6.5e9,
                "6.500.000.000",
                "Gedung dibangun Dinas Pekerjaan Umum dan Penataan Ruang (kegiatan terpisah)",
                note="year truly missing; the agency building the building is not the owner",
            ),
            _u(
                "Keamanan Siber Pemerintah Kota",
                T("perangkat daerah dengan nilai indeks KAMI kategori baik", 20, "perangkat daerah", 2030),
                "Jumlah perangkat daerah dengan nilai indeks KAMI kategori baik: 20 perangkat daerah (2030)",
                [2028, 2030],
                "2028 - 2030",
                1.15e9,
                "1.150.000.000",
                "Pendampingan Badan Siber dan Sandi Negara",
            ),
        ],
    ),
    dict(
        opd="Dinas Lingkungan Hidup",
        head=[
            ("Kepada Yth.", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Dari", "Kepala Dinas Lingkungan Hidup"),
            ("Tanggal", "15 Januari 2026"),
            ("Nomor", "600.4/045/DLH/I/2026"),
            ("Sifat", "Penting"),
            ("Hal", "Usulan Program Smart Environment"),
        ],
        opening="bersama ini disampaikan usulan program sebagai berikut:",
        sign=("Kepala Dinas Lingkungan Hidup", "Ir. Sutrisno Wibowo", "Pembina Utama Muda", "19690311 199503 1 004"),
        progs=[
            _u(
                "Pemantauan Volume Sampah TPS",
                T("TPS yang dilengkapi sensor volume", 40, "TPS", 2028),
                "Jumlah TPS yang dilengkapi sensor volume: 40 TPS (2028)",
                [2026, 2028],
                "2026 s.d. 2028",
                980e6,
                "980.000.000",
                "Terhubung dengan jadwal truk pengangkut",
            ),
            _u(
                "Taman Kota Terpantau",
                T("taman kota dengan sensor kualitas udara dan penyiraman otomatis", 8, "taman", 2029),
                "Jumlah taman kota dengan sensor kualitas udara dan penyiraman otomatis: 8 taman (2029)",
                [2028, 2029],
                "2028 - 2029",
                1.6e9,
                "1.600.000.000",
                "-",
            ),
        ],
    ),
    dict(
        opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        head=[
            ("Nomor", "500.16/019/DPMPTSP/I/2026"),
            ("Tanggal", "16 Januari 2026"),
            ("Kepada Yth.", "Kepala Badan Perencanaan Pembangunan Daerah"),
            ("Dari", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            ("Sifat", "Biasa"),
            ("Lampiran", "-"),
            ("Hal", "Usulan Program Smart City"),
        ],
        opening="bersama ini kami sampaikan usulan program sebagai berikut:",
        sign=(
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "Yuliana Kartikasari, S.H., M.H.",
            "Pembina Tingkat I",
            "19800922 200604 2 017",
        ),
        progs=[
            _u(
                "Mal Pelayanan Publik Digital",
                T("jenis layanan mal pelayanan publik yang dapat diajukan secara daring", 150, "jenis layanan", 2028),
                "Jumlah jenis layanan mal pelayanan publik yang dapat diajukan secara daring: 150 jenis layanan (2028)",
                [2026, 2028],
                "2026 s.d. 2028",
                2.05e9,
                "2.050.000.000",
                "Melibatkan instansi vertikal di Mal Pelayanan Publik",
            ),
        ],
    ),
]
for _l in LETTERS:
    for _p in _l["progs"]:
        _p.opd = [_l["opd"]] + _p.opd
    assert ("Dari", "Kepala " + _l["opd"]) in _l["head"] and _l["sign"][0] == "Kepala " + _l["opd"]


def _letters(pdf) -> list:
    b = []
    for k, lt in enumerate(LETTERS, 1):
        b.append(pdf.Heading(3, f"4.2.{k} NOTA DINAS"))
        b.append(pdf.Table([], [[a, ":", v] for a, v in lt["head"]]))
        b.append(
            pdf.Para(
                "Menindaklanjuti surat Kepala Badan Perencanaan Pembangunan Daerah Nomor 000.7/051/Bappeda/2025 "
                f"tanggal 2 Desember 2025 perihal Permintaan Usulan Program Smart City, {lt['opening']}"
            )
        )
        rows = []
        for i, p in enumerate(lt["progs"], 1):
            f = INFO[p.name]
            rows.append([str(i), p.name, f["tcell"], f["ycell"], f["bcell"], f["ket"]])
        b.append(
            pdf.Table(
                [
                    "No",
                    "Usulan Program",
                    "Indikator dan Target",
                    "Tahun Pelaksanaan",
                    "Kebutuhan Anggaran (Rp)",
                    "Keterangan",
                ],
                rows,
            )
        )
        b.append(pdf.Para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."))
        title, name, rank, nip = lt["sign"]
        b.append(pdf.Para(f"{title} Kota Bayu Sentana,"))
        b.append(pdf.Para("ttd."))
        b.append(pdf.Para(name))
        b.append(pdf.Para(f"{rank} / NIP {nip}"))
    return b


# ------------------------------------------------------------------ (C) funding-gap table
def _g(name, opd, target, tcell, year, ycell, need, avail, alt, *, note=""):
    """need / avail in Rp juta (the cells)."""
    p = Prog(name, "", list(opd), target, year, need * 1e6, "table", v="funding-gap", note=note)
    if target is not None:
        assert tcell.startswith(num_id(target.value)), name
    INFO[name] = dict(tcell=tcell, ycell=ycell, need=need, avail=avail, alt=alt)
    return p


GAP = [
    _g(
        "Angkutan Pengumpan Terintegrasi",
        ["Dinas Perhubungan"],
        T("koridor angkutan pengumpan terintegrasi tiket elektronik", 4, "koridor", 2030),
        "4 koridor angkutan pengumpan terintegrasi tiket elektronik",
        [2028, 2030],
        "2028-2030",
        18_500,
        6_000,
        "KPBU (pembayaran ketersediaan layanan)",
    ),
    _g(
        "Pengolahan Sampah Terpadu Berbasis Data",
        ["Dinas Lingkungan Hidup"],
        None,
        "Dirumuskan dalam Outline Business Case (OBC)",
        [2027, 2030],
        "2027-2030",
        12_000,
        3_500,
        "KPBU; hibah luar negeri",
        note="target truly missing",
    ),
    _g(
        "Drainase Cerdas Kawasan Rawan Genangan",
        ["Dinas Pekerjaan Umum dan Penataan Ruang"],
        T("titik genangan yang terpantau sensor", 24, "titik", 2030),
        "24 titik genangan yang terpantau sensor",
        [2027, 2029],
        "2027-2029",
        7_250,
        4_000,
        "DAK; bantuan keuangan provinsi",
    ),
    _g(
        "Sistem Informasi Kawasan Permukiman Kumuh",
        ["Dinas Perumahan Rakyat dan Kawasan Permukiman"],
        T("kawasan kumuh yang dipantau melalui sistem informasi", 11, "kawasan", 2030),
        "11 kawasan kumuh yang dipantau melalui sistem informasi",
        [2026, 2027],
        "2026-2027",
        1_250.5,
        1_000,
        "CSR",
    ),
    _g(
        "Talenta Digital Pemuda",
        ["Dinas Kepemudaan dan Olahraga", "Dinas Tenaga Kerja"],
        T("pemuda tersertifikasi keterampilan digital", 2000, "orang"),
        "2.000 orang pemuda tersertifikasi keterampilan digital",
        [2026, 2030],
        "2026-2030",
        3_000,
        3_000,
        "-",
        note="two owners separated by '; '; no gap",
    ),
    _g(
        "Wisata Tepian Sungai Sentana",
        ["Dinas Pariwisata dan Kebudayaan"],
        T("wisatawan membeli tiket secara elektronik", 80, "persen", 2030),
        "80% wisatawan membeli tiket secara elektronik",
        [2027, 2029],
        "2027-2029",
        4_400,
        1_400,
        "CSR perbankan",
    ),
]
# every target of this table is a "Target 2030"
for _p in GAP:
    if _p.target is not None:
        _p.target.year = 2030


def _gap_table(pdf) -> list:
    hdr = [
        "No",
        "Program Strategis",
        "Perangkat Daerah",
        "Target 2030",
        "Periode",
        "Kebutuhan (Rp juta)",
        "Ketersediaan Pagu RPJMD (Rp juta)",
        "Kesenjangan (Rp juta)",
        "Alternatif Pembiayaan",
    ]
    rows, tn, ta = [], 0.0, 0.0
    for i, p in enumerate(GAP, 1):
        f = INFO[p.name]
        gap = f["need"] - f["avail"]
        rows.append(
            [
                str(i),
                p.name,
                "; ".join(p.opd),
                f["tcell"],
                f["ycell"],
                num_id(f["need"]),
                num_id(f["avail"]),
                num_id(gap) if gap else "-",
                f["alt"],
            ]
        )
        tn += f["need"]
        ta += f["avail"]
    rows.append(["", "Jumlah", "", "", "", num_id(tn), num_id(ta), num_id(tn - ta), ""])
    cap = "Tabel 4.3 Kebutuhan dan Ketersediaan Pendanaan Program Strategis Kota Bayu Sentana"
    return [pdf.SpanTable(hdr, rows, caption=cap, spans=[((1, len(rows)), (4, len(rows)))], wide=True)]


def programmes() -> list[Prog]:
    return QW + [p for lt in LETTERS for p in lt["progs"]] + GAP


def blocks(pdf) -> list:
    b = heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II KONDISI DAERAH DAN ARAH RPJMD"))
    b.append(
        pdf.Para(
            "RPJMD Kota Bayu Sentana 2025-2029 menargetkan indeks SPBE 3,50 dan indeks kepuasan masyarakat 86 pada "
            "akhir periode. Pada 2024 indeks SPBE kota tercatat 2,74 dan baru 31% layanan perizinan yang dapat "
            "diajukan secara daring. Belanja teknologi informasi dan komunikasi pada APBD 2025 sebesar Rp 12,8 "
            "miliar."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI DAN TAHAPAN"))
    b.append(
        pdf.Para(
            "Program smart city dihimpun melalui tiga jalur: kesepakatan quick win dalam rapat Dewan Smart City, usulan "
            "tertulis perangkat daerah yang diverifikasi Tim Pelaksana, dan program strategis berbiaya besar yang "
            "memerlukan pembiayaan di luar APBD."
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV PROGRAM SMART CITY"))
    b.append(pdf.Heading(2, "4.1 Kesepakatan Quick Win"))
    b.append(
        pdf.Para(
            "Quick win ditetapkan dalam rapat Dewan Smart City. Berita acara rapat tersebut dimuat utuh sebagai berikut."
        )
    )
    b += _minutes(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(2, "4.2 Usulan Program Perangkat Daerah"))
    b.append(
        pdf.Para(
            "Usulan program perangkat daerah yang telah diverifikasi Tim Pelaksana Smart City dimuat sebagaimana nota "
            "dinas aslinya. Perangkat daerah pengusul adalah pelaksana program yang diusulkannya."
        )
    )
    b += _letters(pdf)
    b.append(pdf.Heading(2, "4.3 Kebutuhan dan Ketersediaan Pendanaan Program Strategis"))
    b.append(
        pdf.Para(
            "Program strategis berikut membutuhkan dana melebihi pagu yang tersedia dalam RPJMD. Kesenjangan "
            "pendanaan diupayakan dari sumber di luar APBD Kota."
        )
    )
    b += _gap_table(pdf)
    b.append(pdf.Heading(1, "BAB V PENUTUP"))
    b.append(
        pdf.Para(
            "Masterplan ini dievaluasi setiap tahun oleh Dewan Smart City. Usulan program baru perangkat daerah "
            "disampaikan melalui nota dinas kepada Kepala Badan Perencanaan Pembangunan Daerah paling lambat bulan "
            "Januari setiap tahun."
        )
    )
    return b
