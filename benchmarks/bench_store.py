"""Time to add one article to a desk of 1,000 and of 10,000 stored articles, SQLite and
PostgreSQL; and what linking a story again costs as it grows.

How the stored articles are made from real ones: every ECB+ document (topics 1-35,
../shared/datasets/ecbplus) is cleaned and annotated once. One in ten is held out as an
arrival; the others are the first thousand-odd stored articles, filed and linked by the desk
as `storydesk add` would. Further articles are copies of those with every ASCII letter
rotated by the copy's number (a Caesar shift: "quake" -> "rvblf" in copy 1): the same
lengths, sentences, figures and story structure, so the annotation of the original still
fits offset for offset and is reused instead of running spaCy ten thousand times, while no
two copies share a word or a name, so each copy files into stories of its own, as the same
kind of news in another week would. Copies are filed and linked by the desk too (signatures,
band keys, outlet lines, stories and their versions), so the store holds what a real desk of
that size holds.

Each measured add is one `Desk.add_articles` call with one held-out real article (read,
clean, file, date, annotate, link its story, write its new version), on a store that has
just grown to the size named. Times are CPU time of this process (the machine is shared, so
wall-clock time says more about the neighbours than about storydesk; it is printed too),
and the ratio of the two sizes is the figure that matters.

    .venv/bin/python benchmarks/bench_store.py [--sizes 1000 10000] [--arrivals 20]
        [--backends sqlite postgresql] [--postgres URL]
"""

from __future__ import annotations

import argparse
import copy
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storydesk.annotate import annotate
from storydesk.article import Article, content_id
from storydesk.clean import clean_one
from storydesk.desk import AddResult, Desk, now
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.options import Options

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT.parent / "shared" / "datasets" / "ecbplus"
HELD_OUT_EVERY = 10
# Fields whose strings are labels or ids, not the article's words: never rotated.
KEEP = {"id", "source", "raw_kind", "outlet_from", "published", "published_from", "language",
        "granularity", "date", "type", "qualifier", "cue", "group", "speaker_entity", "reason"}


def rotate(text: str, shift: int) -> str:
    def one(char: str) -> str:
        if "a" <= char <= "z":
            return chr((ord(char) - 97 + shift) % 26 + 97)
        if "A" <= char <= "Z":
            return chr((ord(char) - 65 + shift) % 26 + 65)
        return char

    return "".join(one(c) for c in text)


def _rotated(value: Any, shift: int, key: str = "") -> Any:
    if key in KEEP:
        return value
    if isinstance(value, str):
        return rotate(value, shift)
    if isinstance(value, list):
        return [_rotated(item, shift, key) for item in value]
    if isinstance(value, dict):
        return {k: _rotated(v, shift, k) for k, v in value.items()}
    return value


def variant(article: Article, shift: int) -> Article:
    """Copy ``shift`` of an annotated article: letters rotated, annotation kept."""
    data = _rotated(article.as_dict(), shift)
    data["id"] = content_id(data["text"])
    data["source"] = f"copy{shift}/{article.source}"
    data["raw"] = data["text"]
    for number, quote in enumerate(data["quotes"], start=1):
        quote["id"] = f"{data['id']}:q{number}"
    return Article.from_dict(data)


def real_articles(options: Options, limit: int | None) -> tuple[list[Article], list[Article]]:
    """(stored, arrivals): ECB+ documents cleaned; the stored ones annotated."""
    documents = [d for folder in topic_folders(ECBPLUS) for d in read_topic(folder)][:limit]
    stored, arrivals = [], []
    for number, document in enumerate(sorted(documents, key=lambda d: d.name)):
        article = document.article()
        article.raw, article.raw_kind = article.text, "text"
        (arrivals if number % HELD_OUT_EVERY == 0 else stored).append(article)
    cleaned = []
    for article in stored:
        clean_one(article, options)
        article.id = content_id(article.text)
        cleaned.append(article)
    unique = list({a.id: a for a in cleaned}.values())
    started = time.perf_counter()
    annotated = annotate(unique, options)
    print(f"annotated {len(annotated)} stored ECB+ articles once "
          f"({(time.perf_counter() - started) / len(annotated) * 1000:.0f} ms each)")
    return annotated, arrivals


def fill(desk: Desk, base: list[Article], size: int) -> None:
    """Grow the desk to ``size`` articles: the real ones, then rotated copies; each filed
    and its stories linked by the desk itself (the annotation reused)."""
    shift = 0
    while desk.store.article_count() < size:
        wanted = size - desk.store.article_count()
        batch = [a if shift == 0 else variant(a, shift) for a in base[:wanted]]
        batch = [copy.deepcopy(a) for a in batch]
        result = AddResult()
        touched = desk.file(batch, result)
        with desk.store.write():
            for article in batch:
                desk.store.update_article(article)
        desk.rebuild(touched)
        shift += 1


