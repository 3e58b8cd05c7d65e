"""What every reader shares: the Skipped record and decoding of bytes to text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(slots=True)
class Skipped:
    """An input that gave no article, and why. Reports list these; nothing is lost silently."""

    source: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NUL bytes, control noise)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding). UTF-8 first, then Windows-1252/Latin-1.

    A file saved as Latin-1 by an older tool is still an article: we read it rather than
    skip it, and the caller notes the encoding so the report can show it.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
