"""Entities of planning text with spaCy: OPD (regional agencies), programme and quick-win
names, target statements, budgets in Rupiah, time horizons and smart-city actors.

The pipeline is spaCy's Indonesian tokenizer (the same as passage segmentation) with an
EntityRuler (token and phrase patterns for agencies, actors and horizons, from
models/lexicons/entities.yaml) and a rule component `telaah_numbers` that finds budgets,
targets, year ranges and programme names with regular expressions on the text and turns
them into spans; overlaps are resolved longest-first (spacy.util.filter_spans) into doc.ents.

Table passages ("Kolom: No | Program | ... | OPD" then "Program: X; OPD: Y; ...") are read
row by row: each cell gets the role its column header names (models/lexicons/entities.yaml,
table_roles), so a programme row yields one programme record with its OPD, target, year
and budget.

Programmes in prose and lists (issue 19): a paragraph, list item or sentence that introduces a
programme ("Program X ...", "a. Program X", "1) X: ...", "Kegiatan/Inovasi X", "Quick win X") owns
the text up to the next one; its owner (after a cue, or named first; a facility is never an owner
unless said responsible), budget (Rupiah as written, ranges), year or period (the plan's own years
for "jangka pendek/menengah/panjang", else the target's year) and target (indicator, value, unit,
year, baseline) are read only inside that span, each with its offsets and a confidence
(segment_programmes; cue words and agency nomenclature in models/lexicons/nomenclature.yaml).

    extract(text, kind="text") -> {"entities": [...], "programmes": [...]}
Entity: {"type": opd|programme|target|budget|horizon|actor, "text", "start", "end", "value"}
(offsets into `text`). Budgets carry value {"amount": float rupiah}; targets {"indicator",
"value", "unit", "year", "baseline"}; horizons {"term": short|medium|long} or {"start", "end"}.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RULES_FILE = ROOT / "models" / "lexicons" / "entities.yaml"
TYPES = ("opd", "programme", "target", "budget", "horizon", "actor")
LABEL_OF = {t: t.upper() for t in TYPES}


@functools.lru_cache(maxsize=1)
def rules() -> dict:
    return yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))


# -- numbers and money --------------------------------------------------------------------------
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+)?"
MAG_WORDS = {
    "triliun": 1e12,
    "trilyun": 1e12,
    "t": 1e12,
    "miliar": 1e9,
    "milyar": 1e9,
    "m": 1e9,
    "juta": 1e6,
    "jt": 1e6,
    "ribu": 1e3,
    "rb": 1e3,
    "billion": 1e9,  # a consultant's English: "IDR 3,5 billion", "IDR 2.75 bn", "IDR 600 mio"
    "bn": 1e9,
    "million": 1e6,
    "mio": 1e6,
    "mn": 1e6,
}
MAG = r"(?:triliun|trilyun|miliar|milyar|juta|ribu|jt|rb|billion|bn|million|mio|mn|T|M)\b"
BUDGET_RP = re.compile(
    rf"(?<![\w.])(?:Rp\.?|IDR)\s{{0,3}}(?P<num>{NUM})(?:\s?(?P<mag>{MAG}))?(?:\s?rupiah)?", re.IGNORECASE
)
BUDGET_WORD = re.compile(
    rf"(?<![\w.,])(?P<num>{NUM})\s?(?P<mag>triliun|trilyun|miliar|milyar|juta)\s?(?:rupiah)\b", re.IGNORECASE
)
BUDGET_CELL = re.compile(rf"^\s*(?:Rp\.?\s?)?(?P<num>{NUM})(?:\s?(?P<mag>{MAG}))?\s*$", re.IGNORECASE)


def parse_number(s: str) -> float | None:
    """Indonesian number formats: "1.500.000" (dots group thousands), "1,5" (comma decimal);
    a lone dot followed by other than three digits is a decimal point ("2.5")."""
    s = s.strip()
    if not s:
        return None
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            return float(s.replace(".", "").replace(",", "."))
        if "," in s and "." not in s:
            return float(s.replace(",", "."))
        if re.fullmatch(r"\d+\.\d+", s):
            return float(s)
        return float(s.replace(",", ""))
    except ValueError:
        return None


def rupiah(num: str, mag: str | None) -> float | None:
    v = parse_number(num)
    if v is None:
        return None
    if mag:
        v *= MAG_WORDS.get(mag.lower(), 1.0)
    return v


# -- targets ---------------------------------------------------------------------------------------
def _units_re() -> str:
    units = sorted({u for u in rules()["units"]}, key=len, reverse=True)
    return "|".join(re.escape(u) for u in units)


@functools.lru_cache(maxsize=1)
def target_patterns():
    unit = _units_re()
    value = rf"(?P<value>{NUM})\s?(?P<unit>{unit})(?![\w])"
    year = r"(?:(?:pada|di|hingga|sampai|s\.?d\.?|sd)\s+)?(?:tahun\s+|akhir\s+tahun\s+|th\.?\s+)?(?P<year>20[2-5]\d)\b"
    lead = r"(?:sebesar|mencapai|menjadi|minimal|paling\s+sedikit|setidaknya|hingga|sampai|target|ditargetkan)?\s*"
    base = rf"(?:dari\s+(?P<baseline>{NUM})\s?(?:{unit})?\s+(?:pada\s+(?:tahun\s+)?20\d\d\s+)?menjadi\s+)?"
    sentence = re.compile(rf"(?P<ind>[^\n.;:()]{{3,90}}?)\s+{base}{lead}{value}\s*,?\s*{year}", re.IGNORECASE)
    cell = re.compile(
        rf"\bTarget(?:\s+(?:tahun\s+)?(?P<year>20[2-5]\d))?\s*:\s*(?P<value>{NUM})\s?(?P<unit>{unit})?"
        rf"(?P<rest>[^;\n]{{0,60}})",
        re.IGNORECASE,
    )
    return sentence, cell


IND_TRIM = re.compile(
    r"^(?:.*\b(?:yaitu|yakni|adalah|agar|target(?:nya)?|sasaran(?:nya)?|indikator(?:nya)?|"
    r"ditargetkan|meningkatnya|menurunnya|meningkatkan|menurunkan|tercapainya|terwujudnya)\s+)",
    re.IGNORECASE,
)
IND_LEAD = re.compile(r"^(?:dan|serta|atau|sedangkan|sementara)\s+", re.IGNORECASE)
IND_TAIL = re.compile(
    r"\s+(?:meningkat|menurun|naik|turun|bertambah|berkurang|mencapai|sebesar|ditargetkan)$", re.IGNORECASE
)


def _indicator(raw: str) -> str:
    s = IND_TRIM.sub("", raw.strip())
    s = IND_LEAD.sub("", re.sub(r"^[\W\d]+", "", s))
    s = IND_TAIL.sub("", s)
    return " ".join(s.split()[-10:])


# -- programme names in running text -----------------------------------------------------------------
PROG_LIST = re.compile(
    r"(?:melalui|berupa|meliputi|yaitu|antara\s+lain)?\s*(?:program|quick\s+wins?)(?:\s+\w+)?\s*:\s*"
    r"(?P<list>[^.\n]{4,400})",
    re.IGNORECASE,
)
QUOTED = r"[\"“”']([^\"“”']{3,80})[\"“”']"
NAME_WORD = r"(?:[A-Z0-9][\w\-/.()]*|e-[A-Z]?\w+|[A-Z]{2,}\w*)"
PROG_NAME = re.compile(
    rf"\b(?P<trig>[Pp]rogram(?:\s+[Uu]nggulan|\s+[Pp]rioritas)?|[Qq]uick\s+[Ww]in|[Aa]plikasi|[Ii]novasi|[Gg]erakan|"
    rf"[Pp]latform|[Pp]ortal|Sistem\s+Informasi|Layanan)\s+"
    rf"(?:{QUOTED}|(?P<name>{NAME_WORD}(?:[ \t]+(?:dan|di|untuk|berbasis|&)[ \t]+{NAME_WORD}|[ \t]+{NAME_WORD}){{0,9}}))"
)


# -- the spaCy pipeline ------------------------------------------------------------------------------
def _opd_patterns() -> list[dict]:
    r = rules()["opd"]
    pats = []
    # a word of a long name; never the start of another agency ("Dinas Kesehatan dan RSUD X")
    starts = sorted({h.split()[0].lower() for h in r["heads"]} | {n.split()[0].lower() for n in r["names"]})
    title = {"IS_TITLE": True, "LOWER": {"NOT_IN": starts}}
    upper = {"IS_UPPER": True, "LENGTH": {">=": 2}, "LOWER": {"NOT_IN": starts}}
    conn = {"LOWER": {"IN": [c for c in r["connectors"] if c.isalpha()]}}
    for head in r["heads"]:
        h = [{"LOWER": w.lower()} for w in head.split()]
        for word in (title, upper):
            w1 = dict(word, OP="+")
            pats.append({"label": "OPD", "pattern": h + [w1]})
            pats.append({"label": "OPD", "pattern": h + [w1, conn, w1]})
            pats.append({"label": "OPD", "pattern": h + [w1, {"ORTH": ","}, w1, conn, w1]})
            pats.append({"label": "OPD", "pattern": h + [w1, conn, w1, conn, w1]})
    for name in r["names"]:
        toks = name.split()
        if len(toks) == 1 and name.isupper() and len(name) <= 6:
            pats.append({"label": "OPD", "pattern": [{"ORTH": name}]})
        else:
            pats.append({"label": "OPD", "pattern": [{"LOWER": t.lower()} for t in toks]})
    return pats


def _phrase_patterns() -> list[dict]:
    pats = []
    for a in rules()["actors"]:
        pats.append({"label": "ACTOR", "pattern": a["text"], "id": a["id"]})
    for term, words in rules()["horizons"].items():
        for w in words:
            pats.append({"label": "HORIZON", "pattern": w, "id": term})
    return pats


@functools.lru_cache(maxsize=1)
def pipeline():
    """spaCy pipeline: Indonesian tokenizer + EntityRuler + telaah_numbers."""
    from ingest.segment import import_spacy, indonesian_nlp

    import_spacy()
    from spacy.language import Language

    if not Language.has_factory("telaah_numbers"):
        Language.component("telaah_numbers", func=_numbers_component)
    nlp = indonesian_nlp()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(_opd_patterns() + _phrase_patterns())
    nlp.add_pipe("telaah_numbers")
    return nlp


YEAR_RANGE = re.compile(
    r"\b(?P<a>20[0-5]\d)\s*(?:[-–—/]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"(?:(?i:tahun\s+anggaran|TA\.?)\s+)?(?P<b>20[0-5]\d)\b"  # "TA 2027 sampai dengan Tahun Anggaran 2028"
)


def _numbers_component(doc):
    from spacy.util import filter_spans

    text = doc.text
    found = []

    def add(a: int, b: int, label: str, kb: str = ""):
        sp = doc.char_span(a, b, label=label, alignment_mode="expand", kb_id=kb)
        if sp is not None and len(sp):
            found.append(sp)

    for m in BUDGET_RP.finditer(text):
        add(m.start(), m.end(), "BUDGET")
    for m in BUDGET_WORD.finditer(text):
        add(m.start(), m.end(), "BUDGET")
    sent_re, cell_re = target_patterns()
    for m in sent_re.finditer(text):
        add(m.start("ind") + (len(m.group("ind")) - len(m.group("ind").lstrip())), m.end(), "TARGET")
    for m in cell_re.finditer(text):
        add(m.start(), m.end("unit") if m.group("unit") else m.end("value"), "TARGET")
    for m in YEAR_RANGE.finditer(text):
        if 0 < int(m.group("b")) - int(m.group("a")) <= 25:
            add(m.start(), m.end(), "HORIZON", "range")
    for m in PROG_NAME.finditer(text):
        add(m.start(), m.end(), "PROGRAMME")
    for m in PROG_LIST.finditer(text):
        for a, b in _list_items(text, m.start("list"), m.end("list")):
            add(a, b, "PROGRAMME", "list")
    doc.ents = filter_spans(list(doc.ents) + found)  # longest wins on overlaps
    return doc


def _list_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of "A, B dan C" between a and b (offsets), trimmed."""
    seg = text[a:b]
    out = []
    pos = 0
    for part in re.split(r",\s*|;\s*", seg):
        i = seg.find(part, pos)
        if i < 0:
            continue
        pos = i + len(part)
        s = part.strip()
        if 3 <= len(s) <= 100 and s[:1].isupper():
            j = i + part.find(s)
            out.append((a + j, a + j + len(s)))
    return out


