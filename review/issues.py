"""A city's RPJMD strategic issues ("isu strategis"): found in its ingested RPJMD, or given
as a list, and mapped to the canonical issue categories of DOMAIN.md.

Finding them in an RPJMD:
  1. the section: the best-titled section matching "isu strategis" (an exact "Isu Strategis
     (Daerah) (2025-2029)" beats "Permasalahan dan Isu Strategis" or "Penyelarasan Isu
     Strategis"; rubric.yaml, issues), preferring one whose content yields 3+ items;
  2. the items, in this order of trust: sub-sections of it (real RPJMDs: "A Modal Manusia ...");
     rows of a table with an "Isu Strategis" column; numbered or lettered list items ("1.",
     "a.", "(3)"); paragraphs "Isu strategis pertama adalah ..."; each item's title is cut
     from the description that follows it on the same line.
Mapping: the extractor's issue labels for the statement (its explanation included), with a
forced best category when none clears its threshold (every strategic issue maps to one or
more categories, DOMAIN.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RUBRIC_FILE = ROOT / "models" / "review" / "rubric.yaml"


@functools.lru_cache(maxsize=1)
def rubric() -> dict:
    return yaml.safe_load(RUBRIC_FILE.read_text(encoding="utf-8"))


@dataclass
class IssueStatement:
    n: int
    text: str  # the statement (title)
    detail: str = ""  # the explanation that follows it, if any
    page: int | None = None
    source: str = ""  # subsection | table | list | ordinal | user
    categories: list[dict] = field(default_factory=list)  # [{"id", "score"}]

    def to_json(self) -> dict:
        return asdict(self)


ORDINALS = r"pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|kesebelas|keduabelas"
ORDINAL_RE = re.compile(
    rf"\bisu\s+strategis\s+(?:yang\s+)?(?:{ORDINALS}|ke-?\d+)\s+(?:adalah|yaitu|ialah|:)?\s*(?P<t>[^.]+)\.",
    re.IGNORECASE,
)
ITEM_RE = re.compile(r"^\s*(?:\(?(?P<num>\d{1,2})[.)]|\(?(?P<let>[a-zA-Z])[.)]|[•\-–*])\s+(?P<rest>\S.*)$")
HEAD_PREFIX = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]+)[.)]?\s+")


def split_title(rest: str) -> tuple[str, str]:
    """ "Ketahanan pangan ... belum optimal Sebagai lumbung padi ..., gabah." ->
    (title, description). The description starts at a capitalised word after a lower-case one
    (the last word of a run of capitalised words, so "Sungai Sari Banjir setiap" cuts before
    "Banjir"), and only when what follows reads as a sentence (ends with a full stop)."""
    rest = rest.strip()
    words = rest.split(" ")
    if not rest.endswith(".") or len(words) < 6:
        return rest.rstrip(" .;"), ""
    i = 1
    while i < len(words):
        w = words[i]
        prev = words[i - 1]
        if w[:1].isupper() and not w.isupper() and prev[:1].islower():
            j = i
            while j + 1 < len(words) and words[j + 1][:1].isupper() and not words[j + 1].isupper():
                j += 1
            cut = j if j > i else i
            title, desc = " ".join(words[:cut]), " ".join(words[cut:])
            if len(title.split()) >= 2 and len(desc.split()) >= 4:
                return title.rstrip(" .;:"), desc
            i = j + 1
            continue
        if prev.endswith(".") and w[:1].isupper():
            title, desc = " ".join(words[:i]), " ".join(words[i:])
            return title.rstrip(" .;:"), desc
        i += 1
    return rest.rstrip(" .;"), ""


def _section_score(title: str) -> float:
    r = rubric()["issues"]
    t = title.strip().lower()
    if not re.search(r["section_pattern"], t):
        return 0.0
    s = 1.0
    if re.search(r["better_title"], t, re.IGNORECASE):
        s += 2.0
    if re.search(r["weaker_title"], t):
        s -= 0.6
    return s


def find_issue_section(store, doc_id: str) -> dict | None:
    sections = store.sections(doc_id)
    best = None
    for s in sections:
        sc = _section_score(s["title"])
        if sc <= 0:
            continue
        items = extract_items(store, doc_id, s, sections)
        key = (len(items) >= 3, sc, len(items))
        if best is None or key > best[0]:
            best = (key, s, items)
    if best is None:
        return None
    return {"section": best[1], "items": best[2]}


def _section_text(store, doc_id: str, sec: dict, sections: list[dict]) -> str:
    text = store.text(doc_id)
    nxt = [s["char_start"] for s in sections if s["char_start"] > sec["char_start"] and s["level"] <= sec["level"]]
    end = min(nxt) if nxt else len(text)
    return text[sec["char_start"] : end]


def extract_items(store, doc_id: str, sec: dict, sections: list[dict] | None = None) -> list[IssueStatement]:
    sections = sections if sections is not None else store.sections(doc_id)
    # 1. direct sub-sections as items (A Modal Manusia ..., B Pemerataan ...)
    kids = [s for s in sections if s["parent"] == sec["ordinal"]]
    if len(kids) >= 3:
        out = []
        for k, s in enumerate(kids, 1):
            title = HEAD_PREFIX.sub("", s["title"]).strip()
            detail = _section_text(store, doc_id, s, sections)[len(s["title"]) + len(s["number"]) + 2 :][:600]
            out.append(IssueStatement(k, title, detail.strip(), s["page"], "subsection"))
        return out
    # 2. a table with an "Isu Strategis" column
    for t in store.tables(doc_id):
        if t["section_ordinal"] != sec["ordinal"]:
            continue
        col = next((i for i, h in enumerate(t["header"]) if re.search(r"isu|permasalahan", h, re.IGNORECASE)), None)
        if col is None:
            continue
        det = next((i for i, h in enumerate(t["header"]) if re.search(r"keterangan|uraian|penjelasan", h, re.I)), None)
        out = []
        for row in t["rows"]:
            if col < len(row) and row[col].strip() and not re.fullmatch(r"(?i)jumlah|total", row[col].strip()):
                out.append(
                    IssueStatement(
                        len(out) + 1,
                        row[col].strip(),
                        row[det].strip() if det is not None and det < len(row) else "",
                        t["page"],
                        "table",
                    )
                )
        if len(out) >= 2:
            return out
    text = _section_text(store, doc_id, sec, sections)
    # 3. "Isu strategis pertama adalah ..."
    ords = list(ORDINAL_RE.finditer(text))
    if len(ords) >= 2:
        out = []
        for k, m in enumerate(ords):
            end = ords[k + 1].start() if k + 1 < len(ords) else min(len(text), m.end() + 600)
            out.append(
                IssueStatement(k + 1, m.group("t").strip(), text[m.end() : end].strip()[:600], sec["page"], "ordinal")
            )
        return out
    # 4. numbered / lettered / bulleted list items, one per paragraph
    out = []
    for para in re.split(r"\n\s*\n|\n(?=\s*(?:\d{1,2}|[a-z])[.)]\s)", text):
        para = " ".join(para.split())
        m = ITEM_RE.match(para)
        if not m:
            continue
        title, desc = split_title(m.group("rest"))
        if 2 <= len(title.split()) <= 30:
            out.append(IssueStatement(len(out) + 1, title, desc[:600], sec["page"], "list"))
    return out


def parse_user_list(text: str) -> list[IssueStatement]:
    """Issues typed or uploaded by the user: one per line (numbering optional) or a CSV with
    an 'isu'/'issue' column."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if lines and "," in lines[0] and re.search(r"(?i)isu|issue", lines[0]):
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(text)))
        key = next((k for k in rows[0] if k and re.search(r"(?i)isu|issue", k)), None) if rows else None
        lines = [r[key].strip() for r in rows if key and r.get(key, "").strip()]
    out = []
    for ln in lines:
        m = ITEM_RE.match(ln)
        t = m.group("rest") if m else ln
        t = re.sub(r"^(?:isu(?:\s+strategis)?\s*\d*\s*[:.\-–]\s*)", "", t, flags=re.IGNORECASE).strip(" .;")
        if len(t) >= 3:
            out.append(IssueStatement(len(out) + 1, t, "", None, "user"))
    return out


