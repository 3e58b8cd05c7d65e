"""The last stage of entity linking: names the model tagged in one article, found in the others.

The small model tags "Lohan" in one article and misses it in the next. Once the cast is formed,
every variant that names exactly one entity is looked for in every article of the story:
written exactly so (case-sensitive), as whole words, starting with a capital, and not inside
a mention the model already made. A one-word variant the story also writes in lower case
("Promises", "Bush" in "the bush") is not looked for, nor is a hit that runs on into another
capitalised word ("Ford" of an untagged "Ford Taurus"): that is a longer name, not this one,
except in a line in headline case, where every word is capitalised ("Lohan Checks Into
Betty Ford After Fleeing …": the annotator keeps no span there the body does not give).

What a hit changes, and what it does not: the entity's variant counts it and lists the
article (so the report and the evaluation see the name there), and ``Found`` records where
it is. ``Article.entities`` stays the model's own output: quotes and facts read it, and an
occurrence found by spelling alone has no label of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storydesk.annotate.headlines import headline_lines
from storydesk.annotate.name_words import ROLE_HEADS, ROLE_MODIFIERS, SUFFIXES
from storydesk.article import Article
from storydesk.link.names import fold, parse, words
from storydesk.link.wordcase import lower_case_words
from storydesk.story import StoryEntity, Variant

SEARCHED_TYPES = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
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
    entity it names there (``_owner_here``)."""
    variants = _searchable(articles, entities)
    if not variants:
        return []
    alternatives = sorted(variants, key=lambda text: (-len(text), text))
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    by_id = {entity.id: entity for entity in entities}
    found: list[Found] = []
    for article in articles:
        taken = [(e.start, e.end) for e in article.entities if e.start >= 0]
        headlines = headline_lines(article.text)  # every word capitalised: no run-on test
        for match in pattern.finditer(article.text):
            start, end = match.span()
            if _overlaps(start, end, taken) or (
                not _overlaps(start, end, headlines) and _runs_on(article.text, start, end)
            ):
                continue
            owner = _owner_here(variants[match.group()], article.id)
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
) -> dict[str, list[tuple[str, Variant]]]:
    """Variant text -> the (entity id, variant) pairs that have it. A person's surname as
    written in a full name is searched too ("Timmons" of "Jermayne Timmons", with no variant
    of its own yet) unless it is anyone's given name."""
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
    lower = lower_case_words(articles)
    return {text: owned for text, owned in owners.items() if _name_like(text, lower)}


def written_surname(text: str) -> str:
    """The surname of a full name as written ("Timmons" of "Jermayne Timmons Jr"); "" for a
    name with no given name."""
    name = parse(text)
    if not name.first:
        return ""
    tokens = [t for t in words(name.text) if fold(t) not in SUFFIXES]
    size = len(name.last.split())
    return " ".join(tokens[-size:]) if len(tokens) > size else ""


def _name_like(text: str, lower: frozenset[str]) -> bool:
    words = _WORD.findall(text)
    if not words or not text[:1].isupper() or sum(len(w) for w in words) < 3:
        return False
    return len(words) > 1 or words[0].casefold() not in lower


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)


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
