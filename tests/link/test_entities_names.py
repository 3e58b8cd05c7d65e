"""The name rules on their own, and aliases.toml forcing merges, splits and spellings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_builders import tagged_article

from storydesk.article import Article, Quote
from storydesk.link.aliases import check, load, unapplied
from storydesk.link.entities import link_entities, resolve
from storydesk.link.names import (
    first_names_compatible,
    fold,
    is_acronym_of,
    parse,
    places_match,
    surnames_match,
)
from storydesk.options import Options
from storydesk.story import Story


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("zelensky", "zelenskyy"),
        ("zelenskiy", "zelensky"),
        ("witkoff", "witkov"),
        ("leavitt", "levitt"),
        ("kislisha", "kislysha"),
    ],
)
def test_spellings_of_one_surname_match(left: str, right: str) -> None:
    assert surnames_match(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("putin", "zelensky"),
        ("umerov", "ushakov"),
        ("lavrov", "kislysha"),
        ("trump", "driscoll"),
        ("johnson", "jackson"),
        ("bush", "buss"),
    ],
)
def test_different_surnames_do_not_match(left: str, right: str) -> None:
    assert not surnames_match(left, right)


def test_first_names_are_strict() -> None:
    assert first_names_compatible("karoline", "caroline")
    assert first_names_compatible("dan", "daniel")
    assert first_names_compatible("sergei", "sergey")
    assert first_names_compatible("jd", "j")
    assert not first_names_compatible("volodymyr", "vladimir")
    assert not first_names_compatible("donald", "dan")


def test_nicknames_and_spellings_of_one_given_name() -> None:
    # ECB+ 5: "Mo Cheeks" is Maurice Cheeks; ECB+ 4: "Betty Mae Page" is Bettie Page.
    assert first_names_compatible("mo", "maurice")
    assert first_names_compatible("bettie", "betty mae")
    assert first_names_compatible("bill", "william")  # the nicknames package
    assert first_names_compatible("peggy", "margaret")
    assert first_names_compatible("tony", "anthony")
    assert not first_names_compatible("mo", "daniel")
    assert not first_names_compatible("ben", "bonnie")  # same consonants, another name
    assert not first_names_compatible("laci", "scott")
    assert not first_names_compatible("bill", "bob")  # both nicknames of Robert: no


def test_parse_strips_titles_and_joins_initials() -> None:
    name = parse("U.S. Army Secretary Dan Driscoll’s")
    assert (name.first, name.last, name.role) == ("dan", "driscoll", "U.S. Army Secretary")
    assert (
        parse("J. D. Vance").key == parse("JD Vance").key == parse("J.D. Vance").key == "jd vance"
    )
    assert parse("Ursula von der Leyen").last == "von der leyen"
    assert fold("Zelenskyy’s") == "zelenskyy"


def test_places_and_acronyms() -> None:
    assert places_match("kiev", "kyiv")
    assert places_match("zaporizhia", "zaporizhzhia")
    assert not places_match("luhansk", "donetsk")
    assert places_match("city of palmer", "palmer")  # ECB+ 13
    assert places_match("state of texas", "texas")
    assert not places_match("university of texas", "texas")
    assert not places_match("austria", "australia")
    assert places_match("bern", "berne")
    assert not places_match("niger", "nigeria")
    assert not places_match("iran", "iraq")
    assert is_acronym_of("us", "the united states")
    assert is_acronym_of("eu", "european union")
    assert not is_acronym_of("uk", "the united states")


def _articles() -> list[Article]:
    return [
        tagged_article(
            "a",
            "Rustem Umerov met Yuri Ushakov in Kiev.",
            [("Rustem Umerov", "PERSON"), ("Yuri Ushakov", "PERSON"), ("Kiev", "GPE")],
        ),
        tagged_article(
            "b",
            "Umerov spoke. Ushakov spoke. Strikes hit Kyiv.",
            [("Umerov", "PERSON"), ("Ushakov", "PERSON"), ("Kyiv", "PERSON")],
        ),
    ]


def _owners(articles: list[Article], options: Options) -> dict[str, str]:
    resolution = link_entities(articles, options)
    return {v.text: e.id for e in resolution.entities for v in e.variants}


def test_surnames_join_their_full_names_and_places_merge() -> None:
    owners = _owners(_articles(), Options())
    assert owners["Umerov"] == owners["Rustem Umerov"]
    assert owners["Ushakov"] == owners["Yuri Ushakov"]
    assert owners["Umerov"] != owners["Ushakov"]
    assert owners["Kiev"] == owners["Kyiv"]


def test_a_surname_shared_by_two_people_is_not_guessed() -> None:
    articles = [
        tagged_article(
            "a",
            "Hunter Biden and Joe Biden.",
            [("Hunter Biden", "PERSON"), ("Joe Biden", "PERSON")],
        ),
        tagged_article("b", "Biden said so.", [("Biden", "PERSON")]),
    ]
    owners = _owners(articles, Options())
    assert owners["Hunter Biden"] != owners["Joe Biden"]
    assert owners["Biden"] not in (owners["Hunter Biden"], owners["Joe Biden"])


def test_aliases_force_merge_split_and_spelling(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        '[merge]\n"Umerov" = "Ushakov"\n'
        '[split]\npairs = [["Kiev", "Kyiv"]]\n'
        '[spelling]\n"Rustem Umerov" = "R. Umerov"\n',
        encoding="utf-8",
    )
    resolution = link_entities(_articles(), Options(aliases=str(aliases)))
    owners = {v.text: e for e in resolution.entities for v in e.variants}
    assert owners["Umerov"].id == owners["Ushakov"].id
    assert owners["Kiev"].id != owners["Kyiv"].id
    assert owners["Rustem Umerov"].name == "R. Umerov"


def test_quote_speakers_point_at_entities() -> None:
    articles = _articles()
    articles[1].quotes = [
        Quote("b:q1", "We agree", "Umerov", "said", 0),
        Quote("b:q2", "No", "Nobody Known", "said", 0),
    ]
    story = resolve(Story(id="s", title="t", articles=articles), Options())
    umerov = next(e for e in story.entities if e.name == "Rustem Umerov")
    assert articles[1].quotes[0].speaker_entity == umerov.id
    assert articles[1].quotes[1].speaker_entity is None


def test_a_merge_into_a_name_the_story_lacks_is_an_error_with_file_and_line(
    tmp_path: Path,
) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        "# desk aliases\n"
        "[merge]\n"
        '"Kiev" = "Kyiv"\n'
        '"Umerov" = "Rustem Umerow"  # a typo: no such entity\n'
        '"Nobody Here" = "Also Absent"\n',
        encoding="utf-8",
    )
    resolution = link_entities(_articles(), Options(aliases=str(aliases)))
    [error] = unapplied(load(str(aliases)), resolution.entities)
    assert error.source == f"{aliases}:4"
    assert '"Umerov" = "Rustem Umerow"' in error.reason and error.reason.startswith("error")
    assert check(None, []) == []


def test_analyze_reports_the_alias_error_and_goes_on(tmp_path: Path) -> None:
    from storydesk.pipeline import analyze

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rustem Umerov met Yuri Ushakov in Kiev on Monday. Umerov said talks went well.\n",
        encoding="utf-8",
    )
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        '[merge]\n"Ushakov" = "Yuri Ushakov"\n"Umerov" = "Ushakovv"\n', encoding="utf-8"
    )
    analysis = analyze([str(folder)], Options(aliases=str(aliases)))
    assert analysis.stories and analysis.stories[0].entities
    assert [s.source for s in analysis.skipped] == [f"{aliases}:3"]


def test_add_reports_the_alias_error_like_analyze(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from storydesk import cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rustem Umerov met Yuri Ushakov in Kiev on Monday. Umerov said talks went well.\n",
        encoding="utf-8",
    )
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[merge]\n"Umerov" = "Ushakovv"\n', encoding="utf-8")
    args = ["add", str(folder), "--store", str(tmp_path / "desk.db"), "--aliases", str(aliases)]
    assert cli.main([*args, "--quiet", "--format", "json"]) == cli.EXIT_OK
    summary = json.loads(capsys.readouterr().out)
    [error] = summary["skipped"]
    assert error["source"] == f"{aliases}:2"
    assert 'no entity in the story is named "Ushakovv"' in error["reason"]
    (folder / "b.txt").write_text(
        "Umerov and Ushakov spoke again in Kiev on Tuesday, officials said.\n", encoding="utf-8"
    )
    assert cli.main([*args, "--quiet"]) == cli.EXIT_OK  # the story changed: checked again
    assert f"skipped {aliases}:2: error: [merge]" in capsys.readouterr().out
