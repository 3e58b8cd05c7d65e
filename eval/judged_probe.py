"""The judged precision probe of stated conflicts (not gold): eval/probes/facts-judged-*.json.

    python eval/facts_probe.py --data ../shared/datasets --judged PROBE
    (PROBE: eval/probes/facts-judged-polnear.json)

A probe file names windows of days of a corpus (PolNeAR train, US politics 2015-2016, less
the quotes held part, whose documents are never opened; TimeBank, less every document of a
fresh facts part). Each window's reports are run as a user would run them
(``storydesk.pipeline.analyze`` on copies that carry the date and the outlet as front
matter), the pipeline splits them into stories, and every fact it states as a ``conflict``
is compared with the judge's verdicts. Windows may overlap (every week, and the whole
period as one run): a conflict stated by two windows with the same figures counts once.

A judge rules on pairs of mentions, never on fact ids: a mention is a document, the figure as
written, its sentence and its offset in the document file, so a verdict survives code that
regroups facts. A pair is ``differ`` (one quantity of one subject in one scope, values that
really differ), ``agree`` (one quantity, values that agree within what the reports state) or
a reason the two are apart (``REASONS``). A stated conflict is
- wrong when any two of its mentions are judged apart, or when every pair is judged and none
  differs;
- right when every pair is judged and no pair is apart (and one differs);
- unjudged otherwise: printed with its sentences so that a judge can add the pairs; an
  unjudged conflict is never counted right.
It measures only stated conflicts: a real conflict the pipeline misses is invisible to it.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

from storydesk.evaluate import facts, facts_work
from storydesk.evaluate.facts_fresh import load_fresh
from storydesk.evaluate.quotes_held import held_part
from storydesk.options import Options
from storydesk.story import Fact, Story

# Pair verdicts that keep two mentions one quantity; every other verdict is a reason apart.
SAME = ("differ", "agree")
# Why two figures of a stated conflict do not measure one thing (the judge's categories).
REASONS = {
    "occasion": "one subject's quantity at two times (now and as proposed, before and after)",
    "subject": "the same quantity of two subjects (two candidates, polls, states, companies)",
    "quantity": "two quantities (a share of one group against a share of another, a pledge "
    "against a projection)",
    "part-whole": "a part against its whole (one state's delegates against the total)",
    "background": "background or another event (history, a comparison, a hypothetical)",
    "not-a-measure": "a number that measures nothing (a figure of speech, an ordinal, a year, "
    "a banknote, a name)",
    "misread": "a number misread (its unit, its value, the end of a range, what it counts)",
    "copy": "two copies of one text",
}
# Folders no probe may name (TEAM.md): PolNeAR dev (the quotes and facts untouched parts) and
# test, ECB+ (whose topics 36-45 are never looked up; its tuned topics have their own gold),
# and TempEval-3 platinum wherever it lies. Compared as resolved paths ("train/../dev" and a
# link to dev are dev).
NEVER = ("polnear/data/dev", "polnear/data/test", "ecbplus")
NEVER_NAMED = "platinum"


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure of a stated conflict: what the judge saw, keyed by content."""

    doc: str  # the document's file name
    value: str  # the figure as written
    sentence: str  # its sentence, white space folded
    offset: int = -1  # where the figure starts in the document's text (text_of; -1: not found)
    number: float = 0.0  # the value storydesk read (for the reader; not part of the key)

    def same(self, other: Mention) -> bool:
        """The same figure of the same document: spans that overlap in the document's text
        (a figure whose extent a code change moved: "about $9 million" and "$9 million"),
        else, where an offset is lost, the same sentence and the same number read."""
        if self.doc != other.doc:
            return False
        if self.offset >= 0 and other.offset >= 0:
            return (self.offset < other.offset + len(other.value)
                    and other.offset < self.offset + len(self.value))  # fmt: skip
        return self.sentence == other.sentence and self.number == other.number

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "offset": self.offset, "value": self.value,
                "number": self.number, "sentence": self.sentence}  # fmt: skip


@dataclass(slots=True)
class Stated:
    """A stated conflict of one story of one window."""

    window: str
    story: str  # the story's first document
    slot: str
    quantity: str
    mentions: list[Mention]


@dataclass(slots=True)
class Verdict:
    a: Mention
    b: Mention
    verdict: str  # "differ", "agree" or a key of REASONS
    note: str = ""


@dataclass(slots=True)
class Tally:
    stated: int = 0
    right: int = 0
    wrong: Counter[str] = field(default_factory=Counter)
    unjudged: list[tuple[Stated, list[tuple[Mention, Mention]]]] = field(default_factory=list)
    # the other statuses that state a difference, counted only (not judged yet)
    others: Counter[str] = field(default_factory=Counter)


def fold(text: str) -> str:
    return " ".join(text.split())


