"""The casualty-like event a word names, and the event a count takes part in: "killed" for
"dead", "murdered", "died", "the death toll rose to 15". Split from ``counted`` (STYLE:
modules under ~400 lines), bodies unchanged; ``counted`` reads the counted thing with them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storydesk.annotate import wordnet
from storydesk.annotate.noun_classes import synset_class

# Event lemma → the participle a count of it carries. Wounded and hurt are one thing to a
# reader of casualty figures, so they share "injured".
EVENTS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "injure": "injured",
    "wound": "injured", "hurt": "injured", "arrest": "arrested", "detain": "detained",
    "evacuate": "evacuated", "displace": "displaced", "rescue": "rescued",
    "missing": "missing", "abduct": "abducted", "kidnap": "abducted", "shoot": "shot",
}  # fmt: skip
# Shooting is the means, not the outcome: "shot three people, killing one" (ECB+ 18) counts
# the dead and the wounded together; "shot dead", "shot to death" count the dead.
DEAD = frozenset({"dead", "death"})
# Verbs that name one of those events by being a kind of it in WordNet ("murder", "slay",
# "shoot dead" are kinds of killing; "stab", "maim" kinds of injuring), so the table above
# needs only the words WordNet does not relate: synset keys of kill.v.01, die.v.01 and
# injure.v.01, and how many of a verb's most frequent senses are looked at.
EVENT_SYNSETS = {"v:01323976": "killed", "v:00358431": "killed", "v:00069879": "injured"}
# Synsets whose own verbs count arrests, never their kinds: arrest.v.01 (collar, nail,
# apprehend, arrest, pick up, nab, cop) and confine.v.01 (confine, detain): people counted by
# what was done to them, "89 people were arrested", "12 apprehended" (held ECB+ 26ecb). The
# kinds of confining hold trapping ("Fourteen miners were trapped underground"), and jailing
# and imprisoning are sentences in a court report ("Three men were jailed for life at the
# Old Bailey" against the police's eight arrests): no arrests (reviews, session 11).
ARREST_SYNSETS = frozenset({"v:01215155", "v:02495038"})
# seize.v.01, the hypernym WordNet gives arrest.v.01: people seized are arrested when the
# seizer is the law ("Police seized 40 suspects") or they are held to be offenders ("one of
# 99 alleged Sicilian Mafia members seized on Tuesday", ECB+ 26_1ecb, against "89 people were
# arrested", 26_8ecb); hostages and soldiers seized by rebels are not (review, session 11).
# The law: a first three senses under lawman.n.01 or law_enforcement_agency.n.01 (police,
# officer, detective, trooper, the FBI), and "authorities".
SEIZE = "v:01212590"
THE_LAW = frozenset({"n:10249459", "n:08348815"})
ACCUSED = frozenset({"alleged", "suspected", "accused", "reputed"})
EVENT_SENSES = 2
# living_thing.n.01: what can be a victim of an event (people, soldiers, animals).
LIVING_THING = "n:00004258"
# Adverbs that say an event came close and did not happen ("nearly killed").
NEAR_MISSES = frozenset({"nearly", "almost", "narrowly"})
# Nouns that only measure a quantity: "six" in "a group of six countries" counts countries.
_OBJECT_DEPS = ("dobj", "nsubjpass", "nsubj", "attr", "conj", "appos", "pobj")


def event_of(token: Token) -> str | None:
    """The event participle a word names ("killed" for "dead", "murdered", "died"); none when
    an adverb says it did not happen: "victims-including two nearly killed when they were
    shot and stabbed" (ECB+ 16_9ecbplus, read as two deaths against the story's one)."""
    if any(c.dep_ == "advmod" and c.lower_ in NEAR_MISSES for c in token.children):
        return None
    lemma = token.lemma_.lower()
    if lemma == "shoot" and any(_says_dead(c) for c in token.children):
        return "killed"
    if lemma in EVENTS:
        return EVENTS[lemma]
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD"):
        return None
    return _verb_event(lemma)


def _says_dead(child: Token) -> bool:
    """ "dead" in "shot dead", "to death" in "shot to death"."""
    if child.lower_ in DEAD and child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "amod"):
        return True
    return child.lower_ == "to" and any(g.lower_ == "death" for g in child.children)


