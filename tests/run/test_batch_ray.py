"""``batch`` on Ray (2 workers) gives the stories, facts and quotes ``analyze`` gives, on the
example and on ECB+ topics 1-35 (issue 13's acceptance). Ray is installed by ``make test``
(the ``ray`` extra); these tests fail, never skip, when it is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_batch import analysed, reports, table

from corpora_builders import write_ecbplus_topic
from shared_data import EXAMPLE, shared_path
from storydesk import cli
from storydesk.evaluate.ecbplus import topic_folders
from storydesk.options import Options
from storydesk.pipeline import Analysis, analyze
from storydesk.run import batch
from storydesk.run.executor import OnRay

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def on_ray() -> Iterator[OnRay]:
    executor = OnRay(workers=2)
    yield executor
    executor.close()


def test_cli_batch_on_ray_gives_the_example_analysis(
    tmp_path: Path, on_ray: OnRay, example_analysis: Analysis
) -> None:
    out = tmp_path / "out"
    code = cli.main(["batch", str(EXAMPLE), "--out", str(out), "--workers", "2", "--quiet"])
    assert code == cli.EXIT_OK
    assert reports(out) == analysed(example_analysis)


def test_ecbplus_topics_1_to_35_on_two_workers_give_the_analyze_stories(
    tmp_path: Path, on_ray: OnRay
) -> None:
    data = shared_path("datasets", "ecbplus")
    folder = tmp_path / "ecb"
    for topic in topic_folders(data)[:35]:
        write_ecbplus_topic(topic, folder / topic.name)
    options = Options.load()
    out = tmp_path / "out"
    summary = batch.run([str(folder)], out, options, on_ray)
    assert summary.workers == 2 and summary.shards["story"] > 2  # the work was spread
    want = analysed(analyze([str(folder)], options))
    got = reports(out)
    assert list(got) and got.keys() == want.keys()
    for story, expected in want.items():
        assert got[story]["articles"] == expected["articles"], story
        assert got[story]["facts"] == expected["facts"], story
        assert got[story]["quote_groups"] == expected["quote_groups"], story
        assert got[story] == expected, story
    facts = {(r["story"], r["id"]) for r in table(out, "facts")}
    assert facts == {(s, f["id"]) for s, story in want.items() for f in story["facts"]}
    quotes = {(r["story"], r["id"]) for r in table(out, "quotes")}
    assert quotes == {
        (s, q["id"]) for s, story in want.items() for a in story["articles"] for q in a["quotes"]
    }
