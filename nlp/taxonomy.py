"""The taxonomy as data: models/taxonomy/taxonomy.yaml (labels, descriptions, examples,
lexicons, crosswalk, readiness pillars) and models/taxonomy/thresholds.yaml (per-label
decision thresholds written by training, editable by an expert).

The ids are the contract of ../shared/DOMAIN.md and are fixed here (CONTRACT): the YAML may
change every label text, description, example and lexicon term, never an id. Loading
validates the files and raises TaxonomyError with every problem, each naming the file and
the entry ("taxonomy.yaml: issues[3] (health): lexicon term 5 is empty").

Lexicon syntax: lower-case terms or phrases, matched on word boundaries, case-insensitive;
a trailing `*` matches any word ending ("perizinan*" -> perizinan, perizinannya).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from core.errors import ModelError

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY_FILE = ROOT / "models" / "taxonomy" / "taxonomy.yaml"
THRESHOLDS_FILE = ROOT / "models" / "taxonomy" / "thresholds.yaml"

DIMENSIONS = ("governance", "branding", "economy", "living", "society", "environment")
ELEMENTS = {
    "governance": ("governance.service", "governance.bureaucracy", "governance.policy"),
    "branding": ("branding.tourism", "branding.business", "branding.city_appearance"),
    "economy": ("economy.industry", "economy.welfare", "economy.transaction"),
    "living": ("living.harmony", "living.health", "living.mobility"),
    "society": ("society.community", "society.learning", "society.security"),
    "environment": ("environment.protection", "environment.waste", "environment.energy"),
}
ISSUES = (
    "poverty",
    "employment",
    "economy",
    "human_capital",
    "health",
    "clean_water",
    "governance",
    "infrastructure",
    "transport",
    "environment",
    "disaster",
    "waste",
    "housing_spatial",
    "tourism_culture",
    "social_welfare",
    "public_order",
    "city_appearance",
    "food_security",
    "digital",
    "fiscal",
)
ALL_ELEMENTS = tuple(e for d in DIMENSIONS for e in ELEMENTS[d])
KINDS = ("dimension", "element", "issue")
CONTRACT = {"dimension": DIMENSIONS, "element": ALL_ELEMENTS, "issue": ISSUES}
PILLARS = ("struktur", "infrastruktur", "suprastruktur")


class TaxonomyError(ModelError, ValueError):
    """Every problem found in the taxonomy files, one per line."""


@dataclass
class Label:
    id: str
    kind: str  # dimension | element | issue | pillar
    label: dict  # {"id": ..., "en": ...}
    description: dict
    examples: list[str] = field(default_factory=list)
    lexicon: list[str] = field(default_factory=list)
    parent: str | None = None  # element -> its dimension
    related: list[str] = field(default_factory=list)  # issue -> typical elements

    def name(self, lang: str = "id") -> str:
        return self.label.get(lang) or self.label.get("id") or self.id

    @property
    def key(self) -> str:
        """Unique across kinds ("economy" is a dimension and an issue)."""
        return f"{self.kind}:{self.id}"


@dataclass
class Taxonomy:
    version: str
    dimensions: list[Label]
    elements: list[Label]
    issues: list[Label]
    pillars: list[Label]
    crosswalk: list[dict]
    thresholds: dict[str, dict[str, float]]  # kind -> id -> threshold
    path: Path = TAXONOMY_FILE
    decoding: dict = field(default_factory=dict)  # max_labels, relative_to_top (thresholds.yaml)

    def labels(self, kind: str) -> list[Label]:
        return {"dimension": self.dimensions, "element": self.elements, "issue": self.issues, "pillar": self.pillars}[
            kind
        ]

    def get(self, kind: str, id_: str) -> Label:
        for lab in self.labels(kind):
            if lab.id == id_:
                return lab
        raise KeyError(f"{kind} {id_}")

    def all(self) -> list[Label]:
        return self.dimensions + self.elements + self.issues

    def name(self, kind: str, id_: str, lang: str = "id") -> str:
        try:
            return self.get(kind, id_).name(lang)
        except KeyError:
            return id_

    def threshold(self, kind: str, id_: str, default: float = 0.5) -> float:
        return float(self.thresholds.get(kind, {}).get(id_, default))


def _lex_regex(terms: list[str]) -> re.Pattern | None:
    parts = []
    for t in terms:
        t = t.strip().lower()
        if not t:
            continue
        star = t.endswith("*")
        t = t.rstrip("*")
        body = r"\s+".join(re.escape(w) for w in t.split())
        parts.append(body + (r"\w*" if star else ""))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])" if parts else "", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def _compiled(terms: tuple[str, ...]) -> re.Pattern | None:
    return _lex_regex(list(terms))


def lexicon_matches(label: Label, text: str) -> list[tuple[int, int]]:
    rx = _compiled(tuple(label.lexicon))
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []


def _check_text_map(v, where: str, errors: list[str], required: bool = True) -> dict:
    if not isinstance(v, dict) or (required and not str(v.get("id") or "").strip()):
        errors.append(f"{where}: needs an Indonesian text ('id:') and optionally an English one ('en:')")
        return {"id": str(v) if isinstance(v, str) else "", "en": ""}
    return {"id": str(v.get("id") or ""), "en": str(v.get("en") or v.get("id") or "")}


def _check_list(v, where: str, errors: list[str]) -> list[str]:
    if v is None:
        return []
    if not isinstance(v, list):
        errors.append(f"{where}: must be a list")
        return []
    out = []
    for i, t in enumerate(v, 1):
        if not isinstance(t, str) or not t.strip():
            errors.append(f"{where}: item {i} is empty or not text")
            continue
        if "*" in t.rstrip("*") or (t.endswith("*") and len(t.rstrip("*")) < 4):
            errors.append(f"{where}: item {i} '{t}': '*' only as a trailing wildcard on a stem of 4+ letters")
            continue
        out.append(t)
    return out


def _label(entry, kind: str, where: str, errors: list[str], parent: str | None = None) -> Label | None:
    if not isinstance(entry, dict):
        errors.append(f"{where}: must be a mapping with id, label, description")
        return None
    lid = entry.get("id")
    where = f"{where} ({lid})"
    lab = Label(
        id=str(lid),
        kind=kind,
        label=_check_text_map(entry.get("label"), f"{where}: label", errors),
        description=_check_text_map(entry.get("description"), f"{where}: description", errors),
        examples=_check_list(entry.get("examples"), f"{where}: examples", errors),
        lexicon=_check_list(entry.get("lexicon"), f"{where}: lexicon", errors),
        parent=parent,
    )
    if kind in ("element", "issue", "dimension") and not lab.lexicon:
        errors.append(f"{where}: lexicon is empty (the extractor needs evidence terms)")
    if kind == "issue":
        rel = entry.get("elements") or []
        bad = [e for e in rel if e not in ALL_ELEMENTS]
        if bad:
            errors.append(f"{where}: elements {bad} are not element ids")
        lab.related = [e for e in rel if e in ALL_ELEMENTS]
    return lab


def load(path: Path | str = TAXONOMY_FILE, thresholds_path: Path | str | None = THRESHOLDS_FILE) -> Taxonomy:
    """Read and validate taxonomy.yaml (+ thresholds.yaml); every problem is listed with its file
    and entry in one TaxonomyError."""
    path = Path(path)
    name = path.name
    data = _read_yaml(path)
    errors: list[str] = []
    if not isinstance(data, dict):
        raise TaxonomyError(f"{name}: must be a mapping with version, dimensions, issues")
    version = str(data.get("version") or "")
    if not version:
        errors.append(f"{name}: 'version' is missing")
    dims, els = _dimensions(data.get("dimensions") or [], name, errors)
    iss = _checked_labels(
        data.get("issues") or [], "issue", ISSUES, f"{name}: issues", "is not an issue category of DOMAIN.md", errors
    )
    pills = _checked_labels(
        data.get("readiness_pillars") or [],
        "pillar",
        PILLARS,
        f"{name}: readiness_pillars",
        f"is not one of {', '.join(PILLARS)}",
        errors,
    )
    for kind, have, want in (
        ("dimension", dims, DIMENSIONS),
        ("element", els, ALL_ELEMENTS),
        ("issue", iss, ISSUES),
        ("readiness pillar", pills, PILLARS),
    ):
        ids = [x.id for x in have]
        missing = [w for w in want if w not in ids]
        dup = sorted({x for x in ids if ids.count(x) > 1})
        if missing:
            errors.append(f"{name}: missing {kind} ids: {', '.join(missing)}")
        if dup:
            errors.append(f"{name}: duplicate {kind} ids: {', '.join(dup)}")
    cross = _crosswalk(data.get("crosswalk") or [], name, errors)
    thresholds = load_thresholds(thresholds_path, errors) if thresholds_path else {}
    decoding = thresholds.pop("_decoding", {}) if thresholds else {}
    if errors:
        raise TaxonomyError("\n".join(errors))
    order = {k: i for i, k in enumerate(ALL_ELEMENTS)}
    els.sort(key=lambda e: order[e.id])
    dims.sort(key=lambda d: DIMENSIONS.index(d.id))
    iss.sort(key=lambda x: ISSUES.index(x.id))
    return Taxonomy(version, dims, els, iss, pills, cross, thresholds, path, decoding)


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TaxonomyError(f"{path}: taxonomy file not found") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise TaxonomyError(f"{path.name}: not valid YAML{at}: {getattr(e, 'problem', e)}") from None


def _dimensions(entries: list, name: str, errors: list[str]) -> tuple[list[Label], list[Label]]:
    dims, els = [], []
    for i, d in enumerate(entries):
        lab = _label(d, "dimension", f"{name}: dimensions[{i}]", errors)
        if lab is None:
            continue
        if lab.id not in DIMENSIONS:
            errors.append(
                f"{name}: dimensions[{i}]: id '{lab.id}' is not one of {', '.join(DIMENSIONS)} "
                "(ids are the DOMAIN.md contract)"
            )
            continue
        dims.append(lab)
        for j, e in enumerate(d.get("elements") or []):
            el = _label(e, "element", f"{name}: dimensions[{i}].elements[{j}]", errors, parent=lab.id)
            if el is None:
                continue
            if el.id not in ELEMENTS[lab.id]:
                errors.append(
                    f"{name}: dimensions[{i}].elements[{j}]: '{el.id}' is not an element of "
                    f"'{lab.id}' ({', '.join(ELEMENTS[lab.id])})"
                )
                continue
            els.append(el)
    return dims, els


def _checked_labels(entries: list, kind: str, allowed, where: str, not_allowed: str, errors: list[str]) -> list[Label]:
    out = []
    for i, d in enumerate(entries):
        lab = _label(d, kind, f"{where}[{i}]", errors)
        if lab is None:
            continue
        if lab.id not in allowed:
            errors.append(f"{where}[{i}]: id '{lab.id}' {not_allowed}")
            continue
        out.append(lab)
    return out


def _crosswalk(entries: list, name: str, errors: list[str]) -> list[dict]:
    cross = []
    for i, c in enumerate(entries):
        target = c.get("maps_to") if isinstance(c, dict) else None
        if not isinstance(c, dict) or not c.get("term") or target not in set(DIMENSIONS) | set(ALL_ELEMENTS):
            errors.append(f"{name}: crosswalk[{i}]: needs 'term' and 'maps_to' (a dimension or element id)")
            continue
        cross.append({"term": str(c["term"]), "maps_to": target})
    return cross


def load_thresholds(path: Path | str, errors: list[str]) -> dict[str, dict[str, float]]:
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        errors.append(f"{path.name}: not valid YAML: {e}")
        return {}
    out: dict = {}
    dec = data.get("decoding") or {}
    if dec:
        mx, rel = dec.get("max_labels", 3), dec.get("relative_to_top", 0.5)
        if not isinstance(mx, int) or not 1 <= mx <= 10:
            errors.append(f"{path.name}: decoding.max_labels must be a whole number from 1 to 10")
        elif not isinstance(rel, (int, float)) or not 0 <= float(rel) < 1:
            errors.append(f"{path.name}: decoding.relative_to_top must be a number from 0 to 1")
        else:
            imp = dec.get("element_implies_dimension", True)
            if not isinstance(imp, bool):
                errors.append(f"{path.name}: decoding.element_implies_dimension must be true or false")
            else:
                out["_decoding"] = {"max_labels": mx, "relative_to_top": float(rel), "element_implies_dimension": imp}
                fb = dec.get("fallback") or {}
                if not isinstance(fb, dict) or any(
                    k not in KINDS or not isinstance(v, (int, float)) or not 0 < float(v) < 1 for k, v in fb.items()
                ):
                    errors.append(
                        f"{path.name}: decoding.fallback must map dimension/element/issue to a number between 0 and 1"
                    )
                elif fb:
                    out["_decoding"]["fallback"] = {k: float(v) for k, v in fb.items()}
    for kind in KINDS:
        section = data.get(kind + "s") or {}
        out[kind] = {}
        for lid, v in section.items():
            val = v.get("threshold") if isinstance(v, dict) else v
            if lid not in CONTRACT[kind]:
                errors.append(f"{path.name}: {kind}s: '{lid}' is not a {kind} id")
            elif not isinstance(val, (int, float)) or not 0 < float(val) < 1:
                errors.append(f"{path.name}: {kind}s.{lid}: threshold must be a number between 0 and 1")
            else:
                out[kind][lid] = float(val)
    return out


@functools.lru_cache(maxsize=4)
def default() -> Taxonomy:
    return load()
