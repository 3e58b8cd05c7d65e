"""Story clustering on hand-made articles: same event together, other events apart."""

from __future__ import annotations

from storydesk.article import Article
from storydesk.link.stories import cluster, score, signature
from storydesk.options import Options

QUAKE = (
    "A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Sunday, killing {n} "
    "people and injuring hundreds, the Red Crescent said. Rescuers searched collapsed homes "
    "in villages around Tabriz and Ahar as aftershocks shook the region."
)
FIRE = (
    "Firefighters battled a wildfire in the hills above Santa Barbara, California, as strong "
    "winds pushed flames toward homes and forced {n} evacuations, officials said."
)


def _article(article_id: str, text: str, published: str | None = None) -> Article:
    return Article(id=article_id, source=article_id, text=text, published=published)


def test_same_event_clusters_and_other_event_stays_apart() -> None:
    articles = [
        _article("q1", QUAKE.format(n=250)),
        _article("f1", FIRE.format(n=3000)),
        _article("q2", QUAKE.format(n=227).replace("Rescuers", "Emergency teams")),
        _article("f2", FIRE.format(n=5000).replace("battled", "fought")),
    ]
    groups = [[a.id for a in group] for group in cluster(articles, Options())]
    assert groups == [["q1", "q2"], ["f1", "f2"]]


def test_every_article_lands_in_exactly_one_story() -> None:
    texts = [
        "Parliament passed the budget bill after a long debate.",
        "The striker scored twice as United beat City at home.",
        "Apple unveiled a thinner laptop with a faster chip.",
        "Heavy snow closed mountain roads across Colorado overnight.",
        "The museum reopened its Egyptian gallery to visitors.",
    ]
    articles = [_article(str(i), text) for i, text in enumerate(texts)]
    groups = cluster(articles, Options())
    assert sorted(a.id for group in groups for a in group) == [str(i) for i in range(5)]
    assert len(groups) == 5


def test_far_apart_publication_weakens_the_link() -> None:
    near = score(
        signature(_article("a", QUAKE.format(n=1), "2024-01-01")),
        signature(_article("b", QUAKE.format(n=2), "2024-01-02")),
    )
    far = score(
        signature(_article("a", QUAKE.format(n=1), "2024-01-01")),
        signature(_article("b", QUAKE.format(n=2), "2024-03-01")),
    )
    assert far < near


def test_the_example_is_one_story(example_analysis) -> None:  # type: ignore[no-untyped-def]
    articles = example_analysis.stories[0].articles
    groups = cluster(articles, Options())
    assert len(groups) == 1 and len(groups[0]) == len(articles)
