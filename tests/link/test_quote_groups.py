"""Quote groups on small synthetic stories: trimming, case, ellipses, re-translation, speakers."""

from __future__ import annotations

from facts_builders import add_quote, article
from hypothesis import given, settings
from hypothesis import strategies as st

from storydesk.article import Article
from storydesk.link import quotes
from storydesk.options import Options
from storydesk.story import QuoteGroup, Story

WORDS = ["ceasefire", "border", "talks", "winter", "army", "deal", "final", "signed", "soon"]


def group(*articles: Article) -> list[QuoteGroup]:
    story = Story(id="s", title="t", articles=list(articles))
    return quotes.group(story, Options()).quote_groups


def joined(groups: list[QuoteGroup]) -> list[list[str]]:
    return [g.quotes for g in groups if len(g.quotes) > 1]


def test_trimmed_recased_quote_with_ellipsis_joins_the_full_one() -> None:
    a, b, c = article("a", "x"), article("b", "x"), article("c", "x")
    add_quote(a, "I will meet them soon, but only when the deal to end this war is final.")
    add_quote(b, "but ONLY when the deal … is FINAL")
    add_quote(c, "when the deal to end this war is final")
    groups = group(a, b, c)
    assert joined(groups) == [["a:q0", "b:q0", "c:q0"]]
    assert all(q.group == groups[0].id for art in (a, b, c) for q in art.quotes)


def test_wire_copies_of_one_quote_are_one_group_however_many() -> None:
    # Syndicated stories (the one-story benchmark: ECB+ topic 1 as 1,600 wire copies): every
    # stem of the quote is in more quotes than a posting keeps, yet the copies are one group,
    # and a trimmed wording still joins them.
    copies = [article(f"c{n:03}", "x") for n in range(3 * quotes.MAX_POSTING)]
    for copy in copies:
        add_quote(copy, "We will rebuild the border crossing before the winter.", "Ann Lee", "e1")
    trimmed = article("t", "x")
    add_quote(trimmed, "rebuild the border crossing before the winter", "Ann Lee", "e1")
    groups = group(*copies, trimmed)
    assert len(groups) == 1 and len(groups[0].quotes) == len(copies) + 1


def test_retranslation_by_the_same_speaker_joins() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "the situation will be fundamentally different", "Sergei Lavrov", "e1")
    add_quote(b, "the situation would be radically different", "Sergey Lavrov", "e1")
    groups = group(a, b)
    assert joined(groups) == [["a:q0", "b:q0"]]
    assert groups[0].speaker == "e1" and not groups[0].speakers_disagree


def test_loose_match_needs_the_same_speaker() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "the economy will be fundamentally stronger next year", "Anna Berg", "e1")
    add_quote(b, "the economy will be radically weaker next year", "Tom Ruiz", "e2")
    assert joined(group(a, b)) == []


def test_same_words_from_different_speakers_group_and_disagree() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "tremendous progress", "Karoline Leavitt", "e1")
    add_quote(b, "tremendous progress", "Donald Trump", "e2")
    groups = group(a, b)
    assert joined(groups) == [["a:q0", "b:q0"]]
    assert groups[0].speakers_disagree


def test_short_phrase_inside_a_longer_quote_joins() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "going well")
    add_quote(b, "The talks are going well and we remain optimistic.")
    assert joined(group(a, b)) == [["a:q0", "b:q0"]]


def test_reworded_quote_keeping_a_distinctive_run_joins() -> None:
    """Two outlets' wordings of one spokesman's line, speaker unknown in both."""
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "The talks are going well and we remain optimistic.")
    add_quote(b, "Negotiations are progressing well and we remain optimistic.")
    assert joined(group(a, b)) == [["a:q0", "b:q0"]]


def test_shared_run_does_not_join_other_speakers_or_other_sentences() -> None:
    a, b, c = article("a", "x"), article("b", "x"), article("c", "x")
    add_quote(a, "The talks are going well and we remain optimistic.", "Anna Berg", "e1")
    add_quote(b, "Negotiations are progressing well and we remain optimistic.", "Tom Ruiz", "e2")
    add_quote(c, "Prices keep rising, yet we remain optimistic about the harvest this autumn.")
    assert joined(group(a, b)) == []
    assert joined(group(a, c)) == []


def test_one_word_quotes_never_group() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "soon,")
    add_quote(b, "soon")
    groups = group(a, b)
    assert joined(groups) == []
    assert len(groups) == 2  # each quote is a group of one


