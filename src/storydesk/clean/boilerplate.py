"""Boilerplate removal for plain text: every removed line is kept with its reason."""

from __future__ import annotations

from storydesk.article import Article, Removed
from storydesk.options import Options


def clean_text(article: Article, options: Options) -> None:
    kept: list[str] = []
    for line in article.raw.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        reason = classify(stripped)
        if reason:
            article.removed.append(Removed(stripped, reason))
        else:
            kept.append(stripped)
    article.text = "\n".join(kept)


def classify(line: str) -> str | None:
    if "pic.twitter.com" in line or (line.startswith("— ") and "(@" in line):
        return "tweet embed"
    return None