# -- table rows --------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _role_res():
    return {role: [re.compile(p) for p in pats] for role, pats in rules()["table_roles"].items()}


def column_role(header: str) -> str | None:
    """A column's role from its header ("Perangkat Daerah", "Pagu (Rp juta)"); the words in brackets only
    when those before them name no role ("Outcome (Target Kinerja)", "Kapan (When)")."""
    h = re.sub(r"\s*\(.*?\)\s*", " ", header.lower()).strip()
    h = re.sub(r"\s+", " ", h)
    for role, pats in _role_res().items():
        if any(p.search(h) for p in pats):
            return role
    inner = re.findall(r"\(([^()]{2,40})\)", header.lower())
    for x in inner:
        x = re.sub(r"\s+", " ", x).strip()
        if re.search(r"\b(?:rp|juta|miliar|ribu|%|persen)\b", x):
            continue  # a unit, not a name
        for role, pats in _role_res().items():
            if any(p.search(x) for p in pats):
                return role
    return None


# -- field labels of programme cards (nlp/cards.py) and of bulleted lists -------------------------------
NAME_KEY = re.compile(
    r"(?i)^(?:nama\s+)?(?:program(?:\s+(?:unggulan|prioritas|quick\s*win))?|inovasi|kegiatan|quick\s*win|"
    r"inisiatif)$"
)
OTHER_KEY = re.compile(
    r"(?i)^(?:latar\s+belakang|permasalahan|masalah|isu|tujuan|sasaran|keluaran|output|outcome|manfaat|"
    r"dampak|mitra(?:\s+[\w ]{0,20})?|pihak\s+terkait|pemangku\s+kepentingan|lokasi|deskripsi|uraian|"
    r"ruang\s+lingkup|komponen|kegiatan\s+utama|rincian\s+kegiatan|keterangan|status|sumber[\w ]{0,20}|"
    r"risiko|strategi|teknologi|kode(?:\s+(?:program|kegiatan))?|no(?:mor)?(?:\s+(?:urut|program))?)$"
)
KIND_KEY = re.compile(r"(?i)^(?:kategori|jenis(?:\s+program)?|tipe|klasifikasi)$")


def card_role(key: str) -> str | None:
    """The role of one key of a programme card ("Penanggung Jawab", "Perkiraan Biaya"): name, kind,
    opd, budget, target, year, dimension or other; None when the text is not such a field label (it also
    tells a bulleted programme name "- Nama: ..." from a field label "- Target: ...")."""
    k = re.sub(r"\s*\(.*?\)\s*", " ", key or "").strip(" :\t\n")
    k = re.sub(r"\s+", " ", k)
    if not k or len(k) > 48 or not k[0].isalpha():
        return None
    if NAME_KEY.match(k):
        return "name"
    if KIND_KEY.match(k):
        return "kind"
    if re.match(r"(?i)(?:sasaran|tujuan)\b", k):
        return "other"  # the card's objective in words, not a target value
    role = column_role(k)
    if role in ("opd", "budget", "target", "year", "dimension"):
        return role
    if role in ("source", "partner", "baseline") or OTHER_KEY.match(k):
        return "other"  # where the money comes from, who supports, where it starts: not a field of its own
    return None


EMPTY_CELL = re.compile(
    r"^\s*\(?\s*(?:-+|–|—|n/?a|tbd|(?:akan|belum)\s+(?:ditentukan|ditetapkan|dihitung)|menyesuaikan|\?)?\s*\)?\s*$"
    r"|^\s*(?:tbd|tba|n/?a)\b\s*(?:[(\[].*)?$",  # "TBD (ditetapkan Dewan Smart City)": not decided, a note why
    re.IGNORECASE,
)


def is_empty_cell(s: str | None) -> bool:
    return s is None or bool(EMPTY_CELL.match(s))


def table_rows(text: str) -> list[dict]:
    """Rows of a table passage: [{header: (value, start, end)}] from "H: v; H: v" lines."""
    rows = []
    pos = 0
    for line in text.split("\n"):
        start = text.find(line, pos)
        pos = start + len(line)
        if line.startswith("Kolom:") or ": " not in line:
            continue
        cells = {}
        off = start
        for part in line.split("; "):
            k, sep, v = part.partition(": ")
            if sep:
                vs = off + len(k) + 2
                cells[k.strip()] = (v.strip(), vs, vs + len(v.strip()))
            off += len(part) + 2
        if len(cells) >= 2:
            rows.append(cells)
    return rows


# -- extraction ---------------------------------------------------------------------------------------
def _value(label: str, kb: str, span_text: str) -> dict:
    if label == "BUDGET":
        m = BUDGET_RP.search(span_text) or BUDGET_WORD.search(span_text)
        return {"amount": rupiah(m.group("num"), m.group("mag")) if m else None}
    if label == "TARGET":
        sent_re, cell_re = target_patterns()
        m = sent_re.search(span_text)
        if m:
            return {
                "indicator": _indicator(m.group("ind")),
                "value": parse_number(m.group("value")),
                "unit": m.group("unit").lower(),
                "year": int(m.group("year")),
                "baseline": parse_number(m.group("baseline")) if m.group("baseline") else None,
            }
        m = cell_re.search(span_text)
        if m:
            return {
                "indicator": (m.group("rest") or "").strip(" ,") or None,
                "value": parse_number(m.group("value")),
                "unit": (m.group("unit") or "").lower() or None,
                "year": int(m.group("year")) if m.group("year") else None,
                "baseline": None,
            }
        return {}
    if label == "HORIZON":
        m = YEAR_RANGE.search(span_text)
        if kb == "range" and m:
            return {"start": int(m.group("a")), "end": int(m.group("b"))}
        return {"term": kb or None}
    if label == "ACTOR":
        return {"actor": kb or None}
    if label == "OPD":
        return {"name": _clean_opd(span_text)}
    if label == "PROGRAMME":
        return {"name": _programme_name(span_text)}
    return {}


REGION_TAIL = re.compile(r"\s+(?:Kota|Kabupaten|Kab\.|Provinsi|Pemerintah)\b.*$")


def _clean_opd(s: str) -> str:
    return REGION_TAIL.sub("", s).strip(" ,")


def _programme_name(s: str) -> str:
    s = re.sub(r"^(?:[Pp]rogram(?:\s+[Uu]nggulan|\s+[Pp]rioritas)?|[Qq]uick\s+[Ww]in)\s+", "", s.strip())
    return s.strip(" \"“”'")


def extract(text: str, kind: str = "text") -> dict:
    """Entities and programme records of one passage (see the module docstring)."""
    ents = []
    doc = pipeline()(text)
    for e in doc.ents:
        t = e.label_.lower()
        if t not in TYPES:
            continue
        a, b = e.start_char, e.end_char
        if t == "opd":
            clean = _clean_opd(e.text)
            b = a + len(clean)
        ents.append(
            {
                "type": t,
                "text": text[a:b],
                "start": a,
                "end": b,
                "value": _value(e.label_, e.ent_id_ or e.kb_id_, text[a:b]),
            }
        )
    programmes = []
    rows = table_rows(text) if (kind == "table" or text.startswith("Kolom:") or "\nKolom:" in text[:300]) else []
    if rows:
        ents, programmes = _table_entities(text, rows, ents)
    else:
        programmes = _text_programmes(text, ents)
    return {"entities": sorted(ents, key=lambda e: (e["start"], e["end"])), "programmes": programmes}


