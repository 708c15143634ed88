"""Text sources: .txt, .md and .html (news pages, Markdown conversions of plans).

Produces the same item stream as the PDF parser (lines, heading hints, breaks,
tables), so `ingest.structure.assemble` builds sections and blocks for every format.
News pages lose their web boilerplate (ad banners, "Baca Juga", share buttons,
comment forms, bylines); the headline becomes the title; the dateline city and the
dates written "Selasa (21/6/2022)" or "Kamis (2/6)" are parsed into metadata.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml

from .errors import IngestError
from .records import Break, HeadingHint, Line, ParsedDocument, TableData
from .safeyaml import MAX_YAML_BYTES, UnsafeYAML, load_untrusted

# ---------------------------------------------------------------------------------------
# decoding


NOT_TEXT = "not a text file (binary content)"
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# C0 control characters that do not occur in text (tab, newlines, form feed and the DOS end-of-file
# mark do); a text with more than 1% of them (random bytes: 11%) is binary
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 26)) + b"\x7f"
_HIGH_BYTES = bytes(range(128, 256))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f\ufffe\uffff]")


def _binary() -> IngestError:
    return IngestError(NOT_TEXT, code="binary")


def _too_many_controls(n_controls: int, n: int) -> bool:
    return n_controls > max(2, 0.01 * n)


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-32 / UTF-16 without a BOM, from where the NUL bytes are (text is mostly ASCII or
    Latin: one non-zero byte per code unit)."""
    n = len(sample) // 4 * 4
    if n < 8:
        return None
    zeros = [sample[k:n:4].count(0) / (n // 4) for k in range(4)]
    if zeros[0] < 0.2 and min(zeros[1:]) > 0.9:
        return "utf-32-le"
    if zeros[3] < 0.2 and min(zeros[:3]) > 0.9:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if even < 0.1 and odd > 0.6:
        return "utf-16-le"
    if odd < 0.1 and even > 0.6:
        return "utf-16-be"
    return None


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """Text in UTF-32 or UTF-16 (with a BOM, or recognised by its NUL pattern); None if not."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            if enc == "utf-8":
                return None
            body = data[len(bom) :]
            break
    else:
        enc = _wide_encoding(data[:4096])
        if enc is None:
            return None
        body = data
    try:
        return body.decode(enc), enc
    except UnicodeDecodeError:
        raise _binary() from None


def _decode_narrow(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else cp1252 (when the bytes look like a Latin text: few
    bytes over 127), else a detected codec; bytes no codec reads as text are refused."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if len(sample) - len(sample.translate(None, _HIGH_BYTES)) <= 0.3 * len(sample):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - a detector failure: latin-1 reads any byte
        return data.decode("latin-1"), "latin-1"
    if best is None:
        raise _binary()
    return str(best), best.encoding


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file: UTF-32/UTF-16 (BOM or NUL pattern), UTF-8 (with or without BOM),
    cp1252, else a detected codec.  Bytes that are not text (NULs, control characters:
    random or binary data) are refused with code `binary`."""
    wide = _decode_wide(data)
    if wide is None:
        sample = data[:65536]
        if b"\x00" in sample or _too_many_controls(
            len(sample) - len(sample.translate(None, _CONTROL_BYTES)), len(sample)
        ):
            raise _binary()
        text, enc = _decode_narrow(data)
    else:
        text, enc = wide
    head = text[:65536]
    if _too_many_controls(len(_CONTROL_CHARS.findall(head)), len(head)):
        raise _binary()
    return text, enc


# ---------------------------------------------------------------------------------------
# news boilerplate

BOILERPLATE_LINE = re.compile(
    r"""^(?:
        .*\bbanner\s*\d{2,4}\s*[x×]\s*\d{2,4}.* |                     # banner 468x60
        banner(?:\s+\w+){0,5} |                                      # an ad slot's name "Banner Berdiri Dalam Berita 2"
        (?:iklan|advertisement|advertisment|sponsored|scroll\s+to\s+continue.*|gulir\s+untuk.*) |
        skip\s+to\s+(?:content|main|sidebar|footer|navigation)\b.* |     # "Skip to content Skip to sidebar ..."
        scroll\s+(?:untuk|to)\s+(?:baca|membaca|read|continue)\b.* |     # "Scroll untuk baca artikel"
        (?:previous|next|prev)\s+arrow | oleh | by |                      # slider arrows, a byline label alone
        sebarkan\s+(?:artikel|berita)(?:\s+ini)?\s*:? |
        baca\s+(?:juga|pula)\b.* |                                   # Baca Juga : ...
        (?:aa\s+)?read\s+(?:next|also)\b.* |                          # "Aa Read Next : <another story>"
        [•·\s]*[a-z]+(?:_[a-z]+)+ |                                   # an icon-font ligature "light_mode"
        get\s+(?:the\s+)?app | header\s+img | download\s+(?:aplikasi|app)\b.{0,40} |
        bacaan\s+lainnya | simak\s+(?:juga\s+)?(?:berita|video|artikel|selengkapnya|informasi)\b.{0,80} |
        (?:berita|artikel)\s+selengkapnya\b.{0,60} |
        [\w.\-]+(?:\s+[\w.\-]+){0,3}\s+video | video\s+pilihan\b.* |       # "<Situs> Video"
        (?:halaman\s*:?\s*)?\d{1,2}(?:\s+\d{1,2}){1,9}(?:\s+(?:next|selanjutnya|»|›))? |   # page numbers "1 2"
        [\w\-()]+\.(?:jpe?g|png|webp|gif|bmp) | (?:img|dsc|wa|whatsapp[\s_-]image)[\s_-]?\d[\w\s\-.]{0,40} |
        blog-img | (?:ist|dok|foto|doc)\.?\s*(?:ist(?:imewa)?|istimewa)\.? |
        bagikan(?:\s+(?:artikel|berita)(?:\s+ini)?)?\s*:?(?:\s+(?:konten\s+di\s+bawah\s+ini\b.*))? |
        (?:bagikan|share)\s+(?:ke|kepada|to)\s+(?:teman|kawan|friends?)\s*:? |                 # "Bagikan Ke Teman"
        konten\s+di\s+bawah\s+ini\s+disajikan\b.* |
        (?:berita|artikel|postingan)\s+(?:terkait|lainnya|terbaru|populer)\b.* |
        (?:related\s+posts?|you\s+may\s+also\s+like|read\s+more|selengkapnya)\b.* |
        (?:bagikan|share|tweet|sebarkan|kirim)(?:\s+(?:ini|artikel|berita|this|on|ke))?\s*:?\s*
            (?:(?:facebook|twitter|x|whatsapp|wa|telegram|line|email|linkedin|pinterest|copy\s*link|salin\s*(?:tautan|link))[\s,|/•]*)* |
        (?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|copy\s*link|salin\s*tautan)(?:[\s,|/•]+(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|copy\s*link|salin\s*tautan))* |
        (?:tags?|tagar|kategori|category|categories|posted\s+in|filed\s+under|label)\s*:.* |
        (?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x|times)? |
        (?:copyright|hak\s+cipta|©).* |
        .*\ball\s+rights\s+reserved.* |
        (?:share\s+this|like\s+this|loading\.*|suka\s+ini)\s*:?\s* |
        (?:previous|next|sebelumnya|selanjutnya|berikutnya)(?:\s*(?:post|artikel|berita))?\s*(?:[:»›>]\s*.{0,100})? |
        (?:home|beranda)\s*[»>›/].* |
        follow\s+(?:us|kami)\b.* | ikuti\s+kami\b.* |
        (?:klik|click)\s+(?:di\s*)?(?:sini|here)\b.* |
        [^|]{1,30}(?:\s*\|\s*[^|]{1,30}){2,} |                       # menu bars "Beranda | Berita | ..."
        (?:tentang\s+kami|redaksi|pedoman\s+media\s+siber|kontak|kebijakan\s+privasi)\b.{0,80} |
        # share bars written out: "Share on Facebook Share on Twitter", "Bagikan ke: WhatsApp | Facebook"
        (?=.*\b(?:bagikan|share|shares|tweet|facebook|twitter|whatsapp|telegram|linkedin|pinterest)\b)
        (?:(?:bagikan|share|shares|tweet|sebarkan|kirim|on|ke|via|this|ini|artikel|berita|facebook|twitter|x|
            whatsapp|wa|telegram|line|email|linkedin|pinterest|copy|salin|link|tautan|[\d.,]+[kK]?)[\s,|/•:]*){2,} |
        (?:ikuti|follow|gabung(?:lah)?|bergabung|dapatkan)\b.{0,120}
            \b(?:google\s+news|telegram|whatsapp|channel|saluran|instagram|tiktok|youtube)\b.{0,60} |
        artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat)\b.* |
        (?:lihat|tonton|saksikan)\s+(?:juga|foto|video)\b.{0,100} |
        halaman\s+(?:selanjutnya|berikutnya|sebelumnya)\b.{0,40} |
        (?:advertisement|adv|iklan)\s*[)(.]*|\(\s*(?:adv|advertorial|ads?)\s*\) |
        [\w\-]+\.(?:com|co\.id|id|net|news)\s*/\s*[\w .'’-]{2,40}        # photo credit "situs.com/nama"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
RELATED_START = re.compile(
    r"^(?:berita\s+(?:terkait|lainnya|terkini|terbaru|populer)|artikel\s+terkait|terpopuler|"
    r"populer|trending|baca\s+juga|related\s+posts?|most\s+read)\s*:?\s*$",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s+\S")
COMMENT_START = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|tinggalkan\s+(?:balasan|komentar|a\s+reply)|(?:\d+\s+)?komentar\s*$|"
    r"(?:\d+\s+)?comments?\s*$|tulis\s+komentar|beri\s+komentar|add\s+a\s+comment)",
    re.IGNORECASE,
)
COMMENT_FORM_LINE = re.compile(
    r"^(?:your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*|"
    r"alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan.*|ruas\s+yang\s+wajib\s+ditandai.*|"
    r"(?:comment|komentar|name|nama|email|website|situs\s+web)\s*\*?\s*:?|"
    r"save\s+my\s+name.*|simpan\s+nama\s+saya.*|post\s+comment|kirim\s+komentar|"
    r"cancel\s+reply|batalkan\s+balasan)$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\(?\s*(sumber|penulis|editor|foto|pewarta|reporter|redaktur|fotografer|kontributor|teks|"
    r"source|writer|author|photo)\s*[:：]\s*(.{0,120}?)\s*\)?$",  # "Pewarta :" with its name on the next line
    re.IGNORECASE,
)
PHOTO_CAPTION = re.compile(
    r"(?:\(\s*(?:foto|dok|ist)\b[^)]{0,60}\)|\bfoto\s*:\s*[\w./ ]{1,40}|\(\s*ist\s*\)|"
    r"\bdok\.\s*[\w ]{1,30}|"
    # a wire photo credit ending the line: "(ANTARA/Edo Purmana/23)", "(ANTARA FOTO/Name)"
    r"\(\s*antara(?:\s+foto)?\s*/[^)]{1,60}\)|"
    # or after a slash with the photographer after a hyphen: "... Senin (14/11)./Antara-Nama Fotografer"
    r"[./]\s*/\s*(?:antara|reuters|bisnis|jibi)(?:\s+foto)?\s*[-–]\s*[A-Z][\w.' ]{2,50}|"
    # or a credit after a bar: "Kabid ... Kota Metro, Andi Setiyono. | Anggi/Jejamo.com"
    r"\|\s*[\w .]{1,30}/\s*[\w.-]+\.(?:com|id|co\.id|net|news))\s*\.?\s*$",
    re.IGNORECASE,
)
# a caption line that starts with its label: "Foto: Bupati ... (14/8/2018).", "FOTO/ANTARA: ..."
LEAD_CAPTION = re.compile(
    r"^(?:foto|photo|keterangan\s+foto|ket\.?\s*\[\s*foto\s*\]|ket\.?\s+foto|caption|ilustrasi)"
    r"\s*(?:/\s*[\w .]{1,30})?\s*[:|]\s*\S",
    re.I,
)
INLINE_BYLINE = re.compile(r"\(\s*(?:foto|sumber)\s*:\s*[^)]{1,80}\)", re.IGNORECASE)

DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "aug": 8,
    "oct": 10,
    "dec": 12,
    "mai": 5,
}
WEEKDAY_DATE = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*,?\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?\s*\)",
    re.IGNORECASE,
)
# month names as news sites print them (Indonesian, English, abbreviations)
MONTH_WORDS = (
    "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|"
    "January|February|March|May|June|July|August|October|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Aug|Sept|Sep|Okt|Oct|Nov|Des|Dec"
)
LONG_DATE = re.compile(
    r"\b(?:(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*,\s*)?(\d{1,2})\s+"
    r"(" + MONTH_WORDS + r")\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
NUM_DATE = re.compile(r"(?<![\w./-])(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)\b")
# "TEGAL –", "KANIGARAN -", "NUSA PERMAI, (Kamis 2/6) –", "Jakarta (ANTARA) -"
DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'.]+(?:[ \-][A-Z][A-Z'.]+){0,3})\s*(?:,\s*[^–—\-]{0,40}?)?\s*(?:\([A-Za-z ]{2,20}\))?\s*[–—\-]{1,2}\s+(?=\S)"
)


# a news date outside these years is a typo ("10/5/3017"), not a date
PLAUSIBLE_YEARS = range(1945, 2101)


def _date(y: int, m: int, d: int) -> dt.date | None:
    if y not in PLAUSIBLE_YEARS:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None, context_years: list[int]) -> list[dict]:
    """Dates in the text; a weekday date without a year takes the year from context
    (the publication date, else the years mentioned), preferring a year whose weekday matches."""
    out = []
    for m in WEEKDAY_DATE.finditer(text):
        day, mon, yr = int(m.group(2)), int(m.group(3)), m.group(4)
        wd = DAYS.get(m.group(1).lower().replace("’", "'"), DAYS.get(m.group(1).lower().replace("'", "")))
        inferred = False
        if yr:
            y = int(yr)
            y = y + 2000 if y < 100 else y
        else:
            inferred = True
            cands = ([published.year, published.year - 1] if published else []) + context_years
            y = None
            for c in dict.fromkeys(cands):
                d0 = _date(c, mon, day)
                if d0 and d0.weekday() == wd and (published is None or d0 <= published + dt.timedelta(days=7)):
                    y = c
                    break
            if y is None and cands:
                y = cands[0]
        d0 = _date(y, mon, day) if y else None
        out.append(
            {"text": m.group(0), "offset": m.start(), "date": d0.isoformat() if d0 else None, "year_inferred": inferred}
        )
    for m in LONG_DATE.finditer(text):
        d0 = _date(int(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(2)))
        if d0:
            out.append({"text": m.group(0), "offset": m.start(), "date": d0.isoformat(), "year_inferred": False})
    out.sort(key=lambda r: r["offset"])
    return out


def _parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
    return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _first_date(lines: list[str]) -> dt.date | None:
    """A publication date near the top of a page: '21 Juni 2022', '21/06/2022'."""
    for l in lines[:15]:
        m = LONG_DATE.search(l)
        if m:
            return _date(int(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(2)))
        m = NUM_DATE.search(l)
        if m:
            return _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


PUB_LABEL = re.compile(
    r"\b(?:diposting|dipublikasikan|diterbitkan|terbit|posted|published|dipublish|tanggal|"
    r"updated|diperbarui)\b",
    re.IGNORECASE,
)
PUB_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:WIB|WITA|WIT)\b|\|")
DATED_DATELINE = re.compile(r"^[A-Z][\w .,'-]{1,50}?\(\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s*\)")
COPYRIGHT_YEAR = re.compile(
    r"(?:copyright|hak\s+cipta|©)[^\n]{0,80}?\b((?:19|20)\d\d)\b(?![^\n]*\b(?:19|20)\d\d\b)", re.IGNORECASE
)


def publication_line(lines: list[str]) -> tuple[dt.date | None, int | None]:
    """The publication date news sites print: a short line with a date and a label ("Diposting pada :
    21 January 2025") or a time ("Rabu, 28 Desember 2022 18:18 WIB", "16 Mei 2019 | 16.5.19 WIB"), a
    dated dateline ("BINJAI, Situs (15/12/2018) ..."); else only a year, from the copyright line.
    A bare date at the top of a page is a date widget, not the publication date. Of several such lines
    the earliest is the publication: the others are a today's-date widget or an update line."""
    found: list[dt.date] = []
    for l in lines[:60]:
        t = l.strip()
        if not t:
            continue
        d = None
        if len(t) <= 100 and (PUB_LABEL.search(t) or PUB_TIME.search(t)):
            m = LONG_DATE.search(t)
            if m:
                d = _date(int(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(2)))
            m = NUM_DATE.search(t)
            if d is None and m and PUB_LABEL.search(t):
                d = _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = DATED_DATELINE.match(t)
        if d is None and m and len(t) > 60:
            d = _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d and not found:
                return d, d.year  # a dated dateline opens the story: nothing after it is a page line
        if d:
            found.append(d)
    if found:
        first = min(found)
        return first, first.year
    for l in lines:
        m = COPYRIGHT_YEAR.search(l)
        if m:
            return None, int(m.group(1))
    return None, None


# a line that is only a date (and weekday, time, zone): the page's date or a widget, read by
# publication_line() from the raw lines; in the text it would pass for the story's date
PAGE_DATE_LINE = re.compile(
    r"^[-•·*\s]*(?:[a-z]+(?:_[a-z]+)+\s+)?"  # an icon-font ligature before it: "• calendar_month Rab, 25 Nov 2020"
    r"(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|sen|sel|rab|kam|jum|sab|min)\.?\s*,?\s*)?\d{1,2}\s+(?:" + MONTH_WORDS + r")\.?\s+(?:19|20)\d\d"
    r"(?:\s*[|,·-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?)?\s*$",
    re.IGNORECASE,
)


def clean_news_lines(lines: list[str], meta: dict) -> tuple[list[str], int]:
    """Blank out boilerplate lines (one output per input line, "" when dropped);
    collect bylines into meta. Returns (kept, n_removed)."""
    kept: list[str] = []
    removed = 0
    in_comments = False
    in_related = False
    for raw in lines:
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        if RELATED_START.match(line):
            in_related = True  # "Berita Terkait" / "Terpopuler": drop it and the list below it
            removed += 1
            kept.append("")
            continue
        if in_related and LIST_ITEM.match(line):
            removed += 1
            kept.append("")
            continue
        in_related = False
        if in_comments or COMMENT_START.match(line):
            in_comments = True
            removed += 1
            kept.append("")
            continue
        b = BYLINE.match(line)
        if b:
            meta.setdefault("byline", {})[b.group(1).lower()] = b.group(2).strip()
            meta["n_bylines"] = meta.get("n_bylines", 0) + 1
            kept.append("")
            continue
        if BOILERPLATE_LINE.match(line) or COMMENT_FORM_LINE.match(line):
            removed += 1
            kept.append("")
            continue
        if PAGE_DATE_LINE.match(line):
            kept.append("")  # "- Kamis, 26 Desember 2024 | 17:13 WIB": a page's date, not the story's (not counted)
            continue
        if (PHOTO_CAPTION.search(line) or LEAD_CAPTION.match(line)) and len(line.split()) <= 45:
            removed += 1  # a photo caption: "Bupati ... meresmikan ... (Foto: Humas)", "... Foto: Ist"
            kept.append("")
            continue
        kept.append(INLINE_BYLINE.sub("", line).strip())
    return kept, removed


SITE_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'&]+(?:[ ,]+[A-Z][\w.'&]*){0,4}\s*(?:\([A-Za-z .]{2,20}\))?\s*[–—-]{1,2}\s*[A-Z\"“]"
)
SPEECH = re.compile(
    r"\b(?:ujar(?:nya)?|katanya|ungkap(?:nya)?|jelas(?:nya)?|tutur(?:nya)?|terang(?:nya)?|"
    r"imbuh(?:nya)?|tambah(?:nya)?|sebut(?:nya)?|papar(?:nya)?|kata\s+[A-Z])\b[,.]?",
    re.IGNORECASE,
)
PLANNING_DOC = re.compile(
    r"\b(RPJMN|RPJMD|RPJPD|RPJPN|RKPD|RKP|Renstra|Rencana\s+Pembangunan|Rencana\s+Induk"
    r"|Masterplan|Prioritas\s+Nasional|Arah\s+Kebijakan)\b",
    re.IGNORECASE,
)


def looks_like_news(lines: list[str], removed: int, n_bylines: int) -> bool:
    """Short web text: a dateline or weekday date at the top, or web boilerplate removed.

    Boilerplate alone does not make a long planning document news (a Markdown export of a
    plan has "tags:" lines and "Sumber :" lines under its tables): text longer than a news
    story, or one full of planning-document terms, needs a dateline or a weekday date."""
    total = sum(len(l) for l in lines)
    if total > 60000:
        return False
    head = "\n".join(l for l in lines[:15] if l)
    dateline = bool(DATELINE.match(next((l for l in lines if len(l) > 60), "")))
    if dateline or WEEKDAY_DATE.search(head):
        return True
    # a short story (a news excerpt about a masterplan names "masterplan" often): a site dateline
    # ("Sampit (ANTARA) -", "Kab. Pekalongan, Ditjen Aptika –"), a weekday date, or reported speech
    body = "\n".join(lines)
    if total < 12000 and not re.search(r"^\s*BAB\s+[IVX]+\b", body, re.MULTILINE):
        speech = len(SPEECH.findall(body))
        if (
            speech >= 2
            or re.search(
                r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*,?\s*\(\d{1,2}(?:-\d{1,2})?/\d{1,2}", body
            )
            or any(SITE_DATELINE.match(l) for l in lines[:40] if len(l) > 60)
        ):
            return True
    planning = len(PLANNING_DOC.findall(body[:30000]))
    if total > 20000 or planning >= 5:
        return False
    return removed >= 2 or (n_bylines >= 2 and removed >= 1)


def news_metadata(doc: ParsedDocument, body_lines: list[str], published: dt.date | None) -> None:
    """Dateline city, dates, publication date."""
    first = next((l for l in body_lines if len(l) > 60), "")
    m = DATELINE.match(first)
    if m:
        doc.meta["dateline"] = m.group(1).strip().title()
    text = "\n".join(body_lines)
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text)]
    context_years = sorted(set(years), key=lambda y: -years.count(y))
    dates = find_dates(text, published, context_years)
    if published is None:
        explicit = [d for d in dates if d["date"] and not d["year_inferred"]]
        if explicit:
            published = _parse_iso(explicit[0]["date"])
            dates = find_dates(text, published, context_years)
    doc.meta["dates"] = dates[:20]
    if published:
        doc.meta["published"] = published.isoformat()
    elif dates and dates[0]["date"] and not dates[0]["year_inferred"]:
        doc.meta["published"] = dates[0]["date"]


# ---------------------------------------------------------------------------------------
# HTML

SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
    "input",
    "template",
    "head",
    "figure",
    "img",
    "video",
    "audio",
    "canvas",
    "object",
}
SKIP_ATTR = re.compile(
    r"(^|[\s_-])(share|sharing|social|sosmed|comment|komentar|respond|related|terkait|sidebar|widget|menu|navbar|nav|"
    r"breadcrumb|banner|ads?|advert\w*|iklan|promo|newsletter|subscribe|popup|modal|cookie|footer|header|tags?|"
    r"pagination|author-box|meta-share)($|[\s_-])",
    re.IGNORECASE,
)
CONTENT_ATTR = re.compile(
    r"(entry-content|post-content|article-(?:body|content)|content-detail|detail-(?:text|content|berita)|"
    r"isi-?berita|post-body|story-body|single-content|td-post-content|read__content|itemFullText)",
    re.IGNORECASE,
)
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "dl",
    "dt",
    "dd",
    "figcaption",
    "body",
    "center",
    "hr",
    "address",
}
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}


