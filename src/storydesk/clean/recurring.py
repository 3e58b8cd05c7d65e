"""Lines that recur verbatim across several articles of one outlet are the outlet's chrome.

Staged like any cross-document pass: a signature per line (a hash of its normalised text),
counted per outlet in one sweep, then applied; no article is compared with another.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

from storydesk.article import Article, Removed
from storydesk.options import Options

# When shared lines make up more than this share of an article, the articles are near-copies
# (a wire story run twice), not boilerplate: removing them would empty the article.
MAX_SHARE = 0.5
REPORTED = re.compile(r"[“”\"]|\d")
PROSE_MIN_WORDS = 12


def remove_recurring(articles: Sequence[Article], options: Options) -> None:
    counts = _count_by_outlet(articles)
    for article in articles:
        if not article.outlet:
            continue
        outlet_counts = counts[article.outlet.casefold()]
        lines = article.text.split("\n")
        seen = [outlet_counts[signature(line)] for line in lines]
        shared = [count >= options.recurring_min_articles for count in seen]
        _apply(article, lines, seen, shared)


def _apply(article: Article, lines: list[str], seen: list[int], shared: list[bool]) -> None:
    shared_chars = sum(len(line) for line, flag in zip(lines, shared, strict=True) if flag)
    if not shared_chars:
        return
    if shared_chars > MAX_SHARE * len(article.text):
        article.notes.append("most lines recur in another article of this outlet: kept")
        return
    shared = [flag and not _reported_prose(line) for line, flag in zip(lines, shared, strict=True)]
    kept: list[str] = []
    for line, count, flag in zip(lines, seen, shared, strict=True):
        if flag:
            reason = f"recurs across {count} articles of {article.outlet}"
            article.removed.append(Removed(line, reason))
        else:
            kept.append(line)
    article.text = "\n".join(kept)


def _count_by_outlet(articles: Sequence[Article]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in articles:
        if not article.outlet:
            continue
        outlet_counts = counts[article.outlet.casefold()]
        # A line repeated inside one article counts once: we want spread across articles.
        for line_signature in {signature(line) for line in article.text.split("\n") if line}:
            outlet_counts[line_signature] += 1
    return counts


def signature(line: str) -> str:
    normalised = " ".join(line.split()).casefold()
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def _reported_prose(line: str) -> bool:
    """A full sentence with a quote or a figure is reporting, even when two stories share it."""
    return len(line.split()) >= PROSE_MIN_WORDS and bool(REPORTED.search(line))
