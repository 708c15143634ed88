"""Make scans: PDF pages rendered to images with scan damage, packed into an image-only PDF
(tests/test_ocr.py, bench/ocr.py)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np


def render(pdf_path: Path | str, pages: list[int] | None = None, dpi: int = 200) -> list:
    """Pages (0-based indices; None: all) of a PDF as grayscale PIL images."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        idx = range(len(pdf)) if pages is None else pages
        out = []
        for i in idx:
            page = pdf[i]
            out.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
        return out
    finally:
        pdf.close()


def damage(
    img,
    *,
    seed: int = 0,
    rotate: float | None = None,
    blur: float = 0.0,
    jpeg: int | None = 65,
    speckle: float = 0.002,
    turn: int = 0,
):
    """Scan damage: a small rotation (degrees; None: random in ±2), blur, speckle (share of
    pixels flipped to black/white), a quarter turn (90/180/270), JPEG at `jpeg` quality."""
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(-2, 2)) if rotate is None else rotate
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if speckle:
        a = np.array(img)
        m = rng.random(a.shape)
        a[m < speckle / 2] = 0
        a[m > 1 - speckle / 2] = 255
        img = Image.fromarray(a)
    if turn:
        img = img.rotate(turn, expand=True)
    if jpeg:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=jpeg)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def image_pdf(images: list, out: Path | str, dpi: int = 200) -> Path:
    """An image-only PDF, one image per page (no text layer)."""
    images = [im.convert("L") if im.mode not in ("L", "RGB") else im for im in images]
    images[0].save(str(out), format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return Path(out)


def scan_pdf(
    src: Path | str,
    out: Path | str,
    *,
    pages: list[int] | None = None,
    dpi: int = 200,
    damaged: bool = True,
    seed: int = 0,
) -> Path:
    imgs = render(src, pages, dpi)
    if damaged:
        imgs = [damage(im, seed=seed + i) for i, im in enumerate(imgs)]
    return image_pdf(imgs, out, dpi)
