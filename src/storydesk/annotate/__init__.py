"""Annotate: one spaCy pass per article, then each annotator adds its own fields.

The stage has the shape of every stage: ``annotate(articles, options) -> articles``.
"""

from __future__ import annotations

from collections.abc import Sequence

from storydesk.annotate import nlp as nlp_module
from storydesk.annotate.base import Annotator, check_order
from storydesk.annotate.dates import DateAnnotator
from storydesk.annotate.entities import EntityAnnotator
from storydesk.annotate.figures import FigureAnnotator
from storydesk.annotate.quotes import QuoteAnnotator
from storydesk.annotate.roles import RoleAnnotator
from storydesk.article import Article
from storydesk.options import Options


def default_annotators() -> list[Annotator]:
    return [EntityAnnotator(), QuoteAnnotator(), DateAnnotator(), FigureAnnotator(),
            RoleAnnotator()]


def annotate(
    articles: Sequence[Article], options: Options, annotators: Sequence[Annotator] | None = None
) -> list[Article]:
    chosen = list(annotators) if annotators is not None else default_annotators()
    check_order(chosen)
    nlp = nlp_module.load(options)
    # A no-break space is one character like a space, so offsets stay those of the text;
    # the small model splits "Stu\u00a0Burguiere" into two names with a space token between.
    texts = (article.text.replace("\u00a0", " ") for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=options.batch_size), strict=True):
        article.sentence_spans = nlp_module.sentence_spans(doc)
        article.sentences = [article.text[s:e] for s, e in article.sentence_spans]
        for annotator in chosen:
            annotator(article, doc)
    return list(articles)
