"""The one store interface, over either backend. Storage only: it keeps and returns what the
desk (``storydesk.desk``) decides; it never links, files or compares anything itself.

Articles are kept once, keyed by the hash of their clean text, as annotated (before linking);
a story's state at each change (its linked objects and what linking set on its articles) is a
version that points at those articles. See ``migrations.py`` for the tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from storydesk.store import migrations
from storydesk.store.article_rows import ArticleRows
from storydesk.store.rows import Backend
from storydesk.store.story_rows import StoryRows


class Store(ArticleRows, StoryRows):
    """Open with ``storydesk.store.open_store``; use as a context manager to close it."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.location = backend.location
        with self.write():
            self.migrated = migrations.migrate(backend)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    @contextmanager
    def write(self) -> Iterator[None]:
        """A write transaction; writers queue for each other, readers are never blocked."""
        with self.backend.transaction(write=True):
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: several reads see one state of the store."""
        with self.backend.transaction(write=False):
            yield

    # -- the store itself -------------------------------------------------------------------

    def migrations(self) -> list[tuple[str, str]]:
        return migrations.applied(self.backend)

    def check(self) -> list[str]:
        """Problems found (empty when the store is sound): the backend's own check, then
        links every writer keeps (each article filed once, with a signature)."""
        problems = self.backend.integrity()
        if any(not problem.startswith("foreign key") for problem in problems):
            return problems  # a damaged file: its links cannot be read reliably
        for label, sql in _CONSISTENCY:
            count = int(self._q(sql)[0][0])
            if count:
                problems.append(f"{count} {label}")
        return problems


_CONSISTENCY = [
    ("articles filed in no story", "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
     "(SELECT 1 FROM story_articles m WHERE m.article = a.id)"),
    ("articles without a signature", "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
     "(SELECT 1 FROM signatures s WHERE s.article = a.id)"),
    ("articles in a story merged away", "SELECT COUNT(*) FROM story_articles m JOIN stories s "
     "ON s.id = m.story WHERE s.merged_into IS NOT NULL"),
    ("versions ahead of their story", "SELECT COUNT(*) FROM story_versions v JOIN stories s "
     "ON s.id = v.story WHERE v.revision > s.revision"),
    # What a killed writer could leave half-done if a transaction were split (issue 12).
    ("stories with no articles", "SELECT COUNT(*) FROM stories s WHERE s.merged_into IS NULL "
     "AND NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.story = s.id)"),
    ("stories built ahead of their articles", "SELECT COUNT(*) FROM stories "
     "WHERE built > revision"),
    ("stories built with no version of that build", "SELECT COUNT(*) FROM stories s "
     "WHERE s.built > 0 AND (s.summary IS NULL OR NOT EXISTS (SELECT 1 FROM story_versions v "
     "WHERE v.story = s.id AND v.revision = s.built))"),
    ("changes of no version", "SELECT COUNT(*) FROM story_changes c WHERE NOT EXISTS "
     "(SELECT 1 FROM story_versions v WHERE v.story = c.story AND v.version = c.version)"),
    ("band keys of no signature", "SELECT COUNT(*) FROM signature_bands b WHERE NOT EXISTS "
     "(SELECT 1 FROM signatures s WHERE s.article = b.article AND s.seq = b.seq)"),
]
