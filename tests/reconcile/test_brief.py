"""The brief: support across outlets, no repetition, cited sentences, stated disagreements."""

from __future__ import annotations

import pytest
from story_builders import article  # type: ignore[import-not-found]

from storydesk.annotate import annotate
from storydesk.article import Article, DateMention, Quote, SentenceRole
from storydesk.link import link
from storydesk.options import Options
from storydesk.reconcile import brief
from storydesk.reconcile.sources import Sources
from storydesk.story import BriefSentence, Fact, FactValue, Story

ENVOY = [
    "The president sent his special envoy to Moscow on Tuesday to meet the Russian leader.",
    "The special envoy was sent to Moscow by the president to meet the Russian leader.",
    "A special envoy will travel to Moscow to meet the Russian leader, the president said.",
]


def three_outlet_story() -> Story:
    a = article(
        "a",
        "Outlet A",
        [
            ENVOY[0],
            "A local bakery in Lisbon won a national award for its bread rolls.",
            "At least six people were killed in the overnight attack on the capital.",
        ],
    )
    b = article(
        "b",
        "Outlet B",
        [
            ENVOY[1],
            "Seven people were killed in the overnight attack on the capital city.",
            "Farmers in the south complained about the lack of rain this autumn season.",
        ],
    )
    c = article(
        "c",
        "Outlet C",
        [
            ENVOY[2],
            "Seven people died in the overnight attack on the capital, officials said.",
            "Ministers agreed to study the proposal again before the end of the year.",
        ],
    )
    return Story(id="s", title="t", articles=[a, b, c])


def test_prefers_what_several_outlets_report_and_does_not_repeat() -> None:
    story = three_outlet_story()
    brief.write(story, Options(brief_length=5))
    texts = [s.text for s in story.brief]
    envoy = [t for t in texts if t in ENVOY]
    assert len(envoy) == 1, "the envoy is reported by all three outlets: once in the brief"
    assert texts.index(envoy[0]) <= 1
    assert all(s.citations for s in story.brief)
    for sentence in story.brief:
        for citation in sentence.citations:
            assert story.article(citation.article) is not None


def test_states_a_conflict_in_a_generated_sentence_with_outlets() -> None:
    story = three_outlet_story()
    story.facts = [
        Fact(
            id="f1",
            slot="people killed in the overnight attack",
            status="conflict",
            conservative=6,
            range=(6, 7),
            values=[
                FactValue(6, "at least", "a", 2, "at least six people"),
                FactValue(7, None, "b", 1, "Seven people"),
                FactValue(7, None, "c", 1, "Seven people"),
            ],
        )
    ]
    brief.write(story, Options(brief_length=6))
    generated = [s for s in story.brief if s.generated]
    assert len(generated) == 1
    assert generated[0].text == (
        "Reports differ on the number of people killed in the overnight attack: "
        "6 (Outlet A); 7 (Outlet B, Outlet C)."
    )
    assert {(c.article, c.sentence) for c in generated[0].citations} == {
        ("a", 2),
        ("b", 1),
        ("c", 1),
    }


def test_never_takes_headlines_questions_or_dangling_sentences() -> None:
    a = article(
        "a",
        "A",
        [
            "Envoy heads to Moscow as talks gather pace in the capital city",
            "What does the Kremlin want from the talks this week in Moscow?",
            "He said the talks in Moscow with the envoy were going well this week.",
            "The envoy met the Russian leader in Moscow for five hours on Tuesday.",
        ],
    )
    story = Story(id="s", title="t", articles=[a])
    brief.write(story, Options(brief_length=5))
    assert [s.text for s in story.brief] == [a.sentences[3]]


def test_empty_story_has_empty_brief() -> None:
    story = Story(id="s", title="t")
    brief.write(story, Options())
    assert story.brief == []


def test_lead_is_the_development_most_outlets_report_and_lines_carry_every_source() -> None:
    story = three_outlet_story()
    brief.write(story, Options(brief_length=5))
    lead = story.brief[0]
    assert lead.text in ENVOY
    assert {c.article for c in lead.citations} == {"a", "b", "c"}
    # its own sentence first, then the others' wordings
    own = story.article(lead.citations[0].article)
    assert own is not None and own.sentences[lead.citations[0].sentence] == lead.text


def test_a_sentence_that_leans_on_another_supports_but_never_leads() -> None:
    lean = SentenceRole("report", "pronoun subject “He”", "He")
    a = article("a", "A", ["He sent his special envoy to Moscow on Tuesday to meet the leader.",
                           "The harvest in the south was the smallest in ten years, farmers said."])
    a.roles = [lean, SentenceRole()]
    b = article("b", "B", ["The president sent his special envoy to Moscow on Tuesday to meet "
                           "the Russian leader."])
    b.roles = [SentenceRole()]
    story = Story(id="s", title="t", articles=[a, b])
    brief.write(story, Options(brief_length=5))
    assert story.brief[0].text == b.sentences[0]
    assert {c.article for c in story.brief[0].citations} == {"a", "b"}
    assert all(line.text != a.sentences[0] for line in story.brief)


