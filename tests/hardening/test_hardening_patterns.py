"""No regular expression over a line backtracks: every pattern of ingest/ and clean/ (and the
report escapers) is tried on lines built from its own words and marks, at two lengths, and
its time must grow no faster than the line (a quadratic pattern takes 64 times as long on a
line 8 times as long; an exponential one never ends).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time  # process_time: CPU time of this process, so other jobs on the machine do not count
from collections.abc import Iterator

import pytest
from isolation import COUNTS

import storydesk.clean
import storydesk.ingest
from storydesk.clean import line_checks, rules

SHORT, LONG = 2_000, 16_000
# A pattern is flagged when the long line takes this much longer than the short one and
# this long at least (small times are noise).
MAX_GROWTH, MIN_FLAGGED_SECONDS = 20.0, 0.05
SEPARATORS = (" ", " | ", "/ ", ", ", "-", "", " (", "( ", ": ", ". ")


def line_patterns() -> Iterator[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Every compiled pattern of the modules of ingest/ and clean/ and of the line rules."""
    modules = ["storydesk.report.markdown", "storydesk.report.terminal"]
    for package in (storydesk.clean, storydesk.ingest):
        modules += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    for name in modules:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else [value]
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern):
                    yield f"{name}.{attribute}[{index}]", item
    for rule in rules.LINE_RULES:  # each rule's whole-line pattern, as classify runs it
        if rule.check is None:
            regexes = tuple(p.regex for p in rule.patterns)
            yield f"rule {rule.name}", re.compile("^(?:" + "|".join(regexes) + ")$", re.I)


PATTERNS = dict(line_patterns())


def hostile_lines(pattern: re.Pattern[str] | re.Pattern[bytes], size: int) -> Iterator[str]:
    """Lines of ``size`` characters repeating the pattern's own words and marks: what makes
    a backtracking pattern try every split."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode(
        "latin-1"
    )
    words = [*sorted(set(re.findall(r"[A-Za-z]{2,}", source)))[:25], "A", "a", "Ab"]
    for word in words:
        for separator in SEPARATORS:
            for unit in (word + separator, word.upper() + separator, f"({word}{separator}"):
                yield (unit * (size // len(unit) + 1))[:size]
        for opening in "([{\"“":  # one opening mark, then words: "(AP AP AP …"
            yield (opening + (word + " ") * size)[:size]
    for mark in set(re.findall(r"[^\w\s\\]", source)) | set(":/|.(){}[]“\"'@"):
        for unit in (mark, mark + " ", "a" + mark, "a " + mark):
            yield (unit * (size // len(unit) + 1))[:size]
    yield "Privacy Policy | " + ("x" * 50 + " | ") * (size // 53)
    yield "a/" + "     a/" * (size // 7)


def _seconds(pattern: re.Pattern[str] | re.Pattern[bytes], line: str) -> float:
    subject: str | bytes = line
    if isinstance(pattern.pattern, bytes):
        subject = line.encode("latin-1", errors="ignore")
    start = time.process_time()
    pattern.search(subject)  # type: ignore[arg-type]
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_time_grows_with_the_line_not_faster(name: str) -> None:
    pattern = PATTERNS[name]
    # The same line built at both lengths (not the short one repeated, which would only
    # repeat its opening mark): the generator yields them in the same order.
    pairs = zip(hostile_lines(pattern, SHORT), hostile_lines(pattern, LONG), strict=True)
    timed = sorted(
        ((_seconds(pattern, short + tail), short + tail, long + tail)
         for short, long in pairs for tail in ("", "!", "\x01")),
        reverse=True,
    )
    COUNTS["inputs tried"] += 1
    for seconds, short, long in timed[:4]:  # the slowest lines, then eight times as long
        growth = min(_seconds(pattern, long) for _ in range(2))
        assert growth < MIN_FLAGGED_SECONDS or growth < MAX_GROWTH * max(seconds, 1e-4), (
            f"{name}: {seconds * 1000:.1f} ms at {SHORT} characters, {growth * 1000:.1f} ms "
            f"at {LONG}, on {short[:40]!r}"
        )


def test_site_footer_with_a_dozen_links_is_quick() -> None:
    """Issue 12: 'Privacy Policy | Terms of Use | … | © 2025 …' backtracked for minutes."""
    links = ["Terms of Use", "Cookie Settings", "Contact", "About Us", "Careers", "Advertise",
             "Help", "Sitemap", "RSS", "Newsletters", "Accessibility", "Jobs"] * 3
    line = "Privacy Policy | " + " | ".join(links) + (
        " | © 2025 Riverford Courier Media Group Ltd., registered in England and Wales."
    )
    start = time.process_time()
    reason = rules.classify(line)
    assert time.process_time() - start < 1.0
    assert reason == rules.LEGAL


def test_long_bracketed_line_is_quick() -> None:
    line = "(" + "AP " * 40_000
    start = time.process_time()
    assert not line_checks.looks_like_caption(line)
    assert time.process_time() - start < 1.0
    assert line_checks.looks_like_caption(
        "Rescuers search the rubble in Riverford on Monday (AP Photo)")
