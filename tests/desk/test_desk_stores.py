"""The desk's filing, merges, recovery and concurrent writers, on SQLite and PostgreSQL.

Articles here are plain (not annotated, no spaCy pass): filing falls back to capitalised
words for names, and linking works on whatever annotation there is.
"""

from __future__ import annotations

import multiprocessing

import pytest

from storydesk.article import Article
from storydesk.desk import AddResult, Desk, now
from storydesk.link import stream

QUAKE = ("A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Sunday, killing {n} "
         "people and injuring hundreds, the Red Crescent said. Rescuers searched collapsed "
         "homes in villages around Tabriz and Ahar as aftershocks shook the region.")
FIRE = ("Firefighters battled a wildfire in the hills above Santa Barbara, California, as "
        "strong winds pushed flames toward homes and forced {n} evacuations, officials said.")


def _articles(template: str, prefix: str, numbers: range) -> list[Article]:
    return [Article(id=f"{prefix}{n:03d}", source=f"{prefix}{n}.txt", text=template.format(n=n),
                    title=f"{prefix} report {n}", outlet=f"Outlet {n % 4}",
                    published=f"2024-01-{1 + n % 9:02d}") for n in numbers]


def _file(desk: Desk, articles: list[Article]) -> AddResult:
    result = AddResult()
    result.changed = desk.rebuild(desk.file(articles, result))
    return result


def test_two_events_file_into_two_stories(location: str) -> None:
    with Desk(location) as desk:
        result = _file(desk, _articles(QUAKE, "q", range(1, 4)) + _articles(FIRE, "f", range(1, 4)))
        listed = desk.stories()
        assert len(result.created) == 2 and len(result.added) == 6
        assert sorted(s.articles for s in listed) == [3, 3]
        quake = next(s for s in listed if s.title.startswith("q"))
        assert (quake.first, quake.last) == ("2024-01-02", "2024-01-04")
        assert {a.id for a in desk.story(quake.id).articles} == {"q001", "q002", "q003"}
        again = _file(desk, _articles(QUAKE, "q", range(1, 4)))
        assert again.added == [] and len(again.already) == 3 and again.changed == []


def test_a_merge_moves_articles_and_keeps_history(location: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with Desk(location) as desk:
        _file(desk, _articles(QUAKE, "q", range(1, 3)) + _articles(FIRE, "f", range(1, 3)))
        stories = {s.title[0]: s.id for s in desk.stories()}
        before = now()

        def bridging(signature: stream.ArticleSignature, index: stream.CandidateIndex,
                     options: object) -> stream.Filing:
            return stream.Filing(signature.article, stories["q"], 1.0, [stories["f"]])

        monkeypatch.setattr(stream, "file", bridging)
        result = _file(desk, _articles(QUAKE + " " + FIRE, "b", range(1, 2)))
        assert result.merged == [(stories["f"], stories["q"])]
        [merged] = desk.stories()
        assert merged.id == stories["q"] and merged.articles == 5
        assert desk.resolve(stories["f"]) == stories["q"]  # the old id still finds the story
        kinds = [c.kind for c in desk.changes(stories["q"], before)]
        assert "merge" in kinds and kinds.count("article") == 3
        assert desk.store.check() == []


def test_a_story_left_unbuilt_is_built_by_the_next_add(location: str) -> None:
    with Desk(location) as desk:
        desk.file(_articles(QUAKE, "q", range(1, 3)), AddResult())  # killed before linking
        assert desk.stories() == [] and len(desk.store.stale_stories()) == 1
    with Desk(location) as desk:
        result = _file(desk, _articles(FIRE, "f", range(1, 2)))
        assert len(result.changed) == 2  # the new fire story and the quake story left behind
        assert sorted(s.articles for s in desk.stories()) == [1, 2]
        assert desk.store.stale_stories() == [] and desk.store.check() == []


def _writer(location: str, prefix: str, numbers: range) -> None:
    with Desk(location) as desk:
        _file(desk, _articles(QUAKE, prefix + "q", numbers) + _articles(FIRE, prefix + "f",
                                                                       numbers))


def test_two_writers_at_once_both_finish_and_lose_nothing(location: str) -> None:
    """Two processes file related articles into one store at the same time (issue 12)."""
    Desk(location).close()  # migrate first, so the writers race on articles, not on schema
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_writer, args=(location, name, numbers))
               for name, numbers in (("a", range(0, 12)), ("b", range(12, 24)))]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=240)
    assert [w.exitcode for w in writers] == [0, 0]
    with Desk(location) as desk:
        assert desk.store.article_count() == 48
        assert desk.store.check() == [] and desk.store.stale_stories() == []
        listed = desk.stories()
        # Filing is serialised, so each writer saw the other's articles: one story per event.
        assert sorted(s.articles for s in listed) == [24, 24]
        for summary in listed:
            assert len(desk.story(summary.id).articles) == summary.articles
