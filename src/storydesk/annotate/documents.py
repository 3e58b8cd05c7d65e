"""Documents, the one home of their nouns (STYLE 13): those a figure counts or belongs to
("plan" in "28-point plan", "the US's initial peace plan" in the example, "bill", "package",
"contract" in MEANTIME: ``DOCUMENT_NOUNS``), those that find or report a value ("poll",
"survey", "report": ``DOCUMENT_WORDS``, read by ``scope`` for a figure's source and by link
for a pollster) and the texts that speak for whoever put them out ("the statement said",
"the study concluded": ``speaking_text``, read by ``speaker_resolve``). The last two were two
tests with two lists ("study" and "statement" in both), now one built on the other.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from storydesk.annotate import wordnet
from storydesk.annotate.clauses import clause_subjects
from storydesk.annotate.cues import SPEECH_NOUNS

# Nouns naming a document that can have versions (the example: plan, proposal, framework,
# draft, deal, text, version; MEANTIME: bill, package, contract, agreement).
DOCUMENT_NOUNS = frozenset(
    {"plan", "proposal", "framework", "draft", "deal", "agreement", "accord", "text",
     "version", "document", "treaty", "bill", "package", "blueprint", "roadmap", "contract",
     "settlement", "resolution", "offer"}
)  # fmt: skip
# Parts a document is counted in: "a 28-point plan", "the 20 articles of the treaty".
DOCUMENT_PARTS = frozenset({"point", "article", "clause", "provision", "section", "page",
                            "chapter", "paragraph", "item", "step"})  # fmt: skip


def document_token(number: Token, noun: Token | None) -> Token | None:
    """The document noun a figure counts or is mentioned in: "plan" in "28-point plan",
    "600,000 troops mentioned in the US's initial peace plan"."""
    for token in (noun, noun.head if noun is not None else None, number.head):
        if token is not None and token.lemma_.lower() in DOCUMENT_NOUNS:
            return token
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("acl", "prep"):
                found = next((t for t in child.subtree if t.lemma_.lower() in DOCUMENT_NOUNS
                              and t.i - noun.i <= 8), None)  # fmt: skip
                if found is not None:
                    return found
    return None


def document_of(number: Token, noun: Token | None) -> str | None:
    """The document a figure counts or belongs to: "plan" in "28-point plan"."""
    token = document_token(number, noun)
    if token is not None:
        return token.lemma_.lower()
    for child in clause_subjects(number):
        if child.lemma_.lower() in DOCUMENT_NOUNS:
            return child.lemma_.lower()
    return None


# Nouns for documents and inquiries that speak for a body, as the WordNet senses (the first
# of each word) whose hyponyms they must be: a poll (opinion poll, exit poll, straw poll), a
# survey or study (the act of inspecting), a written report, a census, a statement (an
# announcement, a forecast) and an estimate. The whole lexicographer files (acts, cognitions,
# communications) also held "attack", "war" and "game": "an attack by Taliban fighters" gave
# the Taliban as the source of its toll (second review, 2026-11-30).
# The first four find their own values (``FINDING_WORDS``: link's ``figure_words.pollster``
# names their body; "study" shares the survey's first sense); a report, a statement or an
# estimate may also give a body's reading of a thing.
FINDING_WORDS = ("poll", "survey", "study", "census")
REPORT_WORDS = ("report",)  # a reading of a thing, never a pollster ("reports" is a verb too)
DOCUMENT_WORDS = (*FINDING_WORDS, *REPORT_WORDS, "statement", "estimate")
# Texts that speak for whoever put them out, as the subject of a cue: "the IMF report
# stated" (PolNeAR dev, wash-post, tuned by session 6), "the statement said", "the letter
# says" (PolNeAR train). Not the documents a figure counts (``DOCUMENT_NOUNS``: plan, bill)
# nor those a story points back to (``roles.RECORDED_NOUNS``: transcript, video): a text that
# says something. The speech nouns (``cues.SPEECH_NOUNS``), the documents above and their
# kinds (``finding_text``: "…, the study concluded", PolNeAR train,
# nyt_2016-04-27_china-trade-is-linked), any noun whose first WordNet sense is one of
# communication ("report", "memo", "ad", "Barrett’s dictum", PolNeAR train), and "release",
# whose first sense is not ("“…,” the release said", PolNeAR train, west-journal_2016-04-15).
SPEAKING_TEXTS = SPEECH_NOUNS | {"release"}


def finding_text(lemma: str) -> bool:
    """Whether the most frequent sense of a noun is a kind of ``DOCUMENT_WORDS``."""
    net = wordnet.load()
    senses = net.synsets(lemma)
    return bool(senses) and not net.ancestors(senses[0]).isdisjoint(_document_senses())


@functools.cache
def _document_senses() -> frozenset[str]:
    net = wordnet.load()
    return frozenset(net.synsets(word)[0] for word in DOCUMENT_WORDS)


@functools.lru_cache(maxsize=4096)
def speaking_text(lemma: str) -> bool:
    """A noun for a text or an utterance that speaks for whoever put it out."""
    if lemma in SPEAKING_TEXTS or finding_text(lemma):
        return True
    net = wordnet.load()
    senses = net.synsets(lemma, "n")[:1]
    return any(net.synset(key).lexname == "noun.communication" for key in senses)
