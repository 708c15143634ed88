"""Shared helpers of the programme gold plans (DOKUMEN CONTOH, fictional regions).

Every plan module defines ``PLAN`` (a dict) and ``blocks(plan) -> list`` of corpus/pdfgen blocks.
A programme is written once, as a ``Prog`` record (the truth), and the plan's text is rendered
from it, so the PDF and gold.yaml can never disagree: the money and target phrases below are the
only place where a value becomes text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SAMPLE_LINE = "DOKUMEN CONTOH (SAMPLE) - daerah fiktif untuk evaluasi Telaah"


@dataclass
class Target:
    ind: str  # indicator, as the plan writes it ("puskesmas yang terhubung ...")
    value: float
    unit: str  # persen, unit, kelurahan, ...
    year: int | None = None
    per_year: dict | None = None  # {2024: v, 2025: v, ...} where the plan gives one per year


@dataclass
class Prog:
    name: str  # the programme's name without the "Program" trigger word
    desc: str = ""  # what it does (free text, may name places and facilities)
    opd: list = field(default_factory=list)
    target: Target | None = None
    year: object = None  # int, [start, end] or None: what the plan states
    budget: float | None = None  # total rupiah
    bfmt: str = "miliar"  # dots | dots00 | miliar | milyar | juta | M | M_bare | range | table
    budget_range: tuple | None = None
    budget_per_year: dict | None = None
    horizon: str | None = None  # pendek | menengah | panjang
    quick_win: bool = False
    v: str = ""  # rendering variant of the plan's style
    kind: str = "Program"  # trigger word the plan uses: Program, Inovasi, Kegiatan, Quick win
    note: str = ""  # why this programme is in the set (documentation only)


# ------------------------------------------------------------------ numbers as plans write them
def num_id(x: float, decimals: int = 2) -> str:
    """Indonesian number: 1.500 (thousands), 2,5 (decimal comma); no trailing zeros."""
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}".replace(",", ".")
    s = f"{x:,.{decimals}f}".rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def rp_dots(v: float) -> str:
    return "Rp " + num_id(v)


def rp_miliar(v: float) -> str:
    return "Rp " + num_id(v / 1e9) + " miliar"


def rp_juta(v: float) -> str:
    return "Rp " + num_id(v / 1e6) + " juta"


def rp_m(v: float) -> str:
    return "Rp " + num_id(v / 1e9) + " M"


def money(p: Prog) -> str:
    """The budget phrase of a programme in the plan's format."""
    if p.bfmt == "range":
        lo, hi = p.budget_range
        if lo >= 1e9 and hi >= 1e9:
            return f"Rp {num_id(lo / 1e9)}-{num_id(hi / 1e9)} miliar"
        return f"antara {fmt_amount(lo)} sampai {fmt_amount(hi)}"
    if p.bfmt == "M_bare":
        return num_id(p.budget / 1e9) + " M"
    if p.bfmt == "dots00":
        return rp_dots(p.budget) + ",00"
    if p.bfmt == "milyar":
        return "Rp " + num_id(p.budget / 1e9) + " milyar"
    return {"dots": rp_dots, "miliar": rp_miliar, "juta": rp_juta, "M": rp_m}[p.bfmt](p.budget)


def fmt_amount(v: float) -> str:
    return rp_miliar(v) if v >= 1e9 else rp_juta(v)


def target_phrase(t: Target, style: int = 1) -> str:
    """The target as one phrase (no final full stop)."""
    val = f"{num_id(t.value)} {t.unit}"
    yr = f" pada tahun {t.year}" if t.year else ""
    if style == 1:
        return f"{val} {t.ind}{yr}"
    if style == 2:
        return f"{t.ind} mencapai {val}{yr}"
    if style == 3:
        return f"{t.ind} sebesar {val}" + (f" di tahun {t.year}" if t.year else "")
    raise ValueError(style)


def years_text(y) -> str:
    if isinstance(y, (list, tuple)):
        return f"{y[0]}-{y[1]}"
    return str(y)


def opd_text(opd: list, joiner: str = " dan ") -> str:
    return joiner.join(opd)


def heading_blocks(plan: dict, pdf) -> list:
    """Front matter shared by every plan: a short introduction chapter (no programmes)."""
    b = [pdf.Heading(1, "BAB I PENDAHULUAN"), pdf.Heading(2, "1.1 Latar Belakang")]
    b += [pdf.Para(t) for t in plan["intro"]]
    b.append(pdf.Heading(2, "1.2 Maksud dan Tujuan"))
    b.append(
        pdf.Para(
            f"Masterplan ini menjadi acuan perangkat daerah {plan['name']} dalam menyusun dan "
            f"melaksanakan program smart city selama periode {plan['period']}. Dokumen ini juga menjadi "
            "bahan koordinasi dengan Dewan Smart City dan Tim Pelaksana."
        )
    )
    return b
