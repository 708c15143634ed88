"""News as implementation evidence: events per city (date, type, quoted evaluation score)
in a timeline, each linked to the plan programmes it reports on.

Event types from rubric.yaml news.types (MoU, assessment, bintek, evaluation, award, launch,
regulation, meeting), several per article, each dated by its sentence or the story's day (dates:
review.news_dates; scores: review.news_scores); a city's events from all its news items, one event
told by several items listed once. A news passage links to a programme when their e5 similarity
reaches news.link_min_similarity or the programme's name appears in the news text.
"""

from __future__ import annotations

import re

import numpy as np

from nlp.analysis import analyse
from nlp.entities import COUNT_WORDS

from .issues import rubric
from .news_dates import MONTH_NAMES, NOT_YEAR, YEAR, days_of, find_dates, is_range, lead_date, sentences
from .news_scores import extract_rank, extract_scores

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
# "persiapan evaluasi", "menghadapi evaluasi", "evaluasi tidak digelar": not an event of that type; "misalnya
# menggelar rapat ...": an example
NOT_DONE = re.compile(
    r"\b(?:misalnya|contohnya|sejak|persiapan|mempersiapkan|bersiap|menghadapi|jelang|menjelang|membahas|hadapi|catatan|target|"
    r"akan|rencananya|direncanakan|dijadwalkan|tindak\s+lanjut|menindaklanjuti|"
    r"tidak\s+ada|belum\s+ada)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
HELD_ON = re.compile(
    r"(?:\s+\S+){0,8}?\s+yang\s+(?:sebelumnya\s+)?(?:telah\s+|sudah\s+)?(?:dilaksanakan|digelar|diselenggarakan|berlangsung|dilakukan)\s+"
    r"(?:pada\s+)?(?:(?:tanggal|bulan)\s+)?(?:\d{1,2}\s+)?" + MONTH_NAMES + r"\b",
    re.IGNORECASE,
)
NOT_DONE_AFTER = re.compile(
    r"\s*(?:(?:\w+\s+){0,2}(?:tidak|belum|batal)\s+(?:digelar|dilaksanakan|dilakukan|diadakan)|"
    r"(?:sebanyak\s+|lebih\s+dari\s+|puluhan\s+|belasan\s+)?\d+\s+(?:buah\s+)?(?:aplikasi|program|inovasi|layanan|kali)\b|"
    r"(?:mandiri|internal)\b)",
    re.IGNORECASE,
)


# "Bimtek ini digelar di ...", "Evaluasi tersebut berlangsung ...": the step told before, and now its day
HELD_AFTER_THIS = re.compile(
    r"\s+(?:tersebut|itu|ini)\s+(?:\w+\s+){0,2}?(?:digelar|dilaksanakan|diadakan|diselenggarakan|berlangsung|"
    r"dibuka|dimulai|bertempat)\b",
    re.IGNORECASE,
)
# "dari hasil asesmen ...", "berdasarkan hasil penilaian ...": a result of an earlier step, not the story's event
RESULT_OF = re.compile(r"\b(?:dari|berdasarkan|atas|melalui)\s+hasil\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# what a sentence says it was told at: "saat membuka kegiatan", "di sela kegiatan", "ketika menutup acara"
OCCASION = re.compile(
    r"(?:\b(?:saat|ketika|sewaktu|di\s+sela(?:-sela)?|disela(?:-sela)?|usai)\s+(?:acara\s+|kegiatan\s+)?"
    r"(?:(?:membuka|menutup|menghadiri|mengikuti|memimpin)\s+(?:secara\s+resmi\s+)?)?"
    r"|\b(?:membuka|menutup)\s+(?:secara\s+resmi\s+)?)(?:acara\s+|kegiatan\s+)?$",
    re.IGNORECASE,
)


# "sebanyak 4 kali, yaitu ...": a series of sessions listed by their dates
SESSIONS = re.compile(
    r"\b(?:sebanyak\s+)?(\d|dua|tiga|empat|lima|enam)\s+(?:kali|tahap|sesi)\b[^.]{0,20}?(?:yaitu|yakni|:|masing-masing\s+pada)",
    re.IGNORECASE,
)


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
    evs.extend(art.selection_letters(evs))
    scores = extract_scores(text, art.sents, art.dates, art.lead, city)
    _score_events(evs, scores)
    out = _tidy(evs, art.head)
    _attach(out, scores, extract_rank(text, art.cfg))
    return {"events": out, "scores": [_public(s) for s in scores]}


def _evidence(s: str, a: int, b: int) -> dict:
    return {"text": s.strip()[:400], "start": a + (len(s) - len(s.lstrip())), "end": b}


def _public(score: dict) -> dict:
    return {k: v for k, v in score.items() if k not in ("evidence", "year_stated", "prior")}


def _retyped(found: list[tuple[str, re.Match]], s: str) -> list[tuple[str, re.Match]]:
    """A sentence's triggers typed by what the sentence says around them: a local commitment signing is a
    meeting, a result announced at a meeting no meeting, a drafting FGD of the masterplan a bimtek."""
    if (
        any(t == "mou" and not re.search(r"\bmou\b|\bnota\b", m.group(0), re.I) for t, m in found)
        and LOCAL_SIGNERS.search(s)
        and not MINISTRY.search(s)
    ):
        # "Seluruh jajaran OPD menandatangani kesepakatan menuju Magetan Smart City": a local commitment
        # signed at a meeting, not the MoU with the ministry
        found = [("meeting", m) if t == "mou" else (t, m) for t, m in found if t != "meeting"]
    if FGD_DRAFTING.search(s) and not any(t == "bintek" for t, _ in found):
        # "FGD Penyusunan Rencana Induk Smart City Tahap III": a drafting session of the masterplan, a bimtek
        found = [
            ("bintek", m) if t == "meeting" and re.match(r"(?i)fgd|focus", m.group(0)) else (t, m) for t, m in found
        ]
    if RESULT_ANNOUNCED.search(s):
        found = [(t, m) for t, m in found if t != "meeting"]  # a result announced at a meeting: no meeting event
    return found


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
        self.sents = sentences(text)
        self._drop_dateline_date()
        self.lead = lead_date(text, self.dates, meta, self.sents)
        longs = [b for a, b in self.sents if b - a > 60]
        self.lead_end = max(longs[min(2, len(longs) - 1)] if longs else 0, (self.lead or {}).get("end", 0))
        self.head_is_lead = (
            bool(head) and head.strip() in text[: self.lead_end + 1] and len(head) > 60 and not meta.get("headline")
        )
        # a story about the selection into the programme (its "penilaian" is the assessment, not an evaluation)
        # ("Sebelumnya, kata dia, ... terpilih ..." is background, not what the story tells)
        told = " ".join(text[a:b] for a, b in self.sents if a < 1500 and not BACKGROUND.match(text[a:b]) and b - a > 1)
        self.selection_story = bool(SELECTION.search(head + " " + told)) and not re.search(
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
                and not (len(inside) > 1 and is_range(self.text, *inside[:2]))
            )
            or (inside[0]["explicit"] and self.text[inside[0]["start"]] == "(" and len(inside) > 1)
        )
        # the dateline's date stands in brackets or before the dash: "BINJAI, Situs (15/12/2018) -", "KUPANG,
        # 4 Juni 2024 –"; "Camat X, Senin 13 September 2021, bertempat di ..." dates the story itself
        marked = bool(inside) and (
            self.text[inside[0]["start"]] == "("
            or re.match(r"\s*\)?\s*[-–—:|]", self.text[inside[0]["end"] : inside[0]["end"] + 6]) is not None
        )
        if (
            inside
            and inside[0]["start"] - fl[0] < 60
            and dated_dateline
            and marked
            and (len(inside) > 1 or any(d["precision"] == "day" and d["start"] >= fl[1] for d in self.dates))
        ):
            self.dates = [d for d in self.dates if d is not inside[0]]

    def _main_type(self) -> str | None:
        """The headline's event type (its first trigger), else the occasion the lead says the story was told
        at ("... disampaikan Wali Kota saat membuka kegiatan Bimtek Tahap I"), else the lead's first trigger."""
        hh = sorted((m.start(), t) for t, m in self.triggers(self.head, story=True))
        if hh and not self.head_is_lead:
            return hh[0][1]
        for a, b in self.sents:
            if b > self.lead_end:
                break
            occasion = self.occasion(self.text[a:b])
            if occasion:
                return occasion
        for a, b in self.sents:
            if b > self.lead_end:
                break
            s = self.text[a:b]
            undated = self.date_of(a, b) is None
            hits = sorted(
                (m.start(), t)
                for t, m in self.triggers(s, story=True)
                # "masuk binaan ... dari hasil asesmen Kominfo" with no date of its own: a step before the story's
                if not (undated and RESULT_OF.search(s[max(0, m.start() - 40) : m.start()]))
            )
            if hits:
                return hits[0][1]
        return None

    def occasion(self, s: str) -> str | None:
        """The type of the step a sentence names as the occasion of what it tells ("saat membuka kegiatan
        Bimtek ...", "di sela kegiatan bimbingan teknis ..."), None when it names none."""
        for t, m in self.triggers(s, story=True):
            if OCCASION.search(s[max(0, m.start() - 60) : m.start()]):
                return t
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
            # (a city's own evaluation is typed meeting: its lead still says "evaluasi")
            m = self.types[t].search(self.text[a:b]) or (
                self.types["evaluation"].search(self.text[a:b]) if t == "meeting" else None
            )
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
                if again and HELD_AFTER_THIS.match(s[m.end() : m.end() + 40]):
                    again = None  # "Bimtek ini digelar ... (13/6/2022)": sentence_events keeps it when it has a day
                if t == "launch" and re.match(
                    r"\s+(?:program\s+)?(?:gerakan\b|[\"“']?smart\s+city\s+(?:indonesia|nasional)\b)",
                    s[m.end() : m.end() + 40],
                    re.I,
                ):
                    continue  # "peluncuran program Gerakan Menuju 100 Smart City", "meluncurkan program 'Smart City
                    # Indonesia'": the national programme's, not the city's
                if (story or not again) and (
                    held
                    or not NOT_DONE.search(s[max(0, m.start() - 40) : m.start()])
                    and (
                        not NOT_DONE_AFTER.match(s[m.end() : m.end() + 30])
                        or SESSIONS.match(s[m.end() : m.end() + 60].lstrip())  # "4 kali, yaitu <dates>": held
                    )
                ):
                    found.append((t, m))
                    break
        found = _retyped(found, s)
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
            # (or one held with the ministry: "mengikuti Rapat Evaluasi Implementasi ... bersama Kementerian")
            rapat = re.search(r"rapat\s+evaluasi", s, re.I)
            with_ministry = bool(rapat) and bool(WITH_MINISTRY.search(s[rapat.end() : rapat.end() + 120]))
            drop = (
                "meeting"
                if (self.main == "evaluation" or with_ministry) and not re.search(r"internal", s, re.I)
                else "evaluation"
            )
            found = [(t, m) for t, m in found if t != drop]
        em = next((m for t, m in found if t == "evaluation"), None)
        if (
            em is not None
            and LOCAL_HOST.search(s[max(0, em.start() - 120) : em.start()])
            and not (MINISTRY.search(s) or EVALUATORS.search(s))
            # the programme's own rounds stay evaluations even where the city hosts them: "Evaluasi
            # Implementasi Program Smart City Tahap II", "tinjauan lapangan (field evaluation)"
            and not re.search(
                r"implementasi|tahap\b|tinjauan|lapangan|field", s[max(0, em.start() - 40) : em.end() + 60], re.I
            )
        ):
            # "Pemerintah Kota Madiun menggelar monitoring dan evaluasi ...", "Diskominfo mengadakan review
            # masterplan": the city's own review with its OPD is a meeting; the programme's evaluation is held
            # by the ministry and its evaluators
            found = [("meeting", m) if t == "evaluation" else (t, m) for t, m in found if t != "meeting"]
        if {"award", "assessment"} <= {t for t, _ in found}:
            # "terpilih menjadi salah satu ... yang mendapatkan penghargaan"
            found = [f for f in found if f[0] != "assessment"]
        am = next((m for t, m in found if t == "assessment"), None)
        if am is not None and re.match(r"terpilih|lolos", am.group(0), re.I):
            # "terpilih menjadi satu dari 50 kabupaten kota yang ikut menandatangani kesepakatan": the chosen
            # ones' step is the event, being chosen is who they are
            later = [m for t, m in found if t != "assessment" and m.start() > am.end()]
            if later and re.search(r"\byang\b", s[am.end() : later[0].start()]):
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
        bim = next((m for t, m in found if t == "bintek"), None)
        if bim is not None and len(found) > 1:
            # "bimbingan teknis evaluasi implementasi": the step the bimtek is about, not a step of its own
            found = [
                (t, m)
                for t, m in found
                if t == "bintek"
                or not (0 <= m.start() - bim.end() <= 25 and not re.search(r"[,.;]", m.string[bim.end() : m.start()]))
            ]
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
            own_day = d is not None and a <= d["start"] < b and d["precision"] in ("day", "unknown")
            if told_before and own_day and HELD_AFTER_THIS.match(s[tm.end() : tm.end() + 40]):
                told_before = None  # "Bimtek ini digelar di Ruang Pola, Senin (13/6/2022).": the day of the step told
            if (not in_lead and self.not_event.search(s[max(0, tm.start() - 50) : tm.end() + 90])) or (
                told_before and k > 0
            ):
                continue  # a plan, or the event told before ("evaluasi tersebut")
            if d is None and RESULT_OF.search(s[max(0, tm.start() - 40) : tm.start()]):
                continue  # "... dari hasil asesmen atau penilaian Kominfo", no date of its own: an earlier step
            ev = {
                "type": t,
                "date": dd["date"] if dd else None,
                "date_precision": dd["precision"] if dd else "unknown",
                "evidence": _evidence(s, a, b),
                "_own_date": dd is not None and dd.get("start") is not None and a <= dd["start"] < b,
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
            return self.listed_sessions(ev, a, b)
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

    def listed_sessions(self, ev: dict, a: int, b: int) -> list[dict]:
        """ "Bimtek sebanyak 4 kali, yaitu 4-5 Juli 2018, 8-9 Agustus 2018, 19-20 September 2018, serta 31 Oktober
        dan 1 November 2018": one bimtek per listed session, staged in their order (a session over two days
        written "31 Oktober dan 1 November" is one)."""
        m = SESSIONS.search(self.text, a, b)
        if not m:
            return []
        n = int(m.group(1)) if m.group(1).isdigit() else COUNT_WORDS.get(m.group(1).lower(), 0)
        days: list[dict] = []
        for d in (d for d in self.dates if m.end() <= d["start"] < b and d["precision"] == "day"):
            gap = self.text[days[-1]["end"] : d["start"]] if days else ""
            if (
                days
                and days_of(d["date"]) - days_of(days[-1]["date"]) <= 2
                and re.fullmatch(r"\s*(?:dan|-|–|s\.?d\.?|hingga)\s*", gap)
            ):
                continue
            days.append(d)
        if n < 2 or len(days) != n:
            return []
        return [dict(ev, stage=i + 1, date=d["date"], date_precision="day") for i, d in enumerate(days)]

    def selection_letters(self, evs: list[dict]) -> list[dict]:
        """The ministry's letter that tells the selection result ("Surat Penyampaian Hasil Asesmen ...
        Nomor B-003/... tanggal 3 Januari 2022", "berdasarkan surat dari Kementerian Kominfo, Nomor ...,
        tertanggal 3 Januari 2022" in a story of being chosen): an assessment on the letter's day."""
        out = []
        for k, (a, b) in enumerate(self.sents):
            s = self.text[a:b]
            m = LETTER_DATED.search(s)
            if not m or not MINISTRY.search(s):
                continue
            before = self.text[self.sents[k - 1][0] : a] if k else ""
            if not (SELECTION_RESULT.search(s) or (self.selection_story and SELECTION_RESULT.search(before + s))):
                continue
            d = next((x for x in self.dates if a + m.end() <= x["start"] < b and x["precision"] == "day"), None)
            if d is None or any(e["type"] == "assessment" and e.get("date") == d["date"] for e in evs + out):
                continue
            out.append(
                {"type": "assessment", "date": d["date"], "date_precision": "day", "evidence": _evidence(s, a, b)}
            )
        return out

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


# "Kegiatan ini dilaksanakan ... Senin (22/5) lalu", "Kegiatan yang dilaksanakan di aula ...", "Hal tersebut tertuang dalam Surat ... tanggal 3 Januari
# 2022": the day of the step told just before
THIS_OCCASION = re.compile(
    r"\s*(?:(?:kegiatan|acara|penandatanganan|pertemuan)\s+(?:ini|tersebut|yang\s+(?:di|ber)\w+)\b|"
    r"hal\s+(?:ini|tersebut|itu)\s+(?:tertuang|tercantum|termuat|berdasarkan|sesuai)\b)",
    re.IGNORECASE,
)
BACKGROUND = re.compile(r"\s*(?:sebelumnya|seperti\s+diketahui|sejak)\b", re.IGNORECASE)
# a letter dated by its signing day, and the selection result it tells
LETTER_DATED = re.compile(r"\bsurat\b.{0,200}?\b(?:tanggal|tertanggal|tgl\.?)(?=\s)", re.IGNORECASE | re.DOTALL)
SELECTION_RESULT = re.compile(
    r"\bhasil\s+as+es+men\b|\bhasil\s+assess?ment\b|\bhasil\s+seleksi\b|\bpenetapan\b|\bditetapkan\b|\bterpilih\b|"
    r"\blolos\b|\bdipilih\b|\blulus\b",
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
# "... bersama Kementerian Komunikasi dan Digital": held with the ministry
WITH_MINISTRY = re.compile(r"\b(?:bersama|oleh|dengan)\s+(?:\S+\s+){0,2}?(?:" + MINISTRY.pattern + ")", re.I)
# the city as the host of a step: "Pemerintah Kota X menggelar ...", "Diskominfo mengadakan ..."
LOCAL_HOST = re.compile(
    r"\b(?:pemerintah\s+(?:kota|kabupaten)|pemkot|pemkab|pemko|diskominfo\w*|dinas\s+komunikasi|bappeda|"
    r"bapelitbangda|bagian\s+\w+)\b[^.;]{0,80}\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|gelar|adakan|laksanakan)\s+"
    r"(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
EVALUATORS = re.compile(r"\b(?:evaluator|asesor|assessor|tim\s+penilai|tim\s+evaluasi\s+pusat|pusat)\b", re.I)
SAID = re.compile(r"\b(?:kata|ujar|ungkap|jelas|tutur|terang|imbuh|tambah|sebut|papar)(?:nya)?\b", re.IGNORECASE)
# triggers beyond the rubric's: a presentation before the examiners is the evaluation
FGD_DRAFTING = re.compile(
    r"\b(?:fgd|focus\s+group\s+discussion)\b[^.]{0,40}\bpenyusunan\s+(?:dokumen\s+)?(?:ren?cana\s+induk|renduk|master\s*plan)",
    re.IGNORECASE,
)
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
                and abs(days_of(o["date"]) - days_of(e["date"])) <= 3
            ),
            None,
        )
        if same is None:
            kept.append(e)
            continue
        if e.get("stage"):  # the story's day of a stage dated "18-19 November" elsewhere: one event, its stage
            same["stage"] = e["stage"]
        if e.get("_own_date") and not same.get("_own_date") and same["evidence"]["text"] == head:
            # the headline's award dated by the story's day, the body's sentence by its own ("Rabu (6/11/2019)
            # menerima penghargaan"): the day the body gives
            same["date"], same["evidence"], same["_own_date"] = e["date"], e["evidence"], True
    for e in kept:
        e.pop("_own_date", None)
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
