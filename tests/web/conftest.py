"""Web desk fixtures: apps over a synthetic and the real story, a local server, a browser."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# The synthetic story lives beside the report tests; both suites draw on it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))

import synthetic_story

from storydesk.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ECBPLUS_PAGES = 10


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(app: object) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,  # type: ignore[arg-type]
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def synthetic_url() -> Iterator[str]:
    analysis = synthetic_story.analysis()
    yield from _serve(create_app(analysis.stories, analysis.skipped))


@pytest.fixture(scope="session")
def example_url(example_analysis) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from _serve(create_app(example_analysis.stories, example_analysis.skipped))


@pytest.fixture(scope="session")
def ecbplus_analysis(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A real multi-outlet story that is not the example: ECB+ topic 1's "plus" pages (news
    sites reporting one event, rebuilt as saved text with their address line on top)."""
    from corpora_builders import write_ecbplus_topic
    from shared_data import shared_path
    from storydesk.options import Options
    from storydesk.pipeline import analyze

    every = tmp_path_factory.mktemp("ecbplus-all")
    write_ecbplus_topic(shared_path("datasets", "ecbplus", "ECB+", "1"), every)
    folder = tmp_path_factory.mktemp("ecbplus-1")
    for path in sorted(every.glob("*ecbplus.txt"))[:ECBPLUS_PAGES]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return analyze([str(folder)], Options.load())


@pytest.fixture(scope="session")
def ecbplus_url(ecbplus_analysis) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from _serve(create_app(ecbplus_analysis.stories, ecbplus_analysis.skipped))


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (make test installs it with apt when run as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                  args=CHROMIUM_FLAGS, headless=True)
        except Exception as exc:  # any launch failure means: no browser here, say why
            pytest.skip(f"playwright could not launch {CHROMIUM}: {exc}")
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture()
def screenshot(page):  # type: ignore[no-untyped-def]
    """Save a full-page screenshot under artifacts/screenshots/ (git-ignored) for review."""

    def save(name: str, selector: str | None = None) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        if selector:
            page.locator(selector).screenshot(path=str(path))
        else:
            page.screenshot(path=str(path), full_page=True)
        return path

    return save


def _servers() -> Iterator[object]:
    servers: list[Iterator[str]] = []

    def start(app: object) -> str:
        server = _serve(app)
        servers.append(server)
        return next(server)

    yield start
    for server in servers:
        next(server, None)


@pytest.fixture()
def serve_app():  # type: ignore[no-untyped-def]
    """Serve any app for one test: ``url = serve_app(app)``; stopped after the test."""
    yield from _servers()


@pytest.fixture(scope="module")
def serve_module():  # type: ignore[no-untyped-def]
    """As ``serve_app``, the servers stopped after the test module."""
    yield from _servers()
