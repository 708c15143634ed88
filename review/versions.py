"""Draft to draft: what changed between two reviews of the same city's masterplan (an earlier
version and its revision): gaps closed and new, RPJMD issues newly answered, programmes added
and removed, and which of the reviewer's notes on the earlier version the revision addresses (a
note on a gap that the revision closes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.records import Record
from review.letter import ReviewerNotes, gap_key
from review.records import Review


@dataclass
class VersionDiff(Record):
    city: str
    old: str  # masterplan ids
    new: str
    gaps_closed: list[dict] = field(default_factory=list)  # severity, message, message_en, key
    gaps_new: list[dict] = field(default_factory=list)
    issues_answered: list[str] = field(default_factory=list)
    issues_lost: list[str] = field(default_factory=list)
    programmes_added: list[str] = field(default_factory=list)
    programmes_removed: list[str] = field(default_factory=list)
    notes_addressed: list[dict] = field(default_factory=list)  # decision, note, message, message_en
    completeness: list[float] = field(default_factory=list)  # [old, new]


def _prog_key(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def _gap(g) -> dict:
    return {"key": gap_key(g), "severity": g.severity, "message": g.message, "message_en": g.message_en}


def diff_reviews(old: Review, new: Review, notes: ReviewerNotes | None = None) -> VersionDiff:
    og, ng = {gap_key(g): g for g in old.gaps}, {gap_key(g): g for g in new.gaps}
    closed = [_gap(g) for k, g in og.items() if k not in ng]
    answered_old = {a.issue for a in old.alignment if a.status != "not_addressed"}
    answered_new = {a.issue for a in new.alignment if a.status != "not_addressed"}
    op, np_ = {_prog_key(p.name): p.name for p in old.programmes}, {_prog_key(p.name): p.name for p in new.programmes}
    closed_keys = {g["key"] for g in closed}
    addressed = [
        {"decision": d.decision, "note": d.note, "message": d.message, "message_en": d.message_en}
        for d in (notes.gaps if notes else [])
        if d.key in closed_keys and d.decision != "disagree"
    ]
    return VersionDiff(
        city=new.city,
        old=old.masterplan.id,
        new=new.masterplan.id,
        gaps_closed=closed,
        gaps_new=[_gap(g) for k, g in ng.items() if k not in og],
        issues_answered=sorted(answered_new - answered_old),
        issues_lost=sorted(answered_old - answered_new),
        programmes_added=sorted(v for k, v in np_.items() if k not in op),
        programmes_removed=sorted(v for k, v in op.items() if k not in np_),
        notes_addressed=addressed,
        completeness=[old.summary.completeness, new.summary.completeness],
    )
