"""The story's timeline: one line per event (who did what), with every source that reports it.

Events come from the dates. The date annotator gives each date the clause it dates and that
clause's tense (``annotate.date_events``), so a sentence that dates two events ("a new plan
emerged this week following talks … that ended on Sunday") gives two lines, and a sentence's
first date never dates the rest of it. A line keeps the precision of its text: a week ("last
week") stays a week, a month a month. An event still ahead of its report (future tense, a
deadline, "next week") is scheduled; a past-tense clause dated after its report is left out
(the date was another event's). Events of one date and precision whose clauses are similar
(the story's sentence weights, the date's own words left out) and whose actors agree are one
line citing every sentence. Events from well before the story's first report are background,
kept apart. Without a publication date no relative date resolves: the view then says to pass
``--date``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from storydesk.annotate.dates import published_day
from storydesk.annotate.doers import is_saying, same_action
from storydesk.annotate.morphy import base_form
from storydesk.article import Article, DateMention, SentenceRole
from storydesk.options import Options
from storydesk.reconcile.similarity import (
    CANDIDATE,
    SUPPORT,
    SentenceIndex,
    SentenceRef,
    build_index,
    entity_terms,
    terms_of,
)
from storydesk.reconcile.spelling import Spellings
from storydesk.story import Citation, Story, TimelineEntry

# Overlap (weighted share of the shorter clause in the other, the actor's words left out) at
# which two clauses of one date tell the same event, used only where the parse names no doer
# for both or it gives them different acts: the same doer doing the same act is one event
# whatever the words (``same_doing``). Set on the example's Tuesday before the parse's doers
# (unrelated clauses sharing "new" and "Kyiv" 0.37, one Lavrov statement 0.46-0.71).
SAME_EVENT = 0.5
SAME_ACTOR = 0.4  # ... when the parse gives both the same doer
SAME_DESPITE_ACTORS = 0.7  # ... when their doers differ, or both come from one article
BACKGROUND_DAYS = 14  # an event ending this long before the first report is background
PLACES = ("GPE", "LOC", "FAC", "ORG")  # where an act was done, or with which body
PER_DATE = 8  # a timeline is a view: the best-reported events of each date
MIN_EVENT_WORDS = 3  # a clause of fewer words besides its date says too little
PRECISION = {"day": 3, "week": 2, "month": 1, "year": 0}


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


def build(story: Story, options: Options, index: SentenceIndex | None = None) -> Story:
    """``index``: the story's sentence index when the caller already has it."""
    index = index or build_index(story)
    found = candidates(story, index)
    best = closest(index, [event.row for event in found])
    events = merge(found, told_alike(index, best))
    first = story_start(story)
    for event in events:
        event.background = is_background(event.date, event.granularity, first)
    add_undated_sources(story, index, events, best)
    by_date: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_date[(event.date, event.granularity)].append(event)
    entries: list[TimelineEntry] = []
    for key in sorted(by_date, key=lambda k: sort_key(*k)):
        ranked = sorted(by_date[key], key=lambda e: (-len({r.article for r in e.refs}),
                                                     e.actor is None, min(r.sentence for r in
                                                                          e.refs)))
        entries += [entry(event) for event in ranked[:PER_DATE]]
    story.timeline = entries
    return story


