"""Readings of two holders kept apart, readings of one still compared (issue 8, session 13).

Pairs written for this test, in the style of news wires, before the tuned data's errors
were read (the project's rule: measure generalisation, not fit). A reading (a share, a
sum of money, percentage points) whose holder is named as the doer of its verb ("Smith won
52 percent"), by a pronoun whose referent the article names ("He would need …"), or as
the pollster that found it ("A Pew poll found 41 percent") is that holder's: two holders'
readings are two things, never "Reports differ" (``annotate.measure_holder``). One holder,
or a holder unknown on one side, keeps the readings comparable: those pairs are real
conflicts, like the reviewers' pairs of ``test_facts_session12``.
"""

from __future__ import annotations

import pytest
from facts_builders import facts_of, story_of


def _stated(found: list) -> list[list[float]]:
    return [sorted(v.value for v in f.values) for f in found if f.status == "conflict"]


TWO_HOLDERS = [
    ("Smith won 52 percent of the vote in the Senate race, officials said.",
     "Jones won 45 percent of the vote in the Senate race, officials said."),
    ("Hillary Clinton raised $28 million in the third quarter, her campaign said.",
     "Bernie Sanders raised $26 million in the third quarter, his campaign said."),
    ("Ted Cruz would need to win 80 percent of the remaining delegates to clinch the nod.",
     "John Kasich would need to win 91 percent of the remaining delegates to clinch the nod."),
    ("A Gallup poll found 46 percent of Americans approve of the president's economic record.",
     "A Pew poll found 41 percent of Americans approve of the president's economic record."),
    ("Governor John Kasich campaigned in Ohio on Tuesday. He would need to win 110 percent of "
     "the remaining delegates to secure the nomination.",
     "Senator Bernie Sanders campaigned in Vermont on Tuesday. He would need to win 67 percent "
     "of the remaining delegates to secure the nomination."),
    ("Emmanuel Macron took 24 percent of the first-round vote on Sunday, the ministry said.",
     "Marine Le Pen took 21.3 percent of the first-round vote on Sunday, the ministry said."),
    ("Donald Trump leads with 35 percent in the latest poll of likely Republican voters.",
     "Ben Carson leads with 28 percent in the latest poll of likely Republican voters."),
    ("Michael Bloomberg spent $500 million on television advertising before Super Tuesday.",
     "Tom Steyer spent $200 million on television advertising before Super Tuesday."),
    ("Elizabeth Warren received 15 percent support among likely Democratic voters in the survey.",
     "Pete Buttigieg received 11 percent support among likely Democratic voters in the survey."),
    ("A Quinnipiac survey showed 48 percent of voters backing the ballot measure.",
     "A CNN poll showed 39 percent of voters backing the ballot measure."),
    ("Marco Rubio captured 23 percent of the vote in the Virginia primary.",
     "Ted Cruz captured 17 percent of the vote in the Virginia primary."),
    ("Barack Obama collected $45 million in donations in February, aides said.",
     "John McCain collected $11 million in donations in February, aides said."),
    ("Representative Nancy Pelosi spoke to donors in San Francisco. She had raised $2.4 million "
     "by the end of June, filings show.",
     "Speaker Paul Ryan spoke to donors in Wisconsin. He had raised $1.1 million by the end of "
     "June, filings show."),
    ("Gary Johnson polled 9 percent nationally in the survey released Monday.",
     "Jill Stein polled 3 percent nationally in the survey released Monday."),
    ("Bernie Sanders needs to win 65 percent of the remaining pledged delegates, analysts said.",
     "Hillary Clinton needs to win 35 percent of the remaining pledged delegates, analysts said."),
    ("Mitt Romney won 40 percent of evangelical voters in the primary, exit polls showed.",
     "Rick Santorum won 32 percent of evangelical voters in the primary, exit polls showed."),
    ("Angela Merkel's conservatives garnered 33 percent of the vote on Sunday, officials said.",
     "Martin Schulz garnered 20.5 percent of the vote on Sunday, officials said."),
    ("A Reuters/Ipsos poll found that 38 percent of respondents supported the tax plan.",
     "A Monmouth University poll found that 31 percent of respondents supported the tax plan."),
]  # fmt: skip
# A second batch, written after the first implementation and before it was run on them,
# closer to the genre: sentences naming the rival too, groups, foundations, pronouns.
TWO_HOLDERS += [
    ("Ted Cruz would need to win 80 percent of the remaining delegates to overtake Donald Trump.",
     "John Kasich would need to win 91 percent of the remaining delegates to overtake "
     "Donald Trump."),
    ("Bernie Sanders brought in $42 million in February, outraising Hillary Clinton, his "
     "campaign said.",
     "Hillary Clinton brought in $30 million in February, trailing Bernie Sanders, her "
     "campaign said."),
    ("In the Iowa caucuses, Cruz won 28 percent of the Republican vote.",
     "In the Iowa caucuses, Rubio won 23 percent of the Republican vote."),
    ("Sanders' campaign raised $5.2 million in the 24 hours after the debate.",
     "Clinton's campaign raised $3 million in the 24 hours after the debate."),
    ("Hillary Clinton spoke in Des Moines on Monday. She drew 49 percent of Democratic "
     "caucusgoers, "
     "according to the Des Moines Register poll.",
     "Martin O'Malley spoke in Des Moines on Monday. He drew 5 percent of Democratic caucusgoers, "
     "according to the Des Moines Register poll."),
    ("Jeb Bush has spent $80 million on ads in New Hampshire and Iowa, far more than Donald Trump.",
     "Chris Christie has spent $18 million on ads in New Hampshire and Iowa, far more "
     "than Donald Trump."),
    ("Republicans won 52 percent of the vote in the House races, exit polls showed.",
     "Democrats won 45 percent of the vote in the House races, exit polls showed."),
    ("Trump collected 35 percent of the vote in New Hampshire on Tuesday, beating Kasich.",
     "Kasich collected 16 percent of the vote in New Hampshire on Tuesday, behind Trump."),
    ("The Clinton Foundation raised $250 million last year, according to tax filings.",
     "The Trump Foundation raised $5 million last year, according to tax filings."),
    ("Cruz polled 22 percent among evangelical voters in South Carolina, a CNN survey found.",
     "Rubio polled 19 percent among evangelical voters in South Carolina, a CNN survey found."),
    ("Sen. Marco Rubio finished third in Iowa. He took 23 percent of the vote, according "
     "to the party.",
     "Sen. Ted Cruz won in Iowa. He took 28 percent of the vote, according to the party."),
    pytest.param(
        "Clinton leads Trump with 48 percent in the latest national poll.",
        "Trump leads Clinton with 44 percent in the latest national poll.",
        # a "with" phrase on a verb whose object is someone measures that object
        # ("charged the three men with 12 counts", ``measure_doer.measured_verb``): no holder
        marks=pytest.mark.xfail(strict=True, reason="a lead over someone: no holder read"),
    ),
]  # fmt: skip

