"""What the store's parts share: the backend they run on (``Backend``: SQLite or PostgreSQL)
and how they query it (``Rows``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

CHUNK = 500  # values per IN (...) list: far below both backends' parameter limits


class Backend(Protocol):
    dialect: str
    blob: str
    location: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    def transaction(self, write: bool) -> Any: ...

    def integrity(self) -> list[str]: ...

    def close(self) -> None: ...


class Transactions:
    """One transaction at a time on a connection; nested calls join the outer one (both
    backends: the store's write and snapshot wrap steps that open their own). A backend says
    how its outermost transaction begins and ends (``_outermost``)."""

    _depth = 0

    @contextmanager
    def transaction(self, write: bool) -> Iterator[None]:
        """One transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._outermost(write):
                yield
        finally:
            self._depth = 0

    def _outermost(self, write: bool) -> AbstractContextManager[None]:
        raise NotImplementedError


class Rows:
    """Queries over the store's backend (``Store``'s parts: ``ArticleRows``, ``StoryRows``)."""

    backend: Backend

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.backend.execute(sql, params)

    def _in(self, sql: str, values: Iterable[Any],
            params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run ``sql`` (holding one ``IN ({})``) over ``values`` in chunks; rows concatenated."""
        items = list(values)
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            rows += self._q(sql.format(",".join("?" * len(chunk))), [*params, *chunk])
        return rows
