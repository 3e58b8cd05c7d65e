"""The HTML report: one self-contained file (styles and script inline, no external assets).

It shares its section templates with the web desk (storydesk.web), so both show the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader, StrictUndefined

from storydesk.pipeline import Analysis
from storydesk.report import view
from storydesk.report.article_body import article_body

ArticleHref = Callable[[str, int | None], str]


def environment(*first: BaseLoader) -> Environment:
    """Jinja2 with autoescape always on: every piece of article text is untrusted."""
    loaders: Sequence[BaseLoader] = [*first, PackageLoader("storydesk.report", "templates")]
    return Environment(
        loader=ChoiceLoader(list(loaders)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def _report_environment() -> Environment:
    # Compiling the templates is most of a render's cost; do it once per process.
    return environment()


def in_page_href(article_id: str, sentence: int | None) -> str:
    """Links inside the single file point at the folded article texts at its end."""
    return f"#a-{article_id}" if sentence is None else f"#a-{article_id}-s-{sentence}"


def render(analysis: Analysis) -> str:
    stories = [
        (story_view, [(story_view.ref(a.id),
                       article_body(a, f"a-{a.id}-", story_view.ref(a.id), story))
                      for a in story.articles])
        for story in analysis.stories
        for story_view in [view.build(story)]
    ]
    title = analysis.stories[0].title if analysis.stories else "storydesk report"
    template = _report_environment().get_template("report.html")
    return template.render(stories=stories, skipped=analysis.skipped, title=title,
                           article_href=in_page_href)
