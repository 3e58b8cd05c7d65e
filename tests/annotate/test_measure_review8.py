"""What a figure measures, for the sentences of the second review of session 8 (2026-11-30):
who gives a figure, a count written onto an abbreviation, the things "two of them" counts."""

from __future__ import annotations

from figure_builders import annotated_figures

from storydesk.article import Article
from storydesk.options import Options


def _sources(text: str) -> list[str | None]:
    return [f.source for f in annotated_figures(text, "2009-01-10") if f.quantity]


def test_the_doer_of_an_event_is_no_source_of_its_toll() -> None:
    """ "An attack by Taliban fighters" is no document the Taliban give the toll in (was
    source "Taliban": any act, cognition or communication noun was taken for a poll), so one
    report's two attacks are no rival readings of another's one."""
    from storydesk.annotate import annotate
    from storydesk.link import link
    from storydesk.story import Story

    both = ("The first attack by Taliban fighters killed 12 soldiers , and a later ambush by "
            "Haqqani gunmen killed five soldiers .")  # fmt: skip
    assert _sources(both) == [None, None]
    assert _sources("The war in Syria has killed 40 people this week .") == [None]
    texts = [both, "An attack by Taliban fighters killed 12 soldiers on Monday ."]
    options = Options.load()
    articles = [
        Article(id=f"a{n}", source=f"a{n}.txt", text=text, published="2009-01-10")
        for n, text in enumerate(texts)
    ]
    story = link(Story(id="s", title="t", articles=annotate(articles, options)), options)
    assert sorted((f.status, sorted(v.value for v in f.values)) for f in story.facts) == [
        ("agree", [12, 12]),
        ("single", [5]),
    ]


def test_a_pollster_is_read_in_the_figure_own_clause() -> None:
    """The parser made "68 percent" and "a survey by Ethnos newspaper" two subjects of one
    "said"; Kathimerini's share was given to Ethnos (was ["Ethnos", "Ethnos"])."""
    text = ("An opinion poll for the Kathimerini newspaper found that 68 percent of Greeks "
            "disapprove of the government 's handling of the riots , while a survey by Ethnos "
            "newspaper said 83 percent believe the police used too much force .")  # fmt: skip
    assert _sources(text) == ["Kathimerini", "Ethnos"]
    assert _sources("A study by Harvard researchers found that 30 percent of patients "
                    "improved .") == ["Harvard"]  # fmt: skip


def test_a_clock_time_is_no_count_written_onto_an_abbreviation() -> None:
    """ "at 10PM" was 10 explosions (WordNet's "PM" is an explosive, PETN) and "11PM" 11
    autopsies (post-mortem): a fused count is a plural ("12KOs", ECB+ 7_10ecb) and never a
    clock time (``datelines.CLOCK``)."""
    figures = annotated_figures(
        "The explosion happened at 10PM on Friday , killing 3 people . Police were called at "
        "11PM . He retired at 14-13-2 , 12KOs .",
        "2009-01-10",
    )
    assert sorted((f.value, f.quantity) for f in figures if f.quantity) == [
        (3, "deaths"),
        (12, "count:knockout"),
    ]


def test_them_stands_for_the_one_whole_a_part_can_come_from() -> None:
    """ "Two of them" counted the subject of the sentence before (the officers, "Investigators"
    as research workers); it is the one plural subject or object there, or the one counted by
    more than the part, and nothing when two remain."""
    men = annotated_figures(
        "Officers arrested five men after the raid on Monday . Two of them were later charged "
        "with murder .",
        "2009-01-10",
    )
    suspects = annotated_figures(
        "Investigators questioned eight suspects on Monday . Three of them were later charged "
        "with murder .",
        "2009-01-10",
    )
    either = annotated_figures(
        "Officers questioned the suspects on Monday . Two of them were later charged .",
        "2009-01-10",
    )
    assert [f.counts for f in men if f.text.startswith("Two")] == ["men"]
    assert [f.counts for f in suspects if f.text.startswith("Three")] == ["suspects"]
    assert [(f.counts, f.quantity) for f in either if f.text.startswith("Two")] == [("", "")]
