"""The same clean text from two outlets: one article, both outlets kept (never one dropped).

Real pairs from ECB+ whose pages clean to the very same text: 24_3 (worldnews.nbcnews.com)
and 24_9 (ahametals.com), a Paris jewellery heist; 21_1 (ny1.com) and 21_9 (a newslookup.com
cache of it), a Queens accident. Each file keeps its first line, the page's address, so each
has its outlet. Articles are keyed by their clean text (the store's contract: the same files
again add nothing), so the second outlet is kept beside the article as a place it was
published, one independent source with it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpora_builders import paragraphs, read_ecbplus
from shared_data import shared_path
from storydesk import cli
from storydesk.clean import clean_one
from storydesk.desk import Desk
from storydesk.ingest.text import from_text
from storydesk.options import Options
from storydesk.pipeline import analyze
from storydesk.reconcile.sources import Sources


def _write(tmp_path: Path, name: str, drop_address: bool = False) -> Path:
    topic = name.split("_")[0]
    document = read_ecbplus(shared_path("datasets", "ecbplus", "ECB+", topic, f"{name}.xml"))
    lines = paragraphs(document.lines)
    path = tmp_path / (f"{name}-no-address.txt" if drop_address else f"{name}.txt")
    path.write_text("\n".join(lines[1:] if drop_address else lines) + "\n", encoding="utf-8")
    return path


def test_a_second_outlet_of_a_stored_text_is_kept_and_adding_it_again_adds_nothing(
        tmp_path: Path) -> None:
    nbc, aha = _write(tmp_path, "24_3ecbplus"), _write(tmp_path, "24_9ecbplus")
    with Desk(str(tmp_path / "desk.db"), Options.load()) as desk:
        first = desk.add([str(nbc)])
        [story] = first.created
        second = desk.add([str(aha)])
        assert second.added == [] and second.already == []
        assert second.republished == [(str(aha), first.added[0])]
        assert second.changed == [story]  # the story gained an outlet: linked again
        [listed] = desk.stories()
        assert listed.outlets == ["NBC News", "ahametals.com"] and listed.sources == 1
        [article] = desk.story(story).articles
        assert [(p.outlet, p.source) for p in article.republished] == [
            ("ahametals.com", str(aha))]
        versions = len(desk.store.versions(story))
        # The store's contract: the same file again adds nothing and changes nothing.
        again = desk.add([str(aha)])
        assert again.already == [(str(aha), first.added[0])]
        assert again.republished == [] and again.changed == []
        # The text without its address: no outlet to tell, so no new place of publication.
        bare = desk.add([str(_write(tmp_path, "24_9ecbplus", drop_address=True))])
        assert len(bare.already) == 1 and bare.republished == [] and bare.changed == []
        assert len(desk.store.versions(story)) == versions
        assert desk.store.check() == []


def test_two_outlets_of_one_text_in_one_run(tmp_path: Path) -> None:
    """In one run as in two: 21_1 and 21_9 are one article of two outlets, one source."""
    ny1, cache = _write(tmp_path, "21_1ecbplus"), _write(tmp_path, "21_9ecbplus")
    analysis = analyze([str(ny1), str(cache)], Options.load())
    assert analysis.skipped == []
    [story] = analysis.stories
    [article] = story.articles
    outlets = {article.outlet, *(p.outlet for p in article.republished)}
    assert outlets == {"ny1.com", "newslookup.com"}
    reach = Sources(story).of([article.id])
    assert (reach.outlets, reach.independent) == (2, 1)


def test_add_says_which_input_republished_a_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nbc, aha = _write(tmp_path, "24_3ecbplus"), _write(tmp_path, "24_9ecbplus")
    store = str(tmp_path / "d.db")
    assert cli.main(["add", str(nbc), "--store", store, "--quiet"]) == cli.EXIT_OK
    capsys.readouterr()
    assert cli.main(["add", str(aha), "--store", store, "--quiet"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "added 0, already there 0, skipped 0, republished 1; stories created 0, changed 1" \
        in out
    assert (f"  republished  {aha}  (ahametals.com published the same text as {nbc}: one "
            "source with it)") in out
    assert cli.main(["add", str(aha), "--store", store, "--quiet", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["republished"] == [] and len(data["already"]) == 1
    assert data["stories_changed"] == []


def _record(name: str, outlet: str) -> str:
    """An ECB+ document as a crawler's JSONL record: its page address and outlet as fields,
    and the article's text as a crawler extracts it (its clean text)."""
    topic = name.split("_")[0]
    document = read_ecbplus(shared_path("datasets", "ecbplus", "ECB+", topic, f"{name}.xml"))
    lines = paragraphs(document.lines)
    page = from_text("\n".join(lines) + "\n", f"{name}.txt")
    clean_one(page, Options.load())
    return json.dumps({"url": lines[0], "site": outlet, "title": page.title,
                       "text": page.text})


def test_records_of_one_text_from_two_sites_are_both_kept(tmp_path: Path) -> None:
    """A crawler's JSONL gives the metadata apart from the text: AP's page and
    vancouverdesi.com's (ECB+ 7_9, 7_10) are the very same text with their own url and
    outlet. They were one input ('the same text … read once'): the second site was lost."""
    assert json.loads(_record("7_9ecbplus", "AP"))["text"] == json.loads(
        _record("7_10ecbplus", "AP"))["text"]  # the very same text
    feed = tmp_path / "crawl.jsonl"
    feed.write_text(_record("7_9ecbplus", "AP") + "\n" + _record("7_10ecbplus", "Vancouver Desi")
                    + "\n" + _record("7_10ecbplus", "Vancouver Desi") + "\n", encoding="utf-8")
    with Desk(str(tmp_path / "desk.db"), Options.load()) as desk:
        result = desk.add([str(feed)])
        # The third record repeats the second, metadata and all: read once, as before.
        assert [s.reason for s in result.skipped] == [f"the same text as {feed}:2: read once"]
        assert len(result.added) == 1 and result.republished == [(f"{feed}:2", result.added[0])]
        [story] = desk.stories()
        assert story.outlets == ["AP", "Vancouver Desi"] and story.sources == 1
        [article] = desk.story(story.id).articles
        [elsewhere] = article.republished
        assert elsewhere.outlet == "Vancouver Desi"
        assert elsewhere.url and elsewhere.url.startswith("http://www.vancouverdesi.com/sports/")
        again = desk.add([str(feed)])  # the same file again adds nothing
        assert again.added == [] and again.republished == [] and len(again.already) == 2


def test_the_outlets_of_a_stored_text_come_from_its_inputs_or_from_the_article(
        tmp_path: Path) -> None:
    """The outlets known for a stored text are read from its inputs (the first gave the
    article its own); an input recorded with no outlet (stored before the store kept them)
    sends the reader to the article for its own outlet."""
    from storydesk.desk.adding import _outlets

    nbc, aha = _write(tmp_path, "24_3ecbplus"), _write(tmp_path, "24_9ecbplus")
    with Desk(str(tmp_path / "desk.db"), Options.load()) as desk:
        [article] = desk.add([str(nbc)]).added
        desk.add([str(aha)])
        assert _outlets(desk.store, {article}) == {article: {"nbc news", "ahametals.com"}}
        with desk.store.write():
            desk.store.backend.execute("UPDATE sources SET outlet = NULL WHERE source = ?",
                                       (str(nbc),))
        assert _outlets(desk.store, {article}) == {article: {"nbc news", "ahametals.com"}}
        with desk.store.write():
            desk.store.backend.execute("UPDATE sources SET outlet = NULL")
        assert _outlets(desk.store, {article}) == {article: {"nbc news"}}
