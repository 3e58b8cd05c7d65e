"""Plain text (.txt, .md) with optional front matter (a leading ``---`` block of key: value)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from storydesk.article import Article, content_id
from storydesk.errors import InputError
from storydesk.ingest.base import check_bytes, decode_text
from storydesk.options import Options

# The block may be empty ("---" twice): still front matter, not part of the body.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
FIELDS = {"title", "url", "outlet", "published", "author", "date", "source", "site"}
FIELD_ALIASES = {"date": "published", "site": "outlet", "source": "outlet"}


def read(path: Path, options: Options) -> Iterator[Article]:
    data = path.read_bytes()
    yield from read_bytes(data, str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Article]:
    check_bytes(data, source, "text")
    text, encoding = decode_text(data)
    article = from_text(text, source)
    if encoding not in ("utf-8", "utf-8-sig"):
        article.notes.append(f"not valid UTF-8; decoded as {encoding}")
    yield article


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
    if meta.get("url"):
        article.url = meta["url"]
    if meta.get("author"):
        article.author = meta["author"]
    if meta.get("outlet"):
        article.outlet, article.outlet_from = meta["outlet"], "metadata"
    if meta.get("published"):
        # Normalised to YYYY-MM-DD by the clean stage, which knows every accepted form.
        article.published, article.published_from = meta["published"], "metadata"
