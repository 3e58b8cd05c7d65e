"""The event a date expression dates: the clause it is in, who did what, and its tense.

A sentence may date several events ("A new plan emerged this week following talks in Geneva
that ended on Sunday": the plan this week, the talks on Sunday; "Driscoll met Russian officials
on Tuesday ahead of Witkoff's visit next week": a meeting that happened, a visit that is
planned). The date belongs to the nearest verb above it in the parse, or to the event noun
a temporal preposition introduces ("ahead of Witkoff's visit next week"), and the event is
that clause: its subject, verb and complements, without the subordinate clauses and
"after …"/"ahead of …" phrases that tell other events. Reported speech keeps its speaker
("Trump said on Tuesday that …" when the date is the saying's), a participle keeps the
subject of its clause ("Speaking in the European Parliament on Wednesday, von der Leyen
reiterated …"), a relative clause gives the noun it describes ("talks … that ended on
Sunday").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from storydesk.annotate.cues import CUE_LEMMAS
from storydesk.annotate.date_spans import tense_of
from storydesk.annotate.doers import action_of, doer, is_saying, reported_clause, subject

# Prepositions that put another event before or after the clause's own ("after Trump's
# summit with Putin in Alaska", "ahead of Witkoff's visit next week": the example; "since
# the 2008 crash", "until the Nov. 6 vote": TempEval-3 training texts).
TEMPORAL_RELATIONS = frozenset({
    "after", "before", "ahead", "following", "since", "until", "till", "prior", "pending",
    "awaiting",
})  # fmt: skip
# Prepositions that give the occasion of the verb's own event ("at Sunday's Geneva talks").
OCCASIONS = frozenset({"in", "at", "during", "on", "over", "amid", "throughout"})
# Openers that tie a clause to the text before it; an event line starts after them.
LEADING = frozenset({"meanwhile", "however", "still", "also", "but", "and", "so", "then",
                     "yet", "instead", "separately"})  # fmt: skip
EDGE_PUNCTUATION = " ,;:–—-"
MAX_EVENT_CHARS = 260  # longer clauses are cut to the stretch around the date
# A coordinated verb takes its subject from the first verb when what lies between is short
# ("Moscow targeted energy infrastructure and bombed …"); past that, the first verb's own
# clause would fill the line ("Trump initially set a Thursday deadline …, but said late
# Tuesday …"), and the line starts at the verb.
CONJUNCT_GAP = 60


# Tokens are compared by index: spaCy makes a new Token object on every access, so ``is``
# never holds between a token and its head.


@dataclass(frozen=True, slots=True)
class Event:
    start: int  # character offsets in the doc's text
    end: int
    tense: str  # past | present | future | ""
    # Who did what (``annotate.doers``): the head word of the doer of the event (the reported
    # clause's, for a saying that reports one) and its verb; for a saying, who said it.
    actor_start: int = -1
    actor_end: int = -1
    action: str = ""
    speaker_start: int = -1
    speaker_end: int = -1


def event_of(doc: Doc, start: int, end: int, ahead: bool = False,
             others: Sequence[tuple[int, int]] = ()) -> Event | None:
    """The event the date at ``start:end`` dates, or None where the parse gives no span.

    ``ahead``: the date lies after the article's own; a verb in the past tense cannot be
    what it dates ("set a Thursday deadline", "met … ahead of Witkoff's visit next week"),
    so the noun it modifies is the event, else there is none (tense "past" says why).
    ``others``: the character spans of the document's other dates; a clause that holds one
    of them is that date's event, and this date's line leaves it out (see ``_clause_edges``).
    """
    date = doc.char_span(start, end, alignment_mode="expand")
    if date is None or len(date) == 0:
        return None
    inside = set(range(date.start, date.end))
    elsewhere = _tokens_of(doc, others) - inside
    noun = _modified_noun(date.root, inside)
    if noun is not None and not _same_event_as_verb(noun):
        return _trimmed(doc, noun.left_edge.i, noun.right_edge.i, "")
    anchor = _anchor(date.root, inside)
    if anchor is None:  # no verb above the date: a fragment; its sentence is the event
        sentence = date.root.sent
        return _trimmed(doc, sentence.start, sentence.end - 1, "")
    if anchor.pos_ in ("NOUN", "PROPN"):
        return _trimmed(doc, anchor.left_edge.i, anchor.right_edge.i, "")
    verb = _clause_verb(anchor, elsewhere)
    tense = tense_of_clause(verb)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = verb.head  # "talks … that ended on Sunday", "a deadline for Ukraine to agree"
        found = _trimmed(doc, head.left_edge.i, head.right_edge.i,
                         "" if ahead and tense == "past" else tense)
        return _with_doers(found, verb) if found is not None else None
    if ahead and tense == "past":
        noun = noun or _noun_above(anchor)
        if noun is not None:
            return _trimmed(doc, noun.left_edge.i, noun.right_edge.i, "")
        return Event(-1, -1, "past")
    first, last = _clause_edges(verb, inside, elsewhere)
    if doc[first : last + 1].end_char - doc[first].idx > MAX_EVENT_CHARS:
        first, last = _core_edges(verb, inside)
    found = _trimmed(doc, first, last, tense)
    return _with_doers(found, verb) if found is not None else None


def _with_doers(event: Event, verb: Token) -> Event:
    """The event with who did what: "Donald Trump said Tuesday he is sending his envoy …" is
    Trump sending, said by Trump; "Russia launched overnight strikes" is Russia launching."""
    saying = reported_clause(verb)
    doing = saying or verb
    who = doer(doing)
    speaker = subject(verb) if is_saying(verb.lemma_.lower()) else None
    return replace(
        event,
        actor_start=who.idx if who is not None else -1,
        actor_end=who.idx + len(who.text) if who is not None else -1,
        action=action_of(doing),
        speaker_start=speaker.idx if speaker is not None else -1,
        speaker_end=speaker.idx + len(speaker.text) if speaker is not None else -1,
    )


def _modified_noun(root: Token, inside: set[int]) -> Token | None:
    """The noun a date modifies ("this weekend's talks", "the Oct. 14 call", "overnight
    strikes", "a Thursday deadline"), up through "of" ("a wave of overnight strikes")."""
    head = root.head
    if head.i == root.i or head.i in inside or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if root.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod", "nummod"):
        return None
    noun = head
    while True:
        if noun.dep_ in ("compound", "nmod", "amod", "conj") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "overnight missile and drone attacks"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a new wave of overnight strikes"
        else:
            return noun


def _noun_above(verb: Token) -> Token | None:
    """The noun a verb phrase hangs on ("a deadline for Ukraine to agree by Nov. 27")."""
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN":
            return node
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "relcl", "xcomp"):
            return None
    return None


