"""Independent sources: syndicated and near-verbatim copies grouped under their original, on
real wire copies in ECB+ and on hand-made ones; reports count them once and say so."""

from __future__ import annotations

from pathlib import Path

from shared_data import shared_path
from storydesk.article import Article
from storydesk.evaluate.ecbplus import read_document, topic_folders
from storydesk.link import syndication
from storydesk.report import view
from storydesk.story import Fact, FactValue, Story

WIRE = (
    "A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Sunday, killing 250 "
    "people and injuring hundreds, the Red Crescent said on Monday.\n"
    "Rescuers searched collapsed homes in villages around Tabriz and Ahar as aftershocks "
    "shook the region, and the government sent tents and blankets to the worst-hit areas.\n"
    "The quake was felt as far away as the capital, Tehran, where residents ran into the "
    "streets, state television reported."
)
LOCAL_TOP = "Our correspondent adds: families from the region living here are waiting for news.\n"
OTHER = (
    "Iran's president flew to Tabriz on Tuesday to visit the injured, as the toll from the "
    "weekend's earthquake rose and officials promised to rebuild the villages within a year."
)


def _article(article_id: str, text: str, published: str, outlet: str) -> Article:
    return Article(article_id, article_id, text=text, published=published, outlet=outlet)


def _story() -> Story:
    return Story(
        "s1",
        "Quake",
        [
            _article("afp", WIRE, "2024-05-05", "AFP"),
            _article("paper", LOCAL_TOP + WIRE, "2024-05-06", "Daily Paper"),
            _article("site", WIRE.rsplit("\n", 1)[0], "2024-05-05", "News Site"),
            _article("own", OTHER, "2024-05-06", "Own Reporting"),
        ],
    )


def test_copies_are_grouped_under_the_earliest_original() -> None:
    story = _story()
    (group,) = syndication.group(story)
    assert group.original == "afp"  # earliest, then longest
    assert group.copies == ["paper", "site"]
    assert all(share >= syndication.COPY for share in group.containment)
    assert syndication.independent(story, ["afp", "paper", "site", "own"]) == 2
    assert syndication.sources_label(4, 2) == "4 outlets, 2 independent"
    assert syndication.sources_label(3, 3) == "3 outlets"
    assert Story.from_dict(story.as_dict()).copies == story.copies


def test_a_fact_agreed_by_copies_counts_one_source() -> None:
    story = _story()
    syndication.group(story)
    story.facts = [
        Fact("f1", "people killed", "agree", 250, (250, 250),
             [FactValue(250, None, a, 0, "250") for a in ("afp", "paper", "site")])
    ]  # fmt: skip
    (fact,) = view.build(story).facts
    (values,) = fact.by_value
    assert values.count == "3 outlets, 1 independent" and values.copied == values.count


def test_real_wire_copies_in_ecbplus() -> None:
    """Read by hand: a Vancouver office-party shooting in two papers, the AP report of a
    Klitschko fight on CBC and the Daily Mail, an RT report republished by a blog."""
    root = shared_path("datasets", "ecbplus", "ECB+")
    pairs = [("18", "18_9ecb", "18_15ecb"), ("7", "7_3ecbplus", "7_2ecbplus"),
             ("19", "19_6ecbplus", "19_11ecbplus")]  # fmt: skip
    for topic, left, right in pairs:
        documents = [read_document(p) for p in sorted((root / topic).glob("*.xml"))]
        groups = syndication.copy_groups([d.article() for d in documents])
        assert any({f"{left}.xml", f"{right}.xml"} <= {g.original, *g.copies} for g in groups)


def test_no_copy_group_spans_two_ecbplus_topics() -> None:
    data = shared_path("datasets", "ecbplus")
    documents = [
        read_document(p) for folder in topic_folders(Path(data)) for p in folder.glob("*.xml")
    ]
    groups = syndication.copy_groups([d.article() for d in documents])
    assert len(groups) >= 20
    for group in groups:
        assert len({name.split("_")[0] for name in (group.original, *group.copies)}) == 1
