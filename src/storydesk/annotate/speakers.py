"""Who said a quote: from the cue verb's subject to a full person name, or a description.

The subject of the cue may be a name ("Bevz"), a name behind a title or an apposition
("Israeli Defence Forces spokesman Ilan Tal", "Rubio's deputy campaign manager, Rich
Beeson"), a pronoun ("he"), a relative pronoun ("who told AP:"), a role ("the US
president") or an organisation ("the Kremlin"). Each is turned into the fullest name the
article itself gives. When the article names nobody, the subject's own words are kept as the
descriptor ("a U.S. official", "Kremlin officials") and the name stays None: never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from storydesk.annotate.cues import is_cue, is_document
from storydesk.annotate.speaker_names import (
    Context,
    full_name,
    is_title,
    same_surname,
    strip_titles,
)
from storydesk.annotate.speaker_phrases import (
    EMPTY_SUBJECTS,
    described_before,
    descriptor,
    named_at_end,
    neighbour,
)
from storydesk.annotate.speaker_roles import SUBJECT_DEPS, antecedent, role_name
from storydesk.article import Entity

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Capitalised subjects that are institutions, not people ("Office", "Ministry").
INSTITUTIONS = frozenset(
    {"office", "ministry", "department", "house", "committee", "government", "council",
     "agency", "campaign", "administration", "court", "party", "police", "army"}
)
GROUP_TYPES = ("ORG", "GPE", "NORP")
CLOSING_MARKS = ("”", '"', "’’", "''")
# Dependents the small model gives a name that stands after its verb ("said Rick Wilson").
INVERTED_DEPS = frozenset({"nsubj", "dobj", "attr", "dep", "oprd", "dative"})
# How many words after a verb a title may run before the name: "said Israeli Defence Forces
# spokesman Ilan Tal" (the Gaza school shelling report of issue 9).
INVERTED_WINDOW = 8
# Longest name standing alone before a colon ("Frank Newport and Jim Harter:" is a list).
MAX_LEAD_WORDS = 4
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PUNCT", "SPACE"})
# Entity types that say when, never who: the small model parses the day after "said" as its
# subject ("“…,” Tulsa police Chief Chuck Jordan said Monday.", "…,” Flynn, a top Trump
# surrogate, said Thursday morning on Fox News", PolNeAR dev, tuned by session 6).
WHEN_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Who:
    """A quote's source: a name, or when the text names nobody, its description."""

    name: str | None = None
    descriptor: str | None = None

    def __bool__(self) -> bool:
        return self.name is not None or self.descriptor is not None


