"""Markdown rendering: a file to send to a colleague. Laid out from report.view."""

from __future__ import annotations

import re

from storydesk.article import Article
from storydesk.output import MARKDOWN_MARK
from storydesk.pipeline import Analysis
from storydesk.report import terminal
from storydesk.report import view as views
from storydesk.report.refs import ArticleRef
from storydesk.report.story_view import QuoteVariant, StoryView, TimelineLine
from storydesk.report.view import citation_marks
from storydesk.story import Story


def render(analysis: Analysis) -> str:
    parts = [MARKDOWN_MARK, *(story_md(story) for story in analysis.stories)]
    if analysis.skipped:
        parts.append("## Skipped inputs\n\n" + "\n".join(
            f"- {code(s.source)}: {escape(s.reason)}" for s in analysis.skipped
        ))
    return "\n\n".join(parts) + "\n"


def story_md(story: Story) -> str:
    view = views.build(story)
    sections = [
        [f"# {escape(view.title)}"],
        brief_md(view),
        facts_md(view),
        quotes_md(view),
        entities_md(view),
        timeline_md(view),
        coverage_md(view),
        articles_md(view),
        sources_md(view),
        ["## Removed from the articles", ""]
        + [removed_md(a, view.ref(a.id)) for a in story.articles],
    ]
    return "\n\n".join("\n".join(lines) for lines in sections).rstrip()


def brief_md(view: StoryView) -> list[str]:
    lines = ["## Brief", ""]
    for line in view.brief:
        tag = "*(storydesk)* " if line.generated else ""
        lines.append(f"- {tag}{escape(line.text)} *({line.reach})* "
                     f"{citation_marks(line.citations)}".rstrip())
    if view.brief:
        lines += ["", "*(storydesk)* marks sentences storydesk wrote itself; [n] cite sources."]
    return lines if view.brief else [*lines, "*No brief.*"]


def facts_md(view: StoryView) -> list[str]:
    lines = ["## Facts (conflicts first)", ""]
    if not view.facts:
        return [*lines, "*No facts aligned.*"]
    lines += ["| what | status | conservative | values | sources |",
              "| --- | --- | --- | --- | --- |"]
    for fact in view.facts:
        status = f"**{fact.status.upper()}**" if fact.status == "conflict" else fact.status
        values = "; ".join(
            f"{g.label} ({escape(', '.join(g.outlets))}{'; ' + g.copied if g.copied else ''})"
            for g in fact.by_value
        )
        span = f" (range {fact.range})" if fact.range != fact.conservative else ""
        lines.append(f"| {escape(fact.slot)} | {status} | {fact.conservative}{span} | {values} "
                     f"| {fact.reach} |")
    return lines


def quotes_md(view: StoryView) -> list[str]:
    lines = ["## Quotes by speaker", ""]
    for speaker in view.speakers:
        unnamed = " *(not named)*" if speaker.described else ""
        lines += [f"### {escape(speaker.name)}{unnamed}", ""]
        for group in speaker.groups:
            note = " *(sources disagree on the speaker)*" if group.speakers_disagree else ""
            if len(group.variants) == 1 and not note:
                lines.append(f"- {_variant_md(group.variants[0])}")
                continue
            lines.append(f"- {group.head or '1 outlet'}{note}:")
            lines += [f"  - {_variant_md(v)}" for v in group.shown]
        lines.append("")
    return lines if view.quote_groups else [*lines, "*No quotes.*"]


def _variant_md(variant: QuoteVariant) -> str:
    """“words” — outlet, with the words a wording changes struck and added in bold."""
    if variant.changes:
        marks = {"same": "{}", "removed": "~~{}~~", "added": "**{}**"}
        words = " ".join(marks[kind].format(escape(text)) for kind, text in variant.changes)
    else:
        words = escape(variant.text)
    note = f" ({escape(variant.speaker_note)})" if variant.speaker_note else ""
    return f"“{words}” — {escape(', '.join(variant.outlets))}{note}"


def entities_md(view: StoryView) -> list[str]:
    lines = ["## People, places and organisations", ""]
    for entity in view.entities:
        variants = ", ".join(f"{escape(v.text)} ×{v.count}" for v in entity.variants)
        roles = f" ({escape(', '.join(entity.roles))})" if entity.roles else ""
        lines.append(f"- **{escape(entity.name)}** {entity.type}{roles}: {variants}")
    return lines if view.entities else [*lines, "*No entities resolved.*"]


