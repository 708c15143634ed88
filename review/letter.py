"""The reviewer's notes (`ReviewerNotes`: what the workspace stores for one city and masterplan
version) and the draft feedback letter to the city built from the review and those notes.

The letter is plain text with two marks (a line "# Title" is a section heading, "- item" a
bullet), so that the reviewer edits it in a text area; `render_docx` (python-docx) and
`render_letter_pdf` (reportlab) lay the same text out. Indonesian by default, English on request.

    text = draft_letter(review, notes, "id")
    docx_bytes = render_docx(text, review, "id")
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

from core.records import Record
from core.words import FIELD_WORDS, NOTES, REPORT
from nlp.taxonomy import DIMENSIONS
from nlp.taxonomy import default as default_taxonomy
from review.records import Gap, Review

SEV_ORDER = ("high", "medium", "low")


def gap_key(g: Gap) -> str:
    """A gap's identity across re-runs and revisions of a plan (its type and what it is about,
    not its wording or evidence)."""
    parts = [
        g.type,
        g.dimension or "",
        g.element or "",
        g.pillar or "",
        g.chapter or "",
        (g.issue or "").strip().lower()[:200],
    ]
    if not any(parts[1:]):  # a plan-level gap: its message tells which
        parts.append(g.message.strip().lower()[:200])
    return g.type + ":" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


@dataclass
class GapDecision(Record):
    key: str
    decision: str  # agree | disagree | note
    note: str
    severity: str
    message: str
    message_en: str
    user: str
    at: str


@dataclass
class LabelDecision(Record):
    passage_id: int
    kind: str
    label: str
    action: str  # accept | reject | add
    note: str
    page: int | None
    user: str
    at: str


@dataclass
class ReviewerNotes(Record):
    """A review record: per city and masterplan version."""

    id: int | None
    city: str
    masterplan_id: str
    status: str = "draft"
    reviewer: str | None = None
    overall: str = ""
    dimensions: dict[str, str] = field(default_factory=dict)
    gaps: list[GapDecision] = field(default_factory=list)
    labels: list[LabelDecision] = field(default_factory=list)
    letter: str | None = None
    updated_at: str | None = None
    audit: list[dict] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.overall or self.dimensions or self.gaps or self.labels)

    def gap(self, key: str) -> GapDecision | None:
        return next((d for d in self.gaps if d.key == key), None)


def label_name(kind: str, label: str, lang: str) -> str:
    """A label's human name (with its kind), never its raw id."""
    tax = default_taxonomy()
    kinds = {
        "id": {"dimension": "Dimensi", "element": "Elemen", "issue": "Isu"},
        "en": {"dimension": "Dimension", "element": "Element", "issue": "Issue"},
    }[lang if lang == "en" else "id"]
    try:
        name = tax.name(kind, label, lang)
    except Exception:  # a label no longer in the taxonomy
        name = label
    return f"{kinds.get(kind, kind)}: {name}"


def note_lines(notes: ReviewerNotes | None, lang: str) -> list[tuple[str, str]]:
    """The notes as (heading, line) pairs, in reading order (the reports and the letter)."""
    if notes is None:
        return []
    w, tax, out = NOTES[lang], default_taxonomy(), []
    if notes.overall:
        out.append((w["overall"], notes.overall))
    for d in DIMENSIONS:
        if notes.dimensions.get(d):
            out.append((w["dimension_feedback"], f"{tax.name('dimension', d, lang)}: {notes.dimensions[d]}"))
    for g in notes.gaps:
        msg = g.message_en if lang == "en" and g.message_en else g.message
        line = f"[{w[g.decision]}] {msg}" + (f" — {g.note}" if g.note else "")
        out.append((w["gap_decisions"], line))
    for lb in notes.labels:
        page = f" ({w['page']} {lb.page})" if lb.page else ""
        line = f"[{w[lb.action]}] {label_name(lb.kind, lb.label, lang)} — {w['passage']} {lb.passage_id}{page}" + (
            f": {lb.note}" if lb.note else ""
        )
        out.append((w["label_decisions"], line))
    return out


# -- the draft letter ------------------------------------------------------------------------------
def _gap_page(g: Gap, lang: str) -> str:
    pages = sorted({int(ev["page"]) for ev in g.evidence if isinstance(ev.get("page"), int)})[:5]
    return f" ({REPORT[lang]['page']} {', '.join(map(str, pages))})" if pages else ""


def _strengths(r: Review, lang: str) -> list[str]:
    w, tax = NOTES[lang], default_taxonomy()
    out = [
        w["letter_strength_line"].format(
            dim=tax.name("dimension", d, lang),
            level=r.coverage[d].level_label[lang],
            score=round(100 * r.coverage[d].score),
        )
        for d in DIMENSIONS
        if r.coverage[d].level in ("kuat", "cukup")
    ]
    return out or [w["letter_no_strengths"]]


