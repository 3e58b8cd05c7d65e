"""Stage one of entity linking: mentions grouped into surface forms, each with a voted type.

A form is every mention written the same way once folded ("Zelenskyy’s" and "Zelenskyy" are one
form). The model's label is one vote per mention; the story's evidence votes beside it
(weight 3 each, ``kinds``): "in X" and a place noun ("the regions of X", "X district") for a
place, a title for a person, a media noun ("X news agency") or a known outlet for an
organisation, and names listed together for the kind the rest of the list shares. Then the
story's people settle the rest: a lone word that is the surname of a full person name in the
story is that person, and so is a name-shaped form with a person's surname ("Bettie Page"
typed ORG), unless the text makes it a place; a lone word that starts an organisation's
name and is no one's surname is that organisation ("Xinhua"); a "person" named after a
place of the story with a common word for surname is its institution ("Surrey Police").
Nationalities are never people ("European"), though "the 40-year-old American" of a fight
report is the American the article names (``nationals``). Last, a span running a title into
a full name goes to that person, a name written only cut before words in lower case that complete a
longer name goes to it ("Truth" of "Truth social media"), and a one-word form the story's
writing shows to be a common word is dropped (``wordcase``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storydesk.annotate.name_words import (
    LEADING_NOISE,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_ABBREVIATIONS,
)
from storydesk.article import Article
from storydesk.clean.outlet import KNOWN_DOMAINS
from storydesk.link import context, kinds
from storydesk.link.names import (
    FACILITY_WORDS,
    KNOWN_VARIANTS,
    ParsedName,
    after_possessive,
    block_key,
    fold,
    is_given_name,
    parse,
    strip_possessive,
    surnames_match,
)
from storydesk.link.nationals import join_nationals
from storydesk.link.orgs import corporate_head, defined_acronym
from storydesk.link.states import expansion, spelled_out
from storydesk.link.wordcase import StoryWords, opens_sentence

COARSE = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
LOCATIVE_WEIGHT = 3
KNOWN_PLACES = frozenset(KNOWN_VARIANTS) | frozenset(KNOWN_VARIANTS.values())
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "s", "er")
_TIE_ORDER = {"PER": 0, "LOC": 1, "ORG": 2}
_NAME_WORDS = 3  # a person's name as written: given name(s) and surname
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # "U.S. President X": "U.S." stays a place


@dataclass(slots=True)
class Mention:
    article: str
    index: int  # position in Article.entities
    text: str  # as written, possessive trimmed
    label: str  # the model's label
    locative: bool
    role: str
    place: bool = False  # a place noun names its kind ("the regions of X", "X district")
    media: bool = False  # a media noun follows ("X news agency")
    titled: bool = False  # a personal title right before it ("Ms X")


@dataclass(slots=True)
class Form:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    type: str = ""  # PER | LOC | ORG | NORP | EVENT ...
    place_evidence: int = 0  # place nouns, lists of places, the variant table: not "in X"
    acronyms: set[str] = field(default_factory=set)  # defined after it: "… Agency (UNRWA)"
    state: str = ""  # the state's name, when the story abbreviates it ("Calif.", ``states``)
    # Articles that write a person's full name where the model did not tag it, with the
    # position (mention index) it is written at (``_written_untagged``).
    written: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> ParsedName:
        return parse(self.mentions[0].text if self.mentions else self.key)

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}

    @property
    def locative_share(self) -> float:
        return sum(m.locative for m in self.mentions) / len(self.mentions)


def form_key(text: str) -> str:
    """Folded, "the" gone, and nothing before an inner possessive ("Kiev’s European")."""
    tokens = fold(" ".join(after_possessive(text.split()))).split()
    while len(tokens) > 1 and tokens[0] in LEADING_NOISE:
        tokens.pop(0)
    return " ".join(tokens)


# News outlets the cleaner knows by their web domain ("Bloomberg", "Reuters", "AFP"): named
# as a source in a story ("obtained by Bloomberg"), where the model often calls them people.
OUTLETS = frozenset(form_key(name) for name in KNOWN_DOMAINS.values())


def collect(articles: Sequence[Article], story_words: StoryWords | None = None) -> list[Form]:
    """Every entity mention of every article, grouped by folded text, types voted.

    A one-word mention the story's writing shows to be a common word (``wordcase``) is no
    name and is left out: "Glass" starting a sentence, "Conflict" beside three "conflict"."""
    forms: dict[str, Form] = {}
    for article in articles:
        titles = _title_words(article)
        for index in range(len(article.entities)):
            if index in titles:
                continue
            mention = _mention(article, index)
            key = form_key(mention.text)
            if not key or _only_titles(key):
                continue
            form = forms.setdefault(key, Form(key))
            form.mentions.append(mention)
            form.votes.update(_votes(mention))
            form.place_evidence += mention.place
            entity = article.entities[index]
            if entity.end > 0 and " " in key:
                form.acronyms.add(defined_acronym(article.text, entity.end, key))
    for article in articles:  # a quote's speaker named like a person is one
        for quote in article.quotes:
            spoken = forms.get(form_key(quote.speaker or ""))
            if spoken is not None and len(spoken.key.split()) <= _NAME_WORDS:
                spoken.votes["PER"] += 2  # not "the California Department of … Program"
    people = {w for f in forms.values() if " " in f.key and f.votes["PER"] for w in f.key.split()}
    for form in forms.values():
        # The variant table only lists places; a place WordNet knows that the votes make a
        # person is none, unless a person of the story bears the name ("Austin" of "Austin
        # Rivers"). Not for organisations: "Downing Street", "Wall Street", "Java" name one.
        if form.key in KNOWN_PLACES or (
            form.votes.most_common(1)[0][0] == "PER"
            and form.key not in people
            and kinds.wordnet_place(form.key)
        ):
            form.votes["LOC"] += LOCATIVE_WEIGHT * len(form.mentions)
            form.place_evidence += 1
        if form.key in OUTLETS:  # a news outlet named as a source is an organisation
            form.votes["ORG"] += LOCATIVE_WEIGHT * len(form.mentions)
        _decide(form)
    _vote_lists(articles, forms)
    _surnames_are_people(list(forms.values()))
    if story_words:
        _places_are_no_given_names(list(forms.values()), story_words)
    _rehome_titled_names(forms)
    _rehome_described_names(forms)
    join_nationals(articles, forms)
    if story_words:
        _cut_opening_adjectives(articles, forms, story_words)
    _expand_states(articles, forms)
    _plural_nationalities(forms)
    _complete_cut_names(articles, forms)
    _letters_misplaced(forms)
    _written_untagged(articles, forms)
    if story_words:
        _drop_common_words(list(forms.values()), story_words)
        _drop_offices(list(forms.values()), story_words)
        _institutions_are_no_people(list(forms.values()), story_words)
    for form in forms.values():
        form.acronyms.discard("")
    return [form for form in forms.values() if form.mentions]


def _expand_states(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """A state written abbreviated with its period ("Newport Beach, Calif.", ECB+ 1) is the
    state (``states``): its mentions join the full name's form, made if the story never
    writes it, so "Calif" and "California" are one place of the cast."""
    texts = {article.id: article for article in articles}
    places = {key for key, form in forms.items() if form.type == "LOC"}
    for key, form in list(forms.items()):
        if form.type != "LOC" or not form.mentions:
            continue
        full = expansion(key, places)
        if full is None or not _abbreviation(form, texts):
            continue
        target = forms.setdefault(full, Form(full, type="LOC"))
        target.state = spelled_out(full) or ""
        target.votes.update(form.votes)
        target.mentions.extend(form.mentions)
        form.mentions = []


def _abbreviation(form: Form, texts: dict[str, Article]) -> bool:
    """Written as an abbreviation: a capital and letters in lower case, and a period after
    most mentions (one report of ECB+ 1 writes "Rancho Mirage, Calif, on")."""
    periods = 0
    for mention in form.mentions:
        article = texts[mention.article]
        entity = article.entities[mention.index]
        letters = entity.text.strip().rstrip(".")
        if not (letters[:1].isupper() and letters[1:].islower() and letters.isalpha()):
            return False
        following = article.text[entity.end : entity.end + 1]
        periods += entity.text.strip().endswith(".") or following == "."
    return 2 * periods > len(form.mentions)


def _title_words(article: Article) -> set[int]:
    """Indexes of mentions that are a title's modifier before a person's name ("State" of
    "Secretary of State Marco Rubio"; ``context.inside_title``): no entity of the cast."""
    entities = article.entities
    people = sorted(e.start for e in entities if e.type == "PERSON" and e.start >= 0)
    found: set[int] = set()
    for index, entity in enumerate(entities):
        if entity.type in _PLACE_LABELS or entity.start < 0:
            continue
        after = bisect_left(people, entity.end)
        if after < len(people) and context.inside_title(
            article.text, entity.start, entity.end, people[after]
        ):
            found.add(index)
    return found


def _rehome_titled_names(forms: dict[str, Form]) -> None:
    """A span that runs a title or nationality into a person's full name belongs to that
    person: "the Army Dan Driscoll" (of "Secretary of the Army Dan Driscoll", example), "the
    Interior Ken Salazar" (ECB+ 9), "American Hasim Rahman" (ECB+ 7), all typed ORG. The
    mention keeps the name's words; the words before it become its role."""
    people = {f.name.key: f for f in forms.values() if f.type == "PER" and f.name.is_full}
    for form in list(forms.values()):
        tokens = form.key.split()
        if form.type == "PER" or len(tokens) < 3:
            continue
        for cut in range(1, len(tokens) - 1):
            person = people.get(" ".join(tokens[cut:]))
            if person is not None:
                person.mentions.extend(_tail(m, person.key) for m in form.mentions)
                form.mentions = []
                break


