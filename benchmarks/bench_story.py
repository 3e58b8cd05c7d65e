"""The cost of one story of 50, 400 and 1,600 articles, per article: it must not grow.

The story: the reports of the largest ECB+ topic (``corpus.real()``), cleaned once, then
copied as wire copies are: each copy is one of them under another outlet ("Outlet 17") and a
date up to four days later, with an id of its own; copy after copy until the size is
reached, so a 1,600-article story holds each report some 40 times, as a story syndicated
across outlets does (the hardest case for anything that compares articles, sentences,
quotes or figures pairwise). Timed in CPU seconds (``time.process_time``): annotation of
every article, then ``pipeline.link_story`` (syndication, entities, quotes, facts,
coverage, timeline, brief). Printed per article, and as the ratio to the 50-article story
(the issue asks at most 1.2 at 1,600), for the whole and for link + reconcile alone.

    .venv/bin/python benchmarks/bench_story.py [--sizes 50 400 1600]
"""

from __future__ import annotations

import argparse
import copy
import time
from collections import Counter
from dataclasses import replace

import corpus

from storydesk.annotate import annotate
from storydesk.annotate import nlp as nlp_module
from storydesk.article import Article
from storydesk.evaluate.variants import moved
from storydesk.options import Options
from storydesk.pipeline import link_story
from storydesk.story import Story


def reports() -> tuple[str, list[Article]]:
    """The largest ECB+ topic's articles, cleaned as ``analyze`` cleans them."""
    pool = corpus.cleaned(len(corpus.real()))
    topics = Counter(_topic(a) for a in pool if _topic(a))
    topic, _ = topics.most_common(1)[0]
    return topic, [a for a in pool if _topic(a) == topic]


def _topic(article: Article) -> str | None:
    name = article.source.rsplit("/", 1)[-1]
    if not name.split("-", 1)[-1].startswith("ecb-"):
        return None
    return name.split("ecb-", 1)[1].split("_", 1)[0]


def story_of(base: list[Article], size: int) -> list[Article]:
    made = []
    for n in range(size):
        original = base[n % len(base)]
        made.append(replace(
            copy.deepcopy(original), id=f"{original.id}-{n}", outlet=f"Outlet {n % 97}",
            published=moved(original.published or "2025-11-25", n % 5),
        ))  # fmt: skip
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 400, 1600])
    args = parser.parse_args()
    options = Options.load()
    topic, base = reports()
    nlp_module.load(options)
    link_story(Story("warm", "", annotate(story_of(base, 8), options)), options)
    rows = []
    for size in args.sizes:
        articles = story_of(base, size)
        start = time.process_time()
        annotate(articles, options)
        annotated = time.process_time()
        story = link_story(Story(f"s{size}", "", articles), options)
        done = time.process_time()
        rows.append((size, (done - start) / size, (done - annotated) / size, story))
    print(f"one story, ECB+ topic {topic} ({len(base)} reports) copied to each size:")
    print(f"{'articles':>9} {'ms/article':>11} {'ratio':>6} {'link+reconcile ms/a':>20} "
          f"{'ratio':>6} {'facts':>6} {'quote groups':>13}")
    whole, linked = rows[0][1], rows[0][2]
    for size, per_article, per_link, story in rows:
        print(f"{size:>9,} {per_article * 1000:>11.1f} {per_article / whole:>6.2f} "
              f"{per_link * 1000:>20.2f} {per_link / linked:>6.2f} {len(story.facts):>6} "
              f"{len(story.quote_groups):>13}")
    print(f"  per article at {rows[-1][0]:,} / at {rows[0][0]:,}: {rows[-1][1] / whole:.2f} "
          "(at most 1.2 asked)")


if __name__ == "__main__":
    main()