def draft_letter(r: Review, notes: ReviewerNotes | None = None, lang: str = "id") -> str:
    """The letter as editable text: summary, strengths, gaps by severity with page references,
    RPJMD issues not answered, the reviewer's notes, recommendations. Gaps the reviewer disagreed
    with are left out; a gap's note follows it."""
    w, s = NOTES[lang], r.summary
    sev = REPORT[lang]
    rpjmd = r.rpjmd.title if r.rpjmd else "-"
    lines = (
        [
            f"# {w['letter_title']}",
            w["letter_to"].format(city=r.city),
            w["letter_subject"].format(plan=r.masterplan.title),
            "",
            w["letter_open"].format(plan=r.masterplan.title, rpjmd=rpjmd),
            "",
            f"# {w['letter_summary']}",
            w["letter_summary_line"].format(
                comp=round(100 * s.completeness),
                align=round(100 * r.alignment_score),
                gaps=s.gaps,
                high=s.high_gaps,
                answered=s.issues_addressed,
                issues=s.issues,
                progs=s.programmes,
                qw=s.quick_wins,
            ),
            "",
            f"# {w['letter_strengths']}",
        ]
        + [f"- {x}" for x in _strengths(r, lang)]
        + ["", f"# {w['letter_gaps']}"]
    )
    decided = {d.key: d for d in (notes.gaps if notes else [])}
    kept = [g for g in r.gaps if decided.get(gap_key(g)) is None or decided[gap_key(g)].decision != "disagree"]
    for level in SEV_ORDER:
        for g in (x for x in kept if x.severity == level):
            d = decided.get(gap_key(g))
            lines.append(
                f"- [{sev[level]}] {g.text(lang)}{_gap_page(g, lang)}" + (f" — {d.note}" if d and d.note else "")
            )
    if not kept:
        lines.append(f"- {sev['none']}")
    lines += ["", f"# {w['letter_issues']}"]
    open_issues = [a for a in r.alignment if a.status == "not_addressed"]
    lines += ["- " + w["letter_issue_line"].format(issue=a.issue, page=a.page or "-") for a in open_issues] or [
        f"- {sev['none']}"
    ]
    own = [(h, x) for h, x in note_lines(notes, lang) if h != w["gap_decisions"]]
    if own:
        lines += ["", f"# {w['letter_notes']}"] + [f"- {x}" if h != w["overall"] else x for h, x in own]
    recs = [w["letter_rec_gap"].format(gap=g.text(lang)) for g in kept if g.severity == "high"]
    recs += [w["letter_rec_issue"].format(issue=a.issue) for a in open_issues]
    lines += ["", f"# {w['letter_recs']}"] + ([f"- {x}" for x in recs] or [f"- {sev['none']}"])
    lines += [
        "",
        w["letter_close"],
        "",
        w["letter_sign"].format(name=(notes.reviewer if notes and notes.reviewer else "................")),
    ]
    return "\n".join(lines)


def _blocks(text: str):
    """(kind, text) for each line of the letter: heading, bullet, paragraph or blank."""
    for raw in (text or "").splitlines():
        line = raw.rstrip()
        if line.startswith("# "):
            yield "heading", line[2:].strip()
        elif line.lstrip().startswith("- "):
            yield "bullet", line.lstrip()[2:].strip()
        elif line.strip():
            yield "para", line.strip()
        else:
            yield "blank", ""


def render_docx(text: str, r: Review, lang: str = "id", *, draft: bool = True) -> bytes:
    """The letter as a Word document (python-docx): the first heading is the title."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    first = True
    if draft:
        p = doc.add_paragraph(NOTES[lang]["letter_draft_mark"])
        p.runs[0].bold = True
    for kind, line in _blocks(text):
        if kind == "heading":
            doc.add_heading(line, level=0 if first else 1)
            first = False
        elif kind == "bullet":
            doc.add_paragraph(line, style="List Bullet")
        elif kind == "para":
            doc.add_paragraph(line)
    doc.core_properties.title = f"{NOTES[lang]['letter_title']}: {r.city}"
    doc.core_properties.author = "Telaah"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render_letter_pdf(text: str, r: Review, lang: str = "id", *, draft: bool = True) -> bytes:
    """The letter as an A4 PDF (reportlab); all text escaped."""
    from html import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("lb", fontSize=10.5, leading=14)
    story, bullets, first = [], [], True

    def flush():
        if bullets:
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(escape(b), body), leftIndent=10) for b in bullets],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                )
            )
            bullets.clear()

    if draft:
        story.append(Paragraph(f"<b>{escape(NOTES[lang]['letter_draft_mark'])}</b>", body))
    for kind, line in _blocks(text):
        if kind != "bullet":
            flush()
        if kind == "heading":
            story.append(Paragraph(escape(line), ss["Title"] if first else ss["Heading2"]))
            first = False
        elif kind == "bullet":
            bullets.append(line)
        elif kind == "para":
            story.append(Paragraph(escape(line), body))
        else:
            story.append(Spacer(1, 3 * mm))
    flush()
    buf = io.BytesIO()
    SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{NOTES[lang]['letter_title']}: {r.city}",
        author="Telaah",
    ).build(story)
    return buf.getvalue()


def missing_words(fields: list[str], lang: str) -> str:
    """A programme's missing fields in the UI language ("target, tahun, anggaran")."""
    fw = FIELD_WORDS[lang if lang == "en" else "id"]
    return ", ".join(fw.get(f, f) for f in fields)
