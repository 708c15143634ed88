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
MAG_WORDS = {"triliun": 1e12, "trilyun": 1e12, "t": 1e12, "miliar": 1e9, "milyar": 1e9, "m": 1e9, "juta": 1e6,
             "jt": 1e6, "ribu": 1e3, "rb": 1e3}
MAG = r"(?:triliun|trilyun|miliar|milyar|juta|ribu|jt|rb|T|M)\b"
BUDGET_RP = re.compile(rf"(?<![\w.])(?:Rp\.?|IDR)\s?(?P<num>{NUM})(?:\s?(?P<mag>{MAG}))?(?:\s?rupiah)?", re.IGNORECASE)
BUDGET_WORD = re.compile(rf"(?<![\w.,])(?P<num>{NUM})\s?(?P<mag>triliun|trilyun|miliar|milyar|juta)\s?(?:rupiah)\b",
                         re.IGNORECASE)
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
    cell = re.compile(rf"\bTarget(?:\s+(?:tahun\s+)?(?P<year>20[2-5]\d))?\s*:\s*(?P<value>{NUM})\s?(?P<unit>{unit})?"
                      rf"(?P<rest>[^;\n]{{0,60}})", re.IGNORECASE)
    return sentence, cell


IND_TRIM = re.compile(r"^(?:.*\b(?:yaitu|yakni|adalah|agar|target(?:nya)?|sasaran(?:nya)?|indikator(?:nya)?|"
                      r"ditargetkan|meningkatnya|menurunnya|meningkatkan|menurunkan|tercapainya|terwujudnya)\s+)",
                      re.IGNORECASE)
IND_LEAD = re.compile(r"^(?:dan|serta|atau|sedangkan|sementara)\s+", re.IGNORECASE)
IND_TAIL = re.compile(r"\s+(?:meningkat|menurun|naik|turun|bertambah|berkurang|mencapai|sebesar|ditargetkan)$",
                      re.IGNORECASE)


def _indicator(raw: str) -> str:
    s = IND_TRIM.sub("", raw.strip())
    s = IND_LEAD.sub("", re.sub(r"^[\W\d]+", "", s))
    s = IND_TAIL.sub("", s)
    return " ".join(s.split()[-10:])


# -- programme names in running text -----------------------------------------------------------------
PROG_LIST = re.compile(r"(?:melalui|berupa|meliputi|yaitu|antara\s+lain)?\s*(?:program|quick\s+wins?)(?:\s+\w+)?\s*:\s*"
                       r"(?P<list>[^.\n]{4,400})", re.IGNORECASE)
QUOTED = r"[\"“”']([^\"“”']{3,80})[\"“”']"
NAME_WORD = r"(?:[A-Z0-9][\w\-/.()]*|e-[A-Z]?\w+|[A-Z]{2,}\w*)"
PROG_NAME = re.compile(
    rf"\b(?P<trig>[Pp]rogram(?:\s+[Uu]nggulan|\s+[Pp]rioritas)?|[Qq]uick\s+[Ww]in|[Aa]plikasi|[Ii]novasi|[Gg]erakan|"
    rf"[Pp]latform|[Pp]ortal|Sistem\s+Informasi|Layanan)\s+"
    rf"(?:{QUOTED}|(?P<name>{NAME_WORD}(?:[ \t]+(?:dan|di|untuk|berbasis|&)[ \t]+{NAME_WORD}|[ \t]+{NAME_WORD}){{0,9}}))")


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


YEAR_RANGE = re.compile(r"\b(?P<a>20[0-5]\d)\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<b>20[0-5]\d)\b")


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
    h = re.sub(r"\s*\(.*?\)\s*", " ", header.lower()).strip()
    h = re.sub(r"\s+", " ", h)
    for role, pats in _role_res().items():
        if any(p.search(h) for p in pats):
            return role
    return None


EMPTY_CELL = re.compile(r"^\s*(?:-+|–|—|n/?a|tbd|akan\s+ditentukan|belum\s+ditentukan|menyesuaikan|\?)?\s*$",
                        re.IGNORECASE)


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
            return {"indicator": _indicator(m.group("ind")), "value": parse_number(m.group("value")),
                    "unit": m.group("unit").lower(), "year": int(m.group("year")),
                    "baseline": parse_number(m.group("baseline")) if m.group("baseline") else None}
        m = cell_re.search(span_text)
        if m:
            return {"indicator": (m.group("rest") or "").strip(" ,") or None, "value": parse_number(m.group("value")),
                    "unit": (m.group("unit") or "").lower() or None,
                    "year": int(m.group("year")) if m.group("year") else None, "baseline": None}
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
        ents.append({"type": t, "text": text[a:b], "start": a, "end": b,
                     "value": _value(e.label_, e.ent_id_ or e.kb_id_, text[a:b])})
    programmes = []
    rows = table_rows(text) if (kind == "table" or text.startswith("Kolom:") or "\nKolom:" in text[:300]) else []
    if rows:
        ents, programmes = _table_entities(text, rows, ents)
    else:
        programmes = _text_programmes(doc, ents)
    return {"entities": sorted(ents, key=lambda e: (e["start"], e["end"])), "programmes": programmes}


