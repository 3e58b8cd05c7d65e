"""The local run of the data flow: ingest → clean → annotate → link → reconcile.

Each stage is a plain function over a list of articles (or a story) with the same options,
so the Ray runner can call the very same functions on batches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storydesk.article import Article
from storydesk.ids import stable_id
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options
from storydesk.story import Story

Progress = Callable[[str, int, int], None]
WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(slots=True)
class Analysis:
    """What one ``analyze`` run produced: stories and the inputs that gave no article."""

    stories: list[Story] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read(inputs: Iterable[str], options: Options) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_inputs(inputs, options):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            articles.append(item)
    return articles, skipped


def build_story(articles: list[Article], options: Options, story: str | None = None) -> Story:
    """Link and reconcile one story's annotated articles (``story``: its id, by default
    named after its first article)."""
    return link_story(Story(id=story or story_id(articles), title="", articles=articles), options)


def link_story(story: Story, options: Options) -> Story:
    """Title, link and reconcile a story whose articles are annotated."""
    from storydesk.link import link, syndication
    from storydesk.reconcile import reconcile

    story.title = story.title or story_title(story.articles)
    syndication.group(story)
    link(story, options)
    reconcile(story, options)
    return story


def analyze(inputs: Iterable[str], options: Options, progress: Progress | None = None) -> Analysis:
    """The one-shot path: the inputs added to a desk in memory (``storydesk.desk``: read,
    clean, sort into stories, date undated articles from their own story, annotate, link and
    reconcile each story), and every story it holds, largest first."""
    from storydesk.desk import Desk

    with Desk(":memory:", options) as desk:
        result = desk.add(inputs, progress)
        rows = sorted(desk.store.stories(), key=lambda r: (-len(desk.store.members(r.id)),
                                                             r.created_at, r.id))
        stories = [desk.story(row.id) for row in rows]
    return Analysis(stories, result.skipped)  # aliases.toml errors among them (``Desk.add``)


def analysable(article: Article, options: Options, skipped: list[Skipped]) -> bool:
    if len(WORDS.findall(article.text)) < 3:
        skipped.append(Skipped(article.source, "no article text left after cleaning"))
        return False
    if len(article.text) > options.max_article_chars:
        skipped.append(
            Skipped(
                article.source,
                f"article text of {len(article.text):,} characters is longer than "
                f"max_article_chars ({options.max_article_chars:,}); raise it to analyze it",
            )
        )
        return False
    return True


def story_id(articles: list[Article]) -> str:
    """A story is named after its first article (``ids``)."""
    return stable_id("s", articles[0].id)


def story_title(articles: list[Article]) -> str:
    titles = [a.title for a in articles if a.title]
    if not titles:
        return "Untitled story"
    # The shortest headline tends to be the plainest statement of the event.
    return min(titles, key=len)
