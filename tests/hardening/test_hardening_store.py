"""The desk's store survives kills and two writers at once (issue 12, item 5).

``storydesk add`` over one folder of real articles (two of the example's, two ECB+ documents
of each of two topics) is killed with SIGKILL at random moments (a fixed seed). After every
kill the store passes its integrity check: SQLite's integrity and foreign-key checks, the
store's own invariants (each article filed in one story, with its input and signature, every
story's members present, no story state half-written), and every story's latest state names
only articles the story holds. Each chain of kills on one store ends in a run that completes,
and it must leave every article present exactly once, annotated, dated and filed into the
same stories as a run that was never killed. Time alone rarely lands inside a write
transaction (they are short), so ten more kills are made at a random SQL statement of a run.
Two ``add`` runs started together on a new SQLite file both finish and lose nothing.
"""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from desk_runs import (
    Hook,
    Snapshot,
    add_args,
    kill,
    kill_at_statement,
    problems,
    snapshot,
    stage,
    start_add,
    wait,
)
from isolation import COUNTS

from shared_data import EXAMPLE, shared_path
from storydesk import cli
from storydesk.annotate import nlp
from storydesk.options import Options
from storydesk.store import sqlite

SEED = 20261205
TIME_KILLS = 20  # issue 12: at least 20 kills at random moments
STATEMENT_KILLS = 10
RUN_TIMEOUT = 300.0  # a run that never ends fails the test instead of hanging the suite
KILLED = -9


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real articles, few and short so that a run is short: the example's first two (one
    undated, so it takes its story's date), two ECB+ documents of topics 1 and 3."""
    from corpora_builders import write_ecbplus_topic

    ecbplus = shared_path("datasets", "ecbplus", "ECB+")
    root = tmp_path_factory.mktemp("inbox")
    for path in sorted(EXAMPLE.glob("*.txt"))[:2]:
        shutil.copy(path, root / path.name)
    for topic in ("1", "3"):
        write_ecbplus_topic(ecbplus / topic, root / f"ecb{topic}", limit=2)
    nlp.load(Options.load())  # the children fork with the model loaded
    return root


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Annotation stored two articles at a time (the default is 16): more states for a kill
    to land between."""
    path = tmp_path_factory.mktemp("config") / "storydesk.toml"
    path.write_text("batch_size = 2\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Reference:
    """The folder added by a run never killed: what it stores, how long a forked run of it
    takes, and how many SQL statements a run makes."""

    snapshot: Snapshot
    seconds: float
    statements: int
    store: Path


@pytest.fixture(scope="module")
def reference(folder: Path, config: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> Reference:
    root = tmp_path_factory.mktemp("reference")
    counted = [0]

    def counter(original: Any) -> Any:
        def counting(self: object, *args: object) -> object:
            counted[0] += 1
            return original(self, *args)

        return counting

    with pytest.MonkeyPatch.context() as patch:
        for name in ("execute", "executemany", "rowcount"):
            patch.setattr(sqlite.SQLiteBackend, name, counter(getattr(sqlite.SQLiteBackend, name)))
        # In this process first: the caches it fills (model, word lists) are the children's.
        assert cli.main(add_args([str(folder)], root / "warm.db", config)) == 0
    started = time.monotonic()
    assert wait(start_add(root / "desk.db", [str(folder)], config=config), RUN_TIMEOUT) == 0
    seconds = time.monotonic() - started
    shot = snapshot(root / "desk.db")
    assert snapshot(root / "warm.db") == shot
    assert len(shot.articles) == 6 and len(shot.stories) >= 2
    return Reference(shot, seconds, counted[0], root / "desk.db")


def _compare(store: Path, expected: Snapshot) -> None:
    """A completed store holds what the run never killed stores."""
    assert problems(store) == []
    got = snapshot(store)
    assert got.articles.keys() == expected.articles.keys(), "articles lost or added"
    assert got.inputs == expected.inputs, "inputs not recorded"
    assert got.articles == expected.articles, "articles dated otherwise than in a clean run"
    assert got.stories == expected.stories, "articles filed otherwise than in a clean run"
    COUNTS["articles checked"] += len(got.articles)


Trigger = Callable[[random.Random], tuple[Hook | None, float]]


def _kill_chains(kills: int, trigger: Trigger, seed: int, folder: Path, config: Path,
                 expected: Snapshot, tmp_path: Path) -> tuple[int, Counter[str]]:
    """Run ``add`` again and again, each run killed as ``trigger`` says (a hook in the child,
    a moment for the parent), until ``kills`` runs were killed; a run that completes ends a
    chain and is compared with the clean run, and the next chain starts on a new store. The
    number of chains, and where the kills landed."""
    rng = random.Random(seed)
    store, killed, chains = tmp_path / "desk-0.db", 0, 0
    stages: Counter[str] = Counter()
    while killed < kills:
        hook, moment = trigger(rng)
        pid = start_add(store, [str(folder)], hook, config)
        code = wait(pid, moment)
        if code is None:
            kill(pid)
            code = KILLED
        if code == KILLED:
            killed += 1
            if store.exists():
                assert problems(store) == [], f"after kill {killed}"
            stages[stage(store, len(expected.articles))] += 1
            COUNTS["kills survived"] += 1
            continue
        assert code == 0, f"a run ended with {code}"
        _compare(store, expected)
        chains += 1
        store = tmp_path / f"desk-{chains}.db"
    code = wait(start_add(store, [str(folder)], config=config), RUN_TIMEOUT)
    assert code == 0, f"the last rerun ended with {code}"
    _compare(store, expected)
    return chains + 1, stages


def test_kills_at_random_moments(folder: Path, config: Path, reference: Reference,
                                 tmp_path: Path) -> None:
    def moment(rng: random.Random) -> tuple[Hook | None, float]:
        return None, rng.uniform(0.0, reference.seconds)

    chains, stages = _kill_chains(TIME_KILLS, moment, SEED, folder, config,
                                  reference.snapshot, tmp_path)
    print(f"\n{TIME_KILLS} kills at random moments (of {reference.seconds:.1f} s runs), "
          f"{chains} stores completed; killed {_stages(stages)}")


def test_kills_inside_write_transactions(folder: Path, config: Path, reference: Reference,
                                         tmp_path: Path) -> None:
    def statement(rng: random.Random) -> tuple[Hook | None, float]:
        number, before = rng.randint(1, reference.statements), rng.random() < 0.5
        return kill_at_statement(number, before), RUN_TIMEOUT

    chains, stages = _kill_chains(STATEMENT_KILLS, statement, SEED + 1, folder, config,
                                  reference.snapshot, tmp_path)
    print(f"\n{STATEMENT_KILLS} kills at random SQL statements (of {reference.statements}), "
          f"{chains} stores completed; killed {_stages(stages)}")


def _stages(stages: Counter[str]) -> str:
    return ", ".join(f"{count} {where}" for where, count in stages.most_common())


def test_two_writers_at_once_lose_nothing(folder: Path, reference: Reference,
                                          tmp_path: Path) -> None:
    """Two ``add`` runs start together on a store that does not exist yet: one the whole
    folder, one half of it (so they race on the same articles too); both finish."""
    store = tmp_path / "desk.db"
    half = sorted(str(p) for p in folder.rglob("*.txt"))[::2]
    pids = [start_add(store, [str(folder)]), start_add(store, half)]
    codes = [wait(pid, RUN_TIMEOUT) for pid in pids]
    for pid, code in zip(pids, codes, strict=True):
        if code is None:
            kill(pid)
    assert codes == [0, 0]
    assert problems(store) == []
    got = snapshot(store)
    expected = reference.snapshot
    assert got.articles.keys() == expected.articles.keys()
    assert got.inputs == expected.inputs
    COUNTS["articles checked"] += len(got.articles)


# Each damage a half-done write could leave, and what the store's check must say of it.
DAMAGE = {
    "article filed nowhere": ("DELETE FROM story_articles WHERE article = "
                              "(SELECT MIN(article) FROM story_articles)",
                              "articles filed in no story"),
    "input record lost": ("DELETE FROM sources", "articles from no input"),
    "story emptied": ("UPDATE story_articles SET story = (SELECT MIN(story) FROM story_articles)",
                      "stories with no articles"),
    "built ahead": ("UPDATE stories SET built = revision + 1", "built ahead of their articles"),
    "version lost": ("DELETE FROM story_versions", "built with no version"),
    "signature lost": ("DELETE FROM signatures", "band keys of no signature"),
    "member missing": ("INSERT INTO story_articles (article, story, added_at) SELECT 'gone', "
                       "MIN(story), '' FROM story_articles", "foreign key"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_the_check_finds_what_a_half_done_write_leaves(damage: str, reference: Reference,
                                                       tmp_path: Path) -> None:
    """The integrity check is worth trusting: each kind of damage is reported."""
    import sqlite3

    sql, said = DAMAGE[damage]
    store = tmp_path / "desk.db"
    shutil.copy(reference.store, store)
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute(sql)
    found = problems(store)
    assert any(said in problem for problem in found), found


def test_the_check_finds_a_damaged_file(reference: Reference, tmp_path: Path) -> None:
    """Bytes overwritten inside the file: SQLite's own check (or opening it) says so."""
    from storydesk.errors import StoreError

    store = tmp_path / "desk.db"
    shutil.copy(reference.store, store)
    size = store.stat().st_size
    with store.open("r+b") as file:
        for offset in range(4096 * 2, size, 4096 * 3):  # pages past the schema
            file.seek(offset + 100)
            file.write(b"\xff" * 200)
    try:
        found = problems(store)
    except StoreError:
        return
    assert found
