"""Synthetic variations of real articles, for clustering at sizes no dataset has.

Copy ``k`` of an article keeps its text's structure (which words recur, where the names are,
its paragraphs) with the vocabulary swapped: every word of three or more letters becomes a
word of the same background frequency (wordfreq's English list, in bands of a quarter Zipf
unit), picked by a hash of the word and ``k``, in the word's letter case; a word the list
does not know (most names) gets ``k`` spelled in letters as a suffix. Its date moves
``3 * k`` days. So the copies of a corpus relate to one another as the corpus does, and to
other copies as unrelated articles with the same vocabulary profile do; copy 0 is the
article itself. The benchmarks and ``tests/run`` use it.
"""

from __future__ import annotations

import hashlib
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
def varied(word: str, copy: int) -> str:
    """``word`` (lower case) as copy ``copy`` writes it."""
    if copy == 0:
        return word
    band = _band(word)
    choices = _bands().get(band) if band else None
    if not choices:
        return f"{word}q{_spelled(copy)}"
    digest = hashlib.blake2b(f"{word}|{copy}".encode(), digest_size=8).digest()
    return choices[int.from_bytes(digest, "big") % len(choices)]


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
    published = article.published
    if published and len(published) == 10:
        published = (date.fromisoformat(published) + timedelta(days=3 * copy)).isoformat()
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
