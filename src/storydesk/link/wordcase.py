"""What the story's own writing says about a capitalised word: a name, or a common word.

A capital proves nothing where the language puts one anyway: at the start of a sentence and
in a line written in headline case. Two pieces of evidence from the whole story decide for a
one-word mention:

* ``lower_case_words``: the story writes the word in lower case at least as often as
  capitalised ("conflict" three times, "Conflict" once in the example's Anadolu article);
* ``capitalised_mid_sentence``: the words the story capitalises somewhere a capital is not
  required. A word capitalised only at sentence starts and in headlines, that the language
  model's lexicon knows as a common noun, is that noun ("Glass rained down on me." in the
  example's AP article), not a name.

The lexicon is WordNet's noun index as the spaCy model ships it for its lemmatizer
(``lemma_index``); a model without one gives an empty lexicon and the second test is off.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from storydesk.annotate import nlp as nlp_module
from storydesk.annotate import wordnet
from storydesk.annotate.headlines import headline_lines
from storydesk.article import Article
from storydesk.options import Options

_WORD = re.compile(r"[^\W\d_]+")
# A sentence's first word may follow opening quotes and brackets.
_OPENING = re.compile(r"[\s\"“‘'(\[—–-]*")


def lower_case_words(articles: Sequence[Article]) -> frozenset[str]:
    """Words the story writes in lower case at least as often as capitalised (common nouns)."""
    lower, upper = _case_counts(articles)
    return frozenset(word for word, count in lower.items() if count >= upper[word])


def _case_counts(articles: Sequence[Article]) -> tuple[Counter[str], Counter[str]]:
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for article in articles:
        for word in _WORD.findall(article.text):
            (lower if word.islower() else upper)[word.casefold()] += 1
    return lower, upper


def capitalised_mid_sentence(articles: Sequence[Article]) -> frozenset[str]:
    """Casefolded words the story capitalises where no rule of writing asks for a capital:
    not the first word of a sentence or line, not in a headline-case line, and not inside a
    longer name (the "Police" of "Surrey Police" says nothing about "Police said")."""
    found: set[str] = set()
    for article in articles:
        required = set(_capital_required(article))
        required.update(_inside_longer_names(article))
        for match in _WORD.finditer(article.text):
            word = match.group()
            if word[:1].isupper() and match.start() not in required:
                found.add(word.casefold())
    return frozenset(found)


def _inside_longer_names(article: Article) -> Iterable[int]:
    for entity in article.entities:
        if " " in entity.text.strip() and entity.start >= 0:
            span = article.text[entity.start : entity.end]
            yield from (entity.start + m.start() for m in _WORD.finditer(span))


def _capital_required(article: Article) -> Iterable[int]:
    """Offsets of words that would be capitalised whatever they are."""
    text = article.text
    starts = [start for start, _ in article.sentence_spans]
    starts += [m.end() for m in re.finditer(r"\n|[.!?:][\"”’']?\s+", text)] + [0]
    for start in starts:
        yield _OPENING.match(text, start).end()  # type: ignore[union-attr]
    for start, end in headline_lines(text):
        yield from (start + m.start() for m in _WORD.finditer(text[start:end]))


@dataclass(frozen=True, slots=True)
class StoryWords:
    """The story's evidence about its capitalised words, gathered once per story."""

    lower: frozenset[str]  # written lower case at least as often as capitalised
    named: frozenset[str]  # capitalised outside longer names where no capital is required
    nouns: frozenset[str]  # the model's noun lexicon
    lower_seen: frozenset[str] = frozenset()  # written in lower case at least once
    adjectives: frozenset[str] = frozenset()  # the model's adjectives that are no nouns

    @classmethod
    def of(
        cls,
        articles: Sequence[Article],
        nouns: frozenset[str],
        adjectives: frozenset[str] = frozenset(),
    ) -> StoryWords:
        lower, upper = _case_counts(articles)
        common = frozenset(word for word, count in lower.items() if count >= upper[word])
        named = capitalised_mid_sentence(articles)
        return cls(common, named, nouns, frozenset(lower), adjectives)

    def opening_adjective(self, word: str) -> bool:
        """A word the story capitalises only where capitals are required and that the
        model's lexicon knows as an adjective and never as a noun ("Stunning", "Tragic",
        "Embattled"): not a given name ("Frank", "Rich" are nouns too)."""
        folded = word.casefold()
        return folded in self.adjectives and folded not in self.named

    def common(self, word: str) -> bool:
        """A one-word mention that the story's writing shows to be a common word (the caller
        exempts the words of its people's names: WordNet's noun index lists many names).
        Capitals prove nothing for an acronym ("NATO", "AP"), and "US" or "WHO" beside "us"
        and "who" are still names; a longer word in capitals the story writes in lower case
        as often is a shouted common word ("FIRE" of a headline)."""
        folded = word.casefold()
        if not word.isalpha():
            return False
        if word.isupper():
            return len(word) > _ACRONYM_LENGTH and folded in self.lower
        if folded in self.lower:
            return True
        return folded not in self.named and _is_noun(folded, self.nouns) and not proper_noun(word)


_ACRONYM_LENGTH = 3


def _is_noun(word: str, nouns: frozenset[str]) -> bool:
    """The word or its singular is in the lexicon ("windows" -> "window")."""
    return any(s in nouns for s in _singulars(word))


def _singulars(word: str) -> set[str]:
    """The word and what its singular may be."""
    singulars = {word, word[:-1] if word.endswith("s") else word}
    if word.endswith(("ses", "xes", "ches", "shes")):
        singulars.add(word[:-2])
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    return singulars


@lru_cache(maxsize=4096)
def proper_noun(word: str) -> bool:
    """WordNet writes the word, and its singular, with a capital in every sense it lists:
    "Cerberus" (the hound of Hades; in MEANTIME gm 68899 the short name of Cerberus Capital
    Management, which opens two sentences there and nowhere else), "Monday"; not "Windows"
    (Microsoft's, but also the plural of "window") nor "Glass". The lexicon the common-noun
    test reads (``_words_of``) is in lower case and cannot tell them apart; WordNet's data
    lines keep each lemma's capitals."""
    net = wordnet.load()
    written: list[str] = []
    for form in _singulars(word.casefold()):
        for key in net.synsets(form):
            fields = net.read_line(key).split()
            words = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
            written.extend(w for w in words if w.casefold() == form)
    return bool(written) and all(w[:1].isupper() for w in written)


def common_nouns(options: Options) -> frozenset[str]:
    """The model's noun lexicon, read once per model."""
    return _lexicon(options)["noun"]


def pure_adjectives(options: Options) -> frozenset[str]:
    """The model's adjectives that are never nouns, read once per model."""
    lexicon = _lexicon(options)
    return lexicon["adj"] - lexicon["noun"]


_LEXICONS: dict[str, dict[str, frozenset[str]]] = {}


def _lexicon(options: Options) -> dict[str, frozenset[str]]:
    model = nlp_module.model_name(options)
    if model not in _LEXICONS:
        _LEXICONS[model] = {
            pos: _words_of(nlp_module.load(options), pos) for pos in ("noun", "adj")
        }
    return _LEXICONS[model]


def _words_of(nlp: Language, pos: str) -> frozenset[str]:
    """One part of speech of the lemmatizer's index (spaCy's English lookups)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words = lookups.get_table("lemma_index").get(pos, [])
    return frozenset(w for w in words if w.isalpha())


def opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens its sentence or line (after any quote mark or dash)."""
    before = text[max(0, start - 12) : start].rstrip(" \t\"“‘'([—–-")
    return not before or before[-1] in ".!?:\n"
