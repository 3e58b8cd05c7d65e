"""Terminal rendering with rich: readable at 100 columns."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storydesk.article import Article
from storydesk.pipeline import Analysis
from storydesk.story import Story

WIDTH = 100


def render(analysis: Analysis) -> str:
    console = Console(width=WIDTH, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        for story in analysis.stories:
            console.print(story_view(story))
        if analysis.skipped:
            console.print(skipped_table(analysis))
    return capture.get()


def story_view(story: Story) -> Group:
    parts: list[object] = [Panel(Text(story.title, style="bold"), title=f"story {story.id}")]
    parts.append(articles_table(story.articles))
    for article in story.articles:
        parts.append(article_view(article))
    return Group(*parts)  # type: ignore[arg-type]


def articles_table(articles: list[Article]) -> Table:
    table = Table(title="Articles", expand=True)
    for column in ("id", "outlet", "published", "title", "sentences", "removed"):
        table.add_column(column)
    for a in articles:
        table.add_row(
            a.id,
            f"{a.outlet or '?'} ({a.outlet_from or '-'})",
            f"{a.published or '?'} ({a.published_from or '-'})",
            a.title or "",
            str(len(a.sentences)),
            str(len(a.removed)),
        )
    return table


def article_view(article: Article) -> Group:
    lines: list[object] = [Text(f"\n{article.title or article.source}", style="bold underline")]
    lines.append(Text(f"source: {article.source}", style="dim"))
    for quote in article.quotes:
        lines.append(Text(f"  “{quote.text}” — {quote.speaker or 'speaker unknown'}"))
    if article.figures:
        figures = ", ".join(f"{f.text}" for f in article.figures)
        lines.append(Text(f"  figures: {figures}"))
    if article.dates:
        dates = ", ".join(f"{d.text} → {d.date}" for d in article.dates)
        lines.append(Text(f"  dates: {dates}"))
    for removed in article.removed:
        lines.append(Text(f"  removed ({removed.reason}): {removed.text[:80]}", style="dim"))
    return Group(*lines)  # type: ignore[arg-type]


def skipped_table(analysis: Analysis) -> Table:
    table = Table(title="Skipped inputs", expand=True)
    table.add_column("source")
    table.add_column("reason")
    for skipped in analysis.skipped:
        table.add_row(skipped.source, skipped.reason)
    return table
