"""Plans of the programme gold set (fictional regions, DOKUMEN CONTOH)."""
