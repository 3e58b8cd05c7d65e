"""Business reports: each company's prices, profits and shares are its own (``ties.
other_organisations``). The sentences are TimeBank's Wall Street Journal reports of October
and November 1989 that are in no fresh gold file; read together as one story, every conflict
stated across two companies was false."""

from __future__ import annotations

from facts_builders import facts_of, story_of

from storydesk.link.slots import contexts
from storydesk.link.subjects import one_organisation, spelling_index, topic_organisation
from storydesk.story import Fact


def _conflicts(found: list[Fact]) -> list[list[float]]:
    return [sorted(v.value for v in f.values) for f in found if f.status == "conflict"]


def test_two_companies_share_prices_are_no_conflict() -> None:
    """wsj_0189 (Ralston Purina) and wsj_0292 (Kimberly-Clark): both "closed at" a price in
    New York Stock Exchange composite trading, the only words they share."""
    found = facts_of(
        "Ralston shares closed yesterday at $80.50, off $1, in New York Stock Exchange "
        "composite trading.",
        "In New York Stock Exchange composite trading, Kimberly-Clark closed at $66.50 a "
        "share, up $1.50.",
    )
    assert _conflicts(found) == []


def test_a_figure_with_no_company_in_its_sentence_is_its_reports_company() -> None:
    """wsj_1039 names Amdahl, then gives "Net income fell 37%" with no name; wsj_0950's
    22% is GM Hughes Electronics' net income: two companies, no conflict."""
    found = facts_of(
        "Amdahl Corp., a maker of mainframe computers, reported a sharp decline in net income "
        "for its third quarter. Net income fell 37% to $32.9 million, or 30 cents a share, from "
        "$52.2 million, or 48 cents a share, in the year-ago period. Amdahl said it expects "
        "a better fourth quarter.",
        "General Motors Corp.'s big defense and automotive electronics unit, GM Hughes "
        "Electronics, said net income fell 22% in the third quarter, reflecting declining "
        "military spending and slumping GM vehicle production.",
    )
    assert [37.0, 22.0] not in [sorted(c, reverse=True) for c in _conflicts(found)]
    assert _conflicts(found) == []


def test_one_companys_differing_prices_still_conflict() -> None:
    """A short form is the company's full name ("Compaq" of "Compaq Computer Corp."), so two
    reports of one company's close still differ."""
    found = facts_of(
        "Compaq Computer Corp. said its net income rose in the third quarter. In New York "
        "Stock Exchange composite trading yesterday, Compaq shares closed at $108.625.",
        "Compaq Computer Corp. reported higher profit. Compaq's stock closed at $112.25 in "
        "New York Stock Exchange composite trading yesterday.",
    )
    assert [108.625, 112.25] in _conflicts(found)


def test_a_digest_of_several_companies_has_no_topic() -> None:
    """A roundup naming several companies about equally reports on none of them: its
    unnamed figures are not the first company's (wsj_1003 names Bethlehem, Armco, Inland
    and National Intergroup)."""
    story = story_of(
        "Bethlehem Steel Corp. posted a drop in profit. Armco Inc. said net income fell. "
        "Inland Steel Industries reported a loss. National Intergroup Inc. had a charge. "
        "Net income dropped 8% to $33 million."
    )
    index = spelling_index(story)
    assert topic_organisation(story.articles[0], index) is None


def test_who_gives_a_figure_is_not_whose_it_is() -> None:
    """"As The Washington Post reported, … he would then need to win 55 percent" (PolNeAR
    train, the work part): the Post gives the share, it is no organisation of it."""
    story = story_of(
        "As The Washington Post reported, even if Sanders managed to split delegates with "
        "Clinton in Tuesday's contests, he would then need to win 55 percent of the remaining "
        "delegates in order to tie the front-runner."
    )
    [share] = [c for c in contexts(story) if c.thing == "percent"]
    assert share.organisations == frozenset()


def test_two_companies_shares_outstanding_are_no_conflict() -> None:
    """wsj_0752 (AEP Industries) and wsj_1040 (Oneida): each report's "the company" has its
    own shares outstanding."""
    found = facts_of(
        "AEP INDUSTRIES Inc. directors authorized a 3-for-2 split of the common. After the "
        "split, the company will have more than 4.7 million shares outstanding.",
        "ONEIDA Ltd. declared a 10% stock dividend. The company has about 8.8 million shares "
        "outstanding.",
    )
    assert _conflicts(found) == []


