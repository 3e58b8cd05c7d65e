"""The store's article rows: articles and the inputs that gave them, and what filing and
cleaning learn (signatures, band keys, outlet lines, story membership)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from storydesk.article import Article, Publication
from storydesk.store.records import column, pack, unpack
from storydesk.store.rows import Rows


class ArticleRows(Rows):
    """``Store``'s article rows (see the module)."""

    # -- articles and the inputs that gave them ---------------------------------------------

    def article_of_source(self, raw: str) -> str | None:
        rows = self._q("SELECT article FROM sources WHERE raw = ?", (raw,))
        return str(rows[0][0]) if rows else None

    def add_source(self, raw: str, article: str, source: str, at: str,
                   published_as: Publication | None = None) -> bool:
        """Record that input ``raw`` gave ``article`` and, when known, where it was published
        (``published_as``); False (nothing written) when the input is known already."""
        where = published_as or Publication(source, "")
        return self.backend.rowcount(
            "INSERT INTO sources (raw, article, source, added_at, outlet, title, url, published)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (raw) DO NOTHING",
            (raw, article, column(source), at, column(where.outlet or None),
             column(where.title), column(where.url), column(where.published)),
        ) == 1

    def publications(self, articles: Iterable[str]) -> dict[str, list[Publication]]:
        """Per article, where each input that gave it was published (inputs whose outlet is
        known), in the order they arrived (those of one ``add`` by their source)."""
        rows = self._in("SELECT article, source, outlet, title, url, published, added_at, raw"
                        " FROM sources WHERE outlet IS NOT NULL AND article IN ({})", articles)
        found: dict[str, list[Publication]] = {}
        for article, source, outlet, title, url, published, _, _ in sorted(
                rows, key=lambda row: (str(row[6]), str(row[1]), str(row[7]))):
            found.setdefault(str(article), []).append(
                Publication(str(source), str(outlet), title, url, published))
        return found

    def input_outlets(self, articles: Iterable[str]) -> dict[str, list[str | None]]:
        """Per article, the outlet of each input that gave it, as recorded (None: no outlet
        was found, or the input was stored before migration 0004_publications)."""
        rows = self._in("SELECT article, outlet FROM sources WHERE article IN ({})", articles)
        found: dict[str, list[str | None]] = {}
        for article, outlet in rows:
            found.setdefault(str(article), []).append(None if outlet is None else str(outlet))
        return found

    def sources(self, article: str) -> list[str]:
        rows = self._q("SELECT source FROM sources WHERE article = ? ORDER BY added_at, source",
                       (article,))
        return [str(row[0]) for row in rows]

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        return {str(row[0]) for row in self._in("SELECT id FROM articles WHERE id IN ({})", ids)}

    def add_article(self, article: Article, at: str, annotated: bool = True) -> bool:
        """Keep ``article``; False (and nothing written) when its id is already stored."""
        inserted = self.backend.rowcount(
            "INSERT INTO articles (id, added_at, annotated, published, published_from, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (article.id, at, int(annotated), column(article.published),
             column(article.published_from), pack(article.as_dict())),
        )
        return inserted == 1

    def update_article(self, article: Article, annotated: bool = True) -> None:
        """Replace a stored article by a later form of it (annotated, or dated anew)."""
        self._q("UPDATE articles SET data = ?, annotated = ?, published = ?, "
                "published_from = ? WHERE id = ?",
                (pack(article.as_dict()), int(annotated), column(article.published),
                 column(article.published_from), article.id))

    def unannotated(self, among: Iterable[str] | None = None) -> list[str]:
        """Articles filed but not annotated yet (being annotated, or a run stopped between
        the two), of ``among`` when given."""
        if among is None:
            rows = self._q("SELECT id FROM articles WHERE annotated = 0 ORDER BY id")
        else:
            rows = self._in("SELECT id FROM articles WHERE annotated = 0 AND id IN ({})",
                            among)
        return sorted(str(row[0]) for row in rows)

    def article_dates(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """(published, published_from) of each article, without reading the article."""
        rows = self._in("SELECT id, published, published_from FROM articles WHERE id IN ({})",
                        ids)
        return {str(id_): (published, source) for id_, published, source in rows}

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        return {id_: Article.from_dict(data) for id_, data in self.article_dicts(ids).items()}

    def article_dicts(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Articles as kept (``Article.as_dict`` through JSON), by id."""
        rows = self._in("SELECT id, data FROM articles WHERE id IN ({})", ids)
        return {str(id_): unpack(data) for id_, data in rows}

    def article_count(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM articles")[0][0])

    def article_times(self, ids: Iterable[str]) -> dict[str, str]:
        """When each article was added."""
        rows = self._in("SELECT id, added_at FROM articles WHERE id IN ({})", ids)
        return {str(id_): str(at) for id_, at in rows}

    # -- what filing and cleaning learn: signatures, band keys, outlet lines ----------------

    def add_signature(self, article: str, signature: dict[str, Any],
                      keys: Sequence[int]) -> bool:
        """Keep an article's signature and band keys; False when it already has one."""
        if self._q("SELECT 1 FROM signatures WHERE article = ?", (article,)):
            return False
        seq = int(self._q("SELECT COALESCE(MAX(seq), 0) + 1 FROM signatures")[0][0])
        self._q("INSERT INTO signatures (article, seq, data) VALUES (?, ?, ?)",
                (article, seq, json.dumps(signature, ensure_ascii=True)))
        self.backend.executemany(
            "INSERT INTO signature_bands (key, article, seq) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(key, article, seq) for key in sorted(set(keys))],
        )
        return True

    def band_matches(self, keys: Sequence[int], per_key: int
                     ) -> list[tuple[str, str, dict[str, Any]]]:
        """(article, story, signature) of the filed articles sharing a band key: per key the
        ``per_key`` latest filed, so one filing reads a bounded number however large the desk."""
        rows = self._in(
            "SELECT s.article, m.story, s.data FROM signatures s"
            " JOIN story_articles m ON m.article = s.article"
            " WHERE s.article IN (SELECT article FROM ("
            "  SELECT article, ROW_NUMBER() OVER (PARTITION BY key ORDER BY seq DESC) AS n"
            "  FROM signature_bands WHERE key IN ({})) latest"
            f" WHERE n <= {int(per_key)})",
            sorted(set(keys)),
        )
        seen: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for article, story, data in rows:
            seen.setdefault(str(article), (str(article), str(story), json.loads(data)))
        return [seen[a] for a in sorted(seen)]

    def signature_count(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM signatures")[0][0])

    def add_lines(self, outlet: str, lines: Iterable[str]) -> None:
        """One more article of ``outlet`` (casefolded) holds each of ``lines`` (signatures)."""
        self.backend.executemany(
            "INSERT INTO outlet_lines (outlet, line, articles) VALUES (?, ?, 1) "
            "ON CONFLICT (outlet, line) DO UPDATE SET articles = outlet_lines.articles + 1",
            [(column(outlet), line) for line in sorted(set(lines))],
        )

    def line_counts(self, outlet: str, lines: Iterable[str]) -> dict[str, int]:
        rows = self._in("SELECT line, articles FROM outlet_lines WHERE outlet = ? "
                        "AND line IN ({})", lines, (column(outlet),))
        return {str(line): int(count) for line, count in rows}

    def add_member(self, story: str, article: str, at: str) -> None:
        self._q("INSERT INTO story_articles (article, story, added_at) VALUES (?, ?, ?)",
                (article, story, at))

    def members(self, story: str) -> list[str]:
        """The story's article ids, in the order they arrived."""
        rows = self._q("SELECT article FROM story_articles WHERE story = ? "
                       "ORDER BY added_at, article", (story,))
        return [str(row[0]) for row in rows]

    def story_sizes(self, stories: Iterable[str]) -> dict[str, int]:
        rows = self._in("SELECT story, COUNT(*) FROM story_articles WHERE story IN ({}) "
                        "GROUP BY story", stories)
        return {str(story): int(count) for story, count in rows}

    def story_of(self, articles: Iterable[str]) -> dict[str, str]:
        rows = self._in("SELECT article, story FROM story_articles WHERE article IN ({})",
                        articles)
        return {str(article): str(story) for article, story in rows}

    def move_members(self, source: str, target: str) -> None:
        self._q("UPDATE story_articles SET story = ? WHERE story = ?", (target, source))
