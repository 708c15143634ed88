"""Passage segmentation: section-aware chunks of about 1-6 sentences.

Sentences come from spaCy's blank Indonesian tokenizer plus the rule-based
sentencizer, with extra tokenizer exceptions so that Indonesian abbreviations
("Kab.", "Jl.", "tgl.", "dr.", "H.", "No.", "Rp.") do not end a sentence.
A passage never crosses a section boundary or a table; tables become passages of
their own (row groups, with the header repeated in each).
"""

from __future__ import annotations

import functools
import re

from .records import ParsedDocument, Passage, TableData
from .structure import TOC_SECTION_RE, looks_like_toc

# Abbreviations that end with a period but rarely end a sentence.
ABBREVIATIONS = [
    "Kab.",
    "Kec.",
    "Kel.",
    "Ds.",
    "Prov.",
    "Jl.",
    "Jln.",
    "Gg.",
    "No.",
    "Nomor.",
    "Rp.",
    "tgl.",
    "Tgl.",
    "thn.",
    "Thn.",
    "dr.",
    "Dr.",
    "drg.",
    "Drs.",
    "Dra.",
    "Ir.",
    "Prof.",
    "H.",
    "Hj.",
    "KH.",
    "Bpk.",
    "Bp.",
    "Sdr.",
    "Sdri.",
    "S.H.",
    "S.E.",
    "S.T.",
    "S.Pd.",
    "S.Kom.",
    "S.Sos.",
    "S.IP.",
    "S.Si.",
    "M.Si.",
    "M.T.",
    "M.M.",
    "M.Kom.",
    "M.Pd.",
    "M.Ec.Dev.",
    "M.A.",
    "Ph.D.",
    "Pasal.",
    "ayat.",
    "hlm.",
    "Hal.",
    "hal.",
    "Kep.",
    "Permen.",
    "Perpres.",
    "Pemkot.",
    "Pemkab.",
    "a.n.",
    "u.p.",
    "s.d.",
    "s/d.",
    "Apr.",
    "Agt.",
    "Ags.",
    "Des.",
    "Okt.",
    "Nop.",
    "Nov.",
    "Sept.",
    "Jan.",
    "Feb.",
    "Mar.",
    "Jun.",
    "Jul.",
    "Sep.",
    "vs.",
    "dkk.",
    "dsb.",
    "Tbk.",
    "PT.",
    "CV.",
    "Kp.",
    "RT.",
    "RW.",
]

MAX_SENTENCES = 6
TARGET_CHARS = 700  # flush at a paragraph end once a passage is this long
MAX_CHARS = 1200  # hard cap: a passage longer than this is split
ROW_GROUP_CHARS = 900  # table passages: rows per passage until this many chars


