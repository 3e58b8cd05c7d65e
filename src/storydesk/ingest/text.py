"""Plain text (.txt, .md) with optional front matter (a leading ``---`` block of key: value)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from storydesk.article import Article, content_id
from storydesk.errors import InputError
from storydesk.ingest.base import check_bytes, decode_text, http_url, over_limit, read_capped
from storydesk.options import Options
from storydesk.output import refuse_report

# The block may be empty ("---" twice): still front matter, not part of the body.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
FIELDS = {"title", "url", "outlet", "published", "author", "date", "source", "site"}
FIELD_ALIASES = {"date": "published", "site": "outlet", "source": "outlet"}


def read(path: Path, options: Options) -> Iterator[Article]:
    data = read_capped(path, min(options.max_file_bytes, options.max_record_bytes),
                       cap_option(options))
    yield from read_bytes(data, str(path), options)


def cap_option(options: Options) -> str:
    """The option that caps one file read whole as one article (the smaller one)."""
    return "max_record_bytes" if options.max_record_bytes <= options.max_file_bytes else (
        "max_file_bytes")


def read_bytes(data: bytes, source: str, options: Options) -> Iterator[Article]:
    check_bytes(data, source, "text")
    refuse_report(data, source)
    check_lines(data, source, options)
    decoded = decode_text(data)
    article = from_text(decoded.text, source)
    article.notes.extend(decoded.notes)
    yield article


def check_lines(data: bytes, source: str, options: Options) -> None:
    """A line (a paragraph) over max_line_bytes is not prose; it would only cost time."""
    longest = max(len(line) for line in data.split(b"\n"))
    if longest > options.max_line_bytes:
        raise InputError(source, over_limit(f"a line of {longest:,} bytes is", "max_line_bytes",
                                            options.max_line_bytes))


def from_text(text: str, source: str) -> Article:
    """An Article from text that may start with front matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text)
    if not body.strip():
        raise InputError(source, "no text after front matter")
    article = Article(id=content_id(body), source=source, raw=body, raw_kind="text")
    apply_metadata(article, meta)
    return article


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in (match.group(1) or "").splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FIELDS:
            meta[FIELD_ALIASES.get(key, key)] = value.strip().strip("\"'")
    return meta, text[match.end() :]


def apply_metadata(article: Article, meta: Mapping[str, str | None]) -> None:
    """Copy reader metadata onto the article, marking where outlet and date came from."""
    if meta.get("title"):
        article.title = meta["title"]
    link = meta.get("url")
    if link:
        article.url = http_url(link)
        if article.url is None:
            article.notes.append(f"link {link[:200]!r} not kept: only http(s) links are")
    if meta.get("author"):
        article.author = meta["author"]
    if meta.get("outlet"):
        article.outlet, article.outlet_from = meta["outlet"], "metadata"
    if meta.get("published"):
        # Normalised to YYYY-MM-DD by the clean stage, which knows every accepted form.
        article.published, article.published_from = meta["published"], "metadata"
