"""The desk's filing, merges, recovery and concurrent writers, on SQLite and PostgreSQL,
with short hand-made articles given as a crawler would (``Desk.add_articles``)."""

from __future__ import annotations

import multiprocessing

import pytest

from storydesk.article import Article
from storydesk.desk import AddResult, Desk, now
from storydesk.link import stream
from storydesk.options import Options

QUAKE = ("A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Sunday, killing {n} "
         "people and injuring hundreds, the Red Crescent said. Rescuers searched collapsed "
         "homes in villages around Tabriz and Ahar as aftershocks shook the region.")
FIRE = ("Firefighters battled a wildfire in the hills above Santa Barbara, California, as "
        "strong winds pushed flames toward homes and forced {n} evacuations, officials said.")


def _articles(template: str, prefix: str, numbers: range) -> list[Article]:
    return [Article(id="", source=f"{prefix}{n}.txt", raw=template.format(n=n),
                    title=f"{prefix} report {n}", outlet=f"Outlet {n % 4}",
                    published=f"2024-01-{1 + n % 9:02d}") for n in numbers]


def _file(desk: Desk, articles: list[Article]) -> AddResult:
    return desk.add_articles(articles)


def test_two_events_file_into_two_stories(location: str) -> None:
    with Desk(location) as desk:
        result = _file(desk, _articles(QUAKE, "q", range(1, 4)) + _articles(FIRE, "f", range(1, 4)))
        listed = desk.stories()
        assert len(result.created) == 2 and len(result.added) == 6
        assert sorted(s.articles for s in listed) == [3, 3]
        quake = next(s for s in listed if s.title.startswith("q"))
        assert (quake.first, quake.last) == ("2024-01-02", "2024-01-04")
        assert {a.source for a in desk.story(quake.id).articles} == {"q1.txt", "q2.txt",
                                                                      "q3.txt"}
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


def test_a_split_is_told_in_what_changed(location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Desk(location) as desk:
        _file(desk, _articles(QUAKE, "q", range(1, 4)))
        [quake] = desk.stories()
        leaving = sorted(a.id for a in desk.story(quake.id).articles)[:2]
        before = now()

        def splitting(signature: stream.ArticleSignature, index: stream.CandidateIndex,
                      options: object) -> stream.Filing:
            return stream.Filing(signature.article, quake.id, 1.0, split=leaving,
                                 split_story="s-split")

        monkeypatch.setattr(stream, "file", splitting)
        result = _file(desk, _articles(QUAKE, "q", range(4, 5)))
        assert "s-split" in result.created
        assert sorted(s.articles for s in desk.stories()) == [2, 2]
        [told] = [c for c in desk.changes(quake.id, before) if c.kind == "split"]
        assert told.key == "s-split" and "s-split" in told.text
        assert desk.store.check() == []


def test_a_run_stopped_after_filing_is_finished_by_the_next(location: str) -> None:
    """Killed after filing, before annotating and linking: the next add does the rest."""
    with Desk(location) as desk:
        desk.file([_cleaned(a) for a in _articles(QUAKE, "q", range(1, 3))], AddResult())
        assert desk.stories() == [] and len(desk.store.unannotated()) == 2
    with Desk(location) as desk:
        result = _file(desk, _articles(FIRE, "f", range(1, 2)))
        assert len(result.changed) == 1 and len(result.created) == 1
        assert sorted(s.articles for s in desk.stories()) == [1, 2]
        assert desk.store.stale_stories() == [] and desk.store.unannotated() == []
        assert desk.store.check() == []
        quake = next(s for s in desk.stories() if s.articles == 2)
        assert all(a.sentences for a in desk.story(quake.id).articles)


def _cleaned(article: Article) -> Article:
    """As the desk has it when it files: cleaned, keyed by its clean text."""
    from storydesk.article import content_id
    from storydesk.clean import clean_one

    cleaned = clean_one(article, Options())
    cleaned.id = content_id(cleaned.text)
    return cleaned


def _writer(location: str, prefix: str, numbers: range) -> None:
    with Desk(location) as desk:
        _file(desk, _articles(QUAKE, prefix + "q", numbers) + _articles(FIRE, prefix + "f",
                                                                       numbers))


def test_two_writers_at_once_both_finish_and_lose_nothing(location: str) -> None:
    """Two processes file related articles into one store at the same time (issue 12)."""
    Desk(location).close()  # migrate first, so the writers race on articles, not on schema
    # fork: the writers share the loaded model instead of loading it again each
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_writer, args=(location, name, numbers))
               for name, numbers in (("a", range(0, 12)), ("b", range(12, 24)))]
    for writer in writers:
        writer.start()
    try:
        for writer in writers:
            writer.join(timeout=240)
        assert [w.exitcode for w in writers] == [0, 0]
    finally:
        for writer in writers:
            if writer.is_alive():
                writer.kill()
    with Desk(location) as desk:
        assert desk.store.article_count() == 48
        assert desk.store.check() == [] and desk.store.stale_stories() == []
        listed = desk.stories()
        # Filing is serialised, so each writer saw the other's articles: one story per event.
        assert sorted(s.articles for s in listed) == [24, 24]
        for summary in listed:
            assert len(desk.story(summary.id).articles) == summary.articles


def test_a_related_story_is_kept_apart_and_listed_as_related(
        location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Desk(location) as desk:
        _file(desk, _articles(QUAKE, "q", range(1, 3)))
        [quake] = desk.stories()

        def related(signature: stream.ArticleSignature, index: stream.CandidateIndex,
                    options: object) -> stream.Filing:
            return stream.Filing(signature.article, None, 0.05, topic=quake.id)

        monkeypatch.setattr(stream, "file", related)
        result = _file(desk, _articles(FIRE, "f", range(1, 2)))
        [fire] = result.created
        assert [s.id for s in desk.related(quake.id)] == [fire]
        assert [s.id for s in desk.related(fire)] == [quake.id]
        assert {s.id: s.topic for s in desk.stories()} == {quake.id: quake.id, fire: quake.id}
        assert len(desk.story(fire).articles) == 1  # a story of its own, never reconciled
