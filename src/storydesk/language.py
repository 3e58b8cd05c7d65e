"""The language of every article, told by py3langid (an offline model shipped in the package).

An article in a language the loaded spaCy model does not read is not annotated as if it were
English (its entities and quotes would be junk) and not merged into the story: it is listed
as skipped with its language, and the run goes on. A text too short to tell, or one the
identifier is unsure of, is given the benefit of the doubt and analysed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from storydesk.article import Article
from storydesk.ingest.base import Skipped
from storydesk.options import Options

# Characters of text identified: enough for a confident answer (py3langid is reliable well
# under this), bounded so that a long article costs no more than a short one.
SAMPLE_CHARS = 3000
# Fewer words than this is not enough to tell a language from (a headline, a caption).
MIN_WORDS = 12
# Normalised probability under which the identifier is taken as unsure. Set on the example
# folder and the Zyte and fundus pages (every English page above 0.99) and on German,
# Russian, French and Spanish wire copy written for the tests (each above 0.99).
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``; (None, 0.0) when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)


def model_languages(options: Options) -> set[str]:
    """Languages the configured spaCy model reads, from its package metadata (no loading)."""
    from spacy import util

    from storydesk.annotate.nlp import model_name

    name = model_name(options)
    try:
        return {str(util.get_model_meta(util.get_package_path(name))["lang"])}
    except (OSError, KeyError, ModuleNotFoundError, ValueError):
        return {"en"}  # the annotators' rules are English; an unreadable model reads English


def language_name(code: str) -> str:
    """'German' for 'de' where spaCy knows the language, else the code itself."""
    from spacy import util

    try:
        return str(util.get_lang_class(code).__name__)
    except ImportError:
        return code


def keep_readable(
    articles: Sequence[Article], options: Options, skipped: list[Skipped]
) -> list[Article]:
    """Articles in a language the model reads (or too short to tell); the others are listed
    in ``skipped`` with their language. Each article's ``language`` is set."""
    readable = model_languages(options)
    kept: list[Article] = []
    for article in articles:
        code, probability = detect(f"{article.title or ''}\n{article.text}")
        article.language = code
        if code is None or code in readable or probability < MIN_CONFIDENCE:
            kept.append(article)
            continue
        wanted = ", ".join(language_name(c) for c in sorted(readable))
        skipped.append(
            Skipped(
                article.source,
                f"written in {language_name(code)} ({code}, probability {probability:.2f}); "
                f"the model reads {wanted} only, so it is not annotated nor merged into a story",
            )
        )
    return kept
