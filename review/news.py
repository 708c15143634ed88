"""News as implementation evidence: events per city (date, type, quoted evaluation score)
in a timeline, each linked to the plan programmes it reports on.

Event type from rubric.yaml news.types (MoU signing, bintek, evaluation, award, programme
launch; first match in the headline, else in the body); the date is the publication date
found at ingest (meta.published) or the first date in the text; a score is a number quoted
as "nilai 3,44". A news passage links to a programme when their e5 similarity reaches
news.link_min_similarity or the programme's name appears in the news text.
"""

from __future__ import annotations

import re

import numpy as np

from ingest.text import MONTHS
from nlp.analysis import analyse

from .issues import rubric

_MON = (
    r"(Januari|January|Februari|February|Pebruari|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|August|"
    r"September|Oktober|October|November|Nopember|Desember|December|Mai)"
)
_WD = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
# "Rabu (15/5)", "Senin - Selasa (14-15/6)", "Kamis, (17/11/22)", "pada (20/01)", "(17/7)"
PAREN_DATE = re.compile(
    r"(?:\b(" + _WD + r")(?:\s*[-–]\s*" + _WD + r")?\s*,?\s*)?\(\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?"
    r"\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2}|\d{4}))?\s*\)",
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
    + r"\s*\d{1,2})?\s+"
    + _MON
    + r"(?:\s+((?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
NUM_DATE = re.compile(r"(?<![\w./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
# "pada bulan Februari lalu", "diseleksi pada bulan maret": a month of the story's year (or the year before)
MONTH_ALONE = re.compile(
    r"\b(?:(?:bulan|pada)\s+" + _MON + r"\s+(?:lalu|kemarin|silam)\b|bulan\s+" + _MON + r"\b(?!\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(r"\b" + _MON + r"\s+((?:19|20)\d\d)\b", re.IGNORECASE)
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


def _sentences(text: str) -> list[tuple[int, int]]:
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
        + [int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0) for m in PAREN_DATE.finditer(text) if m.group(4)]
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
            if x and len(self.pub) >= 10 and x.isoformat() > self.pub and x.toordinal() - _days(self.pub) > 7:
                x = _mk(self.py - 1, mo, d)
            near = len(self.pub) >= 10 and x is not None and abs(x.toordinal() - _days(self.pub)) <= 14
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
            c.day(m, d, mo, m.group(4), m.group(1))
    for m in NUM_DATE.finditer(text):
        x = _mk(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if x:
            c.add(m.start(), m.end(), x.isoformat(), "day")
    for m in LONG_DATE.finditer(text):
        c.day(m, int(m.group(2)), MONTHS[m.group(3).lower()], m.group(4), m.group(1))
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


def _range(text: str, d0: dict, d1: dict) -> bool:
    """ "Senin 31 Juli 2023 hingga Selasa 1 Agustus 2023": two dates of one span, not a dateline and a day."""
    return bool(
        re.fullmatch(
            r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s*[/.]?\s*d\.?|[-–])\s*", text[d0["end"] : d1["start"]], re.I
        )
    )


def _lead_date(text: str, dates: list[dict], meta: dict, sents) -> dict | None:
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
                and not _range(text, inside[0], inside[1])
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


SAME_OCCASION = re.compile(
    r"\s*(?:pada|dalam|di)\s+(?:kesempatan|acara|momen|kegiatan|penutupan|pembukaan|pertemuan|forum)\s+"
    r"(?:yang\s+sama|tersebut|itu|ini)",
    re.IGNORECASE,
)
# the programme or quick win an award names: "atas program Festival Kampung Digital", "aplikasi e-Saberling"
AWARD_PROGRAMME = re.compile(
    r"\b(?:aplikasi|program|inovasi|layanan)\s+[\"“]?((?:[A-Z0-9][\w\-]*|e-[A-Z]?[\w\-]+)"
    r"(?:\s+(?:[A-Z0-9][\w\-]*|e-[\w\-]+)){0,4})"
)
# "persiapan evaluasi", "menghadapi evaluasi", "evaluasi tidak digelar": not an event of that type
NOT_DONE = re.compile(
    r"\b(?:sejak|persiapan|mempersiapkan|bersiap|menghadapi|jelang|menjelang|membahas|hadapi|catatan|target|"
    r"akan|rencananya|direncanakan|dijadwalkan|tindak\s+lanjut|menindaklanjuti|"
    r"tidak\s+ada|belum\s+ada)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
HELD_ON = re.compile(
    r"(?:\s+\S+){0,8}?\s+yang\s+(?:sebelumnya\s+)?(?:telah\s+|sudah\s+)?(?:dilaksanakan|digelar|diselenggarakan|berlangsung|dilakukan)\s+"
    r"(?:pada\s+)?(?:(?:tanggal|bulan)\s+)?(?:\d{1,2}\s+)?" + _MON + r"\b",
    re.IGNORECASE,
)
NOT_DONE_AFTER = re.compile(
    r"\s*(?:(?:\w+\s+){0,2}(?:tidak|belum|batal)\s+(?:digelar|dilaksanakan|dilakukan|diadakan)|"
    r"(?:sebanyak\s+|lebih\s+dari\s+|puluhan\s+|belasan\s+)?\d+\s+(?:buah\s+)?(?:aplikasi|program|inovasi|layanan|kali)\b|"
    r"(?:mandiri|internal)\b)",
    re.IGNORECASE,
)


def _days(iso: str) -> int:
    import datetime as dt

    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def _stage(s: str, rx) -> int | None:
    words = {
        "i": 1,
        "ii": 2,
        "iii": 3,
        "iv": 4,
        "pertama": 1,
        "kedua": 2,
        "ketiga": 3,
        "keempat": 4,
        "satu": 1,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "akhir": 4,
        "terakhir": 4,
        "final": 4,
    }
    for m in rx.finditer(s):
        g = m.group(1).lower()
        v = int(g) if g.isdigit() else words.get(g)
        if v:
            return v
    return None


def extract(text: str, title: str, meta: dict, city: str | None = None) -> dict:
    """{"events": [...], "scores": [...]} of one news text. Events, several per article: each
    sentence that reports a programme step (rubric news.types) is an event, dated by the date in
    that sentence; the headline's and lead's event takes the story date. Scores are quoted
    evaluation numbers with the year they are for."""
    art = _Article(text, title or "", meta)
    evs: list[dict] = []
    for k in range(len(art.sents)):
        evs.extend(art.sentence_events(k))
    if (
        art.main
        and not art.head_is_lead
        and not art.planned(art.main)
        and not any(
            e["type"] == art.main
            and (
                e["date_precision"] != "year"
                or not art.lead
                or art.lead["precision"] != "day"
                or art.lead["date"][:4] != e["date"]  # "hasil evaluasi tahun 2023" told in 2024: that year's
            )
            for e in evs
        )
    ):  # the headline's event on the story's day (body mentions by their year only do not replace it)
        lead = art.lead
        evs.insert(
            0,
            {
                "type": art.main,
                "date": lead["date"] if lead else None,
                "date_precision": lead["precision"] if lead else "unknown",
                "evidence": {"text": art.head, "start": 0, "end": 0},
            },
        )
        st = art.lead_stage() if art.main == "bintek" else None
        if st:  # "Tahap pertama digelar pada tanggal 2 hingga 3 Juni 2021": the stage of the story's day
            evs[0]["stage"] = st
    if not evs:
        evs = art.story_event()
    scores = extract_scores(text, art.sents, art.dates, art.lead, city)
    _score_events(evs, scores)
    out = _tidy(evs, art.head)
    _attach(out, scores, extract_rank(text, art.cfg))
    return {"events": out, "scores": [_public(s) for s in scores]}


def _evidence(s: str, a: int, b: int) -> dict:
    return {"text": s.strip()[:400], "start": a + (len(s) - len(s.lstrip())), "end": b}


def _public(score: dict) -> dict:
    return {k: v for k, v in score.items() if k not in ("evidence", "year_stated", "prior")}


class _Article:
    """One news text split into sentences and dates, with its story date and main event type."""

    def __init__(self, text: str, head: str, meta: dict):
        self.text, self.head, self.meta = text, head, meta
        self.cfg = cfg = rubric()["news"]
        self.types = {
            k: re.compile(v + ("|" + EXTRA_TRIGGERS[k] if k in EXTRA_TRIGGERS else ""), re.IGNORECASE)
            for k, v in cfg["types"].items()
        }
        self.not_event = re.compile(cfg["not_event"], re.IGNORECASE)
        self.dims = {k: re.compile(v, re.IGNORECASE) for k, v in cfg["dimensions"].items()}
        self.stage_rx = re.compile(cfg["stage"], re.IGNORECASE)
        self.dates = find_dates(text, meta)
        self.sents = _sentences(text)
        self._drop_dateline_date()
        self.lead = _lead_date(text, self.dates, meta, self.sents)
        longs = [b for a, b in self.sents if b - a > 60]
        self.lead_end = max(longs[min(2, len(longs) - 1)] if longs else 0, (self.lead or {}).get("end", 0))
        self.head_is_lead = (
            bool(head) and head.strip() in text[: self.lead_end + 1] and len(head) > 60 and not meta.get("headline")
        )
        # a story about the selection into the programme (its "penilaian" is the assessment, not an evaluation)
        self.selection_story = bool(SELECTION.search(head + " " + text[:1500])) and not re.search(
            r"\bevaluasi\s+(?:implementasi|tahap|pelaksanaan)|\bindeks\b", head + " " + text[:1500], re.I
        )
        self.main: str | None = None
        self.main = self._main_type()
        # the year of the bimtek series told so far (a bimtek story: the story's year), and its last stage
        self.series_year = (self.lead or {}).get("date", "")[:4] if self.main == "bintek" else None
        if not (self.series_year or "").isdigit():
            self.series_year = None
        self.series_stage = 0
        self.story_stage: int | None = None  # the stage of the bimtek held on the story's day

    def _drop_dateline_date(self) -> None:
        """A dated dateline "BINJAI, Situs (15/12/2018) ... Jumat (14/12)": the publication date, not the event's."""
        fl = next(((a, b) for a, b in self.sents if b - a > 60), None)
        if not fl:
            return
        inside = [d for d in self.dates if fl[0] <= d["start"] < fl[1] and d["precision"] == "day"]
        dated_dateline = bool(inside) and (
            (
                inside[0]["date"] == self.meta.get("published")
                and not (len(inside) > 1 and _range(self.text, *inside[:2]))
            )
            or (inside[0]["explicit"] and self.text[inside[0]["start"]] == "(" and len(inside) > 1)
        )
        if (
            inside
            and inside[0]["start"] - fl[0] < 60
            and dated_dateline
            and (len(inside) > 1 or any(d["precision"] == "day" and d["start"] >= fl[1] for d in self.dates))
        ):
            self.dates = [d for d in self.dates if d is not inside[0]]

    def _main_type(self) -> str | None:
        """The headline's event type (its first trigger), else the lead's."""
        hh = sorted((m.start(), t) for t, m in self.triggers(self.head, story=True))
        if hh and not self.head_is_lead:
            return hh[0][1]
        for a, b in self.sents:
            if b > self.lead_end:
                break
            hits = sorted((m.start(), t) for t, m in self.triggers(self.text[a:b], story=True))
            if hits:
                return hits[0][1]
        return None

    def said_date(self, k: int) -> dict | None:
        """The day of the statement that follows an undated step (the next three sentences, a day date
        after "kata/ujar/ungkap ..." or in "Kegiatan ini dilaksanakan ..."), when no other step is told
        in between."""
        for j in range(k + 1, min(k + 4, len(self.sents))):
            a, b = self.sents[j]
            s = self.text[a:b]
            if self.triggers(s):
                return None
            v = SAID.search(s) or THIS_OCCASION.match(s)
            if v:
                return next(
                    (d for d in self.dates if a + v.end() <= d["start"] < b and d["precision"] in ("day", "unknown")),
                    None,
                )
        return None

    def lead_stage(self) -> int | None:
        """The stage named in the sentence that gives the story's day (the last one before the date:
        "Tahap pertama ... awal Juni dan tahap keempat dilaksanakan hari ini, Rabu (21/9/2022)")."""
        at = (self.lead or {}).get("start", -1)
        for a, b in self.sents:
            if a <= at < b:
                marks = [m for m in self.stage_rx.finditer(self.text[a:at]) if _stage(m.group(0), self.stage_rx)]
                return _stage(marks[-1].group(0), self.stage_rx) if marks else _stage(self.text[a:b], self.stage_rx)
        return None

    def planned(self, t: str) -> bool:
        """The lead tells the headline's step only as a plan ("Pemkot akan menggelar evaluasi ...")."""
        for a, b in self.sents:
            if b > self.lead_end:
                break
            if self.text[a:b].strip() == self.head.strip():
                continue
            m = self.types[t].search(self.text[a:b])
            if m:
                return bool(
                    re.search(
                        r"\b(?:akan|rencananya|direncanakan|dijadwalkan)\s+(?:\w+\s+){0,2}$",
                        self.text[a : a + m.start()],
                        re.I,
                    )
                )
        return False

    def date_of(self, a: int, b: int, at: int | None = None) -> dict | None:
        """The most precise date of a sentence; among equals the one nearest the trigger at `at`."""
        inside = [
            d
            for d in self.dates
            if a <= d["start"] < b
            # "sejak menandatangani MoU ... pada 2017, Baruna telah ...": the date of the history, not of the sentence
            and not re.search(r"\bsejak\b[^,;]*$", self.text[max(a, d["start"] - 90) : d["start"]], re.IGNORECASE)
        ]
        if not inside:
            return None
        order = {"day": 0, "unknown": 1, "month": 2, "year": 3}
        return sorted(
            inside, key=lambda d: (order[d["precision"]], abs(d["start"] - at) if at is not None else d["start"])
        )[0]

    def triggers(self, s: str, story: bool = False) -> list[tuple[str, re.Match]]:
        """The event triggers of a sentence, less those that are not events of their type (nor a step
        told before, "evaluasi tersebut", unless `story`: "Bimtek ini ..." in a lead is the story's)."""
        found = []
        for t, p in self.types.items():  # per type its first mention that tells a step done
            for m in p.finditer(s):
                held = HELD_ON.match(
                    s[m.end() : m.end() + 90]
                )  # "... evaluasi tahap pertama yang dilaksanakan pada Juni 2024"
                again = re.match(r"\s+(?:tersebut|itu|ini)\b", s[m.end() : m.end() + 10])  # told before
                if t == "launch" and re.match(r"\s+(?:program\s+)?gerakan\b", s[m.end() : m.end() + 20], re.I):
                    continue  # "peluncuran program Gerakan Menuju 100 Smart City": the national programme's
                if (story or not again) and (
                    held
                    or not NOT_DONE.search(s[max(0, m.start() - 40) : m.start()])
                    and not NOT_DONE_AFTER.match(s[m.end() : m.end() + 30])
                ):
                    found.append((t, m))
                    break
        if (
            any(t == "mou" and not re.search(r"\bmou\b|\bnota\b", m.group(0), re.I) for t, m in found)
            and LOCAL_SIGNERS.search(s)
            and not MINISTRY.search(s)
        ):
            # "Seluruh jajaran OPD menandatangani kesepakatan menuju Magetan Smart City": a local commitment
            # signed at a meeting, not the MoU with the ministry
            found = [("meeting", m) if t == "mou" else (t, m) for t, m in found if t != "meeting"]
        if RESULT_ANNOUNCED.search(s):
            found = [(t, m) for t, m in found if t != "meeting"]  # a result announced at a meeting: no meeting event
        if self.selection_story:  # "mengikuti penilaian Gerakan 100 Smart City" in a story of being selected
            found = [
                ("assessment", m)
                if t == "evaluation"
                and m.group(0).lower() == "penilaian"
                and not re.search(r"\bevaluasi|\bindeks\b|\bnilai\s+\d|implementasi\s+masterplan", s, re.I)
                else (t, m)
                for t, m in found
            ]
            seen: set[str] = set()
            found = [f for f in found if not (f[0] in seen or seen.add(f[0]))]
        if any(t == "assessment" for t, _ in found):  # "penilaian (assessment)": one assessment
            am = next(m for t, m in found if t == "assessment")
            found = [(t, m) for t, m in found if not (t == "evaluation" and abs(m.start() - am.start()) < 25)]
        if any(t == "meeting" for t, _ in found) and re.search(r"rapat\s+evaluasi|evaluasi\s+internal", s, re.I):
            # "rapat evaluasi" of an article about the evaluation is the evaluation itself
            drop = "meeting" if self.main == "evaluation" and not re.search(r"internal", s, re.I) else "evaluation"
            found = [(t, m) for t, m in found if t != drop]
        if {"award", "assessment"} <= {t for t, _ in found}:
            # "terpilih menjadi salah satu ... yang mendapatkan penghargaan"
            found = [f for f in found if f[0] != "assessment"]
        return found

    def sentence_date(self, k: int) -> dict | None:
        a, b = self.sents[k]
        d = self.date_of(a, b)
        if k > 0 and SAME_OCCASION.match(self.text[a:b]) and (d is None or d["precision"] == "year"):
            # "Pada kesempatan yang sama ...", "Dalam acara tersebut ...": the day of the occasion told just before
            prev = next(
                (x for j in range(k - 1, max(-1, k - 4), -1) for x in [self.date_of(*self.sents[j])] if x), None
            )
            if prev and (d is None or prev["date"][:4] == d["date"]):
                d = prev
        return d

    def pick(self, found: list, d: dict | None, a: int, in_lead: bool) -> list[str]:
        """One event type per sentence: the trigger nearest its date; in the lead without a date, the main type."""
        meet = next((m for t, m in found if t == "meeting"), None)
        if meet is not None and len(found) > 1:
            after = meet.string[meet.end() : meet.end() + 60]
            # the meeting's own name runs on to a step ("Rapat Koordinasi Penguatan Smart City bertajuk
            # 'Evaluasi Aplikasi'", "rapat persiapan penilaian"), no clause break between
            topic = [
                t
                for t, p in self.types.items()
                if t != "meeting"
                for x in [p.search(after)]
                if x and not re.search(r"[,.;]|\byang\b|\bdan\b", after[: x.start()])
            ]
            # "Rapat Koordinasi Evaluasi", "rapat persiapan monev": a meeting about that step; "dievaluasi ...
            # pada kegiatan Forum Smart City", "rapat pansus Raperda": the meeting is the occasion of the step
            found = [f for f in found if (f[0] == "meeting") == bool(topic)]
        kinds = [t for t, _ in found]
        if len(kinds) <= 1:
            return kinds
        if d is not None:
            pos = d["start"] - a
            return [min(found, key=lambda f: min(abs(f[1].start() - pos), abs(f[1].end() - pos)))[0]]
        if in_lead and self.main in kinds:
            return [self.main]
        return [min(found, key=lambda f: f[1].start())[0]]

    def event_date(self, t: str, d: dict | None, a: int, b: int, tpos: int, in_lead: bool) -> tuple[bool, dict | None]:
        """(is an event, its date): a sentence's own date; in the lead, the main type takes the story date."""
        dd = self.date_of(a, b, a + tpos) if d is not None and a <= d["start"] < b else d
        lead = self.lead
        story = (
            dd is not None
            and dd["precision"] == "year"
            and in_lead
            and lead is not None
            and lead["precision"] in ("day", "unknown")
            and lead["date"][:4] in (dd["date"][:4], "--")
            and t == (self.main or t)
        )
        if dd is None or story:
            if not in_lead or (self.main and t != self.main):
                return False, None
            dd = lead
        return True, dd

    def sentence_events(self, k: int) -> list[dict]:
        a, b = self.sents[k]
        s = self.text[a:b]
        found = self.triggers(s, story=k == 0)  # "Bimtek ini, ..." opening the text is the story's
        if not found:
            if self.main != "bintek":
                return []
            # in a bimtek story, "Tahap pertama dilaksanakan pada awal Juni 2022 dan tahap keempat ... (21/9/2022)"
            ev = {"type": "bintek", "date": None, "date_precision": "unknown", "evidence": _evidence(s, a, b)}
            return self.stage_events(ev, a, b)
        d = self.sentence_date(k)
        in_lead = b <= self.lead_end
        out = []
        for t in self.pick(found, d, a, in_lead):
            tm = next(m for tt, m in found if tt == t)
            ok, dd = self.event_date(t, d, a, b, tm.start(), in_lead)
            if ok and s.strip() == self.head.strip() and self.planned(t):
                continue  # "Pemkot Gelar Evaluasi" over a lead that says the city will hold it
            if not ok and not self.not_event.search(s[max(0, tm.start() - 50) : tm.end() + 90]):
                said = self.said_date(k)
                if (
                    said
                ):  # "Kominfo menggelar Bimtek ... . '...,' kata Kadis di Aula, Rabu (23/6).": the day it was said
                    ok, dd = True, said
            if not ok and t == "bintek" and self.series_year and (_stage(s, self.stage_rx) or 0) > self.series_stage:
                # "Kemudian pada Bimtek kedua, ...": a further stage of the series told above, in its year
                ok, dd = True, {"date": self.series_year, "precision": "year"}
            if not ok:
                continue
            told_before = re.match(r"\s+(?:tersebut|itu|ini)\b", s[tm.end() : tm.end() + 10])
            if (not in_lead and self.not_event.search(s[max(0, tm.start() - 50) : tm.end() + 90])) or (
                told_before and k > 0
            ):
                continue  # a plan, or the event told before ("evaluasi tersebut")
            ev = {
                "type": t,
                "date": dd["date"] if dd else None,
                "date_precision": dd["precision"] if dd else "unknown",
                "evidence": _evidence(s, a, b),
            }
            if t == "bintek":
                staged = self.bintek_events(ev, dd, a, b)
                if staged is not None:
                    out.extend(staged)
                    continue
            out.extend(self.award_events(ev, k) if t == "award" else [ev])
        return out

    def bintek_events(self, ev: dict, dd: dict | None, a: int, b: int) -> list[dict] | None:
        """A bimtek's stage, and the series it belongs to: [] when the sentence tells another stage than
        the story's on the story's day, one event per stage when it dates several, None to keep `ev`."""
        s = self.text[a:b]
        st = _stage(s, self.stage_rx) or _stage(self.head, self.stage_rx)
        if not st and dd is self.lead:
            st = self.lead_stage()
        on_story_day = bool(dd and self.lead and dd["date"] == self.lead["date"])
        hs = _stage(self.head, self.stage_rx) or self.story_stage or self.lead_stage()
        if on_story_day and st and hs and st != hs:
            if st < hs or dd is not self.lead:
                return []  # "Bimtek pertama menyusun visi misi ..." in a story of stage III: not the story's day
            # "Bimtek tahap kedua juga berlangsung ..." after stage I's day: a later stage, by its year
            ev["date"], ev["date_precision"] = dd["date"][:4], "year"
        if on_story_day and st and not self.story_stage:
            self.story_stage = st
        if st:
            ev["stage"] = st
        if ev["date"] and ev["date"][:1] != "-":
            self.series_year = ev["date"][:4]
        self.series_stage = max(self.series_stage, st or 0)
        return self.stage_events(ev, a, b) or None

    def story_event(self) -> list[dict]:
        """An article that dates none of its steps still reports one: the first sentence that tells a
        step as done ("Pemkab juga menggelar bimbingan teknis", "membuka Bimtek Tahap IV"), with the
        sentence's date, else undated. A plan ("akan", "dijadwalkan") is not one."""
        lead = self.lead if self.lead and self.lead["precision"] == "day" else None
        for k, (a, b) in enumerate(self.sents):
            s = self.text[a:b]
            found = [
                (t, m)
                for t, m in self.triggers(s, story=True)
                if not self.not_event.search(s[max(0, m.start() - 50) : m.end() + 40])
                and not (s.strip() == self.head.strip() and self.planned(t))
            ]
            out = []
            for t, _m in found:  # "memberikan asesmen dan bimbingan teknis": both, on the story's day
                d = self.sentence_date(k) or lead
                ev = {
                    "type": t,
                    "date": d["date"] if d else None,
                    "date_precision": d["precision"] if d else "unknown",
                    "evidence": _evidence(s, a, b),
                }
                st = _stage(s, self.stage_rx) if t == "bintek" else None
                if st:
                    ev["stage"] = st
                out.append(ev)
            if out:
                return out
        return []

    def stage_events(self, ev: dict, a: int, b: int) -> list[dict]:
        """ "bimtek tahap I digelar pada 8 Juli 2019, tahap II pada 6 Agustus 2019 dan tahap III pada 9-10
        September 2019", "sejak bulan Juli kemarin tahap kedua, dan bulan Agustus ini tahap ketiga": one
        bimtek per stage, each with its own date: the nearest after the stage (before the next one), or
        one written right before it ("bulan Juli kemarin tahap kedua", no comma between); a date told as
        future ("nanti bulan September") is no stage held."""
        s = self.text[a:b]
        marks = [(m.start(), m.end(), _stage(m.group(0), self.stage_rx)) for m in self.stage_rx.finditer(s)]
        marks = [x for x in marks if x[2]]
        if len({v for _, _, v in marks}) < 2:
            return []
        dates = [
            d
            for d in self.dates
            if a <= d["start"] < b
            and d["precision"] in ("day", "month")
            and not re.search(
                r"\b(?:nanti|akan)\s+(?:\S+\s+){0,2}$", s[max(0, d["start"] - a - 25) : d["start"] - a], re.I
            )
            and not re.match(r"\s*(?:mendatang|yang\s+akan\s+datang)\b", self.text[d["end"] : d["end"] + 25], re.I)
        ]
        pairs = []
        for i, (p, e, _v) in enumerate(marks):
            nxt = marks[i + 1][0] if i + 1 < len(marks) else len(s)
            prv = marks[i - 1][1] if i else 0
            for j, d in enumerate(dates):
                x0, x1 = d["start"] - a, d["end"] - a
                if e <= x0 < nxt:
                    pairs.append((x0 - e, i, j))
                elif prv <= x0 and x1 <= p and not re.search(r"[,;]|\b(?:dan|serta)\b", s[x1:p]):
                    pairs.append((p - x1, i, j))
        got: dict[int, dict] = {}
        used: set[int] = set()
        for _dist, i, j in sorted(pairs):
            if i not in got and j not in used:
                got[i], _ = dates[j], used.add(j)
        out = [
            dict(ev, stage=marks[i][2], date=got[i]["date"], date_precision=got[i]["precision"]) for i in sorted(got)
        ]
        return out if len(out) >= 2 else []

    def award_events(self, ev: dict, k: int) -> list[dict]:
        """One award per pillar named, each with the year written before it ("tahun 2021 ... smart
        society, tahun 2022 ... smart environment"), and the programme it names."""
        a, b = self.sents[k]
        s = self.text[a:b]
        ds = sorted((m.start(), x) for x, p in self.dims.items() for m in p.finditer(s))
        yrs = [
            (m.start(), m.group(1))
            for m in YEAR.finditer(s)
            if not NOT_YEAR.search(s[max(0, m.start() - 20) : m.start()])
        ]
        nxt = self.text[b : self.sents[k + 1][1]] if k + 1 < len(self.sents) else ""
        pm = AWARD_PROGRAMME.search(s) or AWARD_PROGRAMME.search(nxt)
        out, seen = [], set()
        for pos, x in ds or [(0, None)]:
            e2 = dict(ev)
            e2["award"] = {"dimension": x}
            if pm:
                e2["award"]["programme"] = pm.group(1).strip(' "”')
            before = [y for p0, y in yrs if p0 < pos]
            if len(yrs) > 1 and x and before:
                e2["date"], e2["date_precision"] = before[-1], "year"
            if (x, e2["date"]) not in seen:
                seen.add((x, e2["date"]))
                out.append(e2)
        return out


# "Kegiatan ini dilaksanakan ... Senin (22/5) lalu", "Hal tersebut tertuang dalam Surat ... tanggal 3 Januari
# 2022": the day of the step told just before
THIS_OCCASION = re.compile(
    r"\s*(?:(?:kegiatan|acara|penandatanganan|pertemuan)\s+(?:ini|tersebut)\b|"
    r"hal\s+(?:ini|tersebut|itu)\s+(?:tertuang|tercantum|termuat|berdasarkan|sesuai)\b)",
    re.IGNORECASE,
)
SELECTION = re.compile(
    r"\bterpilih\b|\blolos\b|\bseleksi\b|\bassess?ment\b|\basesmen\b|\bditetapkan\s+(?:menjadi|sebagai)\b",
    re.IGNORECASE,
)
LOCAL_SIGNERS = re.compile(
    r"\b(?:OPD|SKPD|perangkat\s+daerah|dewan\s+smart\s+city|tim\s+pelaksana|kepala\s+dinas|camat|lurah|kepala\s+desa)\b",
    re.IGNORECASE,
)
MINISTRY = re.compile(
    r"\b(?:kominfo|komdigi|kementerian|kemenkominfo|kemkominfo|dirjen|direktorat|menteri)\b", re.IGNORECASE
)
SAID = re.compile(r"\b(?:kata|ujar|ungkap|jelas|tutur|terang|imbuh|tambah|sebut|papar)(?:nya)?\b", re.IGNORECASE)
# triggers beyond the rubric's: a presentation before the examiners is the evaluation
EXTRA_TRIGGERS = {
    "evaluation": r"\bdi\s+hadapan\s+(?:para\s+)?(?:tim\s+)?(?:penguji|penilai|asesor|assessor|evaluator)\b",
}
RESULT_ANNOUNCED = re.compile(
    r"\b(?:hasil|nilai|indeks)\b[^.]{0,40}\b(?:diumumkan|disampaikan|dipaparkan|dibacakan)\b", re.IGNORECASE
)


def _score_events(evs: list[dict], scores: list[dict]) -> None:
    """A score of a stated past year is the trace of that year's evaluation (when the article quotes
    scores of several years, or reports no evaluation)."""
    overall_years = {sc["year"] for sc in scores if sc["year"] and sc["kind"] == "overall"}
    has_eval = any(e["type"] == "evaluation" for e in evs)
    for sc in scores:
        if not (sc["year"] and sc["kind"] == "overall" and sc.get("year_stated")):
            continue
        if (len(overall_years) > 1 or not has_eval) and not any(
            e["type"] == "evaluation" and (e["date"] or "")[:4] == str(sc["year"]) for e in evs
        ):
            evs.append(
                {"type": "evaluation", "date": str(sc["year"]), "date_precision": "year", "evidence": sc["evidence"]}
            )


def _pillar(e: dict) -> str | None:
    return (e.get("award") or {}).get("dimension")


# long (~70 lines): one pass over an article's events, each rule a short branch; its length is the one-argument-per-line layout of ruff format
def _tidy(evs: list[dict], head: str) -> list[dict]:
    """One event per (type, date, pillar); an event known only by its year goes when the same event
    has a day that year; the days of one event ("hari pertama (8/7)", "hari kedua (9/7)") are one."""
    out: list[dict] = []
    for e in evs:
        key = (e["type"], e["date"], _pillar(e))
        same = next(
            (
                o
                for o in out
                if (o["type"], o["date"], _pillar(o)) == key
                and not (o.get("stage") and e.get("stage") and o["stage"] != e["stage"])  # two stages in one year
            ),
            None,
        )
        if same is None:
            out.append(e)
        elif same["evidence"]["text"] == head or (e.get("stage") and not same.get("stage")):
            # the headline said it; the body tells it (with its stage, its own evidence)
            if same.get("stage") and not e.get("stage"):
                e["stage"] = same["stage"]
            out[out.index(same)] = e
    for e in sorted((e for e in out if e["date_precision"] == "year" and e.get("stage")), key=lambda e: e["stage"]):
        # the story's day event without a stage is the first stage told by its year only
        day = [
            o
            for o in out
            if o["type"] == e["type"] and o["date_precision"] == "day" and (o["date"] or "")[:4] == e["date"]
        ]
        if len(day) == 1 and not day[0].get("stage") and not any(o.get("stage") == e["stage"] for o in day):
            day[0]["stage"] = e["stage"]
    out = [
        e
        for e in out
        if not (
            e["date_precision"] in ("year", "month")
            and any(
                o is not e
                and o["type"] == e["type"]
                and (o["date"] or "")[: len(e["date"])] == e["date"]
                and len(o["date"] or "") > len(e["date"])
                and _pillar(o) == _pillar(e)
                and o.get("stage") in (None, e.get("stage"))
                and (not e.get("stage") or o.get("stage") == e.get("stage"))
                for o in out
            )
        )
    ]
    out = [
        e
        for e in out
        if not (
            e["type"] == "award"
            and e["date_precision"] == "year"
            and any(
                o["type"] == "award" and o["date_precision"] == "day" and (o["date"] or "")[:4] == e["date"]
                for o in out
            )
        )
    ]
    # an award without a pillar on the day of one with a pillar is the same award
    out = [
        e
        for e in out
        if not (
            e["type"] == "award"
            and not _pillar(e)
            and any(
                o["type"] == "award"
                and _pillar(o)
                and (
                    o["evidence"]["start"] == e["evidence"]["start"]
                    or (
                        o["date"]
                        and o["date"] == e["date"]
                        and (e["date_precision"] == "day" or abs(o["evidence"]["start"] - e["evidence"]["start"]) < 600)
                    )
                )
                for o in out
            )
        )
    ]
    kept: list[dict] = []
    for e in out:
        same = next(
            (
                o
                for o in kept
                if e["date_precision"] == "day"
                and e["date"]
                and o["type"] == e["type"]
                and o["date_precision"] == "day"
                and o["date"]
                and (o.get("stage") == e.get("stage") or not o.get("stage"))
                and _pillar(o) == _pillar(e)
                and abs(_days(o["date"]) - _days(e["date"])) <= 3
            ),
            None,
        )
        if same is None:
            kept.append(e)
        elif e.get("stage"):  # the story's day of a stage dated "18-19 November" elsewhere: one event, its stage
            same["stage"] = e["stage"]
    return kept


def _attach(out: list[dict], scores: list[dict], rank: dict | None) -> None:
    """Each evaluation gets the scores of its year; the first evaluation or award gets the rank."""
    for e in out:
        e["scores"] = [
            _public(s)
            for s in scores
            if e["type"] == "evaluation" and s["year"] and (e["date"] or "")[:4] == str(s["year"])
        ]
    first = next((x for x in out if x["type"] in ("evaluation", "award")), None)
    if rank and first is not None:
        first["rank"] = rank


OVERALL_CUE = re.compile(
    r"\b(?:indeks|nilai|skor)\s+(?:evaluasi\s+)?(?:smart\s*city|kota\s+cerdas|implementasi|keseluruhan|total)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"(?<![\d.,])([0-4][,.]\d{1,2})(?![\d.,]*\d)")


def _stated_years(s: str) -> list[tuple[int, int]]:
    return [
        (m.start(), int(m.group(1)))
        for m in YEAR.finditer(s)
        if not NOT_YEAR.search(s[max(0, m.start() - 20) : m.start()])
    ]


THIS_YEAR = re.compile(r"\btahun\s+ini\b|\btahun\s+berjalan\b", re.IGNORECASE)
LAST_YEAR = re.compile(r"\btahun\s+(?:sebelumnya|lalu|kemarin)\b", re.IGNORECASE)
# the score a result rose or fell from, and the earlier period it belongs to
FROM_BEFORE = re.compile(r"\b(?:naik|meningkat|turun|menurun|bertambah|berkurang)\s+dari\s*$", re.IGNORECASE)
PREV_PERIOD = re.compile(
    r"\b(?:semester|periode|evaluasi|penilaian|tahun)\s+(?:\S+\s+)?(?:sebelumnya|lalu)\b", re.IGNORECASE
)


def _story_year(lead) -> int | None:
    if lead and re.match(r"(?:19|20)\d\d", lead["date"] or ""):
        return int(lead["date"][:4])
    return None


def _evaluated_year(text: str, sents, lead) -> int | None:
    """The year evaluated: the first year told with the evaluation ("hasil evaluasi ... tahun 2023"),
    "tahun ini" the story's year, else the story's year."""
    for a, b in sents:
        s = text[a:b]
        if re.search(r"evaluasi|penilaian|indeks", s, re.I):
            ys = [
                (p, y)
                for p, y in _stated_years(s)
                if not PERIOD_AFTER.match(s[p + 4 : p + 28])
                and not re.search(r"\b(?:dari|sejak|dibanding(?:kan)?)\s+(?:\S+\s+){0,3}$", s[max(0, p - 30) : p], re.I)
            ]
            ti = THIS_YEAR.search(s)
            if ti and _story_year(lead) and (not ys or ti.start() < ys[0][0]):
                return _story_year(lead)
            if ys:
                return ys[0][1]
    return _story_year(lead)


def _score_kind(window: str, kinds: dict, dims: dict) -> tuple[str, str | None]:
    """overall, a criterion (baseline ... quick_win) or a dimension, by the last cue before the number;
    "Smart Branding, Indeks Smart City Capai 3,58" is overall."""
    overall_at = max((mm.end() for mm in OVERALL_CUE.finditer(window)), default=-1)
    hits = [(mm.end(), k) for k, p in kinds.items() for mm in p.finditer(window) if mm.end() > overall_at]
    dh = [(mm.end(), k) for k, p in dims.items() for mm in p.finditer(window) if mm.end() > overall_at]
    if dh and (not hits or max(dh)[0] > max(hits)[0]):
        return "dimension", max(dh)[1]
    if hits:
        return max(hits)[1], None
    return "overall", None


def _prior_period(s: str, m: re.Match, eval_year: int | None) -> tuple[bool, int | None]:
    """(whether the score is the one a result rose or fell from, its year): "naik dari 2,73 pada
    evaluasi semester sebelumnya" is an earlier period whose year the story does not tell (None,
    never filled with the article's year); "... tahun lalu" the evaluated year minus one."""
    tail = s[m.end() : m.end() + 50]
    if not (FROM_BEFORE.search(s[max(0, m.start() - 25) : m.start()]) and PREV_PERIOD.search(tail)):
        return False, None
    return True, (eval_year - 1 if eval_year and LAST_YEAR.search(tail) else None)


def _score_year(
    s: str,
    m: re.Match,
    years: list,
    prev_year: int | None,
    eval_year: int | None,
    story_year: int | None = None,
    prev_result: bool = False,
) -> tuple[int | None, bool]:
    """(the year the score is for, whether the text states it next to the score): "3,46 pada 2021",
    "tahun sebelumnya/lalu" the evaluated year minus one, "tahun ini" the story's year, else the
    nearest year before it in the sentence; "Selanjutnya ..." the previous sentence's year; else the
    evaluated year."""
    after = [  # "3,46 pada 2021", not "3,12, dan tahun 2023 mencapai ..." (the next clause's year)
        (p - m.end(), yy)
        for p, yy in years
        if 0 <= p - m.end() <= 12 and not re.search(r"[,;]|\bdan\b", s[m.end() : p])
    ]
    if after:
        return min(after)[1], True
    around = s[m.end() : m.end() + 30] + " " + s[max(0, m.start() - 30) : m.start()]
    bef = [(m.start() - p, yy) for p, yy in years if p < m.start()]
    # "Tahun lalu Baruna mendapat nilai evaluasi 3,05": no other year between
    last = [t.end() for t in LAST_YEAR.finditer(s[: m.start()]) if m.start() - t.end() <= 90]
    if eval_year and (LAST_YEAR.search(around) or (last and not (bef and m.start() - min(bef)[0] > last[-1]))):
        return eval_year - 1, False
    near_this = [t.end() for t in THIS_YEAR.finditer(s[: m.start()]) if m.start() - t.end() <= 90]
    if near_this and (story_year or eval_year) and not (bef and m.start() - min(bef)[0] > near_this[-1]):
        return story_year or eval_year, True
    y = None
    if years:
        y = min(bef)[1] if bef else min((abs(p - m.start()), yy) for p, yy in years)[1]
    elif prev_year and (
        prev_result or re.match(r"\s*[\"“]?\s*(?:selanjutnya|kemudian|sedangkan|sementara|lalu|adapun)", s, re.I)
    ):
        y = prev_year  # "... hasil evaluasi Tahap II 2023 lalu, ... urutan tiga. Kota X mendapat nilai 3,71"
    if y is None:
        return eval_year, False
    return y, True


# a target, not a result: "kita targetkan nilai di atas 3,3", "minimal 3,5"
TARGET = re.compile(
    r"\b(?:target\w*|menargetkan|diharapkan|berharap|harapan|ingin|mengejar|minimal|di\s+atas|lebih\s+dari)\b",
    re.IGNORECASE,
)
# a change, not a score: "meningkat sebesar 0,25", "naik 0,3 poin", "improvement 0,25"
DELTA_BEFORE = re.compile(
    r"\b(?:meningkat|naik|turun|menurun|peningkatan|kenaikan|penurunan|selisih|improvement|bertambah|berkurang)"
    r"(?:\s+(?:\S+\s+){0,3}?(?:sebesar|sekitar|hingga|senilai))?\s*$",
    re.IGNORECASE,
)
# programme realisation as a percentage: "Program Smart City ... mencapai 70,73 persen", "... nilai 100 persen"
PCT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:persen\b|%)")
PCT_CUE = re.compile(
    r"\b(?:program|rencana\s+aksi|realisasi|terealisasi|capaian|pencapaian|implementasi|pelaksanaan|"
    r"berjalan|terlaksana|kebijakan|infrastruktur|nilai(?:nya)?|indeks)\b",
    re.IGNORECASE,
)
PCT_NOT = re.compile(
    r"\b(?:bobot|penetrasi|internet|penduduk|populasi|pertumbuhan|kemiskinan|anggaran|apbd|inflasi|target|"
    r"kepuasan|ikm|spbe|suara|pajak|diskon|bunga|partisipasi|pengguna|vaksin\w*|kehadiran)\b|\bdari\s+(?:jumlah|total)\b",
    re.IGNORECASE,
)


OTHER_REGION = re.compile(
    r"\b(?:Kota|Kabupaten|Kab\.?)\s+([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:dengan|sebesar|meraih|memperoleh)?\s*(?:nilai|skor|indeks)?\s*$"
)


class _ScoreRules:
    def __init__(self, city: str | None = None):
        self.city = (city or "").lower()
        cfg = rubric()["news"]
        self.cue = re.compile(cfg["score_cue"], re.IGNORECASE)
        self.bad = re.compile(cfg["score_not"], re.IGNORECASE)
        self.kinds = {k: re.compile(v, re.IGNORECASE) for k, v in cfg["score_kinds"].items()}
        self.dims = {k: re.compile(v, re.IGNORECASE) for k, v in cfg["dimensions"].items()}

    def is_score(self, s: str, m: re.Match) -> bool:
        """A number after a score cue in its clause (or in a list of criteria/dimensions), not of another
        index, not a change ("meningkat sebesar 0,25"), not a percentage or an amount ("indeks ... 2,87
        persen" is the index misprinted)."""
        before = s[max(0, m.start() - 70) : m.start()]
        clause = re.split(r"[;:]|\b(?:sedangkan|sementara|dan)\b", before)[-1]
        near = s[max(0, m.start() - 30) : m.start()]
        listed = any(p.search(near) for p in list(self.kinds.values()) + list(self.dims.values()))
        became = re.search(r"\b(?:menjadi|ke\s+angka)\s*$", s[max(0, m.start() - 14) : m.start()], re.I)
        if not (
            self.cue.search(s[max(0, m.start() - 160) : m.start()]) and (self.cue.search(before) or listed or became)
        ):
            return False  # "indeks smart city mencapai 3,06 pada 2022, namun meningkat menjadi 3,31": a score
        bad = [x.end() for x in self.bad.finditer(s[: m.start()])]
        smart = [x.end() for x in re.finditer(r"smart\s*city|kota\s+cerdas", s[: m.start()], re.I)]
        if (
            bad
            and bad[-1] > max(smart, default=-1)
            and not re.search(r"\b(?:persen|%)", s[bad[-1] - 8 : bad[-1]], re.I)
        ):
            return False  # "indeks SPBE meningkat dari 3,31 ... menjadi 4,00": another index
        if self.bad.search(clause + re.sub(r"^\s*(?:persen|%)", "", s[m.end() : m.end() + 12])):
            return False
        if self.is_delta(s, m) or TARGET.search(clause):
            return False
        other = OTHER_REGION.search(s[max(0, m.start() - 40) : m.start()])
        if other and self.city and other.group(1).lower() not in self.city:
            return False  # "di bawah Kota Surakarta dengan 3,84": another region's score
        unit = re.match(r"\s*(?:persen|%|juta|miliar|triliun|km|ha\b|poin)", s[m.end() : m.end() + 10], re.I)
        return not unit or (
            unit.group(0).strip().lower() in ("persen", "%") and bool(re.search(r"\bindeks\b", before, re.I))
        )

    @staticmethod
    def is_delta(s: str, m: re.Match) -> bool:
        """ "naik sebesar 0,31", "X atau meningkat 0,25 dari ...", "improvement ... 0,25": a change. A
        score stated with a rise word ("mengalami peningkatan sebesar 3,31") is one when it is 1 or more
        and no score stands before it in the clause."""
        before = s[max(0, m.start() - 45) : m.start()]
        v = float(m.group(1).replace(",", "."))
        if delta := DELTA_BEFORE.search(before):
            return v < 1 or bool(re.search(r"\b(?:atau|dengan)\s+\S*\s*$", before[: delta.start()]))
        return v < 1 and bool(re.search(r"\bimprovement\b|\bselisih\b", s[max(0, m.start() - 80) : m.start()], re.I))

    def percent(self, s: str, m: re.Match) -> tuple[str, str | None] | None:
        """A programme-realisation percentage ("program ... telah berjalan 70,73 persen", "Smart Living
        9 dari 10 program berjalan dengan nilai 90 persen"): (kind, dimension), else None."""
        before = s[max(0, m.start() - 90) : m.start()]
        clause = re.split(r"[;:]|\b(?:sedangkan|sementara)\b", before)[-1]
        after = re.split(r"[;:,.]", s[m.end() : m.end() + 50])[0]  # "Sebesar 94,46 persen rencana aksi ..."
        if not (PCT_CUE.search(clause) or PCT_CUE.search(after)) or PCT_NOT.search(clause + after[:25]):
            return None
        if DELTA_BEFORE.search(s[max(0, m.start() - 45) : m.start()]):
            return None
        v = float(m.group(1).replace(",", "."))
        if v > 100 or (v <= 4 and re.search(r"\bindeks\b", before, re.I)):
            return None  # an index misprinted with "persen" is read as an index
        dh = [(mm.end(), k) for k, p in self.dims.items() for mm in p.finditer(clause)]
        if dh:
            return "dimension", max(dh)[1]
        kh = [(mm.end(), k) for k, p in self.kinds.items() for mm in p.finditer(clause)]
        return (max(kh)[1] if kh else "output"), None


FROM_TO = re.compile(
    r"\bdari\s+(?:nilai\s+|indeks\s+|skor\s+)?([0-4][,.]\d{1,2})\s+(?:\S+\s+){0,2}?menjadi\s+(?:\S+\s+)?([0-4][,.]\d{1,2})",
    re.IGNORECASE,
)


def _from_to(s: str, years: list, recs: list[dict]) -> None:
    """ "tahun 2022 lebih baik daripada tahun 2021, yakni dari nilai 2,82 meningkat menjadi 3,06": the
    first value is the earlier year's, the second the later's; with one year stated ("dari 2,87 menjadi
    3,10 pada evaluasi tahap kedua tahun 2024") the first is an earlier period whose year is not told."""
    m = FROM_TO.search(s)
    ys = sorted({y for p, y in years if m and p < m.start()})  # the years compared, not a statement date after
    if not m or not ys:
        return
    a, b = (float(g.replace(",", ".")) for g in m.groups())
    for r in recs:
        if r.get("unit"):
            continue
        if r["value"] == b:
            r["year"], r["year_stated"] = ys[-1], True
        elif r["value"] == a:
            r["year"], r["year_stated"] = (ys[0], True) if len(ys) > 1 else (None, False)
            r["prior"] = len(ys) == 1


YEAR_VALUE = re.compile(
    r"\b(?:19|20)\d\d\s*,?\s+(?:\S+\s+){0,2}?(?:mencapai|sebesar|menjadi|bernilai|di\s+angka|angka)\s+(?:angka\s+)?$",
    re.IGNORECASE,
)


def extract_scores(text: str, sents, dates, lead, city: str | None = None) -> list[dict]:
    """Quoted evaluation scores: {year, value, kind, dimension?, unit?} (+ year_stated, evidence inside).
    Index scores (0-4) and programme-realisation percentages (unit "percent")."""
    rules = _ScoreRules(city)
    eval_year = _evaluated_year(text, sents, lead)
    story_year = _story_year(lead)
    smart = bool(re.search(r"smart\s*city|kota\s+cerdas", text, re.I))
    out = []
    prev_year, prev_result, prev_scored = None, False, False
    for a, b in sents:
        s = text[a:b]
        if (
            not re.search(r"smart\s*city|kota\s+cerdas|indeks|nilai|evaluasi|dimensi|skor|program|persen|%", s, re.I)
            and prev_year is None
        ):
            continue
        years = _stated_years(s)
        for m in NUMBER.finditer(s):
            # "Pada tahun 2021, indeks skor ... 2,98. Tahun 2022 mencapai 3,12": the next sentence goes on
            listed_on = prev_scored and YEAR_VALUE.search(s[max(0, m.start() - 40) : m.start()])
            if not (rules.is_score(s, m) or listed_on):
                continue
            kind, dim = _score_kind(s[max(0, m.start() - 60) : m.start()], rules.kinds, rules.dims)
            prior, py = _prior_period(s, m, eval_year)
            y, stated = (
                (py, False) if prior else _score_year(s, m, years, prev_year, eval_year, story_year, prev_result)
            )
            rec = {"year": y, "value": float(m.group(1).replace(",", ".")), "kind": kind, "year_stated": stated}
            if prior:
                rec["prior"] = True
            if dim:
                rec["dimension"] = dim
            rec["evidence"] = {"text": s.strip()[:400], "start": a, "end": b}
            out.append(rec)
        for m in PCT.finditer(s) if smart else ():
            kd = rules.percent(s, m)
            if kd is None:
                continue
            y, stated = _score_year(s, m, years, prev_year, eval_year, story_year)
            rec = {"year": y, "value": float(m.group(1).replace(",", ".")), "kind": kd[0]}
            if kd[1]:
                rec["dimension"] = kd[1]
            rec["unit"] = "percent"
            rec["year_stated"] = stated
            rec["evidence"] = {"text": s.strip()[:400], "start": a, "end": b}
            out.append(rec)
        _from_to(s, years, [r for r in out if r["evidence"]["start"] == a])
        prev_scored = any(r["evidence"]["start"] == a and not r.get("unit") for r in out)
        prev_year = years[-1][1] if years else None
        # a sentence about one year's evaluation result: the next sentence's score is that year's
        prev_result = len({y for _, y in years}) == 1 and bool(
            re.search(r"\bhasil\s+(?:evaluasi|penilaian)\b", s, re.I)
        )
    ys = [r["year"] for r in out if r["year"] and r.get("unit") != "percent"]
    seen, uniq = set(), []
    for r in out:
        if r["year"] is None and ys and r.get("unit") != "percent" and not r.get("prior"):
            r["year"] = ys[0]  # a score without a year: the year of the article's other scores
        key = (r["year"], r["value"], r["kind"], r.get("dimension"))
        if key not in seen:
            seen.add(key)
            uniq.append(r)
    return uniq


def extract_rank(text: str, cfg: dict) -> dict | None:
    m = re.search(cfg["rank"], text, re.IGNORECASE)
    if not m:
        return None
    rest = text[m.end() : m.end() + 60]
    nat = re.search(
        r"(\d{1,3})\s+(?:nasional|se-?indonesia|secara\s+nasional)|nasional\s+(?:peringkat\s+|urutan\s+)?(?:ke-?)?\s*(\d{1,3})",
        rest,
        re.I,
    )
    r = {"position": int(m.group(1)), "scope": (m.group(2) or "").strip() or None}
    if nat:
        r["national"] = int(nat.group(1) or nat.group(2))
    return r


def events(store, city_docs: list[dict]) -> list[dict]:
    """The events of a city's news items (`NewsEvent` JSON, in date order)."""
    out = []
    for d in city_docs:
        if d["kind"] != "news":
            continue
        text = store.text(d["id"])
        head = d["title"] or ""
        meta = d.get("meta") or {}
        lead = " ".join(text.split())[:280]
        for ev in extract(text, head, meta, d.get("city"))["events"]:
            overall = next((x["value"] for x in ev["scores"] if x["kind"] == "overall"), None)
            e = {"doc_id": d["id"], "date": ev["date"], "date_precision": ev["date_precision"], "type": ev["type"]}
            if ev.get("stage"):
                e["stage"] = ev["stage"]
            e["scores"] = ev["scores"]
            if "award" in ev:
                e["award"] = ev["award"]
            if ev.get("rank"):
                e["rank"] = ev["rank"]
            ctx = ev["evidence"]["text"]
            e.update(
                {
                    "title": head,
                    "score": overall,
                    "dateline": meta.get("dateline"),
                    "source": d["source_name"],
                    "summary": lead if ctx == head or ev["evidence"]["start"] < 300 else " ".join(ctx.split())[:280],
                    "evidence": ev["evidence"],
                    "programmes": [],
                }
            )
            out.append(e)
    out.sort(key=lambda e: (_sort_date(e["date"]), e["title"]))
    return _merge_reports(out)


def _merge_reports(evs: list[dict]) -> list[dict]:
    """One event per (type, date, stage, pillar) across the city's news items: the same award or
    meeting told by two sites is one event, the first item's, with the others in `also_reported`
    (its scores gain theirs). Events known to the day or month merge, and by the year alone a
    pillar's award (one a year) and a year's evaluation; two meetings of one year may be two."""
    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for e in evs:
        key = (e["type"], e["date"], e.get("stage"), (e.get("award") or {}).get("dimension"))
        by_year = e["type"] == "evaluation" or (e["type"] == "award" and key[3])
        first = seen.get(key) if e["date"] and (e["date_precision"] in ("day", "month") or by_year) else None
        if first is None or first["doc_id"] == e["doc_id"]:
            seen.setdefault(key, e)
            out.append(e)
            continue
        first.setdefault("also_reported", []).append(
            {"doc_id": e["doc_id"], "title": e["title"], "source": e["source"]}
        )
        have = {(x["year"], x["value"], x["kind"], x.get("dimension")) for x in first["scores"]}
        first["scores"] += [
            x for x in e["scores"] if (x["year"], x["value"], x["kind"], x.get("dimension")) not in have
        ]
        if e.get("rank") and not first.get("rank"):
            first["rank"] = e["rank"]
    return out


def _sort_date(d: str | None) -> str:
    return "9999" if not d else ("9998" + d) if d.startswith("--") else d


def score_series(evs: list[dict], store=None, city_docs: list[dict] | None = None) -> list[dict]:
    """A city's scores over the years: every quoted score once (year, value, kind, dimension), with
    the news item quoting it, by year."""
    out, seen = [], set()
    for d in city_docs or []:
        if d["kind"] != "news":
            continue
        for sc in extract(store.text(d["id"]), d["title"] or "", d.get("meta") or {})["scores"]:
            if sc.get("unit") == "percent":
                continue  # programme-realisation percentages are on their event, not in the 0-4 index trend
            key = (sc["year"], sc["value"], sc["kind"], sc.get("dimension"))
            if key in seen:
                continue
            seen.add(key)
            p = {"year": sc["year"], "value": sc["value"], "kind": sc["kind"]}
            if sc.get("dimension"):
                p["dimension"] = sc["dimension"]
            p["doc_id"] = d["id"]
            out.append(p)
    out.sort(key=lambda p: (p["year"] or 0, p["kind"], p.get("dimension") or ""))
    return out


GENERIC = {
    "smart",
    "city",
    "kota",
    "kabupaten",
    "program",
    "sistem",
    "informasi",
    "digital",
    "terpadu",
    "daerah",
    "pemkot",
    "pemkab",
    "aplikasi",
    "layanan",
    "pelayanan",
    "publik",
    "pengembangan",
    "penerapan",
    "berbasis",
    "masyarakat",
    "warga",
    "gerakan",
    "menuju",
    "kominfo",
    "pemerintah",
    "tahap",
    "nilai",
    "evaluasi",
}


def _content_tokens(text: str) -> set[str]:
    return {t for t in analyse(text, stem=False) if t not in GENERIC and not t.isdigit() or t in {"112", "119"}}


def link_programmes(store, evs: list[dict], programmes: list, embedder, programme_vectors=None) -> None:
    """A news item reports on a programme when its headline (and lead) shares a distinctive
    word with the programme's name and the two are semantically close, or when the programme's
    full name appears in the story."""
    if not evs or not programmes:
        return
    thr = rubric()["news"]["link_min_similarity"]
    PV = programme_vectors if programme_vectors is not None else embedder.embed_passages([p.text() for p in programmes])
    NV = embedder.embed_passages([e["title"] + ". " + e["summary"] for e in evs])
    S = NV @ PV.T
    ptoks = [_content_tokens(re.sub(r"\s*\(.*?\)", " ", p.name)) for p in programmes]
    for i, e in enumerate(evs):
        body = store.text(e["doc_id"]).lower()
        head = _content_tokens(e["title"] + " " + e["summary"][:200])
        picked = []
        for j in np.argsort(-S[i]):
            p = programmes[j]
            core = re.sub(r"\s*\(.*?\)", "", p.name).lower()
            shared = head & ptoks[j]
            by = "name" if len(core) > 8 and core in body else "words+similarity" if shared and S[i, j] >= thr else None
            if by:
                picked.append(
                    {
                        "name": p.name,
                        "similarity": round(float(S[i, j]), 4),
                        "by": by,
                        "shared_words": sorted(shared),
                        "quick_win": p.quick_win,
                    }
                )
            if len(picked) >= 3:
                break
        e["programmes"] = picked
