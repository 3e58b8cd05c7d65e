"""Carrying out a ``Filing`` (``link.stream.file``'s decision) on a ``CandidateIndex``: the one
sequence of steps that files an article into its story, merges, moves and splits, in memory
(``MemoryIndex.apply``: runs, evaluations, ``run.clustering``) and on the desk's store
(``Desk.file``, over ``store.index.StoreIndex``). What only the desk keeps beside the index
(a story's row and creation time, a merged story's retirement, what an ``add`` reports) it
adds through a ``FilingHook``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from storydesk.link.candidates import CandidateIndex
from storydesk.link.signature import ArticleSignature, posting_keys

if TYPE_CHECKING:
    from storydesk.link.stream import Filing


class FilingHook(Protocol):
    def started(self, story: str) -> None:
        """The filing starts ``story``: called before the article is added to it."""
        ...

    def merged(self, source: str, target: str) -> None:
        """Story ``source`` was merged into ``target`` (its articles are ``target``'s)."""
        ...

    def split(self, story: str) -> None:
        """Story ``story`` was made of articles split off (after the split)."""
        ...


def carry_out(index: CandidateIndex, signature: ArticleSignature, filing: Filing,
              new_story: str, hook: FilingHook | None = None) -> str:
    """Carry out ``filing`` on ``index``; the story the article is now in (``new_story`` when
    it starts one, ``filing.split_story`` when it left in a split)."""
    story = filing.story or new_story
    if filing.story is None and hook is not None:
        hook.started(story)
    index.add(signature, posting_keys(signature), story)
    for other in filing.merged:
        if other != story:
            index.merge(other, story)
            if hook is not None:
                hook.merged(other, story)
    if filing.story is None and filing.topic:
        index.merge_topics(story, filing.topic)
    if filing.moved:
        index.move(filing.moved, story)
    if filing.leaves_topic:  # the story alone moves; the topic it joins keeps its id
        index.leave_topic(story)
        for other in filing.topics_merged:
            index.merge_topics(story, other)
    else:
        topic = index.topics([story]).get(story, story)
        for other in filing.topics_merged:
            index.merge_topics(other, topic)
    if filing.split and filing.split_story:
        index.split(filing.split, filing.split_story, same_topic=not filing.split_apart)
        if hook is not None:
            hook.split(filing.split_story)
        if signature.article in filing.split:
            return filing.split_story
    return story
