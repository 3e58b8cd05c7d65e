"""Types of forms settled by the story: its people, its lists, its institutions, its common words.

A lone word that is the surname of a full person name in the story is that person, and so is
a name-shaped form with a person's surname ("Bettie Page" typed ORG), unless the text makes
it a place; a lone word that starts an organisation's name and is no one's surname is that
organisation ("Xinhua"); a "person" named after a place of the story with a common word for
surname is its institution ("Surrey Police"); names listed together are of one kind; a
one-word form the story's writing shows to be a common word is dropped (``wordcase``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from storydesk.annotate.cues import CUE_WORDS
from storydesk.annotate.name_words import ROLE_HEADS, TITLE_INITIALS
from storydesk.article import Article
from storydesk.link import kinds
from storydesk.link.names import block_key, is_given_name, surnames_match
from storydesk.link.orgs import corporate_head
from storydesk.link.surface import (
    LOCATIVE_WEIGHT,
    NAME_WORDS,
    TIE_ORDER,
    Form,
    decide,
    form_key,
    names_a_facility,
)
from storydesk.link.wordcase import StoryWords

DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "s", "er")


def vote_lists(articles: Sequence[Article], forms: dict[str, Form]) -> None:
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
        decide(form)


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
    return kind if count >= 2 and 2 * count > sum(others.values()) and kind in TIE_ORDER else ""


def surnames_are_people(forms: list[Form]) -> None:
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


# Where a thing is posted: "announced the news Friday morning on Twitter", "made the
# announcement via her Twitter feed", "said on her Twitter feed" (ECB+ 2_4ecbplus, 2_5ecbplus,
# 2_1ecbplus, 2_8ecbplus: "Twitter" tagged PERSON five times). Nobody is said *on* a person,
# but much is done on one ("pressure on Putin", "a documentary on Banksy", review of
# ef9f12e): the "on" must follow a verb of saying or posting (``cues.CUE_WORDS``) within a
# few words, or the name a common noun ("her Twitter feed").
_POSTED_ON = re.compile(r"\b(?:on|via)\s+(?:(?:his|her|their|its|the)\s+)?$")
_SAID_BEFORE_ON = 6  # words between the verb and "on": "announced the news Friday morning"
# What goes round a medium is posted on it as much as what is said there: "pinup shots of
# her circulated on Twitter" (ECB+ 4_8ecbplus), "a petition has been circulating Twitter"
# (6_4ecbplus, the medium its object): "Twitter" was a person in both.
SPREAD_WORDS = frozenset({"circulate", "circulates", "circulated", "circulating", "trending",
                          "trended"})  # "posted" is a cue (``cues.CUE_WORDS``)
# Only what circulates has the medium as its object ("circulating Twitter"); "Fans shared
# Banksy's new mural" is about a person (review of b66ff02).
CIRCULATE_WORDS = frozenset({"circulate", "circulates", "circulated", "circulating"})
_SPREAD_BEFORE = re.compile(r"\b(\w+)\s+$")


def media_are_no_people(articles: Sequence[Article], forms: list[Form]) -> None:
    """A lone word typed as a person that is no given name and no surname of the story's
    people, that the story writes as where something is said or posted ("said on Twitter",
    "via her Twitter feed") and nowhere but after "on" or before a common noun ("another
    Twitter user"), is a medium: an organisation, not a person."""
    texts = {article.id: article for article in articles}
    surnames = {f.name.last for f in forms if f.type == "PER" and f.name.is_full}
    for form in forms:
        if form.type != "PER" or " " in form.key or not form.mentions:
            continue
        if form.key in surnames or is_given_name(form.key):
            continue
        on = [_posted_on(texts[m.article], m.index) for m in form.mentions]
        said = [p for p, m in zip(on, form.mentions, strict=True) if p == "said" or (
            p and m.modifier)]
        if said and all(p or m.modifier for p, m in zip(on, form.mentions, strict=True)):
            form.type = "ORG"


def _posted_on(article: Article, index: int) -> str:
    """"said" when a verb of saying or posting comes before the "on"/"via" the name is
    written after, "on" when only the preposition does, "" otherwise."""
    start = article.entities[index].start
    end = article.entities[index].end
    right_before = _SPREAD_BEFORE.search(article.text, max(0, start - 30), start)
    owner = article.text[end : end + 2] in ("'s", "’s")
    circulated = right_before is not None and right_before.group(1).casefold() in CIRCULATE_WORDS
    if circulated and not owner:
        return "said"  # "circulating Twitter"
    match = _POSTED_ON.search(article.text, max(0, start - 30), start) if start > 0 else None
    if match is None:
        return ""
    before = article.text[max(0, match.start() - 80) : match.start()].split()
    words = [w.strip(",.;:\"'“”").casefold() for w in before[-_SAID_BEFORE_ON - 1 :]]
    return "said" if any(w in CUE_WORDS or w in SPREAD_WORDS for w in words) else "on"


def _person_shaped(form: Form, surnames: set[str]) -> bool:
    """Given name and surname, both capitalised words and nothing else, with a surname one of
    the story's people has; never a facility or a company ("Betty Ford Center", "Ford
    Motor Co")."""
    name = form.name
    written = form.mentions[0].text.split() if form.mentions else []
    return (
        name.is_full
        and name.last in surnames
        and 2 <= len(written) <= NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in written)
        and not names_a_facility(form.key)
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


def places_are_no_given_names(forms: list[Form], story_words: StoryWords) -> None:
    """A "person" whose given name is a place of the story and whose surname the story also
    writes in lower case is that place's institution: "Surrey Police", "Somerset Fire"
    (ECB+ 14, tagged PERSON), beside "in Surrey" and "police said"."""
    places = {f.key for f in forms if f.type == "LOC" and f.mentions
              and (f.place_evidence or f.locative_share)}
    for form in forms:
        words = form.key.split()
        institution = len(words) > 1 and " ".join(words[:-1]) in places
        if form.type == "PER" and institution and words[-1] in story_words.lower_seen:
            form.type = "ORG"


def institutions_are_no_people(forms: list[Form], story_words: StoryWords) -> None:
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


def drop_offices(forms: list[Form], story_words: StoryWords) -> None:
    """A "person" or "place" whose last word is a title the story writes in lower case,
    after a place noun, is an office, not a name: "L. A. County Sheriff" (ECB+ 16_9ecbplus,
    "L. A. County Sheriff's Deputy Jerry Ortiz", typed PERSON beside "the sheriff's
    department", and FAC once the text is written with its spacing), whose "surname" the
    gazetteer then found as "Sheriff" in six reports. "Stephen King" keeps his name:
    "Stephen" is no place noun, nor is the "of" of "Brian May of Queen". A "person" that is
    a title written as its initials and nothing else ("D.A", ECB+ 16) names nobody. So is a
    title after the name of a place of the story: "the Lakewood Sheriff's station",
    "the fifth Lakewood Sheriff Deputy slain while on duty" (ECB+ 16, a FAC beside "in
    Lakewood")."""
    places = {f.key for f in forms if f.type == "LOC" and f.mentions
              and (f.place_evidence or f.locative_share)}
    for form in forms:
        words = form.key.split()
        if _title_initials(form, words):
            form.mentions = []
            continue
        if form.type not in ("PER", "LOC") or len(words) < 2 or words[-1] not in ROLE_HEADS:
            continue
        if words[-1] in story_words.lower_seen and (
            any(word in kinds.PLACE_NOUNS for word in words[:-1])
            or " ".join(words[:-1]) in places
        ):
            form.mentions = []


def _title_initials(form: Form, words: list[str]) -> bool:
    """Written as a title's initials with their periods ("D.A."), and not an organisation
    the model saw ("The DA said on Monday", South Africa's Democratic Alliance; "The ADA
    recommends", the American Diabetes Association: review of 2282b8b)."""
    written = form.mentions[0].text if form.mentions else ""
    return (
        form.type != "ORG"
        and "." in written
        and bool(words)
        and all(w in TITLE_INITIALS for w in words)
    )


def drop_common_words(forms: list[Form], story_words: StoryWords) -> None:
    """A one-word form the story's writing shows to be a common word is no name ("Glass"
    starting a sentence, "Conflict" beside three "conflict"), unless it is a word of one of
    the story's people's names ("Lindsay" of Lindsay Lohan: WordNet lists names too)."""
    people = {w for f in forms if f.type == "PER" and " " in f.key for w in f.key.split()}
    for form in forms:
        written = form.mentions[0].text.split() if form.mentions else []
        one_word = " " not in form.key and form.key not in people and written
        if one_word and story_words.common(written[-1]):
            form.mentions = []
