"""What a number measures: its quantity class, unit, subject, scope, source, stance, version.

Read from the dependency parse, so that different wordings of one measurement agree:

- the measured noun is the counted noun ("800,000 soldiers"), else what a number is the
  target of ("limited the army to 600,000", "put the death toll at 40"), else the thing a
  "number of" names ("bringing to 10 the number of Israelis");
- its class (``quantity``): an event's victims ("deaths" for killed, dead, died, death toll;
  "injuries"), a unit's dimension ("length", "money:USD", "duration", "percent", "age"),
  a group WordNet knows ("troops" for soldiers, army, military personnel), else the
  counted noun's WordNet synset ("count:airplane" for planes and aeroplanes);
- the subject: a possessor ("Ukraine's troop cap"), a place or thing after "in"/"on"/"of",
  the person an age describes ("Jeffs, 54,"), the document a count names ("28-point plan");
- the scope: places and dates of the figure's clause;
- the source: the subject of a verb of saying above it, or "according to X";
- the stance: ``denied`` inside a clause a denial governs ("it's inaccurate to report that it
  now stands at 19"), ``estimated`` with an approximating qualifier, ``background`` when the
  clause is dated well before the article (another event, another time);
- the version of a document: marker words on the document noun or the clause's subject
  ("the original 28-point proposal", "Earlier drafts had limited…"), or a verb of change
  ("raises the cap to 800,000", "pared down to roughly 20 points": the new value).

A figure whose number measures nothing worth reconciling gets the class "": narrative
references to a few people ("the two men"), "one" of anything, a count describing an object
("nine-story building").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from storydesk.annotate import wordnet
from storydesk.annotate.counted import Counted, event_of
from storydesk.annotate.cues import is_according, is_cue
from storydesk.annotate.units import Unit, currency_before, unit_after
from storydesk.article import Article

# Event participle (counted.EVENTS) → the class its counts share.
EVENT_CLASSES = {
    "killed": "deaths", "injured": "injuries", "arrested": "arrests", "detained": "arrests",
    "evacuated": "evacuations", "displaced": "displaced", "rescued": "rescues",
    "missing": "missing", "abducted": "abductions",
}  # fmt: skip
EVENT_QUANTITIES = frozenset({*EVENT_CLASSES.values(), "casualties"})
# Nouns that count victims without an event word: "recovered 30 bodies", "claimed 12
# lives", "30 fatalities" (ECB+ disaster and shooting reports).
VICTIM_NOUNS = {"body": "deaths", "life": "deaths", "fatality": "deaths", "death": "deaths",
                "injury": "injuries", "casualty": "casualties"}  # fmt: skip
# WordNet synsets whose hyponyms are counted as one class: military personnel, servicemen,
# the armed forces and an army are all "troops" (the example's troop cap: soldiers, army,
# military personnel, troops); a person or people is "people".
GROUP_SYNSETS = {
    "n:08397255": "troops", "n:10582746": "troops", "n:08199025": "troops",
    "n:08191230": "troops", "n:08198398": "troops", "n:00007846": "people",
    "n:07942152": "people",
}  # fmt: skip
MONETARY_UNIT = "n:13604718"  # monetary_unit.n.01: "dollars", "euros" as counted nouns
# Nouns that measure a count of something else: the number given is that thing's count.
MEASURE_NOUNS = frozenset(
    {"number", "total", "toll", "count", "tally", "figure", "cap", "ceiling", "limit",
     "size", "strength", "maximum", "minimum"}
)  # fmt: skip
# Nouns naming a document that can have versions (the example: plan, proposal, framework,
# draft, deal, text, version; MEANTIME: bill, package, contract, agreement).
DOCUMENT_NOUNS = frozenset(
    {"plan", "proposal", "framework", "draft", "deal", "agreement", "accord", "text",
     "version", "document", "treaty", "bill", "package", "blueprint", "roadmap", "contract",
     "settlement", "resolution", "offer"}
)  # fmt: skip
# Parts a document is counted in: "a 28-point plan", "the 20 articles of the treaty".
DOCUMENT_PARTS = frozenset({"point", "article", "clause", "provision", "section", "page",
                            "chapter", "paragraph", "item", "step"})  # fmt: skip
VERSION_WORDS = {
    **dict.fromkeys(("original", "initial", "earlier", "previous", "prior", "old", "first",
                     "leaked", "former"), "original"),
    **dict.fromkeys(("revised", "new", "updated", "amended", "refined", "modified", "latest",
                     "trimmed", "current", "final", "now"), "revised"),
    **dict.fromkeys(("separate", "alternative", "rival", "competing", "counter"), "other"),
}  # fmt: skip
# Verbs that give a document's changed value after "to" ("raises the cap to 800,000") and
# its old value after "from".
CHANGE_VERBS = frozenset(
    {"raise", "lift", "increase", "cut", "reduce", "lower", "pare", "par", "trim", "shrink",
     "expand",
     "change", "revise", "amend", "bring", "boost", "slash", "double", "halve"}
)  # fmt: skip
# Words whose clause states that a figure is wrong (Newslooks: "it's inaccurate to report
# that it now stands at 19 points"; ECB+: "police denied that …").
DENIALS = frozenset(
    {"deny", "dispute", "refute", "reject", "dismiss", "inaccurate", "false", "untrue",
     "incorrect", "wrong", "erroneous", "misleading", "exaggerated", "contradict"}
)  # fmt: skip
ESTIMATING = frozenset({"estimate", "expect", "project", "forecast", "predict", "believe"})
APPROXIMATE = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to",
     "an estimated", "estimated", "up to", "as many as"}
)  # fmt: skip
# A clause dated this long before the article describes another time (the 2004 tsunami;
# in the example, Russia's 2022 proposal and the Gaza plan of an October call), not the
# story's own figure; "last week"'s deadline is the story's own.
BACKGROUND_DAYS = 21
COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj"})
CLAUSAL = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl", "advcl", "conj"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put an event somewhere ("killed in Kyiv", "an attack on Kiev").
LOCATIVE = frozenset({"in", "on", "at", "near", "across", "into", "inside", "outside",
                      "throughout", "around", "over", "from"})  # fmt: skip
SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT"})
HOLDING = ("in", "on", "of", "at")  # "military personnel in Ukraine", "a cap on its army"


@dataclass(slots=True)
class Measurement:
    quantity: str = ""
    unit: str | None = None
    base: float | None = None
    subject: str | None = None
    subject_start: int = -1
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    source: str | None = None
    stance: str = "asserted"
    version: str | None = None
    document: str | None = None
    action: str | None = None


def measure(
    article: Article, doc: Doc, run: list[Token], thing: Counted, value: float,
    qualifier: str | None,
) -> Measurement:  # fmt: skip
    noun = doc[thing.noun] if thing.noun >= 0 else _measured_noun(run[-1])
    unit = currency_before(doc, run[0]) or unit_after(doc, run[-1])
    quantity, base = _quantity(doc, run, thing, noun, unit, value)
    scope = _scope(run[-1])
    found = Measurement(quantity=quantity, unit=unit.name if unit else None, base=base)
    if quantity and _trivial(doc, run, noun, quantity, value, thing):
        found.quantity = ""
    if quantity == "age" and _aged(doc, run, thing.end) is None:
        found.quantity = ""  # "4 years old Conflict.": an age describes a person
    found.document = _document(run[-1], noun)
    found.action = _action(noun) if found.quantity.startswith(("count:", "people")) else None
    found.subject, found.subject_start = _subject(doc, run, noun, quantity, thing.end)
    found.places = _places(doc, scope)
    found.dates = _dates(article, scope) or _quoted_context_dates(article, run[0])
    found.source = _source(run[-1])
    found.version = _version(run[-1], noun, found.document)
    found.stance = _stance(article, run[-1], qualifier, found.dates, found.version)
    return found


# ---- quantity --------------------------------------------------------------------------


def _quantity(
    doc: Doc, run: list[Token], thing: Counted, noun: Token | None, unit: Unit | None,
    value: float,
) -> tuple[str, float | None]:  # fmt: skip
    if thing.counts == "years old" or _age_apposition(run):
        return "age", value
    if thing.event:
        return EVENT_CLASSES.get(thing.event, thing.event), value
    if unit is not None:
        if unit.dimension == "money":
            return f"money:{unit.name}", value
        return unit.dimension, value * unit.factor
    if _magnitude(doc, run):
        return "magnitude", value
    if noun is None:
        event = _event_near(run[-1])
        return (EVENT_CLASSES.get(event, event), value) if event else ("", None)
    return _noun_class(noun), value


def _noun_class(noun: Token) -> str:
    """The class of a counted or measured noun: victims, troops, money, people, its synset."""
    lemma = noun.lemma_.lower()
    head = noun.head
    measures = noun.dep_ in ("compound", "amod") and head.lemma_.lower() in MEASURE_NOUNS
    if measures and _of_object(head) is not None:
        return _noun_class(head)  # "a 600,000-member cap on Ukraine's military"
    target = _of_object(noun) if lemma in MEASURE_NOUNS else None
    if target is not None:
        return _noun_class(target)
    modifier = next((c for c in noun.children if c.dep_ in ("compound", "amod")), None)
    if lemma in MEASURE_NOUNS and modifier is not None:
        if modifier.dep_ == "compound":
            return _noun_class(modifier)  # "death toll", "troop cap"
        if wordnet.load().synsets(modifier.lemma_.lower()):
            return _synset_class(modifier.lemma_.lower())  # "military strength"
    if lemma in VICTIM_NOUNS:
        return VICTIM_NOUNS[lemma]
    event = next((event_of(c) for c in noun.children
                  if c.dep_ in ("acl", "relcl", "amod") and event_of(c)), None)  # fmt: skip
    if event:
        return EVENT_CLASSES.get(event, event)
    if noun.ent_type_ == "NORP" or noun.pos_ == "PROPN":
        return "people" if noun.ent_type_ == "NORP" else ""
    return _synset_class(_phrase_lemma(noun))


@lru_cache(maxsize=16384)
def _synset_class(lemma: str) -> str:
    if lemma in ("other", "others"):
        return "people"  # "13 others": WordNet has no noun "other"
    net = wordnet.load()
    senses = net.synsets(lemma)
    if not senses:
        return f"count:{lemma}"
    ancestors = net.ancestors(senses[0])
    head_word = net.synset(senses[0]).words[0]
    for anchor, name in GROUP_SYNSETS.items():
        if anchor in ancestors:
            # Generic people ("people", "persons", "others") are one class; a role keeps
            # its own ("students", "passengers"), shared by its synonyms ("pupils").
            generic = name != "people" or lemma in ("people", "person", "other", "individual")
            return name if generic else f"people:{head_word}"
    if MONETARY_UNIT in ancestors:
        return "money"
    return f"count:{head_word}"


def _phrase_lemma(noun: Token) -> str:
    """ "military personnel" when WordNet knows the phrase, else the noun's lemma."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if modifiers:
        phrase = f"{modifiers[-1].lemma_.lower()}_{noun.lemma_.lower()}"
        if wordnet.load().synsets(phrase):
            return phrase
    return noun.lemma_.lower()


