"""The local run of the data flow: ingest → clean → annotate → link → reconcile.

Each stage is a plain function over a list of articles (or a story) with the same options,
so the Ray runner can call the very same functions on batches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storydesk import language
from storydesk.annotate import annotate
from storydesk.article import Article, content_id
from storydesk.clean import clean
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


def build_story(articles: list[Article], options: Options) -> Story:
    """Link and reconcile one story's annotated articles."""
    from storydesk.link import link
    from storydesk.reconcile import reconcile

    story = Story(id=story_id(articles), title=story_title(articles), articles=articles)
    link(story, options)
    reconcile(story, options)
    return story


def analyze(inputs: Iterable[str], options: Options, progress: Progress | None = None) -> Analysis:
    def tick(stage: str, done: int, total: int) -> None:
        if progress:
            progress(stage, done, total)

    articles, skipped = read(inputs, options)
    tick("read", len(articles), len(articles))
    articles = clean(articles, options)
    articles = [a for a in articles if _analysable(a, options, skipped)]
    articles = language.keep_readable(articles, options, skipped)
    tick("clean", len(articles), len(articles))
    articles = annotate(articles, options)
    tick("annotate", len(articles), len(articles))
    if not articles:
        return Analysis([], skipped)
    return Analysis([build_story(articles, options)], skipped)


def _analysable(article: Article, options: Options, skipped: list[Skipped]) -> bool:
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
    return "s" + content_id(" ".join(sorted(a.id for a in articles)))[:10]


def story_title(articles: list[Article]) -> str:
    titles = [a.title for a in articles if a.title]
    if not titles:
        return "Untitled story"
    # The shortest headline tends to be the plainest statement of the event.
    return min(titles, key=len)
