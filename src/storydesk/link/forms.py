"""Stage one of entity linking: mentions grouped into surface forms, each with a voted type.

``collect`` reads every mention into its form (``surface``), adds the story-wide votes (the
variant table and WordNet for places, the known outlets for organisations, names listed
together for the kind the rest of the list shares), then lets the story settle the rest:
types from the story's people, institutions and common words (``retype``), and mentions
moved to the form they belong to (``rehome``: titles run into names, cut names, states
abbreviated, plurals of nationalities, misspellings). Nationalities are never people
("European"), though "the 40-year-old American" of a fight report is the American the
article names (``nationals``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from storydesk.annotate.name_words import ROLE_HEADS, TITLE_ABBREVIATIONS
from storydesk.article import Article
from storydesk.clean.outlet import KNOWN_DOMAINS
from storydesk.link import context, kinds, things
from storydesk.link.names import KNOWN_VARIANTS
from storydesk.link.nationals import join_nationals
from storydesk.link.orgs import CORPORATE_SUFFIXES, defined_acronym
from storydesk.link.rehome import (
    complete_cut_names,
    cut_opening_adjectives,
    expand_states,
    letters_misplaced,
    plural_nationalities,
    rehome_described_names,
    rehome_titled_names,
    short_institution_names,
    written_untagged,
)
from storydesk.link.retype import (
    drop_common_words,
    drop_offices,
    institutions_are_no_people,
    media_are_no_people,
    places_are_no_given_names,
    surnames_are_people,
    vote_lists,
)
from storydesk.link.surface import (
    LOCATIVE_WEIGHT,
    NAME_WORDS,
    Form,
    decide,
    form_key,
    mention_votes,
    read_mention,
)
from storydesk.link.towns import towns_are_places
from storydesk.link.wordcase import StoryWords

KNOWN_PLACES = frozenset(KNOWN_VARIANTS) | frozenset(KNOWN_VARIANTS.values())

_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # "U.S. President X": "U.S." stays a place

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
            mention = read_mention(article, index)
            key = form_key(mention.text)
            if not key or _only_titles(key):
                continue
            form = forms.setdefault(key, Form(key))
            form.mentions.append(mention)
            form.votes.update(mention_votes(mention))
            form.place_evidence += mention.place
            entity = article.entities[index]
            if entity.end > 0 and " " in key:
                form.acronyms.add(defined_acronym(article.text, entity.end, key))
    for article in articles:  # a quote's speaker named like a person is one
        for quote in article.quotes:
            spoken = forms.get(form_key(quote.speaker or ""))
            if spoken is not None and len(spoken.key.split()) <= NAME_WORDS:
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
        decide(form)
    vote_lists(articles, forms)
    towns_are_places(list(forms.values()), articles)
    surnames_are_people(list(forms.values()))
    media_are_no_people(articles, list(forms.values()))
    if story_words:
        places_are_no_given_names(list(forms.values()), story_words)
    rehome_titled_names(forms)
    rehome_described_names(forms)
    join_nationals(articles, forms)
    if story_words:
        cut_opening_adjectives(articles, forms, story_words)
    expand_states(articles, forms)
    plural_nationalities(forms)
    complete_cut_names(articles, forms)
    short_institution_names(forms)
    letters_misplaced(forms)
    written_untagged(articles, forms)
    if story_words:
        drop_common_words(list(forms.values()), story_words)
        drop_offices(list(forms.values()), story_words)
        institutions_are_no_people(list(forms.values()), story_words)
    things.drop_things(list(forms.values()), story_words.adjectives if story_words else frozenset())
    for form in forms.values():
        form.acronyms.discard("")
    return [form for form in forms.values() if form.mentions]


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


def _only_titles(key: str) -> bool:
    """A title alone names no one ("Det" of "Det. Colin Orpe" cut at its period, "Sheriff");
    "White House" or "State" (title modifiers) may. Nor does a corporate suffix alone ("LLC",
    tagged ORG in MEANTIME gm, cut off "Chrysler")."""
    return key in ROLE_HEADS or key in TITLE_ABBREVIATIONS or key in CORPORATE_SUFFIXES
