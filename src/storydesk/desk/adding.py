"""``Desk.add``: from inputs to filed, dated, annotated articles and rebuilt stories.

The stages of ``analyze``, against the store: read; clean each article alone (its key is the
hash of that text); the lines that recur across an outlet's articles, counted over the store
and this batch; file into stories (``link.stream``, before annotation, on words and
capitalised names); an undated article takes its own story's date (``published.from_story``,
so its relative dates resolve against it); annotate; link and reconcile the stories touched.

Work is skipped as early as it can be: an input whose exact bytes the store has seen is
"already there" before it is cleaned; an article whose clean text the store holds is "already
there" before it is annotated (the spaCy pass is the expensive part), unless another outlet
published it: then it is "republished", the outlet is kept with the article (one
independent source with it) and the article's story is linked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydesk.article import Article, Publication, content_id
from storydesk.link.syndication import new_outlet, outlets_of

if TYPE_CHECKING:
    from storydesk.desk import AddResult, Desk, Input, Progress
    from storydesk.ingest.base import Skipped
    from storydesk.store import Store


def add(desk: Desk, inputs: list[str], progress: Progress) -> AddResult:
    from storydesk.desk import AddResult
    from storydesk.pipeline import read

    result = AddResult()
    raw, skipped = read(inputs, desk.options)
    result.skipped += skipped
    progress("read", len(raw), len(raw))
    return add_read(desk, raw, progress, result)


def add_read(desk: Desk, raw: list[Article], progress: Progress, result: AddResult
             ) -> AddResult:
    """The articles as a reader gives them (``raw``, id the hash of the input) from here."""
    articles, sources, republished = _new_articles(desk, raw, result, progress)
    touched = desk.file(articles, result, progress, sources) | republished
    # A stopped run's articles (filed, not annotated) may still wait for their story's date.
    unfinished = set(desk.store.story_of(desk.store.unannotated()).values())
    redated = _date_from_stories(desk, touched | unfinished, {a.id: a for a in articles})
    _annotate(desk, [*articles, *redated], progress)
    rebuilt = desk.rebuild(touched, progress)
    created = set(result.created)
    result.changed = [story for story in rebuilt if story not in created]
    result.skipped += _alias_errors(desk, rebuilt)
    return result


def _alias_errors(desk: Desk, stories: list[str]) -> list[Skipped]:
    """The errors of the aliases file in the stories just linked with it ("[merge] X = Y":
    no entity named Y), as ``analyze`` reports them."""
    from storydesk.link import aliases

    if not desk.options.aliases or not stories:
        return []
    return aliases.check(desk.options.aliases, [desk.story(story) for story in stories])


def _new_articles(desk: Desk, raw: list[Article], result: AddResult, progress: Progress
                  ) -> tuple[list[Article], dict[str, list[Input]], set[str]]:
    """Articles cleaned and keyed by their clean text, that the store does not hold; for
    each, the inputs that gave it; and the stories whose stored articles another outlet has
    now published too."""
    from storydesk import language
    from storydesk.clean import across, clean_one
    from storydesk.desk import Input
    from storydesk.ingest import input_key
    from storydesk.pipeline import analysable
    from storydesk.store.index import StoreLines

    store, options = desk.store, desk.options
    fresh = []
    for article in raw:
        key = input_key(article)  # the input with what its reader gave (url, outlet, …)
        known = store.article_of_source(key)
        if known:
            result.already.append((article.source, known))
        else:
            fresh.append((key, article))
    cleaned: list[tuple[str, str, Article]] = []
    for done, (key, article) in enumerate(fresh, start=1):
        raw_id = article.id
        clean_one(article, options)
        progress("clean", done, len(fresh))
        if analysable(article, options, result.skipped):
            cleaned.append((key, raw_id, article))
    readable = {id(a) for a in language.keep_readable([a for _, _, a in cleaned], options,
                                                      result.skipped)}
    keyed = []
    for key, raw_id, article in cleaned:
        if id(article) in readable:
            # The key is the text as cleaning alone makes it, before what other articles
            # teach (recurring lines), so it does not depend on what else is stored.
            article.id = content_id(article.text)
            keyed.append((Input(key, raw_id, article.source, Publication.of(article)), article))
    new, sources, again = _sort_out(store, keyed, result)
    return across(new, options, StoreLines(store, new)), sources, _touch(store, again)


def _sort_out(store: Store, keyed: list[tuple[Input, Article]], result: AddResult
              ) -> tuple[list[Article], dict[str, list[Input]], set[str]]:
    """The new articles, the inputs of each, and the stored articles another outlet has
    published now (their inputs recorded here)."""
    stored = store.known_articles(a.id for _, a in keyed)
    outlets = _outlets(store, stored)
    sources: dict[str, list[Input]] = {}
    new: list[Article] = []
    again: set[str] = set()
    for given, article in keyed:
        if article.id not in stored and article.id not in sources:
            new.append(article)
            outlets[article.id] = outlets_of(article.outlet)
            sources[article.id] = [given]
            continue
        # The text of an article there: one more outlet that published it, or nothing new
        # (a page saved twice, an input whose outlet is unknown).
        elsewhere = new_outlet(given.published_as, outlets.setdefault(article.id, set()))
        (result.republished if elsewhere else result.already).append(
            (article.source, article.id))
        if article.id in sources:  # the same clean text twice in this call
            sources[article.id].append(given)
            continue
        with store.write():
            store.add_source(given.key, article.id, given.source, _now(), given.published_as)
        if elsewhere:
            again.add(article.id)
    return new, sources, again


def _outlets(store: Store, articles: set[str]) -> dict[str, set[str]]:
    """The outlets (casefolded) known to have published each stored article's text: those
    of the inputs that gave it, the first of which gave the article its own (``Desk.file``
    records it). Only an article with an input of no recorded outlet (none found, or one
    stored before the store kept outlets) is read, for its own outlet."""
    by_input = store.input_outlets(articles)
    found = {a: {o.casefold() for o in by_input.get(a, []) if o} for a in articles}
    unsure = {a for a in articles if None in by_input.get(a, [None])}
    for article_id, data in store.article_dicts(unsure).items():
        found[article_id] |= outlets_of(data.get("outlet"))
    return found


def _touch(store: Store, articles: set[str]) -> set[str]:
    """The stories of ``articles`` marked changed (to be linked again): they gained outlets."""
    stories = set(store.story_of(articles).values())
    if stories:
        with store.write():
            at = _now()
            for story in sorted(stories):
                store.touch_story(story, at)
    return stories


def _date_from_stories(desk: Desk, stories: set[str], arriving: dict[str, Article]
                       ) -> list[Article]:
    """Undated articles of ``stories`` take their story's date. The arriving ones are dated
    in place; stored ones dated now (they came before any dated article of their story) are
    returned, to be annotated again against their new date."""
    from storydesk.clean import published

    store = desk.store
    redated: list[Article] = []
    for story in sorted(stories):
        members = store.members(story)
        dates = store.article_dates(members)
        stubs = {a: arriving.get(a) or Article(a, "", published=dates[a][0],
                                               published_from=dates[a][1]) for a in members}
        undated = [a for a, stub in stubs.items() if not stub.published]
        if not undated:
            continue
        published.from_story(list(stubs.values()))
        earlier = [a for a in undated if a not in arriving and stubs[a].published]
        for article in store.articles(earlier).values():
            stub = stubs[article.id]
            article.published, article.published_from = stub.published, stub.published_from
            article.published_basis = stub.published_basis
            redated.append(article)
    return redated


def _annotate(desk: Desk, articles: list[Article], progress: Progress) -> None:
    """Annotate ``articles`` (and any a stopped run left unannotated) and store them, in
    batches; each batch marks its stories changed, so they are linked again."""
    from storydesk.annotate import annotate

    store = desk.store
    held = {a.id for a in articles}
    leftovers = [a for a in store.unannotated() if a not in held]
    todo = [*articles, *store.articles(leftovers).values()]
    size = max(desk.options.batch_size, 1)
    for start in range(0, len(todo), size):
        batch = annotate(todo[start : start + size], desk.options)
        with store.write():
            at = _now()
            for article in batch:
                store.update_article(article)
            for story in sorted(set(store.story_of(a.id for a in batch).values())):
                store.touch_story(story, at)
        progress("annotate", min(start + size, len(todo)), len(todo))


def _now() -> str:
    from storydesk.desk import now

    return now()
