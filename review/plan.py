"""What a masterplan contains, read from the store: its passages with their labels and the
role of their section (analysis, strategy, programme, quick win, roadmap), its programmes, the
readiness pillars it analyses and its time horizons. The gap and alignment logic works on
this `Plan`.

Programmes (issue 19) come from the plan's programme tables, cell by cell (two-row headers joined,
per-year target and budget columns kept per year and summed, tables split over pages rejoined,
merged cells filled down, road-map cells listing several names split), and from the prose and
lists of its programme and quick-win chapters (nlp.entities.segment_programmes), always both; one
record per programme (merge_programmes), every field with its source and confidence.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from nlp import nomenclature
from nlp.cards import card_budget, is_card_table, table_cards, text_cards
from nlp.entities import (
    MONEY_RANGE,
    MONTH_NO,
    TERM_OF,
    TERM_RE,
    YEAR_RANGE,
    agencies,
    card_role,
    cell_amount,
    column_role,
    horizon_map,
    is_empty_cell,
    money_mentions,
    parse_number,
    parse_target,
    plan_year_span,
    plan_years,
    programme_record,
    segment_programmes,
    span_target,
    year_span,
)
from nlp.taxonomy import ALL_ELEMENTS, DIMENSIONS, Taxonomy, lexicon_matches
from nlp.taxonomy import default as default_taxonomy
from nlp.unglue import unglue, vocabulary

from .issues import rubric


@dataclass
class Programme:
    name: str
    opd: str | None = None
    target: str | None = None
    indicator: str | None = None
    year: str | None = None
    budget: float | None = None
    budget_text: str | None = None
    quick_win: bool = False
    dimension: str | None = None
    element: str | None = None
    issues: list[str] = field(default_factory=list)
    labels: dict = field(default_factory=dict)  # classifier output for the programme text
    page: int | None = None
    section: str = ""
    source: str = "table"  # table | text
    table: str = ""  # caption of its table
    passage_id: int | None = None
    # issue 19: the fields as the plan writes them, and where each came from
    opds: list[str] = field(default_factory=list)  # every responsible agency ("X dan Y" -> two)
    target_value: float | None = None
    target_unit: str | None = None
    target_year: int | None = None
    baseline: float | None = None
    target_per_year: list[dict] = field(default_factory=list)  # [{year, value}] of a per-year table
    budget_range: list[float] | None = None  # [low, high] of "Rp 4-6 miliar"
    budget_per_year: list[dict] = field(default_factory=list)  # [{year, amount}] of per-year columns
    horizon: str | None = None  # short | medium | long (jangka pendek/menengah/panjang)
    sources: list[dict] = field(default_factory=list)  # [{field, text, page, start, end, confidence, how}]
    confidence: float = 1.0  # how sure the record is a programme the plan defines
    # the official programme nomenclature (Permendagri 90/2019 and updates): its code, and the name as the
    # document wrote it when the name was repaired against the list ("PEMBERDAYAN SOSIAL")
    nomenclature: str | None = None
    name_as_written: str | None = None

    @property
    def missing(self) -> list[str]:
        out = []
        if not self.target and not self.indicator:
            out.append("target")
        if not self.year:
            out.append("year")
        if self.budget is None:
            out.append("budget")
        if not self.opd:
            out.append("opd")
        return out

    def text(self) -> str:
        parts = [self.name]
        if self.indicator:
            parts.append(self.indicator)
        if self.target and self.target != self.indicator:
            parts.append(self.target)
        return ". ".join(parts)

    def to_json(self) -> dict:
        """The record in the order of review.records.ProgrammeRecord: the first fields, `missing`,
        then the fields added since (appended, never reordered)."""
        d = asdict(self)
        first = list(d)[: list(d).index("passage_id") + 1]
        out = {k: d[k] for k in first}
        out["missing"] = self.missing
        out.update({k: v for k, v in d.items() if k not in out})
        return out


@dataclass
class Plan:
    doc: dict
    passages: list[dict]  # each with "labels", "role"
    sections: list[dict]
    programmes: list[Programme]
    roles: dict[int, str]  # section ordinal -> role
    pillars: dict[str, list[int]]  # pillar id -> passage ids analysing it
    horizons: list[dict]  # horizon entities found (terms and year ranges)
    period: tuple[int | None, int | None]
    tables: list[dict]
    programme_vectors: object = None  # e5 passage vectors of Programme.text(), one row per programme


def _tokens(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {"dan", "smart", "the", "of", "serta", "di"}}


class NameIndex:
    """Dimension and element names as plans write them ("Smart Governance", "Pelayanan Publik",
    "Pengelolaan Sampah dan Limbah") -> ids, by word overlap with the taxonomy's labels."""

    def __init__(self, tax: Taxonomy):
        self.entries: list[tuple[set[str], str, str]] = []
        for d in tax.dimensions:
            for name in (d.label.get("id", ""), d.label.get("en", ""), f"smart {d.id}", d.id):
                self.entries.append((_tokens(name), "dimension", d.id))
        self.entries += [
            (
                _tokens(f"smart {c['term'].split()[-1]}"),
                "dimension" if "." not in c["maps_to"] else "element",
                c["maps_to"],
            )
            for c in tax.crosswalk
        ]
        for e in tax.elements:
            for name in (e.label.get("id", ""), e.label.get("en", "")):
                self.entries.append((_tokens(name), "element", e.id))
        extra = {
            "governance.service": "pelayanan publik",
            "governance.bureaucracy": "manajemen birokrasi",
            "governance.policy": "kebijakan publik",
            "branding.tourism": "pariwisata",
            "branding.business": "bisnis daerah",
            "branding.city_appearance": "wajah kota penataan wajah kota",
            "economy.industry": "ekosistem industri",
            "economy.welfare": "kesejahteraan rakyat",
            "economy.transaction": "ekosistem transaksi keuangan",
            "living.harmony": "harmonisasi tata ruang pola hidup",
            "living.health": "kesehatan",
            "living.mobility": "transportasi mobilitas",
            "society.community": "komunitas interaksi masyarakat",
            "society.learning": "ekosistem belajar pendidikan",
            "society.security": "keamanan keselamatan",
            "environment.protection": "proteksi lingkungan",
            "environment.waste": "pengelolaan sampah limbah",
            "environment.energy": "energi",
        }
        for el, name in extra.items():
            self.entries.append((_tokens(name), "element", el))

    def match(self, text: str, kind: str | None = None) -> tuple[str, str] | None:
        t = _tokens(text)
        if not t:
            return None
        best, score = None, 0.0
        for toks, k, lid in self.entries:
            if kind and k != kind or not toks:
                continue
            j = len(t & toks) / len(t | toks)
            if j > score:
                best, score = (k, lid), j
        return best if score >= 0.5 else None


def section_roles(sections: list[dict]) -> dict[int, str]:
    """Section ordinal -> role, from its own title first, then its ancestors'."""
    pats = {k: re.compile(v, re.IGNORECASE) for k, v in rubric()["section_roles"].items()}
    by_ord = {s["ordinal"]: s for s in sections}
    out = {}
    for s in sections:
        role, cur = None, s
        while cur is not None and role is None:
            if re.match(r"(?i)\s*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?program\b", cur["title"]):
                role = "programme"  # "4.2 Program Jangka Menengah 2026-2029": programmes, though it names a term
                break
            for k, p in pats.items():
                m = p.search(cur["title"])
                if m and k in ("strategy", "analysis") and _under_programmes(cur, by_ord, pats):
                    # "H.1 Bantuan Sosial Tepat Sasaran", "4.1 Isu Strategis 1: Stunting" under the programme
                    # chapter: a programme's name, or the issue its programmes answer
                    continue
                if m:
                    role = k
                    break
            cur = by_ord.get(cur["parent"]) if cur["parent"] is not None else None
        out[s["ordinal"]] = role or "other"
    return out


def _under_programmes(s: dict, by_ord: dict, pats: dict) -> bool:
    """An ancestor of the section is a programme or quick-win chapter."""
    cur = by_ord.get(s["parent"]) if s["parent"] is not None else None
    while cur is not None:
        t = cur["title"]
        if re.match(r"(?i)\s*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?program\b", t) or any(
            pats[k].search(t) for k in ("quick_win", "programme") if k in pats
        ):
            return True
        cur = by_ord.get(cur["parent"]) if cur["parent"] is not None else None
    return False


# -- programme tables ---------------------------------------------------------------------------------
# Tables as the ingest stores them: a header row and data rows. Real layouts are joined here from the
# stored rows (ingest/ keeps them as printed): a second header row ("Target Kinerja" over "2024 |
# 2025 | 2026"), a table continued on the next page without its header, cells merged over rows.
YEAR_IN = re.compile(r"(?<!\d)(20[0-5]\d)(?!\d)")
TOTAL_ROW = re.compile(r"(?i)(jumlah|total|sub\s*total)\b.*")
GROUP_HEADER = re.compile(r"(?i)^(elemen|dimensi|pilar|urusan|bidang|sasaran|tujuan|misi)")


def _role(label: str, bottom: str = "") -> str | None:
    """A column's role from its bottom header label first ("Rp" under "Tahun 2026"), then the
    whole label ("Target Kinerja 2024")."""
    return (column_role(bottom) if bottom and not YEAR_IN.fullmatch(bottom.strip()) else None) or column_role(label)


# a header cell under a spanning label: a year, a word of the column kinds ("Target", "Rp", "Realisasi")
HEAD_CELL = re.compile(
    r"(?i)^(?:(?:tahun\s+)?20[0-5]\d|target|rp\.?|\(rp\)|realisasi|capaian|satuan|jumlah|total|nilai|"
    r"volume|pagu|anggaran|kinerja|keuangan|k|rp\s*\(juta\)|juta\s*rp|\(juta\s*rp\))$"
)


def _is_header_row(header: list[str], row: list[str]) -> bool:
    """A data row that is a later line of the header: it repeats header cells (No, Program) and fills
    the cells under a spanning label ("Target Kinerja" | "" | ""); or, under a header whose labels span
    several rows (merged cells, blank below), it holds only years and column words ("2026 | | 2027",
    "Target | Rp | Target | Rp")."""
    if len(row) != len(header):
        return False
    numbers = [c.strip() for c in row if c.strip()]
    if len(numbers) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in numbers):
        if [int(c.strip("()")) for c in numbers] == list(range(int(numbers[0].strip("()")), len(numbers) + 1)):
            return True  # the row of column numbers "(1) | (2) | ... | (9)" printed under the header
    same = sum(1 for h, r in zip(header, row) if h.strip() and h.strip().lower() == r.strip().lower())
    under = sum(1 for h, r in zip(header, row) if r.strip() and h.strip().lower() != r.strip().lower())
    if same >= 2 and under >= 1:
        return True
    cells = [r.strip() for r in row if r.strip()]
    spanning = any(not h.strip() for h in header) and sum(1 for h in header if h.strip()) >= 2
    return spanning and len(cells) >= 2 and all(HEAD_CELL.match(c) for c in cells)


def _join_header(header: list[str], row: list[str]) -> tuple[list[str], list[str]]:
    """(labels, bottoms) of a two-row header: a blank top cell continues the spanning label left of it."""
    labels, bottoms, carry, last = [], [], None, ""
    for top, bot in zip((h.strip() for h in header), (r.strip() for r in row)):
        if top:
            carry = top if bot and bot.lower() != top.lower() else None
            label = top if not bot or bot.lower() == top.lower() else f"{top} {bot}"
        elif carry:  # under a spanning label; a blank bottom too: the span of the cell to the left
            label = f"{carry} {bot}" if bot else last
        else:
            label = bot
        labels.append(label)
        bottoms.append(bot if bot.lower() != top.lower() else "")
        last = label
    return labels, bottoms


def normalise_tables(tables: list[dict]) -> list[dict]:
    """The plan's tables with two-row headers joined, continuations without a header given the
    header (and caption) of the table they continue, and merged cells filled down."""
    out: list[dict] = []
    for t in tables:
        t = dict(t, header=[str(h or "") for h in t["header"]], rows=[[str(c or "") for c in r] for r in t["rows"]])
        t = _transposed(t)
        t = _unstacked(t, out[-1] if out else None)
        t["bottoms"] = [""] * len(t["header"])
        t["tops"] = _spread(t["header"])
        while t["rows"] and _is_header_row(t["header"], t["rows"][0]):
            t["header"], t["bottoms"] = _join_header(t["header"], t["rows"].pop(0))
        prev = out[-1] if out else None
        if prev is not None and _second_half(prev, t):
            _join_halves(prev, t)
            continue
        above = None  # the row a continued table's merged cells continue from
        if prev is not None and _continues(prev, t):
            t["rows"] = [t["header"]] + t["rows"]
            t["header"], t["bottoms"], t["caption"] = prev["header"], prev["bottoms"], prev["caption"]
            t["tops"] = prev["tops"]
            above = prev["rows"][-1] if prev["rows"] else None
        elif prev is not None and not t.get("caption") and t["header"] == prev["header"]:
            t["caption"] = prev["caption"]
            above = prev["rows"][-1] if prev["rows"] else None
        t["roles"] = _content_roles(t, _check_roles(t, [_role(h, b) for h, b in zip(t["header"], t["bottoms"])]))
        _join_currency_cells(t)
        _fill_merged(t, above)
        out.append(t)
    return out


TABLE_NO = re.compile(r"(?i)\btabel\s+([\dIVX]+(?:\.\d+)*)")
ROW_NO = re.compile(r"\d{1,3}\.?")