def file_offset(text: str, sentence: str, value: str) -> int:
    """Where ``value`` of ``sentence`` starts in a document file, white space aside; -1 when
    the sentence is not found (cleaning rewrote it)."""
    words = sentence.split()
    if not words:
        return -1
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if not found:
        return -1
    at = text.find(value, found.start(), found.end() + 1)
    if at < 0 and value.split():  # the figure written with other spaces: its first word
        at = text.find(value.split()[0], found.start(), found.end() + 1)
    return at


def window_documents(folder: Path, first: str, last: str, skip: set[str]) -> list[Path]:
    """A window's documents: published from ``first`` to ``last``, never one of the quotes
    held part of PolNeAR train (its hash rule), never one of ``skip``."""
    chosen = []
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.tml")):
        published = published_of(path)
        held = path.suffix == ".txt" and held_part(path.name)
        if published and first <= published <= last and not held and path.name not in skip:
            chosen.append(path)
    return chosen


def gold_documents(patterns: tuple[str, ...] = ("fresh-*.json", "untouched-*.json")) -> set[str]:
    """Documents no window reads: the fresh and untouched facts parts' (not to be run at all
    by tuners). The work part's PolNeAR reports are read: it is a development part too."""
    names: set[str] = set()
    for pattern in patterns:
        names |= {Path(doc).name for event in load_fresh(facts.GOLD, pattern)
                  for doc in event.documents}  # fmt: skip
    return names


@cache  # every window reads every date of the folder
def published_of(path: Path) -> str | None:
    """PolNeAR's date is the one in the file name; a TimeML document's is its creation time
    (``facts_work.article_of``, as the work part reads them)."""
    return facts_work.article_of(path).published


def outlet_of(path: Path) -> str:
    """PolNeAR names the outlet first; TimeBank names the agency or paper ("wsj_0006",
    "APW19980227.0468", "NYT19980206.0460")."""
    named = facts_work.POLNEAR_NAME.match(path.name) or re.match(r"([A-Za-z]+)", path.name)
    return named[1] if named else ""


def text_of(path: Path) -> str:
    """The text the pipeline is given (what a mention's offset counts in): a PolNeAR file as
    it is, a TimeML document's TEXT with its tags dropped (``facts_work.article_of``)."""
    return facts_work.article_of(path).text


def copy_name(path: Path) -> str:
    """The name of a document's copy given to the pipeline (a text file)."""
    return path.name if path.suffix == ".txt" else f"{path.stem}.txt"


def run_window(paths: list[Path], options: Options) -> list[Story]:
    """The window's reports analysed as a user would: each a text file with its date and
    outlet as front matter (the datasets carry neither inside the text)."""
    from storydesk.pipeline import analyze

    with tempfile.TemporaryDirectory(prefix="storydesk-judged-") as folder:
        inputs = []
        for path in paths:
            copy = Path(folder) / copy_name(path)
            front = f"---\npublished: {published_of(path)}\noutlet: {outlet_of(path)}\n---\n"
            copy.write_text(front + text_of(path), encoding="utf-8")
            inputs.append(str(copy))
        return analyze(inputs, options).stories


def stated_conflicts(story: Story, window: str, files: dict[str, Path]) -> Iterator[Stated]:
    """Every ``conflict`` fact of a story, each value as a ``Mention`` (``files``: each
    document by the name of its copy, for its name and the offsets)."""
    for fact in story.facts:
        if fact.status == "conflict":
            yield Stated(window, _first_document(story), fact.slot, fact.quantity,
                         list(_mentions(story, fact, files)))  # fmt: skip


def _first_document(story: Story) -> str:
    return min((Path(a.source).name for a in story.articles), default="")


def _mentions(story: Story, fact: Fact, files: dict[str, Path]) -> Iterator[Mention]:
    texts: dict[str, str] = {}
    for value in fact.values:
        article = story.article(value.article)
        if article is None:
            continue
        path = files[Path(article.source).name]
        if path.name not in texts:
            texts[path.name] = text_of(path)
        sentence = fold(article.sentences[value.sentence]) if article.sentences else ""
        offset = file_offset(texts[path.name], sentence, value.text)
        yield Mention(path.name, value.text, sentence, offset, value.value)


def load_verdicts(probe: dict[str, Any]) -> list[Verdict]:
    verdicts = []
    for item in probe["conflicts"]:
        mentions = [_mention(m) for m in item["mentions"]]
        for a, b, verdict, *note in item["pairs"]:
            verdicts.append(Verdict(mentions[a], mentions[b], verdict, note[0] if note else ""))
    return verdicts


def _mention(item: dict[str, Any]) -> Mention:
    return Mention(item["doc"], item["value"], item["sentence"], item["offset"],
                   item.get("number", 0.0))  # fmt: skip


def verdict_of(a: Mention, b: Mention, verdicts: list[Verdict]) -> Verdict | None:
    """The judge's verdict on a pair, either way round."""
    for verdict in verdicts:
        if (verdict.a.same(a) and verdict.b.same(b)) or (verdict.a.same(b) and verdict.b.same(a)):
            return verdict
    return None


