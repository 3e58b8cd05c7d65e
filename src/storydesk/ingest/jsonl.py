"""JSON Lines: one article a line, ``text`` or ``html`` plus metadata fields.

A bad line becomes its own Skipped (``file.jsonl:N``) and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import html, text
from storydesk.ingest.base import Skipped, check_bytes, decode_text
from storydesk.options import Options

# field in the record -> Article metadata key (first present wins)
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "sitename"),
    "published": ("published", "date", "published_at", "date_published"),
    "author": ("author", "authors", "byline"),
}


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    data = path.read_bytes()
    check_bytes(data, str(path), "JSON Lines")
    content, _encoding = decode_text(data)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            yield from_record(parse_line(line, source), source)
        except InputError as exc:
            yield Skipped(exc.source, exc.reason)


def parse_line(line: str, source: str) -> Mapping[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}")
    return record


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
