"""HTML pages (.html, .htm): the raw page as the article; clean/html.py extracts its text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from storydesk.article import Article, content_id
from storydesk.errors import InputError
from storydesk.ingest.base import check_bytes, decode_html, read_capped
from storydesk.ingest.text import apply_metadata, cap_option
from storydesk.options import Options
from storydesk.output import refuse_report


def read(path: Path, options: Options) -> Iterator[Article]:
    limit = min(options.max_file_bytes, options.max_record_bytes)
    yield from read_bytes(read_capped(path, limit, cap_option(options)), str(path))


def read_bytes(
    data: bytes,
    source: str,
    charset: str | None = None,
    meta: Mapping[str, str | None] | None = None,
) -> Iterator[Article]:
    """One raw-HTML Article from page bytes; ``charset`` is what the HTTP header declared."""
    check_bytes(data, source, "HTML")
    refuse_report(data, source)
    decoded = decode_html(data, charset)
    article = from_html(decoded.text, source, meta or {})
    if decoded.encoding in ("cp1252", "latin-1") and charset is None and (
        b"charset" not in data[:4096]
    ):
        article.notes.append(
            f"not valid UTF-8 and no charset declared; decoded as {decoded.encoding}"
        )
    else:
        article.notes.extend(decoded.notes)
    yield article


def from_html(page: str, source: str, meta: Mapping[str, str | None]) -> Article:
    """A raw-HTML Article; metadata given by the container (feed, WARC, JSONL) comes first."""
    if not page.strip():
        raise InputError(source, "empty HTML")
    article = Article(id=content_id(page), source=source, raw=page, raw_kind="html")
    apply_metadata(article, meta)
    return article
