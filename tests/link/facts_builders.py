"""Small synthetic articles with figures and quotes, for fact and quote-group tests."""

from __future__ import annotations

from storydesk.article import Article, DateMention, Entity, Figure, Quote


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


def add_entity(art: Article, name: str, entity_type: str = "ORG") -> None:
    """A named-entity mention at the first place ``name`` stands in the text."""
    start = art.text.index(name)
    art.entities.append(Entity(name, entity_type, art.sentence_at(start), start, start + len(name)))


def add_date(art: Article, words: str, iso: str) -> None:
    """A resolved date mention, e.g. ``add_date(art, "March 3", "2025-03-03")``."""
    start = art.text.index(words)
    art.dates.append(
        DateMention(words, iso, "day", art.sentence_at(start), start, start + len(words))
    )


def add_quoted_figure(art: Article, quote: str, number: str, value: float, counts: str) -> Figure:
    """A figure standing inside a direct quote of the text."""
    start = art.text.index(quote)
    art.quotes.append(
        Quote(f"{art.id}:q{len(art.quotes)}", quote, None, "said", art.sentence_at(start),
              start, start + len(quote))
    )  # fmt: skip
    return add_figure(art, number, value, counts)
