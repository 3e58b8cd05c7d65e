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

from collections import defaultdict
from dataclasses import replace

from storydesk.annotate.dates import published_day
from storydesk.article import Article, DateMention
from storydesk.options import Options
from storydesk.reconcile.similarity import (
    SentenceIndex,
    SentenceRef,
    build_index,
    entity_terms,
    terms_of,
)
from storydesk.reconcile.spelling import Spellings
from storydesk.reconcile.timeline_dates import is_background, period_start, sort_key, story_start
from storydesk.reconcile.timeline_events import Event, bases, merge, term_weights, weighted
from storydesk.reconcile.timeline_sources import add_undated_sources, closest, told_alike
from storydesk.story import Citation, Story, TimelineEntry

PLACES = ("GPE", "LOC", "FAC", "ORG")  # where an act was done, or with which body
PER_DATE = 8  # a timeline is a view: the best-reported events of each date
MIN_EVENT_WORDS = 3  # a clause of fewer words besides its date says too little
PRECISION = {"day": 3, "week": 2, "month": 1, "year": 0}


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
    weights = term_weights(index)
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
            date_words = set(bases(terms_of(mention.text, [])))
            terms = [t for t in bases(terms_of(text, ids)) if t not in date_words]
            if len([t for t in terms if not t.startswith("@")]) < MIN_EVENT_WORDS - 1:
                continue
            if not readable(text):
                continue  # the rest of a clause: "to end the war after …", "being stunned …"
            actor = _named_at(article, mention.actor_start, mentions)
            # Events compare by what is done: the actor is compared apart (same_event).
            actor_words = set(bases(terms_of(actor[1], [actor[0]]))) if actor else set()
            speaker = _named_at(article, mention.speaker_start, mentions)
            predicate = [t for t in terms if t not in actor_words]
            named_words = set(bases(terms_of(" ".join(e.text for e in inside), [])))
            shown, respelled = spellings.span(article, mention.event_start, mention.event_end)
            events.append(Event(
                mention.date, mention.granularity, shown,
                [SentenceRef(article.id, mention.sentence)],
                _scheduled(article, mention), weighted(predicate, weights),
                actor[0] if actor else None, texts=[(shown, bool(mention.tense))],
                respelled={shown: [list(pair) for pair in respelled]},
                clause=bool(mention.tense),
                row=rows.get(SentenceRef(article.id, mention.sentence), -1),
                words=weighted([t for t in predicate if not t.startswith("@")
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