def _of_object(noun: Token) -> Token | None:
    """ "the number of troops", "a cap on Ukraine's military": the noun after of/on."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            inner = objects[0]
            if inner.lemma_.lower() in MEASURE_NOUNS:
                return _of_object(inner) or inner
            return inner
    return None


def _anchor(number: Token) -> Token:
    """The phrase a number stands for: its noun when it modifies one ("to 800,000 soldiers")."""
    return number.head if number.dep_ in ("nummod", "quantmod") else number


def _measured_noun(number: Token) -> Token | None:
    """What a number without a counted noun is the value of.

    "limited the army to 600,000" (the object of the verb the number is a target of),
    "the death toll stood at 40" / "the number … should be limited to 800,000" (the
    subject), "bringing to 10 the number of Israelis".
    """
    if number.dep_ != "pobj" or number.head.lower_ not in ("to", "at"):
        return None  # a number that modifies a noun has that noun as its counted noun
    verb = number.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return verb if verb.pos_ == "NOUN" else None  # "a ceiling on … at 800,000"
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _event_near(number: Token) -> str | None:
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("to", "at"):
        for subject in (c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in MEASURE_NOUNS:
                return next((event_of(t) for t in subject.subtree if event_of(t)), None)
    return None


def _action(noun: Token | None) -> str | None:
    """What is done to or by the counted things: "fire" in "460 drones were fired", "down"
    in "downed 249 drones" (two counts of drones the same day are two facts)."""
    if noun is None or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    head = noun.head
    return head.lemma_.lower() if head.pos_ == "VERB" else None


def _age_apposition(run: list[Token]) -> bool:
    """ "Warren Jeffs, 54, was …": a number set off by commas after a person's name."""
    last = run[-1]
    doc = last.doc
    if run[0].i < 2 or last.i + 1 >= len(doc):
        return False
    before, after = doc[run[0].i - 1], doc[last.i + 1]
    person = doc[run[0].i - 2]
    if not (last.text.isdigit() and 0 < int(last.text) < 120):
        return False
    return before.text == "," and after.text in (",", ".") and person.ent_type_ == "PERSON"