def timeline_md(view: StoryView) -> list[str]:
    lines = ["## Timeline", ""]
    if view.timeline_note:
        lines += [f"> {escape(view.timeline_note)}", ""]

    def item(t: TimelineLine) -> str:
        ahead = "*(scheduled)* " if t.scheduled else ""
        return (f"- **{t.when}** {ahead}{escape(t.text)} *({t.reach})* "
                f"{citation_marks(t.citations)}").rstrip()

    lines += [item(t) for t in view.story_timeline]
    if view.background:
        lines += ["", "### Background", ""] + [item(t) for t in view.background]
    return lines if view.timeline else [*lines, "*No dated events.*"]


def coverage_md(view: StoryView) -> list[str]:
    lines = ["## Coverage", ""]
    if view.claims:
        header = " | ".join(escape(o.outlet) for o in view.outlets)
        lines += [f"| claim | {header} |", "| --- |" + " :-: |" * len(view.outlets)]
        for claim in view.claims:
            cells = " | ".join(escape(cell) for cell in claim.cells)
            lines.append(f"| {escape(claim.label)} ({claim.reach}) | {cells} |")
        lines.append("")
    for card in view.cards:
        lines.append(f"- **{escape(card.article.outlet)}** ({card.article.date_label}, "
                     f"{card.words} words{_also(card.article, ', ')}): "
                     f"{escape(card.article.title)}")
        alone = "; ".join(i.label for i in card.alone) or "nothing the others lack"
        lines.append(f"  - only here: {escape(alone)}")
        if card.missing:
            lines.append(f"  - leaves out: {escape('; '.join(card.missing))}")
    return lines


def _also(article: ArticleRef, before: str = "; ") -> str:
    """Where else the article ran: a copy of another's report, the same text elsewhere."""
    return f"{before}{escape(article.also_label)}" if article.also_label else ""


def articles_md(view: StoryView) -> list[str]:
    lines = ["## Articles", "", "| outlet | published | where from | title |",
             "| --- | --- | --- | --- |"]
    lines += [f"| {escape(a.outlet)}{_also(a)} | {a.date_label} | {escape(a.outlet_note)}; "
              f"{escape(a.date_note)} | {escape(a.title)} |" for a in view.articles]
    assumed = [a for a in view.articles if a.date_assumed]
    if assumed:
        lines += ["", f"*(assumed)*: {len(assumed)} of {len(view.articles)} articles give no date"
                  " of their own; their date is not from the article."]
    return lines


def sources_md(view: StoryView) -> list[str]:
    if not view.sources:
        return []
    lines = ["## Sources", ""]
    lines += [f"{c.number}. {escape(c.article.outlet)}, sentence {c.sentence + 1}: "
              f"“{escape(c.text)}”" for c in view.sources]
    return lines


def removed_md(article: Article, ref: ArticleRef) -> str:
    lines = [f"### {escape(ref.outlet)}: {escape(ref.title)}", ""]
    if not article.removed:
        return "\n".join([*lines, "*Nothing removed.*", ""])
    lines += [f"- *{escape(r.reason)}*: {escape(_short(r.text))}" for r in article.removed]
    return "\n".join([*lines, ""])


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Characters that start markup anywhere in a line (emphasis, code, links and images, raw
# HTML and autolinks, headings, table cells, strikethrough, entities); CommonMark lets a
# backslash escape each. Quoted source text must never become markup.
MARKUP = re.compile(r"([\\`*_\[\]>#|~])")
# Raw HTML: entities, not backslashes, so that no Markdown flavour can pass a tag through.
ENTITIES = {"&": "&amp;", "<": "&lt;"}
# At the start of a line a list or block marker would nest a list in the list item.
LEADING_MARKER = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))")


def escape(text: str | None) -> str:
    """Source text as literal Markdown: line breaks become spaces, control characters are
    dropped and every character that could start markup is backslash-escaped."""
    flat = " ".join(terminal.strip_controls(text or "").splitlines())
    flat = re.sub(r"[&<]", lambda m: ENTITIES[m.group()], flat)
    return LEADING_MARKER.sub(_escape_marker, MARKUP.sub(r"\\\1", flat))


def _escape_marker(match: re.Match[str]) -> str:
    space, marker = match.groups()
    # "1." becomes "1\." (no ordered list), "-" becomes "\-" (no bullet)
    return f"{space}{marker}\\" if marker[0].isdigit() else f"{space}\\{marker}"


def code(text: str) -> str:
    """``text`` as an inline code span that no backtick inside it can close early: the fence
    is one backtick longer than the longest run in the text (CommonMark code spans)."""
    flat = " ".join(terminal.strip_controls(text).splitlines())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or not flat.strip() else ""
    return f"{fence}{pad}{flat}{pad}{fence}"