def _skip(node) -> bool:
    if node.tag in SKIP_TAGS:
        return True
    attrs = node.attributes or {}
    key = " ".join(str(attrs.get(a) or "") for a in ("class", "id", "role"))
    if attrs.get("role") in ("navigation", "complementary", "banner", "contentinfo"):
        return True
    return bool(key.strip()) and bool(SKIP_ATTR.search(key)) and not CONTENT_ATTR.search(key)


def _norm_ws(s: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", s).strip()


def html_table(node, page: int = 1) -> TableData | None:
    rows: list[list[str]] = []
    for tr in node.css("tr"):
        cells = [_norm_ws(c.text(deep=True, separator=" ")) for c in tr.iter() if c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    width = max(len(r) for r in rows)
    if width < 2 and len(rows) < 2:
        return None
    rows = [r + [""] * (width - len(r)) for r in rows]
    cap = node.css_first("caption")
    return TableData(page, rows[0], rows[1:], caption=_norm_ws(cap.text(deep=True)) if cap else "")


def html_items(root, items: list, page: int = 1) -> None:
    """Walk the DOM in order, emitting lines, heading hints, breaks and tables.

    Iterative (a stack of child iterators), so that any nesting depth is safe: a block
    element ends the current line, its children are walked, and its end ends the line again."""
    buf: list[str] = []

    def flush() -> None:
        t = _norm_ws("".join(buf))
        buf.clear()
        if t:
            items.append(Line(page, t))
            items.append(Break(page))

    stack = [root.iter(include_text=True)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            flush()
            continue
        if _html_node(node, buf, items, page, flush):
            flush()
            stack.append(node.iter(include_text=True))


def _html_node(node, buf: list[str], items: list, page: int, flush) -> bool:
    """Handle one DOM node; True when its children must be walked as a block."""
    tag = node.tag
    if tag == "-text":
        buf.append(node.text(deep=False) or "")
        return False
    if tag in ("-comment", "!doctype") or _skip(node):
        return False
    if tag == "br":
        flush()
        return False
    if tag in HEADING_TAGS:
        flush()
        t = _norm_ws(node.text(deep=True, separator=" "))
        if t:
            items.append(HeadingHint(page, t, HEADING_TAGS[tag]))
        return False
    if tag == "table":
        flush()
        t = html_table(node, page)
        if t is not None:
            items.append(t)
        return False
    # a block element, or an inline element that hides blocks inside: walk its children
    if tag in BLOCK_TAGS or any(c.tag in BLOCK_TAGS for c in node.iter()):
        return True
    buf.append(" " + (node.text(deep=True, separator=" ") or "") + " ")  # inline: joins the current line
    return False


# -- nesting depth: lexbor's tree builder takes time quadratic in the depth (20,000 nested
# <div>: 0.4 s; 200,000: minutes), so elements nested deeper than this are flattened first
MAX_HTML_DEPTH = 256
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID_OR_OPTIONAL = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "  # void
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp caption".split()
)  # end tag optional
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"))


def _html_tags(raw: str):
    """(match, name, is_end) for each tag, in one linear pass; comments and the content of
    <script>, <style> ... are skipped (what they hold is not markup)."""
    pos = 0
    while True:
        i = raw.find("<", pos)
        if i < 0:
            return
        if raw.startswith("<!--", i):
            j = raw.find("-->", i + 4)
            pos = len(raw) if j < 0 else j + 3
            continue
        m = _TAG.match(raw, i)
        if m is None:
            pos = i + 1
            continue
        name, is_end = m.group(2).lower(), bool(m.group(1))
        pos = m.end()
        if not is_end and name in _RAW_TEXT:
            close = re.compile(r"</" + name + r"\s*>", re.IGNORECASE).search(raw, pos)
            pos = len(raw) if close is None else close.end()
            continue
        if name not in _VOID_OR_OPTIONAL and not m.group(3).rstrip().endswith("/"):
            yield m, name, is_end


def flatten_deep_html(raw: str, max_depth: int = MAX_HTML_DEPTH) -> tuple[str, int]:
    """Remove the tags of elements nested deeper than `max_depth` (their text stays), in one
    linear pass over the tags.  Returns (html, number of tags removed)."""
    if raw.count("<") <= max_depth:
        return raw, 0
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    open_count: dict[str, int] = {}
    depth = 0  # kept elements open
    drop: list[tuple[int, int]] = []
    for m, name, is_end in _html_tags(raw):
        if not is_end:
            kept = depth < max_depth
            depth += kept
            if not kept:
                drop.append(m.span())
            stack.append((name, kept))
            open_count[name] = open_count.get(name, 0) + 1
            continue
        if not open_count.get(name):
            continue  # a stray end tag
        while stack:  # close up to the matching start tag (implicitly closing what is inside)
            top, kept = stack.pop()
            open_count[top] -= 1
            depth -= kept
            if top == name:
                if not kept:
                    drop.append(m.span())
                break
    if not drop:
        return raw, 0
    out, pos = [], 0
    for a, b in drop:
        out += [raw[pos:a], " "]
        pos = b
    out.append(raw[pos:])
    return "".join(out), len(drop)


def _meta_content(tree, *selectors: str) -> str:
    for sel in selectors:
        n = tree.css_first(sel)
        if n is not None and (n.attributes.get("content") or n.attributes.get("datetime")):
            return (n.attributes.get("content") or n.attributes.get("datetime") or "").strip()
    return ""


def _published(tree, body) -> dt.date | None:
    """The publication date: page metadata, else the visible date of the article (<time>, a
    "date"/"meta" element), else the first date on the page."""
    published = _parse_iso(
        _meta_content(
            tree,
            'meta[property="article:published_time"]',
            'meta[name="pubdate"]',
            'meta[itemprop="datePublished"]',
            'meta[name="date"]',
            "time[datetime]",
        )
    )
    if published is None:
        published, _ = publication_line(
            [
                _norm_ws(n.text(deep=True, separator=" "))
                for n in body.css("p, div, span, li, time, h2, h3, h4, h5, h6")
                if len(n.text(deep=True)) <= 120
            ][:200]
        )
    for sel in ("time", "[class*=date]", "[class*=meta]", "[class*=time]"):
        if published is not None:
            return published
        for n in tree.css(sel):
            published = _first_date([_norm_ws(n.text(deep=True, separator=" "))])
            if published:
                break
    return published or _first_date([_norm_ws(body.text(deep=True, separator=" "))[:3000]])


def _content_root(body):
    """The article's element (a known content class, itemprop=articleBody, a single <article>), else the body."""
    for n in body.css("article, main, [itemprop=articleBody], div, section"):
        key = " ".join(str((n.attributes or {}).get(a) or "") for a in ("class", "id", "itemprop"))
        if CONTENT_ATTR.search(key) or n.attributes.get("itemprop") == "articleBody":
            return n
    arts = body.css("article")
    return arts[0] if len(arts) == 1 else body


def parse_html(raw: str, doc: ParsedDocument) -> list:
    from selectolax.lexbor import LexborHTMLParser

    raw, flattened = flatten_deep_html(raw)
    if flattened:
        doc.meta["html_tags_flattened"] = flattened
        doc.note(f"HTML nested over {MAX_HTML_DEPTH} levels deep: {flattened} inner tags ignored (their text is kept)")
    tree = LexborHTMLParser(raw)
    og_title = _meta_content(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
    t = tree.css_first("title")
    page_title = _norm_ws(t.text()) if t is not None else ""
    body = tree.body or tree.root
    published = _published(tree, body)
    root = _content_root(body)
    h1 = tree.css_first("h1")
    headline = _norm_ws(h1.text(deep=True, separator=" ")) if h1 is not None else ""
    items: list = []
    if headline and (root is body or not root.css_first("h1")):
        items.append(HeadingHint(1, headline, 1))
    html_items(root, items)
    title = headline or og_title or re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]+$)", page_title)[0]
    if title:
        doc.meta["headline"] = title
    if published:
        doc.meta["published"] = published.isoformat()
    return _clean_items(items, doc, published, html=True)


def _clean_items(items: list, doc: ParsedDocument, published: dt.date | None, html: bool) -> list:
    # a "Leave a Reply" / "Komentar" heading: everything after it is the comment form
    for i, it in enumerate(items):
        if isinstance(it, HeadingHint) and COMMENT_START.match(it.text):
            items = items[:i]
            doc.meta["comment_section_removed"] = True
            break
    lines = [it.text for it in items if isinstance(it, Line)]
    scratch: dict = {}
    kept, removed = clean_news_lines(lines, scratch)
    is_news = (
        html or doc.meta.get("kind_hint") == "news" or looks_like_news(lines, removed, scratch.get("n_bylines", 0))
    )
    if is_news:
        doc.meta.update(scratch)
        removed += scratch.get("n_bylines", 0)
    else:  # a plan or report: keep every line ("Sumber: BPS" under a table is content)
        kept, removed = list(lines), 0
    doc.meta["boilerplate_lines_removed"] = removed
    out: list = []
    k = iter(kept)
    for it in items:
        if isinstance(it, Line):
            t = next(k)
            if t:
                out.append(Line(it.page, t))
            elif out and not isinstance(out[-1], Break):
                out.append(Break(it.page))
        elif isinstance(it, HeadingHint) and BOILERPLATE_LINE.match(it.text):
            continue
        else:
            out.append(it)
    if is_news and not html:
        out = _text_news_headline(out, doc)
    if is_news:
        doc.meta["is_news"] = True
        body = [it.text for it in out if isinstance(it, Line)]
        if published is None:
            published, year = publication_line(lines)
            if year and not published:
                doc.meta["published_year"] = year
        news_metadata(doc, body, published)
    return out


CAPTION = re.compile(
    r"\((?:foto|photo|dok|ist)\b|\bfoto\s*:|\b(?:saat|usai|ketika|sewaktu|seusai|didampingi)\s+\w+|"
    r"^(?:foto|dok|ilustrasi)\b",
    re.IGNORECASE,
)
NOT_HEADLINE = re.compile(
    r"^(?:beranda|home|detail\s+berita|berita|news|laporan\s+wartawan|oleh\s|penulis|editor|reporter|wartawan|"
    r"pewarta|redaktur|kategori|diposting|posted|published|dipublikasikan|ia|dia|mereka|hal\s+itu|dalam|menurut|"
    r"sementara|selain|adapun|sedangkan|kegiatan\s+(?:ini|tersebut))\b|\.(?:com|co\.id|id|net|org)\b|"
    r"\b(?:berita\s+terkini|portal\s+berita|situs\s+berita)\b|[\w\-]+\.(?:jpe?g|png|webp|gif)$",
    re.IGNORECASE,
)
HONORIFIC_NAME = re.compile(r"\b(?:H|Hj|Drs|Dr|Ir|Prof)\.\s|,\s*S\.(?:Sos|H|E|T|Pd|Kom|STP|IP)\b")


def _is_headline(t: str) -> bool:
    words = t.split()
    return (
        4 <= len(words) <= 30
        and not t.endswith((",", ":", ";"))
        and t[:1].isupper()
        and not (LONG_DATE.search(t) and len(t) < 70)
        and not NUM_DATE.search(t)
        and not CAPTION.search(t)
        and not NOT_HEADLINE.search(t)
        and not (PUB_TIME.search(t) and len(words) < 8)
        and not (len(words) <= 6 and re.search(r"\s[–—-]\s", t))
        and not (HONORIFIC_NAME.search(t) and len(words) <= 8)
        and not (t.endswith(".") and (len(words) > 20 or ". " in t[:-1]))
        and not DATELINE.match(t)
    )


def _split_site_title(t: str) -> str:
    """ "Judul | SITUS.com - Berita Terkini": the part before the site name."""
    parts = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[A-Z0-9.]*\.(?:com|id|co\.id|net)\b|Berita\b)", t)
    return parts[0].strip() if len(parts) > 1 and len(parts[0].split()) >= 4 else t


