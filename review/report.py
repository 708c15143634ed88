"""Review reports in Indonesian (English on request): a self-contained printable HTML page,
a PDF (reportlab) and an XLSX workbook (openpyxl: Ringkasan, Cakupan, Celah, Keselarasan,
Program, Berita). All document text is escaped: nothing from a plan is rendered as markup.
Every word comes from core.words (`REPORT`, `EVENT`, the colours).

    write_report(review, "laporan.html" | "laporan.pdf" | "laporan.xlsx" | "folder/", lang="id")
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

from core.words import EVENT, LEVEL_COLOURS, NOTES, REPORT, SEV_COLOURS, STATUS_COLOURS
from nlp.taxonomy import DIMENSIONS, ELEMENTS
from nlp.taxonomy import default as default_taxonomy
from review.letter import ReviewerNotes, note_lines
from review.records import AlignmentRow, Gap, NewsEvent, ProgrammeRecord, Review


def e(s) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def rupiah(v) -> str:
    return "-" if v is None else f"{v:,.0f}".replace(",", ".")


def field_names(lang: str) -> dict:
    t = REPORT[lang]
    return {"target": t["target"], "year": t["year"], "budget": t["budget"], "opd": t["opd"]}


def ev_text(ev: dict, lang: str) -> str:
    """One evidence item of a gap (a programme, a passage or a table cell) as a line of text."""
    t = REPORT[lang]
    if "programme" in ev:
        miss = ", ".join(field_names(lang)[m] for m in ev.get("missing", []))
        return f"{ev['programme']} ({t['page']} {ev.get('page') or '-'})" + (f": {t['missing']} {miss}" if miss else "")
    if "passage_id" in ev:
        return f"{t['page']} {ev.get('page')}: “{ev.get('text', '')[:160]}”"
    return ", ".join(f"{k}: {v}" for k, v in ev.items())


def missing_text(p: ProgrammeRecord, lang: str) -> str:
    """The fields a programme lacks, in words."""
    return ", ".join(field_names(lang)[m] for m in p.missing)


def programme_place(p: ProgrammeRecord, lang: str) -> str:
    """A programme's element name, else its dimension id, else "-"."""
    return default_taxonomy().name("element", p.element, lang) if p.element else (p.dimension or "-")


def event_name(n: NewsEvent, lang: str) -> str:
    return EVENT[lang].get(n.type, n.type)


def news_programmes(n: NewsEvent, sep: str = ", ") -> str:
    return sep.join(p["name"] for p in n.programmes)


def plan_ref(r: Review) -> tuple[str, str]:
    """The titles of the masterplan and of the RPJMD ("-" without one)."""
    return r.masterplan.title, r.rpjmd.title if r.rpjmd else "-"


def issues_line(r: Review, lang: str) -> str:
    t, s = REPORT[lang], r.summary
    return f"{s.issues_addressed}/{s.issues} {t['addressed']}"


