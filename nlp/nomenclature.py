"""Programme names as the regulation spells them: the official nomenclature of regional programmes
(Permendagri 90/2019 and its Kepmendagri updates; models/nomenclature/programmes.csv) used to repair
names that OCR or PDF extraction damaged ("PROGRAM PEMBERDAYAN SOSIAL", "PENGELOLAANINFORMASI").

RPJMD, Renstra and RKPD matrices must use these names, so a name one or two letters away from exactly
one official name is that name. A name the list holds exactly is never changed; a name near two
official names of different meaning ("Penanganan Bencana" / "Penanggulangan Bencana") is left as
written unless one is clearly nearer; a smart-city programme of the plan's own ("Program Jaga Kampung
Digital") is far from every official name and stays as written.

Matching compares letters only (spaces and punctuation dropped), so glued and split words cost
nothing; the similarity is difflib's ratio on those letter strings. A written word that is a word of
the list but not of the candidate name ("PENGOLAHAN" against "PENGELOLAAN") rules the candidate out:
OCR damage makes non-words, a different word makes a different programme. The thresholds were chosen on
synthetic OCR damage of the official names and on the written plans' own programme names
(`python -m bench.nomenclature`: the lowest ratio with no wrong repair of a damaged name and at most 1%
of the names to keep changed), never on the real RPJMD rows.
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CSV = Path(__file__).resolve().parent.parent / "models" / "nomenclature" / "programmes.csv"
# a ratio this high, and this far ahead of the next official name of another wording, repairs a name
MIN_RATIO = 0.92
MIN_MARGIN = 0.03
MAX_RUN = 3  # letters OCR damages in one spot
PREFIX = re.compile(r"^\s*(?:[\d.]+\s+)?(program(?:me)?)\b\s*", re.IGNORECASE)
WORD = re.compile(r"[a-z]+")
SMALL = {"dan", "atau", "untuk", "di", "ke", "dari", "yang", "serta", "dalam", "pada", "bagi", "antar"}


@dataclass(frozen=True)
class Official:
    code: str
    name: str  # upper case, without the leading "PROGRAM"
    key: str  # letters and digits only, lower case


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every word of the official names (lower case, four letters or more)."""
    return frozenset(w for o in officials() for w in WORD.findall(o.name.lower()) if len(w) >= 4)


@lru_cache(maxsize=1)
def officials() -> tuple[Official, ...]:
    """The official programme names, one per distinct wording. A wording listed under several codes
    (the "Penunjang Urusan Pemerintahan Daerah" programme of every bidang) keeps the part they share:
    "X.XX.01"."""
    if not CSV.exists():
        return ()
    names: dict[str, str] = {}
    codes: dict[str, list[str]] = {}
    with CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = PREFIX.sub("", row["name"].strip()).upper()
            k = _key(name)
            if k:
                names.setdefault(k, name)
                codes.setdefault(k, []).append(row["code"].strip())
    out = []
    for k, name in names.items():
        cs = list(dict.fromkeys(codes[k]))
        last = {c.split(".")[-1] for c in cs}
        code = cs[0] if len(cs) == 1 else ("X.XX." + last.pop() if len(last) == 1 else "")
        out.append(Official(code, name, k))
    return tuple(out)


@dataclass(frozen=True)
class Match:
    name: str  # the repaired name, in the case style of the written one
    code: str  # the nomenclature code, e.g. 2.21.02
    ratio: float  # 1.0 when the written name is the official one
    changed: bool  # the written name was repaired


def _styled(official: str, written: str, prefix: str) -> str:
    """The official wording in the written name's case: mostly upper stays upper, otherwise title case with
    the small words lower ("Pengelolaan Informasi dan Komunikasi Publik")."""
    letters = [c for c in written if c.isalpha()]
    if sum(c.isupper() for c in letters) > len(letters) / 2:
        body = official
    else:
        words = official.lower().split()
        body = " ".join(
            w if (i and w in SMALL) else re.sub(r"^[a-z]", lambda m: m.group(0).upper(), w) for i, w in enumerate(words)
        )
        body = re.sub(r"\(([a-z0-9]+)\)", lambda m: "(" + m.group(1).upper() + ")", body)  # "(sda)" -> "(SDA)"
    return f"{prefix} {body}".strip() if prefix else body


@lru_cache(maxsize=1024)
def _words_of(o: Official) -> frozenset[str]:
    return frozenset(WORD.findall(o.name.lower()))


