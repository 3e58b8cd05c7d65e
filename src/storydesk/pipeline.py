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
from storydesk.article import Article
from storydesk.clean import across, clean_one, published
from storydesk.ids import stable_id
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.link import aliases
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
    """Read, clean, sort into stories, annotate, and link and reconcile each story; stories
    largest first. An undated article takes a date only from its own story, before
    annotation, so its relative dates ("on Sunday") resolve against it."""

    def tick(stage: str, done: int, total: int) -> None:
        if progress:
            progress(stage, done, total)

    articles, skipped = read(inputs, options)
    tick("read", len(articles), len(articles))
    articles = [clean_one(a, options) for a in articles]
    articles = [a for a in articles if _analysable(a, options, skipped)]
    articles = across(language.keep_readable(articles, options, skipped), options)
    tick("clean", len(articles), len(articles))
    groups = sort_into_stories(articles, options)
    tick("stories", len(groups), len(groups))
    for members in groups.values():
        published.from_story(members)
    annotated = {a.id: a for a in annotate(articles, options)}
    tick("annotate", len(annotated), len(articles))
    stories = [
        build_story([annotated[a.id] for a in members], options, story)
        for story, members in sorted(groups.items(), key=lambda item: -len(item[1]))
    ]
    return Analysis(stories, skipped + aliases.check(options.aliases, stories))


def sort_into_stories(articles: list[Article], options: Options) -> dict[str, list[Article]]:
    """Story id -> its articles, filed one at a time as a desk files them, in an order that
    does not depend on how the inputs were given (date, then id)."""
    from storydesk.link.stream import MemoryIndex, stream

    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id))
    index = MemoryIndex()
    stream(ordered, options, index)
    by_id = {a.id: a for a in articles}
    return {story: [by_id[a] for a in members] for story, members in index.stories().items()}


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
    """A story is named after its first article (``ids``)."""
    return stable_id("s", articles[0].id)


def story_title(articles: list[Article]) -> str:
    titles = [a.title for a in articles if a.title]
    if not titles:
        return "Untitled story"
    # The shortest headline tends to be the plainest statement of the event.
    return min(titles, key=len)
