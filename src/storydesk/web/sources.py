"""Where the web desk gets its stories: analysed once (``StaticStories``) or a store, read
live (``DeskStories``). Both give summaries, stories, views and changes the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydesk.desk.state import summary
from storydesk.ingest.base import Skipped
from storydesk.reconcile.changes import Change
from storydesk.report import view
from storydesk.report.story_view import StoryView
from storydesk.story import Story

if TYPE_CHECKING:
    from storydesk.desk import Desk, StorySummary


class StaticStories:
    """Stories analysed once when the desk started; they never change."""

    live = False

    def __init__(self, stories: list[Story], skipped: list[Skipped] | None) -> None:
        from storydesk.desk import StorySummary

        self.skipped = skipped or []
        self._stories = {story.id: story for story in stories}
        self._views = {story.id: view.build(story) for story in stories}
        self._summaries = [StorySummary.from_dict(s.id, summary(s, "")) for s in stories]

    def summaries(self) -> list[StorySummary]:
        return self._summaries

    def story(self, story_id: str) -> Story | None:
        return self._stories.get(story_id)

    def view(self, story: Story) -> StoryView:
        return self._views[story.id]

    def changes(self, story_id: str, since: str) -> list[Change]:
        return []

    def related(self, story_id: str) -> list[StorySummary]:
        return []

    def changed_since(self, since: str) -> dict[str, int]:
        return {}


class DeskStories:
    """A store read as it is at each request; a story is loaded again only when it has a
    newer version than the one in hand."""

    live = True

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.skipped: list[Skipped] = []  # a store keeps no skipped inputs
        self._loaded: dict[str, tuple[int, Story, StoryView]] = {}

    def summaries(self) -> list[StorySummary]:
        return self.desk.stories()

    def story(self, story_id: str) -> Story | None:
        resolved = self.desk.resolve(story_id)
        latest = self.desk.store.latest_version(resolved)
        if latest is None:
            return None
        held = self._loaded.get(resolved)
        if held is None or held[0] != latest:
            story = self.desk.story(resolved)
            held = (latest, story, view.build(story))
            self._loaded[resolved] = held
        return held[1]

    def view(self, story: Story) -> StoryView:
        return self._loaded[story.id][2]

    def changes(self, story_id: str, since: str) -> list[Change]:
        return self.desk.changes(story_id, since)

    def related(self, story_id: str) -> list[StorySummary]:
        return self.desk.related(story_id)

    def changed_since(self, since: str) -> dict[str, int]:
        return self.desk.store.changed_since(since)

