"""Fixtures of the annotate tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from corpora_builders import paragraphs, read_ecbplus
from shared_data import shared_path
from storydesk.annotate import annotate
from storydesk.annotate.entities import EntityAnnotator
from storydesk.annotate.quotes import QuoteAnnotator
from storydesk.article import Article
from storydesk.options import Options


@pytest.fixture(scope="session")
def written() -> Callable[[str], Article]:
    """An ECB+ report ("4_2ecb") as ``storydesk analyze`` reads it from the folders the tests
    build (``corpora_builders``): one sentence a paragraph, but a quote left open runs on to
    the sentence that closes it; with entities and quotes."""
    options = Options.load()
    cache: dict[str, Article] = {}

    def run(name: str) -> Article:
        if name not in cache:
            topic = name.split("_", 1)[0]
            path = shared_path("datasets", "ecbplus", "ECB+", topic, f"{name}.xml")
            text = "\n".join(paragraphs(read_ecbplus(path).lines)) + "\n"
            article = Article(id=name, source=f"{name}.txt", text=text)
            annotate([article], options, [EntityAnnotator(), QuoteAnnotator()])
            cache[name] = article
        return cache[name]

    return run
