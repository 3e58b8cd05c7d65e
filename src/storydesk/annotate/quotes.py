"""Direct quotes and their speakers, and quoted terms kept apart.

Quote marks give the quoted stretches (``quote_marks.quote_spans``). Stretches become one
quote when they are one statement: a quote interrupted by its cue ("“A,” X said. “B”"), a
quote that runs over paragraphs (the first left open, the next opened again), fragments of
one sentence under one cue ("warned that it “erased… key understandings” and “the situation
will be fundamentally different”"). Each quote keeps its pieces verbatim as ``spans``.

The cue is the speech verb that governs the quote in the parse, else the nearest one in its
sentence, else a verb after a quote that opens its sentence ("“…,” Kelly charged"), else the
sentence ending in a colon before it ("who told AP:"). ``speakers`` turns the cue's subject
into a name, or into the text's own description of the source. A quoted phrase that no
speech verb reaches and that is no sentence ("ring of fire", "New GM") is a ``Term``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storydesk.annotate.cues import cue_text, is_cue, is_speech_noun
from storydesk.annotate.headlines import capitalised_title, is_headline_case
from storydesk.annotate.quote_cues import FINITE_TAGS, OPEN_ENDINGS, cue_after, find_cue
from storydesk.annotate.quote_groups import (
    Group,
    continues,
    introduced,
    named_lead,
    signature,
    tokens_in,
)
from storydesk.annotate.quote_marks import Span, quote_spans
from storydesk.annotate.speakers import Context, speaker_between, speaker_of
from storydesk.article import Article, Quote, Term

# Longest text between the two parts of an interrupted quote.
MAX_GAP_CHARS = 160
GAP_ENDINGS = (".", ",", ":", ";")
# A quoted stretch with no cue is a term when it is at most this many words and holds no
# finite verb: "Big Three", "ring of fire", "GM Total Confidence" (MEANTIME corpus_gm).
TERM_WORDS = 5
JOINER = " … "


class QuoteAnnotator:
    name = "quotes"
    requires: tuple[str, ...] = ("text", "sentence_spans", "entities")
    assigns: tuple[str, ...] = ("quotes", "terms")

    def __call__(self, article: Article, doc: Doc) -> None:
        spans = quote_spans(article.text)
        context = Context(article, doc, tuple((s.start, s.end) for s in spans))
        groups = _join_stretches(spans, article.text, context)
        for group in groups:
            group.cue = find_cue(group, context)
        groups = _join_fragments(groups, context)
        statements: list[Group] = []
        terms: list[Group] = []
        for group in groups:
            if group.cue is None and _is_term(group, context):
                terms.append(group)
                continue
            _attribute(group, statements[-1] if statements else None, context)
            if _is_title(group, context) or (not group.who and _is_modifier(group, context)):
                terms.append(group)
                continue
            statements.append(group)
        article.quotes = [_quote(article, n, g) for n, g in enumerate(statements)]
        article.terms = [_term(article, s) for g in terms for s in g.spans]


def _attribute(group: Group, previous: Group | None, context: Context) -> None:
    if group.cue is not None and not (is_cue(group.cue) or is_speech_noun(group.cue)):
        # "Estimates … are particularly problematic - Pew Research: “…”" (PolNeAR train,
        # huff-post): the sentence's root verb is no speech verb; the name before the colon
        # is the source.
        group.who = named_lead(group, context)
        if group.who:
            return
    if group.cue is not None:
        group.who = speaker_of(group.cue, context)
        before = [s.end for s in group.spans if s.end <= group.cue.idx]
        # “…,” Viguerie notes — the tagger lost the verb, the name is still there; after
        # the statement's first piece, not after a quoted name further on ("“…,” Texas
        # delegate Bill Eastland, wearing … “Ted Cruz” campaign pins, said", PolNeAR train).
        for end in before:
            if group.who:
                break
            group.who = speaker_between(end, group.cue.idx, context)
    if not group.who:
        # "… for Republican contests - Philip Bump: “…”" (PolNeAR train, huff-post round-ups):
        # the root verb before the colon found no speaker; the name before it is one.
        group.who = named_lead(group, context) or signature(group, context)
    if not group.who and previous is not None and continues(previous, group, context):
        group.who = previous.who
    if not group.who and group.cue is None:
        group.who = introduced(group, context)


def _quote(article: Article, number: int, group: Group) -> Quote:
    pieces = [s.trimmed(article.text) for s in group.spans]
    return Quote(
        id=f"{article.id}:q{number}",
        text=JOINER.join(article.text[s:e] for s, e in pieces),
        speaker=group.who.name,
        cue=cue_text(group.cue) if group.cue is not None else None,
        sentence=article.sentence_at(group.start),
        start=group.start,
        end=group.end,
        speaker_descriptor=group.who.descriptor if group.who.name is None else None,
        spans=pieces,
    )


def _term(article: Article, span: Span) -> Term:
    start, end = span.trimmed(article.text)
    return Term(article.text[start:end], article.sentence_at(span.start), start, end)


# ---- one statement, several stretches ------------------------------------------------------


def _join_stretches(spans: list[Span], text: str, context: Context) -> list[Group]:
    """Stretches that continue a quote left open, or that resume after the quote's cue."""
    groups: list[Group] = []
    for span in spans:
        if not groups:
            # A first stretch may count as a continuation: the letterless open quote before
            # it ("“2020") is no stretch of its own.
            groups.append(Group([span]))
            continue
        goes_on = span.continues and not _another_speaker(groups[-1], span, context)
        if goes_on or _interrupted(groups[-1], span, text, context):
            groups[-1].spans.append(span)
        else:
            groups.append(Group([span]))
    return groups


