"""Dates in Indonesian regional news: day, month and year mentions with their offsets and
precision (a day without a year takes the publication year, or the article's year whose weekday
fits), weekdays told relative to the story, ranges, history and goal years that date nothing; the
sentences of a story and its lead date. Used by review.news (events) and review.news_scores."""

from __future__ import annotations

import re

from ingest.text import MONTHS

MONTH_NAMES = (
    r"(Januari|January|Februari|February|Pebruari|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|August|"
    r"September|Oktober|October|November|Nopember|Desember|December|Mai)"
)
_WD = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
# "Rabu (15/5)", "Senin - Selasa (14-15/6)", "Kamis, (17/11/22)", "pada (20/01)", "(17/7)"; a slash lost
# before the year, "Selasa (8/52018)" (group 5)
PAREN_DATE = re.compile(
    r"(?:\b(" + _WD + r")(?:\s*[-–]\s*" + _WD + r")?\s*,?\s*)?\(\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?"
    r"\s*/\s*(\d{1,2}?)(?:\s*/\s*(\d{2}|\d{4})|((?:19|20)\d\d))?\s*\)",
    re.IGNORECASE,
)
# a range of days: "30-31", "9 s/d 10", "21 hingga 22", "6 sampai dengan 7" (the first day dates the event)
_TO = r"(?:[-–]|s\s*/\s*d\.?|s\.\s*d\.?|sd|sampai(?:\s+dengan)?|hingga|dan)"
# "15 Mei 2019", "30-31 Juli 2024", "Selasa, 14 Desember 2021", "(Bontang, 9 Juli 2019)"; "13 Juni" alone
LONG_DATE = re.compile(
    r"\b(?:("
    + _WD
    + r")\s*,?\s*)?(?:tanggal\s+|tgl\.?\s+)?(\d{1,2})(?:\s*"
    + _TO
    + r"\s*(?:"  # "Rabu 12 sampai dengan Jumat, 14 Desember 2018"
    + _WD
    + r"\s*,?\s*)?\d{1,2})?\s+"
    + MONTH_NAMES
    + r"(?:\s+((?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
RANGE_END = re.compile(
    r"\s*(?:dan|[-–]|s\s*/\s*d\.?|s\.\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*\d{1,2}\s+"
    + MONTH_NAMES
    + r"\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
NUM_DATE = re.compile(r"(?<![\w./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
# "pada bulan Februari lalu", "diseleksi pada bulan maret": a month of the story's year (or the year before)
MONTH_ALONE = re.compile(
    r"\b(?:(?:bulan|pada)\s+"
    + MONTH_NAMES
    + r"\s+(?:lalu|kemarin|silam)\b|bulan\s+"
    + MONTH_NAMES
    + r"\b(?!\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(r"\b" + MONTH_NAMES + r"\s+((?:19|20)\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# years that are not event dates: programme history, periods, plan horizons
NOT_YEAR = re.compile(
    r"(?:\bsejak\s+(?:tahun\s+)?|\buntuk\s+tahun\s+|\bmulai\s+(?:tahun\s+)?|\bperiode\s+|\bRPJMD?\s+|\bhingga\s+(?:tahun\s+)?|"
    r"(?:19|20)\d\d\s*[-–/]\s*)$",
    re.IGNORECASE,
)
# "2024-2026", "2022 mendatang": a period or a future year, not the date of anything that happened
PERIOD_AFTER = re.compile(r"^\s*(?:[-–/]\s*(?:19|20)\d\d|mendatang\b|yang\s+akan\s+datang\b)", re.IGNORECASE)
SENT = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)")


def _mk(y: int | None, m: int | None, d: int | None):
    import datetime as dt

    if y and m and d and 1945 <= y <= 2100:  # a year such as 3017 is a typo, not a date
        try:
            return dt.date(y, m, d)
        except ValueError:
            return None
    return None


# titles and abbreviations whose full stop does not end a sentence ("Sekda drg. Ninik", "S.Kom.", "Jl. Merdeka")
ABBREV = re.compile(
    r"\b(?:No|Dr|dr|drg|drh|Ir|H|Hj|St|Kab|Kec|Kel|Prof|dkk|Drs|Dra|M|S|SH|SE|MM|MT|MH|MSi|Sos|Pd|Kom|Ag|Kes|Tbk|Jl|Rp|"
    r"Bpk|Sdr|Ny|Apt|Ns|Ak|Hum|IP|Kep|AMd)$"
)


DATE_ONLY = re.compile(
    r"\s*(?:" + _WD + r")?\s*,?\s*\(?\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)?\s*[.!]?\s*$", re.I
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences; a full stop inside a number ("3.44") or an abbreviation does not end one."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]+(?=\s+[\"“A-Z(])|\n+", text):
        if m.start() > start:
            prev = text[max(start, m.start() - 6) : m.start()]
            if re.search(ABBREV, prev) and m.group(0) == ".":
                continue
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    out = [(a, b) for a, b in out if text[a:b].strip()]
    merged: list[tuple[int, int]] = []
    for a, b in out:  # "... di ruang rapat Sermo. Jumat (19/7/2019).": the date ends the sentence before it
        if merged and DATE_ONLY.match(text[a:b]) and "\n" not in text[merged[-1][1] : a]:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


# "target Jembrana Emas di tahun 2026", "visi 2045": a goal's year, not a date
GOAL_BEFORE = re.compile(r"\b(?:target\w*|menargetkan|visi|proyeksi|cita-cita)\b[^.,;]{0,30}$", re.IGNORECASE)


def _no_date_year(text: str, m: re.Match) -> bool:
    """A year that dates nothing: history ("sejak 2017"), a period ("2024-2026"), a future or a goal."""
    return bool(
        NOT_YEAR.search(text[max(0, m.start() - 20) : m.start()])
        or PERIOD_AFTER.match(text[m.end() : m.end() + 24])
        or GOAL_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    )


def _ref_year(meta: dict, text: str) -> tuple[int | None, list[int]]:
    """The year an undated "Rabu (15/5)" belongs to: the publication year, else the article's years
    (never one after "sejak")."""
    pub = meta.get("published") or str(meta.get("published_year") or "")
    py = int(pub[:4]) if re.match(r"(?:19|20)\d\d", pub) else None
    years = [int(m.group(1)) for m in YEAR.finditer(text) if not _no_date_year(text, m)]
    full = (
        [int(m.group(4)) for m in LONG_DATE.finditer(text) if m.group(4)]
        + [int(m.group(3)) for m in NUM_DATE.finditer(text)]
        + [int(y) + (2000 if len(y) == 2 else 0) for m in PAREN_DATE.finditer(text) if (y := m.group(4) or m.group(5))]
    )
    ctx = list(dict.fromkeys(full + sorted(set(years), key=lambda y: (-years.count(y), years.index(y)))))
    return py, ctx


class _Dates:
    """Collects date mentions without overlaps; infers the year of a day written without one."""

    def __init__(self, text: str, meta: dict):
        self.text = text
        self.py, self.ctx = _ref_year(meta, text)
        self.pub = str(meta.get("published") or "")
        self.out: list[dict] = []
        self.taken: list[tuple[int, int]] = []

    def add(self, a: int, b: int, date: str, prec: str, explicit: bool = True) -> None:
        if not any(a < y and x < b for x, y in self.taken):
            self.taken.append((a, b))
            self.out.append({"start": a, "end": b, "date": date, "precision": prec, "explicit": explicit})

    def infer(self, d: int, mo: int, wd: int | None, future: bool = False):
        """The publication year (the year before for a day after the publication; the year after for
        a day before it told as future, "03 - 08 Oktober mendatang"), else the article's stated years,
        preferring one whose weekday fits."""
        if self.py:
            x = _mk(self.py, mo, d)
            if x and future:
                return _mk(self.py + 1, mo, d) if len(self.pub) >= 10 and x.isoformat() < self.pub else x
            if x and len(self.pub) >= 10 and x.isoformat() > self.pub and x.toordinal() - days_of(self.pub) > 7:
                x = _mk(self.py - 1, mo, d)
            near = len(self.pub) >= 10 and x is not None and abs(x.toordinal() - days_of(self.pub)) <= 14
            if x and wd is not None and x.weekday() != wd and not near:  # the weekday says which year next to it
                fit = [y for y in (x.year - 1, x.year + 1) if (z := _mk(y, mo, d)) and z.weekday() == wd]
                if fit:
                    x = _mk(fit[0], mo, d)
            return x
        for c in dict.fromkeys(self.ctx):
            x = _mk(c, mo, d)
            if x and (wd is None or x.weekday() == wd):
                return x
        if (
            wd is not None
        ):  # no stated year fits the weekday ("Sabtu (20/11)" in a story that names next year's plan): a year next to one
            for near in dict.fromkeys(y for c in self.ctx for y in (c - 1, c + 1)):
                x = _mk(near, mo, d)
                if x and x.weekday() == wd:
                    return x
        return _mk(self.ctx[0], mo, d) if self.ctx else None

    def day(self, m: re.Match, d: int, mo: int, yr: str | None, weekday: str | None) -> None:
        if yr:
            x = _mk(int(yr) + (2000 if len(yr) == 2 else 0), mo, d)
            if x:
                self.add(m.start(), m.end(), x.isoformat(), "day")
                return
            if 1945 <= int(yr) <= 2100 or not weekday:
                return  # "31/2/2020" is no date; a typo year ("Senin (22/05/3017)") is read from its weekday
        future = bool(re.match(r"\s*(?:mendatang|yang\s+akan\s+datang)\b", self.text[m.end() : m.end() + 25], re.I))
        x = self.infer(d, mo, WEEKDAYS.get((weekday or "").lower().replace("’", "'")), future)
        self.add(m.start(), m.end(), x.isoformat() if x else f"--{mo:02d}-{d:02d}", "day" if x else "unknown", False)


# "Jumat kemarin", "pada Senin lalu", "kemarin (Rabu)": the last such weekday before the story's day
REL_DAY = re.compile(
    r"\b(" + _WD + r")\s+(?:kemarin|lalu|pekan\s+lalu|minggu\s+lalu)\b|\bkemarin\s*,?\s*\(\s*(" + _WD + r")\s*\)",
    re.IGNORECASE,
)
# "kata Bupati di Sampit, Kamis." / "di Timika, Senin, mengatakan": the weekday of a publication day
BARE_WD = re.compile(r",\s*(" + _WD + r")\s*(?=[.,;)\n])(?!\s*,?\s*\(?\s*\d)", re.IGNORECASE)


def _relative_days(text: str, c: _Dates) -> None:
    """Weekdays told relative to the story: "Jumat kemarin" is the Friday before the day of the
    statement (the nearest dated day before it, else the publication day); a bare weekday after a
    place ("di Sampit, Kamis") is the day on or before the publication day."""
    import datetime as dt

    def back(ref: str, wd: int, strict: bool) -> str | None:
        try:
            r = dt.date.fromisoformat(ref[:10])
        except ValueError:
            return None
        k = (r.weekday() - wd) % 7
        if strict and k == 0:
            k = 7
        return (r - dt.timedelta(days=k)).isoformat()

    pub = c.pub if len(c.pub) >= 10 else None
    for m in REL_DAY.finditer(text):
        wd = WEEKDAYS.get((m.group(1) or m.group(2)).lower().replace("’", "'"))
        ref = next(
            (
                d["date"]
                for d in sorted(c.out, key=lambda d: -d["start"])
                if d["start"] < m.start() and d["precision"] == "day"
            ),
            pub,
        )
        x = back(ref, wd, True) if ref and wd is not None else None
        if x:
            c.add(m.start(), m.end(), x, "day", False)
    if pub:
        for m in BARE_WD.finditer(text):
            wd = WEEKDAYS.get(m.group(1).lower().replace("’", "'"))
            x = back(pub, wd, False) if wd is not None else None
            if x:
                c.add(m.start() + 1, m.end(), x, "day", False)


def find_dates(text: str, meta: dict) -> list[dict]:
    """Date mentions with offsets: {start, end, date, precision, explicit}. Day and month without a
    year take the publication year (else the article's year whose weekday fits)."""
    c = _Dates(text, meta)
    for m in PAREN_DATE.finditer(text):
        d, mo = int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            c.day(m, d, mo, m.group(4) or m.group(5), m.group(1))
    for m in NUM_DATE.finditer(text):
        x = _mk(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if x:
            c.add(m.start(), m.end(), x.isoformat(), "day")
    for m in LONG_DATE.finditer(text):
        yr = m.group(4)
        nxt = None if yr else RANGE_END.match(text, m.end())
        if nxt:  # "31 Oktober dan 1 November 2018": the year of the day the span ends on
            later = MONTHS[nxt.group(1).lower()] < MONTHS[m.group(3).lower()]  # "31 Desember - 2 Januari 2019"
            yr = str(int(nxt.group(2)) - 1) if later else nxt.group(2)
        c.day(m, int(m.group(2)), MONTHS[m.group(3).lower()], yr, m.group(1))
    _relative_days(text, c)
    y0 = c.py or (c.ctx[0] if c.ctx else None)
    for m in MONTH_ALONE.finditer(text):  # "pada bulan Februari lalu"
        mo = MONTHS[(m.group(1) or m.group(2)).lower()]
        if y0:
            y = y0 - 1 if c.pub[:7] and f"{y0:04d}-{mo:02d}" > c.pub[:7] else y0
            c.add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", False)
    for m in MONTH_YEAR.finditer(text):
        c.add(m.start(), m.end(), f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}", "month")
    for m in YEAR.finditer(text):
        if not _no_date_year(text, m):
            c.add(m.start(), m.end(), m.group(1), "year")
    c.out.sort(key=lambda r: r["start"])
    return c.out


def is_range(text: str, d0: dict, d1: dict) -> bool:
    """ "Senin 31 Juli 2023 hingga Selasa 1 Agustus 2023": two dates of one span, not a dateline and a day."""
    return bool(
        re.fullmatch(
            r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s*[/.]?\s*d\.?|[-–])\s*", text[d0["end"] : d1["start"]], re.I
        )
    )


def lead_date(text: str, dates: list[dict], meta: dict, sents) -> dict | None:
    """The date of the story: the first day-precise date in a long sentence of the body (a date widget
    line is not one; in a dated dateline "BINJAI, Situs (15/12/2018) ... Jumat (14/12)" the second), else
    the publication date."""
    for a, b in sents:
        if b - a <= 40 or a > 2500:
            continue
        inside = [d for d in dates if a <= d["start"] < b and d["precision"] in ("day", "unknown")]
        if inside:
            if (
                len(inside) > 1
                and inside[0]["start"] - a < 60
                and inside[0]["date"] == meta.get("published")
                and not is_range(text, inside[0], inside[1])
            ):
                return inside[1]
            return inside[0]
    pub = meta.get("published")
    if pub:
        return {
            "start": -1,
            "end": -1,
            "date": pub,
            "precision": "day" if len(pub) >= 10 else "month" if len(pub) == 7 else "year",
            "explicit": True,
        }
    longs = [(a, b) for a, b in sents if b - a > 60][:3]
    for d in dates:  # no day anywhere: the year the lead speaks of
        if d["precision"] in ("year", "month") and any(a <= d["start"] < b for a, b in longs):
            return d
    m = re.search(r"\btahun\s+((?:19|20)\d\d)\s+ini\b", text, re.IGNORECASE)
    if m:  # "Kabupaten X tahun 2024 ini menjadi ...": the story's year
        return {"start": m.start(1), "end": m.end(1), "date": m.group(1), "precision": "year", "explicit": True}
    if meta.get("published_year"):  # else the year the page prints (its copyright line)
        return {"start": -1, "end": -1, "date": str(meta["published_year"]), "precision": "year", "explicit": True}
    return None


def days_of(iso: str) -> int:
    import datetime as dt

    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0