# -- HTML ------------------------------------------------------------------------------------------
CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#1f2328;font-size:13px;line-height:1.45}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:26px 0 8px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px} th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f6f8fa} .meta{color:#57606a} .pill{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0} .card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:120px}
.card b{font-size:20px;display:block} .ev{color:#57606a;font-size:12px} .heat td{text-align:center;color:#fff}
@media print{body{margin:10mm} h2{break-after:avoid} tr{break-inside:avoid}}
"""


def _th(*cells: str) -> str:
    """A header row of escaped words."""
    return "<tr>" + "".join(f"<th>{e(c)}</th>" for c in cells) + "</tr>"


def _html_head(r: Review, lang: str) -> list[str]:
    t, mp, rp = REPORT[lang], r.masterplan, r.rpjmd
    return [
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{e(t['title'])} — {e(r.city)}"
        f"</title><style>{CSS}</style></head><body>",
        f"<h1>{e(t['title'])}: {e(r.city)}</h1>",
        f"<div class='meta'>{e(t['masterplan'])}: {e(mp.title)} ({e(mp.pages)} {e(t['page'])})"
        + (f" · {e(t['rpjmd'])}: {e(rp.title)}" if rp else "")
        + f" · {e(t['generated'])}: "
        f"{e(r.generated_at)}</div>",
        f"<p class='meta'>{e(t['note'])}</p>",
    ]


def _html_summary(r: Review, lang: str) -> list[str]:
    t, s = REPORT[lang], r.summary
    cards = (
        (t["completeness"], f"{round(100 * s.completeness)}%"),
        (t["high_gaps"], s.high_gaps),
        (t["gaps"], s.gaps),
        (t["programmes"], s.programmes),
        (t["quick_wins"], s.quick_wins),
        (t["issues"], issues_line(r, lang)),
    )
    return (
        [f"<h2>{e(t['summary'])}</h2><div class='cards'>"]
        + [f"<div class='card'><b>{e(val)}</b>{e(label)}</div>" for label, val in cards]
        + ["</div>"]
    )


def _html_coverage(r: Review, lang: str) -> list[str]:
    t, tax = REPORT[lang], default_taxonomy()
    out = [
        f"<h2>{e(t['coverage'])}</h2><table class='heat'><tr><th>{e(t['dimension'])}</th>"
        f"<th>{e(t['score'])}</th><th colspan='3'>{e(t['element'])}</th></tr>"
    ]
    for d in DIMENSIONS:
        c = r.coverage[d]
        cells = "".join(
            f"<td style='background:{LEVEL_COLOURS[x.level]}'>"
            f"{e(tax.name('element', el, lang))}<br><small>{e(x.level_label[lang])} · "
            f"{x.programmes} {e(t['programmes'].lower())}</small></td>"
            for el, x in ((el, c.elements[el]) for el in ELEMENTS[d])
        )
        out.append(
            f"<tr><td style='background:{LEVEL_COLOURS[c.level]};text-align:left'><b>"
            f"{e(tax.name('dimension', d, lang))}</b></td><td style='background:{LEVEL_COLOURS[c.level]}'>"
            f"{round(100 * c.score)}%<br><small>{e(c.level_label[lang])}</small></td>{cells}</tr>"
        )
    return out + ["</table>"]


def _html_gap(g: Gap, lang: str) -> str:
    evs = "<br>".join(e(ev_text(x, lang)) for x in g.evidence[:4]) or "–"
    return (
        f"<tr><td><span class='pill' style='background:{SEV_COLOURS[g.severity]}'>"
        f"{e(REPORT[lang][g.severity])}</span></td><td>{e(g.text(lang))}</td><td class='ev'>{evs}</td></tr>"
    )


def _html_gaps(r: Review, lang: str) -> list[str]:
    t = REPORT[lang]
    out = [f"<h2>{e(t['gap_list'])} ({len(r.gaps)})</h2>"]
    if not r.gaps:
        return out + [f"<p>{e(t['none'])}</p>"]
    return (
        out
        + [f"<table>{_th(t['severity'], t['message'], t['evidence'])}"]
        + [_html_gap(g, lang) for g in r.gaps]
        + ["</table>"]
    )


def _html_rubric(r: Review, lang: str) -> list[str]:
    t, tax, comp = REPORT[lang], default_taxonomy(), r.completeness
    out = [f"<h2>{e(t['rubric'])}</h2><table>{_th(t['dimension'], t['score'], t['passed'], t['failed'])}"]
    for key, part in list(comp.dimensions.items()) + [("plan", comp.plan)]:
        name = tax.name("dimension", key, lang) if key != "plan" else t["document"]
        ok = ", ".join(i.label[lang] for i in part.items if i.passed) or "–"
        no = ", ".join(i.label[lang] for i in part.items if not i.passed) or "–"
        out.append(f"<tr><td>{e(name)}</td><td>{round(100 * part.score)}%</td><td>{e(ok)}</td><td>{e(no)}</td></tr>")
    return out + ["</table>"]


def _html_alignment_row(a: AlignmentRow, lang: str) -> str:
    t, tax = REPORT[lang], default_taxonomy()
    evs = (
        "<br>".join(
            [e(f"{p['name']} ({t['page']} {p['page']})") for p in a.programmes[:3]]
            + [e(f"{t['page']} {x['page']}: “{x['text'][:140]}”") for x in a.evidence[:2]]
        )
        or "–"
    )
    cats = ", ".join(tax.name("issue", c, lang) for c in a.categories)
    return (
        f"<tr><td>{a.n}</td><td>{e(a.issue)}</td><td>{e(cats)}</td><td><span class='pill' "
        f"style='background:{STATUS_COLOURS[a.status]}'>{e(t[a.status])}</span></td>"
        f"<td>{round(100 * a.score)}%</td><td class='ev'>{evs}</td></tr>"
    )


def _html_alignment(r: Review, lang: str) -> list[str]:
    t = REPORT[lang]
    out = [f"<h2>{e(t['alignment'])}</h2>"]
    if r.alignment_mode == "checklist":
        out.append(f"<p class='meta'>{e(t['checklist'])}</p>")
    out.append(f"<table>{_th('#', t['issue'], t['categories'], t['status'], t['score'], t['evidence'])}")
    return out + [_html_alignment_row(a, lang) for a in r.alignment] + ["</table>"]


def _html_matrix(r: Review, lang: str) -> list[str]:
    """The issue x dimension matrix and the programmes linked to no issue."""
    t, tax, mat = REPORT[lang], default_taxonomy(), r.alignment_matrix
    out = [
        f"<h2>{e(t['matrix'])}</h2><table><tr><th>#</th>"
        + "".join(f"<th>{e(tax.name('dimension', d, lang).split(' (')[0])}</th>" for d in mat.dimensions)
        + "</tr>"
    ]
    for n, row in mat.rows.items():
        out.append(
            f"<tr><td>{e(n)}</td>" + "".join(f"<td>{row.get(d, 0) or ''}</td>" for d in mat.dimensions) + "</tr>"
        )
    out.append("</table>")
    out.append(
        f"<h2>{e(t['unlinked'])} ({len(r.unlinked_programmes)})</h2><p>"
        + (e("; ".join(p["name"] for p in r.unlinked_programmes)) or e(t["none"]))
        + "</p>"
    )
    return out


def _html_programme(p: ProgrammeRecord, lang: str) -> str:
    qw = " ★" if p.quick_win else ""
    return (
        f"<tr><td>{e(p.name)}{qw}</td><td>{e(programme_place(p, lang))}</td>"
        f"<td>{e(p.opd or '-')}</td><td>{e(p.target or p.indicator or '-')}</td>"
        f"<td>{e(p.year or '-')}</td><td>{e(rupiah(p.budget))}</td><td>{e(missing_text(p, lang) or '–')}</td></tr>"
    )


def _html_programmes(r: Review, lang: str) -> list[str]:
    t = REPORT[lang]
    head = _th(t["name"], t["dimension"], t["opd"], t["target"], t["year"], t["budget"], t["missing"])
    return (
        [f"<h2>{e(t['programmes_list'])} ({len(r.programmes)})</h2><table>{head}"]
        + [_html_programme(p, lang) for p in r.programmes]
        + [f"</table><p class='meta'>{e(t['quick_win_note'])}</p>"]
    )


def _html_news(r: Review, lang: str) -> list[str]:
    if not r.news:
        return []
    t = REPORT[lang]
    out = [f"<h2>{e(t['news'])}</h2><table>{_th(t['date'], t['event'], t['name'], t['programmes'])}"]
    for n in r.news:
        sc = f" ({t['news_score']} {n.score})" if n.score is not None else ""
        out.append(
            f"<tr><td>{e(n.date or '-')}</td><td>{e(event_name(n, lang))}{e(sc)}</td>"
            f"<td>{e(n.title)}</td><td>{e(news_programmes(n) or '–')}</td></tr>"
        )
    return out + ["</table>"]


HTML_SECTIONS = (
    _html_head,
    _html_summary,
    _html_coverage,
    _html_gaps,
    _html_rubric,
    _html_alignment,
    _html_matrix,
    _html_programmes,
    _html_news,
)


def _html_notes(notes: ReviewerNotes | None, lang: str) -> list[str]:
    """ "Catatan penelaah": the reviewer's feedback and decisions (always present, so a reader
    knows whether a reviewer has looked at the findings)."""
    w = NOTES[lang]
    out = [f"<h2>{e(w['notes'])}</h2>"]
    if notes is not None:
        out.append(
            f"<p class='meta'>{e(w['status'])}: {e(w.get(notes.status, notes.status))}"
            + (f" · {e(w['reviewer'])}: {e(notes.reviewer)}" if notes.reviewer else "")
            + (f" · {e(w['updated'])}: {e(notes.updated_at)}" if notes.updated_at else "")
            + "</p>"
        )
    lines = note_lines(notes, lang)
    if not lines:
        return out + [f"<p>{e(w['none'])}</p>"]
    out.append(f"<table>{_th(w['decision'], w['note'])}")
    out += [f"<tr><td>{e(h)}</td><td>{e(x)}</td></tr>" for h, x in lines]
    return out + ["</table>"]


def render_html(r: Review, lang: str = "id", notes: ReviewerNotes | None = None) -> str:
    out = [part for section in HTML_SECTIONS for part in section(r, lang)]
    head, rest = out[:4], out[4:]  # the reviewer's notes right after the title block
    return "".join(head + _html_notes(notes, lang) + rest + ["</body></html>"])


# -- PDF -------------------------------------------------------------------------------------------
class _PdfKit:
    """The styles, page width and table helpers of one PDF report (reportlab is imported only when a
    PDF is built)."""

    def __init__(self, lang: str):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.lib.units import mm

        self.lang, self.t, self.tax = lang, REPORT[lang], default_taxonomy()
        self.colors, self.mm, self.pagesize = colors, mm, landscape(A4)
        ss = getSampleStyleSheet()
        self.body = ss["BodyText"].clone("b", fontSize=8.5, leading=10.5)
        self.small = self.body.clone("s", fontSize=7.5, leading=9, textColor=colors.HexColor("#57606a"))
        self.h1, self.h2 = (
            ss["Title"].clone("h1", fontSize=16, leading=20),
            ss["Heading2"].clone("h2", fontSize=12, leading=15),
        )
        self.W = self.pagesize[0] - 24 * mm

    def tint(self, hexcol: str, f: float = 0.35):
        """The colour mixed with white (a light cell background that keeps text readable)."""
        c = self.colors.HexColor(hexcol)
        return self.colors.Color(1 - f * (1 - c.red), 1 - f * (1 - c.green), 1 - f * (1 - c.blue))

    def P(self, x, st=None):
        from reportlab.platypus import Paragraph

        return Paragraph(e(x).replace("\n", "<br/>"), st or self.body)

    def heading(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(e(text), style or self.h2)

    def grid(self, rows, widths, head=True, bg=None):
        from reportlab.platypus import Table, TableStyle

        tb = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
        grey = self.colors.HexColor
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, grey("#d0d7de")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), grey("#f6f8fa")))
        style += bg or []
        tb.setStyle(TableStyle(style))
        return tb

    def header(self, *keys: str) -> list:
        """A header row of words ("#" and "" stay as they are)."""
        return [self.P(self.t.get(k, k)) for k in keys]


def _pdf_notes(notes: ReviewerNotes | None, k: _PdfKit) -> list:
    w, P, W = NOTES[k.lang], k.P, k.W
    out = [k.heading(w["notes"])]
    if notes is not None:
        out.append(
            P(
                f"{w['status']}: {w.get(notes.status, notes.status)}"
                + (f" · {w['reviewer']}: {notes.reviewer}" if notes.reviewer else ""),
                k.small,
            )
        )
    lines = note_lines(notes, k.lang)
    if not lines:
        return out + [P(w["none"])]
    rows = [[P(w["decision"]), P(w["note"])]] + [[P(h), P(x)] for h, x in lines]
    return out + [k.grid(rows, [0.2 * W, 0.8 * W])]


def _pdf_summary(r: Review, k: _PdfKit) -> list:
    from reportlab.platypus import Spacer

    t, s, P = k.t, r.summary, k.P
    mp, rp = plan_ref(r)
    return [
        k.heading(f"{t['title']}: {r.city}", k.h1),
        P(f"{t['masterplan']}: {mp} · {t['rpjmd']}: {rp} · {t['generated']}: {r.generated_at}", k.small),
        P(t["note"], k.small),
        Spacer(1, 4 * k.mm),
        k.heading(t["summary"]),
        k.grid(
            [
                k.header("completeness", "high_gaps", "gaps", "programmes", "quick_wins", "issues"),
                [
                    P(f"{round(100 * s.completeness)}%"),
                    P(s.high_gaps),
                    P(s.gaps),
                    P(s.programmes),
                    P(s.quick_wins),
                    P(f"{issues_line(r, k.lang)}, {s.issues_not_addressed} {t['not_addressed']}"),
                ],
            ],
            [k.W / 6] * 6,
        ),
    ]


def _pdf_coverage(r: Review, k: _PdfKit) -> list:
    lang, tax, P, W = k.lang, k.tax, k.P, k.W
    rows, bg = [k.header("dimension", "score", "element", "", "")], []
    for i, d in enumerate(DIMENSIONS, 1):
        c = r.coverage[d]
        rows.append(
            [P(tax.name("dimension", d, lang)), P(f"{round(100 * c.score)}% {c.level_label[lang]}")]
            + [
                P(f"{tax.name('element', el, lang)}: {c.elements[el].level_label[lang]} ({c.elements[el].programmes})")
                for el in ELEMENTS[d]
            ]
        )
        bg.append(("BACKGROUND", (0, i), (1, i), k.tint(LEVEL_COLOURS[c.level])))
        for j, el in enumerate(ELEMENTS[d]):
            bg.append(("BACKGROUND", (2 + j, i), (2 + j, i), k.tint(LEVEL_COLOURS[c.elements[el].level], 0.3)))
    return [k.heading(k.t["coverage"]), k.grid(rows, [0.2 * W, 0.14 * W, 0.22 * W, 0.22 * W, 0.22 * W], bg=bg)]


def _pdf_gaps(r: Review, k: _PdfKit) -> list:
    t, P, W = k.t, k.P, k.W
    out = [k.heading(f"{t['gap_list']} ({len(r.gaps)})")]
    if not r.gaps:
        return out + [P(t["none"])]
    rows = [k.header("severity", "message", "evidence")]
    rows += [
        [P(t[g.severity]), P(g.text(k.lang)), P("\n".join(ev_text(x, k.lang) for x in g.evidence[:3]) or "–", k.small)]
        for g in r.gaps
    ]
    return out + [k.grid(rows, [0.08 * W, 0.42 * W, 0.5 * W])]


def _pdf_alignment(r: Review, k: _PdfKit) -> list:
    t, P, W = k.t, k.P, k.W
    rows, bg = [k.header("#", "issue", "categories", "status", "score", "evidence")], []
    for i, a in enumerate(r.alignment, 1):
        evs = [f"{p['name']} ({t['page']} {p['page']})" for p in a.programmes[:3]] + [
            f"{t['page']} {x['page']}: {x['text'][:110]}" for x in a.evidence[:1]
        ]
        rows.append(
            [
                P(a.n),
                P(a.issue),
                P(", ".join(k.tax.name("issue", c, k.lang) for c in a.categories)),
                P(t[a.status]),
                P(f"{round(100 * a.score)}%"),
                P("\n".join(evs) or "–", k.small),
            ]
        )
        bg.append(("BACKGROUND", (3, i), (3, i), k.tint(STATUS_COLOURS[a.status])))
    return [k.heading(t["alignment"]), k.grid(rows, [0.03 * W, 0.27 * W, 0.15 * W, 0.1 * W, 0.06 * W, 0.39 * W], bg=bg)]


def _pdf_programmes(r: Review, k: _PdfKit) -> list:
    P, W = k.P, k.W
    rows = [k.header("name", "dimension", "opd", "target", "year", "budget", "missing")]
    rows += [
        [
            P(p.name + (" ★" if p.quick_win else "")),
            P(programme_place(p, k.lang)),
            P(p.opd or "-"),
            P(p.target or p.indicator or "-"),
            P(p.year or "-"),
            P(rupiah(p.budget)),
            P(missing_text(p, k.lang) or "–"),
        ]
        for p in r.programmes
    ]
    return [
        k.heading(f"{k.t['programmes_list']} ({len(r.programmes)})"),
        k.grid(rows, [0.24 * W, 0.13 * W, 0.18 * W, 0.16 * W, 0.08 * W, 0.1 * W, 0.11 * W]),
    ]


def _pdf_news(r: Review, k: _PdfKit) -> list:
    if not r.news:
        return []
    P, W = k.P, k.W
    rows = [k.header("date", "event", "name", "programmes")]
    rows += [
        [
            P(n.date or "-"),
            P(event_name(n, k.lang) + (f" ({n.score})" if n.score is not None else "")),
            P(n.title),
            P(news_programmes(n) or "–"),
        ]
        for n in r.news
    ]
    return [k.heading(k.t["news"]), k.grid(rows, [0.1 * W, 0.15 * W, 0.45 * W, 0.3 * W])]


PDF_SECTIONS = (_pdf_summary, _pdf_coverage, _pdf_gaps, _pdf_alignment, _pdf_programmes, _pdf_news)


def render_pdf(r: Review, path: Path, lang: str = "id", notes: ReviewerNotes | None = None) -> None:
    from reportlab.platypus import SimpleDocTemplate

    k = _PdfKit(lang)
    story = [flowable for section in PDF_SECTIONS for flowable in section(r, k)]
    first = _pdf_summary(r, k)
    story = first + _pdf_notes(notes, k) + story[len(first) :]
    mm, t = k.mm, k.t

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(12 * mm, 7 * mm, f"Telaah · {r.city} · {r.generated_at}")
        canvas.drawRightString(k.pagesize[0] - 12 * mm, 7 * mm, f"{t['page']} {doc.page}")
        canvas.restoreState()

    tmp = path.with_name(path.name + ".tmp")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=k.pagesize,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{t['title']}: {r.city}",
        author="Telaah",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    os.replace(tmp, path)


# -- XLSX ------------------------------------------------------------------------------------------
def _sheet(wb, title: str, header: list, rows: list, widths: list[int]) -> None:
    """One worksheet: a bold header row, wrapped cells, the header frozen."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(title)
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F6F8FA")
    for row in rows:
        ws.append([_cell(v) for v in row])
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def _xlsx_summary(r: Review, lang: str) -> tuple:
    t, s = REPORT[lang], r.summary
    mp, rp = plan_ref(r)
    rows = [
        [t["city"], r.city],
        [t["masterplan"], mp],
        [t["rpjmd"], rp],
        [t["completeness"], s.completeness],
        [t["high_gaps"], s.high_gaps],
        [t["gaps"], s.gaps],
        [t["programmes"], s.programmes],
        [t["quick_wins"], s.quick_wins],
        [t["issues"], issues_line(r, lang)],
        [t["generated"], r.generated_at],
    ]
    return t["summary"], ["", ""], rows, [28, 80]


