"""The view model every renderer shares: ordering, resolution of ids and citations."""

from __future__ import annotations

import synthetic_story

from storydesk.report import view
from storydesk.story import Citation, Coverage


def test_conflicts_come_first() -> None:
    built = view.build(synthetic_story.story())
    assert [f.status for f in built.facts] == ["conflict", "single"]
    assert built.conflicts == 1
    assert built.facts[0].range == "12–15"


def test_citations_resolve_to_sentence_and_outlet() -> None:
    built = view.build(synthetic_story.story())
    first, generated = built.brief
    assert not first.generated and generated.generated
    cite = first.citations[0]
    assert cite.number == 1 and cite.article.outlet == "Northern Post"
    assert cite.text.startswith("At least 12 people died")
    # The same sentence cited twice keeps one number.
    assert generated.citations[0] is cite
    assert [c.number for c in built.sources] == [1, 2]


def test_citation_out_of_range_gives_empty_text() -> None:
    story = synthetic_story.story()
    story.brief[0].citations.append(Citation("a1", 99))
    story.brief[0].citations.append(Citation("missing", 0))
    texts = [c.text for c in view.build(story).brief[0].citations]
    assert texts[1:] == ["", ""]


def test_quote_groups_resolve_speaker_and_variants() -> None:
    group = view.build(synthetic_story.story()).quote_groups[0]
    assert group.speaker == "Ana Ruiz" and group.grouped
    assert [v.article.outlet for v in group.variants] == ["Northern Post", "Southern Daily"]
    assert group.variants[1].speaker == "Ruiz"


def test_ungrouped_quotes_still_shown() -> None:
    story = synthetic_story.story()
    story.quote_groups = []
    groups = view.build(story).quote_groups
    assert len(groups) == 2 and not any(g.grouped for g in groups)
    assert {g.speaker for g in groups} == {"Ana Ruiz", "Ruiz"}


def test_coverage_matrix_and_alone() -> None:
    built = view.build(synthetic_story.story())
    assert [c.kind for c in built.columns] == ["fact", "fact", "quote"]
    north, south = built.coverage
    assert north.cells == [True, False, True] and south.cells == [True, True, True]
    assert south.alone == ["soldiers sent"] and north.alone == []


def test_alone_derived_when_reconcile_gave_none() -> None:
    story = synthetic_story.story()
    story.coverage = []
    south = view.build(story).coverage[1]
    assert south.alone == ["soldiers sent"]


def test_paragraphs_number_sentences() -> None:
    article = synthetic_story.story().articles[0]
    paragraphs = view.paragraphs(article)
    assert [p[0][0] for p in paragraphs] == [0, 1, 2]
    assert paragraphs[2][0][1].startswith("A reader wrote <script>")


def test_example_view_builds(example_analysis) -> None:  # type: ignore[no-untyped-def]
    story = example_analysis.stories[0]
    built = view.build(story)
    assert len(built.articles) == 5 and len(built.coverage) == 5
    # Every quote of every article is on the page, grouped or not.
    shown = sum(len(g.variants) for g in built.quote_groups)
    assert shown == sum(len(a.quotes) for a in story.articles)
    statuses = [f.status for f in built.facts]
    assert statuses == sorted(statuses, key=lambda s: view.STATUS_ORDER.get(s, 9))


def test_alone_quote_ids_get_readable_labels() -> None:
    story = synthetic_story.story()
    story.coverage = [Coverage("a1", quotes=["a1q1"])]
    north = view.build(story).coverage[0]
    assert north.alone == ["Ana Ruiz: “We will rebuild every bridge.”"]
