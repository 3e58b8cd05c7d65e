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
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.errors import OptionsError
from storydesk.link.names import fold


@dataclass(frozen=True, slots=True)
class Aliases:
    merge: dict[str, str] = field(default_factory=dict)  # folded variant -> folded target
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
        split=frozenset(_pairs(data.get("split", {}), path)),
        spelling={fold(k): str(v) for k, v in data.get("spelling", {}).items()},
    )


def _pairs(section: object, path: str) -> list[frozenset[str]]:
    pairs = section.get("pairs", []) if isinstance(section, dict) else section
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise OptionsError(f"{path}: [split] pairs must be a list of two-name lists")
    return [frozenset({fold(str(a)), fold(str(b))}) for a, b in pairs]