def empty_record(name: str | None, source: str) -> dict:
    """A programme record of the `entities --json` contract with no field filled yet."""
    return {
        "name": name,
        "opd": None,
        "target": None,
        "year": None,
        "budget": None,
        "indicator": None,
        "horizon": None,
        "source": source,
    }


def _table_entities(text: str, rows: list[dict], ents: list[dict]) -> tuple[list[dict], list[dict]]:
    """Cells by column role; the row is one programme record when it has a programme cell."""
    roles = {}
    for r in rows:
        for h in r:
            roles.setdefault(h, column_role(h))
    cells: list[dict] = []  # entities read from cells by their column's role
    covered: list[tuple[int, int]] = []
    programmes = []
    for r in rows:
        rec = empty_record(None, "table")
        for h, (v, a, b) in r.items():
            role = roles.get(h)
            if role is None or is_empty_cell(v):
                continue
            covered.append((a, b))
            if role == "programme":
                rec["name"] = v
                cells.append({"type": "programme", "text": v, "start": a, "end": b, "value": {"name": v}})
            elif role == "opd":
                rec["opd"] = v
                cells.append({"type": "opd", "text": v, "start": a, "end": b, "value": {"name": v}})
            elif role == "budget":
                amount = cell_amount(h, v)
                if amount is not None:
                    rec["budget"] = amount
                    cells.append({"type": "budget", "text": v, "start": a, "end": b, "value": {"amount": amount}})
            elif role == "target":
                if h.lower().startswith("indikator"):
                    rec["indicator"] = v
                else:
                    rec["target"] = v
                    cells.append(
                        {
                            "type": "target",
                            "text": v,
                            "start": a,
                            "end": b,
                            "value": {"indicator": rec["indicator"], "raw": v},
                        }
                    )
            elif role == "year":
                rec["year"] = v
                m = YEAR_RANGE.search(v)
                y = re.search(r"\b20[0-5]\d\b", v)
                val = (
                    {"start": int(m.group("a")), "end": int(m.group("b"))}
                    if m
                    else ({"year": int(y.group(0))} if y else {"raw": v})
                )
                cells.append({"type": "horizon", "text": v, "start": a, "end": b, "value": val})
        if rec["name"]:
            programmes.append(rec)
    # other pipeline entities count only inside a cell that no role has read (a "Keterangan"
    # column naming an agency), never across the "Header: value" syntax; programme names
    # come from the programme column alone
    free = [(a, b) for r in rows for (_v, a, b) in r.values() if (a, b) not in covered]
    rest = [e for e in ents if e["type"] != "programme" and any(a <= e["start"] and e["end"] <= b for a, b in free)]
    return cells + rest, programmes


THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def cell_amount(header: str, v: str) -> float | None:
    """A budget cell: "Rp1.150.000.000", "850 juta", "2,3 M", or a bare number whose unit the
    header gives ("Anggaran (Rp juta)"). A number wrapped inside a narrow cell ("5.054.04 9") is one
    number when only joined it groups its thousands; a footnote mark ("3.150**)") is no part of it; amounts
    by source in one cell ("600 (APBD); 900 (DAK)") are summed."""
    v = re.sub(r"\s*\*+\)?\s*$", "", v or "")
    parts = re.findall(r"(\d[\d.,]*)\s*\((?:apbd|apbn|dak|dau|csr|kpbu|blud|hibah|dana\s+desa)[^)]*\)", v, re.I)
    if len(parts) >= 2:
        got = [cell_amount(header, x) for x in parts]
        return sum(got) if all(g is not None for g in got) else None
    joined = re.sub(r"(?<=\d)\s+(?=\d)", "", v.strip())
    if joined != v.strip() and THOUSANDS.fullmatch(joined) and not THOUSANDS.fullmatch(v.strip()):
        v = joined
    m = BUDGET_CELL.match(v) or BUDGET_RP.search(v) or BUDGET_WORD.search(v)
    if not m:
        return None
    amount = rupiah(m.group("num"), m.group("mag"))
    if amount is None:
        return None
    h = header.lower()
    if not m.group("mag"):
        if "miliar" in h or "milyar" in h or re.search(r"\(\s*rp\.?\s*m\s*\)", h):  # "(Rp M)"
            amount *= 1e9
        elif "juta" in h or re.search(r"x\s*rp\.?\s*1\.000\.000\b", h):  # "(x Rp 1.000.000)"
            amount *= 1e6
        elif re.search(r"\bribu\b|\(\s*rp\s*000\s*\)|rp\s*\.?\s*000\b", h):  # "(Rp ribu)", "Rp (000)"
            amount *= 1e3
        elif amount < 1e5 and "rp" not in h:
            return None  # a small bare number in a non-money column is not a budget
    return amount


def _text_programmes(text: str, ents: list[dict]) -> list[dict]:
    """Programmes of running text: each introduced one ("Program X ...", "a. Program X", "1) X: ...")
    with the owner / budget / target / year / term read inside its own span (segment_programmes),
    then names only listed or mentioned ("melalui program: A, B dan C"), without fields."""
    recs = segment_programmes(text, terms=horizon_map(text))
    out = [
        {
            "name": r["name"],
            "opd": r["opd"],
            "target": r["target"],
            "year": r["year"],
            "budget": r["budget"],
            "indicator": r["indicator"],
            "horizon": r["horizon"],
            "source": "text",
        }
        for r in recs
    ]
    named = [(r["start"], r["end"]) for r in recs]
    seen = {r["name"].lower() for r in recs}
    for e in ents:
        name = e["value"].get("name") if e["type"] == "programme" else None
        if (
            not name
            or name.lower() in seen
            or any(
                a <= e["start"] < b and e["start"] < r["end"]
                for (a, b), r in zip(named, recs)
                if name.lower() in r["name"].lower() or r["name"].lower() in name.lower()
            )
        ):
            continue
        seen.add(name.lower())
        out.append(empty_record(name, "text"))
    return out


# == programmes as plans write them (issue 19) =====================================================
# A paragraph, list item or sentence that introduces a programme ("Program X ...", "a. Program X",
# "1) X: ...", "Kegiatan/Inovasi X", "Quick win X") owns the text up to the next programme (or the
# end of its section); its owner, budget, year, term and target are read only inside that span,
# each with where it came from and how sure the rule is (models/lexicons/nomenclature.yaml).
NOMENCLATURE_FILE = ROOT / "models" / "lexicons" / "nomenclature.yaml"
TERM_OF = {"pendek": "short", "menengah": "medium", "panjang": "long"}


@functools.lru_cache(maxsize=1)
def nomenclature() -> dict:
    return yaml.safe_load(NOMENCLATURE_FILE.read_text(encoding="utf-8"))


_SP = r"[ \t]+"
_WORD = r"(?:[A-Z][\w'’\-/&]*|[A-Z]{2,}\w*|\d+[A-Za-z]*)"


@functools.lru_cache(maxsize=1)
def _agency_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(one agency, a list of agencies joined by "dan"/","/"serta", a facility) as patterns."""
    n = nomenclature()
    # a table cell writes the abbreviation in capitals ("DISKOMINFO", "BAPPEDA"): matched as well
    alts = sorted(set(n["heads"]) | set(n["names"]) | {a.upper() for a in n["names"]}, key=len, reverse=True)
    start = "(?:" + "|".join(re.escape(a).replace(r"\ ", _SP) for a in alts) + r")(?![\w\-])"
    conn = rf"(?:{_SP}(?:dan|serta|&){_SP}|,{_SP}|[ \t]*[/;][ \t]*)"
    # a comma goes on with the agency's name, not into a programme: "Dipimpin oleh DKP, Program X ..."
    cont = (
        rf"(?:{_SP}(?!(?:Tahun|TA|Pada|Sebesar|Senilai|Sejak|Mulai|Periode)\b){_WORD}|{_SP}(?:dan|serta|&){_SP}(?!{start}){_WORD}"
        rf"|,{_SP}(?!{start}|(?:Program|Kegiatan|Inovasi|Quick|Rp|IDR|TA|Tahun|Target)\b){_WORD})"
    )
    # "Sekretariat Daerah c.q. Bagian Umum": one agency, acting through its unit
    one = rf"{start}(?:{cont})*(?:{_SP}c\.?[ \t]?q\.?{_SP}{start}(?:{cont})*)?"
    many = rf"{one}(?:(?:{conn}|{_SP}bersama(?:-sama)?{_SP}){one})*"
    fac = (
        "(?:" + "|".join(re.escape(f).replace(r"\ ", _SP) for f in sorted(n["facilities"], key=len, reverse=True)) + ")"
    )
    return re.compile(one), re.compile(many), re.compile(rf"^{fac}\b", re.IGNORECASE)


def agencies(s: str) -> list[str]:
    """The agencies named at the start of `s` ("Dinas Kesehatan dan Dinas Pengendalian Penduduk dan
    Keluarga Berencana, ..." -> two names), region tails ("Kota X") dropped."""
    one, many, _fac = _agency_res()
    m = many.match(s)
    if not m:
        return []
    out = []
    for a in one.finditer(m.group(0)):
        name = _clean_opd(a.group(0))
        if name and name not in out:
            out.append(name)
    return out


def is_facility(name: str) -> bool:
    return bool(_agency_res()[2].match(name))


@functools.lru_cache(maxsize=1)
def _cue_res() -> dict:
    n = nomenclature()
    flags = re.IGNORECASE
    return {
        "owner": [re.compile(p, flags) for p in n["owner_cues"]],
        "owner_first": re.compile(n["owner_first"], flags),
        "budget": re.compile(n["budget_cues"], flags),
        "not_budget": re.compile(n["not_budget"], flags),
        "target": re.compile(r"\b" + n["target_cues"], flags),
        "lead": re.compile(n["value_lead"], flags),
        "year": re.compile(n["year_cues"], flags),
    }


def _source(field: str, text: str, a: int, b: int, confidence: float, how: str) -> dict:
    return {
        "field": field,
        "text": " ".join(text[a:b].split())[:160],
        "start": a,
        "end": b,
        "confidence": round(confidence, 2),
        "how": how,
    }


# -- owner -------------------------------------------------------------------------------------------
# an agency abbreviation a plan spells out in its glossary: "Diskopdag", "Disdukcapil", "DKPP", "Bapenda"
OWNER_ABBREV = re.compile(r"(?:[A-Z]{2,}[A-Za-z]{0,10}|Dis[a-z]{2,12}|Din[a-z]{2,8}|Ba[a-z]{1,6}da)\b(?![ \t]+[a-z])")


def _owners_at(s: str, abbrev: bool = False) -> list[str]:
    """The agencies named at the start of `s`; with `abbrev`, else an agency abbreviation of the plan's own."""
    names = agencies(s)
    if not names and abbrev:
        ab = OWNER_ABBREV.match(s)
        names = [ab.group(0)] if ab else []
    return names


SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s+|\n)\s*$")
WILL_DO = re.compile(r"\s+(?:akan|segera|bertugas)\s+(?:me|mem|men|meng|meny)[a-z]+\b")


