"""Coverage: the facts and quotes only one outlet reports."""

from __future__ import annotations

from typing import Any

from storydesk.article import Article, Quote
from storydesk.options import Options
from storydesk.reconcile import coverage
from storydesk.story import Fact, FactValue, QuoteGroup, Story


def quote(article: str, number: int, group: str | None) -> Quote:
    return Quote(f"{article}:q{number}", "words", None, None, 0, group=group)


def value(article: str, number: float) -> FactValue:
    return FactValue(number, None, article, 0, str(number))


def story() -> Story:
    a = Article(id="a", source="a.txt", quotes=[quote("a", 0, "g1"), quote("a", 1, "g2")])
    b = Article(id="b", source="b.txt", quotes=[quote("b", 0, "g1"), quote("b", 1, "g3")])
    c = Article(id="c", source="c.txt")
    return Story(
        id="s",
        title="t",
        articles=[a, b, c],
        quote_groups=[
            QuoteGroup("g1", None, ["a:q0", "b:q0"]),
            QuoteGroup("g2", None, ["a:q1"]),
            QuoteGroup("g3", None, ["b:q1"]),
        ],
        facts=[
            Fact("f1", "people killed", "conflict", 6, (6, 7), [value("a", 6), value("b", 7)]),
            Fact("f2", "points", "single", 28, (28, 28), [value("a", 28), value("a", 28)]),
            Fact("f3", "countries", "single", 30, (30, 30), [value("b", 30)]),
        ],
    )


def test_each_article_lists_what_only_it_reports() -> None:
    result = coverage.compute(story(), Options()).coverage
    assert [(c.article, c.facts, c.quotes) for c in result] == [
        ("a", ["f2"], ["a:q1"]),
        ("b", ["f3"], ["b:q1"]),
        ("c", [], []),
    ]


def test_a_number_another_article_gives_in_another_slot_is_not_exclusive() -> None:
    """'19 points' kept apart from the '19-point plan' slot is still not news only it has."""
    result = story()
    result.facts += [
        Fact("f4", "points in the revised plan", "agree", 19, (19, 19),
             [value("a", 19), value("b", 19)], quantity="count:point"),
        Fact("f5", "points", "single", 19, (19, 19), [value("c", 19)],
             quantity="count:point"),
        Fact("f6", "countries", "single", 19, (19, 19), [value("c", 19)],
             quantity="count:state"),
    ]  # fmt: skip
    by_article = {c.article: c.facts for c in coverage.compute(result, Options()).coverage}
    assert by_article["c"] == ["f6"]


def test_example_coverage_is_consistent_with_groups_and_facts(example_analysis: Any) -> None:
    example = example_analysis.stories[0]
    by_article = {c.article: c for c in example.coverage}
    assert set(by_article) == {a.id for a in example.articles}
    groups = {g.id: g for g in example.quote_groups}
    owner = {q.id: a.id for a in example.articles for q in a.quotes}
    for entry in example.coverage:
        for quote_id in entry.quotes:
            group = groups[
                next(q.group for a in example.articles for q in a.quotes if q.id == quote_id)
            ]
            assert {owner[q] for q in group.quotes} == {entry.article}
    shared = [g for g in example.quote_groups if len({owner[q] for q in g.quotes}) > 1]
    assert shared, "the example has quotes carried by several outlets"
    listed = {q for c in example.coverage for q in c.quotes}
    assert not listed & {q for g in shared for q in g.quotes}
