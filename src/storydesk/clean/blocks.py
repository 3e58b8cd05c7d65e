"""Block rules: boilerplate that spans several lines, marked over a list of reasons.

Each function takes the article's lines and a parallel list of reasons (None: the line stays)
and fills in reasons for whole stretches: a tweet embed from its text to its signature,
edge timestamps, links under a related-links heading, site chrome after the end. (Appeals
and widgets without stock wording are the line classifier's: clean/linescore.py.)
"""

from __future__ import annotations

import re

from storydesk.clean import line_checks, rules

Reasons = list[str | None]

TWEET_MAX_CHARS = 280  # the most a tweet's own text can hold
# At most 40 characters before "://" (a scheme and a bracket or quote): "\S+://" was tried
# from every position of a long word and backtracked over all of it (quadratic, issue 12).
URL = re.compile(r"\S{1,40}://\S+|pic\.twitter\.com/\S+")
# Third-person verbs of speech and reaction: a line using one narrates tweets ("one user
# quipped", "Another wondered why …"); it is the article around an embed, not the tweet.
NARRATION = re.compile(
    r"\b(?:said|says|told|added|wrote|tweeted|posted|quipped|joked|wondered|asked|replied|"
    r"responded|commented|noted|argued|suggested|claimed|insisted|according to)\b",
    re.I,
)
TERMINAL = (".", "!", "?", ":", ";", "”", '"', "’", "'", ")")
LINK_HEADERS = re.compile(
    r"^(?:recommended|related|read more|read also|more on|see also|most read)\b.{0,40}$", re.I
)
LINK_TAIL_REASON = "link to another article"
CHROME_REASON = "site chrome after the article"
EDGE_LINES = 4  # a standalone date this close to the top or bottom is the article's own


def mark_tweets(lines: list[str], reasons: Reasons) -> None:
    """A signature "— Name (@handle) Date" and the tweet's own text lines above it."""
    for index, line in enumerate(lines):
        if line_checks.TWEET_SIGNATURE.match(line):
            reasons[index] = rules.TWEET
            _mark_tweet_text(lines, reasons, index)


def _mark_tweet_text(lines: list[str], reasons: Reasons, signature: int) -> None:
    """The line above a signature is the tweet; lines further up only when it ends in a link.

    A tweet holds at most 280 characters; a line that would overflow it, or prose that reports
    speech, is the article around the embed. Without a link closing the tweet text (the
    usual pic.twitter.com or t.co), nothing marks where the tweet starts, so one line it is.
    """
    used = 0
    multi_line = False
    for index in range(signature - 1, -1, -1):
        if reasons[index] not in (None, rules.TWEET):
            return
        text = URL.sub("", lines[index]).strip()
        used += len(text)
        first = index == signature - 1
        if first:
            multi_line = bool(URL.search(lines[index]))
            if used > TWEET_MAX_CHARS and not multi_line:
                return
        elif not multi_line or used > TWEET_MAX_CHARS or NARRATION.search(text):
            return
        reasons[index] = rules.TWEET


def mark_timestamps(lines: list[str], reasons: Reasons) -> None:
    """Standalone date lines near the top or the bottom (mid-body ones are live-blog heads)."""
    edges = set(range(min(EDGE_LINES, len(lines))))
    edges |= set(range(max(0, len(lines) - EDGE_LINES), len(lines)))
    for index in sorted(edges):
        if reasons[index] is None and rules.is_timestamp(lines[index]):
            reasons[index] = rules.TIMESTAMP


def is_short_title(line: str, max_words: int = 15) -> bool:
    """A title-like line: few words and no sentence-ending punctuation."""
    return len(line.split()) <= max_words and not line.rstrip().endswith(TERMINAL)


def mark_trailing_chrome(lines: list[str], reasons: Reasons) -> None:
    """After the last paragraph: short link titles and menus, when a nav line is among them."""
    tail: list[int] = []
    has_navigation = False
    for index in range(len(lines) - 1, -1, -1):
        reason = reasons[index]
        if reason is not None:
            has_navigation = has_navigation or reason == rules.NAVIGATION
            continue
        if not is_short_title(lines[index]):
            break
        tail.append(index)
    if has_navigation:
        for index in tail:
            reasons[index] = CHROME_REASON


def mark_link_lists(lines: list[str], reasons: Reasons, limit: int = 5) -> None:
    """Headline-like lines right under a "Recommended"/"Read more" header are links."""
    for index, line in enumerate(lines):
        if reasons[index] != rules.NAVIGATION or not LINK_HEADERS.match(line):
            continue
        for after in range(index + 1, min(len(lines), index + 1 + limit)):
            if reasons[after] is not None:
                continue
            if not is_short_title(lines[after]) or len(lines[after].split()) < 4:
                break
            reasons[after] = LINK_TAIL_REASON
