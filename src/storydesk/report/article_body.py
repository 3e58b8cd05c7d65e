"""An article's own page: its clean text as paragraphs of numbered sentences, what storydesk
extracted from it marked on the text, and what was removed."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from storydesk.article import Article, Removed
from storydesk.report import marks
from storydesk.report.refs import ArticleRef, article_ref
from storydesk.story import Story


@dataclass(slots=True)
class ArticleBody:
    """An article's clean text as paragraphs of numbered sentences, what storydesk extracted
    from it marked on the text, and what was removed."""

    ref: ArticleRef
    paragraphs: list[list[tuple[int, str]]]  # (sentence index or -1, text)
    removed: list[Removed]
    anchor: str = ""  # prefix of sentence ids, so several articles can share one page
    marked: dict[int, Markup] = field(default_factory=dict)  # sentence -> text with marks
    counts: dict[str, int] = field(default_factory=dict)  # marks of each kind

    def html(self, index: int, text: str) -> Markup:
        return self.marked.get(index) or Markup(escape(text))


def article_body(article: Article, anchor: str = "", ref: ArticleRef | None = None,
                 story: Story | None = None) -> ArticleBody:
    """``ref`` from the story's article_refs, so an unknown outlet keeps its number;
    ``story`` names the marked mentions by the story's names."""
    found = marks.marks(article, story)
    marked = {i: marks.marked(article.text[s:e], s, found)
              for i, (s, e) in enumerate(article.sentence_spans)}
    counts = {kind: sum(1 for m in found if m.kind == kind) for kind in marks.KINDS}
    return ArticleBody(ref or article_ref(article), paragraphs(article), list(article.removed),
                       anchor, marked, counts)


def paragraphs(article: Article) -> list[list[tuple[int, str]]]:
    """Split ``text`` on newlines; place each sentence in the paragraph where it starts."""
    result: list[list[tuple[int, str]]] = []
    offset = 0
    for line in article.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        inside = [(i, article.text[s:e]) for i, (s, e) in enumerate(article.sentence_spans)
                  if start <= s < end]
        result.append(inside or [(-1, line)])
    return result