def _table_entities(text: str, rows: list[dict], ents: list[dict]) -> tuple[list[dict], list[dict]]:
    """Cells by column role; the row is one programme record when it has a programme cell."""
    roles = {}
    for r in rows:
        for h in r:
            roles.setdefault(h, column_role(h))
    cells: list[dict] = []     # entities read from cells by their column's role
    covered: list[tuple[int, int]] = []
    programmes = []
    for r in rows:
        rec = {"name": None, "opd": None, "target": None, "year": None, "budget": None, "indicator": None,
               "horizon": None, "source": "table"}
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
                    cells.append({"type": "target", "text": v, "start": a, "end": b,
                                  "value": {"indicator": rec["indicator"], "raw": v}})
            elif role == "year":
                rec["year"] = v
                m = YEAR_RANGE.search(v)
                y = re.search(r"\b20[0-5]\d\b", v)
                val = {"start": int(m.group("a")), "end": int(m.group("b"))} if m else (
                    {"year": int(y.group(0))} if y else {"raw": v})
                cells.append({"type": "horizon", "text": v, "start": a, "end": b, "value": val})
        if rec["name"]:
            programmes.append(rec)
    # other pipeline entities count only inside a cell that no role has read (a "Keterangan"
    # column naming an agency), never across the "Header: value" syntax; programme names
    # come from the programme column alone
    free = [(a, b) for r in rows for (_v, a, b) in r.values() if (a, b) not in covered]
    rest = [e for e in ents if e["type"] != "programme" and any(a <= e["start"] and e["end"] <= b for a, b in free)]
    return cells + rest, programmes


def cell_amount(header: str, v: str) -> float | None:
    """A budget cell: "Rp1.150.000.000", "850 juta", "2,3 M", or a bare number whose unit the
    header gives ("Anggaran (Rp juta)")."""
    m = BUDGET_CELL.match(v) or BUDGET_RP.search(v) or BUDGET_WORD.search(v)
    if not m:
        return None
    amount = rupiah(m.group("num"), m.group("mag"))
    if amount is None:
        return None
    h = header.lower()
    if not m.group("mag"):
        if "miliar" in h or "milyar" in h:
            amount *= 1e9
        elif "juta" in h:
            amount *= 1e6
        elif amount < 1e5 and "rp" not in h:
            return None  # a small bare number in a non-money column is not a budget
    return amount


def _text_programmes(doc, ents: list[dict]) -> list[dict]:
    """Programmes named in running text, with the OPD / budget / target / horizon of their
    sentence (or of the passage when it names only one programme)."""
    progs = [e for e in ents if e["type"] == "programme"]
    if not progs:
        return []
    sents = [(s.start_char, s.end_char) for s in _sentences(doc)]

    def sent_of(pos: int) -> int:
        for i, (a, b) in enumerate(sents):
            if a <= pos < b:
                return i
        return -1

    out = []
    for p in progs:
        si = sent_of(p["start"])
        rec = {"name": p["value"]["name"], "opd": None, "target": None, "year": None, "budget": None,
               "indicator": None, "horizon": None, "source": "text"}
        for e in ents:
            if e is p:
                continue
            same = sent_of(e["start"]) in (si, si + 1) if len(progs) > 1 else True
            if not same:
                continue
            if e["type"] == "opd" and rec["opd"] is None:
                rec["opd"] = e["value"]["name"]
            elif e["type"] == "budget" and rec["budget"] is None:
                rec["budget"] = e["value"].get("amount")
            elif e["type"] == "target" and rec["target"] is None:
                rec["target"] = e["text"]
                rec["indicator"] = e["value"].get("indicator")
                rec["year"] = rec["year"] or e["value"].get("year")
            elif e["type"] == "horizon":
                v = e["value"]
                if v.get("term"):
                    rec["horizon"] = rec.get("horizon") or v["term"]
                elif rec["year"] is None:
                    rec["year"] = v.get("year") or (f"{v['start']}-{v['end']}" if "start" in v else None)
        out.append(rec)
    return out


def _sentences(doc):
    from ingest.segment import sentence_starts

    starts = sentence_starts(doc) + [len(doc)]
    return [doc[a:b] for a, b in zip(starts, starts[1:]) if b > a]
