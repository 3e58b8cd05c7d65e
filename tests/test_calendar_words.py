"""One calendar vocabulary (STYLE habit 13): month and weekday names live in
``storydesk.calendar_words`` and every other module imports them.

The check reads each module's code (its string constants, not its docstrings or comments) and
fails when one statement spells out all twelve months or all seven weekdays, by name or by
three-letter abbreviation: that is a second copy of the list ("jan|feb|…|dec" in a
regex counts too).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from storydesk.calendar_words import (
    MONTH_DISPLAY,
    MONTHS,
    WEEKDAY_DISPLAY,
    WEEKDAYS,
)

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / "src" / "storydesk" / "calendar_words.py"
LISTS = {
    "month names": frozenset(MONTHS),
    "month abbreviations": frozenset(name[:3] for name in MONTHS),
    "weekday names": frozenset(WEEKDAYS),
    "weekday abbreviations": frozenset(name[:3] for name in WEEKDAYS),
}


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def calendar_lists(source: str) -> list[tuple[int, str]]:
    """(line, which list) for every statement whose string constants hold a whole list."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.stmt) or isinstance(node, (ast.FunctionDef, ast.ClassDef,
                                                                ast.AsyncFunctionDef)):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # a docstring
        # Only the statement's own expressions, not those of the statements nested in it.
        parts = [child for child in ast.iter_child_nodes(node) if not isinstance(child, ast.stmt)]
        text = " ".join(s for part in parts for s in _strings(part)).casefold()
        spelled = set(re.findall(r"[a-z]+", text))
        found += [(node.lineno, name) for name, words in LISTS.items() if words <= spelled]
    return found


def test_calendar_lists_are_detected() -> None:
    """The check sees the copies this test exists to forbid (as they stood before they were
    moved: link/figure_words.py, report/when.py, eval/gold/facts/candidates.py)."""
    assert calendar_lists(
        'MONTHS = frozenset(words("jan feb mar apr may jun jul aug sep sept oct nov dec '
        'january february march april june july august september october november december"))'
    ) == [(1, "month names"), (1, "month abbreviations")]
    assert calendar_lists(
        'MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)'
    ) == [(1, "month abbreviations")]
    assert calendar_lists(
        "NEUTRAL = frozenset(stem(w) for w in words(\n  \"said \"\n"
        '  "monday tuesday wednesday thursday friday saturday sunday today"))'
    ) == [(1, "weekday names")]
    assert calendar_lists(
        'MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", '
        '"Dec")\nWEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")'
    ) == [(1, "month abbreviations"), (2, "weekday abbreviations")]
    assert calendar_lists('def f():\n    """January to December, Monday to Sunday."""\n') == []
    assert calendar_lists("from storydesk.calendar_words import MONTHS\n") == []


def test_no_second_calendar_list() -> None:
    modules = sorted({*(ROOT / "src").rglob("*.py"), *(ROOT / "eval").rglob("*.py")} - {HOME})
    assert len(modules) > 100  # the walk found the package
    copies = {
        str(path.relative_to(ROOT)): found
        for path in modules
        if (found := calendar_lists(path.read_text(encoding="utf-8")))
    }
    assert not copies, f"import them from storydesk.calendar_words instead: {copies}"


def test_display_abbreviations() -> None:
    assert MONTH_DISPLAY[8] == "Sep" and MONTH_DISPLAY[4] == "May" and len(MONTH_DISPLAY) == 12
    assert WEEKDAY_DISPLAY == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
