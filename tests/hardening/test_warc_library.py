"""Our WARC reader against warcio, the library it replaces (a dev dependency for this).

On valid WARCs built from real pages (the Zyte benchmark's, with their URLs) both readers give
the same records and the same pages, whatever the framing (one gzip member a record, or
none), the transfer and content encodings, and the records around the pages. On the hostile
cases that made us write our own, warcio fails as ``ingest/warc.py`` says and ours does not:
if one of these starts to fail, warcio has changed and the choice should be made again.
"""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from shared_data import shared_path
from storydesk.article import Article
from storydesk.ingest import html, warc
from storydesk.ingest.base import HTML_TYPES, Skipped, charset_of
from storydesk.ingest.streams import ByteSource, plain_chunks
from storydesk.options import Options

PAGES = 12
OPTIONS = Options()


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, bytes]]:
    """(url, page bytes) of the first Zyte benchmark pages."""
    root = shared_path("datasets", "zyte-article-extraction")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    names = sorted(truth)[:PAGES]
    return [(truth[name]["url"], gzip.decompress((root / "html" / f"{name}.html.gz").read_bytes()))
            for name in names]


def _chunked(body: bytes, size: int = 4000) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
             for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def _write(stream: io.BufferedIOBase | io.BytesIO, pages: list[tuple[str, bytes]],
           compressed: bool) -> None:
    """A crawl as a crawler writes one: warcinfo, then per page a request and a response
    (plain, gzip-encoded or chunked in turn), with a 404, an image and a metadata record
    among them."""
    writer = WARCWriter(stream, gzip=compressed)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for number, (url, body) in enumerate(pages):
        request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request,
                                                      payload=io.BytesIO(b"")))
        headers = [("Content-Type", "text/html; charset=utf-8")]
        payload = body
        if number % 3 == 1:
            headers.append(("Content-Encoding", "gzip"))
            payload = gzip.compress(body)
        elif number % 3 == 2:
            headers.append(("Transfer-Encoding", "chunked"))
            payload = _chunked(body)
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", http_headers=http,
                                                      payload=io.BytesIO(payload)))
        if number % 4 == 0:
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(b"outlinks: none"),
                warc_content_type="application/warc-fields"))
    for url, status, kind in (("https://x.example/gone", "404 Not Found", "text/html"),
                              ("https://x.example/logo.png", "200 OK", "image/png")):
        http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", http_headers=http,
                                                      payload=io.BytesIO(b"\x89PNG or 404")))


def _ours(path: Path) -> Iterator[tuple[str, str, bytes]]:
    """(type, record id, payload) of every record, as our reader frames and decodes them."""
    with path.open("rb") as raw:
        damage: list[str] = []
        chunks = warc.GzipMembers(raw, damage) if raw.read(2) == b"\x1f\x8b" else None
        raw.seek(0)
        source = ByteSource(chunks if chunks is not None else plain_chunks(raw))
        while (record := warc.next_record(source, str(path), OPTIONS)) is not None:
            assert not isinstance(record, Skipped), record
            assert record.damage == []
            yield (record.header("warc-type"), record.header("warc-record-id"),
                   warc.payload(record, OPTIONS))
        assert damage == []


def _warcio(path: Path) -> Iterator[tuple[str, str, bytes]]:
    with path.open("rb") as raw:
        for record in ArchiveIterator(raw):
            payload = record.content_stream().read()
            yield (record.rec_type, record.rec_headers.get_header("WARC-Record-ID"), payload)


