"""What storydesk took from an article, marked on its text: quotes, figures, dates, names.

Marks nest (a name inside a quote); of two marks that cross, the one that starts later is
left out rather than broken in two. Every piece of article text is escaped here.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from storydesk.article import Article
from storydesk.report.when import label as date_label
from storydesk.story import Story

KINDS = ("quote", "figure", "date", "name")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of KINDS
    title: str  # what was extracted, in words, for a tooltip


def marks(article: Article, story: Story | None = None) -> list[Mark]:
    """Every extraction of ``article`` with a place in its text."""
    names = _canonical(article, story)
    found: list[Mark] = []
    for quote in article.quotes:
        speaker = f" by {quote.speaker}" if quote.speaker else ", speaker not found"
        found.append(Mark(quote.start, quote.end, "quote", f"quote{speaker}"))
    for figure in article.figures:
        what = f": {figure.counts}" if figure.counts else ""
        found.append(Mark(figure.start, figure.end, "figure", f"figure{what}"))
    for date in article.dates:
        found.append(Mark(date.start, date.end, "date",
                          f"date: {date_label(date.date, date.granularity)}"))
    for entity in article.entities:
        name = names.get(entity.text)
        also = f" ({name})" if name and name != entity.text else ""
        found.append(Mark(entity.start, entity.end, "name", f"{entity.type.lower()}{also}"))
    return [m for m in found if 0 <= m.start < m.end <= len(article.text)]


def marked(text: str, offset: int, found: list[Mark]) -> Markup:
    """``text`` (which starts at ``offset`` of its article) as HTML with ``found`` marked."""
    inside = [m for m in found if offset <= m.start and m.end <= offset + len(text)]
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    inside.sort(key=lambda m: (m.start, -m.end, order[m.kind]))
    kept: list[Mark] = []
    stack: list[Mark] = []
    for mark in inside:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            continue  # crosses an open mark
        kept.append(mark)
        stack.append(mark)
    return _render(text, offset, offset, offset + len(text), kept)


def _render(text: str, offset: int, start: int, end: int, found: list[Mark]) -> Markup:
    parts: list[str] = []
    cursor = start
    index = 0
    while index < len(found):
        mark = found[index]
        nested = [m for m in found[index + 1:] if m.start < mark.end]
        parts.append(escape(text[cursor - offset : mark.start - offset]))
        inner = _render(text, offset, mark.start, mark.end, nested)
        parts.append(Markup('<mark class="x-{}" title="{}">{}</mark>').format(
            mark.kind, mark.title, inner))
        cursor = mark.end
        index += 1 + len(nested)
    parts.append(escape(text[cursor - offset : end - offset]))
    return Markup("").join(parts)


def _canonical(article: Article, story: Story | None) -> dict[str, str]:
    """Mention text -> the story's name for it, for this article."""
    if story is None:
        return {}
    return {v.text: e.name for e in story.entities for v in e.variants
            if article.id in v.articles}
