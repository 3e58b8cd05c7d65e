"""The hand-labelled facts gold (eval/gold/facts) is well formed: a typo in a mention would
silently drop it from the scores, so every mention must name a token of its sentence."""

from __future__ import annotations

from tests.evaluate.conftest import shared_folder

from storydesk.evaluate.ecbplus import read_document
from storydesk.evaluate.facts import _token_start, created, load_gold

STATUSES = {"agree", "approximate", "conflict", "update", "changed"}


def test_every_gold_mention_names_a_token_of_its_sentence() -> None:
    data = shared_folder("datasets")
    events = load_gold()
    assert {e.split for e in events} == {"dev", "held"}
    for event in events:
        docs = {d.name: d for d in (read_document(data / p) for p in event.documents)}
        assert len(docs) == len(event.documents), event.name
        for fact in event.facts:
            assert fact.status in STATUSES, (event.name, fact.label)
            assert len({m.doc for m in fact.mentions}) >= 2, (event.name, fact.label)
            for mention in fact.mentions:
                assert mention.doc in docs, (event.name, mention.doc)
                start = _token_start(docs[mention.doc], mention)
                assert start >= 0, (event.name, fact.label, mention)


def test_a_mention_is_in_one_fact_only() -> None:
    for event in load_gold():
        seen = [(m.doc, m.sentence, m.number) for f in event.facts for m in f.mentions]
        assert len(seen) == len(set(seen)), event.name


def test_meantime_creation_times_are_iso_dates() -> None:
    corpus = shared_folder("datasets", "meantime", "intra_cross-doc_annotation", "corpus_gm")
    dates = {path.name.split("_")[0]: created(path) for path in corpus.glob("*.xml")}
    assert dates["120578"] == "2009-02-03"  # written day first in the file
    assert all(d and len(d) == 10 and d[4] == "-" for d in dates.values())
