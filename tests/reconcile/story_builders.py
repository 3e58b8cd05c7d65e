"""Small hand-built articles for the reconcile tests."""

from __future__ import annotations

from storydesk.article import Article, DateMention


def article(
    article_id: str,
    outlet: str,
    sentences: list[str],
    published: str = "2025-11-25",
    dates: list[DateMention] | None = None,
) -> Article:
    text = "\n".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        outlet=outlet,
        published=published,
        text=text,
        sentences=list(sentences),
        sentence_spans=spans,
        dates=dates or [],
    )
