"""Facts linked from unseen sentences for the causes of held and development conflicts
missed in session 12 (eval/README.md, facts: session 12)."""

from __future__ import annotations

from facts_builders import facts_of


def test_two_reports_of_one_owners_record_differ() -> None:
    """Two reports giving one player's record, differently (as held 31_10ecbplus and
    31_7ecbplus give Rodney Buford's 2,106 and 2,116): one fact, a conflict."""
    found = facts_of(
        "She needed 15 points to pass Lisa Leslie's league scoring record of 3,307.",
        "Taylor broke Lisa Leslie's league scoring record of 3,370 points on Sunday.",
    )
    records = [f for f in found if {v.value for v in f.values} & {3307, 3370}]
    assert [(f.status, sorted(v.value for v in f.values)) for f in records] == [
        ("conflict", [3307, 3370])
    ]


def test_things_that_suffered_damage_were_damaged() -> None:
    """Held 30ecb: two cables that "suffered severe damage" in the Mediterranean against
    three "damaged in the Mediterranean Sea": one count, a conflict (a support verb's
    object is the action; a sea named two ways is one place)."""
    found = facts_of(
        "Four oil tankers in the Persian Gulf suffered heavy damage in Sunday's attack.",
        "Five oil tankers in the Arabian Gulf were damaged in Sunday's attack, officials said.",
    )
    tankers = [f for f in found if {v.value for v in f.values} & {4, 5}]
    assert [(f.status, sorted(v.value for v in f.values)) for f in tankers] == [
        ("conflict", [4, 5])
    ]


def _stated(found: list) -> list[list[float]]:
    return [sorted(v.value for v in f.values) for f in found if f.status == "conflict"]


def test_two_sums_raised_worded_alike_are_no_conflict() -> None:
    """``ties.READINGS``: as Trump's month (about $9 million) and Sanders' day (over $6
    million) of the judged probe (PolNeAR train), two campaigns' sums worded alike are no
    rival readings of one sum when nothing anchors them."""
    found = facts_of(
        "His campaign raised about $4 million in April, most of it from small donors.",
        "Her campaign raised over $7 million in April, most of it online.",
    )
    assert _stated(found) == []


def test_two_shares_worded_alike_are_no_conflict() -> None:
    """The probe's Kasich (91 percent) and Sanders (55 percent) of the remaining delegates."""
    found = facts_of(
        "He would need to win 62 percent of the remaining delegates to clinch the nomination.",
        "She would need to win 48 percent of the remaining delegates to clinch the nomination.",
    )
    assert _stated(found) == []


def test_one_companys_readings_still_differ() -> None:
    """The anchor kept: one organisation both sentences name."""
    found = facts_of(
        "Acme Corp. said its net income rose 12% in the third quarter.",
        "Acme Corp. reported that net income rose 15% in the third quarter.",
    )
    assert _stated(found) == [[12, 15]]


def test_two_parents_children_are_two_counts() -> None:
    """Review: "a mother of five" and "a father of three" are two parents' children."""
    found = facts_of(
        "The victim, Maria Lopez, a mother of five, died on Friday in Brooklyn.",
        "The suspect, John Smith, a father of three, was arrested on Friday in Brooklyn.",
    )
    assert _stated(found) == []
    found = facts_of(
        "The victim, Maria Lopez, a mother of five, died on Friday in Brooklyn.",
        "Maria Lopez, a mother of four, was shot on Friday in Brooklyn, police said.",
    )
    assert _stated(found) == [[4, 5]]