def speaker_of(cue: Token, context: Context) -> Who:
    """The name (or description) behind the cue's subject; empty when the text has none."""
    if cue.lower_ == "according":
        objects = [t for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"]
        return _resolve(objects[0], context) if objects else Who()
    if cue.pos_ == "NOUN":  # "Romney's “47 percent” comment": the possessor said it
        owners = [t for t in cue.children if t.dep_ == "poss"]
        if owners and owners[0].lower_ in ("his", "her"):
            return Who(antecedent(owners[0].idx, context))
        return _resolve(owners[0], context) if owners else Who()
    agent = _agent(cue, context)
    if agent is not None:
        return _resolve(agent, context)
    subject = _own_subject(cue, context)
    if subject is not None:
        return _resolve(subject, context)
    # "..., adding that ...", "writing, ...": the subject is that of a verb higher up; the
    # first one that names a person is taken, an organisation or description only when
    # none does.
    verb = cue
    fallback: list[Who] = []
    while verb.head.i != verb.i:
        verb = verb.head
        if context.inside_quote(verb.idx):
            continue  # “had a crazy policy”, adding: the quote's own verb is not the cue's
        subject = _own_subject(verb, context)
        who = _resolve(subject, context) if subject is not None else Who()
        if who.name is not None and (
            _group_of(subject, context) is None  # type: ignore[arg-type]
            or _names_person(who.name, context)
        ):
            return who
        # "the original U.S. plan contained … while stressing": only a speech verb's subject
        # may stand as a described or organisational source.
        if who and (is_cue(verb) or verb.dep_ == "ROOT"):
            fallback.append(who)
        if verb.dep_ == "relcl" and subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
            break  # "a woman, who wept and cried “…”": the main clause's subject is another
    # "Sanders compared himself to Clinton, saying" (PolNeAR train, politico; "Sanders" tagged
    # ORG): a name that is the subject higher up comes before the nearest person.
    named = [who for who in fallback if who.name is not None]
    if named:
        return named[0]
    if cue.tag_ == "VBG" or cue.text.endswith("ing") or _named_right_before(cue, context):
        nearest = _nearest_person_before(cue, context)
        if nearest is not None:
            return Who(nearest)
        if cue.tag_ == "VBG" and _opens_its_sentence(cue):
            # "Maher stated … that the report “wasn’t good.” Adding, “Now, …”" (PolNeAR
            # train, breitbart): a participle opening its sentence goes on with the subject
            # of the sentences before, as a pronoun would.
            return Who(antecedent(cue.idx, context))
    return fallback[0] if fallback else Who()


def _agent(cue: Token, context: Context) -> Token | None:
    """"Sanders was asked by host Bill Maher, “…?”" (PolNeAR train, breitbart): in the passive
    the one who speaks is the agent, not the subject."""
    for by in (t for t in cue.children if t.dep_ == "agent"):
        for noun in by.children:
            if noun.dep_ == "pobj" and not context.inside_quote(noun.idx):
                return noun
    return None


def _names_person(name: str, context: Context) -> bool:
    """Whether a subject the tagger called an organisation resolved to a person the article
    names ("Sanders compared himself to Clinton, saying", "Trump told Newsmax that …,
    adding": the small model tags a bare surname ORG now and then; PolNeAR train, politico
    and breitbart)."""
    return any(name == known for _, known in context.names)


def _named_right_before(cue: Token, context: Context) -> bool:
    """"In March, Trump blasted Disney" parsed as a noun phrase: a person's name right before
    the cue verb is its subject whatever the parse says; so is a name closing an apposition
    ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said:", PolNeAR
    train, breitbart: the parse hung the whole phrase on the preposition)."""
    previous = neighbour(cue, -1)
    if previous is not None and previous.text == ",":
        previous = neighbour(previous, -1)
    return previous is not None and any(
        e.start <= previous.idx < e.end for e in context.persons()
    )


def speaker_between(start: int, end: int, context: Context) -> Who:
    """The speaker named between a quote's end and its cue verb, when the parse lost it."""
    span = context.doc.char_span(start, end, alignment_mode="contract") if end > start else None
    # “…,” Texas delegate Bill Eastland, wearing a cowboy hat …, said (PolNeAR train,
    # breitbart): a person named before the first comma after the quote.
    first_part = next((t.idx for t in span or () if t.text == ","), end)
    persons = [
        e for e in context.persons()
        if start <= e.start and e.end <= first_part and not context.inside_quote(e.start)
    ]
    if persons:
        return Who(full_name(persons[0].text, persons[0].start, context))
    words = [t for t in span or () if not t.is_punct]
    # Only the pattern “…,” Ramos, 58, told: the name comes first after the quote.
    if words and (words[0].pos_ == "PROPN" or words[0].lower_ in PERSON_PRONOUNS):
        head = words[0]
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
            head = head.head  # "Nate" → "Silver"
        return _resolve(head, context)
    return Who()


def speaker_named(start: int, end: int, context: Context, whole: bool) -> Who:
    """A name standing alone between ``start`` and ``end`` ("Clinton" before a colon, "-
    Bernie Sanders." under a quote): the proper noun heading the words there, or nothing
    when they are not a name. ``whole``: the words must be nothing but the name."""
    persons = [e for e in context.persons() if start <= e.start and e.end <= end]
    span = context.doc.char_span(start, end, alignment_mode="contract") if end > start else None
    words = [t for t in span or () if not t.is_punct and not t.is_space]
    if whole and any(t.pos_ == "VERB" for t in words):
        return Who()  # "When Wallace died in 1998, President Clinton released …:" is no name
    if persons:
        return Who(full_name(persons[0].text, persons[0].start, context))
    if whole and 0 < len(words) <= MAX_LEAD_WORDS and all(t.text[:1].isupper() for t in words):
        # "… are particularly problematic - Pew Research: “…”" (PolNeAR train, huff-post):
        # capitalised words alone before the colon are a name the tagger did not see.
        return Who(" ".join(t.text for t in words))
    names = [t for t in words if t.pos_ == "PROPN"]
    if not names or (whole and len(names) < len(words) - 1):
        return Who()
    head = names[0]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    who = _resolve(head, context)
    return Who(who.name) if who.name is not None else Who()


def _opens_its_sentence(token: Token) -> bool:
    return not any(
        not t.is_punct and not t.is_space for t in token.doc[token.sent.start : token.i]
    )


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
    if found:
        # "Tuesday at Baldwin Wallace University in Berea, OH, …, Gov. John Kasich (R-OH),
        # said": of two subjects, the one that is a person.
        persons = [t for t in found if any(e.start <= t.idx < e.end for e in context.persons())]
        # "No wonder Trump said, and I quote, “…”" (PolNeAR train, usa-today letters; "Trump"
        # tagged ORG there): else the one that is a proper noun.
        names = [t for t in found if t.pos_ == "PROPN"]
        return _out_of_brackets((persons or names or found)[0], context)
    return _inverted_subject(verb, context)


def _out_of_brackets(subject: Token, context: Context) -> Token:
    """"Gov. John Kasich (R-OH), said": a subject the parse found inside brackets stands for
    the name right before them."""
    opening = next(
        (t for t in reversed(subject.doc[subject.sent.start : subject.i]) if t.text in "()"),
        None,
    )
    if opening is None or opening.text != "(":
        return subject
    start = subject.sent.start_char
    before = [e for e in context.persons() if start <= e.start and e.end <= opening.idx]
    if not before:
        return subject
    span = subject.doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    return span.root if span is not None else subject


def _inverted_subject(verb: Token, context: Context) -> Token | None:
    """"said Caddell", "“…,” beamed Hartley", "said a senior official": the small model often
    parses the words after the verb as its object."""
    following = neighbour(verb, 1)
    previous = neighbour(verb, -1)
    before = neighbour(previous, -1) if previous is not None else None
    after_quote = previous is not None and (
        previous.text in CLOSING_MARKS
        or (previous.text == "," and before is not None and before.text in CLOSING_MARKS)
    )
    inverted = verb.lemma_ == "say" or verb.i == verb.sent.start or after_quote
    if verb.tag_ == "VBG":
        # "Trump told a rally, saying Clinton would “abolish …”" (PolNeAR train, breitbart):
        # the name after a participle is the subject of the reported clause, not the speaker.
        inverted = False
    if following is None or not inverted or context.inside_quote(following.idx):
        return None
    if following.ent_type_ in WHEN_TYPES:
        return None  # "Chuck Jordan said Monday", "said Thursday morning on Fox News"
    named = _person_after(verb, context)
    if named is not None:
        return named
    if following.pos_ == "PROPN" or following.lower_ in PERSON_PRONOUNS:
        head = following
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head
    if not after_quote:
        return None
    # The phrase must start right after the verb ("said a senior official"), not be an
    # adverbial further on ("described several times as").
    nominal = [
        t for t in verb.rights
        if t.dep_ in INVERTED_DEPS and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == following.i
    ]
    return nominal[0] if nominal else None


def _person_after(verb: Token, context: Context) -> Token | None:
    """"mused Blaze co-host Stu Burguiere": a person named in the words right after the verb,
    before any comma, whatever the parse made of the title words in front."""
    for token in verb.doc[verb.i + 1 : verb.i + 1 + INVERTED_WINDOW]:
        if token.is_punct and token.text not in ("-", "–", "."):
            return None
        if token.pos_ not in TITLE_POS and not _title_participle(token, context):
            return None  # "adding that Kiev is …": a clause, not a name after the verb
        person = next((e for e in context.persons() if e.start <= token.idx < e.end), None)
        if person is not None:
            span = verb.doc.char_span(person.start, person.end, alignment_mode="expand")
            return span.root if span is not None else token
        if token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "GPE", "DATE"):
            head = token
            while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
                head = head.head
            if head.i > token.i or head.dep_ != "compound":
                return head  # "said Oversight ranking Democrat Elijah Cummings (D-Md.)"
    return None


