"""A surface form of the cast: every mention written the same way once folded, with its votes.

A form is every mention written the same way once folded ("Zelenskyy’s" and "Zelenskyy" are one
form). The model's label is one vote per mention; the story's evidence votes beside it
(weight 3 each, ``kinds``): "in X" and a place noun ("the regions of X", "X district") for a
place, a title for a person, a media noun ("X news agency") for an organisation. The type is
the vote's winner (``decide``). ``forms.collect`` builds the forms; ``retype`` and ``rehome``
settle them against the rest of the story.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from storydesk.annotate.name_words import LEADING_NOISE, SUFFIXES
from storydesk.article import Article
from storydesk.link import context, kinds, things, works
from storydesk.link.names import (
    FACILITY_WORDS,
    ParsedName,
    after_possessive,
    fold,
    parse,
    strip_possessive,
)
from storydesk.link.orgs import is_corporate

COARSE = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}

LOCATIVE_WEIGHT = 3

TIE_ORDER = {"PER": 0, "LOC": 1, "ORG": 2}

NAME_WORDS = 3  # a person's name as written: given name(s) and surname


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
    product: bool = False  # the text names a thing by it ("the Aura sedan", ``things``)
    modifier: bool = False  # a common noun follows it in lower case ("a CCTV operator")
    quoted: bool = False  # written alone between quote marks: a work's title (``things``)
    nickname: bool = False  # introduced as a name one goes by ("known as"): no title
    # Where ``role`` is written, when it is beside the name: "Prime Minister of Canada" of
    # "Stephen Harper, Prime Minister of Canada," (MEANTIME gm); (0, 0) when it is not.
    role_span: tuple[int, int] = (0, 0)


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
    # position (mention index) it is written at (``written_untagged``).
    written: dict[str, int] = field(default_factory=dict)
    # Cut names of it joined it ("Surrey Fire" + "and Rescue", ``rehome``): between its
    # spellings written as often, the whole name is the entity's name.
    completes: bool = False

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


def mention_votes(mention: Mention) -> Counter[str]:
    """The model's label (one vote) and what the words around the mention say (three each)."""
    votes: Counter[str] = Counter()
    if mention.locative:
        votes["LOC"] += LOCATIVE_WEIGHT  # "in X" overrides the label: it is rarely wrong
    else:
        votes[COARSE.get(mention.label, mention.label)] += 1
    for kind, present in (
        ("LOC", mention.place),
        ("ORG", mention.media),
        ("PER", mention.titled),
        (things.PRODUCT, mention.product),
    ):
        if present:
            votes[kind] += LOCATIVE_WEIGHT
    return votes


def decide(form: Form) -> None:
    # Ties go to the rarer-in-error reading: a person, then a place, then the rest.
    form.type = max(form.votes, key=lambda kind: (form.votes[kind], -TIE_ORDER.get(kind, 9)))
    if form.type == "ORG" and names_a_facility(form.key):
        form.type = "LOC"  # the model calls "Promises Treatment Center" ORG or FAC at random
    elif form.type == "PER" and corporate_name(form.key):
        form.type = "ORG"  # "Saturn Corporation" tagged PERSON (MEANTIME gm 127461)


def corporate_name(key: str) -> bool:
    """The name ends in a corporate suffix of three letters or more ("saturn corporation",
    "chrysler llc"): a company, never a person; two-letter legal forms ("ag", "se", "sa")
    are too often a piece of a person's name to tell."""
    words = key.split()
    return is_corporate(key) and len(words[-1]) >= _SUFFIX_LETTERS


_SUFFIX_LETTERS = 3


def names_a_facility(key: str) -> bool:
    words = key.split()
    return len(words) >= 2 and words[-1] in FACILITY_WORDS


