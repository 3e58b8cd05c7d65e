"""The store's candidate index passes the stream filer's index contract, on both backends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "link"))
from stream_contract import CONTRACT

from storydesk.article import Article
from storydesk.desk import now
from storydesk.link.stream import ArticleSignature, CandidateIndex
from storydesk.store import Store, open_store
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
