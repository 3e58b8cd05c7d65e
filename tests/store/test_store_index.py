"""The store's candidate index passes the stream filer's index contract, on both backends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "link"))
from stream_contract import CONTRACT, FIRE, QUAKE, signature

from storydesk.article import Article
from storydesk.desk import now
from storydesk.link import leads
from storydesk.link.stream import ArticleSignature, CandidateIndex, band_keys, posting_keys
from storydesk.store import Store, migrations, open_store
from storydesk.store.index import StoreIndex


@pytest.mark.parametrize("check", CONTRACT, ids=lambda c: c.__name__)
def test_store_index_keeps_the_contract(location: str,
                                        check: Callable[[Callable[[], CandidateIndex]], None]
                                        ) -> None:
    opened: list[Store] = []

    def fresh() -> CandidateIndex:
        store = open_store(location)
        opened.append(store)
        return _Writing(StoreIndex(store, now))

    try:
        check(fresh)
    finally:
        for store in opened:
            store.close()


class _Writing:
    """The index as the desk uses it: each call in a write transaction, and an article kept
    in the store before its signature is (the store's tables hold each other to that)."""

    def __init__(self, index: StoreIndex) -> None:
        self.index = index

    def __getattr__(self, name: str) -> object:
        method = getattr(self.index, name)

        def call(*args: object) -> object:
            with self.index.store.write():
                if name == "add":
                    signature = args[0]
                    assert isinstance(signature, ArticleSignature)
                    self.index.store.add_article(Article(signature.article, ""), now())
                return method(*args)

        return call


def _postings(store: Store) -> list[tuple[int, str, int]]:
    rows = store.backend.execute("SELECT key, article, seq FROM signature_bands")
    return sorted((int(key), str(article), int(seq)) for key, article, seq in rows)


def test_a_store_filed_before_lead_keys_gets_them_when_opened(
        location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store whose postings hold band keys only (as filing wrote them before 1e2a804) is
    posted under its signatures' lead keys when opened (migration 0005_lead_keys, read a
    page of one signature at a time here), once: ``posted`` finds its stories again."""
    monkeypatch.setattr(migrations, "POST_LEADS_PAGE", 1)
    filed = [(signature("q1", QUAKE.format(n=1)), "sq"), (signature("q2", QUAKE.format(n=2)), "sq"),
             (signature("f1", FIRE.format(n=1)), "sf")]
    with open_store(location) as store:
        index = _Writing(StoreIndex(store, now))
        for sig, story in filed:
            index.add(sig, posting_keys(sig), story)
        current = _postings(store)
        with store.write():  # as an older storydesk left it: band keys, no 0005 recorded
            for sig, _ in filed:
                for key in leads.lead_keys(sig.lead):
                    store.backend.execute("DELETE FROM signature_bands WHERE key = ?", (key,))
            store.backend.execute("DELETE FROM schema_migrations WHERE name = '0005_lead_keys'")
        quake_keys = list(leads.lead_keys(filed[0][0].lead))
        assert quake_keys  # "Tabriz", "Ahar"
        assert len(_postings(store)) < len(current)
        assert StoreIndex(store, now).posted(quake_keys) == []
    with open_store(location) as opened:
        assert opened.migrated == ["0005_lead_keys"]
        assert _postings(opened) == current
        found = StoreIndex(opened, now).posted(quake_keys)
        assert [(c.signature.article, c.story) for c in found] == [("q1", "sq"), ("q2", "sq")]
        assert StoreIndex(opened, now).candidates(band_keys(filed[2][0]))[0].story == "sf"
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == [] and _postings(again) == current
