"""A fact's label in plain words, rendered from its key (STYLE 14: labels are views).

"people killed in Kyiv", "points in the revised plan", "troop cap for Ukraine", "age of
Liubov Petrivna", "length": the quantity and what it is about, never a value or a
fragment of the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storydesk.link.slots import FigureContext

EVENT_LABELS = {
    "deaths": "people killed", "injuries": "people injured", "arrests": "people arrested",
    "evacuations": "people evacuated", "displaced": "people displaced",
    "rescues": "people rescued", "missing": "people missing", "abductions": "people abducted",
    "casualties": "casualties",
}  # fmt: skip
DIMENSION_LABELS = {
    "length": "distance", "mass": "weight", "area": "area", "volume": "volume",
    "speed": "speed", "frequency": "frequency", "duration": "duration",
    "temperature": "temperature", "power": "power", "energy": "energy", "percent": "share",
    "magnitude": "magnitude", "money": "amount",
}  # fmt: skip
VERSION_LABELS = {"original": "original", "revised": "revised", "other": "separate"}
# Words in a figure's sentence that make a count a limit on it ("troop cap", "a ceiling").
LIMIT_WORDS = ("cap", "ceiling", "limit", "limited", "limiting", "no more than", "maximum")


def label(slot: list[FigureContext], version: str | None, scope: str | None) -> str:
    first = slot[0]
    quantity = first.thing
    subject = _most_common(_subject_name(c) for c in slot)
    document = _most_common(c.compound for c in slot)
    if quantity in EVENT_LABELS:
        place = _place_name(slot, scope)
        return EVENT_LABELS[quantity] + (f" in {place}" if place else "")
    if quantity == "age":
        return f"age of {subject}" if subject else "age"
    if version and document:
        return f"{_counted(slot)} in the {VERSION_LABELS.get(version, version)} {document}"
    # read once (every member's sentence, case-folded), and only where the label uses it
    measured = quantity.split(":", 1)[0] in DIMENSION_LABELS  # ``_head`` reads no limit then
    limited = (not measured or bool(subject)) and _limited(slot)
    head = _head(slot, quantity, limited)
    if subject:
        head += f" of {subject}" if not limited else f" for {subject}"
    elif document:
        head += f" in the {document}"
    if version == "other":
        head += f" in the {VERSION_LABELS['other']} proposal"  # the European troop cap
    return head


def _head(slot: list[FigureContext], quantity: str, limited: bool) -> str:
    kind = quantity.split(":", 1)[0]
    if kind in DIMENSION_LABELS:
        name = DIMENSION_LABELS[kind]
        return name if ":" not in quantity else f"{name} in {quantity.split(':', 1)[1]}"
    noun = quantity if quantity == "troops" else _counted(slot)
    if limited:
        return f"{noun.rstrip('s') if noun.endswith('ps') else noun} cap"
    return noun


def _counted(slot: list[FigureContext]) -> str:
    """The counted noun as the articles write it ("points", "countries")."""
    nouns = [c.figure.counts.split()[0] for c in slot if c.figure.counts[:1].isalpha()]
    found = _most_common(nouns)
    return found or slot[0].thing.split(":", 1)[-1]


def _limited(slot: list[FigureContext]) -> bool:
    sentences = [c.article.sentences[c.figure.sentence].casefold() for c in slot
                 if 0 <= c.figure.sentence < len(c.article.sentences)]  # fmt: skip
    limited = sum(any(word in s for word in LIMIT_WORDS) for s in sentences)
    return limited * 2 > len(sentences)


def _subject_name(item: FigureContext) -> str | None:
    """The subject as the story names it: "Tony Thompson" for "the 40-year-old American"."""
    return item.subject_name


def _place_name(slot: list[FigureContext], scope: str | None) -> str | None:
    if scope is None:
        return None
    names = [c.place_names.get(scope) for c in slot]
    return _most_common(names)


def _most_common(items: Iterable[str | None]) -> str | None:
    """The item given most often, the first given on a tie (as ``Counter.most_common``,
    without building a Counter: three or four per label, bench_facts)."""
    counted: dict[str, int] = {}
    for item in items:
        if item:
            counted[item] = counted.get(item, 0) + 1
    return max(counted, key=counted.__getitem__) if counted else None
