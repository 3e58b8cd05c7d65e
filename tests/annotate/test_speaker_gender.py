"""A gendered pronoun passes over a person of the other gender, as the article states it
(``annotate.speaker_gender``), on real ECB+ reports (topics 1-20, the tuned part)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared_data import shared_path
from storydesk.annotate import annotate
from storydesk.annotate.entities import EntityAnnotator
from storydesk.annotate.quotes import QuoteAnnotator
from storydesk.article import Article
from storydesk.evaluate.ecbplus import read_document
from storydesk.options import Options

Annotated = Callable[[str], Article]


@pytest.fixture(scope="module")
def ecb() -> Annotated:
    options = Options.load()

    def run(name: str) -> Article:
        topic = name.split("_", 1)[0]
        path = shared_path("datasets", "ecbplus", "ECB+", topic, f"{name}.xml")
        article = read_document(path, written=True).article()
        annotate([article], options, [EntityAnnotator(), QuoteAnnotator()])
        return article

    return run


def _speaker(article: Article, opening: str) -> str | None:
    found = [q for q in article.quotes if q.text.startswith(opening)]
    assert found, [q.text[:40] for q in article.quotes]
    return found[0].speaker


def test_he_passes_over_a_woman_described_with_herself(ecb: Annotated) -> None:
    """"… according to her publicist, Jack Ketsoyan. “We appreciate your respect …,” he said."
    went to Tara Reid, whom the report gives "described herself" and "started her own
    clothing line"."""
    assert _speaker(ecb("1_3ecb"), "We appreciate your respect") == "Jack Ketsoyan"


def test_she_passes_over_a_man_called_mister(ecb: Annotated) -> None:
    """"Ms. DeGeneres … than Mr. MacFarlane does … In typical fashion, she released a jokey
    response to the honor: “I am so excited …”" went to Seth MacFarlane."""
    assert _speaker(ecb("2_6ecbplus"), "I am so excited") == "Ellen DeGeneres"


def test_a_pronoun_under_a_speech_verb_gives_the_speaker_no_gender(ecb: Annotated) -> None:
    """"But she became nervous, telling her son …, Perlo explained." (16_9ecbplus): the lawyer
    talks about a witness; he keeps his "he said" quote."""
    article = ecb("16_9ecbplus")
    assert _speaker(article, "We made a lot of decisions") == "Stan Perlo"