def map_categories(items: list[IssueStatement], classifier=None, max_categories: int | None = None) -> None:
    """Fill item.categories from the extractor's issue probabilities (title + explanation)."""
    if not items:
        return
    from nlp.classifier import get_classifier

    clf = classifier or get_classifier()
    k = max_categories or rubric()["issues"]["max_categories"]
    texts = [(it.text + (". " + it.detail[:300] if it.detail else "")) for it in items]
    title_p = clf.probabilities([it.text for it in items])["issue"]
    full_p = clf.probabilities(texts)["issue"]
    ids = [lab.id for lab in clf.labels["issue"]]
    for i, it in enumerate(items):
        # the statement itself decides; its explanation may add support
        p = 0.65 * title_p[i] + 0.35 * full_p[i]
        order = sorted(range(len(ids)), key=lambda j: -p[j])
        chosen = [j for j in order if p[j] >= clf.tax.threshold("issue", ids[j], 0.5)][:k]
        if not chosen:  # every strategic issue maps to at least one category
            chosen = [order[0]]
        # a close runner-up is kept too (issues often span two categories)
        elif len(chosen) < k and order[len(chosen)] not in chosen and p[order[len(chosen)]] >= 0.8 * p[chosen[0]]:
            chosen.append(order[len(chosen)])
        it.categories = [{"id": ids[j], "score": round(float(p[j]), 3)} for j in chosen]
