"""Link: work across the articles of one story.

Order matters and is fixed here: entities first (quote speakers and fact slots use them),
then quote groups, then facts.
"""

from __future__ import annotations

from storydesk.link import entities, facts, quotes
from storydesk.options import Options
from storydesk.story import Story


def link(story: Story, options: Options) -> Story:
    entities.resolve(story, options)
    quotes.group(story, options)
    facts.align(story, options)
    return story
