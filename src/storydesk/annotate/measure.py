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

A figure whose number measures nothing worth reconciling gets the class "" (an age that
describes nobody, an event only tried). Counts of one are measured like any other ("one count
of attempted murder", "the one-seat majority", "one man" among the dead: ECB+ 16, 19 and 8,
each given by two reports); narrative ones ("one direction", "the two men") and counts
describing an object ("nine-story building") are dropped in link when one article alone gives
them (``facts.trivial``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storydesk.annotate import ages, morphy, units, wordnet
from storydesk.annotate.ages import aged, quote_speaker, referents, stated_age, token_at
from storydesk.annotate.counted import Counted
from storydesk.annotate.counted_events import event_of, hyphenated
from storydesk.annotate.counted_models import model_counted
from storydesk.annotate.documents import document_of
from storydesk.annotate.frames import frame
from storydesk.annotate.measure_doer import performed_by
from storydesk.annotate.measure_holder import holder_of
from storydesk.annotate.measure_subject import (
    MEASURE_NOUNS,
    PHYSICAL,
    action_of,
    described_noun,
    measured_noun,
    of_object,
    resized,
    subject_of,
)
from storydesk.annotate.noun_classes import (
    abbreviation,
    bore_measure,
    calibre,
    common_noun_lemma,
    fused_count,
    sized_gathering,
    synset_class,
    title_cased_noun,
    upper_case_abbreviation,
)
from storydesk.annotate.numbers import BELOW_ZERO, MAGNITUDE_WORD
from storydesk.annotate.scope import dates, places, quoted_context_dates, scope, source
from storydesk.annotate.stance import carried_version, open_periods, stance_of, version_of
from storydesk.annotate.units import Unit, currency_before, fused_unit, unit_after
from storydesk.article import Article

# Event participle (counted_events.EVENTS) → the class its counts share.
EVENT_CLASSES = {
    "killed": "deaths", "injured": "injuries", "arrested": "arrests", "detained": "arrests",
    "evacuated": "evacuations", "displaced": "displaced", "rescued": "rescues",
    "missing": "missing", "abducted": "abductions", "shot": "casualties",
}  # fmt: skip
EVENT_QUANTITIES = frozenset({*EVENT_CLASSES.values(), "casualties"})
# Nouns that count victims without an event word: "recovered 30 bodies", "claimed 12
# lives", "30 fatalities" (ECB+ disaster and shooting reports).
VICTIM_NOUNS = {"body": "deaths", "life": "deaths", "fatality": "deaths", "death": "deaths",
                "injury": "injuries", "casualty": "casualties"}  # fmt: skip
# How far the magnitude's words may be from its number: its heads, or the words after it
# ("6.1 on the Richter scale").
RICHTER_REACH = 3
# Words that make an event only tried or possible (``_unasserted``).
TRYING = frozenset({"attempt", "try", "threaten", "plot", "plan", "seek"})
POSSIBLE = frozenset({"might", "may", "could"})
# Nouns that single out things of a mass noun, so that a count of them counts that noun:
# "31 separate pieces of firefighting apparatus" (ECB+ 13_12ecbplus) are the "31 fire
# apparatus" of 13_7ecbplus; "two dozen pieces of equipment". WordNet's piece.n.02 and
# item.n.02: "an instance of some type", "a distinct part that can be specified separately".
PIECES = frozenset({"piece", "item"})
EARTHQUAKE = "n:07428954"  # earthquake, quake, temblor, seism
# Words that make "degrees" a temperature, and words before a number that put it below zero.
TEMPERATURE_WORDS = frozenset({"temperature", "fahrenheit", "celsius", "centigrade"})


@dataclass(slots=True)
class Measurement:
    quantity: str = ""
    unit: str | None = None
    base: float | None = None
    subject: str | None = None
    subject_start: int = -1
    referents: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    source: str | None = None
    stance: str = "asserted"
    version: str | None = None
    document: str | None = None
    action: str | None = None
    frame: list[str] = field(default_factory=list)
    holder: str | None = None
    holder_start: int = -1
    holder_verb: str | None = None


def measure(
    article: Article, doc: Doc, run: list[Token], thing: Counted, value: float,
    qualifier: str | None,
) -> Measurement:  # fmt: skip
    noun = doc[thing.noun] if thing.noun >= 0 else measured_noun(run[-1])
    fused = fused_unit(run[-1].text) or units.fused_metres(doc, run)
    unit = currency_before(doc, run[0]) or (fused[1] if fused else unit_after(doc, run[-1]))
    unit = unit or units.unit_noun(run[-1]) or units.lent_unit(run[-1], noun)
    quantity, base = _quantity(doc, run, thing, noun, unit, value)
    clause = scope(run[-1])
    found = Measurement(quantity=quantity, unit=unit.name if unit else None, base=base)
    if quantity == "age" and aged(doc, run, thing.end) is None:
        found.quantity = ""  # "4 years old Conflict.": an age describes a person
    found.document = document_of(run[-1], noun)
    if found.quantity.startswith(("count:", "people")):
        if thing.part:
            # what is done to the part, not to the whole ("landing 178 of 369 punches"):
            # never compared with a count of the whole unless the value is one
            found.action = f"part:{action_of(run[-1]) or ''}"
        else:
            found.action = (
                described_noun(doc, run, noun) or action_of(noun, run[-1]) or resized(run)
            )
    elif found.quantity in PHYSICAL and found.quantity != "duration":
        # "a 36-yard field goal" and "a 68-yard drive" (ECB+ 29ecbplus): two lengths
        found.action = described_noun(doc, run, noun)
    found.subject, found.subject_start = subject_of(doc, run, noun, quantity, thing.end)
    if found.subject is None:  # "Richard Carter scored 14 points" (``measure_doer``)
        found.subject, found.subject_start = performed_by(run[-1], found.quantity)
    subject = token_at(doc, found.subject_start)
    wanted = subject is not None and (found.quantity == "age" or _pronoun(subject))
    if wanted and subject is not None and not _plural(subject):
        speaker = quote_speaker(article, found.subject_start)
        found.referents = referents(doc, found.subject_start, speaker)
    found.frame = frame(run[-1], noun)
    held = holder_of(article, doc, run[-1], found.quantity)  # "Smith won 52 percent"
    found.holder, found.holder_start, found.holder_verb = held.name, held.start, held.verb
    found.places = places(doc, clause, run[-1])
    found.dates = dates(article, clause) or quoted_context_dates(article, run[0])
    found.source = source(run[-1])
    found.version = version_of(run[-1], noun, found.document)
    if found.version is None and found.document is None and found.quantity:
        found.version = carried_version(run[-1])
    opened = open_periods(article, clause) if found.dates else set()
    closed = [d for d in found.dates if d not in opened]
    if found.quantity == "age" and ages.apposition_age(run):
        closed = []  # "Marcel Lehel Lazar, 44, … was extradited in 2014": his age as written
    found.stance = stance_of(article, run[-1], qualifier, closed, found.version)
    return found


# ---- quantity --------------------------------------------------------------------------


def _quantity(
    doc: Doc, run: list[Token], thing: Counted, noun: Token | None, unit: Unit | None,
    value: float,
) -> tuple[str, float | None]:  # fmt: skip
    if thing.counts == "years old" or stated_age(run) is not None:
        return "age", value
    if thing.event and noun is not None and _part_of_count(noun):
        return _noun_class(noun), value  # "two women and one man died": the women among them
    if thing.event and _unasserted(noun or run[-1]):
        return "", None  # "attempting to murder three", "there might have been two killed"
    if thing.event:
        return EVENT_CLASSES.get(thing.event, thing.event), value
    model = model_counted(doc, run)
    if model is not None:
        return f"count:{model}", value
    if unit is not None:
        if unit.dimension == "money":
            return f"money:{unit.name}", value
        return unit.dimension, value * unit.factor
    if _magnitude(doc, run) or _quake_size(doc, run, noun):
        return "magnitude", value
    if noun is not None and calibre(noun):
        return bore_measure(noun), value
    if _temperature(run, noun):
        return "temperature", -value if _below_zero(doc, run) else value
    if noun is None and fused_count(run[-1].text):
        return synset_class(fused_count(run[-1].text) or ""), value  # "12KOs"
    if noun is None and thing.counts in ("people", "children"):
        # "where 10,000 gathered" (``counted._doers``), "a mother of 12" (children_of_parent)
        return synset_class(morphy.lemma(thing.counts, "n") or thing.counts), value
    if noun is None:
        event = _event_near(run[-1])
        return (EVENT_CLASSES.get(event, event), value) if event else ("", None)
    return _noun_class(noun), value


def _pronoun(subject: Token) -> bool:
    """The subject of any quantity is a pronoun ("he had been shot seven times"): whom it
    stands for is read from the names before it (``ages.referents``), as for an age."""
    return subject.pos_ == "PRON"


def _plural(subject: Token) -> bool:
    """A subject for several people, which no one name stands for: "He is also survived by
    two sons, ages 6 and 16" (ECB+ 16_5ecbplus: the sons' age 6 went to Chela Ortiz, the
    nearest name, and could meet her own age as a rival), "they had been shot"."""
    if subject.pos_ == "PRON":
        return "Plur" in subject.morph.get("Number", [])
    return subject.tag_ in ("NNS", "NNPS")


def _part_of_count(noun: Token) -> bool:
    """A counted noun coordinated with another count: "two women and one man died" (ECB+
    8) gives the women among the dead, not the toll."""
    if noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children):
        return True
    return any(
        c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children) for c in noun.children
    )