def _rehome_described_names(forms: dict[str, Form]) -> None:
    """An organisation or place the model tagged with a nationality before it, or a title
    after it, is the organisation or place the story tags alone: "the Japanese Toyota"
    (MEANTIME gm) is Toyota; "Ryanair CEO" (of "Ryanair CEO, Michael O'Leary", MEANTIME
    airbus) and "Ford Motor Company CEO" (gm) are Ryanair and the Ford Motor Company, not
    organisations of their own in the cast. The nationality is a word the story tags as one
    (a NORP form); the title ends in a title's head word ("CEO", "Chief Executive"). The
    mention keeps the name's words, the rest becomes its role. Not when two nationalities
    lead to one name: "Russian Armed Forces" and "Ukrainian Armed Forces" are two
    forces, not the "Armed Forces" the story tags alone."""
    nationals = {key for key, form in forms.items() if form.type == "NORP" and " " not in key}
    named = {
        key: form
        for key, form in forms.items()
        if form.type in ("ORG", "LOC") and form.mentions
    }
    found: list[tuple[Form, Form, str]] = []
    for key, form in list(forms.items()):
        tokens = key.split()
        if form.type == "PER" or len(tokens) < 2 or not form.mentions:
            continue
        target, lead = _described_name(tokens, named, nationals)
        if target is not None and target is not form:
            found.append((form, target, " ".join(tokens[:lead])))
    leads: dict[str, set[str]] = defaultdict(set)
    for _, target, nationality in found:
        leads[target.key].add(nationality)
    for form, target, nationality in found:
        if not nationality or len(leads[target.key] - {""}) == 1:
            target.mentions.extend(_part(m, target.key) for m in form.mentions)
            form.mentions = []


