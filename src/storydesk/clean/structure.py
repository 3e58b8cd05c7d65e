"""The top of a plain-text article: section label, byline, headline, photo credit, standfirst.

Works on the lines that survived the boilerplate rules. The headline leaves the body (it is
kept as ``title``); a standfirst is recorded but stays in the body, because telling a
standfirst from a one-sentence lede is guesswork and a lede must never be lost.
"""

from __future__ import annotations

import re

from storydesk.article import Article, Removed

HEADLINE = "headline"
SECTION_LABEL = "section label above the headline"
CREDIT = "photo credit under the headline (kept in captions)"
HEADLINE_MAX_WORDS = 25
LABEL_MAX_WORDS = 3
CREDIT_MAX_WORDS = 4
STANDFIRST_MAX_WORDS = 45
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?=\s+[\"“‘A-Z])")
CLOSING_QUOTES = "\"'”’"


def apply(article: Article) -> None:
    """Split the top of ``article.text`` into its parts; the rest stays the body."""
    lines = [line for line in article.text.split("\n") if line.strip()]
    if len(lines) > 1 and _is_label(lines[0], lines[1]):
        article.removed.append(Removed(lines.pop(0), SECTION_LABEL))
    if lines and _take_headline(article, lines[0]):
        lines.pop(0)
        if len(lines) > 1 and _is_credit(lines[0], lines[1]):
            article.captions.append(lines[0])
            article.removed.append(Removed(lines.pop(0), CREDIT))
        if len(lines) > 1 and _is_standfirst(lines[0]):
            article.standfirst = lines[0]
    article.text = "\n".join(lines)


def is_headline(line: str) -> bool:
    """Short, and not ending a sentence (a question mark is allowed: headlines ask)."""
    bare = line.rstrip().rstrip(CLOSING_QUOTES)
    words = len(line.split())
    return 2 <= words <= HEADLINE_MAX_WORDS and not bare.endswith((".", "!", ":", ";", ","))


def _take_headline(article: Article, line: str) -> bool:
    if not is_headline(line):
        return False
    if article.title and _normal(article.title) != _normal(line):
        return False  # metadata has another title: this first line is the body's own heading
    article.title = article.title or line
    article.removed.append(Removed(line, HEADLINE))
    return True


def _is_label(line: str, following: str) -> bool:
    """A kicker such as "Top Story" or "World": tiny, unpunctuated, right above a headline."""
    words = len(line.split())
    return (
        words <= LABEL_MAX_WORDS
        and is_headline(following)
        and len(following.split()) > words
        and not line.rstrip().endswith((".", "!", "?", ":"))
    )


def _is_credit(line: str, following: str) -> bool:
    """A bare name under the headline, before a full paragraph: the lead photo's credit."""
    words = line.split()
    return (
        len(words) <= CREDIT_MAX_WORDS
        and all(word[:1].isupper() for word in words)
        and not line.rstrip().endswith((".", "!", "?", ":", ";"))
        and len(following.split()) > HEADLINE_MAX_WORDS
    )


def _is_standfirst(line: str) -> bool:
    words = len(line.split())
    return (
        words <= STANDFIRST_MAX_WORDS
        and line.rstrip().endswith(".")
        and not (SENTENCE_END.search(line.rstrip()))
    )


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text).split()).casefold()
