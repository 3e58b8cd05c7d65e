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

from spacy.tokens import Doc, Token

from storydesk.annotate.cues import characterises, cue_text, is_cue, is_speech_noun
from storydesk.annotate.quote_groups import (
    Group,
    continues,
    named_lead,
    opens_sentence,
    paragraph_start,
    signature,
    token_at,
    tokens_in,
)
from storydesk.annotate.quote_marks import Span, quote_spans
from storydesk.annotate.speakers import Context, speaker_between, speaker_of
from storydesk.article import Article, Quote, Term

# How far after a quote's closing mark its cue may stand ("…,” the US president said).
AFTER_TOKENS = 20
# "“…,” Ramos, 58, told": any verb this close after a quote is its cue.
AFTER_VERB_TOKENS = 6
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
# Longest text between the two parts of an interrupted quote.
MAX_GAP_CHARS = 160
GAP_ENDINGS = (".", ",", ":", ";")
OPEN_ENDINGS = (",", "?", "!", "…", "—", "–", "-")
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
            group.cue = _find_cue(group, context)
        groups = _join_fragments(groups, context)
        statements: list[Group] = []
        terms: list[Group] = []
        for group in groups:
            if group.cue is None and _is_term(group, context):
                terms.append(group)
                continue
            _attribute(group, statements[-1] if statements else None, context)
            statements.append(group)
        article.quotes = [_quote(article, n, g) for n, g in enumerate(statements)]
        article.terms = [_term(article, g) for g in terms]


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


def _term(article: Article, group: Group) -> Term:
    start, end = group.spans[0].trimmed(article.text)
    return Term(article.text[start:end], article.sentence_at(group.start), start, end)


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
    cue = _cue_after(span, context)
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


# ---- the cue -------------------------------------------------------------------------------


def _find_cue(group: Group, context: Context) -> Token | None:
    text = context.article.text
    first = group.spans[0]
    if len(group.spans) > 1 and not group.spans[1].continues:
        gap = _cue_between(first, group.spans[1], context)
        if gap is not None:
            return gap
    right_after = _cue_right_after(group, context)
    if right_after is not None:
        return right_after
    governing = _governing_cue(group, context)
    if governing is not None:
        return _participle_before(first, governing, context) or governing
    if opens_sentence(first, context):
        cue = _cue_after(group.spans[-1], context, any_verb=True)
        if cue is None:
            cue = _cue_from_colon(first, text, context)
        return cue if cue is not None else _cue_said_before(first, context)
    cue = _cue_before(first, context)
    if cue is None:
        cue = _cue_after(group.spans[-1], context)
    return None if cue is not None and _in_subject_of(first, cue) else cue


def _cue_right_after(group: Group, context: Context) -> Token | None:
    """"“I never said that,” Trump said, after CNBC's Becky Quick said the billionaire had
    called Rubio the “personal senator”" (PolNeAR train, wash-post): a quote that opens its
    sentence and leaves it open takes the speech verb a few words after it, whatever verb
    the parse hung it on."""
    first, last = group.spans[0], group.spans[-1]
    if not last.closed or not last.text(context.article.text).endswith(OPEN_ENDINGS):
        return None
    if not opens_sentence(first, context):
        return None
    cue = _cue_after(last, context)
    if cue is None:
        return None
    between = tokens_in(context.doc, last.end, cue.idx)
    return cue if len([t for t in between if not t.is_space]) <= AFTER_VERB_TOKENS else None


def _participle_before(span: Span, governing: Token, context: Context) -> Token | None:
    """"The spot concludes with footage of Trump saying during the debate last week, “That
    makes me smart,”" (PolNeAR dev, breitbart): the parse hangs the quote on the sentence's
    verb, which is a speech verb too; a participle of saying between that verb and the quote,
    whose own words end right before the quote, is the one that introduces it."""
    token = token_at(context.doc, span.start)
    if token is None or governing.i >= token.i:
        return None
    for candidate in reversed(context.doc[governing.i + 1 : token.i]):
        if candidate.tag_ != "VBG" or context.inside_quote(candidate.idx):
            continue
        if not is_cue(candidate) or candidate.dep_ == "relcl":
            return None
        between = context.doc[candidate.right_edge.i + 1 : token.i]
        return candidate if all(t.is_punct or t.is_space for t in between) else None
    return None


def _in_subject_of(span: Span, cue: Token) -> bool:
    """`the "Big Three" automakers had pleaded`: the quote stands in the cue's subject."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass")
        and child.left_edge.idx <= span.start < child.right_edge.idx + len(child.right_edge)
        for child in cue.children
    )


def _cue_between(first: Span, second: Span, context: Context) -> Token | None:
    cues = [t for t in tokens_in(context.doc, first.end, second.start) if is_cue(t)]
    return cues[0] if cues else None


def _governing_cue(group: Group, context: Context) -> Token | None:
    """The speech verb above the quote in the parse, outside every quote: "Lavrov warned
    that if the plan “erased…” then …" climbs from the quoted words to "warned"."""
    for span in group.spans:
        inner = tokens_in(context.doc, span.inner_start, span.inner_end)
        # The words whose head lies outside the quote, the quote's own root first (its end
        # punctuation often hangs on the sentence root, which is no evidence).
        tops = [
            t for t in inner
            if not t.is_punct and not span.inner_start <= t.head.idx < span.inner_end
        ]
        for top in sorted(tops, key=lambda t: -len(list(t.subtree))):
            cue = _climb_to_cue(top.head, context)
            if cue is not None:
                return cue
    return None