def span_owner(text: str, a: int, b: int, skip: tuple[int, int] = (0, 0)) -> tuple[list[str], dict | None]:
    """The agencies responsible for the programme whose text is text[a:b]: named after a cue
    ("Penanggung jawab:", "dilaksanakan oleh", "OPD pengampu:", "leading sector ... adalah"), or
    first ("Dinas X menjalankan Program Y"); an agency or facility merely named is not the owner."""
    seg = text[a:b]
    cues = _cue_res()
    for rx in cues["owner"]:
        for m in rx.finditer(seg):
            rest = seg[m.end() :].lstrip(" :\t\n")  # "Pelaksana:" at the end of a line or column
            rest = re.sub(r"^\([A-Za-z ]{1,20}\)\s*:?\s*", "", rest)  # "Penanggung jawab (PIC): Dinas X"
            names = _owners_at(rest, abbrev=True)  # after an explicit cue, also the plan's own "Diskopdag"
            if names:
                off = a + m.end() + (len(seg[m.end() :]) - len(rest))
                return names, _source("opd", text, a + m.start(), off + len(" dan ".join(names)), 0.95, "cue")
    after = text[skip[1] : b] if a <= skip[1] < b else ""
    # "Quick Win 1 - Nama (Dinas Perhubungan, Rp 320 juta, 2025)"; "Melalui Program X, Dinas Y menyiapkan
    # ...": an agency in brackets right after the name, or right after its comma (the clause's subject)
    for opener, abbrev, how in (
        (r"\s*\(\s*", True, "in brackets after"),
        (r"\s*,\s*", False, "right after"),
        (r"\s*(?:—|--|–)\s*", True, "between dashes after"),  # "1. Nama — Diskominfotik — 2027-2029 — Rp 3,6 M"
    ):
        lead = re.match(opener, after)
        names = _owners_at(after[lead.end() :], abbrev) if lead else []
        if names:
            s0 = skip[1] + lead.end()
            return names, _source("opd", text, s0, s0 + len(" dan ".join(names)), 0.85, f"agency {how} the name")
    one, many, _fac = _agency_res()
    for m in one.finditer(seg):
        if skip[0] <= a + m.start() < skip[1]:
            continue
        names = agencies(seg[m.start() :])
        listed = many.match(seg, m.start())  # "Dinas A bersama-sama Dinas B menyelenggarakannya"
        tail = seg[listed.end() if listed else m.end() :]
        if names and cues["owner_first"].match(tail.replace(", ", " ")):
            return names, _source("opd", text, a + m.start(), a + m.end(), 0.9, "owner named first")
    # "Dinas X akan menyiapkan aplikasi ...": the agency that opens a sentence of the span and will do its work
    for m in one.finditer(seg):
        if skip[0] <= a + m.start() < skip[1] or not SENTENCE_OPEN.search(seg[: m.start()]):
            continue
        names = agencies(seg[m.start() :])
        listed = many.match(seg, m.start())
        tail = seg[listed.end() if listed else m.end() :]
        if names and WILL_DO.match(tail):
            return names, _source("opd", text, a + m.start(), a + m.end(), 0.8, "agency that will do the work")
    return [], None  # an agency merely named in the text (a partner, a place) is not the owner


# -- money -------------------------------------------------------------------------------------------
_RP = r"(?:Rp\.?|IDR)\s?"
MONEY_RANGE = re.compile(
    rf"(?:{_RP}(?P<a>{NUM})\s?(?:-|–|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s?(?:{_RP})?(?P<b>{NUM})\s?(?P<mag>{MAG})"
    rf"|antara\s+(?P<x>{_RP}(?:{NUM})(?:\s?{MAG})?)\s+(?:sampai(?:\s+dengan)?|hingga|s\.?d\.?|dan|-)\s+"
    rf"(?P<y>{_RP}(?:{NUM})(?:\s?{MAG})?))",
    re.IGNORECASE,
)
BARE_MONEY = re.compile(
    rf"(?<![\w.,])(?P<num>{NUM})\s?(?P<mag>triliun|trilyun|miliar|milyar|juta|M)\b(?!\s*(?:orang|jiwa))"
)


def _amount_of(s: str) -> float | None:
    m = BUDGET_RP.search(s) or BUDGET_WORD.search(s) or BARE_MONEY.search(s)
    return rupiah(m.group("num"), m.group("mag")) if m else None


def money_mentions(text: str, a: int, b: int) -> list[dict]:
    """Amounts of money in text[a:b]: {start, end, amount, range}, ranges first, no overlaps."""
    seg = text[a:b]
    found: list[dict] = []

    def add(m, amount, rng=None):
        if amount is not None and not any(f["start"] < a + m.end() and a + m.start() < f["end"] for f in found):
            found.append({"start": a + m.start(), "end": a + m.end(), "amount": amount, "range": rng})

    for m in MONEY_RANGE.finditer(seg):
        if m.group("x"):
            lo, hi = _amount_of(m.group("x")), _amount_of(m.group("y"))
        else:
            lo, hi = rupiah(m.group("a"), m.group("mag")), rupiah(m.group("b"), m.group("mag"))
        if lo is not None and hi is not None and lo < hi:
            add(m, hi, [lo, hi])
    for rx in (BUDGET_RP, BUDGET_WORD):
        for m in rx.finditer(seg):
            add(m, rupiah(m.group("num"), m.group("mag")))
    cues = _cue_res()
    for m in BARE_MONEY.finditer(seg):  # "Anggaran: 38 M" - only right after a budget cue
        if cues["budget"].search(seg[max(0, m.start() - 45) : m.start()]):
            add(m, rupiah(m.group("num"), m.group("mag")))
    return sorted(found, key=lambda f: f["start"])


TOTAL_CUE = re.compile(r"(?i)\b(?:total|seluruhnya|keseluruhan|jumlah|berjumlah)\b[^.;\d]{0,25}$")
PER_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(20[2-5]\d)\s*[:=]\s*|\b(?:tahun|ta\.?|tahun\s+anggaran)\s+(20[2-5]\d)\s*(?:sebesar\s*)?[:=]?\s*)$"
)
# "Rp 600 juta dari APBD dan Rp 275 juta dari CSR": the shares of the money by where it comes from
FROM_SOURCE = re.compile(
    r"(?i)^\s*(?:dari|bersumber\s+dari|melalui)\s+(?:dana\s+)?(?:apbd|apbn|dak|dau|csr|kpbu|blud|hibah|swasta|"
    r"dana\s+desa|bantuan|banprov|bankeu|pihak\s+ketiga)\b"
)
PER_YEAR_AFTER = re.compile(r"(?i)^\s*\(?(?:pada|di|untuk)?\s*(?:tahun\s+)?(20[2-5]\d)\b\)?")


def total_or_yearly(text: str, found: list[dict]) -> dict | None:
    """Of several amounts of one programme: the one after "total" / "seluruhnya berjumlah" ("Rp 300 juta
    per tahun, atau total Rp 1,2 miliar"), else the sum of amounts each tied to a year ("Rp 500 juta
    pada 2025, Rp 700 juta pada 2026 ...", "2026: Rp 350 juta; 2027: ..."), with the years kept as
    per_year. None when the amounts are neither."""
    total = next((f for f in found if TOTAL_CUE.search(text[max(0, f["start"] - 40) : f["start"]])), None)
    per_year = []
    for f in found:
        m = PER_YEAR_BEFORE.search(text[max(0, f["start"] - 25) : f["start"]]) or PER_YEAR_AFTER.match(
            text[f["end"] : f["end"] + 25]
        )
        if m and f is not total:
            per_year.append({"year": int(next(g for g in m.groups() if g)), "amount": f["amount"]})
    years = [x["year"] for x in per_year]
    if len(set(years)) != len(years) or len(per_year) < 2:
        per_year = []
    if total is not None:  # the total as printed, the amounts per year (if it lists them) kept beside it
        return dict(total, per_year=per_year)
    sources = [f for f in found if FROM_SOURCE.match(text[f["end"] : f["end"] + 40])]
    if len(sources) >= 2 and len(sources) == len(found) and not per_year:  # the shares by source, summed
        return {
            "start": found[0]["start"],
            "end": found[-1]["end"],
            "amount": sum(f["amount"] for f in found),
            "range": None,
            "per_year": [],
        }
    if per_year and len(per_year) == len(found):
        total = sum(x["amount"] for x in per_year)
        return {
            "start": found[0]["start"],
            "end": found[-1]["end"],
            "amount": total,
            "range": None,
            "per_year": per_year,
        }
    return None


