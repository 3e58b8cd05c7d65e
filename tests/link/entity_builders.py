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
    return Article(id=article_id, source=article_id, text=text, entities=entities)


def owners(articles: list[Article]) -> dict[str, StoryEntity]:
    """Each variant's text -> the story entity it was linked to."""
    resolution = link_entities(articles, Options())
    return {v.text: e for e in resolution.entities for v in e.variants}
