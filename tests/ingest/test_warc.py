"""WARC: every 200 text/html response is an article; other records are passed over."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storydesk.article import Article
from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options


def _response(writer: WARCWriter, uri: str, status: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def _write_warc(path: Path, page: str) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        _response(
            writer,
            "https://a.example/story",
            "200 OK",
            "text/html; charset=utf-8",
            page.encode("utf-8"),
        )
        _response(writer, "https://a.example/gone", "404 Not Found", "text/html", b"<p>404</p>")
        _response(writer, "https://a.example/logo.png", "200 OK", "image/png", b"\x89PNG")
        # Latin-1 page whose charset is only in the HTTP header.
        _response(
            writer,
            "https://b.example/old",
            "200 OK",
            "text/html; charset=ISO-8859-1",
            page.replace("Harbour", "Café").encode("cp1252"),
        )
        _response(writer, "https://b.example/blank", "200 OK", "text/html", b"   ")


def _read(path: Path) -> tuple[list[Article], list[Skipped]]:
    items = list(read_inputs([str(path)], Options()))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Skipped)],
    )


def test_html_responses_become_articles(tmp_path: Path, make_page: Callable[..., str]) -> None:
    for name in ("crawl.warc.gz", "crawl.warc"):
        path = tmp_path / name
        _write_warc(path, make_page())
        articles, skipped = _read(path)
        assert [a.url for a in articles] == ["https://a.example/story", "https://b.example/old"]
        assert [a.source for a in articles] == [f"{path}#{a.url}" for a in articles]
        assert all(a.raw_kind == "html" for a in articles)
        assert "Mayor Elena Sánchez" in articles[1].raw and "Café" in articles[1].raw
        assert [(s.source, s.reason) for s in skipped] == [
            (f"{path}#https://b.example/blank", "empty file")
        ]


def test_not_a_warc_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a web archive\n" * 3)
    articles, [skipped] = _read(path)
    assert articles == []
    assert (skipped.source, skipped.reason.split(" (")[0]) == (str(path), "not a readable WARC")


def test_warc_without_pages_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    with path.open("wb") as stream:
        _response(
            WARCWriter(stream, gzip=False),
            "https://a.example/x.png",
            "200 OK",
            "image/png",
            b"\x89PNG",
        )
    assert _read(path) == (
        [],
        [Skipped(str(path), "no HTML response records (status 200, text/html)")],
    )
