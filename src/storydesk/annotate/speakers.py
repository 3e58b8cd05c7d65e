"""Who said a quote: from the cue verb's subject to a full person name.

The subject of the cue may be a name ("Bevz"), a pronoun ("he"), a relative pronoun ("who
told AP:"), a role ("the US president") or an organisation ("the Kremlin"). Each is turned
into the fullest name the article itself gives; when the article does not say, the speaker
stays None rather than a guess.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.speaker_names import (
    Context,
    full_name,
    plain,
    same_surname,
    strip_titles,
)
from storydesk.article import Entity

# Offices that, with "the" and no name, point back to a person already named.
ANAPHORIC_ROLES = frozenset(
    {"president", "minister", "official", "leader", "chancellor", "premier", "secretary",
     "senator", "governor", "mayor", "envoy", "diplomat", "candidate", "nominee",
     "ambassador", "lawmaker", "congressman", "congresswoman", "general", "commander"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that"})
# Capitalised subjects that are institutions, not people ("Office", "Ministry").
INSTITUTIONS = frozenset(
    {"office", "ministry", "department", "house", "committee", "government", "council",
     "agency", "campaign", "administration", "court", "party", "police", "army"}
)
GROUP_TYPES = ("ORG", "GPE", "NORP")
CLOSING_MARKS = ("”", '"', "’’", "''")


def speaker_of(cue: Token, context: Context) -> str | None:
    """The name behind the cue's subject, or None when the text does not name one."""
    if cue.lower_ == "according":
        objects = [t for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"]
        return _resolve(objects[0], context) if objects else None
    subject = _own_subject(cue, context)
    if subject is not None:
        return _resolve(subject, context)
    # "..., adding that ...", "writing, ...": the subject is that of a verb higher up; the
    # first one that names a person is taken, an organisation only when none does.
    verb = cue
    groups: list[str] = []
    while verb.head.i != verb.i:
        verb = verb.head
        subject = _own_subject(verb, context)
        name = _resolve(subject, context) if subject is not None else None
        if subject is not None and name is not None:
            if _group_of(subject, context) is None:
                return name
            groups.append(name)
    if cue.tag_ == "VBG" or cue.text.endswith("ing"):
        nearest = _nearest_person_before(cue, context)
        if nearest is not None:
            return nearest
    return groups[0] if groups else None


def speaker_between(start: int, end: int, context: Context) -> str | None:
    """The speaker named between a quote's end and its cue verb, when the parse lost it."""
    span = context.doc.char_span(start, end, alignment_mode="contract") if end > start else None
    words = [t for t in span or () if not t.is_punct]
    # Only the pattern “…,” Ramos, 58, told: the name comes first after the quote.
    if words and (words[0].pos_ == "PROPN" or words[0].lower_ in PERSON_PRONOUNS):
        return _resolve(words[0], context)
    return None


def _nearest_person_before(cue: Token, context: Context) -> str | None:
    """"with Trump expressing confidence, saying “…”": a participle with no parsed subject
    belongs to the nearest person before it in its sentence."""
    start = cue.sent.start_char
    before = [e for e in context.persons() if start <= e.start and e.end <= cue.idx]
    return full_name(before[-1].text, before[-1].start, context) if before else None


def _own_subject(verb: Token, context: Context) -> Token | None:
    """The verb's subject outside any quote (the parser likes to take the quote's own)."""
    found = [
        t for t in verb.children
        if t.dep_ in SUBJECT_DEPS and not context.inside_quote(t.idx)
    ]
    return found[0] if found else _inverted_subject(verb)


def _inverted_subject(verb: Token) -> Token | None:
    """"said Caddell", "“…,” beamed Hartley", "Stated Stone:": the small model often parses
    the name after the verb as an object."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    before = verb.doc[verb.i - 2] if verb.i > 1 else None
    after_quote = previous is not None and (
        previous.text in CLOSING_MARKS
        or (previous.text == "," and before is not None and before.text in CLOSING_MARKS)
    )
    inverted = verb.lemma_ == "say" or verb.i == verb.sent.start or after_quote
    if following is None or not inverted:
        return None
    if following.pos_ == "PROPN" or following.lower_ in PERSON_PRONOUNS:
        head = following
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head
    return None


def _resolve(subject: Token, context: Context) -> str | None:
    if subject.lower_ in RELATIVE_PRONOUNS:
        return _relative(subject, context)
    entity = _person_of(subject, context)
    if entity is not None:
        return full_name(entity.text, entity.start, context)
    if subject.lower_ in PERSON_PRONOUNS:
        return _antecedent(subject.idx, context)
    group = _group_of(subject, context)
    name = _proper_name(subject) if _looks_like_name(subject, context) else None
    for candidate in (group.text if group else None, name):
        # A surname the tagger called an organisation is still a person when the article
        # gives that person's full name.
        fuller = full_name(candidate, subject.idx, context) if candidate else None
        if fuller is not None and fuller != strip_titles(candidate or ""):
            return fuller
    if group is not None or name is not None:
        return group.text if group is not None else name
    if subject.pos_ in ("NOUN", "PROPN"):
        return _role(subject, context)
    return None


def _looks_like_name(token: Token, context: Context) -> bool:
    """A capitalised subject the tagger missed: a proper noun, or a word spelled like the
    surname of a person the article names ("Zelenskyy" ~ "Zelensky")."""
    if not token.text[:1].isupper() or token.lower_ in INSTITUTIONS:
        return False
    if token.pos_ == "PROPN" and token.i > token.sent.start:
        return True
    return any(same_surname(e.text, token.text) for e in context.persons())


def _relative(pronoun: Token, context: Context) -> str | None:
    """"Liubov Petrivna, who told AP:" — the speaker is the noun the clause hangs on."""
    clause = pronoun.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("PROPN", "NOUN"):
        return _resolve(clause.head, context)
    before = [e for e in context.persons() if e.end <= pronoun.idx]
    sentence_start = pronoun.sent.start_char
    if before and before[-1].start >= sentence_start:
        return full_name(before[-1].text, before[-1].start, context)
    return None


def _person_of(token: Token, context: Context) -> Entity | None:
    """The person named by the token, or in its compound and title words before it."""
    left = token.left_edge.idx
    right = token.idx + len(token.text)
    text = context.article.text
    persons = [
        e for e in context.persons()
        if e.start < right and e.end > left and not text.startswith(("’s", "'s"), e.end)
    ]
    covering = [e for e in persons if e.start <= token.idx < e.end]
    chosen = covering or persons
    return chosen[-1] if chosen else None


def _group_of(token: Token, context: Context) -> Entity | None:
    """An organisation or place speaking ("the Kremlin said"): only when it is the head."""
    for entity in context.article.entities:
        if entity.type in GROUP_TYPES and entity.start <= token.idx < entity.end:
            return entity if token.pos_ == "PROPN" and entity.type != "NORP" else None
    return None


def _proper_name(token: Token) -> str:
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join([t.text for t in parts] + [token.text])


def _antecedent(offset: int, context: Context) -> str | None:
    """The last named person before ``offset`` in this or the previous paragraph.

    A person who is the subject of a sentence is preferred: "X warned ... He said" names X
    even when another person is mentioned in between as an object. Pronoun gender is not
    checked, because sources get it wrong.
    """
    window_start = _previous_paragraph_start(context.article.text, offset)
    candidates = [e for e in context.persons() if window_start <= e.start and e.end <= offset]
    if not candidates:
        return None
    main = [e for e in candidates if _is_subject(e, context.doc, main_clause=True)]
    subjects = main or [e for e in candidates if _is_subject(e, context.doc)]
    chosen = subjects[-1] if subjects else candidates[-1]
    return full_name(chosen.text, chosen.start, context)


def _previous_paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph before the one holding ``offset`` starts (0 in the first two)."""
    paragraph_start = text.rfind("\n", 0, offset)
    return text.rfind("\n", 0, max(paragraph_start, 0)) + 1 if paragraph_start > 0 else 0


def _is_subject(entity: Entity, doc: Doc, main_clause: bool = False) -> bool:
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return False
    return not main_clause or root.head.dep_ == "ROOT"


def _role(noun: Token, context: Context) -> str | None:
    """"the US president said" → the person the article introduced with that role."""
    determiners = [t.lower_ for t in noun.lefts if t.dep_ in ("det", "poss")]
    if not determiners or determiners[0] not in DEFINITE:
        return None
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
    window_start = _previous_paragraph_start(context.article.text, noun.idx)
    for entity in reversed(context.persons()):
        if not window_start <= entity.start < noun.idx:
            continue
        words = _title_words(entity, context.doc)
        if head in words and not _fits_role(head, modifiers, words):
            continue
        if _is_subject(entity, context.doc, main_clause=True):
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

