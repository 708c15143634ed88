"""Every user-facing word of Telaah in one place, Indonesian first, English second.

The app (`UI`), the reports (`REPORT`), the CLI (`CLI`) and the API read their words here;
severities, statuses, event types, coverage-level colours are defined once. Taxonomy labels
(dimensions, elements, issue categories) are data in models/taxonomy/taxonomy.yaml, and the
coverage-level names in models/review/rubric.yaml.
"""
from __future__ import annotations

SEVERITY = {"id": {"high": "berat", "medium": "sedang", "low": "ringan"},
            "en": {"high": "high", "medium": "medium", "low": "low"}}
STATUS = {"id": {"addressed": "dijawab", "weak": "dijawab lemah", "not_addressed": "tidak dijawab"},
          "en": {"addressed": "addressed", "weak": "weakly addressed", "not_addressed": "not addressed"}}

UI = {
    "id": {
        **SEVERITY["id"], **STATUS["id"],
        "title": "Telaah — telaah masterplan smart city", "nav": "Halaman", "library": "Pustaka dokumen",
        "review": "Telaah kota", "search": "Cari", "compare": "Bandingkan", "lang": "Bahasa", "store": "Penyimpanan",
        "none": "Belum ada dokumen. Unggah dokumen di halaman Pustaka, atau jalankan `telaah ingest PATH`.",
        "upload": "Unggah PDF masterplan / RPJMD atau berita (.pdf, .txt, .md, .html)",
        "upload_help": "Maksimal {mb} MB per file.", "city_opt": "Kota/kabupaten (kosongkan: dideteksi)",
        "kind_opt": "Jenis dokumen", "detect": "(deteksi otomatis)", "ingest": "Proses dokumen",
        "ingesting": "Memproses", "indexing": "Membuat indeks dan label", "done": "Selesai",
        "docs": "Dokumen", "failed": "Gagal diproses", "delete": "Hapus dokumen", "delete_confirm": "Ya, hapus",
        "deleted": "Dokumen dihapus", "city": "Kota/Kabupaten", "kind": "Jenis", "all": "(semua)",
        "passages": "Passage", "page": "hal.", "section": "Bagian", "pick_city": "Pilih kota/kabupaten",
        "no_plan": "Belum ada masterplan untuk daerah ini.", "completeness": "Kelengkapan", "gaps": "Celah", "programmes": "Program", "quick_wins": "Quick win",
        "issues": "Isu RPJMD dijawab", "coverage": "Cakupan dimensi dan elemen", "radar": "Skor enam dimensi",
        "gap_list": "Daftar celah", "evidence": "Bukti", "alignment": "Keselarasan dengan isu strategis RPJMD",
        "matrix": "Matriks isu x dimensi", "unlinked": "Program tanpa kaitan isu RPJMD",
        "viewer": "Penampil passage", "open": "Buka", "labels": "Label", "score": "Skor",
        "reviewer": "Nama penelaah", "accept": "Terima", "reject": "Tolak", "add_label": "Tambah label",
        "comment": "Komentar", "save": "Simpan", "saved": "Tersimpan di jejak audit", "audit": "Jejak audit",
        "export": "Unduh koreksi sebagai data latih (JSONL)", "report": "Unduh laporan",
        "query": "Kata kunci atau pertanyaan (Indonesia atau Inggris)", "mode": "Mode", "year": "Tahun",
        "dimension": "Dimensi", "issue": "Isu", "results": "hasil", "no_results": "Tidak ada hasil.",
        "cities": "Kota/kabupaten yang dibandingkan", "similar": "Program serupa di semua kota",
        "similar_q": "Cari program (mis. e-KTP, air bersih)", "qw_only": "Hanya quick win",
        "timeline": "Linimasa berita", "status": "Status", "checklist": "Tanpa RPJMD: 20 kategori isu dipakai sebagai daftar periksa.",
        "nothing": "Tidak ada.", "pick_passage": "Pilih passage dari daftar celah, keselarasan atau hasil pencarian.",
        "model_labels": "Label dari model", "element": "Elemen", "name": "Nama", "opd": "OPD", "target": "Target",
        "budget": "Anggaran", "missing": "Belum ada", "rubric": "Butir rubrik", "passed": "terpenuhi",
        "failed_item": "belum", "too_big": "terlalu besar", "type_bad": "jenis file tidak didukung",
        "rpjmd_doc": "RPJMD", "masterplan_doc": "Masterplan", "news_none": "Belum ada berita untuk daerah ini.",
        "close": "Tutup",
        # column headers that have always been bilingual in the app (kept as they are)
        "col_title": "judul / title", "col_note": "catatan / note", "col_file": "file", "col_reason": "alasan / reason",
        "col_at": "waktu / at", "col_kind": "jenis / kind", "col_user": "user", "col_action": "aksi / action",
        "col_label": "label", "col_item": "butir / item", "col_weight": "bobot / weight",
        "col_categories": "kategori / categories", "col_date": "tanggal / date", "col_type": "jenis / type",
        "col_news_score": "nilai / score", "lang_switch": "Bahasa / Language", "lang_name_id": "Indonesia",
        "lang_name_en": "English", "abstain": "abstain",
        "plan_items": "Dokumen", "table_passage": "tabel", "passage_unit": "passage",
        "score_trend": "Tren nilai evaluasi smart city per tahun", "awards_per_pillar": "Penghargaan per pilar",
        "col_year": "tahun / year", "col_stage": "tahap / stage", "col_award": "pilar / pillar",
        "col_rank": "peringkat / rank", "col_precision": "ketelitian tanggal / date precision",
        "award_general": "umum", "no_scores": "Belum ada nilai evaluasi yang dikutip berita.",
    },
    "en": {
        **SEVERITY["en"], **STATUS["en"],
        "title": "Telaah — smart-city masterplan review", "nav": "Page", "library": "Document library",
        "review": "City review", "search": "Search", "compare": "Compare", "lang": "Language", "store": "Store",
        "none": "No documents yet. Upload documents on the Library page, or run `telaah ingest PATH`.",
        "upload": "Upload masterplan / RPJMD PDFs or news (.pdf, .txt, .md, .html)",
        "upload_help": "At most {mb} MB per file.", "city_opt": "City/regency (empty: detected)",
        "kind_opt": "Document kind", "detect": "(detect)", "ingest": "Ingest", "ingesting": "Ingesting",
        "indexing": "Indexing and labelling", "done": "Done", "docs": "Documents", "failed": "Failed files",
        "delete": "Delete document", "delete_confirm": "Yes, delete", "deleted": "Document deleted",
        "city": "City/Regency", "kind": "Kind", "all": "(all)", "passages": "Passages", "page": "p.",
        "section": "Section", "pick_city": "Choose a city/regency", "no_plan": "No masterplan for this region yet.",
        "completeness": "Completeness", "gaps": "Gaps",
        "programmes": "Programmes", "quick_wins": "Quick wins", "issues": "RPJMD issues addressed",
        "coverage": "Coverage of dimensions and elements", "radar": "Six-dimension scores", "gap_list": "Gaps",
        "evidence": "Evidence", "alignment": "Alignment with the RPJMD strategic issues",
        "matrix": "Issue x dimension matrix", "unlinked": "Programmes linked to no RPJMD issue",
        "viewer": "Passage viewer", "open": "Open", "labels": "Labels", "score": "Score", "reviewer": "Reviewer name",
        "accept": "Accept", "reject": "Reject", "add_label": "Add label", "comment": "Comment", "save": "Save",
        "saved": "Saved to the audit trail", "audit": "Audit trail",
        "export": "Download corrections as training data (JSONL)", "report": "Download report",
        "query": "Keywords or a question (Indonesian or English)", "mode": "Mode", "year": "Year",
        "dimension": "Dimension", "issue": "Issue", "results": "results", "no_results": "No results.",
        "cities": "Cities to compare", "similar": "Similar programmes in every city",
        "similar_q": "Find programmes (e.g. e-KTP, clean water)", "qw_only": "Quick wins only",
        "timeline": "News timeline", "status": "Status", "checklist": "No RPJMD: the 20 issue categories are used as a checklist.",
        "nothing": "None.", "pick_passage": "Pick a passage from the gaps, the alignment or the search results.",
        "model_labels": "Model labels", "element": "Element", "name": "Name", "opd": "OPD", "target": "Target",
        "budget": "Budget", "missing": "Missing", "rubric": "Rubric items", "passed": "passed",
        "failed_item": "not yet", "too_big": "too large", "type_bad": "unsupported file type",
        "rpjmd_doc": "RPJMD", "masterplan_doc": "Masterplan", "news_none": "No news for this region yet.",
        "close": "Close",
        # column headers that have always been bilingual in the app (kept as they are)
        "col_title": "judul / title", "col_note": "catatan / note", "col_file": "file", "col_reason": "alasan / reason",
        "col_at": "waktu / at", "col_kind": "jenis / kind", "col_user": "user", "col_action": "aksi / action",
        "col_label": "label", "col_item": "butir / item", "col_weight": "bobot / weight",
        "col_categories": "kategori / categories", "col_date": "tanggal / date", "col_type": "jenis / type",
        "col_news_score": "nilai / score", "lang_switch": "Bahasa / Language", "lang_name_id": "Indonesia",
        "lang_name_en": "English", "abstain": "abstain",
        "plan_items": "Document", "table_passage": "table", "passage_unit": "passage",
        "score_trend": "Smart-city evaluation score by year", "awards_per_pillar": "Awards per pillar",
        "col_year": "tahun / year", "col_stage": "tahap / stage", "col_award": "pilar / pillar",
        "col_rank": "peringkat / rank", "col_precision": "ketelitian tanggal / date precision",
        "award_general": "general", "no_scores": "No evaluation score quoted in the news yet.",
    },
}

