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


REVIEWED_PAIRS = [
    # Reviewers 1 (04:50) and 2 (05:00-05:01): one sum or share of one holder, two reports:
    # real conflicts, which a rule keeping readings apart on words (``ties.READINGS``, tried
    # in session 12 and withdrawn) lost
    ("The kidnappers demanded a ransom of $2 million for the engineer.",
     "The kidnappers demanded a ransom of $3 million for the engineer."),
    ("Turnout in the referendum was 62 percent, the electoral commission said.",
     "Turnout in the referendum was 58 percent, the electoral commission said."),
    ("A jury awarded $5 million to the family of the victim on Friday.",
     "A jury awarded $4 million to the family of the victim on Friday."),
    ("The unemployment rate rose to 7.2 percent in March, the government said.",
     "The unemployment rate rose to 7.4 percent in March, the government said."),
    ("The painting sold for $45 million at auction on Tuesday.",
     "The painting sold for $54 million at auction on Tuesday."),
    ("The house sold for $2.3 million last week, records show.",
     "The home fetched $2.8 million in the sale last week, records show."),
    ("The fire caused an estimated $30 million in damage to the cathedral.",
     "Damage to the cathedral from the fire was put at $50 million."),
    ("Regulators fined the bank $200 million over the scandal on Wednesday.",
     "The bank was hit with a $250 million fine by regulators over the scandal on Wednesday."),
    ("The gunmen sought $1 million for the hostages' release.",
     "A $2 million ransom was demanded for the hostages' release."),
]  # fmt: skip


def test_readings_of_one_predicate_still_differ() -> None:
    for first, second in REVIEWED_PAIRS:
        assert len(_stated(facts_of(first, second))) == 1, first


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
