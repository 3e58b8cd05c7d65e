"""``CandidateIndex`` in memory: one-shot runs, evaluations, tests (``link.stream.stream``).

The store keeps the same index on disk (``storydesk.store.index.StoreIndex``); both pass
``tests/link/stream_contract.py``, and ``MemoryIndex.apply`` carries out a ``Filing`` with the
steps the desk takes on its store (``link.filing.carry_out``).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from storydesk.link import candidates as lookup  # POSTINGS read at call time (tests patch it)
from storydesk.link.candidates import Candidate
from storydesk.link.filing import carry_out
from storydesk.link.signature import ArticleSignature

if TYPE_CHECKING:
    from storydesk.link.stream import Filing


class MemoryIndex:
    """``CandidateIndex`` in memory (one-shot runs, evaluations, tests)."""

    def __init__(self) -> None:
        self._signatures: dict[str, ArticleSignature] = {}
        self._story_of: dict[str, str] = {}
        self._members: dict[str, list[str]] = defaultdict(list)
        self._by_key: dict[int, list[str]] = defaultdict(list)
        self._topic: dict[str, str] = {}
        self._seq: dict[str, int] = {}  # article -> the order it was filed in
        # topic -> the stories whose ``_topic`` names it: a topic merge touches its own
        # stories, not every story held (that made a long stream quadratic)
        self._labelled: dict[str, set[str]] = defaultdict(set)
        # topic -> (limit, its largest stories): ranked once, forgotten when one of its
        # stories changes (``_stale``); relating reads the same topics at every arrival
        self._ranked: dict[str, tuple[int, list[str]]] = {}
        # topic -> what relating derived from its stories (``topic_memo``), dropped with
        # ``_ranked`` (``_forget``): the same events make both stale
        self._memo: dict[str, Any] = {}

    def candidates(self, keys: Sequence[int]) -> list[Candidate]:
        return self.posted(keys)

    def posted(self, keys: Sequence[int]) -> list[Candidate]:
        hits = {a for key in keys for a in self._by_key.get(key, [])[-lookup.POSTINGS:]}
        return [Candidate(self._signatures[a], self._story_of[a]) for a in sorted(hits)]

    def story_sizes(self, story_ids: Iterable[str]) -> dict[str, int]:
        held = self._members
        return {s: len(found) for s in story_ids if (found := held.get(s))}

    def members(self, story_ids: Iterable[str], limit: int) -> dict[str, list[ArticleSignature]]:
        return {
            s: [self._signatures[a] for a in self._members[s][-limit:]]
            for s in story_ids
            if self._members.get(s)
        }

    def topics(self, story_ids: Iterable[str]) -> dict[str, str]:
        named = self._topic.get
        return {s: named(s, s) for s in story_ids}

    def topic_stories(self, topic_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        found = {}
        for topic in set(topic_ids):
            ranked = self._ranked.get(topic)
            if ranked is None or ranked[0] != limit:
                ranked = self._ranked[topic] = (limit, self._rank(topic, limit))
            if ranked[1]:
                found[topic] = list(ranked[1])
        return found

    def _rank(self, topic: str, limit: int) -> list[str]:
        held = {s for s in self._labelled.get(topic, ()) if self._members.get(s)}
        if self._members.get(topic) and topic not in self._topic:
            held.add(topic)
        return heapq.nsmallest(limit, held, key=lambda s: (-len(self._members[s]), s))

    def topic_memo(self) -> dict[str, Any]:
        return self._memo

    def _stale(self, *stories: str) -> None:
        """The topics of ``stories`` (which changed) are ranked again when next read."""
        for story in stories:
            self._forget(self._topic.get(story, story))

    def _forget(self, topic: str) -> None:
        """``topic``'s stories or their members changed: its ranking and memo are stale."""
        self._ranked.pop(topic, None)
        self._memo.pop(topic, None)

    def add(self, signature: ArticleSignature, keys: Sequence[int], story: str) -> None:
        if signature.article in self._signatures:
            return
        self._signatures[signature.article] = signature
        self._seq[signature.article] = len(self._seq)
        self._story_of[signature.article] = story
        self._members[story].append(signature.article)
        self._stale(story)
        for key in keys:
            self._by_key[key].append(signature.article)

    def merge(self, source: str, target: str) -> None:
        self._stale(source, target)
        moving = self._members.pop(source, [])
        for article in moving:
            self._story_of[article] = target
        # Members stay in filing order, as a store lists them (``members`` reads the latest).
        self._members[target] = list(
            heapq.merge(self._members[target], moving, key=self._seq.__getitem__)
        )
        # Stories related to ``source`` (its id as their topic) keep that label: they follow
        # it only when filing merges the topics (``related.relate``).
        self._untopic(source)

    def split(self, articles: Sequence[str], target: str, same_topic: bool = True) -> None:
        source = self._story_of[articles[0]]
        topic = self._topic.get(source, source)
        self.move(articles, target)
        if not same_topic:
            return  # its own topic: a story named by no topic is its own
        self._topic[target] = topic
        self._labelled[topic].add(target)
        self._stale(target)

    def move(self, articles: Sequence[str], target: str) -> None:
        moving = set(articles)
        self._stale(target, *{self._story_of[a] for a in articles})
        for source in {self._story_of[a] for a in articles} - {target}:
            self._members[source] = [a for a in self._members[source] if a not in moving]
            if not self._members[source]:
                del self._members[source]
                self._untopic(source)
        kept = [a for a in self._members[target] if a not in moving]
        for article in articles:
            self._story_of[article] = target
        moved = sorted(moving, key=self._seq.__getitem__)
        self._members[target] = list(heapq.merge(kept, moved, key=self._seq.__getitem__))

    def merge_topics(self, source: str, target: str) -> None:
        """Every held story whose topic is ``source`` (named so, or ``source`` itself when
        it names none) now has topic ``target``. A topic merged into itself changes nothing
        (as ``Store.merge_topics``: no story is labelled with its own id)."""
        if source == target:
            return
        self._forget(source)
        self._forget(target)
        stories = self._labelled.pop(source, set())
        if source in self._members and source not in self._topic:
            stories.add(source)
        for story in stories:
            old = self._topic.get(story)
            if old is not None and old != source:
                self._labelled[old].discard(story)
                self._forget(old)
            self._topic[story] = target
            self._labelled[target].add(story)

    def leave_topic(self, story: str) -> None:
        self._untopic(story)

    def _untopic(self, story: str) -> None:
        """``story`` is gone (merged away, emptied): it names no topic any more."""
        self._forget(story)
        old = self._topic.pop(story, None)
        if old is not None:
            self._labelled[old].discard(story)
            self._forget(old)

    def story_of(self, article: str) -> str:
        return self._story_of[article]

    def stories(self) -> dict[str, list[str]]:
        """Story id -> its articles, in the order they were filed."""
        return {story: list(members) for story, members in self._members.items() if members}

    def __contains__(self, article: object) -> bool:
        return article in self._signatures

    def apply(self, signature: ArticleSignature, filing: Filing, new_story: str) -> str:
        """Carry out ``filing`` as the desk does on its store (``link.filing.carry_out``); the
        story the article is now in (``new_story`` when it starts one)."""
        return carry_out(self, signature, filing, new_story)
