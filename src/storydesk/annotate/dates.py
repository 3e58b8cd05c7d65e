"""Date expressions normalised against the publication date (first version)."""

from __future__ import annotations

import datetime as dt

import dateparser
from spacy.tokens import Doc

from storydesk.article import Article, DateMention


class DateAnnotator:
    name = "dates"
    requires: tuple[str, ...] = ("text", "sentence_spans", "published")
    assigns: tuple[str, ...] = ("dates",)

    def __call__(self, article: Article, doc: Doc) -> None:
        article.dates = []
        base = dt.datetime.fromisoformat(article.published) if article.published else None
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"} if base else {}
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            parsed = dateparser.parse(ent.text, settings=settings)
            if parsed is None:
                continue
            article.dates.append(
                DateMention(
                    text=ent.text,
                    date=parsed.date().isoformat(),
                    granularity="day",
                    sentence=article.sentence_at(ent.start_char),
                    start=ent.start_char,
                    end=ent.end_char,
                )
            )
