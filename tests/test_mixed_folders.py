"""Folders that mix two events give two stories, and no article takes a date from the other
event (issue 10): golden test on real mixed folders (``mixed_folders``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mixed_folders import FOLDERS, GOLDEN, event_of, summary, write_folder
from shared_data import shared_path


@pytest.fixture(scope="module", params=sorted(FOLDERS))
def mixed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    name = request.param
    folder = tmp_path_factory.mktemp(name)
    write_folder(shared_path("datasets", "ecbplus"), FOLDERS[name], folder)
    return name, summary(folder)


def test_matches_the_golden_file(mixed: Any) -> None:
    name, found = mixed
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))[name]


def test_no_story_holds_two_events(mixed: Any) -> None:
    _, found = mixed
    for story in found["stories"]:
        assert len({event_of(n) for n in story}) == 1, story
    # each event's articles are mostly in one story of their own
    for part in FOLDERS[mixed[0]]:
        sizes = [sum(event_of(n) == part for n in story) for story in found["stories"]]
        assert max(sizes) >= 0.75 * sum(sizes)


def test_dates_come_only_from_the_own_story(mixed: Any) -> None:
    _, found = mixed
    story_of = {n: tuple(story) for story in found["stories"] for n in story}
    assumed = {n: d for n, d in found["dates"].items() if d["from"] == "story"}
    for name, date in assumed.items():
        assert date["basis"], name
        for basis in date["basis"]:
            assert story_of[basis] == story_of[name]
            assert found["dates"][basis]["published"] == date["published"]
    undated_events = {event_of(n) for n, d in found["dates"].items() if d["published"] is None}
    dated_events = {
        event_of(n) for n, d in found["dates"].items() if d["from"] not in (None, "story")
    }
    # an event none of whose articles gives a date stays undated: nothing lends it one
    for event in undated_events - dated_events:
        assert all(
            d["published"] is None for n, d in found["dates"].items() if event_of(n) == event
        )


def test_golden_file_is_for_these_folders() -> None:
    assert sorted(json.loads(GOLDEN.read_text(encoding="utf-8"))) == sorted(FOLDERS)
    assert Path(GOLDEN).parent.name == "golden"
