"""Names of speakers: the people an article mentions, titles stripped, surnames made full.

``Context`` carries what speaker resolution needs about one article: its entities (with the
tagger's label slips smoothed over), its Doc and where its quotes are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from storydesk.annotate.cues import CUE_WORDS
from storydesk.annotate.name_words import PARTICLES, TITLES
from storydesk.article import Article, Entity

NAME_TYPES = ("PERSON",)
PARTICLE_TAIL = re.compile(r"(?:\s+(?:" + "|".join(sorted(PARTICLES)) + r"))+(?=\s)")
NAME_TAIL = re.compile(r"\s+[A-Z][\w’'-]+")


@dataclass(frozen=True, slots=True)
class Context:
    """What speaker resolution needs besides the cue: the article, its Doc and quote ranges."""

    article: Article
    doc: Doc
    quoted: tuple[tuple[int, int], ...]
    labels: dict[str, Counter[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # "president us" → the name it had
    # Computed once: resolution asks for these for every quote, and long texts have many.
    people: list[Entity] = field(default_factory=list)
    untagged: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    names: list[tuple[int, str]] = field(default_factory=list)  # (start, name without titles)
    # Filled as quotes are attributed, in text order: pronoun and role subjects resolved to
    # a name (where the subject stands, the name), and the descriptions of unnamed sources
    # (start, head lemma, words).
    speakers: list[tuple[int, str]] = field(default_factory=list)
    descriptions: list[tuple[int, str, str]] = field(default_factory=list)
    # The gender the article gives each person (full name → "male"/"female"), made once when
    # a gendered pronoun is first resolved (``speaker_gender.gender_of``); empty until then.
    genders: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for entity in self.article.entities:
            self.labels.setdefault(entity.text, Counter())[entity.type] += 1
        surnames = self.surnames()
        self.people.extend(
            _without_cue(_with_particles(e, self.article.text)) for e in self.article.entities
            if e.start >= 0 and self._is_person(e.text, surnames)
            and not self.inside_quote(e.start)
        )
        self.names.extend((e.start, strip_titles(e.text)) for e in self.people)

    def said(self, offset: int, name: str) -> None:
        self.speakers.append((offset, name))

    def described(self, offset: int, head: str, words: str) -> None:
        self.descriptions.append((offset, head, words))

    def descriptor_for(self, head: str, offset: int) -> str | None:
        """The last description before ``offset`` with this head noun ("a U.S. official")."""
        earlier = [w for at, h, w in self.descriptions if h == head and at < offset]
        return earlier[-1] if earlier else None

    def inside_quote(self, offset: int) -> bool:
        """Quote ranges are disjoint and in text order, so one bisection answers."""
        index = bisect_right(self.quoted, (offset, len(self.article.text) + 1)) - 1
        return index >= 0 and self.quoted[index][0] <= offset < self.quoted[index][1]

    def _is_person(self, text: str, surnames: set[str]) -> bool:
        """The small model tags the same name PERSON here and ORG there; the majority wins,
        a tie goes to the person ("Page" three times PERSON and three times ORG in ECB+
        4_1ecb, which tags "Bettie Page" ORG throughout: "Page later said she was puzzled
        … / "I have no idea why …," she told the Los Angeles Times" had nobody for "she"),
        and the surname of a full name tagged PERSON is a person's."""
        votes = self.labels.get(text)
        if votes is None or not votes["PERSON"]:
            return False
        return votes["PERSON"] == max(votes.values()) or text in surnames

    def surnames(self) -> set[str]:
        return {
            e.text.split()[-1] for e in self.article.entities
            if e.type in NAME_TYPES and len(e.text.split()) > 1
        }

    def persons(self) -> list[Entity]:
        return self.people


def _without_cue(entity: Entity) -> Entity:
    """"Stated Stone:" — a capitalised cue verb the tagger took into the name."""
    first, _, rest = entity.text.partition(" ")
    if not rest or first.lower() not in CUE_WORDS:
        return entity
    start = entity.start + len(first) + 1
    return Entity(rest, entity.type, entity.sentence, start, entity.end)


def _with_particles(entity: Entity, text: str) -> Entity:
    """"Ursula von der" + "Leyen": the tagger may stop inside a name with particles."""
    match = PARTICLE_TAIL.match(text, entity.end)
    if match is None and entity.text.split()[-1].lower() not in PARTICLES:
        return entity
    tail = match.group(0) if match else ""
    tail_match = NAME_TAIL.match(text, entity.end + len(tail))
    if tail_match is None:
        return entity
    end = tail_match.end()
    return Entity(text[entity.start : end], entity.type, entity.sentence, entity.start, end)


def plain(word: str) -> str:
    return word.lower().replace(".", "")


def strip_titles(name: str) -> str:
    """"Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; a bare title stays as it is."""
    words = name.split()
    while len(words) > 1 and plain(words[0]).strip(",") in TITLES:
        words = words[1:]
    return " ".join(words).strip(" ,")


def full_name(name: str, offset: int, context: Context) -> str:
    """A surname becomes the fullest name of the same person the article gives, preferring
    the nearest earlier mention ("Bevz" → "Oleksandr Bevz"); spelling variants of the
    surname count ("Kislisha" ~ "Kislysha")."""
    name = strip_titles(name)
    words = name.split()
    longer = {
        n for n in {n for _, n in context.names}
        if len(n.split()) > len(words) and same_surname(n, words[-1]) and _shares_given(n, words)
    }
    fuller = [(start, n) for start, n in context.names if n in longer]
    if not fuller and len(words) == 1:
        if words[0] not in context.untagged:
            context.untagged[words[0]] = _untagged_full_names(words[0], context)
        fuller = context.untagged[words[0]]
    if not fuller:
        return name
    earlier = [f for f in fuller if f[0] < offset]
    return (earlier[-1] if earlier else fuller[0])[1]


def _untagged_full_names(surname: str, context: Context) -> list[tuple[int, str]]:
    """"Ukrainian delegate Oleksandr Bevz": proper nouns right before the surname, for the
    names the tagger did not mark as a person."""
    found: list[tuple[int, str]] = []
    pattern = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3})" + re.escape(surname) + r"\b")
    for match in pattern.finditer(context.article.text):
        span = context.doc.char_span(match.start(), match.start(1) + len(match.group(1)) - 1,
                                     alignment_mode="expand")
        if span is None or context.inside_quote(match.start()):
            continue
        untitled = [t for t in span if not is_title(t)]
        given = [t for t in untitled if t.pos_ == "PROPN"]
        if given and len(given) == len(untitled):
            found.append((match.start(), " ".join([*(t.text for t in given), surname])))
    return found


def is_title(token: Token) -> bool:
    return plain(token.text) in TITLES or plain(token.lemma_) in TITLES


def same_surname(candidate: str, surname: str) -> bool:
    last = candidate.split()[-1]
    if last.lower() == surname.lower():
        return True
    # Transliteration variants share their start ("Kislisha" ~ "Kislysha"); "Anderson" and
    # "Sanders" are close by edit distance but are not one name.
    a, b = last.lower(), surname.lower()
    return len(b) >= 5 and a[:2] == b[:2] and fuzz.ratio(a, b) >= 80


def _shares_given(candidate: str, words: list[str]) -> bool:
    """"Donald Trump" may stand for "Donald John Trump" but not for "Melania Trump"."""
    given = {w.lower() for w in words[:-1]}
    return not given or bool(given & {w.lower() for w in candidate.split()[:-1]})
