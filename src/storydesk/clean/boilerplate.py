"""Boilerplate removal for plain text: every removed line is kept with its reason.

A paragraph is a line. Line rules run first (each line on its own), then the block rules
that need neighbours: appeals, tweet embeds, edge timestamps, link lists and the chrome
after the last paragraph. Photo captions leave the body for ``article.captions``.
"""

from __future__ import annotations

from storydesk.article import Article, Removed
from storydesk.clean import blocks, linescore, outlet, rules
from storydesk.options import Options


def clean_text(article: Article, options: Options) -> None:
    lines = [line.strip() for line in article.raw.splitlines() if line.strip()]
    lines = outlet.take_address(article, lines)  # "URL: https://..." at the top of saved text
    article.text = "\n".join(keep_article_lines(article, lines))


def keep_article_lines(article: Article, lines: list[str], *, by_form: bool = True) -> list[str]:
    """The lines that are the article; the others go to ``article.removed`` with a reason.
    Used for plain text and again on the main text an HTML extractor kept, which can still
    hold newsletter prompts, follow-us lines and tweet embeds. ``by_form=False`` leaves out
    the line classifier: on HTML, trafilatura's own boilerplate signals (markup, link
    density) have already chosen the main text, and the classifier cost it recall."""
    reasons = mark(lines, by_form=by_form)
    kept: list[str] = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None:
            kept.append(line)
            continue
        article.removed.append(Removed(line, reason))
        if reason == rules.CAPTION:
            article.captions.append(line)
    return kept


def mark(lines: list[str], *, by_form: bool = True) -> list[str | None]:
    """The reason each line goes (None: it stays): rules, blocks, then the line classifier."""
    reasons = mark_by_rules(lines)
    if by_form:
        linescore.mark_classified(lines, reasons)
    blocks.mark_trailing_chrome(lines, reasons)
    return reasons


def mark_by_rules(lines: list[str]) -> list[str | None]:
    """Named line rules, then the block rules that need neighbours (the classifier's input)."""
    reasons: list[str | None] = [rules.classify(line) for line in lines]
    blocks.mark_tweets(lines, reasons)
    blocks.mark_timestamps(lines, reasons)
    blocks.mark_link_lists(lines, reasons)
    return reasons
