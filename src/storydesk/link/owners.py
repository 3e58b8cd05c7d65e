"""Whose figure it is: the entity that has, owns or is measured by a number.

"GM has 6,246 dealers", "Saturn's 350 dealers" and Chrysler's "its 3,200 dealers" count the
same kind of thing about three different companies; a slot must never mix owners. Without a
parse at this stage the owner is read from the text right before the number:

- a possessive name ("Saturn's 350 dealers", "Trump's 20-point plan");
- a possessive pronoun ("its", "their"): the clause's subject, taken as the first named
  entity of the sentence before the number;
- a name right before a verb of having ("GM has 6,246 dealers", "Ford employs 122,000").

Anything else has no known owner: absence is not evidence of either sameness or difference.
"""

from __future__ import annotations

import re

from storydesk.article import Article, Entity, Figure
from storydesk.link.textnorm import STOPWORDS

# Entity types that own things; places own too ("Ukraine's army"), dates and numbers do not.
OWNER_TYPES = frozenset({"ORG", "PERSON", "NORP", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})
HAVING_VERBS = (
    "has", "have", "had", "owns", "owned", "employs", "employed", "operates", "operated",
    "counts", "counted",
)  # fmt: skip
HAVING = f"(?:{'|'.join(HAVING_VERBS)})"
# Words a qualifier or determiner may put between the owner and the number.
_FILLER = (
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|"
    r"only|just|approximately|an\s+estimated|the|a|its|their|[a-z]+-?[a-z]*\s+of))*"
)
_POSSESSIVE_NAME = re.compile(
    r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?\s*(?:\s+[a-z-]+){0,2}\s*$"
)
_PRONOUN = re.compile(r"\b(?:its|their)(?:\s+[a-z-]+){0,2}\s*$", re.IGNORECASE)
# A name followed by one of these is the subject of its clause.
_SUBJECT_VERB = re.compile(
    r"['’]?s?\s+(?:has|have|had|is|was|are|were|will|would|could|can|may|might|should|said|"
    r"says|wants|plans|agreed|announced|reported|posted|decided|intends|hopes|expects)\b"
)
_HAVING = re.compile(rf"(\S+)\s+{HAVING}{_FILLER}\s*$")

OwnerIndex = dict[str, str]  # case-folded spelling → story entity id


def owner_of(
    article: Article, figure: Figure, sentence: tuple[int, int], index: OwnerIndex
) -> str | None:
    """The key of the figure's owner (story entity id or folded name), or None."""
    if figure.start < 0:
        return None
    sentence_start = sentence[0]
    before = article.text[sentence_start : figure.start]
    mentions = _mentions_before(article, figure, sentence_start)
    name = (
        _possessive(before, sentence_start, mentions)
        or _pronoun(before, sentence_start, mentions)
        or _haver(before, sentence_start, mentions)
    )
    if not name:
        return None
    return index.get(name.casefold(), name.casefold())


def _mentions_before(article: Article, figure: Figure, sentence_start: int) -> list[Entity]:
    return [
        m
        for m in article.entities
        if m.sentence == figure.sentence
        and m.type in OWNER_TYPES
        and sentence_start <= m.start < m.end <= figure.start
    ]


def _possessive(before: str, offset: int, mentions: list[Entity]) -> str | None:
    """'Saturn's 350 dealers': the name the possessive ends."""
    if "'" not in before and "’" not in before:
        return None  # most figures: no possessive mark to search for (bench_facts)
    match = _POSSESSIVE_NAME.search(before)
    if not match or match.group(1).split()[-1].casefold() in STOPWORDS:
        return None  # "It's", "That's": a pronoun, not a name
    return _mention_ending(offset + match.end(1), mentions) or _last_word(match.group(1))


def _pronoun(before: str, offset: int, mentions: list[Entity]) -> str | None:
    """'Chrysler has said it will cut 789 of its 3,200 dealers': the clause's subject.

    The antecedent is the last name a verb follows ("Kiev had agreed … its army"), not
    merely the last name (a newspaper the officials spoke to); without one, no owner.
    """
    if not _PRONOUN.search(before):
        return None
    for index in range(len(mentions) - 1, -1, -1):
        if _SUBJECT_VERB.match(before, mentions[index].end - offset):
            return _whole_name(mentions, index)
    return None


def _whole_name(mentions: list[Entity], index: int) -> str:
    """'Chrysler' for a model that tagged 'Chrysler' and 'LLC' apart: the name's first part."""
    while index > 0 and mentions[index - 1].end + 1 == mentions[index].start:
        index -= 1
    return mentions[index].text


def _haver(before: str, offset: int, mentions: list[Entity]) -> str | None:
    """'GM has 6,246 dealers': the name right before a verb of having."""
    if not any(verb in before for verb in HAVING_VERBS):
        return None  # most figures: no such verb to search for (bench_facts)
    match = _HAVING.search(before)
    if not match:
        return None
    found = _mention_ending(offset + match.end(1), mentions)
    word = match.group(1)
    if found is None and word[:1].isupper() and word.isalpha():
        return word
    return found


def _mention_ending(end: int, mentions: list[Entity]) -> str | None:
    """The entity mention ending at ``end`` (a possessive mark may follow it)."""
    for mention in reversed(mentions):
        if end - 2 <= mention.end <= end:
            return mention.text
    return None


def _last_word(name: str) -> str:
    """Without a mention, the surname-like last word is the best key ('President Trump')."""
    return name.split()[-1]
