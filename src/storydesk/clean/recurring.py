"""Lines that recur verbatim across several articles of one outlet are the outlet's chrome.

Staged like any cross-document pass: a signature per line (a hash of its normalised text),
counted per outlet, then applied; no article is compared with another. The counts come from
a ``LineCounts``: ``MemoryLines`` over the articles of one run, or a desk's store (which
keeps ``line_signatures`` of every article it holds). What this pass removes is recorded with
a reason saying it was learnt from other articles (``ACROSS``), and applying it twice
changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from storydesk.article import Article, Removed
from storydesk.options import Options

# When shared lines make up more than this share of an article, the articles are near-copies
# (a wire story run twice), not boilerplate: removing them would empty the article.
MAX_SHARE = 0.5
REPORTED = re.compile(r"[“”\"]|\d")
PROSE_MIN_WORDS = 12
ACROSS = "recurs across"  # every reason this pass gives starts so: learnt from other articles
KEPT_NOTE = "most lines recur in another article of this outlet: kept"


class LineCounts(Protocol):
    def counts(self, outlet: str, signatures: Iterable[str]) -> dict[str, int]:
        """For each line signature, in how many articles of ``outlet`` (casefolded) it is,
        this article included when it is held."""
        ...


class MemoryLines:
    """``LineCounts`` over a list of articles (one ``analyze`` run)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for article in articles:
            if article.outlet:
                outlet_counts = self._counts[article.outlet.casefold()]
                for line_signature in line_signatures(article):
                    outlet_counts[line_signature] += 1

    def counts(self, outlet: str, signatures: Iterable[str]) -> dict[str, int]:
        outlet_counts = self._counts.get(outlet, {})
        return {s: outlet_counts.get(s, 0) for s in signatures}


def line_signatures(article: Article) -> set[str]:
    """The signatures of an article's lines as cleaning left them, and of the lines this pass
    took out before (so that counting is the same before and after it). A line repeated
    inside one article counts once: we want spread across articles."""
    lines = [line for line in article.text.split("\n") if line]
    lines += [r.text for r in article.removed if r.reason.startswith(ACROSS)]
    return {signature(line) for line in lines}


def remove_recurring(article: Article, lines: LineCounts, options: Options) -> None:
    """Take out the lines ``lines`` says recur across the outlet's articles. Lines taken by
    an earlier run stay taken and count in the share as before, so that running it again
    with the same counts changes nothing (and with grown counts only takes more)."""
    if not article.outlet:
        return
    text_lines = article.text.split("\n")
    found = lines.counts(article.outlet.casefold(), {signature(line) for line in text_lines})
    seen = [found.get(signature(line), 0) for line in text_lines]
    shared = [count >= options.recurring_min_articles for count in seen]
    earlier = sum(len(r.text) for r in article.removed if r.reason.startswith(ACROSS))
    shared_chars = earlier + sum(len(x) for x, flag in zip(text_lines, shared, strict=True) if flag)
    if shared_chars == earlier:
        return
    if shared_chars > MAX_SHARE * (len(article.text) + earlier):
        if KEPT_NOTE not in article.notes:
            article.notes.append(KEPT_NOTE)
        return
    kept: list[str] = []
    for line, count, flag in zip(text_lines, seen, shared, strict=True):
        if flag and not _reported_prose(line):
            reason = f"{ACROSS} {count} articles of {article.outlet}"
            article.removed.append(Removed(line, reason))
        else:
            kept.append(line)
    article.text = "\n".join(kept)


def signature(line: str) -> str:
    normalised = " ".join(line.split()).casefold()
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def _reported_prose(line: str) -> bool:
    """A full sentence with a quote or a figure is reporting, even when two stories share it."""
    return len(line.split()) >= PROSE_MIN_WORDS and bool(REPORTED.search(line))
