"""Storage of stories: SQLite by default, PostgreSQL as a server (later issue)."""