def _xlsx_coverage(r: Review, lang: str) -> tuple:
    t, tax = REPORT[lang], default_taxonomy()
    rows = []
    for d in DIMENSIONS:
        c = r.coverage[d]
        rows.append([tax.name("dimension", d, lang), "", c.score, c.level_label[lang], c.passages, c.programmes])
        for el in ELEMENTS[d]:
            x = c.elements[el]
            rows.append(["", tax.name("element", el, lang), x.score, x.level_label[lang], x.passages, x.programmes])
    header = [t["dimension"], t["element"], t["score"], t["level"], t["passages"], t["programmes"]]
    return t["sheet_coverage"], header, rows, [30, 34, 8, 16, 10, 10]


def _xlsx_gaps(r: Review, lang: str) -> tuple:
    t = REPORT[lang]
    tax = default_taxonomy()
    rows = [
        [
            t[g.severity],
            g.type.replace("_", " "),
            tax.name("dimension", g.dimension, lang) if g.dimension else "",
            tax.name("element", g.element, lang) if g.element else "",
            g.text(lang),
            "\n".join(ev_text(x, lang) for x in g.evidence[:10]),
        ]
        for g in r.gaps
    ]
    header = [t["severity"], t["type"], t["dimension"], t["element"], t["message"], t["evidence"]]
    return t["sheet_gaps"], header, rows, [10, 26, 14, 24, 60, 80]


