"""Small articles with entity mentions already tagged, for the entity-linking tests."""

from __future__ import annotations

from storydesk.article import Article, Entity
from storydesk.link.entities import link_entities
from storydesk.options import Options
from storydesk.story import StoryEntity


def tagged_article(article_id: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An article whose entities are ``names`` (text, label), each found after the previous
    one, so a name written twice is tagged at both places."""
    entities = []
    cursor = 0
    for name, label in names:
        start = text.index(name, cursor)
        entities.append(Entity(name, label, 0, start, start + len(name)))
        cursor = start + len(name)
    article = Article(id=article_id, source=article_id, text=text, entities=entities)
    article.sentence_spans = _lines(text)
    return article


def _lines(text: str) -> list[tuple[int, int]]:
    """One sentence a line: the builders' texts put each sentence a rule must tell apart on
    its own line (as the parse would split them); a line holding several is one sentence."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    return list(zip(starts, ends, strict=True))


def mention_names(articles: list[Article]) -> dict[tuple[str, int], str]:
    """(article id, mention index) -> the name of the story entity it was linked to."""
    resolution = link_entities(articles, Options())
    names = {e.id: e.name for e in resolution.entities}
    return {mention: names[entity] for mention, entity in resolution.mention_entity.items()}


def owners(articles: list[Article]) -> dict[str, StoryEntity]:
    """Each variant's text -> the story entity it was linked to."""
    resolution = link_entities(articles, Options())
    return {v.text: e for e in resolution.entities for v in e.variants}
