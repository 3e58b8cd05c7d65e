"""The batch runner's workers: the local path's own stage functions, one shard at a time.

- ``CleanWorker`` (an input shard): ``pipeline.read``'s reader, ``clean.clean_one``, the
  analysable and language checks; writes the cleaned articles and their line signatures;
- ``SignWorker`` (a cleaned shard): the cross-article pass against the run's line counts
  (``clean.recurring``) and the story signature (``link.stream.sign``);
- ``StoryWorker`` (a story shard): the story's date (``clean.published.from_story``),
  ``annotate`` with the model it loaded once, ``pipeline.build_story``; writes the tables
  and one JSON report per story.

A worker writes its files beside each other under ``--out`` (through a temporary name, then
a rename), the marker of a finished shard last, so a killed run leaves no half shard behind.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from storydesk import language, pipeline
from storydesk.article import Article, Publication, content_id
from storydesk.clean import clean_one, published, recurring
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.link.stream import ArticleSignature, sign
from storydesk.options import Options
from storydesk.run import tables
from storydesk.run.shards import InputShard, PlannedStory, StoryShard, digest
from storydesk.store.records import pack, unpack
from storydesk.story import Story

WORK = "_work"
REPORTS = "reports"
CHUNK_ARTICLES = 256  # articles cleaned and written at a time: bounds a worker's memory
CLEAN_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),  # the hash of the clean text (the key)
        pa.field("raw", pa.string(), nullable=False),  # the hash of the input as read
        pa.field("outlet", pa.string()),  # casefolded: what line counts are kept under
        pa.field("lines", pa.list_(pa.string())),
        pa.field("article", pa.string()),  # Article.as_dict() as JSON, without ``raw``
    ]
)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _umask()


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o666 & ~UMASK)  # as a file made in place would be
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_table(path: Path, table: pa.Table) -> None:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    write_atomic(path, sink.getvalue().to_pybytes())


@dataclass(slots=True)
class CleanResult:
    shard: InputShard
    path: str
    read: int = 0
    kept: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    cpu_seconds: float = 0.0
    resumed: bool = False
    worker: int = 0  # the process that did it

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "kept": self.kept,
            "skipped": [s.as_dict() for s in self.skipped],
            "cpu_seconds": self.cpu_seconds,
        }


def clean_paths(out: Path, shard: InputShard) -> tuple[Path, Path]:
    folder = out / WORK / "clean"
    return folder / f"{shard.key}.parquet", folder / f"{shard.key}.json"


def finished_clean(out: Path, shard: InputShard) -> CleanResult | None:
    """The result of a shard a previous run finished (its marker and its file are there)."""
    path, marker = clean_paths(out, shard)
    if not (marker.is_file() and path.is_file()):
        return None
    done = json.loads(marker.read_text(encoding="utf-8"))
    skipped = [Skipped(**s) for s in done["skipped"]]
    return CleanResult(shard, str(path), done["read"], done["kept"], skipped, 0.0, True)


class CleanWorker:
    def __init__(self, options: Options, out: str) -> None:
        self.options = options
        self.out = Path(out)

    def __call__(self, shard: InputShard) -> CleanResult:
        started = time.process_time()
        path, marker = clean_paths(self.out, shard)
        result = CleanResult(shard, str(path))
        items = read_inputs(shard.sources, self.options)
        batches = [
            tables_part(self._clean(chunk, result))
            for chunk in _chunks(_articles(items, result), CHUNK_ARTICLES)
        ]
        write_table(path, pa.concat_tables(batches) if batches else CLEAN_SCHEMA.empty_table())
        result.cpu_seconds = time.process_time() - started
        result.worker = os.getpid()
        write_atomic(marker, json.dumps(result.as_dict(), ensure_ascii=False).encode("utf-8"))
        return result

    def _clean(self, chunk: list[Article], result: CleanResult) -> list[tuple[str, Article]]:
        """As ``Desk.add`` cleans: each article alone, then keyed by its clean text."""
        raw = {id(a): a.id for a in chunk}
        cleaned = [clean_one(a, self.options) for a in chunk]
        cleaned = [a for a in cleaned if pipeline.analysable(a, self.options, result.skipped)]
        kept = language.keep_readable(cleaned, self.options, result.skipped)
        result.kept += len(kept)
        for article in kept:
            article.id = content_id(article.text)
        return [(raw[id(a)], a) for a in kept]


def _articles(items: Iterable[Article | Skipped], result: CleanResult) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.read += 1
            yield item


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, size)):
        yield chunk


def tables_part(articles: list[tuple[str, Article]]) -> pa.Table:
    rows = []
    for raw, article in articles:
        article.raw = ""  # read, cleaned and never looked at again: not carried on
        rows.append(
            {
                "id": article.id,
                "raw": raw,
                "outlet": article.outlet.casefold() if article.outlet else None,
                "lines": sorted(recurring.line_signatures(article)),
                "article": json.dumps(article.as_dict(), ensure_ascii=False),
            }
        )
    return pa.Table.from_pylist(rows, schema=CLEAN_SCHEMA)


class CountedLines:
    """``recurring.LineCounts`` from the run's counts: per outlet, each line signature seen
    in at least ``recurring_min_articles`` articles (a line seen in fewer is never taken
    out, so it counts as 0 here)."""

    def __init__(self, counts: dict[str, dict[str, int]]) -> None:
        self._counts = counts

    def counts(self, outlet: str, signatures: Iterable[str]) -> dict[str, int]:
        outlet_counts = self._counts.get(outlet, {})
        return {s: outlet_counts.get(s, 0) for s in signatures}


def read_articles(path: str, ids: set[str]) -> Iterator[tuple[str, Article]]:
    """The cleaned articles ``ids`` of a shard file, each with the hash of its input; an
    article the file holds twice (the same clean text from two inputs) comes once."""
    wanted = [("id", "in", sorted(ids))]
    table = pq.read_table(path, columns=["id", "raw", "article"], filters=wanted)
    columns = (table.column(name).to_pylist() for name in ("id", "raw", "article"))
    seen: set[str] = set()
    for key, raw, data in zip(*columns, strict=True):
        if key not in seen:
            seen.add(key)
            yield raw, Article.from_dict(json.loads(data))


def across(article: Article, lines: CountedLines, options: Options) -> Article:
    """``clean.across`` for one article, against the run's counts."""
    recurring.remove_recurring(article, lines, options)
    return article