def _xlsx_alignment(r: Review, lang: str) -> tuple:
    t = REPORT[lang]
    tax = default_taxonomy()
    rows = [
        [
            a.n,
            a.issue,
            ", ".join(tax.name("issue", c, lang) for c in a.categories),
            t[a.status],
            a.score,
            "; ".join(p["name"] for p in a.programmes),
            "\n".join(f"{t['page']} {x['page']}: {x['text']}" for x in a.evidence),
        ]
        for a in r.alignment
    ]
    header = ["#", t["issue"], t["categories"], t["status"], t["score"], t["programmes"], t["evidence"]]
    return t["sheet_alignment"], header, rows, [5, 50, 24, 14, 8, 50, 80]


def _xlsx_programmes(r: Review, lang: str) -> tuple:
    t = REPORT[lang]
    tax = default_taxonomy()
    rows = [
        [
            p.name,
            t["quick_win_yes"] if p.quick_win else "",
            tax.name("dimension", p.dimension, lang) if p.dimension else "",
            tax.name("element", p.element, lang) if p.element else "",
            p.opd,
            p.target or p.indicator,
            p.year,
            p.budget,
            missing_text(p, lang),
            p.page,
            p.nomenclature or "",  # appended: the earlier columns keep their places
        ]
        for p in r.programmes
    ]
    header = [
        t["name"],
        t["quick_win_col"],
        t["dimension"],
        t["element"],
        t["opd"],
        t["target"],
        t["year"],
        t["budget"],
        t["missing"],
        t["page"],
        t["nomenclature_code"],
    ]
    return t["sheet_programmes"], header, rows, [44, 9, 12, 24, 34, 24, 11, 16, 22, 6, 14]