def test_a_deals_two_companies_in_either_order_still_conflict() -> None:
    """Review (constructed sentences): both companies of a deal are named before its value,
    in either order; the two reports' values are rivals of one deal."""
    found = facts_of(
        "Microsoft Corp. agreed to buy LinkedIn Corp. for $26.2 billion in cash, the companies "
        "said Monday.",
        "LinkedIn Corp. agreed to be acquired by Microsoft Corp. for $25 billion in cash, the "
        "companies said Monday.",
        published=None,
    )
    assert [25e9, 26.2e9] in _conflicts(found)
    found = facts_of(
        "Dow Chemical Co. agreed to merge with DuPont Co. in a deal valued at $130 billion.",
        "DuPont Co. and Dow Chemical Co. agreed to merge in a deal valued at $120 billion.",
        published=None,
    )
    assert [120e9, 130e9] in _conflicts(found)


def test_one_company_written_two_ways_still_conflicts() -> None:
    """Review (constructed): a short name inside the long one is the same company, whose two
    closes differ. (Initials, "GM" of "General Motors", are one organisation too, but the
    closes are not tied: the story's entities keep the two names apart and the sentences'
    actors differ, ``evidence.strong``.)"""
    pairs = [
        (
            "Walt Disney Co. said it would buy Lucasfilm. In New York Stock Exchange composite "
            "trading, Walt Disney Co. shares closed at $50.25, up 2%.",
            "Disney said it would buy Lucasfilm. Disney shares closed at $51.50 in New York "
            "Stock Exchange composite trading, up 2%.",
            [50.25, 51.5],
        ),
        (
            "Royal Dutch Shell said profit rose. Royal Dutch Shell shares closed at $60.25 in "
            "New York Stock Exchange composite trading.",
            "Shell said profit rose. Shell shares closed at $61.75 in New York Stock Exchange "
            "composite trading.",
            [60.25, 61.75],
        ),
    ]
    for first, second, values in pairs:
        assert values in _conflicts(facts_of(first, second, published=None)), values


def test_initials_are_the_organisation_they_abbreviate() -> None:
    assert one_organisation("gm", "general motor")
    assert one_organisation("disney", "walt disney")
    assert not one_organisation("compaq", "du pont")


def test_an_organisation_both_name_ties_no_two_companies() -> None:
    """Review (reviewer 2): a regulator or an analyst firm both sentences name is not the
    companies' own."""
    pairs = [
        ("The Securities and Exchange Commission fined Goldman Sachs Group Inc. $550 million "
         "over the mortgage securities.",
         "The Securities and Exchange Commission fined Citigroup Inc. $285 million over the "
         "mortgage securities."),
        ("Analysts at Morgan Stanley expect Compaq Computer Corp.'s net income to rise 12% in "
         "the quarter.",
         "Analysts at Morgan Stanley expect Dell Inc.'s net income to rise 20% in the quarter."),
    ]  # fmt: skip
    for first, second in pairs:
        assert _conflicts(facts_of(first, second, published=None)) == [], second


def test_the_exchange_a_price_is_traded_on_is_no_owner() -> None:
    """Review (reviewer 2): "In New York Stock Exchange composite trading" opens every price
    line of the Journal; it ties no two companies' closes."""
    pairs = [
        ("In New York Stock Exchange composite trading, Ralston Purina Co. shares closed at "
         "$80.50, off $1.",
         "In New York Stock Exchange composite trading, Kimberly-Clark Corp. shares closed at "
         "$66.50, up $1.50."),
        ("Ralston Purina Co. shares closed on the New York Stock Exchange at $80.50.",
         "Kimberly-Clark Corp. shares closed on the New York Stock Exchange at $78.50."),
    ]  # fmt: skip
    for first, second in pairs:
        assert _conflicts(facts_of(first, second, published=None)) == [], second


def test_a_name_after_in_or_on_is_where_not_whose() -> None:
    story = story_of(
        "In New York Stock Exchange composite trading, Ralston Purina Co. shares closed at "
        "$80.50, off $1."
    )
    [price] = [c for c in contexts(story) if c.figure.text == "$80.50"]
    assert len(price.organisations) == 1
    assert "ralston" in next(iter(price.organisations))
