"""What changed in a story since a time, rendered: JSON (the report contract plus
``since`` and ``changes``), Markdown, terminal text and one self-contained HTML page.

Each change is listed with the sentences it rests on, numbered like the report's citations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storydesk.pipeline import Analysis
from storydesk.reconcile.changes import Change
from storydesk.report import view as views
from storydesk.report.article_body import article_body
from storydesk.report.refs import ArticleRef, article_ref
from storydesk.report.story_view import CitedSentence
from storydesk.report.view import citation_marks
from storydesk.story import Citation, Story


@dataclass(slots=True)
class ChangeLine:
    at: str
    kind: str
    text: str
    citations: list[CitedSentence]


@dataclass(slots=True)
class ChangesView:
    id: str
    title: str
    since: str
    lines: list[ChangeLine]
    sources: list[CitedSentence]


def build(story: Story, changes: list[Change], since: str) -> ChangesView:
    cited: dict[tuple[str, int], CitedSentence] = {}

    def cite(citation: Citation) -> CitedSentence:
        key = (citation.article, citation.sentence)
        if key not in cited:
            article = story.article(citation.article)
            ref = (article_ref(article) if article else
                   ArticleRef(citation.article, citation.article, citation.article, None))
            cited[key] = CitedSentence(len(cited) + 1, ref, citation.sentence,
                                       views.sentence_text(article, citation.sentence))
        return cited[key]

    lines = [ChangeLine(c.at, c.kind, c.text, [cite(x) for x in c.citations]) for c in changes]
    return ChangesView(story.id, story.title, since, lines, list(cited.values()))


def when(at: str) -> str:
    """An ISO 8601 UTC time as a reader wants it: ``2025-11-25 14:03 UTC``."""
    return f"{at[:10]} {at[11:16]} UTC" if len(at) >= 16 else at


def json_report(story: Story, changes: list[Change], since: str) -> str:
    from storydesk.report.json_report import report_dict

    data: dict[str, Any] = report_dict(Analysis([story], []))
    data["since"] = since
    data["changes"] = [c.as_dict() for c in changes]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def markdown(story: Story, changes: list[Change], since: str) -> str:
    from storydesk.output import MARKDOWN_MARK
    from storydesk.report.markdown import escape

    view = build(story, changes, since)
    lines = [MARKDOWN_MARK, "", f"# {escape(view.title)}", "",
             f"Changes since {when(since)} (story `{view.id}`)", ""]
    lines += [f"- {when(line.at)} · {line.kind}: {escape(line.text)}"
              f"{citation_marks(line.citations)}" for line in view.lines]
    if not view.lines:
        lines.append("Nothing changed.")
    if view.sources:
        lines += ["", "## Sources", ""]
        lines += [f"{s.number}. {escape(s.article.outlet)}: “{escape(s.text)}”"
                  for s in view.sources]
    return "\n".join(lines) + "\n"


def text(story: Story, changes: list[Change], since: str) -> str:
    """For a terminal: the story's box as the text report opens with, then one change a line
    (control characters from the inputs never reach the terminal)."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from storydesk.report.terminal import strip_controls
    from storydesk.report.text import WIDTH

    view = build(story, changes, since)
    console = Console(width=WIDTH, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        console.print(Panel(Text(view.title, style="bold"), title=f"story {view.id}",
                            subtitle=f"changes since {when(since)}"))
    lines = [capture.get().rstrip("\n"), ""]
    lines += [f"  {when(line.at)}  {line.kind:<8} {line.text}{citation_marks(line.citations)}"
              for line in view.lines]
    if not view.lines:
        lines.append("  Nothing changed.")
    if view.sources:
        lines += ["", "Sources"]
        lines += [f"  [{s.number}] {s.article.outlet}: {s.text}" for s in view.sources]
    return strip_controls("\n".join(lines)) + "\n"


def html(story: Story, changes: list[Change], since: str) -> str:
    from storydesk.report.html import _report_environment, in_page_href

    view = build(story, changes, since)
    cited = dict.fromkeys(s.article.id for s in view.sources)
    bodies = [(article_ref(a), article_body(a, f"a-{a.id}-"))
              for a in story.articles if a.id in cited]
    template = _report_environment().get_template("changes.html")
    return template.render(changes=view, when=when, bodies=bodies, article_href=in_page_href,
                           title=story.title)


RENDERERS = {"json": json_report, "md": markdown, "text": text, "html": html}
