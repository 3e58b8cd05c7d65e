"""http(s) URLs, fetched with httpx: capped in time, size and redirects, never trusted.

Non-2xx answers, content that is neither HTML, text nor a feed, and pages over
``http_max_bytes`` become a Skipped with the reason; nothing is retried.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from storydesk import __version__
from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import feed, html, text
from storydesk.ingest.base import HTML_TYPES, Skipped, charset_of
from storydesk.options import Options

TEXT_TYPES = ("text/plain", "text/markdown")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
HEADERS = {"User-Agent": f"storydesk/{__version__} (+offline news reconciliation)"}


def read_url(url: str, options: Options) -> Iterator[Article | Skipped]:
    body, content_type, final_url = fetch(url, options)
    kind = content_type.split(";")[0].strip().lower()
    if kind in HTML_TYPES:
        meta = {"url": final_url}
        yield from html.read_bytes(body, url, charset_of(content_type), meta)
    elif kind in TEXT_TYPES:
        for article in text.read_bytes(body, url):
            article.url = article.url or final_url
            yield article
    elif kind in FEED_TYPES:
        yield from feed.read_bytes(body, url)
    else:
        raise InputError(url, f"unsupported content type '{kind or 'none'}'")


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """(body, Content-Type, final URL) of ``url``; InputError with the reason otherwise."""
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=options.http_max_redirects,
                timeout=options.http_timeout,
                headers=HEADERS,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if not response.is_success:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            body = _read_capped(response, url, options)
            return body, response.headers.get("Content-Type", ""), str(response.url)
    except httpx.TooManyRedirects as exc:
        raise InputError(url, f"more than {options.http_max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out after {options.http_timeout:g}s") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"could not fetch ({type(exc).__name__}: {exc})") from exc


def _read_capped(response: httpx.Response, url: str, options: Options) -> bytes:
    """The body, stopping at http_max_bytes and at the overall timeout (a slow drip)."""
    limit = options.http_max_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(url, f"larger than http_max_bytes ({declared} > {limit} bytes)")
    deadline = time.monotonic() + options.http_timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(url, f"larger than http_max_bytes ({limit} bytes)")
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {options.http_timeout:g}s")
        chunks.append(chunk)
    return b"".join(chunks)
