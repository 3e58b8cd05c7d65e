"""The shape every annotator has: a name, what it needs, what it adds, and a call."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from storydesk.article import Article
from storydesk.errors import StorydeskError


class Annotator(Protocol):
    """Adds one kind of annotation to an article, given its spaCy Doc.

    ``requires`` and ``assigns`` name Article fields (like spaCy's component metadata), so
    the order of a pipeline is checked once before a run, not deep inside it.
    """

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article, doc: Doc) -> None: ...


# Fields that exist before any annotator runs (set by ingest, clean and sentence splitting).
BASE_FIELDS = ("text", "published", "sentences", "sentence_spans", "title", "outlet")


def check_order(annotators: Sequence[Annotator]) -> None:
    available = set(BASE_FIELDS)
    for annotator in annotators:
        missing = [f for f in annotator.requires if f not in available]
        if missing:
            raise StorydeskError(
                f"annotator '{annotator.name}' needs {', '.join(missing)}, which no earlier "
                "annotator assigns"
            )
        available.update(annotator.assigns)
