"""Developments: a line's sources are the sentences that report the same thing."""

from __future__ import annotations

from story_builders import article  # type: ignore[import-not-found]

from storydesk.article import Article, Entity, SentenceRole
from storydesk.reconcile import developments
from storydesk.reconcile.similarity import SentenceRef, build_index
from storydesk.reconcile.sources import Sources
from storydesk.story import Story


def _named(item: Article, names: list[str]) -> Article:
    """Entity mentions of ``names`` where they are written, and a report role whose subject
    is the sentence's opening up to its verb."""
    spans = zip(item.sentences, item.sentence_spans, strict=True)
    for number, (sentence, (start, _)) in enumerate(spans):
        for name in names:
            at = sentence.find(name)
            if at >= 0:
                item.entities.append(Entity(name, "PERSON", number, start + at,
                                            start + at + len(name)))
        item.entities.sort(key=lambda e: e.start)
    item.roles = [SentenceRole("report", None, s.split(" said")[0]) for s in item.sentences]
    return item


def _members(story: Story, sentence: str) -> set[str]:
    index = build_index(story)
    for found in developments.rank(story, index, Sources(story)):
        if found.article.sentences[found.sentence] == sentence:
            return {story.article(m.article).sentences[m.sentence]  # type: ignore[union-attr]
                    for m in found.members}
    raise AssertionError(f"no development for {sentence!r}")


def test_statements_of_different_people_are_not_one_development() -> None:
    """One person's report of what another hopes is not a third person's hope in similar
    words (the shape of the example's Umerov and Trump sentences, with other names)."""
    adviser = ("Her lawyer Shawn Holley said via email that Judge Sautner hopes to close the "
               "probation case against the actress before the end of June.")
    actress = ("Lohan also said she hopes to meet Judge Sautner before the end of June, but "
               "only when the probation case against her is closed.")
    same = ("Holley said that Judge Sautner hopes to close the probation case against the actress "
            "by the end of June.")
    names = ["Shawn Holley", "Holley", "Judge Sautner", "Sautner", "Lohan"]
    a = _named(article("a", "A", [adviser]), names)
    b = _named(article("b", "B", [actress]), names)
    c = _named(article("c", "C", [same]), names)
    two = Story(id="s", title="t", articles=[a, b])
    assert _members(two, adviser) == {adviser}
    three = Story(id="s", title="t", articles=[a, b, c])
    assert _members(three, adviser) == {adviser, same}  # the same person's hope still counts


def test_a_report_without_a_speaker_still_supports_a_statement() -> None:
    """ "Witkoff will travel to Moscow" tells what "Trump said he will send Witkoff to
    Moscow" says: only two reported speakers are compared."""
    said = ("Donald Trump said he will send his envoy Steve Witkoff to meet Vladimir Putin in "
            "Moscow.")
    travels = "Steve Witkoff, the envoy of Trump, will travel to Moscow to meet Vladimir Putin."
    names = ["Donald Trump", "Trump", "Steve Witkoff", "Vladimir Putin"]
    a = _named(article("a", "A", [said]), names)
    b = _named(article("b", "B", [travels]), names)
    b.roles = [SentenceRole("report", None, "Steve Witkoff, the envoy of Trump,")]
    story = Story(id="s", title="t", articles=[a, b])
    assert _members(story, said) == {said, travels}


def _example_lines(analysis) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The example's developments, each as the sentences it cites, its own first."""
    story = analysis.stories[0]
    ranked = developments.rank(story, build_index(story), Sources(story))
    texts = {SentenceRef(a.id, n): s for a in story.articles for n, s in enumerate(a.sentences)}
    return [[texts[m] for m in found.members] for found in ranked]


def test_example_umerov_is_not_cited_with_trumps_hope_to_meet(example_analysis) -> None:  # type: ignore[no-untyped-def]
    """The example: "Umerov said via social media that Zelensky hopes to finalize a deal with
    Trump" was cited with "Trump also said he hopes to meet both Zelenskyy and Putin"."""
    umerov = [c for c in _example_lines(example_analysis) if "Umerov said via social" in c[0]]
    assert umerov
    for cited in umerov:
        assert not any("hopes to meet both" in text for text in cited), cited


def test_example_title_fragment_is_no_actor(example_analysis) -> None:  # type: ignore[no-untyped-def]
    """The example: "Trump said Army Secretary Dan Driscoll ... will meet with Ukrainian
    officials" opens its reported clause with "Army" (a fragment of a title, no person and no
    entity of the story); taken as the actor, the line lost Newslooks' "Trump announced he is
    sending two top envoys ... Driscoll to Kyiv" and fell out of the brief."""
    lines = _example_lines(example_analysis)
    driscoll = [c for c in lines if "said Army Secretary Dan Driscoll" in c[0]]
    assert driscoll
    assert any("sending two top envoys" in text for text in driscoll[0]), driscoll[0]