def span_budget(text: str, a: int, b: int, avoid: list[tuple[int, int]] = ()) -> tuple[dict | None, dict | None]:
    """The programme's budget in text[a:b]: the first amount after a budget cue ("Anggaran:",
    "dengan alokasi", "Kebutuhan anggaran"), else the first amount that is not a target or a result
    ("target Rp 1,2 triliun/tahun" is not a budget). Returns ({amount, range}, source)."""
    cues = _cue_res()
    best = None
    for f in money_mentions(text, a, b):
        if any(x <= f["start"] < y for x, y in avoid):
            continue
        before = text[max(a, f["start"] - 45) : f["start"]]
        if cues["not_budget"].search(before) and not cues["budget"].search(before):
            continue
        conf = 0.95 if cues["budget"].search(before) else 0.6
        if best is None or conf > best[0]:
            best = (conf, f)
        if conf > 0.9:
            break
    if best is None:
        return None, None
    conf, f = best
    how = "amount range" if f["range"] else ("budget cue" if conf > 0.9 else "amount in the programme's text")
    # the amounts after the first one: its total, or one amount per year to add up
    rest = [g for g in money_mentions(text, f["start"], b) if not any(x <= g["start"] < y for x, y in avoid)]
    both = total_or_yearly(text, rest) if len(rest) >= 2 else None
    if both:
        f, how = both, ("total of the amounts" if not both["per_year"] else "sum of the amounts per year")
    return {"amount": f["amount"], "range": f["range"], "per_year": f.get("per_year") or []}, _source(
        "budget", text, f["start"], f["end"], conf, how
    )


PER_YEAR = re.compile(r"\s*(?:/|per|setiap|tiap)\s*(?:tahun|thn)\b", re.IGNORECASE)


def per_year_over(text: str, f: dict, years: tuple[int, int] | None = None) -> dict | None:
    """An amount written per year ("Rp 450 juta per tahun (2027-2030)", "Rp 400 juta per tahun" over the
    programme's 2026-2028): the amount times the years, kept per year; None when the text gives no
    period (the years after the amount, else `years`)."""
    m = PER_YEAR.match(text, f["end"])
    if not m or f["range"]:
        return None
    rng = YEAR_RANGE.search(text, m.end(), m.end() + 40)
    y0, y1 = (int(rng.group("a")), int(rng.group("b"))) if rng else years or (0, 0)
    if not 0 < y1 - y0 <= 10:
        return None
    per = [{"year": y, "amount": f["amount"]} for y in range(y0, y1 + 1)]
    return {"amount": f["amount"] * len(per), "range": None, "per_year": per}


SHARE_LEAD = re.compile(r"\s*(?:\(\s*|,\s*dengan\s+(?:alokasi|anggaran|pagu|biaya)\s+(?:sebesar\s+)?)(?=Rp|IDR)")
SHARES_TOTAL = re.compile(r"(?i)\b(?:seluruhnya|total(?:nya)?|jumlah(?:nya)?|keseluruhan)\s+(?:sebesar\s+)?(?=Rp|IDR)")


def agency_shares(text: str, a: int, b: int) -> tuple[list[str], dict, dict, dict] | None:
    """A programme run by several agencies, each named with its own share of the money ("Dinas A (Rp 450
    juta) dan Dinas B (Rp 300 juta)", "Dinas A, dengan alokasi Rp 700 juta, dan Dinas B, dengan alokasi
    ..."): (the agencies, the budget: the total the text states or the sum of the shares, and the sources
    of both); None unless two agencies or more have a share."""
    seg, (one, _many, _fac) = text[a:b], _agency_res()
    shares: list[tuple[str, dict, int]] = []
    for m in one.finditer(seg):
        if any(s0 <= a + m.start() < f["end"] for _n, f, s0 in shares):
            continue
        lead = SHARE_LEAD.match(seg, m.end())
        money = money_mentions(text, a + lead.end(), min(b, a + lead.end() + 40)) if lead else []
        name = _clean_opd(m.group(0))
        if money and money[0]["start"] == a + lead.end() and name not in [n for n, _f, _s in shares]:
            shares.append((name, money[0], a + m.start()))
    if len(shares) < 2:
        return None
    total = next(
        (
            f
            for t in SHARES_TOTAL.finditer(seg)
            for f in money_mentions(text, a + t.end(), b)[:1]
            if f["start"] == a + t.end()
        ),
        None,
    )
    amount = total["amount"] if total else sum(f["amount"] for _n, f, _s in shares)
    s0, s1 = shares[0][2], shares[-1][1]["end"]
    osrc = _source("opd", text, s0, s1, 0.9, "agencies named with their shares of the money")
    bsrc = _source(
        "budget", text, *(total["start"], total["end"]) if total else (s0, s1), 0.9, "total of the agencies' shares"
    )
    return [n for n, _f, _s in shares], {"amount": amount, "range": None, "per_year": []}, osrc, bsrc


# -- target ------------------------------------------------------------------------------------------
_CLAUSE_END = re.compile(
    r"\.(?=\s+[A-Z(\-–•]|\s*$)|;|\n|\s[-–]\s(?=[A-Z])"
    # "..., dengan alokasi anggaran Rp 780 juta" / "..., diampu oleh Dinas X": the next field, not the target
    r"|,(?=\s*(?:dengan\s+)?(?:alokasi\s+|kebutuhan\s+)?(?:anggaran|biaya|pagu)\b|\s*(?:diampu|dilaksanakan|dikelola)\s+oleh\b)"
    # "... menerapkan antrean daring dan anggaran sebesar Rp 160 juta": the money is the next field
    r"|,?\s(?=(?:dan|dengan|serta)\s+(?:alokasi\s+|kebutuhan\s+)?(?:anggaran|biaya|pagu)(?:nya)?\s+(?:sebesar\s+|adalah\s+)?(?:Rp|IDR))"
)
TARGET_YEAR = re.compile(
    r"(?:(?:pada|di|hingga|sampai(?:\s+dengan)?|s\.?d\.?|akhir)\s+(?:akhir\s+)?(?:tahun\s+)?|\(\s*)"
    r"(?P<year>20[2-5]\d)\b\)?",
    re.IGNORECASE,
)
_VALUE = re.compile(rf"(?<![\w.,])(?P<value>{NUM})(?:\s?(?P<unit>%|[^\W\d_][\w/]*))?")


def _target_value(clause: str) -> re.Match | None:
    """The target value of a clause: after "mencapai/sebesar/menjadi/hingga" when it says so, else
    its first number that is neither money nor a year."""
    lead = _cue_res()["lead"]
    for m in lead.finditer(clause):
        v = _VALUE.match(clause, m.end() + len(clause[m.end() :]) - len(clause[m.end() :].lstrip()))
        if v and not re.fullmatch(r"20[2-5]\d", v.group("value")):
            return v
    for v in _VALUE.finditer(clause):
        before = clause[max(0, v.start() - 8) : v.start()]
        if (
            re.search(r"(?:Rp\.?|IDR)\s?$", before, re.IGNORECASE)
            or (re.fullmatch(r"(?:19|20)\d\d", v.group("value")) and not v.group("unit"))
            or re.search(r"tahun\s*$", before, re.IGNORECASE)
        ):
            continue
        return v
    return None


def parse_target(clause: str) -> dict:
    """{indicator, value, unit, year, baseline} of one target clause ("90 persen Puskesmas
    terhubung ... pada tahun 2026", "kunjungan wisatawan sebesar 250.000 orang di tahun 2027")."""
    v = _target_value(clause)
    y = TARGET_YEAR.search(clause)
    base = re.search(rf"\bdari\s+(?P<b>{NUM})", clause)
    ind = clause
    if v:
        ind = ind[: v.start()] + " " + ind[v.end() :]
    if y:
        ind = ind.replace(y.group(0), " ")
    ind = re.sub(r"\b(?:mencapai|sebesar|menjadi|adalah|pada|di|hingga)\s*$", "", " ".join(ind.split())).strip(" ,.:;")
    unit = (v.group("unit") or "").lower() if v else ""
    return {
        "indicator": ind or None,
        "value": parse_number(v.group("value")) if v else None,
        "unit": unit or None,
        "year": int(y.group("year")) if y else None,
        "baseline": parse_number(base.group("b")) if base else None,
    }


# the plan a figure or period belongs to when it is not the programme's: "RPJMD Kota X 2025-2029 menargetkan"
OTHER_PLAN = re.compile(r"(?i)\b(?:rpjmd|rpjpd|rpjmn|renstra)\b[^.;:\n]{0,60}$")