@lru_cache(maxsize=8192)
def _verb_event(lemma: str) -> str | None:
    net = wordnet.load()
    for key in net.synsets(lemma, "v")[:EVENT_SENSES]:
        if key in ARREST_SYNSETS:
            return "arrested"
        for anchor, event in EVENT_SYNSETS.items():
            if anchor in net.ancestors(key):
                return event
    return None


def event_of_verb(dep: str, head: Token) -> str | None:
    """The event of the verb a count is the object or subject of ("killed six", "seven
    people are dead"); ``dep`` is the count's relation to ``head``."""
    if dep in _OBJECT_DEPS and event_of(head):
        return event_of(head)
    if dep == "nsubj":
        for child in head.children:
            if child.dep_ in ("acomp", "attr") and event_of(child):
                return event_of(child)
    return None


def event_of_number(number: Token) -> str | None:
    own = next((event_of(c) for c in number.children
                if c.dep_ in ("acl", "amod", "relcl") and event_of(c)), None)  # fmt: skip
    if own is not None:
        # "18 people had been injured … and 12 arrested" (ECB+ 8), "ten were killed and at
        # least 50 injured": the number's own participle, not the verb it is joined to
        return own
    head = number.head
    event = event_of_verb(number.dep_, head)
    if event is not None:
        return event
    if number.dep_ == "pobj" and head.lower_ in ("to", "at"):
        return toll_event(head.head)  # "the death toll rose to 15", "stood at 15"
    return None


def toll_event(verb: Token) -> str | None:
    """What a toll or a "number of" counts, from the subject of the verb it rose with."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = {t.lemma_.lower() for t in subject.subtree}
        if subject.lemma_.lower() == "toll" or "number" in words:
            events = [EVENTS[w] for w in words if w in EVENTS]
            if events:
                return events[0]
            if subject.lemma_.lower() == "toll" and "death" in words:
                return "killed"
    return None


def can_be_victim(noun: Token) -> bool:
    """Whether a counted noun can be killed, injured, arrested or rescued: a living thing
    in WordNet, a people ("12 Somalis") or a name, or a word WordNet does not know. "The
    defendant was arrested five buildings away" (ECB+ 16: the parser made "buildings" the
    object of "arrested") counts buildings, not arrests."""
    if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP":
        return True
    lemma = noun.lemma_.lower()
    if synset_class(lemma).startswith(("people", "troops")):
        return True  # people, persons, others, soldiers, an army
    senses = wordnet.load().synsets(lemma)
    return not senses or LIVING_THING in wordnet.load().ancestors(senses[0])


def event_of_noun(noun: Token) -> str | None:
    """The casualty-like event a counted noun takes part in, as a participle."""
    for child in noun.children:
        if hyphenated(child):
            continue  # "the nine pro-death jurors" (ECB+ 3): a stance, not an event
        event = event_of(child) if child.dep_ in ("acl", "relcl", "amod") else None
        if event or (child.dep_ in ("acl", "relcl") and _seized(child, noun)):
            return event or "arrested"  # "six people killed", "six people dead"
    head = noun.head
    if noun.dep_ == "conj":
        head = head.head  # "six people and 13 others were killed"
    event = event_of_verb(noun.dep_, head)
    if event is None and noun.dep_ in ("dobj", "nsubjpass") and _seized(head, noun):
        return "arrested"  # "police seized 40 suspects"
    return event


def _seized(verb: Token, seized: Token) -> bool:
    """People seized by the law or held to be offenders (``SEIZE``, ``THE_LAW``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # the synset's own verbs only: its kinds ("grabbed two men by the collar") are no arrest
    if SEIZE not in wordnet.load().synsets(verb.lemma_.lower(), "v")[:EVENT_SENSES]:
        return False
    if any(c.lower_ in ACCUSED for c in seized.children if c.dep_ in ("amod", "compound")):
        return True
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    seizers = [c for c in verb.children if c.dep_ == "nsubj"] + agents
    return any(_the_law(c) for c in seizers)


def _the_law(noun: Token) -> bool:
    if noun.lemma_.lower() == "authority" and noun.tag_ == "NNS":
        return True  # "the authorities"
    net = wordnet.load()
    words = {noun.lemma_.lower(), noun.lower_}
    return any(not THE_LAW.isdisjoint(net.ancestors(key))
               for word in words for key in net.synsets(word, "n")[:3])  # fmt: skip


def hyphenated(token: Token) -> bool:
    """A word joined by a hyphen to the word before it ("pro-death", "anti-war")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_
