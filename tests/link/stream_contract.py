"""The contract of a ``CandidateIndex``: every implementation (``MemoryIndex``, the store's
``StoreIndex``) must pass these. Each check takes a factory returning a fresh, empty index.

Use from another test module::

    from stream_contract import CONTRACT
    @pytest.mark.parametrize("check", CONTRACT, ids=lambda c: c.__name__)
    def test_my_index(check): check(lambda: MyIndex(...))
"""

from __future__ import annotations

from collections.abc import Callable

from storydesk.article import Article
from storydesk.link.filing import carry_out
from storydesk.link.stream import (
    POSTINGS,
    ArticleSignature,
    CandidateIndex,
    Filing,
    band_keys,
    file,
    posting_keys,
    sign,
)
from storydesk.options import Options

Factory = Callable[[], CandidateIndex]

QUAKE = (
    "A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Sunday, killing {n} "
    "people and injuring hundreds, the Red Crescent said. Rescuers searched collapsed homes "
    "in villages around Tabriz and Ahar as aftershocks shook the region."
)
FIRE = (
    "Firefighters battled a wildfire in the hills above Santa Barbara, California, as strong "
    "winds pushed flames toward homes and forced {n} evacuations, officials said."
)


def signature(article_id: str, text: str, published: str | None = None) -> ArticleSignature:
    return sign(Article(article_id, article_id, text=text, published=published))


def put(index: CandidateIndex, sig: ArticleSignature, story: str) -> None:
    index.add(sig, band_keys(sig), story)


def check_candidates_share_a_band(index_factory: Factory) -> None:
    index = index_factory()
    put(index, signature("q1", QUAKE.format(n=1)), "sq")
    put(index, signature("f1", FIRE.format(n=1)), "sf")
    found = index.candidates(band_keys(signature("q2", QUAKE.format(n=2))))
    assert [(c.signature.article, c.story) for c in found] == [("q1", "sq")]
    assert index.candidates(band_keys(signature("x", "Gardening tips for shady borders."))) == []


def check_signatures_come_back_whole(index_factory: Factory) -> None:
    index = index_factory()
    sig = signature("q1", QUAKE.format(n=1), "2024-05-05")
    put(index, sig, "sq")
    (found,) = index.candidates(band_keys(sig))
    assert found.signature == sig


def check_adding_twice_changes_nothing(index_factory: Factory) -> None:
    index = index_factory()
    sig = signature("q1", QUAKE.format(n=1))
    put(index, sig, "sq")
    put(index, sig, "sq")
    assert index.story_sizes(["sq"]) == {"sq": 1}
    assert len(index.candidates(band_keys(sig))) == 1


def check_merge_moves_members(index_factory: Factory) -> None:
    index = index_factory()
    put(index, signature("q1", QUAKE.format(n=1)), "sa")
    put(index, signature("q2", QUAKE.format(n=2)), "sb")
    index.merge("sb", "sa")
    assert index.story_sizes(["sa"]) == {"sa": 2}
    found = index.candidates(band_keys(signature("q3", QUAKE.format(n=3))))
    assert {c.story for c in found} == {"sa"}


def check_topics(index_factory: Factory) -> None:
    index = index_factory()
    for n, story in enumerate(["sa", "sb", "sc"]):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), story)
    assert index.topics(["sa", "sb", "sc"]) == {"sa": "sa", "sb": "sb", "sc": "sc"}
    index.merge_topics("sb", "sa")
    index.merge_topics("sc", "sa")
    assert index.topics(["sa", "sb", "sc"]) == {"sa": "sa", "sb": "sa", "sc": "sa"}
    # A story merged away leaves its topic's other stories in their topic, under its id:
    # topics merge only when filing says so (``Filing.topics_merged``).
    put(index, signature("q9", QUAKE.format(n=9)), "sd")
    index.merge("sa", "sd")
    assert index.topics(["sb", "sc", "sd"]) == {"sb": "sa", "sc": "sa", "sd": "sd"}
    assert index.topic_stories(["sa"], 4) == {"sa": ["sb", "sc"]}
    index.merge_topics("sa", "sd")
    assert set(index.topics(["sb", "sc", "sd"]).values()) == {"sd"}