def _unasserted(token: Token) -> bool:
    """The event of a count is only tried or possible, in the count's own clause: "attempting
    to murder at least three other people", "there might have been two people killed" (ECB+
    16). A modal of possibility or a verb of trying on the way up to the clause's verb."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            if current.lemma_.lower() in TRYING:
                return True
            if any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in current.children):
                return True
            if current.dep_ not in ("xcomp", "pcomp", "acl", "conj"):
                return False
    return False


def _noun_class(noun: Token) -> str:
    """The class of a counted or measured noun: victims, troops, money, people, its synset."""
    lemma = noun.lemma_.lower()
    head = noun.head
    measures = noun.dep_ in ("compound", "amod") and head.lemma_.lower() in MEASURE_NOUNS
    if measures and of_object(head) is not None:
        return _noun_class(head)  # "a 600,000-member cap on Ukraine's military"
    target = of_object(noun) if lemma in MEASURE_NOUNS or lemma in PIECES else None
    if target is not None:
        return _noun_class(target)
    modifier = next((c for c in noun.children if c.dep_ in ("compound", "amod")), None)
    if lemma in MEASURE_NOUNS and modifier is not None:
        if modifier.dep_ == "compound":
            return _noun_class(modifier)  # "death toll", "troop cap"
        if wordnet.load().synsets(modifier.lemma_.lower()):
            return synset_class(modifier.lemma_.lower())  # "military strength"
    if lemma in VICTIM_NOUNS:
        return VICTIM_NOUNS[lemma]
    if sized_gathering(noun):
        return "people"
    event = next((event_of(c) for c in noun.children
                  if c.dep_ in ("acl", "relcl", "amod") and event_of(c)
                  and not hyphenated(c)), None)  # fmt: skip
    if event:
        return EVENT_CLASSES.get(event, event)
    if abbreviation(noun) or upper_case_abbreviation(noun):
        return synset_class(noun.lower_)  # "47 KO 's": knockouts; ".919 OPS"
    if title_cased_noun(noun):
        return synset_class(common_noun_lemma(noun.text) or "")  # "14 AK 47 Rifles"
    if noun.ent_type_ == "NORP" or noun.pos_ == "PROPN":
        return "people" if noun.ent_type_ == "NORP" else ""
    return synset_class(_phrase_lemma(noun))


def _phrase_lemma(noun: Token) -> str:
    """ "military personnel" when WordNet knows the phrase, else the noun's lemma. A modifier
    written with a hyphen is one word: "two semi-automatic pistols" (ECB+ 3_8ecbplus, split
    by the tokenizer into "semi - automatic") are the "2 semiautomatic pistols" of
    3_3ecbplus, not WordNet's "automatic pistol"; WordNet writes such words either way."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if modifiers:
        last = modifiers[-1]
        for word in (*_hyphenated_word(last), last.lemma_.lower()):
            phrase = f"{word}_{noun.lemma_.lower()}"
            if wordnet.load().synsets(phrase):
                return phrase
    return noun.lemma_.lower()


