"""The batch output as Parquet tables: articles, entities, quotes, figures, stories, facts.

Each table's columns come from the dataclass fields of what it holds (``Article``, ``Quote``,
``Figure``, ``StoryEntity``, ``Fact``), typed from their annotations, so a field added to
one of them becomes a column without a second list to keep. Every row carries its
``story``; rows about one article carry its ``article`` id. Nested parts stay nested
(``list<struct>``): a fact's values, an entity's variants, an article's removed lines.
The JSON report of each story, beside the tables, is the full contract of ``analyze``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable
from functools import cache
from typing import Any

import pyarrow as pa

from storydesk.article import Article, Figure, Quote
from storydesk.story import Fact, Story, StoryEntity

# Internal fields the report leaves out too (report/json_report.py), and the parts of an
# article that have tables of their own.
ARTICLE_LEFT_OUT = ("raw", "raw_kind", "sentence_spans", "given", "quotes", "figures")
SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a field annotation: scalars, ``X | None``, lists, tuples, nested
    dataclasses; a free-form dict is kept as JSON text."""
    if hint in SCALARS:
        return SCALARS[hint]
    origin = typing.get_origin(hint)
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(arguments) == 1:
        return arrow_type(arguments[0])
    if origin is list:
        return pa.list_(arrow_type(arguments[0]))
    if origin is tuple:
        return pa.list_(arrow_type(arguments[0]))
    if origin is dict:
        return pa.string()
    if dataclasses.is_dataclass(hint):
        return pa.struct(list(fields_of(typing.cast(type, hint))))
    raise TypeError(f"no Arrow type for {hint!r}")


@cache
def fields_of(cls: type, left_out: tuple[str, ...] = ()) -> tuple[pa.Field, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        pa.field(f.name, arrow_type(hints[f.name]))
        for f in dataclasses.fields(cls)
        if f.name not in left_out
    )


@cache
def schema(table: str) -> pa.Schema:
    story = pa.field("story", pa.string(), nullable=False)
    article = pa.field("article", pa.string(), nullable=False)
    if table == "articles":
        return pa.schema([story, *fields_of(Article, ARTICLE_LEFT_OUT)])
    if table == "quotes":
        return pa.schema([story, article, *fields_of(Quote)])
    if table == "figures":
        return pa.schema([story, article, *fields_of(Figure)])
    if table == "entities":
        return pa.schema([story, *fields_of(StoryEntity)])
    if table == "facts":
        return pa.schema([story, *fields_of(Fact)])
    if table == "stories":
        return pa.schema(
            [
                pa.field("id", pa.string(), nullable=False),
                pa.field("title", pa.string()),
                pa.field("topic", pa.string()),
                pa.field("articles", pa.int64()),
                pa.field("outlets", pa.list_(pa.string())),
                pa.field("first", pa.string()),
                pa.field("last", pa.string()),
                pa.field("facts", pa.int64()),
                pa.field("conflicts", pa.int64()),
                pa.field("quote_groups", pa.int64()),
                pa.field("report", pa.string()),
            ]
        )
    raise KeyError(table)


TABLES = ("articles", "entities", "quotes", "figures", "stories", "facts")


def _plain(value: Any) -> Any:
    """A dataclass value as Arrow takes it: tuples as lists, free-form dicts as JSON."""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, tuple):
        return list(value)
    return value


def _row(item: Any, left_out: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    row = dict(extra)
    for f in dataclasses.fields(item):
        if f.name not in left_out:
            value = getattr(item, f.name)
            if f.name in ("range", "sentence_spans"):
                value = list(value)
            elif isinstance(value, dict):
                value = _plain(value)
            else:
                value = _asdict(value)
            row[f.name] = value
    return row


def _asdict(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, list):
        return [_asdict(v) for v in value]
    return value


def rows(story: Story, topic: str | None, report: str) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one story; ``report``: the story's JSON report file name."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article in story.articles:
        tables["articles"].append(_row(article, ARTICLE_LEFT_OUT, story=story.id))
        tables["quotes"] += [_row(q, story=story.id, article=article.id) for q in article.quotes]
        tables["figures"] += [
            _row(f, story=story.id, article=article.id) for f in article.figures
        ]
    tables["entities"] = [_row(e, story=story.id) for e in story.entities]
    tables["facts"] = [_row(f, story=story.id) for f in story.facts]
    dates = sorted(a.published for a in story.articles if a.published)
    tables["stories"].append(
        {
            "id": story.id,
            "title": story.title,
            "topic": topic,
            "articles": len(story.articles),
            "outlets": sorted({a.outlet for a in story.articles if a.outlet}),
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "facts": len(story.facts),
            "conflicts": sum(1 for f in story.facts if f.status == "conflict"),
            "quote_groups": len(story.quote_groups),
            "report": report,
        }
    )
    return tables


def table(name: str, items: Iterable[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(items), schema=schema(name))
