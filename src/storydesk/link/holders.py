"""Who holds a reading, as the story names them (``HolderKey``), and whether two holders are
two (``other_holders``): ``annotate.measure_holder`` reads the holder's words and where a
mention of it starts; ``evidence.apart`` keeps two holders' readings of one act apart. Split
from ``subjects`` (STYLE 10: modules under ~400 lines)."""

from __future__ import annotations

from dataclasses import dataclass

from storydesk.annotate.doers import NAMED_TYPES
from storydesk.article import Article, Figure
from storydesk.link.orgs import abbreviates, org_key
from storydesk.link.subjects import SpellingIndex, bare_name, in_article, one_organisation


@dataclass(frozen=True, slots=True)
class HolderKey:
    """Who holds a reading, as the story names them (STYLE 14: compared as data)."""

    person: bool  # a person (compared by surname), else an organisation, group or country
    entity: str  # the story entity id; for a name the model typed nothing, its folded words
    surname: str = ""  # the name's last word, folded, dots left out
    name: str = ""  # the entity's name as the story writes it ("U.N", "United Nations")
    resolved: bool = True  # a story entity; else a typed mention the cast left out


def holder_key(article: Article, figure: Figure, index: SpellingIndex) -> HolderKey | None:
    """The holder of a reading (``Figure.holder``: "Smith won 52 percent"), resolved through
    the article's mention that starts there to a story entity ("U.N." to the entity the story
    spells "U.N"; "Sanders" to Bernie Sanders). None when it resolves to nothing: an unknown
    holder keeps nothing apart (review, session 13). A name the model typed nothing, which
    ``measure_holder`` reads only as two or more capitalised proper nouns ("Mayor Ana Ruiz"),
    is a person's by its words."""
    if not figure.holder:
        return None
    mention = next((m for m in article.entities
                    if m.start <= figure.holder_start < m.end), None)  # fmt: skip
    bare = bare_name(mention.text if mention is not None else figure.holder)
    entity_id, kind, name = index.get(
        in_article(article.id, bare), index.get(bare.casefold(), ("", "", ""))
    )
    if entity_id and kind == "PERSON":
        return HolderKey(True, entity_id, _last_name(name), name)
    if entity_id and kind in NAMED_TYPES:
        return HolderKey(False, entity_id, _last_name(name), name)
    if mention is None and not entity_id and len(bare.split()) > 1:
        return HolderKey(True, bare.casefold(), _last_name(bare), bare)
    if mention is not None and not entity_id and mention.type in NAMED_TYPES - {"PERSON"}:
        # a group the cast leaves out ("Republicans", "Democrats": NORP), by its mention
        key = org_key(bare.casefold())
        return HolderKey(False, key, _last_name(key), bare, resolved=False)
    return None


def other_holders(left: HolderKey, right: HolderKey) -> bool:
    """Two holders for certain. Two people when their surnames differ ("bill clinton" and
    "hillary clinton" stay one, as a surname alone says nothing of which one a report meant;
    "Sanders" and "Bernie Sanders" are one). Two organisations, groups or countries when the
    story resolves them to two entities, unless one name abbreviates the other ("U.N." and
    "United Nations", written in capitals or with dots); "South Korea" and "North Korea",
    "Sudan" and "South Sudan" are two (review, session 13). When one of them is a person,
    surnames decide: the small model types one of two candidates an organisation now and
    then ("Rubio" ORG beside "Cruz" PERSON), and a person named like an organisation ("Trump"
    typed ORG in one report) is one by the surname."""
    if left.person or right.person:
        return left.surname != right.surname
    if left.entity == right.entity:
        return False
    if not (left.resolved and right.resolved) and one_organisation(
        org_key(left.name.casefold()), org_key(right.name.casefold())
    ):
        return False  # a mention no story entity holds: "Tesla" and "Tesla Inc." are one
    short, long = sorted((left.name, right.name), key=len)
    initials = short.replace(".", "")
    written = "." in short or (initials.isupper() and " " not in initials)
    return not (written and abbreviates(initials.casefold(), long.casefold()))


def _last_name(name: str) -> str:
    words = name.casefold().replace(".", "").split()
    return words[-1] if words else ""
