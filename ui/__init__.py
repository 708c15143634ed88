"""The Streamlit reviewer app's pages and components (entry: app.py).

One module per page: `library` (Pustaka: upload, status, delete), `review` (Telaah kota: one
city's coverage, gaps, alignment, reports), `search` (Cari), `compare` (Bandingkan: cities side by
side, similar programmes, news timeline). `common` holds what the pages share: the store path,
the words, the cached review, escaping, the passage viewer, evidence rows and gap cards.

The pages call only the service layer (`service.Telaah`); document text is untrusted and is
shown escaped (st.text, dataframes, or HTML built from html.escape'd text with our own tags).
"""