def span_target(text: str, a: int, b: int) -> tuple[dict | None, dict | None]:
    """The programme's target in text[a:b]: the clause after a target cue ("Target:",
    "ditargetkan ... mencapai", "Sasarannya adalah", "Indikator keberhasilannya adalah",
    "menargetkan"), else a sentence of the shape "<indicator> mencapai <value> <unit> pada tahun Y"."""
    seg = text[a:b]
    for m in _cue_res()["target"].finditer(seg):
        if OTHER_PLAN.search(seg[max(0, m.start() - 80) : m.start()]):
            continue  # "RPJMD Kota X 2025-2029 menargetkan indeks SPBE ...": the RPJMD's target, not the programme's
        rest = seg[m.end() :]
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start() if end else len(rest)]
        t = parse_target(clause)
        if t["value"] is not None:
            s, e = a + m.start(), a + m.end() + len(clause)
            return dict(t, text=" ".join(clause.split()), start=s, end=e), _source(
                "target", text, s, e, 0.9, "target cue"
            )
    sent_re, _cell = target_patterns()
    m = sent_re.search(seg)
    if m:
        s, e = a + m.start("ind"), a + m.end()
        t = {
            "indicator": _indicator(m.group("ind")),
            "value": parse_number(m.group("value")),
            "unit": m.group("unit").lower(),
            "year": int(m.group("year")),
            "baseline": parse_number(m.group("baseline")) if m.group("baseline") else None,
        }
        return dict(t, text=" ".join(text[s:e].split()), start=s, end=e), _source(
            "target", text, s, e, 0.7, "value, unit and year in a sentence"
        )
    # "i. Nama (OPD, TA 2025): 150 titik parkir melayani ...; biaya ...": a list item's value after its colon
    m = re.match(r"[^:\n]{3,160}:\s*(?=\d)", seg)
    if m:
        rest = re.sub(r"(?<!\n)\n(?!\n)", " ", seg[m.end() :])  # a line wrapped inside the item (same length)
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start() if end else len(rest)]
        t = parse_target(" ".join(clause.split()))
        if t["value"] is not None and (t["unit"] or re.match(r"\d[\d.,]*%?\s+[a-z]{3,}", clause)):
            s, e = a + m.end(), a + m.end() + len(clause)
            return dict(t, text=" ".join(clause.split()), start=s, end=e), _source(
                "target", text, s, e, 0.6, "value after the item's colon"
            )
    return None, None


# -- year, period and term ---------------------------------------------------------------------------
YEAR_ONE = re.compile(
    r"\b(?P<ta>TA\.?|T\.A\.|tahun\s+anggaran)\s*(?P<y>20[0-5]\d)\b"
    r"(?!\s*(?:[-–/]|s\.?d|s/d|sampai(?:\s+dengan)?|hingga)\s*(?:(?:tahun\s+anggaran|TA\.?)\s+)?20)"  # a period's start
    r"|\b(?P<label>Tahun(?:\s+pelaksanaan)?|Periode|Waktu(?:\s+pelaksanaan)?|Jadwal|Pelaksanaan)"
    r"(?P<colon>\s*:)?\s*(?:(?:TW|triwulan)\s*(?:[IV]{1,3}|[1-4])\s+)?(?P<y2>20[0-5]\d)\b"
    r"(?!\s*(?:[-–/]|s\.?d|s/d|sampai|hingga)\s*20)"
    r"|\((?P<y3>20[0-5]\d)\)"
    r"|\b(?:pada|di)\s+tahun\s+(?P<y4>20[0-5]\d)\b",
    re.IGNORECASE,
)
TERM_RE = re.compile(r"\bjangka\s+(pendek|menengah|panjang)\b", re.IGNORECASE)


def year_span(years) -> str:
    """A programme's period from the years it names: "2025-2027", or "2025" for one year."""
    lo, hi = min(years), max(years)
    return f"{lo}-{hi}" if hi > lo else str(lo)


def horizon_map(text: str) -> dict[str, tuple[int, int]]:
    """The plan's own mapping of its terms to years ("jangka pendek mencakup tahun 2025-2026",
    "jangka menengah (2027-2029)"): the most frequent range next to each term."""
    votes: dict[str, dict[tuple[int, int], int]] = {}
    rx = re.compile(
        r"\bjangka\s+(pendek|menengah|panjang)\b(?P<gap>(?:(?!jangka|pendek|menengah|panjang)[^.;\n]){0,30}?)"
        r"(?P<a>20[0-5]\d)\s*(?:[-–—]|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<b>20[0-5]\d)",
        re.IGNORECASE,
    )
    for m in rx.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 <= b - a <= 25:
            v = votes.setdefault(TERM_OF[m.group(1).lower()], {})
            v[(a, b)] = v.get((a, b), 0) + 1
    return {t: max(v, key=lambda k: v[k]) for t, v in votes.items()}


# "tahun ke-1 adalah tahun anggaran 2026", "Tahun ke-1 (2026)", "Tahun ke-1 = 2026": the plan's own years
YEAR_ONE_STATED = re.compile(
    r"(?i)\btahun\s+(?:pelaksanaan\s+)?ke-?\s*1\b(?:\s*(?:\(|=|:|adalah|ialah|yaitu|merupakan|setara(?:\s+dengan)?)\s*)"
    r"(?:tahun\s+(?:anggaran\s+)?)?(20[2-5]\d)"
)
PLAN_YEAR_N = re.compile(r"(?i)\b(?:tahun\s+)?ke-?\s*([1-9]|1[0-9]|20)\b")


def plan_years(text: str) -> dict[str, tuple[int, int]]:
    """{"year1": (y, y)} where the plan writes its timeline in plan years ("Tahun ke-2 s/d ke-4") and says
    which year is its first ("tahun ke-1 adalah tahun anggaran 2026"); {} when it says none."""
    votes: dict[int, int] = {}
    for m in YEAR_ONE_STATED.finditer(text):
        y = int(m.group(1))
        votes[y] = votes.get(y, 0) + 1
    if not votes:
        return {}
    y = max(votes, key=lambda k: votes[k])
    return {"year1": (y, y)}


def plan_year_span(v: str, terms: dict | None) -> str | None:
    """ "Tahun ke-2 s/d ke-4" in the plan's calendar years ("2027-2029"), when the plan maps its first year."""
    if not terms or "year1" not in terms or not re.search(r"(?i)\bke-?\s*\d", v):
        return None
    first = terms["year1"][0]
    ns = [int(n) for n in PLAN_YEAR_N.findall(v)]
    return year_span(sorted({first + n - 1 for n in ns})) if ns else None


_MONTH = (
    r"(?:Jan(?:uari|uary)?|Feb(?:ruari|ruary)?|Pebruari|Mar(?:et|ch)?|Apr(?:il)?|Mei|May|Jun(?:i|e)?|Jul(?:i|y)?|"
    r"Agu(?:stus)?|Agt|Aug(?:ust)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|Nop(?:ember)?|De[sc](?:ember)?)\.?"
)
# "Juni - Oktober 2025", "April s.d. November 2025", "Oktober 2025 s.d. Maret 2026", "mulai Maret dan selesai
# Agustus 2025": a run of months gives its year(s)
MONTH_RANGE = re.compile(
    rf"\b{_MONTH}(?:\s+(?P<ya>20[0-5]\d))?\s*(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan\s+selesai(?:\s+pada)?)"
    rf"\s*(?:bulan\s+)?{_MONTH}\s+(?P<yb>20[0-5]\d)\b",
    re.IGNORECASE,
)


YEARS_FROM = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+tahun(?:\s+anggaran)?\s*,?\s*"
    r"(?:sejak|mulai|dimulai(?:\s+pada)?|terhitung\s+sejak)\s+(?:tahun\s+(?:anggaran\s+)?)?(?P<y>20[0-5]\d)\b"
)
HELD_IN_YEAR = re.compile(
    r"(?i)\b(?:dilaksanakan|berjalan|berlangsung|dijalankan|diselenggarakan)\s+(?:pada|di)\s+(?P<y>20[0-5]\d)\b"
    r"(?!\s*(?:[-–]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*(?:TA\.?\s*)?20)"  # not a period's start
)
QUARTERS = re.compile(
    r"\b(?:Q[1-4]|TW\s*(?:[IV]{1,3}|[1-4]))\s+(?P<a>20[0-5]\d)(?:\s*[-–]\s*(?:Q[1-4]|TW\s*(?:[IV]{1,3}|[1-4]))\s+(?P<b>20[0-5]\d))?\b"
)
MONTH_START = re.compile(
    rf"\b(?:mulai|sejak|dimulai(?:\s+pada)?)\s+(?:bulan\s+)?(?P<m>{_MONTH})\s+(?P<y>20[0-5]\d)\b(?!\s*(?:[-–]|s\.?d|sampai|hingga))",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?i)\bselama\s+(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua\s+belas)\s+bulan"
)
COUNT_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
}
MONTH_NO = {
    k: i + 1 for i, k in enumerate(["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"])
}
MONTH_NO.update({"peb": 2, "agt": 8, "nop": 11, "may": 5, "aug": 8, "oct": 10, "dec": 12})


