"""The hand-labelled facts gold (eval/gold/facts/*.json) is well formed and points at real text.

A mention names a document of its event, the sentence number of the token XML and the number's
first token as written; the scorer finds the number by that token (evaluate/facts.py), so a
mention whose token is not in that sentence silently scores nothing. These checks catch such a
mention, a fact that fewer than two documents give (the gold's rule), a status the scorer does
not know, and an event or document in both the development and the held part.
"""

from __future__ import annotations

from collections import Counter

from offset_gold import STATUSES

from shared_data import shared_path
from storydesk.evaluate.ecbplus import read_document
from storydesk.evaluate.facts import GoldEvent, _token_start, created, load_gold


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
    """ "five#2" is the second "five" of its sentence: it must exist too."""
    data = shared_path("datasets")
    missing: list[str] = []
    for event in load_gold():
        documents = {}
        for path in event.documents:
            assert (data / path).is_file(), f"{event.name}: {path} not found"
            document = read_document(data / path)
            documents[document.name] = document
        for fact in event.facts:
            for mention in fact.mentions:
                if _token_start(documents[mention.doc], mention) < 0:
                    missing.append(f"{event.name}: {fact.label}: {mention}")
    assert missing == []


def test_no_token_is_named_by_two_facts() -> None:
    """The scorer maps a (document, sentence, token) to one gold fact, the last that names it,
    so a token named by two facts would score for one of them only. A second occurrence of
    a token in its sentence is named "four#2" (3_5ecb.xml sentence 1: four sentences of life
    without parole, then four people dead)."""
    for event in load_gold():
        seen = [(m.doc, m.sentence, m.number) for f in event.facts for m in f.mentions]
        assert [m for m, n in Counter(seen).items() if n > 1] == [], event.name


def test_meantime_creation_times_are_iso_dates() -> None:
    corpus = shared_path("datasets", "meantime", "intra_cross-doc_annotation", "corpus_gm")
    dates = {path.name.split("_")[0]: created(path) for path in corpus.glob("*.xml")}
    assert dates["120578"] == "2009-02-03"  # written day first in the file
    assert all(d and len(d) == 10 and d[4] == "-" for d in dates.values())
