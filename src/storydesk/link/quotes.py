"""Link quotes: the same statement across articles, in its wordings."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def group(story: Story, options: Options) -> Story:
    return story
