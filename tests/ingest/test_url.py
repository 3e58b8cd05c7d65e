"""URLs over a local HTTP server on 127.0.0.1 (never the network): caps and reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from storydesk.article import Article
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options

Route = tuple[int, dict[str, str], bytes]
Server = Callable[[dict[str, Route]], str]
HTML = {"Content-Type": "text/html; charset=utf-8"}
# The test server is on 127.0.0.1: fetching it needs the option a user would set.
LOCAL = Options(allow_private_urls=True)


def _read(url: str, options: Options = LOCAL) -> Article | Skipped:
    [item] = list(read_inputs([url], options))
    return item


def test_html_page(http_server: Server, make_page: Callable[..., str]) -> None:
    base = http_server({"/story": (200, HTML, make_page().encode("utf-8"))})
    article = _read(f"{base}/story")
    assert isinstance(article, Article)
    assert (article.source, article.url, article.raw_kind) == (
        f"{base}/story",
        f"{base}/story",
        "html",
    )
    assert "Mayor Elena Sánchez" in article.raw


def test_redirect_is_followed_and_final_url_kept(
    http_server: Server, make_page: Callable[..., str]
) -> None:
    base = http_server(
        {
            "/old": (301, {"Location": "/new"}, b""),
            "/new": (200, HTML, make_page().encode("utf-8")),
        }
    )
    article = _read(f"{base}/old")
    assert isinstance(article, Article)
    assert (article.source, article.url) == (f"{base}/old", f"{base}/new")


def test_latin1_page_uses_the_http_charset(
    http_server: Server, make_page: Callable[..., str]
) -> None:
    body = make_page(charset="latin-1").encode("cp1252")
    base = http_server({"/old": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, body)})
    article = _read(f"{base}/old")
    assert isinstance(article, Article) and "Sánchez" in article.raw


def test_plain_text(http_server: Server) -> None:
    body = "---\ntitle: Wire copy\n---\nFloods closed the coast road on Monday.\n"
    base = http_server({"/wire.txt": (200, {"Content-Type": "text/plain"}, body.encode())})
    article = _read(f"{base}/wire.txt")
    assert isinstance(article, Article)
    assert (article.raw_kind, article.title, article.url) == (
        "text",
        "Wire copy",
        f"{base}/wire.txt",
    )


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ((404, HTML, b"gone"), "HTTP 404 Not Found"),
        ((500, HTML, b"oops"), "HTTP 500 Internal Server Error"),
        ((200, {"Content-Type": "image/png"}, b"\x89PNG"), "unsupported content type 'image/png'"),
        ((200, {"Content-Type": "text/html"}, b""), "empty file"),
    ],
)
def test_bad_answers_are_skipped(http_server: Server, route: Route, reason: str) -> None:
    base = http_server({"/x": route})
    assert _read(f"{base}/x") == Skipped(f"{base}/x", reason)


def test_redirect_loop_is_capped(http_server: Server) -> None:
    base = http_server({"/a": (302, {"Location": "/b"}, b""), "/b": (302, {"Location": "/a"}, b"")})
    options = replace(LOCAL, http_max_redirects=3)
    assert _read(f"{base}/a", options) == Skipped(
        f"{base}/a", "more than 3 redirects (http_max_redirects; raise it to follow more)")


def test_size_cap_declared_and_streamed(http_server: Server) -> None:
    body = b"<html><body>" + b"<p>word</p>" * 2000 + b"</body></html>"
    base = http_server(
        {
            "/declared": (200, HTML, body),
            "/streamed": (200, {**HTML, "X-No-Length": "1"}, body),
        }
    )
    options = replace(LOCAL, http_max_bytes=1000)
    declared = _read(f"{base}/declared", options)
    streamed = _read(f"{base}/streamed", options)
    assert isinstance(declared, Skipped) and declared.reason.startswith(
        "body of 22,026 bytes is larger than http_max_bytes"
    )
    assert streamed == Skipped(
        f"{base}/streamed",
        "body larger than http_max_bytes (1,000 bytes); raise http_max_bytes to read it",
    )


def test_connection_refused_is_skipped() -> None:
    # Port 9 (discard) on loopback: nothing listens there in a test sandbox.
    item = _read("http://127.0.0.1:9/x", replace(LOCAL, http_timeout=2.0))
    assert isinstance(item, Skipped) and item.reason.startswith("could not fetch")
