"""Union-find over surface forms: the joins of entity linking, each checked at cluster level.

``link.entities`` runs them in order: forced merges from aliases.toml, people (full names,
then lone surnames, then lone given names), places, facilities, organisations, acronyms.
Every join is blocked by a cheap key first (STYLE habit 5); ``union`` refuses a join that
would put two kinds, two clashing given names or a ``[split]`` pair of aliases.toml in one
cluster, so a chain of weak links cannot merge two people.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storydesk.link.aliases import Aliases
from storydesk.link.countries import is_country
from storydesk.link.form_checks import (
    all_caps,
    blocked_by,
    given_names_agree,
    has_initials,
    initial_of,
    is_compound,
    is_institution,
    mostly_towns,
    people_by_given_name,
    same_person,
    written_after,
)
from storydesk.link.names import (
    block_key,
    canonical_place,
    facility_extension,
    is_acronym_of,
    places_match,
    surname_fits,
    surnames_match,
)
from storydesk.link.orgs import collapsed_keys, corporate_head, org_key
from storydesk.link.surface import Form, Mention, form_key
from storydesk.link.surnames import PRINCIPAL_RATIO, Candidate, plausible_owner

# A blended nickname: the start of a given name, then the start of a surname with its capital.
_BLEND = re.compile(r"([A-Z][a-z]{0,4})[-.]?([A-Z][a-z]{1,5})")
# What the model calls a lone given name it does not know as one ("Bettie" ORG, ECB+ 4).
GIVEN_NAME_TYPES = frozenset({"PER", "ORG"})  # never NORP: "American" of "American Hasim Rahman"


class Clusters:
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
        return given_names_agree(people_by_given_name(left), people_by_given_name(right))

    def join_forced(self) -> None:
        by_key = {form.key: i for i, form in enumerate(self.forms)}
        for variant, target in self.aliases.merge.items():
            if variant in by_key and target in by_key:
                self.union(by_key[target], by_key[variant], forced=True)

    def join_people(self) -> None:
        people = [i for i, form in enumerate(self.forms) if form.type == "PER"]
        for block in blocked_by(people, lambda i: block_key(self.forms[i].name)).values():
            full = [i for i in block if self.forms[i].name.is_full]
            lone = [i for i in block if not self.forms[i].name.is_full]
            for position, i in enumerate(full):
                for j in full[position + 1 :]:
                    if same_person(self.forms[i], self.forms[j]):
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
        is that person ("Lindsay" when Lindsay Lohan is the only Lindsay; "Bettie" of Bettie
        Page though the model calls it an organisation, ECB+ 4). Two people with that given
        name, or anyone with it as a surname ("Jackson"): no guess. Surnames are compared
        within the word's sound block only."""
        full = [i for i, f in enumerate(self.forms) if f.type == "PER" and f.name.is_full]
        surnames: dict[str, set[str]] = defaultdict(set)
        by_first: dict[str, set[int]] = defaultdict(set)
        for i in full:
            surnames[block_key(self.forms[i].name)].add(self.forms[i].name.last)
            by_first[self.forms[i].name.first.split()[0]].add(i)
        for i, form in enumerate(self.forms):
            word = form.name.last
            if form.type not in GIVEN_NAME_TYPES or form.name.is_full or word not in by_first:
                continue
            if any(surnames_match(word, s) for s in surnames.get(block_key(form.name), ())):
                continue
            roots = {self.find(j) for j in by_first[word]}
            if len(roots) == 1 and len(self.members.get(self.find(i), [])) == 1:
                form.type = "PER"
                self.union(roots.pop(), i)

    def join_blended_names(self) -> None:
        """A one-word nickname blended from the start of a person's given name and the start
        of the surname is that person, when one person of the story fits: "LiLo" (Lindsay
        Lohan, ECB+ 1), and the shape of "A-Rod", "J.Lo", "ScarJo". The written form says
        where the two parts meet (a capital inside, a hyphen or a dot)."""
        full = [i for i, f in enumerate(self.forms) if f.type == "PER" and f.name.is_full]
        for i, form in enumerate(self.forms):
            parts = _BLEND.fullmatch(form.mentions[0].text) if form.mentions else None
            if parts is None or form.type not in GIVEN_NAME_TYPES or not full:
                continue
            given, surname = parts.group(1).casefold(), parts.group(2).casefold()
            roots = {
                self.find(j) for j in full
                if self.forms[j].name.first.startswith(given)
                and self.forms[j].name.last.startswith(surname)
            }  # fmt: skip
            if len(roots) == 1 and len(self.members.get(self.find(i), [])) == 1:
                form.type = "PER"
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
            for article, index in form.written.items():  # written there, not tagged
                seen = candidate.first_mention.get(article, index)
                candidate.first_mention[article] = min(seen, index)
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
        for block in blocked_by(places, lambda i: canonical_place(self.forms[i].key)[:1]).values():
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
        return facility_extension(form.key, key) and not mostly_towns(form)

    def join_exact(self) -> None:
        # Organisations and the rest: only the same name once "the" and case are gone.
        # Organisations also once corporate suffixes are gone ("Ford Motor Co"/"Company").
        others = [i for i, form in enumerate(self.forms) if form.type not in ("PER", "LOC")]
        by_name = blocked_by(others, lambda i: self.forms[i].type + org_key(self.forms[i].key))
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

    def join_short_org_names(self) -> None:
        """An organisation's short name, by two habits of news writing:

        * its leading words, once an article has written the full name before them:
          "Northrop Grumman … Northrop", "China Eastern Airlines … China Eastern" (MEANTIME
          airbus), "Apple Computer … Apple";
        * the institution without the place its full name starts with: "the United States
          Air Force" / "the Air Force", "the United States Senate" / "the Senate" (MEANTIME
          airbus, gm); the place is one the story names (a place or a nationality) or a
          country (``countries``); for a place, only a facility ("Malibu Promises
          Treatment Center" / "Promises Treatment Center", ECB+ 1), never a town.

        Two that fit: the story's principal (``_principal``), else no guess ("the Indian
        Navy" and "the Pakistani Navy" named as often leave "the Navy" alone)."""
        orgs = [i for i, form in enumerate(self.forms) if is_institution(form)]
        by_key = {self.forms[i].key: i for i in orgs}
        places = {f.key for f in self.forms if f.type in ("LOC", "NORP")}
        fits: dict[int, set[int]] = defaultdict(set)
        for i in orgs:
            words = self.forms[i].key.split()
            if is_compound(self.forms[i]):
                continue
            for cut in range(1, len(words)):
                head, tail = " ".join(words[:cut]), " ".join(words[cut:])
                leading = by_key.get(head)
                if leading is not None and written_after(self.forms[leading], self.forms[i]):
                    fits[leading].add(i)
                unplaced = by_key.get(tail)
                if unplaced is not None and (head in places or is_country(head)):
                    fits[unplaced].add(i)
        for short, longer in fits.items():
            owner = self._principal({self.find(j) for j in longer})
            if owner is not None:
                self.union(owner, short)

    def _principal(self, roots: set[int]) -> int | None:
        """The one root, or the one named in at least ``PRINCIPAL_RATIO`` times as many
        articles as any other (the story's principal, as for a bare surname: "the Air Force"
        of a story on the US tanker contract that names the UAE Air Force once)."""
        reach = sorted(
            ((len(set().union(*(self.forms[i].articles for i in self.members[r]))), r)
             for r in roots),
            reverse=True,
        )  # fmt: skip
        if len(reach) == 1 or (reach and reach[0][0] >= PRINCIPAL_RATIO * reach[1][0]):
            return reach[0][1]
        return None

    def join_defined_acronyms(self) -> None:
        """A name and the acronym the text defines for it ("United Nations Relief and Works
        Agency (UNRWA)") are one. An acronym of another kind takes the name's kind, unless it
        is already joined to others of its own ("UNRWA spokesman" made it a person once); one
        of the name's kind joins whatever it was joined to ("EADS" with "EADS N.V.", then
        "European Aeronautic Defence & Space NV (EADS)", MEANTIME airbus)."""
        by_key = {form.key: i for i, form in enumerate(self.forms)}
        for i, form in enumerate(self.forms):
            for acronym in sorted(form.acronyms):
                short = by_key.get(acronym)
                if short is None:
                    continue
                if self.forms[short].type == form.type:
                    self.union(i, short)
                elif len(self.members.get(self.find(short), [])) == 1:
                    self.forms[short].type = form.type
                    self.union(i, short)

    def join_initialled_names(self) -> None:
        """A name that writes part of itself as initials meets the one that spells it out,
        by lookup of the spelled name's collapsed keys ("the U.S. Geological Survey" / "the
        United States Geological Survey"; "UN Relief and Works Agency")."""
        long_ = [i for i, f in enumerate(self.forms) if f.type != "PER" and " " in f.key]
        collapsed: dict[str, list[int]] = defaultdict(list)
        for i in long_:
            for key in collapsed_keys(self.forms[i].key):
                collapsed[self.forms[i].type + key].append(i)
        for i in long_:
            if has_initials(self.forms[i]):
                for j in collapsed.get(self.forms[i].type + self.forms[i].key, []):
                    self.union(j, i)

    def join_acronyms(self) -> None:
        # "US"/"the United States", "EU"/"the European Union": written in capitals, same type.
        short = [i for i, f in enumerate(self.forms) if f.type != "PER" and all_caps(f)]
        long_ = [i for i, f in enumerate(self.forms) if f.type != "PER" and " " in f.key]
        by_initials = blocked_by(long_, lambda i: initial_of(self.forms[i].key))
        for i in short:
            for j in by_initials.get(self.forms[i].key[:1], []):
                if is_acronym_of(self.forms[i].key, form_key(self.forms[j].key)):
                    self.union(j, i)

    def groups(self) -> list[list[Form]]:
        groups = [[self.forms[i] for i in members] for members in self.members.values()]
        return [
            [f for f in forms if f.mentions] for forms in groups if any(f.mentions for f in forms)
        ]
