"""Timeline events and how they merge: one dated clause is an ``Event``; events of one date
and precision that tell the same thing (one names the other, two outlets' closest wordings,
the same doer doing the same act, or enough shared words) are one line."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from storydesk.annotate.doers import is_saying, same_action
from storydesk.annotate.morphy import base_form
from storydesk.annotate.numbers import is_number_word
from storydesk.reconcile.similarity import SentenceIndex, SentenceRef

# Overlap (weighted share of the shorter clause in the other, the actor's words left out) at
# which two clauses of one date tell the same event, used only where the parse names no doer
# for both or it gives them different acts: the same doer doing the same act is one event
# whatever the words (``same_doing``). Set on the example's Tuesday before the parse's doers
# (unrelated clauses sharing "new" and "Kyiv" 0.37, one Lavrov statement 0.46-0.71).
SAME_EVENT = 0.5
SAME_ACTOR = 0.4  # ... when the parse gives both the same doer
SAME_DESPITE_ACTORS = 0.7  # ... when their doers differ, or both come from one article


@dataclass(slots=True)
class Event:
    date: str
    granularity: str
    text: str
    refs: list[SentenceRef]
    scheduled: bool
    vector: dict[str, float]
    actor: str | None
    background: bool = False
    texts: list[tuple[str, bool]] = field(default_factory=list)  # wordings, clause or not
    respelled: dict[str, list[list[str]]] = field(default_factory=dict)  # wording -> changes
    parts: list[Event] = field(default_factory=list)  # the events merged into this one
    row: int = -1  # its sentence's row in the story's SentenceIndex
    words: dict[str, float] = field(default_factory=dict)  # what is done: no names, no date
    clause: bool = True  # a clause with a verb; False: a noun phrase ("Witkoff's visit")
    action: str = ""  # what the actor does (the parse's verb, ``DateMention.action``)
    speaker: str | None = None  # for a saying: the story entity who said it
    where: frozenset[str] = frozenset()  # places and bodies the clause names, its actor's not

    def named(self) -> set[str]:
        """The story entities the event names, its actor's included."""
        found = {term for term in self.vector if term.startswith("@")}
        return found | ({f"@{self.actor}"} if self.actor else set())


def merge(events: list[Event], alike: set[frozenset[int]] | None = None) -> list[Event]:
    """Union the events of one date and precision that tell the same thing. Only events of
    one date are compared (the date is the block). Pairs that tell the same are joined
    closest first, and a line is every event linked to it through such pairs (the
    example's Lavrov line: "commented on the plan on Tuesday" is the same as his statement
    in one outlet and his press conference in another, which share too few words to meet
    directly; ECB+ topic 4's "Williams died early Thursday in her sleep" with "passed away
    early Thursday" and "confirmed her death ... on Thursday"), unless joining two lines
    would make one line of two clauses of one article that tell different events."""
    known = alike or set()
    by_date: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_date[(event.date, event.granularity)].append(event)
    merged: list[Event] = []
    for everything in by_date.values():
        # One wording is one event (wire copies): only distinct wordings are compared.
        copies: dict[str, list[Event]] = defaultdict(list)
        for event in everything:
            copies[event.text].append(event)
        group = [same[0] for same in copies.values()]
        pairs = sorted(
            (-_closeness(group[i], group[j], known), i, j)
             for i in range(len(group)) for j in range(i + 1, len(group))
             if same_event(group[i], group[j], known))
        owner = list(range(len(group)))
        members = {i: [i] for i in range(len(group))}
        for _, i, j in pairs:
            left, right = owner[i], owner[j]
            if left == right or not _compatible(
                    [group[k] for k in members[left]], [group[k] for k in members[right]],
                    known):
                continue
            for k in members[right]:
                owner[k] = left
            members[left] += members.pop(right)
        merged += [_combine([event for k in sorted(ids) for event in copies[group[k].text]])
                   for _, ids in sorted(members.items())]
    return fold_coarser(merged, known)


# A line dated to a year or a month, by the finer lines that may date its event: prefixes
# of ISO dates ("2004" of "2004-04", "1923-04" of "1923-04-22"). Weeks are not prefixes.
_FINER = {"month": ("day",), "year": ("month", "day")}