def candidates(story: Story, index: SentenceIndex) -> list[Event]:
    """One event per dated clause of every article."""
    mentions = entity_terms(story)
    weights = _term_weights(index)
    spellings = Spellings(story)  # lines spell names as the story does (as the brief's)
    rows = {ref: number for number, ref in enumerate(index.refs)}
    events: list[Event] = []
    for article in story.articles:
        by_clause: dict[tuple[int, int], DateMention] = {}
        for mention in article.dates:
            mention = _with_clause(article, mention)
            if not _usable(article, mention):
                continue
            clause = (mention.event_start, mention.event_end)
            kept = by_clause.get(clause)
            if kept is None or PRECISION.get(mention.granularity, 0) > PRECISION.get(
                    kept.granularity, 0):
                by_clause[clause] = mention  # "on Tuesday, Nov. 25": the day, once
        for mention in by_clause.values():
            text = article.text[mention.event_start:mention.event_end]
            inside = [e for e in article.entities
                      if mention.event_start <= e.start < mention.event_end]
            ids = [mentions[(article.id, e.text)] for e in inside if (article.id, e.text)
                   in mentions]
            date_words = set(_bases(terms_of(mention.text, [])))
            terms = [t for t in _bases(terms_of(text, ids)) if t not in date_words]
            if len([t for t in terms if not t.startswith("@")]) < MIN_EVENT_WORDS - 1:
                continue
            if not readable(text):
                continue  # the rest of a clause: "to end the war after …", "being stunned …"
            actor = _named_at(article, mention.actor_start, mentions)
            # Events compare by what is done: the actor is compared apart (same_event).
            actor_words = set(_bases(terms_of(actor[1], [actor[0]]))) if actor else set()
            speaker = _named_at(article, mention.speaker_start, mentions)
            predicate = [t for t in terms if t not in actor_words]
            named_words = set(_bases(terms_of(" ".join(e.text for e in inside), [])))
            shown, respelled = spellings.span(article, mention.event_start, mention.event_end)
            events.append(Event(
                mention.date, mention.granularity, shown,
                [SentenceRef(article.id, mention.sentence)],
                _scheduled(article, mention), _vector(predicate, weights),
                actor[0] if actor else None, texts=[(shown, bool(mention.tense))],
                respelled={shown: [list(pair) for pair in respelled]},
                clause=bool(mention.tense),
                row=rows.get(SentenceRef(article.id, mention.sentence), -1),
                words=_vector([t for t in predicate if not t.startswith("@")
                               and t not in named_words], weights),
                action=mention.action if actor else "",
                speaker=speaker[0] if speaker else None,
                where=frozenset(mentions.get((article.id, e.text), e.text) for e in inside
                                if e.type in PLACES) - {actor[0] if actor else ""},
            ))
    return events


def _with_clause(article: Article, mention: DateMention) -> DateMention:
    """A date annotated before dates knew their clause (a hand-built or older article) dates
    its whole sentence; one the annotator found no event for (tense "past": a past clause
    dated after its report) stays without."""
    if mention.event_start >= 0 or mention.tense or not article.sentence_spans:
        return mention
    if not 0 <= mention.sentence < len(article.sentence_spans):
        return mention
    start, end = article.sentence_spans[mention.sentence]
    return replace(mention, event_start=start, event_end=end)


def _usable(article: Article, mention: DateMention) -> bool:
    """A date with a clause to show, in a sentence that is not a question, and not a
    past-tense clause dated after its own report."""
    if mention.event_start < 0 or mention.event_end <= mention.event_start:
        return False
    if not 0 <= mention.sentence < len(article.sentences):
        return False
    roles = article.roles
    if mention.sentence < len(roles) and roles[mention.sentence].kind == "question":
        return False
    published = published_day(article.published)
    return not (mention.tense == "past" and published is not None
                and period_start(mention.date, mention.granularity) > published)


def _scheduled(article: Article, mention: DateMention) -> bool:
    if mention.tense == "future":
        return True
    published = published_day(article.published)
    return (mention.tense != "past" and published is not None
            and period_start(mention.date, mention.granularity) > published)


def _named_at(article: Article, at: int,
              mentions: dict[tuple[str, str], str]) -> tuple[str, str] | None:
    """(story entity, text) of the name the parse gave as a doer or speaker (the head word at
    ``at``, ``DateMention.actor_start``): a person, or an entity of the story ("Russia
    launched …"); not a word of a title the story has no entity for ("Army" of "Army
    Secretary Dan Driscoll" is in no mention, "Driscoll" is)."""
    if at < 0:
        return None
    mention = next((e for e in article.entities if e.start <= at < e.end), None)
    if mention is None:
        return None
    known = mentions.get((article.id, mention.text))
    if known is None and mention.type == "PERSON":
        # a form of a name the story's entities leave out ("Kimani (Kiki) Gray", ECB+ topic
        # 19): the person of the same article whose name ends with the same word
        last = mention.text.split()[-1]
        known = next((mentions[(article.id, e.text)] for e in article.entities
                      if e.type == "PERSON" and e.text.split()[-1] == last
                      and (article.id, e.text) in mentions), None)
    if known is None and mention.type != "PERSON":
        return None
    return known or mention.text, mention.text