REPORT = {
    "id": {**SEVERITY["id"], **STATUS["id"], "title": "Laporan Telaah Masterplan Smart City", "city": "Kota/Kabupaten", "masterplan": "Masterplan",
           "rpjmd": "RPJMD", "generated": "Dibuat", "summary": "Ringkasan", "completeness": "Skor kelengkapan",
           "high_gaps": "Celah berat", "gaps": "Celah", "programmes": "Program", "quick_wins": "Quick win",
           "issues": "Isu strategis RPJMD", "coverage": "Cakupan dimensi dan elemen", "dimension": "Dimensi",
           "element": "Elemen", "level": "Tingkat", "score": "Skor", "passages": "Passage",
           "gap_list": "Daftar celah", "severity": "Tingkat", "type": "Jenis", "message": "Penjelasan",
           "evidence": "Bukti", "alignment": "Keselarasan dengan isu strategis RPJMD", "issue": "Isu",
           "categories": "Kategori", "status": "Status", "programmes_list": "Program masterplan",
           "name": "Nama program", "opd": "OPD", "target": "Target", "year": "Tahun", "budget": "Anggaran (Rp)",
           "missing": "Belum ada", "unlinked": "Program yang tidak terkait isu RPJMD", "news": "Linimasa berita",
           "date": "Tanggal", "event": "Peristiwa", "page": "hal.", "none": "Tidak ada.",
           "rubric": "Butir rubrik kelengkapan", "passed": "terpenuhi", "failed": "belum", "checklist": "Tanpa RPJMD: 20 kategori isu "
           "kanonik dipakai sebagai daftar periksa.", "matrix": "Matriks isu x dimensi",
           "note": "Dihasilkan otomatis oleh Telaah; setiap temuan disertai bukti dan nomor halaman untuk diperiksa "
           "penelaah.", "document": "Dokumen", "news_score": "nilai", "quick_win_note": "★ = quick win",
           "sheet_coverage": "Cakupan", "sheet_gaps": "Celah", "sheet_alignment": "Keselarasan",
           "sheet_programmes": "Program", "sheet_news": "Berita", "quick_win_col": "quick win",
           "quick_win_yes": "ya", "news_score_col": "nilai"},
    "en": {**SEVERITY["en"], **STATUS["en"], "title": "Telaah Smart-City Masterplan Review", "city": "City/Regency", "masterplan": "Masterplan",
           "rpjmd": "RPJMD", "generated": "Generated", "summary": "Summary", "completeness": "Completeness score",
           "high_gaps": "High-severity gaps", "gaps": "Gaps", "programmes": "Programmes", "quick_wins": "Quick wins",
           "issues": "RPJMD strategic issues", "coverage": "Coverage of dimensions and elements",
           "dimension": "Dimension", "element": "Element", "level": "Level", "score": "Score", "passages": "Passages",
           "gap_list": "Gaps", "severity": "Severity", "type": "Type", "message": "Explanation", "evidence": "Evidence",
           "alignment": "Alignment with the RPJMD strategic issues", "issue": "Issue", "categories": "Categories",
           "status": "Status", "programmes_list": "Masterplan programmes", "name": "Programme", "opd": "OPD",
           "target": "Target", "year": "Year", "budget": "Budget (Rp)", "missing": "Missing",
           "unlinked": "Programmes linked to no RPJMD issue", "news": "News timeline", "date": "Date",
           "event": "Event", "page": "p.", "none": "None.", "rubric": "Completeness rubric items",
           "passed": "passed", "failed": "not yet",
           "checklist": "No RPJMD: the 20 canonical issue categories are used as a checklist.",
           "matrix": "Issue x dimension matrix", "note": "Generated by Telaah; every finding cites evidence and "
           "page numbers for the reviewer to check.", "document": "Document", "news_score": "score",
           "quick_win_note": "★ = quick win", "sheet_coverage": "Coverage", "sheet_gaps": "Gaps",
           "sheet_alignment": "Alignment", "sheet_programmes": "Programmes", "sheet_news": "News",
           "quick_win_col": "quick win",
           # the English workbook has always said "ya" and "nilai" here (kept so the report does not change)
           "quick_win_yes": "ya", "news_score_col": "nilai"},
}
EVENT = {"id": {"mou": "Penandatanganan MoU", "bintek": "Bimbingan teknis", "evaluation": "Evaluasi",
                "award": "Penghargaan", "launch": "Peluncuran program", "other": "Lainnya"},
         "en": {"mou": "MoU signing", "bintek": "Technical guidance", "evaluation": "Evaluation", "award": "Award",
                "launch": "Programme launch", "other": "Other"}}
