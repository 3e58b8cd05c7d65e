"""Terminal rendering with rich: readable at 100 columns. Laid out from report.view."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storydesk.article import Article
from storydesk.pipeline import Analysis
from storydesk.report import coverage_view
from storydesk.report import view as views
from storydesk.report.refs import ArticleRef
from storydesk.report.story_view import QuoteVariant, StoryView, TimelineLine
from storydesk.report.terminal import strip_controls
from storydesk.report.view import citation_marks
from storydesk.story import Story

WIDTH = 100
STATUS_STYLE = {"conflict": "bold red", "update": "yellow", "agree": "green", "single": "dim"}


def render(analysis: Analysis) -> str:
    console = Console(width=WIDTH, record=True, force_terminal=False, color_system=None,
                      soft_wrap=False)
    with console.capture() as capture:
        for story in analysis.stories:
            console.print(story_view(story))
        if analysis.skipped:
            console.print(skipped_table(analysis))
    # rich pads wrapped grid cells to full width; trailing blanks only hurt piping and diffs.
    # Escape sequences and control characters from the inputs never reach the terminal.
    lines = strip_controls(capture.get()).splitlines()
    return "\n".join(line.rstrip() for line in lines) + "\n"


def story_view(story: Story) -> Group:
    view = views.build(story)
    parts: list[RenderableType] = [
        Panel(Text(view.title, style="bold"), title=f"story {view.id}"),
        brief(view), facts(view), quotes(view), entities(view), timeline(view),
        coverage(view), articles(view), sources(view),
        *[removed(a, view.ref(a.id)) for a in story.articles],
    ]
    return Group(*parts)


def heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def bullets(title: str, lines: list[RenderableType], empty: str) -> Group:
    return Group(heading(title), *(lines or [indent(Text(empty, style="dim"))]))


def indent(text: Text, level: int = 1) -> Padding:
    """Indent every wrapped line, not only the first, so long sentences stay readable."""
    return Padding(text, (0, 0, 0, 2 * level))


def hang(marker: str, text: Text, level: int = 1) -> Table:
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=2 * level + len(marker) - 1, justify="right", no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(marker, text)
    return grid


def brief(view: StoryView) -> Group:
    lines: list[RenderableType] = []
    for line in view.brief:
        text = Text()
        if line.generated:
            text.append("(storydesk) ", style="italic magenta")
        text.append(line.text)
        text.append(f" ({line.reach})", style="green")
        text.append(f" {citation_marks(line.citations)}", style="cyan")
        lines.append(hang("•", text))
    return bullets("Brief  ((storydesk) = written by storydesk; [n] = source below)", lines,
                   "no brief")


def facts(view: StoryView) -> RenderableType:
    if not view.facts:
        return bullets("Facts", [], "no facts aligned")
    table = Table(title="Facts (conflicts first)", expand=True, show_lines=True)
    table.add_column("what", ratio=3)
    table.add_column("status", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("by outlet", ratio=4)
    table.add_column("sources", ratio=1)
    for fact in view.facts:
        values = "\n".join(
            f"{g.label}  {', '.join(g.outlets)}" + (f"  ({g.copied})" if g.copied else "")
            for g in fact.by_value
        )
        span = fact.conservative if fact.range == fact.conservative else (
            f"{fact.conservative} ({fact.range})")
        style = STATUS_STYLE.get(fact.status, "")
        # Text(), not str: source text must never be read as rich markup.
        table.add_row(Text(fact.slot), Text(fact.status.upper() if fact.status == "conflict"
                                            else fact.status, style=style), span, Text(values),
                      Text(fact.reach))
    return table


def quotes(view: StoryView) -> Group:
    lines: list[RenderableType] = []
    for speaker in view.speakers:
        head = Text(speaker.name, style="bold")
        if speaker.described:
            head.append("  (not named)", style="dim")
        lines.append(indent(head))
        for group in speaker.groups:
            if len(group.variants) > 1 or group.speakers_disagree:
                head = Text(group.head, style="dim")
                if group.speakers_disagree:
                    head.append("  sources disagree on the speaker", style="red")
                lines.append(indent(head, 2))
            level = 3 if len(group.variants) > 1 else 2
            lines += [hang("-", _variant_text(v), level) for v in group.shown]
    return bullets("Quotes by speaker", lines, "no quotes")


def _variant_text(variant: QuoteVariant) -> Text:
    """The words a wording changes as [-removed-] {+added+} (plain terminals have no
    strike-through)."""
    marks = {"same": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    words = (" ".join(marks[k].format(t) for k, t in variant.changes) if variant.changes
             else variant.text)
    line = Text(f"“{words}” — {', '.join(variant.outlets)}")
    if variant.speaker_note:
        line.append(f" ({variant.speaker_note})", style="dim")
    return line


def entities(view: StoryView) -> Group:
    lines: list[RenderableType] = []
    for entity in view.entities:
        text = Text(entity.name, style="bold")
        text.append(f" {entity.type}", style="dim")
        text.append(": " + ", ".join(f"{v.text} ×{v.count}" for v in entity.variants))
        lines.append(indent(text))
    return bullets("People, places and organisations", lines, "no entities resolved")


def timeline(view: StoryView) -> Group:
    def line(t: TimelineLine) -> RenderableType:
        ahead = "(scheduled) " if t.scheduled else ""
        return hang(t.when, Text(f"{ahead}{t.text} ({t.reach}) {citation_marks(t.citations)}"))

    lines: list[RenderableType] = []
    if view.timeline_note:
        lines.append(indent(Text(view.timeline_note, style="yellow")))
    lines += [line(t) for t in view.story_timeline]
    if view.background:
        lines.append(indent(Text("Background (earlier events the articles recall):",
                                 style="bold")))
        lines += [line(t) for t in view.background]
    return bullets("Timeline", lines, "no dated events")


def coverage(view: StoryView) -> Group:
    # A matrix does not fit 100 columns; list the main claims with who reports them.
    lines: list[RenderableType] = []
    for claim in view.claims:
        given = [f"{o.outlet}" + (f" {cell}" if cell != coverage_view.REPORTS else "")
                 for o, cell in zip(view.outlets, claim.cells, strict=True) if cell]
        lines.append(hang("-", Text(f"{claim.label} ({claim.reach}): {', '.join(given)}")))
    for card in view.cards:
        head = Text(f"{card.article.outlet}", style="bold")
        also = f", {card.article.also_label}" if card.article.also_label else ""
        head.append(f"  {card.article.date_label}, {card.words} words{also}: "
                    f"{card.article.title}")
        lines.append(indent(head))
        alone = "; ".join(i.label for i in card.alone) or "nothing the others lack"
        lines.append(indent(Text(f"only here: {alone}"), 2))
        if card.missing:
            lines.append(indent(Text(f"leaves out: {'; '.join(card.missing)}"), 2))
    return bullets("Coverage", lines, "")


def articles(view: StoryView) -> Table:
    table = Table(title="Articles", expand=True)
    for column in ("outlet", "published", "where from", "title"):
        table.add_column(column)
    for a in view.articles:
        outlet = f"{a.outlet} ({a.also_label})" if a.also_label else a.outlet
        table.add_row(Text(outlet), a.date_label, Text(f"{a.outlet_note}; {a.date_note}"),
                      Text(a.title))
    return table


def sources(view: StoryView) -> Group:
    lines: list[RenderableType] = [
        hang(f"[{c.number}]", Text(f"{c.article.outlet}, sentence {c.sentence + 1}: “{c.text}”"))
        for c in view.sources
    ]
    return bullets("Sources", lines, "no citations")


def removed(article: Article, ref: ArticleRef) -> Group:
    lines: list[RenderableType] = [indent(Text(f"{r.reason}: {_short(r.text)}", style="dim"))
                                   for r in article.removed]
    return bullets(f"Removed from {ref.outlet}", lines, "nothing removed")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def skipped_table(analysis: Analysis) -> Table:
    table = Table(title="Skipped inputs", expand=True)
    table.add_column("source")
    table.add_column("reason")
    for skipped in analysis.skipped:
        table.add_row(Text(skipped.source), Text(skipped.reason))
    return table
