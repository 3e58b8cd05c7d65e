"""Towns the model types as organisations, told by the gazetteer and the story's own places.

"Just before 8am crews requested the attendance of an incident support unit from Yeovil"
(ECB+ 14_7ecbplus): the small model tags the town ORG, nothing in the sentence says what it
is, and WordNet does not list it. GeoNames does: every town of 15,000 people or more, with
where it lies (``cities15000.txt``, as the geotext package ships it). A name the model alone
calls an organisation (no list, media noun or company word says so) is a town when the
gazetteer has a town of that name within ``NEAR_KM`` of a town the same report names as a
place: Yeovil lies 45 km from the Wellington (Somerset) of that report. "Wimborne, UK's
Cobham will manufacture refueling equipment" (MEANTIME airbus 102977, a company) names no
town near the Cobham of Surrey; the London of other reports does not count. "Toyota" (a
Japanese city) is no town in a story about Detroit's car makers, nor "Angers" (a
spokeswoman's surname, MEANTIME airbus) beside Paris and Toulouse. A town is also written
as one somewhere: the model calls it a place, or a place preposition stands before it ("from
Yeovil"); a football club named after its town never is ("Watford beat Chelsea 2-1", near
London; "Reading", "Getafe"), nor a company beside its town ("Nokia", by Tampere).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from storydesk.article import Article
from storydesk.link.context import LOCATIVE
from storydesk.link.names import fold
from storydesk.link.surface import LOCATIVE_WEIGHT, Form, decide

NEAR_KM = 60  # a county's towns (Yeovil to Wellington, Somerset: 45 km); not a country's
_EARTH_KM = 6371.0
Point = tuple[float, float]  # latitude, longitude in degrees


def near_towns(name: str, places: list[str]) -> bool:
    """The gazetteer has a town called ``name`` within ``NEAR_KM`` of a town called by one
    of ``places``."""
    here = towns().get(fold(name), ())
    if not here:
        return False
    around = [point for place in places for point in towns().get(fold(place), ())]
    return any(_km(a, b) <= NEAR_KM for a in here for b in around)


def towns_are_places(forms: list[Form], articles: Sequence[Article]) -> None:
    """Retype the story's organisations that are towns near its places and written as
    places somewhere (see the module)."""
    texts = {article.id: article for article in articles}
    places: dict[str, list[str]] = {}  # article -> the towns it names as places
    for place in forms:
        if place.type == "LOC" and place.mentions and place.key in towns():
            for article in place.articles:
                places.setdefault(article, []).append(place.key)
    heads = {f.key.split()[0] for f in forms if f.type == "ORG" and " " in f.key}
    for form in forms:
        if form.type != "ORG" or not form.mentions or form.key in heads:
            continue
        labelled = sum(m.label == "ORG" for m in form.mentions)
        if form.votes["ORG"] > labelled or form.mentions[0].text.isupper():
            continue  # a list, a media noun or a corporate word says organisation; "CCTV"
        written = (_written_as_place(texts.get(m.article), m.index, m.label) for m in form.mentions)
        if not any(written):
            continue  # "Watford beat Chelsea 2-1": clubs, though towns near London
        if near_towns(form.key, [p for a in form.articles for p in places.get(a, [])]):
            form.votes["LOC"] += LOCATIVE_WEIGHT * len(form.mentions)
            form.place_evidence += 1
            decide(form)


def _written_as_place(article: Article | None, index: int, label: str) -> bool:
    """The model calls the mention a place, or a place preposition or "from" stands right
    before it ("an incident support unit from Yeovil", ECB+ 14_7ecbplus)."""
    if label in _PLACE_LABELS:
        return True
    if article is None or not 0 <= index < len(article.entities):
        return False
    start = article.entities[index].start
    before = article.text[max(0, start - _BEFORE_CHARS) : start].casefold().split()
    return bool(before) and before[-1] in _PLACED_AFTER


_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PLACED_AFTER = LOCATIVE | {"from"}  # where a thing comes from: "a unit from Yeovil"
_BEFORE_CHARS = 20


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[Point, ...]]:
    """Folded town name (its name and its ASCII name) -> where the towns of that name lie."""
    found: dict[str, list[Point]] = {}
    data = resources.files("geotext") / "data" / "cities15000.txt"
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split("\t")
            point = (float(fields[4]), float(fields[5]))
            for name in {fold(fields[1]), fold(fields[2])}:
                found.setdefault(name, []).append(point)
    return {name: tuple(points) for name, points in found.items()}


def _km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))