# a dateline closed by a full stop, in a text wrapped at 70-80 characters: "SAMARINDA. Pemerintah Kota ..."
DOT_DATELINE = re.compile(r"^[A-Z]{4,}(?:[ \-][A-Z]{2,}){0,2}\.\s+[A-Z][a-z]")


def _text_news_headline(items: list, doc: ParsedDocument) -> list:
    """Plain-text news: the headline is the title-like line above the dateline paragraph (or the
    first long paragraph), skipping captions ("... saat ...", "(Foto: ...)"), bylines, publication
    lines, breadcrumbs and site names; the site masthead and menu above it are dropped."""
    lines = [i for i, it in enumerate(items) if isinstance(it, Line)]
    start = next(
        (
            i
            for i in lines
            if len(items[i].text) > 60 and (DATELINE.match(items[i].text) or DOT_DATELINE.match(items[i].text))
        ),
        None,
    )
    if start is None:
        start = next((i for i in lines if len(items[i].text) > 100), None)
        if start is not None and start == lines[0] and _is_headline(_split_site_title(items[start].text)):
            # the text opens with a long headline ("Kembali Ukir Prestasi, Pemkot ... Di Provinsi Jambi"):
            # the first paragraph is the next long line
            start = next((i for i in lines if i > start and len(items[i].text) > 100), None)
            if start is None:
                return items
    if start is None:
        return items
    above = [j for j in lines if j < start]

    def key(j: int) -> str:  # a caption printed twice, once with its credit: "... dunia /www.situs.com"
        return re.sub(r"\s*/\s*\S+$|[.\s]+$", "", items[j].text.strip()).lower()

    key_of = {j: key(j) for j in above}
    keys = list(key_of.values())
    repeated = {k for k in keys if keys.count(k) > 1 or any(o != k and o.startswith(k) for o in keys)}
    unrepeated_heads = [
        j for j in above if key_of[j] not in repeated and _is_headline(_split_site_title(items[j].text))
    ]
    for n, i in enumerate(reversed(above)):
        t = _split_site_title(items[i].text)
        if key_of[i] in repeated and any(j < i for j in unrepeated_heads):
            continue  # a photo caption or standfirst repeated under the headline
        if _is_headline(t):
            # a headline with a subheadline under it: the line above is the headline
            k = len(above) - 1 - n
            up = _split_site_title(items[above[k - 1]].text) if k > 0 else ""
            if k > 0 and _is_headline(up) and not up.endswith(".") and k - 1 <= 2:
                i = above[k - 1]
                t = _split_site_title(items[i].text)
            # a headline printed twice (breadcrumb, then the title): the first of the two
            doc.meta["headline"] = t
            doc.meta["masthead_lines_removed"] = sum(1 for j in lines if j < i)
            return [HeadingHint(items[i].page, t, 1)] + [
                it for k, it in enumerate(items[i + 1 :], i + 1) if k not in above
            ]
    return items


