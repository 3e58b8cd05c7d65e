"""A story's topic asked again at its check sizes (``topic_exits.moves_to``): taken when the
story held one report, it moves to a topic its grown leads relate to when they no longer
relate to the rest of its own (eval/README.md, stories-stream, session 13)."""

from __future__ import annotations

from shared_data import shared_path
from storydesk.evaluate.ecbplus import EcbDocument, read_topic, topic_folders
from storydesk.link.stream import MemoryIndex, stream
from storydesk.options import Options


def _documents(*topics: str) -> dict[str, EcbDocument]:
    folders = [f for f in topic_folders(shared_path("datasets", "ecbplus")) if f.name in topics]
    return {d.name: d for folder in folders for d in read_topic(folder)}


def test_a_story_whose_first_report_took_a_topic_by_one_word_moves_when_it_grows() -> None:
    """ECB+ (tuned) 1 and 4: a first report of Esther Williams's death ("Esther Williams,
    actress, dies", 4_5ecbplus) takes a Tara Reid rehab story's topic by "actress"; Bettie
    Page's death (4/ecb) then makes a story of its own topic; as Williams's story grows, its
    leads ("pinup", "swimmer") relate to Page's and no longer to the rehab story's, and it
    moves: Williams's and Page's stories end in one topic, the rehab story in its own."""
    documents = _documents("1", "4")
    rehab = ["1_4ecb.xml", "1_5ecb.xml", "1_7ecb.xml", "1_8ecb.xml", "1_19ecb.xml"]
    page = sorted(n for n in documents if n.startswith("4_") and n.endswith("ecb.xml"))
    williams = sorted(n for n in documents if n.startswith("4_") and n.endswith("ecbplus.xml")
                      and n != "4_5ecbplus.xml")
    order = [*rehab, "4_5ecbplus.xml", *page, *williams]
    index = MemoryIndex()
    filings = stream([documents[n].article() for n in order], Options(), index)
    first = next(f for f in filings if f.article == "4_5ecbplus.xml")
    assert first.story is None and first.topic == index.story_of("1_4ecb.xml")
    topic = {n: index.topics([index.story_of(n)])[index.story_of(n)] for n in order}
    assert topic["4_5ecbplus.xml"] == topic[williams[-1]] == topic[page[0]]
    assert topic[page[0]] == index.story_of(page[0])  # Page's story still names its topic
    assert topic["1_4ecb.xml"] != topic["4_5ecbplus.xml"]
    assert [f.leaves_topic for f in filings].count(True) == 1
