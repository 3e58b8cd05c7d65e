"""Numbers with what they count (first version: digit numbers and the noun after them)."""

from __future__ import annotations

from spacy.tokens import Doc

from storydesk.article import Article, Figure


class FigureAnnotator:
    name = "figures"
    requires: tuple[str, ...] = ("text", "sentence_spans")
    assigns: tuple[str, ...] = ("figures",)

    def __call__(self, article: Article, doc: Doc) -> None:
        article.figures = []
        for token in doc:
            if not token.like_num or not token.text.replace(",", "").isdigit():
                continue
            head = token.head if token.dep_ == "nummod" else None
            counts = head.text if head is not None else ""
            article.figures.append(
                Figure(
                    value=float(token.text.replace(",", "")),
                    qualifier=None,
                    counts=counts,
                    text=token.text + (f" {counts}" if counts else ""),
                    sentence=article.sentence_at(token.idx),
                    start=token.idx,
                    end=token.idx + len(token.text),
                )
            )
