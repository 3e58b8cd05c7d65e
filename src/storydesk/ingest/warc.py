"""WARC (.warc, .warc.gz): every HTML page a crawl fetched (200 responses, text/html).

Each page is one raw-HTML Article with the record's target URI as its url and
``crawl.warc.gz#<uri>`` as its source; a record that cannot be read is a Skipped.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import html
from storydesk.ingest.base import HTML_TYPES, Skipped, charset_of
from storydesk.options import Options


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    if path.stat().st_size == 0:
        raise InputError(str(path), "empty file")
    if not starts_like_warc(path):
        raise InputError(str(path), "not a readable WARC (no WARC/1.x record header)")
    pages = 0
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                item = page_of(record, str(path), options)
                if item is not None:
                    pages += isinstance(item, Article)
                    yield item
        except ArchiveLoadFailed as exc:
            raise InputError(str(path), f"not a readable WARC ({exc})") from exc
    if pages == 0:
        raise InputError(str(path), "no HTML response records (status 200, text/html)")


def starts_like_warc(path: Path) -> bool:
    """warcio reads almost anything without complaint; check the first record's magic."""
    with path.open("rb") as stream:
        head = stream.read(2)
        stream.seek(0)
        try:
            start = gzip.GzipFile(fileobj=stream).read(5) if head == b"\x1f\x8b" else stream.read(5)
        except (OSError, EOFError, zlib.error):
            return False
    return start == b"WARC/"


def page_of(record: Any, path: str, options: Options) -> Article | Skipped | None:
    """The Article in one record, a Skipped if it is a page we cannot read, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    source = f"{path}#{uri}"
    body = record.content_stream().read(options.http_max_bytes + 1)
    if len(body) > options.http_max_bytes:
        return Skipped(source, f"page larger than http_max_bytes ({options.http_max_bytes})")
    meta = {"url": uri or None}
    try:
        return next(html.read_bytes(body, source, charset_of(content_type), meta))
    except InputError as exc:
        return Skipped(exc.source, exc.reason)
