"""``storydesk batch``: the analysis of a crawl, in stages over shards, on Ray or here.

1. clean (input shards, in parallel): read, ``clean_one``, analysable and language checks;
2. line counts (here): the lines each outlet repeats, over the first copy of every article;
3. sign (cleaned shards, in parallel): the cross-article pass and story signatures;
4. stories (``run.clustering``): the desk's stream filing, staged;
5. annotate, link and reconcile (story shards, in parallel), writing the tables and reports.

The stage functions are those of ``pipeline.analyze``, so the stories, facts and quotes are
the ones ``analyze`` gives on the same inputs. Finished shards of stages 1 and 5 are kept
under ``--out`` and skipped by a rerun; stages 2–4 are cheap and done again, which is also
how a rerun with more inputs refiles everything. Outputs of a previous run that the current
one does not produce (a story that grew, inputs removed) are removed at the end.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from storydesk.article import Article, Publication
from storydesk.errors import UsageError
from storydesk.ingest.base import Skipped
from storydesk.options import Options
from storydesk.run import clustering, tables
from storydesk.run.executor import Executor
from storydesk.run.shards import PlannedStory, StoryShard, input_shards, story_shards
from storydesk.run.work import (
    REPORTS,
    WORK,
    CleanResult,
    CleanWorker,
    CountedLines,
    Signed,
    SignJob,
    SignWorker,
    StoryJob,
    StoryResult,
    StoryWorker,
    finished_clean,
    finished_stories,
    part_path,
    report_path,
    story_marker,
    write_atomic,
    write_table,
)

# Progress: (stage, done, total) after every finished shard.
Progress = Callable[[str, int, int], None]
STAGES = ("clean", "sign", "stories", "annotate")
SKIPPED_SCHEMA = pa.schema([pa.field("source", pa.string()), pa.field("reason", pa.string())])


@dataclass(slots=True)
class Summary:
    """What a batch run did, stage by stage (also written as ``summary.json``)."""

    shards: dict[str, int] = field(default_factory=dict)  # planned, done before, run
    articles: dict[str, int] = field(default_factory=dict)  # read, duplicate, kept, ...
    skipped: list[Skipped] = field(default_factory=list)
    stories: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    # stage -> worker process -> CPU seconds it spent on the stage (this run's shards)
    worker_seconds: dict[str, dict[int, float]] = field(default_factory=dict)
    wall_seconds: float = 0.0
    workers: int = 1

    def reasons(self) -> Counter[str]:
        """Skipped inputs per kind of reason (numbers, names and paths left out)."""
        return Counter(reason_kind(s.reason) for s in self.skipped)

    def spread(self, stage: str, results: Iterable[Any]) -> None:
        """Record the CPU seconds of each worker on ``stage`` (shards done in this run)."""
        found = self.worker_seconds.setdefault(stage, {})
        for result in results:
            if result.worker:
                found[result.worker] = found.get(result.worker, 0.0) + result.cpu_seconds

    def as_dict(self) -> dict[str, Any]:
        return {
            "shards": self.shards,
            "articles": self.articles,
            "skipped": dict(self.reasons().most_common()),
            "stories": self.stories,
            "rows": self.rows,
            "cpu_seconds": {k: round(v, 3) for k, v in self.cpu_seconds.items()},
            # per stage, each worker process's CPU seconds, busiest first: how evenly the
            # stage was spread (what the run would take with a core per worker)
            "worker_cpu_seconds": {
                stage: sorted((round(v, 3) for v in found.values()), reverse=True)
                for stage, found in self.worker_seconds.items()
            },
            "wall_seconds": round(self.wall_seconds, 3),
            "workers": self.workers,
        }


def reason_kind(reason: str) -> str:
    """A skip reason without what varies from input to input: "written in German (de,
    probability 0.99); ..." and "written in French (fr, ...)" are one kind."""
    head = re.split(r"[;:(]", reason, maxsplit=1)[0]
    head = re.sub(r"\d[\d,.]*", "N", head)
    head = re.sub(r"\bwritten in \w+", "written in another language", head)
    return head.strip() or reason


def run(
    inputs: Sequence[str],
    out: Path,
    options: Options,
    executor: Executor,
    progress: Progress | None = None,
) -> Summary:
    started = time.perf_counter()
    _check_out(out, inputs)
    summary = Summary(workers=executor.workers)
    tick = progress or (lambda stage, done, total: None)
    cleaned = _clean(inputs, out, options, executor, summary, tick)
    first, where, repeated = _first_copies(cleaned, summary)
    places = _publications(cleaned, repeated)
    lines = _line_counts(cleaned, first, options)
    signed = _sign(cleaned, first, lines, options, executor, summary, tick)
    planned = _stories(signed, options, executor, summary, tick)
    shards = story_shards(planned, {s.article: s.state for s in signed}, options)
    _annotate(shards, where, places, lines, out, options, executor, summary, tick)
    _finish(out, cleaned, shards, planned, summary)
    summary.wall_seconds = time.perf_counter() - started
    write_atomic(out / "summary.json", json.dumps(summary.as_dict(), indent=2).encode("utf-8"))
    return summary