def _described_name(
    tokens: list[str], named: dict[str, Form], nationals: set[str]
) -> tuple[Form | None, int]:
    """The form of the name inside a described span ("japanese toyota", "ryanair ceo"), and
    how many nationality words lead to it."""
    lead = 0
    while lead < len(tokens) - 1 and tokens[lead] in nationals:
        lead += 1
    tail = len(tokens)
    if tokens[-1] in ROLE_HEADS:
        while tail > lead + 1 and tokens[tail - 1] in ROLE_HEADS | ROLE_MODIFIERS:
            tail -= 1
    if (lead, tail) == (0, len(tokens)):
        return None, lead
    target = named.get(" ".join(tokens[lead:tail]))
    if tail < len(tokens) and target is not None and target.type != "ORG":
        return None, lead  # "Lakewood Sheriff" (ECB+ 16) is the sheriff's station, not the town
    return target, lead


def _part(mention: Mention, key: str) -> Mention:
    """The mention cut to the words that fold to ``key``, the words around it its role."""
    written = mention.text.split()
    for start in range(len(written)):
        for end in range(len(written), start, -1):
            if form_key(" ".join(written[start:end])) == key:
                role = " ".join(written[:start] + written[end:])
                return replace(mention, text=" ".join(written[start:end]), role=role)
    return mention