def judge(stated: Stated, verdicts: list[Verdict]) -> tuple[str, list[tuple[Mention, Mention]]]:
    """The outcome, "right", "unjudged" or the reason it is wrong; with the pairs not judged yet."""
    found: list[str] = []
    open_pairs: list[tuple[Mention, Mention]] = []
    for a, b in combinations(stated.mentions, 2):
        verdict = verdict_of(a, b, verdicts)
        if verdict is None:
            open_pairs.append((a, b))
        else:
            found.append(verdict.verdict)
    apart = [v for v in found if v not in SAME]
    if apart:
        return Counter(apart).most_common(1)[0][0], open_pairs
    if open_pairs:
        return "unjudged", open_pairs
    return ("right" if "differ" in found else "agree"), open_pairs


def read_window(
    window: dict[str, str], folder: Path, skip: set[str], options: Options
) -> Iterator[tuple[Story, list[Stated]]]:
    """Each story of a window, with its stated conflicts."""
    paths = window_documents(folder, window["first"], window["last"], skip)
    files = {copy_name(p): p for p in paths}
    for story in run_window(paths, options):
        yield story, list(stated_conflicts(story, window["name"], files))


def score(probe: dict[str, Any], data: Path, options: Options, only: str = "") -> tuple[Tally, int]:
    """Re-run the probe's windows (``only``: those whose name starts so, "week", "whole")
    with the current code; the tally and the stories read."""
    refuse(data, probe["folder"])
    verdicts = load_verdicts(probe)
    skip = gold_documents()
    tally, stories = Tally(), 0
    seen: set[frozenset[tuple[str, str, str]]] = set()
    for window in (w for w in probe["windows"] if w["name"].startswith(only)):
        window_stories = list(read_window(window, data / probe["folder"], skip, options))
        stories += sum(len(story.articles) > 1 for story, _ in window_stories)
        for story, _ in window_stories:
            tally.others.update(f.status for f in story.facts if f.status in ("update", "changed"))
        for stated in (one for _, conflicts in window_stories for one in conflicts):
            # windows may overlap (a week and the whole run): one statement is counted once
            key = frozenset((m.doc, m.value, m.sentence) for m in stated.mentions)
            if key in seen:
                continue
            seen.add(key)
            tally.stated += 1
            outcome, open_pairs = judge(stated, verdicts)
            if outcome == "right":
                tally.right += 1
            elif outcome == "unjudged":
                tally.unjudged.append((stated, open_pairs))
            else:
                tally.wrong[outcome] += 1
    return tally, stories


def report(tally: Tally, stories: int) -> list[str]:
    wrong = sum(tally.wrong.values())
    reasons = ", ".join(f"{reason} {n}" for reason, n in tally.wrong.most_common())
    lines = [
        f"stories of two or more reports, over all windows: {stories}",
        f"stated conflicts: {tally.stated}",
        f"judged right: {tally.right}",
        f"judged wrong: {wrong}" + (f" ({reasons})" if reasons else ""),
        f"unjudged: {len(tally.unjudged)} (judge them before any precision claim)",
        "also stated (not judged): "
        + (", ".join(f"{n} {status}" for status, n in sorted(tally.others.items())) or "none"),
    ]
    for stated, open_pairs in tally.unjudged:
        lines.append(f"  unjudged: {stated.window} {stated.story}: {stated.slot}")
        for mention in stated.mentions:
            where = f"{mention.doc}@{mention.offset}"
            lines.append(f"    {where} {mention.value!r} ({mention.number:g}): {mention.sentence}")
        lines.append(f"    open pairs: {len(open_pairs)}")
    return lines


def drafts(tally: Tally) -> list[dict[str, Any]]:
    """The unjudged conflicts as records of a probe file, each open pair's verdict "?" for a
    judge to fill in ("differ", "agree" or a reason) with a note."""
    records = []
    for stated, open_pairs in tally.unjudged:
        index = {mention: number for number, mention in enumerate(stated.mentions)}
        records.append({
            "window": stated.window, "story": stated.story, "slot": stated.slot,
            "quantity": stated.quantity, "mentions": [m.as_dict() for m in stated.mentions],
            "pairs": [[index[a], index[b], "?", ""] for a, b in open_pairs],
        })  # fmt: skip
    return records


def refuse(data: Path, folder: str) -> None:
    """Stop before any document is read when a probe names a folder no probe may run."""
    target = (data / folder).resolve()
    for never in NEVER:
        barred = (data / never).resolve()
        if target == barred or barred in target.parents:
            raise ValueError(f"{folder}: a folder no probe may run (TEAM.md splits)")
    if any(NEVER_NAMED in part.lower() for part in target.parts):
        raise ValueError(f"{folder}: a folder no probe may run (TEAM.md splits)")


def load(path: Path) -> dict[str, Any]:
    probe: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return probe
