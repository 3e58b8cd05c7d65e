"""The web desk under load: 50 clients at once for 30 seconds on a store of 10,000 articles.

The store holds the real articles ``bench_stream.py`` reads (PolNeAR train and dev with the
dates their file names give, ECB+ topics 1-35, TempEval-3: about 1,950), then variants of
them (sentences shuffled, a third dropped, by a seeded generator) until it holds 10,000,
added with ``Desk.add_articles`` in batches of 500 as a crawler would hand them over: each is
cleaned, annotated, filed into a story, and the stories are linked (a variant whose clean
text is already stored, or an article too short to analyse, adds nothing). That takes a
while (every article is annotated), so the store is made once and kept where the benchmark
prints (``--store`` chooses; ``--rebuild`` makes it again; a store of another schema is made
again).

The desk runs as ``storydesk serve --store`` in a process of its own, as a user runs it. The
clients are asyncio tasks in this process, each on its own keep-alive HTTP/1.1 connection,
asking one page after another without pause: the front page (one in ten requests), a story
page (six in ten) or an article page (three in ten), chosen by a seeded generator among every
story and article of the store. A warm-up (``--warmup`` seconds, same load) is not counted.
Printed: requests per second, latency percentiles (all requests and per page kind), errors
(any answer but 200, a broken connection, a timeout), the server's resident and peak memory
(VmRSS when serving began, VmHWM after), and the machine: cores, load average before the
run, the server's CPU time during it. A benchmark, not a test: ``make bench-desk`` runs it,
``make test`` does not.

    make bench-desk
    .venv/bin/python benchmarks/bench_desk_load.py [--clients 50] [--seconds 30] [--articles 10000]
                                                   [--store PATH] [--rebuild] [--build-only]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench_stream import real_articles, stream_of

from storydesk.desk import Desk
from storydesk.options import Options
from storydesk.store import migrations

ROOT = Path(__file__).resolve().parents[1]
BATCH = 500
KINDS = (("front page", 1), ("story page", 6), ("article page", 3))
TIMEOUT = 60.0  # one request longer than this counts as an error


def cache_path(articles: int) -> Path:
    """Where the store is kept: per size and schema, so a new migration makes a new one."""
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    schema = migrations.MIGRATIONS[-1].name
    return base / "storydesk" / "bench" / f"desk-{articles}-{schema}.db"


def build(store: Path, articles: int) -> None:
    """Add real articles, then variants, to ``store`` in batches until it holds
    ``articles``; a build that stopped resumes (inputs already stored are passed over)."""
    stream = stream_of(real_articles())
    given = 0
    started = time.monotonic()
    with Desk(str(store), Options.load()) as desk:
        while (stored := desk.store.article_count()) < articles:
            batch = [next(stream) for _ in range(min(BATCH, articles - stored))]
            given += len(batch)
            result = desk.add_articles(batch)
            elapsed = time.monotonic() - started
            print(f"  {given:>6,} given, {desk.store.article_count():>6,} stored, "
                  f"{len(result.skipped)} skipped, {elapsed / 60:.1f} min", flush=True)


@dataclass
class Pages:
    """Every page the clients may ask for, by kind."""

    urls: dict[str, list[str]]
    stories: int
    articles: int


def pages(store: Path) -> Pages:
    with Desk(str(store), create=False) as desk:
        stories = [s.id for s in desk.stories()]
        articles = [f"/story/{story}/article/{article}" for story in stories
                    for article in desk.store.members(story)]
        count = desk.store.article_count()
    return Pages({"front page": ["/"], "story page": [f"/story/{s}" for s in stories],
                  "article page": articles}, len(stories), count)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(store: Path, port: int) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "storydesk"), "serve", "--store", str(store),
               "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the desk did not start: {server.stderr.read().decode()[-2000:]}"
                             if server.stderr else "the desk did not start")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the desk did not start in 120 s")


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    bytes: int = 0


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str,
                host: str) -> tuple[int, int]:
    """One GET on a keep-alive connection: (status, body length)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    body = await reader.readexactly(length)
    return status, len(body)