def _magnitude(doc: Doc, run: list[Token]) -> bool:
    """ "a 7.6 magnitude quake", "magnitude-7.6", "measuring 7.6"."""
    window = doc[max(run[0].i - 3, 0) : run[-1].i + 3]
    words = {t.lower_ for t in window}
    return "magnitude" in words or ("measuring" in words and "richter" in {t.lower_ for t in doc})


def _trivial(
    doc: Doc, run: list[Token], noun: Token | None, quantity: str, value: float, thing: Counted
) -> bool:
    """A number that measures nothing worth reconciling (the example: "one direction",
    "the two men", "the three parties", "a nine-story building", "two people familiar with
    the meeting"; ECB+: "the two sides")."""
    counted = quantity.startswith(("count:", "people"))
    if not counted or noun is None:
        return False
    if value == 1:
        return True  # "one direction", "one of": an article, not a count
    # Small counts of people or things ("the two men", "three parties") are facts only
    # when several reports give them ("two guards" taken hostage, "the three holdouts" of a
    # jury in ECB+): link drops them when one article alone does (``facts.TRIVIAL_AT_MOST``).
    return _describes(doc, run, noun)


def _describes(doc: Doc, run: list[Token], noun: Token) -> bool:
    """ "nine-story building": a count joined to a noun that describes another noun."""
    last = run[-1]
    hyphen = last.i + 1 < len(doc) and doc[last.i + 1].text == "-"
    if not hyphen or noun.i != last.i + 2:
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    return head.i > noun.i and lemma not in DOCUMENT_NOUNS and lemma not in MEASURE_NOUNS


