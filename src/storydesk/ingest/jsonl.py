"""JSON Lines: one article a line, ``text`` or ``html`` plus metadata fields.

A bad line becomes its own Skipped (``file.jsonl:N``) and the other lines are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import html, text
from storydesk.ingest.base import Skipped, check_bytes, decode_text, open_regular, over_limit
from storydesk.options import Options

# A JSON string (escapes and all, unrolled so nothing backtracks) or one bracket.
JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.S)
CHUNK = 1 << 16

# field in the record -> Article metadata key (first present wins)
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "sitename"),
    "published": ("published", "date", "published_at", "date_published"),
    "author": ("author", "authors", "byline"),
}


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    """Line by line (split on "\\n" only: U+2028 is a character inside a JSON string, not a
    line break), each line capped by max_record_bytes and decoded on its own."""
    with open_regular(path) as stream:
        first = stream.read(8192)
        check_bytes(first, str(path), "JSON Lines")
        stream.seek(0)
        read_any = False
        for number, line in records(stream, options.max_record_bytes):
            source = f"{path}:{number}"
            if line is None:
                read_any = True
                yield Skipped(source, over_limit("record", "max_record_bytes",
                                                 options.max_record_bytes))
                continue
            if not line.strip():
                continue
            read_any = True
            try:
                yield from_line(line, source, options)
            except InputError as exc:
                yield Skipped(exc.source, exc.reason)
    if not read_any:
        raise InputError(str(path), "empty file")


def records(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line over ``limit``, whose rest is read
    past in chunks and never held whole."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(CHUNK)
            yield number, None
            continue
        yield number, line


def from_line(line: bytes, source: str, options: Options) -> Article:
    decoded = decode_text(line)
    record = parse_line(decoded.text, source, options.max_nesting)
    article = from_record(record, source)
    article.notes.extend(decoded.notes)
    return article


def parse_line(line: str, source: str, max_nesting: int = 100) -> Mapping[str, Any]:
    depth = nesting(line)
    if depth > max_nesting:
        raise InputError(source, over_limit(f"JSON nested {depth} levels deep is", "max_nesting",
                                            max_nesting, "levels"))
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError(source, "JSON nested too deeply to parse") from exc
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}")
    return record


def nesting(line: str) -> int:
    """How deep arrays and objects nest in a JSON text (brackets inside strings ignored),
    found in one linear pass before the recursive parser sees it."""
    if line.count("[") + line.count("{") <= 1:
        return line.count("[") + line.count("{")
    depth = deepest = 0
    for token in JSON_TOKENS.finditer(line):
        mark = token.group()
        if mark in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif mark in "]}":
            depth -= 1
    return deepest


def from_record(record: Mapping[str, Any], source: str) -> Article:
    meta = metadata(record)
    body, page = record.get("text"), record.get("html")
    if isinstance(page, str) and page.strip():
        return html.from_html(page, source, meta)
    if isinstance(body, str) and body.strip():
        article = text.from_text(body, source)
        text.apply_metadata(article, meta)
        return article
    raise InputError(source, "no 'text' or 'html' field with content")


def metadata(record: Mapping[str, Any]) -> dict[str, str | None]:
    meta: dict[str, str | None] = {}
    for key, names in META_FIELDS.items():
        for name in names:
            value = _as_text(record.get(name))
            if value:
                meta[key] = value
                break
    return meta


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None  # several authors
    if isinstance(value, dict):
        return _as_text(value.get("name"))  # e.g. {"author": {"name": ...}}
    return None
