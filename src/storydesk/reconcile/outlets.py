"""What the user says about outlets: country, owner, kind and a lean they assign, from a
user-editable ``outlets.toml`` (``--outlets`` or the ``outlets`` option). storydesk never
guesses these; a page shows them only where the user wrote them.

```toml
["The Moscow Times"]
country = "Netherlands"
owner = "independent"
kind = "online newspaper"
lean = "critical of the Kremlin"
domains = ["themoscowtimes.com"]
```

An outlet matches by its name as pages show it (case aside) or by a domain of the article's
address.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from storydesk.errors import OptionsError
from storydesk.options import Options
from storydesk.reconcile.sources import outlet_names
from storydesk.story import OutletProfile, Story

FIELDS = ("country", "owner", "kind", "lean")


def load(path: str | None) -> list[OutletProfile]:
    """The profiles in ``path`` (no file configured: none)."""
    if not path:
        return []
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OptionsError(f"{path}: outlets file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OptionsError(f"{path}: not valid TOML ({exc})") from exc
    profiles = []
    for name, table in data.items():
        if not isinstance(table, dict):
            raise OptionsError(f"{path}: [{name}] must be a table of {', '.join(FIELDS)}")
        unknown = sorted(set(table) - {*FIELDS, "domains"})
        if unknown:
            raise OptionsError(f"{path}: [{name}] has unknown key(s) {', '.join(unknown)} "
                               f"(known: {', '.join(FIELDS)}, domains)")
        domains = table.get("domains", [])
        if not isinstance(domains, list):
            raise OptionsError(f"{path}: [{name}] domains must be a list of domain names")
        given = {f: str(table[f]) for f in FIELDS if f in table}
        profiles.append(OutletProfile(
            name, **given, domains=[str(d).casefold().removeprefix("www.") for d in domains],
        ))
    return profiles


def attach(story: Story, options: Options) -> Story:
    """``story.outlets``: the profiles of the outlets this story's articles come from."""
    profiles = load(options.outlets)
    names = outlet_names(story.articles)
    found: dict[str, OutletProfile] = {}
    for article in story.articles:
        profile = match(profiles, names[article.id], article.url)
        if profile is not None:
            found.setdefault(profile.name, profile)
    story.outlets = list(found.values())
    return story


def match(profiles: list[OutletProfile], outlet: str, url: str | None) -> OutletProfile | None:
    host = urlsplit(url).hostname or "" if url else ""
    host = host.casefold().removeprefix("www.")
    for profile in profiles:
        if profile.name.casefold() == outlet.casefold():
            return profile
        if host and any(host == d or host.endswith("." + d) for d in profile.domains):
            return profile
    return None
