"""CPU time to file one article into stories (``link.stream``) as the desk grows.

Real articles from ../shared/datasets (PolNeAR train and dev, with the dates their file
names give; ECB+; TempEval-3), about 1,950; past that, variants of them (sentences shuffled,
a third dropped, by a seeded generator), as a desk holds several reports of one story. The
desk (a ``MemoryIndex``) is filled to each size, then the next ``--probe`` articles are filed
and timed (CPU time, ``time.process_time``). Printed as ms per article and as a ratio to the
smallest size, so the figures compare across machines; a flat cost reads ~1.0x.

    .venv/bin/python benchmarks/bench_stream.py [--sizes 1000 10000] [--probe 200]

The store's own benchmark (SQLite, PostgreSQL) times the whole ``add``; this one is the
clustering step alone, which must not grow with the desk (never all pairs: LSH bands with at
most ``stream.POSTINGS`` entries read per key, at most ``stream.CANDIDATES`` compared).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

from storydesk.article import Article
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.ids import stable_id
from storydesk.link.stream import MemoryIndex, file, sign
from storydesk.options import Options

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
POLNEAR_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def real_articles() -> list[Article]:
    articles = []
    for split in ("train", "dev"):
        for path in sorted((DATASETS / "polnear" / "data" / split / "text").glob("*.txt")):
            match = POLNEAR_DATE.search(path.name)
            articles.append(
                Article(path.stem, str(path), text=path.read_text(encoding="utf-8"),
                        published=match.group(1) if match else None)
            )  # fmt: skip
    for folder in topic_folders(DATASETS / "ecbplus"):
        articles += [document.article() for document in read_topic(folder)]
    for path in sorted((DATASETS / "tempeval3").rglob("*.tml")):
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        articles.append(Article(path.stem, str(path), text=text))
    return articles


def stream_of(pool: list[Article], seed: int = 7) -> Iterator[Article]:
    """The pool in a shuffled order, then variants of it for as long as asked."""
    generator = random.Random(seed)
    order = pool[:]
    generator.shuffle(order)
    yield from order
    round_ = 0
    while True:
        round_ += 1
        for article in order:
            lines = [line for line in article.text.split("\n") if line.strip()]
            generator.shuffle(lines)
            kept = lines[: max(1, (2 * len(lines)) // 3)]
            yield Article(f"{article.id}~{round_}", article.source, text="\n".join(kept),
                          published=article.published)  # fmt: skip


def file_one(index: MemoryIndex, article: Article, options: Options) -> None:
    signature = sign(article)
    index.apply(signature, file(signature, index, options), stable_id("s", article.id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--probe", type=int, default=200)
    args = parser.parse_args()
    options = Options()
    articles = stream_of(real_articles())
    index = MemoryIndex()
    filed = 0
    results: list[tuple[int, float, int]] = []
    for size in sorted(args.sizes):
        while filed < size:
            file_one(index, next(articles), options)
            filed += 1
        start = time.process_time()
        for _ in range(args.probe):
            file_one(index, next(articles), options)
        per_article = (time.process_time() - start) / args.probe
        filed += args.probe
        results.append((size, per_article, len(index.stories())))
    base = results[0][1]
    print(f"{'stored articles':>16} {'ms per article':>15} {'ratio':>7} {'stories':>8}")
    for size, per_article, stories in results:
        print(f"{size:>16,} {per_article * 1000:>15.2f} {per_article / base:>6.2f}x {stories:>8,}")


if __name__ == "__main__":
    main()
