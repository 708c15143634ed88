"""Text analysis shared by the extractor (nlp/) and the keyword index (index/): one analyser,
one stop-word list.

`analyse`: Unicode NFKC, lower case, word tokens of letters/digits (2+ chars, or a digit run
such as "112"), Indonesian stop words removed (`models/lexicons/stopwords_id.txt`),
reduplication "anak-anak" -> "anak", Snowball Indonesian stemming (PyStemmer;
`TELAAH_BM25_STEM=0` turns it off): on the retrieval evaluation it raised keyword MRR@10 from
0.501 to 0.529 and hybrid hit@10 from 0.793 to 0.814 (README, "Search quality").
`term_spans`: where a query's terms occur in a text (highlighting), with the same analyser.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from core.config import MODELS_DIR, env_flag

STOPWORDS_FILE = MODELS_DIR / "lexicons" / "stopwords_id.txt"
ANALYSER_VERSION = 1
TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = set()
    if STOPWORDS_FILE.exists():
        for line in STOPWORDS_FILE.read_text(encoding="utf-8").splitlines():
            w = line.strip().lower()
            if w and not w.startswith("#"):
                words.add(w)
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("indonesian")


def stemming_enabled() -> bool:
    return env_flag("TELAAH_BM25_STEM", True)


def analyse(text: str, stem: bool | None = None) -> list[str]:
    """Text -> index terms."""
    stem = stemming_enabled() if stem is None else stem
    sw = stopwords()
    out = []
    for m in TOKEN_RE.finditer(unicodedata.normalize("NFKC", text).lower()):
        tok = m.group(0)
        if "-" in tok:
            parts = tok.split("-")
            # reduplication ("anak-anak", "kota-kota") -> one base word; compounds keep both parts
            parts = parts[:1] if len(set(parts)) == 1 else parts
        else:
            parts = [tok]
        for p in parts:
            if (len(p) < 2 and not p.isdigit()) or p in sw:
                continue
            out.append(p)
    if stem and out:
        out = _stemmer().stemWords(out)
    return out


def term_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans in `text` of words that match a query term (for highlighting):
    the same analyser on both sides, so "Sampah" matches "sampah" and stop words never light up."""
    terms = set(analyse(query, stem=False))
    if not terms:
        return []
    stem = stemming_enabled()
    stems = set(_stemmer().stemWords(list(terms))) if stem else set()
    spans = []
    for m in TOKEN_RE.finditer(text):
        # parts of the original token (offsets into `text`), each normalised on its own: NFKC may
        # lengthen a word (the "ﬁ" ligature), which must not shift the highlight
        for part_m in re.finditer(r"[^\W_]+", m.group(0)):
            p = unicodedata.normalize("NFKC", part_m.group(0)).lower()
            if p in terms or (stem and _stemmer().stemWord(p) in stems):
                spans.append((m.start() + part_m.start(), m.start() + part_m.end()))
    return spans
