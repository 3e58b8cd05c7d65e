"""The cue of a quote: the speech verb (or noun, or colon) that says who spoke it.

The speech verb that governs the quote in the parse, else the nearest one in its sentence,
else a verb after a quote that opens its sentence ("“…,” Kelly charged"), else the sentence
ending in a colon before it ("who told AP:"). ``annotate.quotes`` joins the quoted stretches
and hands each quote's cue to ``speakers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate.cues import characterises, is_cue, is_speech_noun
from storydesk.annotate.quote_groups import (
    Group,
    opens_sentence,
    paragraph_start,
    token_at,
    tokens_in,
)
from storydesk.annotate.quote_marks import Span
from storydesk.annotate.speakers import Context

# How far after a quote's closing mark its cue may stand ("…,” the US president said).
AFTER_TOKENS = 20
# "“…,” Ramos, 58, told": any verb this close after a quote is its cue.
AFTER_VERB_TOKENS = 6
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
OPEN_ENDINGS = (",", "?", "!", "…", "—", "–", "-")


def find_cue(group: Group, context: Context) -> Token | None:
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
        cue = cue_after(group.spans[-1], context, any_verb=True)
        if cue is None:
            cue = _cue_from_colon(first, text, context)
        return cue if cue is not None else _cue_said_before(first, context)
    cue = _cue_before(first, context)
    if cue is None:
        cue = cue_after(group.spans[-1], context)
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
    cue = cue_after(last, context)
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


def cue_after(span: Span, context: Context, any_verb: bool = False) -> Token | None:
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