def fold_coarser(lines: list[Event], alike: set[frozenset[int]] | None = None) -> list[Event]:
    """A line dated only by its month or year joins a line of a finer date inside that
    period that tells the same event (``_same_at_two_precisions`` on any two of their
    clauses, and no article then tells two different events on one line), under the finer
    date: one outlet
    gives the year, another the day. ECB+ 4: "Born in 1923 in Nashville, Tennessee, Bettie
    Mae Page was one of six children" (4_1ecb) and "Bettie Mae Page was born on April 22,
    1923, in Nashville, Tennessee" (4_7ecb); ECB+ 7: "since losing to Lamon Brewster in
    2004" (7_5ecb) and "in April 2004" (7_7ecbplus). Months fold first, then years (into
    what is left). Blocked by the period: only lines of one year are compared."""
    known = alike or set()
    inside: dict[str, list[Event]] = defaultdict(list)  # period -> finer lines in it
    for line in lines:
        parts = line.date.split("-")
        if line.granularity in ("month", "day") and all(p.isdigit() for p in parts):
            for cut in range(1, len(parts)):
                inside["-".join(parts[:cut])].append(line)
    gone: set[int] = set()
    for coarse_kind in ("month", "year"):
        for line in lines:
            if line.granularity != coarse_kind or id(line) in gone:
                continue
            finer = [
                other for other in inside.get(line.date, ())
                if other.granularity in _FINER[coarse_kind] and id(other) not in gone
                and _tells_same(line, other, known)
            ]
            if not finer:
                continue
            best = max(finer, key=lambda other: _line_closeness(line, other, known))
            _absorb(best, line)
            gone.add(id(line))
    return [line for line in lines if id(line) not in gone]


def _clauses(line: Event) -> list[Event]:
    return line.parts or [line]


def _tells_same(coarse: Event, fine: Event, alike: set[frozenset[int]]) -> bool:
    left, right = _clauses(coarse), _clauses(fine)
    return any(_same_at_two_precisions(a, b) for a in left for b in right) and (
        _compatible(left, right, alike))


def _same_at_two_precisions(a: Event, b: Event) -> bool:
    """Stricter than ``same_event``, for two dates that are not the same date: of two
    sentences (one sentence's two dates are two events, also where a copy of the sentence
    prints one clause inside the other: "a finding limiting the protections … to protect
    polar bears, which were listed as a threatened species this year", ECB+ 9), by no two
    doers ("DiLeo … was promoted … in 2003" / "King took over as the team's president … on
    May 26, 2003", ECB+ 5), at no two places, neither telling a repeated act ("raised
    interest rates seven times in 2022", review of 0bc7f7b), and the finer clause says
    nearly all the coarse one says, names left out (``Event.words``, ``_share``: "a Texas
    prison statement Monday" is no report of "900 … cell phones were smuggled into Texas
    prisons this year", ECB+ 3). The same
    doer doing the same act is not enough: within a year or a month news tells repeated
    acts ("Police arrested Ahmed Khan in 2019 on drug charges" / "… on November 3, 2019,
    after the shooting at the mall", review of 0bc7f7b); nor are two outlets' closest
    sentences ("A year ago, the Sixers fired president Billy King" / "Cheeks had signed an
    extension to his contract in September", ECB+ 5)."""
    if set(a.refs) & set(b.refs) or a.text in b.text or b.text in a.text:
        return False
    if (a.actor and b.actor and a.actor != b.actor) or (
            a.where and b.where and not a.where & b.where):
        return False
    if _repeated(a.text) or _repeated(b.text):
        return False
    return _share(a.words, b.words) >= SAME_DESPITE_ACTORS


def _share(coarse: dict[str, float], fine: dict[str, float]) -> float:
    """The weighted share of what the coarse clause says that the finer one says too: the
    finer report must tell all the coarse one does ("arrested … in 2019 on drug charges" is
    not told by "arrested … on November 3, 2019")."""
    total = sum(coarse.values())
    return sum(w for t, w in coarse.items() if t in fine) / total if total else 0.0