def _row_numbers(t: dict) -> list[str]:
    return [r[0].strip().rstrip(".") for r in t["rows"] if r and ROW_NO.fullmatch(r[0].strip())]


def _second_half(prev: dict, t: dict) -> bool:
    """A table printed in two halves, one after the other (a spreadsheet too wide for the page): the second
    half numbers the same rows (No 1, 2, 3 ...) under other columns (the agency, the time, the money) and names
    no programme, under the same table number."""
    if "programme" not in prev.get("roles", []) or any(column_role(h) == "programme" for h in t["header"]):
        return False
    if (t["page"] or 0) - (prev["page"] or 0) not in (0, 1) or not re.fullmatch(r"(?i)no\.?", t["header"][0].strip()):
        return False
    a, b = TABLE_NO.search(prev.get("caption") or ""), TABLE_NO.search(t.get("caption") or "")
    if a and b and a.group(1) != b.group(1):
        return False
    mine, theirs = _row_numbers(t), _row_numbers(prev)
    return len(mine) >= 2 and set(mine) <= set(theirs)


def _join_halves(prev: dict, t: dict) -> None:
    """The second half's columns added to the rows of the first, row by row by their number."""
    by_no = {r[0].strip().rstrip("."): r[1:] for r in t["rows"] if r and ROW_NO.fullmatch(r[0].strip())}
    width = len(t["header"]) - 1
    prev["rows"] = [r + list(by_no.get(r[0].strip().rstrip("."), [""] * width)) for r in prev["rows"]]
    prev["header"] = prev["header"] + t["header"][1:]
    prev["bottoms"] = prev["bottoms"] + [""] * width
    prev["tops"] = _spread(prev["header"])
    prev["roles"] = _content_roles(
        prev, _check_roles(prev, [_role(h, b) for h, b in zip(prev["header"], prev["bottoms"])])
    )


def _join_currency_cells(t: dict) -> None:
    """A money column printed in accounting format, the currency in a narrow column of its own and the
    amount in the next ("Pagu Indikatif (Rp)" over "Rp | 480.000.000"): the amount joined to its "Rp"."""
    roles = t["roles"]
    for i in range(len(roles) - 1):
        if roles[i] != "budget" or roles[i + 1] not in (None, "budget") or t["header"][i + 1].strip():
            continue
        cells = [r[i].strip() for r in t["rows"] if len(r) > i + 1 and r[i + 1].strip()]
        if not cells or sum(1 for c in cells if re.fullmatch(r"(?i)rp\.?|idr", c)) < 0.8 * len(cells):
            continue
        for r in t["rows"]:
            if len(r) > i + 1 and re.fullmatch(r"(?i)rp\.?|idr", r[i].strip()) and r[i + 1].strip():
                r[i], r[i + 1] = f"Rp {r[i + 1].strip()}", ""
        roles[i + 1] = None


def _transposed(t: dict) -> dict:
    """A profile table laid out side by side ("Uraian | Program 1 | Program 2 | ...", one row per field:
    "Nama Program", "Penanggung Jawab", "Target Akhir", ...): turned so that each programme is a row and each
    field a column, the column heads ("Program L3 (QW)") kept as a first column. Other tables as they are."""
    rows = [r for r in t["rows"] if r and any(c.strip() for c in r)]
    if len(t["header"]) < 3 or len(rows) < 3:
        return t
    labels = [r[0] for r in rows]
    roles = [card_role(x) for x in labels]
    fields = {r for r in roles if r in ("opd", "target", "year", "budget")}
    if "name" not in roles or len(fields) < 2 or sum(1 for r in roles if r) < 0.6 * len(rows):
        return t
    if any(card_role(h) in ("name", "opd", "target", "year", "budget") for h in t["header"][1:]):
        return t  # an ordinary table whose header names its fields
    header = ["Kolom"] + labels
    body = [[t["header"][j]] + [r[j] if j < len(r) else "" for r in rows] for j in range(1, len(t["header"]))]
    return dict(t, header=header, rows=[b for b in body if any(c.strip() for c in b[1:])], transposed=True)


FIELD_ROLES = ("opd", "target", "year", "budget")
NAME_HEAD = re.compile(r"(?i)^(?:nama\s+)?(?:program|kegiatan|inovasi|quick\s*win|inisiatif)\b")


def _stack_layout(t: dict) -> tuple[int, list[str]] | None:
    """(name column, field labels) of a stacked table: "No | Program dan Deskripsi" over a second header
    row "No | Perangkat Daerah | Target Kinerja | Waktu | Biaya" whose field columns start under the name."""
    head, rows = t["header"], t["rows"]
    j = next((i for i, h in enumerate(head) if column_role(h) == "programme" or NAME_HEAD.match(h.strip())), None)
    if j is None or any(h.strip() for h in head[j + 1 :]) or len(head) - j < 3 or not rows:
        return None
    second = rows[0]
    if len(second) != len(head) or sum(1 for c in second[j:] if column_role(c) in FIELD_ROLES) < 2:
        return None
    return j, second


def _unstacked(t: dict, prev: dict | None) -> dict:
    """A table too wide for its page laid out in two rows per programme: its name (and description) in a
    cell merged over the field columns, then a row of its fields ("Dinas X | 75% ... (2028) | 2026-28 | Rp
    2,5 M"), under a two-row header whose field labels stand under the name's. Turned into one row per
    programme with the name as a column of its own; a page that continues such a table without its header
    is turned the same way. Other tables as they are."""
    layout = _stack_layout(t)
    rows = t["rows"][1:] if layout else [t["header"]] + t["rows"]
    if layout is None and prev is not None and prev.get("stacked") and len(t["header"]) == prev["stacked"][2]:
        if (t["page"] or 0) - (prev["page"] or 0) not in (0, 1):
            return t
        layout = prev["stacked"][:2]
    if layout is None:
        return t
    j, second = layout
    out, name_row = [], None

    def is_name(r):
        return bool(r[j].strip()) and not any(c.strip() for c in r[j + 1 :])

    pairs = 0
    for r in rows:
        if len(r) != len(t["header"]) or not any(c.strip() for c in r):
            continue
        if is_name(r):
            if name_row is not None:
                out.append(name_row[:j] + [name_row[j]] + [""] * (len(r) - j))
            name_row = r
            continue
        if name_row is None:
            out.append(r[:j] + [""] + r[j:])  # fields without a name row above: kept, nameless
            continue
        out.append([a or b for a, b in zip(name_row[:j], r[:j])] + [name_row[j]] + r[j:])
        name_row, pairs = None, pairs + 1
    if name_row is not None:
        out.append(name_row[:j] + [name_row[j]] + [""] * (len(name_row) - j))
    if pairs < 2 and not (prev is not None and prev.get("stacked") and pairs >= 1):
        return t
    header = t["header"][:j] + ["Program"]
    header += list(second[j:])
    return dict(t, header=header, rows=out, stacked=(j, second, len(t["header"])))


def _spread(header: list[str]) -> list[str]:
    """The first header row with each label carried over the blank cells right of it (its span)."""
    out, last = [], ""
    for h in header:
        last = h.strip() or last
        out.append(last)
    return out


NUMERIC_CELL = re.compile(r"^[\s\d.,%()+\-–/:<>=≤≥RrPp]*$")
TEXT_ROLES = ("opd", "programme")


def _check_roles(t: dict, roles: list[str | None]) -> list[str | None]:
    """A column read as a number column (target, budget) from the lowest header line, whose cells are
    words rather than numbers, while the header line above it names an agency or programme column:
    the header lines are shifted against the columns (a converted table), the upper label holds."""
    out = list(roles)
    for i, r in enumerate(roles):
        if r not in ("target", "budget") or i >= len(t["tops"]):
            continue
        up = column_role(t["tops"][i])
        if up not in TEXT_ROLES or up in out:
            continue
        cells = [row[i].strip() for row in t["rows"] if i < len(row) and not is_empty_cell(row[i])]
        words = [c for c in cells if not NUMERIC_CELL.match(c) and re.search(r"[A-Za-z]{3}", c)]
        if cells and len(words) >= 0.7 * len(cells):
            out[i] = up
    return out


# what a cell holds, when its column's header names no role ("Keterangan", "Catatan", a blank header)
MONEY_CELL = re.compile(r"(?i)(?:\b(?:rp|idr)\.?\s*\d|\d\s*(?:juta|jt|miliar|milyar|m|ribu)\b)")
PERIOD_CELL = re.compile(
    r"(?i)^\s*(?:(?:ta|tahun|triwulan\s+\w+|tw\s*\w+|semester\s+\w+)\s*)?20[2-5]\d"
    r"(?:\s*(?:-|–|s\.?d\.?|s/d|sampai(?:\s+dengan)?|hingga|/|,|dan)\s*(?:(?:triwulan|tw|semester)\s*\w+\s*)?20[2-5]\d)*\s*$"
)
MEASURE_CELL = re.compile(r"(?i)\d[\d.,]*\s*(?:%|persen\b|[a-z]{2,})")  # a number and its unit
DESCRIPTION_HEAD = re.compile(
    r"(?i)^(?:deskripsi|uraian(?!\s+program)|keterangan|catatan|lokasi|tujuan|manfaat|latar|permasalahan|isu|strategi|"
    r"arah|kebijakan|no\.?|nomor|kode|risiko|status)\b"
)


def _cell_kind(c: str) -> str | None:
    c = c.strip()
    if agencies(c):
        return "opd"
    if MONEY_CELL.search(c) and cell_amount("rp", c) is not None:
        return "budget"
    if PERIOD_CELL.match(c) or TERM_RE.search(c):
        return "year"
    if len(c) <= 80 and MEASURE_CELL.search(c):
        t = parse_target(c)
        if t["value"] is not None and t["unit"]:
            return "target"
    if len(re.findall(r"[A-Za-z]{2,}", c)) >= 2 and not re.match(r"^\s*[\d.]+\s*$", c):
        return "text"
    return None


def _money_columns(t: dict, out: list[str | None]) -> list[str | None]:
    """Money columns a header word does not name: the "Jumlah" of a table of funding sources ("APBD | DAK /
    APBN | CSR | Jumlah"), and year columns whose cells give a step and its money ("2026": "Uji coba; Rp 600
    jt")."""
    if "source" in out and "budget" not in out:
        for i, h in enumerate(t["header"]):
            if out[i] is None and re.fullmatch(r"(?i)\s*(?:jumlah|total)(?:\s*\(.*\))?\s*", h):
                out[i] = "budget"
    for i, h in enumerate(t["header"]):
        if out[i] is None and YEAR_IN.fullmatch(h.strip()):
            if any(MONEY_CELL.search(r[i]) for r in t["rows"] if i < len(r)):
                out[i] = "budget"
    return out


def _content_roles(t: dict, roles: list[str | None]) -> list[str | None]:
    """Columns whose header names no role (a layout the header lexicon does not know) read by what
    their cells hold: agencies -> opd, amounts in rupiah -> budget, years or a period -> year,
    numbers with a unit -> target, each only where no column has that role yet and at least 60% of
    the column's cells (three or more) agree. A table that then has field columns but no programme
    column takes its first column of names (several words, not a description) as the programme
    column. Header roles always win."""
    out = _money_columns(t, list(roles))
    n = len(t["header"])
    kinds: dict[int, dict[str, int]] = {}
    for i in range(n):
        if out[i] is not None:
            continue
        cells = [r[i] for r in t["rows"] if i < len(r) and not is_empty_cell(r[i]) and r[i].strip()]
        if len(cells) < 3:
            continue
        counts: dict[str, int] = {}
        for c in cells:
            k = _cell_kind(c)
            if k:
                counts[k] = counts.get(k, 0) + 1
        kinds[i] = {k: v / len(cells) for k, v in counts.items()}
    for role in ("opd", "budget", "year", "target"):
        if role in out:
            continue
        best = max(
            (i for i in kinds if out[i] is None and kinds[i].get(role, 0) >= 0.6),
            key=lambda i: kinds[i][role],
            default=None,
        )
        if best is not None and not DESCRIPTION_HEAD.match(t["header"][best]):
            out[best] = role
    # a table with field columns but no programme column: its first column of names, unless some header
    # names programmes in a way not understood ("Tujuan/Sasaran/Program Prioritas": several levels)
    unread = any(re.search(r"(?i)program|inisiatif|inovasi|kegiatan", h) for h, r in zip(t["header"], out) if r is None)
    if "programme" not in out and "opd" in out and {"budget", "year"} & set(out) and not unread:
        names = [
            i
            for i in kinds
            if out[i] is None and kinds[i].get("text", 0) >= 0.8 and not DESCRIPTION_HEAD.match(t["header"][i])
        ]
        if names:
            out[names[0]] = "programme"
    return out


def _continues(prev: dict, t: dict) -> bool:
    """A table with no recognisable header, as wide as the programme table just before it (same or
    next page): the rest of that table, split over the page without its header repeated."""
    if any(column_role(h) for h in t["header"]) or len(t["header"]) != len(prev["header"]):
        return False
    return "programme" in prev["roles"] and (t["page"] or 0) - (prev["page"] or 0) in (0, 1)


def _fill_merged(t: dict, above: list[str] | None = None) -> None:
    """Cells merged over several rows come back blank below their first row: where a row's group
    column (Elemen, Dimensi, Urusan; or the row number) is blank too, the row continues the group
    above and its blank OPD / group cells take the value above. A blank OPD in a row of its own
    (numbered, its group named) stays blank: the plan names no agency there."""
    roles = t["roles"]
    group = (
        0
        if roles
        and (roles[0] == "dimension" or GROUP_HEADER.match(t["header"][0]))
        or (t["header"] and t["header"][0].strip().lower() in ("no", "no.", "nomor"))
        else None
    )
    if group is None:
        return
    fill = [i for i, r in enumerate(roles) if r in ("opd", "dimension")] + [group]
    rows = ([list(above)] if above else []) + t["rows"]
    for up, row in zip(rows, rows[1:]):
        if len(row) == len(up) and not row[group].strip():
            for i in fill:
                if not row[i].strip():
                    row[i] = up[i]


