"""Counting sources in one place: outlets, independent sources, and how pages name them."""

from __future__ import annotations

from storydesk.article import Article, Publication
from storydesk.reconcile.sources import Sources, outlet_names
from storydesk.story import CopyGroup, Story


def _story(outlets: list[str | None], copies: list[CopyGroup] | None = None) -> Story:
    articles = [Article(id=f"a{i}", source=f"{i}.txt", outlet=o) for i, o in enumerate(outlets)]
    return Story(id="s", title="t", articles=articles, copies=copies or [])


def test_unknown_outlets_are_numbered_in_article_order() -> None:
    story = _story(["CBC", None, "Daily Mail", None])
    assert list(outlet_names(story.articles).values()) == [
        "CBC", "Unknown outlet 1", "Daily Mail", "Unknown outlet 2"]


def test_counts_of_independent_sources() -> None:
    story = _story(["CBC", "Daily Mail", "AP", "BBC"])
    sources = Sources(story)
    assert sources.of(["a0", "a1", "a2"]).label == "3 of 4 outlets"
    assert sources.of(["a3"]).label == "1 of 4 outlets"


def test_a_copy_counts_with_its_original_and_an_outlet_once() -> None:
    # ECB+ topic 1 has a CBC and a Daily Mail copy of one AP report (link/syndication tests)
    story = _story(["AP", "CBC", "Daily Mail", "BBC", "BBC"],
                   [CopyGroup("a0", ["a1", "a2"], [0.9, 0.8])])
    sources = Sources(story)
    assert sources.total == 2  # AP (with its copies) and the BBC (two updates)
    reach = sources.of(["a0", "a1", "a2", "a3", "a4"])
    assert (reach.outlets, reach.independent) == (4, 2)
    # The copies are named as copies, not only counted: which outlets carry whose report.
    assert reach.label == "2 of 2 sources, 4 outlets: AP, also in CBC and Daily Mail"
    assert reach.copied == (("AP", ("AP", "CBC", "Daily Mail")),)
    # Copies cited without their original say whose report they carry.
    assert sources.of(["a1", "a2"]).label == (
        "1 of 2 sources, 2 outlets: CBC and Daily Mail, copies of AP’s report")
    assert sources.of(["a3", "a4"]).label == "1 of 2 outlets"  # two updates of one outlet


def test_an_outlet_that_published_the_very_text_counts_as_an_outlet_of_that_source() -> None:
    # ECB+ 7: AP's own page (bigstory.ap.org) and vancouverdesi.com carry one clean text, so
    # the desk keeps one article and ap.org as a place it was published.
    story = _story(["vancouverdesi.com", "BBC"])
    story.articles[0].republished = [Publication("7_9.txt", "ap.org"),
                                     Publication("7_9b.txt", "AP.org")]
    sources = Sources(story)
    assert sources.total == 2
    reach = sources.of(["a0", "a1"])
    assert (reach.outlets, reach.independent) == (3, 2)
    assert reach.label == "2 of 2 sources, 3 outlets: vancouverdesi.com, also in ap.org"


def test_a_long_list_of_copies_is_cut_with_a_count() -> None:
    outlets = ["AP", *(f"site{i}.com" for i in range(7))]
    story = _story(outlets, [CopyGroup("a0", [f"a{i}" for i in range(1, 8)], [0.9] * 7)])
    label = Sources(story).of(f"a{i}" for i in range(8)).label
    assert label == ("1 of 1 source, 8 outlets: AP, also in site0.com, site1.com, site2.com, "
                     "site3.com and 3 more")


def test_outlets_named_by_source_with_copies_named_as_copies() -> None:
    story = _story(["AP", "CBC", "BBC", "BBC", "Daily Mail"],
                   [CopyGroup("a0", ["a1", "a4"], [0.9, 0.8])])
    sources = Sources(story)
    assert sources.named(["a2", "a3"]) == "BBC"
    assert sources.named(["a0", "a1", "a2"]) == "AP, also in CBC; BBC"
    assert sources.named(["a1", "a4"]) == "CBC and Daily Mail, copies of AP’s report"


def test_a_disagreement_names_copies_as_copies() -> None:
    """ "Reports differ" counts a wire report and its copies once: the copies are named as
    copies of it, not as more outlets giving the value."""
    from storydesk.reconcile.brief import disagreement
    from storydesk.story import Fact, FactValue

    story = _story(["AP", "CBC", "BBC"], [CopyGroup("a0", ["a1"], [0.95])])
    values = [FactValue(6, None, "a0", 0, "6 killed"), FactValue(6, None, "a1", 0, "6 killed"),
              FactValue(7, None, "a2", 0, "7 killed")]
    fact = Fact("f1", "people killed", "conflict", 6, (6, 7), values)
    assert disagreement(fact, story).text == (
        "Reports differ on the number of people killed: 6 (AP, also in CBC); 7 (BBC).")
