"""A throwaway PostgreSQL cluster for one test session: initdb in a temporary folder, a server
on a free local port, removed afterwards.

The server binaries are taken from Debian's /usr/lib/postgresql/<version>/bin (installed by
``make test`` as root, see scripts/postgres-deps.sh), never from PATH: a ``pg_ctl`` found
there may be a wrapper with other ideas about clusters. PostgreSQL refuses to run as root, so
as root the cluster runs as the ``postgres`` user the Debian package creates.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SERVER_BINARIES = Path("/usr/lib/postgresql")
USER = "storydesk"


class Unavailable(Exception):
    """Why no cluster can run here (the PostgreSQL tests skip with this message)."""


def binaries() -> Path:
    found = sorted(SERVER_BINARIES.glob("*/bin/initdb"),
                   key=lambda p: [int(x) for x in p.parts[-3].split(".") if x.isdigit()])
    if not found:
        raise Unavailable(f"no PostgreSQL server under {SERVER_BINARIES}/*/bin (make test "
                          "installs Debian's postgresql when run as root)")
    return found[-1].parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise Unavailable("psycopg is not installed (pip install 'storydesk[postgres]')") \
                from exc
        self.bin = binaries()
        self.owner: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise Unavailable("running as root and there is no 'postgres' user to run "
                                  "the server as") from exc
            self.owner = "postgres"
        self.folder = Path(tempfile.mkdtemp(prefix="storydesk-pg-"))
        if self.owner:
            shutil.chown(self.folder, self.owner, self.owner)
        self.data = self.folder / "data"
        self.port = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True,
                              text=True, timeout=120, user=self.owner, group=self.owner,
                              cwd=self.folder, check=False)

    def start(self) -> str:
        made = self._run("initdb", "-D", str(self.data), "-U", USER, "-A", "trust", "-E",
                         "UTF8", "--no-sync", "--no-instructions")
        if made.returncode:
            raise Unavailable(f"initdb failed: {made.stderr.strip()[-500:]}")
        for _ in range(3):  # the free port may be taken between finding and binding it
            self.port = _free_port()
            options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            started = self._run("pg_ctl", "-D", str(self.data), "-o", options,
                                "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")
            if started.returncode == 0:
                return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"
            time.sleep(0.5)
        log = (self.folder / "server.log")
        tail = log.read_text(errors="replace")[-500:] if log.exists() else started.stderr
        raise Unavailable(f"pg_ctl could not start a server: {tail.strip()}")

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def schema_url(url: str, schema: str) -> str:
    """``url`` with ``schema`` first on the search path (one schema per test)."""
    return f"{url}?options=-csearch_path%3D{schema}"
