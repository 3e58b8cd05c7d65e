"""End to end on one core: ``analyze`` over 1,000 and 10,000 articles, and its peak memory.

The articles: ``corpus.texts(size)`` written as files (1,821 real articles, then renamed and
re-dated copies of them; see ``corpus.py``). Each size runs in a fresh process (so its peak
memory is its own): ``pipeline.analyze`` on the folder, every stage (read, clean, file into
stories, annotate, link, reconcile), in one process. Printed: articles per CPU second (per
core: the process is single-threaded), the CPU time per article, and the process's peak
resident memory; the model load is counted apart. The CPU time, not wall time, is what
other work on a shared machine leaves alone.

    .venv/bin/python benchmarks/bench_end_to_end.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

CHILD = """
import json, resource, sys, time
from storydesk.annotate import nlp
from storydesk.options import Options
from storydesk.pipeline import analyze
options = Options.load()
start = time.process_time()
nlp.load(options)
loaded = time.process_time() - start
start = time.process_time()
analysis = analyze([sys.argv[1]], options)
seconds = time.process_time() - start
print(json.dumps({
    "articles": sum(len(s.articles) for s in analysis.stories),
    "stories": len(analysis.stories),
    "cpu": seconds,
    "load": loaded,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def measure(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="storydesk-bench-") as folder:
        corpus.write(size, Path(folder) / "in")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(folder) / "in")],
            capture_output=True, text=True, check=True, env=os.environ,
        )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print("end to end (analyze, one process):")
    print(f"{'articles':>9} {'analysed':>9} {'stories':>8} {'per CPU s':>10} "
          f"{'ms/article':>11} {'peak MB':>8} {'model load s':>13}")
    base = None
    for size in args.sizes:
        found = measure(size)
        rate = found["articles"] / found["cpu"]
        base = base or rate
        print(f"{size:>9,} {int(found['articles']):>9,} {int(found['stories']):>8,} "
              f"{rate:>10.2f} {1000 / rate:>11.1f} {found['peak_mb']:>8.0f} "
              f"{found['load']:>13.2f}")
    if base and len(args.sizes) > 1:
        print(f"  articles per CPU second at {args.sizes[-1]:,} / at {args.sizes[0]:,}: "
              f"{rate / base:.2f}")


if __name__ == "__main__":
    main()
