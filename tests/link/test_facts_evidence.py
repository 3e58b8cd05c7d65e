"""Fact slots need positive evidence: cases from real corpora where figures were wrongly joined.

Each story is a small rewrite of what MEANTIME and ECB+ topics gave: three companies' dealer
counts, money of very different sizes, readings of different days, and a figure quoted about
another plan. A false conflict becomes "Reports differ on …" in the brief, so these must
stay single facts, while a real disagreement with shared words still conflicts.
"""

from __future__ import annotations

from facts_builders import add_date, add_entity, add_figure, add_quoted_figure, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.link.owners import owner_of
from storydesk.options import Options
from storydesk.story import Fact, Story


def align(*articles: Article) -> list[Fact]:
    story = Story(id="s", title="t", articles=list(articles))
    return facts.align(story, Options()).facts


def statuses(found: list[Fact]) -> list[str]:
    return sorted(f.status for f in found)


def counted(
    article_id: str,
    text: str,
    number: str,
    value: float,
    counts: str,
    published: str = "2025-01-01",
    orgs: tuple[str, ...] = (),
) -> Article:
    art = article(article_id, text, published)
    add_figure(art, number, value, counts)
    for name in orgs:
        add_entity(art, name)
    return art  # fmt: skip


def test_dealers_of_three_companies_are_three_facts() -> None:
    found = align(
        counted("a", "Chrysler wants to eliminate 789 of its 3,200 dealers.", "3,200", 3200,
                "dealers", orgs=("Chrysler",)),
        counted("b", "At the moment, GM has 6,246 dealers in the U.S.", "6,246", 6246, "dealers",
                orgs=("GM",)),
        counted("c", "Saturn has 350 dealers across the United States.", "350", 350, "dealers",
                orgs=("Saturn",)),
    )  # fmt: skip
    assert statuses(found) == ["single", "single", "single"]


def test_one_owner_with_shared_words_still_conflicts() -> None:
    found = align(
        counted("a", "GM has 6,246 dealers nationwide.", "6,246", 6246, "dealers", orgs=("GM",)),
        counted("b", "GM has 6,100 dealers nationwide.", "6,100", 6100, "dealers", orgs=("GM",)),
    )
    assert statuses(found) == ["conflict"]


def test_money_of_very_different_size_is_not_a_conflict() -> None:
    found = align(
        counted("a", "GM's package includes a $25,000 new vehicle voucher.", "25,000", 25_000,
                "dollars"),
        counted("b", "The company had cut its costs to $118.3 billion last year.", "118.3",
                118.3e9, "dollars"),
    )  # fmt: skip
    assert statuses(found) == ["single", "single"]


def test_unrelated_sentences_with_the_same_unit_stay_apart() -> None:
    found = align(
        counted("a", "Deputies found him hiding in a bathtub three hours later.", "three", 3,
                "hours"),
        counted("b", "This was the scene outside the station 24 hours after his death.", "24", 24,
                "hours"),
    )  # fmt: skip
    assert statuses(found) == ["single", "single"]


def test_shared_words_around_the_numbers_make_a_real_conflict() -> None:
    found_articles = (
        counted("a", "Page had been hospitalized for the past three weeks for pneumonia.",
                "three", 3, "weeks"),
        counted("b", "She had been hospitalized in Los Angeles for four weeks due to pneumonia.",
                "four", 4, "weeks"),
    )  # fmt: skip
    found = align(*found_articles)
    assert statuses(found) == ["single", "single"]  # a duration needs its frame (below)
    for art in found_articles:
        art.figures[0].frame = ["hospitalize", "hospitalise"]  # as annotate.frames reads them
    assert statuses(align(*found_articles)) == ["conflict"]


def test_durations_of_different_predicates_are_never_rivals() -> None:
    """The words of the test above, but the frames (``annotate.frames``) say one number
    measures a hospital stay and the other a flight: two things, not a conflict (ECB+ 4)."""
    a = counted("a", "Page had been hospitalized for the past three weeks for pneumonia.",
                "three", 3, "weeks")  # fmt: skip
    b = counted("b", "She had been hospitalized in Los Angeles for four weeks due to pneumonia.",
                "four", 4, "weeks")  # fmt: skip
    a.figures[0].frame = ["hospitalize", "hospitalise"]
    b.figures[0].frame = ["fly", "aviate"]
    assert statuses(align(a, b)) == ["single", "single"]
    b.figures[0].frame = ["hospitalize", "hospitalise"]
    assert statuses(align(a, b)) == ["conflict"]


def test_readings_reported_days_apart_are_not_rivals() -> None:
    text_a, text_b = "The index fell 2.4 percent in early trading.", "The index fell 3.1 percent."
    same_day = align(
        counted("a", text_a, "2.4", 2.4, "percent"), counted("b", text_b, "3.1", 3.1, "percent")
    )
    assert statuses(same_day) == ["conflict"]
    days_apart = align(
        counted("a", text_a, "2.4", 2.4, "percent"),
        counted("b", text_b, "3.1", 3.1, "percent", published="2025-01-06"),
    )
    assert statuses(days_apart) == ["single", "single"]


def test_sentences_about_other_organisations_do_not_conflict() -> None:
    found = align(
        counted("a", "The FTSE index fell 2.4 percent.", "2.4", 2.4, "percent", orgs=("FTSE",)),
        counted("b", "The Nikkei index fell 3.1 percent.", "3.1", 3.1, "percent", orgs=("Nikkei",)),
    )
    assert statuses(found) == ["single", "single"]


