"""What an article is about, in its first words: the headline and the lead.

News is written top-down: the headline and the first sentences say what happened, to whom
and where; the rest is detail, background and quotes. So the kind of event a story reports
(a rehab check-in, a quake, an office shooting) and its main actors are found in its leads
far more reliably than in its whole text, where background and side stories dilute them.
Topics (``link.related``) compare stories by their leads: on ECB+ topics 1-20, with the
gold events as stories, the events nearest by lead words are in the same topic for 34 of
36 events, against 27 of 36 by whole-text words (and 25 by names); grouped by average link,
lead words reach topic B-cubed F1 0.94, whole-text words 0.93, names 0.91.

A lead is the title (when cleaning found one) and the first ``LEAD_SENTENCES`` sentences of
the text. Lines that are a web address are not sentences (ECB+ "plus" documents open with
their address). Words that only say when (months, weekdays, "updated", "posted": the
vocabulary of ``clean.datelines``) are left out: a date line under a headline says when,
not what.

Topics compare lead *terms*: each word by its WordNet lemma ("died", "dies" → "die";
"escapes", "escaped" → "escape"; ``lemma``, by ``annotate.morphy``), so that two events of
one kind reported in different tenses and numbers share their words. On ECB+ topics 1-20 it
raised the leads' link between the two events of topic 4 (Bettie Page's and Esther
Williams's deaths: "died" in one, "dies" in the other's headlines) from 0.05 to 0.10, and of
topic 3 from 0.05 to 0.07 (eval/README.md, stories-stream).
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydesk.annotate import morphy
from storydesk.article import Article
from storydesk.clean import datelines
from storydesk.link import stories

LEAD_SENTENCES = 2
_ADDRESS = re.compile(r"^\s*(?:https?\b|www\.)", re.I)


def lead_text(article: Article) -> str:
    """The title and the first ``LEAD_SENTENCES`` sentences of the text, one a line."""
    parts = [article.title] if article.title else []
    found = 0
    for line in article.text.splitlines():
        if not line.strip() or _ADDRESS.match(line):
            continue
        for sentence in stories.sentences(line):
            parts.append(sentence)
            found += 1
            if found == LEAD_SENTENCES:
                return "\n".join(parts)
    return "\n".join(parts)


def lead_words(article: Article) -> frozenset[str]:
    """The content words of the lead (as ``stories.signature`` finds words), without the
    words that only date it."""
    return frozenset(w for w in stories.content_words(lead_text(article)) if not is_date_word(w))


@lru_cache(maxsize=100_000)
def is_date_word(word: str) -> bool:
    """A month, a weekday or a timestamp label ("updated", "posted"), as ``clean.datelines``
    reads them."""
    return word in datelines.MONTHS or datelines.LABELS.fullmatch(word) is not None


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The word's WordNet lemma, as a noun first (the lead of a headline is mostly nouns:
    "quakes" → "quake"), else as a verb ("died" → "die"), else the word itself (names, and
    words WordNet lacks: "rehab", "Qeshm"; ``morphy.lemma``)."""
    return morphy.lemma(word, "n") or morphy.lemma(word, "v") or word


@lru_cache(maxsize=100_000)
def terms(lead: frozenset[str]) -> frozenset[str]:
    """A lead's words as lemmas (``lemma``): what topics compare."""
    return frozenset(map(lemma, lead))
