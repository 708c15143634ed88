"""The reviewer's workspace for the front ends: one review record per city and masterplan
version, the decisions on gaps and labels, feedback, the letter draft, the reports with the
reviewer's notes, the evidence of a gap or alignment row (the RPJMD passage that states an
issue) and the original page of a passage as an image with the passage boxed.

    ws = t.workspace
    notes = ws.notes(review)                                  # ReviewerNotes
    ws.decide_gap(review, gap, "disagree", "sudah ada di bab 4", user="Rina")
    ws.decide_labels(review, passage_id, {"dimension:governance": "accept"}, note="", user="Rina")
    ws.set_feedback(review, "overall", "…", user="Rina")
    docx = ws.letter(review, "docx", "id")
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from index.workspace import LABEL_ACTIONS, WorkspaceError
from index.workspace import Workspace as WorkspaceTables
from ingest.segment import readable_passage
from review.letter import (
    GapDecision,
    LabelDecision,
    ReviewerNotes,
    draft_letter,
    gap_key,
    render_docx,
    render_letter_pdf,
)
from review.records import AlignmentRow, Gap, Review
from review.report import render as render_report
from review.versions import VersionDiff, diff_reviews

if TYPE_CHECKING:
    from . import Telaah

__all__ = ["WorkspaceService", "WorkspaceError", "ReviewerNotes", "VersionDiff", "gap_key"]

LETTER_FORMATS = ("docx", "pdf")


class WorkspaceService:
    """The workspace of one `Telaah` (its store connection)."""

    def __init__(self, t: Telaah):
        self.t = t
        self.tables = WorkspaceTables(t.store)

    # -- the record ---------------------------------------------------------------------------------
    def record_id(self, review: Review, *, create: bool = True) -> int | None:
        return self.tables.record_id(review.city, review.masterplan.id, create=create)

    def notes(
        self, review: Review | None = None, *, city: str | None = None, masterplan_id: str | None = None
    ) -> ReviewerNotes:
        """The reviewer's record for this city and masterplan version (an empty one when none)."""
        city = review.city if review is not None else city
        mp = review.masterplan.id if review is not None else masterplan_id
        rid = self.tables.record_id(city, mp, create=False)
        if rid is None:
            return ReviewerNotes(id=None, city=city, masterplan_id=mp)
        d = self.tables.load(rid)
        rec, fb = d["record"], d["feedback"]
        gaps = [
            GapDecision(
                key=g["gap_key"],
                decision=g["decision"],
                note=g["note"],
                severity=g["gap"].get("severity", ""),
                message=g["gap"].get("message", ""),
                message_en=g["gap"].get("message_en", ""),
                user=g["user"],
                at=g["at"],
            )
            for g in d["gaps"]
        ]
        labels = [
            LabelDecision(
                passage_id=x["passage_id"],
                kind=x["kind"],
                label=x["label"],
                action=x["action"],
                note=x["note"],
                page=x["page"],
                user=x["user"],
                at=x["at"],
            )
            for x in d["labels"]
        ]
        return ReviewerNotes(
            id=rid,
            city=city,
            masterplan_id=mp,
            status=rec["status"],
            reviewer=rec["updated_by"],
            overall=fb.get("overall", {}).get("text", ""),
            dimensions={k: v["text"] for k, v in fb.items() if k != "overall"},
            gaps=gaps,
            labels=labels,
            letter=rec["letter"],
            updated_at=rec["updated_at"],
            audit=d["audit"],
        )

    def set_status(self, review: Review, status: str, *, user: str) -> bool:
        return self.tables.set_status(self.record_id(review), status, user)

    # -- decisions ----------------------------------------------------------------------------------
    def decide_gap(self, review: Review, gap: Gap, decision: str | None, note: str = "", *, user: str) -> bool:
        """agree / disagree / note (None clears it); saving the same decision again is a no-op."""
        rid = self.record_id(review)
        if decision is None:
            return self.tables.clear_gap(rid, gap_key(gap), user)
        snap = {"severity": gap.severity, "message": gap.message, "message_en": gap.message_en, "type": gap.type}
        return self.tables.decide_gap(rid, gap_key(gap), decision, note, user, snap)

    def decide_labels(
        self, review: Review | None, passage_id: int, decisions: Mapping[str, str], *, user: str, note: str = ""
    ) -> int:
        """`decisions` maps "kind:label" to accept / reject / add (one decision per label: a dict
        cannot hold two). Each change also enters the store's label audit trail (the training
        corrections). Returns how many decisions changed."""
        if not (user or "").strip():
            raise WorkspaceError("reviewer_needed")
        if not decisions:
            raise WorkspaceError("nothing_to_save")
        for act in decisions.values():
            if act not in LABEL_ACTIONS:
                raise WorkspaceError("bad_decision")
        p = self.t.passage(passage_id)
        if review is None:  # opened outside a review (search): the record of the passage's own document
            doc = self.t.document_info(p["doc_id"])
            rid = self.tables.record_id(doc.city or "-", doc.id)
        else:
            rid = self.record_id(review)
        n = 0
        for item, action in decisions.items():
            kind, _, label = item.partition(":")
            if self.tables.decide_label(rid, int(passage_id), kind, label, action, note, user, p.get("page_start")):
                self.t.add_review(int(passage_id), action=action, user=user, kind=kind, label=label, comment=note)
                n += 1
        return n

    def set_feedback(self, review: Review, scope: str, text: str, *, user: str) -> bool:
        return self.tables.set_feedback(self.record_id(review), scope, text, user)

    # -- the letter and the reports ------------------------------------------------------------------
    def letter_text(self, review: Review, lang: str = "id", *, fresh: bool = False) -> str:
        """The reviewer's edited draft, else (or when `fresh`) one built from the review and notes."""
        notes = self.notes(review)
        if notes.letter and not fresh:
            return notes.letter
        return draft_letter(review, notes, lang)

    def save_letter(self, review: Review, text: str | None, *, user: str) -> bool:
        return self.tables.set_letter(self.record_id(review), text, user)

    def letter(self, review: Review, fmt: str = "docx", lang: str = "id", text: str | None = None) -> bytes:
        if fmt not in LETTER_FORMATS:
            raise WorkspaceError("bad_decision")
        text = text if text is not None else self.letter_text(review, lang)
        return (render_docx if fmt == "docx" else render_letter_pdf)(text, review, lang)

    def report(self, review: Review, fmt: str, lang: str = "id") -> bytes:
        """The HTML/PDF/XLSX report with "Catatan penelaah"."""
        return render_report(review, fmt, lang, self.notes(review))

    # -- evidence -----------------------------------------------------------------------------------
    def issue_passage(self, review: Review, row: AlignmentRow) -> dict | None:
        """The RPJMD passage that states an issue: on the row's page, the passage sharing most
        words with the issue (None without an RPJMD or a page)."""
        if review.rpjmd is None or not row.page:
            return None
        words = set(re.findall(r"\w{4,}", row.issue.lower()))
        best, score = None, 0.0
        for p in self.t.store.passages(review.rpjmd.id):
            if not (p["page_start"] <= row.page <= p["page_end"]) or p.get("toc"):
                continue
            text = p["text"].lower()
            s = sum(w in text for w in words) / max(1, len(words))
            if s > score:
                best, score = p, s
        if best is None:
            return None
        return {
            "passage_id": best["id"],
            "page": best["page_start"],
            "section": best["section_path"] or "",
            "text": readable_passage(best["text"])[0][:400],
        }

    @staticmethod
    def readable(text: str, spans: list | None = None) -> tuple[str, list]:
        """A passage's text as the reader sees it: a table passage without its raw "Kolom: No |
        Program | ..." header line, each row "Program: X · OPD: Y"; `spans` (highlight offsets
        in the stored text) moved to the new text. Other passages are returned unchanged."""
        return readable_passage(text, spans)

    def programme_passage(self, review: Review, name: str, page: int | None) -> int | None:
        """The masterplan passage that holds a programme (its name on its page; else the first
        passage of that page), for programmes read from tables without a passage of their own."""
        if not page:
            return None
        rows = [
            p
            for p in self.t.store.passages(review.masterplan.id)
            if p["page_start"] <= page <= p["page_end"] and not p.get("toc")
        ]
        key = name.lower()
        hit = next((p for p in rows if key in p["text"].lower()), None)
        return (hit or (rows[0] if rows else {})).get("id")

    def gap_issue_row(self, review: Review, gap: Gap) -> AlignmentRow | None:
        if not gap.issue:
            return None
        return next((a for a in review.alignment if a.issue == gap.issue), None)

    def event_passage(self, event) -> int | None:
        """The passage of a news item that holds a timeline event's evidence (its start offset in
        the item's text), else the item's first passage; None when the item is gone."""
        ev = getattr(event, "evidence", None)
        rows = self.t.store.passages(event.doc_id)
        if not rows:
            return None
        at = ev.start if ev is not None else None
        hit = next((p for p in rows if at is not None and p["char_start"] <= at < p["char_end"]), None)
        return (hit or rows[0])["id"]

    def neighbours(self, passage_id: int, n: int = 2) -> list[dict]:
        """The passages just before and after one passage in its document."""
        p = self.t.passage(passage_id)
        rows = self.t.store.passages(p["doc_id"])
        i = next((k for k, r in enumerate(rows) if r["id"] == p["id"]), 0)
        return [dict(r) for r in rows[max(0, i - n) : i] + rows[i + 1 : i + 1 + n]]

    def page_image(self, doc_id: str, page: int, find: str | None = None, *, dpi: int = 110) -> dict | None:
        """The original PDF page as PNG bytes with the text `find` boxed, or None when the original
        file is not stored or is not a PDF. Boxes come from pdfium's character boxes; on a page
        without a (matching) text layer, a scan read by OCR, from the OCR word boxes the store
        keeps. `rects`: the boxes in PDF points from the page's top left; `box_source`: "text",
        "ocr" or None."""
        name, path = self.t.original_file(doc_id)
        if path is None or path.suffix.lower() != ".pdf":
            return None
        import pypdfium2 as pdfium
        from PIL import ImageDraw

        pdf = pdfium.PdfDocument(str(path))
        try:
            n = len(pdf)
            if not 1 <= page <= n:
                return None
            pg = pdf[page - 1]
            scale = dpi / 72
            img = pg.render(scale=scale).to_pil().convert("RGB")
            boxes = _find_boxes(pg, find) if find else []
            h = pg.get_height()
            source = "text" if boxes else None
            if find and not boxes:
                boxes = [(l, h - b, r, h - t) for l, t, r, b in ocr_boxes(self.t.store.page_words(doc_id, page), find)]
                source = "ocr" if boxes else None
            draw = ImageDraw.Draw(img)
            for l, b, r, t in boxes:
                draw.rectangle(
                    [l * scale - 2, (h - t) * scale - 2, r * scale + 2, (h - b) * scale + 2],
                    outline=(214, 40, 40),
                    width=2,
                )
            import io

            buf = io.BytesIO()
            img.save(buf, format="PNG", optimize=True)
            return {
                "png": buf.getvalue(),
                "page": page,
                "pages": n,
                "boxes": len(boxes),
                "name": name,
                "rects": [[round(l, 1), round(h - t, 1), round(r, 1), round(h - b, 1)] for l, b, r, t in boxes],
                "box_source": source,
            }
        finally:
            pdf.close()

    def original_bytes(self, doc_id: str) -> tuple[str, bytes] | None:
        name, path = self.t.original_file(doc_id)
        return None if path is None else (name, path.read_bytes())

    # -- draft to draft -----------------------------------------------------------------------------
    def versions(self, city: str) -> list:
        """The city's masterplans, oldest first (a later one is a revision of the earlier)."""
        docs = [d for d in self.t.documents(city=city, kind="masterplan")]
        return sorted(docs, key=lambda d: d.ingested_at or "")

    def diff(self, old: Review, new: Review) -> VersionDiff:
        return diff_reviews(old, new, self.notes(old))


