"""Lines spell names as the story does, and only spellings change."""

from __future__ import annotations

from story_builders import article  # type: ignore[import-not-found]

from storydesk.article import Entity
from storydesk.reconcile.spelling import Spellings
from storydesk.story import Story, StoryEntity, Variant


def _story(sentence: str, mentions: list[str], entities: list[StoryEntity]) -> Story:
    a = article("a", "A", [sentence])
    a.entities = [Entity(m, "PERSON", 0, sentence.index(m), sentence.index(m) + len(m))
                  for m in mentions]
    return Story(id="s", title="t", articles=[a], entities=entities)


def test_a_misspelled_surname_takes_the_story_spelling() -> None:
    # Gaddafi's name is spelled many ways across outlets; the story's canonical one wins.
    sentence = "Gadaffi met Abdel Rahim al-Keib on Tuesday."
    entity = StoryEntity("e1", "Muammar Gaddafi", "PERSON", [], [
        Variant("Muammar Gaddafi", ["b"], 3), Variant("Gadaffi", ["a"], 1)])
    story = _story(sentence, ["Gadaffi"], [entity])
    text, changed = Spellings(story).sentence(story.articles[0], 0)
    assert text == "Gaddafi met Abdel Rahim al-Keib on Tuesday."
    assert changed == [("Gadaffi", "Gaddafi")]


def test_short_forms_and_other_names_stay_as_written() -> None:
    sentence = "Dan Driscoll and Putin spoke, The Times said."
    driscoll = StoryEntity("e1", "Daniel Driscoll", "PERSON", [], [
        Variant("Daniel Driscoll", ["b"], 2), Variant("Dan Driscoll", ["a"], 1)])
    putin = StoryEntity("e2", "Vladimir Putin", "PERSON", [], [
        Variant("Vladimir Putin", ["b"], 2), Variant("Putin", ["a"], 1)])
    times = StoryEntity("e3", "the Times", "ORG", [], [Variant("The Times", ["a"], 1)])
    story = _story(sentence, ["Dan Driscoll", "Putin", "The Times"], [driscoll, putin, times])
    text, changed = Spellings(story).sentence(story.articles[0], 0)
    assert text == sentence and changed == []


def test_a_plural_of_a_name_word_is_no_misspelling() -> None:
    # The example's "began talks with the Russians" (FT) once "Russians" is a variant of the
    # nationality "Russian": the line must not read "with the Russian".
    sentence = "Driscoll began talks with the Russians on Monday evening."
    russian = StoryEntity("e1", "Russian", "NORP", [], [
        Variant("Russian", ["b"], 26), Variant("Russians", ["a"], 1)])
    story = _story(sentence, ["Russians"], [russian])
    text, changed = Spellings(story).sentence(story.articles[0], 0)
    assert text == sentence and changed == []
