"""Direct quotes and their speakers (first version: quote marks only, no speaker)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storydesk.article import Article, Quote

QUOTED = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"")


class QuoteAnnotator:
    name = "quotes"
    requires: tuple[str, ...] = ("text", "sentence_spans", "entities")
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article, doc: Doc) -> None:
        article.quotes = []
        for match in QUOTED.finditer(article.text):
            text = (match.group(1) or match.group(2)).strip()
            article.quotes.append(
                Quote(
                    id=f"{article.id}:q{len(article.quotes)}",
                    text=text,
                    speaker=None,
                    cue=None,
                    sentence=article.sentence_at(match.start()),
                    start=match.start(),
                    end=match.end(),
                )
            )