OUTCOME_TAIL = re.compile(r"(?is)\s*\(?\b(?:outcome|hasil\s+program)\s*:.*$")


def _split_names(cell: str) -> list[str]:
    """Several programmes in one cell ("A; B; C" of a road-map table); the outcome an RPJMD matrix
    writes into the programme's cell ("PROGRAM X Outcome: Meningkatnya ...") is not part of its name."""
    cell = OUTCOME_TAIL.sub("", cell) or cell
    parts = [x.strip(" .•-") for x in re.split(r"\s*;\s*|\n+", cell)]
    parts = [x for x in parts if x]
    return parts if len(parts) > 1 else [cell.strip()]


# "1.1 Elemen Pelayanan Publik (Smart Governance)" across a row: a group title
ELEMENT_TITLE = re.compile(r"(?i)^(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:elemen|dimensi|pilar)\b")
DIMENSION_TITLE = re.compile(
    r"(?i)^(?:dimensi\s+|pilar\s+)?smart\s+(?:governance|branding|economy|living|society|environment)\s*$"
)
GROUP_ROW = re.compile(r"(?i)^(?:urusan|bidang\s+urusan|bidang|sub\s*urusan|fungsi|unsur|sub\s*bidang)\b")
CODE_CELL = re.compile(r"[\dX]+(?:\.[\dX]+)*\.?")


def _programme_row(t: dict, prog: int, row: list[str]) -> bool:
    """A row that defines a programme: a name, not a total; in an RPJMD matrix whose programme
    column also holds Urusan / Bidang Urusan rows, only the "Program ..." rows (or code a.b.c). A
    title row between the programmes (a code and "URUSAN ...", "FUNGSI PENUNJANG ..." across the row,
    every other cell blank) is a group, not a programme."""
    name = row[prog].strip() if prog < len(row) else ""
    if is_empty_cell(name) or TOTAL_ROW.fullmatch(name):
        return False
    if GROUP_ROW.match(name):
        return False
    code = next((c for c in row[:prog] if CODE_CELL.fullmatch(c.strip())), "")
    rest = [c for i, c in enumerate(row) if i != prog and c.strip() and c.strip() != code.strip()]
    if "." in code and not rest and not re.match(r"(?i)program\b", name):
        return False  # a group's title row: its code and title only
    numbering = [c for c in row[:prog] if re.fullmatch(r"\s*(?:[A-Z]|[IVX]{1,4}|\d{1,3})[.)]?\s*", c)]
    others = [c for i, c in enumerate(row) if i != prog and c.strip() and c not in numbering]
    if not others and (name.isupper() or DIMENSION_TITLE.match(name) or ELEMENT_TITLE.match(name)):
        return False  # "A | SMART GOVERNANCE | | ...": a dimension's title row between its programmes
    if re.search(r"(?i)urusan|tujuan|sasaran", t["header"][prog]):  # a cascade: its Program rows only
        return bool(re.match(r"(?i)program\b", name)) or code.count(".") >= 2
    return True


def _defines_programmes(t: dict, cols: dict) -> bool:
    """A table that defines programmes gives at least one of their fields: an OPD, year or budget
    column, or target columns holding values (numbers). A table that lists programmes beside the
    sasaran or outcome they serve (a cross-reference: "Sasaran | Outcome | Program Prioritas") only
    names them."""
    if {"opd", "year", "budget"} & set(cols.values()):
        return True
    for i, r in cols.items():  # "Keterangan": "PD: Dinas X; Target: ...; Waktu: 2026-2027; Biaya: Rp 780 jt"
        cells = [row[i] for row in t["rows"] if i < len(row) and not is_empty_cell(row[i])]
        if r is None and cells and sum(1 for c in cells if _labelled_parts(c)) >= max(2, len(cells) / 2):
            return True
    for i, r in cols.items():
        if r != "target" or t["header"][i].lower().startswith(("sasaran", "tujuan")):
            continue
        cells = [row[i] for row in t["rows"] if i < len(row) and not is_empty_cell(row[i])]
        if cells and sum(1 for c in cells if re.search(r"\d", c)) >= len(cells) / 2:
            return True
    return False


def coded_matrix(tables: list[dict], normalised: list[dict] | None = None) -> bool:
    """The plan's programmes are defined by an RPJMD-style programme matrix: programme rows with a
    nomenclature code (1.02.03) and per-year target or budget columns. `normalised`: the tables as
    plan_tables() gives them, when the caller has them already."""
    for t in normalised if normalised is not None else normalise_tables(tables):
        cols = dict(enumerate(t["roles"]))
        prog = [i for i, r in cols.items() if r == "programme"]
        years = [i for i, r in cols.items() if r in ("target", "budget") and YEAR_IN.search(t["header"][i])]
        if not prog or len(years) < 2:
            continue
        coded = [r for r in t["rows"] if any(re.fullmatch(r"\d+(?:\.\d+){2,}", c.strip()) for c in r[: prog[0]])]
        if len(coded) >= 2:
            return True
    return False


def table_programmes(
    tables: list[dict],
    roles: dict[int, str],
    sections: list[dict],
    names: NameIndex,
    terms: dict | None = None,
    periods: dict | None = None,
    normalised: list[dict] | None = None,
) -> list[Programme]:
    """Programme rows of the plan's programme tables: a table with a programme column and at
    least one of OPD / target / year / budget columns (a cross-reference table listing
    "Program Terkait" next to RPJMD issues does not define programmes). `normalised`: the tables
    as plan_tables() gives them, when the caller has them already."""
    by_ord = {s["ordinal"]: s for s in sections}
    out: list[Programme] = []
    yearly: list[tuple[Programme, int]] = []
    last_caption, last_period = None, None
    senders: dict[int | None, list[str]] = {}  # per section, the agency a letter there comes from
    for t in normalised if normalised is not None else plan_tables(tables):
        cols = dict(enumerate(t["roles"]))
        prog = [i for i, r in cols.items() if r == "programme"]
        sec = by_ord.get(t["section_ordinal"])
        sender = _letter_sender(t)
        if sender:  # "Dari : Kepala Dinas Kesehatan" heading a nota dinas: its proposals are that agency's
            senders[t["section_ordinal"]] = sender
        if not prog:  # "A.1 Ambulans Desa (Quick Win)" over a one-row table of its fields
            p = _section_field_table(t, cols, sec, roles, names, terms)
            if p is not None:
                out.append(p)
            continue
        owners = _role_matrix(t, prog[0])
        if owners is not None:  # "Kode | Program | Bappeda | Diskominfo | ...", cells PJ / P / K
            out += [_owner_only(name, who, t, sec) for name, who in owners]
            continue
        if not _defines_programmes(t, cols):
            continue
        qw_table = roles.get(t["section_ordinal"], "other") == "quick_win" or bool(
            re.search(r"quick\s*win", t["caption"] + " " + " ".join(t["header"]), re.IGNORECASE)
        )
        sec_dim = names.match(sec["title"], "dimension") if sec else None
        # a Renja/RKPD table lists each programme with its kegiatan and sub-kegiatan under it ("Program /
        # Kegiatan / Sub Kegiatan"): only the rows that say "Program ..." are programmes
        named = [r for r in t["rows"] if re.match(r"(?i)\s*program\b", r[prog[0]] if prog[0] < len(r) else "")]
        levels = bool(re.search(r"(?i)kegiatan|indikator", t["header"][prog[0]])) and len(named) >= 2
        # "Program / Indikator Kinerja Program": each programme row with its outcome indicator rows under it
        indicator_rows = levels and bool(re.search(r"(?i)indikator", t["header"][prog[0]]))
        plan_year = _table_year(t, sec)
        # "Seluruh program dimensi ini dilaksanakan pada 2026-2029." just above the table (and its rest on
        # the next page): the period of its programmes that give none of their own
        period = (periods or {}).get(t.get("ordinal"))
        if period is None and periods is not None and t["caption"] and t["caption"] == last_caption:
            period = last_period
        last_caption, last_period = t["caption"], period
        ctx = {
            "yearly": yearly,
            "period": period,
            "plan_year": plan_year,
            "owner": _heading_owner(sec, t["caption"]) or senders.get(t["section_ordinal"], []),
            "dimension": sec_dim[1] if sec_dim else None,
            "quick_win": qw_table,
            "named": named if levels else None,
            "indicator_rows": indicator_rows,
        }
        out += _table_rows(t, cols, prog[0], sec, ctx, names, terms)
    return combine_yearly(out, yearly)


def _table_rows(
    t: dict, cols: dict, prog: int, sec: dict | None, ctx: dict, names: NameIndex, terms: dict | None
) -> list[Programme]:
    """The programmes of one programme table, row by row: group title rows set the year or owner of the rows
    under them, a Renja table's kegiatan rows and a Renstra table's indicator rows belong to the programme
    above, a row per year under merged cells continues it (ctx["yearly"], combined by combine_yearly)."""
    out: list[Programme] = []
    yearly, named, last = ctx["yearly"], ctx["named"], None
    for row in t["rows"]:
        group = _group_row(row, prog)
        if group:  # "PELAKSANAAN TAHUN 2026", "Perangkat Daerah: Dinas X" over the rows under it
            ctx.update(group)
            continue
        if named is not None and row not in named:
            if ctx["indicator_rows"] and last is not None and not last.target and not last.indicator:
                _indicator_row(last, t, cols, row, names, terms)
            continue
        year_row = _year_row(t, cols, prog, row, last)
        if year_row is not None:  # the programme above again, one row per year under its merged cells
            p = _row_programme(last.name, t, sec, last.quick_win, 1.0)
            _read_row(p, t, cols, row, names, terms)
            if not any(q is last for q, _y in yearly):
                yearly.append((last, int(YEAR_IN.search(last.year).group(1))))
            yearly.append((p, year_row))
            out.append(p)
            continue
        if not _programme_row(t, prog, row):
            continue
        listed = _split_names(row[prog])
        for name in listed:
            p = _row_programme(name, t, sec, ctx["quick_win"], 1.0 if len(listed) == 1 else 0.5)
            _read_row(p, t, cols, row, names, terms)
            if any(QUICK_WIN_CELL.search(c) for i, c in enumerate(row) if cols.get(i) is None and len(c) < 40):
                p.quick_win = True  # a Status / Kategori cell "Quick Win", a column head "Program L3 (QW)"
            if ctx["indicator_rows"]:
                _merged_owner(p, last, t, cols, row)
            _from_context(p, t, cols, row, ctx)
            out.append(p)
            last = p if len(listed) == 1 else None
    return out


LETTER_FROM = re.compile(r"(?i)^\s*(?:dari|pengirim|from)\s*:?\s*$")


def _letter_sender(t: dict) -> list[str]:
    """The agency a letter's header block says it comes from ("Kepada Yth. | : | Kepala Bappeda", "Dari | : |
    Kepala Dinas Kesehatan", "Nomor | : | ..."): the "Dari" line's agency, without "Kepala"; [] for any other table."""
    rows = [t["header"]] + t["rows"]
    if not 2 <= len(t["header"]) <= 3 or len(rows) < 3:
        return []
    for r in rows:
        if r and LETTER_FROM.match(r[0]):
            value = r[-1].strip()
            return agencies(re.sub(r"(?i)^(?:kepala|plt\.?\s+kepala|sekretaris|direktur)\s+", "", value))
    return []


def _year_row(t: dict, cols: dict, prog: int, row: list[str], last: Programme | None) -> int | None:
    """The year of a row that continues the programme above it, one row per year under its merged cells ("1 |
    Satu Data | ... | 2026 | ..." then " | | | 2027 | ..."): its programme cell blank, its year cell one year
    after the last one's; None for any other row."""
    years = [i for i, r in cols.items() if r == "year"]
    if last is None or not years or (prog < len(row) and row[prog].strip()) or not last.year:
        return None
    y, before = YEAR_IN.fullmatch(row[years[0]].strip()), YEAR_IN.fullmatch(str(last.year).strip())
    if not y or not before:
        return None
    return int(y.group(1))


def _from_context(p: Programme, t: dict, cols: dict, row: list[str], ctx: dict) -> None:
    """Fields a programme row leaves blank, from around its table: the period stated above the table, the
    table's one year, a target inside a description cell, the agency its heading names, the dimension of
    its section."""
    if ctx["period"] and (not p.year or p.year == str(p.target_year)):
        p.year = "{}-{}".format(*ctx["period"])
        p.sources.append(_cell_source("year", t, "teks di atas tabel", p.year))
    if ctx["plan_year"] and p.year in (None, "", str(ctx["plan_year"])):  # "... Tahun 2026": the table's one year
        if not p.year:
            p.year = str(ctx["plan_year"])
            p.sources.append(_cell_source("year", t, "caption", p.year))
        ctx["yearly"].append((p, ctx["plan_year"]))  # a road map told year by year: combined (combine_yearly)
    if not p.target and not p.indicator:  # "... Target: 20 taman pada akhir 2025." in a description
        _target_in_cells(p, t, cols, row)
    if p.opd is None and "opd" not in cols.values() and ctx["owner"]:  # "4.3 Dinas Kesehatan" over the table
        p.opd, p.opds = " dan ".join(ctx["owner"]), list(ctx["owner"])
        p.sources.append(_cell_source("opd", t, "judul bagian / tabel", p.opd))
    if p.dimension is None and ctx["dimension"]:
        p.dimension = ctx["dimension"]


