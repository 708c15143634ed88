"""Words glued by OCR or PDF text extraction ("PENGENDALIANPENDUDUK", "KetahananPangan") split back
into the words the same document uses elsewhere ("PENGENDALIAN PENDUDUK").

A long token that the document never writes as such is split when it is exactly a run of two or
three of the document's own words (each at least four letters, each written at least twice); a
token the document writes twice or more is a word of its own and stays (a place name such as
"Banjarmasin" stays even if "banjar" and "masin" occur). Case is kept: an upper-case token gives
upper-case words, "KetahananPangan" splits at its inner capital when both halves are words.
"""

from __future__ import annotations

import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")
LONG = re.compile(r"\b[A-Za-z]{10,}\b")
MIN_PIECE = 4
MIN_COUNT = 2


def vocabulary(text: str) -> Counter:
    """Lower-case word counts of a document's text."""
    return Counter(w.lower() for w in WORD.findall(text))


def _split(word: str, vocab: Counter) -> list[str] | None:
    """The fewest (two or three) vocabulary words that make `word` exactly, else None."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None or len(best[i]) >= 3:
            continue
        for j in range(i + MIN_PIECE, n + 1):
            piece = word[i:j]
            if vocab.get(piece, 0) >= MIN_COUNT and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = best[i] + [piece]
    out = best[n]
    return out if out and len(out) >= 2 else None


def unglue(s: str, vocab: Counter) -> str:
    """`s` with its glued long tokens split into the document's words."""

    def fix(m: re.Match) -> str:
        tok = m.group(0)
        if vocab.get(tok.lower(), 0) >= MIN_COUNT:
            return tok
        parts = _split(tok.lower(), vocab)
        if not parts:
            return tok
        if tok.isupper():
            return " ".join(p.upper() for p in parts)
        if re.search(r"[a-z][A-Z]", tok):  # "KetahananPangan": only at its inner capitals
            camel = re.findall(r"[A-Z][a-z]+|[a-z]+", tok)
            return " ".join(camel) if [c.lower() for c in camel] == parts else tok
        if tok.islower():
            return " ".join(parts)
        return " ".join([parts[0].capitalize()] + parts[1:])  # "Pengendalianpenduduk"

    return LONG.sub(fix, s)
