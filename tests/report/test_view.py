"""The view model every renderer shares: ordering, resolution of ids and citations."""

from __future__ import annotations

import synthetic_story

from storydesk.article import Entity
from storydesk.report import article_body, view
from storydesk.story import Citation, Coverage, TimelineEntry


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


def test_claims_across_outlets_and_cards() -> None:
    built = view.build(synthetic_story.story())
    assert [o.outlet for o in built.outlets] == ["Northern Post", "Southern Daily"]
    # the conflict is a main claim; each outlet's cell holds the value it gives
    [claim] = [c for c in built.claims if c.kind == "fact"]
    assert claim.cells == ["at least 12", "15"] and claim.conflict
    north, south = built.cards
    assert [i.label for i in south.alone] == ["soldiers sent: 300"] and north.alone == []
    assert north.words == len(synthetic_story.story().articles[0].text.split())


def test_alone_derived_when_reconcile_gave_none() -> None:
    story = synthetic_story.story()
    story.coverage = []
    south = view.build(story).cards[1]
    assert [i.label for i in south.alone] == ["soldiers sent: 300"]


def test_every_line_and_fact_carries_its_corroboration() -> None:
    built = view.build(synthetic_story.story())
    assert [line.reach for line in built.brief] == ["1 of 2 outlets", "2 of 2 outlets"]
    assert {f.slot: f.reach for f in built.facts}["people killed in the flood"] == "2 of 2 outlets"


def test_cited_sentence_opens_with_the_sentence_before() -> None:
    story = synthetic_story.story()
    story.brief[0].citations.append(Citation("a1", 1))
    cites = view.build(story).brief[0].citations
    assert cites[0].before == ""  # the first sentence has none before it
    assert cites[-1].before.startswith("At least 12 people died")


def test_timeline_dates_read_at_their_precision() -> None:
    story = synthetic_story.story()
    story.timeline = [
        TimelineEntry("2024-04", "month", "Rain fell for weeks.", [Citation("a1", 0)],
                      background=True),
        TimelineEntry("2024-04-29", "week", "The river rose.", [Citation("a1", 0)]),
        TimelineEntry("2024-05-01", "day", "The river burst its banks.", [Citation("a1", 0)]),
        TimelineEntry("2024-05-06", "week", "Repairs start.", [Citation("a2", 2)],
                      scheduled=True),
    ]
    built = view.build(story)
    assert [t.when for t in built.timeline] == [
        "Apr 2024", "week of 29 Apr 2024", "Wed 1 May 2024", "week of 6 May 2024"]
    assert [t.text for t in built.background] == ["Rain fell for weeks."]
    assert built.story_timeline[-1].scheduled


def test_undated_articles_prompt_for_a_date() -> None:
    story = synthetic_story.story()
    for article in story.articles:
        article.published = None
    assert "--date YYYY-MM-DD" in view.build(story).timeline_note
    assert view.build(synthetic_story.story()).timeline_note == ""


def test_paragraphs_number_sentences() -> None:
    article = synthetic_story.story().articles[0]
    paragraphs = article_body.paragraphs(article)
    assert [p[0][0] for p in paragraphs] == [0, 1, 2]
    assert paragraphs[2][0][1].startswith("A reader wrote <script>")


def test_example_view_builds(example_analysis) -> None:  # type: ignore[no-untyped-def]
    story = example_analysis.stories[0]
    built = view.build(story)
    assert len(built.articles) == 5 and len(built.cards) == 5
    # Every quote of every article is on the page, grouped or not.
    shown = sum(len(g.variants) for g in built.quote_groups)
    assert shown == sum(len(a.quotes) for a in story.articles)
    statuses = [f.status for f in built.facts]
    assert statuses == sorted(statuses, key=lambda s: view.STATUS_ORDER.get(s, 9))


def test_alone_quote_ids_get_readable_labels() -> None:
    story = synthetic_story.story()
    story.coverage = [Coverage("a1", quotes=["a1q1"])]
    north = view.build(story).cards[0]
    assert [i.label for i in north.alone] == ["Ana Ruiz: “We will rebuild every bridge.”"]


def test_article_marks_what_was_extracted_and_escapes() -> None:
    story = synthetic_story.story()
    article = story.articles[0]
    article.entities = [Entity("Ana Ruiz", "PERSON", 1, 6, 14)]
    article.entities[0].start = article.text.index("Ana Ruiz")
    article.entities[0].end = article.entities[0].start + len("Ana Ruiz")
    quote_at = article.text.index("\"We will")
    article.quotes[0].start, article.quotes[0].end = quote_at, quote_at + 31
    figure_at = article.text.index("At least 12")
    article.figures[0].start, article.figures[0].end = figure_at, figure_at + 23
    body = article_body.article_body(article, story=story)
    first = str(body.html(0, article.sentences[0]))
    assert '<mark class="x-figure"' in first and "At least 12 people died</mark>" in first
    second = str(body.html(1, article.sentences[1]))
    assert '<mark class="x-name" title="person">Ana Ruiz</mark>' in second
    assert '<mark class="x-quote"' in second
    third = str(body.html(2, article.sentences[2]))
    assert "<script>" not in third and "&lt;script&gt;" in third
    assert body.counts == {"quote": 1, "figure": 1, "date": 0, "name": 1}
