"""Expectations about one story's report (``storydesk eval example --data DIR``).

DIR holds articles and an ``expected.json`` in the flagship example's format: ``files`` maps
short keys ("000") to file names, and each other key lists one kind of expectation. The
articles are analysed as one run and every expectation is checked against the JSON REPORT
(the public contract), never against internals. Scores: ``passed`` and ``total`` over all
expectations, ``passed_<kind>`` per kind; each failure is listed in the notes with why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storydesk.errors import StorydeskError
from storydesk.evaluate.base import EvalResult
from storydesk.evaluate.example_checks import CHECKERS, Report
from storydesk.evaluate.extraction import load_json
from storydesk.options import Options


def analyse(data: Path, files: dict[str, str], options: Options) -> dict[str, Any]:
    paths = [data / name for name in files.values()]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise StorydeskError(f"files listed in expected.json are missing: {', '.join(missing)}")
    # Imported here: the pipeline pulls in spaCy, which the checks alone do not need.
    from storydesk.pipeline import analyze
    from storydesk.report.json_report import report_dict

    return report_dict(analyze([str(p) for p in paths], options))


Outcomes = tuple[dict[str, list[str]], dict[str, int]]


def check_all(expected: dict[str, Any], report: dict[str, Any]) -> Outcomes:
    """Failures (with reasons) and totals per kind of expectation."""
    view = Report.build(report, expected["files"])
    failures: dict[str, list[str]] = {}
    totals: dict[str, int] = {}
    for kind, checker in CHECKERS.items():
        if kind not in expected:
            continue
        items = _items(expected[kind])
        totals[kind] = len(items)
        failures[kind] = [reason for item in items if (reason := checker(view, item))]
    return failures, totals


def _items(section: Any) -> list[Any]:
    """A section is a list of expectations, or (boilerplate) a map of source -> strings."""
    if isinstance(section, dict):
        return [(key, text) for key, texts in section.items() for text in texts]
    return list(section)


def evaluate(data: Path, options: Options, limit: int | None = None) -> EvalResult:
    expected = load_json(data / "expected.json")
    if "files" not in expected:
        raise StorydeskError(f"{data / 'expected.json'}: no 'files' map")
    # expected.json's publication_date is NOT passed as --date: dates must come from the
    # articles themselves, as in a plain `storydesk analyze`.
    report = analyse(data, expected["files"], options)
    failures, totals = check_all(expected, report)
    passed = {kind: totals[kind] - len(failures[kind]) for kind in totals}
    scores: dict[str, float] = {
        "passed": float(sum(passed.values())),
        "total": float(sum(totals.values())),
    }
    scores.update({f"passed_{kind}": float(count) for kind, count in passed.items()})
    notes = [f"{kind}: {passed[kind]}/{totals[kind]}" for kind in totals]
    notes += [f"FAIL {kind}: {reason}" for kind, reasons in failures.items() for reason in reasons]
    if limit is not None:
        notes.append("--limit ignored: every listed file is needed by the expectations")
    return EvalResult(
        name="example",
        scores=scores,
        documents=len(expected["files"]),
        notes=[*notes, "baseline: none (an empty report passes nothing by construction)"],
    )
