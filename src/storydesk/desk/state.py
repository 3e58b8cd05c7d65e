"""A story's state as the store keeps it, and the summary the desk lists.

The state is the linked story without its articles (those are kept once, as annotated),
plus what linking set on each article (a quote's group and speaker, a date taken from the
story): ``{"story": {...}, "articles": [{"id": ..., "linked": {field: value}}]}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from storydesk.article import Article, Publication
from storydesk.link import carry
from storydesk.link.syndication import republications
from storydesk.options import Options
from storydesk.reconcile.sources import Sources
from storydesk.story import Story


def linked(story_id: str, members: Sequence[str], stored: Mapping[str, dict[str, Any]],
           published: Mapping[str, list[Publication]], options: Options) -> Story:
    """The story of ``members`` linked and reconciled from their stored forms (``stored``),
    each article with the other outlets that published its very text (``published``: where
    each input that gave it was published; ``Article.republished``)."""
    from storydesk.pipeline import link_story

    articles = [Article.from_dict(stored[a]) for a in members]
    for article in articles:
        article.republished = republications(article, published.get(article.id, []))
    return link_story(Story(id=story_id, title="", articles=articles), options)


def to_state(story: Story, stored: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """``story`` (linked) as a state; ``stored`` holds its articles as the store keeps them."""
    data = {f.name: getattr(story, f.name) for f in fields(story) if f.name != "articles"}
    return {"story": _jsonable({key: _plain(value) for key, value in data.items()}),
            "articles": [{"id": a.id, "linked": _linked(a, stored[a.id])}
                         for a in story.articles]}


def _plain(value: Any) -> Any:
    """A field's value with its dataclasses as dicts (``dataclasses.asdict`` of one field)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _linked(article: Article, stored: dict[str, Any]) -> dict[str, Any]:
    """The fields linking changed on ``article``, compared with its stored form (as objects
    first: only a field that differs is turned into JSON)."""
    before = Article.from_dict(stored)
    changed = {}
    for field in fields(article):
        value = getattr(article, field.name)
        if value != getattr(before, field.name):
            changed[field.name] = _jsonable(_plain(value))
    return changed


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=True))


def carry_ids(previous: dict[str, Any] | None, state: dict[str, Any]
              ) -> tuple[dict[str, Any], bool]:
    """``state`` with the ids of ``previous`` carried forward (``link.carry``), and whether
    any id changed."""
    mapping = carry.renames(previous["story"] if previous else None, state["story"])
    renamed: dict[str, Any] = carry.rename(state, mapping)
    return renamed, bool(mapping)


def joined(previous: dict[str, Any] | None, absorbed: list[dict[str, Any]]
           ) -> dict[str, Any] | None:
    """The previous state with the linked objects of stories merged into it since, for
    carrying ids (``carry_ids``) from all of them."""
    if not absorbed:
        return previous
    story: dict[str, Any] = dict(previous["story"]) if previous else {}
    for state in absorbed:
        for kind in carry.KINDS:
            story[kind] = [*story.get(kind, []), *state["story"].get(kind, [])]
    return {"story": story, "articles": previous["articles"] if previous else []}


def article_ids(state: dict[str, Any]) -> list[str]:
    return [a["id"] for a in state["articles"]]


def from_state(state: dict[str, Any], stored: Mapping[str, dict[str, Any]],
               light: bool = False) -> Story:
    """The story of ``state`` with its articles from ``stored``; ``light`` keeps only what
    tells an article apart (id, source, outlet, title, date), for comparing two states."""
    articles = [{**stored[a["id"]], **a["linked"]} for a in state["articles"]
                if a["id"] in stored]
    if light:
        articles = [{key: a.get(key) for key in LIGHT} for a in articles]
    return Story.from_dict({**state["story"], "articles": articles})


LIGHT = ("id", "source", "outlet", "title", "published", "published_from", "republished")


def summary(story: Story, at: str) -> dict[str, Any]:
    """What the desk lists for a story: enough to sort and scan without loading it."""
    dates = sorted(a.published for a in story.articles if a.published)
    # Every outlet that published one of its articles, those that ran another's very text
    # too (``Article.republished``).
    outlets = list(dict.fromkeys(o for a in story.articles
                                 for o in (a.outlet, *(p.outlet for p in a.republished)) if o))
    return {
        "title": story.title,
        "articles": len(story.articles),
        "outlets": outlets,
        # Independent sources: an outlet once, a wire copy with its original (an article
        # with no outlet is a source of its own), as every count in the report.
        "sources": Sources(story).total,
        "unknown_outlets": sum(1 for a in story.articles if not a.outlet),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "conflicts": sum(1 for f in story.facts if f.status == "conflict"),
        "facts": len(story.facts),
        "updated": at,
    }
