"""Reconcile brief: an extractive, cited summary of the story."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def write(story: Story, options: Options) -> Story:
    return story
