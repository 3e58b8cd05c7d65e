"""Counting sources in one place: outlets, independent sources, and how pages name them."""

from __future__ import annotations

from storydesk.article import Article
from storydesk.reconcile.sources import Sources, outlet_names
from storydesk.story import CopyGroup, Story


def _story(outlets: list[str | None], copies: list[CopyGroup] | None = None) -> Story:
    articles = [Article(id=f"a{i}", source=f"{i}.txt", outlet=o) for i, o in enumerate(outlets)]
    return Story(id="s", title="t", articles=articles, copies=copies or [])


def test_unknown_outlets_are_numbered_in_article_order() -> None:
    story = _story(["CBC", None, "Daily Mail", None])
    assert list(outlet_names(story.articles).values()) == [
        "CBC", "Unknown outlet 1", "Daily Mail", "Unknown outlet 2"]


def test_counts_of_independent_sources() -> None:
    story = _story(["CBC", "Daily Mail", "AP", "BBC"])
    sources = Sources(story)
    assert sources.of(["a0", "a1", "a2"]).label == "3 of 4 outlets"
    assert sources.of(["a3"]).label == "1 of 4 outlets"


def test_a_copy_counts_with_its_original_and_an_outlet_once() -> None:
    # ECB+ topic 1 has a CBC and a Daily Mail copy of one AP report (link/syndication tests)
    story = _story(["AP", "CBC", "Daily Mail", "BBC", "BBC"],
                   [CopyGroup("a0", ["a1", "a2"], [0.9, 0.8])])
    sources = Sources(story)
    assert sources.total == 2  # AP (with its copies) and the BBC (two updates)
    reach = sources.of(["a0", "a1", "a2", "a3", "a4"])
    assert (reach.outlets, reach.independent) == (4, 2)
    assert reach.label == "2 of 2 sources (4 outlets, with copies)"