def _climb_to_cue(token: Token, context: Context) -> Token | None:
    sentence = token.sent
    below: Token | None = None
    while True:
        if not context.inside_quote(token.idx) and (
            is_cue(token) or is_speech_noun(token)
            or (below is not None and characterises(token, below))
        ):
            # A quote inside the speaker's own subject phrase is not what they said.
            return None if below is not None and below.dep_ in ("nsubj", "nsubjpass") else token
        if token.head.i == token.i or token.head.sent != sentence:
            return None
        token, below = token.head, token


def _cue_after(span: Span, context: Context, any_verb: bool = False) -> Token | None:
    text = context.article.text
    stop = text.find("\n", span.end)
    stop = len(text) if stop < 0 else stop
    window: list[Token] = []
    for token in tokens_in(context.doc, span.end, stop)[:AFTER_TOKENS]:
        if _in_nickname(token, context):
            continue
        if context.inside_quote(token.idx) or token.text in (".", "!", "?"):
            break
        if is_cue(token):
            return token
        window.append(token)
    # “…,” Kelly charged / “…!” beamed Hartley: right after a quote that opens its sentence
    # and leaves it open, the first finite verb is the cue whatever the verb.
    if any_verb and span.closed and span.text(text).endswith(OPEN_ENDINGS):
        verbs = [t for t in window[:AFTER_VERB_TOKENS] if t.tag_ in FINITE_TAGS[:3]]
        return verbs[0] if verbs else None
    return None


def _in_nickname(token: Token, context: Context) -> bool:
    """Whether the token is in a nickname quoted inside a name: "Scott's niece, state Del.
    Marcia "Cia" Price (D-Newport News), shouted" (PolNeAR dev, wash-post): one or two
    capitalised words in quote marks between two capitalised words. The cue after it is
    still the quote's."""
    text = context.article.text
    found = next(((s, e) for s, e in context.quoted if s <= token.idx < e), None)
    if found is None:
        return False
    start, end = found
    words = text[start + 1 : end - 1].split()
    before = text[max(start - 30, 0) : start].split()
    after = text[end : end + 30].split()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and bool(before) and before[-1][:1].isupper() and text[start - 1] == " "
        and bool(after) and after[0][:1].isupper() and text[end : end + 1] == " "
    )


def _cue_before(span: Span, context: Context) -> Token | None:
    token = token_at(context.doc, span.start)
    if token is None:
        return None
    cue = _cue_earlier_in_sentence(token, context)
    if cue is not None:
        return cue
    lead = context.article.text[: span.start].rstrip()
    if lead.endswith(":"):
        return _verb_before_colon(token, context)  # "X released a statement: “…”"
    root = _root_verb(token)
    if lead.endswith(",") and root is not None and root.i < token.i and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children
    ):
        return root  # "Trump issued a statement, “Last night, our nation was attacked …”"
    return None


def _verb_before_colon(token: Token, context: Context) -> Token | None:
    """The main verb of the words before a colon that opens a quote: the sentence root when
    it stands there, else the highest verb above the word before the colon that lies before
    it ("In a Fox interview later that day, Trump went even further: “If he goes …”" and
    "the Illinois Board of Elections was conclusive in its findings: “…”", PolNeAR train,
    huff-post: the parse made the quote's own verb the root)."""
    root = _root_verb(token)
    if root is not None and root.i < token.i and not context.inside_quote(root.idx):
        return root
    start = token.sent.start
    before = [t for t in context.doc[start : token.i] if not t.is_punct and not t.is_space]
    if not before:
        return None
    word, verb = before[-1], None
    while True:
        if word.pos_ in ("VERB", "AUX") and not context.inside_quote(word.idx):
            verb = word
        if word.head.i == word.i or word.head.i >= token.i or word.head.i < start:
            return verb
        word = word.head


def _root_verb(token: Token) -> Token | None:
    root = token.sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _cue_from_colon(span: Span, text: str, context: Context) -> Token | None:
    """“…” in a paragraph of its own, after a paragraph ending "…, who told AP:"."""
    if not paragraph_start(text, span.start):
        return None
    previous_end = text.rfind("\n", 0, span.start)
    line_end = len(text[:previous_end].rstrip())
    if line_end <= 0 or text[line_end - 1] != ":":
        return None
    colon = token_at(context.doc, line_end - 1)
    if colon is None:
        return None
    cue = _cue_earlier_in_sentence(colon, context)
    return cue if cue is not None else _verb_before_colon(colon, context)


def _cue_said_before(span: Span, context: Context) -> Token | None:
    """"Sam Lau, the communications director …, said in a statement. “There are no paper
    ballots …”" (PolNeAR train, west-journal): the sentence right before says that someone
    spoke and not what; the quote that follows is what."""
    token = token_at(context.doc, span.start)
    if token is None or token.sent.start == 0:
        return None
    previous = context.doc[token.sent.start - 1].sent
    if context.article.text[previous.end_char : span.start].count("\n") > 2:
        return None  # the sentence must end the paragraph right before
    root = previous.root
    said_what = ("ccomp", "dobj", "xcomp", "parataxis", "conj", "advcl")
    if not is_cue(root) or any(c.dep_ in said_what for c in root.children):
        return None
    if any(context.inside_quote(t.idx) for t in previous):
        return None
    return root


def _cue_earlier_in_sentence(token: Token, context: Context) -> Token | None:
    """The nearest cue before ``token`` in its sentence, outside any quote."""
    for candidate in reversed(context.doc[token.sent.start : token.i]):
        if not context.inside_quote(candidate.idx) and is_cue(candidate):
            return candidate
    return None
