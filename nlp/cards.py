"""Programme cards: the key/value sheets real masterplans use for their quick wins and flagship
programmes ("Nama Program | Sapa Warga", "Penanggung Jawab | Dinas ...", "Perkiraan Biaya | Rp 450
juta"), printed as two-column tables (with or without a "Komponen | Uraian" header, split over a page
break) or as "Key : value" lines. Each card is one programme; its keys say which field a value is.

    table_cards(tables)  -> (cards, ordinals of the tables that are card parts)
    text_cards(text, passages) -> cards
    card_budget(value)   -> ({amount, range, per_year} | None)

A card is {"fields": [(role, key, value)], "page", "section_ordinal", "passage_id" | None}; roles are
name, opd, budget, target, year, dimension, kind (Kategori / Jenis Program) and other (Latar
Belakang, Tujuan, Mitra, Sumber Dana ...), read by nlp.entities.card_role beside the table column roles.
Nothing here knows the review's records.
"""

from __future__ import annotations

import re

from .entities import card_role, money_mentions, per_year_over, total_or_yearly


def _pairs(t: dict) -> list[tuple[str, str]]:
    header = [str(h or "") for h in t.get("header") or []]
    rows = [[str(c or "") for c in r] for r in t.get("rows") or []]
    if len(header) == 4 and all(len(r) == 4 for r in rows):
        return _form_pairs([header] + rows)
    if len(header) != 2 or any(len(r) != 2 for r in rows):
        return []
    return [(header[0], header[1])] + [(r[0], r[1]) for r in rows]


def _form_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    """A form laid out in four columns, two fields a row ("PD Pengampu | Dinas X | PD Pendukung | Dinas Y"; a
    value merged over three cells leaves the third label blank): its (key, value) pairs, when its first and
    third columns are field labels; [] otherwise."""
    left = [r[0] for r in rows if r[0].strip()]
    right = [r[2] for r in rows if r[2].strip()]
    if len(left) < 3 or not right:
        return []
    if sum(1 for k in left if card_role(k)) < 0.8 * len(left) or sum(1 for k in right if card_role(k)) < 0.8 * len(
        right
    ):
        return []
    out = []
    for r in rows:
        out.append((r[0], r[1]))
        if r[2].strip():
            out.append((r[2], r[3]))
    return out


def is_card_table(t: dict) -> bool:
    """A two-column table whose left column is (mostly) card keys: a card or a part of one."""
    pairs = _pairs(t)
    keyed = sum(1 for k, _ in pairs if card_role(k))
    return len(pairs) >= 2 and keyed >= 2 and keyed >= 0.6 * len(pairs)


def _field(role: str, key: str, value: str) -> tuple[str, str, str]:
    return role, re.sub(r"\s+", " ", key).strip(), re.sub(r"\s+", " ", value).strip()


def table_cards(tables: list[dict]) -> tuple[list[dict], set]:
    """Cards printed as two-column tables, in table order: a card starts at its name key; a card table
    without one (the rest of a card after a page break) continues the card before it."""
    cards: list[dict] = []
    parts: set = set()
    for t in tables:
        if not is_card_table(t):
            continue
        parts.add(t.get("ordinal"))
        for k, v in _pairs(t):
            role = card_role(k)
            if role is None or not v.strip():
                continue
            if role == "name" or not cards:
                if role == "name" and (not cards or any(r == "name" for r, _, _ in cards[-1]["fields"])):
                    cards.append(
                        {
                            "fields": [],
                            "page": t.get("page"),
                            "section_ordinal": t.get("section_ordinal"),
                            "passage_id": None,
                        }
                    )
                elif not cards:
                    continue  # a card's rest with no card before it
            cards[-1]["fields"].append(_field(role, k, v))
    return [c for c in cards if any(r == "name" for r, _, _ in c["fields"])], parts


_COLON = re.compile(r"[ \t]*:[ \t]+|[ \t]*:\s*\n")


