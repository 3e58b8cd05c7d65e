"""The hand-labelled facts gold (eval/gold/facts/*.json) is well formed and points at real text.

A mention names a document of its event, the sentence number of the token XML and the number's
first token as written; the scorer finds the number by that token (evaluate/facts.py), so a
mention whose token is not in that sentence silently scores nothing. These checks catch such a
mention, a fact that fewer than two documents give (the gold's rule), a status the scorer does
not know, and an event or document in both the development and the held part.
"""

from __future__ import annotations

from collections import Counter

from shared_data import shared_path
from storydesk.evaluate.ecbplus import read_document
from storydesk.evaluate.facts import GoldEvent, load_gold

STATUSES = {"agree", "approximate", "conflict", "update", "changed"}


def test_gold_is_well_formed() -> None:
    events = load_gold()
    counted = Counter(event.name for event in events)
    assert [name for name, count in counted.items() if count > 1] == []
    assert {event.split for event in events} == {"dev", "held"}
    for event in events:
        names = {path.rsplit("/", 1)[-1].removesuffix(".xml") for path in event.documents}
        for fact in event.facts:
            assert fact.status in STATUSES, (event.name, fact.label)
            assert fact.label.strip(), event.name
            documents = {mention.doc for mention in fact.mentions}
            assert len(documents) >= 2, (event.name, fact.label)
            for mention in fact.mentions:
                assert mention.doc.removesuffix(".xml") in names, (event.name, mention)


def test_development_and_held_parts_share_nothing() -> None:
    events = load_gold()
    dev = [e for e in events if e.split == "dev"]
    held = [e for e in events if e.split == "held"]
    assert not {e.name for e in dev} & {e.name for e in held}
    assert not _documents(dev) & _documents(held)


def _documents(events: list[GoldEvent]) -> set[str]:
    return {path for event in events for path in event.documents}


def test_every_mention_is_its_number_token_in_that_sentence() -> None:
    data = shared_path("datasets")
    missing: list[str] = []
    for event in load_gold():
        tokens: dict[str, set[tuple[int, str]]] = {}
        for path in event.documents:
            assert (data / path).is_file(), f"{event.name}: {path} not found"
            document = read_document(data / path)
            tokens[document.name] = set(document.tokens.values())
        for fact in event.facts:
            for mention in fact.mentions:
                if (mention.sentence, mention.number) not in tokens[mention.doc]:
                    missing.append(f"{event.name}: {fact.label}: {mention}")
    assert missing == []


def test_no_token_of_the_held_part_is_named_by_two_facts() -> None:
    """The scorer maps a (document, sentence, token) to one gold fact, the last that names it,
    so a token named by two facts scores for one of them only. (The development part has one
    such token, 3_5ecb.xml sentence 1 "four": there the second "four" cannot be named.)"""
    for event in load_gold():
        if event.split != "held":
            continue
        named: dict[tuple[str, int, str], str] = {}
        for fact in event.facts:
            for mention in fact.mentions:
                key = (mention.doc, mention.sentence, mention.number)
                assert named.setdefault(key, fact.label) == fact.label, (event.name, key)
