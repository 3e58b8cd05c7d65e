"""The last stage of entity linking: names the model tagged in one article, found in the others.

The small model tags "Lohan" in one article and misses it in the next. Once the cast is formed,
every variant that names exactly one entity is looked for in every article of the story:
written exactly so (case-sensitive), as whole words, starting with a capital, and not inside
a mention the model already made. A one-word variant the story also writes in lower case
("Promises", "Bush" in "the bush") counts only inside a sentence and outside headline-case
lines, where the capital is the writer's mark of a name; no hit counts that runs on into
another capitalised word ("Ford" of an untagged "Ford Taurus"): that is a longer name, not this one,
except in a line in headline case, where every word is capitalised ("Lohan Checks Into
Betty Ford After Fleeing …": the annotator keeps no span there the body does not give).

What a hit changes, and what it does not: the entity's variant counts it and lists the
article (so the report and the evaluation see the name there), and ``Found`` records where
it is. ``Article.entities`` stays the model's own output: quotes and facts read it, and an
occurrence found by spelling alone has no label of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from storydesk.annotate.headlines import headline_lines
from storydesk.annotate.name_words import LEADING_NOISE, ROLE_HEADS, ROLE_MODIFIERS, SUFFIXES
from storydesk.article import Article
from storydesk.link.names import FACILITY_WORDS, fold, parse, words
from storydesk.link.wordcase import lower_case_words, opens_sentence
from storydesk.story import StoryEntity, Variant

SEARCHED_TYPES = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
FACILITY_TYPES = frozenset({"FAC", "ORG", "LOC"})  # "Promises Treatment Center" is an ORG
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Found:
    """An occurrence of an entity's name the model did not tag."""

    article: str
    start: int
    end: int
    entity: str  # StoryEntity id


def find_more(articles: Sequence[Article], entities: list[StoryEntity]) -> list[Found]:
    """Look for every variant in every article; count each hit in the variant of the one
    entity it names there (``_owner_here``). Variants are indexed by their first word, so an
    article costs one lookup per word however many names the story has."""
    variants, common = _searchable(articles, entities)
    if not variants:
        return []
    by_first: dict[str, list[str]] = defaultdict(list)
    for text in sorted(variants, key=lambda text: (-len(text), text)):  # longest first
        first = _WORD.match(text)
        if first:
            by_first[first.group()].append(text)
    by_id = {entity.id: entity for entity in entities}
    found: list[Found] = []
    for article in articles:
        for start, end, text in _hits(article, by_first, common):
            owner = _owner_here(variants[text], article.id)
            if owner is None:
                continue
            entity, variant = owner
            if variant.count == 0:  # a surname searched for its own sake, found: now a variant
                by_id[entity].variants.append(variant)
            variant.count += 1
            if article.id not in variant.articles:
                variant.articles.append(article.id)
            found.append(Found(article.id, start, end, entity))
    return found


