"""Reconcile: coverage per outlet, the dated timeline and the cited brief."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.reconcile import brief, coverage, timeline
from storydesk.story import Story


def reconcile(story: Story, options: Options) -> Story:
    coverage.compute(story, options)
    timeline.build(story, options)
    brief.write(story, options)
    return story
