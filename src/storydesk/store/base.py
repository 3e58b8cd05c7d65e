"""The one store interface, over either backend. Storage only: it keeps and returns what the
desk (``storydesk.desk``) decides; it never links, files or compares anything itself.

Articles are kept once, keyed by the hash of their clean text, as annotated (before linking);
a story's state at each change (its linked objects and what linking set on its articles) is a
version that points at those articles. See ``migrations.py`` for the tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from storydesk.article import Article, Publication
from storydesk.store import migrations
from storydesk.store.records import (
    ChangeRow,
    StoryRow,
    Version,
    column,
    pack,
    story_row,
    unpack,
    version_row,
)

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


class Store:
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

    # -- articles and the inputs that gave them ---------------------------------------------

    def article_of_source(self, raw: str) -> str | None:
        rows = self._q("SELECT article FROM sources WHERE raw = ?", (raw,))
        return str(rows[0][0]) if rows else None

    def add_source(self, raw: str, article: str, source: str, at: str,
                   published_as: Publication | None = None) -> bool:
        """Record that input ``raw`` gave ``article`` and, when known, where it was published
        (``published_as``); False (nothing written) when the input is known already."""
        where = published_as or Publication(source, "")
        return self.backend.rowcount(
            "INSERT INTO sources (raw, article, source, added_at, outlet, title, url, published)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (raw) DO NOTHING",
            (raw, article, column(source), at, column(where.outlet or None),
             column(where.title), column(where.url), column(where.published)),
        ) == 1

    def publications(self, articles: Iterable[str]) -> dict[str, list[Publication]]:
        """Per article, where each input that gave it was published (inputs whose outlet is
        known), in the order they arrived (those of one ``add`` by their source)."""
        rows = self._in("SELECT article, source, outlet, title, url, published, added_at, raw"
                        " FROM sources WHERE outlet IS NOT NULL AND article IN ({})", articles)
        found: dict[str, list[Publication]] = {}
        for article, source, outlet, title, url, published, _, _ in sorted(
                rows, key=lambda row: (str(row[6]), str(row[1]), str(row[7]))):
            found.setdefault(str(article), []).append(
                Publication(str(source), str(outlet), title, url, published))
        return found

    def input_outlets(self, articles: Iterable[str]) -> dict[str, list[str | None]]:
        """Per article, the outlet of each input that gave it, as recorded (None: no outlet
        was found, or the input was stored before migration 0004_publications)."""
        rows = self._in("SELECT article, outlet FROM sources WHERE article IN ({})", articles)
        found: dict[str, list[str | None]] = {}
        for article, outlet in rows:
            found.setdefault(str(article), []).append(None if outlet is None else str(outlet))
        return found

    def sources(self, article: str) -> list[str]:
        rows = self._q("SELECT source FROM sources WHERE article = ? ORDER BY added_at, source",
                       (article,))
        return [str(row[0]) for row in rows]

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        return {str(row[0]) for row in self._in("SELECT id FROM articles WHERE id IN ({})", ids)}

    def add_article(self, article: Article, at: str, annotated: bool = True) -> bool:
        """Keep ``article``; False (and nothing written) when its id is already stored."""
        inserted = self.backend.rowcount(
            "INSERT INTO articles (id, added_at, annotated, published, published_from, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (article.id, at, int(annotated), column(article.published),
             column(article.published_from), pack(article.as_dict())),
        )
        return inserted == 1

    def update_article(self, article: Article, annotated: bool = True) -> None:
        """Replace a stored article by a later form of it (annotated, or dated anew)."""
        self._q("UPDATE articles SET data = ?, annotated = ?, published = ?, "
                "published_from = ? WHERE id = ?",
                (pack(article.as_dict()), int(annotated), column(article.published),
                 column(article.published_from), article.id))

    def unannotated(self, among: Iterable[str] | None = None) -> list[str]:
        """Articles filed but not annotated yet (being annotated, or a run stopped between
        the two), of ``among`` when given."""
        if among is None:
            rows = self._q("SELECT id FROM articles WHERE annotated = 0 ORDER BY id")
        else:
            rows = self._in("SELECT id FROM articles WHERE annotated = 0 AND id IN ({})",
                            among)
        return sorted(str(row[0]) for row in rows)

    def article_dates(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """(published, published_from) of each article, without reading the article."""
        rows = self._in("SELECT id, published, published_from FROM articles WHERE id IN ({})",
                        ids)
        return {str(id_): (published, source) for id_, published, source in rows}

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        return {id_: Article.from_dict(data) for id_, data in self.article_dicts(ids).items()}

    def article_dicts(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Articles as kept (``Article.as_dict`` through JSON), by id."""
        rows = self._in("SELECT id, data FROM articles WHERE id IN ({})", ids)
        return {str(id_): unpack(data) for id_, data in rows}

    def article_count(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM articles")[0][0])

    def article_times(self, ids: Iterable[str]) -> dict[str, str]:
        """When each article was added."""
        rows = self._in("SELECT id, added_at FROM articles WHERE id IN ({})", ids)
        return {str(id_): str(at) for id_, at in rows}

    # -- what filing and cleaning learn: signatures, band keys, outlet lines ----------------

    def add_signature(self, article: str, signature: dict[str, Any],
                      keys: Sequence[int]) -> bool:
        """Keep an article's signature and band keys; False when it already has one."""
        if self._q("SELECT 1 FROM signatures WHERE article = ?", (article,)):
            return False
        seq = int(self._q("SELECT COALESCE(MAX(seq), 0) + 1 FROM signatures")[0][0])
        self._q("INSERT INTO signatures (article, seq, data) VALUES (?, ?, ?)",
                (article, seq, json.dumps(signature, ensure_ascii=True)))
        self.backend.executemany(
            "INSERT INTO signature_bands (key, article, seq) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(key, article, seq) for key in sorted(set(keys))],
        )
        return True

    def band_matches(self, keys: Sequence[int], per_key: int
                     ) -> list[tuple[str, str, dict[str, Any]]]:
        """(article, story, signature) of the filed articles sharing a band key: per key the
        ``per_key`` latest filed, so one filing reads a bounded number however large the desk."""
        rows = self._in(
            "SELECT s.article, m.story, s.data FROM signatures s"
            " JOIN story_articles m ON m.article = s.article"
            " WHERE s.article IN (SELECT article FROM ("
            "  SELECT article, ROW_NUMBER() OVER (PARTITION BY key ORDER BY seq DESC) AS n"
            "  FROM signature_bands WHERE key IN ({})) latest"
            f" WHERE n <= {int(per_key)})",
            sorted(set(keys)),
        )
        seen: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for article, story, data in rows:
            seen.setdefault(str(article), (str(article), str(story), json.loads(data)))
        return [seen[a] for a in sorted(seen)]

    def signature_count(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM signatures")[0][0])

    def add_lines(self, outlet: str, lines: Iterable[str]) -> None:
        """One more article of ``outlet`` (casefolded) holds each of ``lines`` (signatures)."""
        self.backend.executemany(
            "INSERT INTO outlet_lines (outlet, line, articles) VALUES (?, ?, 1) "
            "ON CONFLICT (outlet, line) DO UPDATE SET articles = outlet_lines.articles + 1",
            [(column(outlet), line) for line in sorted(set(lines))],
        )

    def line_counts(self, outlet: str, lines: Iterable[str]) -> dict[str, int]:
        rows = self._in("SELECT line, articles FROM outlet_lines WHERE outlet = ? "
                        "AND line IN ({})", lines, (column(outlet),))
        return {str(line): int(count) for line, count in rows}

    def add_member(self, story: str, article: str, at: str) -> None:
        self._q("INSERT INTO story_articles (article, story, added_at) VALUES (?, ?, ?)",
                (article, story, at))

    def members(self, story: str) -> list[str]:
        """The story's article ids, in the order they arrived."""
        rows = self._q("SELECT article FROM story_articles WHERE story = ? "
                       "ORDER BY added_at, article", (story,))
        return [str(row[0]) for row in rows]

    def story_sizes(self, stories: Iterable[str]) -> dict[str, int]:
        rows = self._in("SELECT story, COUNT(*) FROM story_articles WHERE story IN ({}) "
                        "GROUP BY story", stories)
        return {str(story): int(count) for story, count in rows}

    def story_of(self, articles: Iterable[str]) -> dict[str, str]:
        rows = self._in("SELECT article, story FROM story_articles WHERE article IN ({})",
                        articles)
        return {str(article): str(story) for article, story in rows}

    def move_members(self, source: str, target: str) -> None:
        self._q("UPDATE story_articles SET story = ? WHERE story = ?", (target, source))

    # -- stories ----------------------------------------------------------------------------

    def add_story(self, story: str, at: str) -> None:
        self._q("INSERT INTO stories (id, created_at, updated_at, revision, built) "
                "VALUES (?, ?, ?, 0, 0)", (story, at, at))
        self.add_event(story, at, "created", story)

    def touch_story(self, story: str, at: str) -> int:
        """Its articles changed: bump the revision; the new revision."""
        self._q("UPDATE stories SET revision = revision + 1, updated_at = ? WHERE id = ?",
                (at, story))
        return int(self._q("SELECT revision FROM stories WHERE id = ?", (story,))[0][0])

    def retire_story(self, story: str, into: str, at: str) -> None:
        """``story`` was merged into ``into``: it keeps its history but lists no more."""
        self._q("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?",
                (into, at, story))
        self.add_event(into, at, "merged", story)

    def topics(self, stories: Iterable[str]) -> dict[str, str]:
        """The topic of each story (its own id when it is related to no other)."""
        rows = self._in("SELECT id, COALESCE(topic, id) FROM stories WHERE id IN ({})",
                        stories)
        return {str(story): str(topic) for story, topic in rows}

    def merge_topics(self, source: str, target: str) -> None:
        """Every story of topic ``source`` now belongs to topic ``target``."""
        if source != target:
            self._q("UPDATE stories SET topic = ? WHERE COALESCE(topic, id) = ?",
                    (target, source))

    def related(self, story: str) -> list[str]:
        """The other stories of ``story``'s topic (not merged away)."""
        rows = self._q("SELECT s.id FROM stories s, stories me WHERE me.id = ? AND s.id <> me.id"
                       " AND COALESCE(s.topic, s.id) = COALESCE(me.topic, me.id)"
                       " AND s.merged_into IS NULL ORDER BY s.id", (story,))
        return [str(row[0]) for row in rows]

    def add_event(self, story: str, at: str, kind: str, other: str) -> None:
        self._q("INSERT INTO story_events (story, at, kind, other) VALUES (?, ?, ?, ?)",
                (story, at, kind, other))

    def events(self, story: str) -> list[tuple[str, str, str]]:
        rows = self._q("SELECT at, kind, other FROM story_events WHERE story = ? ORDER BY at",
                       (story,))
        return [(str(at), str(kind), str(other)) for at, kind, other in rows]

    def story(self, story: str) -> StoryRow | None:
        rows = self._q(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story,))
        return story_row(rows[0]) if rows else None

    def stories(self, *, merged: bool = False) -> list[StoryRow]:
        """Every story (those merged away only when asked), most recently changed first."""
        where = "" if merged else "WHERE merged_into IS NULL"
        rows = self._q(f"SELECT {_STORY_COLUMNS} FROM stories {where} "
                       "ORDER BY updated_at DESC, id")
        return [story_row(row) for row in rows]

    def stale_stories(self) -> list[str]:
        """Stories whose articles changed since their latest version was built."""
        rows = self._q("SELECT id FROM stories WHERE revision > built AND merged_into IS NULL "
                       "ORDER BY id")
        return [str(row[0]) for row in rows]

    def find_stories(self, prefix: str) -> list[str]:
        rows = self._q("SELECT id FROM stories WHERE substr(id, 1, ?) = ? ORDER BY id",
                       (len(prefix), prefix))
        return [str(row[0]) for row in rows]

    # -- versions and changes ---------------------------------------------------------------

    def add_version(self, story: str, at: str, revision: int, state: dict[str, Any],
                    summary: dict[str, Any], changes: Sequence[tuple[str, str, dict[str, Any]]]
                    ) -> int | None:
        """Keep the story's state built from ``revision`` and the changes that led to it; None
        (nothing written) when the story has moved on since (another writer filed into it)."""
        current = self._q("SELECT revision, built FROM stories WHERE id = ?", (story,))
        if not current or int(current[0][0]) != revision or int(current[0][1]) >= revision:
            return None
        latest = self._q("SELECT MAX(version) FROM story_versions WHERE story = ?", (story,))
        number = int(latest[0][0] or 0) + 1
        self._q("INSERT INTO story_versions (story, version, at, revision, state) "
                "VALUES (?, ?, ?, ?, ?)", (story, number, at, revision, pack(state)))
        self.backend.executemany(
            "INSERT INTO story_changes (story, version, at, kind, key, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(story, number, at, kind, key, json.dumps(data, ensure_ascii=True))
             for kind, key, data in changes],
        )
        self._q("UPDATE stories SET built = ?, summary = ? WHERE id = ?",
                (revision, json.dumps(summary, ensure_ascii=True), story))
        return number

    def version(self, story: str, at: str | None = None) -> Version | None:
        """The latest version, or the latest one made at or before ``at``."""
        if at is None:
            rows = self._q(f"SELECT {_VERSION_COLUMNS} FROM story_versions WHERE story = ? "
                           "ORDER BY version DESC LIMIT 1", (story,))
        else:
            rows = self._q(f"SELECT {_VERSION_COLUMNS} FROM story_versions WHERE story = ? "
                           "AND at <= ? ORDER BY version DESC LIMIT 1", (story, at))
        return version_row(rows[0]) if rows else None

    def latest_version(self, story: str) -> int | None:
        """The number of the story's latest version (None before its first)."""
        rows = self._q("SELECT MAX(version) FROM story_versions WHERE story = ?", (story,))
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def versions(self, story: str) -> list[tuple[int, str]]:
        rows = self._q("SELECT version, at FROM story_versions WHERE story = ? ORDER BY version",
                       (story,))
        return [(int(number), str(at)) for number, at in rows]

    def changes(self, story: str, since: str | None = None) -> list[ChangeRow]:
        """Recorded changes of ``story`` (after ``since``), oldest first."""
        sql = "SELECT story, version, at, kind, key, data FROM story_changes WHERE story = ?"
        params: list[Any] = [story]
        if since is not None:
            sql += " AND at > ?"
            params.append(since)
        rows = self._q(sql + " ORDER BY version, kind, key", params)
        return [ChangeRow(str(s), int(v), str(at), str(kind), str(key), json.loads(data))
                for s, v, at, kind, key, data in rows]

    def changed_since(self, since: str) -> dict[str, int]:
        """Stories with recorded changes after ``since``, and how many."""
        rows = self._q("SELECT story, COUNT(*) FROM story_changes WHERE at > ? GROUP BY story",
                       (since,))
        return {str(story): int(count) for story, count in rows}


_STORY_COLUMNS = ("id, created_at, updated_at, revision, built, merged_into, summary, "
                  "COALESCE(topic, id)")
_VERSION_COLUMNS = "story, version, at, revision, state"

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