def _title_participle(token: Token, context: Context) -> bool:
    """"said retired neurosurgeon Ben Carson", "said Oversight ranking Democrat Elijah
    Cummings" (PolNeAR train, wash-post and politico): a participle inside the title, that is
    followed by another title word; not "said hoping Trump wins", where a name follows."""
    following = neighbour(token, 1)
    return (
        token.tag_ in ("VBG", "VBN")
        and following is not None
        and following.pos_ in ("NOUN", "PROPN")
        and not any(e.start <= following.idx < e.end for e in context.persons())
    )


def _resolve(subject: Token, context: Context) -> Who:
    if subject.lower_ in RELATIVE_PRONOUNS:
        return _relative(subject, context)
    entity = _person_of(subject, context)
    if entity is not None:
        return Who(full_name(entity.text, entity.start, context))
    if subject.lower_ in PERSON_PRONOUNS:
        name = antecedent(subject.idx, context)
        if name is not None:
            context.said(subject.idx, name)
        return Who(name)
    if subject.lower_ in EMPTY_SUBJECTS:
        return Who()
    group = _group_of(subject, context)
    name = _proper_name(subject) if _looks_like_name(subject, context) else None
    for candidate in (group.text if group else None, name):
        # A surname the tagger called an organisation is still a person when the article
        # gives that person's full name.
        fuller = full_name(candidate, subject.idx, context) if candidate else None
        if fuller is not None and fuller != strip_titles(candidate or ""):
            return Who(fuller)
    if group is not None or name is not None:
        return Who(group.text if group is not None else name)
    owner = _document_owner(subject, context)
    if owner:
        return owner
    ending = named_at_end(subject, context)
    if ending is not None:
        return Who(full_name(ending.text, ending.start, context))
    described = described_before(subject, context)
    if described is not None:
        return Who(descriptor=described)
    if subject.pos_ in ("NOUN", "PROPN"):
        role = role_name(subject, context)
        if role is not None:
            context.said(subject.idx, role)
            return Who(role)
    return Who(descriptor=descriptor(subject, context))


