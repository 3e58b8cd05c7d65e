"""A sum and each outlet's own conversion of it (ECB+ 8ecbplus, the 2010 Greek bailout, as
AFP's and AP's clients wrote it): the conversions of one sum are one amount, and differ when
the outlets' rates do."""

from __future__ import annotations

from facts_builders import add_figure, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.options import Options
from storydesk.story import Fact, Story


def converted(
    article_id: str, text: str, euros: str, dollars: str, value: float, source: float = 110e9
) -> Article:
    art = article(article_id, text)
    start = text.index(euros)
    add_figure(art, euros, source, "euros", quantity="money:EUR", end=start + len(euros))
    start = text.index(dollars)
    add_figure(art, dollars, value, "dollars", quantity="money:USD", end=start + len(dollars))
    return art


def align(*articles: Article) -> list[Fact]:
    return facts.align(Story(id="s", title="t", articles=list(articles)), Options()).facts


def test_conversions_of_one_sum_at_different_rates_differ() -> None:
    found = align(
        converted("a", "The strike was the first test since agreeing a €110-billion "
                  "($143-billion) EU and IMF debt bailout at the weekend.", "110-billion",
                  "$143-billion", 143e9),
        converted("b", "The strike was the first test since agreeing a €110 billion ($158 "
                  "billion) EU and IMF debt bailout over the weekend.", "110 billion",
                  "$158 billion", 158e9),
    )  # fmt: skip
    by_quantity = {f.quantity: f.status for f in found}
    assert by_quantity == {"money:EUR": "agree", "money:USD": "conflict"}


def test_conversions_of_different_sums_stay_apart() -> None:
    """Germany's share and the savings asked of Greece: two sums, two conversions."""
    found = align(
        converted("a", "Merkel urged them to pass the share of the bailout, euro22.4 billion "
                  "($28 billion).", "22.4 billion", "$28 billion", 28e9, 22.4e9),
        converted("b", "The measures aim to save euro30 billion ($40 billion) over three "
                  "years.", "30 billion", "$40 billion", 40e9, 30e9),
    )  # fmt: skip
    assert "conflict" not in [f.status for f in found]
