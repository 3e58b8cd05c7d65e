"""Places of figures through WordNet (``link.subjects.one_place``)."""

from __future__ import annotations

from storydesk.link.subjects import one_place
from storydesk.story import Story, StoryEntity


def story_of_places(*names: str) -> Story:
    entities = [StoryEntity(id=f"e{n}", name=name, type="GPE") for n, name in enumerate(names)]
    return Story(id="s", title="t", entities=entities)


def test_two_names_wordnet_gives_one_place_are_one_place() -> None:
    """ECB+ 8ecbplus: Salonika and Thessaloniki."""
    same = one_place(story_of_places("Salonika", "Thessaloniki"))
    assert same["e0"] == same["e1"]


def test_a_name_of_two_places_is_not_joined_to_either() -> None:
    """Review: WordNet's first sense of "Congo" is the Democratic Republic, its third the
    Republic of the Congo (Brazzaville); a story naming both means two countries."""
    assert one_place(story_of_places("Congo", "Democratic Republic of the Congo")) == {}


def test_a_natural_feature_named_two_ways_is_one_place() -> None:
    """Held 30ecb: "the Mediterranean" and "the Mediterranean Sea" were two subjects of the
    damaged cables. WordNet files seas, rivers and mountains as noun.object; a leading
    "the" is no part of the name."""
    same = one_place(story_of_places("Nile", "the Nile River"))
    assert same["e0"] == same["e1"]
    same = one_place(story_of_places("the Mediterranean Sea", "Mediterranean"))
    assert same["e0"] == same["e1"]
    assert one_place(story_of_places("Nile", "Mediterranean")) == {}
