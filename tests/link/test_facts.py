"""Fact slots on small synthetic stories: each status, and the things that must stay apart."""

from __future__ import annotations

from facts_builders import add_figure, add_place, article

from storydesk.article import Article
from storydesk.link import facts
from storydesk.options import Options
from storydesk.story import Fact, Story


def align(*articles: Article) -> list[Fact]:
    story = Story(id="s", title="t", articles=list(articles))
    return facts.align(story, Options()).facts


def by_values(found: list[Fact]) -> dict[tuple[float, ...], Fact]:
    return {tuple(sorted({v.value for v in f.values})): f for f in found}


def killed(
    article_id: str,
    text: str,
    number: str,
    value: float,
    qualifier: str | None = None,
    places: tuple[str, ...] = (),
    published: str = "2025-01-01",
) -> Article:
    """An article reporting a death toll."""
    art = article(article_id, text, published)
    add_figure(art, number, value, "people killed", qualifier, places=list(places))
    for place in places:
        add_place(art, place)
    return art


def test_different_counts_from_outlets_on_one_day_conflict() -> None:
    found = align(
        killed("a", "At least 6 people were killed in Kyiv overnight.", "6", 6, places=("Kyiv",)),
        killed("b", "Seven people were killed in Kyiv overnight.", "Seven", 7, places=("Kyiv",)),
        killed("c", "The strike on Kyiv killed 7 people.", "7", 7, places=("Kyiv",)),
    )
    assert len(found) == 1
    fact = found[0]
    assert fact.status == "conflict"
    assert fact.conservative == 6 and fact.range == (6, 7)
    assert sorted((v.article, v.value) for v in fact.values) == [("a", 6), ("b", 7), ("c", 7)]
    assert fact.id.startswith("f") and "killed" in fact.slot


def test_same_value_in_several_outlets_agrees() -> None:
    found = align(
        killed("a", "Five people were killed in Lviv.", "Five", 5),
        killed("b", "The attack killed 5 people.", "5", 5),
    )
    assert [f.status for f in found] == ["agree"]
    assert {v.article for v in found[0].values} == {"a", "b"}


def test_one_article_alone_is_single_even_with_repeats() -> None:
    art = article("a", "Nine people were killed. Officials confirmed 9 people killed.")
    add_figure(art, "Nine", 9, "people killed")
    add_figure(art, "9", 9, "people killed")
    assert [f.status for f in align(art)] == ["single"]


def test_lower_bound_raised_by_a_later_report_is_an_update() -> None:
    found = align(
        killed("a", "At least 6 people were killed.", "6", 6, qualifier="at least",
               published="2025-01-01"),
        killed("b", "Ten people were killed, officials said.", "Ten", 10, published="2025-01-02"),
    )  # fmt: skip
    assert [f.status for f in found] == ["update"]
    assert found[0].conservative == 6


def test_same_day_lower_bound_is_still_a_conflict() -> None:
    found = align(
        killed("a", "At least 6 people were killed.", "6", 6, qualifier="at least"),
        killed("b", "Ten people were killed, officials said.", "Ten", 10),
    )
    assert [f.status for f in found] == ["conflict"]


def test_a_close_lower_bound_the_exact_value_meets_is_approximate() -> None:
    """ECB+ 3: "more than 50 charges" and "54 charges" (the gold's convention: values that
    differ only within a stated qualifier are approximate)."""
    found = align(
        killed("a", "At least 50 people were killed.", "50", 50, qualifier="at least"),
        killed("b", "Fifty-four people were killed, officials said.", "Fifty-four", 54),
    )
    assert [f.status for f in found] == ["approximate"]


def test_exact_lower_value_published_later_is_not_an_update() -> None:
    found = align(
        killed("a", "Ten people were killed.", "Ten", 10, published="2025-01-01"),
        killed("b", "Six people were killed.", "Six", 6, published="2025-01-02"),
    )
    assert [f.status for f in found] == ["conflict"]


