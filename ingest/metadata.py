"""Document metadata: city/regency, kind, plan years and title.

City detection uses the gazetteer of Indonesian kabupaten/kota in
`models/gazetteer/` (canonical names such as "Kota Tegal", "Kabupaten Tegal",
"Provinsi DKI Jakarta"), and falls back to "Kota X" / "Kabupaten X" phrases that
recur in the text (so plans of places missing from the gazetteer, such as the
fictional sample cities, still get a city).
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter
from pathlib import Path

from .records import ParsedDocument

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "models" / "gazetteer"
KINDS = ("masterplan", "rpjmd", "news", "other")

_STOP = {
    "Tahun",
    "Nomor",
    "No",
    "Dan",
    "Yang",
    "Provinsi",
    "Prov",
    "Dalam",
    "Pada",
    "Untuk",
    "Sebagai",
    "Tentang",
    "Periode",
    "Di",
    "Ke",
    "Dari",
    "Oleh",
    "Serta",
    "Dengan",
    "Adalah",
    "Telah",
    "Akan",
    "Menuju",
    "Smart",
    "City",
    "Masterplan",
    "Rencana",
    "Kabupaten",
    "Kota",
    "Kab",
    "Pemerintah",
    "Pemkot",
    "Pemkab",
    "Tersebut",
    "Ini",
    "Itu",
    "Secara",
    "Sampai",
    "Hingga",
    "Se",
    "Bupati",
    "Wali",
    "Walikota",
    "Gubernur",
    "Daerah",
    "Dinas",
    "Badan",
    "Bagian",
    "Kecamatan",
    "Kelurahan",
    "Desa",
    "Seluruh",
    "Setiap",
    "Juga",
    "Bersama",
    "Melalui",
}
PLACE_RE = re.compile(
    r"\b(Kota|KOTA|Kabupaten|KABUPATEN|Kab\.|KAB\.|Provinsi|PROVINSI|Prov\.)[ \t]+"
    r"((?:[A-Z][A-Za-z'\-]+|DKI|DIY)(?:[ \t]+(?:[A-Z][A-Za-z'\-]+)){0,3})"
)
TYPE_NORM = {"kota": "Kota", "kabupaten": "Kabupaten", "kab.": "Kabupaten", "provinsi": "Provinsi", "prov.": "Provinsi"}


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[str]]:
    """lower-cased name or alias -> canonical names ("Kota Tegal", "Kabupaten Tegal", ...)."""
    index: dict[str, list[str]] = {}

    def add(key: str, canon: str) -> None:
        key = re.sub(r"\s+", " ", key.strip().lower())
        if key and canon not in index.setdefault(key, []):
            index[key].append(canon)

    kk = GAZETTEER_DIR / "kabkota.csv"
    if kk.exists():
        with kk.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = (row.get("name") or "").strip()
                typ = (row.get("type") or "").strip().lower()
                if not name or typ not in ("kota", "kabupaten"):
                    continue
                canon = f"{TYPE_NORM[typ]} {name}"
                for n in [name] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]:
                    add(n, canon)
                    add(f"{typ} {n}", canon)
                    if typ == "kabupaten":
                        add(f"kab. {n}", canon)
                        add(f"kab {n}", canon)
    pv = GAZETTEER_DIR / "provinsi.csv"
    if pv.exists():
        with pv.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                canon = f"Provinsi {name}"
                for n in [name] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]:
                    add(f"provinsi {n}", canon)
                    add(f"prov. {n}", canon)
    return index


def _trim_name(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if w.strip(".") in _STOP or (w.isupper() and len(w) > 1 and out and not out[-1].isupper()):
            break
        out.append(w)
    return out


def normalise_city(name: str) -> str:
    """'kab. tegal' -> 'Kabupaten Tegal' (gazetteer canonical form when known)."""
    s = re.sub(r"\s+", " ", name.strip())
    if not s:
        return s
    hits = gazetteer().get(s.lower())
    if hits and len(hits) == 1:
        return hits[0]
    m = re.match(r"(?i)^(kota|kabupaten|kab\.?|provinsi|prov\.?)\s+(.+)$", s)
    if m:
        k = m.group(1).lower()
        typ = "Kabupaten" if k.startswith("kab") else "Provinsi" if k.startswith("prov") else "Kota"
        rest = m.group(2)
        rest = rest.title() if (rest.isupper() or rest.islower()) and rest not in ("DKI", "DIY") else rest
        rest = re.sub(r"\bDki\b", "DKI", rest)
        return f"{typ} {rest}"
    return s.title() if (s.isupper() or s.islower()) else s


def _place_counts(doc: ParsedDocument) -> tuple[Counter[str], Counter[str]]:
    """ "Kota X" / "Kabupaten X" mentions: (weighted counts, the title counting 5x; body-only counts).
    Every prefix of a name is a candidate ("Kota Tegal", "Kota Tegal Teken")."""
    counts: Counter[str] = Counter()
    body: Counter[str] = Counter()
    for src, weight in ((doc.title or "", 5), (doc.text[:30000], 1)):
        for m in PLACE_RE.finditer(src):
            typ = TYPE_NORM[m.group(1).lower()]
            words = _trim_name(m.group(2).split())
            for k in range(1, len(words) + 1):
                name = " ".join(words[:k])
                if name.isupper():
                    name = re.sub(r"\b(Dki|Diy)\b", lambda m: m.group(1).upper(), name.title())
                counts[f"{typ} {name}"] += weight
                if weight == 1:
                    body[f"{typ} {name}"] += 1
    return counts, body


def _city_score(
    doc: ParsedDocument, cand: str, c: int, counts: Counter[str], body: Counter[str], gaz: dict[str, list[str]]
) -> float | None:
    """The score of one candidate name, None when another candidate stands for it."""
    known = gaz.get(cand.lower())
    # a longer name wins over its own prefix when it carries most of the prefix's mentions
    # (in the body text: a Title Case headline would otherwise glue words to the name)
    if not known and any(o.startswith(cand + " ") and body[o] >= max(1, 0.6 * body[cand]) for o in counts):
        return None
    if any(cand.startswith(o + " ") and gaz.get(o.lower()) and body[cand] < 0.6 * body[o] for o in counts):
        return None  # "Kota Tegal Teken": the known shorter name wins
    score = c * (1.5 if known else 1.0)
    dl = (doc.meta.get("dateline") or "").lower()
    name_part = cand.lower().split(" ", 1)[-1]
    if dl and name_part == dl:
        return score * 3  # the news dateline names the same place
    if doc.kind == "news" and re.search(r"\b" + re.escape(name_part) + r"\b", (doc.title or "").lower()):
        return score * 3  # a news headline naming the place ("Pemkab Gunung Arum Matangkan ...")
    return None if (not known and c < 3) else score


def _dateline_city(doc: ParsedDocument, gaz: dict[str, list[str]]) -> str | None:
    """News: the dateline "TEGAL –"; Kota Tegal vs Kabupaten Tegal: the one the text names."""
    hits = gaz.get((doc.meta.get("dateline") or "").lower(), [])
    if len(hits) > 1:
        return next((h for h in hits if h.lower() in doc.text.lower()), hits[0])
    return hits[0] if hits else None


@functools.lru_cache(maxsize=1)
def squashed_gazetteer() -> dict[str, list[str]]:
    """Kab/kota names without spaces and hyphens ("padangpariaman", "gunungkidul", "pangkalpinang")."""
    out: dict[str, list[str]] = {}
    for k, v in gazetteer().items():
        if k.startswith(("provinsi ", "prov. ", "kab ", "kab. ", "kota ", "kabupaten ")):
            continue
        key = re.sub(r"[\s\-]+", "", k)
        for c in v:
            if c not in out.setdefault(key, []):
                out[key].append(c)
    return out


_KOTA_PREFIX = (
    r"Pemerintah\s+Kota|Pemkot|Pemko|Wakil\s+Wali\s*kota|Wali\s*kota|Walikota|Wawali|Kota|DPRD\s+Kota|Sekda\s+Kota"
)
_KAB_PREFIX = (
    r"Pemerintah\s+Kabupaten|Pemkab|Wakil\s+Bupati|Wabup|Bupati|Kabupaten|Kab\.?|DPRD\s+Kabupaten|Sekda\s+Kabupaten"
)
SUBJECT_RE = re.compile(r"\b(?:(" + _KOTA_PREFIX + r")|(" + _KAB_PREFIX + r"))\s+((?:[A-Z][\w'\-]*\s*){1,4})")
AGENCY_RE = re.compile(
    r"\b(?:Diskominfo\w*|Dinas\s+Kominfo\w*|Kominfo|Bappeda\w*|Pemda)\)?\s+([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})"
)
NAME_RE = re.compile(r"\b([A-Z][\w'\-]*(?:[ \-][A-Z][\w'\-]*){0,3})")
VENUE_BEFORE = re.compile(
    r"\b(?:di|ke)\s+(?:[\w.'\-]+\s+){0,6}$|\b(?:hotel|gedung|ruang|aula|ice|bsd|hall|convention|"
    r"kantor\s+kementerian|jakarta(?!\s*[–—-]))\b[^.]{0,40}$",  # "Situs, Jakarta –" is a dateline, no venue
    re.IGNORECASE,
)
NOT_PLACE = {
    "cerdas",
    "pintar",
    "layak",
    "sehat",
    "pendekar",
    "digital",
    "kreatif",
    "tua",
    "terpilih",
    "peserta",
    "se",
    "lain",
    "lainnya",
    "smart",
}


def gazetteer_match(words: list[str]) -> tuple[list[str], int]:
    """The longest gazetteer name at the start of `words` (spaced, one-word or hyphenated):
    (canonical names, words used). "Manggarai Timur" wins over "Manggarai"."""
    gaz, sq = gazetteer(), squashed_gazetteer()
    for k in range(min(4, len(words)), 0, -1):
        ws = [w.strip(".,;:()\"'’“”") for w in words[:k]]
        if not all(ws) or ws[0].lower() in NOT_PLACE:
            continue
        key = " ".join(ws).lower()
        hits = [h for h in gaz.get(key, []) if not h.startswith("Provinsi")] or sq.get(re.sub(r"[\s\-]+", "", key), [])
        if hits:
            return hits, k
    return [], 0


def _dateline_region(doc: ParsedDocument) -> list[str]:
    """A dateline in a site's own format: "TEGAL –", "ASAHAN, Situs.com -", "AESENNEWS.COM Probolinggo -",
    "Kab. Pekalongan, Ditjen Aptika –", "GEMAS, MUARAENIM", "NGAMPRAH,BBPOS-"."""
    title = (doc.title or "").strip()
    first = next((l for l in doc.text.split("\n") if len(l) > 60 and l.strip() != title), "")
    m = re.match(r"^(.{2,70}?)\s*(?:[–—]|\s-|-\s|-(?=[A-Z]))", first)
    head = m.group(1) if m else first[:40]
    tokens = re.split(r"[\s,()|]+", head)
    tokens = [t for t in tokens if t and not re.search(r"\.(?:com|id|co|net|org)\b", t, re.I)]
    for i in range(len(tokens)):
        w = tokens[i]
        if w.lower() in ("kab", "kab.", "kabupaten", "kota"):
            hits, k = gazetteer_match([x.title() for x in tokens[i + 1 : i + 5]])
            if hits:
                want = "Kota" if w.lower() == "kota" else "Kabupaten"
                return [h for h in hits if h.startswith(want)] or hits
            continue
        hits, k = gazetteer_match([x.title() if x.isupper() else x for x in tokens[i : i + 4]])
        if hits:
            return hits
    return []


def _subject_mentions(src: str, base: float):
    """(gazetteer names, weight, "Kota"/"Kabupaten"/None) of each place mention: typed subject
    phrases (the lead counts twice, a venue a quarter), and bare names in the headline and lead."""
    for m in SUBJECT_RE.finditer(src):
        hits, _ = gazetteer_match(m.group(3).split())
        if not hits or re.match(r"\s*\d{1,3}[.)]\s", src[src.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # a numbered list of the other regions ("1. Wali Kota Semarang, ...") names no subject
        w = base * (2.0 if base == 1.0 and m.start() < 800 else 1.0)
        venue = bool(VENUE_BEFORE.search(src[max(0, m.start() - 60) : m.start()])) and not re.match(
            r"(?:Pem|Wal|Wali|Bup|Wak|Waw|Wab|DPRD|Sekda)", m.group(0)
        )
        yield hits, w * (0.25 if venue else 1.0), "Kota" if m.group(1) else "Kabupaten", venue
    for m in NAME_RE.finditer(src if base == 3.0 else src[:600]):
        words = m.group(1).split()
        # in a headline, every name inside a capitalised run ("... di Banyuwangi Minta Luwu Timur Buat ...")
        inner = base == 3.0 and len(src) <= 120
        i = 0
        while i < (len(words) if inner else 1):
            if i and words[i].lower().strip(".,") in ("kota", "kabupaten", "kab"):
                break  # a typed mention, read by SUBJECT_RE
            hits, k = gazetteer_match(words[i:])
            if not hits:
                i += 1
                continue
            at = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
            if not re.search(
                r"(?:Kota|Kabupaten|Kab\.?|Pemkot|Pemko|Pemkab|Bupati|Wali\s*kota|Walikota)\s*$",
                src[max(0, at - 14) : at],
            ):
                # "Tim Asesor di Banyuwangi Minta Luwu Timur": the first name is the venue, the one after the verb is not
                venue = i == 0 and bool(VENUE_BEFORE.search(src[max(0, at - 60) : at]))
                # a headline that opens with the place ("Lombok Timur Satu-satunya Daerah ...") names its subject
                lead_word = base == 3.0 and at == 0 and len(src) <= 120
                yield hits, base * (1.0 if lead_word else 0.5) * (0.25 if venue else 1.0), None, venue
            i += k
    for m in AGENCY_RE.finditer(src):  # "Dinas Komunikasi dan Informatika (Diskominfo) Luwu Timur"
        hits, _ = gazetteer_match(m.group(1).split())
        if hits:
            yield hits, base * (2.0 if base == 1.0 and m.start() < 800 else 1.0) * 0.5, None, False


def news_region(doc: ParsedDocument) -> str | None:
    """The subject kab/kota of a news story: "Pemkot/Pemko/Pemkab/Walikota/Wali Kota/Bupati/Kabupaten/
    Kota X" (longest gazetteer match, one-word and hyphen spellings), the headline and the dateline;
    Kota vs Kabupaten of one name by what the text says of the subject, not of the venue ("di Hotel ...
    Kota Tangerang"). None when no gazetteer place is named."""
    text = doc.text[:20000]
    title = doc.title or ""
    typed: Counter[str] = Counter()  # canonical -> weight of typed mentions
    names: Counter[str] = Counter()  # squashed name -> weight of any mention
    canon_of: dict[str, list[str]] = {}

    def note(hits: list[str], w: float, typ: str | None):
        key = re.sub(r"^(?:Kota|Kabupaten)\s+", "", hits[0])
        canon_of[key] = sorted(set(canon_of.get(key, []) + hits))
        names[key] += w
        if typ:
            for h in hits:
                if h.startswith(typ):
                    typed[h] += w

    venues: set[str] = set()
    for src, base in ((title, 3.0), (text, 1.0)):
        for hits, w, typ, venue in _subject_mentions(src, base):
            note(hits, w, typ)
            if venue:
                venues.update(hits)
    dl = _dateline_region(doc)
    if dl:
        # a dateline that is also the venue ("Makassar – ... bertempat di Four Points by Sheraton Makassar")
        # is where the subject went, not the subject
        # as is a dateline place the text never names as a kab/kota while it names another ("Makassar -
        # ... Bupati Bojonegoro Suyoto hadir ...")
        elsewhere = any(w for c, w in typed.items() if c not in dl) and not any(typed[c] for c in dl)
        note(dl, 1.0 if set(dl) & venues or elsewhere else 3.0, None if len(dl) > 1 else dl[0].split()[0])
    if not names:
        return None
    key = max(names, key=lambda k: (names[k], max((typed[c] for c in canon_of[k]), default=0)))
    cands = canon_of[key]
    if len(cands) == 1:
        return cands[0]
    best = max(cands, key=lambda c: typed[c])
    if typed[best] == 0:
        return None
    return best


def detect_city(doc: ParsedDocument) -> str | None:
    """The kabupaten/kota (or province) a document is about."""
    if doc.kind == "news":
        r = news_region(doc)
        if r:
            return r
    counts, body = _place_counts(doc)
    gaz = gazetteer()
    best: tuple[float, str] | None = None
    for cand, c in counts.items():
        score = _city_score(doc, cand, c, counts, body, gaz)
        if score is not None and (best is None or score > best[0]):
            known = gaz.get(cand.lower())
            best = (score, known[0] if known and len(known) == 1 else cand)
    if best:
        return best[1]
    return _dateline_city(doc, gaz) if doc.meta.get("dateline") else None


KIND_PATTERNS = {
    "masterplan": re.compile(
        r"master\s*plan\s+smart\s+city|masterplan\s+smart|rencana\s+induk\s+(?:pengembangan\s+)?"
        r"(?:kota\s+cerdas|smart\s+city)|smart\s+city\s+master\s*plan|masterplan\s+kota\s+cerdas",
        re.IGNORECASE,
    ),
    "rpjmd": re.compile(r"rencana\s+pembangunan\s+jangka\s+menengah\s+daerah|\bRPJMD\b", re.IGNORECASE),
    "rpjpd": re.compile(r"rencana\s+pembangunan\s+jangka\s+panjang\s+daerah|\bRPJPD\b", re.IGNORECASE),
    "rkpd": re.compile(r"rencana\s+kerja\s+pemerintah\s+daerah|\bRKPD\b", re.IGNORECASE),
    "rpjmn": re.compile(
        r"rencana\s+pembangunan\s+jangka\s+menengah\s+nasional|\bRPJMN\b|\bprioritas\s+nasional\b", re.IGNORECASE
    ),
}


def detect_kind(doc: ParsedDocument) -> tuple[str, str]:
    """(kind, doc_type): kind is one of KINDS; doc_type refines it (rpjpd, rkpd, rpjmn...)."""
    if doc.meta.get("is_news"):
        return "news", "news"
    head = (doc.title + "\n") * 5 + doc.text[:20000]
    scores = {k: len(p.findall(head)) for k, p in KIND_PATTERNS.items()}
    scores["masterplan"] += 2 * len(re.findall(r"\bquick\s+wins?\b", doc.text[:60000], re.IGNORECASE)) // 3
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return "other", "other"
    if best == "masterplan":
        return "masterplan", "masterplan"
    if best == "rpjmd":
        return "rpjmd", "rpjmd"
    return "other", best


PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—/]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*((?:19|20)\d\d)\b")