def _hyphenated_word(token: Token) -> tuple[str, ...]:
    """ "semi-automatic" and "semiautomatic" for the "automatic" of "semi - automatic" as
    written with no spaces, else nothing."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    if start == token.i:
        return ()
    written = doc[start : token.i + 1].text.lower()
    return written, written.replace("-", "")


def _event_near(number: Token) -> str | None:
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("to", "at"):
        for subject in (c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in MEASURE_NOUNS:
                return next((event_of(t) for t in subject.subtree if event_of(t)), None)
    return None


def _magnitude(doc: Doc, run: list[Token]) -> bool:
    """ "a 7.6 magnitude quake", "magnitude-7.6", "measuring 7.6"."""
    window = doc[max(run[0].i - 3, 0) : run[-1].i + 3]
    # "a 5.6 -magnitude earthquake" (ECB+ 20), "magnitude-5.9" (one token)
    words = {part for t in window for part in t.lower_.split("-")}
    if MAGNITUDE_WORD in words or ("measuring" in words and "richter" in {t.lower_ for t in doc}):
        return True
    # "a magnitude of at least 5.9" (the parser may hang the number on the next verb), and
    # "registering 6.1 on the Richter scale" with no other number between (ECB+ 20)
    if any(a.lemma_.lower() == "magnitude" for a in list(run[-1].ancestors)[:RICHTER_REACH]):
        return True
    after = doc[run[-1].i + 1 : run[-1].i + 1 + RICHTER_REACH + 1]
    for token in after:
        if token.like_num:
            return False
        if token.lower_ == "richter":
            return True
    return _restated_magnitude(doc, run[-1])


def _quake_size(doc: Doc, run: list[Token], noun: Token | None) -> bool:
    """A number with a decimal point before a word for an earthquake is its magnitude, the
    scale left unsaid: "The same island was hit by a 6.1 quake in September" (ECB+ 20_4ecb,
    was a count of quakes), "a 6.7 degree quake", "A 6.7-strength quake" (20_4ecbplus,
    20_1ecbplus: degrees and strengths counted), the headline "5.9 Earthquake Jolts Iran"
    (20_5ecbplus). A whole number counts quakes ("two quakes"); WordNet's earthquake synset
    holds quake, temblor and seism."""
    if noun is None or "." not in run[-1].text:
        return False
    words = list(doc[run[-1].i + 1 : noun.i + 1])
    if noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        words.append(noun.head)
    net = wordnet.load()
    return any(EARTHQUAKE in net.synsets(w.lemma_.lower()) for w in words)


def _restated_magnitude(doc: Doc, number: Token) -> bool:
    """ "Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S.
    Geological Survey … said it was 6.1" (ECB+ 20_11ecbplus): "it was N" after a magnitude
    given in its sentence restates that magnitude, as another source's value."""
    head = number.head
    if number.dep_ != "attr" or head.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return False
    earlier = [t for t in doc[number.sent.start : number.i] if t.like_num]
    return bool(earlier) and _magnitude(doc, [earlier[-1]])


def _temperature(run: list[Token], noun: Token | None) -> bool:
    """A temperature with no unit pint can read: "temperatures of minus 17 degrees", "Outside
    temperatures were minus 20" (ECB+ 13ecb: a church fire in an Alaskan winter). pint's
    degrees need a scale; news gives "degrees" with a word for temperature in the sentence,
    or a bare number that a temperature is."""
    number = run[-1]
    if noun is not None and noun.lemma_.lower() == "degree":
        return any(t.lemma_.lower() in TEMPERATURE_WORDS for t in number.sent)
    head = number.head
    if number.dep_ not in ("attr", "acomp") or head.lemma_.lower() != "be":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lemma_.lower() in TEMPERATURE_WORDS


def _below_zero(doc: Doc, run: list[Token]) -> bool:
    """ "minus 20", "minus 17 degrees": the word before the number."""
    first = run[0]
    if first.lower_.split("-")[0] in BELOW_ZERO:
        return True  # "minus-20" as one token
    return first.i > 0 and doc[first.i - 1].lower_ in BELOW_ZERO


# ---- version and stance ----------------------------------------------------------------
