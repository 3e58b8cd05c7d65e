"""Every byte reader refuses empty and binary files with the same reasons, naming its kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.ingest import read_inputs
from storydesk.ingest.base import Skipped
from storydesk.options import Options

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.txt", "text"), ("a.html", "HTML"), ("a.rss", "a feed"), ("a.jsonl", "JSON Lines")],
)
def test_empty_and_binary_inputs_are_skipped_with_reasons(
    tmp_path: Path, name: str, kind: str
) -> None:
    empty, binary = tmp_path / f"empty-{name}", tmp_path / f"binary-{name}"
    empty.write_bytes(b"  \n")
    binary.write_bytes(BINARY)
    items = list(read_inputs([str(empty), str(binary)], Options()))
    assert all(isinstance(item, Skipped) for item in items)
    reasons = {item.source: item.reason for item in items if isinstance(item, Skipped)}
    assert reasons == {
        str(empty): "empty file",
        str(binary): f"binary content (NUL or control bytes), not {kind}",
    }
