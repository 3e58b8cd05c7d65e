"""Link entities: one cast of people and places across articles, whatever the spelling.

Staged like any cross-document work (STYLE habit 5):

1. mentions → surface forms with a voted type (``forms.collect``);
2. forms → blocks by a cheap key (type and first sound of the surname), so only forms that
   could be one entity are ever compared;
3. within a block, the name rules of ``names`` decide, and union-find joins the forms: full
   person names first, then each lone surname joins the one full name it fits (two candidates:
   no guess), a lone given name joins the one person with that given name when it is nobody's
   surname ("Lindsay"), places by known variant or near-identical spelling, a place's short
   name with its facility names ("Betty Ford" / "Betty Ford Center", not for a town),
   organisations by name without corporate suffix (``orgs``: "Ford Motor Co" = "Ford Motor
   Company") and a bare company word with the one company it starts ("Ford");
4. every union is checked at cluster level (all given names compatible, no ``[split]`` pair of
   aliases.toml torn together), so a chain of weak links cannot merge two people;
5. clusters → ``StoryEntity`` with variants, roles, a canonical name and the label most of
   its mentions carry (``entity_label``: never one no mention has);
6. ``gazetteer``: each unambiguous variant (and unique surname) is looked for in every
   article, so a name the model tagged in one article counts where it missed it.

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
from storydesk.link.forms import COARSE, Form, Mention, collect, form_key
from storydesk.link.gazetteer import Found, find_more
from storydesk.link.names import (
    KNOWN_VARIANTS,
    ParsedName,
    block_key,
    canonical_place,
    facility_extension,
    first_names_compatible,
    is_acronym_of,
    parse,
    places_match,
    surname_fits,
    surnames_match,
)
from storydesk.link.orgs import corporate_head, org_key
from storydesk.link.surnames import Candidate, plausible_owner
from storydesk.link.wordcase import StoryWords, common_nouns
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


def resolve(story: Story, options: Options) -> Story:
    resolution = link_entities(story.articles, options)
    story.entities = resolution.entities
    _resolve_speakers(story, resolution)
    return story


def link_entities(articles: Sequence[Article], options: Options) -> Resolution:
    forms = collect(articles, StoryWords.of(articles, common_nouns(options)))
    aliases = aliases_module.load(options.aliases)
    clusters = _Clusters(forms, aliases)
    clusters.join_forced()
    clusters.join_people()
    clusters.join_first_names()
    clusters.join_places()
    clusters.join_facilities()
    clusters.join_exact()
    clusters.join_acronyms()
    resolution = _build(clusters.groups(), aliases)
    resolution.found = find_more(articles, resolution.entities)
    return resolution


class _Clusters:
    """Union-find over forms that refuses unions the cluster-level checks forbid."""

    def __init__(self, forms: list[Form], aliases: Aliases) -> None:
        self.forms = forms
        self.aliases = aliases
        self.parent = list(range(len(forms)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(forms))}
        self._lone_words: dict[str, frozenset[str]] | None = None

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, forced: bool = False) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if not forced and not self._compatible(root_a, root_b):
            return False
        self.parent[root_b] = root_a
        self.members[root_a] += self.members.pop(root_b)
        return True

    def _compatible(self, root_a: int, root_b: int) -> bool:
        left = [self.forms[i] for i in self.members[root_a]]
        right = [self.forms[i] for i in self.members[root_b]]
        if self.aliases.never_together({f.key for f in left}, {f.key for f in right}):
            return False
        if {f.type for f in left} != {f.type for f in right}:
            return False
        firsts_left = {f.name.first for f in left if f.type == "PER" and f.name.first}
        firsts_right = {f.name.first for f in right if f.type == "PER" and f.name.first}
        return all(first_names_compatible(a, b) for a in firsts_left for b in firsts_right)

    def join_forced(self) -> None:
        by_key = {form.key: i for i, form in enumerate(self.forms)}
        for variant, target in self.aliases.merge.items():
            if variant in by_key and target in by_key:
                self.union(by_key[target], by_key[variant], forced=True)

    def join_people(self) -> None:
        people = [i for i, form in enumerate(self.forms) if form.type == "PER"]
        for block in _blocks(people, lambda i: block_key(self.forms[i].name)).values():
            full = [i for i in block if self.forms[i].name.is_full]
            lone = [i for i in block if not self.forms[i].name.is_full]
            for position, i in enumerate(full):
                for j in full[position + 1 :]:
                    if _same_person(self.forms[i], self.forms[j]):
                        self.union(i, j)
            self._attach_surnames(lone, full)

    def _attach_surnames(self, lone: list[int], full: list[int]) -> None:
        orphans: list[int] = []
        for i in lone:
            surname = self.forms[i].name.last
            roots = {self.find(j) for j in full if surname_fits(surname, self.forms[j].name.last)}
            if len(roots) == 1:
                self.union(roots.pop(), i)
            elif roots:
                self._attach_within_articles(i, [j for j in full if self.find(j) in roots])
            else:
                orphans.append(i)
        # Surnames with no full name anywhere still join each other ("Witkov", "Witkoff").
        for position, i in enumerate(orphans):
            for j in orphans[position + 1 :]:
                if surnames_match(self.forms[i].name.last, self.forms[j].name.last):
                    self.union(i, j)

    def join_first_names(self) -> None:
        """A lone word that is nobody's surname but the given name of one person in the story
        is that person ("Lindsay" when Lindsay Lohan is the only Lindsay). Two people with that
        given name, or anyone with it as a surname ("Jackson"): no guess."""
        full = [i for i, f in enumerate(self.forms) if f.type == "PER" and f.name.is_full]
        surnames = {self.forms[i].name.last for i in full}
        by_first: dict[str, set[int]] = defaultdict(set)
        for i in full:
            by_first[self.forms[i].name.first.split()[0]].add(i)
        for i, form in enumerate(self.forms):
            word = form.name.last
            if form.type != "PER" or form.name.is_full or word not in by_first:
                continue
            if any(surnames_match(word, surname) for surname in surnames):
                continue
            roots = {self.find(j) for j in by_first[word]}
            if len(roots) == 1 and not self._has_full_name(self.find(i)):
                self.union(roots.pop(), i)

    def _has_full_name(self, root: int) -> bool:
        return any(self.forms[i].name.is_full for i in self.members[root])

    def _attach_within_articles(self, lone: int, owners: list[int]) -> None:
        """Two full names share the surname ("Vitali"/"Wladimir Klitschko"): each article's
        bare surname goes to the one it plausibly means (``surnames``), or stays alone."""
        candidates = self._candidates(owners)
        by_article: dict[str, list[Mention]] = defaultdict(list)
        for mention in self.forms[lone].mentions:
            by_article[mention.article].append(mention)
        for article, mentions in by_article.items():
            owner = plausible_owner(article, candidates, self._one_word_names(article))
            if owner is not None:
                self.forms[lone].mentions = [
                    m for m in self.forms[lone].mentions if m not in mentions
                ]
                self._add(Form(self.forms[lone].key, mentions, Counter(), "PER"), owner)

    def _candidates(self, owners: list[int]) -> list[Candidate]:
        by_root: dict[int, Candidate] = {}
        for j in owners:
            form = self.forms[j]
            candidate = by_root.setdefault(self.find(j), Candidate(self.find(j), frozenset()))
            candidate.given |= {form.name.first.split()[0]}
            for mention in form.mentions:
                seen = candidate.first_mention.get(mention.article, mention.index)
                candidate.first_mention[mention.article] = min(seen, mention.index)
        return list(by_root.values())

    def _one_word_names(self, article: str) -> frozenset[str]:
        """One-word names the article writes (given names alone among them), indexed once."""
        if self._lone_words is None:
            index: dict[str, set[str]] = defaultdict(set)
            for form in self.forms:
                if " " not in form.key:
                    for mention in form.mentions:
                        index[mention.article].add(form.key)
            self._lone_words = {a: frozenset(keys) for a, keys in index.items()}
        return self._lone_words.get(article, frozenset())

    def _add(self, form: Form, root: int) -> None:
        self.forms.append(form)
        index = len(self.forms) - 1
        self.parent.append(index)
        self.members[index] = [index]
        self.union(root, index)

    def join_places(self) -> None:
        places = [i for i, form in enumerate(self.forms) if form.type == "LOC"]
        for block in _blocks(places, lambda i: canonical_place(self.forms[i].key)[:1]).values():
            for position, i in enumerate(block):
                for j in block[position + 1 :]:
                    if places_match(self.forms[i].key, self.forms[j].key):
                        self.union(i, j)

    def join_facilities(self) -> None:
        """A place's short name joins its facility names ("Betty Ford", "at Morningside" with
        "the Betty Ford Center", "Morningside Recovery"), unless the short name is mostly
        tagged a town or country ("Washington" never joins "Washington Hospital")."""
        places = {self.forms[i].key: i for i, f in enumerate(self.forms) if f.type == "LOC"}
        for key, i in places.items():
            words = key.split()
            for cut in range(1, len(words)):
                short = places.get(" ".join(words[:cut]))
                if short is not None and self._facility_of(short, key):
                    self.union(i, short)

    def _facility_of(self, short: int, key: str) -> bool:
        form = self.forms[short]
        return facility_extension(form.key, key) and not _mostly_towns(form)

    def join_exact(self) -> None:
        # Organisations and the rest: only the same name once "the" and case are gone.
        # Organisations also once corporate suffixes are gone ("Ford Motor Co"/"Company").
        others = [i for i, form in enumerate(self.forms) if form.type not in ("PER", "LOC")]
        by_name = _blocks(others, lambda i: self.forms[i].type + org_key(self.forms[i].key))
        for block in by_name.values():
            for i in block[1:]:
                self.union(block[0], i)
        self._join_corporate_heads(others)

    def _join_corporate_heads(self, others: list[int]) -> None:
        """A bare organisation word joins the one company whose corporate name it starts."""
        heads: dict[str, set[int]] = defaultdict(set)
        for i in others:
            if self.forms[i].type == "ORG" and corporate_head(self.forms[i].key):
                heads[corporate_head(self.forms[i].key)].add(i)
        for i in others:
            form = self.forms[i]
            if form.type == "ORG" and " " not in form.key and form.key in heads:
                roots = {self.find(j) for j in heads[form.key]}
                if len(roots) == 1:
                    self.union(roots.pop(), i)

    def join_acronyms(self) -> None:
        # "US"/"the United States", "EU"/"the European Union": written in capitals, same type.
        short = [i for i, f in enumerate(self.forms) if f.type != "PER" and _all_caps(f)]
        long_ = [i for i, f in enumerate(self.forms) if f.type != "PER" and " " in f.key]
        by_initials = _blocks(long_, lambda i: _initial(self.forms[i].key))
        for i in short:
            for j in by_initials.get(self.forms[i].key[:1], []):
                if is_acronym_of(self.forms[i].key, form_key(self.forms[j].key)):
                    self.union(j, i)

    def groups(self) -> list[list[Form]]:
        groups = [[self.forms[i] for i in members] for members in self.members.values()]
        return [
            [f for f in forms if f.mentions] for forms in groups if any(f.mentions for f in forms)
        ]


def _blocks(items: Iterable[int], key: object) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for item in items:
        blocks[key(item)].append(item)  # type: ignore[operator]
    return blocks


def _mostly_towns(form: Form) -> bool:
    towns = sum(m.label in ("GPE", "LOC") for m in form.mentions)
    return 2 * towns >= len(form.mentions)


def _all_caps(form: Form) -> bool:
    letters = [c for c in (form.mentions[0].text if form.mentions else "") if c.isalpha()]
    return 2 <= len(letters) <= 5 and all(c.isupper() for c in letters)


def _initial(key: str) -> str:
    words = [w for w in key.split() if w not in ("the", "a", "an")]
    return words[0][:1] if words else ""


def _same_person(a: Form, b: Form) -> bool:
    name_a, name_b = a.name, b.name
    return surnames_match(name_a.last, name_b.last) and first_names_compatible(
        name_a.first, name_b.first
    )


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
            for role in (parse(mention.text).role if form.type == "PER" else "", mention.role):
                if role:
                    roles[role] += 1
    label = entity_label(forms[0].type, labels, any(f.place_evidence for f in forms))
    return StoryEntity(
        id=entity_id,
        name=_canonical(list(variants.values()), aliases),
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


def _canonical(variants: list[Variant], aliases: Aliases) -> str:
    """The spelling alias if any; else the full form used by most articles, then most often."""
    for variant in variants:
        forced = aliases.spelling.get(form_key(variant.text))
        if forced:
            return forced
    for variant in variants:  # the table's modern spelling wins ("Kyiv" over "Kiev")
        if form_key(variant.text) in KNOWN_VARIANTS.values():
            return variant.text
    best = max(variants, key=lambda v: (" " in v.text, len(v.articles), v.count, -len(v.text)))
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
    # Every person's spellings parsed once, not once per quote.
    people = [
        (e.id, parse(v.text)) for e in resolution.entities if e.type == "PERSON" for v in e.variants
    ]
    for article in story.articles:
        for quote in article.quotes:
            if quote.speaker:
                quote.speaker_entity = speaker_entity(quote.speaker, people)


def speaker_entity(speaker: str, people: Sequence[tuple[str, ParsedName]]) -> str | None:
    """The one entity whose spelling is the speaker's name, else the one whose surname and
    first name fit it; None when no entity or several do."""
    name = parse(speaker)
    if not name.last:
        return None
    exact = {entity for entity, variant in people if variant.key == name.key}
    if len(exact) == 1:
        return exact.pop()
    fitting = {
        entity
        for entity, variant in people
        if surnames_match(variant.last, name.last)
        and first_names_compatible(variant.first, name.first)
    }
    return fitting.pop() if len(fitting) == 1 else None
