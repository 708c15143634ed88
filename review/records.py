"""The typed review: what `review_city` returns and what the CLI, the app, the reports and the
API read. `Review.to_json()` is exactly the `telaah review --json` contract (field order
included); `Review.from_json()` reads it back (the app's cache, the API's clients).

Evidence items stay plain dicts: a gap's evidence is a passage (`passage_id, page, section,
text`), a programme (`programme, page, section, opd, missing`) or a table cell, by gap type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.records import Record, omit_none


@dataclass
class DocRef(Record):
    id: str
    title: str
    year: str | None
    pages: int
    source: str | None


@dataclass
class Summary(Record):
    completeness: float
    high_gaps: int
    gaps: int
    programmes: int
    quick_wins: int
    issues: int
    issues_addressed: int
    issues_weak: int
    issues_not_addressed: int
    dimensions_covered: list[str]


@dataclass
class Coverage(Record):
    """Coverage of one dimension (with `elements`) or one element (without)."""

    name: str
    score: float
    level: str
    level_label: dict[str, str]
    passages: int
    passages_by_role: dict[str, int]
    programmes: int
    complete_programmes: int
    quick_wins: int
    evidence: list[dict]
    programme_names: list[str]
    elements: dict[str, Coverage] | None = omit_none()


@dataclass
class RubricItem(Record):
    id: str
    passed: bool
    weight: float
    label: dict[str, str]


@dataclass
class RubricPart(Record):
    name: str
    score: float
    items: list[RubricItem]


@dataclass
class Completeness(Record):
    overall: float
    dimensions: dict[str, RubricPart]
    plan: RubricPart
    formula: str


@dataclass
class Chapter(Record):
    present: bool
    section: str | None
    page: int | None
    label: dict[str, str]
    severity: str


@dataclass
class Gap(Record):
    type: str
    severity: str  # high | medium | low
    issue: str | None = omit_none()
    categories: list[str] | None = omit_none()
    message: str = ""
    message_en: str = ""
    evidence: list[dict] = field(default_factory=list)
    count: int | None = omit_none()
    share: float | None = omit_none()
    dimension: str | None = omit_none()
    element: str | None = omit_none()
    pillar: str | None = omit_none()
    chapter: str | None = omit_none()

    def text(self, lang: str) -> str:
        return self.message_en if lang == "en" and self.message_en else self.message


@dataclass
class AlignmentRow(Record):
    n: int
    issue: str
    detail: str
    page: int | None
    source: str
    categories: list[str]
    category_scores: list[dict]
    category_names: list[str]
    status: str  # addressed | weak | not_addressed
    status_label: dict[str, str]
    score: float
    best_similarity: float
    evidence: list[dict]  # passages: passage_id, page, section, similarity, text
    programmes: list[dict]  # name, dimension, element, page, quick_win, similarity
    n_passages: int
    n_programmes: int


@dataclass
class AlignmentMatrix(Record):
    dimensions: list[str]
    rows: dict[str, dict[str, int]]


@dataclass
class ProgrammeRecord(Record):
    name: str
    opd: str | None
    target: str | None
    indicator: str | None
    year: str | None
    budget: float | None
    budget_text: str | None
    quick_win: bool
    dimension: str | None
    element: str | None
    issues: list[str]
    labels: dict[str, list[dict]]
    page: int | None
    section: str | None
    source: str
    table: str | None
    passage_id: int | None
    missing: list[str]
    # appended by issue 19 (the fields as the plan writes them, and where each came from)
    opds: list[str] = field(default_factory=list)  # every responsible agency
    target_value: float | None = None
    target_unit: str | None = None
    target_year: int | None = None
    baseline: float | None = None
    target_per_year: list[dict] = field(default_factory=list)  # [{year, value}]
    budget_range: list[float] | None = None  # [low, high]
    budget_per_year: list[dict] = field(default_factory=list)  # [{year, amount}]
    horizon: str | None = None  # short | medium | long
    sources: list[dict] = field(default_factory=list)  # [{field, text, start, end, confidence, how, page}]
    confidence: float = 1.0  # how sure the record is a programme
    nomenclature: str | None = None  # official programme code (Permendagri 90/2019 and updates)
    name_as_written: str | None = None  # the document's spelling when the name was repaired against it


@dataclass(kw_only=True)
class NewsScore(Record):
    """A quoted evaluation score with the year it is for (not the article's date). kind: overall,
    dimension (with `dimension`, a DOMAIN.md id), baseline, output, outcome, impact, quick_win."""

    year: int | None
    value: float
    kind: str
    dimension: str | None = omit_none()


@dataclass(kw_only=True)
class ScorePoint(Record):
    """One point of a city's score series (`Timeline.scores`), with the news item that quotes it."""

    year: int | None
    value: float
    kind: str
    dimension: str | None = omit_none()
    doc_id: str


@dataclass(kw_only=True)
class Award(Record):
    dimension: str | None  # the pillar (DOMAIN.md dimension id), None for a programme-wide award
    programme: str | None = omit_none()  # the programme or quick win named with it


@dataclass(kw_only=True)
class Rank(Record):
    position: int  # "peringkat ke-4 se-Jawa Timur"
    scope: str | None = omit_none()  # "Jawa Timur"
    national: int | None = omit_none()  # "22 nasional"


@dataclass(kw_only=True)
class Evidence(Record):
    text: str
    start: int  # character offsets in the document's text
    end: int


@dataclass(kw_only=True)
class NewsEvent(Record):
    """One event of a news item (an item may report several). type: mou, assessment, bintek (with
    `stage`), evaluation (with `scores`), award (with `award`), launch, regulation, meeting.
    `score` (the first overall score), `dateline` and `source` are kept from the first contract."""

    doc_id: str
    date: str | None  # ISO, "YYYY-MM", "YYYY" or "--MM-DD" (day and month, no year)
    date_precision: str = "unknown"  # day | month | year | unknown
    type: str
    stage: int | None = omit_none()
    scores: list[NewsScore] = field(default_factory=list)
    award: Award | None = omit_none()
    rank: Rank | None = omit_none()
    title: str
    score: float | None = None
    dateline: str | None = None
    source: str | None = None
    summary: str
    evidence: Evidence | None = None
    programmes: list[dict] = field(default_factory=list)  # name, similarity, by, shared_words, quick_win
    # the same event reported by other news items of the city: [{doc_id, title, source}]
    also_reported: list[dict] | None = omit_none()


@dataclass
class Review(Record):
    review_version: int
    city: str
    masterplan: DocRef
    rpjmd: DocRef | None
    issue_source: str
    issue_section: dict | None
    period: dict
    summary: Summary
    coverage: dict[str, Coverage]
    completeness: Completeness
    chapters: dict[str, Chapter]
    gaps: list[Gap]
    alignment: list[AlignmentRow]
    alignment_mode: str
    alignment_score: float
    alignment_matrix: AlignmentMatrix
    unlinked_programmes: list[dict]
    programmes: list[ProgrammeRecord]
    pillars: dict[str, int]
    news: list[NewsEvent]
    labels_version: str | None
    generated_at: str
    seconds: float


@dataclass
class Timeline(Record):
    city: str
    events: list[NewsEvent]
    scores: list[ScorePoint] = field(default_factory=list)  # the score series over the years


@dataclass
class CityRow(Record):
    """One city in `telaah compare`."""

    city: str
    masterplan: str
    completeness: float
    coverage: dict[str, float]
    levels: dict[str, str]
    high_gaps: int
    gaps: int
    programmes: int
    quick_wins: int
    issues: int
    issues_addressed: int
    issues_not_addressed: int
    alignment_mode: str
    alignment_score: float
    missing_dimensions: list[str]


@dataclass
class Comparison(Record):
    cities: list[CityRow]
    dimensions: list[str]


@dataclass
class Metric(Record):
    value: float
    median_others: float | None
    min_others: float | None
    max_others: float | None
    rank: int
    of: int


@dataclass
class Benchmark(Record):
    city: str
    metrics: dict[str, Metric]
    compared_with: list[str]


@dataclass
class ProgrammeHit(Record):
    """A programme of some city's plan found by `telaah compare --programme`; its JSON is the
    programme's fields with the city and document first and the score last."""

    city: str
    doc_id: str
    programme: ProgrammeRecord
    score: float

    def to_json(self) -> dict:
        return {"city": self.city, "doc_id": self.doc_id, **self.programme.to_json(), "score": self.score}

    @classmethod
    def from_json(cls, d: dict) -> ProgrammeHit:
        rest = {k: v for k, v in d.items() if k not in ("city", "doc_id", "score")}
        return cls(d["city"], d["doc_id"], ProgrammeRecord.from_json(rest), d["score"])
