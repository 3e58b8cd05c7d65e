"""Names the cast lists no one by: products, descriptions written in capitals, common acronyms.

A cast list is people, organisations and places. The small model also tags, and the story
writes with capitals, three kinds of words that are none of these; each is read from the
story's own text and WordNet, never from a list of names:

* **A product** (``product_context``, ``model_plural``): a car, a plane, an engine is named
  where the sentence says what kind of thing it is, a vehicle, a machine or a weapon:
  "GM would continue building the Aura sedan" (MEANTIME gm 127461, tagged PERSON), "The
  plant makes the Crown Victoria and Grand Marquis cars" (gm 31706, tagged GPE), "the
  Hummer and Saab Automobile vehicle brands" (gm 120554, PERSON), "four Rolls-Royce Trent
  900 engines" (airbus 82548), "the Indian warship INS Tabar" (ECB+ 12), "drove a
  Hummer"; and a model's code in the plural: "KC-30s" (airbus 100911, tagged FAC),
  "A330s" (airbus 129865).
* **A description** (``description``): a capitalised phrase of common words that names a
  kind of person, not a person: "the Perennial Party Girl" (of Tara Reid, ECB+ 1_6ecb,
  tagged ORG), "the Responsible Person" (a fire-safety duty, ECB+ 14), "Heavyweight
  Champion" (ECB+ 7).
* **A common noun's acronym** (``common_acronym``): "a CCTV operator" (ECB+ 14, five
  reports, tagged ORG), whose letters are those of WordNet's "closed-circuit television",
  written only as a modifier of a noun, in two reports or more. Spelling a compound is
  weak alone: a letter from inside a word counts only as that word's own short form ("TV"),
  or "nickel-cadmium accumulator" would spell "NCAA", "employee savings plan" "ESPN",
  "open-end credit" "OPEC" and "inferior alveolar artery" "IAEA".
* **A work's title** (``quoted_title``): a film, show, book or slogan is written between
  quote marks where a person or a place never is: "starred in "Van Wilder" and "The Big
  Lebowski."" (ECB+ 1_1ecb, tagged PERSON), "his movie “Ted”" (2_8ecb, PERSON), "star of
  the romantic epic "Australia,"" (ECB+ 2, GPE), "the "Philly Max," as Brand later called
  it" (5_1ecb, PERSON). A nickname inside a name keeps its marks and stays ('Kimani "Kiki"
  Gray'); so does a name the story mostly writes bare ('MTV's "Carson Daly"', once in
  three).
* **An award** (``award_name``): WordNet's awards ("Oscar", "Emmy", "Academy Award",
  "Nobel Prize": every sense under award, accolade, honor) and a name whose head is the
  word award or prize ("the 79th Academy Awards", "Tony Awards", ECB+ 2, typed ORG and
  PERSON): a thing given, not a body that gives it (that is "the Academy").

``forms.collect`` counts the product evidence as votes beside the model's label and leaves
every such form out of the cast (``drop_things``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from storydesk.annotate import wordnet
from storydesk.annotate.morphy import lemma
from storydesk.annotate.name_words import ROLE_HEADS, TITLE_ABBREVIATIONS
from storydesk.link.names import FUNCTION_WORDS, is_given_name
from storydesk.link.works import award_name

if TYPE_CHECKING:
    from storydesk.link.surface import Form

PRODUCT = "PRODUCT"  # the kind a form is voted when the text names a thing by it

# WordNet 3.0 classes of the things a sentence names by a product's name: a conveyance
# ("sedan", "cars", "warship", "aircraft"), a machine ("engines") or a weapon ("revolver"),
# not any instrumentality: "can", "fan", "website" and "plant" name none ("the Yankees can
# outbid", "a Dalembert fan", ECB+ 10 and 5; "Renault's Dacia plant", MEANTIME gm 79240).
_THING_CLASSES = frozenset({"n:03100490", "n:03699975", "n:04565375"})
# A web site is a computer in WordNet, but "the USGS website" (ECB+ 20) and "the Airbus
# website" (MEANTIME airbus) are the organisation's own pages, not a product of it.
_WEB_SITE = "n:06359193"
_BRAND = "n:06845599"  # trade name, brand name, brand, marque: "vehicle brands"
_PERSON = "n:00007846"  # person, individual, someone (WordNet's "person" is noun.Tops)

# After a name, any names listed with it, then the nouns that say what they all are: "the
# Crown Victoria and Grand Marquis cars", "the Hummer and Saab Automobile vehicle brands".
_LISTED = r"(?:(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*)*)*"
_AFTER = re.compile(_LISTED + r"((?:\s+[a-z]+){1,3})\b")
# Right before a name, or before it in apposition: "the frigate INS Tabar", "an Ethiopian
# ship, MV Gibe" (ECB+ 12), "their regional aircraft, the Superjet" (MEANTIME airbus 71526),
# "two sedans, the Fusion and Taurus" (gm 160257).
_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_APPOSED = re.compile(r"\b([a-z]+),\s+(?:the\s+)?$")
_CLOSED = re.compile(r"\s*[,.;)]")  # the apposition ends with the name
# After a name, what it is: "The Boeing 787, or Dreamliner, is a mid-sized passenger airliner"
# (airbus 8983), "Sirius Star, a Saudi supertanker".
_IS_A = re.compile(r"(?:,?\s+(?:is|was)|,)\s+(?:a|an)\s+((?:[\w-]+\s+){0,4}[\w-]+)")
# A name driven is a vehicle: "drove a Hummer", "driving the Falcon".
_DRIVEN = re.compile(r"\b(?:drive|drives|drove|driving|driven)\s+(?:a|an|the|his|her|their)\s+$")
# A model's code in the plural: letters and digits ending in a digit and "s" ("A330s",
# "KC-30s", "737s").
_MODEL_PLURAL = re.compile(r"[A-Z]*-?\d+s")
_WINDOW = 80


def product_context(text: str, start: int, end: int, label: str = "") -> bool:
    """The sentence names a thing by the name at ``start:end``: the head of the nouns right
    after it (past any names listed with it) is a vehicle, machine or weapon ("the Aura
    sedan,"), or a brand of one ("vehicle brands"), or the name is one ("X, is a … airliner");
    or such a noun, never an adjective, stands right before it ("the frigate INS Tabar") or
    before it in an apposition the name closes ("an Ethiopian ship, MV Gibe."; not "in the
    vehicle, Pickell said", ECB+ 18); or a verb of driving does, of a name the model
    ``label``s a product or whose last word is a thing noun ("drove a Hummer"; "drove the
    Taliban from Kunduz" drives out an organisation)."""
    after = _AFTER.match(text, end, min(len(text), end + _WINDOW))
    if after and _head_is_thing(after.group(1).split()):
        return True
    described = _IS_A.match(text, end, min(len(text), end + _WINDOW))
    if described and _head_is_thing(_after_modifiers(described.group(1).split())):
        return True
    window = text[max(0, start - _WINDOW) : start]
    before = _BEFORE.search(window)
    if before and thing_noun(before.group(1)) and before.group(1) not in _adjectives():
        return True
    apposed = _APPOSED.search(window)
    if apposed and thing_noun(apposed.group(1)) and _CLOSED.match(text, end):
        return True
    if not _DRIVEN.search(window):
        return False
    written = text[start:end].split()
    return label == PRODUCT or (bool(written) and thing_noun(written[-1].casefold()))


def _after_modifiers(words: list[str]) -> list[str]:
    """The words from the first noun on ("mid-sized passenger airliner" -> "passenger
    airliner"), none when a capitalised word comes first (a name's own words)."""
    for at, word in enumerate(words):
        if not word.islower():
            return []
        if word not in STOP_WORDS and _noun(word):
            return words[at:]
    return []


def _head_is_thing(following: list[str]) -> bool:
    """The nouns after a name, up to the first word that is no noun, end in a thing noun or
    a brand of one: "sedan" of "sedan, the SUV's", "vehicle brands"; not "auto parts
    supplier" ("a Delhi auto parts supplier", gm) nor "car sales" ("US car sales")."""
    nouns: list[str] = []
    for word in following:
        if word in STOP_WORDS or not _noun(word):
            break
        nouns.append(word)
    if not nouns:
        return False
    head = nouns[-1]
    if thing_noun(head):
        return True
    return len(nouns) >= 2 and _brand(head) and thing_noun(nouns[-2])


def modifies_noun(text: str, end: int) -> bool:
    """A common noun follows the name in lower case: the name is its modifier ("a CCTV
    operator"), not a noun phrase's head."""
    after = _AFTER_WORD.match(text, end, min(len(text), end + _WINDOW))
    if after is None:
        return False
    return after.group(1) not in STOP_WORDS and _noun(after.group(1))


_AFTER_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def model_plural(name: str) -> bool:
    """The name's last word is a model's code in the plural ("A330s", "KC-30s")."""
    words = name.split()
    return bool(words) and _MODEL_PLURAL.fullmatch(words[-1]) is not None


@lru_cache(maxsize=4096)
def thing_noun(word: str) -> bool:
    """WordNet's first sense of the noun (or of its singular) is a vehicle, a machine or a
    weapon, and no sense is a person: "sedan", "cars", "engines", "warship"; not
    "bomber" ("shoe bomber Richard Reid", ECB+ 3), "coach" nor "tanker" the driver."""
    if word in STOP_WORDS:
        return False  # "can", "will", "may"
    net = wordnet.load()
    senses = net.synsets(lemma(word, "n") or word)
    if not senses or any(net.synset(k).lexname == "noun.person" for k in senses):
        return False
    above = net.ancestors(senses[0])
    return bool(_THING_CLASSES & above) and _WEB_SITE not in above


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    return bool(wordnet.load().synsets(lemma(word, "n") or word))


@lru_cache(maxsize=4096)
def _brand(word: str) -> bool:
    return _BRAND in wordnet.load().synsets(lemma(word, "n") or word)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """WordNet's adjectives ("local": "a local Rite Aid", ECB+ 19, is no train)."""
    path = wordnet.load().root / "index.adj"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.split(" ", 1)[0] for line in lines if not line.startswith(" "))


def description(
    key: str,
    adjectives: frozenset[str] = frozenset(),
    written: str = "",
    surnames: frozenset[str] = frozenset(),
) -> bool:
    """Two words or more, each a noun WordNet writes in lower case or one of the model's
    ``adjectives``, none a given name, the last a singular noun whose first sense is a
    person: "the perennial party girl",
    "heavyweight champion", "responsible person". Not "Boy Scouts" (a plural: a group),
    "Terry White" nor "Gene Smith" (given names), "Margaret Court". Nor a title before a
    surname ("Mayor Cook", "Sergeant Baker", "President Carter", "Judge Mason": the first
    word a title, or the last one of the story's ``surnames``), nor words ``written`` with
    an acronym ("the LA County Sheriff's Homicide Bureau", ECB+ 16_3ecb: an office)."""
    words = key.split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    if words[0] in ROLE_HEADS or words[0] in TITLE_ABBREVIATIONS or words[-1] in surnames:
        return False
    if any(len(w) >= 2 and w.isupper() for w in written.split()):
        return False
    if any(is_given_name(w) or not (w in adjectives or common_noun(w)) for w in words):
        return False
    net = wordnet.load()
    head = words[-1]
    senses = net.synsets(head)
    kinds = [net.synset(key).lexname for key in senses]
    person = bool(senses) and _PERSON in net.ancestors(senses[0])
    return lemma(head, "n") == head and person and "noun.group" not in kinds


def common_acronym(written: str, story_names: Iterable[str]) -> bool:
    """An acronym of four letters or more spelling a compound common noun WordNet lists, a
    letter of each word's start and at most one more from inside a word ("CCTV":
    "closed-circuit television"), when no name of the story has those initials ("the
    Central Election Commission" for "CEC") and WordNet writes the compound in lower case
    (not "NATO": "North Atlantic Treaty Organization")."""
    if not (written.isupper() and written.isalpha() and len(written) >= _ACRONYM_LETTERS):
        return False
    letters = written.casefold()
    if any(_initials(name.split()) == letters for name in story_names):
        return False
    return any(_written_lower(wordnet.load(), c) for c in _compounds_spelling(letters))


_ACRONYM_LETTERS = 4  # shorter initials spell too many compounds ("GM", "AP")


def _compounds_spelling(letters: str) -> list[str]:
    """WordNet's compound nouns whose words' initials spell ``letters``, or all but one
    letter that makes with the initial before it that word's short form ("tv" of
    "television")."""
    index = _compounds_by_initials()
    found = list(index.get(letters, ()))
    for inner in range(1, len(letters)):
        for compound in index.get(letters[:inner] + letters[inner + 1 :], ()):
            parts = re.split(r"[_-]", compound)
            if _abbreviates(letters[inner - 1 : inner + 1], parts[inner - 1]):
                found.append(compound)
    return found


def _abbreviates(pair: str, word: str) -> bool:
    """WordNet gives the two letters as the word's own short form, a synonym in one of its
    senses: "tv" of "television" (the "TV" of "CCTV"). A letter merely found inside a word is
    too weak: "ESPN", "NCAA", "FIFA", "UEFA", "OPEC", "IAEA", "SWAT" spelled "employee
    savings plan", "nickel-cadmium accumulator", "fraud in fact", "unsaturated fatty acid",
    "open-end credit", "inferior alveolar artery", "scarlet wisteria tree" that way."""
    net = wordnet.load()
    return pair[0] == word[0] and bool(set(net.synsets(pair)) & set(net.synsets(word)))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.casefold() not in FUNCTION_WORDS)



@lru_cache(maxsize=1)
def _compounds_by_initials() -> dict[str, tuple[str, ...]]:
    """WordNet's compound nouns (words joined by "_" or "-") by their words' initials."""
    found: dict[str, list[str]] = {}
    path = wordnet.load().root / "index.noun"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            compound = line.split(" ", 1)[0]
            parts = re.split(r"[_-]", compound)
            if not line.startswith(" ") and len(parts) >= 2 and all(parts):
                found.setdefault("".join(p[0] for p in parts), []).append(compound)
    return {initials: tuple(compounds) for initials, compounds in found.items()}


def _written_lower(net: wordnet.WordNet, lemma_text: str) -> bool:
    """WordNet writes the lemma in lower case in one of its senses (not "Central_Intelligence
    _Agency")."""
    for key in net.synsets(lemma_text):
        fields = net.read_line(key).split()
        words = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
        if any(w.casefold() == lemma_text and w.islower() for w in words):
            return True
    return False


@lru_cache(maxsize=4096)
def common_noun(word: str) -> bool:
    """WordNet lists the noun (or its singular) in lower case in one of its senses."""
    net = wordnet.load()
    base = lemma(word, "n") or word
    return _written_lower(net, base)


def drop_things(forms: list[Form], adjectives: frozenset[str] = frozenset()) -> None:
    """Leave out of the cast the forms that name a product, a description, a common
    noun's acronym (``adjectives``: the model's, for ``description``), a work's title
    (written between quote marks in half its mentions or more, never with a title or
    role beside it) or an award, or what an award's name says before its head, written
    alone (``_award_leads``). A product's last
    words written alone name it too ("Tabar" of "the frigate INS Tabar", ECB+ 12: every
    report writing "Tabar" alone writes "INS Tabar"), unless the text makes them a place;
    not in a report that never names the product ("Victoria", a person, beside "the Crown
    Victoria" of another report)."""
    names = [f.key for f in forms if " " in f.key and f.mentions]
    surnames = frozenset(f.key.split()[-1] for f in forms if f.type == "PER" and " " in f.key)
    awarded = _award_leads(forms)
    named = _people_words(forms)
    tails: dict[str, set[str]] = {}  # a product's last words -> the reports naming it
    for product in (f for f in forms if f.type == PRODUCT and f.mentions):
        words = product.key.split()
        for cut in range(1, len(words)):
            tails.setdefault(" ".join(words[cut:]), set()).update(product.articles)
    for form in forms:
        if not form.mentions:
            continue
        written = form.mentions[0].text
        modifier = all(m.modifier for m in form.mentions) and len(form.articles) >= 2
        tail = form.key in tails and set(form.articles) <= tails[form.key]
        if (
            form.type == PRODUCT
            or (tail and not form.place_evidence)
            or description(form.key, adjectives, written, surnames)
            or (modifier and common_acronym(written.strip(), names))
            or _titled_work(form)
            or (award_name(form.key) and not set(form.key.split()) & named)
            or form.key in awarded
        ):
            form.mentions = []


def _award_leads(forms: list[Form]) -> set[str]:
    """What an award's name says before its head word, written alone for the award ("won a
    Tony" beside "the Tony Awards", ECB+ 2, "Tony" tagged PERSON): not a common noun ("the
    Academy" of "the Academy Awards" is the body that gives it), nor a word of a person's
    name of the story."""
    people = _people_words(forms)
    leads = set()
    for form in forms:
        words = form.key.split()
        if form.mentions and len(words) >= 2 and award_name(form.key):
            lead = " ".join(w for w in words[:-1] if w.isalpha())
            if lead and not common_noun(lead) and not set(lead.split()) & people:
                leads.add(lead)
    return leads


def _people_words(forms: list[Form]) -> set[str]:
    """Words of the story's people's full names: "Oscar" of "Oscar Pistorius" is his given
    name, not the award WordNet knows (review of ef9f12e); "Tony Awards" typed PERSON is no
    person."""
    return {w for f in forms if f.type == "PER" and " " in f.key and not award_name(f.key)
            for w in f.key.split()}


def _titled_work(form: Form) -> bool:
    quoted = sum(m.quoted for m in form.mentions)
    person = any(m.titled or m.role or m.nickname for m in form.mentions)
    return quoted > 0 and 2 * quoted >= len(form.mentions) and not person
