"""The JSON report: the contract documented in docs/report-format.md and schema.json."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from storydesk import __version__
from storydesk.article import Article
from storydesk.pipeline import Analysis
from storydesk.reconcile.sources import Sources
from storydesk.report.refs import ArticleRef, article_ref, article_refs
from storydesk.story import Story


def article_dict(article: Article, ref: ArticleRef | None = None) -> dict[str, Any]:
    data = article.as_dict()
    for internal in ("raw", "raw_kind", "sentence_spans", "given"):
        data.pop(internal, None)
    # How the pages name it: the outlet or "Unknown outlet n", and the sources in words.
    ref = ref or article_ref(article)
    data["shown_as"] = {"outlet": ref.outlet, "outlet_note": ref.outlet_note,
                        "date_note": ref.date_note, "date_assumed": ref.date_assumed}
    return data


def story_dict(story: Story) -> dict[str, Any]:
    data = story.as_dict()
    refs = article_refs(story.articles)
    data["articles"] = [article_dict(a, refs[a.id]) for a in story.articles]
    for fact in data["facts"]:
        fact["range"] = list(fact["range"])
    _count_sources(story, data)
    return data


def _count_sources(story: Story, data: dict[str, Any]) -> None:
    """Each brief line, timeline entry, fact and quote group with ``sources``: the outlets
    that carry it and the independent sources they are (``reconcile.sources``: copies with
    their original, an outlet once), as the rendered reports count them."""
    sources = Sources(story)
    article_of = {q.id: a.id for a in story.articles for q in a.quotes}

    def counted(article_ids: Iterable[str]) -> dict[str, Any]:
        reach = sources.of(article_ids)
        return {"outlets": reach.outlets, "independent": reach.independent,
                "of": reach.total, "label": reach.label}

    for line in [*data["brief"], *data["timeline"]]:
        line["sources"] = counted(c["article"] for c in line["citations"])
    for fact in data["facts"]:
        fact["sources"] = counted(v["article"] for v in fact["values"])
    for group in data["quote_groups"]:
        group["sources"] = counted(article_of[q] for q in group["quotes"] if q in article_of)


def report_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        "storydesk": __version__,
        "stories": [story_dict(s) for s in analysis.stories],
        "skipped": [s.as_dict() for s in analysis.skipped],
    }


def render(analysis: Analysis) -> str:
    return json.dumps(report_dict(analysis), ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("storydesk.report").joinpath("schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``report`` breaks the contract."""
    import jsonschema

    jsonschema.validate(report, schema())
