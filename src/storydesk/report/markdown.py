"""Markdown rendering: a file to send to a colleague."""

from __future__ import annotations

from storydesk.article import Article
from storydesk.pipeline import Analysis
from storydesk.story import Story


def render(analysis: Analysis) -> str:
    parts = [story_md(story) for story in analysis.stories]
    if analysis.skipped:
        parts.append("## Skipped inputs\n\n" + "\n".join(
            f"- `{s.source}`: {s.reason}" for s in analysis.skipped
        ))
    return "\n\n".join(parts) + "\n"


def story_md(story: Story) -> str:
    lines = [f"# {escape(story.title)}", "", "## Articles", ""]
    lines += [
        "| id | outlet | published | title |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {a.id} | {escape(a.outlet or '?')} | {a.published or '?'} | {escape(a.title or '')} |"
        for a in story.articles
    ]
    for article in story.articles:
        lines += ["", article_md(article)]
    return "\n".join(lines)


def article_md(article: Article) -> str:
    lines = [f"### {escape(article.title or article.source)}", ""]
    if article.quotes:
        lines.append("Quotes:")
        lines += [f"- “{escape(q.text)}” — {escape(q.speaker or 'speaker unknown')}"
                  for q in article.quotes]
    if article.figures:
        lines.append("")
        lines.append("Figures: " + "; ".join(escape(f.text) for f in article.figures))
    if article.dates:
        lines.append("")
        lines.append("Dates: " + "; ".join(f"{escape(d.text)} → {d.date}" for d in article.dates))
    if article.removed:
        lines.append("")
        lines.append("Removed:")
        lines += [f"- *{r.reason}*: {escape(r.text[:100])}" for r in article.removed]
    return "\n".join(lines)


def escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
