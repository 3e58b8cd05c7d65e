"""Sources the text describes rather than names, and names that end a description.

"a U.S. official", "Kremlin officials", "a senior official familiar with the matter": the
subject phrase of a cue, as the text words it, without its clauses. A definite description
("the official") repeats the nearest indefinite one before it. A person's name that ends
the phrase ("the vice president and chairman of Chrysler LLC Jim Press") names the source
although the parse hung it under a preposition.
"""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate.speaker_names import Context, is_title
from storydesk.annotate.speaker_roles import antecedent
from storydesk.article import Entity

# Pronouns and words that describe nobody in particular: no descriptor from them.
EMPTY_SUBJECTS = frozenset(
    {"i", "we", "you", "they", "it", "one", "this", "that", "these", "those", "who", "which",
     "what", "someone", "somebody", "everyone", "everybody", "nobody", "anyone", "all"}
)
# Parts of a subject phrase that are not its description: "a senior official, who asked not
# to be named," describes the source as "a senior official".
NOT_DESCRIPTION = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "punct", "cc"})
MAX_DESCRIPTOR_WORDS = 12
# How far back (in tokens) "the official" looks for "a senior official" that introduced it.
DESCRIPTION_REACH_TOKENS = 120
# Nouns the small model makes the subject of a cue although they say when or how often:
# "and several times described what he anticipated as “better”" (MEANTIME corpus_gm).
ADVERBIAL_NOUNS = frozenset({"time", "day", "week", "month", "year", "way"})


def neighbour(token: Token, step: int) -> Token | None:
    """The next (step 1) or previous (step -1) token that is not white space."""
    index = token.i + step
    while 0 <= index < len(token.doc) and token.doc[index].is_space:
        index += step
    return token.doc[index] if 0 <= index < len(token.doc) else None


def described_before(subject: Token, context: Context) -> str | None:
    """"A senior fire department official said … “…,” the official said" (ECB+ topic 8): a
    definite description repeats the nearest indefinite one with its head noun in the
    sentences just before, and takes its fuller words; only when there is none may it
    stand for a named person with that title."""
    determiners = [t.lower_ for t in subject.lefts if t.dep_ == "det"]
    if subject.pos_ != "NOUN" or not determiners or determiners[0] not in ("the", "this"):
        return None
    sentence = subject.sent
    start = max(sentence.start - DESCRIPTION_REACH_TOKENS, 0)
    for token in reversed(subject.doc[start : subject.i]):
        if token.lemma_ != subject.lemma_ or token.pos_ != "NOUN":
            continue
        if context.inside_quote(token.idx):
            continue
        article = [t.lower_ for t in token.lefts if t.dep_ == "det"]
        if article and article[0] in ("a", "an"):
            return descriptor(token, context)
        return None  # the nearest mention is definite or bare: not an introduction
    return None


def named_at_end(subject: Token, context: Context) -> Entity | None:
    """"said the vice president and chairman of Chrysler LLC Jim Press", "chief investment
    officer at Solaris Asset Management, Tim Ghriskey" (MEANTIME corpus_gm): a person ending
    the subject's phrase names the source, though the parse hung the name under a
    preposition. Not a person after "for" or "to": "a spokesperson for Driscoll" is not
    Driscoll."""
    tokens = phrase(subject, context, keep_appositions=True)
    end = tokens[-1].idx + len(tokens[-1].text)
    for entity in context.persons():
        if not (tokens[0].idx < entity.start and end - 1 <= entity.end <= end + 1):
            continue
        before = neighbour(subject.doc[_token_index(subject, entity.start)], -1)
        while before is not None and is_title(before):
            before = neighbour(before, -1)
        if before is not None and before.pos_ != "ADP":
            return entity
    return None


def _token_index(token: Token, offset: int) -> int:
    span = token.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].i if span is not None and len(span) else token.i


def phrase(subject: Token, context: Context, keep_appositions: bool = False) -> list[Token]:
    """The subject's words without its clauses (and its appositions unless asked)."""
    dropped = NOT_DESCRIPTION - ({"appos", "punct"} if keep_appositions else set())
    kept = [subject]
    for child in subject.children:
        if child.dep_ not in dropped and not context.inside_quote(child.idx):
            kept.extend(child.subtree)
    start = min(t.i for t in kept)
    end = max(t.i for t in kept) + 1
    return [t for t in subject.doc[start:end] if not t.is_space]


def descriptor(subject: Token, context: Context) -> str | None:
    """The subject phrase as the text words it, without its clauses: "a U.S. official",
    "a senior official familiar with the matter", "the Ukrainian President's Office". A
    definite description repeats an earlier one with the same head ("the official" after
    "a U.S. official said") and takes its fuller words."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in EMPTY_SUBJECTS:
        return None
    if subject.lemma_.lower() in ADVERBIAL_NOUNS:
        return None
    tokens = phrase(subject, context)
    words = subject.doc[tokens[0].i : tokens[-1].i + 1]
    if len(words) > MAX_DESCRIPTOR_WORDS:
        words = subject.doc[tokens[0].i : subject.i + 1]
    text = words.text.strip(" ,;:—–-")
    first = words[0]
    if first.lower_ in ("his", "her") and first.dep_ == "poss":
        # "with his spokesman saying" → "Dan Driscoll's spokesman": the owner named.
        owner = antecedent(first.idx, context)
        if owner is not None:
            text = f"{owner}’s{text[len(first.text):]}"
    determiners = [t.lower_ for t in subject.lefts if t.dep_ == "det"]
    if determiners and determiners[0] in ("the", "this", "that"):
        earlier = context.descriptor_for(subject.lemma_.lower(), subject.idx)
        if earlier is not None:
            return earlier
    context.described(subject.idx, subject.lemma_.lower(), text)
    return text or None
