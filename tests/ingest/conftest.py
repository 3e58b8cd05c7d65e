"""Fixtures for the readers: a synthetic news page and a local HTTP server (never the net)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"

PARAGRAPHS = (
    "The city council voted on Tuesday to close the old harbour bridge after engineers "
    "found deep cracks in two of its steel supports during a routine inspection.",
    "“We cannot take the risk of keeping it open,” said Mayor Elena Sánchez, adding that "
    "repairs would take at least eight months and cost about 12 million euros.",
    "Commuters who cross the bridge every morning will be sent along a ferry route that "
    "the port authority said would run every fifteen minutes from Wednesday.",
    "The bridge, opened in 1931, carries some 40,000 vehicles a day, according to the "
    "regional transport office, which has asked drivers to plan for long delays.",
)
PageMaker = Callable[..., str]


@pytest.fixture(scope="session")
def zyte_dir() -> Path:
    """The Zyte article-extraction benchmark (skipped when ../shared is absent)."""
    path = DATASETS / "zyte-article-extraction"
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is not beside the repo)")
    return path


@pytest.fixture(scope="session")
def paragraphs() -> tuple[str, ...]:
    return PARAGRAPHS


@pytest.fixture(scope="session")
def make_page() -> PageMaker:
    """An HTML news page: metadata in <head>, menu and footer around an <article>."""

    def make(
        title: str = "Council closes harbour bridge after cracks found",
        paragraphs: tuple[str, ...] = PARAGRAPHS,
        site: str | None = "Harbour Gazette",
        date: str | None = "2024-03-05",
        charset: str = "utf-8",
    ) -> str:
        metas = [f'<meta charset="{charset}">', f"<title>{title}</title>"]
        if site:
            metas.append(f'<meta property="og:site_name" content="{site}">')
        if date:
            metas.append(f'<meta property="article:published_time" content="{date}T09:00:00Z">')
        metas.append('<meta name="author" content="Ana Torres">')
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f"<!DOCTYPE html><html><head>{''.join(metas)}</head><body>"
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>'
            '<li><a href="/weather">Weather</a></li></ul></nav>'
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer><p>Subscribe to our daily newsletter for more local news.</p>"
            "<p>© 2024 All rights reserved.</p></footer></body></html>"
        )

    return make


Route = tuple[int, dict[str, str], bytes]


@pytest.fixture()
def http_server() -> Iterator[Callable[[dict[str, Route]], str]]:
    """Serve ``{path: (status, headers, body)}`` on 127.0.0.1; returns the base URL."""
    servers: list[ThreadingHTTPServer] = []

    def start(routes: dict[str, Route]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, headers, body = routes.get(self.path, (404, {}, b"not found"))
                headers = dict(headers)
                # HTTP/1.0: without Content-Length the body ends when the server closes.
                undeclared = headers.pop("X-No-Length", None) is not None
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if not undeclared and "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass  # keep test output quiet

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
