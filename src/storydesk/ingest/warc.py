"""WARC (.warc, .warc.gz): every HTML page a crawl fetched (200 responses, text/html).

Each page is one raw-HTML Article with the record's target URI as its url and
``crawl.warc.gz#<uri>`` as its source. The file is read record by record, never whole: each
header line is capped by max_line_bytes, each record by max_record_bytes (compressed and
decoded), so a gzip bomb in a header or a body costs only its cap. Damage is reported, not
hidden: a record whose Content-Length lies is read to the true start of the next record
(the records after it are not lost), a truncated record or file is noted, and bytes that
belong to no record are listed as skipped.

Why not warcio, the well-kept WARC library (warcio 1.8.1; tests/hardening/test_warc_library.py
shows each case, and that on valid crawls built from real pages both give the same records):

- ``ArchiveIterator`` reads a header line whole, however long: a gzip bomb in a header line
  reached 5.5 GB before it was killed, and an 8 MB line costs warcio more than 8 MB. A stream
  wrapped around it could cap every line of the file, but not tell a header line from a
  page's (pages have long lines), so the cap would have to be max_record_bytes per line.
- a Content-Length larger than the record reads into the next record's header and ends the
  iteration with ``ArchiveLoadFailed``: every record after it is lost. A generator that has
  raised cannot go on, and a new one would have to start at the next record's offset, which
  only the reader's internal buffer knows: recovering is framing the file again, which is
  what this module does.
- a Content-Length smaller than the record cuts the page and goes on with a warning printed
  on stderr, which the caller never sees: the damage is not reported.

warcio stays a development dependency: the tests write WARCs with it and read every valid
crawl with both readers.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import html
from storydesk.ingest.base import HTML_TYPES, Skipped, charset_of, open_regular, over_limit
from storydesk.ingest.streams import (
    CHUNK,
    ByteSource,
    GzipMembers,
    TooLarge,
    dechunk,
    inflate,
    plain_chunks,
)
from storydesk.options import Options

RECORD_START = b"\r\n\r\nWARC/1."
# An over-cap block in a gzip stream is inflated to find the next record for at most this
# many bytes (about 0.1 s): a record over it in a one-stream .warc.gz loses what follows it
# in its member (noted); a gzip bomb costs no more.
PASS_OVER_BYTES = 64 << 20
MAX_HEADERS = 256
HTTP_HEAD_BYTES = 1 << 16


@dataclass(slots=True)
class Record:
    """One WARC record: its headers, its block (or a prefix of it) and what went wrong."""

    offset: int
    headers: dict[str, str]
    block: bytes = b""
    length: int = 0
    damage: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def read(path: Path, options: Options) -> Iterator[Article | Skipped]:
    with open_regular(path) as raw:
        head = raw.read(2)
        raw.seek(0)
        damage: list[str] = []
        chunks = GzipMembers(raw, damage) if head == b"\x1f\x8b" else plain_chunks(raw)
        source = ByteSource(chunks)
        first = source.read(5)
        if first != b"WARC/":
            detail = f"; {damage[0]}" if damage else ""
            raise InputError(str(path), f"not a readable WARC (no WARC/1.x record header{detail})")
        source.unread(first)
        yielded = False
        for item in records(source, str(path), options):
            yielded = True
            yield item
        for problem in damage:
            yielded = True
            yield Skipped(str(path), f"damaged WARC: {problem}")
    if not yielded:
        raise InputError(str(path), "no HTML response records (status 200, text/html)")


def records(source: ByteSource, path: str, options: Options) -> Iterator[Article | Skipped]:
    """Every page of the file, and a Skipped for each page or stretch that cannot be read."""
    while True:
        record = next_record(source, path, options)
        if record is None:
            return
        if isinstance(record, Skipped):
            yield record
            continue
        item = page_of(record, path, options)
        if item is not None:
            yield item


def next_record(source: ByteSource, path: str, options: Options) -> Record | Skipped | None:
    """The next record, a Skipped for bytes that are not one (read past to the next record
    header), or None at the end."""
    offset = source.offset
    line = _next_nonblank(source, options)
    if line is None:
        return None
    if not line.startswith(b"WARC/1."):
        skipped = len(line) + _resync(source, options)
        return Skipped(f"{path}@{offset}", f"damaged WARC: {skipped:,} bytes that are not a "
                       "record skipped (a Content-Length that does not match?)")
    headers = _headers(source, options)
    if isinstance(headers, str):
        if not source.skip_member():
            _resync(source, options)
        return Skipped(f"{path}@{offset}", f"damaged WARC record: {headers}")
    record = Record(offset, headers)
    length = record.header("content-length")
    if not length.isdigit():
        _resync(source, options)
        return Skipped(f"{path}@{offset}", "damaged WARC record: no valid Content-Length")
    record.length = int(length)
    _read_block(source, record, options)
    return record


def _next_nonblank(source: ByteSource, options: Options) -> bytes | None:
    while True:
        line = source.readline(options.max_line_bytes + 1)
        if not line:
            return None
        if line.strip():
            if len(line) > options.max_line_bytes and not source.skip_member():
                source.skip_line()
            return line


def _headers(source: ByteSource, options: Options) -> dict[str, str] | str:
    """The record's named fields (lower-case names), or the reason they cannot be read."""
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS):
        line = source.readline(options.max_line_bytes + 1)
        if len(line) > options.max_line_bytes:
            if not source.skip_member():
                source.skip_line()
            return over_limit("a header line", "max_line_bytes", options.max_line_bytes)
        if not line:
            return "the file ends inside the record's header (truncated)"
        if not line.strip():
            return headers
        name, _, value = line.decode("utf-8", errors="replace").partition(":")
        headers[name.strip().lower()] = value.strip()
    return f"more than {MAX_HEADERS} header lines"