def _same_event_as_verb(noun: Token) -> bool:
    """The noun is what its verb does ("launched overnight strikes"), or the occasion it is
    done at ("In the Oct. 14 call, Witkoff advised …", "said at Sunday's Geneva talks"); any
    other place ("a follow-up to this weekend's talks") makes it an event of its own."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "ROOT"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASIONS


def _anchor(token: Token, inside: set[int]) -> Token | None:
    """The verb above the date, or the event noun a temporal preposition introduces."""
    node = token
    while True:
        if node.i not in inside:
            if node.pos_ in ("VERB", "AUX"):
                return node
            if node.pos_ in ("NOUN", "PROPN") and _after_relation(node):
                return node
        if node.head.i == node.i:
            return None
        node = node.head


def _after_relation(noun: Token) -> bool:
    """ "after the summit", "ahead of the visit", "prior to the vote"."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in TEMPORAL_RELATIONS:
        return True
    return preposition.lower_ in ("of", "to") and preposition.head.lower_ in TEMPORAL_RELATIONS


def _clause_verb(verb: Token, elsewhere: set[int]) -> Token:
    """Up from a verb to the clause a reader needs: the governing verb of an infinitive
    ("is expected to meet"), the clause a participle without subject hangs on ("Speaking …,
    von der Leyen reiterated"), unless that clause is dated by another date of its own
    ("… fronted the Emmys in 2001 and 2005 (co-hosting them in 2003)", ECB+ 2_10ecbplus:
    2003 dates the co-hosting alone). Reported speech stays the reported event when the
    date is in it ("Bloomberg reported Tuesday that Witkoff advised Ushakov in an October
    call": the advice in October, the report on Tuesday)."""
    for _ in range(4):
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return verb
        participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not _subject(verb)
        if participle and _dated_apart(head, verb, elsewhere):
            return verb
        if verb.dep_ == "xcomp" or participle:
            verb = head
        else:
            return verb
    return verb


def tense_of_clause(verb: Token) -> str:
    """The tense of the clause, looking up through infinitives and reported speech."""
    node = verb
    if node.dep_ != "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return "future"  # an intended event: "a deadline for Ukraine to agree by Nov. 27"
    for _ in range(4):
        tense = tense_of(node)
        if tense == "unknown":
            return ""  # a verb that tells no direction ("a summit set for"): the contract's ""
        if tense is not None:
            return tense
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            break
        node = node.head
    return ""