def _cut_opening_adjectives(
    articles: Sequence[Article], forms: dict[str, Form], story_words: StoryWords
) -> None:
    """An adjective that opens a sentence, run by the model into the person's name after it,
    is no given name: "Stunning Williams quickly achieved movie success" (ECB+ 4) is
    Williams, as "Tragic Lohan" or "Embattled Smith" would be. Only when every mention of the
    form opens its sentence and the story never capitalises the word inside one
    (``StoryWords.opening_adjective``); the adjective becomes the mention's role."""
    by_id = {article.id: article for article in articles}
    for form in list(forms.values()):
        words = form.key.split()
        if form.type != "PER" or len(words) < 2 or not form.mentions:
            continue
        written = form.mentions[0].text.split()
        if not story_words.opening_adjective(written[0]):
            continue
        if not all(_opens_sentence(by_id[m.article], m) for m in form.mentions):
            continue
        rest = " ".join(words[1:])
        target = forms.setdefault(rest, Form(rest, type="PER"))
        target.votes["PER"] += len(form.mentions)
        target.mentions.extend(_tail(m, rest) for m in form.mentions)
        form.mentions = []


def _opens_sentence(article: Article, mention: Mention) -> bool:
    start = article.entities[mention.index].start
    return start >= 0 and opens_sentence(article.text, start)


def _plural_nationalities(forms: dict[str, Form]) -> None:
    """A nationality or group named in the plural is the one named in the singular: the
    example's cast held "Russian" ("Russian delegates") and "Russians" ("talks with the
    Russians") as two, "Ukrainian"/"Ukrainians" and "European"/"Europeans" likewise; ECB+
    13_13ecb writes "Democrats directed" and "a liberal Democrat". English plurals of these
    words add an -s (the invariant "Swiss", "Portuguese" have no other form). The mentions
    move to the singular."""
    for form in list(forms.values()):
        singular = forms.get(form.key[:-1]) if form.key.endswith("s") else None
        if singular is None or not singular.mentions or not form.mentions:
            continue
        if form.type == singular.type == "NORP":
            singular.mentions.extend(form.mentions)
            form.mentions = []


def _complete_cut_names(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """A name the story writes only cut before words in lower case that complete a longer
    name of the story is that name: "his Truth social media network" is Truth Social (the
    example's other reports write it), "the Bellflower courthouse" the Bellflower Courthouse
    (ECB+ 16). A name also written alone stays ("Surrey" of "Surrey police"). The mentions
    move, not their type votes (the cut "Truth" was voted a place)."""
    longest = max((len(key.split()) for key in forms), default=1)
    texts = {article.id: article for article in articles}
    for form in list(forms.values()) if longest > 1 else []:
        targets = [_completed(texts[m.article], m, forms, longest) for m in form.mentions]
        if form.mentions and all(t is not None and t is not form for t in targets):
            for mention, target in zip(form.mentions, targets, strict=True):
                if target is not None:
                    target.mentions.append(mention)
            form.mentions = []


def _completed(
    article: Article, mention: Mention, forms: dict[str, Form], longest: int
) -> Form | None:
    """The longer form the words in lower case after this mention complete it to."""
    following = _LOWER_WORDS.match(article.text, article.entities[mention.index].end)
    words = following.group(0).split() if following else []
    for count in range(min(len(words), longest - 1), 0, -1):
        longer = forms.get(form_key(" ".join([mention.text, *words[:count]])))
        if longer is not None and longer.mentions:
            return longer
    return None


# Up to three words in lower case right after a name ("social media network").
_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,3}")