def _word_key(w: str) -> str:
    return re.sub(r"\W+", "", w.lower())


def ocr_boxes(words: list[dict], find: str) -> list[tuple[float, float, float, float]]:
    """Line boxes (left, top, right, bottom: PDF points from the top left) of the passage `find`
    among a page's OCR words (reading order): the passage's word sequence is matched to the
    page's in order (difflib), the run of page words around the longest matching stretch that
    keeps matching is taken (words the OCR misread inside it included), and its words are
    joined line by line. A few common words in a row (under 6, and under 30% of the passage)
    are not the passage: no box."""
    import difflib

    page = [(i, _word_key(w["text"])) for i, w in enumerate(words)]
    page = [(i, k) for i, k in page if k]
    want = [k for k in (_word_key(x) for x in find.split()) if k]
    if not page or not want:
        return []
    keys = [k for _, k in page]
    blocks = [b for b in difflib.SequenceMatcher(None, keys, want, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return []
    big = max(blocks, key=lambda b: b.size)
    if big.size < min(2, len(want)):
        return []
    reach = len(want) + 5  # other stretches of the same passage: near the longest one
    near = [b for b in blocks if b.size >= min(2, big.size) and big.a - reach <= b.a <= big.a + big.size + reach]
    matched = sum(b.size for b in near)
    if big.size < 6 and matched < max(min(3, len(want)), 0.3 * len(want)):
        return []  # a few common words in a row: not the passage
    lo = min(b.a for b in near)
    hi = max(b.a + b.size for b in near)
    out: list[list[float]] = []
    for i, _ in page[lo:hi]:
        w = words[i]
        l, t, r, b = w["x"], w["y"], w["x"] + w["w"], w["y"] + w["h"]
        cur = out[-1] if out else None
        if (
            cur is not None
            and min(b, cur[3]) - max(t, cur[1]) > 0.3 * max(1e-3, min(b - t, cur[3] - cur[1]))
            and l >= cur[0] - 2
        ):
            cur[0], cur[1], cur[2], cur[3] = min(cur[0], l), min(cur[1], t), max(cur[2], r), max(cur[3], b)
        else:
            out.append([l, t, r, b])
    return [tuple(v) for v in out]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _find_boxes(pg, find: str) -> list[tuple[float, float, float, float]]:
    """Line boxes (PDF points) of the characters of `find` on the page: the longest stretch of
    the page text that matches the passage's opening and the rest of it, by character index."""
    tp = pg.get_textpage()
    try:
        n = tp.count_chars()
        if n <= 0:
            return []
        text = tp.get_text_range(0, n)
        # map normalised page text back to char indices
        idx, chars = [], []
        prev_space = True
        for i, ch in enumerate(text[:n]):
            if ch.isspace():
                if prev_space:
                    continue
                chars.append(" ")
                idx.append(i)
                prev_space = True
            else:
                chars.append(ch.lower())
                idx.append(i)
                prev_space = False
        flat = "".join(chars)
        target = _norm(find)
        start, length = -1, 0
        for L in (len(target), 160, 80, 40, 20):
            probe = target[:L]
            if probe and (k := flat.find(probe)) >= 0:
                start, length = k, len(probe)
                break
        if start < 0:
            return _table_box(tp, flat, idx, find)
        # extend over the rest of the passage while it keeps matching
        end = start + length
        while end < len(flat) and end - start < len(target) and flat[end] == target[end - start]:
            end += 1
        boxes: list[list[float]] = []
        for j in range(start, end):
            if chars[j] == " ":
                continue
            l, b, r, t = tp.get_charbox(idx[j])
            cur = boxes[-1] if boxes else None
            if (
                cur is not None
                and min(t, cur[3]) - max(b, cur[1]) > 0.3 * max(1e-3, min(t - b, cur[3] - cur[1]))
                and l >= cur[0] - 2
            ):
                cur[0], cur[1], cur[2], cur[3] = min(cur[0], l), min(cur[1], b), max(cur[2], r), max(cur[3], t)
            else:
                boxes.append([l, b, r, t])
        return [tuple(v) for v in boxes] + _table_box(tp, flat, idx, find, after=end)
    finally:
        tp.close()


def _table_box(tp, flat: str, idx: list[int], find: str, after: int = 0) -> list[tuple]:
    """For a table passage ("Kolom: A | B" then "A: x; B: y" rows): one box around the cells of
    its rows found on the page, in order after `after` (the caption's end), so the reviewer sees
    the table itself boxed, not only its caption. Other passages: no box."""
    if "\nKolom: " not in find:
        return []
    values = [
        _norm(v)
        for line in find.split("\n")[2:]
        for v in re.findall(r"(?:^|; )[^:;]+: ([^;]+)", line)
        if len(v.strip()) >= 4 and not re.fullmatch(r"[\d.,\s%-]+", v.strip())
    ]
    cur, found = after, []
    for v in values:
        k = flat.find(v, cur)
        if k < 0:
            continue
        found += [tp.get_charbox(idx[j]) for j in (k, k + len(v) - 1)]
        cur = k + len(v)
    if len(found) < 4:  # fewer than two cells: not this table
        return []
    return [
        (
            min(f[0] for f in found),
            min(f[1] for f in found),
            max(f[2] for f in found),
            max(f[3] for f in found),
        )
    ]