def test_one_article_giving_two_values_makes_two_things_not_a_conflict() -> None:
    """The 28-point plan and Gaza's 20-point plan: one article names both, so they differ."""
    a = article("a", "The original 28-point plan was dropped. Trump's 20-point plan for Gaza held.")
    add_figure(a, "28", 28, "point", document="plan")
    add_figure(a, "20", 20, "point", document="plan")
    b = article("b", "Critics attacked the 28-point plan.")
    add_figure(b, "28", 28, "point", document="plan")
    c = article("c", "A 20-point plan ended the Gaza war.")
    add_figure(c, "20", 20, "point", document="plan")
    found = by_values(align(a, b, c))
    assert set(found) == {(20.0,), (28.0,)}
    assert found[(28.0,)].status == "agree" and found[(20.0,)].status == "agree"


def test_original_and_revised_versions_are_separate_slots() -> None:
    a = article("a", "The original 28-point plan was replaced.")
    add_figure(a, "28", 28, "points", version="original", document="plan")
    b = article("b", "A revised 19-point plan emerged.")
    add_figure(b, "19", 19, "points", version="revised", document="plan")
    found = by_values(align(a, b))
    assert set(found) == {(19.0,), (28.0,)}
    assert {f.status for f in found.values()} == {"single"}
    assert found[(28.0,)].slot == "points in the original plan"
    assert found[(19.0,)].slot == "points in the revised plan"
    assert found[(19.0,)].version == "revised"


def test_one_provision_in_two_versions_changed() -> None:
    """The troop cap: 600,000 in the original draft, 800,000 in the revised plan."""
    a = article("a", "Earlier drafts had limited the army to 600,000.")
    add_figure(a, "600,000", 600_000, "", quantity="troops", version="original",
               document="draft")  # fmt: skip
    b = article("b", "The updated proposal raises the troop cap to 800,000 soldiers.")
    add_figure(b, "800,000", 800_000, "soldiers", quantity="troops", version="revised",
               document="proposal")  # fmt: skip
    c = article("c", "Kiev agreed to a ceiling of 800,000 soldiers.")
    add_figure(c, "800,000", 800_000, "soldiers", quantity="troops")
    [fact] = align(a, b, c)
    assert fact.status == "changed"
    assert [v.version for v in fact.values] == ["original", "revised", "revised"]


def test_a_denied_figure_makes_the_fact_disputed() -> None:
    a = article("a", "The revised 19-point plan emerged.")
    add_figure(a, "19", 19, "points", version="revised", document="plan")
    b = article("b", "It is inaccurate to report that it now stands at 19 points.")
    add_figure(b, "19", 19, "points", version="revised", stance="denied")
    [fact] = align(a, b)
    assert fact.status == "disputed"
    assert {v.stance for v in fact.values} == {"asserted", "denied"}


def test_background_figures_are_never_compared_with_the_story() -> None:
    a = article("a", "In 2022 Russia proposed capping the army at 100,000.")
    add_figure(a, "100,000", 100_000, "", quantity="troops", stance="background")
    b = article("b", "The plan caps the army at 600,000.")
    add_figure(b, "600,000", 600_000, "", quantity="troops")
    found = align(a, b)
    assert sorted((f.background, f.status) for f in found) == [(False, "single"),
                                                                (True, "single")]  # fmt: skip


def test_events_in_different_places_are_different_slots() -> None:
    found = align(
        killed("a", "A drone strike on Kharkiv killed 3 people.", "3", 3, places=("Kharkiv",)),
        killed("b", "In Odesa 5 people were killed.", "5", 5, places=("Odesa",)),
    )
    assert sorted(f.status for f in found) == ["single", "single"]


def test_story_entities_join_place_spellings() -> None:
    from storydesk.story import StoryEntity, Variant

    a = killed("a", "Six people were killed in Kiev.", "Six", 6, places=("Kiev",))
    b = killed("b", "Seven people were killed in Kyiv.", "Seven", 7, places=("Kyiv",))
    story = Story(id="s", title="t", articles=[a, b])
    story.entities = [
        StoryEntity(
            "e1", "Kyiv", "GPE", variants=[Variant("Kyiv", ["b"], 1), Variant("Kiev", ["a"], 1)]
        )
    ]
    assert [f.status for f in facts.align(story, Options()).facts] == ["conflict"]
    story.entities = []
    assert sorted(f.status for f in facts.align(story, Options()).facts) == ["single", "single"]