def _xlsx_news(r: Review, lang: str) -> tuple | None:
    if not r.news:
        return None
    t = REPORT[lang]
    rows = [[n.date, event_name(n, lang), n.score, n.title, news_programmes(n, "; ")] for n in r.news]
    header = [t["date"], t["event"], t["news_score_col"], t["name"], t["programmes"]]
    return t["sheet_news"], header, rows, [12, 20, 8, 60, 50]


XLSX_SHEETS = (_xlsx_summary, _xlsx_coverage, _xlsx_gaps, _xlsx_alignment, _xlsx_programmes, _xlsx_news)


def _xlsx_notes(notes: ReviewerNotes | None, lang: str) -> tuple:
    w = NOTES[lang]
    rows = [[h, x] for h, x in note_lines(notes, lang)] or [[w["none"], ""]]
    if notes is not None:
        rows.insert(
            0, [w["status"], w.get(notes.status, notes.status) + (f" · {notes.reviewer}" if notes.reviewer else "")]
        )
    return w["sheet"], [w["decision"], w["note"]], rows, [30, 110]


def render_xlsx(r: Review, path: Path, lang: str = "id", notes: ReviewerNotes | None = None) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for i, build in enumerate(XLSX_SHEETS):
        sheet = build(r, lang)
        if sheet is not None:
            _sheet(wb, *sheet)
        if i == 0:
            _sheet(wb, *_xlsx_notes(notes, lang))
    tmp = path.with_name(path.name + ".tmp")
    wb.save(str(tmp))
    os.replace(tmp, path)


