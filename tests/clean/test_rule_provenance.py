"""Every line rule fires on a real page of another outlet: the page and line it names.

STYLE 15: a rule carries what it catches and where it was seen; one that fires only on the
flagship example is a fit. Each ``Pattern`` names a page of the Zyte or fundus benchmark and
a line of it (as the boilerplate evaluation renders the page); here that line must be on that
page, must be taken by that very pattern, and the page must not be the example.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from shared_data import shared_path
from storydesk.clean import rules
from storydesk.evaluate.boilerplate import page_lines

CASES = [
    pytest.param(rule, pattern, id=f"{rule.name}-{index}")
    for rule in rules.LINE_RULES
    for index, pattern in enumerate(rule.patterns)
]


@cache
def lines_of(key: str) -> list[str]:
    return page_lines(shared_path("datasets"), key)


@pytest.mark.parametrize(("rule", "pattern"), CASES)
def test_pattern_takes_the_line_of_the_page_it_names(rule, pattern):
    assert pattern.catches and pattern.outlet
    assert "ukraine" not in pattern.where
    assert pattern.line in lines_of(pattern.where), (pattern.where, pattern.line)
    if rule.check is None:
        assert re.fullmatch(pattern.regex, pattern.line, re.I), pattern.line
    assert rules.first_rule(pattern.line) is rule