@dataclass(frozen=True, slots=True)
class SignJob:
    path: str
    ids: frozenset[str]  # the articles of the shard kept (first copies of their text)


@dataclass(frozen=True, slots=True)
class Signed:
    article: str
    raw: str  # the hash of the input that gave it: filing order's tie-break
    published: str | None
    signature: ArticleSignature
    state: str  # digest of the article after cleaning: what its story shard depends on


@dataclass(slots=True)
class SignResult:
    signed: list[Signed]
    cpu_seconds: float
    worker: int


class SignWorker:
    def __init__(self, options: Options, lines: CountedLines) -> None:
        self.options = options
        self.lines = lines

    def __call__(self, job: SignJob) -> SignResult:
        started = time.process_time()
        signed = []
        for raw, article in read_articles(job.path, set(job.ids)):
            across(article, self.lines, self.options)
            state = digest(article.as_dict())
            signed.append(Signed(article.id, raw, article.published, sign(article), state))
        return SignResult(signed, time.process_time() - started, os.getpid())


@dataclass(frozen=True, slots=True)
class StoryJob:
    shard: StoryShard
    where: dict[str, str]  # article id -> the cleaned shard file holding it
    # article id -> where each input that gave it was published (articles of several only)
    places: dict[str, list[Publication]] = field(default_factory=dict)


@dataclass(slots=True)
class StoryResult:
    key: str
    stories: int = 0
    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    resumed: bool = False
    worker: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "stories": self.stories,
            "articles": self.articles,
            "rows": self.rows,
            "cpu_seconds": self.cpu_seconds,
        }


def story_marker(out: Path, key: str) -> Path:
    return out / WORK / "stories" / f"{key}.json"


def part_path(out: Path, table: str, key: str) -> Path:
    return out / table / f"part-{key}.parquet"


def report_path(out: Path, story: str) -> Path:
    return out / REPORTS / f"{story}.json"


def finished_stories(out: Path, shard: StoryShard) -> StoryResult | None:
    marker = story_marker(out, shard.key)
    if not marker.is_file():
        return None
    done = json.loads(marker.read_text(encoding="utf-8"))
    return StoryResult(shard.key, done["stories"], done["articles"], done["rows"], 0.0, True)


class StoryWorker:
    """Annotates, links and reconciles story shards; the spaCy model is loaded once, here."""

    def __init__(self, options: Options, lines: CountedLines, out: str) -> None:
        from storydesk.annotate import nlp

        self.options = options
        self.lines = lines
        self.out = Path(out)
        nlp.load(options)

    def __call__(self, job: StoryJob) -> StoryResult:
        from storydesk.annotate import annotate
        from storydesk.pipeline import Analysis
        from storydesk.report import json_report

        started = time.process_time()
        articles = self._articles(job)
        for planned in job.shard.stories:
            published.from_story([articles[a] for a in planned.members])
        annotate(list(articles.values()), self.options)
        # As a store keeps them: the desk links stories from its stored articles.
        stored = {key: unpack(pack(a.as_dict())) for key, a in articles.items()}
        result = StoryResult(job.shard.key)
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables.TABLES}
        for planned in job.shard.stories:
            story = build(planned, stored, self.options, job.places)
            report = report_path(self.out, story.id)
            text = json_report.render(Analysis([story], []))
            write_atomic(report, text.encode("utf-8"))
            for name, found in tables.rows(story, planned.topic, report.name).items():
                rows[name] += found
            result.stories += 1
            result.articles += len(story.articles)
        for name, found in rows.items():
            write_table(part_path(self.out, name, job.shard.key), tables.table(name, found))
            result.rows[name] = len(found)
        result.cpu_seconds = time.process_time() - started
        result.worker = os.getpid()
        marker = story_marker(self.out, job.shard.key)
        write_atomic(marker, json.dumps(result.as_dict()).encode("utf-8"))
        return result

    def _articles(self, job: StoryJob) -> dict[str, Article]:
        """The shard's articles, cleaned across the run, in the order of its stories."""
        by_file: dict[str, set[str]] = {}
        for planned in job.shard.stories:
            for article in planned.members:
                by_file.setdefault(job.where[article], set()).add(article)
        found = {
            a.id: across(a, self.lines, self.options)
            for path, ids in by_file.items()
            for _, a in read_articles(path, ids)
        }
        return {a: found[a] for planned in job.shard.stories for a in planned.members}


def build(planned: PlannedStory, stored: dict[str, dict[str, Any]], options: Options,
          places: dict[str, list[Publication]] | None = None) -> Story:
    """One story as the desk builds it on its first ``add`` (``Desk._rebuild`` and
    ``Desk.story``): linked and reconciled from the stored articles, kept as a state (ids
    carried from no previous version) and read back, with its topic. ``places``: where
    the inputs of an article several gave were published (its other outlets)."""
    from storydesk.desk import state as states

    story = states.linked(planned.id, planned.members, stored, places or {}, options)
    state, _ = states.carry_ids(None, states.to_state(story, stored))
    story = states.from_state(state, stored)
    story.topic = planned.topic
    return story
