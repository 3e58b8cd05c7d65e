"""The desk: stories that grow as articles arrive, kept in a store.

``Desk.add(inputs)`` reads, cleans and annotates only the articles the store does not hold,
files each into the story it matches (``link.stream``, against the store's index), then links
and reconciles each story that gained articles, once per call, carries its objects' ids
forward (``link.carry``) and keeps the new state beside the old ones with what changed
(``reconcile.changes``). Unrelated stories are never touched. Each article is filed in its own
short transaction and each story version written in another, so a killed run loses at most
the article in hand, and a story left unbuilt is rebuilt by the next ``add``.

    from storydesk import Desk

    with Desk("desk.db") as desk:
        desk.add(["examples/ukraine-peace-plan-2025-11-25"])
        for story in desk.stories():
            print(story.id, story.title, story.articles)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from storydesk.article import Article, Publication, content_id
from storydesk.desk import state as states
from storydesk.errors import StoreError, UsageError
from storydesk.ids import stable_id
from storydesk.ingest.base import Skipped
from storydesk.link import stream
from storydesk.link.filing import carry_out
from storydesk.options import Options
from storydesk.reconcile.changes import Change
from storydesk.store import Store, open_store
from storydesk.store.index import StoreIndex
from storydesk.story import Story

Progress = Callable[[str, int, int], None]
REBUILD_ATTEMPTS = 5  # another writer may file into the story while we link it


@dataclass(slots=True)
class AddResult:
    """What one ``add`` did: articles filed, found already there or skipped, and stories."""

    added: list[str] = field(default_factory=list)  # article ids
    already: list[tuple[str, str]] = field(default_factory=list)  # (source, article id)
    # The text of an article there (or added now) from another outlet: no new article, one
    # more outlet that published it (source, article id)
    republished: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    created: list[str] = field(default_factory=list)  # story ids
    changed: list[str] = field(default_factory=list)  # story ids that existed before
    merged: list[tuple[str, str]] = field(default_factory=list)  # (story, into)


class Input(NamedTuple):
    """An input that gave an article: its key in the store (``ingest.input_key``: its text
    and what its reader gave with it), the hash of its text as read (the filing order's
    tie-break), its source, and where it was published (as cleaning found)."""

    key: str
    raw: str
    source: str
    published_as: Publication


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str
    articles: int
    outlets: list[str]
    first: str | None
    last: str | None
    conflicts: int
    updated: str  # when its latest version was made
    topic: str = ""  # the id naming its group of related stories (its own id when none)
    sources: int = 0  # independent sources: outlets, a wire copy counted with its original
    unknown_outlets: int = 0  # articles no outlet was found for: each one of its own, as
    # the report counts them ("Unknown outlet 1, 2, …")

    @property
    def outlet_count(self) -> int:
        return len(self.outlets) + self.unknown_outlets

    @property
    def outlets_label(self) -> str:
        """"The Moscow Times, Al Jazeera and 3 unknown outlets"."""
        if not self.unknown_outlets:
            return ", ".join(self.outlets)
        unknown = f"{self.unknown_outlets} unknown outlet{'s' if self.unknown_outlets > 1 else ''}"
        return f"{', '.join(self.outlets)} and {unknown}" if self.outlets else unknown

    @property
    def copied(self) -> str:
        """"9 outlets, 4 independent" when copies (or an outlet's updates) collapse, else
        "" (the outlets are all independent)."""
        from storydesk.link.syndication import sources_label

        if self.sources >= self.outlet_count:
            return ""
        return sources_label(self.outlet_count, self.sources)

    @classmethod
    def from_dict(cls, story_id: str, data: dict[str, Any], topic: str = "") -> StorySummary:
        """From the summary ``state.summary`` makes (kept beside each story)."""
        return cls(id=story_id, title=str(data.get("title", "")),
                   articles=int(data.get("articles", 0)), outlets=list(data.get("outlets", [])),
                   first=data.get("first"), last=data.get("last"),
                   conflicts=int(data.get("conflicts", 0)), updated=str(data.get("updated", "")),
                   topic=topic or story_id,
                   # a summary written before sources were counted: its outlets
                   sources=int(data.get("sources", len(data.get("outlets", [])))),
                   unknown_outlets=int(data.get("unknown_outlets", 0)))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles": self.articles,
                "outlets": self.outlets, "unknown_outlets": self.unknown_outlets,
                "first": self.first, "last": self.last, "sources": self.sources,
                "conflicts": self.conflicts, "updated": self.updated, "topic": self.topic}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Desk:
    """A store of stories. ``store`` is a path, a ``postgresql://`` URL, ``":memory:"`` or an
    open ``Store``; ``settings`` are option overrides (``Desk("desk.db", date="2025-11-25")``,
    ``config="storydesk.toml"``); ``create=False`` refuses a store that does not exist yet.
    Close it (or use ``with``) when done.
    """

    def __init__(self, store: str | Store | None = None, options: Options | None = None, *,
                 create: bool = True, **settings: Any) -> None:
        config = settings.pop("config", None)
        self.options = (options or Options.load(config)).merged(
            {k: v for k, v in settings.items() if v is not None})
        self.store = store if isinstance(store, Store) else open_store(
            store or self.options.store, create=create)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- adding -----------------------------------------------------------------------------

    def add(self, inputs: Iterable[str], progress: Progress | None = None) -> AddResult:
        from storydesk.desk import adding

        return adding.add(self, list(inputs), progress or _silent)

    def add_articles(self, articles: Iterable[Article], progress: Progress | None = None
                     ) -> AddResult:
        """Add articles made elsewhere (a crawler's, say), as a reader would give them:
        ``raw`` (or ``text``) holding the page or text; their ids are made here."""
        from storydesk.desk import adding

        raw = []
        for article in articles:
            article.raw = article.raw or article.text
            article.id = content_id(article.raw)
            raw.append(article)
        return adding.add_read(self, raw, progress or _silent, AddResult())

    def file(self, articles: Sequence[Article], result: AddResult,
             progress: Progress = lambda *_: None,
             sources: Mapping[str, list[Input]] | None = None) -> set[str]:
        """File cleaned articles into stories, one transaction each (stored not annotated
        yet); the stories touched. Order is by date then id, so a batch files the same
        whatever order it came in. ``sources``: per article id, the inputs that gave it."""
        from storydesk.clean.recurring import line_signatures

        given = sources or {}

        def arrival(article: Article) -> tuple[bool, str, str]:
            # By date, then by the hash of the input as read (what ``analyze`` used before
            # articles were keyed by their clean text; the filer's thresholds were set so).
            inputs = given.get(article.id)
            raw = inputs[0].raw if inputs else article.id
            return article.published is None, article.published or "", raw

        ordered = sorted(articles, key=arrival)
        index = StoreIndex(self.store, now)
        touched: set[str] = set()
        for done, article in enumerate(ordered, start=1):
            signature = stream.sign(article)
            with self.store.write():
                at = now()
                if not self.store.add_article(article, at, annotated=False):
                    result.already.append((article.source, article.id))
                    continue
                filing = stream.file(signature, index, self.options)
                left = set(self.store.story_of(filing.moved).values())
                story = carry_out(index, signature, filing, stable_id("s", signature.article),
                                  _Bookkeeping(self.store, at, result))
                # Stories that lost articles (moved out, split off) changed too.
                changed = {story, *(s for s in (filing.story, filing.split_story) if s),
                           *left}
                inputs = given.get(article.id) or [
                    Input(article.id, article.id, article.source, Publication.of(article))]
                for given_input in inputs:
                    self.store.add_source(given_input.key, article.id, given_input.source, at,
                                          given_input.published_as)
                if article.outlet:
                    self.store.add_lines(article.outlet.casefold(), line_signatures(article))
                for each in sorted(changed):
                    self.store.touch_story(each, at)
            result.added.append(article.id)
            touched = {s for s in touched if s not in dict(result.merged)} | changed
            progress("file", done, len(ordered))
        return touched

    def rebuild(self, stories: Iterable[str] | None = None,
                progress: Progress = lambda *_: None) -> list[str]:
        """Link and reconcile stories whose articles changed (default: every such story);
        the ids of those given a new version."""
        wanted = sorted(set(stories) | set(self.store.stale_stories())
                        if stories is not None else self.store.stale_stories())
        built = []
        for done, story_id in enumerate(wanted, start=1):
            if self._rebuild(story_id):
                built.append(story_id)
            progress("link", done, len(wanted))
        return built

    def _rebuild(self, story_id: str) -> bool:
        from storydesk.reconcile.changes import diff

        for _ in range(REBUILD_ATTEMPTS):
            with self.store.snapshot():
                row = self.store.story(story_id)
                if row is None or row.merged_into or row.built >= row.revision:
                    return False
                members = self.store.members(story_id)
                if self.store.unannotated(members):
                    return False  # the run annotating them rebuilds it (or the next add)
                stored = self.store.article_dicts(members)
                published = self.store.publications(members)
                previous = self.store.version(story_id)
                absorbed = self._absorbed(story_id, previous.at if previous else None)
            story = states.linked(story_id, members, stored, published, self.options)
            old_state = previous.state if previous else None
            new_state, renamed = states.carry_ids(states.joined(old_state, absorbed),
                                                  states.to_state(story, stored))
            if renamed:  # the story object still has the ids linking gave it
                story = states.from_state(new_state, stored)
            old = states.from_state(old_state, stored, light=True) if old_state else None
            changes = [(c.kind, c.key, c.data()) for c in diff(old, story)]
            at = now()
            with self.store.write():
                if self.store.add_version(story_id, at, row.revision, new_state,
                                          states.summary(story, at), changes) is not None:
                    return True
        return False

    def _absorbed(self, story_id: str, since: str | None) -> list[dict[str, Any]]:
        """The latest states of the stories merged into ``story_id`` after ``since``: their
        objects keep their ids in the merged story."""
        merged = [other for at, kind, other in self.store.events(story_id)
                  if kind == "merged" and (since is None or at > since)]
        versions = (self.store.version(other) for other in merged)
        return [version.state for version in versions if version is not None]

    # -- reading ----------------------------------------------------------------------------

    def stories(self) -> list[StorySummary]:
        """Every story, most recently changed first."""
        return [StorySummary.from_dict(row.id, row.summary, row.topic)
                for row in self.store.stories() if row.summary]

    def related(self, story: str) -> list[StorySummary]:
        """The other stories of its topic: related news (the same place, the same people),
        never reconciled with it."""
        wanted = set(self.store.related(self.resolve(story)))
        return [summary for summary in self.stories() if summary.id in wanted]

    def resolve(self, story: str) -> str:
        """The id of the story ``story`` names (an id, a unique prefix, or a story merged
        into another, which gives the one it was merged into)."""
        found = self.store.find_stories(story)
        exact = [s for s in found if s == story]
        if not found:
            raise UsageError(f"no story '{story}' in {self.store.location}")
        if len(found) > 1 and not exact:
            raise UsageError(f"'{story}' names {len(found)} stories: {', '.join(found[:5])}")
        target = exact[0] if exact else found[0]
        for _ in range(100):  # follow merges (a chain, never a cycle)
            row = self.store.story(target)
            if row is None or not row.merged_into:
                break
            target = row.merged_into
        return target

    def story(self, story: str, at: str | None = None) -> Story:
        """The story as it is now, or as it was at ``at`` (ISO 8601)."""
        story_id = self.resolve(story)
        with self.store.snapshot():
            version = self.store.version(story_id, at)
            if version is None:
                raise StoreError(f"story {story_id} has no state "
                                 + (f"at {at}" if at else "yet (run storydesk add again)"))
            stored = self.store.article_dicts(states.article_ids(version.state))
            topic = self.store.topics([story_id]).get(story_id, story_id)
        found = states.from_state(version.state, stored)
        found.topic = topic  # stories sharing a topic are related (link.stream)
        return found

    def changes(self, story: str, since: str) -> list[Change]:
        """What changed in the story after ``since`` (ISO 8601 UTC), each dated."""
        from storydesk.desk.history import changes_since

        return changes_since(self, self.resolve(story), since)


class _Bookkeeping:
    """What the desk keeps beside its index as a filing is carried out (``link.filing``): a
    new story's row with the filing's time, a merged story retired into the one it joined,
    and what the ``add`` reports (stories created, merged)."""

    def __init__(self, store: Store, at: str, result: AddResult) -> None:
        self.store = store
        self.at = at
        self.result = result

    def started(self, story: str) -> None:
        self.store.add_story(story, self.at)
        self.result.created.append(story)

    def merged(self, source: str, target: str) -> None:
        self.store.retire_story(source, target, self.at)
        self.result.merged.append((source, target))

    def split(self, story: str) -> None:
        self.result.created.append(story)


def _silent(stage: str, done: int, total: int) -> None:
    return None


__all__ = ["AddResult", "Desk", "Input", "StorySummary"]