def _warcio_pages(path: Path) -> list[tuple[str | None, str, str]]:
    """The pages warcio finds, made into articles the way our reader makes them."""
    found = []
    with path.open("rb") as raw:
        for record in ArchiveIterator(raw):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            kind = record.http_headers.get_header("Content-Type") or ""
            if record.http_headers.get_statuscode() != "200" or \
                    not kind.lower().startswith(HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            article = next(html.read_bytes(body, f"{path}#{uri}", charset_of(kind), {"url": uri}))
            found.append((article.url, article.source, article.raw))
    return found


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_same_records_and_pages_as_warcio(pages: list[tuple[str, bytes]], compressed: bool,
                                          tmp_path: Path) -> None:
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    with path.open("wb") as stream:
        _write(stream, pages, compressed)
    ours, theirs = list(_ours(path)), list(_warcio(path))
    assert len(ours) == len(theirs) == 1 + PAGES * 2 + (PAGES + 3) // 4 + 2
    assert ours == theirs
    read = [item for item in warc.read(path, OPTIONS)]
    assert all(isinstance(item, Article) for item in read), read
    assert [(a.url, a.source, a.raw) for a in read if isinstance(a, Article)] == \
        _warcio_pages(path)
    assert len(read) == PAGES


# -- why not warcio: the hostile cases ---------------------------------------------------


def _three(middle: bytes) -> bytes:
    from hostile import good_record

    return good_record("a") + middle + good_record("c")


def _uris_ours(data: bytes, tmp_path: Path) -> tuple[list[str], list[Any]]:
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    items = list(warc.read(path, OPTIONS))
    return ([i.url or "" for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, Article) and i.notes])


def _uris_warcio(data: bytes) -> tuple[list[str], str | None]:
    uris, error = [], None
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type == "response":
                uris.append(record.rec_headers.get_header("WARC-Target-URI"))
                record.content_stream().read()
    except ArchiveLoadFailed as exc:
        error = str(exc)
    return uris, error


def test_a_long_content_length_loses_every_later_record_in_warcio(tmp_path: Path) -> None:
    from hostile import http_response, page, warc_record

    body = http_response(page("The record that lies"))
    data = _three(warc_record("https://good.example/b", body, length=len(body) + 100))
    uris, error = _uris_warcio(data)
    assert uris == ["https://good.example/a", "https://good.example/b"] and error, \
        "warcio now reads past a long Content-Length: reconsider ingest/warc.py"
    ours, damaged = _uris_ours(data, tmp_path)
    assert ours == ["https://good.example/a", "https://good.example/b", "https://good.example/c"]
    assert [a.url for a in damaged] == ["https://good.example/b"]
    assert "Content-Length" in damaged[0].notes[0]


def test_a_short_content_length_cuts_the_page_without_a_word_in_warcio(tmp_path: Path) -> None:
    from hostile import http_response, page, warc_record

    body = http_response(page("The record that lies"))
    data = _three(warc_record("https://good.example/b", body, length=len(body) - 40))
    records = list(ArchiveIterator(io.BytesIO(data)))
    assert len(records) == 3  # warcio goes on (it prints a warning on stderr, that is all)
    ours, damaged = _uris_ours(data, tmp_path)
    assert len(ours) == 3 and [a.url for a in damaged] == ["https://good.example/b"]


def test_a_long_header_line_is_held_whole_by_warcio(tmp_path: Path) -> None:
    """warcio reads a header line whole, however long (a gzip bomb in a header line: 5.5 GB
    before it was killed); ours holds at most max_line_bytes of it."""
    line = b"X-Junk: " + b"x" * 8_000_000
    data = _three(b"WARC/1.0\r\nWARC-Type: response\r\n" + line + b"\r\nContent-Length: 0\r\n\r\n"
                  b"\r\n\r\n")
    tracemalloc.start()
    try:
        uris, _ = _uris_warcio(data)
        _, warcio_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        path = tmp_path / "crawl.warc"
        path.write_bytes(data)
        items = list(warc.read(path, OPTIONS))
        _, our_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert warcio_peak > len(line), "warcio now bounds header lines: reconsider ingest/warc.py"
    assert our_peak < len(line) / 4
    assert [i.url for i in items if isinstance(i, Article)] == \
        ["https://good.example/a", "https://good.example/c"]
    assert any("max_line_bytes" in i.reason for i in items if isinstance(i, Skipped))
    assert "https://good.example/c" in uris
