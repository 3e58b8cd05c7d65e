"""Mentions moved to the form they belong to, across the story.

A span running a title or nationality into a full name goes to that person ("the Army Dan
Driscoll"); a name with a nationality before or a title after it to the organisation the story
tags alone ("the Japanese Toyota", "Ryanair CEO"); an adjective opening a sentence is cut off
a person's name ("Stunning Williams"); a name written only cut before words in lower case
that complete a longer name goes to it ("Truth" of "Truth social media"); a state
abbreviated with its period to the state ("Calif."); a plural nationality to its singular;
a name with one letter out of place to the spelling the story writes far more often.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from storydesk.annotate.name_words import ROLE_HEADS, ROLE_MODIFIERS, TITLE_ABBREVIATIONS
from storydesk.article import Article
from storydesk.link import kinds, things
from storydesk.link.names import is_given_name
from storydesk.link.states import expansion, spelled_out
from storydesk.link.surface import Form, Mention, cut_to_part, cut_to_tail, form_key
from storydesk.link.wordcase import StoryWords, opens_sentence


def expand_states(articles: Sequence[Article], forms: dict[str, Form]) -> None:
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


def rehome_titled_names(forms: dict[str, Form]) -> None:
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
                person.mentions.extend(cut_to_tail(m, person.key) for m in form.mentions)
                form.mentions = []
                break


def rehome_described_names(forms: dict[str, Form]) -> None:
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
        key: form for key, form in forms.items() if form.type in ("ORG", "LOC") and form.mentions
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
            target.mentions.extend(cut_to_part(m, target.key) for m in form.mentions)
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
    abbreviated = tokens[-1] in _ABBREVIATED_TITLES
    if tokens[-1] in ROLE_HEADS or abbreviated:
        while tail > lead + 1 and tokens[tail - 1] in ROLE_HEADS | ROLE_MODIFIERS:
            tail -= 1
    if abbreviated and tail == len(tokens):
        tail -= 1  # "atty": no modifier of a title, an abbreviated title all the same
    if (lead, tail) == (0, len(tokens)):
        return None, lead
    target = named.get(" ".join(tokens[lead:tail]))
    if tail < len(tokens) and target is not None and target.type != "ORG" and not abbreviated:
        return None, lead  # "Lakewood Sheriff" (ECB+ 16) is the sheriff's station, not the town
    return target, lead


# A title written abbreviated after a place is never part of the place's name: "Los Angeles
# County Dist" of "Los Angeles County Dist. Atty. Steve Cooley" (ECB+ 16_7ecbplus, tagged
# GPE) is Los Angeles County, though the sheriff of "Lakewood Sheriff" is the station's. Not
# "dr" nor "rt", which are also a street's Drive and a road's Route.
_ABBREVIATED_TITLES = TITLE_ABBREVIATIONS - ROLE_HEADS - {"dr", "rt"}


def cut_opening_adjectives(
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
        target.mentions.extend(cut_to_tail(m, rest) for m in form.mentions)
        form.mentions = []


def _opens_sentence(article: Article, mention: Mention) -> bool:
    start = article.entities[mention.index].start
    return start >= 0 and opens_sentence(article.text, start)


def plural_nationalities(forms: dict[str, Form]) -> None:
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


def complete_cut_names(articles: Sequence[Article], forms: dict[str, Form]) -> None:
    """A name the story writes only cut before words that complete a longer name of the
    story is that name: "his Truth social media network" is Truth Social (the example's
    other reports write it), "the Bellflower courthouse" the Bellflower Courthouse (ECB+ 16),
    and "Hawaiian" (tagged NORP, every time before "Gardens gang member", ECB+ 16) the city
    of Hawaiian Gardens. So is a name cut before capitalised words that begin the one longer
    name of the story they can begin: "Surrey Police and Surrey Fire and Rescue are at the
    scene" (ECB+ 14_5ecb, "Surrey Fire" tagged PERSON) is the Surrey Fire and Rescue Service
    the other reports name. A name also written alone stays ("Surrey" of "Surrey police").
    The mentions move, not their type votes (the cut "Truth" was voted a place)."""
    longest = max((len(key.split()) for key in forms), default=1)
    texts = {article.id: article for article in articles}
    beginnings: dict[str, set[str]] = defaultdict(set)  # "surrey fire and rescue" -> keys
    for key in forms:
        words = key.split()
        for cut in range(2, len(words)):
            beginnings[" ".join(words[:cut])].add(key)
    for form in list(forms.values()) if longest > 1 else []:
        found = [_completed(texts[m.article], m, forms, longest, beginnings) for m in form.mentions]
        if form.mentions and all(t is not None and t[0] is not form for t in found):
            for mention, (target, begun) in zip(form.mentions, _present(found), strict=True):
                target.mentions.append(mention)
                target.completes |= begun
            form.mentions = []


def _completed(
    article: Article,
    mention: Mention,
    forms: dict[str, Form],
    longest: int,
    beginnings: dict[str, set[str]],
) -> tuple[Form, bool] | None:
    """The longer form the words after this mention complete it to (and False), or the one
    longer form they begin (and True) when the model cut the name at a joining word and
    the last of them is capitalised ("Surrey Fire" + "and Rescue"; not "Betty Ford" +
    "Treatment", ECB+ 1, which stays the short name of all its facilities)."""
    following = _FOLLOWING_WORDS.match(article.text, article.entities[mention.index].end)
    words = following.group(0).split() if following else []
    for count in range(min(len(words), longest - 1), 0, -1):
        phrase = form_key(" ".join([mention.text, *words[:count]]))
        longer = forms.get(phrase)
        if longer is not None and longer.mentions:
            return longer, False
        begun = [forms[k] for k in beginnings.get(phrase, ()) if forms[k].mentions]
        joined = any(word in _JOINING for word in words[: count - 1])
        if len(begun) == 1 and joined and words[count - 1][:1].isupper():
            return begun[0], True
    return None


def _present(found: list[tuple[Form, bool] | None]) -> list[tuple[Form, bool]]:
    return [pair for pair in found if pair is not None]


def short_institution_names(forms: dict[str, Form]) -> None:
    """A name that is another name of the story less its last word, an institution's noun
    ("court", "department", "union"), is that institution when it ends in a common noun itself and
    nothing makes it a place: "entered a not guilty plea at Taunton Deane Magistrates"
    (ECB+ 14_2ecbplus, tagged FAC) is the Taunton Deane Magistrates' Court other reports
    name; "the US Treasury" is "the US Treasury Department" (MEANTIME gm). Not "Los Angeles
    County" beside "Los Angeles County Court" (a place noun), nor a name with a given name
    ("Betty Ford" and "the Betty Ford Center" join as a facility, ``clusters``), nor a name
    already ending in an institution's noun: "the US Treasury Department" is not its
    committee, "Surrey Police" not the Surrey Police Federation. Each name goes to the first
    longer name it completes in sorted order; none that takes one is taken itself, so the
    result is the same whichever report came first."""
    longer: dict[str, list[str]] = defaultdict(list)  # a name less its last word -> names
    for key in sorted(forms):
        words = key.split()
        if len(words) >= _SHORT_WORDS + 1:
            longer[" ".join(words[:-1])].append(key)
    moves: list[tuple[Form, Form]] = []
    for short_key in sorted(longer):
        short = forms.get(short_key)
        if short is None or not short.mentions or short.type == "PER" or short.place_evidence:
            continue
        words = short_key.split()
        if words[-1] in kinds.PLACE_NOUNS or kinds.institution_noun(words[-1]):
            continue
        if any(is_given_name(word) for word in words[:-1]) or not things.common_noun(words[-1]):
            continue
        for key in longer[short_key]:
            form = forms[key]
            if form is not short and form.mentions and kinds.institution_noun(key.split()[-1]):
                moves.append((short, form))
                break
    for short, form in moves:
        form.mentions.extend(short.mentions)
        form.acronyms |= short.acronyms  # "the United Auto Workers (UAW)" (MEANTIME gm)
        # Its name is the whole one where the institution's noun is part of it ("Court";
        # not "the United Auto Workers union").
        form.completes |= form.mentions[0].text.split()[-1][:1].isupper()
        short.mentions = []


_JOINING = frozenset({"and", "&", "of"})
_SHORT_WORDS = 2  # "Taunton Deane Magistrates"; one word is a place's or company's own name


# Up to three words right after a name ("social media network", "Gardens gang member").
_FOLLOWING_WORDS = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,3}")


def written_untagged(articles: Sequence[Article], forms: dict[str, Form]) -> None:
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


def letters_misplaced(forms: dict[str, Form]) -> None:
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
