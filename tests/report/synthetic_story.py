"""A small hand-built story with every section filled, for renderer and web tests.

Its text carries markup (<script>, <b>) on purpose: every renderer must escape it.
"""

from __future__ import annotations

from storydesk.article import Article, Figure, Quote, Removed
from storydesk.ingest.base import Skipped
from storydesk.pipeline import Analysis
from storydesk.story import (
    BriefSentence,
    Citation,
    Coverage,
    Fact,
    FactValue,
    QuoteGroup,
    Story,
    StoryEntity,
    TimelineEntry,
    Variant,
)

HOSTILE = "<script>alert('x')</script>"


def _article(article_id: str, outlet: str, sentences: list[str], **extra: object) -> Article:
    text = "\n".join(sentences)
    spans, offset = [], 0
    for sentence in sentences:
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return Article(id=article_id, source=f"{article_id}.txt", outlet=outlet,
                   title=f"{outlet} on the flood", published="2024-05-02", text=text,
                   sentences=sentences,
                   sentence_spans=spans, **extra)  # type: ignore[arg-type]


def story() -> Story:
    north = _article("a1", "Northern Post", [
        "At least 12 people died when the river burst its banks on Tuesday.",
        "Mayor Ana Ruiz said: \"We will rebuild every bridge.\"",
        f"A reader wrote {HOSTILE} in the comments.",
    ], removed=[Removed("Subscribe to our newsletter <b>now</b>", "newsletter prompt"),
                Removed("Share on Facebook", "share buttons")],
       quotes=[Quote("a1q1", "We will rebuild every bridge.", "Ana Ruiz", "said", 1)],
       figures=[Figure(12, "at least", "people died", "At least 12 people died", 0)])
    south = _article("a2", "Southern Daily", [
        "Fifteen people were killed in the flood, officials said.",
        "Ruiz promised: \"We'll rebuild all the bridges.\"",
        "The army sent 300 soldiers on Wednesday.",
    ], quotes=[Quote("a2q1", "We'll rebuild all the bridges.", "Ruiz", "promised", 1)],
       figures=[Figure(15, None, "people killed", "Fifteen people were killed", 0),
                Figure(300, None, "soldiers", "300 soldiers", 2)])
    return Story(
        id="sflood", title=f"River flood {HOSTILE}", articles=[north, south],
        entities=[StoryEntity("e1", "Ana Ruiz", "PERSON", ["mayor"], [
            Variant("Ana Ruiz", ["a1"], 1), Variant("Ruiz", ["a2"], 1)])],
        quote_groups=[QuoteGroup("g1", "e1", ["a1q1", "a2q1"])],
        facts=[
            Fact("f2", "soldiers sent", "single", 300, (300, 300),
                 [FactValue(300, None, "a2", 2, "300 soldiers")]),
            Fact("f1", "people killed in the flood", "conflict", 12, (12, 15), [
                FactValue(12, "at least", "a1", 0, "At least 12 people died"),
                FactValue(15, None, "a2", 0, "Fifteen people were killed")]),
        ],
        timeline=[TimelineEntry("2024-05-01", "day", "The river bursts its banks.",
                                [Citation("a1", 0)])],
        brief=[
            BriefSentence("The river burst its banks on Tuesday.", False, [Citation("a1", 0)]),
            BriefSentence("Sources disagree on the toll: 12 or 15 dead.", True,
                          [Citation("a1", 0), Citation("a2", 0)]),
        ],
        coverage=[Coverage("a2", facts=["f2"])],
    )


def analysis() -> Analysis:
    return Analysis([story()], [Skipped("broken.bin", "not a text file")])
