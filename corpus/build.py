"""Regenerate the Telaah sample corpus (DOKUMEN CONTOH, fictional cities).

    python corpus/build.py [--out DIR] [--only SLUG]

Writes corpus/docs/<slug>/... (masterplan PDF, RPJMD excerpt PDF, news .html/.txt,
.md notes) and corpus/cases.yaml.  Output is deterministic: running twice gives
byte-identical files.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus.content import common  # noqa: E402
from corpus.pdfgen import render_pdf  # noqa: E402

SLUGS = ["nusa_permai", "lembah_sari", "tanjung_seruni", "gunung_arum"]

# words that must never appear in a city's masterplan (the defect it demonstrates)
FORBIDDEN = {
    "lembah_sari": r"branding|pariwisata|wisata|wajah kota|bisnis daerah|promosi|destinasi|"
    r"investasi|investor|pedagang kaki lima|\bPKL\b|ikon kota|citra|ekonomi kreatif|"
    r"festival|taman kota|gerbang kota",
    "gunung_arum": r"miskin|kemiskinan|air bersih|air minum|sanitasi|PDAM|\bSPAM\b|air limbah|"
    r"jamban|ketimpangan|bantuan sosial|bansos|perlindungan sosial|Perumda Air|"
    r"rumah tidak layak huni|\btinja\b|kumuh",
}


def masterplan_text(blocks):
    from corpus.pdfgen import Bullets, Columns, Heading, Para, Table

    out = []
    for b in blocks:
        if isinstance(b, (Heading, Para)):
            out.append(b.text)
        elif isinstance(b, Bullets):
            out += list(b.items)
        elif isinstance(b, Table):
            out += list(b.header) + [c for r in b.rows for c in r] + [b.caption]
        elif isinstance(b, Columns):
            out.append(masterplan_text(b.blocks))
    return "\n".join(out)


def build_city(slug, out_root: Path, log):
    mod = importlib.import_module("corpus.content." + slug)
    city = mod.CITY
    d = out_root / slug
    d.mkdir(parents=True, exist_ok=True)
    files = []
    # masterplan
    blocks = common.masterplan_blocks(city)
    text = masterplan_text(blocks) + "\n" + city["name"]
    if slug in FORBIDDEN:
        bad = sorted(set(m.group(0).lower() for m in re.finditer(FORBIDDEN[slug], text, re.I)))
        if bad:
            raise SystemExit("%s masterplan contains forbidden words: %s" % (slug, bad))
    mp = d / ("masterplan_smart_city_%s_%s.pdf" % (slug, city["period"]))
    t0 = time.time()
    n = render_pdf(blocks, mp, **common.masterplan_meta(city))
    log("%-40s %3d pages %.1fs" % (mp.relative_to(out_root), n, time.time() - t0))
    files.append(dict(path=mp.name, kind="masterplan", pages=n))
    # rpjmd
    rp = d / ("rpjmd_%s_%s_kutipan.pdf" % (slug, city["rpjmd"]["period"]))
    n = render_pdf(common.rpjmd_blocks(city), rp, **common.rpjmd_meta(city))
    log("%-40s %3d pages" % (rp.relative_to(out_root), n))
    files.append(dict(path=rp.name, kind="rpjmd", pages=n))
    # news
    for item in city["news"]:
        if item["fmt"] == "html":
            p = d / (item["slug"] + ".html")
            p.write_text(common.news_html(city["site"], item), encoding="utf-8")
        else:
            p = d / (item["slug"] + ".txt")
            p.write_text(common.news_txt(city["site"], item), encoding="utf-8")
        files.append(dict(path=p.name, kind="news"))
    for extra in city.get("extra_docs", []) + ([city["notulen"]] if city.get("notulen") else []):
        p = d / extra["filename"]
        p.write_text(extra["text"], encoding="utf-8")
        files.append(dict(path=p.name, kind="other"))
    return city, files


def case_entry(city, files):
    rows = common.programmes(city)
    return dict(
        slug=city["slug"],
        name=city["name"],
        type=city["type"],
        sample=True,
        plan_period=city["period"],
        rpjmd_period=city["rpjmd"]["period"],
        files=[
            dict(
                path="%s/%s" % (city["slug"], f["path"]),
                kind=f["kind"],
                **({"pages": f["pages"]} if "pages" in f else {}),
            )
            for f in files
        ],
        expected=dict(
            dimensions_present=[d for d, _, _ in common.DIMENSIONS if d not in city.get("missing_dimensions", [])],
            missing_dimensions=list(city.get("missing_dimensions", [])),
            bare_programmes=bool(city.get("bare_programmes", False)),
            rpjmd_issue_format=city["rpjmd"]["isu_style"],
            rpjmd_issues=[dict(text=i["text"], categories=list(i["categories"])) for i in city["rpjmd"]["issues"]],
            ignored_issues=list(city.get("ignored_issues", [])),
            programmes=len(rows),
            programmes_per_dimension={
                d: sum(1 for r in rows if r["element"].split(".")[0] == d) for d, _, _ in common.DIMENSIONS
            },
            quick_wins=len(city["quickwins"]),
            evaluation_score=city.get("evaluation_score"),
            notes=city.get("notes", ""),
        ),
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "docs"), help="output folder (default corpus/docs)")
    ap.add_argument("--only", action="append", help="build only this slug (repeatable)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out)
    log = (lambda s: None) if a.quiet else print
    cases = []
    for slug in SLUGS:
        if a.only and slug not in a.only:
            continue
        city, files = build_city(slug, out, log)
        cases.append(case_entry(city, files))
    if not a.only:
        import yaml

        head = (
            "# Reference expectations for the Telaah sample corpus (generated by corpus/build.py).\n"
            "# DOKUMEN CONTOH (SAMPLE): all four regions are fictional. Paths are relative to corpus/docs/.\n"
        )
        body = yaml.safe_dump(
            {"version": 1, "docs_root": "corpus/docs", "cases": cases}, allow_unicode=True, sort_keys=False, width=100
        )
        (HERE / "cases.yaml").write_text(head + body, encoding="utf-8")
        log("wrote corpus/cases.yaml")


if __name__ == "__main__":
    main()
