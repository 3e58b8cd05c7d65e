"""``storydesk add`` in forked children, killed or left to finish, and what a sound store holds.

The children are forked after the imports and the spaCy model are loaded, so a run costs its
own work and not the start-up, and twenty kills fit in seconds; each child runs the command
line itself (``cli.main(["add", ...])``), so what is killed is the command as a user runs it.
The parent holds no store connection across a fork.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from storydesk import cli
from storydesk.desk import Desk
from storydesk.desk import state as states
from storydesk.store import sqlite
from storydesk.store.records import unpack

Hook = Callable[[], None]


def add_args(inputs: list[str], store: Path, config: Path | None) -> list[str]:
    """The command line of ``storydesk [--config CONFIG] add INPUTS --store STORE --quiet``."""
    first = ["--config", str(config)] if config else []
    return [*first, "add", *inputs, "--store", str(store), "--quiet"]


def start_add(store: Path, inputs: list[str], hook: Hook | None = None,
              config: Path | None = None) -> int:
    """Fork a child that runs ``storydesk add`` (``add_args``); its pid. The child's exit
    status is the command's (70 when it raised)."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        if hook is not None:
            hook()
        code = cli.main(add_args(inputs, store, config))
    except BaseException:  # the child never returns into pytest
        code = 70
    finally:
        os._exit(code)


def wait(pid: int, timeout: float) -> int | None:
    """The child's exit code once it ends, or None if it is still running after ``timeout``
    seconds."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.005)


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def kill_at_statement(number: int, before: bool) -> Hook:
    """A hook that makes the child SIGKILL itself at its ``number``-th SQL statement (before
    or after running it): a kill inside a write transaction, where time alone rarely lands."""

    def install() -> None:
        counted = [0]
        for name in ("execute", "executemany", "rowcount"):
            original = getattr(sqlite.SQLiteBackend, name)

            def counting(self: object, *args: object, _original: Callable = original) -> object:
                counted[0] += 1
                if before and counted[0] == number:
                    os.kill(os.getpid(), signal.SIGKILL)
                result = _original(self, *args)
                if not before and counted[0] == number:
                    os.kill(os.getpid(), signal.SIGKILL)
                return result

            setattr(sqlite.SQLiteBackend, name, counting)

    return install


@dataclass(frozen=True)
class Snapshot:
    """What a store holds, to compare two stores: articles with their dates, the inputs that
    gave them, and the stories as sets of articles."""

    articles: dict[str, tuple[str | None, str | None]]
    inputs: frozenset[str]
    stories: frozenset[frozenset[str]]


def problems(store: Path) -> list[str]:
    """Everything wrong with the store: its own check (SQLite's integrity and foreign-key
    checks, and the links every writer keeps), then what the desk keeps on top: every
    article came from an input, and every story's latest state names only articles the
    store holds and the story has."""
    with Desk(str(store), create=False) as desk:
        found = desk.store.check()
        if found:
            return found  # the file or its links are damaged: nothing more can be trusted
        backend = desk.store.backend
        inputless = backend.execute("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                                    "(SELECT 1 FROM sources r WHERE r.article = a.id)")[0][0]
        if inputless:
            found.append(f"{inputless} articles from no input")
        stored = {row[0] for row in backend.execute("SELECT id FROM articles")}
        for row in desk.store.stories():
            latest = desk.store.version(row.id)
            if latest is None:
                continue
            named = set(states.article_ids(latest.state))
            members = set(desk.store.members(row.id))
            if named - stored:
                found.append(f"story {row.id} names {len(named - stored)} missing articles")
            if named - members:
                found.append(f"story {row.id} names {len(named - members)} articles it lacks")
    return found


def snapshot(store: Path) -> Snapshot:
    """The store once a run has completed: fails if anything is left half-done."""
    with Desk(str(store), create=False) as desk:
        backend = desk.store.backend
        assert desk.store.unannotated() == [], "articles left unannotated"
        assert desk.store.stale_stories() == [], "stories left unbuilt"
        rows = backend.execute("SELECT id, published, published_from FROM articles")
        articles = {str(id_): (published, source) for id_, published, source in rows}
        inputs = frozenset(str(row[0]) for row in backend.execute("SELECT raw FROM sources"))
        stories = []
        for summary in desk.stories():
            members = desk.store.members(summary.id)
            story = desk.story(summary.id)
            assert sorted(a.id for a in story.articles) == sorted(members), summary.id
            assert summary.articles == len(members)
            stories.append(frozenset(members))
        filed = [a for members in stories for a in members]
        assert len(filed) == len(set(filed)) == len(articles), "an article filed twice or never"
    return Snapshot(articles, inputs, frozenset(stories))


def version_states(store: Path) -> dict[str, object]:
    """Each story's latest state, unpacked (for a close look when two stores differ)."""
    with Desk(str(store), create=False) as desk:
        rows = desk.store.backend.execute(
            "SELECT story, state FROM story_versions v WHERE version = "
            "(SELECT MAX(version) FROM story_versions w WHERE w.story = v.story)")
        return {str(story): unpack(state) for story, state in rows}


def stage(store: Path, articles: int) -> str:
    """Where a run was when it was killed, as the store shows it (``articles``: how many a
    completed run files)."""
    if not store.exists():
        return "before the store was made"
    with Desk(str(store), create=False) as desk:
        filed = desk.store.article_count()
        if filed == 0:
            return "before any article was filed"
        if filed < articles:
            return "while filing"
        if desk.store.unannotated():
            return "while annotating"
        if desk.store.stale_stories():
            return "while linking"
    return "after the last write"
