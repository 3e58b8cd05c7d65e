"""Fixtures of the hardening suite (a good article, a raw local HTTP server) and its counts,
printed after pytest's summary."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from isolation import COUNTS, EXAMPLE, WORST


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS:
        return
    memory, memory_case = WORST.get("memory", (0.0, "-"))
    seconds, time_case = WORST.get("time", (0.0, "-"))
    terminalreporter.write_line(
        f"hardening: {COUNTS['inputs tried']} hostile inputs tried, "
        f"{COUNTS['limits hit']} limits hit, {COUNTS['kills survived']} kills survived, "
        f"{COUNTS['articles checked']} articles checked; "
        f"highest peak memory {memory:.0f} MB ({memory_case}), "
        f"longest case {seconds:.1f} s ({time_case})"
    )



@pytest.fixture(scope="session")
def good_text() -> str:
    """A real article (the example's first) that every case must still read."""
    return sorted(EXAMPLE.glob("*.txt"))[0].read_text(encoding="utf-8")


Responder = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture()
def raw_server() -> Iterator[Callable[[dict[str, Responder]], str]]:
    """A local HTTP server on 127.0.0.1 whose routes write raw bytes (status line and all),
    so a test can trickle headers or send a body that never ends."""
    servers: list[ThreadingHTTPServer] = []

    def start(routes: dict[str, Responder]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                respond = routes.get(self.path)
                if respond is None:
                    self.wfile.write(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    respond(self)  # the client may give up, as it should

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
