"""Works and awards: names the story writes with capitals that are no person, place or body.

A film, show, book or slogan is written between quote marks (``quoted_title``); an award is
what WordNet says it is (``award_name``). ``things.drop_things`` leaves both out of the cast;
the sentences each rule was seen in are in ``things``' docstring.
"""

from __future__ import annotations

import re

from storydesk.annotate import wordnet
from storydesk.annotate.morphy import lemma

_AWARD = "n:06696483"  # award, accolade, honor, honour, laurels ("Oscar", "Emmy" are kinds)
_PRIZE = "n:13268146"  # prize, award: something given for victory or superiority
_WINDOW = 80
# Words that introduce a name a person goes by, written in quote marks after them: a
# nickname, not a title ('known as "Jihadi John"', review of ef9f12e).
_NAMED_AS = re.compile(r"\b(?:known as|dubbed|nicknamed|called)$", re.IGNORECASE)

DOUBLE_QUOTES = frozenset('"“”')  # the marks a title or a quote is written between


def quoted_title(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands alone between quote marks (the span may hold the
    marks; a comma or full stop may come before the closing one): "starred in "Van
    Wilder" and", "the romantic epic "Australia,"". Not a nickname between a given name
    and a surname ('Kimani "Kiki" Gray')."""
    while start < end and text[start] in DOUBLE_QUOTES:
        start += 1
    while end > start and text[end - 1] in DOUBLE_QUOTES:
        end -= 1
    if start == 0 or text[start - 1] not in DOUBLE_QUOTES:
        return False
    after = text[end : end + 2]
    if after[:1] in DOUBLE_QUOTES:
        close = end + 1
    elif after[:1] in ",.!?" and after[1:2] in DOUBLE_QUOTES:
        close = end + 2
    else:
        return False
    before = text[max(0, start - 1 - _WINDOW) : start - 1].split()
    following = text[close : close + _WINDOW].split()
    inside_name = (
        bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        and bool(following) and following[0][:1].isupper()
    )
    return not inside_name


def award_name(key: str) -> bool:
    """The folded name is an award: WordNet gives every sense of it (its last word in the
    singular) as a kind of award ("oscars", "emmy", "academy award", "nobel prize"), or its
    head is the word award or prize itself ("the 79th academy awards", "tony awards")."""
    words = key.split()
    if not words or not all(w.isalpha() for w in words[-1:]):
        return False
    net = wordnet.load()
    singular = [*words[:-1], lemma(words[-1], "n") or words[-1]]
    whole = net.synsets("_".join(singular))
    if whole and all(_AWARD in net.ancestors(k) for k in whole):
        return True
    head = net.synsets(singular[-1])
    return len(words) >= 2 and bool({_AWARD, _PRIZE} & set(head))


def named_as(text: str, start: int) -> bool:
    """The name at ``start`` (its quote mark may open the span) is one a person goes by,
    introduced as such: 'the British militant known as "Jihadi John"' (review of ef9f12e).
    Such a name is never a work's title, wherever else the story quotes it."""
    while start > 0 and text[start - 1] in DOUBLE_QUOTES | {" "}:
        start -= 1
    return bool(_NAMED_AS.search(text, max(0, start - _WINDOW), start))


def award_term(text: str) -> str:
    """A term the sentence index can use for an award the cast leaves out ("award:oscar" for
    "the Oscars", "Oscar"), "" for any other name: sentences about one award stay close as
    they were while the award was an entity (ECB+ 2, ``similarity.build_index``)."""
    words = [w for w in text.casefold().split() if w.isalpha() and w != "the"]
    if not words or not award_name(" ".join(words)):
        return ""
    return "award:" + "_".join([*words[:-1], lemma(words[-1], "n") or words[-1]])
