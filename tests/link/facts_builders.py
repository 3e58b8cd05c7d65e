"""Small synthetic articles with figures and quotes, for fact and quote-group tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storydesk.annotate import annotate
from storydesk.annotate.measure import EVENT_CLASSES
from storydesk.article import Article, DateMention, Entity, Figure, Quote
from storydesk.link import link
from storydesk.options import Options
from storydesk.story import Fact, Story


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


def story_of(*texts: str, published: str | None = "2009-01-10") -> Story:
    """An annotated story whose articles are ``texts``, one article each, as a run reads them
    (ECB+ documents carry no date: pass ``published=None`` for them)."""
    articles = [
        Article(id=f"a{number}", source=f"a{number}.txt", text=text, published=published)
        for number, text in enumerate(texts)
    ]
    return Story(id="s", title="t", articles=annotate(articles, Options.load()))


def facts_of(*texts: str, published: str | None = "2009-01-10") -> list[Fact]:
    """The facts of a story whose articles are ``texts``, one article each."""
    return link(story_of(*texts, published=published), Options.load()).facts


# What the annotator's measurement gives for these counted things (annotate.measure).
QUANTITIES = {"dollars": "money:USD", "percent": "percent", "people": "people"}
DURATIONS = ("hours", "weeks", "days", "year", "years", "seasons")


def quantity_for(counts: str) -> str:
    """The quantity class the annotator gives a figure counting ``counts``."""
    words = counts.split()
    if len(words) == 2 and words[1] in EVENT_CLASSES:
        return EVENT_CLASSES[words[1]]
    if counts in QUANTITIES:
        return QUANTITIES[counts]
    if counts in DURATIONS:
        return "duration" if counts != "seasons" else "count:season"
    if not counts or not counts[:1].islower():
        return ""
    return "count:" + (counts[:-1] if counts.endswith("s") else counts)


def add_figure(
    art: Article,
    number: str,
    value: float,
    counts: str,
    qualifier: str | None = None,
    quantity: str | None = None,
    **measurement: object,
) -> Figure:
    """A figure at the first place ``number`` stands in the text; ``measurement`` sets the
    other fields the annotator measures (``version``, ``document``, ``places``…)."""
    start = art.text.index(number)
    figure = Figure(
        value=value,
        qualifier=qualifier,
        counts=counts,
        text=f"{qualifier + ' ' if qualifier else ''}{number} {counts}",
        sentence=art.sentence_at(start),
        start=start,
        end=start + len(number),
        quantity=quantity_for(counts) if quantity is None else quantity,
    )
    for name, found in measurement.items():
        setattr(figure, name, found)
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
    for figure in art.figures:  # the annotator dates a figure by the dates of its clause
        if figure.sentence == art.sentence_at(start):
            figure.dates.append(iso)


def add_quoted_figure(art: Article, quote: str, number: str, value: float, counts: str) -> Figure:
    """A figure standing inside a direct quote of the text."""
    start = art.text.index(quote)
    art.quotes.append(
        Quote(f"{art.id}:q{len(art.quotes)}", quote, None, "said", art.sentence_at(start),
              start, start + len(quote))
    )  # fmt: skip
    return add_figure(art, number, value, counts)


def facts_table(story: Any) -> list[dict[str, Any]]:
    """The table as a reader sees it: label, status, background, and every value with the
    file it comes from, its wording, version and stance (ids and offsets left out)."""
    names = {a.id: Path(a.source).name[:3] for a in story.articles}
    rows = []
    for fact in story.facts:
        values = sorted(
            ([names[v.article], v.value, v.qualifier, v.text, v.version, v.stance]
             for v in fact.values),
            key=lambda row: [str(part) for part in row],
        )  # fmt: skip
        rows.append({"slot": fact.slot, "status": fact.status, "quantity": fact.quantity,
                     "background": fact.background, "values": values})  # fmt: skip
    return sorted(rows, key=lambda r: (r["background"], r["slot"], r["status"], str(r["values"])))
