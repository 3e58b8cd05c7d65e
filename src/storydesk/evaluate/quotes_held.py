"""The cut of PolNeAR train into the quotes evaluation's tuned and held parts.

A quarter of train is held (``held_part``: a hash of the file name, fixed before any tuning
on train, 2026-11, issue 9); held documents that were read since are moved to the tuned part
(``READ_FROM_HELD``, each with why), so the held part keeps only documents nobody has read.
Used by ``quotes_train`` and by the facts work part (``eval/gold/facts/WORK.md``), which must
hold none of the held part.
"""

from __future__ import annotations

import hashlib

_FACTS_WORK = "session 11, facts work labeller read its numeric paragraphs"

# Held documents that were read, and so moved to the tuned part: session 6 (2026-11-30)
# cited a sentence of each as the provenance of a cue rule in annotate/cues.py (f01b635),
# which makes them tuned, not held. The held part keeps only documents nobody has read.
READ_FROM_HELD = {
    # "As John Cornyn, the No. 2 in the GOP leadership, put it:" ("put it" as a cue).
    "wash-post_2016-03-18_why-obama-s-high-court-pick-migh": "session 6, cues.py 'put it'",
    # "the release said" (a document speaks for whoever put it out).
    "west-journal_2016-04-15_breaking-trump-campaign-just-mad": "session 6, cues.py 'release'",
    # Session 11 (2026-12-01): the facts work-part labeller (eval/gold/facts/WORK.md) read the
    # numeric paragraphs of held reports, and storydesk's facts errors on 20 of them, before
    # noticing they were held; nothing about quotes was written from them, but they are no
    # longer unread. These 22 are the held reports found in the work gold's versions
    # (commits 5d4f424..d5ed22f); WORK.md counts 24 read: two are in no record.
    "breitbart_2016-05-24_in-two-front-war-clinton-targets": _FACTS_WORK,
    "huff-post_2016-02-03_huffpollster-a-seismic-shift-amo": _FACTS_WORK,
    "huff-post_2016-03-16_donald-trump-got-more-votes-in-o": _FACTS_WORK,
    "huff-post_2016-04-27_bernie-sanders-suffered-a-big-bl": _FACTS_WORK,
    "huff-post_2016-06-08_chuck-grassley-compares-trump-s-": _FACTS_WORK,
    "nyt_2016-07-07_in-criticizing-clinton-hints-tha": _FACTS_WORK,
    "nyt_2016-08-11_new-emails-raise-queries-over-cl": _FACTS_WORK,
    "politico_2016-04-05_ted-cruz-wins-wisconsin-republic": _FACTS_WORK,
    "usa-today_2016-02-02_maybe-trump-hasn-t-rewritten-rul": _FACTS_WORK,
    "usa-today_2016-04-06_sanders-says-he-s-riding-momentu": _FACTS_WORK,
    "usa-today_2016-04-06_sanders-winning-streak-continues": _FACTS_WORK,
    "usa-today_2016-04-27_clinton-takes-pa-md-and-del-most": _FACTS_WORK,
    "usa-today_2016-06-07_did-donald-trump-really-scam-stu": _FACTS_WORK,
    "usa-today_2016-06-15_obama-rips-rhetoric-over-radical": _FACTS_WORK,
    "wash-post_2016-01-31_state-calls-emails-of-clinton-to": _FACTS_WORK,
    "wash-post_2016-02-02_no-clear-favorites-going-into-ne": _FACTS_WORK,
    "wash-post_2016-03-03_staffer-who-set-up-clinton-email": _FACTS_WORK,
    "wash-post_2016-09-07_republican-seeks-new-clinton-inq": _FACTS_WORK,
    "west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh": _FACTS_WORK,
    "west-journal_2016-04-26_judicial-watch-state-department-": _FACTS_WORK,
    "west-journal_2016-05-05_fbi-makes-final-preparations-to-": _FACTS_WORK,
    "west-journal_2016-06-13_omar-mateen-worked-with-departme": _FACTS_WORK,
}


def held_part(name: str) -> bool:
    """Whether a train document is in the held part: a quarter of train, cut by a hash of
    its file name so that the cut does not follow outlet or date (both are in the name),
    less the held documents that were read (``READ_FROM_HELD``)."""
    stem = name.removesuffix(".txt")
    if stem in READ_FROM_HELD:
        return False
    return hashlib.sha1(stem.encode("utf-8")).hexdigest()[0] in "0123"
