"""The hardening suite's machinery: each hostile input runs in a forked child beside a good
article, with its peak memory and time measured, and the suite's counts printed at the end.

A child is forked after the imports, so its cost is the hostile input's own: its peak
resident memory less what it shared with the parent at the fork. The child also runs under
a data-size limit, so a regression fails one case instead of taking the machine.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storydesk.article import Article
from storydesk.clean import clean_one
from storydesk.ingest import read_inputs
from storydesk.options import Options

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ukraine-peace-plan-2025-11-25"
MEMORY_LIMIT_MB = 1024  # issue 12: peak memory of any single hostile input under 1 GB
GRACE_SECONDS = 10.0  # issue 12: no case longer than its time limit plus 10 s
# A case's own time is its CPU time: on a loaded machine (two cores shared by several jobs)
# wall time measures the others too. A case with a time limit of its own (a URL deadline)
# waits, it does not compute, so its wall time is what the limit bounds. A runaway child is
# still killed, at this many times its bound in wall time.
KILL_AFTER_BOUNDS = 4.0
CHILD_DATA_HEADROOM = 3 << 30  # a runaway child fails with MemoryError, not the machine

COUNTS: Counter[str] = Counter()
WORST: dict[str, tuple[float, str]] = {}


@dataclass
class Outcome:
    """What a child read: articles by source (text, notes, url), skipped by source."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    peak_mb: float = 0.0
    seconds: float = 0.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _vm_data() -> int:
    with open("/proc/self/status") as stream:
        for line in stream:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(inputs: list[str], options: Options, out: int) -> None:
    start_mb = _rss_mb()
    limit = _vm_data() + CHILD_DATA_HEADROOM
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    articles: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    for item in read_inputs(inputs, options):
        if isinstance(item, Article):
            clean_one(item, options)
            articles[item.source] = {
                "raw": item.raw[:20000],
                "text": item.text[:20000],
                "notes": item.notes,
                "url": item.url,
                "title": item.title,
            }
        else:
            skipped[item.source] = item.reason
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - start_mb
    payload = json.dumps({"articles": articles, "skipped": skipped, "peak_mb": peak_mb})
    with os.fdopen(out, "wb") as stream:
        stream.write(payload.encode("utf-8"))


def run_isolated(inputs: list[str], options: Options, time_limit: float, name: str) -> Outcome:
    """Read and clean ``inputs`` in a forked child, bounded by time_limit + GRACE: wall time
    when the case has a time limit of its own, else the child's CPU time."""
    read_end, write_end = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_end)
            _child(inputs, options, write_end)
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 1
        os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    bound = time_limit + GRACE_SECONDS
    deadline = start + bound * KILL_AFTER_BOUNDS
    killed = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read_end)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    seconds = wall if time_limit else usage.ru_utime + usage.ru_stime
    data = json.loads(b"".join(chunks) or b"{}")
    # The child's own measure (peak less its resident size after the fork); a killed child
    # sends none, and its peak counts whole.
    peak = float(data.get("peak_mb", usage.ru_maxrss / 1024))
    _record(name, peak, seconds)
    assert not killed, f"{name}: still running after {bound * KILL_AFTER_BOUNDS:g}s"
    assert seconds <= bound, f"{name}: took {seconds:.1f}s, more than {bound:g}s"
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"{name}: the child crashed"
    outcome = Outcome(data.get("articles", {}), data.get("skipped", {}), peak, seconds)
    assert peak < MEMORY_LIMIT_MB, f"{name}: peak memory {peak:.0f} MB"
    COUNTS["inputs tried"] += 1
    COUNTS["limits hit"] += sum("; raise " in reason for reason in outcome.skipped.values())
    return outcome


def _record(name: str, peak: float, seconds: float) -> None:
    if peak > WORST.get("memory", (0.0, ""))[0]:
        WORST["memory"] = (peak, name)
    if seconds > WORST.get("time", (0.0, ""))[0]:
        WORST["time"] = (seconds, name)
