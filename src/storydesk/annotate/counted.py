"""What a number counts, as a short normalised phrase that fact alignment can compare.

The counted thing is the plural head noun ("drones", "points", "countries"); when the
counted noun is the object or subject of a casualty-like event, the event's participle
follows it: "killing at least six people" and "seven people were killed" both count
"people killed", "injuring 20 others" counts "others injured". A number with no noun but
such an event ("injuring six") counts "people injured". "28-point plan" counts "points",
"90-year-old" counts "years old", "40%" counts "percent", "three-quarters of the budget"
counts "budget (share)".

A length of time ("four-year war", "two days of talks", "the past 24 hours") counts
"years (duration)", "days (duration)", "hours (duration)": it is a number with what it
counts, so it stays, but marked so that fact alignment never takes it for a count of things
and keeps it apart from ages ("years old").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.counted_doers import children_of_parent, of_people, somebody_does
from storydesk.annotate.counted_elided import elided_noun
from storydesk.annotate.counted_events import can_be_victim, event_of_noun, event_of_number
from storydesk.annotate.counted_models import lettered, model_name
from storydesk.annotate.counted_words import (
    Counted,
    looking_back,
    plural,
)
from storydesk.annotate.noun_classes import (
    abbreviation,
    fused_count,
)
from storydesk.annotate.numbers import FRACTIONS, number_value, ordinal_value
from storydesk.annotate.units import fused_unit

FRACTION_WORDS = frozenset(FRACTIONS)
CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
PERCENT = ("%", "percent", "per cent")
TIME_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)
# How many words of description may stand between an existential count and its noun.
DESCRIBED_REACH = 10


def counted_thing(doc: Doc, run: list[Token]) -> Counted:
    first, last = run[0], run[-1]
    run_end = last.idx + len(last.text)
    if fused_unit(last.text) is not None:
        return Counted("", first.idx, run_end)  # "512MHz": the unit is in the number
    fused = fused_count(last.text)
    if fused is not None:
        return Counted(f"{fused}s", first.idx, run_end)  # "12KOs": 12 knockouts
    if children_of_parent(last):
        return Counted("children", first.idx, run_end)  # "a mother of 12"
    rules = (_share, _hyphen_compound, _percent, _currency, _head_noun, _part_of_whole,
             _event_without_noun, elided_noun, _part_of_them, _doers)  # fmt: skip
    for rule in rules:
        found = rule(doc, run)
        if found is not None:
            if found.counts in TIME_UNITS:
                return Counted(f"{found.counts} (duration)", found.start, found.end, found.noun)
            return found
    return Counted("", first.idx, run_end)


def _share(doc: Doc, run: list[Token]) -> Counted | None:
    """ "three-quarters of the budget", "a third of voters": a share of the thing after "of"."""
    last = run[-1]
    if (
        last.lower_ not in FRACTION_WORDS
        or last.i + 1 >= len(doc)
        or doc[last.i + 1].lower_ != "of"
    ):
        return None
    objects = [c for c in doc[last.i + 1].children if c.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return Counted("share", run[0].idx, last.idx + len(last.text))
    noun = objects[0]
    name = plural(noun) if noun.tag_ in ("NNS", "NNPS") else noun.lemma_.lower()
    return Counted(f"{name} (share)", run[0].idx, noun.idx + len(noun.text), noun.i)


def _hyphen_compound(doc: Doc, run: list[Token]) -> Counted | None:
    """ "28-point", "four-year", "600,000-member", "90-year-old"."""
    last = run[-1]
    i = last.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or last.whitespace_ or doc[i + 1].whitespace_:
        return None
    noun = doc[i + 2]
    if not noun.is_alpha:
        return None
    end_token = noun
    counts = plural(noun) if noun.pos_ in ("NOUN", "PROPN", "ADJ") else noun.lower_ + "s"
    if (
        noun.lower_ == "year"
        and i + 4 < len(doc)
        and doc[i + 3].text == "-"
        and doc[i + 4].lower_ == "old"
    ):
        counts, end_token = "years old", doc[i + 4]
    return Counted(counts, run[0].idx, end_token.idx + len(end_token.text), noun.i)


def _percent(doc: Doc, run: list[Token]) -> Counted | None:
    after = doc[run[-1].i + 1 : run[-1].i + 3]
    if len(after) and after[0].lower_ in PERCENT:
        return Counted("percent", run[0].idx, after[0].idx + len(after[0].text))
    if len(after) == 2 and f"{after[0].lower_} {after[1].lower_}" == "per cent":
        return Counted("percent", run[0].idx, after[1].idx + len(after[1].text))
    return None


def _currency(doc: Doc, run: list[Token]) -> Counted | None:
    first = run[0]
    if first.i == 0 or doc[first.i - 1].text not in CURRENCIES:
        return None
    symbol = doc[first.i - 1]
    return Counted(CURRENCIES[symbol.text], symbol.idx, run[-1].idx + len(run[-1].text))


def _head_noun(doc: Doc, run: list[Token]) -> Counted | None:
    noun = _counted_noun(doc, run)
    if noun is None:
        return None
    counts = plural(noun)
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if counts == "years" and after is not None and after.lower_ == "old":
        # "4 years old"
        return Counted("years old", run[0].idx, after.idx + len(after.text), noun.i)
    event = event_of_noun(noun) if can_be_victim(noun) else None
    if event and event not in counts:
        counts = f"{counts} {event}"
    return Counted(counts, run[0].idx, noun.idx + len(noun.text), noun.i, event)


def _part_of_whole(doc: Doc, run: list[Token]) -> Counted | None:
    """ "landing 178 of 369 punches thrown", "won 18 of its next 23 games", "more than
    200,000 of the comments opposed the rule" (ECB+ 7, 5, 9): a count of the whole's things,
    marked as a part (``Counted.part``) so that it is never read as the whole's size. The
    whole is a noun the text counts or determines; "two of them" names no thing."""
    last = run[-1]
    prep = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if prep is None or prep.lower_ != "of":
        return None
    whole: Token | None = None
    if prep.dep_ == "prep" and prep.head.i == last.i:
        whole = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    elif prep.dep_ == "quantmod" and last.dep_ == "quantmod" and prep.head == last.head:
        # the parser's other reading: "178 of 369" modifying "punches" as one number
        number = last.head
        whole = number.head if number.dep_ == "nummod" and number.head.pos_ == "NOUN" else None
    if whole is None or whole.tag_ != "NNS":
        return None
    if not any(c.dep_ in ("nummod", "det", "poss") for c in whole.children):
        return None
    return Counted(plural(whole), run[0].idx, whole.idx + len(whole.text), whole.i, part=True)


def _part_of_them(doc: Doc, run: list[Token]) -> Counted | None:
    """ "two of them" counts the things "them" stands for: the one plural noun, subject or
    object, of this sentence before the number or else of the sentence before, that it can be
    a part of. '… the pirate skiffs reversed course and tried to flee the area' then 'While
    two of them managed to escape' (ECB+ 12_1ecbplus; 12_11ecbplus: 'the skiffs tried to
    escape'), as 12_4ecbplus writes 'two of the skiffs'. A part of the whole, as in
    ``_part_of_whole``; an event's count ("three of them were killed") is read before this
    rule."""
    last = run[-1]
    prep = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if prep is None or prep.lower_ != "of" or prep.head.i != last.i:
        return None
    pronoun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pronoun is None or pronoun.lower_ not in ("them", "those"):
        return None
    whole = _antecedent(doc, run)
    if whole is None:
        return None
    end = pronoun.idx + len(pronoun.text)
    return Counted(plural(whole), run[0].idx, end, whole.i, part=True)


def _antecedent(doc: Doc, run: list[Token]) -> Token | None:
    """The plural common noun "them" stands for, in this sentence before the run or in the
    sentence before it: the only subject or object there, or the only one counted by more
    than the part ("Officers arrested five men … Two of them were later charged": the men,
    not the officers, second review); None when two remain, rather than a guess."""
    part = number_value([t.text for t in run])
    for span in looking_back(doc, run):
        nouns = [t for t in span if t.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and t.tag_ == "NNS" and t.pos_ == "NOUN"]  # fmt: skip
        larger = [n for n in nouns if part is not None and _counted_by_more(n, part)]
        if nouns:
            candidates = larger or nouns
            return candidates[0] if len(candidates) == 1 else None
    return None


def _counted_by_more(noun: Token, part: float) -> bool:
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    whole = number_value([c.text for c in counts]) if counts else None
    return whole is not None and whole > part


def _counted_noun(doc: Doc, run: list[Token]) -> Token | None:
    """The noun the run modifies, just after it ("two top envoys"), else None."""
    indexes = {t.i for t in run}
    for token in run:
        head = token.head
        counting = token.dep_ == "amod" and ordinal_value(token.text) is not None  # "58th win"
        modifies = token.dep_ in ("nummod", "quantmod", "compound") or counting
        modifies = modifies and head.i not in indexes
        near = 0 < head.i - run[-1].i <= 4 or _across_modifiers(doc, run[-1], head)
        if modifies and head.pos_ in ("NUM", "NOUN") and model_name(head) and lettered(head):
            # "seven AK-47 rifles" (ECB+ 12_17ecb: the name tagged a number), "the 239 MH370
            # passengers" (second review: the flight number tagged a noun)
            return head.head
        if modifies and head.pos_ in ("NOUN", "PROPN") and near:
            named = head.pos_ == "PROPN" and head.tag_ != "NNPS" and not abbreviation(head)
            if named and model_name(head):
                return head.head  # "seven AK-47 assault rifles": the rifles, of one model
            return None if named else head
    following = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if following is not None and following.tag_ == "NNS":
        return following  # the parser missed the nummod: "13 others"
    if following is not None and run[-1].lower_ in FRACTION_WORDS and following.pos_ == "NOUN":
        return following  # "a half hour"
    if run[-1].dep_ == "attr" and any(c.dep_ == "expl" for c in run[-1].head.children):
        return _described_later(doc, run[-1])
    return None


def _described_later(doc: Doc, number: Token) -> Token | None:
    """The plural noun an existential count describes past a string of modifiers the parser
    hung elsewhere: "there were five totally decked out, geared up riot squad officers with
    guns out of the holster" (ECB+ 18ecb, one witness quoted by five reports: the count was
    no measure). Only adverbs, adjectives, participles, their particles, commas and nouns
    compounded onto the next may stand between."""
    for token in doc[number.i + 1 : number.i + 1 + DESCRIBED_REACH]:
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ != "compound":
            return token
        modifier = token.pos_ in ("ADV", "ADJ", "CCONJ") or token.tag_ in ("VBN", "VBG")
        modifier = modifier or token.dep_ in ("prt", "compound") or token.text == ","
        if not modifier:
            return None
    return None


def _across_modifiers(doc: Doc, number: Token, noun: Token) -> bool:
    """A count farther from its noun than usual, when every word between describes that
    noun: "in front of two extremely impressionable and young girls" (ECB+ 16_10ecbplus)."""
    between = doc[number.i + 1 : noun.i]
    return len(between) > 0 and all(noun in t.ancestors for t in between)


def _event_without_noun(doc: Doc, run: list[Token]) -> Counted | None:
    """ "injuring six", "six were killed", "at least 3 were dead", "the death toll rose to 15"."""
    last = run[-1]
    event = event_of_number(last)
    if event is None:
        return None
    return Counted(f"people {event}", run[0].idx, last.idx + len(last.text), -1, event)


def _doers(doc: Doc, run: list[Token]) -> Counted | None:
    """A bare number that does what only people do counts people: "Athens' main Constitution
    Square, where 10,000 gathered" (ECB+ 19_14ecb), "attended by an approximate 200,000"
    (8_6ecbplus), "The three who voted against the death penalty would not comment" (3_1ecb).
    The verb's most frequent sense used as written (with no object, or passive with its doer
    after "by") whose WordNet frames all have "Somebody" as the doer; "30 of the 80 wounded
    remained in hospital" (remain: "Something ----s" too) and "149 confirmed orders" (an
    object: the parser's misreading of a count of orders) are not."""
    last = run[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    if last.dep_ == "nsubj" and last.head.pos_ == "VERB":
        verb, objected = last.head, False
        if any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
            return None
    elif last.dep_ == "pobj" and last.head.dep_ == "agent" and last.head.head.pos_ == "VERB":
        verb, objected = last.head.head, True
    else:
        return None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.i == last.i + 1 and after is not None and after.pos_ == "NOUN":
        return None  # a participle describing the counted noun: "149 confirmed orders"
    if not somebody_does(verb.lemma_.lower(), objected):
        return None
    end = last.idx + len(last.text)
    whole = _counted_whole(doc, run)
    if whole is None or of_people(whole):
        return Counted("people", run[0].idx, end)
    return Counted(plural(whole), run[0].idx, end, whole.i, part=True)


def _counted_whole(doc: Doc, run: list[Token]) -> Token | None:
    """The one plural noun that a number just before counted as more than the bare number:
    what the bare number is a part of. "Forty cars started the Daytona 500. Only 22
    finished" counts cars, not people (second review: "finish" is done by somebody in
    WordNet's frames); "Twenty boats entered the Sydney to Hobart race. Only 12 finished".
    This sentence before the number, else the sentence before it, as ``_antecedent``
    reads "two of them"; None when there is none, or two."""
    part = number_value([t.text for t in run])
    if part is None:
        return None
    for span in looking_back(doc, run):
        nouns = [t for t in span if t.tag_ == "NNS" and t.pos_ == "NOUN"
                 and _counted_by_more(t, part)]  # fmt: skip
        if nouns:
            return nouns[0] if len(nouns) == 1 else None
    return None
