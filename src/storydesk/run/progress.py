"""The batch run on the terminal: a progress bar per stage while it runs, a summary after."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from storydesk.run.batch import STAGES, Progress, Summary

UNITS = {"clean": "input shards", "sign": "shards", "stories": "", "annotate": "articles"}


@contextlib.contextmanager
def bar(quiet: bool = False) -> Iterator[Progress]:
    """A ``Progress`` callback drawing one rich bar per stage on stderr (nothing if quiet)."""
    if quiet:
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = (
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as shown:
        tasks = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                label = f"{stage} {UNITS.get(stage, '')}".strip()
                tasks[stage] = shown.add_task(label, total=total)
            shown.update(tasks[stage], completed=done, total=total)

        yield tick


def summary_lines(summary: Summary) -> list[str]:
    """The run's counts per stage and per skip reason, one line each."""
    shards, articles, stories = summary.shards, summary.articles, summary.stories
    lines = [
        f"input shards: {shards.get('input', 0)} ({shards.get('input_done_before', 0)} "
        f"finished before); story shards: {shards.get('story', 0)} "
        f"({shards.get('story_done_before', 0)} finished before); "
        f"{summary.workers} worker(s)",
        f"read: {articles.get('read', 0)} articles; duplicates of another: "
        f"{articles.get('duplicate', 0)}; kept after cleaning: "
        f"{articles.get('kept_after_cleaning', 0)}",
        f"stories: {stories.get('stories', 0)} (largest {stories.get('largest', 0)} articles, "
        f"{stories.get('single_article', 0)} of one article, {stories.get('topics', 0)} topics)",
        f"annotated: {articles.get('annotated', 0)} articles "
        f"({articles.get('annotated_before', 0)} in shards finished before)",
        "rows: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.rows.items())),
        "cpu seconds: "
        + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in summary.cpu_seconds.items())
        + f"; wall {summary.wall_seconds:.1f}",
    ]
    lines += [f"skipped {count}: {kind}" for kind, count in summary.reasons().most_common()]
    return lines


__all__ = ["STAGES", "bar", "summary_lines"]
