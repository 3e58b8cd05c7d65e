"""Text bound for a terminal: no escape sequence or control character from an input gets
through (a title or file name could otherwise recolour, retitle or rewrite the screen)."""

from __future__ import annotations

import re

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and the
# two-character ones (ESC and one of @-Z \ ] ^ _). Each part is a plain character class:
# linear, nothing to backtrack over.
ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\^_])"
)
# C0 controls but tab and line feed, DEL, C1 controls (0x9b is a one-byte CSI), and the
# bidirectional overrides and isolates that can make text display in a different order than
# it reads ("Trojan Source").
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs and newlines stay)."""
    return CONTROLS.sub("", ESCAPE_SEQUENCE.sub("", text))
