"""A small text annotated for figures as the pipeline does it, for the figure tests."""

from __future__ import annotations

from storydesk.annotate.dates import DateAnnotator
from storydesk.annotate.figures import FigureAnnotator
from storydesk.article import Article, Figure


def annotated_figures(text: str, published: str) -> list[Figure]:
    """The figures of ``text`` published on ``published``; every figure's span is its text."""
    from storydesk.annotate import nlp as nlp_module
    from storydesk.options import Options

    doc = nlp_module.load(Options.load())(text)
    article = Article(id="t", source="t", text=text, published=published)
    article.sentence_spans = nlp_module.sentence_spans(doc)
    DateAnnotator()(article, doc)  # figures leave out numbers inside the dates found first
    FigureAnnotator()(article, doc)
    for figure in article.figures:
        assert text[figure.start : figure.end] == figure.text
    return article.figures
