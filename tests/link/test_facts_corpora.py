"""Fact slots on real articles from MEANTIME and ECB+ that once gave bogus conflicts.

Five MEANTIME GM articles each count dealers, dollars or years about a different company or
thing ("Chrysler … its 3,200 dealers", "GM has 6,246 dealers", "Saturn has 350 dealers", a
$25,000 voucher and $118.3 billion of costs): the brief once said "Reports differ on the
dealers". Two ECB+ articles on Bettie Page's death do disagree on how long she had been in
hospital (three weeks / four weeks): that real conflict must survive.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora_builders import paragraphs, read_ecbplus, read_meantime
from shared_data import shared_path
from storydesk.annotate import annotate
from storydesk.clean import clean
from storydesk.options import Options
from storydesk.pipeline import build_story, read
from storydesk.story import Story

GM_ARTICLES = (
    "120554_GM,_Chrysler_offer_buyouts_and_early_retirement_to_workers.xml",
    "126311_U.S._automaker_Chrysler_wants_to_eliminate_789_dealerships.xml",
    "126361_U.S._automaker_GM_plans_to_close_1,100_dealerships.xml",
    "127461_Penske_Auto_selected_to_buy_General_Motors.xml",
    "150433_Ford_Motors_posts_2.7_billion_annual_profit.xml",
)
PAGE_ARTICLES = ("4_10ecb.xml", "4_13ecb.xml")


def story_of(folder: Path) -> Story:
    """All the folder's articles as one story (``analyze`` would file different events apart;
    these tests are about slots across articles put together)."""
    options = Options()
    articles, _ = read([str(folder)], options)
    return build_story(annotate(clean(articles, options), options), options)


@pytest.fixture(scope="module")
def gm_story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    topic = shared_path("datasets", "meantime", "intra-doc_annotation", "corpus_gm")
    folder = tmp_path_factory.mktemp("gm")
    for name in GM_ARTICLES:
        document = read_meantime(topic / name)
        (folder / f"{document.name}.txt").write_text(document.as_text_file(), encoding="utf-8")
    return story_of(folder)


def test_figures_about_different_companies_never_conflict(gm_story: Story) -> None:
    conflicts = [f"{f.slot}: {[v.value for v in f.values]}" for f in gm_story.facts
                 if f.status == "conflict"]  # fmt: skip
    assert conflicts == []
    assert not [b.text for b in gm_story.brief if b.generated]


def test_each_company_keeps_its_dealer_count_as_a_single_fact(gm_story: Story) -> None:
    dealers = [f for f in gm_story.facts if {v.value for v in f.values} & {3200, 6246, 350}]
    assert len(dealers) == 3
    assert all(f.status == "single" for f in dealers)


def test_a_real_disagreement_in_shared_words_still_conflicts(
    tmp_path: Path,
) -> None:
    topic = shared_path("datasets", "ecbplus", "ECB+", "4")
    for name in PAGE_ARTICLES:
        document = read_ecbplus(topic / name)
        text = "\n".join(paragraphs(document.lines)) + "\n"
        (tmp_path / f"{document.name}.txt").write_text(text, encoding="utf-8")
    conflicts = [f for f in story_of(tmp_path).facts if f.status == "conflict"]
    assert [sorted(v.value for v in f.values) for f in conflicts] == [[3, 4]]
    assert conflicts[0].quantity == "duration"


def test_a_small_count_under_kindred_nouns_agrees(tmp_path: Path) -> None:
    """MEANTIME gm 121134 "GM … will close five factories" and 123881 "close five plants"
    (February and April 2009): "factory" is a kind of "plant" in WordNet, the verb is one,
    and five is one count of them, though five alone would recur for other things."""
    topic = shared_path("datasets", "meantime", "intra-doc_annotation", "corpus_gm")
    for name in (
        "121134_US_automakers_GM_and_Chrysler_seek_more_government_aid.xml",
        "123881_GM_and_Chrysler_receive_Canadian_loans_amid_US_restructuring_ultimata.xml",
    ):
        document = read_meantime(topic / name)
        (tmp_path / f"{document.name}.txt").write_text(document.as_text_file(), encoding="utf-8")
    story = story_of(tmp_path)
    [fact] = [f for f in story.facts if f.quantity in ("count:factory", "count:plant")
              and any(v.value == 5 for v in f.values)]  # fmt: skip
    assert fact.status == "agree" and len({v.article for v in fact.values}) == 2
