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



def test_a_given_name_says_the_gender_the_article_does_not(written: Annotated) -> None:
    """Bettie Page's obituary (4_4ecb) gives her no honorific and no "herself"; "“I don't
    want to be photographed in my old age,” she said in 1998." went to "her longtime agent
    Mark Roesler", and "“I thought my arms and legs would come out of their sockets,” she
    said later." to nobody. "Mark" is a man's name in the US baby-name counts
    (``name_genders``), so the "she" passes over him to Bettie Page."""
    article = written("4_4ecb")
    assert _speaker(article, "I don't want to be photographed") == "Bettie Page"
    assert _speaker(article, "I thought my arms and legs") == "Bettie Page"
    assert _speaker(article, "I never thought it was shameful") == "Bettie Page"


def test_the_speakers_own_sentences_do_not_use_up_the_reach(written: Annotated) -> None:
    """"In her later years, she defended the trade she pioneered. “I never thought it was
    shameful. I felt normal. It was better than …,” she told Playboy in 1998." (4_2ecb, one
    sentence a line): the quote's own sentences took the pronoun's reach and the quote had
    no speaker, nor had the next "“God approves of nudity,” she said."."""
    article = written("4_2ecb")
    assert _speaker(article, "I never thought it was shameful") == "Bettie Page"
    assert _speaker(article, "God approves of nudity") == "Bettie Page"


def test_she_after_her_rep_goes_to_the_actress(written: Annotated) -> None:
    """"Earlier this year, the star said … When asked about the temptation … she said she had
    enough fun … “I'm so happy with where I'm at right now …,” she added." (1_14ecb) went to
    her rep Jack Ketsoyan, named earlier; "Jack" is a man's name."""
    assert _speaker(written("1_14ecb"), "I'm so happy with where") == "Tara Reid"


def test_a_given_name_only_narrows_a_choice() -> None:
    """Baby-name counts are US ones: "Andrea" is a woman's name there and a man's in Italy.
    A "he" with only an Andrea in reach stays his (the search without given names)."""
    text = (
        "Andrea Bocelli sang at the opening of the stadium on Sunday.\n"
        "\u201cIt was the greatest night of my life,\u201d he said."
    )
    article = Article(id="a", source="a.txt", text=text)
    annotate([article], Options.load(), [EntityAnnotator(), QuoteAnnotator()])
    assert _speaker(article, "It was the greatest night") == "Andrea Bocelli"


@pytest.mark.parametrize(
    "subject",
    [
        # "Jean" is 0.951 female in the US counts: below the share a name must have.
        "Jean Asselborn, the foreign minister of Luxembourg,",
        # "Evelyn" is 0.997 female there: it still may not put the object first.
        "The novelist Evelyn Walsh",
    ],
)
def test_a_given_name_never_puts_the_object_before_the_subject(subject: str) -> None:
    """"Jean Asselborn … met Mark Rutte in Brussels … “We agreed …,” he said." went to Rutte:
    the given name of the main clause's subject ruled him out and the object took the
    "he". A given name only chooses among candidates of the same rank."""
    text = (
        f"{subject} met Mark Rutte in Brussels on Tuesday to discuss the budget.\n"
        "\u201cWe agreed on the next steps,\u201d he said."
    )
    article = Article(id="a", source="a.txt", text=text)
    annotate([article], Options.load(), [EntityAnnotator(), QuoteAnnotator()])
    assert _speaker(article, "We agreed on the next steps") == subject.split(",")[0].removeprefix(
        "The novelist "
    )
