"""Link facts: figures aligned into fact slots with agree/conflict/update/single.

Staged: figures are blocked by the thing they count ("people killed", "point"), then joined
into slots on positive evidence that they measure one thing (``evidence``: the same owner,
the same place of an event, shared words around the numbers) and nothing saying they differ,
then split by value where one article itself gives two values for a slot.

Decisions:
- A false conflict is worse than a missed one (the brief states each as "Reports differ"),
  so two different values share a slot only on strong evidence, checked directly between
  every such pair; without it they stay separate ``single`` facts.
- One article giving two different values for one slot is evidence that they are two
  different things (the original and the revised cap, the 28-point and the 20-point plan),
  so such a slot is split by value: its values never conflict with each other.
- ``update`` needs a strictly later publication date for the higher value and a lower-bound
  qualifier ("at least", "more than") on every lower one. On the same day, differing counts
  from different outlets are a ``conflict``: nothing says which came last.
- ``conservative`` is the lowest value reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from storydesk.ids import stable_id, unique_ids
from storydesk.link.evidence import apart, strong, weak
from storydesk.link.slots import FigureContext, contexts
from storydesk.options import Options
from storydesk.story import Fact, FactValue, Story

LOWER_BOUNDS = frozenset(
    {"at least", "more than", "over", "at minimum", "no fewer than", "no less than",
     "upwards of", "in excess of"}
)  # fmt: skip
APPROXIMATE = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to",
     "an estimated", "estimated", "up to"}
)  # fmt: skip
# Approximate values this close (relative to the larger) are one value said loosely.
APPROXIMATE_TOLERANCE = 0.1
STATUS_ORDER = {"conflict": 0, "update": 1, "agree": 2, "single": 3}


def align(story: Story, options: Options) -> Story:
    facts: list[Fact] = []
    for block in _blocks(contexts(story)).values():
        for cluster in _cluster(block):
            parts = split_by_value(cluster)
            facts.extend(_fact(part, by_value=len(parts) > 1) for part in parts)
    facts.sort(key=lambda f: (STATUS_ORDER[f.status], -len({v.article for v in f.values})))
    ids = unique_ids([stable_id("f", fact.slot) for fact in facts])
    for fact, fact_id in zip(facts, ids, strict=True):
        fact.id = fact_id
    story.facts = facts
    return story


def _blocks(found: Iterable[FigureContext]) -> dict[str, list[FigureContext]]:
    blocks: dict[str, list[FigureContext]] = defaultdict(list)
    for item in found:
        blocks[item.thing].append(item)
    return blocks


def _cluster(block: list[FigureContext]) -> list[list[FigureContext]]:
    """Greedy: figures with a version marker seed slots first, the rest join the best fit.

    A figure joins a slot when nothing separates it from any member, it is tied to every
    member of a different value (a conflict needs direct evidence, never a chain), and it is
    tied to at least one member of its own value.
    """
    clusters: list[list[FigureContext]] = []
    for item in sorted(block, key=lambda c: c.version is None):
        fits = [c for c in clusters if _joins(item, c)]
        if fits:
            max(fits, key=lambda c: _fit(item, c)).append(item)
        else:
            clusters.append([item])
    return clusters


def _joins(item: FigureContext, cluster: list[FigureContext]) -> bool:
    if any(apart(item, member) for member in cluster):
        return False
    same = [m for m in cluster if m.figure.value == item.figure.value]
    differing = [m for m in cluster if m.figure.value != item.figure.value]
    if not all(strong(item, member) for member in differing):
        return False
    return not same or any(weak(item, member) for member in same)


def _fit(item: FigureContext, cluster: list[FigureContext]) -> tuple[bool, int, int]:
    """Prefer the slot that already holds this value, then shared places and words."""
    same_value = any(m.figure.value == item.figure.value for m in cluster)
    shared_places = max(len(item.places & m.places) for m in cluster)
    shared_words = max(len(item.context & m.context) for m in cluster)
    return same_value, shared_places, shared_words


def split_by_value(cluster: list[FigureContext]) -> list[list[FigureContext]]:
    per_article: dict[str, set[float]] = defaultdict(set)
    for item in cluster:
        per_article[item.article.id].add(item.figure.value)
    if all(len(values) == 1 for values in per_article.values()):
        return [cluster]
    by_value: dict[float, list[FigureContext]] = defaultdict(list)
    for item in cluster:
        by_value[item.figure.value].append(item)
    return list(by_value.values())


def _fact(slot: list[FigureContext], by_value: bool) -> Fact:
    values = [
        FactValue(
            value=c.figure.value,
            qualifier=c.figure.qualifier,
            article=c.article.id,
            sentence=c.figure.sentence,
            text=c.figure.text,
        )
        for c in slot
    ]
    numbers = [v.value for v in values]
    return Fact(
        id="",
        # A slot told apart by its value is named by it: "points in the revised plan: 19".
        slot=slot_label(slot) + (f": {numbers[0]:g}" if by_value else ""),
        status=status(slot),
        conservative=min(numbers),
        range=(min(numbers), max(numbers)),
        values=values,
    )


def status(slot: list[FigureContext]) -> str:
    if len({c.article.id for c in slot}) == 1:
        return "single"
    if len({c.figure.value for c in slot}) == 1 or _approximately_equal(slot):
        return "agree"
    return "update" if _is_update(slot) else "conflict"


def _qualifier(item: FigureContext) -> str:
    return (item.figure.qualifier or "").casefold().strip()


def _approximately_equal(slot: list[FigureContext]) -> bool:
    """'roughly 20' and '19' agree: values close together, and at most one of them exact."""
    low = min(c.figure.value for c in slot)
    high = max(c.figure.value for c in slot)
    exact = {c.figure.value for c in slot if _qualifier(c) not in APPROXIMATE}
    return len(exact) <= 1 and high > 0 and (high - low) / high <= APPROXIMATE_TOLERANCE


def _is_update(slot: list[FigureContext]) -> bool:
    """Every lower value is a lower bound and a later article reports more."""
    high = max(c.figure.value for c in slot)
    for item in slot:
        if item.figure.value == high:
            continue
        if _qualifier(item) not in LOWER_BOUNDS:
            return False
        published = item.article.published or ""
        if not any(
            later.figure.value > item.figure.value and (later.article.published or "") > published
            for later in slot
        ):
            return False
    return True


def slot_label(slot: list[FigureContext]) -> str:
    """Human-readable: counted thing, the object it belongs to, its version, the places."""
    # Event slots read best canonical ("people killed"); others in the articles' own words.
    thing = slot[0].thing if slot[0].event else _most_common(c.figure.counts for c in slot)
    thing = thing or slot[0].thing
    version = None if slot[0].event else _most_common(c.version for c in slot)
    compound = _most_common(c.compound for c in slot)
    label = thing
    if compound:
        label = f"{thing} in the {version + ' ' if version else ''}{compound}"
    elif version:
        label = f"{thing} ({version})"
    if slot[0].event:
        label += _places_label(slot)
    return label


def _places_label(slot: list[FigureContext]) -> str:
    """The places most of the slot's sentences name: ' — Kyiv'."""
    # Counted in the order the sentences name them (``place_names`` keeps it; the frozenset
    # ``places`` would order ties by string hash, a different label on every run).
    counts = Counter(place for c in slot for place in c.place_names)
    if not counts:
        return ""
    top = max(counts.values())
    names = {place: name for c in slot for place, name in c.place_names.items()}
    return " — " + ", ".join(names[p] for p, n in counts.most_common(3) if n == top)


def _most_common(items: Iterable[str | None]) -> str | None:
    counted = Counter(item for item in items if item)
    return counted.most_common(1)[0][0] if counted else None
