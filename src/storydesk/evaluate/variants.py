"""Larger sets made from real articles, for measuring at sizes no dataset has.

``vary`` (clustering at scale): copy ``k`` of an article keeps its text's structure (which
words recur, where the names are, its paragraphs) with the vocabulary swapped: every word of
three or more letters becomes a word of the same background frequency (wordfreq's English
list, in bands of a quarter Zipf unit), one to one (a shuffle of the band seeded by ``k``),
in the word's letter case; a word the list does not know (most names) gets ``k`` spelled in
letters as a suffix. Its date moves ``3 * k`` days. So the copies of a corpus relate to one
another as the corpus does, and to other copies as unrelated articles with the same
vocabulary profile do; copy 0 is the article itself.

``renamed`` (annotation and linking at scale, where the text must stay English): copy ``k``
has every capitalised word that does not open a sentence (days and months aside) swapped
for another capitalised word of the same corpus (picked by a hash of the word and ``k``),
and its date moved as above: the same prose about other people and places, a distinct
article for the store.

The benchmarks and ``tests/run`` use them.
"""

from __future__ import annotations

import calendar
import hashlib
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from storydesk.article import Article, content_id

WORD = re.compile(r"[^\W\d_]{3,}")
LETTERS = "abcdefghij"


@cache
def _bands() -> dict[int, list[str]]:
    import wordfreq

    bands: dict[int, list[str]] = {}
    for word in wordfreq.top_n_list("en", 100_000):
        if word.isalpha():
            bands.setdefault(_band(word), []).append(word)
    return bands


@cache
def _band(word: str) -> int:
    from wordfreq import zipf_frequency

    return round(zipf_frequency(word, "en") * 4)


def _spelled(copy: int) -> str:
    return "".join(LETTERS[int(d)] for d in str(copy))


@cache
def _positions() -> dict[str, int]:
    return {word: n for words in _bands().values() for n, word in enumerate(words)}


@cache
def _permutation(band: int, copy: int) -> list[int]:
    """Copy ``copy``'s one-to-one swap of the words of a frequency band."""
    order = list(range(len(_bands()[band])))
    random.Random(f"{band}|{copy}").shuffle(order)
    return order


@cache
def varied(word: str, copy: int) -> str:
    """``word`` (lower case) as copy ``copy`` writes it: one to one, so a copy's articles
    share exactly the words the originals share."""
    if copy == 0:
        return word
    band = _band(word)
    position = _positions().get(word)
    if not band or position is None or band not in _bands():
        return f"{word}q{_spelled(copy)}"
    return _bands()[band][_permutation(band, copy)[position]]


def _cased(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def vary(article: Article, copy: int) -> Article:
    """Copy ``copy`` of a cleaned article (a new id, text, title and date)."""
    if copy == 0:
        return article

    def swap(match: re.Match[str]) -> str:
        return _cased(match.group(0), varied(match.group(0).lower(), copy))

    text = WORD.sub(swap, article.text)
    title = WORD.sub(swap, article.title) if article.title else article.title
    published = moved(article.published, copy)
    return replace(
        article,
        id=content_id(text),
        source=f"{article.source}~{copy}",
        text=text,
        title=title,
        published=published,
        entities=[],
    )


def corpus(articles: Sequence[Article], size: int) -> Iterator[Article]:
    """``size`` articles: ``articles`` themselves, then their copies 1, 2, ... in turn."""
    made = 0
    copy = 0
    while made < size:
        for article in articles[: size - made]:
            yield vary(article, copy)
            made += 1
        copy += 1


NAME = re.compile(r"(?<=[^\s.!?\"“]) ([A-Z][a-z]{2,})\b")  # capitalised, not opening a sentence


CALENDAR = frozenset([*calendar.day_name, *calendar.month_name]) - {""}


def names_of(texts: Sequence[str]) -> list[str]:
    """The capitalised words that do not open a sentence, sorted: what ``renamed`` draws on."""
    found = {m.group(1) for text in texts for m in NAME.finditer(text)}
    return sorted(found - CALENDAR)


def renamed(text: str, copy: int, names: Sequence[str]) -> str:
    """Copy ``copy`` of ``text`` with its names swapped (copy 0 is the text itself)."""
    if copy == 0 or not names:
        return text

    def swap(match: re.Match[str]) -> str:
        if match.group(1) in CALENDAR:
            return match.group(0)
        digest = hashlib.blake2b(f"{match.group(1)}|{copy}".encode(), digest_size=8).digest()
        return " " + names[int.from_bytes(digest, "big") % len(names)]

    return NAME.sub(swap, text)


def moved(published: str | None, copy: int) -> str | None:
    """A date ``3 * copy`` days later (None and partial dates stay as they are)."""
    if not published or len(published) != 10:
        return published
    return (date.fromisoformat(published) + timedelta(days=3 * copy)).isoformat()