def detect_years(doc: ParsedDocument) -> tuple[int | None, int | None]:
    if doc.meta.get("published"):
        y = int(doc.meta["published"][:4])
        return y, y
    if doc.meta.get("is_news"):  # the year of the story: the copyright year, else its first (inferred) date
        y = doc.meta.get("published_year") or next(
            (int(d["date"][:4]) for d in doc.meta.get("dates", []) if d.get("date")), None
        )
        if y:
            return int(y), int(y)
    head = (doc.title + "\n") * 5 + doc.text[:15000]
    periods = Counter()
    for m in PERIOD_RE.finditer(head):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < b - a <= 25:
            periods[(a, b)] += 1
    if periods:
        (a, b), _ = periods.most_common(1)[0]
        return a, b
    years = Counter(int(y) for y in re.findall(r"\b(20[0-4]\d|199\d)\b", head))
    if years:
        y = years.most_common(1)[0][0]
        return y, y
    return None, None


def detect_title(doc: ParsedDocument, stem: str) -> str:
    if doc.meta.get("headline"):
        return doc.meta["headline"][:200]
    for key in ("source_title", "pdf_title"):  # Markdown front matter, PDF metadata
        if doc.meta.get(key):
            return doc.meta[key][:200]
    # the cover: the first short lines of the document
    lines = []
    for blk in doc.blocks[:12]:
        if blk.kind == "table":
            break
        t = re.sub(r"\s+", " ", blk.text).strip()
        letters = sum(ch.isalpha() for ch in t)
        if not t or (
            letters < 0.5 * len(t.replace(" ", "")) and not re.fullmatch(r"[\d\s\-–/]*(19|20)\d\d[\d\s\-–/]*", t)
        ):
            continue
        if len(t) > 160 and lines:
            break
        lines.append(t[:160])
        if sum(len(l) for l in lines) >= 90 or len(lines) >= 3:
            break
    title = " ".join(lines).strip()
    return title[:200] if title else stem


def fill_metadata(doc: ParsedDocument, *, stem: str, city: str | None = None, kind: str | None = None) -> None:
    doc.title = detect_title(doc, stem)
    k, doc_type = detect_kind(doc)
    if kind:
        doc.kind = kind
        doc.meta["kind_source"] = "user"
    else:
        doc.kind = k
        doc.meta["kind_source"] = "detected"
    doc.meta["doc_type"] = doc_type if (not kind or kind == k) else kind
    if city:
        doc.city = normalise_city(city)
        doc.meta["city_source"] = "user"
    elif doc.meta["doc_type"] in ("rpjmn", "rpjpn"):
        doc.city = None  # a national plan names many regions but belongs to none
        doc.meta["city_source"] = "national"
    else:
        doc.city = detect_city(doc)
        doc.meta["city_source"] = "detected" if doc.city else "unknown"
    doc.year_start, doc.year_end = detect_years(doc)
