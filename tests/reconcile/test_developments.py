"""Developments: a line's sources are the sentences that report the same thing."""

from __future__ import annotations

from story_builders import article  # type: ignore[import-not-found]

from storydesk.annotate import annotate
from storydesk.article import Article
from storydesk.options import Options
from storydesk.pipeline import build_story
from storydesk.reconcile import developments
from storydesk.reconcile.similarity import SentenceRef, build_index, entity_terms
from storydesk.reconcile.sources import Sources
from storydesk.story import Story


def _parsed(item: Article) -> Article:
    """The hand-built article annotated as any article is (entities, roles and the doer of
    what each sentence reports, from the parse)."""
    return annotate([item], Options.load())[0]


def _members(story: Story, sentence: str) -> set[str]:
    index = build_index(story)
    for found in developments.rank(story, index, Sources(story)):
        if found.article.sentences[found.sentence] == sentence:
            return {story.article(m.article).sentences[m.sentence]  # type: ignore[union-attr]
                    for m in found.members}
    raise AssertionError(f"no development for {sentence!r}")


def test_statements_of_different_people_are_not_one_development() -> None:
    """One person's report of what another hopes is not a third person's hope in similar
    words (the shape of the example's Umerov and Trump sentences, with other names): who
    does what each reports comes from the parse ("that Judge Marsha Revel hopes", "she
    hopes" = Lohan)."""
    adviser = ("Lawyer Shawn Holley said in an email that Judge Marsha Revel hopes to close the "
               "probation case against the actress soon.")
    actress = ("Lindsay Lohan said she hopes to meet Judge Marsha Revel soon, but only when the "
               "probation case against her is closed.")
    same = ("Shawn Holley said that Judge Marsha Revel hopes to close the probation case against "
            "the actress soon.")
    a = _parsed(article("a", "A", [adviser]))
    b = _parsed(article("b", "B", [actress]))
    c = _parsed(article("c", "C", [same]))
    two = build_story([a, b], Options.load())
    assert _members(two, adviser) == {adviser}
    three = build_story([a, b, c], Options.load())
    assert _members(three, adviser) == {adviser, same}  # the same person's hope still counts


def test_a_report_without_a_speaker_still_supports_a_statement() -> None:
    """ "Witkoff will travel to Moscow" tells what "Trump said he will send Witkoff to
    Moscow" says: only two reported speakers are compared."""
    said = ("Donald Trump said he will send his envoy Steve Witkoff to meet Vladimir Putin in "
            "Moscow.")
    travels = "Steve Witkoff, the envoy of Trump, will travel to Moscow to meet Vladimir Putin."
    a = _parsed(article("a", "A", [said]))
    b = _parsed(article("b", "B", [travels]))
    story = build_story([a, b], Options.load())
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
    """The example: in "Trump said Army Secretary Dan Driscoll ... will meet with Ukrainian
    officials", who does what Trump said is Driscoll (the subject of "meet" in the parse),
    never "Army" (the start of his title, which a regex over the words after "said" took)."""
    story = example_analysis.stories[0]
    agents = developments._agents(story, entity_terms(story))
    driscoll = next(e.id for e in story.entities if e.name.endswith("Driscoll"))
    found = [(ref, agents.get(ref)) for a in story.articles for ref in
             [SentenceRef(a.id, n) for n, text in enumerate(a.sentences)
              if "said Army Secretary Dan Driscoll" in text]]
    assert found and all(agent == (driscoll, "meet") for _, agent in found), found


def test_example_a_line_that_only_restates_a_stated_fact_is_not_shown(example_analysis) -> None:  # type: ignore[no-untyped-def]
    """The example: "The updated proposal removes previous amnesty guarantees … and raises
    Ukraine's troop cap to 800,000 soldiers" (1 of 5) stood above storydesk's own "Troop
    cap for Ukraine changed from 600,000 … to 800,000", which cites it among six sentences.
    The strike on Kyiv, whose toll is in a clause of its own, still leads its conflict lines."""
    brief = example_analysis.stories[0].brief
    texts = [line.text for line in brief]
    assert any(line.generated and line.text.startswith("Troop cap") for line in brief), texts
    assert not any("raises Ukraine’s troop cap" in text for text in texts), texts
    strike = next(n for n, text in enumerate(texts) if text.startswith("Russia launched"))
    assert brief[strike + 1].generated and "killed in Kyiv" in brief[strike + 1].text
