"""Reconcile coverage: what each article alone reports.

A fact is one article's alone when every value in it comes from that article; a quote is
when its group holds quotes of that article only (quote grouping makes every quote a member
of a group, singletons included, so this is well defined).
"""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Coverage, Story


def compute(story: Story, options: Options) -> Story:
    only_fact = _sole_article_of_facts(story)
    only_group = _sole_article_of_groups(story)
    story.coverage = [
        Coverage(
            article=article.id,
            facts=[fact_id for fact_id, owner in only_fact.items() if owner == article.id],
            quotes=[
                quote.id
                for quote in article.quotes
                if quote.group is None or only_group.get(quote.group) == article.id
            ],
        )
        for article in story.articles
    ]
    return story


def _sole_article_of_facts(story: Story) -> dict[str, str]:
    """Fact id → the one article giving all its values (facts several report are left out)."""
    sole: dict[str, str] = {}
    for fact in story.facts:
        articles = {value.article for value in fact.values}
        if len(articles) == 1:
            sole[fact.id] = articles.pop()
    return sole


def _sole_article_of_groups(story: Story) -> dict[str, str]:
    quote_article = {q.id: a.id for a in story.articles for q in a.quotes}
    sole: dict[str, str] = {}
    for group in story.quote_groups:
        articles = {quote_article[q] for q in group.quotes if q in quote_article}
        if len(articles) == 1:
            sole[group.id] = articles.pop()
    return sole
