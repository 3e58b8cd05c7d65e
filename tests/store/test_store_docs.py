"""docs/store.md documents the schema the migrations build: every table, every column."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from shared_data import ROOT
from storydesk.store import open_store
from storydesk.store.migrations import MIGRATIONS


def test_every_table_and_column_is_documented(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    open_store(str(path)).close()
    docs = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    rows = {match.group(1): line for line in docs.splitlines()
            if (match := re.match(r"\| `(\w+)` \|", line))}
    with sqlite3.connect(path) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
            "'schema_migrations' ORDER BY name")]
        assert tables
        for table in tables:
            assert table in rows, f"table {table} is not in docs/store.md"
            for column in (row[1] for row in db.execute(f"PRAGMA table_info({table})")):
                assert f"`{column}`" in rows[table] or f"{column}," in rows[table] or (
                    f"`{column} " in rows[table] or f" {column}`" in rows[table]), (
                    f"column {table}.{column} is not in docs/store.md")
    for migration in MIGRATIONS:
        assert f"`{migration.name}`" in docs, migration.name
