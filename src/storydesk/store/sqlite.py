"""The SQLite backend: one file (or ``:memory:``), WAL, busy timeout, serialised writers.

Writers take the database lock when their transaction starts (``BEGIN IMMEDIATE``), so two
``storydesk add`` processes on one file queue for each other instead of failing half-way with
"database is locked"; readers never wait (WAL).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storydesk.errors import StoreError
from storydesk.store.rows import Transactions

# How long a writer waits for another writer's transaction before giving up. Transactions are
# short (one article filed, one story version written), so this is generous on purpose.
BUSY_TIMEOUT_MS = 120_000


class SQLiteBackend(Transactions):
    dialect = "sqlite"
    blob = "BLOB"

    def __init__(self, path: str, create: bool = True) -> None:
        self.location = path
        if path != ":memory:":
            file = Path(path).expanduser()
            if not create and not file.exists():
                raise StoreError(f"no store at {path} (storydesk add INPUT... --store {path} "
                                 "makes one)")
            if not file.resolve().parent.is_dir():
                raise StoreError(f"{path}: folder {file.resolve().parent} does not exist")
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            # NORMAL is safe in WAL mode: a killed process never loses a committed transaction.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a storydesk store ({exc})") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, tuple(params)).fetchall()

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(sql, tuple(params)).rowcount

    @contextmanager
    def _outermost(self, write: bool) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def integrity(self) -> list[str]:
        """SQLite's own checks; a file too damaged to check is itself the problem."""
        try:
            problems = [row[0] for row in self.execute("PRAGMA integrity_check")
                        if row[0] != "ok"]
            problems += [f"foreign key: {row}"
                         for row in self.execute("PRAGMA foreign_key_check")]
        except sqlite3.DatabaseError as exc:
            return [f"damaged file: {exc}"]
        return problems

    def close(self) -> None:
        self._db.close()
