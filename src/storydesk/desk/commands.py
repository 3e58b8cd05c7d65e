"""The desk's commands: ``add``, ``stories`` and ``show`` (``cli.py`` parses, these run)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from storydesk import __version__, output
from storydesk.desk import AddResult, Desk, StorySummary
from storydesk.errors import UsageError
from storydesk.options import Options

EXIT_OK, EXIT_NOTHING = 0, 3
ALREADY_SHOWN = 10  # inputs found already there, listed by name (a folder added again
# would otherwise print every file)
STAGES = {"read": "reading", "clean": "cleaning", "annotate": "annotating",
          "file": "filing into stories", "link": "linking stories"}


def open_desk(args: argparse.Namespace, create: bool = False, **settings: Any) -> Desk:
    options = Options.load(args.config, **settings)
    return Desk(args.store or options.store, options, create=create)


def add(args: argparse.Namespace) -> int:
    with open_desk(args, True, date=args.date, model=args.model, aliases=args.aliases,
                   allow_private_urls=args.allow_private_urls) as desk, \
            _progress(args.quiet) as progress:
        result = desk.add(args.inputs, progress)
        location = desk.store.location
        titles = {s.id: s.title for s in desk.stories()}
        same_as = {source: next((s for s in desk.store.sources(article) if s != source), "")
                   for source, article in [*result.already[:ALREADY_SHOWN],
                                           *result.republished[:ALREADY_SHOWN]]}
        shown = [article for _, article in result.republished[:ALREADY_SHOWN]]
        outlet_of = {p.source: p.outlet for places in desk.store.publications(shown).values()
                     for p in places}
    if args.format == "json":
        sys.stdout.write(json.dumps(_result_dict(result, location, titles), ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        sys.stdout.write(_clean_lines(_result_text(result, location, titles, same_as,
                                                   outlet_of)))
    return EXIT_OK if result.added or result.already or result.republished else EXIT_NOTHING


def _clean_lines(text: str) -> str:
    return "\n".join(_clean(line) for line in text.split("\n"))


def _result_dict(result: AddResult, location: str, titles: dict[str, str]) -> dict[str, Any]:
    return {
        "storydesk": __version__,
        "store": location,
        "added": result.added,
        "already": [{"source": source, "article": article} for source, article in result.already],
        "republished": [{"source": source, "article": article}
                        for source, article in result.republished],
        "skipped": [s.as_dict() for s in result.skipped],
        "stories_created": [{"id": s, "title": titles.get(s, "")} for s in result.created],
        "stories_changed": [{"id": s, "title": titles.get(s, "")} for s in result.changed],
        "stories_merged": [{"id": s, "into": into} for s, into in result.merged],
    }


def _result_text(result: AddResult, location: str, titles: dict[str, str],
                 same_as: dict[str, str], outlet_of: dict[str, str]) -> str:
    """``same_as``: for the first inputs found already there or republished, another input
    of that text (a file added again is only itself; a page saved twice names the first);
    ``outlet_of``: the outlet of each republishing input."""
    lines = [f"{location}: added {len(result.added)}, already there {len(result.already)}, "
             f"skipped {len(result.skipped)}, republished {len(result.republished)}; "
             f"stories created {len(result.created)}, changed {len(result.changed)}"]
    lines += [f"  skipped {s.source}: {s.reason}" for s in result.skipped]
    # The text of an article there from another outlet: kept as one more outlet of it.
    for source, _ in result.republished[:ALREADY_SHOWN]:
        other = same_as.get(source)
        lines.append(f"  republished  {source}  ({outlet_of.get(source, 'another outlet')} "
                     f"published the same text as {other or 'an article there'}: "
                     "one source with it)")
    if len(result.republished) > ALREADY_SHOWN:
        lines.append(f"  … and {len(result.republished) - ALREADY_SHOWN:,} more republished "
                     "(--format json lists them all)")
    for source, _ in result.already[:ALREADY_SHOWN]:
        other = same_as.get(source)
        lines.append(f"  already  {source}" + (f"  (the same text as {other})" if other else ""))
    if len(result.already) > ALREADY_SHOWN:
        lines.append(f"  … and {len(result.already) - ALREADY_SHOWN:,} more already there "
                     "(--format json lists them all)")
    lines += [f"  new      {s}  {titles.get(s, '')}" for s in result.created]
    lines += [f"  changed  {s}  {titles.get(s, '')}" for s in result.changed]
    lines += [f"  merged   {s} into {into}" for s, into in result.merged]
    return "\n".join(lines) + "\n"


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar per stage on stderr (nothing when quiet)."""
    if quiet:
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        tasks: dict[str, Any] = {}

        def show(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield show


def stories(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        listed = desk.stories()
        location = desk.store.location
    if args.format == "json":
        data = {"storydesk": __version__, "store": location,
                "stories": [s.as_dict() for s in listed]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "text":
        sys.stdout.write(_stories_text(listed, location))
    else:
        raise UsageError(f"unknown format '{args.format}' (choose from json, text)")
    return EXIT_OK if listed else EXIT_NOTHING


def _stories_text(listed: list[StorySummary], location: str) -> str:
    from storydesk.report.changes import when

    if not listed:
        return f"{location}: no stories yet (storydesk add INPUT... --store {location})\n"
    # sources: independent ones (a wire copy counts with its original, an outlet once)
    header = f"{'story':<12} {'articles':>8} {'outlets':>7} {'sources':>7} {'first':<10}  " \
             f"{'last':<10}  {'conflicts':>9}  {'last change':<20} title"
    lines = [header]
    pad = f"{'':<12} {'':>8} {'':>7} {'':>7}"
    for s in listed:
        lines.append(f"{s.id:<12} {s.articles:>8} {s.outlet_count:>7} {s.sources:>7} "
                     f"{s.first or '-':<10}  {s.last or '-':<10}  {s.conflicts:>9}  "
                     f"{when(s.updated):<20} {_clean(s.title)}")
        if s.outlet_count:
            copied = f" ({s.copied})" if s.copied else ""
            lines.append(f"{pad} {_clean(s.outlets_label)}{copied}")
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    """No control characters reach the terminal from a title or outlet name."""
    from storydesk.report.terminal import strip_controls

    return strip_controls(text).replace("\n", " ").replace("\t", " ")


def show(args: argparse.Namespace) -> int:
    from storydesk.desk.when import parse
    from storydesk.pipeline import Analysis
    from storydesk.report import changes as changes_report
    from storydesk.report import renderer

    target = output.check_target(args.out, []) if args.out else None  # before any work
    if args.since is None:
        render = renderer(args.format)
    elif args.format not in changes_report.RENDERERS:
        raise UsageError(f"unknown format '{args.format}' (choose from "
                         f"{', '.join(sorted(changes_report.RENDERERS))})")
    with open_desk(args) as desk:
        story = desk.story(args.story)
        if args.since is None:
            report = render(Analysis([story], []))
        else:
            since = parse(args.since)
            report = changes_report.RENDERERS[args.format](story, desk.changes(story.id, since),
                                                           since)
    if target:
        output.write_text(target, report)
    else:
        sys.stdout.write(report)
    return EXIT_OK
