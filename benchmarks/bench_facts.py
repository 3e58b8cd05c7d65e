"""CPU time per article of the facts stage on a 400-article story, against the previous one.

The story: the first 400 ECB+ documents in topic order (``../shared/datasets/ecbplus``,
one article each, every topic in one story), so that every quantity class meets many
figures of other events: the worst case for blocking. Articles are annotated once
(spaCy and the figure measurement); then, in this same run, each stage links the same
annotated story: ``link.facts.align`` (today's) and the alignment before issue 8 (its three
modules read from git at ``PREVIOUS``, the commit before the measurement model landed).
Printed: CPU seconds per article for each at 100, 200 and 400 articles, and the ratio
today / previous (below 1 is cheaper). Growth with the story's size shows whether the
comparison stays within blocks.

    .venv/bin/python benchmarks/bench_facts.py [--articles 400]

Measured 2026-11-30 (2 shared cores, 400 articles, 3,082 figures), two runs: 0.89 / 0.91 at
100 articles, 0.81 / 0.85 at 200, 0.76 / 0.79 at 400 (was 0.89, 0.95, 1.05 before a figure's
amount became a field instead of a property read a million times, and a cluster's values
were split in one pass that stops at the first untied one). Both grow with the story (a
figure is tried against the clusters of its block); the figure measurement itself runs in
annotate and is not in these numbers. After session 3's event presumption and measurement
fixes (106 more measured figures: counts describing a noun): 0.80-0.83 at 400 articles under a
load of 4-5 on 2 cores, 0.366-0.402 ms/article, against 0.373 for the code before them in the
same conditions (0.77); align alone on the 400 annotated articles, best of five, 0.141 s before
and 0.141 s after. Session 5 (series of counts, synonym verbs, conversions, increments and
gaps): 0.82 at 400 articles after the first two, 0.94 after the last, 0.87 once a figure's
context is copied only when it is in a series or a conversion (two runs under a load of 3-4).
Issue 8 review (``slots._relative`` no longer copies the rest of the article per figure):
0.90 / 0.87 before, 0.87 / 0.87 after at 400 articles (load 2-3): within noise here, as ECB+
articles are short; on one 19,200-character article with 300 figures the check is 4.7x
cheaper (2.4 ms → 0.5 ms).
Session 6 (counts of one, title-case plurals, names before numbers and temperatures measured:
3,140 figures instead of 3,082; a running tally read from the clause): 0.98, then 0.94 once
the tally's clause is cut only in a sentence that has its words (load 3-4); against the
session-5 link code on the same annotated story (``PREVIOUS`` set to 604880d), 1.02.
Session 13 (s13-speed), first step: a figure's features read only when two figures are
compared are computed on first read, and a join asks first whether the subjects differ.
Main cb36914 against the branch, twice each in the same minutes (the annotated story
pickled once, load 3.5-4.5 on 2 cores): 1.88 / 1.88 -> 1.35 / 1.36 at 100 articles, 1.59 /
1.65 -> 1.32 / 1.28 at 200, 1.51 / 1.46 -> 1.30 / 1.30 at 400; every facts table the same.
Second step (literal checks before owners', whole's and cumulative's searches, cached pure
tests, one fit joined without ranking, FigureContext unfrozen, a label's limit read once):
main fb55487 (with s13-holders' holder readings) 1.42 / 1.31 at 100, 1.28 / 1.19 at 200,
1.39 / 1.32 at 400 -> 1.07 / 1.04, 1.03 / 1.05, 1.10 / 1.02 (load 4.3-6.6). Best of three
includes warm caches of pure functions (``ties._within``, ``figure_words._ignored``), as it
did before. Every facts table the same: ``benchmarks/facts_tables.py``. Then occasion and
relative look for their words as plain text first: main fb55487 1.33 / 1.35 at 100, 1.33 /
1.26 at 200, 1.41 / 1.35 at 400 -> 0.96 / 0.96, 1.07 / 1.03, 1.04 / 1.02 (load 3.3-5.3,
another engineer's tests running). Then a length of time that only a shared frame word can
tie (``ties.frame_bound``) is tried only on the facts holding its value or one of its frame
words (``fact_joins._FrameIndex``: 50,015 tries of a join -> 21,353 at 400 articles): main
fb55487 1.30 / 1.32 at 100, 1.24 / 1.26 at 200, 1.31 / 1.27 at 400 -> 0.94 / 0.95, 0.94 /
0.96, 0.91 / 0.97 (load 3.2-4.0). The same run a few minutes apart varies by about 5%.
Session 13 end (lead, main d2caf7b, load under 1): 0.96 / 0.98 / 0.98 at 100 / 200 / 400
articles; with ``--cold`` (the link modules' caches emptied before each repeat) 0.97 / 0.95 /
0.97.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

from storydesk.annotate import annotate
from storydesk.article import Article
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.link import entities, facts
from storydesk.options import Options
from storydesk.story import Story

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "ecbplus"
PREVIOUS = "59cd092"  # main before the measurement model (issue 8)
MODULES = ("slots", "evidence", "facts")  # in import order


def load_previous() -> Any:
    """The previous link.facts, with its own slots and evidence, as a throwaway package."""
    package = types.ModuleType("previous_facts")
    package.__path__ = []
    sys.modules["previous_facts"] = package
    for name in MODULES:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{PREVIOUS}:src/storydesk/link/{name}.py"],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        for other in MODULES:
            source = source.replace(f"storydesk.link.{other}", f"previous_facts.{other}")
        spec = importlib.util.spec_from_loader(f"previous_facts.{name}", loader=None)
        assert spec is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        exec(compile(source, f"{PREVIOUS}:{name}.py", "exec"), module.__dict__)
    return sys.modules["previous_facts.facts"]


def annotated(count: int, options: Options) -> list[Article]:
    """The first ``count`` ECB+ documents in topic order, one article each, annotated."""
    documents = [d for folder in topic_folders(DATA) for d in read_topic(folder)]
    articles = [Article(id=d.name, source=d.name, text=d.text) for d in documents]
    return annotate(articles[:count], options)


def story_of(articles: list[Article]) -> Story:
    story = Story(id="s", title="t", articles=articles)
    entities.resolve(story, Options.load())
    return story


def clear_caches() -> None:
    """Empty every functools cache of the link modules (today's and the previous code's), so
    that a repeat does not read what an earlier repeat of the same story cached (``--cold``:
    the session 13 speed work added caches, warm from the second of the best-of-three repeats).
    Annotate's caches (WordNet loaded and looked up) stay: a run has filled them before it
    links."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("storydesk.link.", "previous_facts.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()


def cpu(stage: Any, story: Story, options: Options, repeats: int = 3, cold: bool = False) -> float:
    best = float("inf")
    for _ in range(repeats):
        if cold:
            clear_caches()
        start = time.process_time()
        stage.align(story, options)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--cold", action="store_true", help="empty the caches before each run")
    args = parser.parse_args()
    options = Options.load()
    articles = annotated(args.articles, options)
    previous = load_previous()
    print(f"{len(articles)} ECB+ articles, {sum(len(a.figures) for a in articles)} figures")
    print("articles  today ms/article  previous ms/article  ratio")
    for size in sorted({100, 200, args.articles} & set(range(1, len(articles) + 1))):
        story = story_of(articles[:size])
        today = cpu(facts, story, options, cold=args.cold) / size * 1000
        before = cpu(previous, story, options, cold=args.cold) / size * 1000
        print(f"{size:8d}  {today:16.3f}  {before:19.3f}  {today / before:5.2f}")


if __name__ == "__main__":
    main()
