"""``Desk.add``: from inputs to filed articles and rebuilt stories.

Work is skipped as early as it can be: an input whose exact bytes the store has seen is
"already there" before it is cleaned; an article whose clean text the store holds is "already
there" before it is annotated (the spaCy pass is the expensive part).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydesk.article import Article, content_id

if TYPE_CHECKING:
    from storydesk.desk import AddResult, Desk, Progress


def add(desk: Desk, inputs: list[str], progress: Progress) -> AddResult:
    from storydesk.desk import AddResult

    result = AddResult()
    articles, sources = _new_articles(desk, inputs, result, progress)
    if articles:
        articles = _annotated(desk, articles, progress)
    touched = desk.file(articles, result, progress, sources)
    rebuilt = desk.rebuild(touched, progress)
    created = set(result.created)
    result.changed = [story for story in rebuilt if story not in created]
    return result


def _new_articles(desk: Desk, inputs: list[str], result: AddResult, progress: Progress
                  ) -> tuple[list[Article], dict[str, list[tuple[str, str]]]]:
    """Articles read, cleaned and keyed by their clean text, that the store does not hold;
    and for each, the (input hash, source) pairs that gave it."""
    from storydesk.clean import across, clean_one
    from storydesk.pipeline import analysable, read

    store, options = desk.store, desk.options
    raw, skipped = read(inputs, options)
    result.skipped += skipped
    progress("read", len(raw), len(raw))
    fresh = []
    for article in raw:
        known = store.article_of_source(article.id)
        if known:
            result.already.append((article.source, known))
        else:
            fresh.append(article)
    keyed: list[tuple[str, Article]] = []
    for done, article in enumerate(fresh, start=1):
        raw_id = article.id
        clean_one(article, options)
        progress("clean", done, len(fresh))
        if analysable(article, options, result.skipped):
            # The key is the text as cleaning alone makes it, before what other articles
            # teach (recurring lines), so it does not depend on what else is stored.
            article.id = content_id(article.text)
            keyed.append((raw_id, article))
    stored = store.known_articles(a.id for _, a in keyed)
    sources: dict[str, list[tuple[str, str]]] = {}
    new: list[Article] = []
    for raw_id, article in keyed:
        if article.id in stored:
            result.already.append((article.source, article.id))
            with store.write():
                store.add_source(raw_id, article.id, article.source, _now())
            continue
        if article.id in sources:  # the same clean text twice in this call
            result.already.append((article.source, article.id))
        else:
            new.append(article)
        sources.setdefault(article.id, []).append((raw_id, article.source))
    return across(new, options), sources


def _annotated(desk: Desk, articles: list[Article], progress: Progress) -> list[Article]:
    from storydesk.annotate import annotate

    size = max(desk.options.batch_size, 1)
    done: list[Article] = []
    for start in range(0, len(articles), size):
        done += annotate(articles[start : start + size], desk.options)
        progress("annotate", len(done), len(articles))
    return done


def _now() -> str:
    from storydesk.desk import now

    return now()
