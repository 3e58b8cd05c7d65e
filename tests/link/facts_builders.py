"""Small synthetic articles with figures and quotes, for fact and quote-group tests."""

from __future__ import annotations

from storydesk.article import Article, Entity, Figure, Quote


def article(article_id: str, text: str, published: str = "2025-01-01") -> Article:
    """An article whose sentences are split on '. ' (tests write simple sentences)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for part in text.split(". "):
        end = min(len(text), start + len(part) + 2)
        spans.append((start, end))
        start = end
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        published=published,
        sentences=[text[s:e] for s, e in spans],
        sentence_spans=spans,
    )


def add_figure(
    art: Article, number: str, value: float, counts: str, qualifier: str | None = None
) -> Figure:
    """A figure at the first place ``number`` stands in the text."""
    start = art.text.index(number)
    figure = Figure(
        value=value,
        qualifier=qualifier,
        counts=counts,
        text=f"{qualifier + ' ' if qualifier else ''}{number} {counts}",
        sentence=art.sentence_at(start),
        start=start,
        end=start + len(number),
    )
    art.figures.append(figure)
    return figure


def add_place(art: Article, name: str) -> None:
    start = art.text.index(name)
    art.entities.append(Entity(name, "GPE", art.sentence_at(start), start, start + len(name)))


def add_quote(
    art: Article, text: str, speaker: str | None = None, entity: str | None = None
) -> Quote:
    quote = Quote(
        id=f"{art.id}:q{len(art.quotes)}",
        text=text,
        speaker=speaker,
        cue="said",
        sentence=0,
        speaker_entity=entity,
    )
    art.quotes.append(quote)
    return quote
