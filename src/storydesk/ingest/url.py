"""http(s) URLs, fetched with httpx: capped in time, size and redirects, never trusted.

One deadline (``http_timeout``) covers the whole fetch: name lookup, connection, TLS, every
header byte and the body, so a server that trickles its headers cannot hold the run (httpx's
own timeouts are per read). Every connection, redirects included, goes to an address
checked after the name is resolved: loopback, link-local and private addresses are refused
unless ``allow_private_urls`` is set, and the checked address is the one connected to (no
second lookup to rebind). The body is read raw and decoded here, capped by
``http_max_bytes`` both as sent and as decoded. Non-2xx answers, content that is neither
HTML, text nor a feed, and every limit become a Skipped with the reason; nothing is retried.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import typing
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout

import httpcore
import httpx

from storydesk import __version__
from storydesk.article import Article
from storydesk.errors import InputError
from storydesk.ingest import feed, html, text
from storydesk.ingest.base import HTML_TYPES, Skipped, charset_of, over_limit
from storydesk.ingest.streams import TooLarge, inflate
from storydesk.options import Options

TEXT_TYPES = ("text/plain", "text/markdown")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
HEADERS = {
    "User-Agent": f"storydesk/{__version__} (+offline news reconciliation)",
    "Accept-Encoding": "gzip, deflate",  # the encodings decoded here, under the cap
}
PRIVATE_OPTION = "allow_private_urls (--allow-private-urls)"


class RefusedAddress(Exception):
    """A fetch would connect to an address the options do not allow."""


class Deadline:
    """One point in time for a whole fetch; each network wait is cut to what is left."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self, timeout: float | None = None) -> float:
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout(f"deadline of {self.seconds:g}s passed")
        return remaining if timeout is None else min(timeout, remaining)


def read_url(url: str, options: Options) -> Iterator[Article | Skipped]:
    body, content_type, final_url = fetch(url, options)
    kind = content_type.split(";")[0].strip().lower()
    if kind not in FEED_TYPES and len(body) > options.max_record_bytes:
        raise InputError(url, over_limit("page", "max_record_bytes", options.max_record_bytes))
    if kind in HTML_TYPES:
        meta = {"url": final_url}
        yield from html.read_bytes(body, url, charset_of(content_type), meta)
    elif kind in TEXT_TYPES:
        for article in text.read_bytes(body, url, options):
            article.url = article.url or final_url
            yield article
    elif kind in FEED_TYPES:
        yield from feed.read_bytes(body, url, options)
    else:
        raise InputError(url, f"unsupported content type '{kind or 'none'}'")


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """(body, Content-Type, final URL) of ``url``; InputError with the reason otherwise."""
    deadline = Deadline(options.http_timeout)
    try:
        with (
            httpx.Client(
                transport=GuardedTransport(deadline, options.allow_private_urls),
                follow_redirects=True,
                max_redirects=options.http_max_redirects,
                timeout=options.http_timeout,
                headers=HEADERS,
                trust_env=False,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if not response.is_success:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            body = _read_capped(response, url, options, deadline)
            return body, response.headers.get("Content-Type", ""), str(response.url)
    except RefusedAddress as exc:
        raise InputError(url, f"refused: {exc}; allow it with {PRIVATE_OPTION}") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(url, f"more than {options.http_max_redirects} redirects "
                         "(http_max_redirects; raise it to follow more)") from exc
    except (httpx.TimeoutException, httpcore.TimeoutException) as exc:
        raise InputError(url, _timed_out(options)) from exc
    except httpx.UnsupportedProtocol as exc:
        raise InputError(url, f"refused: only http(s) URLs are fetched ({exc})") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"could not fetch ({type(exc).__name__}: {exc})") from exc


def _timed_out(options: Options) -> str:
    return (f"timed out after {options.http_timeout:g}s (http_timeout, for the whole fetch; "
            "raise http_timeout to wait longer)")


def _read_capped(response: httpx.Response, url: str, options: Options, deadline: Deadline) -> bytes:
    """The body, raw then decoded, stopping at http_max_bytes and at the deadline."""
    limit = options.http_max_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(url, over_limit(f"body of {int(declared):,} bytes is", "http_max_bytes",
                                         limit))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > limit:
            raise InputError(url, over_limit("body", "http_max_bytes", limit))
        deadline.left()
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(url, f"content encoding '{encoding}' is not supported")
    try:
        return inflate(body, encoding, limit)
    except TooLarge as exc:
        raise InputError(url, over_limit("decoded body", "http_max_bytes", limit)) from exc
    except Exception as exc:  # zlib.error: a body that is not what its encoding says
        raise InputError(url, f"body is not valid {encoding} ({exc})") from exc


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose network backend checks addresses and
    keeps the deadline."""

    def __init__(self, deadline: Deadline, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=4,
            network_backend=GuardedBackend(deadline, allow_private),
        )


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = allowed_address(host, port, self._allow_private, self._deadline)
        stream = self._inner.connect_tcp(
            address, port, self._deadline.left(timeout), local_address, socket_options
        )
        return DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise RefusedAddress("Unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self._deadline.left()))


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.left(timeout))
        return DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


def allowed_address(host: str, port: int, allow_private: bool, deadline: Deadline) -> str:
    """The first address ``host`` resolves to that may be fetched (the lookup itself is held
    to the deadline); RefusedAddress when every one is local or private."""
    pool = ThreadPoolExecutor(max_workers=1)  # a lookup past the deadline is left behind
    lookup = pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        found = lookup.result(timeout=deadline.left())
    except LookupTimeout as exc:
        raise httpcore.ConnectTimeout(f"looking up {host} took too long") from exc
    except OSError as exc:
        raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from exc
    finally:
        pool.shutdown(wait=False)
    refused = ""
    for *_, sockaddr in found:
        address = str(sockaddr[0])
        kind = address_kind(address)
        if kind is None or allow_private:
            return address
        refused = refused or f"{host} is a {kind} address ({address})"
    raise RefusedAddress(refused or f"{host} has no address")


def address_kind(address: str) -> str | None:
    """'loopback', 'link-local', 'private' ... for an address not on the public internet."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("unspecified", ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("non-public", not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)
