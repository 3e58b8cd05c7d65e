"""Checks shared by the facts gold parts whose mentions are ``document|offset|token|value``
(fresh-*.json, work-*.json): where a mention points and whether it is named twice."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path


def text(path: Path) -> str:
    """A document's text as the offsets count it: a TimeML file's TEXT with its tags
    dropped, any other file as it is."""
    if path.suffix == ".tml":
        return "".join(ET.parse(path).getroot().find("TEXT").itertext())
    return path.read_text(encoding="utf-8")


def mention(written: str) -> tuple[str, int, str, float]:
    doc, offset, token, value = written.split("|")
    return doc, int(offset), token, float(value)


def misplaced(events: list[dict], data: Path) -> list[str]:
    """Mentions whose token is not at their offset as a whole word."""
    wrong: list[str] = []
    for event in events:
        texts = {}
        for path in event["documents"]:
            assert (data / path).is_file(), f"{event['event']}: {path} not found"
            texts[path.rsplit("/", 1)[-1]] = text(data / path)
        for fact in event["facts"]:
            for written in fact["mentions"]:
                doc, offset, token, _ = mention(written)
                found = texts[doc]
                before = found[offset - 1] if offset else " "
                after = found[offset + len(token) : offset + len(token) + 1] or " "
                at = found[offset : offset + len(token)]
                if at != token or before.isalnum() or after.isalnum():
                    wrong.append(f"{event['event']}: {fact['label']}: {written}")
    return wrong


def named_twice(event: dict) -> list[tuple[str, int]]:
    """(document, offset) pairs that two mentions of one event name."""
    seen = [mention(m)[:2] for f in event["facts"] for m in f["mentions"]]
    return [m for m, n in Counter(seen).items() if n > 1]
