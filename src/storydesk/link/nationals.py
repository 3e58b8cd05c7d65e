"""A person named by nationality alone: "the American", "the 40-year-old American", "the
Ukrainian champion".

Reports of a fight, a match or a trial name the two sides by nationality once each has been
introduced ("American contender Tony Thompson … the 40-year-old American never recovered",
ECB+ 7, where the model tags the lone "American" a nationality, NORP). Such a mention is
that person's when the story describes exactly one person named in the article by that
nationality word ("American Tony Thompson", "Ukrainian champion Wladimir Klitschko"):

* the anaphor takes "the" and at most a few words in lower case before it (an age, an
  adjective: "the cornered American") and no name after it; a word after it must be a noun
  WordNet knows only as a person ("the American southpaw", "the Ukrainian champion") or no
  noun at all (a verb: "the American looked clueless"), so that "the American embassy" or
  "the American team" stays a nationality; not a title ("the French president", which the
  cast would show as a variant "French" of Macron: the example);
* the description is the nationality word right before the person's full name, with at
  most two words in lower case between ("American challenger Tony Thompson"), or the words
  a title-and-name span was cut to ("the American Hasim Rahman", typed ORG, ``forms``);
* between two people of the story described so (two Americans in a topic that reports two
  fights, ECB+ 7), the one the article names, else no guess;
* no person the article first names after that one may stand between them (back to the
  start of the sentence before the anaphor), else no guess: "On the undercard, former
  heavyweight champion Riddick Bowe made a modest comeback … the 41-year-old American"
  (ECB+ 7_10ecb) is Bowe, not the report's American Hasim Rahman.

Only the same word counts: "the Briton" is not matched to "British X".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storydesk.annotate import wordnet
from storydesk.annotate.name_words import ROLE_HEADS
from storydesk.article import Article
from storydesk.link.kinds import person_noun
from storydesk.link.names import fold

if TYPE_CHECKING:
    from storydesk.link.surface import Form, Mention

# "the", then at most six pieces: words in lower case, figures or spaced hyphens ("40 - year
# - old" is five, then "cornered").
_ANAPHOR_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z0-9][\w’'-]*[ \t]+|-[ \t]+){0,6}$")
_POSSESSIVE = re.compile(r"^['’]")
_NEXT_WORD = re.compile(r"^[ \t]*([A-Za-z][\w’'-]*)?")
# The nationality word, then at most two words in lower case, before the person's name.
_DESCRIBED = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
_WINDOW = 60
_NAME_WORDS = 2  # "American Hasim Rahman": the words before a given name and surname


def join_nationals(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """Move each anaphoric nationality mention to the person the article means by it."""
    nationals = {key for key, f in forms.items() if f.type == "NORP" and " " not in key}
    if not nationals:
        return
    described = _described(articles, forms, nationals)
    if not described:
        return
    by_id = {article.id: article for article in articles}
    named = _surnames_by_article(forms)
    people = _people_by_position(forms)
    for key in nationals & described.keys():
        form = forms[key]
        kept: list[Mention] = []
        for mention in form.mentions:
            article = by_id[mention.article]
            target = _meant(mention, article, described[key], named)
            if target is not None and not _no_one_new(target, mention, article, people):
                target = None
            if target is None:
                kept.append(mention)
            else:
                target.mentions.append(mention)
        form.mentions = kept


def _described(
    articles: Sequence[Article], forms: dict[str, Form], nationals: set[str]
) -> dict[str, list[Form]]:
    """Nationality word -> the people's full-name forms the story describes with it."""
    by_id = {article.id: article for article in articles}
    found: dict[str, list[Form]] = defaultdict(list)
    for form in forms.values():
        if form.type != "PER" or not form.name.is_full:
            continue
        words: set[str] = set()
        for mention in form.mentions:
            written = mention.text.split()
            words.update(fold(w) for w in mention.role.split() + written[:-_NAME_WORDS])
            article = by_id[mention.article]
            start = article.entities[mention.index].start
            before = _DESCRIBED.search(article.text[max(0, start - _WINDOW) : start])
            if start > 0 and before:
                words.add(fold(before.group(1)))
        for word in words & nationals:
            found[word].append(form)
    return found


def _surnames_by_article(forms: dict[str, Form]) -> dict[str, set[str]]:
    named: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if form.type == "PER":
            for mention in form.mentions:
                named[mention.article].add(form.name.last)
    return named


def _people_by_position(forms: dict[str, Form]) -> dict[str, list[tuple[int, Form]]]:
    """Article id -> (mention index, person form) of every person mention, in order."""
    found: dict[str, list[tuple[int, Form]]] = defaultdict(list)
    for form in forms.values():
        if form.type == "PER":
            for mention in form.mentions:
                found[mention.article].append((mention.index, form))
    for mentions in found.values():
        mentions.sort(key=lambda pair: pair[0])
    return found


def _no_one_new(
    target: Form, mention: Mention, article: Article, people: dict[str, list[tuple[int, Form]]]
) -> bool:
    """No person the article first names after its last mention of ``target`` stands between
    that mention and the anaphor, back to the start of the sentence before it: "On the
    undercard, former heavyweight champion Riddick Bowe made a modest comeback … the
    41-year-old American" (ECB+ 7_10ecb) is Bowe, not the report's American, Rahman. The
    other side of the fight, named before, is passed over: "Klitschko put Thompson on the
    canvas … the 40-year-old American" (7_2ecbplus, where the model tags no "Thompson")."""
    here = [(i, f) for i, f in people.get(mention.article, []) if i < mention.index]
    last = max((i for i, f in here if f.name.last == target.name.last), default=None)
    if last is None:
        return True
    first: dict[str, int] = {}
    for index, form in here:
        first.setdefault(form.name.last, index)
    since = _previous_sentence_start(article, article.entities[mention.index].start)
    return not any(
        index > last and first[form.name.last] > last and article.entities[index].start >= since
        for index, form in here
    )


def _previous_sentence_start(article: Article, start: int) -> int:
    """Where the sentence before the one at ``start`` begins, by the article's sentences
    (``sentence_spans``, from the parse); the text's start if it has none before."""
    starts = [begin for begin, _ in article.sentence_spans]
    here = bisect_right(starts, start) - 1
    return starts[here - 1] if here >= 1 else 0


def _meant(
    mention: Mention, article: Article, people: list[Form], named: dict[str, set[str]]
) -> Form | None:
    """The person the mention names, if it is an anaphor and the article names one of them."""
    entity = article.entities[mention.index]
    if not anaphor(article.text, entity.start, entity.end):
        return None
    here = [f for f in people if f.name.last in named[mention.article]]
    surnames = {f.name.last for f in here}
    if len(surnames) != 1:
        return None
    return max(here, key=lambda f: len(f.mentions))


def anaphor(text: str, start: int, end: int) -> bool:
    """The nationality word at ``start:end`` stands for a person: "the (…) American" with no
    name after it, and a person noun or no noun next ("the American southpaw", "the
    American looked clueless"; not "the American embassy")."""
    if start < 0 or not _ANAPHOR_BEFORE.search(text[max(0, start - _WINDOW) : start]):
        return False
    if _POSSESSIVE.match(text[end : end + 1]):  # "the American's chin": a person's
        return True
    after = _NEXT_WORD.match(text[end : end + _WINDOW])
    word = after.group(1) if after else None
    if word is None:
        return True
    if word[:1].isupper() or fold(word) in ROLE_HEADS:
        return False  # a name, or a title: "the French president" (example) is a title
    return person_noun(word.casefold()) or not wordnet.load().synsets(word.casefold())
