"""Reconcile: coverage per outlet (with the user's outlet profiles), the dated timeline and
the cited brief."""

from __future__ import annotations

from storydesk.options import Options
from storydesk.reconcile import brief, coverage, outlets, timeline
from storydesk.reconcile.similarity import build_index
from storydesk.story import Story


def reconcile(story: Story, options: Options) -> Story:
    coverage.compute(story, options)
    outlets.attach(story, options)
    # The timeline and the brief compare the same sentences: index them once.
    index = build_index(story)
    timeline.build(story, options, index)
    brief.write(story, options, index)
    return story