def _small_edits(a: str, b: str) -> bool:
    """No run of more than MAX_RUN letters differs between `a` and `b`."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return all(max(i2 - i1, j2 - j1) <= MAX_RUN for tag, i1, i2, j1, j2 in ops if tag != "equal")


def match(name: str) -> Match | None:
    """The official programme `name` is, exactly or after repair; None when it is no official name
    (or too near two of them to choose)."""
    m = PREFIX.match(name or "")
    if not m:  # only names written as programmes ("Program ...") are checked against the list
        return None
    body = name[m.end() :].strip()
    k = _key(body)
    offs = officials()
    if len(k) < 8 or not offs:
        return None
    for o in offs:
        if o.key == k:  # the official name; glued or split words ("PENGELOLAANINFORMASI") set apart again
            same = WORD.findall(body.lower()) == WORD.findall(o.name.lower())
            return Match(name if same else _styled(o.name, body, m.group(1)), o.code, 1.0, not same)
    sm = difflib.SequenceMatcher(autojunk=False)
    sm.set_seq2(k)
    scored = []
    for o in offs:
        if abs(len(o.key) - len(k)) > max(4, 0.2 * len(k)):
            continue
        sm.set_seq1(o.key)
        if sm.real_quick_ratio() < MIN_RATIO - MIN_MARGIN or sm.quick_ratio() < MIN_RATIO - MIN_MARGIN:
            continue
        scored.append((sm.ratio(), o))
    if not scored:
        return None
    # a written word that is itself a word of the list, but not of this name, makes it another programme
    # ("PENGELOLAAN PERIKANAN" is not "PENGOLAHAN PERIKANAN"); OCR damage gives non-words, a few letters
    # at a time: a longer run of other letters is another word ("PERIKANAN DIGITAL")
    own = [w for w in WORD.findall(body.lower()) if len(w) >= 4 and w in words()]
    scored = [(r, o) for r, o in scored if all(w in _words_of(o) for w in own) and _small_edits(o.key, k)]
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    best, o = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    if best < MIN_RATIO or best - second < MIN_MARGIN:
        return None
    return Match(_styled(o.name, body, m.group(1)), o.code, round(best, 3), True)


# -- agency names ----------------------------------------------------------------------------------------
# the words agencies are named with beyond the programme names ("PD URUSAN PEMERINTAHAN BIDANG ...")
AGENCY_WORDS = (
    "urusan pemerintahan bidang perangkat daerah sekretariat dinas badan kantor satuan inspektorat bagian "
    "kecamatan kelurahan provinsi kabupaten kota polisi pamong praja rumah sakit umum"
)


@lru_cache(maxsize=1)
def _agency_vocab() -> dict[str, list[str]]:
    """Vocabulary words (five letters or more) by their first letter."""
    out: dict[str, list[str]] = {}
    for w in sorted(words() | set(AGENCY_WORDS.split())):
        if len(w) >= 5:
            out.setdefault(w[0], []).append(w)
    return out


@lru_cache(maxsize=1)
def _agency_known() -> frozenset[str]:
    return frozenset(w for ws in _agency_vocab().values() for w in ws)


def repair_words(s: str | None) -> str | None:
    """An agency name with its OCR-damaged words of the nomenclature set right ("PD UUSAN PEMERINTAHAN
    BIDANG KESEHATAN", "PEMBERINTAHAN"): a word of five letters or more that is no word of the list and
    is, uniquely, one or two letters from one that starts like it. Other words (names of places,
    abbreviations) stay; case is kept."""
    if not s:
        return s
    vocab, known = _agency_vocab(), _agency_known()

    def fix(m: re.Match) -> str:
        tok = m.group(0)
        low = tok.lower()
        if len(low) < 5 or low in known:  # (every word of the list of five letters or more is in `known`)
            return tok
        scored = sorted(
            (
                (difflib.SequenceMatcher(None, low, w).ratio(), w)
                for w in vocab.get(low[0], [])
                if abs(len(w) - len(low)) <= 2
            ),
            reverse=True,
        )
        if not scored or scored[0][0] < 0.85 or (len(scored) > 1 and scored[0][0] - scored[1][0] < 0.03):
            return tok
        w = scored[0][1]
        return w.upper() if tok.isupper() else w.capitalize() if tok[:1].isupper() else w

    return re.sub(r"[A-Za-z]+", fix, s)
