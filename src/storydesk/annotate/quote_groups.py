"""Quote groups: a quote's stretches as one ``Group``, and the helpers that attribute a
group from its layout rather than from a cue. A name signs it (a name and a colon before it,
"- Bernie Sanders." under it, "“…” ― Carla Sanchez" after it on its line), or it goes on
with the attributed quote before it (the rest of a paragraph, the next paragraph).
Split out of ``quotes`` (session 6); ``quotes`` finds the cues and joins the stretches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Span_

from storydesk.annotate.cues import introduces_speaker, is_cue
from storydesk.annotate.quote_marks import Span
from storydesk.annotate.speaker_gender import PRONOUN_GENDERS, person_gender
from storydesk.annotate.speaker_resolve import resolve
from storydesk.annotate.speaker_subjects import own_subject
from storydesk.annotate.speakers import Context, Who, speaker_named

LEAD_DASHES = (" - ", " – ", " — ", "- ", "– ", "— ")
# A dash before a name that signs a quote: hyphen, en and em dash, and the horizontal bar
# of huff-post's reader round-ups (PolNeAR dev, "latinos-share-their-most-honest").
SIGNATURE = re.compile(r"\s*[-–—―]\s*[A-Z]")
# The dash of a signature right after a quote's closing mark on its line: a spaced dash, or
# the horizontal bar with or without spaces ("unlike him.”― Carla Sanchez.", the same
# round-up); never a hyphen inside a word ("the U.S.-Mexico border resumed with John Smith").
SIGNED_AFTER = re.compile(r"\s*―\s*|\s+[-–—]\s+")
CLOSING_MARKS = ("”", '"')
SIGNATURE_WORDS = 8
# A line set between dashes is a subhead, never a signature: AFP copy run by breitbart heads
# its sections so ("– An immigrant himself –.", "– Using Ted Cruz? –.", PolNeAR train,
# breitbart_2016-04-12 and 04-15), and under a quote a name in one would sign it.
SUBHEAD = re.compile(r"\s*[-–—―].*\s[-–—―]\W*$")
# A quote in the third person may be about the person the sentence before introduced
# (``introduced``).
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Clauses joined to a sentence's root that are still its main clause (``_main_clause``).
MAIN_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "conj"})


@dataclass(slots=True)
class Group:
    """One quote: one or more quoted spans, the cue found for it and its speaker."""

    spans: list[Span]
    cue: Token | None = None
    who: Who = field(default_factory=Who)

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


def named_lead(group: Group, context: Context) -> Who:
    """"Clinton: “Our goal is …”", "- Philip Bump: “Two weeks ago …”": a name and a colon
    right before the quote (debate excerpts and round-ups in PolNeAR train)."""
    text = context.article.text
    lead = text[: group.start].rstrip()
    if not lead.endswith(":"):
        return Who()
    # From the start of its sentence, line or dash: not from the full stop of an
    # abbreviation or a hyphen ("Rep. Trey Gowdy (R-S.C.):", PolNeAR train, wash-post).
    colon = token_at(context.doc, len(lead) - 1)
    starts = [text.rfind("\n", 0, len(lead)) + 1, colon.sent.start_char if colon else 0]
    starts += [lead.rfind(dash) + len(dash) for dash in LEAD_DASHES if dash in lead]
    return speaker_named(max(starts), len(lead) - 1, context, whole=True)


def signature(group: Group, context: Context) -> Who:
    """A quote that opens its paragraph, signed at the end of it or in the next one: "-
    Bernie Sanders." under the quote (the fact-check layout of wash-post in PolNeAR train),
    "“…” ― Pamela Padilla" after it on its line (readers' voices in a huff-post round-up,
    PolNeAR dev, tuned by session 6)."""
    text = context.article.text
    if not paragraph_start(text, group.start):
        return Who()
    end = text.find("\n", group.end)
    end = len(text) if end < 0 else end
    if text[group.end : end].strip():
        return _signed_on_its_line(group.end, end, context)
    following = text[end:].lstrip("\n")
    line = following.split("\n", 1)[0]
    if not SIGNATURE.match(line) or len(line.split()) > SIGNATURE_WORDS or SUBHEAD.match(line):
        return Who()
    start = len(text) - len(following)
    return speaker_named(start, start + len(line), context, whole=False)


def _signed_on_its_line(start: int, end: int, context: Context) -> Who:
    """The name signing a quote after its last closing mark on the line, when a signature
    dash follows that mark right away and the short rest of the line is the name ("”―
    Carla Sanchez.", "” ― Oscar P. Quintero"); words and quotes between the quote and that
    last mark are allowed ("money.” And that’s all he has “the root of all evil’.” ―
    Christina Lastra.", PolNeAR dev)."""
    line = context.article.text[start:end]
    after = max(line.rfind(mark) + 1 for mark in CLOSING_MARKS)
    dash = SIGNED_AFTER.match(line, after)
    if dash is None or not line[dash.end() :].strip():
        return Who()
    if len(line[dash.end() :].split()) > SIGNATURE_WORDS:
        return Who()
    return speaker_named(start + dash.end(), end, context, whole=True)


def continues(previous: Group, group: Group, context: Context) -> bool:
    """A quote with no cue of its own goes on with the attributed quote before it when it
    opens a sentence in the same paragraph (“…,” said Sara Walker. An immigrant from
    Uganda, she … “All she went through …”), or is all of the next paragraph."""
    text = context.article.text
    if not previous.who:
        return False
    between = text[previous.end : group.start]
    if "\n" not in between:
        return opens_sentence(group.spans[0], context) or _names_nobody_before(group, context)
    if not paragraph_start(text, group.start):
        return False
    paragraph_end = text.find("\n", group.end)
    rest = text[group.end : len(text) if paragraph_end < 0 else paragraph_end]
    return not rest.strip() and _one_paragraph_apart(between)


def introduced(group: Group, context: Context) -> Who:
    """A paragraph that is nothing but a quote with no cue, after a sentence that introduces
    a speaker, is that speaker's: news introduces someone and quotes them in the next
    paragraph. The sentence introduces the subject of its verb of saying (the speaker, not
    the person the sentence is about: "Lindsay Lohan checked into the Betty Ford Clinic …,
    her rep confirms to PEOPLE. / "And she showed up …"" is her rep's, ECB+ 1_14ecbplus),
    or, when it has none, of its verb of perceiving, knowing or telling (``cues``); a
    sentence with neither ("John Smith, 45, died …") introduces nobody. "Darin Schroeder, Vice
    President for Conservation Advocacy at …, agreed with Salazar's decision. / “We are
    gratified …”" (ECB+ 9_7ecbplus); "T.J. Simons, 17, who works at the 76 station …, also
    heard the blast. / "At first I thought it was thunder …"" (8_7ecb); "Page was hardly
    tawdry, though, Yeager said. / "She was so at ease, so wholesome."" (4_13ecb). Never
    the subject of a passive ("John Smith, 45, was shot dead … / “He was a wonderful
    father.”": a victim), nor a person the quote's "he"/"she" stands for (``_about``). A
    "he"/"she" subject is the person it resolves to (``speakers.resolve``, as for a cue's
    subject); a description only under a verb of saying, and not when the quote's
    "he"/"she" can be someone else the sentence names (``_someone_elses``); a sentence
    ending in a colon
    (``named_lead``'s) introduces nobody here."""
    text = context.article.text
    if not paragraph_start(text, group.start):
        return Who()
    end = text.find("\n", group.end)
    if text[group.end : len(text) if end < 0 else end].strip():
        return Who()
    before = text[: group.start].rstrip()
    last = token_at(context.doc, len(before) - 1) if before else None
    if last is None or context.inside_quote(last.idx) or before.endswith(":"):
        return Who()
    quoted = tokens_in(context.doc, group.start, group.end)
    verb = _speaking_verb(last.sent, context)
    if verb is None:
        # "John Smith, 45, died at the scene on Monday. / “We are devastated.”", "Gunman
        # Adam Lanza opened fire … / “I heard pop, pop, pop …”": whoever a sentence with no
        # verb of saying, perceiving or knowing is about is not who speaks next, even in
        # the first person (review of 97e1c5c).
        return Who()
    subject = own_subject(verb, context)
    if subject is None or subject.dep_ == "nsubjpass":
        return Who()
    who = resolve(subject, context)
    if _about(quoted, subject, who.name, context):
        return Who()
    if subject.lower_ in ("he", "she") or subject.pos_ == "PROPN":
        return Who(who.name) if who.name is not None else Who()
    # "her rep confirms to PEOPLE.": a speech verb's described subject is the source, as
    # under a cue; a description under any other verb introduces nobody.
    if not is_cue(verb) or _someone_elses(quoted, subject, context):
        return Who()
    return who


def _speaking_verb(sentence: Span_, context: Context) -> Token | None:
    """The verb of saying (a cue) in the sentence's main clause, outside any quote: its
    root, or a clause joined to the root ("…, her rep confirms to PEOPLE." when the parser
    makes "checked" the root, itself verb.cognition in WordNet); else a verb of perceiving,
    knowing or telling there (``cues.introduces_speaker``: "also heard the blast")."""
    root = sentence.root
    verbs = [
        verb for verb in (root, *(t for t in root.children if _main_clause(t)))
        if verb.pos_ in ("VERB", "AUX") and not context.inside_quote(verb.idx)
    ]
    cues = [verb for verb in verbs if is_cue(verb)]
    others = [verb for verb in verbs if introduces_speaker(verb.lemma_.lower())]
    chosen = cues or others
    return chosen[0] if chosen else None


def _someone_elses(quoted: list[Token], subject: Token, context: Context) -> bool:
    """"John Smith, 45, was shot dead on Monday, police said. / “He was a wonderful
    father.”": under a described source (police, officials), a quote whose "he"/"she" can
    be a person the sentence names is likely that person's family or friends, not the
    source's (review of da6f157). A description of that person's own ("her rep confirms",
    ECB+ 1_14ecbplus) speaks for them and stays."""
    if any(t.dep_ == "poss" for t in subject.children):
        return False
    if not any(t.lower_ in THIRD_PERSON for t in quoted):
        return False
    sentence = subject.sent
    return any(
        sentence.start_char <= e.start < sentence.end_char
        and not e.start <= subject.idx < e.end
        for e in context.persons()
    )


def _main_clause(verb: Token) -> bool:
    """A clause joined to the root that still speaks for the sentence: a parataxis, a
    conjunct, a complement, or a finite clause the parser hung as an adverbial with no
    conjunction ("…, her rep confirms to PEOPLE.", advcl in ECB+ 1_14ecbplus; never "when
    she said")."""
    if verb.dep_ in MAIN_CLAUSE_DEPS:
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and not any(t.dep_ == "mark" or t.tag_ == "WRB" for t in verb.children)
    )


def _about(quoted: list[Token], subject: Token, name: str | None, context: Context) -> bool:
    """The quote's "he"/"she"/"him"/"her" stands for the introduced person: a pronoun of
    their gender (or of unknown gender) when the sentence before names nobody else it could
    stand for ("John Smith worked at the plant for twenty years. / “He was my best
    friend.”"), and their gender is not known to be another. "Page was hardly tawdry,
    though, Yeager said. / "She was so at ease …"" (ECB+ 4_13ecb) is about Page."""
    genders = {PRONOUN_GENDERS[t.lower_] for t in quoted if t.lower_ in THIRD_PERSON}
    if not genders:
        return False
    sentence = subject.sent
    others = [
        e for e in context.persons()
        if sentence.start_char <= e.start < sentence.end_char
        and not e.start <= subject.idx < e.end
    ]
    if others or name is None:
        return False
    # "Maria Lopez married her husband …. / “We never thought we would lose him …”": a
    # pronoun of the other gender than the article's (or her given name's) is someone else.
    gender = person_gender(name, context, given_names=True)
    return gender is None or gender in genders


def _names_nobody_before(group: Group, context: Context) -> bool:
    """“She’s still got the best friends …,” Bill Clinton has said. That makes her “by
    definition a trustworthy … person” (PolNeAR train, politico): in the paragraph of an
    attributed quote, a quote with no cue whose sentence names nobody before it goes on
    with the same speaker."""
    token = token_at(context.doc, group.start)
    if token is None:
        return False
    start = token.sent.start_char
    return not any(start <= e.start < group.start for e in context.article.entities)


def _one_paragraph_apart(between: str) -> bool:
    """Only the end of the previous quote's paragraph and blank lines lie in between."""
    lines = between.split("\n")
    return all(not line.strip() for line in lines[1:])


def opens_sentence(span: Span, context: Context) -> bool:
    token = token_at(context.doc, span.start)
    if token is None:
        return True
    before = [t for t in context.doc[token.sent.start : token.i] if not t.is_punct]
    return not before or paragraph_start(context.article.text, span.start)


def paragraph_start(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
