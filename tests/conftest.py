"""Shared fixtures: the bundled example and ../shared (skipped when absent), stores on SQLite and
on a throwaway PostgreSQL server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from postgres_cluster import schema_url
from shared_data import EXAMPLE, shared_path


@pytest.fixture(scope="session")
def expected() -> dict[str, Any]:
    path = shared_path("corpora", "ukraine-peace-plan-2025-11-25", "expected.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def example_analysis():  # type: ignore[no-untyped-def]
    """The example analysed once per test session (the spaCy pass is the slow part)."""
    from storydesk.options import Options
    from storydesk.pipeline import analyze

    return analyze([str(EXAMPLE)], Options.load())


@pytest.fixture(scope="session")
def example_articles(example_analysis, expected):  # type: ignore[no-untyped-def]
    """Articles of the example keyed by expected.json's short keys ("000", "001", ...)."""
    by_name = {Path(a.source).name: a for a in example_analysis.stories[0].articles}
    return {key: by_name[name] for key, name in expected["files"].items()}


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """URL of a throwaway PostgreSQL server for the session; skips (saying why) without one."""
    from postgres_cluster import Cluster, Unavailable

    try:
        cluster = Cluster()
        url = cluster.start()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL store tests need a server: {exc}")
    try:
        yield url
    finally:
        cluster.stop()


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