def measure(desk: Desk, arrivals: list[Article], warm_up: Article) -> list[dict[str, float]]:
    """Per add: CPU seconds of this process by stage (what storydesk itself spends, whatever
    else the machine runs; a PostgreSQL server's own work is not in it), and wall seconds."""
    # Lazy loads (language identification, word lists) happen on a first add: not measured.
    desk.add_articles([copy.deepcopy(warm_up)])
    timings = []
    for article in arrivals:
        marks: dict[str, float] = {}
        wall, started = time.perf_counter(), time.process_time()

        def tick(stage: str, done: int, total: int, marks: dict[str, float] = marks) -> None:
            marks[stage] = time.process_time()

        result = desk.add_articles([copy.deepcopy(article)], tick)
        ended, wall = time.process_time(), time.perf_counter() - wall
        filed = marks.get("file", started)
        annotated = marks.get("annotate", filed)
        stories = result.created or result.changed
        timings.append({
            "total": ended - started,
            "wall": wall,
            "clean+file": filed - started,
            "annotate": annotated - filed,
            "link": ended - annotated,
            "story size": len(desk.store.members(stories[0])) if stories else 0,
            "joined": float(bool(result.changed)),
        })
    return timings


def report(backend: str, size: int, stored: int, timings: list[dict[str, float]]) -> None:
    totals = sorted(t["total"] for t in timings)
    p90 = totals[min(len(totals) - 1, int(0.9 * len(totals)))]
    parts = "  ".join(f"{k} {statistics.mean(t[k] for t in timings) * 1000:4.0f}"
                      for k in ("clean+file", "annotate", "link"))
    joined = sum(t["joined"] for t in timings)
    sizes = statistics.mean(t["story size"] for t in timings)
    mean, median = statistics.mean(totals) * 1000, statistics.median(totals) * 1000
    wall = statistics.mean(t["wall"] for t in timings) * 1000
    print(f"{backend:<10} {size:>6,} stored: CPU per add mean {mean:4.0f} ms, median "
          f"{median:4.0f}, p90 {p90 * 1000:4.0f}, max {totals[-1] * 1000:4.0f} "
          f"[{parts}]; wall mean {wall:4.0f} ms; {joined:.0f}/{len(timings)} joined a story "
          f"(mean size {sizes:.0f}); {stored:,} stored after")


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from postgres_cluster import Cluster  # the tests' throwaway cluster

    cluster = Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def relink_costs(base: list[Article], options: Options, sizes: list[int]) -> None:
    """Linking a story again (link, reconcile, carry ids, what changed, write the version)
    after one article arrives, as the story grows: real articles of several ECB+ topics
    put in one story."""
    print("\nlinking one story again after an arrival, by its size:")
    for size in sizes:
        with Desk(":memory:", options) as desk:
            members = [copy.deepcopy(a) for a in base[: size + 1]]
            with desk.store.write():
                desk.store.add_story("sbig", now())
                for article in members[:-1]:
                    desk.store.add_article(article, now())
                    desk.store.add_member("sbig", article.id, now())
                desk.store.touch_story("sbig", now())
            desk.rebuild(["sbig"])
            with desk.store.write():
                desk.store.add_article(members[-1], now())
                desk.store.add_member("sbig", members[-1].id, now())
                desk.store.touch_story("sbig", now())
            started = time.process_time()
            desk.rebuild(["sbig"])
            print(f"  {size + 1:>4} articles: {(time.process_time() - started) * 1000:6.0f} ms CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--arrivals", type=int, default=20)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--postgres", help="a PostgreSQL URL (default: a throwaway cluster)")
    parser.add_argument("--story-sizes", type=int, nargs="*", default=[25, 100, 200])
    parser.add_argument("--documents", type=int, help="use only this many ECB+ documents")
    args = parser.parse_args()
    options = Options.load()
    base, arrivals = real_articles(options, args.documents)
    arrivals = arrivals[: args.arrivals + 1]  # the first warms up
    folder = Path(tempfile.mkdtemp(prefix="storydesk-bench-store-"))
    try:
        for backend in args.backends:
            with postgres(args.postgres) if backend == "postgresql" else _nothing() as url:
                for size in args.sizes:
                    location = url if url else str(folder / f"{size}.db")
                    if url:
                        location = _fresh_schema(url, f"bench_{size}")
                    with Desk(location, options) as desk:
                        started = time.perf_counter()
                        fill(desk, base, size)
                        print(f"{backend}: filled to {desk.store.article_count():,} articles in "
                              f"{len(desk.store.stories()):,} stories "
                              f"({time.perf_counter() - started:.0f} s)")
                        timings = measure(desk, arrivals[1:], arrivals[0])
                        report(backend, size, desk.store.article_count(), timings)
        relink_costs(base, options, args.story_sizes)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _fresh_schema(url: str, schema: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}"


if __name__ == "__main__":
    main()