ROLE_MARK = re.compile(r"(?i)^\s*(?:pj|p|k|pl|pd|pp|koor|v|x|√|✓|-)?\s*$")


def _role_matrix(t: dict, prog: int) -> list[tuple[str, list[str]]] | None:
    """A matrix of agencies' roles per programme ("Kode | Program | Bappeda | Diskominfo | ...", cells "PJ"
    penanggung jawab, "P" pelaksana, "K" koordinasi): (name, the PJ agencies) per programme row; None when
    the table is not one (fewer than three agency columns, or cells other than such marks)."""
    heads = [i for i, h in enumerate(t["header"]) if i != prog and h.strip() and agencies(h.strip())]
    if len(heads) < 3:
        return None
    rows = [r for r in t["rows"] if prog < len(r) and r[prog].strip()]
    cells = [r[i] for r in rows for i in heads if i < len(r)]
    if (
        not rows
        or any(not ROLE_MARK.match(c) for c in cells)
        or not any(re.fullmatch(r"(?i)\s*pj\s*", c) for c in cells)
    ):
        return None
    return [
        (r[prog].strip(), [t["header"][i].strip() for i in heads if i < len(r) and re.fullmatch(r"(?i)\s*pj\s*", r[i])])
        for r in rows
    ]


def combine_yearly(progs: list[Programme], yearly: list[tuple[Programme, int]]) -> list[Programme]:
    """A road map told year by year ("Tabel 4.1 Peta Jalan ... Tahun 2026", "... Tahun 2027"), a programme
    in every year's table it runs: one record, its period the first to the last of those years, its budget the
    sum of the yearly allocations (kept per year), its target the last year's. Records of a single year stay."""
    groups: dict[tuple, list[tuple[Programme, int]]] = {}
    for p, y in yearly:
        groups.setdefault(tuple(_key(p.name)), []).append((p, y))
    drop: set[int] = set()
    for items in groups.values():
        years = sorted({y for _, y in items})
        if len(years) < 2 or len(years) != len(items):
            continue  # one year, or the same name twice in one year's table: not one programme over the years
        items = sorted(items, key=lambda x: x[1])
        first = items[0][0]
        first.year = year_span(years)
        amounts = [{"year": y, "amount": p.budget} for p, y in items if p.budget is not None]
        first.budget_per_year = amounts or None
        first.budget = sum(a["amount"] for a in amounts) if amounts else None
        with_target = [(p, y) for p, y in items if p.target]
        if with_target:
            t, ty = with_target[-1]
            first.target, first.target_value, first.target_unit = t.target, t.target_value, t.target_unit
            first.target_year = t.target_year or ty
            first.target_per_year = [{"year": y, "value": p.target_value} for p, y in with_target]
            first.indicator = first.indicator or t.indicator
        first.quick_win = any(p.quick_win for p, _ in items)
        for p, _ in items[1:]:
            first.sources += p.sources
            drop.add(id(p))
    return [p for p in progs if id(p) not in drop]


# a name cell that goes on with a description: "Program Satu Data X: membangun portal data terpadu, ..."
NAME_THEN_DESCRIPTION = re.compile(
    r"^(?:(?:Program|Kegiatan|Inovasi)\s+)?(?P<name>[A-Z0-9][^:\n]{2,90}?)\s*:\s+(?=[a-z])(?=.{20,})", re.S
)


def _row_programme(name: str, t: dict, sec: dict | None, quick_win: bool, confidence: float) -> Programme:
    """The record of a programme row, its quick-win tag taken off its name ("Pasar Tani Daring (QW)")."""
    described = NAME_THEN_DESCRIPTION.match(name)
    if described:  # "Program Satu Data X: membangun portal ...": the name before its description
        name = described.group("name").strip()
    tagged = QUICK_WIN_TAG.search(name)
    return Programme(
        name=QUICK_WIN_TAG.sub(" ", name).strip() if tagged else name,
        quick_win=quick_win or bool(tagged),
        page=t["page"],
        section=sec["path"] if sec else "",
        table=t["caption"],
        confidence=confidence,
    )


GROUP_OWNER = re.compile(r"(?i)^(?:perangkat\s+daerah|opd|skpd|unit\s+kerja|penanggung\s*jawab)\s*:\s*(?P<a>.+)$")


def _merged_owner(p: Programme, last: Programme | None, t: dict, cols: dict, row: list[str]) -> None:
    """In a Renstra table, a blank agency cell (not "-") is the agency cell merged over the group of
    programmes above: the owner of the programme before."""
    opd_col = next((i for i, r in cols.items() if r == "opd"), None)
    if p.opd is None and last is not None and last.opd and opd_col is not None:
        if opd_col < len(row) and row[opd_col] == "":
            p.opd, p.opds = last.opd, list(last.opds)
            p.sources.append(_cell_source("opd", t, t["header"][opd_col], last.opd + " (sel gabungan)"))


def _owner_only(name: str, who: list[str], t: dict, sec: dict | None) -> Programme:
    """A programme a role matrix names, with the agencies of its "PJ" cells as the owner."""
    return Programme(
        name=name,
        opd=" dan ".join(who) if who else None,
        opds=who,
        page=t["page"],
        section=sec["path"] if sec else "",
        table=t["caption"],
        confidence=0.7,
        sources=[_cell_source("opd", t, "PJ", " dan ".join(who))] if who else [],
    )


def _table_year(t: dict, sec: dict | None) -> int | None:
    """The one year a table is for: from its caption or a header that is not a target's ("Rencana Program
    ... Tahun 2026"), or from its section's title ("4.1 Tahun 2026: Fondasi")."""
    heads = " ".join(h for h, r in zip(t["header"], t["roles"]) if r not in ("target", "baseline"))
    year = _single_year(t["caption"] + " " + heads)
    if year is None and sec and re.match(r"(?i)\s*tahun\s+20\d\d\b", sec["title"]):
        year = _single_year(sec["title"])
    return year


def _group_row(row: list[str], prog: int) -> dict | None:
    """A title row in the programme column grouping the rows under it ("PELAKSANAAN TAHUN 2026": their year;
    "Perangkat Daerah: Dinas X dan Dinas Y": their owner), other cells blank or carried down from the row
    above as merged cells: what it gives the rows under it, as the table's context."""
    name = row[prog].strip() if prog < len(row) else ""
    m = re.fullmatch(r"(?i)(?:[a-z]+\s+){0,2}(?:tahun(?:\s+anggaran)?|ta)\s+(20[2-5]\d)", name)
    if m:
        return {"plan_year": int(m.group(1))}
    m = GROUP_OWNER.match(name)
    if m and agencies(m.group("a").strip()):
        return {"owner": agencies(m.group("a").strip())}
    return None


QUICK_WIN_CELL = re.compile(r"(?i)^\s*quick\s*wins?\s*$|\(\s*(?:qw|quick\s*win)\s*\)")
QUICK_WIN_TAG = re.compile(r"(?i)\s*[\(\[]\s*(?:quick\s*wins?|qw)\s*[\)\]]\s*")


def _section_field_table(
    t: dict, cols: dict, sec: dict | None, roles: dict[int, str], names: NameIndex, terms: dict | None
) -> Programme | None:
    """A programme written as a heading over a small table of its fields ("A.1 Layanan Adminduk Daring
    (Quick Win)" over "Tahapan | Lead Agency | KPI | Timeline | Budget" and one row of values): the table
    names no programme, its section's heading does. Only a numbered heading under the programme or
    quick-win chapters, whose table has one data row (two at most) and at least two of OPD, target,
    year and budget; a dimension or element heading names no programme."""
    if sec is None or roles.get(sec["ordinal"]) not in PROGRAMME_ROLES or not sec.get("number"):
        return None
    rows = [r for r in t["rows"] if any(c.strip() for c in r)]
    fields = {r for r in cols.values() if r in ("opd", "target", "year", "budget")}
    if not rows or len(rows) > 2 or len(fields) < 2:
        return None
    if cols.get(0) == "year" and YEAR_IN.fullmatch(rows[0][0].strip()):
        return None  # a table by year (a financing plan over several pages): the programme's money, not its fields
    title = sec["title"].strip()
    name = QUICK_WIN_TAG.sub(" ", title).strip(" .:-")
    name = re.sub(r"(?i)^program\s+", "", name)
    if (
        len(name.split()) < 2
        or ELEMENT_TITLE.match(name)
        or DIMENSION_TITLE.match(name)
        or names.match(name, "dimension")
    ):
        return None
    p = Programme(
        name=name,
        quick_win=bool(QUICK_WIN_TAG.search(title)) or roles.get(sec["ordinal"]) == "quick_win",
        page=t["page"],
        section=sec["path"],
        table=t["caption"],
    )
    _read_row(p, t, cols, rows[0], names, terms)
    return p


def _heading_owner(sec: dict | None, caption: str) -> list[str]:
    """The agency a table's section heading or caption names, in a plan that groups its programmes per
    agency ("4.3 Dinas Kesehatan"; "Tabel 4.3 Rencana Aksi Dinas Kesehatan"): the owner of the table's
    programmes when the table has no agency column. A heading that only mentions an agency does not."""
    title = (sec or {}).get("title", "").strip()
    ags = agencies(title)
    if ags and len(" ".join(ags)) >= 0.8 * len(title):
        return ags
    m = re.match(
        r"(?i)\s*(?:tabel\s+[\d.]+\s*)?(?:rencana\s+aksi|program(?:\s+kerja)?|kegiatan|inisiatif)\s+(?:pada\s+|di\s+)?",
        caption,
    )
    if m:
        rest = caption[m.end() :].strip()
        ags = agencies(rest)
        if ags and len(" ".join(ags)) >= 0.8 * len(rest):
            return ags
    return []


def plan_tables(tables: list[dict]) -> list[dict]:
    """The plan's tables normalised (normalise_tables), programme cards left out (card_programmes reads them)."""
    return normalise_tables([t for t in tables if not is_card_table(t)])


PERIOD_ALL = re.compile(
    r"(?i)\b(?:seluruh|semua)\s+program\b[^.]{0,80}?\b(20[2-5]\d)\s*(?:-|–|s\.?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
    r"\s*(20[2-5]\d)"
)


def table_periods(passages: list[dict]) -> dict[int, tuple[int, int]]:
    """Table ordinal -> the period a sentence just above it gives all its programmes ("Seluruh program
    dimensi ini dilaksanakan pada 2026-2029."), from the text passage before the table in its section."""
    out: dict[int, tuple[int, int]] = {}
    prev = None
    for p in passages:
        if p.get("kind") == "table" and p.get("table_ordinal") is not None:
            if p["table_ordinal"] not in out and prev is not None and prev["section_ordinal"] == p["section_ordinal"]:
                m = PERIOD_ALL.search(prev["text"][-400:])
                if m and int(m.group(1)) <= int(m.group(2)):
                    out[p["table_ordinal"]] = (int(m.group(1)), int(m.group(2)))
            continue
        prev = p if p.get("kind") == "text" else prev
    return out


def _indicator_row(p: Programme, t: dict, cols: dict, row: list[str], names: NameIndex, terms: dict | None) -> None:
    """The first outcome indicator row under a programme row: its targets (per year, the final one kept)
    are the programme's target, and the years they cover its period when the row gave none."""
    tmp = Programme(name=row[[i for i, r in cols.items() if r == "programme"][0]].strip(), page=p.page)
    _read_row(tmp, t, cols, row, names, terms)
    if tmp.target is None:
        return
    p.indicator = tmp.name
    p.target, p.target_value, p.target_unit, p.target_year = (
        tmp.target,
        tmp.target_value,
        tmp.target_unit,
        tmp.target_year,
    )
    p.target_per_year, p.baseline = tmp.target_per_year, tmp.baseline if tmp.baseline is not None else p.baseline
    if not p.year and tmp.year:
        p.year = tmp.year
    p.sources += [x for x in tmp.sources if x.get("field") in ("target", "year")]


def _single_year(s: str) -> int | None:
    """The one year a table is for ("Rencana Program dan Kegiatan Prioritas Tahun 2026", "Target 2026");
    None when it names none or several."""
    ys = {int(y) for y in YEAR_IN.findall(s)}
    return ys.pop() if len(ys) == 1 else None


def _target_in_cells(p: Programme, t: dict, cols: dict, row: list[str]) -> None:
    """A target written inside a description cell after a cue ("Target: 20 taman kota ... pada akhir 2025")."""
    for i, c in enumerate(row):
        if cols.get(i) not in (None, "source") or not re.search(r"(?i)\b(?:target|ditargetkan|sasaran)\b", c):
            continue
        tg, _src = span_target(c, 0, len(c))
        if tg and tg.get("value") is not None:
            p.target, p.indicator = tg["text"], tg.get("indicator")
            p.target_value, p.target_unit, p.target_year = tg["value"], tg.get("unit"), tg.get("year")
            p.sources.append(_cell_source("target", t, t["header"][i], tg["text"]))
            return


