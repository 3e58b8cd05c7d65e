"""Lines storydesk shows spell names as the story does: an outlet's typo "Witkov" becomes the
story's "Witkoff", "Zelenskiy" its "Zelensky", "Kiev" its "Kyiv" when the story's name for
the city is Kyiv.

Entity resolution (``link``) already knows which mentions are one entity and its canonical
name; here only a *spelling* of a word of that name changes, never the form of the mention:
"Putin" stays "Putin" (not "Vladimir Putin"), "Dan Driscoll" stays "Dan" (a short name, not a
misspelling of "Daniel"). Replacements happen inside the entity mentions of the sentence
only, and are returned so a page can say what it respelled.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from storydesk.article import Article
from storydesk.story import Story

# Similarity (rapidfuzz ratio, 0-100) at which a word is a spelling of a word of the name:
# Witkov/Witkoff 77, Kiev/Kyiv 75, Zelenskyy/Zelensky 94, Sergey/Sergei 83, Levitt/Leavitt
# 92; Dan/Daniel 67 and Ushakov/Umerov 62 stay apart (the example's cast, and ECB+ topic 1's
# Lohan/Lindsay spellings checked in tests/reconcile/test_spelling.py).
SIMILAR = 70
MIN_LETTERS = 3
Respelling = tuple[str, str]


class Spellings:
    """Per article, the words of entity mentions that the story spells otherwise."""

    def __init__(self, story: Story) -> None:
        self.by_mention: dict[tuple[str, str], dict[str, str]] = {}
        for entity in story.entities:
            name_words = entity.name.split()
            for variant in entity.variants:
                changes = _changes(variant.text, tuple(name_words))
                if changes:
                    for article_id in variant.articles:
                        self.by_mention[(article_id, variant.text)] = changes

    def sentence(self, article: Article, number: int) -> tuple[str, list[Respelling]]:
        """Sentence ``number`` of ``article`` with the story's spellings."""
        if not 0 <= number < len(article.sentences):
            return "", []
        text = article.sentences[number]
        if not article.sentence_spans:
            return text, []
        offset = article.sentence_spans[number][0]
        return self.span(article, offset, offset + len(text), text)

    def span(self, article: Article, start: int, end: int,
             text: str | None = None) -> tuple[str, list[Respelling]]:
        """``article.text[start:end]`` with the story's spellings."""
        text = article.text[start:end] if text is None else text
        done: list[Respelling] = []
        mentions = sorted((e for e in article.entities if start <= e.start and e.end <= end),
                          key=lambda e: -e.start)
        for mention in mentions:
            changes = self.by_mention.get((article.id, mention.text))
            if not changes:
                continue
            at, until = mention.start - start, mention.end - start
            written = text[at:until]
            fixed = written
            for word, spelled in changes.items():
                fixed = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", spelled, fixed)
            if fixed != written:
                text = text[:at] + fixed + text[until:]
                done.append((written, fixed))
        return text, list(reversed(done))


@lru_cache(maxsize=4096)
def _changes(variant: str, name_words: tuple[str, ...]) -> dict[str, str]:
    changes: dict[str, str] = {}
    for word in variant.split():
        if word in name_words or sum(c.isalpha() for c in word) < MIN_LETTERS:
            continue
        folded = _fold(word)
        best = max(name_words, key=lambda n: fuzz.ratio(folded, _fold(n)), default=None)
        if best is None:
            continue
        target = _fold(best)
        if target == folded:
            continue  # case or punctuation alone ("The"/"the", "J.D."/"JD") is no spelling
        if folded in (target + "s", target + "es"):
            continue  # the word's plural is no misspelling: "the Russians" of "Russian"
        if fuzz.ratio(folded, target) >= SIMILAR:
            changes[word] = best
    return changes


def _fold(word: str) -> str:
    return re.sub(r"[^\w]", "", word).casefold()
