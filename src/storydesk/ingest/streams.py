"""Bounded byte streams: reading lines and blocks from a plain or gzip file, and inflating a
compressed body, never holding more than asked for.

A gzip bomb costs what the caller's cap allows and no more: output is pulled from zlib at
most ``CHUNK`` bytes at a time (``max_length``), so a header line or a body that inflates
to gigabytes is stopped at its limit, not first decompressed whole.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b\x08"


class TooLarge(Exception):
    """A read went past its cap (the caller names the limit in its reason)."""


class ByteSource:
    """Lines and blocks over a chunk producer, with push-back (for resynchronising)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()
        self._ended = False
        self.offset = 0  # bytes handed out so far (of the decompressed stream)

    def _fill(self, wanted: int) -> None:
        while len(self._buffer) < wanted and not self._ended:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._ended = True
            else:
                self._buffer += chunk

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes (fewer only at the end)."""
        self._fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.offset += len(data)
        return data

    def readline(self, limit: int) -> bytes:
        """One line with its "\\n", or the first ``limit`` bytes of a longer one."""
        start = 0
        while True:
            found = self._buffer.find(b"\n", start, limit)
            if found >= 0:
                return self.read(found + 1)
            if len(self._buffer) >= limit or self._ended:
                return self.read(limit)
            start = len(self._buffer)
            self._fill(len(self._buffer) + CHUNK)

    def skip(self, size: int) -> int:
        """Read past ``size`` bytes in chunks; how many there were."""
        skipped = 0
        while skipped < size:
            data = self.read(min(CHUNK, size - skipped))
            if not data:
                break
            skipped += len(data)
        return skipped

    def skip_line(self) -> None:
        """Read past the rest of the current line."""
        while True:
            line = self.readline(CHUNK)
            if not line or line.endswith(b"\n"):
                return

    def find(self, marker: bytes, limit: int) -> int:
        """Offset of ``marker`` within the next ``limit`` bytes, without consuming them; -1
        when it is not there."""
        self._fill(limit + len(marker))
        return self._buffer.find(marker, 0, limit + len(marker))

    def member_begins_at(self, offset: int) -> bool:
        """Whether the compressed member being read began at ``offset`` and is not the file's
        first (a .warc.gz written a member per record; in one gzip stream of many records,
        or at the first member, that cannot be told)."""
        members = getattr(self._chunks, "members", 0)
        return members > 1 and getattr(self._chunks, "member_start", -1) == offset

    def skip_member(self) -> bool:
        """Drop what is left of the current compressed member (False: not a gzip stream)."""
        skipper = getattr(self._chunks, "skip_member", None)
        if skipper is None:
            return False
        self.offset += len(self._buffer)
        self._buffer.clear()
        skipper()
        return True

    def unread(self, data: bytes) -> None:
        self._buffer[:0] = data
        self.offset -= len(data)


def plain_chunks(raw: BinaryIO) -> Iterator[bytes]:
    while chunk := raw.read(CHUNK):
        yield chunk


class GzipMembers:
    """The inflated bytes of every gzip member in turn (a .warc.gz is one member a record),
    as an iterator of chunks.

    A member that is corrupt is skipped up to the next gzip header; a file that ends inside
    a member is truncated. Each is noted in ``damage``. ``skip_member`` leaves the rest of
    the current member uninflated: a bomb is passed over at the cost of its compressed size.
    """

    def __init__(self, raw: BinaryIO, damage: list[str]) -> None:
        self._raw = raw
        self._damage = damage
        self._inflater = zlib.decompressobj(31)
        self._pending = b""
        self._in_member = False
        self.emitted = 0  # inflated bytes given so far
        self.members = 0  # members begun so far
        self.member_start = 0  # where the current member's bytes begin, in ``emitted``

    def __iter__(self) -> GzipMembers:
        return self

    def __next__(self) -> bytes:
        while True:
            chunk = self._step()
            if chunk is None:
                raise StopIteration
            if chunk:
                return chunk

    def _step(self) -> bytes | None:
        """Some inflated bytes (maybe none yet), or None at the end of the file."""
        if not self._pending and self._in_member and not self._inflater.eof:
            held = self._inflater.decompress(b"", CHUNK)  # output zlib still holds past a cap
            if held:
                self.emitted += len(held)
                return held
        if not self._pending:
            self._pending = self._raw.read(CHUNK)
            if not self._pending:
                if self._in_member:
                    self._damage.append("the file ends inside a compressed record (truncated)")
                return None
        if not self._in_member:
            self.members += 1
            self.member_start = self.emitted
        try:
            out = self._inflater.decompress(self._pending, CHUNK)
        except zlib.error as exc:
            self._pending, skipped = _next_member(self._raw, self._pending[1:])
            self._damage.append(f"corrupt compressed data ({exc}); {skipped + 1:,} bytes skipped")
            self._restart()
            return b""
        self._in_member = True
        if self._inflater.eof:
            self._pending = self._inflater.unused_data
            self._restart()
        else:
            self._pending = self._inflater.unconsumed_tail
        self.emitted += len(out)
        return out

    def _restart(self) -> None:
        self._inflater, self._in_member = zlib.decompressobj(31), False

    def skip_member(self) -> None:
        """Go to the next member's header without inflating the rest of this one."""
        if not self._in_member:
            return
        self._pending, _ = _next_member(self._raw, self._pending[1:])
        self._restart()


def _next_member(raw: BinaryIO, pending: bytes) -> tuple[bytes, int]:
    """The raw bytes from the next gzip header on, and how many bytes were passed over."""
    skipped = 0
    while True:
        found = pending.find(GZIP_MAGIC)
        if found >= 0:
            return pending[found:], skipped + found
        skipped += max(len(pending) - 2, 0)
        pending = pending[-2:]
        more = raw.read(CHUNK)
        if not more:
            return b"", skipped + len(pending)
        pending += more


def inflate(data: bytes, encoding: str, limit: int) -> bytes:
    """A body decoded from gzip or deflate, raising TooLarge past ``limit`` bytes (zlib never
    produces more than the cap plus one chunk)."""
    wbits = 31 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    pending = data
    while pending and not inflater.eof:
        try:
            out += inflater.decompress(pending, CHUNK)
        except zlib.error:
            if wbits == zlib.MAX_WBITS and not out:  # raw deflate, as some servers send
                inflater, wbits = zlib.decompressobj(-zlib.MAX_WBITS), -zlib.MAX_WBITS
                continue
            raise
        if len(out) > limit:
            raise TooLarge
        pending = inflater.unconsumed_tail
    return bytes(out)


def dechunk(data: bytes, limit: int) -> bytes:
    """An HTTP/1.1 chunked body joined; a malformed or short one gives what was there."""
    out = bytearray()
    position = 0
    while position < len(data):
        end = data.find(b"\r\n", position, position + 1024)
        if end < 0:
            break
        size_field = data[position:end].split(b";")[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            break
        if size == 0:
            break
        out += data[end + 2 : end + 2 + size]
        if len(out) > limit:
            raise TooLarge
        position = end + 2 + size + 2
    return bytes(out)