def _read_row(p: Programme, t: dict, cols: dict, row: list[str], names: NameIndex, terms: dict | None) -> None:
    """The cells of one row into the programme record, by their column's role; per-year target and
    budget columns are kept per year, the budget summed (or the row's Jumlah), the final year's
    target taken and the years they cover taken as the programme's period."""
    per_target, per_budget, total, ticked, milestones = {}, {}, None, [], False
    for i, role in cols.items():
        v = row[i].strip() if i < len(row) else ""
        if is_empty_cell(v) or role == "programme":
            continue
        if _packed_cell(p, t, i, role, v, per_budget, per_target):  # "2026: 450; 2027: 600; 2028: 300"
            continue
        parts = _labelled_parts(v)
        if parts:  # "Anggaran: Rp 850 jt (APBD); Waktu: 2025; SDM: 2 analis": each part by its label
            for r, label, val in parts:
                _set_field(p, r, label, val, names, terms)
            continue
        if role is None:
            continue
        h = _money_header(t, t["header"][i]) if role == "budget" else t["header"][i]
        y = YEAR_IN.search(h)
        if role == "year" and y and TICK.match(v):  # "Tahun Pelaksanaan" over 2025 .. 2029, a "V" per year
            ticked.append(int(y.group(1)))
        elif role == "year" and re.search(r"(?i)mulai|awal|selesai|akhir", h) and DAY_OR_YEAR.fullmatch(v.strip()):
            ticked.append(int(YEAR_IN.search(v).group(1)))  # "Tahun Mulai | Tahun Selesai", "Tanggal Mulai" 02/03/2026
        elif role == "target" and y and not h.lower().startswith("indikator"):
            if not UNDECIDED_TARGET.match(v):  # "indikator dalam penyusunan": no value that year
                per_target[int(y.group(1))] = v
            milestones = milestones or bool(MILESTONE.search(h))
        elif role == "budget" and y:
            per_budget[int(y.group(1))] = cell_amount(h, v)
        elif role == "budget" and re.search(r"(?i)jumlah|total", h):
            total = cell_amount(h, v)
        else:
            _set_field(p, role, h, v, names, terms)
            continue
        p.sources.append(_cell_source(role, t, h, v))
    _per_year(p, cols, row, per_target, per_budget, total, milestones)
    if ticked and not p.year:  # the first and last marked year
        p.year = year_span(ticked)
        p.sources.append(_cell_source("year", t, "Tahun Pelaksanaan", " ".join(map(str, sorted(ticked)))))


PACKED_YEAR = re.compile(r"\b(20[0-5]\d)\s*:\s*([^;]+)")


def _packed_cell(p: Programme, t: dict, i: int, role: str, v: str, per_budget: dict, per_target: dict) -> bool:
    """A target or money cell that packs its values by year ("2026: 30%; 2027: 70%; 2028: 100%"): each value
    kept under its year (summed or the last taken by _per_year); False for any other cell."""
    packed = PACKED_YEAR.findall(v) if role in ("budget", "target") else []
    if len(packed) < 2:
        return False
    for y, x in packed:
        if role == "budget":
            per_budget[int(y)] = cell_amount(_money_header(t, t["header"][i]), x)
        else:
            per_target[int(y)] = x.strip()
    p.sources.append(_cell_source(role, t, t["header"][i], v))
    return True


# a year, or a day of it: "2026", "02/03/2026", "2 Maret 2026"
DAY_OR_YEAR = re.compile(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]|\d{1,2}\s+[A-Za-z]{3,9}\s+)?20[0-5]\d")
LABELLED_PART = re.compile(r"(?:^|;)\s*(?P<k>[A-Za-z][A-Za-z /]{1,30}?)\s*:\s*(?P<v>[^;]+)")


def _labelled_parts(v: str) -> list[tuple[str, str, str]]:
    """(role, label, value) of a cell written as labelled parts ("Anggaran: Rp 850 jt; Waktu: 2025; SDM: 2
    analis"), when two parts or more are programme fields; [] otherwise."""
    if v.count(":") < 2 or ";" not in v:
        return []
    parts = [(card_role(m.group("k")), m.group("k").strip(), m.group("v").strip()) for m in LABELLED_PART.finditer(v)]
    fields = [x for x in parts if x[0] in ("opd", "budget", "target", "year")]
    return fields if len(fields) >= 2 else []


# a year column's mark that the programme runs that year: "V", "√", "✓", "x", "•"
TICK = re.compile(r"^\s*(?:[vV]|[xX]|√|✓|✔|•|●|■|\*|ya|Ya|YA)\s*$")


# "Target Antara (2027)", "Target Akhir (2030)": milestones of the target, not the years the programme runs
MILESTONE = re.compile(r"(?i)\b(?:antara|akhir|tengah|interim|final|awal)\b")


def _per_year(
    p: Programme,
    cols: dict,
    row: list[str],
    per_target: dict,
    per_budget: dict,
    total: float | None,
    milestones: bool = False,
) -> None:
    unit = next((row[i].strip() for i, r in cols.items() if r == "unit" and i < len(row)), "")
    if per_target:
        y = max(per_target)
        final = parse_target(per_target[y])
        p.target = f"{per_target[y]} {unit}".strip() if unit and unit not in per_target[y] else per_target[y]
        p.target_value, p.target_year, p.target_unit = final["value"], y, unit or final["unit"]
        p.target_per_year = [{"year": k, "value": parse_target(v)["value"]} for k, v in sorted(per_target.items())]
    amounts = {k: v for k, v in per_budget.items() if v is not None}
    if amounts:
        p.budget_per_year = [{"year": k, "amount": v} for k, v in sorted(amounts.items())]
    if total is not None or amounts:
        # the row's own total ("Jumlah", or the whole-plan "Kondisi Akhir | Rp" read into p.budget) wins
        # over the sum of the per-year cells, some of which may be blank or unreadable
        p.budget = total if total is not None else p.budget if p.budget is not None else sum(amounts.values())
        p.budget_text = p.budget_text or " + ".join(f"{v:,.0f}" for v in amounts.values())
    years = sorted(set(amounts) if milestones else set(per_target) | set(amounts))
    if not p.year and (len(years) >= 2 or amounts):  # the years its per-year columns cover; one "Target 2030"
        p.year = year_span(years)  # column alone is the target's year, not the programme's period


def source_item(
    fld: str, text: str, page: int | None, start: int | None, end: int | None, confidence: float, how: str
) -> dict:
    """Where one field of a programme came from: its text, page, offsets in the document text (None
    for a table cell), how sure the rule is (0..1) and which rule read it."""
    return {
        "field": fld,
        "text": text[:160],
        "page": page,
        "start": start,
        "end": end,
        "confidence": confidence,
        "how": how,
    }


MONEY_UNIT = re.compile(r"(?i)\b(?:dalam\s+)?(?:rp\.?\s*)?(juta|miliar|milyar|ribu)(?:\s+rupiah|\s+rp)?\b")


def _money_header(t: dict, h: str) -> str:
    """A money column's header with the unit the table gives once for all its columns ("Tabel 5.2
    Kerangka Pendanaan (dalam juta rupiah)", or the group header over the per-year columns that the
    final "Kondisi Akhir | Rp" column does not repeat), when the header gives none."""
    if MONEY_UNIT.search(h):
        return h
    m = MONEY_UNIT.search(t.get("caption") or "") or next(
        (x for x in (MONEY_UNIT.search(c or "") for c in t.get("header") or []) if x), None
    )
    return f"{h} ({m.group(1).lower()})" if m else h


def _cell_source(role: str, t: dict, header: str, v: str) -> dict:
    return source_item(role, v, t["page"], None, None, 0.95, f"table column '{header}'")


def _set_owner(p: Programme, header: str, v: str, terms: dict | None) -> None:
    """An agency cell into the programme's owner: agency codes by the plan's legend, the owners before the "/"
    of a "PD Pengampu / Pendukung" cell, the owner without its label and partners; none when undecided."""
    if OWNERS_THEN_SUPPORT.search(header) and "/" in v:  # "PD Pengampu / Pendukung": "Bapperida, Diskominfo / Dukcapil"
        v = v.split("/")[0].strip()
        if re.fullmatch(r"[-–\s]*", v):
            return
        if "," in v and all(len(x.split()) <= 3 for x in v.split(",")):  # abbreviations as written
            p.opds = [x.strip() for x in v.split(",") if x.strip()]
            p.opd = " dan ".join(p.opds)
            return
    if not agencies(v) and UNDECIDED_OWNER.search(v):
        return  # "Akan ditetapkan dengan Keputusan Bupati": no owner yet
    coded = _decode_agencies(v, (terms or {}).get("codes"))
    if coded:  # "PD-05" with the plan's "Tabel 4.1 Kode Perangkat Daerah"
        p.opd, p.opds = " dan ".join(coded), coded
        p.sources.append(_cell_source("opd", {"page": p.page}, header, f"{v} = {p.opd}"))
        return
    owner = _owner_cell(v)
    if owner is None:
        return  # "Leading sector: belum ditetapkan (menunggu Keputusan Bupati). Pendukung: ..."
    p.opd, p.opds = owner, agencies(owner) or [owner]


OWNERS_THEN_SUPPORT = re.compile(r"(?i)(?:pengampu|pelaksana|penanggung\s*jawab|lead)\s*/\s*(?:pendukung|support)")


def _set_field(p: Programme, role: str, header: str, v: str, names: NameIndex, terms: dict | None = None) -> None:
    """One table cell into the programme record, by its column's role."""
    if role == "opd":
        _set_owner(p, header, v, terms)
    elif role == "budget":
        p.budget = cell_amount(header, v)
        p.budget_text = v
        r = re.fullmatch(r"\s*(\d[\d.,]*)\s*(?:-|–|s\.?d\.?|s/d)\s*(\d[\d.,]*)\s*", v)
        if p.budget is None and r:  # "800 - 1.200" under "(Rp juta)": a range, its upper end the budget
            lo, hi = cell_amount(header, r.group(1)), cell_amount(header, r.group(2))
            if lo is not None and hi is not None and lo < hi:
                p.budget, p.budget_range = hi, [lo, hi]
        m = MONEY_RANGE.search(v)
        if m and p.budget is not None:
            got = money_mentions(v, 0, len(v))
            p.budget_range = got[0]["range"] if got else None
            p.budget = got[0]["amount"] if got else p.budget
    elif role == "target":
        _set_target(p, header, v)
    elif role == "year":
        _set_year(p, v, terms)
    elif role == "unit":
        p.target_unit = v
    elif role == "baseline":
        p.baseline = parse_number(re.sub(r"[^\d.,]", " ", v).split()[0]) if re.search(r"\d", v) else None
    elif role == "dimension":
        _set_dimension(p, v, names)
    if role in ("opd", "budget", "target", "year"):
        p.sources.append(_cell_source(role, {"page": p.page}, header, v))


OWNER_LABEL = re.compile(
    r"(?i)^\s*(?:leading\s+sector|penanggung\s*jawab|pj|koordinator|pengampu|pelaksana(?:\s+utama)?|lead)\s*[:\-–]\s*"
)
OWNER_CUT = re.compile(
    r"(?i)\s*(?:[.;,]\s*|\s)(?:pendukung|mitra|didukung|dibantu|bekerja\s*sama|kerja\s*sama\s+dengan)\b.*$"
    r"|\s*\(\s*(?:penanggung\s*jawab|pj|koordinator|leading\s+sector)\s*\).*$",
    re.DOTALL,
)


def _owner_cell(v: str) -> str | None:
    """The owner an agency cell names, without its label and its partners ("Leading sector: Dinas X.
    Pendukung: Dinas Y" -> "Dinas X"; "Dinas X (penanggung jawab); didukung ..." -> "Dinas X"); None when
    the owner is not decided yet."""
    rest = OWNER_CUT.sub("", OWNER_LABEL.sub("", v)).strip(" .;:")
    if not rest or (not agencies(rest) and UNDECIDED_OWNER.search(rest)):
        return None
    found = agencies(rest)
    if found and len(" ".join(found)) < 0.8 * len(rest) and rest != v:
        return " dan ".join(found)
    return rest


AGENCY_CODE = re.compile(r"[A-Z]{1,6}[-.]?\d{1,3}")


def agency_codes(tables: list[dict]) -> dict[str, str]:
    """The plan's legend of agency codes ("Kode | Perangkat Daerah": "PD-05 | Dinas Pendidikan"): code -> name."""
    out: dict[str, str] = {}
    for t in tables:
        rows = [r for r in t["rows"] if len(r) >= 2]
        if len(t["header"]) != 2 or len(rows) < 3:
            continue
        pairs = [(str(r[0] or "").strip(), str(r[1] or "").strip()) for r in rows]
        good = [(c, a) for c, a in pairs if AGENCY_CODE.fullmatch(c) and agencies(a)]
        if len(good) >= 0.8 * len(pairs):
            out.update(good)
    return out


def _decode_agencies(v: str, codes: dict | None) -> list[str]:
    """ "PD-05" or "PD-02, PD-12" in the plan's agency names; [] unless every part is a code of its legend."""
    if not codes:
        return []
    parts = [x.strip() for x in re.split(r"[,;/]|\bdan\b", v) if x.strip()]
    return [codes[x] for x in parts] if parts and all(x in codes for x in parts) else []


def _set_dimension(p: Programme, v: str, names: NameIndex) -> None:
    """A dimension or element cell ("Smart Living", "Kesehatan") into the record."""
    m = names.match(v)
    if m and m[0] == "element":
        p.element, p.dimension = m[1], m[1].split(".")[0]
    elif m:
        p.dimension = m[1]


UNDECIDED_TARGET = re.compile(
    r"(?i)\s*(?:akan\s+|belum\s+|masih\s+)?(?:ditetapkan|ditentukan|disusun|dihitung|menunggu|dirumuskan)\b"
    r"|.{0,30}\bdalam\s+(?:penyusunan|pembahasan|kajian)\s*$"  # "indikator dalam penyusunan"
)


