"""Named line rules for plain-text cleaning: each says why a whole line is not the article.

Rules are tried in order and the first match gives the reason. Every pattern matches the
whole line (or a marker that never occurs in prose, like ``pic.twitter.com``), so a sentence
of the article that merely mentions a newsletter or a rating is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from storydesk.clean import datelines, rule_patterns
from storydesk.clean.line_checks import (
    LINK_LINE,
    TWEET_SIGNATURE,
    is_field_strip,
    looks_like_appeal,
    looks_like_caption,
)
from storydesk.clean.rule_patterns import Pattern

TWEET = "tweet embed"
DONATION = "donation appeal"
NEWSLETTER = "newsletter or subscription prompt"
RATING = "rating widget"
NAVIGATION = "navigation or related-links line"
SHARE = "share buttons"
FURNITURE = "page furniture (buttons, prompts, templates)"
CAPTION = "photo caption (kept in captions)"
TIMESTAMP = "timestamp (publication date)"
LEGAL = "copyright or legal line"
BYLINE = "byline"
LINK = "link line (a bare URL or a prompt to follow one)"
ADDRESS = "the article's address (its url and outlet)"
FIELD_STRIP = "a strip of page fields (section, date, author or menu items in a row)"


@dataclass(frozen=True, slots=True)
class LineRule:
    """A named test on one stripped line; ``reason`` is what ``Removed`` records.

    The line goes when any of ``patterns`` matches it whole, or, for a rule with a ``check``
    function, when the function says so (its one ``Pattern`` then only records provenance).
    """

    name: str
    reason: str
    patterns: tuple[Pattern, ...]
    check: Callable[[str], bool] | None = None

    def test(self, line: str) -> bool:
        if self.check is not None:
            return self.check(line)
        return bool(_whole_line(tuple(p.regex for p in self.patterns)).match(line))


@cache
def _whole_line(regexes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(f"(?:{r})" for r in regexes) + ")$", re.I)


LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "tweet_link",
        TWEET,
        rule_patterns.TWEET_LINK_PATTERNS,
        check=lambda line: "pic.twitter.com/" in line,
    ),
    LineRule(
        "tweet_signature",
        TWEET,
        rule_patterns.TWEET_SIGNATURE_PATTERNS,
        check=lambda line: bool(TWEET_SIGNATURE.match(line)),
    ),
    LineRule(
        "donation_banner",
        DONATION,
        rule_patterns.DONATION_BANNER_PATTERNS,
    ),
    LineRule(
        "donation_prose",
        DONATION,
        rule_patterns.DONATION_PROSE_PATTERNS,
        check=looks_like_appeal,
    ),
    LineRule(
        "newsletter",
        NEWSLETTER,
        rule_patterns.NEWSLETTER_PATTERNS,
    ),
    LineRule(
        "share",
        SHARE,
        rule_patterns.SHARE_PATTERNS,
    ),
    LineRule(
        "navigation",
        NAVIGATION,
        rule_patterns.NAVIGATION_PATTERNS,
    ),
    LineRule(
        "legal",
        LEGAL,
        rule_patterns.LEGAL_PATTERNS,
    ),
    LineRule(
        "furniture",
        FURNITURE,
        rule_patterns.FURNITURE_PATTERNS,
    ),
    LineRule(
        "link",
        LINK,
        rule_patterns.LINK_PATTERNS,
        check=lambda line: bool(LINK_LINE.match(line)),
    ),
    LineRule(
        "caption",
        CAPTION,
        rule_patterns.CAPTION_PATTERNS,
        check=looks_like_caption,
    ),
    LineRule(
        "byline",
        BYLINE,
        rule_patterns.BYLINE_PATTERNS,
    ),
    LineRule(
        "field_strip",
        FIELD_STRIP,
        rule_patterns.FIELD_STRIP_PATTERNS,
        check=lambda line: is_field_strip(line) and not datelines.is_timestamp_line(line),
    ),
)


def classify(line: str) -> str | None:
    """The reason of the first rule that takes ``line`` (None: the line stays)."""
    rule = first_rule(line)
    return rule.reason if rule else None


def first_rule(line: str) -> LineRule | None:
    return next((rule for rule in LINE_RULES if rule.test(line)), None)


def is_timestamp(line: str) -> bool:
    """A line that is nothing but a date, maybe with a time and a Published/Updated label."""
    return datelines.is_timestamp_line(line)
