"""Names of one country, from ISO 3166 (pycountry) and the CLDR's English names (Babel).

News writes a country by its short name, its official name or an older one: "the United
States" / "the United States of America" (MEANTIME airbus), "Russia" / "the Russian
Federation", "China" / "the People's Republic of China", "Burma" / "Myanmar". Every such
spelling maps to one key, the CLDR's English name folded, so that ``names.canonical_place``
makes them one place. Names ISO writes inverted ("Korea, Republic of") are no written form
and are left out; a CLDR name with a bracketed alternative ("Myanmar (Burma)") gives both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydesk.annotate.name_words import LEADING_NOISE


def country_key(key: str) -> str:
    """The one key of the country a folded place name names, or the name itself."""
    return _country_names().get(key, key)


def is_country(key: str) -> bool:
    """A folded name is one of a country's names."""
    return key in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import pycountry
    from babel import Locale

    english = Locale("en").territories
    names: dict[str, str] = {}
    for country in pycountry.countries:
        common = english.get(country.alpha_2)
        if not common:
            continue
        spellings = re.split(r"\s*[()]\s*", common)
        key = _key(spellings[0])
        for field in ("name", "official_name", "common_name"):
            spellings.append(getattr(country, field, "") or "")
        for spelling in spellings:
            if spelling and "," not in spelling:
                names.setdefault(_key(spelling), key)
    return names


def _key(text: str) -> str:
    from storydesk.link.names import fold

    tokens = fold(text).split()
    while len(tokens) > 1 and tokens[0] in LEADING_NOISE:
        tokens.pop(0)
    return " ".join(tokens)
