"""The store's schema as named, ordered migrations, recorded in the database they built.

A migration is never edited once released: a change to the schema is a new migration at the
end. A migration may also bring stored data up to date (``then``: a Python step run once, in
the same transaction, right after its SQL) when what the code derives from it changed.
``{blob}`` stands for the backend's binary type. Times are ISO 8601 UTC strings (they sort
as they happen); JSON is stored as text and large JSON compressed (zlib) as a blob.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from storydesk.errors import StoreError
from storydesk.store.records import unpack
from storydesk.store.rows import Backend


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str
    then: Callable[[Backend], None] | None = None


POST_LEADS_PAGE = 1000  # signatures read at a time by _post_lead_keys


def _post_lead_keys(backend: Backend) -> None:
    """Post every stored signature under its lead keys (``link.leads.lead_keys``), beside its
    band keys: filing posts both since 1e2a804 (``stream.posting_keys``), and a store filed
    before had band keys only, so relating (``StoreIndex.posted``) found none of its stories
    by a rare lead term. Read by pages in filing order; a key already posted is left as is."""
    # Imported here: the link code is only needed the one time a store is brought up to date.
    from storydesk.link import leads
    from storydesk.link.stream import ArticleSignature

    last = 0
    while rows := backend.execute(
            "SELECT article, seq, data FROM signatures WHERE seq > ? ORDER BY seq "
            f"LIMIT {POST_LEADS_PAGE}", (last,)):
        postings = []
        for article, seq, data in rows:
            signature = ArticleSignature.from_dict(json.loads(str(data)))
            postings += [(key, article, seq)
                         for key in sorted(set(leads.lead_keys(signature.lead, signature.names)))]
        backend.executemany("INSERT INTO signature_bands (key, article, seq) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING", postings)
        last = int(str(rows[-1][1]))


def _relead(backend: Backend) -> None:
    """Make every stored signature's lead again from its stored article by the current rule
    (``link.leads.lead_words``) and post it under the new lead keys in place of the old: the
    rule changed (0006: time zones in capitals are no lead words; 0007: only a zone right after
    a clock time is none), and old and new articles of one store must be compared and posted
    by the same words. Read by pages in filing order; a signature whose lead is unchanged is
    left as it is."""
    from storydesk.article import Article
    from storydesk.link import leads
    from storydesk.link.stream import ArticleSignature

    last = 0
    while rows := backend.execute(
            "SELECT s.article, s.seq, s.data, a.data FROM signatures s JOIN articles a "
            f"ON a.id = s.article WHERE s.seq > ? ORDER BY s.seq LIMIT {POST_LEADS_PAGE}",
            (last,)):
        for article, seq, data, stored in rows:
            signature = json.loads(str(data))
            read = ArticleSignature.from_dict(signature)
            old, names = read.lead, read.names
            lead = leads.lead_words(Article.from_dict(unpack(cast(bytes, stored))))
            if lead == old:
                continue
            signature["lead"] = sorted(lead)
            backend.execute("UPDATE signatures SET data = ? WHERE article = ?",
                            (json.dumps(signature), article))
            gone = set(leads.lead_keys(old, names)) - set(leads.lead_keys(lead, names))
            backend.executemany("DELETE FROM signature_bands WHERE key = ? AND article = ?",
                                [(key, article) for key in sorted(gone)])
            backend.executemany("INSERT INTO signature_bands (key, article, seq) VALUES (?, ?, ?) "
                                "ON CONFLICT DO NOTHING",
                                [(key, article, seq)
                                 for key in sorted(set(leads.lead_keys(lead, names)))])
        last = int(str(rows[-1][1]))


def _written_names(backend: Backend) -> None:
    """Post every stored signature under its lead keys by the current rule and remove the
    keys the rule before gave it and this one does not: a name under ``KEY_WEIGHT`` is a key
    now only where the article writes it as a name (session 9, ``leads.key_terms``: "rehab",
    "doesn" are keys no more), where the rule before took every lead term WordNet knows only
    as a name, as if the article wrote each as one (its lead's own words as its names). By
    pages in filing order; each removal by its primary key."""
    from storydesk.link import leads
    from storydesk.link.stream import ArticleSignature

    last = 0
    while rows := backend.execute(
            "SELECT article, seq, data FROM signatures WHERE seq > ? ORDER BY seq "
            f"LIMIT {POST_LEADS_PAGE}", (last,)):
        gone, postings = [], []
        for article, seq, data in rows:
            signature = ArticleSignature.from_dict(json.loads(str(data)))
            keys = set(leads.lead_keys(signature.lead, signature.names))
            before = set(leads.lead_keys(signature.lead, signature.lead))
            gone += [(key, article) for key in sorted(before - keys)]
            postings += [(key, article, seq) for key in sorted(keys)]
        backend.executemany("DELETE FROM signature_bands WHERE key = ? AND article = ?", gone)
        backend.executemany("INSERT INTO signature_bands (key, article, seq) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING", postings)
        last = int(str(rows[-1][1]))


MIGRATIONS = [
    Migration("0001_articles", """
        -- Articles keyed by the hash of their clean text, and every input that gave one.
        -- An article is filed before it is annotated (annotated = 0 until then).
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            added_at TEXT NOT NULL,
            annotated INTEGER NOT NULL,
            published TEXT,
            published_from TEXT,
            data {blob} NOT NULL
        );
        CREATE INDEX articles_unannotated ON articles(annotated);
        CREATE TABLE sources (
            raw TEXT PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX sources_article ON sources(article);
    """),
    Migration("0002_stories", """
        -- Stories (topic: the story whose id names its group of related stories, NULL when
        -- it is its own), their articles, their state at each change and what changed.
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL,
            built INTEGER NOT NULL,
            merged_into TEXT REFERENCES stories(id),
            topic TEXT,
            summary TEXT
        );
        CREATE INDEX stories_topic ON stories(topic);
        CREATE TABLE story_articles (
            article TEXT PRIMARY KEY REFERENCES articles(id),
            story TEXT NOT NULL REFERENCES stories(id),
            added_at TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story);
        CREATE TABLE story_versions (
            story TEXT NOT NULL REFERENCES stories(id),
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            revision INTEGER NOT NULL,
            state {blob} NOT NULL,
            PRIMARY KEY (story, version)
        );
        CREATE TABLE story_changes (
            story TEXT NOT NULL REFERENCES stories(id),
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (story, version, kind, key)
        );
        CREATE INDEX story_changes_at ON story_changes(at);
        CREATE TABLE story_events (
            story TEXT NOT NULL REFERENCES stories(id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            other TEXT NOT NULL
        );
        CREATE INDEX story_events_story ON story_events(story);
    """),
    Migration("0003_filing", """
        -- What filing and cleaning learn from the stored articles: each article's signature
        -- (seq: the order they were filed), its LSH band keys, and per outlet how many
        -- articles hold each line (by the line's signature).
        CREATE TABLE signatures (
            article TEXT PRIMARY KEY REFERENCES articles(id),
            seq BIGINT NOT NULL UNIQUE,
            data TEXT NOT NULL
        );
        CREATE TABLE signature_bands (
            key BIGINT NOT NULL,
            article TEXT NOT NULL REFERENCES articles(id),
            seq BIGINT NOT NULL,
            PRIMARY KEY (key, article)
        );
        CREATE INDEX signature_bands_latest ON signature_bands(key, seq);
        CREATE TABLE outlet_lines (
            outlet TEXT NOT NULL,
            line TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (outlet, line)
        );
    """),
    Migration("0004_publications", """
        -- Where each input that gave an article was published, as cleaning it found: the
        -- same clean text from another outlet (a wire story run word for word) is one
        -- article, and these keep every outlet that published it. NULL on inputs stored
        -- before this migration.
        ALTER TABLE sources ADD COLUMN outlet TEXT;
        ALTER TABLE sources ADD COLUMN title TEXT;
        ALTER TABLE sources ADD COLUMN url TEXT;
        ALTER TABLE sources ADD COLUMN published TEXT
    """),
    # No schema change: the signatures filed before lead keys were posted get theirs.
    Migration("0005_lead_keys", "", _post_lead_keys),
    # No schema change: leads made again by the current rule (time zones left out), and
    # their lead keys posted again.
    Migration("0006_lead_words", "", _relead),
    # No schema change: leads made again, as 0006, by the rule that leaves out a time zone
    # only right after a clock time (0006 ran under one that left out every capitalised zone
    # and its letters anywhere in the lead: "WEST", "cat", "eat").
    Migration("0007_lead_zones", "", _relead),
    # No schema change: a name is a lead key from a lower rarity than a word (session 8,
    # leads.NAME_KEY_WEIGHT), and a name under KEY_WEIGHT ranks below every word key, so the
    # new rule only adds keys to a lead's old ones: posted again, as 0005 posts them.
    Migration("0008_name_keys", "", _post_lead_keys),
    # No schema change: a name under KEY_WEIGHT is a lead key only where the article writes
    # it as a name (session 9, leads.key_terms): the keys it no longer holds are removed.
    Migration("0009_written_names", "", _written_names),
]


def applied(backend: Backend) -> list[tuple[str, str]]:
    """(name, applied_at) of every migration the store records, in order."""
    rows = backend.execute("SELECT name, applied_at FROM schema_migrations ORDER BY position")
    return [(str(name), str(at)) for name, at in rows]


def migrate(backend: Backend) -> list[str]:
    """Apply the migrations the store lacks, in order; the names applied now."""
    backend.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    done = [name for name, _ in applied(backend)]
    known = [m.name for m in MIGRATIONS]
    if done != known[: len(done)]:
        unknown = [name for name in done if name not in known]
        raise StoreError(
            f"the store records migrations this storydesk does not know ({', '.join(unknown)}); "
            "it was made by a newer version" if unknown else
            f"the store's migrations {done} are out of order against {known}"
        )
    now = datetime.now(UTC).isoformat()
    for position, migration in enumerate(MIGRATIONS[len(done):], start=len(done) + 1):
        for statement in migration.sql.format(blob=backend.blob).split(";"):
            if statement.strip():
                backend.execute(statement)
        if migration.then is not None:
            migration.then(backend)
        backend.execute("INSERT INTO schema_migrations (position, name, applied_at) "
                        "VALUES (?, ?, ?)", (position, migration.name, now))
    return known[len(done):]