def test_unrelated_quotes_sharing_a_word_stay_apart() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "The peace plan must stop the killing first")
    add_quote(b, "No peace plan will survive a winter offensive")
    assert joined(group(a, b)) == []


def test_quotes_of_one_article_are_not_compared_with_each_other() -> None:
    a = article("a", "x")
    add_quote(a, "we will not give up our land")
    add_quote(a, "we will not give up our land")
    assert joined(group(a)) == []


def test_group_speaker_is_the_most_common_entity() -> None:
    a, b, c = article("a", "x"), article("b", "x"), article("c", "x")
    add_quote(a, "a few remaining points of disagreement", "Trump", "e1")
    add_quote(b, "only a few remaining points of disagreement", None, None)
    add_quote(c, "a few remaining points of contention", "Trump", "e1")
    groups = group(a, b, c)
    assert joined(groups) == [["a:q0", "b:q0", "c:q0"]]
    assert groups[0].speaker == "e1" and not groups[0].speakers_disagree


def test_same_words_without_entities_compare_surnames() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, "a work in progress", "President Trump")
    add_quote(b, "a work in progress", "the spokeswoman")  # a description, not a name
    groups = group(a, b)
    assert joined(groups) == [["a:q0", "b:q0"]]
    assert groups[0].speaker is None and not groups[0].speakers_disagree


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=4, max_size=9, unique=True),
    st.sampled_from(["upper", "title", "ellipsis", "punctuation"]),
)
def test_case_punctuation_and_ellipses_never_split_a_quote(words: list[str], change: str) -> None:
    text = " ".join(words)
    if change == "ellipsis":
        middle = len(words) // 2
        other = " ".join(words[: middle - 1]) + " … " + " ".join(words[middle:])
    elif change == "punctuation":
        other = "“" + ", ".join(words) + ".”"
    else:
        other = getattr(text, change)()
    a, b = article("a", "x"), article("b", "x")
    add_quote(a, text)
    add_quote(b, other)
    assert joined(group(a, b)) == [["a:q0", "b:q0"]]


def test_the_same_speaker_and_a_few_shared_words_are_not_one_statement() -> None:
    """Two statements of one speaker on one subject (issue 9: "two different statements
    grouped as 13 wordings of one")."""
    a, b = article("a", "x"), article("b", "x")
    add_quote(
        a,
        "The ceasefire must hold and the border crossings must open this week",
        "Ban Ki-moon",
        "e1",
    )
    add_quote(
        b,
        "The shelling of the school is unacceptable and the ceasefire must be respected",
        "Ban Ki-moon",
        "e1",
    )
    assert joined(group(a, b)) == []


def test_a_broken_up_statement_matches_another_outlets_piece() -> None:
    a, b = article("a", "x"), article("b", "x")
    add_quote(
        a,
        "erased… key understandings … the situation will be fundamentally different.",
        "Sergei Lavrov",
        "e1",
    )
    add_quote(b, "it would be a fundamentally different situation for Russia", "Lavrov", "e1")
    assert joined(group(a, b)) == [["a:q0", "b:q0"]]


def test_speakers_disagree_only_for_two_resolved_people() -> None:
    a, b, c = article("a", "x"), article("b", "x"), article("c", "x")
    add_quote(a, "a work in progress", "Donald Trump")  # no entity: a name is no claim
    add_quote(b, "a work in progress", "Karoline Leavitt")
    groups = group(a, b)
    assert joined(groups) == [["a:q0", "b:q0"]] and not groups[0].speakers_disagree
    add_quote(c, "a work in progress", "Marco Rubio", "e3")
    add_quote(a, "we will not sign a bad deal", "Donald Trump", "e1")
    groups = group(a, b, c)
    assert not any(g.speakers_disagree for g in groups)  # one resolved person only


def test_word_changes_between_wordings() -> None:
    assert quotes.word_changes(
        "the situation will be fundamentally different.",
        "the situation will be radically different.",
    ) == [
        ("same", "the situation will be"),
        ("removed", "fundamentally"),
        ("added", "radically"),
        ("same", "different."),
    ]
    # An excerpt and an ellipsis leave out words; they do not remove them.
    assert quotes.word_changes(
        "I will meet them soon, but only when the deal to end this war is final.",
        "soon, … when the deal to end this war is FINAL",
    ) == [("same", "soon,"), ("same", "…"), ("same", "when the deal to end this war is FINAL")]
