"""What every reader shares: the Skipped record and decoding of bytes to text."""

from __future__ import annotations

import codecs
import re
from dataclasses import asdict, dataclass
from typing import Any

from storydesk.errors import InputError

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)
# Content types of an HTML page, in an HTTP header, a WARC record or a feed entry.
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class Skipped:
    """An input that gave no article, and why. Reports list these; nothing is lost silently."""

    source: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces (UTF-32 is tested before UTF-16: its
    little-endian mark starts with UTF-16's)."""
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NUL bytes, control noise).
    Text with a UTF-16/32 byte-order mark is text, NUL bytes and all."""
    if bom_encoding(data):
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def check_bytes(data: bytes, source: str, kind: str) -> None:
    """InputError for bytes no reader can use: empty, or binary where ``kind`` was expected."""
    if not data.strip():
        raise InputError(source, "empty file")
    if looks_binary(data):
        raise InputError(source, f"binary content (NUL or control bytes), not {kind}")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding). UTF-8 first, then Windows-1252/Latin-1.

    A file saved as Latin-1 by an older tool is still an article: we read it rather than
    skip it, and the caller notes the encoding so the report can show it.
    """
    announced = bom_encoding(data)
    if announced:
        return data.decode(announced), announced
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def charset_of(content_type: str | None) -> str | None:
    """The charset named in an HTTP Content-Type header, if any."""
    match = HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: the HTTP charset, else the page's own <meta>, else as text.

    A declared charset that Python does not know, or that does not fit the bytes, is
    ignored rather than trusted: pages often lie about their encoding.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return decode_text(data)
    meta = META_CHARSET.search(data[:4096])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        encoding = _known_codec(name)
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return decode_text(data)


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec == "ascii":
        return None  # "ascii" pages are mostly UTF-8 in practice; let decode_text decide
    # Browsers read pages labelled Latin-1 as Windows-1252 (WHATWG encoding standard).
    return "cp1252" if codec in ("latin-1", "iso8859-1") else codec