ONE_HOLDER = [
    ("Smith won 52 percent of the vote in the Senate race, officials said.",
     "Smith won 56 percent of the vote in the Senate race, officials said."),
    ("Hillary Clinton raised $28 million in the third quarter, her campaign said.",
     "Hillary Clinton raised $31 million in the third quarter, aides said."),
    ("A Gallup poll found 46 percent of Americans approve of the president's economic record.",
     "A Gallup poll found 42 percent of Americans approve of the president's economic record."),
    ("Ted Cruz would need to win 80 percent of the remaining delegates to clinch the nod.",
     "Cruz would need to win 87 percent of the remaining delegates to clinch the nod."),
    ("Senator Bernie Sanders campaigned in Vermont on Tuesday. He raised $5 million in a single "
     "day after the debate.",
     "Bernie Sanders raised $7 million in a single day after the debate, his campaign said."),
    ("Michael Bloomberg spent $500 million on television advertising before Super Tuesday.",
     "Michael Bloomberg spent $600 million on television advertising before Super Tuesday."),
    ("The union demanded a 5 percent raise for its members in the new contract.",
     "The union sought a 7 percent raise for its members in the new contract."),
    ("Emmanuel Macron took 24 percent of the first-round vote on Sunday, the ministry said.",
     "Emmanuel Macron won 28 percent of the first-round vote on Sunday, the ministry said."),
    ("The governor's approval rating fell to 38 percent, a Marist poll found.",
     "The governor's approval rating fell to 44 percent, a Marist poll found."),
    ("Tesla raised $2 billion in a share sale on Thursday, the company said.",
     "Tesla raised $2.7 billion in a share sale on Thursday, the company said."),
    ("Donald Trump leads with 35 percent in the latest poll of likely Republican voters.",
     "Trump leads the field with 31 percent in the latest poll of likely Republican voters."),
    ("The charity collected $3 million for flood victims last month, organisers said.",
     "The charity collected $4.5 million for flood victims last month, organisers said."),
]  # fmt: skip