def _set_target(p: Programme, header: str, v: str) -> None:
    if header.lower().startswith("indikator") and not _value_cell(v):
        if not UNDECIDED_TARGET.match(v):  # "Masih dirumuskan bersama Dewan Smart City": no indicator yet
            p.indicator = v  # the indicator's name; a column of them may hold values too ("Target 2030: ...")
        return
    if header.lower().startswith(("sasaran", "tujuan")) and not re.search(r"\d", v):
        return  # "Sasaran: Tumbuhnya relawan ...": the programme's aim in words, not a target
    if UNDECIDED_TARGET.match(v):
        return  # "Ditetapkan dalam Renja Tahun ke-2": not set yet
    p.target = v
    t = parse_target(v)
    p.target_value, p.target_unit = t["value"], t["unit"] or p.target_unit
    y = YEAR_IN.search(header)
    p.target_year = t["year"] or (int(y.group(1)) if y else None)


def _value_cell(v: str) -> bool:
    """A cell that states a value with its unit or after "Target", not only an indicator's name."""
    if not re.search(r"\d", v):
        return False
    t = parse_target(v)
    return t["value"] is not None and (bool(t["unit"]) or bool(re.match(r"(?i)\s*target\b", v)))


DURATION_FROM = re.compile(r"(?i)\b(?P<n>\d{1,2})\s+tahun\s*\(?\s*(?:mulai|sejak|dari)\s+(?:tahun\s+)?(?P<y>20[0-5]\d)")
MONTH_FOR = re.compile(
    r"(?i)\b(?P<m>jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des)[a-z]*\.?\s+(?P<y>20[0-5]\d)\s*,?\s*"
    r"(?:selama|untuk)\s+(?P<n>\d{1,2})\s+bulan"
)
# "2026-28": a period with its end year shortened to two digits
SHORT_END = re.compile(r"\b(20)([0-5]\d)([-–/])([0-5]\d)\b(?![\d.,%]|\s+[A-Za-z])")  # not "2026 - 31 Maret"


def _set_year(p: Programme, v: str, terms: dict | None) -> None:
    v = SHORT_END.sub(lambda m: f"{m[1]}{m[2]}-{m[1]}{m[4]}" if m[4] > m[2] else m[0], v)
    span = DURATION_FROM.search(v)
    if span:  # "3 tahun (mulai 2026)": 2026-2028
        y0, n = int(span.group("y")), int(span.group("n"))
        v = f"{y0}-{y0 + n - 1}" if n > 1 else str(y0)
    d = MONTH_FOR.search(v)
    if d:  # "mulai November 2025 selama 6 bulan": it ends in April 2026
        start, n = int(d.group("y")), int(d.group("n"))
        end = start + (MONTH_NO[d.group("m").lower()[:3]] - 1 + n - 1) // 12
        v = f"{start}-{end}" if end > start else str(start)
    m = TERM_RE.search(v) or re.search(r"(?i)\b(pendek|menengah|panjang)\b", v)
    if m:
        p.horizon = TERM_OF[m.group(1).lower()]
    if YEAR_IN.search(v):
        p.year = v
    elif plan_year_span(v, terms):  # "Tahun ke-2 s/d ke-4" with the plan's "tahun ke-1 adalah 2026"
        p.year = plan_year_span(v, terms)
    elif p.horizon and terms and p.horizon in terms and not p.year:
        p.year = "{}-{}".format(*terms[p.horizon])


# -- programme cards ----------------------------------------------------------------------------------
UNDECIDED_OWNER = re.compile(
    r"(?i)\b(?:akan|belum|menyesuaikan|menunggu|ditetapkan\s+kemudian|dalam\s+kajian|"
    r"ditetapkan\s+(?:melalui|dengan|dalam)\s+(?:keputusan|sk|perbup|perwal|peraturan)|to\s+be\s+(?:confirmed|determined))\b"
)


def card_programmes(
    tables: list[dict],
    text: str,
    passages: list[dict],
    roles: dict[int, str],
    sections: list[dict],
    names: NameIndex,
    terms: dict | None = None,
) -> list[Programme]:
    """One programme per programme card (nlp.cards): the card's own keys say which value is the owner,
    the budget, the target, the year; a partner ("Mitra") or a facility in the text is never the owner."""
    by_ord = {s["ordinal"]: s for s in sections}
    cards = [(c, "table") for c in table_cards(tables)[0]] + [(c, "text") for c in text_cards(text, passages)]
    out = []
    for card, src in cards:
        f: dict[str, tuple[str, str]] = {}
        for role, key, value in card["fields"]:
            f.setdefault(role, (key, value))
        name = re.sub(r"(?i)^program\s+", "", f["name"][1]).strip(" .:")
        if not name:
            continue
        sec = by_ord.get(card["section_ordinal"])
        kind = f.get("kind", ("", ""))[1]
        p = Programme(
            name=name,
            quick_win=roles.get(card["section_ordinal"], "other") == "quick_win"
            or bool(re.search(r"(?i)quick\s*win", kind)),
            page=card["page"],
            section=sec["path"] if sec else "",
            source=src,
            table="kartu program",
            passage_id=card["passage_id"],
            confidence=1.0,
        )
        read: set[str] = set()
        for role, key, v in card["fields"]:  # each field once, from the first key that gives it
            if role in read and not (role == "year" and END_KEY.search(key)):  # "Tahun Selesai" after "Tahun Mulai"
                continue
            if _card_field(p, role, v, names, terms, key):
                read.add(role)
                p.sources.append(source_item(role, v, card["page"], None, None, 0.95, f"card key '{key}'"))
        if not p.year and p.budget_per_year:  # "Rp 350 juta (2026) ... Rp 400 juta (2029)": the years it is funded
            p.year = year_span([x["year"] for x in p.budget_per_year])
        if not p.year and p.target_year:  # a card whose only year is its target's
            p.year = str(p.target_year)
        out.append(p)
    return out


END_KEY = re.compile(r"(?i)\b(?:selesai|akhir|berakhir)\b")


def _card_field(p: Programme, role: str, v: str, names: NameIndex, terms: dict | None, key: str = "") -> bool:
    """One card value into the programme record by its key's role; True when a field was read ("Tahun
    Selesai" after "Tahun Mulai": the period's end)."""
    if role == "year" and END_KEY.search(key) and p.year and YEAR_IN.fullmatch(p.year.strip()):
        end = YEAR_IN.fullmatch(v.strip())
        if end and int(end.group(1)) > int(p.year):
            p.year = f"{p.year.strip()}-{end.group(1)}"
            return True
        return False
    if role == "opd":
        owners = [o for part in re.split(r"\s*;\s*", v) for o in agencies(part)]  # "Dinas X; Badan Y"
        if owners:
            p.opd, p.opds = " dan ".join(owners), owners
        elif not UNDECIDED_OWNER.search(v) and len(v.split()) <= 8 and not is_empty_cell(v):
            p.opd, p.opds = v, [v]  # "Diskominfo": an abbreviation the plan's glossary expands
        else:
            return False
    elif role == "budget":
        b = card_budget(v)
        if b is None:
            return False
        p.budget, p.budget_range, p.budget_text, p.budget_per_year = b["amount"], b["range"], v, b["per_year"]
    elif role == "target":
        seg = "Target: " + v
        t = span_target(seg, 0, len(seg))[0] or parse_target(v)
        if t.get("value") is None:
            return False
        p.target, p.indicator = v, t.get("indicator")
        p.target_value, p.target_unit, p.target_year = t["value"], t.get("unit"), t.get("year")
        p.baseline = t.get("baseline")
    elif role == "year":
        _set_year(p, v, terms)
        return bool(p.year or p.horizon)
    elif role == "dimension":
        _set_dimension(p, v, names)
        return False
    else:
        return False
    return True


# -- programmes in prose and lists ---------------------------------------------------------------------
PROGRAMME_ROLES = ("programme", "quick_win")


def _chunks(passages: list[dict], roles: dict[int, str]) -> list[tuple[int, int, dict]]:
    """Runs of text passages of the programme and quick-win sections, as (start, end, first passage)
    offsets into the document text; a table or another section ends a run (a programme's span never
    crosses them). A plan without such sections: every text passage outside intro and analysis."""
    want = {so for so, r in roles.items() if r in PROGRAMME_ROLES or r == "roadmap"}
    if not want - {so for so, r in roles.items() if r == "roadmap"}:
        want = {so for so, r in roles.items() if r not in ("intro", "analysis", "roadmap")}
    runs: list[list[dict]] = []
    for p in passages:
        inside = p["kind"] == "text" and p["section_ordinal"] in want and p.get("char_start") is not None
        if inside and runs and runs[-1] and runs[-1][-1]["section_ordinal"] == p["section_ordinal"]:
            runs[-1].append(p)
        elif inside:
            runs.append([p])
        else:
            runs.append([])
    return [(r[0]["char_start"], r[-1]["char_end"], r[0]) for r in runs if r]


def _page_at(pages: list[dict], pos: int) -> int | None:
    for pg in pages:
        if pg["char_start"] <= pos < pg["char_end"]:
            return pg["page"]
    return pages[-1]["page"] if pages else None


def text_programmes(
    store, doc: dict, passages: list[dict], roles: dict[int, str], names: NameIndex, terms: dict
) -> list[Programme]:
    """Programmes introduced in the prose and lists of the plan's programme and quick-win chapters,
    each read only inside its own span (nlp.entities.segment_programmes)."""
    text = store.text(doc["id"])
    pages = store.pages(doc["id"])
    city = (doc.get("city") or "").lower()
    out = []
    sections = store.sections(doc["id"])
    titles = {s["ordinal"]: f"{s['number']} {s['title']}".strip() for s in sections}
    periods = _heading_periods(sections)
    for a, b, first in _chunks(passages, roles):
        # a road map's prose only names programmes (phase_mentions reads it); a numbered programme profile under
        # a stage heading ("4.1 Tahap I - Fondasi (2026-2027)" > "4.1.2 Sistem Informasi Desa") is read by its heading
        in_roadmap = roles.get(first["section_ordinal"]) == "roadmap"
        recs = [] if in_roadmap else segment_programmes(text, a, b, terms)
        if not recs:  # "L.1 Satu Peta Kota" over a profile that never says "Program X": the heading names it
            rec = _heading_programme(
                text,
                a,
                b,
                titles.get(first["section_ordinal"], ""),
                names,
                terms,
                periods.get(first["section_ordinal"]),
            )
            recs = [rec] if rec else []
        for rec in recs:
            name = rec["name"]
            if not _own_name(name, city, names):
                continue
            period = periods.get(first["section_ordinal"])
            if not rec.get("year") and period:  # "4.1 Tahap I - Fondasi (2026-2027)" over its programmes
                rec["year"] = period
                rec["sources"].append(
                    {
                        "field": "year",
                        "text": period,
                        "start": a,
                        "end": a,
                        "confidence": 0.7,
                        "how": "the period in the heading above",
                    }
                )
            pid = next(
                (p["id"] for p in passages if p["kind"] == "text" and p["char_start"] <= rec["start"] < p["char_end"]),
                first["id"],
            )
            out.append(_from_record(rec, text, pages, first, pid, roles))
    return out


STAGE_HEADING = re.compile(r"(?i)\b(?:tahap|tahapan|fase|phase|stage|periode|tahun)\b")


def _heading_periods(sections: list[dict]) -> dict[int, str]:
    """Section ordinal -> the period its own heading or the nearest heading above it states ("Tahap I - Fondasi
    (2026-2027)", "Tahun 2027"); a section whose headings state none is absent."""
    by_ord = {s["ordinal"]: s for s in sections}
    out: dict[int, str] = {}
    for s in sections:
        cur = s
        while cur is not None:
            m = STAGE_HEADING.search(cur["title"]) and (  # a stage, phase or year of a road map, not any heading
                YEAR_RANGE.search(cur["title"])
                or re.search(r"\((20[0-5]\d)\)|\btahun\s+(20[0-5]\d)\s*$", cur["title"], re.I)
            )
            if m:
                out[s["ordinal"]] = (
                    f"{m.group('a')}-{m.group('b')}" if m.re is YEAR_RANGE else (m.group(1) or m.group(2))
                )
                break
            cur = by_ord.get(cur["parent"]) if cur["parent"] is not None else None
    return out


HEADING_NUMBER = re.compile(r"^\s*(?:[A-Z]\.\d{1,2}|\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")


def _heading_programme(
    text: str, a: int, b: int, title: str, names: NameIndex, terms: dict | None, period: str | None = None
) -> dict | None:
    """A programme section whose text never introduces a programme: its numbered heading ("L.1 Satu Peta
    Kota Tirta", "4.3.2 Pasar Ikan Higienis") names it when the text states at least two of owner, target,
    year and budget (a programme profile); a dimension, chapter or quick-win heading does not."""
    m = HEADING_NUMBER.match(title)
    if not m:
        return None
    name = re.sub(r"(?i)^program\s+", "", title[m.end() :].strip())
    if len(name.split()) < 2 or names.match(name, "dimension") or re.search(r"(?i)\bquick\s*win|\bprogram\b", name):
        return None
    if re.match(
        r"(?i)(?:isu|permasalahan|tujuan|sasaran|misi|arah\s+kebijakan|strategi|dimensi|elemen|tahap(?:an)?|fase|"
        r"peta\s+jalan|road\s*map|rencana\s+implementasi|indikasi\s+pembiayaan)\b",
        name,
    ):
        return None  # "4.1 Isu Strategis 1: Stunting ...": the issue its programmes answer, not a programme
    rec = programme_record(text, {"name": name, "start": a, "name_start": a, "name_end": a, "trigger": ""}, b, terms)
    if not rec.get("year") and period:
        rec["year"] = period
    stated = sum(1 for k in ("opd", "target", "year", "budget") if rec.get(k))
    # a text that calls itself "Program ini" needs one field only (its money may be in a financing table)
    return rec if stated >= 2 or stated and re.search(r"(?i)\bprogram\s+ini\b", text[a:b]) else None


