"""Kabupaten Rantau Kemuning (FICTIONAL): dimension tables in "x Rp 1.000.000" with owner and supporting
agencies in one "PD Pengampu / Pendukung" cell, footnoted cells, lettered prose sub-sections, and a
problem-solution quick-win table (fresh12 set).

Style: an ordinary kabupaten masterplan drafted by a consultant with the Bapperida staff, agencies
abbreviated in the tables and expanded in a "DAFTAR SINGKATAN" glossary at the front (before BAB I):
  (0) chapter II quotes RPJMD macro indicators in a table (Indikator | Satuan | 2023 | 2024 | Target RPJMD
      2029: IPM, indeks SPBE, kemiskinan, desa terjangkau 4G): never a programme's target.
  (A) "4.1 Dimensi Smart Governance", "4.2 Dimensi Smart Economy", "4.3 Dimensi Smart Living": one table
      per dimension, restarting its numbering, "No. | Program | Indikator Kinerja | Target | Lokasi | Waktu
      | Indikasi Anggaran (x Rp 1.000.000) | PD Pengampu / Pendukung" (4.2 orders the columns "No. | Program
      | Indikator Kinerja | Waktu | Target | Indikasi Angaran (x Rp 1.000.000) | Lokasi | PD ..." and
      misspells "Angaran"). The intro of chapter IV states the conventions: the money is for the whole
      period in million rupiah (gold = cell x 1.000.000), and in the PD cell the agencies before the "/"
      are the owners (pengampu) and those after it support (gold opd = the agencies before the "/", as
      abbreviations as written; two owners before the "/" separated by a comma; "/ -" = no supporting
      agency). Target cells "100% (2027)" (gold target year = the year in parentheses), "min. 60 jabatan",
      "Maks. 14 hari kerja (2028)" (a falling target; value 14), "350 dataset (2030)"; no year in the cell:
      target year None. Waktu "2026-2027", "2027", "2026 s.d 2029", "2026-28" (= 2026-2028), "Th.
      2027-2029", "2028 - 2030" with an en dash. Money cells "1.250", "3.150**)" (a footnote mark; the
      footnote only describes what the money covers), "600 (APBD); 900 (DAK)" (two sources in one cell:
      gold = the sum). Lokasi names facilities (RSUD Kemuning Medika, Puskesmas, BPP, Mal Pelayanan
      Publik, Pasar Induk): places, never owners. Each table ends with a "Jumlah" row and notes
      ("Keterangan: *) ...", "Sumber: Hasil FGD ... (diolah)").
  (B) "4.4 Dimensi Smart Branding, Smart Society dan Smart Environment": lettered sub-headings "a. <Name>"
      each followed by one paragraph in full agency names: "Perangkat daerah pengampu program ini adalah
      ...", "didukung oleh ..." (support, never the owner), partners (UPTD PPA, the police, BMKG), "mulai
      2027 hingga 2029", "selama empat tahun anggaran, 2027 sampai 2030", "TA 2026"; money "Rp 1,2
      Milyar yang bersumber dari APBD (60%) dan CSR perbankan (40%)" (shares of one total; gold = the
      total), "total kebutuhan Rp 900 juta, dengan rincian tahun 2026 Rp 300 juta dan tahun 2027 Rp 600
      juta" (total and per year: budget_per_year), "Rp 1.050.000.000,00", "Rp 1,35 M"; the target as
      "Ukuran keberhasilannya adalah ...", "sekurang-kurangnya ...", "ditargetkan ..."; baselines ("baru 6
      dari 31 desa wisata", flood figures of 2024) are never the target. An owner with commas in its
      name (Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga
      Berencana) is one agency.
  (C) "BAB V PROGRAM QUICK WIN": "No | Quick Win | Permasalahan | Solusi | PD Pelaksana | Target | Jadwal
      | Biaya" (Permasalahan carries baseline figures, never the target; Jadwal "Maret - Agustus 2026",
      "Tw II - Tw IV 2026", "Juli 2026 - Januari 2027"; money "Rp 185 jt", "Rp 98,5 jt", "Rp
      240.000.000", "Rp 60 juta"). Quick wins are kind "Quick win"; their targets state no year.
Chapter VI recaps the money per dimension (no programme). Three fields are truly missing: a governance
programme's budget (cell "*)", footnote "Besaran anggaran belum dapat ditetapkan; menunggu hasil studi
kelayakan (FS) ..."), a society programme's target ("Indikator kinerja program ini akan dirumuskan bersama
..."), and a quick win's owner (PD Pelaksana "Ditetapkan melalui Keputusan Bupati tentang Tim Pelaksana
Smart City").
"""

