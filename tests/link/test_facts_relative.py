"""Values that add to another count or measure a gap to it are never rivals of a total:
ECB+ 4 (Bettie Page's marriages) and ECB+ 5 (the 76ers' standing), as their outlets wrote
them."""

from __future__ import annotations

from facts_builders import add_figure, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.options import Options
from storydesk.story import Fact, Story


def counted(article_id: str, text: str, number: str, value: float, counts: str) -> Article:
    """A count, of whom the sentence names (what ``annotate.measure`` reads)."""
    art = article(article_id, text)
    start = text.index(number)
    names = [name for name in ("Bettie Page", "Sixers") if name in text]
    add_figure(art, number, value, counts, end=start + len(number) + 1 + len(counts),
               subject=names[0] if names else None)  # fmt: skip
    return art


def align(*articles: Article) -> list[Fact]:
    return facts.align(Story(id="s", title="t", articles=list(articles)), Options()).facts


def test_an_increment_is_never_a_rival_of_a_total() -> None:
    found = align(
        counted("a", "Bettie Page was married three times but had no children.", "three", 3,
                "times"),
        counted("b", "Bettie Page married two more times yet both unions failed.", "two", 2,
                "times"),
    )  # fmt: skip
    assert "conflict" not in [f.status for f in found]


def test_a_gap_in_the_standings_is_not_a_count_of_games() -> None:
    found = align(
        counted("a", "Friday night's loss in Cleveland, the Sixers' eighth in 10 games, was the "
                "last straw.", "10", 10, "games"),
        counted("b", "The Sixers are still just two games in the loss column behind the eighth "
                "seed in the East.", "two", 2, "games"),
    )  # fmt: skip
    assert "conflict" not in [f.status for f in found]


def test_two_totals_told_alike_still_conflict() -> None:
    """The same sentences without "more" or "behind": one count, two values."""
    found = align(
        counted("a", "Bettie Page was married three times but had no children.", "three", 3,
                "times"),
        counted("b", "Bettie Page was married two times but had no children.", "two", 2,
                "times"),
    )  # fmt: skip
    assert [f.status for f in found] == ["conflict"]


def test_an_upper_bound_is_no_increment() -> None:
    """The "more" of "no more than 600,000" is the bound's own (the example's troop cap)."""
    art = article("a", "Ukraine's army would be capped at no more than 600,000 troops.")
    add_figure(art, "600,000", 600000, "troops", qualifier="no more than", quantity="troops",
               subject="Ukraine")  # fmt: skip
    art.figures[0].start = art.text.index("no more than")
    other = counted("b", "Ukraine's army would be capped at 600,000 troops.", "600,000", 600000,
                    "troops")
    other.figures[0].quantity, other.figures[0].subject = "troops", "Ukraine"
    assert [f.status for f in align(art, other)] == ["agree"]
