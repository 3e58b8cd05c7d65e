"""The user's aliases.toml: forced merges, forced splits and canonical spellings.

```toml
[merge]            # variant = the name it belongs with (always merged)
"Kiev" = "Kyiv"
[split]            # pairs never to merge, whatever the spelling rules say
pairs = [["Umerov", "Ushakov"]]
[spelling]         # the name to show for an entity that has this variant
"Zelenskyy" = "Volodymyr Zelensky"
```

Names are compared folded (case, diacritics and dots ignored), so "J.D. Vance" = "JD Vance".
A merge whose variant is in the story but whose target is not did nothing: ``unapplied`` names
it, with the file and line, as an error the run reports and goes on past.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.errors import OptionsError
from storydesk.ingest.base import Skipped
from storydesk.link.names import fold
from storydesk.story import Story, StoryEntity


@dataclass(frozen=True, slots=True)
class Aliases:
    merge: dict[str, str] = field(default_factory=dict)  # folded variant -> folded target
    path: str = ""
    lines: dict[str, int] = field(default_factory=dict)  # folded merge variant -> its line
    written: dict[str, str] = field(default_factory=dict)  # folded -> as the file writes it
    split: frozenset[frozenset[str]] = frozenset()  # folded pairs never in one entity
    spelling: dict[str, str] = field(default_factory=dict)  # folded variant -> display name

    def never_together(self, left: set[str], right: set[str]) -> bool:
        """A split pair has one side in ``left`` and the other in ``right``."""
        return any(len(pair) == 2 and _spans(pair, left, right) for pair in self.split)


def _spans(pair: frozenset[str], left: set[str], right: set[str]) -> bool:
    first, second = tuple(pair)
    return (first in left and second in right) or (second in left and first in right)


def load(path: str | None) -> Aliases:
    """Read the aliases file named by ``options.aliases`` (no file configured: no aliases)."""
    if not path:
        return Aliases()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OptionsError(f"{path}: aliases file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OptionsError(f"{path}: not valid TOML ({exc})") from exc
    return Aliases(
        merge={fold(k): fold(str(v)) for k, v in data.get("merge", {}).items()},
        path=path,
        lines=_merge_lines(Path(path).read_text(encoding="utf-8")),
        written={
            fold(str(name)): str(name) for pair in data.get("merge", {}).items() for name in pair
        },
        split=frozenset(_pairs(data.get("split", {}), path)),
        spelling={fold(k): str(v) for k, v in data.get("spelling", {}).items()},
    )


def _pairs(section: object, path: str) -> list[frozenset[str]]:
    pairs = section.get("pairs", []) if isinstance(section, dict) else section
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise OptionsError(f"{path}: [split] pairs must be a list of two-name lists")
    return [frozenset({fold(str(a)), fold(str(b))}) for a, b in pairs]


def _merge_lines(text: str) -> dict[str, int]:
    """Folded variant -> line number of each entry of the [merge] table (tomllib keeps none)."""
    lines: dict[str, int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$", line)
        if header:
            section = header.group(1).strip()
            continue
        entry = re.match(r"""\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))\s*=""", line)
        if section == "merge" and entry:
            key = next(group for group in entry.groups() if group is not None)
            lines.setdefault(fold(key), number)
    return lines


def check(path: str | None, stories: list[Story]) -> list[Skipped]:
    """The errors of the aliases file at ``path`` in these stories, each reported once."""
    if not path:
        return []
    aliases = load(path)
    errors: list[Skipped] = []
    for story in stories:
        errors += [e for e in unapplied(aliases, story.entities) if e not in errors]
    return errors


def unapplied(aliases: Aliases, entities: list[StoryEntity]) -> list[Skipped]:
    """Merges that did nothing in this story: the variant is one of its names and the target
    is none ("Kiev" = "Kyivv"). Each is an error with the file, the line and the reason."""
    names = {fold(v.text) for e in entities for v in e.variants} | {fold(e.name) for e in entities}
    problems = []
    for variant, target in aliases.merge.items():
        if variant in names and target not in names:
            line = aliases.lines.get(variant)
            shown = aliases.written.get(variant, variant), aliases.written.get(target, target)
            problems.append(
                Skipped(
                    f"{aliases.path}:{line}" if line else aliases.path,
                    f'error: [merge] "{shown[0]}" = "{shown[1]}": no entity in the story is '
                    f'named "{shown[1]}", so the merge did nothing',
                )
            )
    return problems