LEVEL_COLOURS = {"kuat": "#1a7f37", "cukup": "#4d9a2f", "lemah": "#d4a72c", "disebut": "#e36d2a",
                 "tidak_ada": "#c62828"}
SEV_COLOURS = {"high": "#c62828", "medium": "#e36d2a", "low": "#8a8a8a"}
STATUS_COLOURS = {"addressed": "#1a7f37", "weak": "#d4a72c", "not_addressed": "#c62828"}
SEV_ICON = {"high": ":red[■]", "medium": ":orange[■]", "low": ":gray[■]"}  # Streamlit colour badges (no emoji)
STATUS_ICON = {"addressed": "●", "weak": "◐", "not_addressed": "○"}
LEVEL_SCORE = {"tidak_ada": 0, "disebut": 1, "lemah": 2, "cukup": 3, "kuat": 4}

# the CLI's terminal words (upper case marks what a reviewer must not miss)
CLI = {"id": {"high": "BERAT", "medium": "sedang", "low": "ringan",
              "addressed": "dijawab", "weak": "lemah", "not_addressed": "TIDAK DIJAWAB",
              "review": "Telaah", "no_rpjmd": "tidak ada: daftar periksa 20 kategori", "completeness": "Kelengkapan",
              "gaps": "celah", "coverage": "Cakupan", "gap_list": "Celah", "none": "tidak ada",
              "alignment": "Keselarasan dengan isu strategis RPJMD", "unlinked": "Program tanpa kaitan isu RPJMD"},
       "en": {"high": "high", "medium": "medium", "low": "low",
              "addressed": "addressed", "weak": "weak", "not_addressed": "not addressed",
              "review": "Review", "no_rpjmd": "none: checklist of 20 categories", "completeness": "Completeness",
              "gaps": "gaps", "coverage": "Coverage", "gap_list": "Gaps", "none": "none",
              "alignment": "Alignment with the RPJMD", "unlinked": "Programmes linked to no RPJMD issue"}}