def _check_out(out: Path, inputs: Iterable[str]) -> None:
    resolved = out.resolve()
    for item in inputs:
        path = Path(item)
        if path.is_dir() and (resolved == path.resolve() or path.resolve() in resolved.parents):
            raise UsageError(f"--out {out} is inside the input folder {item}: choose another")
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)


def _clean(
    inputs: Sequence[str],
    out: Path,
    options: Options,
    executor: Executor,
    summary: Summary,
    tick: Progress,
) -> list[CleanResult]:
    shards, skipped = input_shards(inputs, options)
    summary.skipped += skipped
    results: dict[int, CleanResult] = {}
    pending = []
    for shard in shards:
        done = finished_clean(out, shard)
        if done:
            results[shard.number] = done
        else:
            pending.append(shard)
    summary.shards.update(input=len(shards), input_done_before=len(results))
    tick("clean", len(results), len(shards))
    for result in executor.stage(CleanWorker, {"options": options, "out": str(out)}, pending):
        results[result.shard.number] = result
        tick("clean", len(results), len(shards))
    ordered = [results[n] for n in sorted(results)]
    for result in ordered:
        summary.skipped += result.skipped
    summary.articles.update(
        read=sum(r.read for r in ordered), kept_after_cleaning=sum(r.kept for r in ordered)
    )
    summary.cpu_seconds["clean"] = sum(r.cpu_seconds for r in ordered)
    summary.spread("clean", ordered)
    return ordered


def _first_copies(
    cleaned: list[CleanResult], summary: Summary
) -> tuple[dict[str, set[str]], dict[str, str], list[str]]:
    """Per shard file the articles that are the first copy of their text in input order (the
    same text given twice is one article, as in ``analyze``), where each article is, and the
    articles given more than once (sorted)."""
    where: dict[str, str] = {}
    first: dict[str, set[str]] = {}
    repeated: set[str] = set()
    duplicates = 0
    for result in cleaned:
        ids = pq.read_table(result.path, columns=["id"]).column("id").to_pylist()
        kept = first.setdefault(result.path, set())
        for article in ids:
            if article in where:
                duplicates += 1
                repeated.add(article)
                continue
            where[article] = result.path
            kept.add(article)
    summary.articles["duplicate"] = duplicates
    return first, where, sorted(repeated)


def _publications(cleaned: list[CleanResult], repeated: list[str]
                  ) -> dict[str, list[Publication]]:
    """Where each article given by several inputs (``repeated``) was published (by source,
    as a desk's store lists the inputs of one ``add``): a wire story's very text from two
    outlets is one article of both (``Desk.add`` keeps them alike)."""
    found: dict[str, list[tuple[str, Publication]]] = {}
    for result in cleaned if repeated else []:
        table = pq.read_table(result.path, columns=["id", "raw", "article"],
                              filters=[("id", "in", repeated)])
        for article_id, raw, data in zip(*(table.column(c).to_pylist()
                                           for c in ("id", "raw", "article")), strict=True):
            article = Article.from_dict(json.loads(data))
            found.setdefault(article_id, []).append((raw, Publication.of(article)))
    return {a: [p for _, p in sorted(places, key=lambda item: (item[1].source, item[0]))]
            for a, places in found.items()}


def _line_counts(
    cleaned: list[CleanResult], first: dict[str, set[str]], options: Options
) -> CountedLines:
    """Stage 2: per outlet, the lines of at least ``recurring_min_articles`` articles."""
    parts = []
    for result in cleaned:
        found = pq.read_table(result.path, columns=["id", "outlet", "lines"])
        wanted, seen = first[result.path], set()
        keep = []
        for article in found.column("id").to_pylist():  # each first copy once
            keep.append(article in wanted and article not in seen)
            seen.add(article)
        found = found.filter(
            pc.and_(pa.array(keep, pa.bool_()), pc.is_valid(found.column("outlet")))
        )
        parts.append(found.select(["outlet", "lines"]))
    if not parts:
        return CountedLines({})
    lines = pa.concat_tables(parts).flatten()
    exploded = pa.table(
        {
            "outlet": pc.take(
                lines.column("outlet"), pc.list_parent_indices(lines.column("lines"))
            ),
            "line": pc.list_flatten(lines.column("lines")),
        }
    )
    counted = exploded.group_by(["outlet", "line"]).aggregate([("line", "count")])
    least = max(1, options.recurring_min_articles)
    common = counted.filter(pc.greater_equal(counted.column("line_count"), least))
    counts: dict[str, dict[str, int]] = {}
    for outlet, line, count in zip(
        common.column("outlet").to_pylist(),
        common.column("line").to_pylist(),
        common.column("line_count").to_pylist(),
        strict=True,
    ):
        counts.setdefault(outlet, {})[line] = count
    return CountedLines(counts)