def _cell(v):
    """A spreadsheet cell never becomes a formula from document text ("=HYPERLINK(...)")."""
    if isinstance(v, str) and (
        v[:1] in ("=", "@") or (v[:1] in ("+", "-") and len(v) > 1 and not re.fullmatch(r"[+-]?[\d.,\s%]+", v))
    ):
        return "'" + v
    return v


# -- files -----------------------------------------------------------------------------------------
FORMATS = ("html", "pdf", "xlsx")


def render(r: Review, fmt: str, lang: str = "id", notes: ReviewerNotes | None = None) -> bytes:
    """The report as bytes, built now (the app builds it when the reviewer asks to download);
    `notes` (the reviewer's workspace record) fills "Catatan penelaah"."""
    if fmt == "html":
        return render_html(r, lang, notes).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="telaah-report-") as tmp:
        path = Path(tmp) / f"report.{fmt}"
        (render_pdf if fmt == "pdf" else render_xlsx)(r, path, lang, notes)
        return path.read_bytes()


def _write_one(r: Review, p: Path, lang: str, notes: ReviewerNotes | None = None) -> None:
    """One report file, its format by extension (.html/.htm, .pdf, anything else: .xlsx)."""
    p.parent.mkdir(parents=True, exist_ok=True)
    ext = p.suffix.lower()
    if ext in (".html", ".htm"):
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(render_html(r, lang, notes), encoding="utf-8")
        os.replace(tmp, p)
    elif ext == ".pdf":
        render_pdf(r, p, lang, notes)
    else:
        render_xlsx(r, p, lang, notes)


def write_report(r: Review, out: str | Path, lang: str = "id", notes: ReviewerNotes | None = None) -> list[Path]:
    """Write by extension (.html/.pdf/.xlsx); a directory (or a name without extension) gets all three."""
    out = Path(out)
    if out.suffix.lower() in (".html", ".htm", ".pdf", ".xlsx"):
        targets = [out]
    else:
        out.mkdir(parents=True, exist_ok=True)
        from index.store import slugify

        base = f"telaah-{slugify(r.city)}"
        targets = [out / f"{base}.html", out / f"{base}.pdf", out / f"{base}.xlsx"]
    for p in targets:
        _write_one(r, p, lang, notes)
    return targets
