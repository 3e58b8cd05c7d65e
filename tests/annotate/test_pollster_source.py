"""Who stands behind a poll is read in annotate, into ``Figure.source`` (session 10: link
read a name written onto the poll's noun from the raw text, ``figure_words.pollster``), and
the nouns for such documents are one vocabulary (``documents.FINDING_WORDS``, STYLE 13)."""

from __future__ import annotations

import pytest
from figure_builders import annotated_figures

from storydesk.annotate.documents import DOCUMENT_WORDS, FINDING_WORDS, REPORT_WORDS
from storydesk.link.figure_words import FINDING, MEASUREMENT


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A Gallup poll released Monday found that 41 percent of Americans approve of the "
            "way the president is handling the economy.",
            "Gallup",
        ),
        (
            "A Quinnipiac University poll released Monday found that 47 percent of Americans "
            "approve of the way the president is handling the economy.",
            "Quinnipiac University",
        ),
        ("The Pew survey found 38 percent of voters oppose the plan.", "Pew"),
        # the forms read before: after "for" (ECB+ 19_14ecb) and "in" (19_8ecb)
        (
            "An opinion poll for the respected Kathimerini newspaper found that 68 per cent "
            "of Greeks disapprove of the government's handling of the crisis.",
            "Kathimerini",
        ),
    ],
)
def test_the_body_behind_a_poll_is_the_figures_source(text: str, source: str) -> None:
    """Review sentences of session 9: the name written onto the poll's noun."""
    [figure] = [f for f in annotated_figures(text, "2009-01-12") if f.quantity == "percent"]
    assert figure.source == source


def test_an_opinion_is_no_pollster() -> None:
    """A common noun written onto the poll ("An opinion poll") names no body."""
    [figure] = annotated_figures(
        "An opinion poll found that 41 percent of Americans approve.", "2009-01-12"
    )
    assert figure.source is None


def test_the_documents_link_looks_for_are_annotates() -> None:
    """Every finding and report noun, singular and plural, is what link's patterns find."""
    assert set(FINDING_WORDS) | set(REPORT_WORDS) <= set(DOCUMENT_WORDS)
    plurals = {"poll": "polls", "survey": "surveys", "study": "studies", "census": "censuses"}
    for word in FINDING_WORDS:
        assert FINDING.search(f"a {word} found") and FINDING.search(f"{plurals[word]} found")
    for word in REPORT_WORDS:
        assert MEASUREMENT.search(f"the {word} said") and not FINDING.search(f"the {word} said")