# ---- subject, scope, source ------------------------------------------------------------


def _document_token(number: Token, noun: Token | None) -> Token | None:
    """The document noun a figure counts or is mentioned in: "plan" in "28-point plan",
    "600,000 troops mentioned in the US's initial peace plan"."""
    for token in (noun, noun.head if noun is not None else None, number.head):
        if token is not None and token.lemma_.lower() in DOCUMENT_NOUNS:
            return token
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("acl", "prep"):
                found = next((t for t in child.subtree if t.lemma_.lower() in DOCUMENT_NOUNS
                              and t.i - noun.i <= 8), None)  # fmt: skip
                if found is not None:
                    return found
    return None


def _document(number: Token, noun: Token | None) -> str | None:
    """The document a figure counts or belongs to: "plan" in "28-point plan"."""
    token = _document_token(number, noun)
    if token is not None:
        return token.lemma_.lower()
    for child in _clause_subjects(number):
        if child.lemma_.lower() in DOCUMENT_NOUNS:
            return child.lemma_.lower()
    return None


def _clause_subjects(number: Token) -> list[Token]:
    """Subjects of the number's verb, or of the first verb of a conjunction ("The updated
    proposal removes … and raises the troop cap to 800,000")."""
    verb = _governing_verb(number)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def _subject(
    doc: Doc, run: list[Token], noun: Token | None, quantity: str, thing_end: int
) -> tuple[str | None, int]:
    """Whom or what the figure is about, as the words that name it and where they start."""
    if quantity == "age":
        person = _aged(doc, run, thing_end)
        if person is not None:
            return _name_of(person)
    if quantity == "duration" and noun is not None:
        described = _described(noun)
        if described is not None:
            return described.text, described.idx  # "the nearly four-year war"
    holders = [noun] if noun is not None else []
    if noun is not None and noun.lemma_.lower() in MEASURE_NOUNS:
        inner = _of_object(noun)
        holders = [h for h in (inner, noun) if h is not None]
    target = _measured_noun(_anchor(run[-1]))  # "raises Ukraine's troop cap to 800,000 soldiers"
    if target is not None and target not in holders:
        holders.append(target)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "poss" and child.ent_type_ in SUBJECT_TYPES:
                return _name_of(child)
        group = holder.head.head if holder.dep_ == "pobj" and holder.head.lower_ == "of" else None
        if group is not None and group.dep_ == "appos" and group.head.ent_type_ in SUBJECT_TYPES:
            return _name_of(group.head)  # "the Coalition of the Willing, a group of 30 countries"
        preps = (c for c in holder.children if c.dep_ == "prep" and c.lower_ in HOLDING)
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                target = next((c for c in obj.children if c.dep_ == "poss"), obj)
                if target.ent_type_ in SUBJECT_TYPES:
                    return _name_of(target)
    return None, -1


