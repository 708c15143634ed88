"""Evaluation scores quoted in news: {year, value, kind, dimension?, unit?} with the year each
score is for, and the rank a story quotes. Used by review.news."""

from __future__ import annotations

import re

from .issues import rubric
from .news_dates import NOT_YEAR, PERIOD_AFTER, YEAR

OVERALL_CUE = re.compile(
    r"\b(?:indeks|nilai|skor)\s+(?:evaluasi\s+)?(?:smart\s*city|kota\s+cerdas|implementasi|keseluruhan|total)\b|"
    r"\b(?:nilai|skor|indeks)\s+(?:final|akhir)(?:nya)?\b",  # "sehingga nilai finalnya 2,81"
    re.IGNORECASE,
)
# a whole number right after a criterion of a listed result: "Output 2,34, Outcome 3, Impact 2,7"
WHOLE_AFTER_KIND = re.compile(r"\b(?:baseline|output|outcome|impact|quick\s*wins?)\s+([0-4])(?![\d]|[.,]\d)", re.I)
DIGIT = re.compile(r"([0-4])")
# the scale, not a score: "dari nilai maksimal 4,00", "skala 4"
SCALE_BEFORE = re.compile(r"\b(?:maksimal|maksimum|skala)\s*(?:nilai\s*)?$", re.IGNORECASE)
# "3,21", "2.85"; "3,197" (three decimals after a comma: a decimal, "3.197" with a point is a thousand)
NUMBER = re.compile(r"(?<![\d.,])([0-4](?:,\d{1,3}|\.\d{1,2}))(?![\d.,]*\d)")


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
        if self.is_delta(s, m) or TARGET.search(clause) or SCALE_BEFORE.search(before):
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
        dh = [(mm.end(), k) for k, p in self.dims.items() for mm in p.finditer(clause)]
        if not (PCT_CUE.search(clause) or PCT_CUE.search(after) or dh) or PCT_NOT.search(clause + after[:25]):
            return None  # a realisation, or a dimension's share ("smart living 100 persen telah terpenuhi")
        if DELTA_BEFORE.search(s[max(0, m.start() - 45) : m.start()]):
            return None
        v = float(m.group(1).replace(",", "."))
        if v > 100 or (v <= 4 and re.search(r"\bindeks\b", before, re.I)):
            return None  # an index misprinted with "persen" is read as an index
        if dh:
            return "dimension", max(dh)[1]
        kh = [(mm.end(), k) for k, p in self.kinds.items() for mm in p.finditer(clause)]
        if not kh and re.search(r"\brata-?\s*rata\b", clause, re.I):
            return "overall", None  # "rata-rata 96,2 persen untuk realisasi program"
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


ALL = "*"  # every dimension at once


def _coordinated(s: str, ms: list, dims: dict) -> dict[int, list[str]]:
    """Dimensions listed together before their percentages: "smart governance, smart living dan smart
    society 100 persen" gives each the one value; "smart branding dan smart economy ... 89 persen dan
    86 persen" gives them respectively; all six before one value ("yakni Smart Governance, ..., dan Smart
    Environment juga rata-rata telah berjalan 75 persen") is the whole programme's. {start of a value:
    [dimensions]} for the values so shared ([ALL] for the whole)."""
    out: dict[int, list[str]] = {}
    prev = 0
    i = 0
    while i < len(ms):
        run = [ms[i]]  # values joined by "dan" or a comma only
        while i + len(run) < len(ms) and re.fullmatch(
            r"\s*(?:,|dan|serta)\s*(?:,\s*)?", s[run[-1].end() : ms[i + len(run)].start()], re.I
        ):
            run.append(ms[i + len(run)])
        named = sorted((mm.start(), k) for k, p in dims.items() for mm in p.finditer(s[prev : run[0].start()]))
        names = list(dict.fromkeys(k for _, k in named))
        if len(names) == len(dims) and len(run) == 1:
            out[run[0].start()] = [ALL]  # every dimension named before one value: the programme as a whole
        elif len(names) > 1 and len(run) == 1:
            out[run[0].start()] = names
        elif len(names) == len(run) > 1:
            for mm, k in zip(run, names):
                out[mm.start()] = [k]
        prev = run[-1].end()
        i += len(run)
    return out


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
        listed = [m for m in NUMBER.finditer(s)]
        if len(listed) >= 2:  # a listed result with a whole number among its criteria
            listed += [
                DIGIT.match(s, w.start(1))
                for w in WHOLE_AFTER_KIND.finditer(s)
                if not any(w.start() <= x.start() < w.end() for x in listed)
            ]
            listed.sort(key=lambda x: x.start())
        for m in listed:
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
        if smart:
            out += _percent_scores(s, (a, b), rules, (years, prev_year, eval_year, story_year))
        _from_to(s, years, [r for r in out if r["evidence"]["start"] == a])
        prev_scored = any(r["evidence"]["start"] == a and not r.get("unit") for r in out)
        prev_year = years[-1][1] if years else None
        # a sentence about one year's evaluation result: the next sentence's score is that year's
        prev_result = len({y for _, y in years}) == 1 and bool(
            re.search(r"\bhasil\s+(?:evaluasi|penilaian)\b", s, re.I)
        )
    return _unique(out)


def _percent_scores(s: str, span: tuple[int, int], rules: _ScoreRules, when: tuple) -> list[dict]:
    """The programme-realisation percentages of one sentence at `span` (unit "percent"), dimensions
    listed together sharing theirs; `when` = (years stated, previous year, evaluated year, story year)."""
    a, b = span
    out = []
    pcts = [(m, kd) for m in PCT.finditer(s) if (kd := rules.percent(s, m)) is not None]
    shared = _coordinated(s, [m for m, kd in pcts if kd[0] == "dimension"], rules.dims)
    for m, kd in pcts:
        y, stated = _score_year(s, m, *when)
        for dim in shared.get(m.start(), [kd[1]]):
            rec = {"year": y, "value": float(m.group(1).replace(",", ".")), "kind": kd[0]}
            if dim == ALL:
                rec["kind"], dim = "overall", None
            if dim:
                rec["dimension"] = dim
            rec["unit"] = "percent"
            rec["year_stated"] = stated
            rec["evidence"] = {"text": s.strip()[:400], "start": a, "end": b}
            out.append(rec)
    return out


def _unique(out: list[dict]) -> list[dict]:
    """One record per (year, value, kind, dimension); a score without a year takes the year of the
    article's other scores."""
    ys = [r["year"] for r in out if r["year"] and r.get("unit") != "percent"]
    seen, uniq = set(), []
    for r in out:
        if r["year"] is None and ys and r.get("unit") != "percent" and not r.get("prior"):
            r["year"] = ys[0]  # a score without a year: the year of the article's other scores
        key = (r["year"], r["value"], r["kind"], r.get("dimension"))
        if (
            r.get("unit") == "percent"
            and r["kind"] == "output"
            and any(
                o is not r
                and o.get("unit") == "percent"
                and o["kind"] != "output"
                and (o["year"], o["value"]) == key[:2]
                for o in out
            )
        ):
            continue  # "Terealisasi 96,2%" in the headline is the "rata-rata 96,2 persen" the story calls overall
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
