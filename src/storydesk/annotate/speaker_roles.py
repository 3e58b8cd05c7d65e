"""Speakers named earlier: the person a pronoun ("he said") or a role ("the US president
said") points back to.

Both look back from the quote sentence by sentence, to the nearest sentence that names a
person (or whose quote had a resolved speaker), so that a text with one sentence a line
(wire copy, the MEANTIME and ECB+ texts) resolves like one with long paragraphs. Within
that sentence the subject of the main clause is preferred: "X warned ... He said" names X
even when another person is mentioned as an object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.speaker_gender import gender_at, person_gender
from storydesk.annotate.speaker_names import Context, full_name, plain
from storydesk.article import Entity

# Offices that, with "the" and no name, point back to a person already named.
ANAPHORIC_ROLES = frozenset(
    {"president", "minister", "official", "leader", "chancellor", "premier", "secretary",
     "senator", "governor", "mayor", "envoy", "diplomat", "candidate", "nominee",
     "ambassador", "lawmaker", "congressman", "congresswoman", "general", "commander"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that"})
# How many sentences back a pronoun may find its person (the quote's own sentence first).
PRONOUN_SENTENCES = 5
# And never further than this, however long the chain of pronouns.
MAX_SENTENCES_BACK = 15


def antecedent(offset: int, context: Context) -> str | None:
    """The person a "he"/"she" at ``offset`` refers to, or None when none is near.

    A gendered pronoun ("she", "his") passes over a person the article gives the other
    gender (``speaker_gender``). A given name's gender (``name_genders``) is weaker evidence:
    US baby-name counts call "Andrea" and "Simone" female, and an Italian Andrea may be the
    one man in reach. So it only chooses among the subjects of a sentence (``_search``), the
    search runs first with given names read, and only when it finds nobody, again without
    them: "Bettie Page … agent Mark Roesler said … “…,” she said" (ECB+ 4_2ecb) passes over
    Mark to Bettie, while "Andrea Bocelli said … he said", with no other person in reach,
    stays Bocelli's. A person of unknown gender stays a candidate, since sources get pronouns
    wrong now and then.
    """
    gender = gender_at(offset, context)
    if gender is None:
        return _search(offset, context, None, given_names=False)
    return _search(offset, context, gender, given_names=True) or _search(
        offset, context, gender, given_names=False
    )


def _search(offset: int, context: Context, gender: str | None, given_names: bool) -> str | None:
    nearest: tuple[int, Entity | str] | None = None
    for start, end in _sentences_back(offset, context):
        # (offset, name, main-clause subject, subject): the persons named in the sentence,
        # and the pronoun or role subjects already resolved there ("He said … “…,” he said").
        candidates: list[tuple[int, Entity | str, bool, bool]] = [
            (e.start, e, is_subject(e, context.doc, main_clause=True), is_subject(e, context.doc))
            for e in context.persons() if start <= e.start and e.end <= end
        ]
        candidates += [(at, name, True, True) for at, name in context.speakers if start <= at < end]
        if gender is not None:
            candidates = [c for c in candidates if _gender(c[0], c[1], context) in (gender, None)]
        candidates.sort(key=lambda c: c[0])
        subjects = [c for c in candidates if c[3]]
        ranked = subjects or candidates
        if given_names and gender is not None:
            # A given name chooses only among the sentence's subjects (or, when it has none,
            # among the persons it names): it never puts an object ahead of a subject ("Jean
            # Asselborn … met Mark Rutte … “…,” he said": "Jean" is a woman's name in the
            # US). When it rules out all of them, the sentence gives nobody. "Her agent, Mark
            # Roesler, said Page died …" (ECB+ 4_4ecb) leaves Page, a subject, for "she".
            ranked = [c for c in ranked if _gender(c[0], c[1], context, True) in (gender, None)]
            if not ranked:
                continue
        if subjects:
            # The main clause's subject first: "X warned … He said" names X.
            main = [c for c in ranked if c[2]]
            return _name((main or ranked)[-1][1], context)
        if ranked and nearest is None:
            nearest = (ranked[-1][0], ranked[-1][1])
    # No sentence in reach has a person as its subject: the last person named.
    return _name(nearest[1], context) if nearest is not None else None


def _gender(
    offset: int, candidate: Entity | str, context: Context, given_names: bool = False
) -> str | None:
    """The candidate's gender: for a pronoun subject already resolved ("She replied …", a
    name at ``offset``), that pronoun's; else the person's (``speaker_gender``)."""
    said = gender_at(offset, context) if isinstance(candidate, str) else None
    return said or person_gender(_name(candidate, context), context, given_names)


def _name(candidate: Entity | str, context: Context) -> str:
    if isinstance(candidate, str):
        return candidate
    return full_name(candidate.text, candidate.start, context)


def _sentences_back(offset: int, context: Context) -> list[tuple[int, int]]:
    """The sentence holding ``offset`` (up to it), then the ones before, nearest first.

    A sentence whose subject is itself "he" or "she" goes on talking about the same person
    and does not count against the reach: "Henderson described … He stressed … He
    emphasized … He stated that “…”" (MEANTIME corpus_gm, one sentence a line)."""
    spans = context.article.sentence_spans
    index = context.article.sentence_at(offset)
    if index < 0:
        return []
    found = [(spans[index][0], offset)]
    counted = 0
    for i in range(index - 1, max(index - MAX_SENTENCES_BACK, -1), -1):
        found.append(spans[i])
        if not _pronoun_subject(spans[i], context) and not _all_quoted(spans[i], context):
            counted += 1
        if counted >= PRONOUN_SENTENCES - 1:
            break
    return found


