"""Topics united through one story's lead must relate to each other too (``related.closest``):
real ECB+ reports (tuned topics) whose leads relate to two topics that do not relate."""

from __future__ import annotations

from shared_data import shared_path
from storydesk.evaluate.ecbplus import read_topic, topic_folders
from storydesk.link import related
from storydesk.link.stream import sign


def _documents(*names: str) -> dict[str, object]:
    folders = topic_folders(shared_path("datasets", "ecbplus"))
    return {d.name: d for f in folders if f.name in names for d in read_topic(f)}


def _event_profile(documents: dict, event: str) -> dict[str, float]:
    members = [sign(d.article()) for d in documents.values() if d.event == event]
    return related.profile(members[-related.PROFILE_MEMBERS:]).unit


def test_a_report_relating_to_two_unrelated_topics_unites_only_the_closest() -> None:
    """ECB+ 20_1ecb, a Qeshm quake report, relates to the other Qeshm quake's reports (20,
    0.47) and, on "injure", to an office shooting's (18/ecbplus, 0.135); the quake and the
    shooting relate at 0.03. A new story of it took the quake topic and bridged the shooting
    into it (crowded seed 2 did so on 18 and 20). Likewise 13_4ecbplus, a Wasilla fire, to
    its church fire (13) and to the Waitrose fire (14) on "arson"."""
    documents = _documents("13", "14", "18", "20")
    cases = [("20_1ecb.xml", "20/ecbplus", "18/ecbplus"),
             ("13_4ecbplus.xml", "13/ecb", "14/ecbplus")]
    for name, own, other in cases:
        lead = related.lead_unit(sign(documents[name].article()))
        memo = {own: _event_profile(documents, own), other: _event_profile(documents, other)}
        link = related.cosine(lead, memo[own])
        assert link > related.cosine(lead, memo[other]) >= related.TOPIC_JOIN
        assert not related.relates(memo[own], memo[other], related.TOPIC_JOIN)
        assert related.closest(lead, memo, [other, own], related.TOPIC_JOIN) == [own], name


def test_topics_that_relate_to_each_other_are_still_united_together() -> None:
    """ECB+ 1_12ecb, a Tara Reid rehab report, relates to Reid's reports (1/ecb, 0.52) and to
    Lindsay Lohan's (1/ecbplus, 0.21), and the two relate (0.14): both are taken."""
    documents = _documents("1")
    lead = related.lead_unit(sign(documents["1_12ecb.xml"].article()))
    memo = {e: _event_profile(documents, e) for e in ("1/ecb", "1/ecbplus")}
    assert related.relates(memo["1/ecb"], memo["1/ecbplus"], related.TOPIC_JOIN)
    assert related.closest(lead, memo, ["1/ecbplus", "1/ecb"], related.TOPIC_JOIN) == [
        "1/ecb", "1/ecbplus"]
