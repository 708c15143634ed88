"""Write realdata_gold.yaml: 40 programme rows of the real DKI Jakarta RPJMD 2025-2029
("Tabel IV.1 Program Perangkat Daerah Disertai Pagu Indikatif"), read from the MinerU text in
../shared/realdata (rowspan/colspan resolved), with names and agency names in normalised spelling
(the OCR text has typos such as "UUSAN" for "URUSAN"). Numbers are copied from the table cells.
Kept for provenance; the yaml is committed and is the gold. EVALUATION ONLY: never tune on it.

    .venv/bin/python bench/eval/programmes/make_realdata_gold.py
"""

from __future__ import annotations

import difflib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SRC = (ROOT.parent / "shared" / "realdata" / "dki_jakarta" / "RPJMD_DKI_Jakarta_2025-2029.txt").resolve()

U = "PD Urusan Pemerintahan Bidang "
# code as printed -> (normalised programme name, [normalised agency])
ROWS = {
    "1.02.03": ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", [U + "Kesehatan"]),
    "1.03.06": ("Program Pengelolaan dan Pengembangan Sistem Drainage", [U + "Pekerjaan Umum dan Penataan Ruang"]),
    "1.05.02": (
        "Program Peningkatan Ketenteraman dan Ketertiban Umum",
        [U + "Ketenteraman dan Ketertiban Umum serta Perlindungan Masyarakat"],
    ),
    "1.06.02": ("Program Pemberdayaan Sosial", [U + "Sosial"]),
    "1.06.05": ("Program Perlindungan dan Jaminan Sosial", [U + "Sosial"]),
    "1.06.06": ("Program Penanganan Bencana", [U + "Sosial"]),
    "2.07.02": ("Program Perencanaan Tenaga Kerja", [U + "Tenaga Kerja"]),
    "2.07.05": ("Program Hubungan Industrial", [U + "Tenaga Kerja"]),
    "2.07.06": ("Program Pengawasan Ketenagakerjaan", [U + "Tenaga Kerja"]),
    "2.08.02": (
        "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
        [U + "Pemberdayaan Perempuan dan Perlindungan Anak"],
    ),
    "2.08.04": ("Program Peningkatan Kualitas Keluarga", [U + "Pemberdayaan Perempuan dan Perlindungan Anak"]),
    "2.09.04": ("Program Penanganan Kerawanan Pangan", [U + "Pangan"]),
    "2.11.10": ("Program Penanganan Pengaduan Lingkungan Hidup", [U + "Lingkungan Hidup"]),
    "2.12.02": ("Program Pendaftaran Penduduk", [U + "Administrasi Kependudukan dan Pencatatan Sipil"]),
    "2.12.03": ("Program Pencatatan Sipil", [U + "Administrasi Kependudukan dan Pencatatan Sipil"]),
    "2.14.02": ("Program Pengendalian Penduduk", [U + "Pengendalian Penduduk dan Keluarga Berencana"]),
    "2.16.02": ("Program Pengelolaan Informasi dan Komunikasi Publik", [U + "Komunikasi dan Informatika"]),
    "2.18.05": ("Program Pengendalian Pelaksanaan Penanaman Modal", [U + "Penanaman Modal"]),
    "2.19.04": ("Program Pengembangan Kapasitas Kepramukaan", [U + "Kepemudaan dan Olahraga"]),
    "2.20.02": ("Program Penyelenggaraan Statistik Sektoral", [U + "Statistik"]),
    "2.2.22": ("Program Penyelenggaraan Persandian untuk Pengamanan Informasi", [U + "Persandian"]),
    "2.2.23": ("Program Pengembangan Kesenian Tradisional", [U + "Kebudayaan"]),
    "2.2.24": ("Program Pembinaan Sejarah", [U + "Kebudayaan"]),
    "2.2.03": ("Program Pelestarian Koleksi Nasional dan Naskah Kuno", [U + "Perpustakaan"]),
    "2.2.042": ("Program Pengelolaan Arsip", [U + "Kearsipan"]),
    "2.2.043": ("Program Perlindungan dan Penyelamatan Arsip", [U + "Kearsipan"]),
    "3.2.052": ("Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", [U + "Kelautan dan Perikanan"]),
    "3.2.055": ("Program Pengawasan Sumber Daya Kelautan dan Perikanan", [U + "Kelautan dan Perikanan"]),
    "3.27.02": ("Program Penyediaan dan Pengembangan Sarana Pertanian", [U + "Pertanian"]),
    "3.27.04": ("Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", [U + "Pertanian"]),
    "3.28.06": ("Program Pengelolaan Daerah Aliran Sungai (DAS)", [U + "Kehutanan"]),
    "3.29.05": ("Program Pengelolaan Energi Terbarukan", [U + "Energi dan Sumber Daya Mineral"]),
    "3.29.06": ("Program Pengelolaan Ketenagalistrikan", [U + "Energi dan Sumber Daya Mineral"]),
    "3.31.03": ("Program Pengendalian Izin Usaha Industri", [U + "Perindustrian"]),
    "4.01.05": ("Program Fasilitasi dan Koordinasi Hukum", ["PD Sekretariat Daerah"]),
    "4.01.07": (
        "Program Kebijakan dan Pelayanan Pengadaan Barang dan Jasa",
        ["PD Sekretariat Daerah-Badan Pelayanan Pengadaan Barang/Jasa"],
    ),
    "4.02.02": ("Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", ["PD Sekretariat DPRD"]),
    "5.01.02": ("Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", ["PD Perencanaan"]),
    "5.04.02": ("Program Pengembangan Sumber Daya Manusia", ["PD Pendidikan dan Pelatihan"]),
    "8.01.04": ("Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan", ["PD Kesatuan Bangsa dan Politik"]),
}
UNITS = {"persen": "persen", "%": "persen", "persentase": "persen"}
YEARS = [2026, 2027, 2028, 2029, 2030]


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell, self.span = [], None, None, (1, 1)

    def handle_starttag(self, t, a):
        a = dict(a)
        if t == "tr":
            self.row = []
        elif t in ("td", "th"):
            self.cell, self.span = [], (int(a.get("rowspan", 1)), int(a.get("colspan", 1)))

    def handle_endtag(self, t):
        if t in ("td", "th") and self.cell is not None:
            self.row.append((re.sub(r"\s+", " ", "".join(self.cell)).strip(),) + self.span)
            self.cell = None
        elif t == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell.append(d)