def _all_quoted(span: tuple[int, int], context: Context) -> bool:
    """A sentence wholly inside a quote ("I felt normal.") is the speaker's own words: the
    narrative has not moved on to anyone else. "In her later years, she defended the trade
    she pioneered. “I never thought it was shameful. I felt normal. It was better than …,”
    she told Playboy in 1998." (ECB+ 4_2ecb, one sentence a line): the quote's two
    sentences took the reach, and the "she" found no one. Once tried without given names
    (session 6) it sent three "he/she said" of ECB+ 1-20 and MEANTIME gm to the wrong
    person of the right reach; with them (``name_genders``) it is kept (eval/README.md)."""
    text = context.article.text[span[0] : span[1]]
    letters = [span[0] + i for i, c in enumerate(text) if c.isalpha()]
    return bool(letters) and context.inside_quote(letters[0]) and context.inside_quote(letters[-1])


def _pronoun_subject(span: tuple[int, int], context: Context) -> bool:
    sentence = context.doc.char_span(*span, alignment_mode="expand")
    return sentence is not None and any(
        t.dep_ in SUBJECT_DEPS and t.lower_ in ("he", "she") and t.head.dep_ == "ROOT"
        for t in sentence
    )


def is_subject(entity: Entity, doc: Doc, main_clause: bool = False) -> bool:
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return False
    return not main_clause or root.head.dep_ == "ROOT"


def role_name(noun: Token, context: Context) -> str | None:
    """"the US president said" → the person the article introduced with that role."""
    determiners = [t.lower_ for t in noun.lefts if t.dep_ in ("det", "poss")]
    if not determiners or determiners[0] not in DEFINITE:
        return None
    if noun.tag_ in ("NNS", "NNPS"):
        return None  # "the agents knew …, saying" (PolNeAR train, west-journal): not one person
    modifiers = {plain(t.text) for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")}
    head = plain(noun.lemma_)
    key = " ".join([*sorted(modifiers), head])
    if key in context.roles:
        return context.roles[key]
    earlier = [e for e in context.persons() if e.end <= noun.idx]
    titled = [e for e in earlier if _fits_role(head, modifiers, _title_words(e, context.doc))]
    name: str | None = None
    if titled:
        name = full_name(titled[-1].text, titled[-1].start, context)
    elif head in ANAPHORIC_ROLES:
        name = _role_antecedent(noun, head, modifiers, context)
    if name is not None:
        context.roles[key] = name
    return name


def _fits_role(head: str, modifiers: set[str], words: set[str]) -> bool:
    return head in words and len(modifiers - words) <= len(modifiers) // 2


def _role_antecedent(
    noun: Token, head: str, modifiers: set[str], context: Context
) -> str | None:
    """"Donald Trump said ... The US president said": a definite office with no name next
    to it refers back like a pronoun, to the last person who was a sentence's subject,
    unless the text gave that person a different office of the same kind ("Russian
    president Vladimir Putin" is not "the US president")."""
    for start, end in _sentences_back(noun.idx, context):
        for entity in reversed(context.persons()):
            if not start <= entity.start < end:
                continue
            words = _title_words(entity, context.doc)
            if head in words and not _fits_role(head, modifiers, words):
                continue
            if is_subject(entity, context.doc, main_clause=True):
                return full_name(entity.text, entity.start, context)
    return None


def _title_words(entity: Entity, doc: Doc) -> set[str]:
    """Words standing as a title before the name, or as an appositive after it."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return set()
    before = [t for t in doc[max(span.start - 5, span.sent.start) : span.start]]
    after: list[Token] = []
    if span.end < len(doc) and doc[span.end].text == ",":
        after = list(doc[span.end + 1 : min(span.end + 7, span.sent.end)])
    words = {plain(t.lemma_) for t in before + after} | {plain(t.text) for t in before + after}
    words |= {plain(t.lemma_) for t in span}
    return words
