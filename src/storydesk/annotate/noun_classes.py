"""Classes of counted nouns: the group WordNet puts a noun in ("troops", "people", "money"),
else its first sense; whether a token names a person; the whole name a token is part of."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from storydesk.annotate import wordnet
from storydesk.annotate.morphy import lemma
from storydesk.clean.datelines import CLOCK

# WordNet synsets whose hyponyms are counted as one class: military personnel, servicemen,
# the armed forces and an army are all "troops" (the example's troop cap: soldiers, army,
# military personnel, troops); a person or people is "people".
GROUP_SYNSETS = {
    "n:08397255": "troops", "n:10582746": "troops", "n:08199025": "troops",
    "n:08191230": "troops", "n:08198398": "troops", "n:00007846": "people",
    "n:07942152": "people",
}  # fmt: skip


# gathering.n.01, "a group of persons together in one place": crowd, throng, audience,
# rally, mob. One of them sized by a number is that many people (``sized_gathering``).
GATHERING = "n:07975026"
MONETARY_UNIT = "n:13604718"  # monetary_unit.n.01: "dollars", "euros" as counted nouns
BORE = "n:05103283"  # bore, gauge, caliber, calibre: the diameter of a gun barrel
# WordNet's one synset holds two measures: a shotgun's gauge (or British bore) counts the
# lead balls of its barrel's width to the pound ("a 12-gauge shotgun", "a 12-bore"), a
# calibre is that width in inches or their hundredths (".38-caliber", "22-caliber"). A
# "20-gauge shotgun" and a "22-caliber rifle" are two guns, never two reports of one.
GAUGE_WORDS = frozenset({"gauge", "bore"})


@lru_cache(maxsize=16384)
def synset_class(lemma: str) -> str:
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


@lru_cache(maxsize=16384)
def kindred(left: str, right: str) -> bool:
    """Two quantity classes that may name one count: the same class, two classes of people
    ("viewers" and "people"), or counted nouns one of which WordNet makes the direct kind of
    the other ("factory" is a kind of "plant", a "win" a kind of "victory") or that share one
    of their two most frequent senses. MEANTIME gm: "close five factories" / "five plants";
    ECB+ 7: "58 wins" / "Klitschko's 58th victory". Only these near relations: "rifles" and
    "pistols" are both firearms, and two different counts."""
    if left == right:
        return True
    if left.startswith("people") and right.startswith("people"):
        return True
    if not (left.startswith("count:") and right.startswith("count:")):
        return False
    net = wordnet.load()
    senses = [net.synsets(left[6:])[:2], net.synsets(right[6:])[:2]]
    if not senses[0] or not senses[1]:
        return False
    if set(senses[0]) & set(senses[1]):
        return True
    first = [senses[0][0], senses[1][0]]
    return first[1] in net.synset(first[0]).hypernyms or first[0] in net.synset(first[1]).hypernyms


# An abbreviation counted as a noun is at most this long: "47 KO's", "121 RBI".
ABBREVIATION_LETTERS = 4
# WordNet's classes of names rather than countable things: "US", "EU", "UN" are places and
# organisations, "Cd" an element; a number before them counts something else.
NAMING_LEXNAMES = frozenset({"noun.location", "noun.group", "noun.person", "noun.substance"})
# Entity types of names, never of a common noun the model took for one.
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART"})


@lru_cache(maxsize=16384)
def _common_abbreviation(text: str) -> bool:
    net = wordnet.load()
    senses = net.synsets(text.casefold(), "n")
    return bool(senses) and net.synset(senses[0]).lexname not in NAMING_LEXNAMES


def title_cased_noun(token: Token) -> bool:
    """A plural common noun written in title case, which the parser takes for a name: "14
    AK 47 Rifles, 31 Magazines and 923 rounds" (ECB+ 12_6ecbplus, 12_9ecbplus: a headline
    style inside the sentence; the small model types them a product or a percentage).
    WordNet knows its lower-case singular as a countable thing; a people ("Somalis") or a
    named group ("the Nationals", an organisation) is a name."""
    if token.pos_ != "PROPN" or token.tag_ != "NNPS" or not token.text.istitle():
        return False
    if token.ent_type_ in NAME_TYPES:
        return False
    return common_noun_lemma(token.text) is not None


def common_noun_lemma(word: str) -> str | None:
    """The lemma of a plural common noun written as a name ("Rifles" → "rifle"), else None.
    A plural of places is common too: "Powerful Quake in Iran Kills 10; 80 Hurt and 7
    Villages Damaged" (ECB+ 20_8ecbplus, a headline: was no measure); a named place is an
    instance in WordNet ("Athens"), and a people or a group ("Somalis") stays a name."""
    found = lemma(word, "n")
    if not found or found == word.casefold():
        return None
    return found if _common_abbreviation(found) or _common_place(found) else None


@lru_cache(maxsize=4096)
def _common_place(word: str) -> bool:
    """One of the two most frequent senses a kind of place, none a named one ("village" is
    first a community, then a place; "Athens" is an instance)."""
    net = wordnet.load()
    senses = net.synsets(word, "n")[:2]
    if not senses or any(net.is_instance(sense) for sense in senses):
        return False
    return any(net.synset(sense).lexname == "noun.location" for sense in senses)


def abbreviation(token: Token) -> bool:
    """A capitalised abbreviation of a common noun, which the parser takes for a name: boxing
    records "53-3, 47 KO 's", "36-3 (24 KO)" (ECB+ 7), "33 homers and 121 RBI" (ECB+ 10).
    WordNet knows it in lower case as a countable thing ("ko": knockout, "rbi": run batted
    in)."""
    text = token.text
    return (
        token.pos_ == "PROPN"
        and text.isalpha()
        and text.isupper()
        and 2 <= len(text) <= ABBREVIATION_LETTERS
        and _common_abbreviation(text)
    )


# A count written onto the plural of an abbreviation: "12KOs", "12KO's".
_FUSED_ABBREVIATION = re.compile(rf"\d+([A-Z]{{2,{ABBREVIATION_LETTERS}}})(?:'s|s)")
_CLOCK = re.compile(CLOCK, re.IGNORECASE)


def fused_count(text: str) -> str | None:
    """The abbreviation a count is written onto, in lower case, when WordNet knows it as a
    countable thing: "Pukall ( 14-13-2 , 12KOs )" (ECB+ 7_10ecb; "12 KO 's" in 7_3ecb) is 12
    knockouts; "3M" (one letter) and "4WD" (no such noun) are names. Only a plural counts, and
    never a clock time (``datelines.CLOCK``): "at 10PM" was 10 explosions (WordNet's "pm" is a
    PETN-based explosive) and "11PM" 11 autopsies (post-mortem) in the second review."""
    match = _FUSED_ABBREVIATION.fullmatch(text)
    if match is None or _CLOCK.match(text) or not _common_abbreviation(match[1]):
        return None
    return match[1].lower()


def upper_case_abbreviation(token: Token) -> bool:
    """A counted noun written in capitals, whatever the parser tagged it: ".919 OPS" (ECB+
    10ecbplus) was a NOUN with the lemma "op" in one report and a name in another, two
    classes for one statistic. Its class is read from the word as written, in lower case
    (WordNet's "Ops", a goddess, is no reason to count "op" art instead)."""
    text = token.text
    return text.isalpha() and text.isupper() and 2 <= len(text) <= ABBREVIATION_LETTERS


def is_person(token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "NOUN" and synset_class(token.lemma_.lower()).startswith("people")


def name_of(token: Token) -> tuple[str, int]:
    """The whole entity (or noun) a token stands in: "Liubov Petrivna" for "Petrivna"."""
    if token.ent_type_:
        for entity in token.doc.ents:
            if entity.start <= token.i < entity.end:
                return entity.text, entity.start_char
    return token.text, token.idx


def calibre(noun: Token) -> bool:
    """A gun's bore: "a .38-caliber revolver", "a .357 caliber revolver" (ECB+ 19ecbplus:
    reports differ on Kimani Gray's gun). WordNet puts this sense of "caliber", "calibre"
    and "gauge" in one synset (the diameter of a gun barrel), after "caliber" as quality;
    the number before the noun is the bore, never a count of qualities."""
    return BORE in wordnet.load().synsets(noun.lemma_.lower())


def bore_measure(noun: Token) -> str:
    """The quantity class of a number before a ``calibre`` noun: "gauge" or "calibre"."""
    return "gauge" if noun.lemma_.lower() in GAUGE_WORDS else "calibre"


def sized_gathering(noun: Token) -> bool:
    """A crowd, rally or audience (WordNet's gathering) written singular, so that a number
    on it is its size, not a count of crowds: "the 22,000 crowd", "the crowd of 22,000"
    (ECB+ 7_3ecbplus, 7_1ecbplus: one fight's crowd), "NBC New York estimated the crowd at
    70" (19_10ecbplus); that many people. "three rallies" counts rallies."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return False
    senses = wordnet.load().synsets(noun.lemma_.lower())
    return bool(senses) and GATHERING in wordnet.load().ancestors(senses[0])
