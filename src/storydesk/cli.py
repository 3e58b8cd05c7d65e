"""The storydesk command line. Every command's help ends with an example."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from storydesk import __version__, output
from storydesk.errors import StorydeskError, UsageError
from storydesk.evaluate.base import EVALUATIONS
from storydesk.ingest.base import DAMAGE_NOTES
from storydesk.options import Options
from storydesk.report.terminal import strip_controls

if TYPE_CHECKING:
    from storydesk.pipeline import Analysis

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

ANALYZE_EXAMPLE = """example:
  storydesk analyze examples/ukraine-peace-plan-2025-11-25 --format md --out story.md"""
EVAL_EXAMPLE = """--stream: the stories evaluation filed one document at a time, shuffled.

example:
  storydesk eval stories --stream --data ../shared/datasets/ecbplus"""
EVAL_STREAMS = ("stories-stream",)
BATCH_EXAMPLE = """Outputs under --out: Parquet tables (articles, entities, quotes, figures,
stories, facts, skipped), one JSON report per story (reports/), summary.json. A rerun
skips the shards it finished. With --ray-address, --out and the inputs must be on storage every node
reads (a shared filesystem).

example:
  storydesk batch crawl/*.warc.gz news.jsonl --out desk-batch --workers 2"""
SERVE_EXAMPLE = """example:
  storydesk serve examples/ukraine-peace-plan-2025-11-25 --port 8250
  storydesk serve --store desk.db"""
ADD_EXAMPLE = """example:
  storydesk add examples/ukraine-peace-plan-2025-11-25 --store desk.db"""
STORIES_EXAMPLE = """example:
  storydesk stories --store desk.db --format json"""
SHOW_EXAMPLE = """example:
  storydesk show s0b3b065e5b --store desk.db --format md
  storydesk show s0b3b --store desk.db --since yesterday"""
STORE_HELP = ("an SQLite file or a postgresql:// URL (default: the 'store' setting, else "
              "$STORYDESK_STORE, else ./storydesk.db)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storydesk",
        description="Reconcile many news reports of one story into one sourced account.",
        epilog=ANALYZE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"storydesk {__version__}")
    parser.add_argument("--config", help="options file (TOML); default ./storydesk.toml")
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser(
        "analyze",
        help="analyze articles into one story report",
        description="Read files, folders (recursive) or http(s) URLs; clean, annotate, "
        "reconcile and report them as one story.",
        epilog=ANALYZE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("inputs", nargs="+", metavar="INPUT")
    analyze.add_argument("--format", default="text", help="json, md, text or html")
    analyze.add_argument("--out", help="write the report here instead of standard output")
    analyze.add_argument("--date", help="publication date (YYYY-MM-DD) for undated articles")
    analyze.add_argument("--model", help="spaCy pipeline to load (default: auto)")
    analyze.add_argument("--aliases", help="aliases.toml forcing entity merges and spellings")
    analyze.add_argument("--outlets", help="outlets.toml: country, owner, kind, lean per outlet")
    analyze.add_argument("--brief-length", type=int, dest="brief_length")
    analyze.add_argument("--quiet", action="store_true", help="no progress on stderr")
    analyze.add_argument("--allow-private-urls", action="store_true", default=None,
                         help="fetch URLs on loopback, link-local and private addresses")

    evaluate = commands.add_parser(
        "eval",
        help="score one capability on a public benchmark",
        description="Run one evaluation over a dataset folder; prints a table, then one "
        "JSON line of scores.",
        epilog=EVAL_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument(
        "name", help=f"one of {', '.join(EVALUATIONS)} (eval/README.md: what each scores)"
    )
    evaluate.add_argument("--data", required=True, help="dataset folder")
    evaluate.add_argument("--limit", type=int, help="evaluate at most this many documents")
    evaluate.add_argument(
        "--stream",
        action="store_true",
        help="stories only: add the documents one at a time, in shuffled orders",
    )

    add = commands.add_parser(
        "add",
        help="add articles to a desk of stories",
        description="Read files, folders (recursive) or http(s) URLs; clean and annotate the "
        "articles the store does not hold yet and file each into the story it reports (or a "
        "new one); then bring every story that changed up to date. Prints what was added, "
        "what was already there, what was skipped and why, and the stories created and "
        "changed.",
        epilog=ADD_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("inputs", nargs="+", metavar="INPUT")
    add.add_argument("--store", help=STORE_HELP)
    add.add_argument("--format", default="text", choices=["text", "json"],
                     help="summary as text (default) or JSON")
    add.add_argument("--date", help="publication date (YYYY-MM-DD) for undated articles")
    add.add_argument("--model", help="spaCy pipeline to load (default: auto)")
    add.add_argument("--aliases", help="aliases.toml forcing entity merges and spellings")
    add.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    add.add_argument("--allow-private-urls", action="store_true", default=None,
                     help="fetch URLs on loopback, link-local and private addresses")

    stories = commands.add_parser(
        "stories",
        help="list the stories of a desk",
        description="List the desk's stories, most recently changed first: id, title, "
        "outlets and the independent sources they are (a wire copy counts with its "
        "original), articles, first and last date, open conflicts and last change.",
        epilog=STORIES_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stories.add_argument("--store", help=STORE_HELP)
    stories.add_argument("--format", default="text", help="text (default) or json")

    show = commands.add_parser(
        "show",
        help="render one story of a desk, or what changed in it",
        description="Render one story (the JSON is the report of analyze, for one story). "
        "With --since, only what changed since that time: new articles and outlets, new "
        "facts, changed values and statuses, new quotes and speakers, brief lines "
        "superseded, each with the sentences it rests on (in JSON, the report plus "
        "\"changes\"). STORY is an id or its unique beginning.",
        epilog=SHOW_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("story", metavar="STORY")
    show.add_argument("--store", help=STORE_HELP)
    show.add_argument("--since", metavar="DATETIME",
                      help="only what changed after this time (2025-11-25, "
                      "2025-11-25T14:00, 'yesterday', '3 hours ago'; local time unless a "
                      "zone is given)")
    show.add_argument("--format", default="text", help="json, md, text (default) or html")
    show.add_argument("--out", help="write here instead of standard output")

    batch = commands.add_parser(
        "batch",
        help="analyze a crawl on Ray into Parquet tables and story reports",
        description="Read folders, JSONL and WARC files as streams; clean, sort into "
        "stories, annotate, link and reconcile them on Ray (local by default).",
        epilog=BATCH_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT")
    batch.add_argument("--out", required=True, help="output folder (created if missing)")
    batch.add_argument("--ray-address", dest="ray_address",
                       help="an existing Ray cluster (default: start Ray here)")
    batch.add_argument("--workers", type=int, help="parallel workers (default: every CPU)")
    batch.add_argument("--date", help="publication date (YYYY-MM-DD) for undated articles")
    batch.add_argument("--model", help="spaCy pipeline to load (default: auto)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    batch.add_argument("--allow-private-urls", action="store_true", default=None,
                       help="fetch URLs on loopback, link-local and private addresses")

    serve = commands.add_parser(
        "serve",
        help="serve the read-only web desk",
        description="Serve stories read-only in a browser: analysed from INPUTs once, or "
        "read live from a store.",
        epilog=SERVE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("inputs", nargs="*", metavar="INPUT")
    serve.add_argument("--store", help="serve the stories of this store (an SQLite file or "
                       "a postgresql:// URL), live, with what changed since your last visit")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8250)
    serve.add_argument("--allow-host", action="append", default=None, metavar="NAME",
                       dest="allowed_hosts",
                       help="also answer requests for this host name (repeatable; the "
                       "address listened on and localhost always are); others are refused "
                       "(DNS rebinding)")
    serve.add_argument("--date", help="publication date (YYYY-MM-DD) for undated articles")
    serve.add_argument("--outlets", help="outlets.toml: country, owner, kind, lean per outlet")
    serve.add_argument("--allow-private-urls", action="store_true", default=None,
                       help="fetch URLs on loopback, link-local and private addresses")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args)
    except UsageError as exc:
        print(f"storydesk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StorydeskError as exc:
        print(f"storydesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def run(args: argparse.Namespace) -> int:
    if args.command == "analyze":
        return cmd_analyze(args)
    if args.command == "eval":
        from storydesk.evaluate import cli as eval_cli

        name = f"{args.name}-stream" if args.stream else args.name
        if args.stream and name not in EVAL_STREAMS:
            raise UsageError(f"--stream applies to: {', '.join(EVAL_STREAMS)}")
        return eval_cli.run(name, Path(args.data), limit=args.limit)
    if args.command in ("add", "stories", "show"):
        from storydesk.desk import commands as desk_commands

        command: Callable[[argparse.Namespace], int] = getattr(desk_commands, args.command)
        return command(args)
    if args.command == "batch":
        return cmd_batch(args)
    if args.command == "serve":
        from storydesk.web import serve

        options = Options.load(
            args.config, date=args.date, outlets=args.outlets,
            allow_private_urls=args.allow_private_urls, allowed_hosts=args.allowed_hosts,
        )
        return serve.run(args.inputs, args.store, args.host, args.port, options)
    return EXIT_USAGE


def cmd_analyze(args: argparse.Namespace) -> int:
    from storydesk.pipeline import analyze
    from storydesk.report import renderer

    options = Options.load(
        args.config,
        date=args.date,
        model=args.model,
        aliases=args.aliases,
        outlets=args.outlets,
        brief_length=args.brief_length,
        allow_private_urls=args.allow_private_urls,
    )
    render = renderer(args.format)
    target = output.check_target(args.out, args.inputs) if args.out else None  # before work
    progress = None if args.quiet else _progress_printer()
    analysis = analyze(args.inputs, options, progress=progress)
    report = render(analysis)
    if target:
        output.write_text(target, report)
    else:
        sys.stdout.write(report)
    for line in summary_lines(analysis):
        print(strip_controls(f"storydesk: {line}"), file=sys.stderr)
    return EXIT_OK if analysis.stories else EXIT_NOTHING


def cmd_batch(args: argparse.Namespace) -> int:
    from storydesk.run import batch, progress
    from storydesk.run.executor import OnRay

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    options = Options.load(
        args.config, date=args.date, model=args.model, allow_private_urls=args.allow_private_urls
    )
    executor = OnRay(args.ray_address, args.workers)
    try:
        with progress.bar(quiet=args.quiet) as tick:
            summary = batch.run(args.inputs, Path(args.out), options, executor, tick)
    finally:
        executor.close()
    for line in progress.summary_lines(summary):
        print(strip_controls(f"storydesk: {line}"), file=sys.stderr)
    return EXIT_OK if summary.stories.get("stories") else EXIT_NOTHING


def summary_lines(analysis: Analysis) -> list[str]:
    """The run summary: every input skipped and every repair made to an article read."""
    lines = [f"skipped {s.source}: {s.reason}" for s in analysis.skipped]
    for story in analysis.stories:
        lines += [f"note {a.source}: {note}" for a in story.articles for note in a.notes
                  if note.startswith(DAMAGE_NOTES)]
    return lines


def _progress_printer() -> Callable[[str, int, int], None]:
    from rich.console import Console

    console = Console(stderr=True)

    def show(stage: str, done: int, total: int) -> None:
        console.log(f"{stage}: {done} article(s)")

    return show


if __name__ == "__main__":
    raise SystemExit(main())