def _interrupted(group: Group, second: Span, text: str, context: Context) -> bool:
    """“A,” X said. “B” — the gap between the group's last quote and the next is only their
    cue clause (not “A,” Franken said. Silverman responded, “B”: a sentence ends inside that
    gap)."""
    first = group.spans[-1]
    gap = text[first.end : second.start]
    if not first.closed or "\n" in gap or len(gap) > MAX_GAP_CHARS:
        return False
    gap_tokens = tokens_in(context.doc, first.end, second.start)
    if any(t.is_sent_start and not t.is_space for t in gap_tokens[1:]):
        return False
    if not first.text(text).endswith(OPEN_ENDINGS) or not gap.strip().endswith(GAP_ENDINGS):
        return False
    if _another_speaker(group, second, context):
        # “A,” said Sen. Susan Collins. “B,” added Rep. Cathy McMorris Rodgers (PolNeAR
        # train, usa-today): the second quote's own cue names its own speaker (“B,” he said
        # goes on with the first, and so does “B,” she told Tom Brown of CNN).
        return False
    return any(is_cue(t) for t in gap_tokens)


def _another_speaker(group: Group, span: Span, context: Context) -> bool:
    """Whether ``span``, which would go on with ``group`` (a paragraph opened after a quote
    left open, or the second part of an interrupted quote), has a cue of its own after it
    whose speaker is named in that cue's sentence and not in the quote so far: "“… if
    you’re an African-American. / “I have been doing a lot of thinking …,” added Rep. Jim
    Clyburn" after "Rep. Gwen Moore (D-Wis.) said Friday" (PolNeAR dev, huff-post: the
    outlet dropped a closing mark). A cue with a pronoun or the same name ("“…,” he said",
    "Moore said") still goes on, whoever else its sentence names ("she said of President
    Donald Trump", "she told Tom Brown of CNN")."""
    text = context.article.text
    if not (span.closed and span.text(text).endswith(OPEN_ENDINGS)):
        return False
    cue = cue_after(span, context)
    if cue is None:
        return False
    who = speaker_of(cue, context)
    if who.name is None:
        return False
    surname = who.name.split()[-1]
    named = [
        e for e in context.persons()
        if span.end <= e.start < cue.sent.end_char and e.text.split()[-1] == surname
    ]
    earlier = text[group.start : span.start]
    return bool(named) and not re.search(rf"\b{re.escape(surname)}\b", earlier)


