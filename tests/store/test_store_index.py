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
from storydesk.link.stream import sign as stream_sign
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
    page of one signature at a time here; 0006 and 0007 then find their leads unchanged),
    once: ``posted`` finds its stories again."""
    monkeypatch.setattr(migrations, "POST_LEADS_PAGE", 1)
    filed = [(signature("q1", QUAKE.format(n=1)), "sq"), (signature("q2", QUAKE.format(n=2)), "sq"),
             (signature("f1", FIRE.format(n=1)), "sf")]
    with open_store(location) as store:
        index = StoreIndex(store, now)
        with store.write():  # each article stored with its text, as the desk stores it
            for (sig, story), n in zip(filed, (1, 2, 1), strict=True):
                text = (QUAKE if story == "sq" else FIRE).format(n=n)
                store.add_article(Article(sig.article, sig.article, text=text), now())
                index.add(sig, posting_keys(sig), story)
        current = _postings(store)
        with store.write():  # as an older storydesk left it: band keys, no 0005 recorded
            for sig, _ in filed:
                for key in leads.lead_keys(sig.lead, sig.names):
                    store.backend.execute("DELETE FROM signature_bands WHERE key = ?", (key,))
            store.backend.execute("DELETE FROM schema_migrations WHERE name IN "
                                  "('0005_lead_keys', '0006_lead_words', '0007_lead_zones', "
                                  "'0008_name_keys', '0009_written_names')")
        quake_keys = list(leads.lead_keys(filed[0][0].lead, filed[0][0].names))
        assert quake_keys  # "Tabriz", "Ahar"
        assert len(_postings(store)) < len(current)
        assert StoreIndex(store, now).posted(quake_keys) == []
    with open_store(location) as opened:
        assert opened.migrated == ["0005_lead_keys", "0006_lead_words", "0007_lead_zones",
                                   "0008_name_keys", "0009_written_names"]
        assert _postings(opened) == current
        found = StoreIndex(opened, now).posted(quake_keys)
        assert [(c.signature.article, c.story) for c in found] == [("q1", "sq"), ("q2", "sq")]
        assert StoreIndex(opened, now).candidates(band_keys(filed[2][0]))[0].story == "sf"
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == [] and _postings(again) == current


def test_a_store_signed_under_the_old_lead_rule_is_signed_again_when_opened(
        location: str) -> None:
    """A signature whose lead holds a time zone (as leads were made before 0006: "hkt" of
    "POSTED : 1052 GMT ( 1852 HKT )", ECB+ 18_1ecbplus's timestamp line) gets its lead made
    again from its stored article and is posted under the new lead keys only (migration
    0006_lead_words), once; a signature whose lead is unchanged is left as it is."""
    dated = Article("d1", "d1", text="Sheriff : Michigan office shooting kills 1 , injures 2\n"
                    "POSTED : 1052 GMT ( 1852 HKT ) , April 10 , 2007\n" + QUAKE.format(n=3))
    plain = Article("q1", "q1", text=QUAKE.format(n=1))
    new = stream_sign(dated)
    old = ArticleSignature.from_dict({**new.as_dict(), "lead": sorted(new.lead | {"hkt", "gmt"})})
    zone_key = leads.term_key("hkt")
    assert zone_key in leads.lead_keys(old.lead, old.names)
    assert zone_key not in leads.lead_keys(new.lead, new.names)
    with open_store(location) as store:
        index = StoreIndex(store, now)
        with store.write():
            for article, sig in ((dated, old), (plain, stream_sign(plain))):
                store.add_article(article, now())
                index.add(sig, posting_keys(sig), "s" + article.id)
            store.backend.execute("DELETE FROM schema_migrations WHERE name IN "
                                  "('0006_lead_words', '0007_lead_zones', '0008_name_keys', "
                                  "'0009_written_names')")
        assert [c.signature.article for c in index.posted([zone_key])] == ["d1"]
        before = _postings(store)
    with open_store(location) as opened:
        assert opened.migrated == ["0006_lead_words", "0007_lead_zones", "0008_name_keys",
                                   "0009_written_names"]
        index = StoreIndex(opened, now)
        assert index.posted([zone_key]) == []
        assert index.members(["sd1"], 5)["sd1"][0].lead == new.lead
        after = _postings(opened)
        assert {p for p in before if p[1] == "q1"} == {p for p in after if p[1] == "q1"}
        assert set(before) - set(after) == {(zone_key, "d1", _seq(before, "d1"))}
        assert set(after) <= set(before)
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == [] and _postings(again) == after


def _seq(postings: list[tuple[int, str, int]], article: str) -> int:
    return next(seq for _, found, seq in postings if found == article)


def test_a_store_signed_under_0006s_zone_rule_gets_its_words_back_when_opened(
        location: str) -> None:
    """0006 made leads by a rule that left out every tz abbreviation written in capitals, and
    its letters anywhere in the lead ("WEST", "CAT", "EAT" of an all-capitals headline, and
    "west" of the body); 0007_lead_zones makes them again by the current rule, which leaves
    out only a zone right after a clock time, and posts the words it gives back, once."""
    text = ("EAT LESS MEAT , SAYS WEST BANK CAT CHARITY\nPOSTED : 1052 GMT ( 1852 HKT ) , "
            "April 10 , 2007 . People in the West Bank should eat less meat , Ramallah says .\n"
            + QUAKE.format(n=3))
    article = Article("w1", "w1", text=text)
    new = stream_sign(article)
    assert {"west", "eat", "cat"} <= new.lead and not new.lead & {"gmt", "hkt"}
    old = ArticleSignature.from_dict(
        {**new.as_dict(), "lead": sorted(new.lead - {"west", "eat", "cat"})})
    with open_store(location) as store:
        index = StoreIndex(store, now)
        with store.write():
            store.add_article(article, now())
            index.add(old, posting_keys(old), "sw1")
            store.backend.execute("DELETE FROM schema_migrations WHERE name IN "
                                  "('0007_lead_zones', '0008_name_keys', '0009_written_names')")
    with open_store(location) as opened:
        assert opened.migrated == ["0007_lead_zones", "0008_name_keys", "0009_written_names"]
        index = StoreIndex(opened, now)
        assert index.members(["sw1"], 5)["sw1"][0].lead == new.lead
        assert {p[0] for p in _postings(opened)} >= set(leads.lead_keys(new.lead, new.names))
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == []


def test_a_store_posted_before_name_keys_gets_them_when_opened(location: str) -> None:
    """A name under ``KEY_WEIGHT`` is a lead key since session 8 ("Fulton", "Nichols" of ECB+
    3_2ecb's lead: ``leads.NAME_KEY_WEIGHT``); a store posted before has the word keys only
    and gets the names' keys when opened (migration 0008_name_keys), once."""
    text = ("Now that Fulton County courthouse killer Brian Nichols has been sentenced to life "
            "without parole , one of the questions is where he will serve time .\n"
            "Superior Court Judge James Bodiford on Saturday sentenced him .")
    article = Article("n1", "n1", title="Deadliest courthouse shooting", text=text)
    sig = stream_sign(article)
    names = {leads.term_key("fulton"), leads.term_key("nichols")}
    assert names <= set(leads.lead_keys(sig.lead, sig.names))
    superlative = leads.term_key("deadliest")  # "deadly", no name: no key (review)
    with open_store(location) as store:
        index = StoreIndex(store, now)
        with store.write():
            store.add_article(article, now())
            index.add(sig, posting_keys(sig), "sn1")
            for key in names:  # as a store posted before name keys left it
                store.backend.execute("DELETE FROM signature_bands WHERE key = ?", (key,))
            store.backend.execute("DELETE FROM schema_migrations WHERE name IN "
                                  "('0008_name_keys', '0009_written_names')")
        assert index.posted(sorted(names)) == []
    with open_store(location) as opened:
        assert opened.migrated == ["0008_name_keys", "0009_written_names"]
        found = StoreIndex(opened, now).posted(sorted(names))
        assert [(c.signature.article, c.story) for c in found] == [("n1", "sn1")]
        assert StoreIndex(opened, now).posted([superlative]) == []
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == []


def test_a_store_posted_under_wordnets_names_loses_the_unwritten_ones_when_opened(
        location: str) -> None:
    """Since session 9 a name under ``KEY_WEIGHT`` is a lead key only where the article
    writes it as a name ("Lohan", mid-sentence), not every word WordNet lacks ("rehab", and
    "doesn" of "doesn't", written in lower case). A store posted before has those keys too
    and loses them when opened (migration 0009_written_names), once; the written names'
    keys and the band keys stay."""
    text = ("Actress Lindsay Lohan checked into rehab again on Friday , her lawyer said .\n"
            "She doesn't want to talk about it , a source told reporters .")
    article = Article("r1", "r1", text=text)
    sig = stream_sign(article)
    unwritten = {leads.term_key("rehab"), leads.term_key("doesn")}
    before = set(leads.lead_keys(sig.lead, sig.lead))  # every lead word taken as written
    now_keys = set(leads.lead_keys(sig.lead, sig.names))
    assert unwritten <= before and not unwritten & now_keys
    assert leads.term_key("lohan") in now_keys
    with open_store(location) as store:
        index = StoreIndex(store, now)
        with store.write():
            store.add_article(article, now())
            index.add(sig, [*band_keys(sig), *sorted(before)], "sr1")  # as posted before
            store.backend.execute("DELETE FROM schema_migrations WHERE name = "
                                  "'0009_written_names'")
        assert [c.signature.article for c in index.posted(sorted(unwritten))] == ["r1"]
    with open_store(location) as opened:
        assert opened.migrated == ["0009_written_names"]
        index = StoreIndex(opened, now)
        assert index.posted(sorted(unwritten)) == []
        assert [c.story for c in index.posted([leads.term_key("lohan")])] == ["sr1"]
        assert index.candidates(band_keys(sig))[0].story == "sr1"
        assert {p[0] for p in _postings(opened)} == {*band_keys(sig), *now_keys}
        assert opened.check() == []
    with open_store(location) as again:
        assert again.migrated == []