import re

from .common import Prog, Target, heading_blocks, num_id

PLAN = dict(
    slug="p41_pengampu_rantau_kemuning",
    name="Kabupaten Rantau Kemuning",
    period="2026-2030",
    style="x Rp 1.000.000 dimension tables with pengampu / pendukung cells, footnotes, lettered prose, problem-solution quick wins",
    split="fresh12",
    intro=[
        "Kabupaten Rantau Kemuning terletak di daerah aliran Batang Kemuning dengan 15 kecamatan, 4 kelurahan dan "
        "198 desa. Perkebunan karet dan kelapa sawit, tanaman pangan dan perdagangan hasil bumi menjadi sandaran "
        "ekonomi warga, sedangkan banjir musiman, jarak desa ke pusat layanan dan kesenjangan akses internet "
        "menjadi persoalan yang berulang.",
        "Masterplan smart city ini disusun Tim Pelaksana Smart City bersama tenaga ahli pendamping dalam rangka "
        "Gerakan Menuju 100 Smart City. Program disusun per dimensi smart city dan diselaraskan dengan RPJMD "
        "Kabupaten Rantau Kemuning 2025-2029.",
    ],
)

T = Target
INFO: dict[str, dict] = {}

GLOSSARY = [
    ("APBD", "Anggaran Pendapatan dan Belanja Daerah"),
    ("Bagian PBJ Setda", "Bagian Pengadaan Barang/Jasa Sekretariat Daerah"),
    ("Bapenda", "Badan Pendapatan Daerah"),
    ("Bapperida", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("BPP", "Balai Penyuluhan Pertanian"),
    ("CSR", "Corporate Social Responsibility"),
    ("DAK", "Dana Alokasi Khusus"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Dishub", "Dinas Perhubungan"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"),
    ("Diskopukm", "Dinas Koperasi dan Usaha Kecil Menengah"),
    ("Disperindag", "Dinas Perindustrian dan Perdagangan"),
    ("Distanpangan", "Dinas Pertanian dan Ketahanan Pangan"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("FS", "Feasibility Study (studi kelayakan)"),
    ("KTP-el", "Kartu Tanda Penduduk elektronik"),
    ("PBG", "Persetujuan Bangunan Gedung"),
    ("PBJT", "Pajak Barang dan Jasa Tertentu"),
    ("PD", "Perangkat Daerah"),
    ("RME", "Rekam Medis Elektronik"),
    ("RSUD", "Rumah Sakit Umum Daerah Kemuning Medika"),
    ("Satlantas", "Satuan Lalu Lintas Kepolisian Resor"),
    ("Setda", "Sekretariat Daerah"),
    ("SPBE", "Sistem Pemerintahan Berbasis Elektronik"),
    ("TTE", "Tanda Tangan Elektronik"),
]


def _years(cell: str):
    """The year or [first, last] a Waktu / Jadwal cell states ("2026-28" = 2026-2028)."""
    m = re.search(r"\b(20\d\d)-(\d\d)\b", cell)
    if m:
        return [int(m.group(1)), 2000 + int(m.group(2))]
    ys = [int(y) for y in re.findall(r"\b20\d\d\b", cell)]
    return ys[0] if len(set(ys)) == 1 else [min(ys), max(ys)]


# ------------------------------------------------------------------ (A) dimension tables
def _t(name, ind, target, tcell, lokasi, ycell, bcell, pdcell, *, note=""):
    """bcell: the money cell in million rupiah (None budget where it holds only a footnote mark)."""
    owners = pdcell.split(" / ")[0].split(", ")
    nums = re.findall(r"(\d[\d.]*)(?: \(|\*|$|;)", bcell)
    budget = float(sum(float(n.replace(".", "")) for n in nums)) * 1e6 if nums else None
    year = _years(ycell)
    p = Prog(name, "", owners, target, year, budget, "table", v="pengampu-table", note=note)
    if target is not None:
        assert num_id(target.value) in tcell, name
        assert (target.year is None) == ("(" not in tcell), name
        if target.year:
            assert f"({target.year})" in tcell, name
    INFO[name] = dict(ind=ind, tcell=tcell, lokasi=lokasi, ycell=ycell, bcell=bcell, pdcell=pdcell)
    return p


GOV = [
    _t(
        "Tanda Tangan Elektronik dan Naskah Dinas Digital",
        "Persentase PD yang menggunakan TTE pada naskah dinas",
        T("PD yang menggunakan TTE pada naskah dinas", 100, "persen", 2027),
        "100% (2027)",
        "Seluruh PD dan 15 kantor kecamatan",
        "2026-2027",
        "1.250",
        "Diskominfo / Bagian Organisasi Setda",
    ),
    _t(
        "Manajemen Talenta ASN",
        "Jumlah jabatan yang diisi melalui sistem manajemen talenta",
        T("jabatan yang diisi melalui sistem manajemen talenta", 60, "jabatan"),
        "min. 60 jabatan",
        "Kantor BKPSDM",
        "2027",
        "650",
        "BKPSDM / Diskominfo",
        note="'min.' before the value; one year",
    ),
    _t(
        "Pengadaan Barang/Jasa Elektronik Terintegrasi",
        "Persentase paket pengadaan yang tercatat dalam katalog elektronik daerah",
        T("paket pengadaan yang tercatat dalam katalog elektronik daerah", 80, "persen", 2029),
        "80% (2029)",
        "Bagian PBJ Setda",
        "2026 s.d 2029",
        "*)",
        "Bagian PBJ Setda / Diskominfo, Inspektorat",
        note="budget truly missing (footnote: awaits the feasibility study); an owner with a slash in its name",
    ),
    _t(
        "Satu Data Rantau Kemuning",
        "Jumlah dataset sektoral yang terbit di portal satu data",
        T("dataset sektoral yang terbit di portal satu data", 350, "dataset", 2030),
        "350 dataset (2030)",
        "Portal data kabupaten",
        "2026-2030",
        "3.150**)",
        "Bapperida, Diskominfo / seluruh PD",
        note="two owners before the slash; a footnote mark after the money",
    ),
]

ECO = [
    _t(
        "Pasar Rakyat Digital",
        "Jumlah pasar rakyat yang menerapkan retribusi nontunai",
        T("pasar rakyat yang menerapkan retribusi nontunai", 9, "pasar", 2028),
        "9 pasar (2028)",
        "Pasar Induk Kemuning dan 8 pasar kecamatan",
        "2026-28",
        "600 (APBD); 900 (DAK)",
        "Disperindag / Diskopukm",
        note="two sources in one money cell; '2026-28'",
    ),
    _t(
        "Pajak Daerah Online",
        "Persentase penerimaan PBB-P2 dan PBJT yang dibayar nontunai",
        T("penerimaan PBB-P2 dan PBJT yang dibayar nontunai", 60, "persen"),
        "60%",
        "15 kecamatan",
        "2026",
        "480",
        "Bapenda / BPKAD, Diskominfo",
    ),
    _t(
        "Pemasaran Daring Produk UMKM",
        "Jumlah UMKM yang berjualan di lokapasar",
        T("UMKM yang berjualan di lokapasar", 1500, "UMKM", 2029),
        "1.500 UMKM (2029)",
        "Rumah Kemasan Kemuning",
        "Th. 2027-2029",
        "920",
        "Diskopukm / Disperindag",
    ),
    _t(
        "Informasi Harga Komoditas Pertanian",
        "Jumlah kelompok tani penerima informasi harga harian",
        T("kelompok tani penerima informasi harga harian", 200, "kelompok tani"),
        "min. 200 kelompok tani",
        "BPP di 15 kecamatan",
        "2028 \u2013 2030",
        "735",
        "Distanpangan / Diskominfo",
        note="BPP in the location column is a facility",
    ),
]

LIV = [
    _t(
        "Rekam Medis Elektronik Terintegrasi",
        "Persentase fasilitas kesehatan milik pemerintah yang menerapkan RME",
        T("fasilitas kesehatan milik pemerintah yang menerapkan RME", 100, "persen", 2028),
        "100% (2028)",
        "RSUD Kemuning Medika; 21 Puskesmas; 4 klinik pratama",
        "2026-2028",
        "2.400",
        "Dinkes, RSUD / Diskominfo",
        note="two owners, the RSUD one of them",
    ),
    _t(
        "Perizinan Bangunan Gedung Daring",
        "Rata-rata waktu penerbitan PBG",
        T("rata-rata waktu penerbitan PBG", 14, "hari kerja", 2028),
        "Maks. 14 hari kerja (2028)",
        "Mal Pelayanan Publik Kemuning",
        "2027-2028",
        "560",
        "DPUPR / DPMPTSP",
        note="a falling target; the Mal Pelayanan Publik is a place",
    ),
    _t(
        "Transportasi Perdesaan Terjadwal",
        "Jumlah trayek angkutan perdesaan yang terpantau GPS",
        T("trayek angkutan perdesaan yang terpantau GPS", 8, "trayek", 2030),
        "8 trayek (2030)",
        "Terminal Tipe C Rantau dan 8 trayek perdesaan",
        "2028 \u2013 2030",
        "1.100",
        "Dishub / -",
    ),
]

H1 = [
    "No.",
    "Program",
    "Indikator Kinerja",
    "Target",
    "Lokasi",
    "Waktu",
    "Indikasi Anggaran (x Rp 1.000.000)",
    "PD Pengampu / Pendukung",
]
H2 = [
    "No.",
    "Program",
    "Indikator Kinerja",
    "Waktu",
    "Target",
    "Indikasi Angaran (x Rp 1.000.000)",
    "Lokasi",
    "PD Pengampu / Pendukung",
]


def _sum_juta(ps) -> float:
    return sum(p.budget for p in ps if p.budget is not None) / 1e6


def _dim_table(pdf, hdr, ps, cap, notes) -> list:
    rows = []
    for i, p in enumerate(ps, 1):
        f = INFO[p.name]
        cells = {
            "No.": f"{i}.",
            "Program": p.name,
            "Indikator Kinerja": f["ind"],
            "Target": f["tcell"],
            "Lokasi": f["lokasi"],
            "Waktu": f["ycell"],
            "PD Pengampu / Pendukung": f["pdcell"],
        }
        rows.append([cells.get(h, f["bcell"]) for h in hdr])
    bcol = next(i for i, h in enumerate(hdr) if "Ang" in h)
    last = [""] * len(hdr)
    last[1] = "Jumlah"
    last[bcol] = num_id(_sum_juta(ps))
    rows.append(last)
    n = len(rows)
    spans = [((1, n), (bcol - 1, n))] if bcol > 2 else []
    b = [pdf.SpanTable(hdr, rows, caption=cap, spans=spans)]
    b += [pdf.Para(t) for t in notes]
    return b


# ------------------------------------------------------------------ (B) lettered prose sub-sections
def rupiah(s: str) -> float:
    m = re.fullmatch(r"Rp ([\d.,]+?)(?:,00)?(?: (M|juta|Milyar))?", s.strip())
    assert m, s
    num, unit = m.group(1), m.group(2)
    if unit is None:
        return float(num.replace(".", ""))
    return float(num.replace(".", "").replace(",", ".")) * {"M": 1e9, "Milyar": 1e9, "juta": 1e6}[unit]


def _s(name, opd, target, year, budget, text, *, money=(), per_year=None, note=""):
    p = Prog(name, "", list(opd), target, year, budget, "prose", budget_per_year=per_year, v="lettered-prose")
    p.note = note
    for o in opd:
        assert o in text, (name, o)
    assert all(m in text for m in money), name
    assert abs(rupiah(money[0]) - budget) < 1, name
    if per_year:
        assert abs(sum(rupiah(m) for m in money[1:]) - budget) < 1, name
    if target is not None:
        assert num_id(target.value) in text, name
    INFO[name] = dict(text=text)
    return p


PROSE = [
    _s(
        "Desa Wisata Digital",
        ["Dinas Pariwisata, Kepemudaan dan Olahraga"],
        T("desa wisata memiliki laman promosi dan pemesanan daring", 25, "desa wisata", 2029),
        [2027, 2029],
        1.2e9,
        "Saat ini baru 6 dari 31 desa wisata di Kabupaten Rantau Kemuning yang memiliki laman promosi sendiri. "
        "Perangkat daerah pengampu program ini adalah Dinas Pariwisata, Kepemudaan dan Olahraga, didukung oleh "
        "Dinas Pemberdayaan Masyarakat dan Desa untuk pendampingan kelompok sadar wisata. Program dilaksanakan "
        "secara bertahap mulai 2027 hingga 2029 dengan indikasi pendanaan sebesar Rp 1,2 Milyar yang bersumber "
        "dari APBD (60%) dan CSR perbankan (40%). Ukuran keberhasilannya adalah 25 desa wisata memiliki laman "
        "promosi dan pemesanan daring pada 2029.",
        money=("Rp 1,2 Milyar",),
        note="money shares of one total; a baseline; a supporting agency",
    ),
    _s(
        "Kalender Budaya Kemuning",
        ["Dinas Pendidikan dan Kebudayaan"],
        T("event budaya tercatat dalam kalender budaya daring", 12, "event"),
        [2026, 2027],
        900e6,
        "Program ini menghimpun jadwal pertunjukan, festival dan upacara adat dalam satu kalender daring yang "
        "terhubung dengan media sosial resmi pemerintah kabupaten. Pengampunya Dinas Pendidikan dan Kebudayaan, "
        "bekerja sama dengan lembaga adat dan sanggar seni. Total kebutuhan Rp 900 juta, dengan rincian tahun "
        "2026 Rp 300 juta dan tahun 2027 Rp 600 juta. Sekurang-kurangnya 12 event budaya tercatat dalam kalender "
        "budaya daring setiap tahun.",
        money=("Rp 900 juta", "Rp 300 juta", "Rp 600 juta"),
        per_year={2026: 300e6, 2027: 600e6},
        note="a total and its per-year parts",
    ),
    _s(
        "Perpustakaan Digital Desa",
        ["Dinas Perpustakaan dan Kearsipan"],
        None,
        [2027, 2030],
        1.05e9,
        "Perangkat daerah pengampu program ini adalah Dinas Perpustakaan dan Kearsipan. Program menyediakan "
        "koleksi buku elektronik, perangkat baca dan pelatihan pengelola perpustakaan desa selama empat tahun "
        "anggaran, 2027 sampai 2030, dengan kebutuhan biaya Rp 1.050.000.000,00. Indikator kinerja program ini "
        "akan dirumuskan bersama Perpustakaan Nasional pada tahun pertama pelaksanaan.",
        money=("Rp 1.050.000.000,00",),
        note="target truly missing",
    ),
    _s(
        "Layanan Pengaduan Kekerasan terhadap Perempuan dan Anak",
        ["Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"],
        T("laporan kekerasan terhadap perempuan dan anak ditangani dalam 1x24 jam", 90, "persen", 2026),
        2026,
        375e6,
        "Laporan kekerasan dapat disampaikan melalui aplikasi, pesan singkat dan nomor layanan 24 jam, lalu "
        "diteruskan kepada petugas pendamping. Pengampu program adalah Dinas Pemberdayaan Perempuan, "
        "Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana, bermitra dengan UPTD PPA dan Unit PPA "
        "Polres Rantau Kemuning. Program dilaksanakan pada TA 2026 dengan biaya Rp 375 juta, dan ditargetkan "
        "90% laporan kekerasan terhadap perempuan dan anak ditangani dalam 1x24 jam pada 2026.",
        money=("Rp 375 juta",),
        note="an owner with commas in its name; partners",
    ),
    _s(
        "Peringatan Dini Banjir Batang Kemuning",
        ["Badan Penanggulangan Bencana Daerah"],
        T("pos pemantau tinggi muka air terhubung ke pusat kendali", 10, "pos", 2029),
        [2027, 2029],
        2.75e9,
        "Banjir pada Desember 2024 merendam 1.870 rumah di 6 kecamatan sepanjang Batang Kemuning. Perangkat "
        "daerah pengampu program ini adalah Badan Penanggulangan Bencana Daerah, didukung oleh Dinas Pekerjaan "
        "Umum dan Penataan Ruang, dengan dukungan data cuaca dari BMKG. Program berjalan mulai 2027 hingga 2029 "
        "dengan indikasi pendanaan Rp 2.750.000.000. Ditargetkan 10 pos pemantau tinggi muka air terhubung ke "
        "pusat kendali pada 2029.",
        money=("Rp 2.750.000.000",),
        note="flood figures of 2024 are a baseline; a supporting agency; BMKG a partner",
    ),
    _s(
        "Pengangkutan Sampah Terpantau",
        ["Dinas Lingkungan Hidup"],
        T("armada pengangkut sampah terpantau GPS", 30, "armada", 2030),
        [2028, 2030],
        1.35e9,
        "Rute dan jadwal truk pengangkut sampah dipantau secara daring, dan retribusi kebersihan dapat dibayar "
        "secara nontunai. Program ini diampu Dinas Lingkungan Hidup pada 2028 sampai 2030 dengan biaya Rp 1,35 "
        "M; ukuran keberhasilannya adalah 30 armada pengangkut sampah terpantau GPS pada 2030.",
        money=("Rp 1,35 M",),
    ),
]


# ------------------------------------------------------------------ (C) quick wins
def _q(name, opd, pdcell, masalah, solusi, target, tcell, jcell, budget, bcell, *, note=""):
    p = Prog(name, "", list(opd), target, _years(jcell), budget, "table", quick_win=True, kind="Quick win")
    p.v, p.note = "problem-solution-qw", note
    assert num_id(target.value) in tcell, name
    m = re.fullmatch(r"Rp ([\d.,]+) ?(jt|juta)?", bcell)
    assert m, bcell
    v = float(m.group(1).replace(".", "").replace(",", "."))
    assert abs((v * 1e6 if m.group(2) else v) - budget) < 1, name
    INFO[name] = dict(pdcell=pdcell, masalah=masalah, solusi=solusi, tcell=tcell, jcell=jcell, bcell=bcell)
    return p


QW = [
    _q(
        "Layanan Adminduk Keliling Berbasis Daring",
        ["Disdukcapil"],
        "Disdukcapil",
        "Perekaman KTP-el di 5 kecamatan terjauh baru 78% (2025)",
        "Mobil layanan dengan koneksi satelit dan pendaftaran jadwal secara daring",
        T("perekaman KTP-el di 5 kecamatan terjauh", 95, "persen"),
        "95% perekaman KTP-el di 5 kecamatan terjauh",
        "Maret - Agustus 2026",
        185e6,
        "Rp 185 jt",
        note="a baseline in the problem column",
    ),
    _q(
        "Wifi Gratis Ruang Publik",
        ["Diskominfo"],
        "Diskominfo",
        "Baru 58% desa terjangkau sinyal 4G; warga berkumpul di alun-alun dan balai desa untuk mengakses internet",
        "Titik akses internet gratis dengan pembatasan waktu pemakaian",
        T("titik wifi publik aktif", 25, "titik"),
        "25 titik wifi publik aktif",
        "Tw II - Tw IV 2026",
        240e6,
        "Rp 240.000.000",
    ),
    _q(
        "Antrian Online Puskesmas",
        ["Dinkes"],
        "Dinkes",
        "Antrean pendaftaran di puskesmas mencapai 2 jam pada hari Senin",
        "Pendaftaran dan nomor antrean melalui aplikasi dan WhatsApp",
        T("puskesmas melayani pendaftaran daring", 21, "puskesmas"),
        "21 puskesmas melayani pendaftaran daring",
        "Juli 2026 - Januari 2027",
        98.5e6,
        "Rp 98,5 jt",
        note="months over two years",
    ),
    _q(
        "Aduan Jalan Rusak via WhatsApp",
        ["DPUPR"],
        "DPUPR",
        "Laporan jalan rusak tersebar di berbagai kanal dan tidak tercatat",
        "Satu nomor aduan dengan peta titik kerusakan jalan kabupaten",
        T("laporan jalan rusak mendapat tanggapan dalam 7 hari", 80, "persen"),
        "80% laporan jalan rusak mendapat tanggapan dalam 7 hari",
        "Juni - September 2026",
        60e6,
        "Rp 60 juta",
    ),
    _q(
        "Dasbor Data Pimpinan",
        [],
        "Ditetapkan melalui Keputusan Bupati tentang Tim Pelaksana Smart City",
        "Data kinerja daerah tersebar di setiap PD dan lambat tersaji untuk rapat pimpinan",
        "Dasbor indikator kinerja daerah yang diperbarui setiap bulan",
        T("indikator kinerja daerah tampil di dasbor pimpinan", 20, "indikator"),
        "20 indikator kinerja daerah tampil di dasbor pimpinan",
        "Mei - Desember 2026",
        150e6,
        "Rp 150 jt",
        note="owner truly missing",
    ),
]


def _qw_table(pdf) -> list:
    rows = []
    for i, p in enumerate(QW, 1):
        f = INFO[p.name]
        rows.append([str(i), p.name, f["masalah"], f["solusi"], f["pdcell"], f["tcell"], f["jcell"], f["bcell"]])
    hdr = ["No", "Quick Win", "Permasalahan", "Solusi", "PD Pelaksana", "Target", "Jadwal", "Biaya"]
    return [pdf.Table(hdr, rows, caption="Tabel 5.1 Program Quick Win Kabupaten Rantau Kemuning")]


def programmes() -> list[Prog]:
    return GOV + ECO + LIV + PROSE + QW


def blocks(pdf) -> list:
    b = [pdf.Heading(1, "DAFTAR SINGKATAN")]
    b.append(pdf.Table(["Singkatan", "Kepanjangan"], [list(g) for g in GLOSSARY]))
    b.append(pdf.PageBreak())
    b += heading_blocks(PLAN, pdf)
    b.append(pdf.Heading(1, "BAB II GAMBARAN UMUM DAN KESIAPAN DAERAH"))
    b.append(
        pdf.Para(
            "Indikator makro daerah yang menjadi acuan penyelarasan masterplan dengan RPJMD disajikan pada tabel "
            "berikut. Indikator ini adalah indikator kinerja daerah, bukan target program smart city."
        )
    )
    b.append(
        pdf.Table(
            ["Indikator", "Satuan", "2023", "2024", "Target RPJMD 2029"],
            [
                ["Indeks Pembangunan Manusia", "indeks", "69,42", "70,05", "72,80"],
                ["Indeks SPBE", "indeks", "2,27", "2,41", "3,50"],
                ["Persentase penduduk miskin", "persen", "9,84", "9,31", "7,00"],
                ["Desa terjangkau sinyal 4G", "persen", "52", "58", "100"],
                ["Rata-rata lama sekolah", "tahun", "8,12", "8,25", "8,90"],
            ],
            caption="Tabel 2.1 Indikator Makro RPJMD Kabupaten Rantau Kemuning",
        )
    )
    b.append(
        pdf.Para(
            "Hasil pemetaan kesiapan menunjukkan jaringan serat optik baru menjangkau 9 dari 15 kantor kecamatan. "
            "Belanja teknologi informasi dan komunikasi dalam APBD 2025 sebesar Rp 7,9 miliar, atau 0,5% dari total "
            "belanja daerah."
        )
    )
    b.append(pdf.Heading(1, "BAB III STRATEGI PENGEMBANGAN"))
    b.append(pdf.Para("Strategi pengembangan smart city Kabupaten Rantau Kemuning ditempuh melalui empat arah:"))
    b.append(
        pdf.Bullets(
            [
                "Memperkuat tata kelola data dan layanan pemerintahan berbasis elektronik;",
                "Mendorong transaksi nontunai di pasar, pajak daerah dan pemasaran produk lokal;",
                "Mendekatkan layanan kesehatan, perizinan dan transportasi ke desa;",
                "Meningkatkan ketangguhan terhadap banjir dan mutu lingkungan hidup.",
            ]
        )
    )
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB IV RENCANA PROGRAM SMART CITY"))
    b.append(
        pdf.Para(
            "Program smart city dirinci per dimensi. Kolom Indikasi Anggaran memuat kebutuhan dana program untuk "
            "seluruh waktu pelaksanaannya dalam jutaan rupiah (x Rp 1.000.000). Pada kolom PD Pengampu / Pendukung, "
            "perangkat daerah di depan tanda garis miring adalah pengampu (penanggung jawab) program, sedangkan "
            "perangkat daerah di belakangnya adalah pendukung. Target yang diikuti tahun dalam kurung adalah target "
            "pada tahun tersebut."
        )
    )
    b.append(pdf.Heading(2, "4.1 Dimensi Smart Governance"))
    b.append(
        pdf.Para(
            "Dimensi Smart Governance diarahkan untuk mempercepat birokrasi tanpa kertas, memperbaiki tata kelola "
            "pengadaan dan menyediakan data yang dapat dipercaya bagi perencanaan pembangunan."
        )
    )
    b += _dim_table(
        pdf,
        H1,
        GOV,
        "Tabel 4.1 Program Dimensi Smart Governance",
        [
            "Keterangan:",
            "*) Besaran anggaran belum dapat ditetapkan; menunggu hasil studi kelayakan (FS) yang dijadwalkan "
            "selesai Desember 2026.",
            "**) Termasuk biaya lisensi perangkat lunak dan pemeliharaan selama tiga tahun pertama.",
            "Sumber: Hasil FGD Tim Pelaksana Smart City Kabupaten Rantau Kemuning, Oktober 2025 (diolah).",
        ],
    )
    b.append(pdf.Heading(2, "4.2 Dimensi Smart Economy"))
    b.append(
        pdf.Para(
            "Dimensi Smart Economy menitikberatkan transaksi nontunai, perluasan pasar produk UMKM dan keterbukaan "
            "informasi harga bagi petani."
        )
    )
    b += _dim_table(
        pdf,
        H2,
        ECO,
        "Tabel 4.2 Program Dimensi Smart Economy",
        [
            "Keterangan: anggaran Pasar Rakyat Digital bersumber dari APBD dan DAK Fisik Bidang Pasar.",
            "Sumber: Hasil FGD Tim Pelaksana Smart City, Oktober 2025 (diolah).",
        ],
    )
    b.append(pdf.Heading(2, "4.3 Dimensi Smart Living"))
    b.append(
        pdf.Para(
            "Dimensi Smart Living mendekatkan layanan kesehatan, perizinan bangunan dan angkutan umum kepada warga "
            "desa."
        )
    )
    b += _dim_table(
        pdf,
        H1,
        LIV,
        "Tabel 4.3 Program Dimensi Smart Living",
        [
            "Keterangan: tanda - pada kolom PD Pengampu / Pendukung berarti tidak ada perangkat daerah pendukung.",
            "Sumber: Hasil FGD Tim Pelaksana Smart City, Oktober 2025 (diolah).",
        ],
    )
    b.append(pdf.Heading(2, "4.4 Dimensi Smart Branding, Smart Society dan Smart Environment"))
    b.append(
        pdf.Para(
            "Program pada ketiga dimensi berikut diuraikan dalam bentuk narasi karena sebagian besar melibatkan "
            "mitra di luar pemerintah daerah."
        )
    )
    for k, p in enumerate(PROSE):
        b.append(pdf.Heading(3, f"{'abcdefgh'[k]}. {p.name}"))
        b.append(pdf.Para(INFO[p.name]["text"]))
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB V PROGRAM QUICK WIN"))
    b.append(
        pdf.Para(
            "Quick win adalah program berbiaya kecil yang hasilnya dapat segera dirasakan warga dan dilaksanakan "
            "pada tahun pertama masterplan. Setiap quick win disusun dari permasalahan yang ditemukan saat FGD."
        )
    )
    b += _qw_table(pdf)
    b.append(pdf.PageBreak())
    b.append(pdf.Heading(1, "BAB VI KERANGKA PENDANAAN"))
    per = [
        ("Smart Governance", _sum_juta(GOV)),
        ("Smart Economy", _sum_juta(ECO)),
        ("Smart Living", _sum_juta(LIV)),
        ("Smart Branding, Society dan Environment", _sum_juta(PROSE)),
        ("Quick Win", _sum_juta(QW)),
    ]
    rows = [[d, num_id(v)] for d, v in per] + [["Jumlah", num_id(sum(v for _, v in per))]]
    b.append(
        pdf.Para(
            "Rekapitulasi indikasi anggaran per dimensi disajikan pada tabel berikut. Sekitar 72% diharapkan "
            "bersumber dari APBD, 18% dari DAK dan sisanya dari CSR dan mitra swasta."
        )
    )
    b.append(
        pdf.Table(
            ["Dimensi", "Indikasi Anggaran (x Rp 1.000.000)"],
            rows,
            caption="Tabel 6.1 Rekapitulasi Indikasi Anggaran per Dimensi",
        )
    )
    return b
