"""Link entities: one cast of people and places across articles, whatever the spelling.

Staged like any cross-document work (STYLE habit 5):

1. mentions → surface forms with a voted type (``forms.collect``);
2. forms → blocks by a cheap key (type and first sound of the surname), so only forms that
   could be one entity are ever compared;
3. within a block, the name rules of ``names`` decide, and union-find joins the forms: full
   person names first, then each lone surname joins the one full name it fits (two
   candidates: the one each article plausibly means, ``surnames``, or no guess), a lone given
   name joins the one person with that given name when it is nobody's surname ("Lindsay"),
   places by known variant or near-identical spelling, a place's short name with its
   facility names ("Betty Ford" / "Betty Ford Center", not for a town), organisations by
   name without corporate suffix (``orgs``: "Ford Motor Co" = "Ford Motor Company"), a bare
   company word with the one company it starts ("Ford"), an acronym the text defines
   ("… Agency (UNRWA)") and names written partly as initials ("U.S. Geological Survey");
4. every union is checked at cluster level (all given names compatible, no ``[split]`` pair of
   aliases.toml torn together), so a chain of weak links cannot merge two people;
5. clusters (``clusters``) → ``StoryEntity`` with variants, roles, a canonical name and the
   label most of its mentions carry, or the one the story's evidence gave (``entity_label``);
6. ``gazetteer``: each variant (and a person's surname) is looked for in every article, and
   counts for the one entity it names there, so a name the model tagged in one article
   counts where it missed it.

A person is never merged with a place: blocks are per type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from storydesk.article import Article
from storydesk.ids import stable_id, unique_ids
from storydesk.link import aliases as aliases_module
from storydesk.link.aliases import Aliases
from storydesk.link.clusters import Clusters
from storydesk.link.forms import collect
from storydesk.link.gazetteer import Found, find_more
from storydesk.link.names import (
    KNOWN_VARIANTS,
    ParsedName,
    block_key,
    first_names_compatible,
    parse,
    surnames_match,
)
from storydesk.link.surface import COARSE, Form, form_key
from storydesk.link.wordcase import StoryWords, common_nouns, pure_adjectives
from storydesk.options import Options
from storydesk.story import Story, StoryEntity, Variant

# The label an entity gets when the evidence made it a kind none of its mentions is labelled.
KIND_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}


@dataclass(slots=True)
class Resolution:
    """Entities of a story and which entity each mention (article id, index) belongs to."""

    entities: list[StoryEntity] = field(default_factory=list)
    mention_entity: dict[tuple[str, int], str] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)  # names the model missed (gazetteer)
    # Where a person's title is written beside the name ("Stephen Harper, Prime Minister of
    # Canada,"; "US President Barack Obama"): the words that name that person there.
    titles: list[Found] = field(default_factory=list)


def resolve(story: Story, options: Options) -> Story:
    resolution = link_entities(story.articles, options)
    story.entities = resolution.entities
    _resolve_speakers(story, resolution)
    return story


def link_entities(articles: Sequence[Article], options: Options) -> Resolution:
    story_words = StoryWords.of(articles, common_nouns(options), pure_adjectives(options))
    forms = collect(articles, story_words)
    aliases = aliases_module.load(options.aliases)
    clusters = Clusters(forms, aliases)
    clusters.join_forced()
    clusters.join_people()
    clusters.join_first_names()
    clusters.join_blended_names()
    clusters.join_places()
    clusters.join_facilities()
    clusters.join_exact()
    clusters.join_defined_acronyms()
    clusters.join_short_org_names()
    clusters.join_initialled_names()
    clusters.join_acronyms()
    resolution = _build(clusters.groups(), aliases)
    resolution.found = find_more(articles, resolution.entities)
    return resolution


def _build(groups: list[list[Form]], aliases: Aliases) -> Resolution:
    groups.sort(key=lambda forms: -sum(len(f.mentions) for f in forms))
    resolution = Resolution()
    entities = [_entity("", forms, aliases) for forms in groups]
    ids = unique_ids([stable_id("e", e.type, e.name) for e in entities])
    for entity, entity_id, forms in zip(entities, ids, groups, strict=True):
        entity.id = entity_id
        resolution.entities.append(entity)
        for form in forms:
            for mention in form.mentions:
                resolution.mention_entity[(mention.article, mention.index)] = entity.id
                start, end = mention.role_span
                if form.type == "PER" and end > start:
                    resolution.titles.append(Found(mention.article, start, end, entity.id))
    return resolution


def _entity(entity_id: str, forms: list[Form], aliases: Aliases) -> StoryEntity:
    variants: dict[str, Variant] = {}
    labels: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    for form in forms:
        for mention in form.mentions:
            text = parse(mention.text).text if form.type == "PER" else mention.text
            variant = variants.setdefault(text, Variant(text, [], 0))
            variant.count += 1
            if mention.article not in variant.articles:
                variant.articles.append(mention.article)
            labels[mention.label] += 1
            # A title is a person's: "Prime Minister of" before "Canada" or "CEO of" before
            # "GM" (MEANTIME gm) is no role of the country or the company.
            for role in (parse(mention.text).role, mention.role) if form.type == "PER" else ():
                if role:
                    roles[role] += 1
    label = entity_label(forms[0].type, labels, any(f.place_evidence for f in forms))
    name = _canonical(
        list(variants.values()),
        aliases,
        next((f.state for f in forms if f.state), ""),
        any(f.completes for f in forms),
    )
    return StoryEntity(
        id=entity_id,
        name=name,
        type=label,
        roles=_distinct(role for role, _ in roles.most_common()),
        variants=sorted(variants.values(), key=lambda v: (-v.count, v.text)),
    )


def entity_label(kind: str, labels: Counter[str], place_evidence: bool = False) -> str:
    """The label most of the entity's mentions carry among those of its kind ("GPE" over
    "FAC" for a place). When none carries one, the story's evidence decided the kind against
    the model, and the label follows it:

    * a person ("Ms Page", a quote's speaker) is a PERSON, an organisation ("the Xinhua news
      agency", an outlet) an ORG;
    * a place is a GPE when the text names it as one (a place noun, a list of places, the
      variant table) or when the model called it a person ("in Kherson"); a place by "at X"
      alone keeps its mentions' label: "at the Institute for the Study of War" stays an ORG,
      and so does "Promises Treatment Center" (a place by its facility word)."""
    of_kind = {k: n for k, n in labels.items() if COARSE.get(k, k) == kind}
    if of_kind:
        return max(sorted(of_kind), key=lambda k: of_kind[k])
    if kind in ("PER", "ORG"):
        return KIND_LABELS[kind]
    not_person = {k: n for k, n in labels.items() if k != "PERSON"}
    if kind == "LOC" and (place_evidence or not not_person):
        return KIND_LABELS[kind]
    pool = not_person or labels
    return max(sorted(pool), key=lambda k: pool[k]) if pool else KIND_LABELS.get(kind, kind)


def _canonical(
    variants: list[Variant], aliases: Aliases, state: str = "", completes: bool = False
) -> str:
    """The spelling alias if any; else the full form used by most articles, then most often;
    for a state the story abbreviates, the state's name (``state``, from ``forms``); where
    the story's cut names joined their whole name (``completes``: "Surrey Fire" of "Surrey
    Fire and Rescue Service", ECB+ 14), the whole name among those written as often."""
    for variant in variants:
        forced = aliases.spelling.get(form_key(variant.text))
        if forced:
            return forced
    # The table's modern spelling wins ("Kyiv" over "Kiev"), in its most used writing.
    known = [v for v in variants if form_key(v.text) in KNOWN_VARIANTS.values()]
    if state:  # a state's name over its abbreviation ("California" over "Calif.")
        spelled = [v for v in variants if form_key(v.text) == form_key(state)]
        return spelled[0].text if spelled else state
    pool = known or variants
    shape = 1 if completes else -1  # the longer name first, or the shorter
    best = max(pool, key=lambda v: (" " in v.text, len(v.articles), v.count, shape * len(v.text)))
    return best.text


def _distinct(roles: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for role in roles:
        if role.casefold() not in seen:
            seen.add(role.casefold())
            kept.append(role)
    return kept


def _resolve_speakers(story: Story, resolution: Resolution) -> None:
    """Point each quote's speaker name at the entity it names (None when unknown or ambiguous)."""
    people = People(resolution.entities)
    for article in story.articles:
        for quote in article.quotes:
            if quote.speaker:
                quote.speaker_entity = people.entity_of(quote.speaker, article.id)


class People:
    """The story's people by spelling, parsed once and blocked by the surname's first sound,
    so that naming a quote's speaker costs the same however many people the story has."""

    def __init__(self, entities: list[StoryEntity]) -> None:
        self.blocks: dict[str, list[tuple[str, ParsedName, list[str]]]] = defaultdict(list)
        for entity in entities:
            if entity.type == "PERSON":
                for variant in entity.variants:
                    name = parse(variant.text)
                    self.blocks[block_key(name)].append((entity.id, name, variant.articles))

    def entity_of(self, speaker: str, article: str | None = None) -> str | None:
        """The one entity whose spelling is the speaker's name, else the one whose surname and
        first name fit it; between several, the one whose spelling ``article`` uses (the
        article's "Peterson" is the Peterson it means); else None."""
        name = parse(speaker)
        if not name.last:
            return None
        block = self.blocks.get(block_key(name), [])
        exact = [(e, articles) for e, variant, articles in block if variant.key == name.key]
        fitting = [
            (e, articles)
            for e, variant, articles in block
            if surnames_match(variant.last, name.last)
            and first_names_compatible(variant.first, name.first)
        ]
        for candidates in (exact, fitting):
            entities = {e for e, _ in candidates}
            if len(entities) == 1:
                return entities.pop()
            here = {e for e, articles in candidates if article in articles}
            if len(entities) > 1:
                return here.pop() if len(here) == 1 else None
        return None


def speaker_entity(speaker: str, entities: list[StoryEntity]) -> str | None:
    """The entity a speaker's name names in the story, or None (``People.entity_of``)."""
    return People(entities).entity_of(speaker)