def word(table: dict, key: str, lang: str = "id") -> str:
    """`table[lang][key]`, falling back to Indonesian, then to the key itself."""
    return table.get(lang, {}).get(key) or table["id"].get(key) or key


# -- the reviewer's workspace (decisions, feedback, the letter to the city; issue 17) ------------------
# UI words of the workspace, merged into UI below (new keys only; existing keys keep their words)
WS = {
    "id": {
        "ws_title": "Lembar kerja penelaah", "ws_status": "Status telaah", "ws_draft": "draf",
        "ws_sent": "terkirim", "ws_reviewer_needed": "Isi nama penelaah dulu (di kolom Nama penelaah).",
        "ws_note_needed": "Tulis catatannya dulu: keputusan \"catatan\" perlu teks.",
        "ws_label_needed": "Pilih label dulu.", "ws_bad_decision": "Keputusan tidak dikenal.",
        "ws_bad_status": "Status tidak dikenal.", "ws_conflict": "Label yang sama tidak bisa diterima sekaligus ditolak: {labels}.",
        "ws_nothing_to_save": "Belum ada keputusan atau catatan untuk disimpan.",
        "ws_unchanged": "Tidak ada perubahan: keputusan ini sudah tersimpan.",
        "ws_saved": "Tersimpan.", "ws_decision": "Keputusan penelaah", "ws_agree": "setuju",
        "ws_disagree": "tidak setuju", "ws_note": "catatan", "ws_none": "(belum diputuskan)",
        "ws_gap_note": "Catatan untuk celah ini", "ws_overall": "Umpan balik keseluruhan untuk daerah",
        "ws_dim_feedback": "Umpan balik per dimensi", "ws_save_feedback": "Simpan umpan balik",
        "ws_letter": "Draf surat umpan balik", "ws_letter_help": "Sunting draf surat sebelum diunduh. "
        "Baris yang diawali \"# \" menjadi judul bagian, \"- \" menjadi butir.",
        "ws_letter_save": "Simpan draf surat", "ws_letter_reset": "Susun ulang dari temuan dan catatan",
        "ws_letter_docx": "Unduh surat (DOCX)", "ws_letter_pdf": "Unduh surat (PDF)",
        "ws_label_decisions": "Keputusan label", "ws_label_keep": "(biarkan)",
        "ws_add_labels": "Tambah label (bila model melewatkannya)", "ws_label_note": "Catatan (opsional)",
        "ws_decisions_saved": "{n} keputusan tersimpan.", "ws_audit": "Jejak perubahan lembar kerja",
        "ws_what": "perubahan", "ws_value": "isi", "ws_label_col": "label",
        "ws_decided": "Sudah diputuskan: {d}", "ws_mark_sent": "Tandai sudah dikirim",
        "ws_mark_draft": "Kembalikan ke draf", "ws_versions": "Perubahan dari versi sebelumnya",
        "ws_closed": "Celah tertutup", "ws_new": "Celah baru", "ws_answered": "Isu RPJMD yang kini dijawab",
        "ws_prog_added": "Program ditambahkan", "ws_prog_removed": "Program dihapus",
        "ws_notes_addressed": "Catatan penelaah yang dijawab revisi", "ws_prev_version": "Versi sebelumnya",
        "ws_page_image": "Halaman asli", "ws_prev_page": "◀ Sebelumnya", "ws_next_page": "Berikutnya ▶",
        "ws_download_original": "Unduh dokumen asli", "ws_no_original": "Berkas asli tidak tersimpan; "
        "ditampilkan teks hasil ekstraksi.", "ws_neighbours": "Passage di sekitarnya",
        "ws_issue_source": "Pernyataan isu di RPJMD", "ws_lacks": "belum ada {fields}",
        "ws_programme_gaps": "Program yang datanya belum lengkap", "ws_alignment_col": "Keselarasan",
        "ws_home": "Beranda", "ws_home_intro": "Telaah membantu penelaah Kominfo membaca masterplan smart city "
        "daerah: cakupan enam dimensi, celah beserta buktinya (dengan nomor halaman), keselarasan dengan isu "
        "strategis RPJMD, lalu menyusun catatan dan surat umpan balik untuk daerah.",
        "ws_home_state": "Isi pustaka: {docs} dokumen, {plans} masterplan dari {cities} daerah.",
        "ws_home_next": "Langkah berikutnya", "ws_home_review": "Telaah sebuah kota", "ws_home_upload": "Unggah dokumen",
        "ws_home_empty": "Pustaka masih kosong: mulailah dengan mengunggah masterplan dan RPJMD daerah.",
        "ws_alignment_metric": "Keselarasan RPJMD", "ws_scores_help": "Kelengkapan menilai isi masterplan "
        "menurut butir rubrik; keselarasan menilai seberapa jauh masterplan menjawab isu strategis RPJMD. "
        "Keduanya ditampilkan berdampingan agar tidak ada yang menyesatkan.",
        "ws_open_evidence": "Buka bukti", "ws_choose": "Pilih satu atau lebih", "ws_shown_passage": "Passage yang ditampilkan",
    },
    "en": {
        "ws_title": "Reviewer's worksheet", "ws_status": "Review status", "ws_draft": "draft", "ws_sent": "sent",
        "ws_reviewer_needed": "Enter the reviewer's name first (in the Reviewer name field).",
        "ws_note_needed": "Write the note first: a \"note\" decision needs text.",
        "ws_label_needed": "Pick a label first.", "ws_bad_decision": "Unknown decision.",
        "ws_bad_status": "Unknown status.", "ws_conflict": "The same label cannot be both accepted and rejected: {labels}.",
        "ws_nothing_to_save": "No decision or note to save yet.",
        "ws_unchanged": "No change: this decision is already saved.",
        "ws_saved": "Saved.", "ws_decision": "Reviewer's decision", "ws_agree": "agree",
        "ws_disagree": "disagree", "ws_note": "note", "ws_none": "(not decided)",
        "ws_gap_note": "Note on this gap", "ws_overall": "Overall feedback to the region",
        "ws_dim_feedback": "Feedback per dimension", "ws_save_feedback": "Save feedback",
        "ws_letter": "Draft feedback letter", "ws_letter_help": "Edit the draft before downloading it. "
        "Lines starting with \"# \" become section headings, \"- \" bullet points.",
        "ws_letter_save": "Save letter draft", "ws_letter_reset": "Rebuild from the findings and notes",
        "ws_letter_docx": "Download letter (DOCX)", "ws_letter_pdf": "Download letter (PDF)",
        "ws_label_decisions": "Label decisions", "ws_label_keep": "(leave)",
        "ws_add_labels": "Add labels (the model missed)", "ws_label_note": "Note (optional)",
        "ws_decisions_saved": "{n} decisions saved.", "ws_audit": "Worksheet change log",
        "ws_what": "change", "ws_value": "value", "ws_label_col": "label",
        "ws_decided": "Decided: {d}", "ws_mark_sent": "Mark as sent", "ws_mark_draft": "Back to draft",
        "ws_versions": "Changes from the previous version", "ws_closed": "Gaps closed", "ws_new": "New gaps",
        "ws_answered": "RPJMD issues now addressed", "ws_prog_added": "Programmes added",
        "ws_prog_removed": "Programmes removed", "ws_notes_addressed": "Reviewer notes the revision addresses",
        "ws_prev_version": "Previous version",
        "ws_page_image": "Original page", "ws_prev_page": "◀ Previous", "ws_next_page": "Next ▶",
        "ws_download_original": "Download the original", "ws_no_original": "The original file is not stored; "
        "showing the extracted text.", "ws_neighbours": "Neighbouring passages",
        "ws_issue_source": "The issue as the RPJMD states it", "ws_lacks": "lacks {fields}",
        "ws_programme_gaps": "Programmes with missing data", "ws_alignment_col": "Alignment",
        "ws_home": "Home", "ws_home_intro": "Telaah helps Kominfo reviewers read a region's smart-city "
        "masterplan: coverage of the six dimensions, gaps with their evidence (with page numbers), alignment "
        "with the RPJMD strategic issues, then the reviewer's notes and a feedback letter to the region.",
        "ws_home_state": "Library: {docs} documents, {plans} masterplans from {cities} regions.",
        "ws_home_next": "Next step", "ws_home_review": "Review a city", "ws_home_upload": "Upload documents",
        "ws_home_empty": "The library is empty: start by uploading a region's masterplan and RPJMD.",
        "ws_alignment_metric": "RPJMD alignment", "ws_scores_help": "Completeness scores the masterplan's "
        "content against the rubric items; alignment scores how far it answers the RPJMD strategic issues. "
        "Both are shown side by side so that neither misleads.",
        "ws_open_evidence": "Open evidence", "ws_choose": "Choose one or more", "ws_shown_passage": "Passage shown",
    },
}
for _lg in ("id", "en"):
    for _k, _v in WS[_lg].items():
        UI[_lg].setdefault(_k, _v)

