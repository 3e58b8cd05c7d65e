"""The store, the same tests on SQLite and on PostgreSQL: schema, round trips, filing state,
stories and their versions, consistency."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydesk.article import (
    Article,
    DateMention,
    Entity,
    Figure,
    Publication,
    Quote,
    Removed,
)
from storydesk.errors import StoreError
from storydesk.store import Store, open_store
from storydesk.store.migrations import MIGRATIONS
from storydesk.store.records import column

T0, T1, T2, T3 = ("2026-01-01T00:00:00.000000+00:00", "2026-01-02T00:00:00.000000+00:00",
                  "2026-01-03T00:00:00.000000+00:00", "2026-01-04T00:00:00.000000+00:00")

# Any text at all: NUL, control characters, lone surrogates, every plane.
ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=40)
SHORT = st.text(max_size=12)
INDEX = st.integers(-1, 10_000)
NUMBER = st.floats(allow_nan=False)

ARTICLES = st.builds(
    Article,
    id=st.text("0123456789abcdef", min_size=12, max_size=12),
    source=ANY_TEXT, raw=ANY_TEXT, raw_kind=st.sampled_from(["text", "html"]),
    url=st.none() | ANY_TEXT, outlet=st.none() | ANY_TEXT, outlet_from=st.none() | SHORT,
    title=st.none() | ANY_TEXT, standfirst=st.none() | ANY_TEXT, author=st.none() | ANY_TEXT,
    published=st.none() | SHORT, published_from=st.none() | SHORT, text=ANY_TEXT,
    captions=st.lists(ANY_TEXT, max_size=3),
    removed=st.lists(st.builds(Removed, ANY_TEXT, ANY_TEXT), max_size=3),
    sentences=st.lists(ANY_TEXT, max_size=3),
    sentence_spans=st.lists(st.tuples(INDEX, INDEX), max_size=3),
    entities=st.lists(st.builds(Entity, ANY_TEXT, SHORT, INDEX, INDEX, INDEX), max_size=3),
    quotes=st.lists(st.builds(Quote, SHORT, ANY_TEXT, st.none() | ANY_TEXT,
                              st.none() | SHORT, INDEX, INDEX, INDEX,
                              st.none() | SHORT, st.none() | SHORT), max_size=3),
    figures=st.lists(st.builds(Figure, NUMBER, st.none() | SHORT, ANY_TEXT, ANY_TEXT, INDEX,
                               INDEX, INDEX), max_size=3),
    dates=st.lists(st.builds(DateMention, ANY_TEXT, SHORT, SHORT, INDEX, INDEX, INDEX),
                   max_size=3),
    notes=st.lists(ANY_TEXT, max_size=3),
    republished=st.lists(st.builds(Publication, ANY_TEXT, ANY_TEXT, st.none() | ANY_TEXT,
                                   st.none() | ANY_TEXT, st.none() | SHORT), max_size=2),
)


@pytest.fixture()
def store(location: str) -> Store:
    opened = open_store(location)
    yield opened  # type: ignore[misc]
    opened.close()


def _article(article_id: str, text: str = "Some text.") -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text, title=f"T {article_id}")


def _file(store: Store, story: str, article_id: str, at: str = T0, new: bool = True) -> None:
    with store.write():
        assert store.add_article(_article(article_id), at)
        if new:
            store.add_story(story, at)
        store.add_signature(article_id, {"article": article_id}, [1, 2])
        store.add_member(story, article_id, at)
        store.touch_story(story, at)


def test_migrations_are_named_ordered_and_recorded_once(location: str) -> None:
    with open_store(location) as first:
        assert first.migrated == [m.name for m in MIGRATIONS]
        assert [name for name, _ in first.migrations()] == [m.name for m in MIGRATIONS]
    with open_store(location) as again:
        assert again.migrated == []
        assert again.check() == []


def test_a_store_from_a_newer_storydesk_is_refused(location: str) -> None:
    with open_store(location) as store, store.write():
        store.backend.execute("INSERT INTO schema_migrations (position, name, applied_at) "
                              "VALUES (?, ?, ?)", (99, "0099_future", T0))
    with pytest.raises(StoreError, match="0099_future"):
        open_store(location)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=ARTICLES)
def test_any_article_round_trips(store: Store, article: Article) -> None:
    with store.write():
        store.add_article(article, T0)
    assert store.articles([article.id])[article.id] == article
    with store.write():  # leave the store empty for the next example
        store.backend.execute("DELETE FROM articles WHERE id = ?", (article.id,))


def test_an_article_is_kept_once_and_its_inputs_recorded(store: Store) -> None:
    with store.write():
        assert store.add_article(_article("a1"), T0)
        assert not store.add_article(_article("a1", "other words"), T1)
        store.add_source("raw1", "a1", "one.txt", T0)
        store.add_source("raw2", "a1", "copy.html", T1)
        store.add_source("raw1", "a1", "one-again.txt", T2)  # the same input: kept once
    assert store.articles(["a1"])["a1"].text == "Some text."
    assert store.article_of_source("raw2") == "a1"
    assert store.article_of_source("raw3") is None
    assert store.sources("a1") == ["one.txt", "copy.html"]
    assert store.known_articles(["a1", "zz"]) == {"a1"}
    assert store.article_count() == 1


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(places=st.lists(st.builds(Publication, ANY_TEXT, ANY_TEXT, st.none() | ANY_TEXT,
                                 st.none() | ANY_TEXT, st.none() | SHORT), max_size=4))
def test_where_each_input_was_published_is_kept_in_arrival_order(
        store: Store, places: list[Publication]) -> None:
    """The same clean text from several inputs: one article, and where each input was
    published (an input with no outlet found is recorded, and listed nowhere)."""
    with store.write():
        store.add_article(_article("p1"), T0)
        for n, place in enumerate(places):
            assert store.add_source(f"raw{n}", "p1", place.source, f"{T0}{n:03d}", place)
        if places:  # an input known already: nothing written
            assert not store.add_source("raw0", "p1", "again.txt", T1, Publication("x", "O"))
    # As both backends keep text (no NUL, no lone surrogate; the article keeps it exactly).
    kept = [Publication(*(column(v) if isinstance(v, str) else v for v in
                          (p.source, p.outlet, p.title, p.url, p.published)))
            for p in places]
    assert store.publications(["p1", "zz"]).get("p1", []) == [p for p in kept if p.outlet]
    with store.write():  # leave the store empty for the next example
        store.backend.execute("DELETE FROM sources WHERE article = ?", ("p1",))
        store.backend.execute("DELETE FROM articles WHERE id = ?", ("p1",))


def test_filing_state_band_matches_lines_and_sizes(store: Store) -> None:
    with store.write():
        for article_id, story, keys in (("a1", "s1", [10, 11]), ("a2", "s1", [11, 12]),
                                        ("a3", "s2", [20, 21])):
            store.add_article(_article(article_id), T0)
            if story not in store.find_stories(story):
                store.add_story(story, T0)
            assert store.add_signature(article_id, {"article": article_id, "n": [1, 2]}, keys)
            store.add_member(story, article_id, T0)
        assert not store.add_signature("a1", {}, [99])  # once per article
        store.add_lines("reuters", ["l1", "l2"])
        store.add_lines("reuters", ["l1"])
        store.add_lines("ap", ["l1"])
    matches = store.band_matches([11, 20, 7], per_key=10)
    assert [(a, s) for a, s, _ in matches] == [("a1", "s1"), ("a2", "s1"), ("a3", "s2")]
    assert matches[0][2] == {"article": "a1", "n": [1, 2]}
    assert store.band_matches([99], per_key=10) == []
    # Per key, only the latest filed: a2 came after a1 on key 11.
    assert [a for a, _, _ in store.band_matches([11], per_key=1)] == ["a2"]
    assert store.line_counts("reuters", ["l1", "l2", "l3"]) == {"l1": 2, "l2": 1}
    assert store.line_counts("ap", ["l1", "l2"]) == {"l1": 1}
    assert store.story_sizes(["s1", "s2", "s9"]) == {"s1": 2, "s2": 1}
    assert store.signature_count() == 3
    assert store.story_of(["a2", "a3"]) == {"a2": "s1", "a3": "s2"}


def test_articles_filed_before_annotation(store: Store) -> None:
    article = _article("a1")
    with store.write():
        store.add_article(article, T0, annotated=False)
    assert store.unannotated() == ["a1"] and store.unannotated(["a1", "zz"]) == ["a1"]
    assert store.article_dates(["a1"]) == {"a1": (None, None)}
    article.published, article.published_from = "2025-11-25", "story"
    article.sentences = ["Some text."]
    with store.write():
        store.update_article(article)
    assert store.unannotated() == []
    assert store.article_dates(["a1"]) == {"a1": ("2025-11-25", "story")}
    assert store.articles(["a1"])["a1"] == article


def test_topics(store: Store) -> None:
    for story, article in (("sa", "a1"), ("sb", "a2"), ("sc", "a3")):
        _file(store, story, article)
    assert store.topics(["sa", "sb", "sc"]) == {"sa": "sa", "sb": "sb", "sc": "sc"}
    with store.write():
        store.merge_topics("sb", "sa")
        store.merge_topics("sc", "sb")  # sc's topic joins sb's, which is now sa
    assert store.topics(["sa", "sb", "sc"]) == {"sa": "sa", "sb": "sa", "sc": "sb"}
    assert store.related("sa") == ["sb"]


def test_in_lists_longer_than_one_chunk(store: Store) -> None:
    ids = [f"{n:012x}" for n in range(1200)]
    with store.write():
        for article_id in ids:
            store.add_article(_article(article_id), T0)
    assert store.known_articles([*ids, "missing"]) == set(ids)


def test_story_revisions_versions_and_changes(store: Store) -> None:
    _file(store, "s1", "a1", T0)
    assert store.stale_stories() == ["s1"]
    row = store.story("s1")
    assert row is not None and (row.revision, row.built) == (1, 0)
    with store.write():
        number = store.add_version("s1", T1, 1, {"story": {"n": 1}}, {"title": "One"},
                                   [("article", "a1", {"text": "New article"})])
        assert number == 1
        # The same revision is never built twice (another writer got there first).
        assert store.add_version("s1", T1, 1, {"story": {}}, {}, []) is None
    assert store.stale_stories() == []
    _file(store, "s1", "a2", T2, new=False)
    with store.write():
        assert store.add_version("s1", T3, 1, {}, {}, []) is None  # built from a stale revision
        assert store.add_version("s1", T3, 2, {"story": {"n": 2}}, {"title": "Two"},
                                 [("article", "a2", {"text": "x"}), ("fact", "f1", {})]) == 2
    assert store.members("s1") == ["a1", "a2"]
    latest = store.version("s1")
    assert latest is not None and latest.state == {"story": {"n": 2}} and latest.version == 2
    then = store.version("s1", T2)
    assert then is not None and then.version == 1
    assert store.version("s1", "2025-12-31") is None
    assert [(c.version, c.kind, c.key) for c in store.changes("s1", since=T1)] == [
        (2, "article", "a2"), (2, "fact", "f1")]
    assert len(store.changes("s1")) == 3
    assert store.changed_since(T2) == {"s1": 2}
    assert store.versions("s1") == [(1, T1), (2, T3)]
    listed = store.stories()
    assert [(s.id, s.summary["title"]) for s in listed] == [("s1", "Two")]


def test_merged_stories_move_their_articles_and_keep_their_history(store: Store) -> None:
    _file(store, "s1", "a1", T0)
    _file(store, "s2", "a2", T1)
    with store.write():
        store.move_members("s2", "s1")
        store.retire_story("s2", "s1", T2)
        store.touch_story("s1", T2)
    assert store.members("s1") == ["a1", "a2"]
    assert [s.id for s in store.stories()] == ["s1"]
    assert {s.id for s in store.stories(merged=True)} == {"s1", "s2"}
    retired = store.story("s2")
    assert retired is not None and retired.merged_into == "s1"
    assert ("merged", "s2") in [(kind, other) for _, kind, other in store.events("s1")]
    assert store.stale_stories() == ["s1"]
    assert store.check() == []


def test_check_finds_an_article_filed_nowhere(store: Store) -> None:
    with store.write():
        store.add_article(_article("lost"), T0)
    problems = store.check()
    assert "1 articles filed in no story" in problems
    assert "1 articles without a signature" in problems


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write():
        store.add_article(_article("a1"), T0)
        raise RuntimeError("killed half-way")
    assert store.article_count() == 0


def test_stories_found_by_prefix(store: Store) -> None:
    _file(store, "sabc123", "a1")
    _file(store, "sabd456", "a2")
    assert store.find_stories("sab") == ["sabc123", "sabd456"]
    assert store.find_stories("sabc") == ["sabc123"]
    assert store.find_stories("x") == []
