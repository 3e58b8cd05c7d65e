"""Story clustering per article at 1,000, 10,000 and 100,000 articles: it must stay flat.

The staged clustering of ``storydesk batch`` (``run.clustering``, here in one process):
signatures (``link.stream.sign``), LSH buckets, candidate windows and scores, connected
components, then the desk's own filing decision (``stream.file``) on every article. The
articles: the 1,821 real ones of ``corpus.real()``, cleaned, then *synthetic variations* of
them (``storydesk.evaluate.variants.vary``): copy k swaps every word for one of the same
background frequency (wordfreq's bands), and names for made-up ones, so copies of the
corpus relate to one another as the corpus does and to other copies as unrelated news
with the same vocabulary profile would; dates move 3 days per copy. Timed in CPU seconds
(``time.process_time``) from cleaned articles to stories; making the variations is not
timed. Printed per article, per stage, and as the ratio to 1,000 (the issue asks 100,000
within 2x of 1,000), with the peak memory of the process. Of stages 2-5, the candidate
scores (step 3's ``score_chunk``) and the filing step (step 5, ``careful_merge``: the
desk's own ``stream.file`` on every article, the part a desk repeats at each arrival) are
printed apart, timed around the jobs ``cluster`` hands its mapper.

    .venv/bin/python benchmarks/bench_clustering.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import corpus

from storydesk.evaluate.variants import corpus as variations
from storydesk.link import stream
from storydesk.options import Options
from storydesk.run import clustering


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    options = Options.load()
    real = corpus.cleaned(len(corpus.real()))
    stream.sign(real[0])  # the word frequency list is loaded once, not timed
    rows = []
    for size in args.sizes:
        articles = list(variations(real, size))
        start = time.process_time()
        signed = [clustering.Signed(stream.sign(a), a.published, a.id) for a in articles]
        signing = time.process_time() - start
        jobs: dict[str, float] = defaultdict(float)
        found = clustering.cluster(signed, options, timed(jobs))
        total = time.process_time() - start
        sizes = sorted((len(m) for m in found.stories.values()), reverse=True)
        rows.append((size, signing / size, (total - signing) / size, total / size, sizes,
                     jobs["score_chunk"] / size, jobs["careful_merge"] / size))
        del articles, signed, found
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"story clustering ({len(real)} real articles, then variations of them):")
    print(f"{'articles':>9} {'sign ms/a':>10} {'stages 2-5 ms/a':>16} {'(scores':>8} "
          f"{'filing)':>8} {'total ms/a':>11} {'ratio':>6} {'stories':>8} {'largest':>8}")
    base = rows[0][3]
    for size, signing, staged, total, sizes, scoring, filing in rows:
        print(f"{size:>9,} {signing * 1000:>10.3f} {staged * 1000:>16.3f} "
              f"{scoring * 1000:>8.3f} {filing * 1000:>8.3f} "
              f"{total * 1000:>11.3f} {total / base:>6.2f} {len(sizes):>8,} {sizes[0]:>8}")
    print(f"  per article at {rows[-1][0]:,} / at {rows[0][0]:,}: {rows[-1][3] / base:.2f} "
          f"(within 2x asked); peak memory {peak:,.0f} MB")
    # The filing step alone (what a desk repeats at each arrival), against the same step at
    # the smallest size and against the candidate scores it reads, in the same run
    filing, scoring = rows[-1][6], rows[-1][5]
    print(f"  filing step per article at {rows[-1][0]:,} / at {rows[0][0]:,}: "
          f"{filing / rows[0][6]:.2f}; filing step / candidate scores at {rows[-1][0]:,}: "
          f"{filing / scoring:.2f}")


def timed(spent: dict[str, float]) -> clustering.Mapper[Any, Any, Any]:
    """``clustering.in_process``, adding the CPU time of each job function to ``spent``."""

    def mapper(function: Callable[[Any, Any], Any], items: Sequence[Any], shared: Any) -> list[Any]:
        started = time.process_time()
        results = list(clustering.in_process(function, items, shared))
        spent[function.__name__] += time.process_time() - started
        return results

    return mapper


if __name__ == "__main__":
    main()
