"""Articles per second of `analyze` on the example, against plain spaCy `nlp.pipe`.

Both run in this process over the same texts (the example repeated to a few hundred
articles, each copy made unique so deduplication does not shortcut it). Figures are printed
as a ratio, so they compare across machines.

    .venv/bin/python benchmarks/bench_analyze.py [--copies 60]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from storydesk.annotate import nlp as nlp_module
from storydesk.options import Options
from storydesk.pipeline import analyze

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ukraine-peace-plan-2025-11-25"


def make_corpus(folder: Path, copies: int) -> list[str]:
    texts = []
    for copy in range(copies):
        for path in sorted(EXAMPLE.glob("*.txt")):
            # A unique trailing line keeps every copy a distinct article.
            text = path.read_text(encoding="utf-8") + f"\nCopy {copy} of {path.stem}.\n"
            (folder / f"{copy:04d}_{path.name}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def time_spacy(texts: list[str], options: Options) -> float:
    nlp = nlp_module.load(options)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=options.batch_size):
        pass
    return time.perf_counter() - start


def time_analyze(folder: Path, options: Options) -> tuple[float, int]:
    start = time.perf_counter()
    analysis = analyze([str(folder)], options)
    elapsed = time.perf_counter() - start
    return elapsed, sum(len(s.articles) for s in analysis.stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=60, help="copies of the five articles")
    args = parser.parse_args()
    options = Options.load()
    folder = Path(tempfile.mkdtemp(prefix="storydesk-bench-"))
    try:
        texts = make_corpus(folder, args.copies)
        nlp_module.load(options)  # model load is not part of either figure
        spacy_seconds = time_spacy(texts, options)
        analyze_seconds, analysed = time_analyze(folder, options)
    finally:
        shutil.rmtree(folder)
    spacy_rate = len(texts) / spacy_seconds
    analyze_rate = analysed / analyze_seconds
    print(f"articles: {len(texts)} ({args.copies} copies of the example)")
    print(f"plain spaCy nlp.pipe: {spacy_rate:8.1f} articles/s ({spacy_seconds:.2f} s)")
    print(f"storydesk analyze:    {analyze_rate:8.1f} articles/s ({analyze_seconds:.2f} s)")
    print(f"ratio analyze/spaCy:  {analyze_rate / spacy_rate:8.2f} (1.00 = as fast as spaCy alone)")


if __name__ == "__main__":
    main()