async def client(number: int, port: int, urls: dict[str, list[str]], stop: float,
                 counted_from: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed * 1000 + number)
    kinds = [kind for kind, _ in KINDS]
    weights = [weight for _, weight in KINDS]
    host = f"127.0.0.1:{port}"
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    while time.monotonic() < stop:
        kind = rng.choices(kinds, weights)[0]
        path = rng.choice(urls[kind])
        started = time.monotonic()
        try:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", port)
            status, size = await asyncio.wait_for(fetch(*connection, path, host), TIMEOUT)
            error = None if status == 200 else f"status {status}"
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            error, size = type(exc).__name__, 0
            if connection is not None:
                connection[1].close()
            connection = None
        finished = time.monotonic()
        if started < counted_from:
            continue
        if error:
            tally.errors[error] += 1
        else:
            tally.latencies[kind].append(finished - started)
            tally.bytes += size
    if connection is not None:
        connection[1].close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def server_memory(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of the desk's process in MB (VmRSS, VmHWM)."""
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                values[name] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def server_cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def load(port: int, urls: dict[str, list[str]], clients: int, warmup: float,
               seconds: float, seed: int) -> Tally:
    tally = Tally()
    counted_from = time.monotonic() + warmup
    stop = counted_from + seconds
    await asyncio.gather(*(client(n, port, urls, stop, counted_from, tally, seed)
                           for n in range(clients)))
    return tally


def report(tally: Tally, seconds: float, total: float, clients: int, cpu: float,
           load_before: str, site: Pages, store: Path, memory: tuple[float, float]) -> None:
    every = [value for values in tally.latencies.values() for value in values]
    done = len(every)
    errors = sum(tally.errors.values())
    print(f"\nstore: {store} ({site.articles:,} articles, {site.stories:,} stories)")
    print(f"machine: {os.cpu_count()} cores, load average before the run {load_before}; "
          f"the desk used {cpu:.1f} s of CPU in the {total:.0f} s of warm-up and run")
    print(f"desk memory: {memory[0]:.0f} MB resident when serving began, peak {memory[1]:.0f} MB "
          "(VmHWM of the serve process)")
    print(f"{clients} clients for {seconds:.0f} s: {done / seconds:.1f} requests/s, "
          f"{errors} errors ({', '.join(f'{k}: {v}' for k, v in tally.errors.items()) or '-'}), "
          f"{tally.bytes / seconds / 1e6:.1f} MB/s")
    print(f"{'':14} {'requests':>9} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    rows = [("all", every), *((kind, tally.latencies[kind]) for kind, _ in KINDS)]
    for name, values in rows:
        print(f"{name:14} {len(values):>9,} " + " ".join(
            f"{percentile(values, share) * 1000:>8.0f}" for share in (0.5, 0.9, 0.99, 1.0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, help="the store to serve (made when missing)")
    parser.add_argument("--rebuild", action="store_true", help="make the store again")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--build-only", action="store_true",
                        help="make (or complete) the store and stop")
    args = parser.parse_args()
    store = args.store or cache_path(args.articles)
    print(f"store: {store}")
    store.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
    with Desk(str(store)) as desk:
        stored = desk.store.article_count()
    if stored < args.articles:
        print(f"building it ({stored:,} articles stored, {args.articles:,} wanted); this takes "
              "a while and is done once")
        build(store, args.articles)
    if args.build_only:
        return
    site = pages(store)
    port = free_port()
    server = start_server(store, port)
    try:
        load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        cpu_before = server_cpu(server.pid)
        resident, _ = server_memory(server.pid)
        tally = asyncio.run(load(port, site.urls, args.clients, args.warmup, args.seconds,
                                 args.seed))
        cpu = server_cpu(server.pid) - cpu_before
        memory = (resident, server_memory(server.pid)[1])
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(tally, args.seconds, args.warmup + args.seconds, args.clients, cpu, load_before,
           site, store, memory)


if __name__ == "__main__":
    main()