def _read_block(source: ByteSource, record: Record, options: Options) -> None:
    """The record's block, checked against the start of the next record. A block over
    max_record_bytes keeps only its first bytes (enough to tell what it is)."""
    limit = options.max_record_bytes
    if record.length > limit:
        # Enough of the block to tell what it is; the rest is passed over, uninflated when
        # the record is a gzip member of its own (a bomb costs its compressed size).
        record.block = source.read(HTTP_HEAD_BYTES)
        if not (source.member_begins_at(record.offset) and source.skip_member()):
            _pass_over(source, record)
        return
    record.block = source.read(record.length)
    if len(record.block) < record.length:
        record.damage.append(f"truncated: {len(record.block):,} of {record.length:,} bytes")
        return
    after = source.read(4)
    if after == b"\r\n\r\n" or not after.strip():
        return  # the record ends where its Content-Length says (or the file does)
    source.unread(after)
    if not after.startswith(b"WARC"):
        _realign(source, record, options)


def _pass_over(source: ByteSource, record: Record) -> None:
    """Read past the rest of a block over the cap, stopping at a record header inside it: a
    Content-Length that lies (a petabyte) must not swallow the records after it. (A page
    that holds a WARC of its own would be cut there too; it is over the cap either way.) A
    record with a member of its own is dropped uninflated instead (``_read_block``); in a
    .warc.gz made of one gzip stream (``gzip crawl.warc``) the records after it are in the
    same member, so it is inflated and scanned, up to PASS_OVER_BYTES, past which a bomb's
    member is dropped."""
    if _cut_at_inner_header(source, record):
        return
    left = record.length - len(record.block)
    passed_over = 0
    while left > 0:
        if passed_over > PASS_OVER_BYTES and source.skip_member():
            record.damage.append(f"the rest of its compressed member was passed over unread "
                                 f"(over {PASS_OVER_BYTES:,} bytes)")
            return
        step = min(left, CHUNK)
        found = source.find(RECORD_START, step)
        if 0 <= found < left:  # at ``left`` exactly is where an honest record ends
            source.skip(found + 4)
            record.damage.append(f"Content-Length {record.length:,} is more than the record "
                                 "holds")
            return
        passed = source.skip(step)
        left -= passed
        passed_over += passed
        if passed < step:
            record.damage.append(f"truncated: {record.length - left:,} of {record.length:,} "
                                 "bytes")
            return


def _cut_at_inner_header(source: ByteSource, record: Record) -> bool:
    """A record header inside the block read so far: the Content-Length lies. Cut the block
    there and give the rest back to the source."""
    inside = record.block.find(RECORD_START)
    if inside < 0:
        return False
    source.unread(record.block[inside + 4 :])
    record.block = record.block[:inside]
    record.damage.append(f"Content-Length {record.length:,} is more than the record holds")
    return True