# Words a clause remnant starts with: a line that begins so does not read alone.
REMNANT_OPENINGS = frozenset({
    "to", "including", "being", "having", "that", "which", "who", "whom", "whose", "where",
    "when", "while", "as", "after", "before", "because", "if", "whether", "and", "but", "or",
})  # fmt: skip


def readable(text: str) -> bool:
    """A line that reads alone: it does not start as the rest of a clause does."""
    first = text.split(" ", 1)[0].strip("“\"‘'").casefold()
    return first not in REMNANT_OPENINGS


Closest = dict[int, dict[str, tuple[float, int]]]  # row -> article -> (cosine, its row)


def closest(index: SentenceIndex, rows: list[int]) -> Closest:
    """For each of ``rows``, its closest sentence in every other article at cosine SUPPORT
    or more (candidates from the index's rarer terms: blocking, as the brief's)."""
    wanted = sorted({row for row in rows if row >= 0})
    if not wanted:
        return {}
    best: Closest = {}
    for row, others in index.scored(wanted, CANDIDATE, SUPPORT).items():
        own = index.refs[row].article
        found: dict[str, tuple[float, int]] = {}
        for other, score in others.items():
            article = index.refs[other].article
            if article != own and score > found.get(article, (0.0, -1))[0]:
                found[article] = (score, other)
        best[row] = found
    return best


def told_alike(index: SentenceIndex, best: Closest) -> set[frozenset[int]]:
    """Pairs of the sentences ``best`` holds (``closest`` of the dated sentences) from two
    articles where each is the other's closest sentence in its article at cosine SUPPORT or
    more: how the brief finds that two outlets report the same (reconcile/developments.py;
    pair precision 0.93 on ECB+'s event coreference, eval/README.md)."""
    pairs = set()
    for row, found in best.items():
        for _, other in found.values():
            back = best.get(other, {}).get(index.refs[row].article)
            if back is not None and back[1] == row:
                pairs.add(frozenset((row, other)))
    return pairs


def add_undated_sources(
    story: Story, index: SentenceIndex, events: list[Event], best: Closest
) -> None:
    """Every source that reports an event, also where it gives no date: a sentence with no
    date of its own that is, with a sentence of the line, each other's closest across their
    two articles (as ``told_alike``) reports that event, and the line cites it. The
    example's FT and Al Jazeera tell Trump's sending Witkoff to Moscow without "Tuesday":
    their sentences now count for the Tuesday line, as the brief counts them (5 of 5).
    Each such sentence goes to one line, its closest; a background line takes none.
    ``best``: ``closest`` of the dated sentences (every line's rows are among them)."""
    dated = {SentenceRef(a.id, d.sentence) for a in story.articles for d in a.dates}
    roles = {a.id: a.roles for a in story.articles}
    plain = {a.id: _plain_words(a) for a in story.articles}
    lines = [e for e in events if not e.background]
    position = {ref: number for number, ref in enumerate(index.refs)}
    offers: dict[int, tuple[float, Event]] = {}  # undated row -> (cosine, line)
    for event in lines:
        cited = {r.article for r in event.refs}
        for row in _rows(event, position):
            for article, (score, other) in best.get(row, {}).items():
                ref = index.refs[other]
                if article in cited or ref in dated or not _reports(roles[article], ref):
                    continue
                if not _tells_what(event, plain[article](ref.sentence, index.texts[other])):
                    continue
                if score > offers.get(other, (0.0, event))[0]:
                    offers[other] = (score, event)
    back = closest(index, list(offers))
    for other, (_, event) in offers.items():
        mine = {index.refs[row].article: row for row in _rows(event, position)}
        for article, row in mine.items():
            reply = back.get(other, {}).get(article)
            if reply is not None and reply[1] == row and index.refs[other] not in event.refs:
                event.refs.append(index.refs[other])
                break