# ---------------------------------------------------------------------------------------
# Markdown and plain text

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\))?")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
TABLE_CLOSE = re.compile(r"</table>", re.IGNORECASE)
MD_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
MD_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_inline(s: str) -> str:
    s = MD_IMAGE.sub("", s)
    s = MD_LINK.sub(r"\1", s)
    s = MD_EMPH.sub(r"\2", s)
    s = re.sub(r"<[^>]{1,200}>", " ", s)  # stray inline HTML tags
    s = s.replace("\\", "") if "\\" in s and re.search(r"\\[*_#\[\]()]", s) else s
    return s.rstrip()


FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
FRONT_MATTER_SCAN = MAX_YAML_BYTES + 4096  # where the closing "---" is looked for
MAX_META_JSON = 64 * 1024  # the front matter kept in meta, as JSON


def strip_front_matter(raw: str, doc: ParsedDocument) -> str:
    """A YAML front-matter block (Obsidian/Jekyll exports) is metadata, not text: its
    title becomes the document title and the rest goes to meta["front_matter"].

    Read with `ingest.safeyaml` (no anchors/aliases, 64 KB, 32 levels).  A block it refuses,
    or one whose metadata would exceed 64 KB of JSON, is dropped from the text and from the
    metadata, with a note in the document's message; a block that is not YAML stays text."""
    if not raw.startswith(("---", "\ufeff---")):
        return raw
    m = FRONT_MATTER.match(raw[:FRONT_MATTER_SCAN])
    if not m:
        return raw
    try:
        fm = load_untrusted(m.group(1))
    except UnsafeYAML as e:
        doc.note(f"YAML front matter ignored: {e}")
        return _blank_front_matter(raw, m)
    except yaml.YAMLError:
        return raw
    if not isinstance(fm, dict):
        return raw
    meta = {str(k): (v if isinstance(v, (str, int, float, bool, list)) else str(v)) for k, v in fm.items()}
    size = len(json.dumps(meta, ensure_ascii=False, default=str))
    if size > MAX_META_JSON:
        doc.note(
            f"YAML front matter ignored: {size / 1024:.0f} KB of metadata (the limit is {MAX_META_JSON // 1024} KB)"
        )
        return _blank_front_matter(raw, m)
    doc.meta["front_matter"] = meta
    title = fm.get("title")
    if isinstance(title, str) and title.strip():
        doc.meta["source_title"] = title.strip()[:500]
    return _blank_front_matter(raw, m)


