"""Every store test runs against SQLite and against PostgreSQL (a throwaway server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from postgres_cluster import schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh, empty store lives: an SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "desk.db")
        return
    import psycopg

    server: str = request.getfixturevalue("postgres_server")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield schema_url(server, schema)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