def check_postings_are_bounded(index_factory: Factory) -> None:
    index = index_factory()
    sig = signature("q", QUAKE.format(n=0))
    for n in range(POSTINGS + 5):
        put(index, ArticleSignature(f"copy{n:04d}", sig.words, sig.names, None, sig.minhash), "s")
    found = {c.signature.article for c in index.candidates(band_keys(sig))}
    assert len(found) == POSTINGS and "copy0000" not in found  # the latest are kept


def check_filing_joins_and_starts(index_factory: Factory) -> None:
    index = index_factory()
    first = signature("q1", QUAKE.format(n=250))
    assert file(first, index, Options()) == Filing("q1", None, 0.0)
    put(index, first, "sq")
    fire = signature("f1", FIRE.format(n=3000))
    assert file(fire, index, Options()).story is None
    put(index, fire, "sf")
    again = file(signature("q2", QUAKE.format(n=227)), index, Options())
    assert again.story == "sq" and again.merged == []


def check_members_are_the_latest_in_filing_order(index_factory: Factory) -> None:
    index = index_factory()
    for n in range(5):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), "sa" if n % 2 else "sb")
    assert {
        s: [m.article for m in found] for s, found in index.members(["sa", "sb"], 2).items()
    } == {"sa": ["q1", "q3"], "sb": ["q2", "q4"]}
    index.merge("sa", "sb")  # merged members keep the order they were filed in
    assert [m.article for m in index.members(["sb"], 4)["sb"]] == ["q1", "q2", "q3", "q4"]
    assert index.members(["nothing"], 3) == {}


def check_topic_stories_largest_first(index_factory: Factory) -> None:
    index = index_factory()
    for n, story in enumerate(["sa", "sb", "sb", "sc", "sc", "sc", "sd"]):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), story)
    index.merge_topics("sb", "sa")
    index.merge_topics("sc", "sa")
    assert index.topic_stories(["sa", "sd"], 2) == {"sa": ["sc", "sb"], "sd": ["sd"]}
    assert index.topic_stories(["sb"], 2) == {}  # sb is no topic any more


def check_split_and_move(index_factory: Factory) -> None:
    index = index_factory()
    for n in range(4):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), "sa")
    put(index, signature("f1", FIRE.format(n=1)), "sf")
    put(index, signature("f2", FIRE.format(n=2)), "sf")
    index.merge_topics("sf", "sa")
    index.split(["q2", "q3"], "sn")  # a new story, in the topic of the story it left
    assert index.story_sizes(["sa", "sn"]) == {"sa": 2, "sn": 2}
    assert index.topics(["sn"]) == {"sn": "sa"}
    index.move(["f1"], "sn")
    assert index.story_sizes(["sa", "sn", "sf"]) == {"sa": 2, "sn": 3, "sf": 1}
    assert [m.article for m in index.members(["sn"], 5)["sn"]] == ["q2", "q3", "f1"]
    found = index.candidates(band_keys(signature("f3", FIRE.format(n=3))))
    assert {(c.signature.article, c.story) for c in found} == {("f1", "sn"), ("f2", "sf")}
    index.split(["q0"], "so", False)  # another event (not the same topic): a topic of its own
    assert index.topics(["so", "sa", "sn"]) == {"so": "so", "sa": "sa", "sn": "sa"}
    assert sorted(index.topic_stories(["sa"], 5)["sa"]) == ["sa", "sf", "sn"]
    index.leave_topic("sn")  # its own topic again; the others stay
    assert index.topics(["sn", "sf", "sa"]) == {"sn": "sn", "sf": "sa", "sa": "sa"}
    assert sorted(index.topic_stories(["sa"], 5)["sa"]) == ["sa", "sf"]


