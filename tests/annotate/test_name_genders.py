"""The given-name table (``annotate.name_genders``): read from the package, thresholds on it."""

from __future__ import annotations

import pytest

from storydesk.annotate import name_genders


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("Mark", "male"), ("Jack", "male"), ("Bettie", "female"),  # 0.997, 0.996, 0.998
        ("Jean", None), ("Andrea", None), ("Simone", None), ("Michele", None),  # 0.95-0.99
        ("Gene", None), ("Jordan", None),  # 0.948 and 0.74 male
        ("Ketsoyan", None),  # no given name in the US counts
    ],
)
def test_a_name_says_a_gender_only_when_nearly_always_given_to_it(
    given: str, gender: str | None
) -> None:
    assert name_genders.name_gender(given) == gender


def test_a_missing_table_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(name_genders, "TABLE", ("data", "no_such_table.tsv"))
    name_genders._genders.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=r"no_such_table\.tsv"):
            name_genders.name_gender("Mark")
    finally:
        name_genders._genders.cache_clear()