# the reviewer's notes in the reports and the letter to the city
NOTES = {
    "id": {"notes": "Catatan penelaah", "reviewer": "Penelaah", "status": "Status", "draft": "draf",
           "sent": "terkirim", "overall": "Umpan balik keseluruhan", "dimension_feedback": "Umpan balik per dimensi",
           "gap_decisions": "Keputusan atas celah", "label_decisions": "Keputusan atas label",
           "agree": "setuju", "disagree": "tidak setuju", "note": "catatan", "accept": "diterima",
           "reject": "ditolak", "add": "ditambahkan", "gap": "Celah", "decision": "Keputusan",
           "label": "Label", "passage": "Passage", "page": "hal.", "none": "Belum ada catatan penelaah.",
           "updated": "Diperbarui", "sheet": "Catatan penelaah",
           # the letter
           "letter_title": "Umpan Balik atas Masterplan Smart City", "letter_to": "Kepada Yth. Kepala Bappeda {city}",
           "letter_subject": "Perihal: Umpan balik telaah masterplan smart city ({plan})",
           "letter_open": "Dengan hormat, bersama ini kami sampaikan hasil telaah atas dokumen {plan}. "
           "Telaah mencakup enam dimensi smart city, kelengkapan program, dan keselarasan dengan isu strategis "
           "{rpjmd}.",
           "letter_summary": "Ringkasan", "letter_summary_line": "Skor kelengkapan {comp}%, keselarasan dengan "
           "isu RPJMD {align}%; {gaps} celah ({high} berat); {answered} dari {issues} isu strategis RPJMD dijawab; "
           "{progs} program ({qw} quick win).",
           "letter_strengths": "Kekuatan", "letter_strength_line": "Dimensi {dim}: cakupan {level} ({score}%).",
           "letter_no_strengths": "Belum ada dimensi dengan cakupan cukup atau kuat.",
           "letter_gaps": "Celah menurut tingkat", "letter_issues": "Isu strategis RPJMD yang belum dijawab",
           "letter_issue_line": "{issue} (RPJMD hal. {page})", "letter_notes": "Catatan penelaah",
           "letter_recs": "Rekomendasi", "letter_rec_gap": "Lengkapi: {gap}",
           "letter_rec_issue": "Tambahkan program yang menjawab isu RPJMD: {issue}",
           "letter_close": "Demikian umpan balik ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu "
           "kami ucapkan terima kasih.", "letter_sign": "Penelaah: {name}",
           "letter_draft_mark": "DRAF", "letter_file": "surat-umpan-balik"},
    "en": {"notes": "Reviewer notes", "reviewer": "Reviewer", "status": "Status", "draft": "draft",
           "sent": "sent", "overall": "Overall feedback", "dimension_feedback": "Feedback per dimension",
           "gap_decisions": "Decisions on gaps", "label_decisions": "Decisions on labels",
           "agree": "agree", "disagree": "disagree", "note": "note", "accept": "accepted",
           "reject": "rejected", "add": "added", "gap": "Gap", "decision": "Decision",
           "label": "Label", "passage": "Passage", "page": "p.", "none": "No reviewer notes yet.",
           "updated": "Updated", "sheet": "Reviewer notes",
           "letter_title": "Feedback on the Smart-City Masterplan", "letter_to": "To the Head of Bappeda, {city}",
           "letter_subject": "Subject: review of the smart-city masterplan ({plan})",
           "letter_open": "We send you the results of our review of {plan}. The review covers the six "
           "smart-city dimensions, the completeness of the programmes and the alignment with the strategic "
           "issues of {rpjmd}.",
           "letter_summary": "Summary", "letter_summary_line": "Completeness {comp}%, alignment with the RPJMD "
           "issues {align}%; {gaps} gaps ({high} high); {answered} of {issues} RPJMD strategic issues addressed; "
           "{progs} programmes ({qw} quick wins).",
           "letter_strengths": "Strengths", "letter_strength_line": "Dimension {dim}: coverage {level} ({score}%).",
           "letter_no_strengths": "No dimension has adequate or strong coverage yet.",
           "letter_gaps": "Gaps by severity", "letter_issues": "RPJMD strategic issues not yet addressed",
           "letter_issue_line": "{issue} (RPJMD p. {page})", "letter_notes": "Reviewer notes",
           "letter_recs": "Recommendations", "letter_rec_gap": "Complete: {gap}",
           "letter_rec_issue": "Add programmes that answer the RPJMD issue: {issue}",
           "letter_close": "Thank you for your attention and cooperation.", "letter_sign": "Reviewer: {name}",
           "letter_draft_mark": "DRAFT", "letter_file": "feedback-letter"},
}
FIELD_WORDS = {"id": {"target": "target", "year": "tahun", "budget": "anggaran", "opd": "OPD"},
               "en": {"target": "target", "year": "year", "budget": "budget", "opd": "agency"}}