def _blank_front_matter(raw: str, m: re.Match) -> str:
    return "\n" * m.group(0).count("\n") + raw[m.end() :]


def table_blocks(raw: str):
    """Spans of the HTML tables in a Markdown text: each <table ...> to the first </table>
    after it (what a lazy regex would match, in linear time when tables are left open)."""
    pos = 0
    while True:
        m = TABLE_OPEN.search(raw, pos)
        c = TABLE_CLOSE.search(raw, m.end()) if m else None
        if c is None:
            return
        yield m.start(), c.end()
        pos = c.end()


def parse_markdown(raw: str, doc: ParsedDocument) -> list:
    from selectolax.lexbor import LexborHTMLParser

    items: list = []
    pos = 0
    pipe_rows: list[str] = []

    def flush_pipe() -> None:
        if len(pipe_rows) >= 2:
            rows = [
                [_md_inline(c.strip()) for c in r.strip().strip("|").split("|")]
                for r in pipe_rows
                if not MD_PIPE_SEP.match(r)
            ]
            if rows:
                w = max(len(r) for r in rows)
                rows = [r + [""] * (w - len(r)) for r in rows]
                items.append(TableData(1, rows[0], rows[1:]))
        else:
            for r in pipe_rows:
                items.append(Line(1, _md_inline(r)))
        pipe_rows.clear()

    def text_lines(chunk: str) -> None:
        for line in chunk.splitlines():
            if MD_PIPE_ROW.match(line) or (pipe_rows and MD_PIPE_SEP.match(line)):
                pipe_rows.append(line)
                continue
            flush_pipe()
            m = MD_HEADING.match(line)
            if m:
                t = _md_inline(m.group(2)).strip()
                if t:
                    items.append(HeadingHint(1, t, len(m.group(1))))
                continue
            s = _md_inline(line)
            if not s.strip() or re.fullmatch(r"\s*(-{3,}|\*{3,}|_{3,})\s*", s):
                items.append(Break(1))
            else:
                items.append(Line(1, s.strip()))
                if line.endswith("  "):  # Markdown hard line break
                    items.append(Break(1))
        flush_pipe()

    for a, b in table_blocks(raw):
        text_lines(raw[pos:a])
        tree = LexborHTMLParser(flatten_deep_html(raw[a:b])[0])
        tnode = tree.css_first("table")
        t = html_table(tnode) if tnode is not None else None
        if t is not None:
            items.append(t)
        pos = b
    text_lines(raw[pos:])
    return _clean_items(items, doc, None, html=False)