# An act told as done more than once: "seven times", "many times", "twice", "again" (review
# of 0bc7f7b, "The Federal Reserve raised interest rates seven times in 2022"); "at times"
# says how often something is so, not that an act repeats.
_REPEATED = re.compile(r"\b(?:twice|thrice|again|repeatedly)\b", re.IGNORECASE)
# "times" after a count of occasions, a number or a word of how many ("seven times", "12
# times", "dozens of times"). Not a newspaper ("the Financial Times", "the Los Angeles Times
# reported": capitalised, no count before it) and not a multiple, a count before a comparison
# ("three times the size of Manhattan", "three times as many", "2.5 times": review notes,
# reviewer 2, 2026-11-30).
_TIMES = re.compile(
    r"(?<![\d.,])\b(\d[\d,]*|[A-Za-z-]+)\s+(?:of\s+)?times\b(?![.,]?\d)"
    r"(?!\s+(?:the|as|more|less|fewer|larger|bigger|higher|greater|smaller|faster|longer|that|"
    r"what)\b)"
)
_HOW_MANY = frozenset(
    ("many", "several", "multiple", "numerous", "countless", "few", "more", "dozens",
     "hundreds", "thousands")
)  # fmt: skip


def _repeated(text: str) -> bool:
    return _REPEATED.search(text) is not None or any(
        is_number_word(count) or count.casefold() in _HOW_MANY
        for count in _TIMES.findall(text)
    )


def _line_closeness(coarse: Event, fine: Event, alike: set[frozenset[int]]) -> float:
    return max(_closeness(a, b, alike) for a in _clauses(coarse) for b in _clauses(fine))


def _absorb(line: Event, coarse: Event) -> None:
    """``coarse``'s clauses and sources join ``line``, which keeps its date and wording (the
    finer date's: the reader is told the day)."""
    line.parts = _clauses(line) + _clauses(coarse)
    for ref in coarse.refs:
        if ref not in line.refs:
            line.refs.append(ref)
    line.scheduled = line.scheduled and coarse.scheduled
    line.texts = line.texts + coarse.texts
    line.respelled = {**coarse.respelled, **line.respelled}


def _closeness(a: Event, b: Event, alike: set[frozenset[int]]) -> float:
    if mentions(a, b) or mentions(b, a) or frozenset((a.row, b.row)) in alike:
        return 1.0
    return overlap(a.vector, b.vector)


def _compatible(left: list[Event], right: list[Event], alike: set[frozenset[int]]) -> bool:
    """No two clauses of one article that tell different events end up on one line."""
    return all(same_event(a, b, alike) for a in left for b in right
               if {r.article for r in a.refs} & {r.article for r in b.refs})


def _combine(events: list[Event]) -> Event:
    line = events[0]
    line.parts = [replace(event, parts=[]) for event in events]
    for event in events[1:]:
        for ref in event.refs:
            if ref not in line.refs:
                line.refs.append(ref)
        line.scheduled = line.scheduled and event.scheduled
        line.texts += event.texts
        line.respelled.update(event.respelled)
    line.text = plainest(line.texts)
    return line


def same_event(a: Event, b: Event, alike: set[frozenset[int]] | None = None) -> bool:
    """Two dated clauses of one date tell the same event: one names it and the other tells
    it (``mentions``); their sentences are two outlets' closest wordings of one report
    (``told_alike``: "Moscow targeted energy infrastructure … in an overnight attack on
    Kiev" and "Russia launched overnight missile and drone attacks on … Kyiv", the
    example's FT and Newslooks); the parse says the same person did the same thing
    (``same_doing``); or, where the parse names no doer for one of them, their words
    overlap enough."""
    if mentions(a, b) or mentions(b, a):
        return True
    if alike and frozenset((a.row, b.row)) in alike:
        return True
    if same_doing(a, b):
        return True
    score = overlap(a.vector, b.vector)
    if {r.article for r in a.refs} & {r.article for r in b.refs}:
        # an article tells one event twice only in close words; two clauses of one
        # article are otherwise two events
        return score >= SAME_DESPITE_ACTORS
    if a.actor and b.actor:
        # the same doer on the same day doing what the parse calls two things ("Kimani Gray
        # was shot and killed" / "Gray was killed … by police", ECB+ topic 19): what they
        # did need only overlap; two doers: nearly the same words (a ship and its navy,
        # "Indian Naval Ship Sukanya … thwarted" / "Indian Navy … thwarted", ECB+ topic 12)
        return score >= (SAME_ACTOR if a.actor == b.actor else SAME_DESPITE_ACTORS)
    return score >= SAME_EVENT