def _written_untagged(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """Where an article writes a person's bare surname, the full names of that surname it
    writes without the model tagging them: "the receptionist - - Madeline Kafoury - - was
    shot dead" (ECB+ 18_10ecbplus, untagged) before "the death of Kafoury, 63", and later
    her son "Charlie Kafoury" (tagged). The bare surname's owner is chosen among the full
    names an article writes (``surnames``), so the untagged one must count there."""
    texts = {article.id: article for article in articles}
    lone: dict[str, set[str]] = defaultdict(set)  # surname -> articles writing it alone
    for form in forms.values():
        if form.type == "PER" and not form.name.is_full:
            lone[form.name.last].update(form.articles)
    for form in forms.values():
        if form.type != "PER" or not form.name.is_full or not lone.get(form.name.last):
            continue
        spellings = {m.text for m in form.mentions if " " in m.text}
        for article_id in sorted(lone[form.name.last] - form.articles):
            article = texts[article_id]
            offset = _first_written(article.text, spellings)
            if offset is not None:
                form.written[article_id] = bisect_left([e.start for e in article.entities], offset)


def _first_written(text: str, spellings: set[str]) -> int | None:
    """Where the first of ``spellings`` is written in ``text`` as whole words, or None."""
    found = [
        match.start()
        for spelling in spellings
        for match in [re.search(rf"(?<![\w]){re.escape(spelling)}(?![\w])", text)]
        if match
    ]
    return min(found, default=None)


def _letters_misplaced(forms: dict[str, Form]) -> None:
    """A name written with one letter out of place, in an article or two, is the name the
    story writes right in many more: "Chrylser" (MEANTIME gm, one report: "s" and "l"
    swapped) is Chrysler, "Klitchsko" (ECB+ 7_10ecb, typed a place: "s" two places late)
    Klitschko. The two differ in one word of at least ``_MISPLACED_LENGTH`` letters, by one
    letter moved one or two places, not the first or last (``_misplaced``); the right
    spelling is written in at least ``_MISPLACED_RATIO`` times as many articles. Forms are
    compared only with those of the same key once that word's letters are sorted (the same
    other words, the same letters), each with the most written of them. The mentions move,
    not their type votes."""
    alike: dict[tuple[int, str], list[Form]] = defaultdict(list)
    for form in forms.values():
        words = form.key.split()
        for at, word in enumerate(words):
            if form.mentions and len(word) >= _MISPLACED_LENGTH:
                block = [*words[:at], "".join(sorted(word)), *words[at + 1 :]]
                alike[at, " ".join(block)].append(form)
    for (at, _), found in alike.items():
        spellings = [f for f in found if f.mentions]  # an earlier block may have emptied one
        if len(spellings) < 2:
            continue
        right = max(spellings, key=lambda f: (len(f.articles), len(f.mentions)))
        for form in spellings:
            if form is right or not form.mentions:
                continue
            if _MISPLACED_RATIO * len(form.articles) > len(right.articles):
                continue
            if _misplaced(form.key.split()[at], right.key.split()[at]):
                right.mentions.extend(form.mentions)
                form.mentions = []


_MISPLACED_LENGTH = 6  # "Chrylser": shorter words swap into other names ("Reid"/"Ried")
# A slip of the keys is one outlet's: the right spelling is written in three times as many
# articles or more ("Chrylser" 1 report, "Chrysler" 3 of MEANTIME gm; "Klitchsko" 1,
# "Klitschko" 21 of ECB+ 7). Two names so alike that the story writes about as often are
# left as written.
_MISPLACED_RATIO = 3
_MISPLACED_MOVE = 2  # places a letter may move: "Klitchsko"


def _misplaced(wrong: str, right: str) -> bool:
    """``wrong`` is ``right`` with one letter, not its first or last, moved one or two
    places ("chrylser" / "chrysler", "klitchsko" / "klitschko")."""
    if len(wrong) != len(right) or wrong == right or len(wrong) < _MISPLACED_LENGTH:
        return False
    for at in range(1, len(right) - 1):
        rest = right[:at] + right[at + 1 :]
        for to in range(
            max(1, at - _MISPLACED_MOVE), min(len(right) - 2, at + _MISPLACED_MOVE) + 1
        ):
            if to != at and rest[:to] + right[at] + rest[to:] == wrong:
                return True
    return False


def _tail(mention: Mention, key: str) -> Mention:
    """The mention cut to its last words that fold to ``key``, the rest its role."""
    written = mention.text.split()
    for cut in range(len(written) - 1, 0, -1):
        if form_key(" ".join(written[cut:])) == key:
            head = [w for w in written[:cut] if fold(w) not in LEADING_NOISE]
            return replace(mention, text=" ".join(written[cut:]), role=" ".join(head))
    return mention


def _only_titles(key: str) -> bool:
    """A title alone names no one ("Det" of "Det. Colin Orpe" cut at its period, "Sheriff");
    "White House" or "State" (title modifiers) may."""
    return key in ROLE_HEADS or key in TITLE_ABBREVIATIONS


def _drop_common_words(forms: list[Form], story_words: StoryWords) -> None:
    """A one-word form the story's writing shows to be a common word is no name ("Glass"
    starting a sentence, "Conflict" beside three "conflict"), unless it is a word of one of
    the story's people's names ("Lindsay" of Lindsay Lohan: WordNet lists names too)."""
    people = {w for f in forms if f.type == "PER" and " " in f.key for w in f.key.split()}
    for form in forms:
        written = form.mentions[0].text.split() if form.mentions else []
        one_word = " " not in form.key and form.key not in people and written
        if one_word and story_words.common(written[-1]):
            form.mentions = []


def _drop_offices(forms: list[Form], story_words: StoryWords) -> None:
    """A "person" whose surname is a title the story writes in lower case, after a place
    noun, is an office, not a name: "L. A. County Sheriff" (ECB+ 16_9ecbplus, "L. A. County
    Sheriff's Deputy Jerry Ortiz", typed PERSON beside "the sheriff's department"), whose
    "surname" the gazetteer then found as "Sheriff" in six reports. "Stephen King" keeps his
    name: "Stephen" is no place noun, nor is the "of" of "Brian May of Queen"."""
    for form in forms:
        words = form.key.split()
        if form.type != "PER" or len(words) < 2 or words[-1] not in ROLE_HEADS:
            continue
        if words[-1] in story_words.lower_seen and any(
            word in kinds.PLACE_NOUNS for word in words[:-1]
        ):
            form.mentions = []


def _institutions_are_no_people(forms: list[Form], story_words: StoryWords) -> None:
    """A "person" whose surname is an institution the story writes in lower case ("the
    court"), and none of whose other words is a given name, is that institution: "Superior
    Court" and "LA Superior Court" (ECB+ 1, tagged PERSON). Given names are those of the
    nicknames list (``names.is_given_name``), so "Margaret Court" stays a person. The
    institution is a noun whose first sense in WordNet is a group (``kinds``)."""
    for form in forms:
        words = form.key.split()
        if form.type != "PER" or len(words) < 2 or words[-1] not in story_words.lower_seen:
            continue
        if any(is_given_name(word) for word in words[:-1]):
            continue
        if kinds.institution_noun(words[-1]):
            form.type = "ORG"


def _places_are_no_given_names(forms: list[Form], story_words: StoryWords) -> None:
    """A "person" whose given name is a place of the story and whose surname the story also
    writes in lower case is that place's institution: "Surrey Police", "Somerset Fire"
    (ECB+ 14, tagged PERSON), beside "in Surrey" and "police said"."""
    places = {f.key for f in forms if f.type == "LOC" and (f.place_evidence or f.locative_share)}
    for form in forms:
        words = form.key.split()
        institution = len(words) > 1 and " ".join(words[:-1]) in places
        if form.type == "PER" and institution and words[-1] in story_words.lower_seen:
            form.type = "ORG"


def _votes(mention: Mention) -> Counter[str]:
    """The model's label (one vote) and what the words around the mention say (three each)."""
    votes: Counter[str] = Counter()
    if mention.locative:
        votes["LOC"] += LOCATIVE_WEIGHT  # "in X" overrides the label: it is rarely wrong
    else:
        votes[COARSE.get(mention.label, mention.label)] += 1
    for kind, present in (("LOC", mention.place), ("ORG", mention.media), ("PER", mention.titled)):
        if present:
            votes[kind] += LOCATIVE_WEIGHT
    return votes


def _decide(form: Form) -> None:
    # Ties go to the rarer-in-error reading: a person, then a place, then the rest.
    form.type = max(form.votes, key=lambda kind: (form.votes[kind], -_TIE_ORDER.get(kind, 9)))
    if form.type == "ORG" and _names_a_facility(form.key):
        form.type = "LOC"  # the model calls "Promises Treatment Center" ORG or FAC at random


def _vote_lists(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """Names listed together are of one kind: a member votes for the kind at least two other
    members share when most of them do ("Kherson" among Donetsk, Luhansk and Zaporizhzhia),
    and a place noun after the list makes every member a place ("Crimea, Luhansk, and
    Donetsk regions")."""
    touched: list[Form] = []
    for article in articles:
        for names, word in kinds.lists(article.text):
            members = [form for form in (_known(forms, name) for name in names) if form]
            for position, form in enumerate(members):
                kind = "LOC" if word in kinds.PLACE_NOUNS else _shared_kind(members, position)
                if kind:
                    form.votes[kind] += LOCATIVE_WEIGHT
                    form.place_evidence += kind == "LOC"
                    touched.append(form)
    for form in touched:
        _decide(form)


def _known(forms: dict[str, Form], name: str) -> Form | None:
    """The form of the longest tail of ``name`` the story tagged ("Russian-annexed Crimea")."""
    words = name.split()
    for cut in range(len(words)):
        form = forms.get(form_key(" ".join(words[cut:])))
        if form is not None:
            return form
    return None


def _shared_kind(members: list[Form], position: int) -> str:
    others = Counter(f.type for i, f in enumerate(members) if i != position)
    kind, count = others.most_common(1)[0] if others else ("", 0)
    return kind if count >= 2 and 2 * count > sum(others.values()) and kind in _TIE_ORDER else ""


def _names_a_facility(key: str) -> bool:
    words = key.split()
    return len(words) >= 2 and words[-1] in FACILITY_WORDS


def _mention(article: Article, index: int) -> Mention:
    entity = article.entities[index]
    text = strip_possessive(entity.text.strip())
    start, end = entity.start, entity.end
    known = 0 <= start < end <= len(article.text)
    return Mention(
        article=article.id,
        index=index,
        text=text,
        label=entity.type,
        locative=known and context.is_locative(article.text, start),
        role=(context.role_before(article.text, start) or context.role_after(article.text, end))
        if known
        else "",
        place=known
        and (
            kinds.place_word(article.text, start, end)
            or kinds.residence(article.text, start, end, entity.type)
        ),
        media=kinds.newspaper_name(text) or (known and kinds.media_word(article.text, end)),
        titled=known
        and (kinds.titled(article.text, start) or kinds.personal(article.text, start, end)),
    )


def _surnames_are_people(forms: list[Form]) -> None:
    """Forms the model typed otherwise that the story's people account for: a lone surname of
    a full name ("Klitschko" typed NORP), the tail of a longer full name ("Boone Isaacs"), and
    a name-shaped form whose surname a person of the story has ("Bettie Page" typed ORG
    beside "Page" the person; "Mo Cheeks" typed GPE beside Maurice Cheeks)."""
    surnames: dict[str, set[str]] = defaultdict(set)  # blocked by sound key, never all-pairs
    tails: Counter[str] = Counter()  # "boone isaacs" of "cheryl boone isaacs", with mentions
    for form in forms:
        if form.type == "PER" and form.name.is_full:
            surnames[block_key(form.name)].add(form.name.last)
            tokens = form.name.key.split()
            for cut in range(1, len(tokens)):
                tails[" ".join(tokens[cut:])] += len(form.mentions)
    people = {f.name.last for f in forms if f.type == "PER"}  # full names' and lone surnames
    companies = {corporate_head(form.key) for form in forms if form.type == "ORG"}
    for form in forms:
        if not _could_be_person(form, tails[form.name.key]) or _a_company(form, companies):
            continue
        candidates = surnames.get(block_key(form.name), set())
        lone = " " not in form.key
        if (lone and any(surnames_match(form.key, surname) for surname in candidates)) or (
            not lone and (tails[form.name.key] or _person_shaped(form, people))
        ):
            form.type = "PER"
    _heads_of_organisations(forms)


def _person_shaped(form: Form, surnames: set[str]) -> bool:
    """Given name and surname, both capitalised words and nothing else, with a surname one of
    the story's people has; never a facility or a company ("Betty Ford Center", "Ford
    Motor Co")."""
    name = form.name
    written = form.mentions[0].text.split() if form.mentions else []
    return (
        name.is_full
        and name.last in surnames
        and 2 <= len(written) <= _NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in written)
        and not _names_a_facility(form.key)
        and not corporate_head(form.key)
    )


def _heads_of_organisations(forms: list[Form]) -> None:
    """A lone word the model calls a person, that starts an organisation's name in the story
    and is no one's surname there, is that organisation's short name: "Xinhua" beside "the
    Xinhua News Agency", "Bloomberg" beside "Bloomberg News"."""
    heads = {f.key.split()[0] for f in forms if f.type == "ORG" and " " in f.key}
    surnames = {f.name.last for f in forms if f.type == "PER" and f.name.is_full}
    for form in forms:
        if form.type == "PER" and " " not in form.key and form.key in heads - surnames:
            form.type = "ORG"


def _a_company(form: Form, companies: set[str]) -> bool:
    """A bare "Ford" tagged ORG mostly, with "Ford Motor Co" in the story, is the company even
    beside "William Clay Ford Jr"."""
    tagged_org = sum(m.label == "ORG" for m in form.mentions)
    return form.key in companies and 2 * tagged_org > len(form.mentions)


def _could_be_person(form: Form, full_mentions: int) -> bool:
    """Mistyped as an organisation or place, or as a nationality the full name outnumbers."""
    if form.locative_share >= 0.5 or form.place_evidence:
        return False
    if form.type == "NORP":
        # A word shaped like a nationality ("European", "Ukrainian", "Ketsoyan") is a person only
        # when the full name outnumbers it; any other ("Klitschko", typed NORP 103 times in
        # an ECB+ topic) is the surname the full names give it.
        return not _demonym_shaped(form.key) or full_mentions >= len(form.mentions)
    return form.type in ("ORG", "LOC")


def _demonym_shaped(key: str) -> bool:
    """Ends the way English nationality words end (-an, -ese, -ish, -i, -ic, -ch, -s)."""
    return key.endswith(DEMONYM_ENDINGS)