def grid(src: str) -> list[list[str]]:
    p = _P()
    p.feed(src)
    g = {}
    for r, row in enumerate(p.rows):
        c = 0
        for txt, rs, cs in row:
            while (r, c) in g:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    g[(r + dr, c + dc)] = txt if (dr, dc) == (0, 0) else "^"
            c += cs
    if not g:
        return []
    nr, nc = max(r for r, _ in g) + 1, max(c for _, c in g) + 1
    return [[g.get((r, c), "") for c in range(nc)] for r in range(nr)]


def programme_tables(lines: list[str]):
    """(line index, HTML source) of each "Program Perangkat Daerah" table of the MinerU text."""
    for i, line in enumerate(lines):
        if "<table" not in line or "Program Perangkat Daerah" not in line[:400]:
            continue
        src, k = line, i + 1
        while "</table>" not in src and k < len(lines):
            src += "\n" + lines[k]
            k += 1
        yield i, src


def num(s: str) -> float | None:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(",", "."))
    return None


def main() -> int:
    import yaml

    text = SRC.read_text(encoding="utf-8")
    lines = text.split("\n")
    flat = re.sub(r"\s+", " ", text)  # anchors are matched with whitespace collapsed (cells wrap lines)
    found = {}
    for _i, src in programme_tables(lines):
        for r in grid(src):
            if len(r) < 19 or r[0] not in ROWS or not r[1].upper().startswith("PROGRAM"):
                continue
            sim = difflib.SequenceMatcher(
                None, re.sub(r"\W", "", r[1].upper().split("OUTCOME")[0]), re.sub(r"\W", "", ROWS[r[0]][0].upper())
            ).ratio()
            if sim > found.get(r[0], (0, None))[0]:  # OCR codes repeat: the row whose name is this one
                found[r[0]] = (sim, r)
    out = []
    for code, (name, opd) in ROWS.items():
        sim, r = found[code]
        assert sim >= 0.8, (code, sim, r[1][:60])
        raw = re.split(r"\s*(?:Outcome|OUTcome)\s*:?", r[1])[0].strip()
        anchor = raw[:60]
        assert flat.count(anchor) == 1, (code, anchor, flat.count(anchor))
        v = r[5:17]
        tgt = {y: num(v[2 * j]) for j, y in enumerate(YEARS)}
        rp = {y: num(v[2 * j + 1]) for j, y in enumerate(YEARS)}
        total = num(v[11])
        assert all(x is not None for x in rp.values()) and abs(sum(rp.values()) - total) <= 3, code
        assert num(v[10]) == tgt[2030], code
        unit = UNITS.get(r[3].strip().lower(), r[3].strip().lower())
        ind = r[2].strip()
        out.append(
            {
                "contains": anchor,
                "code": code,
                "name": name,
                "opd": opd,
                "target": {"text": ind[:60], "value": tgt[2030], "unit": unit, "year": 2030, "per_year": tgt},
                "year": [2026, 2030],
                "budget": round(total * 1e6),
                "budget_per_year": {y: round(x * 1e6) for y, x in rp.items()},
                "horizon": None,
                "quick_win": False,
                "page": None,
                "split": "real",
            }
        )
    head = (
        "# Real programme rows (EVALUATION ONLY - never use them to tune, train or write rules): 40 rows of\n"
        '# "Tabel IV.1 Program Perangkat Daerah Disertai Pagu Indikatif" of the real RPJMD Provinsi DKI Jakarta\n'
        "# 2025-2029 (../shared/realdata/dki_jakarta/RPJMD_DKI_Jakarta_2025-2029.txt, MinerU text of the PDF).\n"
        "# contains: a short anchor (<= 60 characters, the row's programme cell as printed, OCR typos included)\n"
        "#   that occurs once in that text (whitespace collapsed). The other fields are facts of the row: name and opd in normalised\n"
        "#   spelling (the OCR has 'UUSAN' for 'URUSAN' and the like), the first indicator's target per year and\n"
        "#   its 2030 value (= the 'Kondisi Akhir' target), the years of the funding columns, and the funding\n"
        "#   framework in rupiah (the table gives million rupiah: 'dalam juta rupiah').\n"
        "# Written by make_realdata_gold.py (provenance); rows whose columns are shifted by the OCR, or whose\n"
        "# programme name occurs twice in the RPJMD, were left out.\n"
    )
    body = yaml.safe_dump(
        {"version": 1, "source": "RPJMD_DKI_Jakarta_2025-2029.txt", "city": "Provinsi DKI Jakarta", "rows": out},
        allow_unicode=True,
        sort_keys=False,
        width=110,
    )
    (HERE / "realdata_gold.yaml").write_text(head + body, encoding="utf-8")
    print(f"wrote {len(out)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