def same_doing(a: Event, b: Event) -> bool:
    """Who did what, from the parse (``annotate.doers``): True when the same person did the
    same act ("Donald Trump said Tuesday he is sending his envoy Steve Witkoff …" and
    "President Donald Trump revealed Tuesday that he is dispatching two top envoys": Trump,
    sending; ECB+ topic 4's "Williams died early Thursday" and "passed away early
    Thursday"), or when one is a person's saying and the other reports what that person said
    ("Lavrov commented on the plan on Tuesday" / "Lavrov told a press conference on Tuesday
    that Moscow was expecting …"; "Starmer said Zelensky had indicated …" / "Zelensky told a
    videoconference on Tuesday of the so-called Coalition of the Willing …"), unless the two
    name different places or bodies (ECB+ topic 1). Who did what only joins: two doers are
    not proof of two events (a ship and its navy, a city and its country), so words decide
    the rest (``same_event``)."""
    if _said_by(a, b) or _said_by(b, a):
        return True
    if a.where and b.where and not a.where & b.where:
        return False  # the same act elsewhere: "Lohan had checked into Morningside Recovery
        # Center Thursday morning" / "checked into the Betty Ford Clinic … on Thursday night"
    if not (a.actor and a.actor == b.actor and a.action and b.action):
        return False
    if same_action(a.action, b.action):
        return True
    # who did what with whom: the same doer acting on the same other party that day, neither
    # act a saying ("Klitschko stopped Thompson in the 11th round" / "Klitschko had beaten
    # Thompson back in 2008", ECB+ 7; "INS Sukanya was escorting the five merchant vessels
    # through the Gulf of Aden" / "foiled a piracy attempt in the Gulf of Aden", ECB+ 12)
    others = (a.named() & b.named()) - {f"@{a.actor}"}
    return bool(others) and not is_saying(a.action) and not is_saying(b.action)


def _said_by(saying: Event, report: Event) -> bool:
    """``saying`` is a person's act of saying and ``report`` tells what that person said."""
    return bool(saying.actor and saying.action and is_saying(saying.action)
                and report.speaker == saying.actor)


def mentions(phrase: Event, clause: Event) -> bool:
    """A noun phrase dated alone names an event ("ahead of Witkoff's visit next week"): when
    a clause of the same date names everyone it names ("Trump will send special envoy Steve
    Witkoff to Moscow next week", the example's Al Jazeera report), it is that clause's
    event, in whichever article."""
    named = phrase.named()
    return not phrase.clause and clause.clause and bool(named) and named <= clause.named()


def plainest(texts: list[tuple[str, bool]]) -> str:
    """The wording a reader takes in best: a clause (it has a tense) that starts as a
    sentence does, of a line's length, over a noun phrase or a long sentence."""
    def cost(item: tuple[str, bool]) -> tuple[int, int, int]:
        text, clause = item
        sentence_like = text[:1].isupper() or text[:1] in "“\"‘"
        return (0 if clause else 1, 0 if sentence_like else 1, abs(len(text) - 110))

    return min(texts, key=cost)[0]


def term_weights(index: SentenceIndex) -> dict[str, float]:
    """A term's weight in a clause: its inverse document frequency over the story's
    sentences (as the sentence index weighs it)."""
    df: dict[str, int] = defaultdict(int)
    for vector in index.vectors:
        for term in set(bases(vector)):
            df[term] += 1
    total = max(len(index.vectors), 1)
    return {term: math.log(1 + total / count) for term, count in df.items()}


def bases(terms: Iterable[str]) -> list[str]:
    """Terms compared by base form ("strikes" and "strike", "sending" and "sent"); entity
    terms as they are."""
    found = []
    for term in terms:
        if term.startswith("@"):
            found.append(term)
            continue
        for suffix in ("’s", "'s"):
            term = term.removesuffix(suffix)
        found.append(base_form(term))
    return found


def weighted(terms: list[str], weights: dict[str, float]) -> dict[str, float]:
    return {t: weights.get(t, math.log(2.0)) for t in terms}


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """The weighted share of the shorter clause found in the other. Not a cosine: one outlet
    tells the strike in six words, another adds the toll and its source, and the short one
    is still wholly in the long one."""
    if sum(a.values()) > sum(b.values()):
        a, b = b, a
    total = sum(a.values())
    return sum(w for t, w in a.items() if t in b) / total if total else 0.0
