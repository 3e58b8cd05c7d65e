"""What every reader shares: the Skipped record, opening files safely, limits, and decoding
bytes to text with an honest note of every repair."""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from storydesk.errors import InputError

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)
# Content types of an HTML page, in an HTTP header, a WARC record or a feed entry.
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A valid UTF-8 sequence of two to four bytes: a line holding one is UTF-8 with a stray
# bad byte, not a legacy 8-bit encoding.
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Line numbers a damage note lists before it says "and N more".
NOTE_LINES = 5
# How the notes of a repair made while reading begin: the run summary lists these.
DAMAGE_NOTES = (
    "not valid UTF-8",
    "invalid bytes replaced",
    "no byte-order mark",
    "NUL bytes removed",
    "damaged ",
)


@dataclass(slots=True)
class Skipped:
    """An input that gave no article, and why. Reports list these; nothing is lost silently."""

    source: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def over_limit(what: str, option: str, limit: int | float, unit: str = "bytes") -> str:
    """The reason for an input over a limit: which limit, and the option that raises it."""
    return f"{what} larger than {option} ({limit:,} {unit}); raise {option} to read it"


def http_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else None: a link a document gives (a feed entry, a
    page's canonical URL) is never a file: path or a javascript: link in our reports."""
    if not value:
        return None
    scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
    return value.strip() if scheme in ("http", "https") else None


# ---- opening ---------------------------------------------------------------------------


def file_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO", "a device", ...); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading. A FIFO, device or socket is refused before it is
    opened (reading one can block forever or never end), and checked again on the open file
    (no swap between the check and the open)."""
    kind = file_kind(path.stat().st_mode)
    if kind:
        raise InputError(str(path), f"{kind}, not a regular file; only files and folders are read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    kind = file_kind(os.fstat(descriptor).st_mode)
    if kind:
        os.close(descriptor)
        raise InputError(str(path), f"{kind}, not a regular file; only files and folders are read")
    return os.fdopen(descriptor, "rb")


def read_capped(path: Path, limit: int, option: str) -> bytes:
    """The bytes of a regular file, refusing one over ``limit`` (named by ``option``)."""
    with open_regular(path) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(str(path), over_limit("file", option, limit))
    return data


# ---- bytes that are not text ----------------------------------------------------------

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


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes fall: text
    in Latin script has a zero in every second (or three of every four) bytes."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    cut = len(sample) - len(sample) % 4
    lanes = [sample[i:cut:4].count(0) / (cut // 4) for i in range(4)]
    if lanes[0] < 0.05 and min(lanes[1:]) > 0.9:
        return _if_text(sample[:cut], "utf-32-le")
    if lanes[3] < 0.05 and min(lanes[:3]) > 0.9:
        return _if_text(sample[:cut], "utf-32-be")
    even, odd = (lanes[0] + lanes[2]) / 2, (lanes[1] + lanes[3]) / 2
    if even < 0.05 and odd > 0.3:
        return _if_text(sample[: len(sample) // 2 * 2], "utf-16-le")
    if odd < 0.05 and even > 0.3:
        return _if_text(sample[: len(sample) // 2 * 2], "utf-16-be")
    return None


def _if_text(sample: bytes, encoding: str) -> str | None:
    """``encoding`` if the sample decodes to text in it (few controls, no broken units)."""
    decoded = sample.decode(encoding, errors="replace")
    bad = sum(1 for c in decoded if c == "\ufffd" or (c < " " and c not in "\t\n\r\f"))
    return encoding if bad / max(len(decoded), 1) < 0.05 else None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NUL or control noise).
    UTF-16/32 text, with or without a byte-order mark, is text, zero bytes and all; a stray
    NUL byte in text is removed at decoding (with a note), not taken for binary."""
    if bom_encoding(data) or wide_encoding(data):
        return False
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) / len(sample) > 0.01:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (0, 9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def check_bytes(data: bytes, source: str, kind: str) -> None:
    """InputError for bytes no reader can use: empty, or binary where ``kind`` was expected."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(source, "empty file")
    if looks_binary(data):
        raise InputError(source, f"binary content (NUL or control bytes), not {kind}")


# ---- decoding ------------------------------------------------------------------------


class Decoded(NamedTuple):
    """Text decoded from bytes, the encoding used, and a note for every repair made."""

    text: str
    encoding: str
    notes: list[str]


def decode_text(data: bytes) -> Decoded:
    """Decode text bytes: a byte-order mark, UTF-16/32 without one, else UTF-8 line by line.

    A line that is not UTF-8 is decoded on its own: as Windows-1252 when it holds no UTF-8
    sequence at all (a legacy file, or a line pasted from one), else as UTF-8 with the bad
    bytes replaced by U+FFFD. One bad byte never turns a whole file into mojibake, and every
    repair is noted. NUL bytes are removed wherever they are, with a note.
    """
    announced = bom_encoding(data) or wide_encoding(data)
    if announced:
        text = data.decode(announced, errors="replace")
        notes = [] if announced in ("utf-8-sig", "utf-16", "utf-32") else [
            f"no byte-order mark; read as {announced.upper()}"
        ]
        notes += _replacement_note(text, data.decode(announced, errors="ignore"))
        return _without_nul(Decoded(text, announced, notes))
    try:
        return _without_nul(Decoded(data.decode("utf-8"), "utf-8", []))
    except UnicodeDecodeError:
        pass
    return _without_nul(_decode_lines(data))


def _decode_lines(data: bytes) -> Decoded:
    lines = data.split(b"\n")
    legacy: list[int] = []
    damaged: dict[int, int] = {}
    utf8_lines = 0
    parts: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += bool(UTF8_MULTIBYTE.search(line))
            continue
        except UnicodeDecodeError:
            pass
        if UTF8_MULTIBYTE.search(line):
            text = line.decode("utf-8", errors="replace")
            damaged[number] = text.count("\ufffd") - line.decode("utf-8", "ignore").count("\ufffd")
            parts.append(text)
        else:
            legacy.append(number)
            parts.append(decode_legacy(line))
    text = "\n".join(parts)
    if not damaged and not utf8_lines:
        return Decoded(text, "cp1252", ["not valid UTF-8; decoded as cp1252"])
    notes = []
    if legacy:
        notes.append(f"not valid UTF-8 on {_lines(legacy)}; decoded as cp1252 there")
    if damaged:
        count = sum(damaged.values())
        notes.append(f"invalid bytes replaced with U+FFFD: {count} on {_lines(sorted(damaged))}")
    return Decoded(text, "utf-8", notes)


def decode_legacy(data: bytes) -> str:
    """Windows-1252, with Latin-1 for the five bytes it leaves undefined."""
    return data.decode("cp1252", errors=LATIN1_FALLBACK)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


LATIN1_FALLBACK = "storydesk-latin1"
codecs.register_error(LATIN1_FALLBACK, _latin1_fallback)


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:NOTE_LINES])
    more = f" and {len(numbers) - NOTE_LINES} more" if len(numbers) > NOTE_LINES else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _replacement_note(replaced: str, ignored: str) -> list[str]:
    count = len(replaced) - len(ignored)
    return [f"invalid bytes replaced with U+FFFD: {count}"] if count else []


def _without_nul(decoded: Decoded) -> Decoded:
    count = decoded.text.count("\x00")
    if not count:
        return decoded
    notes = [*decoded.notes, f"NUL bytes removed: {count}"]
    return Decoded(decoded.text.replace("\x00", ""), decoded.encoding, notes)


def charset_of(content_type: str | None) -> str | None:
    """The charset named in an HTTP Content-Type header, if any."""
    match = HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an HTML page: the HTTP charset, else the page's own <meta>, else as text.

    A declared charset that Python does not know, or that does not fit the bytes, is
    ignored rather than trusted: pages often lie about their encoding.
    """
    if data.startswith(codecs.BOM_UTF8) or bom_encoding(data) or wide_encoding(data):
        return decode_text(data)
    meta = META_CHARSET.search(data[:4096])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        encoding = _known_codec(name)
        if encoding is None:
            continue
        try:
            return _without_nul(Decoded(data.decode(encoding), encoding, []))
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