def _sign(
    cleaned: list[CleanResult],
    first: dict[str, set[str]],
    lines: CountedLines,
    options: Options,
    executor: Executor,
    summary: Summary,
    tick: Progress,
) -> list[Signed]:
    jobs = [SignJob(r.path, frozenset(first[r.path])) for r in cleaned if first[r.path]]
    signed: list[Signed] = []
    results = []
    tick("sign", 0, len(jobs))
    for done, result in enumerate(
        executor.stage(SignWorker, {"options": options, "lines": lines}, jobs), 1
    ):
        signed += result.signed
        results.append(result)
        tick("sign", done, len(jobs))
    summary.articles["signed"] = len(signed)
    summary.cpu_seconds["sign"] = sum(r.cpu_seconds for r in results)
    summary.spread("sign", results)
    return signed


def _stories(
    signed: list[Signed],
    options: Options,
    executor: Executor,
    summary: Summary,
    tick: Progress,
) -> list[PlannedStory]:
    started = time.process_time()
    tick("stories", 0, 1)
    found = clustering.cluster(
        [clustering.Signed(s.signature, s.published, s.raw) for s in signed],
        options,
        executor.map,
    )
    tick("stories", 1, 1)
    summary.cpu_seconds["stories (here)"] = time.process_time() - started
    sizes = [len(m) for m in found.stories.values()]
    summary.stories.update(
        stories=len(sizes),
        largest=max(sizes, default=0),
        single_article=sum(1 for n in sizes if n == 1),
        topics=len(set(found.topics.values())),
    )
    # Largest first, as ``analyze`` lists them (ties in the order the desk created them).
    ordered = sorted(found.stories.items(), key=lambda item: -len(item[1]))
    return [PlannedStory(s, found.topics[s], tuple(members)) for s, members in ordered]


def _annotate(
    shards: list[StoryShard],
    where: dict[str, str],
    places: dict[str, list[Publication]],
    lines: CountedLines,
    out: Path,
    options: Options,
    executor: Executor,
    summary: Summary,
    tick: Progress,
) -> None:
    results: list[StoryResult] = []
    pending = []
    for shard in shards:
        done = finished_stories(out, shard)
        if done:
            results.append(done)
        else:
            pending.append(shard)
    summary.shards.update(story=len(shards), story_done_before=len(results))
    total = sum(s.articles for s in shards)
    annotated = sum(r.articles for r in results)
    tick("annotate", annotated, total)
    jobs = [
        StoryJob(shard, {a: where[a] for s in shard.stories for a in s.members},
                 {a: places[a] for s in shard.stories for a in s.members if a in places})
        for shard in pending
    ]
    init = {"options": options, "lines": lines, "out": str(out)}
    for result in executor.stage(StoryWorker, init, jobs):
        results.append(result)
        annotated += result.articles
        tick("annotate", annotated, total)
    summary.articles["annotated"] = sum(r.articles for r in results if not r.resumed)
    summary.articles["annotated_before"] = sum(r.articles for r in results if r.resumed)
    summary.cpu_seconds["annotate, link, reconcile"] = sum(r.cpu_seconds for r in results)
    summary.spread("annotate, link, reconcile", results)
    rows: Counter[str] = Counter()
    for result in results:
        rows.update(result.rows)
    summary.rows = dict(rows)


def _finish(
    out: Path,
    cleaned: list[CleanResult],
    shards: list[StoryShard],
    planned: list[PlannedStory],
    summary: Summary,
) -> None:
    """Write the skipped table; remove what a previous run made that this one did not."""
    skipped = [s.as_dict() for s in summary.skipped]
    write_table(out / "skipped.parquet", pa.Table.from_pylist(skipped, schema=SKIPPED_SCHEMA))
    keep = {Path(r.path).name for r in cleaned} | {Path(r.path).with_suffix(".json").name
                                                    for r in cleaned}
    _remove_others(out / WORK / "clean", keep)
    keys = {shard.key for shard in shards}
    _remove_others(out / WORK / "stories", {story_marker(out, k).name for k in keys})
    for name in tables.TABLES:
        _remove_others(out / name, {part_path(out, name, k).name for k in keys})
    _remove_others(out / REPORTS, {report_path(out, s.id).name for s in planned})


def _remove_others(folder: Path, keep: set[str]) -> None:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.is_file() and path.name not in keep:
            path.unlink()