def _realign(source: ByteSource, record: Record, options: Options) -> None:
    """The Content-Length does not end the record: cut the block at the next record header
    inside it, or extend it to the next one after it."""
    if _cut_at_inner_header(source, record):
        return
    room = max(options.max_record_bytes - len(record.block), 0)
    after = source.find(RECORD_START, room)
    rest = source.read(after if after >= 0 else room)
    record.block += rest.rstrip(b"\r\n") if after < 0 else rest
    if after >= 0:
        source.read(4)
    record.damage.append(f"Content-Length {record.length:,} is less than the record holds")


def _resync(source: ByteSource, options: Options) -> int:
    """Read up to the next line that starts a record; how many bytes were passed over."""
    skipped = 0
    while True:
        found = source.find(b"WARC/1.", CHUNK)
        if found >= 0:
            skipped += source.skip(found)
            return skipped
        passed = source.skip(CHUNK)
        skipped += passed
        if passed == 0:
            return skipped


def page_of(record: Record, path: str, options: Options) -> Article | Skipped | None:
    """The Article in one record, a Skipped if it is a page we cannot read, else None."""
    if record.header("warc-type") != "response":
        return None
    uri = record.header("warc-target-uri").strip("<>")
    source = f"{path}#{uri}"
    head_end = record.block.find(b"\r\n\r\n", 0, HTTP_HEAD_BYTES)
    if not record.block.startswith(b"HTTP/"):
        return None  # not an HTTP response (dns:, a screenshot): nothing to read
    if head_end < 0:
        return Skipped(source, _unreadable_head(record, options))
    longest = max(len(line) for line in record.block[:head_end].split(b"\r\n"))
    if longest > options.max_line_bytes:
        return Skipped(source, over_limit(f"an HTTP header line of {longest:,} bytes is",
                                          "max_line_bytes", options.max_line_bytes))
    status, http_headers = _http_head(record.block[:head_end])
    content_type = http_headers.get("content-type", "")
    if status != "200" or not content_type.lower().startswith(HTML_TYPES):
        return None
    if record.length > options.max_record_bytes:
        what = f"record of {record.length:,} bytes is"
        return Skipped(source, over_limit(what, "max_record_bytes", options.max_record_bytes))
    try:
        body = _decoded_body(record.block[head_end + 4 :], http_headers, options)
    except TooLarge:
        return Skipped(source, over_limit("decoded page", "max_record_bytes",
                                          options.max_record_bytes))
    except (ValueError, OSError, zlib.error) as exc:
        return Skipped(source, f"page body cannot be decoded ({exc})")
    meta = {"url": uri or None}
    try:
        article = next(html.read_bytes(body, source, charset_of(content_type), meta))
    except InputError as exc:
        return Skipped(exc.source, exc.reason)
    article.notes += [f"damaged WARC record: {problem}" for problem in record.damage]
    return article


def _unreadable_head(record: Record, options: Options) -> str:
    """Why an HTTP response's head cannot be read: a record over the cap (only its first
    bytes were kept), a head longer than any server sends, or a record that ends inside it."""
    if record.length > options.max_record_bytes:
        return over_limit(f"record of {record.length:,} bytes is", "max_record_bytes",
                          options.max_record_bytes)
    if len(record.block) >= HTTP_HEAD_BYTES:
        return (f"damaged WARC record: an HTTP head longer than {HTTP_HEAD_BYTES:,} bytes (no "
                "server sends one)")
    return "damaged WARC record: the record ends inside its HTTP head"


def payload(record: Record, options: Options) -> bytes:
    """What the record carries, as warcio's ``content_stream`` gives it: for an HTTP
    response or request, the body after its head, de-chunked and decoded; else the block.
    Raises TooLarge past max_record_bytes, ValueError for an unknown content encoding."""
    kind = record.header("warc-type")
    head_end = record.block.find(b"\r\n\r\n", 0, HTTP_HEAD_BYTES)
    if kind not in ("response", "request") or head_end < 0 or \
            not record.header("content-type").startswith("application/http"):
        return record.block
    _, http_headers = _http_head(record.block[:head_end])
    return _decoded_body(record.block[head_end + 4 :], http_headers, options)


def _http_head(head: bytes) -> tuple[str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split()
    status = parts[1] if len(parts) > 1 else ""
    headers: dict[str, str] = {}
    for line in lines[1:MAX_HEADERS]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


def _decoded_body(body: bytes, headers: dict[str, str], options: Options) -> bytes:
    limit = options.max_record_bytes
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = dechunk(body, limit)
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        return inflate(body, encoding, limit)
    raise ValueError(f"content encoding '{encoding}' is not supported")
