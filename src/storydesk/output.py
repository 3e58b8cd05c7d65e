"""Writing outputs safely, and knowing our own reports when they turn up among the inputs.

A report is written to a temporary file beside its target and renamed into place, so a kill
or a full disk leaves the previous report whole; it is never written over an input; a folder
that does not exist is an error before any work starts. Every report carries a mark (a
comment, a generator tag, its heading box) so a report saved in an input folder is not read
back as an article on the next run.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from storydesk.errors import InputError, StorydeskError

MARKDOWN_MARK = "<!-- storydesk report: written by storydesk, not an article -->"
HTML_MARK = '<meta name="generator" content="storydesk">'
# The text report opens with a box around "story s<10 hex digits>" (report/text.py).
TEXT_MARK = re.compile(r"\A\s*╭─+ story s[0-9a-f]{10} ─+╮")
REPORT_REASON = "a storydesk report (written by storydesk), not an article"
HEAD_BYTES = 4096


class OutputError(StorydeskError):
    """The report cannot be written where the user asked."""


def is_report(head: str) -> bool:
    """True when ``head`` (the start of a file) is one of our own reports."""
    return (
        head.lstrip("\ufeff").startswith(MARKDOWN_MARK)
        or HTML_MARK in head
        or bool(TEXT_MARK.match(head))
    )


def refuse_report(data: bytes, source: str) -> None:
    """InputError for bytes that are one of our reports: they are not an article."""
    if is_report(data[:HEAD_BYTES].decode("utf-8", errors="ignore")):
        raise InputError(source, REPORT_REASON)


def check_target(out: str | Path, inputs: Iterable[str]) -> Path:
    """The path to write to, checked before any work: its folder exists, it is not a folder,
    and it is no input given (nor a file inside an input folder that is not our report)."""
    target = Path(out)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write {target}: folder {folder} is not writable")
    if target.exists() and _is_input(target, inputs) and not _holds_report(target):
        raise OutputError(f"refusing to write {target}: it is one of the inputs")
    return target


def _is_input(target: Path, inputs: Iterable[str]) -> bool:
    resolved = target.resolve()
    for item in inputs:
        path = Path(item)
        if not path.exists():
            continue
        given = path.resolve()
        if given == resolved or (path.is_dir() and given in resolved.parents):
            return True
    return False


def _holds_report(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError:
        return False
    return is_report(head.decode("utf-8", errors="ignore"))


def write_text(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file in ``target``'s folder, then rename it into place.

    The previous file stays whole until the new one is complete and on disk; on any failure
    the temporary file is removed and an OutputError says why.
    """
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OutputError(
            f"cannot write {target}: {exc.strerror or exc}; any previous file there is unchanged"
        ) from exc
    _sync_folder(target.parent)


def _mode_for(target: Path) -> int:
    """The existing file's permissions, else the usual ones for a new file (umask applied)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every platform can open a folder)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
