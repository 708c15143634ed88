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