def _hits(
    article: Article, by_first: dict[str, list[str]], common: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Where a variant is written as whole words, outside the model's own mentions, not run
    on into a longer capitalised name (except in headline-case lines), left to right. A
    variant in ``common`` counts only where its capital is the writer's choice: inside a
    sentence, outside headline-case lines."""
    text = article.text
    taken = Spans((e.start, e.end) for e in article.entities if e.start >= 0)
    headlines = Spans(headline_lines(text))  # every word capitalised: no run-on test
    hits: list[tuple[int, int, str]] = []
    cursor = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < cursor or (start and (text[start - 1].isalnum() or text[start - 1] in "_’'-")):
            continue
        for variant in by_first.get(word.group(), ()):
            end = start + len(variant)
            if not text.startswith(variant, start) or (end < len(text) and _word_char(text[end])):
                continue
            cursor = end  # the longest spelling written here decides, found or not
            if variant in common and (headlines.overlap(start, end) or opens_sentence(text, start)):
                break
            if _acronym(variant) and _shouted(text, start, end):
                break
            if not taken.overlap(start, end) and (
                headlines.overlap(start, end) or not _runs_on(text, start, end)
            ):
                hits.append((start, end, variant))
            break
    return hits


class Spans:
    """Disjoint-enough character ranges, sorted once, asked for overlaps by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.reach = list(accumulate((end for _, end in self.spans), max))

    def overlap(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return index >= 0 and self.reach[index] > start


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _owner_here(owned: list[tuple[str, Variant]], article: str) -> tuple[str, Variant] | None:
    """The one entity a spelling names in this article: the only one that has it, or the
    only one whose variant the article already uses ("Ortiz" is the deputy in an article
    that calls him so, though the story has other Ortizes)."""
    if len({entity for entity, _ in owned}) == 1:
        return owned[0]
    here = [(entity, variant) for entity, variant in owned if article in variant.articles]
    return here[0] if len({entity for entity, _ in here}) == 1 else None


def _searchable(
    articles: Sequence[Article], entities: list[StoryEntity]
) -> tuple[dict[str, list[tuple[str, Variant]]], frozenset[str]]:
    """Variant text -> the (entity id, variant) pairs that have it, and the one-word
    variants the story also writes in lower case (found only inside a sentence). A person's
    surname as written in a full name is searched too ("Timmons" of "Jermayne Timmons", with
    no variant of its own yet) unless it is anyone's given name."""
    owners: dict[str, list[tuple[str, Variant]]] = defaultdict(list)
    given: set[str] = set()
    for entity in entities:
        if entity.type in SEARCHED_TYPES:
            for variant in entity.variants:
                owners[variant.text].append((entity.id, variant))
        if entity.type == "PERSON":
            given.update(parse(v.text).first.split(" ")[0] for v in entity.variants)
    surnames: dict[str, list[tuple[str, Variant]]] = defaultdict(list)
    for entity in entities:
        if entity.type == "PERSON":
            for surname in {written_surname(v.text) for v in entity.variants} - {""}:
                surnames[surname].append((entity.id, Variant(surname, [], 0)))
    for surname, owned in surnames.items():
        if surname not in owners and fold(surname) not in given:
            owners[surname] = owned
    for short, owned in _short_facility_names(entities).items():
        if short not in owners:
            owners[short] = owned
    lower = lower_case_words(articles)
    searched = {text: owned for text, owned in owners.items() if _name_like(text)}
    return searched, frozenset(text for text in searched if _common(text, lower))


def _short_facility_names(entities: list[StoryEntity]) -> dict[str, list[tuple[str, Variant]]]:
    """A facility's name without its facility words, as news shortens it once named: "at
    Promises" for the Promises Treatment Center (ECB+ 1), "Morningside" for Morningside
    Recovery; searched like a surname, with no variant of its own yet."""
    shorts: dict[str, list[tuple[str, Variant]]] = defaultdict(list)
    for entity in entities:
        if entity.type in FACILITY_TYPES:
            for variant in entity.variants:
                written = variant.text.split()
                while written and fold(written[0]) in LEADING_NOISE:
                    written.pop(0)
                cut = len(written)
                while cut > 1 and fold(written[cut - 1]) in FACILITY_WORDS:
                    cut -= 1
                if 0 < cut < len(written):
                    short = " ".join(written[:cut])
                    if all(short != v.text for _, v in shorts[short]):
                        shorts[short].append((entity.id, Variant(short, [], 0)))
    return shorts


def written_surname(text: str) -> str:
    """The surname of a full name as written ("Timmons" of "Jermayne Timmons Jr"); "" for a
    name with no given name."""
    name = parse(text)
    if not name.first:
        return ""
    tokens = [t for t in words(name.text) if fold(t) not in SUFFIXES]
    size = len(name.last.split())
    return " ".join(tokens[-size:]) if len(tokens) > size else ""


def _name_like(text: str) -> bool:
    """Capitalised, with three letters or more, or an acronym of two capitals: "GM" of
    "Automaker GM to cut 10,000 jobs at Opel" (MEANTIME gm 143480's headline, which the
    model leaves untagged), "UN", "EU". Only the story's own variants are searched, written
    so, case-sensitive; a line in capitals is left out (``_shouted``)."""
    words = _WORD.findall(text)
    if _acronym(text):
        return True
    return bool(words) and text[:1].isupper() and sum(len(w) for w in words) >= 3


def _acronym(text: str) -> bool:
    return len(text) == _SHORT_ACRONYM and text.isalpha() and text.isupper()


_SHORT_ACRONYM = 2  # three capitals and more were searched before: they are name-like anyway


def _shouted(text: str, start: int, end: int) -> bool:
    """The hit lies in a line with no lower-case letter: "US" of "LET US KNOW" is no name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not any(char.islower() for char in line)


def _common(text: str, lower: frozenset[str]) -> bool:
    """One word the story also writes in lower case: "Promises" (a rehab centre, ECB+ 1,
    beside "promises"), "Bush" beside "the bush"; surnames such as Cheeks, Page, Rice."""
    words = _WORD.findall(text)
    return len(words) == 1 and words[0].casefold() in lower


def _runs_on(text: str, start: int, end: int) -> bool:
    """The name continues past the hit: a capitalised word right after it, or one right
    before it that is not a title ("Ford Taurus", "Betty Ford"; "President Obama" is fine)."""
    after = re.match(r"[ \t]+([^\W\d_][\w’'-]*)", text[end : end + 40])
    if after and after.group(1)[:1].isupper():
        return True
    before = _BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group(2)[:1].isupper() and before.group(1) is None:
        word = fold(before.group(2))
        return word not in ROLE_HEADS and word not in ROLE_MODIFIERS
    return False


# The word before a hit, and whether it opens its sentence ("Later Lohan cried" is fine).
_BEFORE = re.compile(r"(^|[.!?][\"”’']?\s+|\n)?([^\W\d_][\w’'.-]*)[ \t]+$")
