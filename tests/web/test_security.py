"""The web desk's guard over real HTTP (issue 12, item 6): read-only, its own Host only, no
path leaves the app, security headers on every answer, bound to 127.0.0.1 by default.

Requests go over a socket as written (no client that would tidy the path first) to the desk
served by uvicorn, as ``storydesk serve`` serves it.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import hostile_story
import pytest

from storydesk import cli
from storydesk.web import security, serve
from storydesk.web.app import create_app

SECRET_FILES = {"/etc/passwd": "root:", "pyproject.toml": "[project]"}


@pytest.fixture(scope="module")
def desk_url(serve_module: Any) -> str:
    story = hostile_story.story()
    return serve_module(create_app([story], hostile_story.skipped()))


def raw_request(url: str, method: str, path: str, host: str | None = None,
                body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """Send one request exactly as written; (status, headers, body)."""
    address = url.removeprefix("http://")
    name, port = address.rsplit(":", 1)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host if host is not None else address}",
             "Connection: close", f"Content-Length: {len(body)}"]
    if host == "":
        lines.remove("Host: ")
    with socket.create_connection((name, int(port)), timeout=10) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, content = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, content


PAGES = ["/", f"/story/{hostile_story.STORY_ID}", f"/story/{hostile_story.STORY_ID}/article/a1",
         "/static/style.css", "/static/desk.js"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_the_security_headers(desk_url: str, path: str) -> None:
    status, headers, _ = raw_request(desk_url, "GET", path)
    assert status == 200
    _assert_headers(headers)


def _assert_headers(headers: dict[str, str]) -> None:
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "style-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "default-src 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_hold_no_inline_script_or_style(desk_url: str) -> None:
    for path in PAGES[:3]:
        _, _, body = raw_request(desk_url, "GET", path)
        page = body.decode("utf-8")
        assert "<style" not in page and " style=" not in page
        assert page.count("<script") == 1 and '<script src="/static/desk.js"' in page
        assert '<link rel="stylesheet" href="/static/style.css">' in page


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
                                    "PROPFIND", "CONNECT"])
@pytest.mark.parametrize("path", ["/", f"/story/{hostile_story.STORY_ID}", "/static/desk.js",
                                  "/nowhere"])
def test_other_methods_are_refused(desk_url: str, method: str, path: str) -> None:
    status, headers, _ = raw_request(desk_url, method, path, body=b"x=1")
    assert status == 405
    assert headers["allow"] == "GET, HEAD"
    _assert_headers(headers)


def test_head_is_allowed(desk_url: str) -> None:
    status, headers, body = raw_request(desk_url, "HEAD", "/")
    assert status == 200 and body == b""
    _assert_headers(headers)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8250", "127.0.0.1.evil.example",
                                  "localhost.evil.example", "[::2]:80", "10.0.0.1", "x:y:z",
                                  "[::1", "local\thost"])
def test_a_foreign_host_is_refused(desk_url: str, host: str) -> None:
    """DNS rebinding: another site's name resolved to this machine is not this desk."""
    status, headers, body = raw_request(desk_url, "GET", "/", host=host)
    assert status == 400
    assert hostile_story.STORY_ID.encode() not in body
    _assert_headers(headers)


def test_no_host_is_refused(desk_url: str) -> None:
    status, _, body = raw_request(desk_url, "GET", "/", host="")  # uvicorn refuses it first
    assert status == 400 and hostile_story.STORY_ID.encode() not in body


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:1234", "[::1]",
                                  "[::1]:8250", "localhost."])
def test_local_hosts_are_served(desk_url: str, host: str) -> None:
    status, _, _ = raw_request(desk_url, "GET", "/", host=host)
    assert status == 200


TRAVERSALS = [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/....//....//etc/passwd",
    "/static/%252e%252e%252fetc%252fpasswd", "/static/..\\..\\pyproject.toml",
    "/static/style.css/../../../pyproject.toml", "/static/style.css%00.js", "/static/",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/../../../../etc/passwd",
    "//etc/passwd", "/etc/passwd", "/story/..%2f..%2f..%2fetc%2fpasswd",
    "/story/../../pyproject.toml", "/story/%2e%2e%2f%2e%2e%2fpyproject.toml",
    f"/story/{hostile_story.STORY_ID}/article/..%2f..%2f..%2fetc%2fpasswd",
    f"/story/{hostile_story.STORY_ID}/article/%2fetc%2fpasswd", "/story/%00",
    "/static/__init__.py", "/static/report.html", "/static/desk.js%2f..%2f..%2fapp.py",
    "/templates/base.html", "/story/s", "/story/*", "/story/%25",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_leaves_the_app(desk_url: str, path: str) -> None:
    status, headers, body = raw_request(desk_url, "GET", path)
    assert status in (400, 404), (path, status)
    for marker in SECRET_FILES.values():
        assert marker.encode() not in body
    assert b"import " not in body and b"{% " not in body
    _assert_headers(headers)


def test_static_files_are_the_report_style_and_script(desk_url: str) -> None:
    from importlib.resources import files

    templates = files("storydesk.report") / "templates"
    for name, kind in (("style.css", "text/css"), ("desk.js", "text/javascript")):
        status, headers, body = raw_request(desk_url, "GET", f"/static/{name}")
        assert status == 200 and headers["content-type"].startswith(kind)
        assert body == (templates / name).read_bytes()


def test_serve_binds_127_0_0_1_unless_told(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    """The command line's default address, and what serve hands uvicorn."""
    import uvicorn

    bound: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: bound.append(host))
    store = _store(tmp_path)
    assert cli.main(["serve", "--store", store]) == 0
    assert cli.main(["serve", "--store", store, "--host", "0.0.0.0"]) == 0
    assert bound == ["127.0.0.1", "0.0.0.0"]


def _store(tmp_path: Path) -> str:
    from storydesk.desk import Desk

    path = str(tmp_path / "desk.db")
    Desk(path).close()
    return path


def test_allowed_hosts() -> None:
    local = security.allowed_hosts("127.0.0.1")
    assert security.host_allowed("localhost:8250", local)
    assert security.host_allowed("[::1]:8250", local)
    assert not security.host_allowed("desk.newsroom.example", local)
    assert not security.host_allowed("192.168.1.20:8250", local)
    named = security.allowed_hosts("127.0.0.1", ["desk.newsroom.example"])
    assert security.host_allowed("Desk.Newsroom.Example:8250", named)
    everywhere = security.allowed_hosts("0.0.0.0")
    # Bound to every interface: any address (which cannot be rebound), and this machine's
    # names; still no other name.
    assert security.host_allowed("192.168.1.20:8250", everywhere)
    assert security.host_allowed(socket.gethostname(), everywhere)
    assert not security.host_allowed("evil.example", everywhere)


def test_allow_host_option_reaches_the_guard(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    import uvicorn

    apps: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: apps.append(app))
    store = _store(tmp_path)
    assert cli.main(["serve", "--store", store, "--allow-host", "desk.newsroom.example"]) == 0
    guard = apps[0]
    assert isinstance(guard, security.Guard)
    assert security.host_allowed("desk.newsroom.example", guard.allowed)
    assert serve is not None
