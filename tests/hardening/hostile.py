"""Builders of hostile inputs: files a careless or malicious source can hand storydesk.

Each builder writes into a folder and returns what to give ``read_inputs``. The limits in
TEST_OPTIONS are small so that every case is fast; the builders make inputs well past them.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable
from pathlib import Path

from storydesk.options import Options

TEST_OPTIONS = Options(
    max_file_bytes=1_000_000,
    max_record_bytes=200_000,
    max_line_bytes=20_000,
    max_nesting=50,
    http_timeout=2.0,
    http_max_bytes=300_000,
    allow_private_urls=True,
)
SECRET = "TOP-SECRET-LOCAL-FILE-CONTENT-4711"
PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
    "</article></body></html>"
)
BODY = (
    "<p>Flood water rose through the old town of Riverford on Sunday night, forcing "
    "hundreds of residents to leave their homes, the regional fire service said.</p>"
    "<p>“We have never seen the river this high,” said Marta Lindqvist, who runs a bakery "
    "near the bridge, adding that the water had reached the second step of her shop.</p>"
    "<p>Officials said at least 300 people spent the night in a school gym and that the "
    "level was expected to fall by Tuesday if the rain stopped as forecast.</p>"
)


def page(title: str = "Floods force hundreds from Riverford homes") -> bytes:
    return PAGE.format(title=title, body=BODY).encode("utf-8")


def plain_article(marker: str = "") -> str:
    """A short wire story as plain text; ``marker`` makes each copy a distinct article."""
    return (
        f"Floods force hundreds from Riverford homes {marker}\n\n"
        "Flood water rose through the old town of Riverford on Sunday night, forcing hundreds "
        "of residents to leave their homes, the regional fire service said.\n"
        "“We have never seen the river this high,” said Marta Lindqvist, who runs a bakery near "
        f"the bridge. {marker}\n"
    )


def gzip_bomb_stream(size: int, unit: bytes = b"\0") -> bytes:
    """gzip bytes that inflate to ``size`` bytes of ``unit`` (about size/1000 compressed)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = unit * (1 << 20)
    parts = [compressor.compress(block) for _ in range(size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


# ---- WARC ------------------------------------------------------------------------------


def http_response(body: bytes, headers: Iterable[tuple[str, str]] = ()) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def warc_record(uri: str, payload: bytes, length: int | None = None) -> bytes:
    """One WARC response record; ``length`` lets a test lie in Content-Length."""
    declared = len(payload) if length is None else length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode("latin-1")
    return head + payload + b"\r\n\r\n"


def good_record(name: str) -> bytes:
    return warc_record(f"https://good.example/{name}", http_response(page(f"Good page {name}")))


def write_gz_members(path: Path, members: Iterable[bytes]) -> None:
    with path.open("wb") as stream:
        for member in members:
            stream.write(member if member[:2] == b"\x1f\x8b" else gzip.compress(member))


# ---- feeds -----------------------------------------------------------------------------


def rss(items: Iterable[str], prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Riverford Courier</title>" + "".join(items) + "</channel></rss>"
    ).encode("utf-8")


def rss_item(link: str, content: str, title: str = "Floods in Riverford") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item>"
    )


def jsonl_line(record: dict[str, object]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def make_fifo(path: Path) -> None:
    os.mkfifo(path)
