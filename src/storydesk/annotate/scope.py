"""Where, when and on whose word a figure holds: its clause, the places and dates in it, and
who gives the figure ("according to city officials", "…, Mayor Klitschko said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.clauses import governing_verb
from storydesk.annotate.cues import is_according, is_cue
from storydesk.annotate.documents import finding_text
from storydesk.annotate.doers import NAMED_TYPES
from storydesk.annotate.noun_classes import synset_class
from storydesk.article import Article

BEHIND = frozenset({"for", "by", "in", "from", "of"})
CLAUSAL = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl", "advcl", "conj"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
RELATIVE = ("relcl", "advcl")  # the clauses a relative "where" opens
# Prepositions that put an event somewhere ("killed in Kyiv", "an attack on Kiev").
# "through": "More than 10,000 people had been marching through central Athens" (ECB+ 19_12ecb).
LOCATIVE = frozenset({"in", "on", "at", "near", "across", "into", "inside", "outside",
                      "throughout", "around", "over", "from", "through"})  # fmt: skip
# A preposition of direction puts a figure where it goes only with a place noun after it:
# "20,000 people took to the streets of Athens" (ECB+ 8_5ecbplus); "rose to 40" never does.
DIRECTIONAL = frozenset({"to", "toward", "towards"})
# WordNet classes of a noun that is somewhere (a street, a square, a capital, outskirts), so
# that the name after its "of" is the place: "the streets of Athens", "the centre of Kyiv";
# "at the request of Greece" (an act) names no place.
WHERE_LEXNAMES = frozenset({"noun.location", "noun.artifact"})


def scope(number: Token) -> list[Token]:
    """The tokens that say where and when the figure holds.

    Its clause (the governing verb's subtree, without other clauses hanging from it: "the
    nearly four-year war after … his August summit" is not dated August), climbing through
    participles and conjoined verbs ("bombed buildings in an attack on Kiev, killing at
    least six") to the words attached to those verbs ("In the first talks in 2022, Russia
    proposed keeping … to 100,000"), and stopping at a subordinate clause ("came as …").
    """
    verb = governing_verb(number)
    if verb is None:
        return list(number.sent)
    chain = [verb]
    while _climbs(chain[-1]):
        chain.append(chain[-1].head)
    inside = {t.i for t in number.ancestors} | {number.i}
    kept: set[int] = set()
    for link in chain:
        kept.add(link.i)
        for child in link.children:
            if child.i in inside or child.dep_ not in CLAUSAL:
                kept.update(t.i for t in child.subtree)
    doc = number.doc
    return [doc[i] for i in sorted(kept)]


def _climbs(verb: Token) -> bool:
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("conj", "xcomp"):
        return True
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not marked


def places(doc: Doc, scope: list[Token], number: Token | None = None) -> list[str]:
    """Where the figure holds: places after a locative preposition in its scope, each
    followed by the places the text puts it in ("on Ukraine's capital, Kyiv" → Kyiv,
    Ukraine; "Russia's Krasnodar region" → Krasnodar, Russia), the most specific first.

    A figure in the second of two conjoined clauses that places it itself is where its own
    clause says: "killed more than 31,000 in the city of Bam …, and 600 were killed in the
    city of Zarand" (ECB+ 20_8ecbplus) puts the 600 in Zarand alone, not also in Bam. A
    place on the number itself comes first ("more than 31,000 in city of Bam in central
    Iran": Bam, Iran), and is the only one when other numbers of the clause have their own
    (``_own_places``)."""
    own = _own_places(number) if number is not None else []
    listed = [t for t in scope if t.pos_ == "NUM" and t != number and _own_places(t)]
    if own and listed:
        return own  # one item of a list that places each: "3,700 in Germany, 1,600 in UK"
    verb = governing_verb(number) if number is not None else None
    if verb is not None and verb.dep_ == "conj":
        found = places(doc, [t for t in scope if governing_verb(t) == verb])
        if found:
            return found
    indexes = {t.i for t in scope}
    found = list(own)
    for where in (t for t in scope if t.lower_ == "where" and t.head.dep_ in RELATIVE):
        found.extend(p for p in _where(where.head) if p not in found)
    for prep in (t for t in scope if t.dep_ == "prep" and t.lower_ in LOCATIVE | DIRECTIONAL):
        if prep.head.pos_ == "NUM" and prep.head != number:
            continue  # another item's own place: "…, 3,700 in Germany, 1,600 in UK"
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i in indexes):
            if prep.lower_ in DIRECTIONAL and not _somewhere(obj):
                continue
            for place in _place_chain(obj):
                if place not in found:
                    found.append(place)
    return found


def _own_places(number: Token) -> list[str]:
    """The place a list item gives itself: "cut approximately 4,300 jobs in France, 3,700 in
    Germany, 1,600 in UK and 400 in Spain" (MEANTIME airbus 61389: every item took all four
    countries). Only a preposition on the number itself, as an elided item writes it."""
    found: list[str] = []
    preps = (c for c in number.children if c.dep_ == "prep" and c.lower_ in LOCATIVE)
    for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
        found.extend(p for p in _place_chain(obj) if p not in found)
    return found


def _where(verb: Token) -> list[str]:
    """The place a relative "where" stands for: "in the northern city of Thessaloniki,
    where another 20,000 people marched" (the parser's relative clause on the name), "in
    Salonika where approximately 50,000 people marched" (its adverbial clause on the verb
    before: the places that verb is in). ECB+ 8ecbplus: the marchers of two cities."""
    if verb.dep_ == "relcl":
        return _place_chain(verb.head)
    objects = (o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in LOCATIVE
               for o in p.children if o.dep_ == "pobj")  # fmt: skip
    return [place for obj in objects for place in _place_chain(obj)]


def _place_chain(noun: Token) -> list[str]:
    """ "Ukraine's capital, Kyiv": Kyiv then Ukraine; "Jabaliya in Gaza": Jabaliya, Gaza."""
    chain: list[str] = []
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    for token in [*appositions, noun]:
        name = _place_name(token)
        if name:
            chain.append(name)
    # The name the noun is ("Krasnodar region") before the one that holds it ("Russia's").
    for child in sorted(noun.children, key=lambda c: c.dep_ != "compound"):
        if child.dep_ in ("poss", "compound") and _place_name(child):
            chain.append(_place_name(child) or "")
        elif child.dep_ == "prep" and child.lower_ == "in":
            for inner in (c for c in child.children if c.dep_ == "pobj"):
                chain.extend(_place_chain(inner))
        elif child.dep_ == "prep" and child.lower_ == "of" and _somewhere(noun):
            # "the streets of Athens" (ECB+ 8_5ecbplus: the march had no place)
            for inner in (c for c in child.children if c.dep_ == "pobj"):
                if inner.ent_type_ in PLACE_TYPES:
                    chain.extend(_place_chain(inner))
    return chain


def _somewhere(noun: Token) -> bool:
    """A common noun for a place or a structure ("streets", "square", "capital"), by the
    WordNet class of its first sense."""
    if noun.pos_ != "NOUN":
        return False
    senses = wordnet.load().synsets(noun.lemma_.lower())
    return bool(senses) and wordnet.load().synset(senses[0]).lexname in WHERE_LEXNAMES


def _place_name(token: Token) -> str | None:
    """The name a token is part of. The small model often types a city as a person or an
    organisation ("Kyiv", "Krasnodar" in the example); after a locative preposition any
    name is kept, and link keeps those whose story entity is a place."""
    if not token.ent_type_ or token.ent_type_ in (
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
    ):
        return None
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity.text
    return None


def quoted_context_dates(article: Article, first: Token) -> list[str]:
    """A figure inside a direct quote with no date of its own takes the dates of the
    sentence before it, which says when and where the words were said ("… in an October
    phone call" then "“We put together Trump's 20-point plan,” Witkoff said")."""
    inside = any(q.start <= first.idx < q.end for q in article.quotes if q.start >= 0)
    sentence = article.sentence_at(first.idx)
    if not inside or sentence <= 0:
        return []
    start, end = article.sentence_spans[sentence - 1]
    said = first.doc.char_span(start, end, alignment_mode="expand")
    if said is None:
        return []
    # "On Tuesday, Bloomberg reported that …": the day of the report is not the call's.
    reporting = {t.idx for t in said if governing_verb(t) is not None
                 and is_cue(governing_verb(t))}  # type: ignore[arg-type]  # fmt: skip
    return [d.date for d in article.dates
            if d.sentence == sentence - 1 and d.start not in reporting]  # fmt: skip


def dates(article: Article, scope: list[Token]) -> list[str]:
    starts = {t.idx for t in scope}
    return [d.date for d in article.dates if d.start in starts]


def source(number: Token) -> str | None:
    """Who gives the figure: "according to city officials", "…, Mayor Klitschko said"."""
    sentence = number.sent
    for token in sentence:
        if is_according(token) and token.i + 1 < len(token.doc):
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and _speaker(objects[0]):
                return _phrase(objects[0])
    current = number
    while current.head.i != current.i:
        current = current.head
        if is_cue(current):
            for child in current.children:
                if child.dep_ == "nsubj" and _speaker(child):
                    return _phrase(child)
    estimator = _estimator(number)
    if estimator is not None:
        return _name_behind(estimator) or _phrase(estimator)
    for token in sentence:
        if is_cue(token) and token.i > number.i:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and _speaker(subject):
                return _phrase(subject)
    return _pollster(number)


def _pollster(number: Token) -> str | None:
    """Who stands behind a poll, survey or report that gives the figure, the subject of the
    verb of the figure's clause or of a verb it is the complement of: "An opinion poll for
    the respected Kathimerini newspaper found that 68 per cent …", "An opinion poll published
    by Ethnos newspaper … said 83.3 percent …" (ECB+ 19_14ecb, 19_7ecb: two pollsters, whose
    shares measure two things). It climbs no further than a clause with a subject of its own,
    and never takes a subject beside the figure's own: the parser made "68 percent" and "a
    survey by Ethnos" two subjects of one "said" in "… found that 68 percent of Greeks
    disapprove …, while a survey by Ethnos newspaper said 83 percent …" (second review)."""
    below = number
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            below = verb
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if below.dep_ not in ("nsubj", "nsubjpass") and subjects:
            return next(filter(None, map(_name_behind, subjects)), None)
        if verb.dep_ not in ("ccomp", "xcomp"):
            return None
        below = verb
    return None


def _name_behind(noun: Token) -> str | None:
    """The name of the body behind a document noun (``documents.DOCUMENT_WORDS``: poll,
    survey, study, report), after "for", "by", "in" or "from", as its possessor, or written
    onto it ("A Gallup poll"): "Another survey, in Kathimerini daily, put disapproval … at
    68 percent" (ECB+ 19_8ecb) is Kathimerini's; the name, not the noun after it
    ("newspaper")."""
    if noun.pos_ != "NOUN" or _speaker(noun):
        return None
    if not finding_text(noun.lemma_.lower()):
        return None
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]  # "published by X"
    verb = noun.head
    for holder in holders:
        preps = [c for c in holder.children if c.dep_ in ("prep", "agent")]
        if holder is noun and noun.dep_ == "nsubj":
            # the parser hangs a phrase set off after the subject on the verb: "Another
            # survey, in Kathimerini daily, put …"
            preps += [c for c in verb.children if c.dep_ == "prep" and noun.i < c.i < verb.i]
        for prep in preps:
            if prep.lower_ not in BEHIND:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                name = _proper_words(obj)
                if name:
                    return name
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _proper_words(owner)
    # the name written onto the noun: "A Gallup poll released Monday found that 41 percent",
    # "A Quinnipiac University poll", "The Pew survey found" (review, session 9: link read
    # it from the raw text, ``figure_words.pollster``)
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join(filter(None, map(_written_name, names))) or None


def _written_name(head: Token) -> str | None:
    """The proper nouns of a phrase written onto a poll's noun, or the word itself when the
    small model tags a name a common noun but the text capitalises it inside the sentence:
    "A Pew poll found 41 percent" ("Pew" NN; session 13's unseen pairs, where "A Gallup poll
    found 46 percent" met it as one finding)."""
    if head.pos_ == "NOUN" and head.text[:1].isupper() and not head.is_sent_start:
        return head.text
    return _proper_words(head)


def _proper_words(head: Token) -> str | None:
    """The proper nouns of a phrase, in order: "Kathimerini" of "the respected Kathimerini
    newspaper"."""
    words = [t.text for t in head.subtree if t.pos_ == "PROPN"]
    return " ".join(words) or None


def _estimator(number: Token) -> Token | None:
    """Who puts a measured thing at the number: "Tehran's seismologic center put the quake's
    magnitude at 5.9, but the U.S. Geological Survey … said it was 6.1", "NBC New York
    estimated the crowd at 70" (ECB+ 20_11ecbplus, 19_10ecbplus): the subject of the verb
    whose object is measured "at" the number, a body as much as a person (not a pronoun).
    Without it the later "said" gave the survey's name to the centre's 5.9 too."""
    if number.dep_ != "pobj" or number.head.lower_ != "at":
        return None
    verb = number.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject


def _speaker(token: Token) -> bool:
    """A named speaker or a noun for people ("officials", "police"): not "the proposal"."""
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in NAMED_TYPES:
        return True
    return synset_class(token.lemma_.lower()).startswith(("people", "troops"))


def _phrase(head: Token) -> str:
    """A noun and its compounds and adjectives: "city officials", "Mayor Vitalii Klitschko"."""
    kept = [t for t in head.subtree
            if (t.i <= head.i and t.dep_ in ("compound", "amod", "nmod")) or t is head]  # fmt: skip
    return " ".join(t.text for t in kept)
