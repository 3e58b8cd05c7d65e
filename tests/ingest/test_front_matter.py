"""Front matter of plain-text inputs: never crashes, round-trips simple key/value pairs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydesk.ingest.text import FIELD_ALIASES, FIELDS, split_front_matter

# Values as people write them: one line, no surrounding quotes or spaces to strip.
VALUES = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\"'"
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
BODIES = st.text(max_size=200).filter(lambda body: not body.startswith("---"))


@given(st.text(max_size=400))
def test_never_crashes_and_body_is_a_suffix(text: str) -> None:
    meta, body = split_front_matter(text)
    assert text.endswith(body)
    assert set(meta) <= {FIELD_ALIASES.get(key, key) for key in FIELDS}


@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), VALUES, max_size=5), BODIES)
def test_round_trips_key_value_pairs(pairs: dict[str, str], body: str) -> None:
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs.items()) + "---\n" + body
    meta, rest = split_front_matter(text)
    expected: dict[str, str] = {}
    for key, value in pairs.items():  # aliases fold onto one field; the later line wins
        expected[FIELD_ALIASES.get(key, key)] = value
    assert (meta, rest) == (expected, body)


def test_no_front_matter_leaves_text_alone() -> None:
    assert split_front_matter("title: not front matter\nbody") == (
        {},
        "title: not front matter\nbody",
    )
