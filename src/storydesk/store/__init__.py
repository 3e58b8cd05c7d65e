"""Storage of the desk: SQLite by default, PostgreSQL when given a ``postgresql://`` URL.

``open_store(location)`` opens (and creates, migrating it to the current schema) one store:

- a path: an SQLite file, default ``./storydesk.db`` (the ``store`` setting, or the
  ``STORYDESK_STORE`` environment variable, changes the default);
- ``:memory:``: an SQLite store that lives as long as the process (``analyze`` uses one);
- ``postgresql://user@host:port/db`` (or ``postgres://``): a PostgreSQL database
  (``pip install 'storydesk[postgres]'``).
"""

from __future__ import annotations

import os

from storydesk.store.base import Store
from storydesk.store.records import ChangeRow, StoryRow, Version

DEFAULT_STORE = "storydesk.db"
ENVIRONMENT = "STORYDESK_STORE"

__all__ = ["DEFAULT_STORE", "ChangeRow", "Store", "StoryRow", "Version", "default_location",
           "open_store"]


def default_location(setting: str | None = None) -> str:
    """The store to use when none is given: the setting, else $STORYDESK_STORE, else
    ./storydesk.db."""
    return setting or os.environ.get(ENVIRONMENT) or DEFAULT_STORE


def is_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def open_store(location: str | None = None, *, create: bool = True) -> Store:
    """Open the store at ``location``; ``create=False`` refuses an SQLite file that does not
    exist yet (reading commands should not make an empty store out of a typo)."""
    target = default_location(location)
    if is_url(target):
        from storydesk.store.postgres import PostgresBackend

        return Store(PostgresBackend(target))
    from storydesk.store.sqlite import SQLiteBackend

    return Store(SQLiteBackend(target, create=create))
