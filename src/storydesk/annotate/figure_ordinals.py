"""Which ordinals count: "Klitschko's 58th victory" is 58 wins, "the seventh round" of a fight
that ended there is seven rounds; "the fourth-highest total" ranks and counts nothing.

``figure_runs`` takes an ordinal as a number run of its own when ``counting_ordinal`` says
it counts its owner's things up to this one.
"""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate import wordnet
from storydesk.annotate.numbers import ordinal_value

CONTEST_PERIOD = "n:15256714"  # turn, bout, round: "a period of play in a contest"


def counting_ordinal(token: Token) -> bool:
    """An ordinal that counts its owner's things up to this one: "Klitschko's 58th victory"
    is his 58 wins, "his 16th straight fight" 16 fights, "his fourth season as coach" four
    seasons (ECB+ 7 and 5 give the same counts as cardinals: "a career record of 58 wins",
    "won 16 fights in a row"). Without an owner an ordinal ranks ("the seventh round", "the
    fourth-highest total"), and so does one hyphenated to its noun ("fourth-quarter"). A
    period ("its fourth quarter", "the company's third year") is a place in a calendar
    unless it is a person's ("his fourth season")."""
    if ordinal_value(token.text) is None:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return _elided_period(token)
    if token.dep_ != "amod" or _before_a_count(token):
        return False
    if contest_period(token.head):
        return ordinal_value(token.text) != 1 and not _of_talks(token.head)
    if token.head.pos_ != "NOUN":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return False
    noun = token.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    senses = wordnet.load().synsets(noun.lemma_.lower())
    if senses and wordnet.load().synset(senses[0]).lexname == "noun.time":
        return owner.ent_type_ == "PERSON" or owner.lower_ in ("his", "her")
    return True


def _before_a_count(token: Token) -> bool:
    """An ordinal that picks the first or last few of a count ranks nothing of its own:
    "Echenique scored five of Creighton's first eight points" (ECB+ 31_10ecbplus: read as
    Creighton's one point, against "cut Creighton's lead to 3 points"), "his last three
    games". The cardinal after it counts."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.dep_ == "nummod" and after.head == token.head


def _elided_period(token: Token) -> bool:
    """ "in the 11th" after the sentence counted periods of play: "Klitschko finished the
    fight five rounds sooner than when knocking out Thompson in the 11th of their first
    title fight" (ECB+ 7_2ecbplus, 7_3ecbplus; 7_6ecbplus: "the bout went 11 rounds"). The
    ordinal ends a fight in that round, as "in the seventh round" does."""
    if ordinal_value(token.text) == 1:
        return False
    earlier = token.doc[token.sent.start : token.i]
    if any(ordinal_value(t.text) is not None and t.dep_ == "amod" for t in earlier):
        return False  # "12 rounds in the first minute and a 13th in the second": the minute
    net = wordnet.load()
    return any(t.tag_ == "NNS" and CONTEST_PERIOD in net.synsets(t.lemma_.lower())
               and any(c.dep_ == "nummod" for c in t.children) for t in earlier)  # fmt: skip


def contest_period(noun: Token) -> bool:
    """A period of play in a contest (WordNet's turn, bout, round): "a seventh-round technical
    knockout", "44 seconds into the seventh round", "stopping the 40-year-old American in the
    sixth round" (ECB+ 7: other reports of the fights say "stopped Rahman in seven rounds",
    "won in six"). The round a fight ends in is how many it lasted, written as an ordinal
    with no owner and, before a noun, hyphenated; reports differ on it as on any count."""
    return CONTEST_PERIOD in wordnet.load().synsets(noun.lower_)


def _of_talks(noun: Token) -> bool:
    """ "the second round of talks", "of negotiations": a stage of a process of talking, no
    period of play. And a "first round" is a stage's name (of an election, a tournament)
    more often than a count of one."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            senses = wordnet.load().synsets(obj.lemma_.lower())
            if senses and wordnet.load().synset(senses[0]).lexname == "noun.communication":
                return True
    return False
