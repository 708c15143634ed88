"""The reviewer's workspace (issue 17): review records per city and masterplan version, gap and
label decisions (one per label, no duplicate saves, messages in the UI language), feedback, the
reports' "Catatan penelaah", the draft letter (DOCX + PDF), the RPJMD passage that states an
ignored issue with its page image, `telaah review --out DIR` and draft to draft."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, run_cli

CITY = "Kabupaten Gunung Arum"
PLAN = CORPUS / "docs" / "gunung_arum" / "masterplan_smart_city_gunung_arum_2023-2027.pdf"


def revised_plan(out_dir: Path, src: Path = PLAN) -> Path:
    """The Gunung Arum masterplan with a page added that answers its two ignored RPJMD issues
    (a revision a city might send back)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    body = [
        Paragraph("5.7 Program Tambahan Hasil Revisi: Air Bersih, Sanitasi dan Pengentasan Kemiskinan", ss["Heading2"]),
        Paragraph(
            "Menjawab isu strategis RPJMD terbatasnya akses air bersih dan sanitasi layak, masterplan revisi "
            "menambahkan Program Smart Water: sistem pemantauan jaringan air minum perpipaan berbasis sensor "
            "IoT dan aplikasi pelaporan kebocoran, serta perluasan sanitasi berbasis masyarakat dan "
            "perlindungan kawasan mata air. Penanggung jawab: Dinas Pekerjaan Umum dan Perumahan Rakyat. "
            "Target: cakupan air minum layak 85 persen dan sanitasi layak 80 persen pada 2027. Anggaran "
            "Rp 4.500.000.000 tahun 2024-2027.",
            ss["BodyText"],
        ),
        Paragraph(
            "Menjawab isu strategis RPJMD tingginya angka kemiskinan di perdesaan dan kawasan lereng atas, "
            "masterplan revisi menambahkan Program Desa Digital Sejahtera: data terpadu kesejahteraan sosial, "
            "pasar daring hasil kebun petani penggarap dan buruh kebun, serta pelatihan kewirausahaan "
            "digital. Penanggung jawab: Dinas Sosial dan Dinas Pemberdayaan Masyarakat dan Desa. Target: "
            "penduduk miskin turun menjadi 9 persen pada 2027. Anggaran Rp 3.000.000.000 tahun 2024-2027.",
            ss["BodyText"],
        ),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(body)
    pdf, extra = pdfium.PdfDocument(str(src)), pdfium.PdfDocument(buf.getvalue())
    pdf.import_pages(extra)
    out = Path(out_dir) / "masterplan_smart_city_gunung_arum_2023-2027_revisi.pdf"
    pdf.save(str(out))
    pdf.close()
    extra.close()
    return out


@pytest.fixture()
def store(corpus_store, tmp_path) -> Path:
    d = tmp_path / "store"
    shutil.copytree(corpus_store, d)
    return d


def test_decisions_feedback_reports_and_letter(store):
    import docx
    import pypdfium2 as pdfium
    from openpyxl import load_workbook

    from service import Telaah
    from service.workspace import WorkspaceError

    with Telaah(store) as t:
        r = t.review(CITY)
        ws = t.workspace
        assert ws.notes(r).empty() and ws.notes(r).id is None
        g = next(x for x in r.gaps if x.severity == "high")
        with pytest.raises(WorkspaceError) as e:
            ws.decide_gap(r, g, "disagree", "x", user=" ")
        assert e.value.key == "reviewer_needed"
        with pytest.raises(WorkspaceError) as e:
            ws.decide_gap(r, g, "note", "  ", user="Rina")
        assert e.value.key == "note_needed"
        assert ws.decide_gap(r, g, "disagree", "Sudah dijawab di bab 4.", user="Rina")
        assert not ws.decide_gap(r, g, "disagree", "Sudah dijawab di bab 4.", user="Rina")  # no duplicate
        # the RPJMD passage that states the ignored issue, and its page with the passage boxed
        row = next(a for a in r.alignment if a.issue == g.issue)
        ev = ws.issue_passage(r, row)
        assert (
            ev and ev["page"] == row.page and "kemiskinan" in ev["text"].lower() or "air bersih" in ev["text"].lower()
        )
        img = ws.page_image(r.rpjmd.id, ev["page"], t.passage(ev["passage_id"])["text"])
        assert img and img["png"][:8] == b"\x89PNG\r\n\x1a\n" and img["boxes"] >= 2
        # labels: one decision per label; accepting after rejecting replaces it
        pid = ev["passage_id"]
        assert ws.decide_labels(r, pid, {"dimension:governance": "reject"}, user="Rina") == 1
        assert ws.decide_labels(r, pid, {"dimension:governance": "accept"}, user="Rina", note="Label tepat") == 1
        assert ws.decide_labels(r, pid, {"dimension:governance": "accept"}, user="Rina", note="Label tepat") == 0
        with pytest.raises(WorkspaceError):
            ws.decide_labels(r, pid, {}, user="Rina")
        assert ws.set_feedback(r, "overall", "Mohon lengkapi anggaran setiap program.", user="Rina")
        assert ws.set_feedback(r, "environment", "Perkuat program air bersih.", user="Rina")
        n = ws.notes(r)
        assert [x.action for x in n.labels] == ["accept"] and n.labels[0].note == "Label tepat"
        assert n.gaps[0].decision == "disagree" and n.reviewer == "Rina"
        assert len(n.audit) == 5 and {a["user"] for a in n.audit} == {"Rina"}
        assert len(t.reviews(passage_id=pid)) == 2  # the label audit trail (training corrections) too
        # the reports carry the notes
        html = ws.report(r, "html", "id").decode()
        assert "Catatan penelaah" in html and "Mohon lengkapi anggaran" in html and "Label tepat" in html
        assert "Reviewer notes" in ws.report(r, "html", "en").decode()
        pdf = pdfium.PdfDocument(ws.report(r, "pdf", "id"))
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert "Catatan penelaah" in text and "Mohon lengkapi anggaran" in text
        wb = load_workbook(io.BytesIO(ws.report(r, "xlsx", "id")))
        assert "Catatan penelaah" in wb.sheetnames
        # the letter: disagreed gap left out, notes in, DOCX and PDF
        letter = ws.letter_text(r, "id")
        assert "Mohon lengkapi anggaran" in letter and g.text("id") not in letter
        assert "Kekuatan" in letter and "Rekomendasi" in letter and "(RPJMD hal." in letter
        doc = docx.Document(io.BytesIO(ws.letter(r, "docx", "id")))
        assert any("Mohon lengkapi anggaran" in p.text for p in doc.paragraphs)
        assert ws.letter(r, "pdf", "id")[:5] == b"%PDF-"
        assert ws.save_letter(r, letter + "\nCatatan tambahan.", user="Rina")
        assert ws.letter_text(r, "id").endswith("Catatan tambahan.")
        assert ws.set_status(r, "sent", user="Rina") and ws.notes(r).status == "sent"


def test_cli_review_out_writes_the_letter(store):
    from service import Telaah

    with Telaah(store) as t:
        r = t.review(CITY)
        t.workspace.set_feedback(r, "overall", "Catatan dari penelaah untuk surat.", user="Rina")
    out = store.parent / "out"
    res = run_cli("review", CITY, "--store", str(store), "--out", str(out))
    assert res.returncode == 0, res.stderr
    import docx

    letter = out / "surat-umpan-balik-kabupaten-gunung-arum.docx"
    assert letter.is_file() and (out / "telaah-kabupaten-gunung-arum.pdf").is_file()
    assert any("Catatan dari penelaah" in p.text for p in docx.Document(str(letter)).paragraphs)
    assert "Catatan penelaah" in (out / "telaah-kabupaten-gunung-arum.html").read_text(encoding="utf-8")
    res = run_cli("review", CITY, "--store", str(store), "--out", str(out / "en"), "--lang", "en")
    assert res.returncode == 0
    doc = docx.Document(str(out / "en" / "feedback-letter-kabupaten-gunung-arum.docx"))
    assert any(p.text == "Feedback on the Smart-City Masterplan" for p in doc.paragraphs)


def test_draft_to_draft(store, tmp_path):
    from service import Telaah

    with Telaah(store) as t:
        old = t.review(CITY)
        g = next(x for x in old.gaps if x.severity == "high")
        t.workspace.decide_gap(old, g, "agree", "Tambahkan program untuk isu ini.", user="Rina")
    rev = revised_plan(tmp_path)
    assert run_cli("ingest", str(rev), "--store", str(store), "--no-progress", "-q").returncode == 0
    with Telaah(store) as t:
        plans = t.workspace.versions(CITY)
        assert len(plans) == 2 and plans[0].id == old.masterplan.id
        new = t.review(CITY, masterplan=plans[-1].id)
        d = t.workspace.diff(old, new)
    assert len(d.gaps_closed) == 2 and not d.gaps_new
    assert "Terbatasnya akses air bersih dan sanitasi layak" in d.issues_answered
    assert "Smart Water" in d.programmes_added and not d.programmes_removed
    assert [n["note"] for n in d.notes_addressed] == ["Tambahkan program untuk isu ini."]


def test_evidence_never_shows_toc_lines_or_raw_table_headers(store):
    """Gaps, alignment rows and coverage cite body passages only: no table-of-contents entry
    (dot leaders, marked at ingest) and no raw "Kolom: No | Program | ..." line; a table row
    reads "Program: X · OPD: Y"."""
    from review.issues import rubric
    from service import Telaah

    with Telaah(store) as t:
        toc = {r[0] for r in t.store.conn.execute("SELECT id FROM passages WHERE toc = 1")}
        assert len(toc) >= 4  # each sample masterplan has a DAFTAR ISI
        rows_seen = 0
        for city in t.cities():
            r = t.review(city)
            ev = [x for d in r.coverage.values() for x in d.evidence]
            ev += [x for d in r.coverage.values() for e in d.elements.values() for x in e.evidence]
            ev += [x for a in r.alignment for x in a.evidence]
            ev += [x for g in r.gaps for x in g.evidence if x.get("passage_id")]
            ev = [x if isinstance(x, dict) else x.to_json() for x in ev]
            assert ev
            for x in ev:
                assert x["passage_id"] not in toc, x
                assert "Kolom:" not in x["text"] and not re.search(r"(\.\s?){4,}", x["text"]), x["text"]
            rows_seen += sum(" · " in x["text"] for x in ev)
            # a TOC entry names a topic; it does not count as a passage that discusses it
            rows = t.store.passages(r.masterplan.id)
            labels = t.store.labels_for([p["id"] for p in rows])
            smin = rubric()["coverage"]["min_label_score"]
            for d, c in r.coverage.items():
                body = [
                    p
                    for p in rows
                    if not p["toc"]
                    and any(x["id"] == d and x["score"] >= smin for x in labels.get(p["id"], {}).get("dimensions", []))
                ]
                assert c.passages == len(body), (city, d)
        assert rows_seen  # table rows are cited, written "Program: X · OPD: Y"
        # the viewer's text: the same reading, highlights moved with it
        p = next(p for p in t.store.passages(r.masterplan.id) if p["kind"] == "table" and "\nKolom: " in p["text"])
        n = len(p["text"])
        shown, spans = t.workspace.readable(p["text"], [(n - 5, n)])
        assert "Kolom:" not in shown and shown[spans[0][0] : spans[0][1]] == p["text"][n - 5 :]


def test_a_table_passage_is_boxed_on_its_page(store):
    """A programme table's passage boxes its caption and, around its rows, the table itself: the
    table box is wider and taller than one line and lies below the caption on the page."""
    from service import Telaah

    with Telaah(store) as t:
        mp = next(d for d in t.documents(kind="masterplan") if d.city == "Kota Tanjung Seruni")
        p = next(p for p in t.store.passages(mp.id) if p["kind"] == "table" and "Program" in p["text"])
        img = t.workspace.page_image(mp.id, p["page_start"], p["text"])
        assert img and img["boxes"] >= 2
        caption, table = img["rects"][0], img["rects"][-1]
        assert table[2] - table[0] > 200 and table[3] - table[1] > 3 * (caption[3] - caption[1])
        assert table[1] >= caption[1]  # below the caption (top-left origin)


def test_a_timeline_event_opens_its_news_passage(store):
    """Each event of a city's timeline leads to the passage of its news item that holds its
    evidence sentence."""
    from service import Telaah

    with Telaah(store) as t:
        tl = t.timeline("Kabupaten Gunung Arum")
        assert tl.events
        for e in tl.events:
            pid = t.workspace.event_passage(e)
            p = t.passage(pid)
            assert p["doc_id"] == e.doc_id
            words = [w for w in e.evidence.text.split() if len(w) > 5][:3]
            assert all(w in p["text"] for w in words), (e.evidence.text[:80], p["text"][:200])
