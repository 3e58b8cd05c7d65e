"""Reconcile coverage: what each article alone reports."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def compute(story: Story, options: Options) -> Story:
    return story
