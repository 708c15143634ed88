"""What a masterplan contains, read from the store: its passages with their labels and the
role of their section (analysis, strategy, programme, quick win, roadmap), its programmes
(from programme tables, cell by cell, and from programme names in programme chapters), the
readiness pillars it analyses and its time horizons. The gap and alignment logic works on
this `Plan`.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from nlp.entities import YEAR_RANGE, cell_amount, column_role, is_empty_cell
from nlp.taxonomy import ALL_ELEMENTS, DIMENSIONS, Taxonomy, default as default_taxonomy, lexicon_matches

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
    labels: dict = field(default_factory=dict)       # classifier output for the programme text
    page: int | None = None
    section: str = ""
    source: str = "table"                             # table | text
    table: str = ""                                   # caption of its table
    passage_id: int | None = None

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
        d = asdict(self)
        d["missing"] = self.missing
        return d


@dataclass
class Plan:
    doc: dict
    passages: list[dict]           # each with "labels", "role"
    sections: list[dict]
    programmes: list[Programme]
    roles: dict[int, str]          # section ordinal -> role
    pillars: dict[str, list[int]]  # pillar id -> passage ids analysing it
    horizons: list[dict]           # horizon entities found (terms and year ranges)
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
        self.entries += [(_tokens(f"smart {c['term'].split()[-1]}"), "dimension" if "." not in c["maps_to"]
                          else "element", c["maps_to"]) for c in tax.crosswalk]
        for e in tax.elements:
            for name in (e.label.get("id", ""), e.label.get("en", "")):
                self.entries.append((_tokens(name), "element", e.id))
        extra = {"governance.service": "pelayanan publik", "governance.bureaucracy": "manajemen birokrasi",
                 "governance.policy": "kebijakan publik", "branding.tourism": "pariwisata",
                 "branding.business": "bisnis daerah", "branding.city_appearance": "wajah kota penataan wajah kota",
                 "economy.industry": "ekosistem industri", "economy.welfare": "kesejahteraan rakyat",
                 "economy.transaction": "ekosistem transaksi keuangan", "living.harmony": "harmonisasi tata ruang pola hidup",
                 "living.health": "kesehatan", "living.mobility": "transportasi mobilitas",
                 "society.community": "komunitas interaksi masyarakat", "society.learning": "ekosistem belajar pendidikan",
                 "society.security": "keamanan keselamatan", "environment.protection": "proteksi lingkungan",
                 "environment.waste": "pengelolaan sampah limbah", "environment.energy": "energi"}
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
            for k, p in pats.items():
                if p.search(cur["title"]):
                    role = k
                    break
            cur = by_ord.get(cur["parent"]) if cur["parent"] is not None else None
        out[s["ordinal"]] = role or "other"
    return out


def table_programmes(tables: list[dict], roles: dict[int, str], sections: list[dict], names: NameIndex) -> list[Programme]:
    """Programme rows of the plan's programme tables: a table with a programme column and at
    least one of OPD / target / year / budget columns (a cross-reference table listing
    "Program Terkait" next to RPJMD issues does not define programmes)."""
    by_ord = {s["ordinal"]: s for s in sections}
    out = []
    for t in tables:
        cols = {i: column_role(h) for i, h in enumerate(t["header"])}
        prog = [i for i, r in cols.items() if r == "programme"]
        if not prog or not ({"opd", "target", "year", "budget"} & set(cols.values())):
            continue
        sec = by_ord.get(t["section_ordinal"])
        role = roles.get(t["section_ordinal"], "other")
        qw_table = role == "quick_win" or bool(re.search(r"quick\s*win", t["caption"] + " " + " ".join(t["header"]),
                                                         re.IGNORECASE))
        sec_dim = names.match(sec["title"], "dimension") if sec else None
        for row in t["rows"]:
            cells = {i: (row[i].strip() if i < len(row) else "") for i in cols}
            name = cells[prog[0]]
            if is_empty_cell(name) or re.fullmatch(r"(?i)(jumlah|total|sub\s*total).*", name):
                continue
            p = Programme(name=name, quick_win=qw_table, page=t["page"], section=sec["path"] if sec else "",
                          table=t["caption"])
            for i, r in cols.items():
                v = cells[i]
                if r is None or is_empty_cell(v):
                    continue
                h = t["header"][i]
                if r == "opd":
                    p.opd = v
                elif r == "budget":
                    p.budget = cell_amount(h, v)
                    p.budget_text = v
                elif r == "target":
                    if h.lower().startswith("indikator"):
                        p.indicator = v
                    else:
                        p.target = v
                elif r == "year":
                    p.year = v
                elif r == "dimension":
                    m = names.match(v)
                    if m and m[0] == "element":
                        p.element, p.dimension = m[1], m[1].split(".")[0]
                    elif m:
                        p.dimension = m[1]
            if p.dimension is None and sec_dim:
                p.dimension = sec_dim[1]
            out.append(p)
    return out


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
    if long_[:len(short)] == short:
        return True
    return set(short) <= set(long_) and len(short) / len(long_) >= 0.6


def _dedupe(progs: list[Programme]) -> list[Programme]:
    """One record per programme: fields filled from every table it appears in (the matrix and
    the quick-win list); a quick win anywhere is a quick win; the matrix's (longer) name wins."""
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
        if len(k) > len(keys[j]) and not p.quick_win:
            q.name, keys[j] = p.name, k
        q.quick_win = q.quick_win or p.quick_win
        for f in ("opd", "target", "indicator", "year", "budget", "budget_text", "dimension", "element"):
            if getattr(q, f) in (None, "") and getattr(p, f) not in (None, ""):
                setattr(q, f, getattr(p, f))
    return out


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
    progs = _dedupe(table_programmes(tables, roles, sections, names))
    if len(progs) < 3:
        # a plan without programme matrices: programmes named in its programme / quick-win chapters
        city = (doc.get("city") or "").lower()
        for p in passages:
            if p["kind"] != "text" or p["role"] not in ("programme", "quick_win"):
                continue
            for rec in ents.get(p["id"], {}).get("programmes", []):
                name = (rec.get("name") or "").strip()
                if len(_key(name)) < 2 or names.match(name, "dimension") or name.lower() in city \
                        or re.fullmatch(r"(?i)(quick\s*wins?|program(\s+\w+)?)", name):
                    continue
                progs.append(Programme(name=name, opd=rec.get("opd"), target=rec.get("target"),
                                       indicator=rec.get("indicator"),
                                       year=str(rec["year"]) if rec.get("year") else None, budget=rec.get("budget"),
                                       quick_win=p["role"] == "quick_win", page=p["page_start"],
                                       section=p["section_path"], source="text", passage_id=p["id"]))
    progs = _dedupe(progs)
    # a programme row of a quick-win section or list that names a programme of the matrix
    qw_names = [_key(e["text"]) for p in passages if p["role"] == "quick_win" for e in p["entities"]
                if e["type"] == "programme"]
    for pr in progs:
        if any(_same(_key(pr.name), q) for q in qw_names):
            pr.quick_win = True
    pvecs = _label_programmes(progs, classifier)
    pillars = {}
    for pil in tax.pillars:
        hits = [p["id"] for p in passages if p["role"] == "analysis" and (
            re.search(rf"\b{pil.id}\b", p["section_path"], re.IGNORECASE) or len(lexicon_matches(pil, p["text"])) >= 2)]
        pillars[pil.id] = hits
    horizons = [e for p in passages for e in p["entities"] if e["type"] == "horizon"]
    return Plan(doc, passages, sections, progs, roles, pillars, horizons, (doc["year_start"], doc["year_end"]), tables,
                pvecs)


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
