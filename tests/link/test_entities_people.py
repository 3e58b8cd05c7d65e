"""People across spellings of their given name, and the kinds the words around a name give
(sentences from ECB+ topics 1-20, the tuned part)."""

from __future__ import annotations

from storydesk.article import Article, Entity
from storydesk.link.entities import link_entities
from storydesk.options import Options


def _article(article_id: str, text: str, names: list[tuple[str, str]]) -> Article:
    entities = []
    cursor = 0
    for name, label in names:
        start = text.index(name, cursor)
        entities.append(Entity(name, label, 0, start, start + len(name)))
        cursor = start + len(name)
    return Article(id=article_id, source=article_id, text=text, entities=entities)


def _cast(articles: list[Article]) -> dict[str, tuple[str, str]]:
    """Variant -> (entity id, type)."""
    resolution = link_entities(articles, Options())
    return {v.text: (e.id, e.type) for e in resolution.entities for v in e.variants}


def test_a_nickname_and_the_full_given_name_are_one_person() -> None:
    # ECB+ 5 (5_1ecbplus, 5_10ecb): "Mo Cheeks" and "Maurice Cheeks" are one coach, so the
    # bare "Cheeks" has one owner.
    articles = [
        _article(
            "a",
            "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.",
            [("Philadelphia", "GPE"), ("Maurice Cheeks", "PERSON")],
        ),
        _article(
            "b",
            '"I look at Mo Cheeks and I know Mo Cheeks," King said. Cheeks was hired.',
            [
                ("Mo Cheeks", "PERSON"),
                ("Mo Cheeks", "PERSON"),
                ("King", "PERSON"),
                ("Cheeks", "PERSON"),
            ],
        ),
    ]
    cast = _cast(articles)
    assert cast["Mo Cheeks"][0] == cast["Maurice Cheeks"][0] == cast["Cheeks"][0]


def test_given_names_spelled_by_sound_are_one_person() -> None:
    # ECB+ 4: "Betty Mae Page" in one report, "Bettie Page" in the others.
    articles = [
        _article("a", "Bettie Page, the pin-up queen, died.", [("Bettie Page", "PERSON")]),
        _article("b", "Betty Mae Page was born in 1923.", [("Betty Mae Page", "PERSON")]),
    ]
    cast = _cast(articles)
    assert cast["Bettie Page"][0] == cast["Betty Mae Page"][0]
