"""Where filing finds stored articles (``link.stream``): the ``CandidateIndex`` contract.

An index returns the stored articles that share a band key (or a lead key) with an arrival,
as ``Candidate``s, with their stories, story sizes and topics. ``link.memory_index.MemoryIndex``
keeps it in memory, ``storydesk.store.index.StoreIndex`` in a store; both pass
``tests/link/stream_contract.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from storydesk.link.signature import ArticleSignature

POSTINGS = 200  # an index reads at most this many latest articles per band key


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article sharing at least one band with the arriving one, and its story.
    ``shared``: how many band keys it shares with the arrival, when the index already knows
    (``run.clustering`` counts them for a whole batch at once); else ``nearest`` counts."""

    signature: ArticleSignature
    story: str
    shared: int | None = None


class CandidateIndex(Protocol):
    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        """Stored articles holding any of ``keys``; per key at most ``POSTINGS`` articles,
        the latest stored (this bounds the cost of one filing as the desk grows)."""
        ...

    def posted(self, keys: Sequence[int]) -> list[Candidate]:
        """Stored articles posted under any of ``keys`` (lead keys: ``posting_keys``), per key
        at most the ``POSTINGS`` latest, as ``candidates`` reads band keys; never planned."""
        ...

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]: ...

    def members(self, story_ids: Iterable[str], limit: int) -> dict[str, list[ArticleSignature]]:
        """The latest ``limit`` members of each story, in the order they were filed."""
        ...

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        """The topic of each story; a story related to none is its own topic (its id)."""
        ...

    def topic_stories(self, topic_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        """The stories of each topic, the largest first (then by id), at most ``limit``."""
        ...

    def topic_memo(self) -> dict[str, Any]:
        """A cache by topic id for what is derived from a topic's stories (``link.related``
        keeps their lead centroid in it): the index drops a topic's entry whenever one of
        its stories, or which stories it holds, changes. An index that cannot tell (a
        store other processes write to) returns an empty dict at each call."""
        ...

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        """Store the signature under ``keys`` as a member of ``story``; an article already
        stored changes nothing."""
        ...

    def merge(self, source: str, target: str) -> None:
        """Every article of story ``source`` now belongs to ``target``. The other stories of
        ``source``'s topic stay in it, under its id as a label, even when that id was
        ``source``'s own: whether topics merge is filing's decision (``Filing.topics_merged``)."""
        ...

    def split(self, articles: Sequence[str], target: str, same_topic: bool = True) -> None:
        """``articles`` (stored, of one story) now make the new story ``target``, in the
        topic of the story they leave (``same_topic``), else a topic of its own."""
        ...

    def move(self, articles: Sequence[str], target: str) -> None:
        """``articles`` (stored, of other stories, none left empty) now belong to story
        ``target``."""
        ...

    def leave_topic(self, story: str) -> None:
        """``story`` (labelled with a topic it does not name) is a topic of its own again;
        the other stories of that topic stay in it."""
        ...

    def merge_topics(self, source: str, target: str) -> None:
        """Every story of topic ``source`` now belongs to topic ``target``; a story created
        by a filing with ``topic`` set is put in that topic the same way."""
        ...