def test_one_statement_is_one_line() -> None:
    """Two sentences quoting one statement (one quote group) give one line."""
    posts = [
        "The president wrote that the plan had been “fine-tuned, with input from both sides.”",
        "The president said the plan had been “fine-tuned, with input from both sides,” he wrote.",
    ]
    a = article("a", "A", [posts[0]])
    b = article("b", "B", [posts[1]])
    for item in (a, b):
        item.roles = [SentenceRole("statement", None, "The president")]
        item.quotes = [Quote(f"{item.id}q", "fine-tuned", None, "wrote", 0, group="g1")]
    story = Story(id="s", title="t", articles=[a, b])
    brief.write(story, Options(brief_length=5))
    assert len([line for line in story.brief if "fine-tuned" in line.text]) == 1


def test_reactions_come_after_developments() -> None:
    a = article("a", "A", [
        "The mayor warned that the river “will rise again” and urged people to stay away.",
        "The city opened three shelters for families whose homes were flooded overnight.",
    ])
    a.roles = [SentenceRole("statement", None, "The mayor"), SentenceRole()]
    b = article("b", "B", [
        "The mayor warned that the river “would rise again” and told people to stay away.",
        "Three shelters were opened by the city for families whose homes were flooded.",
    ])
    b.roles = [SentenceRole("statement", None, "The mayor"), SentenceRole()]
    story = Story(id="s", title="t", articles=[a, b])
    brief.write(story, Options(brief_length=5))
    kinds = ["shelters" in line.text for line in story.brief]
    assert kinds == [True, False]


# --- acceptance on the example (issues 5 and 11) -------------------------------------------


@pytest.fixture(scope="module")
def example_brief(example_analysis):  # type: ignore[no-untyped-def]
    story = example_analysis.stories[0]
    return story, " ".join(s.text for s in story.brief)


def _as_written(line: BriefSentence) -> str:
    text = line.text
    for written, shown in line.respelled:
        text = text.replace(shown, written, 1)
    return text


def test_example_brief_is_long_enough_and_cited(example_brief) -> None:  # type: ignore[no-untyped-def]
    story, _ = example_brief
    assert 6 <= len(story.brief) <= 12
    for sentence in story.brief:
        assert sentence.citations
        for citation in sentence.citations:
            cited = story.article(citation.article)
            assert cited is not None and 0 <= citation.sentence < len(cited.sentences)
        if not sentence.generated:
            first = sentence.citations[0]
            own = story.article(first.article)
            assert own is not None and _as_written(sentence) == own.sentences[first.sentence]


def test_example_brief_leads_with_witkoff_to_moscow_from_five_sources(example_brief) -> None:  # type: ignore[no-untyped-def]
    story, _ = example_brief
    lead = story.brief[0]
    assert not lead.generated
    assert "witkoff" in lead.text.casefold() and "moscow" in lead.text.casefold()
    sources = Sources(story)
    reach = [sources.of(c.article for c in line.citations).independent for line in story.brief]
    assert reach[0] == 5 == max(reach)


def test_example_brief_lines_stand_alone(example_brief) -> None:  # type: ignore[no-untyped-def]
    story, _ = example_brief
    for line in story.brief:
        if line.generated:
            continue
        first = line.citations[0]
        own = story.article(first.article)
        assert own is not None
        role = own.roles[first.sentence]
        assert role.leans_on is None and role.kind in ("report", "statement"), (line.text, role)
        assert not line.text.startswith(("The ABC News report", "This came", "He ", "She "))


def test_example_brief_spells_names_as_the_story_does(example_brief) -> None:  # type: ignore[no-untyped-def]
    _, text = example_brief
    assert "Witkov " not in text and "Witkov’" not in text and "Witkov," not in text


def test_example_brief_covers_the_story(example_brief) -> None:  # type: ignore[no-untyped-def]
    _, text = example_brief
    lowered = text.casefold()
    assert "envoy" in lowered and "moscow" in lowered, "the envoy sent to Moscow"
    assert "19-point" in lowered or "19 point" in lowered, "the revised plan's points"
    assert "lavrov" in lowered, "the Russian foreign minister's warning"


