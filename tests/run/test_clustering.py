"""The staged clustering gives the desk's stream stories exactly: members, order, ids, topics."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpora_builders import write_ecbplus_topic
from shared_data import shared_path
from storydesk.article import Article, content_id
from storydesk.clean import across, clean_one
from storydesk.evaluate.ecbplus import topic_folders
from storydesk.evaluate.variants import corpus
from storydesk.link import candidates, stream
from storydesk.options import Options
from storydesk.pipeline import read
from storydesk.run import clustering


def filing_key(article: Article) -> tuple[bool, str, str]:
    return article.published is None, article.published or "", article.id


def desk_stories(articles: list[Article], options: Options) -> tuple[dict, dict]:
    """What a desk files: stories (in the order created) with their members in the order
    they arrived, and each story's topic."""
    ordered = sorted(articles, key=filing_key)
    arrived = {a.id: n for n, a in enumerate(ordered)}
    index = stream.MemoryIndex()
    stream.stream(ordered, options, index)
    held = {s: sorted(members, key=arrived.__getitem__) for s, members in index.stories().items()}
    return held, index.topics(held)


def staged(articles: list[Article], options: Options) -> clustering.Clusters:
    signed = [clustering.Signed(stream.sign(a), a.published, a.id) for a in articles]
    return clustering.cluster(signed, options)


def assert_same(articles: list[Article], options: Options) -> clustering.Clusters:
    stories, topics = desk_stories(articles, options)
    found = staged(articles, options)
    assert list(found.stories.items()) == list(stories.items())  # same order, members, ids
    assert found.topics == topics
    return found


@pytest.fixture(scope="module")
def ecb_articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    data = shared_path("datasets", "ecbplus")
    folder = tmp_path_factory.mktemp("ecb")
    for topic in topic_folders(data):
        write_ecbplus_topic(topic, folder / topic.name)
    options = Options.load()
    articles, _ = read([str(folder)], options)
    return across([clean_one(a, options) for a in articles], options)


def test_ecbplus_topics_1_to_35_as_the_stream_files_them(ecb_articles: list[Article]) -> None:
    options = Options.load()
    found = assert_same(ecb_articles, options)
    assert 60 < len(found.stories) < len(ecb_articles)  # stories, not one blob nor singletons


def test_synthetic_variations_as_the_stream_files_them(ecb_articles: list[Article]) -> None:
    """Three copies of topics 1-12 with their vocabulary swapped: many stories, topics and
    merges, and copies that must not join one another's stories."""
    base = [a for a in ecb_articles if int(Path(a.source).parent.name) <= 12]
    articles = list(corpus(base, 3 * len(base)))
    found = assert_same(articles, Options.load())
    copies: dict[str, set[str]] = {}
    for a in articles:
        copies.setdefault(a.id, set()).add(a.source.rpartition("~")[2] if "~" in a.source else "0")
    # An article whose text two copies share is one article of either copy (ECB+ 4_6ecbplus
    # is a title over an empty text: its copies' texts are all empty, their ids one).
    for members in found.stories.values():
        assert len(set.intersection(*(copies[m] for m in members))) >= 1


def test_full_postings_and_a_chunked_plan_as_the_stream_files_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Near-copies of one report, more than ``POSTINGS`` to a band key, dated apart, planned
    in several chunks: the windows of the latest articles per key must be the desk's."""
    monkeypatch.setattr(clustering, "CHUNK", 37)
    words = [f"word{n}" for n in range(60)]
    articles = []
    for n in range(330):
        text = f"Flood defences failed in Lowtown {' '.join(words[: 30 + n % 30])} day{n}."
        published = f"2024-0{1 + n % 3}-1{n % 10}"
        articles.append(Article(id=content_id(text), source=f"{n}", text=text, published=published))
    found = assert_same(articles, Options.load())
    assert len(found.stories) < len(articles)


def naive_nearest(keys: np.ndarray, index: int, postings: int) -> list[tuple[int, int]]:
    """``MemoryIndex.candidates`` then ``stream.nearest``, spelled out: per distinct key of
    the arrival, the latest ``postings`` entries of earlier articles holding it (an article
    holding a key twice is listed twice); ranked by shared keys, then position (ids here)."""
    hits: set[int] = set()
    for value in set(keys[index].tolist()):
        listed = [j for j in range(index) for v in keys[j].tolist() if v == value]
        hits.update(listed[-postings:])
    mine = set(keys[index].tolist())
    shared = {j: len(mine & set(keys[j].tolist())) for j in hits}
    return sorted(((j, shared[j]) for j in hits), key=lambda item: (-item[1], item[0]))


@pytest.mark.parametrize("collide", [False, True])
def test_nearest_is_the_index_lookup(collide: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows, shared counts and ranking against the spelled-out lookup, with small windows,
    including keys that a hash collision puts in two bands."""
    monkeypatch.setattr(candidates, "POSTINGS", 3)  # read at call time
    monkeypatch.setattr(stream, "CANDIDATES", 4)
    rng = np.random.default_rng(7)
    keys = rng.integers(0, 6, size=(40, 4)) + np.arange(4) * 100  # band b holds 100b..100b+5
    if collide:
        keys[5, 2] = keys[3, 1]  # one value in bands 1 and 2
        keys[9, 3] = keys[9, 0]  # one article holding a value twice
    found = clustering.buckets(keys.astype(np.int64))
    assert found.exact is not collide
    rank = np.arange(len(keys))
    for index in range(len(keys)):
        positions, shared = clustering.nearest(index, found, rank)
        want = naive_nearest(keys, index, 3)[:4]
        assert list(zip(positions.tolist(), shared.tolist(), strict=True)) == want


def test_no_articles_no_stories() -> None:
    assert clustering.cluster([], Options.load()).stories == {}


def test_a_lone_article_is_its_own_story_and_topic() -> None:
    text = "A quiet day in Smalltown, where nothing at all happened to anyone."
    article = Article(id=content_id(text), source="a", text=text)
    found = staged([article], Options.load())
    (story,) = found.stories
    assert found.stories[story] == [article.id] and found.topics[story] == story