def _join_fragments(groups: list[Group], context: Context) -> list[Group]:
    """Fragments of one sentence under one cue are one statement: “soon,” but only “when
    the deal is final”. A cue that is a verb before both counts; each fragment must have
    found the very same cue token."""
    joined: list[Group] = []
    for group in groups:
        last = joined[-1] if joined else None
        if (
            last is not None
            and group.cue is not None
            and last.cue is not None
            and group.cue.i == last.cue.i
            and not group.spans[0].continues
            and context.article.sentence_at(group.start) == context.article.sentence_at(last.end)
        ):
            last.spans.extend(group.spans)
        else:
            joined.append(group)
    return joined


def _is_term(group: Group, context: Context) -> bool:
    """A short quoted phrase with no verb of its own and no speech verb reaching it."""
    if len(group.spans) > 1 or group.spans[0].continues:
        return False
    inner = tokens_in(context.doc, group.spans[0].inner_start, group.spans[0].inner_end)
    words = [t for t in inner if not t.is_punct]
    if not words or len(words) > TERM_WORDS:
        return False
    return not any(t.tag_ in FINITE_TAGS for t in words)


def _is_title(group: Group, context: Context) -> bool:
    """A quoted stretch in title case that nobody is found to say is the name of a work, an
    award or a campaign, not a statement: "the 2005 book “The Big Show: High Times and Dirty
    Dealings Backstage at the Academy Awards.”", "a film in 2005, “The Notorious Bettie
    Page,” helped introduce her", "a nomination for “Outstanding Individual Performance in a
    Variety or Music Program.”" (ECB+ 2 and 4, shown as quotes with no speaker), even under a
    speaker's verb when it holds no finite verb: "Ketsoyan did not reveal what the star of
    “American Pie”, “Van Wilder” and “The Big Lebowski” was being treated for" (ECB+ 1_6ecb,
    a quote of Ketsoyan's). Title case is ``headlines.is_headline_case`` (three content
    words or more, each capitalised); a quote in capitals throughout ("WE WILL WIN") is
    shouted words, still a statement."""
    text = " ".join(s.text(context.article.text) for s in group.spans)
    letters = [c for c in text if c.isalpha()]
    titled = is_headline_case(text) or (group.cue is None and capitalised_title(text))
    if not titled or all(c.isupper() for c in letters):
        return False
    if not group.who:
        return True
    # Under a speaker's verb, only the object of a preposition ("the star of “…”"); not a
    # name someone called a person: "Trump called the 1996 pageant winner “Miss Piggy”",
    # "Clinton cited Trump's past references to Machado as “Miss Piggy”" (PolNeAR dev).
    before = [t for t in tokens_in(context.doc, max(0, group.start - 30), group.start)]
    if not before or before[-1].pos_ != "ADP" or before[-1].lower_ in ("as", "like"):
        return False
    inner = [t for s in group.spans for t in tokens_in(context.doc, s.inner_start, s.inner_end)]
    return not any(t.tag_ in FINITE_TAGS for t in inner)


# Tags of a noun that a quoted stretch right before it modifies.
NOUN_TAGS = frozenset({"NN", "NNS"})


def _is_modifier(group: Group, context: Context) -> bool:
    """A quoted stretch that modifies the noun right after it, with no punctuation of its
    own at its end, is a name for a kind of thing, not a statement: "a “love it or hate it”
    reaction", "a “John McCain is so old” joke", "a “yes” vote" (ECB+ 2), "the “Gary Ross
    Is Boss” campaign" (ECB+ 6), "in the same “must-have” light", "a flurry of “now the
    Yankees have to get him” comments" (ECB+ 10): nobody is said to have said them."""
    last = group.spans[-1]
    text = context.article.text
    if not last.closed or text[last.inner_start : last.inner_end].rstrip()[-1:] in ",.!?;:…":
        return False
    after = tokens_in(context.doc, last.end, min(len(text), last.end + 40))
    words = [t for t in after if not t.is_space]
    return bool(words) and words[0].tag_ in NOUN_TAGS and not is_speech_noun(words[0])
