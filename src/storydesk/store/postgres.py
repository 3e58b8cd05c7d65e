"""The PostgreSQL backend (``--store postgresql://…``), with psycopg 3.

Install with ``pip install 'storydesk[postgres]'``. Writers serialise on one transaction-level
advisory lock, the same guarantee SQLite's ``BEGIN IMMEDIATE`` gives: filing an article reads
the index and writes it in one step, so two writers never file related articles apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from storydesk.errors import StoreError
from storydesk.store.rows import Transactions

# Any constant works: it only has to be the same in every storydesk process.
WRITE_LOCK = 0x5707_DE5C


class PostgresBackend(Transactions):
    dialect = "postgresql"
    blob = "BYTEA"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(f"{_safe(url)}: PostgreSQL stores need psycopg; install "
                             "'storydesk[postgres]'") from exc
        self.location = _safe(url)
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect ({exc})") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._db.cursor() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return cursor.fetchall() if cursor.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(_pg(sql), [tuple(row) for row in rows])

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._db.cursor() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return cursor.rowcount

    @contextmanager
    def _outermost(self, write: bool) -> Iterator[None]:
        with self._db.transaction():
            if write:
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield

    def integrity(self) -> list[str]:
        # Constraints are enforced by the server on every write; nothing to scan for here.
        return []

    def close(self) -> None:
        self._db.close()


def _pg(sql: str) -> str:
    """Our SQL is written with ``?`` placeholders and never holds a literal ``%`` or ``?``."""
    return sql.replace("?", "%s")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))
