"""Names of works and of kinds of things in quote marks are terms, not statements, on real
ECB+ reports (topics 1-10, the part session 8 tuned on), as ``storydesk analyze`` reads the
folders ``corpora_builders`` writes: before, each was a quote with no speaker (or the
sentence's speaker's), which a journalist cannot paste."""

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

Annotated = Callable[[str], Article]


@pytest.fixture(scope="module")
def written() -> Annotated:
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


def _quoted(article: Article, words: str) -> bool:
    """Whether a quote is made of ``words`` (not merely holds them: 2_1ecbplus has a quote
    whose marks the rebuilt text pairs wrongly that runs over the title)."""
    return any(q.text.strip(" ,.") == words for q in article.quotes)


def _terms(article: Article) -> set[str]:
    return {t.text.strip(" ,.") for t in article.terms}


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # "… for which she received a Primetime Emmy nomination for “Outstanding Individual
        # Performance in a Variety or Music Program.”"
        ("2_1ecbplus", "Outstanding Individual Performance in a Variety or Music Program"),
        # "The merchandise, …, along with a film in 2005, “The Notorious Bettie Page,” helped
        # introduce her to a new generation"
        ("4_1ecb", "The Notorious Bettie Page"),
        # "… said Steve Pond, author of the 2005 book “The Big Show: High Times and Dirty
        # Dealings Backstage at the Academy Awards.”"
        ("2_4ecb", "The Big Show: High Times and Dirty Dealings Backstage at the Academy Awards"),
    ],
)
def test_a_title_nobody_says_is_a_term(written: Annotated, name: str, title: str) -> None:
    article = written(name)
    assert title in _terms(article)
    assert not _quoted(article, title)


def test_titles_under_a_speakers_verb_are_terms(written: Annotated) -> None:
    """"Asking to respect her and her family's privacy, Ketsoyan did not reveal what the star
    of “American Pie”, “Van Wilder” and “The Big Lebowski” was being treated for." (1_6ecb)
    was a quote of Jack Ketsoyan's made of three film titles."""
    article = written("1_6ecb")
    assert {"American Pie", "Van Wilder", "The Big Lebowski"} <= _terms(article)
    assert not any("Van Wilder" in q.text for q in article.quotes)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("2_2ecb", "love it or hate it"),  # "prompted a “love it or hate it” reaction"
        ("2_8ecb", "John McCain is so old"),  # "A “John McCain is so old” joke is never …"
        ("6_4ecbplus", "Gary Ross Is Boss"),  # "Some launched the “Gary Ross Is Boss” campaign"
        ("10_6ecbplus", "now the Yankees have to get him"),  # "a flurry of “…” comments"
    ],
)
def test_a_quote_that_modifies_a_noun_is_a_term(written: Annotated, name: str, words: str) -> None:
    article = written(name)
    assert words in _terms(article)
    assert not _quoted(article, words)


def test_a_statement_in_title_case_under_its_verb_stays_a_quote(written: Annotated) -> None:
    """What the title rule must not take: a speaker's own sentence ("“I am so excited to be
    hosting the Oscars for the second time,” DeGeneres said", 2_1ecbplus) is no title."""
    article = written("2_1ecbplus")
    assert any(q.text.startswith("I am so excited to be hosting") for q in article.quotes)