def _document_owner(subject: Token, context: Context) -> Who:
    """"the IMF report stated" (PolNeAR dev, wash-post): a document speaks for the one who
    put it out, named before it as a proper noun or a possessor ("Trump's statement")."""
    if not is_document(subject.lemma_.lower()):
        return Who()
    for owner in subject.lefts:
        if owner.dep_ in ("compound", "poss") and owner.pos_ == "PROPN":
            who = _resolve(owner, context)
            if who.name is not None:
                return Who(who.name)
    return Who()


def _looks_like_name(token: Token, context: Context) -> bool:
    """A capitalised subject the tagger missed: a proper noun, or a word spelled like the
    surname of a person the article names ("Zelenskyy" ~ "Zelensky")."""
    if not token.text[:1].isupper() or token.lower_ in INSTITUTIONS:
        return False
    if any(t.dep_ in ("poss", "det") for t in token.lefts):
        return False  # "the Ukrainian President's Office", "the President": not a name
    if token.pos_ == "PROPN" and (
        token.i > token.sent.start or _never_lower(token.text, context.article.text)
    ):
        return True  # "Tuttle added" opens its sentence, and "tuttle" is not a word there
    return any(same_surname(e.text, token.text) for e in context.persons())


def _never_lower(word: str, text: str) -> bool:
    lower = word.lower()
    return re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", text) is None


def _relative(pronoun: Token, context: Context) -> Who:
    """"Liubov Petrivna, who told AP:" — the speaker is the noun the clause hangs on."""
    clause = pronoun.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("PROPN", "NOUN"):
        who = _resolve(clause.head, context)
        if who.name is None:
            publisher = _publisher(clause.head, context)
            return publisher if publisher.name is not None else who
        return who
    before = [e for e in context.persons() if e.end <= pronoun.idx]
    sentence_start = pronoun.sent.start_char
    if before and before[-1].start >= sentence_start:
        return Who(full_name(before[-1].text, before[-1].start, context))
    return Who()


def _publisher(thing: Token, context: Context) -> Who:
    """"Trump released a marketing video that said, “…”", "Henry added the caption which
    reads, “…”" (PolNeAR train, wash-post and west-journal): words that a named person put
    out are theirs; the thing is the object of a verb whose subject names them."""
    if thing.dep_ != "dobj":
        return Who()
    subject = _own_subject(thing.head, context)
    if subject is None or subject.pos_ != "PROPN":
        return Who()
    who = _resolve(subject, context)
    if who.name is None:
        return Who()
    return who if _group_of(subject, context) is None or _names_person(who.name, context) else Who()


def _person_of(token: Token, context: Context) -> Entity | None:
    """The person the subject names: the token itself, its compound and title words, or a
    name in apposition ("Rubio's deputy campaign manager, Rich Beeson"). A possessor is not
    the speaker ("Rubio's")."""
    left = token.left_edge.idx
    right = token.idx + len(token.text)
    text = context.article.text
    persons = [
        e for e in context.persons()
        if e.start < right and e.end > left and not text.startswith(("’s", "'s"), e.end)
        and not _in_possessor(e, token, context)
    ]
    covering = [e for e in persons if e.start <= token.idx < e.end]
    chosen = covering or persons
    if chosen:
        return chosen[-1]
    for apposition in (t for t in token.children if t.dep_ == "appos"):
        person = next(
            (e for e in context.persons() if e.start <= apposition.idx < e.end), None
        )
        if person is not None:
            return person
    return None


def _in_possessor(entity: Entity, head: Token, context: Context) -> bool:
    """Whether the entity lies in a possessive or prepositional part of the head's phrase
    ("the Ukrainian President's Office", "a spokesperson for Driscoll")."""
    for child in head.lefts:
        if child.dep_ in ("poss", "prep") and child.left_edge.idx <= entity.start <= (
            child.right_edge.idx
        ):
            return True
    return False


def _group_of(token: Token, context: Context) -> Entity | None:
    """An organisation or place speaking ("the Kremlin said"): only when it is the head."""
    for entity in context.article.entities:
        if entity.type in GROUP_TYPES and entity.start <= token.idx < entity.end:
            proper = token.pos_ == "PROPN" and token.lower_ not in INSTITUTIONS
            return entity if proper and entity.type != "NORP" else None
    return None


def _proper_name(token: Token) -> str:
    parts = [
        t for t in token.lefts
        if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
        and not is_title(t)
    ]
    return " ".join([t.text for t in parts] + [token.text])