def test_example_brief_states_the_casualty_disagreement(example_brief) -> None:  # type: ignore[no-untyped-def]
    story, _ = example_brief
    generated = [s.text for s in story.brief if s.generated]
    assert any("6" in t and "7" in t and "killed" in t for t in generated), generated
    assert not any("Donald Trump sends" in t for t in generated), "outlets, never headlines"


def test_brief_never_uses_removed_text(example_analysis) -> None:  # type: ignore[no-untyped-def]
    story = example_analysis.stories[0]
    removed = {r.text for a in story.articles for r in a.removed}
    for sentence in story.brief:
        assert not any(sentence.text in line for line in removed)


@pytest.mark.parametrize(
    ("slot", "phrase"),
    [
        ("people killed — Kyiv", "the number of people killed in Kyiv"),
        ("points in the original plan", "the number of points in the original plan"),
        ("percent", "the figure for percent"),
        ("age of Jose Luis Orozco", "the age of Jose Luis Orozco"),
        ("magnitude of the Qeshm quake", "the magnitude of the Qeshm quake"),
        ("dollars (revised)", "the number of dollars (revised)"),
    ],
)
def test_slot_phrase_reads_as_words(slot: str, phrase: str) -> None:
    assert brief.slot_phrase(slot) == phrase


def test_a_stated_conflict_follows_the_news_it_is_about() -> None:
    story = three_outlet_story()
    story.facts = [
        Fact("f1", "people killed in the overnight attack", "conflict", 6, (6, 7), [
            FactValue(6, "at least", "a", 2, "at least six people"),
            FactValue(7, None, "b", 1, "Seven people"),
            FactValue(7, None, "c", 1, "Seven people")]),
        Fact("f2", "people injured in the overnight attack", "conflict", 10, (10, 12), [
            FactValue(10, None, "b", 1, "ten"), FactValue(12, None, "c", 1, "twelve")]),
    ]
    brief.write(story, Options(brief_length=5))
    texts = [line.text for line in story.brief]
    attack = next(i for i, line in enumerate(story.brief)
                  if not line.generated and "attack" in line.text)
    assert texts[attack + 1].startswith("Reports differ on the number of people killed")
    assert texts[attack + 2].startswith("Reports differ on the number of people injured")


def test_a_sentence_only_about_the_past_is_no_development() -> None:
    # ECB+ topic 1: "The actress spent time at the Betty Ford Center in 2010; ..." in a
    # story of 2013
    past = "The actress spent time at the rehab centre in the desert in 2010, her lawyer said."
    a = article("a", "A", [past, "The actress checked into the rehab centre in the desert "
                                 "on Thursday night, her lawyer said."], published="2013-05-03")
    b = article("b", "B", [past, "She checked into the rehab centre on Thursday night, TMZ said "
                                 "on Friday."], published="2013-05-03")
    for item in (a, b):
        item.dates = [DateMention("2010", "2010", "year", 0)]
    story = Story(id="s", title="t", articles=[a, b])
    brief.write(story, Options(brief_length=5))
    assert all("2010" not in line.text for line in story.brief)


def test_a_stated_measure_gives_its_values_as_the_reports_wrote_them() -> None:
    """ECB+ 4ecb (Bettie Page's hospital stay): "Reports differ on the figure for duration:
    3 (…); 4 (…)" said nothing of weeks. A measure's values are given as written."""
    articles = [
        Article(id=name, source=name, text=text, published="2008-12-12")
        for name, text in (
            ("a", "Page had been hospitalized for the past three weeks for pneumonia."),
            ("b", "She had been hospitalized in Los Angeles for four weeks due to pneumonia."),
        )
    ]
    options = Options()
    story = link(Story(id="s", title="t", articles=annotate(articles, options)), options)
    [stated] = [fact for fact in story.facts if fact.status == "conflict"]
    line = brief.fact_sentence(stated, story, Sources(story)).text
    assert ": three weeks (" in line and "); four weeks (" in line


@pytest.mark.parametrize("status", ["agree", "approximate", "disputed", "single"])
def test_only_a_conflict_is_stated_as_reports_differing(status: str) -> None:
    """Issue 8: "Reports differ" lines come only from conflict facts; 6 and 7 that the
    linker called approximate (or a denied figure, disputed) are never stated as rivals."""
    story = three_outlet_story()
    story.facts = [
        Fact("f1", "people killed in the overnight attack", status, 6, (6, 7), [
            FactValue(6, "at least", "a", 2, "at least six people"),
            FactValue(7, None, "b", 1, "Seven people"),
            FactValue(7, None, "c", 1, "Seven people")]),
    ]  # fmt: skip
    brief.write(story, Options(brief_length=6))
    assert not any(line.text.startswith("Reports differ") for line in story.brief)
    with pytest.raises(ValueError):
        brief.fact_sentence(story.facts[0], story, Sources(story))