def test_deaths_in_different_wordings_agree() -> None:
    """The annotator gives "killing 4 people" and "Four people died" one class: deaths."""
    a = article("a", "The attack, killing 4 people, hit a school.")
    add_figure(a, "4", 4, "people", quantity="deaths")
    b = article("b", "Four people died in the attack.")
    add_figure(b, "Four", 4, "people killed")
    found = align(a, b)
    assert [f.status for f in found] == ["agree"]
    assert found[0].slot == "people killed" and found[0].quantity == "deaths"


def test_approximate_value_close_to_an_exact_one_agrees() -> None:
    a = article("a", "The plan was pared down to roughly 20 points.")
    add_figure(a, "20", 20, "points", "roughly", version="revised")
    b = article("b", "The revised plan now has 19 points.")
    add_figure(b, "19", 19, "points", version="revised", document="plan")
    assert [f.status for f in align(a, b)] == ["approximate"]


def test_rounded_amount_is_approximate() -> None:
    a = article("a", "The deal is worth $13 billion, GM said.")
    add_figure(a, "13", 13e9, "dollars", subject="GM")
    b = article("b", "GM valued the deal at $13.2 billion.")
    add_figure(b, "13.2", 13.2e9, "dollars", subject="GM")
    assert [f.status for f in align(a, b)] == ["approximate"]


def test_figures_measuring_nothing_are_not_facts() -> None:
    a = article("a", "On Nov. 27 the two men read Article 21 in 2022.")
    add_figure(a, "27", 27, "Nov.")
    add_figure(a, "two", 2, "men", quantity="")
    add_figure(a, "21", 21, "Article")
    assert align(a) == []


def test_tied_places_are_labelled_in_the_order_the_text_names_them() -> None:
    # The first place named, not one in string-hash order (that changed the label from
    # one run to the next).
    places = ("Odesa", "Lviv", "Kharkiv", "Dnipro")
    text = "Strikes on Odesa, Lviv, Kharkiv and Dnipro killed 5 people."
    found = align(*(killed(name, text, "5", 5, places=places) for name in ("a", "b")))
    assert [f.slot for f in found] == ["people killed in Odesa"]


def test_a_time_since_a_thing_is_not_its_length() -> None:
    """ECB+ 2: 'a 14-week strike' and '11 days after the strike ended'."""
    a = article("a", "The 14-week strike ended.")
    add_figure(a, "14", 14, "weeks", frame=["strike"])
    b = article("b", "Work resumed 11 days after the strike ended.")
    add_figure(b, "11", 11, "days", frame=["@offset", "strike"])
    assert len(align(a, b)) == 2


def test_a_lower_and_an_upper_bound_that_meet_are_one_value() -> None:
    """ECB+ 18: one chase 'at speeds of more than 100 mph' and 'at speeds up to 120 mph'."""
    a = article("a", "Police chased LaCalamita at speeds of more than 100 mph.")
    add_figure(a, "100", 100, "mph", "more than", quantity="speed", subject="LaCalamita")
    b = article("b", "Police chased LaCalamita at speeds up to 120 mph.")
    add_figure(b, "120", 120, "mph", "up to", quantity="speed", subject="LaCalamita")
    [fact] = align(a, b)
    assert fact.status == "approximate"
    c = article("c", "Police chased LaCalamita at speeds of more than 150 mph.")
    add_figure(c, "150", 150, "mph", "more than", quantity="speed", subject="LaCalamita")
    assert [f.status for f in align(b, c)] == ["conflict"]  # above the other's upper bound


