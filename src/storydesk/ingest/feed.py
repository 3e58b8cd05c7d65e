"""RSS and Atom feeds (.rss, .atom, .xml): every entry that carries the article's HTML.

An entry with only a title or a plain-text teaser is a Skipped, not an article: a teaser
would pass for the whole report. An ``.xml`` file that is not a feed is a Skipped too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import feedparser

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import html
from storydesk.ingest.base import HTML_TYPES, Skipped, check_bytes
from storydesk.options import Options


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    data = path.read_bytes()
    check_bytes(data, str(path), "a feed")
    yield from read_bytes(data, str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Article | Skipped]:
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(source, f"not an RSS or Atom feed{detail}")
    outlet = parsed.feed.get("title")
    entries = parsed.get("entries", [])
    if not entries:
        raise InputError(source, "feed has no entries")
    for number, entry in enumerate(entries, start=1):
        entry_source = f"{source}#{entry.get('link') or entry.get('id') or number}"
        page = entry_html(entry)
        if page is None:
            yield Skipped(entry_source, "feed entry has no HTML content (title or teaser only)")
            continue
        article = html.from_html(page, entry_source, entry_metadata(entry, outlet))
        if not entry.get("content"):
            article.notes.append("text from the feed summary; it may be a teaser")
        yield article


def entry_html(entry: Mapping[str, Any]) -> str | None:
    """content:encoded (or Atom content) first, else a summary that is HTML."""
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in candidates:
        if detail and str(detail.get("type", "")).startswith(HTML_TYPES):
            value = str(detail.get("value") or "")
            if value.strip():
                return value
    return None


def entry_metadata(entry: Mapping[str, Any], outlet: str | None) -> dict[str, str | None]:
    return {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "author": entry.get("author"),
        "published": _date(entry),
        "outlet": outlet,
    }


def _date(entry: Mapping[str, Any]) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    value = entry.get("published") or entry.get("updated")
    return str(value) if value else None
