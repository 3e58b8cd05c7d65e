from storydesk.ids import stable_id, unique_ids


def test_stable_id_depends_on_content_not_spacing_or_case() -> None:
    assert stable_id("e", "PERSON", "Steve  Witkoff") == stable_id("e", "person", "steve witkoff")
    assert stable_id("e", "PERSON", "Steve Witkoff") != stable_id("e", "ORG", "Steve Witkoff")
    assert stable_id("e", "a b", "c") != stable_id("e", "a", "b c")
    assert stable_id("f", "x").startswith("f") and len(stable_id("f", "x")) == 11


def test_unique_ids_numbers_repeats_in_order() -> None:
    assert unique_ids(["e1", "e2", "e1", "e1"]) == ["e1", "e2", "e1-2", "e1-3"]