@pytest.mark.parametrize("first, second", TWO_HOLDERS)
def test_two_holders_readings_are_no_conflict(first: str, second: str) -> None:
    assert _stated(facts_of(first, second)) == []


@pytest.mark.parametrize("first, second", ONE_HOLDER)
def test_one_holders_readings_still_differ(first: str, second: str) -> None:
    assert len(_stated(facts_of(first, second))) == 1


def test_two_doers_of_two_acts_keep_one_sum() -> None:
    """A holder keeps readings apart only for one act: the regulator that fined and the bank
    that paid are two doers of one sum, a real conflict (written after the rule, to hold
    its ``doers.same_action`` condition)."""
    found = facts_of(
        "The SEC fined Goldman Sachs $550 million over the mortgage securities on Thursday.",
        "Goldman Sachs paid $500 million to settle the mortgage securities case with the SEC "
        "on Thursday.",
    )
    assert _stated(found) == [[500000000, 550000000]]


def test_a_pronoun_two_people_may_mean_holds_nothing() -> None:
    """ "He" after a sentence naming two men may be either: no holder, so the readings stay
    comparable as before (the speaker resolution alone gives the main clause's subject,
    Trump, whose holder would keep a real conflict of Cruz's apart from another report's)."""
    story = story_of(
        "Donald Trump attacked Ted Cruz on Tuesday. He would need to win 80 percent of the "
        "remaining delegates.",
        "Governor John Kasich campaigned in Ohio on Tuesday. He would need to win 91 percent "
        "of the remaining delegates.",
    )
    holders = [f.holder for article in story.articles for f in article.figures]
    assert holders == [None, "John Kasich"]


def test_subjects_coordinated_hold_together() -> None:
    """Two subjects coordinated ("Smith and Jones raised …") hold a reading together: the
    first named is no holder of its own (dev 18ecbplus: "the ATF and FBI are offering a
    $35,000 reward" / "The FBI and ATF offered a $35,000 reward" were kept apart as the
    ATF's and the FBI's). Sentences written for this test."""
    found = facts_of(
        "The state and the county offered a $10,000 reward for information on the arson.",
        "The county and the state offered a $15,000 reward for information on the arson.",
    )
    assert _stated(found) == [[10000, 15000]]
    found = facts_of(
        "Senator Ann Cole and Senator Ray Diaz raised $2 million for the flood relief fund.",
        "Senator Ray Diaz and Senator Ann Cole raised $3 million for the flood relief fund.",
    )
    assert _stated(found) == [[2000000, 3000000]]


REVIEWED_TWO_HOLDERS = [
    # Review (reviewer 1, 07:12): countries whose names share a word, names the model types
    # nothing
    ("South Korea grew 2.6 percent last year, the central bank said.",
     "North Korea grew 1.2 percent last year, the central bank said."),
    ("South Sudan pledged $40 million to the peace fund, officials said on Friday.",
     "Sudan pledged $25 million to the peace fund, officials said on Friday."),
    ("Mayor Ana Ruiz led with 44 percent in the early count on Sunday night.",
     "Councilman Peter Hall led with 39 percent in the early count on Sunday night."),
    ("Ana Ruiz finished with 52 percent in Sunday's mayoral election, officials said.",
     "Peter Hall finished with 45 percent in Sunday's mayoral election, officials said."),
]  # fmt: skip

REVIEWED_ONE_HOLDER = [
    # Review (reviewer 1, 07:12): one holder written two ways, kept apart by the first form
    # (holders compared as folded strings)
    ("The U.N. raised $20 million for the appeal by Friday, a spokesman said.",
     "The United Nations raised $25 million for the appeal by Friday, a spokesman said."),
    ("The U.S. grew 2.5 percent in the second quarter, the Commerce Department said.",
     "The United States grew 2.1 percent in the second quarter, the Commerce Department said."),
    ("The U.K. grew 0.4 percent in the first quarter, official figures showed.",
     "The United Kingdom grew 0.6 percent in the first quarter, official figures showed."),
    ("Sanders won 52 percent of the vote in the Vermont primary, officials said.",
     "Bernie Sanders won 56 percent of the vote in the Vermont primary, his wife Jane Sanders "
     "said."),
]  # fmt: skip


@pytest.mark.parametrize("first, second", REVIEWED_TWO_HOLDERS)
def test_reviewed_two_holders(first: str, second: str) -> None:
    assert _stated(facts_of(first, second)) == []


@pytest.mark.parametrize("first, second", REVIEWED_ONE_HOLDER)
def test_reviewed_one_holder(first: str, second: str) -> None:
    assert len(_stated(facts_of(first, second))) == 1
