"""Where each cleaning rule fires: on the flagship example, and on other outlets' pages.

    .venv/bin/python eval/rule_sites.py [--samples N]

For every pattern of every line rule (clean/rules.py, its patterns in
clean/rule_patterns.py), the parts of the rules that are functions (clean/line_checks.py: a
caption's forms, the field strip), the outlet patterns of clean/outlet.py and the date forms
of clean/datelines.py, counts the distinct lines it takes among the example's lines and
among the lines of other outlets' pages: the page text of the 261 Zyte and fundus pages
(evaluate.boilerplate.page_text), the paragraphs of the 381 ECB+ "plus" pages and the
PolNeAR texts (``--corpora``), with the pages and a sample line each.
A pattern with example hits and no other hits is fitted to the example (STYLE 15): give it
a real page of another outlet or replace it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from storydesk.clean import datelines, line_checks, outlet, rules
from storydesk.evaluate.boilerplate import load_pages

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ukraine-peace-plan-2025-11-25"
DATASETS = ROOT.parent / "shared" / "datasets"

Test = Callable[[str], bool]


def tests() -> list[tuple[str, Test]]:
    found: list[tuple[str, Test]] = []
    for rule in rules.LINE_RULES:
        if rule.check is not None:
            found.append((rule.name, rule.check))
            continue
        for index, pattern in enumerate(rule.patterns):
            compiled = re.compile(rf"^(?:{pattern.regex})$", re.I)
            found.append((f"{rule.name}[{index}] {pattern.catches}", _matcher(compiled)))
    found.append(("outlet wire credit", _searcher(outlet.WIRE_CREDIT)))
    found.append(("outlet appeal name", _searcher(outlet.APPEAL_NAME)))
    found.append(("outlet copyright holder", lambda line: bool(outlet.copyright_holder(line))))
    found.append(("timestamp line", datelines.is_timestamp_line))
    return found + parts()


def parts() -> list[tuple[str, Test]]:
    """The parts of the rules that are functions, each tested on its own."""
    found: list[tuple[str, Test]] = [
        ("caption: opening (FILE -, In this photo, Photo:)", _matcher(line_checks.CAPTION_START)),
        ("caption: closing credit (Credit: ..., Photograph: ...)",
         _searcher(line_checks.CAPTION_TAIL)),
        ("caption: bare credit in brackets", _matcher(line_checks.BARE_CREDIT)),
        ("caption: agency credit (Name | Getty Images)", _matcher(line_checks.AGENCY_CREDIT)),
        ("caption: wire credit in closing brackets", _searcher(line_checks.CAPTION_CREDIT)),
        ("story credit (kept: Reporting by, contributed to this report)",
         line_checks.is_story_credit),
        ("field strip, whole line", line_checks.is_field_strip),
        ("outlet: address line", lambda line: bool(outlet.address(line))),
        ("outlet: newsroom at work", _searcher(outlet.NEWSROOM)),
        ("date: dateline (PLACE, date / Published date)",
         lambda line: bool(datelines.dateline_date(line))),
    ]
    for index, form in enumerate(datelines.DATE_FORMS):
        compiled = re.compile(rf"(?<![\w/.-])(?:{form})(?![\w/-])", re.I)
        found.append((f"date form [{index}] in a timestamp line",
                      _both(datelines.is_timestamp_line, _searcher(compiled))))
    return found


def _both(first: Test, second: Test) -> Test:
    return lambda line: first(line) and second(line)


def _matcher(compiled: re.Pattern[str]) -> Test:
    return lambda line: bool(compiled.match(line))


def _searcher(compiled: re.Pattern[str]) -> Test:
    return lambda line: bool(compiled.search(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=1)
    parser.add_argument("--corpora", action="store_true",
                        help="also the ECB+ 'plus' paragraphs and the PolNeAR texts")
    args = parser.parse_args()
    example = {
        line.strip()
        for path in sorted(EXAMPLE.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    pages = {page.key: set(page.text.split("\n")) for page in load_pages(DATASETS, None)}
    if args.corpora:
        pages |= corpora_lines()
    distinct = {line for lines in pages.values() for line in lines}
    print(f"{len(example)} example lines; {len(distinct)} distinct lines of {len(pages)} pages")
    print(f"{'example':>7} {'lines':>6} {'pages':>6}  rule")
    for name, test in tests():
        on_example = [line for line in example if test(line)]
        hits = {key: [line for line in lines if test(line)] for key, lines in pages.items()}
        hits = {key: found for key, found in hits.items() if found}
        lines = {line for found in hits.values() for line in found}
        flag = "  <- example only" if on_example and not lines else ""
        print(f"{len(on_example):7d} {len(lines):6d} {len(hits):6d}  {name}{flag}")
        for key, found in list(hits.items())[: args.samples]:
            print(f"{'':23}{key[:24]}: {found[0][:90]}")


def corpora_lines() -> dict[str, set[str]]:
    """ECB+ "plus" pages as saved text (address on top) and PolNeAR texts, by file."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from corpora_builders import paragraphs, read_ecbplus

    found = {}
    for path in sorted((DATASETS / "ecbplus" / "ECB+").glob("*/*plus.xml")):
        found[f"ecbplus/{path.stem}"] = set(paragraphs(read_ecbplus(path).lines))
    for path in sorted((DATASETS / "polnear" / "data").glob("*/text/*.txt")):
        found[f"polnear/{path.stem}"] = {
            line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    return found


if __name__ == "__main__":
    main()