def _written_periods(seg: str, a: int, avoid: tuple[int, int]) -> list[tuple[float, str, int, int, str]]:
    """Years a programme's text gives in words other than a plain period: a start month and a duration, a count
    of years from a start, the year it is carried out, quarters, a run of months."""
    out: list[tuple[float, str, int, int, str]] = []
    for m in MONTH_START.finditer(seg):  # "selama enam bulan mulai Mei 2026", "mulai bulan Agustus 2026"
        start, month = int(m.group("y")), MONTH_NO[m.group("m").lower()[:3]]
        d = DURATION.search(seg, max(0, m.start() - 30), min(len(seg), m.end() + 30))
        n = (int(d.group(1)) if d.group(1).isdigit() else COUNT_WORDS.get(d.group(1).lower(), 0)) if d else 1
        end = start + (month + max(n, 1) - 2) // 12
        if not avoid[0] <= a + m.start() < avoid[1]:
            out.append(
                (0.75, f"{start}-{end}" if end > start else str(start), a + m.start(), a + m.end(), "start month")
            )
    for m in YEARS_FROM.finditer(seg):  # "tiga tahun anggaran sejak 2026": 2026-2028
        n = int(m.group("n")) if m.group("n").isdigit() else COUNT_WORDS.get(m.group("n").lower(), 0)
        y0 = int(m.group("y"))
        if 1 <= n <= 10 and not avoid[0] <= a + m.start() < avoid[1]:
            out.append(
                (0.85, f"{y0}-{y0 + n - 1}" if n > 1 else str(y0), a + m.start(), a + m.end(), "years from a start")
            )
    for m in HELD_IN_YEAR.finditer(seg):  # "hanya dilaksanakan pada 2026"
        if not avoid[0] <= a + m.start() < avoid[1]:
            out.append((0.8, m.group("y"), a + m.start(), a + m.end(), "the year it is carried out"))
    for m in QUARTERS.finditer(seg):  # "Q3 2026 - Q2 2028", "Q2 2026", "TW II 2026"
        ya, yb = int(m.group("a")), int(m.group("b") or m.group("a"))
        if 0 <= yb - ya <= 10 and not avoid[0] <= a + m.start() < avoid[1]:
            out.append((0.75, f"{ya}-{yb}" if yb > ya else str(ya), a + m.start(), a + m.end(), "quarters"))
    for m in MONTH_RANGE.finditer(seg):
        ya, yb = int(m.group("ya") or m.group("yb")), int(m.group("yb"))
        if 0 <= yb - ya <= 5 and not avoid[0] <= a + m.start() < avoid[1]:
            out.append(
                (0.8, f"{ya}-{yb}" if yb > ya else str(yb), a + m.start(), a + m.end(), "months of the programme")
            )
    return out


def _year_candidates(text: str, a: int, b: int, avoid: tuple[int, int]) -> list[tuple[float, str, int, int, str]]:
    """(confidence, year or "start-end", start, end, how) of every year the span gives outside its
    target clause: a period after a cue ("untuk periode 2024-2026", "(2025-2028)") or bare, a year
    with a label ("Tahun: 2026", "TA 2025", "tahun anggaran 2025"), "(2025)", "pada tahun 2026"."""
    seg, cue = text[a:b], _cue_res()["year"]
    out = []
    for m in YEAR_RANGE.finditer(seg):
        y0, y1 = int(m.group("a")), int(m.group("b"))
        if OTHER_PLAN.search(seg[max(0, m.start() - 60) : m.start()]):
            continue  # "RPJMD Kota X 2025-2029": the RPJMD's period
        if 0 < y1 - y0 <= 25 and not avoid[0] <= a + m.start() < avoid[1]:
            cued = cue.search(seg[max(0, m.start() - 30) : m.start()]) or seg[max(0, m.start() - 1) : m.start()] == "("
            out.append((0.9 if cued else 0.7, f"{y0}-{y1}", a + m.start(), a + m.end(), "period"))
    for m in YEAR_ONE.finditer(seg):
        if avoid[0] <= a + m.start() < avoid[1]:
            continue
        if m.group("y") or m.group("colon"):
            conf = 0.85
        else:
            conf = 0.75 if m.group("y3") or m.group("label") and m.group("label")[0].isupper() else 0.65
        y = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
        out.append((conf, y, a + m.start(), a + m.end(), "year of the programme"))
    out += _written_periods(seg, a, avoid)
    return out


def span_year(
    text: str, a: int, b: int, target: dict | None = None, terms: dict | None = None
) -> tuple[str | None, str | None, dict | None]:
    """(year or "start-end", term short|medium|long, source) of the programme in text[a:b]: a period
    ("untuk periode 2024-2026", "(2025-2028)"), a budget year ("TA 2025", "Tahun: 2026"), the plan's
    years for its term ("jangka menengah"), else the year of its target; the surest first."""
    seg = text[a:b]
    cands = _year_candidates(text, a, b, (target["start"], target["end"]) if target else (0, 0))
    term_m = TERM_RE.search(seg)
    term = TERM_OF[term_m.group(1).lower()] if term_m else None
    if term and terms and term in terms:
        cands.append(
            (0.8, "{}-{}".format(*terms[term]), a + term_m.start(), a + term_m.end(), "the plan's years of its term")
        )
    if target and target.get("year"):
        cands.append((0.6, str(target["year"]), target["start"], target["end"], "target year"))
    if not cands:
        return None, term, None
    conf, year, s, e, how = max(cands, key=lambda c: (c[0], -c[2]))
    return year, term, _source("year", text, s, e, conf, how)


# -- where programmes start ---------------------------------------------------------------------------
# a name runs on over ", X" unless X begins an agency: "Melalui Program Angkutan Danau, Dinas Perhubungan ..."
_AGENCY_HEAD = (
    r"Dinas|Badan|Bagian|Kantor|Sekretariat|Satuan|Satpol|Kecamatan|Kelurahan|RSUD|UPTD|Bappeda|Diskominfo|Inspektorat"
)
# "(PSU)" is part of a name; "(pj: X)" and "(Dinas Perhubungan, TA 2025)" (its owner and year) are not
_NAMEW = rf"(?:[A-Z0-9][\w'’\-/&+.]*(?<![.\-/])|e-[A-Za-z][\w\-]*|\((?!(?:{_AGENCY_HEAD})\b)[^():\n]{{1,30}}\))"
_NAME = (
    rf"{_NAMEW}(?:(?:{_SP}|{_SP}(?:dan|di|untuk|bagi|serta|melalui|terhadap|&){_SP}|,{_SP}(?!(?:Program|Kegiatan|Inovasi|Quick|Rp|IDR|20\d\d|{_AGENCY_HEAD})\b))"
    rf"{_NAMEW}){{0,14}}"
)
INTRO = re.compile(
    rf"(?P<lead>\b(?:[Mm]elalui|[Mm]enjalankan|[Mm]elaksanakan|[Mm]enyelenggarakan|[Mm]engembangkan){_SP})?"
    rf"\b(?P<trig>Program(?:{_SP}(?:Unggulan|Prioritas))?(?:{_SP}Quick{_SP}[Ww]in)?|[Qq]uick{_SP}[Ww]ins?|Kegiatan|"
    rf"Sub{_SP}?[Kk]egiatan|Inovasi|PROGRAM(?:{_SP}(?:UNGGULAN|PRIORITAS))?|QUICK{_SP}WIN|KEGIATAN|INOVASI|program)"
    rf"(?:{_SP}(?:ke-?|#)?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[.:)]?)?(?:{_SP}[-–—])?(?:{_SP}|:{_SP})(?:[\"“](?P<quoted>[^\"“”\n]{{3,80}})[\"”]|(?P<name>{_NAME}))"
)
ITEM = re.compile(
    rf"(?m)^[ \t]*(?P<marker>\d{{1,2}}[.)]|\(\d{{1,2}}\)|[a-z][.)]|[ivx]{{1,4}}[.)]|[A-Z]\.\d{{1,2}}\.?)[ \t]+(?P<name>{_NAME})"
    # the name ends at a colon, a dash, the line's end, a lower-case word, or a full stop ("(1) Nama. Program ini ...")
    rf"(?=[ \t]*(?::|[-–—][ \t]|--|$|\.[ \t]+[A-Z])|[ \t]+[a-z]|[ \t]*\((?:{_AGENCY_HEAD})\b)"
)
# "QW-1. Surat Keterangan Desa Daring. Dinas X akan ...": a coded item ("QW-1.", "QW 2:", "SG-03.") anywhere
# after a space, as the text of boxed notes runs on in one paragraph once their frames are gone
CODED = re.compile(
    rf"(?:(?<=\s)|^)(?P<marker>(?:QW|Q)[-\s]?\d{{1,2}}[.:)]?|[A-Z]{{1,4}}-\d{{1,2}}[.:)])[ \t]+(?P<name>{_NAME})"
    rf"(?=[ \t]*(?::|\.[ \t\n]+[A-Z]))"
)
# "- Lapak Digital Pasar Kaget: pendataan ... oleh Dinas X dengan anggaran Rp 150 juta": a bulleted
# programme named before a colon (a field label such as "- Target:" or "- Latar Belakang:" is not one)
BULLET = re.compile(rf"(?m)^[ \t]*[-•*▪·][ \t]+(?P<name>{_NAME})(?=[ \t]*:[ \t]+\S)")
_SENT = re.compile(r"[.!?;](?=\s+[A-Z0-9\"“(\-–•])|\n")
CAPTION = re.compile(r"\b(?:Tabel|Gambar|Lampiran|Bagan|Diagram)\s+[\dIVX]+(?:\.\d+)*(?:\.?[a-z])?\.?\s[^.\n]*$")
MENTION_BEFORE = re.compile(
    r"\b(?:dengan|dari|ke|oleh|seperti|antara|dalam|terhadap|mendukung|melanjutkan|dan|atau|"
    r"serta|juga|yaitu|yakni|termasuk|mengintegrasikan|bagian|dari|setelah|sesudah|pasca|menyusul|mengikuti)\s+$",
    re.IGNORECASE,
)


def _good_name(name: str) -> bool:
    n = nomenclature()
    words = re.findall(r"[a-z0-9]+", name.lower())
    if not words or all(w in n["generic_names"] for w in words) or re.fullmatch(r"[A-Z]{1,4}[-\s]?\d{1,2}", name):
        return False  # generic words, or a code only ("Quick Win QW-1. Nama ...": the name follows the code)
    first = name.split()[0]
    if (
        first in ("Dinas", "Badan", "Bagian", "Sekretariat", "Satuan", "Inspektorat", "RSUD", "UPTD")
        and " dan ".join(agencies(name)) == name.strip()
    ):
        return False  # "2. Dinas Perhubungan menjadi pelaksana quick win X": the agency opens the item, X is the name
    return first not in n["not_name_start"] and not re.fullmatch(r"\d+[.)]?", first)


