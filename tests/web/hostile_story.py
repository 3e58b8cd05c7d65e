"""A story whose every field is a payload: script tags, event-handler attributes, attribute
break-outs and ``javascript:`` URLs, each tagged with the field it sits in.

A payload that ran would push its tag onto ``window.__pwned`` (or open a dialog); the browser
tests check that none did and that the payloads are on the page as text.
"""

from __future__ import annotations

from storydesk.article import Article, Figure, Quote, Removed
from storydesk.ingest.base import Skipped
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

STORY_ID = "shostile"


def payload(tag: str, kind: int = 0) -> str:
    """One of four payloads, each pushing ``tag`` when it runs."""
    run = f"window.__pwned.push('{tag}')"
    forms = [
        f"<script>{run}</script>",
        f'"><img src=x onerror="{run}">',
        f"'><svg onload=\"{run}\"></svg>",
        f"<a href=\"javascript:{run}\">{tag}</a><iframe src=\"javascript:{run}\"></iframe>",
    ]
    return f"[{tag}] " + forms[kind % len(forms)]


def javascript_url(tag: str) -> str:
    return f"javascript:window.__pwned.push('{tag}')"


def _article(article_id: str, number: int, sentences: list[str], **extra: object) -> Article:
    text = "\n".join(sentences)
    spans, offset = [], 0
    for sentence in sentences:
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return Article(id=article_id, source=f"/inbox/{payload(f'file-{number}', number)}.txt",
                   outlet=payload(f"outlet-{number}", number + 1),
                   title=payload(f"title-{number}", number + 2),
                   author=payload(f"author-{number}", number + 3),
                   url=javascript_url(f"url-{number}"), published="2024-05-02",
                   published_from="metadata", text=text, sentences=sentences,
                   sentence_spans=spans, notes=[payload(f"note-{number}")],
                   **extra)  # type: ignore[arg-type]


def story() -> Story:
    first = _article("a1", 1, [
        f"At least 12 people died, {payload('sentence-1a', 1)} officials said.",
        f"Mayor Ana Ruiz said: \"We will rebuild {payload('quote-1', 2)}.\"",
        f"A reader wrote {payload('sentence-1c', 3)} in the comments.",
    ], removed=[Removed(payload("removed-1", 0), payload("reason-1", 1))],
       quotes=[Quote("a1q1", f"We will rebuild {payload('quote-1', 2)}.",
                     payload("speaker-1", 3), payload("cue-1", 0), 1)],
       figures=[Figure(12, "at least", payload("unit-1", 1), "At least 12 people died", 0)])
    second = _article("a2", 2, [
        f"Fifteen people were killed, {payload('sentence-2a', 2)} officials said.",
        f"Ruiz promised: \"{payload('quote-2', 3)}\"",
    ], quotes=[Quote("a2q1", payload("quote-2", 3), payload("speaker-2", 0), "promised", 1)],
       figures=[Figure(15, None, "people killed", "Fifteen people were killed", 0)])
    return Story(
        id=STORY_ID, title=payload("story-title", 0), articles=[first, second],
        entities=[StoryEntity("e1", payload("entity", 1), "PERSON", [payload("role", 2)], [
            Variant(payload("variant", 3), ["a1"], 1), Variant("Ruiz", ["a2"], 1)])],
        quote_groups=[QuoteGroup("g1", "e1", ["a1q1", "a2q1"])],
        facts=[Fact("f1", payload("fact", 1), "conflict", 12, (12, 15), [
            FactValue(12, payload("qualifier", 2), "a1", 0, payload("value-1", 3)),
            FactValue(15, None, "a2", 0, payload("value-2", 0))])],
        timeline=[TimelineEntry("2024-05-01", "day", payload("timeline", 2),
                                [Citation("a1", 0)])],
        brief=[BriefSentence(payload("brief", 3), False, [Citation("a1", 0), Citation("a2", 0)])],
        coverage=[Coverage("a2", facts=["f1"])],
    )


def skipped() -> list[Skipped]:
    return [Skipped(f"/inbox/{payload('skipped-source', 1)}", payload("skipped-reason", 2))]


# The fields every page must show as text (the rest may not be shown at all, as authors and
# notes are not): the payload's tag is found in the page's text when the field is shown.
SHOWN = ["story-title", "title-1", "title-2", "outlet-1", "outlet-2", "sentence-1a",
         "sentence-1c", "sentence-2a", "quote-1", "quote-2", "removed-1", "reason-1", "entity",
         "fact", "timeline", "brief", "skipped-source", "skipped-reason"]