def _clause_edges(verb: Token, inside: set[int], elsewhere: set[int]) -> tuple[int, int]:
    """First and last token of the clause, without what tells other events: a clause that
    another date of the sentence dates is that date's line, never held in this one too
    (ECB+ 7_11ecb "Bowe was fighting for the first time since 2005 and stepped into the ring
    … since 1996"; 8_5ecbplus "The goal is passage by Friday; Greece faces a May 19 due
    date …", where the parse hangs the first clause on the second as its complement)."""
    kept = [verb.i]
    first_conjunct = verb
    while first_conjunct.dep_ == "conj" and first_conjunct.head.pos_ in ("VERB", "AUX"):
        first_conjunct = first_conjunct.head
    subject = _subject(first_conjunct)
    if (
        first_conjunct.i != verb.i and subject is not None and _subject(verb) is None
        and verb.left_edge.idx - subject.right_edge.idx <= CONJUNCT_GAP
        and not any(subject.i < i < verb.left_edge.i for i in elsewhere)
    ):  # "Moscow targeted … and bombed …": the subject is on the first verb
        kept.append(subject.left_edge.i)
    # a cue of speech, not any verb WordNet files under communication ("faces a May 19 due
    # date" is one): only a cue's complement is surely what was said
    saying = verb.lemma_.lower() in CUE_LEMMAS
    for child in verb.children:
        holds_date = any(t.i in inside for t in child.subtree)
        if not holds_date and not saying and _dated_clause(child, elsewhere):
            continue
        if holds_date or not _other_event(child):
            if child.dep_ in ("mark", "cc", "punct") and not holds_date:
                continue
            if child.dep_ == "advmod" and child.lower_ in LEADING:
                continue
            kept.extend((child.left_edge.i, child.right_edge.i))
    return min(kept), max(kept)


def _core_edges(verb: Token, inside: set[int]) -> tuple[int, int]:
    """A long clause cut to who did what: subject, verb, object and the date's phrase."""
    kept = [verb.i]
    for child in verb.children:
        holds_date = any(t.i in inside for t in child.subtree)
        if holds_date or child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt",
                                        "dobj", "attr", "acomp", "expl"):
            kept.extend((child.left_edge.i, child.right_edge.i))
    return min(kept), max(kept)


def _other_event(child: Token) -> bool:
    """A dependent that tells another event: a subordinate or parallel clause, an "after …"
    phrase, a coordinated verb."""
    if child.dep_ in ("advcl", "parataxis"):
        return True
    if child.dep_ == "prep" and child.lower_ in TEMPORAL_RELATIONS:
        return True
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")


def _dated_clause(child: Token, elsewhere: set[int]) -> bool:
    """A clause under a verb that another date dates: that date's event. A saying keeps its
    reported clause ("Trump said on Tuesday that he will meet Putin on Friday": what was
    said on Tuesday), any verb its complement after it ("The board decided on Monday that
    the plant would close in March": what was decided; review of bb46fcd), and a noun phrase
    stays whatever date it holds ("The 2005 deal was signed on Monday"). The date must be
    the clause's own, not one inside a relative clause or noun under it ("… ruled on Monday
    that the law, which Congress passed in 2019, is unconstitutional")."""
    if child.dep_ not in ("ccomp", "conj", "advcl", "parataxis"):
        return False
    if child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "ccomp" and child.i > child.head.i:
        return False
    return any(t.i in elsewhere and _own_date(t, child) for t in child.subtree)


def _own_date(token: Token, clause: Token) -> bool:
    """The date at ``token`` dates ``clause`` itself: no clause or noun of its own between."""
    node = token
    while node.i != clause.i:
        if node.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") and node.pos_ in (
            "VERB", "AUX"
        ):
            return False
        node = node.head
    return True


def _dated_apart(head: Token, verb: Token, elsewhere: set[int]) -> bool:
    """``head``'s clause, outside ``verb``'s, holds another date."""
    below = {t.i for t in verb.subtree}
    return any(t.i in elsewhere and t.i not in below for t in head.subtree)


def _tokens_of(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[int]:
    found: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _trimmed(doc: Doc, first: int, last: int, tense: str) -> Event | None:
    tokens = doc[first : last + 1]
    words = [t for t in tokens if not (t.is_punct or (t.lower_ in LEADING and t.i == first))]
    if not words:
        return None
    start, end = tokens.start_char, tokens.end_char
    text = doc.text
    while start < end and (text[start] in EDGE_PUNCTUATION or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCTUATION or text[end - 1].isspace()):
        end -= 1
    sentence_start = doc[first].sent.start_char
    if text.count("”", start, end) > text.count("“", start, end):
        opening_mark = text.rfind("“", sentence_start, start)
        if opening_mark >= 0:
            start = opening_mark  # the quote the clause starts inside opens before it
    for opening, closing in (("“", "”"), ("‘", "’")):
        if text.count(opening, start, end) > text.count(closing, start, end):
            if text[end : end + 1] == closing:
                end += 1  # the closing mark of a quote the clause ends in
            elif text[end : end + 1] in ".,;:!?" and text[end + 1 : end + 2] == closing:
                end += 2  # … “at the earliest possible date in November.”
    if text.count('"', start, end) % 2 and text[end : end + 1] == '"':
        end += 1
    lead = text[start:end].split(" ", 1)
    if len(lead) == 2 and lead[0].rstrip(",").casefold() in LEADING:
        start += len(lead[0]) + 1  # "Meanwhile, U.S. Army Secretary Driscoll met …"
    return Event(start, end, tense) if end > start else None
