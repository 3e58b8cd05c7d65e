"""Who said a quote: from the cue verb's subject to a full person name, or a description.

The subject of the cue may be a name ("Bevz"), a name behind a title or an apposition
("Israeli Defence Forces spokesman Ilan Tal", "Rubio's deputy campaign manager, Rich
Beeson"), a pronoun ("he"), a relative pronoun ("who told AP:"), a role ("the US
president") or an organisation ("the Kremlin"). Each is turned into the fullest name the
article itself gives. When the article names nobody, the subject's own words are kept as the
descriptor ("a U.S. official", "Kremlin officials") and the name stays None: never a guess.

``speaker_subjects`` finds the subject token, ``speaker_resolve`` turns it into a ``Who``;
here are the cues whose speaker stands elsewhere (higher up the parse, between the quote and
its cue, alone under or before the quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from storydesk.annotate.cues import is_cue
from storydesk.annotate.speaker_names import Context, full_name
from storydesk.annotate.speaker_phrases import neighbour
from storydesk.annotate.speaker_resolve import (
    RELATIVE_PRONOUNS,
    Who,
    group_of,
    names_person,
    resolve,
)
from storydesk.annotate.speaker_roles import antecedent
from storydesk.annotate.speaker_subjects import PERSON_PRONOUNS, own_subject, passive_agent

__all__ = ["Context", "Who", "speaker_between", "speaker_named", "speaker_of"]

# Longest name standing alone before a colon ("Frank Newport and Jim Harter:" is a list).
MAX_LEAD_WORDS = 4


def speaker_of(cue: Token, context: Context) -> Who:
    """The name (or description) behind the cue's subject; empty when the text has none."""
    if cue.lower_ == "according":
        objects = [t for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"]
        return resolve(objects[0], context) if objects else Who()
    # "Romney's “47 percent” comment": the possessor said it; not a participle the tagger
    # calls a noun ("DeGeneres herself announced the news … on Twitter, writing, “…”", ECB+
    # 2_4ecbplus: "writing" NOUN, advcl of "announced"), whose speaker stands higher up
    if cue.pos_ == "NOUN" and cue.dep_ != "advcl":
        owners = [t for t in cue.children if t.dep_ == "poss"]
        if owners and owners[0].lower_ in ("his", "her"):
            return Who(antecedent(owners[0].idx, context))
        return resolve(owners[0], context) if owners else Who()
    agent = passive_agent(cue, context)
    if agent is not None:
        return resolve(agent, context)
    subject = own_subject(cue, context)
    if subject is not None:
        return resolve(subject, context)
    # "..., adding that ...", "writing, ...": the subject is that of a verb higher up; the
    # first one that names a person is taken, an organisation or description only when
    # none does.
    verb = cue
    fallback: list[Who] = []
    while verb.head.i != verb.i:
        verb = verb.head
        if context.inside_quote(verb.idx):
            continue  # “had a crazy policy”, adding: the quote's own verb is not the cue's
        subject = own_subject(verb, context)
        who = resolve(subject, context) if subject is not None else Who()
        if who.name is not None and (
            group_of(subject, context) is None  # type: ignore[arg-type]
            or names_person(who.name, context)
        ):
            return who
        # "the original U.S. plan contained … while stressing": only a speech verb's subject
        # may stand as a described or organisational source.
        if who and (is_cue(verb) or verb.dep_ == "ROOT"):
            fallback.append(who)
        if verb.dep_ == "relcl" and subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
            # "Firemen had to restrain a distraught elderly woman outside the bank, who wept
            # and cried “my child, my child.”" (ECB+ 8_8ecbplus): the cue shares the relative
            # clause's subject, the woman; the main clause's subject is another
            if who and not (is_cue(verb) or verb.dep_ == "ROOT"):
                fallback.append(who)
            break
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
        return resolve(head, context)
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
    who = resolve(head, context)
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