def _trim_name(name: str) -> str:
    name = re.sub(r"(?:[ \t]+(?:dan|di|untuk|bagi|serta|&))+$", "", name.strip(" ,;:-–"))
    # "QUICK WIN 01 - Nama Dimensi: Smart Society | ...": the label of the line run on after the name
    name = re.sub(r"(?:[ \t]+(?:Dimensi|Elemen|Pilar|Program))+$", "", name)
    return name.strip(" ,;:-–\"“”'")


def programme_intros(text: str, a: int = 0, b: int | None = None) -> list[dict]:
    """Where programmes are introduced in text[a:b]: {name, start (of its span: the sentence,
    list item or line that introduces it), name_start, name_end, trigger}, in text order."""
    b = len(text) if b is None else b
    seg = text[a:b]
    out: list[dict] = []
    for m in INTRO.finditer(seg):
        trig = m.group("trig")
        if trig == "program" and not m.group("lead") or m.group("lead") and ":" in seg[m.end("trig") : m.start("name")]:
            continue  # "program ini ..."; "melalui program: A, B dan C" lists names (PROG_LIST)
        if not m.group("lead") and MENTION_BEFORE.search(seg[max(0, m.start() - 25) : m.start()]):
            continue  # "... terhubung dengan Program X": a mention, not a new programme
        if CAPTION.search(seg[max(0, seg.rfind("\n", 0, m.start()) + 1) : m.start()]):
            continue  # "Tabel 4.1 Matriks Program Smart Economy": a caption
        g = "quoted" if m.group("quoted") else "name"
        raw = m.group(g)
        head = raw.split("\n")[0]
        if "\n" in raw and len(head.split()) >= 2 and not seg[m.end(g) :].startswith((" ", ",")):
            raw = head  # a heading line "Program ke-4: X" ends the name; the paragraph under it is not part of it
        name = _trim_name(raw)
        if _good_name(name):
            out.append(
                {
                    "name": name,
                    "pos": a + m.start(),
                    "name_start": a + m.start(g),
                    "name_end": a + m.end(g),
                    "trigger": " ".join(trig.split()),
                }
            )
    items = (
        list(ITEM.finditer(seg))
        + list(CODED.finditer(seg))
        + [m for m in BULLET.finditer(seg) if len(m.group("name").split()) >= 2 and not card_role(m.group("name"))]
    )
    for m in items:
        line_end = seg.find("\n", m.start())
        first = seg[m.start() : line_end if line_end >= 0 else len(seg)]
        cut = _SENT.search(first, m.start("name") - m.start())  # not the full stop of its marker "a."
        first = first[: cut.start() if cut else len(first)]
        if any(m.start() <= o["pos"] - a < m.start() + len(first) for o in out):
            continue  # the item names its programme with a trigger word
        name = _trim_name(m.group("name"))
        after = seg[m.end("name") : m.end("name") + 3].lstrip(" \t")
        if len(name.split()) < 2 and not after.startswith(":"):
            continue  # "1. Tanda - pada kolom ... berarti ...": a note, not a programme
        if _good_name(name):
            out.append(
                {
                    "name": name,
                    "pos": a + m.start(),
                    "name_start": a + m.start("name"),
                    "name_end": a + m.start("name") + len(name),
                    "trigger": "Quick win" if m.re is CODED and m.group("marker").upper().startswith("Q") else "",
                }
            )
    out.sort(key=lambda o: o["pos"])
    # "b. Kebencanaan dan Transportasi" right over "Program Peringatan Dini ...": a group's title, not a programme
    out = [
        o
        for o, nxt in zip(out, out[1:] + [None])
        if not (o["trigger"] == "" and nxt is not None and not text[o["name_end"] : nxt["pos"]].strip())
    ]
    prev_end = a
    for o in out:
        o["start"] = _span_start(text, prev_end, o["pos"])
        # sentences before it in its own paragraph are its own ("Ditargetkan 35 desa ... pada akhir 2027.
        # Untuk itu Program X ..."), unless the paragraph began with the programme before it
        para = text.rfind("\n\n", prev_end, o["start"])
        if para >= 0 or prev_end == a:
            ps = para + 2 if para >= 0 else a
            pre = text[ps : o["start"]]
            # whole sentences of prose only: not a bullet or a "Target: ..." line of the programme before
            if re.search(r"[.!?]\s*$", pre) and not re.match(r"\s*(?:[-•*▪·]|\w+(?:\s+\w+){0,3}\s*:)", pre):
                o["start"] = ps
        prev_end = o["name_end"]
    return out


def _span_start(text: str, lo: int, pos: int) -> int:
    """Where the span of a programme introduced at `pos` starts: its sentence or list item,
    unless the text before it on that line belongs to the previous programme ("- Tahun: 2024
    Quick win X", "- Target: ... Inovasi X")."""
    head = text[lo : pos + 1]
    cuts = [m.end() for m in _SENT.finditer(head) if m.end() <= pos - lo]
    s = lo + (cuts[-1] if cuts else 0)
    prefix = text[s:pos]
    if not prefix.strip() or re.fullmatch(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|[-•*])?\s*", prefix):
        return s
    if ":" in prefix or re.match(r"\s*[-•*]\s", prefix) or re.search(r"\d\s*$", prefix):
        return pos
    return s + len(prefix) - len(prefix.lstrip())


def programme_record(text: str, intro: dict, end: int, terms: dict | None = None) -> dict:
    """One programme's record from its span text[intro.start:end], each field with its source."""
    a, b = intro["start"], end
    target, tsrc = span_target(text, a, b)
    avoid = [(target["start"], target["end"])] if target else []
    budget, bsrc = span_budget(text, a, b, avoid)
    year, term, ysrc = span_year(text, a, b, target, terms)
    ys = [x["year"] for x in (budget or {}).get("per_year") or []]
    if ys and (year is None or len(set(ys)) >= 2 and "-" not in str(year)):  # funded "pada 2025 ... pada 2027"
        year = year_span(ys)
        ysrc = dict(bsrc, field="year", how="years of the amounts per year")
    owners, osrc = span_owner(text, a, b, (intro["name_start"], intro["name_end"]))
    shares = agency_shares(text, a, b)
    if shares:
        owners, budget, osrc, bsrc = shares
    span = YEAR_RANGE.fullmatch(year or "")
    if budget and bsrc and not budget.get("per_year"):  # "Rp 400 juta per tahun" over the programme's years
        f = next(
            (m for m in money_mentions(text, bsrc["start"], bsrc["end"] + 1) if m["amount"] == budget["amount"]), None
        )
        yearly = per_year_over(text, f, (int(span.group("a")), int(span.group("b"))) if span else None) if f else None
        if yearly:
            budget = yearly
    trig = intro.get("trigger", "").lower()
    return {
        "name": intro["name"],
        "start": a,
        "end": b,
        "trigger": intro.get("trigger", ""),
        "opd": " dan ".join(owners) or None,
        "opds": owners,
        "target": target["text"] if target else None,
        "indicator": target["indicator"] if target else None,
        "target_value": target["value"] if target else None,
        "target_unit": target["unit"] if target else None,
        "target_year": target["year"] if target else None,
        "baseline": target["baseline"] if target else None,
        "year": year,
        "budget": budget["amount"] if budget else None,
        "budget_range": budget["range"] if budget else None,
        "horizon": term,
        "quick_win": "quick win" in trig,
        "sources": [s for s in (osrc, tsrc, ysrc, bsrc) if s],
    }


GENERAL_PARAGRAPH = re.compile(
    r"\n\s*\n\s*(?=(?:Seluruh|Semua|Keseluruhan|Secara\s+keseluruhan|Program-program|"
    r"Pelaksanaan\s+(?:seluruh|program-program)|Dimensi|Bab|BAB|Tabel|Gambar|Catatan)\b)"
)


def segment_programmes(text: str, a: int = 0, b: int | None = None, terms: dict | None = None) -> list[dict]:
    """The programmes introduced in text[a:b], each owning the text up to the next one (or up to a
    paragraph about all of them: "Seluruh program ...", "Tabel 4.1 ...")."""
    b = len(text) if b is None else b
    intros = programme_intros(text, a, b)
    ends = [o["start"] for o in intros[1:]] + [b]
    out = []
    for o, e in zip(intros, ends):
        stop = GENERAL_PARAGRAPH.search(text, o["name_end"], e)
        out.append(programme_record(text, o, stop.start() if stop else max(e, o["name_end"]), terms))
    for rec in out:
        if not rec["opd"]:
            _paragraph_owner(text, a, rec)
    return out


# "Dinas Perhubungan menjalankan dua program. Pertama, Program X ... Kedua, Program Y ...": the agency a
# paragraph names as running the programmes it then lists
RUNS_PROGRAMMES = re.compile(
    r"^\s+(?:mengampu|menjalankan|melaksanakan|mengelola|memegang|membawahi|bertanggung\s+jawab\s+atas)\s+"
    r"(?:\w+\s+){0,2}program\b",
    re.IGNORECASE,
)


def _paragraph_owner(text: str, lo: int, rec: dict) -> None:
    """A programme of a paragraph that names its agency before listing its programmes takes that agency,
    unless it names its own."""
    para = max(lo, text.rfind("\n\n", lo, rec["start"]) + 2 if text.rfind("\n\n", lo, rec["start"]) >= 0 else lo)
    one, many, _fac = _agency_res()
    for m in one.finditer(text, para, rec["start"]):
        names = agencies(text[m.start() : rec["start"]])
        listed = many.match(text, m.start(), rec["start"])
        tail = text[listed.end() if listed else m.end() : rec["start"]]
        if names and RUNS_PROGRAMMES.match(tail):
            rec["opd"], rec["opds"] = " dan ".join(names), names
            rec["sources"].append(
                _source("opd", text, m.start(), m.end(), 0.85, "agency of the paragraph's programmes")
            )
            return