def parse_plain(raw: str, doc: ParsedDocument) -> list:
    items: list = []
    for line in raw.splitlines():
        s = line.strip()
        items.append(Line(1, s) if s else Break(1))
    return _clean_items(items, doc, None, html=False)


def looks_like_markdown(raw: str) -> bool:
    head = raw[:200000]
    n_head = len(re.findall(r"^#{1,6}\s+\S", head, re.MULTILINE))
    return n_head >= 2 or "<table" in head.lower() or len(re.findall(r"^\s*\|.*\|\s*$", head, re.MULTILINE)) >= 3


def parse_text_file(path: Path, data: bytes, doc: ParsedDocument) -> list:
    raw, enc = decode_bytes(data, path.name)
    doc.meta["encoding"] = enc
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.strip():
        raise IngestError("the file holds no text (only whitespace)", code="empty")
    ext = path.suffix.lower()
    if ext in (".html", ".htm", ".xhtml") or (ext == ".txt" and re.match(r"\s*(<!doctype html|<html)", raw, re.I)):
        doc.fmt = "html"
        return parse_html(raw, doc)
    raw = strip_front_matter(raw, doc)
    if ext in (".md", ".markdown") or looks_like_markdown(raw):
        doc.fmt = "md" if ext in (".md", ".markdown") else "txt"
        doc.meta["markdown"] = True
        return parse_markdown(raw, doc)
    doc.fmt = "txt"
    return parse_plain(raw, doc)
