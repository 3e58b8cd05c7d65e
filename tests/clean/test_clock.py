"""The one definition of a clock time (``clean.datelines``), as its three readers use it."""

from __future__ import annotations

import re

from storydesk.clean.datelines import CLOCK, ZONED_CLOCK

_CLOCK = re.compile(rf"(?:{CLOCK})", re.I)
_ZONED = re.compile(rf"(?:{ZONED_CLOCK})", re.I)


def test_clock_times_in_running_text() -> None:
    # the example's FT, ECB+ 16_10ecbplus and 8_7ecbplus as ECB+ tokenises them, a.m./pm
    for text in ("21:17", "9 : 00 PM", "9 : 03am", "10 a.m.", "5pm", "10.30 pm", "11:45 A.M."):
        assert _CLOCK.fullmatch(text), text


def test_a_number_with_a_point_is_a_time_only_before_a_zone() -> None:
    assert not _CLOCK.search("2.45 million") and not _CLOCK.search("rose 11.30 percent")
    assert _ZONED.fullmatch("22.34")  # "22.34 BST": the zone's reader adds the form


def test_minutes_are_two_digits() -> None:
    # a journal's volume and pages; a scale
    assert not _CLOCK.search("Anaesthesiol. 2015; 28: 685-690") and not _CLOCK.search("1:1000")