def _own_name(name: str, city: str, names: NameIndex) -> bool:
    """A programme's own name: not the region, not a dimension ("Smart Economy Kota X")."""
    rest = " ".join(w for w in _key(name) if w not in _key(city) + ["kota", "kabupaten", "kab", "provinsi"])
    return bool(rest) and not names.match(rest, "dimension") and name.lower() not in city


def record_sources(rec: dict, pages: list[dict]) -> list[dict]:
    """A text record's field sources (nlp.entities) with the page each stands on."""
    return [
        source_item(x["field"], x["text"], _page_at(pages, x["start"]), x["start"], x["end"], x["confidence"], x["how"])
        for x in rec["sources"]
    ]


def _from_record(rec: dict, text: str, pages: list[dict], first: dict, pid: int, roles: dict) -> Programme:
    role = roles.get(first["section_ordinal"], "other")
    srcs = record_sources(rec, pages)
    span = len(text[rec["start"] : rec["end"]].split())
    return Programme(
        name=rec["name"],
        opd=rec["opd"],
        target=rec["target"],
        indicator=rec["indicator"],
        year=rec["year"],
        budget=rec["budget"],
        budget_text=next((s["text"] for s in srcs if s["field"] == "budget"), None),
        quick_win=role == "quick_win" or rec["quick_win"],
        page=_page_at(pages, rec["start"]),
        section=first["section_path"],
        source="text",
        passage_id=pid,
        opds=rec["opds"],
        target_value=rec["target_value"],
        target_unit=rec["target_unit"],
        target_year=rec["target_year"],
        baseline=rec["baseline"],
        budget_range=rec["budget_range"],
        horizon=rec["horizon"],
        sources=srcs,
        confidence=0.9 if span >= 8 and srcs else 0.6,
    )  # no field at all: perhaps only a mention


