"""What the store's parts share: the backend they run on (``Backend``: SQLite or PostgreSQL)
and how they query it (``Rows``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
