"""Who does what a clause tells, from the dependency parse.

Two wordings of one event share who did it and what they did, however else they differ:
"Donald Trump said Tuesday he is sending his envoy Steve Witkoff to meet Putin" and
"President Donald Trump revealed Tuesday that he is dispatching two top envoys" (the
example) are Trump sending envoys; "Umerov said that Zelensky hopes to finalize a deal" is
Zelensky's hope, not Umerov's. The doer of a clause is its verb's subject (a coordinated
verb's is the first verb's, an infinitive's the verb it completes); in reported speech the
event is the reported clause, and a "he" or "she" opening it is the speaker when the speaker
is named ("Woodward said he will not reveal the source's name", ECB+ 28_2ecbplus), never a
group ("Police said he was a disgruntled employee", ECB+ 18_1ecbplus: he is someone else).
Only spaCy tokens here; the annotators record character spans and lemmas.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storydesk.annotate.cues import CUE_LEMMAS
from storydesk.annotate.wordnet import load as load_wordnet

SUBJECTS = ("nsubj", "nsubjpass")
THIRD_PERSON = frozenset({"he", "she"})
# The entity types of a name that can speak, do or hold something: a person, an
# organisation, a group ("Democrats"), a country (``scope._speaker``, ``measure_holder``).
NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NAME_TAGS = ("PROPN",)


def subject(verb: Token) -> Token | None:
    """The verb's subject, through a coordination ("Moscow targeted … and bombed …") and an
    infinitive or a participle that completes a verb ("is expected to meet")."""
    node = verb
    for _ in range(4):
        found = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if found is not None:
            return found
        if node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head
        else:
            return None
    return None


def reported_clause(verb: Token) -> Token | None:
    """The clause a verb of saying reports ("said [that] he is sending …"), or None."""
    if not is_saying(verb.lemma_.lower()):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")),
                None)


def doer(verb: Token) -> Token | None:
    """Who does what ``verb`` tells: its subject, or for "he"/"she" in a reported clause, the
    named speaker; None for any other pronoun or an unnamed speaker."""
    found = subject(verb)
    if verb.dep_ in ("relcl", "acl") and (found is None or found.tag_ in ("WP", "WDT")):
        # "Kimani Gray, who was shot dead by …", "Gray, 16, killed by police bullets on
        # Saturday" (ECB+ topic 19): the noun the clause describes
        return verb.head if verb.head.pos_ in ("PROPN", "NOUN") else None
    if found is None or found.lower_ not in THIRD_PERSON:
        return found if found is not None and found.pos_ != "PRON" else None
    saying = verb.head if verb.dep_ == "ccomp" and verb.head.i != verb.i else None
    if saying is None or reported_clause(saying) is None:
        return None
    speaker = subject(saying)
    return speaker if speaker is not None and speaker.pos_ in NAME_TAGS else None


def claims(root: Token) -> list[str]:
    """The lemmas of a sentence's main claim: its main verb and the verbs coordinated with
    it, and the reported clause's of a verb of saying (with theirs)."""
    verbs = _with_conjuncts(root)
    clause = reported_clause(root)
    if clause is not None:
        verbs += _with_conjuncts(clause)
    return sorted({action_of(v) for v in verbs})


def _with_conjuncts(verb: Token) -> list[Token]:
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]


SENSES = 3  # the senses of a verb read when comparing two actions (most frequent first)
# Light verbs: their object says what was done ("made the announcement", "made her second
# appearance", "made it to the new facility", "caused a stir": ECB+ topics 1 and 2), so two
# clauses with one of them are no same act by the verb alone. A closed class of English.
LIGHT_VERBS = frozenset({
    "be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "set", "cause",
    "hold", "keep", "let",
})  # fmt: skip


@lru_cache(maxsize=4096)
def is_saying(lemma: str) -> bool:
    """A verb that reports speech: a cue of ``annotate.cues``, or a verb one of whose two most
    frequent senses in WordNet is an act of communication ("reveal", "indicate")."""
    if lemma in CUE_LEMMAS:
        return True
    wordnet = load_wordnet()
    return any(wordnet.synset(key).lexname == "verb.communication"
               for key in wordnet.synsets(lemma, "v")[:2])


def same_action(left: str, right: str) -> bool:
    """Two verbs (lemmas; a particle joined by "_": "pass_away") tell the same act: the same
    verb, two verbs of saying, or one is a synonym or the direct hypernym of a frequent sense
    of the other in WordNet ("dispatch" is a way to "send", "pass_away" is "die"); never a
    light verb, whose object says what was done."""
    if left.split("_")[0] in LIGHT_VERBS or right.split("_")[0] in LIGHT_VERBS:
        return False
    if left == right:
        return True
    if is_saying(left) and is_saying(right):
        return True
    return _names_sense(left, right) or _names_sense(right, left)


@lru_cache(maxsize=4096)
def _names_sense(lemma: str, other: str) -> bool:
    wordnet = load_wordnet()
    for key in wordnet.synsets(lemma, "v")[:SENSES]:
        synset = wordnet.synset(key)
        if other in synset.words or any(other in wordnet.synset(h).words
                                        for h in synset.hypernyms):
            return True
    return False


def action_of(verb: Token) -> str:
    """A verb's lemma, with its particle ("passed away": "pass_away")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma}_{particle}" if particle else lemma
