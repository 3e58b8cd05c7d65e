"""Checks shared by the facts gold parts whose mentions are ``document|offset|token|value``
(fresh-*.json, work-*.json): where a mention points and whether it is named twice."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

# The statuses a fact of any part of the gold may have (eval/gold/facts/README.md).
STATUSES = {"agree", "approximate", "conflict", "update", "changed"}


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


def check_well_formed(events: list[dict]) -> None:
    """Each event and document once; each fact a known status, a label, and mentions in
    at least two of its event's documents."""
    names = Counter(event["event"] for event in events)
    assert [name for name, count in names.items() if count > 1] == []
    documents = Counter(path for event in events for path in event["documents"])
    assert [path for path, count in documents.items() if count > 1] == []  # one event each
    for event in events:
        stems = {path.rsplit("/", 1)[-1] for path in event["documents"]}
        for fact in event["facts"]:
            assert fact["status"] in STATUSES, (event["event"], fact["label"])
            assert fact["label"].strip(), event["event"]
            mentions = [mention(m) for m in fact["mentions"]]
            assert len({m[0] for m in mentions}) >= 2, (event["event"], fact["label"])
            assert {m[0] for m in mentions} <= stems, (event["event"], fact["label"])
