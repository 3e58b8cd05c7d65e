"""Ingest: turn inputs (files, folders, URLs) into raw Articles, one reader per kind.

``read_inputs`` never raises for a bad input: it yields a ``Skipped`` with the path and
reason and goes on. A reader raises InputError when a whole input is unreadable, and yields a
Skipped itself for one bad part of a container (a JSONL line, a WARC record, a feed entry)
so the rest of it is still read. The same text given twice is one article (ids are content
hashes); given twice with other metadata (two JSONL records of one wire text from two sites,
each with its own url and outlet) it is two inputs (``input_key``), and the desk keeps both
places it was published.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from storydesk.article import Article, content_id
from storydesk.errors import InputError
from storydesk.ingest.base import Skipped, file_kind
from storydesk.options import Options


class Reader(Protocol):
    def __call__(self, path: Path, options: Options) -> Iterator[Article | Skipped]: ...


# suffix -> module in this package with a ``read(path, options)`` function
READERS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
IGNORED_NAMES = {"expected.json", ".DS_Store"}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            module = importlib.import_module(f"storydesk.ingest.{READERS[suffix]}")
            reader: Reader = module.read
            return reader
    return None


def is_url(item: str) -> bool:
    """An http(s) URL, in any letter case (``HTTP://`` is a URL, not a file name)."""
    return urlsplit(item.strip()).scheme.lower() in ("http", "https")


def expand(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """Files, folders (recursive, sorted) and URLs, in order, as sources to read."""
    for item in inputs:
        if is_url(item):
            yield item.strip()
            continue
        if item.lower().startswith("file:"):
            yield Skipped(item, "file: URLs are not read; give the file's path instead")
            continue
        path = Path(item)
        try:
            if path.is_dir():
                yield from _folder(path)
            elif path.exists():
                yield str(path)
            elif path.is_symlink():
                yield Skipped(item, "broken symbolic link (its target does not exist)")
            else:
                yield Skipped(item, "no such file or folder")
        except OSError as exc:  # a symbolic link loop, a path too long, no permission
            yield Skipped(item, f"cannot open ({exc.strerror or exc})")


def _folder(folder: Path) -> Iterator[str | Skipped]:
    """Files below ``folder``, sorted; hidden ones left out; broken links, unreadable
    sub-folders and FIFOs or devices reported; links to folders are not followed (a link
    can make a loop)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield Skipped(str(folder), f"folder cannot be read ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _folder(child)
            elif entry.is_symlink() and child.is_dir():
                yield Skipped(str(child), "symbolic link to a folder (not followed; give it "
                              "as an input to read it)")
            elif entry.is_file():
                yield str(child)
            elif entry.is_symlink() and not child.exists():
                yield Skipped(str(child), "broken symbolic link (its target does not exist)")
            else:
                kind = file_kind(child.stat().st_mode) or "not a regular file"
                yield Skipped(str(child), f"{kind}, not a regular file; only files and "
                              "folders are read")
        except OSError as exc:
            yield Skipped(str(child), f"cannot open ({exc.strerror or exc})")


def read_source(source: str, options: Options) -> Iterator[Article | Skipped]:
    if is_url(source):
        from storydesk.ingest import url

        yield from _guarded(source, lambda: url.read_url(source, options))
        return
    path = Path(source)
    if path.name in IGNORED_NAMES:
        return
    reader = reader_for(path)
    if reader is None:
        yield Skipped(source, f"unsupported file type '{path.suffix or path.name}'")
        return
    yield from _guarded(source, lambda: reader(path, options))


def _guarded(
    source: str, produce: Callable[[], Iterable[Article | Skipped]]
) -> Iterator[Article | Skipped]:
    """Run a reader; turn its failure into a Skipped with a reason instead of a crash.

    RecursionError and MemoryError are caught too: a parser library meeting a pathological
    input must cost that input, never the run.
    """
    try:
        yield from produce()
    except InputError as exc:
        yield Skipped(exc.source, exc.reason)
    except (OSError, ValueError, UnicodeError, LookupError) as exc:
        yield Skipped(source, f"{type(exc).__name__}: {exc}")
    except RecursionError:
        yield Skipped(source, "nested too deeply to read (RecursionError)")
    except MemoryError:
        yield Skipped(source, "ran out of memory reading it (MemoryError)")


def input_key(article: Article) -> str:
    """An input as read, before cleaning: its text (the reader's id) and what the reader
    gave with it (front matter, a JSONL record's or a feed entry's outlet, address, title,
    date, author). The id alone when it gave nothing, so a plain file keeps its hash."""
    given = (article.outlet, article.url, article.title, article.published, article.author)
    if not any(given):
        return article.id
    return content_id(article.id + "\n" + json.dumps(given, ensure_ascii=True))


def read_inputs(inputs: Iterable[str], options: Options) -> Iterator[Article | Skipped]:
    """Every article in ``inputs`` once, and a Skipped for each input that gave none (an
    input whose text another input gave already says which: never dropped silently)."""
    seen: dict[str, str] = {}
    for source in expand(inputs):
        if isinstance(source, Skipped):
            yield source
            continue
        for item in read_source(source, options):
            if isinstance(item, Article):
                key = input_key(item)
                if key in seen:  # the same text given twice (with the same metadata)
                    yield Skipped(item.source, f"the same text as {seen[key]}: read once")
                    continue
                seen[key] = item.source
            yield item
