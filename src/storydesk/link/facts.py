"""Link facts: figures aligned into fact slots with agree/conflict/update/single."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def align(story: Story, options: Options) -> Story:
    return story
