"""What keeps the web desk read-only and its own: one ASGI layer in front of every route.

- **Read-only**: GET and HEAD only; any other method is refused with 405 before routing.
- **The Host header** must name this desk: the address it is bound to, a localhost name, or a
  name the user allowed (``serve --allow-host``, the ``allowed_hosts`` setting). A page on
  another site whose name is made to resolve to 127.0.0.1 (DNS rebinding) sends its own name
  as Host and is refused, so it cannot read the desk through the victim's browser.
- **Security headers** on every response, errors included: a Content-Security-Policy that
  allows scripts and styles only from the desk's own static files (no inline script or
  style, no plugin, no framing, no form posting elsewhere), ``nosniff``, frame denial, no
  referrer, and same-origin isolation.

Article text is untrusted: the templates escape every field (autoescape), and the policy
means a field that escaped escaping still could not run.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = ("GET", "HEAD")
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = [
    (b"content-security-policy", POLICY.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The host names a request may give: the bound address, the localhost names, the ones
    the user added; bound to every interface, also this machine's names (any IP address
    is taken then too, see ``host_allowed``)."""
    names = {bound, *LOCAL_NAMES, *extra}
    if bound in WILDCARDS:
        names |= {socket.gethostname(), socket.getfqdn()}
    return frozenset(_normal(name) for name in names if name)


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    """Whether a Host header (name or address, with or without a port) names this desk. An
    IP address cannot be rebound, so when the desk listens on every interface any address
    is taken."""
    name = _host_name(host)
    if not name:
        return False
    if name in allowed:
        return True
    return _is_address(name) and any(wildcard in allowed for wildcard in ("0.0.0.0", "::"))


def _host_name(host: str) -> str:
    host = host.strip()
    if host.startswith("["):  # [::1]:8250
        end = host.find("]")
        return _normal(host[1:end]) if end > 0 else ""
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return _normal(host)


def _normal(name: str) -> str:
    return name.strip().strip("[]").rstrip(".").lower()


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class Guard:
    """The ASGI layer: methods, Host, headers (see the module)."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        if scope["method"] not in READ_METHODS:
            await _refuse(with_headers, 405, "this desk is read-only: GET and HEAD only",
                          [(b"allow", b"GET, HEAD")])
            return
        host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
        if not host_allowed(host, self.allowed):
            await _refuse(with_headers, 400, f"this desk does not answer to the host name "
                          f"{host[:100]!r} (storydesk serve --allow-host NAME adds one)")
            return
        await self.app(scope, receive, with_headers)


async def _refuse(send: Send, status: int, text: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (text + "\n").encode("utf-8", "replace")
    headers = [(b"content-type", b"text/plain; charset=utf-8"),
               (b"content-length", str(len(body)).encode("ascii")), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
