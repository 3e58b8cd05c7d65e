"""Link: work across the articles of one story (entities, quote groups, facts)."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def link(story: Story, options: Options) -> Story:
    return story
