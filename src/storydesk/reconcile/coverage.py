"""Reconcile coverage: what each article alone reports.

A fact is one article's alone when every value in it comes from that article and no other
article gives the same number of the same thing in another slot (fact alignment keeps
figures apart without evidence that they measure one thing, so "19 points" may stand alone
beside the slot of the "19-point plan"; it is still not news only this outlet has). A quote
is one article's alone when its group holds quotes of that article only (quote grouping
makes every quote a member of a group, singletons included, so this is well defined). A
near-verbatim copy counts with its original: what only they carry is the original's.
"""

from __future__ import annotations

from storydesk.link.syndication import originals
from storydesk.options import Options
from storydesk.story import Coverage, Fact, Story


def compute(story: Story, options: Options) -> Story:
    # A wire copy reports nothing of its own: what its original and its copies alone carry
    # is the original's (``link.syndication``; ECB+ 7: CBC's AP report on six other sites).
    source_of = originals(story)
    only_fact = _sole_article_of_facts(story, source_of)
    only_group = _sole_article_of_groups(story, source_of)
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


def _sole_article_of_facts(story: Story, source_of: dict[str, str]) -> dict[str, str]:
    """Fact id → the one source (an article, or the original of copies) giving all its
    values (facts several sources report are left out)."""
    reported: dict[tuple[str, float], set[str]] = {}
    for fact in story.facts:
        for value in fact.values:
            reported.setdefault((_counted(fact), value.value), set()).add(
                source_of.get(value.article, value.article))
    sole: dict[str, str] = {}
    for fact in story.facts:
        articles = {source_of.get(value.article, value.article) for value in fact.values}
        if len(articles) != 1:
            continue
        elsewhere = set().union(*(reported[(_counted(fact), v.value)] for v in fact.values))
        if elsewhere == articles:
            sole[fact.id] = articles.pop()
    return sole


def _counted(fact: Fact) -> str:
    """What the fact measures (its key's quantity; labels are views, never parsed)."""
    return fact.quantity or fact.slot


def _sole_article_of_groups(story: Story, source_of: dict[str, str]) -> dict[str, str]:
    quote_article = {q.id: source_of.get(a.id, a.id) for a in story.articles for q in a.quotes}
    sole: dict[str, str] = {}
    for group in story.quote_groups:
        articles = {quote_article[q] for q in group.quotes if q in quote_article}
        if len(articles) == 1:
            sole[group.id] = articles.pop()
    return sole
