"""Reconcile: agreement and conflict, coverage per outlet, brief and timeline."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.story import Story


def reconcile(story: Story, options: Options) -> Story:
    return story
