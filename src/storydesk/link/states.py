"""States and provinces written abbreviated: "Newport Beach, Calif.", "Mich. office shooting".

News agencies abbreviate a state after a town and in headlines (the AP's "Calif.", "Mich.",
"Tenn.", "Fla."), while the same story writes "California" elsewhere (ECB+ 1: "Calif" and
"California" were two places of the cast; ECB+ 18 "Mich" and "Michigan"). The full names
come from ISO 3166-2 (pycountry: the states of the United States, the provinces of Canada,
the states of Australia), not from a list of abbreviations: a short word written with its
period is a state's name when its letters appear in that order in exactly one such name
that starts with the same letter ("Calif" in California, "Fla" in Florida, "Ky" in
Kentucky), a state of the United States first ("Pa." is Pennsylvania before Prince Edward
Island). Between two of one country ("Mo": Missouri, Montana, Minnesota …), the one the
story names, else no guess. The period is required: "Mesa" (a town) also fits Minnesota's letters.
"""

from __future__ import annotations

from functools import lru_cache

from storydesk.link.names import fold

# Countries whose news abbreviates its states or provinces after a town name.
_COUNTRIES = ("US", "CA", "AU")
_MAX_LETTERS = 5  # "Calif", "Mass", "Tenn"; longer words are names, not abbreviations


def expansion(key: str, story_places: set[str]) -> str | None:
    """The folded name of the state ``key`` abbreviates, or None."""
    if not 2 <= len(key) <= _MAX_LETTERS or not key.isalpha():
        return None
    for country in _COUNTRIES:  # the United States' first: "Pa." is Pennsylvania, not PEI
        names = _state_names(country).get(key[0], ())
        fits = [name for name in names if _in_order(key, name)]
        if len(fits) > 1:
            fits = [name for name in fits if name in story_places]
            return fits[0] if len(fits) == 1 else None
        if fits:
            return fits[0] if fits[0] != key else None
    return None


def spelled_out(full: str) -> str | None:
    """The state's name as ISO 3166-2 writes it ("Arizona" for the folded "arizona" that
    ``expansion`` gives "ariz"), or None."""
    return _display_names().get(full)


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    import pycountry

    return {
        fold(division.name): division.name
        for country in _COUNTRIES
        for division in pycountry.subdivisions.get(country_code=country) or []
    }


def _in_order(short: str, name: str) -> bool:
    letters = iter(name)
    return all(letter in letters for letter in short)


@lru_cache(maxsize=len(_COUNTRIES))
def _state_names(country: str) -> dict[str, tuple[str, ...]]:
    """A country's folded state and province names, by first letter."""
    import pycountry

    names: dict[str, set[str]] = {}
    for division in pycountry.subdivisions.get(country_code=country) or []:
        if division.type in ("State", "Province", "Territory"):
            name = fold(division.name)
            names.setdefault(name[:1], set()).add(name)
    return {letter: tuple(sorted(group)) for letter, group in names.items()}
