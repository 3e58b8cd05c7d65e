"""Filing articles one at a time: same event together, other events apart, state as JSON."""

from __future__ import annotations

import json
from itertools import permutations

from test_stories import FIRE, QUAKE, _article

from storydesk.article import Article
from storydesk.link.stream import ArticleSignature, MemoryIndex, band_keys, file, sign
from storydesk.options import Options


def _file_all(articles: list[Article]) -> dict[str, str]:
    index = MemoryIndex()
    story_of: dict[str, str] = {}
    for article in articles:
        signature = sign(article)
        filing = file(signature, index, Options())
        story = filing.story or f"s-{article.id}"
        index.add(signature, band_keys(signature), story)
        story_of[article.id] = story
    return story_of


def _groups(story_of: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for article, story in story_of.items():
        groups.setdefault(story, []).append(article)
    return sorted(sorted(group) for group in groups.values())


def test_stream_files_events_apart_in_any_order() -> None:
    articles = [
        _article("q1", QUAKE.format(n=250)),
        _article("f1", FIRE.format(n=3000)),
        _article("q2", QUAKE.format(n=227).replace("Rescuers", "Emergency teams")),
        _article("f2", FIRE.format(n=5000).replace("battled", "fought")),
    ]
    for order in permutations(articles):
        assert _groups(_file_all(list(order))) == [["f1", "f2"], ["q1", "q2"]]


def test_unrelated_articles_start_their_own_stories() -> None:
    texts = [
        "Parliament passed the budget bill after a long debate.",
        "The striker scored twice as United beat City at home.",
        "Apple unveiled a thinner laptop with a faster chip.",
    ]
    story_of = _file_all([_article(str(i), t) for i, t in enumerate(texts)])
    assert len(set(story_of.values())) == 3


def test_signature_round_trips_through_json() -> None:
    signature = sign(_article("q1", QUAKE.format(n=250), "2024-01-01"))
    again = ArticleSignature.from_dict(json.loads(json.dumps(signature.as_dict())))
    assert again == signature
    assert band_keys(again) == band_keys(signature)
    assert again.as_batch().published is not None


def test_the_example_files_into_one_story(example_analysis) -> None:  # type: ignore[no-untyped-def]
    articles = example_analysis.stories[0].articles
    assert len(set(_file_all(articles).values())) == 1