def read_mention(article: Article, index: int) -> Mention:
    entity = article.entities[index]
    text = strip_possessive(_unquoted(entity.text.strip()))
    start, end = entity.start, entity.end
    known = 0 <= start < end <= len(article.text)
    role, role_start, role_end = ("", 0, 0)
    if known:
        role, role_start, role_end = _role_beside(article.text, text, start, end)
    return Mention(
        article=article.id,
        index=index,
        text=text,
        label=entity.type,
        locative=known and context.is_locative(article.text, start),
        role=role,
        place=known
        and (
            kinds.place_word(article.text, start, end)
            or kinds.residence(article.text, start, end, entity.type)
        ),
        media=kinds.newspaper_name(text, entity.type)
        or (known and kinds.media_word(article.text, end)),
        titled=known
        and (kinds.titled(article.text, start) or kinds.personal(article.text, start, end)),
        role_span=(role_start, role_end),
        modifier=known and things.modifies_noun(article.text, end),
        quoted=known and works.quoted_title(article.text, start, end),
        nickname=known and works.named_as(article.text, start),
        # A nationality before a product is its adjective ("an Indian warship", ECB+ 12),
        # and a country's name its owner ("Two US warships", "Israel jets struck Gaza"):
        # a name the model calls a nationality or a country is never voted a product.
        product=entity.type not in _NEVER_PRODUCTS
        and (
            things.model_plural(text)
            or (known and things.product_context(article.text, start, end, entity.type))
        ),
    )


def _role_beside(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The title written beside the name at ``start:end`` (``context``): before it ("US
    President Barack Obama"), after it in apposition ("Jim Press, the Vice Chairman of
    Chrysler."), after the period of a suffix the name ends in ("said William Clay Ford Jr.,
    executive chairman of Ford Motor Co.", MEANTIME gm 123881, whose span the model ends
    before the period), or an owner's title before the name in apposition ("the brainchild
    of Ford's Chief Executive Officer, William Clay Ford Jr., is", gm 31706). The owner's
    possessive is asked for there: "after meeting the Prime Minister, Smith said" gives
    Smith no title."""
    found = context.role_span_before(text, start)
    if not found[0]:
        after = end + 1 if _suffix_period(text, name, end) else end
        found = context.role_span_after(text, after)
    if not found[0] and text[max(0, start - 2) : start] == ", ":
        owned = context.role_span_before(text, start - 2)
        if owned[0] and _POSSESSIVE_BEFORE.search(text, max(0, owned[1] - _WINDOW), owned[1]):
            found = owned
    return found


def _suffix_period(text: str, name: str, end: int) -> bool:
    words = name.split()
    return bool(words) and fold(words[-1]) in SUFFIXES and text[end : end + 1] == "."


_NEVER_PRODUCTS = frozenset({"NORP", "GPE"})
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_WINDOW = 40


def _unquoted(text: str) -> str:
    """The span without a quote mark it does not close: the model's 'the "America's Most
    Wanted' (ECB+ 16_6ecbplus, 'his appearance on the "America's Most Wanted" television
    show') is 'the America's Most Wanted', not a name with a stray mark in the cast."""
    if sum(c in works.DOUBLE_QUOTES for c in text) % 2 == 0:
        return text  # none, or a pair: 'Bob "The Builder" Smith' keeps them
    return " ".join("".join(c for c in text if c not in works.DOUBLE_QUOTES).split())



def cut_to_part(mention: Mention, key: str) -> Mention:
    """The mention cut to the words that fold to ``key``, the words around it its role."""
    written = mention.text.split()
    for start in range(len(written)):
        for end in range(len(written), start, -1):
            if form_key(" ".join(written[start:end])) == key:
                role = " ".join(written[:start] + written[end:])
                return replace(mention, text=" ".join(written[start:end]), role=role)
    return mention


def cut_to_tail(mention: Mention, key: str) -> Mention:
    """The mention cut to its last words that fold to ``key``, the rest its role."""
    written = mention.text.split()
    for cut in range(len(written) - 1, 0, -1):
        if form_key(" ".join(written[cut:])) == key:
            head = [w for w in written[:cut] if fold(w) not in LEADING_NOISE]
            return replace(mention, text=" ".join(written[cut:]), role=" ".join(head))
    return mention