def _key(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


def _same(a: list[str], b: list[str]) -> bool:
    """Two names of one programme: equal, or one is the other's start or a large part of it
    ("Tata Naskah Dinas Elektronik" / "Tata Naskah Dinas Elektronik (TNDE)")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    if long_[: len(short)] == short:
        return True
    return set(short) <= set(long_) and len(short) / len(long_) >= 0.6


MERGED_FIELDS = (
    "opd",
    "opds",
    "target",
    "indicator",
    "year",
    "budget",
    "budget_text",
    "dimension",
    "element",
    "target_value",
    "target_unit",
    "target_year",
    "baseline",
    "target_per_year",
    "budget_range",
    "budget_per_year",
    "horizon",
)


def merge_programmes(progs: list[Programme]) -> list[Programme]:
    """One record per programme: fields filled from every table and paragraph it appears in (the
    matrix, the per-year tables, the quick-win list, its prose); a quick win anywhere is a quick
    win; a table's name wins over the prose's, and the longer of two table names."""
    out: list[Programme] = []
    keys: list[list[str]] = []
    for p in progs:
        k = _key(p.name)
        j = next((i for i, q in enumerate(keys) if _same(k, q)), None)
        if j is None:
            out.append(p)
            keys.append(k)
            continue
        q = out[j]
        if len(k) > len(keys[j]) and not p.quick_win and p.source == q.source == "table":
            q.name, keys[j] = p.name, k
        q.quick_win = q.quick_win or p.quick_win
        q.confidence = max(q.confidence, p.confidence)
        filled = [f for f in MERGED_FIELDS if getattr(q, f) in (None, "", []) and getattr(p, f) not in (None, "", [])]
        for f in filled:
            setattr(q, f, getattr(p, f))
        q.sources += [
            s
            for s in p.sources
            if s["field"] in filled
            or s["field"] in ("target", "budget")
            and ("target_per_year" in filled or "budget_per_year" in filled)
        ]
    return out


def matrix_mentions(in_tables: list[Programme], in_text: list[Programme]) -> list[Programme]:
    """The prose records of a plan whose programmes a coded matrix defines: only those naming a
    programme of the matrix (merged into its record). The rest are strategy bullets, arah kebijakan
    and activities the chapters mention, not programmes the plan defines: as records they would only
    lack every field."""
    keys = [_key(p.name) for p in in_tables if p.confidence >= 0.8]
    return [p for p in in_text if any(_same(_key(p.name), k) for k in keys)]


def load_plan(store, doc_id: str, tax: Taxonomy | None = None, classifier=None) -> Plan:
    tax = tax or default_taxonomy()
    doc = store.document(doc_id)
    sections = store.sections(doc["id"])
    roles = section_roles(sections)
    passages = store.passages(doc["id"])
    ids = [p["id"] for p in passages]
    labels = store.labels_for(ids)
    ents = store.entities_for(ids)
    for p in passages:
        p["labels"] = labels.get(p["id"], {"dimensions": [], "elements": [], "issues": []})
        p["role"] = roles.get(p["section_ordinal"], "other") if p["section_ordinal"] is not None else "other"
        p["entities"] = ents.get(p["id"], {}).get("entities", [])
    tables = store.tables(doc["id"])
    names = NameIndex(tax)
    text = store.text(doc["id"])
    terms = {**horizon_map(text), **plan_years(text)}
    codes = agency_codes(tables)
    if codes:
        terms["codes"] = codes  # the plan's legend of agency codes
    norm = plan_tables(tables)  # once, for the programme rows and the road map
    in_tables = table_programmes(tables, roles, sections, names, terms, table_periods(passages), norm)
    cards = card_programmes(tables, text, passages, roles, sections, names, terms)
    in_tables += cards
    # a card written as "Key : value" lines is read as a card only, not again as prose
    card_pids = {c.passage_id for c in cards if c.passage_id is not None}
    prose = [dict(p, kind="card") if p["id"] in card_pids else p for p in passages]
    in_text = text_programmes(store, doc, prose, roles, names, terms)
    spans = kak_spans(text, sections)
    if spans:  # a programme per terms of reference: the programmes its text mentions are not the plan's
        starts = {p["id"]: p["char_start"] for p in passages}
        in_text = [
            p for p in in_text if not any(a <= (starts.get(p.passage_id) or -1) < b for a, b, _n, _s in spans)
        ] + kak_programmes(text, sections, store.pages(doc["id"]), terms)
    if coded_matrix(tables, norm):  # an RPJMD matrix defines the programmes; the prose names them, or not
        in_text = matrix_mentions(in_tables, in_text)
    found = in_tables + in_text
    vocab = vocabulary(text)  # "PENGENDALIANPENDUDUK" of an OCR'd table: the document's own words
    for pr in found:
        pr.name = OUTCOME_TAIL.sub("", unglue(pr.name, vocab)).strip() or pr.name  # "... outcome:Meningkatnya"
        official_name(pr)
        # "PD UUSAN PEMERINTAHAN BIDANG ...": the agency's words of the nomenclature set right
        pr.opd = nomenclature.repair_words(unglue(pr.opd, vocab)) if pr.opd else pr.opd
        pr.opds = [nomenclature.repair_words(unglue(o, vocab)) for o in pr.opds]
    # the programmes a table or paragraph defines first, then names only listed (a road-map cell)
    progs = merge_programmes([p for p in found if p.confidence >= 0.8] + [p for p in found if p.confidence < 0.8])
    progs.sort(key=lambda pr: pr.page or 0)
    # a programme row of a quick-win section or list that names a programme of the matrix
    qw_names = [
        _key(e["text"]) for p in passages if p["role"] == "quick_win" for e in p["entities"] if e["type"] == "programme"
    ]
    for pr in progs:
        if any(_same(_key(pr.name), q) for q in qw_names):
            pr.quick_win = True
    _roadmap_years(progs, norm)
    financing_tables(progs, norm)
    phase_mentions(progs, text, store.pages(doc["id"]))
    pvecs = _label_programmes(progs, classifier)
    pillars = {}
    for pil in tax.pillars:
        hits = [
            p["id"]
            for p in passages
            if p["role"] == "analysis"
            and (
                re.search(rf"\b{pil.id}\b", p["section_path"], re.IGNORECASE)
                or len(lexicon_matches(pil, p["text"])) >= 2
            )
        ]
        pillars[pil.id] = hits
    horizons = [e for p in passages for e in p["entities"] if e["type"] == "horizon"]
    return Plan(
        doc, passages, sections, progs, roles, pillars, horizons, (doc["year_start"], doc["year_end"]), tables, pvecs
    )


# -- terms of reference (KAK / TOR), one per programme ---------------------------------------------------
KAK_TITLE = re.compile(
    r"(?i)^\s*(?:(?:kerangka\s+acuan\s+kerja\b(?:\s*\(\s*(?:kak|tor)\s*\))?|terms?\s+of\s+reference\b)\s*[:\-–]?\s*"
    r"|(?:kak|tor)\b\s*(?:[:\-–]\s*|(?=(?:program|kegiatan)\b)))"
    r"(?:program\s+|kegiatan\s+)?(?P<name>\S.{3,})$"
)
NUMBER_WORDS = re.compile(r"\((?:\s*[a-z]+){1,12}\s*\)")  # "85 (delapan puluh lima)", "(satu miliar ... rupiah)"
KAK_ROW = re.compile(r"(?m)^(?P<k>[^|\n]{2,60}?)\s*\|\s*:?\s*\|?\s*(?P<v>[^|\n]+?)\s*$")
RAB_TOTAL = re.compile(
    r"(?im)^[^\n]*?\|\s*(?:jumlah|total)(?:\s+(?:biaya|keseluruhan|seluruhnya))?\s*\|(?P<rest>[^\n]*)$"
)
SIGNATURE = re.compile(
    r"\b(?:Plt\.?\s+|Pj\.?\s+)?(?:Kepala|Direktur|Sekretaris|Camat|Inspektur)\s+(?P<a>[^\n,]{5,120}?)"
    r"(?:\s+(?:Kabupaten|Kota)\s+[A-Z][\w ]{2,40})?\s*,?\s*(?:\n\s*)?\(?\s*ttd\b",
    re.IGNORECASE,
)


def kak_spans(text: str, sections: list[dict]) -> list[tuple[int, int, str, dict]]:
    """(start, end, name, section) of every programme written as its own terms of reference ("4.1.1
    Kerangka Acuan Kerja (KAK) Program X", "KAK Program X", "TOR: X"): the text from its heading to the next
    such heading, or to the next numbered heading of its level or above (its lettered, roman and numbered
    sub-headings belong to it)."""
    secs = sorted((s for s in sections if s.get("char_start") is not None), key=lambda s: s["char_start"])
    out = []
    for i, s in enumerate(secs):
        m = KAK_TITLE.match(s["title"])
        if not m or (s["number"] or "").upper().startswith("BAB") or len(m.group("name").split()) < 2:
            continue  # "BAB IV KERANGKA ACUAN KERJA PROGRAM PRIORITAS": the chapter, not one programme
        depth = s["number"].count(".") if re.fullmatch(r"\d+(?:\.\d+)*", s["number"] or "") else None
        end = min(len(text), s["char_start"] + 20000)  # a terms of reference is a few pages, never the rest
        for x in secs[i + 1 :]:
            num = x["number"] or ""
            if (
                KAK_TITLE.match(x["title"])
                or num.upper().startswith("BAB")
                or (depth is not None and re.fullmatch(r"\d+(?:\.\d+)*", num) and num.count(".") <= depth)
            ):
                end = min(end, x["char_start"])
                break
        out.append((s["char_start"], end, m.group("name").strip(" .:"), s))
    return out


def kak_programmes(text: str, sections: list[dict], pages: list[dict], terms: dict | None) -> list[Programme]:
    """Programmes written as terms of reference (kak_spans): the identification block ("Perangkat Daerah |
    : | Dinas X", "Indikator Keluaran", "Satuan Ukur", "Volume Keluaran", "Tahun Anggaran", "Kategori"),
    the cost table's JUMLAH row, and the prose of its parts (the budget user "Pengguna Anggaran (PA) ...
    Kepala Badan X", "X selaku Pengguna Anggaran", "swakelola oleh X", the signature "Kepala Dinas X" over
    "ttd."); numbers written again in words in brackets are read once."""
    out = []
    spans = kak_spans(text, sections)
    # numbers written again in words blanked inside every span at once (same length: offsets hold)
    flat = NUMBER_WORDS.sub(lambda m: " " * len(m.group(0)), text) if spans else text
    for a, b, name, sec in spans:
        span = flat[a:b]
        rec = programme_record(
            flat, {"name": name, "start": a, "name_start": a, "name_end": a, "trigger": ""}, b, terms
        )
        ident = {m.group("k").strip().lower(): m.group("v").strip() for m in KAK_ROW.finditer(span)}
        pr = Programme(name=name, page=_page_at(pages, a), section=sec["path"], source="text", confidence=0.9)
        pr.opd, pr.opds, pr.year, pr.budget = rec["opd"], rec["opds"], rec["year"], rec["budget"]
        pr.target, pr.indicator, pr.target_value = rec["target"], rec["indicator"], rec["target_value"]
        pr.target_unit, pr.target_year, pr.budget_range = rec["target_unit"], rec["target_year"], rec["budget_range"]
        pr.sources = record_sources(rec, pages)
        for k, v in ident.items():
            if k.startswith(("perangkat daerah", "opd", "unit kerja", "skpd")) and agencies(v):
                pr.opd, pr.opds = v, agencies(v)
            elif k.startswith("tahun anggaran") and YEAR_IN.search(v):
                ys = [int(y) for y in YEAR_IN.findall(v)]
                pr.year = year_span(ys)
            elif k.startswith(("kategori", "jenis")) and re.search(r"(?i)quick\s*win", v):
                pr.quick_win = True
        vol = next(
            (v for k, v in ident.items() if k.startswith(("volume", "target keluaran", "jumlah keluaran"))), None
        )
        if vol and re.search(r"\d", vol):
            unit = next((v for k, v in ident.items() if k.startswith("satuan")), None)
            ind = next((v for k, v in ident.items() if k.startswith("indikator")), None)
            pr.target = f"{vol} {unit}".strip() if unit else vol
            pr.target_value, pr.target_unit, pr.indicator = parse_target(vol)["value"], unit, ind
            pr.target_year = None
        totals = [m.group("rest") for m in RAB_TOTAL.finditer(span) if not re.search(r"(?i)sub\s*jumlah", m.group(0))]
        if totals:
            cells = [c.strip() for c in totals[-1].split("|") if c.strip()]
            amount = cell_amount("rp", cells[-1]) if cells else None
            if amount is not None:
                pr.budget, pr.budget_text = amount, cells[-1]
        if pr.opd is None:  # signed: "Kepala Dinas Perhubungan Kabupaten X, ttd."
            sig = [m for m in SIGNATURE.finditer(span) if agencies(m.group("a"))]
            if sig:
                pr.opds = agencies(sig[-1].group("a"))
                pr.opd = " dan ".join(pr.opds)
        out.append(pr)
    return out


PHASE = re.compile(
    r"\b(?:Fase|Tahap(?:an)?|Periode|Gelombang)\s+(?:[IVX]{1,4}|\d{1,2}|ke-?\d{1,2})\b[^()\n.]{0,60}?"
    r"\((?P<a>20[2-5]\d)(?:\s*(?:[–—-]|s\.?d\.?|s/d|sampai(?:\s+dengan)?)\s*(?P<b>20[2-5]\d))?\)"
)
NAMED_MONEY = re.compile(
    r"^\s*(?:\(\s*|:\s*|,?\s*(?:dengan\s+(?:kebutuhan|anggaran|biaya)(?:\s+anggaran)?|sebesar|senilai|"
    r"(?:hanya\s+)?dilaksanakan\s+pada\s+20[2-5]\d\s+dengan\s+kebutuhan)\s*)(?=Rp|IDR)"
)
UNTIL = re.compile(r"(?i)\b(?:sampai|hingga)\s+(?:akhir\s+)?(?:tahun\s+)?(20[2-5]\d)\b")
ONLY_IN = re.compile(
    r"(?i)\b(?:pada|di)\s+(?:tahun\s+)?(20[2-5]\d)\s*(?:saja\b)|\bhanya\s+dilaksanakan\s+pada\s+(20[2-5]\d)\b"
)


def phase_mentions(progs: list[Programme], text: str, pages: list[dict]) -> None:
    """A plan that tells its programmes again by phase ("Fase I – Fondasi (2026–2027)" and then "Program X:
    Rp 1,2 miliar", "X (Rp 900 juta)", "X dengan kebutuhan Rp 1,6 miliar", "X ... hanya dilaksanakan pada
    2029"): a programme the tables give no year or budget takes the phase's years (or the ones its
    mention states) and the amount right after its name. Fields already read are never replaced."""
    marks = [(m.start(), int(m.group("a")), int(m.group("b") or m.group("a"))) for m in PHASE.finditer(text)]
    if not marks:
        return
    for pr in progs:
        if pr.year and pr.budget is not None:
            continue
        for m in re.finditer(re.escape(pr.name), text):
            phase = [x for x in marks if x[0] < m.start()]
            if not phase or m.start() - phase[-1][0] > 3000:
                continue
            end = text.find("\n", m.end())
            clause = text[m.end() : min(m.end() + 160, end if end > 0 else len(text))]
            clause = re.split(r"(?<=\))\s*,|(?<=\))\s+dan\s|\.\s", clause)[0]
            money = NAMED_MONEY.match(clause)
            got = money_mentions(clause, money.end(), len(clause)) if money else []
            if pr.budget is None and got:
                pr.budget, pr.budget_text = got[0]["amount"], clause[got[0]["start"] : got[0]["end"]]
                pr.budget_range = got[0].get("range")
                pr.sources.append(
                    source_item(
                        "budget", pr.budget_text, _page_at(pages, m.start()), m.start(), m.end(), 0.7, "phase list"
                    )
                )
            if not pr.year and (got or ONLY_IN.search(clause)):
                only, until = ONLY_IN.search(clause), UNTIL.search(clause)
                lo, hi = phase[-1][1], phase[-1][2]
                if only:
                    lo = hi = int(only.group(1) or only.group(2))
                elif until:
                    hi = int(until.group(1))
                pr.year = year_span([lo, hi])
                pr.sources.append(
                    source_item("year", pr.year, _page_at(pages, m.start()), m.start(), m.end(), 0.7, "phase")
                )
            if pr.year and pr.budget is not None:
                break


def _roadmap_years(progs: list[Programme], tables: list[dict]) -> None:
    """A road-map table (a programme column and one column per year, an "X" in the years it runs) is the
    plan's schedule: a programme the text gives no period (or only its target's year) takes its marked
    years. `tables`: as plan_tables() gives them."""
    marks: list[tuple[list[str], list[int]]] = []
    for t in tables:
        prog = [i for i, r in enumerate(t["roles"]) if r == "programme"]
        ycols = {i: int(h.strip()) for i, h in enumerate(t["header"]) if re.fullmatch(r"\s*20[0-5]\d\s*", h)}
        if not prog or len(ycols) < 2:
            continue
        for row in t["rows"]:
            ys = [y for i, y in ycols.items() if i < len(row) and TICK.match(row[i])]
            if ys and prog[0] < len(row) and row[prog[0]].strip():
                marks.append((_key(row[prog[0]]), ys))
    marks += _stage_columns(tables)
    if not marks:
        return
    for pr in progs:
        own = [x.get("how") for x in pr.sources if x.get("field") == "year"]
        if pr.year and not (own and all(h == "target year" for h in own)):
            continue
        found = next(((k, ys) for k, ys in marks if _same(_key(pr.name), k)), None)
        ys = found[1] if found else None
        if ys:
            term = TERM_RE.search(" ".join(str(y) for y in ys if isinstance(y, str)))
            ys = [y for y in ys if isinstance(y, int)]
            if term and not pr.horizon:
                pr.horizon = TERM_OF[term.group(1).lower()]
        if ys:
            pr.year = year_span(ys)
            pr.sources = [x for x in pr.sources if x.get("field") != "year"] + [
                source_item("year", pr.year, pr.page, None, None, 0.85, "marked years of the road-map table")
            ]


STAGE_ITEM = re.compile(
    r"(?:^|;|\n)\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•])?\s*(?P<name>[^;\n]+?)\s*(?:\((?P<note>[^()]*)\))?\s*(?=;|\n|$)"
)


TOTAL_FIRST = re.compile(r"(?i)^\s*(?:total|jumlah|grand\s+total)\b")


def financing_tables(progs: list[Programme], tables: list[dict]) -> None:
    """A programme's financing plan, a table by year ("Tahun | APBD | DAK / APBN | CSR | Jumlah", a Total row)
    whose caption names the programme ("Rencana Pembiayaan Program X (juta rupiah)"): its budget is the total
    (the Jumlah column; the source columns are parts of it), kept per year, and the years are its period,
    when the programme's own text states no budget or only one year."""
    groups: dict[str, list[tuple[dict, int]]] = {}
    for t in tables:
        roles = t["roles"]
        money = [i for i, r in enumerate(roles) if r == "budget"]
        total_col = next((i for i in money if re.search(r"(?i)jumlah|total", t["header"][i])), None)
        col = total_col if total_col is not None else (money[0] if len(money) == 1 else None)
        if roles and roles[0] == "year" and col is not None and t.get("caption"):
            groups.setdefault(t["caption"], []).append((t, col))
    for caption, parts in groups.items():
        words = set(_key(caption))
        owner = [p for p in progs if _key(p.name) and set(_key(p.name)) <= words]
        if len(owner) != 1:
            continue
        p, per, total = owner[0], {}, None
        for t, col in parts:
            head = f"{t['header'][col]} {caption}"
            for r in t["rows"]:
                v = cell_amount(head, r[col]) if col < len(r) else None
                y = YEAR_IN.fullmatch(r[0].strip())
                if y and v is not None:
                    per[int(y.group(1))] = v
                elif TOTAL_FIRST.match(r[0]) and v is not None:
                    total = v
        if not per:
            continue
        if p.budget is None:
            p.budget = total if total is not None else sum(per.values())
            p.budget_per_year = [{"year": y, "amount": v} for y, v in sorted(per.items())]
            p.sources.append(
                _cell_source("budget", parts[0][0], parts[0][0]["header"][parts[0][1]], f"{p.budget:,.0f}")
            )
        if len(per) >= 2 and len(year_values(p.year)) < 2:
            p.year = year_span(sorted(per))
            p.sources.append(_cell_source("year", parts[0][0], "Tahun", p.year))


def _stage_columns(tables: list[dict]) -> list[tuple[list[str], list]]:
    """A schedule by stage ("Dimensi | Tahap I - Jangka Pendek (2026-2027) | Tahap II ... (2028-2030)"), its
    cells listing programmes by name ("1) A; 2) B (2026 saja)"): (name key, [years..., term]) per item, the
    item's own years in brackets before the column's."""
    out: list[tuple[list[str], list]] = []
    for t in tables:
        cols = {}
        for i, h in enumerate(t["header"]):
            m = YEAR_RANGE.search(h)
            if m and re.search(r"(?i)\b(?:tahap|fase|jangka|periode)\b", h):
                cols[i] = (int(m.group("a")), int(m.group("b")), h)
        if len(cols) < 2:
            continue
        for row in t["rows"]:
            for i, (a, b, h) in cols.items():
                cell = row[i] if i < len(row) else ""
                if is_empty_cell(cell):
                    continue
                for m in STAGE_ITEM.finditer(cell):
                    name, note = m.group("name").strip(" .,"), m.group("note") or ""
                    if len(name.split()) < 2:
                        continue
                    own = [int(y) for y in YEAR_IN.findall(note)]
                    years = list(range(min(own), max(own) + 1)) if own else [a, b]
                    term = TERM_RE.search(h)
                    out.append((_key(name), [min(years), max(years)] + ([term.group(0)] if term else [])))
    return out


def official_name(pr: Programme) -> None:
    """The programme's official name and code when its name is one of the regional nomenclature, repaired
    where OCR damaged it ("PROGRAM PEMBERDAYAN SOSIAL" -> "PROGRAM PEMBERDAYAAN SOSIAL"); the written
    name is kept in `name_as_written` and as the name's source."""
    m = nomenclature.match(pr.name)
    if m is None:
        return
    pr.nomenclature = m.code
    if m.changed:
        pr.name_as_written = pr.name
        pr.sources.append(
            source_item("name", pr.name, pr.page, None, None, m.ratio, f"nomenclature {m.code}: {m.name}")
        )
        pr.name = m.name


def _label_programmes(progs: list[Programme], classifier=None):
    """Dimension, element and issues of each programme: its table's Dimensi/Elemen column when
    present, else the extractor on the programme's name and indicator. Returns the programme
    vectors (embedded once, reused by the alignment and the news links)."""
    if not progs:
        return None
    from nlp.classifier import get_classifier

    clf = classifier or get_classifier()
    texts = [p.text() for p in progs]
    vecs = clf.embedder.embed_passages(texts)
    probs = clf.probabilities(texts, vecs)
    res = clf.classify(texts, evidence=False, probs=probs)
    el_ids = [lab.id for lab in clf.labels["element"]]
    for p, r, i in zip(progs, res, range(len(progs))):
        p.labels = {"dimensions": r.dimensions, "elements": r.elements, "issues": r.issues}
        p.issues = [x["id"] for x in r.issues]
        if p.element is None:
            if r.elements and (p.dimension is None or r.elements[0]["id"].startswith(p.dimension + ".")):
                p.element = r.elements[0]["id"]
            else:  # the best element inside the dimension the table gives
                cands = [j for j, e in enumerate(el_ids) if p.dimension and e.startswith(p.dimension + ".")]
                if cands:
                    p.element = el_ids[max(cands, key=lambda j: probs["element"][i, j])]
                elif r.elements:
                    p.element = r.elements[0]["id"]
        if p.dimension is None and p.element:
            p.dimension = p.element.split(".")[0]
        if p.dimension is None and r.dimensions:
            p.dimension = r.dimensions[0]["id"]
        if not p.issues:  # the programme's best issue when none clears its threshold
            j = int(probs["issue"][i].argmax())
            if probs["issue"][i, j] >= 0.25:
                p.issues = [clf.labels["issue"][j].id]
    return vecs


def year_values(s: str | None) -> list[int]:
    if not s:
        return []
    m = YEAR_RANGE.search(s)
    if m:
        return [int(m.group("a")), int(m.group("b"))]
    return [int(y) for y in re.findall(r"\b(20[0-5]\d)\b", s)]


__all__ = ["Plan", "Programme", "load_plan", "year_values", "NameIndex", "ALL_ELEMENTS", "DIMENSIONS"]
