"""HTML pages (.html, .htm): the raw page as the article; clean/html.py extracts its text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from storydesk.article import Article, content_id
from storydesk.errors import InputError
from storydesk.ingest.base import check_bytes, decode_html
from storydesk.ingest.text import apply_metadata
from storydesk.options import Options


def read(path: Path, options: Options) -> Iterator[Article]:
    yield from read_bytes(path.read_bytes(), str(path))


def read_bytes(
    data: bytes,
    source: str,
    charset: str | None = None,
    meta: Mapping[str, str | None] | None = None,
) -> Iterator[Article]:
    """One raw-HTML Article from page bytes; ``charset`` is what the HTTP header declared."""
    check_bytes(data, source, "HTML")
    page, encoding = decode_html(data, charset)
    article = from_html(page, source, meta or {})
    if encoding in ("cp1252", "latin-1") and charset is None and b"charset" not in data[:4096]:
        article.notes.append(f"not valid UTF-8 and no charset declared; decoded as {encoding}")
    yield article


def from_html(page: str, source: str, meta: Mapping[str, str | None]) -> Article:
    """A raw-HTML Article; metadata given by the container (feed, WARC, JSONL) comes first."""
    if not page.strip():
        raise InputError(source, "empty HTML")
    article = Article(id=content_id(page), source=source, raw=page, raw_kind="html")
    apply_metadata(article, meta)
    return article