def test_differently_dated_sentences_do_not_conflict() -> None:
    a = counted("a", "On March 3 the index fell 2.4 percent.", "2.4", 2.4, "percent")
    add_date(a, "March 3", "2025-03-03")
    b = counted("b", "On March 4 the index fell 3.1 percent.", "3.1", 3.1, "percent")
    add_date(b, "March 4", "2025-03-04")
    assert statuses(align(a, b)) == ["single", "single"]


def test_a_quoted_plan_about_something_else_does_not_join_reporting() -> None:
    """'We put together Trump's 20-point plan' (Gaza) vs the revised plan 'roughly 20 points'."""
    a = article("a", "“We put together Trump's 20-point plan,” the envoy said on a call.")
    add_quoted_figure(a, "We put together Trump's 20-point plan,", "20", 20, "point")
    b = article("b", "The original proposal has been pared down to roughly 20 points.")
    add_figure(b, "20", 20, "points", "roughly")
    assert statuses(align(a, b)) == ["single", "single"]


def test_named_plans_with_equal_counts_agree_without_shared_words() -> None:
    a = article("a", "The initial 28-point plan made concessions.")
    add_figure(a, "28", 28, "point", version="original", document="plan")
    b = article("b", "Critics attacked the leaked 28-point proposal.")
    add_figure(b, "28", 28, "point", version="original", document="proposal")
    assert statuses(align(a, b)) == ["agree"]


def owner(text: str, number: str, orgs: tuple[str, ...] = ()) -> str | None:
    art = counted("a", text, number, 1, "things", orgs=orgs)
    return owner_of(art, art.figures[0], art.sentence_spans[0], {})


def test_owner_from_possessive_pronoun_and_having() -> None:
    assert owner("Saturn's 350 dealers closed.", "350") == "saturn"
    assert owner("President Trump's 20-point plan.", "20") == "trump"
    assert owner("Chrysler LLC said it would cut 789 of its 3,200 dealers.", "3,200",
                 orgs=("Chrysler LLC",)) == "chrysler llc"  # fmt: skip
    assert owner("At the moment, GM has about 6,246 dealers.", "6,246", orgs=("GM",)) == "gm"
    assert (
        owner(
            "Senior officials told the Financial Times that Kiev had agreed to cap its army "
            "at 800,000.",
            "800,000",
            orgs=("Financial Times", "Kiev"),
        )
        == "kiev"
    )
    assert (
        owner(
            "Officials told the Financial Times its staff of 800 would stay.",
            "800",
            orgs=("Financial Times",),
        )
        is None
    )  # no subject named: no guess
    assert owner("It's 20 miles away.", "20") is None
    assert owner("The plan has 19 points.", "19") is None


def test_words_of_the_next_clause_do_not_describe_the_number() -> None:
    """ECB+: the coach's 11 seasons as a player and his seven as an assistant coach."""
    found = align(
        counted("a", "He played for the club for 11 seasons and served as an assistant coach.",
                "11", 11, "seasons"),
        counted("b", "He enjoyed success as a player, followed by seven seasons as an assistant "
                "coach.", "seven", 7, "seasons"),
    )  # fmt: skip
    assert statuses(found) == ["single", "single"]


def test_values_far_apart_need_more_than_two_shared_words() -> None:
    """ECB+: 68 punches thrown in one round, 369 in the whole fight."""
    found = align(
        counted("a", "He landed 28 of his 68 punches thrown in anger during the round.", "68", 68,
                "punches"),
        counted("b", "The final numbers showed 178 of 369 punches thrown in anger.", "369",
                369, "punches"),
    )  # fmt: skip
    assert statuses(found) == ["single", "single"]


def test_equal_counts_after_the_same_word_agree() -> None:
    found = align(
        counted("a", "The premier said the group of thirty countries must prepare guarantees.",
                "thirty", 30, "countries"),
        counted("b", "She addressed a group of 30 countries supporting the plan.", "30", 30,
                "countries"),
    )  # fmt: skip
    assert statuses(found) == ["agree"]


def test_a_list_before_and_still_frames_the_last_item() -> None:
    """ECB+: the same arms cache, 'two other rifles' in one report, 'three' in another."""
    found = align(
        counted("a", "Commandos seized assault rifles, two other rifles, a grenade launcher and "
                "ammunition.", "two", 2, "rifles"),
        counted("b", "The cache included a rocket propelled grenade launcher, grenades and three "
                "other rifles.", "three", 3, "rifles"),
    )  # fmt: skip
    assert statuses(found) == ["conflict"]


def test_after_is_no_word_that_ties_two_deliberations() -> None:
    """ECB+ 3: the verdict's deliberation (12 hours) and the penalty's (30 hours); "after"
    and the deliberation itself are all the two sentences share."""
    found = []
    for article_id, text, number, value in (
        ("a", "The jury convicted Nichols on Nov. 7 after 12 hours of deliberation.", "12", 12),
        ("b", "The jury was unable to come to a decision after 30 hours of deliberation.", "30",
         30),
    ):  # fmt: skip
        art = article(article_id, text)
        add_figure(art, number, value, "hours", quantity="duration", subject="deliberation",
                   frame=["deliberation", "deliberate"], base=value / 24)  # fmt: skip
        found.append(art)
    assert statuses(align(*found)) == ["single", "single"]