def test_a_common_noun_is_no_subject_that_ties_different_values() -> None:
    """ECB+ 8: 'Captain Tennant was a 28-year veteran', 'Russell, a 20-year veteran': two
    veterans; the noun says what the years are of, not whose."""
    a = article("a", "Captain Tennant was a 28-year veteran of the Woodburn Police Department.")
    add_figure(a, "28", 28, "years", subject="veteran", frame=["veteran"])
    b = article("b", "A spokesman said Russell, a 20-year veteran, is in intensive care.")
    add_figure(b, "20", 20, "years", subject="veteran", frame=["veteran"])
    assert sorted(f.status for f in align(a, b)) == ["single", "single"]


def test_two_documents_of_one_kind_without_versions_are_not_one() -> None:
    """ECB+ 5: O'Brien's 'three-year deal' and Dalembert's 'six-year deal'."""
    a = article("a", "O'Brien finished the first year of a three-year deal.")
    add_figure(a, "three", 3, "years", document="deal", frame=["deal"])
    b = article("b", "Dalembert agreed to a six-year deal.")
    add_figure(b, "six", 6, "years", document="deal", frame=["deal"])
    assert sorted(f.status for f in align(a, b)) == ["single", "single"]


def test_a_separate_proposal_is_another_document_not_a_version() -> None:
    a = article("a", "The revised plan caps the army at 800,000 soldiers.")
    add_figure(a, "800,000", 800_000, "soldiers", quantity="troops", version="revised")
    b = article("b", "The original plan capped the army at 600,000.")
    add_figure(b, "600,000", 600_000, "", quantity="troops", version="original")
    c = article("c", "European partners said the army should be limited to 700,000.")
    add_figure(c, "700,000", 700_000, "", quantity="troops", version="other")
    found = by_values(align(a, b, c))
    assert found[(600_000.0, 800_000.0)].status == "changed"
    assert found[(700_000.0,)].slot.endswith("in the separate proposal")


def test_equal_counts_of_one_predicate_agree_without_words_in_common() -> None:
    """ECB+ 3ecbplus: 'a man serving three life sentences who escaped custody' and
    'Comeaux is serving three life sentences'. Here the words around the numbers share
    nothing and each report counts life sentences twice; the predicate both measure (the
    annotator's frame: serve) ties them."""
    a = article("a", "Marshals listed a man with three life sentences. He got one at 17.")
    add_figure(a, "three", 3, "life sentences", frame=["serve", "function"])
    add_figure(a, "one", 1, "life sentences", frame=["get"])
    b = article("b", "Comeaux's three life sentences stand. Two were for assault.")
    add_figure(b, "three", 3, "life sentences", frame=["serve", "function"])
    add_figure(b, "Two", 2, "life sentences", frame=["be"])
    [fact] = [f for f in align(a, b) if f.range == (3, 3)]
    assert fact.status == "agree" and {v.article for v in fact.values} == {"a", "b"}


def test_facts_do_not_hang_on_the_order_of_the_articles() -> None:
    """Clustering takes the first fit: a count with no verb ("Missing …: seven AK-47 assault
    rifles") joined whichever of "seized seven" and "stole seven" came first, and the "-2"
    id went to whichever fact came first (review). Every order gives one table now."""
    import itertools

    from storydesk.annotate import annotate
    from storydesk.link import link

    texts = {
        "k": "Police said gunmen seized seven AK-47 assault rifles from the armoury in "
             "Kandahar on Monday.",
        "l": "The gunmen stole seven AK-47 assault rifles from the armoury in Kandahar, "
             "officials said.",
        "v": "Missing from the armoury in Kandahar: seven AK-47 assault rifles and two pistols.",
    }  # fmt: skip
    options = Options.load()
    done = {key: annotate([Article(id=key, source=key, text=text, published="2009-01-10")],
                          options)[0] for key, text in texts.items()}  # fmt: skip
    tables = set()
    for order in itertools.permutations(texts):
        story = link(Story(id="s", title="t", articles=[done[k] for k in order]), options)
        tables.add(tuple(sorted((f.id, f.status, tuple(sorted((v.article, v.value)
                                                              for v in f.values)))
                                for f in story.facts)))  # fmt: skip
    assert len(tables) == 1