# the first word of a card key: a key written after the previous value on the same line ("... Dinas
# Perdagangan Perkiraan Biaya : Rp 275 juta") starts at one of these, never inside the value
KEY_HEAD = set(
    """nama program inovasi kegiatan quick dimensi pilar elemen kategori jenis tipe klasifikasi latar
    permasalahan masalah isu tujuan sasaran keluaran output outcome manfaat dampak target indikator kpi
    capaian waktu jadwal tahun periode perangkat penanggung opd pj leading pelaksana instansi mitra pihak
    pemangku lokasi deskripsi uraian ruang komponen rincian keterangan status sumber perkiraan estimasi
    kebutuhan anggaran biaya pagu dana pendanaan risiko strategi teknologi""".split()
)


def _keys_in(text: str) -> list[tuple[int, int, str, str]]:
    """(key start, value start, role, key) of every "Key :" in text: the longest run of up to six
    words before the colon (on its line) that starts with a key word, holds no digit and is a card key."""
    out = []
    for m in _COLON.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        words = list(re.finditer(r"\S+", before))
        for i in range(max(0, len(words) - 6), len(words)):
            key = before[words[i].start() :]
            head = words[i].group(0).lower().strip("(")
            if head not in KEY_HEAD or not key[:1].isupper() or re.search(r"[\d:]", key):
                continue
            role = card_role(key)
            if role:
                out.append((line_start + words[i].start(), m.end(), role, key))
                break  # the longest suffix first
    return out


def text_cards(text: str, passages: list[dict]) -> list[dict]:
    """Cards written as "Nama Program : X  Dimensi : ...  Penanggung Jawab : ..." lines in the text
    passages; a passage that opens with card keys and names no programme continues the card before it
    (a card split by a page break). A passage counts only with a name key and two other card keys."""
    cards: list[dict] = []
    prev_card = False  # the text passage before this one was (part of) a card
    for p in passages:
        if p.get("kind") != "text" or p.get("char_start") is None:
            continue
        a, b = p["char_start"], p["char_end"]
        seg = text[a:b]
        keys = _keys_in(seg)
        roles = [k[2] for k in keys]
        cont = bool(keys) and keys[0][0] <= 2 and "name" not in roles and prev_card
        if not cont and (roles.count("name") < 1 or len(keys) - roles.count("name") < 2):
            prev_card = False
            continue
        prev_card = True
        for i, (_ks, vs, role, key) in enumerate(keys):
            ve = keys[i + 1][0] if i + 1 < len(keys) else len(seg)
            value = seg[vs:ve].strip()
            if role == "name":
                cards.append(
                    {
                        "fields": [],
                        "page": p.get("page_start", p.get("page")),
                        "section_ordinal": p.get("section_ordinal"),
                        "passage_id": p.get("id"),
                    }
                )
            if cards and value:
                cards[-1]["fields"].append(_field(role, key, value))
    return [c for c in cards if any(r == "name" for r, _, _ in c["fields"])]


UNDECIDED = re.compile(r"(?i)\b(?:dalam\s+perhitungan|akan\s+(?:dihitung|ditetapkan|ditentukan)|belum\s+ditentukan)\b")


def card_budget(value: str) -> dict | None:
    """A budget written in words: the amount after "total" / "seluruhnya berjumlah" when the text
    gives one (a yearly amount with its total: the total); amounts each tied to a year ("2026: Rp 350
    juta; 2027: ...", "Rp 500 juta pada 2025, Rp 700 juta pada 2026") summed, with the years kept;
    else the first amount. {"amount", "range", "per_year": [{year, amount}]} or None."""
    if not value or UNDECIDED.search(value) and not re.search(r"\d", value):
        return None
    text = "Anggaran: " + value  # a bare "1,2 M" counts only after a budget word
    found = money_mentions(text, 0, len(text))
    if not found:
        return None
    both = total_or_yearly(text, found) if len(found) >= 2 else None
    if both:
        return {"amount": both["amount"], "range": both["range"], "per_year": both["per_year"]}
    yearly = per_year_over(text, found[0])
    if yearly:  # "Rp 450 juta per tahun (2027-2030)"
        return yearly
    return {"amount": found[0]["amount"], "range": found[0]["range"], "per_year": []}