def import_spacy():
    """Import spaCy without letting thinc import torch (thinc probes for it at import and
    that costs ~2 s of start-up; Telaah's spaCy pipelines are rule-based and never use it).
    If torch is already loaded (the embedder ran first) nothing changes."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # makes `import torch` raise ImportError inside thinc
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def _indonesian_blank():
    """spaCy's blank Indonesian pipeline (its prefixes, suffixes, infixes and abbreviation
    exceptions) without the ~15,600 hyphenated reduplication exceptions ("abal-abal"):
    they cannot change a sentence boundary and cost 2.5 s at every start-up."""
    import_spacy()
    from spacy.lang.id import Indonesian, IndonesianDefaults

    class _Defaults(IndonesianDefaults):
        tokenizer_exceptions = {k: v for k, v in IndonesianDefaults.tokenizer_exceptions.items() if "-" not in k}

    class IndonesianSentences(Indonesian):
        lang = "id"
        Defaults = _Defaults

    return IndonesianSentences()


def indonesian_nlp():
    """A new spaCy Indonesian pipeline with only the tokenizer (abbreviation exceptions
    included); callers add their own components (sentencizer, entity ruler)."""
    import_spacy()
    from spacy.symbols import ORTH

    nlp = _indonesian_blank()
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


@functools.lru_cache(maxsize=1)
def sentence_pipeline():
    nlp = indonesian_nlp()
    nlp.add_pipe("sentencizer")
    return nlp


@functools.lru_cache(maxsize=1)
def _punct_hashes():
    import numpy as np

    nlp = sentence_pipeline()
    chars = nlp.get_pipe("sentencizer").punct_chars
    return np.array(sorted(nlp.vocab.strings.add(c) for c in chars), dtype=np.uint64)


def sentence_starts(doc) -> list[int]:
    """Token indices that start a sentence: spaCy's Sentencizer rule, vectorised.

    The Sentencizer walks the tokens in Python (a Token object each: half the
    segmentation time on long documents). Its rule: a token starts a sentence when it is
    neither punctuation nor a sentence-final character and a sentence-final character
    ("." "!" "?" ...) came after the previous such word token. Tested equal to the
    Sentencizer (tests/test_segment.py)."""
    import numpy as np
    from spacy.attrs import IS_PUNCT, ORTH

    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([ORTH, IS_PUNCT])
    final = np.isin(arr[:, 0], _punct_hashes())
    word = ~final & (arr[:, 1] == 0)
    seen = np.cumsum(final)
    w = np.flatnonzero(word)
    if len(w) == 0:
        return [0]
    prev = np.concatenate(([0], seen[w[:-1]]))
    starts = w[seen[w] - prev > 0]
    out = starts.tolist()
    return out if out and out[0] == 0 else [0] + out


def sentence_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Character spans of sentences for each text (spaCy tokenizer + Sentencizer rule)."""
    nlp = sentence_pipeline()  # first: it imports spaCy without thinc's torch probe
    from spacy.attrs import IDX

    out = []
    for doc in nlp.tokenizer.pipe(texts, batch_size=256):
        if len(doc) == 0:
            out.append([])
            continue
        idx = doc.to_array([IDX])
        starts = [int(idx[i]) for i in sentence_starts(doc)]
        text = doc.text
        spans = []
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else len(text)
            seg = text[a:b]
            b = a + len(seg.rstrip())
            a = a + len(seg) - len(seg.lstrip())
            if text[a:b].strip():
                spans.append((a, b))
        out.append(_merge_fragments(text, spans))
    return out


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glue fragments spaCy splits off (a lone number "1.", a closing quote) to a neighbour."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        frag = text[a:b].strip()
        if merged and (len(frag) < 4 or re.fullmatch(r"[\W\d]+", frag)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _split_long(a: int, b: int, text: str) -> list[tuple[int, int]]:
    """Split an over-long sentence (tables flattened into text, run-on OCR) at word boundaries."""
    out = []
    while b - a > MAX_CHARS:
        cut = text.rfind(" ", a + MAX_CHARS // 2, a + MAX_CHARS)
        if cut <= a:
            cut = a + MAX_CHARS
        out.append((a, cut))
        a = cut
        while a < b and text[a] == " ":
            a += 1
    if b > a:
        out.append((a, b))
    return out


def _page_at(doc: ParsedDocument, pos: int) -> int:
    # pages are sorted by char_start; binary search
    lo, hi = 0, len(doc.pages) - 1
    if hi < 0:
        return 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.pages[mid]["char_start"] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return doc.pages[lo]["page"]


def table_passage_texts(t: TableData) -> list[tuple[str, int, int]]:
    """Readable passages for a table: row groups, each with the caption and header.

    Each row is written "Header: cell; Header: cell" so that a row read alone still
    says what every cell means.  Returns (text, first_row, last_row) triples."""
    head = [h.strip() or f"Kolom {i + 1}" for i, h in enumerate(t.header)]
    intro = (t.caption.strip() + "\n") if t.caption.strip() else ""
    intro += "Kolom: " + " | ".join(head) if head else ""
    rows_txt = []
    for r in t.rows:
        cells = []
        for i, c in enumerate(r):
            c = c.strip()
            if not c:
                continue
            name = head[i] if i < len(head) else f"Kolom {i + 1}"
            cells.append(f"{name}: {c}")
        if cells:
            rows_txt.append("; ".join(cells))
    if not rows_txt:
        return [(intro, 0, 0)] if intro.strip() else []
    groups: list[tuple[str, int, int]] = []
    cur: list[str] = []
    first = 0
    for i, row in enumerate(rows_txt):
        if cur and sum(len(x) + 1 for x in cur) + len(row) > ROW_GROUP_CHARS:
            groups.append((intro + "\n" + "\n".join(cur), first, i - 1))
            cur, first = [], i
        cur.append(row)
    groups.append((intro + "\n" + "\n".join(cur), first, len(rows_txt) - 1))
    return [(g.strip(), a, b) for g, a, b in groups]


TABLE_HEAD = "Kolom: "


def _head_line(text: str) -> int | None:
    """Index of the "Kolom: ..." line of a table passage (after its caption), else None."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        if line.startswith(TABLE_HEAD):
            return i
    return None


def table_header_only(text: str) -> bool:
    """A table passage with its caption and "Kolom:" header line but no row (nothing to show as
    evidence)."""
    i = _head_line(text)
    return i is not None and not any(x.strip() for x in text.split("\n")[i + 1 :])


def readable_passage(text: str, spans: list | None = None) -> tuple[str, list]:
    """A passage as the user reads it: a table passage ("Kolom: No | Program | OPD" then
    "No: 1; Program: X; OPD: Y" per row) without its raw header line and with each row written
    "Program: X · OPD: Y"; other passages unchanged. `spans` ([start, end) offsets in `text`,
    e.g. highlights) are moved to the new text (a span in the dropped header line is dropped).
    The stored text (and so its vector) stays as it is. Returns (text, spans)."""
    spans = list(spans or [])
    i = _head_line(text)
    if i is None:
        return text, spans
    lines = text.split("\n")
    out: list[str] = []
    where: list[int] = []  # old offset -> new offset (-1: dropped)
    pos = 0
    for k, line in enumerate(lines):
        sep = "\n" if k + 1 < len(lines) else ""
        if k == i or (k > i and re.fullmatch(r"No: \d{1,4}", line.strip())):
            where += [-1] * (len(line) + len(sep))
            continue
        j = 0
        while j < len(line):
            if k > i and line.startswith("; ", j):
                where += [pos + 1, pos + 2]
                out.append(" · ")
                pos += 3
                j += 2
                continue
            if k > i and j == 0 and (num := re.match(r"No: \d{1,4}; ", line)):
                where += [-1] * num.end()  # the row number: not worth reading
                j = num.end()
                continue
            where.append(pos)
            out.append(line[j])
            pos += 1
            j += 1
        if sep and out:
            where.append(pos)
            out.append(sep)
            pos += 1
        elif sep:
            where.append(-1)
    where.append(pos)
    new = "".join(out).strip("\n")
    moved = []
    for sp in spans:
        a, b = sp[0], sp[1]
        na = next((where[x] for x in range(a, min(b, len(where))) if where[x] >= 0), -1)
        nb = next((where[x - 1] + 1 for x in range(min(b, len(where) - 1), a, -1) if where[x - 1] >= 0), -1)
        if na >= 0 and nb > na:
            moved.append((na, nb) if isinstance(sp, tuple) else [na, nb])
    return new, moved


# long (~70 lines): the passage packer's loop; its state (current passage, section, table) is local on purpose
def segment(doc: ParsedDocument) -> ParsedDocument:
    """Cut doc.blocks into doc.passages."""
    text = doc.text
    paras = [b for b in doc.blocks if b.kind == "para"]
    spans = sentence_spans([b.text for b in paras])
    sent_by_block = {id(b): [(b.char_start + s, b.char_start + e) for s, e in sp] for b, sp in zip(paras, spans)}

    passages: list[Passage] = []
    cur: list[tuple[int, int]] = []
    cur_toc: list[bool] = []  # per sentence of `cur`: from a table-of-contents block
    cur_section: int | None = None
    titles = {s.ordinal: s.title for s in doc.sections}

    def flush() -> None:
        if not cur:
            return
        a, b = cur[0][0], cur[-1][1]
        toc_chars = sum(e - s for (s, e), t in zip(cur, cur_toc) if t)
        ptext = text[a:b]
        passages.append(
            Passage(
                len(passages),
                "text",
                ptext,
                a,
                b,
                _page_at(doc, a),
                _page_at(doc, max(a, b - 1)),
                cur_section,
                len(cur),
                toc=2 * toc_chars >= b - a or looks_like_toc(ptext, titles.get(cur_section, "")),
            )
        )
        cur.clear()
        cur_toc.clear()

    for blk in doc.blocks:
        if blk.kind == "heading":
            flush()
            continue
        if blk.kind == "table":
            flush()
            t = doc.tables[blk.table]
            for ptxt, _r0, _r1 in table_passage_texts(t):
                passages.append(
                    Passage(
                        len(passages),
                        "table",
                        ptxt,
                        blk.char_start,
                        blk.char_end,
                        blk.page_start,
                        blk.page_end,
                        blk.section,
                        0,
                        table=blk.table,
                        toc=blk.toc or bool(TOC_SECTION_RE.match(titles.get(blk.section, ""))),
                    )
                )
            continue
        if blk.section != cur_section:
            flush()
            cur_section = blk.section
        for a, b in sent_by_block[id(blk)]:
            for a2, b2 in _split_long(a, b, text):
                if cur and (len(cur) >= MAX_SENTENCES or b2 - cur[0][0] > MAX_CHARS):
                    flush()
                cur.append((a2, b2))
                cur_toc.append(blk.toc)
        if cur and cur[-1][1] - cur[0][0] >= TARGET_CHARS:
            flush()
    flush()
    doc.passages = passages
    return doc