def _is_person(token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "NOUN" and _synset_class(token.lemma_.lower()).startswith("people")


def _described(noun: Token) -> Token | None:
    """What a length of time is of: "four-year war", "two days of talks"."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN":
        return noun.head
    inner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)  # fmt: skip
    return inner


def _aged(doc: Doc, run: list[Token], after: int) -> Token | None:
    """The person an age describes: "Jeffs, 54,", "90-year-old Liubov Petrivna"."""
    if _age_apposition(run):
        return doc[run[0].i - 2]
    hyphenated = run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == "-"
    if not hyphenated:
        # "He is 54 years old", "the boy, 4 years old,": the clause's subject; a name right
        # after "years old" is not whose age it is ("4 years old Conflict." in the example).
        subjects = [c for c in _clause_subjects(run[-1]) if _is_person(c)]
        return subjects[0] if subjects else None
    for token in doc[run[-1].i + 1 : min(run[-1].i + 8, len(doc))]:
        if token.idx < after:
            continue
        if token.ent_type_ == "PERSON":
            return token
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token if _synset_class(token.lemma_.lower()).startswith("people") else None
    return None


def _name_of(token: Token) -> tuple[str, int]:
    """The whole entity (or noun) a token stands in: "Liubov Petrivna" for "Petrivna"."""
    if token.ent_type_:
        for entity in token.doc.ents:
            if entity.start <= token.i < entity.end:
                return entity.text, entity.start_char
    return token.text, token.idx


def _scope(number: Token) -> list[Token]:
    """The tokens that say where and when the figure holds.

    Its clause (the governing verb's subtree, without other clauses hanging from it: "the
    nearly four-year war after … his August summit" is not dated August), climbing through
    participles and conjoined verbs ("bombed buildings in an attack on Kiev, killing at
    least six") to the words attached to those verbs ("In the first talks in 2022, Russia
    proposed keeping … to 100,000"), and stopping at a subordinate clause ("came as …").
    """
    verb = _governing_verb(number)
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


def _governing_verb(token: Token) -> Token | None:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _places(doc: Doc, scope: list[Token]) -> list[str]:
    """Where the figure holds: places after a locative preposition in its scope, each
    followed by the places the text puts it in ("on Ukraine's capital, Kyiv" → Kyiv,
    Ukraine; "Russia's Krasnodar region" → Krasnodar, Russia), the most specific first."""
    indexes = {t.i for t in scope}
    found: list[str] = []
    for prep in (t for t in scope if t.dep_ == "prep" and t.lower_ in LOCATIVE):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i in indexes):
            for place in _place_chain(obj):
                if place not in found:
                    found.append(place)
    return found


def _place_chain(noun: Token) -> list[str]:
    """ "Ukraine's capital, Kyiv": Kyiv then Ukraine; "Jabaliya in Gaza": Jabaliya, Gaza."""
    chain: list[str] = []
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    for token in [*appositions, noun]:
        name = _place_name(token)
        if name:
            chain.append(name)
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and _place_name(child):
            chain.append(_place_name(child) or "")
        elif child.dep_ == "prep" and child.lower_ == "in":
            for inner in (c for c in child.children if c.dep_ == "pobj"):
                chain.extend(_place_chain(inner))
    return chain


def _place_name(token: Token) -> str | None:
    """The name a token is part of. The small model often types a city as a person or an
    organisation ("Kyiv", "Krasnodar" in the example); after a locative preposition any
    name is kept, and link keeps those whose story entity is a place."""
    if not token.ent_type_ or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL",
                                                   "MONEY", "PERCENT", "QUANTITY"):
        return None
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity.text
    return None


def _quoted_context_dates(article: Article, first: Token) -> list[str]:
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
    reporting = {t.idx for t in said if _governing_verb(t) is not None
                 and is_cue(_governing_verb(t))}  # type: ignore[arg-type]  # fmt: skip
    return [d.date for d in article.dates
            if d.sentence == sentence - 1 and d.start not in reporting]  # fmt: skip


def _dates(article: Article, scope: list[Token]) -> list[str]:
    starts = {t.idx for t in scope}
    return [d.date for d in article.dates if d.start in starts]


def _source(number: Token) -> str | None:
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
    for token in sentence:
        if is_cue(token) and token.i > number.i:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and _speaker(subject):
                return _phrase(subject)
    return None


def _speaker(token: Token) -> bool:
    """A named speaker or a noun for people ("officials", "police"): not "the proposal"."""
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return _synset_class(token.lemma_.lower()).startswith(("people", "troops"))


def _phrase(head: Token) -> str:
    """A noun and its compounds and adjectives: "city officials", "Mayor Vitalii Klitschko"."""
    kept = [t for t in head.subtree
            if (t.i <= head.i and t.dep_ in ("compound", "amod", "nmod")) or t is head]  # fmt: skip
    return " ".join(t.text for t in kept)


# ---- version and stance ----------------------------------------------------------------


def _version(number: Token, noun: Token | None, document: str | None) -> str | None:
    """original / revised / other, from the words the document or the clause carries."""
    changed = _change_target(number)
    if changed is not None:
        return changed
    candidates: list[Token] = []
    found = _document_token(number, noun)
    if found is not None:
        candidates.append(found)
    verb = _governing_verb(number)
    if verb is not None:
        candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.lemma_.lower() in DOCUMENT_NOUNS]  # fmt: skip
        counts_parts = noun is not None and noun.lemma_.lower() in DOCUMENT_PARTS
        if any(c.lower_ == "now" for c in verb.children) and (document or counts_parts):
            return "revised"  # "it now stands at 19 points"
    for candidate in candidates:
        for child in candidate.children:
            if child.dep_ in ("amod", "compound", "advmod") and child.lower_ in VERSION_WORDS:
                return VERSION_WORDS[child.lower_]
    return None


def _change_target(number: Token) -> str | None:
    """ "raises the troop cap to 800,000": revised; "cut from 28 points": original."""
    anchor = _anchor(number)
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("to", "from"):
        return None
    verb = anchor.head.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "pared down to": through the particle
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    return "revised" if anchor.head.lower_ == "to" else "original"


def _stance(
    article: Article, number: Token, qualifier: str | None, dates: list[str],
    version: str | None,
) -> str:  # fmt: skip
    if _denied(number):
        return "denied"
    if version is None and _before(article.published, dates):
        return "background"
    if (qualifier or "").lower() in APPROXIMATE or _estimated(number):
        return "estimated"
    return "asserted"


def _denied(number: Token) -> bool:
    """A denial word governs the number through a clause ("inaccurate to report that …")."""
    current, through_clause = number, False
    while current.head.i != current.i:
        if current.dep_ in ("advcl", "relcl", "parataxis"):
            return False  # "while the original plan has been trimmed, it's inaccurate …"
        through_clause = through_clause or current.dep_ in COMPLEMENTS
        current = current.head
        if not through_clause:
            continue
        words = [current, *(c for c in current.children if c.dep_ in ("acomp", "attr"))]
        if any(w.lemma_.lower() in DENIALS for w in words):
            return True
    return False


def _estimated(number: Token) -> bool:
    return any(t.lemma_.lower() in ESTIMATING for t in number.ancestors)


def _before(published: str | None, dates: list[str]) -> bool:
    """Every date of the clause ends well before the article was published."""
    if not published or not dates:
        return False
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return False
    limit = day - timedelta(days=BACKGROUND_DAYS)
    return all(_end_of(d) < limit for d in dates)


def _end_of(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], parts[1], parts[2])
