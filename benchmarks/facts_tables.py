"""The facts tables ``link.facts.align`` gives, dumped so that two versions of the link code
can be compared: speed work on the facts stage must leave them byte-identical.

    .venv/bin/python benchmarks/facts_tables.py capture /tmp/stories.pkl
    .venv/bin/python benchmarks/facts_tables.py dump /tmp/stories.pkl /tmp/after.txt
    PYTHONPATH=/path/to/main/src .venv/bin/python benchmarks/facts_tables.py \\
        dump /tmp/stories.pkl /tmp/before.txt
    cmp /tmp/before.txt /tmp/after.txt

``capture`` runs the tuned facts evaluations (facts, facts-held, facts-work; never fresh or
untouched), the companies probe (``eval/facts_probe.py``) and ``bench_facts``' story at 100,
200 and 400 articles, and pickles every story as ``align`` is given it (annotated, entities
resolved), so that ``dump`` aligns the same stories again without spaCy (a few seconds).
``dump`` writes each story's facts, every field and every value, one JSON line a fact, and
prints align's CPU seconds per part. Capture with the code the stories should come from
(annotation changes them); dump with each version of the link code to compare.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets"
EVALUATIONS = ("facts", "facts-held", "facts-work")  # tuned parts only (eval/README.md)
BENCH_SIZES = (100, 200, 400)


def capture(out: Path) -> None:
    sys.path[:0] = [str(ROOT / "eval"), str(ROOT / "benchmarks")]
    import bench_facts
    import facts_probe

    from storydesk.evaluate.cli import run_evaluation
    from storydesk.link import facts
    from storydesk.options import Options

    captured: list[tuple[str, Any]] = []
    part = ""
    align = facts.align

    def keep(story: Any, options: Options) -> Any:
        captured.append((part, copy.deepcopy(story)))
        return align(story, options)

    facts.align = keep  # every caller reads it from the module (link.link)
    options = Options.load()
    for part in EVALUATIONS:
        outcome = run_evaluation(part, DATA, options, None)
        print(part, outcome.result.scores if outcome.result else outcome, flush=True)
    part = "companies"
    sys.argv = ["facts_probe", "--data", str(DATA)]
    facts_probe.main()
    facts.align = align
    articles = bench_facts.annotated(max(BENCH_SIZES), options)
    for size in BENCH_SIZES:
        captured.append((f"bench{size}", bench_facts.story_of(articles[:size])))
    with out.open("wb") as file:
        pickle.dump(captured, file)
    print(f"{len(captured)} stories -> {out}")


def dump(stories: Path, out: Path) -> None:
    from storydesk.link import facts
    from storydesk.options import Options

    options = Options.load()
    with stories.open("rb") as file:
        captured = pickle.load(file)
    lines: list[str] = []
    seconds: dict[str, float] = {}
    for part, story in captured:
        start = time.process_time()
        facts.align(story, options)
        seconds[part] = seconds.get(part, 0.0) + time.process_time() - start
        lines.append(f"== {part} {story.id} {len(story.articles)} articles")
        lines.extend(json.dumps(asdict(fact), ensure_ascii=False) for fact in story.facts)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {out};", ", ".join(f"{k} {v:.2f} s" for k, v in seconds.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("capture").add_argument("stories", type=Path)
    dumping = commands.add_parser("dump")
    dumping.add_argument("stories", type=Path)
    dumping.add_argument("tables", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        capture(args.stories)
    else:
        dump(args.stories, args.tables)


if __name__ == "__main__":
    main()