# Share of what a line's event does (its words, names left out) that an undated sentence
# must say too. Two sentences about one person are close by the name alone: "Ursula von der
# Leyen, President of the European Commission, stressed the need for close coordination"
# (the example's FT) is no report of her Sunday statement on the US-led plan (Al Jazeera),
# 0.05; the five outlets' wordings of Trump sending Witkoff to Moscow share 0.17 to 0.4.
TELLS_WHAT = 0.15


def _tells_what(event: Event, words: set[str]) -> bool:
    """The sentence says what one of the line's clauses says was done."""
    for part in event.parts or [event]:
        total = sum(part.words.values())
        if total and sum(w for t, w in part.words.items() if t in words) >= TELLS_WHAT * total:
            return True
    return False


def _plain_words(article: Article) -> Callable[[int, str], set[str]]:
    """A sentence's words without the names in it, by base form."""
    def words(sentence: int, text: str) -> set[str]:
        for entity in article.entities:
            if entity.sentence == sentence:
                text = text.replace(entity.text, " ")
        return set(_bases(terms_of(text, [])))
    return words


def _rows(event: Event, position: dict[SentenceRef, int]) -> list[int]:
    return [position[ref] for ref in event.refs if ref in position]


def _reports(roles: list[SentenceRole], ref: SentenceRef) -> bool:
    """Not a question or a fragment (a subheading): a sentence that can report an event."""
    role = roles[ref.sentence] if ref.sentence < len(roles) else None
    return role is None or role.kind not in ("question", "fragment")


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
    return merged


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


def _term_weights(index: SentenceIndex) -> dict[str, float]:
    """A term's weight in a clause: its inverse document frequency over the story's
    sentences (as the sentence index weighs it)."""
    df: dict[str, int] = defaultdict(int)
    for vector in index.vectors:
        for term in set(_bases(vector)):
            df[term] += 1
    total = max(len(index.vectors), 1)
    return {term: math.log(1 + total / count) for term, count in df.items()}


def _bases(terms: Iterable[str]) -> list[str]:
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


def _vector(terms: list[str], weights: dict[str, float]) -> dict[str, float]:
    return {t: weights.get(t, math.log(2.0)) for t in terms}


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """The weighted share of the shorter clause found in the other. Not a cosine: one outlet
    tells the strike in six words, another adds the toll and its source, and the short one
    is still wholly in the long one."""
    if sum(a.values()) > sum(b.values()):
        a, b = b, a
    total = sum(a.values())
    return sum(w for t, w in a.items() if t in b) / total if total else 0.0


def story_start(story: Story) -> dt.date | None:
    """The day of the story's first report; for a story none of whose articles is dated,
    the latest past its articles tell in full (the story is at least that recent): "born on
    April 22, 1923" is then background to a death reported with no date, beside "a 2006
    film" (ECB+ topic 4's undated reports of Bettie Page's death led with her birth)."""
    days = [d for d in (published_day(a.published) for a in story.articles) if d is not None]
    if days:
        return min(days)
    told = [period_start(d.date, d.granularity) for a in story.articles for d in a.dates
            if d.tense == "past"]
    return max(told) if told else None


def period_start(date: str, granularity: str) -> dt.date:
    parts = [int(p) for p in date.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return dt.date(year, month, day)


def period_end(date: str, granularity: str) -> dt.date:
    start = period_start(date, granularity)
    if granularity == "week":
        return start + dt.timedelta(days=6)
    if granularity == "month" or len(date) == 7:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if granularity == "year" or len(date) == 4:
        return start.replace(month=12, day=31)
    return start


def is_background(date: str, granularity: str, first: dt.date | None) -> bool:
    """Well before the story's first report: context the articles recall."""
    return first is not None and (
        period_end(date, granularity) < first - dt.timedelta(days=BACKGROUND_DAYS))


def sort_key(date: str, granularity: str) -> tuple[int, int, int, int]:
    """Chronological order; a month sorts before its days, a year before its months."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    return (year, month, day, 0 if granularity in ("year", "month") else 1)


def entry(event: Event) -> TimelineEntry:
    return TimelineEntry(
        date=event.date,
        granularity=event.granularity,
        text=event.text,
        citations=[Citation(r.article, r.sentence) for r in event.refs],
        scheduled=event.scheduled,
        background=event.background,
        respelled=event.respelled.get(event.text, []),
    )
