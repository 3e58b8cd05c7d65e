"""Reconcile timeline: the dated events of the story, merged and cited."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def build(story: Story, options: Options) -> Story:
    return story