def check_topic_memo_forgets_a_changed_topic(index_factory: Factory) -> None:
    """What relating remembers of a topic (its lead centroid) must not outlive a change to
    its stories: a stale centroid would relate arrivals to a topic as it was."""
    index = index_factory()
    for n, story in enumerate(["sa", "sa", "sa", "sb", "sc"]):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), story)
    index.merge_topics("sb", "sa")
    changes = [
        ("sa", lambda: put(index, signature("q9", QUAKE.format(n=9)), "sb")),  # a member
        ("sa", lambda: index.move(["q0"], "sb")),
        ("sa", lambda: index.split(["q1"], "sn")),
        ("sc", lambda: index.merge_topics("sc", "sa")),
        ("sa", lambda: index.merge("sn", "sb")),
    ]
    for topic, change in changes:
        index.topic_memo()[topic] = "remembered"
        index.topic_memo()["elsewhere"] = "remembered"
        change()
        assert topic not in index.topic_memo()
    put(index, signature("f1", FIRE.format(n=1)), "sf")  # another topic's change
    index.topic_memo()["sa"] = "kept"
    put(index, signature("f2", FIRE.format(n=2)), "sf")
    assert index.topic_memo().get("sa") in ("kept", None)  # a store may remember nothing


def check_lead_keys_are_posted_apart_from_bands(index_factory: Factory) -> None:
    """An article added under ``posting_keys`` is found by its lead's rare terms
    (``posted``), and no band lookup returns it through them."""
    index = index_factory()
    quake = signature("q1", QUAKE.format(n=1))
    index.add(quake, posting_keys(quake), "sq")
    keys = posting_keys(quake)[len(band_keys(quake)):]
    assert keys  # "Tabriz", "Ahar": rare enough to be keys
    assert [(c.signature.article, c.story) for c in index.posted(keys)] == [("q1", "sq")]
    fire = signature("f1", FIRE.format(n=1))
    assert index.candidates(band_keys(fire)) == [] and index.posted(band_keys(fire)) == []


def check_a_story_leaving_its_topic_takes_the_topics_it_moves_to(
    index_factory: Factory,
) -> None:
    """A fire story labelled in a quake story's topic leaves it and, in the same filing,
    moves to another fire story's topic (``Filing.leaves_topic``, ``topics_merged``): the
    story alone moves, and the topic it joins keeps its id (review, session 13: the move
    relabelled the destination's stories with the moving story's id)."""
    index = index_factory()
    for n in range(2):
        put(index, signature(f"q{n}", QUAKE.format(n=n)), "sh")
    put(index, signature("f2", FIRE.format(n=2)), "sn")
    put(index, signature("f3", FIRE.format(n=3)), "sx")
    index.merge_topics("sn", "sh")
    arrival = signature("f4", FIRE.format(n=4))
    filing = Filing("f4", "sn", 0.5, topics_merged=["sx"], leaves_topic=True)
    assert carry_out(index, arrival, filing, "unused") == "sn"
    assert index.topics(["sh", "sn", "sx"]) == {"sh": "sh", "sn": "sx", "sx": "sx"}
    assert index.story_sizes(["sh", "sn"]) == {"sh": 2, "sn": 2}


CONTRACT = [
    check_candidates_share_a_band,
    check_signatures_come_back_whole,
    check_adding_twice_changes_nothing,
    check_merge_moves_members,
    check_topics,
    check_postings_are_bounded,
    check_filing_joins_and_starts,
    check_members_are_the_latest_in_filing_order,
    check_topic_stories_largest_first,
    check_split_and_move,
    check_topic_memo_forgets_a_changed_topic,
    check_lead_keys_are_posted_apart_from_bands,
    check_a_story_leaving_its_topic_takes_the_topics_it_moves_to,
]
