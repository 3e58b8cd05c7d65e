"""Direct quotes and their speakers.

Quote marks give the quoted stretches (``cues.quote_spans``); a quote interrupted by its cue
("“A,” X said. “B”") becomes one quote; the cue verb is looked for after the quote (when
the quote opens its sentence) or before it in the same sentence, then in a previous
paragraph that ends with a colon ("who told AP:"). ``speakers`` turns the cue's subject
into a name. A paragraph that is nothing but a quote, right after a paragraph whose quote
had a speaker, continues that speaker's words (the news convention for long quotes).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storydesk.annotate.cues import Span, cue_text, is_cue, quote_spans
from storydesk.annotate.speakers import Context, speaker_between, speaker_of
from storydesk.article import Article, Quote

# How far after a quote's closing mark its cue may stand ("…,” the US president said).
AFTER_TOKENS = 20
# "“…,” Ramos, 58, told": any verb this close after a quote is its cue.
AFTER_VERB_TOKENS = 6
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# Longest text between the two parts of an interrupted quote.
MAX_GAP_CHARS = 160
GAP_ENDINGS = (".", ",", ":", ";")
OPEN_ENDINGS = (",", "?", "!", "…", "—", "–", "-")


@dataclass(slots=True)
class Group:
    """One quote: one or more quoted spans, the cue found for it and its speaker."""

    spans: list[Span]
    cue: Token | None = None
    speaker: str | None = None

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


class QuoteAnnotator:
    name = "quotes"
    requires: tuple[str, ...] = ("text", "sentence_spans", "entities")
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article, doc: Doc) -> None:
        spans = quote_spans(article.text)
        context = Context(article, doc, tuple((s.start, s.end) for s in spans))
        groups = _merge_interrupted(spans, article.text, context)
        previous: Group | None = None
        for group in groups:
            group.cue = _find_cue(group, context)
            if group.cue is not None:
                group.speaker = speaker_of(group.cue, context)
            if group.cue is not None and group.speaker is None and group.cue.idx > group.end:
                # “…,” Viguerie notes — the tagger lost the verb, the name is still there.
                group.speaker = speaker_between(group.end, group.cue.idx, context)
            elif previous is not None and _continues(previous, group, article.text):
                group.speaker = previous.speaker
            previous = group
        article.quotes = [_quote(article, n, g) for n, g in enumerate(groups)]


def _quote(article: Article, number: int, group: Group) -> Quote:
    return Quote(
        id=f"{article.id}:q{number}",
        text=" ".join(s.text(article.text) for s in group.spans),
        speaker=group.speaker,
        cue=cue_text(group.cue) if group.cue is not None else None,
        sentence=article.sentence_at(group.start),
        start=group.start,
        end=group.end,
    )


def _merge_interrupted(spans: list[Span], text: str, context: Context) -> list[Group]:
    groups: list[Group] = []
    for span in spans:
        last = groups[-1].spans[-1] if groups else None
        if last is not None and _interrupted(last, span, text, context):
            groups[-1].spans.append(span)
        else:
            groups.append(Group([span]))
    return groups


def _interrupted(first: Span, second: Span, text: str, context: Context) -> bool:
    """“A,” X said. “B” — the gap between two quotes is only their cue clause."""
    gap = text[first.end : second.start]
    if not first.closed or "\n" in gap or len(gap) > MAX_GAP_CHARS:
        return False
    if not first.text(text).endswith(OPEN_ENDINGS) or not gap.strip().endswith(GAP_ENDINGS):
        return False
    return any(is_cue(t) for t in _tokens(context.doc, first.end, second.start))


def _find_cue(group: Group, context: Context) -> Token | None:
    text = context.article.text
    first = group.spans[0]
    if len(group.spans) > 1:
        return _cue_after(first, context)
    if _opens_sentence(first, context):
        cue = _cue_after(group.spans[-1], context, any_verb=True)
        return cue if cue is not None else _cue_from_colon(first, text, context)
    cue = _cue_before(first, context)
    return cue if cue is not None else _cue_after(group.spans[-1], context)


def _opens_sentence(span: Span, context: Context) -> bool:
    token = _token_at(context.doc, span.start)
    if token is None:
        return True
    before = [t for t in context.doc[token.sent.start : token.i] if not t.is_punct]
    return not before or _paragraph_start(context.article.text, span.start)


def _cue_after(span: Span, context: Context, any_verb: bool = False) -> Token | None:
    text = context.article.text
    stop = text.find("\n", span.end)
    stop = len(text) if stop < 0 else stop
    window: list[Token] = []
    for token in _tokens(context.doc, span.end, stop)[:AFTER_TOKENS]:
        if context.inside_quote(token.idx) or token.text in (".", "!", "?"):
            break
        if is_cue(token):
            return token
        window.append(token)
    # “…,” Kelly charged / “…!” beamed Hartley: right after a quote that opens its sentence
    # and leaves it open, the first finite verb is the cue whatever the verb.
    if any_verb and span.closed and span.text(text).endswith(OPEN_ENDINGS):
        verbs = [t for t in window[:AFTER_VERB_TOKENS] if t.tag_ in FINITE_TAGS]
        return verbs[0] if verbs else None
    return None


def _cue_before(span: Span, context: Context) -> Token | None:
    token = _token_at(context.doc, span.start)
    if token is None:
        return None
    cue = _cue_earlier_in_sentence(token, context)
    if cue is not None:
        return cue
    if context.article.text[: span.start].rstrip().endswith(":"):
        return _root_verb(token)  # "X released a statement: “…”"
    return None


def _root_verb(token: Token) -> Token | None:
    root = token.sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _cue_from_colon(span: Span, text: str, context: Context) -> Token | None:
    """“…” in a paragraph of its own, after a paragraph ending "…, who told AP:"."""
    if not _paragraph_start(text, span.start):
        return None
    previous_end = text.rfind("\n", 0, span.start)
    line_end = len(text[:previous_end].rstrip())
    if line_end <= 0 or text[line_end - 1] != ":":
        return None
    colon = _token_at(context.doc, line_end - 1)
    if colon is None:
        return None
    cue = _cue_earlier_in_sentence(colon, context)
    return cue if cue is not None else _root_verb(colon)


def _cue_earlier_in_sentence(token: Token, context: Context) -> Token | None:
    """The nearest cue before ``token`` in its sentence, outside any quote."""
    for candidate in reversed(context.doc[token.sent.start : token.i]):
        if not context.inside_quote(candidate.idx) and is_cue(candidate):
            return candidate
    return None


def _continues(previous: Group, group: Group, text: str) -> bool:
    """A paragraph made only of a quote, right after the paragraph of an attributed quote."""
    if previous.speaker is None or not _paragraph_start(text, group.start):
        return False
    paragraph_end = text.find("\n", group.end)
    rest = text[group.end : len(text) if paragraph_end < 0 else paragraph_end]
    between = text[previous.end : group.start]
    return not rest.strip() and between.count("\n") >= 1 and _one_paragraph_apart(between)


def _one_paragraph_apart(between: str) -> bool:
    """Only the end of the previous quote's paragraph and blank lines lie in between."""
    lines = between.split("\n")
    return all(not line.strip() for line in lines[1:])


def _paragraph_start(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
