"""Lines written in headline case: where capitals say nothing about names.

News text carries headlines, subheads and teasers inside the body ("Trump Defends Proposal,
Suggests Inevitable Territorial Changes", "What’s Next? Potential Summits and Sensitive
Talks" in the example's AP article; "Tara Reid Checks Into Malibu Rehab" as the first line of
ECB+ documents). Every content word is capitalised there, so the small model reads runs of
them as names. A line is in headline case when it has at least ``MIN_WORDS`` content words
(words not in spaCy's English stop list, which holds the function words title case leaves
in lower case) and all of them start with a capital or a digit.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

MIN_WORDS = 3  # "Donald Trump" alone on a line is a name (a caption, a byline), not a headline
_WORD = re.compile(r"[^\W_][\w’'.-]*")


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` written in headline case."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if is_headline_case(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def is_headline_case(line: str) -> bool:
    content = [w for w in _WORD.findall(line) if w.casefold().strip(".") not in STOP_WORDS]
    return len(content) >= MIN_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in content)


# The words title case leaves in lower case (AP and Chicago style: articles, short
# prepositions and conjunctions).
TITLE_LOWER = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on",
                         "at", "for", "by", "with", "from", "as", "into", "vs"})


def capitalised_title(text: str) -> bool:
    """Title case written by a person, where a short common word is capitalised too: "Take
    Me Out to the Ball Game" (ECB+ 4_5ecbplus and 4_11ecbplus, a film among "Bathing
    Beauty" and "Million Dollar Mermaid"), whose words other than "Ball" and "Game" are
    stop words, so ``is_headline_case`` does not see it. Three capitalised words or more,
    and every other word one title case leaves in lower case; only where no cue reaches
    the quote (``annotate.quotes``: "“We Will Fight,” he said" stays a statement)."""
    words = _WORD.findall(text)
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    rest = [w for w in words if w not in capitalised]
    return len(capitalised) >= 3 and all(w in TITLE_LOWER for w in rest)
